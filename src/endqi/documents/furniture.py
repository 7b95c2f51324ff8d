"""Printing furniture of legislative documents, recognised by shape and learned per document.

Furniture is what the printer adds around a bill's words: margin columns of line
numbers, amendment marks in the margin (``<--``), running heads and footers
(the bill number and page, a printer's number like ``20190HB0012PN0036 - 4 -``,
a drafting code like ``LBD01234-01-3``), page numbers, and the legend that
explains the typography ("EXPLANATION -- Matter enclosed in bold-faced brackets
[thus] ... is intended to be omitted from the law").

There is no rule per state. Each kind is a shape:

- a *margin column*: lines holding only a number, ascending one by one (PDF text
  layers often gather a page's column of numbers into a run of such lines);
- a *mark*: a line holding only amendment arrows, or arrows at a line's end;
- a *code line*: one token mixing capitals and digits, ten characters or more,
  optionally followed by a page number;
- a *running line*: a line that recurs, digits aside, at the top or bottom of
  most pages (or, in text without page breaks, a short line of numbers and a
  few letters that recurs, such as ``A. 1234    23``);
- a *legend*: a paragraph starting ``EXPLANATION`` that describes the marks.

A legend also tells which convention the print uses for deleted matter: when it
says matter in brackets is omitted (or deleted, or not enacted), every
``[bracketed]`` span of the document is struck text.

Functions here only *mark* lines (``dropped``) or move a line's ``end``; the
cleaner joins what is left and keeps the offset map exact.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass

from endqi.regex_cache import compile_pattern

# A line whose content is only a number (a margin line number gathered into a run).
MAX_MARGIN_NUMBER = 9999
# A column is at least this many consecutive numbers (a lone "2019" is bill text).
MIN_MARGIN_RUN = 3

# Amendment marks printed in the margin next to changed lines.
_MARK = r"(?:<-{1,3}|-{1,3}>|<=|=>)"
_MARKS_ONLY = compile_pattern(rf"{_MARK}(?:\s+{_MARK})*")
_TRAILING_MARKS = compile_pattern(rf"(?:\s+{_MARK})+$")

# One token mixing capitals and digits: 20190HB0012PN0036, LBD01234-01-3, then an
# optional page number ("- 4 -", "4").
_CODE_LINE = compile_pattern(
    r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{9,}"
    r"(?:\s+-?\s*\d{1,4}\s*-?)?"
)
# A page number alone ("4", "- 4 -", "Page 4", "4 of 9", "(4)").
_PAGE_NUMBER_LINE = compile_pattern(
    r"(?:page\s*)?[-(]?\s*\d{1,4}\s*[-)]?(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE
)
# A page number set off by dashes or brackets: "-2-", "- 2 -", "(2)", "[2]".
_DASHED_PAGE_NUMBER = compile_pattern(r"-\s?\d{1,4}\s?-|\(\d{1,4}\)|\[\d{1,4}\]")
# A page named inside a short line: "HB 2217 -- Page 4".
_PAGE_WORD = compile_pattern(r"\b(?:[Pp]age|PAGE)\s+\d{1,4}\b")
# ... but not an amendment's instruction, which names a line of that page: "On page 2, line 7,
# strike ...", "AMEND on page 1 by deleting lines 6 through 13".
_PAGE_AND_LINE_NAMED = compile_pattern(
    r"\b(?:[Pp]age|PAGE)\s+\d{1,4}\b[^\n]{0,60}?\b(?:[Ll]ines?|LINES?)\s+\d"
)
# Mississippi's footer: "H. B. No. 1287     ~ OFFICIAL ~", and its drafting code under it
# ("27/HR31/R902", "22/SS26/R1130.1").
_OFFICIAL_FOOTER = compile_pattern(
    r"[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?\s+No\.\s+\d{1,5}\s+~\s*OFFICIAL\s*~"
    r"|\d{2}/[A-Z]{2}\d{2,3}/[A-Z]{1,2}\d{2,5}(?:\.\d{1,3})?"
)
_EXPLICIT_PAGE_LINE = compile_pattern(r"page\s+\d{1,4}(?:\s+of\s+\d{1,4})?", re.IGNORECASE)
# A page footer naming the page and the bill: "p. 1     ESHB 1588.SL", "SB 5051   p. 3".
_BILL_CODE = r"(?:\d?[A-Z]{1,6}\s?\d{1,5}(?:[.-][A-Z]{1,4})*)"
# Or a bill's designation, a page number set off by dashes and the drafter's code after them:
# "HB2311 - 2 - LRB104 05512 RLC 15521 b".
_PAGE_AND_BILL_LINE = compile_pattern(
    # (one space may stand for the print's gap in a pasted copy: "p. 1 SB 5561")
    rf"p\.\s?\d{{1,4}}\s+{_BILL_CODE}|{_BILL_CODE}\s+p\.\s?\d{{1,4}}"
    rf"|{_BILL_CODE}\s+-\s?\d{{1,4}}\s?-(?:\s+[A-Z0-9]{{2,12}}){{1,6}}(?:\s+[a-z])?"
)
# A bill's designation; Texas prints it with dotted letters and "No.": "H.B. No. 2764",
# "C.S.S.B. No. 4".
_DESIGNATION = r"(?:[A-Z]{1,4}\.?|(?:[A-Z]\.){2,6}\s?No\.)\s?\d{1,6}(?:-{1,2}[A-Z])?"
# A running head made of a bill number and a page number: "A. 1234    23", "S. 5678--A  3",
# "HB 2300      1". Recognised only when it recurs.
_NUMBERS_HEAD = compile_pattern(rf"{_DESIGNATION}(?:\s+\d{{1,4}})?|\d{{1,4}}\s+{_DESIGNATION}")

# A running head that spells the kind of bill: "HOUSE BILL 1110", "2    HOUSE BILL 1110",
# "SENATE JOINT RESOLUTION 4   3". Recognised only when it recurs.
_BILL_WORDS_HEAD = compile_pattern(
    r"(?:\d{1,4}\s+)?(?:HOUSE|SENATE|ASSEMBLY|LEGISLATIVE)\s+(?:BILL|(?:JOINT\s+|CONCURRENT\s+)?"
    r"RESOLUTION)\s+(?:NO\.\s*)?\d{1,6}(?:\s+\d{1,4})?"
)
_BILL_NUMBER = compile_pattern(r"(?:BILL|RESOLUTION)\s+(?:NO\.\s*)?(\d{1,6})")
# A printer's barcode line: "*hb1110*", "*SB0042*".
_BARCODE_LINE = compile_pattern(r"\*[A-Za-z]{1,4}\d{1,6}[A-Za-z]?\*")

# The same with its page number, set apart by a wide gap: in a print whose lines are
# numbered, an unnumbered line of this shape is a page head even where it occurs once.
# (a PDF's text layer may give one space where the print shows several: "A. 9104 2")
_NUMBERS_HEAD_WITH_PAGE = compile_pattern(
    rf"{_DESIGNATION}\s+\d{{1,4}}(?:\s*(?:of|/)\s*\d{{1,4}})?"
)

# Running heads and footers are looked for among this many kept lines at the top
# and bottom of each page and must recur on this share of pages.
HEADER_LINES_PER_EDGE = 3
HEADER_PAGE_SHARE = 0.5
# In text without page breaks, a short numbers-and-capitals head recurring this often.
MIN_RUNNING_REPEATS = 2
MAX_RUNNING_LINE_CHARS = 60
_DIGITS = compile_pattern(r"\d+")

# The typographic legend: "EXPLANATION -- Matter enclosed in ...". It ends at the
# first line ending in a period, within this many lines.
_LEGEND_START = compile_pattern(
    r"(?:EXPLANATION\s*(?:-{1,2}|[:\u2014\u2013])?\s*"
    # "Matter enclosed in ...", or "CAPITALS INDICATE MATTER ADDED TO EXISTING LAW."
    r"(?:matter|capitals|italics|underlin|bold|brackets|strike|\Z)"
    # "CODING: Words stricken are deletions; words underlined are additions."
    r"|CODING:\s*words\s+(?:stricken|underlined|in\s+struck)"
    # Colorado's foot-of-page note: "Capital letters or bold & italic numbers indicate new
    # material to be added to existing law."
    r"|capital\s+letters\b.{0,60}?\bindicate\s+(?:new\s+)?(?:matter|material))",
    re.I,
)
MAX_LEGEND_LINES = 6
# What opens the bill again after a legend: its enacting clause or its first section.
_BILL_RESUMES = compile_pattern(
    r"[ \t]*(?:(?:be\s+it|the\s+people\b)[^\n]{0,120}?\benact|(?:section|sec\.)\s*1\b)",
    re.I,
)
# A period closing a line, perhaps inside a closing bracket, quotation or insertion mark
# ("(In this copy new matter appears _between underscores_.)").
_PERIOD_AT_LINE_END = compile_pattern(r"\.[)\]\"\u201d'\u2019_*]*[ \t]*$")


def _ends_in_period(original: str, start: int, end: int) -> bool:
    """Whether the line from ``start`` to ``end`` ends a sentence."""
    return original[end - 1] == "." or _PERIOD_AT_LINE_END.search(original, start, end) is not None


# A legend's own line is short; a longer line that opens with one holds more than the legend.
MAX_LEGEND_LINE_CHARS = 200
# A further sentence of a legend: "[Brackets] indicate matter deleted from existing law.",
# "Underlining indicates amendments to bill."
_LEGEND_MORE = compile_pattern(
    r"\S.{0,40}?\b(?:indicates?|denotes?|means?|is)\s+(?:new\s+)?"
    r"(?:matter|material|language|text|amendments?|deletions?|additions?)\b",
    re.I,
)
_LEGEND_WORDS = ("EXPLANATION", "Explanation")
# After a page's end is marked ("Page 1 of 2", a legend at the foot of the page), the next
# page's head follows: up to this many short lines shaped like a head (see _next_page_head).
PAGE_HEAD_LINES = HEADER_LINES_PER_EDGE
# A head line on a later page: the bill's number with its sponsors or a page number, in
# capitals ("A5120 SMITH", "SB 1212   2"), or a drafting code ("12-01234-27  20271212__").
_LATER_PAGE_HEAD = compile_pattern(r"(?=[^a-z]*\d)[^a-z]{1,40}")
# What a legend says about bracketed matter when brackets mark deleted law.
_BRACKETS_DELETE = compile_pattern(
    r"brackets?\b.{0,120}?\b(?:omitted|deleted|repealed|not\s+enacted|stricken|removed)",
    re.I | re.S,
)
# A bracketed span of deleted matter (may cross lines; bounded so a stray "[" costs
# at most this many characters of scanning before the next bracket).
MAX_BRACKETED_CHARS = 20000
_BRACKETED = compile_pattern(r"\[[^\[\]]{1," + str(MAX_BRACKETED_CHARS) + r"}\]")

# A line that starts with something shaped like a statute unit's label: the
# running-line rule never drops it, however often its shape recurs.
_LABEL_START = compile_pattern(
    r"(?:(?:Section|SECTION|Sec\.|SEC\.)[ \t]+\S|§|\((?:\d{1,3}|[a-zA-Z]{1,4})\)"
    r"|\d{1,5}[A-Z]?(?:[.-]\d{1,5}[A-Za-z]?)+\.\s)"
)


@dataclass(slots=True)
class PrintedLine:
    """One line of the extracted text, as the cleaner sees it."""

    start: int  # where the printed content starts (after any line number)
    end: int  # end of content, trailing whitespace excluded
    page: int
    indent: int
    index: int = 0  # the line's position among all lines of the original
    number: int | None = None
    dropped: bool = False

    @property
    def blank(self) -> bool:
        """Whether nothing is printed on the line (or all of it was furniture)."""
        return self.end <= self.start


def drop_margin_columns(lines: list[PrintedLine], original: str) -> None:
    """Drop amendment-mark lines, trailing marks and runs of bare ascending numbers."""
    run: list[PrintedLine] = []
    last_number = -2
    last_page = -1
    for line in lines:
        if line.end <= line.start:
            continue
        first = original[line.start]
        if first.isdecimal() and line.end - line.start <= 4:
            content = original[line.start : line.end]
            if content.isdecimal():
                number = int(content)
                if number == last_number + 1 and line.page == last_page:
                    run.append(line)
                else:
                    _drop_run(run)
                    run = [line]
                last_number, last_page = number, line.page
                continue
        if first in "<-=" and _MARKS_ONLY.fullmatch(original, line.start, line.end):
            line.dropped = True
            continue
        last_char = original[line.end - 1]
        if last_char in "->" and (
            trailing := _TRAILING_MARKS.search(original, line.start, line.end)
        ):
            line.end = trailing.start()
    _drop_run(run)


def _drop_run(run: list[PrintedLine]) -> None:
    if len(run) >= MIN_MARGIN_RUN:
        for line in run:
            line.dropped = True


# A sentence's period followed only by a print's bar code: "existing law. *hb0349*".
_ENDS_WITH_BARCODE = compile_pattern(r"\.[ \t]+\*[\w-]{3,20}\*[ \t]*$")
# A legend's last sentence with the print's drafting code after it on the same line ("[ ] is
# old law to be omitted.      LBD07731-01-1").
_ENDS_WITH_CODE = compile_pattern(
    r"\.[ \t]+(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{7,}[ \t]*$"
)


def drop_shaped_furniture(
    lines: list[PrintedLine], original: str, *, heads_after_page_ends: bool = False
) -> None:
    """Drop legends, code lines and explicit "Page 4 of 9" lines wherever they are.

    ``heads_after_page_ends`` (text without page breaks): also drop the next page's head
    right after a page end these mark (see :func:`_next_page_head`).
    """
    page_end_head_lines = PAGE_HEAD_LINES if heads_after_page_ends else 0
    legend_left = 0
    after_legend = False
    # Lines after a marked page end that may still be the next page's head.
    head_left = 0
    first_lines = _first_lines(lines, original)
    for line in lines:
        if line.end <= line.start or line.dropped:
            continue
        if legend_left and line.number is not None:
            legend_left = 0  # a numbered line is the bill's text again, never a legend's
            after_legend = False
        if legend_left and _BILL_RESUMES.match(original, line.start, line.end):
            # (a legend whose last sentence ends in a bracket or a mark, not a period: the
            # enacting clause or the first section is the bill's again)
            legend_left = 0
            after_legend = False
        if legend_left:
            line.dropped = True
            ended = _ends_in_period(original, line.start, line.end) or _ENDS_WITH_CODE.search(
                original, line.start, line.end
            )
            legend_left = 0 if ended else legend_left - 1
            after_legend = legend_left == 0
            head_left = page_end_head_lines
            continue
        if after_legend and _LEGEND_MORE.match(original, line.start, line.end):
            # The legend's next sentence: "[Brackets] indicate matter deleted from ...", ended by
            # its period even with the print's bar code after it ("... existing law. *hb0349*"):
            # the lines after it are the bill's again.
            line.dropped = True
            ended = _ends_in_period(original, line.start, line.end) or _ENDS_WITH_BARCODE.search(
                original, line.start, line.end
            )
            legend_left = 0 if ended else MAX_LEGEND_LINES - 1
            continue
        after_legend = False
        first = original[line.start]
        if first in "EC" and _LEGEND_START.match(original, line.start, line.end):
            rest = _after_legend_in_line(original, line.start, line.end)
            if rest is not None:
                # The legend and the bill on one line (text copied without its line breaks):
                # only the legend's sentences are furniture, never the law after them.
                line.start = rest
                continue
            line.dropped = True
            legend_left = (
                0 if _ends_in_period(original, line.start, line.end) else MAX_LEGEND_LINES - 1
            )
            after_legend = legend_left == 0
            head_left = page_end_head_lines
            continue
        if head_left:
            head_left -= 1
            if _next_page_head(line, original, first_lines):
                line.dropped = True
                continue
            head_left = 0  # the page's text has begun
        if (
            line.number is None
            and (first.isupper() or first.isdigit())
            and _CODE_LINE.fullmatch(original, line.start, line.end)
        ):
            line.dropped = True
            continue
        if (first in "Pp" and _EXPLICIT_PAGE_LINE.fullmatch(original, line.start, line.end)) or (
            line.number is None and _PAGE_AND_BILL_LINE.fullmatch(original, line.start, line.end)
        ):
            line.dropped = True
            head_left = page_end_head_lines
        elif first == "*" and _BARCODE_LINE.fullmatch(original, line.start, line.end):
            line.dropped = True


def _after_legend_in_line(original: str, start: int, end: int) -> int | None:
    """Where a line's text resumes after a legend that opens it ("EXPLANATION: CAPITALS
    INDICATE MATTER ADDED TO EXISTING LAW. [Brackets] indicate matter deleted from existing
    law. Article - Courts ..."), or None when the legend fills the line (a real print's)."""
    if end - start <= MAX_LEGEND_LINE_CHARS:
        return None
    position = original.find(". ", start, end)
    while position != -1:
        resume = position + 2
        while resume < end and original[resume] in " \t":
            resume += 1
        if not _LEGEND_MORE.match(original, resume, end):
            return resume if resume < end else None
        position = original.find(". ", resume, end)
    return None


