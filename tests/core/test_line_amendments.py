"""Amendments by page and line, applied to the numbered print they amend
(endqi.analysis.line_amendments), and the verdicts that follow from the amended print."""

from __future__ import annotations

import pytest

from endqi.analysis import evaluate
from endqi.analysis.line_amendments import apply_adopted_line_amendments
from endqi.documents import document_from_text
from endqi.documents.model import with_line_index


def _numbered(*pages: list[str]) -> str:
    """A print whose lines are numbered from 1 on each page, with a page head between pages."""
    out = []
    for number, lines in enumerate(pages, start=1):
        if number > 1:
            out.append(f"\n                         H.B. No. 77   Page {number}\n")
        out.extend(f"{index:>3}  {line}" for index, line in enumerate(lines, start=1))
    return "\n".join(out) + "\n"


_PAGE_ONE = [
    "AN ACT relating to civil actions for the deprivation of rights.",
    "BE IT ENACTED BY THE LEGISLATURE:",
    "SECTION 1. (a) A peace officer who, under color of law,",
    "deprives a person of a right secured by the constitution of",
    "this state is liable to the person injured for damages.",
    "(b) Qualified immunity is not a defense to an action under",
    "this section.",
    "(c) The employing agency may indemnify the officer for a",
    "judgment under this section.",
]
_PAGE_TWO = [
    "(d) In an action under this section, the court may award",
    "reasonable attorney fees to a prevailing plaintiff.",
    "SECTION 2. Each law enforcement agency shall publish every",
    "judgment entered under section 1 on its website.",
    "SECTION 3. This act takes effect July 1, 2027.",
]
PRINT = _numbered(_PAGE_ONE, _PAGE_TWO)

# (amendment text, criterion, verdict after it, verdict of the print alone)
AMENDED_VERDICTS = [
    # A word swap the record shows adopted: fees become mandatory.
    (
        'FLOOR AMENDMENT NO. 1\nOn page 2, line 1, strike "may" and insert "shall".\nADOPTED\n',
        "start.attorney_fees",
        "yes",
        "no",
    ),
    # The same swap, recorded as failed: nothing changes.
    (
        'FLOOR AMENDMENT NO. 1\nOn page 2, line 1, strike "may" and insert "shall".\n'
        "FAILED (Yeas 40, Nays 61)\n",
        "start.attorney_fees",
        "no",
        "no",
    ),
    # ... and laid on the table by a motion that was adopted: tabled, so nothing changes.
    (
        'FLOOR AMENDMENT NO. 1\nOn page 2, line 1, strike "may" and insert "shall".\n'
        "The motion to lay Floor Amendment No. 1 on the table was adopted.\n",
        "start.attorney_fees",
        "no",
        "no",
    ),
    # ... and printed with no record at all: nothing changes either.
    (
        'FLOOR AMENDMENT NO. 1\nOn page 2, line 1, strike "may" and insert "shall".\n',
        "start.attorney_fees",
        "no",
        "no",
    ),
    # Lines struck whole: the claim goes, and with it every verdict.
    (
        "Amendment No. 1 to House Bill No. 77\nAMEND on page 1 by deleting lines 3 through 7"
        " (Section 1) in their entirety.\nADOPTED ___X___   LOST _______\n",
        "end.law_enforcement",
        "no",
        "yes",
    ),
    # The same form with the other box marked.
    (
        "Amendment No. 1 to House Bill No. 77\nAMEND on page 1 by deleting lines 3 through 7"
        " (Section 1) in their entirety.\nADOPTED _______   LOST ___X___\n",
        "end.law_enforcement",
        "yes",
        "yes",
    ),
    # Lines struck and a passage inserted in their place, in angle brackets.
    (
        "AMENDMENT H-8101\nAmend House File 77 as follows:\n1. Page 1, by striking lines 8 and 9"
        " and inserting:\n<(c) The employing agency shall indemnify the officer for the full"
        " amount of any judgment under this section.>\n\nHOUSE JOURNAL: Amendment H-8101 was"
        " adopted.\n",
        "start.full_compensation",
        "yes",
        "no",
    ),
    # A passage inserted after a line, adopted per a journal line that names it.
    (
        "AMENDMENT H-8102\nAmend House File 77 as follows:\n1. Page 1, after line 7 by inserting:"
        "\n<(b-1) A peace officer who is present and fails to intervene to prevent another"
        " officer from depriving a person of a right is liable to the person injured.>\n\n"
        "HOUSE JOURNAL: Amendment H-8102 was adopted.\n",
        "start.failure_to_intervene",
        "yes",
        "no",
    ),
    # Words struck and others put in without quotation marks, on the next line.
    (
        "AMENDMENTS TO HOUSE BILL NO. 77\nAmend Bill, page 1, line 3, by striking out"
        ' "A peace officer" and inserting\nA member of the State Police\n'
        "A00123 -- Amendment adopted on second consideration.\n",
        "end.law_enforcement",
        "partial",
        "yes",
    ),
    # A committee report that prints the amendment, adopted as a whole.
    (
        "HOUSE JOURNAL\nThe Committee on Judiciary recommends that the bill be amended as follows:\n"
        'Amend printed bill, page 2, line 1, strike "may" and substitute "shall".\n'
        "The report of the committee was adopted.\n",
        "start.attorney_fees",
        "yes",
        "no",
    ),
    # Two amendments under bare codes, one adopted and one lost, in one journal passage.
    (
        "H-1201\nAmend House File 77 as follows:\n1. Page 2, line 1, by striking <may> and"
        " inserting <shall>\n\nH-1202\nAmend House File 77 as follows:\n1. Page 1, line 8, by"
        " striking <may> and inserting <shall>\n\nHOUSE JOURNAL\nAmendment H-1201 was adopted."
        "\nAmendment H-1202 lost.\n",
        "start.full_compensation",
        "no",
        "no",
    ),
    # ... where the adopted one is made to the print.
    (
        "H-1201\nAmend House File 77 as follows:\n1. Page 2, line 1, by striking <may> and"
        " inserting <shall>\n\nH-1202\nAmend House File 77 as follows:\n1. Page 1, line 8, by"
        " striking <may> and inserting <shall>\n\nHOUSE JOURNAL\nAmendment H-1201 was adopted."
        "\nAmendment H-1202 lost.\n",
        "start.attorney_fees",
        "yes",
        "no",
    ),
    # A sponsor who withdrew the amendment: nothing changes.
    (
        'AM0913\n1. On page 2, line 1, strike "may" and insert "shall".\n\nLEGISLATIVE '
        "JOURNAL\nSenator Ames offered amendment AM0913.\nSenator Ames withdrew his amendment.\n",
        "start.attorney_fees",
        "no",
        "no",
    ),
    # A page the print does not have: nothing changes.
    (
        'FLOOR AMENDMENT NO. 1\nOn page 3, line 1, strike "may" and insert "shall".\nADOPTED\n',
        "start.attorney_fees",
        "no",
        "no",
    ),
    # Words the named line does not hold: nothing changes.
    (
        'FLOOR AMENDMENT NO. 1\nOn page 1, line 2, strike "may" and insert "shall".\nADOPTED\n',
        "start.full_compensation",
        "no",
        "no",
    ),
]


