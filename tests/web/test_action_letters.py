"""Letters and call scripts follow the bill's outcome and the recipient's office."""

from __future__ import annotations

import itertools

import pytest

from endqi.action.messages import (
    BillFacts,
    Office,
    Outcome,
    Stance,
    call_script,
    compose_bill_message,
    compose_state_message,
)
from endqi.analysis import CriterionResult
from endqi.rubric import CRITERIA, Verdict

PHRASES = {Outcome.PENDING: "", Outcome.DEFEATED: "failed", Outcome.ENACTED: "became law"}
# Asks that only make sense for a bill still before the legislature.
PENDING_ONLY = ("before it passes", "only if it is amended", "Please support", "Please oppose")
# Only legislators introduce or co-sponsor bills.
LEGISLATOR_ONLY = ("introduce", "co-sponsor")


def results(all_yes: bool) -> tuple[CriterionResult, ...]:
    verdict = Verdict.YES if all_yes else Verdict.PARTIAL
    return tuple(CriterionResult(c.id, verdict, "test input", 1.0) for c in CRITERIA)


def facts(outcome: Outcome, *, complete: bool = False) -> BillFacts:
    return BillFacts(
        state_name="Missouri",
        identifier="HB 30",
        results=results(complete),
        year=2020,
        outcome=outcome,
        status_phrase=PHRASES[outcome],
    )


def every_text(bill: BillFacts, office: Office, stance: Stance | None = None) -> str:
    """Subject, body (short and full) and call script, as one text to check."""
    short = compose_bill_message(bill, office=office, stance=stance, with_model_language=False)
    full = compose_bill_message(bill, office=office, stance=stance)
    script = call_script(
        official_name="Governor Roe" if office == Office.GOVERNOR else "Senator Doe",
        state_name="Missouri",
        bill=bill,
        stance=stance,
        legislator=office == Office.LEGISLATOR,
    )
    return "\n".join([short.subject, short.body, full.subject, full.body, script])


@pytest.mark.parametrize(
    ("outcome", "complete", "stance"),
    list(itertools.product(Outcome, (True, False), (None, *Stance))),
)
def test_a_governor_is_never_asked_to_introduce_or_co_sponsor(
    outcome: Outcome, complete: bool, stance: Stance | None
) -> None:
    text = every_text(facts(outcome, complete=complete), Office.GOVERNOR, stance).lower()
    for phrase in LEGISLATOR_ONLY:
        assert phrase not in text, (outcome, phrase)


def test_the_no_bill_letter_to_a_governor_asks_to_back_and_sign() -> None:
    message = compose_state_message("Missouri", office=Office.GOVERNOR)
    script = call_script(official_name="Governor Roe", state_name="Missouri", legislator=False)
    text = (message.subject + message.body + script).lower()
    assert "sign" in text
    assert not any(phrase in text for phrase in LEGISLATOR_ONLY)
    assert message.body.startswith("Dear Governor,")
    legislators = compose_state_message("Missouri")
    assert "introduce" in legislators.body


@pytest.mark.parametrize("office", list(Office))
@pytest.mark.parametrize("stance", [None, *Stance])
def test_a_failed_bill_is_never_strengthened_before_it_passes(
    office: Office, stance: Stance | None
) -> None:
    weak = facts(Outcome.DEFEATED)
    text = every_text(weak, office, stance)
    for phrase in PENDING_ONLY:
        assert phrase not in text, phrase
    assert "failed" in text
    if office == Office.LEGISLATOR:
        assert "new bill" in text or "stronger bill" in text
        complete = every_text(facts(Outcome.DEFEATED, complete=True), office, stance)
        assert "reintroduce" in complete.lower()
    assert compose_bill_message(weak, office=office, stance=stance).stance is None


@pytest.mark.parametrize("office", list(Office))
def test_an_enacted_law_is_thanked_defended_and_strengthened_by_amendment(
    office: Office,
) -> None:
    text = every_text(facts(Outcome.ENACTED), office)
    assert "thank" in text.lower() and "defend" in text
    assert "amendment" in text
    for phrase in PENDING_ONLY:
        assert phrase not in text, phrase
    complete = every_text(facts(Outcome.ENACTED, complete=True), office)
    assert "amendment" not in compose_bill_message(facts(Outcome.ENACTED, complete=True)).body
    assert "defend" in complete


def test_a_pending_bill_keeps_the_stances() -> None:
    pending = facts(Outcome.PENDING)
    strengthen = compose_bill_message(pending, stance=Stance.STRENGTHEN)
    assert strengthen.stance == Stance.STRENGTHEN
    assert "amended" in strengthen.body
    governor = compose_bill_message(pending, stance=Stance.SUPPORT, office=Office.GOVERNOR)
    assert "sign HB 30" in governor.body
