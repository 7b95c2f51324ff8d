"""What a state's bills would change for a case like this one, from their scorecards.

The sentences are generated from the rubric verdicts of each bill's current
evaluation (reviewed verdicts win over automatic ones, as everywhere). Which
"who is covered" criterion matters depends on who the defendants were:
police cases turn on ``end.law_enforcement``; cases against prison officers or
other officials turn on ``end.public_employees``.

State bills can only change claims under state law; a federal lawsuit under
42 U.S.C. § 1983 keeps the federal doctrine. The sentences say "a state-law
claim like this one" for that reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from endqi.cases.models import CaseStudy
from endqi.cases.vocabulary import Defendants

LAW_ENFORCEMENT = "end.law_enforcement"
PUBLIC_EMPLOYEES = "end.public_employees"
STATE_CONSTITUTION = "end.state_constitution"
DAMAGE_CAPS = "end.damage_caps"

# Who the officials were, in words that fit the sentences below.
DEFENDANT_WORDS: dict[str, str] = {
    Defendants.POLICE: "police officers",
    Defendants.CORRECTIONS: "prison and jail officers",
    Defendants.OTHER_OFFICIALS: "officials like these",
    Defendants.FEDERAL: "federal officers",
}

# One sentence per (criterion, verdict) for the remaining criteria; "{bill}" is filled in.
# Start-group criteria only speak when the bill does something (yes or partial).
OTHER_SENTENCES: dict[str, dict[str, str]] = {
    STATE_CONSTITUTION: {
        "yes": "The claim could rest on any right in the state constitution.",
        "partial": "Only some rights in the state constitution could support the claim.",
        "no": "It creates no claim for violations of the state constitution as a whole.",
    },
    DAMAGE_CAPS: {
        "yes": "State caps on damages and immunity statutes would not limit what a court could award.",
        "partial": "Some state caps on damages would still limit what a court could award.",
        "no": "Existing state caps on damages against public bodies would still apply.",
    },
    "start.failure_to_intervene": {
        "yes": "Officers who stood by and did not step in could be held liable too.",
        "partial": "Failing to step in counts only as one way of causing the harm.",
    },
    "start.full_compensation": {
        "yes": "The employer would have to pay the whole award, including any part the officer could not.",
        "partial": "The employer would cover the award, but not necessarily all of it.",
    },
    "start.attorney_fees": {
        "yes": "A court would have to award reasonable attorney fees to a winning plaintiff.",
        "partial": "Attorney fees would be awarded only in part or for some claims.",
    },
    "start.individual_accountability": {
        "yes": "The official would personally bear part of the cost or face discipline.",
        "partial": "The official could face a personal consequence, but only in narrow cases.",
    },
    "start.public_records": {
        "yes": "Records of the misconduct and of the case would be public.",
        "partial": "Some records of the misconduct would be public.",
    },
}


@dataclass(frozen=True, slots=True)
class BillImpact:
    """A bill and what it would change for the case."""

    bill: object  # endqi.legislation.models.Bill
    headline: str
    details: tuple[str, ...]
    evaluated: bool


def coverage_sentence(bill_name: str, verdicts: Mapping[str, str], defendants: str) -> str:
    """The headline: would qualified immunity still be a defense for these officials?"""
    who = DEFENDANT_WORDS.get(defendants, DEFENDANT_WORDS[Defendants.OTHER_OFFICIALS])
    if defendants == Defendants.FEDERAL:
        # A state legislature cannot set the rules for suing federal officers.
        return (
            f"{bill_name} could not reach this case: state laws do not govern lawsuits "
            "against federal officers."
        )
    police = verdicts.get(LAW_ENFORCEMENT, "no")
    everyone = verdicts.get(PUBLIC_EMPLOYEES, "no")
    if defendants == Defendants.POLICE:
        if police == "yes":
            return (
                f"Under {bill_name}, qualified immunity would not be a defense to a "
                f"state-law claim like this one against {who}."
            )
        if police == "partial":
            return (
                f"Under {bill_name}, qualified immunity would be barred only in part "
                f"(for some officers or some claims), so {who} might still raise it "
                "against a state-law claim like this one."
            )
        return (
            f"{bill_name} would not stop {who} from raising qualified immunity "
            "against a claim like this one."
        )
    if everyone == "yes":
        return (
            f"Under {bill_name}, qualified immunity would not be a defense for any public "
            f"employee, so {who} could not raise it against a state-law claim like this one."
        )
    if everyone == "partial":
        return (
            f"{bill_name} reaches some public employees beyond police; whether it covers "
            f"{who} depends on its definitions."
        )
    if police in ("yes", "partial"):
        return (
            f"{bill_name} bars qualified immunity for law-enforcement officers; {who} are "
            "covered only if the bill's definition of an officer includes them."
        )
    return f"{bill_name} would leave qualified immunity available to {who}."


def detail_sentences(verdicts: Mapping[str, str]) -> tuple[str, ...]:
    """Further changes the bill would make, in rubric order, from its verdicts."""
    sentences = []
    for criterion_id, by_verdict in OTHER_SENTENCES.items():
        sentence = by_verdict.get(verdicts.get(criterion_id, "no"))
        if sentence:
            sentences.append(sentence)
    return tuple(sentences)


def bill_impacts(case: CaseStudy) -> list[BillImpact]:
    """The case's state's published bills, best first, each with what it would change.

    A constant number of queries (the bills with their current scorecards).
    """
    from endqi.legislation.models import Bill

    bills = list(Bill.objects.published().filter(state_id=case.state_id).with_scorecards())
    bills.sort(key=lambda bill: bill.rank_key(), reverse=True)
    impacts = []
    for bill in bills:
        name = f"{bill.identifier} ({bill.year})" if bill.year else bill.identifier
        scorecard = bill.scorecard()
        if scorecard is None:
            impacts.append(
                BillImpact(
                    bill=bill,
                    headline=f"{name} has not been evaluated against the rubric yet.",
                    details=(),
                    evaluated=False,
                )
            )
            continue
        verdicts = scorecard.verdicts()
        impacts.append(
            BillImpact(
                bill=bill,
                headline=coverage_sentence(name, verdicts, case.defendants),
                details=() if case.defendants == Defendants.FEDERAL else detail_sentences(verdicts),
                evaluated=True,
            )
        )
    return impacts
