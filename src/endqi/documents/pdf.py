"""Text layer of a PDF bill, page by page, with struck-through passages.

``pypdfium2`` (PDFium, BSD/Apache) reads the text in print order and fast;
``pypdf`` (pure Python, BSD) is the fallback when PDFium cannot open a file.
Both are imported only inside :func:`extract_pdf`, so importing
``endqi.documents`` stays light.

Strike-through: bills print deletions from existing law with a thin
horizontal rule drawn through the letters. For every thin horizontal path on a
page, the characters under its two ends are looked up; when the rule crosses
them in the middle band of their boxes (not at the baseline, which is an
underline marking inserted text), the characters between are a deletion.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
import struct
import zlib
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from endqi.documents.errors import DocumentError
from endqi.documents.limits import (
    MAX_PAGES,
    MAX_PDF_INFLATED_BYTES,
    MAX_PDF_PAGE_OBJECTS,
    MAX_PDF_STRIKE_RULES,
    over_budget,
)
from endqi.documents.model import Extraction

# A file cut short loses its end-of-file marker; look for it this close to the end.
EOF_WINDOW = 4096
# A page "has text" when its text layer holds at least this many letters; most
# pages of a real bill must, or the PDF is a scan that needs OCR first.
MIN_LETTERS_PER_PAGE = 20

# Strike-through rules: thin (at most this many points high), at least this wide,
# and crossing the characters between these fractions of their box height
# (PDFium's loose box spans descent to ascent; underlines sit near the bottom).
STRIKE_MAX_THICKNESS = 3.0
STRIKE_MIN_WIDTH = 4.0
STRIKE_BAND = (0.3, 0.8)
# Tolerance (points) when looking up the character under a rule's end.
STRIKE_LOOKUP_TOLERANCE = (3.0, 4.0)
# A rule's end may overshoot its letters: walk inward this far (steps x points).
STRIKE_SEARCH_STEPS = 40
STRIKE_SEARCH_STEP = 1.5

# A page with more thin rules than this is searched through an index of its
# characters; the index looks at this many printed lines below each rule.
STRIKE_INDEX_MIN_RULES = 32
# Form XObjects (drawings reused on a page) are searched for rules this deep.
STRIKE_FORM_DEPTH = 3
# Characters of one printed line start within this height (points) of each other,
# and no glyph is taller than the other figure.
STRIKE_LINE_SPREAD = 2.0
STRIKE_MAX_GLYPH_HEIGHT = 40.0

# PDFium replaces a hyphen that ends a line by this character and drops the line
# break; it is restored as "-\n" so the cleaner sees the printed line.
PDFIUM_HYPHEN = "\ufffe"


def extract_pdf(data: bytes, name: str) -> Extraction:
    """Extract the text of a PDF, one page after another.

    Args:
        data: the PDF's bytes.
        name: how to call the document in an error message.

    Returns:
        An :class:`Extraction` with ``page_starts`` and struck-through
        ``deletions``; ``unwrap`` is True (PDF lines are printer's wrapping).

    Raises:
        DocumentError: truncated, corrupt, encrypted, without pages, or without
            a text layer.
    """
    if data.rfind(b"%%EOF", max(0, len(data) - EOF_WINDOW)) == -1:
        raise DocumentError(
            f"{name} is a truncated or damaged PDF (its end-of-file marker is missing)"
        )
    check_inflated_size(data, name)
    pages = _pdfium_pages(data, name)
    if pages is None:
        pages = _pypdf_pages(data, name)
    if not pages:
        raise DocumentError(f"{name} is a PDF without any pages")
    _require_text_layer([text for text, _ in pages], name)
    return _join_pages(pages)


# ---------------------------------------------------------------------------
# Decompression budget

# A stream's data starts after the "stream" keyword and its line end.
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
# How far before "stream" its dictionary (and its /Filter) is looked for.
STREAM_DICTIONARY_WINDOW = 2048
_ASCII_HEX_FILTER = re.compile(rb"/(?:ASCIIHexDecode|AHx)\b")
_ASCII_85_FILTER = re.compile(rb"/(?:ASCII85Decode|A85)\b")
# Input fed to zlib per step, and the most output asked of it per call.
_INFLATE_STEP = 1 << 16


def check_inflated_size(data: bytes, name: str) -> None:
    """Refuse a PDF whose Flate streams inflate past :data:`MAX_PDF_INFLATED_BYTES`.

    Every stream in the file counts, used or not (a bomb hidden in unused metadata
    costs the PDF library as much). Each is inflated in bounded steps and the output
    thrown away, so the check itself never holds more than a step in memory and
    stops as soon as the total passes the budget. Streams behind an ASCII hex or
    ASCII85 filter are decoded first (they expand at most fourfold).
    """
    budget = MAX_PDF_INFLATED_BYTES
    for match in _STREAM_START.finditer(data):
        start = match.end()
        dictionary = data[max(0, match.start() - STREAM_DICTIONARY_WINDOW) : match.start()]
        dictionary = dictionary[dictionary.rfind(b"obj") + 1 :]
        body: bytes | memoryview = memoryview(data)[start:]
        if _ASCII_HEX_FILTER.search(dictionary) or _ASCII_85_FILTER.search(dictionary):
            body = _ascii_decoded(data, start, dictionary)
        if len(body) < 2 or (body[0] * 256 + body[1]) % 31 or body[0] & 0x0F != 8:
            continue  # no zlib header: not a Flate stream (or one PDFium cannot inflate)
        budget -= _inflated_size(body, budget)
        if budget < 0:
            raise over_budget(
                name, "bytes of compressed content once inflated", MAX_PDF_INFLATED_BYTES
            )


def _ascii_decoded(data: bytes, start: int, dictionary: bytes) -> bytes:
    end = data.find(b"endstream", start)
    raw = data[start : len(data) if end == -1 else end]
    try:
        if _ASCII_HEX_FILTER.search(dictionary):
            digits = bytes(
                byte for byte in raw.split(b">", 1)[0] if byte in b"0123456789abcdefABCDEF"
            )
            return binascii.unhexlify(digits[: len(digits) // 2 * 2])
        return base64.a85decode(
            raw.strip().removeprefix(b"<~"), adobe=False, ignorechars=b" \t\r\n~>"
        )
    except (ValueError, binascii.Error):
        return b""


def _inflated_size(body: bytes | memoryview, limit: int) -> int:
    """Bytes ``body`` inflates to, counting stops just past ``limit``; 0 when not zlib."""
    inflater = zlib.decompressobj()
    total = 0
    position = 0
    try:
        while position < len(body) and not inflater.eof:
            chunk = body[position : position + _INFLATE_STEP]
            position += len(chunk)
            while chunk and not inflater.eof:
                output = inflater.decompress(chunk, _INFLATE_STEP)
                total += len(output)
                if total > limit:
                    return total
                tail = inflater.unconsumed_tail
                if not output and len(tail) == len(chunk):
                    return total  # no progress: zlib wants nothing more of this
                chunk = tail
    except zlib.error:
        pass  # corrupt or not Flate: what inflated so far still counts
    return total


def _join_pages(pages: list[tuple[str, list[tuple[int, int]]]]) -> Extraction:
    parts: list[str] = []
    page_starts: list[int] = []
    deletions: list[tuple[int, int]] = []
    offset = 0
    for text, page_deletions in pages:
        page_starts.append(offset)
        parts.append(text)
        deletions.extend((offset + start, offset + end) for start, end in page_deletions)
        offset += len(text) + 1
    return Extraction(
        text="\n".join(parts),
        page_starts=tuple(page_starts),
        deletions=tuple(deletions),
        unwrap=True,
    )


def _require_text_layer(page_texts: list[str], name: str) -> None:
    with_text = sum(1 for text in page_texts if _letters(text) >= MIN_LETTERS_PER_PAGE)
    if with_text == 0:
        raise DocumentError(f"{name} has no text layer (it is a scan or image); OCR it first")
    if with_text * 2 < len(page_texts):
        raise DocumentError(
            f"{name} has no text layer on {len(page_texts) - with_text} of its "
            f"{len(page_texts)} pages (they are scans or images); OCR it first"
        )


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


# ---------------------------------------------------------------------------
# PDFium


def _pdfium_pages(data: bytes, name: str) -> list[tuple[str, list[tuple[int, int]]]] | None:
    """Pages as (text, struck spans), or None when PDFium cannot open the file."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise DocumentError(
                f"{name} is an encrypted PDF; remove its password and try again"
            ) from None
        return None
    try:
        if len(document) > MAX_PAGES:
            raise over_budget(name, "pages", MAX_PAGES)
        pages = []
        rules = _RuleBudget(name)
        for index in range(len(document)):
            try:
                page = document[index]
                if pdfium_c.FPDFPage_CountObjects(page.raw) > MAX_PDF_PAGE_OBJECTS:
                    raise over_budget(
                        name, f"objects drawn on page {index + 1}", MAX_PDF_PAGE_OBJECTS
                    )
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                struck = list(_struck_ranges(page, textpage, pdfium_c, rules))
            except pdfium.PdfiumError:
                raise DocumentError(
                    f"{name} is a damaged PDF: page {index + 1} cannot be read"
                ) from None
            pages.append(_restore_hyphens(text, struck))
            textpage.close()
            page.close()
        return pages
    finally:
        document.close()


