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
    "color of law",
    "colour of law",
    "deprivation of any right",
    "deprivation of rights",
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
    "immunity",
    "cause of action",
    "indemnif",
)
OFFICER_WORDS: tuple[str, ...] = (
    "peace officer",
    "law enforcement officer",
    "law-enforcement officer",
    "police officer",
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
