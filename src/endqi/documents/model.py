"""Immutable document objects shared by the loaders, the cleaner and the analysis.

A :class:`Document` holds the *clean* text the analysis reads, plus enough to
point every character of it back at the original: its offset in the extracted
text, and from there its page and line.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Provision:
    """One statute unit (section, subsection, paragraph...) of the clean text.

    ``label`` is the full citation of the unit as the bill prints it, joined
    from its ancestors, e.g. ``"506.450.2(1)"`` or ``"13-21-131(2)(b)"``;
    ``None`` for text before the first label.
    """

    label: str | None
    start: int
    end: int
    depth: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    """A bill's clean text with a map back to the source.

    Attributes:
        text: clean text (line numbers, running headers, hyphenation removed).
        original: text as extracted from the source, before cleaning.
        offset_map: for each index ``i`` of ``text``, the index in ``original``
            it came from; one extra final entry for the end of text.
        page_starts: offsets in ``original`` where each page begins (empty when
            the source has no pages).
        line_numbers: for each original line (in order), the printed line number
            when the source numbers its lines, else ``None``.
        provisions: the statute units, in order, as spans of ``text``.
        deletions: spans of ``text`` marked as struck from existing law; never
            evidence for a verdict.
        path, sha256, media_type: where the bytes came from.
    """

    text: str
    original: str = ""
    offset_map: Sequence[int] = ()
    page_starts: tuple[int, ...] = ()
    line_numbers: tuple[int | None, ...] = ()
    provisions: tuple[Provision, ...] = ()
    deletions: tuple[tuple[int, int], ...] = ()
    path: str = "-"
    sha256: str = ""
    media_type: str = "text/plain"
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # Start offset and parent index (-1 for none) of each provision, precomputed by
    # the loader so ``section_at`` is a bisection plus a short walk up the tree.
    _provision_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _provision_parents: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @property
    def pages(self) -> int | None:
        """Number of pages, or ``None`` when the source has no pages."""
        return len(self.page_starts) or None

    def original_offset(self, offset: int) -> int:
        """The offset in :attr:`original` that clean offset ``offset`` came from."""
        if not self.offset_map:
            return offset
        offset = max(0, min(offset, len(self.offset_map) - 1))
        return self.offset_map[offset]

    def locate(self, offset: int) -> tuple[int | None, int | None]:
        """Page (1-based, or None) and line for a clean-text offset.

        The line is the printed line number when the source numbers its lines,
        otherwise the line's position on its page (1-based).
        """
        original_offset = self.original_offset(offset)
        line_starts = self._line_starts or _line_starts(self.original or self.text)
        line_index = bisect.bisect_right(line_starts, original_offset) - 1
        page: int | None = None
        page_first_line = 0
        if self.page_starts:
            page_index = bisect.bisect_right(self.page_starts, original_offset) - 1
            page_index = max(page_index, 0)
            page = page_index + 1
            page_first_line = bisect.bisect_right(line_starts, self.page_starts[page_index]) - 1
        if self.line_numbers and 0 <= line_index < len(self.line_numbers):
            printed = self.line_numbers[line_index]
            if printed is not None:
                return page, printed
        return page, line_index - page_first_line + 1

    def section_at(self, offset: int) -> str | None:
        """Label of the innermost provision containing ``offset`` (None outside all)."""
        provisions = self.provisions
        if not provisions:
            return None
        indexed = len(self._provision_starts) == len(provisions) == len(self._provision_parents)
        starts = self._provision_starts if indexed else [p.start for p in provisions]
        index = bisect.bisect_right(starts, offset) - 1
        # Provisions are nested and ordered by start; the innermost one containing the
        # offset is the last starting at or before it, or one of its ancestors.
        while index >= 0:
            provision = provisions[index]
            if provision.start <= offset < max(provision.end, provision.start + 1):
                return provision.label
            index = self._provision_parents[index] if indexed else index - 1
        return None


def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    position = find("\n")
    while position != -1:
        starts.append(position + 1)
        position = find("\n", position + 1)
    return tuple(starts)


def with_line_index(document: Document) -> Document:
    """Return ``document`` with its line index precomputed (for repeated ``locate``)."""
    from dataclasses import replace

    if document._line_starts:
        return document
    return replace(document, _line_starts=_line_starts(document.original or document.text))


@dataclass(frozen=True, slots=True)
class Extraction:
    """Text as a loader extracted it, before cleaning.

    Attributes:
        text: the extracted text (becomes :attr:`Document.original`).
        page_starts: offsets in ``text`` where each page begins; each is the start
            of a line. Empty when the source has no pages.
        deletions: spans of ``text`` the source marks as struck through.
        unwrap: whether single line breaks are printer's wrapping to undo (True
            for PDF), meaningful (False for HTML blocks), or to be guessed (None).
    """

    text: str
    page_starts: tuple[int, ...] = ()
    deletions: tuple[tuple[int, int], ...] = ()
    unwrap: bool | None = None
