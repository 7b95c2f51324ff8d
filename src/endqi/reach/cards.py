"""What the embeddable card and the one-pager say about a state: plain data from the models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy

from endqi.action.summaries import bill_label, state_row
from endqi.legislation.models import Bill
from endqi.legislation.states import StateInfo
from endqi.rubric import GROUPS

# Short labels of the two groups (the rubric's titles are long for a small card).
GROUP_LABELS: dict[str, Any] = {
    "end": gettext_lazy("Ends qualified immunity"),
    "start": gettext_lazy("Starts accountability"),
}


@dataclass(frozen=True, slots=True)
class StateCard:
    """A state's situation in a few facts: its best bill and that bill's scores."""

    name: str
    slug: str
    bill: Bill | None
    bill_label: str
    status: str
    scores: tuple[tuple[str, str], ...]
    bill_count: int


def state_card(info: StateInfo) -> StateCard:
    """The card of state ``info`` (its best published bill, or none)."""
    row = state_row(info.abbr)
    bills = row.published_bills() if row is not None else []
    best = row.best_bill() if row is not None else None
    scores: tuple[tuple[str, str], ...] = ()
    # The stored evaluation's scores: criteria a passage leaves open are not counted.
    evaluation = best.current_evaluation if best is not None else None
    if evaluation is not None:
        by_id = {score.id: score for score in evaluation.groups}
        scores = tuple((str(GROUP_LABELS[group.id]), by_id[group.id].text) for group in GROUPS)
    return StateCard(
        name=info.name,
        slug=info.slug,
        bill=best,
        bill_label=bill_label(best) if best is not None else "",
        status=best.status_label if best is not None else "",
        scores=scores,
        bill_count=len(bills),
    )