def _first_lines(lines: list[PrintedLine], original: str) -> dict[str, PrintedLine]:
    """The first page's first few unnumbered lines, by their text (spaces normalised): a
    later page's head repeats them ("Florida Senate - 2027   SB 1212")."""
    found: dict[str, PrintedLine] = {}
    for line in lines:
        if len(found) == PAGE_HEAD_LINES:
            break
        if line.end > line.start and line.number is None:
            found.setdefault(" ".join(original[line.start : line.end].split()), line)
    return found


def _next_page_head(line: PrintedLine, original: str, first_lines: dict[str, PrintedLine]) -> bool:
    """Whether a line right after a marked page end is the next page's head: an unnumbered
    line that repeats one of the first page's first lines (that one is then a head too, and
    dropped), or a short line in capitals with a number that does not open a unit."""
    if line.number is not None:
        return False
    content = original[line.start : line.end]
    first = first_lines.get(" ".join(content.split()))
    if first is not None and first is not line:
        first.dropped = True
        return True
    return bool(_LATER_PAGE_HEAD.fullmatch(content)) and not _LABEL_START.match(content)


# A bill's designation alone: "HB0089", "SF 123", "S.B. 5".
_BILL_DESIGNATION = compile_pattern(r"(?:[A-Z]\.?){1,3}\s?\d{1,5}[A-Z]?")
# ... with the page's number beside it: "5      HB0089", "HB0089   5".
_PAGE_AND_DESIGNATION = compile_pattern(
    r"\d{1,4}\s+(?:[A-Z]\.?){1,3}\s?\d{1,5}[A-Z]?|(?:[A-Z]\.?){1,3}\s?\d{1,5}[A-Z]?\s+\d{1,4}"
)


