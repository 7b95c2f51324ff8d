"""Plain-English glosses of the legal terms the rubric uses, added where a term first appears.

A reader meets "indemnify" or "prevailing plaintiff" in a criterion's wording or its
model language. :class:`Glossary` explains each term once per run of texts (one page,
one report): inside prose with :meth:`Glossary.explain`, and beside verbatim text
(model language, bill quotes, which must not be altered) with :meth:`Glossary.notes`.
Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Term:
    """A legal term, the pattern that finds it and its explanation in plain words."""

    name: str
    pattern: re.Pattern[str]
    meaning: str


TERMS: tuple[Term, ...] = (
    Term(
        name="prevailing plaintiff",
        pattern=re.compile(r"\bprevailing plaintiffs?\b", re.IGNORECASE),
        meaning="the person who sued and won",
    ),
    Term(
        name="indemnify",
        pattern=re.compile(r"\bindemnif(?:y|ies|ied|ication)\b", re.IGNORECASE),
        meaning="pay, on the employee's behalf, what a court or settlement awards",
    ),
)


@dataclass(slots=True)
class Glossary:
    """Explains each term of :data:`TERMS` once: at its first appearance in the texts given."""

    explained: set[str] = field(default_factory=set)

    def explain(self, text: str) -> str:
        """``text`` with ``(that is, …)`` after the first not-yet-explained use of each term."""
        for term in TERMS:
            if term.name in self.explained:
                continue
            match = term.pattern.search(text)
            if match is None:
                continue
            self.explained.add(term.name)
            gloss = f" (that is, {term.meaning})"
            text = text[: match.end()] + gloss + text[match.end() :]
        return text

    def notes(self, verbatim: str) -> list[str]:
        """``term: meaning`` for each not-yet-explained term in text that must stay verbatim."""
        found = []
        for term in TERMS:
            if term.name not in self.explained and term.pattern.search(verbatim):
                self.explained.add(term.name)
                found.append(f"{term.name}: {term.meaning}")
        return found
