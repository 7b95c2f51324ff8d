"""Immutable results of an evaluation: source, evidence spans, criterion results, scorecard.

The JSON form of these objects is made in one place, :mod:`endqi.analysis.serialise`,
for ``endqi evaluate --format json``, the web API and the pages alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from endqi.documents.model import Document
from endqi.rubric import (
    CRITERIA,
    RUBRIC_VERSION,
    GroupScore,
    Verdict,
    get_criterion,
    group_scores,
)


@dataclass(frozen=True, slots=True)
class Source:
    """Where the evaluated text came from: the one ``source`` of every scorecard.

    ``path`` is the file as the user gave it (``-`` for standard input), the
    uploaded file's name, or a stored version's file name or label; ``sha256``
    identifies the input bytes; ``chars`` counts the clean text that evidence
    offsets index; ``pages`` is ``None`` when the input has no pages or they are
    not known.
    """

    path: str = "-"
    sha256: str = ""
    media_type: str = "text/plain"
    pages: int | None = None
    chars: int | None = None

    @classmethod
    def of(cls, document: Document, path: str | None = None) -> Source:
        """The source of a loaded document (``path`` replaces the document's own)."""
        return cls(
            path=document.path if path is None else path,
            sha256=document.sha256,
            media_type=document.media_type,
            pages=document.pages,
            chars=len(document.text),
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


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """The verdict on one criterion, why, and the clauses that decide it.

    ``assessed`` is false when the evaluated text is only a passage of the bill
    and says nothing on the criterion: the verdict is then no finding, and the
    criterion is left out of group scores.
    """

    criterion_id: str
    verdict: Verdict
    explanation: str
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    assessed: bool = True

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


@dataclass(frozen=True, slots=True)
class Scorecard:
    """A bill's evaluation against the whole rubric."""

    criteria: tuple[CriterionResult, ...]
    rubric_version: str = RUBRIC_VERSION
    engine_version: str = ""
    source: Source | None = None
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
        """Group scores in rubric order, over the assessed criteria (the rubric's sum)."""
        return group_scores(
            {r.criterion_id: r.points if r.assessed else None for r in self.criteria}
        )

    @property
    def assessed_count(self) -> int:
        """How many criteria the evaluated text decides (all nine for a whole text)."""
        return sum(1 for result in self.criteria if result.assessed)

    @property
    def total(self) -> float:
        """Combined score out of nine."""
        return sum(result.points for result in self.criteria)
