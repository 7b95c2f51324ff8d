"""Short descriptions quoted from a bill's own first sentence."""

from __future__ import annotations

import pytest

from endqi.legislation.bills import first_sentence

CASES = [
    (
        "506.450. 1. A peace officer, as defined under section 590.010, who, under color of "
        "law, deprives any individual of rights shall be liable. 2. More.",
        "A peace officer, as defined under section 590.010, who, under color of law, deprives "
        "any individual of rights shall be liable.",
    ),
    (
        "(1) A plaintiff who prevails in a lawsuit against a peace officer shall be entitled "
        "to fees. (2) Other.",
        "A plaintiff who prevails in a lawsuit against a peace officer shall be entitled to fees.",
    ),
    (
        "Section 2. (a) Qualified immunity is not a defense. (b) x",
        "Qualified immunity is not a defense.",
    ),
    ("§ 8-803. Civil action. A person may sue.", "Civil action."),
    ("S.254 abolishes immunity for officers. Then more.", "S.254 abolishes immunity for officers."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_first_sentence_skips_opening_labels(text: str, expected: str) -> None:
    assert first_sentence(text) == expected


def test_long_sentences_are_cut_at_a_word_with_an_ellipsis() -> None:
    text = "A peace officer " + "who acts " * 100 + "is liable."
    cut = first_sentence(text, max_chars=60)
    assert len(cut) <= 60 and cut.endswith("…") and not cut[:-1].endswith(" ")
