"""Deletions read from a state's printing conventions and from strike-through overlays
(``endqi.analysis.conventions``). The texts are written for the test."""

from __future__ import annotations

import pytest

from endqi.analysis import evaluate
from endqi.analysis.conventions import apply_state_conventions
from endqi.documents import document_from_text

STRIKE = "\u0336"


def _struck(text: str) -> str:
    return "".join(ch + STRIKE for ch in text)


@pytest.mark.parametrize(
    ("text", "deleted"),
    [
        (f"beyond $500,000 {_struck('$200,000')}, or to pay", ["$200,000"]),
        (f"the court {_struck('may')} shall award", ["may"]),
        (f"{_struck('may not')} shall", ["may not"]),
        ("nothing struck here", []),
    ],
)
def test_combining_strike_through_is_a_deletion(text: str, deleted: list[str]) -> None:
    document = apply_state_conventions(document_from_text(text), None)
    found = [document.text[a:b].replace(STRIKE, "") for a, b in document.deletions]
    assert found == deleted


def test_brackets_are_deletions_only_in_states_that_print_them_so() -> None:
    text = "The court [may] shall award fees."
    assert apply_state_conventions(document_from_text(text), "NJ").deletions
    assert not apply_state_conventions(document_from_text(text), "OR").deletions


def test_struck_modal_leaves_the_inserted_one() -> None:
    """A fee award whose "may" is struck through by overlay reads as "shall"."""
    text = (
        "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to the person. Qualified immunity is not a defense. "
        f"Section 2. The court {_struck('may')} shall award reasonable attorney fees to a "
        "prevailing plaintiff."
    )
    assert evaluate(text, state="OR").result("start.attorney_fees").verdict.value == "yes"
