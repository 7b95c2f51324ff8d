"""The clause reading layer: each operative provision read into typed legal facts.

Between the sentences of a bill and the rubric's detectors sits a reading of
what each operative clause *does*:

- :class:`Claim` — who is liable (the grammatical subject of "who ... is liable",
  or the object of "an action against"), for which rights, on which wrong;
- :class:`DefenseRule` — which defenses (qualified immunity by name, immunities in
  general, the clearly-established element, good faith) a clause bars, keeps or
  creates, and for whom;
- :class:`Cap` — what a dollar limit limits (liability and damages, or a fee or fine),
  and whether limits are lifted or raised;
- :class:`Indemnity`, :class:`FeeAward`, :class:`Accountability`, :class:`Disclosure`.

Every fact keeps the :class:`~endqi.analysis.text.Sentence` it was read from, so
each verdict rests on a quoted clause. Findings, purposes, titles, summaries,
commentary and advocacy are never read as operative. Facts are immutable.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property, lru_cache

from endqi import regex_cache as rx
from endqi.analysis import lexicon
from endqi.analysis.literals import AlternativesGate, LiteralGate
from endqi.analysis.rules import rule
from endqi.analysis.text import (
    AnalysisText,
    Sentence,
    mask_periods,
    matches_near,
    matches_somewhere,
    sentence_text,
    split_sentences,
    whole_word_places,
)
from endqi.regex_cache import compile_pattern


class Role(Enum):
    """Whom a clause holds liable or strips of a defense."""

    POLICE = "law enforcement"
    POLICE_NARROW = "some law-enforcement officers only"
    # Police named beside some other public occupations ("a law enforcement officer, public
    # school teacher or firefighter"): all police, and more, but not every public employee.
    POLICE_AND_OTHERS = "law enforcement and some other public employees"
    BROAD = "public employees generally"
    STATE_ONLY = "state employees only"
    LOCAL_ONLY = "local governments' employees only"
    # A state's claim against those "acting under color of federal law" only: federal agents,
    # not the state's or its local governments' own officers.
    FEDERAL_ONLY = "federal officers and employees only"
    BROAD_EXCEPT_SOME_POLICE = "public employees, some police left out"
    BROAD_EXCEPT_POLICE = "public employees other than law enforcement"
    # Named officials who are not police: elected officials, prosecutors, judges, teachers.
    ELECTED = "elected officials, prosecutors, judges or other officials who are not police only"
    UNNAMED = "no class named"
    PRIVATE = "private parties"

    @property
    def public(self) -> bool:
        """True for a class of public actors."""
        return self not in (Role.UNNAMED, Role.PRIVATE)


class Rights(Enum):
    """Which rights a claim enforces."""

    ALL_CONSTITUTIONAL = "constitutional rights generally"
    ENUMERATED = "listed sections of the constitution"
    ONE_RIGHT = "one named right"
    FORCE_OR_SEARCH = "force or search and seizure only"
    TORTS = "torts only"
    FEDERAL_ONLY = "federal rights only"
    CIVIL_RIGHTS_ACT = "the state's civil rights act"
    UNSTATED = "no rights named"


class DefenseKind(Enum):
    """A defense that does qualified immunity's work."""

    QUALIFIED_IMMUNITY = "qualified immunity"
    IMMUNITY = "immunities in general"
    CLEARLY_ESTABLISHED = "the clearly-established element"
    GOOD_FAITH = "good faith or reasonable belief"


class Effect(Enum):
    """What a clause does to a defense."""

    BARRED = "barred"
    KEPT = "kept"
    CREATED = "created"


@dataclass(frozen=True, slots=True)
class Claim:
    """A civil claim the bill creates or changes."""

    clause: Sentence
    defendants: str | None
    role: Role
    rights: Rights
    fails_to_prevent: bool  # the officer is liable for failing to intervene or prevent
    failure_as_one_way: bool  # "including failing to intervene": one way of causing it


@dataclass(frozen=True, slots=True)
class DefenseRule:
    """A clause that bars, keeps or creates a QI-like defense."""

    clause: Sentence
    kinds: frozenset[DefenseKind]
    effect: Effect
    role: Role
    role_named: bool  # the clause names whom it strips of the defense
    has_exceptions: bool
    all_civil_liability: bool  # "for any act or failure to act", not one new claim
    force_only: bool  # the bar applies only when force or a search is involved
    struck: bool = False  # existing law's defense, struck by the bill (so barred)


def _rule_without_exceptions(
    clause: Sentence,
    kinds: frozenset[DefenseKind],
    effect: Effect,
    role: Role = Role.UNNAMED,
    *,
    struck: bool = False,
) -> DefenseRule:
    """A defense rule read from a clause with no exception of its own, for ``role`` (named when
    it is a public class; by default the clause names no class of defendant)."""
    return DefenseRule(
        clause=clause,
        kinds=kinds,
        effect=effect,
        role=role,
        role_named=role.public,
        has_exceptions=False,
        all_civil_liability=False,
        force_only=False,
        struck=struck,
    )


@dataclass(frozen=True, slots=True)
class Cap:
    """A clause about dollar limits on what victims recover."""

    clause: Sentence
    kind: str  # "own" (the bill's limit), "raised", "lifted", "lifted-in-part"
    amends_existing: bool  # the clause strikes an amount (a cap changed, not created)


@dataclass(frozen=True, slots=True)
class Indemnity:
    """Who must pay an officer's judgment."""

    clause: Sentence
    mandatory: bool
    full_amount: bool
    carve_out: bool
    limited: bool  # a cap, a pro-rata share or excluded damages leave part unpaid
    vicarious: bool = False  # the employer is itself liable for the officer's violation


@dataclass(frozen=True, slots=True)
class FeeAward:
    """Attorney fees for the person who sued."""

    clause: Sentence
    mandatory: bool
    capped: bool  # a ceiling in dollars or as a share of the judgment
    # a ceiling of another kind (a fraction of the damages, an hourly rate): the fee is limited,
    # but no sum caps what the victim recovers
    limited: bool = False


@dataclass(frozen=True, slots=True)
class Accountability:
    """A consequence the officer bears personally."""

    clause: Sentence
    kind: str  # "share" (of the judgment), "professional" (decertification, discipline) or "narrow"
    mandatory: bool


@dataclass(frozen=True, slots=True)
class Disclosure:
    """Records made public (or kept closed)."""

    clause: Sentence
    opened: bool
    some_records_only: bool  # recordings only, or only the amounts paid


# Asked of every candidate sentence: behind the literal gates read off the patterns,
# most sentences are answered by a few substring tests (same answers, see literals.py).
_NON_OPERATIVE = AlternativesGate(lexicon.NON_OPERATIVE)
# Each alternative behind its own literals: read as one, the pattern's gate is a word as
# common as "shall", which nearly every sentence passes.
_ADVOCACY = AlternativesGate(lexicon.ADVOCACY)
_AMENDED_SO_IT_READS = compile_pattern(
    r"\bis\s+(?:hereby\s+|further\s+)?amended\b[^.]{0,400}?\bso\s+(?:that\s+|as\s+)?(?:it|the\s+[\w-]+"
    r"|(?:sub)?(?:section|subdivision|paragraph)\s+\(?[\w_.-]{1,8}\)?)[^.;\"“]{0,40}?\b(?:reads?|to\s+read|shall\s+read)\b"
    # "is hereby further amended by striking out the third paragraph, which reads "...", and
    # inserting in place thereof the following paragraph:-": the words struck quoted (blanked
    # in the analysis copy), then the words the bill enacts.
    r"|\bis\s+(?:hereby\s+)?(?:further\s+)?amended\s+by\s+strik\w*\b[^.]{0,300}?\bwhich\s+reads?\b"
    r"[^.]{0,600}?\binsert\w*\b"
)
_DESCRIBES_ANOTHER_LAW = AlternativesGate(lexicon.DESCRIBES_ANOTHER_LAW)
_AMENDED_ACT_TITLE = LiteralGate(lexicon.AMENDED_ACT_TITLE)


def is_operative(sentence: Sentence) -> bool:
    """False for findings, purposes, titles, summaries, commentary and advocacy, and for
    conditions that describe a law some other government must have."""
    return _is_operative_text(sentence.text)


# Several readers ask about the same sentence; the answer depends on its words alone.
@lru_cache(maxsize=4096)
def _is_operative_text(body: str) -> bool:
    # (searching the slice is searching up to ``prefix``: endpos cuts the string)
    prefix = lexicon.NON_OPERATIVE_PREFIX
    finding = _NON_OPERATIVE.matches(body[:prefix])
    if finding and lexicon.DECLARED_RULE.search(body):
        # "The Legislature declares that the doctrine ... may not be applied in any action under
        # section 1 of this Act": a rule for the bill's own actions, declared.
        finding = None
    return not (
        finding
        or lexicon.NON_OPERATIVE_OPENING.match(body, 0, prefix)
        or (
            _ADVOCACY.matches(body[:prefix])
            # ("Section 8301 is amended by striking ... so that subsection (a) reads: "..."": the
            # bill giving the text it enacts, not a report quoting someone's words)
            and _AMENDED_SO_IT_READS.search(body, 0, prefix) is None
        )
        or _DESCRIBES_ANOTHER_LAW.matches(body)
        or _AMENDED_ACT_TITLE.search(body)
        or _title_after_header(body)
        # Maryland's purpose paragraph: "FOR the purpose of establishing ...; prohibiting ...;
        # and generally relating to ...".
        or (_PURPOSE_PARAGRAPH.match(body) is not None and "generally relating to" in body)
        # A study's questions: "a report on whether to create a State cause of action ... and on
        # whether to provide that qualified immunity shall not be a defense", "The commission
        # shall examine: (i) whether section 11I ... should be amended to provide that ...".
        or (
            ("whether" in body or "extent to which" in body)
            and _STUDIES_WHETHER.search(body) is not None
        )
        # "... shall conduct a study of actions brought under section 1983 ..., including (1) the
        # number of such actions dismissed on the ground that ...": what a study counts.
        or ("study" in body and _CONDUCTS_A_STUDY.search(body) is not None)
        # Massachusetts's petition line: "a petition (accompanied by bill, Senate, No. 1102) of
        # ... for legislation to establish that qualified immunity shall not be a defense".
        or ("for legislation" in body and _PETITION_FOR_LEGISLATION.search(body) is not None)
        # An advisory question: "Should the Legislative Assembly enact a law providing that ...".
        or ("should" in body and _SHOULD_LAWMAKERS_ENACT.search(body) is not None)
        # What a model policy (or a model ordinance) must say: "The model policy shall provide
        # that: ... (3) the agency will not assert qualified immunity ...": policy, not law.
        or (("polic" in body or "model" in body) and _POLICY_SHALL_PROVIDE.match(body) is not None)
        # A charge to the lawmakers, or a question about a law they might make: "the General
        # Assembly shall enact laws providing that ...", "... legislation that would ...".
        or (
            ("assembly" in body or "legislat" in body or "congress" in body or "laws" in body)
            and _LAWMAKERS_TO_ENACT.search(body) is not None
        )
        # A ballot's wording and its caption: "Caption: Creates civil claim ...; ends qualified
        # immunity defense"; "shall be placed on the ballot in the following form: "A
        # constitutional amendment ... to abolish qualified immunity"": the voters' summary.
        or (("ballot" in body or "caption" in body) and _BALLOT_WORDING.search(body) is not None)
        # A question is no rule ("can we ask OLS to add "the court shall award ... fees"?").
        or body.rstrip(" \t\n\"'\u201d)").endswith("?")
        # A sentence printed whole in square brackets: an editor's or drafter's aside ("[This
        # provision ends qualified immunity for whistleblowers.]"), or words a print strikes.
        or (body.startswith("[") and _WHOLLY_BRACKETED.fullmatch(body) is not None)
    )


_BALLOT_WORDING = compile_pattern(
    r"\bcaption:|\bballot\s+(?:title|question|summary)\s*:|\bon\s+the\s+ballot\s+in\s+the\s+following\s+form\b"
)
_WHOLLY_BRACKETED = compile_pattern(r"\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\][.;]?")


_LAWMAKERS_TO_ENACT = compile_pattern(
    r"\b(?:general\s+assembly|legislature|legislative\s+assembly|congress)\s+shall\s+(?:by\s+law\s+)?"
    r"(?:enact|pass|adopt)\s+(?:laws?|legislation|statutes?)\b|\blegislation\s+that\s+would\b"
    # A constitution's leave to legislate: "The Legislature may by law provide a civil remedy
    # ... and may by such law provide that qualified immunity shall not be a defense".
    r"|\b(?:general\s+assembly|legislature|legislative\s+assembly|congress)\s+may\s+(?:,\s+)?by\s+(?:general\s+)?law\s+"
    r"(?:provide|establish|create|enact)\b"
    # ("(B) The laws enacted under division (A) of this section shall provide that ...")
    r"|\bthe\s+laws?\s+(?:enacted|adopted|passed)\s+(?:under|pursuant\s+to)\b[^.;]{0,60}?\bshall\s+provide\b"
    # An office told to write a bill: "the legislative service bureau shall prepare and transmit
    # to the chairs ... draft legislation that does all of the following: (a) Provides that ...".
    r"|\b(?:prepare|draft|submit|transmit|present)\w*\b[^.;]{0,160}?\b(?:draft|proposed|model)\s+"
    r"legislation\s+(?:that|which|to)\b"
)
# "Nothing in this section creates a cause of action or affects any immunity of an officer or
# employing agency": the section's words about immunity change none.
_AFFECTS_NO_OFFICERS_IMMUNITY = compile_pattern(
    r"\b(?:nothing\s+in\s+this\s+(?P<scope>section|subsection|act|chapter|subchapter|article)\b[^.;]{0,80}?"
    # ("This subchapter does not create a cause of action ... and does not affect any immunity in
    # such an action")
    r"|this\s+(?P<scope2>section|subsection|act|chapter|subchapter|article)\s+(?:does|shall)\s+not\s+"
    r"(?:[^.;]{0,120}?\b(?:and|or|nor)\s+(?:does|shall)\s+(?:not\s+)?)?)"
    r"(?:affects?|alters?|limits?|expands?|abrogates?|waives?|modif(?:y|ies)|changes?|diminish(?:es)?)\s+"
    r"(?:any|the)\s+(?:[\w-]+\s+){0,2}?immunit(?:y|ies)\s+(?:(?:of|available\s+to|enjoyed\s+by)\s+(?:an?|any|the)\s+"
    # (any officer, not some: "... any defense or immunity of a municipal police officer" keeps
    # another class's defenses only)
    r"(?:(?:public|law\s+enforcement|peace|police)\s+)?(?:officers?|employees?|officials?)(?:\s+(?:or|and)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:agency|agencies|employers?|entity|entities))?|in\s+(?:such\s+an?|an?|any)\s+(?:action|claim|suit))"
    # (unqualified: not "... of a peace officer in an action under 42 U.S.C. 1983", "... of an
    # employee who is not a law enforcement officer", "... under section 8111")
    r"\s*[.;]"
)
# How far a disclaimer's words reach before and after its "immunit" (the two clauses and a few
# words of each; generous, so that no match is cut).
_DISCLAIMER_REACH = (600, 400)
_CONDUCTS_A_STUDY = compile_pattern(
    r"\b(?:conduct|undertake|carry\s+out|complete|prepare|perform)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?study\s+"
    r"(?:of|on|regarding|concerning)\b"
)
_PETITION_FOR_LEGISLATION = compile_pattern(
    r"\bpetition\b[^.]{0,240}?\bfor\s+legislation\s+(?:to|relative|that|providing|establishing)\b"
)
_SHOULD_LAWMAKERS_ENACT = compile_pattern(
    r"\bshould\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:legislature|assembly|congress|general\s+court|council)\s+"
    r"(?:enact|adopt|pass|amend|create|establish)\b"
)
_POLICY_SHALL_PROVIDE = compile_pattern(
    r"\W*(?:(?:\(\w{1,4}\)|[a-z0-9]{1,3}[_.)])\s*)*(?:the|each|a|every)\s+(?:model\s+|written\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:polic(?:y|ies)|model\s+(?:ordinance|code|bill|act))\s+"
    r"(?:adopted\s+[^.;:]{0,80}?\s+)?(?:shall|must)\s+(?:provide|require|state|include|prohibit)\b"
)


_STUDIES_WHETHER = compile_pattern(
    r"\b(?:stud(?:y|ies|ying)|examin(?:e|es|ing|ation\s+of)|evaluat(?:e|es|ing|ion\s+of)"
    # ("shall study and report to Council by June 30, 2028 on whether ...")
    r"|analy[sz](?:e|es|ing|is\s+of)|assess(?:es|ing|ment\s+of)?|reports?(?:\s+to\s+[^.;]{1,60}?)?\s+(?:on|upon)"
    r"|recommendations?\s+(?:on|upon|as\s+to)|address(?:es)?"
    # ("the work group shall consider (i) whether ...": a study body's questions, not a court's
    # or a licensing board's duty to "consider whether" in one case)
    r"|(?:work\s*group|working\s+group|task\s+force|study\s+group|study\s+committee|panel)\b[^.;]{0,60}?"
    r"\b(?:shall|to)\s+(?:consider|determine|review|explore|weigh|discuss))\s*:?\s*(?:\(\w{1,4}\)\s*)?"
    # ("The Comptroller General shall study the extent to which States ... indemnify ...")
    r"(?:whether|the\s+extent\s+to\s+which)\b"
    # (options and feasibility put to a working group: "shall consider options for: (1) ...")
    r"|\b(?:options|alternatives)\s+(?:for|to)\b[^.]{0,40}?:|\bthe\s+feasibility\s+of\b"
    # ("the task of studying the following topics during the interim: (1) Whether a civil action
    # should lie ...")
    r"|\bstud(?:y|ies|ying)\b[^.;]{0,100}?\btopics?\b[^.;]{0,60}?:\s*(?:\(\w{1,4}\)\s*)?whether\b"
    # (a listed question on its own: "(2) Whether qualified immunity should be available")
    r"|^\W{0,4}(?:\(\w{1,4}\)\s*){1,3}whether\b[^.;]{0,200}?\bshould\b"
)


# Any finite verb or auxiliary: a sentence without one is a heading, not a rule.
_HEADING_WORD_LIMIT = 8
_CATCH_WORD_LIST_LENGTH = 300
_RULING_VERB = compile_pattern(
    r"\b(?:shall|must|is|are|was|were|be|been|has|have|had|may|might|can|cannot|will|would|does|do|did"
    r"|appl(?:y|ies)|means|includes?|owes?|bars?|affects?|remains?|continues?)\b"
)
# What may stand before a catch-line on its line: section labels only ("33. ", "§ 30. ",
# "Sec. 6. NEW SECTION. 670B.6 ").
_LABELS_ONLY = compile_pattern(
    r"(?:[ \t]*(?:§+[ \t]*|sec(?:tion)?\.?[ \t]+|new[ \t]+section\.)?\(?[\w.:-]{0,12}\d[\w.:-]{0,12}\)?\.?)+[ \t]*"
)
_LABELS_REACH = 40


def is_heading_only(body: str) -> bool:
    """A catch-line ("Duty to intervene; agency policy.", "Qualified immunity not a defense."):
    a few words with no verb."""
    # (asked of every candidate sentence by Reading._operative: the split stops after the limit,
    # so a long sentence is not split whole)
    words = body.split(None, _HEADING_WORD_LIMIT)
    if len(words) <= _HEADING_WORD_LIMIT:
        return _RULING_VERB.search(body) is None
    # A list of catch-words ("Civil action for deprivation of rights; law-enforcement officers;
    # qualified immunity not a defense."): short items with no verb among them.
    return (
        ";" in body
        and len(body) <= _CATCH_WORD_LIST_LENGTH
        and _RULING_VERB.search(body) is None
        and all(len(item.split()) <= _HEADING_WORD_LIMIT for item in body.split(";"))
    )


def is_catch_line(sentence: Sentence, lowered: str) -> bool:
    """A section's catch-line read as a sentence of its own: a heading (``is_heading_only``)
    with only section labels before it on its line ("33. Qualified immunity not a defense." in
    an article's list of its sections). It names a section; it rules nothing."""
    if not is_heading_only(sentence.text):
        return False
    line_start = lowered.rfind("\n", 0, sentence.start) + 1
    return (
        sentence.start - line_start <= _LABELS_REACH
        and _LABELS_ONLY.fullmatch(lowered, line_start, sentence.start) is not None
    )


# A clause that opens a list ("... who:", "... who: 1."), and the next lettered subsection
# after the list ("B. The sheriff ... shall notify").
_OPENS_A_LIST = compile_pattern(r":\s*(?:\(?\w{1,3}[._)]\s*)?$")
_NEXT_SUBSECTION = compile_pattern(r"\n\s*(?:[a-z][._]|\([a-z]\))\s")
_GROUNDS_REACH = 1500
# "... shall be subject to such disciplinary action as the chief ..., in its discretion, may
# determine": the consequence is the chief's choice.
# ("shall review the matter and determine whether to take disciplinary action": the review is
# owed, the action is a choice)
_LEFT_TO_DISCRETION = compile_pattern(
    r"\bin\s+(?:its|his|her|their|the\s+\w+'s)\s+(?:sole\s+)?discretion\b|\bas\s+(?:[^.;]{0,80}?\s)?may\s+determine\b"
    r"|\b(?:determine|decide|consider|evaluate)\s+whether\s+(?:or\s+not\s+)?to\s+(?:take|impose|initiate|seek"
    r"|pursue|revoke|suspend|discipline|terminate|dismiss)\b"
    # A bar that follows only the employer's own choice ("If an officer is discharged by the
    # employer on account of conduct for which a judgment is entered ..., no agency may hire the
    # officer"), or that a chief may lift ("... unless the chief executive officer of the agency
    # certifies in writing that retention is in the public interest").
    r"|\bif\s+(?:an?|the|such)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|deputy|trooper)\s+is\s+(?:discharged"
    r"|terminated|dismissed|removed)\s+by\b"
    r"|\bunless\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:certifies|determines|finds|waives)\b"
)
_ONE_EMPLOYERS_BAR = compile_pattern(
    r"\bby\s+the\s+(?:[\w-]+\s+){0,2}?(?:agency|department|employer|office)\s+(?:that|which)\s+employed\b"
)
_PENALTY_OR_FINE = compile_pattern(r"\bcivil\s+penalt(?:y|ies)\b|\bfines?\b")
_AWARD_WORD = compile_pattern(r"\b(?:judgments?|judgements?|settlements?|awards?|damages)\b")
_CLAIM_DESCRIBED_IN = compile_pattern(
    r"\b(?:claims?|actions?)\s+(?:described|referred\s+to)\s+in\s+(?:sub(?:section|paragraph|division)\s+)?"
    r"\((?P<label>[a-z0-9]{1,3})\)"
)
_PROCEEDING_DESCRIBED_IN = compile_pattern(
    r"\bproceedings?\s+(?:described|referred\s+to)\s+in\s+(?:sub(?:section|paragraph|division)\s+)?"
    r"\((?P<label>[a-z0-9]{1,3})\)"
)
_ADMINISTRATIVE_PROCEEDING = compile_pattern(
    r"\b(?:arbitrat\w+|grievances?|disciplin\w+|revocation|decertif\w+|licens\w+|hearing\s+officer)\b"
)
# A label that opens a line: where a cited provision ends.
_NEXT_LINE_LABEL = compile_pattern(r"\n[ \t]*\([a-z0-9]{1,3}\)\s")
_PURPOSE_PARAGRAPH = compile_pattern(r"[\s\W]*for\s+the\s+purpose\s+of\s+[a-z]+ing\b")


def _title_after_header(body: str) -> bool:
    """A bill's long title run together with the print's header ("House File 612 - A BILL FOR
    An Act creating a civil action ..."): a title, whatever stands before it, unless the
    sentence amends or enacts something itself."""
    # (a print's header before the title may be long: sponsors, dates, committee actions)
    title = _LONG_TITLE.search(body, 0, _PURPOSE_TITLE_REACH)
    if title is None:
        return False
    # (a title's own "providing that the sheriff ... is liable for ..." describes, enacts nothing)
    if (
        title.end() <= _TITLE_REACH
        and _RULE_WORDS.search(_TITLE_CLAUSE_THAT.sub(" ", body)) is None
    ):
        return True
    # ("... AN ACT concerning Police Immunity and Accountability Act FOR the purpose of
    # specifying that a police officer ... is liable ...; establishing that ...": Maryland's
    # purpose paragraph after the title, its summary of the bill, with nothing enacted in it)
    return (
        _PURPOSE_AFTER_TITLE.search(body, title.end(), title.end() + _TITLE_REACH) is not None
        and _ENACTS_OR_AMENDS.search(body) is None
    )


_TITLE_CLAUSE_THAT = compile_pattern(
    r"(?:;|,)\s*(?:and\s+)?(?:providing|specifying|establishing|stating|declaring|clarifying)\s+that\b[^;]*"
)
_PURPOSE_AFTER_TITLE = compile_pattern(r"\bfor\s+the\s+purpose\s+of\s+[a-z]+ing\b")
_ENACTS_OR_AMENDS = compile_pattern(r"\bamended\b|\bto\s+read\b|\benacted\b")


_NOT_PUBLIC_ACTORS = compile_pattern(
    r"\b(?:who|that)\s+(?:is|are)\s+not\s+(?:acting\s+)?under\s+colou?r\s+of\b"
    r"|\b(?:who|that)\s+(?:is|are)\s+not\s+(?:an?\s+)?(?:public\s+)?(?:officers?|employees?|officials?|agents?)"
    r"\s+(?:or\s+(?:employees?|officers?|agents?)\s+)?of\s+(?:the|this|a|any)\b"
)
_EXCLUSION_IN_SUBJECT_REACH = 200
_IF_THE_DEFENDANT_IS = compile_pattern(
    r"\W*(?:\(\w{1,4}\)\s*)*(?:if|when|where)\s+(?:the\s+|a\s+)?(?:defendant|person\s+sued|respondent)\s+is\s+"
    r"(?P<phrase>(?:an?|any)\s+[^,:;.]{3,80}?)\s*[,:]"
)
_LONG_TITLE = compile_pattern(
    # (Alabama prints "ENROLLED, An Act, To provide ...")
    r"\b(?:a\s+bill\s+for\s+)?an\s+act,?\s+(?:creating|relating\s+to|concerning|providing|establishing|amending"
    r"|to\s+(?:provide|amend|create|establish|require|prohibit|allow|authorize|eliminate|end|abolish))\b"
)
_RULE_WORDS = compile_pattern(
    r"\bamended\b|\bto\s+read\b|\bis\s+liable\b|\bshall\b|\bmay\s+not\b|\benacted\b"
)
_TITLE_REACH = 300
_PURPOSE_TITLE_REACH = 800


# -- roles -------------------------------------------------------------------------

# "is liable", "shall be held jointly and severally liable": the predicate after a subject.
_IS_LIABLE = (
    r"(?:(?:shall be|is|are|be held|shall be held|becomes?)\s+(?:jointly and severally\s+)?"
    r"(?:liable|answerable)|(?:shall|may|must|will)\s+be\s+held\s+to\s+answer)"
)
_SUBJECT = compile_pattern(
    r"^\s*(?:" + lexicon.LABELS + r")?"
    # A run-in heading: "(a) In general.--Any Federal officer ..." (masked "in general_--"),
    # or a catch-line ending in ".-" with the subsection's label after it, or in a colon after
    # a code section's number ("10-14-2: CIVIL ACTION: A police officer who ...").
    r"(?:[a-z][a-z ,'-]{1,60}?(?:[_.]?\s*(?:--|—|–)|[_.]-|(?<=[a-z]):)\s*(?:\(\w{1,4}\)\s*)*)?"
    r"(?:(?:in|under|for|notwithstanding)\b[^,]{0,160},\s*)?"
    # (a citation's colon is no break: "registered under ... (C.45:19A-1 et seq.), who")
    r"(?P<np>(?:[^.;:]|(?<=\d):(?=\d)){2,220}?)(?:,?\s+(?:who|that|which|whose)\b|\s+"
    + _IS_LIABLE
    + r"|\s+"
    r"(?:shall|may)\s+not\s+(?:enjoy|assert|raise|claim|invoke)|\s+(?:is|are|shall\s+be)\s+not\s+"
    r"entitled\s+to\b)"
)
_AGAINST = compile_pattern(
    # Not an employer's "adverse action against" an employee, or "disciplinary action against".
    r"(?:(?<!adverse )(?<!disciplinary )(?<!retaliatory )(?<!personnel )(?<!takes )(?<!take )"
    # Nor those an action is denied against ("... and no action under this act shall lie against
    # the state, a county, or a municipality").
    r"(?<!\bno )(?<!\bno civil )"
    # Nor the misconduct complaints a records clause speaks of ("records relating to complaints
    # against its officers").
    # Nor "false complaints against officers", in the catch-line of an officer's own suit.
    r"\b(?:action|suit|claim|proceeding|(?<!of )(?<!to )(?<!regarding )(?<!concerning )(?<!about )"
    # (nor across them: "civil action for false complaints against law enforcement officers")
    r"(?<!false )(?<!frivolous )complaint|liabilit)\w*\b(?:(?!\bcomplaints?\b)[^.;]){0,100}?\bagainst(?!\s+whom\b)"
    # ("liability attaches to any law-enforcement officer who ...": whom it attaches to)
    r"|\bliability\s+(?:shall\s+)?attach(?:es)?\s+to"
    # ("... may recover from the law enforcement officer and the officer's employing agency",
    # "Damages may be recovered from a covered entity")
    r"|\bmay\s+(?:be\s+)?recover(?:ed)?\b(?:\s+(?:(?:actual|compensatory|punitive|money)\s+)?damages)?\s+from"
    # ("Liability shall be imposed upon any peace officer who ..."; "has a right to recover, from
    # that peace officer, ..."; "The remedies of this section are available against ...")
    r"|\bliability\s+(?:shall\s+be|is|will\s+be)\s+imposed\s+(?:up)?on"
    r"|\bright\s+to\s+(?:recover|obtain),?\s+from"
    r"|\bremed(?:y|ies)\b[^.;]{0,40}?\bavailable\s+against)\s+"
    r"(?P<np>[^.;:]{2,160})"
)


# Police who serve schools ("a school resource officer", "other peace officer assigned to a
# public school"), and the schools' own people named beside them.
_SCHOOL_POLICE = compile_pattern(
    r"\bschool\s+(?:resource|safety|security)\s+officers?\b"
    r"|\b(?:other\s+)?(?:peace|police|law\s+enforcement)\s+officers?\s+(?:assigned|detailed)\s+to\s+"
    r"(?:an?\s+|the\s+)?(?:public\s+)?schools?(?:\s+of\s+the\s+district)?\b"
)
_SCHOOL_PEOPLE = compile_pattern(
    # (people, not the body that assigns an officer: "a law enforcement officer assigned to a
    # school by a school district" is police only)
    r"\b(?:employees?|members?|officials?|staff)\s+of\s+(?:an?\s+|the\s+|any\s+)?(?:school\s+(?:districts?|boards?"
    r"|units?)|education\s+service\s+districts?|boards?\s+of\s+education)\b"
    r"|\bschool\s+(?:employees?|officials?|administrators?|staff)\b|\bteachers?\b|\bprincipals?\b|\bsuperintendents?\b"
)


# Pure functions of the words, asked about the same clause by several readers.
@lru_cache(maxsize=4096)
def _union_of_listed_classes(phrase: str) -> Role | None:
    """The class of a list whose items a semicolon parts ("(a) a law enforcement officer ...
    employed by the state or by any political subdivision; and (b) any officer or employee of a
    county or municipality"), when one item is every police officer and another a wider public
    class: each item's words qualify that item only. None for any other list."""
    items = [item for item in rx.split(r";\s*(?:and|or)?", phrase) if item.strip()]
    if len(items) < 2:
        return None
    roles = [role_of(item) for item in items]
    if Role.POLICE not in roles:
        return None
    others = {role for role in roles if role is not Role.POLICE}
    if (
        others & {Role.BROAD, Role.BROAD_EXCEPT_POLICE}
        or {Role.STATE_ONLY, Role.LOCAL_ONLY} <= others
    ):
        # every police officer and every other public employee ("(b) any officer or employee of
        # the Commonwealth ...; and (c) any officer or employee of a county, city, ...": the two
        # levels together)
        return Role.BROAD
    if others & {Role.LOCAL_ONLY, Role.STATE_ONLY, Role.POLICE_AND_OTHERS, Role.ELECTED}:
        return Role.POLICE_AND_OTHERS
    return None


@lru_cache(maxsize=4096)
def _later_items_are_officers(rest: str) -> bool:
    """Whether every item of a list after its first (every police officer) is a kind of officer
    ("a correctional officer", "a deputy jailer"), not another occupation ("a teacher")."""
    rest = rx.split(
        r"\b(?:who|that|which|whose|while|when)\b|\bemployed\b|[.;:]", rest, maxsplit=1
    )[0]
    items = [item for item in rx.split(r",|\bor\b|\band\b", rest) if item.strip()]
    return bool(items) and all(_OFFICER_KIND.search(item) for item in items)


# The employer a list of classes ends with (", employed by the State or by a unit of local
# government"): whose people they are, not another class.
_EMPLOYER_AFTER_THE_LIST = compile_pattern(
    r",?\s+(?:who\s+(?:is|are)\s+)?(?:employed|appointed|commissioned)\s+by\b[^;]*$"
)
_PRIVATE_BODY_FIRST = compile_pattern(
    r"[\W_]*(?:#+\s*)?(?:sec(?:tion)?[_.]?\s*[\w_.-]+[_.]?\s+)?(?:the|a|an|any|each|every|such)\s+(?:private\s+)?"
    # ("the towing company": a trade named before the company)
    r"(?:[\w-]+\s+){0,2}?(?:corporation|company|firm|business|carrier|railroad|railway)s?\b(?!\s+police)"
    # The body that bargains for officers, not the officers: "the exclusive bargaining
    # representative of its law enforcement officers", "a labor organization representing them".
    r"|[\W_]*(?:the|a|an|any|each|every|such|its|their)\s+(?:exclusive\s+)?(?:(?:collective\s+)?bargaining"
    r"\s+(?:representative|agent)|labor\s+(?:organization|union)|(?:police\s+|officers'?\s+)?union"
    r"|employee\s+organization)s?\b"
)
# Officers named with directors, or as a company's: the officers of a business, not of a
# government.
_CORPORATE_OFFICERS = compile_pattern(
    r"\bofficers?,?\s+(?:(?:or|and)\s+)?directors?\b|\bdirectors?,?\s+(?:or|and)\s+officers?\b"
    r"|\bofficers?\s+of\s+(?:an?|the|any|such)\s+(?:[\w-]+\s+){0,2}?(?:corporations?|compan(?:y|ies)|firms?"
    r"|businesses|banks?|insurers?|partnerships?|debt\s+buyers?|debt\s+collectors?|lenders?"
    r"|(?:limited\s+liability\s+)?compan(?:y|ies))\b"
    # ("the president, any vice president, the secretary, the treasurer ... of a corporation";
    # "... or member of the board of directors of a homeowners association")
    r"|\b(?:president|vice\s+president|secretary|treasurer)\b[^.;]{0,200}?\b(?:corporations?|compan(?:y|ies)"
    r"|associations?|board\s+of\s+directors)\b"
    r"|\bboard\s+of\s+directors\b"
)
_POLICE_WORD = compile_pattern(
    r"\b(?:police|peace|law\s+enforcement|sheriffs?|deput(?:y|ies)|constables?|troopers?|marshals?"
    r"|correction(?:s|al)|detention|jail)\b"
)
_OFFICER_OR_EMPLOYEE = compile_pattern(
    r"(?:\(\w{1,4}\)\s*)?(?:no|an?|any|every|each|the|such|that|all)\s+officers?\s+(?:or|and)\s+(?:an?\s+)?"
    r"employees?(?:\s*$|(?=,|\s+(?:shall|is|are|who|that|may|must|will|acting)\b))"
)
_GOVERNMENT_LEVEL_WORDS = compile_pattern(
    r"\b(?:municipal\w*|count(?:y|ies)|cit(?:y|ies)|local\w*|political\s+subdivisions?|agenc(?:y|ies)"
    r"|corporations?|governments?|state|commonwealth)\b"
)
_ANY_OTHER_PERSON_LAST = compile_pattern(r",?\s+or\s+any\s+other\s+(?:persons?|individuals?)\s*$")
# "past or present", "current or former": people of a government then and now, the same class.
_THEN_AND_NOW = (
    r"(?:(?:past|present|current|former)\s+(?:or|and)\s+(?:past|present|current|former)\s+)?"
)
_ITS_OFFICERS_AND_EMPLOYEES = compile_pattern(
    # ("its past or present officers, employees, or volunteers": the same people, then and now)
    r"(?:(?:any|all|each|one)\s+of\s+)?(?:its|their)\s+"
    + _THEN_AND_NOW
    + r"officers?\s*,?\s+(?:(?:employees?|agents?|servants?)\s*,\s*)*"
    r"(?:(?:or|and)\s+)?(?:employees?|agents?|servants?)\b"
)
_PEOPLE_OF_THE_DISTRICT = compile_pattern(
    r"\b(?:officers?|employees?|agents?)\s+of\s+the\s+district(?:\s+of\s+columbia)?\b(?!\s+(?:court|attorney))"
)
_DISTRICT_OF_A_KIND = compile_pattern(
    r"\b(?:school|water|sewer|special|fire|sanitary|park|transit|hospital|irrigation|library|utility)\s+district"
)
_OFFICER_KIND = compile_pattern(
    r"\b(?:officers?|deput(?:y|ies)|sheriffs?|marshals?|constables?|troopers?|jailers?|jailors?|wardens?"
    r"|guards?|investigators?|rangers?|agents?)\b"
    # ("a member of the Rhode Island state police")
    r"|\bmembers?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:police|patrol|sheriff\w*)\b"
)


_ACTING_FOR_A_GOVERNMENT = compile_pattern(
    r"\W*(?:an?|any|every|each)\s+(?:person|individual)s?\s+(?:who\s+(?:is|are)\s+acting|acting)"
    r"(?:\s+or\s+(?:has|have)\s+acted)?\s+(?:on\s+behalf\s+of|for)\s+(?P<employers>(?:a|an|any|the)\s+"
    r"(?:local\s+agenc(?:y|ies)|(?:local\s+)?(?:public|governmental)\s+(?:entity|entities|body|bodies|agency|agencies)"
    r"|political\s+subdivisions?|state|commonwealth|county|city|municipality|local\s+government)\b"
    r"(?:\s+(?:or|and)\s+(?:of\s+)?(?:a|an|any|the)\s+[\w\s]{3,40}?\b)?)"
)


def _level_of_employers(employers: str, local_words: re.Pattern[str]) -> Role | None:
    """Every employee of the governments named: of the State and its local governments
    (BROAD), of local governments only, of the State only; None when none is named. What counts
    as a local government beside the usual levels is ``local_words``."""
    state = _STATE_LEVEL_BODY.search(employers)
    local = _LOCAL_LEVEL_BODY.search(employers) or local_words.search(employers)
    if state and local:
        return Role.BROAD
    if local:
        return Role.LOCAL_ONLY
    if state:
        return Role.STATE_ONLY
    return None


_FEDERAL_PEOPLE = compile_pattern(
    r"\bfederal\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?|agents?|officials?|personnel)\b"
    r"|\b(?:officers?|employees?|agents?|officials?)\b[^,;]{0,40}?\bof\s+the\s+united\s+states\b"
)
_OTHER_LEVELS_NAMED = compile_pattern(
    r"\b(?:state|local|county|municipal\w*|city|tribal|tribes?|territor\w+|political\s+subdivision)\b"
)


# A relative clause on a member's certification: "who is certified as a police officer".
_CERTIFIED_AS_POLICE = compile_pattern(
    r",?\s+(?:who|that)\s+(?:is|are|has\s+been|have\s+been)\s+(?:certified|commissioned|sworn|licensed)\s+"
    r"(?:as\s+)?(?:an?\s+)?(?:police|peace|law\s+enforcement)\s+officers?\b"
)


# Where an indemnity's payers end and what it pays begins ("... shall indemnify the officer").
_INDEMNITEE_PART = compile_pattern(r"\bindemnif\w*")
# ("a jailer or detention officer of a county jail", not "any other employee of a county jail")
_GOVERNMENTS_JAIL = compile_pattern(
    r"(\b(?:jailers?|(?:detention|correction(?:al|s)?)\s+officers?)\s+of\s+(?:a|the|any)\s+)"
    r"(?:county|city|municipal|regional|state)\s+(jails?)\b"
)
_UNDER_CONTRACT_WITH_GOVERNMENT = compile_pattern(
    # (not "a person employed by or under contract with the state, a county or a municipality",
    # where the governments are the employers too)
    r"(?<!employed\s)(?<!by\sor\s)\b(?:under|pursuant\s+to)\s+(?:a\s+)?contracts?\s+with\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:state|commonwealth"
    r"|unit\s+of\s+local\s+government|county|city|municipality|political\s+subdivision|local\s+government"
    r"|public\s+(?:entity|body|agency)|governmental\s+(?:entity|unit))"
    r"(?:,?\s+(?:or|and)\s+(?:with\s+)?(?:a\s+|an\s+|any\s+)?(?:unit\s+of\s+local\s+government|county|city"
    r"|municipality|political\s+subdivision|local\s+government|public\s+(?:entity|body|agency)))?"
)


def role_of(phrase: str, *, noun_phrase: bool = True) -> Role:
    """Classify a noun phrase naming defendants (read in the analysis copy).

    With ``noun_phrase=False`` the text is a whole clause: a wide class counts only in
    subject position ("a public employee who", "against any public body"), never as the
    object of something else ("obligations on government actors").
    """
    # (words set apart by blanked labels or struck text read as one phrase: '" means:  a law
    # enforcement officer ...;  a correctional officer')
    phrase = sentence_text(phrase)
    if noun_phrase and "not" in phrase and _NOT_A_PUBLIC_ACTOR.search(phrase):
        # "Any person acting under color of state law who is not a public officer or employee,
        # including a bail enforcement agent ...": private people acting for the state.
        return Role.PRIVATE
    if noun_phrase and "not" in phrase:
        # ("a private security officer, not being an officer or employee of the state ... and not
        # acting under color of law": who the class is not says nothing of who it is)
        phrase = lexicon.NEGATED_DESCRIPTION.sub(" ", phrase)
    if noun_phrase and "jail" in phrase:
        # "a jailer or detention officer of a county jail": the jail's people, not the county's
        # (the county named as whose jail it is).
        phrase = _GOVERNMENTS_JAIL.sub(r"\1\2", phrase)
    if noun_phrase and "contract" in phrase:
        # "any person ... who under a contract with the State or a unit of local government
        # operates a detention facility": the governments are the contractor's counterparts,
        # not the people's employers.
        phrase = _UNDER_CONTRACT_WITH_GOVERNMENT.sub(" under a contract", phrase)
    if noun_phrase and _CERTIFIED_AS_POLICE.search(phrase):
        # "a member of the Oregon State Police who is certified as a police officer": the
        # relative clause says what kind of member, not which police; the head names the force.
        head = role_of(_CERTIFIED_AS_POLICE.sub(" ", phrase))
        if head is Role.POLICE_NARROW:
            return head
    if noun_phrase and _SCHOOL_POLICE.search(phrase):
        # "an employee of a school district ..., and includes a school resource officer or other
        # peace officer assigned to a public school": the schools' people, with the police they
        # have among them; some police and some other public employees, of local bodies only.
        rest = _SCHOOL_POLICE.sub(" ", phrase)
        if (
            _SCHOOL_PEOPLE.search(rest)
            and not lexicon.POLICE_TERM.search(rest)
            and not lexicon.BROAD_SUBJECT.search(rest)
            and not lexicon.BROAD_TERM.search(rest)
        ):
            return Role.LOCAL_ONLY
    if noun_phrase and ", including " in phrase:
        # "any officer or employee of the Commonwealth or of any locality, including any
        # law-enforcement officer as defined in § 9.1-101": officers given as examples of the
        # class named before them do not narrow it. (Governments named after "including" may
        # widen it: "employee of the commonwealth government, including ... municipalities".)
        head, examples = phrase.split(", including ", 1)
        if lexicon.POLICE_TERM.search(examples) and not _GOVERNMENT_LEVEL_WORDS.search(examples):
            named = role_of(head)
            # (a head read as police only, or as no one, says less than the whole phrase)
            if named not in (Role.UNNAMED, Role.PRIVATE, Role.POLICE, Role.POLICE_NARROW):
                return named
    if noun_phrase and _ANY_OTHER_PERSON_LAST.search(phrase):
        # "a peace officer, a correctional officer, a probation officer, or any other person":
        # the list ends in anyone, read as "any person" is (by what the clause says of them).
        return role_of("any person")
    if noun_phrase and _PRIVATE_BODY_FIRST.match(phrase):
        # "the corporation procuring a commission of any railroad police shall be liable": the
        # company that hires the officers, whoever the officers are.
        return Role.PRIVATE
    if (
        noun_phrase
        and _CORPORATE_OFFICERS.search(phrase)
        and not _POLICE_WORD.search(phrase)
        and not lexicon.PUBLIC_ENTITY.search(phrase)
        and not lexicon.BROAD_TERM.search(phrase)
    ):
        # "an officer, director, or managing agent of a debt buyer": a company's officers.
        return Role.PRIVATE
    if (
        noun_phrase
        and _FEDERAL_PEOPLE.search(phrase)
        and not _OTHER_LEVELS_NAMED.search(phrase)
        and not lexicon.PRIVATE_ACTOR.search(phrase)
    ):
        # "A Federal law enforcement officer", "any officer or employee of the United States":
        # one government's people (its police, or all of them), not every level's.
        return Role.POLICE_NARROW if _POLICE_WORD.search(phrase) else Role.FEDERAL_ONLY
    if noun_phrase and _OTHER_THAN_STATE_ACTORS.search(phrase):
        # "a person, other than a person acting under color of law, who ...": private people.
        # (read before the District's people: "any person, other than the District or an
        # officer, employee, or agent of the District")
        return Role.PRIVATE
    acting_for = _ACTING_FOR_A_GOVERNMENT.match(phrase) if noun_phrase else None
    if acting_for is not None:
        # "any person who is acting or has acted on behalf of a local agency, ... and includes
        # any police officer employed by a local agency": the government's people, named by
        # whom they act for (police named after "includes" among them).
        employers = acting_for.group("employers")
        if lexicon.LOCAL_GOVERNMENT.search(employers) and not rx.search(
            r"\b(?:state|commonwealth)\b", employers
        ):
            return Role.LOCAL_ONLY
        if lexicon.STATE_ONLY_SUBJECT.search(employers) and not lexicon.LOCAL_GOVERNMENT.search(
            employers
        ):
            return Role.STATE_ONLY
        return Role.BROAD
    if noun_phrase and (
        _ITS_OFFICERS_AND_EMPLOYEES.match(phrase.strip())
        or (
            _PEOPLE_OF_THE_DISTRICT.search(phrase)
            and not _DISTRICT_OF_A_KIND.search(phrase)
            and not _POLICE_WORD.search(phrase.split(" of the district")[0])
        )
    ):
        # "any of its officers, employees or agents": a government's people, all of them; "any
        # officer or employee of the District" (of Columbia, whose one government is both
        # levels): every public employee there.
        return Role.BROAD
    if noun_phrase and _OFFICER_OR_EMPLOYEE.match(phrase.strip()):
        # "No officer or employee shall be immune ...": the pair that names a government's people
        # generally (not "officer" alone, which in these bills most often means a police officer).
        return Role.BROAD
    if (
        noun_phrase
        and _LOCAL_GOVERNMENT_ITSELF.match(phrase)
        and not _STATE_LEVEL_BODY.search(phrase)
    ):
        # the local government itself, whatever departments (police among them) it includes
        return Role.LOCAL_ONLY
    listed = _PEOPLE_OF_LISTED_EMPLOYERS.match(phrase.strip()) if noun_phrase else None
    if listed is not None and not lexicon.POLICE_TERM.search(listed.group("employers")):
        # "any officer, employee, or agent of: (a) the Commonwealth ...; (b) a county, city ...":
        # every employee of the governments listed (not "officer" read as police).
        level = _level_of_employers(listed.group("employers"), lexicon.LOCAL_GOVERNMENT)
        if level is not None:
            return level
    qualified = _PEOPLE_OF_EMPLOYERS_QUALIFIED.match(phrase.strip()) if noun_phrase else None
    if (
        qualified is not None
        and not lexicon.POLICE_TERM.search(qualified.group("employers"))
        # ("... of a unit of local government who is vested by law with the power to make
        # arrests, including ...": the police, read below)
        and not lexicon.LAW_ENFORCEMENT_DUTIES.search(qualified.group("employers"))
        # (one named locality's people, as its own ordinance names them, are read below)
        and not _OF_A_NAMED_LOCALITY.search(phrase)
    ):
        # "any officer or employee of a consolidated local government ..., including any police
        # officer employed by such a government": all the people of those governments, police
        # among them; "... of the State or of a county, but does not include an officer or
        # employee of a municipality": the governments' people less a whole level's.
        employers, tail = qualified.group("employers"), qualified.group("tail")
        if tail.startswith(("including", "includes")):
            # (the governments may go on after "including": "of the state, including its
            # departments ..., and of any county, municipality, school district ...")
            employers = f"{employers} {tail}"
        # (governments named as such: a defined term like "a public entity" is read from its
        # definition elsewhere)
        # ("or other political subdivision of this state": local, whatever state it is in; and
        # what a term's definition leaves out is no employer: "does not include the State")
        employers = _LOCAL_OF_THE_STATE.sub(" political subdivision ", employers)
        employers = _LEFT_OUT_AFTER.split(employers, maxsplit=1)[0]
        level = _level_of_employers(employers, _NAMED_LOCAL_GOVERNMENT)
        if tail.startswith(("including", "includes")):
            if level is not None:
                return level
        elif level is Role.BROAD and (
            _LOCAL_LEVEL_BODY.search(tail) or lexicon.LOCAL_GOVERNMENT.search(tail)
        ):
            return Role.BROAD_EXCEPT_SOME_POLICE
    if noun_phrase and "whether" in phrase:
        # "a criminal justice officer ..., whether employed by the state, a county, a city, or any
        # other unit of government": every level's officers of that class, no wider class (read
        # before a citation's words go, which would join the employers to the last item).
        every_level = _WHETHER_EMPLOYED_BY_ANY_LEVEL.search(phrase)
        if every_level is not None and lexicon.POLICE_TERM.search(phrase, 0, every_level.start()):
            phrase = phrase[: every_level.start()]
    if noun_phrase and "as defined" in phrase:
        # The class is the same whatever statute defines its words.
        # (A comma stays where a new item of a list follows: "a law enforcement officer, as
        # defined in s. 165.85, a correctional officer ...".)
        phrase = _DEFINED_ELSEWHERE.sub(
            lambda match: "" if match.group("item") is None else ",", phrase
        )
        # ("a law enforcement officer as defined in section 2 of ..., MCL 28.602, who is employed
        # by a local unit of government": the citation goes, the words that narrow it stay)
        phrase = _DEFINED_ELSEWHERE_BEFORE_CLAUSE.sub("", phrase)
    if (
        noun_phrase
        and _PERSON_ACTING_ON_AN_OFFICER.match(phrase)
        and not lexicon.COLOR_OF_LAW_PERSON.search(phrase)
    ):
        # "a person who in good faith files a complaint against an officer": a member of the
        # public, named by what the person does about an officer.
        return Role.PRIVATE
    if lexicon.LAW_ENFORCEMENT_DUTIES.search(phrase):
        # "any officer, employee, contractor or agent ... whose duties include the enforcement
        # of laws": the class is the people who police, whatever their title.
        # ("... the authority to make arrests, to use physical force, or to hold a person in
        # custody": arrests or custody, so police and jail and custody staff besides.)
        # (not when every such person works for a police agency: "any other person who is
        # employed or commissioned by a law enforcement unit and who has authority to make arrests
        # or to use force")
        if _OR_OTHER_DUTIES.search(phrase) and not _OF_A_POLICE_AGENCY.search(phrase):
            return Role.POLICE_AND_OTHERS
        if noun_phrase and _EMPLOYED_BY_CLASS_OF_CITIES.search(phrase):
            # "a person employed by a 1st class city for the purpose of ... enforcing laws": the
            # police of some cities only.
            return Role.POLICE_NARROW
        if (
            noun_phrase
            and _OF_A_LOCAL_POLICE_DEPARTMENT.search(phrase)
            and not _STATE_FORCE.search(phrase)
        ):
            # "an employee of a police department of a county, city, or town who is responsible
            # for the prevention and detection of crime": local police only.
            return Role.POLICE_NARROW
        if (
            noun_phrase
            and _STATE_POLICE_AGENCY.search(phrase)
            and not _LOCAL_POLICE_AGENCY.search(phrase)
            and not lexicon.LOCAL_GOVERNMENT.search(phrase)
        ):
            # "a state police officer ... or any other employee of the state police department
            # who exercises the power of arrest": the State's police force only.
            return Role.POLICE_NARROW
        return Role.POLICE
    if noun_phrase and _GOVERNMENTS_AND_THEIR_PEOPLE.search(phrase):
        # '"Person" includes ... this state, a county, city ... or other political subdivision,
        # and any officer, employee or agent of any of them': every government and its people.
        return Role.BROAD
    if (
        noun_phrase
        and _PEOPLE_OF_THOSE_BODIES.search(phrase)
        and _STATE_LEVEL_BODY.search(phrase)
        and _LOCAL_LEVEL_BODY.search(phrase)
    ):
        # "any political subdivision, state agency, or officer or employee of either": the
        # State's bodies and the local ones, and the people of both.
        return Role.BROAD
    if noun_phrase and ";" in phrase:
        union = _union_of_listed_classes(phrase)
        if union is not None:
            return union
    first_item = _GENERAL_POLICE_ITEM_FIRST.match(phrase) if noun_phrase else None
    if (
        first_item
        and not _LIST_TAIL_QUALIFIES_ALL.search(phrase, first_item.end())
        and _later_items_are_officers(phrase[first_item.end() :])
    ):
        # "a law enforcement officer, as defined in Section 23-23-10, and a correctional officer
        # employed by the Department of Corrections or by a county": every police officer is the
        # first item; the employers named after belong to the later item only.
        return Role.POLICE
    if (
        noun_phrase
        and _STATE_POLICE_AGENCY.search(phrase)
        and (
            _LOCAL_POLICE_AGENCY.search(phrase)
            # (or the local police named otherwise, with institutions' police or a catch-all
            # besides: the list of every kind of police above)
            or (
                _LOCAL_POLICE_NAMED.search(phrase)
                and _POLICE_OF_INSTITUTIONS_OR_ANY_OTHER.search(phrase)
            )
        )
        and not lexicon.BROAD_TERM.search(phrase)
        and not _OF_A_NAMED_LOCALITY.search(phrase)
        and not _CLASS_BY_POPULATION.search(phrase)
    ):
        # "a member of a police department of a municipality, the Pennsylvania State Police, a
        # sheriff's office ...": agencies listed from every level of government, all police.
        return Role.POLICE
    if lexicon.POLICE_TERM.search(phrase) and (
        _CLASS_BY_POPULATION.search(phrase)
        or (
            noun_phrase
            and _OF_A_NAMED_LOCALITY.search(phrase)
            and not lexicon.BROAD_TERM.search(phrase)
            # ("any officer or employee of the City of Evanston": all of one city's people)
            and not rx.search(r"\b(?:employees?|officials?|personnel|agents?)\b", phrase)
        )
    ):
        return Role.POLICE_NARROW
    if noun_phrase and _EMPLOYER_OF_THE_DEFENDANT.search(phrase):
        # "a law enforcement officer, or the public entity that employs the officer": the
        # officer's employer sued beside the officer widens no class.
        rest = _EMPLOYER_OF_THE_DEFENDANT.sub(" ", phrase)
        if lexicon.POLICE_TERM.search(rest) or lexicon.BROAD_TERM.search(rest):
            return role_of(rest)
    if noun_phrase and _OR_OTHER_POLICE.search(phrase) and not lexicon.BROAD_TERM.search(phrase):
        # "a sheriff, deputy sheriff, constable, marshal, municipal policeman, highway patrolman
        # or other officer of the peace of this state": the kinds named are examples of the
        # class the list ends with.
        return Role.POLICE
    including = _INCLUDING.search(phrase)
    if including and noun_phrase:
        # "any person who holds public office ..., including any officer of a law enforcement
        # agency": the examples after "including" belong to the class before it.
        head = role_of(phrase[: including.start()])
        if head is Role.STATE_ONLY and lexicon.LOCAL_GOVERNMENT.search(phrase, including.end()):
            # "... employee of the Commonwealth government, including its ... municipalities":
            # the local governments counted in.
            return Role.BROAD
        if head.public:
            return head
    employed = _POLICE_EMPLOYED_BY.match(phrase) if noun_phrase else None
    if employed:
        # "a peace officer of a unit of local government", "a police officer employed by a public
        # university", "any law enforcement officer of this State or of a unit of local
        # government": the governments named are the officers' employers, not defendants.
        employer = employed.group("employer")
        if employed.group("of") and _OF_THIS_STATE_ALONE.match(employer):
            # "a peace officer of this state who ...": the state whose officers they are, every
            # one of them (not "employed by this state", nor "of this state or of a county").
            return Role.POLICE
        catch_all = _ANY_OTHER_AGENCY.search(phrase, employed.start("employer"))
        if catch_all is not None and not catch_all.group("government"):
            # "... of the Metropolitan Police Department, the Housing Authority Police Department,
            # or any other District agency": the agencies named are examples of every agency.
            return Role.POLICE
        state = bool(_STATE_EMPLOYER.search(employer))
        local = bool(_LOCAL_EMPLOYER.search(employer))
        if state and local:
            return Role.POLICE
        if state or local or _INSTITUTION_EMPLOYER.search(employer):
            return Role.POLICE_NARROW
        # "a police officer of the Maryland Capitol Police", "peace officers of the department
        # of public safety": one named agency's officers.
        if _ONE_AGENCY_EMPLOYER.match(employer) and not _ANY_AGENCY.search(employer):
            return Role.POLICE_NARROW
    named_agency = _OF_ONE_NAMED_POLICE_AGENCY.search(phrase) if noun_phrase else None
    if (
        named_agency is not None
        and not lexicon.BROAD_TERM.search(phrase)
        and not lexicon.UNQUALIFIED_POLICE_CLASS.search(phrase)
        and not rx.search(r"\b(?:any|every|each)\s+other\b|\bor\s+(?:of\s+)?(?:an?|any)\s+", phrase)
        # (not an example of a wider class: "a District employee, including a sworn member of
        # the Metropolitan Police Department")
        and not rx.search(r"\bincluding\b", phrase[: named_agency.start()])
        # (nor the District of Columbia's own force, the police of a whole jurisdiction; a city's
        # "Las Vegas Metropolitan Police Department" is one agency among a state's many)
        and not _DISTRICT_POLICE.search(named_agency.group(0))
    ):
        # "a sworn member of the Berkeley Police Department", "any sworn officer of the Columbus
        # Division of Police", "a deputy employed by the Multnomah County Sheriff's Office": one
        # named agency's officers.
        return Role.POLICE_NARROW
    agency_officer = _OFFICER_OF_A_POLICE_AGENCY.match(phrase) if noun_phrase else None
    # (not "a member of a police department appointed ... by a state educational institution":
    # the words after say whose department)
    if agency_officer and not _QUALIFIED_AFTER.search(phrase, agency_officer.end()):
        # "any officer of a law enforcement agency of this State or of a unit of local
        # government": the agency is a police agency, whichever government it belongs to.
        governments = agency_officer.group("governments") or ""
        state = bool(_STATE_EMPLOYER.search(governments))
        local = bool(_LOCAL_EMPLOYER.search(governments))
        if state != local:
            return Role.POLICE_NARROW
        if state or not governments:
            return Role.POLICE
    levels = _OFFICER_OF_LEVELS_AGENCY.match(phrase) if noun_phrase else None
    if levels is not None:
        # "any officer of a State, county, municipal, or university law enforcement agency":
        # the levels of government named before the agency say whose police these are.
        named = levels.group("levels")
        state = bool(rx.search(r"\bstate\b", named))
        local = bool(rx.search(r"\b(?:local|county|municipal|city|village|town|township)\b", named))
        if state and local:
            return Role.POLICE
        if state or local:
            return Role.POLICE_NARROW
    listed = _OFFICERS_LISTED_THEN_EMPLOYER.match(phrase) if noun_phrase else None
    if (
        listed
        and lexicon.GENERAL_POLICE_CLASS.search(listed.group("kinds"))
        and not rx.search(r"\bemployees?\b|\bofficials?\b", listed.group("kinds"))
        and _STATE_EMPLOYER.search(listed.group("employer"))
        and _EVERY_LOCAL_EMPLOYER.search(listed.group("employer"))
    ):
        # "a peace officer, a jailer, a correctional officer or a deputy marshal employed by this
        # State or a political subdivision": every police officer, with a few officer kinds.
        return Role.POLICE
    if noun_phrase and _ENTITY_AND_ITS_POLICE.search(phrase):
        # "A governmental entity and its peace officer": the entity is named as the police
        # officer's employer, not as a wider class of defendant.
        return Role.POLICE
    on_behalf = _ON_BEHALF_OF_GOVERNMENT.search(phrase)
    if noun_phrase and on_behalf:
        # "any person acting on behalf of the state or a political subdivision": the people a
        # government acts through, every one of them.
        if lexicon.LOCAL_GOVERNMENT.search(on_behalf.group(0)) or _LOCAL_EMPLOYER.search(
            on_behalf.group(0)
        ):
            return Role.BROAD
        return Role.STATE_ONLY
    if noun_phrase and explicitly_private(phrase):
        return Role.PRIVATE
    listed = _GOVERNMENT_PEOPLE_LISTED.search(phrase) if noun_phrase else None
    if (
        listed is not None
        and rx.search(r"\bemployees?\b", listed.group(0))
        and not lexicon.POLICE_TERM.search(phrase[: listed.start()])
        # (the state named as the first employer, the local governments after it, and nobody
        # left out: "other than an employee of a school district" is a narrower class)
        and rx.search(r"\b(?:state|commonwealth)$", listed.group(0))
        and lexicon.LOCAL_GOVERNMENT.search(phrase, listed.end())
        and not rx.search(r"\b(?:other\s+than|except|excluding|but\s+not)\b", phrase)
        # (nor those of them with some duties: "... who is authorized to use physical force")
        and not rx.search(r"\b(?:who|whose|that|which)\b", phrase[listed.end() :])
    ):
        # "any officer, employee, volunteer or contractor of this State or of any political
        # subdivision of this State": the people of every government, contractors among them.
        return Role.BROAD
    others = lexicon.ELECTED_ONLY.sub(" ", phrase)
    if (
        lexicon.ELECTED_ONLY.search(phrase)
        and not lexicon.BROAD_SUBJECT.search(others)
        # "A law enforcement officer, firefighter or public school teacher": police among them.
        and not lexicon.POLICE_TERM.search(others)
    ):
        return Role.ELECTED
    if noun_phrase and lexicon.PUBLIC_OCCUPATION_ALONE.search(phrase):
        # "A child protective services worker", "a public hospital employee", "any employee of
        # the cabinet for health and family services": one public occupation that is not police,
        # named alone (no police and no wider class beside it).
        rest = lexicon.OTHER_PUBLIC_OCCUPATION.sub(" ", phrase)
        if not (
            lexicon.POLICE_TERM.search(rest)
            or lexicon.BROAD_SUBJECT.search(rest)
            or lexicon.BROAD_TERM.search(rest)
            or lexicon.COLOR_OF_LAW_PERSON.search(rest)
        ):
            return Role.ELECTED
    if (
        noun_phrase
        and others != phrase
        and lexicon.POLICE_TERM.search(others)
        and not lexicon.BROAD_SUBJECT.search(others)
        and not lexicon.BROAD_TERM.search(others)
    ):
        # "A police officer or an elected public official": police and some named officials,
        # not every public employee ("public official" there is the elected kind only).
        return Role.POLICE_AND_OTHERS
    if (
        noun_phrase
        and lexicon.LOCAL_ONLY_SUBJECT.search(phrase)
        # ("an employee of a local public entity": the public entity is the local one.)
        and not lexicon.BROAD_TERM.search(lexicon.LOCAL_ONLY_SUBJECT.sub(" ", phrase))
        # (not a list that names the State's own force beside the local ones: "a sheriff, ...,
        # officer of the department of Kentucky state police, police officer of a city, ...")
        and not _STATE_FORCE.search(phrase)
    ):
        local = lexicon.LOCAL_ONLY_SUBJECT.search(phrase)
        before = phrase[: local.start()] if local else ""
        # (the local people an item of their own: "a peace officer or a local government
        # employee", not "a police officer or employee of a city", one city's people)
        if (
            _ITEM_OF_ITS_OWN.search(before)
            and lexicon.POLICE_TERM.search(before)
            and not lexicon.NARROW_POLICE.search(before)
        ):
            # "a peace officer or a local government employee": every police officer, and one
            # level's other employees besides.
            return Role.POLICE_AND_OTHERS
        return Role.LOCAL_ONLY
    if lexicon.COLOR_OF_LAW_FOR_POLICE.search(phrase) and not lexicon.BROAD_TERM.search(phrase):
        # "any person acting under color of law on behalf of a law enforcement agency"
        return Role.POLICE
    if (
        noun_phrase
        and lexicon.STATE_ONLY_SUBJECT.search(phrase)
        and lexicon.UNQUALIFIED_POLICE_CLASS.search(lexicon.STATE_ONLY_SUBJECT.sub(" ", phrase))
        and not lexicon.LOCAL_GOVERNMENT.search(phrase)
    ):
        # "A law enforcement officer, or an employee of an agency of the executive branch of
        # State government": every police officer, and the State's employees besides; local
        # governments' other employees are left out.
        return Role.POLICE_AND_OTHERS
    if lexicon.COLOR_OF_LAW_PERSON.search(phrase) or lexicon.BROAD_SUBJECT.search(phrase):
        broad = lexicon.BROAD_SUBJECT.search(phrase)
        if (
            broad
            and lexicon.STATE_ONLY_SUBJECT.search(broad.group(0))
            and not lexicon.LOCAL_GOVERNMENT.search(phrase)
        ):
            return Role.STATE_ONLY
        if noun_phrase and _DUTIES_NARROW_THE_CLASS.search(phrase):
            # "Any public employee whose duties include the arrest, detention, custody,
            # supervision or care of persons": some public employees, police among them.
            return Role.POLICE_AND_OTHERS
        if noun_phrase and _police_and_state_and_county_employees(phrase):
            return Role.POLICE_AND_OTHERS
        if (
            noun_phrase
            and lexicon.OTHER_PUBLIC_OCCUPATION.search(phrase)
            and any(
                lexicon.UNQUALIFIED_POLICE_CLASS.search(item) for item in _LIST_ITEMS.split(phrase)
            )
            and not lexicon.BROAD_SUBJECT.search(
                _EMPLOYER_AFTER_THE_LIST.sub(" ", lexicon.OTHER_PUBLIC_OCCUPATION.sub(" ", phrase))
            )
        ):
            # "A law enforcement officer, a detention officer, or an employee of a local board of
            # education, employed by the State or by a unit of local government": the only
            # employees named are a school board's, beside the police.
            return Role.POLICE_AND_OTHERS
        if noun_phrase and _SOME_EMPLOYEES_EXCEPTED.search(phrase):
            # "An officer or employee of the state or of any political subdivision, other than an
            # employee of a public school district": every public employee but some.
            return Role.POLICE_AND_OTHERS
        if noun_phrase and _EMPLOYED_BY_POLICE_AGENCIES.search(phrase):
            # "any person employed by a state, county, or municipal law enforcement agency,
            # whether sworn or civilian": the police agencies' people, at every level.
            return Role.POLICE
        return Role.BROAD
    if noun_phrase and lexicon.BROAD_TERM.search(phrase):
        # "the state employee": state employees only, as with "a state employee" above.
        if (
            lexicon.STATE_ONLY_SUBJECT.search(phrase)
            and not lexicon.LOCAL_GOVERNMENT.search(phrase)
            # ("state or local employees": every level; "officers or employees of the
            # Commonwealth": the state's people only)
            and not rx.search(
                r"\b(?:or|and)\s+(?:[\w-]+\s+)?(?:local|municipal|county|city|federal|other)\b",
                phrase,
            )
        ):
            return Role.STATE_ONLY
        return Role.BROAD
    if lexicon.ANY_ARRESTING_AGENCY.search(phrase):
        return Role.POLICE  # a list of agencies that ends with every agency that arrests
    if (
        noun_phrase
        and lexicon.OTHER_PUBLIC_OCCUPATION.search(phrase)
        and any(lexicon.UNQUALIFIED_POLICE_CLASS.search(item) for item in _LIST_ITEMS.split(phrase))
    ):
        # "(1) a peace officer; (2) a probation officer; (3) a social worker employed by a
        # county": all police, and some other public employees (whose employer narrows them,
        # not the police).
        return Role.POLICE_AND_OTHERS
    employed_by = _PERSON_EMPLOYED_BY_GOVERNMENT.search(phrase) if noun_phrase else None
    if employed_by is not None and not lexicon.POLICE_TERM.search(phrase):
        # "a person employed by a city or county": every employee of local governments, not
        # one kind of officer ("a person employed by a county as a detention officer" is);
        # "any person employed by a county or by the state": every public employee.
        employers = employed_by.group("employers")
        if _EMPLOYED_BY_POLICE_AGENCIES.search(phrase):
            # "any person employed by a state, county, or municipal law enforcement agency,
            # whether sworn or civilian": the police agencies' people, at every level.
            return Role.POLICE
        state = bool(rx.search(r"\bstate\b|\bcommonwealth\b", employers))
        local = bool(_LOCAL_EMPLOYER.search(employers))
        if state and local:
            return Role.BROAD
        return Role.STATE_ONLY if state else Role.LOCAL_ONLY
    narrow = lexicon.NARROW_POLICE.search(phrase)
    example = _INCLUDING.search(phrase) if narrow else None
    if (
        example is not None
        and example.start() < narrow.start()
        and rx.search(r"\bemployees?\b", phrase[: example.start()])
    ):
        # "any employee of a public school unit ..., including a campus law enforcement
        # officer": the narrow police are one example of a class of employees.
        narrow = None
    if narrow and not _kinds_beside_general_police(phrase):
        return Role.POLICE_NARROW
    if lexicon.NARROW_KIND.search(phrase) and not lexicon.UNQUALIFIED_POLICE_CLASS.search(phrase):
        return Role.POLICE_NARROW
    if lexicon.ONE_STATE_AGENCY.search(phrase) and not lexicon.GENERAL_POLICE_CLASS.search(
        # ("an employee of the state police department who is a police officer under IC
        # 10-11-2": the clause says which of the agency's employees, not another class)
        _WHO_IS_AN_OFFICER.sub(" ", phrase)
    ):
        return Role.POLICE_NARROW
    if (
        noun_phrase
        and lexicon.STATE_ONLY_SUBJECT.search(phrase)
        and not lexicon.LOCAL_GOVERNMENT.search(phrase)
        and not lexicon.GENERAL_POLICE_CLASS.search(phrase)
    ):
        # "any officer or employee of a department, agency, or institution of the state
        # government": the State's people, its officers among them.
        return Role.STATE_ONLY
    if lexicon.POLICE_TERM.search(phrase):
        if noun_phrase and lexicon.COUNTY_OFFICERS_ONLY.match(phrase):
            return Role.POLICE_NARROW  # sheriffs and deputies only
        if noun_phrase and lexicon.OTHER_PUBLIC_OCCUPATION.search(phrase):
            return Role.POLICE_AND_OTHERS
        return Role.POLICE
    if noun_phrase and _SERVES_EVERY_GOVERNMENT.search(phrase):
        # "any individual who is employed by, holds office in, or acts under contract on behalf
        # of the state or a political subdivision": every government's people.
        return Role.BROAD
    if noun_phrase and rx.search(
        r"\b(?:person|individual|entity|employer|licensee|company|corporation)", phrase
    ):
        return Role.PRIVATE
    return Role.UNNAMED


# A definition's second sentence that leaves the doctrine out: "The term does not include
# (i) qualified immunity".
_TERM_EXCLUDES_QI = compile_pattern(
    r"\bthe\s+term\b[^.;]{0,20}?\b(?:does|shall)\s+not\s+include\b[^.;]{0,60}?\bqualified\s+immunity"
)
# The head of the definition before it: "(1) Defense. -", "(1) Defense. –", '"Defense" means'.
_DEFINITION_HEAD = compile_pattern(
    r"(?:(?:^|\n)[ \t]*|\(\w{1,3}\)[ \t]*)(?P<term>[a-z][a-z' -]{2,40}?)[._]?[ \t]*(?:[\u2013\u2014]|-{1,2})[ \t]"
    r"|[\"\u201c'](?P<quoted>[a-z][a-z -]{2,40}?)[\"\u201d']\s+means\b"
)
_INCLUDING = compile_pattern(r",?\s+including\b")
# An officer named as the one who sues: "A police officer against whom ... may recover damages".
# (The officer must open the clause: "A person injured by a peace officer may bring an action"
# names the officer as the defendant.)
_OFFICER_OPENS_AND_MAY = (
    # (after a run-in heading: "(a) Right of action.--A police officer injured by ... may bring")
    r"^(?:\s*\(?[a-z0-9]{1,4}[)_]\s*)*(?:[a-z ]{1,40}(?:[._]--|--|[._]\s*-)\s*)?(?:an?|any|the|each|every)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:officers?|deput(?:y|ies)|troopers?)\b[^.;]{0,200}?\bmay\s+"
)
_OFFICER_SUES_A_PERSON = compile_pattern(
    _OFFICER_OPENS_AND_MAY + r"(?:bring|maintain|file|commence)\s+(?:an?\s+)?"
    # ("may bring a civil action for defamation against the complainant")
    r"(?:civil\s+)?(?:action|suit|claim)\s+(?:for\s+(?:[\w-]+\s+){1,4}?)?against\s+(?:the|a|an|any|that|such)\s+"
    r"(?:complainants?|persons?|individuals?"
    r"|reporters?)\b"
)
# A section's number and catch-line before its text ("112_5325 Civil action for false complaints
# against law enforcement officers.- (1) ...").
_NUMBER_AND_CATCH_LINE = compile_pattern(r"\s*(?:\d[\w_.-]*\s+)?[^.;:]{3,120}?[._]-+\s*")


def _inserted_text(body: str) -> str:
    """A clause's own words, after an amending instruction ("Section 112.5325, Florida Statutes,
    is created to read:") and the new section's number and catch-line, if it opens with them."""
    formula = _AMENDING_FORMULA.search(body, 0, _FORMULA_REACH)
    if formula is None:
        return body
    body = body[formula.end() :]
    catch_line = _NUMBER_AND_CATCH_LINE.match(body)
    return body[catch_line.end() :] if catch_line else body


_OFFICER_AS_PLAINTIFF = compile_pattern(
    _OFFICER_OPENS_AND_MAY + r"(?:recover|sue|bring|maintain"
    r"|file|commence)\b"
)
# ", including a tribal law enforcement officer acting under a cross-deputization agreement,".
_OF_A_LOCAL_POLICE_DEPARTMENT = compile_pattern(
    r"\b(?:employees?|members?|officers?)\s+of\s+(?:a|an|any|the)\s+(?:police\s+department|sheriff'?s\s+office)\s+"
    r"of\s+(?:a|an|any|the)\s+(?:county|city|town|municipality|locality|village|borough|township)"
)
_ITEM_OF_ITS_OWN = compile_pattern(r"(?:,|\b(?:or|and))\s+(?:an?|any|every|each)\s+$")
_STATE_FORCE = compile_pattern(
    r"\bstate\s+police\b|\bhighway\s+patrol\b|\btroopers?\b|\bstate\s+agenc|\bof\s+(?:the|this)\s+state\s+or\b"
)
_INCLUDING_EXAMPLES = compile_pattern(r",\s+including\b[^,;]{0,200},")
# A police class named with its employers: "a peace officer employed by the state".
_POLICE_EMPLOYED_BY = compile_pattern(
    r"(?:an?|any|every|each|all|the)\s+(?:[\w-]+\s+){0,2}?(?:police|peace|law[- ]enforcement)\s+officers?,?"
    r"\s+(?:(?P<of>of)|(?:who\s+(?:is|are)\s+)?(?:employed|appointed|commissioned)\s+by)\s+(?P<employer>[^;]{3,120})"
)
# "of this state" and nothing more after a police class: where the officers serve.
_OF_THIS_STATE_ALONE = compile_pattern(
    r"this\s+(?:state|commonwealth)\b(?!\s*,?\s*(?:or|and|police|highway|patrol|university|college"
    r"|department|agency|government)\b)"
)
# A cross-reference to where a term is defined, set off by commas: "a law enforcement officer,
# as defined in Section 2 of the Police Training Act, who is employed by ...".
_DEFINED_ELSEWHERE = compile_pattern(
    r",\s*as\s+defined\s+(?:in|under|by)\s+[^,;]{1,120}?(?:,(?P<item>(?=\s*(?:or\s+|and\s+)?(?:an?|any|every|each)\s))?"
    # (or the citation that ends the phrase: "..., or a custodial officer, as defined in Section
    # 831 of the Penal Code.")
    r"|[._]?\s*$)"
)
_DEFINED_ELSEWHERE_BEFORE_CLAUSE = compile_pattern(
    r"\s+as\s+defined\s+(?:in|under|by)\s+(?:(?!,\s*(?:or\s+|and\s+)?(?:an?|any|every|each|the)\s"
    r"|\s+(?:or|and)\s+(?:an?|any|every|each|the)\s)"
    r"(?:[^;.]|\.(?=\S))){1,160}?(?=,?\s+(?:who|that|whose|employed|appointed"
    r"|serving|commissioned)\b)"
)
_PERSON_ACTING_ON_AN_OFFICER = compile_pattern(
    r"\s*(?:\(?\w{1,3}[)_]\s*)*(?:an?|any|each|every|the)\s+(?:persons?|individuals?|residents?|citizens?|complainants?"
    r"|witness(?:es)?|members?\s+of\s+the\s+public)\s+who\b[^;]{0,120}?\b(?:against|about|concerning|regarding"
    # ("a person who knowingly makes a false complaint to a law enforcement agency")
    r"|to"
    # ("a person who, in good faith, reports ... a violation of this act by a law enforcement officer")
    r"|involving|by)\s+(?:an?|any|the|a\s+law\s+enforcement|a\s+peace|a\s+police)\s+(?:[\w-]+\s+)?(?:officers?"
    r"|employees?|officials?|deput(?:y|ies)|agenc(?:y|ies))\b"
)
# A savings clause for the people of one level of government: "Nothing in this subtitle affects
# the immunity of State personnel under section 5-522(b)"; "Nothing in the Act shall be construed
# to affect any immunity of an employee of the state or of any agency of the state".
_IMMUNITY_OF_PEOPLE_SAVED = compile_pattern(
    r"\bnothing\s+in\s+(?:this|these|the|sections?)\b[^.;]{0,120}?\b(?:affects?|(?:shall|may)\s+be\s+construed\s+to\s+"
    r"(?:affect|limit|abrogate|waive|impair)|limits?|abrogates?|waives?|impairs?)\s+(?:any|the)\s+(?:[\w-]+\s+)?"
    r"immunit(?:y|ies)\s+(?:of|available\s+to|enjoyed\s+by)\s+(?P<who>(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:personnel|employees?|officers?|officials?|agents?)\b[^.;]{0,160})"
)
_LOCAL_PUBLIC_BODY = compile_pattern(r"\blocal\s+public\s+bod(?:y|ies)\b")
_SECTIONS_WITHHELD_FROM_PEOPLE = compile_pattern(
    r"\bsections?\s+\d[\w.-]*(?:(?:,\s*|\s+and\s+|\s+or\s+)\d[\w.-]*)*\s+(?:of\s+this\s+act\s+)?(?:does|do|shall)\s+not\s+"
    r"apply\s+to\s+(?:an?\s+|any\s+)?(?:civil\s+)?(?:actions?|claims?)\b[^.;]{0,80}?\bagainst\s+"
    r"(?P<who>(?:an?|any)\s+(?:officers?|employees?|agents?)(?:\s+or\s+(?:officers?|employees?|agents?))?\s+of\s+"
    r"[^.;]{3,80})"
)
_STATE_PEOPLE = compile_pattern(
    r"\b(?:state|commonwealth)\s+(?:personnel|employees?|officers?|officials?)\b"
    r"|\b(?:of|by)\s+(?:the\s+)?(?:state|commonwealth)\b(?!\s+or\b)"
    # ("an employee of a Commonwealth agency", "an officer of a state department")
    r"|\b(?:of|by)\s+an?\s+(?:state|commonwealth)\s+(?:agency|department)\b(?!\s+or\b)"
)


# Every local government, not counties alone ("the state or a county" leaves out the cities'
# police).
def _narrowed_by_its_employers(role: Role, body: str) -> Role:
    """A definition's class narrowed by the employers its whole list names, the state and some
    local bodies but not the cities and towns: '"covered officer" means a law enforcement officer
    employed by the state or a county' (some police), '"public servant" means an officer or
    employee of this state, a county, or a school district' (the cities' people and police left
    out). Read on a definition's whole body only: a phrase cut at a comma may end at "county"."""
    if role not in (Role.POLICE, Role.BROAD):
        return role
    employed = _EMPLOYED_BY.search(body)
    if (
        employed is not None
        and role is Role.POLICE
        and _OTHER_OFFICERS_JUST_BEFORE.search(body, 0, employed.start())
        and lexicon.GENERAL_POLICE_CLASS.search(body, 0, employed.start())
    ):
        # '"covered officer" shall mean a law enforcement officer as defined in section 1 of
        # chapter 6E, or a correction officer employed by the commonwealth or a county': the
        # employers belong to the correction officers, not to the police named first.
        return role
    employers = employed.group(0) if employed is not None and role is Role.POLICE else body
    if role is Role.BROAD and not _PEOPLE_OF_GOVERNMENTS.match(_DEFINITION_LEAD.sub("", body, 1)):
        return role
    if (
        _STATE_EMPLOYER.search(employers)
        and _LOCAL_EMPLOYER.search(employers)
        and not _EVERY_LOCAL_EMPLOYER.search(employers)
        and _SOME_LOCAL_EMPLOYERS_ONLY.search(employers)
    ):
        return Role.POLICE_NARROW if role is Role.POLICE else Role.BROAD_EXCEPT_SOME_POLICE
    return role


# Officers of another kind than police, named just before the words that say who employs them.
_OTHER_OFFICERS_JUST_BEFORE = compile_pattern(
    r"\b(?:correction(?:al|s)?|detention|jail|custodial|probation|parole)\s+officers?\s*$"
)
# Whoever serves in a government's offices: "any person ... serving ... in any office, position
# or employment of the commonwealth".
_SERVING_IN_GOVERNMENT = compile_pattern(
    r"\b(?:any|every)\s+(?:person|individual)\b[^;]{0,160}?\b(?:office|position|employment)\s+(?:or\s+\w+\s+)?"
    r"(?:[\w,]+\s+){0,3}?of\s+(?:the\s+|this\s+)?(?:state|commonwealth)\b"
)
_ANY_LOCAL_GOVERNMENT = compile_pattern(
    r"\bpolitical\s+subdivisions?\b|\bcount(?:y|ies)\b[^;]{0,40}?\b(?:cit(?:y|ies)|towns?|municipal\w*)"
)
# A list's catch-all for the rest of the police: "any other person exercising police powers".
_EVERY_OTHER_POLICE = compile_pattern(
    r"\bany\s+other\s+(?:person|individual|officer)\s+(?:who\s+(?:exercises|has|holds)\s+|exercising\s+|having\s+"
    r"|holding\s+|vested\s+with\s+)(?:the\s+|any\s+)?(?:police|law[ -]enforcement|arrest)\s+powers?\b"
)
# An "including ..." tail of a definition: examples added to a class, not its limit.
# (the last words only: not "including a home rule unit, of the state of illinois, or ...")
_INCLUDING_TAIL = compile_pattern(r",?\s+including\b[^;,]*$")
# The people of governments named after them: "an officer or employee of this state, a county,
# or a school district", "an employee of the Commonwealth, a county or a school district".
_PEOPLE_OF_GOVERNMENTS = compile_pattern(
    r"\W*(?:means\s+)?(?:an?|any|every|each)\s+(?:officers?|employees?|agents?|officials?)(?:,?\s+(?:or|and)\s+"
    r"(?:an?\s+)?(?:officers?|employees?|agents?|officials?))*\s+of\s+(?:the\s+|this\s+)?(?:state|commonwealth)\b"
)
# Local employers named that are not every local government: counties alone, or school
# districts alone ("the state or a county"; "this state, a county, or a school district").
_SOME_LOCAL_EMPLOYERS_ONLY = compile_pattern(
    r"^(?:(?!\blocal|\bcit(?:y|ies)\b|\bmunicipal|\btowns?\b|\bvillages?\b|\bboroughs?\b|\btownships?\b"
    r"|\bpolitical\s+subdivision|\bother\b|\bany\s+(?:public|governmental)\b).)*$",
    re.S,
)
_EVERY_LOCAL_EMPLOYER = compile_pattern(
    r"political\s+subdivision|local\s+government|unit\s+of\s+local|\bcount(?:y|ies)\b[^;]{0,40}?\b(?:cit(?:y|ies)"
    r"|municipal\w*|towns?)\b|\b(?:cit(?:y|ies)|municipal\w*)\b[^;]{0,40}?\bcount(?:y|ies)\b"
)
# A list of officer kinds whose employers are named once, after the list.
_OFFICERS_LISTED_THEN_EMPLOYER = compile_pattern(
    r"\s*(?P<kinds>(?:an?|any|every|each|all|the)\s+[^;:]{3,160}?),?\s+(?:employed|appointed|commissioned)\s+by\s+"
    r"(?P<employer>[^;]{3,120})"
)
_STATE_EMPLOYER = compile_pattern(
    # (not "a county, city, ... or other political subdivision of this state": local only)
    r"(?<!subdivision of )(?<!subdivisions of )(?<!county of )(?<!city of )(?<!municipality of )"
    # ("a county or city police department or sheriff's office of this state": where they are)
    r"(?<!office of )(?<!offices of )(?<!department of )(?<!departments of )(?<!agency of )"
    r"(?<!agencies of )"
    r"\b(?:this|the)\s+(?:state|commonwealth)\b(?!\s+(?:university|college|school))"
    # ("a unit of State government", "a State agency": the State's own units)
    r"|\bunits?\s+of\s+(?:the\s+)?state\s+government\b|\bstate\s+(?:agenc(?:y|ies)|departments?)\b"
)
_LOCAL_EMPLOYER = compile_pattern(
    r"\b(?:units?\s+of\s+local\s+government|local\s+units?\s+of\s+government|political\s+subdivisions?"
    r"|local\s+governments?|county|counties|municipal\w*|city|cities|town|townships?|village|boroughs?"
    r"|localit(?:y|ies)|local\s+(?:law\s+enforcement\s+)?agenc(?:y|ies)|local\s+(?:governmental|government|public)\s+entit(?:y|ies))\b"
)
_INSTITUTION_EMPLOYER = compile_pattern(
    r"\b(?:university|college|school|transit|transportation|port|airport|housing|park)\b"
)
# One named local government's people: "a deputy sheriff of Hinds County", "police officers of
# the City of Akron" (not "of a county", "of any city").
# Every public actor left out of a bill's claims: police, and public entities or employees.
_PUBLIC_ACTORS_EXCLUDED = compile_pattern(
    # "This section does not apply to a public officer or employee acting in an official capacity."
    r"\bnot\s+apply\s+to\s+(?:an?\s+|any\s+)?public\s+(?:officers?|employees?|officials?)(?:\s+(?:or|and)\s+"
    r"(?:employees?|officers?|officials?))?\s+acting\s+in\s+(?:an?|the|his|her|their)\s+official\s+capacity\b|"
    r"\bnot\s+apply\s+to\s+(?:an?\s+|any\s+)?(?:peace|police|law\s+enforcement)\s+officers?\b[^.;]{0,200}?"
    r"\b(?:or|nor)\s+(?:to\s+)?(?:an?\s+|any\s+)?(?:public|governmental)\s+(?:entit(?:y|ies)|employees?|bod(?:y|ies))\b"
    # "Nothing in this Section applies to a unit of local government, to a housing authority, or
    # to any officer or employee of either": governments and their people, all left out.
    r"|\b(?:nothing\s+in\s+this\s+(?:section|act|chapter|article|part)\s+(?:applies|shall\s+apply)|not\s+apply)\s+"
    r"to\s+(?:an?\s+|any\s+|the\s+)?(?:state\b|(?:unit|units)\s+of\s+(?:local\s+)?government|political\s+"
    r"subdivisions?|public\s+(?:entit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies))|governmental\s+(?:entit|unit|bod)"
    r"|municipalit|count(?:y|ies)\b)[^.;]{0,160}?\b(?:officers?\s+(?:or|and)\s+employees?|employees?\s+(?:or|and)\s+"
    r"officers?|employees?)\s+(?:of\s+(?:either|any|them|such|the\s+same|each)|thereof)\b"
    # "This chapter does not apply to a public employee, a law enforcement officer, a
    # governmental entity, or any other person acting under color of law": everyone who acts for
    # a government left out.
    r"|\bnot\s+apply\s+to\b[^.;]{0,200}?\b(?:any\s+other|an?|any)\s+(?:persons?|individuals?)\s+"
    r"acting\s+under\s+(?:the\s+)?colou?r\s+of\b"
)
_INDEMNIFIED_AGAINST = compile_pattern(
    r"\b(?:indemnif\w*|hold\w*\s+harmless|save\w*\s+harmless|insur\w*)\b[^.;]{0,60}?\bagainst\s+"
    r"(?:an?\s+|any\s+|all\s+)?(?:claims?\s+(?:or|and)\s+)?(?:an?\s+|any\s+)?(?:civil\s+)?$"
)


def _lifts_limits_on_fees(part: str) -> bool:
    """Whether the fee words stand inside a lifting of limits ("No limitation of liability,
    damages or attorney's fees ... applies to an action under this section"), not in an award of
    their own beside it ("..., and the court shall award reasonable attorney fees ..., and neither
    the immunities nor the limitations on damages ... shall apply")."""
    fees = [m.start() for m in lexicon.ATTORNEY_FEES.finditer(part)]
    return any(
        any(lift.start() <= at < lift.end() for at in fees) or not fees
        for lift in lexicon.CAP_LIFT.finditer(part)
    )


def _fee_part(body: str) -> str:
    """In a run of rules joined by semicolons, the parts that speak of attorney fees; else the
    whole clause."""
    if body.count(";") < 2:
        return body
    parts = [part for part in body.split(";") if lexicon.ATTORNEY_FEES.search(part)]
    return "; ".join(parts) if parts else body


# Rules on another subject than defenses, and the words of a defense.
_OTHER_SUBJECT_RULE = compile_pattern(
    r"\bindemnif|\battorney'?s?'?\s+fees?\b|\brecords?\b|\bdisclos|\b(?:shall|must)\s+(?:personally\s+)?pay\b"
)
_DEFENSE_WORDS = compile_pattern(
    r"\bimmun|\bdefen[cs]e|good[ -]faith|clearly\s+established|reasonabl[ey]\s+believ"
)
# Fees the officer spent defending, paid for him; and any word for the one who sued.
_DEFENSE_FEES_PAID = compile_pattern(
    r"\bfees?\b[^.;]{0,40}?\bincurred\s+by\s+(?:the|an?|any|such)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officers?|employees?|defendants?|officials?|deput(?:y|ies)|agents?)\b"
)
_PLAINTIFF_WORDS = compile_pattern(
    r"\b(?:plaintiffs?|claimants?|prevailing|injured\s+(?:party|person))\b"
)
# A person who works for or holds office in the state and the local governments, by any verbs.
_SERVES_EVERY_GOVERNMENT = compile_pattern(
    r"\b(?:persons?|individuals?)\s+(?:who\s+(?:is\s+|are\s+)?)?(?:employed|holds?\s+(?:an?\s+)?(?:public\s+"
    r"|elected\s+(?:or\s+appointed\s+)?|appointed\s+(?:or\s+elected\s+)?)?office"
    # (the governments may be listed with semicolons: "the state; any department ...; and any
    # county, ... or other political subdivision of the state")
    r"|appointed|elected|works?)\b[^.;]{0,100}?\b(?:the|this)\s+(?:state|commonwealth)\b[^.]{0,200}?"
    r"\b(?:political\s+subdivisions?|local\s+governments?|count(?:y|ies)|municipalit\w+|cit(?:y|ies))\b"
)
# The state and the local governments listed, then their people by a pronoun.
_GOVERNMENTS_AND_THEIR_PEOPLE = compile_pattern(
    r"\b(?:this|the)\s+(?:state|commonwealth)\b[^.;]{0,200}?\b(?:political\s+subdivisions?|count(?:y|ies)"
    r"|cit(?:y|ies)|municipalit\w+|local\s+governments?)\b[^.;]{0,200}?\b(?:officers?|employees?|agents?)\b"
    r"[^.;]{0,30}?\bof\s+(?:any|each|either|all|every\s+one)\s+(?:of\s+)?(?:them|those|the\s+foregoing)\b"
    # "the state and each of its political subdivisions and their officers and employees".
    r"|\b(?:this|the)\s+(?:state|commonwealth)\b[^.;]{0,200}?\b(?:political\s+subdivisions?|count(?:y|ies)"
    r"|cit(?:y|ies)|municipalit\w+|local\s+governments?)\b[^.;]{0,60}?\b(?:and|or)\s+(?:their|its)\s+"
    r"(?:officers?|employees?|agents?)\b"
)
# A government's people named by their employers, then qualified: "any officer or employee of a
# city of the first class, including a police officer employed by the city", "an officer or
# employee of the State or of a county, but does not include an officer or employee of a
# municipality".
_LOCAL_OF_THE_STATE = compile_pattern(
    r"\b(?:political\s+subdivisions?|subdivisions?|instrumentalit\w+|count(?:y|ies)|municipalit\w+|cit(?:y|ies)"
    r"|districts?)\s+(?:of|in)\s+(?:this|the)\s+(?:state|commonwealth)\b"
)
_LEFT_OUT_AFTER = compile_pattern(
    r"\b(?:does|shall)\s+not\s+include\b|\bexcept\b|\bexcluding\b|\bother\s+than\b"
)
_NAMED_LOCAL_GOVERNMENT = compile_pattern(
    r"\b(?:cit(?:y|ies)|towns?|villages?|boroughs?|townships?|parish(?:es)?|urban-county|consolidated\s+local"
    r"|local\s+government|school\s+districts?|local\s+agenc(?:y|ies)|governmental\s+subdivisions?|political\s+"
    r"corporations?|local\s+(?:governmental|public|government)\s+(?:entit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies)|units?))\b"
)
# "any officer, employee, or agent of", "(a) an officer or employee of" (read with what follows).
_OFFICERS_EMPLOYEES_AGENTS = (
    r"(?:\(\w{1,4}\)\s*)?(?:an?|any|every|each|all|the)\s+officers?,?\s+(?:(?:or|and)\s+)?employees?,?\s+"
    r"(?:(?:or|and)\s+)?(?:agents?\s+)?"
)
_PEOPLE_OF_EMPLOYERS_QUALIFIED = compile_pattern(
    _OFFICERS_EMPLOYEES_AGENTS + r"of\s+(?P<employers>[^;:]+?),?\s+"
    # (the tail ends with its item: "...; (2) political subdivision means ...")
    r"(?P<tail>(?:including|includes|but\s+(?:does|shall)\s+not\s+include|excluding|except)\b[^;]*)",
    re.DOTALL,
)
_OTHER_THAN_STATE_ACTORS = compile_pattern(
    r"\b(?:other\s+than|except|excluding)\s+(?:an?\s+|any\s+)?(?:persons?|individuals?|one)\s+acting\s+under\s+"
    r"(?:the\s+)?colou?r\s+of\b"
    # ("Any person, other than a public officer or employee acting within the scope of office")
    r"|^[^,]{0,40}?\bpersons?\s*,?\s+(?:other\s+than|except|excluding)\s+(?:an?\s+|any\s+)?(?:public|government(?:al)?"
    r"|state)\s+(?:officers?|employees?|officials?)\b"
    # ("Any person, other than the District or an officer, employee, or agent of the District")
    r"|^[^,]{0,40}?\bpersons?\s*,?\s+(?:other\s+than|except|excluding)\s+(?:the\s+|an?\s+|any\s+)?(?:state"
    r"|commonwealth|district|united\s+states|government|governmental\s+(?:entity|unit)|political\s+subdivision"
    r"|public\s+(?:body|entity|employer)|municipality|county|city)\b[^,;]{0,60}?\b(?:or|and)\s+(?:an?\s+|any\s+)?"
    r"(?:officers?|employees?|agents?)\b"
)
# A local government named as itself: '"Municipality" means any city or town, including its
# police department, fire department, school committee, and every other board ...'.
_LOCAL_GOVERNMENT_ITSELF = compile_pattern(
    r"\W*(?:means\s+|includes\s+)?(?:any|each|every)\s+(?:city|town|county|municipality|village|borough"
    r"|township)\b(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:an?\s+|any\s+)?(?:city|town|county"
    r"|municipality|village|borough|township)\b)*\s*,\s*including\b"
)
# A government's people named by their employers in a list after a colon: "any officer,
# employee, or agent of: (a) the Commonwealth ...; (b) a county, city ...".
_PEOPLE_OF_LISTED_EMPLOYERS = compile_pattern(
    _OFFICERS_EMPLOYEES_AGENTS + r"of\s*:(?P<employers>.*)",
    re.DOTALL,
)
_PEOPLE_OF_THOSE_BODIES = compile_pattern(
    r"\b(?:officers?|employees?|agents?)\b[^.;]{0,30}?\bof\s+(?:either|both|any\s+of\s+them|each\s+of\s+them"
    r"|any\s+such\s+(?:entity|body|agency))\b"
)
# An employer clause naming the State and its local governments alike: "whether employed by the
# state, a county, a city, or any other unit of government".
_WHETHER_EMPLOYED_BY_ANY_LEVEL = compile_pattern(
    r",?\s*whether\s+(?:employed|appointed|commissioned)\s+by\s+(?:the\s+|this\s+)?(?:state|commonwealth)\b"
    r"[^;]{0,120}?\b(?:count(?:y|ies)|cit(?:y|ies)|municipalit\w*|political\s+subdivisions?"
    r"|local\s+governments?|units?\s+of\s+(?:local\s+)?government)\b[^;]*$"
)


def _association_officers(claim: Claim) -> bool:
    """Whether a claim's defendants are the officers of an association's board ("A member or
    officer of an executive board ... the declaration, or the bylaws of the association")."""
    return bool(
        _OFFICER_OF_A_BOARD.search(claim.defendants or "")
        and _OF_AN_ASSOCIATION.search(claim.clause.text)
        # (acting under color of the board's authority, not of law)
        and not rx.search(
            r"\bcolou?r\s+of\s+(?:state\s+)?(?:law|any\s+(?:statute|law))\b", claim.clause.text
        )
    )


# A class named again with the definite article ("that the member or officer acted in good
# faith"), its kind given where the claim first named it.
_NAMED_AGAIN_CLASS = compile_pattern(
    r"\b(?:the|such|that|said)\s+(?:members?|officers?|employees?|agents?|directors?)\b"
    r"(?:,?\s+(?:or\s+|and\s+)?(?:the\s+)?(?:members?|officers?|employees?|agents?|directors?)\b)*"
)
# A body named again by its noun alone ("the institution", "the company").
_THE_BODY_AGAIN = compile_pattern(
    r"(?:the|such|that|said)\s+(?P<noun>institution|company|corporation|association|business|college"
    r"|university|hospital|facility|clinic|home|school|employer|operator|provider|owner|landlord)"
    # ("against the hospital or the employee", after "a private mental hospital or its employee")
    r"(?:\s+or\s+(?:the|its|such|that)\s+(?:employee|agent|staff\s+member)s?)?"
)
# The people of a board ("a member or officer of an executive board"), and the association it
# governs named in the same clause ("the declaration, or the bylaws of the association").
_OFFICER_OF_A_BOARD = compile_pattern(
    r"\b(?:members?|officers?|directors?)\s+(?:or\s+(?:members?|officers?|directors?)\s+)?of\s+"
    r"(?:an?|the|its)\s+(?:executive\s+|governing\s+)?board\b"
)
_OF_AN_ASSOCIATION = compile_pattern(
    r"\b(?:bylaws|articles\s+of\s+incorporation|declaration)\b[^.;]{0,60}?\b(?:association|corporation|cooperative)\b"
    r"|\b(?:homeowners'?|unit\s+owners'?|condominium|common[- ]interest)\b"
)
_STATE_LEVEL_BODY = compile_pattern(
    r"\b(?:state|commonwealth)\s+(?:agenc(?:y|ies)|departments?|entit(?:y|ies)|government)\b|\b(?:this|the)\s+"
    r"(?:state|commonwealth)\b"
)
_LOCAL_LEVEL_BODY = compile_pattern(
    r"\bpolitical\s+subdivisions?\b|\blocal\s+governments?\b|\bmunicipalit|\bcount(?:y|ies)\b"
)
# A list whose first item is every police officer, unqualified ("a peace officer, and a ...").
_GENERAL_POLICE_ITEM_FIRST = compile_pattern(
    r"\W*(?:means\s+|includes\s+)?(?:an?|any|every|each)\s+(?:law[\s-]+enforcement|peace|police)\s+officers?"
    r"(?:\s*,?\s*as\s+defined\s+(?:in|by)\s+[^,;]{1,60}?)?\s*(?:,\s*(?:and|or)?|;|\s+and|\s+or)\s+"
    r"(?:also\s+)?(?:an?|any|every|each)\s+(?!other\b)"
)
# What in the rest of such a list widens the class (employees, officials) or may bind every
# item ("... or a detention officer employed by the state or a county"): an institution named
# as a later item's employer ("employed by the Department of Corrections") binds that item only.
_LIST_TAIL_QUALIFIES_ALL = compile_pattern(
    r"\b(?:employees?|officials?|personnel|agents?|staff)\b"
    r"|\b(?:employed\s+by|of)\s+(?:the\s+|this\s+|a\s+|an\s+|any\s+)?(?:state|county|counties|city|cities"
    r"|municipalit\w+|political\s+subdivisions?|units?\s+of\s+local|local\s+governments?)\b"
    r"(?!\s+(?:or\s+(?:[\w-]+\s+){1,2})?(?:detention|jail|correction))"
)
# A state's own police force named, and the municipalities' police: a list that spans the levels.
_STATE_POLICE_AGENCY = compile_pattern(
    r"\bstate\s+(?:police|patrol|troopers?|highway\s+patrol)\b|\bhighway\s+patrol\b"
    # (the State's force by its department's name: "an officer of the department of public
    # safety")
    r"|\b(?:officers?|members?)\s+of\s+the\s+(?:[\w-]+\s+)?department\s+of\s+public\s+safety\b"
)
# A definition that lists the State's force, the local police and the police of institutions
# (or ends on a catch-all): every kind of police ("a member of the Pennsylvania State Police, a
# municipal or regional police officer, a sheriff ..., a campus police officer ..., a transit
# police officer"). A list of the main levels alone ("a deputy sheriff, a municipal or county
# police officer, or a member of the Department of State Police") leaves the others out.
_LOCAL_POLICE_NAMED = compile_pattern(
    r"\b(?:municipal|city|county|town|township|village|borough)\s+(?:or\s+[\w-]+\s+)?police\b"
    r"|\bpolice\s+officers?\s+(?:of|for|employed\s+by)\s+(?:a|an|any|each)\s+(?:municipality|city|town"
    r"|county|village|township|borough)\b"
)
_POLICE_OF_INSTITUTIONS_OR_ANY_OTHER = compile_pattern(
    r"\b(?:campus|university|college|school|transit|airport|port|housing)\s+(?:[\w-]+\s+)?police\b"
    r"|\bpolice\s+(?:[\w-]+\s+){0,3}?(?:of|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:institution\s+of\s+higher"
    r"|university|college|transit|transportation|airport)"
    r"|\bpeace\s+officers?\s+(?:commissioned|appointed|employed)\s+by\s+an?\s+(?:institution|university|college"
    r"|school|transit)"
    r"|\bany\s+other\s+(?:person|officer|individual)\s+(?:who\s+is\s+)?(?:certified|appointed|commissioned)\s+as\s+an?"
    r"\s+(?:peace|police|law\s+enforcement)\s+officer"
)
_LOCAL_POLICE_AGENCY = compile_pattern(
    # (a city's or town's police: sheriffs alone leave the municipal police out)
    r"\bpolice\s+departments?\s+of\s+(?:a|an|any|each)\s+(?:municipality|city|town|borough|township|village)\b"
    r"|\b(?:municipal|city|local)\s+police\b"
    # "a police officer appointed by municipal officers"
    r"|\bpolice\s+officers?\s+(?:appointed|employed|hired)\s+by\s+(?:a\s+|an\s+|the\s+|any\s+)?"
    r"(?:municipal|municipalit|city|cities|town|borough|village)"
)
# One agency named with the definite article: "member of the Chicago police department",
# "officer of the Columbus division of police", "employed by the Multnomah County sheriff's
# office".
_OF_ONE_NAMED_POLICE_AGENCY = compile_pattern(
    r"\b(?:members?|officers?|employees?|deput(?:y|ies)|personnel)\s+(?:of|employed\s+by|appointed\s+by)\s+"
    r"the\s+(?:[\w'\u2019.-]+\s+){1,4}?(?:police\s+(?:department|bureau|force|service)|division\s+of\s+police"
    r"|bureau\s+of\s+police|department\s+of\s+police|sheriff'?s?\s+(?:office|department))\b"
)
_DISTRICT_POLICE = compile_pattern(
    r"\bthe\s+(?:district\s+of\s+columbia\s+)?metropolitan\s+police\s+department\b"
)
_OF_A_NAMED_LOCALITY = compile_pattern(
    r"\bof\s+(?:the\s+)?(?:(?:city|county|town|village|borough|township)\s+of\s+(?!any\b|a\b|each\b|every\b|the\b)"
    r"[a-z][\w-]+|(?!any\b|a\b|each\b|every\b|the\b|such\b|that\b|this\b)[a-z][\w-]+\s+(?:county|parish|city))\b"
)
# The items of a list of classes ("a law enforcement officer, a detention officer employed by a
# county, or an employee of a local board of education"), each read on its own.
_LIST_ITEMS = compile_pattern(r",\s*(?:or\s+|and\s+)?|\s+or\s+")
_ONE_AGENCY_EMPLOYER = compile_pattern(
    r"\s*the\s+(?!state\b)(?:[\w'-]+\s+){0,6}?(?:police|department|authority|agency|division|bureau|office"
    r"|commission|patrol|service)\b"
)
_ANY_AGENCY = compile_pattern(r"\b(?:any|each|every|all|other|another)\b")
# A list of employers that ends with every agency: "..., or any other District agency", "or any
# other law enforcement agency"; "government" names a level that narrows it ("any other state
# agency", "any other county agency").
_ANY_OTHER_AGENCY = compile_pattern(
    r",?\s+(?:or|and)\s+(?:any|every|each)\s+other\s+(?:(?:district|public|governmental|law\s+enforcement)\s+"
    r"|(?P<government>state|county|city|municipal|local|town|village|university|school)\s+)?"
    r"(?:law\s+enforcement\s+)?(?:agency|agencies|department|entity)\b"
)
_QUALIFIED_AFTER = compile_pattern(
    r"\b(?:employed|appointed|commissioned|established|operated|maintained|located)\b"
)
_OFFICER_OF_A_POLICE_AGENCY = compile_pattern(
    r"\s*(?:an?|any|every|each|the)\s+(?:[\w-]+\s+)?(?:officers?|members?|agents?|deput(?:y|ies))"
    r"(?:,?\s+(?:or\s+|and\s+)?(?:officers?|members?|agents?|deput(?:y|ies)|employees?))*\s+of\s+(?:a|an|any|the)\s+"
    r"(?:law[- ]enforcement|police)\s+(?:agency|agencies|department|force)\b"
    r"(?P<governments>\s+of\s+[^;]{3,120})?"
)

_OFFICER_OF_LEVELS_AGENCY = compile_pattern(
    r"\s*(?:an?|any|every|each|the)\s+(?:[\w-]+\s+)?(?:officers?|members?|agents?|deput(?:y|ies))\s+of\s+"
    r"(?:a|an|any|the)\s+(?P<levels>(?:(?:state|county|municipal|city|local|tribal|university|college"
    r"|campus|school|village|town|township)\s*,?\s*(?:or\s+|and\s+)?){2,})(?:law[- ]enforcement|police)\s+"
    r"(?:agency|agencies|department)\b"
)

_EMPLOYER_OF_THE_DEFENDANT = compile_pattern(
    # (joined by "or"/"and", or by a comma in a list that ends "or both": "against the peace
    # officer, against the public body that employs the peace officer, or against both")
    r"(?:,?\s*(?:or|and)\s+|,\s*)(?:against\s+)?(?:the|a|an|any|its)\s+(?:public\s+|governmental\s+)?"
    r"(?:entity|body|employer|agency)"
    r"(?:\s+(?:that|which)\s+employs\s+(?:the|such|that|said)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee"
    r"|individual|person)\b"
    # (or the phrase cut before that clause: "a law enforcement officer, or against the public
    # entity")
    r"|(?=\s*,?\s*(?:(?:or|and)\s+(?:against\s+)?both\s*)?$))"
    r"(?:,?\s*(?:or|and)\s+(?:against\s+)?both\b)?"
)
_OR_OTHER_POLICE = compile_pattern(
    r"\b(?:or|and)\s+(?:any\s+|every\s+|all\s+)?other\s+(?:(?:peace|police|law[- ]enforcement)\s+officers?"
    r"|officers?\s+of\s+the\s+peace|conservators?\s+of\s+the\s+peace)\b"
    # (not "or other peace officer employed by a county", "or other law enforcement officer
    # assigned to a public school": the class the list ends with is narrow)
    r"(?![^;]{0,40}?\b(?:employed|appointed|commissioned|assigned|serving|stationed|working|detailed)\b)"
    r"(?!\s+of\s+(?:a|an|any|the)\s+(?!state\b)[\w-]+)"
)
_ENTITY_AND_ITS_POLICE = compile_pattern(
    r"\b(?:and|or)\s+(?:its|their)\s+(?:\w+\s+)?(?:peace|police|law[- ]enforcement)\s+officers?\b"
)


# Local governments' people named by their employers alone: "a person employed by a city or
# county", "any individual employed by a political subdivision in this state".
_LOCAL_EMPLOYERS = (
    r"(?:an?\s+|any\s+|the\s+)?(?:city|cities|county|counties|municipality|municipalities|town"
    r"|village|township|borough|political\s+subdivision|unit\s+of\s+local\s+government"
    r"|local\s+government|local\s+agency)"
)
_GOVERNMENT_EMPLOYERS = (
    rf"(?:{_LOCAL_EMPLOYERS}|(?:the\s+)?(?:state|commonwealth)(?:\s+of\s+[a-z]+)?"
    r"|(?:a|an|any)\s+(?:state|commonwealth)\s+agency)"
)
_PERSON_EMPLOYED_BY_GOVERNMENT = compile_pattern(
    r"\b(?:an?|any|every|each|the)\s+(?:persons?|individuals?)\s+(?:who\s+(?:is|are)\s+)?"
    rf"employed\s+by\s+(?P<employers>{_GOVERNMENT_EMPLOYERS}"
    rf"(?:(?:,\s+(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)(?:by\s+)?{_GOVERNMENT_EMPLOYERS})*)"
    # (not "employed by a county as a detention officer", "by a county jail", "a county's")
    # nor "employed by a county or municipality to supervise persons confined in a jail")
    r"(?!\s+(?:as|to|for|in\s+(?:a|the|any)\s+(?:capacity|position)|jail|sheriff|police|detention"
    r"|correction\w*|law|department|office|agency|board|school|university|college|hospital"
    r"|authority)\b|'s|\w|\s*,?\s+(?:or|and)\b)"
)
_STATE_AND_COUNTY_EMPLOYERS = compile_pattern(
    r"\bemployees?\s+of\s+(?:the\s+state|a\s+state\s+agency|any\s+state\s+agency)\s*,?\s+or\s+"
    r"(?:of\s+)?(?:a|any|the)\s+county\b(?!\s*,?\s+(?:or|and)\b)"
)


def _police_and_state_and_county_employees(phrase: str) -> bool:
    """Whether a wide class is every police officer plus the employees of the State and of
    counties only ("any peace officer, and any employee of a state agency or of a county"):
    cities' and other local employees are left out, so not every public employee."""
    return bool(
        lexicon.GENERAL_POLICE_CLASS.search(phrase)
        and _STATE_AND_COUNTY_EMPLOYERS.search(phrase)
        and not rx.search(
            r"\bcit(?:y|ies)\b|municipal|political\s+subdivision|local\s+(?:government|public)"
            r"|\btowns?\b|\bvillages?\b|\bdistricts?\b|public\s+entit",
            phrase,
        )
    )


def _kinds_beside_general_police(phrase: str) -> bool:
    """Whether every narrow class in ``phrase`` is an officer kind listed beside the general
    police class ("a police officer, corrections officer, or probation officer"): the list
    widens the class, it does not narrow it."""
    return bool(lexicon.UNQUALIFIED_POLICE_CLASS.search(phrase)) and all(
        lexicon.OFFICER_KIND_ALONE.fullmatch(match.group(0))
        for match in lexicon.NARROW_POLICE.finditer(phrase)
    )


_OFFICER_WHO_ALLEGES_SUES = compile_pattern(
    r"[\s\W]*(?:\(\w{1,4}\)\s*)*(?:[a-z ]{1,40}(?:\.--|--|\.\s*-)\s*)?(?:an?|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officers?|employees?|deput(?:y|ies)|troopers?)\s+who\s+(?:alleges|claims|believes)\b[^.;]{0,160}?"
    r"\bmay\s+(?:bring|file|maintain|commence)\b"
)


_BENEFITS_WITHHELD_SUIT = compile_pattern(
    r"\b(?:benefits?|pensions?|annuit(?:y|ies)|retirement\s+allowances?)\s+(?:is|are|was|were|has\s+been)\s+"
    r"(?:wrongfully\s+|improperly\s+|unlawfully\s+)?(?:denied|reduced|miscalculated|withheld|terminated)\b"
    r"[^.;]{0,160}?\bmay\s+(?:bring|file|maintain|commence)\b"
)


def _employment_claim(claim: Claim) -> bool:
    """A claim of an employee against the employer ("a public employer that interferes with a
    public employee's rights under this chapter is liable to the employee"): labor law, not
    officers' liability to the people they police."""
    if _OFFICER_WHO_ALLEGES_SUES.match(claim.clause.text):
        # "(b) Civil action.--A police officer who alleges a violation of subsection (a) may bring
        # a civil action": the officer is the one suing (over a protection of the job).
        return True
    if _BENEFITS_WITHHELD_SUIT.search(claim.clause.text):
        # "A member of the police and fire pension fund ... whose disability benefit is wrongfully
        # denied ... may commence a civil action to recover the benefit due": a member's suit
        # over benefits.
        return True
    return claim.defendants is not None and (
        (
            rx.search(r"\bemployer\b", claim.defendants) is not None
            and rx.search(
                r"\bliable to (?:the|an|its|such|that) (?:public )?employees?\b"
                r"|\bemployees? (?:may|shall be entitled to) (?:bring|file|maintain)\b"
                # ("An employee of, or applicant for employment with, the state ... who is
                # aggrieved by an unlawful employment practice ... may bring a civil action
                # against the public employer")
                # (the employee as the clause's subject, the one who sues; not "a person deprived
                # ... by an employee of a public employer ... may bring a claim")
                r"|(?:^|\)\s|\.\s)(?:an?|any) (?:employee|applicant)s? (?:of|for)\b[^.;]{0,240}?"
                r"\bmay (?:bring|file|maintain|commence)\b",
                claim.clause.text,
            )
            is not None
        )
        # "A peace officer who is not paid ... may bring an action against the political
        # subdivision to recover the unpaid compensation": wages, not the public's claims.
        or rx.search(
            r"\b(?:officers?|employees?)\b[^.;]{0,160}?\bmay\s+(?:bring|file|maintain|commence)\b[^.;]{0,200}?"
            r"\b(?:unpaid|overtime|wages?|compensation\s+(?:owed|due)|back\s+pay|pension|retaliat\w*"
            r"|discharge)\b"
            # ("A police officer who is discharged, demoted, suspended ... in violation of section
            # 5 may bring a civil action": the officer's own suit over the job)
            r"|\b(?:officers?|employees?)\s+who\s+(?:is|are|was|were|has\s+been)\s+(?:discharged|demoted|suspended"
            r"|disciplined|terminated|retaliated|transferred|subjected\s+to\s+(?:an?\s+)?(?:adverse|retaliatory))\b"
            r"[^.;]{0,200}?\bmay\s+(?:bring|file|maintain|commence)\b"
            # ("... a law enforcement agency that takes punitive action in violation of this section
            # is liable to the peace officer in a civil action for reinstatement, back pay ...")
            r"|\bliable\s+to\s+(?:the|an?|such|that)\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?)\b[^.;]{0,80}?"
            r"\b(?:reinstatement|back\s+pay|lost\s+wages)\b",
            claim.clause.text,
        )
        is not None
        # "An officer may bring a civil action against the agency that employs the officer";
        # "A peace officer may bring an action ... against the state or governmental unit
        # employing the peace officer to enforce the provisions of this section".
        or rx.search(
            r"\b(?:officers?|employees?)\s+may\s+(?:bring|file|maintain|commence)\b[^.;]{0,160}?\bagainst\s+"
            r"(?:the|its|his|her|their|an?)\s+(?:[\w-]+\s+){0,5}?(?:agency|employer|department|entity|unit"
            r"|state|subdivision)\s+(?:(?:that|which)\s+employs|employing)\s+(?:the|such|that|an?)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:officer|employee)",
            claim.clause.text,
        )
        is not None
    )


def _entity_own_act(claim: Claim) -> bool:
    """A claim against a public entity for its own act (a taking, a contract), with no
    officer's or employee's conduct and no rights deprived: not about officers' liability."""
    return (
        claim.rights is Rights.UNSTATED
        and claim.defendants is not None
        and lexicon.PUBLIC_ENTITY.search(claim.defendants) is not None
        and lexicon.ACTOR_CONDUCT.search(claim.clause.text) is None
    )


# Words that name officers, public people or anyone at all as a clause's subject.
_PUBLIC_OR_ANY_PERSON = compile_pattern(
    r"\b(?:officers?|officials?|employees?|deput(?:y|ies)|troopers?|sheriffs?|marshals?|constables?|agents?"
    r"|police|personnel|persons?|individuals?|defendants?|anyone|no\s+one|public|government\w*|state|county"
    r"|city|municipal\w*|agenc(?:y|ies))\b"
)


def _someone_elses_immunity(defense: DefenseRule) -> bool:
    """Whether a defense the bill grants is for people of another program only ("A responder
    acting within the scope of the pilot program is not liable ... if the decision was made in
    good faith", "Members of a board are not liable ... for any recommendation made in good
    faith"): its subject names no officer, public employee or person at large."""
    body = defense.clause.text
    if (
        defense.effect is Effect.KEPT
        and _KEPT_IN_FEDERAL_ACTIONS.search(body)
        and _OTHER_OCCUPATION.search(_opening_subject(body) + " " + body[:_SUBJECT_REACH])
    ):
        # "... and such crisis counselor may assert qualified immunity in any action under
        # federal law": another program's people, in federal suits the bill cannot touch.
        return True
    if defense.effect is not Effect.CREATED or defense.role is Role.PRIVATE:
        return False
    if not _HOLDER_NOT_LIABLE.search(body):
        return False  # ("This chapter does not affect the official immunity of a peace officer")
    subject = _opening_subject(body)
    head = rx.split(r"\bwho\b", subject, maxsplit=1)[0]
    if _ANY_PERSON_ONLY.search(head) and _SERVES_AS_OTHER.search(body[: _SUBJECT_REACH * 2]):
        # "(a) Chaplains.--A person who, without compensation, serves as a chaplain to a law
        # enforcement agency ... is not liable": the person named by the office held.
        return True
    # ("A school employee, school resource officer's civilian aide, or police chaplain who, in
    # good faith, renders crisis support ... shall not be liable": the staff of other programs.)
    # ("Any volunteer chaplain serving a law-enforcement agency who ...": the agency served is
    # no holder of the immunity.)
    others_left_out = _SERVING_WHOM.split(_OTHER_OCCUPATION.sub(" ", subject), maxsplit=1)[0]
    # (a label such as "(New section)" before the subject is no law named as the subject)
    return not _PUBLIC_OR_ANY_PERSON.search(others_left_out) and not _LAW_AS_SUBJECT.search(
        _SERVING_WHOM.split(rx.sub(r"\([^)]*\)", " ", subject), maxsplit=1)[0]
    )


# People of other public programs who are not officers: "a school district employee", "a police
# chaplain", "a crisis counselor", "a volunteer" (the words before the head never an officer's).
_OTHER_OCCUPATION = compile_pattern(
    r"(?:(?!(?:officers?|peace|employees?|deput\w*|troopers?|sheriffs?)(?:\s|,|$))[\w'\u2019-]+\s+){0,3}?"
    r"(?:chaplains?|counsel(?:l)?ors?|aides?|volunteers?|teachers?|nurses?|physicians?|clinicians?|coaches"
    r"|responders?|paramedics?|(?:school|school\s+district|school\s+board|board\s+of\s+education)\s+"
    r"(?:employees?|staff|personnel|members?))\b"
)
# A subject that is a bare "a person" after any label or catch-line ("(a) Chaplains.--A person").
_ANY_PERSON_ONLY = compile_pattern(
    r"(?:^|[.:\u2014-]|\))\s*(?:an?|any|each|every)\s+(?:person|individual)\s*,?\s*$"
)
_SERVES_AS_OTHER = compile_pattern(
    # ("serves without compensation as a law enforcement chaplain")
    r"\bserves?\s+(?:without\s+compensation\s+|voluntarily\s+)?as\s+(?:an?\s+)?(?:unpaid\s+|volunteer\s+)?"
    r"(?:(?:law\s+enforcement|police|school|fire)\s+)?(?:chaplains?|counsel(?:l)?ors?|aides?|volunteers?"
    r"|teachers?|nurses?|coaches|mentors?)\b"
)
_RECOVERED_BY_GOVERNMENT = compile_pattern(
    r"\b(?:recoverable|recovered|owed|due|payable)\s+(?:by|to)\s+the\s+(?:state|commonwealth|county|city"
    r"|attorney\s+general|government)\b"
)
# "in any action under federal law", "in an action brought under 42 U.S.C. § 1983".
_IN_AN_ACTION_UNDER = r"\b(?:in|to)\s+(?:any|an|a)\s+(?:action|claim|suit|proceeding)s?\s+(?:brought\s+)?(?:under|arising\s+under)\s+"
_KEPT_IN_FEDERAL_ACTIONS_ONLY = compile_pattern(
    _IN_AN_ACTION_UNDER
    + r"(?:federal\s+law|42\s+u_?s_?c_?\s*(?:§|sec\w*_?)?\s*1983|section\s+1983)\b"
)
_FEDERAL_IMMUNITY_IMPORTED = compile_pattern(
    r"\b(?:would\s+be|is|are|be)\s+available\b|\bto\s+the\s+same\s+extent\b|\bas\s+(?:it\s+would\s+)?in\s+an?\s+action\b"
)
_KEPT_FOR_OTHER_ACTIONS = compile_pattern(
    r"\bin\s+(?:any|an)\s+(?:action|claim|suit|proceeding)s?\s+(?:that\s+is\s+|which\s+is\s+)?not\s+brought\s+under\s+this\b"
    # ("Nothing in this act affects qualified immunity in any other action against a police
    # officer")
    # (not "In any other action under this section, qualified immunity shall remain available":
    # the bill's own claim, kept in part)
    r"|\bin\s+(?:any|all)\s+other\s+(?:actions?|claims?|suits?|proceedings?)\b"
    r"(?!\s+(?:brought\s+)?(?:under|pursuant\s+to)\b)"
    r"|\b(?:other\s+than|except)\s+(?:in\s+)?(?:an?|any)\s+(?:action|claim)s?\s+(?:brought\s+)?under\s+this\s+"
    r"(?:section|act|chapter|article)\b"
    r"|\bin\s+an\s+action\s+for\s+(?:ordinary\s+)?negligence\b"
)
_RELIED_ON_AN_OFFICIAL = compile_pattern(
    r"\brel(?:ied|ies|y|ying)\s+(?:in\s+good\s+faith\s+)?(?:up)?on\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?(?:request|advice"
    r"|order|direction|instruction|opinion|demand|subpoena|warrant)s?\s+(?:of|by|from)\s+(?:a|an|the|any)\s+"
    r"[^.;]{0,60}?\b(?:officers?|officials?|agenc(?:y|ies)|employees?|departments?)\b"
)
_SERVING_WHOM = compile_pattern(
    r"\b(?:serving|employed|working|assigned|appointed|retained|engaged|attached)\b"
)
_KEPT_IN_FEDERAL_ACTIONS = compile_pattern(_IN_AN_ACTION_UNDER + r"federal\s+law\b")


# The subject itself held not liable ("... is not liable", "shall not be liable for civil damages").
_HOLDER_NOT_LIABLE = compile_pattern(
    r"\b(?:is|are|shall|may)\s+not\s+(?:be\s+)?(?:held\s+)?(?:personally\s+|civilly\s+)?(?:liable|immune|answerable)\b"
    r"|\b(?:is|are|shall\s+be)\s+immune\b"
)
_LAW_AS_SUBJECT = compile_pattern(
    r"\b(?:this|these|that|nothing|chapter|section|act|article|subsection|law|provisions?|code)\b"
)


_SUBJECT_ENDS = compile_pattern(r"\s(?:who|that|which|shall|may|must|is|are)\s")
_SUBJECT_REACH = 100


def _opening_subject(body: str) -> str:
    """The words a clause opens with, up to its first relative pronoun or verb ("b_ a private
    company" of "b_ a private company that operates ...")."""
    head = body[:_SUBJECT_REACH]
    # ("(e) Provided, however, that a law enforcement officer shall not be liable ...": the
    # subject follows the proviso's opening words)
    proviso = _PROVISO_OPENING.match(head)
    if proviso is not None:
        head = (proviso.group("label") or "") + body[proviso.end() : proviso.end() + _SUBJECT_REACH]
    end = _SUBJECT_ENDS.search(head)
    return head[: end.start()] if end is not None else head


_PROVISO_OPENING = compile_pattern(
    r"(?P<label>\s*(?:\(\w{1,5}\)\s*)*)(?:but\s+)?provided(?:\s*,\s*(?:however|further|nevertheless))?"
    r"\s*,?\s*(?:that\b\s*)?"
)


def explicitly_private(phrase: str) -> bool:
    """A class named as private ("an employee of a private detention facility", "a
    contractor") with no public class beside it: not public officers, whatever they do."""
    return bool(lexicon.PRIVATE_ACTOR.search(phrase)) and not (
        lexicon.GENERAL_POLICE_CLASS.search(phrase)
        or lexicon.BROAD_SUBJECT.search(phrase)
        # "any person acting on behalf of the State or any city or town, including an
        # independent contractor": the government's agents, contractors among them.
        or _ON_BEHALF_OF_GOVERNMENT.search(phrase)
        # "any officer, employee, volunteer or contractor of this State": its people, its
        # contractors among them.
        or _GOVERNMENT_PEOPLE_LISTED.search(phrase)
        # "a correctional officer employed by the department, a county jailer, or an employee of
        # a private vendor operating a jail": public officers listed beside the private ones.
        or any(
            lexicon.POLICE_TERM.search(item)
            and _PUBLIC_SERVICE_MARK.search(item)
            and not lexicon.PRIVATE_ACTOR.search(item)
            # (not those the phrase rules out: "the vendor, and not the county or any county
            # officer or employee")
            for item in _LIST_ITEMS.split(_RULED_OUT_TAIL.sub("", phrase))
        )
    )


_RULED_OUT_TAIL = compile_pattern(
    r"\b(?:and\s+|but\s+)?(?:not|other\s+than|except)\b.*$", re.DOTALL
)
# What marks a listed officer as the government's ("employed by the department", "a county
# jailer"), not a company's ("a loss prevention officer", "its registered officers").
_PUBLIC_SERVICE_MARK = compile_pattern(
    r"\b(?:state|county|city|municipal\w*|department|sheriffs?|jail(?:er|or)s?|correction(?:al|s)"
    r"|commonwealth|police\s+department|law\s+enforcement\s+agency)\b"
)
_LIABLE_PREDICATE = compile_pattern(
    r"\bliab|\banswerable\b|\bheld\s+to\s+answer\b|\bsubject\s+to\s+(?:a\s+)?(?:civil\s+)?suit\b|"
    + lexicon.ANSWERS_IN_DAMAGES_SOURCE
    + r"|\b(?:shall|may)\s+not\s+(?:enjoy|assert|raise|claim|invoke)"
    r"|\b(?:is|are|shall\s+be)\s+not\s+entitled\s+to\b"
)


# A condition at the head of a clause (after its label and any catch-line): "(2) Liability of
# the United States. If, while acting under color of law, any officer ...".
_CONDITIONAL_OPENING = compile_pattern(r"(?:^|[^\w,]\s*)(?:if|when|whenever|in the event that)\b")
_CONDITION_REACH = 80
_LIABLE_AFTER_CONDITION = compile_pattern(r"\s" + _IS_LIABLE)


_AMENDING_FORMULA = compile_pattern(
    # The inserted section may open with its number and catch-line, which _SUBJECT skips as a
    # run-in heading: "to read: 768_282 Deprivation of rights by officers.- (1) A ...".
    # (or a committee amendment's "strike lines 14 through 29, inclusive, and substitute: "(B) A
    # ...", its new text in quotation marks)
    # (Massachusetts: "and inserting in place thereof the following paragraph:-")
    # (South Dakota: "That a NEW SECTION be added to chapter 20-9:")
    r"\b(?:to read|as follows|the following(?:\s+(?:paragraph|sentence|subsection|subdivision|section"
    r"|clause|definition|words?)s?)?|and substitute|and insert"
    # (a committee amendment's "On page 3, after line 6, insert: "(c) A ...")
    r"|\binsert(?:\s+in\s+(?:lieu|place)\s+thereof)?"
    r"|be added to (?:chapter|title|article|part) [\w.-]{1,20}):-?\s*[\"“']?"
    r"(?:\d[\w-]*(?:_\d[\w-]*)*\s+(?=[a-z]))?"
    r"(?:\(\w{1,4}\)\s*)*"
)
_FORMULA_REACH = 300


_WHO_IS_EMPLOYED_BY = compile_pattern(
    r",?\s*who\s+(?:is|are)\s+(?P<employed>(?:employed|appointed|commissioned)\s+by\s+[^,;.()]{3,80}?)"
    r"(?=,|\s+(?:and\s+)?who\b|\s+(?:under|while|in|acting)\b)"
)


@lru_cache(maxsize=4096)
def _defendants(body: str) -> str | None:
    """The phrase naming whom the clause holds liable, if it names anyone.

    "An action against X" names X. The subject of "who ... is liable" is the defendant;
    the subject of "may bring an action" is the plaintiff, never the defendant.
    """
    # Inserted law after its amending instruction ("AS 18.65.672 is amended by adding a new
    # subsection to read: (d) A village public safety officer who ..."): the subject is the
    # inserted clause's.
    formula = _AMENDING_FORMULA.search(body, 0, _FORMULA_REACH)
    if formula:
        body = body[formula.end() :]
    against = _AGAINST.search(body)
    if against:
        return _trim_phrase(against.group("np"))
    conditional = _CONDITIONAL_OPENING.search(body, 0, _CONDITION_REACH)
    if conditional:
        # "If, while acting under color of law, any officer ... subjects a person to ..., the
        # public employer of that officer shall be liable": the subject follows the condition.
        predicate = _LIABLE_AFTER_CONDITION.search(body, conditional.end())
        if predicate:
            subject = body[: predicate.start()].rsplit(",", 1)[-1].strip(" ,")
            # ("If an officer ... deprives any person of a right ..., then the officer is liable")
            subject = subject.removeprefix("then ").strip()
            if subject:
                return subject
    if _LIABLE_PREDICATE.search(body):
        subject = _SUBJECT.match(body)
        if subject:
            np = subject.group("np").strip(" ,")
            # "Any person who, while employed as a law enforcement officer by a county ...":
            # a person named only by the office the relative clause gives.
            if _GENERIC_PERSON.fullmatch(np):
                office = _EMPLOYED_AS.match(body, subject.end("np")) or _BEING.match(
                    body, subject.end("np")
                )
                if office:
                    return office.group("office").strip(" ,")
            # ("A peace officer described in Section 830.33 ... who is employed by a transit
            # district, ...": the employer the relative clause names restricts the class too)
            employer = _WHO_IS_EMPLOYED_BY.match(body, subject.end("np"))
            if employer is not None:
                np = f"{np} {employer.group('employed')}"
            # The whole subject up to "who" or "is liable" is the class, restrictions included
            # ("a peace officer, as defined in ..., employed by a local government").
            return np
    return None


_GENERIC_PERSON = compile_pattern(r"(?:any|a|an|each|every)\s+(?:natural\s+)?(?:person|individual)")
_EMPLOYED_AS = compile_pattern(
    r",?\s+(?:who|that),?\s+(?:while\s+|when\s+)?(?:is\s+|was\s+)?(?P<office>(?:employed|serving"
    r"|acting|appointed|commissioned)\s+as\s+[^,;]{3,160})"
)


# "Every person who, being an officer or employee of the state or of any county ..., and acting
# under color of law, deprives ...": the office the relative clause gives, whole.
_BEING = compile_pattern(
    r",?\s+(?:who|that),?\s+(?:while\s+)?being\s+(?P<office>(?:an?|any)\s+[^;]{3,240}?)"
    r"(?=,\s+(?:and\s+)?(?:acting|while|under|who)\b|,?\s+(?:subjects|deprives|causes|violates)\b)"
)


def _trim_phrase(phrase: str) -> str:
    """Cut a noun phrase before the clause's verb or next clause."""
    cut = rx.search(
        # (not "under color of law", which belongs to the class: "any person acting under color
        # of law, including any officer or employee of the commonwealth")
        r"\s(?:for|to|in|if|when|who|that|shall|may|is|are|under(?!\s+colou?r\b)|arising|based"
        r"|because)\s"
        # ("actionable against the officer by the person deprived": who sues, not who is sued)
        r"|\sby\s+(?:the|that|such|an?|any)\s+(?:persons?|individuals?|part(?:y|ies)|plaintiffs?"
        r"|injured)\b",
        phrase,
    )
    head = phrase[: cut.start()] if cut and cut.start() > 3 else phrase
    # Keep a following employer restriction: "peace officers employed by a political subdivision".
    employed = rx.match(r"[^,]{0,60}?\b(?:employed|appointed|commissioned) by [\w ]{3,40}", phrase)
    if employed and len(employed.group(0)) > len(head):
        head = employed.group(0)
    return head.strip(" ,")


# Liability owed to a company ("is liable to the corporation for the resulting loss").
_LIABLE_TO_THE_COMPANY = compile_pattern(
    r"\b(?:liable|answerable|accountable)\s+to\s+(?:the|its|such)\s+(?:corporation|company|association"
    r"|partnership|cooperative|bank|insurer)\b"
)
# Officers named with employees ("any officer, employee, or agent of"): a government's people.
_EMPLOYEES_OF = compile_pattern(
    r"\bofficers?,?\s+(?:or\s+|and\s+)?(?:an?\s+)?employees?\b|\bemployees?,?\s+(?:or\s+|and\s+)?officers?\b"
)


def _role_in(sentence: Sentence, definitions: dict[str, Sentence]) -> tuple[str | None, Role]:
    """The defendants a clause names and their class (definitions resolved)."""
    phrase = _defendants(sentence.text)
    if phrase is None:
        return None, Role.UNNAMED
    role = role_of(phrase)
    if role is Role.PRIVATE and _PRIVATE_BODY_FIRST.match(phrase):
        # "the towing company", defined as any person that tows "under color of a municipal
        # towing license": a business, whatever licence it works under.
        return phrase, role
    if role is Role.ELECTED:
        # "An elected official", defined by the offices won at an election (its definition's
        # "does not include a sheriff ... or any other officer whose duties include the
        # enforcement of criminal law" leaves police out, not in): the class stays elected.
        return phrase, role
    # A defined term names the class its definition gives: "a covered officer" (defined as
    # parole and corrections officers) or "a local police officer" (county and municipal police
    # only) is that class, not all law enforcement. A wide class named beside the term
    # ("any public employee, including a covered officer") stays wide.
    wide = role in (Role.BROAD, Role.STATE_ONLY, Role.LOCAL_ONLY, Role.BROAD_EXCEPT_SOME_POLICE)
    for term, definition in definitions.items():
        # A wide class that is itself the defined term ("the government agent", defined as
        # officers whose duties include enforcing the law) takes the definition's class too.
        if term in phrase and definition != sentence:
            if rx.search(
                r"\b(?:other\s+than|except|excluding)\s+(?:an?\s+|any\s+|the\s+)?"
                + re.escape(term),
                phrase,
            ):
                # "a person, other than a person acting under color of law": the term names
                # those left out, not the class.
                continue
            beside_the_term = phrase.replace(term, " ")
            if wide and lexicon.BROAD_TERM.search(beside_the_term):
                continue
            # ('"person" includes: (1) the State, a county, ...; and (2) an officer, employee, or
            # agent of an entity listed in item (1)': the item the list points back to, read in)
            body = _definition_body(_listed_item_read_in(definition.text), term)
            if _DEFINED_AS_THE_EMPLOYER.match(body) and (
                lexicon.POLICE_TERM.search(beside_the_term)
                or lexicon.BROAD_TERM.search(beside_the_term)
            ):
                # '"Employing entity" means the governmental entity that employs the law
                # enforcement officer': the officer's employer sued beside the officer widens no
                # class.
                continue
            if (
                role is Role.POLICE
                and _INCLUDES_DEFINITION.match(body)
                and lexicon.GENERAL_POLICE_CLASS.fullmatch(term)
                # (not a widening: '"law-enforcement officer" includes every officer and employee
                # of the state')
                and role_of(_DEFINITION_LEAD.sub("", body, count=1))
                in (Role.POLICE, Role.POLICE_NARROW)
            ):
                # '"law enforcement officer" includes a member of the Pennsylvania State Police, a
                # police officer of a political subdivision, a sheriff and a deputy sheriff': the
                # general class keeps its own sense, and what it "includes" only adds to it.
                continue
            if wide and _INCLUDES_DEFINITION.match(body):
                # '"Employee" includes any officer of the Metropolitan Police Department', for
                # "any employee of the District government": the term keeps its own wide sense,
                # and "includes" only adds to it.
                continue
            # '"Law enforcement officer" has the meaning given that term in § 42-28.6-1, and
            # includes any member of the division of state police, ...': the term keeps the
            # class of the statute it borrows, and what it "includes" only adds to it.
            # (unless what it includes is every public employee: '"peace officer" means the same as
            # defined in section 801.4, and includes any employee of the state or of a political
            # subdivision')
            # (not "includes any officer of the State, a county, a municipality": officers, which a
            # police term's definition may mean as its own kind)
            if (
                _MEANING_BORROWED.match(body)
                and role.public
                and not (
                    "employee" in body
                    and role_of(_DEFINITION_LEAD.sub("", body, count=1))
                    in (Role.BROAD, Role.BROAD_EXCEPT_SOME_POLICE)
                )
            ):
                continue
            # (the class as a noun phrase: '" means a police officer of the Capitol Police')
            defined = _narrowed_by_its_employers(
                role_of(_DEFINITION_LEAD.sub("", body, count=1)), body
            )
            if defined is Role.POLICE_NARROW and _EVERY_OTHER_POLICE.search(body):
                # '"covered officer" shall mean: (i) an officer certified by the ... commission;
                # (ii) a special state police officer ...; (iii) a deputy sheriff; and (iv) any
                # other person exercising police powers under the General Laws': a catch-all that
                # makes the list every police officer.
                defined = Role.POLICE
            if defined is Role.POLICE and _INCLUDING_TAIL.search(body):
                # '"public employee" shall mean any person ... serving ... in any office ... of the
                # commonwealth or of any county, city, town ..., including any law enforcement
                # officer': the police are one example of the wide class, not its limit.
                lead = _INCLUDING_TAIL.sub("", _DEFINITION_LEAD.sub("", body, count=1))
                head = role_of(lead)
                if not head.public and _SERVING_IN_GOVERNMENT.search(lead):
                    # ("any person who is elected, appointed, employed or otherwise serving ... in
                    # any office, position or employment of the commonwealth or of any county")
                    head = Role.BROAD if _ANY_LOCAL_GOVERNMENT.search(lead) else Role.STATE_ONLY
                if head in (Role.BROAD, Role.STATE_ONLY, Role.LOCAL_ONLY):
                    defined = head
            if defined is Role.POLICE and _leaves_out_public_police(definition.text):
                # '... The term does not include an investigator of the Attorney General, ... a
                # ranger of the Division of State Parks, or a police officer of the Nevada System
                # of Higher Education': police of the State's other agencies left out.
                defined = Role.POLICE_NARROW
            # (a class the definition names as private stays private: "an individual employed by
            # a private institution", whatever "private institution" is defined as)
            named_private = defined is Role.PRIVATE and explicitly_private(body)
            if (not defined.public and not named_private) or defined is Role.POLICE:
                # '"Public actor" means any individual employed by an employing entity', with
                # '"Employing entity" means the state ... and any political subdivision': the
                # other term read as its own definition says.
                expanded = _with_terms_defined(body, term, definitions)
                if expanded is not None:
                    wider = role_of(_DEFINITION_LEAD.sub("", expanded, count=1))
                    if wider in (Role.BROAD, Role.BROAD_EXCEPT_SOME_POLICE):
                        defined = wider
                    elif wider in (Role.LOCAL_ONLY, Role.STATE_ONLY) and _EMPLOYEES_OF.search(body):
                        # '"Local actor" means any officer, employee, or agent of a local unit',
                        # with '"Local unit" means a county, city, town ...': every employee of
                        # one level of government, not police (read "officer" alone).
                        defined = wider
                    elif wider is Role.POLICE_NARROW and (
                        not defined.public
                        or (
                            defined is Role.POLICE
                            # (not "a law enforcement officer or a corrections officer": the police
                            # named in the body itself, whatever the other term's statute says)
                            and not lexicon.UNQUALIFIED_POLICE_CLASS.search(body)
                        )
                    ):
                        # '"Officer" means a sworn person employed by a law enforcement agency',
                        # with '"Law enforcement agency" means the police department of a
                        # municipality having a population of more than 100,000': some police.
                        defined = wider
            # "a state actor", defined as state employees and state contractors only: the
            # phrase is the term itself, so a definition that keeps one level of government
            # decides.
            exactly_the_term = rx.sub(
                r"^(?:an?|any|the|each|every)\s+", "", phrase.strip()
            ) == term and (
                # ('"public official" means the Governor, ..., and each member of the General
                # Assembly': elected officials only)
                defined in (Role.STATE_ONLY, Role.LOCAL_ONLY, Role.POLICE_AND_OTHERS, Role.ELECTED)
                # ('"Public employee" means a person certified as a police officer ... who is
                # employed by the Oregon State Police, a county sheriff's office ...'; '"government
                # official" means any member of the state police or of a city or town police
                # department'): police at the head of the definition, no generic employee words.
                or (
                    defined in (Role.POLICE, Role.POLICE_NARROW)
                    and _GENERIC_EMPLOYEE_WORDS.search(_INCLUDING_EXAMPLES.sub(" ", body)) is None
                )
            )
            if (
                wide
                and not exactly_the_term
                # ('"public servant" means an officer or employee of this state, a county, or a
                # school district': a wide term narrowed by the employers its definition lists)
                and defined is not Role.BROAD_EXCEPT_SOME_POLICE
                and not (
                    defined in (Role.POLICE, Role.POLICE_NARROW)
                    and (
                        lexicon.LAW_ENFORCEMENT_DUTIES.search(body)
                        or not (
                            lexicon.BROAD_TERM.search(body) or lexicon.PUBLIC_ENTITY.search(body)
                        )
                    )
                )
            ):
                continue  # the definition keeps the class wide ("the state ... and any officer")
            # "campus peace officer" defined as a person commissioned as a peace officer by a
            # university: the term's own words keep the class as narrow as they say. And "law
            # enforcement officer" defined as a sworn officer "whether employed by the State or
            # by a county": police of every employer, not every public employee.
            if (role is Role.POLICE_NARROW and defined is Role.POLICE) or (
                role is Role.POLICE
                and defined is Role.BROAD
                and lexicon.GENERAL_POLICE_CLASS.search(definition.text)
                and not lexicon.BROAD_TERM.search(
                    _EMPLOYED_BY.sub(" ", lexicon.GENERAL_POLICE_CLASS.sub(" ", body))
                )
            ):
                return phrase, role
            if (
                defined in (Role.LOCAL_ONLY, Role.STATE_ONLY)
                and lexicon.POLICE_TERM.search(beside_the_term)
                and not lexicon.NARROW_POLICE.search(beside_the_term)
            ):
                # "a peace officer, as defined in section 24-31-901 (3), or a local government
                # employee": every police officer, and one level's other employees besides.
                return phrase, Role.POLICE_AND_OTHERS
            if (
                defined is Role.PRIVATE
                and _CORPORATE_OFFICERS.search(body)
                and not lexicon.POLICE_TERM.search(beside_the_term)
                and not lexicon.BROAD_TERM.search(beside_the_term)
            ):
                # '"Officer" means an officer, director, or managing agent of a debt buyer': the
                # term names a company's people, whatever "officer" means elsewhere.
                return phrase, Role.PRIVATE
            if (
                named_private
                and not lexicon.BROAD_TERM.search(beside_the_term)
                and not lexicon.GENERAL_POLICE_CLASS.search(beside_the_term)
            ):
                # '"Campus police officer." An individual employed by a private institution and
                # granted arrest powers': the term's people are a private body's.
                return phrase, Role.PRIVATE
            if defined.public:
                return phrase, defined
    return phrase, role


def _claims_wrong_elsewhere(body: str) -> bool:
    """Whether a claim is for "such a deprivation", with no wrong of its own named before it
    ("violates a person's right to record ... in a civil action with respect to such violation"
    names its wrong)."""
    pointer = lexicon.CLAIM_FOR_WRONG_ELSEWHERE.search(body)
    return pointer is not None and not lexicon.DEPRIVES.search(body, 0, pointer.start())


# "This section does not apply to an action under section 670.4B": the section's rules
# withheld from the actions of another section.
# A unit of a section by its label: "subsection 1", "subsection (b) of this section".
_LABELLED_UNIT = r"(?:sub)?section\s+\(?\w{1,3}\)?(?:\s+of\s+this\s+section)?"
_NOT_FOR_ACTIONS_UNDER = (
    r"\s+(?:does|shall)\s+not\s+apply\s+to\s+(?:an?\s+|any\s+)?(?:civil\s+)?(?:action|claim|suit)s?\s+"
    r"(?:brought\s+)?(?:under|pursuant\s+to)\s+"
)
_THIS_SECTION_NOT_FOR_ACTIONS = compile_pattern(
    # ("Subsection 1 does not apply to an action under section 2 of this act", in the section
    # whose subsection 1 keeps every immunity)
    r"\b(?:this\s+(?:section|chapter|article)|"
    + _LABELLED_UNIT
    + r")"
    + _NOT_FOR_ACTIONS_UNDER
    + r"(?:section|sec_?|§)"
)
_SUBSECTION_NOT_FOR_THIS_SECTIONS_CLAIMS = compile_pattern(
    r"\b"
    + _LABELLED_UNIT
    + _NOT_FOR_ACTIONS_UNDER
    + r"subsection\s+\(?\w{1,3}\)?(?:\s+of\s+this\s+section)?"
)
_THIS_IMMUNITY_LIMITED = compile_pattern(
    r"(?:\s*\(?\w{1,4}[)._]\s*)*(?:this|such|that|the\s+(?:foregoing|preceding))\s+(?:qualified\s+|limited\s+)?"
    r"(?:immunity|immunities)\s+(?:does|do|shall)\s+not\s+(?:apply|extend)\b"
)
_REFUSAL_TO_PAY_FORBIDDEN = compile_pattern(
    r"\b(?:may|shall|must)\s+not\s+(?:refuse|decline|deny|withhold)\b[^.;]{0,40}?\b(?:indemnif\w*|pay\w*)\b"
)
# A carve-out that excepts the bill's own claims: "..., except in an action under section 1".
_EXCEPT_IN_AN_ACTION_UNDER = compile_pattern(
    r"\bexcept\s+(?:in|for)\s+(?:an?\s+|any\s+)?(?:actions?|claims?|suits?)\s+(?:brought\s+)?(?:under|pursuant\s+to)\s+"
    r"(?:section|§)"
)
_THIS_SECTION_NOT_FOR_ACTIONS_AGAINST_POLICE = compile_pattern(
    r"\bthis\s+(?:section|chapter|article)\s+(?:does|shall)\s+not\s+apply\s+to\s+(?:an?\s+|any\s+)?"
    r"(?:civil\s+)?(?:action|claim|suit)s?\s+(?:brought\s+)?against\s+(?:an?\s+|any\s+)?(?:law\s+enforcement"
    r"|peace|police)\s+officers?\b[^.;]{0,40}?\b(?:under|pursuant\s+to)\b"
)


def _struck_spans(body: str) -> list[tuple[int, int]]:
    """The spans of the quotations an instruction in ``body`` strikes."""
    spans = []
    for match in _STRUCK_QUOTED.finditer(body):
        closing = body.find("\u201d" if match.group("quote") == "\u201c" else '"', match.end())
        spans.append((match.end(), len(body) if closing == -1 else closing))
    return spans


def _without_struck_quotations(body: str) -> str:
    """``body`` with the words its instructions strike blanked out (offsets kept)."""
    for start, end in _struck_spans(body):
        body = body[:start] + " " * (end - start) + body[end:]
    return body


def _only_in_struck_quotation(body: str) -> bool:
    """Whether every word of a defense rule stands in words an instruction strikes ("is amended
    by striking out, in lines 12 to 14, the words 'Qualified immunity shall not be a defense to
    an action under this section.'"): after the bill they are not law."""
    struck = _struck_spans(body)
    if not struck:
        return False
    terms = [m.start() for m in lexicon.QI_TERM.finditer(body)] + [
        m.start() for m in _DEFENSE_WORD.finditer(body)
    ]
    return bool(terms) and all(any(a <= t < b for a, b in struck) for t in terms)


_STRUCK_QUOTED = compile_pattern(
    # ('In Section 106A.001(b), delete ", except that a peace officer who acted in good faith ..."')
    r"\b(?:strik(?:e|es|ing)|delet(?:e|es|ing))\s+(?:out\s*)?(?:,?\s*in\s+lines?\s+[\w ,]{1,30}?,\s*)?(?:the\s+words?|the\s+sentence"
    r"|the\s+following(?:\s+words?)?"
    # ("by striking out the last paragraph, which reads as follows:- "In an action ...")
    r"|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:paragraph|sentence|subsection|subdivision|clause)s?(?:\s+\(?\w{1,4}\)?)?,?"
    r"\s+(?:which|that)\s+(?:reads?|provides?)(?:\s+as\s+follows)?"
    # ("strike in their entirety lines 20 through 24, inclusive, being "(C) Qualified immunity
    # ..."", a committee amendment's form; or the words quoted at once: 'strike "Notwithstanding
    # § 5-303,"')
    r"|in\s+their\s+entirety\b[^.\"\u201c]{0,100}?\bbeing"
    r"|)\s*[:,-]*\s*(?P<quote>[\"\u201c])"
)
_DEFENSE_WORD = compile_pattern(r"\bdefen[cs]es?\b|\bimmun\w*")


def _cited_sections(listed: str) -> tuple[str, ...]:
    """The section numbers a list cites ("3 to 5" -> 3, 4, 5; "15 and 20"; "670b_3 and
    670b_4"), a range of whole numbers spelled out."""
    numbers: list[str] = []
    for part in rx.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed):
        bounds = rx.split(r"\s+(?:to|through)\s+(?:sections?\s+)?", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            low, high = int(bounds[0]), int(bounds[1])
            if 0 < high - low <= _LONGEST_SECTION_RANGE:
                numbers.extend(str(n) for n in range(low, high + 1))
                continue
        numbers.extend(b for b in bounds if b)
    return tuple(rx.sub(r"^sections?\s+", "", n) for n in numbers)


_LONGEST_SECTION_RANGE = 60
_LEAD_IN_REACH = 600  # how far before a rule a "For purposes of sections ...:" lead-in may stand


# What follows a section number cited from the constitution or from another law (", 11 or 15
# of the Kansas bill of rights", "of the Revised Code").
_CITED_SECTION_OF_ANOTHER_TEXT = compile_pattern(
    r"(?:\s*(?:,|\bor\b|\band\b)\s*(?:or\s+|and\s+)?[\w.-]*\d[\w.-]*)*\s*,?\s+of\s+(?:the\s+)?(?!this\b)"
    r"(?:[\w.-]+\s+){0,4}?(?:constitution|bill\s+of\s+rights|declaration\s+of\s+rights|article|code|statutes"
    r"|laws|title|act|chapter)\b"
)


def _section_number_pattern(cited: str) -> re.Pattern[str]:
    """A section number cited in the analysis copy, as a pattern for section labels (periods
    are masked in the analysis copy, not in the document's labels)."""
    return re.compile(r"(?<![\w.-])" + re.escape(cited.replace("_", ".")) + r"(?![\w-])")


# What a rule names by "this ...": "An action under this section", "a judgment is entered under
# this subsection".
_UNDER_THIS = (
    r"\b(?:actions?|claims?|suits?|judgments?|settlements?|awards?|liable|applications?|petitions?|proceedings?)\s+"
    r"(?:(?:brought|is|are|entered|rendered|found|presented|filed|made|submitted)\s+)*(?:under|pursuant\s+to)\s+this\s+"
)
_ACTION_UNDER_THIS_SECTION = compile_pattern(_UNDER_THIS + r"section\b")
_CLAIM_UNDER_THIS_OR_A_SECTION = compile_pattern(
    _UNDER_THIS + r"(?:section|subsection|act|chapter|article|part)\b"
    r"|\b(?:liable|liability|actions?|claims?)\s+(?:brought\s+)?under\s+section\b"
)
_SETTLED_NOT_GIVEN = compile_pattern(
    r"\b(?:settle|compromise|adjust)(?:,\s+in\s+(?:his|her|its|their)\s+discretion,)?\s+(?:any\s+|all\s+)?"
    r"(?:claims?|suits?|actions?)\b"
)
_SETTLEMENT_OPENING = 150
_CONDITION_AFTER_REACH = 160  # how far after a duty to pay its condition may be stated
_WHOLE_JUDGMENT_PAID = compile_pattern(
    # ("shall pay the whole of any judgment or settlement entered against it")
    r"\b(?:shall|must)\s+pay\s+the\s+(?:entire|whole|full)\s+(?:amount\s+)?(?:of\s+(?:the|any|each|every)\s+)?"
    r"(?:judgment|judgement|settlement|award)"
    # ("The employing agency shall pay the judgment in full", "The District shall pay any judgment
    # or settlement in full")
    r"|\b(?:shall|must)\s+pay\s+(?:the|any|each|every|all)\s+(?:such\s+)?(?:judgment|judgement|settlement|award)s?"
    r"(?:\s+(?:or|and)\s+(?:judgment|judgement|settlement|award)s?)?\s+in\s+full\b"
    # ("The employing agency shall satisfy the judgment in full"; "shall satisfy in full, from the
    # General Fund, any judgment or settlement under this section")
    r"|\b(?:shall|must)\s+satisfy\s+(?:the|any|each|every|all)\s+(?:such\s+)?(?:judgment|judgement|settlement|award)s?"
    r"(?:\s+(?:or|and)\s+(?:judgment|judgement|settlement|award)s?)?\s+in\s+full\b"
    r"|\b(?:shall|must)\s+satisfy\s+in\s+full\b"
    # ("the treasurer of the city or town shall draw a warrant on the treasury for the full amount
    # of the judgment or settlement")
    r"|\b(?:shall|must)\s+draw\s+(?:a\s+)?warrants?\b[^.;]{0,40}?\bfor\s+the\s+(?:entire|whole|full)\s+amount\b"
)
_PAID_FROM_A_FUND = compile_pattern(lexicon.PAID_FROM_A_FUND_SOURCE)
_REAL_PARTY_IN_INTEREST = compile_pattern(
    r"\b(?:employer|employing\s+(?:agency|entity))\b[^.;]{0,60}?\bis\s+the\s+real\s+party\s+in\s+interest\b"
)
_FOLLOWING_NOT_A_DEFENSE = compile_pattern(
    r"\bthe\s+following\s+(?:shall|is|are|may)\s+not\s+(?:be\s+)?(?:raised\s+as\s+)?(?:an?\s+)?defen[cs]es?\b[^.:]*:"
)
_LISTED_DEFENSES_REACH = 1200
# The next lettered subsection after a numbered list ("\n(e) Limitations ...").
_NEXT_SUBSECTION_AFTER_LIST = compile_pattern(r"\n\s*\([a-z]\)\s")
_PRIVATE_PARTIES_NAMED = compile_pattern(
    r"\bprivate\b|\blicensees?\b|\bsecurity\s+(?:officers?|guards?|agenc(?:y|ies)|compan(?:y|ies)|firms?)\b"
    r"|\bcontractors?\b|\bvendors?\b"
)
_WOULD_NOT_BE_AVAILABLE = compile_pattern(
    r"\bwould\s+not\s+(?:be\s+)?(?:available|apply|a\s+defen[cs]e|be\s+a\s+defen[cs]e)\b"
)
_RULE_IN_FORCE = compile_pattern(r"\b(?:shall|is|are|may)\s+not\b")
# (not the month: "SECOND READING, MAY 6, 2025")
_RULE_VERB = compile_pattern(r"\b(?:shall|may(?!\s+\d)|must|liable|is\s+not|are\s+not)\b")
_IMPOSES_A_PENALTY = compile_pattern(
    r"\b(?:may|shall)\s+(?:impose|assess|levy|seek|recover)\s+(?:a\s+|an?\s+administrative\s+)?(?:civil\s+)?penalt(?:y|ies)\b"
)
_ACTION_UNDER_THIS_ACT = compile_pattern(
    r"\b(?:actions?|claims?|suits?)(?:\s+or\s+proceedings?)?\s+(?:brought\s+)?(?:under|pursuant\s+to)\s+this\s+"
    r"(?:act|chapter|article|title)\b"
)
_ACTION_UNDER_THIS_SUBSECTION = compile_pattern(
    _UNDER_THIS + r"(?:subsection|paragraph|subdivision|division)\b"
)
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
# "an action brought pursuant to subsection 2", "an action under paragraph (b)".
_ACTION_UNDER_SUBSECTION = compile_pattern(
    r"(?:\b(?:an?|any|the|each|every)\s+(?:civil\s+)?(?:action|claim|suit)s?\s+(?:brought\s+)?"
    # ("a judgment entered pursuant to Subsection B": that subsection's claim's judgments)
    r"|\b(?:judgments?|settlements?|awards?)\s+(?:entered\s+|rendered\s+)?)(?:under|pursuant\s+to)\s+"
    r"(?:subsection|paragraph|division|subdivision)\s+\(?(?P<label>[a-z0-9]{1,3})\)?(?![\w(])"
)
# How far into a bill's section the code section it enacts is named.
_SECTION_HEADING_REACH = 160
_ACTION_UNDER_SECTION = compile_pattern(
    # ("an award on an application under section 4 of this act")
    r"\b(?:an?|any|the)\s+(?:civil\s+)?(?:action|claim|suit|application|petition)s?\s+(?:brought\s+|filed\s+)?"
    r"(?:under|pursuant\s+to)\s+(?:section|sec_?|§)\s*(?P<number>[\w-]*\d[\w-]*)"
    # "shall pay any judgment under section 1": the judgments of that section's claim.
    # (and "It is not a defense to liability under Section 15-5 that ...": that claim's liability,
    # not "the limitations on liability under § 5-303", a cap's own section)
    r"|\b(?:judgments?|judgements?|settlements?|awards?|(?<!limitations on )(?<!limitation on )(?<!limits on )"
    r"(?<!limit on )liability)\s+(?:entered\s+|rendered\s+)?(?:under|pursuant\s+to)\s+"
    r"(?:section|sec_?|§)\s*(?P<judged>[\w-]*\d[\w-]*)"
)
# The actions of one or more sections of the bill: "an action under section 2 or 3", "actions
# brought pursuant to sections 13-21-133 and 13-21-134".
_ACTIONS_UNDER_SECTIONS = compile_pattern(
    r"\b(?:actions?|claims?|suits?|liability)\s+(?:brought\s+|filed\s+)?(?:under|pursuant\s+to)\s+"
    r"(?:sections?|secs?_?|§§?)\s*(?P<numbers>[\w-]*\d[\w-]*(?:(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?"
    r"(?:section\s+|§\s*)?[\w-]*\d[\w-]*)*)"
    # (the whole list, not its first numbers: "section 2 or 3 of the ... Act" is not "section 2")
    r"(?![\w-]|(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?(?:section\s+|§\s*)?[\w-]*\d)"
    r"(?!\s*,?\s+of\s+(?:the\s+)?(?!this\b))"
)
_CITED_NUMBER = compile_pattern(r"[\w-]*\d[\w-]*")
# The actions of subsections of the same section: "an action described in subsection (a)",
# "an action under sub. (2) or (3)".
_ACTIONS_UNDER_SUBSECTIONS = compile_pattern(
    r"\b(?:actions?|claims?|suits?|liability)\s+(?:brought\s+|filed\s+)?(?:under|pursuant\s+to|described\s+in)\s+"
    r"(?:(?:subsections?|subdivisions?|subs?_|paragraphs?|divisions?)\s*)?(?P<labels>\(\w{1,4}\)(?:(?:\s*,\s*|\s+)"
    r"(?:(?:and|or)\s+)?\(\w{1,4}\))*)(?!\s*(?:\(\w{1,4}\)\s*)*,?\s+of\s+(?:the\s+)?(?:section|chapter|article)\b)"
)
_SUBSECTION_LABEL = compile_pattern(r"\((\w{1,4})\)")
_BAR_APPLIED_TO_THIS_SECTION = compile_pattern(
    r"\b(?:sections?|secs?_?|§§?)\s*(?P<numbers>\d[\w-]*(?:(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?\d[\w-]*)*)"
    r"(?:\s+of\s+this\s+act)?\s+(?:also\s+)?appl(?:y|ies)\s+to\s+(?:an?|any|each)\s+(?:civil\s+)?actions?\s+"
    r"(?:brought\s+)?(?:under|pursuant\s+to)\s+this\s+section\b"
)
_UNDER_A_NUMBERED_SECTION = compile_pattern(
    r"\b(?:under|pursuant\s+to)\s+(?:section|sec_?|§)\s*([\w-]*\d[\w-]*)(?![\w-])(?!\s*,?\s+of\s+(?:the\s+)?(?!this\b))"
)
# What ties a rule to the rights claim when it names no section: an action, a judgment or
# settlement, the people sued, or the act as a whole.
_NAMES_NO_ACTION_OR_JUDGMENT = compile_pattern(
    r"\b(?:actions?|suits?|judgments?|judgements?|settlements?|officers?|employees?|deput(?:y|ies)|defendants?"
    r"|liab\w*)\b|\bthis\s+(?:act|part|chapter|article|title|subtitle|subchapter)\b"
)
_SHALL_NOT_FAIL_TO = compile_pattern(
    r"\b(shall|must)\s+not\s+(?:fail|neglect|omit|decline|refuse)\s+to\s+"
)
# A lead-in that sets out proposals or model language without force, ending in the colon before
# them: "the following proposals, which are set out for purposes of study only and shall have no
# force or effect:".
_WITHOUT_FORCE_LEAD_IN = compile_pattern(
    r"\b(?:proposals?|models?|drafts?|options?|examples?|language|alternatives?|texts?)\b[^:]{0,200}?"
    r"(?:for\s+(?:the\s+)?purposes?\s+of\s+(?:study|discussion|illustration)\s+only|(?:shall\s+)?ha(?:ve|s)\s+no\s+"
    r"(?:legal\s+)?force(?:\s+or\s+effect)?)[^:]{0,80}:"
    # A note printed with the bill that says it is none of it: "REVISOR'S HISTORICAL NOTE (not
    # part of the act):".
    # ("Committee Report Summary (not part of the local law):")
    r"|\b(?:notes?|summary|summaries|digest|analysis|comments?|commentary)\s*\(\s*not\s+(?:a\s+)?part\s+of\s+"
    r"(?:the|this)\s+(?:act|bill|local\s+law|law|ordinance|statute|resolution|measure)\s*\)\s*:"
)
# A law another lawmaker may, or may not, make: "may, by ordinance, establish", "No county, city
# ... shall enact, adopt, or enforce any ordinance, order, rule, regulation, or charter provision
# that".
_LOCAL_LAW_WORDS = (
    r"(?:ordinances?|resolutions?|charter\s+(?:provisions?|amendments?)|local\s+laws?|bylaws?)"
)
_ANOTHER_LAWMAKERS_PROVISION = compile_pattern(
    r"\bmay,?\s+by\s+"
    + _LOCAL_LAW_WORDS
    + r",?\s+(?:establish|create|provide|enact|adopt|authorize)\b"
    r"|(?:\bno\s+(?:[\w,-]+\s+){1,12}?(?:shall|may)|\b(?:shall|may)\s+not)\s+(?:enact|adopt|pass)"
    r"(?:,?\s+(?:or\s+)?(?:enact|adopt|pass|enforce|maintain|implement))*,?\s+(?:an?|any)\s+"
    r"(?:[\w-]+,?\s+(?:or\s+)?){0,6}?" + _LOCAL_LAW_WORDS + r"\s+(?:that|which)\b"
    # What a State's own law must say for a grant: "... shall reduce by 10 percent the amount ...
    # allocated ... to a State that has not in effect a law that-- (1) provides that ...".
    r"|\b(?:has|have|had)\s+(?:not\s+)?in\s+effect\s+(?:a|any)\s+(?:law|statute)s?\s+(?:that|which)\b"
    # ("... unless the chief executive of the State certifies to the Attorney General that the
    # law of the State-- (1) provides that ...")
    r"|\bcertif(?:y|ies)\b[^.;]{0,80}?\bthat\s+the\s+laws?\s+of\s+(?:the|such|that|each)\s+state\b"
)
_DISCLOSURE_FORBIDDEN = compile_pattern(
    r"\b(?:may|shall|must)\s+not\s+(?:(?:sell|share|rent|transfer),?\s+(?:or\s+)?)*(?:otherwise\s+)?"
    r"(?:disclose|release|share|sell|publish)\b"
)
# A body other than a court that awards something, and its verb: "the State Board of Examiners
# shall award", "The Program shall award". (Its awards belong to its own proceeding.)
_AWARDING_BODIES = (
    r"commission|board|council|program|fund|administrator|agency|department|division|office|secretary"
    r"|director"
)
_BODY_SHALL_AWARD = r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:shall|must|may)\s+(?:also\s+)?award\b"
_AWARDED_BY_A_TRIBUNAL = compile_pattern(
    r"\b(?:"
    + _AWARDING_BODIES
    + r")"
    + _BODY_SHALL_AWARD
    + r"\s+(?:to\s+)?(?:an?|the|each|any)\s+(?:eligible\s+)?(?:petitioners?|applicants?|claimants?|complainants?"
    r"|victims?)\b"
)
_INDEMNIFIES_OTHER_PEOPLE = compile_pattern(
    r"\b(?:shall|must|may)\s+(?:defend\s+and\s+)?(?:indemnify|hold\s+harmless)\s+(?:an?|the|any|each|every)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:members?|volunteers?|vendors?|contractors?|directors?|commissioners?|trustees?"
    r"|board|inspectors?|monitors?|auditors?|mediators?|hearing\s+officers?)\b"
)
_AS_THE_CASE_MAY_BE = compile_pattern(r",?\s*as\s+the\s+case\s+may\s+be\s*,?")
_DAMAGES_UNDER_THIS_SUBSECTION = compile_pattern(
    r"\bdamages\s+(?:awarded\s+|recoverable\s+)?(?:under|pursuant\s+to)\s+this\s+(?:sub)?section\b"
)
_CLAIMS_BEFORE_THE_DATE = compile_pattern(
    r"\b(?:claims?|actions?|causes?\s+of\s+action|conduct|injur(?:y|ies))\s+(?:arising|accruing|occurring|filed"
    r"|brought|that\s+(?:arose|accrued|occurred))\s+(?:before|prior\s+to)\s+(?:the\s+)?(?:effective|operative)\s+date\b"
)
_BUT_KEPT_FOR = compile_pattern(
    r"\bbut\s+(?:shall\s+|do\s+|does\s+)?(?:continue\s+to\s+)?apply\s+to\s+(?P<rest>[^.;]{1,160})"
)
# The sections a rule is for: "For purposes of sections 5 to 7, inclusive, of this act",
# "For purposes of Sections 10 through 20", "for purposes of sections 670B_3 and 670B_4".
_SECTION_LIST = r"(?P<list>[\w-]*\d[\w-]*(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:to|through|and|or)\s)\s*(?:sections?\s+)?[\w-]*\d[\w-]*)*)"
_FOR_PURPOSES_OF_SECTIONS = compile_pattern(
    r"\b(?:for\s+(?:the\s+)?purposes?\s+of\s+sections?\s+"
    # ("Sections 14 and 16 are subject to the following: (a) The court shall award ...")
    r"|(?=sections?\s+[\w-]*\d[^.;:]{0,80}?\s(?:are|is|shall\s+be)\s+subject\s+to\s+the\s+following\b)sections?\s+)"
    + _SECTION_LIST
)
_THIS_SECTION_APPLIES_TO_SECTIONS = compile_pattern(
    r"\bthis\s+section\s+(?:applies|shall\s+apply)\s+(?:only\s+)?to\s+sections?\s+" + _SECTION_LIST
)
# ("for purposes of section 149.43 of the Revised Code": another law's sections, not the bill's)
_SECTIONS_OF_ANOTHER_LAW = compile_pattern(
    r"\s*,?\s*(?:of\s+(?:the\s+)?(?!this\b)(?:[\w.-]+\s+){0,4}?(?:code|statutes|laws|title|act|chapter)\b|of\s+title\b)"
)
_COLON_AFTER = compile_pattern(
    r"(?:,?\s*inclusive)?(?:,?\s*of\s+this\s+(?:act|chapter|article))?(?:,?\s*and\s+amendments\s+thereto)?"
    r"(?:\s+(?:are|is|shall\s+be)\s+subject\s+to\s+the\s+following)?\s*:"
)
# A remedy sought by presenting or filing a paper rather than by suing a wrongdoer.
_PRESENTED_REMEDY = compile_pattern(
    r"\b(?:may|shall)\s+(?:present|file|submit|make)\s+(?:a|an)\s+(?:written\s+|verified\s+|sworn\s+)?"
    r"(?:claim|petition|application|demand)\b"
    # ("A claim against a public entity for damage to property ... may be presented to the
    # public entity under N.J.S.59:8-3")
    r"|\b(?:claim|petition|application|demand)\b[^.;]{0,120}?\b(?:may|shall)\s+be\s+(?:presented|filed|submitted)\b"
    # A writ sought of a court ("may petition the circuit court for a writ of mandamus") and a
    # complaint to a commission ("may file a complaint with the Commission").
    r"|\bmay\s+petition\s+(?:the|a|any)\s+(?:[\w-]+\s+){0,2}?court\s+for\s+(?:a\s+|an\s+)?writ\b"
    # ("may petition the circuit court to compel the release": a records petition)
    r"|\bmay\s+petition\s+(?:the|a|any)\s+(?:[\w-]+\s+){0,2}?court\s+(?:to|for\s+an\s+order\s+to)\s+"
    r"(?:compel|order|require)\b"
    r"|\b(?:may|shall)\s+file\s+(?:a|an)\s+(?:written\s+|verified\s+|sworn\s+)?complaint\s+with\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:commission|board|council|agency|department|office|ombuds\w*)\b"
)
_FEES_IN_RECORDS_SUIT = compile_pattern(
    # ("A requestor who prevails in any proceeding challenging the denial of access to a
    # government record shall be entitled to a reasonable attorney's fee")
    r"\brequest[oe]rs?\b[^.;]{0,80}?\bprevails?\b[^.;]{0,80}?\b(?:denial|refusal)\s+of\s+access\b|"
    # ("A requestor who prevails in any proceeding shall be entitled to a reasonable attorney's
    # fee"; "... the court shall order the custodian to permit such inspection and shall award
    # ... attorney fees to the prevailing applicant"; "If the court determines that the
    # complainant has substantially prevailed, the court shall assess against a defendant
    # governmental unit reasonable counsel fees": a records law's own suit)
    r"\brequest[oe]rs?\s+who\s+prevails?\b|\b(?:right\s+of\s+inspection|custodian)\b"
    r"|\bcomplainant\s+has\s+substantially\s+prevailed\b|"
    # "In a suit under ORS 192.431 to obtain a record described in subsection (1) ...".
    r"\b(?:suits?|actions?|proceedings?|petitions?)\b[^.;]{0,60}?\bto\s+(?:(?:obtain|inspect|copy|review)"
    r"(?:\s+(?:or|and)\s+(?:obtain|inspect|copy|review))?|compel\s+(?:the\s+)?"
    r"(?:disclosure|release|production)\s+of)\s+(?:a|an|the|any)\s+(?:public\s+)?records?\b"
    # ("If a person seeking the right to inspect or to receive a copy of a public record prevails")
    r"|\b(?:seeking|seeks|sought)\s+(?:the\s+right\s+)?to\s+(?:inspect|copy|obtain|receive)\b[^.;]{0,60}?"
    r"\b(?:public\s+)?records?\b"
    r"|\b(?:unlawfully|improperly|wrongfully)\s+(?:refused|withheld|denied|failed)\b[^.;]{0,80}?"
    r"\b(?:public\s+records?|records?\s+to\s+be\s+inspected|inspect(?:ed|ion)?\s+(?:of\s+)?(?:a\s+|the\s+)?"
    r"(?:public\s+)?records?|cop(?:y|ies)\s+of\s+(?:a\s+|the\s+)?(?:public\s+)?records?)"
    # "... when the agency failed to respond to a request or appeal within the statutory time",
    # "when the agency had no reasonable basis for denying access".
    r"|\bfail(?:ed|s)?\s+to\s+respond\s+to\s+(?:a|the|any)\s+(?:records?\s+)?request\b"
    r"|\bdeny(?:ing)?\s+access\b|\bfreedom\s+of\s+information\b|\b(?:open|public)\s+records\s+(?:act|law)\b"
    # ("In any action to enforce the provisions of this chapter in which the petitioner
    # substantially prevails": the records law's own words)
    # (a plaintiff who "substantially prevails" in a claim is not one: Wisconsin's fee clauses)
    r"|\bpetitioner\s+(?:has\s+)?substantially\s+prevail"
    # ("... a civil penalty on an agency that willfully withheld the record"; "anyone refused a
    # copy of such a report may petition the court to order its release"; "a person who is
    # refused any record described in Section 10 may bring an action ... to compel its release";
    # "a person denied access to the information may bring a mandamus action"; "in a suit to
    # obtain the information described by Section 552.022(a)(25)"; "a person appealing a denial of
    # access to public records")
    r"|\brefused\s+(?:a\s+cop(?:y|ies)\s+of|inspection\s+of|(?:a|an|any|the)\s+(?:[\w-]+\s+)?records?\b)"
    r"|\b(?:order|compel)\s+(?:its|their)\s+(?:release|disclosure|production)\b|\bmandamus\b"
    r"|\bden(?:ied|ial\s+of)\s+access\s+to\s+(?:(?:a|an|the|any)\s+)?(?:public\s+)?(?:information|records?|recordings?"
    r"|footage|documents?)\b"
    r"|\b(?:suits?|actions?|proceedings?|petitions?)\s+to\s+(?:obtain|inspect|copy)\s+(?:the|any|a)\s+"
    r"(?:information|recordings?|footage|documents?)\b"
    r"|\bwithh(?:eld|olds?)\s+(?:the|a|any)\s+(?:public\s+)?records?\b"
    # "denied access to a public record", "the public agency's denial of a request", fees "to
    # the requester": the records law's words.
    r"|\bden(?:ied|ial\s+of)\s+(?:access\s+to\s+)?(?:a|an|the|any)\s+(?:public\s+)?(?:records?|request)\b"
    r"|\brequesters?\b"
    # ("A person denied records of the State Law Enforcement Division ... may bring an action";
    # "A person whose request under Section 36-12-40 ... for records of a law enforcement agency
    # is denied may bring an action")
    r"|\b(?:denied|refused)\s+(?:the\s+|any\s+)?records?\b"
    r"|\brequest\b[^.;]{0,100}?\brecords?\b[^.;]{0,100}?\b(?:is|was|are|has\s+been)\s+(?:denied|refused)\b"
)
_INDEMNIFIES_AN_ENTITY = compile_pattern(
    r"\bindemnify\s+(?:and\s+hold\s+harmless\s+)?(?:the|an?|any|each)\s+(?:[\w-]+\s+){0,2}?(?:agency|agencies"
    r"|department|city|county|state|municipality|entity|district|board|commission)\b(?!'s|’s|\s+(?:actors?"
    r"|officers?|employees?|officials?|agents?|personnel|workers?|members?|troopers?|police)\b)"
)
_INDEMNITY_AS_OTHER_LAW_PROVIDES = compile_pattern(
    r"\bindemnif\w*\b[^.;]{0,80}?\bonly\s+(?:as|to\s+the\s+extent)\s+(?:provided|authorized|required|permitted)\s+"
    r"(?:in|by|under)\s+(?!this\b)"
)
_FEES_AS_FILING_SANCTION = compile_pattern(
    r"\bsanctions?\b[^.;]{0,300}?\b(?:attorney|counsel|legal)|\b(?:pleading|motion|paper)s?\b[^.;]{0,200}?"
    r"\b(?:signed|filed|interposed)\s+in\s+violation\b"
)
_RECITED_RULE = compile_pattern(
    r"^[^.;]{0,120}?,\s+which\s+(?:now\s+)?(?:provides|reads|states)\s+(?:that\s+|as\s+follows:?\s+)?['\"‘“]?"
    r"(?P<rule>(?:an?|any|every|each|no)\s[^.;]+)"
)
_EXCLUSION_LIST_REACH = 500
# How far after a definition "The term does not include" may stand.
_EXCLUSION_AFTER_DEFINITION = 300
_DEFINITION_EXCLUDES_GOVERNMENTS = compile_pattern(
    r"\b(?:does|shall)\s+not\s+include\s+(?:the\s+state|this\s+state|a\s+public\s+(?:entity|body)|any\s+public\s+(?:entity|body)"
    r"|a\s+governmental\s+(?:entity|unit)|any\s+governmental\s+(?:entity|unit))\b[^.;]{0,120}?\b(?:officers?|employees?)\b"
    # ('"Employer" means any person ... that employs one or more individuals. The term does not
    # include the state, a county, a municipality, or any other political subdivision': no
    # government is such an employer, at either level)
    r"|\b(?:does|shall)\s+not\s+include\s+(?:the|this)\s+state\b[^.;]{0,80}?\b(?:political\s+subdivisions?"
    r"|public\s+entit(?:y|ies)|local\s+governments?|municipalit(?:y|ies)|count(?:y|ies))\b"
)
_TERM_LEAVES_OUT_PUBLIC_PEOPLE = compile_pattern(
    r"\b(?:does|shall)\s+not\s+include\s+(?:an?|any)\s+(?:public\s+)?(?:officers?|employees?|officials?)\b"
    r"(?:,?\s+(?:or|and)\s+(?:an?\s+)?(?:employees?|officers?|agents?))?\s+of\s+(?:the\s+|this\s+)?(?:state|commonwealth"
    r"|an?\s+political\s+subdivision|any\s+political\s+subdivision|an?\s+public\s+(?:entity|body|agency))\b"
)
# A term whose definition leaves out the police and every other public officer or employee.
_TERM_LEAVES_OUT_POLICE_AND_ALL_PUBLIC = compile_pattern(
    r"\b(?:does|shall)\s+not\s+include\s+(?:an?\s+|any\s+)?(?:police|peace|law\s+enforcement)\s+officers?\b"
    r"[^.]{0,300}?\bany\s+other\s+(?:public\s+)?(?:officers?|employees?)(?:\s+or\s+(?:employees?|officers?))?\s+of\s+"
    r"(?:the\s+)?(?:state|commonwealth)\b"
)
_CREATION_DENIED_BEFORE = compile_pattern(
    r"(?:\b(?:may|shall|does|do|will)\s+not\b|\bnothing\b)[^.;]{0,160}?\b(?:create|creates|establish"
    r"|establishes)\s+(?:any|a|an|new)\b[^.;]*$"
)
# "This section does not create any cause of action against a peace officer or a public entity".
_NO_CLAIM_AGAINST_PUBLIC_ACTORS = compile_pattern(
    r"\b(?:does|shall)\s+not\s+(?:create|establish)\s+(?:any|a|an)\s+(?:civil\s+)?(?:cause\s+of\s+action|claim|action|liability)\s+"
    r"against\s+(?:an?|any|the)\s+(?:peace\s+|police\s+|law\s+enforcement\s+)?(?:officers?|public\s+(?:entit|employee|bod|official))"
    # ("This section does not create a cause of action against the state, a local agency, or any
    # public employee")
    r"|\b(?:does|shall)\s+not\s+(?:create|establish)\s+(?:any|a|an)\s+(?:civil\s+)?(?:cause\s+of\s+action|claim|action"
    r"|liability)\s+against\s+(?:the\s+state|an?\s+(?:state|local)\s+agency)\b[^.;]{0,80}?\b(?:any|a)\s+public\s+"
    r"(?:employees?|officials?|officers?)\b"
    # ("Nothing in this section shall be construed to waive the sovereign immunity of the
    # Commonwealth or to create a cause of action against a public officer or employee";
    # "Nothing in this section creates a cause of action against a law enforcement agency, a
    # governmental entity, or any officer or employee thereof")
    r"|\bnothing\s+in\s+this\s+(?:section|act|chapter|article)\b[^.;]{0,120}?\b(?:creates?|establish\w*)\s+(?:a|any)\s+"
    r"(?:civil\s+)?(?:claim|cause\s+of\s+action|right\s+of\s+action|action)\s+against\s+(?:a|an|any|the)\s+"
    r"(?:public|law\s+enforcement|governmental|government|state\b|commonwealth|peace|police|political)"
    # (not the employer's vicarious liability only: "... against the State or a political
    # subdivision based solely on its employment of a person acting under color of law")
    r"(?![^.;]{0,80}?\b(?:based\s+solely|solely\s+(?:on|because|by\s+reason)|by\s+reason\s+of\s+(?:its\s+)?employ"
    r"|respondeat)\b)"
)
_GOVERNMENT_NOT_SUED = compile_pattern(
    r"[^.]{0,200}?\b(?:may|shall)\s+not\s+(?:bring|commence|maintain|file)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:action|suit)\b"
    r"[^.]{0,300}?\bagainst\s+(?:a|an|any|the)\s+(?:political\s+subdivision|unit\s+of\s+(?:state|local)|state\s+agency"
    r"|county|city|town|municipality|local\s+government|governmental\s+(?:unit|entity)"
    r"|public\s+(?:body|entity|employee|official))\b"
)
# An instruction that strikes quoted words and inserts others in their place.
_WORD_SUBSTITUTION = compile_pattern(
    r"\bstrik(?:e|es|ing)\s+(?:out\s+)?(?:the\s+words?\s+)?['\"‘“](?P<old>[^'\"‘’“”\n]{1,80})['\"’”]"
    r",?\s+and\s+(?:by\s+)?(?:inserting|substituting)\s+(?:in\s+(?:the\s+)?place\s+thereof\s+|therefor\s+|in\s+"
    r"lieu\s+thereof\s+)?(?:the\s+words?\s+)?['\"‘“](?P<new>[^'\"‘’“”\n]{1,120})['\"’”]"
)
_AMENDED_MODAL = compile_pattern(r"\b(?:may|shall|must)\b")
# The bill's own section an amending instruction names, in the words just before "striking":
# "section 6 of this act is hereby amended by", "§ 8399_4, as added by section 1 of this act, is
# amended by".
_OWN_SECTION_NAMED = compile_pattern(
    r"(?:§\s*(?P<code>\d[\w.]*?)[_.]?,?\s+as\s+(?:added|enacted|created)\s+by\s+section\s+\d+\s+of\s+this\s+act"
    r"|\bsection\s+(?P<section>\d+)\s+of\s+this\s+act),?\s+is\s+(?:hereby\s+)?amended\s+by\s*$"
)
_INSERTS_AN_EXCEPTION = compile_pattern(
    r"\binsert(?:s|ing)?\s+after\b[^.;]{0,80}?\bthe\s+following\b[^\"“]{0,20}(?:[\"“]|\s)[^\"”]{0,40}?\b(?:other\s+than"
    r"|except(?:\s+for)?|excluding|but\s+not)\b"
)
_INDEMNITY_LIMITED_AFTER = compile_pattern(
    r"\b(?:duty|obligation)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,4}?(?:under|pursuant\s+to)\s+(?:sub)?(?:section|division"
    r"|paragraph)\b[^.;]{0,40}?\b(?:shall|may|does)\s+not\s+exceed\b"
    r"|\bin\s+excess\s+of\s+th(?:at|is|e)\s+(?:amount|limit|sum)\s+(?:is|shall\s+be)\s+the\s+(?:personal\s+)?"
    r"(?:obligation|responsibility)\s+of\b"
    r"|\b(?:may|shall)\s+not\s+(?:pay|indemnify)\s+(?:[\w-]+\s+){0,3}?(?:for\s+)?(?:an?\s+)?(?:award\s+of\s+)?"
    r"(?:punitive|exemplary)\s+damages\b"
)
_LIMIT_AFTER_REACH = 300  # how far after an indemnity a sentence limiting it may stand
_INSERTED_REACH = 120  # the inserted words may stand after the instruction's sentence
_INSTRUCTION_LEAD = 160  # how far before "striking" the amended section may be named
_NEXT_SECTION_HEADING = compile_pattern(r"\n\s*(?:new\s+)?(?:sec(?:tion)?\.?\s+\d|§\s*\d)")
# How far after a sentence an instruction that substitutes one word may stand.
_SUBSTITUTION_REACH = 400
# "Except as provided in division (C) of this section, the employer shall indemnify ...".
_DEFERS_TO_SUBSECTION = compile_pattern(
    r"\b(?:except\s+as\s+(?:otherwise\s+)?provided\s+(?:in|by|under)|subject\s+to)\s+(?:sub)?"
    r"(?:section|division|paragraph|subdivision)\s+(?:\([a-z0-9]{1,4}\)\s*)*?\((?P<label>[a-z0-9]{1,4})\)"
    # (the last of a run: "subsection (5)(b)" defers to (b))
    r"(?!\s*\([a-z0-9]{1,4}\))"
)
# The same deferral to a subsection printed bare: "Except as provided in Subsection F of this
# section", "Subject to subsection 3,".
_DEFERS_TO_BARE_SUBSECTION = compile_pattern(
    r"\b(?:except\s+as\s+(?:otherwise\s+)?provided\s+(?:in|by|under)|subject\s+to)\s+"
    r"(?:sub(?:section|division)|paragraph)\s+(?P<bare>[a-z]|\d{1,3})(?=\s+of\s+this\s+section\b|\s*,)"
)
# A bare label at the head of a line: "F. A public body ...", "3. The employer ...".
_BARE_LABEL_HEAD = compile_pattern(r"(?:^|\n)[ \t]*(?P<bare>[a-z]|\d{1,3})\.[ \t]+(?=[a-z])")
# A payer kept from paying part of the award: "shall not pay any part of a judgment that
# represents punitive damages", "may not pay the portion ... that exceeds".
_PAYER_KEPT_FROM_PART = compile_pattern(
    r"\b(?:shall|may|must)\s+not\s+(?:pay|indemnify|satisfy)\b[^.;]{0,80}?"
    r"\b(?:punitive|exemplary|exceeds?|in\s+excess\s+of|more\s+than)\b"
)
_PAYER_PAYS_REST = compile_pattern(
    r"\b(?:shall|must)\s+(?:satisfy|pay)\s+the\s+(?:remainder|balance|rest)\b"
)
_TO_ONE_PARTY = compile_pattern(
    # ("shall be made available for viewing, upon request, to the person who was recorded")
    r"\b(?:available|provided|disclosed|released|given)(?:\s+for\s+(?:viewing|inspection|review|copying))?"
    # ("shall be made available only to the subject of the recording, the subject's attorney")
    r"(?:,?\s+(?:up)?on\s+(?:written\s+)?request,?)?\s+(?:only\s+)?to\s+(?:the|a|that)\s+(?:person|individual|subject"
    r"|complainant|victim|family|plaintiff|claimant|officer)\b(?:\s+(?:recorded|injured|harmed"
    r"|who\s+(?:was|is)\s+(?:recorded|depicted|the\s+subject\s+of\s+the\s+recording)))?"
    r"(?:,?\s+or\s+(?:to\s+)?(?:that|the|his|her|their)\s+(?:person's\s+|individual's\s+)?(?:attorney|representative"
    r"|counsel)\b,?)?(?:\s+(?:up)?on\s+(?:written\s+)?request\b)?"
)
_WITHHELD_FROM_PUBLIC = compile_pattern(
    r"\b(?:withheld|exempt|protected|shielded)\s+from\s+(?:public\s+)?(?:inspection|disclosure|release)"
    r"(?:\s+by\s+the\s+public)?"
)
_OPENED_BY_EXCEPTION = compile_pattern(
    r"(?:[;,]\s*(?:however|provided,?\s+(?:however,?\s+)?that|except\s+that)\b,?"
    # ("... are confidential except that any judgment ... is a public record", "shall be
    # confidential except records of complaints ..., which shall be public records")
    r"|\bconfidential,?\s+except(?:\s+that)?\b)"
    r"\s+(?P<rest>[^;]{0,300}?\b(?:(?:shall|must)\s+"
    r"be|are|is)\s+(?:an?\s+)?(?:open|public)(?:\s+public)?\s+records?\b[^;]{0,100}"
    # ("...; however, records of the investigation of a complaint ... shall be open for inspection")
    r"|[^;]{0,300}?\b(?:shall|must)\s+be\s+(?:open|available)\s+(?:to\s+the\s+public\s+)?for\s+(?:public\s+)?"
    r"inspection\b[^;]{0,100})"
)
_BARE_OFFICER = compile_pattern(
    r"\s*(?:and\s+|or\s+)?(?:an?|any|each|every|the|such|that)\s+(?:other\s+)?officers?"
    # ("and an officer who fails to do so": what the officer did, not whom the officer serves)
    r"(?:\s+who\s+(?![^,;]*\b(?:employ|appoint|commission|serv|member|department|agency|of\s+the)\w*)"
    r"[^,;]{0,80})?[\s_.,]*"
)
# What one acts "under color of": "any statute, ordinance, regulation, custom, or usage", of whom.
_LAW_SOURCE_WORDS = r"(?:statute|ordinance|regulation|custom|usage|law|authority)s?"
_GOVERNMENT_NAMED = (
    r"(?:the\s+united\s+states|this\s+state|the\s+state|any\s+state|th(?:is|e)\s+commonwealth)"
)
# "acting under color of any federal law", "under color of any statute ... of the United States"
# (not "... or of this state", nor "federal or state law").
_UNDER_COLOR_OF_FEDERAL_LAW_ONLY = compile_pattern(
    r"\bunder\s+colou?r\s+of\s+(?:any\s+|the\s+)?(?:federal\s+(?:law|statute|authority)s?"
    r"|(?:"
    + _LAW_SOURCE_WORDS
    + r",?\s+(?:or\s+)?)*"
    + _LAW_SOURCE_WORDS
    + r"\s+of\s+the\s+united\s+states)"
    r"(?!,?\s+(?:or|and)\s+(?:of\s+)?(?:any\s+|a\s+|this\s+|the\s+)?(?:state|local|commonwealth"
    r"|territor))"
)
_NARROW_ROLES = frozenset({Role.POLICE_NARROW, Role.LOCAL_ONLY, Role.STATE_ONLY, Role.FEDERAL_ONLY})


def _bare_officers_take_the_class(claims: list[Claim]) -> list[Claim]:
    """A later claim against a bare "officer" ("An officer who fails to intervene as required by
    this subsection is liable") in a bill whose first claim names a narrower class of officers
    (officers of the state patrol) is against that class: the bill speaks of its own officers."""
    narrow = next((c.role for c in claims if c.role in _NARROW_ROLES), None)
    if narrow is None:
        return claims
    return [
        replace(c, role=narrow)
        if c.role is Role.POLICE and c.defendants and _BARE_OFFICER.fullmatch(c.defendants)
        else c
        for c in claims
    ]


_WHO_IS_AN_OFFICER = compile_pattern(
    r"\b(?:who|that)\s+(?:is|are)\s+(?:an?\s+)?(?:sworn\s+|certified\s+)?(?:police|peace|law[ -]?enforcement)\s+"
    r"officers?\b[^,;]{0,60}"
)
_DUTIES_NARROW_THE_CLASS = compile_pattern(
    r"\b(?:public\s+employees?|government(?:al)?\s+employees?|employees?)\s+whose\s+(?:\w+\s+)?(?:duties|"
    r"responsibilities|functions)\s+(?:include|are|consist)\b"
    # "An employee of the state or of a county whose duties include the power to arrest".
    r"|\bemployees?\s+of\s+[^.;]{1,60}?\s+whose\s+(?:\w+\s+)?(?:duties|responsibilities|functions)\s+"
    r"(?:include|are|consist)\b"
    # "any employee of the state or a political subdivision who is authorized by law to use
    # physical force or to take or hold a person in custody".
    r"|\bemployees?\b[^.;]{0,80}?\b(?:who|that)\s+(?:is|are)\s+(?:authorized|empowered|permitted|certified)\s+"
    r"(?:by\s+law\s+)?to\s+(?:use\s+(?:physical\s+|deadly\s+)?force|arrest|detain|carry\s+a\s+firearm"
    r"|take\s+(?:or\s+hold\s+)?(?:a\s+)?persons?\s+(?:in|into)\s+custody)"
)
_DEMONSTRATIVE = compile_pattern(
    r"\s*(?:(?P<the>the)|that|such|said|the\s+same)\s+(?P<words>[a-z][^.;:]{2,80}?)[\s_.,]*$"
)


def _antecedent_role(body: str, phrase: str | None) -> Role | None:
    """The class of defendants named by pointing back within the clause: "... infringed by an
    officer, employee or agent of a public body ... may bring an action against that officer,
    employee or agent" is against officers, employees and agents of public bodies; None when
    the phrase points back to nothing earlier in the clause."""
    pointer = _DEMONSTRATIVE.match(phrase or "")
    if pointer is None:
        return None
    at = body.find(phrase or "")
    if at <= 0:
        return None
    # ("against that officer or employee and the employing entity": the employer sued beside
    # the people pointed back to)
    # ("against the employee, the employing entity, or both": the people pointed back to, then
    # their employer)
    words = re.split(
        r",?\s+(?:and|or)\s+(?:the|its|their)\s+|,\s+(?:the|its|their)\s+|,?\s+or\s+both\b",
        pointer.group("words"),
    )[0]
    # (built from the bill's words: compiled by re, not kept in the regex cache file)
    earlier = re.compile(
        r"\b(?:an?|any|every|each)\s+"
        # (with the words that narrow the noun: "a state police officer ... against the officer")
        + r"(?P<modifiers>(?:(?!(?:who|that|which|or|and)\b)[\w-]+\s+){0,3}?)"
        + re.escape(words)
        # (with what qualifies it: "of a public body", "employed by a county")
        # (not the wrong's object: "deprived by a peace officer of any right secured by ...")
        + r"\b(?P<qualifier>\s+(?:of(?!\s+(?:[\w-]+\s+){0,2}?(?:rights?|privileges?|immunit))"
        + r"|employed\s+by|appointed\s+by|serving)\s+[^,;.]{3,80})?"
    ).search(body, 0, at)
    if earlier is None:
        return None
    if pointer.group("the") and not earlier.group("qualifier") and not earlier.group("modifiers"):
        # "the officer" after a bare "an officer" adds nothing the phrase itself (and the bill's
        # definition of "officer") does not say; after "an officer of the Nevada Highway
        # Patrol" it is that agency's officer.
        return None
    role = role_of(earlier.group(0))
    return role if role.public else None


# Whom a class works for ("whether employed by the State or by a county"): its employers, not
# more defendants.
_EMPLOYED_BY = compile_pattern(r"\b(?:employed|appointed|commissioned|hired)\s+by\b[^.;]*")
_MEANING_BORROWED = compile_pattern(
    r"[\s\"”'’_.,:-]*(?:shall\s+)?(?:has|have)\s+the\s+(?:same\s+)?meaning\s+(?:given|assigned|provided|set\s+forth"
    r"|stated|as\s+(?:defined|provided|in))\b"
    # (Virginia's idiom: '"law-enforcement officer" means the same as that term is defined in
    # § 9.1-101')
    r"|[\s\"”'’_.,:-]*means\s+the\s+same\s+as\s+(?:that|the|such)\s+term\s+is\s+defined\s+in\b"
    # (Iowa's: '"peace officer" means the same as defined in section 801.4')
    r"|[\s\"”'’_.,:-]*means\s+the\s+same\s+as\s+(?:defined|provided)\s+in\b"
    # ('"Peace officer" means a person described in Chapter 4.5 (commencing with Section 830) of
    # Title 3 of Part 2 of the Penal Code': the class of a whole chapter of law, borrowed.)
    r"|[\s\"”'’_.,:-]*means\s+(?:an?|any)\s+(?:person|individual|officer)\s+(?:described|defined|listed|designated)\s+in\s+"
    r"(?:chapter|article|part|title)\b"
)
_DEFINED_AS_THE_EMPLOYER = compile_pattern(
    r"[\s\"”'’_.,:-]*(?:means|is)\s+(?:the|a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:entity|agency|employer|body|government"
    r"|subdivision|unit)\b[^.;]{0,40}?\b(?:that|which)\s+employs?\b"
)
_INCLUDES_DEFINITION = compile_pattern(r"^[\s\"”'’_.,:-]*(?:shall\s+)?(?:also\s+)?includes?\b")
_DEFINITION_LEAD = compile_pattern(
    r"^[\s\"”'’_.,:-]*(?:shall\s+)?(?:means?|includes?|refers?\s+to|is)(?:\s*:)?\s+(?:only\s+)?(?:any\s+of\s+the\s+following:\s*)?"
)
_DEFINITION_ITEM = compile_pattern(r"(?<![\w)])\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s")
_WHETHER_OR_NOT = compile_pattern(
    # ("..., without regard to whether the individual is authorized to make arrests")
    r"(?<![\s,]),?\s*\b(?:whether\s+or\s+not|(?:without\s+regard\s+to|regardless\s+of|irrespective\s+of)\s+whether)"
    r"\s+(?:the\s+)?(?:person|individual|employee|officer|official)(?:\s+or\s+(?:employee|officer|official))?"
    r"\s+(?:is|was|has\s+been)"
    r"\s+(?:certified|licensed|commissioned|sworn|an?\s+(?:peace|police|law[ -]enforcement)\s+officer"
    r"|authori[sz]ed\s+to\s+(?:make\s+arrests|arrest|carry))\b[^.;,]*"
)


_WHOM_THE_TERM_LEAVES_OUT = compile_pattern(
    r"\b(?:does|shall)\s+not\s+include\b(?P<left>[^.]{3,600})"
)
# Officers with police powers (not custody staff: corrections, parole and probation officers are
# outside law enforcement as the rubric counts it, so leaving them out narrows nothing).
_POLICE_LIKE_ITEM = compile_pattern(
    r"\b(?:police|investigators?|rangers?|troopers?|marshals?|constables?|deput(?:y|ies)|wardens?"
    r"|reserve\s+officers?"
    r"|conservation\s+officers?|peace\s+officers?|law\s+enforcement\s+officers?|special\s+agents?)\b"
)
_NOT_THIS_STATES_PUBLIC_POLICE = compile_pattern(
    r"\b(?:private|security|united\s+states|federal|tribal|tribes?|another\s+state|other\s+states"
    r"|out[- ]of[- ]state|railroad|corrections?|correctional|parole|probation|detention|jail)\b"
)


def _listed_item_read_in(body: str) -> str:
    """A definition's list with a reference to one of its own items ("an officer or employee of
    an entity listed in item (1) of this subsection") replaced by that item's words."""
    reference = _ITEM_REFERRED_TO.search(body)
    if reference is None:
        return body
    item = rx.search(
        r"(?<![\w)])\(" + re.escape(reference.group("item")) + r"\)\s*([^;]{3,300}?)\s*(?:;|$)",
        body,
    )
    if item is None or item.start() >= reference.start():
        return body
    return body[: reference.start()] + item.group(1) + body[reference.end() :]


# "an entity listed in item (1) of this subsection", "a body described in paragraph (a)".
_ITEM_REFERRED_TO = compile_pattern(
    r"\b(?:an?|any|the)\s+(?:entity|entities|body|bodies|government|governmental\s+unit|employer)\s+"
    r"(?:listed|described|named|specified|identified)\s+in\s+(?:item|paragraph|subparagraph|clause)\s+"
    r"\((?P<item>\w{1,4})\)(?:\s+of\s+this\s+(?:subsection|section|paragraph|definition))?"
)


def _leaves_out_public_police(definition: str) -> bool:
    """Whether a definition's "does not include" names a class of this state's or its local
    governments' police (not private, federal, tribal or custody officers)."""
    left_out = _WHOM_THE_TERM_LEAVES_OUT.search(definition)
    if left_out is None:
        return False
    items = rx.split(r",|;|\bor\b|\band\b", left_out.group("left"))
    return any(
        _POLICE_LIKE_ITEM.search(item) and not _NOT_THIS_STATES_PUBLIC_POLICE.search(item)
        for item in items
    )


def _with_terms_defined(body: str, term: str, definitions: dict[str, Sentence]) -> str | None:
    """``body`` (a definition of ``term``) with each other defined term in it replaced by what
    its definition says, one level deep; None when it names no other defined term."""
    expanded = body
    for other, definition in definitions.items():
        if other == term or other in term or not re.search(rf"\b{re.escape(other)}\b", expanded):
            continue
        meaning = _DEFINITION_LEAD.sub("", _definition_body(definition.text, other), count=1)
        # (North Carolina's "Local unit. - A county, city, ...": the dash after the heading goes)
        meaning = meaning.strip().lstrip("-\u2013\u2014:,. ").rstrip(".;")
        if meaning:
            expanded = re.sub(
                rf"\b(?:an?|any|the|each|every)?\s*{re.escape(other)}\b", " " + meaning, expanded
            )
    # (the meaning stands where the term stood, one space apart: "employed by a municipality")
    return None if expanded == body else sentence_text(expanded)


_DEFINING_VERB = compile_pattern(r"\bmeans\b|\bhas\s+the\s+meaning\b|\bincludes\b")
# (the term opening its sentence, after at most a label such as "1_ ")
_TERM_OPENS_WITHIN = 6


def _definition_body(text: str, term: str) -> str:
    """What a definition sentence says of one term: from the term to the next definition, or
    to "does not include" (an exclusion names who is left out, not who is covered); for a
    definition written the other way round ("Any right secured by ... is a 'protected right'
    for purposes of this Act"), the words before the term."""
    reversed_form = lexicon.REVERSED_DEFINITION.search(text)
    if reversed_form is not None and reversed_form.group(1).strip().endswith(term):
        return " means " + text[: reversed_form.start()]
    # (the quoted term, where it is quoted: a heading before it may name it too, as in
    # '(1) covered officer.-the term "covered officer" means ...')
    # (but not a later sentence's quoted term, when the definition itself stands first with its
    # opening quote cut off: 'person acting under color of state law" means a private individual
    # .... "Person acting under color of state law" does not include an officer ...')
    quoted = text.find(f'"{term}"')
    first = text.find(term)
    if quoted != -1 and not (
        0 <= first <= _TERM_OPENS_WITHIN
        and first < quoted
        and _DEFINING_VERB.search(text, first, quoted)
    ):
        start = quoted + 1
    else:
        start = first
    body = text[start + len(term) :] if start != -1 else text
    # "..., whether or not the person is certified as a peace officer": a concession, not a
    # class the term takes in.
    body = _WHETHER_OR_NOT.sub(" ", body)
    # A list of classes ("either of the following: (1) a peace officer ... (2) a private
    # security officer ... under a contract with a public entity"): a private class listed
    # adds no public employees, whatever public body it works for.
    items = _DEFINITION_ITEM.split(body)
    if len(items) > 2:
        body = " ".join(
            item
            for index, item in enumerate(items)
            # (an item's head names its class: "a private security officer ... who serves a
            # public entity" is private; the words before the first item are the lead-in)
            if index == 0
            or not (
                lexicon.PRIVATE_ACTOR.search(item, 0, 60)
                and not lexicon.GENERAL_POLICE_CLASS.search(item)
            )
        )
    body = rx.split(
        r"[\"“”']\s*[a-z][a-z -]{2,40}[\"“”']\s+means\b|\b(?:does|shall) not include\b", body
    )[0]
    # "means any person certified by the Peace Officers' Standards and Training Commission, and
    # includes a deputy sheriff, a municipal police officer, and a state trooper": the class is
    # the one the term means; what it "includes" are examples of it, not its limit.
    # (Only when the words before it name a class: after a borrowed meaning, "has the meaning
    # provided in K.S.A. 75-6102 ... and includes every employee of the state", the list is
    # all the definition says.)
    means_then_includes = _MEANS_THEN_INCLUDES.search(body)
    if means_then_includes is not None:
        meant = role_of(body[: means_then_includes.start()])
        # (but officers "included" in a class of other public servants are added to it, not
        # examples of it: '"school employee" means an employee of a board of education, and
        # includes a school resource officer')
        if meant.public and not (
            meant is Role.ELECTED and lexicon.POLICE_TERM.search(body, means_then_includes.end())
        ):
            body = body[: means_then_includes.start()]
    return body


# ", and includes ...", after a class the term already means.
_MEANS_THEN_INCLUDES = compile_pattern(r"(?<=\w),?\s+and\s+(?:also\s+)?includes?\b")


# -- rights ------------------------------------------------------------------------


# "To the maximum extent permissible under the United States and Washington Constitutions":
# how far the clause reaches, not which rights it enforces.
_EXTENT_PERMITTED = compile_pattern(
    r"\bto the (?:maximum|fullest|greatest|full) extent (?:permitted|permissible|allowed|possible"
    r"|consistent with)\b[^,;.]{0,100}"
)
# Rights named as what a wrong endangers, not as what the claim enforces: "a pattern of
# violations of this Act that poses a substantial risk to public safety or constitutional
# rights".
_RIGHTS_AT_RISK = compile_pattern(
    r"\b(?:risks?|threats?|dangers?)\s+to\s+(?:[\w-]+\s+){0,4}?(?:or\s+|and\s+)?"
    r"(?:constitutional|civil|individual)\s+rights\b"
)


# The Tenth and Eleventh Amendments reserve powers and shield States from suit: a clause that
# names them ("shall not be immune under the Eleventh Amendment to the Constitution of the
# United States") speaks of immunity, not of rights a claim enforces.
_STATE_POWER_AMENDMENTS = compile_pattern(
    r"\b(?:the\s+)?(?:tenth|eleventh|10th|11th)\s+amendment(?:\s+to\s+the\s+constitution"
    r"(?:\s+of\s+the\s+united\s+states)?)?"
)


_RIGHTS_GIVEN_AS_EXAMPLES = compile_pattern(
    r",?\s+including(?:,?\s+(?:but|without)\s+(?:not\s+)?limit\w*(?:\s+to)?,?)?\s+(?:the\s+)?rights?\s+"
    r"(?:declared|secured|guaranteed|protected|set\s+(?:forth|out)|enumerated|listed|in|under)\b[^;.]{0,160}?"
    r"\b(?:articles?|art[_.]?)\s+(?:[ivx]+|\d+)\b,?"
)


_SECTION_SUBJECT_NOTE = compile_pattern(
    r"\b((?:section|sec_?|article|art_?)\s*[\w_-]{1,6})\s+\((?!\w{1,3}\))[a-z ,;'-]{3,50}\)"
)


def _citation_key(citation: str) -> str:
    """The article and section a citation names, without the words that introduce it."""
    return " ".join(rx.findall(r"(?:article|art_?|section|sec_?|§)\s*[0-9ivx]+[a-z]?", citation))


_NOT_THE_RIGHTS_SOURCE = compile_pattern(
    r"\bunder\s+colou?r\s+of\s+(?:any\s+|the\s+)?(?:"
    + _LAW_SOURCE_WORDS
    + r",?\s+(?:or\s+)?)*"
    + _LAW_SOURCE_WORDS
    + r",?\s+of\s+"
    + _GOVERNMENT_NAMED
    + r"(?:,?\s+or\s+(?:of\s+)?"
    + _GOVERNMENT_NAMED
    + r")?"
    r"|\b(?:citizen|resident|inhabitant)s?\s+of\s+this\s+(?:state|commonwealth)"
    # ("a law enforcement officer of this State ... deprives a person of any right guaranteed by
    # the Constitution of the United States": whom the defendant serves)
    r"|\b(?:officers?|employees?|agents?|officials?|agenc(?:y|ies)|departments?|subdivisions?)\s+of\s+this"
    r"\s+(?:state|commonwealth)\b"
)


_IN_VIOLATION_OF_STATUTES = compile_pattern(
    r"\bin\s+violation\s+of\s+(?:(?:§§?|sections?|sec_?)\s*\d|this\s+(?:section|act|chapter))"
)
_CLEARLY_ESTABLISHED_TEST = compile_pattern(
    r"\bclearly\s+established\s+(?:(?:statutory|constitutional|federal|state)\s+(?:or|and)\s+)?"
    r"(?:(?:statutory|constitutional|federal|state)\s+)?(?:rights?|law)\b"
)
_ACT_NAMED_FOR_RIGHTS = compile_pattern(
    r"\b(?:under|pursuant\s+to|of|by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?constitutional\s+rights\s+"
    r"(?:[\w'-]+\s+){0,3}?act\b"
    # (an act named a bill of rights: "as required by the "Anti-Bullying Bill of Rights Act,"", not
    # a constitution's)
    r"|\b(?:[\w'-]+\s+){0,4}?bill\s+of\s+rights\s+act\b"
)
_LIMITS_KEPT_IMMUNITY_SET_ASIDE = compile_pattern(
    r"\bsubject\s+to\b[^.;]{0,200}?\bincluding\s+the\s+(?:limitations?|limits?|caps?)\s+on\s+(?:liability|damages)"
    r"\b[^.;]{0,160}?\bexcept\s+that\s+(?:the\s+)?(?:exceptions?|exclusions?|immunit(?:y|ies))\b(?:(?!\blimit)[^.;])"
    r"{0,160}?\b(?:do|does|shall)\s+not\s+apply\b"
    # (statutes applied whole, one immunity of theirs excepted: "Sections 893.80 and 893.82 apply
    # to an action under sub. (1), except that the immunity provided in s. 893.80 (4) does not
    # apply": whatever limits those sections hold apply)
    r"|\b(?:appl(?:y|ies)|(?:is|are|shall\s+be)\s+subject)\s+to\s+(?:an?|any|the|all|each|such)\s+(?:civil\s+)?"
    r"(?:actions?|claims?)\b[^.;]{0,120}?\bexcept\s+that\s+(?:the\s+)?(?:immunit(?:y|ies)|exceptions?|exclusions?)\b"
    r"(?:(?!\blimit|\bcaps?\b|\bdamages\b|\bamount)[^.;]){0,160}?\b(?:do|does|shall)\s+not\s+apply\b"
)


def limits_kept_immunity_set_aside(body: str) -> bool:
    """Whether a clause keeps a tort-claims act's limits for the claims and sets aside only an
    immunity or its exceptions ("... subject to the Tort Claims Act, including the limitations on
    liability in Section 15-78-120, except that the exceptions to the waiver of immunity ... do
    not apply")."""
    return _LIMITS_KEPT_IMMUNITY_SET_ASIDE.search(body) is not None


_TERM_LEAVES_OUT_STATE_POLICE = compile_pattern(
    r"\b(?:the|such|that)\s+term\s+(?:does|shall)\s+not\s+include\s+(?:an?\s+|any\s+)?(?:members?|officers?"
    r"|troopers?|employees?)\s+of\s+(?:the\s+)?[^.;]{0,40}?\b(?:state\s+police|highway\s+patrol|state\s+patrol)\b"
)
# A definition of an officer class that leaves some police out by who employs them: '"officer"
# means a law enforcement officer as defined in s. 943.10(1), except a member of the Florida
# Highway Patrol', '... employed by a municipality or a county, but not a member of the Division
# of State Police', '"State officer" does not include any officer employed by a city, county,
# ...'. (The excluded must be people of a police force or of a level of government.)
# The two openings such an exclusion has: inside the definition ('"officer" means ...') or in
# a sentence of its own ('"State officer" does not include'; the opening quote may have gone with
# the sentence before: '... resources. "State officer" does not include').
_DEFINED_AS = r"\b(?:means|has\s+the\s+(?:same\s+)?meaning)\b[^;]{0,300}?"
_TERM_DOES_NOT_INCLUDE = (
    # (after a "Notwithstanding paragraph (1) of subdivision (a)," of its own)
    r"^\W*(?:\(\w{1,4}\)\s*)*(?:notwithstanding\b[^,;]{0,100},\s*)?[\"“]?[^\"”.;]{2,60}[\"”]\s+"
    r"(?:does|shall)\s+not\s+include"
)
_POLICE_KEPT_IN_EXCLUSION = compile_pattern(
    r"\bother\s+than\s+(?:an?\s+|any\s+)?(?:(?:sworn|certified)\s+)?(?:peace|police|law[-\s]enforcement)\s+"
    r"officers?\s*,?\s*(?:(?:does|shall)\s+not\s+include|excludes?)\b"
)
_FEDERAL_CITATION = compile_pattern(
    r"[^;]{0,80}?\b(?:u_?s_?c|united\s+states\s+code|federal\s+(?:law|statute|[\w\s]{0,40}?\bact))\b"
)
_SPEAKS_OF_A_TERM = compile_pattern(r"\bmeans\b|\bmeaning\b|\bthe\s+term\b|\bas\s+used\s+in\b")
# A kind of the state's police left out of a class (tribal officers, as federal agents, are not
# the state's to leave out): "The term does not include a campus police officer
# commissioned under Chapter 74G ..., a company police officer, or ..."; "does not include a
# volunteer, including ... an auxiliary or reserve police officer serving without compensation";
# "does not include: (1) a member of the Maryland Transit Administration Police Force".
_EXCLUDES_A_KIND_OF_POLICE = compile_pattern(
    # (", but not a volunteer or a reserve officer", at the end of the definition)
    r"(?:(?:does|shall)\s+not\s+include|\bother\s+than|\bexcept(?:\s+for)?|\bexcluding|\bnot\s+including"
    r"|[,;]\s+but\s+not(?!\s+limited\b)):?\s+"
    r"[^.]{0,200}?\b(?:(?:auxiliary|reserve|volunteer|part-time|special|campus|university|college|school|transit"
    r"|company|railroad|port|airport|housing|park|capitol)\s+(?:police|peace|law[-\s]enforcement)\s+officers?"
    r"|(?:auxiliary|reserve)\s+officers?"
    # ("other than an officer or employee of the department of state police"; "other than a
    # carrier enforcement officer of the Nebraska State Patrol")
    r"|(?:members?|officers?|employees?)(?:\s+or\s+(?:officers?|employees?|members?))?\s+of\s+(?:the\s+|an?\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,6}?(?:police\s+(?:force|department|agency)|state\s+police|highway\s+patrol|state\s+patrol)\b)"
)
# A class that leaves out whoever another law makes immune: "... but does not include a public
# employee who is immune from liability under Section 2-202 of the ... Tort Immunity Act";
# "..., who is not personally immune from suit under s. 768.28(9)(a)".
_CLASS_LEAVES_OUT_THE_IMMUNE = compile_pattern(
    # (or the act kept from their claims: "this act does not apply to a claim against a public
    # employee who is immune under section 7(2) of 1964 PA 170")
    r"\b(?:(?:does|shall)\s+not\s+(?:include|apply\s+to\s+(?:an?\s+|any\s+)?(?:claim|action|suit)s?\s+against)"
    r"|other\s+than|except|excluding)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:employees?|officers?|persons?|individuals?)\s+(?:who\s+(?:is|are)|that\s+(?:is|are))\s+(?:personally\s+)?"
    r"immune\b[^.;]{0,40}?\b(?:under|pursuant\s+to|by)\s+(?:§|s_|sec|section|n_j_s_|\w{1,8}\s+)"
    r"|\bmeans\b[^.;]{0,300}?,?\s+(?:who|that)\s+(?:is|are)\s+not\s+(?:personally\s+)?immune\b[^.;]{0,40}?"
    r"\b(?:under|pursuant\s+to|by)\b"
)
# The police of one employer or level left out of a class: "..., other than a law enforcement
# officer employed by the state"; "does not include a peace officer appointed by a county".
_EXCLUDES_POLICE_OF_ONE_EMPLOYER = compile_pattern(
    r"(?:,?\s+(?:except|but\s+not|other\s+than|excluding)|\b(?:does|shall)\s+not\s+include|\bnot\s+including)\s+"
    r"(?:an?\s+|any\s+)?(?:(?:sworn|certified)\s+)?(?:peace|police|law[-\s]enforcement)\s+officers?\s+"
    r"(?:who\s+(?:is|are)\s+)?(?:employed|appointed|commissioned|hired)\s+by\s+(?:the\s+|an?\s+|any\s+)?"
    r"(?:state|count(?:y|ies)|cit(?:y|ies)|municipalit\w*|towns?|villages?|political\s+subdivisions?"
    r"|school\s+districts?|universit(?:y|ies)|colleges?|port|transit)\b"
)
_DEFINITION_LEAVES_OUT_SOME_POLICE = compile_pattern(
    r"(?:"
    + _DEFINED_AS
    + r"\b(?:officers?|police|troopers?|deput(?:y|ies)|sheriffs?)\b[^;]{0,300}?"
    r"(?:,?\s+(?:except|but\s+not|other\s+than|excluding)|\b(?:does|shall)\s+not\s+include)"
    # (the police word in the term, the meaning borrowed: '"law enforcement officer" has the
    # meaning stated in § 3-201 ..., but does not include a member of the ... Police')
    r"|\b(?:officers?|police|troopers?|deput(?:y|ies)|sheriffs?)[\"”]?\s+"
    + _DEFINED_AS
    + r"(?:,?\s+(?:except|but\s+not|other\s+than|excluding)|\b(?:does|shall)\s+not\s+include)"
    r"|" + _TERM_DOES_NOT_INCLUDE + r")"
    # ("but does not include an officer or employee of a municipality")
    r"\s+(?:an?\s+|any\s+)?(?:members?|officers?|troopers?|employees?|(?:special\s+)?agents?"
    r"|deput(?:y|ies))(?:\s+or\s+(?:employees?|officers?|agents?))?\s+(?:of|employed\s+by)\s+(?:the\s+|an?\s+|any\s+)?"
    r"[^.;]{0,60}?"
    r"\b(?:state\s+police|highway\s+patrol|state\s+patrol|state\s+agenc\w*"
    r"|department\s+of\s+(?:law\s+enforcement|public\s+safety)|cit(?:y|ies)|count(?:y|ies)"
    # (a force named as such: "a member of the Maryland Transportation Authority Police")
    r"|municipalit\w*|police(?:\s+force|\s+department)?)\b"
    # ("..., but does not include an officer or employee of the state": the State's own people)
    r"|(?:"
    + _DEFINED_AS
    + r",?\s+but\s+(?:does|shall)\s+not\s+include|"
    + _TERM_DOES_NOT_INCLUDE
    + r")"
    r"\s+(?:an?\s+|any\s+)?(?:officers?\s+or\s+employees?|employees?\s+or\s+officers?|officers?|employees?)"
    r"\s+of\s+(?:the|this)\s+(?:state|commonwealth)\s*(?:[.;,)]|$)"
    # ('(b) Notwithstanding paragraph (1), "covered employee" does not include a peace officer
    # described in ... who is employed by the sheriff of a county'; '... does not include a
    # part-time law enforcement officer, a reserve officer ...'; not "a volunteer")
    r"|(?:"
    + _TERM_DOES_NOT_INCLUDE
    + r")\s+(?:an?\s+|any\s+)?(?:(?:peace|police|law[-\s]enforcement)\s+"
    r"officers?\b[^.;]{0,120}?\b(?:employed\s+by|of)\s+(?:the\s+|an?\s+|any\s+)?(?:sheriff|county|city"
    r"|municipalit|state\s+police|highway\s+patrol)|(?:reserve|part-time|auxiliary)\s+"
    r"(?:(?:peace|police|law[-\s]enforcement)\s+)?officers?\b)"
)
_KEPT_AT_A_NEW_AMOUNT = compile_pattern(
    r",?\s*except\s+that\s+(?:the\s+|each\s+|any\s+)?(?:limits?|limitations?|caps?|maximum)\b[^.;]{0,120}?"
    r"\b(?:shall\s+be|is)\s+"
    + lexicon.DOLLAR_AMOUNT
    # ("..., except that for the purposes of this section the amount of $200,000 in that section
    # shall be deemed to read $500,000")
    # ("each dollar amount stated in those sections is deemed to be $3 million")
    + r"|\bexcept\s+that\b[^.;]{0,80}?\b(?:the|each|every|any)\s+(?:dollar\s+)?(?:amounts?|references?)\b"
    r"[^.;]{0,80}?\b(?:shall\s+be|is|are)\s+(?:deemed\s+to\s+(?:read|be)|read\s+as|increased\s+to)\s+"
    # ("each reference in those sections to one hundred thousand dollars ($100,000) shall be
    # read as five hundred thousand dollars ($500,000)")
    r"(?:\$|[\w-]+\s+(?:hundred|thousand|million)\b)"
)
_REFUSALS_LIFTED_FOR_THESE_CLAIMS = compile_pattern(
    r"\bexcept\s+that,?\s+(?:in|for|with\s+respect\s+to)\s+(?:an?|any|each)\s+(?:civil\s+)?(?:action|claim|suit)s?"
    r"\s+(?:brought\s+)?(?:pursuant\s+to|under)\s+(?:section|sec\.?|§|this)\b[^.;]{0,160}?\b(?:shall|must)\s+"
    r"(?:indemnify|pay)\b"
)
_CONSTITUTION_NAMED = compile_pattern(r"constitution|bill\s+of\s+rights|declaration\s+of\s+rights")


_FOLLOWING_RIGHTS = compile_pattern(
    r"\b(?:any|each|all|one)\s+of\s+the\s+following\s+(?:[\w-]+\s+){0,2}?(?:rights|privileges)\b"
    r"|\bthe\s+following\s+(?:[\w-]+\s+){0,2}?rights\s*:"
    # ("deprives a person of any right secured by either of the following is liable ...: (1)
    # Section 19 of Article I ... (2) Section 20 of Article I ...")
    r"|\brights?\s+(?:secured|protected|guaranteed)\s+by\s+(?:any|either|each|one)\s+of\s+the\s+following\b"
)


_ALL_BUT_SOME_AFTER = compile_pattern(
    r"(?:\s+of\s+(?:the\s+)?(?:state\s+of\s+)?[a-z]+(?:\s+[a-z]+)?)?[\s,]*(?:other\s+than|except(?:\s+for)?|excluding"
    r"|but\s+not)\b"
)
# A class said not to be public people: "any person acting under color of state law who is not a
# public officer or employee" (right after the class named, or in a phrase's first words).
_NOT_A_PUBLIC_ACTOR_WORDS = (
    r"who\s+(?:is|are)\s+not\s+(?:an?\s+)?(?:public|government(?:al)?|state)\s+(?:officers?|employees?"
    r"|officials?)\b"
)
_NOT_A_PUBLIC_ACTOR_AFTER = compile_pattern(r"[\s,]*" + _NOT_A_PUBLIC_ACTOR_WORDS)
_NOT_A_PUBLIC_ACTOR = compile_pattern(r"^[^,]{0,60}?\b" + _NOT_A_PUBLIC_ACTOR_WORDS)


_INTERVENTION_ASIDE = compile_pattern(
    r",?\s*including\s+(?:by\s+)?(?:failing|a\s+failure|the\s+failure)\s+to\s+(?:intervene|prevent)\b[^,;.]*,?"
)


# A bar's reference to an action described before it: "in such an action", "on such a claim",
# "in an action on the claim", "in an action under this subsection", "in an action described in
# subdivision (a)".
_ACTION_BY_REFERENCE = compile_pattern(
    r"\b(?:in|on|to)\s+(?:any\s+)?such\s+(?:an?\s+)?(?:action|claim|suit|proceeding)s?\b"
    r"|\b(?:in|on|to)\s+(?:an?|the|any)\s+(?:action|claim|suit|proceeding)s?\s+(?:on\s+(?:the|that|such)\s+claim"
    r"|under\s+this\s+(?:subsection|paragraph|subdivision|division)|described\s+in\s+(?:sub(?:section|division)"
    r"|paragraph|division)\b)"
)
# Liability bounded, after the word that states it: "... are jointly liable only up to those
# limits" (a cap on the claim's liability, no claim of its own).
_LIABLE_ONLY_UP_TO = compile_pattern(
    r"\s+(?:only\s+)?(?:up\s+to|to\s+the\s+extent\s+of)\s+(?:those|the|such|its|their|these)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:limits?|limitations?|caps?|amounts?)\b"
)
# A sentence that describes an action by its wrong: "an action against a public employee for
# the deprivation of a right secured by ..."; "a claim that a peace officer ... deprived a person
# of a right guaranteed by Article I"; "In an action alleging that an employee ... deprived".
_ACTION_DESCRIBED_BY_ITS_WRONG = compile_pattern(
    # (Massachusetts's civil-rights act: "an action ... for interference with rights secured by")
    r"\b(?:action|claim|suit|proceeding)s?\b[^.;]{0,160}?\b(?:for\s+(?:the\s+)?(?:deprivation|violation|interference\s+with)"
    r"|alleging\s+(?:that\b|the\s+(?:deprivation|violation))|that\s+(?:an?|the|any)\s+[^.;]{0,100}?\bdeprived)\b"
    r"|\b(?:action|claim)s?\s+for\s+the\s+deprivation\s+by\b"
)
_DESCRIBED_ACTION_REACH = 700


_OWN_RIGHT_REACH = 80


@lru_cache(maxsize=4096)
def rights_of(body: str) -> Rights:
    """Which rights a claim (or the prohibition it enforces) reaches."""
    if "(" in body:
        # "section 5 (speech), section 11 (searches and seizures)": a section's subject named
        # beside its number does not make the list a general grant.
        body = _SECTION_SUBJECT_NOTE.sub(r"\1", body)
    if "colo" in body or "of this " in body:
        # "under color of any statute ... of the United States or of this state", "any citizen
        # of this state": whose law the defendant acts under, and who may sue, not the rights.
        body = _NOT_THE_RIGHTS_SOURCE.sub(" ", body)
    if "extent" in body:
        body = _EXTENT_PERMITTED.sub(" ", body)
    if "clearly established" in body:
        # "... that the violation was contrary to clearly established statutory or constitutional
        # rights of which a reasonable person would have known": the doctrine's test, named to
        # be set aside, not the rights a claim reaches.
        body = _CLEARLY_ESTABLISHED_TEST.sub(" ", body)
    if "rights" in body and " act" in body:
        # "an action brought under the Nebraska Constitutional Rights Remedies Act": the act's
        # name says what it is about, not which rights its claim reaches.
        body = _ACT_NAMED_FOR_RIGHTS.sub(" the act ", body)
    if "risk" in body or "threat" in body or "danger" in body:
        body = _RIGHTS_AT_RISK.sub(" ", body)
    if "amendment" in body:
        body = _STATE_POWER_AMENDMENTS.sub(" ", body)
    if "interven" in body:
        # "..., including by failing to intervene to prevent another public employee from
        # depriving a person of such a right, ...": the bystander's way of the same wrong names no
        # rights of its own.
        body = _INTERVENTION_ASIDE.sub(" ", body)
    if "including" in body:
        # "any right secured by the constitution of North Dakota, including the rights declared
        # in sections 8, 9, and 12 of article I": examples of every right, not a list of some.
        general = lexicon.GENERAL_RIGHTS.search(body)
        examples = _RIGHTS_GIVEN_AS_EXAMPLES.search(body)
        if general and examples and general.end() <= examples.start():
            body = body[: examples.start()] + " " + body[examples.end() :]
    if len({m.group(1) for m in _PROVISION_CITED.finditer(body)}) > 1:
        # "the right ... under article 14 of the Declaration of Rights, or ... under article 12
        # of the Declaration of Rights": two provisions named, some rights only.
        return Rights.ENUMERATED
    every_right = lexicon.GENERAL_RIGHTS.search(body)
    if every_right is not None and _ALL_BUT_SOME_AFTER.match(body, every_right.end()):
        # "a right secured by the Constitution of South Dakota, other than the right to bear arms
        # under § 24 of article VI": every right but the ones left out (the section cited is
        # what is left out, not the one right covered).
        return Rights.ENUMERATED
    cited = list(_ONE_SECTION_CITED.finditer(body))
    one_section = cited[0] if cited else None
    if len({_citation_key(m.group(0)) for m in cited}) > 1:
        # "deprives a person of due process in violation of Article I, section 3, or of equal
        # protection in violation of Article I, section 2": two sections, each cited alone, are a
        # list of some rights (force and search, however cited, are read below).
        if not lexicon.FORCE_OR_SEARCH.search(body):
            return Rights.ENUMERATED
        one_section = None
    if _ARTICLE_THEN_SECTIONS.search(body) and not lexicon.FORCE_OR_SEARCH.search(body):
        # "a right secured by the Constitution of Maine, Article I, section 1, 4, 5, 6, 6-A or
        # 15": several sections of the article, listed after it.
        return Rights.ENUMERATED
    sections_cited = len({_citation_key(m.group(0)) for m in _ARTICLE_AND_SECTION.finditer(body)})
    if sections_cited > 2 or (sections_cited == 2 and not lexicon.FORCE_OR_SEARCH.search(body)):
        # "(1) the right to freely speak ... under Article I, section 5 ...; (2) ... under Article
        # I, section 7 ...": sections cited in a list of rights, however each is introduced.
        return Rights.ENUMERATED
    if one_section and not _ANOTHER_PROVISION.match(body, one_section.end()):
        # "a right secured by section 9 of article I of the Oregon Constitution": one section
        # of the constitution, one right (whichever it is).
        if lexicon.FORCE_OR_SEARCH.search(body) and any(
            # (a right named apart from the section cited, not the cited section's own right:
            # "the freedom of speech secured by Article 2, Section 17")
            m.start() >= one_section.end() or m.end() < one_section.start() - _OWN_RIGHT_REACH
            for m in lexicon.ONE_RIGHT.finditer(body)
        ):
            # "(a) an unreasonable search or seizure in violation of Section 18 of Article 1;
            # (b) excessive force; or (c) retaliation for the exercise of the rights of speech,
            # press or assembly": searches and force beside a right of another kind, a list.
            return Rights.ENUMERATED
        return Rights.ONE_RIGHT
    if _RIGHTS_ABOUT_FORCE_OR_SEARCH.search(body):
        # "constitutional rights relating to search, seizure or arrest": those rights only.
        return Rights.FORCE_OR_SEARCH
    if (
        "civil rights" in body
        and _IN_VIOLATION_OF_STATUTES.search(body)
        and not _CONSTITUTION_NAMED.search(body)
    ):
        # "... adversely affected by any action in violation of § 7-18A-36, 8-5-13, or 9-19-20
        # may file a lawsuit ... for ... civil rights violations": the statutes broken are the
        # wrong; "civil rights" names a kind of relief, not every constitutional right.
        return Rights.UNSTATED
    if _VIOLATION_DEEMED_DEPRIVATION.search(body):
        # "A violation of subsection (a) constitutes a deprivation of any rights ... for purposes
        # of section 1979": the one rule of that subsection is made actionable, not every right.
        return Rights.ONE_RIGHT
    general = lexicon.GENERAL_RIGHTS.search(body)
    one = lexicon.ONE_RIGHT.search(body) or lexicon.ONE_PROVISION.search(body)
    # (examples of a wider grant come after it: "any right, including the freedom of speech";
    # an "including" after the named rights qualifies one of them: "..., or an unreasonable
    # search or seizure, including the use of excessive force")
    including = rx.search(r"including|such as", body) if one else None
    listed = (
        one
        and not rx.search(
            r"any rights?\b|all rights|(?<!declaration of )(?<!bill of )rights,", body
        )
        and (
            including is None
            # (named rights with search or force among them, an "including" qualifying that one)
            or (including.start() >= one.start() and lexicon.FORCE_OR_SEARCH.search(body))
        )
    )
    # Several named rights ("the freedom of speech, the free exercise of religion, or the right
    # to be secure against unreasonable searches") are a list of some rights.
    named = {m.group(0) for m in lexicon.ONE_RIGHT.finditer(body)} if listed else set()
    if named and lexicon.FORCE_OR_SEARCH.search(body):
        named.add("search or force")
    if named and _FREEDOMS_IN_A_ROW.search(body):
        # "the freedom of speech, of the press, or of assembly": several freedoms, one noun.
        named.add("further freedoms")
    if len(named) > 1:
        return Rights.ENUMERATED
    if (
        general
        and conditioned_on_force_or_search(body)
        # (not force as one item beside every other right: "(1) subjects to unreasonable or
        # excessive force; or (2) otherwise deprives of any right secured by the Constitution")
        and not _OTHERWISE_ANY_RIGHT.search(body)
    ) or (
        (_USES_FORCE.search(body) or _SEARCHES.search(body))
        and not rx.search(r"\bany\s+(?:\w+\s+)?rights?\b", body)
    ):
        # "uses force against that person in violation of the person's right under Section 13
        # or Section 17": the claim is for force, whatever sections it cites.
        return Rights.FORCE_OR_SEARCH
    if listed:
        return Rights.ONE_RIGHT
    provision = _bounding_provision(body)
    if provision is not None:
        # The Fourth Amendment secures against unreasonable searches and seizures only.
        if "fourth amendment" in provision.group(0):
            return Rights.FORCE_OR_SEARCH
        return Rights.ONE_RIGHT
    if general and lexicon.ENUMERATED_SECTIONS.search(body):
        return Rights.ENUMERATED
    if general and _RIGHTS_OF_SOME_PEOPLE.search(body):
        # "any right secured to persons accused of crime by the Constitution of Maine": the
        # rights of the accused, some rights only.
        return Rights.ENUMERATED
    # "any right secured by the Constitution, other than the right to keep and bear arms",
    # "any right secured by article I ..., other than section 13": every right but some.
    if general and (
        (one and rx.search(r"\b(?:other than|except(?: for)?|excluding|but not)\b", body))
        or rx.search(
            r"\b(?:other than|except(?: for)?|excluding|but not)\s+(?:the\s+|an?\s+|any\s+)?(?:rights?\s+"
            r"(?:(?:secured|guaranteed|protected|declared|arising|conferred|created|set\s+(?:forth|out)|listed"
            r"|described|stated)\s+(?:by|in|under)|under|in|of)\s+)?(?:sections?|articles?"
            r"|§+|subsections?)\s+\w",
            body,
        )
    ):
        return Rights.ENUMERATED
    if (
        general
        and not lexicon.SECTION_1983.search(body)
        and lexicon.FEDERAL_ONLY_RIGHTS.search(body)
        and not lexicon.STATE_RIGHTS_WORDS.search(lexicon.GENERIC_RIGHTS_WORDS.sub(" ", body))
    ):
        return Rights.FEDERAL_ONLY
    if general and lexicon.STATE_RIGHTS_WORDS.search(body):
        return Rights.ALL_CONSTITUTIONAL
    if lexicon.SECTION_1983.search(body):
        # Section 1983 reaches every right the Constitution secures, without restriction.
        return Rights.ALL_CONSTITUTIONAL
    if general and lexicon.FEDERAL_ONLY_RIGHTS.search(body):
        return Rights.FEDERAL_ONLY
    if general:
        return Rights.ALL_CONSTITUTIONAL
    if lexicon.CIVIL_RIGHTS_ACT.search(body):
        return Rights.CIVIL_RIGHTS_ACT
    if conditioned_on_force_or_search(body) or lexicon.FORCE_OR_SEARCH.search(body):
        return Rights.FORCE_OR_SEARCH
    if lexicon.TORTS_ONLY.search(body):
        return Rights.TORTS
    return Rights.UNSTATED


# "a person described in Section 2": the class is in that section.
_OF_ANOTHER_LAW = (
    r"(?!,?\s+of\s+(?!this\s+act\b)(?:the\s+)?(?:chapter|title|article|part|general\s+laws|code|revised"
    r"|statutes)\b)"
)
_PERSON_BY_REFERENCE = compile_pattern(
    r"\b(?:persons?|individuals?|officers?|officials?|employees?|defendants?),?\s+(?:as\s+)?(?:described|defined"
    r"|listed|specified"
    r"|identified|referred\s+to|covered)\s+in\s+(?:section|sec[._]?)\s+(?P<number>\d{1,4}[a-z]?)\b"
    # (not "section 1 of chapter 258": a section of another law, not of this bill)
    + _OF_ANOTHER_LAW
)
# The sentence right after a bar that keeps it for police only.
_PRECEDING_FOR_POLICE_ONLY = compile_pattern(
    r"\s*(?:the\s+)?(?:preceding|previous|foregoing)\s+(?:sentence|subsection|paragraph)\s+(?:does|shall)\s+not\s+"
    r"apply\s+to\s+(?:an?\s+|any\s+)?[^.;]{0,60}?\bother\s+than\s+(?:an?\s+|any\s+)?(?:law[- ]enforcement|peace"
    r"|police)\s+officers?\b"
)
_FOLLOWING_REACH = 300
_SOME_EMPLOYEES_EXCEPTED = compile_pattern(
    r"\b(?:other\s+than|except(?:\s+for)?|excluding|but\s+not)\s+(?:an?\s+|any\s+|the\s+)?(?:officers?\s+(?:or|and)\s+)?"
    r"employees?\s+of\s+(?:an?\s+|any\s+|the\s+)?(?!(?:[\w-]+\s+){0,2}?(?:police|sheriff|patrol|law\s+enforcement))"
)
_OR_OTHER_DUTIES = compile_pattern(
    r"\b(?:or|and/or)\s+(?:the\s+authority\s+)?(?:to\s+)?(?:use\s+(?:physical\s+|deadly\s+)?force|hold\s+(?:a\s+|any\s+)?"
    r"persons?\s+in\s+custody|(?:have\s+)?custody\s+of|supervis\w+\s+(?:of\s+)?(?:inmates|prisoners|persons)"
    r"|detain|care\s+for)"
)
_OF_A_POLICE_AGENCY = compile_pattern(
    r"\b(?:employed|commissioned|appointed|sworn)\s+(?:or\s+(?:employed|commissioned|appointed|sworn)\s+)?by\s+"
    r"(?:an?|any|the)\s+(?:law\s+enforcement|police)\s+(?:unit|agency|department|agencies)\b"
)
_PERSON_TO_WHOM_IT_APPLIES = compile_pattern(
    r"\b(?:persons?|individuals?|officers?|officials?|employees?)\s+to\s+whom\s+this\s+(?:section|act|chapter"
    r"|article|subchapter)\s+applies\b"
)
_THIS_APPLIES_TO = compile_pattern(
    r"\bthis\s+(?:section|act|chapter|article|subchapter)\s+applies\s+(?:only\s+)?to\s+(?P<whom>[^.;]{3,200})"
)
# Defined terms a claim names its rights by: "a protected right", "a covered claim" (defined as
# a claim for the deprivation of a right declared in article I).
_RIGHTS_TERM_ENDINGS = (
    *(" right", " rights", " claim", " claims", " deprivation", " violation"),
    # ("a protected interest", "a covered protection": other names a bill gives the rights)
    *(" interest", " interests", " protection", " protections", " guarantee", " guarantees"),
)
# A defined name for the rights that a claim uses in its own word order: '"Protected right"
# means ...' read in "deprives a person of a right protected by this chapter".
_INVERTED_RIGHTS_TERM = compile_pattern(
    r"(?P<adjective>protected|secured|covered|guaranteed)\s+(?P<right>rights?)"
)


def _deprived_of_the_term(term: str, body: str) -> bool:
    """Whether a claim names ``term`` as what a person is deprived of ("deprives an individual of
    protected expression")."""
    return "depriv" in body and any(
        f" of {article}{term}" in body
        for article in ("", "the ", "a ", "an ", "any ", "his or her ")
    )


# A right tied to a constitution or a charter's article or section.
_RIGHT_OF_A_CHARTER = compile_pattern(
    r"\brights?\b[^.;]{0,80}?\b(?:article|section|constitution|declaration\s+of\s+rights)\b"
)


def _names_the_rights(term: str, body: str) -> bool:
    """Whether the claim ``body`` names its rights by the defined ``term``: the term itself
    ("a covered right", "rights protected by this chapter"), or a "protected right" turned
    round ("a right protected by this chapter")."""
    # (a plural term named in the singular: '"Protected rights" means ...' read in "deprives a
    # person of any protected right")
    named = term in body or (term.endswith("s") and rx.search(rf"\b{re.escape(term[:-1])}\b", body))
    if named and (term.endswith(_RIGHTS_TERM_ENDINGS) or rx.search(r"\brights?\s", term)):
        return True
    inverted = _INVERTED_RIGHTS_TERM.fullmatch(term)
    return inverted is not None and bool(
        rx.search(
            r"\brights?\s+"
            + inverted.group("adjective")
            + r"\s+by\s+this\s+(?:chapter|act|article|part|section|title)\b",
            body,
        )
    )


# "a right listed in section 3", "a right described in Section 3".
# A code section's number as a reference cites it: "3", "3-2501", a dotted one masked "9-1_3-2".
_SECTION_NUMBER_CITED = r"\d{1,4}(?:[-_]\d{1,5}){0,3}[a-z]?"
_RIGHT_BY_REFERENCE = compile_pattern(
    r"\brights?,?\s+(?:as\s+)?(?:listed|described|set\s+(?:out|forth)|enumerated|specified|referred\s+to|identified)\s+"
    # ("a right described in § 3-2404 of this subtitle")
    # (a code number with dots, "§ 9-1.3-2", masked "9-1_3-2" in the analysis copy)
    # (California's "subdivision (b)")
    r"in\s+(?:section\s+|sec[._]?\s+|subsection\s+|subdivision\s+|§\s*)\(?(?P<number>"
    + _SECTION_NUMBER_CITED
    + r"|[a-z])\)?"
    r"(?![\w(-])" + _OF_ANOTHER_LAW
)
_RIGHT_IN_AN_ITEM = compile_pattern(
    r"\brights?,?\s+(?:as\s+)?(?:listed|described|set\s+(?:out|forth)|enumerated|specified|referred\s+to"
    r"|identified)\s+in\s+(?:"
    rf"(?:section\s+|sec[._]?\s+|§\s*)(?P<number_first>{_SECTION_NUMBER_CITED})\s*\((?P<item_first>\w{{1,3}})\)"
    rf"|(?:subsection|paragraph)\s+\((?P<item>\w{{1,3}})\)\s+of\s+(?:section\s+|sec[._]?\s+|§\s*)"
    rf"(?P<number>{_SECTION_NUMBER_CITED})(?![\w-])"
    r")" + _OF_ANOTHER_LAW
)
_SUBSECTION_LOOKBACK = 3_000
_WRONG_BY_REFERENCE = compile_pattern(
    r"\b(?:deprivations?|violations?)\s+(?:prohibited|described|defined|listed|set\s+(?:out|forth))\s+"
    r"(?:by|in|under)\s+(?:section|sec[._]?|subsection)\s+\(?(?P<number>\d{1,4}[a-z]?|[a-z])\)?(?![\w(])"
    + _OF_ANOTHER_LAW
)
# Whom an indemnity names, when they are volunteers, chaplains or the like only.
_INDEMNIFIED_PEOPLE = compile_pattern(
    r"\bindemnify\s+(?P<whom>(?:(?:each|any|every|the|its|a|an|all)\s+)?(?:[\w-]+\s+){0,3}?volunteers?\b"
    r"[^.;]{0,60}?)\s+(?:for|against|from)\b"
)
_OFFICERS_AMONG = compile_pattern(
    r"\b(?:officers?|employees?|deput(?:y|ies)|officials?|troopers?)\b"
)
_NOT_PUBLIC_RECORDS = compile_pattern(
    # ("shall not be considered a government record under P.L.1963, c.73")
    r"\b(?:shall|is|are)\s+not\s+(?:be\s+)?(?:deemed|considered|treated\s+as)\s+(?:an?\s+)?(?:public|government)\s+"
    r"records?\b"
    # ("A recording released under this subsection is not thereby made a public record")
    r"|\b(?:shall|is|are)\s+not\s+(?:be\s+)?(?:thereby\s+)?(?:made|rendered|become)\s+(?:an?\s+)?public\s+records?\b"
    # ("A recording made under this section is not a public record and is confidential", with no
    # exception that opens it to anyone)
    r"|\b(?:is|are)\s+not\s+(?:an?\s+)?public\s+records?\b(?![^.]*\b(?:except|but|however|unless|provided"
    r"|released?|disclosed?|made\s+available|open\s+to)\b)"
)
_RECORDS_APPEAL = compile_pattern(
    r"\brequest\s+to\s+(?:inspect|copy|obtain|review)\b[^.;]{0,120}?\b(?:is|was|are|has\s+been)\s+denied\b[^.;]{0,120}?"
    r"\bmay\s+(?:appeal|bring|file|commence|petition|seek)\b"
)
_COMPLAINT_INTAKE = compile_pattern(
    r"\baccept\w*\s+(?:a\s+|any\s+|all\s+|each\s+)?(?:anonymous\s+|written\s+)?complaints?\b"
)
# What a complainant may not be made to do ("may not require a complainant to ... disclose his
# or her immigration status").
_ASKED_OF_THE_COMPLAINANT = compile_pattern(
    r"\brequire\s+(?:a|the|any)\s+complainant\b[^.;]{0,160}"
)
_DISCLOSING_VERB = compile_pattern(
    r"\b(?:publish\w*|disclos\w*|releas\w*|make\s+(?:\w+\s+)?available|open\s+to\s+(?:the\s+)?public"
    r"|public\s+records?|public\s+inspection)\b"
)
# Counts of records, not the records ("the number and categories of complaints").
_COUNTS_OF_RECORDS = compile_pattern(
    r"\bcomplaint\s+(?:statistics|data|totals)\b"
    r"|\b(?:total\s+)?(?:number|numbers|count|counts|categories|types|kinds|statistics|totals?|summar(?:y|ies))"
    r"(?:,?\s+(?:and|or)\s+(?:the\s+)?(?:categories|types|kinds|dispositions?|outcomes?))?\s+of\s+"
    r"(?:(?:the|all|any)\s+)?(?:[\w-]+\s+){0,2}?(?:complaints?|incidents?|stops?|cases?|claims?|investigations?"
    r"|settlements?|judgments?|disciplinary\s+actions?)\b"
)
# Rights held by some people only: those of the accused, of prisoners, of crime victims.
_RIGHTS_OF_SOME_PEOPLE = compile_pattern(
    r"\brights?\s+(?:(?:secured|guaranteed|given|granted|afforded|reserved)\s+to|of)\s+(?:persons?\s+|those\s+"
    r"|individuals?\s+|people\s+|the\s+)?(?:accused|charged\s+with|arrested|detained|incarcerated|imprisoned"
    r"|crime\s+victims?|victims\s+of\s+crime)\b"
)
# A wrong named by pointing back to the sentence before ("A person so deprived may maintain an
# action", "Any person injured by such a deprivation"): that sentence says which rights.
_WRONG_POINTED_BACK = compile_pattern(
    r"\b(?:so|thus|thereby)\s+(?:deprived|injured|aggrieved)\b"
    r"|\b(?:deprived|injured|aggrieved)\s+thereby\b"
    r"|\bsuch\s+(?:an?\s+)?(?:deprivation|violation|infringement)s?\b"
    # ("A person injured by the breach of any such duty may recover ...", after "Every peace
    # officer owes the following duties: (a) Not to subject any person ... to the deprivation of
    # any individual right secured by the bill of rights ...")
    r"|(?P<duties>\bbreach\s+of\s+(?:any\s+|either\s+)?(?:such|those|these|the\s+foregoing)\s+(?:dut(?:y|ies)"
    r"|obligations?)\b)"
    # The action or the defendants described in the sentence before: "(d) The action is for the
    # deprivation ... of a right secured by the Ohio Constitution. In such an action the employee
    # is liable"; "... do not apply to an action against ... for the deprivation ... of a right
    # secured by article I ... Such an officer, official, agent or employee is liable".
    r"|\bin\s+(?:any\s+)?such\s+(?:an?\s+)?(?:action|claim|suit|proceeding)s?\b"
    r"|^[\W\d]*such\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:officers?|employees?|officials?|agents?)\b"
)
# How many sentences back the duties a suit "by the breach of any such duty" points to may start.
_DUTIES_LOOKBACK = 8
# Where a lettered item of a list run into one sentence begins: "...; and (b) When present ...".
_LIST_ITEM_BREAK = compile_pattern(r"[:;]\s*(?:and\s+|or\s+)?(?=\(\w{1,3}\)\s)")
# Rights from the widest to the narrowest, for reading several duties as one suit's rights.
_RIGHTS_WIDEST_FIRST = (
    Rights.ALL_CONSTITUTIONAL,
    Rights.ENUMERATED,
    Rights.CIVIL_RIGHTS_ACT,
    Rights.FEDERAL_ONLY,
    Rights.ONE_RIGHT,
    Rights.FORCE_OR_SEARCH,
    Rights.TORTS,
)
# Every other right, as an alternative beside force or a search.
_OTHERWISE_ANY_RIGHT = compile_pattern(
    r"\botherwise\s+(?:deprives?|violates?|infringes?|interferes?)\b[^.;]{0,40}?\bany\s+(?:other\s+)?rights?\b"
    r"|\bor\s+(?:of\s+)?any\s+other\s+rights?\s+(?:secured|guaranteed|protected)\b"
)
# Several freedoms under one noun ("the freedom of speech, of the press, or of assembly").
_FREEDOMS_IN_A_ROW = compile_pattern(
    r"\bfreedoms?\s+of\s+(?:speech|the\s+press|religion|assembly|worship)\b,?\s+(?:or\s+|and\s+)?of\s+(?:the\s+)?"
    r"(?:press|speech|assembly|petition|religion|worship)\b"
)
# "A violation of section 5801 gives rise to a civil action", where section 5801 is the
# bill's prohibition: the wrong, and so the rights, are that section's.
_VIOLATION_OF_SECTION = compile_pattern(
    r"\bviolations?\s+of\s+(?:section|sec[._]?|§)\s*(?P<number>\d{1,4}[a-z]?)(?![\w(-])"
    + _OF_ANOTHER_LAW
)
_RIGHTS_DEFINED_BY_REFERENCE = compile_pattern(
    r"\bthe\s+rights\s+(?:referred\s+to|described|covered|protected|listed)\s+(?:in|under|by)\s+"
    # ("The rights referred to in § 3-2402 of this subtitle are ...")
    r"(?:(?:this\s+)?(?:section|subsection|act|chapter|subtitle)\b|§)[^.;]{0,40}?\b(?:are|mean|include)\b"
)
# How much of a referenced provision is read for the rights it names.
_REFERENCED_PROVISION = 600
# How far after a clause a compact may name itself ("this Compact").
_COMPACT_AFTER = 400
# How far before a cap clause the setting it serves is read.
_SETTING_REACH = 1_500
# Records named only by where they are described: "The records described in section 3(b)",
# "the information required by subsection (c)".
_RECORDS_BY_REFERENCE = compile_pattern(
    r"\b(?:records?|information|reports?|documents?)\s+(?:described|listed|specified|referred\s+to"
    r"|identified|required|kept|maintained|compiled|collected|reported|submitted|received|filed)\s+(?:in|by|under|pursuant\s+to)\s+"
    r"(?:(?:section|sec[._]?)\s*(?P<number>\d{1,4}[a-z]?)(?:\s*\((?P<label>[a-z0-9]{1,3})\))?"
    r"|subsection\s+\((?P<sublabel>[a-z0-9]{1,3})\))(?![\w(])" + _OF_ANOTHER_LAW
)
_RECORDS_POINTED_BACK = compile_pattern(
    # ("b. The Attorney General shall publish that information on the Attorney General's website")
    r"^\W*(?:\(?[a-z0-9]{1,3}[_.)]\s+)?(?:(?:such|these|those|that)\s+(?:records|information|files|documents)\b"
    r"|the\s+(?:[\w-]+\s+){1,4}?(?:shall|must)\s+(?:publish|post|disclose|release)\s+(?:that|such|this|the)\s+information\b"
    # ("The information is public information ...", not "The records of each seizure ...")
    r"|the\s+(?:records|information|files|documents)\s+(?=(?:is|are|shall|must)\b))"
)
_RECORDS_BY_REFERENCE_SECTION = "sec"  # in "section", "sec." and "subsection" alike
_RECORDS_OBJECT_OR_REFERENCE = compile_pattern(
    rf"{lexicon.RECORDS_OBJECT.pattern}|{_RECORDS_BY_REFERENCE.pattern}"
)
# Force as the act the claim is for: "a corrections officer who ... uses force against that
# person in violation of the person's right under Section 13 or Section 17".
_USES_FORCE = compile_pattern(
    r"\b(?:who|that|being)\b[^.;]{0,120}?\b(?:uses?|used|applies|applied)\s+(?:(?:unlawful|unreasonable"
    r"|physical|deadly|excessive|lethal)\s+){0,2}force\s+(?:against|on|upon)\b"
)
# One provision of the constitution cited by number: "article 14 of the Declaration of Rights",
# "Section 16 of Article I".
_ONE_NUMBER = r"\d+[a-z]?\b(?!\s*(?:,|or\b|and\b|to\b|through\b|-)\s*\d)"
_ONE_SECTION_CITED = compile_pattern(
    r"(?:\b(?:secured|guaranteed|protected|conferred|declared|ensured|recognized|recognised)\s+"
    r"(?:to\s+(?:the\s+)?(?:person|individual)\s+)?(?:by|under|in)|\brights?\s+under"
    # ("violates the right of a person under section 17, article I of the constitution"; "abridges
    # the freedom of a person ... to speak, write, or publish under Section 8, Article I")
    r"|\b(?:rights?|freedom)\s+of\s+(?:a|the|any)\s+(?:person|individual)\b[^.;]{0,80}?\bunder"
    # "who, in violation of Section 9, Article I, ... searches a person", "who violates section 8
    # of article I": the wrong is a breach of that one section.
    r"|\bin\s+violation\s+of|\bviolat(?:es|ing)|\bcontrary\s+to)\s+(?:the\s+)?"
    # (the constitution named first: "secured by the Constitution of Maine, Article I, Section 4")
    r"(?:(?:constitution\s+of\s+(?:the\s+state\s+of\s+)?[a-z]+(?:\s+[a-z]+)?|[a-z]+\s+constitution),?\s+(?=art|sec))?"
    r"(?:section\s+" + _ONE_NUMBER + r",?\s+(?:of\s+)?article\s+[0-9ivx]+\b"
    r"|article\s+[0-9ivx]+,?\s+(?:section|§|sec_?)\s*"
    + _ONE_NUMBER
    + r"|art_?\s+[0-9ivx]+,?\s+(?:sec_?|§)\s*"
    + _ONE_NUMBER
    # (a constitution numbered by sections alone: "the right under Section 10 of the
    # Constitution of Kentucky")
    + r"|section\s+"
    + _ONE_NUMBER
    + r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?constitution\b(?!\s+and\b)"
    # (one section or article of a bill of rights: "section 11 of the Kansas bill of rights",
    # "Article 24 of the Maryland Declaration of Rights")
    + r"|(?:section|article)\s+"
    + _ONE_NUMBER
    + r"\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:bill|declaration)\s+of\s+rights\b(?!\s+and\b)"
    + r")"
)
# A second provision after the first: "section 9 of article I, or section 12 of article II".
_ANOTHER_PROVISION = compile_pattern(
    r"[^.;]{0,80}?\b(?:or|and|,)\s+(?:by\s+|under\s+)?(?:the\s+)?(?:sections?|articles?|art_?|§)\s*[0-9ivx]"
    r"|[^.;]{0,80}?\b(?:or|and)\s+(?:by\s+|under\s+)?(?:the\s+)?(?:constitution|laws|statutes)"
)
# A constitution's section cited with its article ("Article I, section 5", "section 8 of article
# 1", "s. 3, Art. I").
_ARTICLE_AND_SECTION = compile_pattern(
    r"\b(?:article|art_?)\s*[0-9ivx]+,?\s+(?:section|sec_?|§|s_)\s*\d+[a-z]?\b"
    r"|\b(?:section|sec_?|§|s_)\s*\d+[a-z]?,?\s+(?:of\s+)?(?:article|art_?)\s*[0-9ivx]+\b"
)
_ARTICLE_THEN_SECTIONS = compile_pattern(
    r"\b(?:article|art_?)\s*[0-9ivx]+,?\s+(?:sections?|§§?|s_)\s*\d+[a-z]?(?:-[a-z0-9]+)?"
    r"(?:,\s*\d+[a-z]?(?:-[a-z0-9]+)?)*,?\s+(?:and|or)\s+\d+[a-z]?(?:-[a-z0-9]+)?\b"
)
_PROVISION_CITED = compile_pattern(
    # ("article 24 of the Maryland Declaration of Rights": the state named before it)
    r"\b((?:article|section)\s+[0-9ivx]+[a-z]?)\s+of\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}?(?:declaration\s+of\s+rights"
    r"|bill\s+of\s+rights)|article\s+[0-9ivx]+)"
)
# The wrong is a search: "who ... disturbs a person in the person's private affairs or invades
# the person's home", "who searches a dwelling".
_SEARCHES = compile_pattern(
    r"\b(?:who|that|being)\b[^.;]{0,120}?\b(?:disturb\w*\s+[^.;]{0,40}?private affairs"
    r"|invad\w*\s+[^.;]{0,30}?(?:home|dwelling|residence)|searche?s?\s+(?:a|the|any)\s+(?:\w+\s+)?"
    r"(?:home|dwelling|residence|house|vehicle)"
    # ("who conducts a search in violation of ... Article I, Section 10")
    r"|conducts?\s+(?:an?\s+|any\s+)?(?:unlawful\s+|warrantless\s+|unreasonable\s+)?(?:search|seizure)(?:es|s)?)\b"
)
_RIGHTS_ABOUT_FORCE_OR_SEARCH = compile_pattern(
    # "subjects a person to the deprivation of the right to be free from unreasonable searches and
    # seizures under paragraph 7 of Article I" (with or without force beside it).
    r"\bdeprivation\s+of\s+(?:the|a|his|her|their)\s+rights?\s+to\s+be\s+(?:free|secure)\s+(?:from|against)\s+"
    r"(?:unreasonable|unlawful|excessive)\s+(?:searches|seizures|force|arrests?)\b"
    r"(?![^.;]{0,80}?\b(?:and|or)\s+(?:any|all)\s+other)"
    r"|\brights?\b[^.;]{0,30}?\b(?:relating|related|pertaining|with\s+respect|as)\s+to\s+(?:an?\s+|the\s+)?"
    r"(?:unreasonable\s+|unlawful\s+)?(?:search|seizure|arrest|detention|(?:the\s+)?use\s+of\s+force|force)\b"
    # '"Protected right" means the right to be free from excessive force and from unreasonable
    # searches and seizures under article I, section 7'.
    r"|^[\W_]*(?:shall\s+)?means?\s+(?:only\s+)?the\s+rights?\s+to\s+be\s+free\s+from\s+(?:excessive|unreasonable"
    r"|unlawful|deadly)\s+(?:force|searches|seizures|arrests?)\b(?:[^.;]{0,80}?\band\s+(?:from\s+)?(?:excessive"
    r"|unreasonable|unlawful)\s+(?:force|searches|seizures|arrests?)\b)?(?![^.;]{0,40}?\b(?:and|or)\s+(?:any|all)\s+other)"
)
_VIOLATION_DEEMED_DEPRIVATION = compile_pattern(
    r"\bviolation\s+of\s+(?:this\s+)?(?:subsection|paragraph|clause)\b[^.;]{0,40}?\b(?:constitutes?"
    r"|shall\s+(?:constitute|be\s+(?:deemed|considered|treated\s+as)))\s+(?:an?\s+)?"
    r"(?:deprivation|violation)\s+of\s+(?:any\s+)?rights\b"
)


def _bounding_provision(body: str) -> re.Match[str] | None:
    """The one amendment that bounds the rights a clause names, or None: "any rights,
    privileges, or immunities secured by the First Amendment" reaches that amendment only,
    however general the words before it. Another source beside it ("or by the constitution
    of this state") or an example ("including those secured by ...") keeps the scope wide."""
    provision = lexicon.ONE_PROVISION.search(body)
    if provision is None:
        return None
    # Only the words from the rights the clause names up to the amendment count: "under color
    # of any statute" before them names the actor's authority, not a source of rights, and
    # "every person, including a Federal employee" is an example among the defendants.
    rights_words = list(rx.finditer(r"\brights?\b", body[: provision.start()]))
    # An example among the rights ("including those secured by ...") keeps the scope wide.
    examples_from = rights_words[-1].start() if rights_words else 0
    if rx.search(r"including|such as", body[examples_from : provision.start()]):
        return None
    # The amendment's own constitution ("the First Amendment to the Constitution of the United
    # States") is not a second source.
    rest = rx.sub(
        r"^\s*(?:to|of) the (?:constitution of the united states|united states constitution"
        r"|u_s_ constitution|federal constitution)",
        "",
        body[provision.end() :],
    )
    start = rights_words[-1].start() if rights_words else provision.start()
    if rx.search(r"\b(?:constitutions?|laws|statutes?)\b", body[start : provision.start()] + rest):
        return None
    return provision


def conditioned_on_force_or_search(body: str) -> bool:
    """True when a clause is limited to force or search cases ('if ... physical force')."""
    match = lexicon.FORCE_OR_SEARCH.search(body)
    if not match:
        return False
    before = body[max(0, match.start() - 220) : match.start()]
    # ("including but not limited to the right to be free from unreasonable searches" gives an
    # example of the rights, not their limit.)
    before = rx.sub(r"\bnot\s+limited\s+to\b", " ", before)
    # ("In an action under this section alleging the use of excessive force, qualified immunity
    # shall not be a defense": the bar holds for those actions only)
    if rx.search(
        r"\b(?:if|when|where|only|involv\w*|against|limited to|security)\b", before
    ) or rx.search(
        r"\b(?:alleg\w*|concern\w*|aris\w*\s+(?:out\s+of|from)|based\s+(?:on|upon))\b[^.;,]{0,40}$",
        before,
    ):
        return True
    # The force or search is itself the wrong the claim is for: "subjects a person to an
    # unreasonable search", "uses excessive force" (not "rights, including freedom from ...").
    return bool(
        rx.search(r"\bsubject(?:s|ed|ing)?\b(?:\s+[\w,]+){0,5}?\s+to\s+(?:an?\s+|the\s+)?$", before)
        or rx.search(r"\buse[sd]?\s+$", before)
        # ("an officer sued under this section for the use of excessive force may not assert")
        or rx.search(
            r"\b(?:sued|suit|action|claims?)\b[^.;]{0,60}?\bfor\s+(?:the\s+|an?\s+)?use\s+of\s+$",
            before,
        )
        # "an officer who, under color of law, enters or searches a dwelling ...": the search is
        # the act the claim is for.
        or rx.search(
            r"\b(?:who|that),?\s+(?:(?:while\s+)?(?:acting\s+)?under\s+colou?r\s+of\s+(?:\w+\s+)?law,?\s+)?$",
            before,
        )
        # "commits an assault ..., or conducts an unreasonable search": the acts are the wrong.
        or rx.search(
            r"\b(?:commits?|conducts?|makes?|performs?|effects?)\s+(?:an?\s+|the\s+)?$", before
        )
    )


# -- defenses ------------------------------------------------------------------------


# Good faith in other words, as a defense states it: reliance on what authorized the act ("a
# reasonable reliance defense", "undertaken in reasonable reliance upon a statute"), acting as a
# written policy or the training directed, "no reason to know" the act was a deprivation.
_GOOD_FAITH_IN_OTHER_WORDS = compile_pattern(
    # (reliance on what authorized the act, not on a caller's report or a lawyer's advice)
    r"\breasonabl[ey]\s+reliance\s+defen[cs]e"
    r"|\breli(?:ance|ed|es|y|ying)\s+(?:up)?on\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statutes?|ordinances?|rules?|regulations?|polic(?:y|ies)|orders?|warrants?|decisions?"
    r"|laws?|judgments?)\b"
    # (conduct "expressly authorized or required by a Federal statute ... that had not been held
    # unconstitutional")
    r"|\b(?:authorized|required|permitted)(?:\s+or\s+(?:authorized|required|permitted))?\s+by\s+"
    r"(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?(?:statutes?|ordinances?|regulations?|rules?)\b"
    r"[^.;]{0,160}?\b(?:held|declared|found|adjudged)\s+(?:it\s+|them\s+|to\s+be\s+)?(?:invalid|unconstitutional|void)"
    # ("for enforcing, in good faith, a statute or municipal ordinance before a court ... has
    # declared it unconstitutional"; "an act done in good faith compliance with an order of a
    # court ..., or with a statute or regulation, that was subsequently held invalid")
    r"|\b(?:enforc\w*|compliance\s+with|reliance\s+(?:up)?on)\b[^.;]{0,40}?\b(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statutes?|ordinances?|regulations?|rules?|orders?|laws?)\b[^.;]{0,160}?\b(?:held|declared|found"
    r"|adjudged)\s+(?:it\s+|them\s+|to\s+be\s+)?(?:invalid|unconstitutional|void)"
    # A criminal code's justification as the civil defense: "It is a defense to an action under
    # this chapter that the conduct of the peace officer was justified under Chapter 9, Penal
    # Code."
    r"|\b(?:was|were|is|are)\s+justified\s+under\s+(?:chapter|section|article|title|§)"
    r"|\bno\s+reason\s+to\s+(?:know|believe)\b"
    r"|\bin\s+(?:compliance|conformity|accordance)\s+with\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:policy|policies|training|directive|statutes?|ordinances?|regulations?)\b"
    # ("conduct that conformed to the training the officer received", "pursuant to a written
    # policy of the agency", "within the scope of clearly defined departmental policy", "executes
    # a warrant ... valid on its face", "at the express direction of a superior officer or on the
    # written advice of a State's Attorney")
    r"|\bconform(?:ed|s|ing)?\s+to\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?(?:training|polic(?:y|ies)"
    r"|statutes?|ordinances?|regulations?|directives?)\b"
    r"|\bpursuant\s+to\s+(?:a|an|the)\s+written\s+(?:polic(?:y|ies)|directive|order)"
    r"|\bwithin\s+the\s+scope\s+of\s+(?:a\s+|the\s+)?(?:clearly\s+defined\s+|written\s+)?(?:departmental\s+"
    r"|agency\s+)?polic(?:y|ies)\b"
    r"|\bwarrant\b[^.;]{0,80}?\bvalid\s+on\s+its\s+face\b"
    r"|\bat\s+the\s+(?:express\s+)?direction\s+of\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:superior|supervisor"
    r"|commanding)"
    r"|\b(?:on|upon)\s+the\s+(?:written\s+)?advice\s+of\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(?:attorney|prosecutor)"
)


# A note to a model act's drafters (and a model or uniform act's comments on its sections).
_DRAFTING_NOTE = compile_pattern(
    r"(?:(?P<bracket>\[)[ \t]*|(?<![^\n])[ \t]*)"
    r"(?:drafting\s+note|drafters?'?s?'?\s+note|note\s+to\s+drafters|(?:official\s+)?comments?"
    r"|reporter'?s\s+notes?)\s*[:.\-\u2014]"
)
_DRAFTING_NOTE_LIMIT = 3_000
_DRAFTING_NOTE_HEAD = 24  # (the note's name and its colon)
# A defense stated as good faith or belief, or as the doctrine itself.
_GOOD_FAITH_IN_SO_MANY_WORDS = compile_pattern(
    r"good[ -]faith|\bbeli(?:ef|eve)|qualified\s+immunity|clearly\s+established"
)


def _kinds(window: str) -> frozenset[DefenseKind]:
    kinds = set()
    if (
        "qualified immunity" in window
        or lexicon.SECTION_1983_IMMUNITY.search(window)
        # Kentucky's name for the doctrine: "qualified official immunity".
        or "qualified official immunity" in window
    ):
        kinds.add(DefenseKind.QUALIFIED_IMMUNITY)
    if (
        "clearly established" in window
        or "clearly lawful" in window
        or rx.search(
            r"\bprior (?:\w+ )?(?:decision|case|precedent|ruling)|precedent|case law"
            r"|previously (?:held|found|ruled|declared)"
            # The element in words: "unless every reasonable official would have understood the
            # conduct to be unlawful", "that a reasonable officer would not have known".
            r"|\b(?:every|a|any)\s+reasonable\s+(?:officer|official|person|employee)\s+(?:would|could)\s+"
            r"(?:not\s+)?have\s+(?:known|understood|realized|recognized)"
            r"|\bapparent\s+to\s+(?:a|any|every)\s+reasonable\b",
            window,
        )
    ):
        kinds.add(DefenseKind.CLEARLY_ESTABLISHED)
    if rx.search(
        r"good[ -]faith|reasonabl[ey] (?:have been expected|believ)|believed|reasonable belief"
        r"|subjective belief|belief that"
        # (a state's official immunity shields an officer's discretionary acts done in good faith)
        r"|(?<!qualified )(?<!defense of )\bofficial immunity\b",
        window,
    ) or _GOOD_FAITH_IN_OTHER_WORDS.search(window):
        kinds.add(DefenseKind.GOOD_FAITH)
    # (not the immunities of one statute: "Any immunity provided by the State Tort Claims Act
    # ... shall not apply" sets that act aside, not every immunity an officer has)
    general = window.replace("qualified immunity", " ")
    if any(verb in general for verb in _STATUTE_LIMITED_VERBS):
        general = _STATUTE_LIMITED_IMMUNITY.sub(" ", general)
    if "sovereign immunity" in general:
        # ("Neither sovereign immunity, governmental immunity, nor the public duty doctrine shall
        # be a defense": the government's own immunities, named beside the State's, not every
        # immunity an officer has)
        general = _GOVERNMENTS_OWN_IMMUNITY.sub(" ", general)
    if "immunity of the" in general:
        # ("no immunity of the state shall be a defense", in a claim against the State for a
        # wrongful conviction: the State's own immunity, not an officer's)
        general = _IMMUNITY_OF_THE_GOVERNMENT.sub(" ", general)
    if rx.search(r"\bimmunit(?:y|ies)\b|\bimmune\b", general):
        kinds.add(DefenseKind.IMMUNITY)
    return frozenset(kinds)


_GOVERNMENTS_OWN_IMMUNITY = compile_pattern(
    r"\b(?:sovereign|governmental|government|state|municipal|eleventh\s+amendment)\s+immunit(?:y|ies)\b"
)


_IMMUNITY_OF_THE_GOVERNMENT = compile_pattern(
    r"\bimmunit(?:y|ies)\s+of\s+the\s+(?:state|commonwealth|district|county|city|municipality)\b"
    r"(?!\s*,?\s*(?:or|and)\s+(?:of\s+)?(?:its|any|an?|the)\s+(?:[\w-]+\s+)?(?:officers?|employees?|agents?))"
)
_STATUTE_LIMITED_VERBS = ("provided", "conferred", "granted", "established")
_STATUTE_LIMITED_IMMUNITY = compile_pattern(
    r"\bimmunit(?:y|ies)\s+(?:from\s+(?:suit|liability)\s+)?(?:provided|conferred|granted|established)\s+"
    r"(?:by|in|under)\s+(?:the\s+)?(?!common\s+law\b|this\b|law\b|any\b)[^,;.()]{0,80}?"
    r"\b(?:act|code|chapter|statutes?)\b(?:\s+or\s+(?:the\s+)?[^,;.()]{0,80}?\b(?:act|code|chapter|statutes?)\b)?"
)


def _against_civil_claims(window: str) -> bool:
    """A defense to civil liability, not to a criminal charge."""
    return bool(lexicon.CIVIL_CLAIM_WORDS.search(window)) and not (
        lexicon.CRIMINAL_PROCESS_WORDS.search(window)
    )


def _defense_to_civil_claims(window: str) -> bool:
    """A defense an officer or defendant may raise to a civil claim, not to a charge.

    "It is an affirmative defense that the officer acted in good faith" names no claim, but
    a defense of an officer's or defendant's good faith outside any prosecution is a defense
    to civil liability.
    """
    if _against_civil_claims(window):
        return True
    # ("it is an affirmative defense that the public employee acted with a good faith and
    # reasonable belief": a public employee's good faith, the claim named in the sentence before)
    return not lexicon.CRIMINAL_PROCESS_WORDS.search(window) and bool(
        lexicon.POLICE_TERM.search(window)
        # ("it shall be an affirmative defense that the employee reasonably believed ... that his
        # or her conduct was lawful", after a sentence naming the claim against any employee)
        or rx.search(
            r"\bdefendants?\b|\b(?:public\s+)?(?:employees?|officials?|servants?)\b", window
        )
    )


def _names_the_police(phrase: str) -> bool:
    """Whether ``phrase`` names a police class ("a sheriff's deputy", "a law enforcement
    officer"), not a bare "officer", which may be any public officer."""
    police = lexicon.POLICE_TERM.search(phrase)
    return police is not None and police.group(0).strip() not in ("officer", "officers")


def _split_at_a_defense_given_back(sentence: Sentence) -> list[Sentence]:
    """A sentence that takes one defense away and gives another ("the peace officer is not
    immune under NRS 41.032, but it is a defense that the peace officer acted in good faith"),
    as its two parts, each read on its own; else the sentence."""
    given_back = _BUT_A_DEFENSE.search(sentence.text)
    if given_back is None:
        return [sentence]
    cut = given_back.start()
    return [
        Sentence(sentence.start, sentence.start + cut, sentence.text[:cut]),
        Sentence(sentence.start + cut, sentence.end, sentence.text[cut:]),
    ]


_BUT_A_DEFENSE = compile_pattern(
    r"\bbut\s+(?:it\s+)?(?:is|shall\s+be)\s+(?:an?\s+)?(?:complete\s+|affirmative\s+)?defen[cs]e\s+(?:that|to)\b"
)


def _is_savings_clause(body: str) -> bool:
    """'Nothing in this act shall be construed to ...', unless what it denies is permission to
    assert a defense ('... construed to permit a defendant to assert qualified immunity')."""
    return (
        body.lstrip().startswith("nothing")
        and ("construed" in body or "interpreted" in body)
        and not rx.search(
            r"\b(?:construed|interpreted)\s+to\s+(?:permit|allow|authorize|entitle)\b", body
        )
    )


_IMMUNE_FROM_THESE_CLAIMS = compile_pattern(
    r"e\s+from\s+(?:civil\s+|personal\s+)?(?:liability|suit)\s+(?:under|in\s+an?\s+action\s+under|pursuant\s+to)"
    r"\s+(?:this|the\s+(?:preceding|foregoing))\b"
)
_RELATIVE_BEFORE = compile_pattern(r"\b(?:who|which)\s+$")
_IN_WHICH_BEFORE = compile_pattern(r"\b(?:in|under|for)\s+which\b[^,;:.]*$")


def _names_general_immunity(window: str) -> bool:
    """'Immunity ... afforded under common law' or 'any immunity' denied as a defense."""
    return (
        (
            "immunit" in window
            and (
                "common law" in window
                or "any other" in window
                or "doctrine" in window
                or bool(rx.search(r"\b(?:no|any|all)\s+(?:\w+\s+){0,2}immunit", window))
                # A statutory immunity waived: "the immunity granted pursuant to section 41-4-4".
                or bool(
                    rx.search(r"immunit(?:y|ies) (?:granted|provided|conferred|afforded)", window)
                )
            )
        )
        or bool(lexicon.IMMUNITY_SUBJECT_DENIED.search(window))
        or bool(
            # "whether the defendant is immune ... shall be determined as if the defendant were a
            # private individual": a private person has no official's immunity.
            rx.search(
                r"\bimmun\w*\b[^.;]{0,200}?\bas\s+(?:if|though)\s+(?:the\s+|a\s+)?\w+\s+were\s+a\s+private\b",
                window,
            )
        )
    )


# How far after "is not a defense" the defense may be named: "It shall not be a defense or
# immunity in any action brought under this section against <a long class>, that— (1) the
# defendant was acting in good faith".
_DEFENSE_NAMED_AFTER = 600
# How far the conditions of "shall not be liable if ..." may run (a list of sub-items).
_CONDITIONS_OF_LIABILITY = 1_500
# How far after a cap "except as provided in paragraph (3)" the paragraph lifting "the limits
# in this subsection" may stand (a subsection of a cap statute).
_SELF_LIFT_REACH = 2_000


# How far apart a denial and the words of the doctrine it denies may stand.
_DENIAL_REACH = 120
# The small patterns the polarity reading runs on every clause it reads (compiled once and
# cached, like every other pattern, rather than compiled by each process on first use).
_CLAUSE_SEGMENT = compile_pattern(r"[^;:]+")
_MODAL = compile_pattern(r"\b(?:may|shall|can|will|does|do|is|are)\b")
_BE = compile_pattern(r"\bbe(?:en)?\b")
_NOTHING = compile_pattern(r"\bnothing\b")
_FIRST_WORD = compile_pattern(r"\s*([a-z]+)")
_COMMA_OR_PAREN = compile_pattern(r"[,(]")
_DECLARED_THAT = compile_pattern(
    r"\b(?:declared?s?|enacts?|ordains?|provides?|provided|determined)\s+that\b"
)


# The doctrine's questions taken out of the case: "it is immaterial whether the right was clearly
# established ... or whether the officer believed the conduct to be lawful".
_DOCTRINE_IMMATERIAL = compile_pattern(
    r"\b(?:is|shall\s+be)\s+(?:immaterial|irrelevant|of\s+no\s+(?:consequence|moment))\s+"
    r"(?:to\s+(?:[\w-]+\s+){1,3}?)?whether\b[^.;]{0,200}?\b(?:clearly\s+established|good\s+faith|believed"
    r"|reasonabl[ey])"
)
# Every defense allowed but the doctrine: "is entitled to assert every defense available at
# common law, except qualified immunity and any defense based on good faith".
_EVERY_DEFENSE_BUT_QI = compile_pattern(
    r"(?<!\bnot\s)\b(?:(?:is|are|shall\s+be)\s+entitled\s+to(?:\s+(?:assert|raise|claim|plead))?|may\s+(?:assert"
    r"|raise|claim|plead)|retains?)\s+(?:every|any|all)\s+(?:other\s+)?(?:defen[cs]es?|immunit(?:y|ies))\b"
    r"[^.;]{0,120}?,?\s*(?:except|other\s+than|but\s+not|save)\s+(?:for\s+)?(?:the\s+(?:defen[cs]e|doctrine)\s+of\s+)?"
    r"qualified\s+immunity\b[^.;]*"
)
# A double negative: "No defendant shall be found not liable ... on the ground that the defendant
# acted in good faith or that the right was not clearly established".
_NOT_FOUND_NOT_LIABLE = compile_pattern(
    r"\bno\s+(?:[\w-]+\s+){0,3}?(?:shall|may|will|can)\s+be\s+(?:found|held|adjudged|deemed|declared)\s+not\s+"
    r"liable\b[^.;]{0,160}?\b(?:on\s+the\s+grounds?|because|by\s+reason)\b[^.;]*"
)


def _bar_in_other_shapes(body: str) -> str | None:
    """The words of a bar that takes the doctrine's questions out of the case, allows every
    defense but the doctrine, or forbids a finding of no liability on the doctrine's grounds;
    None for a clause that does none of these."""
    for pattern in (_DOCTRINE_IMMATERIAL, _EVERY_DEFENSE_BUT_QI, _NOT_FOUND_NOT_LIABLE):
        found = pattern.search(body)
        if found is not None and (pattern is _EVERY_DEFENSE_BUT_QI or _kinds(found.group(0))):
            return found.group(0)
    return None


def polarity_bar(body: str) -> str | None:
    """The part of a clause that denies the doctrine by name, however the denial is worded,
    or None: "Qualified immunity may never be raised", "An officer ... cannot claim qualified
    immunity", "Courts shall not recognize qualified immunity", "is inapplicable to claims".

    Read only where no listed wording matched. A denial that keeps the doctrine ("shall not
    limit qualified immunity", "qualified immunity shall not be denied"), one inside a
    condition or relative clause ("an officer who does not ..."), the element negated as
    the element itself ("the right was not clearly established"), and a clause about a
    prosecution are not bars.
    """
    for segment in _CLAUSE_SEGMENT.finditer(body):
        part = segment.group(0)
        # A prosecution's defenses, or a wish ("should be abolished", "urges Congress"), not law.
        if lexicon.CRIMINAL_PROCESS_WORDS.search(part) or lexicon.WISH_WORDS.search(part):
            continue
        if _DEFENSE_TO_AN_AWARD.search(part):
            continue
        # A denial about liability or a defense, not about indemnity, discipline or pay.
        if lexicon.OTHER_BENEFIT.search(part) or not lexicon.LIABILITY_OR_DEFENSE.search(part):
            continue
        # Liability that stands whatever the doctrine says: "is liable ... even if the officer
        # reasonably believed ...", "notwithstanding that no court had previously held ...".
        concession = lexicon.CONCESSIVE_LIABILITY.search(part)
        if (
            concession is not None
            and not lexicon.NEGATOR.search(
                part, max(0, concession.start() - 24), concession.start() + 4
            )
            and lexicon.QI_TERM.search(
                part,
                # "... who claims to have acted in good faith ..., remains liable": the doctrine
                # is named before "remains liable", and after "even if".
                0 if lexicon.REMAINS_LIABLE.match(part, concession.start()) else concession.end(),
                concession.end() + _DENIAL_REACH,
            )
        ):
            return part
        for name in lexicon.QI_TERM.finditer(part):
            if _CATCH_WORDS_DENIAL.match(part, name.end()):
                # "(civil action for deprivation of rights by law-enforcement officers; qualified
                # immunity not a defense)": a catch-line's words, quoted, with no verb to rule.
                continue
            found = _denial_around(part, name)
            if found:
                return found
    return None


_CATCH_WORDS_DENIAL = compile_pattern(r"\s+not\s+(?:an?\s+)?(?:defen[cs]e|bar)\b")


def _denial_around(part: str, name: re.Match[str]) -> str | None:
    """The denial of the doctrine named at ``name`` within one segment of a clause."""
    # The doctrine as the denied predicate's object: "shall not recognize qualified immunity".
    before = part[max(0, name.start() - _DENIAL_REACH) : name.start()]
    # "In an action under this section, it is immaterial that the officer believed ...".
    if lexicon.IMMATERIAL_THAT.search(before):
        return part
    for negator in lexicon.NEGATOR.finditer(before):
        if _in_subordinate_clause(before[: negator.start()]):
            continue
        rest = before[negator.end() :]
        if negator.group(0) == "neither" and _SHIELDS.search(part, name.end(), name.end() + 160):
            # "Neither the officer's good faith nor the officer's reasonable belief ... shields
            # the officer from liability": a denied subject with a plain verb, no modal.
            return part
        if not rest.strip():
            continue  # "the right was not clearly established": the element, not a denial
        head = _predicate_after(rest)
        if (
            negator.group(0) == "not"
            and _BY_MEANS_OF.match(rest)
            and _ESCAPES_LIABILITY.search(part, name.end(), name.end() + _DENIAL_REACH)
        ):
            # "Not by qualified immunity, nor by any defense of good faith, shall an officer
            # avoid liability": the fronted means of escape, denied.
            return part
        if head is not None and negator.group(0) in ("no", "none", "neither"):
            # "No officer may escape liability ... on the ground that ...": the predicate
            # follows the denied subject.
            verb = _MODAL.search(rest, 0, 80)
            if verb is not None and not lexicon.DENIED_PREDICATE.match(head):
                head = _predicate_after(rest[verb.start() :])
                # "In no case ... may a peace officer escape liability by showing that ...": the
                # modal comes first and the subject stands between it and the verb.
                escape = _ESCAPES_LIABILITY.search(rest, verb.end(), verb.end() + 80)
                if escape is not None:
                    return part
        if head is None:
            continue
        if lexicon.DENIED_FOR_REASON.match(rest):
            # "Dismissal ... may not be ordered on the basis of qualified immunity": the
            # doctrine is the reason that may not be given.
            return part
        if lexicon.KEEPING_UNDER_NEGATION.match(head):
            # "Liability ... is not diminished by the officer's good faith": the doctrine is
            # the agent that may not diminish it, so it is denied.
            if lexicon.DENIED_BY_AGENT.match(rest):
                return part
            continue
        # "Subsection (1) does not apply while the officer is in a fight in which the officer
        # reasonably believes ...": the belief is the exception's condition, not the thing denied.
        if head.startswith("appl") and _CONDITION_OPENS.search(rest):
            continue
        if lexicon.DENIED_PREDICATE.match(head):
            return part
    # The doctrine as the subject: "Qualified immunity is inapplicable", "... shall play no part"
    # (not when it is named inside a condition or relative clause).
    if not _in_subordinate_clause(part[: name.start()], allow_whether=True):
        denied = _denied_as_subject(part, name)
        if denied is not None:
            return part if denied else None
    # The active voice: "This act abolishes qualified immunity". "Nothing in this section
    # abrogates, limits or otherwise affects ... qualified immunity": a denied subject keeps it.
    verbs = list(lexicon.PRIVATIVE_VERB.finditer(before))
    if (
        verbs
        and not _in_subordinate_clause(before[: verbs[-1].start()])
        and not lexicon.NEGATOR.search(before, 0, verbs[-1].start())
        and not _NOTHING.search(before, 0, verbs[-1].start())
    ):
        return part
    return None


def _denied_as_subject(part: str, name: re.Match[str]) -> bool | None:
    """Whether the predicate that follows the doctrine named at ``name`` denies it (True) or
    keeps it ("shall not be abrogated", "shall not be denied": False); None when no predicate
    after it speaks to it."""
    after = part[name.end() : name.end() + _DENIAL_REACH]
    privative = lexicon.PRIVATIVE_PREDICATE.search(after)
    if privative is not None:
        # "shall not be abrogated": the privative word denied keeps the doctrine.
        return not lexicon.NEGATOR.search(
            after, max(0, privative.start() - 12), privative.start() + 4
        )
    for negator in lexicon.NEGATOR.finditer(after):
        if _in_subordinate_clause(after[: negator.start()]):
            break
        filler = lexicon.NEGATION_FILLER.match(after, negator.end())
        rest = after[negator.end() :]
        head = _predicate_after(rest)
        if head is None:
            continue
        passive = filler is not None and _BE.search(filler.group(0))
        if passive and lexicon.KEEPING_UNDER_NEGATION.match(head):
            return False  # "qualified immunity shall not be denied": kept
        if lexicon.DENIED_PREDICATE.match(head):
            return True
        break  # only the first denial after the name is its predicate's
    return None


def _predicate_after(rest: str) -> str | None:
    """The first word after a negator and its auxiliaries ("shall not in any case be raised")."""
    filler = lexicon.NEGATION_FILLER.match(" " + rest)
    offset = (filler.end() - 1) if filler else 0
    head = _FIRST_WORD.match(rest, offset)
    return head.group(1) if head else None


def _in_subordinate_clause(before: str, *, allow_whether: bool = False) -> bool:
    """Whether the text after the last comma before a word opens a condition or relative clause
    ("an officer who does not ...", "if the defendant did not ..."). A clause opened by
    "whether" is a subject ("Whether the right was clearly established is immaterial")."""
    if _ACTION_IN_WHICH.search(before):
        # "... liable in an action at law or suit in equity, in which neither qualified immunity
        # nor ... shall be available": the clause describes the bill's actions, it conditions
        # nothing.
        return False
    tail = _COMMA_OR_PAREN.split(before)[-1]
    # "It is hereby declared that ...", "The legislature enacts that ...": the clause declared.
    tail = _DECLARED_THAT.sub(" ", tail)
    return bool(lexicon.SUBORDINATE_START.search(tail)) and not (
        allow_whether
        and "whether" in tail
        and not lexicon.SUBORDINATE_START.search(tail.replace("whether", ""))
    )


# A disclaimer that changes nothing either way: "shall not be construed to expand or limit the
# liability of ...", "... to create a civil cause of action".
_NEUTRAL_SAVING = compile_pattern(
    r"\bnothing\b[^.;]{0,40}?\b(?:construed|interpreted|intended)\b[^.]{0,200}?(?:"
    r"\b(?:expand|enlarge|increase|extend)\s+or\s+(?:limit|restrict|diminish|reduce|narrow)\b"
    r"|\b(?:limit|restrict|diminish|reduce|narrow)\s+or\s+(?:expand|enlarge|increase|extend)\b"
    r"|\bcreate\s+(?:a|an|any)\s+(?:new\s+)?(?:civil\s+|private\s+)?(?:cause|right)\s+of\s+action\b)"
)
_RETALIATION_BEFORE = compile_pattern(
    r"\b(?:retaliat\w*|reprisals?|discriminat\w*|harass\w*|adverse\s+(?:employment\s+|personnel\s+)?actions?)\s+"
    r"against\b"
)
_CONDITION_OPENS = compile_pattern(r"\b(?:when|whenever|while|if|where|unless|in\s+which)\b")
# The start of the next numbered item of a list: "...; (9) ", "; and (b) ".
_NEXT_ITEM = compile_pattern(r";\s*(?:and\s+|or\s+)?\(\w{1,4}\)\s")
_DATA_REPORT = compile_pattern(
    r"\b(?:annual|quarterly|yearly|statistical|aggregate|summary)\s+reports?\b|\banaly[sz]\w*\s+(?:the\s+)?data\b"
)
# "policies on the use of force, vehicle pursuits ... and the handling of complaints".
_POLICIES_ON = compile_pattern(
    r"\b(?:polic(?:y|ies)|standards?|procedures?|general\s+orders?|rules?|training(?:\s+materials)?)\s+"
    r"(?:on|regarding|governing|for|concerning|about|relating\s+to)\b[^.;]*"
    # ("The model policy shall address the activation of cameras, ... and the release of
    # recordings to the public": what the policy must cover)
    r"|\b(?:polic(?:y|ies)|standards?|procedures?|rules?)\s+(?:shall|must)\s+(?:address|include|cover|provide\s+for"
    r"|set\s+(?:out|forth))\b[^.;]*"
)
# The ceiling of an officer's contribution: "to contribute an amount not exceeding $25,000".
_OFFICER_SHARE_CEILING = compile_pattern(
    # ("... to contribute to a judgment paid under subdivision (f) an amount not exceeding 5
    # percent")
    r"(?:\bcontribut\w*\s+(?:(?:to|toward|towards)\s+(?:a|the|any|each)\s+(?:judgment|settlement|award)\b[^.;$]{0,60}?\s+)?"
    r"(?:an?\s+amount\s+|up\s+to\s+)?(?:(?:not|no)\s+(?:exceeding|more\s+than|to\s+exceed)\s+)?"
    r"(?:\$\s?[\d,]+|[\w-]+\s+(?:percent|dollars)|\d+(?:\.\d+)?\s?%)"
    # "may require the officer to reimburse the employer in an amount not exceeding $1,000"
    r"|\bto\s+(?:reimburse|repay)\s+(?:it|(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:employer|state|county|city"
    r"|municipality|agency|department|government|entity|subdivision|unit|authority|board))\s+"
    r"(?:(?:in|for)\s+)?"
    r"(?:an?\s+amount\s+|up\s+to\s+)?(?:(?:not|no)\s+(?:exceeding|more\s+than|to\s+exceed)\s+)?"
    r"(?:\$\s?[\d,]+|[\w-]+\s+(?:percent|dollars)|\d+(?:\.\d+)?\s?%)"
    # what the payer takes back after paying in full: "may ... recover from the public employee an
    # amount not to exceed 10% of the amount paid", "may seek contribution from the officer in an
    # amount not exceeding five percent of the judgment", "shall recover from the police officer
    # the amount it paid, not to exceed $25,000"
    r"|\b(?:recover|seek\s+(?:reimbursement|contribution))\s+from\s+(?:the|that|such|said|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officer|employee|defendant)s?\s+(?:the\s+amount\s+(?:it\s+)?paid,?\s+)?(?:in\s+)?(?:an?\s+amount\s+|up\s+to\s+)?"
    r"(?:(?:not|no)\s+(?:exceeding|more\s+than|to\s+exceed)\s+)?"
    r"(?:\$\s?[\d,]+|[\w-]+\s+(?:percent|dollars)|\d+(?:\.\d+)?\s?%)(?:\s+of\s+the\s+amount\s+paid\b)?)"
    # ("to reimburse the agency up to 5% of the judgment, not to exceed $25,000")
    # and the share's own ceiling after it: "up to 5 percent of the judgment, not to exceed
    # twenty-five thousand dollars ($25,000)"
    r"(?:\s+of\s+the\s+(?:judgment|judgement|award|settlement))?(?:,?\s+(?:but\s+)?(?:not\s+to\s+exceed|not\s+more\s+than"
    r"|no\s+more\s+than)\s+(?:\$\s?[\d,]+|(?:[\w-]+\s+){1,4}?dollars(?:\s+\(\$[\d,]+\))?))?"
)
# A definition that leaves a belief defense out of the doctrine it names.
_LEAVES_OUT_GOOD_FAITH = compile_pattern(
    r"(?:\b(?:does|do|shall)\s+not\s+include|\bbut\s+not\b|\bother\s+than\b|\bexcept(?:ing)?\b|\bexclud(?:es|ing)\b)"
    r"(?=[^.;]{0,120}?\b(?:good[- ]faith|reasonabl[ey]\s+(?:and\s+good[- ]faith\s+)?believ|reasonable\s+"
    r"(?:and\s+good[- ]faith\s+)?belief))"
)
_FEE_LIMIT_BY_REFERENCE = compile_pattern(
    r"\bsubject\s+to\s+the\s+(?:limit|limitation|cap|maximum|ceiling)s?\s+(?:in|of|under|set\s+(?:out|forth)\s+in)\s+"
    r"(?:sub)?(?:section|paragraph|division|subdivision)\s+\(?[a-z0-9]{1,4}\b"
)
_REPORTS_A_CONSEQUENCE = compile_pattern(
    r"\b(?:shall|must)\s+(?:publish|post|report|notify|maintain|keep|list|record|transmit|send|include|enter)\b"
)
_CONSEQUENCE_ALREADY_TAKEN = compile_pattern(
    r"\b(?:whose|who\s+(?:has|have)\s+been|that\s+(?:has|have)\s+been)\b[^.;]{0,60}?"
    r"\b(?:revoked|decertified|suspended|terminated|dismissed|discharged)\b"
)
_ARISING_FROM = compile_pattern(
    r"\b(?:aris\w*|result\w*|stem\w*)\s+(?:from|out\s+of|under)\s+(?:a|an|the|any)\s+(?:private\s+)?$"
)
_INCLUDING_ONE_MORE = compile_pattern(r"\bincluding\s+(?:a|an|any)\s+$")
_ARISING_FROM_A_CLAIM = compile_pattern(
    r"\b(?:aris\w*|result\w*)\s+(?:from|out\s+of|under)\s+(?:a|an|the|any)\s+(?:cause\s+of\s+action|claim)"
)
_SOLE_REMEDY = compile_pattern(r"\b(?:sole|exclusive|only)\s+(?:private\s+)?$")
# A registry's or report's contents: "The Registry shall contain the following information for
# each officer: ... (2) each disciplinary action taken against the officer".
_CONTENTS_OF_A_RECORD = compile_pattern(
    r"\b(?:registry|database|data\s*base|report|record|file|list)\s+(?:shall|must)\s+(?:contain|include|list|show)\b"
    # ("The Board shall maintain a database of certified officers that records each officer's
    # employment history, each decertification, and each sustained finding")
    r"|\b(?:registry|database|data\s*base|register)\b[^.;]{0,80}?\b(?:that|which)\s+(?:records|contains|includes"
    r"|lists|shows|tracks)\b"
)
_DEFINES_A_TERM = compile_pattern(
    r"\W*(?:\(?[a-z0-9]{1,4}[)_.]\s*)*(?:(?:as\s+used\s+in|for\s+(?:the\s+)?purposes?\s+of)\s+(?:this|these)\s+"
    r"[\w ]{1,40}?,\s+)?(?:the\s+term\s+)?[\"“']?[a-z][a-z -]{2,40}?[\"”']\s+"
    r"(?:means|includes|shall\s+mean|refers\s+to)\b"
)
_DEFINITIONS_OPEN = compile_pattern(
    r"\b(?:as\s+used\s+in|for\s+(?:the\s+)?purposes?\s+of)\s+(?:this|these)\s+[\w ]{1,40}?,\s+(?:the\s+terms?"
    r"|the\s+following\s+(?:terms|words)[^.;:]{0,40}?):\s*(?:\(\w{1,4}\)\s*)?[\"“']?[a-z][a-z -]{2,40}?[\"”']?\s+"
    r"(?:means|includes|shall\s+mean|refers\s+to)\b"
)
_NO_ONE_LIABLE_PROVISO = compile_pattern(
    r"provided,?\s+(?:however,?\s+)?that\s+no\s+(?:[\w-]+\s+){0,3}?(?:shall|may|will)\s+be\s+(?:held\s+)?liable\b"
)
_PAYMENT_PROVISO = compile_pattern(
    r"\bprovided(?:\s+further)?,?\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:shall|must|may)\s+(?:award|indemnify|pay"
    r"|reimburse|defend)\b"
    # "...; provided, however, that an award of attorney's fees under subsection (d) shall not
    # exceed $250,000": a ceiling on fees.
    r"|\bprovided(?:,?\s+(?:however|further))?,?\s+that\s+(?:an?\s+|the\s+|any\s+)?(?:award|amount)\s+of\s+"
    r"(?:attorney'?s?'?\s+fees|fees|costs|damages)\b"
)
# A class bounded by population or class of city: "a deputy sheriff of a county whose population
# is 700,000 or more", "police officers of cities of the first class".
_EMPLOYED_BY_CLASS_OF_CITIES = compile_pattern(
    r"\b(?:employed|appointed|commissioned)\s+by\s+(?:an?|any|the)\s+(?:[\w-]+\s+){0,2}?(?:cit(?:y|ies)|municipalit\w+)"
    r"\b[^.;]{0,40}?(?:\b(?:1st|2nd|3rd|4th|first|second|third|fourth)[ -]class\b|\bof\s+the\s+(?:first|second|third"
    r"|fourth)\s+class\b|\bpopulation\b)"
    r"|\b(?:employed|appointed|commissioned)\s+by\s+(?:an?|any|the)\s+(?:1st|2nd|3rd|4th|first|second|third|fourth)"
    r"[ -]class\s+cit(?:y|ies)\b"
)
_CLASS_BY_POPULATION = compile_pattern(
    r"\b(?:whose|with\s+a|having\s+a)\s+population\b|\bpopulation\s+of\s+(?:more|less|at\s+least|not\s+(?:less|more))\b"
    r"|\bcit(?:y|ies)\s+of\s+the\s+(?:first|second|third|fourth)\s+class\b"
    # ("'City' means a 1st class city")
    r"|\b(?:1st|2nd|3rd|4th|first|second|third|fourth)[ -]class\s+cit(?:y|ies)\b"
)
_URGES_ANOTHER_BODY = compile_pattern(
    # ("respectfully requesting that the Congress of the United States enact legislation")
    r"\b(?:urg(?:es?|ing)|memoriali[sz](?:es?|ing)|call(?:s|ing)?\s+(?:up)?on|request(?:s|ing)?"
    r"|petition(?:s|ing)?|implor(?:es?|ing))\s+(?:that\s+)?(?:the\s+)?(?:united\s+states\s+)?"
    r"(?:congress|president|legislature|general\s+assembly|governor)\b"
)
_NO_LIMIT_OPENS = compile_pattern(
    r"\W*(?:\(?[a-z0-9]{1,4}[)_.]\s*)*no\s+(?:statutory\s+)?(?:limit|limitation|cap)s?\b"
)
# "Damages under this section are uncapped; no limit in chapter 669 or 670 applies ...".
_NO_LIMIT_APPLIES = compile_pattern(
    r"\bno\s+(?:statutory\s+)?(?:limits?|limitations?|caps?)\b[^.;]{0,80}?\bappl(?:y|ies)\b|\buncapped\b"
    # ("No other provision of that Act, including any immunity from liability and any limit on
    # the amount or kind of damages recoverable, applies to an action under this Act")
    r"|\bno\s+(?:other\s+)?(?:provisions?|parts?|sections?)\s+of\b[^.;]{0,200}?\b(?:limits?|limitations?|caps?)\b"
    r"[^.;]{0,120}?\bappl(?:y|ies)\b"
)
_NOT_APPLY = compile_pattern(r"(?:shall|does|do|will)\s+not\s+apply")
_TO_A_CLAIM = compile_pattern(
    r"\s+(?:to|in)\s+(?:an?\s+|any\s+|the\s+|such\s+)?(?:civil\s+)?(?:actions?|claims?|suits?|proceedings?"
    r"|liabilit)"
)


_DEFENSE_TO_A_PETITION = compile_pattern(
    r"\bdefen[cs]e\s+(?:to|against)\s+(?:a|an|any|the|such)\s+petition\b"
)
# A defense confined to punitive damages: "may not be held liable for punitive damages", "is a
# defense to an award of punitive damages only".
_PUNITIVE_DAMAGES_ONLY = compile_pattern(
    r"\bdefen[cs]e\s+(?:only\s+)?to\s+(?:an?\s+(?:award|claim)\s+(?:of|for)\s+)?punitive\s+damages\s+only\b"
    r"|\bdefen[cs]e\s+only\s+to\s+(?:an?\s+(?:award|claim)\s+(?:of|for)\s+)?punitive\s+damages\b"
    r"|\b(?:may|shall)\s+not\s+be\s+(?:held\s+)?liable\s+for\s+punitive\s+(?:or\s+exemplary\s+)?damages\b"
    r"(?![^.;]{0,40}?\b(?:or|and)\s+(?:compensatory\s+)?damages\b)"
)


_PAYMENT_REGARDLESS_OF_GOOD_FAITH = compile_pattern(
    r"\b(?:shall|must)\s+(?:\w+\s+){0,2}?(?:indemnify|pay|satisfy|reimburse)\b[^.]{0,600}?"
    r"\b(?:whether\s+or\s+not|regardless\s+of\s+whether|irrespective\s+of\s+whether)\b"
)
_PAYMENT_WITHOUT_REGARD_TO_THE_DOCTRINE = compile_pattern(
    r"\b(?:shall|must)\s+(?:\w+\s+){0,2}?(?:indemnify|pay|satisfy|reimburse)\b[^.]{0,300}?\b(?:without\s+regard\s+to"
    r"|regardless\s+of|irrespective\s+of)\s+whether\b[^.;]{0,120}?\bqualified\s+immunity\b"
)
# The States' own immunity in federal court, denied: no officer's defense.
_ELEVENTH_AMENDMENT_DENIAL = compile_pattern(
    r"\bimmune\b[^.;]{0,40}?\b(?:under|by\s+reason\s+of|pursuant\s+to)\s+the\s+eleventh\s+amendment\b"
)
_PAYMENT_DEFENSE_WORDS = compile_pattern(r"\bdefen[cs]es?\b|\bimmun\w*|\bliab\w*|\bdismiss")


# (and what "is not admissible" must be the defense or its evidence, named before the verb: not "A
# determination of an administrative charging committee is not admissible in any civil action")
_GENERIC_DENIAL = compile_pattern(r"\b(?:used|applied|admissible|admitted|inadmissible)$")


def _own_grant_withheld_for_fault(body: str) -> bool:
    """Whether a clause withholds, for grave fault only, the immunity its own section grants and
    calls "qualified immunity" ("The qualified immunity from civil liability granted by this
    section shall not apply to gross negligence or willful misconduct"): the bill's grant
    narrowed, no bar on officers' defenses. (Withheld from a kind of claim, "a claim described
    in section 669.2", it is the doctrine's own statute narrowed, and read as a bar.)"""
    own = _OWN_IMMUNITY_LIMITED.search(body)
    return (
        own is not None
        and "qualified immunity" in own.group(0)
        and body.count("qualified immunity") == 1
        and not lexicon.GENERAL_RIGHTS.search(body)
        and _DEGREE_OF_FAULT.search(body, own.end()) is not None
    )


_DOCTRINE_AGAINST_ANOTHERS_IMMUNITY = compile_pattern(
    r"\bqualified\s+immunity\b[^.;]{0,80}?\b(?:as\s+a\s+bar\s+to|to\s+(?:defeat|overcome|override)|against)\s+"
    r"(?:that|the|such|this)\s+(?:[\w-]+\s+)?immunity\b"
)


# Being a private party named as a ground the bar takes away: "... that the defendant is a private
# person or entity acting under color of State law".
_PRIVATE_STATUS_AS_GROUND = compile_pattern(
    # (or an item of the list of grounds after it: "...; or (3) the defendant is a private ...")
    r"(?:\bthat|;\s*(?:or|and)?)\W{0,6}(?:\(\w{1,3}\)\s*)?the\s+defendant\s+(?:is|was)\s+a\s+private\s+"
    r"(?:person|party|entity"
    r"|individual|contractor|corporation|company)"
)


# A savings clause: "Nothing in this act ... waives or abrogates any immunity or defense".
_IMMUNITIES_SAVED_BY_NOTHING = compile_pattern(
    r"\W*(?:\(\w{1,4}\)\s*)*nothing\s+in\b[^.;]{0,200}?\b(?:waives?|abrogates?|limits?|affects?|impairs?"
    r"|diminish(?:es)?|restricts?)\b(?:\s+or\s+\w+)?[^.;]{0,40}?\b(?:any|the|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"immunit(?:y|ies)\b"
)
_DUTY_TO_PROVIDE_A_DEFENSE = compile_pattern(
    r"\b(?:provide|furnish|provide\s+for)\s+(?:the\s+|a\s+|an\s+)?(?:legal\s+)?(?:defen[cs]e|representation)\s+"
    r"(?:of|for|to)\b"
    r"|\b(?:provide|furnish)\s+(?:the\s+|a\s+)?(?:legal\s+)?defen[cs]e\s+if\b"
)
_SAVING_EXCEPTION = compile_pattern(r"\b(?:except|other\s+than|but\s+not|excluding|unless)\b")


def read_defense(sentence: Sentence) -> DefenseRule | None:
    """Read what one clause does to a QI-like defense, or None if it does nothing to one."""
    found = _read_defense(sentence)
    if (
        found is not None
        and found.effect is Effect.BARRED
        and _IMMUNITIES_SAVED_BY_NOTHING.match(sentence.text)
        and "qualified immunity" not in sentence.text
        and not _SAVING_EXCEPTION.search(sentence.text)
    ):
        # "(C) Nothing in sections 109.7410 to 109.7416 ... creates a cause of action against a
        # peace officer ..., or waives or abrogates any immunity or defense available under ...
        # the common law of this state": a savings clause, which bars nothing.
        return None
    return found


_A_BOARDS_OWN_IMMUNITY = compile_pattern(
    r"\W*(?:\(\w{1,4}\)\s*)*(?:the|a|any|each)\s+(?:[\w'-]+\s+){0,3}?(?:council|board|commission|committee|panel)"
    r"(?:,\s+(?:its|the)\s+members(?:,?\s+(?:and|or)\s+(?:its|their)\s+(?:staff|employees|agents))?"
    r"|\s+(?:and|or)\s+(?:its|their)\s+(?:members|staff|employees))?,?\s+(?:shall|may|is|are|will)\s+"
    r"(?:not\s+be\s+(?:held\s+)?liable|be\s+(?:entitled\s+to|immune)|immune|have\s+(?:the\s+same\s+)?immunit)"
)


def _read_defense(sentence: Sentence) -> DefenseRule | None:
    """:func:`read_defense`'s reading, before savings clauses are told from bars."""
    body = sentence.text
    # "... is amended by striking out the last paragraph, which reads as follows:- "... the
    # defense of qualified immunity shall not be available.", and inserting in place thereof:-
    # A public employee shall not be liable ... for conduct that a reasonable public employee
    # ... could have believed to be lawful": what is struck is not law; what is inserted is.
    kept_text = _without_struck_quotations(body)
    if kept_text != body and (lexicon.QI_TERM.search(kept_text) or _DEFENSE_WORD.search(kept_text)):
        body = kept_text
    if lexicon.STUDY_OF_CHANGE.search(body):
        return None  # a study of ending the defense ends nothing
    if _DUTY_TO_PROVIDE_A_DEFENSE.search(body) and "qualified immunity" not in body:
        # "The State ... is not required to provide a defense if the officer's act was not in good
        # faith": the employer's duty to defend the officer in court, not a defense to liability.
        return None
    if _URGES_ANOTHER_BODY.search(body):
        return None  # "urges Congress to preserve qualified immunity": a request, not a rule
    if _A_BOARDS_OWN_IMMUNITY.match(body):
        # "(5) The council, its members, and its staff shall not be liable in any civil action
        # for any act taken in good faith under this section, and shall be entitled to the same
        # immunities, including qualified immunity, as ...": a standards board's own shield.
        return None
    if _IMMUNITY_DENIED_BY_A_COURT.search(body):
        # "(2) the court has denied the officer's claim of qualified immunity, or the officer did
        # not assert that defense": which cases an indemnity covers, no rule on the defense.
        return None
    if _WOULD_NOT_BE_AVAILABLE.search(body) and not _RULE_IN_FORCE.search(body):
        # "(ii) qualified immunity ... and any good-faith defense would not be available": the
        # terms of a proposal described, not a rule the bill makes.
        return None
    if (
        _CRIMINAL_SCOPE.match(body)
        or _ADMINISTRATIVE_SCOPE.search(body)
        # ("It is not a defense to a prosecution under this section that the officer believed in
        # good faith ..., and no doctrine of qualified immunity shall apply to a prosecution under
        # this section": every proceeding the sentence names is a criminal one; "Qualified
        # immunity shall not be a ground for withholding a recording": a records rule, no suit)
        or (
            (
                _DEFENSE_IN_A_PROSECUTION.search(body)
                or _GROUND_FOR_WITHHOLDING.search(body)
                # ("In a proceeding under K.S.A. 74-5616, it shall not be a defense that the
                # officer believed in good faith ..., and the doctrine of qualified immunity shall
                # have no application to the proceeding": another statute's proceeding, no suit)
                or _PROCEEDING_UNDER_ANOTHER_STATUTE.search(body)
                # ("If the person is a law enforcement officer, an offense under subsection (a) is
                # a misdemeanor of the first degree, and it shall not be a defense that the officer
                # believed in good faith ...": the crime's defense)
                or _OFFENSE_GRADED.search(body)
            )
            and _CIVIL_PROCEEDING_WORDS.search(body) is None
        )
    ):
        # "In a prosecution of a peace officer ...": a criminal defense, not a civil one; "in a
        # proceeding before the ... commission to revoke an officer's certification": a licence.
        return None
    if _PUNITIVE_DAMAGES_ONLY.search(body) and "qualified immunity" not in body:
        # "An employee who acted in good faith may not be held liable for punitive damages; good
        # faith is a defense to punitive damages only": the award's size, not liability.
        return None
    if _DEFENSE_TO_A_PETITION.search(body) and "qualified immunity" not in body:
        # "It shall not be a defense to a petition under this act that any officer acted in good
        # faith": a petition for compensation (for a wrongful conviction), not a suit against
        # an officer.
        return None
    if _DOCTRINE_AGAINST_ANOTHERS_IMMUNITY.search(body):
        # "A person who records a peace officer ... is immune from civil and criminal liability
        # ..., and qualified immunity or any other privilege of the officer shall not be asserted
        # as a bar to that immunity": the recorder's shield, not a claim against the officer.
        return None
    if _THIS_IMMUNITY_LIMITED.match(body):
        # "This qualified immunity does not extend to damage caused by intentional, willful or
        # wanton misconduct", after a grant of immunity to a commission's officers and staff:
        # the bill's own grant narrowed, whatever it calls that immunity.
        return None
    if _OWN_IMMUNITY_LIMITED.search(body) and "qualified immunity" not in body:
        # The bill's own immunity (a reporter's, a volunteer's) kept from some people: neither a
        # bar on officers' defenses nor a defense to claims for violating rights.
        return None
    if _own_grant_withheld_for_fault(body):
        return None
    if _PAYMENT_WITHOUT_REGARD_TO_THE_DOCTRINE.search(body):
        # "Every city shall indemnify a police officer ... for any judgment ..., without regard to
        # whether qualified immunity would have been available": a payment rule, no bar.
        return None
    if _PAYMENT_REGARDLESS_OF_GOOD_FAITH.search(body) and not _PAYMENT_DEFENSE_WORDS.search(body):
        # "A political subdivision shall indemnify ... the full amount of any judgment ..., and
        # shall not require the officer to contribute to the payment, whether or not the officer
        # acted in good faith": the payment owed whatever the officer's faith, no rule on defenses.
        return None
    if _DISCLOSURE_IMMUNITY.search(body) and "qualified immunity" not in body:
        # "No officer or employee ... shall be subject to civil liability for the disclosure in
        # good faith of a recording or record": an immunity for handling records, neither a bar
        # nor a defense to claims for violating rights.
        return None
    kept_in_other_words = (
        _LIABLE_ONLY_IF_KNOWN.search(body)
        # (not a definition of the defense the bill then bars: '"reasonable-officer defense"
        # means the defense under which a peace officer is not liable ... if ...')
        or (
            _STATE_OF_THE_LAW_AS_A_SHIELD.search(body)
            if not _A_TERM_DEFINED_IN_IT.search(body)
            else None
        )
        or _GOOD_FAITH_LIMITS_DAMAGES.search(body)
        # "A defendant may, however, move before trial for dismissal on the ground that the
        # conduct alleged did not violate a right that was clearly established": the doctrine
        # kept as a motion.
        or _MOTION_ON_THE_DOCTRINE.search(body)
    )
    if kept_in_other_words is not None:
        # "A defendant is not liable, however, unless a reasonable officer in the defendant's
        # position would have known that the conduct violated the plaintiff's rights"; "an
        # officer who establishes that the officer acted in good faith ... shall be liable for
        # nominal damages only": the doctrine's test, or a good-faith defense, in other words.
        return DefenseRule(
            clause=sentence,
            kinds=_kinds(kept_in_other_words.group(0))
            # (liable only for malice or bad faith: good faith is the shield)
            or frozenset(
                {
                    DefenseKind.GOOD_FAITH
                    if rx.search(
                        r"malic|bad\s+faith|wil+ful|wanton|corrupt", kept_in_other_words[0]
                    )
                    else DefenseKind.CLEARLY_ESTABLISHED
                }
            ),
            effect=Effect.CREATED,
            role=Role.UNNAMED,
            role_named=False,
            has_exceptions=False,
            all_civil_liability=False,
            force_only=False,
        )
    window_size = rule("qualified_immunity_terms").window
    negated_subject = lexicon.NEGATED_SUBJECT_DEFENSE.search(body)
    if negated_subject is not None and _NARROWING_THE_DOCTRINE.search(negated_subject.group(0)):
        # "... and no later decision of any court narrowing the doctrine shall be given effect":
        # what is denied is a narrowing of the doctrine, which keeps it whole.
        negated_subject = None
    effect: Effect | None = None
    window = body
    if "only the following" in body:
        # "A defendant ... may raise only the following defenses: ... (3) that ... it was not
        # clearly established that the conduct violated the right": a closed list that keeps the
        # doctrine by its element, whatever negations its items hold.
        closed = _closed_defense_list(body)
        if closed is not None and closed[0] is Effect.KEPT:
            effect, window = closed
    if (
        effect is None
        and lexicon.PRESERVES_QI.search(body)
        and not negated_subject
        and not lexicon.EXCEPT_QI.search(body)
        # ("may claim none of the following: (1) qualified immunity; ...")
        and not _NONE_OF_THE_FOLLOWING.search(body)
        # "In an action filed before that date, a defendant may assert qualified immunity to the
        # same extent as before": the old law for the old cases, which the bill's claims are not.
        and not _ONLY_FOR_EARLIER_CASES.search(body)
        # ("'public employee' shall not include a judge ... or a district attorney ..., each of
        # whom shall retain any absolute immunity available at common law": their own doctrine)
        and not _keeps_only_absolute_immunities(_clause_of(body, lexicon.PRESERVES_QI.search(body)))
    ):
        effect = Effect.KEPT
    elif effect is None and not _is_savings_clause(body):
        for pattern in (lexicon.NEGATED_DEFENSE, lexicon.PROCEDURAL_BAR):
            for match in pattern.finditer(body):
                # A condition, not a rule: "an official who is not entitled to assert the
                # defense of qualified immunity shall nevertheless be immune ...".
                if _RELATIVE_BEFORE.search(body, max(0, match.start() - 20), match.start()):
                    continue
                # ("an action ... including an action in which the defense of qualified immunity
                # is not available", in a list of limitation periods): actions described, no rule.
                if _IN_WHICH_BEFORE.search(body, max(0, match.start() - 100), match.start()):
                    continue
                # "... is not immune from prosecution under the law of a State": a criminal
                # case, not a civil claim.
                if _FROM_CRIMINAL_PROCESS.match(body, match.end()):
                    continue
                # "... shall not apply to the award; it shall not be a defense to the award that
                # the governmental party acted in good faith": a fee award, not a claim's defense.
                if _TO_AN_AWARD.match(body, match.end()):
                    continue
                # "... is not immune from civil liability ... if: (1) the Constitution ...
                # require otherwise; or (2) the employee acts willfully, maliciously, in bad
                # faith": an exception to an immunity that stays for conduct in good faith.
                if pattern is lexicon.NEGATED_DEFENSE and _DENIED_ONLY_FOR_BAD_CONDUCT.match(
                    body, match.end()
                ):
                    continue
                # "Information provided in good faith is not admissible ... in a criminal
                # prosecution": a rule of a criminal case.
                if pattern is lexicon.PROCEDURAL_BAR and lexicon.CRIMINAL_PROCESS_WORDS.search(
                    body, match.start(), match.end() + 120
                ):
                    continue
                start = max(0, match.start() - window_size)
                end = match.end() + _DEFENSE_NAMED_AFTER
                around = body[start:end]
                # The denial must name the doctrine within its own numbered item ("...; (9) an
                # officer is entitled to counsel at any questioning the officer reasonably
                # believes may lead to discipline" is another item), unless a colon or a dash
                # opens the list of defenses denied; what the rest names counts once it does.
                own_start, own_end = start, end
                following = _NEXT_ITEM.search(body, match.end(), end)
                if following is not None and not rx.search(
                    r"[:\u2014]|--", body[match.end() : following.start()]
                ):
                    own_end = following.start()
                preceding = [m.end() for m in _NEXT_ITEM.finditer(body, start, match.start())]
                if preceding:
                    own_start = preceding[-1]
                own_item = body[own_start:own_end]
                # "such compelled statements shall not be used ... in any aspect of a criminal
                # case": a rule of evidence in a prosecution.
                if rx.search(r"\bused\b", match.group(0)) and lexicon.CRIMINAL_PROCESS_WORDS.search(
                    body, match.start(), own_end
                ):
                    continue
                # "The prohibition in subsection (a) does not apply when the officer reasonably
                # believes that a life is in danger": a rule of conduct with an exception, where
                # nothing speaks of liability or a defense.
                if (
                    pattern is lexicon.NEGATED_DEFENSE
                    and _NOT_APPLY.fullmatch(match.group(0))
                    and not lexicon.LIABILITY_OR_DEFENSE.search(body, start, match.start())
                    and not _TO_A_CLAIM.match(body, match.end())
                ):
                    continue
                # ("Kinetic energy projectiles shall not be used ... except when an objectively
                # reasonable officer would believe the use necessary": what is not to be used or
                # applied is named before the verb, and here it is a weapon, not a defense)
                if _GENERIC_DENIAL.search(match.group(0)) and not (
                    lexicon.QI_TERM.search(body, own_start, match.start())
                    or _names_general_immunity(body[own_start : match.start()])
                    or rx.search(r"\bdefen[cs]es?\b", body[own_start : match.start()])
                ):
                    continue
                if lexicon.QI_TERM.search(own_item) or _names_general_immunity(own_item):
                    effect, window = Effect.BARRED, around
                    break
            if effect:
                break
        if effect is None and negated_subject:
            # The predicate may name the defense after it: "No person shall be immune ... on the
            # ground that the law was not clearly established", "neither the entity nor the
            # employee may assert qualified immunity".
            around = body[negated_subject.start() : negated_subject.end() + _DEFENSE_NAMED_AFTER]
            names_after = (
                rx.search(
                    r"(?:immun|assert|raise|invoke|claim|rely on|plead|shielded|protected|insulated"
                    r"|exempt|relieved\s+of\s+liability)$",
                    negated_subject.group(0),
                )
                or (
                    # "None of the following is a defense to an action under this section:
                    # qualified immunity; ...": the defenses are listed after a colon.
                    rx.search(r"\bnone of the following\b", negated_subject.group(0))
                    # (", and none shall be the basis of a motion under Civ.R. 12 or 56:" between)
                    and rx.match(r"[^.;:]{0,160}:", body[negated_subject.end() :])
                )
            )
            if (
                lexicon.QI_TERM.search(negated_subject.group(0))
                or _names_general_immunity(negated_subject.group(0))
                or (names_after and lexicon.QI_TERM.search(around))
                # "No law enforcement officer shall be immune from liability under this section":
                # every immunity from these claims denied.
                or (
                    negated_subject.group(0).endswith("immun")
                    and _IMMUNE_FROM_THESE_CLAIMS.match(body, negated_subject.end())
                )
            ):
                effect, window = Effect.BARRED, around
        if effect is None:
            for match in lexicon.AFFIRMATIVE_DEFENSE.finditer(body):
                before = body[max(0, match.start() - 12) : match.start()]
                if " not" in before or "nor " in before:
                    continue
                # "none of the following shall be a defense: (1) qualified immunity; (2) that
                # the officer acted in good faith": the list is what is denied.
                if _NONE_OF_THE_FOLLOWING.search(body, max(0, match.start() - 60), match.start()):
                    continue
                # "Neither X nor Y ... shall be a defense": a negated subject denies it.
                if lexicon.NEGATED_LIABILITY_SUBJECT.search(body, 0, match.start()):
                    continue
                # "shall not be liable if the defendant establishes that— (A) ... (iii) the
                # defendant reasonably believed ...": the conditions can run long.
                after = _CONDITIONS_OF_LIABILITY if "liable" in match.group(0) else 250
                # ("is immune from suit ... unless the claimant pleads with particularity and
                # proves that the officer violated a right that was clearly established": the
                # condition that lifts the immunity runs to the sentence's end)
                if rx.search(r"\bunless\b", body[match.end() : match.end() + after]):
                    after = max(after, _UNLESS_CONDITION_REACH)
                around = body[max(0, match.start() - 200) : match.end() + after]
                if (
                    (lexicon.QI_TERM.search(around) or _GOOD_FAITH_IN_OTHER_WORDS.search(around))
                    and not lexicon.NEGATED_DEFENSE.search(around)
                    and _defense_to_civil_claims(around)
                    # "An agency that provides a file in good faith ... is not liable for its
                    # release": immunity for giving information, not a defense to these claims.
                    and not any(
                        informant.start() <= match.start() <= informant.end()
                        for informant in _GOOD_FAITH_INFORMANT.finditer(body)
                    )
                ):
                    effect, window = Effect.CREATED, around
                    break
    if effect is None and not _is_savings_clause(body):
        denial = _bar_in_other_shapes(body)
        if denial is None and not lexicon.PRESERVES_QI.search(body):
            denial = polarity_bar(body)
        if denial is not None:
            effect, window = Effect.BARRED, denial
    closed_list_kinds: frozenset[DefenseKind] = frozenset()
    if effect is None:
        closed = _closed_defense_list(body)
        if closed is not None:
            effect, window = closed
            if effect is Effect.BARRED:
                # The list leaves the doctrine out, so every defense that does its work is gone.
                closed_list_kinds = _DOCTRINE_KINDS | {DefenseKind.IMMUNITY}
    if effect is None:
        repealed = _REPEALED_IMMUNITY_CAPTION.search(body)
        if repealed is None:
            return None
        # "The following acts or parts of acts are each repealed: (1) RCW 4.24.935 (Peace
        # officers--Immunity from civil liability for good faith discretionary acts--Clearly
        # established law)": the caption says which immunity the repeal takes away.
        effect, window = Effect.BARRED, repealed.group("caption")
    kinds = closed_list_kinds or _kinds(window) or _kinds(body)
    if (
        kinds <= {DefenseKind.IMMUNITY}
        and _ELEVENTH_AMENDMENT_DENIAL.search(body)
        and "qualified" not in body
    ):
        # "A State ... shall not be immune, under the eleventh amendment ..., from a suit ...":
        # the State's sovereign immunity in federal court, not an officer's defense.
        return None
    if not kinds and (
        _GOVERNMENTS_OWN_IMMUNITY.search(body) or _IMMUNITY_OF_THE_GOVERNMENT.search(body)
    ):
        # "Neither sovereign immunity, governmental immunity, nor the public duty doctrine shall
        # be a defense": only the government's own immunities are named, none that shields an
        # officer.
        return None
    # (a tort-claims act's name is no class of defendants: "any immunity under the Local
    # Governmental and Governmental Employees Tort Immunity Act")
    without_act_names = _TORT_ACT_NAMED.sub(" the act ", body) if " act" in body else body
    phrase = _defendants(without_act_names)
    if phrase is not None and _NOT_A_PARTY.match(phrase):
        phrase = None  # "liability under subsection (a) attaches although ...": no defendant
    if phrase is None:
        # "Qualified immunity shall not be a defense for a law enforcement officer in an action
        # under this section": the class the defense is denied to.
        denied_to = (
            _SUBJECT_MAY_NOT_CLAIM.match(body)
            or _DEFENSE_DENIED_TO_CLASS.search(body)
            or _IN_AN_ACTION_AGAINST_CLASS.match(body)
        )
        if denied_to is not None:
            phrase = denied_to.group("phrase")
    if phrase is None:
        # "... is not a defense ... when the civil action concerns the actions of a state police
        # officer; a game warden; ... or a police officer appointed by municipal officers": the
        # class whose conduct the barred actions concern, read as one list.
        conduct_of = _ACTION_CONCERNS_CONDUCT_OF.search(body)
        if conduct_of is not None:
            phrase = conduct_of.group("phrase")
    if phrase is None:
        # "(d) If the defendant is a certified law enforcement officer: (1) qualified immunity is
        # not a defense ...": the class the condition names.
        condition = _IF_THE_DEFENDANT_IS.match(body)
        if condition is not None:
            phrase = condition.group("phrase")
    if phrase is None:
        # "No immunity is extended hereby to any private non-governmental person or entity":
        # whom the immunity is (not) extended to.
        extended = _EXTENDED_TO.search(body)
        if extended:
            phrase = rx.split(r",|\s+including\b", extended.group(1))[0]
    role = role_of(phrase) if phrase else Role.UNNAMED
    # "the officer", "such officer": the class the claim names, referred back to, not a class
    # of the bar's own. So with the officer's employer sued in his place ("the public body may
    # not assert as a defense that the covered officer is entitled to qualified immunity").
    named = role.public and not (
        phrase
        and (
            _REFERS_BACK.fullmatch(phrase)
            or (
                _EMPLOYER_IN_PLACE.fullmatch(phrase)
                and _REFERS_BACK.search(body, body.find(phrase) + len(phrase))
            )
        )
    )
    said_not_an_officer = _SUBJECT_SAID_NOT_AN_OFFICER.match(body) is not None
    if said_not_an_officer:
        named = False  # (the class the sentence names is what its subject is not)
    if not named and (
        # (not where being private is itself a barred ground: "It shall not be a defense ... that
        # ... (3) the defendant is a private person or entity acting under color of State law")
        (explicitly_private(body) and not _PRIVATE_STATUS_AS_GROUND.search(body))
        or said_not_an_officer
        or (phrase and explicitly_private(phrase))
        # ("The guard and the company cannot claim qualified immunity ..., because they are not
        # public officers": the clause says so itself)
        or _SAID_NOT_PUBLIC_OFFICERS.search(body)
        # ("a person who in good faith files a complaint against an officer is immune")
        or (
            phrase
            and (
                _PERSON_ACTING_ON_AN_OFFICER.match(phrase)
                # (the subject named shortly, "a person", with what the person does after it)
                or _PERSON_ACTING_ON_AN_OFFICER.match(body)
            )
        )
    ):
        # "qualified immunity is not available to a private contractor"; "a commissioned
        # security officer ... is not entitled to any immunity available to a peace officer".
        role = Role.PRIVATE
    elif not named:
        sentence_role = role_of(without_act_names, noun_phrase=False)
        if sentence_role.public:
            role = sentence_role
        elif lexicon.SECTION_1983.search(body):
            role = Role.BROAD  # section 1983 lies against every person acting under color of law
        elif lexicon.FORCE_OR_SEARCH.search(body) or "physical force" in body:
            role = Role.POLICE  # immunity for uses of force and searches is officers' immunity
    # "Provided, however, That the defense shall remain available to an employee who is not a
    # law enforcement officer": the bar is whole for police and reaches no one else.
    if effect is Effect.CREATED and (
        _DEFINES_A_TERM.match(body) or _QUOTED_TERM_MEANS.match(body, 0, _DEFINITION_OPENING)
    ):
        # '"Immunity defense" means any claim ... that the defendant acted in good faith': what
        # the term means, for a bar elsewhere to use; no defense is given.
        return None
    if effect is Effect.BARRED and _QI_EXCEPTED_FROM_BAR.search(body):
        # "No immunity, other than qualified immunity, is a defense": the doctrine is the one
        # immunity the bar leaves standing.
        effect = Effect.KEPT
        if "good faith" in body or "good-faith" in body or "believ" in body:
            kinds = kinds | {DefenseKind.GOOD_FAITH}
    if effect is Effect.KEPT and _KEPT_BUT_BARRED_IN_ACTIONS_UNDER.search(body):
        # "... the officer may assert any defense available at common law, except that qualified
        # immunity and any defense based on the officer's good faith belief ... may not be
        # asserted in an action under chapter 4.--- RCW": the doctrine named only to be denied in
        # the actions the exception names; what stays is the common law for other suits.
        effect = Effect.BARRED
        kinds = frozenset(kinds & _DOCTRINE_AND_ITS_TWINS) or frozenset(
            {DefenseKind.QUALIFIED_IMMUNITY}
        )
    if effect is Effect.KEPT and _KEEPING_WITHHELD_FROM_POLICE.search(body):
        # "(3) A correctional officer may assert qualified immunity ..., except that this
        # subsection does not apply to a law enforcement officer"; "(D) A peace officer may assert
        # any immunity available under section 2744.03, except that division (D) ... does not
        # apply to any immunity that rests on the officer's good faith ... or on whether the
        # right was clearly established": the exception to the bar gives nothing back to police.
        return None
    police_only = effect is Effect.BARRED and bool(lexicon.KEPT_FOR_NON_POLICE.search(body))
    if police_only:
        role, named = Role.POLICE, True
    return DefenseRule(
        clause=sentence,
        kinds=kinds,
        effect=effect,
        role=role,
        role_named=named,
        has_exceptions=_keeps_some_claims(body) and not police_only,
        all_civil_liability=bool(lexicon.ALL_CLAIMS.search(body)),
        force_only=conditioned_on_force_or_search(body),
    )


# The doctrine's test as an element of a defined wrong ("had been clearly established as unlawful"),
# and words before it that set the test aside instead ("whether or not the right was clearly
# established", "need not have been clearly established").
_CLEARLY_ESTABLISHED_ELEMENT = compile_pattern(r"\bclearly\s+established\b")
_TEST_SET_ASIDE_BEFORE = compile_pattern(
    r"\b(?:whether\s+or\s+not|regardless\s+of|irrespective\s+of|without\s+regard\s+to|need\s+not|not\s+required"
    r"|nor|not)\b[^.;]{0,120}$"
)


_NEXT_TERM_DEFINED = compile_pattern(r"[;.]\s*(?:and\s+)?\(\w{1,3}\)\s*[\"“]|$")
# A bystander's conduct named as the whole of what makes the subject liable: "an officer who
# [is present at the scene and knowingly] permits another officer to deprive", "an officer who
# stands by while another officer uses unlawful force".
_BYSTANDER_SUBJECT = compile_pattern(
    r"\b(?:officers?|deput(?:y|ies)|employees?|members?|troopers?|sheriffs?)\s+who\s+"
    r"(?:(?:is|was|are)\s+present\b[^.;]{0,80}?\band\s+)?(?:knowingly\s+|willfully\s+|intentionally\s+)?"
    r"(?:permits?|allows?|stands?\s+(?:idly\s+)?by|stood\s+(?:idly\s+)?by)\s+(?:while\s+)?(?:another|other"
    r"|a\s+fellow)\b"
    # ("A peace officer who acquiesced in a deprivation described in subsection (1) committed by
    # another peace officer in his or her presence ... shall be liable")
    r"|\b(?:officers?|deput(?:y|ies)|employees?|members?|troopers?|sheriffs?)\s+who\s+acquiesc(?:es|ed)\s+in\b"
    r"(?=[^.;]{0,200}?\b(?:another|other|fellow)\b)"
)
# The subject's own wrong named before the bystander's conduct ("who deprives a person ..., or
# permits another to"): then failing to intervene is one way of committing it.
_OWN_WRONG_BEFORE = compile_pattern(
    r"\b(?:depriv|subject|caus|violat|commit|infring|participat|us(?:es|ed|ing)\b|brought\s+about)"
)


def bystander_is_the_whole_wrong(body: str) -> bool:
    """Whether a clause's subject is liable for a bystander's conduct alone: "an officer who ...
    permits another officer to deprive ...", with no act of the subject's own before it."""
    found = _BYSTANDER_SUBJECT.search(body)
    return found is not None and _OWN_WRONG_BEFORE.search(body, 0, found.start()) is None


_KEEPING_WITHHELD_FROM_POLICE = compile_pattern(
    r"\bexcept\s+that\s+(?:this\s+|such\s+)?(?:sub)?(?:section|division|paragraph|subdivision)(?:\s+\(\w{1,4}\))?"
    r"(?:\s+of\s+this\s+(?:section|act|chapter))?\s+does\s+not\s+apply\s+(?:to|in)\s+(?:any|an?|the)\s+"
    r"(?:(?:law\s+enforcement|peace|police)\s+officers?\b|immunit(?:y|ies)\s+(?:that|which)\s+rests?\s+(?:up)?on\b"
    r"[^.;]{0,160}?\b(?:good\s+faith|clearly\s+established|belief))"
)
_NARROWING_THE_DOCTRINE = compile_pattern(
    r"\b(?:narrow|limit|restrict|abrogat|eliminat|curtail|abolish)\w*\s+(?:the\s+|that\s+|this\s+)?"
    r"(?:doctrine|immunity)\b"
)
_LIABLE_ONLY_IF_KNOWN = compile_pattern(
    r"\bnot\s+(?:be\s+)?liable\b[^.;]{0,60}?\bunless\s+(?:a|an)\s+reasonable\s+(?:[\w-]+\s+){0,3}?(?:officer|person"
    r"|official|employee)\b[^.;]{0,120}?\bwould\s+have\s+known\b"
    # Liability itself conditioned on a culpable mind: "a peace officer is liable under this
    # section only if the plaintiff proves ... that the officer acted with actual malice"; "is not
    # liable ... unless the officer acted in bad faith". An officer who acted in good faith is
    # shielded, as the doctrine shields him, under another name. (Not a share of the award,
    # punitive damages or indemnity, which are conditioned on the same words: their own rules.)
    r"|(?<!personally )\b(?:is|are|shall\s+be|may\s+be\s+held)\s+liable\s+(?:under\s+this\s+(?:section|act"
    r"|chapter|article|subdivision)\s+|in\s+(?:an?|any|such)\s+action\s+(?:under\s+this\s+[a-z]+\s+)?)?only\s+"
    r"(?:if|when|where|upon\s+proof\s+that)\b(?![^.;]{0,200}?\b(?:punitive|exemplary|indemnif|personally)\b)"
    r"[^.;]{0,160}?\b(?:actual\s+malice|malice|malicious\w*|bad\s+faith|wil+ful\w*|wanton\w*|corrupt\w*)\b"
    # ("shall not be liable under this act for any act taken in the exercise of his or her judgment
    # in the enforcement of the criminal laws of the state, unless the officer acted willfully")
    r"|(?<!personally )\bnot\s+(?:be\s+)?liable\b(?![^.;]{0,200}?\b(?:punitive|exemplary|indemnif)\b)[^.;]{0,160}?"
    r"\bunless\b[^.;]{0,120}?\b(?:acted|acts|was\s+acting)\s+(?:with\s+(?:actual\s+)?malice|maliciously"
    r"|in\s+bad\s+faith|wil+fully|wantonly|corruptly)\b"
    # "... is not liable under this chapter unless the plaintiff proves ... that the employee knew,
    # at the time of the conduct, that the conduct violated the plaintiff's rights": the officer's
    # own knowledge of the wrong made an element, a good-faith shield in other words.
    r"|(?<!personally )\bnot\s+(?:be\s+)?liable\b(?![^.;]{0,200}?\b(?:punitive|exemplary|indemnif)\b)[^.;]{0,80}?"
    r"\bunless\b[^.;]{0,160}?\b(?:knew|knows|had\s+actual\s+knowledge)\b[^.;]{0,80}?\b(?:unlawful|illegal"
    r"|violated|violates|was\s+a\s+violation|clearly\s+established)"
)
# The doctrine's test written into liability, the burden of proof or procedure, unnamed.
_STATE_OF_THE_LAW_AS_A_SHIELD = compile_pattern(
    # "... is liable ... where a reasonable peace officer ... would have understood, in light of
    # the law as it then stood, that ..."; "only if ... the unlawfulness of the conduct was
    # apparent in light of pre-existing law"; "only where ... existing precedent ... had placed
    # the unlawfulness of the conduct beyond debate" (not "in light of the totality of the
    # circumstances", the test of force itself)
    # (a positive rule of liability: "is not liable ... if ..." is read as a defense below)
    r"(?<!not )(?<!not be )(?<!not be held )\bliable\b[^.;]{0,200}?\b(?:if|where|when|unless)\b[^.;]{0,200}?"
    r"\b(?:in\s+light\s+of\s+(?:the\s+)?"
    r"(?:pre-?existing\s+|existing\s+|then[- ]existing\s+)?(?:law|precedent|authority)\b"
    r"|law\s+(?:then\s+in\s+effect|as\s+it\s+(?:then\s+)?stood)|beyond\s+debate|fair\s+warning)"
    # "The plaintiff has the burden of proving ... that the peace officer knew or should have
    # known, at the time of the conduct, that the conduct violated the plaintiff's rights."
    # (not "need not plead or prove that ...", "shall not be required to plead or prove": that
    # burden lifted)
    r"|(?<!need not )(?<!not plead or )(?<!not required to )(?<!required to plead or )"
    r"\bprov(?:e|es|ing)\b[^.;]{0,160}?"
    r"\bknew\s+or\s+(?:reasonably\s+)?should\s+have\s+known\b[^.;]{0,60}?"
    r"\b(?:violated|unlawful|illegal)"
    # "A reasonable mistake of law ... does not give rise to liability"; "shall not be liable
    # ... where the officer acted on an honest and reasonable, though mistaken, understanding of
    # what the law required"
    r"|\breasonable\s+mistake\s+of\s+law\b[^.;]{0,80}?\b(?:does|shall)\s+not\s+give\s+rise\s+to\s+liability"
    r"|\bnot\s+(?:be\s+)?liable\b[^.;]{0,160}?\b(?:reasonable|honest)\b[^.;]{0,40}?\bmistak(?:e|en)\b[^.;]{0,60}?"
    r"\b(?:law|statute|ordinance)"
    # "a public employee shall not be liable under this Article for conduct that did not violate a
    # right that was clearly established at the time of the conduct": the doctrine's test.
    r"|\bnot\s+(?:be\s+)?(?:held\s+)?(?:personally\s+)?liable\b[^.;]{0,160}?\b(?:did|does|do)\s+not\s+violate\s+"
    r"(?:an?|any|the)\s+(?:[\w-]+\s+){0,2}?rights?\b[^.;]{0,40}?\bclearly\s+established\b"
    # "... may move to dismiss ... on the ground that ... there was no controlling authority";
    # "The complaint must identify a decision ... that held that materially similar conduct
    # violated the right"; "the court shall instruct the jury ... fair warning".
    r"|\bmove\s+to\s+dismiss\b[^.;]{0,80}?\bon\s+the\s+grounds?\b[^.;]{0,100}?\b(?:no|absence\s+of(?:\s+any)?)\s+"
    r"controlling\s+authority\b"
    r"|\bcomplaint\s+(?:must|shall)\s+identify\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?decision\b[^.;]{0,200}?"
    r"\bmaterially\s+similar\b"
    r"|\binstruct\s+the\s+jury\b[^.;]{0,200}?\bfair\s+warning\b"
)
_A_TERM_DEFINED_IN_IT = compile_pattern(r"[\"”]\s+(?:means|includes|refers\s+to)\b")
_STATE_OF_THE_LAW_NEEDLES = (
    *("in light of", "beyond debate", "fair warning", "should have known"),
    *("mistake of law", "mistaken", "controlling authority", "materially similar"),
)
_MOTION_ON_THE_DOCTRINE = compile_pattern(
    r"\b(?:may|shall\s+be\s+entitled\s+to)\b(?:,\s*however,)?[^.;]{0,40}?\bmove\b[^.;]{0,60}?"
    r"\b(?:dismiss\w*|summary\s+judgment)\b[^.;]{0,40}?\bon\s+the\s+grounds?\s+that\b[^.;]{0,120}?"
    r"\b(?:clearly\s+established|good\s+faith|reasonabl[ey]\s+believ|qualified\s+immunity)"
    # A court told to dismiss on the doctrine's test: "the court shall determine, before trial,
    # whether the right was clearly established ..., and shall dismiss the action if it was not".
    r"|\b(?:determine|decide)\b[^.;]{0,60}?\bwhether\b[^.;]{0,60}?\bclearly\s+established\b[^.;]{0,80}?"
    r"\b(?:shall|must)\s+dismiss\b"
    r"|\b(?:shall|must)\s+dismiss\s+(?:the\s+|an?\s+|any\s+)?(?:action|claim|suit|case)\b[^.;]{0,40}?\b(?:unless|if)\b"
    r"[^.;]{0,80}?\bclearly\s+established\b"
)
_GOOD_FAITH_LIMITS_DAMAGES = compile_pattern(
    r"\b(?:establishes|proves|shows|demonstrates)\s+that\s+(?:the\s+|he\s+|she\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:officer|defendant|employee)?\s*acted\s+in\s+good\s+faith\b[^.;]{0,160}?\bliable\s+(?:only\s+)?for\s+"
    r"nominal\s+damages\b"
)
_PUBLIC_ACTORS_LEFT_OUT = compile_pattern(
    r"\b(?:this|the)\s+(?P<unit>section|subsection|chapter|act|article)\s+(?:does|shall)\s+not\s+apply\s+to\b[^.;]{0,200}?"
    r"(?:\b(?:officers?|employees?|officials?)\s+(?:or\s+(?:employees?|officers?|agents?)\s+)?of\s+(?:the|this|a|any)\s+"
    r"(?:state|commonwealth|political\s+subdivision|public\s+(?:body|entity)|governmental\s+(?:entity|unit))\b"
    # ("This section does not apply to a public officer or employee, or to any person acting
    # under color of state or federal law")
    r"|\b(?:a|any)\s+public\s+(?:officers?|employees?|officials?)\b|\bacting\s+under\s+colou?r\s+of\b)"
)
_POLICE_AND_ALL_PUBLIC_ACTORS_LEFT_OUT = compile_pattern(
    r"\b(?:this|the)\s+(?:section|subsection|chapter|act|article)\s+(?:does|shall)\s+not\s+apply\s+to\b[^.;]{0,200}?"
    r"\b(?:peace|police|law\s+enforcement)\s+officers?\b[^.;]{0,80}?\b(?:any\s+)?(?:other\s+)?(?:officers?|employees?)"
    r"\s+(?:or\s+(?:employees?|officers?)\s+)?of\s+(?:the|this)\s+(?:state|commonwealth)\s+or\s+(?:of\s+)?(?:a|any)\s+"
    r"political\s+subdivision"
)
_PROCEEDING_UNDER_THIS = compile_pattern(
    r"\bin\s+(?:a|any|the)\s+(?:hearing|proceeding)s?\s+(?:held\s+|brought\s+)?(?:under|pursuant\s+to)\s+this\s+"
    r"(?:section|subsection|chapter|article)\b"
)
_LICENSING_WORDS = compile_pattern(
    r"\b(?:certification|decertif\w*|certificate|licen[cs]e|revoke|revocation)\b"
)
_CODIFIED_LAW_APPLIES = compile_pattern(r"\b(?:applies|shall\s+apply|appl(?:y|ies)\s+to|governs)\b")
_QUOTED_TERM_MEANS = compile_pattern(
    r"[^.;\"“]{0,100}?[\"“][a-z][a-z -]{2,40}[\"”]\s+(?:means|shall\s+mean|includes)\b"
)
_DEFINITION_OPENING = 160
_QI_EXCEPTED_FROM_BAR = compile_pattern(
    r"\bno\s+(?:other\s+)?(?:immunity|immunities|defen[cs]es?|privilege)\b,?\s+(?:other\s+than|except(?:\s+for)?"
    r"|excluding|but)\s+(?:the\s+(?:defen[cs]e|doctrine)\s+of\s+)?qualified\s+immunity\b"
    # "... shall have no immunity from suit or liability, whether absolute, sovereign,
    # governmental or statutory, other than immunity arising from the officer's good-faith belief
    # that the conduct was lawful": the doctrine's element is the immunity left standing.
    r"|\bno\s+(?:other\s+)?(?:immunity|immunities|defen[cs]es?)\b[^.;]{0,120}?,?\s+(?:other\s+than|except(?:\s+for)?"
    r"|excluding)\s+(?:an?\s+|the\s+|any\s+)?(?:immunity|defen[cs]e)\b[^.;]{0,60}?\b(?:good[- ]faith"
    r"|reasonabl[ey]\s+believ\w*|clearly\s+established)"
)
_RIGHTS_CLAIM_REACH = 3_000
_SUPPOSED_CLAIM = compile_pattern(r"\b(?:may|might|could|would)\s+$")
_WOULD_BE = compile_pattern(r"\b(?:would|might|could)\s+be\s+$")
_LIABLE_OR_AGAINST = compile_pattern(r"\bliab|\bagainst\b")
_VENUE_RULE = compile_pattern(
    r"\bmay\s+be\s+(?:brought|filed|commenced|maintained)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?court\s+(?:of|for|in)\s+"
    r"(?:the\s+|any\s+)?(?:county|district|parish|circuit|city)\b"
)
_ACTION_FOR_OTHER_RELIEF = compile_pattern(
    r"\b(?:action|suit|petition|proceeding)\b[^.;]{0,200}?\bfor\s+(?:a\s+|an\s+)?(?:fee\s+(?:reduction|waiver|refund)"
    r"|reduction\s+of\s+(?:the|a)\s+fee|review\s+of\s+the\s+(?:denial|decision|fee)|(?:an?\s+)?order\s+(?:compelling|requiring)"
    r"\s+(?:the\s+)?(?:disclosure|production|release)"
    # ("may file an action in the superior court ... for an order releasing the recording")
    r"|(?:an?\s+)?order\s+(?:releasing|disclosing|unsealing)\s+(?:the\s+|a\s+)?(?:recordings?|records?|footage|video))\b"
    # ("may commence an action in the circuit court to compel disclosure")
    r"|\b(?:action|suit|petition|proceeding)\b[^.;]{0,100}?\bto\s+compel\s+(?:the\s+)?(?:disclosure|production"
    r"|release|inspection)\b"
    # ("may bring an action ... to compel a law enforcement agency to report the data"; "may
    # commence a mandamus action to obtain a judgment that orders the record produced")
    r"|\b(?:action|suit|petition|proceeding)\b[^.;]{0,100}?\bto\s+compel\s+(?:an?|the|any|each)\s+(?:[\w-]+\s+){0,8}?"
    r"to\s+(?:report|produce|disclose|release|publish|comply|collect|submit|provide|make)\b"
    r"|\bmandamus\b"
)
_LIFT_FOR_PRIVATE_PARTY = compile_pattern(
    r"\bnot\s+apply\s+to\s+(?:any\s+|a\s+|the\s+)?(?:claims?|actions?|suits?|judgments?)\s+against\s+(?:the\s+|a\s+|any\s+)?"
    r"(?:private\s+)?(?:vendors?|contractors?|compan(?:y|ies)|corporations?|providers?|operators?)\b"
    # ("a bail enforcement agent is not a public officer, public employee or law enforcement
    # officer for purposes of this section, and the tort claims act shall not apply")
    r"|\b(?:is|are)\s+not\s+(?:an?\s+)?public\s+(?:officers?|employees?|officials?)\b"
)


# A public class narrowed to its police by a relative clause: "a public employee who is a police
# officer", "any state employee who is also a certified law enforcement officer".
_WHO_IS_A_POLICE_OFFICER = compile_pattern(
    r"\b(?:employees?|officials?|officers?|servants?|persons?|individuals?)\s+who\s+(?:is|are)\s+(?:also\s+)?"
    r"(?P<who>(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:police\s+officers?|peace\s+officers?|law[\s-]+enforcement\s+officers?"
    r"|sheriffs?|deputy\s+sheriffs?|troopers?))\b"
)
_RELATIVE_CLASS_REACH = 200
# The doctrine described by what it does, just before its own test ("the judicially created
# doctrine that shields officials from liability unless ..."; "the immunity that protects an
# officer from suit unless ...").
_DOCTRINE_DESCRIBED_BEFORE = compile_pattern(
    r"\b(?:doctrine|immunity|defen[cs]e)\s+(?:that|which|under\s+which)\s+(?:shields?|protects?|insulates?|bars?"
    r"|immunizes?|excuses?)\b[^.;]{0,80}?$"
)
_DOCTRINE_DESCRIPTION_REACH = 120
# Cases from before the bill's date: "in any civil action filed before the effective date of this
# section", "a claim that accrued prior to July 1, 2026", "for conduct occurring before that date".
_ONLY_FOR_EARLIER_CASES = compile_pattern(
    r"\b(?:in|to|for)\s+(?:any\s+|an\s+|a\s+|each\s+)?(?:civil\s+)?(?:actions?|suits?|claims?|cases?"
    r"|proceedings?|causes?\s+of\s+action|conduct)\s+(?:that\s+(?:was|were|is|are|has|have)\s+)?(?:been\s+)?"
    r"(?:filed|brought|commenced|pending|instituted|arising|arose|accruing|accrued|occurring|occurred)"
    r"\s+(?:on\s+or\s+)?(?:before|prior\s+to)\s+(?:the\s+effective\s+date|(?:that|such|this|the\s+operative)"
    r"\s+date|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)"
)
# Immunities named by kinds that are all absolute: "legislative, judicial, or prosecutorial
# immunity", "judicial and quasi-judicial immunities".
_ABSOLUTE_KINDS_OF_IMMUNITY = compile_pattern(
    r"\b(?:(?:legislative|judicial|quasi-judicial|prosecutorial|witness)(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?)+"
    r"immunit(?:y|ies)\b"
)
# A proviso that takes the exception away from some officers ("; provided, that this exception
# shall not extend to a member of the police department"): it narrows what the exception keeps.
_EXCEPTION_WITHHELD = compile_pattern(
    r"[;,]\s*provided,?\s+(?:however,?\s+)?that\s+(?:this|the|such|that)\s+exception\s+(?:shall|does|will)"
    r"\s+not\s+(?:extend|apply)\s+to\b[^.]*"
)


def _another_immunity_excepted(exception: str) -> bool:
    """Whether an exception that keeps absolute immunities keeps another immunity too, further on
    in its sentence ("except: (1) legislative, judicial, or prosecutorial immunity; and (2) public
    official immunity under § 5-507 for a discretionary act"); the State's own immunity is no
    officer's."""
    rest = exception.split(".")[0]
    rest = _ABSOLUTE_KINDS_OF_IMMUNITY.sub(" ", rest)
    rest = rx.sub(
        r"\babsolute\s+immunit\w*|(?:the\s+)?(?:sovereign\s+)?immunity\s+of\s+the\s+(?:state|commonwealth|district)\b",
        " ",
        rest,
    )
    return rx.search(r"\bimmunit", rest) is not None


def _clause_of(body: str, match: re.Match[str] | None) -> str:
    """The clause of ``body`` that holds ``match``: from the semicolon before it to the end of
    its sentence (the item of a list, not the list)."""
    if match is None:
        return ""
    end = body.find(".", match.end())
    return body[body.rfind(";", 0, match.start()) + 1 : len(body) if end == -1 else end]


def _keeps_only_absolute_immunities(text: str) -> bool:
    """Whether an exception keeps only judges' or lawmakers' absolute immunity, which the end of
    the doctrine leaves standing: no officer's defense survives it. The immunities may be named
    by their kinds alone ("except legislative, judicial, or prosecutorial immunity"): each kind
    is absolute."""
    return bool(
        (
            (
                rx.search(r"\babsolute\s+immunit", text)
                and rx.search(
                    r"\b(?:judges?|judicial|justices?|legislat\w+|members?\s+of\s+the\s+(?:general\s+assembly"
                    r"|legislature)|prosecut\w+)\b",
                    text,
                )
            )
            or _ABSOLUTE_KINDS_OF_IMMUNITY.search(text)
        )
        and not rx.search(
            r"\b(?:qualified|good\s+faith|police|peace|law\s+enforcement|officers?|reasonabl\w+)\b",
            text,
        )
    )


_FEES_TO_A_DEFENDANT = compile_pattern(
    r"\bfees\b[^.;]{0,40}?\bto\s+(?:the|a|an|any)\s+(?:prevailing\s+)?(?:defendants?|officers?|employees?"
    r"|assisting\s+persons?|persons?\s+(?:sued|named\s+as\s+(?:a\s+)?defendant))\b"
    # ("shall award to the accused person reasonable attorney's fees and the costs incurred in
    # defending the complaint")
    r"|\b(?:award|pay)\s+to\s+the\s+(?:accused|respondent)\b|\bincurred\s+in\s+defending\b"
)
_LIFT_FOR_PROPERTY_DAMAGE = compile_pattern(
    r"\b(?:appl(?:y|ies)|extend)\s+to\s+(?:claims?\s+for\s+|actions?\s+for\s+)?(?:property\s+damage"
    r"|damage\s+to\s+(?:real\s+or\s+personal\s+|real\s+|personal\s+)?property|(?:the\s+)?loss\s+of\s+property)\b"
)
_AMENDED_TO_PROVIDE = compile_pattern(
    r"\b(?:is|are)\s+(?:hereby\s+)?amended\s+to\s+(?:provide|state|establish)\s+that\b"
)
# A share named only by the provision that sets it: "except any part the court orders the officer
# to pay personally under subdivision four".
_SHARE_BY_REFERENCE = compile_pattern(
    r"\b(?:except|other\s+than|excluding|less)\b[^.;]{0,60}?\b(?:orders?|ordered|requires?|required|directs?)\b"
    r"[^.;]{0,60}?\bto\s+pay\b(?:[^.;]{0,40}?\b(?:under|pursuant\s+to|in)\s+(?:subdivision|subsection|paragraph"
    r"|section|division)\b"
    # ("except any portion of a judgment that the court orders the officer to pay personally")
    r"|\s+personally\b)"
)
# The claim named as a noun only ("a civil action for damages against ..."), and the verbs that
# would give it ("may bring", "lies", "is liable", "shall have").
_ACTION_NAMED_ONLY = compile_pattern(
    r"civil action (?:for|against) (?:the )?deprivation|action for damages"
)
_TO_READ = compile_pattern(r"\bto\s+read(?:\s+as\s+follows)?\s*:")
_MAKES_AVAILABLE = compile_pattern(
    r"\b(?:may|shall|must|can|will|is|are|lies?|exists?|has|have|entitled|brings?|brought)\b"
)
# Immunities a closed list may keep without keeping the doctrine: a judge's, a lawmaker's.
_ABSOLUTE_IMMUNITY_ITEM = compile_pattern(
    r"\b(?:judges?|justices?|judicial|legislat\w+|prosecut\w+|absolute)\b"
)


def _closed_defense_list(body: str) -> tuple[Effect, str] | None:
    """What a closed list of the defenses left in the bill's actions does to the doctrine:
    kept when the list names it (or good faith, or a general immunity), barred when it leaves it
    out. None when ``body`` holds no such list, or the list is not about claims for rights."""
    opening = lexicon.CLOSED_DEFENSE_LIST.search(body)
    # (the list must be about the bill's claims or claims for rights; whether the bill's claims
    # are for rights is checked where the bill is read: see Reading.defenses)
    if opening is None or not (_RIGHTS_WRONG.search(body) or _CLAIMS_UNDER_THIS.search(body)):
        return None
    listed = body[opening.end() :]
    if lexicon.QI_TERM.search(listed) or _DOCTRINE_ITEM.search(listed):
        # (or the doctrine by its elements: "(3) that, at the time of the conduct, it was not
        # clearly established that the conduct violated the right")
        return Effect.KEPT, body[opening.start() :]
    for immunity in rx.finditer(r"\bimmun\w*", listed):
        # ("(d) that the defendant is a judge and the conduct was a judicial act": a judge's
        # absolute immunity, which the doctrine's end leaves standing)
        if not _ABSOLUTE_IMMUNITY_ITEM.search(
            listed, max(0, immunity.start() - 120), immunity.end() + 60
        ):
            return Effect.KEPT, body[opening.start() :]
    return Effect.BARRED, body[opening.start() :]


_DOCTRINE_ITEM = compile_pattern(
    r"\bclearly\s+established\b|\bacted\s+in\s+good\s+faith\b|\breasonabl[ey]\s+(?:believed|belief)\b"
)
_DEFENSE_DENIED_TO_CLASS = compile_pattern(
    r"\bdefen[cs]e\s+(?:for|to|available\s+to)\s+(?:an?|any|the|every)\s+(?P<phrase>(?:[\w-]+\s+){0,3}?"
    r"(?:officers?|employees?|officials?|deput(?:y|ies)|troopers?|sheriffs?))\b"
)
_SAID_NOT_PUBLIC_OFFICERS = compile_pattern(
    r"\b(?:they|it|he|she|who)\s+(?:are|is)\s+not\s+(?:a\s+)?public\s+(?:officers?|officials?|employees?)\b"
)
# The clause's subject said not to be an officer: "A bail bond agent is not a law enforcement
# officer as defined in s. 943.10, and is not entitled to any defense of qualified immunity".
_SUBJECT_SAID_NOT_AN_OFFICER = compile_pattern(
    r"^\W*(?:\(?\w{1,4}[)._]\s*)*(?:an?|the|any|each|every)\s+[^,.;:]{2,60}?\s+(?:is|are)\s+not\s+(?:an?\s+)?"
    r"(?:law[\s-]+enforcement|peace|police|public)\s+(?:officers?|officials?|employees?)\b"
)
# "The guard and the company cannot claim qualified immunity ...": who may not claim the defense,
# named as the sentence's subject.
_SUBJECT_MAY_NOT_CLAIM = compile_pattern(
    r"^\W*(?:\(?\w{1,4}[)._]\s*)*(?P<phrase>(?:the|an?|any|such)\s+[^,.;:]{2,80}?)\s+(?:cannot|can\s+not"
    r"|may\s+not|shall\s+not|must\s+not)\s+(?:claim|assert|raise|invoke|plead|rely\s+(?:up)?on)\b"
)
# "In an action brought under section 1 ... against a law enforcement officer, the defense of
# qualified immunity shall not be available": the class the barred actions are brought against.
_IN_AN_ACTION_AGAINST_CLASS = compile_pattern(
    r"^\W*(?:\(?\w{1,4}[)._]\s*)*in\s+(?:an?|any)\s+(?:civil\s+)?(?:action|suit|proceeding)\b[^;]{0,160}?"
    r"\bagainst\s+(?:an?|any|every)\s+(?P<phrase>(?:[\w-]+\s+){0,3}?(?:officers?|employees?|officials?"
    r"|deput(?:y|ies)|troopers?|sheriffs?))\b(?=\s*,)"
)
_UNLESS_CONDITION_REACH = 400
_CLAIMS_UNDER_THIS = compile_pattern(
    r"\b(?:under|pursuant\s+to|brought\s+under)\s+this\s+(?:section|subsection|act|chapter|article|subchapter)\b"
)
# Fees awarded to a party of private law, not to the person a public officer wronged.
_PRIVATE_PARTIES = (
    r"(?:tenant|landlord|lessor|lessee|consumer|buyer|purchaser|seller|borrower|lender"
    r"|debtor|creditor|homeowner|patient|student|parent|employee|employer|whistleblower)"
)
_FEES_IN_PRIVATE_SUIT = compile_pattern(
    rf"\b(?:prevailing|the)\s+{_PRIVATE_PARTIES}s?\b"
    # ("A tenant who prevails in an action for retaliation is entitled to actual damages, one
    # month's rent, and reasonable attorney's fees")
    # (not the bill's own claim: "to a student who prevails in an action under this chapter")
    rf"|\b(?:an?|any)\s+{_PRIVATE_PARTIES}\s+(?:who|that)\s+(?:substantially\s+)?prevails\b"
    r"(?![^.;]{0,40}?\b(?:under|pursuant\s+to)\s+this\b)"
)
_EMPLOYED_BY_POLICE_AGENCIES = compile_pattern(
    r"\b(?:employed|hired|appointed)\s+by\s+(?:a|an|any|the)\s+(?:[\w,]+\s+){0,4}?(?:law\s+enforcement\s+agenc"
    r"|police\s+(?:department|agenc|force)|sheriff)"
)
# The officer's own share taken out of an indemnity: "except that the employee shall be personally
# liable for, and shall not be indemnified for, 5% of the judgment", "except for the personal
# contribution required by section 6".
_SHARE_EXCEPTED_FROM_INDEMNITY = compile_pattern(
    r"\bexcept\b[^.;]{0,80}?\b(?:(?:shall\s+not\s+be\s+indemnified|personally\s+liable)\s+for[^.;]{0,80}?"
    r"(?:per\s*cent|percent|%)|personal\s+(?:contribution|share))"
    # "... in full, except any amount the public employee is ordered to pay under division (C)"
    r"|" + lexicon.AMOUNT_OFFICER_MUST_PAY
)
_SET_ASIDE_FOR_THESE_CLAIMS = compile_pattern(
    r"\b(?:do|does|shall|will)\s+not\s+apply\s+to\s+(?:a|an|any|the)\s+(?:claim|action|suit|proceeding)s?\b"
    r"[^.;]{0,60}?\b(?:under|pursuant\s+to)\s+this\b"
)
_GOVERNMENT_PEOPLE_LISTED = compile_pattern(
    r"\b(?:officers?|employees?|officials?)\s*,?\s+(?:(?:[\w-]+,?\s+){0,4}?(?:or|and)\s+[\w-]+\s+)?of\s+"
    r"(?:this\s+|the\s+)?(?:state|commonwealth|(?:any|a|each)\s+(?:political\s+subdivision|governmental"
    r"|public\s+(?:body|entity|employer)|county|municipality|city))\b"
)
# One locality named: "the City of Greensboro", "Wake County".
_ONE_NAMED_LOCALITY = compile_pattern(
    r"\s*(?:the\s+)?(?:(?:city|town|village|county|borough|township|parish)\s+of\s+(?!any\b|a\b|each\b|every\b"
    r"|the\b)[a-z][\w'-]+|(?!any\b|a\b|each\b|every\b|the\b|such\b)[a-z][\w'-]+\s+(?:county|parish))\W*$"
)
# A locality's own enactment: an ordinance, a local law, a council's enacting formula.
_LOCAL_ENACTMENT = compile_pattern(
    r"\bordinance\b|\blocal\s+law\b|\bcity\s+council\b|\bbe\s+it\s+(?:enacted|ordained)\s+by\s+the\s+"
    r"(?:city\s+|county\s+|town\s+)?(?:council|board|commission)"
)
_ENACTING_BODY_REACH = 3_000
_NEGLIGENCE_WAIVER = compile_pattern(
    r"\bcaused\s+by\s+the\s+negligent\s+or\s+wrongful\s+acts?\s+or\s+omissions?\b"
    # "each public body may be sued for its torts and for the torts of its officers, employees
    # and agents": a tort claims act's waiver, reprinted where the bill amends that act.
    r"|\bfor\s+(?:its|their)\s+(?:own\s+)?torts\b"
    # "liable for damages ... caused by the negligence of public employees"; "injured ... by
    # reason of any neglect or default of a town by which a highway ... is" (a road's upkeep)
    r"|\bcaused\s+by\s+(?:the\s+)?negligen\w*|\bby\s+reason\s+of\s+(?:any\s+)?neglect\b"
    # "liable for an injury ... only when it results from the negligence or lack of skill of an
    # agent, officer, or employee"
    r"|\bresults?\s+from\s+(?:the\s+)?negligen\w*"
    # "... in a claim for bodily injury or death arising from the operation of a motor vehicle by a
    # law-enforcement officer during the pursuit of a fleeing vehicle, a governmental entity is
    # liable for the full amount": a claim for a pursuit's harm, a tort.
    r"|\barising\s+(?:out\s+of|from)\s+(?:the\s+)?(?:negligent\s+)?operation\s+of\s+(?:an?\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?vehicles?\b"
    # ("Liability shall be imposed upon the political subdivision ... for a tort claim described
    # in subdivision (5) of section 13-903")
    r"|\bfor\s+(?:a|any|the|each)\s+tort\s+claims?\b"
    # ("a claim for damages arising from a vehicle pursuit by a law enforcement officer")
    r"|\barising\s+(?:out\s+of|from)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,2}?pursuits?\b"
    # A government made answerable for torts as such: "every municipality is subject to liability
    # for its torts and those of its officers"; "shall be liable for damages arising out of their
    # tortious conduct ... to the same extent as if they were a private person"; "resulting from
    # the negligent operation ... of a motor vehicle".
    r"|\b(?:subject\s+to\s+liability|liable)\s+for\s+(?:its|their)\s+(?:own\s+)?torts\b"
    r"|\barising\s+out\s+of\s+(?:its|their)\s+tortious\s+conduct\b"
    r"|\bresulting\s+from\s+the\s+negligent\s+operation\b"
)
# Words that name a government's people generally, not its police: "any officer, employee,
# servant or member of a board", "any person holding a position by election, appointment or
# employment".
_GENERIC_EMPLOYEE_WORDS = compile_pattern(
    r"\b(?:employees?|servants?|agents?|officials?|appointees?)\b|\bholding\s+(?:a|an|any)\s+(?:position|office)\b"
    r"|\bofficers?\s*,\s*(?:or\s+)?(?:employees?|agents?)\b"
    # ("an individual employed by a unit of the executive branch of state government, including
    # the department of state police"; "an individual who is employed by or holds an office of a
    # county")
    r"|\b(?:an?|any)\s+(?:individual|person)\s+(?:who\s+is\s+)?(?:employed|holding|who\s+holds)\b"
)
# A "by" that names the source of the rights, not who did the wrong: "a right secured by the
# constitution".
_BY_NOT_A_RIGHTS_SOURCE = (
    r"(?<!secured\s)(?<!protected\s)(?<!conferred\s)(?<!guaranteed\s)(?<!established\s)"
)
# Whom a deprivation is "by", in a claim against the government for its people's wrongs.
_DEPRIVED_BY = compile_pattern(
    rf"\bdepriv\w*\b[^.;]{{0,200}}?{_BY_NOT_A_RIGHTS_SOURCE}\bby\s+"
    # ("by an officer, employee, or volunteer of the state acting in that capacity": a list)
    r"(?P<who>(?:an?|any|the|its|their)\s+(?:[^,.;]|,\s+(?:or\s+|and\s+)?(?=[a-z]+\b(?:,|\s+(?:or|and)\b|\s+of\b)))"
    r"{2,80}?)"
    # ("caused by an officer or employee of the state, including a state highway patrol trooper,
    # acting under color of law": the examples after the class are not the class)
    r"(?:\s+|\s*,\s+including\b[^.;]{0,160}?,\s+)(?:acting|who|while|under\s+colou?r)\b"
)
_FOR_NEGLIGENCE = compile_pattern(
    r"\bfor\s+(?:its|their|the|his|her|any|such)\s+(?:own\s+)?negligen\w*"
)
# Conduct graver than negligence, for which an immunity is withheld.
_DEGREE_OF_FAULT = compile_pattern(
    r"\bgross(?:ly)?\s+negligen|\bwil+ful|\bwanton|\bmalic|\bbad\s+faith\b|\breckless"
    # ("does not apply to a person who knowingly makes a false report")
    r"|\bknowingly\b"
)
# The bill's own immunity (a reporter's, a volunteer's) limited: "The immunity provided by
# subsection (a) of this section does not apply to a person who knowingly makes a false
# report", "The immunity provided by this section shall not extend to any employee".
_OWN_IMMUNITY_LIMITED = compile_pattern(
    # ("The qualified immunity from civil liability granted by this section shall not apply to
    # gross negligence": the section's own grant, whatever it calls it)
    r"\b(?:the\s+)?(?:qualified\s+)?(?:immunity|immunities|protection)(?:\s+from\s+(?:civil\s+)?liability)?"
    r"\s+(?:provided|granted|conferred|created|established)\s+"
    r"(?:by|in|under)\s+(?:this\s+(?:section|subsection|paragraph|division)|(?:subsection|paragraph|division"
    r"|subdivision)\s+\(?\w{1,4}\)?(?:\(\w{1,4}\))*"
    r"(?:\s+of\s+this\s+section)?)"
    # ("The immunity provided in paragraph (1)(d) for discretionary functions shall not apply ...")
    r"(?:\s+for\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    # ("The immunity granted by this section is in addition to any immunity provided by the Tort
    # Claims Act and shall not apply to a law enforcement officer")
    r"(?:\s+is\s+in\s+addition\s+to\s+[^.;]{1,120}?\s+and)?"
    r"\s+(?:does|do|shall|will|may)\s+not\s+(?:apply|extend|be\s+a\s+defense)\b"
)
# A constitution's charge to the legislature to make a law ("The legislature shall provide by
# law a civil action ..."): no claim yet.
_LAWMAKER_TO_PROVIDE = compile_pattern(
    r"[\s\"“'*-]*(?:\(?\w{1,4}[).]\s*)*(?:sec(?:tion)?[_.]?\s+\w+[_.]?\s+(?:[\w ,-]{0,60}?[_.]\s+)?)?(?:the\s+)?"
    r"(?:legislature|general\s+assembly|congress|council)\s+(?:shall|must|may)(?:\s+(?:,?\s*by\s+(?:law|statute)"
    # ("The General Assembly shall, within two years after the adoption of this Article, provide
    # by law a remedy ...")
    r",?\s+)?|,\s*[^,.;]{1,80},\s*)(?:provide|enact|establish|create)\b"
)
# What a study commission shall consider: an agenda, not law ("The commission shall consider:
# (a) the doctrine of qualified immunity as applied ... to claims against police officers").
_STUDY_AGENDA = compile_pattern(
    r"\b(?:commission|committee|task\s+force|council|board|study|office|department)\b[^.:]{0,80}?\b(?:shall|to|must|may)"
    r"\s+(?:consider|study|examine|review|evaluate|analy[sz]e|assess|investigate|report\s+on)\b[^.:]{0,60}:"
)
# A body asked to study the subject, at the sentence's start: "The joint legislative council is
# requested to study the doctrine of qualified immunity as a defense in actions under 42 USC 1983
# against law enforcement officers".
_STUDY_REQUESTED = compile_pattern(
    r"[^.;]{0,120}?\b(?:commission|committee|council|task\s+force|board|office|department|bureau|institute)\b"
    r"[^.;]{0,60}?\b(?:(?:is|are)\s+(?:hereby\s+)?(?:requested|directed|asked|required)\s+to|shall|to)\s+"
    r"(?:conduct\s+an?\s+|undertake\s+an?\s+)?(?:study|examine|review|evaluate|analy[sz]e|assess|investigate)\b"
)
_STUDY_OF_WHETHER = compile_pattern(
    r"\b(?:stud(?:y|ies)|examin\w*|consider\w*|evaluat\w*|review\w*|report\s+on|recommend\w*)\s+(?:of\s+|on\s+)?"
    r"whether\b"
)
_RIGHTS_WRONG = compile_pattern(r"\bdepriv|\bconstitution|\bcivil\s+rights\b|\bcolou?r\s+of\b")
# A cap clause about claims for deprivation of rights (named as such, or as the federal action
# under 42 U.S.C. 1983), or one that sets aside officers' own immunity beside the limit ("sections
# 8546 (relating to defense of official immunity) ... and 8549 (relating to limitation on damages)
# shall not apply"): it changes officers' civil liability, not only tort claims' limits.
_RIGHTS_CLAIM_CAP = compile_pattern(
    _RIGHTS_WRONG.pattern + r"|\b1983\b|\b(?:official|qualified)\s+immunity\b"
)
# The same, and rights, force and searches named anywhere in a bill.
_RIGHTS_OR_THE_DOCTRINE = compile_pattern(
    _RIGHTS_CLAIM_CAP.pattern
    # (not "the right to inspect or to receive a copy of ... a public record": a records law's)
    + r"|\brights?\b(?!\s+of\s+way)(?!\s+to\s+(?:inspect|copy|receive|obtain|access|review)\b)"
    # (not a law's being "in force", "in full force and effect", "the work force")
    r"|\bclearly\s+established\b|\bexcessive\b|(?<!\bin\s)(?<!\bfull\s)(?<!\bwork\s)(?<!\blabor\s)\bforce\b"
    r"|\bsearch|\bseizure|\barrest"
)
_CLAIM_UNDER_A_SECTION = compile_pattern(
    r"\b(?:action|claim|suit)s?\s+(?:brought\s+)?(?:under|pursuant\s+to)\s+(?:section|§)\s*\d"
)
# The officer's employer, sued in the officer's place.
_EMPLOYER_IN_PLACE = compile_pattern(
    r"(?:the|such|that|said)\s+(?:public\s+body|public\s+entity|governmental\s+(?:entity|unit|body)"
    r"|(?:public\s+)?employer|employing\s+(?:agency|entity|public\s+body))"
)
# A rule whose exceptions follow as a list: "... shall indemnify the officer unless:".
_EXCEPTIONS_LISTED_AFTER = compile_pattern(
    r"\b(?:unless|except(?:\s+(?:when|where|if|that))?)(?:\s+(?:any\s+)?(?:one\s+)?of\s+the\s+following"
    r"(?:\s+(?:applies|apply|is\s+true|are\s+true))?)?\s*[:\u2014-]+\s*(?:\(?[a-z0-9]{1,3}[.)_]\s*)?$"
)
_EXCEPTIONS_LIST_REACH = 800
_SUMMARY_LINE = compile_pattern(
    # (the heading alone on its line, or run into the summary's first words by the reader; on a
    # bill tracker's or a legislature's page, after the bill's designation: "2021-A8130 (ACTIVE)
    # - Summary"; New York's Assembly site: "S01991 Summary: SAME AS A04331. ...")
    r"(?m)^[ \t]*(?:[^\n]{1,60}?[ \t]-[ \t]|[a-z]\d{5}[ \t])?summary(?:[ \t]*:?[ \t]*$"
    r"|(?<=\d[ \t]summary):"
    r"|\s+(?=(?:this|the)\s+(?:bill|act|legislation|measure)\b|(?:relates\s+to|provides|prohibits|creates"
    r"|establishes|requires|authorizes|allows|eliminates|abolishes|enacts|amends|repeals)\b))"
    # (Oregon's heading joined to the line before it, its legend after it: "... Senate Bill 611
    # SUMMARY The following summary is not prepared by the sponsors of the measure ...")
    r"|\bsummary\s+(?=the\s+following\s+summary\b)"
)
_ACTION_CONCERNS_CONDUCT_OF = compile_pattern(
    r"\b(?:action|claim|suit)\s+(?:concerns?|concerning|arises?\s+(?:out\s+of|from)|arising\s+(?:out\s+of|from))"
    r"\s+(?:the\s+)?(?:actions?|conduct|acts?(?:\s+or\s+omissions?)?)\s+of\s+(?P<phrase>[^.]{3,600})"
)
_ON_BEHALF_OF_GOVERNMENT = compile_pattern(
    r"\b(?:any|every|each|an?)\s+(?:natural\s+)?(?:person|individual)\s+(?:who\s+acts|acting)\s+(?:on\s+behalf\s+of"
    r"|for)\s+(?:the|this)\s+state\b[^.;]{0,60}"
)
_EXTENDED_TO = compile_pattern(
    # (not the immunity described by whom it serves: "Qualified immunity, or any immunity
    # available to a public employee, is not a defense": the kind of immunity, not a class)
    r"(?<!immunity )(?<!immunities )(?<!defense )(?<!defenses )"
    r"\b(?:extended|afforded|accorded|granted|given|available)\s+(?:hereby\s+)?to\s+([^.;]{3,160})"
)
_BY_MEANS_OF = compile_pattern(
    r"\s*by\s+(?:(?:the|any|a)\s+)?(?:(?:defen[cs]e|doctrine)\s+of\s+)?$"
)
_SHIELDS = compile_pattern(
    r"\b(?:shields?|protects?|excuses?|relieves?|absolves?|insulates?|immuni[sz]es?|exempts?|defeats?)\b"
    r"[^.;]{0,60}?\b(?:liab\w*|suit|action|claim|damages)"
)
_ESCAPES_LIABILITY = compile_pattern(
    r"\b(?:escape|avoid|evade)s?\s+(?:\w+\s+)?liability\b|\b(?:assert|raise|invoke|plead|claim)\s+"
    r"(?:the\s+|a\s+|any\s+)?(?:defen[cs]e|immunity)\b"
)
# A subject that names no party: liability, an action, a court.
_NOT_A_PARTY = compile_pattern(
    r"(?:\(?[a-z0-9]{1,4}\)\s*)*(?:liability|an?\s+action|the\s+action|a\s+claim|the\s+claim|damages"
    r"|relief|the\s+court|a\s+court|judgment)\b"
)
# A definite reference back to the claim's defendants: "the officer", "such peace officer".
_REFERS_BACK = compile_pattern(
    r"(?:the|such|that|said)\s+(?:[\w-]+\s+){0,2}?(?:officer|defendant|employee|person|individual"
    r"|actor|official)s?"
    # ("the officer, employee, or volunteer": the claim's list, named again)
    r"(?:,?\s+(?:or\s+|and\s+)?(?:officer|employee|agent|official|volunteer)s?)*"
)
# A struck span long enough to hold a rule, and the defenses whose striking ends the doctrine.
_STRUCK_DEFENSE_MIN = 60
_DOCTRINE_KINDS = frozenset(
    {DefenseKind.QUALIFIED_IMMUNITY, DefenseKind.CLEARLY_ESTABLISHED, DefenseKind.GOOD_FAITH}
)
_REPEALS = compile_pattern(
    r"\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?repealed\b|\brepeal(?:s|ed)?\b"
)
# A repealer that names what it repeals by its caption, the caption an immunity of officers
# resting on good faith or on clearly established law.
_REPEALED_IMMUNITY_CAPTION = compile_pattern(
    r"\b(?:are\s+each|is|are|shall\s+be)\s+(?:hereby\s+)?repealed\b[^.]{0,400}?\((?P<caption>[^()]{0,200}?"
    r"\bimmunity\b[^()]{0,200}?\b(?:good[ -]faith|clearly established|qualified)[^()]{0,120})\)"
)


_IMMUNITY_WAIVED_FOR_DEPRIVATION = compile_pattern(
    r"\bimmunit(?:y|ies)\b[^.;]{0,120}?\b(?:does|do|shall)\s+not\s+apply\s+to\s+(?:any\s+)?liability\s+for\b"
    r"[^.]{0,500}?\bdeprivation\s+of\s+(?:any\s+)?(?:constitutional\s+)?rights?\b[^.]{0,200}?\bcaused\s+by\s+"
    r"(?P<np>(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:officers?|employees?|officials?|deput(?:y|ies)))\b"
)
_IMMUNITY_WAIVED_FOR_ACTS_OF = compile_pattern(
    r"\bimmunity\s+of\s+(?:the\s+)?(?:state|commonwealth)\b[^.;]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?waived\s+"
    r"(?:as\s+to|for)\s+(?:an?\s+|any\s+)?(?:acts?\s+or\s+omissions?|acts?|conduct)\s+of\s+"
    r"(?P<np>[^,.;]{2,60}?)(?:,|\s+that\b|\s+which\b|\s+who\b)[^.]{0,200}?\bdepriv"
)
_ACTION_TO_ENFORCE_CONSTITUTION = compile_pattern(
    r"\b(?:actions?|suits?|claims?|proceedings?)\b[^.]{0,120}?\bto\s+enforce\s+(?:a|any|the)\s+rights?\s+"
    r"(?:arising|secured|guaranteed|protected)\s+(?:under|by)\s+(?:the\s+)?(?:[\w]+\s+){0,2}?constitution\b"
    # "In a civil action against a peace officer for the deprivation of a right secured by the
    # Texas Constitution in which the plaintiff prevails, the court shall award ...".
    r"|\b(?:civil\s+)?(?:actions?|suits?|claims?)\s+against\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?)"
    r"\s+for\s+(?:the\s+)?(?:deprivation|violation)\s+of\s+(?:a|any)\s+(?:constitutional\s+)?rights?\b"
    # "In any civil action ... against a law enforcement officer ... or against a law enforcement
    # agency, alleging the deprivation of a right secured by the Constitution of Pennsylvania"
    r"|\b(?:civil\s+)?(?:actions?|suits?|claims?)\b[^.]{0,80}?\bagainst\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:officers?|employees?|officials?|agency|agencies)\b[^.]{0,160}?\balleging\s+(?:the\s+|a\s+)?"
    r"(?:deprivation|violation)\s+of\s+(?:a|any)\s+(?:constitutional\s+)?rights?\b"
)
# "... in which a peace officer is found liable for depriving a person of a right secured by the
# Constitution ..., the peace officer is personally liable for ... 5 percent of the amount of the
# judgment or $25,000, whichever is less": the officer's own share of a rights judgment.
_PERSONAL_SHARE_OF_RIGHTS_JUDGMENT = compile_pattern(
    r"\b(?:depriv\w+|violat\w+)\b[^.;]{0,80}?\brights?\b[^.;]{0,200}?\bpersonally\s+liable\s+for\b"
    r"[^.;]{0,120}?\b(?:percent|per\s+cent|whichever\s+is\s+(?:less|lesser))"
)
_AMENDS_A_RIGHTS_ACTION = compile_pattern(
    r"\bcivil\s+action\s+for\s+(?:the\s+)?deprivation\s+of\s+(?:constitutional\s+|civil\s+)?rights\b"
    r"[^.]{0,120}?\b(?:is|are)\s+(?:hereby\s+)?amended\b"
)
_VIOLATES_THIS_UNIT = compile_pattern(
    r"\bwho\s+violates\s+this\s+(?:subsection|section|paragraph|subdivision)\b"
)
_COLOR_OF_LAW_PROHIBITION = compile_pattern(
    r"\b(?:unlawful|shall\s+not|may\s+not|no\s+person\s+(?:shall|may))\b[^.;]{0,80}?\bcolou?r\s+of\b"
)
# How far before the claim the prohibition it enforces may stand.
_PROHIBITION_REACH = 600
_NOT_LIABLE_UNDER_THIS = compile_pattern(
    r"\bpersonally\s+liable\s+(?:under|pursuant\s+to"
    # ("shall not be personally liable for a claim described in this section")
    r"|for\s+(?:a|any)\s+claims?\s+(?:described\s+in|under|brought\s+under|arising\s+under))\s+this\s+"
    r"(?:section|subsection|chapter|act)\b"
    # ("This section does not authorize an action against an officer or employee of a water
    # system, and no officer or employee shall be personally liable for a discontinuance")
    r"|\b(?:does|shall)\s+not\s+(?:authori[sz]e|create)\s+(?:an?\s+|any\s+)?(?:civil\s+)?(?:cause\s+of\s+action|action"
    r"|claim|suit)\s+against\s+(?:an?\s+|any\s+)?(?:officer|employee)"
    # ("... who shall not be personally liable for any action taken under this section")
    r"|\bpersonally\s+liable\s+for\s+(?:any|an)\s+(?:action|act|decision)\s+taken\s+(?:under|pursuant\s+to)\s+this\s+"
    r"(?:section|subsection|chapter|act|article)\b"
)
_AVAILABLE_IN_OTHER_CASES = compile_pattern(
    r"\b(?:in|for)\s+(?:all|any|every)\s+other\s+(?:cases?|actions?|claims?|suits?)\b[^.;]{0,40}?"
    r"\b(?:immunit(?:y|ies)|defen[cs]es?)\b[^.;]{0,60}?\b(?:(?:shall|may|will)\s+(?:only\s+)?be|is|are)\s+"
    r"(?:only\s+)?available\b"
)


_EXCEPT_EQUITABLE_CLAIMS = compile_pattern(
    r"except\s+(?:as\s+to|in|for|with\s+respect\s+to)\s+(?:an?\s+|any\s+)?(?:claims?|actions?)\s+(?:for|seeking)\s+"
    r"(?:only\s+)?(?:prospective\s+)?(?:declaratory|injunctive|equitable)(?:,?\s+(?:or|and|and/or)\s+(?:declaratory"
    r"|injunctive|equitable))?\s+relief(?:\s+only)?\s*(?:[.;]|$)"
)


# An instruction that strikes a whole subsection of a section ("section 8.01-42.6 of the Code of
# Virginia is amended by striking subsection C").
_STRIKES_SUBSECTION = compile_pattern(
    r"(?:\bsection\s+(?P<section>\d[\w.-]*\w)\b[^;]{0,160}?)?\bby\s+striking\s+(?:out\s+)?subsection\s+"
    r"\(?(?P<label>[a-z0-9]{1,3})\)?(?![\w(])"
)
# A savings clause for the indemnity law as it stands.
_INDEMNITY_LAW_UNTOUCHED = compile_pattern(
    r"^\W*(?:\(\w{1,4}\)\s*)*nothing\s+in\s+this\s+(?:section|act|chapter|subsection)\b[^.;]{0,60}?"
    r"\b(?:shall\s+)?(?:affects?|limits?|impairs?|alters?|modif(?:y|ies)|changes?|diminish(?:es)?)\b"
    r"[^.;]{0,160}?\bindemni"
    # ("Nothing in this section shall be construed to require a governmental entity to indemnify a
    # peace officer ... beyond the obligations provided in section 6-903": no duty added)
    r"|^\W*(?:\(\w{1,4}\)\s*)*nothing\s+in\s+this\s+(?:section|act|chapter|subsection)\b[^.;]{0,60}?"
    r"\b(?:construed|interpreted)\s+(?:to|as)\s+(?:require|requiring|obligate|obligating|mandate|mandating)\b"
    r"[^.;]{0,80}?\bindemni"
)
# Actions described by what the defendant is not immune from ("a judgment in an action from
# which the volunteer is not immune under section 5793").
_ACTIONS_NOT_IMMUNE_FROM = compile_pattern(
    r"\bfrom\s+which\s+(?:the|an?|such)\s+[\w-]+\s+(?:is|was)\s+not\s+immune\b"
)
# "The immunity provided in section 5792", and a section that grants one ("shall be immune").
_IMMUNITY_OF_SECTION = compile_pattern(
    r"\bimmunity\s+(?:provided|granted|conferred|established|created)\s+(?:in|by|under)\s+(?:section|sec_?|§)\s*"
    r"(?P<number>\d{1,5}[a-z]?)(?![\w(-])"
)
_CLAIMS_UNDER_OR_RIGHTS = compile_pattern(
    r"\b(?:actions?|claims?|suits?)\s+(?:brought\s+)?(?:under|pursuant\s+to)\b|\bdepriv\w*|\brights?\b"
)
_GRANTS_IMMUNITY = compile_pattern(
    r"\b(?:shall\s+be|is|are)\s+immune\s+from\s+(?:civil\s+)?(?:liability|suit)\b"
)
# A wide class narrowed to its police by a relative clause ("against a state actor who is a law
# enforcement officer").
_WIDE_CLASS_WHO_IS_POLICE = compile_pattern(
    r"\bagainst\s+(?:an?|any|the|each)\s+(?:[\w-]+\s+){1,4}?who\s+is\s+(?:also\s+)?an?\s+"
    r"(?:law\s+enforcement|peace|police)\s+officer\b"
)
# A defined term's exclusions, the first one after the opening ('"Covered employee" does not
# include: (1) a law enforcement officer ...').
_TERM_EXCLUDES = compile_pattern(
    # (the opening quote may have gone with the sentence before: '... or trust. "Person" does
    # not include')
    # (or after a heading and "For the purposes of this act, ": '[NEW MATERIAL] EXCLUSION.--For
    # the purposes of this act, "public employee" does not include a law enforcement officer')
    r"^\W*(?:\(\w{1,4}\)\s*)*(?:[^\"“;]{0,60}?\bfor\s+(?:the\s+)?purposes?\s+of\s+this\s+(?:act|section|chapter"
    r"|article|subchapter|part),\s*)?[\"“]?(?P<term>[^\"”.;]{2,60})[\"”]\s+(?:does|shall)\s+not\s+include:?\s*"
    r"(?:\(\w{1,4}\)\s*)?(?P<rest>[^;]{1,200})"
)


# A term widened in a sentence of its own: 'the term "officer" also includes ...', '"covered
# officer" includes every officer and employee of the state ...'.
_INCLUSION_OF_A_TERM = compile_pattern(
    r"[\"“'‘](?P<term>[^\"”'’.;]{2,60})[\"”'’]\s+(?:shall\s+)?(?:also\s+)?(?:includes?|include)\b,?\s+(?:also\s+)?"
    r"(?P<rest>[^;.]{3,300})"
)
# Which readings of a class a later inclusion may widen, and to what.
_WIDENS = frozenset(
    {
        (Role.POLICE_NARROW, Role.POLICE),
        *(
            (narrower, Role.BROAD)
            for narrower in (
                Role.POLICE,
                Role.POLICE_NARROW,
                Role.STATE_ONLY,
                Role.LOCAL_ONLY,
                Role.POLICE_AND_OTHERS,
            )
        ),
    }
)
# "The term does not include ...", after a definition: the term that definition defines.
_THE_TERM_EXCLUDES = compile_pattern(
    r"^\W*(?:\(\w{1,4}\)\s*)*(?:the|such)\s+(?:term|word|phrase)\s+(?:does|shall)\s+not\s+include:?\s*"
    r"(?:\(\w{1,4}\)\s*)?(?P<rest>[^;]{1,200})"
)
_TERM_ANAPHOR_REACH = 40


def _first_listed(text: str) -> str:
    """The first item of a list of classes ("a law enforcement officer as defined in ...; a
    correctional officer"): up to the first comma, semicolon, bracket, "and", "or" or "as
    defined"."""
    return rx.split(r"[,;(]|\s+(?:and|or|as defined)\s+", text)[0]


# Other statutes set aside for the action of the section a sentence stands in.
_UNDER_THIS_SECTION = compile_pattern(
    r"\bapply\s+to\s+(?:an?|any|the)\s+(?:civil\s+)?(?:action|claim|suit)s?\s+(?:brought\s+)?(?:under|pursuant\s+to)\s+"
    r"this\s+(?:section|subsection)\b"
)
# A section applied from a date on ("applies only to conduct occurring on or after the
# effective date of this act").
_FROM_ITS_DATE = compile_pattern(
    r"\bapplies\s+only\s+to\s+(?:conduct|acts?|omissions?|causes?\s+of\s+action|claims?|actions?|violations?"
    r"|deprivations?)\b[^.;]{0,60}?\b(?:on\s+or\s+after|after)\s+(?:the\s+)?(?:effective\s+date|date\s+of"
    r"|(?:that|such|this)\s+date"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)"
)
# The governments and their officers left out of a term ("does not include the state, a political
# subdivision, ... or any officer or employee of a public body").
_GOVERNMENT_EXCLUDED = compile_pattern(
    r"\bnot\s+include\b[^.]{0,40}?\b(?:the\s+state|this\s+state|a\s+political\s+subdivision|a\s+public\s+body"
    r"|a\s+governmental\s+(?:entity|unit)|any\s+(?:public\s+)?officer)\b"
)
# An officer's liability owed to the government itself.
_LIABLE_TO_THE_GOVERNMENT = compile_pattern(
    r"\b(?:liable|indebted|answerable)(?:\s+and\s+responsible)?\s+to\s+(?:the|its|his|her|their)\s+"
    # ("shall be liable and responsible to the assisting municipal corporation or fire district
    # for any loss of or damage to apparatus": one government's debt to another)
    r"(?:(?:assisting|requesting|other|aiding)\s+)?(?:employing\s+(?:agency|entity|unit)"
    r"|employer|state|commonwealth|county|city|municipality|municipal\s+corporation|fire\s+district"
    r"|agency|department)\b"
    r"(?!\s+(?:for|in)\s+(?:damages|a\s+civil\s+action)\s+(?:to|by)\s+(?:the\s+)?(?:person|individual|party))"
    # ("... shall be jointly and severally liable to the city's or town's self-insurance fund for
    # the amount paid, as between themselves")
    r"|\bliable\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:self-insurance\s+)?fund\s+for\s+the\s+amount\s+paid\b"
)
# Liability for breaking the act itself ("who intentionally violates this act").
_VIOLATES_THIS_ACT = compile_pattern(
    r"\bwho\s+(?:\w+\s+){0,2}?violates?\s+(?:this|the)\s+(?:act|chapter|section|article|subchapter)\b"
)
# Suits between a government and its own officer, either way round.
_GOVERNMENT_SUES_ITS_OFFICER = compile_pattern(
    # ("If a political subdivision pays a judgment ... under section 1983 ..., the political
    # subdivision may recover from the peace officer the amount paid")
    # ("Upon payment under subsection (1), the pool is subrogated ... and may bring an action
    # against the police officer": an insurer of governments, in their place)
    r"\W*(?:\(\w{1,4}\)\s*|\w{1,3}[._]\s+)*(?:(?:if|when|where|whenever)\s+|(?:upon|after)\s+[^,;.]{1,80},\s+)?"
    r"(?:an?|any|the|each)\s+(?:governmental\s+entity|public\s+(?:entity|employer|body)"
    r"|political\s+subdivision|employer|employing\s+(?:agency|entity)|agency|state|commonwealth|county|city"
    r"|municipality|(?:self-insurance\s+|risk\s+)?pool"
    # ("A member may recover from its law enforcement officer an amount not exceeding five
    # percent of any such payment": a risk pool's member government, not a member of the public)
    r"|member(?!\s+of\b)"
    # ("the commission may bring a civil action against a law enforcement agency that fails to
    # report": a regulator's enforcement suit)
    r"|school\s+district|commission|board|council|department|attorney\s+general"
    # ("a law enforcement agency may bring a civil action against a former police officer";
    # "the Illinois Law Enforcement Training and Standards Board may bring ...")
    r"|(?:law\s+enforcement|state|local)\s+agency|(?:[\w-]+\s+){1,6}?(?:commission|board|council))\b"
    # ("A political subdivision that pays any judgment or settlement in a civil action against a
    # peace officer for ... may bring an action against the officer": a long relative clause)
    r"[^.;]{0,350}?\bmay\s+"
    # ("A county ... that pays a judgment ... entered against a law enforcement officer it employs
    # may recover from the officer, in an action for contribution, ...")
    r"(?:recover\s+from\s+(?:the|an?|its|that|such)\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?)\b|"
    # ("An employing agency may bring a claim for contribution against an officer whose ...")
    r"(?:bring|file|maintain|commence|present)\s+(?:an?\s+)?(?:civil\s+)?(?:action|claim|suit)(?:\s+for\s+(?:contribution"
    r"|reimbursement|indemnity|indemnification|recovery))?"
    # ("may file a claim with the joint committee on special claims against the state")
    # ("the Attorney General may bring an action on behalf of the Commonwealth against that
    # officer to recover the compensation paid")
    r"(?:\s+(?:with|before|in|on\s+behalf\s+of)\s+[^.;]{1,80}?)?\s+against\s+(?:the|an?|its|that|such|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:officers?|employees?|state"
    # ("A school district may bring an action against the law enforcement agency that assigned
    # the officer ... because the agency breached the agreement": one public body suing another)
    r"|agency|entity|department|county|city|municipality|political\s+subdivision|(?:local\s+)?government"
    r"|school\s+district)\b)"
)
_PAYS_WHAT_ONE_IS_LIABLE_FOR = compile_pattern(
    r"\b(?:pay|paid|payment|indemnify|satisfy)\b[^.;]{0,200}?\bfor\s+which\b[^.;]{0,100}$"
)
_DENIED_IN_A_LIST = compile_pattern(
    r"\b(?:does|do|shall|may|will)\s+not(?:\s+be\s+(?:construed|interpreted)\s+to)?\s*:"
)
_CREATES_JUST_BEFORE = compile_pattern(
    r"\b(?:create|establish|confer|give\s+rise\s+to)\s+(?:any|a|an)?\s*(?:[\w-]+\s+){0,4}?(?:or\s+)?(?:an?\s+)?$"
)
_FEES_IN_OPEN_GOVERNMENT_SUIT = compile_pattern(
    r"\bcivil\s+forfeiture\b|\bopen\s+meetings?\b|\bsunshine\s+law\b"
)
_FEES_IN_LABOR_PROCEEDING = compile_pattern(
    r"\barbitrat(?:ion|or|ors)\b|\bgrievances?\b|\bcollective(?:ly)?\s+bargain\w*|\bunfair\s+labor\s+practices?\b"
    r"|\blabor\s+(?:relations\s+)?(?:board|commission)\b|\bemployee\s+organizations?\b|\b(?:police\s+)?unions?\b"
    # ("In any proceeding before the commission or a court concerning the discipline of a public
    # safety employee")
    r"|\b(?:concerning|regarding|involving)\s+the\s+discipline\s+of\b|\bdisciplinary\s+(?:proceedings?|appeals?|hearings?)\b"
    # ("In an action in court to review the decision of the hearing officer, the court shall
    # award ... fees to the prevailing party", where the officer sought review of discipline)
    r"|\breview\s+(?:of\s+)?(?:the|a|an)\s+(?:decision|order|determination|ruling|award)\s+of\s+(?:the|a|an)\s+"
    r"(?:hearing\s+(?:officer|examiner|panel)|administrative\s+law\s+judge|arbitrator|arbitration\s+panel"
    r"|(?:[\w-]+\s+){0,3}?(?:board|commission))\b"
)
# Fees a commission, board or hearing officer awards in its own proceeding ("the Commission
# shall award reasonable attorney's fees to a prevailing complainant"), not a court in the claim.
_FEES_AWARDED_BY_A_TRIBUNAL = compile_pattern(
    r"\b(?:"
    + _AWARDING_BODIES
    + r"|hearing\s+(?:officer|examiner)|administrative\s+law\s+judge|ombuds\w*)"
    + _BODY_SHALL_AWARD
    + r"[^.;]{0,80}?\b(?:attorney|attorneys|attorney's|counsel)\b"
)
# A supplier's suit over its contract ("A vendor that supplied goods ... may bring an action
# against the county ... for the unpaid balance"), or a requester's over a records request.
_CONTRACT_OR_RECORDS_SUIT = compile_pattern(
    r"\W*(?:\(\w{1,4}\)\s*|\w{1,3}[._]\s+)*(?:an?|any|the|each)\s+(?:[\w-]+\s+){0,2}?(?:vendors?|contractors?"
    r"|suppliers?)\b[^.;]{0,200}?\bmay\s+(?:bring|file|maintain|commence)\b"
    r"|\bamounts?\s+(?:due|owed|owing)\s+under\s+(?:the|a|its)\s+(?:written\s+)?contract\b"
    r"|\bcontracted\s+(?:with\s+[^.;]{0,60}?\s+)?to\s+(?:provide|furnish|supply|perform)\b"
    r"|\b(?:furnished|supplied|provided|sold)\s+goods\b[^.;]{0,160}?\bfor\s+(?:any\s+|the\s+)?amounts?\s+(?:due|owed|owing)\b"
    r"|\b(?:request|application)\s+to\s+(?:inspect|copy|obtain)\s+(?:a\s+|the\s+|any\s+)?(?:public\s+)?records?\b"
    # "Any person may bring an action ... to authorize disclosure of a mobile video recording or
    # the information contained in an investigative report": a suit for records.
    r"|\b(?:actions?|suits?|petitions?|proceedings?)\b[^.;]{0,120}?\bto\s+(?:authorize|compel|order|obtain"
    r"|require)\s+(?:the\s+)?(?:disclosure|release|production|inspection|copying)\s+of\b"
)


# A section's heading and catch-line run into its first sentence ("section 2. [new material]
# action by public body to recover amounts paid.-- a_ a public body that ...").
_CATCH_LINE_BEFORE = compile_pattern(r"[^\n]{0,200}?(?:--|\u2014|[._]-)\s*")


def _after_catch_line(body: str) -> str:
    """A clause without the heading and catch-line that run into it, if any."""
    heading = _CATCH_LINE_BEFORE.match(body)
    return body[heading.end() :] if heading is not None else body


def _claim_of_others(body: str) -> bool:
    """Whether a claim is one no member of the public brings for a deprivation of rights: one
    between others (:func:`_claim_between_others`) or for compensation after a wrongful
    conviction."""
    return _claim_between_others(body) or _compensation_for_wrongful_conviction(body)


def _compensation_for_wrongful_conviction(body: str) -> bool:
    """Whether a clause is about compensation owed without fault after a wrongful conviction
    ("for each year of imprisonment", "a certificate of innocence"), with no deprivation of
    rights named."""
    return _WRONGFUL_CONVICTION.search(body) is not None and _RIGHTS_WRONG.search(body) is None


# A claim under federal law named as what a rule is about: "an action under 42 U.S.C. 1983",
# "claims arising under federal civil rights statutes".
_FEDERAL_CLAIM = compile_pattern(
    r"\b(?:actions?|claims?|suits?|proceedings?)\s+(?:[\w-]+\s+){0,12}?(?:under|pursuant\s+to)\s+(?:the\s+)?"
    r"(?:42\s+u[\W_]{0,2}s[\W_]{0,2}c[\W_]{0,2}\s*(?:§+\s*|s(?:ec\w*)?[\W_]{0,2}\s*)?1983"
    r"|(?:section\s+)?1983\s+of\s+title\s+42|section\s+1983|federal\s+(?:civil[- ]rights\s+)?(?:laws?|statutes?))"
)
# A claim of state law named beside it: the bill's own, or one for the state constitution's rights.
_STATE_CLAIM_NAMED = compile_pattern(
    r"\b(?:actions?|claims?|suits?)\s+(?:[\w-]+\s+){0,3}?(?:under|pursuant\s+to)\s+(?:this|such)\s+"
    r"(?:act|section|subsection|chapter|article|law)\b|\bconstitution\s+of\s+(?:this|the)\s+state\b"
    r"|\bstate\s+constitution\b|\bconstitution\s+of\s+the\s+commonwealth\b"
)
# What a state may say of such claims without giving one: that it waives its immunity or
# consents to suit on them, or that its own limits or rules do not apply to them.
_WAIVER_OR_CONSENT_TO_SUIT = compile_pattern(
    r"\bwaive[sd]?\b[^.;]{0,60}?\bimmunity\b|\bconsents?\s+to\s+(?:be\s+)?su(?:it|ed)\b"
    r"|\b(?:do|does|shall)\s+not\s+apply\s+to\s+(?:an?|any)\s+(?:civil\s+)?(?:actions?|claims?|suits?)\b"
)


def _about_federal_claims_only(body: str) -> bool:
    """Whether a clause's rule is for claims under federal law (section 1983, federal civil
    rights statutes) and names no claim of state law: a state bill cannot cap those claims or
    give or take defenses in them, and the clause creates no claim of its own ("This chapter,
    including its limits on liability, does not apply to an action under 42 U.S.C. 1983"; "The
    State consents to suit on claims arising under 42 U.S.C. 1983")."""
    return _FEDERAL_CLAIM.search(body) is not None and _STATE_CLAIM_NAMED.search(body) is None


def _claim_between_others(body: str) -> bool:
    """Whether a claim is one of those no member of the public brings against public actors:
    an officer's against his employer, a public body's, a supplier's or a records requester's,
    a suit to oust an official, or liability for a false claim on public money."""
    return bool(
        _OFFICER_SUES_THE_GOVERNMENT.search(body)
        # ("A person who files a complaint ... knowing the allegation to be false, shall be liable
        # to the peace officer for the damages caused thereby": the officer's own claim)
        or _LIABLE_TO_AN_OFFICER.search(body)
        or _COMPENSATION_CLAIM_TO_AN_AGENCY.search(body) is not None
        or _GOVERNMENT_SUES_ITS_OFFICER.match(_after_catch_line(body))
        or _CONTRACT_OR_RECORDS_SUIT.match(body)
        # (these name no wrong of their own: they are others' only where no right is named)
        or (
            (
                _OUSTER_OR_FALSE_CLAIM.search(body)
                or _CLAIM_FOR_COSTS.search(body)
                or _CONTRACT_OR_RECORDS_SUIT.search(body)
            )
            and not _RIGHTS_WRONG.search(body)
        )
    )


# "an action in the nature of quo warranto to remove from office a police commissioner"; "an
# officer who knowingly presents ... a false claim for overtime ... is liable": the State's
# remedies for its own offices and purse.
_OUSTER_OR_FALSE_CLAIM = compile_pattern(
    r"\bquo\s+warranto\b|\bremov\w*\s+(?:\w+\s+){0,3}?from\s+(?:public\s+)?office\b"
    r"|\b(?:presents?|submits?|makes?|made|presented|submitted)\b[^.;]{0,80}?\bfalse\s+(?:or\s+fraudulent\s+)?"
    r"(?:claims?|records?|statements?)\b"
)
# "A hospital that provides medical care to a person in custody may file a claim against the
# city or county for the reasonable cost of that care": a bill for services, no wrong.
_CLAIM_FOR_COSTS = compile_pattern(
    r"\bmay\s+(?:file|bring|present|submit)\s+(?:a|an)\s+(?:claim|action|petition)\b[^.;]{0,160}?\bfor\s+(?:the\s+)?"
    r"(?:reasonable\s+|actual\s+)?(?:costs?|expenses?|payment|reimbursement|charges?)\s+(?:of|for)\b"
)
# "... may file a claim with the department for compensation": a compensation program's claim,
# paid by an agency whatever anyone's fault, not a suit against officers.
_COMPENSATION_CLAIM_TO_AN_AGENCY = compile_pattern(
    r"\bmay\s+(?:file|present|submit|make)\s+(?:a|an)\s+(?:written\s+)?(?:claim|application)\s+(?:with|to)\s+(?:the|a)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:department|board|commission|division|fund|office|program)\s+for\s+(?:compensation|an?\s+award)\b"
)
_WRONGFUL_CONVICTION = compile_pattern(
    r"\bfor\s+each\s+year\s+of\s+(?:wrongful\s+)?(?:imprisonment|incarceration|confinement)\b"
    r"|\b(?:wrongful(?:ly)?|unjust(?:ly)?|erroneous(?:ly)?)\s+(?:convict|imprison|incarcerat)"
    r"|\bcertificate\s+of\s+innocence\b|\bactual(?:ly)?\s+innocen"
    # ("convicted and imprisoned for a felony the claimant did not commit")
    r"|\bconvicted\b[^.;]{0,80}?\bdid\s+not\s+commit\b"
)
_LIABLE_TO_AN_OFFICER = compile_pattern(
    r"\bliable\s+to\s+(?:the|an?|any|such|that)\s+(?:[\w-]+\s+){0,2}?(?:officers?|deput(?:y|ies)|troopers?"
    r"|constables?)\b(?!['\u2019]s)"
)
# "Any peace officer aggrieved by an action of the employer ... may ... apply to the district
# court for judicial relief"; "An officer whose rights under this chapter are violated may bring
# an action".
_OFFICER_AGGRIEVED_SUES = compile_pattern(
    r"(?:^|(?<=[\s(.:-]))(?:an?|any|the|each)\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?)\s+(?:who\s+is\s+)?"
    # (a section number's periods end no sentence: "in violation of NRS 289.020 to 289.110")
    r"(?:aggrieved|whose\s+rights\s+under\s+this\s+(?:chapter|article|subchapter|act))\b(?:[^.;]|\.(?=\d)){0,300}?"
    r"\bmay\b(?:[^.;]|\.(?=\d)){0,240}?\b(?:apply|bring|file|petition|sue|commence|maintain)\b"
)
# Someone other than an officer as the one who sues: "a person who is deprived", "the injured
# party", "any individual whose rights".
_PERSON_HARMED_SUES = compile_pattern(
    r"\b(?:person|individual|party|plaintiff|victim|resident)s?\s+(?:who\s+(?:is|was|has\s+been)\s+)?"
    r"(?:deprived|injured|harmed|aggrieved\s+by\s+(?:the\s+|a\s+|an\s+)?(?:deprivation|violation\s+of\s+(?:a|any|the)"
    r"\s+right))\b|\binjured\s+(?:person|party|individual)\b"
)
_OFFICER_SUES_THE_GOVERNMENT = compile_pattern(
    r"(?:^|(?<=[\s(.:-]))(?:an?|any|the|each)\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?)\s+"
    # ("An employee subjected to a violation of paragraph (1)", "A peace officer aggrieved by")
    r"(?:whose|who|subjected|aggrieved|against\s+whom)\b[^.;]{0,300}?\bmay\s+(?:(?:bring|file|maintain|commence)\s+"
    r"(?:an?\s+)?(?:civil\s+)?action\s+against|sue)\s+(?:the|its|his|her)\s+(?:employing\s+)?(?:governmental\s+|public\s+"
    r"|law\s+enforcement\s+)?(?:entity|employer|agency|department|body|unit|office|authority|district|state|county"
    r"|city|municipality)\b"
)
# A question put to a study ("Whether to create a civil cause of action ..."), and a request that
# another body enact something ("urging the Legislature to enact legislation creating ...").
_WHETHER_TO_CREATE = compile_pattern(
    r"\bwhether\s+(?:or\s+not\s+)?(?:to\s+(?:create|establish|enact|provide|adopt|authorize|allow)"
    r"|(?:the\s+)?(?:state|legislature|general\s+assembly|law)\s+should)\b"
)
_URGES_ENACTMENT = compile_pattern(
    r"\b(?:urg(?:e|es|ing)|request(?:s|ing)?|call(?:s|ing)\s+(?:up)?on|memoriali[sz](?:e|es|ing)|petition(?:s|ing))\b"
    r"[^.;]{0,120}?\bto\s+(?:enact|adopt|pass|introduce|consider)\b"
)
# An action to stop something, not to pay for it ("an action to enjoin a law enforcement agency").
_TO_ENJOIN = compile_pattern(r"\bto\s+(?:enjoin|restrain)\b")
# A suit the attorney general brings; liability owed to the officer himself.
_ATTORNEY_GENERAL_SUES = compile_pattern(
    # (or a prosecutor: "The attorney for the Commonwealth for the locality ... may bring an action
    # in the name of the Commonwealth")
    r"\b(?:attorney\s+general|attorney\s+for\s+the\s+commonwealth|district\s+attorney|state's\s+attorney"
    r"|prosecuting\s+attorney|county\s+attorney)\b[^.;]{0,80}?\bmay\s+(?:bring|file|commence|maintain|institute)\b"
)
_NO_DAMAGES_AWARDED = compile_pattern(
    r"\b(?:shall|may)\s+not\s+award\s+(?:any\s+)?(?:(?:compensatory|punitive|monetary|actual)\s+(?:or\s+"
    r"(?:compensatory|punitive)\s+)?)?damages\b"
    # ("no damages shall be recovered in an action under this section"; "no money damages shall
    # be sought")
    r"|\bno\s+(?:monetary\s+|money\s+)?damages\s+(?:shall|may)\s+be\s+(?:awarded|recovered|sought)\b"
    # ("This section does not authorize an award of damages")
    r"|\b(?:does|shall)\s+not\s+authori[sz]e\s+(?:an?\s+)?award\s+of\s+(?:money\s+)?damages\b"
    # ("Nothing in this chapter authorizes an award of damages to the taxpayer")
    r"|\bnothing\s+in\s+this\s+\w+\s+authori[sz]es\s+(?:an?\s+)?award\s+of\s+(?:money\s+)?damages\b"
)
_CIVIL_PENALTY_SOUGHT = (
    r"\bfor\s+(?:a\s+|any\s+)?civil\s+penalt(?:y|ies)\b"
    # ("... may bring a civil action in the name of the State to recover a penalty under G.S.
    # 1-539.31")
    r"|\bto\s+recover\s+(?:a|any|the)\s+(?:civil\s+)?penalt(?:y|ies)\b"
)
_A_CIVIL_PENALTY = compile_pattern(_CIVIL_PENALTY_SOUGHT)
_ON_BEHALF_OF_THOSE_HARMED = compile_pattern(
    r"\bon\s+behalf\s+of\s+(?:the\s+|any\s+)?(?:individuals?|persons?|people|residents?|victims?)\b"
)
_FOR_EQUITABLE_RELIEF = compile_pattern(
    # ("for appropriate equitable and declaratory relief", "to obtain injunctive relief", "for
    # prospective relief only")
    r"\b(?:for|to\s+obtain|seeking)\s+(?:appropriate\s+)?(?:declaratory|injunctive|equitable|prospective)(?:,?\s+(?:and|or)\s+(?:declaratory|injunctive|equitable))?\s+relief\b"
)
# An indemnity the payer may withhold in some cases: "..., except that if the employee has been
# terminated for the conduct giving rise to the claim, the governmental entity may, but is not
# required to, indemnify the employee".
_OPTIONAL_IN_SOME_CASES = compile_pattern(
    r"\b(?:except|unless|provided)\b[^.;]{0,200}?\bmay,?\s+(?:but\s+(?:is|shall)\s+not\s+(?:be\s+)?"
    r"(?:required|obligated)\s+to|in\s+its\s+(?:sole\s+)?discretion),?\s+(?:indemnify|pay)\b"
)
# Police named as such, not a bare "officer" (which may be any public officer).
_POLICE_BY_NAME = compile_pattern(
    r"\b(?:peace|police|law[-\s]enforcement|correctional|detention)\s+officers?\b|\bsheriffs?\b|\bdeput(?:y|ies)\b"
    r"|\btroopers?\b|\bconstables?\b|\bmarshals?\b|\bpolice\b"
)
# A tort-claims act by its name ("the Local Governmental and Governmental Employees Tort
# Immunity Act", "the Governmental Tort Claims Act", "the State Employees Liability Act").
_TORT_ACT_NAMED = compile_pattern(
    r"\bthe\s+(?:[\w'-]{1,30}\s+){1,8}?(?:tort\s+(?:claims?|immunity|liability)|(?:governmental\s+)?immunity"
    r"|(?:employees?\s+)?liability|claims)\s+act\b"
)
_LIABLE_AS_OTHER_LAW_PROVIDES = compile_pattern(
    r"\bliable\b[^.;]{0,120}?\b(?:as|to\s+the\s+extent)\s+(?:otherwise\s+)?provided\s+(?:by|in|under)\s+"
    r"(?:other\s+|existing\s+)?law\b[^.]{0,40}?\bnothing\s+in\s+this\s+(?:section|act|subsection|chapter)\s+"
    r"(?:enlarges|expands|creates|extends)\b"
)
_ORDAINING_FORMULA = compile_pattern(
    r"\bbe\s+it\s+(?:further\s+)?ordained\b|\b(?:does|do)\s+(?:hereby\s+)?ordain\b|\bhereby\s+ordains\b"
)
_ENACTING_FORMULA_HEAD = 3_000
# A statute's number as an instruction cites it: "30.265" (or "30_265", periods masked),
# "13-21-131", "§ 8553" (a bare number may be a year, a page or a bill's: "Act of 1975").
_STATUTE_NUMBER = compile_pattern(r"\b\d+[._:-]\d+(?:[._:-]\d+)*[a-z]?\b|(?<=§)\s?\d{3,6}\b")
_SUCH_A_RIGHT = compile_pattern(r"\bsuch\s+(?:a\s+)?rights?\b|\bthat\s+right\b")
_CLAIMS_UNDER_A_SECTION_EXCLUDED = compile_pattern(
    r"\b(?:no\s+(?:action|claim|suit)\s+(?:may|shall)\s+(?:be\s+(?:brought|maintained)|lie)"
    r"|(?:does|shall)\s+not\s+apply\s+to)\b[^.;]{0,80}?\b(?:claims?|actions?)\s+(?:arising\s+under|based\s+on)\s+"
    r"(?:section|sections|§+|art(?:icle|\.)?)\s*[\divxlc]+\b[^.;]{0,60}?\bconstitution\b"
)
_APPLIES_ONLY_IN_ONE_LOCALITY = compile_pattern(
    r"\b(?:section|act|subtitle|chapter|article|part|subsection)\s+(?:applies|shall\s+apply)\s+only\s+"
    r"(?:in|to|within)\s+(?!(?:a|an|any|each|every|the|all|that|such|this)\b)[\w.'\u2019 -]{2,40}?\s+"
    r"(?:county|city|parish|borough|town|township|village)\b"
)
_FOR_A_DECLARATION_OR_INJUNCTION = compile_pattern(
    r"\bfor\s+(?:an?\s+)?(?:declaration|declaratory\s+judgment|injunction)\b"
)
# A suit brought for the State by anyone ("Any person may bring a civil action ..., in the name of
# the state, against a law enforcement agency"): a relator's, whose recovery is the State's.
# An indemnity of the penalty the State recovers, not of what a person wronged recovers.
_INDEMNITY_OF_A_PENALTY = compile_pattern(
    r"\b(?:indemnif(?:y|ies)|reimburse|hold\s+harmless)\b[^.;]{0,120}?\bfor\s+(?:any|a|the|each)\s+"
    r"(?:civil\s+)?(?:penalt(?:y|ies)|fines?)\b"
)
_A_VICTIMS_RECOVERY = compile_pattern(r"\bjudgments?\b|\bdamages\b|\bsettlements?\b|\bawards?\b")
# Sections named in an exception ("except sections 670.4A and 670.5", "except K.S.A. 75-6104
# and 75-6105, and amendments thereto").
_EXCEPTED_SECTIONS = compile_pattern(
    r"\bexcept(?:\s+for)?\s+(?:(?:sections?|ss?[._]|§+|k[._]s[._]a[._]|subsections?)\s*)?\d[\w_.-]*(?:\s*\(\w{1,4}\))*"
    r"(?:\s*(?:,|,?\s*(?:and|or))\s+(?:(?:sections?|ss?[._]|§+|k[._]s[._]a[._])\s*)?\d[\w_.-]*(?:\s*\(\w{1,4}\))*)*"
)
_EXCEPT_THE_STATES_OWN_CLAIMS = compile_pattern(
    r"except\b[^.;]{0,100}?\b(?:claims?|actions?|suits?)\s+against\s+(?:this|the)\s+(?:state|commonwealth)\s+itself\b"
    r"|except\b[^.;]{0,100}?\bagainst\s+(?:this|the)\s+(?:state|commonwealth)\b[^.;]{0,40}?\brather\s+than\s+against\b"
)
_EXCEPT_AS_THE_FACTS_BEAR_ON_THE_WRONG = compile_pattern(
    r"except\s+to\s+the\s+extent\s+(?:that\s+)?(?:the\s+)?(?:circumstances|facts|evidence)\s+(?:bears?|are\s+relevant"
    r"|is\s+relevant)\s+(?:on|to)\s+whether\s+(?:a|the|any)\s+(?:constitutional\s+)?right\s+was\s+(?:violated|deprived)"
)
# A lead-in that makes the items after it a public payer's duties: "(C) The City shall:".
_DUTIES_LEAD_IN = compile_pattern(
    r"\b(?:the|each|every|any|a|an)\s+(?:[\w'\u2019-]{1,30}\s+){0,6}?(?:city|county|state|commonwealth|employer|agency|entity"
    r"|municipality|town|village|subdivision|government|department|district)\s+(?:shall|must)\s*[:\-\u2014]\s*"
    r"(?:\d{1,2}\.\s*$)?"
)
_LEAD_IN_END = compile_pattern(r"\s*[:\-\u2014]\s*(?:\d{1,2}\.)?\s*$")
_ITEM_LABEL = compile_pattern(r"^(?:(?:and|or)\s+)?(?:\(?\w{1,3}[).]\s*)+")
_PAYS_A_JUDGMENT_ITEM = compile_pattern(
    r"\bindemnif|\bpay\s+(?:the\s+)?(?:full|entire|whole)\s+(?:amount\s+)?of\s+(?:the|any|each|a)\s+(?:final\s+)?"
    r"(?:judgment|judgement|settlement|award)|\bpay\s+(?:any|the|each|every)\s+(?:final\s+)?(?:judgment|judgement"
    r"|settlement|award)"
)
# A claim whose defendants are listed after it: "Each of the following who ... is liable ...:",
# "The following persons are liable ...:".
_DEFENDANTS_LISTED_AFTER = compile_pattern(
    r"\b(?:(?:each|any|all|every)\s+(?:one\s+)?of\s+the\s+following|the\s+following\s+"
    r"(?:persons?|officers?|individuals?|employees?|people|entities|public\s+(?:employees?|officers?)))\b"
)
_LIST_LEAD_IN_REACH = 200
_NONE_OF_THE_FOLLOWING_IS_A_DEFENSE = compile_pattern(
    r"\b(?:none|neither|no\s+one)\s+of\s+the\s+following\s+(?:shall\s+be|is|are|may\s+be\s+(?:raised|asserted)\s+as)\s+"
    r"(?:an?\s+)?defen[cs]es?\b[^.;]{0,160}:\s*(?:\d{1,2}\.)?$"
)
_THIS_LARGER_UNIT = compile_pattern(r"\bthis\s+(?:chapter|article|act|subchapter|part|title)\b")
_IN_THE_STATES_NAME = compile_pattern(
    r"\bin\s+the\s+name\s+of\s+the\s+(?:state|commonwealth|people|district)\b"
)
# A section that makes the State's suit a penalty ("The court shall impose on an officer found
# liable under this section a civil penalty of not less than $2,500"), or denies the person wronged
# a suit of his own ("This section does not create a private right of action").
_PENALTY_IMPOSED = compile_pattern(
    r"\b(?:shall|may)\s+(?:impose|assess|levy)\b[^.;]{0,80}?\bcivil\s+penalt(?:y|ies)\b"
)
_DAMAGES_AWARDED = compile_pattern(
    r"\b(?:award|recover)\w*\s+(?:(?:compensatory|actual|punitive|money|monetary|and|or|,)\s+){0,4}damages\b"
)
_NO_PRIVATE_RIGHT_OF_ACTION = compile_pattern(
    r"\b(?:does|shall)\s+not\s+(?:create|establish|confer)\s+(?:a|any)\s+private\s+(?:right\s+of\s+action"
    r"|cause\s+of\s+action)\b"
)
_LIABLE_TO_THE_OFFICER = compile_pattern(
    r"\bliable\s+to\s+(?:the|that|such)\s+(?:[\w-]+\s+){0,2}?officer\b"
)
# An indemnity of everything but the officer's own share.
_ALL_BUT_THE_OFFICERS_SHARE = compile_pattern(
    r"\bindemnify\b[^.;]{0,160}?,?\s*except\s+that\s+the\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant)\s+"
    r"shall\s+(?:personally\s+)?pay\b"
)
# An order to print a ballot title or question, which then follows.
_BALLOT_TITLE_ORDERED = compile_pattern(
    r"\b(?:shall|must)\s+(?:print|place|prepare|submit)\b[^.;:]{0,60}?\bthe\s+following\s+(?:ballot\s+(?:title|question"
    r"|summary)|question)\b[^:]{0,80}:"
)
# A doctrine term defined for equitable actions only ("... as asserted in an action in which
# the plaintiff seeks only declaratory or injunctive relief").
_ONLY_IN_EQUITABLE_ACTIONS = compile_pattern(
    r"\b(?:seeks?|seeking|for)\s+only\s+(?:declaratory|injunctive|equitable|prospective)\b"
    r"|\b(?:declaratory|injunctive|equitable)(?:\s+(?:or|and)\s+(?:declaratory|injunctive|equitable))?"
    r"\s+relief\s+only\b"
    # ("shall not bar an action under this section to the extent the action seeks declaratory or
    # injunctive relief": barred for that part of the action, kept where damages are sought)
    r"|\bto\s+the\s+extent\s+(?:that\s+)?(?:the|an|such)\s+(?:action|claim|suit|plaintiff)\s+(?:seeks?|requests?)\s+"
    r"(?:prospective\s+)?(?:declaratory|injunctive|equitable)\b(?![^.;]{0,40}?\bdamages\b)"
)
_EXCEPTION_READ_REACH = 600
# How far after a government's refusal for malice its exception for the bill's claims may stand.
_MALICE_EXCEPTION_REACH = 200
_JUDGES_AND_LAWMAKERS_KEEP = compile_pattern(
    r"\b(?:judges?|justices?|magistrates?|legislators?|members?\s+of\s+the\s+(?:legislature|general\s+assembly"
    r"|senate|house)|prosecut\w+)\b[^.]{0,80}?\b(?:retains?|keeps?|shall\s+(?:retain|keep|have)|(?:is|are)\s+entitled"
    r"\s+to)\b[^.]{0,40}?\b(?:absolute|judicial|legislative|prosecutorial|speech\s+or\s+debate|the\s+immunity)"
)
_STATES_OWN_IMMUNITY_KEPT = compile_pattern(
    r"except\s+that\s+(?:nothing\s+in\s+)?this\s+(?:sub)?(?:section|act|chapter|article)\s+(?:does\s+not\s+|shall\s+not\s+)?"
    r"(?:abrogates?|waives?|affects?|limits?)\s+(?:the\s+)?(?:sovereign\s+)?immunity\s+of\s+the\s+(?:state|commonwealth)"
    r"\b(?:\s+itself)?(?![^.;]{0,20}\b(?:officers?|employees?|agents?)\b)"
    # ("except that the Commonwealth and its agencies retain the sovereign immunity recognized by
    # Section 231 of the Constitution": the State's own immunity as an entity)
    r"|except\s+that\s+the\s+(?:state|commonwealth)(?:\s+and\s+its\s+(?:agencies|departments|instrumentalities))?"
    r"\s+(?:retains?|keeps?|shall\s+retain)\s+(?:its\s+|the\s+)?sovereign\s+immunity\b"
    r"(?![^.;]{0,40}\b(?:officers?|employees?|agents?)\b)"
)
_OFFICERS_IN_EXCEPTION = compile_pattern(
    r"\b(?:qualified|good\s+faith|reasonabl[ey]|clearly\s+established|officers?|police|peace|deput(?:y|ies)"
    r"|employees?)\b"
)


def _police_excluded_by_definition(definition: str) -> bool:
    """Whether a class's definition leaves all police out ("... of any political corporation,
    other than a law enforcement officer"); not when "other than a peace officer" is itself an
    exception to what the definition leaves out ("but does not include an employee, other than a
    peace officer, of a local board of education": the board's officers stay in)."""
    # (nor when it stands before what is left out: "but, other than a law enforcement officer,
    # does not include any employee of a school district")
    return any(
        not rx.search(r"(?:not\s+include|exclud\w*|except)\b[^.;]{0,40}$", definition[: m.start()])
        and not rx.match(
            r"[\s,]*(?:does|shall)\s+not\s+include\b|[\s,]*excludes?\b", definition[m.end() :]
        )
        for m in lexicon.EXCLUDED_ALL_POLICE.finditer(definition)
    )


_EXCEPT_PROCEDURAL_DEFENSES = compile_pattern(
    r"except(?:\s+for)?\s+(?:the\s+)?defen[cs]es?\s+of\s+(?:the\s+)?(?:statutes?\s+of\s+limitations?|failure\s+to\s+state"
    r"|res\s+judicata|lack\s+of\s+jurisdiction|improper\s+venue|insufficien\w+\s+(?:of\s+)?(?:service|process))"
    r"(?:[^.;:]{0,40}?\b(?:and|or)\s+(?:of\s+)?(?:the\s+)?(?:statutes?\s+of\s+limitations?|failure\s+to\s+state"
    r"|res\s+judicata|lack\s+of\s+jurisdiction|improper\s+venue))*[^.;:]{0,30}?,"
)


_PROCEDURAL_BARS = compile_pattern(
    r"\bstatutes?\s+of\s+limitations?\b|\blimitations?\s+periods?\b|\bprior\s+(?:final\s+)?judgments?\b"
    r"|\bres\s+judicata\b|\b(?:claim|issue)\s+preclusion\b|\bcollateral\s+estoppel\b"
    r"|\bfailure\s+to\s+state\s+a\s+claim\b|\black\s+of\s+(?:subject[- ]matter\s+)?jurisdiction\b"
    r"|\bimproper\s+venue\b"
)
_IMMUNITY_OR_BELIEF = compile_pattern(
    r"immun|good[- ]faith|\breasonabl|clearly\s+established|\bprivilege|\blawful|\bbelie"
)


_RIGHTS_DEFINED_ONLY_AS = compile_pattern(
    r"[\"\u201c](?:an?\s+|any\s+)?(?:rights?|constitutional\s+rights?)\b[^\"\u201d]{0,80}[\"\u201d]\s+"
    r"means\s+only\s+(?P<scope>[^;]{0,400})"
)
_STATE_ONLY_RIGHTS_EXCLUDED = compile_pattern(
    r"\bnothing\s+in\s+this\s+(?:section|act|chapter|article|subchapter)\s+(?:creates|shall\s+(?:be\s+construed\s+"
    r"to\s+)?create|is\s+intended\s+to\s+create)\s+(?:a|any)\s+(?:civil\s+)?(?:cause\s+of\s+action|claim|action)\b"
    r"[^.;]{0,120}?\bsecured\s+(?:solely|only)\s+by\s+the\s+(?:state\s+constitution|constitution\s+of\s+"
    r"(?:this\s+state|the\s+commonwealth|the\s+state\s+of\s+\w+|[a-z]+))"
)
_TERM_LEAVES_OUT_STATE_RIGHTS = compile_pattern(
    r"\b(?:does|shall)\s+not\s+include\s+(?:any|a)\s+rights?\s+secured\s+(?:solely|only)\s+by\s+the\s+"
    r"[^.;]{0,80}?\b(?:state\s+constitution|constitution\s+of\s+(?:this\s+state|the\s+commonwealth"
    r"|the\s+state\s+of\s+\w+))"
)
_FORCE_OR_SEARCH_WORDS = compile_pattern(r"\bsearch|\bseizure|\bforce\b")
_OTHER_RIGHTS_WORDS = compile_pattern(
    r"\bspeech\b|\breligio|\bassembl|\bpress\b|\bdue\s+process\b|\bequal\s+protection\b"
    r"|\bbear\s+arms\b|\bvot(?:e|ing)\b|\bprivacy\b|\bliberty\b"
)
_OFFICIAL_CAPACITY_ONLY = compile_pattern(
    r"\bin\s+(?:(?:his|her|their|its|the\s+officer's|the\s+employee's)\s+)?(?:or\s+her\s+)?official\s+capacit"
)
_PERSONAL_CAPACITY = compile_pattern(r"\b(?:individual|personal)\s+capacit")
_EXCEPT_WHERE_CONDUCT_LAWFUL = compile_pattern(
    r"(?:unless|except\s+(?:where|when|if))\s+(?:(?!believ|good\s+faith|reasonabl|clearly\s+established)"
    r"[^.;]){0,80}?\b(?:conduct|acts?|actions?)\s+(?:was|were|is|are)\s+lawful\b"
)


_EXCEPTION_CAPS_THE_AWARD = compile_pattern(
    r"(?:provided,?\s+(?:however,?\s+)?that|except\s+that)\s+(?:the\s+)?(?:total\s+|aggregate\s+)?(?:damages|recovery"
    r"|amount\s+recoverable|judgment)\b[^.;]{0,100}?\b(?:shall|may)\s+not\s+exceed\b"
)


_EXCEPT_FOR_DAMAGE_LIMITS = compile_pattern(
    r"except\s+(?:for\s+)?(?:the\s+)?(?:statutory\s+)?(?:limitations?|limits?|caps?)\s+(?:on|of)\s+"
    # (not "except for the limits on damages and the immunity of ...": up to the clause's comma)
    r"(?:the\s+)?(?:damages|liability|recovery|the\s+amount)\b(?![^.;,]{0,80}?\b(?:immun|defen[cs]e))"
)


_AS_ENACTED_BY_THIS_ACT = ("as added by", "as created by", "as enacted by")
# "Section 9-1.6-3 of the General Laws, as added by section 1 of this act, is hereby repealed."
_OWN_SECTION_REPEALED = compile_pattern(
    r"(?:section\s+)?(?P<number>\d[\w]*(?:[.-]\w+)+)(?:\s+of\s+(?:the\s+)?[\w\s]{1,40}?)?,?\s+as\s+"
    r"(?:added|created|enacted)\s+by\s+[^;]{0,80}?\bthis\s+act\)?,?\s+(?:is|are)\s+(?:hereby\s+)?repealed"
    r"(?:\s+in\s+its\s+entirety)?\s*[.;]"
)
_PART_OF_A_SECTION = compile_pattern(
    r"\b(?:subdivisions?|subsections?|paragraphs?|subparagraphs?|items?|clauses?|sentences?)\s+[\w().-]+\s+of\s+"
    r"(?:section\s+)?$"
)
_EXCEPT_EARLIER_CONDUCT = compile_pattern(
    r"(?:unless|except(?:\s+(?:for|as\s+to|in|with\s+respect\s+to))?)\s+(?:that\s+)?(?:the\s+|an?\s+|any\s+)?"
    r"(?:conduct|acts?|omissions?|claims?|actions?|causes?\s+of\s+action|deprivations?)\b[^.;]{0,80}?"
    r"\b(?:occurred|occurring|arising|arose|accrued|accruing|taken|committed)\s+(?:before|prior\s+to)\s+"
    r"(?:the\s+effective\s+date|[a-z]+\s+\d{1,2},\s+\d{4}\b)"
)


def _keeps_some_claims(body: str) -> bool:
    """Whether a clause that bars a defense keeps it for some claims: "..., unless the law
    clearly established ...", "except that an officer who relied on a statute may assert it",
    "; however, an officer shall not be liable if ...". "Except as provided in paragraph (2)"
    only points elsewhere: what that paragraph keeps is read there."""
    # An immunity granted, then denied to the bill's actions by a proviso ("Every peace officer,
    # except constables, ... shall have immunity ...; provided, however, that this subsection
    # shall not apply to an action under Section 1"): the exceptions before the proviso are the
    # grant's, not the bar's.
    if _OFFICIAL_CAPACITY_ONLY.search(body) and not _PERSONAL_CAPACITY.search(body):
        # "In an action ... against a law enforcement officer in his or her official capacity,
        # qualified immunity is not a defense": the doctrine shields officers sued personally,
        # and those suits keep it.
        return True
    if _AVAILABLE_IN_OTHER_CASES.search(body):
        # "no immunity defense shall be available if the facts would constitute excessive force;
        # in all other cases, an immunity defense shall only be available if ...": kept there.
        return True
    # A later proviso on fees or indemnity ("Provided further, that the District shall indemnify
    # the officer ..., except where the officer acted with malice") holds its own exceptions.
    payment_proviso = _PAYMENT_PROVISO.search(body)
    if payment_proviso is not None:
        body = body[: payment_proviso.start()]
    if body.count(";") >= 2:
        # A run of rules joined by semicolons ("...; qualified immunity is not a defense ...; the
        # employer shall indemnify the officer ..., except that the officer shall personally pay
        # 10%; ..."): the exceptions of a rule on payment, fees or records are that rule's.
        body = "; ".join(
            part
            for part in body.split(";")
            if not (_OTHER_SUBJECT_RULE.search(part) and not _DEFENSE_WORDS.search(part))
        )
    proviso = _PROVISO_BAR.search(body)
    for match in lexicon.EXCEPTION_WORDS.finditer(body, proviso.start() if proviso else 0):
        if proviso and match.start() == proviso.start():
            continue  # the proviso is the bar itself
        rest = body[match.start() :]
        if rx.match(r"except\s+as\s+(?:otherwise\s+)?provided\b", rest):
            continue
        # "The Tort Claims Act applies to an action under this section, except that ... no
        # defense of qualified immunity shall be available": the exception is the bar itself.
        if _EXCEPTION_IS_THE_BAR.match(rest):
            continue
        # "...; provided, however, that the total damages recoverable by all plaintiffs in any
        # such action shall not exceed $1,000,000": a cap on the award, which keeps no defense.
        if _EXCEPTION_CAPS_THE_AWARD.match(rest) or _EXCEPT_FOR_DAMAGE_LIMITS.match(rest):
            # (also "Except for the limitations on damages in Sections 11-47-190 and 11-93-2,
            # which shall continue to apply ..., no immunity ... shall bar an action": limits on
            # the award kept, no defense)
            continue
        # "the judicially created doctrine that shields officials from liability unless they
        # violated clearly established law": the doctrine described by its own test, which the
        # clause denies whole; no exception to the denial.
        if _DOCTRINE_DESCRIBED_BEFORE.search(
            body, max(0, match.start() - _DOCTRINE_DESCRIPTION_REACH), match.start()
        ) and rx.match(r"unless\b[^.;]{0,80}?\bclearly\s+established\b", rest):
            continue
        # ("(1) that a person other than the defendant contributed to the injury", an item in a
        # list of defenses that are not available): a noun's qualifier, no exception.
        if rx.match(r"other\s+than\s+(?:the|a|an)\s+(?:defendants?|plaintiffs?|officers?)\b", rest):
            continue
        # "..., unless the defendant establishes that the defendant's conduct was lawful": lawful
        # conduct deprives no one of a right, so the exception keeps no defense (no belief, no
        # clearly-established test). (Not "unless the officer reasonably believed ...".)
        if _EXCEPT_WHERE_CONDUCT_LAWFUL.match(rest):
            continue
        # "..., unless the conduct giving rise to the action occurred before the effective date
        # of this Act": the bar applies from the act's start, a question of time, not a defense
        # kept for some claims.
        if _EXCEPT_EARLIER_CONDUCT.match(rest):
            continue
        # "..., except as to claims for injunctive or declaratory relief": the doctrine shields
        # from damages only, so keeping it where no damages are sought keeps nothing.
        if _EXCEPT_EQUITABLE_CLAIMS.match(rest):
            continue
        # "(d) That the public employee ... was required to make a split-second decision, except
        # to the extent the circumstances bear on whether a right was violated": the facts kept
        # for the merits, no defense kept.
        if _EXCEPT_AS_THE_FACTS_BEAR_ON_THE_WRONG.match(rest):
            continue
        # "... except as that act applies to a claim against this state itself rather than against
        # a governmental employee": the State's own immunity kept, not an officer's defense.
        if _EXCEPT_THE_STATES_OWN_CLAIMS.match(rest):
            continue
        # "Except for the defenses of the statute of limitations and of failure to state a
        # claim, no defense of immunity ... is available": the defenses kept are no immunities.
        if _EXCEPT_PROCEDURAL_DEFENSES.match(rest):
            continue
        # ("...: Provided, however, That this subsection shall not be construed to prevent a peace
        # officer from showing that the action is barred by the statute of limitations or by a
        # prior judgment": procedural bars kept, no immunity)
        kept_words = rest[:_EXCEPTION_READ_REACH].split(";")[0]
        if _PROCEDURAL_BARS.search(kept_words) and not _IMMUNITY_OR_BELIEF.search(
            kept_words, match.end()
        ):
            continue
        # "..., except that nothing in this subsection limits any defense available under the
        # statute of limitations or the Rules of Court": procedure, not the doctrine, is kept.
        # (nor the State's own immunity from suit in federal court: "except that nothing in this
        # section waives the immunity of the State itself ... under the Eleventh Amendment")
        if rx.match(
            r"except\s+that\s+nothing\b[^.;]{0,160}?\b(?:statutes?\s+of\s+limitations?|rules?\s+(?:of|governing)"
            r"|eleventh\s+amendment|immunity\s+of\s+the\s+state\s+itself)",
            rest,
        ):
            continue
        # "..., except that: (1) a judge retains absolute immunity for acts performed in a
        # judicial capacity; and (2) a member of the legislature retains the immunity for speech
        # or debate": the absolute immunities of judges and lawmakers, not the doctrine.
        exception = _EXCEPTION_WITHHELD.sub("", rest[:_EXCEPTION_READ_REACH])
        if (
            _JUDGES_AND_LAWMAKERS_KEEP.search(exception)
            # ("; except that the absolute immunity of a judge acting in a judicial capacity and
            # of a legislator acting in a legislative capacity is preserved")
            or (
                _keeps_only_absolute_immunities(exception.split(";")[0])
                and not _another_immunity_excepted(exception)
            )
        ) and not _OFFICERS_IN_EXCEPTION.search(exception):
            continue
        # "; except that this section does not abrogate the immunity of the Commonwealth itself
        # under Section 231 of the Constitution": the State's own immunity, no officer's.
        if _STATES_OWN_IMMUNITY_KEPT.match(rest):
            continue
        # "any defense ... other than the following, none of which is available": the list
        # that follows is the bar itself.
        if rx.match(r"other\s+than\s+the\s+following\b[^.;:]{0,40}?\bnone\s+of\s+which\b", rest):
            continue
        # "..., except that an officer may assert the defense in an action arising from conduct
        # that occurred before the operative date": the bar applies from its date on, which is
        # how new law applies, not a defense kept for some claims.
        if rx.match(
            r"except\s+that\b[^.;]{0,160}?\b(?:before|prior\s+to)\s+(?:the\s+)?(?:effective|operative)"
            r"\s+date\b",
            rest,
        ):
            continue
        # "...; provided, however, that this section shall not apply to employees of public
        # school districts": some defendants are left out of the section (read with the claim's
        # class), not some claims kept under the doctrine.
        if rx.match(
            r"(?:provided,?\s+(?:however,?\s+)?that|except\s+that)\s+this\s+(?:sub)?(?:section|act|chapter"
            r"|article)\s+(?:shall|does|do)\s+not\s+apply\s+to\s+(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:officers?|employees?|officials?|members?|agents?|personnel|staff|judges?|legislators?)\b",
            rest,
        ):
            continue
        # "..., provided that nothing in this section shall affect the absolute immunity of
        # judges, prosecutors or legislators": other officials' own immunities, not the
        # officers' qualified immunity, are kept.
        if rx.match(
            r"(?:provided,?\s+(?:however,?\s+)?that|except\s+that)\s+nothing\b[^.;]{0,120}?\babsolute\s+"
            r"immunit(?:y|ies)\s+of\s+(?:[\w,]+\s+){0,3}?(?:judges?|judicial|prosecutors?|legislators?"
            r"|witness(?:es)?|jurors?)\b",
            rest,
        ):
            continue
        # "any defense ... other than an immunity based on good faith": what is excepted is the
        # doctrine, so the exception is the bar.
        if rx.match(
            r"(?:other\s+than|except(?:\s+for)?|but\s+not)\s+(?:not\s+)?(?:an?\s+|any\s+|the\s+)?"
            r"(?:(?:defen[cs]e|doctrine)\s+of\s+)?(?:qualified\s+immunity|immunit(?:y|ies)\b)",
            rest,
        ):
            continue
        # "..., except that qualified immunity shall not apply": the exception is the bar; so
        # is "provided, however, that no officer shall be shielded ... by the doctrine of
        # qualified immunity".
        if lexicon.NEGATED_DEFENSE.search(rest, 0, 80) and lexicon.QI_TERM.search(rest, 0, 80):
            continue
        if (
            rx.match(r"provided,?\s+(?:however,?\s+)?that\s+no\b", rest)
            and lexicon.QI_TERM.search(rest, 0, 200)
            # (not "provided, however, that no officer shall be liable ... for any act that the
            # officer reasonably believed ... to be lawful": that proviso keeps the defense)
            and not _NO_ONE_LIABLE_PROVISO.match(rest)
        ):
            continue
        # "...; provided that the officer's good faith, or the officer's reasonable belief in
        # the lawfulness of the conduct, is not a defense": a proviso that is itself the bar.
        if (
            rest.startswith("provided")
            and lexicon.NEGATED_DEFENSE.search(rest, 0, 220)
            and lexicon.QI_TERM.search(rest, 0, 220)
        ):
            continue
        return True
    # Barred only in some claims (for injunctive relief, for excessive force): kept in the rest.
    # (not the claims an exception names: "..., except as to claims for injunctive relief")
    unexcepted = _EXCEPT_EQUITABLE_CLAIMS.sub(" ", body) if "except" in body else body
    if rx.search(
        r"\b(?:claims?|actions?)\b[^.;]{0,60}?\bfor (?:declaratory|injunctive|equitable|an injunction"
        r"|excessive force|unlawful (?:arrest|search|seizure|detention)|false arrest"
        r"|the use of (?:excessive |deadly )?force)\b",
        unexcepted,
    ) and not rx.search(r"\bdamages\b", body):
        return True
    # ("In an action under this section in which the plaintiff seeks only declaratory or
    # injunctive relief, qualified immunity is not a defense": kept where damages are sought)
    # (not the exception: "..., except in an action seeking only injunctive relief")
    if _ONLY_IN_EQUITABLE_ACTIONS.search(unexcepted) and not rx.search(r"\bdamages\b", body):
        return True
    # Barred only for claims arising from one kind of conduct ("a claim ... that arises from the
    # discharge of a firearm") or brought by some plaintiffs ("brought by a person who was
    # under eighteen"): kept in the rest.
    if rx.search(
        r"\b(?:claims?|actions?)\b[^.;]{0,40}?\b(?:that|which)\s+aris(?:es|e)\s+(?:out\s+of|from)\b"
        # (not a date: "... that arises from conduct occurring after December 31, 2026", the bar
        # applying from then on)
        r"(?!\s+(?:the\s+)?(?:conduct|acts?|actions?|omissions?|events?)\s+(?:occurring|that\s+occur(?:s|red)?"
        r"|taking\s+place)\s+(?:on\s+or\s+)?after\b)"
        # "In an action under this section arising from the use of deadly force": one kind of
        # conduct named (not "arising from the performance of an officer's duties").
        r"|\b(?:claims?|actions?)\b[^.;]{0,40}?\barising\s+(?:out\s+of|from)\s+(?:the\s+|an?\s+|any\s+)?"
        r"(?:use\s+of\s+(?:deadly\s+|lethal\s+|excessive\s+|physical\s+)?force|(?:deadly|lethal|excessive)\s+force|shootings?"
        r"|discharges?\s+of|(?:vehicle\s+)?pursuits?|arrests?|searche?s?|detentions?|strip\s+search)"
        r"|\b(?:brought|filed|commenced)\s+by\s+(?:a|an)\s+(?:person|plaintiff|individual|claimant)\s+who\b"
        # "In an action ... in which the deprivation consisted of the use of force that caused
        # death": some deprivations only.
        r"|\b(?:claims?|actions?)\b[^.;]{0,60}?\bin\s+which\s+the\s+(?:deprivation|violation|conduct)\s+"
        r"(?:consisted|consists|involved|involves)\s+of\b"
        # "... when the injured person was under eighteen": some plaintiffs only.
        r"|\b(?:when|if|where|whenever)\s+(?:the\s+)?(?:injured\s+person|person\s+injured|plaintiff|claimant"
        r"|victim)\s+(?:was|is|were|had|has)\b"
        # "... if the officer has been the subject of a sustained complaint": some officers only.
        r"|\b(?:if|when|where)\s+(?:the\s+)?(?:officer|defendant|employee)\s+(?:has|had)\s+"
        r"(?:been\s+the\s+subject|previously|a\s+prior|prior)\b",
        body,
    ):
        return True
    # Barred only for culpable conduct ("shall not apply if the officer acted with malice") or
    # for officers who broke their rules ("for an officer whose conduct violated the officer's
    # training"): the defense stays whole for everyone else, which is most claims.
    if _CULPABILITY_CONDITION.search(body):
        return True
    # "The employing agency may not assert qualified immunity, but an officer sued in an
    # individual capacity may raise any defense available at common law"; "...; an individual
    # officer retains every defense available under law": kept for officers.
    if rx.search(
        r"(?:,?\s*but|;)\s+(?:an?|the|any|each|every)\s+(?:[\w-]+\s+){0,6}?(?:officers?|employees?|officials?"
        r"|defendants?)\b[^.;]{0,60}?\b(?:may\s+(?:raise|assert|invoke|plead)|retains?|keeps?)\s+"
        r"(?:any|every|all)\s+(?:\w+\s+){0,2}?(?:defen[cs]es?|immunit)",
        body,
    ):
        return True
    # "..., but an officer who acted in good faith reliance on a statute is not liable": a
    # defense kept for some officers.
    if rx.search(
        r",\s*but\s+(?:an?|the|any|no)\s+(?:\w+\s+){0,8}?(?:who|that|whose)\b[^.;]{0,160}?"
        r"\b(?:is|are|shall)\s+(?:not\s+(?:be\s+)?liable|(?:be\s+)?immune)\b",
        body,
    ):
        return True
    # ("a belief, however reasonable, ..." qualifies the belief, and "qualified immunity,
    # however denominated, ...", "however derived", the name or source: neither is an exception
    # to the rule.)
    return bool(
        rx.search(
            r"(?<!provided)[;,]\s*however\b(?!\s+(?:reasonabl|denominated|described|named|called|styled"
            r"|labell?ed|derived|arising|created|recognized|established|characterized|designated"
            # ("however that immunity is described")
            r"|(?:that|the|such|any)\s+(?:immunit(?:y|ies)|defen[cs]es?)\s+(?:is|are|may\s+be)\s+\w+ed\b))",
            body,
        )
    )


_CULPABILITY_CONDITION = compile_pattern(
    r"\b(?:if|when|whenever|where|in which|in (?:any )?cases? (?:in which|where))\b[^.;]{0,80}?"
    r"\b(?:malic\w*|will?ful\w*|wanton\w*|bad faith|reckless\w*|intentional(?:ly)?"
    r"|gross(?:ly)? negligen\w*|corrupt\w*|deliberate(?:ly)? indifferen\w*|convicted)"
    # "... not available to an officer who has been convicted of a crime arising from the same
    # conduct".
    r"|\b(?:who|that)\s+(?:has|have|had|is|was)\s+(?:been\s+)?convicted\b"
    # "... shall not be available to a member or employee who acted with malice": lost only by
    # those who acted so.
    r"|\b(?:who|that)\s+(?:has\s+|have\s+|had\s+)?(?:acted|acts|act)\s+(?:with|in)\s+(?:actual\s+)?"
    r"(?:malic\w*|bad\s+faith|fraud\w*|corrupt\w*|will?ful\w*|wanton\w*|reckless\w*)"
    # "An officer who has not completed the training required by section 5 may not assert ...".
    r"|\b(?:who|that)\s+(?:has|have|had)\s+not\s+(?:completed|received|undergone|satisfied|met)\b"
    # Barred only for officers whose certification "had been revoked before the conduct".
    r"|\bwhose\s+(?:\w+\s+){0,2}?(?:certification|certificate|licen[cs]e|commission)\b[^.;]{0,60}?"
    r"\b(?:revoked|suspended|lapsed|expired|decertified)\b"
    r"|\b(?:whose (?:conduct|act|actions?)|(?:who|which|that) (?:has |have )?(?:knowingly )?)"
    r"[^.;]{0,60}?\b(?:violated?|contravened?|departed from|(?:was|were|is) contrary to)\s+"
    r"(?:the |his |her |their |its |an? |any )?(?:[\w'-]+ ){0,4}?(?:training|polic(?:y|ies)"
    r"|procedures?|rules of conduct)\b"
)


# A clause scoped to a criminal case: "(e) In a prosecution under this Section of a peace
# officer ..., the officer's belief that the conduct was lawful is not relevant".
_CRIMINAL_SCOPE = compile_pattern(
    r"^(?:\s*\(?[a-z0-9]{1,4}[)_]\s*)*"
    # ("(b) Defenses.--Notwithstanding any other law, in a prosecution under this section ...")
    r"(?:[a-z][\w ,'-]{0,40}?[._]?\s*-{1,2}\s*)?(?:notwithstanding\s+[^,.;]{1,80},\s*)?"
    r"(?:in|for purposes of|during)\s+(?:a|any|the|each)\s+"
    r"(?:criminal\s+)?(?:prosecution|criminal\s+(?:case|proceeding|action|trial|matter))\b"
)
_DEFENSE_IN_A_PROSECUTION = compile_pattern(
    r"\b(?:to|in)\s+(?:a|any|the)\s+(?:criminal\s+)?prosecution\b"
)
_IMMUNITY_DENIED_BY_A_COURT = compile_pattern(
    r"\b(?:court|judge)\s+(?:has\s+|have\s+)?(?:denied|rejected|overruled)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+(?:'s|’s)?\s+){0,2}?(?:claim|assertion|defen[cs]e|motion)\s+(?:of|for|based\s+on)\s+"
    r"(?:the\s+defen[cs]e\s+of\s+)?qualified\s+immunity\b"
)
_OFFENSE_GRADED = compile_pattern(
    r"\ban\s+offense\s+under\b[^.;]{0,80}?\bis\s+an?\s+(?:misdemeanor|felony)\b"
    r"|\bcommits\s+(?:an?\s+)?(?:misdemeanor|felony|offense|crime)\b"
)
_CIVIL_PROCEEDING_WORDS = compile_pattern(
    r"\bcivil\b|\bclaims?\b|\bsuits?\b|\bliab\w*|\bdamages\b|\blawsuits?\b"
    r"|\bactions?\s+(?:under|for|against|brought)\b"
)
_PROCEEDING_UNDER_ANOTHER_STATUTE = compile_pattern(
    r"\bin\s+(?:a|an|any|the)\s+proceedings?\s+(?:under|pursuant\s+to)\s+(?!this\b|these\b|such\b|section\s+1983\b"
    r"|42\s+u\W)(?:[\w.]+\s+){0,3}?\d"
)
_GROUND_FOR_WITHHOLDING = compile_pattern(
    r"\bground\s+for\s+(?:withholding|denying|refusing|delaying)\b|\b(?:withhold|deny|refuse)\s+(?:the\s+)?"
    r"(?:release|disclosure|access)\b"
    # ("qualified immunity shall not bar disclosure of a record under this section")
    r"|\b(?:bar|prevent|preclude)\s+(?:the\s+)?(?:disclosure|release|production|inspection)\b"
)
_COMPENSATION_FOR_A_TAKING = compile_pattern(
    r"\bsubject\s+of\s+a\s+taking\b|\binverse\s+condemnation\b|\brecover\s+(?:the\s+)?just\s+compensation\b"
)
# A bar that says whose suit it rules on, and it is a government's or its insurer's: "qualified
# immunity shall not be a defense to an action brought by the Commonwealth under this section";
# "is not available to the officer in an action by a pool under subsection (2)".
_BAR_IN_A_GOVERNMENT_SUIT = compile_pattern(
    r"\b(?:to|in)\s+(?:an?|any|the)\s+(?:civil\s+)?(?:action|suit|proceeding)\s+(?:brought\s+|filed\s+|commenced\s+)?"
    r"by\s+(?:the\s+|a\s+|an\s+)?(?:commonwealth|state|attorney\s+general|(?:self-insurance\s+|risk\s+)?pool|insurer"
    r"|surety|employing\s+(?:agency|entity)|(?:member\s+)?municipality|political\s+subdivision)\b"
)
_GOOD_FAITH_DENIED_ELSEWHERE = compile_pattern(
    r"\bdefen[cs]e\s+to\s+(?:a|an|any|the)\s+(?:motion|petition|application|request)\b(?!\s+to\s+dismiss)"
    r"|\b(?:denied|withheld|refused)\s+(?:the|a|an|such)\s+(?:request|records?|access)\b"
    r"|\bthat\s+the\s+(?:[\w-]+\s+)?(?:company|business|corporation|contractor|vendor|landlord|carrier|firm"
    r"|operator|licensee|dealer|lender|insurer|manufacturer|distributor|seller|supplier)\b[^.;]{0,40}?"
    r"\bgood[ -]faith\b"
)
_PRIVATE_PARTYS_LIABILITY = compile_pattern(
    r"\bliability\s+of\s+(?:an?|the|any)\s+(?:[\w-]+\s+)?(?:operator|owner|landowner|provider|sponsor|business"
    r"|company|participant|contractor|vendor|landlord|physician|hospital|licensee|practitioner|dietitian"
    r"|nurse|pharmacist|counselor|therapist)s?\b"
)
_SHARE_OF_ANOTHER_OFFICE = compile_pattern(
    r"\W*(?:\(\w{1,4}\)\s*)*(?:the|an?|any|each)\s+(?:notary|surveyor|assessor|treasurer|trustee|guardian"
    r"|executor|administrator|receiver|auctioneer|bondsman)\b"
)
# A row of a table of bills: a bill's number, then a column separator.
_TRACKER_ROW = compile_pattern(
    r"(?m)^[ \t]*(?:[hsa][a-z]{0,3}|l\.?d\.?|[hs]\.\s?[bfr]\.)\s?\d{1,5}[ \t]*(?:,|\||\t)"
)
_TRACKER_HEAD = 20_000  # a tracker's table starts at the top of its page
_TRACKER_ROWS = 3


def _opens_with_a_table_of_bills(text: str) -> bool:
    """Whether ``text`` opens with a table of bills, one row each, as a tracker exports it ("HF
    512,Rep. ...,Enacted,...", "HB 141  | CIVIL ACTION: PEACE OFFICERS | ...")."""
    rows = _TRACKER_ROW.finditer(text[:_TRACKER_HEAD].lower())
    return len(list(itertools.islice(rows, _TRACKER_ROWS))) == _TRACKER_ROWS


_ONLY_THE_STATE_SUES = compile_pattern(
    r"\b(?:no\s+person\s+other\s+than|only)\s+the\s+attorney\s+general\s+(?:may|shall|can)\s+(?:bring|commence"
    r"|institute|maintain|file)\b"
    r"|\b(?:a|no)\s+(?:private\s+)?person\s+(?:(?:other\s+than\s+the\s+attorney\s+general\s+)?may\s+not|may)\s+"
    r"(?:bring|commence|maintain)\s+an\s+action\s+under\s+this\b"
)
_ADMINISTRATIVE_SCOPE = compile_pattern(
    # ("A determination ... that the officer was entitled to qualified immunity shall not bar
    # revocation under this section": a licence's sanction, not a suit's defense)
    r"\b(?:shall|does|may)\s+not\s+(?:bar|prevent|preclude)\s+(?:the\s+|a\s+|an\s+)?(?:revocation|suspension"
    r"|decertification|discipline|disciplinary\s+action|termination)\b"
    r"|\bin\s+(?:a|an|any)\s+(?:\w+\s+)?(?:proceeding|hearing)\b[^.;]{0,40}?\bbefore\s+(?:the\s+|a\s+|an\s+)?"
    r"[^.;]{0,80}?"
    r"\b(?:commission|board|council|agency|department)\b"
    # "It shall not be a defense before the hearing committee that the officer acted in good
    # faith": a disciplinary hearing's rule, not a suit's.
    r"|\bdefen[cs]e\s+before\s+(?:the|a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:committee|board|panel|commission"
    r"|hearing\s+officer|arbitrator|tribunal)\b"
    # "It is not a defense in a disciplinary or licensing proceeding under this section that ...":
    # a proceeding against the officer's job or licence, not a suit for the person wronged.
    r"|\bin\s+(?:a|an|any|such\s+an?)\s+(?:disciplinary|licensing|licensure|certification|decertification"
    r"|administrative|arbitration|grievance|revocation|suspension|removal|termination)(?:\s+(?:or|and)\s+"
    r"(?:disciplinary|licensing|licensure|certification|decertification|administrative|arbitration"
    r"|revocation|suspension))?\s+(?:proceeding|hearing|matter|review)s?\b"
    # "No immunity ... shall bar a prosecution under this section": a criminal case's rule.
    r"|\b(?:bar|defeat|prevent)\s+(?:a|any|the)\s+(?:criminal\s+)?prosecution\b"
    # "Qualified immunity may not be a defense in an action brought by the Attorney General under
    # this section": the State's own suit, not a claim of the people deprived.
    r"|\b(?:in|to)\s+(?:a|an|any|the)\s+(?:civil\s+)?(?:action|suit|proceeding)s?\s+(?:brought|filed|commenced"
    r"|instituted|maintained)\s+by\s+the\s+attorney\s+general\b"
)
# An immunity denied only on conditions of bad conduct, or where other law already requires it.
_DENIED_ONLY_FOR_BAD_CONDUCT = compile_pattern(
    r"[^.;:]{0,120}?\b(?:if|when|where|only\s+if|in\s+the\s+event\s+that)\b:?[^.]{0,600}?"
    r"\b(?:willful(?:ly)?|wilful(?:ly)?|malicious(?:ly)?|bad\s+faith|fraudulent(?:ly)?|require\s+otherwise"
    r"|beyond\s+(?:his|her|their|its)\s+authority"
    # "... shall not be available if the court finds that the officer knew or reasonably should
    # have known that the conduct violated the right": the doctrine's own test as the condition.
    r"|knew|knows|(?:reasonably\s+)?should\s+(?:reasonably\s+)?have\s+known)"
    # "... shall not be available to an officer who knew or reasonably should have known that the
    # conduct violated the person's rights": the doctrine's own test, kept for the others.
    r"|[^.;:]{0,60}?\b(?:to|for)\s+(?:an?|any|the)\s+(?:[\w-]+\s+){0,3}?(?:officers?|employees?|officials?"
    r"|defendants?)\s+who\s+(?:knew|knows|(?:reasonably\s+)?should\s+have\s+known)\b"
)
# What an immunity denied "from" may be when it is a criminal case's: "not immune from
# prosecution", "from arrest", "from criminal liability".
_FROM_CRIMINAL_PROCESS = compile_pattern(
    # ("is not a defense to a prosecution under this section")
    r"\s*(?:from|to|in)\s+(?:an?\s+|any\s+|the\s+)?(?:state\s+|federal\s+)?(?:criminal\s+)?(?:prosecution|arrest|indictment"
    r"|criminal\s+(?:liability|charges?|proceedings?))\b"
)
# "it shall not be a defense to the award that the governmental party acted in good faith": a
# fee award against a party that lost a motion, not a claim for a wrong.
_AWARD_NOT_OF_DAMAGES = r"(?:an?\s+|any\s+|the\s+|such\s+(?:an?\s+)?)?(?:fee\s+)?(?:award|sanction)s?\b(?!\s+of\s+damages)"
_DEFENSE_TO_AN_AWARD = compile_pattern(r"\bdefen[cs]e\s+to\s+" + _AWARD_NOT_OF_DAMAGES)
_TO_AN_AWARD = compile_pattern(r"\s*to\s+" + _AWARD_NOT_OF_DAMAGES)
_LIABLE_FOR_COSTS = compile_pattern(
    r"\bliable\s+for\s+(?:the\s+|any\s+|all\s+)?(?:costs?|expenses?|payments?|fees)\b"
    r"(?!\s+and\s+damages)"
    # ("A public entity shall be liable for and shall pay the reasonable attorney fees incurred
    # by a law enforcement officer in defending an action": the officer's defense costs)
    r"|\bliable\s+for\s+and\s+shall\s+pay\s+(?:the\s+|any\s+|all\s+)?(?:reasonable\s+)?"
    r"(?:attorney'?s?'?\s+)?(?:costs?|expenses?|fees)\b"
)
# An officer as the one who sues: "A member municipality or police officer denied coverage by the
# pool may bring an action in the superior court".
_OFFICER_BRINGS_ACTION = compile_pattern(
    r"\W*(?:\(?\w{1,3}[)_.]\s*)*(?:an?|any|the|each)\s+(?:[\w-]+\s+){0,4}?(?:officers?|deput(?:y|ies)|troopers?)\b"
    r"[^.;]{0,80}?\b(?:may|shall\s+be\s+entitled\s+to)\s+(?:bring|file|commence|maintain)\s+(?:an?\s+|a\s+civil\s+)?"
    # (suing no one named: a suit "against" someone is read with its defendants)
    r"(?:action|suit|claim|petition)\b(?![^.;]*\bagainst\b)"
)
_OFFICER_SUES_OTHERS = compile_pattern(
    r"\b(?:officers?|deput(?:y|ies)|troopers?)\b[^.;]{0,200}?\b(?:may|shall\s+be\s+entitled\s+to)\s+"
    r"(?:bring|file|commence|maintain)\s+(?:an?\s+)?(?:civil\s+)?(?:action|suit|claim)\s+against\s+(?:any|a|an|the)\s+"
    r"(?:person|individual|complainant|group|organization|corporation|entity|member\s+of\s+the\s+public"
    # ("... may bring a civil action against the manufacturer, distributor or seller")
    r"|manufacturer|distributor|seller|vendor|company)s?\b"
)
_MOTION_AGAINST_A_CLAIM = compile_pattern(r"\bmotions?\s+to\s+(?:dismiss|strike|quash)\b")
# ("gives rise to a cause of action for damages against the officer" creates one.)
_ACTION_AS_SETTING = compile_pattern(
    r"\b(?:in|against)\s+(?:any|a|an|the|each|every)\s+(?:civil\s+)?$"
)
# "shall be liable for, and shall assume the liability to the extent that it shall save
# harmless, any duly appointed police officer ... in the amount of any judgment".
_LIABLE_AS_INDEMNITOR = compile_pattern(
    r"\bliable\s+for,?\s+and\s+shall\s+assume\s+the\s+liability\b"
    # "A governmental entity shall indemnify its employee against damages for which the
    # employee is liable", "A local public entity may pay any tort judgment ... for which it
    # or an employee ... is liable": who pays, the liability named in a relative clause.
    # (the payment the clause's own verb: not "is empowered and directed to pay ... for which it
    # or an employee is liable", which also makes the entity answer for the judgment)
    r"|^\W*(?:\(?\w{1,3}[)_]\s*)*(?:an?|the|each|every|any)\s+(?:[\w-]+\s+){0,4}?(?:shall|must|may)\s+(?:\w+\s+)?"
    r"(?:indemnify|pay|reimburse|satisfy)\b[^.;]{0,200}?\bfor\s+which\s+[^.;]{0,80}?\b(?:is|are|may\s+be"
    r"|becomes?)\s+liable\b"
    r"|\bassume\s+the\s+liability\b[^.;]{0,100}?\b(?:save|hold)\s+harmless\b"
    # "A public employer shall be liable for a judgment against its law enforcement officer
    # under this section": the employer pays the officer's judgment, no claim of its own.
    r"|\b(?:is|are|shall\s+be)\s+liable\s+for\s+(?:a|any|the|each|every)\s+(?:final\s+)?(?:judgments?|settlements?"
    r"|awards?)\s+(?:entered\s+|rendered\s+|obtained\s+)?against\s+(?:its|an?|the|any|such)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:officers?|employees?|deput(?:y|ies)|troopers?|members?)\b"
    r"|\bliable\s+for\b[^.;]{0,200}?\b(?:save|hold)\s+harmless\b"
)
# A rule described, with the liability it speaks of inside: "the rule ... that an official is
# answerable", "the doctrine under which an officer is liable only".
_DESCRIBED_RULE = compile_pattern(
    r"\b(?:rule|doctrine|principle|standard|test)\b[^.;]{0,80}?\b(?:that|under\s+which|by\s+which"
    r"|whereby)\b[^.;]{0,80}$"
)
_WRONG_DONE = compile_pattern(r"\bdepriv\w*|\binfring\w*|\bviolat\w*|\binjur\w*|\bdamages\b")
_PENALTY_BEFORE_DEFENSE_REACH = 300
_LIABLE_FOR_A_PENALTY = compile_pattern(
    r"\bliable\b[^.;]{0,60}?\bfor\s+(?:a|an|the)\s+(?:civil\s+)?(?:penalty|penalties|forfeiture|fine)\b"
)
_PENALTY = compile_pattern(r"\b(?:civil|criminal)\s+penalt|\bfines?\b|\bguilty\b|\bconvict")
_QI_MAY_NOT_BE_ASSERTED = (
    r"except\s+that\s+(?:the\s+(?:defen[cs]e|doctrine)\s+of\s+)?qualified\s+immunity\b[^.;]{0,160}?"
    r"\b(?:may|shall)\s+not\s+be\s+(?:asserted|raised|available)\b"
)
_EXCEPTION_IS_THE_BAR = compile_pattern(
    r"except\s+that\s+[^.;]{0,200}?(?:\b(?:no|neither)\s+[^.;]{0,160}?\b(?:shall|may|is|are)\s+(?:be\s+)?(?:an?\s+)?"
    r"(?:defen[cs]es?|available)\b|\bqualified\s+immunity\s+(?:shall\s+not\s+be|is\s+not|may\s+not\s+be)\s+"
    r"(?:an?\s+)?(?:defen[cs]e|available)\b)"
    # ("Sections 893.80 and 893.82 apply to an action under sub. (1), except that the immunity
    # provided in s. 893.80 (4) does not apply")
    r"|except\s+that\s+(?:the\s+)?immunit(?:y|ies)\b[^.;]{0,120}?\b(?:do|does|shall)\s+not\s+apply\b"
    r"|" + _QI_MAY_NOT_BE_ASSERTED
)
_DOCTRINE_AND_ITS_TWINS = frozenset(
    {DefenseKind.QUALIFIED_IMMUNITY, DefenseKind.GOOD_FAITH, DefenseKind.CLEARLY_ESTABLISHED}
)
# A keeping of every defense whose exception denies the doctrine in some actions.
_KEPT_BUT_BARRED_IN_ACTIONS_UNDER = compile_pattern(
    r"\bmay\s+(?:assert|raise)\s+any\s+(?:immunity\s+or\s+)?defen[cs]es?\b[^.;]{0,120}?"
    + _QI_MAY_NOT_BE_ASSERTED
    + r"\s+in\s+(?:an?|any)\s+(?:civil\s+)?(?:action|claim|proceeding)s?\s+(?:under|brought\s+under|pursuant\s+to)\b"
)
_PROVISO_BAR = compile_pattern(
    r"\bprovided,?\s+(?:however,?\s+)?that\b[^.]{0,200}?\b(?:shall|does|do|will)\s+not\s+apply\s+to\s+"
    r"(?:an?\s+|any\s+)?(?:action|claim)s?\b"
    # (a proviso that is itself the bar: "...; provided, however, that neither qualified immunity
    # nor the officer's good faith ... shall be a defense to liability under this Section")
    r"|\bprovided,?\s+(?:however,?\s+|further,?\s+)?that\s+(?:neither|no|none\s+of)\b[^.;]{0,200}?\b(?:shall|may|is|are)\s+"
    r"(?:be\s+)?(?:an?\s+)?(?:defen[cs]es?|available|asserted|raised)\b"
    r"|\bprovided,?\s+(?:however,?\s+|further,?\s+)?that\s+(?:the\s+(?:doctrine|defen[cs]e)\s+of\s+)?qualified\s+immunity\s+"
    r"(?:shall|is|may)\s+not\s+(?:be\s+)?(?:an?\s+)?(?:defen[cs]e|available|apply)\b"
)
# Defenses named by the provision that lists them: "the defenses enumerated in section 6-2503".
_DEFENSES_BY_REFERENCE_NEEDLES = (
    *("defenses enumerated", "defenses listed", "defenses described", "defenses set"),
    *("defenses specified", "defenses identified", "defences enumerated", "defences listed"),
    *("immunities enumerated", "immunities listed", "immunities described", "immunities set"),
    # The participle before the noun: "the listed defenses in section 3".
    *("listed defen", "enumerated defen", "specified defen", "listed immunities"),
    "enumerated immunities",
)
_DEFENSES_BY_REFERENCE = compile_pattern(
    r"\b(?:(?:defen[cs]es|immunities)\s+(?:enumerated|listed|described|set\s+(?:out|forth)"
    r"|specified|identified)\s+in"
    r"|(?:enumerated|listed|specified)\s+(?:defen[cs]es|immunities)\s+(?:in|of|under))"
    # (Florida cites "s. 493.6130(4)", read here as "s_ 493_6130(4)")
    r"\s+(?:(?:section|sec[._]?|s_|§)\s*(?P<number>\d[\w-]{0,10})"
    # "the defenses enumerated in subsection 3", "in paragraph (c)": a unit of the same section.
    r"|(?:subsection|paragraph|subdivision)\s+\(?(?P<label>[a-z0-9]{1,4})\)?)"
)
# One immunity another subsection states, denied to some: "The immunity described in subsection
# (c)(2) of this section shall not be available to a law enforcement officer sued under (a)".
_DESCRIBED_IMMUNITY_NEEDLES = (
    *("immunity described", "immunity provided", "immunity retained", "immunity set"),
    *("defense described", "defense provided", "defense set"),
)
_DESCRIBED_IMMUNITY = compile_pattern(
    r"\b(?:immunity|defen[cs]e)\s+(?:described|provided(?:\s+for)?|retained|set\s+(?:out|forth))\s+"
    r"(?:in|by|under)\s+(?:(?:sub)?(?:section|paragraph|division)\s+\((?P<label>[a-z0-9]{1,4})\)"
    r"(?:\s*\((?P<item>[a-z0-9]{1,4})\))?"
    # ("The immunity described in section 4 of this act shall not apply to any action brought
    # under section 3 of this act")
    r"|(?:section|sec_?)\s+(?P<section>\d{1,4}[a-z]?)\s+of\s+this\s+act\b)"
)
# A sentence that says what "the immunity referred to in section 5" is: the thing another
# section bars or keeps, described, no rule of its own.
_DESCRIBES_A_REFERRED_IMMUNITY = compile_pattern(
    r"^\W*(?:\(\w{1,4}\)\s*)*(?:the\s+)?(?:immunity|defen[cs]e)\s+(?:referred\s+to|described|mentioned)\s+"
    r"in\s+(?:sub)?section\s+[\w().-]+(?:\s+of\s+this\s+(?:act|section|chapter))?\s+"
    r"(?:means|includes|is\s+(?:any|every|each|all|the|an?)\b)"
)
# A savings clause that yields to another subsection: "(c) Except as provided in subsection (d) of
# this section, a District employee retains every immunity ...".
# ("3. Except as provided in subsection 2, a public employee ... may assert any defense ...,
# including qualified immunity": a label without parentheses)
_EXCEPT_AS_PROVIDED_IN = compile_pattern(
    r"^\W*(?:\(\w{1,4}\)\s*)*except\s+as\s+(?:otherwise\s+)?provided\s+(?:in|by|under)\s+"
    r"(?:sub)?(?:section|paragraph|division)\s+(?:\((?P<label>[a-z0-9]{1,4})\)|(?P<bare>\d{1,3})\b)"
)
# A bond named as what "shall be liable": a fund a judgment is paid from, not a defendant.
_BOND_AS_SUBJECT = compile_pattern(
    r"\W*(?:\(?[a-z0-9]{1,3}[_.)]\s+)?(?:the|an?|any|each)\s+(?:official\s+|surety\s+|performance\s+)?bonds?\b"
)
# An officer subject picked out by a condition of his own: "A person who, at the time of the
# conduct ..., was serving as a peace officer without a current certificate", "A law enforcement
# officer who ... exercised police powers without having completed the basic training".
_CONDITIONED_OFFICER_SUBJECT = compile_pattern(
    r"\W*(?:\(\w{1,4}\)\s*)*(?:an?|any)\s+(?:person|individual|(?:[\w-]+\s+){0,2}?officer)\s+who\b"
    r"[^.;]{0,200}?\bwithout\s+(?:a\s+|an\s+|having\s+)?(?:current|valid|completed|completing|certif|licen|train)"
)
# ... and denied: "... are not available", "shall not be a defense", "may not be asserted".
_DENIED_AFTER_REFERENCE = compile_pattern(
    r"[^.;]{0,20}?\b(?:(?:are|is|shall|may|must)\s+not\s+(?:be\s+)?(?:available|a\s+defen[cs]e|defen[cs]es"
    r"|asserted|raised|applicable|recognized)|(?:are|is|shall\s+be)\s+unavailable"
    r"|(?:does|do|shall)\s+not\s+apply\s+to\s+(?:an?|any|each|every)\s+(?:civil\s+)?(?:action|claim|suit)s?)\b"
)
# A defined term that leaves out an immunity the bill names: "The term does not include
# State-agent immunity".
_TERM_LEAVES_OUT_IMMUNITY = compile_pattern(
    r"\b(?:the\s+term|[\"\u201d']\s*|defense|defen[cs]es)\s*(?:does|shall)\s+not\s+include\s+(?:the\s+|any\s+)?"
    r"(?P<name>[a-z][\w -]{2,40}?\s+immunity)\b"
)
# "All other personnel records of law enforcement officers remain confidential", "Other records
# of complaints and discipline remain exempt": a sentence of its own after the one that opens
# some records.
_OTHER_RECORDS_CLOSED = compile_pattern(
    # "Complaints and investigative records remain confidential", "Complaints that are not
    # sustained remain confidential", after a sentence that opens the final decisions only.
    r"^\W*(?:\(?[a-z0-9]{1,3}[_.)]\s*)*(?:all\s+|any\s+)?(?:complaints?|investigat\w*\s+(?:records?|files?)"
    r"|records?\s+of\s+(?:complaints?|investigations?))\b[^.;]{0,80}?"
    r"\b(?:remain|remains|shall\s+remain)\s+(?:confidential|exempt|closed|not\s+public)|"
    r"\b(?:all\s+|any\s+)?other\s+(?:[\w'-]+\s+){0,3}?(?:records?|files?|complaints?|information)\b[^.;]{0,100}?"
    r"\b(?:remain|remains|shall\s+remain|are|is|shall\s+be)\s+(?:confidential|exempt|closed|not\s+public)"
    # Records of the cases that end without a judgment kept closed: "If the action is settled or
    # dismissed, the record remains exempt"; "The terms of a settlement shall remain confidential".
    r"|(?<!\bno\s)\b(?:settle(?:d|ments?)|dismiss(?:ed|al))\b[^.;]{0,120}?"
    r"\b(?:remain|remains|shall\s+remain|shall\s+be\s+kept|is\s+kept|are\s+kept|are|is|shall\s+be)\s+"
    r"(?:confidential|exempt|closed|sealed|not\s+(?:a\s+)?public)"
)
_OTHERS_CLOSED_REACH = 400
_OTHERS_STAY_CLOSED = compile_pattern(
    r"[;,]\s*(?:and\s+|but\s+)?(?:(?:all|any)\s+other\s+"
    # ("..., but the officer's internal affairs records shall remain confidential")
    r"|(?:the\s+)?(?:[\w'-]+\s+){0,4}?records?\s+"
    # ("...; settlements of claims under section 1 remain confidential")
    r"|(?:the\s+)?(?:settlements?|complaints?|judgments?|investigations?|files?|reports?)\s+)"
    r"[^.;]{0,60}?\b(?:remain|remains|shall\s+remain|stay|stays|shall\s+stay|are|is|shall\s+be)\s+"
    r"(?:confidential|exempt|closed|not\s+public)"
    # "..., but not the underlying complaint or investigation records".
    r"|,\s*(?:but|and)\s+not\s+(?:the\s+|any\s+)?(?:[\w'-]+\s+){0,4}?(?:records?|complaints?|files?"
    r"|investigations?|reports?)\b"
)
_ONE_ENTITY = (
    r"(?:the\s+)?(?:state|commonwealth|county|city|municipality|political\s+subdivision|public\s+(?:body"
    r"|entity)|governmental\s+(?:entity|unit)|local\s+government"
    # ("an action against the utility for an overcharge": an enterprise, not an officer)
    r"|(?:[\w-]+\s+){0,3}?(?:utility|utilities|authority|district|corporation|company|hospital|system))\b"
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
)
_ENTITY_ONLY = compile_pattern(
    # (one or several: "the Commonwealth or the local government on the contract, including
    # ...", an action on a public contract)
    r"\W*" + _ONE_ENTITY + r"(?:,?\s+(?:or|and)\s+" + _ONE_ENTITY + r")*"
    r"(?:\s+for\s+[^,;]{1,60}|\s+on\s+(?:the|a|its)\s+contracts?\b[^;]{0,80})?\W*$"
)
_NOTHING_OPENS = compile_pattern(
    r"\bnothing\b[^.;]{0,80}?\bconstrued\s+to\s+(?:open|require|make|permit|authorize)\b"
    # The records law as it stood: "Disclosure of investigative files remains subject to ... the
    # exemptions of the Freedom of Information Act as they existed before the effective date of
    # this Act"; "Access to a recording shall be governed by the Inspection of Public Records
    # Act as in effect before the effective date of this act".
    r"|\b(?:subject\s+to|governed\s+by)\b[^.;]{0,200}?\bas\s+(?:(?:it|they)\s+(?:existed|exist|exists|stood|was|were)"
    r"|in\s+effect)\s+(?:immediately\s+)?(?:before|on|prior\s+to)\s+the\s+effective\s+date\b"
    # A court's discretion on a petition: "... which may order the release of the recording if
    # it finds that the public interest in disclosure outweighs ...".
    r"|\b(?:court|judge)\b[^.;]{0,120}?\bmay\s+order\s+(?:the\s+)?(?:release|disclosure|production)\b"
    # "Nothing in this Act shall make any personnel record ... subject to disclosure".
    r"|\bnothing\s+in\s+this\s+(?:act|section|chapter|article|subsection)\s+(?:shall|may|does|will)\s+"
    r"(?:make|render|open|require)\b"
    # "Nothing in this section requires the disclosure of a recording to any person other than a
    # prosecuting attorney ...".
    r"|\bnothing\s+in\s+this\s+(?:act|section|chapter|article|subsection|subdivision|part)\s+"
    r"(?:requires|opens|makes|renders|mandates|compels)\b"
)
_ACTION_IN_WHICH = compile_pattern(
    r"\b(?:actions?|suits?|proceedings?|claims?|equity|law)\s*,?\s*(?:in\s+which|wherein)\s*$"
)
_INFORMS = (
    r"(?:provides?|provided|providing|releases?|released|releasing|discloses?|disclosed|disclosing"
    r"|reports?|reported|reporting|furnish\w*|shares?|shared|sharing|transmits?|transmitted"
    # "a person who in good faith files a complaint against an officer is immune"
    r"|files?|filed|filing|lodges?|lodged|submits?|submitted|makes?\s+a\s+(?:complaint|report))"
)
_INFORMATION_ACT_IMMUNITY = compile_pattern(
    r"\bliab\w*\b[^.;]{0,100}?\b(?:in|for|when|while)\s+(?:good\s+faith\s+)?(?:responding\s+to\s+(?:a\s+|any\s+)?"
    r"(?:requests?|inquir\w+)|(?:releasing|disclosing|producing|furnishing|providing)\s+(?:any\s+|the\s+|a\s+)?"
    r"(?:public\s+)?(?:records?|information|documents?|reports?))"
    # "... personally liable for a penalty under this section for a good faith decision to
    # withhold a record": a penalty for handling records, not damages for a wrong.
    r"|\bliab\w*\s+for\s+(?:a|any|the)\s+(?:civil\s+)?(?:penalt(?:y|ies)|fines?)\b"
    r"|\b(?:decision|determination|refusal|failure)\s+to\s+(?:withhold|release|disclose|produce|deny)\b"
    r"[^.;]{0,30}?\b(?:records?|documents?|information)\b"
)
_DISCLOSURE_IMMUNITY = compile_pattern(
    # ("A pretrial services officer ... is immune from civil liability for any recommendation
    # made in good faith under this section": an immunity for advice or a report given)
    r"\bimmune\s+from\s+(?:civil\s+)?liability\s+for\s+(?:any|a|an|the)\s+(?:recommendation|report|referral"
    r"|evaluation|assessment|opinion|advice|testimony|certification)s?\s+(?:made|given|provided|issued|rendered)\s+"
    r"in\s+good\s+faith\b|"
    # ("... that provides information in good faith under this section shall be immune from civil
    # liability for providing the information")
    r"\bliab\w*\s+for\s+(?:providing|releasing|disclosing|furnishing|sharing|reporting)\s+(?:the\s+|any\s+|such\s+)?"
    r"(?:information|records?|reports?|references?)\b"
    r"|\bliab\w*\b[^.;]{0,100}?\bfor\s+(?:the|any|a|an)\s+(?:good\s+faith\s+)?(?:disclosure|release|production"
    r"|provision|publication)\s+(?:in\s+good\s+faith\s+)?of\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,2}?(?:records?"
    r"|recordings?|information|documents?|reports?|footage)\b"
    # "No cause of action may be maintained against a law enforcement agency or its employees
    # for any release or withholding of body camera data made in good faith"
    r"|\b(?:no|any)\s+(?:civil\s+)?(?:cause\s+of\s+action|action|claim|suit)\b[^.;]{0,100}?\bfor\s+(?:the|any|a|an)\s+"
    r"(?:disclosure|release|production|withholding)(?:\s+or\s+(?:disclosure|release|withholding|nondisclosure))?"
    r"\s+of\s+(?:(?:a|an|any|the)\s+)?(?:[\w-]+\s+){0,3}?(?:records?|recordings?|information|documents?|footage"
    r"|data)\b"
    # "... who in good faith discloses records under this section shall be immune from civil
    # liability for the disclosure".
    r"|\b(?:immune|immunity)\b[^.;]{0,60}?\bliab\w*\s+for\s+(?:the|such|that|any|a|an)\s+(?:disclosure|release"
    r"|report|reporting|sharing|provision|furnishing)\b"
)
_GOOD_FAITH_INFORMANT = compile_pattern(
    r"\b(?:"
    + _INFORMS
    + r"\b[^.;]{0,80}?\bin\s+good\s+faith|in\s+good\s+faith\s+"
    + _INFORMS
    + r")\b"
    r"[^.;]{0,200}?\b(?:is|are|shall\s+be)\s+(?:not\s+liable|immune)\b"
)
# A savings clause: "does not affect the Tort Claims Act ... or any defense of qualified
# immunity", "nothing in this act limits ...".
_LEAVES_UNTOUCHED = compile_pattern(
    r"\b(?:does|do|shall|will)\s+not\s+(?:affect|abrogate|limit|modify|waive|alter|impair)\b"
    # ("The qualified immunity of the officer ... is not affected by this section")
    r"|\b(?:is|are|shall\s+be)\s+not\s+(?:affected|abrogated|limited|modified|waived|altered|impaired)\s+by\b"
    # ("Nothing in this chapter creates a cause of action, establishes a standard of care in any
    # civil action, or waives ... any immunity": a list of things the chapter does not do)
    r"|\bnothing\b[^.;]{0,200}?\b(?:affects?|abrogates?|limits?|modifies|waives?|alters?|impairs?|construed"
    # ("Nothing in this section shall ... enlarge or diminish any defense or immunity")
    r"|enlarges?|diminish(?:es)?)\b"
)
_PRESUPPOSES_BAR = compile_pattern(
    r"\b(?:prohibition|bar|elimination|abolition|abrogation|removal)\s+(?:on|of)\s+(?:the\s+)?(?:use\s+of\s+)?"
    r"(?:the\s+)?(?:defen[cs]e\s+of\s+)?qualified\s+immunity"
)
# A payment that waits on the budget: "subject to appropriation", "payable only from funds
# appropriated for that purpose", "to the extent funds are appropriated".
_WAITS_ON_APPROPRIATION = compile_pattern(
    r"\bsubject\s+to\s+(?:the\s+)?(?:availability\s+of\s+)?appropriations?\b"
    r"|\b(?:payable|paid|made)\s+only\s+(?:from|out\s+of)\s+(?:funds|moneys?|money)\s+appropriated\b"
    # ("to the extent that funds appropriated for that purpose are available")
    r"|\bto\s+the\s+extent\s+(?:that\s+)?(?:funds|moneys?|money|appropriations?)\b[^.;]{0,60}?\b(?:are|is)\s+"
    r"(?:appropriated|available)\b"
    # ("Payment by the State is contingent on the appropriation of funds for that purpose")
    r"|\b(?:contingent|conditioned|dependent)\s+(?:up)?on\s+(?:the\s+)?(?:appropriation|availability)\s+of\b"
)
# What takes the wait away: "If no appropriation is made within ninety days ..., the judgment
# must be paid from the liability account without further appropriation".
_PAID_WITHOUT_APPROPRIATION = compile_pattern(
    r"\bwithout\s+(?:further\s+|a\s+|any\s+)?(?:legislative\s+)?appropriation\b"
)
_JUDGMENT_IN_A_DESCRIBED_ACTION = compile_pattern(
    r"\b(?:judgment|judgement|settlement)s?\b[^.;]{0,40}?\b(?:in|under)\s+an?\s+action\s+(?:described|brought)\s+"
    r"(?:in|under)\s+(?:sub)?(?:section|division|paragraph)\s*\(?\w{1,4}\)?"
)
_ABOUT_PAYMENT = compile_pattern(
    # (a duty to defend, not "the defendant")
    r"indemnif|harmless|\b(?:un)?pa(?:ys?|id|yments?)\b|reimburs|\bdefend(?:s|ed|ing)?\b|defense costs"
    # ("is not required to bear any part of a judgment")
    r"|\b(?:bear|satisfy)\s+(?:any|the|a)\s+(?:part|portion|cost|amount|judgment)"
)


def _bar_of(clause: Sentence, kinds: frozenset[DefenseKind], naming: str) -> DefenseRule:
    """A whole bar stated in ``clause``, its defendants read from ``naming`` (the clause itself,
    or the one that names who may raise the defenses)."""
    phrase = _defendants(naming)
    return _rule_without_exceptions(
        clause, kinds, Effect.BARRED, role_of(phrase) if phrase else Role.UNNAMED
    )


_NONE_OF_THE_FOLLOWING = compile_pattern(r"\bnone\s+of\s+the\s+following\b")
# "The preceding sentence does not apply to an action against a defendant who is a ... law
# enforcement officer" (matched from the end of the sentence it excepts).
_PRECEDING_SENTENCE_NOT_APPLIED = compile_pattern(
    r"[\s\"”'’]*(?:the\s+)?(?:preceding|previous|foregoing|last)\s+sentence\s+(?:does|shall)\s+not\s+apply\s+to\b"
    r"(?P<left_out>[^.;]{1,200})"
)
_NEXT_SENTENCE_REACH = 300
# Good faith in handing over or reporting information ("An agency that provides files in good faith
# ... shall not be liable ... for defamation"), or liability for defamation or privacy only.
_SHIELD_FOR_SHARING_INFORMATION = compile_pattern(
    r"\b(?:provides?|provided|releases?|released|discloses?|disclosed|shares?|shared|furnish(?:es|ed)?|transmits?"
    r"|transmitted)\s+(?:the\s+|any\s+|such\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:files?|records?|information|references?)\b"
    r"[^.;]{0,80}?\bin\s+good\s+faith\b"
    r"|\bliable\b[^.;]{0,80}?\bfor\s+(?:defamation|libel|slander|invasion\s+of\s+privacy)\b"
)
_IMMUNE_FOR_A_PROTECTIVE_ACT = compile_pattern(
    r"\b(?:who|that)\s*,?\s*(?:in\s+good\s+faith\s*,?\s*)?(?:intervenes?|reports?|testif(?:y|ies)|cooperates?"
    r"|discloses?|releases?|files?\s+a\s+(?:complaint|report))\b[^.;]{0,300}?\bimmune\b"
)
_SAVE_OR_CREATE_VERB = (
    r"(?:limits?|affects?|impairs?|bars?|precludes?|restricts?|abridges?|creates?|establish(?:es)?"
    r"|expands?|enlarges?|diminish(?:es)?)"
)
_OTHER_PUBLIC_WRONG = compile_pattern(
    r"\bfinding\s+for\s+recovery\b|\bpublic\s+(?:money|moneys|monies|funds)\b|\billegal(?:ly)?\s+(?:expend|spen)\w*"
    r"|\billegal\s+expenditures?\b|\bmisspen\w*|\bmisappropriat\w*|\bawarded\s+(?:a|the)\s+contract\b"
    r"|\bbid\s+protests?\b|\binspect\s+or\s+copy\b|\bdenied\s+access\s+to\b[^.;]{0,40}?\brecords?\b"
    # (public resources in an election, a taxpayer's suit over a disbursement, wages owed to an
    # officer, a meeting held in breach of an open-meetings law)
    r"|\bpublic\s+resources\b|\belectioneering\b|\btaxpayers?\b|\bdisbursements?\b|\bovertime\b"
    r"|\bunpaid\s+wages\b|\b(?:open|public)\s+meetings?\b|\bexpenditures?\b|\bbudgets?\b"
)
# A suit that only makes a public body obey a statute or undoes its decision.
_ENFORCES_A_STATUTE_ONLY = compile_pattern(
    r"\bto\s+(?:compel\s+compliance|enjoin\s+(?:further\s+)?(?:non-?compliance|violations?)"
    r"|challenge\s+the\s+validity|invalidate|void|set\s+aside)\b"
    r"|\bfor\s+(?:a\s+)?(?:writ\s+of\s+)?mandamus\b"
)
# A section about forensic laboratories and their analyses.
_LABORATORY_SETTING = compile_pattern(
    r"\bforensic\b[^.]{0,200}?\blaborator(?:y|ies)\b|\bcrime\s+lab"
)
# What a records rule that counts is about: officers or public employees, their misconduct or
# use of force, or claims under the bill.
_RECORDS_SUBJECT = compile_pattern(
    r"\bofficers?\b|\bemployees?\b|\bpolice\b|\bsheriffs?\b|\bdeput(?:y|ies)\b|\btroopers?\b"
    r"|\bconstables?\b|\bmarshals?\b|\blaw\s+enforcement\b|\bcorrection|\bmisconduct\b|\bforce\b"
    r"|\bbody[\s-]*(?:worn|cam)|\brights?\b|\bcolor\s+of\s+law\b|\boversight\b|\bcivilian\b"
    r"|\bdepriv|\bconstitution|\bjudgments?\b|\bof\s+this\s+(?:\d{4}\s+)?act\b"
    r"|\b(?:under|pursuant\s+to)\s+(?:(?:this|the)\s+(?:section|act|chapter|article|subchapter|part"
    r"|subtitle|title|division)\b|section\b|§)"
    r"|\b(?:claims?|actions?|suits?|complaints?)\s+(?:brought\s+|filed\s+)?(?:under|pursuant\s+to)\b"
)
# A fee rule for "the person" (plaintiff, requester) who prevails in the suit just described.
_PREVAILS_IN_THE_SUIT_BEFORE = compile_pattern(
    r"\b(?:if|when|where)\s+(?:the|such)\s+(?:person|plaintiff|requester|requestor|petitioner"
    r"|applicant|complainant)\s+(?:substantially\s+)?prevails\b"
)
_LIABLE_FOR_PAYING_JUDGMENTS = compile_pattern(
    r"\bliable\s+for\s+(?:the\s+)?payment\s+of\b[^.;]{0,40}?\b(?:judgments?|settlements?|awards?)\b"
)
_SUBJECT_TO_LIMITS = compile_pattern(
    r"\bsubject\s+to\s+the\s+(?:(?:monetary|dollar|statutory)\s+)?(?:limits|limitations|caps?)\b"
)
_EXECUTION_ON_A_JUDGMENT = compile_pattern(
    r"\b(?:subject\s+to|exempt\s+from)\s+(?:execution|garnishment|attachment|levy)\b"
)
# A criminal case's or a board's proceeding.
_OTHER_PROCEEDING_WORDS = compile_pattern(
    r"\bprosecution\b|\bcriminal\b|\bboard\b|\bcommission\b|\bcertification\b|\bdecertif\w*"
)
_RIGHTS_WORD = compile_pattern(r"\brights?\b")
_NOTICE_OF_LIABILITY = compile_pattern(
    r"\b(?:shall|must)\s+(?:state|inform|advise|notify|warn|explain|include\s+a\s+(?:statement|notice))\b"
    r"[^.;]{0,80}?\bthat\b"
)
_SAVES_AN_ACTION = compile_pattern(
    # ("3. That nothing in this act shall be construed to create or limit any cause of action
    # against a law-enforcement officer")
    r"(?:\s*\(?\w{1,4}[)._]\s*)*(?:that\s+)?nothing\s+in\s+(?:this|these)\s+(?:[\w-]+\s+){1,2}?(?:shall\s+)?"
    rf"(?:be\s+construed\s+to\s+)?{_SAVE_OR_CREATE_VERB}(?:,?\s+(?:or|and)\s+{_SAVE_OR_CREATE_VERB})?\s+"
    r"(?:an?|any|the)\s+(?:[\w-]+\s+)?(?:action|claim|remedy|remedies|suit|cause\s+of\s+action)s?\b"
)
# A negated subject of liability: "no clinician or co-responder", "no officer".
_NEGATED_LIABLE_SUBJECT = compile_pattern(r"\W*(?:no|neither)\s")
_QUESTIONS_FOR_STUDY = compile_pattern(
    r"\b(?:examine|study|consider|review|evaluate|assess|recommendations?)\b[^.]{0,80}?:?\s*(?:\(?\w{1,3}[).]\s*)?"
    r"whether\b"
)
_NEGLIGENCE_SETTING = compile_pattern(
    r"\bnegligen\w*|\bpursuits?\b|\boperation\s+of\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?vehicles?\b"
    r"|\bfor\s+(?:a|any|the|each)\s+tort\s+claims?\b"
)
_RIGHTS_SETTING = compile_pattern(
    _RIGHTS_WRONG.pattern + r"|\brights?\b(?!\s+of\s+way)|\b1983\b|\bqualified\s+immunity\b"
)
_ENFORCES_A_NAMED_ACT = compile_pattern(
    r"\bactions?\s+to\s+enforce\s+(?:the\s+provisions\s+of\s+)?the\s+(?!civil\s+rights\b)(?:[\w'-]+\s+){1,6}?act\b"
)
_RECORDS_ACCESS_SUIT = compile_pattern(
    r"\b(?:denied|refused)\s+(?:the\s+right\s+to\s+)?(?:inspect|copy|access|a\s+copy)\b"
)
_FOR_A_PENALTY = compile_pattern(
    r"[^.;]{0,40}?\b(?:for|to)\s+(?:a|an|the|any)?\s*(?:civil\s+)?(?:penalt(?:y|ies)|fines?\b|forfeitures?)"
)
_NO_ACTION_AGAINST = compile_pattern(
    r"\bno\s+(?:action|suit|claim|proceeding)s?\b|\b(?:may|shall)\s+not\s+be\s+(?:brought|maintained|filed|commenced)\b"
)
_ON_CONTRACT = compile_pattern(r"\b(?:on|under|upon) (?:a|an|any|the|such) (?:\w+ )?contracts?\b")


# "This section shall not apply to a police officer employed by ...", "... to members of the
# State Police".
_THIS_SECTION_SUBJECT = compile_pattern(
    r"\bthis\s+(?:section|subsection)\s+(?:shall|does|do|will)\s+not\s+apply\s+to\b"
)
_LEAVES_OUT_POLICE = compile_pattern(
    # ("Subsection (a) does not apply to a law enforcement officer employed by the State Police",
    # where (a) is the bar: the bar leaves those officers out.)
    r"\b(?:(?:this|the)\s+(?:section|act|chapter|article|subsection)|subsection\s+\(\w{1,4}\)(?:\s+of\s+this\s+section)?)"
    r"\s+(?:shall|does|do|will)\s+not\s+apply\s+to\s+"
    # (not "to an action against a law enforcement officer": the rule is set aside for the
    # bill's actions, no officer is left out of them)
    # (nor "to a judgment entered under this subtitle against a law enforcement officer": a
    # limit set aside for judgments against officers)
    r"(?!(?:an?\s+|any\s+|the\s+)?(?:civil\s+)?(?:actions?|claims?|suits?|proceedings?|judgments?"
    r"|awards?|settlements?|verdicts?)\b)"
    # (nor "to any other record of a law enforcement agency": records, not people)
    r"(?!(?:an?\s+|any\s+|the\s+)?(?:other\s+)?(?:records?|reports?|data|recordings?|information|files?)\b)"
    r"((?:an?\s+|any\s+|the\s+)?[^.;]{0,70}?\b(?:police|peace|law[ -]enforcement|sheriff|troopers?"
    r"|state patrol)\b"
    # "... shall not apply to a covered officer employed by the state": officers of one employer.
    r"|(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+)?officers?\s+(?:employed|appointed|commissioned)\s+by\b)"
)
# "Section 1 of this 2025 Act does not apply to a claim against a peace officer ...".
_SECTION_NOT_APPLIED_TO_CLAIMS_AGAINST = compile_pattern(
    r"\bsection\s+(?P<number>\d{1,4}[a-z]?)\s+of\s+this\s+(?:\d{4}\s+)?(?:act|chapter|article)\s+"
    r"(?:shall|does|do|will)\s+not\s+apply\s+to\s+(?:an?\s+|any\s+)?(?:claims?|actions?)\s+against\s+"
    r"(?P<rest>[^.;]{3,200})"
)
# Numbered sections of the bill set aside for some police: "The provisions of §§ 8.01-225.4
# through 8.01-225.7 shall not apply to any sheriff, deputy sheriff, or jail officer".
_SECTIONS_LEAVE_OUT_POLICE = compile_pattern(
    r"\b(?:the\s+provisions\s+of\s+)?(?:§§?|sections?|secs?_?)\s*(?P<first>\d[\w:-]*(?:_\d[\w-]*)*)"
    r"(?:\s*(?:,|through|to|and|-)\s*(?:§§?\s*)?\d[\w:-]*(?:_\d[\w-]*)*)*"
    # ("Sections 2 and 3 of this 2026 Act do not apply to a member of the Oregon State Police")
    r"(?:\s+of\s+this\s+(?:\d{4}\s+)?(?:act|chapter|article|title))?"
    r"\s+(?:shall|does|do|will)\s+not\s+apply\s+to\s+(?:an?\s+|any\s+|the\s+)?[^.;]{0,40}?"
    r"\b(?:sheriffs?|police|peace|law[ -]enforcement|troopers?|state\s+patrol|marshals?|constables?)\b"
)
# Public servants who are not police, named as left out of a class of every public employee.
_OTHER_PUBLIC_SERVANTS = (
    r"\b(?:school|college|universit\w*|judges?|judicial|jurors?|legislators?|legislat\w+"
    # (custody staff and elected officials: "This chapter does not apply to a claim against an
    # employee of the department of correction or of a county jail", "... against an elected
    # official")
    r"|teachers?|prosecut\w+|correction(?:al|s)?|jails?|detention|elected)\b"
)
_LEAVES_OUT_OTHERS = compile_pattern(
    # ("Subsection (3) does not apply to an action against a member of the legislature, a judge,
    # or an employee of a school district": the bar of subsection (3) left out for them.)
    r"(?:(?:\b(?:(?:this|the)\s+(?:section|act|chapter|article|part)|sections?\s+[\w ]{1,20}?\s+of\s+this\s+"
    r"(?:\d{4}\s+)?act)\b|\bsubsection\s+\(\w{1,4}\))[^.;]{0,40}?\b(?:shall|does|do|will)\s+not\s+apply"
    # "Nothing in this act applies to judges, prosecuting attorneys, or members of the legislature".
    r"|\bnothing\s+in\s+this\s+(?:act|section|chapter|article)\s+(?:applies|shall\s+apply))"
    r"\s+to\s+(?:an?\s+claims?\s+against\s*:?\s*)?"
    r"[^.]{0,120}?" + _OTHER_PUBLIC_SERVANTS
)
_DEFINITION_LEAVES_OUT_OTHERS = compile_pattern(
    r"\b(?:(?:does|do|shall)\s+not\s+include|excludes?)\b[^.]{0,120}?"
    + _OTHER_PUBLIC_SERVANTS
    # ('"covered employee" means an officer or employee of the State or of a local government
    # ..., other than a teacher or other certificated instructional employee')
    + r"|\bmeans\b[^.]{0,240}?\b(?:other\s+than|excluding|except(?:\s+for)?)\s+(?:an?\s+|any\s+)?"
    + _OTHER_PUBLIC_SERVANTS
)
_ANAPHORIC = compile_pattern(r"\s*(?:the|such|that|those)\s")
# Scopes narrower than every constitutional right.
_NARROW_RIGHTS = frozenset(
    {Rights.ENUMERATED, Rights.ONE_RIGHT, Rights.FORCE_OR_SEARCH, Rights.TORTS}
)
# A class qualified by employer, place or conduct: some of its members only.
_QUALIFIED_CLASS = compile_pattern(
    r"\b(?:employed|appointed|serving|commissioned|of|in|who|that|when|while|acting)\b"
)
# A condition on a claim ("liable ... if, at the time ...", "unless the officer ..."), not a
# concession ("even if", "whether or not").
_CLAIM_CONDITION = compile_pattern(
    r"(?<!even )\b(?:if|only\s+if|only\s+when|unless|provided\s+that)\b(?!\s+or\s+not)"
)
_LEAVES_OUT = compile_pattern(
    r"\b(?:other\s+than|(?:does|shall)\s+not\s+include|except|excluding|but\s+not)\b"
)
_SPECIAL_LIMIT_FOR_ACTIONS = compile_pattern(
    r"\b(?:however|except\s+that|but|provided,?\s+(?:however,?\s+)?that)\b,?\s+(?:[\w-]+\s+){0,4}?(?:in|for|from)\s+"
    r"(?:an?\s+|any\s+)?(?:action|claim|case|suit)s?\s+(?:brought\s+)?(?:under|pursuant\s+to)\b[^.;]{0,160}?\b(?:limits?|caps?"
    r"|maximum|amounts?|(?:shall|may)\s+not\s+exceed)\b"
    # "... exceeds the sum of $200,000, or $1 million for a claim under section 776.40".
    r"|(?:\$\s?[\d,]+|\bmillion|\bthousand|\bdollars)\s+(?:for|in)\s+(?:an?\s+|any\s+|each\s+)?(?:action|claim)s?"
    r"\s+(?:brought\s+)?(?:under|pursuant\s+to)\b"
)
_ENFORCES_THIS_PROVISION = compile_pattern(
    r"\benforce\s+(?:the\s+provisions\s+of\s+)?this\s+(?:section|chapter|act|article|subchapter|title"
    r"|law|ordinance)\b"
)
_DAMAGES_OR_OTHER_RELIEF = compile_pattern(
    r"\bdamages\b|\bmonetary\b|\bany other (?:appropriate )?relief|\blegal\b"
)
_NOTWITHSTANDING_CAP_STATUTE = compile_pattern(
    # ("s. 893.80 (3)": Wisconsin's citation, masked "s_ 893_80")
    # (or a code's own abbreviation, "NRS 41.035"; or the act by name, "the limits of the
    # Government Claims Act")
    r"\bnotwithstanding\s+(?:the\s+provisions\s+of\s+)?(?:sections?|§+|article|chapter|ic|k\.?s\.?a|s_\s?\d|\d"
    r"|[a-z][a-z_]{1,6}\s\d|the\s+(?:limits?|limitations?|caps?)\s+(?:of|in|under)\s+the\s+(?:[\w-]+\s+){1,6}?act\b)"
    # (", the state ... may be held liable ... for up to $1 million": whatever the subject)
    r"(?:[^.;]|\.(?=[a-z_])){0,80}?,[^.;]{0,120}?\b(?:damages|liab\w*|recover\w*|amount|judgment|award|limit(?:ation)?s?|caps?)\b"
)
# A defined term that may name a defense: "official immunity doctrine", "good-faith defense".
_DOCTRINE_TERM_NOUN = compile_pattern(
    r"\b(?:immunit(?:y|ies)|defen[cs]es?|doctrines?|privileges?)\b"
)
_ALSO_APPLIES_TO = compile_pattern(
    r"\b(?:(?:this|the)\s+(?:section|act|chapter|article|provisions\s+of\s+this\s+(?:section|act|chapter))"
    r"|(?:sub)?(?:section|division|paragraph)\s+\(?[a-z0-9]{1,4}\)?)"
    r"\s+(?:also\s+applies|shall\s+(?:also\s+)?apply|applies)"
    r"(?:\s+(?:equally|also|likewise|in\s+the\s+same\s+(?:manner|way)))?\s+to\s+"
    r"((?:every|any|all|each)\s+[^.;]{3,160})"
    # "every reference to a law enforcement officer also includes any other officer, employee,
    # or agent of the State, a unit of local government, ..."
    r"|\breferences?\s+to\s+(?:an?\s+|the\s+)?[\w -]{3,40}?\s+(?:also\s+)?(?:includes?|means?\s+and\s+includes?)"
    r"\s+(?:also\s+)?((?:every|any|all|each)\s+[^.;]{3,200})"
)
_APPLIES_ONLY_TO = compile_pattern(
    # (or a section by its number: "Section 670B.1 applies only to a peace officer employed by a
    # city")
    # (or several: "Sections 2307.95 to 2307.97 of the Revised Code apply only to employees of
    # political subdivisions"; "The provisions of this act apply only to ...")
    r"(?:\b(?:this|the)\s+(?:section|act|chapter|article|subtitle|title|subchapter|part|subsection|paragraph"
    r"|subdivision)"
    r"|\bthe\s+provisions\s+of\s+this\s+(?:section|act|chapter|article|subtitle|subchapter|part)"
    r"|\b(?:sections?|secs?[._]?|§§?)\s*\d[\w_.-]*(?:\s+(?:to|through|and)\s+\d[\w_.-]*)?"
    r"(?:\s+of\s+(?:this\s+(?:act|chapter)|the\s+(?:revised\s+)?code))?)\s+(?:applies|apply|shall\s+apply)"
    r"\s+only\s+to\s+"
    r"([^.;]{3,160})"
)

_AND_NOT_TO = compile_pattern(r",?\s+(?:and|but)\s+(?:(?:do|does|shall|will)\s+)?not\b")
_PEOPLE_OF_AN_EMPLOYER = compile_pattern(
    r"\b(?:officers?|employees?|officials?)(?:\s+(?:and|or)\s+(?:officers?|employees?|officials?))?\s+of\s+[^.;]*"
)
_APPLIES_TO_PEOPLE = compile_pattern(
    r"\b(?:this|the)\s+(?:section|act|chapter|article|subchapter|part)\s+(?:applies|shall\s+apply)\s+to\s+"
    r"((?:an?|any|every|each|all)\s+(?:[\w-]+\s+){0,3}?(?P<noun>members?|officers?|employees?|deputy"
    r"|deputies|troopers?|agents?)\b[^.;]{0,120})"
)


# -- the reading of a whole bill -------------------------------------------------------


# Defined terms that name people.
_PERSON_TERM = compile_pattern(
    r"\b(?:person|individual|officer|official|employee|agent|member|servant|actor|worker)s?\b"
)
# A digest ends at the enacting clause, looked for this far ahead.
_DIGEST_LIMIT = 40_000
# What a ballot pamphlet prints around a measure (never the measure itself), as a heading at
# the start of its line: "BALLOT TITLE", "RESULT OF "YES" VOTE:", "ARGUMENT IN OPPOSITION",
# "ESTIMATE OF FINANCIAL IMPACT:", "PLAIN ENGLISH STATEMENT OF THE ATTORNEY GENERAL", "BALLOT
# EXPLANATION (prepared by the secretary of state; not part of the measure)", "The proposed
# amendment would:".
_VOTER_MATERIAL_HEADING = compile_pattern(
    r"[ \t*#]*(?:(?:ballot\s+(?:title|summary|question|language|explanation|label|measure\s+summary)"
    r"|popular\s+name|explanatory\s+statement|(?:official\s+)?(?:voter|voters')\s+(?:guide|pamphlet|information)"
    r"|results?\s+of\s+[\"“']?(?:yes|no)[\"”']?\s+vote|arguments?\s+(?:and\s+explanation\s+)?(?:in\s+favou?r|for|against"
    r"|in\s+opposition|in\s+support|opposing|supporting)|rebuttal\s+(?:to|of)\s+(?:the\s+)?argument"
    r"|(?:estimate\s+of\s+)?(?:fiscal|financial)\s+impact(?:\s+(?:statement|estimate|summary))?"
    r"|plain\s+english\s+statement|nonpartisan\s+(?:research\s+)?statement|impartial\s+analysis)\b"
    r"(?:[^\n:]{0,160}?(?P<colon>:))?"
    r"|(?:the|this)\s+(?:proposed\s+)?(?:constitutional\s+)?(?:amendment|measure|proposal|initiative)\s+would\s*(?P<colon2>:)"
    # A law reprinted beside the measure ("FOR INFORMATION ONLY - TEXT OF ORDINANCE NO. 21014
    # PROPOSED FOR REPEAL (this text is not part of the measure)"): it runs to the next heading.
    r"|(?P<reprint>for\s+information\s+only)\b)"
)
# The words such a heading opens with (a line holding none of them is never tried).
_VOTER_MATERIAL_WORDS = (
    *("ballot", "popular name", "explanatory statement", "voter", "result", "argument"),
    *("rebuttal", "impact", "plain english", "nonpartisan", "impartial analysis", "would"),
    "information only",
)
# How far into its line a heading's word may stand ("========== BALLOT TITLE").
_HEADING_WORD_REACH = 40
_JOURNAL_HEAD_REACH = 220


_FAILED_AMENDMENT = compile_pattern(
    r"[ \t>*#-]{0,12}(?:(?:house|senate|floor|committee|council|assembly)\s+)?amendment\s+no[._]?\s*\d+[^\n]{0,40}?"
    r"\b(?:not\s+adopted|tabled|failed|withdrawn|rejected|lost)\b"
)


def _lines_holding(
    lowered: str, positions: list[int], reach: int = _HEADING_WORD_REACH
) -> list[int]:
    """The starts of the lines in which a word found at one of ``positions`` stands within
    ``reach`` of the line's start, in order (words found by AnalysisText.positions: a regex
    anchored at every line of a long bill is slow)."""
    starts: set[int] = set()
    for position in positions:
        line_start = lowered.rfind("\n", 0, position) + 1
        if position - line_start <= reach:
            starts.add(line_start)
    return sorted(starts)


# A proposal to amend a constitution (not a statute's article I).
_CONSTITUTIONAL_AMENDMENT = compile_pattern(
    r"\bconstitutional\s+(?:amendment|measure)|\bamend(?:ment|ing|s)?\s+(?:to\s+)?(?:the\s+|this\s+)?(?:[\w.]+\s+)"
    r"{0,4}?constitution\b|\bjoint\s+resolution\b[^.]{0,200}?\bconstitution\b"
)
_AMENDS_ARTICLE_ONE = compile_pattern(
    r"\barticle\s+(?:i|1|one|first)\b(?:,?\s+(?:of\s+the\s+)?(?:[\w.]+\s+){0,5}?constitution(?:\s+of\s+(?:the\s+)?"
    r"(?:state\s+of\s+)?[\w ]{2,20}?)?,?)?(?:,?\s+section\s+\w+)?\s+(?:is|be|shall\s+be)\s+(?:hereby\s+)?(?:amended|created)"
    r"|\b(?:add(?:s|ing)?|creat(?:e|es|ing))\s+(?:a\s+)?(?:new\s+)?section(?:\s+[\w.]+)?\s+(?:to|of|in)\s+article\s+(?:i|1|one)\b"
    r"|\ba\s+new\s+section\s+to\s+article\s+(?:i|1|one)\b"
    r"|\b(?:declaration|bill)\s+of\s+rights\b[^.;]{0,60}?\b(?:is|be)\s+(?:hereby\s+)?amended\b"
)
# How a claim's "this article" reads in such an amendment.
_BILL_OF_RIGHTS_ARTICLE = "article i of the constitution of this state"


def _in_capitals(text: str) -> bool:
    """Whether every letter of ``text`` (three at least) is a capital."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


# A working file's heading for a version the drafter has replaced, and any version's heading.
# An amendment that replaces the whole bill: "strike everything below (after) the enacting
# clause and substitute", "strike the original sections and insert the following new
# sections", "delete all after the enacting clause and insert".
_STRIKES_THE_WHOLE_BILL = compile_pattern(
    r"\b(?:strik(?:e|es|ing)|delet(?:e|es|ing)|replac(?:e|es|ing)|remov(?:e|es|ing))\s+(?:out\s+)?(?:everything"
    r"|all|all\s+matter|the\s+original\s+(?:sections?|provisions|text)"
    r"|all\s+(?:of\s+the\s+)?(?:original\s+)?sections?)\s+(?:(?:below|after|following)\s+the\s+enacting\s+"
    r"(?:clause|words|formula)\s+)?(?:of\s+the\s+(?:printed\s+)?bill\s+)?(?:and|,|with)\s+"
    r"(?:insert|substitut|the\s+following)"
)
# What heads a later print of the whole bill in the same document.
_LATER_PRINT = compile_pattern(
    r"\bsubstitute\b|\bas\s+(?:amended|reported|engrossed|passed)\b|\bnew\s+draft\b|\bengrossed\b"
    r"|\bamended\s+and\s+recommitted\b|\breprint\b|\bredraft\b|\bsecond\s+print\b|\bc\.?s\.?\s+for\b"
    r"|\b(?:house|senate|assembly)\s+(?:bill|file)\s+no[_.]?\s*\d+\s*[-\u2013]\s*[a-z]\b|\b[sah][_.]?\s?\d{1,5}-[a-z]\b"
)
_SUBSTITUTE_HEAD_REACH = 1500


def _amendment_failed(near: str) -> bool:
    """Whether the words around an amendment record that it failed. A committee's form lists
    every outcome ("ADOPTED _____ (Y/N) ... FAILED TO ADOPT __Y__ (Y/N)"): there only the marked
    one counts."""
    if "(y/n)" in near:
        return _MARKED_FAILURE.search(near) is not None
    return _AMENDMENT_FAILED_NEAR.search(near) is not None


_MARKED_FAILURE = compile_pattern(
    r"\b(?:failed\s+to\s+adopt|withdrawn|not\s+adopted|rejected)\s*_*\s*y\s*_*\s*\(y/n\)"
)
# An amendment's heading at its line's start: "FLOOR AMENDMENT NO. 2", "AMENDMENT H-8103",
# "Amendment No. 2 proposed to House Bill No. 1201", "SENATE AMENDMENT NO. 1 TO SENATE BILL".
_AMENDMENT_HEAD = compile_pattern(
    # ("SENATE JUDICIARY COMMITTEE AMENDMENTS TO SENATE, No. 2210": a committee's name before it)
    # ("Committee of the Whole amendment No. 2", "SENATE FLOOR AMENDMENT number 1 to ...")
    r"[ \t>*#-]{0,12}(?:(?:floor|committee|house|senate|assembly|council|conference)\s+|committee\s+of\s+the\s+whole\s+"
    r"|[a-z]+\s+(?=committee\s)){0,3}"
    r"amendments?\s+"
    # (a bare number only where the heading's line goes on with no words: "HOUSE FLOOR AMENDMENT
    # 2 -- ADOPTED", "SENATE AMENDMENT 1,"; not a record, "Senate Amendment 1 to Senate Bill 261
    # adopted")
    # ("Assembly amendment 2 to Assembly Bill 63 offered by Representative Ocampo.", "Assembly
    # amendment 2 to Assembly Bill 63:": Wisconsin's journal names the bill after the number)
    r"(?:(?:no[._]?\s*|number\s+|(?=\d+[a-z]?[ \t]*(?:[,:(\n]|--|-|\u2013|$))"
    r"|(?=\d+[a-z]?\s+to\s+[^\n]{1,80}?(?:\boffered\s+by\b|:[ \t]*(?:\n|$))))(?P<label>\d+[a-z]?)\b"
    r"|(?P<code>[a-z]{1,3}-?\d{1,6})\b|(?:proposed|offered|to)\b)"
    # A journal's line that introduces one ("Representative Kirby offered the following amendment
    # to HB187:"), or the bare heading printed above its text.
    # ("Rep. Beaulieu of Barre City moved to amend the bill in Sec. 1 ...", "Representative SIROIS
    # PRESENTED House Amendment "A" (H-241)")
    # ("Representative Okafor offers Amendment No. 1, which reads:": a journal in the present tense)
    r"|[^\n]{0,200}?\b(?:(?:offered|offers|proposed|proposes|submitted|submits|presented|presents)\s+"
    r"(?:the\s+following\s+|an?\s+)?"
    r"(?:[\w\"'-]+\s+){0,2}?amendments?\b(?:\s+(?:no[._]?\s*|number\s+)(?P<offered>\d+[a-z]?)\b)?"
    r"|moved\s+to\s+(?:further\s+)?amend\b"
    # ("Representative Klemin moved the following amendments to Engrossed SB 2276:"; not "moved
    # to table Amendment No. 3")
    r"|moved\s+(?:the\s+following|an?)\s+amendments?\b)"
    r"|[ \t]*amendments?[ \t]*:?[ \t]*(?=\n)"
)
_BAR_FOR_SOME_CLAIMS = compile_pattern(r"\balleg(?:ing|es|ed|ation)\b|\bforce\b|\bsearch|\bseizure")
_QUESTION_PUT = compile_pattern(r"\bshall\s+the\s+[^?]{1,80}\?")
_NUMBERED_AM_HEAD = compile_pattern(r"(?m)^[ \t]*(?P<label>am\d{3,5})\b")
# A line that records what a chamber or committee did.
_RECORD_LINE = compile_pattern(r"\bjournal\b|\bvote\b|\bayes\b|\bnays\b|\brecord\s+no\b")
_RECORD_CLAUSE_SPLIT = compile_pattern(r"(?<!\bno)\.\s+|;\s*|\s--\s")
_FAILURE_WORDS = (
    *("withdrawn", "withdrew", "lost", "negative", "disagreed", "out of order", "did not prevail"),
    *("indefinitely postponed", "postponed indefinitely"),
    "failed",
    "defeated",
    "tabled",
    "to table",
    "on the table",
    "not germane",
    "rejected",
    "not adopted",
    "not agreed",
    "receded from",
)
_ADOPTION_WORDS = ("adopted", "agreed to")
# ("... recommend that Senate Amendment No. 512 be receded from by the Senate": dropped)
_FAILURE_RECORD = compile_pattern(
    r"\b(?:failed|defeated|tabled|ruled\s+not\s+germane|not\s+germane|rejected|not\s+adopted|receded\s+from)\b"
    # (the formulas of other journals: "determined in the negative ... not agreed to", "Which was
    # disagreed to", "the amendment was withdrawn", "The amendment lost", "ruled out of order")
    r"|\b(?:not\s+agreed\s+to|disagreed\s+to|determined\s+in\s+the\s+negative|negatived|did\s+not\s+prevail"
    r"|(?:ruled\s+)?out\s+of\s+order|withdrawn|withdrew|lost|indefinitely\s+postponed|postponed\s+indefinitely)\b"
)
_TABLED_RECORD = compile_pattern(
    r"\bmotion\s+to\s+(?:table|lay\s+(?:[\w.-]+\s+){0,4}?on\s+the\s+table)\b[^.;]{0,60}?"
    r"\b(?:prevailed|carried|was\s+adopted|was\s+agreed\s+to|passed)\b"
    r"|\b(?:was|were)\s+laid\s+on\s+the\s+table\b"
    # ("The motion was agreed to and the amendment laid on the table")
    r"|\bamendments?\s+laid\s+on\s+the\s+table\b"
    # ("moved to table the Kirby amendment, which motion prevailed"; "Shall the amendment be laid
    # on the table? Motion carried")
    r"|\bmoved\s+to\s+(?:table|lay\s+(?:[\w.-]+\s+){0,4}?on\s+the\s+table)\b[^.;]{0,80}?\bwhich\s+motion\s+"
    r"(?:prevailed|carried|was\s+adopted|was\s+agreed\s+to)\b"
    r"|\blaid\s+on\s+the\s+table\W{0,3}\s*(?:the\s+)?motion\s+(?:prevailed|carried)\b"
)
_MOTION_TO_AMEND_LINE = compile_pattern(
    r"[^\n]{0,200}?\bmoved\s+to\s+(?:further\s+)?amend\b[^\n]{0,600}?\b(?:providing|by\s+(?:adding|inserting"
    r"|striking|deleting))\b"
)
# A motion to table an amendment, and how far after it its fate is looked for.
_MOVED_TO_TABLE = compile_pattern(
    r"\bmoved\s+(?:that\s+[^.;]{1,160}?\s+be\s+laid\s+on\s+the\s+table|to\s+(?:table|lay\s+[^.;]{1,120}?"
    r"\s+on\s+the\s+table))\b"
)
_MOTION_CARRIED = compile_pattern(
    r"\bmotion\s+(?:carried|prevailed|was\s+adopted|was\s+agreed\s+to)\b|\bthe\s+ayes\s+have\s+it\b"
)
_TABLING_OUTCOME_REACH = 300
_RECONSIDERED = compile_pattern(r"\breconsider(?:ed|ation)?\b[^.;]{0,80}?\bvote\b")
_ADOPTION_RECORD = compile_pattern(
    r"(?<!not\s)\b(?:adopted|agreed\s+to(?!\s+(?:recommend|report|meet|consider)))\b"
)


def _record_outcome(clause: str) -> tuple[bool, bool]:
    """Whether a clause of an amendment's record says it failed, and whether it says it was
    adopted. "The motion to table prevailed" or "the motion to lay on the table was adopted"
    tables the amendment, whatever the motion's own fate is called."""
    tabled = _TABLED_RECORD.search(clause) is not None
    failed = tabled or _FAILURE_RECORD.search(clause) is not None
    return failed, not tabled and _ADOPTION_RECORD.search(clause) is not None


# A record of a report's adoption ("Conference report adopted by Assembly"), not an amendment's.
_REPORT_ADOPTED = compile_pattern(r"\breport\b")
_AMENDMENT_BLOCK_LIMIT = 20_000  # an amendment printed after a bill is never longer
# A chamber receding from an amendment whose text the report quotes: "The Senate recede from its
# amendment ..., which amendment reads:", "That the Senate recedes from Senate Amendment A04417,
# which would have amended the bill, page 4, by inserting after line 30:".
_RECEDED_AMENDMENT_QUOTED = compile_pattern(
    r"\brecedes?\s+from\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?amendments?\b[^\n]{0,300}?"
    r"\bwhich\s+(?:amendment\s+|amendments\s+)?(?:reads?|would\s+have\s+amended)\b[^\n]{0,200}?:"
)
_BLANK_LINE = compile_pattern(r"\n[ \t]*\n")
# Where a quotation ends: its closing mark at a line's end before a blank line.
_QUOTATION_ENDS = compile_pattern(r"[\"”][.;]?[ \t]*\n[ \t]*\n")
# The report's next numbered item: "\n\n3. That the bill be passed ...".
_NEXT_REPORT_ITEM = compile_pattern(r"\n[ \t]*\n[ \t]*\d{1,2}\.[ \t]+(?=[a-z])")
# A heading over text printed for reference only, as what amendments removed: "FOR REFERENCE:
# ENGROSSED HOUSE BILL NO. 1329, page 1, lines 5-24 (removed by the Senate amendments)".
_REMOVED_TEXT_FOR_REFERENCE = compile_pattern(
    r"[ \t*#-]{0,6}for\s+reference\b[^\n]{0,200}?\b(?:removed|deleted|stricken|struck|omitted)\b"
)


# How a record names an amendment: by its number after "Amendment No." or a chamber's "SA"/"HA"
# ("Amendment No. 2 failed", "SA 1 to SS 1 ... Defeated"), or by its code ("H-8103", "AM1530").
_AMENDMENT_NUMBER_NAMED = compile_pattern(
    r"\b(?:amendment\s+no[._]?\s*|[a-z]a\s+)(?P<label>\d+[a-z]?)\b"
)
_AMENDMENT_CODE_NAMED = compile_pattern(r"\b(?P<label>[a-z]{1,3}-?\d{1,6})\b")


def _names_label(clause: str, label: str) -> bool:
    """Whether a record's clause names the amendment ``label`` ("2", "h-8103", "am1530"). (Read
    with fixed patterns: one built from each document's label would add to the pattern cache.)"""
    named = (
        _AMENDMENT_NUMBER_NAMED
        if label.isdigit() or label[:-1].isdigit()
        else _AMENDMENT_CODE_NAMED
    )
    return any(found.group("label") == label for found in named.finditer(clause))


# An amendment's instruction to strike one of the bill's numbered units whole.
_STRIKES_A_UNIT = compile_pattern(
    r"\b(?:strik(?:e|es|ing)|delet(?:e|es|ing)|remov(?:e|es|ing))\s+(?:out\s+)?(?:all\s+of\s+)?"
    r"(?P<kind>section|sec\.?|part)\s+(?P<number>\d{1,3}[a-z]?|[a-z])\b(?!\.\d|-\d|\()"
    r"(?=\s+(?:of\s+the\s+bill\s+)?in\s+its\s+entirety|\s*[.;,]|\s+and\s+(?:by\s+)?(?:insert|renumber|substitut))"
)
# "Delete section 2307.47 of the Revised Code in its entirety": a code section the bill enacts.
_STRIKES_A_CODE_SECTION = compile_pattern(
    r"\b(?:strik(?:e|es|ing)|delet(?:e|es|ing)|remov(?:e|es|ing))\s+(?:out\s+)?(?:section|sec\.?|§)\s*"
    r"(?P<number>\d{1,5}[.-]\d{1,5}[a-z]?)(?:\s+of\s+the\s+(?:revised\s+code|general\s+statutes|code))?"
    r"\s+in\s+its\s+entirety\b"
)
_NEXT_CODE_HEADING = compile_pattern(r"(?m)^[ \t]*(?:sec\.|section|§)\s*\d")
_CODE_SECTION_HEADING = compile_pattern(
    r"(?m)^[ \t]*(?:sec\.|section|§)\s*(?P<number>\d{1,5}[.-]\d{1,5}[a-z]?)\b(?![.-]\d)"
)
_CODE_SECTION_LEAD_REACH = 600
_AMENDMENT_LEAD_REACH = 250
_PART_OF_A_SECTION_BEFORE = compile_pattern(
    r"\b(?:subsection|paragraph|subdivision|clause|subparagraph)\s+\(?\w{1,4}\)?\s+of\s+$"
    # ("14 MRSA §8121, sub-§7, as enacted by section 1 of this Act, is repealed": one subsection)
    r"|(?:\bsub-§|\b(?:subsection|paragraph|subdivision|subparagraph)\s)\s*\(?\w{1,4}\)?\s*,\s*"
    # ("5 MRSA §4682-A, sub-§1, ¶A, as enacted by this Act, section 1, is repealed": a paragraph)
    r"(?:(?:sub-)?¶\s*\(?\w{1,4}\)?\s*,\s*){0,2}$"
    r"|(?:sub-)?¶\s*\(?\w{1,4}\)?\s*,\s*$"
)
_REPEALS_ITS_OWN_SECTION = compile_pattern(
    r"\b(?:section|sec\.?)\s+(?P<number>\d{1,3}[a-z]?)\s+of\s+this\s+(?:act|bill)\s+(?:is|are|shall\s+be)\s+"
    r"(?:hereby\s+)?repealed\b"
    r"|\bas\s+enacted\s+by\s+(?:section|sec\.?)\s+(?P<enacted>\d{1,3}[a-z]?)\s+of\s+this\s+(?:act|bill)\s*,?\s*"
    r"(?:is|are|shall\s+be)\s+(?:hereby\s+)?repealed\b"
    r"|\bas\s+enacted\s+by\s+this\s+(?:act|bill)\s*,\s*(?:section|sec\.?)\s+(?P<section>\d{1,3}[a-z]?)\s*,\s*"
    r"(?:is|are|shall\s+be)\s+(?:hereby\s+)?repealed\b"
)
# The heading of one of the bill's units at a line's start, with its number.
# A record that the governor vetoed some of the bill's sections: "with the exception of section
# 4, which is vetoed"; "with the exception of Section 6, which I have VETOED"; "I have vetoed
# section 4 of Engrossed Substitute House Bill No. 1788", "I am vetoing Section 5"; "the
# line-item veto of New Section 2".
_VETOES_A_SECTION = compile_pattern(
    r"\bwith\s+the\s+exception\s+of\s+(?:new\s+)?sections?\s+(?P<numbers>\d{1,3}[a-z]?(?:(?:,\s*|,?\s+and\s+)\d{1,3}[a-z]?)*)"
    r"(?=,?\s+which\s+(?:is|are|was|were|has\s+been|have\s+been|i\s+have|i\s+am|i\s+hereby)\s+(?:hereby\s+)?vet)"
    # (a partial veto strikes some words of a section, unless it takes the section "in its
    # entirety"; and a print's caption, "as enrolled and partially vetoed", names no section)
    r"|\b(?:(?:have|hereby|am|line[-\s]item)\s+vet(?:oed|oing|o)|(?:partially|partial)\s+vet(?:oed|oing|o)"
    r"(?=[ \t]+(?:of[ \t]+)?(?:new[ \t]+)?sections?[ \t]+\d{1,4}[a-z]?[ \t]+in[ \t]+(?:its[ \t]+)?entirety))"
    r"[ \t]+(?:of[ \t]+)?(?:new[ \t]+)?sections?[ \t]+(?P<numbers2>\d{1,4}[a-z]?)\b"
    # (not a partial veto of some of its words: "partially vetoing section 2471 by striking the
    # words ...", "Section 2471 [as it relates to s. 893.875 (5)]")
    r"(?!\s*(?:\[|by\s+(?:striking|deleting|removing)|as\s+it\s+relates))"
    # A note where the section stood ("*Sec. 3 was vetoed.", "Section 1522 vetoed.") or its
    # heading marked ("SECTION 1522. [Vetoed In Full]").
    r"|\b(?:new\s+)?sec(?:tion)?\.?\s+(?P<numbers3>\d{1,4}[a-z]?)\s+(?:(?:was|is|has\s+been)\s+)?vetoed\b"
    r"|\bsec(?:tion)?\.?\s+(?P<numbers4>\d{1,4}[a-z]?)\.?\s*\[\s*vetoed\b"
)
# Where a governor's message about a veto opens: its heading ("VETO MESSAGE ON ESHB 1788",
# "GOVERNOR'S PARTIAL VETO MESSAGE") or its first words of the veto ("I have this day SIGNED ...,
# with the exception of Section 6, which I have VETOED").
_VETO_MESSAGE_OPENS = compile_pattern(
    r"(?m)^[ \t]*(?:governor['’]s\s+)?(?:partial\s+|line[-\s]item\s+|amendatory\s+)?veto\s+message\b"
    r"|\bi\s+have\s+(?:this\s+day\s+)?(?:signed|approved)\b[^.]{0,200}?\bwith\s+the\s+exception\s+of\b"
    r"|^[ \t]*message\s+from\s+the\s+governor\b|\bi\s+hereby\s+(?:line[-\s]item\s+)?veto\b"
)
# The legislature overrode a veto: the section stands.
_VETO_OVERRIDDEN = compile_pattern(
    r"\bveto(?:es)?\b[^.]{0,80}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+overridden\b"
    r"|\boverr(?:ode|idden)\s+the\s+(?:governor['’]s\s+)?veto"
    r"|\bmotion\s+to\s+override\b[^.]{0,160}?\b(?:prevailed|carried|was\s+adopted|passed)\b"
)
_UNIT_HEADING = {
    # (Washington's "NEW SECTION. Sec. 4." and Kansas's "New Sec. 2." too)
    "section": compile_pattern(
        # (Washington marks a vetoed section's heading with an asterisk: "*NEW SECTION. Sec. 3.")
        r"(?m)^[ \t]*\*?[ \t]*(?:new\s+(?:section\.\s+)?)?(?:section|sec\.?)\s+(?P<number>\d{1,4}[a-z]?)\b(?![.-]\d)"
    ),
    "part": compile_pattern(r"(?m)^[ \t]*part\s+(?P<number>[a-z0-9]{1,3})\b"),
}
_NEXT_UNIT_HEADING = {
    # (not a code section the unit quotes: "Section 15-78-230. ...")
    "section": compile_pattern(
        r"(?m)^[ \t]*\*?[ \t]*(?:new\s+(?:section\.\s+)?)?(?:section|sec\.?)\s+\d{1,4}[a-z]?\b(?![.-]\d)"
        r"|^[ \t]*part\s+[a-z0-9]{1,3}\b"
    ),
    "part": compile_pattern(r"(?m)^[ \t]*part\s+[a-z0-9]{1,3}\b"),
}


_LATER_PRINT_HEADING = compile_pattern(
    r"\b(?:house|senate|assembly)\s+(?:committee\s+)?substitute\s+(?:no[_.]?\s*\d+\s+)?(?:for|to)\s+"
    r"(?:house|senate|assembly)\s+bill\b"
    r"|(?m:^[ \t]*(?:committee\s+)?substitute\s+for\b)"
    r"|\bordered\s+reprinted\s+as\s+amended\b"
    r"|\bsubstituting\s+therefor\s+(?:the\s+)?(?:accompanying\s+)?(?:bill|new\s+draft|text)\b"
    r"|(?m:^[ \t]*as\s+reported\s+by\s+the\b)",
    re.IGNORECASE,
)
# The record that an amendment failed, near it.
_AMENDMENT_FAILED_NEAR = compile_pattern(
    r"\b(?:not\s+(?:adopted|agreed\s+to)|rejected|withdrawn|failed|defeated|tabled|lost)\b"
)
_AMENDMENT_HEAD_REACH = 300
_INTRODUCED_IN_A_JOURNAL = compile_pattern(
    r"\b(?:offered|offers|proposed|proposes|submitted|submits|presented|presents"
    r"|moved\s+to\s+(?:further\s+)?amend)\b"
)
_LABEL_LINES_ABOVE = 3  # an amendment's heading stands a line or two above its instruction
_VERSION_WORDS = ("version", "draft", "v_", "v ")
_VERSION_ENDED_WORDS = ("supersed", "withdrawn", "obsolete")  # what a superseded heading says
_SUPERSEDED_VERSION_HEADING = compile_pattern(
    r"(?m)[ \t=*#-]*(?:version|draft|v_?)\s*[\w_]{0,6}\b[^\n]{0,60}?\b(?:superseded|withdrawn|obsolete)\b[^\n]*$"
)
_VERSION_HEADING = compile_pattern(r"(?m)^[ \t=*#-]*(?:version|draft)\s+[\w_]{1,6}\b[^\n]{0,80}$")


# A heading that says its passage is not part of the measure ("STATEMENT OF THE PETITIONERS (not
# part of the measure)").
_NOT_PART_OF_THE_MEASURE = compile_pattern(
    r"(?m)^[^\n]{0,120}\(not\s+part\s+of\s+the\s+(?:measure|ordinance|act|bill)\)"
)
# Where a measure's own text starts after such material.
_MEASURE_TEXT_STARTS = compile_pattern(
    r"(?m)^[ \t*#]*(?:full\s+)?text\s+of\s+(?:the\s+)?(?:proposed\s+)?(?:constitutional\s+)?(?:measure|amendment"
    r"|initiative|act|law|proposal|resolution|ordinance)\b"
    r"|\bbe\s+it\s+(?:enacted|ordained|resolved)\b|\bdo(?:es)?\s+(?:hereby\s+)?(?:enact|ordain),?\s+as\s+follows"
    # (a section heading: "Section 1.", "SECTION 28. Civil remedy.--", "Sec. 29. (1) ...")
    r"|(?m:^)[ \t*#]*(?:section|sec[_.]?)\s+\d+[a-z]?\s*(?:[._:\u2014\u2013-]|$)"
)
# Where the law starts after a digest printed with no enacting clause: its first section,
# wherever the line breaks fell ("DIGEST: ... SECTION 1. IC 34-13-10-1 is added: ...").
_LAW_AFTER_DIGEST = compile_pattern(r"\b(?:section|sec_?)\s*\d|§")
# What closes a preamble's recitals: the resolving or enacting clause.
_RECITALS_END = compile_pattern(
    r"\bnow,?\s+therefore\b|\bresolved\b|\bbe\s+it\s+(?:enacted|ordained)\b"
    r"|\b(?:does|do)\s+(?:hereby\s+)?(?:enact|ordain)\b"
)
# A findings list ends at the next section heading, looked for this far ahead.
_FINDINGS_LIST_LIMIT = 20_000
# A findings list whose first item is numbered "1." (its items may then open lines with numbers),
# and a line opening with a bare section number ("3. (New section) Definitions.").
_NUMBERED_ITEM_FIRST = compile_pattern(r"[ \t]*+(?:\n[ \t]*+)?\d{1,3}\.\s")
_NUMBERED_SECTION_LINE = compile_pattern(r"\n[ \t]{0,8}+\d{1,3}\.[ \t]+(?=[(a-z])")


class Reading:
    """Every legal fact of one bill, read lazily and cached."""

    def __init__(
        self,
        text: AnalysisText,
        codified_immunity: tuple[str, ...] = (),
        *,
        state_bill: bool = False,
        employee_immunity: str | None = None,
        set_aside_by_record: tuple[tuple[int, int], ...] | None = None,
    ) -> None:
        self.text = text
        # Read again with what the record set aside already struck (the engine's second
        # reading, given those spans): the records are not read again, since an amendment
        # struck is no longer there to own its record, which would then seem to speak of the
        # one printed before it.
        self.set_aside_by_record = set_aside_by_record
        # The state's code sections that codify qualified immunity (state_law): repealing
        # them by number takes the defense away.
        self.codified_immunity = codified_immunity
        # Read as a state's bill (the engine was given a state): people acting under color of
        # federal law only are then some public actors, not the government's own.
        self.state_bill = state_bill
        # How bills cite the state's statute shielding public employees personally (state_law):
        # a bar of the doctrine beside "section 820.2 applies to an action under this section"
        # keeps the defense under another name.
        self.employee_immunity = employee_immunity

    def find(self, name: str, *, needing: re.Pattern[str] | None = None) -> list[Sentence]:
        """Sentences the named rule finds through its gate (and that match ``needing``,
        when the reader discards every sentence without it: see AnalysisText.matching)."""
        declared = rule(name)
        return self.text.matching(declared.pattern, *declared.gate, needing=needing)

    @cached_property
    def findings_spans(self) -> tuple[tuple[int, int], ...]:
        """Spans of findings lists ("Congress finds the following: (1) ... (12) ..."): from
        the formula that opens the list to the next section heading. Each item is its own
        sentence and does not say it is a finding, so the list is found as a whole. Also
        a digest or summary printed before the enacting clause."""
        lowered = self.text.lowered
        spans = []
        # A digest or summary printed before the enacting clause ("LEGISLATIVE COUNSEL'S
        # DIGEST ... Existing law ... This bill would ...") describes the bill and the law it
        # changes: from its heading to the enacting clause that follows it.
        for heading in self.find("digest_heading"):
            digest = lexicon.DIGEST_HEADING.search(lowered, heading.start, heading.end)
            if digest is None:
                continue
            enacting = lexicon.ENACTING_CLAUSE.search(
                lowered, digest.end(), digest.end() + _DIGEST_LIMIT
            )
            if enacting:
                spans.append((digest.start(), enacting.end()))
            elif (
                # (the heading opens its line)
                not lowered[lowered.rfind("\n", 0, digest.start()) + 1 : digest.start()].strip()
                and lexicon.ENACTING_CLAUSE.search(lowered, 0, digest.start())
            ):
                # A synopsis or digest printed after the bill's text ("SYNOPSIS OF AMENDMENT
                # AM-1 ... Retains the provisions barring qualified immunity"), heading its own
                # passage: it describes the bill to the end of the print.
                spans.append((digest.start(), len(lowered)))
            elif lexicon.ENACTING_CLAUSE.search(lowered) is None:
                # An analysis or summary printed on its own ("Legislative Analysis ... BRIEF
                # SUMMARY: House Bill 4601 would ..."): no enacting clause anywhere, so it
                # describes the bill up to the first section of law, if it quotes any.
                section = _LAW_AFTER_DIGEST.search(lowered, digest.end())
                spans.append((digest.start(), section.start() if section else len(lowered)))
        # A bare "SUMMARY" line (Maine and Oregon print one): before the enacting clause it runs
        # to that clause; after the bill's text it describes the bill to the end of the print.
        if "summary" in lowered:
            for heading in _SUMMARY_LINE.finditer(lowered):
                enacting = lexicon.ENACTING_CLAUSE.search(
                    lowered, heading.end(), heading.end() + _DIGEST_LIMIT
                )
                if enacting:
                    spans.append((heading.start(), enacting.end()))
                elif lexicon.ENACTING_CLAUSE.search(lowered, 0, heading.start()):
                    spans.append((heading.start(), len(lowered)))
                elif lexicon.ENACTING_CLAUSE.search(lowered) is None:
                    # A bill's page on a legislature's or a tracker's site ("Status: ... Summary
                    # Relates to ...; provides that ..."), no enacting clause anywhere: the
                    # summary describes the bill up to the first section of law it quotes.
                    section = _LAW_AFTER_DIGEST.search(lowered, heading.end())
                    spans.append((heading.start(), section.start() if section else len(lowered)))
        spans.extend(self._voter_material_spans())
        spans.extend(self._superseded_version_spans())
        spans.extend(self._struck_by_substitute_spans())
        spans.extend(self._failed_amendment_spans())
        spans.extend(self._amendments_recorded_as_failed)
        spans.extend(self._units_struck_by_amendment())
        spans.extend(self._sections_repealed_by_the_bill())
        spans.extend(self._spans_without_force())
        spans.extend(self._other_lawmakers_spans())
        spans.extend(self._drafting_note_spans())
        spans.extend(self._recital_spans())
        openings = [
            opening
            for sentence in self.find("findings_list_opening")
            for opening in lexicon.FINDINGS_LIST_OPENING.finditer(
                lowered, sentence.start, sentence.end
            )
        ]
        for opening in openings:
            reach = opening.end() + _FINDINGS_LIST_LIMIT
            heading = lexicon.SECTION_HEADING.search(lowered, opening.end(), reach)
            if not _NUMBERED_ITEM_FIRST.match(lowered, opening.end()):
                # New Jersey numbers its sections "3. (New section) Definitions." and letters the
                # findings ("a. The rights ..."): where the list's items are not "1.", "2.", a
                # line opening with a bare number is the next section.
                numbered = _NUMBERED_SECTION_LINE.search(
                    lowered, opening.end(), heading.start() if heading else reach
                )
                heading = numbered or heading
            # Amending text never belongs to a findings list: it ends the list at its line.
            amending = lexicon.AMENDS.search(lowered, opening.end(), reach)
            if amending:
                line_start = lowered.rfind("\n", opening.end(), amending.start())
                if line_start != -1 and (heading is None or line_start < heading.start()):
                    spans.append((opening.start(), line_start))
                    continue
            if heading:
                spans.append((opening.start(), heading.start()))
                continue
            # No heading follows (the last section, or a passage): the list is the numbered
            # lines that follow the opening.
            line_end = lowered.find("\n", opening.end())
            if line_end != -1:
                items = lexicon.LIST_ITEM_LINES.match(lowered, line_end + 1)
                spans.append((opening.start(), items.end() if items else line_end))
        return tuple(spans)

    @cached_property
    def _adds_to_bill_of_rights(self) -> bool:
        """Whether the text amends a constitution's first article, its declaration or bill of
        rights (a new section "to article I of the Constitution", "Article 1 is amended by
        adding ...", "ARTICLE I, SECTION 28 is created"), in a proposal to amend a constitution."""
        lowered = self.text.lowered
        return (
            "article" in lowered
            and _CONSTITUTIONAL_AMENDMENT.search(lowered) is not None
            and _AMENDS_ARTICLE_ONE.search(lowered) is not None
        )

    @cached_property
    def not_law_by_the_record(self) -> tuple[tuple[int, int], ...]:
        """Spans of the document that the legislature's own record shows are not the bill's
        law: amendments it rejected, tabled or withdrew, and sections the governor vetoed (with
        the message that quotes them). The engine reads the document again
        with them struck, so that no detector, whatever sentences it asks for, reads them as
        law. (Versions a substitute replaced and units an amendment struck stay among
        :attr:`findings_spans` only: their boundaries are read from headings that striking
        would move.)"""
        if self.set_aside_by_record is not None:
            return ()
        spans = [
            *self._failed_amendment_spans(),
            *self._amendments_recorded_as_failed,
            *self._sections_vetoed(),
            *self._given_up_text_spans(),
            *self._own_sections_repealed(),
        ]
        return tuple(sorted((start, end) for start, end in spans if end > start))

    def _given_up_text_spans(self) -> list[tuple[int, int]]:
        """Spans of text a report or print shows was given up: an amendment a chamber recedes
        from, quoted after "which amendment reads:" or "which would have amended the bill ...:"
        (to the end of the quotation), and text printed "FOR REFERENCE" as "removed by the
        Senate amendments" (to the end of the document)."""
        if not self.text.positions("recede", "for reference"):
            return []
        lowered = self._document_lowered
        spans: list[tuple[int, int]] = []
        for receded in _RECEDED_AMENDMENT_QUOTED.finditer(lowered):
            start = receded.end()
            limit = start + _AMENDMENT_BLOCK_LIMIT
            if lowered[start:limit].lstrip()[:1] in ('"', "\u201c"):
                # (a quotation may run over several paragraphs: to its closing mark, or to the
                # report's next numbered item)
                ends = [
                    found.start() + 1
                    for found in (
                        _QUOTATION_ENDS.search(lowered, start, limit),
                        _NEXT_REPORT_ITEM.search(lowered, start, limit),
                    )
                    if found is not None
                ]
            else:
                paragraph_end = _BLANK_LINE.search(lowered, start, limit)
                ends = [paragraph_end.start()] if paragraph_end is not None else []
            spans.append((start, min(ends) if ends else min(len(lowered), limit)))
        for line_start in _lines_holding(lowered, self.text.positions("for reference")):
            if _REMOVED_TEXT_FOR_REFERENCE.match(lowered, line_start):
                spans.append((line_start, len(lowered)))
        return spans

    def _failed_amendment_spans(self) -> list[tuple[int, int]]:
        """Spans of amendments printed with a bill but not part of it ("HOUSE AMENDMENT NO. 1
        (NOT ADOPTED; shown for reference only): ..."), each to the end of its paragraph."""
        lowered = self.text.lowered
        spans: list[tuple[int, int]] = []
        for line_start in _lines_holding(lowered, self.text.positions("amendment no")):
            heading = _FAILED_AMENDMENT.match(lowered, line_start)
            if heading is None:
                continue
            end = lowered.find("\n\n", heading.end())
            spans.append((line_start, len(lowered) if end == -1 else end))
        return spans

    @cached_property
    def _document_lowered(self) -> str:
        """The document's own copy in lower case: the same length as the analysis copy, with its
        lines as printed (the analysis copy joins an amendment's heading to its text)."""
        return self.text.document.text.lower()

    def _unit_span(
        self, kind: str, number: str, before: int, end_without_heading: int, *, start: int = 0
    ) -> tuple[int, int] | None:
        """The span of the bill's unit ``kind`` ("section" or "part") ``number``, from its first
        heading between ``start`` and ``before`` to the next heading of its kind (or
        ``end_without_heading``)."""
        original = self._document_lowered
        heading = next(
            (
                unit
                for unit in _UNIT_HEADING[kind].finditer(original, start, before)
                if unit.group("number") == number
            ),
            None,
        )
        if heading is None:
            return None
        following = _NEXT_UNIT_HEADING[kind].search(original, heading.end(), before)
        end = following.start() if following is not None else end_without_heading
        return (heading.start(), end) if end > heading.start() else None

    @cached_property
    def _amendments_recorded_as_failed(self) -> list[tuple[int, int]]:
        """Spans of amendments printed after a bill whose outcome, recorded in a later line
        ("Amendment No. 2 failed of adoption", "HOUSE JOURNAL: Amendment H-8103 was ruled not
        germane", "FAILED.", "The Cavanaugh amendment failed"), is that they failed: from the
        amendment's heading to the next heading or the record. A record names its amendment, or
        speaks of the last one printed before it. Where the records say both that an amendment
        was adopted and that it failed (adopted in part), nothing is set aside."""
        if self.set_aside_by_record is not None:
            return list(self.set_aside_by_record)
        if not self.text.positions(*_FAILURE_WORDS):
            return []
        lowered = self._document_lowered
        matched = [
            head
            # (a journal's line that introduces one names it further along than a heading does)
            for line_start in _lines_holding(
                lowered,
                self.text.positions("amendment", "moved to amend", "further amend"),
                _JOURNAL_HEAD_REACH,
            )
            if (head := _AMENDMENT_HEAD.match(lowered, line_start)) is not None
        ]
        heads = [
            (head.start(), head.group("label") or head.group("code") or head.group("offered") or "")
            for head in matched
        ]
        introduced = {
            head.start() for head in matched if _INTRODUCED_IN_A_JOURNAL.search(head.group(0))
        }
        if "journal" in lowered:
            # (Nebraska numbers its amendments "AM1530")
            heads.extend(
                (head.start(), head.group("label")) for head in _NUMBERED_AM_HEAD.finditer(lowered)
            )
        if not heads:
            return []
        heads.sort()
        # A heading on the line right after another is the same amendment's ("AMENDMENT NO. 1",
        # then "Representative Reyes offered the following amendment to HB 2764:").
        merged: list[tuple[int, str]] = []
        for start, label in heads:
            if merged and lowered.count("\n", merged[-1][0], start) <= 1:
                merged[-1] = (merged[-1][0], merged[-1][1] or label)
                continue
            merged.append((start, label))
        heads = merged
        records = sorted(
            {
                lowered.rfind("\n", 0, at) + 1
                for at in self.text.positions(*_FAILURE_WORDS, *_ADOPTION_WORDS)
            }
        )
        outcomes: dict[int, set[bool]] = {}
        ends: dict[int, int] = {}
        # (motions read whole in their own line: a later record speaks of something else)
        self_contained: set[int] = set()
        for line_start in records:
            line_end = lowered.find("\n", line_start)
            line = lowered[line_start : len(lowered) if line_end == -1 else line_end]
            if line_end != -1 and _MOVED_TO_TABLE.search(line) and not _TABLED_RECORD.search(line):
                # ("Representative Ferris moved that Assembly amendment 2 ... be laid on the
                # table." and, in a line or two, "Motion carried.": the motion's fate, told after it)
                after = lowered[line_end : line_end + _TABLING_OUTCOME_REACH]
                carried = _MOTION_CARRIED.search(after)
                if carried is not None and "moved" not in after[: carried.start()]:
                    line = f"{line} -- the motion to table carried"
            # A motion that states its amendment and its fate in one line ("Assemblyman Furlong
            # moved to amend ... by adding a new section providing that ...; the Chair ruled the
            # motion out of order"): that line is the amendment the record speaks of.
            own_motion = _MOTION_TO_AMEND_LINE.match(line) is not None
            if _AMENDMENT_HEAD.match(line) and not _RECORD_LINE.search(line) and not own_motion:
                continue  # a heading that says its own fate is read by _failed_amendment_spans
            before = [
                start
                for start, _label in heads
                if start < line_start and start not in self_contained
            ]
            if not before and not own_motion:
                continue
            for clause in _RECORD_CLAUSE_SPLIT.split(line):
                if _QUESTION_PUT.search(clause):
                    # ('The question being, "Shall the motion to amend be agreed to?"': the
                    # question put to the vote, not its outcome)
                    continue
                failed, adopted = _record_outcome(clause)
                if _RECONSIDERED.search(clause):
                    # ("moved to reconsider the vote by which Floor Amendment No. 3 was adopted"):
                    # what was recorded of it before no longer stands.
                    named = [s for s, label in heads if label and _names_label(clause, label)]
                    outcomes.pop(named[-1] if named else before[-1], None)
                    continue
                if failed == adopted:
                    continue
                if adopted and _REPORT_ADOPTED.search(clause):
                    continue  # the report's fate, told by what it recommends
                named = [
                    start
                    for start, label in heads
                    if start < line_start and label and _names_label(clause, label)
                ]
                # (the amendment's own printed heading, not a journal line that only says it was
                # offered: "Amendment No. 1 / Amend H.B. No. 1752 ... / ... Representative Bledsoe
                # offered Amendment No. 1. / Amendment No. 1 failed of adoption")
                printed = [start for start in named if start not in introduced]
                if printed:
                    named = printed
                if not named and _AMENDMENT_NUMBER_NAMED.search(clause):
                    # (a record of an amendment not printed here, "Amendment No. 612 ... be
                    # receded from": not the fate of the last one that is)
                    continue
                if own_motion and not named:
                    outcomes.setdefault(line_start, set()).add(failed)
                    ends[line_start] = len(lowered) if line_end == -1 else line_end
                    self_contained.add(line_start)
                    continue
                head = named[-1] if named else before[-1]
                outcomes.setdefault(head, set()).add(failed)
                following = [start for start, _label in heads if start > head]
                ends[head] = min(line_start, following[0]) if following else line_start
        return [
            (head, ends[head])
            for head, seen in outcomes.items()
            if seen == {True} and ends[head] - head <= _AMENDMENT_BLOCK_LIMIT
        ]

    def _sections_repealed_by_the_bill(self) -> list[tuple[int, int]]:
        """Spans of the bill's own sections that a later section of it repeals ("Section 1 of
        this act is repealed", "section 2307.66 of the Revised Code, as enacted by Section 1 of
        this act, is hereby repealed", "14 MRSA §8119, as enacted by this Act, section 1, is
        repealed"): after the bill, what they enact is not law."""
        if not self.text.positions("repeal") or not self.text.positions("this act", "this bill"):
            return []
        original = self._document_lowered
        spans: list[tuple[int, int]] = []
        for found in _REPEALS_ITS_OWN_SECTION.finditer(original):
            if _PART_OF_A_SECTION_BEFORE.search(
                original, max(0, found.start() - 40), found.start()
            ):
                continue  # "Subsection 3 of section 1 of this act is repealed": a part only
            number = found.group("number") or found.group("enacted") or found.group("section")
            span = self._unit_span("section", number, found.start(), found.start())
            if span is not None:
                spans.append(span)
        return spans

    def _own_sections_repealed(self) -> list[tuple[int, int]]:
        """Spans of the statute sections the bill creates and itself repeals, in so many words
        and with no later date ("Section 9-1.6-3 of the General Laws, as added by section 1 of
        this act, is hereby repealed in its entirety"; "895.4605 of the statutes, as created by
        2025 Wisconsin Act .... (this act), is repealed"): they never become the bill's law. (A
        repeal on a later date, a sunset, leaves the section law until then.)"""
        if not self.text.positions("repeal"):
            return []
        original = self._document_lowered
        if not any(words in original for words in _AS_ENACTED_BY_THIS_ACT):
            return []  # (one substring scan, before a pattern that tries every number)
        document = self.text.document
        spans: list[tuple[int, int]] = []
        for repeal in _OWN_SECTION_REPEALED.finditer(original):
            if _PART_OF_A_SECTION.search(
                original, max(0, repeal.start() - 60), repeal.start("number")
            ):
                continue  # ("Subdivision 4 of section 79-p, as added by ...": a part of it only)
            number = re.escape(repeal.group("number"))
            for heading in re.finditer(
                rf"(?:^|\n|:)[ \t]*(?:§[ \t]*|sec(?:tion)?\.?[ \t]*)?{number}\.?[ \t]", original
            ):
                start = heading.start()
                end = document.section_end(start + 1)
                if end <= repeal.start() and start < end:
                    spans.append((start, end))
        return spans

    def _sections_vetoed(self) -> list[tuple[int, int]]:
        """Spans of the bill's own sections that the record printed with it shows were vetoed
        and stayed so ("Approved ... with the exception of section 4, which is vetoed"; "I have
        vetoed section 4 of House Bill No. 1788"; "the motion to override the line-item veto of
        New Section 2 failed"): what they enact is not law. Nothing is set aside where the
        record says a veto was overridden."""
        if not self.text.positions("veto"):
            return []
        original = self._document_lowered
        if _VETO_OVERRIDDEN.search(original):
            return []
        spans: list[tuple[int, int]] = []
        for found in _VETOES_A_SECTION.finditer(original):
            numbers = (
                found.group("numbers")
                or found.group("numbers2")
                or found.group("numbers3")
                or found.group("numbers4")
            )
            for number in rx.findall(r"\d{1,4}[a-z]?", numbers):
                span = self._unit_span("section", number, found.start(), found.start())
                if span is None:
                    # (the approval printed above the bill, "Approved May 14, with the exception
                    # of section 3, which is vetoed", or the veto marked at the heading itself)
                    span = self._unit_span(
                        "section",
                        number,
                        len(original),
                        len(original),
                        start=original.rfind("\n", 0, found.start()) + 1,
                    )
                if span is not None:
                    spans.append(span)
        if spans:
            # The governor's message, which quotes the vetoed section to explain the veto: from
            # its opening to the next enacting clause, or to the end.
            for opening in _VETO_MESSAGE_OPENS.finditer(original):
                start = original.rfind("\n", 0, opening.start()) + 1
                enacting = lexicon.ENACTING_CLAUSE.search(original, opening.end())
                spans.append((start, enacting.start() if enacting else len(original)))
        return spans

    def _units_struck_by_amendment(self) -> list[tuple[int, int]]:
        """Spans of the bill's own numbered units that an amendment printed after it strikes
        whole ("AMEND House Bill No. 212 by deleting Section 1 in its entirety", "Amend the bill
        by striking out all of Part A", "recommending that the bill be amended by striking out
        Sec. 1 in its entirety and inserting in lieu thereof a new Sec. 1"), unless the record
        says the amendment failed: from the unit's heading to the next heading of its kind. What
        the amendment inserts in its place is read where the amendment prints it."""
        if not self.text.positions("amend") or not self.text.positions("strik", "delet", "remov"):
            return []
        original = self._document_lowered
        failed = self._amendments_recorded_as_failed
        spans: list[tuple[int, int]] = []
        for found in _STRIKES_A_UNIT.finditer(original):
            if (
                "amend"
                not in original[max(0, found.start() - _AMENDMENT_LEAD_REACH) : found.start()]
            ):
                continue  # a statute's own text amended, not the bill
            if any(start <= found.start() < end for start, end in failed):
                continue  # an amendment the record says failed (or was receded from)
            near = original[
                max(0, found.start() - _AMENDMENT_HEAD_REACH) : found.end() + _AMENDMENT_HEAD_REACH
            ]
            if _amendment_failed(near):
                continue
            kind = "part" if found.group("kind") == "part" else "section"
            # (up to the instruction's own line, where no heading comes between)
            line_start = original.rfind("\n", 0, found.start()) + 1
            span = self._unit_span(kind, found.group("number"), found.start(), line_start)
            if span is not None:
                spans.append(span)
        # A code section the bill enacts, struck whole by its number: "3. Delete section 2307.47
        # of the Revised Code in its entirety", where the bill prints "Sec. 2307.47. ...".
        for found in _STRIKES_A_CODE_SECTION.finditer(original):
            if "amend" not in original[
                max(0, found.start() - _CODE_SECTION_LEAD_REACH) : found.start()
            ] or any(start <= found.start() < end for start, end in failed):
                continue
            # (the bill's own heading of that section, before the instruction; the pattern is the
            # same for every number, so none is compiled from the document's words)
            heading = next(
                (
                    head
                    for head in _CODE_SECTION_HEADING.finditer(original, 0, found.start())
                    if head.group("number") == found.group("number")
                ),
                None,
            )
            if heading is None:
                continue
            following = _NEXT_CODE_HEADING.search(original, heading.end(), found.start())
            line_start = original.rfind("\n", 0, found.start()) + 1
            spans.append((heading.start(), following.start() if following else line_start))
        return spans

    def _spans_without_force(self) -> list[tuple[int, int]]:
        """Spans of proposals a bill sets out for study ("... shall evaluate at least the
        following proposals, which are set out for purposes of study only and shall have no force
        or effect: Proposal A: ..."), from the lead-in to the end of its section."""
        lowered = self.text.lowered
        spans: list[tuple[int, int]] = []
        for at in self.text.positions(*lexicon.WITHOUT_FORCE_WORDS):
            lead_in = _WITHOUT_FORCE_LEAD_IN.search(lowered, max(0, at - 240), at + 200)
            if lead_in is None or (spans and lead_in.start() < spans[-1][1]):
                continue
            spans.append((lead_in.start(), self.text.document.section_end(lead_in.start())))
        return spans

    def _other_lawmakers_spans(self) -> list[tuple[int, int]]:
        """Spans of provisions the bill lets or forbids another lawmaker to enact ("the city may,
        by ordinance, establish a civil cause of action ... and may provide in such ordinance that
        qualified immunity shall not be a defense"; "No county, city ... shall enact, adopt, or
        enforce any ordinance ... that: (1) Creates a civil cause of action ...; (2) Provides that
        qualified immunity ... is not a defense"): what that law might say, not this bill's law.
        Each runs over its sentence and the items it lists."""
        spans: list[tuple[int, int]] = []
        for sentence in self.text.containing(*lexicon.OTHER_LAWMAKERS_WORDS):
            if _ANOTHER_LAWMAKERS_PROVISION.search(sentence.text) is None or (
                spans and sentence.start < spans[-1][1]
            ):
                continue
            listed = self.text.with_listed_items(
                sentence, opens_a_list=sentence.text.rstrip().endswith(":")
            )
            spans.append((sentence.start, listed.end))
        return spans

    def _drafting_note_spans(self) -> list[tuple[int, int]]:
        """Spans of a model act's notes to its drafters ("[Drafting Note: States may wish to add a
        section providing that the court shall award ... fees.]", "Drafter's Note: ..."): advice
        on what a bill might say, not law. A bracketed note runs to its closing bracket; one
        that opens a line runs to the end of its paragraph."""
        lowered = self.text.lowered
        spans: list[tuple[int, int]] = []
        for at in self.text.positions(*lexicon.DRAFTING_NOTE_NEEDLES):
            note = _DRAFTING_NOTE.search(lowered, max(0, at - 3), at + _DRAFTING_NOTE_HEAD)
            if note is None or note.start() > at or (spans and at < spans[-1][1]):
                continue
            if note.group("bracket"):
                end = lowered.find("]", note.end(), note.end() + _DRAFTING_NOTE_LIMIT)
                # (a bracketed blank inside the note, "See [cite state act].", closes early: the
                # note ends at the bracket after the last one it opens)
                while end != -1 and lowered.count("[", note.end(), end) > lowered.count(
                    "]", note.end(), end
                ):
                    end = lowered.find("]", end + 1, note.end() + _DRAFTING_NOTE_LIMIT)
            else:
                # (to the end of its paragraph, or to the next section's heading)
                end = lowered.find("\n\n", note.end(), note.end() + _DRAFTING_NOTE_LIMIT)
                heading = lexicon.SECTION_HEADING.search(
                    lowered, note.end(), end if end != -1 else note.end() + _DRAFTING_NOTE_LIMIT
                )
                if heading is not None:
                    end = heading.start()
            spans.append((note.start(), end + 1 if end != -1 else note.end()))
        return spans

    def _struck_by_substitute_spans(self) -> list[tuple[int, int]]:
        """The bill as printed before an amendment that replaces all of it ("Amend printed bill,
        strike everything below the enacting clause and substitute: ...", "1. Strike the
        original sections and insert the following new sections:"), when the document prints
        both: what the amendment struck is no longer the bill. (Not when the amendment is
        recorded as rejected, withdrawn or not adopted.)"""
        lowered = self.text.lowered
        # (every wording names the enacting clause or the original text: a cheap test first)
        if not self.text.positions("strik", "delet", "replac", "remov") or not self.text.positions(
            "enacting", "original"
        ):
            return self._replaced_version_spans()
        last = None
        # (the record is read in the document's own words: the analysis copy blanks a committee
        # form's lines of capitals, "FAILED TO ADOPT Y (Y/N)" among them)
        original = self.text.document.text
        for found in _STRIKES_THE_WHOLE_BILL.finditer(lowered):
            near = original[
                max(0, found.start() - _AMENDMENT_HEAD_REACH) : found.end() + _AMENDMENT_HEAD_REACH
            ].lower()
            if _amendment_failed(near) or self._failed_by_label(found.start()):
                continue
            last = found
        if last is None:
            return self._replaced_version_spans()
        line_start = lowered.rfind("\n", 0, last.start()) + 1
        return [(0, line_start)] if line_start > 0 else []

    def _failed_by_label(self, at: int) -> bool:
        """Whether a record later in the document names the amendment whose heading stands in
        the lines just above ``at`` and says it failed ("Amendment No. 1 / Amend H.B. No. 1752
        ... by striking all below the enacting clause ... / ... Amendment No. 1 failed of
        adoption by Record No. 1418")."""
        lowered = self.text.lowered
        label = ""
        line_start = lowered.rfind("\n", 0, at) + 1
        for _ in range(_LABEL_LINES_ABOVE):
            head = _AMENDMENT_HEAD.match(lowered, line_start)
            if head is not None and head.group("label"):
                label = head.group("label")
                break
            if line_start == 0:
                break
            line_start = lowered.rfind("\n", 0, line_start - 1) + 1
        if not label:
            return False
        outcomes = set()
        for clause in _RECORD_CLAUSE_SPLIT.split(lowered[at : at + _AMENDMENT_BLOCK_LIMIT]):
            if _names_label(clause, label):
                failed, adopted = _record_outcome(clause)
                if failed != adopted:
                    outcomes.add(adopted)
        return outcomes == {False}

    def _replaced_version_spans(self) -> list[tuple[int, int]]:
        """The earlier prints of a bill that the document follows with a substitute or a later
        print of the whole bill (two enacting clauses, a "Committee Substitute", "As Reported",
        "new draft" or "-A" print heading the later one): the last print is the bill."""
        lowered = self.text.lowered
        starts = []
        # (two enacting formulas need two "enact"s: a cheap test first)
        formulas = (
            matches_near(
                lexicon.ENACTING_FORMULA,
                lowered,
                self.text.positions("enact", "ordain"),
                *lexicon.ENACTING_FORMULA_REACH,
            )
            if len(self.text.positions("enact")) >= 2
            else []
        )
        if len(formulas) >= 2:
            last = formulas[-1]
            heading = lowered[formulas[-2].end() : last.start()][-_SUBSTITUTE_HEAD_REACH:]
            if _LATER_PRINT.search(heading) and not _AMENDMENT_FAILED_NEAR.search(heading):
                starts.append(last.start())
        # A later print's own heading, whether or not the earlier print kept its enacting
        # clause: "HOUSE SUBSTITUTE NO. 1 FOR HOUSE BILL NO. 92", "... ordered reprinted as
        # amended and recommitted", "ought to pass with an amendment substituting therefor the
        # accompanying bill", "As Reported by the House Criminal Justice Committee".
        if self.text.positions("substitut", "reprinted", "as reported"):
            # (read in the document's own words: the analysis copy blanks lines of capitals)
            original = self.text.document.text
            for heading in _LATER_PRINT_HEADING.finditer(original):
                near = original[max(0, heading.start() - 200) : heading.end() + 200].lower()
                if not _amendment_failed(near):
                    starts.append(heading.start())
        if not starts:
            return []
        line_start = lowered.rfind("\n", 0, max(starts)) + 1
        return [(0, line_start)] if line_start > 0 else []

    def _superseded_version_spans(self) -> list[tuple[int, int]]:
        """Spans of a working file's superseded versions ("===== Version 1 (superseded 1/28)
        =====" up to the next version's heading): text the drafter has replaced."""
        lowered = self.text.lowered
        if not self.text.positions(*_VERSION_ENDED_WORDS):
            return []
        spans: list[tuple[int, int]] = []
        for line_start in _lines_holding(lowered, self.text.positions(*_VERSION_WORDS)):
            heading = _SUPERSEDED_VERSION_HEADING.match(lowered, line_start)
            if heading is None or (spans and heading.start() < spans[-1][1]):
                continue
            following = _VERSION_HEADING.search(lowered, heading.end())
            spans.append((heading.start(), following.start() if following else len(lowered)))
        return spans

    def _voter_material_spans(self) -> list[tuple[int, int]]:
        """Spans of what a ballot pamphlet prints around a measure's text: its ballot title and
        summary, what a yes or no vote means, the fiscal estimate, the arguments for and
        against, and any passage headed as "not part of the measure". Each runs from its
        heading to the measure's own text ("TEXT OF MEASURE", the enacting or resolving
        clause, "Section 1."), or to the end of the print when it follows the text."""
        lowered = self.text.lowered
        original = self.text.document.text
        spans: list[tuple[int, int]] = []
        heading_lines = _lines_holding(lowered, self.text.positions(*_VOTER_MATERIAL_WORDS))
        for line_start in heading_lines:
            heading = _VOTER_MATERIAL_HEADING.match(lowered, line_start)
            if heading is None or (spans and heading.start() < spans[-1][1]):
                continue
            line_end = lowered.find("\n", heading.start())
            line_end = len(lowered) if line_end == -1 else line_end
            line = original[heading.start() : line_end]
            # A heading in capitals, or run into its passage after a colon: not a catch-line of
            # law that happens to open with the same words ("Ballot title. The secretary ...").
            if not (
                heading.group("colon")
                or heading.group("colon2")
                or _in_capitals(line[: heading.end() - heading.start()])
            ):
                continue
            if heading.group("reprint"):
                # (its own sections look like the measure's: it ends at the next heading of the
                # pamphlet, or the end of the print)
                following = [
                    start
                    for start in heading_lines
                    if start > line_end and _VOTER_MATERIAL_HEADING.match(lowered, start)
                ]
                following += [
                    m.start() for m in _NOT_PART_OF_THE_MEASURE.finditer(lowered, line_end)
                ]
                spans.append((heading.start(), min(following, default=len(lowered))))
                continue
            text = _MEASURE_TEXT_STARTS.search(lowered, line_end)
            spans.append((heading.start(), text.start() if text is not None else len(lowered)))
        # A resolution's order to print a ballot title ("The Secretary of State shall print the
        # following ballot title with the measure: Amends Constitution: ..."): the title and the
        # explanations of a yes or no vote that follow describe the measure.
        # ("following" tested too: the order's pattern needs it, and "ballot" alone is in many
        # bills)
        if "ballot" in lowered and "following" in lowered:
            for order in _BALLOT_TITLE_ORDERED.finditer(lowered):
                heading = lexicon.SECTION_HEADING.search(lowered, order.end())
                # (from the start of the ordering sentence: "The Secretary of State shall ...")
                opening = max(
                    lowered.rfind("\n", 0, order.start()), lowered.rfind(". ", 0, order.start())
                )
                spans.append((opening + 1, heading.start() if heading else len(lowered)))
        return spans

    def _recital_spans(self) -> list[tuple[int, int]]:
        """A preamble's recitals ("Whereas, ...; and Whereas, ...; now, therefore, be it
        Resolved"): from the first "Whereas" that opens a line to the clause that resolves or
        enacts, each recital's later sentences included ("Whereas, According to ..., qualified
        immunity is a defense .... The current standard asks whether ...")."""
        lowered = self.text.lowered
        if "whereas" not in lowered:
            return []
        start = None
        position = lowered.find("whereas")
        while position != -1:
            if not lowered[lowered.rfind("\n", 0, position) + 1 : position].strip(" \t"):
                start = position
                break
            position = lowered.find("whereas", position + 1)
        if start is None:
            return []
        end = _RECITALS_END.search(lowered, start, start + _FINDINGS_LIST_LIMIT)
        return [(start, end.start())] if end is not None else []

    def operative(self, sentences: list[Sentence]) -> tuple[Sentence, ...]:
        """The operative ones among ``sentences`` (not findings, titles, commentary, or a
        digest or synopsis printed with the bill), for the detectors."""
        return self._operative(sentences)

    def _operative(self, sentences: list[Sentence]) -> tuple[Sentence, ...]:
        """The operative ones among ``sentences``: not findings, titles or commentary."""
        spans = self.findings_spans
        lowered = self.text.lowered
        # (a sentence that runs into a digest and ends inside it, with no rule before it, is
        # the digest's: "BILL AS INTRODUCED S.214 ... Subject: ... Statement of purpose of bill as
        # introduced: This bill proposes ...")
        return tuple(
            s
            for s in sentences
            if is_operative(s)
            and not is_catch_line(s, lowered)
            and not any(
                start <= s.start < end
                or (start < s.end <= end and _RULE_VERB.search(lowered, s.start, start) is None)
                for start, end in spans
            )
        )

    @cached_property
    def claims(self) -> tuple[Claim, ...]:
        """Civil claims: who is liable, for which rights."""
        definitions = self.text.definitions
        claims = []
        for sentence in self._operative(self.find("cause_of_action")):
            body = sentence.text
            if _DEFINES_A_TERM.match(body) or _DEFINITIONS_OPEN.search(body):
                # '"Civil rights action" means any civil action for damages against a law
                # enforcement officer that alleges ...': what the term means, no claim given.
                # (also when the definitions open after the section's catch-line: "776.0851 Civil
                # actions against law enforcement officers.- (1) As used in this section, the
                # term: (a) "Civil action" means an action ...")
                continue
            if _COMPENSATION_FOR_A_TAKING.search(body):
                # "A property owner whose property is the subject of a taking ... may bring suit
                # ... to recover the just compensation": payment for property taken, owed without
                # any wrong, not a claim for a deprivation by officers.
                continue
            if (
                _STUDY_AGENDA.search(body)
                or _STUDY_OF_WHETHER.search(body)
                or _STUDY_REQUESTED.match(body)
            ):
                # what a commission shall study ("is requested to conduct a study of whether this
                # state should create a civil cause of action"), not a claim the bill gives
                continue
            if _VENUE_RULE.search(body) and not _LIABLE_OR_AGAINST.search(body):
                # "(1) An action under the Nebraska Constitutional Rights Remedies Act may be
                # brought in the district court of the county in which ...": where the claim is
                # tried, read with the claim itself.
                continue
            if _ACTION_FOR_OTHER_RELIEF.search(body) and not _RIGHTS_WRONG.search(body):
                # "the requester may commence an action in the circuit court for a fee
                # reduction": a suit over a records fee, no one's liability for a wrong.
                continue
            if (
                self.state_bill
                and _WAIVER_OR_CONSENT_TO_SUIT.search(body)
                and _about_federal_claims_only(body)
            ):
                # "The State waives its sovereign immunity in the courts of this State for claims
                # arising under ... 42 U.S.C. 1983", "The limitations of subsection 1 do not apply
                # to an action for damages brought under 42 U.S.C. 1983": a federal claim spoken
                # of, none given.
                continue
            if _LAWMAKER_TO_PROVIDE.match(body):
                # "The legislature shall provide by law a civil action for damages against any
                # public officer who ...": a constitution's charge to make a law, no claim yet.
                continue
            if _LIABLE_AS_OTHER_LAW_PROVIDES.search(body):
                # "A public employee ... is liable for a deprivation of rights as otherwise
                # provided by law, and nothing in this section enlarges or limits that
                # liability": the law as it stands, said again; no claim given.
                continue
            # The liability predicates, found once for the tests below.
            # ("liable in his individual capacity for a civil penalty": a penalty, not a claim)
            # ("the damages arise from a cause of action for negligence": a claim referred to as
            # the source of an award, not one the clause gives)
            predicates = [
                m
                for m in lexicon.CAUSE_OF_ACTION.finditer(body)
                if not _FOR_A_PENALTY.match(body, m.end())
                and not _ARISING_FROM.search(body, max(0, m.start() - 40), m.start())
                # ("the governmental entity and the officer are jointly liable only up to those
                # limits": a cap on the liability the claim gives, no claim of its own)
                and not _LIABLE_ONLY_UP_TO.match(body, m.end())
                # ("arise from a cause of action for: (A) negligence ...; or (B) an intentional
                # act, including a cause of action for a deprivation of a right": one more kind
                # of claim the damages may come from)
                and not (
                    _INCLUDING_ONE_MORE.search(body, max(0, m.start() - 20), m.start())
                    and _ARISING_FROM_A_CLAIM.search(body, 0, m.start())
                )
                # ("The sole cause of action for a tort committed by officers ... is an action under
                # ORS 30.260": the tort claims act's exclusive remedy, restated)
                and not _SOLE_REMEDY.search(body, max(0, m.start() - 20), m.start())
                # ("a party may file a special motion to dismiss any claim arising from ...": a
                # defendant's motion against claims, none given)
                and not _MOTION_AGAINST_A_CLAIM.search(m.group(0))
                # ("shall indemnify its employees against a claim or civil action for damages":
                # what the employer covers them against, not a claim the clause gives)
                and not _INDEMNIFIED_AGAINST.search(body, max(0, m.start() - 120), m.start())
                # ("on the ground that the victim may have a civil claim against a public
                # entity": a claim supposed, not given)
                and not (
                    m.group(0).startswith("ha")
                    and _SUPPOSED_CLAIM.search(body, max(0, m.start() - 12), m.start())
                )
                # ("(i) a law enforcement officer who ... deprives a person of a right ... would
                # be liable to the injured person": the terms of a bill a committee is to draft)
                and not _WOULD_BE.search(body, max(0, m.start() - 12), m.start())
                # ("A local public entity is empowered and directed to pay any tort judgment ...
                # for which it or an employee ... is liable": a duty to pay, no claim given)
                and not _PAYS_WHAT_ONE_IS_LIABLE_FOR.search(
                    body[max(0, m.start() - 240) : m.start()]
                )
                # ("This section does not: (1) waive any immunity ...; or (2) create any liability
                # for or a cause of action against a governmental entity": denied in a list)
                and not (
                    _DENIED_IN_A_LIST.search(body, 0, m.start())
                    and _CREATES_JUST_BEFORE.search(body[max(0, m.start() - 80) : m.start()])
                )
                # ("this Act may not be construed ... to create any cause of action, including a
                # cause of action for the deprivation of a right secured by the Maryland
                # Declaration of Rights": the claims the bill says it does not create)
                and not _CREATION_DENIED_BEFORE.search(body[max(0, m.start() - 240) : m.start()])
            ]
            if not predicates:
                continue
            # (past an amending instruction: "893.832 of the statutes is created to read: 893.832
            # Civil action for deprivation of constitutional rights." is a catch-line)
            if all(_ACTION_NAMED_ONLY.fullmatch(m.group(0)) for m in predicates) and not (
                _MAKES_AVAILABLE.search(_TO_READ.split(body)[-1])
            ):
                # "(1) COVERED ACTION. A civil action for damages against a law enforcement officer
                # ..., including an action alleging the deprivation of a right ...": a definition's
                # body set under its heading, the action named with nothing that gives it.
                continue
            if _negated_liability(body, predicates):
                continue  # "No officer shall be liable ...": an immunity, not a claim
            if _LIABLE_FOR_COSTS.search(body) and not _WRONG_DONE.search(body):
                # "... agreed to be held liable for the costs incurred under these provisions":
                # who pays a program's costs, not a claim of someone wronged.
                continue
            if _LIABLE_AS_INDEMNITOR.search(body):
                continue  # a municipality "liable for" its officer's judgment: an indemnity
            if _NOTICE_OF_LIABILITY.search(
                body, 0, predicates[0].start() if predicates else len(body)
            ):
                # "Every complaint form ... shall state, in plain language, that a person who
                # knowingly files a false complaint ... may be liable in a civil action": what a
                # notice must say, not a claim the bill gives.
                continue
            if _SAVES_AN_ACTION.match(body) or _QUESTIONS_FOR_STUDY.search(body):
                # "Nothing in this section limits an action that the claimant may bring under 42
                # U.S.C. 1983": an existing claim saved, none given; "The working group shall
                # examine and make recommendations on: (1) whether to create a civil cause of
                # action against law enforcement officers": a question for study, not law.
                continue
            if (
                _ENFORCES_A_NAMED_ACT.search(body)
                and "against" not in body
                and not lexicon.GENERAL_RIGHTS.search(body)
            ):
                # "An action to enforce the Inspection of Public Records Act may be brought by the
                # attorney general or a person whose request has been denied": that act's own
                # enforcement, naming no one sued for a deprivation.
                continue
            if _RECORDS_REQUEST_DENIED.search(body):
                # "A person whose request for records of complaints against a peace officer ...
                # is denied may bring an action against the agency": a records suit, whatever
                # the records are about.
                continue
            if _OFFICER_SUES_OTHERS.search(body):
                # "A law enforcement officer ... who is the subject of a complaint ... may bring a
                # civil action against any person who filed the complaint knowing it to be false";
                # "A law enforcement officer may bring a civil action against any person, group,
                # organization, or corporation ...": the officer sues; no one sues the officer.
                continue
            if _OFFICER_BRINGS_ACTION.match(body):
                # "A member municipality or police officer denied coverage by the pool may bring
                # an action in the superior court": the officer sues; no one sues the officer.
                continue
            if all(
                _ACTION_AS_SETTING.search(body, max(0, m.start() - 40), m.start())
                for m in predicates
            ):
                # "In any civil action for the deprivation of a right ..., a volunteer shall have
                # every immunity"; "shall defend a teacher ... against a civil action for
                # damages": the action is where the rule applies, not a claim the bill gives.
                continue
            if _SETTLED_NOT_GIVEN.search(body, 0, _SETTLEMENT_OPENING) or all(
                _SETTLED_NOT_GIVEN.search(body, max(0, m.start() - 60), m.end()) for m in predicates
            ):
                # "The Mayor ... is empowered to settle, in his discretion, claims and suits ...
                # against the District of Columbia": claims settled, none given.
                continue
            if predicates and _DESCRIBED_RULE.search(body, 0, predicates[0].start()):
                # "the rule, developed by the courts, that an official is answerable in damages
                # only for ...": the doctrine described, not a claim the bill gives.
                continue
            # "Section 670.15, which provides that a public employee who ... is liable ..., is
            # amended by striking 'public employee' and inserting 'officer or employee of a
            # county'": the class is the one the amendment leaves.
            # (the law as amended is what the rest of this reading reads)
            body = self.as_amended(sentence)
            # "Section 670.15, which provides that a public employee who ... is liable, ...": the
            # recited rule's subject, not the section's number, is who is liable.
            recited = _RECITED_RULE.search(body)
            named = recited.group("rule") if recited is not None else body
            phrase, role = _role_in(
                sentence
                if named == sentence.text
                else Sentence(sentence.start, sentence.end, named),
                definitions,
            )
            if phrase is not None and _BOND_AS_SUBJECT.match(phrase):
                # "(c) The official bond of the sheriff ... shall be liable for any judgment
                # entered under this section": a fund the judgment is paid from, no defendant.
                continue
            if phrase is not None and _NEGATED_LIABLE_SUBJECT.match(phrase):
                # "No clinician or co-responder who, at the request of a police officer, responds
                # ... shall be liable in a suit for damages": an immunity granted, no claim.
                continue
            role = (
                self._role_by_reference(phrase, sentence) or _antecedent_role(body, phrase) or role
            )
            at = body.find(phrase) if phrase else -1
            if role.public and at != -1 and _OTHER_THAN_STATE_ACTORS.search(body[at:]):
                # "an action against any person, other than a public body as defined in ORS
                # 174.109 or an officer, employee or agent of a public body": private people (the
                # phrase read stops at "as defined"; the exception runs past it).
                role = Role.PRIVATE
            if role in (Role.BROAD, Role.STATE_ONLY, Role.LOCAL_ONLY):
                # "A public employee who is a police officer and who, under color of law,
                # deprives ...": the relative clause names the class held liable.
                narrowed = _WHO_IS_A_POLICE_OFFICER.search(body, 0, _RELATIVE_CLASS_REACH)
                narrowed_role = role_of(narrowed.group("who")) if narrowed is not None else None
                if narrowed_role in (Role.POLICE, Role.POLICE_NARROW):
                    role = narrowed_role
            if (
                role is Role.POLICE
                and _LIABLE_TO_THE_COMPANY.search(body)
                and not _POLICE_WORD.search(phrase or "")
            ):
                # "An officer who breaches a duty in subsection (a) is liable to the corporation":
                # a company's officer, answerable to the company.
                role = Role.PRIVATE
            if role is Role.UNNAMED and phrase is None:
                # "A person who is deprived of a protected right by a covered official acting
                # under color of law may bring a civil action": the wrong's agent is the one sued.
                agent = _AGENT_OF_THE_WRONG.search(body)
                if agent is not None:
                    named = Sentence(
                        sentence.start, sentence.end, agent.group("agent") + " is liable."
                    )
                    phrase, role = _role_in(named, definitions)
            if (
                role in (Role.UNNAMED, Role.PRIVATE)
                and not _OTHER_THAN_STATE_ACTORS.search(body, 0, 250)
                and (
                    lexicon.COLOR_OF_LAW_PERSON.search(body, 0, 250)
                    or self._undefined_class_under_color_of_law(body)
                    or self._breaks_a_color_of_law_prohibition(sentence)
                )
            ):
                role = Role.BROAD  # "every person who, under color of law, ..."
            if role is Role.UNNAMED:
                # No subject or "against" phrase: a class named in subject position elsewhere
                # in the clause ("every person who, under color of law ...").
                # (not where the officer is the one who sues: "A peace officer who is the subject
                # of a complaint made to ... any public body ... may bring a civil action against
                # the complainant")
                if (
                    lexicon.COLOR_OF_LAW_PERSON.search(body) or lexicon.BROAD_SUBJECT.search(body)
                ) and not _OFFICER_SUES_A_PERSON.search(body):
                    role = Role.BROAD
                    # ("The State is liable to a person who is deprived of a right ... by a State
                    # employee acting under color of law": the wrongdoers are one level's people)
                    wrongdoers = _DEPRIVED_BY.search(body)
                    if wrongdoers is not None and (level := role_of(wrongdoers.group("who"))) in (
                        Role.STATE_ONLY,
                        Role.LOCAL_ONLY,
                    ):
                        role = level
                # A heading's class words ("Detention officers - civil action for deprivation
                # of rights") say what the section is about, not who is liable.
                elif (
                    plaintiff := _OFFICER_AS_PLAINTIFF.search(body)
                ) and not lexicon.POLICE_TERM.search(body, plaintiff.end()):
                    # "A police officer against whom a person files a false complaint may recover
                    # damages from that person": the officer sues; the defendant is private.
                    role = Role.PRIVATE
                elif (
                    lexicon.POLICE_TERM.search(body)
                    and not _is_heading(body)
                    and not explicitly_private(body)
                    # A suit for access to records lies against the body that keeps them, even
                    # when they are police records.
                    and not _RECORDS_ACCESS_SUIT.search(body)
                ):
                    # Officers named after "including" are examples of the class, not its limit.
                    named = _INCLUDING_EXAMPLES.sub(" ", body)
                    # (and kinds listed before "or other officer of the peace" are examples too)
                    role = (
                        Role.POLICE_NARROW
                        if lexicon.NARROW_POLICE.search(named)
                        and not _OR_OTHER_POLICE.search(named)
                        else Role.POLICE
                    )
            # "... provided, however, that this section shall not apply to a member of the State
            # Police": the claim leaves out some police.
            # (or the defined class's own definition: '"public employee" means any officer ...
            # of this state or of any political corporation ..., other than a law enforcement
            # officer')
            # '"Covered officer" includes every officer and employee of the state and of every
            # county ...', in a sentence of its own after the term's definition: the class as
            # the later sentence widens it.
            widened = self._widened_by_inclusion(phrase)
            if widened is not None and (role, widened) in _WIDENS:
                role = widened
            defining = " ".join(
                d.text for term, d in definitions.items() if phrase and term in phrase
            )
            if role is Role.BROAD and (
                lexicon.EXCLUDED_ALL_POLICE.search(body)
                or _police_excluded_by_definition(defining)
                or self._all_police_left_out
            ):
                role = Role.BROAD_EXCEPT_POLICE
            elif role in (Role.BROAD, Role.POLICE) and (
                lexicon.EXCLUDED_POLICE.search(body) or self._police_left_out
            ):
                role = Role.BROAD_EXCEPT_SOME_POLICE if role is Role.BROAD else Role.POLICE_NARROW
            elif role is Role.POLICE and self._narrowed_to_some_police:
                role = Role.POLICE_NARROW
            elif (
                role in (Role.BROAD, Role.POLICE)
                and self.state_bill
                and _UNDER_COLOR_OF_FEDERAL_LAW_ONLY.search(body)
                and not self.is_act_of_congress
            ):
                # A state's claim against "any person who, acting under color of any federal
                # law, subjects ...": federal agents only (in a bill of Congress, all of its
                # government's people).
                role = Role.FEDERAL_ONLY if role is Role.BROAD else Role.POLICE_NARROW
            elif role is Role.BROAD and self._narrowed_to_police is not None:
                # "Notwithstanding subsection A, this section applies only to a person who was a
                # law-enforcement officer": the "any person" of the claim is the police.
                role = self._narrowed_to_police
            elif role is Role.BROAD and self.narrowed_to_one_level is not None:
                # "This section applies only to a public servant employed by a county or a
                # municipality": the local governments' people only.
                role = self.narrowed_to_one_level
            elif role in (Role.POLICE, Role.POLICE_NARROW) and self._widened_to_public_employees:
                role = Role.BROAD
            elif role is Role.BROAD and _DUTIES_NARROW_THE_CLASS.search(body):
                # "Any public employee whose duties include the arrest, detention, custody,
                # supervision or care of persons ...": those employees only.
                role = Role.POLICE_AND_OTHERS
            elif role is Role.BROAD and self._some_employees_left_out:
                # "This section does not apply to an officer or employee of a school district":
                # every police officer, and many public employees, but not all of them.
                role = Role.POLICE_AND_OTHERS
            if phrase is not None and (
                entity_role := _role_of_answering_entity(phrase, body, defining)
            ):
                # "A municipal corporation or county is liable for the deprivation by any of its
                # officers or employees ...", "The commonwealth shall be liable to any person
                # deprived of a right by a member of the department of state police": the entity
                # answers for its own people, at its own level of government.
                role = entity_role
            if (
                role in (Role.BROAD, Role.POLICE)
                and phrase is not None
                and _ANAPHORIC.match(phrase)
                and lexicon.LOCAL_ONLY_SUBJECT.search(body)
                and not lexicon.BROAD_TERM.search(lexicon.LOCAL_ONLY_SUBJECT.sub(" ", body))
            ):
                # "deprived by an officer or employee of the City ... may bring an action against
                # the officer or employee and the City": the class named first, one city's.
                role = Role.LOCAL_ONLY
            if role.public and phrase is not None:
                named_at = body.find(phrase)
                if named_at != -1 and _NOT_A_PUBLIC_ACTOR_AFTER.match(body, named_at + len(phrase)):
                    # "Any person acting under color of state law who is not a public officer or
                    # employee, including a bail enforcement agent ...": private people only.
                    role = Role.PRIVATE
            if role in (Role.UNNAMED, Role.PRIVATE) and phrase is not None:
                # "(a) This section applies to a member of the state police department. (b) ...
                # may bring a civil action against the member": the section's people.
                role = self._people_the_section_applies_to(sentence, phrase) or role
            fails = bool(lexicon.FAIL_TO_PREVENT.search(body)) or bool(
                lexicon.FAIL_TO_INTERVENE.search(body)
            )
            one_way = bool(lexicon.INCLUDING_FAIL_TO_INTERVENE.search(body))
            if one_way and bystander_is_the_whole_wrong(body):
                # "(b) A peace officer who is present and knowingly permits another officer to
                # deprive a person of a right ... is liable": the bystander's own liability, not
                # one way of committing the wrong beside the officer's own act.
                fails, one_way = True, False
            rights = rights_of(body)
            if _FOLLOWING_RIGHTS.search(body):
                # "... deprives a person of any of the following rights is liable ...: a. The
                # right of free speech ... b. The right to due process ...": every item listed,
                # each printed as a sentence of its own, is one of the claim's rights.
                listed = self.text.with_listed_items(sentence)
                if listed != sentence:
                    rights = rights_of(listed.text)
            # A defined name for the rights ("a civil right", where '"Civil right" means a right
            # secured by the Elliott-Larsen civil rights act') says which rights they are, whatever
            # the words alone suggest.
            # (or a term for what is taken that the bill defines by rights: "deprives an
            # individual of protected expression", '"Protected expression" means the exercise of
            # a right guaranteed by section 3 or 5 of article I of the state constitution')
            named_terms = [
                t
                for t in definitions
                if _names_the_rights(t, body)
                or (
                    _deprived_of_the_term(t, body)
                    and _RIGHT_OF_A_CHARTER.search(_definition_body(definitions[t].text, t))
                )
            ]
            if rights is Rights.UNSTATED or any(" right" in t for t in named_terms):
                # "deprives a person of a right", where the bill defines "right" ("'Right'
                # means any right under the State Constitution"): the definition's rights.
                # A defined term for the rights ("a protected right", "a covered right") that
                # the claim names is read the same way.
                terms = named_terms + (["right", "rights"] if rights is Rights.UNSTATED else [])
                for term in terms:
                    definition = definitions.get(term)
                    if definition is not None and definition != sentence:
                        defined = rights_of(_definition_body(definition.text, term))
                        if defined is Rights.UNSTATED:
                            # ('"Covered right" means a right listed in section 2 of this act')
                            defined = self._rights_by_reference(definition)
                        if defined is not Rights.UNSTATED or rights is Rights.UNSTATED:
                            rights = defined
                        break
                else:
                    if rights is Rights.UNSTATED:
                        # "a right listed in section 3", where section 3 says which rights.
                        rights = self._rights_by_reference(sentence)
            if rights is Rights.UNSTATED and _SUCH_A_RIGHT.search(body):
                # "A. A public body ... shall not deprive a person of a right ... guaranteed by
                # Article 2 of the constitution of New Mexico. B. A person who has been deprived of
                # such a right ... may bring an action": the rights the sentence before names.
                before = self.text.sentence_before(sentence)
                if before is not None and self.text.document.section_start(
                    before.start
                ) == self.text.document.section_start(sentence.start):
                    rights = rights_of(before.text)
            if (
                rights is Rights.UNSTATED
                and "this article" in body
                and self._adds_to_bill_of_rights
            ):
                # A constitutional amendment that puts the claim in the bill of rights ("Article
                # I ... is amended by adding a new section"): "a right secured by this article" is
                # every right that article declares; "sections 1 through 8 of this article", some.
                rights = rights_of(body.replace("this article", _BILL_OF_RIGHTS_ARTICLE))
            if rights is Rights.ALL_CONSTITUTIONAL and any(
                _EXCEPTS_RIGHTS.search(e.text) for e in self.exceptions_to(sentence)
            ):
                # "Section 1 does not apply to a claim alleging the deprivation of a right secured
                # by article II ... or article IX": every right but some.
                rights = Rights.ENUMERATED
            if _DEFENDANTS_LISTED_AFTER.search(body, 0, _LIST_LEAD_IN_REACH):
                # "(A) Each of the following who, acting under color of City authority, deprives
                # any person of a right ... is liable ...: 1. Any sworn member of the Evanston
                # Police Department; 2. Any other officer or employee of the City; ...": the
                # defendants are the items, which the splitter parts from the lead-in.
                listed = self.text.with_listed_items(sentence, opens_a_list=True)
                if listed.end > sentence.end:
                    items_role = role_of(listed.text[len(body) :])
                    if items_role.public:
                        role = items_role
            if self.within_section_1983(body):
                # Text inserted into section 1983: "this section" is that action, which lies
                # against every person under color of law for every constitutional right.
                role = Role.BROAD if role is Role.UNNAMED else role
                # ("... to the same extent as a private employer is liable for the negligent acts
                # of its employee" measures the employer's share; the rights stay section 1983's.)
                if rights in (Rights.UNSTATED, Rights.TORTS):
                    rights = Rights.ALL_CONSTITUTIONAL
            claims.append(
                Claim(
                    clause=sentence,
                    defendants=phrase,
                    role=role,
                    rights=rights,
                    fails_to_prevent=fails and not one_way,
                    failure_as_one_way=one_way,
                )
            )
        # "The immunity granted pursuant to Section 41-4-4 does not apply to liability for ...
        # deprivation of any rights ... secured by the constitution ... when caused by law
        # enforcement officers": liability for those deprivations, opened by an immunity waiver.
        # ("The immunity of the State and of its units is waived as to an act or omission of
        # State personnel ... that deprives a person of a right secured by the Maryland
        # Declaration of Rights": the State answers for its personnel's deprivations)
        for sentence in self._operative(self.text.containing("caused by", "waived")):
            waiver = _IMMUNITY_WAIVED_FOR_DEPRIVATION.search(
                sentence.text
            ) or _IMMUNITY_WAIVED_FOR_ACTS_OF.search(sentence.text)
            if waiver is None or any(c.clause == sentence for c in claims):
                continue
            phrase = waiver.group("np").strip()
            claims.append(
                Claim(
                    clause=sentence,
                    defendants=phrase,
                    role=role_of(phrase),
                    rights=rights_of(sentence.text),
                    fails_to_prevent=False,
                    failure_as_one_way=False,
                )
            )
        if self.amends_section_1983 and not claims and not self._defenses_read:
            # An amendment of section 1983 that inserts neither a claim sentence nor a defense
            # rule ("the term person includes a State", "of the United States or" before "of any
            # State") still changes that action: against every person under color of law, for
            # every right the Constitution secures. One that writes a defense into it (barring
            # it, or codifying it) is read through that rule.
            amending = next(s for s in self._operative(self.find("amends")) if _amends_1983(s.text))
            claims.append(
                Claim(
                    clause=amending,
                    defendants=None,
                    role=Role.BROAD,
                    rights=Rights.ALL_CONSTITUTIONAL,
                    fails_to_prevent=False,
                    failure_as_one_way=False,
                )
            )
        # A section's catch-line ("670.4B Civil action for deprivation of certain constitutional
        # rights.") names the claim its section gives; the section's own sentences say whose
        # liability and for which rights.
        # (When the section's sentences name no rights, the catch-line's words are all there is.)
        stated = [c for c in claims if not _is_catch_line_of_claim(c.clause.text)]
        if any(c.rights is not Rights.UNSTATED for c in stated):
            claims = stated
        return tuple(_bare_officers_take_the_class(claims))

    def _provision_texts(self, number: str, citing: Sentence) -> list[str]:
        """The opening of each provision headed "Section N.", "Sec. N." or "§ N." elsewhere in the
        bill (what a clause citing "section N" of the same act refers to)."""
        lowered = self.text.lowered
        return [
            lowered[start : start + _REFERENCED_PROVISION]
            for start in self._provision_starts(number, citing)
        ]

    def _provision_starts(self, number: str, citing: Sentence) -> list[int]:
        """Where each provision headed "Section N." (or "Sec. N.", "§ N.") elsewhere in the bill
        begins, after its heading."""
        lowered = self.text.lowered
        # (a code section number, "493_6130" in the analysis copy, heads its section bare at a
        # line's start in some prints: "493.6130 Civil action against security agencies.--")
        printed = re.escape(number.replace("_", "."))
        return [
            heading.end()
            for heading in re.finditer(
                rf"(?:^|\n|\.\s)\s*(?:sec(?:tion)?[._]?\s*|§\s*){re.escape(number)}[._]\s"
                # (or after the instruction that creates it: "is created to read: 493.6130 Civil")
                # (Idaho's "6-3602. PROTECTED RIGHTS.", bare at a line's start)
                + (rf"|(?:^|\n|:)\s*{printed}\.?\s" if "_" in number or "-" in number else ""),
                lowered,
            )
            if not citing.start <= heading.end() <= citing.end
        ]

    def _section_creates_a_claim(self, number: str, citing: Sentence) -> bool:
        """Whether section N, read whole (its opening may be definitions), states a claim."""
        document, lowered = self.text.document, self.text.lowered
        return any(
            lexicon.CAUSE_OF_ACTION.search(lowered, start, document.section_end(start)) is not None
            for start in self._provision_starts(number, citing)
        )

    def _role_by_reference(self, phrase: str | None, citing: Sentence) -> Role | None:
        """The class of "a person described in Section 2", read in section 2 ("This act applies
        to any law enforcement officer ..."), or None when the phrase cites no section."""
        if _PERSON_TO_WHOM_IT_APPLIES.search(phrase or ""):
            # "A person to whom this section applies", with "This section applies only to
            # members of the board of supervisors ...": the class that sentence names.
            for sentence in self._operative(self.text.containing("applies only to", "applies to")):
                applies = _THIS_APPLIES_TO.search(sentence.text)
                if applies is not None and sentence != citing:
                    role = role_of(applies.group("whom"))
                    if role.public:
                        return role
        reference = _PERSON_BY_REFERENCE.search(phrase or "")
        if reference is None:
            return None
        if "defined" in reference.group(0) and any(
            term in phrase[: reference.start() + len(reference.group(0))]
            for term in self.text.definitions
        ):
            # "A peace officer, as defined in section 3 of this act": the term's definition in
            # that section gives the class, not the section's opening (another term's definition).
            return None
        for provision in self._provision_texts(reference.group("number"), citing):
            role = role_of(provision, noun_phrase=False)
            if role.public:
                return role
        return None

    def _rights_of_an_item(self, number: str, item: str, citing: Sentence) -> Rights:
        """The rights item (``item``) of section ``number`` names, read from its label to the
        next item or the section's end."""
        lowered, section_end = self.text.lowered, self.text.document.section_end
        for start in self._provision_starts(number, citing):
            end = section_end(start)
            label = re.search(rf"(?<![\w)])\(\s*{re.escape(item)}\s*\)\s", lowered[start:end])
            if label is None:
                continue
            opening = start + label.end()
            # (to the next item of its own kind: "(c)" runs to "(d)", over its "(1)" and "(2)")
            kind = r"\d{1,3}" if item.isdigit() else r"[a-z]" if len(item) == 1 else r"\w{1,4}"
            following = rx.cached(rf"(?:^|\n)\s*\({kind}\)\s").search(lowered, opening, end)
            rights = rights_of(
                lowered[opening : min(following.start() if following else end, opening + 600)]
            )
            if rights is not Rights.UNSTATED:
                return rights
        return Rights.UNSTATED

    def _rights_by_reference(self, claim: Sentence) -> Rights:
        """The rights of a claim that names them by reference to another provision: "a right
        listed in section 3" with "Sec. 3. The rights referred to in section 1 are those secured
        by sections 2, 3, 6 and 9 of article II", or "a right described in Section 3"."""
        # ("a right described in § 3-2501(c) of this subtitle", "a right described in subsection
        # (3) of Section 2 of this Act": one item of another section)
        item = _RIGHT_IN_AN_ITEM.search(claim.text)
        if item is not None:
            rights = self._rights_of_an_item(
                item.group("number") or item.group("number_first"),
                item.group("item") or item.group("item_first"),
                claim,
            )
            if rights is not Rights.UNSTATED:
                return rights
        # ("a deprivation prohibited by subsection A": the prohibition names the rights)
        reference = (
            _RIGHT_BY_REFERENCE.search(claim.text)
            or _WRONG_BY_REFERENCE.search(claim.text)
            or _VIOLATION_OF_SECTION.search(claim.text)
        )
        if reference is None:
            pointer = _WRONG_POINTED_BACK.search(claim.text)
            if pointer is not None:
                if pointer.group("duties"):
                    return self._rights_of_the_duties_before(claim)
                before = self.text.sentence_before(claim)
                same_section = self.text.document.section_start
                if before is not None and same_section(before.start) == same_section(claim.start):
                    return rights_of(before.text)
            return Rights.UNSTATED
        for provision in self._provision_texts(reference.group("number"), claim):
            rights = rights_of(provision)
            if rights is not Rights.UNSTATED:
                return rights
        if "subsection" in reference.group(0) or "subdivision" in reference.group(0):
            # "Subsection A", labelled just before the claim in the same section ("A. A public
            # body ... shall not deprive any person of a right ... secured by Article 2 ...").
            lowered = self.text.lowered
            number = re.escape(reference.group("number"))
            labels = list(
                re.finditer(
                    rf"(?:^|\n|--|\u2014|[.:]\s)\s*\(?{number}[._)]\s",
                    lowered[max(0, claim.start - _SUBSECTION_LOOKBACK) : claim.start],
                )
            )
            if labels:
                start = max(0, claim.start - _SUBSECTION_LOOKBACK) + labels[-1].end()
                rights = rights_of(lowered[start : min(claim.start, start + _REFERENCED_PROVISION)])
                if rights is not Rights.UNSTATED:
                    return rights
        for sentence in self.text.containing(
            "rights referred to",
            "rights described",
            "rights covered",
            "rights protected",
            "rights listed",
        ):
            if sentence != claim and _RIGHTS_DEFINED_BY_REFERENCE.search(sentence.text):
                return rights_of(sentence.text)
        return Rights.UNSTATED

    def _rights_of_the_duties_before(self, claim: Sentence) -> Rights:
        """The rights of a suit "by the breach of any such duty": the widest any duty listed
        before it in the same section protects. ("(a) Not to subject any person ... to the
        deprivation of any individual right secured by the bill of rights ...; (b) ... where
        another peace officer is using physical force ..., to intervene": the duty to intervene
        names force as one occasion, not the limit of the rights.)"""
        same_section = self.text.document.section_start
        found: set[Rights] = set()
        sentence: Sentence | None = claim
        for _ in range(_DUTIES_LOOKBACK):
            sentence = self.text.sentence_before(sentence)
            if sentence is None or same_section(sentence.start) != same_section(claim.start):
                break
            # (each item of a list run into one sentence read on its own: the rights one duty
            # names are not narrowed by the occasion another names)
            found.update(rights_of(item) for item in _LIST_ITEM_BREAK.split(sentence.text))
        return next((r for r in _RIGHTS_WIDEST_FIRST if r in found), Rights.UNSTATED)

    @cached_property
    def _police_left_out(self) -> bool:
        """A sentence of its own that leaves some police out of the bill's claims: "This section
        shall not apply to a police officer employed by a city having a population of one
        million or more"."""
        for sentence in self._operative(self.text.containing("not apply to")):
            if _LEAVES_OUT_POLICE.search(sentence.text) and not self._about_its_own_other_section(
                sentence
            ):
                return True
            # "The provisions of §§ 8.01-225.4 through 8.01-225.7 shall not apply to any sheriff,
            # deputy sheriff, or jail officer", where § 8.01-225.4 is the section the bill's
            # actions are brought under.
            cited = _SECTIONS_LEAVE_OUT_POLICE.search(sentence.text)
            if cited is not None and rx.search(
                r"\b(?:actions?|claims?)\s+(?:brought\s+)?(?:under|pursuant\s+to)\s+(?:§|section|sec_?)\s*"
                # (the analysis copy masks the periods the lower-case text keeps)
                + re.escape(cited.group("first")).replace("_", "[._]")
                + r"\b",
                self.text.lowered,
            ):
                return True
        # "The term does not include a member of the Pennsylvania State Police": a defined
        # police class without the State's own force.
        if any(
            _TERM_LEAVES_OUT_STATE_POLICE.search(s.text)
            for s in self._operative(self.text.containing("not include"))
        ):
            return True
        # The same said in the definition itself ('"officer" means ..., except a member of the
        # Florida Highway Patrol').
        # (not when the police are excepted from what is left out: "but, other than a police
        # officer, does not include an employee of a county college")
        # (or by their employer: '"public officer" means any officer ... of the state or of any
        # political corporation ..., other than a law enforcement officer employed by the state')
        # (or by another law's immunity: '"covered employee" ... does not include a public
        # employee who is immune from liability under N.J.S.59:3-3 for the act or omission
        # complained of': whoever that immunity shields, officers among them, keeps it)
        # (not an immunity of federal law, "an individual who is immune under 42 U.S.C. 14503":
        # the state's bar could not reach it anyway)
        if any(
            (left_out := _CLASS_LEAVES_OUT_THE_IMMUNE.search(s.text)) is not None
            and not _FEDERAL_CITATION.match(s.text, left_out.end())
            for s in {
                *self.text.definitions.values(),
                *self._operative(self.text.containing("immune")),
            }
        ):
            return True
        return any(
            (
                _DEFINITION_LEAVES_OUT_SOME_POLICE.search(s.text)
                or _EXCLUDES_POLICE_OF_ONE_EMPLOYER.search(s.text)
                or _EXCLUDES_A_KIND_OF_POLICE.search(s.text)
            )
            and not _POLICE_KEPT_IN_EXCLUSION.search(s.text)
            for s in {*self.text.definitions.values(), *self._exclusions_in_definitions}
        )

    @cached_property
    def _exclusions_in_definitions(self) -> tuple[Sentence, ...]:
        """Sentences that leave something out of a term ("The term does not include ...";
        '"public employee" shall have the same meaning as in section 1 of chapter 258, other
        than an officer or employee of the department of state police'), wherever the reader of
        definitions did not take them in."""
        return tuple(
            s
            for s in self.text.containing("not include", "other than", "except", "excluding")
            if "not include" in s.text or _SPEAKS_OF_A_TERM.search(s.text)
        )

    @cached_property
    def _some_employees_left_out(self) -> bool:
        """A sentence of its own that leaves some public employees who are not police out of
        the bill's claims: "This section does not apply to an officer, employee, or agent of a
        school district", "... to judges, jurors or legislators"."""
        return any(
            _LEAVES_OUT_OTHERS.search(s.text)
            and not _LEAVES_OUT_POLICE.search(s.text)
            # ("... does not apply to the absolute immunity of a judge": judges stay in the class,
            # their absolute immunity beside it)
            and not _keeps_only_absolute_immunities(s.text)
            for s in self._operative(self.text.containing("apply to", "applies to"))
        ) or any(
            # The same in the definition of the class: '"public employee" does not include an
            # employee of a school district or of the University of Alaska'.
            _DEFINITION_LEAVES_OUT_OTHERS.search(s.text)
            and rx.search(r"\b(?:employees?|officials?|officers?|actors?|agents?)\b", s.text)
            for s in self.text.containing("not include", "excludes", "other than", "excluding")
        )

    @cached_property
    def _all_police_left_out(self) -> bool:
        """A sentence of its own that leaves the whole police class out of the bill's claims:
        "This section does not apply to any peace officer, as defined in ..."."""
        for sentence in self._operative(self.text.containing("not apply to")):
            left_out = _LEAVES_OUT_POLICE.search(sentence.text)
            if left_out is None or self._about_its_own_other_section(sentence):
                continue
            phrase = _first_listed(sentence.text[left_out.start(1) :])
            if role_of(phrase) is Role.POLICE and not _QUALIFIED_CLASS.search(phrase):
                return True
        # "Section 1 of this 2025 Act does not apply to a claim against a peace officer as defined
        # in ORS 133.005": the section that holds the claim, set aside for every police officer.
        for sentence in self._operative(self.text.containing("not apply to")):
            cited = _SECTION_NOT_APPLIED_TO_CLAIMS_AGAINST.search(sentence.text)
            if cited is None or not self._section_creates_a_claim(cited.group("number"), sentence):
                continue
            phrase = _first_listed(cited.group("rest"))
            if role_of(phrase) is Role.POLICE and not _QUALIFIED_CLASS.search(phrase):
                return True
        # The same in a definition of the claim's class: '"Covered employee" does not include:
        # (1) a law enforcement officer as defined in section 3-201; (2) a correctional officer'.
        for sentence in self._operative(self.text.containing("not include")):
            excluded = self._term_excludes(sentence)
            if excluded is None or excluded[0] not in self.text.definitions:
                continue
            phrase = _first_listed(excluded[1])
            # (the general class, "a law enforcement officer", not "a sheriff or deputy sheriff")
            if (
                role_of(phrase) is Role.POLICE
                and lexicon.GENERAL_POLICE_CLASS.search(phrase)
                and not _QUALIFIED_CLASS.search(phrase)
            ):
                return True
        return False

    def _widened_by_inclusion(self, phrase: str | None) -> Role | None:
        """The class a sentence of its own adds to a defined term the phrase names ('For
        purposes of this section, the term "officer" also includes a deputy sheriff ... and any
        other law enforcement officer'), read as a class; None when there is none."""
        if not phrase:
            return None
        return next((role_of(rest) for term, rest in self._inclusions if term in phrase), None)

    @cached_property
    def _inclusions(self) -> tuple[tuple[str, str], ...]:
        """(term, what it "includes") of each operative sentence that adds to a term the bill
        defines elsewhere, in order; read once for every claim that names a term."""
        definitions = self.text.definitions
        return tuple(
            (term, inclusion.group("rest"))
            for sentence in self._operative(self.text.containing(" includes", " include"))
            for inclusion in _INCLUSION_OF_A_TERM.finditer(sentence.text)
            if definitions.get(term := inclusion.group("term").strip()) not in (None, sentence)
        )

    def _term_excludes(self, sentence: Sentence) -> tuple[str, str] | None:
        """(term, what follows) of a sentence that leaves something out of a defined term:
        '"Covered employee" does not include: (1) a law enforcement officer ...'; or, after
        the definition it speaks of, "The term does not include (i) a law enforcement officer
        as defined in G.S. 17C-2" (the term the nearest definition before it defines)."""
        excluded = _TERM_EXCLUDES.match(sentence.text)
        if excluded is not None:
            return excluded.group("term").strip(), excluded.group("rest")
        anaphoric = _THE_TERM_EXCLUDES.match(sentence.text)
        if anaphoric is None:
            return None
        before = [
            (defining.start, term)
            for term, defining in self.text.definitions.items()
            # (a definition read with what follows it may take the sentence in)
            if defining.start < sentence.start <= defining.end + _TERM_ANAPHOR_REACH
        ]
        return (max(before)[1], anaphoric.group("rest")) if before else None

    @cached_property
    def _widened_to_public_employees(self) -> bool:
        """A sentence of its own that extends the claims to other public employees: "This
        section also applies to every other public employee ... in the same manner as it
        applies to a law enforcement officer"."""
        for sentence in self._operative(self.text.containing("apply", "applies", "reference to")):
            wider = _ALSO_APPLIES_TO.search(sentence.text)
            if wider and role_of(wider.group(1) or wider.group(2)) in (
                Role.BROAD,
                Role.BROAD_EXCEPT_SOME_POLICE,
            ):
                return True
        return False

    def _repealed_codified_immunity(self) -> list[DefenseRule]:
        """Clauses that cite the state's sections codifying qualified immunity: repealers and
        set-asides, which bar it ("Sections 669.14A and 670.4A, Code 2027, are repealed"), and
        those that say the section applies to some of the bill's claims, which keep it."""
        found = []
        # (or set aside for the bill's claims: "Sections 669.14A and 670.4A do not apply to a
        # claim brought under this chapter")
        candidates = self.text.containing("repeal", "appl") if self.codified_immunity else []

        def cites_codified(text: str) -> bool:
            return any(
                re.search(r"(?<![\w.])" + re.escape(number.replace(".", "_")) + r"(?![\w_])", text)
                for number in self.codified_immunity
            )

        for sentence in self._operative(candidates):
            body = sentence.text
            if not cites_codified(body):
                continue
            if (
                _REPEALS.search(body)
                or _SET_ASIDE_FOR_THESE_CLAIMS.search(body)
                # ("This chapter, except sections 670.4A and 670.5, applies to a claim under this
                # section": the codified doctrine named only to be left out of what applies)
                or ("except" in body and not cites_codified(_EXCEPTED_SECTIONS.sub(" ", body)))
            ):
                effect = Effect.BARRED
            elif _CODIFIED_LAW_APPLIES.search(body) and not rx.search(r"\bnot\s+appl", body):
                # "In an action under this section in which the plaintiff seeks damages of more
                # than one hundred thousand dollars, section 670.4A applies": the codified
                # doctrine kept for those claims.
                effect = Effect.KEPT
            else:
                continue
            found.append(
                _rule_without_exceptions(
                    sentence,
                    frozenset({DefenseKind.QUALIFIED_IMMUNITY}),
                    effect,
                    struck=effect is Effect.BARRED,
                )
            )
        return found

    @cached_property
    def relief_limited_to_equity(self) -> bool:
        """Whether the bill limits relief or remedies to declaratory or injunctive relief ("In
        a civil action under paragraph (1) relief shall be limited to declaratory relief and
        prospective injunctive relief"): no damages to pay, cap or indemnify."""
        if any(is_operative(s) for s in self.text.matching(lexicon.REMEDIES_LIMITED, "limited to")):
            return True
        # "A person subjected to it may enforce this section in a civil action for injunctive and
        # declaratory relief": the one way the section is enforced wins no damages.
        return any(
            is_operative(s)
            and _ENFORCES_THIS_PROVISION.search(s.text)
            and not _DAMAGES_OR_OTHER_RELIEF.search(s.text)
            for s in self.text.matching(lexicon.EQUITABLE_RELIEF_ONLY, "enforce")
        )

    @cached_property
    def rights_narrowed_to(self) -> tuple[Rights, Sentence] | None:
        """A sentence of its own that limits the claims to some rights ("This section applies
        only to rights secured by sections 2, 7 and 15 of article I", "... only to claims
        arising from a search or seizure"), with the narrower scope it gives."""
        for sentence, scope in self._applies_only_to:
            if lexicon.ENUMERATED_SECTIONS.search(scope):
                return Rights.ENUMERATED, sentence
            rights = rights_of(scope)
            if rights in _NARROW_RIGHTS:
                return rights, sentence
        # "Nothing in this section creates a cause of action for the deprivation of a right that is
        # secured solely by the Constitution of Pennsylvania": the state's own rights left out.
        # ('"Statutory civil right" ... does not include any right secured solely by the
        # Constitution of the United States or the Constitution of the State of Illinois': the
        # claim's own term defined to leave the state's constitution out.)
        for sentence in self._operative(self.text.containing("secured solely", "secured only")):
            if _STATE_ONLY_RIGHTS_EXCLUDED.search(
                sentence.text
            ) or _TERM_LEAVES_OUT_STATE_RIGHTS.search(sentence.text):
                return Rights.FEDERAL_ONLY, sentence
        # "Notwithstanding subsection (2) of this section, no action may be brought under this
        # section for a claim arising under section 9, Article I of the Oregon Constitution": a
        # right taken out of the claims, which then reach some rights only.
        for sentence in self._operative(self.text.containing("arising under", "based on")):
            if _CLAIMS_UNDER_A_SECTION_EXCLUDED.search(sentence.text):
                return Rights.ENUMERATED, sentence
        # '"A right secured by the constitution of this state" means only the right to be secure
        # from unreasonable searches and seizures ... and the right to be free from excessive
        # force': the claim's words for its rights, defined narrowly.
        for sentence in self._operative(self.text.containing("means only")):
            defined = _RIGHTS_DEFINED_ONLY_AS.search(sentence.text)
            if defined is None:
                continue
            scope = defined.group("scope")
            rights = rights_of(scope)
            if rights in _NARROW_RIGHTS:
                return rights, sentence
            if _FORCE_OR_SEARCH_WORDS.search(scope) and not _OTHER_RIGHTS_WORDS.search(scope):
                return Rights.FORCE_OR_SEARCH, sentence
            if lexicon.ENUMERATED_SECTIONS.search(scope):
                return Rights.ENUMERATED, sentence
        return None

    @cached_property
    def narrowed_to_one_level(self) -> Role | None:
        """The level of government a sentence of its own limits the claims to ("This section
        applies only to a public servant employed by a county or a municipality", "this act does
        not apply to the state"), or None."""
        for _sentence, scope in self._applies_only_to:
            # ("... employed by a city"; "... officers and employees of the Commonwealth and its
            # agencies")
            employed = _EMPLOYED_BY.search(scope) or _PEOPLE_OF_AN_EMPLOYER.search(scope)
            if employed is None:
                continue
            state = rx.search(r"\bstate\b|\bcommonwealth\b", employed.group(0))
            local = _LOCAL_EMPLOYER.search(employed.group(0))
            if local and not state:
                return Role.LOCAL_ONLY
            if state and not local:
                return Role.STATE_ONLY
        # "Nothing in this subtitle affects the immunity of State personnel": the claims reach the
        # other level of government only.
        saved = self._immunity_saved_for_a_level
        if saved is not None:
            return Role.LOCAL_ONLY if saved is Role.STATE_ONLY else Role.STATE_ONLY
        # "Notwithstanding Section 1 of this act, this act does not apply to the state, to any
        # department ... of the state, or to any claim arising from the conduct of an officer or
        # employee of the state": a whole level of government left out, the other one kept.
        for sentence in self._operative(self.text.containing("not apply to")):
            if _STATE_PEOPLE_LEFT_OUT.search(sentence.text):
                return Role.LOCAL_ONLY
            left_out = _LEVEL_LEFT_OUT.search(sentence.text)
            if left_out is None:
                continue
            excluded = left_out.group("excluded")
            state = rx.search(r"\b(?:state|commonwealth)\b", excluded)
            local = _LOCAL_EMPLOYER.search(excluded)
            if state and not local:
                return Role.LOCAL_ONLY
            if local and not state:
                return Role.STATE_ONLY
        return None

    @cached_property
    def _immunity_saved_for_a_level(self) -> Role | None:
        """The level of government whose people a savings clause keeps every immunity for
        ("Nothing in sections 1 to 7 of this 2027 Act affects the immunity of an officer,
        employee or agent of a local public body": LOCAL_ONLY), or None."""
        for sentence in self._operative(self.text.containing("nothing", "not apply")):
            # (or the bar's sections withheld from them: "Sections 3 and 4 of this act do not
            # apply to an action brought under Section 2 of this act against an employee of a
            # county")
            saved = _IMMUNITY_OF_PEOPLE_SAVED.search(
                sentence.text
            ) or _SECTIONS_WITHHELD_FROM_PEOPLE.search(sentence.text)
            if saved is None:
                continue
            who = saved.group("who")
            state = _STATE_PEOPLE.search(who)
            local = _LOCAL_EMPLOYER.search(who) or _LOCAL_PUBLIC_BODY.search(who)
            if state and not local:
                return Role.STATE_ONLY
            if local and not state:
                return Role.LOCAL_ONLY
        return None

    @cached_property
    def _narrowed_to_police(self) -> Role | None:
        """The police class a sentence of its own limits the claims to ("This section applies
        only to a person who was a law-enforcement officer at the time"), or None."""
        for _sentence, scope in self._applies_only_to:
            role = role_of(scope)
            # ("This chapter applies only to a public employee who is a peace officer licensed
            # under chapter 12-63")
            narrowed = _WHO_IS_A_POLICE_OFFICER.search(scope)
            if narrowed is not None:
                role = role_of(narrowed.group("who"))
            if role in (Role.POLICE, Role.POLICE_NARROW):
                return role
        return None

    @cached_property
    def _narrowed_to_some_police(self) -> bool:
        """A sentence of its own that limits the claims to some police: "This section applies
        only to persons employed by the office of a county sheriff"."""
        # ("Nothing in the Constitutional Remedies Act shall be construed to affect any immunity
        # of an employee of the state ..., including an officer of the New Mexico state police":
        # the police of that level keep every immunity)
        if self._immunity_saved_for_a_level is not None:
            return True
        for _sentence, scope in self._applies_only_to:
            if role_of(scope) is Role.POLICE_NARROW:
                return True
        # "(a) This section applies to a member of the state police department": a section that
        # says which people it applies to is about them only.
        if any(role is Role.POLICE_NARROW for _s, _noun, role in self._people_applied_to):
            return True
        for _sentence, scope in self._applies_only_to:
            # "This act applies only to the City of Greensboro": a state's local act, for one
            # city's officers. (A city's own ordinance reaches all the police it can.)
            if _ONE_NAMED_LOCALITY.match(scope) and not _LOCAL_ENACTMENT.search(
                self.text.lowered, 0, _ENACTING_BODY_REACH
            ):
                return True
        return False

    @cached_property
    def _people_applied_to(self) -> tuple[tuple[Sentence, str, Role], ...]:
        """Each operative sentence that says which people its provision applies to ("This
        section applies to a member of the state police department"), with the people's head
        noun and their class."""
        found = []
        for sentence in self._operative(self.text.containing("applies to", "apply to")):
            people = _APPLIES_TO_PEOPLE.search(sentence.text)
            if people is not None:
                found.append((sentence, people.group("noun"), role_of(people.group(1))))
        return tuple(found)

    def _people_the_section_applies_to(self, claim: Sentence, phrase: str) -> Role | None:
        """The class of the people a claim names by a bare noun ("the member"), where its
        section says which people it applies to; None when it says nothing of them."""
        section = self._section_of(claim)
        for sentence, noun, role in self._people_applied_to:
            stem = noun.rstrip("s")
            if (
                role.public
                and self._section_of(sentence) == section
                and rx.search(rf"\b{re.escape(stem)}s?\b", phrase)
            ):
                return role
        return None

    @cached_property
    def _applies_only_to(self) -> tuple[tuple[Sentence, str], ...]:
        """Each operative sentence that limits the bill or a provision to something ("This
        section applies only to ..."), with what it is limited to; read once for the readers of
        narrowed classes and rights."""
        found = []
        for sentence in self._operative(self.text.containing("only to")):
            only = _APPLIES_ONLY_TO.search(sentence.text)
            if only is not None:
                # (what it is limited to, without what it then leaves out: "apply only to
                # employees of political subdivisions and do not apply to an officer or employee
                # of the state")
                found.append((sentence, _AND_NOT_TO.split(only.group(1), maxsplit=1)[0]))
        return tuple(found)

    @cached_property
    def amends_section_1983(self) -> bool:
        """Whether the bill amends 42 U.S.C. 1983, so text it inserts that speaks of "this
        section" speaks of the section 1983 action."""
        return any(_amends_1983(s.text) for s in self._operative(self.find("amends")))

    @cached_property
    def amends_section_1988(self) -> bool:
        """Whether the bill amends 42 U.S.C. 1988, the fee statute of the section 1983 action."""
        return any(
            lexicon.SECTION_1988.search(s.text) for s in self._operative(self.find("amends"))
        )

    @cached_property
    def names_section_1983(self) -> bool:
        """Whether an operative clause of the bill names the section 1983 action (or amends its
        fee statute): the bill is about that action, whatever else it does."""
        return self.amends_section_1988 or any(
            lexicon.SECTION_1983.search(s.text)
            for s in self._operative(self.text.containing("1983", "section 1979"))
        )

    def within_section_1983(self, body: str) -> bool:
        """A clause about "this section" in a bill that amends section 1983 (or about "any
        action brought under subsection (a)", the action the section already gives), or one
        naming it."""
        return bool(lexicon.SECTION_1983.search(body)) or (
            self.amends_section_1983
            and (
                lexicon.THIS_PROVISION.search(body) is not None
                or rx.search(
                    # ("No person against whom an action is brought under subsection (a) ...")
                    r"\b(?:action|claim)s?\s+(?:(?:is|are|was|has\s+been)\s+)?(?:brought\s+|filed\s+)?"
                    r"under\s+subsection\s+\(a\)",
                    body,
                )
                is not None
            )
        )

    @cached_property
    def is_act_of_congress(self) -> bool:
        """Whether the text is a bill of the United States Congress (its enacting clause or
        heading says so), so "the Constitution" is the United States Constitution."""
        return bool(self.find("act_of_congress"))

    @cached_property
    def public_claims(self) -> tuple[Claim, ...]:
        """Claims against public actors, or for constitutional rights (a civil-rights claim)."""
        # Only the state and its agents can deprive a person of constitutional rights, so a
        # claim for such a deprivation is a claim against public actors whoever it names,
        # unless it names them as private ("employees of a private detention facility").
        candidates = [
            c
            for c in self.claims
            if not explicitly_private(c.defendants or "")
            # ("B. A private company that operates a detention facility under contract ... shall
            # not deprive a detainee ...; the detainee may bring an action against the company")
            and not (c.role is Role.PRIVATE and explicitly_private(_opening_subject(c.clause.text)))
            # ("A member or officer of an executive board ... the bylaws of the association": an
            # association's officers, not the government's)
            and not _association_officers(c)
            # ('"Person acting under color of state law" means a private individual or private
            # entity that performs a function ... under a contract with the state ...', the term
            # the claim names its defendants by)
            and not self._defined_to_leave_out_public_people(c)
            # ("Any person who is not acting under color of law, and who is not an officer or
            # employee of the Commonwealth ...": private people by exclusion)
            and not _NOT_PUBLIC_ACTORS.search(c.clause.text, 0, _EXCLUSION_IN_SUBJECT_REACH)
            and not _entity_own_act(c)
            and not _employment_claim(c)
            # ("A law enforcement officer who is the subject of a complaint ... known to be false
            # ... may bring a civil action for defamation against the complainant": the officer
            # sues a member of the public)
            and not _OFFICER_SUES_A_PERSON.search(_inserted_text(c.clause.text))
            # ("A person who knowingly makes a false complaint to a law enforcement agency ... is
            # liable to the officer": a member of the public, sued by the officer)
            and not (
                (c.role is Role.PRIVATE or _LIABLE_TO_THE_OFFICER.search(c.clause.text))
                and _PERSON_ACTING_ON_AN_OFFICER.match(c.clause.text)
                and not lexicon.COLOR_OF_LAW_PERSON.search(c.clause.text, 0, 120)
            )
            and not self._suit_without_damages_for_the_wronged(c)
            # ('"Person" does not include the state, a political subdivision, ... or any officer
            # or employee of a public body': the claim against "the person" is a private one)
            and not (c.role is Role.PRIVATE and self._persons_exclude_government)
            # ("(d) This section does not apply to any act ... of an officer or employee of the
            # state or of a political subdivision ..., or to any act of a law enforcement
            # officer": the section's claim lies against private persons only)
            and not (c.role is Role.PRIVATE and self._section_leaves_out_public_actors(c.clause))
            # ("(E) This section does not apply to ... a peace officer, a law enforcement officer,
            # or any other officer or employee of the state or a political subdivision": whatever
            # the defined term's words, its section reaches no public officer)
            and not self._section_leaves_out_police_and_all_public_actors(c.clause)
            # ("the officer is liable to the employing agency for the balance": the government's
            # own claim against its officer, not the public's)
            and not _LIABLE_TO_THE_GOVERNMENT.search(c.clause.text)
            # ("The task force shall examine: 1. Whether to create a civil cause of action against
            # law enforcement officers ...": a question put to a study, not a claim; "Resolution
            # urging the Legislature to enact legislation creating a cause of action ...": a
            # request to another body)
            and not _WHETHER_TO_CREATE.search(c.clause.text)
            and not _URGES_ENACTMENT.search(c.clause.text)
            # ("A governmental entity that has paid a judgment ... may bring an action against the
            # officer to recover the amount paid"; "A peace officer whose employing entity refuses
            # to provide a defense ... may bring an action against the entity"; a supplier's suit;
            # "A person who ... has received a certificate of innocence may bring a claim against
            # the State": compensation owed without fault, not liability for a deprivation)
            and not _claim_of_others(c.clause.text)
            # ("... sets forth a finding for recovery against a public official for public money
            # illegally expended ..."; "any person denied access to inspect or copy any public
            # record ... may file suit"; a member who "voted for or approved an illegal
            # expenditure": public money, contracts or records, no one's rights)
            and not (
                (
                    _OTHER_PUBLIC_WRONG.search(c.clause.text)
                    # ("... may commence a civil action to compel compliance or to enjoin further
                    # noncompliance with this act"; "... to challenge the validity of a decision
                    # of a public body": a statute enforced, a decision undone, nothing to pay)
                    or (
                        _ENFORCES_A_STATUTE_ONLY.search(c.clause.text)
                        and "damages" not in c.clause.text
                    )
                )
                and not _RIGHTS_WRONG.search(c.clause.text)
                and not _RIGHTS_WORD.search(c.clause.text)
            )
            # (or in the section around it: "may bring a civil action against a public official
            # who violates subsection (a)", where (a) forbids using public resources in an
            # election and the section names no right)
            and not self._in_a_section_on_another_public_wrong(c.clause)
            # ("A landowner whose vested property right ... is impaired by a zoning action of a
            # local government ... may bring an action against the local government", in a bill
            # that says it creates no action against any officer: the government's own statutory
            # liability, no one's deprivation of rights)
            and not (
                _ENTITY_ONLY.match(c.defendants or "")
                and not _RIGHTS_WRONG.search(c.clause.text)
                and self._officers_kept_out_of_its_claims
            )
            # ("An action pursuant to this section may be brought only against the law
            # enforcement agency ...", in a section that opens "Any peace officer aggrieved by an
            # action of the employer ... may apply to the district court": the officer's suit)
            and not self._in_a_section_where_officers_sue(c.clause)
            # "A public entity shall be liable for the payment of all judgments and settlements of
            # claims against any of its public employees": who pays a judgment, not a claim.
            and not (
                _LIABLE_FOR_PAYING_JUDGMENTS.search(c.clause.text)
                and not _RIGHTS_WRONG.search(c.clause.text)
            )
            # ("Benefits ... are exempt from execution ..., except that benefits of a member are
            # subject to execution to satisfy a final judgment ... in an action under 42 U.S.C.
            # 1983": what a judgment may be collected from, not a claim)
            and not _EXECUTION_ON_A_JUDGMENT.search(c.clause.text)
            # "The State shall be liable for injury ... caused by the negligent or wrongful act or
            # omission of an employee": a tort claims act's waiver for negligence, not a claim for
            # violating rights.
            and not (
                c.rights in (Rights.UNSTATED, Rights.TORTS)
                and _NEGLIGENCE_WAIVER.search(c.clause.text)
                and not _RIGHTS_WRONG.search(c.clause.text)
            )
            # "The commission shall be liable for its contracts and for its torts": a compact
            # commission's own liability, in the compact's text, not officers' liability.
            and not (
                self._in_compact(c.clause)
                and not rx.search(r"\bdepriv|\bconstitution", c.clause.text)
            )
            # ("may bring a civil action against the State agency" for a data breach; "a
            # governmental entity ... is liable for failing to make reasonable accommodation"): a
            # claim against a public body itself that names no right, in a bill that nowhere
            # speaks of rights, force, search, seizure, arrest or the doctrine, is a claim for
            # the body's own wrong of some other kind.
            and not (
                c.rights is Rights.UNSTATED
                and _against_a_public_body_only(c.defendants)
                and not self._speaks_of_rights_or_the_doctrine
                and not _RIGHTS_WRONG.search(c.clause.text)
            )
        ]
        # "The Attorney General may not bring a civil action under this section against a
        # political subdivision ... or an employee of either acting under the color of law": the
        # bill's claims against "a person" are against private people only.
        # (read past the sentence: the excluded defendants may be items of a list below it)
        lowered = self.text.lowered
        governments_excluded = (
            any(
                _GOVERNMENT_NOT_SUED.match(lowered, s.start, s.start + _EXCLUSION_LIST_REACH)
                for s in self.text.containing(
                    "not bring", "not commence", "not maintain", "not file"
                )
            )
            or any(
                # "This section does not apply to a peace officer ... or to any public entity or
                # public employee": the claims reach private people only.
                _PUBLIC_ACTORS_EXCLUDED.search(s.text)
                for s in self._operative(
                    self.text.containing("not apply to", "applies to", "apply to")
                )
            )
            or any(
                _NO_CLAIM_AGAINST_PUBLIC_ACTORS.search(s.text)
                for s in self._operative(
                    self.text.containing("not create", "not establish", "nothing in this")
                )
            )
        )
        return tuple(
            c
            for c in candidates
            if c.role.public
            or (
                not (governments_excluded and c.role in (Role.PRIVATE, Role.UNNAMED))
                # ("a person, other than a person acting under color of law, who ...")
                and not _OTHER_THAN_STATE_ACTORS.search(c.defendants or "")
                # ("a data broker", defined as a business and leaving governments out)
                and not self._defined_as_private(c)
                and (
                    c.rights
                    in (Rights.ALL_CONSTITUTIONAL, Rights.ENUMERATED, Rights.CIVIL_RIGHTS_ACT)
                    or lexicon.COLOR_OF_LAW_PERSON.search(c.clause.text) is not None
                )
            )
        )

    @cached_property
    def defenses(self) -> tuple[DefenseRule, ...]:
        """Clauses that bar, keep or create QI-like defenses, in order: less those withheld from
        the bill's own claim (:meth:`_lifted_for_the_claims`), those that speak of another claim
        of the bill (:meth:`for_another_claim`) and those in a subsection the bill strikes; a bar
        in the sentence of a company officer's liability is that officer's."""
        # ("An officer who breaches a duty ... is liable to the corporation ..., and good faith is
        # not a defense")
        private_clauses = {c.clause for c in self.claims if c.role is Role.PRIVATE}
        # (a state bill with no claim of its own that rules on defenses in federal claims only:
        # "the immunity under sub. (4) does not apply to an action under 42 USC 1983")
        federal_only = self.state_bill and not self.claims
        return tuple(
            self._police_left_out_by_next_sentence(d)
            for d in self._defenses_kept_in_setting(private_clauses)
            if not (federal_only and _about_federal_claims_only(d.clause.text))
            # (the bar of a suit only the Attorney General may bring, or of one the bar itself
            # says the government or its insurer brings)
            and not self._in_a_suit_only_the_state_brings(d)
            and not _BAR_IN_A_GOVERNMENT_SUIT.search(d.clause.text)
            # (or of an aggrieved officer's suit against the employer, or of an officer's suit
            # against a private person: "A peace officer against whom a person files a false
            # complaint may bring an action against the person ..., and in that action it is not
            # a defense that the person acted in good faith")
            and not self._in_a_section_where_officers_sue(d.clause)
            and not _OFFICER_SUES_OTHERS.search(d.clause.text)
            # (a good-faith defense denied in a proceeding of another kind, or to a business:
            # "It shall not be a defense to a motion under this section that the officer who
            # seized the property acted in good faith"; "may not assert as a defense that the
            # officer who denied the request acted in good faith"; "It shall not be a defense that
            # the towing company acted in good faith reliance on ...")
            and not (
                DefenseKind.QUALIFIED_IMMUNITY not in d.kinds
                and _GOOD_FAITH_DENIED_ELSEWHERE.search(d.clause.text) is not None
            )
            # (a constitution's charge to the lawmakers: "The General Assembly shall provide by
            # law a remedy ..., and may provide by law that such persons shall not be immune")
            and not _LAWMAKER_TO_PROVIDE.match(d.clause.text)
            # (a section that says it changes no officer's immunity: "Nothing in this section
            # ... affects any immunity of an officer", beside a revocation "whether or not the
            # officer was entitled to qualified immunity")
            and not self._immunity_untouched_in_its_section(d)
            # (a savings clause of a named state immunity is no bar: "Nothing in Article 43D ...
            # abrogates the doctrine of public official immunity as it applies to ... acts that
            # are not corrupt or malicious")
            and not _named_immunity_saved(d)
        )

    def _section_around(self, position: int) -> str:
        """The lower-case text of the numbered section that holds ``position``."""
        document = self.text.document
        return self.text.lowered[document.section_start(position) : document.section_end(position)]

    def _immunity_untouched_in_its_section(self, defense: DefenseRule) -> bool:
        """Whether a bar stands in a section that says it affects no officer's immunity."""
        if defense.effect is not Effect.BARRED or "immunit" not in self.text.lowered:
            return False
        section = self._section_around(defense.clause.start)
        return (
            _AFFECTS_NO_OFFICERS_IMMUNITY.search(section) is not None
            or self._affects_no_officers_immunity_anywhere
        )

    @cached_property
    def _affects_no_officers_immunity_anywhere(self) -> bool:
        """Whether the whole act, chapter or subchapter says it affects no officer's immunity
        (a disclaimer that reaches past its own section, wherever it stands)."""
        return any(
            (m.group("scope") or m.group("scope2")) not in ("section", "subsection")
            for m in matches_near(
                _AFFECTS_NO_OFFICERS_IMMUNITY,
                self.text.lowered,
                self.text.positions("immunit"),
                *_DISCLAIMER_REACH,
            )
        )

    def _in_a_suit_only_the_state_brings(self, defense: DefenseRule) -> bool:
        """Whether a bar rules on "an action under this section" in a section whose action only
        the Attorney General may bring ("A person may not bring an action under this section",
        "No person other than the attorney general may bring an action under sub. (2)"): the
        State's own suit, not a claim of the people deprived."""
        if defense.effect is not Effect.BARRED or "attorney general" not in self.text.lowered:
            return False
        section = self._section_around(defense.clause.start)
        return _ONLY_THE_STATE_SUES.search(section) is not None

    def _about_its_own_other_section(self, sentence: Sentence) -> bool:
        """Whether "This section does not apply to a law enforcement officer" stands in a
        section that speaks of no liability for a wrong and of no right (a volunteers'
        indemnity section of a package): it leaves the police out of that section only."""
        if not _THIS_SECTION_SUBJECT.search(sentence.text) or rx.search(
            # ("Notwithstanding subsection B, this section shall not apply to ...": it speaks of
            # the claim's own subsection)
            r"\bsubsection\s+\(?[a-z0-9]{1,3}\b",
            sentence.text,
        ):
            return False
        section = self._section_around(sentence.start)
        return not (_RIGHTS_WRONG.search(section) or rx.search(r"\bliab", section))

    def _bar_for_described_torts(self, defense: DefenseRule) -> bool:
        """Whether a bar speaks of "a claim described in subsection (a)" where (a) lifts an
        immunity for named torts only ("... shall not be immune from liability for damages
        resulting from assault, battery, false arrest ... committed by a law enforcement
        officer"): a defense withdrawn from tort suits, not from claims for deprivation of
        rights."""
        if defense.effect is not Effect.BARRED:
            return False
        cited = _CLAIM_DESCRIBED_IN.search(defense.clause.text)
        proceeding = cited is None
        if proceeding:
            # ("... is not a defense in a proceeding described in subsection (1)", (1) being an
            # arbitration of an officer's discipline: that proceeding's rule)
            cited = _PROCEEDING_DESCRIBED_IN.search(defense.clause.text)
            if cited is None:
                return False
        described = self._subsection_text(cited.group("label"), defense.clause)
        following = _NEXT_LINE_LABEL.search(described)
        if following is not None:
            described = described[: following.start()]  # the cited provision only
        if proceeding:
            return bool(described and _ADMINISTRATIVE_PROCEEDING.search(described))
        return bool(
            described and _NAMED_TORTS.search(described) and not _RIGHTS_WRONG.search(described)
        )

    def _police_left_out_by_next_sentence(self, defense: DefenseRule) -> DefenseRule:
        """A bar whose next sentence leaves the police out ("It shall not be a defense ... that
        the defendant acted in good faith .... The preceding sentence does not apply to an action
        against a defendant who is a Federal, State or local law enforcement officer"): a bar for
        public employees other than police."""
        if defense.effect is not Effect.BARRED:
            return defense
        lowered = self.text.lowered
        following = _PRECEDING_SENTENCE_NOT_APPLIED.match(
            lowered, defense.clause.end, defense.clause.end + _NEXT_SENTENCE_REACH
        )
        if (
            following is None
            or not lexicon.POLICE_TERM.search(following.group("left_out"))
            # ("... does not apply to an officer or employee other than a peace officer": the
            # police are the ones the bar keeps, read where the bar's role is)
            or rx.search(r"\b(?:other\s+than|except|but\s+not)\b", following.group("left_out"))
        ):
            return defense
        return replace(defense, role=Role.BROAD_EXCEPT_POLICE, role_named=True)

    def _defenses_kept_in_setting(self, private_clauses: set[Sentence]) -> tuple[DefenseRule, ...]:
        """The defense rules read, less those of other settings (see :attr:`defenses`)."""
        found = tuple(
            replace(d, role=Role.PRIVATE)
            if (d.clause in private_clauses and d.role is Role.POLICE)
            # (a bar in a section that says it reaches no police or other public officer)
            or (d.role.public and self._section_leaves_out_police_and_all_public_actors(d.clause))
            else d
            for d in self._lifted_for_the_claims(self._defenses_read)
            if not self.for_another_claim(d.clause.text, d.clause.start)
            and not self._struck_by_instruction(d)
            and not _only_in_struck_quotation(d.clause.text)
            and not _someone_elses_immunity(d)
            and not self._bar_for_described_torts(d)
            # ("It is not a defense that the platform acted in good faith", in a bill whose
            # only claim lies against platforms, a term that leaves governments out)
            and not (
                self._private_claims_only
                and d.role in (Role.UNNAMED, Role.PRIVATE)
                and not d.role_named
            )
            and not self._in_a_licensing_proceeding(d)
            and not self._in_the_section_of_another_claim(d)
            and not self._in_a_negligence_section(d)
            and not self._in_a_section_without_civil_proceedings(d)
            # ("A police officer who, in good faith, intervenes to stop, or reports, another
            # officer's use of excessive force is immune from civil liability ... for the
            # intervention or report": a shield for the officer who acts against a wrong, not a
            # defense to liability for one)
            and not (
                d.effect is Effect.CREATED and _IMMUNE_FOR_A_PROTECTIVE_ACT.search(d.clause.text)
            )
            # ("An agency that provides files in good faith under this subsection shall not be
            # liable to the applicant for defamation or invasion of privacy": a shield for handing
            # over information, not a defense to liability for a deprivation)
            and not (
                d.effect is Effect.CREATED
                and _SHIELD_FOR_SHARING_INFORMATION.search(d.clause.text)
                and not _RIGHTS_WRONG.search(d.clause.text)
            )
            # ("It is not a defense that the data broker relied in good faith on a request by a
            # law enforcement agency": the defense of one who relied on officials, not theirs)
            and not (
                d.kinds <= {DefenseKind.GOOD_FAITH} and _RELIED_ON_AN_OFFICIAL.search(d.clause.text)
            )
            # ("Nothing in this section shall be construed ... to abolish the immunity of any
            # officer ... in any action that is not brought under this section")
            and not (d.effect is Effect.KEPT and _KEPT_FOR_OTHER_ACTIONS.search(d.clause.text))
            # ("... including qualified immunity in an action under federal law", in a state's
            # bill: the federal claim's defense, which a state cannot take away, not this one's)
            and not (
                d.effect is Effect.KEPT
                and self.state_bill
                and not self.amends_section_1983
                and _KEPT_IN_FEDERAL_ACTIONS_ONLY.search(d.clause.text)
                # (not the federal immunity brought into this claim: "may assert any immunity that
                # would be available to the officer in an action under 42 U.S.C. § 1983")
                and not _FEDERAL_IMMUNITY_IMPORTED.search(d.clause.text)
            )
        )
        return tuple(d for d in found if not self._immunity_for_other_conduct(d, found))

    def _immunity_for_other_conduct(
        self, defense: DefenseRule, defenses: Sequence[DefenseRule]
    ) -> bool:
        """Whether an immunity the bill grants stands apart from its rights claim, which bars the
        doctrine and good faith in so many words: "The State ... engaged in emergency management
        activities are not liable ... except in cases of gross negligence", in a section of its
        own beside "(B) Qualified immunity is not a defense to liability under this section, and
        it is not a defense that the officer acted in good faith". The claim's own bar governs
        the claim; the immunity covers the other activity it names."""
        if defense.effect is not Effect.CREATED or not self.public_claims:
            return False
        body = defense.clause.text
        if _CLAIM_UNDER_THIS_OR_A_SECTION.search(body) or _ACTION_UNDER_SECTION.search(body):
            return False  # it speaks of a claim ("an officer ... is not liable under section 1")
        claim_sections = {
            self.text.document.section_start(c.clause.start) for c in self.public_claims
        }
        if self.text.document.section_start(defense.clause.start) in claim_sections:
            return False
        barred_there: set[DefenseKind] = set()
        for d in defenses:
            # (the claim's bar, in its section or in one that cites it: "(a) In an action under
            # section 10, it is not a defense or immunity that the officer acted in good faith ...
            # or that the right was not clearly established")
            if d.effect is Effect.BARRED and (
                self.text.document.section_start(d.clause.start) in claim_sections
                or self.judgment_in_claim_section(d.clause.text)
            ):
                barred_there |= d.kinds
        return DefenseKind.GOOD_FAITH in barred_there and bool(
            {DefenseKind.QUALIFIED_IMMUNITY, DefenseKind.CLEARLY_ESTABLISHED} & barred_there
        )

    def public_claim_in_section_of(self, sentence: Sentence) -> bool:
        """Whether one of the bill's claims against public actors stands in the section that
        holds ``sentence``."""
        return self._public_claim_in_section_of(sentence.start)

    def section_start_of(self, sentence: Sentence) -> int:
        """Where the top-level unit (section) that holds ``sentence`` starts."""
        return self.text.document.section_start(sentence.start)

    def _claims_in_section_of(self, offset: int) -> list[Claim]:
        """The bill's claims (public or not) that stand in the section holding ``offset``."""
        section_start = self.text.document.section_start
        section = section_start(offset)
        return [c for c in self.claims if section_start(c.clause.start) == section]

    def _public_claim_in_section_of(self, offset: int) -> bool:
        """Whether one of the bill's claims against public actors stands in the section that
        holds ``offset``."""
        section_start = self.text.document.section_start
        section = section_start(offset)
        return any(section_start(c.clause.start) == section for c in self.public_claims)

    @cached_property
    def _private_claims_only(self) -> bool:
        """Whether the bill's claims lie against private people only (named as private, or by a
        term the bill defines as private or as leaving governments out), none against public
        actors."""
        return not self.public_claims and any(
            explicitly_private(c.defendants or "")
            or self._defined_as_private(c)
            # (or by a term for the wrongdoers that leaves out police and every public employee)
            or self._defined_to_leave_out_public_people(c)
            # ("A peace officer who is the subject of a complaint ... known to be false ... may
            # bring a civil action against that person": the officer sues a member of the public)
            or _OFFICER_SUES_A_PERSON.search(_inserted_text(c.clause.text)) is not None
            # ("Any person injured by a private security guard employed by a hospital ... may
            # bring a civil action against the guard and the guard's employer")
            or (
                c.role is Role.PRIVATE
                and explicitly_private(lexicon.NEGATED_DESCRIPTION.sub(" ", c.clause.text))
            )
            # (or in a section that says it reaches no police or other public officer)
            or self._section_leaves_out_police_and_all_public_actors(c.clause)
            for c in self.claims
        )

    def _section_leaves_out_public_actors(self, clause: Sentence) -> bool:
        """Whether the claim's section says it does not apply to public officers' or employees'
        acts."""
        return (
            _PUBLIC_ACTORS_LEFT_OUT.search(self._section_around(clause.start)) is not None
            or self._whole_act_leaves_out_public_actors
        )

    @cached_property
    def _whole_act_leaves_out_public_actors(self) -> bool:
        """Whether a section of the bill says its whole chapter or act does not apply to public
        officers' or employees' acts ("This chapter shall not apply to an act or omission of an
        employee of the State or of a municipality, including a law enforcement officer")."""
        return any(
            found.group("unit") in ("chapter", "act", "article")
            for sentence in self._operative(self.text.containing("not apply to"))
            for found in _PUBLIC_ACTORS_LEFT_OUT.finditer(sentence.text)
        )

    def _section_leaves_out_police_and_all_public_actors(self, clause: Sentence) -> bool:
        """Whether the claim's section says it does not apply to police officers nor to any other
        officer or employee of the state or its subdivisions."""
        section = self._section_around(clause.start)
        return _POLICE_AND_ALL_PUBLIC_ACTORS_LEFT_OUT.search(section) is not None

    def _in_a_negligence_section(self, defense: DefenseRule) -> bool:
        """Whether an immunity rule that does not name qualified immunity stands in a section
        about negligence claims and names no rights ("Notwithstanding s. 768.28(9)(a), a law
        enforcement officer is not immune from personal liability for such a claim", the claim
        being for the negligent operation of a vehicle in a pursuit): a tort rule."""
        if DefenseKind.QUALIFIED_IMMUNITY in defense.kinds:
            return False
        document = self.text.document
        stretch = self.text.lowered[
            document.section_start(defense.clause.start) : document.section_end(
                defense.clause.start
            )
        ]
        return (
            _NEGLIGENCE_SETTING.search(stretch) is not None
            and _RIGHTS_SETTING.search(stretch) is None
        )

    def _in_a_section_without_civil_proceedings(self, defense: DefenseRule) -> bool:
        """Whether a rule on the doctrine's elements or on good faith, not naming qualified
        immunity, stands in a section that speaks of no civil proceeding at all ("In making a
        finding under subsection (1), the board shall not inquire whether a reasonable officer
        would have known ..."; "In a criminal prosecution ..., the court shall not inquire whether
        any prior judicial decision addressed similar conduct"): a rule of another proceeding."""
        if DefenseKind.QUALIFIED_IMMUNITY in defense.kinds or DefenseKind.IMMUNITY in defense.kinds:
            return False
        document = self.text.document
        start = document.section_start(defense.clause.start)
        end = document.section_end(defense.clause.start)
        lowered = self.text.lowered
        return (
            _CIVIL_PROCEEDING_WORDS.search(lowered, start, end) is None
            and _OTHER_PROCEEDING_WORDS.search(lowered, start, end) is not None
        )

    def _in_the_section_of_another_claim(self, defense: DefenseRule) -> bool:
        """Whether a defense rule stands in a section whose only claims are no claims of the
        public against public actors ("(a) A claimant may file a claim against the State ... for
        compensation for wrongful imprisonment ... (b) The good faith of any such officer ... is
        not a defense to the claim"): that claim's rule, whatever officer it names."""
        in_section = self._claims_in_section_of(defense.clause.start)
        return bool(in_section) and all(
            c not in self.public_claims and _claim_of_others(c.clause.text) for c in in_section
        )

    def _in_a_licensing_proceeding(self, defense: DefenseRule) -> bool:
        """Whether a defense rule is for "a proceeding under this section" where the section
        holds no civil claim and is about an officer's certification ("The commission shall
        revoke the certification of a law enforcement officer who ... (b) In a proceeding under
        this section, it is not a defense that the officer acted in good faith")."""
        if not _PROCEEDING_UNDER_THIS.search(defense.clause.text):
            return False
        document = self.text.document
        section = document.section_start(defense.clause.start)
        if any(document.section_start(c.clause.start) == section for c in self.claims):
            return False
        stretch = self.text.lowered[section : document.section_end(defense.clause.start)]
        return _LICENSING_WORDS.search(stretch) is not None

    @cached_property
    def _subsections_struck(self) -> tuple[tuple[str, str], ...]:
        """(section number, subsection label) of each "section 8.01-42.6 ... is amended by
        striking subsection C" in the bill, lower case."""
        lowered = self.text.lowered
        found = []
        for sentence in self._operative(self.text.containing("striking subsection")):
            for match in _STRIKES_SUBSECTION.finditer(lowered, sentence.start, sentence.end):
                found.append((match.group("section") or "", match.group("label")))
        return tuple(found)

    def _struck_by_instruction(self, defense: DefenseRule) -> bool:
        """Whether a defense the bill reprints stands in a subsection the bill strikes ("That
        section 8.01-42.6 ... is amended by striking subsection C", C holding the defense):
        after the bill it is not law."""
        if defense.effect not in (Effect.KEPT, Effect.CREATED) or not self._subsections_struck:
            return False
        label = (self.text.document.section_at(defense.clause.start) or "").lower()
        return any(
            section in label and rx.search(rf"[.(]{re.escape(subsection)}\)?$", label)
            for section, subsection in self._subsections_struck
        )

    @cached_property
    def _defenses_read(self) -> tuple[DefenseRule, ...]:
        """Every clause that bars, keeps or creates a QI-like defense, in order."""
        sentences = dict.fromkeys(
            self.find("qualified_immunity_terms")
            + self.find("procedural_bar")
            + self.find("negated_subject_defense")
            + self.find("immunity_subject_denied")
            + self.find("closed_defense_list")
            + [s for term in self._doctrine_terms for s in self.text.containing(term)]
            # "... is liable ... notwithstanding any immunity described in Section 3".
            + self.text.containing("notwithstanding any immun", "notwithstanding all immun")
            # "A defendant is not liable, however, unless a reasonable officer ... would have
            # known ...": the doctrine's test in other words.
            + self.text.containing("would have known", "nominal damages")
            # "Notwithstanding subdivision (b), a peace officer is liable under this section only
            # if ... the officer acted with actual malice": a good-faith shield in other words.
            + [
                s
                for s in self.text.containing(
                    "malice",
                    "malicious",
                    "bad faith",
                    "wilful",
                    "willful",
                    "knew",
                    "actual knowledge",
                )
                if _LIABLE_ONLY_IF_KNOWN.search(s.text)
            ]
            # The doctrine's test without its name: liability only where the law then in
            # effect made the conduct's unlawfulness apparent, a plaintiff's burden to prove the
            # officer knew or should have known the law, a mistake of law excused, a motion to
            # dismiss for want of controlling authority.
            + [
                s
                for s in self.text.containing(*_STATE_OF_THE_LAW_NEEDLES)
                if _STATE_OF_THE_LAW_AS_A_SHIELD.search(s.text)
            ]
            # "... has a reasonable reliance defense ...", "It shall be an affirmative defense ...
            # that the officer acted in compliance with a written policy": good faith's work in
            # other words.
            + [
                s
                for s in self.text.containing(*lexicon.GOOD_FAITH_IN_OTHER_WORDS_NEEDLES)
                if _GOOD_FAITH_IN_OTHER_WORDS.search(s.text)
            ]
            # "A. None of the following shall be a defense to an action under this article: 1.
            # Qualified immunity; 2. ...": a lead-in whose numbered items the splitter parts.
            + [
                self.text.with_listed_items(s, opens_a_list=True)
                for s in self.text.containing("of the following")
                if _NONE_OF_THE_FOLLOWING_IS_A_DEFENSE.search(s.text)
            ]
            # "The defenses enumerated in section 6-2503 are not available ...".
            + self.text.containing(*_DEFENSES_BY_REFERENCE_NEEDLES)
            # "The immunity described in subsection (c)(2) shall not be available to ...".
            + self.text.containing(*_DESCRIBED_IMMUNITY_NEEDLES)
            # A savings clause keeping a statutory good-faith immunity, unnamed as the doctrine.
            + [
                s
                for s in self.text.containing(
                    "continue to apply",
                    "continues to apply",
                    "retains any immun",
                    "retain any immun",
                    "retains every immun",
                    "retain every immun",
                    "retains all immun",
                    "retain all immun",
                    "retains every defen",
                    "retains all defen",
                    # (an officer's immunity under another statute saved: "the immunity afforded a
                    # peace officer by Section 6-5-338", "the immunity of an individual public
                    # employee under ... section 2744.03")
                    "immunity afforded",
                    "immunity of an",
                    "either immunity",
                    "is preserved",
                )
                if lexicon.PRESERVES_QI.search(s.text)
            ]
        )
        found = []
        for sentence in (
            part
            for whole in sorted(self._operative(list(sentences)), key=lambda s: s.start)
            for part in _split_at_a_defense_given_back(whole)
        ):
            if (
                _ACTIONS_NOT_IMMUNE_FROM.search(sentence.text)
                or self._exceptions_to_own_grant(sentence)
                or _own_grant_withheld_for_fault(sentence.text)
                # ("The immunity referred to in section 5 of this act is any immunity ... that a
                # public officer may assert on the ground that ...": what section 5 is about)
                or _DESCRIBES_A_REFERRED_IMMUNITY.search(sentence.text)
            ):
                # "an action from which the volunteer is not immune under section 5793" names
                # actions, it bars nothing; "The immunity provided in section 5792 shall not
                # apply to: (1) willful misconduct ..." is the bill's own grant, with its limits.
                continue
            defense = (
                read_defense(sentence)
                or self._bar_by_definition(sentence)
                or self._defense_by_defined_term(sentence)
                or self._bar_by_reference(sentence)
                or self._bar_of_described_immunity(sentence)
            )
            if defense is None:
                continue
            if (
                defense.effect is Effect.BARRED
                and defense.kinds <= {DefenseKind.IMMUNITY}
                and (
                    _FOR_NEGLIGENCE.search(sentence.text)
                    or lexicon.CAP_ON_OTHER_HARM.search(sentence.text)
                )
                and not _RIGHTS_WRONG.search(sentence.text)
            ):
                # "... a public entity is not immune from suit for compensatory damages for its
                # negligence in the following cases": a tort claims act's waiver for negligence,
                # no bar on a defense to a claim for violating rights. So is "a public entity is
                # not immune from liability for injury ... caused by the operation of a vehicle in
                # a pursuit".
                continue
            if not defense.kinds and _STATUTE_LIMITED_IMMUNITY.search(sentence.text):
                # "Any immunity provided by the State Tort Claims Act ... shall not apply": that
                # act's immunities set aside (a cap lift, read with the caps), no defense of the
                # doctrine's kind.
                continue
            if (
                lexicon.CLOSED_DEFENSE_LIST.search(sentence.text)
                and not _RIGHTS_WRONG.search(sentence.text)
                and not self._rights_claim_before(sentence)
            ):
                # A wage or lien statute's closed list of an employer's defenses: the bill's
                # actions are not for rights, so the list ends no immunity of officers.
                continue
            # (not the class its subject is said not to be: "A bail bond agent is not a law
            # enforcement officer as defined in s. 943.10")
            referred = (
                None
                if _SUBJECT_SAID_NOT_AN_OFFICER.match(sentence.text)
                else self._role_by_reference(_defendants(sentence.text), sentence)
            )
            if referred is not None:
                defense = replace(defense, role=referred, role_named=True)
            elif defense.role_named and self.text.definitions:
                # "the public employee's good faith ... are not defenses", where "public
                # employee" means only a peace officer: the definition gives the class.
                _, role = _role_in(sentence, self.text.definitions)
                # (or a company's people: '"Officer" means an officer or director of a debt
                # buyer', and "it is not a defense that the debt buyer or officer acted in good
                # faith")
                if (role.public or role is Role.PRIVATE) and role is not defense.role:
                    defense = replace(defense, role=role)
            if defense.role is Role.POLICE and self._officers_defined_as_company_people(
                sentence.text
            ):
                defense = replace(defense, role=Role.PRIVATE)
            if (
                defense.role is Role.BROAD
                or (defense.role is Role.POLICE and not defense.role_named)
            ) and _WIDE_CLASS_WHO_IS_POLICE.search(sentence.text):
                # "In an action ... against a state actor who is a law enforcement officer,
                # qualified immunity is not a defense": the bar is for the police among them.
                defense = replace(defense, role=Role.POLICE, role_named=True)
            if defense.role is Role.UNNAMED and self.within_section_1983(sentence.text):
                defense = replace(defense, role=Role.BROAD)  # every person under color of law
            if defense.role is Role.BROAD and (
                self._some_employees_left_out or _DUTIES_NARROW_THE_CLASS.search(sentence.text)
            ):
                defense = replace(defense, role=Role.POLICE_AND_OTHERS)  # as for the claims
            found.append(defense)
        found.extend(self._good_faith_left_by_definition(found))
        found.extend(d for d in self._listed_defenses_denied() if d.clause not in sentences)
        # The state's codified doctrine said to apply to some of the bill's claims.
        found.extend(
            d
            for d in self._repealed_codified_immunity()
            if d.effect is Effect.KEPT and all(f.clause != d.clause for f in found)
        )
        return self._yielding_to_a_bar(
            self._excepted_elsewhere(self._for_other_proceedings(tuple(found)))
        )

    def _lifted_for_the_claims(self, found: tuple[DefenseRule, ...]) -> tuple[DefenseRule, ...]:
        """Less the defenses a section keeps or creates that the bill withholds from its own
        claim: a codified immunity statute reprinted with a new subsection "This section does not
        apply to an action under section 670.4B", 670.4B being where the bill's claim stands, or
        a grant withheld from another section ("The immunity provided in section 12 shall not
        apply to an action under section 13"), still shields in other actions, not in these."""
        kept = [d for d in found if d.effect in (Effect.KEPT, Effect.CREATED)]
        if not kept or not self.public_claims:
            return found
        document = self.text.document
        not_applying = self._operative(self.text.containing("not apply to"))
        withheld = [s for s in not_applying if self.judgment_in_claim_section(s.text)]
        lifted_sections = {
            document.section_end(s.start)
            for s in withheld
            if _THIS_SECTION_NOT_FOR_ACTIONS.search(s.text)
        } | {
            # "A public employee is not liable if he acts in good faith in the execution or
            # enforcement of any law. ... This section shall not apply to an action brought
            # against a law enforcement officer pursuant to subsection c. of section 2 of
            # P.L.2004, c.143": the immunity is withheld from the police in rights actions.
            document.section_end(s.start)
            for s in not_applying
            if _THIS_SECTION_NOT_FOR_ACTIONS_AGAINST_POLICE.search(s.text)
        }
        # ("(c) Subsection (b) of this section does not apply to a claim under subsection (a) of
        # this section", where (a) holds the claim and (b) keeps every immunity)
        lifted_sections |= {
            document.section_end(s.start)
            for s in not_applying
            if _SUBSECTION_NOT_FOR_THIS_SECTIONS_CLAIMS.search(s.text)
            and self._public_claim_in_section_of(s.start)
        }
        # (or from another section: "The immunity provided in section 12 shall not apply to an
        # action under section 13")
        lifted_by_number = [
            _section_number_pattern(cited.group("number"))
            for s in withheld
            if (cited := _IMMUNITY_OF_SECTION.search(s.text)) is not None
        ]
        if not lifted_sections and not lifted_by_number:
            return found
        return tuple(
            d
            for d in found
            if d.effect not in (Effect.KEPT, Effect.CREATED)
            or not (
                document.section_end(d.clause.start) in lifted_sections
                or any(self._in_section(number, d.clause.start) for number in lifted_by_number)
            )
        )

    @cached_property
    def _liable_for_breaking_the_act(self) -> bool:
        """Whether the bill makes someone liable for violating the act itself ("A public
        official who intentionally violates this act shall be personally liable")."""
        return any(
            _VIOLATES_THIS_ACT.search(s.text) and rx.search(r"\bliab", s.text)
            for s in self.text.containing("violates this", "violate this", "violates the")
        )

    def _in_a_section_on_another_public_wrong(self, clause: Sentence) -> bool:
        """Whether the section holding ``clause`` is about public money, contracts, records,
        meetings or elections (``_OTHER_PUBLIC_WRONG``) and names no right, deprivation, force,
        search, seizure or arrest and not the doctrine: a claim there enforces that section's
        duty, not anyone's rights."""
        if _RIGHTS_WRONG.search(clause.text) or _RIGHTS_WORD.search(clause.text):
            return False
        document = self.text.document
        start, end = document.section_start(clause.start), document.section_end(clause.start)
        lowered = self.text.lowered
        return (
            _OTHER_PUBLIC_WRONG.search(lowered, start, end) is not None
            and _RIGHTS_OR_THE_DOCTRINE.search(lowered, start, end) is None
        )

    def _in_a_section_where_officers_sue(self, clause: Sentence) -> bool:
        """Whether ``clause`` speaks of "an action under this section" (naming no one who sues)
        in a section whose suit an aggrieved officer or employee brings against the employer,
        and which names no person deprived or injured: a protection of the job, not a claim of
        the people the officers police."""
        if not _ACTION_UNDER_THIS_SECTION.search(clause.text):
            return False
        section = self._section_around(clause.start)
        return (
            _OFFICER_AGGRIEVED_SUES.search(section) is not None
            and _PERSON_HARMED_SUES.search(section) is None
        ) or (
            # ("A law enforcement officer ... may bring a civil action against the complainant ...
            # (c) Qualified immunity and good faith are not relevant to an action under this
            # section": the officer's own suit against a private person, no claim against officers)
            _OFFICER_SUES_OTHERS.search(section) is not None and not self.public_claims
        )

    @cached_property
    def _names_rights_anywhere(self) -> bool:
        """Whether the bill speaks anywhere of depriving rights, a constitution or color of law."""
        return _RIGHTS_WRONG.search(self.text.lowered) is not None

    @cached_property
    def _persons_exclude_government(self) -> bool:
        """Whether the bill defines "person" to leave out the state, its subdivisions and their
        officers ('"Person" does not include the state, a political subdivision, ... or any
        officer or employee of a public body')."""
        for sentence in self._operative(self.text.containing("not include")):
            excluded = _TERM_EXCLUDES.match(sentence.text)
            if (
                excluded is not None
                and excluded.group("term").strip() in ("person", "persons")
                and _GOVERNMENT_EXCLUDED.search(sentence.text)
            ):
                return True
        return False

    def _officers_defined_as_company_people(self, body: str) -> bool:
        """Whether the officers a clause names are a company's by the bill's definition
        ('"Officer" means an officer, director, or managing agent of a debt buyer') and the
        clause names no police besides."""
        if _POLICE_WORD.search(body):
            return False
        for term in ("officer", "officers"):
            definition = self.text.definitions.get(term)
            if definition is not None and rx.search(rf"\b{term}\b", body):
                defined = _definition_body(definition.text, term)
                return bool(_CORPORATE_OFFICERS.search(defined)) and (
                    role_of(_DEFINITION_LEAD.sub("", defined, count=1)) is Role.PRIVATE
                )
        return False

    def _exceptions_to_own_grant(self, sentence: Sentence) -> bool:
        """Whether a clause limits an immunity the bill itself grants in another section ("The
        immunity provided in section 5792 of this title shall not apply to: ...", where section
        5792 says "a volunteer shall be immune from civil liability ...")."""
        cited = _IMMUNITY_OF_SECTION.search(sentence.text)
        if cited is None or _CLAIMS_UNDER_OR_RIGHTS.search(sentence.text):
            # ("The immunity provided in section 2 shall not apply to an action under section 4":
            # withheld from a claim, which is a bar, read as one)
            return False
        return any(
            _GRANTS_IMMUNITY.search(provision)
            for provision in self._provision_texts(cited.group("number"), sentence)
        )

    def _rights_claim_before(self, sentence: Sentence) -> bool:
        """Whether a claim for violating rights (a deprivation, a constitution, action under
        color of law) opens shortly before ``sentence``, in the same part of the bill."""
        return any(
            0 <= sentence.start - claim.start <= _RIGHTS_CLAIM_REACH
            and _RIGHTS_WRONG.search(claim.text)
            for claim in self.find("cause_of_action")
        )

    def _good_faith_left_by_definition(self, found: list[DefenseRule]) -> list[DefenseRule]:
        """A good-faith defense a barred term's definition leaves out: '"Immunity defense" means
        the doctrine of qualified immunity, but does not include a defense that the officer acted
        on a reasonable and good-faith belief that the conduct was lawful', with "An immunity
        defense shall not be available": the belief defense survives the bar."""
        kept = []
        for term in self._doctrine_terms:
            definition = self.text.definitions[term]
            # (the whole sentence after the term: the definition's body stops at "but")
            body = definition.text[definition.text.find(term) + len(term) :]
            left_out = _LEAVES_OUT_GOOD_FAITH.search(body)
            if left_out is None:
                continue
            if any(
                d.effect is Effect.BARRED and term in d.clause.text and d.clause != definition
                for d in found
            ):
                kept.append(
                    _rule_without_exceptions(
                        definition, frozenset({DefenseKind.GOOD_FAITH}), Effect.CREATED
                    )
                )
        return kept

    def _listed_defenses_denied(self) -> list[DefenseRule]:
        """A bar that opens a list on the lines after it: "(d) Defenses not available.--The
        following shall not be a defense to an action under this section: (1) ... (3) Qualified
        immunity, or any claim that the officer acted in good faith ..."."""
        found = []
        lowered = self.text.lowered
        for sentence in self._operative(self.text.containing("the following")):
            denial = _FOLLOWING_NOT_A_DEFENSE.search(sentence.text)
            if denial is None:
                continue
            start = sentence.start + denial.end()
            items = lowered[start : start + _LISTED_DEFENSES_REACH]
            heading = lexicon.SECTION_HEADING.search(items)
            if heading is not None:
                items = items[: heading.start()]
            following = _NEXT_SUBSECTION_AFTER_LIST.search(items)
            if following is not None:
                items = items[: following.start()]
            if lexicon.QI_TERM.search(items):
                found.append(_bar_of(sentence, _kinds(items), sentence.text))
        return found

    def _bar_of_described_immunity(self, sentence: Sentence) -> DefenseRule | None:
        """A bar of an immunity another subsection states: "The immunity described in subsection
        (c)(2) of this section shall not be available to a law enforcement officer sued under
        subsection (a)", where (c)(2) is "Qualified immunity from damages ..."."""
        reference = _DESCRIBED_IMMUNITY.search(sentence.text)
        if reference is None or not _DENIED_AFTER_REFERENCE.match(sentence.text, reference.end()):
            return None
        if reference.group("section") is not None:
            described = " ".join(self._provision_texts(reference.group("section"), sentence))
        else:
            described = self._subsection_text(reference.group("label"), sentence)
        item = reference.group("item")
        if item is not None:
            # Of "(c)(2)", only item (2) of (c), up to the next item's label.
            described = _labelled_part(described, item) or ""
        if not lexicon.QI_TERM.search(described):
            return None
        return _bar_of(sentence, _kinds(described), sentence.text[reference.end() :])

    def _labelled(self, clause: Sentence, label: str | None, bare: str | None) -> bool:
        """Whether ``clause`` is the subsection "(label)" (its text opens with it) or "bare" (the
        number and a period stand just before it, "2. In an action ...")."""
        if label is not None:
            return rx.match(rf"\W*\({re.escape(label)}\)\s", clause.text) is not None
        if bare is None:
            return False
        if clause.text.lstrip(" \t").startswith(f"{bare}. "):
            return True
        before = self.text.lowered[max(0, clause.start - 8) : clause.start].rstrip()
        return before.endswith((f" {bare}.", f"\n{bare}."))

    def _yielding_to_a_bar(self, found: tuple[DefenseRule, ...]) -> tuple[DefenseRule, ...]:
        """Less the savings clauses that yield to a subsection barring the defense: "(c) Except as
        provided in subsection (d), a District employee retains ... qualified immunity" with "(d)
        The immunity described in subsection (c)(2) shall not be available to a law enforcement
        officer": the bar is the exception, and for its class the defense is gone."""
        bars = [d for d in found if d.effect is Effect.BARRED]
        if not bars:
            return found
        kept = []
        narrowed: set[Sentence] = set()
        for defense in found:
            if defense.effect is Effect.KEPT:
                excepted = _EXCEPT_AS_PROVIDED_IN.search(defense.clause.text)
                yielding_to = (
                    [
                        bar
                        for bar in bars
                        if self._labelled(
                            bar.clause, excepted.group("label"), excepted.group("bare")
                        )
                        # (not a bar for some claims only: "In an action under subsection 1
                        # alleging that the peace officer used excessive force, the peace officer
                        # may not assert the defense of qualified immunity" leaves the doctrine to
                        # the rest, which the savings clause keeps)
                        and not bar.force_only
                        and not _BAR_FOR_SOME_CLAIMS.search(bar.clause.text)
                    ]
                    if excepted is not None
                    else []
                )
                if yielding_to:
                    # ("(B) A person who ... was serving as a peace officer without a current
                    # certificate ... may not assert qualified immunity. (C) Except as provided in
                    # division (B), a peace officer retains every immunity ..., including qualified
                    # immunity": the bar reaches only the officers its condition picks out.)
                    narrowed |= {
                        bar.clause
                        for bar in yielding_to
                        if bar.role in (Role.POLICE, Role.UNNAMED)
                        and _CONDITIONED_OFFICER_SUBJECT.match(bar.clause.text)
                    }
                    continue
            kept.append(defense)
        return tuple(
            replace(d, role=Role.POLICE_NARROW, role_named=True)
            if d.effect is Effect.BARRED and d.clause in narrowed
            else d
            for d in kept
        )

    @cached_property
    def _section_exceptions(self) -> dict[str, tuple[Sentence, ...]]:
        """Sentences of their own that make a numbered section inapplicable in part, by the
        number of the section they name: "Section 5 does not apply if ...", "Sections 1 and 3
        do not apply to ...", "Section 4 applies only to a claim for injunctive relief"."""
        found: dict[str, list[Sentence]] = {}
        candidates = self.text.containing("not apply", "not extend", "applies only", "apply only")
        for sentence in self._operative(candidates):
            for match in _SECTIONS_EXCEPTED.finditer(sentence.text):
                for number in rx.findall(r"\d{1,4}[a-z]?", match.group("numbers")):
                    found.setdefault(number, []).append(sentence)
            # "(2) Subsection (1) does not apply if ...": keyed "(1)", read within its section.
            for match in _SUBSECTION_EXCEPTED.finditer(sentence.text):
                found.setdefault(f"({match.group('label')})", []).append(sentence)
        return {number: tuple(sentences) for number, sentences in found.items()}

    def exceptions_to(self, clause: Sentence) -> tuple[Sentence, ...]:
        """The sentences that except part of the numbered section holding ``clause``."""
        if not self._section_exceptions:
            return ()
        section = self.text.document.section_at(clause.start) or ""
        found: list[Sentence] = []
        label = _SECTION_LABEL_NUMBER.match(section)
        if label is not None:
            found += self._section_exceptions.get(label.group(1), ())
        opening = _LEADING_LABEL.match(clause.text)
        if opening is not None:
            # (the same section: "6-2504(1)" and "6-2504(3)" are both in 6-2504)
            top = section.split("(")[0].strip()
            found += [
                s
                for s in self._section_exceptions.get(f"({opening.group('label')})", ())
                if (self.text.document.section_at(s.start) or "").split("(")[0].strip() == top
            ]
        # (not the bill's applicability clause: "Section 8 applies only to conduct occurring on
        # or after the effective date of this act" is when the section starts, not a carve-out)
        # (nor, inside the clause's own section, other statutes set aside for its action: in §
        # 8550.1, "Sections 8521, 8545, 8546 and 8550 shall not apply to an action under this
        # section" names immunity statutes, not the section it stands in)
        here = self.text.document.section_start(clause.start)
        return tuple(
            s
            for s in found
            if s != clause
            and not _FROM_ITS_DATE.search(s.text)
            and not (
                self.text.document.section_start(s.start) == here
                and _UNDER_THIS_SECTION.search(s.text)
            )
        )

    def _for_other_proceedings(self, found: tuple[DefenseRule, ...]) -> tuple[DefenseRule, ...]:
        """Without the bars and rules that speak of "a proceeding under section 3", where section
        3 is a board's hearing and no civil claim ("The board shall hold a hearing to determine
        whether an officer's certification should be revoked"): defenses to that proceeding,
        not to a suit."""
        kept = []
        for defense in found:
            cited = _PROCEEDING_UNDER_SECTION.search(defense.clause.text)
            if cited is not None:
                provisions = self._provision_texts(cited.group("number"), defense.clause)
                if (
                    provisions
                    and all(
                        not lexicon.CAUSE_OF_ACTION.search(text) and _BOARD_PROCEEDING.search(text)
                        for text in provisions
                    )
                    # (a claim's section that opens with definitions naming boards: "any officer
                    # of a public university or airport board")
                    and not self._section_creates_a_claim(cited.group("number"), defense.clause)
                ):
                    continue
            kept.append(defense)
        return tuple(kept)

    def _excepted_elsewhere(self, found: tuple[DefenseRule, ...]) -> tuple[DefenseRule, ...]:
        """Bars that a sentence of their own makes inapplicable to some claims: "(2) Qualified
        immunity is not a defense under sub. (1). (3) Sub. (2) does not apply to any claim
        arising from the execution of a search warrant" keeps the doctrine for those claims."""
        labels = {
            match.group("label")
            for sentence in self._operative(self.text.containing("not apply to"))
            if not _keeps_only_absolute_immunities(sentence.text)
            for match in _PROVISION_NOT_APPLIED_TO_SOME_CLAIMS.finditer(sentence.text)
        }
        lowered = self.text.lowered
        excepted = []
        for defense in found:
            # "Qualified immunity is not a defense ... The preceding sentence does not apply to an
            # officer or employee other than a law enforcement officer": the bar is for police.
            after = lowered[defense.clause.end : defense.clause.end + _FOLLOWING_REACH]
            if defense.effect is Effect.BARRED and _PRECEDING_FOR_POLICE_ONLY.match(after):
                defense = replace(defense, role=Role.POLICE, role_named=True)
            opening = _LEADING_LABEL.match(defense.clause.text)
            if defense.effect is Effect.BARRED and opening and opening.group("label") in labels:
                defense = replace(defense, has_exceptions=True)
            elif defense.effect is Effect.BARRED:
                # "Section 5. Section 4 does not apply to an action against a member of the state
                # highway patrol": some officers left out of the bar; "Section 4 applies only to a
                # claim for injunctive relief": the doctrine kept for the other claims.
                for exception in self.exceptions_to(defense.clause):
                    if (
                        self._immunity_saved_for_a_level is not None
                        and _SECTIONS_WITHHELD_FROM_PEOPLE.search(exception.text)
                    ):
                        continue  # one level's people left out (read as the claims' level)
                    if _keeps_only_absolute_immunities(exception.text):
                        # "Subsection (b) does not apply to the absolute immunity of a judge for
                        # judicial acts or of a member of the General Assembly for legislative
                        # acts": not the doctrine, and no officer's.
                        continue
                    if _EXCEPTS_PERSONS.search(exception.text):
                        if lexicon.POLICE_TERM.search(
                            exception.text
                        ) or lexicon.ONE_STATE_AGENCY.search(exception.text):
                            defense = replace(defense, role=Role.POLICE_NARROW)
                    else:
                        defense = replace(defense, has_exceptions=True)
            excepted.append(defense)
        return tuple(excepted)

    @cached_property
    def _doctrine_terms(self) -> tuple[str, ...]:
        """Terms the bill defines as the doctrine by its elements: '"Official immunity
        doctrine" means any rule under which an actor escapes liability because the right was
        not clearly established'."""
        found = []
        for term, definition in self.text.definitions.items():
            if not _DOCTRINE_TERM_NOUN.search(term) or "qualified immunity" in term:
                continue
            body = _definition_body(definition.text, term)
            element = lexicon.QI_TERM.search(body)
            # '"Available defense" means a defense ..., other than a defense that the conduct did
            # not violate a clearly established right': a term that leaves the doctrine out.
            if element and not _LEAVES_OUT.search(body, 0, element.start()):
                found.append(term)
        return tuple(found)

    def _defense_by_defined_term(self, sentence: Sentence) -> DefenseRule | None:
        """What a clause does to a term defined as the doctrine ("An official immunity
        doctrine does not apply in an action under this section"), read as if it named the
        doctrine; the defining sentence itself does nothing."""
        for term in self._doctrine_terms:
            if term in sentence.text and sentence != self.text.definitions[term]:
                named = Sentence(
                    sentence.start, sentence.end, sentence.text.replace(term, "qualified immunity")
                )
                defense = read_defense(named)
                if defense is None:
                    continue
                body = _definition_body(self.text.definitions[term].text, term)
                if defense.effect is Effect.BARRED and _ONLY_IN_EQUITABLE_ACTIONS.search(body):
                    # '"Immunity defense" means the defense of qualified immunity, as asserted in
                    # an action in which the plaintiff seeks only declaratory or injunctive
                    # relief': barring the term leaves the doctrine where damages are sought.
                    defense = replace(defense, has_exceptions=True)
                return replace(defense, clause=sentence)
        return None

    def _bar_by_reference(self, sentence: Sentence) -> DefenseRule | None:
        """A bar of defenses another provision lists: "The defenses enumerated in section
        6-2503 are not available in an action under section 6-2501", with "Section 6-2503. The
        following defenses are enumerated ...: qualified immunity; ..."."""
        reference = _DEFENSES_BY_REFERENCE.search(sentence.text)
        if reference is None or not _DENIED_AFTER_REFERENCE.match(sentence.text, reference.end()):
            return None
        if reference.group("label"):
            # A unit of the same section: "(3)" or "3." opening a line or a sentence.
            label = re.escape(reference.group("label"))
            lowered = self.text.lowered
            for heading in re.finditer(
                rf"(?:^|\n|[.;:]\s)\s*(?:\({label}\)|{label}[._])\s", lowered
            ):
                if sentence.start <= heading.end() <= sentence.end:
                    continue
                provision = lowered[heading.end() : heading.end() + _REFERENCED_PROVISION]
                if lexicon.QI_TERM.search(provision):
                    return _bar_of(sentence, _kinds(provision), sentence.text)
            return None
        for provision in self._provision_texts(reference.group("number"), sentence):
            if lexicon.QI_TERM.search(provision):
                return _bar_of(sentence, _kinds(provision), sentence.text)
        return None

    def _bar_by_definition(self, sentence: Sentence) -> DefenseRule | None:
        """A bar written through a definition: the defenses a defendant may raise are named by
        a term ('may raise any defense available at common law') that the bill defines to
        leave qualified immunity out ('"defense available at common law" does not include
        qualified immunity'). A term used only to waive or bar leaves the doctrine untouched."""
        excluded = lexicon.DEFINITION_EXCLUDES_QI.search(sentence.text)
        if excluded is not None:
            term = rx.sub(r"^(?:the|a|an)\s+", "", excluded.group(1).strip())
        else:
            # "(1) Defense. - Any matter that ... defeats the liability of a defendant. The term
            # does not include (i) qualified immunity, ...": the term heads the definition.
            excluded = _TERM_EXCLUDES_QI.search(sentence.text)
            if excluded is None:
                return None
            before = self.text.lowered[max(0, sentence.start - 400) : sentence.start]
            heads = list(_DEFINITION_HEAD.finditer(before))
            if not heads:
                return None
            term = (heads[-1].group("term") or heads[-1].group("quoted")).strip()
        # re.compile, not compile_pattern: a pattern made for one bill's term would be added
        # to the installation's pattern cache, and rewrite it, in every process that reads one.
        permits = re.compile(lexicon.PERMITS_DEFENSE_TERM.replace("{term}", re.escape(term)))
        for other in self.text.containing(term):
            if other != sentence and permits.search(other.text):
                return _bar_of(sentence, _kinds(sentence.text[excluded.start() :]), other.text)
        return None

    @cached_property
    def bars(self) -> tuple[DefenseRule, ...]:
        """Defense rules that bar a defense, struck immunities included."""
        return tuple(d for d in self.defenses if d.effect is Effect.BARRED) + self.struck_defenses

    @cached_property
    def own_act_names(self) -> tuple[str, ...]:
        """The names the bill says it may be cited by ("This act may be cited as the 'New Mexico
        Constitutional Accountability Act'"), in lower case."""
        return tuple(
            match.group("name")
            for s in self.text.containing("cited as", "known as", "referred to as")
            for match in _SHORT_TITLE.finditer(s.text)
        )

    def _names_claims_defendants(self, body: str) -> bool:
        """Whether a clause names the defendants of the bill's public claims by the words the
        claims use for them ("a covered person")."""
        for claim in self.public_claims:
            # (a label or a catch-line's dash may open the phrase: "- (a) a local actor")
            words = rx.sub(
                r"^[\W_]*(?:\(\w{1,4}\)\s*)*(?:an?|any|every|each|the)\s+",
                "",
                (claim.defendants or "").strip(),
            )
            # (a plain substring test: a pattern built per bill would crowd the pattern cache)
            if len(words) >= 6 and f" {words} " in f" {body} ":
                return True
        return False

    def _defined_to_leave_out_public_people(self, claim: Claim) -> bool:
        """Whether a claim's defendants are a term the bill defines as private people and says
        leaves out the government's officers and employees ('"Person acting under color of state
        law" means a private individual or private entity that performs a function ... under a
        contract with the state ... "Person acting under color of state law" does not include an
        officer or employee of the state or of a political subdivision')."""
        defendants = claim.defendants or ""
        lowered = self.text.lowered
        return any(
            (
                term in defendants
                and explicitly_private(_definition_body(sentence.text, term))
                and _TERM_LEAVES_OUT_PUBLIC_PEOPLE.search(
                    lowered, sentence.start, sentence.end + _EXCLUSION_AFTER_DEFINITION
                )
                is not None
            )
            # (or the wrongdoers the claim names beside a private defendant: "A licensee shall be
            # liable ... to any person whom a licensed guard ... deprives of any right", where
            # '"licensed guard" ... shall not include a police officer ... or any other officer or
            # employee of the commonwealth')
            or (
                claim.role is Role.PRIVATE
                and term not in defendants
                and term in claim.clause.text
                and _TERM_LEAVES_OUT_POLICE_AND_ALL_PUBLIC.search(
                    lowered, sentence.start, sentence.end + _EXCLUSION_AFTER_DEFINITION
                )
                is not None
            )
            for term, sentence in self.text.definitions.items()
        )

    def _defined_as_private(self, claim: Claim) -> bool:
        """Whether a claim's defendants are a term the bill defines as private people only
        ('"covered person" means a security guard ..., a bail fugitive recovery person'), a
        private body named before as "the institution" ("Each private institution of higher
        education ... may bring a civil action against the institution"), or the officers of
        an association's board ("A member or officer of an executive board ... the bylaws of
        the association")."""
        defendants = claim.defendants or ""
        if any(
            term in defendants
            and (
                explicitly_private(_definition_body(sentence.text, term))
                # ('"Social media platform" means any information service ... The term does not
                # include the state, any political subdivision, or any agency, officer, or
                # employee of either')
                # (in the definition's sentence or the one after it: "The term does not include")
                or _DEFINITION_EXCLUDES_GOVERNMENTS.search(
                    self.text.lowered, sentence.start, sentence.end + _EXCLUSION_AFTER_DEFINITION
                )
                is not None
            )
            for term, sentence in self.text.definitions.items()
        ):
            return True
        named_again = _THE_BODY_AGAIN.fullmatch(defendants.strip())
        if named_again is not None and rx.search(
            r"\bprivate\s+(?:[\w-]+\s+){0,2}?" + re.escape(named_again.group("noun")) + r"s?\b",
            self.text.lowered[: claim.clause.end],
        ):
            return True
        return _association_officers(claim)

    def _names_a_private_defined_term(self, body: str) -> bool:
        """Whether a clause names a term the bill defines as private people only."""
        return any(
            rx.search(rf"\b{re.escape(term)}s?\b", body)
            and explicitly_private(_definition_body(sentence.text, term))
            for term, sentence in self.text.definitions.items()
        )

    @cached_property
    def _registry_of_others(self) -> bool:
        """Whether the bill's registries and databases list people who are not officers
        (felons, offenders, licensees), and none is said to hold misconduct or complaints."""
        sentences = self.text.containing("registry", "database")
        return any(_OTHER_PEOPLE_LISTED.search(s.text) for s in sentences) and not any(
            _MISCONDUCT_LISTED.search(s.text) for s in sentences
        )

    @cached_property
    def struck_defenses(self) -> tuple[DefenseRule, ...]:
        """Immunities the bill strikes from existing law, in a bill that creates a claim:
        "[A peace officer shall not be liable ... unless the act violated a right that was
        clearly established ...]" deleted where the new section makes officers liable. The
        struck text is read as the law it was; striking it takes the defense away."""
        if not self.public_claims:
            return ()
        found = [d for d in self._repealed_codified_immunity() if d.effect is Effect.BARRED]
        deletions = self.text.document.deletions
        if not deletions:
            return tuple(found)
        text = self.text.document.text
        for start, end in sorted(deletions):
            struck = text[start:end].lower()
            if end - start < _STRUCK_DEFENSE_MIN or not lexicon.QI_TERM.search(struck):
                continue
            for sentence in split_sentences(mask_periods(struck), start):
                defense = read_defense(sentence)
                if (
                    defense is not None
                    and defense.effect in (Effect.CREATED, Effect.KEPT)
                    and defense.role.public
                    and defense.kinds & _DOCTRINE_KINDS
                ):
                    struck_defense = replace(
                        defense, effect=Effect.BARRED, has_exceptions=False, struck=True
                    )
                    if _EMPLOYEE_OR_OFFICER.match(sentence.text):
                        # "((An employee or officer who acted in good faith ... is immune))": the
                        # struck words point back to whom the amended section covers, so the
                        # claim's class, not the bare word "officer", says whom it reaches.
                        struck_defense = replace(struck_defense, role_named=False)
                    found.append(struck_defense)
        return tuple(found)

    @cached_property
    def kept(self) -> tuple[DefenseRule, ...]:
        """Defense rules that keep qualified immunity (savings clauses, 'may raise'), and the
        defenses a bar leaves standing at other stages of the case or for other claims."""
        return tuple(d for d in self.defenses if d.effect is Effect.KEPT) + tuple(
            self._kept_beside_the_bar
        )

    @cached_property
    def _bars_written_in_the_bill(self) -> bool:
        """Whether the bill itself bars a defense in words (not only by striking existing law)."""
        return any(not d.struck for d in self.defenses if d.effect is Effect.BARRED)

    @cached_property
    def immunities_kept_under_another_name(self) -> tuple[Sentence, ...]:
        """Clauses that keep for the bill's claims a state immunity that does the doctrine's
        work under another name, beside a bar of qualified immunity: "Section 106.005 does not
        waive or abolish the official immunity of a peace officer for the good-faith performance
        of a discretionary duty"; "A State agent ... shall retain State-agent immunity from an
        action under Section 1 unless ..."; "The immunity of an employee ... provided by division
        (A)(6) of section 2744.03 ... applies in an action under this section"."""
        if not self._bars_written_in_the_bill:
            return ()
        bar_clauses = {d.clause for d in self.defenses if d.effect is Effect.BARRED}
        found = [d.clause for d in self._good_faith_defenses_in_other_words]
        # (the state's employee-immunity statute may be cited without the word: "Division (A)(6)
        # of section 2744.03 of the Revised Code applies to an action brought under this section")
        needles = (
            ("immun", "appl", "nothing in", "construed")
            if self.employee_immunity
            else ("immun", "discretionary")
        )
        for sentence in self._operative(self.text.containing(*needles)):
            body = sentence.text
            employee_immunity = self._applies_employee_immunity(body)
            if sentence in bar_clauses or (
                _NEGATION.search(body)
                and not _NAMED_IMMUNITY_PRESERVED.search(body)
                and not employee_immunity
            ):
                # (a bar: "The statutory immunities of a peace officer, including official
                # immunity, do not apply to an action under this section")
                continue
            if not (
                _NAMED_IMMUNITY_PRESERVED.search(body)
                or _NAMED_IMMUNITY_RETAINED.search(body)
                or _NAMED_IMMUNITY_APPLIED.search(body)
                or employee_immunity
            ):
                continue
            # (kept only in other actions, or for employees who are not police)
            if _KEPT_FOR_OTHER_ACTIONS.search(body) or lexicon.KEPT_FOR_NON_POLICE.search(body):
                continue
            # (for the bill's claims or its officers, not judges' or prosecutors' immunity)
            if not (
                _CLAIM_UNDER_THE_BILL.search(body)
                or lexicon.THIS_PROVISION.search(body)
                or lexicon.POLICE_TERM.search(body)
                # ("893.80 (4) of the statutes applies to actions brought under s. 895.4805",
                # the section the bill creates)
                or (employee_immunity and _BROUGHT_UNDER_A_CITED_PROVISION.search(body) is not None)
                # ("Nothing in Article 43D ..., as enacted by Section 1 of this act, abrogates")
                or _ENACTED_BY_THIS_ACT.search(body)
            ) or _OTHER_OFFICIALS_ONLY.search(body):
                continue
            found.append(sentence)
        return tuple(found)

    def _applies_employee_immunity(self, body: str) -> bool:
        """Whether a clause cites the state's statute shielding public employees and says it
        applies to the bill's actions, or that nothing limits it ("Section 820.2 of the Government
        Code applies to an action brought under this section"; "Nothing in this section shall
        limit ... section 8546")."""
        if self.employee_immunity is None or not rx.search(self.employee_immunity, body):
            return False
        if "except" in body:
            # ("This chapter, except sections 670.4A and 670.5, applies to a claim under this
            # section": the statute named only to be left out)
            body = _EXCEPTED_SECTIONS.sub(" ", body)
            if not rx.search(self.employee_immunity, body):
                return False
        if "negligen" in body:
            return False  # ("... continue to apply to claims of negligence"): other claims'
        if rx.search(r"\bnot\s+appl|\b(?:does|do|shall|may)\s+not\b|\bno\s+longer\b", body):
            return _PRESERVED_BY_NOTHING.search(body) is not None
        return _CITED_LAW_APPLIES.search(body) is not None

    @cached_property
    def _kept_beside_the_bar(self) -> list[DefenseRule]:
        """Clauses that confine a bar to one stage of the case or to some of the claims, and
        leave the defenses whole for the rest: "Subsection 2 applies only to a motion to dismiss.
        Nothing in this section prevents an officer from asserting qualified immunity ... at
        trial"; "A claim under subdivision (2) remains subject to all defenses and immunities
        available under law"."""
        if not self._bars_written_in_the_bill:
            return []
        found = []
        for sentence in self._operative(
            self.text.containing("summary judgment", "trial", "remains subject", "remain subject")
        ):
            if _DEFENSES_LEFT_AT_OTHER_STAGES.search(
                sentence.text
            ) or _DEFENSES_LEFT_FOR_OTHER_CLAIMS.search(sentence.text):
                found.append(
                    _rule_without_exceptions(
                        sentence, frozenset({DefenseKind.QUALIFIED_IMMUNITY}), Effect.KEPT
                    )
                )
        return found

    @cached_property
    def created(self) -> tuple[DefenseRule, ...]:
        """Defense rules that create or keep a good-faith / reasonable-belief defense, and
        claims that lie only where the doctrine's test is met."""
        return (
            tuple(
                d
                for d in self.defenses
                if d.effect is Effect.CREATED
                and d not in self._good_faith_defenses_in_other_words
                # (not a member of the public's good-faith immunity for an act of its own, unrelated
                # to the bill's claims: "A person who in good faith administers an opioid overdose
                # drug ... is not liable")
                and not (
                    d.role is Role.PRIVATE
                    and not lexicon.THIS_PROVISION.search(d.clause.text)
                    and not _RIGHTS_WRONG.search(d.clause.text)
                    and not rx.search(r"\baction\s+(?:under|pursuant)\b", d.clause.text)
                )
            )
            + tuple(self._conditioned_claims())
            + tuple(self._good_faith_immunities_left_out())
        )

    @cached_property
    def _good_faith_defenses_in_other_words(self) -> tuple[DefenseRule, ...]:
        """Defenses the bill creates that do good faith's work without its words: "a peace
        officer has a reasonable reliance defense ... if the conduct was undertaken in reasonable
        reliance upon a statute"; "It shall be an affirmative defense ... that the officer acted
        in compliance with a written policy of the agency"; a "safe harbor" for conduct "in
        conformity with the training". RUBRIC.md's partial: a good-faith defense that survives
        under another name (one stated as good faith or reasonable belief is :attr:`created`)."""
        return tuple(
            d
            for d in self.defenses
            if d.effect is Effect.CREATED
            and not _GOOD_FAITH_IN_SO_MANY_WORDS.search(d.clause.text)
            and _GOOD_FAITH_IN_OTHER_WORDS.search(d.clause.text)
        )

    def _good_faith_immunities_left_out(self) -> list[DefenseRule]:
        """An immunity the barred term's definition leaves out, where the bill defines that
        immunity as one lost only for bad faith or malice: '"Immunity defense" ... The term
        does not include State-agent immunity', with '"State-agent immunity" ... which immunity
        is lost only when the agent acted willfully, maliciously ... or in bad faith'. The
        good-faith immunity survives the bar."""
        definitions = self.text.definitions
        found = []
        for sentence in self._operative(self.text.containing("not include")):
            left_out = _TERM_LEAVES_OUT_IMMUNITY.search(sentence.text)
            if left_out is None:
                continue
            name = left_out.group("name").strip()
            defined = next(
                (
                    d
                    for term, d in definitions.items()
                    # (a term of its own, not a bare "immunity" every name ends with)
                    if " " in term and (term.endswith(name) or name.endswith(term))
                ),
                None,
            )
            if defined is None or defined == sentence:
                continue
            if not lexicon.BAD_CONDUCT_WORDS.search(defined.text):
                continue
            found.append(
                DefenseRule(
                    clause=sentence,
                    kinds=frozenset({DefenseKind.GOOD_FAITH}),
                    effect=Effect.CREATED,
                    role=role_of(defined.text),
                    role_named=False,
                    has_exceptions=False,
                    all_civil_liability=False,
                    force_only=False,
                )
            )
        return found

    def _conditioned_claims(self) -> list[DefenseRule]:
        """A claim that lies only where the doctrine's test is met keeps the doctrine inside the
        claim: "... is liable ... if, at the time of the conduct, the decisions of the Supreme
        Court had made the unlawfulness of that conduct apparent to a reasonable officer"."""
        found = []
        for claim in self.public_claims:
            body = claim.clause.text
            for condition in _CLAIM_CONDITION.finditer(body):
                element = lexicon.QI_TERM.search(body, condition.end(), condition.end() + 300)
                if element is None or lexicon.NEGATOR.search(
                    body, condition.end(), element.start()
                ):
                    continue
                # "...; provided that the officer's good faith ... is not a defense": the
                # condition denies the element, it does not require it.
                if lexicon.NEGATED_DEFENSE.search(body, element.end(), element.end() + 160):
                    continue
                found.append(
                    _rule_without_exceptions(
                        claim.clause,
                        _kinds(body[condition.start() : element.end()]),
                        Effect.CREATED,
                        claim.role,
                    )
                )
                break
            else:
                # The wrong the claim names, defined with the doctrine's test in it: '"Deprivation"
                # means conduct ... that, at the time of the conduct, had been clearly established
                # as unlawful in a published decision ...', for "an officer who commits a
                # deprivation shall be liable".
                for term, definition in self.text.definitions.items():
                    if (
                        definition == claim.clause
                        or not whole_word_places(body, term)
                        # (the defendants' class, or the doctrine's own name, is not the wrong)
                        or (claim.defendants and term in claim.defendants)
                        or lexicon.QI_TERM.search(term)
                    ):
                        continue
                    # (this term's own definition, not the next one run into it)
                    meaning = _definition_body(definition.text, term)
                    meaning = meaning[: _NEXT_TERM_DEFINED.search(meaning).start()]
                    element = _CLEARLY_ESTABLISHED_ELEMENT.search(meaning)
                    if element is None or _TEST_SET_ASIDE_BEFORE.search(
                        meaning, max(0, element.start() - 120), element.start()
                    ):
                        continue
                    found.append(
                        _rule_without_exceptions(
                            definition,
                            frozenset({DefenseKind.CLEARLY_ESTABLISHED}),
                            Effect.CREATED,
                            claim.role,
                        )
                    )
                    break
        return found

    def _breaks_a_color_of_law_prohibition(self, claim: Sentence) -> bool:
        """ "A person who violates this subsection is liable", after "It is unlawful for a person
        to, under color of law, cause any person to be deprived of ...": the persons the
        prohibition names, people acting under color of law."""
        if not _VIOLATES_THIS_UNIT.search(claim.text):
            return False
        # (before the claim, or after it in a collection of quoted passages)
        return any(
            0 < abs(claim.start - s.start) <= _PROHIBITION_REACH
            and _COLOR_OF_LAW_PROHIBITION.search(s.text)
            for s in self.text.containing("color of", "colour of")
        )

    def _undefined_class_under_color_of_law(self, body: str) -> bool:
        """ "A covered individual who, under color of law, ...", where the text (an excerpt) does
        not define the class: people acting under color of law, whoever they are."""
        named = _CLASS_UNDER_COLOR_OF_LAW.search(body, 0, 250)
        return named is not None and not any(
            named.group("term") in term for term in self.text.definitions
        )

    @cached_property
    def describes_a_bill(self) -> bool:
        """Whether the document is an account of a bill, not a bill: its heading names a fiscal
        note, analysis, bill report, memorandum, veto message or the like, and none of it carries
        an enacting formula or an amending instruction. What it quotes or paraphrases is
        description, however it is worded."""
        lowered = self.text.lowered
        head = lowered[: lexicon.DESCRIPTION_GENRE_HEAD]
        return bool(
            matches_somewhere(lexicon.DESCRIPTION_GENRE, head)
            or (lexicon.DRAFTING_OFFICE.search(head) and not lexicon.A_DRAFT.search(head))
            or _opens_with_a_table_of_bills(self.text.document.text)
        ) and not lexicon.OPERATIVE_FORMULA.search(lowered)

    @cached_property
    def enacted_by_a_local_government(self) -> bool:
        """Whether the document is a city's or county's ordinance: its enacting formula ordains
        ("BE IT ORDAINED BY THE CITY COUNCIL ...", "The Council of the City of ... does ordain")
        rather than enacts."""
        return _ORDAINING_FORMULA.search(self.text.lowered, 0, _ENACTING_FORMULA_HEAD) is not None

    @cached_property
    def enacted_locally(self) -> bool:
        """Whether a city's or county's own body makes the document: an ordinance that ordains,
        or a council or charter of a city or county named in its enacting words."""
        return (
            self.enacted_by_a_local_government
            or _LOCAL_ENACTING_BODY.search(self.text.lowered, 0, _ENACTING_FORMULA_HEAD * 2)
            is not None
        )

    @cached_property
    def confined_to_one_locality(self) -> bool:
        """Whether the bill says its provisions apply only in one named county or city ("(A)
        THIS SECTION APPLIES ONLY IN PRINCE GEORGE'S COUNTY."): a state law that reaches one
        local government's officers, as an ordinance does."""
        return any(
            _APPLIES_ONLY_IN_ONE_LOCALITY.search(s.text)
            for s in self._operative(self.text.containing("applies only", "apply only"))
        )

    @cached_property
    def amendment_not_adopted(self) -> bool:
        """Whether the document is a proposed amendment (so named in its heading) and records
        that it was not adopted ("... and the amendment was not agreed to", "was lost",
        "withdrawn"): what it would have inserted never became law. (Not a bill whose journal
        notes that some other amendment failed: the heading must name an amendment.)"""
        lowered = self.text.lowered
        return bool(
            lexicon.AMENDMENT_DOCUMENT.search(lowered, 0, lexicon.AMENDMENT_HEAD)
            and lexicon.AMENDMENT_NOT_ADOPTED.search(lowered)
            and not lexicon.ENACTING_FORMULA.search(lowered, 0, lexicon.AMENDMENT_HEAD)
        )

    @cached_property
    def concerns_officer_liability(self) -> bool:
        """Whether the bill creates or changes a civil claim or immunity of public officers."""
        return self._liability_basis is not None

    @cached_property
    def concerns_only_through_caps(self) -> bool:
        """Whether all the bill changes of officers' civil liability is the limits on the
        government's tort liability (a tort claims act's caps raised or kept): then only what
        sits in those limits' sections speaks to the criteria, not the bill's other fee,
        indemnity, discipline or records rules."""
        return self._liability_basis == "caps"

    @cached_property
    def caps_about_rights_claims(self) -> bool:
        """Whether a cap the bill sets, raises, keeps or lifts speaks of claims for deprivation
        of rights (constitutional or civil rights, under color of law), not tort claims in
        general."""
        return any(
            _RIGHTS_CLAIM_CAP.search(cap.clause.text)
            # ("... there shall be no limit on the damages recoverable in an action under section
            # 11I1/2", in a passage without that section: the cap of a claim the bill creates
            # elsewhere, which the passage does not show to be of another kind)
            or (not self.claims and _CLAIM_UNDER_A_SECTION.search(cap.clause.text))
            for cap in self.caps
        )

    @cached_property
    def _speaks_of_rights_or_the_doctrine(self) -> bool:
        """Whether the bill anywhere names rights, a constitution, color of law, a deprivation,
        force, a search, seizure or arrest, section 1983, or the doctrine by name."""
        return _RIGHTS_OR_THE_DOCTRINE.search(self.text.lowered) is not None

    @cached_property
    def _liability_basis(self) -> str | None:
        """ "claims" when the bill creates or changes a civil claim or immunity of public
        officers, "caps" when it changes only the limits on public liability, else None."""
        if self.public_claims or self.amends_section_1988:
            return "claims"
        # Every claim is an employee's against the employer (whistleblowing, labor): the caps
        # and fees beside them are about those claims, not officers' liability.
        if self.claims and all(_employment_claim(c) for c in self.claims):
            return (
                "claims"
                if any(
                    d.effect is Effect.BARRED and d.kinds & {DefenseKind.QUALIFIED_IMMUNITY}
                    for d in self.defenses
                )
                else None
            )
        # An immunity from personal liability given to public officers changes their civil
        # liability ("No law enforcement officer shall be personally liable for any judgment").
        if any(
            lexicon.PERSONAL_LIABILITY_IMMUNITY.search(s.text)
            and (lexicon.POLICE_TERM.search(s.text) or lexicon.BROAD_TERM.search(s.text))
            # Liability on a contract the officer signed for the government is not liability
            # for a wrong; nor is an immunity for handling information ("No officer or employee
            # shall be personally liable for any act taken in good faith in responding to a
            # request for public records").
            and not _ON_CONTRACT.search(s.text)
            and not _INFORMATION_ACT_IMMUNITY.search(s.text)
            # ("A public official who intentionally violates this act shall be personally liable",
            # in an open-meetings act: liability for breaking that act, not for a deprivation)
            and not (_VIOLATES_THIS_ACT.search(s.text) and not _RIGHTS_WRONG.search(s.text))
            # Nor officers kept out of the bill's own claim of another kind ("A person injured by
            # an agency's failure to repair a highway may recover from the agency. An officer or
            # employee is not personally liable under this section"): a tort claims rule.
            and not (not self.public_claims and _NOT_LIABLE_UNDER_THIS.search(s.text))
            for s in self._operative(self.text.containing("personally liable"))
        ):
            return "claims"
        if any(
            _PERSONAL_SHARE_OF_RIGHTS_JUDGMENT.search(s.text)
            for s in self._operative(self.text.containing("personally liable"))
        ):
            return "claims"
        # Caps on the government's own liability and the government paying its employees'
        # judgments are law about public officers' civil liability even with no claim of the
        # bill's own. Records and discipline rules alone are not: they change no claim.
        # (the setting read in the cap's own clause and the text just before it: a cap lifted
        # in a chapter on compensation for wrongful imprisonment is about those awards)
        # A bill whose claims all lie against private actors: its caps are theirs ("Because a
        # private security business is not a governmental entity, the limitations on liability
        # in Section 15-78-120 do not apply to an action brought pursuant to this section").
        private_claims_only = self._private_claims_only
        # (or whose every rule on defenses is for private actors: "A security guard is not
        # entitled to qualified immunity")
        private_defenses_only = bool(self.defenses) and all(
            d.role is Role.PRIVATE for d in self.defenses
        )
        by_caps = (
            not (private_claims_only or private_defenses_only)
            and any(
                lexicon.PUBLIC_LIABLE.search(cap.clause.text)
                # ("the limits on recovery in s. 768.28(5) do not apply to claims against the
                # vendor": a private contractor's liability, the public limits kept from it)
                and not _LIFT_FOR_PRIVATE_PARTY.search(cap.clause.text)
                # (limits lifted for federal claims only, which no state cap reaches)
                and not (self.state_bill and _about_federal_claims_only(cap.clause.text))
                for cap in self.caps
            )
        ) and not any(
            lexicon.OTHER_CLAIMS_SETTING.search(
                self.text.lowered, max(0, cap.clause.start - _SETTING_REACH), cap.clause.end
            )
            for cap in self.caps
        )
        # A section that rules on a claim it does not create, against officers it names as
        # the ones sued or found liable under it (the claim's own section is elsewhere in
        # the bill): it changes officers' civil liability. Penalties are not that liability.
        if any(
            (lexicon.POLICE_TERM.search(m.group(0)) or lexicon.BROAD_TERM.search(m.group(0)))
            and not _PENALTY.search(s.text)
            # ("No action under this section may be brought against an individual officer")
            and not _NO_ACTION_AGAINST.search(s.text)
            # ("shall indemnify a member or officer of the executive board for any judgment under
            # this section", where the claims lie against an association's officers only)
            and not (private_claims_only and _OFFICER_OF_A_BOARD.search(m.group(0)))
            # ("The licensed security business that employs the officer is jointly and severally
            # liable with the officer for any judgment under this section", where the claim lies
            # against private security officers: the claim's own officer named again)
            and not (
                private_claims_only
                and not lexicon.GENERAL_POLICE_CLASS.search(m.group(0))
                and not lexicon.NARROW_POLICE.search(m.group(0))
            )
            # ("The policy shall prohibit retaliation against an officer who intervenes or
            # reports under this section": a protection of the officer, not a suit against him)
            and not _RETALIATION_BEFORE.search(s.text, max(0, m.start() - 30), m.start() + 8)
            # ("A law enforcement agency that has paid an officer wages obtained by fraud may bring
            # an action against the officer": the government's own suit)
            and not _claim_between_others(s.text)
            # ("Not more than 1 action under this section shall be brought against a public
            # official for a single meeting", beside "A public official who intentionally violates
            # this act shall be personally liable", in an open-meetings act that names no right)
            and not (self._liable_for_breaking_the_act and not self._names_rights_anywhere)
            # ("A judgment against a public official under this section must be posted", where
            # the section makes officials repay public money spent without authority: a bill
            # that names no right, no force or search and not the doctrine rules on a claim of
            # another kind, unless the officers it names are the police: a bare "officer" there
            # is any public officer)
            and (self._speaks_of_rights_or_the_doctrine or _names_the_police(s.text))
            for s in self._operative(self.find("action_under_this_against_officer"))
            for m in lexicon.ACTION_UNDER_THIS_AGAINST_OFFICER.finditer(s.text)
        ):
            return "claims"
        # An amendment of a statute whose catch-line is a civil action for deprivation of rights
        # ('Section 9-1-57 ... entitled "Civil action for deprivation of rights by peace
        # officers" is hereby amended as follows: ... by striking "may award" ...'): the bill
        # changes that claim, whatever part of it the amendment touches.
        if any(
            _AMENDS_A_RIGHTS_ACTION.search(s.text)
            for s in self._operative(self.text.containing("amended"))
        ):
            return "claims"
        # Fees in actions to enforce the constitution's rights ("a court shall award reasonable
        # attorneys' fees ... to a plaintiff who is a prevailing party in any action brought to
        # enforce a right arising under the Massachusetts Constitution"): a rule on the claims
        # those rights give against government and its officers.
        if any(
            _ACTION_TO_ENFORCE_CONSTITUTION.search(s.text)
            for s in self._operative(self.find("attorney_fees"))
        ):
            return "claims"
        # An indemnity alone changes who pays, not the claim or an immunity: issue 14 scores
        # such a bill "no" throughout.
        # A bar that names nobody reaches the bill's own claims; when those lie against
        # private actors only (named as private, or by a defined term whose definition names
        # private people only), it is about them.
        # Every claim lies against the State or another government entity itself (a claim for
        # compensation for a wrongful conviction): a defense barred in "a claim under this
        # section" is the entity's, whoever's good faith it names.
        entity_claims_only = bool(self.claims) and all(
            _ENTITY_ONLY.match(c.defendants or "") for c in self.claims
        )
        for defense in self.defenses:
            if private_claims_only and (
                defense.role in (Role.UNNAMED, Role.PRIVATE)
                or not defense.role_named
                # ("It is not a defense ... that the member or officer acted in good faith": the
                # private defendants named again, not police)
                or (
                    _NAMED_AGAIN_CLASS.search(defense.clause.text)
                    and not lexicon.GENERAL_POLICE_CLASS.search(defense.clause.text)
                )
            ):
                # (a bar of the private defendants' defenses, whatever officer it mentions: "...
                # or that the covered person was acting at the request of a peace officer")
                continue
            if entity_claims_only and lexicon.THIS_PROVISION.search(defense.clause.text):
                continue
            if (
                self._defense_to_a_penalty(defense)
                or self._bar_of_the_states_suit(defense)
                or self._bar_where_no_damages_lie(defense)
            ):
                continue
            subject = _opening_subject(defense.clause.text)
            if (
                _PRIVATE_PARTIES_NAMED.search(subject)
                and not lexicon.POLICE_TERM.search(subject)
                and (private_claims_only or not self.public_claims)
            ):
                # "(d) A private security officer is not entitled to any immunity ..."; "(3)
                # Neither the licensee nor the agency may assert qualified immunity ...", where
                # the claims lie against security licensees: their defenses, not officers'.
                continue
            named = defense.kinds & {
                DefenseKind.QUALIFIED_IMMUNITY,
                DefenseKind.CLEARLY_ESTABLISHED,
            }
            if defense.role is Role.PRIVATE and (
                explicitly_private(defense.clause.text)
                or explicitly_private(_defendants(defense.clause.text) or "")
                # ("... shall not be available to a covered guard or the guard's employer", where
                # '"covered guard" means a security guard employed by a private investigator')
                or self._names_a_private_defined_term(defense.clause.text)
                or _SAID_NOT_PUBLIC_OFFICERS.search(defense.clause.text)
                or _SUBJECT_SAID_NOT_AN_OFFICER.match(defense.clause.text)
            ):
                continue  # a defense of private actors only
            if (
                defense.effect is Effect.BARRED
                and (named or defense.role.public)
                # (a bar of good faith in a bill that names no right, no constitution, no force
                # or search and not the doctrine: "the good faith of the seizing officer is not a
                # defense to an order under this section" returning seized property; "a member's
                # good faith reliance on advice of counsel is not a defense" to an open-meetings
                # fine)
                and (
                    # (the doctrine by name; its clearly-established element counts through the
                    # words "clearly established", not a paraphrase: "it is not necessary for the
                    # consumer to show that a prior decision held the same act unlawful", in a
                    # consumer-protection act)
                    DefenseKind.QUALIFIED_IMMUNITY in defense.kinds
                    or self._speaks_of_rights_or_the_doctrine
                    # ("Immunity ... does not apply and may not be raised as a defense to civil
                    # liability claimed against a law enforcement officer": officers' immunity
                    # from every civil claim, named as theirs)
                    # (the police by name: a bare "the officer" is any public officer)
                    or (
                        defense.role_named
                        and defense.role in (Role.POLICE, Role.POLICE_NARROW)
                        and _POLICE_BY_NAME.search(defense.clause.text) is not None
                    )
                )
            ):
                return "claims"
            if (
                defense.effect is Effect.KEPT
                and not self.public_claims
                and _LEAVES_UNTOUCHED.search(defense.clause.text)
                # (not "the prohibition on the use of qualified immunity pursuant to this section
                # shall not abrogate ...": that clause presupposes the bill's own bar)
                and not _PRESUPPOSES_BAR.search(defense.clause.text)
            ):
                # "This article ... does not affect ... any defense of qualified immunity" in a
                # bill with no claim against officers: a savings clause changes nothing.
                continue
            if defense.effect is not Effect.BARRED and (
                named
                or (
                    DefenseKind.GOOD_FAITH in defense.kinds
                    and defense.role.public
                    # ("An election official who acts in good faith ... is not liable in damages
                    # for an erroneous cancellation": a named office's immunity in its own work)
                    and defense.role is not Role.ELECTED
                )
            ):
                return "claims"
        return "caps" if by_caps else None

    @cached_property
    def _officers_kept_out_of_its_claims(self) -> bool:
        """Whether the bill says its claims lie against no officer or employee ("This section
        does not create a cause of action against any individual officer or employee ..., and
        no officer or employee is personally liable for an action taken under this article")."""
        return any(
            _NOT_LIABLE_UNDER_THIS.search(s.text)
            for s in self._operative(
                self.text.containing("personally liable", "not create", "not authorize")
            )
        )

    def _suit_without_damages_for_the_wronged(self, claim: Claim) -> bool:
        """Whether a claim wins the person wronged no damages: the State's own suit for an
        order or a penalty, or anyone's suit for equitable relief only in a section that says
        no damages are awarded. Qualified immunity, a defense to damages, is not in play."""
        body = claim.clause.text
        section = self._section_around(claim.clause.start)
        asks_no_damages = "damages" not in body
        equitable = asks_no_damages and (
            _FOR_EQUITABLE_RELIEF.search(body) is not None
            or _FOR_A_DECLARATION_OR_INJUNCTION.search(body) is not None
        )
        if _ATTORNEY_GENERAL_SUES.search(body) or (
            # ("Any person may bring a civil action ..., in the name of the state, against a law
            # enforcement agency ...", in a section that imposes a civil penalty: a relator's suit)
            _IN_THE_STATES_NAME.search(body)
            and (_PENALTY_IMPOSED.search(section) or _A_CIVIL_PENALTY.search(body))
        ):
            # ("the attorney general may bring a civil action ... for declaratory and injunctive
            # relief against the agency": the State's suit to reform an agency, no one's damages)
            return bool(
                # ("The Attorney General may bring an action to enjoin a law enforcement agency
                # from violating sections 2 to 11 of this act")
                (equitable or (asks_no_damages and _TO_ENJOIN.search(body)))
                # ("... may bring a civil action against the agency for injunctive relief and
                # for damages on behalf of the individuals affected": the State's suit)
                or _ON_BEHALF_OF_THOSE_HARMED.search(body)
                # ("... for a civil penalty of not more than $5,000 per violation, to be paid
                # into the Literary Fund"; "... in the name of the Commonwealth", unless its
                # section awards damages to the person wronged: "the court may award compensatory
                # damages, which shall be paid to the individual whose right was deprived")
                or _A_CIVIL_PENALTY.search(body)
                or (_IN_THE_STATES_NAME.search(body) and not _DAMAGES_AWARDED.search(section))
                # (or its section says no damages are awarded: "The court may grant declaratory
                # and injunctive relief ... but shall not award compensatory or punitive
                # damages")
                or _NO_DAMAGES_AWARDED.search(section)
                # (or it makes the suit a penalty, and the claim asks no damages: "The court
                # shall impose on an officer found liable under this section a civil penalty";
                # "This section does not create a private right of action")
                # (not where the section awards damages to the person wronged: "the court may award
                # compensatory damages, which shall be paid to the individual whose right was
                # deprived")
                or (
                    asks_no_damages
                    and (
                        _PENALTY_IMPOSED.search(section)
                        or _NO_PRIVATE_RIGHT_OF_ACTION.search(section)
                    )
                    and not _DAMAGES_AWARDED.search(section)
                )
            )
        # ("Any person aggrieved by an order ... may bring an action for declaratory and
        # injunctive relief", in a section that says "No damages may be awarded": nothing to
        # pay, so no immunity from paying it is in play)
        return equitable and _NO_DAMAGES_AWARDED.search(section) is not None

    def _bar_of_the_states_suit(self, defense: DefenseRule) -> bool:
        """Whether a defense rules on "an action under this section" where the section's only
        claims win the person wronged no damages: the State's own suit ("the attorney general
        may bring a civil action in the name of the state against the officer for a civil penalty
        ... Qualified immunity is not a defense to an action under this section"), or a suit for
        declaratory and injunctive relief only."""
        if not lexicon.THIS_PROVISION.search(defense.clause.text):
            return False
        in_section = self._claims_in_section_of(defense.clause.start)
        if not in_section and _THIS_LARGER_UNIT.search(defense.clause.text):
            # ("Qualified immunity ... [is] not [a defense] to an action under this chapter", in
            # a section of its own after the chapter's one suit)
            in_section = list(self.claims)
        return self._only_suits_without_damages(in_section)

    def _only_suits_without_damages(self, claims: Sequence[Claim]) -> bool:
        """Whether there are claims and every one is no claim of the public that wins the person
        wronged damages (see :meth:`_suit_without_damages_for_the_wronged`)."""
        public = {c.clause for c in self.public_claims}
        return bool(claims) and all(
            c.clause not in public and self._suit_without_damages_for_the_wronged(c) for c in claims
        )

    def _bar_where_no_damages_lie(self, defense: DefenseRule) -> bool:
        """Whether a bar rules on "an action under this chapter" in a section that says no
        damages are awarded in such actions ("(b) The court may not award damages or a civil
        penalty in an action under this chapter. (c) Qualified immunity ... [is] not [a defense]
        to an action under this chapter"): the doctrine, a defense to damages, was never in
        play there."""
        if defense.effect is not Effect.BARRED or not lexicon.THIS_PROVISION.search(
            defense.clause.text
        ):
            return False
        denial = _NO_DAMAGES_AWARDED.search(self._section_around(defense.clause.start))
        # (every kind of damages: not "may not award punitive damages against a public body",
        # which leaves compensatory damages to win)
        return (
            denial is not None
            and ("punitive" not in denial.group(0) or "compensatory" in denial.group(0))
            and not any(
                "damages" in c.clause.text for c in self._claims_in_section_of(defense.clause.start)
            )
        )

    def _defense_to_a_penalty(self, defense: DefenseRule) -> bool:
        """Whether a defense rules on "liability under this subsection" where the sentence just
        before makes that liability a penalty ("is personally liable to the requester for a
        penalty of not more than $5,000"): no claim for a wrong to the person."""
        if not lexicon.THIS_PROVISION.search(defense.clause.text):
            return False
        before = self.text.lowered[
            max(0, defense.clause.start - _PENALTY_BEFORE_DEFENSE_REACH) : defense.clause.start
        ]
        return _LIABLE_FOR_A_PENALTY.search(before) is not None and not _RIGHTS_WRONG.search(before)

    @cached_property
    def incorporated_prohibitions(self) -> tuple[Sentence, ...]:
        """Prohibitions a claim enforces by reference, when it names no rights itself."""
        claims = [c.clause for c in self.public_claims] or [c.clause for c in self.claims]
        if not claims or any(lexicon.GENERAL_RIGHTS.search(s.text) for s in claims):
            return ()

        if not any(
            lexicon.CLAIM_BY_REFERENCE.search(s.text) or _claims_wrong_elsewhere(s.text)
            for s in claims
        ):
            return ()
        return tuple(
            s
            for s in self._operative(self.find("deprives"))
            if s not in claims
            and lexicon.GENERAL_RIGHTS.search(s.text)
            # "Nothing in this Act shall be construed to diminish constitutional protections":
            # a savings clause forbids nothing.
            and not lexicon.CONSTRUED_NOT_TO.search(s.text)
        )

    # -- caps --------------------------------------------------------------------------

    @cached_property
    def caps(self) -> tuple[Cap, ...]:
        """Dollar limits on what victims recover: the bill's own, raised, or lifted."""
        found = []
        window = rule("own_cap").window
        # needing=MONEY skips what the first test below discards (keep the two together).
        for sentence in self._operative(self.find("own_cap", needing=lexicon.CAP_AMOUNT)):
            body = sentence.text
            if lexicon.NO_PERSONAL_SHARE.search(body) or not lexicon.CAP_AMOUNT.search(body):
                continue
            if self._excepts_the_claims_section(body):
                # "893.82 (6) Except as provided in s. 893.825 (3), the amount recoverable ...
                # may not exceed $250,000", 893.825 being the bill's claim: a cap statute
                # restated with the bill's claims taken out of it, a lift for them.
                found.append(Cap(sentence, "lifted", False))
                continue
            if _only_limits_personal_share(body) or not _limits_damages(body, window):
                continue
            if lexicon.CAP_WITH_LIFTING_PROVISO.search(body):
                continue  # read below as a lift: the cap does not reach these claims
            if (
                _DAMAGES_UNDER_THIS_SUBSECTION.search(body)
                and self.public_claims
                and not self._public_claim_in_section_of(sentence.start)
            ):
                # "Damages under this subsection, other than back pay, may not exceed $250,000",
                # in the subsection of a public employee's retaliation suit: that suit's cap.
                continue
            if self.public_claims and self.for_another_claim(body, sentence.start):
                # "Sections 11 and 12 of this Act are subject to the following: ... (3) Damages for
                # emotional distress recoverable in an action under Section 12 ... shall not exceed
                # $100,000", Section 12 being a whistleblower's suit: that claim's cap.
                continue
            if _INDEMNITY_CEILING.search(body):
                # "The commonwealth shall indemnify an employee ... in an amount not to exceed
                # $1,000,000": a limit on what the payer pays (read with the indemnity), not on
                # what the victim recovers from the officer.
                continue
            if lexicon.NON_OFFICER_SETTING.search(body) and not (
                lexicon.POLICE_TERM.search(body) or lexicon.THIS_PROVISION.search(body)
            ):
                continue
            if _GRANT_PROGRAM_LIMIT.search(body) and not _DAMAGES_OR_LIABILITY.search(body):
                # "An award may not exceed $750,000 in a fiscal year, and a recipient ... shall
                # provide matching funds": a grant program's budget, not what a victim recovers.
                continue
            if lexicon.OTHER_CLAIMS_SETTING.search(body) and not (
                lexicon.POLICE_TERM.search(body) or _CLAIMS_UNDER_THIS.search(body)
            ):
                # a cap on other claims ("recovery against a school district ...", "noneconomic
                # damages in an action for medical negligence against a public hospital")
                continue
            if lexicon.CAP_ON_OTHER_HARM.search(body) and not (
                (
                    lexicon.THIS_PROVISION.search(body)
                    and not lexicon.LIABLE_FOR_OTHER_HARM.search(body)
                    # (the section of a claim for a deprivation, not "The liability of a regional
                    # transit authority on a claim for property damage under this section")
                    and (not self.public_claims or self._public_claim_in_section_of(sentence.start))
                )
                or self.judgment_in_claim_section(body)
            ):
                # "Notwithstanding Section 15-78-120, damages ... for property damage caused by a
                # vehicle pursuit may not exceed $50,000": a cap on another kind of claim.
                continue
            # "$400,000 $1,000,000": an amended statute printed without its strike-through
            # shows the old amount and the new one side by side; the cap is changed, not new.
            replaced = lexicon.REPLACED_AMOUNT.search(body) is not None
            # "Notwithstanding section 8105, the limit on damages ... is $1,000,000": a new
            # amount in place of the existing cap, which is changed, not lifted.
            # "the limit on damages under subsection 1 is $1,000,000": an existing limit restated
            # at a new amount for these claims.
            instead = lexicon.CAP_LIFT.search(body) is not None or (
                rx.search(
                    # ("any limit on damages in chapter 670 is two million dollars")
                    r"\b(?:limit|cap|maximum)\b(?:\s+on\s+(?:the\s+)?(?:damages|liability|recovery))?\s+"
                    r"(?:in|under)\s+(?:sub)?(?:section|paragraph|§|chapter|article|title)",
                    body,
                )
                is not None
            )
            # "Notwithstanding Section 11-93-2, the damages recoverable ... shall not exceed
            # $1,000,000": a new amount in place of the cap statute it sets aside.
            instead = instead or _NOTWITHSTANDING_CAP_STATUTE.search(body) is not None
            # "The limitations on damages in 42 Pa.C.S. § 8528 and § 8553 shall apply to an action
            # under this section, except that the limit shall be $1,000,000": the existing caps,
            # kept at a new amount.
            instead = instead or _CAP_KEPT_FOR_THESE_CLAIMS.search(body) is not None
            # "Chapter 101 applies ..., except that the limit ... is $1 million ..., and a
            # judgment ... may not exceed those amounts": the ceiling is the raised cap's.
            instead = instead or lexicon.CAP_RAISED.search(body) is not None
            # "Section 11-46-15 ... is amended to provide that for a claim under Section 2 of this
            # act the limit of liability shall be One Million Five Hundred Thousand Dollars": the
            # cap statute amended, its limit changed for these claims.
            instead = instead or _AMENDED_TO_PROVIDE.search(body) is not None
            # "... exceeds the sum of $200,000; however, in an action under s. 768.284, the limits
            # are $1 million": the cap statute keeps its amount for other claims and gives these a
            # higher one, still a cap.
            instead = instead or (
                _SPECIAL_LIMIT_FOR_ACTIONS.search(body) is not None
                and len({m.group(0) for m in lexicon.MONEY.finditer(body)}) > 1
            )
            found.append(Cap(sentence, "own", self._has_deletion(sentence) or replaced or instead))
        own = {cap.clause for cap in found}
        raised = set(self._operative(self.find("cap_raised")))
        for sentence in sorted(raised, key=lambda s: s.start):
            found.append(Cap(sentence, "raised", True))
        for sentence in self._operative(self.find("cap_lift")):
            # ("Notwithstanding ORS 30.271, the limitations ... apply to a claim under this section
            # at three times the amounts": the cap statute kept at a higher amount, not lifted)
            if sentence in own or sentence in raised or _TORT_CLAIMS_EXCEPTED.search(sentence.text):
                # (not "The Political Subdivisions Tort Claims Act ... shall not apply to: (1) Any
                # claim based upon ...": claims left outside the Act's waiver stay barred)
                continue
            # "Nothing in this act shall be construed to create a civil cause of action, to expand
            # or limit the liability of any political subdivision ...": a disclaimer that leaves
            # the law as it was, caps included.
            if _NEUTRAL_SAVING.search(sentence.text):
                continue
            # "The limitations ... do not apply to an action under subsection (B)", subsection (B)
            # being the attorney general's suit: that claim's limits, not these claims'.
            if self.for_another_claim(sentence.text, sentence.start):
                continue
            if _PRIVATE_PARTYS_LIABILITY.search(sentence.text) and not lexicon.POLICE_TERM.search(
                sentence.text
            ):
                # "This section does not limit the liability of an operator who commits an act
                # ... of gross negligence": a private operator's immunity narrowed, no cap lifted.
                continue
            if lexicon.LIFT_FOR_EQUITABLE_RELIEF.search(sentence.text):
                # "The limitations of subsection 1 do not apply to an action for injunctive or
                # declaratory relief": no money is capped there; damages stay capped.
                continue
            if _LIFT_FOR_PROPERTY_DAMAGE.search(sentence.text):
                # "The limitations in subsection (a) shall not apply to property damage covered by
                # insurance": the cap lifted for another kind of harm, not for these claims.
                continue
            if _RECOVERED_BY_GOVERNMENT.search(sentence.text):
                # "No statutory limitation on damages applies to amounts recoverable by the State
                # under this Act": the State's own recovery (a false-claims act), no victim's.
                continue
            # "... is subject to the Tort Claims Act, including the limitations on liability in
            # Section 15-78-120, except that the exceptions to the waiver of immunity in Section
            # 15-78-60 do not apply": the limits kept; what is set aside is immunity.
            if limits_kept_immunity_set_aside(sentence.text):
                continue
            # "The immunity provided by this section shall not apply to any person who knowingly
            # makes a false report": the bill's own (reporter's) immunity limited, no cap.
            if _OWN_IMMUNITY_LIMITED.search(sentence.text) and not lexicon.CAP_AMOUNT.search(
                sentence.text
            ):
                continue
            # "This section does not limit the liability of a public body under the New Mexico
            # Civil Rights Act", in a section with no cap of its own: a saving of other law.
            if _THIS_SECTION_DOES_NOT_LIMIT.search(sentence.text) and not any(
                0 < sentence.start - cap.start <= _SELF_LIFT_REACH for cap in own
            ):
                continue
            # "To the extent permitted by state law, the limitations on damages in the Colorado
            # Governmental Immunity Act shall not apply", in a city's charter or ordinance: a
            # local law cannot set a state's cap aside, and says it lifts only what state law lets
            # it.
            if self.enacted_locally and lexicon.AS_FAR_AS_STATE_LAW_PERMITS.search(sentence.text):
                found.append(Cap(sentence, "kept", False))
                continue
            # (a limit on attorney fees set aside, the damages caps untouched: some limits only)
            kind = (
                "lifted-in-part"
                if lifts_in_part(sentence.text) or _lifts_fee_limits_only(sentence.text)
                else "lifted"
            )
            if (
                kind == "lifted"
                and _LIFTED_FOR_FORCE_CLAIMS.search(sentence.text)
                and any(c.rights is not Rights.FORCE_OR_SEARCH for c in self.public_claims)
            ):
                # "The limitations on damages in §§ 9-31-2 and 9-31-3 shall not apply to a claim
                # under this chapter arising from the use of force", where the chapter's claim
                # reaches every right: the other claims stay capped.
                kind = "lifted-in-part"
            kept_for = _BUT_KEPT_FOR.search(sentence.text)
            if (
                kind == "lifted-in-part"
                and kept_for is not None
                and self.for_another_claim(kept_for.group("rest"), sentence.start)
            ):
                # "... do not apply to a claim under section 5612, but apply to a claim under
                # section 5614": kept only for the bill's other claim, lifted for this one.
                kind = "lifted"
            found.append(Cap(sentence, kind, False))
        # "The limitations on liability in ORS 30.271 to 30.273 continue to apply to such
        # actions", "The limit in section 2 of chapter 258, as so amended, applies to actions
        # under section 1": an existing cap kept for these claims (raised, when amended).
        for sentence in self._operative(self.text.containing("appl", "subject to")):
            if sentence in own or any(c.clause.start == sentence.start for c in found):
                continue
            kept = _CAP_KEPT_FOR_THESE_CLAIMS.search(sentence.text)
            if (
                kept is None
                or _NO_LIMIT_OPENS.match(sentence.text)
                or _NO_LIMIT_APPLIES.search(sentence.text)
                # ("The former limits of G.S. 143-299.2 continue to apply to claims arising before
                # the effective date of this section": the old law for old claims, a transition)
                or _CLAIMS_BEFORE_THE_DATE.search(sentence.text)
            ):
                continue  # ("No limit under s. 893.80 ... applies": a lift, read above)
            if self.for_another_claim(sentence.text, sentence.start):
                # ("The notice, limitation and immunity provisions of the Tort Claims Act shall
                # continue to apply to a claim under this section", in the section of a property
                # claim presented to the public entity)
                continue
            # ("... shall be subject to section 8553, except that the limitation on the aggregate
            # amount of damages under section 8553(b) shall be $1,500,000": kept at a new amount)
            amended = (
                _CAP_AS_AMENDED.search(sentence.text) is not None
                or _KEPT_AT_A_NEW_AMOUNT.search(sentence.text) is not None
            )
            found.append(Cap(sentence, "raised" if amended else "kept", amended))
        # A bill amending a cap statute shows the cap it amends: "Except as provided in
        # paragraph (3) ..., the liability ... may not exceed $400,000. (3) The limits in this
        # subsection do not apply to a judgment under § 3-2A-01". That cap is the one lifted for
        # these claims, not the bill's own.
        self_lifts = [
            c.clause
            for c in found
            if c.kind == "lifted"
            and (
                lexicon.SELF_LIFT.search(c.clause.text)
                or lexicon.SECTION_DOES_NOT_LIMIT.search(c.clause.text)
            )
        ]
        # "(3) This section does not limit the damages recoverable in an action under Section 1"
        # after the amended cap in (1): that cap is lifted, whether or not it names the exception.
        section_lifts = [c for c in self_lifts if lexicon.SECTION_DOES_NOT_LIMIT.search(c.text)]
        # "(c) This section does not apply to an action under IC 34-13-12", in the cap section the
        # bill amends, right after its cap: the cap does not reach the bill's actions.
        own_starts = [c.clause.start for c in found if c.kind == "own"]
        for sentence in self._operative(self.text.containing(*_SECTION_NOT_APPLY_NEEDLES)):
            if _SECTION_NOT_APPLY.search(sentence.text) and any(
                0 < sentence.start - start <= _SELF_LIFT_REACH for start in own_starts
            ):
                section_lifts.append(sentence)
                if all(c.clause != sentence for c in found):
                    found.append(Cap(sentence, "lifted", False))
        return tuple(
            cap
            for cap in found
            if not (
                cap.kind == "own"
                and (
                    (
                        lexicon.CAP_EXCEPTED.search(cap.clause.text)
                        and any(
                            0 < lift.start - cap.clause.start <= _SELF_LIFT_REACH
                            for lift in self_lifts
                        )
                    )
                    or any(
                        0 < lift.start - cap.clause.start <= _SELF_LIFT_REACH
                        for lift in section_lifts
                    )
                )
            )
        )

    def _has_deletion(self, sentence: Sentence) -> bool:
        deletions = self.text.document.deletions
        return any(start < sentence.end and end > sentence.start for start, end in deletions)

    # -- compensation, fees, accountability, records -------------------------------------

    @cached_property
    def _duties_listed_after(self) -> list[Sentence]:
        """A payer's duties listed after "The City shall:" ("1. Defend any City officer ...; 2.
        Pay the full amount of any judgment ..."), read with the lead-in that makes them duties:
        the splitter parts numbered items from it."""
        found = []
        for sentence in self.text.containing("shall:", "must:", "shall -", "shall —"):
            lead_in = _DUTIES_LEAD_IN.search(sentence.text)
            if lead_in is None:
                continue
            # (items set after the colon in the sentence itself, "(a) ...; (b) ...", or parted
            # from it by the splitter, "1. ...")
            listed = sentence
            if not sentence.text[lead_in.end() :].strip(" 0123456789."):
                listed = self.text.with_listed_items(sentence, opens_a_list=True)
            lead = sentence.text[: lead_in.end()]
            lead = _LEAD_IN_END.sub("", lead)
            items = (
                listed.text[lead_in.end() :]
                if listed is sentence
                else listed.text[len(sentence.text) :]
            )
            for item in items.split(";"):
                if _PAYS_A_JUDGMENT_ITEM.search(item):
                    # (the item read as the lead-in's own sentence: "the city shall pay the
                    # full amount of any judgment ...", spanning the lead-in and its list)
                    duty = f"{lead} {_ITEM_LABEL.sub('', item.strip())}"
                    found.append(Sentence(sentence.start, listed.end, duty))
                    break
        return found

    @cached_property
    def indemnities(self) -> tuple[Indemnity, ...]:
        """Clauses that make someone pay an officer's judgment or settlement."""
        found = []
        for sentence in self._operative(self.find("indemnity") + self._duties_listed_after):
            body = sentence.text
            if _INDEMNITY_LAW_UNTOUCHED.search(body):
                # "Nothing in this section shall affect the provisions of chapter 258 with respect
                # to indemnification of public employees": the law as it stands, no duty added.
                continue
            if (
                not lexicon.INDEMNIFIED_OFFICER.search(body)
                and not self._names_defined_officer(body)
                # "the member", in a bill whose officers are members of a police force
                and not (self._police_members and rx.search(r"\bmembers?\b", body))
                # "The state or political subdivision that employs a defendant shall indemnify
                # the defendant": a public employer's defendants are its officers; so are the
                # defendants of "any judgment under this section".
                # So are those of "a public body that employs an individual against whom a
                # judgment is entered".
                and not (
                    lexicon.PUBLIC_PAYER.search(body)
                    and (
                        rx.search(r"\bdefendants?\b|\b(?:that|which)\s+employs?\b", body)
                        or lexicon.THIS_PROVISION.search(body)
                        # "The City shall pay ... any judgment ... entered in an action under
                        # Section 2-45": the judgments of a claim the bill gives.
                        or self.judgment_in_claim_section(body)
                        # "The county shall pay the remainder of the judgment": the officer's.
                        or rx.search(
                            r"\b(?:(?:remainder|balance|rest)\s+|remaining\s+(?:[\w-]+\s+){1,3}?)of\s+(?:the|any"
                            r"|such|said|that)\s+(?:such\s+)?(?:judgment|award)",
                            body,
                        )
                        # "The political subdivision shall pay the entire judgment or settlement,
                        # directly or from its self-insurance pool", in a bill with a claim.
                        or (self.public_claims and _WHOLE_JUDGMENT_PAID.search(body) is not None)
                        # "any judgment or settlement in an action described in subsection
                        # (a)", where the bill's claim stands.
                        or (
                            self.public_claims
                            and _JUDGMENT_IN_A_DESCRIBED_ACTION.search(body) is not None
                        )
                        # "any judgment under sub. (2)", where the bill's claim stands.
                        or (
                            self.public_claims
                            and rx.search(
                                r"\bjudgments?\s+(?:entered\s+)?(?:under|pursuant\s+to)\s+(?:sub(?:sec(?:tion)?"
                                r"|division|div|paragraph|par)?|paragraph|par|division|div)[_.]?\s*\(\w{1,4}\)",
                                body,
                            )
                        )
                    )
                )
            ) and not (self.public_claims and _PAID_FROM_A_FUND.search(body)):
                continue  # indemnity for board members, vendors, other people
            if self._in_compact(sentence):
                continue  # a compact commission's own staff, not the bill's officers
            indemnified = _INDEMNIFIED_PEOPLE.search(body)
            if indemnified is not None and not _OFFICERS_AMONG.search(indemnified.group("whom")):
                # "shall indemnify each volunteer for any judgment arising from acts within the
                # scope of the volunteer's assignment": the volunteers, not the officers.
                continue
            if self.for_another_claim(body, sentence.start) or self._inserted_into_another_act(
                sentence
            ):
                # judgments of another claim of the bill (against a contractor), or of another
                # act's claims ("In a claim under this section", inserted into the court of
                # claims act)
                continue
            if lexicon.BOARD_MEMBERS.search(body) and not lexicon.POLICE_TERM.search(body):
                continue  # "each member of the Board of Embalmers": a board's own members
            if (
                lexicon.OFFICERS_OWN_LOSS.search(body)
                and lexicon.CRIMINAL_PROSECUTION.search(body)
                and not rx.search(r"\bjudgments?\b|\bsettlements?\b|\bcivil\b", body)
            ):
                continue  # the officer's own losses from a prosecution: no victim is paid
            if _officer_pays_own_share(body):
                continue  # "the officer shall pay five percent of the judgment": a share
            if _INDEMNITY_OF_A_PENALTY.search(body) and not _A_VICTIMS_RECOVERY.search(body):
                # "A law enforcement agency shall indemnify its officers for any civil penalty
                # assessed under subsection (c)": the State's penalty, no victim's award.
                continue
            if _only_denies_indemnity(body):
                # "... shall personally pay the lesser of 5 percent or $25,000, and the State
                # shall not indemnify the officer for that amount": the officer's share, no payer.
                continue
            if _INDEMNIFIES_AN_ENTITY.search(body) and not rx.search(
                r"\bindemnify\b[^.;]{0,80}?\b(?:officers?|employees?|deput(?:y|ies)|officials?)\b",
                body,
            ):
                # "A vendor that contracts with a law enforcement agency ... shall indemnify the
                # agency against any loss caused by defects in the vendor's equipment": the agency
                # is paid, not an officer's victim.
                continue
            if _INDEMNITY_AS_OTHER_LAW_PROVIDES.search(body):
                # "The officer shall be indemnified for losses only as provided in the State
                # Employee Indemnification Act": the existing law, promised nothing new.
                continue
            if _PAYER_DENIED.search(body):
                continue  # "The officer, and not the employing agency, shall pay any judgment"
            if _NO_PAYER_MAY_PAY.match(body):
                # "No county, city, ..., state agency, or self-insurance group shall pay,
                # indemnify, or insure the peace officer against any such judgment": every payer
                # named is forbidden to pay.
                continue
            if (
                lexicon.NON_OFFICER_INDEMNITEE.search(body)
                and not lexicon.POLICE_TERM.search(body)
                and not rx.search(
                    r"\bpublic\s+employees?\b|\b(?:any|every|each)\s+employee\b", body
                )
                # (the bill's own defendants: "... shall indemnify the school employee", where
                # the claim lies against "a school employee")
                # (a private payer beside the public one is no private indemnitee: "The State or
                # unit of local government that employs a covered person, or the contractor that
                # employs a covered person, shall indemnify the covered person")
                and not (
                    self._names_claims_defendants(body)
                    and not lexicon.PRIVATE_ACTOR.search(_INDEMNITEE_PART.split(body, 1)[-1])
                )
            ):
                continue  # volunteers, teachers, contractors: not the bill's officers
            # (read as the bill amends it: "Section 4 of this act is amended by striking 'may'
            # and inserting 'shall'")
            # (an employer that pays "the full amount", the officer "not personally liable for any
            # portion", still must pay)
            # (in a bill with a claim; and not a subrogation claim's payment)
            mandatory = _mandatory_indemnity(self._as_amended(sentence)) and not (
                lexicon.NO_PERSONAL_SHARE.search(body)
                and not (
                    self.public_claims
                    and lexicon.FULL_AMOUNT.search(body)
                    and "subrogation" not in body
                )
            )
            # (not a proviso that makes the officer pay a share while the employer pays the rest)
            carve_out = (
                bool(
                    lexicon.BAD_CONDUCT_CARVE_OUT.search(body)
                    or lexicon.INDEMNITY_ON_GOOD_FAITH.search(body)
                    or _OPTIONAL_IN_SOME_CASES.search(body)
                )
                and not _PAYER_PAYS_REST.search(body)
                # ("the employer may not refuse to indemnify the peace officer on the ground that
                # the peace officer acted wantonly or maliciously": a refusal forbidden)
                and not _REFUSAL_TO_PAY_FORBIDDEN.search(body)
                # ("Subsection (1) does not apply in case of malfeasance ..., except that in an
                # action brought under section 4 of this Act the public body shall indemnify the
                # officer for the full amount": the refusal stays with other claims)
                and not _REFUSALS_LIFTED_FOR_THESE_CLAIMS.search(body)
            )
            if not carve_out and _EXCEPTIONS_LISTED_AFTER.search(body):
                # "... shall indemnify the officer or employee unless: 1. ...; 4. The act or
                # omission ... was wanton or malicious": the refusals are listed below.
                listed = self.text.lowered[sentence.end : sentence.end + _EXCEPTIONS_LIST_REACH]
                heading = lexicon.SECTION_HEADING.search(listed)
                if heading is not None:
                    listed = listed[: heading.start()]
                carve_out = bool(lexicon.BAD_CONDUCT_WORDS.search(listed))
                if carve_out and _REFUSALS_LIFTED_FOR_THESE_CLAIMS.search(listed):
                    # "... 4. The act or omission was wanton or malicious, except that, in an
                    # action pursuant to section 3 of this act, the employer ... shall indemnify
                    # the peace officer as provided in section 6": the refusals stay with other
                    # claims; the bill's own claims are paid as its own section says.
                    carve_out = False
            share_unbacked = False
            if carve_out and _EXCEPTION_IS_A_SHARE.search(body):
                # "..., including any amount that the person fails to pay, except that where the
                # employer finds the person did not act in good faith, the person shall pay five
                # per cent ... ; but if that amount remains unpaid ..., the employer shall pay it":
                # the exception takes the officer's share out of the indemnity, not the
                # victim's award out of the payment. With nothing behind that share ("and the
                # employer shall not pay that portion"), the award is paid but for the share.
                carve_out = False
                # (the payer may back the share in the next sentence: "The employer shall
                # satisfy any portion that the officer is unable to pay.")
                following = self.text.lowered[sentence.end : sentence.end + _BACKUP_REACH]
                share_unbacked = not (
                    _BACKSTOP.search(body)
                    or (_BACKSTOP.search(following) and _PAYER_SHALL.search(following))
                    # (a share paid back after the payer "shall satisfy any judgment ... in full")
                    or (_SHARE_REPAID_TO_PAYER.search(body) and lexicon.FULL_AMOUNT.search(body))
                )
            # (or the payer's own share of it: "the employer shall pay ninety percent")
            limited = bool(lexicon.INDEMNITY_LIMIT.search(body)) or bool(
                _PAYER_PAYS_A_SHARE.search(body)
            )
            full_amount = _guarantees_full_amount(body)
            after = self.text.lowered[sentence.end : sentence.end + _CONDITION_AFTER_REACH]
            if (
                _WAITS_ON_APPROPRIATION.search(body)
                # (or in the sentence after it: "PAYMENT BY THE STATE IS CONTINGENT ON THE
                # APPROPRIATION OF FUNDS ...")
                or _WAITS_ON_APPROPRIATION.search(after.split(". ", 1)[0])
            ) and not _PAID_WITHOUT_APPROPRIATION.search(
                self.text.lowered, sentence.start, sentence.end + _BACKUP_REACH
            ):
                # ("shall indemnify an officer for the entire amount ..., subject to appropriation
                # by the General Assembly"): the whole award promised, payment not assured.
                limited, full_amount = True, False
            if share_unbacked:
                limited, full_amount = True, False
            if lexicon.INDEMNITY_CONDITIONED.search(body) or lexicon.INDEMNITY_CONDITIONED.search(
                self.text.lowered, sentence.end, sentence.end + _CONDITION_AFTER_REACH
            ):
                # "To the extent permitted by law, ... shall indemnify"; "..., on condition that the
                # officer cooperates ... An officer who fails so to cooperate forfeits
                # indemnification": the whole award promised, payment not assured.
                limited, full_amount = True, False
            if not limited and _EXCEPT_THE_OFFICERS_SHARE.search(body):
                # "Except for the officer's share under subsection 5, the employing agency shall
                # indemnify the officer": the share is out, unless the bill pays it when the
                # officer does not (in the provision the clause cites, or near it).
                lowered = self.text.lowered
                window = lowered[
                    max(0, sentence.start - _SHARE_BACKSTOP_REACH) : sentence.end
                    + _SHARE_BACKSTOP_REACH
                ]
                if not (_BACKSTOP.search(window) or "uncollect" in window):
                    limited, full_amount = True, False
            if (
                limited
                # (or indemnifies all but the share: "shall indemnify the public employee ...,
                # except that the public employee shall pay five percent ...")
                and (_PAYS_THE_REMAINDER.search(body) or _ALL_BUT_THE_OFFICERS_SHARE.search(body))
                and (
                    lexicon.BACKUP_PAYMENT.search(body)
                    # ("... and the employer shall pay the remainder. If the officer's portion is
                    # uncollectible, the employer shall pay it.")
                    or lexicon.BACKUP_PAYMENT.search(self._text_after_in_section(sentence))
                )
                and not _PAYER_PAYS_A_SHARE.search(body)
            ):
                # "The employer shall pay the remainder and any part of the officer's share that
                # the officer does not pay": the rest of the award, and the officer's part too
                # when it goes unpaid, so the whole award.
                limited, full_amount = False, True
            if (not limited or full_amount) and _INDEMNITY_LIMITED_AFTER.search(
                self.text.lowered, sentence.end, sentence.end + _LIMIT_AFTER_REACH
            ):
                # "(2) The duty of a governmental entity under subsection (1) shall not exceed
                # $500,000"; "The employing agency may not pay an award of punitive damages":
                # the duty limited in the sentences after it.
                limited, full_amount = True, False
            if "insert" in body and _INSERTS_AN_EXCEPTION.search(
                body + " " + self.text.lowered[sentence.end : sentence.end + _INSERTED_REACH]
            ):
                # "... by striking 'may indemnify' and inserting 'shall indemnify'; and by
                # inserting after 'any judgment' the following: ', other than an award of
                # punitive damages,'": the amended duty leaves part of the award out.
                limited, full_amount = True, False
            if not carve_out and _SHARE_EXCEPTED_FROM_INDEMNITY.search(body):
                # "... shall indemnify its employee ..., except that the employee shall be
                # personally liable for, and shall not be indemnified for, 5% of the judgment",
                # with nothing saying who pays that share when the officer does not: the whole
                # award is not guaranteed.
                lowered = self.text.lowered
                around = lowered[sentence.start : sentence.end + _BACKUP_REACH]
                if not (_BACKSTOP.search(around) or "uncollect" in around):
                    # ("in full, except any amount the officer is ordered to pay": not in full)
                    limited, full_amount = True, False
            found.append(Indemnity(sentence, mandatory, full_amount, carve_out, limited))
        # "The employer is liable for any injury caused by its officer's violation": the
        # employer answers for the whole award itself. (A claim against an employer by its own
        # employee, such as retaliation, is no such thing: only claims against public actors.)
        for claim in self.public_claims:
            body = claim.clause.text
            if (
                lexicon.EQUITABLE_RELIEF_ONLY.search(body) and "damages" not in body
            ) or self.relief_limited_to_equity:
                continue  # an employer bound by an injunction pays no award
            if _OFFICER_SUES_EMPLOYER.search(body):
                continue  # the officer's own suit against the employer: no victim is paid
            if _OWES_DEFENSE_COSTS.search(body):
                # "the political subdivision is liable to that person for reasonable expenses in
                # carrying on his own defense": the officer's costs, not the victim's award.
                continue
            if claim.rights is Rights.TORTS and not self.bars:
                # "A governmental entity is liable for damages resulting from tortious conduct of
                # peace officers": a tort claims act's liability, under its own limits, with no
                # defense of the officers' taken away; not a promise to pay rights awards.
                continue
            employer_liable = lexicon.LIABLE_FOR_EMPLOYEES_VIOLATION.search(body) or (
                claim.defendants
                and _employer_among(claim.defendants)
                and (
                    lexicon.POLICE_TERM.search(body)
                    or "employee" in body
                    # "The employer of a covered individual who ... is liable", where the bill
                    # defines "covered individual" as its officers.
                    or self._names_defined_officer(body)
                )
            )
            # "A governmental agency is liable for damages caused by an officer or employee of the
            # governmental agency who ... violates a right"; "The Commonwealth and each locality
            # shall be liable for damages caused by any law-enforcement officer it employs": a
            # government named as the one liable, for what its people do.
            named_government = (
                claim.defendants is not None
                and lexicon.GOVERNMENT_NAMED_FIRST.match(claim.defendants) is not None
                and _CAUSED_BY_ITS_PEOPLE.search(body) is not None
            )
            employer_liable = employer_liable or named_government
            if employer_liable and not lexicon.EXCEPTION_WORDS.search(body):
                # Liable for compensatory damages only, or up to a limit ("subject to the
                # limitations of ORS 30.272"): not the whole award.
                limited = bool(
                    lexicon.VICARIOUS_LIMIT.search(body) or _SUBJECT_TO_LIMITS.search(body)
                )
                carve_out = False
                if named_government:
                    # ("Every county is liable for the deprivation, by any of its deputies, ...
                    # up to $300,000 for each claimant": up to a cap only)
                    limited = limited or lexicon.CAP_AMOUNT.search(body) is not None
                    # (and what the rest of its section says of that liability: "Liability under
                    # this subchapter is subject to the limits provided by Section 101.023"; "A
                    # local government is not liable under this section for an act of an
                    # employee done with actual malice")
                    section = self._section_around(claim.clause.start)
                    limited = limited or _LIABILITY_SUBJECT_TO_LIMITS.search(section) is not None
                    malice = _GOVERNMENT_NOT_LIABLE_FOR_MALICE.search(section)
                    # (not where the rule excepts the bill's own claims: "A public entity is not
                    # liable for ... willful misconduct, except in an action under section 1")
                    after = (
                        section[malice.end() : malice.end() + _MALICE_EXCEPTION_REACH]
                        if malice
                        else ""
                    )
                    carve_out = malice is not None and not (
                        _EXCEPT_IN_AN_ACTION_UNDER.search(after)
                        and self.judgment_in_claim_section(after)
                    )
                found.append(
                    Indemnity(
                        claim.clause,
                        True,
                        not (limited or carve_out),
                        carve_out,
                        limited,
                        vicarious=True,
                    )
                )
        # "The City is jointly and severally liable with its officer for the full amount of any
        # judgment", "The public body shall be liable for the full amount of any judgment or
        # settlement": the whole award promised in so many words, whatever an indemnity elsewhere
        # excepts.
        seen = {i.clause for i in found}
        for sentence in self._operative(
            self.text.containing("full amount", "entire amount", "whole of")
        ):
            if sentence not in seen and _ENTITY_LIABLE_FOR_FULL_AMOUNT.search(sentence.text):
                found.append(Indemnity(sentence, True, True, False, False))
        for sentence in self._operative(
            self.text.containing(
                "jointly and severally liable",
                "same extent as",
                "liable for",
                "liable to",
                "substituted",
                "shall be paid by",
            )
        ):
            if sentence not in seen and (
                _ENTITY_ANSWERS_WITH_OFFICER.search(sentence.text)
                or _ENTITY_LIABLE_FOR_THE_AWARD.search(sentence.text)
                or _ENTITY_TAKES_THE_OFFICERS_PLACE.search(sentence.text)
                # ("Each local government is liable for the deprivation, by any of its employees,
                # of any right ..."; "A public body shall be liable for the acts of its employees
                # under Section 1": the government answers for its people's deprivations)
                or (
                    (
                        _ENTITY_ANSWERS_FOR_ITS_PEOPLE.search(sentence.text)
                        # ("Under the doctrine of respondeat superior, the state agency or
                        # political subdivision that employs the peace officer is liable for any
                        # deprivation committed by the peace officer")
                        or _RESPONDEAT_SUPERIOR.search(sentence.text)
                    )
                    and (
                        _RIGHTS_WRONG.search(sentence.text)
                        or _CLAIM_UNDER_THE_BILL.search(sentence.text)
                    )
                )
            ):
                # ("..., except that the liability of the political subdivision ... shall not
                # exceed three hundred fifty thousand dollars per claimant": up to a cap only)
                limited = bool(
                    lexicon.VICARIOUS_LIMIT.search(sentence.text)
                    or lexicon.CAP_AMOUNT.search(sentence.text)
                    # ("..., subject to the limitations of ORS 30.271, 30.272 and 30.273")
                    or _SUBJECT_TO_LIMITS.search(sentence.text)
                )
                # ("...; provided that if the trier of fact finds that the employee acted with
                # actual malice, the employee alone shall be liable and the state shall not pay")
                carve_out = bool(
                    lexicon.BAD_CONDUCT_CARVE_OUT.search(sentence.text)
                    and lexicon.BAD_CONDUCT_WORDS.search(sentence.text)
                )
                found.append(
                    Indemnity(
                        sentence,
                        True,
                        not (limited or carve_out),
                        carve_out,
                        limited,
                        vicarious=True,
                    )
                )
                seen.add(sentence)
        # "In an action under this Act, the employer of the public employee is the real party
        # in interest": the employer is the one the judgment binds, and pays it.
        for sentence in self._operative(self.text.containing("real party in interest")):
            if _REAL_PARTY_IN_INTEREST.search(sentence.text) and sentence not in seen:
                found.append(Indemnity(sentence, True, True, False, False, vicarious=True))
        # "The immunity of the State ... is waived as to an act or omission of State personnel
        # ... that deprives a person of a right ...": the State itself answers, and pays.
        for sentence in self._operative(self.text.containing("waived")):
            if sentence not in seen and _IMMUNITY_WAIVED_FOR_ACTS_OF.search(sentence.text):
                limited = bool(_SUBJECT_TO_LIMITS.search(sentence.text))
                found.append(Indemnity(sentence, True, not limited, False, limited, vicarious=True))
        # "Claims ... shall be brought exclusively against a public body": the body pays.
        for sentence in self._operative(self.find("claims_against_public_body_only")):
            # "... brought only against the governmental entity and subject to the limits of
            # liability in section 11-46-15": the entity pays, but only up to the cap.
            limited = bool(lexicon.VICARIOUS_LIMIT.search(sentence.text)) or bool(
                _SUBJECT_TO_LIMITS.search(sentence.text)
            )
            found.append(Indemnity(sentence, True, not limited, False, limited, vicarious=True))
        return tuple(
            self._limited_beside(
                self._subject_to_provision(self._excepted_indemnity(self._backed_up(i)))
            )
            for i in found
        )

    def _limited_beside(self, indemnity: Indemnity) -> Indemnity:
        """An indemnity capped by a sentence of its own that follows it in its section or cites
        its section: "The indemnification required by section 2 shall not exceed $500,000 per
        occurrence", "Payments under Sec. 2 shall not exceed $1,000,000 in the aggregate"."""
        if indemnity.limited or not indemnity.mandatory:
            return indemnity
        if indemnity.vicarious:
            # A government itself liable, where the bill caps (or raises a cap on) what its own
            # claims recover ("damages recovered against a city or town in an action under this
            # chapter shall not exceed $1,000,000"): it pays up to that cap only.
            if any(
                cap.kind in ("own", "raised")
                and (
                    _CLAIM_UNDER_THE_BILL.search(cap.clause.text) is not None
                    or any(self._governs(cap.clause, indemnity.clause))
                )
                for cap in self.caps
            ):
                return replace(indemnity, limited=True, full_amount=False)
            return indemnity
        for sentence in self._operative(self.text.containing("appropriat")):
            if (
                sentence != indemnity.clause
                and _ABOUT_PAYMENT.search(sentence.text)
                and _WAITS_ON_APPROPRIATION.search(sentence.text)
                and any(self._governs(sentence, indemnity.clause))
            ):
                # ("Any payment by the State under this section shall be subject to appropriation
                # and shall be made only from funds appropriated for that purpose")
                return replace(indemnity, limited=True, full_amount=False)
        for sentence in self._operative(self.text.containing("reduced", "discharged")):
            if (
                sentence != indemnity.clause
                and _ABOUT_PAYMENT.search(sentence.text)
                and lexicon.PAYMENT_CUT.search(sentence.text)
                and any(self._governs(sentence, indemnity.clause))
            ):
                # ("However, if the officer is convicted ..., the amount the employing agency
                # pays shall be reduced by twenty-five percent"; "Any portion of a judgment ...
                # that remains unpaid at the end of the tenth fiscal year ... is discharged")
                return replace(indemnity, limited=True, full_amount=False)
        for sentence in self._operative(
            self.text.containing("exceed", "limit", "consent", "approv", "punitive")
        ):
            body = sentence.text
            if sentence == indemnity.clause or not _ABOUT_PAYMENT.search(body):
                continue
            if _REPORTS_PAYMENTS.search(body) and "indemnif" not in body:
                # "Any employer that pays a judgment ... in an amount exceeding $50,000 shall ...
                # publish on its website the amount paid": a threshold for a report, not a limit.
                continue
            # "The agency may require the officer to contribute an amount not exceeding $25,000
            # toward the judgment": a ceiling on the officer's share, not on what the payer pays.
            if lexicon.PERSONAL_SHARE.search(body) and not lexicon.INDEMNITY_LIMIT.search(
                _OFFICER_SHARE_CEILING.sub(" ", body)
            ):
                continue
            # (a settlement made without the payer's consent is excluded wherever the bill says so)
            # ("(b) The State shall not be required to indemnify any portion of a judgment
            # attributable to punitive damages", after the duty in (a))
            if _SETTLEMENT_WITHOUT_CONSENT.search(body) or (
                (
                    lexicon.INDEMNITY_LIMIT.search(body)
                    or _AGGREGATE_LIMIT.search(body)
                    or _PUNITIVE_NOT_INDEMNIFIED.search(body)
                )
                and any(self._governs(sentence, indemnity.clause))
            ):
                return replace(indemnity, limited=True, full_amount=False)
        return indemnity

    def _governs(self, sentence: Sentence, clause: Sentence) -> tuple[bool, bool]:
        """(beside, citing): whether ``sentence`` follows ``clause`` in the same numbered
        section, and whether it cites that section by number ("under section 2", "required by
        section 2")."""
        section = self._section_of(clause)
        beside = sentence.start > clause.start and self._section_of(sentence) == section
        citation = _citation_of_section(section)
        citing = citation is not None and citation.search(sentence.text) is not None
        return beside, citing

    def _section_of(self, sentence: Sentence) -> str:
        """The numbered section a sentence stands in ("2" for one in "2(b)"), or ""."""
        return self._section_at(sentence.start)

    def _section_at(self, position: int) -> str:
        """The numbered section an offset stands in ("SEC. 4" for one in "SEC. 4(b)", "2" for
        one in "2.b", New Jersey's lettered subsection), or ""."""
        section = (self.text.document.section_at(position) or "").split("(")[0].strip()
        return _LETTERED_SUBSECTION.sub("", section)

    def _excepted_indemnity(self, indemnity: Indemnity) -> Indemnity:
        """An indemnity whose section another excepts in part: "Section 5 does not apply if the
        officer's conduct was willful or in bad faith" (a carve-out), "Section 5 does not extend
        to punitive damages" (a limit)."""
        if indemnity.vicarious:
            return indemnity
        exceptions = self.exceptions_to(indemnity.clause)
        if not exceptions:
            return indemnity
        if any(lexicon.BAD_CONDUCT_WORDS.search(e.text) for e in exceptions):
            return replace(indemnity, carve_out=True)
        return replace(indemnity, limited=True, full_amount=False)

    def _text_after_in_section(self, sentence: Sentence) -> str:
        """The lower-case text right after a sentence, up to the next section heading (at most
        :data:`_BACKUP_REACH` characters)."""
        after = self.text.lowered[sentence.end : sentence.end + _BACKUP_REACH]
        heading = lexicon.SECTION_HEADING.search(after)
        return after if heading is None else after[: heading.start()]

    def _backed_up(self, indemnity: Indemnity) -> Indemnity:
        """'The county shall pay the remainder of the judgment', beside 'unless the officer is
        unable to pay, in which case the county shall pay it': the payer also answers for the
        officer's share, so the whole award is paid."""
        body = indemnity.clause.text
        if indemnity.full_amount or not (
            _REMAINDER.search(body) or _OFFICERS_SHARE_EXCEPTED.search(body)
        ):
            return indemnity
        lowered = self.text.lowered
        around = lowered[
            max(0, indemnity.clause.start - _BACKUP_REACH) : indemnity.clause.end + _BACKUP_REACH
        ]
        if lexicon.BACKUP_PAYMENT.search(around):
            # ("... shall pay any judgment, except that the peace officer is personally liable
            # for five percent. If the officer does not pay that portion within 180 days, the
            # employer shall pay it": the share was the only part left out, and it is paid too)
            share_only = not (
                lexicon.INDEMNITY_LIMIT.search(body) or lexicon.CAP_AMOUNT.search(body)
            )
            return replace(
                indemnity, full_amount=True, limited=indemnity.limited and not share_only
            )
        return indemnity

    def _in_compact(self, sentence: Sentence) -> bool:
        """Whether a clause stands in the text of an interstate compact (from its section
        heading, or the last 2,000 characters, up to the clause): a compact's immunity,
        indemnity and fee rules are for its commission and member states."""
        lowered = self.text.lowered
        reach = max(0, sentence.start - 2_000)
        headings = list(lexicon.SECTION_HEADING.finditer(lowered, reach, sentence.start))
        start = headings[-1].start() if headings else reach
        # (and the sentence after it: "... Nothing contained in this MSC Compact shall ...")
        return (
            lexicon.COMPACT_SETTING.search(lowered, start, sentence.end + _COMPACT_AFTER)
            is not None
        )

    def _names_defined_officer(self, body: str) -> bool:
        """Whether a clause names a term the bill defines as public officers ("a covered
        person" where "covered person" means a peace officer ...)."""
        return any(
            term in body
            and _PERSON_TERM.search(term) is not None  # a person, not "a covered government"
            and role_of(definition.text).public
            for term, definition in self.text.definitions.items()
        )

    @cached_property
    def indemnity_carve_outs(self) -> tuple[Sentence, ...]:
        """Clauses anywhere in the bill that let the payer refuse for bad conduct.

        "(c) Notwithstanding subsection (a), no indemnification shall be paid for a judgment
        which results from willful misconduct" limits the duty stated in another sentence.
        """
        return tuple(
            s
            for s in self._operative(self.find("indemnity_carve_out"))
            if lexicon.BAD_CONDUCT_CARVE_OUT.search(s.text)
            # (a clause about indemnity or payment: "Sections 4001 and 4011 do not apply ...,
            # and no other immunity that depends on good faith is available" is a bar)
            # (or the payer's final word on the condition the clause before set: "... shall
            # indemnify the officer ... if the officer acted within the scope of official duty.
            # Whether the officer acted within the scope ... must be determined by the governing
            # body ..., and its determination is final and is not subject to judicial review")
            and (
                _ABOUT_PAYMENT.search(s.text)
                or (
                    lexicon.PAYERS_FINAL_WORD.search(s.text) is not None
                    and (before := self.text.sentence_before(s)) is not None
                    and lexicon.INDEMNITY.search(before.text) is not None
                )
            )
            # (bad faith that only moves the officer's share to the officer: "except that, if the
            # employer finds bad faith, the employee shall be personally liable for two percent")
            and not _EXCEPTION_IS_A_SHARE.search(s.text)
            # (nor a refusal forbidden: "The provisions of NRS 41.0349 do not apply to an action
            # brought pursuant to section 3, and the employer may not refuse to indemnify the
            # peace officer on the ground that the peace officer acted wantonly or maliciously")
            and not _REFUSAL_TO_PAY_FORBIDDEN.search(s.text)
            # (nor one that excepts the bill's own claims: "A governmental entity shall not be
            # required to indemnify an employee for ... actual malice, except in an action under
            # section 1")
            and not (
                _EXCEPT_IN_AN_ACTION_UNDER.search(s.text) and self.judgment_in_claim_section(s.text)
            )
            # (nor the carve-out of another people's indemnity: "The county shall defend and
            # indemnify a member [of the oversight board] ..., unless the member acted with actual
            # malice")
            and not (
                _INDEMNIFIES_OTHER_PEOPLE.search(s.text)
                and not lexicon.INDEMNIFIED_OFFICER.search(s.text)
                and not (self._police_members and rx.search(r"\bmembers?\b", s.text))
            )
        )

    @cached_property
    def fee_awards(self) -> tuple[FeeAward, ...]:
        """Attorney-fee awards to the person who sued under the bill."""
        found = []
        for sentence, named in self._fee_sentences:
            body = named
            if (
                _scoped_to_another_act(body, self.own_act_names)
                # (in a run of rules joined by semicolons, the fee rule's own part: "...; the
                # limits of section 2 shall not apply ...; and the court shall award ... fees")
                or _lifts_limits_on_fees(_fee_part(body))
                or self._in_compact(sentence)
                or self._inserted_into_another_act(sentence)
            ):
                continue
            if _OWN_FEES_BORNE.search(body):
                continue  # "..., but each party shall bear its own attorney's fees": none awarded
            if _compensation_for_wrongful_conviction(body):
                # "The court shall award fifty thousand dollars for each year of imprisonment ...
                # and reasonable attorney fees": compensation after a wrongful conviction.
                continue
            if self.for_another_claim(body, sentence.start):
                continue  # fees in another claim of the bill (an employee's retaliation suit)
            if _DEFENSE_FEES_PAID.search(body) and not _PLAINTIFF_WORDS.search(body):
                # "the judgment ..., including reasonable attorney fees incurred by the officer or
                # employee, shall be paid by the state": the officer's defense costs indemnified,
                # not fees awarded to the person who sued.
                continue
            if _FEES_IN_RECORDS_SUIT.search(body):
                # "If ... the court determines that the agency unlawfully refused to permit a
                # public record to be inspected, the court shall assess ... attorney fees": fees
                # in a suit under the records law, not in a claim against officers.
                continue
            if _PREVAILS_IN_THE_SUIT_BEFORE.search(body):
                # "A person denied access to a record ... may bring an action to compel disclosure.
                # If the person prevails, the court shall award ... fees": the suit the sentence
                # before opens is a records suit.
                before = self.text.sentence_before(sentence)
                if before is not None and _FEES_IN_RECORDS_SUIT.search(before.text):
                    continue
            if _FEES_IN_OPEN_GOVERNMENT_SUIT.search(body):
                # "If the court issues an injunction ..., the court shall order the public body
                # ... to pay a civil forfeiture of five hundred dollars to the party that sought
                # the injunction and shall award to that party ... attorney's fees": an
                # open-meetings suit's fees, not a rights claim's.
                continue
            if _FEES_AWARDED_BY_A_TRIBUNAL.search(body) and not rx.search(r"\bcourt\b", body):
                # "In a proceeding under 3-1103, the Commission shall award reasonable attorney's
                # fees to a prevailing complainant": the commission's proceeding, not the suit.
                continue
            if _FEES_IN_LABOR_PROCEEDING.search(body):
                # "In any proceeding to vacate or enforce an arbitration award concerning the
                # discipline of a police officer, the court shall award reasonable attorney fees":
                # fees in a labor dispute, not in a claim against officers.
                continue
            if _FEES_AS_FILING_SANCTION.search(body):
                # "If a pleading ... is signed in violation of this rule, the court ... shall impose
                # ... an appropriate sanction, which may include ... a reasonable attorney's fee":
                # a penalty on whoever signed a bad paper, not an award to the one who prevails.
                continue
            # "a court shall, in addition to any other relief: ... 2. Award to such plaintiff
            # reasonable attorney's fees": a list item governed by the "shall" that opens the list.
            # "In no event shall a prevailing plaintiff bear his or her own attorney's fees": the
            # fees are the defendant's, whatever the verb.
            # "... may be awarded ... reasonable attorneys' fees', is amended by striking out the
            # words 'may be awarded' and inserting ... 'shall be awarded'": read as amended.
            body = self._as_amended(sentence) if named is sentence.text else named
            # "The court shall not fail to award reasonable attorney fees": a double negative,
            # read as the "shall" it is.
            body = _SHALL_NOT_FAIL_TO.sub(r"\1 ", body)
            mandatory = (
                _fees_mandatory(body)
                or self._fee_item_under_mandatory_list(sentence)
                or bool(_PLAINTIFF_NEVER_BEARS_FEES.search(body))
            ) and not _FEES_LEFT_TO_DISCRETION.search(body)
            conditional_duty = not mandatory and _PROVISO_SHALL_AWARD.search(body) is not None
            mandatory = mandatory or conditional_duty
            if not mandatory and not lexicon.FEE_DISCRETIONARY.search(body):
                continue
            if _fees_to_government(body):
                continue
            if _FEES_TO_A_DEFENDANT.search(body) and not _PLAINTIFF_WORDS.search(
                _FEES_TO_A_DEFENDANT.sub(" ", body)
            ):
                # "... the court shall award reasonable attorney fees and costs to the assisting
                # person if the court finds that the assisting person is immune": fees for the
                # one sued, not for the person wronged.
                continue
            if _FEES_IN_PRIVATE_SUIT.search(body) and not _PLAINTIFF_WORDS.search(
                _FEES_IN_PRIVATE_SUIT.sub(" ", body)
            ):
                continue  # "to the prevailing tenant": fees in a landlord's or a buyer's suit
            # A ceiling in dollars or as a share of the judgment ("not to exceed 25 percent"),
            # or a fraction or an hourly rate ("no more than one-third of the damages").
            capped = bool(
                _limits_fees(body) and (lexicon.MONEY.search(body) or rx.search(r"percent|%", body))
            ) or bool(_HOURLY_RATE_CAP.search(body))
            limited = bool(lexicon.FEE_LIMIT.search(body)) or conditional_duty
            # "Section 5 does not apply when the plaintiff recovers only nominal damages".
            limited = limited or bool(self.exceptions_to(sentence))
            # "(2) An award under subsection (1) of this section shall not exceed fifty thousand
            # dollars", beside "(1) The court shall award reasonable attorney's fees ...".
            capped = capped or self._award_capped_elsewhere(sentence)
            # "... shall award ... reasonable attorney's fees and costs, subject to the limit in
            # subsection c.": a ceiling stated elsewhere, on these fees.
            capped = capped or _FEE_LIMIT_BY_REFERENCE.search(body) is not None
            if mandatory and not (capped or limited):
                capped, limited = self._fee_limits_beside(sentence)
            found.append(FeeAward(sentence, mandatory, capped, limited))
        # "Section 722(b) of the Revised Statutes (42 U.S.C. 1988(b)) is amended by striking 'the
        # court, in its discretion, may allow' and inserting 'the court shall allow'": the fee
        # statute of the section 1983 action made mandatory, its words not recited.
        if self.amends_section_1988:
            awarded = {a.clause for a in found}
            for sentence in self._operative(self.find("amends")):
                if sentence in awarded or not lexicon.SECTION_1988.search(sentence.text):
                    continue
                if any(
                    sentence.start <= where <= sentence.end
                    and lexicon.FEE_DISCRETIONARY.search(old)
                    and lexicon.FEE_MANDATORY.search(new)
                    for where, old, new in self.word_substitutions
                ):
                    found.append(FeeAward(sentence, True, False, False))
        return tuple(found)

    @cached_property
    def _fee_sentences(self) -> tuple[tuple[Sentence, str], ...]:
        """The operative sentences that may award attorney fees, each with the text to read: its
        own, or, where it awards a term the bill defines to include attorney fees ("The court
        shall award costs", beside '"Costs" means filing fees, ... and reasonable attorney
        fees'), its text with the term named as those fees."""
        found = [(s, s.text) for s in self._operative(self.find("attorney_fees"))]
        taken = {s for s, _ in found}
        for term, definition in self.text.definitions.items():
            fees = lexicon.ATTORNEY_FEES.search(definition.text)
            if len(term) > _FEE_TERM_LENGTH or fees is None:
                continue
            if _LEFT_OUT_OF_A_DEFINITION.search(definition.text, 0, fees.start()):
                continue  # ('"Costs" ... does not include attorney fees')
            if lexicon.ATTORNEY_FEES.fullmatch(term):
                continue
            for sentence in self._operative(self.text.containing(term)):
                if sentence in taken or sentence == definition:
                    continue
                named = _term_named_as_fees(sentence.text, term)
                if named is not None and lexicon.FEE_VERB.search(named):
                    found.append((sentence, named))
                    taken.add(sentence)
        return tuple(sorted(found, key=lambda pair: pair[0].start))

    @cached_property
    def word_substitutions(self) -> tuple[tuple[int, str, str], ...]:
        """(where, struck words, inserted words) of each instruction that strikes quoted words
        and inserts others in their place ("by striking out the words 'may be awarded' and
        inserting in place thereof the words 'shall be awarded'")."""
        lowered = self.text.lowered
        if "strik" not in lowered:
            return ()
        # (the struck words are blanked in the analysis copy, as struck text is: they are read
        # from the document itself)
        original = self.text.document.text
        return tuple(
            (
                m.start(),
                original[m.start("old") : m.end("old")].lower().strip(),
                m.group("new").strip(),
            )
            for m in _WORD_SUBSTITUTION.finditer(lowered)
        )

    def _as_amended(self, sentence: Sentence, *, modal_only: bool = True) -> str:
        """The sentence's text with the bill's substitutions made in it. Of a modal ("may" →
        "shall"): words of several words wherever the bill strikes them, a single word only when
        the instruction stands in the sentence or just after it (the word is everywhere). Of any
        other words (``modal_only=False``: "striking 'public employee' and inserting 'officer or
        employee of a county'"): only by an instruction in the sentence or just after it, which
        amends the text the sentence recites."""
        body = sentence.text
        for where, old, new in self.word_substitutions:
            nearby = sentence.start <= where <= sentence.end + _SUBSTITUTION_REACH or (
                self._instruction_aims_at(where, sentence)
            )
            if old == new:
                continue
            if not (_AMENDED_MODAL.search(old) and _AMENDED_MODAL.search(new)):
                if modal_only or not nearby:
                    continue
            elif " " not in old and not nearby:
                continue
            if rx.search(rf"\b{re.escape(old)}\b", body):
                body = rx.sub(rf"\b{re.escape(old)}\b", new, body)
        return body

    def _instruction_aims_at(self, where: int, sentence: Sentence) -> bool:
        """Whether the strike-and-insert instruction at ``where`` amends the section of this
        bill that holds ``sentence``: "Section 6 of this act is hereby amended by striking 'may'
        and inserting 'shall'"; "42 Pa.C.S. § 8399.4, as added by section 1 of this act, is
        amended by striking out 'may' ...". Later sections amending earlier ones of the same
        bill, read as enacted."""
        return any(
            start <= sentence.start < end for start, end in self._own_sections_amended[where]
        )

    @cached_property
    def _own_sections_amended(self) -> dict[int, list[tuple[int, int]]]:
        """For each strike-and-insert instruction (by where it stands), the spans of the bill's
        own section it names: found once per bill, not once per sentence read as amended."""
        return {where: self._own_section_amended(where) for where, _, _ in self.word_substitutions}

    def _own_section_amended(self, where: int) -> list[tuple[int, int]]:
        """The spans headed by the bill's own section an instruction at ``where`` names (a
        table of contents may print the heading too: each span runs to the next heading)."""
        lowered = self.text.lowered
        lead = lowered[max(0, where - _INSTRUCTION_LEAD) : where]
        target = _OWN_SECTION_NAMED.search(lead)
        if target is None:
            return []
        number = target.group("code") or target.group("section")
        label = re.escape(number.replace("_", "."))
        heading_form = (
            r"§\s*" + label if target.group("code") else r"(?:new\s+)?sec(?:tion)?\.?\s+" + label
        )
        spans = []
        for heading in rx.finditer(r"(?:^|\n)\s*" + heading_form + r"(?![\w.]*\d)", lowered):
            if heading.start() >= where:
                break
            following = _NEXT_SECTION_HEADING.search(lowered, heading.end())
            end = following.start() if following is not None else where
            spans.append((heading.start(), min(end, where)))
        return spans

    def rights_of_the_described_action(self, bar: Sentence) -> Rights:
        """The rights of the action a bar speaks of by reference ("In such an action, it is not a
        defense that ..."; "in an action described in subdivision (a)"; "on such a claim"), read
        from the nearest sentence before it that describes that action ("... do not
        apply to an action against a public employee for the deprivation of a right secured by
        the Constitution of the State of Illinois"); UNSTATED when there is none."""
        if not _ACTION_BY_REFERENCE.search(bar.text):
            return Rights.UNSTATED
        # (the nearest before it, in its section or the one before: "... does not apply to a
        # claim that a peace officer ... deprived a person of a right guaranteed by article I",
        # then a new section: "In an action on the claim, neither official immunity nor ...")
        # (not a title's "relating to civil actions for violation of constitutional rights"; and
        # where the nearest is a claim the bill gives that names its rights, they already count)
        claims = {c.clause: c.rights for c in self.public_claims}
        before = [
            s
            for s in self._operative(
                self.text.containing(
                    "deprivation", "deprived", "depriving", "violation of", "interference with"
                )
            )
            if 0 < bar.start - s.start <= _DESCRIBED_ACTION_REACH
            and (s in claims or _ACTION_DESCRIBED_BY_ITS_WRONG.search(s.text))
        ]
        for sentence in reversed(before):
            if claims.get(sentence, Rights.UNSTATED) is not Rights.UNSTATED:
                return Rights.UNSTATED
            rights = rights_of(sentence.text)
            if rights is not Rights.UNSTATED:
                return rights
        return Rights.UNSTATED

    def as_amended(self, sentence: Sentence) -> str:
        """The sentence's text with the words the bill strikes and inserts in it (or just after
        it) replaced: the recited law as amended."""
        if not self.word_substitutions:
            return sentence.text
        return self._as_amended(sentence, modal_only=False)

    def _fee_limits_beside(self, award: Sentence) -> tuple[bool, bool]:
        """(capped, limited) for a mandatory fee award from the other fee sentences that govern
        it: in the same section ("The fees awarded shall not exceed twenty-five percent of the
        damages"; "The preceding sentence does not apply if the judgment is less than $5,000";
        "In other actions under section 1, the court may award ... fees"), or citing the
        award's section ("An award of attorney fees under section 2 shall not exceed $50,000").
        Fees denied for some claims anywhere in the bill ("Attorney fees are not recoverable
        for a claim for damages") limit the award too."""
        capped = limited = False
        # Only the blocks that could hold such a sentence are split into sentences (a long
        # bill has hundreds of filing and licence fees): the award's own section, blocks that
        # cite its section, and blocks with the words of a denial of fees.
        lowered = self.text.lowered
        section_end = self.text.document.section_end(award.start)
        citation = _citation_of_section(self._section_of(award))
        denial = _FEES_DENIED_GATE.clauses or ()

        def may_govern(start: int, end: int) -> bool:
            return (
                (end > award.start and start < section_end)
                or (citation is not None and citation.search(lowered, start, end) is not None)
                or (bool(denial) and self.text.holds_literals(denial, start, end))
            )

        candidates = self.text.containing_in_blocks(
            ("fee", "preceding", "foregoing", "other action"), may_govern
        )
        for sentence in self._operative(candidates):
            body = sentence.text
            # (beside the award, "the fees awarded" are the same attorney fees; a filing or
            # licence fee is not)
            if sentence == award:
                continue
            about_fees = bool(lexicon.ATTORNEY_FEES.search(body))
            # (a bare "No fees shall be awarded on a claim resting only on ...", right after the
            # award in its own section, speaks of the same fees)
            same_section = award.start <= sentence.start < section_end
            if (about_fees or same_section) and _FEES_DENIED_FOR_SOME.search(body):
                limited = True
                continue
            excepted = bool(_FEE_RULE_EXCEPTED.search(body))
            about_fees = about_fees or bool(_THE_FEES_AWARDED.search(body))
            fee_cap = (
                about_fees
                and (lexicon.MONEY.search(body) or rx.search(r"percent|%", body))
                and _limits_fees(body)
            )
            # Only a sentence that could change the verdict is placed in the sections (which
            # costs a split of them): a long bill has hundreds of filing and licence fees.
            if not (excepted or (about_fees and (fee_cap or lexicon.FEE_LIMIT.search(body)))):
                continue
            beside, cites = self._governs(sentence, award)
            if not (beside or cites):
                continue
            if beside and excepted:
                limited = True  # "The preceding sentence does not apply if ..."
                continue
            if not about_fees:
                continue
            if fee_cap:
                capped = True
            elif lexicon.FEE_LIMIT.search(body) or excepted:
                limited = True
        return capped, limited

    def _inserted_into_another_act(self, sentence: Sentence) -> bool:
        """Whether a clause is text a later instruction inserts into another named act, with
        none of the bill's claims or bars under that instruction: "Section 305(e)(1) of the Age
        Discrimination Act of 1975 ... is amended ... by inserting: 'The Court shall award the
        costs of suit, including a reasonable attorney's fee, to the prevailing plaintiff.'"
        (fees in that act's actions, not in the bill's claims against officers)."""
        if _NAMES_THE_CLAIM.search(sentence.text):
            return False
        found = self._instruction_before(sentence.start)
        if found is None:
            return False
        line_start, instruction = found
        lowered = self.text.lowered
        if not _OTHER_ACT_AMENDED.search(lowered, line_start, instruction.end()):
            return False
        if any(
            instruction.start() <= rule.clause.start < sentence.start
            for rule in (*self.public_claims, *self.bars)
        ):
            return False
        # ("SECTION 2. ORS 30.265, as amended by section 1 of this 2025 Act, is amended by adding a
        # new subsection (9)", where section 1 wrote the bill's claim into ORS 30.265: the statute
        # that holds the claim, not another act)
        cited = set(_STATUTE_NUMBER.findall(lowered, line_start, instruction.end()))
        return not (cited and cited & self._statutes_holding_claims)

    def _instruction_before(self, offset: int) -> tuple[int, re.Match[str]] | None:
        """The last amending instruction within reach before ``offset``, with the start of its
        line (where the statute it amends is named), or None."""
        lowered = self.text.lowered
        window_start = max(0, offset - _INSTRUCTION_REACH)
        instructions = list(lexicon.AMENDS.finditer(lowered, window_start, offset))
        if not instructions:
            return None
        instruction = instructions[-1]
        return lowered.rfind("\n", window_start, instruction.start()) + 1, instruction

    @cached_property
    def _statutes_holding_claims(self) -> frozenset[str]:
        """The statute numbers ("30.265") named by the amending instructions under which the
        bill's claims stand."""
        numbers: set[str] = set()
        for claim in self.public_claims:
            found = self._instruction_before(claim.clause.start)
            if found is not None:
                line_start, instruction = found
                numbers.update(
                    _STATUTE_NUMBER.findall(self.text.lowered, line_start, instruction.end())
                )
        return frozenset(numbers)

    def _award_capped_elsewhere(self, award: Sentence) -> bool:
        """Whether a sentence of its own in the same section caps the award a labelled
        subsection makes ("An award under subsection (1) ... shall not exceed $50,000")."""
        opening = _LEADING_LABEL.match(award.text)
        if opening is None:
            return False
        section = (self.text.document.section_at(award.start) or "").split("(")[0].strip()
        for sentence in self.text.containing("not exceed"):
            cap = _AWARD_UNDER_LABEL_CAPPED.search(sentence.text)
            if (
                cap is not None
                and cap.group("label") == opening.group("label")
                and sentence != award
                and (self.text.document.section_at(sentence.start) or "").split("(")[0].strip()
                == section
            ):
                return True
        return False

    def _tied_to_violation(self, sentence: Sentence) -> bool:
        """Whether a consequence's clause ties it to the violation the bill's claims are about.
        "In violation of this section" does so only in the claim's own section ("An officer who
        fails to activate a body-worn camera in violation of this section shall be subject to
        discipline" breaks the camera section, not the claim)."""
        for tie in lexicon.TIED_TO_VIOLATION.finditer(sentence.text):
            if not rx.search(r"\bthis\s+section\b", tie.group(0)) or not self.public_claims:
                return True
            section = self.text.document.section_at(sentence.start)
            # (a subsection's label names no section of its own: "(d)" and "(a)" with no section
            # heading above them are parts of one section)
            top = section.split("(")[0].strip() if section is not None else ""
            if not top or any(
                (self.text.document.section_at(claim.clause.start) or "").split("(")[0].strip()
                == top
                for claim in self.public_claims
            ):
                return True
        return False

    def _tied_by_listed_item(self, sentence: Sentence) -> bool:
        """Whether a consequence that opens a list of grounds ("The Board shall decertify any
        person ... who: 1. ...") has among its items a judgment under the bill's claim ("5. Has
        been found liable, in a final judgment in an action brought under § 8.01-42.6, ...")."""
        if _OPENS_A_LIST.search(sentence.text) is None:
            return False
        lowered = self.text.lowered
        items = lowered[sentence.end : sentence.end + _GROUNDS_REACH]
        following = _NEXT_SUBSECTION.search(items)
        if following is not None:
            items = items[: following.start()]
        heading = lexicon.SECTION_HEADING.search(items)
        if heading is not None:
            items = items[: heading.start()]
        return self.judgment_in_claim_section(items)

    @cached_property
    def _claims_for_rights_and_others(self) -> tuple[tuple[Claim, ...], tuple[Claim, ...]]:
        """The bill's claims for a deprivation of rights, and its other claims, as
        :meth:`for_another_claim` weighs them. With no claim for named rights, the public claims
        stand for them, and the others are only those against public bodies or officers that are
        no claims of the public (an officer's suit against his employer, a contractor's against
        an agency), so that a bar for a claim whose rights the bill does not name, or against a
        class it defines ("that individual"), stays that claim's."""
        for_rights = tuple(c for c in self.public_claims if c.rights is not Rights.UNSTATED)
        if for_rights:
            return for_rights, tuple(c for c in self.claims if c not in for_rights)
        # (not a claim the bill gives whose class or rights are simply not named: "(b) Any
        # person injured by a violation of subsection (a) may bring a civil action")
        return self.public_claims, tuple(
            c
            for c in self.claims
            if c not in self.public_claims and _claim_of_others(c.clause.text)
        )

    def for_another_claim(self, body: str, at: int | None = None) -> bool:
        """Whether a clause is about "an action brought under section 3" where section 3 holds
        another claim of the bill (an employee's suit over retaliation), not a claim for a
        deprivation of rights: its bar or fee rule is that claim's.

        ``at``, the clause's offset, places it: "subsection (1)" is then its own section's
        subsection (1), and "an action under this section" its own section's claim."""
        for_rights, others = self._claims_for_rights_and_others
        # (a rule that names its own action by section is read by that citation, below)
        scope = () if _ACTION_UNDER_SECTION.search(body) else self._sections_in_scope(body, at)
        if scope and self.public_claims:
            # "For purposes of sections 5 to 7, inclusive, of this act, the court shall award
            # ... fees", the rights claim standing in section 3: the rule of those sections.
            patterns = [_section_number_pattern(number) for number in scope]
            return not any(
                self._claim_in_section(pattern, claim)
                for claim in self.public_claims
                for pattern in patterns
            )
        if (
            at is not None
            and self.public_claims
            and _NAMES_NO_ACTION_OR_JUDGMENT.search(body) is None
            and not _UNDER_A_NUMBERED_SECTION.search(body)
        ):
            # "(3) The monetary limits of section 24-10-114 do not apply to an award on a claim",
            # in the section where a person "may file a claim with the division": that claim's
            # award, when the rights claim stands in another section and the rule names no
            # action, judgment or officer.
            # (a claim filed with an agency there is that remedy, not a suit: "A person who
            # suffers bodily injury caused by a peace officer ... may file a claim with the
            # division")
            section = self.text.document.section_start(at)
            if not any(
                self.text.document.section_start(claim.clause.start) == section
                and not _PRESENTED_REMEDY.search(claim.clause.text)
                for claim in self.public_claims
            ) and self._other_remedy_at(
                lambda offset: self.text.document.section_start(offset) == section
            ):
                return True

        if (
            at is not None
            and self.public_claims
            and not _ACTION_UNDER_SECTION.search(body)
            and self._only_suits_without_damages(self._claims_in_section_of(at))
        ):
            # "The court shall award the relator reasonable attorneys' fees and costs", "The limits
            # on liability ... shall not apply to a civil penalty assessed under this section", in
            # the section of a relator's suit for a penalty beside the victims' claim in another:
            # that suit's rules.
            return True

        def others_there(there: Callable[[Claim], bool], mine: Sequence[Claim]) -> bool:
            """Another claim stands where the clause points, and none of the bill's own."""
            return not any(there(c) for c in mine) and any(there(c) for c in others)

        cited = _ACTION_UNDER_SECTION.search(body)
        if cited is not None:
            number = _section_number_pattern(cited.group("number") or cited.group("judged"))
            if others_there(lambda claim: self._claim_in_section(number, claim), for_rights):
                return True
            # (a remedy no claim reading names there: "may present a claim to the board of
            # examiners", "may file an application for compensation")
            return (
                bool(for_rights)
                and not any(self._claim_in_section(number, c) for c in for_rights)
                and self._other_remedy_at(lambda offset: self._in_section(number, offset))
            )
        document = self.text.document
        if at is not None and _ACTION_UNDER_THIS_SECTION.search(body):
            # "C. The Department shall publish ... each business against which a judgment is
            # entered under this section", in the section of the claim against security firms.
            section = document.section_start(at)

            def in_this_section(claim: Claim) -> bool:
                return document.section_start(claim.clause.start) == section

            # (any claim against public actors there, even one whose rights are not named, keeps
            # the clause: "this section" is then that claim's)
            if self._public_claim_in_section_of(at):
                return False
            # (so does a rights claim the clause also names by its section: "shall pay in full
            # any award under this section and any judgment entered against its public employee
            # under section 2 of this act")
            if any(
                self._claim_in_section(_section_number_pattern(cited.group(1)), claim)
                for cited in _UNDER_A_NUMBERED_SECTION.finditer(body)
                for claim in self.public_claims
            ):
                return False
            if self.public_claims and self._other_remedy_at(
                lambda offset: document.section_start(offset) == section
            ):
                # "(1) A person whose property is damaged ... may present a claim for compensation
                # to the state claims board. (2) The limitations ... do not apply to a claim
                # presented under this section", the rights claim in a section of its own.
                return True
            # ("(a) The Commission may impose a civil penalty of up to $10,000 on a sworn law
            # enforcement officer who has deprived a person of a right ... (b) The limits of G.S.
            # 143-299.2 shall not apply to an action under this section": the penalty's section)
            stretch = self.text.lowered[section : document.section_end(at)]
            # (or the section of awards a board or a program makes to a petitioner: "The State
            # Board of Examiners shall award a petitioner ... $60,000 for each year of
            # imprisonment ... (d) The limits on damages ... do not apply to an award under this
            # section")
            return (
                any(in_this_section(claim) for claim in others)
                or _IMPOSES_A_PENALTY.search(stretch) is not None
                or _AWARDED_BY_A_TRIBUNAL.search(stretch) is not None
            )
        if others and not self.public_claims and _ACTION_UNDER_THIS_ACT.search(body):
            # "In any action under this act, qualified immunity shall not be a defense", in an act
            # whose actions are an officer's retaliation suit, a contractor's and a regulator's.
            return True
        if at is not None and _ACTION_UNDER_THIS_SUBSECTION.search(body):
            # "(3) ... may bring an action against the employing agency. The limitations of s.
            # 768.28(5) do not apply to an action under this subsection.": that subsection's claim.
            label = document.section_at(at)
            if label is None:
                return False
            return others_there(
                lambda claim: document.section_at(claim.clause.start) == label, self.public_claims
            )
        # The same by a subsection of the same section: "In an action brought pursuant to
        # subsection 2, the court shall award ... fees", subsection 2 being the claim against a
        # private patrol licensee.
        cited = _ACTION_UNDER_SUBSECTION.search(body)
        if cited is None:
            return False
        # ("subdivision one of this section": New York numbers its subdivisions in words)
        cited_label = _NUMBER_WORDS.get(cited.group("label"), cited.group("label"))
        label_pattern = rf"[.(]{re.escape(cited_label)}\)?$"

        def in_subsection(claim: Claim) -> bool:
            if at is not None and document.section_start(claim.clause.start) != (
                document.section_start(at)
            ):
                return False  # (another section's subsection of that label)
            return (
                rx.search(label_pattern, (document.section_at(claim.clause.start) or "").lower())
                is not None
            )

        return others_there(in_subsection, for_rights)

    def _sections_in_scope(self, body: str, at: int | None) -> tuple[str, ...]:
        """The sections a rule is said to be for ("For purposes of sections 3 to 5", in its own
        sentence or in a lead-in ending with a colon before it in its section; "This Section
        applies to Sections 15 and 20", in its section), as cited numbers; () when none."""
        own = _FOR_PURPOSES_OF_SECTIONS.search(body)
        if own is not None and not _SECTIONS_OF_ANOTHER_LAW.match(body, own.end()):
            return _cited_sections(own.group("list"))
        if at is None:
            return ()
        document, lowered = self.text.document, self.text.lowered
        start, end = document.section_start(at), document.section_end(at)
        # (a lead-in governs the list right after it, not the rest of a long section)
        lead_ins = [
            m
            for m in _FOR_PURPOSES_OF_SECTIONS.finditer(
                lowered, max(start, at - _LEAD_IN_REACH), at
            )
            if (lowered.startswith(":", m.end()) or _COLON_AFTER.match(lowered, m.end()))
            and not _SECTIONS_OF_ANOTHER_LAW.match(lowered, m.end())
        ]
        if lead_ins:
            return _cited_sections(lead_ins[-1].group("list"))
        found = self._sections_sections_apply_to.get(start)
        return () if found is None or found[0] >= end else found[1]

    @cached_property
    def _sections_sections_apply_to(self) -> dict[int, tuple[int, tuple[str, ...]]]:
        """For each section that says which sections it applies to ("This Section applies to
        Sections 15 and 20"), keyed by the section's start: where the statement stands and the
        sections it names (read once for the whole text)."""
        lowered = self.text.lowered
        if "applies to section" not in lowered and "apply to section" not in lowered:
            return {}
        found: dict[int, tuple[int, tuple[str, ...]]] = {}
        for applies in _THIS_SECTION_APPLIES_TO_SECTIONS.finditer(lowered):
            if _SECTIONS_OF_ANOTHER_LAW.match(lowered, applies.end()):
                continue
            section = self.text.document.section_start(applies.start())
            found.setdefault(section, (applies.start(), _cited_sections(applies.group("list"))))
        return found

    def _other_remedy_at(self, there: Callable[[int], bool]) -> bool:
        """Whether a remedy the bill gives by presenting or filing something (a claim to a
        board, an application, a petition) stands where ``there`` says."""
        return any(there(offset) for offset in self._presented_remedies)

    @cached_property
    def _presented_remedies(self) -> tuple[int, ...]:
        """Offsets of the remedies sought by presenting or filing a paper (read once)."""
        lowered = self.text.lowered
        if "claim" not in lowered and "petition" not in lowered and "application" not in lowered:
            return ()
        return tuple(m.start() for m in _PRESENTED_REMEDY.finditer(lowered))

    def _excepts_the_claims_section(self, body: str) -> bool:
        """Whether a clause opens with an exception for a section that holds one of the bill's
        claims ("Except as provided in s. 895.463, the amount recoverable ...")."""
        excepted = lexicon.EXCEPT_AS_PROVIDED_IN_SECTION.search(body, 0, lexicon.EXCEPTION_REACH)
        if excepted is None or not self.public_claims:
            return False
        return any(
            self._claim_in_section(_section_number_pattern(number), claim)
            for number in _CITED_NUMBER.findall(excepted.group("numbers"))
            for claim in self.public_claims
        )

    def judgment_in_claim_section(self, body: str) -> bool:
        """Whether a clause speaks of an action under a section the bill's own claim stands in
        ("entered in an action under Section 2-45", "other than an action under section 8119",
        the claim's section)."""
        cited = _ACTION_UNDER_SECTION.search(body)
        if cited is None or not self.public_claims:
            return False
        number = _section_number_pattern(cited.group("number") or cited.group("judged"))
        return any(self._claim_in_section(number, claim) for claim in self.public_claims)

    def claims_reached_by(self, rule: DefenseRule) -> tuple[Claim, ...] | None:
        """The bill's public claims a defense rule names by their sections (see
        :meth:`claims_named_in`); None when it names none (it then reaches every claim)."""
        return self.claims_named_in(rule.clause)

    def claims_named_in(self, clause: Sentence) -> tuple[Claim, ...] | None:
        """The bill's public claims a rule names by their sections ("Qualified immunity is not a
        defense to an action under section 2 or 3", "Section 2744.05 does not apply to an action
        brought under division (A)", or "under this section" where its own section holds a
        claim); None when it names none."""
        numbers = [
            number
            for match in _ACTIONS_UNDER_SECTIONS.finditer(clause.text)
            for number in _CITED_NUMBER.findall(match.group("numbers"))
        ]
        document = self.text.document
        if not numbers:
            here = document.section_start(clause.start)
            own = tuple(
                claim
                for claim in self.public_claims
                if document.section_start(claim.clause.start) == here
            )
            labels = [
                label
                for match in _ACTIONS_UNDER_SUBSECTIONS.finditer(clause.text)
                for label in _SUBSECTION_LABEL.findall(match.group("labels"))
            ]
            if labels:
                # ("(c) Qualified immunity is not a defense to an action described in subsection
                # (a)": the claims of those subsections of the bar's own section)
                named = tuple(
                    claim
                    for claim in own
                    if any(
                        f"({label})" in (document.section_at(claim.clause.start) or "").lower()
                        for label in labels
                    )
                )
                return named or None
            # ("(b) In an action under this Section, qualified immunity shall not be a defense":
            # the claims of the section the bar stands in, when it holds any)
            if not _ACTION_UNDER_THIS_SECTION.search(clause.text):
                return None
            return own or None
        patterns = [_section_number_pattern(number) for number in numbers]
        # ("Sec. 5. Any person employed by the State ... shall be liable ... Section 3 of this act
        # applies to an action under this section": the bar of section 3 carried to section 5)
        own = _SECTION_LABEL_NUMBER.match(document.section_at(clause.start) or "")
        carried_to = {
            document.section_start(s.start)
            for s in self.text.containing("appl")
            for match in _BAR_APPLIED_TO_THIS_SECTION.finditer(s.text)
            if own is not None and own.group(1) in _CITED_NUMBER.findall(match.group("numbers"))
        }
        return tuple(
            claim
            for claim in self.public_claims
            if any(self._claim_in_section(pattern, claim) for pattern in patterns)
            or document.section_start(claim.clause.start) in carried_to
        )

    def _claim_in_section(self, number: re.Pattern[str], claim: Claim) -> bool:
        """Whether a claim stands in the section ``number`` names: by the section's label, or
        by the code section the bill's section enacts, named in its heading ("Sec. 2. NEW
        SECTION. 670.4B Civil action against peace officers. 1. A peace officer ...")."""
        return self._in_section(number, claim.clause.start)

    def _in_section(self, number: re.Pattern[str], offset: int) -> bool:
        """Whether ``offset`` stands in the section ``number`` names (its label, or the code
        section named in its heading)."""
        document = self.text.document
        if number.search((document.section_at(offset) or "").lower()):
            return True
        start = document.section_start(offset)
        heading = self.text.lowered[start : min(offset, start + _SECTION_HEADING_REACH)]
        heading = heading.replace("_", ".")
        # (not a section of the constitution or of another law the claim's text cites: "New Sec.
        # 2. (a) ... a right secured by section 3, 11 or 15 of the Kansas bill of rights" is not
        # section 3 of the bill)
        return any(
            _CITED_SECTION_OF_ANOTHER_TEXT.match(heading, m.end()) is None
            for m in number.finditer(heading)
        )

    def _fee_item_under_mandatory_list(self, sentence: Sentence) -> bool:
        """Whether a fee clause is a list item of its own that opens with a bare verb of award
        and hangs on an introduction, ending in a colon a few items before, whose verb is
        "shall" or "must"."""
        if not rx.match(r"(?:\(?[a-z0-9]{1,4}[._)]\s*)*(?:award|allow|grant)\b", sentence.text):
            return False
        lowered = self.text.lowered
        colon = lowered.rfind(":", max(0, sentence.start - 800), sentence.start)
        if colon == -1:
            return False
        opening = lowered.rfind(". ", max(0, colon - 400), colon)
        intro = lowered[max(0, opening, colon - 400) : colon]
        joined = intro + ": 1. " + sentence.text
        return _fee_item_of_mandatory_list(joined, len(joined))

    def _share_waivable_after(self, share: Sentence) -> bool:
        """Whether a sentence right after a personal share lets the employer waive or reduce it
        ("The officer shall pay five percent ... The employer may, in its discretion, waive or
        reduce the amount owed."): the share is then the employer's choice."""
        section_end = self.text.document.section_end
        return any(
            0 < sentence.start - share.end <= _WAIVER_REACH
            and section_end(sentence.start) == section_end(share.start)
            and _SHARE_WAIVABLE.search(sentence.text)
            for sentence in self.text.containing("waive", "excuse", "forgive", "remit")
        )

    @cached_property
    def accountability(self) -> tuple[Accountability, ...]:
        """Consequences the officer bears personally."""
        found = [
            Accountability(
                s,
                "share",
                _mandatory_share(s.text)
                # (the waiver in the share's own sentence: "...; provided, however, that the
                # employing agency may, in its sole discretion, waive the officer's payment")
                and not _SHARE_WAIVABLE.search(s.text)
                and not self._share_waivable_after(s),
            )
            for s in self._operative(self.find("personal_share"))
            if not lexicon.NO_PERSONAL_SHARE.search(s.text)
            # "The city shall pay the full amount ..., including any portion for which the officer
            # is personally liable": the payer pays that part too.
            and not _PAYER_PAYS_PERSONAL_PART.search(s.text)
            and not lexicon.NO_RECOVERY_FROM_OFFICER.search(s.text)
            and not lexicon.OFFICER_NEED_NOT_CONTRIBUTE.search(s.text)
            # A catch-line ("LIMIT ON PERSONAL LIABILITY.") states no share.
            and not _is_catch_line(s.text)
            # ("The notary is personally liable for any damages in excess of the bond": another
            # office's liability on its bond, named as the sentence's subject)
            and not _SHARE_OF_ANOTHER_OFFICE.match(s.text)
            # "... is subject to personal liability by the imposition of a civil penalty in an
            # amount not to exceed fifty dollars": a fine for breaking a rule, no part of what a
            # victim is awarded.
            and not (_PENALTY_OR_FINE.search(s.text) and not _AWARD_WORD.search(s.text))
            # "... does not shield an officer from being ... held personally liable": every claim
            # makes the officer liable; a share needs a quantity or a part of the award.
            and not (
                lexicon.PERSONAL_SHARE.search(s.text)
                and all(
                    rx.match(r"personal", m.group(0))
                    for m in lexicon.PERSONAL_SHARE.finditer(s.text)
                )
                and not lexicon.SHARE_QUANTITY.search(s.text)
            )
            # "fees ..., not to exceed twenty-five percent of the judgment" limits the fees; so
            # does "No attorney may charge ... fees in excess of 25 percent of any judgment".
            and not (
                (
                    lexicon.ATTORNEY_FEES.search(s.text)
                    or rx.search(r"\battorneys?\b[^.;]{0,120}?\bfees?\b", s.text)
                )
                and not rx.search(
                    r"personal|(?:officer|employee|defendant) shall (?:pay|be)", s.text
                )
            )
        ]
        if any(a.kind == "share" and not a.mandatory for a in found):
            # "The employer bears the cost of the judgment, except any part the court orders the
            # officer to pay personally under subdivision four", where subdivision four says the
            # court "may" order it: the exception points at the discretionary share, and owes
            # nothing of its own.
            found = [
                replace(a, mandatory=False)
                if a.kind == "share" and a.mandatory and _SHARE_BY_REFERENCE.search(a.clause.text)
                else a
                for a in found
            ]
        for sentence in self._operative(self.find("decertify")):
            body = sentence.text
            # A consequence someone imposes, not a word in a list of what a registry holds.
            # (or a power in a board's list: "(a) The Council shall have the following powers and
            # duties: ... (3) To decertify ... any police officer against whom a final judgment has
            # been entered")
            power = _POWER_TO_DECERTIFY.match(body) is not None
            if not power and not rx.search(
                # ("The council may, after notice and a hearing conducted in accordance with the
                # Uniform Licensing Act, suspend or revoke ...")
                r"\b(?:(?:shall|must|may|will)\s*,[^.;,]{1,120},\s*(?=suspen|revo|cancel|decertif|terminat|dismiss|discharg)"
                r"|(?:shall|must|may|will|is|are)\b[^.;]{0,80}?)(?:decertif|revo|cancel|suspen|terminat|dismiss|discharg"
                r"|disciplin|sanction|place|enter|add|include|ineligib|employ|hire|appoint|consider|forfeit"
                r"|disqualif|take\s+(?:any\s+)?action|refer|carry|surrender|bar\b|withh|result\s+in|demot|reprimand|impos|assess"
                r"|issue|eligib)",
                body,
            ):
                continue
            if _CONTENTS_OF_A_RECORD.search(body):
                continue  # what a registry or report holds, not a consequence anyone imposes
            if _SUIT_DISMISSED.search(body) and not lexicon.DECERTIFY.search(
                _SUIT_DISMISSED.sub(" ", body)
            ):
                # "No action under this section shall be dismissed ... on the ground that ...":
                # a suit's dismissal, not an officer's.
                continue
            if _DISCIPLINARY_RECORD_OPENED.search(body) and lexicon.RECORDS_VERB.search(body):
                # "the final written decision in any disciplinary action against a law enforcement
                # officer ... [is a] public record": the record of a consequence, opened.
                continue
            if _REPORTS_A_CONSEQUENCE.search(body) and _CONSEQUENCE_ALREADY_TAKEN.search(body):
                # "The commission shall publish on its website the name of each officer whose
                # certification has been revoked": a list of what others decided, no consequence.
                continue
            if lexicon.CONSEQUENCE_DENIED.search(body) or _SUIT_OVER_A_LICENSE.search(body):
                # a protection for the officer, not a consequence; or suits over a licence the
                # government revoked ("not liable ... for actions based upon the revocation of a
                # license or permit")
                continue
            # "... discipline on any defendant against whom a judgment is entered under this
            # section": the defendants of the bill's own claims are its officers.
            # "A copy of any judgment against an officer under section 1 shall be placed in the
            # officer's personnel file. The employing agency may take disciplinary action
            # against the officer": the sentence before says which officer, for what.
            if (
                self._tied_to_violation(sentence)
                or self._tied_by_sentence_before(sentence)
                or self._tied_by_listed_item(sentence)
            ) and (
                lexicon.POLICE_TERM.search(body)
                or rx.search(r"employee|official", body)
                # ("A public body may take disciplinary action ... against a person acting on its
                # behalf whose conduct resulted in a judgment"): the public body's own people
                or rx.search(r"\bpersons?\s+acting\s+on\s+(?:its|their)\s+behalf\b", body)
                or (self._police_members and rx.search(r"\bmembers?\b", body))
                or (rx.search(r"\bdefendants?\b", body) and lexicon.THIS_PROVISION.search(body))
                # ("The employing agency shall review each judgment under this chapter and may
                # impose any discipline": the employer's discipline is of its officer sued)
                or (
                    rx.search(r"\bemploy(?:ing|er)\b", body)
                    and rx.search(r"\bjudgments?\s+(?:entered\s+)?under\s+this\b", body)
                )
                # "A covered person against whom a final judgment is entered under (a) shall be
                # dismissed": the bill's own defendants, by the term its claim names them with.
                or self._names_claims_defendants(body)
                # "may take action against the officer's license": the officer's own.
                or rx.search(
                    r"\bofficer'?s\s+(?:[\w-]+\s+)?(?:certification|certificate|license|licence)\b",
                    body,
                )
                # "consider a judgment under this section in any certification review": officers
                # are the ones certified.
                or (
                    rx.search(r"certificat|licen[sc]e", body)
                    and rx.search(r"\bunder\s+(?:this|such|section|sec_?|subsection)\b", body)
                )
            ):
                # A board that "shall consider" a judgment in a decertification proceeding
                # decides nothing yet: the consequence is left to its discretion.
                # "shall have cause to discipline", "is cause for discipline": a ground the
                # director may act on, not a consequence that follows.
                # A bar on employment stated in the indicative ("is ineligible for employment")
                # follows by law.
                mandatory = (
                    (
                        bool(lexicon.MANDATORY.search(body))
                        or rx.search(r"\b(?:is|are)\s+(?:ineligible|barred|not\s+eligible)\b", body)
                        is not None
                        # ("No law enforcement agency ... may hire or retain ... a person against
                        # whom a final judgment has been entered": a bar every employer must keep)
                        or rx.search(lexicon.EMPLOYMENT_BARRED, body) is not None
                    )
                    and not _LEFT_TO_DISCRETION.search(body)
                    # "shall not be re-employed ... by the police agency that employed such person
                    # at the time": one employer's bar, every other agency free to hire.
                    and not _ONE_EMPLOYERS_BAR.search(body)
                    # "shall be subject to discipline by the employing agency": exposed to a
                    # discipline the agency chooses, not a consequence that follows.
                    and not _SUBJECT_TO_DISCIPLINE_ONLY.search(body)
                    and not (
                        (
                            rx.search(
                                r"\b(?:shall|must)\s+(?:consider|take\s+into\s+account)\b", body
                            )
                            or rx.search(
                                r"\b(?:shall\s+have|has|is|are|shall\s+be|constitutes?)\s+(?:a\s+)?"
                                r"(?:cause|grounds?)\s+(?:to|for)\b",
                                body,
                            )
                        )
                        and not rx.search(
                            # ("... shall constitute cause for discipline, and the appointing
                            # authority shall impose discipline, up to and including dismissal")
                            r"\b(?:shall|must)\s+(?:revoke|suspend|decertify|terminate|discipline"
                            r"|impose\s+(?:\w+\s+)?(?:discipline|sanctions?))\b",
                            body,
                        )
                    )
                )
                # "shall be reported to the board, which may consider the judgment": the board
                # decides.
                if power:
                    # A power is the board's to use, unless the text after it says the board must
                    # ("Decertification under this paragraph is mandatory").
                    after = self.text.lowered[sentence.end : sentence.end + _MANDATE_REACH]
                    mandatory = _MANDATE_STATED.search(after) is not None
                if rx.search(
                    r"\bmay,?\s+(?:[\w-]+,?\s+){0,4}?(?:consider|take\s+into\s+account|review)\b"
                    # "shall review each judgment and may take any action against the officer's
                    # certification that it considers appropriate": the action is the board's choice.
                    # ("which may, after a hearing, revoke the officer's certification")
                    r"|\bmay,?\s+(?:[\w-]+,?\s+){0,4}?(?:take\s+(?:any\s+)?action|revoke|suspend|decertify"
                    r"|discipline|terminate|dismiss|discharge|assess|impose)\b"
                    # ("may, in its discretion, initiate proceedings to decertify the officer")
                    r"|\bmay,?\s+(?:[\w-]+,?\s+){0,4}?(?:initiate|commence|begin|bring|institute)\s+"
                    r"(?:\w+\s+)?(?:proceedings?|an?\s+action)\b",
                    body,
                ) and not (
                    rx.search(
                        r"\b(?:shall|must)\s+(?:revoke|suspend|decertify|terminate|discipline)\b",
                        body,
                    )
                ):
                    mandatory = False
                # A name placed on a list of officers whose conduct must be disclosed (a Brady
                # list), or a revocation for deadly force only, is a narrower consequence.
                # (Of a list of grounds, only the one about a judgment is read: "... shall be
                # revoked if the officer (1) has been convicted of a felony; ... or (3) is a party
                # against whom a final judgment has been entered in an action under ...")
                if rx.search(r"\(\s*1\s*\)[^;]{0,300};[^;]*\(\s*2\s*\)", body):
                    grounds = re.split(r"\(\s*\d{1,2}\s*\)", body)
                    judgment_grounds = [g for g in grounds[1:] if rx.search(r"\bjudge?ments?\b", g)]
                    if judgment_grounds:
                        body = " ".join(judgment_grounds)
                narrow = (
                    lexicon.DISCLOSURE_LIST.search(body)
                    or rx.search(
                        r"\b(?:for|involving|that\s+involved|arising\s+(?:from|out\s+of))\s+(?:[\w'-]+\s+){0,4}?"
                        r"(?:the\s+)?use\s+of\s+(?:deadly|lethal)\s+force\b",
                        body,
                    )
                    # Only a repeat offender loses it: "Upon the entry of a second final judgment
                    # ... within a five-year period, the officer's certification shall be revoked".
                    or rx.search(
                        r"\b(?:second|third|subsequent|another)\s+(?:or\s+subsequent\s+)?(?:final\s+)?"
                        r"(?:judgments?|judgements?|findings?|violations?)\b",
                        body,
                    )
                    or lexicon.SHARE_ONLY_FOR_REPEATERS.search(body)
                    # Only on a finding of malice or bad faith: "... shall revoke the
                    # certification ... if the court finds that the officer acted with malice".
                    or lexicon.SHARE_ONLY_ON_CULPABILITY.search(body)
                )
                consequences = list(lexicon.DECERTIFY.finditer(sentence.text))
                if consequences and all(m.group("referral") for m in consequences):
                    # A referral to the body that certifies officers leaves the outcome to it.
                    mandatory = False
                kind = "narrow" if narrow else "professional"
                found.append(Accountability(sentence, kind, mandatory))
        # "(3) Revoke the certification of a police officer under any of the following
        # circumstances: ... c. A court has entered a final judgment under § 4016 ... finding that
        # the officer intentionally deprived a person of a right ... Revocation under this
        # paragraph shall be mandatory": the mandate closes a list whose ground is the judgment.
        lowered = self.text.lowered
        section_end = self.text.document.section_end
        for sentence in self._operative(self.text.containing("mandatory")):
            if not _MANDATE_STATED.match(sentence.text) or any(
                a.clause == sentence or (a.mandatory and a.kind != "share") for a in found
            ):
                continue
            before = lowered[max(0, sentence.start - _MANDATE_GROUND_REACH) : sentence.start]
            if (
                rx.search(r"\b(?:decertif\w*|revoke|revocation)\b", before)
                and rx.search(
                    r"\bfinal\s+judgments?\b|\bjudgments?\s+(?:is|has\s+been)\s+entered\b", before
                )
                and rx.search(r"\bofficers?\b", before)
                and section_end(max(0, sentence.start - _MANDATE_GROUND_REACH))
                == section_end(sentence.start)
            ):
                found.append(Accountability(sentence, "professional", True))
        # "Sec. 3. The employing agency shall reimburse the officer for any amount the officer
        # pays under sec. 2": the share is paid back, so the officer bears none of it.
        if any(f.kind == "share" for f in found) and any(
            lexicon.SHARE_REIMBURSED.search(s.text)
            for s in self._operative(self.text.containing("reimburse", "repay", "refund"))
        ):
            found = [f for f in found if f.kind != "share"]
        return tuple(found)

    @cached_property
    def _police_members(self) -> bool:
        """Whether the bill names its officers as members of a police force ("a sworn member of
        the Metropolitan Police Department"), so that "the member" later is one of them."""
        return bool(
            rx.search(
                r"\bmembers?\s+of\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,4}?(?:police|sheriff|patrol"
                r"|constabulary|state\s+troopers?)\b",
                self.text.lowered,
            )
        )

    def _tied_by_sentence_before(self, sentence: Sentence) -> bool:
        """Whether the sentence just before, in the same section, ties the officer to a
        judgment or violation (so that "the officer" in this one is that officer)."""
        lowered = self.text.lowered
        before = lowered[max(0, sentence.start - 400) : sentence.start].rstrip()
        previous = before[before.rfind(". ", 0, len(before) - 1) + 1 :]
        # (the same section, whichever of its numbered subsections: "1. ... after a final judgment
        # is entered against a covered officer ... 2. Upon receipt, the Commission shall revoke
        # the certificate of the covered officer")
        document = self.text.document
        section_end = document.section_end(sentence.start)
        return bool(
            previous
            and document.section_end(max(0, sentence.start - len(previous))) == section_end
            and rx.search(r"\bofficer|\bemployee", previous)
            # (a judgment or finding against the officer, not the claim's own "is liable")
            and rx.search(r"\bjudgments?\b|\bfindings?\b|\bsustained\b", previous)
            and rx.search(r"\bofficer|\bemployee", sentence.text)
            # (nor a consequence with a ground of its own: "officers who fail to complete
            # annual training"; nor a disclaimer: "Nothing ... shall be construed to require")
            and not rx.search(
                r"\b(?:who|that)\s+fails?\b|\bfor\s+fail|\bnothing\b"
                # ("... of a police officer who is convicted of a felony"; "No peace officer shall be
                # disciplined ... for exercising a right")
                r"|\b(?:who|that)\s+(?:is|has\s+been|was)\s+convicted\b|^\W*(?:\(\w{1,4}\)\s*)*no\b",
                sentence.text,
            )
        )

    @cached_property
    def disclosures(self) -> tuple[Disclosure, ...]:
        """Misconduct records, complaints, settlements or judgments opened (or closed)."""
        found = []
        # needing= skips what the first test below discards (keep the two together). Records
        # named by cross-reference are looked for only in blocks with such a reference, so
        # blocks that merely mention records are not split into sentences.
        lowered, declared = self.text.lowered, rule("records")
        by_reference = [
            s
            for s in self.text.containing_in_blocks(
                declared.gate,
                lambda start, end: (
                    # (every match names a section or subsection: a substring test first)
                    _RECORDS_BY_REFERENCE_SECTION in lowered[start:end]
                    and _RECORDS_BY_REFERENCE.search(lowered, start, end) is not None
                ),
            )
            if _RECORDS_BY_REFERENCE.search(s.text) and declared.pattern.search(s.text)
        ]
        # "Such records are open for inspection by any person", after the sentence that says
        # which records: read with that sentence.
        pointed_back = {
            s: before.text
            for s in self.find("records", needing=_RECORDS_POINTED_BACK)
            if not lexicon.RECORDS_OBJECT.search(s.text)
            and (before := self.text.sentence_before(s)) is not None
            and lexicon.RECORDS_OBJECT.search(before.text)
            and self.text.document.section_start(before.start)
            == self.text.document.section_start(s.start)
        }
        candidates = sorted(
            {*self.find("records", needing=lexicon.RECORDS_OBJECT), *by_reference, *pointed_back},
            key=lambda s: s.start,
        )
        # "It is the policy of this state that ... be available to the public, and an agency
        # shall disclose those records upon request": a policy statement carrying a duty.
        operative = set(self._operative(candidates)) | {
            s for s in candidates if _POLICY_THEN_DUTY.search(s.text)
        }
        defense_clauses = {d.clause for d in self.defenses}
        for sentence in sorted(operative, key=lambda s: s.start):
            body = sentence.text
            # "The records described in section 3(b) are public records": what they are is
            # read where the cross-reference points.
            described = ""
            if not lexicon.RECORDS_OBJECT.search(body):
                described = pointed_back.get(sentence) or self._records_by_reference(sentence)
                if not lexicon.RECORDS_OBJECT.search(described):
                    continue
            if described and _DATA_REPORT.search(body):
                # "The bureau shall analyze the data and ... post the report on its website": an
                # analysis of collected data, not the records it was drawn from.
                continue
            if lexicon.RECORDS_OBJECT.search(body) and not lexicon.RECORDS_OBJECT.search(
                _POLICIES_ON.sub(" ", body)
            ):
                # "... shall post on its website all current policies, including its policies on
                # the use of force, body-worn cameras and the handling of complaints": policies
                # about those things, not records of them.
                continue
            if _NOTHING_OPENS.search(body):
                continue  # "nothing herein shall be construed to open to public inspection ..."
            if _DISCLOSURE_FORBIDDEN.search(body):
                # "A vendor may not sell, share, or otherwise disclose data collected by an
                # automated license plate reader ... to any person other than the agency": a
                # disclosure forbidden, nothing opened.
                continue
            if _NOT_PUBLIC_RECORDS.search(body):
                continue  # "The contents of the database shall not be deemed public records"
            if _RECORDS_APPEAL.search(body):
                # "A person whose request to inspect or copy a public record ... is denied ... may
                # appeal the denial": a remedy under the records law, no records opened.
                continue
            if _FEES_IN_RECORDS_SUIT.search(body) and lexicon.ATTORNEY_FEES.search(body):
                # "If a requester appeals the denial of a request for a use-of-force record ...,
                # the court shall award reasonable attorney fees": fees in a records suit, not
                # records opened.
                continue
            if _COMPLAINT_INTAKE.search(body) and not _DISCLOSING_VERB.search(
                _ASKED_OF_THE_COMPLAINANT.sub(" ", body)
            ):
                # "Each agency shall accept a complaint ... through an online form posted on the
                # agency's website": how complaints are taken in, not published.
                continue
            if _COUNTS_OF_RECORDS.search(body) and (
                not lexicon.RECORDS_OBJECT.search(_COUNTS_OF_RECORDS.sub(" ", body))
                # ("the number of complaints received ..., by category of alleged misconduct and by
                # outcome, without identifying any officer or complainant")
                or lexicon.WITHOUT_NAMES.search(body)
            ):
                # "... shall publish an annual report summarizing the number and categories of
                # complaints it received": counts, not the complaints themselves.
                continue
            if self.for_another_claim(body, sentence.start) or self._inserted_into_another_act(
                sentence
            ):
                # "The Attorney General shall publish ... the complaint ... in each action under
                # subsection (b)", (b) being the attorney general's own suit against agencies.
                continue
            if _TERM_DEFINED_FIRST.match(body):
                continue  # a definition ("The term ... means ...") requires nothing disclosed
            if (
                _REGISTRY_ONLY.search(body)
                and not lexicon.RECORDS_OBJECT.search(_REGISTRY_ONLY.sub(" ", body))
                and self._registry_of_others
            ):
                # "a public website that includes all information about each repeat violent
                # felon in the registry": a registry of other people, not of officers.
                continue
            if lexicon.POLICY_ON_RELEASE.search(body):
                continue  # a policy about releases releases nothing
            if _RELEASE_PERMITTED.search(body) and not _RELEASE_REQUIRED.search(body):
                # "Records of any complaint, judgment, or settlement ... may be released by the
                # employing agency to the public": the agency's choice, no duty to open them.
                continue
            if _OTHER_LICENSEES.search(body) and not lexicon.POLICE_TERM.search(body):
                continue  # a licensing board's own licensees (cosmetologists), not officers
            if sentence in defense_clauses and not _DISCLOSING_VERB.search(body):
                # "... the defense of qualified immunity shall not be available to the public body
                # or to any person acting on its behalf": a rule on a defense, nothing disclosed.
                continue
            if not self._records_of_officers_or_claims(sentence, described):
                # "The state engineer shall publish each well permit, with the record of any
                # complaint concerning the well": records of something else, where neither the
                # sentence nor its section names officers, employees, misconduct, force or the
                # bill's claims.
                continue
            # "Records of complaints of deadly force shall be public records; all other complaint
            # records remain confidential": some records opened, the rest kept closed.
            others_closed = _OTHERS_STAY_CLOSED.search(body)
            if others_closed is not None:
                body = body[: others_closed.start()]
            # "... authorized to close records ... relating to: ... (3) discipline of employees;
            # however, any complaint against a peace officer ... shall be open records": the
            # exception opens what the closure would have kept.
            opened = _OPENED_BY_EXCEPTION.search(body)
            opened_by_exception = False
            if opened is not None and lexicon.RECORDS_OBJECT.search(opened.group("rest")):
                body = opened.group("rest")
                # (the personnel or investigative records the sentence keeps closed stay closed
                # when the exception opens only settlements or judgments: some records only)
                closed_part = sentence.text[: opened.start("rest")]
                opened_by_exception = bool(
                    lexicon.RECORDS_CLOSED.search(closed_part)
                    and _MISCONDUCT_FILES.search(closed_part)
                    and not _MISCONDUCT_FILES.search(body)
                )
            # "No settlement ... shall contain a confidentiality provision" opens, not closes.
            closed = bool(lexicon.RECORDS_CLOSED.search(body)) and not (
                lexicon.CONFIDENTIALITY_FORBIDDEN.search(body)
            )
            if not closed and not lexicon.PUBLIC_AUDIENCE.search(body):
                continue  # a report to a board or an agency is not public disclosure
            if (
                not closed
                and _TO_ONE_PARTY.search(body)
                and not lexicon.PUBLIC_AUDIENCE.search(
                    _WITHHELD_FROM_PUBLIC.sub(" ", _TO_ONE_PARTY.sub(" ", body))
                )
            ):
                # "may be withheld from public inspection ..., but shall be made available to the
                # person recorded, or that person's attorney, on written request": one party sees
                # it, the public does not.
                continue
            if not closed and _statistics_only(body + described):
                continue  # counts of complaints are not the complaints
            if not closed and _DE_IDENTIFIED_REPORT.search(body):
                # "... shall publish an annual statistical report that does not identify any
                # individual officer or subject": figures, not any officer's record.
                continue
            if described:
                body = f"{body} {described}"
            some_only = (
                others_closed is not None
                or opened_by_exception
                # the court file of the case only: "shall not be sealed unless ..."
                or (
                    _NOT_SEALED.search(body) is not None
                    and not lexicon.RECORDS_VERB.search(_NOT_SEALED.sub(" ", body))
                )
                or _discloses_recordings_only(body)
                or _discloses_amounts_only(body)
                or _discloses_some_records_only(body)
            )
            found.append(Disclosure(sentence, not closed, some_only))
        # "Section 5 does not apply to a complaint that was not sustained": some records only.
        # So with "Other personnel records of peace officers are confidential" in a sentence of
        # its own after the one that opens some.
        # Or "The report shall not identify any officer or claimant" after a report of totals,
        # in the same section.
        section_at = self.text.document.section_at
        others_closed_at = [
            s.start
            for s in self._operative(
                self.text.containing(
                    "other", "identify", "name", "settle", "dismiss", "confidential", "exempt"
                )
            )
            if _OTHER_RECORDS_CLOSED.search(s.text)
        ]
        unnamed_at = [
            s.start
            for s in self._operative(self.text.containing("identify", "name"))
            if lexicon.WITHOUT_NAMES.search(s.text)
        ]
        found = [
            replace(d, some_records_only=True)
            if d.opened
            and (
                self.exceptions_to(d.clause)
                or any(
                    0 < start - d.clause.start <= _OTHERS_CLOSED_REACH for start in others_closed_at
                )
                or any(
                    0 < start - d.clause.start <= _OTHERS_CLOSED_REACH
                    and section_at(start) == section_at(d.clause.start)
                    for start in unnamed_at
                )
            )
            else d
            for d in found
        ]
        found += self._reports_published_by_reference(found)
        return tuple(found)

    def _records_of_officers_or_claims(self, sentence: Sentence, described: str) -> bool:
        """Whether a records rule is about officers or public employees, their misconduct or use
        of force, or claims under the bill: said in the sentence, in the provision it points to,
        or in the section that holds it."""
        if self._laboratory_records(sentence, described):
            return False
        if _RECORDS_SUBJECT.search(sentence.text) or _RECORDS_SUBJECT.search(described):
            return True
        document = self.text.document
        start = document.section_start(sentence.start)
        end = document.section_end(sentence.start)
        return _RECORDS_SUBJECT.search(self.text.lowered, start, end) is not None

    def _laboratory_records(self, sentence: Sentence, described: str) -> bool:
        """Whether a records rule stands in a section about forensic laboratories and names no
        police: "The commission shall investigate allegations of professional negligence or
        misconduct that would substantially affect the integrity of forensic results, and shall
        publish a report of each investigation" reports on laboratories' analyses, not on
        officers' conduct or these claims."""
        document = self.text.document
        start = document.section_start(sentence.start)
        end = document.section_end(sentence.start)
        return _LABORATORY_SETTING.search(self.text.lowered, start, end) is not None and not (
            lexicon.POLICE_TERM.search(sentence.text) or lexicon.POLICE_TERM.search(described)
        )

    def _records_by_reference(self, sentence: Sentence) -> str:
        """The text of the provision that "the records described in section 3(b)" (or "in
        subsection (b)") cite, lower-cased, or "" when the sentence cites none or it is not
        found: the opening of section 3, narrowed to its subsection (b) when one is named."""
        reference = _RECORDS_BY_REFERENCE.search(sentence.text)
        if reference is None:
            return ""
        number = reference.group("number")
        label = reference.group("label") or reference.group("sublabel")
        if number is not None:
            provisions = self._provision_texts(number, sentence)
        else:
            provisions = [self._subsection_text(label, sentence)]
        for provision in provisions:
            if label is None:
                return provision
            labelled = _labelled_part(provision, label)
            if labelled is not None:
                return labelled
        return ""

    def cites_narrower_claim(self, sentence: Sentence) -> bool:
        """Whether a clause is for "a claim described in (b)" of its section, where (b) is for
        claims of force or of searches and seizures only ("In an action under (a) alleging that
        a peace officer used excessive force, ...")."""
        cited = _CLAIM_DESCRIBED_IN.search(sentence.text)
        if cited is None:
            return False
        # (the provision that opens a line with its label, not a mention of it elsewhere)
        lowered = self.text.lowered
        heads = [
            m.end()
            for m in rx.finditer(rf"(?:^|\n)[ \t]*\({re.escape(cited.group('label'))}\)\s", lowered)
        ]
        before = [h for h in heads if h <= sentence.start]
        if not before:
            return False
        described = lowered[before[-1] : before[-1] + _REFERENCED_PROVISION]
        following = _NEXT_LINE_LABEL.search(described)
        if following is not None:
            described = described[: following.start()]
        return conditioned_on_force_or_search(described)

    def _subsection_text(self, label: str, sentence: Sentence) -> str:
        """The lower-cased text from "(label)" of the same section that ``sentence`` cites ("in
        subsection (b)"): the nearest labelled provision before it, else the nearest after it;
        "" when there is none. (The caller cuts it at the next label.)"""
        start = self._subsection_start(label, sentence)
        return self.text.lowered[start : start + _REFERENCED_PROVISION] if start >= 0 else ""

    def _subsection_start(self, label: str, sentence: Sentence) -> int:
        """Where the "(label)" that ``sentence`` cites stands (see ``_subsection_text``); -1
        when there is none."""
        lowered = self.text.lowered
        before = lowered.rfind(f"({label})", 0, sentence.start)
        after = lowered.find(f"({label})", sentence.end)
        start = before if before >= 0 else after
        if before >= 0 and after >= 0:
            # The one in the citing sentence's own section: "(a) Except as provided in subsection
            # (b), ..." cites the (b) that follows it, not a (b) of an earlier section.
            own = self._section_at(sentence.start)
            if own and self._section_at(before) != own and self._section_at(after) == own:
                start = after
            # (and where the sections are not told apart, the citing clause's own label says
            # which way to look: "(a) ... except as provided in subsection (b)" cites the (b)
            # after it)
            # (the last of a run of labels: "(6)(a) Except as provided in paragraph (b)")
            leading = _LEADING_LABELS.match(sentence.text)
            own_label = leading.group("last") if leading is not None else ""
            if (
                len(own_label) == len(label) == 1
                and own_label.isalpha() == label.isalpha()
                and own_label < label
            ):
                start = after
        return start

    def _subject_to_provision(self, indemnity: Indemnity) -> Indemnity:
        """An indemnity "Except as provided in subsection (b)" (or "Subject to division (C)")
        is read with the provision it defers to: a bad-conduct exception there is a carve-out;
        an officer's own share there, with no payer behind it, leaves the award short."""
        if indemnity.vicarious or not indemnity.mandatory:
            return indemnity
        lowered = self.text.lowered
        deferral = _DEFERS_TO_SUBSECTION.search(indemnity.clause.text)
        if deferral is not None:
            label = deferral.group("label")
            start = self._subsection_start(label, indemnity.clause)
            cited = lowered[start : start + _REFERENCED_PROVISION] if start >= 0 else ""
            provision = _labelled_part(cited, label)
            if provision is None:
                return indemnity
            provision_end = start + cited.find(provision) + len(provision)
        else:
            # ("D. Except as provided in Subsection F of this section, ...": a letter or number
            # printed bare at the head of a line of the same section)
            deferral = _DEFERS_TO_BARE_SUBSECTION.search(indemnity.clause.text)
            found = None if deferral is None else self._bare_subsection(deferral, indemnity.clause)
            if found is None:
                return indemnity
            provision, provision_end = found
        # (the payer backing that share, there or in the clause itself: "including any part of
        # the officer's share that the officer does not pay", "If the officer is unable to pay,
        # the employer shall pay the unpaid amount")
        # (or in the subsection right after it: "(c) If the officer does not satisfy the amount
        # ..., the employer shall satisfy that amount, so that the full judgment is paid")
        following = lowered[provision_end : provision_end + _BACKUP_REACH]
        backed_up = (
            lexicon.BACKUP_PAYMENT.search(provision)
            or lexicon.BACKUP_PAYMENT.search(indemnity.clause.text)
            or lexicon.BACKUP_PAYMENT.search(following)
        )
        own_share = _officer_pays_own_share(provision)
        if backed_up and (own_share or lexicon.PERSONAL_SHARE.search(provision)):
            # (the deferral was the clause's only limit: with the share backed up, the whole
            # award is paid)
            text = indemnity.clause.text
            rest = text[: deferral.start()] + text[deferral.end() :]
            if indemnity.limited and not lexicon.INDEMNITY_LIMIT.search(rest):
                return replace(indemnity, limited=False, full_amount=True)
            return indemnity
        if own_share:
            return replace(indemnity, limited=True, full_amount=False)
        if (
            lexicon.BAD_CONDUCT_CARVE_OUT.search(provision)
            and _ABOUT_PAYMENT.search(provision)
            # (not "the employer may not refuse to indemnify the peace officer on the ground that
            # the officer acted wantonly": the refusal forbidden)
            and not _REFUSAL_TO_PAY_FORBIDDEN.search(provision)
        ):
            return replace(indemnity, carve_out=True, full_amount=False)
        # ("F. A public body shall not pay any part of a judgment that represents punitive
        # damages": a part of the award the payer is kept from paying)
        if _PAYER_KEPT_FROM_PART.search(provision):
            return replace(indemnity, limited=True, full_amount=False)
        return indemnity

    def _bare_subsection(
        self, deferral: re.Match[str], sentence: Sentence
    ) -> tuple[str, int] | None:
        """The subsection a deferral names bare ("Subsection F"), printed as "F." at the head of a
        line of the citing clause's section, up to the next such head: its text and where it
        ends; None when the section has no such line."""
        bare = deferral.group("bare")
        lowered = self.text.lowered
        start = self.text.document.section_start(sentence.start)
        end = min(len(lowered), sentence.end + _REFERENCED_PROVISION)
        heads = list(_BARE_LABEL_HEAD.finditer(lowered, start, end))
        for index, head in enumerate(heads):
            if head.group("bare") == bare and head.start() != sentence.start:
                part_end = heads[index + 1].start() if index + 1 < len(heads) else end
                return lowered[head.end() : part_end], part_end
        return None

    def _reports_published_by_reference(self, found: list[Disclosure]) -> list[Disclosure]:
        """'... the employing agency shall report to the commission the name of each officer, the
        court and case number, and the amount paid. The commission shall publish each report on
        its website.': the reports the sentence before describes, made public."""
        extra = []
        seen = {d.clause for d in found}
        for sentence in self._operative(self.text.containing("report")):
            body = sentence.text
            if sentence in seen or not lexicon.REPORT_BY_REFERENCE.search(body):
                continue
            if lexicon.AGGREGATE_ONLY.search(body) or _TOTALS_ONLY.search(body):
                # "a summary of the reports, stated only in aggregate totals", "make the statewide
                # totals available on its website": figures
                continue
            if lexicon.RECORDS_CLOSED.search(body) or not (
                (lexicon.RECORDS_VERB.search(body) and lexicon.PUBLIC_AUDIENCE.search(body))
                # ("A report under this section is a public record.")
                or _MADE_A_PUBLIC_RECORD.search(body)
            ):
                continue
            # The report described in the sentence before, or the two before it in the same
            # section ("... shall report to the legislature each judgment and settlement ... The
            # report shall state the name of the case ... and the name of each officer").
            section_start = self.text.document.section_start(sentence.start)
            before = self.text.lowered[max(0, section_start, sentence.start - 600) : sentence.start]
            ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 2))]
            previous = before[ends[-2] if len(ends) > 1 else 0 :]
            if (
                rx.search(r"\breport\b", previous)
                and _REPORTED_CASES.search(previous)
                and not _statistics_only(previous)
                and not self._laboratory_records(sentence, previous)
            ):
                extra.append(Disclosure(sentence, True, _discloses_amounts_only(previous)))
        return extra


# ("shall be public writings under Section 36-12-40, Code of Alabama 1975": Alabama's term)
_MADE_A_PUBLIC_RECORD = compile_pattern(
    r"\b(?:is|are|shall\s+be)\s+(?:a\s+)?public\s+(?:records?|writings?)\b"
)
# What a report lists when it lists the cases: "each judgment and settlement", "each action filed
# under Chapter 99F, its disposition, any amount paid".
_REPORTED_CASES = compile_pattern(
    r"\bjudgments?\b|\bsettlements?\b|\bcomplaints?\b|misconduct"
    r"|\b(?:actions?|claims?|suits?)\s+(?:filed|brought|paid)\b"
)
_SENTENCE_END = compile_pattern(r"[.;]\s+")
_TOTALS_ONLY = compile_pattern(
    r"\b(?:statewide|aggregate|annual)\s+totals\b|\bsummary\s+statistics\b"
)


# An existing cap said to govern the bill's claims: "The limits on liability in IC 34-13-3-4
# apply to any judgment under section 1", "The per-person limit in that section continues to
# apply", "ORS 30.269 to 30.274 apply to the claim".
_CAP_KEPT_FOR_THESE_CLAIMS = compile_pattern(
    # "For a claim under this section, the limitations on liability in ORS 30.271 ... apply".
    r"\b(?:for|in)\s+(?:an?|any|each)\s+(?:claim|action)s?\s+(?:brought\s+)?(?:under|pursuant\s+to)\s+this\s+"
    r"(?:section|act|chapter)\b,?\s+(?:the\s+)?(?:limits?|limitations?|caps?)\b[^.;]{0,160}?\b(?<!not\s)appl(?:y|ies)\b|"
    # "All other limitations of that section apply." (after one limit of it is lifted)
    r"\ball\s+other\s+(?:limits?|limitations?|caps?)\b[^.;]{0,80}?\b(?:apply|applies|continue\s+to\s+apply"
    r"|remain\s+(?:in\s+effect|applicable))\b|"
    r"\b(?:limits?|limitations?|caps?)\b(?:\s+(?:on|of)\s+(?:liability|damages|recovery))?[^.;]{0,200}?"
    r"\b(?:continues?\s+to\s+apply|shall\s+continue\s+to\s+apply|(?:shall\s+)?remains?\s+(?:in\s+effect|applicable)"
    r"|(?<!not )(?<!n't )appl(?:y|ies)\s+to\s+(?:(?:any|an|the|all|each|such)\s+)?(?:judgments?|actions?|claims?|awards?"
    # ("The limits of liability provided by Section 101.023 apply to any liability of an
    # employing entity ... arising from an action under this section")
    r"|liabilit(?:y|ies))\b"
    r"[^.;]{0,100}?\b(?:under|pursuant\s+to)\s+(?:this|section|sec[._]?|subsection))"
    r"|\b(?:limits?|limitations?|caps?)\b[^.;]{0,200}?\b(?:continues?|shall\s+continue)\s+to\s+apply\b"
    # "All other damages in such an action remain subject to those limitations."
    r"|\b(?:damages|recovery|awards?)\b[^.;]{0,80}?\b(?:remains?|shall\s+remain)\s+subject\s+to\s+"
    r"(?:the|those|such|these|its|their)\s+(?:limits?|limitations?|caps?)\b"
    # "An action under this section is subject to chapters 669 and 670, including the limitations
    # on damages in those chapters."
    # ("An action under section 9 of this act shall be subject to the provisions of the "New
    # Jersey Tort Claims Act," ..., concerning the limitation of damages recoverable")
    r"|\b(?:actions?|claims?)\s+under\s+(?:this\s+(?:section|act|chapter)|(?:section|sec_?|§)\s*\d[\w_-]*"
    r"(?:\s+of\s+this\s+(?:act|chapter))?)\s+(?:is|are|shall\s+be)\s+subject\s+to\b"
    r"[^.;]{0,120}?\b(?:limits?|limitations?|caps?)\s+(?:on|of)\s+(?:damages|liability|recovery)"
    # "damages recoverable in an action brought pursuant to this section are subject to the limits
    # provided in Section 15-78-120"
    r"|\b(?:damages|recovery|liability|judgments?)\b[^.;]{0,120}?\b(?:under|pursuant\s+to)\s+"
    r"(?:this|section|sec[._]?|subsection)\b[^.;]{0,60}?\b(?:is|are|shall\s+be|remains?)\s+subject\s+to\s+"
    r"(?:the\s+)?(?:limits?|limitations?|caps?|maximum)"
)
_OWES_DEFENSE_COSTS = compile_pattern(
    r"\bliable\s+to\s+(?:that|the|such|said)\s+(?:person|officer|employee|official)\s+for\s+"
    r"(?:(?:the\s+)?reasonable\s+|all\s+)?(?:expenses|costs|attorney)"
)
_INDEMNITY_CEILING = compile_pattern(
    # ("shall indemnify a State employee against whom a judgment is entered in an action under
    # section 2 of this act for the compensatory damages awarded, in an amount not to exceed")
    r"\b(?:shall|must|may)\s+(?:\w+\s+){0,2}?(?:indemnify|reimburse|hold\s+harmless)\b[^.;]{0,220}?\b(?:in\s+an?\s+amounts?\s+)?"
    r"(?:not\s+to\s+exceed|up\s+to|not\s+exceeding|not\s+in\s+excess\s+of)\b"
    # ("...; provided, however, that indemnification shall not exceed $1,000,000"; "however, the
    # obligation of the employer under this subsection may not exceed $1,000,000")
    r"|\bindemnification\s+(?:\w+\s+){0,6}?(?:shall|may|must)\s+not\s+exceed\b"
    # ("...; provided, however, that the obligation to indemnify shall not exceed $1,000,000")
    r"|\bobligation\s+to\s+(?:indemnify|reimburse|hold\s+harmless)\b[^.;]{0,60}?\b(?:may|shall|must)\s+not\s+"
    r"exceed\b"
    # ("A judgment ... shall be paid from the general fund of the employing unit of government
    # in an amount not to exceed $500,000")
    r"|\bshall\s+be\s+paid\s+(?:by|from|out\s+of)\s+[^.;]{0,120}?\b(?:in\s+an?\s+amounts?\s+)?(?:not\s+to\s+exceed"
    r"|up\s+to|not\s+exceeding|not\s+in\s+excess\s+of)\b"
    r"|\bobligation\s+of\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,2}?(?:employer|payer|state|county|city|municipality"
    r"|agency|entity|government|department)\b[^.;]{0,60}?\b(?:may|shall|must)\s+not\s+exceed\b"
    # ("except that the department's obligation under this section may not exceed $500,000")
    r"|\b(?:employer|payer|state|county|city|municipality|agency|entity|government|department)['’]s\s+"
    r"obligation\b[^.;]{0,60}?\b(?:may|shall|must)\s+not\s+exceed\b"
    # The payer's own ceiling on paying the officer's judgment: "The department shall pay any
    # judgment rendered against an officer under this chapter, not to exceed $500,000".
    r"|\b(?:shall|must)\s+pay\s+(?:any|the|each|a)\s+(?:final\s+)?(?:judgment|judgement|settlement|award)s?\s+"
    r"(?:\w+\s+){0,3}?against\s+(?:an?|the|any|its)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|deputy"
    r"|defendant)s?\b[^.;]{0,160}?\b(?:not\s+to\s+exceed|up\s+to|not\s+exceeding|not\s+in\s+excess\s+of)\b"
    # ("provided that the amount paid by the State on behalf of any employee shall not exceed
    # $500,000 per judgment"; "... the amount so paid shall not exceed $500,000")
    # (the amount paid as the subject, not "the total damages ..., including any amount paid under
    # Section 3, shall not exceed")
    r"|\bthe\s+amount\s+(?:so\s+)?paid\b(?:\s+by\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?)?(?:\s+on\s+behalf\s+of\s+"
    r"(?:an?|any|the|its)\s+(?:[\w-]+\s+){0,2}?)?[^.;]{0,40}?\b(?:shall|may|must)\s+not\s+exceed\b"
)
# "BE IT ENACTED BY THE COUNCIL OF THE CITY AND COUNTY OF DENVER", "the Charter of the City of
# Oakland is amended", "the Board of Supervisors of the County of ... ordains".
_LOCAL_ENACTING_BODY = compile_pattern(
    r"\b(?:be\s+it\s+enacted\s+by\s+the\s+(?:city\s+|county\s+)?council\s+of\s+the\s+(?:city|county|town|village"
    r"|borough|township)|charter\s+of\s+the\s+(?:city|county|town|village|borough)\b)"
    # ("A Local Law to amend the administrative code of the city of New York, in relation to")
    r"|\ba\s+local\s+law\s+(?:to\s+amend|in\s+relation\s+to)\b[^.]{0,120}?\b(?:code|charter)\s+of\s+the\s+"
    r"(?:city|county|town|village)\b"
)
_TORT_CLAIMS_EXCEPTED = compile_pattern(
    # (the items a print leaves out marked "* * *": "shall not apply to: * * * (7) Any claim ...")
    r"\bnot\s+apply\s+to\s*:?\s*(?:\*\s*)*(?:\(\w{1,3}\)\s*)?(?:any|a)\s+claims?\s+(?:based\s+(?:up)?on|arising\s+(?:out\s+of"
    r"|from)|for\s+(?:damages\s+)?(?:arising|caused))"
)
_SUIT_OVER_A_LICENSE = compile_pattern(
    r"\b(?:based\s+(?:up)?on|arising\s+(?:out\s+of|from))\s+(?:the\s+)?(?:revocation|suspension|denial|issuance)\b"
)
_THIS_SECTION_DOES_NOT_LIMIT = compile_pattern(
    r"\bthis\s+(?:sub)?section\s+(?:does|shall)\s+not\s+limit\s+(?:the\s+)?(?:liability|recovery)\b"
    r"[^.;]{0,80}?\bunder\s+(?:the\s+)?(?:[\w-]+\s+){1,6}?act\b"
)
_CAP_AS_AMENDED = compile_pattern(
    r"\bas\s+(?:so\s+|hereby\s+)?(?:amended|increased|raised)\b"
    # "..., except that the limit shall be $5,000,000 instead of the amount stated in that Section"
    r"|\bexcept\s+that\s+the\s+(?:limit|cap|maximum|amount)\s+shall\s+be\s+\$|\binstead\s+of\s+the\s+amount\b"
)


def _lifts_fee_limits_only(body: str) -> bool:
    """Whether the limit a clause sets aside is one on attorney fees only: "The limitation on
    the award of attorney fees ... in section 6-918A shall not apply", "but attorney fees
    awarded under section 2 are not subject to those limits"."""
    lift = lexicon.CAP_LIFT.search(body)
    if lift is None:
        return False
    # (the clause that ends in the lift's verb: "..., but attorney fees ... are not subject"; not
    # a list's last item: "limitations on liability, damages, and attorney fees ... do not apply")
    start = max(
        (
            m.end()
            for m in rx.finditer(
                r";|,\s+(?:but|except)\b|(?<!damages)(?<!liability)(?<!judgments)(?<!costs),\s+and\b",
                body[: lift.end()],
            )
        ),
        default=0,
    )
    clause = body[start : lift.end()]
    return bool(
        lexicon.ATTORNEY_FEES.search(clause)
        and not rx.search(r"damages|\bliability\b|judgments?|recovery|tort|immunit", clause)
    )


def lifts_in_part(body: str) -> bool:
    """Whether a clause that sets limits aside does so only in part: for one kind of damages,
    only for culpable conduct, or for some payers while the limit "continues to limit" others."""
    return bool(
        # (a kind named beside the limit on liability itself widens the lift: "The limitation
        # of liability to $100,000, and the exclusion of punitive damages, shall not apply")
        (
            lexicon.ONE_KIND_OF_DAMAGES.search(body)
            and not _LIABILITY_LIMIT_NAMED.search(body)
            # ("no limitation on compensatory, noneconomic, or punitive damages applies": every
            # kind named)
            and not _EVERY_KIND_NAMED.search(body)
            # A cap statute set aside by its citation lifts more than the kind named beside it,
            # unless that kind stays barred ("The limitations on damages in Section 41-4-19 shall
            # not apply ...; provided that punitive damages shall not be awarded ...").
            and not (_CAP_STATUTE_NAMED.search(body) and not _KIND_STILL_BARRED.search(body))
        )
        # (the condition of an indemnity in the same sentence is that duty's, not the lift's:
        # "... shall not apply to an action ..., except that a public entity shall indemnify
        # ..., unless the public entity determines that the conduct constituted actual malice")
        or lexicon.CONDITIONAL_LIFT.search(_PAYMENT_PROVISO_IN_LIFT.sub(" ", body))
        or lexicon.PARTIAL_LIFT.search(body)
        # "... shall not apply to an action under this section, except as to punitive damages":
        # the limit still holds for one kind of the award.
        or _LIFTED_EXCEPT_FOR_A_KIND.search(body)
    )


_PAYMENT_PROVISO_IN_LIFT = compile_pattern(
    r"\b(?:except\s+that|provided,?\s+(?:however,?\s+)?that)\s+[^.;]{0,120}?\b(?:shall|must)\s+(?:indemnify|defend"
    r"|pay)\b[^.;]*"
)
_LIFTED_FOR_FORCE_CLAIMS = compile_pattern(
    r"\bnot\s+apply\s+to\s+(?:any\s+|an?\s+)?(?:claims?|actions?)\b[^.;]{0,80}?\b(?:arising\s+(?:from|out\s+of)"
    r"|based\s+(?:up)?on|for)\s+(?:the\s+|an?\s+)?(?:use\s+of\s+(?:deadly\s+|excessive\s+|physical\s+)?force"
    r"|excessive\s+force)\b"
)
_EVERY_KIND_NAMED = compile_pattern(
    r"\bcompensatory\b[^.;]{0,40}?\b(?:non-?economic|punitive|exemplary)\b"
    r"|\b(?:non-?economic|punitive|exemplary)\b[^.;]{0,40}?\bcompensatory\b"
)
_LIFTED_EXCEPT_FOR_A_KIND = compile_pattern(
    r"\b(?:not|no\s+longer)\s+apply\b[^.;]{0,120}?,?\s*except\s+(?:as\s+to|for|with\s+respect\s+to)\s+"
    r"(?:an?\s+award\s+of\s+)?(?:punitive|exemplary|non-?economic)\s+damages\b"
)
_KIND_STILL_BARRED = compile_pattern(
    r"\b(?:punitive|exemplary|non-?economic)\s+damages\s+(?:shall|may|must|will)\s+not\s+be\s+"
    r"(?:awarded|recovered|assessed|recoverable)\b|\bno\s+(?:punitive|exemplary)\s+damages\s+(?:shall|may)\b"
)
# A subject that pairs the two words of a public servant, with no government or police named.
_EMPLOYEE_OR_OFFICER = compile_pattern(
    r"\W*(?:\(?[a-z0-9]{1,4}[._)]\s*)*(?:an?|any|the|no|every|each)\s+(?:employee\s+or\s+officer"
    r"|officer\s+or\s+employee"
    # ("((An officer, employee, or volunteer who acted in good faith ... is immune))")
    r"|(?:officer|employee),\s+(?:officer|employee)(?:,\s+(?:agent|volunteer|official))*,?\s+(?:or|and)\s+"
    r"(?:agent|volunteer|official))s?\b(?!\s+of\b)"
)
# An exception whose consequence is the officer's own share of the award.
# (to whom the share is paid, where the clause says so: "reimburse the agency", "pay to the
# political subdivision")
_PAYER_NOUN = (
    r"(?:agency|employer|entity|subdivision|county|city|municipality|state|department|fund|town|village"
    r"|district)"
)
_SHARE_PAYEE = r"(?:(?:to\s+)?(?:the|its|his|her)\s+(?:[\w-]+\s+){0,3}?" + _PAYER_NOUN + r"\s+)?"
_EXCEPTION_IS_A_SHARE = compile_pattern(
    # ("; provided, that the peace officer shall pay to the political subdivision five percent")
    r"\b(?:except\s+that|provided,?\s+(?:however,?\s+)?that)\b[^.]{0,200}?\b(?:person|officer|employee|defendant"
    r"|deputy)\s+(?:shall\s+(?:personally\s+(?:pay|contribute)|pay|contribute|reimburse|repay"
    r"|be\s+personally\s+liable\s+for)"
    r"|(?:is|are)\s+personally\s+liable\s+for)\s+"
    + _SHARE_PAYEE
    + r"(?:\d+(?:\.\d+)?\s*|[\w-]+\s+){0,2}?(?:per\s*cent|percent|%)"
)
# The officer's share paid back to the payer after it has paid the whole award ("shall
# reimburse the agency five percent"): the victim has been paid in full already.
_SHARE_REPAID_TO_PAYER = compile_pattern(
    r"\b(?:person|officer|employee|defendant|deputy)\s+shall\s+(?:reimburse|repay|pay\s+(?:back\s+)?to)\s+"
    r"(?:the|its|his|her)\s+(?:[\w-]+\s+){0,3}?" + _PAYER_NOUN + r"\b"
)
# The officer's share, owed: "the person shall pay five per cent of the judgment".
_OFFICER_SHALL_PAY_SHARE = compile_pattern(
    r"\b(?:person|officer|employee|defendant|deputy|official)\s+shall\s+(?:personally\s+)?pay\s+"
    r"(?:[\w-]+\s+){0,2}?(?:per\s*cent|percent|%)\s+of\s+(?:the|any|a|each|such)\s+(?:judgment|judgement"
    r"|settlement|award)"
)
_EXCEPT_THE_OFFICERS_SHARE = compile_pattern(
    r"\bexcept\s+(?:for\s+)?the\s+(?:[\w-]+(?:'s|\u2019s)\s+)(?:portion|part|share)\b"
)
_SHARE_BACKSTOP_REACH = 800
_PAYS_THE_REMAINDER = compile_pattern(
    r"\b(?:shall|must)\s+(?:also\s+)?(?:pay|satisfy)\s+the\s+(?:remainder|balance|rest)\b"
)
# What the officer leaves unpaid, paid by the employer all the same.
_BACKSTOP = compile_pattern(
    # ("where such portion cannot be collected from the member, the state shall pay it")
    r"\b(?:fails?\s+to\s+(?:pay|satisfy)|remains?\s+unpaid|unsatisfied|(?:is|are|has|have)\s+not\s+(?:been\s+)?paid"
    r"|(?:cannot|can\s+not|could\s+not)\s+be\s+collected|(?:is|are)\s+not\s+collected"
    r"|(?:does|do|did)\s+not\s+(?:pay|satisfy)|(?:is|are)\s+unable\s+to\s+pay"
    # ("including any contribution waived or not paid by the officer")
    r"|(?:waived|reduced|forgiven)\s+or\s+not\s+paid)\b"
)
_PAYER_SHALL = compile_pattern(r"\b(?:shall|must)\s+(?:also\s+)?(?:pay|satisfy)\b")
# A definition, its term first, quoted or not: "(6) The term covered data means ...".
_TERM_DEFINED_FIRST = compile_pattern(
    r"\W*(?:\(?[a-z0-9]{1,4}[._)]\s*)*(?:(?:[a-z][a-z -]{0,60}?\W+)?the\s+term\s+[\"“']?[a-z][a-z -]{2,60}?[\"”']?"
    r"|[\"“']?[a-z][a-z -]{2,60}?[\"”']?)\s+(?:means|shall\s+mean|has\s+the\s+meaning)\b"
)
_REGISTRY_ONLY = compile_pattern(r"\bregistry\b|\bdatabase\b")
_MISCONDUCT_LISTED = compile_pattern(
    r"\bmisconduct|\bcomplaints?\b|\bdisciplin|decertif|\bsustained\b"
)
# People a public registry lists who are not officers.
_OTHER_PEOPLE_LISTED = compile_pattern(
    r"\b(?:felon\w*|offenders?|registrants?|predators?|sex\s+offen\w*|convicted\s+persons?"
    r"|(?:persons?|individuals?|people)\s+(?:who\s+(?:have|has)\s+been\s+)?convicted|donors?"
    r"|voters?|patients?|licensees?|lobbyists?|contractors?|vendors?|animals?|dogs?|vehicles?)\b"
)
_LIABILITY_LIMIT_NAMED = compile_pattern(
    r"\blimit(?:ation)?s?\s+(?:of|on)\s+(?:the\s+)?liability\b"
    # "The limitations of chapters 669 and 670 on the amount of damages, and on punitive damages"
    r"|\blimit(?:ation)?s?\s+(?:of\s+[^.;]{1,60}?\s+)?(?:of|on|upon)\s+(?:the\s+)?amount\s+of\s+(?:damages|recovery"
    r"|(?:an?\s+)?awards?|(?:a\s+)?judgments?)\b"
    # The kind named as one instance of the damages: "shall not limit the amount of damages,
    # including punitive damages, recoverable".
    r"|\bdamages,?\s+including\s+(?:any\s+)?(?:punitive|exemplary|non-?economic)\s+damages\b"
    # "any limitation on damages in chapter 669 or 670, including the bar on punitive damages":
    # every limit, the punitive bar named as one of them.
    r"|\b(?:any|all|every)\s+(?:statutory\s+)?limit(?:ation)?s?\s+(?:of|on)\s+(?:the\s+)?(?:damages|recovery)\b"
    # Every kind named: "Compensatory and punitive damages may be awarded ..., and the limitations
    # of chapter 171 ... shall not apply".
    r"|\bcompensatory\s+(?:and|or)\s+(?:punitive|exemplary)\s+damages\b|\b(?:punitive|exemplary)\s+(?:and|or)\s+"
    r"compensatory\s+damages\b|\beconomic\s+and\s+non-?economic\s+damages\b"
)
# A cap statute named by its citation, with no kind attached: "The limitation on damages in
# § 4013 does not apply ..., and punitive damages may be awarded"; "the limitations on recovery in
# § 8.01-195.3 and the limitation on punitive damages in § 8.01-38.1"; or a whole chapter set
# aside, its kinds named as instances: "The provisions of chapter 9 of Title 59, including the
# limitations on recovery of damages for pain and suffering ...".
_CAP_STATUTE_NAMED = compile_pattern(
    r"\blimit(?:ation)?s?\s+(?:on|of)\s+(?:the\s+)?(?:damages|recovery|liability)\s+(?:in|of|under"
    r"|set\s+(?:forth|out)\s+in|provided\s+(?:in|by|under))\s+(?:§|sections?\b|sec\b|chapter\b|title\b)"
    r"|\bprovisions\s+of\s+(?:chapter|title|article|part|the)\b[^.;]{0,120}?,\s+including\b"
    # A whole chapter set aside beside the kind: "Chapter 101 does not apply to an action under this
    # chapter, and Section 41.008 does not limit the amount of exemplary damages".
    # (the chapter itself the subject, not "the bar ... in section 2 of chapter 258")
    r"|(?<!of )(?<!in )(?<!under )\b(?:chapter|title|article)\s+[\w_-]+\s+(?:does|do|shall)\s+not\s+apply\b"
)


# A program's money: grants, their recipients, a year's appropriation.
_GRANT_PROGRAM_LIMIT = compile_pattern(
    r"\b(?:grants?|grantees?|recipients?|matching\s+funds|appropriat\w+"
    r"|(?:in|per|for)\s+(?:a|any|each|the|one)?\s*(?:fiscal|calendar|state\s+fiscal)\s+year)\b"
)
_DAMAGES_OR_LIABILITY = compile_pattern(
    r"\bdamages\b|\bjudg(?:e)?ments?\b|\bliab(?:ility|le)\b|\bsettlements?\b"
)


def _limits_damages(body: str, window: int) -> bool:
    """Whether a "not to exceed" limits liability or damages, not a fee, fine or salary."""
    for match in lexicon.OWN_CAP.finditer(body):
        before = body[max(0, match.start() - window) : match.end()]
        # The quantity limited is the nearest noun before the limit.
        nearest = before[-90:]
        # ("shall award ... fees, not to exceed": the verb "award" is no quantity.) When both
        # kinds are named, the later one is limited: "In addition to damages, the court may
        # assess a civil penalty not to exceed $25,000" limits the penalty.
        # (a quantity carved out of the damages, "damages, other than attorney fees and costs,
        # ... shall not exceed $2,000,000", is not the one limited)
        offset = len(before) - len(nearest)
        other = [
            m.end()
            for m in lexicon.NOT_DAMAGES_QUANTITY.finditer(nearest)
            if not _CARVED_OUT.search(before, max(0, offset + m.start() - 60), offset + m.start())
        ]
        damages = [
            m.end()
            for m in rx.finditer(
                r"liab(?:ilit|le\b)|damages|judgments?|(?<!shall )(?<!may )(?<!court )awards?\b",
                nearest,
            )
        ]
        if other and (not damages or max(other) > max(damages)):
            continue
        if _FEE_AWARD_REFERRED_TO.search(nearest) and lexicon.ATTORNEY_FEES.search(before):
            # "shall award reasonable attorney's fees ..., provided that such award shall not
            # exceed $75,000": the award referred back to is the award of fees.
            continue
        # (not fees carved out of the damages: "damages, exclusive of costs and attorneys' fees,
        # shall not exceed $500,000")
        fees = [
            m.end()
            for m in lexicon.ATTORNEY_FEES.finditer(before)
            if not _CARVED_OUT.search(before, max(0, m.start() - 60), m.start())
        ]
        if fees and not rx.search(r"liabilit|damages|judgments?|recover", before[max(fees) :]):
            # "shall award reasonable attorney fees and costs to a prevailing plaintiff in an
            # action under this section, in an amount not to exceed $50,000": the fees are the
            # last quantity named before the limit.
            continue
        if lexicon.DAMAGES_QUANTITY.search(before):
            return True
    return False


# "attorney fees may not be calculated at an hourly rate exceeding $200".
_HOURLY_RATE_CAP = compile_pattern(
    r"\bhourly\s+rate\b[^.;]{0,30}?\b(?:exceeding|in\s+excess\s+of|(?:of\s+)?(?:more|greater)\s+than|above|not\s+to\s+exceed)\s+\$"
    r"|\b(?:exceeding|in\s+excess\s+of|more\s+than|not\s+to\s+exceed)\s+\$[\d,.]+\s+(?:per|an|each)\s+hour\b"
)


def _limits_fees(body: str) -> bool:
    """Whether a "not to exceed" in a fee clause limits the fees, not a penalty or fine named
    after them ("shall award attorney fees ..., and may award a civil penalty ... not to exceed
    $2,500": the penalty is limited)."""
    for match in lexicon.OWN_CAP.finditer(body):
        nearest = body[max(0, match.end() - 120) : match.end()]
        others = [m.end() for m in _PENALTY_WORDS.finditer(nearest)]
        fees = [m.end() for m in _FEE_WORDS.finditer(nearest)]
        if not others or (fees and max(fees) > max(others)):
            return True
    return False


# The only quantity named just before a limit is "such award" (the fee award the sentence made),
# with no damages, judgment or liability in between.
_FEE_AWARD_REFERRED_TO = compile_pattern(
    r"\b(?:such|said|that|this|the|any\s+such)\s+awards?\b(?![^.;]*\b(?:damages|judgments?|liabilit))"
    r"[^.;]*$"
)
_CARVED_OUT = compile_pattern(
    # (not "except that the award of attorney's fees ... shall not exceed": a proviso)
    r"\b(?:other\s+than|except(?!\s+that\b)(?:\s+for)?|excluding|exclusive\s+of|not\s+including)\b"
    r"[^.;]{0,40}$"
)
_THE_FEES_AWARDED = compile_pattern(
    r"(?:^|\b(?:the|such|those|these|any)\s+)fees?\s+(?:so\s+)?(?:awarded|allowed|recoverable|under)\b"
    r"|\b(?:award|amount)\s+of\s+(?:the\s+)?fees\b|\bfee\s+awards?\b"
)
# The public payer named only to be denied: "The officer, and not the officer's employing
# agency, shall pay any judgment", "... rather than the county".
# A sentence whose subject is every payer it names, negated: "No county, city, urban-county
# government, state agency, or self-insurance group shall pay, indemnify, or insure the peace
# officer"; "Neither the State nor any political subdivision may indemnify ...". (Not when an
# exception lets them: "No employer shall indemnify an officer except ...".)
_NO_PAYER_MAY_PAY = compile_pattern(
    r"\W*(?:\(\w{1,4}\)\s*|\w{1,3}[._]\s+)*(?:no|neither)\s+(?:[^.;:]{0,200}?)\b(?:shall|may|will)\s+"
    r"(?:(?:pay|indemnify|insure|reimburse|satisfy)\b,?\s*(?:or\s+|and\s+)?)+"
    r"(?![^.;]{0,160}?\b(?:except|unless|other\s+than|only\s+if|if\s+not)\b)"
)
_PAYER_DENIED = compile_pattern(
    r"\b(?:and|but)\s+not\s+(?:by\s+)?(?:the\s+|any\s+)?(?:[\w'-]+\s+){0,2}?(?:employer|employing\s+agency|agency"
    r"|state|county|city|municipality|political\s+subdivision|governmental\s+entity|public\s+(?:body|entity"
    r"|employer))\b,?\s+(?:shall|must)\s+(?:pay|satisfy)\b"
    r"|\b(?:shall|must)\s+(?:pay|satisfy)\b[^.;]{0,80}?\brather\s+than\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:employer|agency|state|county|city|municipality)\b"
    # "The officer ... shall pay the judgment from personal funds, ..., and no Commonwealth agency
    # or local agency shall indemnify the officer or pay any part of the judgment".
    r"|\bfrom\s+(?:his\s+or\s+her\s+|his\s+|her\s+|their\s+)?(?:own\s+)?personal\s+(?:funds|assets|resources)\b[^.]{0,160}?"
    r"\bno\s+(?:[\w-]+\s+){0,3}?(?:agency|employer|entity|subdivision|government|county|city|municipality)\b"
    r"[^.;]{0,60}?\b(?:shall|may)\s+(?:indemnify|pay)\b"
)
# A "shall award" the court may set aside at will: "unless the court determines, in its
# discretion, that an award is not warranted".
_FEES_LEFT_TO_DISCRETION = compile_pattern(
    r"\bunless\b[^.;]{0,120}?\bdiscretion\b"
    r"|\bunless\s+(?:the\s+)?(?:court|judge)\s+(?:determines|finds|concludes|decides)\b[^.;]{0,60}?"
    r"\bnot\s+(?:warranted|appropriate|justified|necessary)\b"
)
# A class of people named by a participle ("a covered individual", "an aggrieved person") that
# acts under color of law.
_CLASS_UNDER_COLOR_OF_LAW = compile_pattern(
    r"\b(?:any|every|an?|each)\s+(?P<term>(?!private\b)[a-z-]+ed\s+(?:person|individual|employee|official"
    r"|agent))\b[^.;]{0,40}?"
    r"\bcolou?r\s+of\b"
)
# Settlements the payer did not agree to left to the officer: "The public body is not required
# to pay any settlement that the officer entered into without the public body's written consent".
_SETTLEMENT_WITHOUT_CONSENT = compile_pattern(
    r"\bnot\s+(?:be\s+)?(?:required|obligated|liable)\s+to\s+(?:pay|indemnify|satisfy)\b[^.;]{0,80}?"
    r"\bsettlements?\b[^.;]{0,120}?\bwithout\b[^.;]{0,60}?\b(?:consent|approval)\b"
)
# A ceiling on all payments together: "shall not exceed $1,000,000 in the aggregate".
_AGGREGATE_LIMIT = compile_pattern(
    r"\bin\s+the\s+aggregate\b|\bper\s+(?:occurrence|fiscal\s+year|year|claim)\b"
)
# Fees that no one is awarded: "but each party shall bear its own attorney's fees".
_OWN_FEES_BORNE = compile_pattern(
    r"\b(?:each|every|all|the)\s+part(?:y|ies)\s+(?:shall|must|will|to)\s+bear\s+(?:its|their|his|her"
    r"|his\s+or\s+her|the\s+party's)\s+own\s+(?:attorney|counsel|legal)"
    # The fees come out of the plaintiff's own award: "any attorney's fees so awarded shall be
    # paid from, and shall not be in addition to, the damages awarded to the plaintiff, and no
    # attorney's fees shall be taxed against any defendant".
    r"|\bno\s+(?:attorney'?s?'?|counsel)\s+fees?\s+(?:shall|may)\s+be\s+(?:taxed|assessed|charged)\s+against\s+(?:any|the|a)\s+"
    r"defendants?\b"
    r"|\bshall\s+be\s+paid\s+(?:from|out\s+of),?\s+(?:and\s+shall\s+not\s+be\s+in\s+addition\s+to,?\s+)?the\s+"
    r"(?:damages|award|judgment)\b"
)
# A duty to award in a proviso after a discretionary award: "The court may award ...;
# provided, however, that where the trier of fact finds that the deprivation was knowing or
# wilful, the court shall award ...": mandatory in some cases only.
_PROVISO_SHALL_AWARD = compile_pattern(
    r"\b(?:provided,?\s+(?:however,?\s+)?that|except\s+that)\s+(?:where|if|when|in\s+(?:any|an)\s+action\s+in\s+which)\b"
    r"[^.;]{0,160}?\b(?:shall|must)\s+award\b"
)
# The plaintiff never pays: "In no event shall a prevailing plaintiff bear his or her own
# attorney's fees", "No prevailing plaintiff shall be required to pay the plaintiff's own
# attorney fees".
_PLAINTIFF_NEVER_BEARS_FEES = compile_pattern(
    r"\b(?:in\s+no\s+(?:event|case)|under\s+no\s+circumstances?)\s+(?:shall|may|will|must)\s+(?:a|the|any)\s+"
    r"(?:prevailing\s+|successful\s+)?(?:plaintiff|claimant|party\s+who\s+prevails)\b[^.;]{0,60}?\b(?:bear|pay)\b"
    r"[^.;]{0,40}?\b(?:attorney|counsel|legal)"
    r"|\bno\s+(?:prevailing|successful)\s+(?:plaintiff|claimant)\s+(?:shall|may|will|must)\s+(?:be\s+required\s+to\s+)?"
    r"(?:bear|pay)\b[^.;]{0,40}?\b(?:attorney|counsel|legal)"
)
# Fees refused for some claims: "Attorney fees are not recoverable for a claim for damages under
# section 1" (not "shall not be awarded against a plaintiff", which protects the plaintiff).
_FEES_DENIED_FOR_SOME = compile_pattern(
    r"\bfees?\s+(?:are|is|shall|may|will)\s+not\s+(?:be\s+)?(?:recoverable|awarded|available|allowed"
    r"|recovered)\s+(?:for|in|on|with\s+respect\s+to)\s+(?:a|an|any)\s+(?:claim|action)"
    # ("No attorneys' fees shall be awarded on a claim resting only on the laws of the
    # commonwealth")
    r"|\bno\s+(?:[\w'’]+\s+){0,2}?fees?\s+(?:shall|may|will)\s+be\s+(?:recoverable|awarded|available|allowed"
    r"|recovered)\s+(?:for|in|on|with\s+respect\s+to)\s+(?:a|an|any)\s+(?:claim|action)"
)
_FEES_DENIED_GATE = LiteralGate(_FEES_DENIED_FOR_SOME)
# A fee rule excepted or left to discretion by the sentences after it: "The preceding sentence
# does not apply if ...", "In other actions under section 1, the court may award ... fees".
_FEE_RULE_EXCEPTED = compile_pattern(
    r"\b(?:the\s+)?(?:preceding|previous|foregoing)\s+(?:sentence|subsection|paragraph)\s+(?:does|shall)\s+not"
    r"\s+apply\b"
    r"|\bin\s+(?:all\s+|any\s+)?other\s+(?:actions?|cases?|claims?|proceedings?)\b[^.;]{0,80}?\bmay\s+"
    r"(?:\w+\s+){0,2}?award\b"
    r"|\b(?:does|shall)\s+not\s+apply\b[^.;]{0,120}?\bmay\s+(?:\w+\s+){0,2}?award\b"
)
_PENALTY_WORDS = compile_pattern(r"\b(?:civil\s+)?(?:penalt(?:y|ies)|fines?|forfeitures?)\b")
_FEE_WORDS = compile_pattern(r"\bfees?\b|\bcosts?\b|\bawards?\s+of\s+fees\b")


def _only_limits_personal_share(body: str) -> bool:
    """'personal liability ... may not exceed $10,000' limits the officer, not the award; so
    does 'The officer shall pay 10 percent of a judgment, not to exceed $10,000'."""
    if rx.search(
        # ("A law enforcement officer found liable under this chapter shall pay five percent")
        # ("the officer shall pay a portion of the judgment not exceeding ten thousand dollars")
        # (the officer named with a long qualifier: "A public employee against whom a judgment
        # has been entered ... who has been found liable ... in a prior action ... shall
        # personally pay ten percent of the judgment, not to exceed twenty thousand dollars")
        # ("... the police officer shall contribute to the public body 10 percent of the judgment,
        # not to exceed $20,000")
        # ("... shall pay from personal funds two percent of the judgment, not to exceed $5,000")
        r"\b(?:officer|employee|defendant|servant|deputy|official)\b[^.;]{0,240}?\bshall\s+(?:personally\s+)?"
        r"(?:pay|contribute)\s+(?:to\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+){1,4}?)?"
        r"(?:(?:from|out\s+of)\s+(?:[\w'’-]+\s+)?personal\s+(?:funds|assets|resources|monies|moneys)\s+)?"
        r"(?:\w+\s+){0,3}?(?:\d+(?:\.\d+)?\s*%|percent|%|portion|part|share|(?:one|a)[- ](?:half|third|fourth|quarter|fifth|tenth"
        r"|twelfth|twentieth|[a-z]+ieth)\b)"
        # ("may require a law enforcement officer ... to contribute toward the judgment an amount
        # not to exceed 5% of the judgment or $25,000")
        r"|\b(?:require|order|direct)\s+(?:an?|the|any|such|each|every)\s+(?:[\w-]+\s+){0,3}?(?:officer|employee|defendant"
        r"|servant|deputy|official)\b"
        r"[^.;]{0,120}?\bto\s+(?:personally\s+)?(?:contribute|pay|reimburse|repay)\b"
        # ("may seek contribution from the public employee in an amount not exceeding $10,000")
        r"|\b(?:recover|seek\s+(?:reimbursement|contribution|indemnification|repayment))\s+from\s+(?:the|its"
        r"|that|such|an?)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant|servant|deputy|official)s?\b"
        # ("shall deduct from the officer's wages five percent of the judgment or $25,000, whichever
        # is less, in installments not exceeding ten percent of each paycheck")
        r"|\bdeduct\w*\s+from\s+the\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant|deputy|official)(?:'s|’s|s')?\s+"
        r"(?:wages|pay|paychecks?|salary|compensation)\b"
        # ("shall deduct from the wages of an officer or employee against whom a judgment is
        # entered 2 percent of the judgment, not to exceed ten thousand dollars")
        r"|\bdeduct\w*\s+from\s+(?:the\s+)?(?:wages|pay|paychecks?|salary|compensation)\s+of\s+(?:an?|the|any|such"
        r"|that|each)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant|deputy|official)s?\b",
        body,
    ):
        return True
    return bool(rx.search(r"personal(?:ly)? liab", body)) and not rx.search(
        r"award|recovery|damages against|judgment against (?:the|a) (?:public|state|employer)", body
    )


def _scoped_to_another_act(body: str, own_names: tuple[str, ...] = ()) -> bool:
    """A clause for claims under some other named act, not this bill's claims (an act the bill
    itself may be cited as, ``own_names``, is this bill)."""
    scope = lexicon.OTHER_ACT_SCOPE.search(body)
    return (
        scope is not None
        and "rights" not in scope.group(0)
        # (an act that sets a measure, not the claims: "computed at an hourly rate that does not
        # exceed the rate then authorized for counsel appointed under the Criminal Justice Act")
        and _ACT_AS_A_MEASURE.search(body, max(0, scope.start() - 40), scope.start()) is None
        and not rx.search(r"\bthis (?:section|act|chapter|article|subchapter)\b", body)
        and not any(name in scope.group(0) for name in own_names)
    )


_FEES_ONLY_LIMITED = compile_pattern(
    r"[^.;]{0,40}?\b(?:remain|remains|are|is|shall\s+(?:be|remain))\s+(?:so\s+)?limited\b"
)
_IN_THE_COURTS_DISCRETION = compile_pattern(
    r"\b(?:in|at|within)\s+(?:the\s+(?:sound\s+)?discretion\s+of\s+the\s+(?:court|judge)|the\s+(?:court|judge)'s"
    r"\s+discretion|its\s+discretion)\b"
)
_COURT_MAY_ORDER = compile_pattern(r"\bmay\s+(?:order|direct|require)\b")
_ACT_AS_A_MEASURE = compile_pattern(r"\b(?:rates?|appointed|authorized|schedule)\b[^.;]{0,30}$")
_SHORT_TITLE = compile_pattern(
    r"\b(?:may\s+be\s+cited\s+as|shall\s+be\s+known\s+as|may\s+be\s+referred\s+to\s+as)\s+(?:the\s+)?"
    r"[\"“']?(?:the\s+)?(?P<name>[a-z][\w' -]{2,80}?\bact)\b"
)


_PAYER_PAYS_PERSONAL_PART = compile_pattern(
    r"\b(?:shall|must)\s+(?:pay|indemnify|satisfy)\b[^.;]{0,160}?\bincluding\s+(?:any|the|each)\s+(?:portion|part|amount|share)\s+"
    # ("including any portion of the judgment for which the local public officer is personally
    # liable")
    r"(?:of\s+(?:the|any|a|that)\s+(?:judgment|award|settlement)\s+)?"
    r"(?:for\s+which|that)\s+the\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant)\s+(?:is|was|may\s+be)\s+"
    r"(?:held\s+)?personally\s+liable\b"
)
# The end of a catch-line: "ATTORNEY FEES:", "Attorney fees.--" (its period masked).
_CATCH_LINE_END = compile_pattern(r"\s*(?::|[._]\s*-*|--)\s")


# A release the holder may make, and one it must make (or records declared public).
_RELEASE_PERMITTED = compile_pattern(
    r"\bmay\s+(?:(?:also|in\s+its\s+discretion|,\s+in\s+its\s+discretion,)\s+)?(?:be\s+)?"
    r"(?:release[ds]?|disclose[ds]?|publish(?:ed)?|post(?:ed)?|provided?|make|made)\b"
)
_RELEASE_REQUIRED = compile_pattern(
    r"\b(?:shall|must)\s+(?:(?:also|annually|promptly|publicly)\s+)?(?:be\s+)?(?:release[ds]?|disclosed?"
    r"|publish(?:ed)?|post(?:ed)?|provided?|make|made|open|public|available|subject|kept)\b"
    r"|\b(?:is|are)\s+(?:a\s+)?(?:public|open)\s+records?\b|\bnot\s+(?:be\s+)?(?:confidential|exempt)\b"
)
# The intentional torts of the common law, named as what liability is for.
_NAMED_TORTS = compile_pattern(
    r"\b(?:assault|battery|false\s+(?:arrest|imprisonment)|malicious\s+prosecution|abuse\s+of\s+process"
    r"|trespass|conversion|wrongful\s+death|intentional\s+infliction)\b"
)
_RECORDS_REQUEST_DENIED = compile_pattern(
    r"\b(?:request|application)\s+(?:for|to\s+(?:inspect|copy|obtain))\s+(?:the\s+|any\s+)?(?:inspection\s+of\s+|copies\s+of\s+)?"
    r"(?:public\s+)?(?:records?|documents?|information)\b[^.;]{0,240}?\b(?:is|are|was|has\s+been|have\s+been)\s+"
    r"(?:denied|refused)\b"
)
_EXCEPT_SHALL_AWARD_TO_PLAINTIFF = compile_pattern(
    r"\bexcept\s+that\b[^.;]{0,60}?\b(?:shall|must)\s+(?:award|allow|grant)\b[^.;]{0,160}?"
    r"\b(?:prevailing\s+(?:plaintiff|party|claimant|complainant)|(?:plaintiff|claimant)\s+who\s+prevails)"
)


_PAYS_THE_PLAINTIFFS_FEES = compile_pattern(
    r"\b(?:shall|must)\s+pay\s+(?:the\s+)?(?:reasonable\s+)?(?:attorney\S{0,2}\s+fees?|counsel\s+fees?"
    r"|legal\s+fees?)(?:\s+and\s+costs)?\s+(?:of|incurred\s+by)\s+(?:the|a|any)\s+(?:prevailing\s+)?"
    r"(?:plaintiff|claimant|injured\s+person)"
)


_LEFT_OUT_OF_A_DEFINITION = compile_pattern(
    r"\bnot\s+(?:include|includes|including|cover|covers|mean)\b|\bexclud\w*|\bother\s+than\b"
    r"|\bexcept\b|\bbut\s+not\b"
)
# A defined term that may stand for attorney fees is a short name ("costs", "litigation
# expenses"), not a long phrase.
_FEE_TERM_LENGTH = 40


def _term_named_as_fees(body: str, term: str) -> str | None:
    """``body`` with each whole-word occurrence of ``term`` (a defined term that includes
    attorney fees) written as "attorney fees", or None when it holds none."""
    places = whole_word_places(body.lower(), term)
    if not places:
        return None
    parts: list[str] = []
    position = 0
    for found in places:
        parts.append(body[position:found])
        # (the same length would keep positions; the reading needs only the words)
        parts.append("attorney fees")
        position = found + len(term)
    parts.append(body[position:])
    return "".join(parts)


def _fees_mandatory(body: str) -> bool:
    """Whether a "shall" governs the attorney fees, not only the costs beside them: "the court
    may award reasonable attorney's fees and shall award costs" leaves the fees to discretion."""
    if _PAYS_THE_PLAINTIFFS_FEES.search(body):
        # "A defendant found liable under this section shall pay the reasonable attorney's fees
        # and costs of the plaintiff": the fees as the losing side's duty.
        return True
    fees = lexicon.ATTORNEY_FEES.search(body)
    if fees is not None and _CATCH_LINE_END.match(body, fees.end()):
        # "1-12-5: ATTORNEY FEES: The court shall award reasonable attorney fees ...": the fees
        # the rule governs are the ones after its catch-line.
        fees = lexicon.ATTORNEY_FEES.search(body, fees.end()) or fees
    if fees is not None and _fee_item_of_mandatory_list(body, fees.start()):
        return True
    if not lexicon.FEE_MANDATORY.search(body):
        return False
    if fees is not None and _FEES_ONLY_LIMITED.match(body, fees.end()):
        # ("..., and attorney fees in such actions remain limited as provided in s. 768.28(8)": a
        # limit on fees another law allows, no award)
        return False
    if fees is None:
        return True
    before = list(lexicon.FEE_VERB.finditer(body, 0, fees.start()))
    if before:
        # The nearest verb before the fees governs them, unless its subject is negated: "No
        # judgment ... shall include ... an award of attorney's fees" forbids the award.
        verb = before[-1]
        if _NEGATED_FEE_SUBJECT.search(body, 0, verb.start()):
            return False
        # ("The court in its discretion may order that the defendant shall pay the plaintiff's
        # reasonable attorney's fees": the payment is what the court may order)
        if rx.match(r"(?:shall|must)\s+pay\b", verb.group(0)) and _COURT_MAY_ORDER.search(
            body, 0, verb.start()
        ):
            return False
        # ("shall be entitled to damages ... and in the discretion of the court to an award of
        # ... reasonable attorney fees": the entitlement to fees is the court's to give)
        if _IN_THE_COURTS_DISCRETION.search(body, verb.end(), fees.start()):
            return False
        # "the court may award reasonable attorney's fees, except that the court shall award
        # them to a prevailing plaintiff": discretion for others, a duty to the plaintiff.
        return (
            lexicon.FEE_MANDATORY.match(verb.group(0)) is not None
            or _EXCEPT_SHALL_AWARD_TO_PLAINTIFF.search(body, fees.end()) is not None
        )
    # "attorney fees shall be awarded": the verb follows, in the same clause ("shall indemnify
    # ... for attorney fees and costs; punitive damages shall be paid personally" is no award).
    after = lexicon.FEE_VERB.search(body, fees.end())
    return (
        after is not None
        and lexicon.FEE_MANDATORY.match(after.group(0)) is not None
        and not rx.search(r"[;:]", body[fees.end() : after.start()])
    )


def _fee_item_of_mandatory_list(body: str, fees_at: int) -> bool:
    """Whether the fees stand in a list item that opens with a bare verb ("2. Award to such
    plaintiff reasonable attorney's fees") under an introduction ending in a colon whose verb is
    "shall" or "must" ("a court shall, in addition to awarding any other relief, ...:")."""
    colon = body.find(":", 0, fees_at)
    if colon == -1:
        return False
    intro = body[:colon]
    items = list(_BARE_AWARD_ITEM.finditer(body, colon, fees_at))
    return (
        bool(items)
        and rx.search(r"\b(?:shall|must)\b(?!\s+not)", intro) is not None
        and rx.search(r"\bmay\b(?!\s+not)", intro) is None
    )


# A list item opening with a bare verb of award: "2. Award to ...", "(ii) Award to ...".
_BARE_AWARD_ITEM = compile_pattern(
    r"(?:[:;]|\band\b)\s*(?:\(?[a-z0-9]{1,4}[._)]\s*)+(?:award|allow|grant)\b"
)


# A negated subject opening the clause that holds a fee verb: "No judgment against a
# governmental entity ... shall include ... an award of attorney's fees".
_NEGATED_FEE_SUBJECT = compile_pattern(
    r"(?:^|[;:]\s)(?:\(?[a-z0-9]{1,4}[.)]\s*)*(?:no|neither)\s+(?!more\b|less\b)[^;:]*$"
)


_OTHER_FEE_RECIPIENT = compile_pattern(
    r"(?:prevailing\s+)?(?:[\w-]+\s+){0,2}?(?:vendors?|contractors?|suppliers?|officers?|employees?|defendants?"
    r"|requesters?|requestors?|applicants?|licensees?|agency|agencies|entity|entities|subdivisions?|bod(?:y|ies)"
    r"|governments?)\b"
)


def _fees_to_government(body: str) -> bool:
    """Fees awarded to the state, its attorney general or a prevailing defendant only."""
    # "... who is found to be immune ... shall be entitled to recover from the plaintiff all
    # reasonable costs and attorney fees": the fees go to the defendant.
    if rx.search(
        r"\brecover\w*\s+from\s+the\s+(?:plaintiff|claimant|petitioner)"
        # "... who prevails ... shall be awarded reasonable attorney's fees against the plaintiff".
        r"|\bfees?\b[^.;]{0,60}?\bagainst\s+the\s+(?:plaintiff|claimant|petitioner)s?\b"
        # "The court shall award the officer reasonable attorney fees, to be paid by the claimant".
        r"|\bfees?\b[^.;]{0,80}?\b(?:to\s+be\s+paid|payable)\s+by\s+the\s+(?:plaintiff|claimant|petitioner)s?\b",
        body,
    ):
        return True
    recipients = [m.group("recipient") for m in lexicon.FEE_RECIPIENT.finditer(body)]
    recipients += [
        m.group("recipient") or m.group("incurred")
        for m in lexicon.FEE_INDIRECT_OBJECT.finditer(body)
    ]
    plaintiff = (
        r"plaintiff|prevailing party|claimant|petitioner|injured|aggrieved|person|individual"
    )
    if any(re.match(plaintiff, r) or re.search(plaintiff, r) for r in recipients):
        return False
    if recipients and any(lexicon.FEE_TO_GOVERNMENT.search("to the " + r) for r in recipients):
        return True
    if recipients and all(_OTHER_FEE_RECIPIENT.match(r) for r in recipients):
        # "... to a prevailing vendor", "... to a law enforcement officer who prevails": fees in
        # a supplier's or an officer's own suit, not to the person whose rights were violated.
        return True
    # ("If the plaintiff prevails ..., the court shall shift to the defendant the plaintiff's
    # reasonable litigation expenses")
    if rx.search(
        r"prevailing (?:plaintiff|party|claimant|petitioner)|injured|aggrieved"
        r"|\b(?:plaintiff|claimant|petitioner)\s+(?:who\s+)?prevails\b",
        body,
    ):
        return False
    return bool(lexicon.FEE_TO_GOVERNMENT.search(body))


def _guarantees_full_amount(body: str) -> bool:
    """'shall satisfy the full amount', not 'payments for the full amount ... may be made'."""
    for match in lexicon.FULL_AMOUNT.finditer(body):
        # (the payer's "shall" may stand well before a backed-up share: "shall pay the remainder
        # of the judgment and, if the officer fails to pay the officer's share within ninety
        # days, that share as well, and may recover it from the officer")
        before = body[max(0, match.start() - 160) : match.start()]
        after = body[match.end() : match.end() + 60]
        # (or the indicative: "bears the cost of any judgment ... in full", "is responsible for
        # the entire amount")
        if rx.search(
            r"\b(?:shall|must|obligation\s+of|bears|(?:is|are)\s+(?:responsible|answerable|required))\b"
            r"(?!\s+not)",
            before,
        ) and not rx.search(r"\bmay\b(?!\s+(?:recover|seek))", after):
            return True
    return False


_DE_IDENTIFIED_REPORT = compile_pattern(
    r"\b(?:statistical|aggregate|annual|summary)\s+(?:\w+\s+){0,2}?reports?\b[^.;]{0,80}?"
    r"\b(?:(?:does|shall|do|may)\s+not\s+identify|without\s+identifying)\s+(?:any|an|the)\s+"
    r"(?:individual\s+)?(?:officers?|employees?|persons?|subjects?)"
    # ("shall annually publish a report stating the total number of actions filed ... and the
    # aggregate amount paid ..., which report shall not identify any claimant or public employee")
    r"|\bpublish\w*\s+(?:an?\s+)?(?:\w+\s+){0,2}?reports?\s+(?:stating|showing|of|on|listing)\s+(?:the\s+)?"
    r"(?:total|aggregate|number)\b[^.;]{0,240}?\b(?:(?:does|shall|do|may)\s+not\s+identify|without\s+identifying)\s+"
    r"(?:any|an|the)\s+(?:[\w-]+\s+)?(?:officers?|employees?|persons?|subjects?|claimants?|individuals?)"
)


_NAMES_GIVEN = compile_pattern(
    r"\b(?:with|including|and)\s+the\s+names?\s+of\s+(?:each|every|the|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officers?|employees?|officials?|defendants?)\b"
)


def _statistics_only(body: str) -> bool:
    """Whether every records word a clause opens is governed by a count ("the number and
    disposition of complaints"), so no record itself becomes public."""
    if _NAMES_GIVEN.search(body):
        # ("the number and amount of settlements and judgments it paid ..., with the name of each
        # employee involved": counts, and who was involved)
        return False
    objects = list(lexicon.RECORDS_OBJECT.finditer(body))
    if objects and lexicon.AGGREGATE_ONLY.search(body):
        return True
    return bool(objects) and all(
        lexicon.STATISTICS_ONLY.search(body, max(0, m.start() - 60), m.start()) for m in objects
    )


def _is_catch_line(body: str) -> bool:
    """A section's catch-line standing alone: a few words, no verb of a rule."""
    return len(body) < 60 and not rx.search(
        r"\b(?:shall|must|may|is|are|pays?|liable to|contribut\w*|reimburse\w*)\b", body
    )


def _is_catch_line_of_claim(body: str) -> bool:
    """A short catch-line that only names a claim: no verb, a noun phrase of a civil action."""
    return (
        len(body) <= 140
        and _is_heading(body)
        and not rx.search(r"\b(?:shall|must|may|is|are|be|liable|lies|brings?|recover)\b", body)
    )


def _is_heading(body: str) -> bool:
    """A clause that only names a claim ("Detention officers - civil action for deprivation of
    rights.", a title "relating to civil action for deprivation of rights"): every match is a
    noun phrase, and no verb makes anyone liable or lets anyone sue."""
    return all(
        rx.match(r"(?:private )?cause of action|civil action|action for damages", m.group(0))
        for m in lexicon.CAUSE_OF_ACTION.finditer(body)
    )


# A liability predicate that is itself negated, just before the claim words it governs:
# "is not liable in a civil action for damages", "is immune from any action for damages".
_NEGATED_PREDICATE_BEFORE = compile_pattern(
    r"\b(?:(?:is|are|shall|may|be)\s+not\s+(?:be\s+)?(?:held\s+)?(?:civilly\s+|personally\s+)?"
    r"liable|(?:is|are|shall\s+be)\s+immune)\b[^.;:]{0,40}$"
    # "... shall not, as a result of any act or omission, be subject to civil liability".
    r"|\b(?:shall|may|will)\s+not,[^.;:]{1,80},\s+be\s+$"
    # "... shall not be subject to civil liability for the restraint", "is not subject to
    # personal liability" (the predicate negated where it stands).
    r"|\b(?:is|are|shall|may|will|must)\s+not\s+(?:be\s+)?(?:held\s+)?$"
    # One negation over a list of verbs: "It does not alter qualified immunity, create a cause
    # of action against peace officers, or change ...".
    r"|\b(?:does|do|shall|will)\s+not\s+[^.;:]{0,100}?,\s+(?:or\s+)?(?:create|establish|authorize)\s+"
    r"(?:a|an|any)\s+(?:new\s+|private\s+|civil\s+)*$"
    # "Nothing in this section creates a cause of action against an individual officer"; "This
    # act does not create a private right of action".
    r"|\b(?:nothing\s+in\s+this\s+\w+\s+(?:shall\s+be\s+construed\s+to\s+)?(?:creates?|establish\w*"
    r"|authoriz\w*|gives?\s+rise\s+to)|(?:does|do|shall)\s+not\s+(?:be\s+construed\s+to\s+)?"
    r"(?:create|establish|authorize|give\s+rise\s+to))\s+(?:a|an|any)\s+(?:new\s+|private\s+|civil\s+)*$"
)


def _amends_1983(body: str) -> bool:
    """Whether a clause amends section 1983 itself: the section named as what "is amended"
    ("Section 1979 of the Revised Statutes ... (42 U.S.C. 1983) is amended ...") or what a bill
    amends ("to amend section 1979 ..."); not a section 1983 action named inside the new text of
    another law ("... is amended to read: ... may bring an action ... under section 1979 ...
    (42 U.S.C. 1983)"), nor a rule of construction that the act does not amend it."""
    for match in lexicon.SECTION_1983.finditer(body):
        before = body[max(0, match.start() - 80) : match.start()]
        if _CONSTRUED_NOT_TO_AMEND.search(body, 0, match.start()):
            continue
        if ":" in before or _AMENDED_TO_READ.search(before):
            continue  # (inside the text an amendment inserts)
        if _AMEND_VERB_BEFORE.search(before) or _IS_AMENDED_AFTER.match(body, match.end()):
            return True
    return False


_CONSTRUED_NOT_TO_AMEND = compile_pattern(
    r"\bnothing\b[^.;]{0,200}?\b(?:construed|interpreted|intended|deemed)\b[^.;]{0,200}?\bto\s+amend\b"
    r"|\b(?:does|shall)\s+not\s+amend\b"
)
_AMENDED_TO_READ = compile_pattern(r"\bamended\s+to\s+read\b|\bfollowing\b")
_AMEND_VERB_BEFORE = compile_pattern(
    r"\bamend(?:s|ed|ing|ment\s+(?:to|of))?\s+(?:[\w().-]+\s+){0,8}$"
)
_IS_AMENDED_AFTER = compile_pattern(
    r"[^.;:]{0,160}?\b(?:is|are|shall\s+be)\s+(?:hereby\s+|further\s+)?amended\b"
)


def _negated_liability(body: str, predicates: list[re.Match[str]]) -> bool:
    """Whether every liability predicate in a clause (``predicates``, its CAUSE_OF_ACTION
    matches) is negated: by its subject ("no officer shall be liable") or by the predicate just
    before it ("is not liable in any civil action for damages")."""
    return bool(predicates) and all(
        lexicon.NEGATED_LIABILITY_SUBJECT.search(body, 0, m.start())
        or _NEGATED_PREDICATE_BEFORE.search(body, max(0, m.start() - 80), m.start())
        or _CONSTRUED_NOT_TO_CREATE.search(body, 0, m.start())
        # "An action for damages arising from a violation of this act may not be brought against
        # a law enforcement officer or agency": the action denied after it is named.
        or _NOT_BROUGHT_AGAINST.match(body, m.end())
        for m in predicates
    )


_NOT_BROUGHT_AGAINST = compile_pattern(
    r"[^.;]{0,100}?\b(?:(?:may|shall|can)\s+not|cannot)\s+be\s+(?:brought|maintained|commenced|filed|instituted)\s+"
    r"against\b(?![^.;]{0,120}?\b(?:unless|except|until|more\s+than|later\s+than)\b)"
)


# "Nothing in sections 590.040 to 590.1275 shall be construed to waive ..., to abrogate ..., or to
# create a cause of action against any peace officer": one item of a savings clause's list.
_CONSTRUED_NOT_TO_CREATE = compile_pattern(
    # ("This subtitle may not be construed to waive the immunity of the State or to create a
    # cause of action against the State, a local government, or an officer or employee of either")
    r"(?:\bnothing\b|\b(?:this|these)\s+(?:sections?|acts?|chapters?|articles?|subtitles?|titles?|parts?"
    r"|subchapters?|subsections?)\s+(?:may|shall|does|do|will|is|are)\s+not\s+(?:be\s+)?)"
    r"[^.;]{0,300}?\b(?:construed|interpreted|intended|deemed)\b[^.;]{0,300}?"
    # ("shall be construed as creating a cause of action for money damages")
    r"\b(?:create|establish|authorize|give\s+rise\s+to|creating|establishing|authorizing|giving\s+rise\s+to"
    # ("Nothing in this section shall be construed to provide a cause of action against the
    # board, the commission, the member's employer, or any officer or employee thereof")
    r"|provide|providing)\s+"
    r"(?:a|an|any)\s+(?:new\s+|private\s+|civil\s+)*$"
    # Said plainly: "Nothing in this section creates a cause of action against a public safety
    # officer", "this section does not create any cause of action for damages".
    # ("Nothing in section 2803-B, subsection 1, paragraph R or section 2804-J creates a civil cause
    # of action against a law enforcement officer")
    r"|\b(?:nothing\s+in\s+(?:this|these|sections?|subsections?|chapters?|§+)|this\s+(?:section|act|chapter|article))\b"
    r"[^.;]{0,100}?\b(?:does\s+not\s+)?(?:creates?|establishes?|gives?\s+rise\s+to)\s+(?:a|an|any)\s+"
    r"(?:new\s+|private\s+|civil\s+)*$"
)


# "A peace officer may bring an action ... against the state or governmental unit employing the
# peace officer to enforce this section": the officer is the plaintiff.
_OFFICER_SUES_EMPLOYER = compile_pattern(
    r"\b(?:officers?|employees?)\s+may\s+(?:bring|file|maintain|commence)\b[^.;]{0,200}?\bagainst\b"
    r"[^.;]{0,80}?\bemploy(?:ing|s)\s+(?:the|such|that)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee)"
)


# How far around a payment of the remainder a back-up payment of the officer's share may stand.
_BACKUP_REACH = 300
# "Sub. (2) does not apply to any claim arising from ...", "Paragraph (b) shall not apply to
# actions brought by ...": a provision, named by its label, kept from some claims.
_PROVISION_NOT_APPLIED_TO_SOME_CLAIMS = compile_pattern(
    r"\b(?:sub(?:section|division|paragraph)?|paragraph|subdivision|division|clause)[_.]?\s*"
    r"\((?P<label>\w{1,4})\)\s+(?:does|shall)\s+not\s+apply\s+(?:to|in)\s+(?:an?\s+|any\s+|the\s+)?"
    r"(?:claims?|actions?|suits?|cases?)\s+(?:arising|that|which|based|involving|in\s+which|brought\s+by"
    r"|for|concerning|relating)\b"
)
# The label a clause opens with: "(2) qualified immunity is not a defense ...".
_LEADING_LABEL = compile_pattern(r"\s*\((?P<label>\w{1,4})\)\s")
_LEADING_LABELS = compile_pattern(r"\s*(?:\(\w{1,4}\)\s*)*\((?P<last>\w{1,4})\)\s")
# How far before a clause the instruction that inserts it may stand.
_INSTRUCTION_REACH = 2_000
# An instruction that amends an act named by its title ("Section 305 of the Age
# Discrimination Act of 1975 (42 U.S.C. 6104) is amended"), not a civil-rights statute.
_OTHER_ACT_AMENDED = compile_pattern(
    r"\bof\s+(?:the\s+)?(?!(?:[\w'-]+\s+){0,4}?(?:civil\s+rights|tort\s+claims|immunity))"
    r"(?:[\w'-]+\s+){1,6}?act\b(?:\s+of\s+\d{4})?[^;\n]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?amended\b"
)
# A clause that names the bill's own wrong or defendants keeps its place beside the claim.
_NAMES_THE_CLAIM = compile_pattern(
    r"\b(?:1979|1983|colou?r\s+of\s+(?:any\s+)?(?:state\s+)?law|depriv\w*|constitution\w*|civil\s+rights"
    r"|officers?|qualified\s+immunity)\b"
)
# A public payer held to a share of the award: "the employer shall pay ninety percent".
_PAYER_PAYS_A_SHARE = compile_pattern(
    r"\b(?:employer|state|county|city|agency|entity|subdivision|municipality)"
    r"(?:\s+(?:that|which)\s+employs\s+(?:[\w-]+\s+){1,3}?|\s+|,[^,;.]{1,60},\s+)(?:shall|must)\s+pay\s+"
    r"(?:[\w-]+\s+){1,3}?percent\b"
)
# Whom a licensing board disciplines: "the board of cosmetology shall post ... each licensee".
_OTHER_LICENSEES = compile_pattern(
    r"\blicensees?\b|\b(?:board|commission)\s+of\s+(?!(?:police|peace|law|criminal|public\s+safety|corrections)\b)"
    r"[a-z]+"
)
_NOT_SEALED = compile_pattern(r"\b(?:shall|may)\s+not\s+be\s+sealed\b")
_PROCEEDING_UNDER_SECTION = compile_pattern(
    r"\b(?:action|claim|suit|proceeding|hearing)s?\s+(?:brought\s+|held\s+)?(?:under|pursuant\s+to)\s+"
    r"(?:section|sec_?|§)\s*(?P<number>\d{1,4}[a-z]?)\b(?![_.-]\d)"
)
# What a board's proceeding is about: a licence or certification, a hearing, discipline.
_BOARD_PROCEEDING = compile_pattern(
    r"\b(?:hearing|certification|certificate|licen[sc]e|decertif\w*|disciplin\w*|revoke|revocation)\b"
)
_SECTIONS_EXCEPTED = compile_pattern(
    # (the section as the subject, not "the limitation on damages in section 2 shall not apply")
    r"(?<!\bin )(?<!\bof )(?<!\bunder )(?<!\bby )(?<!\bto )(?<!\bwith )"
    r"\b(?:sections?|secs?_?)\s+(?P<numbers>\d{1,4}[a-z]?(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d{1,4}[a-z]?)*)"
    r"(?:\s+of\s+this\s+(?:act|chapter))?\s+(?:(?:does|do|shall)\s+not\s+(?:apply|extend)|(?:applies|apply)\s+only)\b"
)
_SUBSECTION_EXCEPTED = compile_pattern(
    r"\bsub(?:section|division|paragraph)\s*\((?P<label>\w{1,4})\)(?:\s+of\s+this\s+(?:section|act|chapter))?\s+"
    r"(?:(?:does|shall)\s+not\s+(?:apply|extend)"
    r"|(?:applies|apply)\s+only)\b"
)
_AWARD_UNDER_LABEL_CAPPED = compile_pattern(
    r"\b(?:awards?|fees?)\s+(?:\w+\s+)?(?:under|pursuant\s+to)\s+(?:sub(?:section|division)\s*)?\((?P<label>\w{1,4})\)"
    r"[^.;]{0,60}?\b(?:shall|may)\s+not\s+exceed\b"
)
_SECTION_LABEL_NUMBER = compile_pattern(
    r"\s*(?:section|sec\.?|§)\s*(\d{1,4}[a-z]?)\b", re.IGNORECASE
)


def _labelled_part(text: str, label: str) -> str | None:
    """The part of ``text`` labelled "(label)": from after the label to the next label of
    its kind ("(c)"), or None when the label is not there."""
    opening = rx.search(rf"\({re.escape(label)}\)\s", text)
    if opening is None:
        return None
    part = text[opening.end() :]
    # (a label cited inside the part, "under subsection (a)", is not the next part's label)
    following = _NEXT_LABEL.search(part)
    return part if following is None else part[: following.start()]


_REPORTS_PAYMENTS = compile_pattern(
    r"\b(?:shall|must)\b[^.;]{0,60}?\b(?:publish|post|report|disclose|notify)\b"
)
_ENTITY_LIABLE_FOR_FULL_AMOUNT = compile_pattern(
    r"\b(?:city|county|town|village|municipality|state|commonwealth|public\s+(?:body|entity|employer)"
    r"|employer|employing\s+(?:agency|entity|authority)|agency|governmental\s+(?:entity|unit|body))\s+"
    # ("The governmental unit that employs the officer shall be liable for ...")
    r"(?:(?:that|which)\s+employs?\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant)s?\s+)?"
    # ("The public entity shall be substituted as the defendant and is liable for ...")
    r"(?:shall\s+be\s+substituted\s+[^.;]{0,40}?\s+and\s+)?"
    r"(?:is|are|shall\s+be)\s+(?:jointly\s+and\s+severally\s+)?liable\b[^.;]{0,60}?\bfor\s+the\s+(?:(?:full|entire|whole)\s+"
    # ("shall be liable for the whole of any judgment entered against the officer")
    r"amount|whole)\s+of\s+(?:any|the|each|every|a)\s+(?:judgment|judgement|award|settlement)"
)
# The government answering beside its officer for the whole award: "The county in which the
# constable serves is jointly and severally liable with the constable for any judgment", "...,
# and the law enforcement agency that employs the officer, are jointly and severally liable to
# the person", "the city or town employing the employee shall be liable to the same extent as the
# employee".
_ENTITY_ANSWERS_WITH_OFFICER = compile_pattern(
    r"\b(?:city|cities|county|counties|town|village|municipalit(?:y|ies)|state|commonwealth|political\s+subdivision"
    r"|public\s+(?:body|entity|employer)|(?:law\s+enforcement\s+|employing\s+|police\s+)?agency"
    r"|employing\s+(?:entity|unit)|governmental\s+(?:entity|unit|body)|school\s+(?:district|board|unit)"
    r"|authority)\b[^.;]{0,120}?\b"
    r"(?:is|are|shall\s+be)\s+"
    r"(?:jointly\s+and\s+severally\s+liable\b|liable\s+to\s+the\s+same\s+extent\s+as\s+(?:the|its|that|such)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:officer|employee|constable|deputy|trooper)s?\b"
    # ("... and the public body on whose behalf the person acted is liable jointly with that
    # person")
    r"|liable\s+jointly\s+(?:and\s+severally\s+)?with\s+(?:the|that|such|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:person|officer|employee|defendant)s?\b)"
)
# The government liable for what is awarded against its people: "The state or political
# subdivision employing the person shall be liable for all damages awarded in the action", "the
# state and its agencies and subdivisions shall be liable for a judgment under this section
# against their officers".
_ENTITY_LIABLE_FOR_THE_AWARD = compile_pattern(
    # (not a condition: "In an action ... in which the Commonwealth is liable for the acts of its
    # officer, the amount recoverable ... shall be $1 million")
    r"(?<!in which the )(?<!in which )(?<!where the )(?<!if the )(?<!when the )"
    r"\b(?:state|commonwealth|political\s+subdivisions?|subdivisions|count(?:y|ies)|cit(?:y|ies)"
    r"|municipalit(?:y|ies)|public\s+(?:body|entity|employer)|employer|employing\s+agency|government)\b[^.;]{0,80}?"
    # ("The employing agency shall be directly liable for all damages awarded against its officer")
    r"\b(?:is|are|shall\s+be)\s+(?:directly\s+|fully\s+|primarily\s+)?liable\s+for\s+"
    r"(?:all\s+(?:damages|sums|amounts)\s+(?:awarded|adjudged)"
    # ("An action ... against an officer ... shall be brought against the public body ..., and the
    # public body shall be liable for the judgment")
    r"|the\s+judgment\s*(?:[.;]|$)"
    r"|(?:a|any|each|every|the)\s+judgments?\b[^.;]{0,60}?\bagainst\s+(?:its|their|the|an?|such)\s+"
    r"(?:[\w-]+\s+)?(?:officers?|employees?|deput(?:y|ies)|troopers?)"
    # ("The state or local government that employs the officer is liable for the full amount of
    # any judgment or settlement against the officer under this section")
    r"|(?:the\s+)?(?:full|entire|whole)\s+amount\s+of\s+(?:any|the|a|each|every)\s+(?:judgments?|judgements?"
    r"|awards?|settlements?)\b"
    # ("The public body that employs an officer, employee or agent is liable for the conduct of
    # the officer, employee or agent under this section")
    r"|the\s+(?:conduct|acts?|acts\s+and\s+omissions)\s+of\s+(?:the|its|that|such)\s+(?:officers?|employees?"
    r"|agents?|deput(?:y|ies)|troopers?)\b)"
)
# The government in the officer's place, or paying what the insurer does not: "the public body
# that employs the peace officer shall be substituted as the defendant in place of the officer";
# "Any portion of a judgment or settlement not paid by the insurer shall be paid by the
# employing agency".
_ENTITY_TAKES_THE_OFFICERS_PLACE = compile_pattern(
    r"\b(?:state|commonwealth|political\s+subdivision|county|city|municipality|public\s+(?:body|entity|employer)"
    r"|employer|(?:employing\s+)?agency|governmental\s+(?:entity|unit))\b[^.;]{0,80}?\bshall\s+be\s+substituted\s+as\s+"
    r"(?:the\s+)?(?:sole\s+|party\s+)?defendant\b"
    r"|\b(?:any|the)\s+(?:portion|part|amount|balance)\s+of\s+(?:a|the|any)\s+(?:judgment|judgement|award|settlement)"
    r"\b[^.;]{0,60}?\bnot\s+paid\b[^.;]{0,60}?\bshall\s+be\s+paid\s+by\s+the\s+(?:employing\s+)?(?:agency|employer"
    r"|entity|public\s+(?:body|entity)|state|county|city|municipality|political\s+subdivision)\b"
)
# A government that answers for its people, named in the singular or the plural.
_ANSWERING_BODY = (
    r"(?:state|commonwealth|district|political\s+subdivisions?"
    r"|county|counties|city|cities|towns?|villages?|municipalit(?:y|ies)|public\s+(?:bod(?:y|ies)|entit(?:y|ies)"
    r"|employers?)|(?:local|governmental)\s+(?:governments?|entit(?:y|ies)|units?|bod(?:y|ies))"
    r"|(?:employing\s+|law\s+enforcement\s+)?agenc(?:y|ies))"
)
# The government liable for its own people's wrongs: "A public body shall be liable to a person
# deprived of any right ... by a public actor acting on behalf of that public body"; "the
# county is liable for the acts of its employees under section 1".
_RESPONDEAT_SUPERIOR = compile_pattern(
    r"\brespondeat\s+superior\b[^.;]{0,200}?\b(?:is|are|shall\s+be)\s+(?:jointly\s+and\s+severally\s+)?liable\b"
)
_ENTITY_ANSWERS_FOR_ITS_PEOPLE = compile_pattern(
    # (at the sentence's start, or after a catch-line: "Sec. 2. Liability.--Each local government")
    # (or as the second of two rules: "Principals shall be liable for ... their agents, and local
    # governments shall be liable for violations of this section by their employees")
    r"(?:^|--|\u2014|:|\]|[,;]\s+and\b)\W*(?:sec(?:tion)?[._]?\s*)?(?:\(?\w{1,4}[)._]\s*)*"
    r"(?:(?:a|an|the|each|every|any|all)\s+)?"
    rf"{_ANSWERING_BODY}(?:\s+(?:and|or)\s+{_ANSWERING_BODY})?"
    # (a list of them: "The state, every city and town, every fire district, and every board,
    # commission, authority or other public body shall be liable ...")
    r"(?:,[^.;]{0,160}?\b(?:public\s+body|political\s+subdivision|agency|entity|municipality|governments?))?"
    r"\s+(?:is|are|shall\s+be)\s+liable\b"
    r"(?:[^.;]{0,200}?\b(?:by|whom)\s+(?:an?|any|its|their|any\s+of\s+its|one\s+of\s+its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officers?|employees?|agents?|actors?|personnel|deput(?:y|ies)|troopers?)\b"
    # ("... deprived of any right ... by a person acting on behalf of, under color of or within
    # the course and scope of the authority of the public body")
    r"|[^.;]{0,200}?\bby\s+(?:an?|any)\s+(?:person|individual)\s+acting\s+(?:on\s+behalf\s+of|under\s+color\s+of"
    r"|within\s+the\s+(?:course|scope))[^.;]{0,80}?\b(?:the|that|such)\s+(?:public\s+body|entity|agency"
    r"|political\s+subdivision|governmental\s+entity|government)\b"
    # ("... for the deprivation, by any person acting on its behalf or under its authority, of")
    r"|[^.;]{0,200}?\bby\s+(?:an?|any)\s+(?:person|individual)\s+acting\s+on\s+(?:its|their)\s+behalf\b"
    r"|\s+for\s+the\s+(?:acts?|omissions?|conduct|deprivations?|violations?)\s+(?:(?:and|or)\s+omissions?\s+)?"
    r"of\s+its\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?|agents?|personnel|deput(?:y|ies)|troopers?)\b"
    # ("A public body shall be liable for the acts of a person acting on its behalf")
    r"|\s+for\s+the\s+(?:acts?|omissions?|conduct)\s+of\s+(?:an?|any)\s+(?:person|individual)\s+acting\s+on\s+"
    r"(?:its|their)\s+behalf\b)"
)
_CLAIM_UNDER_THE_BILL = compile_pattern(
    r"\bunder\s+(?:this\s+(?:section|act|chapter|article)|section\s+\d)"
    # ("liable for violations of this section by their employees")
    r"|\bviolations?\s+of\s+this\s+(?:section|act|chapter|article)\b"
)
# A bar confined to one stage of the case, the defenses left whole at the others: "Nothing in this
# section prevents an officer from asserting qualified immunity ... in a motion for summary
# judgment or at trial"; "Nothing in this subdivision limits any defense that may be raised on a
# motion for summary judgment"; "Nothing in this section limits a motion for summary judgment or
# other pretrial motion".
_DEFENSES_LEFT_AT_OTHER_STAGES = compile_pattern(
    # ("Nothing in subsection (b) shall preclude a defendant from presenting to the trier of fact,
    # at trial, the defense that a reasonable officer could have believed the conduct lawful")
    r"\bnothing\s+in\s+(?:this\s+(?:section|subsection|subdivision|paragraph|chapter|article|act)\b"
    r"|(?:sub)?(?:section|division|paragraph)\s+\(\w{1,4}\)(?:\s+of\s+this\s+section)?)[^.;]{0,40}?"
    r"\b(?:prevents?|limits?|affects?|bars?|precludes?|restricts?|prohibits?)\b[^.;]{0,160}?"
    r"\b(?:summary\s+judgment|at\s+trial|pre-?trial\s+motions?)"
)
# Some of the claims left with every defense: "A claim under subdivision (2) of subsection (a)
# remains subject to all defenses and immunities available under law".
_DEFENSES_LEFT_FOR_OTHER_CLAIMS = compile_pattern(
    r"\b(?:claims?|actions?)\s+(?:brought\s+)?under\s+(?:subdivision|paragraph|subsection|clause)\b[^.;]{0,80}?"
    r"\bremains?\s+subject\s+to\s+(?:all|any|every|the)\s+(?:[\w-]+\s+){0,2}?(?:defenses|defences|immunities)\b"
)
# A state immunity named as such, not the doctrine and not the government's own: "official
# immunity", "State-agent immunity", "discretionary immunity", "the immunity of an employee ...
# provided by division (A)(6) of section 2744.03".
_NAMED_IMMUNITY = (
    r"(?:\b(?:official|state[\s-]agent|discretionary(?:[\s-]function)?|public[\s-]officer|public[\s-]official)"
    r"\s+immunity\b"
    # A tort claims act's discretionary-function exception: "The exceptions of section 669.14 ...
    # for claims based upon ... a discretionary function or duty, apply to an action under this
    # section" (the employee's shield for judgment calls, the doctrine's work).
    r"|\bexceptions?\b[^.;]{0,200}?\bdiscretionary\s+(?:function|duty)\b"
    r"|(?<!sovereign\s)(?<!governmental\s)\bimmunity\s+(?:from\s+(?:tort\s+|civil\s+)?(?:suit|liability)"
    r"(?:\s+or\s+(?:suit|liability))?\s+)?"
    r"(?:of\s+(?:an?|the)\s+[\w\s]{0,50}?)?(?:provided|conferred|afforded"
    # ("any immunity from suit or liability conferred upon an officer or employee of the
    # Commonwealth or of any locality by the Virginia Tort Claims Act"; "the immunity from tort
    # liability afforded peace officers by Section 6-5-338")
    r"|granted|recognized)\s+(?:(?:(?:to|upon|on)\s+)?[\w\s,]{1,80}?\s+)?(?:by|in|under)\b"
    # An employee's immunity under a statute the clause cites: "any immunity available to a
    # public employee under Section 2-202", "the immunity from tort liability of a governmental
    # employee under section 7 of 1964 PA 170".
    r"|(?<!sovereign\s)(?<!governmental\s)\bimmunity\s+(?:from\s+[\w\s]{1,30}?\s+)?(?:available\s+to|of)\s+"
    r"(?:an?|the|any)\s+(?:[\w-]+\s+){0,3}?(?:employees?|officers?|officials?|agents?)\s+"
    r"(?:under|by)\s+(?:section|§|title|chapter|article|\d)"
    # Every immunity the state's law gives: "any immunity available to a defendant under the
    # Constitution or laws of this Commonwealth".
    r"|\b(?:any|all)\s+(?:other\s+)?immunit(?:y|ies)\s+(?:available|provided)\s+(?:to\s+(?:an?|the|any)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:defendants?|employees?|officers?|officials?)\s+)?under\s+(?:the\s+)?(?:constitution\s+"
    r"(?:or|and)\s+)?(?:laws?|statutes?)\s+of\s+(?:this|the)\s+(?:state|commonwealth))"
)
_NAMED_IMMUNITY_PRESERVED = compile_pattern(
    r"(?:\b(?:does|do|shall)\s+not\s+(?:be\s+construed\s+to\s+)?|\bnothing\s+in\s+(?:this\s+(?:act|section"
    r"|chapter|article|subsection)"
    # ("Nothing in Article 43D of Chapter 1 ..., as enacted by Section 1 of this act, abrogates")
    r"|(?:article|chapter|section|part|title)\s+[\w.-]+\b[^.;]{0,100}?)"
    r"\s*,?\s+(?:shall\s+be\s+construed\s+to\s+|is\s+intended\s+to\s+|shall\s+)?)"
    # ("to abrogate, limit, or waive any immunity")
    r"(?:waive|abolish|abrogate|affect|limit|impair|diminish|extinguish)s?\b(?:,\s*\w+){0,3},?(?:\s+or\s+\w+)?"
    r"[^.;]{0,80}?" + _NAMED_IMMUNITY
)
_NAMED_IMMUNITY_RETAINED = compile_pattern(
    r"\b(?:retains?|keeps?|continues?\s+to\s+(?:have|enjoy))\b[^.;]{0,60}?" + _NAMED_IMMUNITY
)
_NAMED_IMMUNITY_APPLIED = compile_pattern(
    _NAMED_IMMUNITY
    + r"[^.;]{0,120}?\b(?:appl(?:y|ies)|shall\s+apply|is\s+available)\s+(?:in|to)\s+"
    r"(?:an?|any|such|the)\s+(?:action|claim)s?\b"
)


def _named_immunity_saved(defense: DefenseRule) -> bool:
    """Whether a clause read as a bar only saves a named state immunity ("Nothing in this act
    abrogates the doctrine of public official immunity ..."), naming no qualified immunity."""
    return (
        defense.effect is Effect.BARRED
        and DefenseKind.QUALIFIED_IMMUNITY not in defense.kinds
        and _NAMED_IMMUNITY_PRESERVED.search(defense.clause.text) is not None
        # (QI_TERM takes in "official immunity" too: only the doctrine's own name counts here)
        and "qualified immunity" not in defense.clause.text
    )


# "... applies to an action brought under this section", "... apply to actions brought under s."
_CITED_LAW_APPLIES = compile_pattern(
    r"\bappl(?:y|ies)\s+(?:in|to)\s+(?:an?|any|such|the|all|each)?\s*(?:actions?|claims?|suits?)\b"
)
# "Nothing in this section shall limit (affect, abrogate) ...": a savings clause.
_PRESERVED_BY_NOTHING = compile_pattern(
    r"(?:\bnothing\s+in\b[^.;]{0,120}?|\b(?:may|shall|does|do)\s+not\s+(?:be\s+construed\s+to\s+)?)"
    r"\b(?:limits?|affects?|abrogates?|waives?|impairs?|diminish(?:es)?|modif(?:y|ies)|alters?)\b"
)
_BROUGHT_UNDER_A_CITED_PROVISION = compile_pattern(
    r"\bbrought\s+under\s+(?:s[._]|sections?|article|chapter|title)\s*\d"
)
_ENACTED_BY_THIS_ACT = compile_pattern(
    r"\bas\s+enacted\s+by\s+(?:(?:section|part)\s+\w+\s+of\s+)?this\s+(?:act|bill)\b"
)
_NEGATION = compile_pattern(r"\b(?:not|no|neither|nor|never)\b")
_OTHER_OFFICIALS_ONLY = compile_pattern(
    r"\bimmunity\s+of\s+(?:a|any|the)\s+(?:judges?|judicial\s+officers?|prosecutors?|legislators?|members?\s+of\s+the"
    r"\s+(?:general\s+assembly|legislature))\b"
)
_POWER_TO_DECERTIFY = compile_pattern(
    # (or a bare imperative in a board's list of duties: "165.85 (3) (cm) 4. Decertify a law
    # enforcement officer against whom a final judgment has been entered")
    r"\W*(?:\d[\d._]*\s+)?(?:\(?\w{1,4}[)_.]\s*)*(?:to\s+)?(?:decertify|revoke|suspend)\b"
)
_MANDATE_STATED = compile_pattern(
    r"^\W*(?:decertification|revocation|suspension)\b[^.;]{0,60}?\b(?:is|shall\s+be)\s+mandatory\b"
)
_MANDATE_REACH = 200
_DISCIPLINARY_RECORD_OPENED = compile_pattern(
    r"\b(?:decisions?|records?|files?|reports?|findings?|outcomes?)\s+(?:in|of|from|relating\s+to)\s+(?:any|a|an|the|each)"
    r"\s+(?:disciplinary|decertification|termination)\b"
)
_MANDATE_GROUND_REACH = 600
# A suit's dismissal, not an officer's: "No action under this section shall be dismissed ...".
_SUIT_DISMISSED = compile_pattern(
    r"\b(?:actions?|claims?|suits?|cases?|complaints?|petitions?|proceedings?)\b[^.;,]{0,60}?"
    r"\b(?:shall|must|may)\s+(?:not\s+)?be\s+dismissed\b"
)
_LEVEL_LEFT_OUT = compile_pattern(
    r"\bthis\s+(?:act|section|chapter|article|subchapter|part|subtitle)\s+(?:does|shall)\s+not\s+apply\s+to\s+"
    r"(?P<excluded>(?:the|any|an?|each|every)\s+(?:state|commonwealth|county|counties|municipalit\w*|city|cities"
    r"|political\s+subdivisions?|local\s+governments?)\b[^.]{0,300})"
)
# "This section does not apply to a claim against State personnel, as defined in ...": the
# State's people left out, the local governments' kept.
_STATE_PEOPLE_LEFT_OUT = compile_pattern(
    r"\bthis\s+(?:act|section|chapter|article|subchapter|part|subtitle)\s+(?:does|shall)\s+not\s+apply\s+to\s+"
    r"(?:(?:an?\s+|any\s+)?claims?\s+against\s+(?:the\s+|any\s+|an?\s+)?(?:state|commonwealth)\s+"
    r"(?:personnel|employees?|officers?|officials?)\b"
    # ("This section does not apply to an officer or employee of the State of California or of
    # any state agency")
    r"|(?:an?\s+|any\s+)?(?:officers?|employees?|officials?)(?:,?\s+(?:or|and)\s+(?:officers?|employees?"
    r"|officials?|agents?))?\s+of\s+the\s+(?:state|commonwealth)(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
    # (the State as a whole, not one of its branches: "employees of the State judiciary")
    r"(?=\s*(?:,|;|\.|\bor\b|\band\b|$))(?![^.;]{0,80}?\b(?:count(?:y|ies)|cit(?:y|ies)"
    r"|municipal|political\s+subdivision|local)\b))"
)
_LETTERED_SUBSECTION = compile_pattern(r"(?<=\d)\.[a-z]{1,2}$")
_PUNITIVE_NOT_INDEMNIFIED = compile_pattern(
    r"\b(?:shall|need|is|are|must)\s+not\s+(?:be\s+)?(?:required\s+to\s+|obligated\s+to\s+)?"
    r"(?:indemnify|pay|reimburse)\b[^.;]{0,100}?\bpunitive\b"
    r"|\bno\s+(?:indemnification|payment)\b[^.;]{0,60}?\bpunitive\b"
)
# A waiver of the officer's share in a sentence of its own: "The employer may, in its discretion,
# waive or reduce the amount owed", "The court may excuse the payment for good cause".
_SHARE_WAIVABLE = compile_pattern(
    # ("may, in its sole discretion and without stating reasons, waive the officer's payment")
    # ("may, in that officer's sole discretion, waive the officer's personal contribution"; "may,
    # by resolution of its governing body, waive the personal liability of the officer under
    # subsection a.")
    r"\bmay,?\s+(?!not\b)(?:[\w'\u2019-]+,?\s+){0,8}?(?:waive|excuse|forgive|remit)\b"
    r"[^.;]{0,80}?\b(?:amount|payment|share|contribution|sum|it|obligation|percent|personal\s+liability)"
    # ("... is the personal obligation of the public employee, unless the governing body, in its
    # discretion, elects to assume and pay it")
    r"|\bunless\b[^.;]{0,120}?\b(?:elects?|chooses?|decides?|agrees?|votes?)\s+to\s+(?:assume|pay|indemnify"
    r"|satisfy)\b"
)
_WAIVER_REACH = 300
_NEXT_LABEL = compile_pattern(
    r"(?<!section)(?<!paragraph)(?<!division)(?<!clause)(?<!item)(?<!subdivision)"
    r"\s\([a-z0-9]{1,3}\)\s"
)


@lru_cache(maxsize=256)
def _citation_of_section(section: str) -> re.Pattern[str] | None:
    """A pattern for a citation of a numbered section ("under section 2", "required by sec.
    2") from its label ("Section 2"), or None when the label has no number."""
    label = _SECTION_LABEL_NUMBER.match(section)
    if label is None:
        return None
    return compile_pattern(
        r"\b(?:under|by|in|pursuant\s+to)\s+(?:section|sec[._]?)\s*"
        rf"{re.escape(label.group(1))}\b"
    )


# An exception that names people, not claims: "to an action against a member of the state
# highway patrol", "to an officer or employee of a political subdivision".
_EXCEPTS_PERSONS = compile_pattern(
    r"\b(?:not\s+(?:apply|extend)|only)\s+(?:to|in)\s+(?:an?\s+|any\s+)?(?:actions?|claims?|suits?)\s+against\b"
    r"|\b(?:not\s+(?:apply|extend)|only)\s+(?:to|in)\s+(?:an?|any|the)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:members?|officers?|employees?|officials?|deput(?:y|ies)|troopers?|agents?|teachers?|judges?)\b"
)
# The agent of the wrong in a plaintiff's clause: "a person who is deprived of a right by a
# covered official acting under color of law may bring ...".
_AGENT_OF_THE_WRONG = compile_pattern(
    # (not the source of the right: "secured by the Constitution or laws of this State by another
    # person acting under color of law")
    r"\b(?:deprived|injured|harmed|aggrieved|subjected)\b[^.;]{0,120}?\bby\s+"
    r"(?!the\s+(?:constitution|laws?|statutes?|bill\s+of\s+rights|declaration)\b)"
    r"(?P<agent>(?:an?|any|the|another)\s+[a-z][\w' -]{1,60}?)(?=\s+(?:acting|who|that|may|shall|under|in\s+violation)\b|,)"
)
_EXCEPTS_RIGHTS = compile_pattern(
    r"\b(?:articles?|sections?)\s+[\w_]+\b[^.;]{0,80}?\b(?:constitution|bill\s+of\s+rights|declaration\s+of\s+rights)\b"
    r"|\bright\s+to\s+(?!be\s+free\b)[a-z]"
)
_SECTION_NOT_APPLY_NEEDLES = (
    "not apply to an action",
    "not apply to any action",
    "not apply to a claim",
)
_SECTION_NOT_APPLY = compile_pattern(
    r"\bthis\s+(?:sub)?section\s+(?:does|shall)\s+not\s+apply\s+to\s+(?:an?|any)\s+(?:action|claim)s?\s+"
    r"(?:under|brought\s+under|pursuant\s+to)\b"
    # ("This paragraph does not apply to a claim, judgment, or settlement in an action under s.
    # 768.282", after the cap paragraph the bill restates)
    r"|\bthis\s+(?:sub)?(?:section|paragraph|division)\s+(?:does|shall)\s+not\s+apply\s+to\s+(?:an?|any)\s+"
    r"(?:action|claim)s?(?:,?\s+(?:or\s+)?(?:judgments?|settlements?|awards?))*,?\s+(?:in\s+(?:an?|any)\s+action\s+)?"
    r"(?:under|brought\s+under|pursuant\s+to)\b"
)
_OFFICERS_SHARE_EXCEPTED = compile_pattern(
    r"\bexcept\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:is|shall\s+be)\s+personally\s+liable\s+for\b"
)
_REMAINDER = compile_pattern(
    r"\b(?:remainder|balance|rest)\s+of\s+the\s+(?:judgment|judgement|award)"
)


_OFFICER_HEADS_SUBJECT = compile_pattern(
    r"[^\w(]*(?:\(\w{1,4}\)[^\w(]*)*(?:(?:the|an?|each|every|any|such)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:officers?|employees?|defendants?)\b"
)


def _only_denies_indemnity(body: str) -> bool:
    """Whether every indemnity the clause names is denied ("shall not indemnify", "no ... is
    entitled to indemnification") and no public payer is made to pay."""
    mentions = list(rx.finditer(r"\bindemnif\w*|\b(?:hold|save)\s+harmless", body))
    if not mentions or not all(
        # (not "may not refuse to indemnify": a double negative)
        rx.search(
            r"\b(?:not|no|never)\b(?:\s+(?!refus|declin|deny|withh|fail)\w+){0,3}\s*$",
            body[max(0, m.start() - 40) : m.start()],
        )
        for m in mentions
    ):
        return False
    return not any(
        lexicon.PUBLIC_PAYER.search(body, max(0, verb.start() - 60), verb.start())
        for verb in rx.finditer(r"\b(?:shall|must)\s+(?:pay|satisfy|assume)\b", body)
    )


def _officer_pays_own_share(body: str) -> bool:
    """'A peace officer found liable shall pay five percent of the judgment ..., unless ...':
    the officer's own share, not an indemnity (no payer but the officer before 'shall pay')."""
    if rx.search(r"indemnif|harmless", body):
        return False
    verbs = list(rx.finditer(r"\b(?:shall|must)\s+(?:personally\s+)?pay\b", body))
    if not verbs:
        return False
    # Each payer is named between the verb before and its own: "the officer shall pay 5% ...,
    # and the employing entity shall pay the remainder" names a public payer too.
    ends = [0] + [v.end() for v in verbs[:-1]]
    subjects = [body[end : v.start()] for end, v in zip(ends, verbs, strict=True)]
    # The officer heads the first subject ("A peace officer found liable shall pay"), not "the
    # agency employing the police officer shall pay".
    clause = rx.split(r"[,;:]", subjects[0])[-1]  # "If a judgment is entered ..., the officer"
    if rx.search(r"\b(?:fund|trust|pool|account|insurer|surety|program)\s*$", clause):
        return False  # "the officer liability fund shall pay": the fund pays, not the officer
    return _OFFICER_HEADS_SUBJECT.match(clause) is not None and not any(
        lexicon.PUBLIC_PAYER.search(subject) for subject in subjects
    )


# A defendant that is one government entity (or a list of entities of one level): "the State",
# "a municipal corporation or county", "every political subdivision of this state".
_ANSWERING_ENTITY = compile_pattern(
    r"\W*(?:(?:the|a|an|any|each|every)\s+)?(?:"
    # ("any state department, institution, or agency": the State's own bodies)
    r"(?:state|commonwealth)\s+(?:departments?|institutions?|agenc(?:y|ies))(?:\s*,\s*(?:(?:or|and)\s+)?"
    r"(?:departments?|institutions?|agenc(?:y|ies)|boards?|commissions?))*"
    r"(?:,?\s+(?:or|and)\s+(?:departments?|institutions?|agenc(?:y|ies)|boards?|commissions?))?"
    r"|(?:state|commonwealth)(?:\s+of\s+[a-z]+)?"
    r"|municipal\s+corporations?|municipalit(?:y|ies)|count(?:y|ies)|cit(?:y|ies)|towns?|villages?"
    r"|townships?|boroughs?|political\s+subdivisions?(?:\s+of\s+(?:this|the)\s+(?:state|commonwealth))?"
    # ("every local governmental entity", "a local public entity"; a bare "public entity" is
    # read by its definition, which may take in the State)
    r"|local\s+(?:governmental|government|public)\s+entit(?:y|ies)"
    r"|units?\s+of\s+local\s+government|local\s+governments?|school\s+(?:boards?|districts?|units?))"
    r"(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+(?:(?:the|a|an|any|each|every)\s+)?)?"
)
_STATE_ENTITY = compile_pattern(r"\b(?:state|commonwealth)\b(?!\s+(?:agenc|department))")
_STATE_BODIES = compile_pattern(
    r"\W*(?:(?:the|a|an|any|each|every)\s+)?(?:state|commonwealth)\s+(?:departments?|institutions?|agenc)"
)
_OF_THE_STATE = compile_pattern(r"\s+of\s+(?:this|the)\s+(?:state|commonwealth)\b")
# Whose wrong the entity answers for: "for the deprivation by any of its employees", "deprived
# of a right ... by a law enforcement officer employed by the county", "violated by an employee".
_WRONG_DONE_BY = compile_pattern(
    r"\b(?:deprivation|deprived|violated|infringed|caused|committed)\b[^.;]{0,200}?"
    rf"{_BY_NOT_A_RIGHTS_SOURCE}\bby\s+"
    # ("caused by the deprivation of a right ... by its officers": the wrong, then who did it)
    r"(?!(?:the|a|an|any)\s+(?:deprivation|violation|infringement|denial)\b)"
    r"(?P<who>(?:an?|any|the|its|their|each|every)\b[^,.;]{2,100}?"
    # ("by an officer, employee, or agent of the state": the whole list, and whose they are)
    r"(?:,\s*(?:(?:or|and)\s+)?(?:an?\s+)?(?:officers?|employees?|agents?|officials?|servants?"
    r"|deput(?:y|ies))\b[^,.;]{0,100}?)*)"
    r"(?=\s*(?:,|\bacting\b|\bwho\b|\bwhile\b|\bunder\s+colou?r\b|\bof\s+(?:a|any|the)\s+rights?\b"
    r"|\bin\s+violation\b|$))"
)


# ("The state shall be liable to any person whom any of its officers or employees, acting under
# color of law, deprives of any right")
_WRONG_DONE_BY_WHOM = compile_pattern(
    r"\bwhom\s+(?P<who>(?:an?|any|the|its|their|each|every)\b[^,.;]{2,100}?)"
    r"(?=\s*(?:,|\bacting\b|\bwhile\b|\bunder\s+colou?r\b|\bdeprives?\b|\bsubjects?\b))"
)


_LEFT_OUT_OF_DEFINITION = compile_pattern(
    r"\b(?:(?:does|shall)\s+not\s+include|other\s+than|except|excluding)\b[^.;]*"
)
_TIED_TO_AN_EMPLOYER = compile_pattern(
    r"\b(?:its|their|employ\w*|of\s+(?:the|this|that|such|a|an|any)|state|commonwealth|county"
    r"|counties|municipal\w*|city|cities)\b"
)
_PEOPLE_WORD = compile_pattern(
    r"\b(?:officers?|employees?|agents?|members?|officials?|deput(?:y|ies)|troopers?|police"
    r"|sheriffs?|constables?|persons?|individuals?|servants?)\b"
)


def _against_a_public_body_only(defendants: str | None) -> bool:
    """Whether a claim's defendants are public bodies only ("the State agency", "a law
    enforcement agency", "the public employer"), with no officer, employee or other person."""
    return (
        defendants is not None
        and lexicon.PUBLIC_ENTITY.search(defendants) is not None
        and _PEOPLE_WORD.search(defendants) is None
    )


def _role_of_answering_entity(phrase: str, body: str, defined: str = "") -> Role | None:
    """The class a claim against a government entity reaches, read from whose wrongs the entity
    answers for and from the entity's level of government; None when the defendants are not
    entities of one level, or the clause does not say whose wrongs they answer for."""
    entities = phrase.strip()
    end = 0
    while end < len(entities) and (m := _ANSWERING_ENTITY.match(entities, end)) and m.end() > end:
        end = m.end()
    if not entities or end < len(entities.rstrip(" ,.;")):
        return None  # an officer, an agency, or another kind of defendant is named too
    # ("every political subdivision of this state": the state names where, not who)
    # (a defined entity is read by its definition: '"Commonwealth" includes every county, city,
    # town ... and every agency of the Commonwealth' is both levels)
    # (and what it leaves out is not part of it: "... and does not include the state")
    defined = _LEFT_OUT_OF_DEFINITION.sub(" ", defined)
    levels = _OF_THE_STATE.sub(" ", f"{entities} {defined}")
    state = bool(_STATE_ENTITY.search(levels) or _STATE_BODIES.match(entities))
    local = bool(_LOCAL_EMPLOYER.search(levels) or "school" in levels)
    if state == local:
        return None  # both levels, or neither: no narrowing by level
    wrongdoers = _WRONG_DONE_BY.search(body) or _WRONG_DONE_BY_WHOM.search(body)
    if wrongdoers is None:
        return None
    who = wrongdoers.group("who")
    if not _PEOPLE_WORD.search(who):
        return None  # ("caused by a policy, custom, or practice", "by a pothole"): no one's wrong
    if not _TIED_TO_AN_EMPLOYER.search(who):
        return None  # ("by any person acting under color of law": anyone's, at any level)
    # ("an officer or employee of the municipality", "its officers": public officers, not police)
    general = rx.sub(
        # ("an officer, employee, or agent of the state")
        r"\b(?:(?:its|their)\s+)?officers?(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)"
        r"(?:an?\s+)?employees?\b"
        rf"|\b(?:its|their)\s+{_THEN_AND_NOW}officers?\b",
        " employees ",
        who,
    )
    if lexicon.POLICE_TERM.search(general):
        # (a law enforcement officer it employs, a member of the state police: one level's police)
        return Role.POLICE_NARROW
    return Role.STATE_ONLY if state else Role.LOCAL_ONLY


_SUBJECT_TO_DISCIPLINE_ONLY = compile_pattern(
    r"\b(?:shall|must|is|are)\s+(?:be\s+)?subject\s+to\s+(?:appropriate\s+|such\s+)?(?:disciplinary\s+action|discipline)\b"
    r"(?![^.;]{0,120}?\b(?:shall|must)\s+(?:revoke|suspend|decertify|terminate|impose|dismiss|discharge)\b)"
)
_LIABILITY_SUBJECT_TO_LIMITS = compile_pattern(
    r"\bliability\s+under\s+this\s+(?:section|subchapter|chapter|article|act)\s+(?:is|shall\s+be)\s+"
    r"subject\s+to\s+the\s+(?:[\w-]+\s+)?(?:limits|limitations|caps?)\b"
)
_GOVERNMENT_NOT_LIABLE_FOR_MALICE = compile_pattern(
    r"\bis\s+not\s+liable\b[^.;]{0,120}?\b(?:actual\s+malice|malice|bad\s+faith|wil+ful|wanton|criminal)"
)
# Liability for what someone else does: "caused by an officer or employee of ...", "committed by
# any law-enforcement officer it employs", "caused by its employees".
# ("liable to a person who is deprived of a right secured by the state constitution by a law
# enforcement officer employed by that governmental agency": the same, said of the person wronged)
# ("... by the acts of any of its law enforcement officers")
_CAUSED_BY_ITS_PEOPLE = compile_pattern(
    r"\b(?:caused|committed|done|(?:deprived|deprivation)\b[^.;]{0,200}?),?\s+by\s+(?:the\s+(?:acts?|conduct|omissions?)\s+"
    r"(?:(?:or|and)\s+omissions?\s+)?of\s+(?:any\s+of\s+)?)?(?:an?|any|its|the|one\s+of\s+its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:officers?|employees?|agents?|deputies)\b"
    # ("an action against the state agency, county, city, or town whose law enforcement officers
    # or jail staff arrested or held the person": the government whose people did the wrong)
    r"|\bwhose\s+(?:[\w-]+\s+){0,3}?(?:officers?|employees?|agents?|deputies|staff)\b"
)


def _employer_among(defendants: str) -> bool:
    """Whether an employer is itself among the defendants: "a law enforcement agency or its
    officer" yes, "an officer or employee of a political subdivision" no (there the
    subdivision only says whose employees are liable)."""
    return any(
        not rx.search(r"\b(?:of|by|for|with|within)\s+(?:\w+\s+){0,3}$", defendants[: m.start()])
        # (nor in a list of employers after "officer or employee of": "of the state or of any
        # county, city, ... or public corporation")
        and not rx.search(
            # ("any employee, as defined in section 6-902(4), Idaho Code, of the state or of any
            # city")
            r"\b(?:officers?|employees?|agents?|officials?)(?:,\s*as\s+defined\s+(?:in|by|under)\s+"
            r"[^;]{1,80}?,)?\s+(?:of|employed\s+by|for)\b",
            defendants[: m.start()],
        )
        for m in lexicon.EMPLOYER_DEFENDANT.finditer(defendants)
    )


_DEBT_THEN_DUTY = compile_pattern(
    r"[^.;]{0,70}?(?:,\s*which|\band)\s+(?:shall|must)\s+(?:pay|be\s+paid|satisfy|be\s+satisfied)\b"
)


_ONLY_AS_ANOTHER_LAW_ALLOWS = compile_pattern(
    r"^[^.;]{0,80}?\bonly\s+(?:to\s+the\s+extent|as\s+(?:far\s+as\s+)?(?:authorized|allowed|permitted|provided))\b"
)


def _mandatory_indemnity(body: str) -> bool:
    """'shall indemnify', 'shall be satisfied by', without an optional 'may' governing it.

    A sentence that makes indemnity optional for employees and mandatory for someone else
    ("employers may indemnify employees, and the commonwealth shall indemnify persons holding
    office under the constitution") guarantees nothing to officers: there the mandatory duty
    counts only when what follows it names officers or employees. "No such employee ... shall
    be indemnified" is a carve-out, never a duty.
    """
    # ("The local agency or the Commonwealth, as the case may be, shall pay the full amount")
    body = _AS_THE_CASE_MAY_BE.sub(" ", body)
    mixed = rx.search(r"\bmay\s+(?:\w+\s+)?indemnif", body)
    for match in lexicon.INDEMNITY.finditer(body):
        before = body[max(0, match.start() - 120) : match.start()]
        governing = before + match.group(0)
        after = body[match.end() : match.end() + 80]
        optional = rx.search(r"\bmay\b(?!\s+not)[^.;]{0,40}$", before) or rx.search(
            # "shall determine, in its discretion, whether to indemnify": a choice, not a duty.
            r"\bdiscretion\b[^.;]{0,60}$|\b(?:whether|elects?|chooses?|decides?)\s+(?:or\s+not\s+)?to\s+$",
            before,
        )
        if rx.search(r"\bno\s+(?:[\w-]+\s+){1,4}?(?:shall|may|must|will)\s+(?:\w+\s+)?$", before):
            continue  # "No public entity shall indemnify ...": forbidden, not required
        if rx.search(r"\bshall be$", before.rstrip()) and rx.search(
            r"\bno (?:such )?(?:\w+ ){0,2}?\w+s?\b[^.;]{0,200}$",
            body[max(0, match.start() - 260) : match.start()],
        ):
            continue
        if mixed and not lexicon.INDEMNIFIED_OFFICER.search(body[match.end() : match.end() + 60]):
            continue
        # "The employing agency is answerable for the whole of any judgment": a duty, in the
        # indicative. So is a refusal forbidden ("may not refuse to indemnify") and a payment
        # declared an obligation ("is an obligation of the employing agency", "It shall be the
        # obligation of the employing agency to hold the officer harmless").
        if rx.search(
            r"\b(?:shall|must|bears|(?:is|are) (?:required to|answerable|responsible))\b(?!\s+not)"
            # ("is empowered and directed to pay any tort judgment")
            r"|\b(?:is|are)\s+(?:empowered\s+and\s+)?(?:directed|obligated|bound)\s+to\s+pay\b"
            # ("A judgment ... is enforceable against the treasury of the public body")
            r"|\b(?:is|are)\s+enforceable\s+against\b"
            r"|\b(?:may|shall|must)\s+not\s+(?:refuse|decline|fail)\s+to\b"
            r"|\b(?:is|are)\s+(?:an?\s+|the\s+)?obligations?\s+of\b"
            # ("The employing agency is liable for any judgment under this section")
            r"|\b(?:is|are|shall\s+be)\s+liable(?:,\s+jointly[^,.;]{0,80},)?\s+for\s+(?:any|a|the|all|each|every)\s+"
            r"(?:final\s+)?judg"
            # "Nothing in this section relieves the employer of its duty to pay".
            r"|\b(?:nothing|no\s+provision)\b[^.;]{0,80}?\breliev\w*\b",
            governing,
        ):
            # (not "is liable for a judgment ... only to the extent that Chapter 101 authorizes
            # liability": what another law allows, which may be nothing)
            if not optional and not _ONLY_AS_ANOTHER_LAW_ALLOWS.search(after):
                return True
        elif rx.match(r"\w*\s+(?:\w+\s+){0,3}?(?:shall|must)\b(?!\s+not)", after) and not optional:
            return True
        elif _DEBT_THEN_DUTY.match(after) and not optional:
            # "... is a debt of the officer's employer, which shall pay the whole of it"; "is a
            # debt of the state ... and shall be paid in full".
            return True
    return False


def _mandatory_share(body: str) -> bool:
    """'The officer shall be personally liable for 5%', not 'the employer may seek 5%'."""
    discretionary = lexicon.DISCRETIONARY_SHARE.search(body)
    if discretionary is None:
        return True
    if _OFFICER_SHALL_PAY_SHARE.search(body, 0, discretionary.start()):
        # "the person shall pay five per cent of the judgment ...; but if that amount remains
        # unpaid, the employer shall pay it and may recover it from the person": the share is
        # owed; only the employer's recovery of what it advanced is left to it.
        return True
    # A "shall" that governs the share, not another duty joined before it ("The employer shall
    # pay any judgment and may thereafter seek contribution from the officer").
    duties = list(rx.finditer(r"\b(?:shall|must)\b(?!\s+not)", body[: discretionary.start()]))
    return bool(duties) and not rx.search(
        r"\band\b|\bbut\b|;", body[duties[-1].end() : discretionary.start()]
    )


_MISCONDUCT_FILES = compile_pattern(
    r"\b(?:personnel|investigat\w*|complaints?|misconduct|disciplin\w*)\b"
)
_AMOUNT_PAID_BEFORE = compile_pattern(
    r"\b(?:amounts?|sums?|totals?)\s+(?:\w+\s+){0,3}?(?:paid|spent)\b[^.;,]{0,60}$"
)


def _discloses_amounts_only(body: str) -> bool:
    """True when what a clause opens is the sums paid ("the amount paid in settlement of any
    claim"), not the settlements, judgments or complaints themselves."""
    objects = list(lexicon.RECORDS_OBJECT.finditer(body))
    return bool(objects) and all(
        _AMOUNT_PAID_BEFORE.search(body[max(0, m.start() - 90) : m.start()]) for m in objects
    )


_IMPEACHMENT_LIST = compile_pattern(
    r"\bimpeachment\s+(?:disclosure\s+)?(?:information|material)\b|\bbrady\s+(?:list|disclosures?)\b|\bgiglio\b"
    r"|\blist\s+of\s+(?:[\w-]+\s+){0,2}?officers\b[^.;]{0,80}?\bcredibility\b"
)
_OTHER_MISCONDUCT_RECORDS = compile_pattern(
    r"\bcomplaints?\b|\bsettlements?\b|\bjudgments?\b|\bdisciplin|\binvestigations?\b"
)


def _discloses_some_records_only(body: str) -> bool:
    """True when a clause opens records of one kind of incident only (complaints alleging deadly
    force, the use-of-force report of the incident) and no misconduct, settlement or judgment
    records in general."""
    if _IMPEACHMENT_LIST.search(body) and not _OTHER_MISCONDUCT_RECORDS.search(
        _IMPEACHMENT_LIST.sub(" ", body)
    ):
        # "the list of peace officers about whom the prosecuting attorney holds potential
        # impeachment disclosure information": names on a list, not the records themselves.
        return True
    if lexicon.WITHOUT_NAMES.search(body) or lexicon.CONDITIONAL_DISCLOSURE.search(body):
        # totals and counts with no officer named: not the records themselves; records opened
        # only on a condition ("only if the discipline imposed was termination")
        return True
    if _ABOVE_AN_AMOUNT.search(body):
        # "... the terms of any settlement or judgment under this section in which the amount
        # paid exceeds $250,000": the large ones only.
        return True
    narrow = lexicon.SOME_RECORDS_ONLY.search(body)
    if narrow is None:
        return False
    broad = rx.search(r"misconduct|settlements?|disciplin|judgments?\b", body[: narrow.start()])
    return broad is None


_AFTER_A_JUDGMENT = compile_pattern(
    r"\b(?:after|following|upon)\s+(?:the\s+|a\s+|any\s+)?(?:entry\s+of\s+(?:a\s+|the\s+|any\s+)?)?(?:final\s+)?"
    r"judgments?\b"
    # ("Not later than 30 days after service of a complaint in an action under this chapter"):
    # the pleading that starts the clock, not a complaint of misconduct released.
    r"|\b(?:after|following|upon)\s+(?:the\s+)?(?:service|filing)\s+of\s+(?:a|the)\s+complaint\b"
    r"|\bafter\s+(?:a|the)\s+complaint\b[^.;,]{0,40}?\b(?:is|was|has\s+been)\s+(?:served|filed)\b"
)


_ABOVE_AN_AMOUNT = compile_pattern(
    r"\b(?:settlements?|judgments?|payments?|awards?|amounts?(?:\s+paid)?)\b[^.;]{0,80}?\b(?:exceeds?|exceeding"
    r"|of\s+more\s+than|more\s+than|in\s+excess\s+of|greater\s+than|over|at\s+least)\s+"
    # ("exceeds fifty thousand dollars ($50,000)")
    r"(?:\$|(?:[a-z]+[\s-]+){1,4}?(?:thousand|million|hundred)\s+dollars\b)"
    # ("any settlement ... in an amount of fifty thousand dollars ($50,000) or more")
    r"|\b(?:settlements?|judgments?|payments?|awards?)\b[^.;]{0,80}?\b(?:amount|sum)\b[^.;]{1,60}?\bor\s+"
    r"(?:more|greater|above)\b"
)
_RELEASE_VERB = compile_pattern(
    r"\b(?:shall|must)\s+(?:release|publish|disclose|post|make\s+(?:publicly\s+)?available|make\s+public"
    r"|provide)\b"
)


# A policy statement whose second clause states a duty to disclose.
_POLICY_THEN_DUTY = compile_pattern(
    r"\bit\s+is\s+the\s+policy\b[^.;]{0,300}?,\s+and\s+(?:an?|the|each|every)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shall|must)\s+(?:disclose|release|publish|make|provide|post)\b"
)


def _discloses_recordings_only(body: str) -> bool:
    """True when what a clause opens to the public is recordings (body or dash cameras)."""
    recording = lexicon.BODY_CAMERA_ONLY.search(body)
    if not recording:
        return False
    # (a judgment named as when the release falls due, "within 30 days after a final judgment
    # in an action under this Article", is not a record released; blanked, offsets kept)
    body = _AFTER_A_JUDGMENT.sub(lambda m: " " * len(m.group(0)), body)
    # "If a complaint of misconduct is filed, the agency shall release all recordings of the
    # incident to the public": what the verb releases is the recordings.
    verb = _RELEASE_VERB.search(body)
    if verb is not None:
        released = lexicon.RECORDS_OBJECT.search(body, verb.end())
        if released is not None and lexicon.BODY_CAMERA_ONLY.match(body, released.start()):
            return True
    substantive = rx.search(r"complaint|misconduct|settlement|judg|disciplin", body)
    return substantive is None or recording.start() < substantive.start()
