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
        deletions: spans of ``text`` marked as struck from existing law; never
            evidence for a verdict.
        path, sha256, media_type: where the bytes came from.
    """

    text: str
    original: str = ""
    offset_map: Sequence[int] = ()
    page_starts: tuple[int, ...] = ()
    line_numbers: tuple[int | None, ...] = ()
    deletions: tuple[tuple[int, int], ...] = ()
    path: str = "-"
    sha256: str = ""
    media_type: str = "text/plain"
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    # Split into provisions on first use: most documents need only the labels of a
    # few evidence quotes, and a screened bill that is not relevant needs none.
    _units: _Units = field(default_factory=lambda: _Units(), init=False, repr=False, compare=False)

    @property
    def provisions(self) -> tuple[Provision, ...]:
        """The statute units, in order (parents before children), as spans of ``text``."""
        return self._units.all(self._units.labelled_text(self.text, self.deletions))

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
        return self._units.label_at(self._units.labelled_text(self.text, self.deletions), offset)

    def section_start(self, offset: int) -> int:
        """Where the top-level unit (section) holding ``offset`` starts."""
        labelled = self._units.labelled_text(self.text, self.deletions)
        start, _ = self._units.stretch_at(labelled, offset)
        return start

    def section_end(self, offset: int) -> int:
        """Where the top-level unit (section) holding ``offset`` ends: the next section's
        start, or the end of the text."""
        labelled = self._units.labelled_text(self.text, self.deletions)
        _, end = self._units.stretch_at(labelled, offset)
        return end


class _Units:
    """Lazily computed provisions of one document's text.

    ``label_at`` does not split the whole text: a top-level unit (a section or
    statute number at a line start) closes every open unit and starts afresh, so
    splitting just the stretch between the top-level units around an offset
    gives the same label as splitting everything.
    """

    __slots__ = ("_all", "_labelled", "_opens", "_stretches", "_tops")

    def __init__(self) -> None:
        self._labelled: str | None = None
        self._all: tuple[Provision, ...] | None = None
        self._tops: list[int] | None = None
        self._opens: dict[int, bool] = {}
        # Split stretches by their start: evidence quotes often share a section.
        self._stretches: dict[int, tuple[tuple[Provision, ...], tuple[int, ...], list[int]]] = {}

    def labelled_text(self, text: str, deletions: Sequence[tuple[int, int]]) -> str:
        """``text`` with struck spans blanked: a struck "(c)" or "SEC. 3." labels nothing."""
        if self._labelled is None:
            if not deletions:
                self._labelled = text
            else:
                parts = []
                last = 0
                for start, end in deletions:
                    parts.append(text[last:start])
                    # Keep line breaks, so a label after the struck text still starts its line.
                    parts.append("".join("\n" if char == "\n" else " " for char in text[start:end]))
                    last = end
                parts.append(text[last:])
                self._labelled = "".join(parts)
        return self._labelled

    def all(self, text: str) -> tuple[Provision, ...]:
        """Every provision of ``text`` (split once, then kept)."""
        if self._all is None:
            from endqi.documents.provisions import split_provisions

            self._all = split_provisions(text)[0]
        return self._all

    def _opens_top(self, text: str, position: int) -> bool:
        """Whether the line at ``position`` opens a top-level unit (cached)."""
        known = self._opens.get(position)
        if known is None:
            known = self._opens[position] = _opens_top_unit(text, position)
        return known

    def stretch_at(self, text: str, offset: int) -> tuple[int, int]:
        """(start, end) of the stretch between the top-level units around ``offset``: the
        numbered section holding it, or the text before the first section."""
        from endqi.documents.provisions import top_level_starts

        if self._tops is None:
            self._tops = top_level_starts(text)
        tops = self._tops
        # The nearest lines on each side that the splitter really takes as top-level
        # units (a line like "Section 2 of this act applies" is only shaped like one).
        before = bisect.bisect_right(tops, offset) - 1
        while before >= 0 and not self._opens_top(text, tops[before]):
            before -= 1
        after = before + 1
        while after < len(tops) and (
            tops[after] <= offset or not self._opens_top(text, tops[after])
        ):
            after += 1
        start = tops[before] if before >= 0 else 0
        end = tops[after] if after < len(tops) else len(text)
        return start, end

    def label_at(self, text: str, offset: int) -> str | None:
        """Label of the innermost provision of ``text`` containing ``offset``."""
        from endqi.documents.provisions import split_provisions

        start, end = self.stretch_at(text, offset)
        stretch = self._stretches.get(start)
        if stretch is None:
            provisions, parents = split_provisions(text, start, end)
            stretch = self._stretches[start] = (provisions, parents, [p.start for p in provisions])
        provisions, parents, starts = stretch
        found = bisect.bisect_right(starts, offset) - 1
        while found >= 0:
            provision = provisions[found]
            if provision.start <= offset < max(provision.end, provision.start + 1):
                return provision.label
            found = parents[found]
        return None


def _opens_top_unit(text: str, position: int) -> bool:
    """Whether the splitter takes the line at ``position`` as a top-level unit."""
    from endqi.documents.provisions import split_provisions

    line_end = text.find("\n", position)
    provisions, _ = split_provisions(text, position, len(text) if line_end == -1 else line_end)
    first = provisions[0] if provisions else None
    return first is not None and first.start == position and first.label is not None


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
        preformatted: spans of ``text`` printed as preformatted text (HTML
            ``<pre>``) whose line breaks are judged as in a print even when
            ``unwrap`` is False.
    """

    text: str
    page_starts: tuple[int, ...] = ()
    deletions: tuple[tuple[int, int], ...] = ()
    unwrap: bool | None = None
    preformatted: tuple[tuple[int, int], ...] = ()
