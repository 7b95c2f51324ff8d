"""Drafts that leave a choice open: "[ALTERNATIVE A: ...] [ALTERNATIVE B: ...]".

A working draft or a model act may print two or more versions of a provision, in brackets,
for the sponsor (or the adopting state) to choose from. Until one is chosen the draft promises
no more than its weakest version: a criterion is met only when every choice meets it. The
engine therefore reads the draft once per combination of choices (each reading keeps one
alternative of each group and sets the others aside, as struck text is) and keeps, for each
criterion, the weakest verdict.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from endqi.documents.model import Document
from endqi.regex_cache import compile_pattern

# "[ALTERNATIVE A:", "[Alternative 2 -", "[OPTION B.": the opening of one bracketed choice.
_ALTERNATIVE_OPENING = compile_pattern(
    r"\[[ \t]*(?:alternative|option)[ \t]+(?:[a-z]|\d{1,2}|one|two|three)\b[ \t]*[:.\u2013\u2014-]*[ \t]*",
    flags=2,  # re.IGNORECASE
)
_OPENING_WORDS = ("[ALTERNATIVE", "[Alternative", "[alternative", "[OPTION", "[Option", "[option")
# Only blank space may stand between two alternatives of one group.
_BETWEEN_ALTERNATIVES = compile_pattern(r"\s*")
# More combinations than this are not read one by one (the draft is read as printed).
MAX_READINGS = 16


@dataclass(frozen=True, slots=True)
class Alternative:
    """One bracketed choice: its whole span, and the span of its words inside the brackets."""

    start: int
    end: int
    words_start: int
    words_end: int


def alternative_groups(text: str) -> tuple[tuple[Alternative, ...], ...]:
    """Groups of two or more bracketed alternatives that stand one after another in ``text``."""
    if "[" not in text or not any(word in text for word in _OPENING_WORDS):
        return ()  # (substring tests first: a regex over a whole long bill is not free)
    found: list[Alternative] = []
    for opening in _ALTERNATIVE_OPENING.finditer(text):
        if found and opening.start() < found[-1].end:
            continue
        close = _matching_bracket(text, opening.start())
        if close is None:
            continue
        found.append(Alternative(opening.start(), close + 1, opening.end(), close))
    groups: list[list[Alternative]] = []
    for alternative in found:
        previous = groups[-1][-1] if groups else None
        if previous is not None and _only_space_between(text, previous.end, alternative.start):
            groups[-1].append(alternative)
        else:
            groups.append([alternative])
    return tuple(tuple(group) for group in groups if len(group) > 1)


def readings(document: Document) -> tuple[Document, ...]:
    """The document once per combination of choices (the document itself when it offers
    none, or more combinations than :data:`MAX_READINGS`)."""
    groups = alternative_groups(document.text)
    if not groups:
        return (document,)
    combinations = 1
    for group in groups:
        combinations *= len(group)
    if combinations > MAX_READINGS:
        return (document,)
    spans = {(a.start, a.end) for group in groups for a in group}
    # A print whose legend says brackets strike words would strike a whole alternative; the
    # alternatives are choices, not struck law.
    kept_deletions = tuple(d for d in document.deletions if d not in spans)
    variants = []
    for choice in itertools.product(*groups):
        set_aside: list[tuple[int, int]] = []
        for group, chosen in zip(groups, choice, strict=True):
            for alternative in group:
                if alternative is chosen:
                    # (its label and closing bracket are not words of the law)
                    set_aside.append((alternative.start, alternative.words_start))
                    set_aside.append((alternative.words_end, alternative.end))
                else:
                    set_aside.append((alternative.start, alternative.end))
        variants.append(replace(document, deletions=tuple(sorted((*kept_deletions, *set_aside)))))
    return tuple(variants)


def _matching_bracket(text: str, opening: int) -> int | None:
    """The index of the "]" that closes the "[" at ``opening`` (nested brackets allowed),
    within one paragraph's reach; None when it is not closed."""
    depth = 0
    limit = min(len(text), opening + 20_000)
    for index in range(opening, limit):
        char = text[index]
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index
    return None


def _only_space_between(text: str, start: int, end: int) -> bool:
    return _BETWEEN_ALTERNATIVES.fullmatch(text, start, end) is not None
