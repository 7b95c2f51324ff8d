"""One Hyperscan pass finds the same candidate sentences as str.find, needle by needle."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endqi.analysis import needles
from endqi.analysis.text import AnalysisText
from endqi.documents import document_from_text

CORPUS_TEXTS = Path(__file__).resolve().parent.parent / "corpus" / "texts"


def _by_needle(text: str, enabled: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    monkeypatch.setattr(needles, "ENABLED", enabled)
    analysis = AnalysisText(document_from_text(text))
    return {
        needle: [(s.start, s.end) for s in analysis.containing(needle)]
        for needle in needles.gate_literals()
    }


def test_the_one_pass_is_used_and_agrees_with_str_find_on_the_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert needles.occurrences("qualified immunity is not a defense") is not None
    one_pass = 0
    for path in sorted(CORPUS_TEXTS.glob("*.txt"))[::2]:
        text = path.read_text(encoding="utf-8")
        assert _by_needle(text, True, monkeypatch) == _by_needle(text, False, monkeypatch)
        monkeypatch.setattr(needles, "ENABLED", True)
        lowered = AnalysisText(document_from_text(text)).lowered
        one_pass += needles.occurrences(lowered) is not None
    assert one_pass > 40  # the clean text of most bills is Latin-1: the one pass applies


def test_text_beyond_latin_1_falls_back_to_str_find() -> None:
    assert needles.occurrences("a peace officer \u2014 liable \u201cimmunity\u201d") is None
    assert needles.occurrences("a peace officer \u00a7 5 liable") is not None


NEEDLE_PIECES = st.sampled_from(
    [*needles.gate_literals(), "immunimmun", "%%", "exceedexceed", " ", ". ", ".\n", "\n\n"]
)


@given(st.lists(NEEDLE_PIECES, max_size=30).map("".join))
@settings(max_examples=150, deadline=None)
def test_overlapping_and_adjacent_needles_agree(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _by_needle(text, True, monkeypatch) == _by_needle(text, False, monkeypatch)