def drop_page_end_designations(lines: list[PrintedLine], original: str) -> None:
    """Drop a page's last line when it holds only the bill's designation and the page's number
    ("5      HB0089" at a page's foot, the number sometimes taken for a line number)."""
    kept = [line for line in lines if line.end > line.start and not line.dropped]
    # (the last page's foot is the document's last line)
    for line, following in itertools.pairwise([*kept, None]):
        if (following is None or following.page != line.page) and (
            (
                line.number is not None
                and _BILL_DESIGNATION.fullmatch(original, line.start, line.end)
            )
            or _PAGE_AND_DESIGNATION.fullmatch(original, line.start, line.end)
        ):
            line.dropped = True


def drop_running_lines(lines: list[PrintedLine], original: str, page_count: int) -> None:
    """Drop lines that recur at the edges of most pages (or recur, in unpaged text)."""
    if page_count < 2:
        _drop_unpaged_running_lines(lines, original)
        return
    edges: list[list[PrintedLine]] = []
    for _, page_lines in itertools.groupby(lines, key=lambda line: line.page):
        body = [line for line in page_lines if line.end > line.start and not line.dropped]
        unnumbered = [line for line in body if line.number is None]
        top = unnumbered[:HEADER_LINES_PER_EDGE]
        bottom = [line for line in unnumbered[-HEADER_LINES_PER_EDGE:] if line not in top]
        edges.append(top + bottom)
        _drop_foot_repeating_head(top, bottom, original)
    pages_with_key: dict[str, set[int]] = {}
    keys: dict[int, str] = {}
    numbered = any(line.number is not None for line in lines)
    for page_index, edge_lines in enumerate(edges):
        for line in edge_lines:
            # (a PDF's text layer may end lines with "\r\n" and indent them with a space)
            content = original[line.start : line.end].strip()
            if _PAGE_NUMBER_LINE.fullmatch(content):
                line.dropped = True
                continue
            # "S. 8496        2" at a later page's edge of a print with numbered lines: the
            # bill's number and the page's, a head even on the one page of a two-page print.
            if page_index and numbered and _NUMBERS_HEAD_WITH_PAGE.fullmatch(content):
                line.dropped = True
                continue
            if _LABEL_START.match(content) and not _NUMBERS_HEAD.fullmatch(content):
                continue  # a unit starting a page is bill text, however often it recurs
            key = _DIGITS.sub("#", " ".join(content.split())).lower()
            keys[id(line)] = key
            pages_with_key.setdefault(key, set()).add(page_index)
    needed = max(2, math.ceil(HEADER_PAGE_SHARE * len(edges)))
    identifiers: set[str] = set()
    for edge_lines in edges:
        for line in edge_lines:
            key = keys.get(id(line))
            if key is not None and len(pages_with_key[key]) >= needed:
                line.dropped = True
                identifiers.update(
                    " ".join(m.group(0).split())
                    for m in _HEAD_IDENTIFIER.finditer(original, line.start, line.end)
                )
    if not identifiers:
        return
    # Heads that alternate between odd and even pages ("WES MOORE, Governor Ch. 654" and "Ch. 654
    # 2023 LAWS OF MARYLAND"): in a short print the other one may appear once. A short line at a
    # page's edge that carries the same chapter or bill number as a recurring head is one too.
    for edge_lines in edges:
        for line in edge_lines:
            if line.dropped or line.end - line.start > MAX_RUNNING_LINE_CHARS:
                continue
            found = {
                " ".join(m.group(0).split())
                for m in _HEAD_IDENTIFIER.finditer(original, line.start, line.end)
            }
            if found & identifiers and not _LABEL_START.match(original, line.start, line.end):
                line.dropped = True


