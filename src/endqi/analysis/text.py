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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from endqi import regex_cache as rx
from endqi.analysis import lexicon, needles
from endqi.analysis.literals import AlternativesGate, LiteralGate, holds_every_clause
from endqi.documents.model import Document
from endqi.regex_cache import compile_pattern

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
        # Wisconsin's "sub. (2)" and "subs. (1) and (3)".
        "sub",
        "subs",
        "subsec",
        "subdiv",
        "subpar",
        "subch",
        # (plurals in citations: "42 Pa.C.S. Ch. 85 Subchs. B and C", "Chs. 85 and 86")
        "subchs",
        "chs",
        "subdivs",
        "subpars",
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
        # Statute citations: "42 Pa.C.S. § 8528", "Wis. Stat. § 893.80", "Ky. Rev. Stat. Ann.",
        # "Tex. Civ. Prac. & Rem. Code" (a period there ends no sentence).
        "pa",
        "pa.c",
        "pa.c.s",
        "stat",
        "stats",
        "rev",
        "comp",
        "ann",
        "gen",
        "civ",
        "prac",
        "rem",
        "cons",
        "fla",
        "wis",
        "ky",
        "mich",
        "minn",
        "tex",
        "colo",
        "conn",
        "md",
        "nev",
        "okla",
        "ala",
        "ariz",
        "ark",
        "kan",
        "neb",
        "tenn",
        "wyo",
        "cal",
        # ("the maximum amount recoverable set forth in Va. Code 8.01-195.3")
        "va",
        "w.va",
        "mass",
        "ill",
        "wash",
        "del",
        "ind",
        "miss",
        "mont",
        "vt",
        "mo",
        "ga",
        "haw",
        "n.c",
        "s.c",
        "n.j",
        "n.m",
        "n.y",
        "n.d",
        "s.d",
        "r.i",
        "n.h",
        "supp",
    ]
)
# These also end sentences ("... shall be no."), so they are masked only before a number.
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})
# Every period, with the first non-space character after it; mask_period reads the word
# before it. mask_periods gives the same result with fewer calls back into Python.
EVERY_PERIOD = compile_pattern(r"\.(?=(\s*)(.))", re.S)
# A period between two ASCII digits is inside a number ("590.010"): masked outright.
_DECIMAL_POINT = compile_pattern(r"\.(?<=[0-9]\.)(?=[0-9])")
# After an ASCII digit and before " of", " and", " or" or " nor": Ohio's "Chapter 2744. of the
# Revised Code", "Chapter 2744. and section 9.86" (as mask_period decides).
_POINT_BEFORE_OF = compile_pattern(r"\.(?<=[0-9]\.)(?=\s+(?:of|and|or|nor)\s)")
_JOINING_WORD_AFTER = compile_pattern(r"(?:of|and|or|nor)\s")
# After an ASCII digit and before another kind of digit ("1.²"): mask_period decides.
_POINT_BEFORE_OTHER_DIGIT = compile_pattern(r"\.(?<=[0-9]\.)(?=()([^\x00-\x7f]))")
# Every other period, except after an ASCII digit (decided above) or after seven letters
# (never masked: no abbreviation is that long; "subsec" is six), so most sentence ends cost
# no callback. Each pattern opens with the period itself, so the engine jumps from period to
# period.
_PERIOD = compile_pattern(r"\.(?<![a-z]{7}\.)(?<![0-9]\.)(?=(\s*)(.))", re.S)
_FOLLOWS_WORD = compile_pattern(r"[\w(\"'“$§]")
# An abbreviation closing a bracket, then words that can only go on with the sentence:
# "Chapter 7.1 (§ 19.2-83.3 et seq.) of Title 19.2 shall be liable".
# (or a comma: "(C.45:19A-1 et seq.), who ...": no sentence ends in ".),")
_BRACKET_THEN_CONTINUATION = compile_pattern(
    r"[)\]]+\s*(?:,|(?:of|and|or|to|is|are|shall|may|must|as|in|which|that|for|by|under|applies|apply)\b)"
)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz.")


def mask_periods(text: str) -> str:
    """``EVERY_PERIOD.sub(mask_period, text)``, in three passes that call back into
    Python only for the periods whose mask depends on the word before them.

    The passes are independent: a period masked in the first is followed by a digit,
    so no later period's word (letters and periods only) reaches it.
    """
    if "." not in text:
        return text
    text = _DECIMAL_POINT.sub("_", text)
    if " of " in text or " and " in text or " or " in text:
        text = _POINT_BEFORE_OF.sub("_", text)
    if not text.isascii():
        text = _POINT_BEFORE_OTHER_DIGIT.sub(mask_period, text)
    return _PERIOD.sub(mask_period, text)


def mask_period(match: re.Match[str]) -> str:
    """What a period becomes in the analysis copy: ``_`` inside a number or after an
    abbreviation, else itself."""
    source, start = match.string, match.start()
    spaces, following = match.group(1), match.group(2)
    if start > 0 and source[start - 1].isdigit():
        # A period between two digits is inside a section number: "590.010". So is Ohio's
        # citation "Chapter 2744. of the Revised Code" (no sentence opens with "of"), and
        # "Chapter 2744. and section 9.86" (nor with "and", "or" or "nor").
        if following.isdigit() and not spaces:
            return "_"
        after = start + 1 + len(spaces)
        before_of = bool(spaces) and _JOINING_WORD_AFTER.match(source, after) is not None
        return "_" if before_of else "."
    if (
        not _FOLLOWS_WORD.match(following)
        and not (
            following in ")]" and _BRACKET_THEN_CONTINUATION.match(source, start + 1 + len(spaces))
        )
        # (an abbreviation's period right before a comma: "Section 11-46-1 et seq., or")
        and not (following in ",;" and not spaces)
    ):
        return "."
    if not spaces and following.isdigit() and start > 0 and source[start - 1].isalnum():
        # Inside a citation that mixes letters and digits: "ORS 181A.490", "§ 12a.3". (Not
        # after seven letters, which the fast pass of mask_periods never sends here.)
        run = source[max(0, start - 12) : start]
        run = run[len(run.rstrip("abcdefghijklmnopqrstuvwxyz0123456789")) :]
        letters_before = len(run) - len(run.rstrip("abcdefghijklmnopqrstuvwxyz"))
        if any(ch.isdigit() for ch in run) and letters_before < 6:
            return "_"
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


