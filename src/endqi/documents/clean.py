"""Clean legislative print into flowing text, keeping a map back to the original.

What goes: printed line numbers (remembered per line, so a quote can cite the
printed line), running headers and footers, page-number lines, form feeds,
hyphenation at line ends, runs of spaces, invisible characters. What changes:
curly quotes, dashes and unusual spaces become their plain equivalents. What
stays: every other character, and paragraph breaks. Lines wrapped by the
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

from endqi.documents import furniture
from endqi.documents.furniture import PrintedLine
from endqi.documents.model import Extraction
from endqi.documents.offsets import OffsetMap, OffsetMapBuilder, rewrite_with_map
from endqi.documents.provisions import LABEL_AT_LINE_START

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
_SAME_LENGTH_CHARACTER = re.compile("[" + re.escape("".join(_SAME_LENGTH)) + "]")
_DROP_OR_EXPAND = re.compile("[" + re.escape(_DROPPED + "".join(_EXPANDED)) + "]")
_SPACE_RUN = re.compile(" {2,}")

# A page that quotes a bill ('It states, "506.450. 1. A peace officer ...') puts its
# own words before the opening quotation mark: a paragraph break after the mark
# keeps the commentary and the quoted clause in separate sentences, so a quote
# taken from the clause neither opens a quotation it does not close nor pulls in
# the commentary. Commentary introduces a quotation with a verb of saying and a comma
# (bills introduce quoted law with a colon: "amended to read:").
_QUOTED_BILL = re.compile(
    r"""\b(?:states|stated|says|said|provides|provided|reads|adds|requires)\s?,\s?"(?=[A-Z0-9§(])"""
)


def _break_after_quote(match: re.Match[str]) -> str:
    return match.group(0) + "\n\n"


# --- line structure -----------------------------------------------------------

# A printed line number: digits at the start of a line, then a space or the end.
_LINE_NUMBER = re.compile(r"(\d{1,4})(?:[ \t\u00a0]+|$)")
# A document numbers its lines when at least this share of its non-blank lines
# start with a number, and this share of those numbers continue the sequence.
NUMBERED_LINE_SHARE = 0.5
NUMBERED_SEQUENCE_SHARE = 0.7
# A numbered line may skip this many numbers (blank numbered lines dropped).
MAX_LINE_NUMBER_GAP = 3

# Text whose lines are at most this long (90th percentile) was wrapped by a printer.
WRAPPED_LINE_LENGTH = 100
MIN_LINES_TO_GUESS_WRAPPING = 4
# A line shorter than this share of the usual length ends its paragraph.
SHORT_LINE_SHARE = 0.65
# A line indented this much more than usual starts a paragraph.
PARAGRAPH_INDENT = 2

