"""Read a bill's provisions and decide each rubric criterion, with evidence spans.

Pure Python; never imports Django. The public API is :func:`evaluate`.
"""

from endqi.analysis.scorecard import CriterionResult, Evidence, Scorecard, Source
from endqi.analysis.serialise import scorecard_from_dict, scorecard_to_dict

__all__ = [
    "ENGINE_VERSION",
    "CriterionResult",
    "Evidence",
    "Scorecard",
    "Source",
    "evaluate",
    "scorecard_from_dict",
    "scorecard_to_dict",
]


def evaluate(source, *, state: str | None = None) -> Scorecard:  # replaced by the engine
    """Evaluate a bill (text or Document) against the rubric."""
    from endqi.analysis.engine import evaluate as _evaluate

    return _evaluate(source, state=state)


def __getattr__(name: str) -> str:
    """``ENGINE_VERSION``: a short hash of the rule table (imported on first use, so that
    importing the package stays cheap)."""
    if name == "ENGINE_VERSION":
        from endqi.analysis.rules import ENGINE_VERSION

        return ENGINE_VERSION
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
