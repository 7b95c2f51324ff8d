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
"""

from __future__ import annotations

import re
import sys

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
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, AttributeError, TypeError):  # pragma: no cover - internals changed
        return None
    clauses = _sequence(list(parsed))
    return tuple(clauses) or None


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


class LiteralGate:
    """A pattern behind the literal gate read off it; ``search`` answers as the pattern."""

    __slots__ = ("clauses", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.clauses = required_literals(pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, skipped when a required literal is absent
        from ``text[pos:endpos]`` (where every match lies)."""
        if self.clauses is not None:
            window = text[pos:endpos] if pos or endpos < len(text) else text
            for clause in self.clauses:
                for literal in clause:  # a plain loop: no generator per call
                    if literal in window:
                        break
                else:
                    return None
        return self.pattern.search(text, pos, endpos)
