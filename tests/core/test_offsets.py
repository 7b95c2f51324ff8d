"""The run-length offset map behaves exactly like the list of ints it stands for."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from endqi.documents import loader
from endqi.documents.offsets import OffsetMap, OffsetMapBuilder, rewrite_with_map

runs = st.lists(
    st.tuples(st.integers(0, 500), st.integers(0, 30), st.sampled_from([0, 1])), max_size=40
)


def _naive(pieces: list[tuple[int, int, int]], final: int) -> list[int]:
    values: list[int] = []
    for origin, length, step in pieces:
        values.extend(origin + step * i for i in range(length))
    return [*values, final]


@given(runs, st.integers(0, 1000))
def test_map_equals_the_expanded_list(pieces: list[tuple[int, int, int]], final: int) -> None:
    builder = OffsetMapBuilder()
    for origin, length, step in pieces:
        builder.add(origin, length, step)
    offset_map = builder.finish(final)
    expected = _naive(pieces, final)
    assert len(offset_map) == len(expected)
    assert list(offset_map) == expected
    assert [offset_map[i] for i in range(len(expected))] == expected
    assert offset_map[-1] == final and offset_map[1:] == expected[1:]
    for start in range(0, len(expected), 7):
        end = min(len(expected), start + 11)
        rebuilt = OffsetMapBuilder()
        rebuilt.extend(offset_map.runs(start, end))
        assert list(rebuilt.finish(-1))[:-1] == expected[start:end]


@given(st.text(alphabet="ab  \u00ad", max_size=60))
def test_rewrite_keeps_every_kept_character_on_its_origin(text: str) -> None:
    offset_map = OffsetMap.identity(len(text))
    spans = []
    position = text.find("  ")
    while position != -1:
        end = position
        while end < len(text) and text[end] == " ":
            end += 1
        spans.append((position, end))
        position = text.find("  ", end)
    clean, new_map = rewrite_with_map(text, offset_map, spans, lambda s, e: " ")
    assert "  " not in clean and len(new_map) == len(clean) + 1
    for index, char in enumerate(clean):
        assert text[new_map[index]] == char
    assert new_map[len(clean)] == len(text)


@given(
    runs.filter(lambda pieces: sum(length for _, length, _ in pieces) > 0),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 4), st.integers(0, 3)), max_size=12),
)
def test_rewrite_over_a_map_of_many_runs_equals_the_rewrite_of_the_list(
    pieces: list[tuple[int, int, int]], edits: list[tuple[int, int, int]]
) -> None:
    """Runs carried over whole or in part, between and around the matches, map every clean
    character where rewriting the expanded list would (the cleaner's maps have thousands)."""
    builder = OffsetMapBuilder()
    for origin, length, step in pieces:
        builder.add(origin, length, step)
    expected = _naive(pieces, 9999)
    offset_map = builder.finish(9999)
    text = "".join(chr(97 + index % 26) for index in range(len(expected) - 1))
    matches, replacements, position = [], {}, 0
    for skip, width, replacement_length in edits:
        start = position + skip % 7
        end = min(len(text), start + width)
        if start > len(text):
            break
        matches.append((start, end))
        replacements[start] = "#" * replacement_length
        position = end + (end == start)  # an empty match moves on, as finditer does
    clean, new_map = rewrite_with_map(text, offset_map, matches, lambda s, e: replacements[s])
    naive_text, naive_map, last = [], [], 0
    for start, end in matches:
        naive_text.append(text[last:start] + replacements[start])
        naive_map += expected[last:start] + [expected[start]] * len(replacements[start])
        last = end
    naive_text.append(text[last:])
    naive_map += expected[last:]
    assert clean == "".join(naive_text)
    assert list(new_map) == naive_map


# --- the cleaner's map, over printed text with furniture --------------------------

_PRINT_LINES = st.lists(
    st.one_of(
        st.text(alphabet="abcXYZ ().-", min_size=1, max_size=30),
        st.integers(1, 40).map(str),  # a margin number on its own line
        st.sampled_from(["²", "٣", "1²"]),  # digits int() may not read
        st.just("<--"),
        st.just("20190HB0012PN0036 - 2 -"),
        st.just("A. 1234      2"),
        st.just("EXPLANATION--Matter in [brackets] is old law to be omitted."),
        st.just("ATTOR-"),
        st.just('It states, "Section 1. Text."'),
        st.just(""),
        st.just("\f"),
    ),
    max_size=40,
)


@given(_PRINT_LINES, st.booleans())
def test_clean_text_points_every_character_at_itself(lines: list[str], numbered: bool) -> None:
    from endqi.documents import document_from_text

    if numbered:
        lines = [f"{index + 1}  {line}" for index, line in enumerate(lines)]
    original_text = "\n".join(lines)
    document = document_from_text(original_text)
    text, offset_map, original = document.text, document.offset_map, document.original
    assert len(offset_map) == len(text) + 1
    assert all(a <= b for a, b in itertools.pairwise(offset_map))
    for index, char in enumerate(text):
        if not char.isspace():
            assert original[offset_map[index]] == char, (index, char)
    for start, end in document.deletions:
        assert 0 <= start < end <= len(text)


@given(st.text(alphabet=st.sampled_from("ab\n\f \r"), max_size=60))
def test_form_feeds_inside_lines_are_found_as_by_the_look_behind_first_pattern(
    text: str,
) -> None:
    # The loader's pattern opens with the form feed (fast); the look-behind-first form is
    # the rule it states: a form feed after anything but a line break.
    assert loader._FORM_FEED_MID_LINE.sub("\n", text) == re.sub(r"(?<=[^\n])\f", "\n", text)
