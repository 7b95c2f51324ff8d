"""Per-state drafting conventions the analysis must respect.

Bills amend existing law by showing what they strike and what they add. Some
legislatures print struck language inside square brackets (Missouri prints it
in bold brackets, Texas brackets and strikes it), so in a plain-text copy of
such a bill, bracketed text is law being removed, not the bill's own words.
Strike-through in PDFs and ``<s>``/``<del>`` in HTML are found by the document
loader; this module covers what survives only as brackets.
"""

from __future__ import annotations

import re
from dataclasses import replace

from endqi.documents.model import Document

# States whose printed bills mark deletions from existing law with [brackets].
BRACKET_DELETION_STATES: frozenset[str] = frozenset({"MO", "TX", "NJ", "HI", "NM"})

_BRACKETED = re.compile(r"\[[^\[\]]{1,4000}\]")


def apply_state_conventions(document: Document, state: str | None) -> Document:
    """Return ``document`` with bracketed deletions recorded for states that print them so.

    Only adds deletions when the loader found none (a PDF or HTML source that marks
    strike-through already carries its own).
    """
    if not state or state.upper() not in BRACKET_DELETION_STATES or document.deletions:
        return document
    spans = tuple((m.start(), m.end()) for m in _BRACKETED.finditer(document.text))
    if not spans:
        return document
    return replace(document, deletions=spans)
