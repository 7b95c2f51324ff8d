"""Real prints, read as legislatures and bill-data services publish them.

Each test asserts on the clean text itself: no printing furniture left, words
broken across lines joined, struck or bracketed law known as deleted, and
section labels following the bill's own numbering. The Pennsylvania PDFs, the
California HTML and the LegiScan / Open States JSON are read from
``../shared/data/realworld/`` (never copied); the New York prints are small
fixtures under ``tests/fixtures/prints/`` (see the README there).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from endqi.documents import Document, DocumentError, load_document

PRINTS = Path(__file__).resolve().parent.parent / "fixtures" / "prints"

# Furniture that must never survive cleaning, whatever the state.
PRINTERS_NUMBER = re.compile(r"\b\d{4}0[HS]B\d{4}PN\d{4}\b")  # 20190HB0012PN0036
DRAFTING_CODE = re.compile(r"\bLBD\d{5}-\d{2}-\d\b")  # LBD07113-01-5
NUMBER_COLUMN = re.compile(r"(?:\b\d{1,2} ){4,}")  # "1 2 3 4 5 ..."
PAGE_FOOTER = re.compile(r"- \d{1,3} -")
AMENDMENT_MARK = "<--"


def _assert_no_furniture(document: Document) -> None:
    text = document.text
    for pattern in (PRINTERS_NUMBER, DRAFTING_CODE, NUMBER_COLUMN, PAGE_FOOTER):
        assert not pattern.search(text), pattern.search(text)
    assert AMENDMENT_MARK not in text
    assert "EXPLANATION" not in text


def _deleted(document: Document) -> list[str]:
    return [" ".join(document.text[start:end].split()) for start, end in document.deletions]


def _label_of(document: Document, needle: str) -> str | None:
    return document.section_at(document.text.index(needle))


# --- Pennsylvania: PDF prints with a margin column of line numbers -----------------


def _pa(shared_dir: Path, name: str) -> Document:
    return load_document(shared_dir / "data" / "realworld" / "pdf" / name)


PA_PRINTS = [
    "pa-2019-HB12-PN36.pdf",
    "pa-2019-HB17-PN37.pdf",
    "pa-2019-HB17-PN1851-amended.pdf",
    "pa-2019-HB18-PN38.pdf",
    "pa-2019-HB18-PN1001-senate-amended.pdf",
    "pa-2019-HB19-PN39.pdf",
    "pa-2019-HB22-PN1382.pdf",
    "pa-2019-HB23-PN1383.pdf",
]


@pytest.mark.parametrize("name", PA_PRINTS)
def test_pennsylvania_prints_lose_their_margin_column_footers_and_marks(
    shared_dir: Path, name: str
) -> None:
    document = _pa(shared_dir, name)
    assert document.pages and document.pages > 1
    _assert_no_furniture(document)
    # No line is a bare number left over from the margin column.
    assert not [line for line in document.text.splitlines() if line.strip().isdigit()]
    # The enacting clause, printed over two lines, reads as one sentence.
    assert "The General Assembly of the Commonwealth of Pennsylvania hereby " in document.text


def test_pennsylvania_sentence_across_a_page_break_reads_on(shared_dir: Path) -> None:
    document = _pa(shared_dir, "pa-2019-HB17-PN1851-amended.pdf")
    # Page 2 ends "THE FILING OF A TAX LIEN SHALL", then footer, marks and 30 numbers.
    assert "THE FILING OF A TAX LIEN SHALL NOT EXTEND THE TEN-YEAR PERIOD" in document.text
    assert "OFFER-IN-COMPROMISE" in document.text  # a compound split at its last hyphen


def test_pennsylvania_struck_text_is_known(shared_dir: Path) -> None:
    document = _pa(shared_dir, "pa-2019-HB17-PN1851-amended.pdf")
    deleted = _deleted(document)
    assert "in personal income tax, further providing for" in deleted
    assert "Section 2. This act shall take effect in 60 days." in " ".join(deleted)
    # The inserted capitals are not struck.
    assert not any("STATUTE OF LIMITATION" in span for span in deleted)


def test_pennsylvania_labels_follow_the_bill(shared_dir: Path) -> None:
    document = _pa(shared_dir, "pa-2019-HB12-PN36.pdf")
    labels = [p.label for p in document.provisions if p.label]
    assert "§ 3013" in labels and "§ 3013(a)" in labels
    # After "* * *" the amended subsection (c) belongs to § 3013, not to (a)(2).
    assert _label_of(document, "Fine.--A person whose violation") == "§ 3013(c)"
    assert all(label.count("(") <= 4 for label in labels)
    amended = _pa(shared_dir, "pa-2019-HB17-PN1851-amended.pdf")
    assert _label_of(amended, "IF A TAXPAYER FILES A FALSE AND FRAUDULENT") == (
        "SECTION 3003.23(B)(1)(II)"
    )


# --- New York: plain-text and HTML prints of the Bill Drafting Commission --------


def test_new_york_plain_print_reads_cleanly() -> None:
    document = load_document(PRINTS / "ny-2015-S1.txt")
    _assert_no_furniture(document)
    text = document.text
    assert "S. 1 2" not in text and "S. 1 3" not in text  # page heads
    # Capitals hyphenated across lines are joined, and lower case too.
    assert "MANIFEST RELATIONSHIP TO THE EMPLOYMENT" in text
    assert "COMPENSATION AND (II)" in text
    assert "prohibition of differential pay" in text
    # A sentence running over a page break reads on.
    assert "recover the full amount of any underpayment, all reasonable attorney's fees" in text
    # The legend says brackets are old law to be omitted: bracketed text is deleted.
    assert _deleted(document) == ["[any other factor other than sex]"]
    assert document.locate(text.index("a seniority system")) == (None, 10)


def test_new_york_plain_print_labels() -> None:
    document = load_document(PRINTS / "ny-2015-S1.txt")
    assert _label_of(document, "a merit system") == "Section 1.1.b"
    assert _label_of(document, "NO EMPLOYER SHALL PROHIBIT") == "Section 1.4(A)"
    assert _label_of(document, "THIS PROHIBITION SHALL NOT APPLY") == "Section 1.4(D)"


@pytest.mark.parametrize("name", ["ny-2017-A5457.txt", "ny-2017-A5457.html"])
def test_new_york_page_head_and_legend_go_in_text_and_html(name: str) -> None:
    document = load_document(PRINTS / name)
    _assert_no_furniture(document)
    text = document.text
    assert "A. 5457" not in text
    # The page head sat between "PARAGRAPH B OF THIS" and "SUBDIVISION".
    assert re.search(r"paragraph b of this\s+subdivision\. The provisions", text, re.I)
    assert re.search(r"OCCUPATIONAL SAFETY AND HEALTH ACT", text, re.I)
    labels = [p.label for p in document.provisions if p.label]
    assert labels[-1] == "§ 2"
    assert not any(label.endswith(".A") and ".C." in label for label in labels)
    assert _label_of(document, "2. This act shall take effect") == "§ 2"


@pytest.mark.parametrize(
    ("name", "deleted"),
    [
        ("ny-2015-S434-assembly-page.html", "[attorney-general]"),
        (
            "ny-2017-A6361-assembly-page.html",
            "[During the period in which the council is considering such petition, such]",
        ),
    ],
)
def test_new_york_assembly_web_pages(name: str, deleted: str) -> None:
    document = load_document(PRINTS / name)
    _assert_no_furniture(document)
    text = document.text
    # The numbered print in the middle of the page loses its numbers and its wrapping.
    assert not re.search(r"^\d{1,2} ", text, re.M)
    assert "Section 1. " in text
    first_section = text[text.index("Section 1. ") :].split("\n", 1)[0]
    assert first_section.endswith("to read as follows:")
    assert deleted in _deleted(document)


def test_new_york_numbered_page_print_labels() -> None:
    document = load_document(PRINTS / "ny-2015-S434-assembly-page.html")
    assert _label_of(document, '"Business entity" means') == "Section 1.2(a)"
    assert _label_of(document, '"VoIP service" means') == "Section 1.2(d)"


# --- California: the legislature's old <pre> HTML, through LegiScan --------------


def test_california_amended_bill_labels_skip_struck_numbers(shared_dir: Path) -> None:
    path = shared_dir / "data" / "realworld" / "html" / "ca-legiscan-doc105736-AB50.html"
    document = load_document(path)
    assert "SEC. 2." in _deleted(document) and "SEC. 3." in _deleted(document)
    labels = [p.label for p in document.provisions if p.label]
    # Five-digit code sections are statute units; struck "SEC. 2." labels nothing.
    assert "17207.8" in labels and "24347.10(b)(2)" in labels
    assert labels.count("SEC. 2") == 1
    assert _label_of(document, "Section 18154 is") == "SEC. 3"


# --- JSON from bill-data services ---------------------------------------------


def test_legiscan_text_json_is_read_as_the_document_inside(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "realworld"
    wrapped = load_document(folder / "json" / "legiscan" / "legiscanrr-text_1876117.r-json")
    direct = load_document(folder / "pdf" / "pa-2019-HB12-PN36.pdf")
    assert wrapped.media_type == "application/pdf"
    assert wrapped.text == direct.text and wrapped.sha256 == direct.sha256
    bulk = load_document(folder / "json" / "legiscan" / "legiscanrr-bulk-text_100932.json")
    assert bulk.media_type == "text/html" and "SB 151" in bulk.text


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("legiscan/mo-legiscan-ERROR-response.json", "LegiScan error response, not a bill: "),
        ("legiscan/legiscanrr-bill_HB1.json", "LegiScan bill data, not a bill's text"),
        ("openstates/co-SB19-126.openstates-v1-api-bill.json", "Open States bill data"),
        ("openstates/ny-A10774.apiv3-bill.json", "Open States bill data"),
        ("openstates/ny-seed-cache.apiv3-results-array.json", "Open States bill data"),
    ],
)
def test_json_without_a_bill_is_refused_in_one_sentence(
    shared_dir: Path, name: str, message: str
) -> None:
    path = shared_dir / "data" / "realworld" / "json" / name
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    if "ERROR" in name:
        assert "Invalid API key format" in str(caught.value)  # LegiScan's own words


# --- a page that quotes a bill ----------------------------------------------------


def test_quoting_page_keeps_commentary_out_of_the_quoted_clause(shared_dir: Path) -> None:
    document = load_document(shared_dir / "seed" / "endqi-missouri-page.txt")
    clause = "Statutory immunities and statutory limitations on liability"
    for match in re.finditer(re.escape(clause), document.text):
        line = document.text[: match.start()].rsplit("\n", 1)[-1]
        # The quoted clause starts its own line: no "It states, \"" before it.
        assert "states" not in line
