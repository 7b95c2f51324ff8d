"""Clean legislative print into flowing text, keeping a map back to the original.

What goes: printed line numbers (remembered per line, so a quote can cite the
printed line), running headers and footers, page-number lines, form feeds,
hyphenation at line ends, runs of spaces, invisible characters. What changes:
curly quotes, dashes and unusual spaces become their plain equivalents; words
joined by underscores are spaced again, a ligature spelled with a space after it
is one word again, and a "1" or "0" between letters is the letter it was read
for. What stays: every other character, and paragraph breaks. Lines wrapped by the
printer are joined into sentences.

The result's ``offset_map[i]`` is the offset in the original text of clean
character ``i`` (a joining space or break points at the line end it
replaces); it has one extra entry for the end of the text. All work is linear
in the length of the text: per-line Python and C-level string methods.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from endqi.documents import comparison, furniture, superseded
from endqi.documents.furniture import PrintedLine
from endqi.documents.model import Extraction
from endqi.documents.offsets import OffsetMap, OffsetMapBuilder, rewrite_with_map
from endqi.documents.provisions import LABEL_AT_LINE_START
from endqi.regex_cache import compile_pattern

# --- character normalisation -------------------------------------------------

# One character for another: the map stays one to one.
_SAME_LENGTH = {
    **dict.fromkeys("‘’‚‛′`", "'"),
    **dict.fromkeys("“”„‟″", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    **dict.fromkeys(
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000\t\v\f\r\x1c\x1d\x1e\x1f\x85",
        " ",
    ),
}
# Characters that are dropped (soft hyphen, zero-width characters, PDFium's and
# other tools' hyphenation markers, stray control characters).
_DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x7f"
# Typographic ligatures PDFs extract as one character.
_EXPANDED = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st"}

#: Every character the cleaner replaces, with what it becomes ("" when dropped).
CHARACTER_EQUIVALENTS: dict[str, str] = {
    **_SAME_LENGTH,
    **dict.fromkeys(_DROPPED, ""),
    **_EXPANDED,
}
_DROPPED_OR_EXPANDED = _DROPPED + "".join(_EXPANDED)
_DROP_OR_EXPAND = compile_pattern("[" + re.escape(_DROPPED_OR_EXPANDED) + "]")
_SPACE_RUN = compile_pattern(" {2,}")
# The ASCII members of each set: most bills are ASCII, and deleting every ordinary
# byte (C speed) shows at once whether any of these occurs.
_SAME_LENGTH_ASCII = "".join(char for char in _SAME_LENGTH if char.isascii()).encode("ascii")
_DROPPED_ASCII = "".join(char for char in _DROPPED if char.isascii()).encode("ascii")
_ALL_BYTES = bytes(range(256))


def _has_special_characters(text: str, ascii_members: bytes) -> bool:
    """False when ``text`` is ASCII without any of ``ascii_members`` (a fast pre-check)."""
    if not text.isascii():
        return True
    ordinary = _ALL_BYTES.translate(None, ascii_members)
    return bool(text.encode("ascii").translate(None, ordinary))


# A page that quotes a bill ('It states, "506.450. 1. A peace officer ...') puts its
# own words before the opening quotation mark: a paragraph break after the mark
# keeps the commentary and the quoted clause in separate sentences, so a quote
# taken from the clause neither opens a quotation it does not close nor pulls in
# the commentary. Commentary introduces a quotation with a verb of saying and a comma
# (bills introduce quoted law with a colon: "amended to read:").
_SAYING = compile_pattern(r"\b(?:states|stated|says|said|provides|provided|reads|adds|requires)$")
_QUOTATION_OPENERS = (', "', ',"')
_QUOTED_START = compile_pattern(r"[A-Z0-9§(]")


def _quotation_openings(text: str) -> list[tuple[int, int]]:
    """Spans of the opening quotation marks of bill text quoted in commentary.

    Found with ``str.find`` (the comma and quotation mark are rare), each checked by
    a look at the dozen characters around it, so the cost stays linear.
    """
    found = []
    for opener in _QUOTATION_OPENERS:
        position = text.find(opener)
        while position != -1:
            mark = position + len(opener) - 1
            if _QUOTED_START.match(text, mark + 1) and _SAYING.search(
                text, max(0, position - 10), position
            ):
                found.append((mark, mark + 1))
            position = text.find(opener, position + 1)
    return sorted(found)


# --- line structure -----------------------------------------------------------

# A printed line number: digits at the start of a line, then a space or the end.
_LINE_NUMBER = compile_pattern(r"(\d{1,4})(?:[ \t\u00a0]+|$)")
_PAGE_OF_PAGES = compile_pattern(r"\d{1,4}[ \t]+of[ \t]+\d{1,4}[ \t]*")
# A page number and a line number before the text: " 1 18  The limitations" (Iowa).
_PAGE_AND_LINE_NUMBER = compile_pattern(r"\d{1,3}[ \t]+(\d{1,3})(?:[ \t\u00a0]+|$)")
# ... and joined by a hyphen, as Texas committee printings set them ("1-14  color of law").
_PAGE_HYPHEN_LINE_NUMBER = compile_pattern(r"\d{1,3}-(\d{1,3})(?:[ \t\u00a0]+|$)")
# Lines that must open with a page-and-line pair for the print to be read as numbered so.
PAGE_AND_LINE_SHARE = 0.7
# A committee amendment struck between superscript numerals, flattened: "[1may1]", "[2the2]".
# ... and one inserted between them: "1shall1".
_COMMITTEE_AMENDMENT_MARKS = compile_pattern(
    r"\[([1-9])[^\[\]\n\d]{1,200}?\1\]|(?<![\w\[])([1-9])[A-Za-z][^\n\d\[\]]{0,200}?[A-Za-z.,;:)]\2(?![\w])"
)
MIN_COMMITTEE_MARKS = 2
# Numerals mark committee amendments only in a print that says so in its legend ("Matter
# enclosed in superscript numerals has been adopted"), or that strikes words between them
# ("[1"); in any other text the search of the whole print for marks is skipped (it costs a
# 300-page bill some 11 ms, the longest single step of its cleaning).
_COMMITTEE_LEGENDS = ("uperscript numeral", "UPERSCRIPT NUMERAL")
# (a search for "[" then a digit: nine substring tests of two characters cost ten times more)
_STRUCK_BETWEEN_NUMERALS = compile_pattern(r"\[[1-9]")
# A numeral glued to the start or end of a word ("1shall1"), not an ordinal ("2nd").
_SUPERSCRIPT_NUMERAL = compile_pattern(
    # (nor a title of New Jersey's statutes: "N.J.S.2C:11-3", "2A:53A-1")
    r"(?<![\w])[1-9](?=[A-Za-z])(?!(?:st|nd|rd|th)\b)(?![A-Za-z]{1,2}:)|(?<=[A-Za-z.,;:)])[1-9](?![\w:])"
)
# A document numbers its lines when at least this share of its non-blank lines
# start with a number, and this share of those numbers continue the sequence.
NUMBERED_LINE_SHARE = 0.5
NUMBERED_SEQUENCE_SHARE = 0.7
# Outside a numbered document, this many consecutive lines numbered one after another
# are a numbered print inside other text.
MIN_NUMBERED_RUN = 8
# A shorter run counts when it starts again at 1 within a few lines of a run taken.
MIN_CONTINUED_RUN = 3
MAX_LINES_BETWEEN_PAGES = 3
# A numbered line may skip this many numbers (blank numbered lines dropped).
MAX_LINE_NUMBER_GAP = 3

# Text whose lines are at most this long (90th percentile) was wrapped by a printer.
WRAPPED_LINE_LENGTH = 100
MIN_LINES_TO_GUESS_WRAPPING = 4
# A line shorter than this share of the usual length ends its paragraph.
SHORT_LINE_SHARE = 0.65
# A line indented this much more than usual starts a paragraph.
PARAGRAPH_INDENT = 2

_BARE_HEADING = compile_pattern(
    r"(?:Section|SECTION|Sec\.|SEC\.|Article|ARTICLE|§)[ \t]?[0-9A-Z][0-9A-Za-z.-]{0,12}"
)
_BARE_HEADING_CHARS = 24
_SENTENCE_END = compile_pattern(r"(?:[.;:!?]['\"’”)]?|[;,]\s+(?:and|or))$")
_CLOSING_PUNCTUATION = ".;:!?'\"’”)"
# Only a line's last characters can end a clause; searching them, not the whole line.
_SENTENCE_END_TAIL = 24
_HYPHENATED_END = compile_pattern(r"(-?)([A-Za-z]+)-$")
_WORD_START = compile_pattern(r"[A-Za-z]+")
_HYPHENATED_WORD = compile_pattern(r"[A-Za-z]+-[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class CleanText:
    """Output of :func:`clean_text`."""

    text: str
    offset_map: Sequence[int]
    line_numbers: tuple[int | None, ...]
    deletions: tuple[tuple[int, int], ...]


def clean_text(extraction: Extraction) -> CleanText:
    """Clean extracted text; see the module docstring for what changes.

    Args:
        extraction: the text as extracted, with page starts, struck spans (in
            its offsets) and whether its line breaks are printer's wrapping.

    Returns:
        A :class:`CleanText` whose ``deletions`` are mapped to clean offsets.
    """
    original = extraction.text
    lines = _measure_lines(original, extraction.page_starts)
    furniture.drop_margin_columns(lines, original)
    numbered = _strip_line_numbers(lines, original)
    if not numbered:
        # Ohio prints number their lines in the right margin ("... state employees   3").
        numbered = _strip_trailing_line_numbers(lines, original)
    page_count = len(extraction.page_starts)
    # With real page breaks, recurring heads are found page by page; without them, a
    # marked page end ("Page 1 of 2", a foot-of-page legend) is where the next head starts.
    furniture.drop_shaped_furniture(lines, original, heads_after_page_ends=page_count < 2)
    furniture.drop_running_lines(lines, original, page_count=page_count)
    if page_count > 1:
        furniture.drop_page_end_designations(lines, original)

    unwrap = extraction.unwrap
    if unwrap is None:
        unwrap = _looks_wrapped(lines)
    wrapped: dict[int, int] | None = None
    if not unwrap and extraction.preformatted:
        wrapped = _wrapped_lines_in_spans(lines, extraction.preformatted)
    text, offset_map = _join_lines(lines, original, unwrap, wrapped)
    text = _normalise_characters(text)
    if _has_special_characters(text, _DROPPED_ASCII) and any(
        char in text for char in _DROPPED_OR_EXPANDED
    ):
        text, offset_map = _rewrite(text, offset_map, _DROP_OR_EXPAND, _drop_or_expand)
    if "<sup" in text or "<SUP" in text:
        # Superscript numerals kept as HTML tags ("the court <sup>1</sup>[may]<sup>1</sup>
        # <sup>1</sup>shall<sup>1</sup> award"): committee marks or footnote calls, not words.
        text, offset_map = _rewrite(text, offset_map, _SUPERSCRIPT_TAG, lambda match: "")
    # (one pass that stops at the last mark needed, not a search and then a count)
    if _may_mark_committee_amendments(original) and _has_committee_marks(original):
        # New Jersey's prints set committee amendments between superscript numerals, which a
        # text layer flattens onto the words: "[1may1] 1shall1 award". The numerals go; the
        # brackets stay for the legend to strike.
        text, offset_map = _rewrite(text, offset_map, _SUPERSCRIPT_NUMERAL, lambda match: "")
    if ("1" in text or "0" in text) and _DIGIT_FOR_LETTER.search(text):
        # A text layer or OCR that read "l" as "1" or "o" as "0" inside a word ("sha1l", "pub1ic",
        # "c0nstitution"): letters on both sides, so no number or label is touched.
        text = _DIGIT_FOR_LETTER.sub(lambda match: _LETTER_FOR_DIGIT[match.group(0)], text)
    if "0" in text and _ZERO_FOR_CAPITAL_O.search(text):
        # Or a capital "O" read as "0" at a word's start ("the 0regon Constitution"): a zero
        # followed by four or more lower-case letters starts no number (same length).
        text = _ZERO_FOR_CAPITAL_O.sub("O", text)
    if "1" in text and _ONE_FOR_LETTER_L.search(text):
        # Or "l" read as "1" at a word's start ("is 1iable", "co1or of 1aw"): a one followed by
        # lower-case letters that make no ordinal or unit ("1st", "1pm", "1kg") (same length).
        text = _ONE_FOR_LETTER_L.sub("l", text)
    if "I" in text and _OCR_SHALL.search(text):
        # A scan's text layer that read "l" as a capital "I" in "shall" ("the court shaII award"):
        # the word that decides shall or may is whole again (same length).
        text = _OCR_SHALL.sub("shall", text)
    if "rn" in text and _OCR_RN_FOR_M.search(text):
        # OCR's "rn" for "m" where no English word has "rn": at a word's start before a vowel
        # ("rnay maintain", "rnust"), before "p" ("cornpensation", "ernployee") and in
        # "darnages". (gate.OCR_RN_FOR_M_BYTES steps aside where the last two could make a word.)
        text, offset_map = _rewrite(text, offset_map, _OCR_RN_FOR_M, lambda match: "m")
    if "_" in text:
        # Words joined by underscores, as some copies print underlined new text
        # ("Section_11J._(a)_A_law_enforcement_officer_who"): the underscores were spaces.
        text = _unjoin_underscored_words(text)
    if ("fi " in text or "fl " in text) and _LIGATURE_GAP.search(text):
        # A text layer that spells a ligature and then a space ("qualifi ed immunity", "fi nal
        # judgment"): the word is whole again. (English words almost never end in "fi" or "fl".)
        text, offset_map = _rewrite(text, offset_map, _LIGATURE_GAP, lambda match: "")
    # (a ligature is a lower-case glyph: a print in capitals has none)
    if ("i fi" in text or "of fic" in text) and _GAP_BEFORE_LIGATURE.search(text):
        # Or the space before it ("quali fied immunity", "of ficer", "certi fication"): no word
        # is "fied", "fication" or "ficer", so the two parts are one word.
        text, offset_map = _rewrite(text, offset_map, _GAP_BEFORE_LIGATURE, lambda match: "")
    if ("<" in text or "_" in text or "+" in text) and _INSERTION_MARKUP.search(text):
        # New matter marked in a plain-text copy ("the court ~~may~~ <ins>shall</ins> award",
        # "__any person who__", "[may] _shall_"): the marks go, the words stay.
        text, offset_map = _rewrite(text, offset_map, _INSERTION_MARKUP, lambda match: "")
    if "  " in text:
        text, offset_map = _rewrite(text, offset_map, _SPACE_RUN, lambda match: " ")
    openings = _quotation_openings(text)
    if openings:
        text, offset_map = rewrite_with_map(text, offset_map, openings, lambda start, end: '"\n\n')

    return CleanText(
        text=text,
        offset_map=offset_map,
        line_numbers=_numbers_per_line(original, lines) if numbered else (),
        deletions=map_spans(
            (
                *extraction.deletions,
                *furniture.bracketed_deletions(original),
                *furniture.substituted_text(original),
                *comparison.set_aside_columns(original),
                *superseded.superseded_spans(original),
                *furniture.double_parenthesis_deletions(original),
                *furniture.marked_deletions(original),
            ),
            offset_map,
        ),
    )


# Inline marks of inserted text: HTML tags kept as text, Markdown's "__" or "_" around words
# ("The court [may] _shall_ award"; not a run of underscores, a blank to fill in, nor one inside
# a word or an address). (Markdown copies of federal bills set their enumerators in bold,
# "**(1)**", which the readers take as item marks: "**" stays.)
_INSERTION_MARKUP = compile_pattern(
    r"</?(?:ins|u)>|(?<![_\w])__?(?=[^\s_])|(?<=[^\s_])__?(?![_\w])"
    # (a word diff's "{+shall+}")
    r"|\{\+|\+\}",
    re.IGNORECASE,
)


_SUPERSCRIPT_TAG = compile_pattern(r"<sup>\s*[0-9*†‡]{1,3}\s*</sup>", re.IGNORECASE)
# (Each of these opens with what it matches, not with a look-behind, so the regex engine scans
# for that literal or character set: on a 300-page print about 0.4 ms instead of 8 to 20 ms.)
_DIGIT_FOR_LETTER = compile_pattern(r"[10](?<=[a-z][10])(?=[a-z])")
_ZERO_FOR_CAPITAL_O = compile_pattern(r"0(?<![\w.,/$-]0)(?=[a-z]{4,}\b)")
_ONE_FOR_LETTER_L = compile_pattern(
    r"1(?<![\w.,/$-]1)(?!(?:st|nd|rd|th|am|pm|mm|cm|km|kg|mg|ml|hr|hrs|lb|lbs|oz|in|ft|yd|mi)\b)(?=[a-z]{2,}\b)"
)
_LETTER_FOR_DIGIT = {"1": "l", "0": "o"}
_OCR_SHALL = compile_pattern(r"sha(?:I[Il]|lI)\b(?<=\bsha..)")
_OCR_RN_FOR_M = compile_pattern(r"rn(?:(?<=\brn)(?=[aeiou])|(?=p)|(?<=\bdarn)(?=ag))")
# A run of four or more words joined by single underscores.
_UNDERSCORE_JOINED = compile_pattern(r"(?<!\S)(?:[^\s_]+_){3,}[^\s_]+")
# The space a text layer leaves after a spelled-out "fi" or "fl" ligature, inside a word.
_LIGATURE_GAP = compile_pattern(
    r"(?:(?<=[a-z]f[il])|(?<=\bf[il])) (?=(?:ed|es|er|ers|cation|cations|nal|nally|le|led|les|ling|rst|rm|rms"
    r"|rmed|eld|ght|ghts|ndings?|nd|ne|nes|ned|ce|cer|cers|cial|cially|ciary|scal|sh|x|xed|ow|ows|oor|ight"
    r"|ict|icts|uence)\b)",
    re.IGNORECASE,
)

_GAP_BEFORE_LIGATURE = compile_pattern(
    r"(?<=[a-z]i) (?=fi(?:ed|es|cation|cations|cant|cantly)\b)"
    r"|(?<=\bof) (?=fic(?:er|ers|e|es|ial|ials|ially)\b)",
    re.IGNORECASE,
)


def _unjoin_underscored_words(text: str) -> str:
    """``text`` with the underscores of each run of underscore-joined words made spaces (the
    same length, so every offset holds)."""
    runs = list(_UNDERSCORE_JOINED.finditer(text))
    if not runs:
        return text
    parts = []
    last = 0
    for run in runs:
        parts.append(text[last : run.start()])
        parts.append(run.group(0).replace("_", " "))
        last = run.end()
    parts.append(text[last:])
    return "".join(parts)


def _may_mark_committee_amendments(original: str) -> bool:
    """Whether the print's legend or struck words speak of committee numerals (a cheap test)."""
    return (
        any(legend in original for legend in _COMMITTEE_LEGENDS)
        or _STRUCK_BETWEEN_NUMERALS.search(original) is not None
    )


