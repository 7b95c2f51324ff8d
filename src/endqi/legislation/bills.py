"""Create bills, add versions of their text, record status and publish.

These are the writes the staff screens, the seed command and the importers
share. Each is one transaction: a bad upload never leaves a version without
its evaluation, or a bill without its first status.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from endqi.analysis import Scorecard, evaluate
from endqi.budget import OverBudget, run_within_budget
from endqi.documents import Document, DocumentError, document_from_text
from endqi.legislation.evaluations import evaluate_version
from endqi.legislation.models import Bill, BillStatusChange, BillVersion, State, TextCoverage
from endqi.legislation.status import BillStatus

# A first sentence longer than this is cut at a word boundary for descriptions.
DESCRIPTION_MAX_CHARS = 240


def unique_bill_slug(
    state: State, identifier: str, year: int | None = None, exclude: int | None = None
) -> str:
    """A slug for ``identifier`` not yet used in ``state`` (year, then a number, if needed).

    ``exclude`` is the id of a bill being renamed, whose own slug does not count as taken.
    """
    base = slugify(identifier)[:80] or "bill"
    candidates = [base]
    if year:
        candidates.append(f"{base}-{year}")
    taken = set(
        Bill.objects.filter(state=state, slug__startswith=base)
        .exclude(pk=exclude)
        .values_list("slug", flat=True)
    )
    for candidate in candidates:
        if candidate not in taken:
            return candidate
    number = 2
    while f"{candidates[-1]}-{number}" in taken:
        number += 1
    return f"{candidates[-1]}-{number}"


# Section numbers and subdivision labels that open a bill's text ("506.450. 1.",
# "Section 2. (a)", "(1)"): not part of its first sentence.
_LEADING_LABELS = re.compile(
    r"^(?:(?:(?:Section|SECTION|Sec\.|SEC\.)\s+[0-9A-Z][\w.-]*|§+\s*[\w.:-]+"
    r"|\d+(?:[.-]\d+)+\.?|\([0-9A-Za-z]{1,4}\)|[0-9A-Za-z]{1,3}\.)\s+)+"
)


def first_sentence(text: str, max_chars: int = DESCRIPTION_MAX_CHARS) -> str:
    """The first sentence of ``text`` (whitespace collapsed), cut to ``max_chars`` with "…".

    Used to give bills with no title a factual description quoted from their own
    text, rather than prose written by anyone else.
    """
    flat = _LEADING_LABELS.sub("", " ".join(text.split()), count=1)
    # A period ends a sentence unless it sits inside a number (590.010) or
    # follows a one-letter abbreviation (S.254, U.S.).
    match = re.search(r"(?<!\b[A-Za-z])[.;:](?=\s+[A-Z(0-9§]|\s*$)", flat)
    sentence = flat[: match.end()] if match else flat
    if len(sentence) <= max_chars:
        return sentence
    cut = sentence[: max_chars - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


@transaction.atomic
def create_bill(
    *,
    state: State,
    identifier: str,
    year: int | None = None,
    session: str = "",
    title: str = "",
    short_description: str = "",
    status: str = BillStatus.INTRODUCED,
    status_date: datetime.date | None = None,
    source_url: str = "",
    published: bool = False,
    user: Any = None,
) -> Bill:
    """Create a bill with a unique slug and its first dated status."""
    identifier = identifier.strip()
    if not identifier:
        raise ValidationError("A bill needs an identifier, e.g. HB 30.", code="identifier")
    bill = Bill(
        state=state,
        identifier=identifier,
        slug=unique_bill_slug(state, identifier, year),
        year=year,
        session=session,
        title=title,
        short_description=short_description,
        status=BillStatus(status),
        status_date=status_date,
        source_url=source_url,
        published=published,
    )
    bill.full_clean()
    bill._history_user = user
    bill.save()
    BillStatusChange.objects.create(bill=bill, status=bill.status, date=status_date)
    return bill


def load_content(content: str | bytes, filename: str = "") -> Document:
    """Turn pasted text or uploaded bytes into a clean document.

    Raises ``ValidationError`` with the loader's one-sentence message when the
    content cannot be read as a bill (empty, unreadable PDF, wrong type...).
    """
    try:
        if isinstance(content, bytes):
            from endqi.documents import load_bytes

            document = load_bytes(
                content,
                filename=filename or "upload",
                max_bytes=settings.ENDQI_MAX_UPLOAD_BYTES,
            )
        else:
            document = document_from_text(content, path=filename or "-")
    except DocumentError as error:
        raise ValidationError(str(error), code="document") from None
    if not document.text.strip():
        raise ValidationError("The text is empty.", code="empty")
    return document


def load_and_evaluate(
    content: str | bytes, filename: str = "", *, state: str | None = None
) -> tuple[Document, Scorecard]:
    """Read ``content`` and score it, within the evaluation budget (:mod:`endqi.budget`).

    Raises ``ValidationError`` with one sentence when the content cannot be read
    or needs more time or memory than one evaluation may take.
    """
    try:
        return run_within_budget(_load_and_score, content, filename, state)
    except OverBudget as error:
        raise ValidationError(str(error), code="over_budget") from None


def _load_and_score(
    content: str | bytes, filename: str, state: str | None
) -> tuple[Document, Scorecard]:
    document = load_content(content, filename)
    return document, evaluate(document, state=state)


@transaction.atomic
def add_bill_version(
    bill: Bill,
    content: str | bytes,
    *,
    filename: str = "",
    label: str = "",
    source_url: str = "",
    fetched: datetime.date | None = None,
    coverage: str = TextCoverage.WHOLE,
    version_date: datetime.date | None = None,
    user: Any = None,
) -> BillVersion:
    """Store a new version of a bill's text and evaluate it (overrides carried over).

    ``content`` is pasted text (``str``) or an uploaded file's bytes with its
    ``filename``. ``coverage`` says whether it is the whole bill or only a
    passage; ``version_date`` is the date the legislature gives the version.
    The bill's ``text_checked`` becomes the day the text was obtained. Raises
    ``ValidationError`` with one clear sentence when the content cannot be
    read; nothing is written then.
    """
    try:
        coverage = TextCoverage(coverage)
    except ValueError:
        raise ValidationError(f"Unknown coverage {coverage!r}.", code="coverage") from None
    document, scorecard = load_and_evaluate(content, filename, state=bill.state.abbr)
    version = BillVersion(
        bill=bill,
        label=(label or "").strip() or _default_label(bill),
        coverage=coverage,
        version_date=version_date,
        text=document.text,
        source_url=source_url,
        filename=filename,
        media_type=document.media_type,
        fetched=fetched or timezone.localdate(),
        sha256=document.sha256,
        content=content.encode("utf-8") if isinstance(content, str) else content,
        created_by=user,
    )
    version.full_clean()
    version._history_user = user
    version.save()
    evaluate_version(version, user, document=document, scorecard=scorecard)
    if bill.text_checked is None or version.fetched > bill.text_checked:
        # A bookkeeping date, not an edit to the bill: no history record for it.
        Bill.objects.filter(pk=bill.pk).update(text_checked=version.fetched)
        bill.text_checked = version.fetched
    return version


def _default_label(bill: Bill) -> str:
    """ "text 2", "text 3"... when staff give no label."""
    return f"text {bill.versions.count() + 1}"


@transaction.atomic
def record_status(
    bill: Bill,
    status: str,
    *,
    date: datetime.date | None = None,
    note: str = "",
    user: Any = None,
) -> BillStatusChange:
    """Add a dated status change; the bill's status follows the newest dated change."""
    status = BillStatus(status)
    change = BillStatusChange.objects.create(bill=bill, status=status, date=date, note=note)
    newest = bill.status_date is None or (date is not None and date >= bill.status_date)
    if newest and (bill.status != status or bill.status_date != date):
        bill.status = status
        bill.status_date = date or bill.status_date
        bill._history_user = user
        bill.save(update_fields=["status", "status_date", "updated"])
    return change


def set_published(bill: Bill, published: bool, user: Any = None) -> bool:
    """Publish or unpublish a bill; returns whether anything changed."""
    if bill.published == published:
        return False
    bill.published = published
    bill._history_user = user
    bill.save(update_fields=["published", "updated"])
    return True
