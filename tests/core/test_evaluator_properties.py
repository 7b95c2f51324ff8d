"""Properties that hold for any input: evidence quotes are exact slices, nothing crashes."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from endqi.analysis import evaluate
from endqi.analysis import text as text_module
from endqi.analysis.text import (
    EVERY_PERIOD,
    MID_SENTENCE_BREAK,
    AnalysisText,
    build_analysis_copy,
    mask_period,
    mask_periods,
    mid_sentence_breaks_as_spaces,
    sentence_ends,
    split_sentences,
)
from endqi.documents import Document, document_from_text

CLAUSES = [
    "A peace officer who, under color of law, deprives any individual of his or her "
    "constitutional rights shall be liable to such individual.",
    "Qualified immunity is not a defense to liability pursuant to this section.",
    "Statutory immunities and statutory limitations on liability, damages, or attorney fees do "
    "not apply to claims brought pursuant to this section.",
    "In any action brought under this section, a court shall award reasonable attorney fees and "
    "costs to a prevailing plaintiff.",
    "A public entity shall indemnify a peace officer for any judgment and shall satisfy the full "
    "amount of the judgment.",
    "Nothing in this section shall be construed to abrogate qualified immunity.",
    "Sec. 4. (a)(1)(A) The term “covered individual” means an employee of the police department.",
]
noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
bill_text = st.lists(st.one_of(st.sampled_from(CLAUSES), noise), min_size=0, max_size=12).map(
    lambda parts: "\n\n".join(parts)
)


@settings(max_examples=150, deadline=None)
@given(bill_text, st.sampled_from([None, "MO", "WA", "zz"]))
def test_evidence_quotes_equal_the_text_they_point_to(text: str, state: str | None) -> None:
    document = document_from_text(text) if text.strip() else None
    scorecard = evaluate(document if document is not None else text, state=state)
    clean = document.text if document is not None else text
    assert len(scorecard.criteria) == 9
    for result in scorecard.criteria:
        assert 0.0 <= result.confidence <= 1.0
        for item in result.evidence:
            assert 0 <= item.start < item.end <= len(clean)
            assert clean[item.start : item.end] == item.quote


PUNCTUATED_WORDS = [
    "officer",
    "shall",
    "be",
    "liable.",
    "under",
    "u.s.c.",
    "section",
    "1983.",
    "the",
    "court;",
    "and:",
    "or,",
    "immunity",
    "is",
    "not",
    "a",
    "defense.",
    "pursuant",
    "to",
    "s.",
    "893.80",
    "(4)",
    "the",
    "act.",
    "no.",
    "12",
    "applies.",
    "Statutes.",
    "(a)",
    "the",
    "following:",
    "(1)",
    "damages.",
    "§",
    "8-803.",
    "Section",
    "2.",
    "U.S.",
    "constitution.",
]
line_text = st.lists(
    st.one_of(st.sampled_from(PUNCTUATED_WORDS), st.sampled_from(["\n", "\n\n", " \n  "])),
    max_size=60,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(bill_text, line_text), st.lists(st.integers(0, 400), max_size=6))
def test_sentences_found_block_by_block_equal_the_whole_text_split(
    text: str, cuts: list[int]
) -> None:
    """Splitting only the blocks a needle falls in gives the sentences of the whole split."""
    document = document_from_text(text)
    # Some struck spans too, as a PDF or HTML source would mark them.
    spans = sorted((c, c + 7) for c in cuts if c + 7 <= len(document.text))
    document = replace(document, deletions=tuple(spans))
    reference = split_sentences(build_analysis_copy(document))
    analysis = AnalysisText(document)
    assert analysis.sentences == reference
    for needle in ("officer", "immunity", "the", "damages", "section"):
        fresh = AnalysisText(document)  # nothing split yet
        expected = [s for s in reference if needle in s.text]
        assert fresh.containing(needle) == expected, needle


# Line breaks, the spaces around them, periods and Unicode spaces, where the rule decides.
break_text = st.text(alphabet=st.sampled_from("ab.\n\n \t\r\x0b\x0c\x1c\xa0\u2028\u3000,"))


@given(break_text)
@settings(max_examples=500)
def test_mid_sentence_breaks_become_spaces_exactly_as_the_pattern_says(text: str) -> None:
    expected = MID_SENTENCE_BREAK.sub(lambda match: match.group(0)[:-1] + " ", text)
    assert mid_sentence_breaks_as_spaces(text) == expected


# Words around periods: abbreviations, numbers, long and short words, in any order.
PERIOD_TOKENS = [
    *("u.s.c", "u.s", "sec", "secs", "no", "nos", "e.g", "i.e", "corp", "subds", "a", "x"),
    *("section", "chapter", "statute", "abcdefghij", "é", "537", "610", "1983", "²", "٣"),
    *(".", ". ", ".\n", " ", "\n", "(", "“", "§", "$", ",", "-", "_", "1.", ".2"),
]
period_tokens = st.sampled_from(PERIOD_TOKENS)
period_text = st.lists(period_tokens, max_size=40).map("".join)


@given(period_text)
@settings(max_examples=500)
def test_periods_are_masked_in_passes_exactly_as_in_one(text: str) -> None:
    assert mask_periods(text) == EVERY_PERIOD.sub(mask_period, text)


def _split_one_pass_at_a_time(masked: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The sentence splitter as first written (pieces, then merging, then trimming): the
    reference the faster one must match."""
    pieces: list[tuple[int, int]] = []
    position = 0
    for match in text_module._SENTENCE_END.finditer(masked):
        end = match.start() + 1 if masked[match.start()] in ".!?" else match.start()
        if masked[position:end].strip():
            pieces.append((position, end))
        position = match.end()
    if masked[position:].strip():
        pieces.append((position, len(masked)))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        tail = masked[max(merged[-1][0], merged[-1][1] - 80) : merged[-1][1]] if merged else ""
        if (
            merged
            and text_module._CONTINUES.search(tail[-24:])
            and not text_module._INTRODUCES_LAW.search(tail)
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    sentences = []
    for start, end in merged:
        # White space and opening quotation marks go, unless nothing else is there.
        first_word = next(
            (i for i in range(start, end) if not masked[i].isspace() and masked[i] not in '"“'),
            None,
        )
        if first_word is not None:
            start = first_word
        while start < end and masked[start].isspace():
            start += 1
        while end > start and masked[end - 1].isspace():
            end -= 1
        # (read with runs of spaces made one, so words around struck text stay one phrase)
        sentences.append((start + offset, end + offset, _one_space(masked[start:end])))
    return sentences


def _one_space(span: str) -> str:
    while "  " in span:
        span = span.replace("  ", " ")
    return span


SPLIT_TOKENS = [
    *("shall", "be", "liable", "the following:", "as follows:", "and", "or", "that", "a"),
    *(". ", ".\n", "; ", ": ", ", ", "\n\n", "\n \n", "• ", "“", "(a) ", "1. ", " ", "\u2028"),
    *("by adding at the end the following:", "**", "- ", "> ", "# ", "! ", "? ", "\xa0"),
]


@given(st.lists(st.sampled_from(SPLIT_TOKENS), max_size=40).map("".join), st.integers(0, 50))
@settings(max_examples=400)
def test_sentences_are_split_as_the_reference_splitter_does(masked: str, offset: int) -> None:
    found = [(s.start, s.end, s.text) for s in split_sentences(masked, offset)]
    assert found == _split_one_pass_at_a_time(masked, offset)


# Around the formulas: every kind of white space, blank lines, periods, bullets, quotes.
END_TOKENS = [
    *("the following:", "as follows:", "following:", "follows:", ":", "the", "as", "a", "1"),
    *(" ", "  ", "\n", "\n\n", "\n \n", "\t", "\xa0", "\u2028", "\x0c", ". ", ".", "• ", "•"),
    *("**", "- ", "(", "\u201c", "\u201d", ")", "!", "?", "#", ">"),
]


@given(st.lists(st.sampled_from(END_TOKENS), max_size=40).map("".join))
@settings(max_examples=500)
def test_sentence_ends_are_the_one_patterns_matches(masked: str) -> None:
    """The fast finder gives exactly the spans of _SENTENCE_END, the rule as written."""
    expected = [match.span() for match in text_module._SENTENCE_END.finditer(masked)]
    assert sentence_ends(masked) == expected


NEEDING_CLAUSES = [
    "The permit is valid for a period not to exceed 30 days.",
    "The award of damages against a governmental entity may not exceed $400,000.",
    "Liability per occurrence shall not exceed the sum of two million dollars.",
    "Records of complaints of misconduct shall be public records.",
    "Every pharmacy shall keep a record open to inspection by the board.",
    "Settlements shall be posted on the agency's website.",
]
needing_text = st.lists(
    st.one_of(st.sampled_from(NEEDING_CLAUSES), noise), min_size=0, max_size=14
).map(lambda parts: "\n".join(parts))


@given(needing_text)
@settings(max_examples=200, deadline=None)
def test_a_needed_pattern_filters_exactly_as_a_search_afterwards(text: str) -> None:
    """Asking for a second pattern (which skips blocks without its literals) finds exactly
    the sentences the rule finds that also match that pattern."""
    from endqi.analysis import lexicon, needles

    document = document_from_text(text)
    cases = [("own_cap", lexicon.MONEY), ("records", lexicon.RECORDS_OBJECT)]
    try:
        for one_pass in (True, False):  # Hyperscan's occurrences, then str.find
            needles.ENABLED = one_pass
            _check_needing(document, cases)
    finally:
        needles.ENABLED = True


def _check_needing(document: Document, cases: list[tuple[str, re.Pattern[str]]]) -> None:
    from endqi.analysis.rules import rule

    for name, needing in cases:
        declared = rule(name)
        expected = [
            s
            for s in AnalysisText(document).matching(declared.pattern, *declared.gate)
            if needing.search(s.text)
        ]
        fresh = AnalysisText(document)  # nothing split yet
        assert fresh.matching(declared.pattern, *declared.gate, needing=needing) == expected
        # And after other rules split some blocks already (hits remembered per needle).
        warm = AnalysisText(document)
        warm.containing(*declared.gate[:2])
        assert warm.matching(declared.pattern, *declared.gate, needing=needing) == expected