def _drop_foot_repeating_head(
    top: list[PrintedLine], bottom: list[PrintedLine], original: str
) -> None:
    """Drop a page's foot line that repeats a line of the same page's head in capitals
    ("INTRODUCED" above the bill and again at the page's foot): a print's stamp, which would
    otherwise stand inside a sentence that runs on to the next page."""
    heads = {" ".join(original[line.start : line.end].split()) for line in top}
    for line in bottom:
        content = " ".join(original[line.start : line.end].split())
        if (
            content in heads
            and len(content) <= MAX_RUNNING_LINE_CHARS
            and content.isupper()
            and not _LABEL_START.match(content)
        ):
            line.dropped = True


# A chapter or bill number as heads print it: "Ch. 654", "HB 394", "S. 8496".
_HEAD_IDENTIFIER = compile_pattern(r"\b(?:Ch|CH|Chapter|[HS]\.?\s?B|[AS])\.?[ \t]?\d{1,5}\b")


def _short_when_spaced_out(original: str, start: int, end: int) -> bool:
    """Whether a long line is a short one spread across the page ("LC 2291" at the left margin
    and "Page 1" at the right): short once its wide gaps close."""
    # (most long lines are body text with no wide gap: look for one before copying the line)
    if original.find("          ", start, end) == -1:
        return False
    return len(" ".join(original[start:end].split())) <= MAX_RUNNING_LINE_CHARS


