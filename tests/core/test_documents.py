"""Loading, cleaning and splitting bills: encodings, HTML, PDF, print clean-up, provisions."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endqi.analysis import evaluate
from endqi.documents import (
    Document,
    DocumentError,
    document_from_text,
    furniture,
    load_bytes,
    load_document,
    provisions,
)

from .pdf_maker import Line, encrypt_pdf, make_pdf

BILL = (
    "Section 1. A peace officer who, under color of law, deprives a person of a right "
    "secured by the state constitution is liable to the injured party. Qualified "
    "immunity is not a defense to liability under this section."
)


# --- decoding -----------------------------------------------------------------

ENCODED = [
    pytest.param(BILL.replace("person", "persón").encode("utf-8"), id="utf-8"),
    pytest.param(
        b"\xef\xbb\xbf" + BILL.replace("person", "persón").encode("utf-8"), id="utf-8-bom"
    ),
    pytest.param(
        b"\xff\xfe" + BILL.replace("person", "persón").encode("utf-16-le"), id="utf-16-le-bom"
    ),
    pytest.param(
        b"\xfe\xff" + BILL.replace("person", "persón").encode("utf-16-be"), id="utf-16-be-bom"
    ),
    pytest.param(BILL.replace("person", "persón").encode("utf-16-le"), id="utf-16-le-no-bom"),
    pytest.param(BILL.replace("person", "persón").encode("cp1252"), id="cp1252"),
]


@pytest.mark.parametrize("data", ENCODED)
def test_text_in_any_supported_encoding_reads_the_same(data: bytes) -> None:
    document = load_bytes(data, filename="bill.txt")
    assert "persón" in document.text
    assert document.text.startswith("Section 1. A peace officer")
    assert evaluate(document).verdicts()["end.law_enforcement"] == "yes"


def test_cp1252_curly_quotes_become_plain_quotes_with_the_map_kept() -> None:
    original = "The \u201cCivil Rights Act\u201d applies \u2014 fully."
    document = load_bytes(original.encode("cp1252"), filename="bill.txt")
    assert document.text == 'The "Civil Rights Act" applies - fully.'
    # Every clean character points at the original character it came from.
    for index, char in enumerate(document.text):
        source = document.original[document.original_offset(index)]
        assert char == source or char in '"-'


HOSTILE = [
    pytest.param(b"", "is empty", id="empty"),
    pytest.param(b"   \n\t \r\n", "only whitespace", id="whitespace"),
    pytest.param(os.urandom(4096) + b"\x00" * 64, "binary data", id="random-bytes"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG image", id="png"),
    pytest.param(b"PK\x03\x04" + b"\x00" * 40, "ZIP archive", id="zip"),
    pytest.param(b"\xff\xfe" + b"\x00\xd8", "not valid UTF-16", id="bad-utf-16"),
    pytest.param(
        b"<html><script>alert(1)</script><style>p{}</style></html>",
        "no visible text",
        id="script-only-html",
    ),
]


@pytest.mark.parametrize(("data", "message"), HOSTILE)
def test_hostile_bytes_give_one_clear_sentence(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as raised:
        load_bytes(data, filename="upload.txt" if b"<html>" not in data else "page.html")
    assert "\n" not in str(raised.value)


def test_size_limit_refuses_instead_of_truncating() -> None:
    with pytest.raises(DocumentError, match="larger than the 1 KB limit"):
        load_bytes(BILL.encode() * 10, filename="big.txt", max_bytes=1024)


def test_paths_that_are_not_files(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(DocumentError, match="is a folder, not a file"):
        load_document(tmp_path)
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(DocumentError, match="broken symbolic link"):
        load_document(link)
    named_pdf = tmp_path / "fake.pdf"
    named_pdf.write_text(BILL)
    with pytest.raises(DocumentError, match="named like a PDF"):
        load_document(named_pdf)


# --- HTML -----------------------------------------------------------------------


def test_html_keeps_visible_text_and_marks_struck_law() -> None:
    html = """<!doctype html><html><head><title>HB 7</title>
    <script>document.write("shall be liable")</script><style>.x{color:red}</style></head>
    <body><nav hidden>Menu: qualified immunity shall not be a defense</nav>
    <p>Section 1. A peace officer who deprives a person of a right secured by the
    state constitution is liable. Qualified immunity <s>is a defense</s> <u>is not a
    defense</u> to liability under this section.</p>
    <p style="display:none">Qualified immunity shall apply.</p>
    <p>Section 2. <del>The court may award attorney fees.</del></p></body></html>"""
    document = load_bytes(html.encode(), filename="hb7.html")
    assert document.media_type == "text/html"
    assert "document.write" not in document.text and "color:red" not in document.text
    assert "Menu:" not in document.text and "shall apply" not in document.text
    struck = [document.text[start:end] for start, end in document.deletions]
    assert "is a defense" in struck
    assert any("may award attorney fees" in span for span in struck)
    scorecard = evaluate(document)
    assert scorecard.verdicts()["end.law_enforcement"] == "yes"
    assert scorecard.verdicts()["start.attorney_fees"] == "no"  # only struck text mentions fees
    # Struck text may sit inside a quoted sentence, but is never the whole evidence.
    for result in scorecard.criteria:
        for item in result.evidence:
            for start, end in document.deletions:
                assert not (start <= item.start and item.end <= end), (result.criterion_id, item)


def _struck_spans(text: str, filename: str = "bill.txt") -> tuple[Document, list[str]]:
    """The loaded document and the text of each span it treats as struck (not law)."""
    document = load_bytes(text.encode(), filename=filename)
    return document, [document.text[start:end] for start, end in document.deletions]


@pytest.mark.parametrize(
    ("text", "struck", "kept"),
    [
        # New law in capitals, old law in brackets, no legend: the brackets are struck.
        (
            "SECTION 1. Section 9 is amended as follows: Public employers [may] SHALL indemnify "
            "public employees for the full amount of any judgment.",
            "[may]",
            "SHALL indemnify",
        ),
        # A section amended to read: its bracketed words are the old law left in to be struck.
        (
            "Section 3. Section 41-4A-3 NMSA 1978 is amended to read: A public body shall not "
            "deprive any person of [the right to be free from excessive force] any right secured "
            "by the bill of rights.",
            "[the right to be free from excessive force]",
            "any right secured",
        ),
        # Washington's double parentheses in a section amended to read.
        (
            "Sec. 2. RCW 4.24.999 and 2019 c 12 s 1 are each amended to read as follows: The "
            "court ((may)) shall award reasonable attorney fees.",
            "((may))",
            "shall award",
        ),
        # A legend in a sentence of its own says brackets hold stricken law.
        (
            "(In this print, language stricken from existing law appears in brackets, [thus].)\n"
            "1. That § 8.01-42.9 is amended as follows: H. [The locality shall indemnify the "
            "officer for the full amount of any judgment.] The locality may indemnify the officer.",
            "[The locality shall indemnify the officer for the full amount of any judgment.]",
            "may indemnify",
        ),
        # Alaska restates a section and sets struck words in capitals within brackets.
        (
            "* Section 1. AS 09.50.260 is amended to read: Sec. 09.50.260. An action may not be "
            "brought if the claim [IS FOR DEPRIVATION OF A RIGHT SECURED BY THE CONSTITUTION] is "
            "based upon a discretionary function.",
            "[IS FOR DEPRIVATION OF A RIGHT SECURED BY THE CONSTITUTION]",
            "discretionary function",
        ),
    ],
)
def test_struck_law_read_from_the_print_alone(text: str, struck: str, kept: str) -> None:
    """Without a legend, the print's typography still marks old law: brackets beside capitals
    or inside a section amended to read, and Washington's double parentheses."""
    _, spans = _struck_spans(text)
    assert struck in spans
    assert not any(kept in span for span in spans)


def test_struck_and_inserted_text_marked_in_a_plain_text_copy() -> None:
    """A plain-text copy marks struck law with Markdown's "~~" or with HTML tags kept as text,
    and new law with "<ins>", "<u>" or "__": struck spans are deletions, insertion marks go,
    and a run of underscores (a blank to fill in) stays."""
    text = (
        "Section 1. Section 12-3 is amended to read: (a) The court ~~may~~ <ins>shall</ins> award "
        "reasonable attorney fees. <del>Qualified immunity is not a defense.</del> (b) An officer "
        "__employed by a county__ who <u>knowingly</u> fails to act is liable. Name: ________.\n"
    )
    document, spans = _struck_spans(text)
    assert spans == ["~~may~~", "<del>Qualified immunity is not a defense.</del>"]
    assert "shall award reasonable attorney fees" in document.text
    assert "An officer employed by a county who knowingly fails" in document.text
    assert "<ins>" not in document.text and "<u>" not in document.text
    assert "Name: ________." in document.text


