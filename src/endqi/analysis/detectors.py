"""One detector per rubric criterion, reading the bill's legal facts.

Each detector reads the :class:`~endqi.analysis.clauses.Reading` of a bill (its
claims, defense rules, caps, indemnities, fee awards, accountability and
disclosure clauses, each with the sentence it was read from) and returns a
:class:`Decision`: verdict, an explanation built from the facts, a confidence
and the clauses the verdict rests on. A bill that creates or changes no civil
claim or immunity of public officers scores "no" on every criterion.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from endqi import regex_cache as rx
from endqi.analysis import lexicon
from endqi.analysis.clauses import (
    Cap,
    Claim,
    DefenseKind,
    DefenseRule,
    Indemnity,
    Reading,
    Rights,
    Role,
    bystander_is_the_whole_wrong,
    conditioned_on_force_or_search,
    is_heading_only,
    is_operative,
    lifts_in_part,
    limits_kept_immunity_set_aside,
    rights_of,
    role_of,
)
from endqi.analysis.literals import LiteralGate
from endqi.analysis.state_law import (
    DamageCapLaw,
    cites_civil_rights_act,
    damage_cap_law,
    has_civil_rights_act,
)
from endqi.analysis.text import AnalysisText, Sentence
from endqi.regex_cache import compile_pattern
from endqi.rubric import Verdict


@dataclass(frozen=True, slots=True)
class Decision:
    """A detector's answer before it is turned into a CriterionResult."""

    verdict: Verdict
    explanation: str
    confidence: float
    evidence: Sequence[Sentence] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Context:
    """What every detector may read."""

    reading: Reading
    state: str | None

    @property
    def text(self) -> AnalysisText:
        """The analysis copy of the bill."""
        return self.reading.text

    @property
    def federal(self) -> bool:
        """A bill of Congress read without a state: its constitution is the federal one."""
        return self.state in (None, "US") and self.reading.is_act_of_congress


_DISTRICT_LAW = compile_pattern(
    r"\blaws? of the district\b|\bcouncil of the district\b|\bdistrict of columbia (?:official )?code\b"
    r"|\bd_c_ (?:official )?code\b"
)


def _district_of_columbia(context: Context) -> bool:
    """A bill of the District of Columbia: given as DC, or naming the District's own law."""
    if context.state == "DC":
        return True
    return context.state is None and bool(_DISTRICT_LAW.search(context.text.lowered))


def _first(sentences: Sequence[Sentence], limit: int = 2) -> tuple[Sentence, ...]:
    """The first ``limit`` distinct sentences (a bill may repeat a clause word for word)."""
    unique: dict[str, Sentence] = {}
    for sentence in sentences:
        unique.setdefault(sentence.text, sentence)
    return tuple(unique.values())[:limit]


def _clauses(facts: Sequence[Claim | DefenseRule]) -> list[Sentence]:
    return [fact.clause for fact in facts]


# (Worded so that it stays true of a text that gives officers an immunity for one act, such as
# an arrest in good faith: it opens no claim and bars no defense.)
NOT_ABOUT_OFFICERS = (
    "The bill opens no civil claim against public officers for violating rights and bars none "
    "of their immunities from one, so it does nothing toward this criterion."
)


DESCRIBES_A_BILL = (
    "This document describes a bill (an analysis, fiscal note, report, memorandum or message); "
    "it enacts nothing itself, so it does nothing toward this criterion."
)


def describes_a_bill() -> Decision:
    """The verdict on every criterion for a document that only describes a bill."""
    return Decision(Verdict.NO, DESCRIBES_A_BILL, 0.85)


AMENDMENT_NOT_ADOPTED = (
    "This document is a proposed amendment that the record shows was not adopted (rejected, "
    "lost or withdrawn); what it would have inserted is not law, so it does nothing toward this "
    "criterion."
)


def amendment_not_adopted() -> Decision:
    """The verdict on every criterion for an amendment the record shows was not adopted."""
    return Decision(Verdict.NO, AMENDMENT_NOT_ADOPTED, 0.8)


def not_about_officers() -> Decision:
    """The verdict on every criterion for a bill unrelated to officers' civil liability."""
    return Decision(Verdict.NO, NOT_ABOUT_OFFICERS, 0.9)


CAPS_OF_OTHER_CLAIMS = (
    "The bill changes only the limits on the government's liability for tort claims in general; "
    "it creates no claim against officers for depriving people of rights and changes no rule on "
    "their immunity, so no criterion is met."
)


def caps_of_other_claims(reading: Reading) -> Decision:
    """The verdict on every criterion for a bill whose only change to public liability is a
    cap on tort claims in general, none about claims for deprivation of rights; the caps
    quoted."""
    return Decision(
        Verdict.NO, CAPS_OF_OTHER_CLAIMS, 0.7, _first([cap.clause for cap in reading.caps])
    )


OUTSIDE_THE_LIMITS = (
    "The bill changes officers' civil liability only through the limits on the government's tort "
    "liability; this clause lies outside those limits' provisions, so it does nothing toward "
    "this criterion."
)


def outside_the_limits(decision: Decision, reading: Reading) -> Decision:
    """``decision`` for a bill that changes only the limits on public liability (a tort claims
    act's caps): kept when its evidence lies in a section of those limits (the act's own
    indemnity rule, say), else "no": the bill's other fee, indemnity, discipline or records rules
    serve other claims."""
    if decision.verdict is Verdict.NO:
        return decision
    section_end = reading.text.document.section_end
    cap_sections = {section_end(cap.clause.start) for cap in reading.caps}
    if any(section_end(s.start) in cap_sections for s in decision.evidence):
        return decision
    return Decision(Verdict.NO, OUTSIDE_THE_LIMITS, 0.7)


# A bar that names the one section it rules on ("In an action brought under section 670A.2").
_BAR_OF_A_NAMED_SECTION = compile_pattern(
    r"\b(?:under|pursuant\s+to)\s+(?:section|sec_?|§)\s*\d[\w_.-]*"
)
# Wider classes first: the widest class a bill's claims and bars reach decides coverage.
_ROLE_ORDER = (
    Role.BROAD,
    Role.BROAD_EXCEPT_SOME_POLICE,
    Role.BROAD_EXCEPT_POLICE,
    Role.STATE_ONLY,
    Role.LOCAL_ONLY,
    Role.FEDERAL_ONLY,
    Role.POLICE_AND_OTHERS,
    Role.POLICE,
    Role.POLICE_NARROW,
    Role.ELECTED,
)


@dataclass(frozen=True, slots=True)
class Coverage:
    """The widest class of defendant the bill's claims and immunity bars reach."""

    role: Role
    phrase: str | None
    clauses: tuple[Sentence, ...]
    inferred: bool  # read from elsewhere in the bill, not from the claim or bar itself


_BARE_OFFICER = compile_pattern(r"\s*(?:an?|any|the|each|every|such)\s+officers?\s*")
# A bar of the liability a claim of the bill creates: "from liability under subsection (a)",
# "in an action under this section".
_BAR_OF_THE_CLAIM = compile_pattern(
    r"\b(?:liability|an?\s+action|a\s+claim|actions|claims)\s+(?:brought\s+)?(?:under|pursuant\s+to)\s+(?:this\s+(?:section|act"
    r"|chapter|subchapter)|(?:sub)?(?:section|division|paragraph)\s+\(?\w{1,6}\)?)"
)


_LIABLE_FOR_ACTS_OF = compile_pattern(
    r"\b(?:liable|responsible|answerable)\s+for\s+the\s+(?:acts?|conduct|omissions?|violations?)"
    r"(?:\s+(?:or|and)\s+omissions?)?\s+of\s+(?:that|the|such|its|any|their)\b"
)


# "the political subdivision that employs the local peace officer", "the agency employing
# the officer": a defendant named as the employer of an officer the bill names elsewhere.
_EMPLOYER_OF_THE_OFFICER = compile_pattern(
    r"\s*,?\s*(?:(?:that|which)\s+(?:employs?|employed|commissions?|commissioned)"
    r"|employing|commissioning|\bemployer\s+of)\s+(?:the|that|such)\s+(?:\w+\s+){0,3}?"
    r"(?:officers?|employees?|deputy|deputies|members?)\b"
)
_OFFICER_NOUN = compile_pattern(
    r"\b(?:officers?|deput(?:y|ies)|troopers?|sheriffs?|constables?|marshals?|agents?)\b"
)
# A claim between governments for their shares of a judgment is no claim of the injured.
_FOR_CONTRIBUTION = compile_pattern(r"\bfor\s+contribution\b")


# Whose acts a government named as the one liable answers for: "by the acts of any of its law
# enforcement officers", "caused by a law enforcement officer employed by the public body".
# (the whole list of them, to where what they do begins: "any of its officers, employees or
# agents, including police officers, acting under color of law")
_ITS_PEOPLE = compile_pattern(
    # (or "liable for the deprivation, by a law enforcement officer employed by the public
    # entity, of ..."; "A public entity that employs a peace officer ... is liable to any person
    # who is deprived by the peace officer")
    r"\b(?:(?:acts?|conduct|omissions?|violations?)\s+of|(?:caused|committed|done|deprived|injured)\s+by"
    r"|(?:deprivation|violation)\s*,?\s+by|(?:that|which)\s+employs)\s+"
    r"(?P<people>(?:any\s+of\s+|one\s+of\s+)?(?:its|their|the|an?|any|such)\s+[^.;]{0,160}?)"
    r"(?=,?\s+(?:acting|who|while|when|that|under|within|in\s+the\s+(?:course|scope))\b|,\s+of\b|[.;]|$)"
)
_OTHER_PEOPLE = compile_pattern(r"\b(?:employees?|agents?|officials?|persons?|individuals?)\b")
_PEOPLE_TAIL = compile_pattern(
    r",?\s+(?:including|employed\s+by|appointed\s+by|commissioned\s+by|as\s+(?:described|defined)\s+in"
    r"|(?:is|are|shall|may)\s)\b"
)


def _through_its_people(claim: Claim) -> Claim:
    """A claim against a government for what its officers do, read as reaching those officers'
    class when they are police (a government answering for every employee stays as it is)."""
    defendants = claim.defendants or ""
    if (
        claim.role is not Role.BROAD
        or not lexicon.GOVERNMENT_NAMED_FIRST.match(defendants)
        # (individuals sued beside the government: "any political subdivision, state agency, or
        # officer or employee of either")
        or _OTHER_PEOPLE.search(defendants)
        or _OFFICER_NOUN.search(defendants)
    ):
        return claim
    people = _ITS_PEOPLE.search(claim.clause.text)
    if people is None:
        return claim
    # (who they are, without what follows: "..., including police officers", "... employed by
    # the public body")
    named = _PEOPLE_TAIL.split(people.group("people"), maxsplit=1)[0]
    # (police named as such, and no one else: "its officers, employees or agents" are everyone)
    if not lexicon.POLICE_TERM.search(named) or _OTHER_PEOPLE.search(named):
        return claim
    role = role_of(named)
    if role not in (Role.POLICE, Role.POLICE_NARROW):
        return claim
    return replace(claim, role=role)


def _employer_of_the_officer(claim: Claim) -> bool:
    """Whether the claim's defendant is named as the employer of an officer named elsewhere
    ("the political subdivision that employs the local peace officer"), or the claim is one
    for contribution between the governments that paid."""
    if _FOR_CONTRIBUTION.search(claim.clause.text):
        return True
    named = claim.defendants or ""
    if not named:
        return False
    # ("a peace officer, and the public body employing the peace officer": the pair answers
    # for the officer's conduct, and the officer's class is named by another claim or bar)
    if _EMPLOYER_OF_THE_OFFICER.search(named):
        return True
    start = claim.clause.text.lower().find(named.lower())
    if start < 0:
        return False
    following = claim.clause.text[start + len(named) : start + len(named) + 90]
    return bool(_EMPLOYER_OF_THE_OFFICER.match(following))


def _claims_the_bars_name(reading: Reading) -> frozenset[Sentence] | None:
    """The clauses of the claims the bill's bars name by section ("an action under section 2
    or 3"); None when a bar names none (it reaches every claim) or there is no bar."""
    bars = [b for b in reading.bars if not b.struck]
    named: set[Sentence] = set()
    for bar in bars:
        reached = reading.claims_reached_by(bar)
        if reached is None:
            return None
        named.update(c.clause for c in reached)
    return frozenset(named) if bars else None


def _the_named_if_any(claims: list[Claim], named: frozenset[Sentence] | None) -> list[Claim]:
    """The claims among ``claims`` whose clauses the bars name (see :func:`_claims_the_bars_name`),
    or all of them when the bars name none of these."""
    if named is None:
        return claims
    return [c for c in claims if c.clause in named] or claims


_SUCH_A_RIGHT = compile_pattern(r"\b(?:such|the\s+same)\s+(?:a\s+)?rights?\b")


def _police_claim_beside_the_rest(reading: Reading, claims: Sequence[Claim]) -> Coverage | None:
    """Who is reached when one claim lies against the police and another against every other
    public employee ("other than a law enforcement officer"), the bars reaching both: every
    public employee; or against the employees of one level of government: the police and some
    others. None when the bill has no such pair (``claims`` are those the bars reach)."""
    except_police = [c for c in claims if c.role is Role.BROAD_EXCEPT_POLICE]
    # (a claim for a wrong to rights: not "a local government may bring an action against a peace
    # officer to recover wages", nor "if a final judgment finds that a police officer is liable")
    # (or for "such a right", the rights the claim before it names)
    police = [
        c
        for c in claims
        if c.role in (Role.POLICE, Role.POLICE_AND_OTHERS)
        and (c.rights is not Rights.UNSTATED or _SUCH_A_RIGHT.search(c.clause.text))
    ]
    some_police = [
        c for c in claims if c.role is Role.POLICE_NARROW and c.rights is not Rights.UNSTATED
    ]
    if except_police and some_police and not police and reading.bars:
        # (the police claim narrowed, as by "Nothing in this act affects the immunity of an
        # employee of a county": every public employee but some police)
        return Coverage(
            Role.BROAD_EXCEPT_SOME_POLICE,
            f"{some_police[0].defendants} and {except_police[0].defendants}",
            tuple(_clauses(some_police + except_police)),
            False,
        )
    if not police or not reading.bars:
        return None
    if except_police:
        return Coverage(
            Role.BROAD,
            f"{police[0].defendants} and {except_police[0].defendants}",
            tuple(_clauses(police + except_police)),
            False,
        )
    # ("Sec. 2. A peace officer ... shall be liable"; "Sec. 5. Any person employed by the State of
    # Nebraska ... shall be liable": every police officer, and the State's other employees)
    one_level = [c for c in claims if c.role in (Role.STATE_ONLY, Role.LOCAL_ONLY)]
    # (officers sued as such, not a government answering for them or a bystander's failure)
    sued_as_officers = [
        c
        for c in police
        if _OFFICER_NOUN.search(c.defendants or "")
        and not c.fails_to_prevent
        and not _employer_of_the_officer(c)
    ]
    if one_level and sued_as_officers:
        return Coverage(
            Role.POLICE_AND_OTHERS,
            f"{sued_as_officers[0].defendants} and {one_level[0].defendants}",
            tuple(_clauses(sued_as_officers + one_level)),
            False,
        )
    return None


def coverage(reading: Reading) -> Coverage:
    """Who the bill's liability and immunity bars reach."""
    # The claims and the bars that name their defendants decide; a bar's role read from the
    # rest of its sentence counts only when nothing names the defendants.
    claimed = [c for c in reading.public_claims if c.role.public]
    # "An officer who fails to intervene ... is jointly liable with the officer who committed
    # the deprivation", beside the claim against "a local law enforcement officer": the bare
    # "officer" is one of the class the main claim names.
    named_claims = [c for c in claimed if not _BARE_OFFICER.fullmatch(c.defendants or "")]
    if named_claims:
        claimed = named_claims
    # "A peace officer who fails to intervene as required by subsection (3) is liable pursuant to
    # this section", beside the claim against "a peace officer employed by a county": liability
    # for failing to stop another's deprivation follows the main claim and does not widen it.
    main_claims = [c for c in claimed if not (c.fails_to_prevent and not c.failure_as_one_way)]
    if main_claims:
        claimed = main_claims
    # "In the case of any official of a political subdivision, the political subdivision may be
    # held liable for the acts of that official": an employer answering for its officials beside
    # the claim, not a narrower class of defendants.
    claimed = [c for c in claimed if not _LIABLE_FOR_ACTS_OF.search(c.clause.text)]
    # "The city, village, town or county employing the officer is jointly and severally liable
    # with the officer": the employer of the claim's officer answers beside that officer, so the
    # officer's class, not the employer's noun, says who is reached.
    # (only where a claim against the officers themselves names them: where the employer alone
    # is sued, its noun is all there is to read)
    officers_own = [c for c in claimed if not _employer_of_the_officer(c)]
    if any(_OFFICER_NOUN.search(c.defendants or "") for c in officers_own):
        claimed = officers_own
    # "A public body is liable to a person for the deprivation of a right ... caused by a law
    # enforcement officer employed by the public body": a government answering for its officers
    # reaches the class whose acts it answers for.
    claimed = [_through_its_people(c) for c in claimed]
    # "In an action under section 2, qualified immunity shall not be a defense", where section 2
    # holds the claim against the police and section 3 one against every public employee: the
    # bars reach the claims they name, and the other claims keep the defense.
    named = _claims_the_bars_name(reading)
    claimed = _the_named_if_any(claimed, named)
    facts: list[Claim | DefenseRule] = [
        *claimed,
        *[
            b
            for b in reading.bars
            if b.role_named
            # "no officer shall be found not liable ..." in a bill with a claim: a bare "officer"
            # (no police class named) refers back to the claim's class.
            and not (
                claimed
                and b.role is Role.POLICE
                and not lexicon.GENERAL_POLICE_CLASS.search(b.clause.text)
                and not lexicon.NARROW_POLICE.search(b.clause.text)
            )
            # "(b) A police officer shall not be immune from liability under subsection (a)",
            # where (a) reaches the police of some cities only: a bar of the claim's own
            # liability reaches no one the claim does not.
            and not (
                claimed
                and b.role is Role.POLICE
                and all(c.role is Role.POLICE_NARROW for c in claimed)
                and _BAR_OF_THE_CLAIM.search(b.clause.text)
            )
            # "In an action under this section, a public employee may not assert qualified
            # immunity", where the section's claim lies against law enforcement officers: the
            # bar of the claim's own actions reaches only those the claim reaches.
            and not (
                claimed
                and b.role in (Role.BROAD, Role.POLICE_AND_OTHERS)
                and all(c.role in (Role.POLICE, Role.POLICE_NARROW) for c in claimed)
                # (not where the only claim is against officers who fail to intervene: the main
                # claim is then the one the bill amends, which the bar's class may name)
                and not all(c.fails_to_prevent for c in claimed)
                and _BAR_OF_THE_CLAIM.search(b.clause.text)
            )
            # "The officer or employee shall not be immune ...": the claim's defendants, named
            # again by the pair the claim used (a defined term, perhaps narrower than it reads).
            and not (claimed and b.role is Role.BROAD and _THE_SAME_PAIR.match(b.clause.text))
            # "In an action under this act, neither the public body nor its public employee may
            # raise qualified immunity", where the act leaves the State out: the bar of the
            # claim's own actions reaches the level of government the claim does.
            and not (
                claimed
                and b.role is Role.BROAD
                and reading.narrowed_to_one_level is not None
                and all(c.role is reading.narrowed_to_one_level for c in claimed)
                and _BAR_OF_THE_CLAIM.search(b.clause.text)
            )
        ],
    ]
    if not facts:
        facts = [
            *[c for c in reading.public_claims if not _LIABLE_FOR_ACTS_OF.search(c.clause.text)],
            *reading.bars,
        ] or list(reading.public_claims)
    claims = _the_named_if_any([c for c in reading.public_claims if c.role.public], named)
    if claims and all(c.role is Role.BROAD_EXCEPT_POLICE for c in claims):
        # Every claim leaves the police out: a bar for "a public employee sued under subdivision
        # (a)" reaches the claim's defendants, not the police the claim excludes.
        return Coverage(
            Role.BROAD_EXCEPT_POLICE, claims[0].defendants, tuple(_clauses(claims)), False
        )
    joined = _police_claim_beside_the_rest(reading, claimed)
    if joined is not None:
        return joined
    state_level = [f for f in facts if isinstance(f, Claim) and f.role is Role.STATE_ONLY]
    local_level = [f for f in facts if isinstance(f, Claim) and f.role is Role.LOCAL_ONLY]
    if (
        state_level
        and local_level
        and not any(f.role is Role.BROAD for f in facts)
        # (not where a bar names the one section it rules on: "In an action brought under
        # section 670A.2, qualified immunity shall not be a defense")
        and not any(_BAR_OF_A_NAMED_SECTION.search(b.clause.text) for b in reading.bars)
    ):
        # "The state is liable for a deprivation by any officer or employee of the state" and
        # "Every local governmental entity is liable for a deprivation by any of its officers":
        # the two levels together are every public employee.
        both = state_level + local_level
        return Coverage(Role.BROAD, both[0].defendants, tuple(_clauses(both)), False)
    for role in _ROLE_ORDER:
        matching = [fact for fact in facts if fact.role is role]
        if matching:
            phrase = next(
                (f.defendants for f in matching if isinstance(f, Claim) and f.defendants), None
            )
            return Coverage(role, phrase, tuple(_clauses(matching)), False)
    # The clauses name no class ("the defendant", "liability under this section"): the
    # rest of the bill, definitions included, tells whose conduct it is about.
    # (not police named only to say who is not meant: "a private security guard ..., who is not
    # a certified law enforcement officer")
    elsewhere = [
        s
        for s in reading.text.matching(lexicon.POLICE_TERM, *lexicon.POLICE_GATE)
        if is_operative(s)
        and lexicon.POLICE_TERM.search(lexicon.NEGATED_DESCRIPTION.sub(" ", s.text))
    ]
    if elsewhere:
        narrow = [s for s in elsewhere if lexicon.NARROW_POLICE.search(s.text)]
        if narrow and len(narrow) == len(elsewhere):
            return Coverage(Role.POLICE_NARROW, None, tuple(narrow), True)
        term = lexicon.POLICE_TERM.search(elsewhere[0].text)
        return Coverage(Role.POLICE, term.group(0) if term else None, tuple(elsewhere), True)
    return Coverage(Role.UNNAMED, None, (), True)


# ---------------------------------------------------------------------------
# end group
# ---------------------------------------------------------------------------


def _kept_for_some_officers(reading: Reading) -> list[DefenseRule]:
    """Rules that keep the defense for one named kind of officer, where the bar reaches the
    police as a whole: "Subsection C shall not apply to an action against a campus police
    officer ..., who may assert any immunity available under common law". The doctrine then
    ends for the rest of law enforcement, as a claim against some officer classes would."""
    kept = list(reading.kept)
    if not kept or not all(k.role_named and k.role is Role.POLICE_NARROW for k in kept):
        return []
    # (a bar that names no class reaches the claim's defendants)
    bar_roles = {
        coverage(reading).role if bar.role is Role.UNNAMED else bar.role
        for bar in reading.bars
        if not bar.struck
    }
    if not bar_roles or not bar_roles <= {Role.POLICE, Role.POLICE_AND_OTHERS, Role.BROAD}:
        return []
    return kept


_KEPT_FOR_OTHER_DEFENDANTS = compile_pattern(r"\b(?:any|all|every|each)\s+other\s+defendants?\b")
_OTHER_DEFENDANTS_REACH = 80