# A sentence ends at a period (or a blank line) followed by the start of a new one (a quote,
# label, number, bracket or word; in Markdown copies also a quote or list marker).
# So does a clause that introduces inserted law ("... the following:"); the
# merge below joins it back unless it is an amending instruction (a list, not new law).
# (Code text copied from some sites runs subsections together with no space: "... shall be a
# public record.(2)Each governing board ...": a period right before a subsection label ends too.)
_SENTENCE_END = compile_pattern(
    r"[.!?][\"'”)\]*]*\s+(?=[\"'“(§•\d>#\[]|\*\*|-\s|[a-z])|\n[ \t]*\n\s*|•\s"
    # (a print's text layer that dropped the space after a period: "party.(2) qualified",
    # "this section.3.the limitation")
    r"|(?<=[a-z]{2})\.(?=\((?:\d{1,3}|[a-z]{1,2})\)\s?[a-z(]|\d{1,2}\.[a-z])"
    r"|(?<=the following:)\s+|(?<=as follows:)\s+"
)
# _SENTENCE_END without its two formula branches, each branch opening with the one
# character it can start at, so the engine jumps between those characters instead of
# trying five branches (two of them look-behinds) at every character of a bill.
_PERIOD_OR_BREAK_END = compile_pattern(
    r"[.!?\n•](?:(?<=[.!?])[\"'”)\]*]*\s+(?=[\"'“(§•\d>#\[]|\*\*|-\s|[a-z])"
    r"|(?<=[a-z]{2}\.)(?=\((?:\d{1,3}|[a-z]{1,2})\)\s?[a-z(]|\d{1,2}\.[a-z])"
    r"|(?<=\n)[ \t]*\n\s*|(?<=•)\s)"
)
_FORMULAS = ("the following:", "as follows:")
_SPACES = compile_pattern(r"\s+")


def sentence_ends(masked: str) -> list[tuple[int, int]]:
    """The spans of ``_SENTENCE_END.finditer(masked)``, found faster.

    The formula branches match only the white space right after "the following:" or
    "as follows:" (found with ``str.find``). No other match can cover that colon, and
    the only other match that can start inside that white space is a blank line, which
    ends where the white space does: so each formula's span replaces the matches that
    start inside it, and the result is the one pattern's, span for span.
    """
    spans = [match.span() for match in _PERIOD_OR_BREAK_END.finditer(masked)]
    formula_spans = []
    for formula in _FORMULAS:
        position = masked.find(formula)
        while position != -1:
            spaces = _SPACES.match(masked, position + len(formula))
            if spaces is not None:
                formula_spans.append(spaces.span())
            position = masked.find(formula, position + len(formula))
    if not formula_spans:
        return spans
    merged: list[tuple[int, int]] = []
    index = 0
    for start, end in sorted(formula_spans):
        while index < len(spans) and spans[index][0] < start:
            merged.append(spans[index])
            index += 1
        while index < len(spans) and spans[index][0] < end:
            index += 1  # a blank line inside the formula's white space: the same match
        merged.append((start, end))
    merged.extend(spans[index:])
    return merged


# A clause that ends in one of these continues into the next (lists across sub-units).
_CONTINUES = compile_pattern(r"(?:[:;,—-]|\b(?:or|and|that|the following))\s*$")
# An enacting or amending formula ends with a colon but never runs into the law it introduces.
_INTRODUCES_LAW = compile_pattern(
    r"(?:\benacts?|\benacted|as follows|to read"
    # Amending instructions: "by adding at the end the following:", "by inserting after
    # subsection (b) the following:".
    r"|\b(?:adding|inserting|add|insert|the end)\b[^:;]{0,50}\bthe following"
    # An excerpt's lead-in to the passage it quotes: "Section 2 provides:", "Relevant text:"
    # (not a rule's own list: "the policy shall provide:").
    r"|(?<!shall )(?<!must )(?<!to )\b(?:provides|reads|states|says)|\brelevant\s+text)\s*:\s*$"
)


# A period that surely ends a sentence: after a word of six or more letters (never
# an abbreviation, so never masked), before a line break and the start of the next
# unit. A clause that ends in a period never runs on, so no sentence crosses it:
# the text is split into blocks there, and each block is masked and split into
# sentences only when a needle is found in it.
_HARD_END = compile_pattern(r"\.(?<=[a-z]{6}\.)(?=\n[ \t]*[\"'“(§•\da-z])")
_NON_SPACE = compile_pattern(r"\S")
_OPENING_QUOTES = '"\u201c'
_FIRST_WORD_START = compile_pattern(r"[^\s\"\u201c]")
# Words left out of a quotation: "...", ". . .".
_ELLIPSIS = compile_pattern(r"\.(?:[ \t]?\.){2}")


# A definition by comma, as Massachusetts drafts them: '"Law enforcement officer", any officer of
# ...' (at the start of a sentence or after the ":-" of an amending section; the term is one of a
# few words, and a kind of person or body follows).
_COMMA_DEFINITION = compile_pattern(
    # (Missouri's statutes write the same in numbered items: '(3) "Right", any right ...'.)
    # (South Dakota sets the comma inside the quotation marks: '(1) "Person," a natural person')
    r"(?:^|:-\s*|[:;]\s*(?=\(?[a-z0-9]{1,4}[._)]\s))(?:\(?[a-z0-9]{1,4}[._)]\s*)?[\"“]?([a-z][a-z -]{2,40}?)(?:[\"”],|,[\"”])\s+"
    r"(?=(?:any|an?|each|every|all)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:officers?|employees?|persons?|individuals?|officials?|agents?|members?|entit(?:y|ies)|bod(?:y|ies)"
    r"|agenc(?:y|ies)|departments?|rights?|privileges?)\b"
    # ('"Protected right", any of the following: (i) the right to be secure ...')
    r"|(?:any|each|all|one)\s+(?:or\s+more\s+)?of\s+the\s+following\b)"
)
_COLON_DEFINITION = compile_pattern(
    # (the sentence may open after its opening quote, which the sentence before keeps)
    r"(?:^(?:\(?[a-z0-9]{1,4}[._)]\s*)?[\"“]?|(?:[:;.]\s*|\n\s*)(?:\(?[a-z0-9]{1,4}[._)]\s*)?[\"“])"
    r"([a-z][a-z -]{2,40}?)[\"”]:\s+(?=[a-z(])"
)
# The definition forms read after "means" and "includes", each with the literals it holds.
_OTHER_DEFINITION_FORMS = (
    (('", ', "\u201d, ", ',"', ",\u201d"), _COMMA_DEFINITION),
    (('":', "\u201d:"), _COLON_DEFINITION),
    (("purposes of", "purpose of", "as used in", "meaning of"), lexicon.REVERSED_DEFINITION),
)
# A catch-word definition item: "(1) COVERED PERSON. Any officer ...", its meaning the next
# sentence.
_HEADING_DEFINITION = compile_pattern(
    r"\(\w{1,3}\)[ \t]+(?P<term>[a-z][a-z -]{2,40}?)\.(?P<dash>[ \t]*(?:--?|\u2013|\u2014))?[ \t\n]+(?=[a-z(\"“])"
)
_QUOTED_HEADING_DEFINITION = compile_pattern(
    r"[\"“](?P<term>[a-z][a-z -]{2,40}?)\.[\"”](?:[ \t]*(?:--?|\u2013|\u2014))?[ \t\n]+(?=[a-z(])"
)
# How far before a quoted catch-word its list's "meanings given to them" may stand.
_DEFINITIONS_LIST_REACH = 3_000
# The literals every definition contains ('"covered individual" means ...').
# (Massachusetts writes "shall mean": '"licensed guard" shall mean a person ...')
DEFINITION_NEEDLES = (" means", " includes", "meaning", " shall mean")


# A definition that opens a list, and the items it lists ("(ii) A corrections officer ...").
_LIST_OPENER = compile_pattern(
    r"\b(?:any|each|all|one|either)\s+of\s+the\s+following\b|\bthe\s+following\s*:"
    # ("'Covered person' means: (a) ...; and (b) ...")
    r"|\b(?:means|includes)\s*:\s*(?:\d{1,2}\.)?$"
)
# A list whose items are numbered "1.", "2.": the splitter ends each sentence at the next item's
# number ('... means only the following: 1.' / 'the department of state police; 2.' / ...).
_ITEM_NUMBER_AT_END = compile_pattern(r"[:;](?:\s+(?:and|or))?\s+\d{1,2}\.$")
_LIST_ITEM = compile_pattern(r"\s*(?:[-*>]\s*)?\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})[)._]\s")
_MAX_LISTED_ITEMS = 12
_EXTENSION_REACH = 200  # how far after a definition a sentence widening its term may say so


@dataclass(frozen=True, slots=True)
class Sentence:
    """A span of the clean text read as one sentence (lists across sub-units joined)."""

    start: int
    end: int
    text: str  # the analysis copy of the span (lower case, masked)


# What may follow a list item's ";" across a blank line: the next item's label or marker, or
# the "or"/"and" that joins the last two items.
_NEXT_LIST_ITEM = compile_pattern(r"\s*(?:\(?[a-z0-9]{1,5}[).]|(?:or|and|but)\b|[-•*(\"“'])")


def _quoted_apart(masked: str, last_end: int, position: int, end: int, tail: str) -> bool:
    """A clause ending in ";" and a blank line before a whole sentence of its own that opens
    like no list item: two passages quoted apart ("(2) the maryland declaration of rights;"
    then "an aggrieved party may bring an action ... ."), not one list. (An unlabelled item,
    "good faith;", is no sentence: it still joins its list.)"""
    return (
        tail.endswith(";")
        and masked.count("\n", last_end, position) >= 2
        and masked[end - 1 : end] == "."
        and _NEXT_LIST_ITEM.match(masked, position) is None
        and _SENTENCE_VERB.search(masked, position, end) is not None
    )


_SENTENCE_VERB = compile_pattern(r"\b(?:shall|may|must|is|are|has|have|will)\b")
_SPACE_RUN = compile_pattern(r" {2,}")


