"""endqi: track, evaluate and act on state bills that end qualified immunity.

The public evaluator API is small, in the spirit of eyecite::

    from endqi import evaluate, load_document
    scorecard = evaluate(load_document("bill.pdf"), state="MO")
    scorecard.to_dict()

Names are imported lazily so that ``import endqi`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from endqi.analysis import Scorecard, evaluate
    from endqi.documents import Document, load_document

__all__ = ["Document", "Scorecard", "__version__", "evaluate", "load_document"]


def __getattr__(name: str) -> Any:
    """Resolve the public API on first use."""
    if name in {"evaluate", "Scorecard"}:
        from endqi import analysis

        return getattr(analysis, name)
    if name in {"load_document", "Document"}:
        from endqi import documents

        return getattr(documents, name)
    raise AttributeError(f"module 'endqi' has no attribute {name!r}")
