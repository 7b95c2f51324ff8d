"""Per-state drafting conventions the analysis must respect.

Bills amend existing law by showing what they strike and what they add. Some
legislatures print struck language inside square brackets (Missouri prints it
in bold brackets, Texas brackets and strikes it; Washington uses double
parentheses), so in a plain-text copy of such a bill, that text is law being
removed, not the bill's own words.
Strike-through in PDFs and ``<s>``/``<del>`` in HTML are found by the document
loader, and so are brackets and double parentheses where the print itself shows them
to be old law (a legend, capitals beside them, a section "amended to read"; see
:mod:`endqi.documents.furniture`); this module covers the rest by the state's own
convention, when the state is known.
"""

from __future__ import annotations

import re
from dataclasses import replace

from endqi.documents.model import Document
from endqi.regex_cache import compile_pattern

# States whose printed bills mark deletions from existing law with [brackets] (each
# legislature's bill-drafting legend: "[Brackets] indicate matter deleted from
# existing law", "Matter in [brackets] is old law to be omitted", and so on).
BRACKET_DELETION_STATES: frozenset[str] = frozenset(
    {"AK", "CT", "HI", "MD", "MO", "NH", "NJ", "NM", "NV", "NY", "PA", "TX"}
)
# Washington prints deleted law inside ((double parentheses)).
DOUBLE_PARENTHESIS_DELETION_STATES: frozenset[str] = frozenset({"WA"})

_BRACKETED = compile_pattern(r"\[[^\[\]]{1,4000}\]")
_DOUBLE_PARENTHESIZED = compile_pattern(r"\(\((?:(?!\)\)).){1,4000}?\)\)", re.S)


# A character struck through by a combining overlay ("$̶2̶0̶0̶,̶0̶0̶0̶", as some plain-text copies
# of printed bills carry strike-through); a run of them, struck spaces and the plain spaces
# between struck words included.
_COMBINING_STRUCK = compile_pattern(
    r"[^\s\u0335\u0336\u0338][\u0335\u0336\u0338]+"
    r"(?:[^\s\u0335\u0336\u0338][\u0335\u0336\u0338]+|\s[\u0335\u0336\u0338]+"
    r"|\s+(?=[^\s\u0335\u0336\u0338][\u0335\u0336\u0338]))*"
)


def apply_state_conventions(document: Document, state: str | None) -> Document:
    """Return ``document`` with its state's marked deletions recorded as deletions.

    Only adds deletions when the loader found none (a PDF or HTML source that marks
    strike-through already carries its own). Characters struck by a combining overlay are
    deletions in any state.
    """
    if not document.deletions and any(mark in document.text for mark in "\u0335\u0336\u0338"):
        struck = tuple((m.start(), m.end()) for m in _COMBINING_STRUCK.finditer(document.text))
        if struck:
            return replace(document, deletions=struck)
    if not state or document.deletions:
        return document
    state = state.upper()
    if state in BRACKET_DELETION_STATES:
        pattern = _BRACKETED
    elif state in DOUBLE_PARENTHESIS_DELETION_STATES:
        pattern = _DOUBLE_PARENTHESIZED
    else:
        return document
    spans = tuple((m.start(), m.end()) for m in pattern.finditer(document.text))
    if not spans:
        return document
    return replace(document, deletions=spans)
