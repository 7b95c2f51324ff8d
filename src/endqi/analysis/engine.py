"""Placeholder engine: every criterion 'no' until the detectors land."""

from __future__ import annotations

from endqi.analysis.scorecard import CriterionResult, Scorecard
from endqi.rubric import CRITERIA, Verdict


def evaluate(source, *, state: str | None = None) -> Scorecard:
    """Evaluate a bill against the rubric (placeholder)."""
    return Scorecard(
        criteria=tuple(
            CriterionResult(c.id, Verdict.NO, "Not evaluated yet.", 0.0) for c in CRITERIA
        ),
        state=state,
    )