@pytest.mark.parametrize(("amendment", "criterion", "after", "before"), AMENDED_VERDICTS)
def test_adopted_amendments_are_made_to_the_print(
    amendment: str, criterion: str, after: str, before: str
) -> None:
    """Each verdict reads the print as amended, only where the record shows adoption."""
    assert evaluate(PRINT, state="CO").result(criterion).verdict.value == before
    assert evaluate(PRINT + "\n" + amendment, state="CO").result(criterion).verdict.value == after


def test_inserted_words_point_at_the_amendment() -> None:
    """The words an amendment puts in are quoted from the amended print and located where the
    amendment prints them; the words it struck are gone."""
    amendment = (
        'FLOOR AMENDMENT NO. 1\nOn page 2, line 1, strike "may" and insert "shall".\nADOPTED\n'
    )
    document = with_line_index(document_from_text(PRINT + "\n" + amendment))
    amended = apply_adopted_line_amendments(document)
    assert "the court shall award" in amended.text
    assert "the court may award" not in amended.text
    assert len(amended.offset_map) == len(amended.text) + 1
    inserted = amended.text.index("the court shall award") + len("the court ")
    origin = amended.original_offset(inserted)
    assert amended.original[origin : origin + 5] == "shall"
    assert origin > amended.original.index("FLOOR AMENDMENT")


def test_a_print_without_line_numbers_is_left_as_it_is() -> None:
    """No numbered lines, nothing to place an instruction on."""
    text = (
        "SECTION 1. The court may award reasonable attorney fees.\n"
        'FLOOR AMENDMENT NO. 1\nOn page 1, line 1, strike "may" and insert "shall".\nADOPTED\n'
    )
    document = with_line_index(document_from_text(text))
    assert apply_adopted_line_amendments(document) is document


