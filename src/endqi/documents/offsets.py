"""The map from clean text back to the original, stored as runs instead of one int a character.

Cleaning keeps long stretches of the original as they are (each line's content)
and puts short separators between them (a joining space points at the line end
it replaces). So the map is a few thousand runs for a long bill: within a run
the original offset either climbs by one per character or stays put. Building
it costs one tuple per run, and a lookup is one bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from typing import overload


class OffsetMap(Sequence[int]):
    """``map[i]`` is the original offset of clean character ``i``; one extra final entry."""

    __slots__ = ("_length", "_origins", "_starts", "_steps")

    def __init__(self, starts: list[int], origins: list[int], steps: list[int], length: int):
        self._starts = starts  # clean index where each run begins (ascending)
        self._origins = origins  # original offset at the start of each run
        self._steps = steps  # 1: climbs with the clean index; 0: stays put
        self._length = length

    @classmethod
    def identity(cls, size: int) -> OffsetMap:
        """The map of a text of ``size`` characters that cleaning left as it was."""
        return cls([0], [0], [1], size + 1)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset map index out of range")
        run = bisect.bisect_right(self._starts, index) - 1
        return self._origins[run] + self._steps[run] * (index - self._starts[run])

    def __iter__(self) -> Iterator[int]:
        bounds = [*self._starts[1:], self._length]
        for start, end, origin, step in zip(
            self._starts, bounds, self._origins, self._steps, strict=True
        ):
            if step:
                yield from range(origin, origin + end - start)
            else:
                yield from (origin,) * (end - start)

    def runs(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """``(origin, step, length)`` pieces covering clean indices ``[start, end)``."""
        run = bisect.bisect_right(self._starts, start) - 1
        while start < end:
            run_end = self._starts[run + 1] if run + 1 < len(self._starts) else self._length
            piece_end = min(end, run_end)
            step = self._steps[run]
            yield self._origins[run] + step * (start - self._starts[run]), step, piece_end - start
            start = piece_end
            run += 1


class OffsetMapBuilder:
    """Builds an :class:`OffsetMap` run by run, merging runs that continue each other."""

    __slots__ = ("_length", "_origins", "_starts", "_steps")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._steps: list[int] = []
        self._length = 0

    @classmethod
    def from_runs(
        cls, starts: list[int], origins: list[int], steps: list[int], length: int
    ) -> OffsetMapBuilder:
        """A builder holding runs already made (ascending starts; ``length`` clean chars)."""
        builder = cls()
        builder._starts, builder._origins, builder._steps = starts, origins, steps
        builder._length = length
        return builder

    def add(self, origin: int, length: int, step: int = 1) -> None:
        """Append ``length`` clean characters starting at original offset ``origin``."""
        if length <= 0:
            return
        if self._steps and self._steps[-1] == step:
            last = len(self._starts) - 1
            expected = self._origins[last] + step * (self._length - self._starts[last])
            if expected == origin:
                self._length += length
                return
        self._starts.append(self._length)
        self._origins.append(origin)
        self._steps.append(step)
        self._length += length

    def extend(self, pieces: Iterator[tuple[int, int, int]]) -> None:
        """Append ``(origin, step, length)`` pieces (as :meth:`OffsetMap.runs` gives)."""
        for origin, step, length in pieces:
            self.add(origin, length, step)

    def add_runs(self, source: OffsetMap, first: int, stop: int) -> None:
        """Append runs ``first`` to ``stop - 1`` of ``source`` whole, as they are.

        In one slice each, not run by run: they continue each other as they did in
        ``source``, so only the first could merge with what is here, and it may stay apart
        (the map answers the same either way)."""
        shift = self._length - source._starts[first]
        self._starts.extend([start + shift for start in source._starts[first:stop]])
        self._origins.extend(source._origins[first:stop])
        self._steps.extend(source._steps[first:stop])
        end = source._starts[stop] if stop < len(source._starts) else source._length
        self._length += end - source._starts[first]

    def finish(self, final: int) -> OffsetMap:
        """The map, with ``final`` as the entry for the end of the text."""
        self.add(final, 1, 0)
        return OffsetMap(self._starts, self._origins, self._steps, self._length)


def rewrite_with_map(
    text: str,
    offset_map: OffsetMap,
    matches: Sequence[tuple[int, int]],
    replace: Callable[[int, int], str],
) -> tuple[str, OffsetMap]:
    """Replace ``text[start:end]`` for each match; new characters map to the match start.

    ``matches`` are sorted and do not overlap, so the old map's runs are walked once,
    forwards, with an index, and the runs between two matches are carried over in slices: a
    long bill's map has thousands of runs (two for each printed line), and carrying them
    one at a time cost a 300-page bill some 20 ms for a rewrite with a single match.
    """
    parts: list[str] = []
    builder = OffsetMapBuilder()
    add = builder.add
    old_starts, old_origins, old_steps = offset_map._starts, offset_map._origins, offset_map._steps
    run_ends = [*old_starts[1:], offset_map._length]
    run = 0

    def copy(position: int, end: int) -> None:
        """Append the old map's pieces for clean indices ``[position, end)``: the runs
        wholly inside in one slice each (shifted), the partial ones at the edges by ``add``."""
        nonlocal run
        if position >= end:
            return
        while run_ends[run] <= position:
            run += 1
        piece_end = min(end, run_ends[run])
        step = old_steps[run]
        add(old_origins[run] + step * (position - old_starts[run]), piece_end - position, step)
        if piece_end >= end:
            return
        run += 1  # piece_end is where this run starts
        whole_end = bisect.bisect_right(run_ends, end, run)  # runs [run, whole_end) fit
        if whole_end > run:
            builder.add_runs(offset_map, run, whole_end)
            run = whole_end
        position = old_starts[run] if run < len(old_starts) else end
        if position < end:
            step = old_steps[run]
            add(old_origins[run], end - position, step)

    def origin_of(index: int) -> int:
        """``offset_map[index]``, from the current run on."""
        nonlocal run
        while run_ends[run] <= index:
            run += 1
        return old_origins[run] + old_steps[run] * (index - old_starts[run])

    last = 0
    for start, end in matches:
        parts.append(text[last:start])
        copy(last, start)
        replacement = replace(start, end)
        parts.append(replacement)
        add(origin_of(start), len(replacement), 0)
        last = end
    parts.append(text[last:])
    copy(last, len(text))
    return "".join(parts), builder.finish(origin_of(len(text)))
