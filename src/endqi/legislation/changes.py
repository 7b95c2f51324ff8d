"""What changed, read from the history tables (django-simple-history) and status rows.

One module for every change list the site shows:

- :func:`recent_changes`: the newest changes to any published bill, for the Atom
  feed (``/feeds/changes.atom``) and the home page; a constant number of queries.
- :func:`recent_status_changes`: the latest dated status changes (home page).
- :func:`bill_change_log`: everything recorded about one bill, its versions,
  evaluations and reviews, for the bill page's change log.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import F
from django.utils.translation import gettext, gettext_lazy

from endqi.legislation.models import (
    Bill,
    BillStatusChange,
    BillVersion,
    CriterionResult,
    Evaluation,
    EvaluationKind,
)
from endqi.legislation.rubric_text import criterion_title, verdict_label
from endqi.legislation.status import BillStatus
from endqi.legislation.templatetags.legislation_tags import reviewer_name
from endqi.rubric import get_criterion

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


def recent_status_changes(limit: int = DEFAULT_LIMIT) -> list[BillStatusChange]:
    """Latest dated status changes of published bills (one query; undated ones last)."""
    return list(
        BillStatusChange.objects.filter(bill__published=True)
        .select_related("bill__state")
        .order_by(F("date").desc(nulls_last=True), "-created", "-id")[:limit]
    )


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One line of a bill's change log."""

    when: datetime.datetime
    who: str
    what: str
    note: str = ""


# Fields of the historical records worth telling a reader about, with their labels.
BILL_FIELD_LABELS = {
    "status": gettext_lazy("status"),
    "status_date": gettext_lazy("status date"),
    "published": gettext_lazy("published"),
    "title": gettext_lazy("title"),
    "short_description": gettext_lazy("description"),
    "source_url": gettext_lazy("link to the legislature"),
    "identifier": gettext_lazy("identifier"),
    "session": gettext_lazy("session"),
    "law_number": gettext_lazy("law number"),
    "locality": gettext_lazy("jurisdiction"),
    "year": gettext_lazy("year"),
}


def _history_user(record: Any) -> str:
    """The name of whoever made a historical change, or "data import" for commands."""
    user = getattr(record, "history_user", None)
    return reviewer_name(user) if user is not None else gettext("data import")


def _describe_value(field_name: str, value: Any) -> str:
    """A historical field value in words."""
    if field_name == "status" and value:
        return gettext(BillStatus(value).label)
    if field_name == "published":
        return gettext("yes") if value else gettext("no")
    return str(value) if value not in (None, "") else gettext("(empty)")


def bill_change_log(bill: Bill) -> list[ChangeEntry]:
    """Every recorded change to a bill, its versions, evaluations and reviews, newest first.

    Built from django-simple-history records, so it includes changes made in the
    admin as well as on the review screen.
    """
    entries: list[ChangeEntry] = []
    bill_records = list(
        bill.history.select_related("history_user").order_by("history_date", "history_id")
    )
    previous = None
    for record in bill_records:
        if record.history_type == "+":
            entries.append(
                ChangeEntry(record.history_date, _history_user(record), gettext("Bill added"))
            )
        elif previous is not None:
            delta = record.diff_against(previous, included_fields=list(BILL_FIELD_LABELS))
            for change in delta.changes:
                entries.append(
                    ChangeEntry(
                        record.history_date,
                        _history_user(record),
                        gettext("%(field)s changed from %(old)s to %(new)s")
                        % {
                            "field": str(BILL_FIELD_LABELS[change.field]).capitalize(),
                            "old": _describe_value(change.field, change.old),
                            "new": _describe_value(change.field, change.new),
                        },
                    )
                )
        previous = record

    for version in BillVersion.history.filter(bill_id=bill.pk, history_type="+").select_related(
        "history_user"
    ):
        entries.append(
            ChangeEntry(
                version.history_date,
                _history_user(version),
                gettext("Text added: “%(label)s”") % {"label": version.label},
            )
        )

    evaluation_records = Evaluation.history.filter(bill_id=bill.pk).select_related("history_user")
    for record in evaluation_records:
        if record.history_type == "+":
            entries.append(
                ChangeEntry(
                    record.history_date,
                    _history_user(record),
                    gettext("Evaluated automatically (engine %(engine)s, rubric %(rubric)s)")
                    % {"engine": record.engine_version, "rubric": record.rubric_version},
                )
            )

    result_records = list(
        CriterionResult.history.filter(evaluation__bill_id=bill.pk)
        .select_related("history_user")
        .order_by("id", "history_date", "history_id")
    )
    last_by_result: dict[int, Any] = {}
    for record in result_records:
        before = last_by_result.get(record.id)
        last_by_result[record.id] = record
        old = (before.override_verdict, before.override_note) if before else (None, "")
        new = (record.override_verdict, record.override_note)
        # A new evaluation copies an existing override: that is not a new review.
        carried = before is None and record.history_type == "+"
        if new == old or (carried and new[0]):
            continue
        title = criterion_title(get_criterion(record.criterion_id).id)
        if record.override_verdict:
            what = gettext("Reviewed “%(title)s”: verdict set to %(verdict)s") % {
                "title": title,
                "verdict": verdict_label(record.override_verdict),
            }
            note = record.override_note
        else:
            what = gettext("Review of “%(title)s” removed; the automatic verdict applies again") % {
                "title": title
            }
            note = record.history_change_reason or ""
        entries.append(ChangeEntry(record.history_date, _history_user(record), what, note))

    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries
