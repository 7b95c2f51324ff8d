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

import re
from dataclasses import dataclass
from functools import cached_property

from endqi.analysis import lexicon
from endqi.documents.model import Document

_NUMBER_PERIOD = re.compile(r"(?<=\d)\.(?=\d)")
_ABBREVIATION = re.compile(
    r"\b(?:u\.s\.c|u\.s|s|ss|sec|secs|subd|subds|par|art|ch|no|nos|et seq|e\.g|i\.e|v|vs|st|mr|ms|mrs"
    r"|dr|jr|sr|inc|co|corp|ltd|p\.l|c|r\.s|rsmo|stat|ann|gen|laws|cf|am|pm|a\.m|p\.m|[a-z])\.(?=\s*[\w(\"'“$§])"
)
# A sentence ends at a period (or a blank line) followed by the start of a new one.
_SENTENCE_END = re.compile(r"[.!?][\"'”)\]]*\s+(?=[\"'“(§•\d]|[a-z])|\n\s*\n|\s•\s")
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
            if merged and _CONTINUES.search(masked[merged[-1][0] : merged[-1][1]]):
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

    def containing(self, *needles: str) -> list[Sentence]:
        """Sentences that contain any of the literal needles (a cheap gate before regexes)."""
        return [s for s in self.sentences if any(needle in s.text for needle in needles)]

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
    lowered = _NUMBER_PERIOD.sub("_", lowered)
    return _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "_"), lowered)
