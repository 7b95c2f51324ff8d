"""Where every gate literal occurs in a text, found in one pass.

The clause reader finds candidate sentences by their gate literals (about ninety
of them). ``str.find`` is fast, but ninety passes over a 300-page bill cost more
than all the rest of reading its clauses. With Hyperscan installed (the ``fast``
extra, as for the screening gate) one pass reports every occurrence of every
literal; without it, or for a text Hyperscan cannot read offset for offset (one
with characters beyond Latin-1), :func:`occurrences` returns None and the caller
uses ``str.find``. The answers are the same either way (the tests compare them).

The compiled database is kept in the cache folder (:mod:`endqi.cache`), named by
a hash of the literals, the Hyperscan version and the machine.
"""

from __future__ import annotations

import threading
from typing import Any

from endqi import cache, digests
from endqi.analysis import lexicon

ENABLED = True  # the tests turn it off to compare with str.find

_STATE = threading.local()  # one database and scratch space per thread
_LITERALS: tuple[str, ...] | None = None


# The literals readers and detectors ask for directly (``text.containing("duty", ...)``), so
# that they too come from the one pass instead of a ``str.find`` over the whole text each
# (tests/core/test_needles.py holds this list to the code).
READER_NEEDLES = (
    # (what a record says an amendment's fate was)
    *("amendment", "failed", "defeated", "tabled", "not germane", "rejected", "not adopted"),
    "not agreed",
    *("adopted", "agreed to", "receded from", "this act", "this bill", "to table", "on the table"),
    *("withdrawn", "withdrew", "lost", "negative", "disagreed", "out of order", "did not prevail"),
    *("indefinitely postponed", "postponed indefinitely", "moved to amend"),
    # (a law reprinted beside a ballot measure "for information only"; an amendment a chamber
    # recedes from, or text printed "for reference" as removed)
    *("information only", "recede", "for reference"),
    # (claims under one section of the constitution taken out of a claim's rights)
    *("arising under", "based on"),
    "further amend",
    # (a payment that waits on the budget)
    "appropriat",
    # (an action described by its wrong, which a bar on "such an action" refers to; a class that
    # leaves out whom another law makes immune)
    *("deprivation", "deprived", "depriving", "violation of", "immune", "interference with"),
    # (a term widened in a sentence of its own; a record of the governor's veto)
    *(" include", "veto"),
    # (an exclusion from a term, in a sentence the reader of definitions did not take in)
    "except",
    # (a payment cut short in a sentence of its own: "shall be reduced by twenty-five percent";
    # "remains unpaid ... is discharged")
    *("reduced", "discharged"),
    # (a State's immunity waived as to its personnel's acts)
    "waived",
    # (a bar written as a lead-in to a numbered list: "None of the following shall be a defense")
    "of the following",
    # (a payer's duties listed after a lead-in: "The City shall:")
    *("shall:", "must:", "shall -", "shall \u2014"),
    # (a duty to intervene in plain words: "must step in", "who does not do so is liable")
    *("step in", "not do so", "not step in", "to an end"),
    *("appl", "applies only", "applies only to", "applies to", "apply only", "apply to"),
    *("as used in", "breach", "claims act", "considered", "continue to apply"),
    *("continues to apply", "deemed", "disregard", "does so", "duty", "fails to intervene"),
    *("failure to intervene", "fee", "foregoing", "identify", "immunity act", "meaning of"),
    *("name", "not apply to", "not extend", "nothing", "notwithstanding all immun"),
    *("notwithstanding any immun", "only to", "other", "other action", "personally liable"),
    *("preceding", "provided", "purpose of", "purposes of", "refund", "regarded as"),
    *("reimburse", "repay", "repeal", "report", "retain any immun", "retains any immun"),
    *("rights covered", "rights described", "rights listed", "rights protected"),
    *("rights referred to", "stand by", "to end", "to prevent", "to stop", "treated as"),
    *("defences enumerated", "defences listed", "defenses described", "defenses enumerated"),
    *("defenses identified", "defenses listed", "defenses set", "defenses specified"),
    *("immunities described", "immunities enumerated", "immunities listed", "immunities set"),
    *("listed defen", "enumerated defen", "specified defen", "listed immunities"),
    "enumerated immunities",
    *("not apply to a claim", "not apply to an action", "not apply to any action"),
    *("not bring", "not commence", "not maintain", "not file", "consent", "approv"),
    *("caused by", "color of", "colour of", "omit", "to halt", "settle", "dismiss"),
    *("waive", "excuse", "forgive", "remit", "unsatisfied", "unpaid", "uncollect", "punitive"),
    *("registry", "database", "cited as", "known as", "referred to as", "reference to"),
    *("unable to collect", "not include", "excludes", "full amount", "entire amount", "whole of"),
    *("jointly and severally liable", "same extent as", "liable for", "substituted"),
    *("shall be paid by", "liable to", "summary judgment", "trial", "remains subject"),
    "remain subject",
    *("immunity afforded", "immunity of an", "either immunity", "not paid", "not pay"),
    *("immunity described", "immunity provided", "immunity retained", "immunity set"),
    *("defense described", "defense provided", "defense set", "1983", "section 1979", "amended"),
    *('", ', "\u201d, ", ',"', ",\u201d", "enforce", "confidential", "exempt", "mandatory"),
    # (a term set off by a colon: '"Rights": the rights ...')
    *('":', "\u201d:"),
    *("other than", "excluding", "means only", "secured solely", "secured only"),
    *("be collected", "not collect", "to so intervene"),
    *("striking subsection", "violates this", "violate this", "violates the"),
    *("would have known", "nominal damages", "real party in interest", "the following"),
    *("retains every immun", "retain every immun", "retains all immun", "retain all immun"),
    *("retains every defen", "retains all defen", "malice", "malicious", "bad faith", "wilful"),
    *("willful", "substitut", "reprinted", "as reported", "strik", "delet", "replac", "remov"),
    *("enact", "enacting", "original", "ordain", "knew", "actual knowledge"),
    # (provisions another lawmaker may or may not enact: see Reading._other_lawmakers_spans)
    *lexicon.OTHER_LAWMAKERS_WORDS,
    *(
        "to protect",
        "amendment no",
        "not create",
        "not authorize",
        *("in light of", "beyond debate", "fair warning", "should have known"),
        *("mistake of law", "mistaken", "controlling authority", "materially similar"),
        "is preserved",
        *("except in an action", "except in actions", "except for an action"),
        "not establish",
        "nothing in this",
        "not meet",
        "not perform",
    ),
    *lexicon.WITHOUT_FORCE_WORDS,
    *("not discharge", "not fulfil", "not carry out", "not comply", "not satisfy", "as required"),
    "render protection",
    # (where AnalysisText.positions is asked for headings of superseded versions and of the
    # material a ballot pamphlet prints around a measure)
    *("version", "draft", "v_", "v ", "supersed", "withdrawn", "obsolete"),
    *("ballot", "popular name", "explanatory statement", "voter", "result", "argument"),
    *("rebuttal", "impact", "plain english", "nonpartisan", "impartial analysis", "would"),
    # (good faith's work in other words; a model act's notes to its drafters)
    *lexicon.GOOD_FAITH_IN_OTHER_WORDS_NEEDLES,
    *lexicon.DRAFTING_NOTE_NEEDLES,
    # (a duty to intervene stated as an act: "shall protect the person from ... other officers")
    *lexicon.INTERVENE_DUTY_BY_ACTION_GATE,
)


