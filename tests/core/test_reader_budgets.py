"""The reader's budgets: hostile inputs are read in linear time or refused in one sentence.

Each named input of issue 12 is generated here (nothing large is stored). The
limits live in :mod:`endqi.documents.limits`; these tests check that each is
enforced with a clear :class:`DocumentError`, and that inputs within the limits
(one 19 MB line, 60,000 rules drawn across a page) are read, not refused.
Timings are printed by ``benchmarks/bench_reader_worst_cases.py``, not asserted here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from endqi.documents import DocumentError, document_from_text, limits, load_bytes

from .pdf_maker import make_pdf, ruled_pdf, with_extra_stream, zero_bomb

BILL_LINE = "Section 1. A peace officer who deprives a person of a right is liable."


@pytest.mark.parametrize(
    ("data", "budget"),
    [
        pytest.param(BILL_LINE.encode() + b"\n" * 19_000_000, "lines", id="19MB-newlines"),
        pytest.param(BILL_LINE.encode() + b"\r" * 5_000_000, "lines", id="5MB-carriage-returns"),
        pytest.param(BILL_LINE.encode() + b"\f" * 1_000_000, "", id="1MB-form-feeds"),
    ],
)
def test_text_over_the_line_or_page_budget_is_refused(data: bytes, budget: str) -> None:
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, filename="hostile.txt")
    message = str(caught.value)
    assert "hostile.txt has more than" in message and "\n" not in message
    assert budget in message


def test_pasted_text_over_budget_is_refused_too() -> None:
    with pytest.raises(DocumentError, match="pages"):
        document_from_text("Section 1. Text.\f" * (limits.MAX_PAGES + 5))


def test_a_19_megabyte_single_line_is_read_whole() -> None:
    line = "word " * 3_800_000
    document = load_bytes(line.encode(), filename="long.txt")
    assert len(document.text) == len(line) - 1  # the trailing space is trimmed
    assert document.offset_map[len(document.text) - 1] == len(line) - 2


def test_many_blank_lines_within_budget_make_one_paragraph_break() -> None:
    text = BILL_LINE + "\n" * 500_000 + "Section 2. This act takes effect July 1."
    document = load_bytes(text.encode(), filename="blank.txt")
    assert document.text == BILL_LINE + "\n\n" + "Section 2. This act takes effect July 1."
    assert document.locate(document.text.index("takes effect")) == (None, 500_001)


@pytest.mark.parametrize(
    ("markup", "budget"),
    [
        pytest.param(
            "<p " + " ".join(f'a{i}="x"' for i in range(200_000)) + ">Section 1. Text.</p>",
            "attributes on one HTML tag",
            id="200k-attributes",
        ),
        pytest.param(
            "<p>Section 1." + "<s>" * 1_000_000 + "x</p>", "HTML elements", id="1M-s-tags"
        ),
        pytest.param(
            "<p>Section 1." + "<b>" * 50_000 + "x</p>",
            "levels of nested HTML elements",
            id="50k-nested",
        ),
        pytest.param(
            "<div>" * 5_000 + "Section 1. Text." + "</div>" * 5_000,
            "levels of nested HTML elements",
            id="5k-nested-blocks",
        ),
    ],
)
def test_html_over_budget_is_refused(markup: str, budget: str) -> None:
    with pytest.raises(DocumentError) as caught:
        load_bytes(markup.encode(), filename="hostile.html")
    assert budget in str(caught.value)


def test_html_within_budget_keeps_struck_text() -> None:
    markup = "<p>Section 1. A peace officer is liable." + "<s>old</s> kept " * 1000 + "</p>"
    document = load_bytes(markup.encode(), filename="ok.html")
    assert len(document.deletions) == 1000


@pytest.fixture(scope="module")
def gigabyte_bomb() -> bytes:
    """A 1 MB zlib stream that inflates to 1 GiB."""
    return zero_bomb(1024)


def _text_pdf() -> bytes:
    return make_pdf([[BILL_LINE] * 6])


def test_pdf_with_a_gigabyte_stream_in_unused_metadata_is_refused(gigabyte_bomb: bytes) -> None:
    data = with_extra_stream(_text_pdf(), gigabyte_bomb)
    assert len(data) < 1_200_000
    with pytest.raises(DocumentError, match="compressed content once inflated"):
        load_bytes(data, filename="bomb.pdf")


def test_pdf_with_a_bomb_behind_an_ascii_hex_filter_is_refused() -> None:
    bomb = zero_bomb(300).hex().encode() + b">"
    data = with_extra_stream(_text_pdf(), bomb, filters="[/ASCIIHexDecode /FlateDecode]")
    with pytest.raises(DocumentError, match="compressed content once inflated"):
        load_bytes(data, filename="hexbomb.pdf")


def test_pdf_with_an_ordinary_compressed_stream_is_read() -> None:
    import zlib

    data = with_extra_stream(_text_pdf(), zlib.compress(b"metadata " * 10_000))
    assert "peace officer" in load_bytes(data, filename="ok.pdf").text


def test_sixty_thousand_rules_across_a_page_are_read_and_bounded() -> None:
    lines = [BILL_LINE] * 40
    document = load_bytes(ruled_pdf(60_000, lines), filename="rules.pdf")
    assert document.text.count("peace officer") == 40
    # Rules that cross a line's middle band strike it; the rest are ignored.
    assert 0 < len(document.deletions) <= 40


def test_cli_exits_1_with_one_line_for_input_over_budget(tmp_path: Path) -> None:
    path = tmp_path / "newlines.txt"
    path.write_bytes(b"Section 1.\n" + b"\n" * 1_100_000)
    completed = subprocess.run(
        [sys.executable, "-m", "endqi.cli", "evaluate", str(path)],
        capture_output=True,
        check=False,
    )
    assert completed.returncode == 1
    lines = completed.stderr.decode().splitlines()
    assert len(lines) == 1 and "more than 1,000,000 lines" in lines[0]


def test_cli_reads_legiscan_json_and_refuses_open_states(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "realworld" / "json"
    read = subprocess.run(
        [
            sys.executable,
            "-m",
            "endqi.cli",
            "evaluate",
            "--format",
            "json",
            str(folder / "legiscan" / "legiscanrr-text_1876117.r-json"),
        ],
        capture_output=True,
        check=False,
    )
    assert read.returncode == 0 and b'"media_type": "application/pdf"' in read.stdout
    refused = subprocess.run(
        [
            sys.executable,
            "-m",
            "endqi.cli",
            "evaluate",
            str(folder / "openstates" / "ny-A10774.apiv3-bill.json"),
        ],
        capture_output=True,
        check=False,
    )
    assert refused.returncode == 1 and refused.stdout == b""
    assert b"Open States bill data" in refused.stderr
