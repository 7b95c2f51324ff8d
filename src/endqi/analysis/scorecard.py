"""Immutable results of an evaluation: evidence spans, criterion results, scorecard.

``Scorecard.to_dict()`` is the one JSON shape shared by ``endqi evaluate
--format json``, the web API and the stored evaluations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from endqi.rubric import (
    CRITERIA,
    GROUPS,
    RUBRIC_VERSION,
    Verdict,
    format_score,
    get_criterion,
    group_maximum,
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted span of the bill's clean text that a verdict rests on.

    ``quote`` is always exactly ``document.text[start:end]``.
    """

    quote: str
    start: int
    end: int
    section: str | None = None
    page: int | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "section": self.section,
            "page": self.page,
            "line": self.line,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            quote=data["quote"],
            start=int(data["start"]),
            end=int(data["end"]),
            section=data.get("section"),
            page=data.get("page"),
            line=data.get("line"),
        )


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """The verdict on one criterion, why, and the clauses that decide it."""

    criterion_id: str
    verdict: Verdict
    explanation: str
    confidence: float
    evidence: tuple[Evidence, ...] = ()

    @property
    def criterion(self):  # -> Criterion
        """The rubric criterion this result is for."""
        return get_criterion(self.criterion_id)

    @property
    def group(self) -> str:
        """Group id (``end`` or ``start``)."""
        return self.criterion.group

    @property
    def title(self) -> str:
        """Criterion title."""
        return self.criterion.title

    @property
    def points(self) -> float:
        """Points earned by the verdict."""
        return self.verdict.points

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, in the shape ``endqi evaluate --format json`` prints."""
        return {
            "id": self.criterion_id,
            "group": self.group,
            "title": self.title,
            "verdict": self.verdict.value,
            "points": self.points,
            "explanation": self.explanation,
            "confidence": round(self.confidence, 3),
            "evidence": [item.to_dict() for item in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CriterionResult:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            criterion_id=data["id"],
            verdict=Verdict(data["verdict"]),
            explanation=data.get("explanation", ""),
            confidence=float(data.get("confidence", 0.0)),
            evidence=tuple(Evidence.from_dict(item) for item in data.get("evidence", ())),
        )


@dataclass(frozen=True, slots=True)
class GroupScore:
    """The summed points of one group."""

    id: str
    score: float
    max: int

    @property
    def text(self) -> str:
        """``3/4`` or ``3.5/5``."""
        return format_score(self.score, self.max)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"id": self.id, "score": self.score, "max": self.max, "text": self.text}


@dataclass(frozen=True, slots=True)
class Scorecard:
    """A bill's evaluation against the whole rubric."""

    criteria: tuple[CriterionResult, ...]
    rubric_version: str = RUBRIC_VERSION
    source: dict[str, Any] | None = None
    state: str | None = None
    relevant: bool = True

    def __post_init__(self) -> None:
        ids = [result.criterion_id for result in self.criteria]
        expected = [criterion.id for criterion in CRITERIA]
        if sorted(ids) != sorted(expected):
            raise ValueError(f"a scorecard needs exactly the rubric's criteria, got {ids}")

    def result(self, criterion_id: str) -> CriterionResult:
        """The result for one criterion id."""
        for result in self.criteria:
            if result.criterion_id == criterion_id:
                return result
        raise KeyError(criterion_id)

    def verdicts(self) -> dict[str, str]:
        """``{criterion id: verdict string}``, handy for comparisons."""
        return {result.criterion_id: result.verdict.value for result in self.criteria}

    @property
    def groups(self) -> tuple[GroupScore, ...]:
        """Group scores in rubric order."""
        scores = []
        for group in GROUPS:
            total = sum(result.points for result in self.criteria if result.group == group.id)
            scores.append(GroupScore(id=group.id, score=total, max=group_maximum(group.id)))
        return tuple(scores)

    @property
    def total(self) -> float:
        """Combined score out of nine."""
        return sum(result.points for result in self.criteria)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``endqi evaluate --format json``."""
        return {
            "rubric_version": self.rubric_version,
            "source": self.source,
            "state": self.state,
            "relevant": self.relevant,
            "groups": [group.to_dict() for group in self.groups],
            "criteria": [result.to_dict() for result in self.criteria],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scorecard:
        """Rebuild from :meth:`to_dict` output (e.g. a stored evaluation)."""
        return cls(
            criteria=tuple(CriterionResult.from_dict(item) for item in data["criteria"]),
            rubric_version=data.get("rubric_version", RUBRIC_VERSION),
            source=data.get("source"),
            state=data.get("state"),
            relevant=data.get("relevant", True),
        )
