"""The hostile documents of issue 12, generated (none is stored in the repository).

Each :class:`Hostile` is a name, a file name and its bytes: the inputs that took
a worker minutes or gigabytes before every evaluation had a budget. The tests
(``test_budget.py``, ``tests/web/test_robustness.py``) and the benchmark
(``benchmarks/bench_budget.py``) use the same list.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

try:
    from .pdf_maker import pdf_file
except ImportError:  # imported as a top-level module (tests/web, benchmarks put tests/core first)
    from pdf_maker import pdf_file

LEGAL_PHRASE = (
    " Section 1. A peace officer who, under color of law, deprives a person of a right "
    "secured by the constitution is liable to the injured party; qualified immunity is "
    "not a defense.\n"
)
MIB = 1024 * 1024


@dataclass(frozen=True)
class Hostile:
    """One adversarial input."""

    name: str
    filename: str
    data: bytes

    @property
    def text(self) -> str:
        """The bytes as text (for pasting), for the text inputs."""
        return self.data.decode("utf-8")


def pdf_stream(data: bytes, extra: str = "", *, flate: bool = False) -> bytes:
    header = f"<< /Length {len(data)}{' /Filter /FlateDecode' if flate else ''} {extra}>>"
    return header.encode() + b"\nstream\n" + data + b"\nendstream"


def _fixed_huffman_run(matches: int) -> bytes:
    """Raw deflate, one fixed-Huffman block: a space, then ``matches`` copies of
    (length 258, distance 1), then end-of-block."""
    out = bytearray()
    accumulator = count = 0

    def put(value: int, width: int) -> None:  # raw bits go least significant first
        nonlocal accumulator, count
        accumulator |= value << count
        count += width
        while count >= 8:
            out.append(accumulator & 0xFF)
            accumulator >>= 8
            count -= 8

    def code(value: int, width: int) -> None:  # Huffman codes go most significant first
        put(int(f"{value:0{width}b}"[::-1], 2), width)

    put(1, 1)  # last block
    put(1, 2)  # fixed Huffman codes
    code(0x30 + ord(" "), 8)  # the literal
    for _ in range(matches):
        code(0b11000000 + 5, 8)  # length code 285: 258 bytes
        code(0, 5)  # distance code 0: 1 byte back
    code(0, 7)  # end of block
    if count:
        out.append(accumulator & 0xFF)
    return bytes(out)


@cache
def flate_bomb(size: int = 1024 * MIB) -> bytes:
    """At least ``size`` bytes of spaces as one zlib stream of about ``size / 1000`` bytes.

    Written directly in deflate's fixed-Huffman code: each 258-byte copy takes 13
    bits, so eight copies are 13 bytes that repeat unchanged (compressing a real
    gigabyte would take the test several seconds).
    """
    groups = max(0, -(-(size - 1 - 16 * 258) // (8 * 258)))
    base = _fixed_huffman_run(16)
    body = base[:15] + base[2:15] * groups + base[15:]
    produced = 1 + 258 * (16 + 8 * groups)
    # Adler-32 of n equal bytes c, in closed form: A = 1 + n*c, B = n + c*n*(n+1)/2 (mod 65521).
    space = ord(" ")
    low = (1 + produced * space) % 65521
    high = (produced + space * produced * (produced + 1) // 2) % 65521
    return b"\x78\x01" + body + ((high << 16) | low).to_bytes(4, "big")


def page_pdf(content: bytes, *, flate: bool = False, metadata: bytes | None = None) -> bytes:
    catalog = (
        b"<< /Type /Catalog /Pages 2 0 R" + (b" /Metadata 6 0 R" if metadata else b"") + b" >>"
    )
    objects = [
        catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        pdf_stream(content, flate=flate),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if metadata is not None:
        objects.append(pdf_stream(metadata, "/Type /Metadata /Subtype /XML ", flate=True))
    return pdf_file(objects)


def _text_line_commands() -> bytes:
    return b"BT /F1 11 Tf 72 720 Td (" + LEGAL_PHRASE.strip().encode() + b") Tj ET\n"


def pdf_with_flate_bomb_content() -> bytes:
    """One page whose content stream inflates to 1 GiB."""
    return page_pdf(flate_bomb(), flate=True)


def pdf_with_flate_bomb_metadata() -> bytes:
    """A normal page; the 1 GiB stream sits in metadata nothing needs to read."""
    return page_pdf(_text_line_commands(), metadata=flate_bomb())


def pdf_with_thin_lines(count: int = 60_000) -> bytes:
    """A page of text with ``count`` thin rules drawn across it (strike-through candidates)."""
    rules = b"".join(
        f"0.1 w 72 {100 + (i % 600)} m 540 {100 + (i % 600)} l S\n".encode() for i in range(count)
    )
    return page_pdf(_text_line_commands() + rules)


def named_inputs(scale: float = 1.0) -> Iterator[Hostile]:
    """Every named input of the issue; ``scale`` < 1 shrinks the biggest ones for quick runs."""

    def size(nbytes: int) -> int:
        return max(1024, int(nbytes * scale))

    yield Hostile(
        "a*100000 then a legal phrase", "letters.txt", b"a" * 100_000 + LEGAL_PHRASE.encode()
    )
    yield Hostile("60,000 letters", "letters60k.txt", b"x" * 60_000)
    yield Hostile("1 MB of form feeds", "formfeeds.txt", b"\f" * size(MIB))
    yield Hostile("300,000 form feeds", "formfeeds300k.txt", b"\f" * 300_000)
    yield Hostile("1 MB of one-letter pages", "pages.txt", b"a\f" * size(MIB // 2))
    yield Hostile("5 MB of one-letter lines", "lines.txt", b"a\n" * size(5 * MIB // 2))
    yield Hostile("PDF: 1 GiB FlateDecode page stream", "bomb.pdf", pdf_with_flate_bomb_content())
    yield Hostile("PDF: 1 GiB stream in metadata", "bomb-meta.pdf", pdf_with_flate_bomb_metadata())
    yield Hostile(
        "PDF: 60,000 thin lines", "lines.pdf", pdf_with_thin_lines(int(60_000 * scale) or 1)
    )
    yield Hostile("19 MB of newlines", "newlines.txt", b"\n" * size(19 * MIB))
    yield Hostile("5 MB of carriage returns", "returns.txt", b"\r" * size(5 * MIB))
    yield Hostile(
        "HTML: one tag with 200,000 attributes",
        "attributes.html",
        b"<html><body><p "
        + b" ".join(b"a%d=1" % i for i in range(200_000))
        + b">x</p></body></html>",
    )
    yield Hostile(
        "HTML: 1,000,000 <s> tags",
        "strikes.html",
        b"<html><body>"
        + b"<s>" * int(1_000_000 * scale)
        + LEGAL_PHRASE.encode()
        + b"</body></html>",
    )
    yield Hostile("19 MB single line", "oneline.txt", b"word " * (size(19 * MIB) // 5))
    # Old-law marks the print is read for: unclosed "((" and "[" by the million in a bill that
    # restates amended law (each must cost one pass, not one scan per mark).
    yield Hostile(
        "2 MB of unclosed (( and [ marks",
        "marks.txt",
        b"Section 1 is amended to read as follows: " + b"(( [a " * size(2 * MIB // 6),
    )
