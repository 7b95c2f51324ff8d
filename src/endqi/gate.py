"""The byte-level gate of ``endqi screen``: which raw files cannot be relevant.

Most of a session's bills are about taxes, schools or roads. Loading and
cleaning each one just to learn that is the slow part of screening, so raw
plain-text and HTML bytes are first searched, in one pass, for the phrases
:func:`endqi.analysis.relevance.is_relevant` looks for in the *clean* text.

Each phrase becomes a pattern that allows, between its words, whatever
cleaning can turn into the single space the clean text has there: spaces,
punctuation, printed line numbers, an explicit "Page 3 of 9" line, HTML
entities, and, from the end of one line to the start of another, up to
:data:`MAX_DROPPED_LINES` whole lines (the running heads and footers the
cleaner drops at a page break). A file is answered "not relevant" only when no
combination that ``is_relevant`` needs is matched and nothing cleaning does
could *make* a word (a hyphen at a line end, a soft hyphen or zero-width
character, a ligature or the gap a ligature glyph left, across a line break too,
a control character, an HTML entity or tag inside a word). The answer is a
necessary condition, never a guess, for prints whose pages hold at least twice
:data:`~endqi.documents.clean.HEADER_LINES_PER_EDGE` lines, so that no page is dropped whole.

Hyperscan (``hyperscan`` on PyPI) matches all patterns in one pass at
gigabytes a second; without it the same patterns run through :mod:`re`.
Compiling the database takes a third of a second, so the compiled form is
kept in the user's cache folder and reused by later runs.

A pattern is tried at every occurrence of its first word. A phrase whose gate form
opens with a short common word ("not a defense", "law enforcement officer") keeps
its gaps open at nearly every line of every bill, and those few patterns cost as
much as all the others. They are left out of the first pass, which looks for their
longest word instead (a literal every match of theirs contains), and run in a
second pass only over files that hold that word. The kinds found are exactly those
of one pass over every pattern.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from endqi import cache, digests
from endqi.analysis import relevance
from endqi.documents.clean import CHARACTER_EQUIVALENTS
from endqi.documents.furniture import HEADER_LINES_PER_EDGE
from endqi.documents.wrapped import looks_like_json

# (legislative XML is markup too: its tags are skipped the same way)
HTML_SUFFIXES: tuple[str, ...] = (".htm", ".html", ".xml")
GATED_SUFFIXES: tuple[str, ...] = (".txt", *HTML_SUFFIXES)

# --- what may stand between two words of a phrase --------------------------------

# Within a line or page: anything but letters (spaces, punctuation, printed line
# numbers, Unicode spaces as UTF-8 or Windows-1252 bytes), the words of a
# "Page 3 of 9" line, and HTML entities.
_IN_PAGE_GAP = rb"[^a-z]*(?:(?:page|of|&#?[a-z0-9]+;?)[^a-z]*)*"
# Across a page break, from the end of one kept line to the start of the next:
# blank lines and up to two page edges of running heads and footers (with the
# form feed's own line), margin columns, then the next line's number.
MAX_DROPPED_LINES = 2 * HEADER_LINES_PER_EDGE + 1
_BLANK_LINES = rb"(?:[ \t\r\v\f]*\n)*"
# Any number of margin-column lines (a bare line number or amendment mark each),
# which PDF text layers and their plain-text copies gather into runs.
_MARGIN_LINES = rb"(?:[ \t\r\v\f]*(?:[0-9]{1,4}|<-{1,3}|-{1,3}>)[ \t\r\v\f]*\n)*"
_CROSS_PAGE_GAP = (
    rb"[ \t\r\v]*\n"
    + _BLANK_LINES
    + rb"(?:"
    + _MARGIN_LINES
    + rb"[^\n]*\n"
    + _BLANK_LINES
    + rb"){0,"
    + str(MAX_DROPPED_LINES).encode()
    + rb"}"
    + _MARGIN_LINES
    + rb"[ \t\r\v\f0-9]*"
)
_GAP = rb"(?:" + _IN_PAGE_GAP + rb"|" + _CROSS_PAGE_GAP + rb")"
# A hyphen inside a phrase ("good-faith") may be printed as any Unicode dash.
_HYPHEN = rb"(?:-|[\x80-\xff]+)"


def phrase_pattern(phrase: str) -> bytes:
    """The byte pattern (lower case; match it caselessly) for one relevance phrase."""
    parts: list[bytes] = []
    for token in re.findall(r"[a-z]+|[^a-z]", phrase.lower()):
        if token.isalpha():
            parts.append(token.encode("ascii"))
        elif token == "-":
            parts.append(_HYPHEN)
        elif token.isspace():
            parts.append(_GAP)
        else:
            parts.append(re.escape(token).encode("ascii"))
    if not any(part.isalpha() for part in parts):
        raise ValueError(f"relevance phrase without letters: {phrase!r}")
    return b"".join(parts)


# --- what makes the gate step aside -----------------------------------------------

# UTF-8 (and Windows-1252) forms of every character the cleaner drops or expands,
# and full-width letters (their UTF-8 lead bytes).
WORD_CHANGING_BYTES: tuple[bytes, ...] = tuple(
    sorted(
        {
            char.encode("utf-8")
            for char, replacement in CHARACTER_EQUIVALENTS.items()
            if not char.isascii() and (replacement == "" or len(replacement) > 1)
        }
        | {b"\xad", b"\xef\xbc", b"\xef\xbd"}
    )
)
# A hyphen after a letter at the end of a line (white space and amendment marks
# aside) is joined to the next line's word by cleaning. A hyphen after anything else
# ("---" rules, "- 2 -" footers) never is.
LINE_END_HYPHEN = rb"[a-z]-[ \t\r\v\f]*(?:(?:<-{1,3}|-{1,3}>|<=|=>)[ \t\r\v\f]*)*[\n\r\f]"
# Entities the HTML reader turns into nothing or into a hyphen inside a word.
HTML_WORD_BREAKERS: tuple[bytes, ...] = (
    *(b"&shy", b"&#173", b"&#xad", b"&#8203", b"&#8204", b"&#8205", b"&#8208", b"&#8209"),
    *(b"&#8288", b"&#65279", b"&#x200", b"&#x206", b"&#xfeff", b"&#x201", b"&zw", b"&#6425"),
    *(b"&#xfb0", b"&#x00ad", b"&#0173"),
)
# ASCII control bytes the cleaner drops from inside words.
DROPPED_CONTROL_BYTES: bytes = "".join(
    char
    for char, replacement in CHARACTER_EQUIVALENTS.items()
    if char.isascii() and not replacement
).encode("ascii")
_HTML_TAG = re.compile(rb"<[^>]*>")

STRONG, LIABILITY, OFFICER, DEFER, DEFER_HTML = "strong", "liability", "officer", "defer", "html"


def _literal(text: bytes) -> bytes:
    """A pattern matching ``text`` exactly, written in hex escapes (no NUL bytes)."""
    return b"".join(b"\\x%02x" % byte for byte in text)


def gate_phrase(phrase: str) -> str:
    """The part of a relevance phrase the gate looks for: the phrase without its leading
    words of one or two letters ("is not a defense" is looked for as "not a defense").

    Text that holds the whole phrase holds its tail, so the gate stays a necessary
    condition; it only lets a few more files through to the full path. A pattern that
    starts with "is" is tried at every "is", "this" and "his" of a bill, which made it
    alone cost most of the scan.
    """
    words = phrase.split(" ")
    while len(words) > 1 and len(words[0]) <= 2:
        words = words[1:]
    return " ".join(words)


# A phrase whose gate form opens with a word this short goes to the second pass.
SHORT_OPENING_WORD = 3
# What a first-pass match of a second-pass phrase's longest word means.
_RUN_SECOND_PASS = "second pass"


def _phrases() -> list[tuple[str, str]]:
    """The gate form of every relevance phrase, with its kind."""
    return [
        *((gate_phrase(p), STRONG) for p in relevance.STRONG_ANCHORS),
        *((gate_phrase(p), LIABILITY) for p in relevance.LIABILITY_WORDS),
        *((gate_phrase(p), OFFICER) for p in relevance.OFFICER_WORDS),
    ]


def _opens_with_a_short_word(phrase: str) -> bool:
    words = re.findall(r"[a-z]+", phrase.lower())
    return len(words) > 1 and len(words[0]) <= SHORT_OPENING_WORD


def _longest_word(phrase: str) -> str:
    return max(re.findall(r"[a-z]+", phrase.lower()), key=len)


def _passes() -> tuple[list[tuple[bytes, str]], list[tuple[bytes, str]]]:
    """The patterns of the first and of the second pass, each with what its match means.

    The first pass has every pattern of :func:`_patterns` but the phrases that open with
    a short word, and in their place the longest word of each (caseless, as every
    pattern is matched, so it occurs wherever the phrase does).
    """
    phrases = _phrases()
    opening_short = [(p, kind) for p, kind in phrases if _opens_with_a_short_word(p)]
    words = sorted({_longest_word(phrase) for phrase, _ in opening_short})
    first = [
        *((phrase_pattern(p), kind) for p, kind in phrases if (p, kind) not in opening_short),
        *((word.encode("ascii"), _RUN_SECOND_PASS) for word in words),
        *_deferring_patterns(),
    ]
    second = [(phrase_pattern(phrase), kind) for phrase, kind in opening_short]
    return first, second


def _patterns() -> list[tuple[bytes, str]]:
    """Every pattern with what its match means (as one pass would run them)."""
    return [
        *((phrase_pattern(phrase), kind) for phrase, kind in _phrases()),
        *_deferring_patterns(),
    ]


# A word split where a ligature glyph stood ("quali fied", "of ficer", "qualifi ed"), which
# cleaning joins again (documents.clean._GAP_BEFORE_LIGATURE, _LIGATURE_GAP), across a space or
# a line break with its printed line number: a superset of what those repairs join.
LIGATURE_SPLITS: tuple[bytes, ...] = (
    rb"[a-z]i[^a-z]{1,16}fi(?:ed|es|cation|cations|cant|cantly)\b",
    rb"\bof[^a-z]{1,16}fic(?:er|ers|e|es|ial|ials|ially)\b",
    rb"f[il][^a-z]{1,16}(?:ed|es|er|ers|cation|cations|nal|nally|le|led|les|ling|rst|rm|rms|rmed|eld"
    rb"|ght|ghts|ndings?|nd|ne|nes|ned|ce|cer|cers|cial|cially|ciary|scal|sh|x|xed|ow|ows|oor|ight|ict"
    rb"|icts|uence)\b",
)


# OCR's "rn" for "m" inside a word, which cleaning mends (documents.clean._OCR_RN_FOR_M):
# "ernployee", "darnages" hold relevance words once mended.
OCR_RN_FOR_M_BYTES: tuple[bytes, ...] = (rb"rnp", rb"\bdarnag")


def _deferring_patterns() -> list[tuple[bytes, str]]:
    """The patterns of what cleaning could change, which make the gate step aside."""
    return [
        (LINE_END_HYPHEN, DEFER),
        *((split, DEFER) for split in LIGATURE_SPLITS),
        *((ocr, DEFER) for ocr in OCR_RN_FOR_M_BYTES),
        *((_literal(m), DEFER) for m in WORD_CHANGING_BYTES),
        *((_literal(bytes([b])), DEFER) for b in DROPPED_CONTROL_BYTES),
        *((_literal(m), DEFER_HTML) for m in HTML_WORD_BREAKERS),
        # A hyphen before a tag may end a line of the visible text ("immu-<br>nity").
        (rb"[a-z]-[ \t\r\n\f]*<", DEFER_HTML),
    ]


class Scanner:
    """Finds which kinds of pattern (:data:`STRONG`, :data:`DEFER`...) occur in bytes.

    ``use_hyperscan=False`` forces the :mod:`re` fallback (the tests compare both), which
    runs every pattern of :func:`_patterns` in turn.
    """

    def __init__(self, *, use_hyperscan: bool = True) -> None:
        first, second = _passes()
        self.kinds = [kind for _, kind in first]
        self.second_kinds = [kind for _, kind in second]
        self.database: Any = (
            _hyperscan_database([p for p, _ in first], "gate") if use_hyperscan else None
        )
        self.second_database: Any = (
            _hyperscan_database([p for p, _ in second], "gate2")
            if self.database is not None and second
            else None
        )
        self.compiled = (
            None
            if self.database is not None
            else [(re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in _patterns()]
        )

    def scan(self, data: bytes) -> frozenset[str]:
        """The kinds of pattern matched anywhere in ``data``."""
        if self.database is not None:
            ids: set[int] = set()
            self.database.scan(data, match_event_handler=_collect, context=ids)
            found = {self.kinds[i] for i in ids}
            if _RUN_SECOND_PASS in found:
                found.discard(_RUN_SECOND_PASS)
                if self.second_database is not None:
                    ids = set()
                    self.second_database.scan(data, match_event_handler=_collect, context=ids)
                    found.update(self.second_kinds[i] for i in ids)
            return frozenset(found)
        assert self.compiled is not None
        return frozenset(kind for pattern, kind in self.compiled if pattern.search(data))


def _collect(pattern_id: int, start: int, end: int, flags: int, found: set[int]) -> None:
    found.add(pattern_id)


def _hyperscan_database(patterns: list[bytes], name: str) -> Any:
    """A caseless, report-once database of ``patterns``, or None without Hyperscan.

    The compiled database is cached as a file named ``name`` and a hash of the
    patterns, the Hyperscan version and the machine, and loaded from there when present.
    """
    try:
        import hyperscan
    except ImportError:
        return None
    flags = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH
    key = digests.sha256(
        b"\0".join(
            [
                *patterns,
                str(flags).encode(),
                str(hyperscan.__version__).encode(),
                cache.machine().encode(),
            ]
        )
    ).hexdigest()[:24]
    cached = cache.path(f"{name}-{key}.hsdb")
    try:
        database = hyperscan.loadb(cache.read(cached), hyperscan.HS_MODE_BLOCK)
        # A loaded database comes without the scratch space a scan needs.
        database.scratch = hyperscan.Scratch(database)
        return database
    except (OSError, hyperscan.error):
        pass  # not cached yet, unreadable, or built for another CPU: compile it
    database = hyperscan.Database()
    database.compile(
        expressions=patterns,
        ids=list(range(len(patterns))),
        elements=len(patterns),
        flags=[flags] * len(patterns),
    )
    cache.write_atomically(cached, hyperscan.dumpb(database))
    return database


# One scanner per thread: a Hyperscan database scans with scratch space that two
# threads must not share (Dask workers may run several threads).
_SCANNERS = threading.local()


def scanner() -> Scanner:
    """This thread's scanner (built on first use)."""
    found = getattr(_SCANNERS, "scanner", None)
    if found is None:
        found = _SCANNERS.scanner = Scanner()
    return found


def cannot_be_relevant(data: bytes, suffix: str, *, using: Scanner | None = None) -> bool:
    """True only when the raw bytes of a text or HTML bill prove it is not relevant.

    False means "cannot tell cheaply": the caller must load and clean the file.
    ``suffix`` is the file's lower-case extension; other types always get False.
    """
    if suffix not in GATED_SUFFIXES:
        return False
    if not data or data.isspace() or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # empty or UTF-16: let the loader judge it
    if looks_like_json(data):
        return False  # a bill inside JSON, or JSON to refuse: the loader decides
    scan = (using or scanner()).scan
    found = scan(data)
    if DEFER in found:
        return False
    if suffix in HTML_SUFFIXES:
        if DEFER_HTML in found:
            return False
        # Tags inside a word ("immu<b></b>nity") vanish in the visible text; the
        # gaps allow nothing between words too, so removed tags lose no match.
        found = scan(_HTML_TAG.sub(b"", data))
    return STRONG not in found and not (LIABILITY in found and OFFICER in found)