def whole_word_places(text: str, words: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``words`` stand as whole words in ``text[start:end]`` (no letter or digit on
    either side), in order. (An end of ``words`` that is punctuation, as in ", except that",
    needs no boundary there.)"""
    places = []
    check_before = words[:1].isalnum()
    check_after = words[-1:].isalnum()
    found = text.find(words, start, end)
    while found != -1:
        after = found + len(words)
        if not (check_before and found > 0 and text[found - 1].isalnum()) and not (
            check_after and after < len(text) and text[after].isalnum()
        ):
            places.append(found)
        found = text.find(words, found + 1, end)
    return places


def matches_near(
    pattern: re.Pattern[str], text: str, places: Sequence[int], before: int, after: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, looked for only from ``before`` characters ahead of each of
    ``places`` (sorted) to ``after`` characters past it, windows that touch merged.

    For a rule every match of which holds a word found at ``places`` (its positions) no further
    than those reaches from the match's ends: a long bill then costs a few short searches where
    a scan of the whole text cost milliseconds. (``\\b`` and look-behinds still see the
    characters before a window: a search from a position reads the text behind it.)
    """
    windows: list[tuple[int, int]] = []
    for place in places:
        start, end = max(0, place - before), min(len(text), place + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return [found for start, end in windows for found in pattern.finditer(text, start, end)]


def sentence_text(span: str) -> str:
    """A sentence's text for reading: its span of the analysis copy with runs of spaces made one.

    Struck words are blanked in place ("any ~~law enforcement officer~~ person who, acting
    under color of law"), and a print may pad words apart; the words left must still read
    as one phrase ("any person who, acting under color of law"). Spans stay the span's.
    """
    return _SPACE_RUN.sub(" ", span) if "  " in span else span


def split_sentences(masked: str, offset: int = 0) -> tuple[Sentence, ...]:
    """Sentences of a masked text; clauses ending in ':' or ';' join what follows.

    ``offset`` is added to every span (``masked`` may be a slice of a longer text).
    Pieces are merged as they are found, and tested for printed characters with a
    search instead of a stripped copy (this runs for every block a gate literal hits).
    Most pieces end at a period: such a piece is printed, and the clause it ends never
    runs on, so it costs no search at all.
    """
    non_space, continues, introduces = _NON_SPACE.search, _CONTINUES.search, _INTRODUCES_LAW.search
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    length = len(masked)
    for found, match_end in [*sentence_ends(masked), (length, length)]:
        if found < length and masked[found] in ".!?":
            end = found + 1  # the period is printed
        elif non_space(masked, position, found):
            end = found
        else:
            position = match_end
            continue
        # Join the piece to the clause before when that clause runs on; only its tail
        # decides, and a clause that ends in a period never does.
        if starts and masked[ends[-1] - 1] not in ".!?":
            last_start, last_end = starts[-1], ends[-1]
            tail = masked[max(last_start, last_end - 80) : last_end]
            if (
                continues(tail[-24:])
                and not introduces(tail)
                and not _quoted_apart(masked, last_end, position, end, tail)
            ):
                ends[-1] = end
                position = match_end
                continue
        starts.append(position)
        ends.append(end)
        position = match_end
    sentences = []
    for start, end in zip(starts, ends, strict=True):
        # Trim surrounding white space so quotes start and end on words; and an opening
        # quotation mark, so a quoted clause ('"B. Neither sovereign immunity nor ...', as quote
        # collections print a bill's clauses) opens on its first word like any other.
        if masked[start].isspace() or masked[start] in _OPENING_QUOTES:
            first = _FIRST_WORD_START.search(masked, start, end) or non_space(masked, start, end)
            if first is not None:
                start = first.start()
        while end > start and masked[end - 1].isspace():
            end -= 1
        sentences.append(Sentence(start + offset, end + offset, sentence_text(masked[start:end])))
    return tuple(sentences)


class AnalysisText:
    """The analysis copy of a document, split into sentences, with lookup helpers."""

    def __init__(self, document: Document) -> None:
        self.document = document
        # Lower case with struck text blanked, periods not yet masked: needles have no
        # periods, so they are found here at the offsets they have in the masked copy.
        self.lowered = lowered_without_deletions(document)
        ends = [match.end() for match in _HARD_END.finditer(self.lowered)]
        self._block_starts = [0, *ends]
        self._block_ends = [*ends, len(self.lowered)]
        self._blocks: dict[int, tuple[tuple[Sentence, ...], list[int]]] = {}
        # Detectors ask for the same needles and rules many times (the officer words, the
        # immunity words): each needle is searched for once per document, each rule run once.
        self._needle_hits: dict[str, tuple[tuple[int, int], ...]] = {}
        # And readers ask for the same set of needles again (the same rule's gate).
        self._containing: dict[tuple[str, ...], tuple[Sentence, ...]] = {}
        # Every gate literal's occurrences from one pass (needles.py), on first need.
        self._occurrences: dict[str, list[int]] | bool | None = False
        self._matches: dict[tuple[re.Pattern[str], tuple[str, ...]], tuple[Sentence, ...]] = {}

    def _block(self, index: int) -> tuple[tuple[Sentence, ...], list[int]]:
        """Sentences of one block, and their starts (computed once, on demand)."""
        found = self._blocks.get(index)
        if found is None:
            start, end = self._block_starts[index], self._block_ends[index]
            masked = mask_periods(self.lowered[start:end])
            if ". ." in masked or "..." in masked:
                masked = self._mask_inner_ellipses(masked, start)
            sentences = split_sentences(masked, start)
            found = self._blocks[index] = (sentences, [s.start for s in sentences])
        return found

    def _mask_inner_ellipses(self, masked: str, offset: int) -> str:
        """Mask the periods of an ellipsis the sentence goes on after ("against a local law
        enforcement officer . . . that the defendant acted in good faith"): in the original
        text the next word starts in lower case. (An ellipsis before a capital may end it.)"""
        original = self.document.text
        pieces = []
        last = 0
        for match in _ELLIPSIS.finditer(masked):
            after = offset + match.end()
            following = _NON_SPACE.search(original, after, after + 20)
            if following is not None and (
                following.group(0).islower() or following.group(0) in "(,;"
            ):
                pieces.append(masked[last : match.start()])
                pieces.append(match.group(0).replace(".", "_"))
                last = match.end()
        if not pieces:
            return masked
        pieces.append(masked[last:])
        return "".join(pieces)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences in order."""
        return tuple(
            sentence
            for index in range(len(self._block_starts))
            for sentence in self._block(index)[0]
        )

    def containing(self, *needles: str) -> list[Sentence]:
        """Sentences that contain any of the literal needles, in order (a cheap gate).

        Needles are found with ``str.find`` over the whole text and mapped to their
        block and sentence by bisection, so a rare word costs one pass, and only the
        blocks it occurs in are ever split into sentences. Each needle's sentences are
        remembered, so a needle several rules share is searched for once.
        """
        sentences = self._containing.get(needles)
        if sentences is None:
            hits: set[tuple[int, int]] = set()
            for needle in needles:
                found = self._needle_hits.get(needle)
                if found is None:
                    found = self._needle_hits[needle] = self._find_needle(needle)
                hits.update(found)
            block = self._block
            sentences = self._containing[needles] = tuple(
                block(number)[0][index] for number, index in sorted(hits)
            )
        return list(sentences)

    def positions(self, *words: str) -> list[int]:
        """Where each of ``words`` starts in the lower-case text (overlapping occurrences
        too), in order: from the one pass over the text for the words it looks for
        (needles.py), else with ``str.find``."""
        if self._occurrences is False:
            self._occurrences = needles.occurrences(self.lowered)
        lowered = self.lowered
        found: list[int] = []
        for word in words:
            known = self._occurrences.get(word) if self._occurrences else None
            if known is None:
                known = []
                position = lowered.find(word)
                while position != -1:
                    known.append(position)
                    position = lowered.find(word, position + 1)
            found.extend(known)
        return sorted(found)

    def _find_needle(
        self, needle: str, in_block: Callable[[int], bool] | None = None
    ) -> tuple[tuple[int, int], ...]:
        """(block, sentence index) of every sentence that contains ``needle``, in order;
        only in the blocks ``in_block`` accepts, when given (the others are never split)."""
        if self._occurrences is False:
            self._occurrences = needles.occurrences(self.lowered)
        known = self._occurrences.get(needle) if self._occurrences else None
        if known is not None:
            return self._sentences_at(known, len(needle), in_block)
        lowered, block_starts = self.lowered, self._block_starts
        hits: list[tuple[int, int]] = []
        position = lowered.find(needle)
        while position != -1:
            block = bisect.bisect_right(block_starts, position) - 1
            if in_block is not None and not in_block(block):
                position = lowered.find(needle, self._block_ends[block])
                continue
            sentences, starts = self._block(block)
            index = bisect.bisect_right(starts, position) - 1
            if index >= 0 and position + len(needle) <= sentences[index].end:
                hits.append((block, index))
                # Skip to the end of this sentence: one hit per sentence is enough.
                position = lowered.find(needle, sentences[index].end)
            else:
                position = lowered.find(needle, position + 1)
        return tuple(hits)

    def _sentences_at(
        self, positions: list[int], length: int, in_block: Callable[[int], bool] | None = None
    ) -> tuple[tuple[int, int], ...]:
        """What the ``str.find`` loop of :meth:`_find_needle` finds, from the needle's
        known occurrences (in order): the first occurrence at or after where that loop
        would search next, each time."""
        block_starts = self._block_starts
        hits: list[tuple[int, int]] = []
        resume = 0
        for position in positions:
            if position < resume:
                continue
            block = bisect.bisect_right(block_starts, position) - 1
            if in_block is not None and not in_block(block):
                continue  # a sentence never crosses a block: where to resume is unchanged
            sentences, starts = self._block(block)
            index = bisect.bisect_right(starts, position) - 1
            if index >= 0 and position + length <= sentences[index].end:
                hits.append((block, index))
                resume = sentences[index].end
            else:
                resume = position + 1
        return tuple(hits)

    def containing_in_blocks(
        self, needles: tuple[str, ...], accepts: Callable[[int, int], bool]
    ) -> list[Sentence]:
        """``containing(*needles)`` in the blocks whose (start, end) ``accepts`` (asked once per
        block); the other blocks are never split into sentences. For a reader that knows from
        positions or a cheap search which blocks could matter."""
        verdicts: dict[int, bool] = {}
        block_starts, block_ends = self._block_starts, self._block_ends

        def in_block(block: int) -> bool:
            verdict = verdicts.get(block)
            if verdict is None:
                verdict = verdicts[block] = accepts(block_starts[block], block_ends[block])
            return verdict

        hits: set[tuple[int, int]] = set()
        for needle in needles:
            known = self._needle_hits.get(needle)
            if known is not None:
                hits.update(hit for hit in known if in_block(hit[0]))
            else:
                hits.update(self._find_needle(needle, in_block))
        return [self._block(block)[0][index] for block, index in sorted(hits)]

    def _containing_in_blocks_with(
        self, needles: tuple[str, ...], clauses: tuple[frozenset[str], ...] | None
    ) -> list[Sentence]:
        """``containing(*needles)``, less the sentences of blocks that lack one string of
        some clause (a string found in a sentence is found in its block: the analysis copy
        differs from the lower-case text only where a period became "_", and strings with
        either character are not used), so those blocks are never split into sentences."""
        if not clauses or any("." in s or "_" in s for clause in clauses for s in clause):
            return self.containing(*needles)
        return self.containing_in_blocks(
            needles, lambda start, end: self.holds_literals(clauses, start, end)
        )

    def holds_literals(self, clauses: Sequence[frozenset[str]], start: int, end: int) -> bool:
        """Whether the lower-case text from ``start`` to ``end`` holds a string of every clause
        (a literal gate's test, on a stretch of the text)."""
        # (one slice: a long bill asks this of hundreds of blocks, and a bounded find per
        # string cost twice as much)
        return holds_every_clause(self.lowered[start:end], clauses)

    def matching(
        self, pattern: re.Pattern[str], *gate: str, needing: re.Pattern[str] | None = None
    ) -> list[Sentence]:
        """Sentences that pass the literal ``gate`` (if given) and match ``pattern``.

        ``needing``: a pattern the sentences must match as well. A reader that discards
        every sentence without it asks for it here: it is tried first, behind the literal
        gate read off it, so a bill's hundreds of "not to exceed 30 days" cost a few
        substring tests each instead of a search of the rule's pattern, and blocks without
        those literals are not even split into sentences.
        """
        key = (pattern, gate, needing)
        found = self._matches.get(key)
        if found is None:
            if needing is None:
                candidates = self.containing(*gate) if gate else self.sentences
            else:
                needed = _literal_gate(needing)
                candidates = (
                    self._containing_in_blocks_with(gate, needed.clauses)
                    if gate
                    else self.sentences
                )
                candidates = [s for s in candidates if needed.search(s.text)]
            # The same sentences as ``pattern.search``, each alternative of the rule tried
            # alone behind its own literals (most sentences meet none of them).
            matches = _alternatives_gate(pattern).matches
            found = self._matches[key] = tuple(s for s in candidates if matches(s.text))
        return list(found)

    @cached_property
    def definitions(self) -> dict[str, Sentence]:
        """Terms the bill defines ('"covered individual" means ...'), mapped to the defining sentence."""
        found: dict[str, Sentence] = {}
        for sentence in self.containing(*DEFINITION_NEEDLES):
            for match in lexicon.DEFINITION.finditer(sentence.text):
                if match.group(0).endswith("same meaning") and not lexicon.BROAD_TERM.search(
                    sentence.text, match.end()
                ):
                    # '"State employee" has the same meaning as "employee" in section 109.36 and
                    # includes a trooper': a meaning borrowed from elsewhere, which the words it
                    # adds widen, not state; read only when they name public employees at large
                    # ('... and includes any employee of the State or of any political subdivision').
                    continue
                term = match.group(1).strip()
                term = rx.sub(r"^(?:the|a|an)\s+", "", term)
                if len(term) >= 3 and term not in found:
                    found[term] = self._with_extension(self.with_listed_items(sentence), term)
        # Other forms, each read where its literals stand (an earlier form's term is kept):
        # Massachusetts's General Laws define by a comma ('"Public actor", any employee, officer or
        # agent of the commonwealth ...', inserted after ":-" by an amending section); a term set
        # off by a colon ('"Rights": the rights, privileges, and immunities secured by the
        # Constitution ...', a definitions section that writes no "means"); a definition written
        # the other way round ("Any right secured by ... is a 'protected right' for purposes of").
        for literals, pattern in _OTHER_DEFINITION_FORMS:
            for sentence in self.containing(*literals):
                for match in pattern.finditer(sentence.text):
                    term = rx.sub(r"^(?:the|a|an)\s+", "", match.group(1).strip())
                    if len(term) >= 3:
                        found.setdefault(term, sentence)
        if (
            "meaning" in self.lowered
            or "as used in" in self.lowered
            or "definitions" in self.lowered
        ):
            for term, sentence in self._heading_definitions():
                found.setdefault(term, sentence)
        return found

    def with_listed_items(self, sentence: Sentence, *, opens_a_list: bool = False) -> Sentence:
        """A sentence that opens a list ('"Covered person" means any of the following: (i) ...
        (ii) ...', "deprives a person of any of the following rights: a. ... b. ...") with the
        items that follow it, each printed as a sentence of its own (up to the next definition
        or the first line that is not an item); else ``sentence``. ``opens_a_list``: the caller
        knows the sentence opens one ("... any ordinance ... that:"), whatever its words."""
        if not opens_a_list and _LIST_OPENER.search(sentence.text) is None:
            return sentence
        end = sentence.end
        numbered = _ITEM_NUMBER_AT_END.search(sentence.text) is not None
        for following in self._sentences_after(sentence, _MAX_LISTED_ITEMS):
            if numbered:
                # (each item runs to the next one's number; the last, to its own end, or to the
                # next definition run into it: '...; and 3. the division of parks; and (b)
                # "covered officer" means ...')
                defines = lexicon.DEFINITION.search(following.text)
                if defines is not None:
                    place = self.lowered.find(
                        following.text[defines.start() : defines.start() + 12], following.start
                    )
                    if following.start < place < following.end:
                        end = place
                    break
                end = following.end
                numbered = _ITEM_NUMBER_AT_END.search(following.text) is not None
                if not numbered:
                    break
                continue
            if not _LIST_ITEM.match(following.text) or lexicon.DEFINITION.search(following.text):
                break
            end = following.end
        if end == sentence.end:
            return sentence
        # The analysis copy of the whole span: the lower-case text, periods masked.
        return Sentence(
            sentence.start, end, sentence_text(mask_periods(self.lowered[sentence.start : end]))
        )

    def _with_extension(self, definition: Sentence, term: str) -> Sentence:
        """A definition with the sentence right after it when that one widens the same term
        ('"Covered official" means a law enforcement officer .... For purposes of this act,
        covered official also includes every other officer ... of this state'), or that says
        whom it leaves out ('... The term does not include an officer of the Department of
        Corrections ...'; officers left out, which the class readers weigh, not bodies).
        """
        after = self.lowered[definition.end : definition.end + _EXTENSION_REACH]
        if "also include" not in after and "not include" not in after:
            return definition
        for following in self._sentences_after(definition, 1):
            extends = rx.search(
                r"\b" + re.escape(term) + r"[\"”']?\s+(?:shall\s+)?also\s+includes?\b",
                following.text,
            ) or rx.match(
                r"\s*(?:\(?[a-z0-9]{1,3}[)_]\s*)?(?:the\s+term|such\s+term|the\s+phrase|"
                + re.escape(term)
                + r")[\"”']?\s+(?:does|shall)\s+not\s+include\b(?=[^.]*\b(?:officers?|police|rangers?|investigators?|troopers?|deput(?:y|ies)|marshals?"
                r"|constables?|wardens?|agents?)\b)",
                following.text,
            )
            if extends is not None:
                return Sentence(
                    definition.start,
                    following.end,
                    sentence_text(mask_periods(self.lowered[definition.start : following.end])),
                )
        return definition

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence just before ``sentence`` (in the block before, at a block's start);
        None at the start of the text."""
        block = bisect.bisect_right(self._block_starts, sentence.start) - 1
        sentences, starts = self._block(block)
        index = bisect.bisect_left(starts, sentence.start)
        while index == 0 and block > 0:
            block -= 1
            sentences, starts = self._block(block)
            index = len(sentences)
        return sentences[index - 1] if index > 0 else None

    def _sentences_after(self, sentence: Sentence, count: int) -> list[Sentence]:
        """Up to ``count`` sentences that follow ``sentence``, across blocks."""
        block = bisect.bisect_right(self._block_starts, sentence.start) - 1
        found: list[Sentence] = []
        while block < len(self._block_starts) and len(found) < count:
            sentences, starts = self._block(block)
            found.extend(sentences[bisect.bisect_right(starts, sentence.start) :])
            block += 1
        return found[:count]

    def _heading_definitions(self) -> list[tuple[str, Sentence]]:
        """Definitions written as a list of capitalised catch-words, each followed by its
        meaning: "(1) COVERED PERSON. Any officer or employee of the state ...".

        The catch-word must be in capitals in the print (a term, not a sentence that happens
        to be short) and the list must be introduced as definitions (checked by the caller).
        """
        original = self.document.text
        found: list[tuple[str, Sentence]] = []
        # Pennsylvania's form, '"Protected right." Any right ...', marks the term by quotation
        # marks round it and its period, in a list introduced as definitions.
        for match in _QUOTED_HEADING_DEFINITION.finditer(self.lowered):
            opening = self.lowered[max(0, match.start() - _DEFINITIONS_LIST_REACH) : match.start()]
            if "meaning" not in opening and "definitions" not in opening:
                continue
            meaning = self._meaning_at(match.end(), opened_inside=False)
            if meaning is not None:
                # ('"Law enforcement officer." Any of the following: (1) ... (6) ...')
                found.append((match.group("term"), self.with_listed_items(meaning)))
        for match in _HEADING_DEFINITION.finditer(self.lowered):
            term = match.group("term")
            printed = original[match.start("term") : match.end("term")]
            # North Carolina's form, "(1) Covered officer. - A sheriff ...", marks the term by
            # the dash; otherwise the catch-word is in capitals, or in title case right under a
            # "Definitions." heading (the Philadelphia Code's "(1) Officer. Any sworn member").
            if (
                printed != printed.upper()
                and match.group("dash") is None
                and not (
                    printed[:1].isupper()
                    and "definitions" in self.lowered[max(0, match.start() - 300) : match.start()]
                )
            ):
                continue
            meaning = self._meaning_at(match.end(), opened_inside=True)
            if meaning is not None:
                found.append((term, self.with_listed_items(meaning)))
        return found

    def _meaning_at(self, offset: int, *, opened_inside: bool) -> Sentence | None:
        """The sentence that opens at ``offset`` (a catch-word's meaning), allowing a space or
        two; with ``opened_inside``, else the one ``offset`` falls in (the meaning's sentence
        opened with the dash the catch-word's match took in)."""
        block = bisect.bisect_right(self._block_starts, offset) - 1
        sentences, starts = self._block(block)
        index = bisect.bisect_left(starts, offset)
        if index < len(sentences) and sentences[index].start - offset <= 2:
            return sentences[index]
        if opened_inside and index and sentences[index - 1].end > offset >= starts[index - 1]:
            return sentences[index - 1]
        return None


@cache
def _literal_gate(pattern: re.Pattern[str]) -> LiteralGate:
    """``pattern`` behind the literal gate read off it (read once per process)."""
    return LiteralGate(pattern)


@cache
def _alternatives_gate(pattern: re.Pattern[str]) -> AlternativesGate:
    """``pattern`` cut into its alternatives, each behind its gate (once per process)."""
    return AlternativesGate(pattern)


def matches_somewhere(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern.search(text)`` finds a match, each alternative of the pattern tried
    alone behind its own literals (for a long alternation searched over a stretch of a
    bill, where the engine would try every alternative at every character)."""
    return _alternatives_gate(pattern).matches(text)


def build_rule_gates() -> None:
    """Build every rule's gate now, in a process about to fork children that evaluate (a
    rule that no detector asked for yet would otherwise be read in every child afresh)."""
    from endqi.analysis.rules import RULES

    for declared in RULES:
        _alternatives_gate(declared.pattern)


_STRUCK_QUOTE = compile_pattern(
    r"(\bstrik(?:e|es|ing)\s+(?:out\s+)?(?:the\s+words?\s+)?[\"“])([^\"”\n]{1,400})(?=[\"”][^.;]{0,80}?\b(?:insert"
    r"|substitut))"
    # Massachusetts quotes the whole part it strikes: "by striking out the first paragraph,
    # which reads \"...\", and inserting in place thereof the following paragraph:-".
    r"|(\bstrik(?:e|es|ing)\s+(?:out\s+)?(?:the|said)\s+(?:[\w-]+\s+){0,3}?(?:paragraph|sentence"
    r"|subsection|subdivision|clause|section)s?,?\s+(?:which|that)\s+reads?:?\s*[\"“])([^\"”\n]{1,3000})"
    r"(?=[\"”],?\s*and\s+(?:by\s+)?(?:insert|substitut))"
)


def _blank_struck(match: re.Match[str]) -> str:
    opening, struck = (1, 2) if match.group(1) is not None else (3, 4)
    return match.group(opening) + _NON_SPACE.sub(" ", match.group(struck))


_PER_CENT = compile_pattern(r"\bper cent\b")
_SUPERSCRIPT_DIGITS = compile_pattern("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
_OCR_QUALIFIED = ("qualifled", "qua1ified", "quaiified", "qual1fied", "qualif1ed")
# (one search: the alternatives share "qua", which the regex engine scans for as a literal
# prefix, several times faster than five substring tests of a long text)
_OCR_QUALIFIED_PATTERN = compile_pattern("|".join(_OCR_QUALIFIED))
_INTERCEDE = compile_pattern(r"\binterce(?:de[sd]?|ding|ssion)\b")
_INTERVENE_FOR = {
    "intercede": "intervene",
    "intercedes": "intervenes",
    "interceded": "intervened",
    "interceding": "intervening",
    "intercession": "intervention",
}


def _as_intervene(match: re.Match[str]) -> str:
    return _INTERVENE_FOR[match.group(0)]


def lowered_without_deletions(document: Document) -> str:
    """Lower-cased copy of ``document.text`` with struck text blanked (same length)."""
    text = document.text
    if document.deletions:
        pieces: list[str] = []
        last = 0
        for start, end in sorted(document.deletions):
            start, end = max(last, start), min(len(text), end)
            if start < end:
                pieces.append(text[last:start])
                pieces.append(_NON_SPACE.sub(" ", text[start:end]))
                last = end
        pieces.append(text[last:])
        text = "".join(pieces)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowered (e.g. "İ")
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if "-\n" in lowered:
        lowered = _LINE_BREAK_HYPHEN.sub(_join_hyphenated, lowered)
    if "- " in text:
        lowered = _join_capital_breaks(text, lowered)
    if "*" in lowered:
        lowered = markdown_as_plain(lowered)
    # (superscript numerals are not ASCII: an ASCII text, which says so at once, has none)
    if not lowered.isascii() and _SUPERSCRIPT_DIGITS.search(lowered):
        # New Jersey marks committee amendments with superscript numerals round the words they
        # add or strike ("¹[may]¹ ¹shall¹ award"): markers, not part of any word (one character
        # each, so offsets stay).
        lowered = _SUPERSCRIPT_DIGITS.sub(" ", lowered)
    if _OCR_QUALIFIED_PATTERN.search(lowered):
        # A scan's text layer misreads letters of the doctrine's name ("qualifled immunity":
        # "fi" read as "fl", "l" as "1"); the same length, so offsets stay.
        lowered = _OCR_QUALIFIED_PATTERN.sub("qualified", lowered)
    if "per cent" in lowered:
        # Ohio's and older codes' "five per cent" is "five percent" (same length, offsets kept).
        lowered = _PER_CENT.sub(" percent", lowered)
    if "interce" in lowered:
        # "intercede" is read as "intervene" (same length, so offsets stay): "failure to
        # intercede", "shall intercede to stop", "intercession".
        lowered = _INTERCEDE.sub(_as_intervene, lowered)
    if "strik" in lowered:
        # 'by striking "may, in its discretion, award" and inserting "shall award"': the
        # quoted words struck are old law, as bracketed deletions are.
        lowered = _STRUCK_QUOTE.sub(_blank_struck, lowered)
    # A line break inside a sentence is a space: "the court shall\naward", "clearly\n
    # established" (a page break, a narrow column). Blank lines and breaks after a period stay,
    # since they end sentences and blocks.
    return mid_sentence_breaks_as_spaces(lowered)


# Markdown copies of bills (USLM and legislature data converted for repositories) set a
# subsection as a list item with a bold label and an italic catch-line:
# "- **(7)** *Abrogation of State immunity* Neither a State ...". The printed bill reads
# "(7) Abrogation of State immunity.--Neither ...", which is how clauses find where the
# subject starts, so the markup is read as that print (same length, offsets kept).
# Leading quote marks ("> - **(b)**", text an amendment inserts) and a list bullet.
# (A print's lines may have been joined into a paragraph, so they can stand mid-line.)
_MARKDOWN_BULLET = compile_pattern(r"(?:(?m:^)|(?<=\s))(?:>[ \t]*)*(?:[-+*][ \t]+)?(?=\*\*)")
# (A catch-line may wrap onto the next line of a print, never across a blank line.)
_MARKDOWN_CATCH_LINE = compile_pattern(
    r"(?<![*\w])\*([a-z0-9(](?:[^*\n]|\n(?![ \t]*\n)){0,120}?[^*\s])\*[ \n]"
)


def markdown_as_plain(lowered: str) -> str:
    """``lowered`` with Markdown quote marks, list bullets and bold marks blanked, and an italic
    catch-line ("*in general* any ...") turned into a run-in heading ("in general--any ...").

    Keeps the length, so offsets into the document stay valid.
    """
    lowered = _MARKDOWN_BULLET.sub(lambda match: " " * len(match.group(0)), lowered)
    lowered = lowered.replace("**", "  ")
    return _MARKDOWN_CATCH_LINE.sub(lambda match: " " + match.group(1) + "--", lowered)


# The rule of mid_sentence_breaks_as_spaces as a pattern (the tests compare the two).
MID_SENTENCE_BREAK = compile_pattern(r"[^\s.][ \t]*\n(?![ \t]*\n)")


def mid_sentence_breaks_as_spaces(text: str) -> str:
    """Each line break after a character other than a space or a period (spaces and tabs
    between them allowed), and not before a blank line, replaced by a space.

    The same as ``MID_SENTENCE_BREAK.sub`` with the break made a space, but it visits
    only the line breaks: the pattern would be tried at every letter of a long text.
    """
    pieces: list[str] = []
    last = 0
    length = len(text)
    position = text.find("\n")
    while position != -1:
        before = position
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        previous = text[before - 1] if before > 0 else "."
        if previous != "." and not previous.isspace():
            after = position + 1
            while after < length and text[after] in " \t":
                after += 1
            if after == length or text[after] != "\n":
                pieces.append(text[last:position])
                pieces.append(" ")
                last = position + 1
        position = text.find("\n", position + 1)
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# A capitalised word the cleaner joined across lines with a space: "STATUTORY IMMU- NITIES".
_CAPITAL_BREAK = compile_pattern(r"\b([A-Z]{1,20})- ([A-Z]{1,30})\b")


def _join_capital_breaks(text: str, lowered: str) -> str:
    """Join capitalised words broken at a line end, in the lower-case copy (same length)."""
    pieces, last = [], 0
    for match in _CAPITAL_BREAK.finditer(text):
        pieces.append(lowered[last : match.start()])
        pieces.append(_join_hyphenated(_LINE_BREAK_HYPHEN_LIKE(match, lowered)))
        last = match.end()
    pieces.append(lowered[last:])
    return "".join(pieces)


class _LINE_BREAK_HYPHEN_LIKE:
    """The two halves of a broken word, read from the lower-case copy."""

    def __init__(self, match: re.Match[str], lowered: str) -> None:
        self._match, self._lowered = match, lowered

    def group(self, index: int) -> str:
        match = self._match
        if index == 0:
            return self._lowered[match.start() : match.end()]
        return self._lowered[match.start(index) : match.end(index)]


# A word broken across lines with a hyphen ("ATTOR-\nNEY FEES", as New York prints its new
# law in capitals). The cleaner joins lower-case breaks; capitals reach the analysis intact.
_LINE_BREAK_HYPHEN = compile_pattern(r"\b([a-z]{1,20})-[ \t]*\n[ \t]*([a-z]{1,30})\b")
# Left halves that make real compounds ("law-enforcement", "good-faith"): keep the hyphen.
_COMPOUND_HEADS = frozenset(
    [
        "law",
        "good",
        "self",
        "well",
        "non",
        "co",
        "anti",
        "so",
        "ex",
        "pre",
        "post",
        "semi",
        "multi",
        "cross",
        "full",
        "part",
        "long",
        "short",
        "first",
        "second",
        "third",
        "state",
        "court",
        "use",
        "off",
        "on",
        "out",
        "over",
        "under",
        "one",
        "two",
        "body",
        "dash",
        "in-",
    ]
)


def _join_hyphenated(match: re.Match[str]) -> str:
    """The two halves as one word, padded in front with spaces to the matched length.

    The padding goes before the word so the word still meets what follows it with one
    space ("attorney fees"), as the patterns expect.
    """
    head, tail = match.group(1), match.group(2)
    joined = f"{head}-{tail}" if head in _COMPOUND_HEADS else head + tail
    return joined.rjust(len(match.group(0)))


def build_analysis_copy(document: Document) -> str:
    """Lower-cased, deletion-blanked, period-masked copy of ``document.text`` (same length)."""
    return mask_periods(lowered_without_deletions(document))