class _RuleBudget:
    """Counts thin rules examined across a whole PDF (each costs a few text lookups)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.left = MAX_PDF_STRIKE_RULES

    def spend(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise over_budget(self.name, "thin rules drawn across text", MAX_PDF_STRIKE_RULES)


def _struck_ranges(
    page: Any, textpage: Any, pdfium_c: Any, rules: _RuleBudget
) -> Iterator[tuple[int, int]]:
    """Spans of the page text (text indices) crossed by a strike-through rule."""
    thin = []
    for left, bottom, right, top in _path_bounds(page, pdfium_c):
        if top - bottom > STRIKE_MAX_THICKNESS or right - left < STRIKE_MIN_WIDTH:
            continue
        rules.spend()
        thin.append((left, right, (top + bottom) / 2))
    if len(thin) > STRIKE_INDEX_MIN_RULES:
        # Many rules: look each up in an index of the page's characters (one pass
        # over the characters, then a bisection per rule) instead of hit-testing.
        spans = _CharacterIndex(textpage).struck(thin)
    else:
        spans = (_struck_by_hit_test(textpage, *rule) for rule in thin)
    for span in spans:
        if span is None:
            continue
        first, last = span
        start = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, first)
        end = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, last)
        if start >= 0 and end >= start:
            yield start, end + 1


def _path_bounds(page: Any, pdfium_c: Any) -> Iterator[tuple[float, float, float, float]]:
    """Bounds of every path drawn on the page, in form XObjects too (a few levels deep).

    Calls PDFium directly: a page can draw tens of thousands of paths, and wrapping
    each one in a Python object costs more than the whole strike-through search.
    """
    import ctypes

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    boxes = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    path_type, form_type = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
    get_type, get_bounds = pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDFPageObj_GetBounds
    page_handle = page.raw
    pending = [
        pdfium_c.FPDFPage_GetObject(page_handle, index)
        for index in range(pdfium_c.FPDFPage_CountObjects(page_handle))
    ]
    pending.reverse()
    depths = [0] * len(pending)
    while pending:
        handle, depth = pending.pop(), depths.pop()
        kind = get_type(handle)
        if kind == path_type:
            if get_bounds(handle, *boxes):
                yield left.value, bottom.value, right.value, top.value
        elif kind == form_type and depth < STRIKE_FORM_DEPTH:
            count = pdfium_c.FPDFFormObj_CountObjects(handle)
            children = [pdfium_c.FPDFFormObj_GetObject(handle, i) for i in range(count)]
            pending.extend(reversed(children))
            depths.extend([depth + 1] * count)


def _in_band(middle: float, box_bottom: float, box_top: float) -> bool:
    """Whether a rule at height ``middle`` crosses a character box in its middle band."""
    low, high = STRIKE_BAND
    height = box_top - box_bottom
    return height > 0 and low <= (middle - box_bottom) / height <= high


def _struck_by_hit_test(
    textpage: Any, left: float, right: float, middle: float
) -> tuple[int, int] | None:
    """First and last character struck by one rule, found by PDFium's hit test."""
    first = _char_along(textpage, left + 1, right, middle)
    last = _char_along(textpage, right - 1, left, middle)
    if first is None or last is None or last < first:
        return None
    first, last = _widen_to_rule(textpage, first, last, left, right)
    _, box_bottom, _, box_top = textpage.get_charbox(first, loose=True)
    if not _in_band(middle, box_bottom, box_top):
        return None  # a table rule or an underline, not a strike-through
    return first, last


