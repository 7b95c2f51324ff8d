"""Read states and bills from the legislation app into the action app's plain data.

The only module of the action app that knows the legislation models: it turns a
:class:`~endqi.legislation.models.Bill` into :class:`BillFacts` for messages and
states or bills into :class:`ShareCard` for images, so the rest stays pure.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404
from django.utils.translation import gettext_lazy

from endqi.action.messages import BillFacts, Outcome
from endqi.action.share import ShareCard
from endqi.legislation.models import Bill, State
from endqi.legislation.situation import STATUS_PHRASES
from endqi.rubric import CRITERIA, GROUPS, format_score
from endqi.rubric.gaps import find_gaps
from endqi.states import StateInfo, get_state_info

# Labels of the two group scores on images (the rubric's group titles are long).
GROUP_SCORE_LABELS: dict[str, Any] = {
    "end": gettext_lazy("Ends qualified immunity"),
    "start": gettext_lazy("Starts accountability"),
}
TOTAL_MAX = len(CRITERIA)
# What a bill "falls short on", per criterion, in a few words (for one-line facts).
GAP_NOUNS: dict[str, str] = {
    "end.law_enforcement": "ending it for police",
    "end.public_employees": "all public employees",
    "end.state_constitution": "every state constitutional right",
    "end.damage_caps": "damage caps",
    "start.failure_to_intervene": "a duty to intervene",
    "start.full_compensation": "full compensation",
    "start.attorney_fees": "attorney fees",
    "start.individual_accountability": "officer accountability",
    "start.public_records": "public records",
}


def published_bill(abbr: str, slug: str) -> Bill:
    """The published bill ``slug`` of state ``abbr`` with its scorecard loaded; 404 otherwise."""
    bill = (
        Bill.objects.published()
        .with_scorecards()
        .filter(state__abbr=abbr.upper(), slug=slug)
        .first()
    )
    if bill is None:
        raise Http404("No such bill.")
    return bill


def state_row(abbr: str) -> State | None:
    """The State row with its published bills prefetched (None before states are loaded)."""
    return State.objects.with_published_bills().filter(abbr=abbr.upper()).first()


def bill_label(bill: Bill) -> str:
    """``HB 30 (2020)``."""
    return f"{bill.identifier} ({bill.year})" if bill.year else bill.identifier


def bill_facts(bill: Bill, *, url: str = "") -> BillFacts:
    """What a message needs about ``bill`` (its effective verdicts, overrides applied)."""
    scorecard = bill.scorecard()
    return BillFacts(
        state_name=bill.state.name,
        identifier=bill.identifier,
        results=tuple(scorecard.criteria) if scorecard else (),
        year=bill.year,
        title=(bill.title or "").strip(),
        url=url,
        outcome=Outcome(bill.outcome.value),
        status_phrase=STATUS_PHRASES.get(bill.status, ""),
    )


def _total_text(total: float) -> str:
    return format_score(total, TOTAL_MAX).split("/")[0]


def bill_fact_line(bill: Bill, *, with_status: bool = True) -> str:
    """One line about a bill: its status, its total and what it still lacks."""
    status = f"{bill.status_label}. " if with_status else ""
    scorecard = bill.scorecard()
    if scorecard is None:
        return f"{status}Not evaluated yet."
    # Criteria a passage of the bill leaves open are neither met nor missed.
    evaluation = bill.current_evaluation
    open_ids = {r.criterion_id for r in evaluation.ordered_results() if not r.is_assessed}
    gaps = [gap for gap in find_gaps(scorecard.criteria) if gap.criterion.id not in open_ids]
    if open_ids:
        assessed = TOTAL_MAX - len(open_ids)
        line = (
            f"{status}Meets {_total_text(scorecard.total)} of the {assessed} criteria "
            "the text we have of it decides"
        )
    else:
        line = f"{status}Meets {_total_text(scorecard.total)} of {TOTAL_MAX} criteria"
    if not gaps:
        return line + " for ending qualified immunity."
    names = [GAP_NOUNS[gap.criterion.id] for gap in gaps[:2]]
    if len(gaps) > 2:
        return line + f"; falls short on {', '.join(names)} and {len(gaps) - 2} more."
    return line + "; falls short on " + " and ".join(names) + "."


def group_scores(bill: Bill) -> tuple[tuple[str, str], ...]:
    """The bill's two group scores with short labels, in the active language.

    From the stored evaluation: over assessed criteria ("2/3 assessed of 4").
    """
    evaluation = bill.current_evaluation
    if evaluation is None:
        return ()
    by_id = {score.id: score for score in evaluation.groups}
    return tuple((str(GROUP_SCORE_LABELS[group.id]), by_id[group.id].text) for group in GROUPS)


def bill_share_card(bill: Bill, *, host: str) -> ShareCard:
    """The share image data of one bill."""
    scorecard = bill.scorecard()
    checklist = (
        tuple((result.criterion_id, result.verdict.value) for result in scorecard.criteria)
        if scorecard
        else ()
    )
    return ShareCard(
        # A city's local law is headed by the city, never as the state's own law.
        heading=bill.jurisdiction_name,
        subheading=f"{bill_label(bill)} · {bill.status_label}",
        scores=group_scores(bill),
        fact=bill_fact_line(bill),
        footer=f"Evidence for every score: {host}{bill.get_absolute_url()}",
        checklist=checklist,
    )


def state_share_card(info: StateInfo, state: State | None, *, host: str) -> ShareCard:
    """The share image data of a state: its best bill's scores, or the lack of a bill."""
    bills = state.published_bills() if state is not None else []
    best = state.best_bill() if state is not None else None
    footer = f"Scorecards and how to act: {host}/{info.slug}/"
    if best is None:
        return ShareCard(
            heading=info.name,
            subheading="No bill to end qualified immunity tracked yet",
            scores=(),
            fact=(
                f"Officers in {info.name} can still claim qualified immunity. "
                "Ask your legislators to introduce the model policy."
            ),
            footer=footer,
        )
    count = f"{len(bills)} bill{'s' if len(bills) != 1 else ''} tracked"
    scorecard = best.scorecard()
    checklist = (
        tuple((result.criterion_id, result.verdict.value) for result in scorecard.criteria)
        if scorecard
        else ()
    )
    return ShareCard(
        heading=info.name,
        subheading=f"Best bill: {bill_label(best)} · {best.status_label}",
        scores=group_scores(best),
        fact=f"{count}. The best {bill_fact_line(best, with_status=False).lower()}",
        footer=footer,
        checklist=checklist,
    )


def state_info_or_404(abbr: str) -> StateInfo:
    """Reference facts of a state by abbreviation; 404 for an unknown one."""
    try:
        return get_state_info(abbr)
    except KeyError:
        raise Http404("No such state.") from None


def share_post_text(subject: str, scores: tuple[tuple[str, str], ...], url: str) -> str:
    """A suggested social-media post to go with an image."""
    parts = [subject]
    if scores:
        parts.append("; ".join(f"{label}: {value}" for label, value in scores) + ".")
    parts.append(f"Read the evidence and contact your legislators: {url}")
    parts.append("#EndQualifiedImmunity")
    return " ".join(parts)
