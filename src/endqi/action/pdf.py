"""A small PDF writer for plain text with a real text layer.

It uses the standard Type 1 fonts Courier and Courier-Bold, which every PDF
reader provides, so nothing is embedded. Courier is monospaced (every glyph is
600/1000 em wide), which makes line wrapping exact without font metrics, and
suits a model bill: drafts are usually set in a fixed-width face.
"""

from __future__ import annotations

import textwrap
import zlib
from datetime import UTC, datetime

PAGE_WIDTH = 612  # US Letter, points
PAGE_HEIGHT = 792
MARGIN = 72
BODY_SIZE = 10
TITLE_SIZE = 13
LEADING = 1.35  # line height as a multiple of the font size
COURIER_ADVANCE = 0.6  # glyph width in em, the same for every Courier glyph


def _pdf_string(text: str) -> bytes:
    # WinAnsi covers Latin-1 punctuation; anything else becomes "?" rather than failing.
    encoded = text.encode("cp1252", errors="replace")
    return b"(" + encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def wrap_lines(text: str, *, columns: int) -> list[str]:
    """Wrap each line of ``text`` to ``columns`` characters, keeping its indentation."""
    wrapped: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            wrapped.append("")
            continue
        indent = line[: len(line) - len(line.lstrip(" "))]
        wrapped.extend(
            textwrap.wrap(
                line.strip(),
                width=columns,
                initial_indent=indent,
                subsequent_indent=indent + "    ",
                break_long_words=True,
                break_on_hyphens=False,
            )
        )
    return wrapped


def _columns(size: float) -> int:
    return int((PAGE_WIDTH - 2 * MARGIN) // (size * COURIER_ADVANCE))


def _page_streams(title: str, body: str, body_size: float = BODY_SIZE) -> list[bytes]:
    """Content streams, one per page: the title on page one, then the wrapped body."""
    title_lines = wrap_lines(title, columns=_columns(TITLE_SIZE))
    body_lines = wrap_lines(body, columns=_columns(body_size))
    items: list[tuple[str, float, str]] = [("F2", TITLE_SIZE, line) for line in title_lines]
    items.append(("F1", body_size, ""))
    items.extend(("F1", body_size, line) for line in body_lines)

    pages: list[bytes] = []
    commands: list[bytes] = []
    y = PAGE_HEIGHT - MARGIN
    for font, size, line in items:
        step = size * LEADING
        if y - step < MARGIN and commands:
            pages.append(b"\n".join(commands))
            commands, y = [], PAGE_HEIGHT - MARGIN
        y -= step
        if line:
            commands.append(
                b"BT /%s %g Tf %g %g Td %s Tj ET"
                % (font.encode(), size, MARGIN, y, _pdf_string(line))
            )
    if commands or not pages:
        pages.append(b"\n".join(commands))
    # Page numbers in the footer, so a printed copy stays in order.
    total = len(pages)
    return [
        stream
        + b"\nBT /F1 8 Tf %g %g Td %s Tj ET"
        % (MARGIN, MARGIN / 2, _pdf_string(f"{title_lines[0]} - page {number} of {total}"))
        for number, stream in enumerate(pages, start=1)
    ]


def page_count(title: str, body: str, *, body_size: float = BODY_SIZE) -> int:
    """How many pages ``text_pdf`` would make of ``title`` and ``body`` at ``body_size``."""
    return len(_page_streams(title, body, body_size))


def text_pdf(
    title: str, body: str, *, created: datetime | None = None, body_size: float = BODY_SIZE
) -> bytes:
    """A PDF document of ``title`` and ``body`` (plain text, wrapped, paged)."""
    streams = _page_streams(title, body, body_size)
    # Object numbers: 1 catalog, 2 pages, 3-4 fonts, 5 info, then page/content pairs.
    objects: dict[int, bytes] = {}
    page_ids = [6 + 2 * index for index in range(len(streams))]
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    objects[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    objects[4] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>"
    )
    stamp = (created or datetime.now(UTC)).strftime("D:%Y%m%d%H%M%SZ")
    objects[5] = b"<< /Title %s /Producer (endqi) /CreationDate (%s) >>" % (
        _pdf_string(title),
        stamp.encode(),
    )
    for page_id, stream in zip(page_ids, streams, strict=True):
        content = zlib.compress(stream)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, page_id + 1)
        )
        objects[page_id + 1] = (
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
            + content
            + b"\nendstream"
        )

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for number in range(1, count):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        count,
        xref_at,
    )
    return bytes(out)
