"""What changed between two versions of a bill: verdicts gained or lost, clauses behind them.

Each version keeps its own evaluation (a new version is evaluated when it is
added, see :func:`bills.add_bill_version`). Comparing the newest evaluation of
consecutive versions gives, per criterion, the verdict before and after and
the quoted clauses that appeared or disappeared. The bill page, the bill API
and the Atom feed all read :func:`version_changes` / :func:`recent_version_changes`.

A constant number of queries per call, however many versions or bills.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from django.db.models import Prefetch

from endqi.legislation.models import Bill, BillVersion, CriterionResult, Evaluation
from endqi.rubric import get_criterion

DEFAULT_FEED_LIMIT = 20


def _quote_key(quote: str) -> str:
    """A quote compared without its line breaks and spacing (texts are re-flowed)."""
    return " ".join(quote.split())


@dataclass(frozen=True, slots=True)
class CriterionChange:
    """How one criterion's verdict and its quoted clauses differ between two versions."""

    criterion_id: str
    title: str
    before: str  # verdict text: "Yes", "Partial", "No" or "Not in the text we have"
    after: str
    points_before: float
    points_after: float
    clauses_added: tuple[str, ...]
    clauses_removed: tuple[str, ...]

    @property
    def direction(self) -> str:
        """``gained``, ``lost`` or ``same`` (the verdict's points went up, down or not)."""
        if self.points_after > self.points_before:
            return "gained"
        if self.points_after < self.points_before:
            return "lost"
        return "same"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "criterion_id": self.criterion_id,
            "title": self.title,
            "before": self.before,
            "after": self.after,
            "direction": self.direction,
            "clauses_added": list(self.clauses_added),
            "clauses_removed": list(self.clauses_removed),
        }


@dataclass(frozen=True, slots=True)
class VersionChange:
    """The differences between one version of a bill and the version before it."""

    bill: Bill
    older: BillVersion
    newer: BillVersion
    criteria: tuple[CriterionChange, ...]

    @property
    def when(self) -> datetime.datetime:
        """When the newer version was added."""
        return self.newer.created

    @property
    def gained(self) -> tuple[CriterionChange, ...]:
        """Criteria whose verdict improved."""
        return tuple(change for change in self.criteria if change.direction == "gained")

    @property
    def lost(self) -> tuple[CriterionChange, ...]:
        """Criteria whose verdict got worse."""
        return tuple(change for change in self.criteria if change.direction == "lost")

    @property
    def involves_passage(self) -> bool:
        """Whether either text is only passages (a change may reflect coverage, not law)."""
        return self.older.is_passage or self.newer.is_passage

    def summary(self) -> str:
        """One line, e.g. "2 verdicts gained, 1 lost; 3 clauses added, 1 removed"."""
        added = sum(len(change.clauses_added) for change in self.criteria)
        removed = sum(len(change.clauses_removed) for change in self.criteria)
        if not self.criteria:
            return "no verdict or quoted clause changed"
        return (
            f"{len(self.gained)} verdict{'s' if len(self.gained) != 1 else ''} gained, "
            f"{len(self.lost)} lost; {added} clause{'s' if added != 1 else ''} added, "
            f"{removed} removed"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the API."""
        return {
            "from_version": {"id": self.older.pk, "label": self.older.label},
            "to_version": {"id": self.newer.pk, "label": self.newer.label},
            "added": self.newer.created.isoformat(),
            "involves_passage": self.involves_passage,
            "summary": self.summary(),
            "criteria": [change.to_dict() for change in self.criteria],
        }


def compare_results(
    older: Iterable[CriterionResult], newer: Iterable[CriterionResult]
) -> tuple[CriterionChange, ...]:
    """Per criterion, what differs between two evaluations' results (rubric order)."""
    before = {result.criterion_id: result for result in older}
    changes = []
    for result in sorted(newer, key=lambda item: item.position):
        previous = before.get(result.criterion_id)
        if previous is None:
            continue
        old_quotes = {_quote_key(item.quote): item.quote for item in previous.evidence_items()}
        new_quotes = {_quote_key(item.quote): item.quote for item in result.evidence_items()}
        added = tuple(new_quotes[key] for key in new_quotes if key not in old_quotes)
        removed = tuple(old_quotes[key] for key in old_quotes if key not in new_quotes)
        if previous.verdict_text == result.verdict_text and not added and not removed:
            continue
        changes.append(
            CriterionChange(
                criterion_id=result.criterion_id,
                title=get_criterion(result.criterion_id).title,
                before=previous.verdict_text,
                after=result.verdict_text,
                points_before=previous.points if previous.is_assessed else 0.0,
                points_after=result.points if result.is_assessed else 0.0,
                clauses_added=added,
                clauses_removed=removed,
            )
        )
    return tuple(changes)


def _versions_with_evaluations(bill_ids: Iterable[int]) -> list[BillVersion]:
    """Versions of these bills, oldest first, each with its evaluations and results loaded."""
    return list(
        BillVersion.objects.filter(bill_id__in=list(bill_ids))
        .order_by("bill_id", "created", "id")
        .prefetch_related(
            Prefetch(
                "evaluations",
                queryset=Evaluation.objects.order_by("-created_at", "-id").prefetch_related(
                    Prefetch("results", queryset=CriterionResult.objects.order_by("position"))
                ),
                to_attr="ordered_evaluations",
            )
        )
    )


def _changes_of(bill: Bill, versions: list[BillVersion]) -> list[VersionChange]:
    """Changes between consecutive evaluated versions of one bill, newest first."""
    evaluated = [version for version in versions if version.ordered_evaluations]
    changes = []
    for older, newer in pairwise(evaluated):
        criteria = compare_results(
            older.ordered_evaluations[0].results.all(), newer.ordered_evaluations[0].results.all()
        )
        changes.append(VersionChange(bill=bill, older=older, newer=newer, criteria=criteria))
    changes.reverse()
    return changes


def version_changes(bill: Bill) -> list[VersionChange]:
    """What changed at each new version of ``bill``, newest first (empty with one version)."""
    return _changes_of(bill, _versions_with_evaluations([bill.pk]))


def recent_version_changes(limit: int = DEFAULT_FEED_LIMIT) -> list[VersionChange]:
    """The newest ``limit`` version changes across published bills, newest first."""
    recent = list(
        BillVersion.objects.filter(bill__published=True)
        .order_by("-created", "-id")
        .values_list("bill_id", flat=True)[: limit * 2]
    )
    bills = {bill.pk: bill for bill in Bill.objects.filter(pk__in=recent).select_related("state")}
    by_bill: dict[int, list[BillVersion]] = {}
    for version in _versions_with_evaluations(bills):
        by_bill.setdefault(version.bill_id, []).append(version)
    changes = [
        change
        for bill_id, versions in by_bill.items()
        for change in _changes_of(bills[bill_id], versions)
    ]
    changes.sort(key=lambda change: (change.when, change.newer.pk), reverse=True)
    return changes[:limit]
