"""A conference report's side-by-side comparison, flattened into text.

Conference committees print each chamber's version of an item beside what the committee agreed
("HOUSE VERSION: ... SENATE VERSION: ... CONFERENCE RECOMMENDATION: ..."); a plain-text copy sets
the columns out one after another. Only the agreed column is the bill: the chambers' columns are
versions that were given up, unless the agreed column points back to one of them ("Same as House
version", "Senate provision"), in which case that one is the bill's text and the pointer is not.
"Neither branch" or "No provision" takes neither. :func:`set_aside_columns` returns the spans of
the text that is not the bill, for the cleaner to strike as it strikes deleted matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from endqi.regex_cache import compile_pattern

# A column's label at the start of a line: a chamber's ("HOUSE VERSION:", "SENATE SUBSTITUTE:",
# "HOUSE:") or the agreed one's ("CONFERENCE RECOMMENDATION:", "CONFERENCE COMMITTEE:",
# "CONFERENCE:", "AGREED TEXT:").
_COLUMN_LABEL = compile_pattern(
    r"(?m)^[ \t]*(?:(?P<chamber>house|senate|assembly)(?:[ \t]+(?:version|text|engrossed|substitute"
    r"|bill|provision|amendment|position|committee[ \t]+substitute))?"
    r"|(?P<agreed>conference(?:[ \t]+(?:committee(?:[ \t]+(?:recommendation|report|text|version|agreement))?"
    r"|recommendation|report|text|version|agreement|action))?|agreed[ \t]+(?:text|version)"
    r"|final[ \t]+(?:text|version)))[ \t]*:[ \t]*",
    re.IGNORECASE,
)
# A column runs to the next label or to a blank line.
_BLANK_LINE = compile_pattern(r"\n[ \t]*\n")
# The unit a column opens with, before what it says ("SECTION 1.", "Sec. 106B.003.").
_UNIT_LABEL = compile_pattern(r"(?:(?:section|sec\.?)[ \t]+[\w.-]+?\.?[ \t]+)?", re.IGNORECASE)
# The agreed column taking one chamber's text: "Same as House version", "Senate provision",
# "Same as Senate", "House text".
_TAKES_ONE = compile_pattern(
    r"(?:same\s+as\s+(?:the\s+)?(?P<same>house|senate|assembly)\b(?!\s+and\b)"
    r"|(?P<named>house|senate|assembly)\s+(?:version|provision|text|engrossed|substitute|position"
    r"|bill)\b)",
    re.IGNORECASE,
)
# Both chambers' text, the same: "Same as House and Senate", "Same.", "Same as both".
_TAKES_BOTH = compile_pattern(
    r"same(?:\s+as\s+(?:house\s+and\s+senate|senate\s+and\s+house|both(?:\s+versions)?))?\s*[.;]",
    re.IGNORECASE,
)
# Neither chamber's text: "Neither branch.", "No provision.", "No corresponding section.",
# "Deleted."
_TAKES_NEITHER = compile_pattern(
    r"(?:neither(?:\s+(?:branch|version|chamber|house|provision))?|no\s+(?:corresponding\s+)?"
    r"(?:section|provision)|(?:section\s+)?deleted|omitted|not\s+included)\b",
    re.IGNORECASE,
)
# (the report names itself: an agreed column without the word "conference" anywhere is rare,
# and each substring test is a scan of the whole print)
_GATE_WORDS = ("ONFERENCE", "onference")


@dataclass(frozen=True, slots=True)
class _Column:
    """One column of one item: its label's span, the end of its words, whose column it is."""

    start: int
    words_start: int
    end: int
    chamber: str | None  # "house", "senate", "assembly"; None for the agreed column


def set_aside_columns(original: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``original`` that a side-by-side comparison shows are not the bill: the columns
    of versions given up, and the agreed column's pointers to a version it takes."""
    if not any(word in original for word in _GATE_WORDS):
        return ()  # (substring tests first: most prints are no conference report)
    columns = _columns(original)
    if not any(column.chamber is None for column in columns):
        return ()
    spans: list[tuple[int, int]] = []
    versions: list[_Column] = []
    for column in columns:
        if column.chamber is not None:
            versions.append(column)
            continue
        if versions:  # an item: the chambers' columns, then the agreed one
            spans += _not_the_bill(original, versions, column)
        versions = []
    return tuple(spans)


def _columns(original: str) -> list[_Column]:
    labels = list(_COLUMN_LABEL.finditer(original))
    columns = []
    for index, label in enumerate(labels):
        next_label = labels[index + 1].start() if index + 1 < len(labels) else len(original)
        blank = _BLANK_LINE.search(original, label.end(), next_label)
        end = blank.start() if blank is not None else next_label
        chamber = label.group("chamber")
        columns.append(
            _Column(label.start(), label.end(), end, chamber.lower() if chamber else None)
        )
    return columns


def _not_the_bill(original: str, versions: list[_Column], agreed: _Column) -> list[tuple[int, int]]:
    """What of one item is not the bill, given its chambers' columns and the agreed column."""
    taken = _taken_version(original, versions, agreed)
    if taken is None:
        # The agreed column is the text (or takes neither): the versions are set aside, and the
        # agreed column's label.
        return [*((v.start, v.end) for v in versions), (agreed.start, agreed.words_start)]
    # One version is the text: the others, every label, and the pointer are set aside.
    return [
        *((v.start, v.end) for v in versions if v is not taken),
        (taken.start, taken.words_start),
        (agreed.start, agreed.end),
    ]


def _taken_version(original: str, versions: list[_Column], agreed: _Column) -> _Column | None:
    """The chamber's column the agreed column takes as its text ("Same as House version"),
    following one chamber's column that is itself "Same as" the other's; None when the agreed
    column has words of its own or takes neither."""
    taken = _pointed_to(original, versions, agreed)
    if taken is None:
        return None
    again = _pointed_to(original, [v for v in versions if v is not taken], taken)
    return again if again is not None else taken


def _pointed_to(original: str, versions: list[_Column], column: _Column) -> _Column | None:
    opening = _UNIT_LABEL.match(original, column.words_start, column.end)
    start = opening.end() if opening is not None else column.words_start
    if _TAKES_NEITHER.match(original, start, column.end):
        return None
    if _TAKES_BOTH.match(original, start, column.end):
        return versions[0] if versions else None
    pointer = _TAKES_ONE.match(original, start, column.end)
    if pointer is None:
        return None
    chamber = (pointer.group("same") or pointer.group("named")).lower()
    named = [v for v in versions if v.chamber == chamber]
    return named[0] if named else None
