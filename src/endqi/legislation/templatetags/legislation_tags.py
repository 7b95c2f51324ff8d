"""Template helpers for bills and scorecards: verdict and status badges, groups, evidence.

Every badge is text plus an icon plus a colour, so colour is never the only cue.
All output goes through ``format_html`` (escaped); nothing here marks bill text safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from endqi.analysis import Evidence
from endqi.analysis.highlight import evidence_anchor as _evidence_anchor
from endqi.legislation.coverage import NOT_IN_TEXT_LABEL
from endqi.legislation.rubric_text import criterion_title as _criterion_title
from endqi.legislation.rubric_text import translated_group
from endqi.legislation.rubric_text import verdict_label as _verdict_label
from endqi.legislation.status import BillStatus, StatusOutcome, status_outcome
from endqi.rubric import GROUPS, Group, GroupScore, Verdict

register = template.Library()

# A text symbol per status, shown beside the word (hidden from screen readers,
# which read the word). Progress fills the circle; final outcomes get their own mark.
STATUS_ICONS: dict[str, str] = {
    BillStatus.INTRODUCED: "○",
    BillStatus.IN_COMMITTEE: "◔",
    BillStatus.PASSED_ONE_CHAMBER: "◑",
    BillStatus.PASSED_LEGISLATURE: "◕",
    BillStatus.ENACTED: "★",
    BillStatus.VETOED: "⊘",
    BillStatus.FAILED: "✕",
    BillStatus.WITHDRAWN: "↩",
}
OUTCOME_CLASSES: dict[str, str] = {
    StatusOutcome.ENACTED: "status-enacted",
    StatusOutcome.PENDING: "status-pending",
    StatusOutcome.DEFEATED: "status-dead",
}


@register.simple_tag
def verdict_badge(verdict: str | Verdict) -> SafeString:
    """``<span class="verdict verdict-yes">✓ Yes</span>`` (symbol hidden from screen readers)."""
    value = Verdict(str(verdict))
    return format_html(
        '<span class="verdict verdict-{}"><span aria-hidden="true">{}</span> {}</span>',
        value.value,
        value.symbol,
        _verdict_label(value),
    )


@register.simple_tag
def result_badge(result: Any) -> SafeString:
    """A stored result's verdict badge, or "Not in the text we have" when the text is silent.

    A passage that says nothing on a criterion decides nothing about it; showing
    "No" there would state a finding the site does not have.
    """
    if result.is_assessed:
        return verdict_badge(result.effective_verdict)
    return format_html(
        '<span class="verdict verdict-unassessed"><span aria-hidden="true">?</span> {}</span>',
        gettext(NOT_IN_TEXT_LABEL),
    )


@register.simple_tag
def status_badge(status: str) -> SafeString:
    """The bill status as icon + word in a colour for its outcome (enacted, pending, dead)."""
    value = BillStatus(status)
    return format_html(
        '<span class="status {}"><span class="status-icon" aria-hidden="true">{}</span> {}</span>',
        OUTCOME_CLASSES[status_outcome(value)],
        STATUS_ICONS[value],
        gettext(value.label),
    )


@dataclass(frozen=True, slots=True)
class ScorecardGroup:
    """One rubric group of a stored evaluation: its score and its results in order."""

    group: Group
    score: GroupScore
    results: list[Any]  # legislation.models.CriterionResult

    @property
    def text(self) -> str:
        """``3/4``, or ``2/3 assessed of 4`` when the text leaves criteria undecided."""
        return self.score.text


@register.simple_tag
def scorecard_groups(evaluation: Any) -> list[ScorecardGroup]:
    """The evaluation's criterion results grouped as the rubric groups them (``end``, ``start``).

    Each group's score is the evaluation's own (``Evaluation.groups``, summed by the
    rubric over effective, assessed verdicts); nothing is added up here.
    """
    if evaluation is None:
        return []
    results = evaluation.ordered_results()
    mark_repeated_evidence(results)
    scores = {score.id: score for score in evaluation.groups}
    return [
        ScorecardGroup(
            group=translated_group(group),
            score=scores[group.id],
            results=[result for result in results if result.criterion.group == group.id],
        )
        for group in GROUPS
    ]


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One quote of a result as the scorecard shows it.

    ``first`` is the earlier result that already quoted the same passage on this
    scorecard (the page then points to it instead of quoting it again), else None.
    """

    item: Evidence
    index: int
    first: Any = None
    first_index: int = 0


def mark_repeated_evidence(results: list[Any]) -> None:
    """Give each result ``evidence_rows``: its quotes, each passage quoted once per scorecard.

    A quote repeats an earlier one when its span of the bill text lies inside the
    earlier quote's span.
    """
    shown: list[tuple[Any, int, Evidence]] = []
    for result in results:
        rows = []
        for index, item in enumerate(result.evidence_items()):
            first = next((earlier for earlier in shown if _within(item, earlier[2])), None)
            if first is None:
                shown.append((result, index, item))
                rows.append(EvidenceRow(item=item, index=index))
            else:
                rows.append(
                    EvidenceRow(item=item, index=index, first=first[0], first_index=first[1])
                )
        result.evidence_rows = rows


def _within(item: Evidence, earlier: Evidence) -> bool:
    """Whether ``item`` quotes nothing the ``earlier`` quote did not already show."""
    return earlier.start <= item.start and item.end <= earlier.end


@register.filter
def evidence_anchor(criterion_id: str, index: int) -> str:
    """The ``id`` of an evidence mark in the highlighted bill text (``ev-end-...-0``)."""
    return _evidence_anchor(criterion_id, int(index))


@register.filter
def evidence_location(item: Evidence) -> str:
    """Where a quote sits: "section 506.450.2(1), page 1, line 12" (only the parts known)."""
    from endqi.reports import section_label

    section, page, line = item.section, item.page, item.line
    parts = []
    if section:
        number = section_label(section).removeprefix("section ")
        parts.append(gettext("section %(number)s") % {"number": number})
    if page:
        parts.append(gettext("page %(number)s") % {"number": page})
    if line:
        parts.append(gettext("line %(number)s") % {"number": line})
    return ", ".join(parts)


@register.filter
def reviewer_name(user: Any) -> str:
    """A reviewer's display name: full name, else username; "a former reviewer" if deleted."""
    if user is None:
        return "a former reviewer"
    return user.get_full_name() or user.get_username()


@register.filter
def verdict_label(verdict: str) -> str:
    """ "Yes", "Partial" or "No" for a stored verdict value."""
    return _verdict_label(verdict)


@register.filter
def criterion_title(criterion_id: str) -> str:
    """A criterion's title in the page's language."""
    return _criterion_title(criterion_id)


@register.filter
def get_item(mapping: dict[str, Any] | None, key: str) -> Any:
    """``mapping[key]`` in a template, ``None`` when absent."""
    return (mapping or {}).get(key)


@register.filter
def dom_id(value: str) -> str:
    """A criterion id as an HTML id fragment: ``end.law_enforcement`` → ``end-law_enforcement``."""
    return str(value).replace(".", "-")


@register.filter
def has_disagreement(evaluation: Any) -> bool:
    """Whether a re-evaluation flagged any reviewed verdict as disputed by the evaluator."""
    if evaluation is None:
        return False
    return any(result.automatic_disagrees for result in evaluation.ordered_results())
