"""Literal gates read off a pattern: words every match must contain.

Python's regex engine has no fast path for a pattern that opens with ``\\b`` or an
alternation: it tries the pattern at every position of the text. For a pattern
run on every candidate sentence (is this sentence a finding? advocacy?), most of
that work finds nothing. :func:`required_literals` reads, from the pattern's own
parse, sets of literal strings such that every match contains at least one string
of each set; :class:`LiteralGate` checks them with ``str`` containment (C speed)
before running the pattern, and answers exactly as the pattern does.

The gate is derived from the pattern, never written by hand, so it cannot drift
from the rule it guards. It is conservative: anything it cannot read (classes,
optional parts, look-arounds, back-references, case-insensitive parts) requires
nothing, and a pattern with no required literal gets no gate at all.

:class:`AlternativesGate` goes one step further for a pattern written as one
alternation ("a|b|c", as most rules of the table are): the pattern matches a text
exactly when one of its alternatives does, so each alternative is searched on its
own, behind the gate read off that alternative. A sentence then meets only the
alternatives whose words it has, and an alternative that opens with a literal lets
the engine jump to that literal instead of trying every branch at every character.
"""

from __future__ import annotations

import re
import sys
import zlib
from collections.abc import Iterator, Sequence
from functools import cache

from endqi.regex_cache import compile_pattern, remember

try:
    from re import _parser
except ImportError:  # pragma: no cover - other Pythons: no gates, same answers
    _parser = None  # type: ignore[assignment]

# A conjunction of disjunctions: every set must have one of its strings in the text.
Clauses = tuple[frozenset[str], ...]
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def required_literals(pattern: re.Pattern[str]) -> Clauses | None:
    """Sets of strings, every match of ``pattern`` containing one string of each set;
    None when the pattern guarantees no literal (or cannot be read)."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = _parse(pattern)
    if parsed is None:  # pragma: no cover - internals changed
        return None
    clauses = _sequence(list(parsed))
    return tuple(clauses) or None


def _parse(pattern: re.Pattern[str]) -> list[tuple[object, object]] | None:
    """The items of the parse of ``pattern`` (None when it cannot be read)."""
    try:
        return list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, AttributeError, TypeError):  # pragma: no cover - internals changed
        return None


def _sequence(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """Clauses of a sequence of parse items: each literal run, and each mandatory part's."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            clauses.append(frozenset(["".join(run)]))
            run.clear()

    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(value))  # type: ignore[arg-type]
            continue
        end_run()
        if name == "SUBPATTERN":
            _group, add_flags, _del_flags, sub = value  # type: ignore[misc]
            if not add_flags & re.IGNORECASE:
                clauses.extend(_sequence(list(sub)))
        elif name == "ATOMIC_GROUP":
            clauses.extend(_sequence(list(value)))  # type: ignore[call-overload]
        elif name in _REPEATS:
            minimum, _maximum, sub = value  # type: ignore[misc]
            if minimum >= 1:
                clauses.extend(_sequence(list(sub)))
        elif name == "BRANCH":
            alternatives = value[1]  # type: ignore[index]
            union: set[str] = set()
            for alternative in alternatives:
                best = _most_selective(_sequence(list(alternative)))
                if best is None:
                    union = set()
                    break
                union |= best
            if union:
                clauses.append(frozenset(union))
        # Anything else (classes, any character, anchors, look-arounds, references)
        # requires nothing and ends the literal run.
    end_run()
    return clauses


def _most_selective(clauses: list[frozenset[str]]) -> frozenset[str] | None:
    """The clause whose shortest string is longest (the rarest to meet), if any."""
    if not clauses:
        return None
    return max(clauses, key=lambda clause: (min(map(len, clause)), -len(clause)))


def holds_every_clause(window: str, clauses: Sequence[frozenset[str]]) -> bool:
    """Whether ``window`` holds a string of every clause: a literal gate's test."""
    for clause in clauses:
        for literal in clause:  # plain loops: no generator per call
            if literal in window:
                break
        else:
            return False
    return True


