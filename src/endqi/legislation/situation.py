"""A state's situation in one sentence, for the top of its page.

Built from its published bills: the best one (``State.best_bill``'s ranking:
law, then live bills, then dead ones), where it stands and what it scores.
The page puts this first, with that bill's score and one button to act.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext, gettext_noop, ngettext

from endqi.legislation.models import Bill
from endqi.legislation.status import BillStatus, StatusOutcome
from endqi.rubric import CRITERIA, format_score

TOTAL_MAX = len(CRITERIA)
# Each status as the verb phrase of a sentence about the bill.
# gettext_noop: plain English here; the sentence translates the phrase it uses.
STATUS_PHRASES: dict[str, str] = {
    BillStatus.INTRODUCED: gettext_noop("has been introduced"),
    BillStatus.IN_COMMITTEE: gettext_noop("is in committee"),
    BillStatus.PASSED_ONE_CHAMBER: gettext_noop("has passed one chamber"),
    BillStatus.PASSED_LEGISLATURE: gettext_noop("has passed the legislature"),
    BillStatus.ENACTED: gettext_noop("became law"),
    BillStatus.VETOED: gettext_noop("was vetoed"),
    BillStatus.FAILED: gettext_noop("failed"),
    BillStatus.WITHDRAWN: gettext_noop("was withdrawn"),
}


@dataclass(frozen=True, slots=True)
class Situation:
    """What the top of a state page says: the sentence, the best bill and the action."""

    sentence: str
    best: Bill | None
    action_label: str
    action_url: str


def _label(bill: Bill) -> str:
    return f"{bill.identifier} ({bill.year})" if bill.year else bill.identifier


def _meets(bill: Bill) -> str:
    scorecard = bill.scorecard()
    if scorecard is None:
        return gettext("has not been scored yet")
    total = format_score(scorecard.total, TOTAL_MAX).split("/")[0]
    return gettext("meets %(total)s of the %(max)s criteria for ending qualified immunity") % {
        "total": total,
        "max": TOTAL_MAX,
    }


def state_situation(state_name: str, slug: str, bills: Sequence[Bill]) -> Situation:
    """The one-sentence situation of a state with these published bills."""
    write_state = reverse("action-write-state", kwargs={"abbr": slug})
    if not bills:
        return Situation(
            sentence=gettext(
                "No bill to end qualified immunity is tracked in %(state)s yet, so officers "
                "here can still claim it against people whose rights they violate."
            )
            % {"state": state_name},
            best=None,
            action_label=gettext("Ask your legislators for a bill"),
            action_url=write_state,
        )
    best = max(bills, key=lambda bill: bill.rank_key())
    count = ngettext("%(count)s bill", "%(count)s bills", len(bills)) % {"count": len(bills)}
    write_best = reverse("action-write-bill", kwargs={"abbr": slug, "slug": best.slug})
    words = {
        "label": _label(best),
        "state": state_name,
        "count": count,
        "status": gettext(STATUS_PHRASES[best.status]),
        "meets": _meets(best),
        "identifier": best.identifier,
    }
    outcome = best.outcome
    if outcome == StatusOutcome.ENACTED:
        sentence = gettext("%(label)s became law in %(state)s; it %(meets)s.") % words
        label = gettext("Write to your legislators about it")
    elif outcome == StatusOutcome.PENDING:
        sentence = (
            gettext(
                "%(label)s, the strongest of %(count)s tracked in %(state)s, %(status)s and "
                "%(meets)s."
            )
            % words
        )
        label = gettext("Write to your legislators about %(identifier)s") % words
    else:
        sentence = (
            gettext(
                "No bill to end qualified immunity is alive in %(state)s: the strongest of "
                "%(count)s tracked, %(label)s, %(status)s and %(meets)s."
            )
            % words
        )
        label = gettext("Ask your legislators for a new bill")
    return Situation(sentence=sentence, best=best, action_label=label, action_url=write_best)
