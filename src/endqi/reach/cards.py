"""What the embeddable card and the one-pager say about a state: plain data from the models."""

from __future__ import annotations

from dataclasses import dataclass

from endqi.action.summaries import bill_label, group_scores, state_row
from endqi.legislation.models import Bill
from endqi.states import StateInfo


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
    return StateCard(
        name=info.name,
        slug=info.slug,
        bill=best,
        bill_label=bill_label(best) if best is not None else "",
        status=best.status_label if best is not None else "",
        scores=group_scores(best) if best is not None else (),
        bill_count=len(bills),
    )
