"""Literal gates read off patterns answer exactly as the patterns do."""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endqi.analysis import lexicon
from endqi.analysis.literals import (
    AlternativesGate,
    LiteralGate,
    alternatives,
    cut_at_top_level_bars,
    required_literals,
)
from endqi.analysis.text import AnalysisText
from endqi.documents import document_from_text

CORPUS_TEXTS = Path(__file__).resolve().parent.parent / "corpus" / "texts"
LEXICON = {
    name: value
    for name, value in vars(lexicon).items()
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
}


def _corpus_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(CORPUS_TEXTS.glob("*.txt")):
        text = AnalysisText(document_from_text(path.read_text(encoding="utf-8")))
        # The openings are what is_operative reads; the gate's answer does not depend on
        # length, and the whole corpus in full would take this test long.
        sentences.extend(sentence.text[:300] for sentence in text.sentences)
    return sentences


def test_the_gate_is_read_off_the_pattern() -> None:
    pattern = re.compile(r"\b(?:whereas|it is the (?:intent|purpose) of)\b[^.]*?(?:findings?|act)")
    clauses = required_literals(pattern)
    assert clauses is not None
    assert frozenset({"whereas", "it is the "}) in clauses
    assert frozenset({"finding", "act"}) in clauses  # "findings?": the "s" is optional
    # Optional parts, classes and case-insensitive patterns require nothing.
    assert required_literals(re.compile(r"(?:sponsor)?[a-z]+\s*")) is None
    assert required_literals(re.compile(r"immunity", re.IGNORECASE)) is None
    assert required_literals(re.compile(r"(?:x|[ab])y?")) is None


def test_every_lexicon_pattern_answers_the_same_through_its_gate_on_the_corpus() -> None:
    sentences = _corpus_sentences()[::3]  # a third of them keeps the suite quick
    assert len(sentences) > 1000
    for name, pattern in LEXICON.items():
        gate = LiteralGate(pattern)
        for sentence in sentences:
            for endpos in (160, len(sentence)):
                expected = pattern.search(sentence, 0, endpos)
                found = gate.search(sentence, 0, endpos)
                assert (found and found.span()) == (expected and expected.span()), (name, sentence)


def _shape(value: object) -> object:
    """A parse (or part of one) as nested tuples, to compare two parses."""
    if isinstance(value, _parser.SubPattern):
        return tuple(_shape(item) for item in value.data)
    if isinstance(value, tuple) and len(value) == 2 and str(value[0]) == "SUBPATTERN":
        # A group's number depends on the groups before it: only whether it captures is compared.
        group, *rest = value[1]
        return ("SUBPATTERN", (group is not None, *(_shape(item) for item in rest)))
    if isinstance(value, tuple | list):
        return tuple(_shape(item) for item in value)
    return value


def test_a_pattern_is_cut_into_the_alternatives_the_parser_reads() -> None:
    assert cut_at_top_level_bars(r"a(?:b|c)|[|\]]|\||[]|]|x") == [
        "a(?:b|c)",
        "[|\\]]",
        "\\|",
        "[]|]",
        "x",
    ]
    found = alternatives(re.compile(r"\bimmun\w+|\bliable to\b"))
    assert found is not None
    assert [piece for piece, _ in found] == [r"\bimmun\w+", r"\bliable to\b"]
    assert [clauses for _, clauses in found] == [
        (frozenset({"immun"}),),
        (frozenset({"liable to"}),),
    ]
    # Groups are cut like the rest; a reference to a group (or a conditional on one), verbose
    # syntax, a single alternative, and alternatives the parser merges into a set are left whole.
    grouped = alternatives(re.compile(r"(?P<kind>shall|must) pay|\bmay (recover)\b"))
    assert grouped is not None
    assert [piece for piece, _ in grouped] == [r"(?P<kind>shall|must) pay", r"\bmay (recover)\b"]
    assert alternatives(re.compile(r"(a)x\1|b")) is None
    assert alternatives(re.compile(r"(?P<q>')?x(?(q)')|b")) is None
    assert alternatives(re.compile(r"a | b", re.VERBOSE)) is None
    assert alternatives(re.compile(r"(?:a|b)c")) is None
    assert alternatives(re.compile(r"a|b")) is None


