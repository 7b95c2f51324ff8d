"""Evaluate a visitor's draft bill (pasted text or an uploaded file); nothing is stored.

Shared by the ``/evaluate/`` page and ``POST /api/v1/evaluate``: both turn the
input into a :class:`endqi.documents.Document`, score it with
:func:`endqi.analysis.evaluate` and list its gaps. Bad input raises
:class:`DraftError` carrying the HTTP status and one sentence for the visitor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings

from endqi.analysis import Scorecard, evaluate
from endqi.documents import Document, DocumentError
from endqi.documents.loader import format_size
from endqi.legislation.states import get_state_info
from endqi.rubric.gaps import Gap, find_gaps


class DraftError(Exception):
    """The draft cannot be evaluated; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class DraftResult:
    """A draft's document, scorecard and gap list."""

    document: Document
    scorecard: Scorecard
    gaps: list[Gap]

    def to_dict(self) -> dict[str, Any]:
        """``Scorecard.to_dict()`` plus the gap list and facts about the document read."""
        data = self.scorecard.to_dict()
        data["gaps"] = [gap.to_dict() for gap in self.gaps]
        data["document"] = {
            "media_type": self.document.media_type,
            "sha256": self.document.sha256,
            "pages": self.document.pages,
            "characters": len(self.document.text),
        }
        return data


def max_upload_bytes() -> int:
    """The upload limit from ``settings.ENDQI_MAX_UPLOAD_BYTES``."""
    return int(settings.ENDQI_MAX_UPLOAD_BYTES)


def too_large_message(limit: int | None = None) -> str:
    """The one sentence shown for an over-size upload."""
    limit = max_upload_bytes() if limit is None else limit
    return f"That file is too large: the limit is {format_size(limit)}."


def clean_state(value: str | None) -> str | None:
    """A valid upper-case state abbreviation, ``None`` for blank; ``DraftError`` otherwise."""
    if not value or not value.strip():
        return None
    try:
        return get_state_info(value).abbr
    except KeyError:
        raise DraftError(f"“{value.strip()[:20]}” is not a state abbreviation.") from None


def read_draft(
    *, text: str | None = None, data: bytes | None = None, filename: str = ""
) -> Document:
    """A Document from pasted ``text`` or uploaded ``data`` (exactly one of them).

    Raises :class:`DraftError`: 413 over the size limit, 400 for empty or
    unreadable input (with the loader's own sentence).
    """
    limit = max_upload_bytes()
    if data is not None:
        if len(data) > limit:
            raise DraftError(too_large_message(limit), status=413)
        if not data:
            raise DraftError("That file is empty.")
        from endqi.documents import load_bytes

        try:
            return load_bytes(data, filename=filename or "upload", max_bytes=limit)
        except DocumentError as error:
            raise DraftError(str(error)) from None
    if text is None or not text.strip():
        raise DraftError("Paste the text of a bill, or choose a PDF, HTML or text file.")
    if len(text.encode("utf-8")) > limit:
        raise DraftError(too_large_message(limit), status=413)
    from endqi.documents import document_from_text

    try:
        return document_from_text(text, path="pasted text")
    except DocumentError as error:
        raise DraftError(str(error)) from None


def evaluate_draft(document: Document, *, state: str | None = None) -> DraftResult:
    """Score a draft against the rubric and list its gaps."""
    scorecard = evaluate(document, state=state)
    return DraftResult(document=document, scorecard=scorecard, gaps=find_gaps(scorecard.criteria))