def test_deleted_and_new_language_in_braces_and_superscript_tags() -> None:
    """A text-only print marks old and new law in braces ("{DELETED LANGUAGE: ...}", "{NEW
    LANGUAGE: ...}"): the deleted words are struck, the marks around new words go; superscript
    numerals kept as HTML tags ("<sup>1</sup>") are not words of the law."""
    text = (
        "9-31-2. Limitation. Damages shall not exceed {DELETED LANGUAGE: one hundred thousand "
        "dollars} {NEW LANGUAGE: three hundred thousand dollars}.\n"
        "d. The court <sup>1</sup>shall<sup>1</sup> award reasonable attorney fees.\n"
    )
    document, spans = _struck_spans(text)
    # (the deleted words struck; of the new words, only the marks around them)
    assert spans == ["{DELETED LANGUAGE: one hundred thousand dollars}", "{NEW LANGUAGE: ", "}"]
    assert "three hundred thousand dollars}." in document.text
    assert "<sup>" not in document.text
    assert "The court shall award reasonable attorney fees." in document.text


def test_tracked_changes_in_braces_strike_the_deleted_words() -> None:
    """A drafter's tracked changes written in braces ("{deleted: may}{inserted: shall}"): the
    deleted words are struck, the marks around the inserted ones go."""
    document, spans = _struck_spans(
        "(3) The court {deleted: may}{inserted: shall} award reasonable attorney fees.\n"
    )
    # (the deleted words and the mark that follows them are one struck run)
    assert spans == ["{deleted: may}{inserted: ", "}"]
    assert "{inserted: shall} award" in document.text


def test_conference_columns_keep_only_the_agreed_text() -> None:
    """A conference report's comparison set out column after column: the chambers' columns are
    struck unless the agreed column points to one ("Same as House version"), whose words stay;
    the pointer itself is struck."""
    text = (
        "HOUSE VERSION: The court shall award reasonable attorney fees.\n"
        "SENATE VERSION: The court may award reasonable attorney fees.\n"
        "CONFERENCE RECOMMENDATION: Same as House version.\n\n"
        "HOUSE VERSION: Qualified immunity is not a defense.\n"
        "SENATE VERSION: No provision.\n"
        "CONFERENCE RECOMMENDATION: Each agency shall publish its policy.\n"
    )
    _, spans = _struck_spans(text)
    struck = " ".join(spans)
    assert "may award" in struck and "Same as House version" in struck
    assert "shall award" not in struck
    assert "Qualified immunity is not a defense" in struck
    assert "Each agency shall publish its policy" not in struck


def test_words_taken_out_are_struck_but_an_instruction_keeps_its_words() -> None:
    """A note quoting the words an amendment took out ("the words "..." were replaced by",
    "which read "...", was struck") and a deleted section printed between markers are history;
    an amending instruction still to be carried out ("strike "may" and insert "shall"") keeps
    the words it names, for the reader of amendments."""
    history = (
        'House amendments adopted April 9, 2026: In section 1 (4), the words "The court may '
        'award" were replaced by "The court '
        'shall award". Section 3, which read "Qualified immunity is a defense", was struck.\n'
        "***DELETED BY AMENDMENT 1 - SHOWN FOR REFERENCE - NOT PART OF THE BILL***\n"
        "SECTION 2. Chapter 101 does not apply.\n"
        "***END OF DELETED MATTER***\n"
        "SECTION 3. The court shall award reasonable attorney fees.\n"
    )
    document, spans = _struck_spans(history)
    struck = " ".join(spans)
    assert '"The court may award"' in struck
    assert '"Qualified immunity is a defense"' in struck
    assert "Chapter 101 does not apply" in struck
    assert '"The court shall award"' not in struck
    assert "SECTION 3. The court shall award" in document.text and "SECTION 3" not in struck
    instruction = 'On page 2, line 4, strike "may" and insert "shall".\n'
    _, spans = _struck_spans(instruction)
    assert spans == []


def test_working_copy_marks_and_notes_are_not_law() -> None:
    """A drafter's working copy pasted as text: a word diff's deleted words and its "{+...+}"
    marks, a word processor's "Deleted:" and "Inserted:" lines, and drafting notes. Deleted
    words and notes are deletions; insertion marks go; the new words stay."""
    text = (
        "(1) [-Any public employee-]{+Any peace officer+} who deprives a person of a right is "
        "liable.\n"
        "[Drafter's note: we could add a cap of $500,000 here.]\n"
        "(2) The court\nDeleted: may\nInserted: shall\n award reasonable attorney fees.\n"
        "NOTE: sponsor wants indemnity discussed.\n"
        "Comment [LSC2]: confirm fiscal effect.\n"
        "(3) This act takes effect on July 1."
    )
    document, spans = _struck_spans(text, "draft.txt")
    assert "[-Any public employee-]" in spans
    assert "[Drafter's note: we could add a cap of $500,000 here.]" in spans
    assert any(span.strip() == "Deleted: may" for span in spans)
    assert any(span.startswith("NOTE: sponsor") for span in spans)
    assert any(span.startswith("Comment [LSC2]:") for span in spans)
    assert "{+" not in document.text and "+}" not in document.text
    assert "Any peace officer who deprives" in document.text
    assert "(3) This act takes effect on July 1." in document.text


WORKING_COPY_SAMPLES = (
    "(1) [-Any public employee-]{+Any peace officer+} who deprives a person of a right.",
    "The court {-may-} shall award fees. [Drafter's note: cap?] [DRAFTER'S NOTES: none]",
    "(2) The court\nDeleted: may\nInserted: shall\n award fees.\n  Formatted: Font: Bold\n",
    "NOTE: sponsor wants indemnity.\nNote : later\nDrafter's notes: x\nDrafting Notes: y\n",
    "Comment [LSC2]: confirm.\nComment: plain\nCommentary: not a label\n[Editor's note: z]",
    "[Note 3] [COMMENT] [Comments to follow] notes: lower case\nNOTES: upper\n",
    "A bracket [1] and a brace {x} and a colon: none of them marks.",
    "(C) [Deleted: It is a defense.] [Inserted: It is not a defense.] [deleted text: may]",
    "[NEW TEXT: shall] [Struck: old] [stricken words: x] [Added: y] [Newly: not a label]",
)


def test_mississippi_footers_do_not_split_a_sentence() -> None:
    """Mississippi's print (written for the test): numbered lines, and at each page's foot
    "H. B. No. 1287     ~ OFFICIAL ~", a drafting code and "PAGE 1 (ENK\\JAB)". The footer
    lines go, and the sentence they cut runs on."""
    text = (
        " 1 SECTION 3. (4) The court shall award reasonable attorney's fees to a\n"
        " 2 prevailing plaintiff, in\n\n"
        "H. B. No. 1287     ~ OFFICIAL ~\n27/HR31/R902\nPAGE 1 (ENK\\JAB)\n\n"
        " 3 an amount not to exceed Twenty-five Thousand Dollars for any action.\n"
    )
    document = load_bytes(text.encode(), filename="hb1287.txt")
    assert "OFFICIAL" not in document.text and "PAGE 1" not in document.text
    assert "plaintiff, in an amount not to exceed" in " ".join(document.text.split())
    assert "27/HR31" not in document.text


def test_washington_footer_with_one_space_does_not_split_a_sentence() -> None:
    """Washington's footer "p. 1 SB 5561", pasted with one space where the print leaves a gap,
    between two numbered lines of one sentence: the footer goes and the sentence runs on."""
    text = (
        "29     (2) Every local governmental entity is liable for damages\n"
        "30 arising from the deprivation, by any of its officers,\n\n"
        "p. 1 SB 5561\n\n"
        " 1 employees, or volunteers acting under color of law, of any\n"
        " 2 right secured by the Constitution of the state of Washington.\n"
    )
    document = load_bytes(text.encode(), filename="sb5561.txt")
    assert "SB 5561" not in document.text
    assert "its officers, employees, or volunteers" in " ".join(document.text.split())