def _defense_survives(reading: Reading) -> Decision | None:
    """The "no" for a bill whose bar, whoever it reaches, leaves qualified immunity (or a
    good-faith twin) standing for some claims; None when the bar is whole."""
    # ("a defendant who is not a peace officer may assert any immunity ..., including qualified
    # immunity": kept for everyone but the police, for whom the bar stands)
    some_officers = _kept_for_some_officers(reading)
    # ("(a) A law enforcement officer who is a defendant ... may not assert ... qualified
    # immunity. (b) Other defendants.--Any other defendant ... may raise any immunity ...,
    # including qualified immunity": kept for the defendants who are not the police named)
    named_bars = [bar for bar in reading.bars if bar.role_named and not bar.struck]
    kept_for_others = [
        k
        for k in reading.kept
        if named_bars
        and _KEPT_FOR_OTHER_DEFENDANTS.search(k.clause.text, 0, _OTHER_DEFENDANTS_REACH)
    ]
    if kept_for_others and all(bar.role is Role.POLICE_NARROW for bar in named_bars):
        # (the bar names one kind of police only, "A State police officer ... may not assert
        # ... qualified immunity", and every other defendant keeps it: other police too)
        return Decision(
            Verdict.PARTIAL,
            "The bill bars qualified immunity only for one kind of police officer named in its "
            "bar; every other defendant, other police included, may still raise it.",
            0.6,
            _first(_clauses(named_bars + kept_for_others)),
        )
    if not all(bar.role is Role.POLICE for bar in named_bars):
        kept_for_others = []
    kept = [
        k
        for k in reading.kept
        if not lexicon.KEPT_FOR_NON_POLICE.search(k.clause.text)
        and k not in some_officers
        and k not in kept_for_others
    ]
    if kept:
        return Decision(
            Verdict.NO,
            "The bill keeps qualified immunity for at least some claims: a savings clause or "
            "exception preserves the defense, so it is not ended.",
            0.85,
            _first(_clauses(kept + list(reading.bars))),
        )
    if reading.created:
        return Decision(
            Verdict.NO,
            "A good-faith or reasonable-belief defense survives: an officer who believed the "
            "conduct was lawful can still escape liability, which does the work of qualified "
            "immunity under another name.",
            0.85,
            _first(_clauses(reading.created + reading.bars)),
        )
    if not reading.bars:
        if reading.public_claims:
            return Decision(
                Verdict.NO,
                "The bill creates or keeps a civil claim but nowhere bars qualified immunity or a "
                "good-faith defense, so officers can still raise it.",
                0.8,
                _first(_clauses(reading.public_claims), 1),
            )
        return Decision(
            Verdict.NO,
            "The bill neither creates a civil claim against officers nor bars qualified immunity.",
            0.85,
        )
    with_exceptions = [bar for bar in reading.bars if bar.has_exceptions]
    if with_exceptions:
        # RUBRIC.md: published evaluations score "no" when a bill keeps qualified immunity for
        # some claims, however few.
        return Decision(
            Verdict.NO,
            "The bill bars qualified immunity but carves out exceptions in the same clause, so "
            "the defense survives for some claims.",
            0.7,
            _first(_clauses(with_exceptions) + _clauses(reading.public_claims)),
        )
    equitable = [c.clause for c in reading.public_claims if _equitable_relief_only(c.clause.text)]
    if equitable and len(equitable) == len(reading.public_claims):
        # Qualified immunity never reached claims for declaratory or injunctive relief: a bar
        # on such claims alone leaves it whole for damages (RUBRIC.md: kept for some claims).
        return Decision(
            Verdict.NO,
            "The bill's claims are for declaratory or injunctive relief only, so barring "
            "qualified immunity there leaves it in place for claims for damages.",
            0.7,
            _first(equitable + _clauses(reading.bars)),
        )
    return None


# A bar whose subject is the employing government alone: "an employing entity may not assert
# qualified immunity", "the law enforcement agency shall not assert ... as a defense to its own
# liability" (not "the officer or the employing entity may not assert").
_EMPLOYER_MAY_NOT_ASSERT = compile_pattern(
    r"\b(?:the|an?|any|each|its)\s+(?:employing\s+(?:entity|agency|unit|employer)|(?:law\s+enforcement\s+)?agency"
    r"|public\s+(?:body|entity|employer)|governmental\s+(?:entity|unit|agency)|employer|political\s+subdivision"
    r"|local\s+government)\s+(?:shall|may|must)\s+not\s+(?:assert|raise|invoke|plead|claim|rely)\b"
)
_OFFICER_BEFORE = compile_pattern(r"\b(?:officers?|employees?)\s+(?:or|and)\s+$")


def _bars_for_the_employer_only(reading: Reading) -> list[Sentence]:
    """The bill's bars, when every one is the employer's alone and some claim also lies against
    officers by name (not a claim against the government only, which the employer's bar
    reaches whole); else []."""
    standing = [bar for bar in reading.bars if not bar.struck]
    employer_bars = []
    own_liability = False
    for bar in standing:
        text = bar.clause.text
        named = _EMPLOYER_MAY_NOT_ASSERT.search(text)
        if (
            named is None
            or _OFFICER_BEFORE.search(text, 0, named.start())
            # (not a bar of its own first: "qualified immunity shall not be a defense ..., and the
            # governmental entity may not assert that the police officer acted in good faith")
            or _GENERAL_BAR_BEFORE.search(text, 0, named.start())
        ):
            return []
        own_liability = own_liability or _TO_ITS_OWN_LIABILITY.search(text) is not None
        employer_bars.append(bar.clause)
    # (the officer and the employer both sued, so the employer's bar is its own: where the claim
    # lies against the officer alone, the employer that may not raise the defense raises it for
    # the officer it defends)
    both_sued = own_liability or any(
        _OFFICER_AND_EMPLOYER_LIABLE.search(c.clause.text) for c in reading.public_claims
    )
    return employer_bars if both_sued else []


_GENERAL_BAR_BEFORE = compile_pattern(
    r"\b(?:is|are|shall|may)\s+not\s+(?:be\s+)?(?:an?\s+)?(?:defen[cs]es?|available|apply|bar)\b"
)
_TO_ITS_OWN_LIABILITY = compile_pattern(r"\b(?:to|against)\s+its\s+own\s+liability\b")
# "A peace officer who ..., and the peace officer's employing entity, are liable"; "may bring a
# civil action against the officer and against the law enforcement agency that employs the
# officer".
_OFFICER_AND_EMPLOYER_LIABLE = compile_pattern(
    r"\bofficers?\b[^.;]{0,250}?\b(?:and|or)\s+(?:against\s+)?(?:the|its|any)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:employing\s+(?:entity|agency)|employer|law\s+enforcement\s+agency)\b[^.;]{0,120}?"
    # (both the subjects of one verb: "are liable", "shall be jointly and severally liable")
    r"\b(?:are\s+(?:jointly\s+(?:and\s+severally\s+)?)?|shall\s+be\s+jointly\s+(?:and\s+severally\s+)?)liable\b"
    r"|\bagainst\s+the\s+(?:[\w-]+\s+){0,2}?officer\s+and\s+(?:against\s+)?the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:employing\s+(?:entity|agency)|employer|agency)\b"
)


# A claim for equitable relief only ("for injunctive and other appropriate equitable relief"),
# where qualified immunity, a defense to damages, never applied.
_EQUITABLE_RELIEF_ONLY = compile_pattern(
    r"\bfor\s+(?:injunctive|declaratory|equitable)\b[^.;]{0,60}?\brelief\b"
)
_DAMAGES_SOUGHT = compile_pattern(r"\bdamages\b|\bmonetary\s+relief\b|\bcompensat")
# A government's liability for its own policy, custom or failure to train (not for its
# officers' acts), where the defense never applied either.
_OWN_POLICY_LIABILITY = compile_pattern(
    r"\b(?:own|its)\s+(?:[\w,]+\s+){0,2}?(?:policy|policies|customs?|practices?)\b[^.;]{0,120}?\bfail\w*\s+to\s+"
    r"(?:train|supervise)\b"
)


def _bars_only_where_the_defense_never_applied(reading: Reading) -> list[Sentence]:
    """The bars, when every one of them names the claims it reaches and all those claims are
    ones where qualified immunity never applied (equitable relief only, or a government's own
    policy): "Qualified immunity shall not be a defense to an action under this section", in the
    section of the claim for injunctive relief (beside a damages claim in the next section, or
    none at all)."""
    if not reading.bars:
        return []
    named: list[Claim] = []
    for bar in reading.bars:
        reached = reading.claims_reached_by(bar)
        if not reached:
            return []
        named.extend(reached)
    if not all(
        (_EQUITABLE_RELIEF_ONLY.search(c.clause.text) and not _DAMAGES_SOUGHT.search(c.clause.text))
        or _OWN_POLICY_LIABILITY.search(c.clause.text)
        for c in named
    ):
        return []
    return _clauses(reading.bars)


def law_enforcement(context: Context) -> Decision:
    """end.law_enforcement: qualified immunity (or a good-faith twin) barred for police."""
    reading = context.reading
    survives = _defense_survives(reading)
    if survives is not None:
        return survives
    employer_only = _bars_for_the_employer_only(reading)
    if employer_only:
        # "A peace officer ... and the peace officer's employing entity, are liable", with "an
        # employing entity may not assert qualified immunity": the officer, sued too, keeps it.
        return Decision(
            Verdict.NO,
            "The bill bars the defense only for the employing government, while its claim also "
            "lies against the officers themselves, who keep qualified immunity.",
            0.6,
            _first(employer_only + _clauses(reading.public_claims)),
        )
    where_it_never_applied = _bars_only_where_the_defense_never_applied(reading)
    if where_it_never_applied:
        return Decision(
            Verdict.NO,
            "The bill bars qualified immunity only in claims where the defense never applied "
            "(for injunctive or other equitable relief only, or against a government for its own "
            "policy or failure to train), so no claim for damages against officers loses it.",
            0.6,
            _first(where_it_never_applied + _clauses(reading.public_claims)),
        )
    kept_by_name = reading.immunities_kept_under_another_name
    if kept_by_name:
        # RUBRIC.md's partial: "a good-faith defense survives under another name" (official
        # immunity, State-agent immunity, a tort claims act's employee immunity kept for these
        # claims); a good-faith or reasonable-belief defense kept in so many words is "no" above.
        return Decision(
            Verdict.PARTIAL,
            "The bill bars qualified immunity by name, but keeps for these claims a state "
            "immunity that does the same work under another name, so the defense ends only in "
            "part.",
            0.6,
            _first(list(kept_by_name) + _clauses(reading.bars)),
        )
    covered = coverage(reading)
    evidence = _first(_clauses(reading.bars) + _clauses(reading.public_claims))
    if (
        reading.bars
        and all(bar.force_only and not bar.struck for bar in reading.bars)
        and any(
            c.rights in (Rights.ALL_CONSTITUTIONAL, Rights.ENUMERATED, Rights.CIVIL_RIGHTS_ACT)
            and all(c.clause != bar.clause for bar in reading.bars)
            and not conditioned_on_force_or_search(c.clause.text)
            for c in reading.public_claims
        )
    ):
        # "In an action under this section alleging the use of excessive force, qualified
        # immunity shall not be a defense", where the claim reaches every constitutional right:
        # the defense survives every other claim.
        return Decision(
            Verdict.NO,
            "The immunity bar holds only for claims of force or of searches and seizures, while "
            "the claim reaches other rights too, so qualified immunity survives for those claims.",
            0.65,
            evidence,
        )
    if covered.role is Role.ELECTED:
        return Decision(
            Verdict.NO,
            # (the class as the bill names it: "an election official", "a child welfare worker")
            "The claim and the immunity bar reach "
            + (f"{_quoted(covered.phrase)} only: " if covered.phrase else "")
            + "public officials or employees who are not police (such as elected officials, "
            "judges, teachers or caseworkers), so law-enforcement officers keep qualified immunity.",
            0.7,
            evidence,
        )
    if covered.role is Role.BROAD_EXCEPT_POLICE:
        return Decision(
            Verdict.NO,
            f"The claim lies against {_who(covered)} but leaves law-enforcement officers out, so "
            "they keep qualified immunity.",
            0.7,
            _first(list(covered.clauses) + list(evidence)),
        )
    some_officers = _kept_for_some_officers(reading)
    if some_officers:
        return Decision(
            Verdict.PARTIAL,
            "The immunity bar reaches law-enforcement officers, but the bill keeps the defense "
            "for one kind of officer, so qualified immunity survives for some officer classes.",
            0.6,
            _first(_clauses(some_officers) + list(evidence)),
        )
    bar_roles = {bar.role for bar in reading.bars if not bar.struck}
    if (
        bar_roles == {Role.POLICE_NARROW}
        and covered.role in (Role.POLICE, Role.POLICE_AND_OTHERS, Role.BROAD)
        # (A bar that lists several kinds of officer, "a state police officer; a game warden; a
        # deputy; a sheriff; or a police officer ...", names the whole police class.)
        # (unless every kind it lists is local: "a municipal police officer, a county police
        # officer, a sheriff's officer, or a county detective" leaves the State Police out)
        and all(
            len(set(lexicon.POLICE_TERM.findall(bar.clause.text))) <= 1
            or (_LOCAL_KIND.search(bar.clause.text) and not _STATE_KIND.search(bar.clause.text))
            for bar in reading.bars
        )
    ):
        # "Qualified immunity is not a defense for a member of the state highway patrol sued under
        # section 1", where section 1 reaches every peace officer: the bar, not the claim, is
        # narrow, and the other officers keep the defense.
        return Decision(
            Verdict.PARTIAL,
            "The claim reaches all law-enforcement officers, but the immunity bar reaches only "
            "some of them, so qualified immunity survives for the rest.",
            0.6,
            evidence,
        )
    narrow = _SOME_OFFICERS.get(covered.role)
    if narrow is not None:
        explanation, confidence = narrow
        who = _quoted(covered.phrase) if covered.phrase else "some law-enforcement officers"
        return Decision(
            Verdict.PARTIAL,
            explanation.format(who=who),
            confidence,
            _first(list(covered.clauses) + list(evidence)),
        )
    if reading.enacted_locally:
        # A city's or county's ordinance (or its council's local law) reaches only that
        # government's police: the state's and every other local force keep the defense
        # (RUBRIC.md: only some agencies).
        return Decision(
            Verdict.PARTIAL,
            f"The local law bars {_defenses_named(reading.bars)} for claims against "
            f"{_who(covered)}, but a local law reaches only the police of the government that "
            "enacts it, so the rest of law enforcement keeps the defense.",
            0.6,
            evidence,
        )
    if reading.confined_to_one_locality:
        # A state law that applies only in one county or city reaches only that government's
        # officers, as an ordinance does.
        return Decision(
            Verdict.PARTIAL,
            f"The bill bars {_defenses_named(reading.bars)} for claims against {_who(covered)}, "
            "but it applies only in one county or city, so law enforcement elsewhere keeps the "
            "defense.",
            0.6,
            evidence,
        )
    if all(bar.struck for bar in reading.bars):
        return Decision(
            Verdict.YES,
            f"The bill strikes from existing law a codified defense ({_defenses_named(reading.bars)}), "
            f"and its claim reaches {_who(covered)}, so law-enforcement officers can no longer "
            "raise it.",
            0.75,
            evidence,
        )
    return Decision(
        Verdict.YES,
        f"The bill bars {_defenses_named(reading.bars)} as a defense to civil liability, and the "
        f"claim reaches {_who(covered)}, so law-enforcement officers can no longer raise it.",
        0.9,
        evidence,
    )


_NO_CLAIM_AGAINST_OFFICERS = compile_pattern(
    r"\bnothing\s+in\s+this\s+(?:section|act|chapter|article)\s+(?:creates?|shall\s+create|establishes?)\s+(?:any\s+|a\s+)?"
    r"(?:claim|cause\s+of\s+action|right\s+of\s+action)\s+against\b[^.;]{0,80}?\b(?:officers?|employees?)\b"
)
_THE_SAME_PAIR = compile_pattern(
    r"\W*(?:\(?\w{1,3}[)_.]\s*)*the\s+(?:officer\s+or\s+employee|employee\s+or\s+officer)\b"
)
_LOCAL_KIND = compile_pattern(r"\b(?:municipal|county|city|town|village|township|borough|sheriff)")
_STATE_KIND = compile_pattern(r"\bstate\b|\bcommonwealth\b|\bhighway\s+patrol\b|\btroopers?\b")


# Classes that are some law enforcement only: end.law_enforcement is partial for them.
_SOME_OFFICERS: dict[Role, tuple[str, float]] = {
    Role.LOCAL_ONLY: (
        "The claim lies against {who} only: local governments' officers, so qualified "
        "immunity survives for state officers (and any other police left out).",
        0.6,
    ),
    Role.STATE_ONLY: (
        "The claim lies against state employees only, so qualified immunity ends for state "
        "officers and survives for county and municipal police.",
        0.6,
    ),
    Role.FEDERAL_ONLY: (
        "The claim lies against {who} only: people acting under color of federal law, so the "
        "state's own and its local governments' police keep qualified immunity.",
        0.6,
    ),
    Role.BROAD_EXCEPT_SOME_POLICE: (
        "The claim lies against {who}, but the bill leaves some police out of it, so qualified "
        "immunity survives for them.",
        0.6,
    ),
    Role.POLICE_NARROW: (
        "The claim lies against {who} only, so qualified immunity ends for some officer "
        "classes and survives for the rest of law enforcement.",
        0.65,
    ),
}


# What an amendment of section 1983 does when it narrows the claim: limits remedies or damages.
_NARROWS_THE_CLAIM = compile_pattern(
    r"\b(?:may|shall)\s+not\s+(?:award|be\s+award|grant|recover|be\s+granted|be\s+recovered)"
    r"|\b(?:remedies|relief|damages)\b[^.;]{0,60}?\b(?:are|is|shall\s+be)\s+limited\s+to\b"
    r"|\bno\s+(?:\w+\s+){0,2}?(?:damages|relief|action)\s+(?:shall|may)\b"
)
_SECTION_1983_AMENDMENT_REACH = 2000


def _only_narrows_section_1983(context: Context) -> list[Sentence]:
    """The clauses of a federal bill whose only claim is section 1983 as the bill amends it to
    narrow it (remedies limited, damages barred), with no defense taken away: it creates no
    claim and lifts no limit. Empty when the bill does anything else."""
    reading = context.reading
    claims = [c.clause for c in reading.public_claims]
    if not context.federal or not claims or reading.bars:
        return []
    lowered = context.text.lowered
    if all(
        lexicon.SECTION_1983.search(clause.text)
        and "amended" in clause.text
        and _NARROWS_THE_CLAIM.search(
            lowered, clause.start, clause.start + _SECTION_1983_AMENDMENT_REACH
        )
        for clause in claims
    ):
        return claims
    return []


def _no_damages(reading: Reading) -> bool:
    """Whether the bill's claims can win no damages: each is for declaratory or injunctive
    relief only, or the bill limits relief or remedies to those."""
    return reading.relief_limited_to_equity or bool(
        reading.public_claims
        and all(_equitable_relief_only(c.clause.text) for c in reading.public_claims)
    )


def _equitable_relief_only(claim: str) -> bool:
    """A claim for declaratory or injunctive relief with no damages ("may bring an action for
    declaratory or injunctive relief against the officer")."""
    return bool(lexicon.EQUITABLE_RELIEF_ONLY.search(claim)) and not rx.search(
        r"\bdamages\b|\blegal\b|\bany other (?:appropriate )?relief|\bliable\b", claim
    )


def _quoted(phrase: str) -> str:
    """A defendants phrase as an explanation quotes it: without the Markdown quote and list
    markers or the subsection labels a copy of the bill put before it."""
    cleaned = rx.sub(r"(?:^|\s)(?:>|-|\*\*|#+)(?=\s)|\*\*", " ", phrase)
    cleaned = rx.sub(r"^(?:\s*\(\w{1,5}\))+", "", cleaned)
    # The analysis copy masks periods that end no sentence ("section 2_10"): shown as periods.
    cleaned = " ".join(cleaned.replace("_", ".").split()).strip('"\u201c\u201d ')
    return "'" + cleaned + "'"


def _defenses_named(bars: Sequence[DefenseRule]) -> str:
    """The defenses the bars name, in words ("qualified immunity and good faith ...")."""
    kinds = {kind for bar in bars for kind in bar.kinds}
    order = [
        DefenseKind.QUALIFIED_IMMUNITY,
        DefenseKind.CLEARLY_ESTABLISHED,
        DefenseKind.GOOD_FAITH,
        DefenseKind.IMMUNITY,
    ]
    named = [kind.value for kind in order if kind in kinds] or ["qualified immunity"]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _who(covered: Coverage) -> str:
    if covered.phrase:
        return _quoted(covered.phrase)
    return {
        Role.BROAD: "everyone acting for the government",
        Role.STATE_ONLY: "state employees",
        Role.POLICE: "law-enforcement officers",
    }.get(covered.role, "the defendants in these actions")


# A saving of immunities: "this section does not abrogate or limit any immunity available to ...".
_IMMUNITIES_SAVED = compile_pattern(
    r"\b(?:does|do|shall)\s+not\s+(?:abrogate|limit|affect|waive|impair|diminish)\b[^.;]{0,60}?\bimmunit(?:y|ies)\b"
)


def public_employees(context: Context, law_enforcement_verdict: Verdict) -> Decision:
    """end.public_employees: does the claim and the bar reach every public employee?"""
    reading = context.reading
    covered = coverage(reading)
    if covered.role is Role.BROAD_EXCEPT_POLICE and _defense_survives(reading) is None:
        # The police are left out, so end.law_enforcement is no; the bar is whole for every
        # other public employee.
        return Decision(
            Verdict.PARTIAL,
            f"The claim and the immunity bar reach {_who(covered)}: public employees beyond "
            "police, but law-enforcement officers are left out.",
            0.6,
            _first(covered.clauses),
        )
    if covered.role is Role.ELECTED and reading.bars and _defense_survives(reading) is None:
        # A class of public officials or employees who are not police (elected officials,
        # child-protection workers, public hospitals' staff): wider than no one, narrower than
        # every public employee.
        return Decision(
            Verdict.PARTIAL,
            f"The claim and the immunity bar reach {_who(covered)}: some public officials or "
            "employees who are not police, not public employees generally.",
            0.6,
            _first(covered.clauses),
        )
    if law_enforcement_verdict is Verdict.NO:
        return Decision(
            Verdict.NO,
            "Qualified immunity is not ended even for police under this bill, so it is not ended "
            "for public employees generally.",
            0.85,
            _first(_clauses(reading.kept + reading.created), 1),
        )
    saved_for_the_rest = [
        s
        for s in context.text.containing("immunit")
        if _IMMUNITIES_SAVED.search(s.text)
        and lexicon.KEPT_FOR_NON_POLICE.search(s.text)
        and is_operative(s)
    ]
    if saved_for_the_rest:
        # "(c) Except as provided in subdivision (b), this section does not abrogate or limit any
        # immunity available to a public employee who is not a peace officer."
        return Decision(
            Verdict.NO,
            "The bill ends the defense for police only and says every other public employee keeps "
            "the immunities the law gives them.",
            0.7,
            _first(saved_for_the_rest),
        )
    who = _quoted(covered.phrase) if covered.phrase else covered.role.value
    named_bars = [b for b in reading.bars if b.role_named]
    if named_bars and all(b.role in (Role.POLICE, Role.POLICE_NARROW) for b in named_bars):
        return Decision(
            Verdict.NO,
            "The immunity bar reaches law-enforcement officers only; other public employees "
            "keep qualified immunity even where the claim reaches them.",
            0.75,
            _first(_clauses(named_bars)),
        )
    if covered.role is Role.BROAD and law_enforcement_verdict is Verdict.PARTIAL:
        # The bar reaches everyone, but it is not whole even for police: it cannot be whole
        # for public employees generally.
        return Decision(
            Verdict.PARTIAL,
            f"The claim reaches {who}, but qualified immunity survives in part even for police "
            "under this bill, so it is ended only in part for public employees.",
            0.6,
            _first(covered.clauses),
        )
    if covered.role is Role.BROAD:
        return Decision(
            Verdict.YES,
            f"The claim and the immunity bar reach {who}: public employees generally, not only "
            "police.",
            0.8,
            _first(covered.clauses),
        )
    if covered.role is Role.LOCAL_ONLY:
        return Decision(
            Verdict.PARTIAL,
            f"The bill reaches {who}: public employees beyond police, but of local "
            "governments only.",
            0.6,
            _first(covered.clauses),
        )
    if covered.role is Role.STATE_ONLY:
        return Decision(
            Verdict.PARTIAL,
            "The bill reaches state employees beyond police, but not local public employees.",
            0.6,
            _first(covered.clauses),
        )
    if covered.role is Role.FEDERAL_ONLY:
        return Decision(
            Verdict.PARTIAL,
            f"The bill reaches {who}: people acting under color of federal law, not the state's "
            "or its local governments' employees.",
            0.6,
            _first(covered.clauses),
        )
    if covered.role is Role.BROAD_EXCEPT_SOME_POLICE:
        return Decision(
            Verdict.PARTIAL,
            f"The bill reaches {who}: public employees beyond police, but it leaves some police "
            "out.",
            0.6,
            _first(covered.clauses),
        )
    if covered.role is Role.POLICE_AND_OTHERS:
        return Decision(
            Verdict.PARTIAL,
            f"The claim reaches {who}: police and some other public employees, but not public "
            "employees generally.",
            0.6,
            _first(covered.clauses),
        )
    if covered.role in (Role.POLICE, Role.POLICE_NARROW):
        return Decision(
            Verdict.NO,
            # (a role's own name may already say "only": "some law-enforcement officers only")
            f"The claim lies against {who.removesuffix(' only')} only, so other public employees "
            "keep qualified immunity.",
            0.85 if not covered.inferred else 0.65,
            _first(covered.clauses, 1 if covered.inferred else 2),
        )
    return Decision(
        Verdict.YES,
        "The immunity bar names no class of defendant: it applies to every defendant in these "
        "actions, public employees included.",
        0.55,
        _first(_clauses(reading.bars)),
    )


