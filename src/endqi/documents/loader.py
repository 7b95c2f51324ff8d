"""Entry points: a path, some bytes or a string in; a clean :class:`Document` out.

Every way a file can fail to be a readable bill ends in a :class:`DocumentError`
whose message is one sentence naming the file; library exceptions never escape.
"""

from __future__ import annotations

import os

from endqi import digests
from endqi.documents import limits, sniff, wrapped
from endqi.documents.clean import clean_text
from endqi.documents.decoding import decode_text
from endqi.documents.errors import DocumentError
from endqi.documents.limits import MAX_PAGES
from endqi.documents.model import Document, Extraction
from endqi.files import (
    DEFAULT_MAX_BYTES,
    STDIN_PATH,
    FileUnreadable,
    read_limited,
    read_stdin_limited,
    too_big_reason,
)
from endqi.regex_cache import compile_pattern

FORM_FEED = "\f"
_FORM_FEED = compile_pattern(FORM_FEED)
# A form feed after anything but a line break. The form feed comes first so the regex
# engine jumps from one to the next (a pattern that opens with the look-behind is tried
# at every character of the text).
_FORM_FEED_MID_LINE = compile_pattern(r"\f(?<=[^\n]\f)")


def load_document(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    media_type: str | None = None,
) -> Document:
    """Load a bill from a file (``"-"`` reads standard input).

    Args:
        path: a ``.txt``, ``.html``/``.htm``, ``.xml`` or ``.pdf`` file; the content decides
            the type, the extension is a hint.
        max_bytes: refuse files larger than this.
        media_type: force the type ("text/plain", "text/html", "application/pdf").

    Raises:
        DocumentError: missing, a directory, a broken link, unreadable, too big,
            or not a readable bill (see :func:`load_bytes`).
    """
    name = os.fspath(path)
    if name == STDIN_PATH:
        data = read_stdin_limited(max_bytes)
        return load_bytes(data, filename=STDIN_PATH, max_bytes=max_bytes, media_type=media_type)
    try:
        data = read_limited(name, max_bytes)
    except FileUnreadable as error:
        raise DocumentError(str(error)) from None
    return load_bytes(data, filename=name, max_bytes=max_bytes, media_type=media_type)


def load_bytes(
    data: bytes,
    *,
    filename: str = STDIN_PATH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    media_type: str | None = None,
) -> Document:
    """Load a bill from bytes (an upload, standard input, a database blob).

    Args:
        data: the document's bytes.
        filename: the name it came with (used as ``Document.path``, as a type
            hint by its extension, and in error messages; ``"-"`` is standard input).
        max_bytes: refuse more bytes than this.
        media_type: force the type instead of sniffing it.

    Raises:
        DocumentError: empty, only whitespace, too big, binary or undecodable,
            an image or other non-document, a corrupt, truncated or encrypted
            PDF, a PDF without a text layer, or HTML without visible text.
    """
    name = "standard input" if filename == STDIN_PATH else filename
    if len(data) > max_bytes:
        raise DocumentError(_too_big(name, max_bytes))
    if not data:
        raise DocumentError(f"{name} is empty")
    kind = (
        sniff.normalise_media_type(media_type)
        if media_type
        else sniff.sniff_media_type(data, filename, name)
    )
    if kind == sniff.TEXT and wrapped.looks_like_json(data):
        inner = wrapped.unwrap_json(data, name)
        if inner is not None:
            document, mime = inner
            return load_bytes(
                document,
                filename=filename,
                max_bytes=max_bytes,
                media_type=_readable_mime(mime, name),
            )
    if kind == sniff.PDF:
        from endqi.documents.pdf import extract_pdf

        extraction = extract_pdf(data, name)
    else:
        text = decode_text(data, name)
        if not text.strip():
            raise DocumentError(f"{name} contains only whitespace")
        if kind in (sniff.HTML, sniff.XML):
            from endqi.documents.html import extract_html

            extraction = extract_html(text, name, xml=kind == sniff.XML)
        else:
            extraction = plain_text_extraction(text)
    document = build_document(
        extraction, path=filename, sha256=digests.sha256(data).hexdigest(), media_type=kind
    )
    if not document.text.strip():
        raise DocumentError(f"{name} has no text besides line numbers, page headers and blanks")
    return document


def document_from_text(text: str, *, path: str = STDIN_PATH) -> Document:
    """Clean and split a bill's text given as a string (pasted text, a test case).

    Form feeds mark pages, as in text printed from a PDF. Text that opens like an HTML
    page (its source pasted) is read as HTML. Empty text gives an empty document.
    ``sha256`` is that of the UTF-8 text.

    Raises:
        DocumentError: only for text over a budget of :mod:`endqi.documents.limits`.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    sha256 = digests.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    if sniff.starts_like_html(text):
        # A page's source pasted as its text ("<div id="mainC"><p>... &sect; 8.01-195.3"): read
        # as the page it is, as a file of the same bytes would be, not as tags and entities.
        from endqi.documents.html import extract_html

        try:
            extraction = extract_html(text, "the text")
        except DocumentError:
            # (markup the HTML reader refuses, with no visible text or nested past its budget,
            # is still the plain text it also is: read so below)
            pass
        else:
            return build_document(extraction, path=path, sha256=sha256, media_type=sniff.HTML)
    return build_document(
        plain_text_extraction(text), path=path, sha256=sha256, media_type=sniff.TEXT
    )


def plain_text_extraction(text: str) -> Extraction:
    """Pages of a plain text: a form feed starts a page (it moves to a line start)."""
    if FORM_FEED not in text:
        return Extraction(text=text)
    page_starts = [0]
    # Only a break followed by more text starts a page (a trailing form feed does not).
    text_end = len(text.rstrip())
    for match in _FORM_FEED.finditer(text, 0, text_end):
        position = match.start()
        mid_line = position > 0 and text[position - 1] != "\n"
        page_starts.append(position + 1 if mid_line else position)
        if len(page_starts) > MAX_PAGES:
            break  # over budget: build_document refuses it
    # A form feed inside a line becomes a line break (same length, so offsets hold);
    # one that starts a line stays, and the cleaner treats it as blank space.
    text = _FORM_FEED_MID_LINE.sub("\n", text)
    return Extraction(text=text, page_starts=tuple(sorted(set(page_starts))))


def build_document(extraction: Extraction, *, path: str, sha256: str, media_type: str) -> Document:
    """Clean an extraction (the document splits itself into provisions when asked).

    Raises:
        DocumentError: more lines or pages than :mod:`endqi.documents.limits` allows.
    """
    name = "standard input" if path == STDIN_PATH else path
    limits.check_lines_and_pages(extraction.text, len(extraction.page_starts), name)
    cleaned = clean_text(extraction)
    return Document(
        text=cleaned.text,
        original=extraction.text,
        offset_map=cleaned.offset_map,
        page_starts=extraction.page_starts,
        line_numbers=cleaned.line_numbers,
        deletions=cleaned.deletions,
        path=path,
        sha256=sha256,
        media_type=media_type,
    )


def _readable_mime(mime: str | None, name: str) -> str | None:
    """The media type to read a wrapped document as (None: sniff its bytes)."""
    if mime is None:
        return None
    try:
        return sniff.normalise_media_type(mime)
    except DocumentError:
        raise DocumentError(
            f"{name} holds a document of type {mime}, which endqi cannot read; "
            "save it as PDF, HTML or plain text"
        ) from None


def _too_big(name: str, max_bytes: int) -> str:
    return f"{name} {too_big_reason(max_bytes)}"