def _names_its_page(line: PrintedLine, original: str) -> bool:
    """Whether a line names the page it is on ("HB 2217 -- Page 4"): not a unit's label, and not
    an amendment's instruction naming a page and a line of the bill."""
    return (
        _PAGE_WORD.search(original, line.start, line.end) is not None
        and not _LABEL_START.match(original, line.start, line.end)
        and not _PAGE_AND_LINE_NAMED.search(original, line.start, line.end)
    )


def _drop_unpaged_running_lines(lines: list[PrintedLine], original: str) -> None:
    """Without page breaks: drop recurring bill-number-and-page heads ("A. 1234   23")."""
    by_key: dict[str, list[PrintedLine]] = {}
    numbered = any(line.number is not None for line in lines)
    for line in lines:
        if line.end <= line.start or line.dropped:
            continue
        if line.end - line.start > MAX_RUNNING_LINE_CHARS and not _short_when_spaced_out(
            original, line.start, line.end
        ):
            continue
        first = original[line.start]
        if (
            numbered
            and line.number is None
            and first in "-(["
            and _DASHED_PAGE_NUMBER.fullmatch(original, line.start, line.end)
        ):
            line.dropped = True  # "-2-" among numbered lines: the page's number
            continue
        if not (first.isupper() or first.isdigit()):
            continue
        # "LB733 LB733", "2027 2027": an unnumbered line in capitals with a number, among
        # numbered lines, that recurs word for word is a head.
        if (
            numbered
            and line.number is None
            and _LATER_PAGE_HEAD.fullmatch(original, line.start, line.end)
            and not _LABEL_START.match(original, line.start, line.end)
        ):
            key = "same " + " ".join(original[line.start : line.end].split())
            by_key.setdefault(key, []).append(line)
        if (
            numbered
            and line.number is None
            and (
                _NUMBERS_HEAD_WITH_PAGE.fullmatch(original, line.start, line.end)
                or _OFFICIAL_FOOTER.fullmatch(original, line.start, line.end)
                # "HB 2217 -- Page 2" among numbered lines: a head even where it occurs once.
                or _names_its_page(line, original)
            )
        ):
            line.dropped = True
            continue
        if _NUMBERS_HEAD.fullmatch(original, line.start, line.end):
            key = _DIGITS.sub("#", " ".join(original[line.start : line.end].split()).lower())
            if key.count("#") >= 2:
                by_key.setdefault(key, []).append(line)
        elif _names_its_page(line, original):
            # "HB 2217 -- Page 4", "SB 5   Page 2 of 9": a head that names its page, recurring.
            key = _DIGITS.sub("#", " ".join(original[line.start : line.end].split()).lower())
            by_key.setdefault(key, []).append(line)
        elif _BILL_WORDS_HEAD.fullmatch(original, line.start, line.end):
            # "HOUSE BILL 1110" on the first page, "2  HOUSE BILL 1110" on the next: the same
            # head with and without its page number.
            number = _BILL_NUMBER.search(original, line.start, line.end)
            if number is not None:
                by_key.setdefault("bill " + number.group(1), []).append(line)
    for found in by_key.values():
        if len(found) >= MIN_RUNNING_REPEATS:
            for line in found:
                line.dropped = True


def substituted_text(original: str) -> tuple[tuple[int, int], ...]:
    """The bill's original text when the print also carries an adopted amendment that strikes
    everything after the enacting clause and inserts a substitute ("Strike everything after the
    enacting clause and insert: ..."): from the end of the first enacting clause to the
    instruction. The substitute, printed after it, is the bill."""
    if "nacting clause" not in original and "NACTING CLAUSE" not in original:
        return ()  # (a substring test first: most prints have no such amendment)
    instruction = _STRIKE_ALL_AFTER_ENACTING.search(original)
    if instruction is None:
        return ()
    enacting = _ENACTING_FORMULA.search(original, 0, instruction.start())
    if enacting is None:
        return ()  # an amendment printed alone: there is no original text to set aside
    around = original[
        max(0, instruction.start() - _ADOPTION_REACH) : instruction.end() + _SUBSTITUTE_REACH
    ]
    if not _adopted(around):
        return ()  # proposed, not adopted: the original stays the bill
    line_start = original.rfind("\n", 0, instruction.start()) + 1
    return ((enacting.end(), max(enacting.end(), line_start)),)


_STRIKE_ALL_AFTER_ENACTING = compile_pattern(
    r"\b(?:strike|delete|remove)\s+(?:out\s+)?(?:everything|all(?:\s+(?:matter|text))?|the\s+entire\s+(?:text|bill))\s+"
    r"(?:after|following)\s+the\s+enacting\s+clause\b[^\n]{0,80}?\b(?:insert|substitute)",
    re.IGNORECASE,
)
_ENACTING_FORMULA = compile_pattern(r"\bbe\s+it\s+enacted\b[^\n]*", re.IGNORECASE)
_ADOPTED = compile_pattern(r"\badopted\b|\bagreed\s+to\b", re.IGNORECASE)
# A committee's action form lists every outcome with a box for each ("ADOPTED _____ (Y/N) ...
# FAILED TO ADOPT __Y__ (Y/N)"): only the marked box says what happened.
_FORM_BOX = "(Y/N)"
_MARKED_ADOPTION = compile_pattern(
    r"\badopted(?:\s+as\s+amended|\s+w/o\s+objection)?\s*_*\s*Y\s*_*\s*\(Y/N\)", re.IGNORECASE
)