# How far before a bar the instruction that inserts it may stand.
_INSERTION_REACH = 600


def _inserted_into_civil_rights_act(context: Context, bar: Sentence) -> bool:
    """Whether a bar "in an action under this section" is text the bill adds to the state's
    civil-rights act ("Section 11I of chapter 12 of the General Laws ... is hereby amended by
    adding the following 2 paragraphs:- In an action under this section ...")."""
    if not has_civil_rights_act(context.state) or not lexicon.THIS_PROVISION.search(bar.text):
        return False
    lowered = context.text.lowered
    before = lowered[max(0, bar.start - _INSERTION_REACH) : bar.start]
    # (the last instruction before the bar: the line or sentence holding the last "amended")
    last = before.rfind("amended")
    if last < 0:
        return False
    start = max(before.rfind(".", 0, last), before.rfind("\n", 0, last)) + 1
    ends = [i for i in (before.find(".", last), before.find("\n", last)) if i >= 0]
    instruction = before[start : min(ends) if ends else len(before)]
    return cites_civil_rights_act(context.state, instruction)


# Section 1983 widened to reach federal officers: "by inserting 'of the United States or'
# before 'of any State'".
_FEDERAL_ACTORS_INSERTED = compile_pattern(
    r"\binserting\s+\W{0,3}(?:of\s+the\s+united\s+states\s+or|or\s+of\s+the\s+united\s+states)\b"
)


def _widens_section_1983(context: Context) -> bool:
    """Whether a bill of Congress amends section 1983 to reach more defendants (federal officers),
    whatever it writes into it about defenses: it changes that action."""
    return (
        context.reading.amends_section_1983
        and _FEDERAL_ACTORS_INSERTED.search(context.text.lowered) is not None
    )


# The rights a claim reaches, named by where they are set out ("a right described in
# subdivision (b) of Section 52.1 of the Civil Code").
_RIGHTS_SET_OUT_IN = compile_pattern(
    r"\brights?\s+(?:described|secured|set\s+(?:forth|out)|listed|protected|enumerated|defined)\s+"
    r"(?:in|by|under)\b"
)
_RIGHTS_CITATION_REACH = 200


def _rights_of_civil_rights_act(context: Context, claim: Sentence) -> bool:
    """Whether the claim takes its rights from the state's civil-rights act, cited where the
    rights are named (not an amending instruction's citation of the act it adds to)."""
    named = _RIGHTS_SET_OUT_IN.search(claim.text)
    return named is not None and cites_civil_rights_act(
        context.state, claim.text[named.end() : named.end() + _RIGHTS_CITATION_REACH]
    )


def state_constitution(context: Context) -> Decision:
    """end.state_constitution: which rights can be enforced."""
    reading = context.reading
    narrowing = _only_narrows_section_1983(context)
    if narrowing:
        return Decision(
            Verdict.NO,
            "The bill only narrows the existing federal claim under section 1983 (its remedies "
            "or damages) and takes no defense away, so it creates no claim for constitutional "
            "rights.",
            0.6,
            _first(narrowing),
        )
    scoped: list[tuple[Rights, Sentence]] = [
        (
            # "deprives an individual of ... a right described in subdivision (b) of Section 52.1
            # of the Civil Code": the rights the state's civil-rights act secures.
            Rights.CIVIL_RIGHTS_ACT
            if c.rights is Rights.UNSTATED and _rights_of_civil_rights_act(context, c.clause)
            else c.rights,
            c.clause,
        )
        for c in reading.public_claims
    ]
    claim_clauses = {c.clause for c in reading.public_claims}
    for bar in reading.bars:
        # (the rule as the bill amends it, when the bar stands in a recited section)
        rights = rights_of(reading.as_amended(bar.clause))
        if rights is Rights.UNSTATED:
            # ("In such an action, it is not a defense that ...", after the sentence that
            # describes the action by the rights it enforces)
            rights = reading.rights_of_the_described_action(bar.clause)
        if rights is Rights.UNSTATED and reading.within_section_1983(bar.clause.text):
            rights = Rights.ALL_CONSTITUTIONAL  # a bar inserted into section 1983's action
        elif (
            rights is Rights.UNSTATED
            and not reading.kept
            # (not a bar on a claim the same sentence gives, for a wrong it names: "Section 11I
            # ... is amended by adding: Any person injured by ... conduct in violation of section
            # 13H of chapter 265 may sue the officer ..., and qualified immunity shall not be a
            # defense to that action")
            and bar.clause not in claim_clauses
            and (
                cites_civil_rights_act(context.state, bar.clause.text)
                or _inserted_into_civil_rights_act(context, bar.clause)
            )
        ):
            # "In a civil action brought under ... (C.10:6-2) ..., the defense of qualified
            # immunity shall not be available": the state's civil-rights act, cited by number.
            # (The bill gives no claim of its own: where it keeps the defense for some of the
            # act's claims, it does not reach the act's rights as a whole.)
            rights = Rights.CIVIL_RIGHTS_ACT
        scoped.append((rights, bar.clause))
    scoped += [(rights_of(s.text), s) for s in reading.incorporated_prohibitions]
    # A rule on defenses written into section 1983 that keeps the doctrine in part ("an immunity
    # defense shall only be available if ..."), beside an amendment that widens who is liable
    # ("by inserting 'of the United States or' before 'of any State'"): the bill changes that
    # action, which reaches every right the Constitution secures.
    if _widens_section_1983(context):
        scoped += [
            (Rights.ALL_CONSTITUTIONAL, d.clause)
            for d in reading.defenses
            if d not in reading.bars and reading.within_section_1983(d.clause.text)
        ]
    narrowed = reading.rights_narrowed_to
    if narrowed is not None:
        # "This section applies only to rights secured by sections 2, 7 and 15 of article I":
        # the claims reach those rights, however general their own words.
        scope, sentence = narrowed
        # (a state's civil-rights act is read as the vehicle of its constitution's rights; a claim
        # whose rights leave the state's constitution out is not one)
        widest = (
            (Rights.ALL_CONSTITUTIONAL, Rights.CIVIL_RIGHTS_ACT)
            if scope is Rights.FEDERAL_ONLY
            else (Rights.ALL_CONSTITUTIONAL,)
        )
        scoped = [
            (scope, sentence) if rights in widest else (rights, clause) for rights, clause in scoped
        ]
    by_scope: dict[Rights, list[Sentence]] = {}
    for rights, sentence in scoped:
        by_scope.setdefault(rights, []).append(sentence)
    if Rights.FEDERAL_ONLY in by_scope and _district_of_columbia(context):
        # The District has no constitution of its own: the rights of its people against its
        # officers are the federal Constitution's.
        return Decision(
            Verdict.YES,
            "The District of Columbia has no constitution of its own, and the claim covers the "
            "rights the United States Constitution secures without limiting them to a few kinds.",
            0.6,
            _first(by_scope[Rights.FEDERAL_ONLY]),
        )
    if context.federal and Rights.FEDERAL_ONLY in by_scope:
        # In an act of Congress the constitution whose rights are enforced is the federal one:
        # "rights secured by the Constitution and laws" is every constitutional right.
        return Decision(
            Verdict.YES,
            "This is a federal bill, and its claim covers the rights the United States "
            "Constitution secures without limiting them to a few kinds.",
            0.7,
            _first(by_scope[Rights.FEDERAL_ONLY]),
        )
    if Rights.ALL_CONSTITUTIONAL in by_scope:
        return Decision(
            Verdict.YES,
            # (an act of Congress enforces the federal Constitution, not a state's)
            "The claim covers constitutional rights without limiting them to a few kinds, so any "
            + (
                "right the United States Constitution secures can be enforced."
                if context.federal
                else "right under the state constitution can be enforced."
            ),
            0.85,
            _first(by_scope[Rights.ALL_CONSTITUTIONAL]),
        )
    if Rights.ENUMERATED in by_scope:
        return Decision(
            Verdict.PARTIAL,
            "The claim covers only rights in listed sections of the constitution.",
            0.65,
            _first(by_scope[Rights.ENUMERATED]),
        )
    if Rights.CIVIL_RIGHTS_ACT in by_scope and not all(
        _DISCRIMINATION_ACT.search(s.text) for s in by_scope[Rights.CIVIL_RIGHTS_ACT]
    ):
        return Decision(
            Verdict.YES,
            "The claim or the bar reaches the rights the state's civil rights act secures; that "
            "act is the vehicle for enforcing state constitutional rights.",
            0.65,
            _first(by_scope[Rights.CIVIL_RIGHTS_ACT], 1),
        )
    # A bar on claims "brought pursuant to this section", in a bill whose own description says
    # the section is the state's civil rights act: the bar reaches that act's claims.
    own_provision_bars = [
        b.clause for b in reading.bars if lexicon.THIS_PROVISION.search(b.clause.text)
    ]
    naming = reading.find("civil_rights_act_named")
    if own_provision_bars and naming:
        return Decision(
            Verdict.YES,
            "The bar covers claims under the section the bill amends, which the bill itself "
            "places in the state's civil rights act, the vehicle for enforcing state "
            "constitutional rights.",
            0.6,
            (own_provision_bars[0], naming[0]),
        )
    for bar in reading.bars:
        if bar.all_civil_liability and not bar.force_only:
            return Decision(
                Verdict.YES,
                "The immunity bar applies to any civil liability of the officer, whatever right "
                "was violated.",
                0.6,
                (bar.clause,),
            )
    for scope, words in (
        (Rights.FORCE_OR_SEARCH, "force or search-and-seizure violations"),
        (Rights.ONE_RIGHT, "one named right"),
        (Rights.TORTS, "tort claims"),
    ):
        if scope in by_scope:
            return Decision(
                Verdict.NO,
                f"The claim is limited to {words}; other state constitutional rights are not "
                "covered.",
                0.7,
                _first(by_scope[scope]),
            )
    if Rights.FEDERAL_ONLY in by_scope:
        return Decision(
            Verdict.NO,
            "The claim covers only federal rights; rights under the state constitution are not "
            "enforceable through it.",
            0.6,
            _first(by_scope[Rights.FEDERAL_ONLY]),
        )
    return Decision(
        Verdict.NO,
        "The bill creates no claim for violations of state constitutional rights.",
        0.7,
    )


# A civil rights act against discrimination ("denies an individual the full and equal enjoyment
# of a civil right protected by the Elliott-Larsen civil rights act"): statutory rights to equal
# treatment, not the constitution's.
_DISCRIMINATION_ACT = compile_pattern(
    r"\bfull\s+and\s+equal\s+enjoyment\b|\bdiscriminat|\bdisabilit|\bequal\s+(?:opportunity|treatment)\b"
)


# A savings clause that keeps a tort claims act, and so its limits, beside a cap set aside:
# "The limits in section 5-303 do not apply ... Nothing in this section affects the Maryland
# Tort Claims Act."
_KEEPS_CAP_ACT = compile_pattern(
    r"\bnothing\s+in\s+this\s+(?:sub)?(?:section|act|chapter|article)\b[^.;]{0,60}?\b(?:affects?|alters?"
    r"|modif(?:y|ies)|impairs?|repeals?|waives?|amends?)\b[^.;]{0,80}?\b(?:tort\s+claims|immunity|claims)\s+act\b"
    # "...; all other provisions of the "New Jersey Tort Claims Act" shall continue to apply".
    r"|\ball\s+other\s+provisions\s+of\s+(?:the\s+)?\W?(?:[\w-]+\s+){0,4}?(?:tort\s+claims|immunity|claims)\s+act\b"
    r"[^.;]{0,80}?\b(?:shall\s+)?(?:continue\s+to\s+)?(?:apply|remain\s+in\s+effect)"
)


# The state's cap kept for these claims with higher amounts set in a proviso: "the limits in
# s. 768.28(5) apply ...; provided, however, that ... the state is liable up to $1 million".
_RAISED_IN_PROVISO = compile_pattern(
    r"\blimit(?:s|ations?)?\b[^.;]{0,120}?\bapply\b[^.]{0,120}?(?:;\s*provided\b|,\s*except\s+that\b)[^.]{0,200}?"
    r"\b(?:up\s+to|not\s+to\s+exceed|shall\s+not\s+exceed|a\s+maximum\s+of|is|are|shall\s+be)\s+"
    r"(?:\$|(?:[\w-]+\s+){0,3}?(?:hundred|thousand|million)\s+dollars)"
)
# The cap statute repealed by its number: "Section 75-6105 ..., which limits the liability of a
# governmental entity ..., is repealed".
_REPEALED = compile_pattern(r"\b(?:is|are)\s+(?:hereby\s+)?repealed\b")


# "The limitations of this section ... do not apply to an action ...": a cap section's own
# limits set aside for some actions.
_LIMITS_OF_THIS_SECTION_LIFTED = compile_pattern(
    r"\b(?:limits?|limitations?|caps?)\s+(?:in|of|set\s+(?:forth|out)\s+in)\s+this\s+section\b"
    r"[^.;]{0,100}?\b(?:do(?:es)?|shall)\s+not\s+apply\s+to\s+(?:an?\s+|any\s+)?(?:civil\s+)?"
    r"(?:action|claim|suit)s?\b"
)


def damage_caps(context: Context) -> Decision:
    """end.damage_caps: do statutory caps and tort-claims limits stay out of these claims?"""
    reading, text = context.reading, context.text
    narrowing = _only_narrows_section_1983(context)
    if narrowing:
        return Decision(
            Verdict.NO,
            "The bill narrows the existing federal claim under section 1983 and lifts no limit "
            "on what victims can recover.",
            0.6,
            _first(narrowing),
        )
    caps = reading.caps
    own = [c.clause for c in caps if c.kind == "own"]
    lifts = [c for c in caps if c.kind.startswith("lifted")]
    kept_caps = [c.clause for c in caps if c.kind == "kept"]
    if (
        own
        and not lifts
        and not (reading.public_claims or reading.bars or reading.kept)
        and not any(_OFFICERS_OR_RIGHTS.search(clause.text) for clause in own)
    ):
        # A cap on the government's own liability for tort claims in general (not its
        # employees', not civil-rights claims), changed or kept, in a bill with no claim against
        # officers and no rule on their immunity: nothing about officers' liability is capped
        # or freed (issue 14: such a bill scores "no").
        return Decision(
            Verdict.NO,
            "The bill sets or changes a cap on the government's liability for claims in "
            "general, but creates no claim against officers and changes no rule on their "
            "immunity, so it lifts no cap on such claims.",
            0.6,
            _first(own),
        )
    # A cap section reprinted with a new subsection that takes the bill's claims out of it ("5.
    # The limitations of this section ... do not apply to an action brought pursuant to section 1
    # of this act"): the section's limits, and any amount it raises, stay with other claims.
    section_lifts = [
        c.clause
        for c in lifts
        if _LIMITS_OF_THIS_SECTION_LIFTED.search(c.clause.text)
        and (
            reading.judgment_in_claim_section(c.clause.text)
            # ("E. The limitations of this section do not apply to an action brought pursuant to
            # the Constitutional Rights Remedies Act", the name the bill gives itself)
            or any(name in c.clause.text for name in reading.own_act_names if reading.public_claims)
        )
    ]
    lifted_sections = {text.document.section_end(clause.start) for clause in section_lifts}
    if lifted_sections:
        caps = tuple(
            c
            for c in caps
            if c.kind not in ("own", "raised")
            or text.document.section_end(c.clause.start) not in lifted_sections
        )
        own = [c.clause for c in caps if c.kind == "own"]
    cap_law = damage_cap_law(context.state)
    if (
        own
        and lifts
        and cap_law is not None
        and all(
            c.amends_existing or _in_amended_cap_statute(text, c.clause, cap_law)
            for c in caps
            if c.kind == "own"
        )
        and any(
            c.kind == "lifted"
            # (a limit on the amount lifted, not only an immunity set aside)
            and _LIMIT_WORDS.search(c.clause.text)
            and (
                reading.judgment_in_claim_section(c.clause.text)
                or _LIFT_FOR_THE_BILLS_ACTIONS.search(c.clause.text)
            )
            for c in lifts
        )
    ):
        # The state's cap statute raised or restated for tort claims in general, beside "The
        # limitation ... set forth in NRS 41.035 does not apply to an action brought pursuant to
        # section 3 or 4 of this act": the raised cap governs other claims; these are lifted.
        own = []
    if own and lifts and all(_CAP_EXCEPTION.search(clause.text) for clause in own):
        # A cap statute reprinted as the bill amends it, its limit now with an exception
        # ("...; provided, that this limitation shall not apply to an action under chapter 1.6",
        # "Except as provided in subsection (c), ...") beside the bill's own lift: the limit
        # stays for other claims, not these; the lifts decide.
        own = []
    if own:
        # "... OTHER THAN AN ACTION UNDER SECTION 8119, the claim for and award of damages ...
        # may not exceed $400,000", where section 8119 holds the bill's claim: the cap statute
        # now leaves these claims out.
        excepted = [
            clause
            for clause in own
            if _CAP_EXCEPTS_ACTIONS.search(clause.text)
            and reading.judgment_in_claim_section(clause.text)
        ]
        if excepted and len(excepted) == len(own):
            return Decision(
                Verdict.YES,
                "The bill's cap statute, as amended, leaves actions under the bill's own claim "
                "out of its limit.",
                0.7,
                _first(excepted),
            )
        raised = [c.clause for c in caps if c.kind == "own" and c.amends_existing]
        # "893.82 (6) of the statutes is amended to read: ... The amount recoverable ... shall
        # not exceed $500,000": the state's own cap statute restated at a new amount, or given
        # a higher amount for these claims ("$400,000 or, for a claim under section 4682-B,
        # $1,000,000"): a cap changed, still applying.
        if not raised and cap_law is not None and cap_law.caps_apply:
            raised = [
                clause
                for clause in own
                if _in_amended_cap_statute(text, clause, cap_law)
                or _HIGHER_AMOUNT_FOR_THESE_CLAIMS.search(clause.text)
            ]
        if (
            kept_caps
            and not lifts
            and cap_law is not None
            and cap_law.caps_apply
            # (the state's cap statute raised and applied to these claims is a raised cap; a
            # changed limit on some other payment, "the total compensation awarded under ORS
            # 147.005 to 147.367", names no liability, damages or judgment)
            and not any(
                _in_amended_cap_statute(text, clause, cap_law)
                or _LIABILITY_OR_DAMAGES_LIMITED.search(clause.text)
                for clause in raised
            )
        ):
            # "The limitations on liability in ORS 30.271 to 30.273 apply to an action under
            # section 14", in an omnibus bill that also changes another program's limit (crime
            # victims' compensation): these claims keep the state's cap as it is.
            return Decision(
                Verdict.NO,
                "The bill applies an existing statutory cap to these claims, so victims' recovery "
                "stays capped.",
                0.7,
                _first(kept_caps),
            )
        if raised:
            return Decision(
                Verdict.PARTIAL,
                "The bill changes a dollar cap but keeps a cap on what victims can recover.",
                0.6,
                _first(raised + [c.clause for c in lifts]),
            )
        return Decision(
            Verdict.NO,
            "The bill sets its own limit on liability or damages, so victims' recovery "
            "stays capped.",
            0.8,
            _first(own),
        )
    raised = [c.clause for c in caps if c.kind == "raised"]
    if raised:
        return Decision(
            Verdict.PARTIAL,
            "The bill raises a cap on damages for these claims but keeps it.",
            0.6,
            _first(raised),
        )
    # (a ceiling on attorney fees beside the lift limits the fees, not the damages victims
    # recover: issue 14 counts a fee's "not to exceed" read as a damages cap among the errors)
    if lifts:
        kept_act = [
            s
            for s in text.containing("tort claims act", "immunity act", "claims act")
            if _KEEPS_CAP_ACT.search(s.text) and is_operative(s)
        ]
        # "The immunity under s. 893.80 (4) does not apply ... Nothing in this section affects
        # s. 893.80 (3)": the state's cap statute kept by citation, no lift naming it.
        kept_by_citation = (
            [
                s
                for s in text.containing("nothing")
                if _SAVES_A_STATUTE.search(s.text)
                and is_operative(s)
                and _cites_cap_section(s.text, cap_law)
            ]
            if cap_law is not None and cap_law.caps_apply
            else []
        )
        if kept_by_citation and not any(_cites_cap_section(c.clause.text, cap_law) for c in lifts):
            return Decision(
                Verdict.NO,
                "The bill sets some immunities aside but says its section leaves the state's "
                "damage cap statute in force, so the cap still limits what victims recover.",
                0.65,
                _first(kept_by_citation + [c.clause for c in lifts]),
            )
        # "(1) The limits on liability in § 5-303 do not apply to a claim under this subtitle
        # against a local government. (2) A claim under this subtitle against the State remains
        # subject to § 12-104 of the State Government Article": one cap statute lifted, the
        # state's other cap statute kept for some of the same claims by its citation.
        kept_for_some = (
            [
                s
                for s in text.containing("subject to", "appl")
                if is_operative(s)
                and _claims_subject_to_cap_statute(s.text, cap_law)
                and not any(c.clause.start == s.start for c in lifts)
            ]
            if cap_law is not None and cap_law.caps_apply
            else []
        )
        # "(C) The limitations on liability in Section 15-78-120 do not apply to an action under
        # this section. (D) Subsection (C) does not apply to an action against the State": the
        # lift withdrawn for some defendants, whose claims stay capped.
        kept_for_some += [
            s
            for s in text.containing("not apply to")
            if is_operative(s) and _lift_withdrawn_for_some(s.text, lifts)
        ]
        # "The limit in section 5601(b) ... on the aggregate liability ... does not apply to an
        # action under this chapter. The limit of $500,000.00 to any one person applies.": the
        # sentence after the lift keeps another limit.
        kept_for_some += [
            s
            for s in text.containing("appl")
            if is_operative(s)
            and _LIMIT_APPLIES.match(s.text)
            and any(
                0 < s.start - c.clause.end <= _KEPT_AFTER_LIFT_REACH
                and text.document.section_start(s.start)
                == text.document.section_start(c.clause.start)
                for c in lifts
            )
        ]
        # ("The provisions of the Kansas tort claims act ... shall not apply to an action under
        # section 1. An action under section 2 shall be subject to the Kansas tort claims act")
        if cap_law is not None and cap_law.caps_apply:
            kept_for_some += [
                s
                for s in _cap_kept_for_another_claim(
                    reading, [c.clause for c in lifts], cap_law.sections, cap_law.acts
                )
                if s not in kept_for_some
            ]
        if all(c.kind == "lifted-in-part" for c in lifts) or kept_act or kept_caps or kept_for_some:
            return Decision(
                Verdict.PARTIAL,
                "Limits are lifted only in part (for one kind of damages, or only for criminal or "
                "willful conduct, or one cap statute set aside while another act is kept); other "
                "caps still apply.",
                0.6,
                _first([c.clause for c in lifts] + kept_act + kept_caps + kept_for_some),
            )
        if (
            cap_law is not None
            and cap_law.caps_apply
            # (the cap section cited nowhere in the bill, with or without its subsection)
            and not _cites_cap_section(text.lowered, cap_law, with_subsection=False)
            and all(
                _IMMUNITIES_BY_SECTION.search(c.clause.text)
                and not _LIMIT_WORDS.search(c.clause.text)
                and not _NAMES_AN_ACT.search(c.clause.text)
                and not any(re.search(_act_cited(act), c.clause.text) for act in cap_law.acts)
                for c in lifts
            )
        ):
            # "The immunities provided in §§ 4001 and 4011 of this title ... do not apply to an
            # action under this chapter", where the state's cap stands in § 4013: immunities set
            # aside by number, the cap section not among them.
            return Decision(
                Verdict.NO,
                f"The bill sets aside immunities by section, but not {cap_law.state}'s cap "
                f"statute, which still limits what victims recover: {cap_law.summary} "
                f"({cap_law.source})",
                0.6,
                _first([c.clause for c in lifts]),
            )
        other_level = _other_levels_cap_left(reading, [c.clause for c in lifts], cap_law)
        if other_level is not None:
            return _one_levels_cap_lifted(other_level, [c.clause for c in lifts])
        return Decision(
            Verdict.YES,
            "Statutory immunities and limits on liability or damages are made inapplicable to "
            "these claims.",
            0.85,
            _first([c.clause for c in lifts]),
        )
    law = cap_law
    if _no_damages(reading):
        # No damages can be won on these claims, so no cap (or want of one) matters to them.
        return Decision(
            Verdict.NO,
            "The bill's claims are for declaratory or injunctive relief only, so there are no "
            "damages whose limits it could lift.",
            0.7,
            _first(_clauses(reading.public_claims), 1),
        )
    federal = [
        f.clause
        for f in (*reading.public_claims, *reading.bars)
        if reading.within_section_1983(f.clause.text)
    ]
    if (
        law is None
        and context.federal
        and (reading.public_claims or reading.bars or _widens_section_1983(context))
    ):
        tort_claims_act = reading.find("federal_tort_claims_act")
        if tort_claims_act:
            return Decision(
                Verdict.PARTIAL,
                "The bill places its claim in the Federal Tort Claims Act, whose own limits "
                "(no punitive damages save as the bill provides, capped attorney fees) still "
                "apply to it.",
                0.55,
                _first(tort_claims_act, 1),
            )
        return Decision(
            Verdict.YES,
            "This is a federal bill: federal law sets no dollar cap on damages for the "
            "constitutional claims it creates or changes, and the bill adds none.",
            0.65,
            _first(_clauses(reading.public_claims) or _clauses(reading.bars), 1),
        )
    if law is None and federal:
        return Decision(
            Verdict.YES,
            "The bill's claims are section 1983 actions, and federal law sets no dollar cap on "
            "damages in them; the bill adds none.",
            0.65,
            _first(federal, 1),
        )
    if law is None:
        return Decision(
            Verdict.NO,
            "The bill says nothing about damage caps, so any existing statutory caps would still "
            "apply (the state's law was not checked: give the state to decide).",
            0.5,
        )
    raised_by_amendment = _amends_cap_statute(
        text, law, _AMOUNT_REPLACED, "insert", "substitut", "amended to provide"
    )
    excepted_by_amendment = _amends_cap_statute(text, law, _INSERTS_EXCEPTION, "insert")
    if excepted_by_amendment and not raised_by_amendment:
        # '... 2744.05 ... is amended by striking "except in wrongful death actions" and
        # inserting "except in wrongful death actions and in actions brought under section
        # 2307.96"': the cap statute itself now leaves these claims out.
        return Decision(
            Verdict.YES,
            f"The bill amends {law.state}'s cap statute ({law.source}) so that its limit does "
            "not reach actions under the bill's own section.",
            0.65,
            _first(excepted_by_amendment),
        )
    if raised_by_amendment:
        # 'Section 2744.05 ... is amended in division (C)(1) by striking "two hundred fifty
        # thousand dollars" and inserting "seven hundred fifty thousand dollars"'.
        return Decision(
            Verdict.PARTIAL,
            f"The bill amends {law.state}'s cap statute ({law.source}) to a new dollar amount, "
            "so the cap is changed but still applies.",
            0.6,
            _first(raised_by_amendment),
        )
    named = [
        s
        for s in (_sets_aside_statutes(text, law.sections, law.acts) if law.caps_apply else [])
        # (not "... do not apply to an action under subsection (B)", (B) being another claim)
        if not reading.for_another_claim(s.text, s.start)
    ]
    kept_for_employers = (
        _cap_kept_for_the_employers_claim(text, law.sections, law.acts) if named else []
    )
    if named and kept_for_employers:
        return Decision(
            Verdict.PARTIAL,
            f"The bill sets aside {law.state}'s cap statute ({law.source}) for its claim against "
            "officers but keeps it for its claim against the employing government, so part of "
            "what victims recover stays capped.",
            0.6,
            _first(named + kept_for_employers),
        )
    kept_for_another = (
        _cap_kept_for_another_claim(reading, named, law.sections, law.acts) if named else []
    )
    if kept_for_another:
        return Decision(
            Verdict.PARTIAL,
            f"The bill sets aside {law.state}'s cap statute ({law.source}) for one of its claims "
            "but keeps it, or a limit like it, for another, so part of what victims recover stays "
            "capped.",
            0.6,
            _first(named + kept_for_another),
        )
    if named and (any(lifts_in_part(s.text) for s in named) or kept_caps):
        # ("The limitation ... in Section 15-78-120(a)(1) does not apply ...", beside "The
        # aggregate limitation ... in Section 15-78-120(a)(2) continues to apply": one limit set
        # aside, another kept.)
        return Decision(
            Verdict.PARTIAL,
            f"The bill sets aside {law.state}'s cap statute ({law.source}) only in part (for "
            "some damages, for some payers, or one limit of several), so some limits still "
            "apply.",
            0.6,
            _first(named + kept_caps),
        )
    other_level = _other_levels_cap_left(reading, named, law) if named else None
    if other_level is not None:
        return _one_levels_cap_lifted(other_level, named)
    if named:
        return Decision(
            Verdict.YES,
            f"The bill sets aside {law.state}'s own cap statute for these claims ({law.source}), "
            "so the statutory limit on damages no longer applies.",
            0.75,
            _first(named),
        )
    repealed = [
        s
        for s in text.containing("repeal")
        if _REPEALED.search(s.text)
        and is_operative(s)
        and any(_cites(s.text, number.replace(".", "_"), sub) for number, sub in law.sections)
    ]
    if law.caps_apply and repealed:
        return Decision(
            Verdict.YES,
            f"The bill repeals {law.state}'s cap statute ({law.source}), so no statutory limit on "
            "damages is left for these claims.",
            0.7,
            _first(repealed),
        )
    raised_in_proviso = [
        s
        for s in text.containing("provided", "except that")
        if _RAISED_IN_PROVISO.search(s.text) and is_operative(s)
    ]
    if law.caps_apply and raised_in_proviso:
        # "the limits in s. 768.28(5) apply to an action under this section; provided, however,
        # that for such an action the state ... is liable up to $1 million per person": the
        # cap stays, at a higher amount.
        return Decision(
            Verdict.PARTIAL,
            f"The bill keeps {law.state}'s cap for these claims but sets higher amounts for them, "
            "so the cap is raised but still applies.",
            0.6,
            _first(raised_in_proviso),
        )
    hedged = [c for c in kept_caps if lexicon.AS_FAR_AS_STATE_LAW_PERMITS.search(c.text)]
    if hedged and law.caps_apply and (reading.public_claims or reading.bars):
        return Decision(
            Verdict.NO,
            "The local law sets the state's damage limits aside only 'to the extent permitted by "
            "state law', and a city or county cannot set a state's cap aside, so victims' "
            "recovery stays capped.",
            0.6,
            _first(hedged),
        )
    # (where the state has no cap, the hedge keeps nothing)
    kept_caps = [c for c in kept_caps if c not in hedged]
    if kept_caps and (reading.public_claims or reading.bars):
        # "The limits on liability in IC 34-13-3-4 apply to any judgment under section 1".
        return Decision(
            Verdict.NO,
            "The bill applies an existing statutory cap to these claims, so victims' recovery "
            "stays capped.",
            0.75,
            _first(kept_caps),
        )
    if law.caps_apply:
        return Decision(
            Verdict.NO,
            f"The bill says nothing about damage caps, and existing {law.state} law caps such "
            f"claims: {law.summary} ({law.source})",
            0.7,
        )
    if _grants_immunity_only(reading):
        return Decision(Verdict.NO, _IMMUNITY_GRANTED, 0.7, _first(_clauses(reading.created), 1))
    if not reading.public_claims and not reading.bars and not reading.kept:
        # No claim of the bill's and no rule on qualified immunity: the state's want of a cap
        # frees nothing the bill does (an indemnity or records statute is not uncapped
        # liability).
        return Decision(
            Verdict.NO,
            "The bill creates no civil claim and changes no rule on qualified immunity, so "
            "there are no claims whose damages it leaves uncapped.",
            0.7,
        )
    return Decision(
        Verdict.YES,
        f"The bill says nothing about caps, but {law.state} law sets no dollar cap on such "
        f"claims: {law.summary} ({law.source})",
        0.65,
    )