class _CharacterIndex:
    """A page's characters grouped into printed lines, each line sorted left to right."""

    def __init__(self, textpage: Any) -> None:
        chars = []
        for index in range(textpage.count_chars()):
            left, bottom, right, top = textpage.get_charbox(index, loose=True)
            if top > bottom:  # generated spaces and line ends have empty boxes
                chars.append((bottom, top, (left + right) / 2, index))
        chars.sort()
        # A line: characters whose boxes start within a small height of the first one's.
        self.bottoms: list[float] = []
        self.lines: list[_IndexedLine] = []
        members: list[tuple[float, float, float, int]] = []
        for char in [*chars, None]:
            if char is None or (members and char[0] - members[0][0] > STRIKE_LINE_SPREAD):
                if members:
                    members.sort(key=lambda member: member[2])
                    self.bottoms.append(members[0][0])
                    self.lines.append(_IndexedLine(members))
                members = []
            if char is not None:
                members.append(char)

    def struck(self, rules: list[tuple[float, float, float]]) -> Iterator[tuple[int, int] | None]:
        """For each rule ``(left, right, middle)``, the first and last character it strikes."""
        for left, right, middle in rules:
            yield self._struck(left, right, middle)

    def _struck(self, left: float, right: float, middle: float) -> tuple[int, int] | None:
        line = bisect.bisect_right(self.bottoms, middle) - 1
        # Lines starting below the rule, nearest first, as long as a glyph could reach it.
        while line >= 0 and self.bottoms[line] > middle - STRIKE_MAX_GLYPH_HEIGHT:
            found = self.lines[line].struck(left, right, middle)
            line -= 1
            if found is not None:
                return found
        return None


