"""Tell what kind of document some bytes are: PDF, HTML, legislative XML or plain text.

The bytes decide; the file name's extension only breaks ties (an ``.html`` file
whose first bytes show no tag is still read as HTML). Formats that are clearly
something else (images, office documents, archives) are refused with a message
that says what they are.
"""

from __future__ import annotations

import os
import re

from endqi.documents.errors import DocumentError

TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
# Legislative XML (a code's or a council's published XML, USLM): markup whose elements are
# the bill's own parts (section, para, num, heading, text).
XML = "application/xml"
MEDIA_TYPES = (TEXT, HTML, PDF, XML)

# Extensions that hint at a media type when the bytes do not settle it.
EXTENSION_HINTS = {
    ".txt": TEXT,
    ".text": TEXT,
    ".htm": HTML,
    ".html": HTML,
    ".xhtml": HTML,
    ".pdf": PDF,
    ".xml": XML,
}

# Spellings a caller may use for ``media_type``.
_MEDIA_ALIASES = {
    "text": TEXT,
    "txt": TEXT,
    "text/plain": TEXT,
    "html": HTML,
    "htm": HTML,
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "pdf": PDF,
    "application/pdf": PDF,
    "xml": XML,
    "text/xml": XML,
    "application/xml": XML,
}

# PDF readers accept the header anywhere in the first 1024 bytes.
PDF_HEADER_WINDOW = 1024

# Magic numbers of formats that are not bills we can read, with what to call them.
_FOREIGN_SIGNATURES: tuple[tuple[bytes, str | None], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", None),  # bitmap: only with a plausible header, checked below
    (b"RIFF", "a RIFF (audio, video or WebP) file"),
    (b"PK\x03\x04", "a ZIP archive (perhaps a Word .docx file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Office file (perhaps a Word .doc file)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"{\\rtf", "an RTF file"),
    (b"%!PS", "a PostScript file"),
)

# Text that starts like markup: a doctype, a comment or one of the usual elements.
_HTML_START = re.compile(
    rb"\s*(?:<!doctype\s+html|<!--|<html|<head|<body|<meta|<title|<p[\s>]|<div|<table|<h[1-6][\s>]"
    rb"|<span|<br|<pre|<section|<article|<style|<script|<center|<font|<ul|<ol|<strike|<del|<s>)",
    re.IGNORECASE,
)
_XML_START = re.compile(rb"\s*(?:<\?xml\b|<[A-Za-z][\w.-]*(?::[\w.-]+)?\s[^>]*\bxmlns\b)")
_XHTML_ROOT = re.compile(rb"<html\b", re.IGNORECASE)
_UTF16_OR_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def starts_like_html(text: str) -> bool:
    """Whether a text given as a string opens like an HTML page or fragment (a page's source
    pasted where its text was wanted)."""
    return _HTML_START.match(_ascii_view(text[:2048].encode("utf-8", "replace"))) is not None


def normalise_media_type(media_type: str) -> str:
    """Map a caller's media type ("pdf", "text/html; charset=utf-8"...) to one we read."""
    key = media_type.split(";", 1)[0].strip().lower()
    try:
        return _MEDIA_ALIASES[key]
    except KeyError:
        known = ", ".join(MEDIA_TYPES)
        raise DocumentError(
            f"media type {media_type!r} is not supported (use one of {known})"
        ) from None


def sniff_media_type(data: bytes, filename: str, name: str) -> str:
    """The media type of ``data``: :data:`PDF`, :data:`HTML`, :data:`XML` or :data:`TEXT`.

    Args:
        data: the document's bytes (non-empty).
        filename: the name the bytes came with; its extension is a hint only.
        name: how to call the document in an error message.

    Raises:
        DocumentError: the bytes are a format we cannot read (image, archive...),
            or a ``.pdf`` name holds no PDF.
    """
    if b"%PDF-" in data[:PDF_HEADER_WINDOW]:
        return PDF
    foreign = _foreign_format(data)
    if foreign:
        raise DocumentError(
            f"{name} is {foreign}, not a bill's text; save it as PDF, HTML or plain text"
        )
    hint = EXTENSION_HINTS.get(os.path.splitext(filename)[1].lower())
    if hint == PDF:
        raise DocumentError(f"{name} is named like a PDF but is not one (no %PDF header)")
    head = _ascii_view(data[:2048])
    if _HTML_START.match(head):
        return HTML
    if _XML_START.match(head):
        # An XML declaration or a namespaced root: XHTML is read as HTML, the rest as XML.
        return HTML if _XHTML_ROOT.search(head) else XML
    return hint or TEXT


def _foreign_format(data: bytes) -> str | None:
    for signature, description in _FOREIGN_SIGNATURES:
        if not data.startswith(signature):
            continue
        if signature == b"BM":
            # "BM" also starts ordinary words; a bitmap's header gives its own size.
            if len(data) >= 14 and int.from_bytes(data[2:6], "little") == len(data):
                return "a bitmap image"
            continue
        return description
    return None


def _ascii_view(head: bytes) -> bytes:
    """The first bytes with UTF-16/32 zero bytes removed, so tags can be matched."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    if head.startswith(_UTF16_OR_32_BOMS) or head[:2].count(b"\x00") == 1:
        return head.replace(b"\x00", b"").lstrip(b"\xff\xfe")
    return head
