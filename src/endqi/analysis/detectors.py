"""One detector per rubric criterion.

Each detector reads the shared :class:`~endqi.analysis.findings.Findings` and the
sentences of the bill the way a lawyer would (who is covered, which rights,
mandatory or discretionary, negation, savings clauses, exceptions) and returns a
:class:`Decision`: verdict, plain-words explanation, confidence and the
sentences it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from endqi.analysis import lexicon
from endqi.analysis.findings import Findings
from endqi.analysis.state_law import damage_cap_law
from endqi.analysis.text import AnalysisText, Sentence
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

    findings: Findings
    state: str | None


def _first(sentences: Sequence[Sentence], limit: int = 2) -> tuple[Sentence, ...]:
    """The first ``limit`` distinct sentences (a bill may repeat a clause word for word)."""
    unique: dict[str, Sentence] = {}
    for sentence in sentences:
        unique.setdefault(sentence.text, sentence)
    return tuple(unique.values())[:limit]


# ---------------------------------------------------------------------------
# end group
# ---------------------------------------------------------------------------


def law_enforcement(context: Context) -> Decision:
    """end.law_enforcement: qualified immunity (or a good-faith twin) barred for police."""
    findings = context.findings
    if findings.preservations:
        return Decision(
            Verdict.NO,
            "The bill keeps qualified immunity for at least some claims: a savings clause or "
            "exception preserves the defense, so it is not ended.",
            0.85,
            _first(findings.preservations + findings.bars),
        )
    if findings.surviving_defenses:
        return Decision(
            Verdict.NO,
            "A good-faith or reasonable-belief defense survives: an officer who believed the "
            "conduct was lawful can still escape liability, which does the work of qualified "
            "immunity under another name.",
            0.85,
            _first(findings.surviving_defenses + findings.bars),
        )
    if not findings.bars:
        if findings.causes_of_action:
            return Decision(
                Verdict.NO,
                "The bill creates or keeps a civil claim but nowhere bars qualified immunity or a "
                "good-faith defense, so officers can still raise it.",
                0.75,
                _first(findings.causes_of_action, 1),
            )
        return Decision(
            Verdict.NO,
            "The bill neither creates a civil claim against officers nor bars qualified immunity.",
            0.7,
        )
    if findings.bars_with_exceptions:
        return Decision(
            Verdict.PARTIAL,
            "The bill bars qualified immunity but carves out exceptions in the same clause, so "
            "the defense survives in some cases.",
            0.6,
            _first(findings.bars_with_exceptions + findings.causes_of_action),
        )
    return Decision(
        Verdict.YES,
        "The bill bars qualified immunity (or the equivalent 'clearly established' / good-faith "
        "defenses) as a defense to civil liability of law-enforcement officers.",
        0.9,
        _first(findings.bars + findings.causes_of_action),
    )


def public_employees(context: Context, law_enforcement_verdict: Verdict) -> Decision:
    """end.public_employees: does the claim and the bar reach every public employee?"""
    findings = context.findings
    if law_enforcement_verdict is Verdict.NO:
        return Decision(
            Verdict.NO,
            "Qualified immunity is not ended even for police under this bill, so it is not ended "
            "for public employees generally.",
            0.8,
            _first(findings.preservations + findings.surviving_defenses, 1),
        )
    coverage = findings.coverage
    if coverage.broad:
        return Decision(
            Verdict.YES,
            f"The liability and the immunity bar reach public employees generally "
            f"(the bill says '{coverage.broad_term.strip()}'), not only police.",
            0.8,
            _first(coverage.broad),
        )
    if coverage.state_only:
        return Decision(
            Verdict.PARTIAL,
            "The bill reaches state employees beyond police, but not local public employees.",
            0.6,
            _first(coverage.state_only),
        )
    if coverage.police:
        return Decision(
            Verdict.NO,
            f"The bill covers only law enforcement (it speaks of '{coverage.police_term}'); other "
            "public employees keep qualified immunity.",
            0.85,
            _first(coverage.police),
        )
    # The operative clauses name no class of defendant ("the defendant", "liability under
    # this section"): the rest of the bill tells whose conduct the section is about.
    elsewhere = findings.text.matching(lexicon.POLICE_TERM, *lexicon.POLICE_GATE)
    if elsewhere:
        term = lexicon.POLICE_TERM.search(elsewhere[0].text).group(0)
        return Decision(
            Verdict.NO,
            f"The bill is about law enforcement (it speaks of '{term}'); nothing extends the "
            "immunity bar to other public employees.",
            0.65,
            _first(elsewhere, 1),
        )
    return Decision(
        Verdict.YES,
        "The immunity bar names no class of defendant: it applies to every defendant in these "
        "actions, public employees included.",
        0.55,
        _first(findings.bars),
    )


def state_constitution(context: Context) -> Decision:
    """end.state_constitution: which rights can be enforced."""
    findings = context.findings
    clauses = _first(
        findings.causes_of_action + findings.bars + findings.incorporated_prohibitions, 50
    )
    general: list[Sentence] = []
    federal_only: list[Sentence] = []
    limited: list[Sentence] = []
    enumerated: list[Sentence] = []
    for sentence in clauses:
        body = sentence.text
        rights = lexicon.GENERAL_RIGHTS.search(body)
        if rights and _conditioned_on_force_or_search(body):
            limited.append(sentence)
        elif rights and lexicon.ENUMERATED_SECTIONS.search(body):
            enumerated.append(sentence)
        elif rights and lexicon.STATE_RIGHTS_WORDS.search(body):
            general.append(sentence)
        elif rights and lexicon.FEDERAL_ONLY_RIGHTS.search(body):
            federal_only.append(sentence)
        elif rights:
            general.append(sentence)
    if general:
        return Decision(
            Verdict.YES,
            "The claim covers constitutional rights without limiting them to a few kinds, so any "
            "right under the state constitution can be enforced.",
            0.85,
            _first(general),
        )
    if enumerated:
        return Decision(
            Verdict.PARTIAL,
            "The claim covers only rights in listed sections of the constitution.",
            0.65,
            _first(enumerated),
        )
    for sentence in findings.bars + findings.causes_of_action:
        if lexicon.CIVIL_RIGHTS_ACT.search(sentence.text):
            return Decision(
                Verdict.YES,
                "The bar applies to claims under the state's civil rights act, the vehicle for "
                "enforcing state constitutional rights.",
                0.65,
                (sentence,),
            )
    for sentence in findings.bars:
        if lexicon.ALL_CLAIMS.search(sentence.text) and not _conditioned_on_force_or_search(
            sentence.text
        ):
            return Decision(
                Verdict.YES,
                "The immunity bar applies to any civil liability of the officer, whatever right "
                "was violated.",
                0.6,
                (sentence,),
            )
    force_only = limited or context.findings.text.matching(
        lexicon.FORCE_OR_SEARCH, "force", "search"
    )
    if force_only and (findings.bars or findings.causes_of_action or limited):
        return Decision(
            Verdict.NO,
            "The claim is limited to force or search-and-seizure violations; other state "
            "constitutional rights are not covered.",
            0.7,
            _first(list(limited) + list(force_only)),
        )
    if federal_only:
        return Decision(
            Verdict.NO,
            "The claim covers only federal rights; rights under the state constitution are not "
            "enforceable through it.",
            0.6,
            _first(federal_only),
        )
    return Decision(
        Verdict.NO,
        "The bill creates no claim for violations of state constitutional rights.",
        0.65,
    )


def _conditioned_on_force_or_search(body: str) -> bool:
    """True when a clause is limited to force or search cases ('if ... physical force')."""
    match = lexicon.FORCE_OR_SEARCH.search(body)
    if not match:
        return False
    before = body[max(0, match.start() - 220) : match.start()]
    if re.search(r"\b(?:if|when|where|only|involv\w*|against|limited to|security)\b", before):
        return True
    # The force or search is itself the wrong the claim is for: "subjects a person to an
    # unreasonable search", "uses excessive force" (not "rights, including freedom from ...").
    return bool(
        re.search(r"\bsubject(?:s|ed|ing)?\b(?:\s+[\w,]+){0,5}?\s+to\s+(?:an?\s+|the\s+)?$", before)
        or re.search(r"\buse[sd]?\s+$", before)
    )


def damage_caps(context: Context) -> Decision:
    """end.damage_caps: do statutory caps and tort-claims limits stay out of these claims?"""
    text = context.findings.text
    lifts = text.matching(lexicon.CAP_LIFT, *lexicon.CAP_LIFT_GATE)
    caps = [
        s
        for s in text.matching(lexicon.OWN_CAP, *lexicon.OWN_CAP_GATE)
        if lexicon.MONEY.search(s.text)
        and not lexicon.NO_PERSONAL_SHARE.search(s.text)
        # A limit on the officer's own share caps what the officer pays, not the victim.
        and not _only_limits_personal_share(s.text)
    ]
    if caps:
        raised = [s for s in caps if _has_deletion(context, s)]
        if raised:
            return Decision(
                Verdict.PARTIAL,
                "The bill changes a dollar cap but keeps a cap on what victims can recover.",
                0.6,
                _first(raised + lifts),
            )
        return Decision(
            Verdict.NO,
            "The bill sets its own dollar limit on liability or damages, so victims' recovery "
            "stays capped.",
            0.8,
            _first(caps),
        )
    raised = text.matching(lexicon.CAP_RAISED, *lexicon.CAP_RAISED_GATE)
    if raised:
        return Decision(
            Verdict.PARTIAL,
            "The bill raises a cap on damages for these claims but keeps it.",
            0.6,
            _first(raised),
        )
    if lifts:
        if all(lexicon.ONE_KIND_OF_DAMAGES.search(s.text) for s in lifts):
            return Decision(
                Verdict.PARTIAL,
                "Only the limits on one kind of damages are lifted; other caps still apply.",
                0.6,
                _first(lifts),
            )
        return Decision(
            Verdict.YES,
            "Statutory immunities and limits on liability or damages are made inapplicable to "
            "these claims.",
            0.85,
            _first(lifts),
        )
    law = damage_cap_law(context.state)
    if law is None:
        return Decision(
            Verdict.NO,
            "The bill says nothing about damage caps, so any existing statutory caps would still "
            "apply (the state's law was not checked: give the state to decide).",
            0.5,
        )
    named = _sets_aside_statutes(text, law.sections) if law.caps_apply else []
    if named:
        return Decision(
            Verdict.YES,
            f"The bill sets aside {law.state}'s own cap statute for these claims ({law.source}), "
            "so the statutory limit on damages no longer applies.",
            0.75,
            _first(named),
        )
    if law.caps_apply:
        return Decision(
            Verdict.NO,
            f"The bill says nothing about damage caps, and existing {law.state} law caps such "
            f"claims: {law.summary} ({law.source})",
            0.7,
        )
    return Decision(
        Verdict.YES,
        f"The bill says nothing about caps, but {law.state} law sets no dollar cap on such "
        f"claims: {law.summary} ({law.source})",
        0.65,
    )


def _sets_aside_statutes(text: AnalysisText, sections: Sequence[tuple[str, str]]) -> list[Sentence]:
    """Sentences that make the cited statute sections inapplicable ("Sections 537.600 to
    537.610 shall not apply to claims brought under this section"), ranges included.

    A section cited with a subsection ("893.80(3)") is matched only by the whole section
    or that subsection, never by a sibling ("893.80 (4)", an immunity, not the cap).
    """
    found = []
    for sentence in text.matching(lexicon.SETS_ASIDE, *lexicon.SETS_ASIDE_GATE):
        body = sentence.text
        for number, subsection in sections:
            masked = number.replace(".", "_")
            if _cites(body, masked, subsection) or any(
                _range_covers(match, masked) for match in lexicon.SECTION_RANGE.finditer(body)
            ):
                found.append(sentence)
                break
    return found


def _cites(body: str, number: str, subsection: str) -> bool:
    """Whether ``body`` names section ``number`` whole, or at ``subsection``."""
    for match in re.finditer(re.escape(number) + r"(?![\w_])(?:\s*\((\w+)\))?", body):
        cited = match.group(1)
        if not subsection or cited is None or cited == subsection.lower():
            return True
    return False


def _range_covers(match: re.Match[str], number: str) -> bool:
    """Whether "537_600 to 537_610" takes in section "537_610" (same chapter, in range)."""
    chapter, _, section = number.partition("_")
    if not section.isdigit() or match.group(1) != chapter or match.group(3) != chapter:
        return False
    low, high = match.group(2), match.group(4)
    width = max(len(low), len(high), len(section))
    return low.ljust(width, "0") <= section.ljust(width, "0") <= high.ljust(width, "0")


def _scoped_to_another_act(body: str) -> bool:
    """A clause for claims under some other named act, not this bill's claims."""
    scope = lexicon.OTHER_ACT_SCOPE.search(body)
    return (
        scope is not None
        and "rights" not in scope.group(0)
        and not re.search(r"\bthis (?:section|act|chapter|article|subchapter)\b", body)
    )


def _only_limits_personal_share(body: str) -> bool:
    """'personal liability ... may not exceed $10,000' limits the officer, not the award."""
    return bool(re.search(r"personal(?:ly)? liab", body)) and not re.search(
        r"award|recovery|damages against|judgment against (?:the|a) (?:public|state|employer)", body
    )


def _has_deletion(context: Context, sentence: Sentence) -> bool:
    deletions = context.findings.text.document.deletions
    return any(start < sentence.end and end > sentence.start for start, end in deletions)


# ---------------------------------------------------------------------------
# start group
# ---------------------------------------------------------------------------


def failure_to_intervene(context: Context) -> Decision:
    """start.failure_to_intervene: a stand-alone duty to intervene with civil liability."""
    text = context.findings.text
    mentions = text.containing("interven")
    duties = [s for s in mentions if lexicon.INTERVENE_DUTY.search(s.text)]
    failures = [s for s in mentions if lexicon.FAIL_TO_INTERVENE.search(s.text)]
    liable_failures = [s for s in failures if lexicon.CAUSE_OF_ACTION.search(s.text)]
    stand_alone = [
        s for s in liable_failures if not lexicon.INCLUDING_FAIL_TO_INTERVENE.search(s.text)
    ]
    if stand_alone or (duties and liable_failures):
        return Decision(
            Verdict.YES,
            "An officer who fails to intervene in another officer's violation is civilly liable "
            "for that failure in its own right.",
            0.8,
            _first(duties + stand_alone + liable_failures),
        )
    if liable_failures:
        return Decision(
            Verdict.PARTIAL,
            "Failing to intervene is named only as one way of causing the deprivation; there is "
            "no stand-alone duty to intervene or report.",
            0.75,
            _first(liable_failures),
        )
    if duties:
        return Decision(
            Verdict.NO,
            "The bill mentions a duty to intervene but attaches no civil liability to breaking it.",
            0.6,
            _first(duties),
        )
    return Decision(Verdict.NO, "The bill does not mention a duty to intervene.", 0.85)


def full_compensation(context: Context) -> Decision:
    """start.full_compensation: mandatory indemnification of the whole award."""
    text = context.findings.text
    clauses = [
        s
        for s in text.matching(lexicon.INDEMNITY, *lexicon.INDEMNITY_GATE)
        if lexicon.INDEMNIFIED_PARTY.search(s.text)  # not board members, vendors...
    ]
    mandatory = [
        s
        for s in clauses
        if _mandatory_indemnity(s.text) and not lexicon.NO_PERSONAL_SHARE.search(s.text)
    ]
    discretionary = [s for s in clauses if s not in mandatory]
    if mandatory:
        carve_outs = [s for s in mandatory if lexicon.BAD_CONDUCT_CARVE_OUT.search(s.text)]
        guarantees = [
            s for s in mandatory if s not in carve_outs and _guarantees_full_amount(s.text)
        ]
        if guarantees:
            return Decision(
                Verdict.YES,
                "The employer must indemnify the officer, and the full amount of the judgment or "
                "settlement is guaranteed even where the officer's share cannot be collected.",
                0.85,
                _first(guarantees + mandatory),
            )
        if carve_outs:
            return Decision(
                Verdict.NO,
                "Indemnification is required, but the employer may refuse to pay for some conduct "
                "(for example intentional or bad-faith acts), so victims are not guaranteed the "
                "award.",
                0.65,
                _first(carve_outs),
            )
        return Decision(
            Verdict.YES,
            "The employer must indemnify the officer for judgments and settlements under the bill.",
            0.75,
            _first(mandatory),
        )
    if discretionary:
        return Decision(
            Verdict.NO,
            "Indemnification is optional ('may'), so payment of the award is not guaranteed.",
            0.75,
            _first(discretionary),
        )
    return Decision(
        Verdict.NO,
        "The bill does not require anyone to pay the victim's award if the officer cannot.",
        0.8,
    )


def _guarantees_full_amount(body: str) -> bool:
    """'shall satisfy the full amount', not 'payments for the full amount ... may be made'."""
    for match in lexicon.FULL_AMOUNT.finditer(body):
        before = body[max(0, match.start() - 80) : match.start()]
        after = body[match.end() : match.end() + 60]
        if re.search(r"\b(?:shall|must)\b(?!\s+not)", before) and not re.search(r"\bmay\b", after):
            return True
    return False


def _mandatory_indemnity(body: str) -> bool:
    """'shall indemnify', 'shall be satisfied by', without an optional 'may' governing it."""
    for match in lexicon.INDEMNITY.finditer(body):
        before = body[max(0, match.start() - 120) : match.start()]
        governing = before + match.group(0)
        after = body[match.end() : match.end() + 40]
        optional = re.search(r"\bmay\b(?!\s+not)[^.;]{0,40}$", before)
        if re.search(r"\b(?:shall|must|is required to|are required to)\b(?!\s+not)", governing):
            if not optional:
                return True
        elif re.match(r"\w*\s+(?:\w+\s+){0,3}?(?:shall|must)\b", after) and not optional:
            return True
    return False


def attorney_fees(context: Context) -> Decision:
    """start.attorney_fees: mandatory reasonable fees for a prevailing plaintiff."""
    text = context.findings.text
    clauses = [
        s
        for s in text.matching(lexicon.ATTORNEY_FEES, *lexicon.ATTORNEY_FEES_GATE)
        if not _scoped_to_another_act(s.text)
    ]
    awards = [
        s
        for s in clauses
        if (lexicon.FEE_MANDATORY.search(s.text) or lexicon.FEE_DISCRETIONARY.search(s.text))
        and not lexicon.CAP_LIFT.search(s.text)
    ]
    mandatory = [s for s in awards if lexicon.FEE_MANDATORY.search(s.text)]
    if mandatory:
        capped = [
            s for s in mandatory if lexicon.OWN_CAP.search(s.text) and lexicon.MONEY.search(s.text)
        ]
        if capped:
            return Decision(
                Verdict.PARTIAL,
                "Attorney fees are mandatory but capped.",
                0.6,
                _first(capped),
            )
        return Decision(
            Verdict.YES,
            "The court must award reasonable attorney fees (and costs) to a prevailing plaintiff.",
            0.85,
            _first(mandatory),
        )
    if awards:
        return Decision(
            Verdict.NO,
            "Attorney fees are only discretionary: the court 'may' award them.",
            0.8,
            _first(awards),
        )
    return Decision(Verdict.NO, "The bill does not provide for attorney fees.", 0.8)


def individual_accountability(context: Context) -> Decision:
    """start.individual_accountability: the officer personally bears a consequence."""
    text = context.findings.text
    shares = [
        s
        for s in text.matching(
            lexicon.PERSONAL_SHARE, "personal", "indemnified", "percent", "%", "contribut"
        )
        if not lexicon.NO_PERSONAL_SHARE.search(s.text)
    ]
    if shares:
        return Decision(
            Verdict.YES,
            "The officer personally pays part of the judgment or settlement in some cases, so the "
            "violation costs the officer something.",
            0.8,
            _first(shares),
        )
    consequences = [
        s
        for s in text.matching(lexicon.DECERTIFY, *lexicon.DECERTIFY_GATE)
        if re.search(r"violat|liable|judgment|finding|deprivation|misconduct", s.text)
    ]
    if consequences:
        mandatory = [s for s in consequences if lexicon.MANDATORY.search(s.text)]
        if mandatory:
            return Decision(
                Verdict.YES,
                "The officer faces decertification or discipline tied to the violation.",
                0.7,
                _first(mandatory),
            )
        return Decision(
            Verdict.PARTIAL,
            "A professional consequence is possible but left to discretion.",
            0.55,
            _first(consequences),
        )
    return Decision(
        Verdict.NO,
        "The bill puts no personal financial or professional consequence on the officer.",
        0.8,
    )


def public_records(context: Context) -> Decision:
    """start.public_records: misconduct records, settlements, judgments made public."""
    text = context.findings.text
    clauses = [
        s
        for s in text.matching(
            lexicon.RECORDS_VERB, "public", "disclos", "publish", "post", "website", "inspection"
        )
        if lexicon.RECORDS_OBJECT.search(s.text)
    ]
    closed = [s for s in clauses if lexicon.RECORDS_CLOSED.search(s.text)]
    opened = [s for s in clauses if s not in closed]
    if opened:
        narrow = [s for s in opened if _discloses_recordings_only(s.text)]
        if len(narrow) == len(opened):
            return Decision(
                Verdict.PARTIAL,
                "Only some records (such as recordings) must be disclosed.",
                0.6,
                _first(narrow),
            )
        return Decision(
            Verdict.YES,
            "Records of misconduct, complaints, settlements or judgments must be made public.",
            0.75,
            _first(opened),
        )
    if closed:
        return Decision(
            Verdict.NO,
            "The bill keeps the relevant records confidential.",
            0.7,
            _first(closed),
        )
    return Decision(Verdict.NO, "The bill does not require any records to be made public.", 0.8)


def _discloses_recordings_only(body: str) -> bool:
    """True when what a clause opens to the public is recordings (body or dash cameras).

    'release all recordings ... after receiving the complaint of misconduct' opens the
    recordings, not the complaint: the object named first is the one disclosed.
    """
    recording = lexicon.BODY_CAMERA_ONLY.search(body)
    if not recording:
        return False
    substantive = re.search(r"complaint|misconduct|settlement|judg|disciplin", body)
    return substantive is None or recording.start() < substantive.start()


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