class _IndexedLine:
    """One printed line: character centres left to right, their indices and box heights.

    A line's characters share a few box heights (one per font), so whether a rule
    crosses them in the middle band is decided once per height, not per character.
    """

    __slots__ = ("boxes", "centres", "indices", "kinds", "top")

    def __init__(self, members: list[tuple[float, float, float, int]]) -> None:
        self.top = max(member[1] for member in members)
        self.centres = [member[2] for member in members]
        self.indices = [member[3] for member in members]
        self.boxes = sorted({(member[0], member[1]) for member in members})
        box_numbers = {box: number for number, box in enumerate(self.boxes)}
        self.kinds = [box_numbers[(member[0], member[1])] for member in members]

    def struck(self, left: float, right: float, middle: float) -> tuple[int, int] | None:
        if self.top < middle:
            return None
        first = bisect.bisect_left(self.centres, left)
        last = bisect.bisect_right(self.centres, right)
        if first >= last:
            return None
        crossed = [_in_band(middle, bottom, top) for bottom, top in self.boxes]
        if all(crossed):
            struck = self.indices[first:last]
        elif not any(crossed):
            return None
        else:
            pairs = zip(self.kinds[first:last], self.indices[first:last], strict=True)
            struck = [index for kind, index in pairs if crossed[kind]]
            if not struck:
                return None
        return min(struck), max(struck)


def _widen_to_rule(
    textpage: Any, first: int, last: int, left: float, right: float
) -> tuple[int, int]:
    """Take in neighbours on the same line that lie wholly under the rule.

    PDFium's hit test misses small glyphs whose ink sits low (a period, a comma)
    at the height of a strike rule; their loose boxes still show they are struck.
    """
    count = textpage.count_chars()
    _, line_bottom, _, _ = textpage.get_charbox(last, loose=True)
    while last + 1 < count:
        box_left, box_bottom, box_right, _ = textpage.get_charbox(last + 1, loose=True)
        if box_bottom != line_bottom or box_left < left - 1 or box_right > right + 1:
            break
        last += 1
    _, line_bottom, _, _ = textpage.get_charbox(first, loose=True)
    while first > 0:
        box_left, box_bottom, box_right, _ = textpage.get_charbox(first - 1, loose=True)
        if box_bottom != line_bottom or box_left < left - 1 or box_right > right + 1:
            break
        first -= 1
    return first, last


def _char_along(textpage: Any, x: float, toward: float, y: float) -> int | None:
    """The character under ``(x, y)``, or the first one met walking toward ``toward``.

    Rules drawn by word processors often start or end a little beyond the
    letters they strike; the walk is bounded, so a rule with no text under it
    costs a few lookups.
    """
    x_tolerance, y_tolerance = STRIKE_LOOKUP_TOLERANCE
    step = STRIKE_SEARCH_STEP if toward >= x else -STRIKE_SEARCH_STEP
    for _ in range(STRIKE_SEARCH_STEPS):
        index = textpage.get_index(x, y, x_tolerance, y_tolerance)
        if index is not None:
            return index
        x += step
        if (step > 0 and x > toward) or (step < 0 and x < toward):
            return None
    return None


def _restore_hyphens(text: str, struck: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Put back PDFium's swallowed end-of-line hyphens as "-\\n", shifting spans."""
    if PDFIUM_HYPHEN not in text:
        return text, sorted(struck)
    positions = [index for index, char in enumerate(text) if char == PDFIUM_HYPHEN]
    shifted = [
        (
            start + bisect.bisect_left(positions, start),
            end + bisect.bisect_left(positions, end),
        )
        for start, end in struck
    ]
    return text.replace(PDFIUM_HYPHEN, "-\n"), sorted(shifted)


# ---------------------------------------------------------------------------
# pypdf fallback

# pypdf parses damaged files in pure Python and, on some malformed input, fails
# with built-in exceptions from deep inside its parser rather than its own error
# classes; these are caught at the two calls below and reported as a damaged PDF.
_PYPDF_PARSE_ERRORS = (
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    AssertionError,
    RecursionError,
    struct.error,
    zlib.error,
    OverflowError,
)


def _pypdf_pages(data: bytes, name: str) -> list[tuple[str, list[tuple[int, int]]]]:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    damaged = f"{name} is a damaged PDF that cannot be read"
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{name} is an encrypted PDF; remove its password and try again")
        texts = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        raise DocumentError(
            f"{name} is an encrypted PDF; remove its password and try again"
        ) from None
    except (PyPdfError, *_PYPDF_PARSE_ERRORS):
        raise DocumentError(damaged) from None
    return [(text, []) for text in texts]