def _has_committee_marks(original: str) -> bool:
    """At least :data:`MIN_COMMITTEE_MARKS` committee marks (one pass, stopping there)."""
    marks = _COMMITTEE_AMENDMENT_MARKS.finditer(original)
    return next(itertools.islice(marks, MIN_COMMITTEE_MARKS - 1, None), None) is not None


def map_spans(
    spans: Sequence[tuple[int, int]], offset_map: Sequence[int]
) -> tuple[tuple[int, int], ...]:
    """Spans of the original text as spans of the clean text (merged, non-empty)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        # Overlapping spans (a passage struck by several rules) are mapped once.
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    mapped: list[tuple[int, int]] = []
    for start, end in merged:
        clean_start = bisect.bisect_left(offset_map, start, 0, len(offset_map) - 1)
        clean_end = bisect.bisect_left(offset_map, end, 0, len(offset_map) - 1)
        if clean_end <= clean_start:
            continue
        if mapped and clean_start <= mapped[-1][1]:
            mapped[-1] = (mapped[-1][0], max(mapped[-1][1], clean_end))
        else:
            mapped.append((clean_start, clean_end))
    return tuple(mapped)


# -----------------------------------------------------------------------------


# A line's printed content: from its first to its last non-space character. Searching
# for these skips blank lines in C, so a million empty lines cost no Python work.
_CONTENT = compile_pattern(r"\S(?:[^\n]*\S)?")


def _measure_lines(original: str, page_starts: Sequence[int]) -> list[PrintedLine]:
    """The non-blank lines of ``original``, with their line index, page and indent."""
    lines: list[PrintedLine] = []
    append = lines.append  # this loop runs once per printed line: names bound locally
    page = 0
    next_page_start = page_starts[1] if len(page_starts) > 1 else None
    line_index = 0
    line_start = 0
    counted_to = 0
    count, rfind = original.count, original.rfind
    for match in _CONTENT.finditer(original):
        start, end = match.span()
        newlines = count("\n", counted_to, start)
        if newlines:
            line_index += newlines
            line_start = rfind("\n", counted_to, start) + 1
        counted_to = end
        while next_page_start is not None and line_start >= next_page_start:
            page += 1
            next_page_start = page_starts[page + 1] if page + 1 < len(page_starts) else None
        append(PrintedLine(start, end, page, start - line_start, line_index))
    return lines


def _numbers_per_line(original: str, lines: list[PrintedLine]) -> tuple[int | None, ...]:
    """The printed number of every original line (None where there is none)."""
    numbers: list[int | None] = [None] * (original.count("\n") + 1)
    for line in lines:
        if line.number is not None:
            numbers[line.index] = line.number
    return tuple(numbers)


def _strip_line_numbers(lines: list[PrintedLine], original: str) -> bool:
    """Recognise printed line numbers; move each line's start past its number."""
    pattern = _LINE_NUMBER
    if _numbers_pages_and_lines(lines, original, _PAGE_AND_LINE_NUMBER):
        pattern = _PAGE_AND_LINE_NUMBER
    elif _numbers_pages_and_lines(lines, original, _PAGE_HYPHEN_LINE_NUMBER):
        pattern = _PAGE_HYPHEN_LINE_NUMBER
    candidates: list[tuple[PrintedLine, re.Match[str]]] = []
    append, number_at = candidates.append, pattern.match  # once per line: bound locally
    non_blank = 0
    for line in lines:
        start, end = line.start, line.end
        if end <= start:
            continue
        non_blank += 1
        # A line number starts with a digit: only those lines are tried. ("3 of 8", a page's
        # footer, numbers the page, not the line: taken for line 3 it would break the sequence.)
        if original[start].isdecimal():
            match = number_at(original, start, end)
            # ("3 of 8" is looked for only where "of" follows the number)
            if match and not (
                original.find("of", start, start + 24) != -1
                and _PAGE_OF_PAGES.fullmatch(original, start, end)
            ):
                append((line, match))
    if len(candidates) < 3:
        return False
    numbers = [int(match.group(1)) for _, match in candidates]
    in_sequence = sum(
        1 for before, number in itertools.pairwise(numbers) if number in (before + 1, 1)
    )
    if len(
        candidates
    ) < NUMBERED_LINE_SHARE * non_blank or in_sequence < NUMBERED_SEQUENCE_SHARE * (
        len(numbers) - 1
    ):
        # Not numbered throughout: a page may still hold a numbered print among other
        # text (a legislature's web page with the bill in the middle).
        return _strip_numbered_runs(lines, original)
    previous: int | None = None
    for index, ((line, match), number) in enumerate(zip(candidates, numbers, strict=True)):
        if previous is not None and not previous < number <= previous + MAX_LINE_NUMBER_GAP:
            # A page number set on the first line of the next page, before its line number
            # ("1 31  application to any person"): the second number continues the lines.
            pair = _PAGE_AND_LINE_NUMBER.match(original, line.start, line.end)
            if pair is not None and previous < int(pair.group(1)) <= previous + MAX_LINE_NUMBER_GAP:
                match, number = pair, int(pair.group(1))
            elif (
                number < previous
                and index + 1 < len(numbers)
                and previous < numbers[index + 1] <= previous + MAX_LINE_NUMBER_GAP + 1
            ):
                # A page's number on a line of its own between two lines that keep counting
                # ("30 ... its" / "1" / "31 application"): not a restart of the lines.
                continue
        if (
            # A restart: numbering that begins again with a section (whose first line
            # may carry no number) starts at one or just after.
            number > MAX_LINE_NUMBER_GAP + 1
            and not (previous is not None and previous < number <= previous + MAX_LINE_NUMBER_GAP)
            # The first number may start high only when the next one follows it ("2027 2027"
            # in a page head is a year, not line 2027).
            and not (
                previous is None
                and index + 1 < len(numbers)
                and number < numbers[index + 1] <= number + MAX_LINE_NUMBER_GAP
            )
        ):
            continue  # a number that breaks the sequence is text, not a line number
        line.number = number
        number_end = match.end()
        line.indent = number_end - match.end(1)  # the spaces after the number
        if number_end < line.end:
            line.start = number_end
        else:
            line.start = line.end
        previous = number
    return True