_CHAPTER_OF_TITLE = compile_pattern(
    r"^(?P<unit>chapter|subtitle)\s+(?P<chapter>[\w.-]+)\s+of\s+title\s+(?P<title>[\w.-]+)$"
)


def _cited_as_this_title(act: str, body: str, lowered: str) -> bool:
    """Whether a clause names a cap act "chapter 40 of title 10" as "Chapter 40 of this title",
    in a bill that amends that title."""
    parts = _CHAPTER_OF_TITLE.match(act)
    if parts is None or f"{parts['unit']} {parts['chapter']} of this title" not in body:
        return False
    return re.search(rf"\btitle\s+{re.escape(parts['title'])}\b", lowered) is not None


_WHAT_IT_WOULD_HAVE_DONE = compile_pattern(
    r"\bwould\s+have\s+(?:made|rendered|set|exempted|lifted)\b"
)


def _sets_aside_statutes(
    text: AnalysisText, sections: Sequence[tuple[str, str]], acts: Sequence[str] = ()
) -> list[Sentence]:
    """Sentences that make the cited statute sections inapplicable ("Sections 537.600 to
    537.610 shall not apply to claims brought under this section"), ranges included, or the
    whole act that holds them ("IC 34-13-3 does not apply", ``acts``).

    A section cited with a subsection ("893.80(3)") is matched only by the whole section
    or that subsection, never by a sibling ("893.80 (4)", an immunity, not the cap).
    """
    found = []
    for sentence in text.matching(lexicon.SETS_ASIDE, *lexicon.SETS_ASIDE_GATE):
        body = sentence.text
        if not is_operative(sentence):
            continue  # a report of what a bill would set aside sets nothing aside
        if lexicon.OVERRIDE_GRANTS_IMMUNITY.search(body):
            continue  # "Notwithstanding Chapter 101 ..., a peace officer is not liable": more immunity
        if _NEW_AMOUNT.search(body):
            continue  # "Notwithstanding § 8553, the limitation ... shall be $1,000,000": a new cap
        if _WHAT_IT_WOULD_HAVE_DONE.search(body):
            continue  # "Remove a provision that would have made the liability limits of the Kansas
            # Tort Claims Act inapplicable": what a struck provision would have done
        if lexicon.CAP_ON_OTHER_HARM.search(body):
            continue  # "Notwithstanding § 15-78-120, damages ... for property damage caused by a
            # vehicle pursuit may not exceed $25,000": a cap on another kind of claim
        if limits_kept_immunity_set_aside(body):
            continue  # "... subject to ... including the limitations on liability ..., except that
            # the exceptions to the waiver of immunity ... do not apply": the limits are kept
        if (_CAP_APPLIES.search(body) and not _NOT_APPLY.search(body)) or _EXCEPT_ITS_LIMITS.search(
            body
        ):
            # "Notwithstanding any contrary provision of this section, the limits set forth in
            # s. 768.28(5) apply to any judgment ... under this section": the cap is kept; so is
            # it in "Chapter 78 ... does not apply ..., except for its limits on the amount of
            # damages" (the act is set aside, its cap is not).
            continue
        if lexicon.LIFT_FOR_EQUITABLE_RELIEF.search(body):
            continue  # "... do not apply to an action for injunctive or declaratory relief"
        if _SAVES_THE_LIMITS.search(body):
            continue  # "This subsection does not limit any immunity or damage limit under s.
            # 893.80": the limit saved, not set aside
        applied = _APPLIED_EXCEPT_PARTS.search(body)
        if (
            applied is not None
            and not _LIMIT_WORDS.search(applied.group("rest"))
            and not _cites_or_takes_in_any(applied.group("rest"), sections)
        ):
            # "Chapter 2744. ... applies to a civil action under this section, except that
            # sections 2744.02 and 2744.03 ... do not apply": the statutes are applied, and
            # only what the exception names (immunities, not the cap) is set aside.
            continue
        if _cites_cap_law(text, sentence, sections, acts) or _lifts_the_cap_it_amends(
            text, sentence, sections
        ):
            found.append(sentence)
    found += [s for s in _cap_excepting_the_bills_actions(text, sections) if s not in found]
    # "The provisions of the Kansas tort claims act ... shall apply to an action brought under
    # this section, except K.S.A. 75-6104 and 75-6105": the cap section left out of what applies.
    found += [
        s
        for s in text.containing("except")
        if s not in found
        and is_operative(s)
        and _cites_or_takes_in_any(_excepted_from_what_applies(s.text), sections)
    ]
    return found


def _excepted_from_what_applies(body: str) -> str:
    """The sections a clause leaves out of the statutes it applies to the claims ("K.S.A.
    75-6104 and 75-6105"), or ""."""
    excepted = _APPLIED_EXCEPT_SECTIONS.search(body)
    if excepted is None:
        return ""
    return excepted.group("rest") or excepted.group("rest2") or ""


def _cites_or_takes_in_any(body: str, sections: Sequence[tuple[str, str]]) -> bool:
    """Whether ``body`` cites, or takes in by a range, one of ``sections`` (numbers unmasked)."""
    return any(
        _cites_or_takes_in(body, number.replace(".", "_"), subsection)
        for number, subsection in sections
    )


# Statutes applied to the claims but for some sections ("... shall apply to an action brought
# under this section, except K.S.A. 75-6104 and 75-6105"; "This chapter, except sections 670.4A
# and 670.5, applies to a claim under this section").
_APPLIED_EXCEPT_SECTIONS = compile_pattern(
    r"\b(?:shall\s+apply|appl(?:y|ies))\s+to\s+(?:an?|any|the|all|each)\s+(?:civil\s+)?(?:actions?|claims?)\b"
    r"[^.;]{0,120}?,?\s*except\s+(?!that\b)(?P<rest>[^;]{0,160})"
    r"|\bexcept\s+(?P<rest2>(?:sections?|ss?[._]|§+|k[._]s[._]a[._])[^;]{0,120}?),?\s+(?:shall\s+apply|appl(?:y|ies))\s+to\b"
)
# Statutes applied to the claims with an exception ("Chapter 2744. ... applies to a civil action
# under this section, except that sections 2744.02 and 2744.03 ... do not apply"; "shall be
# brought and maintained as provided in s. 893.80, except that s. 893.80 (4) does not apply").
_APPLIED_EXCEPT_PARTS = compile_pattern(
    r"(?:(?<!not\s)(?<!n't\s)\b(?:appl(?:y|ies)|shall\s+apply)\s+to\s+(?:an?|any|the|all|each|such)\s+(?:civil\s+)?"
    r"(?:actions?|claims?|suits?)\b|\b(?:is|are|shall\s+be)\s+subject\s+to\b|\bmaintained\s+as\s+provided\s+in\b)"
    r"[^.;]{0,160}?,?\s*(?:except\s+that|but)\s+(?P<rest>[^;]*)$"
)


def _lifts_the_cap_it_amends(
    text: AnalysisText, sentence: Sentence, sections: Sequence[tuple[str, str]]
) -> bool:
    """Whether ``sentence`` stands in the bill's amendment of the cap statute itself and names
    the cap by reference to it ("24-10-114, add (7) as follows: ... (7) The limitations on the
    amount of any judgment set forth in this section do not apply to an action brought pursuant
    to section 13-21-135"; "Subsections (a), (b), and (c) do not apply to ...")."""
    return _NAMES_ITS_OWN_SECTION.search(
        sentence.text
    ) is not None and _in_the_bill_section_amending_cap_statute(text, sentence, sections)


def _cap_excepting_the_bills_actions(
    text: AnalysisText, sections: Sequence[tuple[str, str]]
) -> list[Sentence]:
    """The cap statute's own limit, amended to open with an exception for the bill's claims
    ("24-10-114, amend (1) ... as follows: (1) EXCEPT IN AN ACTION BROUGHT PURSUANT TO SECTION
    13-21-1402, the maximum amount that may be recovered ... shall be: ...")."""
    return [
        s
        for s in text.containing(*_EXCEPT_IN_ACTIONS_NEEDLES)
        if _EXCEPT_IN_ACTIONS_UNDER.match(s.text)
        and is_operative(s)
        and _in_the_bill_section_amending_cap_statute(text, s, sections)
    ]


_EXCEPT_IN_ACTIONS_NEEDLES = ("except in an action", "except in actions", "except for an action")
# (at the opening of the sentence, after its labels)
_EXCEPT_IN_ACTIONS_UNDER = compile_pattern(
    r"\W*(?:[\w.-]{1,20}\.\s+[^.;]{0,60}?\.\s+)?(?:\(\w{1,4}\)\s*)*except\s+(?:in|for)\s+(?:an?\s+)?actions?\s+"
    r"(?:brought\s+)?(?:pursuant\s+to|under)\s+(?:section|§)"
)


def _in_the_bill_section_amending_cap_statute(
    text: AnalysisText, sentence: Sentence, sections: Sequence[tuple[str, str]]
) -> bool:
    """Whether ``sentence`` stands in the bill section that amends one of the state's cap
    statute ``sections``: the last bill section heading before it opens with an instruction
    ("In Colorado Revised Statutes, 24-10-114, add (7) as follows:") that names the section.
    (:func:`_in_amended_cap_statute` asks a narrower question, kept as its callers rely on it:
    an "is amended to read" instruction citing the section within a short reach.)"""
    before = text.lowered[max(0, sentence.start - _AMENDED_CAP_REACH) : sentence.start]
    headings = list(_BILL_SECTION_HEADING.finditer(before))
    if not headings:
        return False
    instruction = before[headings[-1].start() : headings[-1].start() + _INSTRUCTION_REACH]
    cited = instruction.replace(".", "_")
    return bool(_AMENDING_WORDS.search(instruction)) and any(
        _cites(cited, number.replace(".", "_"), subsection) for number, subsection in sections
    )


# A bill's own section heading ("SECTION 2.", "Sec. 3.", "Section 4."), not a code section's.
_BILL_SECTION_HEADING = compile_pattern(r"(?:^|\n)[ \t]*(?:section|sec_?)\s+\d{1,3}[a-z]?[_.]")
_AMENDING_WORDS = compile_pattern(r"\bamend\w*|\badd(?:s|ed|ing)?\b|\bcreated\b|\bto\s+read\b")
# The limits the amended section itself sets: "the limitations on the amount of any judgment set
# forth in this section", "Subsections (a), (b), and (c) do not apply", "the foregoing limits".
_NAMES_ITS_OWN_SECTION = compile_pattern(
    r"\b(?:limits?|limitations?|caps?|amounts?|maximums?)\b[^.;]{0,80}?\b(?:set\s+(?:forth|out)\s+in|in|under|of"
    r"|provided\s+(?:in|by))\s+this\s+section\b"
    r"|\bsubsections\s+\(\w{1,4}\),?\s+(?:\(\w{1,4}\),?\s+)*(?:and|or)\s+\(\w{1,4}\)\s+(?:do|does|shall)\s+not"
    r"|\bthe\s+foregoing\s+(?:limits?|limitations?|caps?)\b"
    # ("... shall be limited as set forth in this section, except that this section shall not
    # apply to an action under section 8560")
    r"|(?<!\bof )\bthis\s+section\s+(?:shall|does)\s+not\s+apply\s+to\s+(?:an?|any)\s+(?:action|claim)s?\b"
)
_AMENDED_CAP_REACH = 6_000
_INSTRUCTION_REACH = 400


_SAVES_THE_LIMITS = compile_pattern(
    r"\b(?:does|do|shall)\s+not\s+(?:limit|affect|alter|impair|waive|modify|diminish|abrogate)\s+(?:any|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:limits?|limitations?|caps?)\b"
)


def _cites_cap_law(
    text: AnalysisText, sentence: Sentence, sections: Sequence[tuple[str, str]], acts: Sequence[str]
) -> bool:
    """Whether ``sentence`` cites the state's cap statute: one of ``sections`` (by number, by a
    range that covers it, by its chapter, or by its own subsection inside the section the bill
    amends) or the whole act that holds it (``acts``)."""
    body = sentence.text
    if any(_whole_act_cited(act, body) for act in acts) or any(
        _cited_as_this_title(act, body, text.lowered) for act in acts
    ):
        return True
    for number, subsection in sections:
        masked = number.replace(".", "_")
        # "Chapter 101 does not apply" sets aside section 101.023 with the rest of it.
        chapter = number.split(".")[0] if "." in number else None
        if (
            _cites_or_takes_in(body, masked, subsection)
            or (
                chapter
                and re.search(
                    rf"\b{_DIVISION_WORDS['chapter']}\s+{re.escape(chapter)}(?![0-9a-z]|[_.]\d)",
                    body,
                )
            )
            or _cites_own_subsection(text, sentence, masked, subsection)
        ):
            return True
    return False


# The bill's claim against the employing government kept under the cap: "An action against an
# agency pursuant to this subsection (3) is subject to the Colorado Governmental Immunity Act
# ..., including the limitations of section 24-10-114"; "The political subdivision that employs
# the peace officer shall be liable ..., subject to the limits of section 537.610".
_EMPLOYERS = (
    r"(?:agency|agencies|public\s+bod(?:y|ies)|political\s+subdivisions?|governmental\s+(?:units?|entit(?:y|ies))"
    r"|public\s+entit(?:y|ies)|employers?|employing\s+(?:agency|entity|unit))"
)
_EMPLOYERS_CLAIM_UNDER_CAP = compile_pattern(
    r"\b(?:action|claim|suit)s?\s+(?:brought\s+)?against\s+(?:an?|the|any)\s+(?:[\w-]+\s+){0,3}?"
    + _EMPLOYERS
    + r"\b[^.;]{0,160}?\b(?:is|are|shall\s+be|remains?)\s+subject\s+to\b"
    r"|\b"
    + _EMPLOYERS
    + r"\b[^.;]{0,160}?\b(?:is|are|shall\s+be)\s+liable\b[^.;]{0,200}?\bsubject\s+to\b"
)


# One of the bill's claims kept under the cap, named by its section: "(2) An action brought
# pursuant to section 13-21-134 is subject to the 'Colorado Governmental Immunity Act', ...
# including ... the limitations on judgments set forth in section 24-10-114"; "(5) Recovery in an
# action under subsection (2) may not exceed the amounts specified in s. 768.28(5)".
# A claim of the bill named by its section ("under section 13-21-134", "under division (B)",
# "under (b) of this section").
_UNDER_A_NUMBERED_PART = (
    r"(?:under|pursuant\s+to)\s+(?:sections?|sub(?:section)?s?_?|subdivisions?|divisions?|paragraphs?|§)\s*"
    r"[\w().-]*\d[\w().-]*"
)
_UNDER_A_NAMED_PART = (
    r"(?:"
    + _UNDER_A_NUMBERED_PART
    + r"|(?:under|pursuant\s+to)\s+(?:(?:sub(?:section)?s?_?|subdivisions?|divisions?|paragraphs?)\s*)?\(\w{1,4}\))"
)
_ANOTHER_CLAIM_UNDER_CAP = compile_pattern(
    r"\b(?:actions?|claims?)\s+(?:brought\s+)?"
    + _UNDER_A_NAMED_PART
    + r"[^.;]{0,120}?\b(?:is|are|shall\s+be|remains?)\s+subject\s+to\b"
    r"|\b(?:recovery|damages)\b[^.;]{0,80}?\b(?:in|under)\s+an?\s+action\s+(?:brought\s+)?"
    + _UNDER_A_NAMED_PART
    + r"[^.;]{0,60}?\b(?:may|shall)\s+not\s+exceed\b"
)


def _cap_kept_for_another_claim(
    reading: Reading,
    lifts: Sequence[Sentence],
    sections: Sequence[tuple[str, str]],
    acts: Sequence[str],
) -> list[Sentence]:
    """Where a bill sets the cap statute aside (``lifts``): a sentence of its own that says the
    lift does not apply to some actions ("Section 6. Section 5 does not apply to an action under
    Section 3"; "... to an action brought under Section 2 against an employee of a county"); and
    where it has several claims, a sentence that keeps the cap for one claim named by its
    section, or a lift that names only some of the claims."""
    text = reading.text
    several = len(reading.public_claims) > 1
    found = [
        sentence
        for sentence in text.containing("subject to", "not exceed")
        if several
        and is_operative(sentence)
        and sentence not in lifts
        and _ANOTHER_CLAIM_UNDER_CAP.search(sentence.text)
        and not _NOT_APPLY.search(sentence.text)
        and _cites_cap_law(text, sentence, sections, acts)
    ]
    for lift in lifts:
        found += [
            exception
            for exception in reading.exceptions_to(lift)
            if _ACTION_OF_A_SECTION.search(exception.text) and exception not in found
        ]
    # A lift that names only some of the bill's claims ("Section 2744.05 of the Revised Code does
    # not apply to an action brought under division (A)", division (B) holding another claim).
    # (named by number, and the claims left out a class of their own: not "claims brought under
    # this section" beside the same claim quoted again elsewhere)
    claims = (
        [
            c
            for c in reading.public_claims
            if c.rights is not Rights.UNSTATED and c.role.public and not c.fails_to_prevent
        ]
        if several
        else []
    )
    for lift in lifts if several else ():
        if _UNDER_THIS_PROVISION.search(lift.text):
            continue
        named = reading.claims_named_in(lift)
        if named and any(
            c not in named and all(c.role is not other.role for other in named) for c in claims
        ):
            found.append(lift)
    return found


