"""The verdict scale, defined once for the whole project.

Every other module (analysis, web, API, exports) imports these names instead of
repeating the strings or the point values.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """How far a bill meets one criterion."""

    YES = "yes"
    PARTIAL = "partial"
    NO = "no"

    @property
    def points(self) -> float:
        """Points this verdict earns: yes 1, partial 0.5, no 0."""
        return VERDICT_POINTS[self]

    @property
    def label(self) -> str:
        """Human label used on pages and in text output."""
        return {"yes": "Yes", "partial": "Partial", "no": "No"}[self.value]

    @property
    def symbol(self) -> str:
        """A text symbol shown beside the colour so colour is never the only cue."""
        return {"yes": "✓", "partial": "◐", "no": "✗"}[self.value]


VERDICT_POINTS: dict[Verdict, float] = {Verdict.YES: 1.0, Verdict.PARTIAL: 0.5, Verdict.NO: 0.0}


def format_score(score: float, maximum: int) -> str:
    """Render a group score the way advocates write it: ``3/4`` or ``3.5/5``."""
    text = f"{score:.1f}".rstrip("0").rstrip(".")
    return f"{text}/{maximum}"