def _strip_trailing_line_numbers(lines: list[PrintedLine], original: str) -> bool:
    """Recognise line numbers printed in the right margin, after a gap of spaces, and end each
    line's content before its number. Most lines must carry one, counting up (restarts at 1
    allowed), or none is taken: a line that merely ends in a number ("... not to exceed 30")
    stands alone."""
    candidates: list[tuple[PrintedLine, re.Match[str]]] = []
    non_blank = 0
    for line in lines:
        if line.end <= line.start:
            continue
        non_blank += 1
        if original[line.end - 1].isdecimal():
            match = _TRAILING_LINE_NUMBER.search(original, line.start, line.end)
            if match is not None and match.start() > line.start:
                candidates.append((line, match))
    if len(candidates) < MIN_NUMBERED_RUN or len(candidates) < NUMBERED_LINE_SHARE * non_blank:
        return False
    numbers = [int(match.group(1)) for _, match in candidates]
    in_sequence = sum(
        1
        for before, number in itertools.pairwise(numbers)
        if before < number <= before + MAX_LINE_NUMBER_GAP or number == 1
    )
    if in_sequence < NUMBERED_SEQUENCE_SHARE * (len(numbers) - 1):
        return False
    for (line, match), number in zip(candidates, numbers, strict=True):
        line.number = number
        line.end = match.start()
    return True


