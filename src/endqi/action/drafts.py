"""Evaluate a visitor's draft bill (pasted text or an uploaded file); nothing is stored.

Shared by the ``/evaluate/`` page and ``POST /api/v1/evaluate``: both turn the
input into a :class:`endqi.documents.Document`, score it with
:func:`endqi.analysis.evaluate` and list its gaps. Bad input raises
:class:`DraftError` carrying the HTTP status and one sentence for the visitor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext

from endqi.analysis import Scorecard, evaluate, scorecard_to_dict
from endqi.budget import OverBudget, run_within_budget
from endqi.documents import Document, DocumentError
from endqi.files import format_size
from endqi.rubric.gaps import Gap, find_gaps
from endqi.states import get_state_info
from endqi.web.uploads import max_upload_bytes

#: HTTP status for a draft that is within the size limit but over the evaluation budget.
OVER_BUDGET_STATUS = 422


class DraftError(Exception):
    """The draft cannot be evaluated; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.status = status

    def __reduce__(self) -> tuple[Any, ...]:
        # Raised in the budgeted child and re-raised here: keep the status across pickling.
        return (_draft_error, (str(self), self.status))


def _draft_error(message: str, status: int) -> DraftError:
    return DraftError(message, status=status)


@dataclass(frozen=True, slots=True)
class DraftResult:
    """A draft's document, scorecard and gap list."""

    document: Document
    scorecard: Scorecard
    gaps: list[Gap]

    def to_dict(self) -> dict[str, Any]:
        """The one scorecard shape (``source`` says what was read) plus the gap list.

        ``document`` repeats ``source`` under its older names for clients written
        against it (deprecated; read ``source``).
        """
        data = scorecard_to_dict(self.scorecard)
        data["gaps"] = [gap.to_dict() for gap in self.gaps]
        source = data["source"]
        data["document"] = {
            "media_type": source["media_type"],
            "sha256": source["sha256"],
            "pages": source["pages"],
            "characters": source["chars"],
        }
        return data


def too_large_message(limit: int | None = None) -> str:
    """The one sentence shown for an over-size upload."""
    limit = max_upload_bytes() if limit is None else limit
    return gettext("That file is too large: the limit is %(size)s.") % {"size": format_size(limit)}


def clean_state(value: str | None) -> str | None:
    """A valid upper-case state abbreviation, ``None`` for blank; ``DraftError`` otherwise."""
    if not value or not value.strip():
        return None
    try:
        return get_state_info(value).abbr
    except KeyError:
        raise DraftError(
            gettext("“%(state)s” is not a state abbreviation.") % {"state": value.strip()[:20]}
        ) from None


def check_draft_size(*, text: str | None = None, data: bytes | None = None) -> int:
    """The cheap checks, before any reading: 413 over the limit, 400 when empty.

    Returns the limit. Also run by :func:`read_draft`, so it holds whoever calls.
    """
    limit = max_upload_bytes()
    if data is not None:
        if len(data) > limit:
            raise DraftError(too_large_message(limit), status=413)
        if not data:
            raise DraftError(gettext("That file is empty."))
        return limit
    if text is None or not text.strip():
        raise DraftError(gettext("Paste the text of a bill, or choose a PDF, HTML or text file."))
    if len(text.encode("utf-8", "surrogatepass")) > limit:
        raise DraftError(too_large_message(limit), status=413)
    return limit


def read_draft(
    *, text: str | None = None, data: bytes | None = None, filename: str = ""
) -> Document:
    """A Document from pasted ``text`` or uploaded ``data`` (exactly one of them).

    Raises :class:`DraftError`: 413 over the size limit, 400 for empty or
    unreadable input (with the loader's own sentence).
    """
    limit = check_draft_size(text=text, data=data)
    if data is not None:
        from endqi.documents import load_bytes

        try:
            return load_bytes(data, filename=filename or "upload", max_bytes=limit)
        except DocumentError as error:
            raise DraftError(str(error)) from None
    from endqi.documents import document_from_text

    try:
        return document_from_text(text or "", path="pasted text")
    except DocumentError as error:
        raise DraftError(str(error)) from None


def evaluate_draft(document: Document, *, state: str | None = None) -> DraftResult:
    """Score a draft against the rubric and list its gaps."""
    scorecard = evaluate(document, state=state)
    return DraftResult(document=document, scorecard=scorecard, gaps=find_gaps(scorecard.criteria))


def score_draft(
    *,
    text: str | None = None,
    data: bytes | None = None,
    filename: str = "",
    state: str | None = None,
    extra: Callable[[DraftResult], Any] | None = None,
) -> tuple[DraftResult, Any]:
    """Read and score a draft within the evaluation budget (:mod:`endqi.budget`).

    ``extra``, when given, runs on the result in the same budgeted child (the
    page uses it to build the highlighted text). Returns ``(result, extra's value)``.
    Raises :class:`DraftError`: 413/400 from :func:`check_draft_size`, 400 for
    unreadable input, :data:`OVER_BUDGET_STATUS` when the budget runs out.
    """
    check_draft_size(text=text, data=data)
    try:
        return run_within_budget(_read_and_score, text, data, filename, state, extra)
    except OverBudget as error:
        raise DraftError(str(error), status=OVER_BUDGET_STATUS) from None


def _read_and_score(
    text: str | None,
    data: bytes | None,
    filename: str,
    state: str | None,
    extra: Callable[[DraftResult], Any] | None,
) -> tuple[DraftResult, Any]:
    document = read_draft(text=text, data=data, filename=filename)
    result = evaluate_draft(document, state=state)
    return result, (extra(result) if extra is not None else None)
