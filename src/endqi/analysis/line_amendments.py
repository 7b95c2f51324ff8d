"""Amendments by page and line, applied to the numbered print they amend.

A floor or committee amendment names what it changes by the printed page and line of the bill
("On page 2, line 7, strike "may" and insert "shall""; "AMEND on page 1 by deleting lines 6
through 13"; "Page 1, after line 16 by inserting: <...>"; "Delete lines 22 - 23 and insert:
..."). When a document holds the numbered print and, after it, such an amendment that the record
shows adopted, the law is the print as amended. :func:`apply_adopted_line_amendments` returns the
document with each adopted change made to its clean text: struck words and lines go, inserted
words stand where the amendment puts them (their offsets point at the amendment's own words, so
evidence quoted from them is located in the amendment). An amendment whose record is failure,
withdrawal or silence changes nothing, and neither does one whose page and line the print does
not hold or whose struck words are not on the lines it names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from endqi.analysis import clauses
from endqi.analysis.text import whole_word_places
from endqi.documents.model import Document, with_line_index
from endqi.documents.offsets import OffsetMap, OffsetMapBuilder
from endqi.regex_cache import compile_pattern

# Quoted words: "...", or Iowa's <...>.
_QUOTED = r'(?:"([^"\n]{1,400})"|<([^<>\n]{1,400})>)'
# Where an instruction points: "page 2, line 7", "page 1 of the printed bill, in line 12",
# "page 1, lines 6 through 13", "page 1, after line 16", "page 2, between lines 20 and 21".
_LOCATOR = compile_pattern(
    r"\bpage\s+(?P<page>\d{1,3})(?:\s+of\s+the\s+(?:printed\s+)?(?:bill|reprint|copy|print))?"
    r"(?:\s*,\s*|\s+)(?:(?:in|on|at)\s+)?(?:(?P<after>after|following|between)\s+)?lines?\s+"
    r"(?P<first>\d{1,3})(?:\s*(?:through|thru|to|and|-|\u2013)\s*(?P<last>\d{1,3}))?"
    # (a range that runs onto a later page: "page 1, line 10, through page 2, line 4")
    r"(?:\s*,?\s*(?:through|thru|to)\s+page\s+(?P<last_page>\d{1,3})\s*,?\s*lines?\s+(?P<last_line>\d{1,3}))?"
    r"(?:\s*,\s*inclusive)?"
)
# The same with the verb first: "page 1, strike lines 6 through 10", "on page 1 by deleting lines
# 6 through 13", "page 2, strike in their entirety lines 19 through 21, inclusive".
_LOCATOR_VERB_FIRST = compile_pattern(
    r"\bpage\s+(?P<page>\d{1,3})(?:\s+of\s+the\s+(?:printed\s+)?(?:bill|reprint|copy|print))?"
    r"\s*,?\s*(?:by\s+)?(?:strik\w*|delet\w*|remov\w*)(?:\s+out)?(?:\s+in\s+(?:their|its)\s+entirety)?\s+"
    r"lines?\s+(?P<first>\d{1,3})(?:\s*(?:through|thru|to|-|\u2013)\s*(?P<last>\d{1,3}))?"
    r"(?:\s*,\s*inclusive)?(?:\s+in\s+(?:their|its)\s+entirety)?"
)
# Florida's committee amendments name lines only: "Delete lines 22 - 23 and insert:".
_LINES_ONLY = compile_pattern(
    r"(?m)^[ \t]*(?:\d{1,2}\.[ \t]*)?(?:delete|strike)\s+lines?\s+(?P<first>\d{1,3})"
    r"(?:\s*(?:through|thru|to|-|\u2013)\s*(?P<last>\d{1,3}))?"
)
# A further place in the same amendment, on the same page: "; and in line 13, delete ...", "in
# the same line", "on the next line", "strike in their entirety lines 4 through 12, inclusive".
_NEXT_LINE_IN_SAME_PAGE = compile_pattern(
    r"\b(?:in|on)\s+line\s+(?P<first>\d{1,3})\b"
    r"|\b(?:in|on)\s+the\s+(?P<same>same|next)\s+line\b"
    r"|\b(?:strik\w*|delet\w*)(?:\s+out)?(?:\s+in\s+(?:their|its)\s+entirety)?\s+lines\s+(?P<from>\d{1,3})\s*"
    r"(?:through|thru|to|-|\u2013)\s*(?P<to>\d{1,3})(?:\s*,\s*inclusive)?"
)
_STRIKE_WORDS = compile_pattern(
    r"[\s,:)]*(?:by\s+)?(?:strik\w*|delet\w*|remov\w*)(?:\s+out)?\s+(?:the\s+words?\s+)?" + _QUOTED
)
_INSERT_WORDS = compile_pattern(
    r"\s*,?\s*(?:and\s+)?(?:by\s+)?(?:insert\w*|substitut\w*)(?:\s+in\s+(?:lieu|place)\s+thereof)?"
    r"(?:\s+the\s+following)?\s*:?\s*" + _QUOTED
)
_AFTER_WORDS_INSERT = compile_pattern(
    r"[\s,:)]*(?:by\s+)?(?:(?:after|following)\s+" + _QUOTED + r"\s*,?\s*(?:by\s+)?insert\w*"
    r"(?:\s+the\s+following)?\s*:?\s*"
    + _QUOTED
    + r"|insert\w*\s+after\s+"
    + _QUOTED
    + r"(?:\s+the\s+following)?\s*:?\s*"
    + _QUOTED
    + ")"
)
# A punctuation mark put where struck words stood: "... and insert a period".
_INSERT_A_MARK = compile_pattern(
    r"\s*,?\s*(?:and\s+)?(?:by\s+)?insert(?:ing)?\s+(?:a|the)\s+(?:period|full\s+stop|semicolon|comma)\b"
)
_INSERT_VERB = compile_pattern(r"\s*,?\s*(?:and\s+)?(?:by\s+)?(?:insert|substitut)")
_STRIKE_LINES = compile_pattern(
    r"[\s,:)]*(?:by\s+)?(?:strik\w*|delet\w*)(?:\s+out)?(?:\s+all\s+of\s+said\s+lines?"
    r"|\s+(?:the\s+|those\s+|these\s+)?(?:said\s+)?lines?|\s+in\s+(?:their|its)\s+entirety)?(?![\s:]*[\"<])"
)
_INSERT_PASSAGE = compile_pattern(
    r"[\s,:]*(?:and\s+)?(?:by\s+)?(?:insert\w*|substitut\w*)(?:\s+in\s+(?:lieu|place)\s+thereof)?"
    r"(?:\s+the\s+following)?\s*:?\s*"
)
# Where a passage an amendment inserts ends: the record of the amendment, or the next one.
_PASSAGE_END = compile_pattern(
    r"\n[ \t]*\n|\n[ \t]*(?:amendment|amend|adopted|failed|withdrawn|lost|rejected|tabled)\b"
    # (the cleaner may have joined the record to the passage's last line)
    r"|\b(?:(?:senate|house|floor|committee|assembly)\s+)?amendment\s+(?:no\.?\s*)?[\w.-]{1,12}"
    r"(?:\s*[-\u2013:]\s*|\s+(?:was\s+)?)(?:adopted|failed|withdrawn|tabled|lost|rejected|not\s+adopted)\b"
    r"|\bamendment\s+(?:was\s+)?(?:adopted|failed|withdrawn|tabled|lost|rejected)\b|\bamend\b"
    # ("A01932 -- Amendment adopted on second consideration")
    r"|\b[a-z]{0,3}\d{3,6}\s+--\s+amendment\b"
    r"|\b[a-z]{0,10}\s?journal\b|\bfloor\s+action\b|\bfurther\s+amend|\bcorrect\s+the\s+title\b|\(end\)"
)
# (clauses' failure record holds "withdrawn" and "lost"; a record here may also say who withdrew it)
_WITHDREW = compile_pattern(r"\bwithdrew\b")
# An amendment's code alone on its line: Iowa's "H-1108", Nebraska's "AM0913".
_CODE_HEAD = compile_pattern(r"[ \t]*(?P<label>[a-z]{1,2}-\d{3,5})[ \t]*(?:\n|$)")
_AM_NUMBER_HEAD = compile_pattern(r"[ \t]*(?P<label>am\d{3,5})[ \t]*(?:\n|$)")
# A checked box on a record form: "ADOPTED ___X___   LOST _______".
_MARKED_ADOPTED = compile_pattern(r"\badopted[ \t_]*x[ \t_]*(?:lost|failed|\n|$)")
_MARKED_LOST = compile_pattern(r"\b(?:lost|failed)[ \t_]*x\b")
# A motion to adopt the amendment, and its fate: "moved to adopt AM401. The motion prevailed".
_MOTION_TO_ADOPT_PREVAILED = compile_pattern(
    r"\bmoved\s+(?:to\s+adopt|(?:the\s+)?adoption\s+of)\b[^.;]{0,80}[.;]\s*(?:[^.;]{0,80}[.;]\s*)?"
    r"the\s+motion\s+(?:prevailed|carried)\b"
    # A governor's recommendations accepted: "Senator Castro moved that the Senate accept the
    # Governor's specific recommendations for change to Senate Bill 1420. The motion prevailed".
    r"|\bmoved\s+that\s+the\s+(?:senate|house|assembly)\s+(?:accept|concur\s+in)\s+the\s+governor'?s\b[^.;]{0,120}[.;]\s*"
    r"the\s+motion\s+(?:prevailed|carried)\b"
)
_ANOTHER_PAGE = compile_pattern(r"\bpage\s+\d")
# A page's own heading line: "Page 2".
_PAGE_HEADER = compile_pattern(r"(?im)^[ \t]*page[ \t]+(\d{1,3})[ \t]*$")
# Printed bills set about 25 to 35 lines on a page.
LINES_ON_A_PAGE = 30
_OUTCOME_REACH = 1_500  # an amendment's record follows it closely, or names it
_INSERTED_PASSAGE_LIMIT = 4_000
# (substring tests in each casing: a caseless regex over a 300-page bill costs more than them all)
_ADOPTION_WORDS = tuple(
    spelling
    for word in ("adopt", "agreed to", "carried", "motion prevailed")
    for spelling in (word, word.capitalize(), word.title(), word.upper())
)
# Struck words shorter than this name no single place by themselves ("may", "shall not").
_UNIQUE_WORDS_MINIMUM = 12


@dataclass(frozen=True, slots=True)
class _Instruction:
    """Where one instruction points: its position, the page (None when it names lines only),
    the first and last line, whether it inserts after the lines, where what it does is read
    from, and whether the locator already held the verb ("strike lines 6 through 10")."""

    at: int
    page: int | None
    first: int
    last: int
    after: bool
    rest: int
    lines_struck: bool = False
    last_page: int | None = None  # the page of the last line, when the range runs onto another
    # Where the clause that names an unlocated instruction's section starts (None for one
    # located by page and line).
    at_clause: int | None = None


@dataclass(frozen=True, slots=True)
class _Edit:
    """One change to the clean text: ``text[start:end]`` becomes the words at
    ``source_start:source_end`` of the same text (the amendment's own), or nothing."""

    start: int
    end: int
    source_start: int = 0
    source_end: int = 0


def apply_adopted_line_amendments(document: Document) -> Document:
    """``document`` with every adopted page-and-line amendment it prints made to its text
    (the document itself when it has no such amendment). On a print without line numbers, or
    for an instruction that names a section rather than a line ("Amend Section 15-5-600(A) by
    striking "..." and inserting "..."") the struck words are replaced only where they stand
    once in the bill before its first amendment: a place the words alone can name."""
    text = document.text
    if not document.offset_map:
        return document
    # (a record of adoption first, in the print's own capitals, before the whole text is lowered)
    if not any(word in text for word in _ADOPTION_WORDS):
        return document
    lowered = text.lower()
    if not any(verb in lowered for verb in ("strik", "line", "delet", "replac", "insert")):
        return document
    if len(lowered) != len(text):
        return document  # (a lowercase form of another length would misplace every span)
    numbered = bool(document.line_numbers)
    instructions = sorted(
        [*(_instructions(lowered) if "line" in lowered else []), *_unlocated_instructions(lowered)],
        key=lambda instruction: instruction.at,
    )
    adopted = [
        found
        # (each with the next one's position, the last with none)
        for found, following in zip(instructions, [*instructions[1:], None], strict=False)
        if _recorded_adopted(lowered, found.at, following.at if following else None)
    ]
    if not adopted:
        return document
    lines = _PrintedLines(document) if numbered else None
    bill_end = instructions[0].at
    placed_by_words = [found for found in adopted if lines is None or not found.first]
    # (the bill's sections, read once for every instruction that names one)
    headings = _section_headings(lowered, bill_end) if placed_by_words else ((), ())
    edits = [
        edit
        for found in adopted
        for edit in (
            _edits_of(lowered, lines, found)
            if lines is not None and found.first
            else _edits_by_unique_words(lowered, found, bill_end, headings)
        )
    ]
    if not edits:
        return document
    return _apply(document, edits)


# An instruction that names no page and line: "Amend the bill, SECTION 1, Section 15-5-600(A), by
# striking "An employee of a governmental entity" and inserting "A law enforcement officer"";
# "Amend House Bill 3311 in Section 15 by striking "may" and inserting "shall"; and in Section 5,
# after "Criminal Code of 2012" by inserting ", including ..."". Each strike of quoted words, or
# insertion after quoted words, is one instruction; its clause (from the line, the semicolon or
# the instruction before it) says where.
_UNLOCATED_EDIT = compile_pattern(
    # (an instruction's verb, not a report's "which would have deleted "shall indemnify"")
    r"\b(?:by\s+)?(?:strik(?:e|ing)|delet(?:e|ing))(?:\s+out)?\s+(?:the\s+words?\s+)?(?="
    + _QUOTED
    + r")"
    r"|\b(?:after|following)\s+(?=" + _QUOTED + r"\s*,?\s*(?:by\s+)?insert)"
    r"|\b(?:by\s+)?replac(?:e|ing)\s+(?=" + _QUOTED + r"\s*,?\s*with\s)"
)
_REPLACE_WORDS = compile_pattern(r"[\s,:)]*(?:by\s+)?replac(?:e|ing)\s+" + _QUOTED)
_WITH_WORDS = compile_pattern(r"\s*,?\s*with\s+" + _QUOTED)
# How many lines back an instruction's clause may start.
_CLAUSE_LINES = 3
# A clause that names where it amends: "amend ...", "in Section 5", "in added Section 101B.004".
_NAMES_A_PLACE = compile_pattern(r"\bamend\w*\b|\bin\s+(?:added\s+|new\s+)?(?:section|sec\.)\s*\d")
# The sections and subsections a clause names: "Section 15", "SECTION 1, Section 15-5-600(A)",
# "Section 1, subsection (3)", "in added Section 101B.004".
_SECTION_NAMED = compile_pattern(
    r"\b(?:section|sec\.)\s*(?P<label>\d+[a-z]?(?:[.\-]\d+[a-z]?)*)"
    r"|\bsubsection\s*\((?P<sub>[a-z0-9]{1,4})\)"
)
# A section's heading in the bill, at a line's start: "Section 15.", "SECTION 1.", "Sec. 101B.004.",
# "§ 3.".
_SECTION_HEADING = compile_pattern(
    r"(?:^|\n)[ \t]*(?:section|sec\.|\u00a7)\s*(?P<label>\d+[a-z]?(?:[.\-]\d+[a-z]?)*?)\.?(?=[\s:]|$)"
)
# A section numbered bare at a line's start: "2. A law enforcement officer who ...".
_BARE_SECTION_NUMBER = compile_pattern(r"(?:^|\n)[ \t]*(?P<label>\d{1,3})\.[ \t]+(?=[a-z(\"“])")
# A subsection's number at a line's start or after a sentence or heading: "(3)", "Section 3. (a)".
_SUBSECTION_HEADING = compile_pattern(r"[\n.][ \t]*\((?P<sub>[a-z0-9]{1,4})\)")
# Which of the struck words' places is meant: "where it first appears", "the second time it
# appears", "wherever it appears", "each place it appears".
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_WHICH_PLACE = compile_pattern(
    r"\s*,?\s*(?:(?P<every>wherever|each\s+(?:place|time)|every\s+(?:place|time)|everywhere)"
    r"|where|the\s+(?P<nth>first|second|third|fourth)\s+(?:place|time))\s+(?:that\s+)?(?:it|they)\s+"
    r"(?:(?P<nth2>first|second|third|fourth)\s+)?appears?\b"
)


def _unlocated_instructions(lowered: str) -> list[_Instruction]:
    """Instructions to strike quoted words, or to insert after them, that name a section, not
    a page and line."""
    found = []
    clause_floor = 0
    for match in _UNLOCATED_EDIT.finditer(lowered):
        bound = max(clause_floor, lowered.rfind(";", 0, match.start()) + 1)
        clause_start = max(bound, lowered.rfind("\n", 0, match.start()) + 1)
        # (an instruction wrapped over lines: "Amend Senate Bill 1402 in Section 10, / by
        # striking ...": the clause reaches back over the lines of its paragraph)
        for _ in range(_CLAUSE_LINES):
            if clause_start <= bound or _NAMES_A_PLACE.search(lowered, clause_start, match.start()):
                break
            if lowered[clause_start - 2 : clause_start] == "\n\n" or clause_start < 2:
                break
            clause_start = max(bound, lowered.rfind("\n", 0, clause_start - 1) + 1)
        clause_floor = match.end()
        clause = lowered[clause_start : match.start()]
        if not _NAMES_A_PLACE.search(clause) or _LOCATOR.search(clause):
            continue  # (a page and line named: read as such; no place named: not an instruction)
        found.append(
            _Instruction(match.start(), None, 0, 0, False, match.start(), at_clause=clause_start)
        )
    return found


_SectionHeadings = tuple[Sequence[re.Match[str]], Sequence[re.Match[str]]]


def _section_headings(lowered: str, bill_end: int) -> _SectionHeadings:
    """The bill's section headings before ``bill_end``: those headed "Section 3." and those
    numbered bare "3."."""
    return (
        list(_SECTION_HEADING.finditer(lowered, 0, bill_end)),
        list(_BARE_SECTION_NUMBER.finditer(lowered, 0, bill_end)),
    )


def _scope(
    lowered: str, clause: str, bill_end: int, all_headings: _SectionHeadings
) -> tuple[int, int] | None:
    """The stretch of the bill (before ``bill_end``) that an instruction's clause names: the
    section it names last that the bill heads, narrowed to the subsection it names, if any. None
    when it names no section the bill heads."""
    labels, subsections = [], []
    for named in _SECTION_NAMED.finditer(clause):
        if named.group("label"):
            labels.append(named.group("label"))
        elif named.group("sub"):
            subsections.append(named.group("sub"))
    if not labels:
        return None
    headings, bare = all_headings
    if not any(h.group("label") in labels for h in headings):
        # (New Jersey numbers its sections bare: "2. In an action under ...")
        headings = bare
    scope = None
    for label in reversed(labels):  # (the innermost place is named last)
        # (the last print of the section: a substitute printed after the bill replaces it)
        for index in reversed(range(len(headings))):
            if headings[index].group("label") == label:
                end = headings[index + 1].start() if index + 1 < len(headings) else bill_end
                scope = (headings[index].start(), end)
                break
        if scope is not None:
            break
    if scope is None or not subsections:
        return scope
    numbers = list(_SUBSECTION_HEADING.finditer(lowered, *scope))
    for index, number in enumerate(numbers):
        if number.group("sub") == subsections[-1]:
            end = numbers[index + 1].start() if index + 1 < len(numbers) else scope[1]
            return number.start(), end
    return None  # (a subsection the section does not hold: the place cannot be named)


def _edits_by_unique_words(
    lowered: str, instruction: _Instruction, bill_end: int, headings: _SectionHeadings
) -> list[_Edit]:
    """The edits an instruction to strike quoted words (and insert others), or to insert after
    quoted words, makes where it names one place: within the section (and subsection) its clause
    names, the place its ordinal names ("where it first appears"), every place ("wherever it
    appears"), or the one place the words stand; with no section named, words of at least
    :data:`_UNIQUE_WORDS_MINIMUM` characters that stand once in the bill. Else none."""
    scope = (
        _scope(lowered, lowered[instruction.at_clause : instruction.at], bill_end, headings)
        if instruction.at_clause is not None
        else None
    )
    after = _AFTER_WORDS_INSERT.match(lowered, instruction.rest)
    if after is not None and scope is not None:
        anchor = _group(after, 1, 2) or _group(after, 5, 6)
        new = _group(after, 3, 4) or _group(after, 7, 8)
        if anchor is None or new is None:
            return []
        words = " ".join(lowered[anchor[0] : anchor[1]].split())
        places = whole_word_places(lowered, words, *scope) if words else []
        if len(places) != 1:
            return []
        return [_Edit(places[0] + len(words), places[0] + len(words), new[0], new[1])]
    struck = _STRIKE_WORDS.match(lowered, instruction.rest)
    # ("by replacing "may" with "shall"")
    replaced = _REPLACE_WORDS.match(lowered, instruction.rest) if struck is None else None
    struck = struck or replaced
    if struck is None:
        return []
    old = _group(struck, 1, 2)
    if old is None:
        return []
    words = " ".join(lowered[old[0] : old[1]].split())
    if not words:
        return []
    which = _WHICH_PLACE.match(lowered, struck.end())
    if scope is None:
        if len(words) < _UNIQUE_WORDS_MINIMUM or which is not None:
            return []  # ("may", "shall": too short to name one place by themselves)
        scope = (0, bill_end)
    places = whole_word_places(lowered, words, *scope)
    if which is not None and which.group("every"):
        pass
    elif which is not None:
        nth = _ORDINALS[which.group("nth") or which.group("nth2") or "first"]
        places = places[nth - 1 : nth]
    elif len(places) != 1:
        places = []
    if not places:
        return []
    tail = which.end() if which is not None else struck.end()
    if replaced is not None:
        with_words = _WITH_WORDS.match(lowered, tail)
        new = _group(with_words, 1, 2) if with_words is not None else None
        if new is None:
            return []
    else:
        new_words = _INSERT_WORDS.match(lowered, tail)
        new = _group(new_words, 1, 2) if new_words is not None else None
        # ('delete ", except that ... is not liable" and insert a period': the words go, and
        # the period the sentence already ends with closes it; no passage is inserted)
        if (
            new is None
            and _INSERT_VERB.match(lowered, tail)
            and not _INSERT_A_MARK.match(lowered, tail)
        ):
            new = _inserted_passage(lowered, tail)
            if new is None:
                return []
    if new is None:
        return [_Edit(place, place + len(words)) for place in places]
    return [_Edit(place, place + len(words), new[0], new[1]) for place in places]


def _instructions(lowered: str) -> list[_Instruction]:
    """Each place an instruction points at, in the order of the text."""
    found: list[_Instruction] = []
    for match in _LOCATOR_VERB_FIRST.finditer(lowered):
        first = int(match.group("first"))
        last = int(match.group("last") or first)
        # (the verb is part of the locator: what follows is what goes in their place)
        found.append(
            _Instruction(
                match.start(), int(match.group("page")), first, last, False, match.end(), True
            )
        )
    taken = {instruction.at for instruction in found}
    for match in _LOCATOR.finditer(lowered):
        if match.start() in taken:
            continue
        page = int(match.group("page"))
        first = int(match.group("first"))
        last = int(match.group("last") or first)
        after = match.group("after") is not None
        last_page = None
        if match.group("last_page") is not None:
            last_page, last = int(match.group("last_page")), int(match.group("last_line"))
        found.append(
            _Instruction(match.start(), page, first, last, after, match.end(), last_page=last_page)
        )
        # "...; and in line 13, delete ...": the same page, another line.
        tail_end = lowered.find("\n", match.end())
        tail = lowered[match.end() : tail_end if tail_end != -1 else len(lowered)]
        # (up to the next page named: "...; 2. Page 2, by striking lines 1 through 6", run into the
        # same line by the cleaner, is another page's instruction)
        next_page = _ANOTHER_PAGE.search(tail)
        if next_page is not None:
            tail = tail[: next_page.start()]
        line = last
        for more in _NEXT_LINE_IN_SAME_PAGE.finditer(tail):
            at, rest = match.end() + more.start(), match.end() + more.end()
            if more.group("from") is not None:
                # (lines struck whole: what follows, if anything, takes their place)
                line = int(more.group("to"))
                found.append(
                    _Instruction(at, page, int(more.group("from")), line, False, rest, True)
                )
                continue
            if more.group("same") == "next":
                line += 1
            elif more.group("same") is None:
                line = int(more.group("first"))
            found.append(_Instruction(at, page, line, line, False, rest))
    for match in _LINES_ONLY.finditer(lowered):
        first = int(match.group("first"))
        last = int(match.group("last") or first)
        found.append(_Instruction(match.start(), None, first, last, False, match.end(), True))
    return sorted(found, key=lambda instruction: instruction.at)


def _edits_of(lowered: str, lines: _PrintedLines, instruction: _Instruction) -> list[_Edit]:
    """The edits one instruction makes, or none when it cannot be placed."""
    start = lines.start(instruction.page, instruction.first, before=instruction.at)
    end = lines.end(
        instruction.last_page or instruction.page, instruction.last, before=instruction.at
    )
    if start is None or end is None or end < start:
        return []
    rest = instruction.rest
    if instruction.lines_struck:
        # The verb came with the locator ("strike lines 6 through 10"): the lines go, and a
        # passage after "and insert" takes their place.
        inserted = _inserted_passage(lowered, rest)
        return [_Edit(start, end, *(inserted or (0, 0)))]
    if instruction.after:
        inserted = _inserted_passage(lowered, rest)
        return [_Edit(end, end, *inserted)] if inserted else []
    words = _AFTER_WORDS_INSERT.match(lowered, rest)
    if words is not None:
        anchor = _group(words, 1, 2) or _group(words, 5, 6)
        new = _group(words, 3, 4) or _group(words, 7, 8)
        if anchor is None or new is None:
            return []
        place = _find_on_lines(lowered, lowered[anchor[0] : anchor[1]], start, end)
        return [] if place is None else [_Edit(place[1], place[1], new[0], new[1])]
    struck = _STRIKE_WORDS.match(lowered, rest)
    if struck is not None:
        old = _group(struck, 1, 2)
        if old is None:
            return []
        place = _find_on_lines(lowered, lowered[old[0] : old[1]], start, end)
        if place is None:
            return []
        new_words = _INSERT_WORDS.match(lowered, struck.end())
        new = _group(new_words, 1, 2) if new_words is not None else None
        if new is None and _INSERT_VERB.match(lowered, struck.end()):
            # ("by striking out "any person" and inserting\nA member of the State Police")
            new = _inserted_passage(lowered, struck.end())
            if new is None:
                return []  # (words to insert that cannot be read: the print is left as it is)
        if new is None:
            return [_Edit(*place)]
        return [_Edit(place[0], place[1], new[0], new[1])]
    lines_struck = _STRIKE_LINES.match(lowered, rest)
    if lines_struck is not None and lines_struck.end() > rest:
        inserted = _inserted_passage(lowered, lines_struck.end())
        return [_Edit(start, end, *(inserted or (0, 0)))]
    return []


def _group(match: re.Match[str], *numbers: int) -> tuple[int, int] | None:
    """The span of the first of ``numbers`` groups that took part in ``match``."""
    for number in numbers:
        span = match.span(number)
        if span[0] != -1:
            return span
    return None


def _inserted_passage(lowered: str, position: int) -> tuple[int, int] | None:
    """The span of the words an instruction inserts, read from ``position``: a quotation, or
    the passage after "insert:" up to the amendment's record or the next instruction."""
    lead = _INSERT_PASSAGE.match(lowered, position)
    if lead is None or lead.end() == position:
        return None
    begin = lead.end()
    if begin < len(lowered) and lowered[begin] in '"<':
        close = lowered.find('"' if lowered[begin] == '"' else ">", begin + 1)
        if close == -1 or close - begin > _INSERTED_PASSAGE_LIMIT:
            return None
        return begin + 1, close
    ending = _PASSAGE_END.search(lowered, begin, begin + _INSERTED_PASSAGE_LIMIT)
    stop = (
        ending.start() if ending is not None else min(len(lowered), begin + _INSERTED_PASSAGE_LIMIT)
    )
    return (begin, stop) if stop > begin else None


def _find_on_lines(lowered: str, words: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``words`` stand on the lines ``[start, end)`` (they may run onto the next line)."""
    words = " ".join(words.split())
    if not words:
        return None
    found = lowered.find(words, start, end + len(words) + 2)
    if found == -1 or found > end:
        return None
    return found, found + len(words)


def _recorded_adopted(lowered: str, at: int, next_instruction: int | None = None) -> bool:
    """Whether the record of the amendment holding ``at`` says it was adopted (and nothing
    says it failed): the record follows the amendment (before the next instruction, or else
    before the next amendment's heading), or names its label later on."""
    head_start, label = _amendment_head(lowered, at)
    following = _next_head(lowered, at)
    stop = min(following, at + _OUTCOME_REACH)
    near = lowered[at:stop]
    if "x" in near:
        marked_adopted = _MARKED_ADOPTED.search(near) is not None
        marked_lost = _MARKED_LOST.search(near) is not None
        if marked_adopted or marked_lost:
            return marked_adopted and not marked_lost
    seen: set[bool] = set()
    if next_instruction is not None and next_instruction < stop:
        # (a record between this instruction and the next is this amendment's: a heading run
        # into the record's line by the cleaner would not end the stretch)
        seen = _outcomes_after(lowered[at:next_instruction], own=label)
    if not seen:
        seen = _outcomes_after(near, own=label)
    if label:
        for record in clauses._RECORD_CLAUSE_SPLIT.split(lowered[stop:]):
            if clauses._names_label(record, label):
                seen |= _outcomes(record, label=label)
    # (an outcome said before the instruction in its own heading line: "... - ADOPTED", or in
    # a heading a few short lines above it that names the same amendment: "HOUSE COMMITTEE
    # AMENDMENT NO. 1 -- ADOPTED / Judiciary Committee, 3/19/2025 / AMENDMENT NO. 1. Amend ...")
    heading_end = lowered.find("\n", head_start)
    if heading_end == -1:
        heading_end = len(lowered)  # (the heading's line may be the document's last)
    if head_start < at:
        # (the heading's line up to the instruction: a cleaner may run the heading, the
        # instructions and the records of later amendments into one line)
        seen |= _outcomes(lowered[head_start : min(heading_end, at)], label=None)
        seen |= _outcomes_in_headings_above(lowered, head_start, label)
        # (or in a short line between the heading and the instruction: "SENATE JUDICIARY
        # COMMITTEE AMENDMENTS TO SENATE, No. 2210 / (Adopted February 9, 2025) / Amend ...")
        instruction_line = lowered.rfind("\n", 0, at) + 1
        for line in lowered[heading_end:instruction_line].split("\n"):
            if 0 < len(line.strip()) <= _HEADING_NOTE_LENGTH:
                seen |= _outcomes(line, label=None)
    # (or in the line that introduces it: "Report of the Committee on Judiciary, adopted:")
    line_start = lowered.rfind("\n", 0, at) + 1
    lead_start = lowered.rfind("\n", 0, max(0, line_start - 1)) + 1
    lead = lowered[lead_start:line_start].strip()
    if lead.endswith(":") and clauses._ADOPTION_RECORD.search(lead):
        seen.add(True)
    if not seen:
        # (or in the heading of a numbered list of changes it is one of: "CHANGES ADOPTED IN
        # VERSION 3 / (1) In Section 106A.001(b), delete ... / (2) In Section 106A.001(c), delete
        # "may" and insert "shall"")
        seen |= _outcomes_above_a_list(lowered, line_start)
    return seen == {True}


_LIST_ITEM_LINE = compile_pattern(r"[ \t]*\(?\d{1,2}[).][ \t]")
_LIST_REACH = 30  # items of one list of changes, at most


def _outcomes_above_a_list(lowered: str, line_start: int) -> set[bool]:
    """Outcomes said in the short line heading the numbered list whose item starts at
    ``line_start`` (none when the line is no list item)."""
    if not _LIST_ITEM_LINE.match(lowered, line_start):
        return set()
    for _ in range(_LIST_REACH):
        if line_start == 0:
            return set()
        above = lowered.rfind("\n", 0, line_start - 1) + 1
        if not _LIST_ITEM_LINE.match(lowered, above):
            heading = lowered[above : line_start - 1]
            if 0 < len(heading.strip()) <= _HEADING_NOTE_LENGTH:
                return _outcomes(heading, label=None)
            return set()
        line_start = above
    return set()


# How far above an amendment's heading line its other heading lines may stand, and how long a
# line between them may be (a committee's name and date; not the bill's text or an instruction).
_HEADINGS_ABOVE = 6
_HEADING_NOTE_LENGTH = 120


def _outcomes_in_headings_above(lowered: str, head_start: int, label: str) -> set[bool]:
    """Outcomes said in the heading lines just above the one at ``head_start`` that name the
    same amendment (the same label, or none), up to a heading that names another."""
    seen: set[bool] = set()
    line_end = head_start - 1
    for _ in range(_HEADINGS_ABOVE):
        if line_end <= 0:
            break
        line_start = lowered.rfind("\n", 0, line_end) + 1
        other = _head_label(lowered, line_start)
        if other is not None:
            if other and label and other != label:
                break
            seen |= _outcomes(lowered[line_start:line_end], label=None)
        elif line_end - line_start > _HEADING_NOTE_LENGTH:
            break
        line_end = line_start - 1
    return seen


def _outcomes_after(stretch: str, *, own: str) -> set[bool]:
    """The outcomes recorded in the stretch after an instruction: each clause's (see
    :func:`_outcomes`), and a motion to adopt that prevailed, which spans two clauses
    ("Senator Holdcroft moved to adopt AM401. The motion prevailed with 30 ayes")."""
    # (the stretch up to where another amendment is moved, when the record of this one stands
    # before it: "... remove lines 9 through 17 Renumber accordingly Floor amendment ... was
    # ADOPTED by voice vote. Representative Schneider moved the following amendment ...
    # Representative Schneider's amendment FAILED", run together by the cleaner)
    another = _ANOTHER_AMENDMENT_MOVED.search(stretch, 1)
    # (one that prints its own instructions: not "Senator Tollefson offered the following
    # amendment: AM0913", the journal's line for the amendment printed above)
    if another is not None and not _ANOTHER_LOCATOR.search(
        stretch, another.end(), another.end() + _OWN_INSTRUCTION_REACH
    ):
        another = None
    if another is not None:
        own_stretch = stretch[: another.start()]
        seen = _outcomes(own_stretch, label=None, own=own)
        if _MOTION_TO_ADOPT_PREVAILED.search(own_stretch):
            seen.add(True)
        if seen:
            return seen
    seen = _outcomes(stretch, label=None, own=own)
    if _MOTION_TO_ADOPT_PREVAILED.search(stretch):
        seen.add(True)
    return seen


_ANOTHER_LOCATOR = compile_pattern(r"\bpage\s+\d{1,3}\s*,")
_OWN_INSTRUCTION_REACH = 160
_ANOTHER_AMENDMENT_MOVED = compile_pattern(
    r"\b(?:moved|offered|proposed)\s+(?:the\s+following\s+|an?\s+)?amendments?\b|\bmoved\s+to\s+(?:further\s+)?amend\b"
)


def _outcomes(record: str, *, label: str | None, own: str = "") -> set[bool]:
    """True for each clause of ``record`` that records an adoption, False for each failure
    (only those naming ``label`` when it is given; none naming another amendment than
    ``own``)."""
    seen: set[bool] = set()
    for clause in clauses._RECORD_CLAUSE_SPLIT.split(record):
        if clauses._RECONSIDERED.search(clause) and (
            label is None or clauses._names_label(clause, label)
        ):
            seen.clear()  # (the vote reconsidered: what it recorded no longer stands)
            continue
        failed, adopted = clauses._record_outcome(clause)
        failed = failed or _WITHDREW.search(clause) is not None
        # (unlike clauses' record of failures, a report's adoption counts: a committee report
        # adopted adopts the amendments it prints, "The report of the committee was adopted")
        if failed == adopted:
            continue
        if label is not None and not clauses._names_label(clause, label):
            continue
        if label is None and _names_another(clause, own):
            continue
        seen.add(adopted)
    return seen


def _names_another(clause: str, own: str) -> bool:
    """Whether a record's clause names an amendment other than ``own`` ("Amendment No. 1 was
    adopted", read in amendment 2's stretch)."""
    named = [
        found.group("label")
        for pattern in (clauses._AMENDMENT_NUMBER_NAMED, clauses._AMENDMENT_CODE_NAMED)
        for found in pattern.finditer(clause)
    ]
    # (an amendment whose own label is unknown cannot tell another's record from its own)
    return bool(own) and bool(named) and own not in named


def _head_label(lowered: str, line_start: int) -> str | None:
    """The label of the amendment whose heading opens the line at ``line_start`` ("" for a
    heading without one), or None when the line is no amendment's heading: "FLOOR AMENDMENT
    NO. 2", "AMENDMENT H-8103", Nebraska's "AM0913", Iowa's bare "H-1108"."""
    head = clauses._AMENDMENT_HEAD.match(lowered, line_start)
    if head is not None:
        return head.group("label") or head.group("code") or ""
    for pattern in (_CODE_HEAD, _AM_NUMBER_HEAD):
        code = pattern.match(lowered, line_start)
        if code is not None:
            return code.group("label")
    return None


def _amendment_head(lowered: str, at: int) -> tuple[int, str]:
    """Where the heading of the amendment holding ``at`` starts, and its label ("" if none)."""
    line_start = lowered.rfind("\n", 0, at) + 1
    for _ in range(40):
        label = _head_label(lowered, line_start)
        if label is not None:
            return line_start, label
        if line_start == 0:
            break
        line_start = lowered.rfind("\n", 0, line_start - 1) + 1
    return lowered.rfind("\n", 0, at) + 1, ""


def _next_head(lowered: str, at: int) -> int:
    """Where the next amendment's heading starts after ``at`` (the end of the text if none)."""
    position = lowered.find("\n", at)
    while position != -1:
        if _head_label(lowered, position + 1) is not None:
            return position + 1
        position = lowered.find("\n", position + 1)
    return len(lowered)


class _PrintedLines:
    """The clean-text span of each numbered line of the print, by page and printed number."""

    def __init__(self, document: Document) -> None:
        original = document.original or document.text
        starts = with_line_index(document)._line_starts
        offset_map = document.offset_map
        size = len(offset_map) - 1
        self.spans: dict[tuple[int, int], tuple[int, int]] = {}
        self.by_number: dict[int, list[tuple[int, int]]] = {}
        page = 1
        previous: int | None = None
        restarts = False
        # (a print that heads its pages "Page 2" names them: the first page printed may not be 1)
        headed = [(m.start(), int(m.group(1))) for m in _PAGE_HEADER.finditer(original)]
        header_starts = [at for at, _ in headed]
        for index, number in enumerate(document.line_numbers):
            if number is None or index >= len(starts):
                continue
            if previous is not None and number <= previous:
                page += 1  # the numbers start again: a new page
                restarts = True
            previous = number
            if document.page_starts:
                page = bisect.bisect_right(document.page_starts, starts[index])
            if headed:
                heading = bisect.bisect_right(header_starts, starts[index])
                if heading:
                    page = headed[heading - 1][1]
            line_end = starts[index + 1] - 1 if index + 1 < len(starts) else len(original)
            clean_start = bisect.bisect_left(offset_map, starts[index], 0, size)
            clean_end = bisect.bisect_left(offset_map, line_end, 0, size)
            if clean_end <= clean_start:
                continue
            self.spans[(page, number)] = (clean_start, clean_end)
            self.by_number.setdefault(number, []).append((clean_start, clean_end))
        self.pages_matter = restarts or bool(document.page_starts) or bool(headed)
        self.longest = max(self.by_number, default=0)

    def _span(self, page: int | None, number: int, before: int) -> tuple[int, int] | None:
        if page is not None and self.pages_matter:
            span = self.spans.get((page, number))
        elif page is not None and page > 1 and self.longest < LINES_ON_A_PAGE:
            # (a later page named, in a print whose numbers never start again and run no longer
            # than one page: that page's lines are not numbered here)
            span = None
        else:
            # (lines numbered through the whole print: the number alone is the line)
            candidates = self.by_number.get(number, [])
            span = candidates[0] if len(candidates) == 1 else None
        if span is None or span[0] >= before:
            return None  # (a print's lines come before the amendment that names them)
        return span

    def start(self, page: int | None, number: int, *, before: int) -> int | None:
        """Where line ``number`` of ``page`` starts in the clean text."""
        span = self._span(page, number, before)
        return None if span is None else span[0]

    def end(self, page: int | None, number: int, *, before: int) -> int | None:
        """Where line ``number`` of ``page`` ends in the clean text."""
        span = self._span(page, number, before)
        return None if span is None else span[1]


def _apply(document: Document, edits: Sequence[_Edit]) -> Document:
    """The document with ``edits`` made (overlapping ones after the first are skipped)."""
    text, offset_map = document.text, document.offset_map
    ordered: list[_Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if ordered and edit.start < ordered[-1].end:
            continue
        ordered.append(edit)
    parts: list[str] = []
    builder = OffsetMapBuilder()
    position = 0
    # (old start, old end, length added or removed) of each edit, for moving the deletions
    changes: list[tuple[int, int, int]] = []
    for edit in ordered:
        start, end = edit.start, edit.end
        if (
            edit.source_end <= edit.source_start
            and 0 < start < end < len(text)
            and text[start - 1] == " "
            and text[end] == " "
        ):
            end += 1  # (words struck from a sentence leave one space, not two)
        kept = text[position:start]
        parts.append(kept)
        _copy_map(builder, offset_map, position, start)
        added = _inserted(text, edit, start, end)
        if added:
            words, origin_start, lead, trail = added
            parts.append(lead + words + trail)
            builder.add(offset_map[origin_start], len(lead), 0)
            _copy_map(builder, offset_map, origin_start, origin_start + len(words))
            builder.add(offset_map[origin_start + len(words)], len(trail), 0)
            changes.append((start, end, len(lead) + len(words) + len(trail) - (end - start)))
        else:
            changes.append((start, end, start - end))
        position = end
    parts.append(text[position:])
    _copy_map(builder, offset_map, position, len(text))
    new_text = "".join(parts)
    new_map = builder.finish(offset_map[len(text)])
    if len(new_map) != len(new_text) + 1:
        return document  # (never expected: keep the print as it is rather than misplace it)
    deletions = tuple(
        (_moved(start, changes), _moved(end, changes))
        for start, end in document.deletions
        if not any(s < end and start < e for s, e, _ in changes)
    )
    return replace(
        document,
        text=new_text,
        offset_map=new_map,
        deletions=tuple((s, e) for s, e in deletions if e > s),
    )


def _inserted(text: str, edit: _Edit, start: int, end: int) -> tuple[str, int, str, str] | None:
    """The words an edit puts in, where they start, and the separators around them: a passage
    after a line is a paragraph of its own; words set into a sentence keep one space apart."""
    if edit.source_end <= edit.source_start:
        return None
    raw = text[edit.source_start : edit.source_end]
    words = raw.strip()
    if not words:
        return None
    origin_start = edit.source_start + (len(raw) - len(raw.lstrip()))
    if start == end and (start == 0 or text[start - 1] in ".:;\n" or "\n" in words):
        return words, origin_start, "\n", "\n"
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    lead = "" if before.isspace() or words[0] in ".,;:)" else " "
    trail = "" if after.isspace() or after in ".,;:)" else " "
    return words, origin_start, lead, trail


def _moved(position: int, changes: Sequence[tuple[int, int, int]]) -> int:
    """Where old clean offset ``position`` (outside every edit) stands in the edited text."""
    return position + sum(delta for start, end, delta in changes if end <= position)


def _copy_map(builder: OffsetMapBuilder, offset_map: Sequence[int], start: int, end: int) -> None:
    """Append the map's entries for clean indices ``[start, end)``."""
    if end <= start:
        return
    if isinstance(offset_map, OffsetMap):
        builder.extend(offset_map.runs(start, end))
        return
    for index in range(start, end):
        builder.add(offset_map[index], 1, 1)