def gate_literals() -> tuple[str, ...]:
    """Every literal the clause reader searches for: the rule table's gates and the few
    needles the reader asks for directly."""
    global _LITERALS
    if _LITERALS is None:
        from endqi.analysis.rules import RULES
        from endqi.analysis.text import DEFINITION_NEEDLES

        found = (
            {literal for rule in RULES for literal in rule.gate}
            | set(DEFINITION_NEEDLES)
            | set(READER_NEEDLES)
        )
        _LITERALS = tuple(sorted(found))
    return _LITERALS


def occurrences(text: str) -> dict[str, list[int]] | None:
    """Start offsets of every occurrence (overlapping ones too) of each gate literal in
    ``text``, in order, keyed by every literal searched for (an empty list: none); None
    when this cannot be done in one pass. A literal missing from the keys was not
    searched for: find it with ``str.find``."""
    if not ENABLED:
        return None
    try:
        data = text.encode("latin-1")  # one byte per character: offsets stay offsets
    except UnicodeEncodeError:
        return None
    scanner = _scanner()
    if scanner is None:
        return None
    database, literals = scanner
    found: dict[str, list[int]] = {literal: [] for literal in literals}

    def collect(index: int, _start: int, end: int, _flags: int, _context: Any) -> None:
        literal = literals[index]
        found[literal].append(end - len(literal))

    database.scan(data, match_event_handler=collect)
    for positions in found.values():
        positions.sort()
    return found


def _scanner() -> tuple[Any, tuple[str, ...]] | None:
    """This thread's compiled database of the gate literals (None without Hyperscan)."""
    scanner = getattr(_STATE, "scanner", False)
    if scanner is False:
        scanner = _STATE.scanner = _build()
    return scanner


# Each literal is compiled as its bytes, every one escaped ("\\x71\\x75..."): no character
# is special. (Change this tag whenever that changes: the cached databases are named by it.)
_EXPRESSION_FORMAT = b"latin-1 bytes, each as \\xHH"


def database_key(literals: tuple[str, ...], hyperscan_version: str) -> str:
    """The name of the compiled database of ``literals`` (Latin-1 each) in the cache folder.

    It names the literals and how they become expressions (``_EXPRESSION_FORMAT``), the
    Hyperscan version and the machine, so the expressions themselves are written out only
    when the database is compiled."""
    return digests.sha256(
        b"\0".join(
            [
                _EXPRESSION_FORMAT,
                *(literal.encode("latin-1") for literal in literals),
                hyperscan_version.encode(),
                cache.machine().encode(),
            ]
        )
    ).hexdigest()[:24]


def _build() -> tuple[Any, tuple[str, ...]] | None:
    try:
        import hyperscan
    except ImportError:
        return None
    literals = tuple(
        literal for literal in gate_literals() if literal.isascii() or max(literal) < "\u0100"
    )
    path = cache.path(f"needles-{database_key(literals, str(hyperscan.__version__))}.hsdb")
    try:
        database = hyperscan.loadb(cache.read(path), hyperscan.HS_MODE_BLOCK)
        database.scratch = hyperscan.Scratch(database)
        return database, literals
    except (OSError, hyperscan.error):
        pass  # not cached yet, unreadable, or built for another CPU
    expressions = [
        b"".join(b"\\x%02x" % byte for byte in lit.encode("latin-1")) for lit in literals
    ]
    database = hyperscan.Database()
    database.compile(
        expressions=expressions,
        ids=list(range(len(expressions))),
        elements=len(expressions),
        flags=[0] * len(expressions),
    )
    cache.write_atomically(path, hyperscan.dumpb(database))
    return database, literals