def test_words_named_once_are_replaced_on_a_print_without_line_numbers() -> None:
    """Without line numbers an instruction's page and line cannot be found, but struck words
    that stand once in the bill name their place by themselves; so do they when the instruction
    names a section instead of a line."""
    bill = (
        "SECTION 1. (A) An employee of a governmental entity who deprives a person of a right "
        "secured by the state constitution is liable to the person.\n"
        "(B) Qualified immunity is not a defense.\n\n"
    )
    by_line = (
        'AMENDMENT NO. 1\nOn page 1, line 3, strike "An employee of a governmental entity" and '
        'insert "A law enforcement officer".\nThe amendment was adopted.\n'
    )
    by_section = (
        "Senator Talbert proposed the following amendment, which was adopted:\n"
        'Amend the bill, SECTION 1, Section (A), by striking "An employee of a governmental '
        'entity" and inserting "A law enforcement officer".\n'
    )
    for amendment in (by_line, by_section):
        document = with_line_index(document_from_text(bill + amendment))
        amended = apply_adopted_line_amendments(document)
        assert amended.text.startswith("SECTION 1. (A) A law enforcement officer who deprives")
        assert evaluate(bill + amendment, state="SC").verdicts()["end.public_employees"] == "no"


def test_words_named_twice_are_left_on_a_print_without_line_numbers() -> None:
    """Struck words that stand twice in the bill name no one place: the print stays as it is."""
    text = (
        "SECTION 1. A public employee who deprives a person of a right is liable. A public "
        "employee may not assert qualified immunity.\n\nAMENDMENT NO. 1\nOn page 1, line 2, "
        'strike "A public employee" and insert "A peace officer".\nThe amendment was adopted.\n'
    )
    document = with_line_index(document_from_text(text))
    assert apply_adopted_line_amendments(document).text == document.text


SECTIONED_BILL = (
    "Section 1. Short title. This Act may be cited as the Civil Remedies Act.\n"
    "Section 2. A peace officer who deprives a person of a right secured by the state "
    "constitution is liable to the person. The officer may not assert qualified immunity.\n"
    "Section 3. (a) The court may award reasonable attorney fees to a prevailing plaintiff.\n"
    "(b) The employer may indemnify the officer, and may pay costs.\n\n"
)


def _amended(amendment: str, bill: str = SECTIONED_BILL) -> str:
    document = with_line_index(document_from_text(bill + amendment))
    return apply_adopted_line_amendments(document).text


def test_short_words_are_replaced_in_the_section_an_instruction_names() -> None:
    """ "in Section 3 by striking "may"": a word printed all over the bill names one place
    within the section (and subsection) the instruction names, as does the word after which
    another clause of the same amendment inserts."""
    amended = _amended(
        "HOUSE COMMITTEE AMENDMENT NO. 1 -- ADOPTED\nJudiciary Committee, 3/19/2027\n\n"
        'AMENDMENT NO. 1. Amend House Bill 10 in Section 3, subsection (a), by striking "may" '
        'and inserting "shall"; and in Section 2, after "peace officer" by inserting " employed '
        'by a county"\n'
    )
    assert "(a) The court shall award reasonable attorney fees" in amended
    assert "This Act may be cited" in amended
    assert "(b) The employer may indemnify the officer, and may pay costs." in amended
    assert "A peace officer employed by a county who deprives" in amended
    # Without the subsection, "may" stands three times in Section 3: no one place is named.
    unplaced = _amended(
        "FLOOR AMENDMENT NO. 1 -- ADOPTED\n"
        'Amend House Bill 10 in Section 3 by striking "may" and inserting "shall".\n'
    )
    assert "The court may award" in unplaced and "shall" not in unplaced.split("FLOOR")[0]


def test_an_ordinal_names_which_place_in_the_section() -> None:
    """ "by striking "may" where it first appears": the first place in the named section only;
    "wherever it appears": every place in it."""
    first = _amended(
        "FLOOR AMENDMENT NO. 2 -- ADOPTED\nAmend House Bill 10 in Section 3, subsection (b), by "
        'striking "may" where it first appears and substituting "shall".\n'
    )
    assert "(b) The employer shall indemnify the officer, and may pay costs." in first
    every = _amended(
        "FLOOR AMENDMENT NO. 2 -- ADOPTED\nAmend House Bill 10 in Section 3, subsection (b), by "
        'striking "may" wherever it appears and substituting "shall".\n'
    )
    assert "(b) The employer shall indemnify the officer, and shall pay costs." in every