_UNDER_THIS_PROVISION = compile_pattern(
    r"\b(?:under|pursuant\s+to)\s+this\s+(?:section|subsection|act|chapter|article|part)\b"
)


_ACTION_OF_A_SECTION = compile_pattern(
    r"\bnot\s+apply\s+to\s+(?:an?|any|the)\s+(?:civil\s+)?(?:actions?|claims?)\s+(?:brought\s+)?"
    + _UNDER_A_NUMBERED_PART
)


def _cap_kept_for_the_employers_claim(
    text: AnalysisText, sections: Sequence[tuple[str, str]], acts: Sequence[str]
) -> list[Sentence]:
    """Sentences that keep the state's cap statute for the bill's claim against the employing
    government, beside a lift for its claim against officers."""
    return [
        sentence
        for sentence in text.containing("subject to")
        if is_operative(sentence)
        and _EMPLOYERS_CLAIM_UNDER_CAP.search(sentence.text)
        and not _NOT_APPLY.search(sentence.text)
        and _cites_cap_law(text, sentence, sections, acts)
    ]


def _cites_own_subsection(
    text: AnalysisText, sentence: Sentence, masked: str, subsection: str
) -> bool:
    """Whether ``sentence`` sets the cap's subsection aside by its number alone ("Paragraph (a)
    and subsection (5) do not apply to an action under this paragraph") inside the very section
    the bill amends ("Subsection (9) of section 768.28 ... is amended to read:", whose
    subsection (5) is the cap)."""
    if not subsection or not re.search(
        rf"\bsubsection\s+\({re.escape(subsection)}\)(?:\s+of\s+this\s+section)?\s+(?:does|do|shall)\s+not"
        r"\s+apply\b",
        sentence.text,
    ):
        return False
    section_start = text.document.section_start(sentence.start)
    before = text.lowered[section_start : sentence.start]
    number = rf"(?:{re.escape(masked)}|{re.escape(masked.replace('_', '.'))})"
    return (
        re.search(rf"(?:section|s_|§)\s*{number}(?![\w]|[_.]\d)[^.;]{{0,80}}?\bamended\b", before)
        is not None
    )


_NEW_AMOUNT = compile_pattern(
    r"\b(?:limit\w*|caps?|maximum)\b[^.;]{0,80}?\b(?:shall\s+be|is|are|shall\s+not\s+exceed|may\s+not\s+exceed)\s+"
    r"(?:"
    + lexicon.DOLLAR_AMOUNT
    + r"|(?:twice|double|triple|(?:two|three|four|five|ten)\s+times)\s+the\s+"
    r"(?:amounts?|limits?|sums?)\b)"
)
_EXCEPT_ITS_LIMITS = compile_pattern(
    r"\bexcept\s+(?:for\s+)?(?:its|the|their|that\s+act's|the\s+act's)\s+(?:limits?|limitations?|caps?)\b"
)
# A dollar amount struck and another inserted: 'by striking "$250,000" and inserting
# "$750,000"' (the struck words are blanked in the analysis copy).
_AMOUNT_REPLACED = compile_pattern(
    # ('by striking out, in line 9, the figure "$100,000" and inserting in place thereof the
    # following figure:- $750,000')
    r"\bstrik(?:e|es|ing)\s+(?:out\s*)?(?:,?\s*in\s+lines?\s+[\d\s,and-]{1,20},\s*)?(?:the\s+(?:figures?|words?|sums?"
    r"|amounts?)\s+)?[\"“][^\"”]{0,120}[\"”]\s*,?\s+and\s+(?:by\s+)?(?:inserting|substituting)"
    r"(?:\s+in\s+(?:lieu|place)\s+thereof)?\s+(?:the\s+following\s+(?:figures?|words?)\s*:?-?\s*|[\"“])"
    r"[^\"”]{0,80}?(?:dollars|\$\s?\d)"
    # 'by inserting after the word "dollars", in line 20, the following words:- , or $500,000 in
    # an action arising from ...'.
    r"|\binsert\w*\s+after\s+the\s+words?\s+[\"“][^\"”]{1,40}[\"”][^.;]{0,60}?\bfollowing\s+words?\b[^.]{0,20}?"
    r"(?:\$\s?\d|dollars)"
    # The old amount in brackets (struck, so blank in the analysis copy) and the new one in
    # capitals: "by striking out the words [one hundred thousand dollars] and inserting in place
    # thereof the words ONE MILLION DOLLARS".
    r"|\bstrik(?:e|es|ing)\s+out\s+(?:the\s+words?\s+)?[^.;\"“]{0,120}?\band\s+(?:by\s+)?(?:inserting|substituting)"
    r"\s+(?:in\s+(?:place|lieu)\s+thereof\s+)?(?:the\s+words?\s+)?[^.;]{0,60}?(?:dollars|\$\s?\d)"
    # "Section 11-46-15 ... is amended to provide that for a claim under Section 2 of this act the
    # limit of liability shall be One Million Five Hundred Thousand Dollars".
    r"|\bamended\s+to\s+provide\s+that\b[^.]{0,160}?\blimit\w*\s+(?:of|on)\s+(?:liability|damages|recovery)\s+"
    r"(?:is|shall\s+be)\s+(?:\$|(?:[\w-]+\s+){0,6}?(?:hundred|thousand|million)\s+dollars)"
)
_INSERTS_EXCEPTION = compile_pattern(
    r"\binsert\w*\s+[\"“][^\"”]{0,200}?\b(?:except|other\s+than|excluding|not\s+apply)\b[^\"”]{0,200}?"
    r"\b(?:actions?|claims?)\s+(?:brought\s+)?(?:under|pursuant\s+to)\s+(?:section|this)\b"
)
_OFFICERS_OR_RIGHTS = compile_pattern(r"employee|officer|official|civil rights")
_CAP_APPLIES = compile_pattern(
    r"\b(?:limits?|limitations?|caps?)\b[^.;]{0,120}?(?<!not )(?<!shall )\b(?:shall\s+)?appl(?:y|ies)\s+to\b"
    # "... are subject to the limits provided in Section 15-78-120"
    r"|(?<!not )\bsubject\s+to\s+(?:the\s+)?(?:limits?|limitations?|caps?|maximum)\b"
    # ("an action under this section is subject to the Wyoming Governmental Claims Act, ...,
    # including the notice of claim requirements ... and the limits on liability of W.S.
    # 1-39-118(a)")
    r"|(?<!not )(?<!not be )\bsubject\s+to\b[^.;]{0,200}?\bincluding\b[^.;]{0,120}?\b(?:limits?|limitations?|caps?)\s+"
    r"(?:on|of)\s+(?:liability|damages|recovery)\b"
    # ("...; provided, however, that the total liability ... shall not exceed the amounts set
    # forth in Section 41-4-19 NMSA 1978": the cap statute's amounts kept by reference)
    r"|\b(?:shall|may)\s+not\s+exceed\s+the\s+(?:amounts?|limits?|maximums?|sums?)\s+(?:set\s+(?:forth|out)|stated"
    r"|provided|specified|established)\s+(?:in|by|under)\b"
)
_NOT_APPLY = compile_pattern(r"\bnot\s+(?:apply|govern|be\s+applied)|\binapplicable\b")


# Immunities set aside by section number ("the immunities provided in §§ 4001 and 4011"), an act
# named, and the words of a limit on what is recovered.
_IMMUNITIES_BY_SECTION = compile_pattern(
    r"\bimmunit(?:y|ies)\s+(?:provided|granted|conferred|set\s+(?:forth|out)|established)\s+(?:in|by|under)\s+"
    r"(?:§§?|sections?)\s*\d"
)
_NAMES_AN_ACT = compile_pattern(
    r"\b(?:claims|immunity|tort)\s+act\b|\b(?:chapter|article|title)\s+\d"
)
_LIMIT_WORDS = compile_pattern(
    r"\b(?:limit\w*|caps?|damages|amounts?|recover\w*|monetary|maximum|exceed\w*)\b"
)
# An indemnity that excepts the officer's own share: "except the amount for which the officer is
# personally liable", "other than the officer's share".
_OFFICERS_SHARE_EXCEPTED = compile_pattern(
    r"\b(?:except|other\s+than|excluding|less)\b[^.;]{0,80}?\b(?:personally\s+liable|personal\s+share"
    r"|(?:officer|employee|defendant)'?s\s+(?:own\s+)?(?:share|portion|contribution))"
    # ("shall pay the remainder of the judgment and any part of the officer's share not
    # collected": what is left after the officer's share)
    r"|\b(?:pay|indemnify)\b[^.;]{0,60}?\b(?:for\s+)?the\s+(?:remainder|balance)\s+of\s+the\s+(?:judgment|judgement|award)\b"
    # ("The employer shall pay any judgment ..., except that the officer shall personally pay the
    # lesser of two percent of the judgment or ten thousand dollars")
    r"|\bexcept\s+that\s+(?:the\s+)?(?:[\w-]+\s+)?(?:officer|employee|defendant)\s+shall\s+(?:personally\s+)?"
    r"(?:pay|contribute)\b"
    r"|" + lexicon.AMOUNT_OFFICER_MUST_PAY
)
# An exception made by reference to a unit of the same section: "... shall pay any judgment ...,
# except as provided in subsection (2) of this section".
# ("Except as otherwise provided in subsection 6, the employer ... shall indemnify": a bare number)
_EXCEPT_AS_PROVIDED_IN_UNIT = compile_pattern(
    r"\bexcept\s+as\s+(?:otherwise\s+)?provided\s+(?:in|under|by)\s+(?:sub)?(?:section|paragraph|division)\s+"
    r"(?:\((?P<label>[a-z0-9]{1,4})\)|(?P<bare>\d{1,3})\b)"
)
_UNIT_REACH = 1_000  # how far after the indemnity the unit it cites is looked for
_UNIT_OPENING = 300  # how much of that unit is read


def _officers_share_excepted(context: Context, clause: Sentence) -> bool:
    """Whether an indemnity leaves out the officer's own share: in its own words, or by citing
    the unit just after it that makes the officer pay ("(2) A peace officer against whom a
    judgment is entered shall personally contribute ...")."""
    if _OFFICERS_SHARE_EXCEPTED.search(clause.text):
        return True
    reference = _EXCEPT_AS_PROVIDED_IN_UNIT.search(clause.text)
    if reference is None:
        return False
    after = context.text.lowered[clause.end : clause.end + _UNIT_REACH]
    if reference.group("label") is not None:
        unit = rx.search(rf"\(\s*{re.escape(reference.group('label'))}\s*\)", after)
        if unit is None:
            return False
        unit_end = unit.end()
    else:
        # ("6. If the employer ... determines ..., the peace officer is personally liable ...")
        found = after.find(f" {reference.group('bare')}. ")
        if found == -1:
            found = after.find(f"\n{reference.group('bare')}. ")
        if found == -1:
            return False
        unit_end = found + len(reference.group("bare")) + 3
    opening = after[unit_end : unit_end + _UNIT_OPENING]
    return lexicon.PERSONAL_SHARE.search(opening) is not None


_LIABILITY_OR_DAMAGES_LIMITED = compile_pattern(r"\b(?:liabilit\w*|damages|judgments?)\b")
# A guarantee of the officer's own share: "any part of the employee's share that cannot be
# collected", "the portion the officer is unable to pay".
_BACKS_THE_SHARE = compile_pattern(
    r"\b(?:share|portion|part|amount)\b[^.;]{0,60}?\b(?:cannot\s+be\s+collected|uncollect\w*"
    r"|(?:is|are)\s+unable\s+to\s+pay|not\s+(?:paid|collected))"
)


# An exception for actions under some provision ("other than an action under ..."), written once.
_EXCEPTS_ACTIONS_UNDER = (
    r"\b(?:other\s+than|except(?:\s+for|\s+in)?|excluding)\s+(?:an?\s+|any\s+)?(?:civil\s+)?(?:actions?|claims?)\s+"
    r"(?:brought\s+)?(?:under|pursuant\s+to)"
)
_CAP_EXCEPTS_ACTIONS = compile_pattern(_EXCEPTS_ACTIONS_UNDER + r"\s+(?:section|sec[._]?|§)")
# Any exception a cap clause makes for some actions, or for what another provision says.
_CAP_EXCEPTION = compile_pattern(
    _EXCEPTS_ACTIONS_UNDER + r"\b"
    r"|\b(?:this|the|such|that)\s+(?:limitation|limit|cap|section|subsection)\s+(?:shall|does|do|will)\s+not\s+"
    r"apply\s+to\s+(?:an?|any)\s+(?:civil\s+)?(?:actions?|claims?)\s+(?:brought\s+)?(?:under|pursuant\s+to)\b"
    # "893.82 (6) Except as provided in s. 895.4805 (6), the amount recoverable ...".
    r"|\bexcept\s+as\s+(?:otherwise\s+)?provided\s+(?:in|by|under)\b[^.;,]{1,80},"
)
# "... may not exceed $400,000 or, for a claim under Title 5, section 4682-B, $1,000,000".
_HIGHER_AMOUNT_FOR_THESE_CLAIMS = compile_pattern(
    r"\$\s?[\d,]{3,15}[^.;$]{0,20}?\bor,?\s+(?:for|in)\s+(?:a|an|any)\s+(?:claim|action)\s+(?:brought\s+)?under\b"
    r"[^.;$]{1,80}?,?\s*\$\s?[\d,]{3,15}"
)


# "Nothing in this section affects s. 893.80 (3)": a statute the bill leaves as it is.
_SAVES_A_STATUTE = compile_pattern(
    r"\bnothing\s+in\s+this\s+(?:section|act|chapter|article|subchapter|part)\b[^.;]{0,80}?"
    r"\b(?:affects?|limits?|modif(?:y|ies)|alters?|impairs?|repeals?|supersedes?|changes?)\b"
)


_LIFT_WITHDRAWN = compile_pattern(
    r"\b(?:subsection|paragraph|division|subdivision)\s+\((?P<label>\w{1,4})\)(?:\s+of\s+this\s+section)?\s+"
    r"(?:does|shall|do)\s+not\s+apply\s+to\s+(?:an?\s+|any\s+)?(?:actions?|claims?|suits?)\s+(?:brought\s+)?"
    r"against\s+(?:the\s+|a\s+|any\s+)?(?:state|commonwealth|state\s+agenc|political\s+subdivision|county"
    r"|municipalit|city|local\s+government)"
)


def _lift_withdrawn_for_some(body: str, lifts: Sequence[Cap]) -> bool:
    """Whether ``body`` withdraws a lift of the bill's, named by its label, for actions against
    some government ("Subsection (C) does not apply to an action against the State")."""
    withdrawn = _LIFT_WITHDRAWN.search(body)
    if withdrawn is None:
        return False
    label = f"({withdrawn.group('label')})"
    return any(cap.clause.text.lstrip().startswith(label) for cap in lifts)


# "... remains subject to", "is subject to", "shall continue to be subject to" (not "is not").
_SUBJECT_TO = compile_pattern(
    r"(?<!not )\b(?:(?:shall\s+)?remains?|is|are|shall\s+be|continues?\s+to\s+be)\s+subject\s+to\b"
)


# A cap statute's procedures (notice of claim, presuit steps), not its limits.
_PROCEDURE_ONLY = compile_pattern(
    r"\b(?:notice|presuit|pre-suit|presentment|presentation|filing|service|venue)\b"
)
_LIMITS_OR_IMMUNITIES_NAMED = compile_pattern(
    r"\blimit|\bcaps?\b|\bamounts?\b|\bdamages\b|\bliabilit|\bimmunit|\bexcept\b|\bother\s+provisions\b"
)


def _claims_subject_to_cap_statute(body: str, law: DamageCapLaw) -> bool:
    """Whether ``body`` keeps the bill's claims (some or all) under one of the state's cap
    statutes by its citation ("A claim under this subtitle against the State remains subject to
    § 12-104"; "In an action against the State ..., the limitations of Section 15-78-120
    apply"), or keeps the other claims under the limits just lifted for some ("All other claims
    under this section remain subject to those limitations")."""
    if _PROCEDURE_ONLY.search(body) and not _LIMITS_OR_IMMUNITIES_NAMED.search(body):
        # "The notice and presuit requirements of s. 768.28(6) apply to an action under this
        # section": the cap statute's procedure borrowed, not its limits.
        return False
    subjection = _SUBJECT_TO.search(body)
    if (
        subjection is not None
        and _THE_BILLS_CLAIMS.search(body, 0, subjection.start()) is not None
        and _cites_cap_section(body[subjection.end() :], law, with_subsection=False)
    ):
        return True
    # "Notwithstanding Subsection (a), Section 101.023 applies to any judgment against the
    # department itself in an action under this chapter": the cap section named as applying.
    applies = _CAP_APPLIES_TO.search(body)
    if (
        applies is not None
        # (not "no limit in chapter 669 or 670 applies to an action under this section")
        and not _NO_LIMIT_BEFORE.search(body, 0, applies.start())
        and _cites_cap_section(body[: applies.start()], law, with_subsection=False)
        and _THE_BILLS_CLAIMS.search(body, applies.end()) is not None
    ):
        return True
    # "(2) In an action against the State, a state agency, or an employee of the State, the
    # limitations of Section 15-78-120 apply": kept for the actions it names.
    if _IN_ACTIONS_AGAINST_LIMITS_APPLY.match(body) is not None and _cites_cap_section(
        body, law, with_subsection=False
    ):
        return True
    # "All other claims under this section remain subject to those limitations", after a lift
    # for some claims only.
    return _OTHER_CLAIMS_STAY_CAPPED.search(body) is not None


# A sentence of its own that says a limit applies ("The limit of $500,000.00 to any one person
# applies.", "The limitation under IC 34-13-3-4(a)(1) ... applies.").
_LIMIT_APPLIES = compile_pattern(
    r"\W*(?:\(\w{1,4}\)\s*)*the\s+(?:limits?|limitations?|caps?)\b[^.;]{0,200}?\b(?:applies|apply|shall\s+apply"
    r"|continues?\s+to\s+apply|remains?\s+in\s+effect)\s*[.;]?\s*$"
)
_KEPT_AFTER_LIFT_REACH = 300
_IN_ACTIONS_AGAINST_LIMITS_APPLY = compile_pattern(
    # ("(2) In an action under this section against the State ..., the limits on liability under
    # § 12-104 of the State Government Article apply")
    r"\W*(?:\(\w{1,4}\)\s*)*in\s+an?\s+(?:action|claim|suit)s?\s+(?:(?:under|pursuant\s+to)\s+this\s+\w+\s+)?"
    r"against\b[^.;]{0,160}?,\s+the\s+"
    r"(?:limits?|limitations?|caps?)\b[^.;]{0,100}?\b(?:apply|applies|shall\s+apply)\s*(?:[.;]|$)"
)
_OTHER_CLAIMS_STAY_CAPPED = compile_pattern(
    r"\b(?:all\s+)?(?:other|remaining)\s+(?:claims|actions)\b[^.;]{0,60}?\bremain\s+subject\s+to\s+(?:those|these"
    r"|such|the\s+same)\s+(?:limits|limitations|caps)\b"
)


_NO_LIMIT_BEFORE = compile_pattern(
    r"\b(?:no|neither)\s+(?:\w+\s+){0,2}?(?:limits?|limitations?|caps?)\b[^.;]*$|\buncapped\b"
)
_CAP_APPLIES_TO = compile_pattern(
    r"(?<!not )(?<!n't )\b(?:applies|apply|shall\s+apply|continues\s+to\s+apply)\s+to\b"
)


_THE_BILLS_CLAIMS = compile_pattern(
    r"\b(?:claims?|actions?|suits?|judgments?|damages)\b[^.;]{0,80}?\b(?:under|pursuant\s+to|brought\s+under)"
    r"\s+this\s+(?:section|subsection|act|chapter|article|subtitle|subchapter|part|title)\b"
)


def _other_levels_cap_left(
    reading: Reading, lifting: Sequence[Sentence], law: DamageCapLaw | None
) -> tuple[str, str] | None:
    """Where the state caps its own liability and its local governments' in separate statutes,
    the level whose cap the bill leaves in force although its claims reach that level's
    officers, with how a bill names that cap; else None.

    A lift counts as one level's only when it cites that level's statute and confines itself
    to the level in words ("The limits on the liability of a local government under § 5-303 do
    not apply to a judgment against a law enforcement officer employed by a local government",
    "section 8528 shall not apply to an action against a Commonwealth party"), or keeps the
    other level's cap ("..., except that s. 893.82 (6) continues to apply"). A lift that only
    cites one statute ("Section 893.80 (3) does not apply to an action under this section"), or
    only names a level ("notwithstanding any statutory limitation on the amount recoverable from
    a local government"), is read as lifting the cap the bill means to lift, as labelled bills
    read it.
    """
    if law is None or not law.caps_apply or not law.levels or not lifting:
        return None
    lifted: set[str] = set()
    for clause in lifting:
        # (a statute's title in a citation names no level: "Subchapter C of Chapter 85
        # (relating to actions against local parties) shall not apply")
        # (nor a caption: "(c) Local agency immunity.--Subchapter C ... shall not apply")
        body = _RELATING_TO.sub(" ", _CAPTION.sub(" ", clause.text, count=1))
        lift = _LIFT_VERB.search(body)
        if lift is not None:
            # (the lift's own words, to the end of its object: not "..., and the employing unit of
            # State or local government shall indemnify ..." joined to it)
            joined = _NEXT_JOINED_CLAUSE.search(body, lift.end())
            body = body[: joined.start()] if joined else body
        kept = _KEPT_AFTER.search(body, lift.end()) if lift else None
        head, tail = (body[: kept.start()], body[kept.start() :]) if kept else (body, "")
        kept_levels = _cap_levels_named(tail, law) | _levels_in_words(tail)
        in_words = _levels_in_words(head)
        statutes = _cap_levels_named(head, law)
        if kept_levels:
            lifted |= (statutes | in_words) - kept_levels
        elif in_words and statutes:
            lifted |= in_words | statutes
        elif statutes and lexicon.EXCEPT_AS_PROVIDED_IN_SECTION.search(
            body, 0, lexicon.EXCEPTION_REACH
        ):
            # ("893.80 (3) Except as provided in this subsection and s. 895.4615, the amount
            # recoverable ...": one level's cap statute, restated with the claims excepted)
            lifted |= statutes
        else:
            # every level's limits, or the one the bill means ("notwithstanding any statutory
            # limitation on the amount recoverable from a local government", no statute named)
            return None
    reached: set[str] = set()
    for claim in reading.public_claims:
        reached |= _LEVELS_A_CLASS_REACHES.get(claim.role, frozenset())
    left = sorted(reached - lifted)
    if not left:
        return None
    level = left[0]
    return level, next(name for named_level, name in law.levels if named_level == level)


def _levels_in_words(body: str) -> frozenset[str]:
    """The levels of government ("state", "local") a clause names in words as those whose
    liability, bodies or officers it speaks of."""
    levels = set()
    if _LOCAL_LEVEL_WORDS.search(body):
        levels.add("local")
        body = _LOCAL_LEVEL_WORDS.sub(" ", body)
    if _STATE_LEVEL_WORDS.search(body):
        levels.add("state")
    return frozenset(levels)


def _cap_levels_named(body: str, law: DamageCapLaw) -> frozenset[str]:
    """The levels of government ("state", "local") whose cap statute ``body`` (the analysis
    copy, periods masked) names, by section number or by act."""
    subsections = dict(law.sections)
    named = set()
    for level, name in law.levels:
        if name in subsections:
            # ("ORS 30.271 to 30.273 do not apply": the range takes in 30.272)
            if _cites_or_takes_in(body, name.replace(".", "_"), subsections[name]):
                named.add(level)
        elif re.search(_act_cited(name), body):
            named.add(level)
    return frozenset(named)