def _adopted(around: str) -> bool:
    """Whether the words around an amendment record that it was adopted."""
    if _FORM_BOX in around.upper():
        return _MARKED_ADOPTION.search(around) is not None
    return _ADOPTED.search(around) is not None


_ADOPTION_REACH = 600
_SUBSTITUTE_REACH = 8000


# Struck text as a plain-text copy marks it: Markdown's "~~may~~", or the tags of an HTML print
# kept as text ("<del>Qualified immunity is not a defense.</del>", "<s>", "<strike>").
# (or in bracketed tags, as some editors and forums print them: "[strike]may[/strike]")
# (Markdown's rule: the opening marks touch the struck words' first letter and the closing marks
# their last, so a note that says "text struck appears between ~~ marks" opens nothing)
_MARKED_STRUCK = compile_pattern(
    r"~~(?![~\s])[^~]{0," + str(MAX_BRACKETED_CHARS) + r"}?(?<![~\s])~~"
    r"|<(del|s|strike)>[^<]{0," + str(MAX_BRACKETED_CHARS) + r"}?</\1>"
    r"|\[(del|s|strike|strikethrough)\][^\[]{0," + str(MAX_BRACKETED_CHARS) + r"}?\[/\2\]",
    re.IGNORECASE,
)


# What a drafter's working copy carries besides the law, pasted as plain text:
# - a word diff's deleted words ("[-may-]{+shall+}", "{-may-}");
# - a word processor's markup pane ("Deleted: may" on its own line, the "Inserted:" and
#   "Formatted:" labels);
# - drafting notes and comments ("[Drafter's note: we could add a cap here]", "NOTE: ...",
#   "Comment [LSC2]: ...").
_WORKING_COPY_MARKS: tuple[tuple[str, tuple[re.Pattern[str], ...], re.Pattern[str]], ...] = (
    # Each pattern stands behind cheaper tests its matches must pass: a character that must
    # occur (one memchr over the text) and gates that begin with that character, which the
    # regex engine scans for as a literal prefix. (The twenty-odd substring tests these
    # replace cost 8 ms on a 300-page print: a test of two or more characters is several
    # times slower than a gate's prefix scan.)
    (
        "[",
        (compile_pattern(r"\[-"),),
        compile_pattern(r"\[-[^\]\n]{0," + str(MAX_BRACKETED_CHARS) + r"}?-\]"),
    ),
    # A copy that names its changes in brackets: "[Deleted: ...]" or "[deleted text: ...]" is
    # struck whole; "[Inserted: " and "[new text: " are labels only (what they open is law).
    (
        "[",
        (compile_pattern(r"\[(?:[Dd]elet|DELET|[Ss]tr[iu]ck|STR[IU]CK)"),),
        compile_pattern(
            r"\[(?:deleted|struck|stricken)(?:\s+(?:text|matter|language|words?))?\s*:[^\]]{0,"
            + str(MAX_BRACKETED_CHARS)
            + r"}\]",
            re.IGNORECASE,
        ),
    ),
    (
        "[",
        (compile_pattern(r"\[(?:[Ii]nsert|INSERT|[Nn]ew|NEW|[Aa]dded|ADDED)"),),
        compile_pattern(
            r"\[(?:inserted|new|added)(?:\s+(?:text|matter|language|words?))?\s*:[ \t]*",
            re.IGNORECASE,
        ),
    ),
    # The tags around inserted words in bracketed form ("[underline]shall[/underline]"): the
    # words are law, the tags are not.
    (
        "[",
        (compile_pattern(r"\[/?(?:[Uu]nderline|UNDERLINE|[Uu]|[Ii]ns|INS|[Ii]nsert|INSERT)\]"),),
        compile_pattern(r"\[/?(?:underline|u|ins|insert)\]", re.IGNORECASE),
    ),
    (
        "{",
        (compile_pattern(r"\{-"),),
        compile_pattern(r"\{-[^}\n]{0," + str(MAX_BRACKETED_CHARS) + r"}?-\}"),
    ),
    (
        ":",
        # (and a comparison of versions: 'Lines marked "deleted:" appear in the introduced bill
        # only')
        (
            compile_pattern(
                r":(?:(?<=Deleted:)|(?<=Formatted:)|(?<=Inserted:)|(?<=deleted:)|(?<=inserted:)"
                r"|(?<=DELETED:)|(?<=INSERTED:))"
            ),
        ),
        compile_pattern(
            r"(?m:^)[ \t]*(?:Deleted|deleted|DELETED|Formatted):[^\n]*"
            r"|(?m:^)[ \t]*(?:Inserted|inserted|INSERTED):[ \t]*"
        ),
    ),
    (
        "[",
        (compile_pattern(r"\[(?:Drafter|DRAFTER|Drafting|Note|NOTE|Comment|COMMENT|Editor)"),),
        compile_pattern(
            r"\[(?:Drafter'?s'?\s+notes?|DRAFTER'?S'?\s+NOTES?|Drafting\s+notes?|Notes?|NOTES?|Comments?"
            r"|COMMENTS?|Editor'?s'?\s+notes?)\b[^\]]{0,2000}\]"
        ),
    ),
    (
        ":",
        (
            compile_pattern(
                r":(?:(?<=NOTE:)|(?<=Note:)|(?<=note:)|(?<=NOTES:)|(?<=Notes:)|(?<=notes:)"
                r"|(?<=NOTE :)|(?<=Note :))"
            ),
            compile_pattern("Comment"),
        ),
        compile_pattern(
            r"(?m:^)[ \t]*(?:NOTE|Note|Drafter'?s'?\s+[Nn]otes?|DRAFTER'?S'?\s+NOTES?|Drafting\s+[Nn]otes?"
            r"|Comment(?:[ \t]*\[[^\]\n]{0,40}\])?)[ \t]*:[^\n]*"
        ),
    ),
)


