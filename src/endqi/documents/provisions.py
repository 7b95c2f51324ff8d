"""Split a bill's clean text into statute units with their full labels.

A small grammar for the numbering styles state bills use:

- statute sections: Missouri ``506.450.``, Colorado ``13-21-131.``, and
  ``§ 8-803``; bill sections ``Section 3.``, ``SECTION 2.``, ``Sec. 4.``,
  ``Section A.`` — all top level;
- subunits: ``1.`` / ``a.`` / ``A.`` / ``i.`` and ``(1)`` / ``(a)`` / ``(A)`` /
  ``(i)``, nested in the order they first appear.

A unit's label joins its ancestors' labels: dotted subunits with ``.``
(``506.450.2``, ``Section 3.A``), parenthesised ones directly
(``506.450.2(1)``, ``13-21-131(2)(b)``).

Numbers inside sentences ("section 590.010", "$25,000", "subsection (2)")
are not labels. A label must start a line, follow another label directly
("2. (1)"), or follow the end of a sentence or clause and continue the
numbering in progress (the next sibling, or the first child after a colon or a
short heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from endqi.documents.model import Provision
from endqi.regex_cache import compile_pattern

# A heading between a unit's label and its first child ("13-21-131. Civil action
# for deprivation of rights. (1) ...") is at most this long.
MAX_HEADING_CHARS = 200

_ROMAN_LOWER = compile_pattern(r"(?=[ivxl])l?x{0,3}(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}

# What follows a number that opens a unit of the bill: Virginia's "1. That ...", New Jersey's
# "1. (New section) ...".
_ENACTMENT_FOLLOWS = r"(?=[ \t]+(?:That[ \t]|\((?:New|NEW|new)[ \t]+(?:section|Section|SECTION)\)))"

# One alternative per label shape; preceded by the start of the text, whitespace
# or ")" (for chains like "(2)(b)").
_CANDIDATE = compile_pattern(
    r"""(?:(?<![^\s)])|(?<=["“])(?=§))(?:
      (?P<section>(?:Section|SECTION|Sec\.|SEC\.)[ \t]+
          (?P<section_number>\d+[A-Za-z]?(?:[.-]\d+[A-Za-z]?)*|[A-Z]{1,2}))
          (?P<section_dot>\.)?(?=\s|$)
    | (?P<symbol>§{1,2}[ \t]?(?P<symbol_number>\d+[A-Za-z]?(?:[.:-]\d+[A-Za-z]?)*))\.?(?=\s|$)
    | (?P<statute>\d{1,5}[A-Z]?(?:\.\d{1,5}[A-Za-z]?)+|\d{1,3}[A-Z]?(?:-\d{1,5}(?:\.\d{1,3})?[A-Za-z]?){1,3})
          \.(?=\s|$)
    | (?P<enactment>\d{1,2})\."""
    + _ENACTMENT_FOLLOWS
    + r"""
    | \((?P<paren>\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})\)
    | (?P<dotted>\d{1,3}|[a-z]{1,4}|[A-Z]{1,4})\.(?=\s|$)
    )""",
    re.VERBOSE,
)

# What may follow a dotted label ("1. A peace officer", "2. (1)", "a. “Covered...").
_AFTER_DOTTED = compile_pattern(r"\s*(?:$|[A-Z0-9(\"'“‘\[]|§)")
_AFTER_DOTTED_AT_LINE_START = compile_pattern(r"[ \t]+[a-z]")
# What may follow "Section 2" without a period ("Section 2 Definitions", "Sec. 4 —").
_AFTER_BARE_SECTION = compile_pattern(r"[ \t]*(?:$|\n|[A-Z(\"“:—–-])")
# Text that ends a sentence or clause, so a label may follow it mid-paragraph.
_CLAUSE_END = compile_pattern(
    r"(?:[.;:]['\"’”)]?(?:--|—|-)?|[;,][ \t]+(?:and|or)|\*[ \t]\*[ \t]\*)[ \t]*$"
)
# A citation's code name just before "Sec. 1983" or "§ 1983": "42 U.S.C.", "RSMo",
# "C.R.S."; what follows is a reference, never a heading.
_CITATION_BEFORE = compile_pattern(
    r"(?:\b(?:[A-Z][A-Za-z]{0,3}\.){2,}|\b(?:RSMo|ILCS|CFR|USC|Stat\.|Code|Ann\.))[ \t]*$"
)
# Bills rarely nest deeper than (a)(1)(A)(i)(I)(aa) under a section: deeper "units"
# are letters and numbers inside sentences.
MAX_LABEL_DEPTH = 7
# What follows a parenthesised letter or number that is referred to, not a label.
_REFERENCE_AFTER = compile_pattern(r"[,;.:]|[ \t]+(?:of|or|and|to|through)\b")
# A heading after a section number: "§ 3013. Patronizing a victim".
_HEADING_AFTER = compile_pattern(r"\.?[ \t]+[A-Z][a-z]")
_COLON_END = compile_pattern(r":['\"’”]?[ \t]*$")
_NOTE_END = compile_pattern(r"\)[ \t]*$")

# Used by the cleaner: does a line start with something shaped like a label?
LABEL_AT_LINE_START = compile_pattern(
    r"(?:(?:Section|SECTION|Sec\.|SEC\.)[ \t]+\S|[\"“]?§|\((?:\d{1,3}|[a-zA-Z]{1,4})\)"
    r"|(?:\d{1,3}|[a-zA-Z]{1,4})\.\s|\d{1,5}[A-Z]?(?:[.-]\d{1,5}[A-Za-z]?)+\.\s)"
)

TOP = "top"
# A label preceded on its line by at most this many spaces (struck text blanked, or an
# indent) still starts the line.
MAX_LEADING_SPACE = 120


@dataclass(slots=True)
class _Unit:
    kind: str  # TOP, or "(" / "." followed by the class: num, lower, upper, lroman, uroman
    ordinal: int
    label: str
    start: int
    label_end: int
    depth: int
    index: int = -1
    children: int = 0


@dataclass(slots=True)
class _Splitter:
    text: str
    found: list[list] = field(default_factory=list)  # [label, start, end, depth]
    parents: list[int] = field(default_factory=list)
    stack: list[_Unit] = field(default_factory=list)
    last_label_end: int = -1

    def close_to(self, depth: int, at: int) -> None:
        """Close every open unit at ``depth`` or deeper, ending at ``at``."""
        while self.stack and self.stack[-1].depth >= depth:
            unit = self.stack.pop()
            self.found[unit.index][2] = at

    def open(self, unit: _Unit) -> None:
        parent = self.stack[-1] if self.stack else None
        unit.index = len(self.found)
        self.found.append([unit.label, unit.start, len(self.text), unit.depth])
        self.parents.append(parent.index if parent else -1)
        if parent:
            parent.children += 1
        self.stack.append(unit)
        self.last_label_end = unit.label_end


def split_provisions(
    text: str, start: int = 0, end: int | None = None
) -> tuple[tuple[Provision, ...], tuple[int, ...]]:
    """Split clean text (or its slice ``text[start:end]``) into provisions.

    Returns:
        The provisions ordered by start (parents before their children), and
        for each the index of its parent provision (-1 for none). Offsets index
        ``text``. Text before the first label, when there is any, is a provision
        labelled ``None``.
    """
    end = len(text) if end is None else end
    splitter = _Splitter(text)
    for match in _CANDIDATE.finditer(text, start, end):
        _consider(splitter, match)
    splitter.close_to(0, end)
    provisions: list[Provision] = []
    parents: list[int] = []
    shift = 0
    first_start = splitter.found[0][1] if splitter.found else end
    if text[start:first_start].strip():
        provisions.append(Provision(None, start, _trim_end(text, start, first_start), 0))
        parents.append(-1)
        shift = 1
    for (label, start, end, depth), parent in zip(splitter.found, splitter.parents, strict=True):
        provisions.append(Provision(label, start, _trim_end(text, start, end), depth))
        parents.append(parent + shift if parent >= 0 else -1)
    return tuple(provisions), tuple(parents)


# A top-level unit's label at the start of a line (see ``_consider_top``).
_TOP_AT_LINE_START = compile_pattern(
    r"^[ \t]{0,"
    + str(MAX_LEADING_SPACE)
    # (Kansas opens an added section with "New Section 1." or "New Sec. 2.")
    # (a section an amendment quotes: '"§ 143-300.61. Action for ...')
    + r"}(?:(?:New|NEW)[ \t]+(?=S))?(?:[\"“](?=§))?(?P<label>(?:Section|SECTION|Sec\.|SEC\.)[ \t]+(?:\d|[A-Z]{1,2}\b)"
    r"|§"
    r"|\d{1,5}[A-Z]?(?:\.\d{1,5}[A-Za-z]?)+\.(?:\s|$)"
    # (Colorado's parts may hold a decimal point: "13-21.7-103.", "24-31-901.5.")
    r"|\d{1,3}[A-Z]?(?:-\d{1,5}(?:\.\d{1,3})?[A-Za-z]?){1,3}\.(?:\s|$)"
    # (New Jersey opens each section a bill adds "1. (New section)")
    r"|\d{1,2}\." + _ENACTMENT_FOLLOWS + r")",
    re.MULTILINE,
)


# Where _TOP_AT_LINE_START can match: a line whose first printed character can open a
# label. Opening with the line break lets the regex engine jump between line ends;
# ``^`` alone would be tried at every character of the text.
_POSSIBLE_TOP = compile_pattern(r"\n[ \t]{0," + str(MAX_LEADING_SPACE) + r"}[S§0-9N\"“]")


def top_level_starts(text: str) -> list[int]:
    """Offsets of lines that start with something shaped like a top-level label.

    The same offsets as ``_TOP_AT_LINE_START.finditer(text)`` (a test compares them):
    the pattern is tried only at the starts of lines that could hold a label, in order,
    never inside the previous match.
    """
    starts: list[int] = []
    candidates = [0, *(match.start() + 1 for match in _POSSIBLE_TOP.finditer(text))]
    searched_to = 0
    for line_start in candidates:
        if line_start < searched_to:
            continue
        match = _TOP_AT_LINE_START.match(text, line_start)
        if match:
            starts.append(match.start("label"))
            searched_to = max(match.end(), line_start + 1)
    return starts


_OPENING_QUOTES = '"“'


def _at_line_start(text: str, position: int) -> bool:
    """Whether only spaces (struck text is blanked to spaces) precede ``position`` on its line."""
    if position > 0 and text[position - 1] in _OPENING_QUOTES and text[position] == "§":
        position -= 1  # (a quoted section: the quotation mark opens the line)
    if position == 0 or text[position - 1] == "\n":
        return True
    if text[position - 1] not in " \t":
        return False
    window = text[max(0, position - MAX_LEADING_SPACE - 1) : position]
    newline = window.rfind("\n")
    if newline == -1 and position > MAX_LEADING_SPACE:
        return False
    # ("New Sec. 2." opens a line as "Sec. 2." would)
    return window[newline + 1 :].strip(" \t") in ("", "New", "NEW")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _consider(splitter: _Splitter, match: re.Match[str]) -> None:
    text = splitter.text
    start = match.start()
    line_start = _at_line_start(text, start)
    directly_after_label = (
        splitter.last_label_end >= 0 and not text[splitter.last_label_end : start].strip()
    )
    before = "" if line_start else text[max(0, start - 12) : start]

    if match.group("enactment"):
        # Virginia numbers its enactments "1. That § 8.01-42.6 ... is amended ...", "2. That
        # ...", New Jersey its new sections "1. (New section) ...": each opens a unit of the
        # bill, at the top, like "SECTION 2."
        if line_start:
            splitter.close_to(0, match.start())
            splitter.open(_Unit(TOP, 0, match.group("enactment"), match.start(), match.end(), 0))
        return
    if match.group("section") or match.group("symbol") or match.group("statute"):
        _consider_top(splitter, match, line_start, before)
        return

    raw = match.group("paren") or match.group("dotted")
    shape = "(" if match.group("paren") else "."
    if shape == "(" and _REFERENCE_AFTER.match(text, match.end()):
        return  # "subdivision\n(c), shall", "(b) of Section 17276": a reference
    if shape == "." and not (
        _AFTER_DOTTED.match(text, match.end())
        # At a line start a lower-case clause may follow ("a. a seniority system;").
        or (line_start and _AFTER_DOTTED_AT_LINE_START.match(text, match.end()))
    ):
        return
    kind, ordinal = _classify(raw, shape, splitter.stack)
    if kind is None:
        return

    sibling = next((unit for unit in reversed(splitter.stack) if unit.kind == kind), None)
    is_next_sibling = sibling is not None and ordinal == sibling.ordinal + 1
    if sibling is None and ordinal != 1:
        # A list starts at its first item; a later item with no earlier one open is a
        # letter or number in a sentence, except right under a section, where a bill
        # may print only the subsection it amends ("* * * (c) Where no return ...").
        parent = splitter.stack[-1] if splitter.stack else None
        if parent is not None and parent.kind != TOP:
            return
    if sibling is None and len(splitter.stack) >= MAX_LABEL_DEPTH:
        return
    if not line_start:
        top = splitter.stack[-1] if splitter.stack else None
        accepted = (
            (directly_after_label and top is not None and top.kind != kind)
            or (is_next_sibling and _CLAUSE_END.search(before) is not None)
            or (ordinal == 1 and _COLON_END.search(before) is not None)
            or (
                ordinal == 1
                and top is not None
                and top.children == 0
                and start - top.label_end <= MAX_HEADING_CHARS
                # After a heading's sentence, or after its bracketed notes:
                # "Sec. 41. (NEW) (Effective July 1, 2021) (a) No police officer ..."
                and (_CLAUSE_END.search(before) or _NOTE_END.search(before)) is not None
            )
        )
        if not accepted:
            return

    # Same style already open: a sibling replaces it, unless this restarts the
    # numbering ("1." under "(a)" under "1."), which opens a deeper list.
    if sibling is not None and (is_next_sibling or ordinal != 1):
        depth = sibling.depth
    else:
        depth = len(splitter.stack)
    splitter.close_to(depth, start)
    parent = splitter.stack[-1] if splitter.stack else None
    if parent is None:
        label = f"({raw})" if shape == "(" else raw
    elif shape == "(":
        label = f"{parent.label}({raw})"
    else:
        label = f"{parent.label}.{raw}"
    splitter.open(_Unit(kind, ordinal, label, start, match.end(), depth))


def _consider_top(splitter: _Splitter, match: re.Match[str], line_start: bool, before: str) -> None:
    text = splitter.text
    if not line_start and _CITATION_BEFORE.search(before):
        return  # "42 U.S.C. Sec. 1983", "RSMo § 506.450": a citation, not a heading
    if match.group("section"):
        if not match.group("section_dot") and not _AFTER_BARE_SECTION.match(text, match.end()):
            return  # "Section 2 of this act ..." is a reference, not a heading
        # Mid-paragraph only after a sentence, and followed by its text.
        if not line_start and (
            _CLAUSE_END.search(before) is None or not _AFTER_DOTTED.match(text, match.end())
        ):
            return
        label = f"{match.group('section').split()[0]} {match.group('section_number')}"
    else:
        # Mid-line after a colon ("to read: 506.450."), or after the omission mark
        # or a sentence, when a heading follows ("* * * § 3013. Patronizing a ...").
        if (
            not line_start
            and _COLON_END.search(before) is None
            and not (
                match.group("symbol")
                and _CLAUSE_END.search(before)
                and _HEADING_AFTER.match(text, match.end())
            )
        ):
            return
        if match.group("symbol"):
            label = f"§ {match.group('symbol_number')}"
        else:
            label = match.group("statute")
    splitter.close_to(0, match.start())
    splitter.open(_Unit(TOP, 0, label, match.start(), match.end(), 0))


def _classify(raw: str, shape: str, stack: list[_Unit]) -> tuple[str | None, int]:
    """The numbering class of a label and its ordinal (1 for "1", "a", "A", "i")."""
    if raw.isdigit():
        return shape + "num", int(raw)
    lower = raw.lower()
    letter_ordinal = _letter_ordinal(lower)
    roman_ordinal = _roman(lower)
    case = "lower" if raw.islower() else "upper" if raw.isupper() else None
    if case is None:
        return None, 0
    letter_kind = f"{shape}{case}"
    roman_kind = f"{shape}{'l' if case == 'lower' else 'u'}roman"
    if letter_ordinal and roman_ordinal:
        # "(i)" after "(h)" is a letter; after "(ii)"'s sibling or as a new list, a numeral.
        for unit in reversed(stack):
            if unit.kind == letter_kind and unit.ordinal + 1 == letter_ordinal:
                return letter_kind, letter_ordinal
            if unit.kind == roman_kind and unit.ordinal + 1 == roman_ordinal:
                return roman_kind, roman_ordinal
        if roman_ordinal == 1 or len(lower) > 1:
            return roman_kind, roman_ordinal
        return letter_kind, letter_ordinal
    if letter_ordinal:
        return letter_kind, letter_ordinal
    if roman_ordinal:
        return roman_kind, roman_ordinal
    return None, 0


def _letter_ordinal(lower: str) -> int:
    """ "a" -> 1 ... "z" -> 26, "aa" -> 27 ... (doubled letters continue the alphabet)."""
    if len(set(lower)) != 1 or not lower.isalpha() or not lower.isascii():
        return 0
    return (len(lower) - 1) * 26 + ord(lower[0]) - ord("a") + 1


def _roman(lower: str) -> int:
    if not lower or not _ROMAN_LOWER.fullmatch(lower):
        return 0
    total = 0
    for index, char in enumerate(lower):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[lower[index + 1]] if index + 1 < len(lower) else 0
        total += -value if value < following else value
    return total