def _one_levels_cap_lifted(other_level: tuple[str, str], lifting: Sequence[Sentence]) -> Decision:
    level, name = other_level
    payer, officers = (
        ("the State", "the State's") if level == "state" else ("local governments", "their")
    )
    return Decision(
        Verdict.PARTIAL,
        f"The bill lifts one level of government's cap but not the separate cap on {payer} "
        f"(§ {name}), which still limits claims against {officers} officers.",
        0.6,
        _first(lifting),
    )


# Which levels of government employ the officers a claim's class reaches (a class read only as
# "some law-enforcement officers" reaches a level the reading does not know: none is assumed).
_LEVELS_A_CLASS_REACHES: dict[Role, frozenset[str]] = {
    Role.POLICE: frozenset({"state", "local"}),
    Role.POLICE_AND_OTHERS: frozenset({"state", "local"}),
    Role.BROAD: frozenset({"state", "local"}),
    Role.BROAD_EXCEPT_SOME_POLICE: frozenset({"state", "local"}),
    Role.STATE_ONLY: frozenset({"state"}),
    Role.LOCAL_ONLY: frozenset({"local"}),
}
_LOCAL_LEVEL_WORDS = compile_pattern(
    r"\blocal\s+(?:governments?|public\s+bod(?:y|ies)|agenc(?:y|ies)|governmental\s+(?:units?|entit(?:y|ies))"
    r"|units?\s+of\s+government|entit(?:y|ies)|part(?:y|ies))\b"
    r"|\bpolitical\s+subdivisions?(?:\s+of\s+(?:the|this)\s+(?:state|commonwealth))?\b|\bmunicipalit(?:y|ies)\b"
)
_STATE_LEVEL_WORDS = compile_pattern(
    r"\bcommonwealth\s+part(?:y|ies)\b|\bstate\s+agenc(?:y|ies)\b"
    r"|\b(?:against|of|from)\s+the\s+(?:state|commonwealth)\b(?!\s+(?:constitution|laws?|code|government\s+article)\b)"
)
# Where a lifting clause, after its lift, turns to what it keeps.
_KEPT_AFTER = compile_pattern(
    r"\bexcept\b|\bprovided,?\s+(?:however|that)\b|\bhowever\b|\bcontinues?\s+to\s+apply\b"
    r"|\bremains?\s+subject\s+to\b"
)
_LIFT_VERB = compile_pattern(
    r"\bnot\s+(?:apply|limit|be\s+applied)\b|\b(?:inapplicable|not\s+applicable)\b|\bno\s+provision\b"
)
_NEXT_JOINED_CLAUSE = compile_pattern(r";|,\s+and\s+(?:the|a|an|any|each)\b|\.\s")
_CAPTION = compile_pattern(r"^\s*(?:\(\w{1,4}\)\s*)?[A-Za-z][\w ,'-]{1,60}\.\s*--")
_RELATING_TO = compile_pattern(r"\((?:relating|pertaining)\s+to\b[^()]*\)")


def _cites_cap_section(body: str, law: DamageCapLaw, *, with_subsection: bool = True) -> bool:
    """Whether ``body`` (the analysis copy, periods masked) cites one of the sections that hold
    the state's damage cap, with its subsection when the source names one (or, with
    ``with_subsection=False``, the section's number whatever subsection follows)."""
    for number, subsection in law.sections:
        cited = re.escape(number).replace(r"\.", "[._]")
        if subsection and with_subsection:
            cited += rf"\s*\({re.escape(subsection)}\)"
        if re.search(r"(?<![\w.])" + cited + r"(?![\w])", body):
            return True
    return False


def _in_amended_cap_statute(text: AnalysisText, clause: Sentence, law: DamageCapLaw) -> bool:
    """Whether a clause stands in the state's cap statute as the bill amends it: an instruction
    "... is amended to read" citing one of the statute's sections shortly before the clause."""
    # (the instruction may open the clause itself: "893.82 (6) ... is amended to read: 893.82
    # (6) The amount recoverable ...")
    before = text.lowered[max(0, clause.start - _AMENDED_TEXT_REACH) : clause.end]
    instructions = list(_AMENDED_TO_READ.finditer(before))
    if not instructions:
        return False
    instruction = instructions[-1]
    line_start = before.rfind("\n", 0, instruction.start()) + 1
    cited = before[max(0, line_start - 200) : instruction.end()].replace(".", "_")
    return any(_cites(cited, number.replace(".", "_"), sub) for number, sub in law.sections)


# (Wisconsin creates a new paragraph of its cap statute: "893.80 (3) (b) of the statutes is
# created to read")
_AMENDED_TO_READ = compile_pattern(
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:amended|created|amended\s+and\s+renumbered)\s+to\s+read\b"
)
_AMENDED_TEXT_REACH = 800


def _amends_cap_statute(
    text: AnalysisText, law: DamageCapLaw, amendment: re.Pattern[str], *needles: str
) -> list[Sentence]:
    """Sentences that amend the state's own cap statute in the way ``amendment`` reads."""
    if not law.caps_apply:
        return []
    return [
        sentence
        for sentence in text.containing(*needles)
        if amendment.search(sentence.text)
        and any(
            _cites(sentence.text, number.replace(".", "_"), subsection)
            for number, subsection in law.sections
        )
    ]


def _whole_act_cited(act: str, body: str) -> bool:
    """Whether ``body`` cites the act whole, not one section of it ("section 9 of chapter 258"
    is the indemnity section of the act whose section 2 holds the cap)."""
    return any(
        not _ONE_SECTION_OF.search(body, max(0, m.start() - _ONE_SECTION_REACH), m.start())
        for m in re.finditer(_act_cited(act), body)
    )


_LIFT_FOR_THE_BILLS_ACTIONS = compile_pattern(
    r"\b(?:does|do|shall)\s+not\s+apply\s+to\s+(?:an?\s+|any\s+|the\s+)?(?:actions?|claims?|suits?)\s+(?:brought\s+)?"
    r"(?:under|pursuant\s+to)\s+(?:this\s+(?:section|act|chapter)|sections?\s+[\w_.-]+(?:\s+(?:or|and|to)\s+[\w_.-]+)*"
    r"\s+of\s+this\s+(?:act|chapter))"
)
_ONE_SECTION_OF = compile_pattern(r"\bsections?\s+[\w.-]+(?:\s*\(\w{1,4}\))*\s+of\s+$")
_ONE_SECTION_REACH = 40


# The words that open a citation of a division of the code, with their abbreviations ("42
# Pa.C.S. Ch. 85", "Chs. 85 and 86", "Art. 4"); the analysis copy masks an abbreviation's
# period before a number ("ch_ 85").
_DIVISION_WORDS = {
    "chapter": r"(?:chapters?|chs?[_.])",
    "article": r"(?:articles?|arts?[_.])",
    "title": r"titles?",
    "part": r"(?:parts?|pts?[_.])",
}


def _act_cited(act: str) -> str:
    """A pattern for an act as bills cite it: "chapter 32-12.1" also in a list, "Chapters
    32-12.1 and 32-12.2", "Ch. 85" (a period inside a number is masked in the analysis copy)."""
    masked = act.replace(".", "_")
    listed = rx.match(r"(chapter|article|title|part)\s+(\S+)$", masked)
    if listed:
        word, number = listed.groups()
        return (
            rf"\b{_DIVISION_WORDS[word]}\s+(?:\d[\w_.:-]*,?\s+(?:and\s+|or\s+)?)*?"
            rf"{re.escape(number)}\b(?![_.:-]\d)"
        )
    return rf"\b{re.escape(masked)}\b(?![_.:-]\d)"


def _cites(body: str, number: str, subsection: str) -> bool:
    """Whether ``body`` names section ``number`` whole, or at ``subsection``: never inside a
    longer number ("154" is not cited by "2154", nor "2" by "11-93-2")."""
    for match in re.finditer(
        r"(?<![\w:-])" + re.escape(number) + r"(?![\w_])" + _SUBSECTION_LIST, body
    ):
        # ("893_80 (1d), (3) and (4)"; "893_80 (1t) subsections (1d), (3), and (4) do not apply")
        cited = rx.findall(r"\((\w+)\)", match.group(1))
        if not subsection or not cited or subsection.lower() in cited:
            return True
    return False


# The subsections cited after a section's number, as a list ("(1d), (3) and (4)").
_SUBSECTION_LIST = r"((?:\s*,?\s*(?:and\s+|or\s+)?(?:subsections?\s+)?\(\w+\))*)"


def _cites_or_takes_in(body: str, masked: str, subsection: str) -> bool:
    """Whether ``body`` cites section ``masked`` (periods masked) whole or at ``subsection``,
    or in a range that takes it in ("537_600 to 537_610")."""
    return (
        _cites(body, masked, subsection)
        or any(_range_covers(m, masked) for m in lexicon.SECTION_RANGE.finditer(body))
        or (
            masked.isdigit()
            and any(
                int(m.group(1)) <= int(masked) <= int(m.group(2))
                for m in _PLAIN_SECTION_RANGE.finditer(body)
            )
        )
    )


# A range of sections numbered without a chapter ("Sections 8541 through 8564"): a section
# whose number is a plain integer lies in it when it lies between the ends.
_PLAIN_SECTION_RANGE = compile_pattern(
    r"\bsections?\s+(\d{3,6})\s+(?:to|through|-)\s+(?:section\s+)?(\d{3,6})\b(?![_.]\d)"
)


def _range_covers(match: re.Match[str], number: str) -> bool:
    """Whether "537_600 to 537_610" takes in section "537_610" (same chapter, in range)."""
    chapter, _, section = number.partition("_")
    if not section.isdigit() or match.group(1) != chapter or match.group(3) != chapter:
        return False
    low, high = match.group(2), match.group(4)
    width = max(len(low), len(high), len(section))
    return low.ljust(width, "0") <= section.ljust(width, "0") <= high.ljust(width, "0")


# ---------------------------------------------------------------------------
# start group
# ---------------------------------------------------------------------------


def _rules_on_intervening(sentence: Sentence) -> bool:
    """An operative sentence that is not a disclaimer ("Nothing in this section imposes a duty
    to intervene or creates liability for a failure to intervene" states no duty and no
    liability) nor a curriculum ("The training must include instruction on the duty of an
    officer to intervene" teaches the duty, it does not impose it)."""
    return (
        is_operative(sentence)
        and not _DISCLAIMS.search(sentence.text)
        and not _CURRICULUM.search(sentence.text)
    )


# Behind the literal gates read off them: asked of every sentence that names intervening.
_DISCLAIMS = LiteralGate(lexicon.DISCLAIMS)
_CURRICULUM = LiteralGate(
    compile_pattern(
        r"\b(?:training|curriculum|instruction|course|program|academy)\b[^.;]{0,60}?\b(?:must|shall)\s+"
        r"(?:include|cover|address|teach|emphasi[sz]e)\b"
        # "Each agency shall train its peace officers on the duty to intervene".
        r"|\b(?:train|instruct|educate|teach)(?:s|es)?\s+(?:\w+\s+){0,4}?(?:on|in|about|regarding"
        r"|concerning)\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+){0,2}?duty\b"
        # "... to complete 20 hours of in-service training in de-escalation, crisis intervention,
        # the duty to intervene, ...": a subject of the training.
        # ("... training in: (1) de-escalation ...; (4) the duty to intervene; ...": a list)
        # ("... eight hours of training each year in de-escalation, ..., the duty to intervene")
        r"|\b(?:training|instruction|curriculum|course)(?:\s+[\w-]+){0,3}?\s+(?:in|on|regarding|concerning|about)\b"
        r"[^.]{0,300}?\bduty\s+to\s+(?:intervene|interpose)"
        # ("... 40 hours of in-service training each year ..., including at least: ... (3) two
        # hours on the duty to intervene")
        r"|\bhours?\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:on|in|regarding|concerning|about|covering)\s+(?:the\s+)?"
        r"duty\s+to\s+(?:intervene|interpose)"
    )
)


# A duty enforced by discipline only, or said to give no private action, in its own section.
_ENFORCED_OTHERWISE = compile_pattern(
    r"\b(?:does|shall)\s+not\s+(?:create|establish|give\s+rise\s+to)\s+(?:a|an|any)\s+(?:new\s+)?(?:private\s+)?"
    r"(?:right|cause)\s+of\s+action\b|\bno\s+private\s+(?:right|cause)\s+of\s+action\b"
    r"|\bfails?\s+to\s+(?:comply|intervene|report)\b[^.;]{0,160}?\b(?:is|shall\s+be)\s+subject\s+to\s+"
    r"(?:disciplin|decertif|suspension|termination)"
)
# How far after a duty its section's enforcement clause may stand.
_DUTY_SECTION_REACH = 2500


def failure_to_intervene(context: Context) -> Decision:
    """start.failure_to_intervene: a stand-alone duty to intervene with civil liability."""
    reading = context.reading
    text = context.text
    duties = [
        s
        for s in text.containing("interven", "interpos", "step in")
        if _rules_on_intervening(s) and lexicon.INTERVENE_DUTY.search(s.text)
    ]
    duties += [
        s
        for s in text.containing(*lexicon.INTERVENE_DUTY_BY_ACTION_GATE)
        if s not in duties
        and _rules_on_intervening(s)
        and lexicon.INTERVENE_DUTY_BY_ACTION.search(s.text)
        and _about_another_officer(s.text)
    ]
    # An item of a list of duties: "Every peace officer owes the following duties: ... (b) When
    # present at a scene where another peace officer is using physical force beyond that allowed
    # by law, to intervene to prevent or stop the conduct ...".
    duties += [
        s
        for s in text.containing("interven")
        if s not in duties
        and (item := _DUTY_LIST_ITEM.search(s.text)) is not None
        and _about_another_officer(s.text)
        and (
            _DUTIES_LIST_OPENS.search(s.text, 0, item.start())
            or _DUTIES_LIST_OPENS.search(
                text.lowered,
                max(text.document.section_start(s.start), s.start - _DUTY_LIST_REACH),
                s.start,
            )
        )
    ]
    # (not a synopsis printed after the act: "It requires crisis intervention training and a
    # duty to intervene")
    duties = sorted(reading.operative(duties), key=lambda s: s.start)
    stand_alone = [
        c.clause
        for c in reading.public_claims
        if c.fails_to_prevent and _about_another_officer(c.clause.text)
    ]
    one_way = [c.clause for c in reading.public_claims if c.failure_as_one_way]
    # "An officer who is present and fails to take reasonable action to prevent the deprivation
    # shall be deemed to have caused it": liable as a cause of the wrong, without a duty of its own.
    if reading.public_claims:
        one_way += [
            s
            for s in text.containing("deemed", "considered", "treated as", "regarded as")
            if _rules_on_intervening(s)
            and lexicon.DEEMED_TO_HAVE_CAUSED.search(s.text)
            and (lexicon.FAIL_TO_PREVENT.search(s.text) or lexicon.FAIL_TO_INTERVENE.search(s.text))
            and _about_another_officer(s.text)
        ]
    # '"Causes to be deprived" includes the failure ... to intervene': one way of causing it.
    # (So in a bill that bars the doctrine in an existing claim: "a law enforcement officer
    # shall be deemed to have deprived a person of a right if the officer caused the
    # deprivation, including by failing to intervene".)
    if reading.public_claims or reading.bars:
        # So is a sentence of its own that makes failing to intervene one way of violating the
        # claim's rights ("An officer violates section 2 by an act or an omission, including an
        # omission to intervene").
        # (Found through each pattern's own literals, the rarest first: "caus" is in hundreds
        # of a long bill's sentences, "fail" in a few.)
        causing_includes = text.matching(lexicon.CAUSING_INCLUDES_FAILURE, "fail")
        including_failure = [
            s
            for s in text.matching(
                lexicon.INCLUDING_FAIL_TO_INTERVENE, *lexicon.INCLUDING_FAIL_TO_INTERVENE_GATE
            )
            # (or a fellow officer's conduct named: "including an omission to take reasonable
            # steps to halt another officer's unlawful conduct")
            if (
                "caus" in s.text
                or "interven" in s.text
                or rx.search(r"\b(?:another|fellow|other)\s+(?:[\w-]+\s+){0,2}?officer", s.text)
            )
            and rx.search(r"\bviolat\w*|\bdepriv\w*", s.text)
        ]
        one_way += sorted(
            (
                s
                for s in {s.start: s for s in (*causing_includes, *including_failure)}.values()
                if s not in one_way and _rules_on_intervening(s)
            ),
            key=lambda s: s.start,
        )
    # "fails to do so" after a duty stated in another sentence of the same provision.
    # (not a claim that names failing to intervene as one way of causing the wrong, beside a
    # duty that stands only in a catch-line or in the agency policy the bill requires)
    # (and not a digest's list of what the bill changes: "Changes use-of-force, neck restraint,
    # duty to intervene and discipline laws." names the duty and imposes nothing)
    civil_duties = [
        d
        for d in duties
        if not _POLICY_OR_HEADING.search(d.text)
        and not is_heading_only(d.text)
        and (_IMPOSES.search(d.text) or _DUTY_LIST_ITEM.search(d.text))
        # (not a subject the training must teach: "8 hours of instruction in the duty of an
        # officer to intervene")
        and not _TAUGHT_DUTY.search(d.text)
        # (not a duty its own section enforces otherwise: "An officer who fails to intervene
        # ... shall be subject to discipline", "This section does not create a private cause of
        # action")
        and not _ENFORCED_OTHERWISE.search(
            text.lowered,
            text.document.section_start(d.start),
            min(text.document.section_end(d.start), d.end + _DUTY_SECTION_REACH),
        )
    ]
    liable_after_duty = [
        c.clause
        for c in reading.public_claims
        if duties
        and lexicon.FAIL_TO_INTERVENE.search(c.clause.text)
        and (civil_duties or not lexicon.INCLUDING_FAIL_TO_INTERVENE.search(c.clause.text))
    ]
    # "A peace officer who ... violates AS 18.65.088 is liable", where 18.65.088 is the
    # section that states the duty: liability for breaking the duty, by cross-reference.
    liable_by_reference = [
        c.clause
        for c in reading.public_claims
        if duties
        and _cites_duty_section(
            c.clause.text,
            duties,
            text.lowered,
            text.document.section_start(c.clause.start),
            text.document.section_start,
        )
    ]
    liable_after_duty += liable_by_reference
    # The same in a sentence of its own: "A law-enforcement officer who fails to comply with
    # § 8410 of Title 11 is liable under this section", § 8410 being the duty's section.
    liable_after_duty += [
        s
        for s in text.containing("fail", "violat", "breach")
        if duties
        and s not in liable_after_duty
        and _rules_on_intervening(s)
        and rx.search(
            r"\bliable\b|\bactionable\b|\bsubject\s+to\s+(?:civil\s+)?liability\b", s.text
        )
        and not _NOT_CIVIL.search(s.text)
        and _cites_duty_section(s.text, duties, text.lowered)
    ]
    # "Breach of this duty is actionable" right after the duty; "An employee who fails to
    # intervene as required by this subsection is jointly and severally liable".
    liable_after_duty += [
        s
        for s in text.containing(
            "duty", "fails to intervene", "failure to intervene", "to so intervene"
        )
        if _rules_on_intervening(s)
        and s not in liable_after_duty
        and lexicon.FAIL_TO_INTERVENE.search(s.text)
        and (
            # ("Breach of this duty is actionable": the breach alternatives name the liability)
            _BREACH_MADE_ACTIONABLE.search(s.text)
            or rx.search(
                r"\bliable\b|\bactionable\b|\bsubject\s+to\s+(?:a\s+|an\s+)?(?:civil\s+)?(?:action|suit)\b"
                r"|" + lexicon.ACTION_LIES,
                s.text,
            )
        )
        and any(0 <= s.start - d.start <= _BREACH_AFTER_DUTY for d in duties)
    ]
    # "An officer who breaches an obligation imposed by subsection (4)(a) is answerable ...":
    # liability for the duty stated just before, by reference to it.
    liable_after_duty += [
        s
        for s in text.containing(
            "breach",
            "violat",
            "fail",
            "does so",
            "not do so",
            "not step in",
            "neglect",
            "disregard",
            "omit",
            # ("does not meet the obligation", "does not interpose as required by")
            *("not meet", "not perform", "not discharge", "not fulfil", "not carry out"),
            *("not comply", "not satisfy", "as required"),
        )
        if _rules_on_intervening(s)
        and s not in liable_after_duty
        and lexicon.BREACH_OF_STATED_DUTY.search(s.text)
        and not _NOT_CIVIL.search(s.text)
        # (the claim itself, "... including by failing to intervene ...": one way of causing the
        # wrong, read below, not the breach of a duty stated before it)
        and not lexicon.INCLUDING_FAIL_TO_INTERVENE.search(s.text)
        and any(d.start <= s.start and s.start - d.end <= _BREACH_AFTER_DUTY for d in duties)
    ]
    # A bystander's omission made actionable in a bill with a claim: "An officer who, being
    # present when another officer deprives a person of a right, neither intervenes nor reports
    # it is liable"; "An officer's failure to intervene ... is itself a violation of section 1".
    if reading.public_claims:
        liable_after_duty += [
            s
            for s in text.containing("interven", "nothing", "step in")
            if _rules_on_intervening(s)
            and s not in liable_after_duty
            and (
                lexicon.BYSTANDER_OMISSION.search(s.text)
                or lexicon.FAIL_TO_INTERVENE.search(s.text)
            )
            and lexicon.BYSTANDER_LIABILITY.search(s.text)
            and _about_another_officer(s.text)
            and not _NOT_CIVIL.search(s.text)
            and not lexicon.INCLUDING_FAIL_TO_INTERVENE.search(s.text)
            and not lexicon.DEEMED_TO_HAVE_CAUSED.search(s.text)
            and not lexicon.FAILURE_IN_DEFINITION_OF_WRONG.search(s.text)
        ]
        # A sentence of its own: "A law enforcement officer who knowingly permits another officer
        # to use unlawful force against a person in his presence ... shall be liable to such
        # person in the same manner."
        liable_after_duty += [
            s
            for s in text.containing(*lexicon.BYSTANDER_SUBJECT_GATE)
            if _rules_on_intervening(s)
            and s not in liable_after_duty
            and bystander_is_the_whole_wrong(s.text)
            and lexicon.BYSTANDER_LIABILITY.search(s.text)
            and not _NOT_CIVIL.search(s.text)
        ]
        # "For purposes of section 1, an officer subjects a person to a deprivation if the
        # officer ... fails to intervene to prevent it": failing to intervene as one way of
        # committing the wrong.
        one_way += [
            s
            for s in text.containing("fail")
            if _rules_on_intervening(s) and lexicon.FAILURE_IN_DEFINITION_OF_WRONG.search(s.text)
        ]
    # "Nothing in this section shall be construed to impose civil liability upon an officer
    # for failing to intervene": the bill itself denies the liability.
    disclaimers = [
        s
        for s in text.containing("interven", "interpos")
        if _INTERVENTION_LIABILITY_DISCLAIMED.search(s.text)
    ]
    # (only what is law: not an amendment recorded as failed, a digest or a superseded print,
    # which the sentence-level check above cannot see)
    liable_after_duty = list(reading.operative(liable_after_duty))
    one_way = list(reading.operative(one_way))
    if disclaimers:
        return Decision(
            Verdict.NO,
            "The bill says an officer is not civilly liable for failing to intervene.",
            0.8,
            _first(disclaimers),
        )
    if stand_alone or liable_after_duty:
        return Decision(
            Verdict.YES,
            "An officer who fails to intervene in or prevent another officer's violation is "
            "civilly liable for that failure in its own right.",
            0.8,
            _first(duties + stand_alone + liable_after_duty),
        )
    if one_way:
        return Decision(
            Verdict.PARTIAL,
            "Failing to intervene is named only as one way of causing the deprivation; there is "
            "no stand-alone duty to intervene or report.",
            0.75,
            _first(one_way),
        )
    if duties:
        return Decision(
            Verdict.NO,
            "The bill mentions a duty to intervene but attaches no civil liability to breaking it.",
            0.6,
            _first(duties),
        )
    return Decision(Verdict.NO, "The bill does not mention a duty to intervene.", 0.9)