def marked_deletions(original: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``original`` struck through in Markdown ("~~...~~") or in HTML tags kept as
    text ("<del>...</del>"), markers included; and the deletions, markup labels and notes of a
    drafter's working copy (see ``_WORKING_COPY_MARKS``), which are not law either."""
    spans: list[tuple[int, int]] = []
    # (character tests first, each one memchr: most prints have neither)
    if ("~" in original and "~~" in original) or "<" in original or "[/" in original:
        spans.extend(match.span() for match in _MARKED_STRUCK.finditer(original))
    for character, gates, pattern in _WORKING_COPY_MARKS:
        if character in original and any(gate.search(original) for gate in gates):
            spans.extend(match.span() for match in pattern.finditer(original))
    if "{" in original and _LANGUAGE_MARK_OPENING.search(original):
        # A legislature's text-only page: "{DELETED LANGUAGE: one hundred thousand dollars}
        # {NEW LANGUAGE: three hundred thousand dollars}", or a drafter's tracked changes
        # ("{deleted: may}{inserted: shall}"): the deleted words go, and the marks around the
        # new ones (the new words are law).
        for match in _LANGUAGE_MARKED.finditer(original):
            if match.group("kind").lower().startswith(("delet", "str")):
                spans.append(match.span())
            else:
                spans.append((match.start(), match.start("words")))
                spans.append((match.end() - 1, match.end()))
    if "_" in original and _UNDERSCORE_LEGEND.search(original):
        # "text inserted by this bill is printed between underscores (_thus_)": the underscores
        # mark new words, which are law; the marks themselves are not ("_No defendant ... may").
        spans.extend(match.span() for match in _UNDERSCORE_MARK.finditer(original))
    return tuple(sorted(spans))


# Deleted and new words marked in braces by a text-only print ("{DELETED LANGUAGE: ...}").
_LANGUAGE_MARK_OPENING = compile_pattern(
    r"\{(?:[Dd]elet|DELET|[Nn]ew|NEW|[Aa]dded|ADDED|[Ii]nsert|INSERT|[Ss]tr[iu]ck|STR[IU]CK)"
)
_LANGUAGE_MARKED = compile_pattern(
    r"\{(?P<kind>deleted|new|added|inserted|stricken|struck)"
    r"(?:\s+(?:language|text|matter|words?))?\s*:\s*(?P<words>[^{}]{0,"
    + str(MAX_BRACKETED_CHARS)
    + r"})\}",
    re.IGNORECASE,
)
# A legend that says new matter is set between underscores, and the marks themselves.
_UNDERSCORE_LEGEND = compile_pattern(
    r"\(_thus_\)|\bbetween\s+underscores\b|\bunderscor(?:ed|ing)\s+\(?_", re.IGNORECASE
)
_UNDERSCORE_MARK = compile_pattern(r"_+")


def bracketed_deletions(original: str) -> tuple[tuple[int, int], ...]:
    """Bracketed spans of ``original`` when its legend says brackets mark deleted matter.

    The legend's own sample brackets ("[thus]", "[ ]") are not deletions.
    """
    legend = None
    for spelling in _LEGEND_WORDS:  # str.find first: a regex search of the whole text is slow
        position = original.find(spelling)
        while position != -1 and legend is None:
            legend = _LEGEND_START.match(original, position)
            position = original.find(spelling, position + 1)
        if legend is not None:
            break
    if legend is None:
        # A legend in a sentence of its own: "(In this text, language stricken from existing law
        # appears in brackets, [thus]; ...)", "material to be deleted appears in capitals within
        # brackets, [THUS]".
        inline = _INLINE_BRACKETS_LEGEND.search(original, 0, _INLINE_LEGEND_REACH)
        if inline is None:
            return _bracketed_beside_capitals(original)
        legend_end = original.find(")", inline.end())
        legend_end = inline.end() + _INLINE_LEGEND_SPAN if legend_end == -1 else legend_end
        # (the legend's own words stay on its line: a bracketed deletion on the line before it,
        # where a print sets the legend at the foot, is the bill's)
        line_start = original.rfind("\n", 0, inline.start()) + 1
        line_end = original.find("\n", inline.end())
        legend_start = max(inline.start() - _INLINE_LEGEND_SPAN, line_start)
        if line_end != -1:
            legend_end = min(legend_end, line_end)
        return _bracketed_outside(original, legend_start, legend_end, editorial_too=True)
    window_end = legend.end() + 400
    said = _BRACKETS_DELETE.search(original, legend.start(), window_end)
    if said is None:
        return ()
    legend_end = original.find(".", said.end())
    legend_end = window_end if legend_end == -1 else legend_end
    return _bracketed_outside(original, legend.start(), legend_end, editorial_too=False)


def _bracketed_outside(
    original: str, legend_start: int, legend_end: int, *, editorial_too: bool
) -> tuple[tuple[int, int], ...]:
    """The bracketed spans of deleted matter a legend announces: every one outside the legend's
    own words (its sample "[thus]"), less brackets labelled as new matter and, where asked,
    an editor's brackets ("[sic]", "[...]")."""
    return tuple(
        match.span()
        for match in _BRACKETED.finditer(original)
        if not legend_start <= match.start() < legend_end
        and not _INSERTION_LABEL.match(original, match.start())
        and not (editorial_too and _EDITORIAL_BRACKET.match(original, match.start()))
    )


# A legend in running text saying that brackets hold deleted matter.
_INLINE_BRACKETS_LEGEND = compile_pattern(
    # ("deleting the language in brackets", "deleted language appears within [brackets]",
    # "Deletions are shown in [brackets]")
    r"\b(?:stricken|deleted|deleting|deletions?|to\s+be\s+deleted|repealed|removed|omitted)\b[^.\n\[]{0,80}?"
    r"\[?\bbrackets?\b"
    r"|\bbrackets?\b[^.\n\[]{0,60}?\b(?:indicates?|denotes?|means?|marks?|shows?)\s+(?:matter\s+|material\s+|language\s+|text\s+)?"
    r"(?:deleted|stricken|to\s+be\s+deleted|repealed|removed|omitted)\b"
    # Oregon's: "matter [italic and bracketed] is existing law to be omitted".
    r"|\bbracketed\]?\s+(?:is|are)\s+(?:existing\s+law\s+)?(?:to\s+be\s+)?"
    r"(?:deleted|stricken|repealed|removed|omitted)\b",
    re.I,
)
_INLINE_LEGEND_REACH = 6000  # a legend stands near the head of a print
# How far around a legend in running text its own sample brackets may stand.
_INLINE_LEGEND_SPAN = 200

# A bracket that says it holds new matter: "[Inserted: ...]", "[new text: ...]".
# (or by the typography a paste names for new matter: "italicized language is shown here
# between '[italic:' and ']'", "[underlined: ...]")
_INSERTION_LABEL = compile_pattern(
    r"\[(?:inserted|new|added|italics?|italicized|underlined?|underscored|bold(?:face)?)"
    r"(?:\s+(?:text|matter|language|words?))?\s*:",
    re.IGNORECASE,
)


# Without a legend, the print's own typography can say the same: an amending bill that sets
# new matter in capitals and old matter in brackets ("Public employers [may] SHALL indemnify",
# "[An officer may assert the defense.] QUALIFIED IMMUNITY IS NOT A DEFENSE"). A bracketed span
# in ordinary case that touches a word in capitals is old law struck out; a bill that only
# quotes ("[sic]", "[Reserved]" in running text) has no capitals beside its brackets.
_AMENDS = compile_pattern(r"\bamend(?:s|ed|ing|ment)?\b|\bto\s+read\b", re.I)
_CAPITALS_AFTER = compile_pattern(r"[ \t\r\n]*[A-Z][A-Z'-]+(?![a-z])")
_CAPITALS_BEFORE = compile_pattern(r"(?<![a-z])[A-Z][A-Z'-]+[ \t\r\n]*$")
_LOWER_CASE = compile_pattern(r"[a-z]{2}")
# Words a bracketed run in capitals holds before it reads as struck law, not a label.
_STRUCK_CAPITALS_WORDS = 4
# How far before a bracket a word in capitals is looked for.
_BEFORE_REACH = 40


def _bracketed_beside_capitals(original: str) -> tuple[tuple[int, int], ...]:
    """Bracketed spans struck out by the capitals convention, in a bill that amends law."""
    if "[" not in original or not _AMENDS.search(original):
        return ()
    # A section "amended to read" is restated whole, and its brackets are the old words left
    # in to be struck (New Mexico's "[bracketed material] = delete", whatever the copy kept
    # of its legend).
    restated = bool(_RESTATES_LAW.search(original))
    found = []
    others = []
    for match in _BRACKETED.finditer(original):
        start, end = match.span()
        if _INSERTION_LABEL.match(original, start):
            continue  # "[Inserted: ...]", "[new text: ...]": new matter, labelled as such
        if not _LOWER_CASE.search(original, start, end) and not (
            # Alaska restates a section and sets the words it strikes in capitals within
            # brackets ("[IS A CLAIM FOR DEPRIVATION OF A RIGHT ...]"): a run of words, not a
            # label such as "[SECTION 2]".
            restated and len(original[start:end].split()) >= _STRUCK_CAPITALS_WORDS
        ):
            continue  # "[SECTION 2]": capitals inside, not old matter in ordinary case
        if (
            restated
            or _CAPITALS_AFTER.match(original, end)
            or _CAPITALS_BEFORE.search(original, max(0, start - _BEFORE_REACH), start)
        ):
            found.append((start, end))
        elif not _EDITORIAL_BRACKET.match(original, start):
            others.append((start, end))
    # Once the print shows the convention, its other bracketed words are old law too: "[may]
    # SHALL indemnify ... for [compensatory damages in] any judgment [, except when ...]".
    return tuple(sorted(found + others)) if found else ()


# Brackets an editor or a model act uses inside text, never old law: "[sic]", "[Reserved]",
# "[insert name of state]", "[...]".
_EDITORIAL_BRACKET = compile_pattern(
    r"\[\s*(?:sic|reserved|repealed|insert|name\s+of|the\s+state|state|\.\.\.|…|[a-z]\)|\d)", re.I
)


# A bill that restates the sections it amends ("is amended to read as follows", and Maryland's
# "That the Laws of Maryland read as follows").
_RESTATES_LAW = compile_pattern(
    r"\b(?:amended|revised)\s+to\s+read\b|\bread\s+as\s+follows\b", re.I
)
# Washington's prints mark deleted law twice, struck through and inside double parentheses
# ("the court ((may)) shall award"); a copy of the text layer keeps only the parentheses.
_DOUBLE_OPEN, _DOUBLE_CLOSE = "((", "))"


def double_parenthesis_deletions(original: str) -> tuple[tuple[int, int], ...]:
    """Spans in double parentheses, in a bill that restates amended sections: old law struck.

    The span runs from "((" to the next "))" within :data:`MAX_BRACKETED_CHARS`; a "((" with
    no close in reach is left alone."""
    if _DOUBLE_OPEN not in original or not _RESTATES_LAW.search(original):
        return ()
    # Every close found once, so a text of unclosed "((" costs one pass, not one per "((".
    closes = []
    close = original.find(_DOUBLE_CLOSE)
    while close != -1:
        closes.append(close)
        close = original.find(_DOUBLE_CLOSE, close + 2)
    found = []
    start = original.find(_DOUBLE_OPEN)
    while start != -1:
        index = bisect.bisect_left(closes, start + 2)
        if index == len(closes):
            break
        end = closes[index]
        if end - start > MAX_BRACKETED_CHARS:
            start = original.find(_DOUBLE_OPEN, start + 2)
            continue
        found.append((start, end + 2))
        start = original.find(_DOUBLE_OPEN, end + 2)
    return tuple(found)