def test_underscored_insertions_lose_their_marks() -> None:
    """New words set between underscores (_thus_), with a legend that says so or without one
    ("The court [may] _shall_ award"): the marks go, the words stay; a run of underscores (a
    form's blank line) and one inside a word are left alone."""
    text = (
        "Legend: text inserted by this bill is printed between underscores (_thus_).\n"
        "(2) _No defendant may assert qualified immunity._\n"
    )
    document = load_bytes(text.encode(), filename="bill.txt")
    assert "_" not in document.text
    assert "(2) No defendant may assert qualified immunity." in document.text
    no_legend = load_bytes(
        b"(D) The court [may] _shall_ award reasonable attorney fees.\n", filename="bill.txt"
    )
    assert "_shall_" not in no_legend.text and "shall award" in no_legend.text
    plain = load_bytes(b"Name: ________ signs file_name.pdf.\n", filename="form.txt")
    assert "________" in plain.text and "file_name" in plain.text
    assert not plain.deletions


def test_a_legend_ended_inside_a_bracket_leaves_the_enacting_clause() -> None:
    """A legend whose last sentence closes inside a parenthesis ("... appears _between
    underscores_.)") ends there: the enacting clause and the first section after it are the
    bill's, not more of the legend."""
    text = (
        "ASSEMBLY BILL NO. 12\n\n"
        "EXPLANATION - Matter in bolded italics is new; matter between brackets [omitted "
        "material] is material to be omitted. (In this copy new matter appears _between "
        "underscores_.)\n\n"
        "THE PEOPLE OF THE STATE, REPRESENTED IN SENATE AND ASSEMBLY, DO ENACT AS FOLLOWS:\n\n"
        "Section 1. _1. A peace officer who deprives a person of a right is liable to the "
        "person._\n"
    )
    document = load_bytes(text.encode(), filename="ab12.txt")
    assert "DO ENACT AS FOLLOWS" in document.text
    assert "A peace officer who deprives a person of a right is liable" in document.text
    assert "bolded italics" not in document.text


def test_named_changes_in_brackets() -> None:
    """A copy that names its changes in brackets, in a section "amended to read" (where every
    other bracket is old matter): "[Deleted: ...]" is struck whole, and "[Inserted: ...]" keeps
    its words as law, only its label goes."""
    text = (
        "Section 1. That section 2307.45 of the Revised Code be amended to read as follows:\n"
        "Sec. 2307.45. (C) [Deleted: It is not a defense that the officer acted in good faith.] "
        "[Inserted: An officer is not liable for conduct undertaken in good faith.]\n"
    )
    _, spans = _struck_spans(text)
    assert "[Deleted: It is not a defense that the officer acted in good faith.]" in spans
    assert "[Inserted: " in spans
    assert not any("not liable for conduct" in span for span in spans)


@pytest.mark.parametrize("text", WORKING_COPY_SAMPLES)
def test_working_copy_gates_only_skip_texts_without_marks(text: str) -> None:
    """The cheap tests in front of each working-copy pattern (a character, then gates with a
    literal prefix) let through every text the pattern finds something in: the spans are
    those of running every pattern over the whole text."""
    expected = sorted(
        match.span()
        for _character, _gates, pattern in furniture._WORKING_COPY_MARKS
        for match in pattern.finditer(text)
    )
    assert list(furniture.marked_deletions(text)) == expected
    for character, gates, pattern in furniture._WORKING_COPY_MARKS:
        if pattern.search(text):
            assert character in text and any(gate.search(text) for gate in gates)


def test_page_stamp_and_numbered_head_inside_a_sentence_are_dropped() -> None:
    """A print stamps "INTRODUCED" above the bill and again at the page's foot, and heads the
    next page "HB1402    2 of 2": a sentence running across the break reads whole."""
    text = (
        "2026 SESSION\nINTRODUCED\nHOUSE BILL NO. 1402\n"
        " 1  A. A law-enforcement officer who deprives a person of a right secured by the\n"
        " 2  Constitution of Virginia is liable to the person injured.\n"
        " 3  B. In any action under this section, the court shall award rea-\n\n"
        "INTRODUCED\n\f"
        "HB1402                                              2 of 2\n\n"
        " 1  sonable attorney fees and costs to a prevailing plaintiff.\n"
        " 2  C. This section applies to conduct on or after July 1.\n"
    )
    document = load_bytes(text.encode(), filename="hb1402.txt")
    assert "the court shall award reasonable attorney fees and costs" in document.text


def test_soft_hyphen_at_a_line_end_joins_the_word() -> None:
    """A print that breaks words with soft hyphens ("sta\u00ad" / "tute"): the word is whole."""
    text = (
        "Section 1. A person who, under color of any sta\u00ad\ntute, deprives another of a right "
        "secured by the constitution is liable. Qualified immunity shall not be a de\u00ad\nfense."
    )
    document = load_bytes(text.encode(), filename="bill.txt")
    assert "color of any statute, deprives" in document.text
    assert "shall not be a defense." in document.text


def test_committee_amendment_numerals_are_taken_off_the_words() -> None:
    """New Jersey prints committee amendments between superscript numerals; flattened onto the
    words ("[1may1] 1shall1") they would hide "shall". Statute titles ("N.J.S.2C:11-3") and
    ordinals ("2nd") keep their digits."""
    text = (
        "EXPLANATION - Matter enclosed in bold-faced brackets [thus] in the above bill is not "
        "enacted and is intended to be omitted in the law.\n"
        "1. Under N.J.S.2C:11-3, a law enforcement officer who deprives a person of a right "
        "secured by the Constitution of this State shall be liable to the person.\n"
        "2. The court [1may1] 1shall1 award reasonable attorney fees to a prevailing plaintiff.\n"
        "3. This act shall take effect on the 2nd day after enactment."
    )
    document = load_bytes(text.encode(), filename="nj.txt")
    assert "The court [may] shall award" in document.text
    assert "N.J.S.2C:11-3" in document.text and "the 2nd day" in document.text
    assert [document.text[start:end] for start, end in document.deletions] == ["[may]"]


def test_inserted_committee_numerals_go_where_the_legend_declares_them() -> None:
    """A committee that only inserted words leaves no "[1": the print's legend says what its
    numerals mean. Without legend or struck numerals, a digit beside a word stays text."""
    body = (
        "1. A law enforcement officer who deprives a person of a right secured by the "
        "Constitution of this State shall be liable to the person.\n"
        "2. The court 1shall1 award reasonable attorney fees to 1any1 prevailing plaintiff.\n"
    )
    legend = (
        "Matter underlined thus is new matter.\n"
        "Matter enclosed in superscript numerals has been adopted as follows:\n"
        " 1Senate SJU committee amendments adopted March 2, 2026.\n"
    )
    declared = load_bytes((body + legend).encode(), filename="nj.txt")
    assert "The court shall award reasonable attorney fees to any prevailing" in declared.text
    undeclared = load_bytes(body.encode(), filename="bill.txt")
    assert "The court 1shall1 award" in undeclared.text


def test_a_legend_ended_by_its_bar_code_keeps_the_next_page_s_first_line() -> None:
    """Maryland's legend closes a page with the print's bar code after its last period
    ("... deleted from existing law. *hb0349*"); the next page's first line of law stays."""
    text = (
        "HOUSE BILL 349\n\n"
        "1 SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND, That the Laws\n"
        "2 of Maryland read as follows:\n\n"
        "3 (c) This paragraph applies to:\n\n"
        "4 1. the Department of State Police; and\n\n"
        "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW.\n"
        "[Brackets] indicate matter deleted from existing law. *hb0349*\n"
        "END OF PAGE 1\n\n"
        "START OF PAGE 2\n"
        "2 HOUSE BILL 349\n\n"
        "1 2. the Garrett County Sheriff's Office.\n\n"
        "2 (d) An agency to which this paragraph applies shall keep its records.\n"
    )
    document = load_bytes(text.encode(), filename="hb349.txt")
    assert "2. the Garrett County Sheriff's Office." in document.text
    assert "indicate matter deleted" not in document.text


def test_a_legend_ended_by_its_drafting_code_keeps_the_next_page_s_lines() -> None:
    """New York's legend ends a page with the drafting code on its last line ("... is old law
    to be omitted.   LBD07731-01-1"); the next page's numbered lines, up to their first period,
    are the bill's and stay."""
    text = (
        "S. 4872\n\n"
        " 1   Section 1. An officer who deprives a person of a right is liable.\n"
        " 2   2. In an action under this section in which the plaintiff prevails,\n\n"
        "EXPLANATION--Matter in ITALICS (underscored) is new; matter in brackets\n"
        "    [ ] is old law to be omitted.                                 LBD07731-01-1\n"
        "\f"
        " 1   the court shall award reasonable attorney's fees and costs to the\n"
        " 2   plaintiff.\n"
        " 3   3. An action under this section shall be commenced within three years.\n"
    )
    document = load_bytes(text.encode(), filename="s4872.txt")
    assert "the court shall award reasonable attorney's fees and costs to the plaintiff." in (
        " ".join(document.text.split())
    )
    assert "old law to be omitted" not in document.text