_INTERVENTION_LIABILITY_DISCLAIMED = compile_pattern(
    r"\b(?:nothing|no\s+provision)\b[^.;]{0,80}?\b(?:impose|create|establish|give\s+rise\s+to)\w*\s+"
    r"(?:any\s+)?(?:civil\s+|personal\s+)?(?:liability|cause\s+of\s+action|claim)\b[^.;]{0,80}?"
    r"\bfail(?:s|ing|ure)?\s+(?:to\s+)?(?:intervene|interpose|prevent)\b"
    r"|\b(?:is|are|shall)\s+not\s+(?:be\s+)?(?:civilly\s+|personally\s+)?liable\b[^.;]{0,60}?\bfor\s+"
    r"(?:\w+\s+)?fail(?:ing|ure)\s+to\s+(?:intervene|interpose)\b"
    # "No law enforcement officer shall be liable under this chapter solely for failing to
    # intervene in the conduct of another officer."
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:officers?|employees?|deput(?:y|ies)|troopers?)\s+(?:shall|may|is|will)\s+(?:be\s+)?"
    r"(?:held\s+)?(?:civilly\s+|personally\s+)?liable\b[^.;]{0,60}?\bfor\s+(?:\w+\s+)?fail(?:ing|ure)\s+to\s+"
    r"(?:intervene|interpose)\b"
    # "A failure to intervene or report under this subsection is grounds for suspension ... but
    # does not by itself create civil liability."
    # (or "shall not, by itself, give rise to liability")
    r"|\bfail(?:s|ing|ure)\s+to\s+(?:intervene|interpose)\b[^.;]{0,160}?\b(?:does|do|shall|will)\s+not"
    r"(?:\s*,\s*(?:by|of)\s+itself\s*,|\s+(?:by|of)\s+itself|\s+alone)?\s+(?:create|impose|give\s+rise\s+to"
    r"|establish)\s+(?:any\s+)?"
    r"(?:civil\s+|personal\s+)?(?:liability|cause\s+of\s+action|claim)\b"
)
_BREACH_MADE_ACTIONABLE = compile_pattern(
    r"\b(?:breach|violation)\s+of\s+(?:this|that|the|such)\s+(?:duty|obligation)\b[^.;]{0,120}?\b(?:actionable|liab\w*"
    r"|civil\s+action|cause\s+of\s+action|rise\s+to)"
)
_TAUGHT_DUTY = compile_pattern(
    r"\b(?:instruction|training|curricul\w*|courses?|education|classes|lessons?)\s+(?:in|on|about|regarding"
    r"|concerning|covering)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?dut(?:y|ies)\b"
    # ("shall complete sixteen hours of continuing training each year, including at least four
    # hours in the following subjects: (a) The duty to intervene ...")
    r"|\b(?:training|instruction|curricul\w*|courses?|education)\b[^.]{0,120}?\b(?:subjects?|topics?)\s*:"
    r"[^.]{0,40}?\bdut(?:y|ies)\s+to\s+intervene\b"
)
_POLICY_OR_HEADING = compile_pattern(r"\bpolic(?:y|ies)\b|\bmodel\s+(?:rules?|procedures?)\b")


# Words that impose a duty on someone (a sentence naming "the duty to intervene" without them
# imposes none).
# A list of duties and an item of it that is the duty to intervene.
_DUTIES_LIST_OPENS = compile_pattern(
    r"\b(?:owes?|ha(?:s|ve)|shall\s+have|bears?|shall\s+perform)\s+the\s+following\s+duties\b"
)
_DUTY_LIST_ITEM = compile_pattern(
    r"(?:^\W*|[:;]\s*(?:and\s+|or\s+)?)\(?\w{1,3}[.)]\s+(?:[^.;]{0,240}?,\s*)?to\s+intervene\b"
)
_DUTY_LIST_REACH = 1_500
_IMPOSES = compile_pattern(
    r"\b(?:shall|must|is\s+required|are\s+required|has\s+a\s+duty|have\s+a\s+duty|owes?|is\s+under"
    r"|are\s+under|obligated|obliged|it\s+is\s+the\s+duty|may\s+not|is\s+hereby\s+imposed)\b"
)


# How far after the duty to intervene a sentence saying its breach is actionable may stand.
_BREACH_AFTER_DUTY = 600
# A liability denied, or the duty kept out of civil suits: "is not liable", "Nothing in this
# section creates a civil cause of action".
_NOT_CIVIL = compile_pattern(
    r"\b(?:not|no)\s+(?:be\s+)?(?:held\s+)?(?:civilly\s+|personally\s+)?liable\b"
    r"|\b(?:does|do|shall)\s+not\s+create\b|\bnothing\s+in\s+this\b|\bno\s+(?:private\s+|civil\s+)+"
    r"(?:right|cause)\s+of\s+action\b|\bdiscipline\b|\bdisciplinary\b"
    # (a board's grounds for taking a certificate: "shall revoke the certification of a
    # law-enforcement officer who: ... fails to intervene ...")
    r"|\b(?:revoke|revocation\s+of|suspend|suspension\s+of)\b[^.;]{0,40}?\b(?:certificat\w*|licen[cs]e)|\bdecertif\w*"
)


def _cites_duty_section(
    claim: str,
    duties: list[Sentence],
    lowered: str,
    claim_section: int | None = None,
    section_of: Callable[[int], int] = lambda position: 0,
) -> bool:
    """Whether a claim makes violating a numbered section actionable ("who violates
    section 18.65.088") and a duty to intervene stands in that section (its number heads the
    text shortly before the duty); or, given the claim's section (``claim_section``, where
    ``section_of`` says each position's section starts), a subsection of that section ("a
    violation of sub. (2)") whose label opens the duty."""
    # Periods are masked ("18_65_088") in the analysis copy of the clause, not in ``lowered``.
    cited = [
        number.replace("_", ".")
        for number in rx.findall(
            # ("violates § 3-524 of the Public Safety Article")
            r"\bviolat\w*\s+(?:\w+\s+){0,2}?(?:§+\s*)?(\d+[a-z]?(?:[._-]\d+[a-z]?)+)",
            claim,
        )
    ]
    # "... or who fails to perform a duty imposed by section 1": a plain section number,
    # looked for as the heading of the duty's section.
    sections = rx.findall(
        # ("who fails to comply with § 8410 of Title 11", "fails to perform a duty under Section 15")
        r"\b(?:violat\w*|breach(?:es|ed)?|fails?\s+to\s+comply\s+with|fails?\s+to\s+(?:perform|comply\s+with|carry\s+out"
        r"|discharge)\s+(?:a|the|any)\s+duty\s+(?:(?:imposed|established|stated|created|set\s+(?:out|forth))\s+)?"
        r"(?:by|in|under))\s+(?:of\s+)?(?:this\s+)?(?:sec(?:tion|_)?|§)\s*(\d{1,4}[a-z]?)\b(?![._-]\d)"
        # (not "in violation of section 8 of article I of the constitution": a right, not a duty)
        r"(?!\s+of\s+(?:article|art_?)\b)",
        claim,
    )
    # "injured by a violation of sub. (2)": the duty is the subsection of that label, in the
    # claim's own section.
    labels = rx.findall(
        r"\bviolat\w*\s+(?:of\s+)?(?:sub[._]?|subsection)\s*\((\w{1,3})\)(?!\s*(?:\(|of\b))", claim
    )
    return (
        any(
            number in lowered[max(0, duty.start - 200) : duty.start + 40]
            for number in cited
            for duty in duties
        )
        or any(
            lowered.startswith(f"({label})", duty.start)
            and claim_section is not None
            and section_of(duty.start) == claim_section
            for label in labels
            for duty in duties
        )
        or any(
            re.search(
                r"(?:\bsec(?:tion|\.)?|§)\s*" + number + r"\b",
                lowered[max(0, duty.start - 200) : duty.start],
            )
            for number in sections
            for duty in duties
        )
    )


def _about_another_officer(body: str) -> bool:
    """A failure to intervene in, or prevent, someone else's violation."""
    return bool(
        rx.search(
            r"interven|\banother\b|\bother (?:\w+ ){0,2}officers?|fellow|co-?worker"
            r"|\bis present\b|\bpresent and\b|\bbystand|\bpresent\s+(?:during|at|when|while)\b"
            # ("Any officer present who did not act to prevent the deprivation is liable")
            r"|\b(?:officers?|deput(?:y|ies)|troopers?)\s+present\s+who\b"
            # ("Any peace officer on the scene of a deprivation described in subsection (a) who
            # ... took no step to stop it")
            r"|\bon\s+the\s+scene\s+of\s+(?:a|the|an|any)\s+(?:deprivation|violation|use\s+of\s+force)\b"
            # ("who could have prevented a deprivation described in subsection (A)")
            r"|\bcould\s+have\s+(?:prevented|stopped)\s+(?:a|the|such\s+a)\s+(?:deprivation|violation)\b"
            # ("... who knows that a deprivation described in subsection (a) is about to be
            # committed or is being committed and, having power to prevent it, neglects ...")
            r"|\bknows?\s+that\s+(?:a|the|such\s+a)\s+(?:deprivation|violation)\b"
            # "An officer who witnesses a deprivation ... shall take reasonable action to stop it".
            r"|\b(?:witness(?:es|ed)?|observes?|observed)\s+(?:an?\s+|the\s+|any\s+)?(?:\w+\s+){0,2}?"
            r"(?:deprivation|violation|use\s+of\s+(?:excessive\s+|unlawful\s+)?force)",
            body,
        )
    )


def _grants_immunity_only(reading: Reading) -> bool:
    """A bill that creates no claim and bars no defense but grants officers an immunity ("a
    village public safety officer who acts in good faith is not liable"): its payment and fee
    clauses serve claims under other law, where the officer is now harder to hold liable."""
    if reading.public_claims or not reading.created:
        return False
    return all(_refines_a_created_immunity(reading, bar) for bar in reading.bars)


# "(b) It is not a defense under (a) of this section that ...": a rule on the immunity (a) grants.
_UNDER_LABEL = compile_pattern(
    r"\bunder\s+(?:sub(?:section|division)\s+|paragraph\s+)?\((?P<label>[a-z0-9]{1,3})\)"
)


def _refines_a_created_immunity(reading: Reading, bar: DefenseRule) -> bool:
    """Whether a bar only narrows an immunity the bill grants in a labelled subsection of the same
    section ("(a) A peace officer is not liable ... unless ... clearly established. (b) It is not
    a defense under (a) of this section that the officer subjectively believed ..."): the
    immunity stands, objective test and all."""
    cited = _UNDER_LABEL.search(bar.clause.text)
    if cited is None:
        return False
    document = reading.text.document
    section = document.section_start(bar.clause.start)
    label = f"({cited.group('label')})"
    return any(
        document.section_start(d.clause.start) == section
        and (document.section_at(d.clause.start) or "").lower().endswith(label)
        for d in reading.created
    )


_IMMUNITY_GRANTED = (
    "The bill creates no claim and bars no defense; it gives officers an immunity, so it does "
    "nothing toward this criterion."
)


# A ceiling on all the payer's payments together ("its total obligation under this section shall
# not exceed two million dollars in any fiscal year"): a whole award promised only up to it.
_AGGREGATE_CAP = compile_pattern(
    r"\b(?:total|aggregate|annual)\s+(?:obligation|liability|payments?|amount)\b[^.;]{0,80}?\bexceed\b"
)


# A ceiling stated as such ("shall not exceed two million dollars", "no more than", "limited to").
_CEILING_WORDS = compile_pattern(
    r"\b(?:not|never)\s+(?:to\s+)?exceed\b|\bno\s+more\s+than\b|\blimited\s+to\b|\bmaximum\b"
)


def _capped_in_its_own_section(context: Context, duty: Sentence) -> bool:
    """Whether the section that holds a duty to pay also holds a ceiling on a payer's liability
    (the bill's own, or a cap statute it restates around the duty)."""
    reading = context.reading
    section = reading.section_start_of(duty)
    return any(
        c.kind == "own"
        and c.clause != duty
        and reading.section_start_of(c.clause) == section
        and _LIABILITY_OF_A_PAYER_CAPPED.search(c.clause.text)
        for c in reading.caps
    )


# "the liability of a local government may not exceed $890,000".
_LIABILITY_OF_A_PAYER_CAPPED = compile_pattern(
    r"\bliability\s+of\s+(?:a|an|the|any)\s+[^.;]{0,60}?\b(?:may|shall)\s+not\s+exceed\b"
)


def _ceilings_on_the_award(caps: Sequence[Cap]) -> list[Sentence]:
    """The bill's own dollar ceilings (not a cap statute it restates), stated as such, and the
    cap statutes it keeps or raises for these claims ("An award of damages in an action pursuant
    to this section is subject to the limitation set forth in NRS 41.035"), when it lifts no
    limit."""
    own = [
        c.clause
        for c in caps
        if c.kind == "own"
        and (
            (not c.amends_existing and _CEILING_WORDS.search(c.clause.text))
            # ("(e) For a claim under § 4015 of this title, the limit on damages in subsection
            # (a) of this section is $1,000,000": a cap statute's figure set for these claims)
            or (c.amends_existing and _FOR_THESE_CLAIMS.search(c.clause.text))
        )
    ]
    if any(c.kind.startswith("lifted") for c in caps):
        # ("The State Tort Claims Act shall not apply to claims under this act", beside "the
        # total recovery of any claimant under the act shall not exceed two million dollars":
        # the bill's own ceiling on what a claimant recovers stands in the lifted limits' place)
        return [clause for clause in own if _CEILING_ON_RECOVERY.search(clause.text)]
    return own + [c.clause for c in caps if c.kind in ("kept", "raised")]


# A clause confined to the bill's claims: "for a claim under § 4015", "in an action under this
# section".
_FOR_THESE_CLAIMS = compile_pattern(
    r"\bfor\s+(?:a|any|each|all)\s+claims?\s+(?:under|pursuant\s+to|brought\s+under)\b"
    r"|\bin\s+an?\s+(?:action|claim)\s+(?:under|pursuant\s+to|brought\s+under)\b"
)
# A ceiling on what a claimant recovers or a payer owes on these claims, not on fees or fines.
_CEILING_ON_RECOVERY = compile_pattern(
    r"\b(?:total|aggregate)\s+(?:recovery|damages|liability|amount\s+(?:recovered|awarded))\b"
    r"[^.;]{0,80}?\b(?:not|never)\s+(?:to\s+)?exceed\b"
)


# "shall pay any judgment ..., subject to s. 768.28(5)": a duty made subject to a cited statute.
_SUBJECT_TO_A_STATUTE = compile_pattern(
    r"\b(?:subject\s+to|within\s+the\s+limits?\s+of)\s+[^.;]{0,60}"
)


def _within_the_states_cap(
    indemnities: Sequence[Indemnity], state: str | None
) -> tuple[Indemnity, ...]:
    """The bill's duties to pay, each marked limited when it is made subject to the section
    that holds the state's damage cap: the payer pays only up to that cap."""
    law = damage_cap_law(state)
    if law is None or not law.caps_apply:
        return tuple(indemnities)
    return tuple(
        replace(i, limited=True, full_amount=False)
        if i.mandatory
        and any(
            _cites_cap_section(m.group(0), law)
            for m in _SUBJECT_TO_A_STATUTE.finditer(i.clause.text)
        )
        else i
        for i in indemnities
    )


def _backs_the_share_only(indemnity: Indemnity) -> bool:
    """Whether an indemnity clause only backs the officer's own share ("The officer shall pay 5
    percent ..., unless the officer demonstrates an inability to pay, in which event the public
    entity shall pay that amount"): the payer answers for that share, not for the award."""
    body = indemnity.clause.text
    return (
        not indemnity.limited
        and not indemnity.full_amount
        and lexicon.PERSONAL_SHARE.search(body) is not None
        and lexicon.BACKUP_PAYMENT.search(body) is not None
    )


# Whom a duty to indemnify names: "shall indemnify a peace officer ... whom it employs for ...".
_INDEMNIFIED_WHOM = compile_pattern(
    r"\bindemnify\s+(?P<whom>[^.;]{3,200}?)\s+(?:for|against|from)\s+(?:the\s+|any\s+|all\s+|a\s+)?"
    r"(?:full|entire|whole|judgments?|settlements?|liability|damages|amount|costs?|losses)\b"
)
# One kind of local government as the only payer: "(b) A city shall indemnify each police officer
# it employs ..." (not "the state or a political subdivision", not "the employing agency").
_ONE_KIND_OF_LOCAL_PAYER = compile_pattern(
    r"\W*(?:\(\w{1,3}\)\s*)*(?:a|any|each|every)\s+(?:city|town|village|municipality|county|borough"
    r"|township)\s+(?:shall|must)\s+(?:indemnify|pay)\b"
)
_POLICE_BY_TITLE = compile_pattern(
    r"\b(?:peace|law[ -]?enforcement|police|correctional|detention)\s+officers?\b|\bsheriffs?\b|\bdeput(?:y|ies)\b"
    r"|\btroopers?\b|\bconstables?\b|\bmarshals?\b|\bgame\s+wardens?\b|\bstate\s+police\b|\bhighway\s+patrol\b"
)
_EMPLOYEES_AT_LARGE = compile_pattern(r"\bemployees?\b|\bofficials?\b|\bagents?\b")
# Classes wider than the police (or than some police) that a claim may reach.
_WIDER_THAN_POLICE = (
    Role.BROAD,
    Role.STATE_ONLY,
    Role.LOCAL_ONLY,
    Role.POLICE_AND_OTHERS,
    Role.BROAD_EXCEPT_SOME_POLICE,
)


def _indemnifies_fewer_than_the_claim_reaches(
    reading: Reading, guarantees: Sequence[Sentence]
) -> bool:
    """Whether every duty to pay the whole award names some police only (state troopers) while
    the bill's claim reaches all of them or a wider class, or only one kind of local government
    pays ("A city shall indemnify ..."). A bare "the officer" is whoever the claim names."""
    covered = coverage(reading).role
    if covered not in _WIDER_THAN_POLICE and covered is not Role.POLICE:
        return False
    return bool(guarantees) and all(_pays_for_fewer(clause.text, covered) for clause in guarantees)


def _pays_for_fewer(clause: str, covered: Role) -> bool:
    """Whether one duty to pay reaches fewer officers than the claim's class ``covered``: it
    names some police only where the claim reaches all, or only one kind of local government
    pays ("A city shall indemnify ...") where the claim reaches every officer."""
    if covered is not Role.LOCAL_ONLY and _ONE_KIND_OF_LOCAL_PAYER.match(clause):
        return True
    named = _INDEMNIFIED_WHOM.search(clause)
    # (police by their title: a bare "the officer" or "the officer or employee" is whoever the
    # claim names)
    if (
        named is None
        or not _POLICE_BY_TITLE.search(named.group("whom"))
        or _EMPLOYEES_AT_LARGE.search(named.group("whom"))
    ):
        return False
    # (police indemnified where the claim reaches every public employee is scored whole, as the
    # labels of earlier sets read it: the rubric is about the police)
    return role_of(named.group("whom")) is Role.POLICE_NARROW


def full_compensation(context: Context) -> Decision:
    """start.full_compensation: mandatory indemnification of the whole award."""
    if _grants_immunity_only(context.reading):
        return Decision(
            Verdict.NO, _IMMUNITY_GRANTED, 0.7, _first(_clauses(context.reading.created), 1)
        )
    indemnities = _within_the_states_cap(context.reading.indemnities, context.state)
    mandatory = [i for i in indemnities if i.mandatory]
    if any(not i.vicarious and not _backs_the_share_only(i) for i in mandatory):
        # A bill that states its own duty to indemnify is judged by that duty's terms: an employer
        # also made liable for the officer's wrong ("an action may be brought against the
        # employer") does not cure the duty's carve-outs or limits.
        # (a clause that only backs the officer's own share, "unless the officer is unable to
        # pay, in which event the public entity shall pay that amount", is no such duty)
        mandatory = [i for i in mandatory if not i.vicarious]
    elsewhere = [
        s
        for s in context.reading.indemnity_carve_outs
        if not any(i.clause == s for i in indemnities if i.vicarious)
    ]
    # "If the agency is not required to indemnify ..., it shall pay to the plaintiff any portion
    # of the judgment that remains unsatisfied": what a carve-out leaves unpaid is paid anyway.
    payment_clauses = context.text.containing(
        "unsatisfied",
        "unpaid",
        "uncollect",
        "unable to collect",
        "not paid",
        "not pay",
        "be collected",
        "not collect",
    )
    backstops = [s for s in payment_clauses if _UNSATISFIED_PAID.search(s.text) and is_operative(s)]
    if mandatory and backstops and (elsewhere or any(i.carve_out for i in mandatory)):
        return Decision(
            Verdict.YES,
            "The employer must indemnify the officer, and where it need not, it must still pay the "
            "victim whatever part of the judgment is left unpaid, so the whole award is paid.",
            0.7,
            _first(backstops + [i.clause for i in mandatory]),
        )
    if mandatory and elsewhere and all(i.vicarious for i in mandatory):
        # "A person may bring a claim ... against a public employee or public entity", beside
        # "a public entity does not have a duty to defend or indemnify a public employee ... if
        # the employee's conduct is willful or wanton": the entity answers, but not for the
        # conduct it is excused from.
        return Decision(
            Verdict.NO,
            "The employer may be sued, but the bill excuses it from paying for some conduct (for "
            "example willful or wanton acts), so victims are not guaranteed the award.",
            0.6,
            _first(elsewhere),
        )
    if mandatory and elsewhere and not any(i.full_amount for i in mandatory):
        return Decision(
            Verdict.NO,
            "Indemnification is required, but another clause lets the payer refuse for some "
            "conduct (for example willful or bad-faith acts), so victims are not guaranteed the "
            "award.",
            0.65,
            _first(elsewhere + [i.clause for i in mandatory]),
        )
    if mandatory:
        # (not "shall pay each judgment in full; however, its total obligation shall not exceed
        # two million dollars in any fiscal year": the full amount is promised up to a cap)
        # (not "shall indemnify the officer for the full amount of any judgment ..., except
        # punitive damages": the full amount less a kind of damages is not the whole award)
        guarantees = [
            i.clause
            for i in mandatory
            if not i.carve_out
            and i.full_amount
            and not _PART_OF_THE_AWARD_LEFT_OUT.search(i.clause.text)
            and not _AGGREGATE_CAP.search(i.clause.text)
        ]
        carved = [i.clause for i in mandatory if i.carve_out]
        if carved and guarantees and all(_BACKS_THE_SHARE.search(g.text) for g in guarantees):
            # "The entity shall pay ... except that it is not required to indemnify an employee
            # convicted of a crime for the conduct", beside "the entity shall pay the balance and
            # any part of the employee's share that cannot be collected": the backstop covers
            # the officer's share, not the cases the carve-out leaves unpaid.
            guarantees = []
        if guarantees:
            vicarious = {i.clause for i in mandatory if i.vicarious}
            if all(g in vicarious for g in guarantees):
                # (no duty to indemnify: the government body is itself liable for the award)
                ceilings = _ceilings_on_the_award(context.reading.caps)
                if ceilings:
                    # ("The claim shall be brought exclusively against the public body", beside
                    # "The total damages recovered by a claimant ... shall not exceed two million
                    # dollars"): the body pays the award only up to the bill's own ceiling.
                    return Decision(
                        Verdict.PARTIAL,
                        "A government body is itself liable for the award, but the bill caps "
                        "what it pays, so the whole award is not guaranteed.",
                        0.6,
                        _first(guarantees + ceilings),
                    )
                return Decision(
                    Verdict.YES,
                    "A government body is itself liable for the whole award for its people's "
                    "wrongs, with no limit, so the victim is paid in full whatever the officer "
                    "can pay.",
                    0.8,
                    _first(guarantees),
                )
            if _indemnifies_fewer_than_the_claim_reaches(context.reading, guarantees):
                # "A law enforcement officer who ... deprives ... is liable", beside "The
                # Department of State Police shall indemnify a member of the Oregon State Police
                # ... for the full amount" (or "A city shall indemnify each police officer it
                # employs"): the other officers' victims are not guaranteed payment.
                return Decision(
                    Verdict.PARTIAL,
                    "The employer must pay the whole award, but the duty reaches fewer officers "
                    "than the claim does (some police only, or one kind of local government's "
                    "officers), so not every victim is guaranteed full payment.",
                    0.6,
                    _first(guarantees),
                )
            return Decision(
                Verdict.YES,
                "The employer must indemnify the officer, and the full amount of the judgment or "
                "settlement is guaranteed even where the officer's share cannot be collected.",
                0.85,
                _first(guarantees + [i.clause for i in mandatory]),
            )
        carve_outs = [i.clause for i in mandatory if i.carve_out]
        if carve_outs:
            return Decision(
                Verdict.NO,
                "Indemnification is required, but the employer may refuse to pay for some conduct "
                "(for example intentional or bad-faith acts), so victims are not guaranteed the "
                "award.",
                0.65,
                _first(carve_outs),
            )
        limited = [i.clause for i in mandatory if i.limited]
        share_backstops = (
            backstops
            + [
                s
                for s in payment_clauses
                # ("If the officer's share is uncollectible, the employer shall pay it.")
                if (
                    _SHARE_PAID_IF_OFFICER_DOES_NOT.search(s.text)
                    or lexicon.BACKUP_PAYMENT.search(s.text)
                )
                and is_operative(s)
            ]
            if limited and all(_officers_share_excepted(context, c) for c in limited)
            else []
        )
        if share_backstops:
            # "The employer shall pay the judgment ..., except the amount for which the officer is
            # personally liable under sub. (4). If the officer does not pay that amount within 120
            # days ..., the employer shall pay it to the plaintiff": the share is backed too.
            return Decision(
                Verdict.YES,
                "The employer must pay the judgment but the officer's own share, and must pay that "
                "share too if the officer does not, so the whole award is paid.",
                0.7,
                _first(share_backstops + limited),
            )
        # "the pool shall pay the judgment ... to the extent of the coverage the pool provides to
        # the member. The political subdivision shall pay any amount the pool does not pay": the
        # payer behind the limited one pays the rest.
        rest_paid = (
            [
                s
                for s in context.text.containing("not pay", "not paid")
                if is_operative(s)
                and _REST_PAID_BEHIND_A_POOL.search(s.text)
                and not lexicon.INDEMNITY_LIMIT.search(s.text)
            ]
            if limited
            else []
        )
        if rest_paid:
            return Decision(
                Verdict.YES,
                "One payer pays only up to its coverage, but the employer must pay whatever it "
                "does not, so the whole award is paid.",
                0.7,
                _first(rest_paid + limited),
            )
        # ("... the public body shall be liable for the full amount of any judgment, provided
        # that the total liability of a public body for any single claim ... shall not exceed
        # $2,000,000": the full amount up to a ceiling)
        limited += [
            i.clause
            for i in mandatory
            if not i.limited
            and (
                (i.full_amount and _AGGREGATE_CAP.search(i.clause.text))
                # ("(b)(1) A local government shall be liable for any judgment against its
                # employee ..., including a judgment under § 3-2601", in the section whose (a)(1)
                # says "the liability of a local government may not exceed $890,000")
                or _capped_in_its_own_section(context, i.clause)
            )
        ]
        if limited:
            return Decision(
                Verdict.PARTIAL,
                "Indemnification is required, but limits (a cap, a pro-rata share or excluded "
                "damages) leave part of the award unpaid, so the whole award is not guaranteed.",
                0.6,
                _first(limited),
            )
        return Decision(
            Verdict.YES,
            "The employer must indemnify the officer for judgments and settlements under the bill.",
            0.75,
            _first([i.clause for i in mandatory]),
        )
    if indemnities:
        return Decision(
            Verdict.NO,
            "Indemnification is optional ('may'), so payment of the award is not guaranteed.",
            0.75,
            _first([i.clause for i in indemnities]),
        )
    return Decision(
        Verdict.NO,
        "The bill does not require anyone to pay the victim's award if the officer cannot.",
        0.85,
    )