class LiteralGate:
    """A pattern behind the literal gate read off it; ``search`` answers as the pattern."""

    __slots__ = ("clauses", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # Kept with the compiled patterns, as AlternativesGate's plans are: reading them off
        # costs a parse of the pattern in every process (about 1 ms for a long one).
        kind = _plan_kind()
        self.clauses = (
            required_literals(pattern)
            if kind is None
            else remember(f"{kind}-clauses", pattern, lambda: required_literals(pattern))
        )

    @classmethod
    def with_clauses(cls, pattern: re.Pattern[str], clauses: Clauses | None) -> LiteralGate:
        """``pattern`` behind ``clauses``, read off it by the caller."""
        gate = cls.__new__(cls)
        gate.pattern, gate.clauses = pattern, clauses
        return gate

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, skipped when a required literal is absent
        from ``text[pos:endpos]`` (where every match lies)."""
        if self.clauses is not None:
            window = text[pos:endpos] if pos or endpos < len(text) else text
            if not holds_every_clause(window, self.clauses):
                return None
        return self.pattern.search(text, pos, endpos)


def alternatives(pattern: re.Pattern[str]) -> tuple[tuple[str, Clauses | None], ...] | None:
    """The alternatives of a pattern written as one alternation ("a|b|c"), each as its
    source and the literals every match of it contains; None for any other pattern.

    Each alternative must stand alone: the pattern refers to no group (a reference or a
    conditional in one alternative could name a group of another; groups alone only number
    differently in a piece, which a yes-or-no search never reads) and has no verbose or
    comment syntax (where "|" may be no operator). The source is cut at its bars outside groups and sets, and the cut is
    kept only when the parser reads the whole pattern as that many alternatives (after
    the opening they all share, which it moves before them: "\\ba|\\bb" is read as
    "\\b(?:a|b)"); the literals are read off that parse. A test checks, for every
    pattern of the lexicon, that each piece parses to the very alternative the parser
    reads in the whole.
    """
    source = pattern.pattern
    if _parser is None or not isinstance(source, str):
        return None
    if pattern.flags & re.VERBOSE or "(?#" in source:
        return None
    pieces = cut_at_top_level_bars(source)
    items = _parse(pattern) if len(pieces) > 1 else None
    if not items or str(items[-1][0]) != "BRANCH":
        return None
    if pattern.groups and _refers_to_a_group(items):
        return None
    shared, branches = items[:-1], items[-1][1][1]  # type: ignore[index]
    if len(branches) != len(pieces):
        return None
    readable = not pattern.flags & re.IGNORECASE
    return tuple(
        (piece, (tuple(_sequence([*shared, *branch])) or None) if readable else None)
        for piece, branch in zip(pieces, branches, strict=True)
    )


_GROUP_REFERENCES = frozenset(
    ("GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE", "GROUPREF_UNI_IGNORE")
)


def _refers_to_a_group(value: object) -> bool:
    """Whether a parse (or part of one) holds a back-reference or a conditional on a group."""
    if _parser is not None and isinstance(value, _parser.SubPattern):
        value = value.data
    if isinstance(value, tuple | list):
        if len(value) == 2 and str(value[0]) in _GROUP_REFERENCES:
            return True
        return any(_refers_to_a_group(item) for item in value)
    return False


def cut_at_top_level_bars(source: str) -> list[str]:
    """``source`` cut at every "|" outside groups and character sets."""
    pieces: list[str] = []
    start = 0
    for index, char, depth in _operators(source):
        if char == "|" and depth == 0:
            pieces.append(source[start:index])
            start = index + 1
    pieces.append(source[start:])
    return pieces


def _operators(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth of groups around it) of each "(", ")" and "|" of ``source``
    that is an operator: not escaped and not inside a character set. A ")" is given the depth
    inside the group it closes."""
    depth = index = 0
    in_set = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2  # an escaped character is never an operator
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            # A "]" first in a set (after an optional "^") is a member, not the set's end.
            if source.startswith("^", index + 1):
                index += 1
            if source.startswith("]", index + 1):
                index += 1
        elif char == "(":
            yield index, char, depth
            depth += 1
        elif char == ")":
            yield index, char, depth
            depth -= 1
        elif char == "|":
            yield index, char, depth
        index += 1


class AlternativesGate:
    """Whether a pattern matches a text: :meth:`matches` answers as
    ``pattern.search(text) is not None``, each alternative of a pattern written as one
    alternation searched on its own behind its own literal gate (any other pattern
    whole, behind its gate).

    What is read off the pattern (the pieces and their literals) is kept with the
    compiled patterns (:func:`endqi.regex_cache.remember`): every process evaluating a
    bill needs it for every rule, and reading it costs more than compiling them.
    """

    __slots__ = ("_checks", "gates", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        kind = _plan_kind()
        plan = _plan(pattern) if kind is None else remember(kind, pattern, lambda: _plan(pattern))
        self.gates = tuple(
            LiteralGate.with_clauses(
                pattern if piece is None else compile_pattern(piece, pattern.flags), clauses
            )
            for piece, clauses in plan
        )
        # What matches() walks: each piece's clauses (empty when it has none) and its search.
        self._checks = tuple((gate.clauses or (), gate.pattern.search) for gate in self.gates)

    def matches(self, text: str) -> bool:
        """Whether ``pattern.search(text)`` finds a match.

        The gates' test is written out here rather than called (``LiteralGate.search``): a
        long bill asks it some ninety thousand times, nearly always to hear "no", and the
        calls cost more than the substring tests they make."""
        for clauses, search in self._checks:
            for clause in clauses:
                for literal in clause:
                    if literal in text:
                        break
                else:
                    break  # a clause with none of its strings in the text: not this piece
            else:
                if search(text) is not None:
                    return True
        return False


# The pieces of a pattern to search, each with its literals; None stands for the whole.
Plan = tuple[tuple[str | None, Clauses | None], ...]


def _plan(pattern: re.Pattern[str]) -> Plan:
    """What :class:`AlternativesGate` searches: the alternatives, or the whole pattern;
    a piece (or the whole) that is mostly one long alternation in a group is searched as
    one piece per alternative (see :func:`_distributed`)."""
    found = alternatives(pattern)
    if found is not None:
        try:
            for piece, _clauses in found:
                compile_pattern(piece, pattern.flags)
        except re.error:  # pragma: no cover - a piece that cannot stand alone
            pass  # the whole pattern then, as it is
        else:
            return tuple(
                item
                for piece, clauses in found
                for item in (_distributed(piece, pattern.flags) or ((piece, clauses),))
            )
    parsed = _parse(pattern)
    if parsed is not None and not _refers_to_a_group(parsed):
        spread = _distributed(pattern.pattern, pattern.flags)
        if spread is not None:
            return spread
    return ((None, required_literals(pattern)),)


# A group is spread into one piece per alternative only when it has this many: for two or
# three ("shall|must") the pieces would mostly share their words and double the searches.
# Nor when it has more than the most: every piece is a pattern to compile and keep, and a
# piece's literal test costs a little even when it fails.
_FEWEST_TO_SPREAD = 4
_MOST_TO_SPREAD = 48
_MOST_AROUND_THE_GROUP = 12


def _distributed(source: str, flags: int) -> Plan | None:
    """``source`` as one piece per alternative of its widest top-level group: "X(?:A|B)Y"
    matches somewhere exactly when "X(?:A)Y" or "X(?:B)Y" does (the piece's other parts
    sit at the same places around either branch), so a yes-or-no search may try them one
    by one, each behind its own literals. None unless the group is non-capturing, has no
    repeat of its own, has from ``_FEWEST_TO_SPREAD`` to ``_MOST_TO_SPREAD`` alternatives,
    and every piece compiles and has literals to gate on (a piece without any would be
    searched in every sentence). One group only: spreading the pieces' own groups too
    would multiply the pieces (a pattern of three such groups would make thousands)."""
    widest: tuple[int, int, list[str]] | None = None
    for start, end in _top_level_groups(source):
        if not source.startswith("(?:", start) or source[end : end + 1] in ("?", "*", "+", "{"):
            continue
        branches = cut_at_top_level_bars(source[start + 3 : end - 1])
        # (only a group that is nearly the whole piece, "\b(?:A|B|...)": a group among other
        # parts shares the piece's search with them, and spreading it mostly repeats that search)
        if (
            _FEWEST_TO_SPREAD <= len(branches) <= _MOST_TO_SPREAD
            and len(source) - (end - start) <= _MOST_AROUND_THE_GROUP
            and (widest is None or len(branches) > len(widest[2]))
        ):
            widest = (start, end, branches)
    if widest is None:
        return None
    start, end, branches = widest
    plan: list[tuple[str, Clauses | None]] = []
    for branch in branches:
        piece = f"{source[:start]}(?:{branch}){source[end:]}"
        try:
            clauses = required_literals(compile_pattern(piece, flags))
        except re.error:  # pragma: no cover - a branch that cannot stand alone
            return None
        if clauses is None:
            return None
        plan.append((piece, clauses))
    return tuple(plan)


def _top_level_groups(source: str) -> list[tuple[int, int]]:
    """(start, end) of every group of ``source`` outside other groups and sets; ``end`` is
    just past its closing parenthesis."""
    groups: list[tuple[int, int]] = []
    opened = 0
    for index, char, depth in _operators(source):
        if char == "(" and depth == 0:
            opened = index
        elif char == ")" and depth == 1:
            groups.append((opened, index + 1))
    return groups


@cache
def _plan_kind() -> str | None:
    """The name plans are kept under: it changes with this module's source, which is all
    the code that reads them off (the parser's own version is part of the cache's name).
    None when the source cannot be read: plans are then read off in every process."""
    try:
        with open(__file__, "rb") as source:
            return f"literal-gates-{zlib.crc32(source.read()):08x}"
    except OSError:  # pragma: no cover - run from bytecode alone
        return None
