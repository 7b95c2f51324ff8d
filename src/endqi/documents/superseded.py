"""Text a print shows for the record although it is no longer the bill.

Reprints and engrossed bills carry notes on what amendments changed, and some quote the words
they took out: "the words "The court may award" were replaced by ...", "Sec. 3 is deleted by
amendment. As it read in CSHB 142(JUD), it provided: "..."", "Section 3, which read "...", was
struck". Others print a deleted section in full between markers ("***DELETED BY ASSEMBLY
AMENDMENT 1 - SHOWN FOR REFERENCE - NOT PART OF THE BILL*** ... ***END OF DELETED MATTER***").
Those words are history, not law: :func:`superseded_spans` returns their spans for the cleaner
to strike as it strikes deleted matter.

Only words the print says were taken out are struck. An instruction that is still to be carried
out ("strike "may" and insert "shall"", "the words "may" are replaced by") is left whole: the
readers of amendments need the words it names to find them in the bill.

Some prints end with the text of the sections the bill repeals ("TEXT OF REPEALED SECTION"):
the law the bill takes away, struck from the heading to the end.
"""

from __future__ import annotations

import re

from endqi.regex_cache import compile_pattern

# What stands before a quotation of the words taken out, up to its opening quote: a past-tense
# account of a change ("HFA 2 replaced the words", "Amendment No. 2 deleted SECTION 3 ..., which
# read:", "as introduced it read:", "As it read in CSHB 142(JUD), it provided:").
_OLD_WORDS_BEFORE = compile_pattern(
    r"(?:\b(?:replaced|deleted|struck|stricken|removed|omitted)\s+(?:the\s+)?(?:words?|language|text"
    r"|phrase|sentence|clause)"
    r"|\b(?:which|it|that)\s+(?:formerly\s+|previously\s+|originally\s+)?(?:read|provided|stated)"
    r"(?:\s+as\s+follows)?"
    r"|\b(?:the\s+)?(?:former|deleted|struck|stricken|replaced)\s+(?:words?|language|text|provision"
    r"|sentence)\s+(?:read|were|was))\s*[:,]?\s*$",
    re.IGNORECASE,
)
# What follows a quotation of words taken out: "... were replaced by", "..., was struck".
_OLD_WORDS_AFTER = compile_pattern(
    r"[\s,]*(?:in\s+(?:section|subsection|sec\.|§)[^\"“”\n]{0,40}?\s*)?(?:were|was|had\s+been|has\s+been"
    r"|have\s+been)\s+(?:replaced|deleted|struck|stricken|removed|omitted|changed)\b",
    re.IGNORECASE,
)
_BEFORE_REACH = 160
_LONGEST_QUOTATION = 6_000
_CLOSING = {'"': '"', "“": "”"}
# Literals one of the accounts above must hold (substring tests before any pattern).
_GATE_WORDS = (
    *("replaced", "deleted", "struck", "stricken", "removed", "omitted"),
    *("REPLACED", "DELETED", "STRUCK", "STRICKEN", "REMOVED", "OMITTED"),
    *("which read", "it read", "it provided", "that read", "formerly read", "previously read"),
)

# A deleted section printed between markers, for reference.
_DELETED_FOR_REFERENCE = compile_pattern(
    r"(?im)^[^\n]*\bdeleted\b[^\n]*(?:\n[^\n]*)?"
    r"\b(?:shown\s+for\s+(?:reference|information)|not\s+part\s+of\s+(?:the|this)\s+(?:bill|act)"
    r"|for\s+(?:reference|information)\s+only)\b"
)
_END_OF_DELETED = compile_pattern(
    r"(?im)^[^\n]*\bend\s+of\s+(?:the\s+)?(?:deleted|struck|stricken)\b[^\n]*$"
)
_DELETED_BLOCK_REACH = 40_000
# The sections a bill repeals, printed after it for the reader (Nevada's "TEXT OF REPEALED
# SECTION", "LEADLINES OF REPEALED SECTIONS"): the law the bill takes away, to the print's end.
_REPEALED_TEXT_HEADING = compile_pattern(
    r"(?im)^[ \t]*(?:the\s+)?(?:text|leadlines?)\s+of\s+(?:the\s+)?repealed\s+(?:sections?|provisions?)"
    r"[ \t]*$"
)


def superseded_spans(original: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``original`` that the print says were taken out of the bill: quotations of
    replaced or deleted words, and deleted sections printed between markers."""
    quotations = (
        _quotations_of_old_words(original)
        # (a quotation mark first, one fast scan: most long prints have none; then the words)
        if ('"' in original or "“" in original) and any(word in original for word in _GATE_WORDS)
        else []
    )
    return (*quotations, *_deleted_blocks(original), *_repealed_text_appendix(original))


def _quotations_of_old_words(original: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    while True:
        opening = _next_opening_quote(original, position)
        if opening == -1:
            return spans
        closing = original.find(_CLOSING[original[opening]], opening + 1)
        if closing == -1 or closing - opening > _LONGEST_QUOTATION:
            position = opening + 1
            continue
        before = _OLD_WORDS_BEFORE.search(original, max(0, opening - _BEFORE_REACH), opening)
        if before is not None or _OLD_WORDS_AFTER.match(original, closing + 1):
            spans.append((opening, closing + 1))
        position = closing + 1


def _next_opening_quote(original: str, position: int) -> int:
    found = [i for i in (original.find('"', position), original.find("“", position)) if i != -1]
    return min(found) if found else -1


def _deleted_blocks(original: str) -> list[tuple[int, int]]:
    if "eleted" not in original and "ELETED" not in original:
        return []
    spans = []
    for opening in _DELETED_FOR_REFERENCE.finditer(original):
        end = _END_OF_DELETED.search(original, opening.end(), opening.end() + _DELETED_BLOCK_REACH)
        if end is not None:
            spans.append((opening.start(), end.end()))
    return spans


def _repealed_text_appendix(original: str) -> list[tuple[int, int]]:
    if "epealed" not in original and "EPEALED" not in original:
        return []
    heading = _REPEALED_TEXT_HEADING.search(original)
    return [] if heading is None else [(heading.start(), len(original))]