def test_a_foot_of_page_typeface_note_does_not_end_the_sentence_it_interrupts() -> None:
    """Colorado prints close a page with a note on their typefaces ("Capital letters or bold &
    italic numbers indicate new material ... Dashes through the words ... indicate deletions
    ..."): a sentence cut by the page goes on after the note, which is not the bill's text."""
    text = (
        "20  (4) THE GOVERNMENTAL IMMUNITY ACT DOES NOT APPLY TO AN ACTION UNDER\n"
        "21  THIS SECTION; EXCEPT THAT THE TOTAL RECOVERY FOR ALL CLAIMS ARISING\n\n"
        "Capital letters or bold & italic numbers indicate new material to be added to existing "
        "law.\n"
        "Dashes through the words or numbers indicate deletions from existing law and such "
        "material is not part of the act.\n"
        "\f\n"
        " 1  FROM ONE OCCURRENCE SHALL NOT EXCEED SEVEN HUNDRED FIFTY THOUSAND\n"
        " 2  DOLLARS.\n"
        " 3      (5) THE COURT SHALL AWARD REASONABLE ATTORNEY FEES.\n"
    )
    document = load_bytes(text.encode(), filename="hb1234.txt")
    joined = " ".join(document.text.split())
    assert "CLAIMS ARISING FROM ONE OCCURRENCE SHALL NOT EXCEED" in joined
    assert "indicate new material" not in document.text
    assert "indicate deletions" not in document.text


def test_page_and_line_numbers_both_go() -> None:
    """Iowa prints a page number and a line number before each line (" 1 18  The ..."): both
    are furniture, the line number is the one kept for citing, and a word hyphenated across
    two numbered lines is joined."""
    lines = [
        "A peace officer who deprives a person of a right secured by the",
        "Constitution of the State of Iowa is liable to the person. The limita-",
        "tions of chapter 669 on the amount of damages do not apply to an",
        "action under this section. Qualified immunity is not a defense.",
        "Sec. 2. This Act takes effect on July 1 following its enactment.",
    ]
    text = "\n".join(f" 1 {number:>2}  {line}" for number, line in enumerate(lines, 1)) + "\n"
    document = load_bytes(text.encode(), filename="hf456.txt")
    assert "The limitations of chapter 669 on the amount of damages" in document.text
    assert " 1 " not in document.text[:40]
    assert document.line_numbers[2] == 3


def test_line_numbers_in_the_right_margin_go() -> None:
    """Ohio prints each line's number in the right margin ("... state employees    3"): the
    numbers are furniture, kept for citing, and the sentences run on without them; a line that
    merely ends in an amount keeps it."""
    lines = [
        "Sec. 2743.80. (A) A state employee who, under color of law,",
        "deprives a person of a right secured by Section 1, 2, 11, or 14",
        "of Article I, Ohio Constitution, is liable to the person.",
        "(B) Neither the doctrine of qualified immunity nor the immunity",
        "conferred by section 9.86 of the Revised Code is a defense to an",
        "action under this section.",
        "(C) The limitation on punitive damages in section 2315.21 of",
        "the Revised Code does not apply to an action under this",
        "section, and fees shall not exceed a rate of 300",
        "dollars an hour.",
    ]
    text = "\n".join(f"{line:<66}{number:>4}" for number, line in enumerate(lines, 12)) + "\n"
    document = load_bytes(text.encode(), filename="hb488.txt")
    assert "Section 1, 2, 11, or 14 of Article I, Ohio Constitution, is liable" in document.text
    assert "rate of 300 dollars an hour" in document.text
    assert "  1" not in document.text and " 13 " not in document.text
    assert document.line_numbers[1] == 13


def test_a_line_that_ends_in_a_number_keeps_it() -> None:
    """Without a column of numbers counting up, a number at a line's end is the text's own."""
    text = (
        "Section 1. The fee for a copy shall not exceed        25\n"
        "cents a page. Section 2. This act takes effect on July 1.\n"
    )
    document = load_bytes(text.encode(), filename="copies.txt")
    assert "shall not exceed 25 cents a page" in " ".join(document.text.split())


def test_a_page_number_between_running_line_numbers_is_not_a_restart() -> None:
    """A centred page number on its own line at a page's foot, in a print whose line numbers run
    across pages ("30 ... its" / "1" / "31 application"): the numbering goes on, and every line
    number after the page break still comes off the text."""
    first = [
        f"{n:>2}  line {n} of the first page of the bill, and then it goes" for n in range(1, 30)
    ]
    text = (
        "\n".join(first)
        + "\n30  Sec. 4. Severability. If any provision of this Act or its\n\n"
        + "                                   1\f31  application to any person is held invalid,\n"
        + "32  the other provisions stand.\n"
    )
    document = load_bytes(text.encode(), filename="b27-412.txt")
    assert "If any provision of this Act or its application to any person" in document.text
    assert "32" not in document.text and "31" not in document.text


def test_a_page_foot_of_page_number_and_bill_designation_goes() -> None:
    """Wyoming closes a page with its number and the bill's ("5      HB0089") just before the
    page break; the sentence running on to the next page must not carry them."""
    text = (
        " 1  HOUSE BILL NO. HB0089\n"
        " 2  Section 1. An officer may begin a vehicle pursuit only when the officer has\n\n"
        "                      1                    HB0089\f"
        " 1  probable cause to believe that the person pursued has committed a felony.\n"
        " 2  Section 2. This act is effective July 1.\n\n"
        "                      2                    HB0089\n"
    )
    document = load_bytes(text.encode(), filename="hb0089.txt")
    assert "when the officer has probable cause" in document.text
    assert document.text.count("HB0089") == 1  # the title's own


def test_brackets_and_parentheses_stay_in_a_bill_that_amends_nothing() -> None:
    """A bill that amends no law has no struck text: "[sic]" and "((1))" are its own words."""
    text = (
        "Section 1. A peace officer who deprives a person [sic] of a right secured by the state "
        "constitution is liable ((1)) to that person."
    )
    document = load_bytes(text.encode(), filename="bill.txt")
    assert document.deletions == ()


# --- PDF ------------------------------------------------------------------------


def _two_page_bill() -> bytes:
    return make_pdf(
        [
            [
                "HOUSE BILL NO. 42",
                "1 Section 1. A peace officer who, under color of law, deprives a person",
                "2 of any right secured by the state constitution is liable. Qualified immunity",
                Line("3 shall be a defense to liability under this section.", strike=True),
                Line("4 SHALL NOT BE A DEFENSE TO LIABILITY UNDER THIS SECTION.", underline=True),
                "Page 1 of 2",
            ],
            [
                "HOUSE BILL NO. 42",
                "5 Section 2. The court shall award reasonable attor-",
                "6 ney fees and costs to a prevailing plaintiff.",
                "Page 2 of 2",
            ],
        ]
    )


def test_heads_that_alternate_between_pages_are_dropped_in_a_short_print() -> None:
    """A chapter print heads odd pages "JANE ROE, Governor Ch. 12" and even pages "Ch. 12 2027
    LAWS OF THE STATE": in three pages the even head prints once, and is a head all the same."""
    pdf = make_pdf(
        [
            [
                "JANE ROE, Governor Ch. 12",
                "- 1 -",
                "Section 1. The Treasurer may consider a claim for money damages under this",
                "subtitle and may",
            ],
            [
                "Ch. 12 2027 LAWS OF THE STATE",
                "- 2 -",
                "contract for the support services that are needed to carry out this duty.",
                "Section 2. This Act shall take effect October 1, 2027.",
            ],
            ["JANE ROE, Governor Ch. 12", "- 3 -", "Approved by the Governor, May 16, 2027."],
        ]
    )
    document = load_bytes(pdf, filename="ch12.pdf")
    assert "LAWS OF THE STATE" not in document.text and "Governor Ch" not in document.text
    assert "may contract for the support services" in document.text


