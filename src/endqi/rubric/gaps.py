"""The gap list: for each criterion a bill does not fully meet, the language that would meet it.

Pure functions over anything shaped like :class:`endqi.analysis.CriterionResult`
(a criterion id, a verdict and an explanation); used by ``endqi evaluate --gaps``,
the evaluate page, the evaluate API and the composed messages. No Django.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from endqi.rubric.criteria import CRITERION_IDS, Criterion, get_criterion
from endqi.rubric.vocabulary import Verdict


class CriterionResult(Protocol):
    """What the gap list reads from one criterion's result."""

    @property
    def criterion_id(self) -> str:
        """The rubric id, e.g. ``end.law_enforcement``."""

    @property
    def verdict(self) -> Verdict:
        """yes, partial or no."""

    @property
    def explanation(self) -> str:
        """Why the verdict was given."""


# Each criterion in a few words, for short lists ("What it still needs: a duty to intervene;
# full payment of awards."), where the full titles would make a letter too long to send as
# one e-mail link. Reads both as something a bill does and as something it needs.
SHORT_NAMES: dict[str, str] = {
    "end.law_enforcement": "no qualified immunity for police",
    "end.public_employees": "no qualified immunity for any public employee",
    "end.state_constitution": "every state constitutional right enforceable",
    "end.damage_caps": "no caps on damages",
    "start.failure_to_intervene": "a duty to intervene",
    "start.full_compensation": "full payment of awards",
    "start.attorney_fees": "attorney fees for winning plaintiffs",
    "start.individual_accountability": "a personal stake for the officer",
    "start.public_records": "public misconduct records",
}


@dataclass(frozen=True, slots=True)
class Gap:
    """One unmet or partly met criterion with what would close it."""

    criterion: Criterion
    verdict: Verdict
    explanation: str

    @property
    def needed(self) -> str:
        """What a bill must do to earn a full point (the rubric's meaning of "yes")."""
        return self.criterion.meaning[Verdict.YES]

    @property
    def short_name(self) -> str:
        """The criterion in a few words (:data:`SHORT_NAMES`)."""
        return SHORT_NAMES[self.criterion.id]

    @property
    def model_language(self) -> str:
        """Model-policy language that meets the criterion."""
        return self.criterion.model_language

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form used by ``POST /api/v1/evaluate``."""
        return {
            "id": self.criterion.id,
            "group": self.criterion.group,
            "title": self.criterion.title,
            "verdict": self.verdict.value,
            "explanation": self.explanation,
            "needed": self.needed,
            "model_language": self.model_language,
            "why_it_matters": self.criterion.why_it_matters,
        }


def _in_rubric_order(results: Iterable[CriterionResult]) -> list[CriterionResult]:
    order = {criterion_id: index for index, criterion_id in enumerate(CRITERION_IDS)}
    return sorted(results, key=lambda result: order[result.criterion_id])


def find_gaps(results: Iterable[CriterionResult]) -> list[Gap]:
    """Every result whose verdict is not "yes", in rubric order, as a :class:`Gap`."""
    return [
        Gap(
            criterion=get_criterion(result.criterion_id),
            verdict=result.verdict,
            explanation=result.explanation,
        )
        for result in _in_rubric_order(results)
        if result.verdict != Verdict.YES
    ]


def met_criteria(results: Iterable[CriterionResult]) -> list[Criterion]:
    """The criteria a bill fully meets, in rubric order."""
    return [
        get_criterion(result.criterion_id)
        for result in _in_rubric_order(results)
        if result.verdict == Verdict.YES
    ]
