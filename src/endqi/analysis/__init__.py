"""Read a bill's provisions and decide each rubric criterion, with evidence spans.

Pure Python; never imports Django. The public API is :func:`evaluate`.
"""

from endqi.analysis.scorecard import CriterionResult, Evidence, GroupScore, Scorecard

ENGINE_VERSION = "0.1.0"

__all__ = ["ENGINE_VERSION", "CriterionResult", "Evidence", "GroupScore", "Scorecard", "evaluate"]


def evaluate(source, *, state: str | None = None) -> Scorecard:  # replaced by the engine
    """Evaluate a bill (text or Document) against the rubric."""
    from endqi.analysis.engine import evaluate as _evaluate

    return _evaluate(source, state=state)