def test_pdf_text_layer_cleaned_with_pages_lines_and_struck_law() -> None:
    document = load_bytes(_two_page_bill(), filename="hb42.pdf")
    assert document.media_type == "application/pdf" and document.pages == 2
    # Running head, page footers and printed line numbers are gone; hyphenation joined.
    assert "HOUSE BILL" not in document.text and "Page 1" not in document.text
    assert "attorney fees" in document.text
    assert not any(char.isdigit() for char in document.text.split("Section 2")[0][10:])
    fees = document.text.index("attorney fees")
    assert document.locate(fees) == (2, 5)  # page 2, printed line 5
    assert document.section_at(fees) == "Section 2"
    struck = [document.text[start:end] for start, end in document.deletions]
    assert any("shall be a defense to liability" in span for span in struck)
    scorecard = evaluate(document)
    assert scorecard.verdicts()["end.law_enforcement"] == "yes"
    assert scorecard.verdicts()["start.attorney_fees"] == "yes"
    evidence = scorecard.result("start.attorney_fees").evidence[0]
    assert (evidence.page, evidence.line, evidence.section) == (2, 5, "Section 2")


BAD_PDFS = [
    pytest.param(lambda: _two_page_bill()[:900], "truncated", id="truncated"),
    pytest.param(lambda: encrypt_pdf(_two_page_bill()), "encrypted", id="encrypted"),
    pytest.param(lambda: make_pdf([[], []]), "no text layer", id="scan-without-text"),
    pytest.param(lambda: b"%PDF-1.7\nthis is not a pdf body\n%%EOF\n", "damaged", id="corrupt"),
]


