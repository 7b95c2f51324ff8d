"""A state's situation in one sentence, for the top of its page.

Built from its published bills: the best one (``State.best_bill``'s ranking:
law, then live bills, then dead ones), where it stands and what it scores.
The page puts this first, with that bill's score and one button to act.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from endqi.legislation.models import Bill
from endqi.legislation.status import BillStatus, StatusOutcome
from endqi.rubric import CRITERIA, format_score

TOTAL_MAX = len(CRITERIA)
# Each status as the verb phrase of a sentence about the bill.
STATUS_PHRASES: dict[str, str] = {
    BillStatus.INTRODUCED: "has been introduced",
    BillStatus.IN_COMMITTEE: "is in committee",
    BillStatus.PASSED_ONE_CHAMBER: "has passed one chamber",
    BillStatus.PASSED_LEGISLATURE: "has passed the legislature",
    BillStatus.ENACTED: "became law",
    BillStatus.VETOED: "was vetoed",
    BillStatus.FAILED: "failed",
    BillStatus.WITHDRAWN: "was withdrawn",
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
        return "has not been scored yet"
    total = format_score(scorecard.total, TOTAL_MAX).split("/")[0]
    return f"meets {total} of the {TOTAL_MAX} criteria for ending qualified immunity"


def state_situation(state_name: str, slug: str, bills: Sequence[Bill]) -> Situation:
    """The one-sentence situation of a state with these published bills."""
    write_state = f"/{slug}/act/write/"
    if not bills:
        return Situation(
            sentence=(
                f"No bill to end qualified immunity is tracked in {state_name} yet, so officers "
                "here can still claim it against people whose rights they violate."
            ),
            best=None,
            action_label="Ask your legislators for a bill",
            action_url=write_state,
        )
    best = max(bills, key=lambda bill: bill.rank_key())
    count = f"{len(bills)} bill{'s' if len(bills) != 1 else ''}"
    write_best = f"/{slug}/bills/{best.slug}/act/"
    outcome = best.outcome
    if outcome == StatusOutcome.ENACTED:
        sentence = f"{_label(best)} became law in {state_name}; it {_meets(best)}."
        label = "Write to your legislators about it"
    elif outcome == StatusOutcome.PENDING:
        sentence = (
            f"{_label(best)}, the strongest of {count} tracked in {state_name}, "
            f"{STATUS_PHRASES[best.status]} and {_meets(best)}."
        )
        label = f"Write to your legislators about {best.identifier}"
    else:
        sentence = (
            f"No bill to end qualified immunity is alive in {state_name}: the strongest of "
            f"{count} tracked, {_label(best)}, {STATUS_PHRASES[best.status]} and {_meets(best)}."
        )
        label = "Ask your legislators for a new bill"
    return Situation(sentence=sentence, best=best, action_label=label, action_url=write_best)
