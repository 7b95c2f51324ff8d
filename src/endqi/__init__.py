"""endqi: track, evaluate and act on state bills that end qualified immunity.

The public evaluator API is small, in the spirit of eyecite::

    from endqi import evaluate, load_document, scorecard_to_dict
    scorecard = evaluate(load_document("bill.pdf"), state="MO")
    scorecard_to_dict(scorecard)  # the JSON shape of the CLI, the API and stored evaluations

Names are imported lazily so that ``import endqi`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from endqi.analysis import Scorecard, evaluate, scorecard_from_dict, scorecard_to_dict
    from endqi.documents import Document, load_document

__all__ = [
    "Document",
    "Scorecard",
    "__version__",
    "evaluate",
    "load_document",
    "scorecard_from_dict",
    "scorecard_to_dict",
]


def __getattr__(name: str) -> Any:
    """Resolve the public API on first use."""
    if name in {"evaluate", "Scorecard", "scorecard_to_dict", "scorecard_from_dict"}:
        from endqi import analysis

        return getattr(analysis, name)
    if name in {"load_document", "Document"}:
        from endqi import documents

        return getattr(documents, name)
    raise AttributeError(f"module 'endqi' has no attribute {name!r}")