@pytest.mark.parametrize(("make", "message"), BAD_PDFS)
def test_unreadable_pdfs_give_one_clear_sentence(make, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as raised:
        load_bytes(make(), filename="bill.pdf")
    assert str(raised.value).startswith("bill.pdf ")


def test_pdf_libraries_load_only_for_pdfs() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from endqi.documents import document_from_text; "
        "from endqi.analysis import evaluate; evaluate(document_from_text('Section 1. x'));"
        "print(any(m.startswith(('pypdfium2', 'pypdf', 'selectolax')) for m in sys.modules))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert output.stdout.strip() == "False", output.stderr


# --- cleaning legislative print ------------------------------------------------


def test_numbered_lines_are_stripped_and_remembered() -> None:
    text = (
        "1    AN ACT relating to civil actions.\n"
        "2    Section 1. A peace officer who, under color of law, deprives\n"
        "3    a person of a right is liable. Qualified immunity is not a\n"
        "4    defense to liability under this section.\n"
        "5    Section 2. This act takes effect July 1.\n"
    )
    document = document_from_text(text)
    assert "    " not in document.text
    assert document.text.splitlines()[0] == "AN ACT relating to civil actions."
    assert "Qualified immunity is not a defense to liability" in document.text
    assert document.locate(document.text.index("defense to")) == (None, 4)
    assert document.locate(document.text.index("takes effect")) == (None, 5)


def test_form_feeds_make_pages_and_running_heads_go() -> None:
    page = "SB 9 -- Civil Rights Act\n{body}\n- {n} -\n"
    bodies = [
        "Section 1. A person injured by a peace officer may bring an action.",
        "Section 2. The court shall award reasonable attorney fees.",
        "Section 3. This act takes effect immediately.",
    ]
    text = "\f".join(page.format(body=b, n=i + 1) for i, b in enumerate(bodies))
    document = document_from_text(text)
    assert document.pages == 3
    assert "SB 9" not in document.text and "- 2 -" not in document.text
    assert document.locate(document.text.index("attorney"))[0] == 2
    assert [p.label for p in document.provisions] == ["Section 1", "Section 2", "Section 3"]


@pytest.mark.parametrize(
    ("printed", "clean"),
    [
        ("qualified immu-\nnity is not a defense", "qualified immunity is not a defense"),
        # A compound the bill also prints whole keeps its hyphen.
        (
            "a law-enforcement officer; every law-\nenforcement agency",
            "every law-enforcement agency",
        ),
        ("\u201cPeace officer\u201d means", '"Peace officer" means'),
        ("the officer\u2019s employer", "the officer's employer"),
        ("shall\u00a0not\u200b be", "shall not be"),
        ("the \ufb01rst o\ufb03cer", "the first officer"),
    ],
)
def test_print_clean_up(printed: str, clean: str) -> None:
    document = document_from_text(printed)
    assert clean in document.text
    assert len(document.offset_map) == len(document.text) + 1
    assert all(a <= b for a, b in zip(document.offset_map, document.offset_map[1:], strict=False))


# --- provisions ------------------------------------------------------------------

PROVISION_STYLES = [
    pytest.param(
        "506.450. 1. A peace officer, as defined under section 590.010, who deprives any "
        "individual of rights shall be liable.\n2. (1) Qualified immunity shall not be a "
        "defense.\n(2) The court shall award attorney fees.\n3. Nothing in section 537.610 applies.",
        "attorney fees",
        ["506.450", "506.450.1", "506.450.2", "506.450.2(1)", "506.450.2(2)", "506.450.3"],
        "506.450.2(2)",
        id="missouri",
    ),
    pytest.param(
        "13-21-131. Civil action for deprivation of rights. (1) A peace officer who subjects "
        "any person to a deprivation shall be liable. (2)(a) Qualified immunity is not a "
        "defense. (b) The court shall award attorney fees.\n(3) Damages.",
        "attorney fees",
        [
            "13-21-131",
            "13-21-131(1)",
            "13-21-131(2)",
            "13-21-131(2)(a)",
            "13-21-131(2)(b)",
            "13-21-131(3)",
        ],
        "13-21-131(2)(b)",
        id="colorado",
    ),
    pytest.param(
        "Section 1. Short title.\nSection 3. A. A person may bring an action.\nB. The court "
        "may award attorney fees.\nSECTION 2. The act applies.\nSec. 4. Effective date.",
        "attorney fees",
        ["Section 1", "Section 3", "Section 3.A", "Section 3.B", "SECTION 2", "Sec. 4"],
        "Section 3.B",
        id="section-letter",
    ),
    pytest.param(
        "§ 8-803. Civil action. (a)(1)(A) A person injured may sue. (B) The officer is "
        "liable.\n(2) The court shall award attorney fees.\n(b) Immunity is no defense.",
        "attorney fees",
        [
            "§ 8-803",
            "§ 8-803(a)",
            "§ 8-803(a)(1)",
            "§ 8-803(a)(1)(A)",
            "§ 8-803(a)(1)(B)",
            "§ 8-803(a)(2)",
            "§ 8-803(b)",
        ],
        "§ 8-803(a)(2)",
        id="section-symbol",
    ),
    pytest.param(
        "Sec. 12. (NEW) (Effective January 1, 2028) (a) No peace officer shall deprive any "
        "person of rights.\n(b) Any person injured by a violation of subsection (a) may "
        "bring a civil action.\n(c) The court may award attorney fees.",
        "attorney fees",
        ["Sec. 12", "Sec. 12(a)", "Sec. 12(b)", "Sec. 12(c)"],
        "Sec. 12(c)",
        id="bracketed-notes-after-heading",
    ),
    pytest.param(
        '(a) Definitions. In this section: (1) "Peace officer" means any sworn officer. '
        '(2) "Person" includes an entity.\n(b) Liability. (1) A peace officer is liable. '
        "(c) See section 4(a)(2) and $25,000 in 537.610.",
        "sworn officer",
        ["(a)", "(a)(1)", "(a)(2)", "(b)", "(b)(1)", "(c)"],
        "(a)(1)",
        id="letters-and-numbers",
    ),
    pytest.param(
        # Kansas opens each added section with "New Sec."; it is a section like any other.
        "Section 1. K.S.A. 21-5101 is amended to read as follows:\n21-5101. (a) Text here.\n"
        "New Sec. 2. (a) A law enforcement officer is liable.\n(b) Costs are awarded.\n",
        "Costs are",
        ["Section 1", "21-5101", "21-5101(a)", "Sec. 2", "Sec. 2(a)", "Sec. 2(b)"],
        "Sec. 2(b)",
        id="kansas-new-section",
    ),
    pytest.param(
        # North Carolina quotes each section an act adds: '"§ 143-300.61. ...'; the quotation
        # mark does not hide the section.
        'SECTION 1. Chapter 143 is amended by adding a new Article to read:\n"Article 31D.\n'
        '"§ 143-300.61. Actions.\n(a) An officer is liable.\n"§ 143-300.62. Vendor claims.\n'
        "A vendor may sue.\n",
        "vendor may",
        ["SECTION 1", "§ 143-300.61", "§ 143-300.61(a)", "§ 143-300.62"],
        "§ 143-300.62",
        id="quoted-section-symbol",
    ),
    pytest.param(
        # Virginia numbers its enactments "1. That ...", "2. That ...": units at the top.
        "1. That § 8.01-42.6 of the Code of Virginia is amended as follows:\n§ 8.01-42.6. "
        "Action.\nA. An officer is liable.\n2. That § 8.01-42.6 is amended by adding a "
        "subsection D as follows:\nD. The agency shall pay.\n",
        "agency shall",
        ["1", "§ 8.01-42.6", "§ 8.01-42.6.A", "2", "2.D"],
        "2.D",
        id="virginia-enactments",
    ),
    pytest.param(
        # New Jersey numbers the sections a bill adds "1. (New section) ...": units at the top,
        # their lettered subsections inside them.
        "1. (New section) As used in this act, words mean what they say.\n2. (New section) a. "
        "An officer is liable.\nb. Immunity is no defense.\n3. (New section) A claim for "
        "property may be presented to the entity.\n",
        "property may",
        ["1", "2", "2.a", "2.b", "3"],
        "3",
        id="new-jersey-new-sections",
    ),
]


@pytest.mark.parametrize(("text", "needle", "labels", "section"), PROVISION_STYLES)
def test_provisions_carry_their_full_labels(
    text: str, needle: str, labels: list[str], section: str
) -> None:
    document = document_from_text(text)
    assert [p.label for p in document.provisions] == labels
    assert document.section_at(document.text.index(needle)) == section
    for provision in document.provisions:
        assert 0 <= provision.start < provision.end <= len(document.text)


def _innermost_label(document, offset: int) -> str | None:
    """Reference answer from the whole split: the containing unit that starts last."""
    containing = [p for p in document.provisions if p.start <= offset < max(p.end, p.start + 1)]
    return max(containing, key=lambda p: p.start).label if containing else None


def test_section_labels_from_a_local_split_equal_the_whole_split(shared_dir: Path) -> None:
    import json

    bills = json.loads((shared_dir / "rubric" / "dev-evaluations.json").read_text("utf-8"))
    texts = [bill["text"] for bill in bills["bills"]]
    texts += [param.values[0] for param in PROVISION_STYLES]
    texts.append("\n".join(param.values[0] for param in PROVISION_STYLES))
    for text in texts:
        document = document_from_text(text)
        for offset in range(0, len(document.text), 3):
            assert document.section_at(offset) == _innermost_label(document, offset), (
                text[:60],
                offset,
            )


def test_a_file_longer_than_its_reported_size_is_read_whole() -> None:
    # /proc files report size 0 but have content: the loader must read on, not stop.
    document = load_document("/proc/self/status")
    assert "Name:" in document.text and "Pid:" in document.text


# --- furniture and labels in the shapes real prints use ---------------------------


def test_numbering_restarting_per_section_never_leaks_into_clauses() -> None:
    # The shape of a Missouri print: each section's first line carries no number and
    # the numbering starts again at 2 on the next line.
    text = (
        "Section A. Section 506.450, RSMo, is repealed and one new section enacted in lieu\n"
        "2 thereof, to be known as section 506.450, to read as follows:\n"
        "506.450. 1. A peace officer who, under color of\n"
        "2 law, deprives any individual of rights shall be liable.\n"
        "3 2. (1) Statutory immunities shall not apply to claims under this\n"
        "4 section.\n"
        "5 (2) Qualified immunity shall not be a defense to liability.\n"
        "6 3. In any action brought under this section, a court shall award\n"
        "7 reasonable attorney fees.\n"
        "EXPLANATION \u2014 Matter enclosed in bold-faced brackets [thus] in the above bill is\n"
        "not enacted and is intended to be omitted from the law.\n"
    )
    document = document_from_text(text)
    assert "under color of law, deprives" in document.text
    assert "EXPLANATION" not in document.text and "[thus]" not in document.text
    assert document.section_at(document.text.index("reasonable attorney")) == "506.450.3"
    assert document.section_at(document.text.index("Qualified immunity")) == "506.450.2(2)"


def test_capitals_hyphenated_across_lines_are_joined() -> None:
    document = document_from_text(
        "THE COURT SHALL AWARD REASONABLE ATTOR-\nNEY FEES TO A PREVAILING PLAINTIFF.\n"
        "A peace officer's em-\nployer shall indemnify the officer; the Tax-\nFree Zone stays.\n"
    )
    assert "REASONABLE ATTORNEY FEES" in document.text
    assert "officer's employer" in document.text
    assert "Tax- Free Zone" in document.text or "Tax-\nFree Zone" in document.text


def test_amendment_marks_and_printers_numbers_go() -> None:
    page = (
        "Section {n}. A peace officer who deprives a person of a right is liable <--\n"
        "to the person injured for {what}.\n"
        "<--\n"
        "20190HB0012PN0036 - {n} -\n"
    )
    kinds = ["damages", "equitable relief", "attorney fees"]
    text = "\f".join(page.format(n=n, what=kinds[n - 1]) for n in range(1, 4))
    document = document_from_text(text)
    assert "<--" not in document.text and "PN0036" not in document.text
    assert "is liable to the person injured for equitable relief." in document.text


def test_a_citation_is_never_a_heading() -> None:
    document = document_from_text(
        "Section 1. A person may bring an action under 42 U.S.C. Sec. 1983. The court may "
        "award attorney fees.\nSection 2. This act takes effect July 1."
    )
    assert [p.label for p in document.provisions] == ["Section 1", "Section 2"]
    assert document.section_at(document.text.index("award attorney")) == "Section 1"


def test_bare_section_headings_and_flat_lists() -> None:
    document = document_from_text(
        "Section 1\nA peace officer is liable.\nSection 2\n1. Immunity is no defense.\n"
        "\u00a7 6912. Terms.\nA. One.\nB. Two.\n7. Seven.\nC. Three.\nO. Oh.\nB. Bee.\n"
    )
    labels = [p.label for p in document.provisions]
    assert labels[:3] == ["Section 1", "Section 2", "Section 2.1"]
    assert max(label.count(".") for label in labels if label.startswith("\u00a7")) <= 1


def test_html_permalink_marks_are_not_bill_text() -> None:
    markup = (
        '<h2 id="s1">Section 1. Civil action<a class="headerlink" href="#s1">\u00b6</a></h2>'
        "<p>A peace officer is liable.</p>"
    )
    document = load_bytes(markup.encode(), filename="page.html")
    assert "\u00b6" not in document.text
    assert document.text.startswith("Section 1. Civil action\n")


TOP_TOKENS = [
    *("Section 2. ", "SECTION 4 ", "Sec. 3. ", "SEC. A ", "§ 5 ", "506.450. ", "12-3-4. "),
    *("506.450.\n", "1.", "2", "S", "the ", "x ", "\n", "\n\n", " ", "\t", "  " * 70),
    *("New Sec. 5. ", "New ", "NEW SECTION 6. "),
    *('"§ 7. ', '"', "\u201c§ 8 ", '"Sec. 9. '),
    *("2. That ", "3. That", "That "),
]


@given(st.lists(st.sampled_from(TOP_TOKENS), max_size=25).map("".join))
@settings(max_examples=300)
def test_top_level_starts_are_those_of_the_line_start_pattern(text: str) -> None:
    expected = [match.start("label") for match in provisions._TOP_AT_LINE_START.finditer(text)]
    assert provisions.top_level_starts(text) == expected


def test_maryland_print_furniture_does_not_split_a_sentence() -> None:
    """A Maryland-shaped print (written for the test): a legend in capitals ("EXPLANATION:
    CAPITALS INDICATE MATTER ADDED TO EXISTING LAW."), a barcode line and a running head with
    the page number first fall between the lines of one sentence; the sentence reads whole."""
    text = (
        "                                   HOUSE BILL 1110\n"
        "  1   AN ACT concerning\n"
        "  2        SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND,\n"
        "  3   That the Laws of Maryland read as follows:\n"
        "  4        (A) A LAW ENFORCEMENT OFFICER WHO, UNDER COLOR OF LAW, DEPRIVES\n"
        "  5   AN INDIVIDUAL OF A RIGHT SECURED BY THE MARYLAND DECLARATION OF RIGHTS\n"
        "  6   IS LIABLE TO THE INDIVIDUAL.\n"
        "  7        (B) QUALIFIED IMMUNITY AND ANY DEFENSE THAT THE OFFICER ACTED IN GOOD\n"
        "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW.\n"
        "              [Brackets] indicate matter deleted from existing law.\n"
        "                                      *hb1110*\n"
        "2                                  HOUSE BILL 1110\n"
        "  1   FAITH MAY NOT BE RAISED IN AN ACTION UNDER THIS SECTION.\n"
    )
    document = document_from_text(text)
    assert "ACTED IN GOOD FAITH MAY NOT BE RAISED" in " ".join(document.text.split())
    assert "EXPLANATION" not in document.text and "*hb1110*" not in document.text
    assert "HOUSE BILL 1110" not in document.text.split("AN ACT")[1]
    scorecard = evaluate(document)
    assert scorecard.result("end.law_enforcement").verdict.value == "yes"


def test_a_footer_spread_across_the_page_is_dropped_between_numbered_lines() -> None:
    """An Oregon-shaped print without form feeds (written for the test): the footer's draft
    code sits at the left margin and its page number at the right, so the raw line is long; it
    falls inside a sentence and must not stay in it."""
    gap = " " * 52
    text = (
        "34      SECTION 3. (1) A public servant who observes another public\n"
        "\n"
        f"LC 2291{gap}Page 1\n"
        "\n"
        " 1  servant depriving a person of a right secured by the Oregon\n"
        " 2  Constitution shall take reasonable action to prevent it.\n"
        "\n"
        f"LC 2291{gap}Page 2\n"
    )
    document = document_from_text(text)
    joined = " ".join(document.text.split())
    assert "observes another public servant depriving a person" in joined
    assert "LC 2291" not in document.text


def test_a_legend_on_the_bills_own_line_keeps_the_bill() -> None:
    """A print copied without its line breaks (written for the test): the legend opens the one
    line that holds the whole bill. Only the legend is furniture; the bill must stay."""
    text = (
        "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW. [Brackets] indicate matter "
        "deleted from existing law. 5-701. (a) A police officer who, under color of law, deprives "
        "an individual of a right secured by the Maryland Declaration of Rights is liable to the "
        "individual. (b) In an action under subsection (a), the officer [may] MAY NOT assert "
        "qualified immunity."
    )
    document = document_from_text(text)
    assert document.text.startswith("5-701. (a) A police officer")
    assert "EXPLANATION" not in document.text
    assert evaluate(document).result("end.law_enforcement").verdict.value == "yes"


@pytest.mark.parametrize(
    ("print_text", "joined", "gone"),
    [
        (
            # A Florida-shaped print without form feeds: "Page 1 of 2", the CODING legend and
            # the first page's head lines repeated on page 2 (written for the test).
            "     Senate Bill - 2031                         SB 77\n"
            "     21-00077-31                                203177__\n"
            " 1                   A bill to be entitled\n"
            " 2      An act relating to civil remedies; creating s. 768.301;\n"
            " 3      providing an effective date.\n"
            " 4      Be It Enacted by the Legislature of the State of Florida:\n"
            " 5      Section 1. (1) A peace officer who, under color of law,\n"
            " 6      deprives a person of a right is liable to that person.\n"
            " 7      (2) The limits on recovery in s. 768.28(5) do not\n"
            "                              Page 1 of 2\n"
            "  CODING: Words stricken are deletions; words underlined are additions.\n"
            "     Senate Bill - 2031                         SB 77\n"
            "     21-00077-31                                203177__\n"
            " 8      apply to an action under this section.\n"
            " 9      Section 2. This act shall take effect July 1, 2031.\n",
            "768.28(5) do not apply to an action",
            ("Page 1", "CODING", "203177__"),
        ),
        (
            # A New Jersey-shaped print: the legend at the page foot, then the next page's
            # head (the bill number with its sponsor) and its page number (written for the test).
            "ASSEMBLY, No. 9001\n"
            "1. a. A law enforcement officer who deprives a person of a right is liable.\n"
            "b. In an action under this section, the court shall award reasonable\n"
            "EXPLANATION - Matter enclosed in bold-faced brackets [thus] in the above bill is "
            "not enacted and is intended to be omitted in the law.\n"
            "     Matter underlined thus is new matter.\n"
            "A9001 DOE, ROE\n"
            "2\n"
            "attorney's fees and costs to a prevailing plaintiff.\n",
            "shall award reasonable attorney's fees and costs",
            ("EXPLANATION", "new matter", "A9001"),
        ),
    ],
    ids=["florida-coding-legend", "new-jersey-explanation-legend"],
)
def test_page_end_marks_in_unpaged_prints_drop_the_next_head(
    print_text: str, joined: str, gone: tuple[str, ...]
) -> None:
    """Without form feeds, a marked page end (an explicit page line, a foot-of-page legend) is
    followed by the next page's head; a sentence broken there reads whole."""
    document = document_from_text(print_text)
    assert joined in " ".join(document.text.split())
    for dropped in gone:
        assert dropped not in document.text


def test_a_short_capitals_line_after_a_page_line_that_opens_a_unit_is_kept() -> None:
    """A unit label in capitals right after a page line is bill text, not a head."""
    text = (
        "Section 1. A peace officer who deprives a person of a right is liable.\n"
        "Page 1 of 2\n"
        "SEC. 2. (A) 42 U.S.C.\n"
        "Section 3. This act takes effect July 1.\n"
    )
    document = document_from_text(text)
    assert "SEC. 2." in document.text


def test_recurring_head_naming_its_page_and_the_blank_line_after_it_go() -> None:
    """A running head that names its page ("HB 2217 -- Page 4"), recurring in text without page
    breaks, is dropped with the blank line after it, so the sentence it cut reads whole."""
    text = (
        "Section 1. A peace officer who deprives a person of a right is liable to the person.\n"
        "Section 2. Neither the officer nor the officer's employer may assert\n"
        "HB 2217 -- Page 4\n"
        "\n"
        "qualified immunity in an action under this section.\n"
        "Section 3. The court shall award reasonable attorney fees to a prevailing plaintiff.\n"
        "HB 2217 -- Page 5\n"
        "\n"
        "Section 4. This act takes effect July 1.\n"
    )
    document = document_from_text(text)
    assert "may assert qualified immunity in an action" in document.text
    assert "Page" not in document.text
    assert "\nSection 4." in document.text  # a unit after the head still starts its line
    assert evaluate(document).result("end.law_enforcement").verdict.value == "yes"


def test_a_head_naming_its_page_among_numbered_lines_goes_even_once() -> None:
    """In a print whose lines are numbered, an unnumbered line naming its page is a head even
    where it occurs once, and the blank line after it is its own."""
    text = (
        "  1   Section 1. A law enforcement officer who, under color of law, deprives\n"
        "  2   a person of a right secured by the Wisconsin\n"
        "                    SB 41 -- Page 2\n"
        "\n"
        "  1   Constitution is liable to that person for damages.\n"
        "  2   Section 2. This act takes effect on the day after publication.\n"
    )
    document = document_from_text(text)
    assert "secured by the Wisconsin Constitution is liable" in document.text
    assert "Page" not in document.text


def test_a_texas_page_head_with_dotted_letters_goes_among_numbered_lines() -> None:
    """Texas heads each later page with "H.B. No. 2764" and the page number: among numbered
    lines it is a head even where it occurs once, so the sentence it splits reads whole."""
    text = (
        "By: Alvarez                                                  H.B. No. 2764\n\n"
        " 22  On a final judgment finding that a peace officer is liable under this\n"
        " 23  chapter, the commission shall revoke the officer's\n\n"
        "H.B. No. 2764                                        2\n"
        "  1  license.\n"
    )
    document = document_from_text(text)
    assert "shall revoke the officer's license." in document.text
    assert "H.B. No. 2764" in document.text  # the first page's line names the bill, not a page


def test_words_joined_by_underscores_read_as_words() -> None:
    """A copy that prints underlined new text with underscores for its spaces
    ("(a)_A_law_enforcement_officer_who") reads as the words; a blank to fill in and a
    Markdown mark around one word are left to their own readers."""
    text = (
        "Section_2._(a)_A_law_enforcement_officer_who_deprives_a_person_of_a_right\n"
        "secured_by_the_constitution_is_liable._Qualified_immunity_is_not_a_defense.\n"
        "Signed: ____________ The court [may] _shall_ award fees."
    )
    document = document_from_text(text)
    assert "(a) A law enforcement officer who deprives a person of a right" in document.text
    assert "Qualified immunity is not a defense." in document.text
    assert "____________" in document.text
    assert evaluate(text, state="MA").result("end.law_enforcement").verdict.value == "yes"


def test_a_ligature_spelled_out_with_a_space_is_one_word_again() -> None:
    """Some text layers write the "fi" ligature and then a space: "qualifi ed immunity",
    "the fi nal judgment". The word is whole again; "plaintiff shall" is untouched."""
    document = document_from_text(
        "Qualifi ed immunity is not a defense. On the fi nal judgment the plaintiff shall "
        "be paid by the sheriff. A certifi cation is revoked."
    )
    assert document.text.startswith("Qualified immunity is not a defense. On the final judgment")
    assert "the plaintiff shall be paid by the sheriff" in document.text
    assert "A certification is revoked." in document.text


def test_a_digit_read_for_a_letter_inside_a_word_is_the_letter() -> None:
    """OCR and some text layers read "l" as "1" and "o" as "0" inside words ("sha1l",
    "c0nstitution"); with letters on both sides the digit is the letter. Numbers, section
    labels and codes keep their digits."""
    document = document_from_text(
        "The court sha1l award fees under the c0nstitution. Section 10a, 2021, H1N1, 100 days."
    )
    assert document.text.startswith("The court shall award fees under the constitution.")
    assert "Section 10a, 2021, H1N1, 100 days." in document.text


def test_ocr_letter_confusions_in_deciding_words_are_mended() -> None:
    """A scan's text layer reads "l" as a capital "I" ("shaII") and "m" as "rn" ("rnay",
    "cornpensation", "darnages"); the words are mended where no English word has those letters
    (a word that opens with "rn", "rn" before "p"). Words with a real "rn" keep it, and a
    capital "I" outside "shall" stays."""
    document = document_from_text(
        "The court shaII award fees. A person rnay sue for darnages and cornpensation. "
        "In turn, the government and the modern McIntyre Internal Review shall report."
    )
    assert document.text.startswith(
        "The court shall award fees. A person may sue for damages and compensation."
    )
    assert "In turn, the government and the modern McIntyre Internal Review" in document.text
    # (offsets still map back to the original: the mended word is found where it was printed)
    start = document.text.index("damages")
    assert document.original[document.original_offset(start) :].startswith("darnages")
    after = document.text.index(" and compensation")
    assert document.original[document.original_offset(after) :].startswith(" and cornpensation")


def test_markdown_heading_keeps_its_line_in_a_printed_copy() -> None:
    """A Markdown copy printed again (numbered lines, a running head, page footers): its
    "## Section 2" heading stays on its own line instead of joining the findings before it."""
    finding = (
        "Remedies under federal law have proved inadequate for many residents of this state, "
        "and the courts of this state have long provided a forum for claims of this kind. "
    )
    body = [
        "## Section 1 The legislature finds that:",
        *textwrap.wrap("1. " + finding * 3, width=70),
        "## Section 2",
        "A government agent who violates a right is liable to the person injured.",
    ]
    numbered = "\n".join(f"{n:>2}  {line}" for n, line in enumerate(body, start=1))
    text = f"HB 9 -- AS INTRODUCED\n\n{numbered}\n\nPage 1 of 1"
    document = document_from_text(text)
    assert "\n## Section 2\nA government agent" in document.text


# --- legislative XML ----------------------------------------------------------

# A code section in the shape the D.C. Council publishes (our own words in it).
_CODE_XML = (
    b"<?xml version='1.0' encoding='utf-8'?>\n"
    b'<section xmlns="https://example.org/schemas/library" xmlns:xi="http://www.w3.org/2001/XInclude">\n'
    b"  <num>9-101</num>\n"
    b"  <heading>Civil action against peace officers.</heading>\n"
    b"  <para>\n"
    b"    <num>(a)</num>\n"
    b"    <text>A peace officer who, under color of law, deprives a person of a right secured by "
    b'the <cite path="x">constitution</cite> of this state is liable to that person.</text>\n'
    b"  </para>\n"
    b'  <para><num>(b)</num><text>Qualified immunity is not a defense.</text><xi:include href="y"/></para>\n'
    b'  <annotations><annotation type="History">Enacted 2026.</annotation></annotations>\n'
    b"</section>\n"
)


def test_legislative_xml_is_read_as_the_law_it_marks_up() -> None:
    """A code's XML: its sections and paragraphs are lines, a number and the text after it
    share one, and no tag is left in the text the evaluator quotes."""
    document = load_bytes(_CODE_XML, filename="9-101.xml")
    assert document.media_type == "application/xml"
    assert "<" not in document.text and "cite" not in document.text
    lines = document.text.splitlines()
    assert "Civil action against peace officers." in lines
    assert any(line.startswith("(a) A peace officer who, under color of law") for line in lines)
    assert "(b) Qualified immunity is not a defense." in lines
    verdicts = evaluate(document, state="CO").verdicts()
    assert verdicts["end.law_enforcement"] == "yes"


def test_html_inside_xml_character_data_is_read_as_markup() -> None:
    """A council system's XML that carries an HTML copy of the text in a CDATA section: its tags
    and comments are markup, not words; a CDATA section of plain text keeps its "<" as text."""
    xml = (
        b"<?xml version='1.0' encoding='utf-8'?>\n<LegislationItem>"
        b"<Text><![CDATA[Sec. 1. A fine where 5 < 10 and 10 > 5 applies.]]></Text>"
        b"<TextHtml><![CDATA[<p><u>\xc2\xa7 8-807 Civil action.</u> A member of the police "
        b"department is liable.</p><!-- abbreviated --><script>alert(1)</script>]]></TextHtml>"
        b"</LegislationItem>"
    )
    document = load_bytes(xml, filename="int-1043.xml")
    assert "<p>" not in document.text and "<!--" not in document.text
    assert "abbreviated" not in document.text and "alert" not in document.text
    assert (
        "\u00a7 8-807 Civil action. A member of the police department is liable." in document.text
    )
    assert "where 5 < 10 and 10 > 5 applies" in document.text


def test_xml_is_sniffed_by_its_bytes_and_xhtml_stays_html() -> None:
    """The bytes decide: an XML declaration without an html root is XML whatever the name,
    and an XHTML page is HTML."""
    assert load_bytes(_CODE_XML, filename="bill.txt").media_type == "application/xml"
    xhtml = b"<?xml version='1.0'?>\n<html><body><p>A peace officer is liable.</p></body></html>"
    assert load_bytes(xhtml, filename="bill.xml").media_type == "text/html"


def test_deeply_nested_xml_gets_one_clear_refusal() -> None:
    """Unknown XML elements count toward the nesting budget too (the parser slows with depth)."""
    nested = b"<?xml version='1.0'?><law xmlns='x'>" + b"<para>" * 5000 + b"deep"
    nested += b"</para>" * 5000 + b"</law>"
    with pytest.raises(DocumentError, match="nested XML elements"):
        load_bytes(nested, filename="deep.xml")


def test_texas_page_and_line_numbers_leave_the_words_and_keep_the_line() -> None:
    """A Texas committee printing numbers each line with its page and line joined by a hyphen
    ("1-14  color of law"): both go, the sentence reads whole, and each line keeps its printed
    number; a citation inside a line ("Section 11-46-15") is untouched."""
    text = "".join(
        f"{page}-{line:<3} {words}\n"
        for page, line, words in (
            (1, 1, "SECTION 1. (a) A peace officer who, under"),
            (1, 2, "color of law, deprives a person of a right secured by"),
            (1, 3, "the Texas Constitution is liable to the injured person."),
            (1, 4, "(b) Qualified immunity is not a defense to an action under"),
            (1, 5, "this section, and Section 11-46-15 does not limit the award."),
            (2, 1, "(c) The court shall award reasonable attorney's fees"),
            (2, 2, "to a prevailing plaintiff."),
            (2, 3, "SECTION 2. This Act takes effect September 1, 2027."),
        )
    )
    document = document_from_text(text)
    assert "A peace officer who, under color of law, deprives a person" in document.text
    assert "Section 11-46-15 does not limit" in document.text
    assert "1-2" not in document.text and "2-1" not in document.text
    assert document.locate(document.text.index("color of law"))[1] == 2
    assert document.locate(document.text.index("to a prevailing"))[1] == 2
    assert evaluate(text, state="TX").result("end.law_enforcement").verdict.value == "yes"
