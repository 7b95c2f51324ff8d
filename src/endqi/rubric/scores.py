"""Group scores: the one place a rubric group's points are summed (``3/4``, ``3.5/5``).

The CLI, the API, the stored evaluations and the pages all take their group
scores from :func:`group_scores`. A criterion the evaluated text does not decide
(a passage silent on it) is *not assessed*: it is left out of the sum instead of
counting as unmet, and the score says so ("2/3 assessed of 4").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from endqi.rubric.criteria import GROUPS, criteria_in_group
from endqi.rubric.vocabulary import format_score


@dataclass(frozen=True, slots=True)
class GroupScore:
    """A rubric group's points over its assessed criteria."""

    id: str
    score: float
    max: int
    assessed: int

    @property
    def all_assessed(self) -> bool:
        """Whether every criterion of the group was assessed."""
        return self.assessed >= self.max

    @property
    def text(self) -> str:
        """``3/4`` or ``3.5/5``; ``2/3 assessed of 4`` when the text leaves criteria open.

        ``0 of 5 assessed`` when the text decides none of the group's criteria.
        """
        if self.all_assessed:
            return format_score(self.score, self.max)
        if not self.assessed:
            return f"0 of {self.max} assessed"
        return f"{format_score(self.score, self.assessed)} assessed of {self.max}"


def group_scores(points: Mapping[str, float | None]) -> tuple[GroupScore, ...]:
    """Each group's score in rubric order.

    ``points`` maps a criterion id to the points its verdict earns, or to
    ``None`` when the criterion was not assessed; a criterion missing from the
    mapping is not assessed either.
    """
    scores = []
    for group in GROUPS:
        members = criteria_in_group(group.id)
        earned = [value for c in members if (value := points.get(c.id)) is not None]
        scores.append(
            GroupScore(
                id=group.id,
                score=float(sum(earned)),
                max=len(members),
                assessed=len(earned),
            )
        )
    return tuple(scores)


def assessed_share(scores: Iterable[GroupScore]) -> float:
    """Points per assessed criterion, 0 to 1 (0 when nothing was assessed).

    What the map and rankings compare, so a passage silent on some criteria is
    not ranked below a whole bill for what it does not say.
    """
    scores = list(scores)
    assessed = sum(score.assessed for score in scores)
    return sum(score.score for score in scores) / assessed if assessed else 0.0