_REST_PAID_BEHIND_A_POOL = compile_pattern(
    r"\b(?:shall|must)\s+(?:also\s+|itself\s+)?pay\s+(?:any|the)\s+(?:amount|part|portion|balance|remainder)\b"
    r"[^.;]{0,80}?\b(?:(?:that\s+)?the\s+(?:pool|insurer|fund|policy|insurance)\s+(?:does|did)\s+not\s+pay"
    r"|(?:is|was)\s+not\s+paid\s+by\s+the\s+(?:pool|insurer|fund|policy|insurance))\b"
)
# The full amount less a kind of damages or what lies above a limit: "..., except punitive
# damages", "except that the employer is not required to pay any amount above the limits of the
# liability insurance".
_PART_OF_THE_AWARD_LEFT_OUT = compile_pattern(
    r"\b(?:except|excluding|other\s+than|but\s+not)\b[^.;]{0,60}?\bpunitive\b"
    r"|\bnot\s+(?:be\s+)?required\s+to\s+pay\s+(?:any\s+)?(?:amount|portion|part)\s+(?:above|in\s+excess\s+of"
    r"|exceeding)\b"
)
# "that the officer has not paid", "the covered employee does not pay".
_OFFICER_HAS_NOT_PAID = (
    r"(?:that\s+)?the\s+(?:[\w-]+\s+)?(?:officer|defendant|employee|trooper|deputy)\s+(?:has\s+not|does\s+not"
    r"|did\s+not|fails\s+to|failed\s+to)\s+pa(?:y|id)"
)
_UNSATISFIED_PAID = compile_pattern(
    # ("shall nevertheless pay to the plaintiff the full amount of the judgment ... that remains
    # unpaid")
    r"\b(?:shall|must)\s+(?:\w+\s+)?pay\b[^.;]{0,60}?\b(?:any|the|each|every)\s+(?:(?:full|entire|whole)\s+)?"
    r"(?:portion|part|amount|balance)\s+of\s+"
    r"(?:the|a|any)\s+(?:judgment|judgement|award|settlement)\b[^.;]{0,40}?\b(?:(?:that|which)\s+(?:remains?|is|are)\s+"
    r"(?:unsatisfied|unpaid|uncollected)|(?:that\s+)?the\s+(?:plaintiff|claimant)\s+(?:has\s+been|is|was)\s+unable\s+"
    r"to\s+collect"
    # ("any part of the judgment that the officer has not paid within 180 days")
    r"|" + _OFFICER_HAS_NOT_PAID + r")"
    # "... and the employer shall pay any portion of that amount that is not collectible".
    r"|\b(?:shall|must)\s+(?:\w+\s+)?pay\s+(?:any|the)\s+(?:portion|part)\s+of\s+(?:that|the|such)\s+"
    r"(?:amount|share)\s+(?:that|which)\s+(?:is|remains)\s+(?:not\s+collect[ia]ble|uncollect\w+|unpaid"
    r"|not\s+paid)\b"
    # "If that amount cannot be collected from the employee, the employer shall pay it".
    r"|\b(?:cannot|can\s+not|could\s+not)\s+be\s+collected\b[^.;]{0,120}?\b(?:shall|must)\s+(?:\w+\s+)?pay\s+"
    r"(?:it|that\s+(?:amount|portion|part|share)|the\s+(?:amount|portion|share)|such\s+(?:amount|portion))\b"
    # "The employer shall pay the remainder of the judgment and any part of the officer's share not
    # collected"; "shall indemnify the employee for the remainder of the judgment, including any
    # amount reduced by the court or not paid by the employee".
    r"|\b(?:shall|must)\s+(?:\w+\s+)?(?:pay|indemnify)\b[^.;]{0,120}?\b(?:any|the)\s+(?:part|portion|amount)\s+of\s+"
    r"(?:the\s+)?(?:[\w'’]+\s+){0,2}?share\s+(?:that\s+is\s+)?(?:not\s+(?:collected|paid)|uncollected|unpaid)\b"
    r"|\b(?:shall|must)\s+(?:\w+\s+)?(?:pay|indemnify)\b[^.;]{0,120}?\b(?:including|and)\s+any\s+amount\b[^.;]{0,60}?"
    r"\bnot\s+paid\s+by\s+the\s+(?:employee|officer|defendant)\b"
    # "..., the public body shall pay the unpaid amount to the judgment creditor".
    r"|\b(?:shall|must)\s+(?:\w+\s+)?pay\s+(?:the|any)\s+(?:unpaid|unsatisfied|uncollected)\s+(?:amount|portion|part|balance)\b"
    # "If any portion of the judgment is uncollectable from the person, the public entity shall
    # satisfy the full amount of the judgment".
    r"|\b(?:uncollect(?:ed|able|ible)|unsatisfied|unpaid)\b[^.;]{0,120}?\b(?:shall|must)\s+(?:\w+\s+)?(?:satisfy"
    r"|pay)\s+(?:the\s+)?(?:full\s+amount|remainder|balance|(?:that|such)\s+(?:portion|part|amount))\b"
    # "any portion of a judgment that remains unpaid ninety (90) days after entry shall be paid to
    # the plaintiff by the employing public body"
    r"|\b(?:any|the)\s+(?:portion|part|amount|balance)\s+of\s+(?:the|a|any)\s+(?:judgment|judgement|award"
    # ("any part of the judgment that the covered employee has not paid within 120 days ... shall
    # be paid to the plaintiff by the employer")
    r"|settlement)\b[^.;]{0,40}?\b(?:(?:remains?|is)\s+(?:unpaid|unsatisfied|uncollected)\b|"
    + _OFFICER_HAS_NOT_PAID
    + r")[^.;]{0,100}?\bshall\s+be\s+paid\b[^.;]{0,40}?\bby\s+(?:the|its|that)\b"
)
# The officer's own share paid by the employer when the officer does not pay it: "If the officer
# does not pay that amount within 120 days ..., the employer shall pay it to the plaintiff" (a
# backstop for the share only, not for what a carve-out leaves unpaid).
_SHARE_PAID_IF_OFFICER_DOES_NOT = compile_pattern(
    r"\b(?:officer|defendant|employee)\s+(?:does|did|has)\s+not\s+pa(?:y|id)\b[^.;]{0,100}?\b(?:shall|must)\s+"
    r"pay\s+(?:it|that\s+amount|the\s+amount|such\s+amount)\b"
)


# The sentence after a fee award that gives the other actions no mandatory fees.
_OTHER_ACTIONS_OTHERWISE = compile_pattern(
    r"\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)*(?:in|for)\s+(?:any|all|every|each)\s+other\s+(?:actions?|claims?|cases?)\b"
    r"[^.;]{0,100}?(?:\beach\s+party\s+(?:shall|must)\s+(?:bear|pay)\s+its\s+own|\bmay\s+(?:\w+\s+)?award"
    r"|\b(?:shall|may)\s+not\s+award|\bno\s+(?:attorney|fees?))"
)
_OTHER_ACTIONS_REACH = 200
# A court allowed, in the sentence after a fee award, to decline it.
_FEES_DECLINED_AFTER = compile_pattern(
    # (after a catch-line, "2. Nominal damages. Notwithstanding subsection 1, ...")
    r"\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)*(?:[a-z][\w ,'-]{0,40}[.:]\s+)?notwithstanding\b[^.;]{0,80}?,\s*"
    r"(?:the\s+)?court\s+may\s+"
    r"(?:decline|refuse|deny|choose\s+not)\b[^.;]{0,40}?\bfees?\b(?P<when>[^.;]{0,160})"
)
# When the court may decline: in any case it thinks fit, not in one kind of case.
_DECLINED_IN_ANY_CASE = compile_pattern(
    r"\b(?:in\s+any\s+(?:action|case|proceeding)|whenever)\b|\b(?:appropriate|just|unjust|warranted|equitable)\b"
)


# "(b) Discretionary award.--In an action on a claim under section 8562(c), the court may award
# reasonable attorney fees": fees left to discretion for the claims another unit creates.
_MAY_AWARD_FOR_CLAIMS_UNDER = compile_pattern(
    r"\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)*(?:[a-z][\w ,'-]{0,40}?(?:[.:]-*|--)\s*)?in\s+an?\s+(?:action|claim)\b"
    r"[^.;]{0,40}?\bunder\s+(?P<reference>(?:section|subsection|sec_?|§)\s*[\w_.()-]+)"
    r"[^.;]{0,40}?,\s*(?:the\s+)?court\s+may\s+(?:\w+\s+)?award\b"
)
_MAY_AWARD_IN_ACTIONS_UNDER = compile_pattern(
    r"\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)*(?:the\s+)?court\s+may\s+(?:\w+\s+)?award\b[^.;]{0,120}?\b(?:in|on)\s+an?\s+"
    r"(?:action|claim)\b[^.;]{0,40}?\bunder\s+(?P<reference>(?:section|subsection|sec_?|§)\s*[\w_.()-]+)"
)
_CLAIMS_UNDER = compile_pattern(
    r"\bunder\s+(?P<reference>(?:section|subsection|sec_?|§)\s*[\w_.()-]+)"
)


def _discretionary_for_other_claims(context: Context, clause: Sentence) -> bool:
    """Whether the sentence after a fee award scoped to some claims ("under section 8562(a)")
    leaves fees for the claims under another provision to the court's discretion."""
    scoped = _CLAIMS_UNDER.search(clause.text)
    if scoped is None:
        return False
    lowered, reach = context.text.lowered, clause.end + _OTHER_ACTIONS_REACH
    # ("In an action under section 3, the court may award ...", or "The court may award ... to a
    # plaintiff who prevails in an action under section 3 of this act")
    other = _MAY_AWARD_FOR_CLAIMS_UNDER.match(
        lowered, clause.end, reach
    ) or _MAY_AWARD_IN_ACTIONS_UNDER.match(lowered, clause.end, reach)
    if other is None:
        return False
    # (the lower-case text keeps the periods the analysis copy masks)
    return other.group("reference").replace(".", "_") != scoped.group("reference")


# A fee award confined to the actions of one unit of the bill ("in an action under this section",
# "... brought pursuant to this chapter"), not the whole act.
_FEES_IN_ACTIONS_OF_THIS_UNIT = compile_pattern(
    r"\b(?:under|pursuant\s+to|brought\s+under)\s+this\s+(?:section|subsection|chapter|subchapter"
    r"|part|article|subtitle)\b"
)


def _discretionary_in_another_claims_section(context: Context, clause: Sentence) -> bool:
    """Whether a mandatory fee award confined to one unit's actions ("In an action under this
    section, the court shall award ...") stands beside a discretionary award in another section
    that holds a claim of its own ("In an action under this section, the court may award ..."):
    fees are then mandatory for some of the bill's claims only, however far apart the two
    sentences stand."""
    if not _FEES_IN_ACTIONS_OF_THIS_UNIT.search(clause.text):
        return False
    reading = context.reading
    section = reading.section_start_of(clause)
    return any(
        not other.mandatory
        and reading.section_start_of(other.clause) != section
        and reading.public_claim_in_section_of(other.clause)
        for other in reading.fee_awards
    )


def _released_after(context: Context, clause: Sentence) -> str | None:
    """Whether the sentence after a mandatory fee award lets the court decline it: "wholly" (in
    any case it thinks fit), "in part" (in one kind of case), or None."""
    declined = _FEES_DECLINED_AFTER.match(
        context.text.lowered, clause.end, clause.end + _OTHER_ACTIONS_REACH
    )
    if declined is None:
        return None
    return "wholly" if _DECLINED_IN_ANY_CASE.search(declined.group("when")) else "in part"


_SOME_RIGHTS = frozenset({Rights.ENUMERATED, Rights.ONE_RIGHT, Rights.FORCE_OR_SEARCH})


def attorney_fees(context: Context) -> Decision:
    """start.attorney_fees: mandatory reasonable fees for a prevailing plaintiff."""
    # (A bill about the section 1983 action that codifies the doctrine but makes fees mandatory
    # there still changes what a plaintiff recovers in civil-rights suits.)
    if _grants_immunity_only(context.reading) and not context.reading.names_section_1983:
        return Decision(
            Verdict.NO, _IMMUNITY_GRANTED, 0.7, _first(_clauses(context.reading.created), 1)
        )
    if (
        not context.reading.public_claims
        and not context.reading.bars
        and not context.reading.names_section_1983
        and _NO_CLAIM_AGAINST_OFFICERS.search(context.text.lowered)
    ):
        # "... and nothing in this section creates any claim against, or affects any immunity
        # of, any such officer or employee": the fees are for another claim (against the State
        # for a wrongful imprisonment), and the bill says it gives none against officers.
        return Decision(
            Verdict.NO,
            "The bill's fees serve a claim that is not against officers, and the bill says it "
            "creates no claim against officers and changes none of their immunities.",
            0.7,
        )
    awards = context.reading.fee_awards
    mandatory = [a for a in awards if a.mandatory]
    # "(1) ... the court shall award reasonable attorney's fees .... (2) Notwithstanding subsection
    # (1), the court may decline to award fees in any action in which it determines that an award
    # would not be appropriate": the duty is a discretion. ("... may decline to award fees if the
    # plaintiff recovers only nominal damages": a duty with one exception, read below.)
    released = [a for a in mandatory if _released_after(context, a.clause) == "wholly"]
    if released and len(released) == len(mandatory):
        return Decision(
            Verdict.NO,
            "The court 'shall' award attorney fees, but a later clause lets it decline in any case "
            "it finds an award inappropriate, so fees are discretionary.",
            0.65,
            _first([a.clause for a in released]),
        )
    if mandatory:
        # "In an action ... in which the plaintiff recovers more than nominal damages, the court
        # shall award ... fees. The court may award ... fees in any other action": mandatory
        # only for some claims.
        # (or only to a plaintiff who prevails on a claim for some of the rights the bill's
        # claims reach: "... on a claim for the deprivation of a right secured by Section 19 or
        # Section 20 of Article I", beside a claim for every right of the constitution)
        wide_claims = any(
            c.rights is Rights.ALL_CONSTITUTIONAL for c in context.reading.public_claims
        )
        some_claims = [
            a.clause
            for a in mandatory
            if lexicon.FEES_FOR_SOME_CLAIMS.search(a.clause.text)
            or (wide_claims and rights_of(a.clause.text) in _SOME_RIGHTS)
            # "... shall award fees. (2) In any other action under section 5, each party shall bear
            # its own attorney's fees."
            or _OTHER_ACTIONS_OTHERWISE.match(
                context.text.lowered, a.clause.end, a.clause.end + _OTHER_ACTIONS_REACH
            )
            or _released_after(context, a.clause) == "in part"
            or _discretionary_for_other_claims(context, a.clause)
            or _discretionary_in_another_claims_section(context, a.clause)
            # "to a plaintiff who prevails on a claim described in (b) of this section", (b)
            # being the force claims only
            or context.reading.cites_narrower_claim(a.clause)
        ]
        if some_claims:
            return Decision(
                Verdict.PARTIAL,
                "Attorney fees are mandatory only in some actions under the bill and "
                "discretionary in the rest.",
                0.6,
                _first(some_claims),
            )
        capped = [a.clause for a in mandatory if a.capped or a.limited]
        # ("shall award ... fees to the prevailing party" is a mandatory award to a plaintiff who
        # prevails, as RUBRIC.md's "yes" asks; that a losing plaintiff may owe fees too does not
        # make it less of one: most blind labels of the red-team sets read it so.)
        if capped:
            ceilings = [a.clause for a in mandatory if a.capped]
            if ceilings:
                return Decision(
                    Verdict.PARTIAL,
                    "Attorney fees are mandatory but capped.",
                    0.6,
                    _first(ceilings),
                )
            return Decision(
                Verdict.PARTIAL,
                "Attorney fees are mandatory but limited: only in some cases, or not for all of "
                "the work.",
                0.6,
                _first(capped),
            )
        return Decision(
            Verdict.YES,
            "The court must award reasonable attorney fees (and costs) to a prevailing plaintiff.",
            0.85,
            _first([a.clause for a in mandatory]),
        )
    if awards:
        return Decision(
            Verdict.NO,
            "Attorney fees are only discretionary: the court 'may' award them.",
            0.8,
            _first([a.clause for a in awards]),
        )
    return Decision(Verdict.NO, "The bill does not provide for attorney fees.", 0.85)


# A consequence or a record of a civil judgment or settlement: "against whom a final judgment has
# been entered for the deprivation of ... rights", "a settlement agreement or judgment ... shall be
# posted".
_AFTER_A_JUDGMENT = compile_pattern(r"\b(?:judgments?|settlements?)\b")


def _immunity_bill_without_judgments(
    context: Context, clauses: Sequence[Sentence]
) -> Decision | None:
    """ "No" for a bill that only grants officers an immunity, when none of the ``clauses`` (its
    consequences for officers, or its records opened) follows a civil judgment or settlement:
    an immunity bill's own standards serve no claim it leaves standing, while a consequence or
    a record of a judgment in a civil-rights action under other law still follows that action."""
    if (
        _grants_immunity_only(context.reading)
        and not context.reading.names_section_1983
        and not any(_AFTER_A_JUDGMENT.search(clause.text) for clause in clauses)
    ):
        return Decision(
            Verdict.NO, _IMMUNITY_GRANTED, 0.7, _first(_clauses(context.reading.created), 1)
        )
    return None


def individual_accountability(context: Context) -> Decision:
    """start.individual_accountability: the officer personally bears a consequence."""
    facts = context.reading.accountability
    immunity_bill = _immunity_bill_without_judgments(context, [f.clause for f in facts])
    if immunity_bill is not None:
        return immunity_bill
    shares = [f.clause for f in facts if f.kind == "share" and f.mandatory]
    culpable_only = [
        s
        for s in shares
        if lexicon.SHARE_ONLY_ON_CULPABILITY.search(s.text)
        or lexicon.SHARE_ONLY_FOR_REPEATERS.search(s.text)
    ]
    # (a professional consequence the bill makes mandatory counts in full, however narrow the
    # share beside it)
    professional_owed = any(f.kind == "professional" and f.mandatory for f in facts)
    if culpable_only and len(culpable_only) == len(shares) and not professional_owed:
        return Decision(
            Verdict.PARTIAL,
            "The officer pays personally only in some cases (when found to have acted "
            "intentionally, recklessly or in bad faith, for repeat violations, or unless the "
            "employer excuses it), so most violations cost the officer nothing.",
            0.6,
            _first(culpable_only),
        )
    if (
        shares
        and all(lexicon.SHARE_ONLY_OF_THE_EXCESS.search(s.text) for s in shares)
        and not professional_owed
    ):
        return Decision(
            Verdict.PARTIAL,
            "The officer pays personally only what the employer, its insurance or a fund leaves "
            "unpaid, which few judgments reach.",
            0.6,
            _first(shares),
        )
    if shares:
        return Decision(
            Verdict.YES,
            "The officer personally pays part of the judgment or settlement in some cases, so the "
            "violation costs the officer something.",
            0.8,
            _first(shares),
        )
    optional_shares = [f.clause for f in facts if f.kind == "share"]
    professional = [f for f in facts if f.kind == "professional"]
    mandatory = [f.clause for f in professional if f.mandatory]
    if mandatory:
        return Decision(
            Verdict.YES,
            "The officer faces a consequence of their own tied to the violation (decertification, "
            "discipline, lost pay or a penalty).",
            0.7,
            _first(mandatory),
        )
    if optional_shares:
        return Decision(
            Verdict.PARTIAL,
            "The employer or court may make the officer pay part of the award, but nothing "
            "requires it, so the consequence is left to discretion.",
            0.6,
            _first(optional_shares),
        )
    if professional:
        return Decision(
            Verdict.PARTIAL,
            "A professional consequence is possible but left to discretion.",
            0.55,
            _first([f.clause for f in professional]),
        )
    narrow = [f.clause for f in facts if f.kind == "narrow"]
    if narrow:
        return Decision(
            Verdict.PARTIAL,
            "The officer bears a consequence tied to the violation, but a narrow one: a name on "
            "a list of officers whose conduct must be disclosed, or a loss of certification for "
            "some violations only (such as deadly force).",
            0.6,
            _first(narrow),
        )
    return Decision(
        Verdict.NO,
        "The bill puts no personal financial or professional consequence on the officer.",
        0.85,
    )


def public_records(context: Context) -> Decision:
    """start.public_records: misconduct records, settlements, judgments made public."""
    facts = context.reading.disclosures
    immunity_bill = _immunity_bill_without_judgments(context, [f.clause for f in facts])
    if immunity_bill is not None:
        return immunity_bill
    opened = [f for f in facts if f.opened]
    if opened:
        if all(f.some_records_only for f in opened):
            return Decision(
                Verdict.PARTIAL,
                "Only some records (such as recordings, or the sums paid) must be disclosed.",
                0.6,
                _first([f.clause for f in opened]),
            )
        return Decision(
            Verdict.YES,
            "Records of misconduct, complaints, settlements or judgments must be made public.",
            0.75,
            _first([f.clause for f in opened if not f.some_records_only]),
        )
    if facts:
        return Decision(
            Verdict.NO,
            "The bill keeps the relevant records confidential.",
            0.7,
            _first([f.clause for f in facts]),
        )
    return Decision(Verdict.NO, "The bill does not require any records to be made public.", 0.85)


DetectorFunction = Callable[[Context], Decision]

# Rubric order. end.public_employees also reads the law-enforcement verdict (see engine).
DETECTORS: dict[str, DetectorFunction] = {
    "end.law_enforcement": law_enforcement,
    "end.state_constitution": state_constitution,
    "end.damage_caps": damage_caps,
    "start.failure_to_intervene": failure_to_intervene,
    "start.full_compensation": full_compensation,
    "start.attorney_fees": attorney_fees,
    "start.individual_accountability": individual_accountability,
    "start.public_records": public_records,
}
