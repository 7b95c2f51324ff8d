"""Recent changes to published bills and their evaluations, read from the history tables.

Shared by the Atom feed (``/feeds/changes.atom``) and the home page's
"recent bill changes" list. A constant number of queries for any limit.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext

from endqi.legislation.models import Bill, Evaluation, EvaluationKind
from endqi.legislation.status import BillStatus

DEFAULT_LIMIT = 30


@dataclass(frozen=True, slots=True)
class Change:
    """One thing that happened to a published bill."""

    key: str  # unique and stable, e.g. "bill-12" (history id)
    when: datetime.datetime
    bill: Bill
    kind: str  # "added", "updated", "evaluated", "reviewed"
    summary: str  # one factual line, e.g. "Status: Failed"

    @property
    def title(self) -> str:
        """ "MO HB 30 (2020): evaluated" — for feed entries and lists."""
        return f"{self.bill}: {self.summary}"


def recent_changes(limit: int = DEFAULT_LIMIT) -> list[Change]:
    """The newest ``limit`` changes to published bills, newest first."""
    bill_records = list(Bill.history.order_by("-history_date", "-history_id")[: limit * 2])
    evaluation_records = list(
        Evaluation.history.filter(history_type__in=["+", "~"])
        .filter(is_current=True)
        .order_by("-history_date", "-history_id")[: limit * 2]
    )
    bill_ids = {r.id for r in bill_records} | {r.bill_id for r in evaluation_records}
    bills = {
        bill.pk: bill
        for bill in Bill.objects.published().filter(pk__in=bill_ids).select_related("state")
    }
    changes: list[Change] = []
    for record in bill_records:
        bill = bills.get(record.id)
        if bill is None or record.history_type == "-":
            continue
        status = {"status": gettext(BillStatus(record.status).label)}
        if record.history_type == "+":
            summary, kind = gettext("added (status: %(status)s)") % status, "added"
        else:
            summary, kind = gettext("updated (status: %(status)s)") % status, "updated"
        changes.append(
            Change(f"bill-{record.history_id}", record.history_date, bill, kind, summary)
        )
    for record in evaluation_records:
        bill = bills.get(record.bill_id)
        if bill is None:
            continue
        if record.history_type == "+":
            words = {"engine": record.engine_version}
            if record.kind == EvaluationKind.REVIEWED:
                summary = gettext("evaluated (reviewed, engine %(engine)s)") % words
            else:
                summary = gettext("evaluated (automatic, engine %(engine)s)") % words
            kind = "evaluated"
        elif record.kind == EvaluationKind.REVIEWED:
            summary, kind = gettext("evaluation reviewed by staff"), "reviewed"
        else:
            continue
        changes.append(
            Change(f"evaluation-{record.history_id}", record.history_date, bill, kind, summary)
        )
    changes.sort(key=lambda change: (change.when, change.key), reverse=True)
    return changes[:limit]
