"""What a stored text can decide: criteria a passage leaves open, and scores over the rest.

Many bills are stored only as passages of their text. The evaluator answers
"no" for a criterion when it finds no clause about it; on the whole bill that
is a finding, but on a passage it only means the passage is silent. Such a
criterion is *not assessed*: pages show "not in the text we have", group scores
say how many criteria were assessed ("2/3 assessed of 4"), and the map and
rankings leave it out instead of counting it against the state.

The rule lives here once (:func:`decides`); evaluations store its answer per
criterion (``CriterionResult.assessed``), and a reviewer's verdict always
counts as assessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from django.utils.translation import gettext_noop

from endqi.rubric import GROUPS, Verdict, format_score, group_maximum

# Shown instead of a verdict for a criterion the stored passage does not decide.
# Marked for translation; pages call gettext() on it (the API and exports stay English).
NOT_IN_TEXT_LABEL = gettext_noop("Not in the text we have")


def decides(*, passage: bool, verdict: str, evidence: Sequence[Any]) -> bool:
    """Whether a stored text decides a criterion.

    Whole texts decide every criterion. A passage decides a criterion when the
    evaluator quoted something for it or found it (partly) met; an automatic
    "no" with no quoted clause on a passage is silence, not a finding.
    """
    if not passage:
        return True
    return bool(evidence) or verdict != Verdict.NO.value


class ScoredResult(Protocol):
    """What the scoring here needs of a stored criterion result."""

    @property
    def is_assessed(self) -> bool: ...

    @property
    def points(self) -> float: ...

    @property
    def criterion(self) -> Any: ...


@dataclass(frozen=True, slots=True)
class AssessedGroupScore:
    """A rubric group's score counting only the criteria the stored text decides."""

    id: str
    title: str
    score: float
    max: int
    assessed: int

    @property
    def text(self) -> str:
        """``3/4`` when every criterion was assessed, otherwise ``2/3 assessed of 4``.

        ``0 of 5 assessed`` when the text decides none of the group's criteria.
        """
        if self.assessed >= self.max:
            return format_score(self.score, self.max)
        if not self.assessed:
            return f"0 of {self.max} assessed"
        return f"{format_score(self.score, self.assessed)} assessed of {self.max}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the analysis ``GroupScore`` keys plus ``assessed``."""
        return {
            "id": self.id,
            "score": self.score,
            "max": self.max,
            "assessed": self.assessed,
            "text": self.text,
        }


def assessed_groups(results: Iterable[ScoredResult]) -> tuple[AssessedGroupScore, ...]:
    """Group scores in rubric order over the assessed criteria only."""
    results = list(results)
    scores = []
    for group in GROUPS:
        members = [r for r in results if r.criterion.group == group.id and r.is_assessed]
        scores.append(
            AssessedGroupScore(
                id=group.id,
                title=group.title,
                score=sum(r.points for r in members),
                max=group_maximum(group.id),
                assessed=len(members),
            )
        )
    return tuple(scores)


def assessed_share(results: Iterable[ScoredResult]) -> float:
    """Points per assessed criterion, 0 to 1 (0 when nothing was assessed)."""
    assessed = [r for r in results if r.is_assessed]
    if not assessed:
        return 0.0
    return sum(r.points for r in assessed) / len(assessed)
