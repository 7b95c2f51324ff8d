"""The analysis copy of a bill's text and its sentences.

The analysis copy has exactly the length of the clean text, so an offset found
in it is an offset in ``Document.text``:

- lower case;
- struck text (``Document.deletions``) blanked with spaces, so deleted law is
  never read as the bill's own words;
- periods inside section numbers and abbreviations (``537.610``, ``U.S.C.``,
  ``s. 893.80``) replaced by ``_`` so a sentence is never cut there.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from endqi.analysis import lexicon
from endqi.documents.model import Document

# Abbreviations whose period does not end a sentence (single letters are handled too).
_ABBREVIATIONS = frozenset(
    [
        "u.s.c",
        "u.s",
        "s",
        "ss",
        "sec",
        "secs",
        "subd",
        "subds",
        "par",
        "art",
        "ch",
        "seq",
        "e.g",
        "i.e",
        "v",
        "vs",
        "st",
        "mr",
        "ms",
        "mrs",
        "dr",
        "jr",
        "sr",
        "inc",
        "corp",
        "ltd",
        "p.l",
        "r.s",
        "cf",
        "a.m",
        "p.m",
    ]
)
# These also end sentences ("... shall be no."), so they are masked only before a number.
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})
# Every period, with the first non-space character after it. The word before it is
# read in the callback, so the regex engine only stops at periods.
_PERIOD = re.compile(r"\.(?=(\s*)(.))", re.S)
_FOLLOWS_WORD = re.compile(r"[\w(\"'“$§]")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz.")


def _mask_period(match: re.Match[str]) -> str:
    source, start = match.string, match.start()
    spaces, following = match.group(1), match.group(2)
    if start > 0 and source[start - 1].isdigit():
        # A period between two digits is inside a section number: "590.010".
        return "_" if following.isdigit() and not spaces else "."
    if not _FOLLOWS_WORD.match(following):
        return "."
    begin = start
    while begin > 0 and start - begin < 8 and source[begin - 1] in _WORD_CHARS:
        begin -= 1
    word = source[begin:start]
    if not word or (begin > 0 and source[begin - 1].isalnum()):
        return "."
    bare = word.rsplit(".", 1)[-1]
    if bare in _NUMBER_ABBREVIATIONS:
        return "_" if following.isdigit() else "."
    if word in _ABBREVIATIONS or bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()):
        return "_"
    return "."


# A sentence ends at a period (or a blank line) followed by the start of a new one.
_SENTENCE_END = re.compile(r"[.!?][\"'”)\]]*\s+(?=[\"'“(§•\d]|[a-z])|\n[ \t]*\n\s*|•\s")
# A clause that ends in one of these continues into the next (lists across sub-units).
_CONTINUES = re.compile(r"(?:[:;,—-]|\b(?:or|and|that|the following))\s*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A span of the clean text read as one sentence (lists across sub-units joined)."""

    start: int
    end: int
    text: str  # the analysis copy of the span (lower case, masked)


class AnalysisText:
    """The analysis copy of a document, split into sentences, with lookup helpers."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.masked = build_analysis_copy(document)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences in order. Clauses that end in ':' or ';' are joined with what follows."""
        masked = self.masked
        pieces: list[tuple[int, int]] = []
        position = 0
        for match in _SENTENCE_END.finditer(masked):
            end = match.start() + 1 if masked[match.start()] in ".!?" else match.start()
            if masked[position:end].strip():
                pieces.append((position, end))
            position = match.end()
        if masked[position:].strip():
            pieces.append((position, len(masked)))
        merged: list[tuple[int, int]] = []
        for start, end in pieces:
            # Only the tail decides whether a clause runs on; never scan the whole sentence.
            if merged and _CONTINUES.search(
                masked[max(merged[-1][0], merged[-1][1] - 24) : merged[-1][1]]
            ):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        sentences = []
        for start, end in merged:
            # Trim surrounding white space so quotes start and end on words.
            while start < end and masked[start].isspace():
                start += 1
            while end > start and masked[end - 1].isspace():
                end -= 1
            sentences.append(Sentence(start, end, masked[start:end]))
        return tuple(sentences)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def containing(self, *needles: str) -> list[Sentence]:
        """Sentences that contain any of the literal needles, in order (a cheap gate).

        Needles are found with ``str.find`` over the whole analysis copy and mapped to
        their sentences by bisection, so a rare word costs one pass, not one per sentence.
        """
        masked, sentences, starts = self.masked, self.sentences, self._sentence_starts
        hits: set[int] = set()
        for needle in needles:
            position = masked.find(needle)
            while position != -1:
                index = bisect.bisect_right(starts, position) - 1
                if index >= 0 and position + len(needle) <= sentences[index].end:
                    hits.add(index)
                    # Skip to the end of this sentence: one hit per sentence is enough.
                    position = masked.find(needle, sentences[index].end)
                else:
                    position = masked.find(needle, position + 1)
        return [sentences[index] for index in sorted(hits)]

    def matching(self, pattern: re.Pattern[str], *gate: str) -> list[Sentence]:
        """Sentences that pass the literal ``gate`` (if given) and match ``pattern``."""
        candidates = self.containing(*gate) if gate else self.sentences
        return [s for s in candidates if pattern.search(s.text)]

    @cached_property
    def definitions(self) -> dict[str, Sentence]:
        """Terms the bill defines ('"covered individual" means ...'), mapped to the defining sentence."""
        found: dict[str, Sentence] = {}
        for sentence in self.containing(" means", " includes", "meaning"):
            for match in lexicon.DEFINITION.finditer(sentence.text):
                term = match.group(1).strip()
                term = re.sub(r"^(?:the|a|an)\s+", "", term)
                if len(term) >= 3:
                    found.setdefault(term, sentence)
        return found


def build_analysis_copy(document: Document) -> str:
    """Lower-cased, deletion-blanked, period-masked copy of ``document.text`` (same length)."""
    text = document.text
    if document.deletions:
        chars = list(text)
        for start, end in document.deletions:
            for index in range(max(0, start), min(len(chars), end)):
                if not chars[index].isspace():
                    chars[index] = " "
        text = "".join(chars)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowered (e.g. "İ")
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return _PERIOD.sub(_mask_period, lowered)