# A line number in the right margin: two or more spaces (or a tab), then the number, at the end.
_TRAILING_LINE_NUMBER = compile_pattern(r"(?:[ \t\u00a0]{2,}|\t)(\d{1,4})$")


def _numbers_pages_and_lines(
    lines: list[PrintedLine], original: str, pair: re.Pattern[str]
) -> bool:
    """Whether most lines open with a page number and then a line number, as Iowa prints
    them (" 1 18  The limitations ...") or Texas ("1-18  The limitations ..."), as ``pair``
    reads them: both go, and the line number is the one kept."""
    pairs = total = misses = 0
    # (the answer is no as soon as more lines lack a pair than the share allows of all lines:
    # a long print numbered the usual way stops early instead of matching every line)
    most_misses = (1 - PAGE_AND_LINE_SHARE) * len(lines)
    for line in lines:
        if line.end <= line.start:
            continue
        total += 1
        if original[line.start].isdecimal() and pair.match(original, line.start, line.end):
            pairs += 1
        else:
            misses += 1
            if misses > most_misses:
                return False
    return total >= MIN_LINES_TO_GUESS_WRAPPING and pairs >= PAGE_AND_LINE_SHARE * total


def _strip_numbered_runs(lines: list[PrintedLine], original: str) -> bool:
    """Strip the numbers of runs of consecutive lines numbered one after another."""
    run: list[tuple[PrintedLine, re.Match[str]]] = []
    found = False
    previous = -1
    # Lines since the last run taken: a short run that starts again at 1 just after one (the
    # last page of a print, "Page 2" and six numbered lines) is that print's next page.
    since_taken: int | None = None
    for line in [*lines, None]:
        match = None
        if line is not None and line.end > line.start:
            match = _LINE_NUMBER.match(original, line.start, line.end)
        number = int(match.group(1)) if match else -1
        if match and (not run or number in (previous + 1, 1)):
            assert line is not None
            run.append((line, match))
            previous = number
            continue
        continued_page = (
            since_taken is not None
            and since_taken <= MAX_LINES_BETWEEN_PAGES
            and len(run) >= MIN_CONTINUED_RUN
            and int(run[0][1].group(1)) == 1
        )
        if len(run) >= MIN_NUMBERED_RUN or continued_page:
            found = True
            for run_line, run_match in run:
                run_line.number = int(run_match.group(1))
                run_line.indent = run_match.end() - run_match.end(1)
                run_line.start = min(run_match.end(), run_line.end)
            since_taken = 0
        elif since_taken is not None:
            since_taken += len(run) + 1
        run = [(line, match)] if match and line is not None else []
        previous = number
    return found