def test_a_section_instruction_reads_the_last_print_and_its_own_record() -> None:
    """A substitute printed after the bill replaces it: the section an amendment names is the
    substitute's. An amendment whose heading says it was not adopted changes nothing."""
    substitute = (
        "COMMITTEE SUBSTITUTE -- ADOPTED\n"
        "Section 1. A peace officer who deprives a person of a right secured by the state "
        "constitution is liable to the person.\nSection 2. (1) Qualified immunity is not a defense.\n"
        "(2) The court may award attorney fees.\n\n"
    )
    amended = _amended(
        "HOUSE FLOOR AMENDMENT 2 -- ADOPTED (Rep. Lyle)\n"
        'Amend HCS 1, Section 2, subsection (2), by deleting "may" and inserting in lieu thereof '
        '"shall".\n',
        SECTIONED_BILL + substitute,
    )
    assert "(2) The court shall award attorney fees." in amended
    assert "(a) The court may award reasonable attorney fees" in amended
    failed = _amended(
        "HOUSE FLOOR AMENDMENT 2 -- NOT ADOPTED\nJudiciary Committee, 3/19/2027\n\n"
        'AMENDMENT NO. 2. Amend House Bill 10 in Section 3, subsection (a), by striking "may" '
        'and inserting "shall".\n'
    )
    assert "(a) The court may award reasonable attorney fees" in failed


def test_wrapped_replacing_instructions_and_notes_under_a_committee_heading() -> None:
    """An instruction wrapped over lines ("Amend House Bill 10 in Section 3, / subsection (a),
    by replacing "may" with "shall"") names its section; an outcome in a short line between a
    committee's heading and the instruction ("(Adopted February 9, 2027)") is its record; a
    bill that numbers its sections bare ("3. ...") is read by those numbers."""
    amended = _amended(
        "HOUSE JUDICIARY COMMITTEE AMENDMENTS TO HOUSE BILL 10\n(Adopted February 9, 2027)\n"
        'Amend House Bill 10 in Section 3,\nsubsection (a), by replacing "may" with "shall".\n'
    )
    assert "(a) The court shall award reasonable attorney fees" in amended
    bare = "1. A peace officer who deprives a person of a right is liable.\n2. The court may award fees.\n\n"
    withdrawn = _amended(
        "SENATE FLOOR AMENDMENTS TO SENATE, No. 5\n(Proposed by Senator Ames) -- WITHDRAWN\n"
        'Amend section 2 by deleting "may" and inserting "shall".\n',
        bare,
    )
    assert "2. The court may award fees." in withdrawn
    adopted = _amended(
        "SENATE JUDICIARY COMMITTEE AMENDMENTS TO SENATE, No. 5\n(Adopted March 2, 2027)\n"
        'Amend section 2 by deleting "may" and inserting "shall".\n',
        bare,
    )
    assert "2. The court shall award fees." in adopted


def test_a_record_of_adoption_without_any_instruction_leaves_the_print() -> None:
    """A numbered print whose record says something was adopted, with no amendment by page and
    line, is read as printed."""
    text = PRINT + "\nHOUSE JOURNAL\nThe committee report was adopted. The bill passed.\n"
    document = with_line_index(document_from_text(text))
    assert apply_adopted_line_amendments(document) is document


def test_a_list_of_changes_under_a_heading_that_records_their_adoption() -> None:
    """ "CHANGES ADOPTED IN VERSION 3 / (1) In Section 2, delete ", unless ..." and insert a
    period. / (2) In Section 3, delete "may" and insert "shall".": each numbered change is
    adopted by its list's heading; words that open with punctuation are struck where they stand,
    and "insert a period" leaves the sentence's own period to close it."""
    bill = (
        "Section 2. A peace officer who deprives a person of a right secured by the state "
        "constitution is liable to the person, unless the officer acted in good faith.\n"
        "Section 3. The court may award reasonable attorney fees to a prevailing plaintiff.\n"
    )
    amended = _amended(
        "\nCHANGES ADOPTED IN VERSION 3\n"
        '(1) In Section 2, delete ", unless the officer acted in good faith" and insert a '
        "period.\n"
        '(2) In Section 3, delete "may" and insert "shall".\n',
        bill,
    )
    assert "is liable to the person.\nSection 3." in amended
    assert "The court shall award reasonable attorney fees" in amended
    # (without the heading's record, nothing is adopted)
    unrecorded = _amended(
        '\nCHANGES PROPOSED FOR VERSION 3\n(1) In Section 3, delete "may" and insert "shall".\n',
        bill,
    )
    assert "The court may award reasonable attorney fees" in unrecorded
