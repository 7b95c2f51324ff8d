"""One Hyperscan pass finds the same candidate sentences as str.find, needle by needle."""

from __future__ import annotations

import ast
import importlib
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


# The calls through which readers and detectors ask for sentences by literal needles.
_NEEDLE_CALLS = {"containing", "containing_in_blocks", "positions"}


def _needles_asked_for_in_code() -> set[str]:
    """Every literal the analysis modules pass to ``containing`` (as a string, a tuple, or a
    starred tuple named in ``lexicon`` or in the calling module)."""
    from endqi.analysis import lexicon

    package = Path(needles.__file__).resolve().parent
    found: set[str] = set()
    for source in sorted(package.glob("*.py")):
        module = importlib.import_module(f"endqi.analysis.{source.stem}")
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _NEEDLE_CALLS
            ):
                continue
            for argument in node.args:
                for item in argument.elts if isinstance(argument, ast.Tuple) else [argument]:
                    value = item.value if isinstance(item, ast.Starred) else item
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.add(value.value)
                    elif isinstance(value, ast.Attribute) and getattr(value.value, "id", None) == (
                        "lexicon"
                    ):
                        found.update(getattr(lexicon, value.attr))
                    elif isinstance(value, ast.Name) and isinstance(
                        getattr(module, value.id, None), tuple
                    ):
                        found.update(getattr(module, value.id))
    return found


def test_every_needle_the_code_asks_for_comes_from_the_one_pass() -> None:
    asked = _needles_asked_for_in_code()
    assert len(asked) > 50  # the scan sees the readers' calls
    assert asked <= set(needles.gate_literals()), sorted(asked - set(needles.gate_literals()))


@given(st.lists(NEEDLE_PIECES, max_size=30).map("".join))
@settings(max_examples=100, deadline=None)
def test_positions_agree_with_str_find(text: str) -> None:
    """AnalysisText.positions gives every occurrence, overlapping ones too, whether from the
    one pass or from str.find."""
    words = ("version", "v ", "would", "immun", "officer")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(needles, "ENABLED", True)
        analysis = AnalysisText(document_from_text(text or "x"))
        one_pass = analysis.positions(*words)
        monkeypatch.setattr(needles, "ENABLED", False)
        fallback = AnalysisText(document_from_text(text or "x")).positions(*words)
    lowered = analysis.lowered
    expected = sorted(
        start for word in words for start in range(len(lowered)) if lowered.startswith(word, start)
    )
    assert one_pass == fallback == expected


def test_the_database_is_named_by_its_literals() -> None:
    """A changed list of literals names another compiled database (the cached one is never
    used for the wrong list), and the same list the same one."""
    literals = tuple(literal for literal in needles.gate_literals() if max(literal) < "\u0100")
    key = needles.database_key(literals, "0.7")
    assert needles.database_key(tuple(literals), "0.7") == key
    assert needles.database_key(literals[:-1], "0.7") != key
    assert needles.database_key((*literals[:-1], literals[-1] + "s"), "0.7") != key
    assert needles.database_key(literals, "0.8") != key