@pytest.mark.parametrize("name", sorted(LEXICON))
def test_every_piece_is_the_alternative_the_parser_reads_in_the_whole(name: str) -> None:
    pattern = LEXICON[name]
    found = alternatives(pattern)
    if found is None:
        return
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    shared, branches = items[:-1], items[-1][1][1]
    for (piece, _clauses), branch in zip(found, branches, strict=True):
        parsed = list(_parser.parse(piece, pattern.flags))
        assert _shape(parsed) == _shape([*shared, *branch]), (name, piece)


def test_a_piece_that_is_one_group_of_alternatives_is_spread_for_a_yes_or_no_search() -> None:
    """'\\b(?:A|B|C|D)\\b' is searched as '\\b(?:A)\\b', '\\b(?:B)\\b', ... behind each one's own
    words; a small group, or a group with a repeat, stays whole."""
    pattern = re.compile(r"\b(?:is liable|shall answer|may sue|has a claim against)\b")
    gate = AlternativesGate(pattern)
    assert [g.clauses for g in gate.gates] == [
        (frozenset({"is liable"}),),
        (frozenset({"shall answer"}),),
        (frozenset({"may sue"}),),
        (frozenset({"has a claim against"}),),
    ]
    for text in ("The officer is liable.", "She may sue.", "It is liablex.", "nothing here"):
        assert gate.matches(text) == (pattern.search(text) is not None), text
    assert len(AlternativesGate(re.compile(r"\b(?:shall|must) pay\b")).gates) == 1
    assert len(AlternativesGate(re.compile(r"\b(?:is|are|was|were)+ liable\b")).gates) == 1


def test_the_rules_are_mostly_cut() -> None:
    """Most rules of the table are alternations: the cut must keep working for them."""
    from endqi.analysis.rules import RULES

    cut = [rule.name for rule in RULES if alternatives(rule.pattern) is not None]
    assert {"cap_lift", "own_cap", "qualified_immunity_terms", "indemnity"} <= set(cut)


def test_every_lexicon_pattern_matches_the_same_by_alternatives_on_the_corpus() -> None:
    sentences = _corpus_sentences()[1::3]
    assert len(sentences) > 1000
    for name, pattern in LEXICON.items():
        gate = AlternativesGate(pattern)
        for sentence in sentences:
            expected = pattern.search(sentence) is not None
            assert gate.matches(sentence) == expected, (name, sentence)


WORDS = st.sampled_from(
    [
        "whereas",
        "legislature",
        "finds",
        "declares",
        "intent",
        "purpose",
        "of",
        "this",
        "act",
        "is",
        "sponsor",
        "wants",
        "would",
        "the",
        "bill",
        "officer",
        "liable",
        "immunity",
        "not",
        "a",
        "defense",
        "shall",
        "may",
        "council",
        "people",
        "it",
        "general",
        "assembly",
        "hereby",
        "further",
        "recognizes",
        "legislative",
        "findings",
        "support",
        "we",
        "say",
        ".",
        ",",
        ";",
        "(",
        ")",
    ]
)


@pytest.mark.parametrize("name", sorted(LEXICON))
@given(words=st.lists(WORDS, max_size=30), cut=st.integers(0, 200))
@settings(max_examples=25, deadline=None)
def test_gates_agree_with_patterns_on_generated_sentences(
    name: str, words: list[str], cut: int
) -> None:
    pattern = LEXICON[name]
    text = " ".join(words)
    expected = pattern.search(text, 0, cut)
    found = LiteralGate(pattern).search(text, 0, cut)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("name", sorted(LEXICON))
@given(words=st.lists(WORDS, max_size=30))
@settings(max_examples=25, deadline=None)
def test_alternatives_agree_with_patterns_on_generated_sentences(
    name: str, words: list[str]
) -> None:
    pattern = LEXICON[name]
    text = " ".join(words)
    assert AlternativesGate(pattern).matches(text) == (pattern.search(text) is not None)


def test_the_gates_readers_filter_blocks_by_stay_selective() -> None:
    """The patterns readers pass as ``needing=`` decide which blocks of a long bill are split
    into sentences at all: their gates must stay made of rare words. (A cap stated as a multiple
    of salary once put "exceed" into CAP_AMOUNT's gate and cost a 300-page bill 10%.)"""
    from endqi.analysis.text import _literal_gate

    common = {"exceed", "limited", "pay", "shall", "may", "the", "any", "not", "amount"}
    for pattern in (lexicon.CAP_AMOUNT, lexicon.RECORDS_OBJECT):
        clauses = _literal_gate(pattern).clauses
        assert clauses, pattern.pattern[:60]
        assert not common & {literal.strip() for clause in clauses for literal in clause}