def _looks_wrapped(lines: list[PrintedLine]) -> bool:
    lengths = sorted(
        line.end - line.start for line in lines if line.end > line.start and not line.dropped
    )
    if len(lengths) < MIN_LINES_TO_GUESS_WRAPPING:
        return False
    return lengths[int(0.9 * (len(lengths) - 1))] <= WRAPPED_LINE_LENGTH


def _wrapped_lines_in_spans(
    lines: list[PrintedLine], spans: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """The lines (by identity) inside those of ``spans`` (sorted, disjoint) that look
    wrapped, each with the index of its span."""
    by_span: dict[int, list[PrintedLine]] = {}
    starts = [start for start, _ in spans]
    for line in lines:
        index = bisect.bisect_right(starts, line.start) - 1
        if index >= 0 and line.start < spans[index][1]:
            by_span.setdefault(index, []).append(line)
    return {
        id(line): index
        for index, span_lines in by_span.items()
        if _looks_wrapped(span_lines)
        for line in span_lines
    }


def _join_lines(
    lines: list[PrintedLine],
    original: str,
    unwrap: bool,
    wrapped: dict[int, int] | None = None,
) -> tuple[str, OffsetMap]:
    """Concatenate the kept lines with spaces or breaks; build the offset map.

    ``unwrap`` says the whole text's single line breaks are printer's wrapping;
    otherwise ``wrapped`` may name the lines (by identity, with a group number)
    for which that holds (a print inside a web page), and breaks between two
    lines of one group are judged against that group's usual line.
    """
    kept = [line for line in lines if line.end > line.start and not line.dropped]
    parts: list[str] = []
    run_starts: list[int] = []
    run_origins: list[int] = []
    run_steps: list[int] = []
    length = 0
    if not kept:
        return "", OffsetMap.identity(0)
    hyphenated_words: set[str] | None = None
    groups: dict[int, list[PrintedLine]] = {}
    if unwrap:
        groups[0] = kept
    elif wrapped:
        for line in kept:
            group = wrapped.get(id(line))
            if group is not None:
                groups.setdefault(group, []).append(line)
    usual: dict[int, tuple[int, int]] = {}  # group: (usual length, usual indent)
    for group, judged in groups.items():
        lengths = sorted(line.end - line.start for line in judged)
        usual[group] = (
            lengths[int(0.75 * (len(lengths) - 1))],
            _most_common(line.indent for line in judged),
        )
    # Blank lines between two kept lines of one page make a paragraph break.
    blank_before: set[int] = set()
    seen_blank = False
    previous_page = -1
    previous_index = -1
    after_furniture = False
    for line in lines:
        # Lines missing between two listed ones were blank; blank lines around dropped
        # furniture (a page head between two blank lines) are the furniture's own, and so are
        # the blank lines right after it, up to the next line of text.
        skipped_blank = line.index > previous_index + 1 and not after_furniture
        previous_index = line.index
        if line.page != previous_page:
            seen_blank = False
            previous_page = line.page
        elif skipped_blank:
            seen_blank = True
        if line.dropped:
            seen_blank = False
            after_furniture = True
            continue
        if line.end <= line.start:
            seen_blank = seen_blank or not after_furniture
        else:
            if seen_blank:
                blank_before.add(id(line))
            seen_blank = False
            after_furniture = False

    wrapped_group = (wrapped or {}).get
    # Each group's figures for _keeps_break, with its short-line length computed once.
    break_figures = {
        group: (length, indent, SHORT_LINE_SHARE * length)
        for group, (length, indent) in usual.items()
    }
    # This loop runs once per printed line: the methods it calls are bound once.
    add_part, add_start = parts.append, run_starts.append
    add_origin, add_step = run_origins.append, run_steps.append
    previous: PrintedLine | None = None
    previous_content = ""
    pending_end = 0  # original end of the previous line's content still to append
    for line in kept:
        content = original[line.start : line.end]
        if previous is not None:
            separator = "\n\n" if id(line) in blank_before and previous.page == line.page else None
            # A word broken at a line end is joined even in text whose breaks are kept.
            joined = (
                _hyphen_join(previous_content, content)
                if separator is None and previous_content[-1] == "-"
                else None
            )
            group = 0 if unwrap else wrapped_group(id(line))
            line_unwrap = group is not None and (unwrap or wrapped_group(id(previous)) == group)
            if separator is None and previous_content[-1] == _SOFT_HYPHEN:
                # A soft hyphen at a line end marks where a word was broken ("sta\u00ad" +
                # "tute"): the word is whole again, and the invisible mark is dropped later.
                separator = ""
            if separator is None and not line_unwrap and joined is None:
                separator = "\n"
            if separator is None:
                if joined is not None:
                    if hyphenated_words is None:
                        hyphenated_words = {
                            word.lower() for word in _HYPHENATED_WORD.findall(original)
                        }
                    if joined != _COMPOUND and joined.lower() not in hyphenated_words:
                        pending_end -= 1  # drop the line-end hyphen: "imm-" + "unity"
                    separator = ""
                elif _keeps_break(
                    previous, previous_content, line, content, *break_figures[group or 0]
                ):
                    separator = "\n"
                else:
                    separator = " "
            add_part(original[previous.start : pending_end])
            add_part(separator)
            # The offset map's runs, appended directly: the line's content climbs with
            # the original; its separator stays put.
            if pending_end > previous.start:
                add_start(length)
                add_origin(previous.start)
                add_step(1)
                length += pending_end - previous.start
            if separator:
                add_start(length)
                add_origin(previous.end)
                add_step(0)
                length += len(separator)
        previous, previous_content, pending_end = line, content, line.end
    assert previous is not None
    parts.append(original[previous.start : pending_end])
    offsets = OffsetMapBuilder.from_runs(run_starts, run_origins, run_steps, length)
    offsets.add(previous.start, pending_end - previous.start)
    return "".join(parts), offsets.finish(pending_end)


_MARKDOWN_HEADING = compile_pattern(r"#{1,6}\s+\S")
_SOFT_HYPHEN = "\u00ad"
_COMPOUND = "-"  # what _hyphen_join answers when the hyphen surely belongs to a compound


def _hyphen_join(before: str, after: str) -> str | None:
    """The hyphenated compound when ``before`` ends "word-" and ``after`` starts "word".

    Answers :data:`_COMPOUND` when the hyphen is part of a longer compound."""
    if not before.endswith("-"):
        return None
    left = _HYPHENATED_END.search(before)
    right = _WORD_START.match(after)
    if left is None or right is None:
        return None
    first, second = left.group(2), right.group(0)
    if left.group(1):
        # Inside a compound ("OFFER-IN-" + "COMPROMISE"): the hyphen is the compound's.
        return _COMPOUND
    # "immu-" + "nity", and in capitals (new law in some states) "ATTOR-" + "NEY";
    # never "Tax-" + "Free Zone" (a capital after a lower-case start is a new word).
    if not (second[0].islower() or (first.isupper() and second.isupper())):
        return None
    return f"{first}-{second}"


def _keeps_break(
    previous: PrintedLine,
    previous_content: str,
    line: PrintedLine,
    content: str,
    usual_length: int,
    usual_indent: int,
    short_length: float,
) -> bool:
    """Whether the break between two wrapped lines is a real one (new paragraph/unit).

    ``short_length`` is ``SHORT_LINE_SHARE * usual_length``, computed once per text.
    """
    if line.indent >= usual_indent + PARAGRAPH_INDENT:
        return True
    # A Markdown heading ("## Section 2") in a copy that was printed again stands on its own line.
    if (content[0] == "#" and _MARKDOWN_HEADING.match(content)) or (
        previous_content[0] == "#" and _MARKDOWN_HEADING.match(previous_content)
    ):
        return True
    if previous_content.endswith("*") and content[0] in "(§" and content != "*":
        return True  # after the omission mark "* * *" a unit starts its own line
    # Only a short line can be a heading: the length test first, before any copy.
    if (len(previous_content) < short_length and _is_heading(previous_content, usual_length)) or (
        len(content) < short_length and _is_heading(content, usual_length)
    ):
        return True
    if (
        len(previous_content) <= _BARE_HEADING_CHARS and _BARE_HEADING.fullmatch(previous_content)
    ) or (len(content) <= _BARE_HEADING_CHARS and _BARE_HEADING.fullmatch(content)):
        return True  # "Section 2" on a line of its own heads what follows
    # A unit's label after the end of a clause (most lines start with no label).
    if LABEL_AT_LINE_START.match(content):
        tail_start = max(0, len(previous_content) - _SENTENCE_END_TAIL)
        if _SENTENCE_END.search(previous_content, tail_start) is not None:
            return True
    short = previous.end - previous.start < short_length
    return short and bool(previous_content) and previous_content[-1] in _CLOSING_PUNCTUATION


def _is_heading(content: str, usual_length: int) -> bool:
    """A short all-capitals line ("AN ACT", "SECOND REGULAR SESSION").

    Long capitalised lines are not headings: some states print inserted law in
    capitals, and those sentences wrap like any other.
    """
    return (
        len(content) < SHORT_LINE_SHARE * usual_length
        and content.upper() == content
        and any(char.isalpha() for char in content)
        and not content.endswith((".", ",", ";", ":"))
    )


def _most_common(values: Iterable[int]) -> int:
    counts: dict[int, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else 0


def _normalise_characters(text: str) -> str:
    """Replace each character of ``_SAME_LENGTH`` (same length, so offsets hold).

    ``str.translate`` with a dict walks every character in Python-level lookups;
    replacing just the few distinct characters present is many times faster.
    """
    if not _has_special_characters(text, _SAME_LENGTH_ASCII):
        return text
    # One search per character of the table (a C-level scan each, at once for characters
    # the text's width cannot hold) beats a character-class regex over the whole text.
    # No replacement is itself in the table, so the order does not matter.
    for char, replacement in _SAME_LENGTH.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


def _drop_or_expand(match: re.Match[str]) -> str:
    return _EXPANDED.get(match.group(0), "")


def _rewrite(
    text: str,
    offset_map: OffsetMap,
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str],
) -> tuple[str, OffsetMap]:
    """Replace each match of ``pattern``; replacement characters map to the match start."""
    matches = list(pattern.finditer(text))
    replacements = {match.start(): replace(match) for match in matches}
    return rewrite_with_map(
        text,
        offset_map,
        [match.span() for match in matches],
        lambda start, end: replacements[start],
    )
