"""The run-length offset map behaves exactly like the list of ints it stands for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

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