_SENTENCE_END = re.compile(r"(?:[.;:!?]['\"’”)]?|[;,]\s+(?:and|or))$")
_CLOSING_PUNCTUATION = ".;:!?'\"’”)"
# Only a line's last characters can end a clause; searching them, not the whole line.
_SENTENCE_END_TAIL = 24
_HYPHENATED_END = re.compile(r"(-?)([A-Za-z]+)-$")
_WORD_START = re.compile(r"[A-Za-z]+")
_HYPHENATED_WORD = re.compile(r"[A-Za-z]+-[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class CleanText:
    """Output of :func:`clean_text`."""

    text: str
    offset_map: Sequence[int]
    line_numbers: tuple[int | None, ...]
    line_starts: tuple[int, ...]
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
    raw_lines = original.split("\n")
    line_starts = tuple(itertools.accumulate((len(line) + 1 for line in raw_lines[:-1]), initial=0))
    lines = _measure_lines(raw_lines, line_starts, extraction.page_starts)
    furniture.drop_margin_columns(lines, original)
    numbered = _strip_line_numbers(lines, original)
    furniture.drop_shaped_furniture(lines, original)
    furniture.drop_running_lines(lines, original, page_count=len(extraction.page_starts))

    unwrap = extraction.unwrap
    if unwrap is None:
        unwrap = _looks_wrapped(lines)
    text, offset_map = _join_lines(lines, original, unwrap)
    text = _normalise_characters(text)
    if _DROP_OR_EXPAND.search(text):
        text, offset_map = _rewrite(text, offset_map, _DROP_OR_EXPAND, _drop_or_expand)
    if "  " in text:
        text, offset_map = _rewrite(text, offset_map, _SPACE_RUN, lambda match: " ")
    if '"' in text and _QUOTED_BILL.search(text):
        text, offset_map = _rewrite(text, offset_map, _QUOTED_BILL, _break_after_quote)

    return CleanText(
        text=text,
        offset_map=offset_map,
        line_numbers=tuple(line.number for line in lines) if numbered else (),
        line_starts=line_starts,
        deletions=map_spans(
            (*extraction.deletions, *furniture.bracketed_deletions(original)), offset_map
        ),
    )


def map_spans(
    spans: Sequence[tuple[int, int]], offset_map: Sequence[int]
) -> tuple[tuple[int, int], ...]:
    """Spans of the original text as spans of the clean text (merged, non-empty)."""
    mapped: list[tuple[int, int]] = []
    for start, end in sorted(spans):
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


def _measure_lines(
    raw_lines: list[str], line_starts: Sequence[int], page_starts: Sequence[int]
) -> list[PrintedLine]:
    lines = []
    page = 0
    next_page = 1
    for raw, start in zip(raw_lines, line_starts, strict=True):
        while next_page < len(page_starts) and start >= page_starts[next_page]:
            page = next_page
            next_page += 1
        stripped_left = raw.lstrip()
        lead = len(raw) - len(stripped_left)
        length = len(stripped_left.rstrip())
        lines.append(PrintedLine(start + lead, start + lead + length, page, lead))
    return lines


def _strip_line_numbers(lines: list[PrintedLine], original: str) -> bool:
    """Recognise printed line numbers; move each line's start past its number."""
    candidates: list[tuple[PrintedLine, re.Match[str]]] = []
    non_blank = 0
    for line in lines:
        if line.blank:
            continue
        non_blank += 1
        match = _LINE_NUMBER.match(original, line.start, line.end)
        if match:
            candidates.append((line, match))
    if len(candidates) < 3 or len(candidates) < NUMBERED_LINE_SHARE * non_blank:
        return False
    numbers = [int(match.group(1)) for _, match in candidates]
    in_sequence = sum(
        1 for before, number in itertools.pairwise(numbers) if number in (before + 1, 1)
    )
    if in_sequence < NUMBERED_SEQUENCE_SHARE * (len(numbers) - 1):
        return False
    previous: int | None = None
    for (line, match), number in zip(candidates, numbers, strict=True):
        if (
            previous is not None
            # A restart: numbering that begins again with a section (whose first line
            # may carry no number) starts at one or just after.
            and number > MAX_LINE_NUMBER_GAP + 1
            and not (previous < number <= previous + MAX_LINE_NUMBER_GAP)
        ):
            continue  # a number that breaks the sequence is text, not a line number
        line.number = number
        line.indent = match.end() - match.start(1) - len(match.group(1))
        line.start = min(match.end(), line.end)
        previous = number
    return True


def _looks_wrapped(lines: list[PrintedLine]) -> bool:
    lengths = sorted(line.end - line.start for line in lines if not line.blank and not line.dropped)
    if len(lengths) < MIN_LINES_TO_GUESS_WRAPPING:
        return False
    return lengths[int(0.9 * (len(lengths) - 1))] <= WRAPPED_LINE_LENGTH


def _join_lines(lines: list[PrintedLine], original: str, unwrap: bool) -> tuple[str, OffsetMap]:
    """Concatenate the kept lines with spaces or breaks; build the offset map."""
    kept = [line for line in lines if not line.blank and not line.dropped]
    parts: list[str] = []
    offsets = OffsetMapBuilder()
    if not kept:
        return "", OffsetMap.identity(0)
    usual_length = usual_indent = 0
    hyphenated_words: set[str] | None = None
    if unwrap:
        lengths = sorted(line.end - line.start for line in kept)
        usual_length = lengths[int(0.75 * (len(lengths) - 1))]
        usual_indent = _most_common(line.indent for line in kept)
    # Blank lines between two kept lines of one page make a paragraph break.
    blank_before: set[int] = set()
    seen_blank = False
    previous_page = -1
    for line in lines:
        if line.dropped:
            continue
        if line.page != previous_page:
            seen_blank = False
            previous_page = line.page
        if line.blank:
            seen_blank = True
        else:
            if seen_blank:
                blank_before.add(id(line))
            seen_blank = False

    previous: PrintedLine | None = None
    previous_content = ""
    pending_end = 0  # original end of the previous line's content still to append
    for line in kept:
        content = original[line.start : line.end]
        if previous is not None:
            separator = "\n\n" if id(line) in blank_before and previous.page == line.page else None
            # A word broken at a line end is joined even in text whose breaks are kept.
            joined = _hyphen_join(previous_content, content) if separator is None else None
            if separator is None and not unwrap and joined is None:
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
                    previous, previous_content, line, content, usual_length, usual_indent
                ):
                    separator = "\n"
                else:
                    separator = " "
            parts.append(original[previous.start : pending_end])
            offsets.add(previous.start, pending_end - previous.start)
            parts.append(separator)
            offsets.add(previous.end, len(separator), 0)
        previous, previous_content, pending_end = line, content, line.end
    assert previous is not None
    parts.append(original[previous.start : pending_end])
    offsets.add(previous.start, pending_end - previous.start)
    return "".join(parts), offsets.finish(pending_end)


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
) -> bool:
    """Whether the break between two wrapped lines is a real one (new paragraph/unit)."""
    if line.indent >= usual_indent + PARAGRAPH_INDENT:
        return True
    if _is_heading(previous_content, usual_length) or _is_heading(content, usual_length):
        return True
    tail_start = max(0, len(previous_content) - _SENTENCE_END_TAIL)
    ends_clause = _SENTENCE_END.search(previous_content, tail_start) is not None
    if ends_clause and LABEL_AT_LINE_START.match(content):
        return True
    short = previous.end - previous.start < SHORT_LINE_SHARE * usual_length
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
    for char in set(_SAME_LENGTH_CHARACTER.findall(text)):
        text = text.replace(char, _SAME_LENGTH[char])
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
