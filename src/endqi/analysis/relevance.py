"""A cheap gate: does a bill deal with civil liability or immunity of public officers?

Screening a whole session's bills runs this on every document and the full
evaluation only on the survivors, so it must be fast: it looks for a few
literal anchor phrases in lowered text (no regex alternation over the bill).
"""

from __future__ import annotations

# Phrases that only appear in bills about suing officials or their immunities.
STRONG_ANCHORS: tuple[str, ...] = (
    "qualified immunity",
    "clearly established",
    # "color of law", "color of authority", "color of office", "colour of any statute".
    "color of",
    "colour of",
    "deprivation of any right",
    "deprivation of rights",
    "deprivation of a right",
    "deprives any individual",
    "deprived the person",
    "civil rights act",
    "good faith defense",
    "good-faith defense",
    "immunity is not a defense",
    "not be a defense",
    "is not a defense",
)
# Weaker words that need a public-officer word nearby in the same bill.
LIABILITY_WORDS: tuple[str, ...] = (
    "civil action",
    "liable",
    "liability",
    "immunity",
    "cause of action",
    "right of action",
    "indemnif",
    "damages",
    "lawsuit",
    # "deprives a person of a right", with an officer word: a wrong of officers.
    "depriv",
)
# ("officer" takes in every kind of officer: the full evaluation, not this gate, tells a peace
# officer's claim from a loan officer's; missing a bill here drops it from screening.)
OFFICER_WORDS: tuple[str, ...] = (
    "officer",
    "public servant",
    "government employee",
    "employee of the state",
    "employees of the state",
    "public employee",
    "public official",
    "public entity",
    "governmental entity",
)


def is_relevant(text: str) -> bool:
    """True when the text plausibly creates or changes civil liability/immunity of public officers."""
    lowered = text.lower()
    if any(anchor in lowered for anchor in STRONG_ANCHORS):
        return True
    return any(word in lowered for word in LIABILITY_WORDS) and any(
        word in lowered for word in OFFICER_WORDS
    )
