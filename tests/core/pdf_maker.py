"""Write small, real PDF files for the loader's tests (no PDF library involved).

Each page is a list of text lines printed top-down in Helvetica; a line may be
struck through (a thin rule across its middle, the way bills mark deleted law)
or underlined (a rule at the baseline, the way they mark inserted law). A page
with no lines gets a drawn rectangle only, like a scan without a text layer.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 612, 792
FONT_SIZE = 11
LINE_HEIGHT = 16
LEFT_MARGIN, TOP_MARGIN = 72, 72
# Helvetica's average advance is about half the font size; enough to place rules.
CHAR_WIDTH = 0.5 * FONT_SIZE


@dataclass(frozen=True)
class Line:
    """One printed line; ``strike``/``underline`` mark the whole line's characters."""

    text: str
    strike: bool = False
    underline: bool = False


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page_stream(lines: list[Line]) -> bytes:
    if not lines:
        return b"0.5 g 100 100 400 600 re f\n"
    commands: list[str] = []
    for index, line in enumerate(lines):
        y = PAGE_HEIGHT - TOP_MARGIN - index * LINE_HEIGHT
        commands.append(f"BT /F1 {FONT_SIZE} Tf {LEFT_MARGIN} {y} Td ({_escape(line.text)}) Tj ET")
        width = len(line.text) * CHAR_WIDTH
        if line.strike:
            middle = y + 0.3 * FONT_SIZE
            commands.append(f"0.8 w {LEFT_MARGIN} {middle} m {LEFT_MARGIN + width} {middle} l S")
        if line.underline:
            commands.append(f"0.8 w {LEFT_MARGIN} {y - 1.5} m {LEFT_MARGIN + width} {y - 1.5} l S")
    return ("\n".join(commands) + "\n").encode("latin-1")


def make_pdf(pages: list[list[Line | str]]) -> bytes:
    """A PDF with one page per list of lines (strings are plain lines)."""
    page_lines = [[Line(x) if isinstance(x, str) else x for x in page] for page in pages]
    objects: list[bytes] = []
    page_count = len(page_lines)
    first_page = 4  # 1 catalog, 2 pages, 3 font; then page, content pairs
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(page_count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {page_count} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for index, lines in enumerate(page_lines):
        content_number = first_page + 2 * index + 1
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_number} 0 R >>"
            ).encode()
        )
        stream = _page_stream(lines)
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream")
    return pdf_file(objects, version="1.4")


def pdf_file(objects: list[bytes], *, version: str = "1.7") -> bytes:
    """A PDF file of ``objects`` (numbered from 1; object 1 is the catalog) with its xref."""
    out = bytearray(f"%PDF-{version}\n".encode() + b"%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def encrypt_pdf(data: bytes, password: str = "secret") -> bytes:
    """The same PDF protected by a user password (RC4, which pypdf writes by itself)."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- hostile PDFs for the reader's budgets ---------------------------------------

_MEBIBYTE = 1 << 20


def zero_bomb(inflated_mebibytes: int) -> bytes:
    """A zlib stream that inflates to ``inflated_mebibytes`` MiB of zero bytes.

    Built from one compressed mebibyte repeated (a full flush makes each repeat
    byte-identical), so a 1 GiB bomb costs milliseconds, not a gigabyte of work.
    Its checksum is wrong, which a reader only learns after inflating all of it.
    """
    import zlib

    compressor = zlib.compressobj(9)
    head = compressor.compress(b"\0" * _MEBIBYTE) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeat = compressor.compress(b"\0" * _MEBIBYTE) + compressor.flush(zlib.Z_FULL_FLUSH)
    return head + repeat * (inflated_mebibytes - 1) + compressor.flush()


def with_extra_stream(pdf: bytes, stream: bytes, *, filters: str = "/FlateDecode") -> bytes:
    """``pdf`` with one more (unused) stream object appended before its trailer.

    The cross-reference table is not updated: readers that rebuild it (PDFium does)
    still find the object, and the point is that the bytes are in the file.
    """
    marker = pdf.rindex(b"xref\n")
    body = (
        f"999 0 obj\n<< /Length {len(stream)} /Filter {filters} >>\nstream\n".encode()
        + stream
        + b"\nendstream\nendobj\n"
    )
    return pdf[:marker] + body + pdf[marker:]


def ruled_pdf(rule_count: int, text_lines: list[str]) -> bytes:
    """One page of text with ``rule_count`` thin horizontal rules drawn across it."""
    pdf = make_pdf([text_lines])
    rules = "".join(
        f"0.1 w 36 {36 + (index % 7200) * 0.1:.1f} m 576 {36 + (index % 7200) * 0.1:.1f} l S\n"
        for index in range(rule_count)
    ).encode()
    # Append the rules to the page's content stream (object 5) and fix its /Length.
    start = pdf.index(b"5 0 obj\n")
    stream_start = pdf.index(b"stream\n", start) + len(b"stream\n")
    stream_end = pdf.index(b"endstream", stream_start)
    content = pdf[stream_start:stream_end] + rules
    head = f"5 0 obj\n<< /Length {len(content)} >>\nstream\n".encode()
    rebuilt = pdf[:start] + head + content + pdf[stream_end:]
    # The offsets in the cross-reference table are now wrong; PDFium rebuilds them.
    return rebuilt
