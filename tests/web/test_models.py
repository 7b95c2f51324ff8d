"""Legislation models: scorecards with overrides, best bill, status vocabulary, prefetching."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from endqi.analysis import evaluate
from endqi.legislation.evaluations import override_criterion
from endqi.legislation.models import Bill, BillVersion, Evaluation, State
from endqi.legislation.status import (
    STATUS_RANK,
    BillStatus,
    StatusOutcome,
    status_from_free_text,
    status_from_legiscan,
    status_from_openstates_action,
    status_outcome,
)
from endqi.rubric import CRITERIA, Verdict, format_score

from .bill_factories import SAMPLE_BILL_TEXT, get_state, make_bill

pytestmark = pytest.mark.django_db


def other_verdict(verdict: str) -> Verdict:
    """A verdict different from ``verdict``."""
    return Verdict.NO if verdict != Verdict.NO else Verdict.YES


def test_status_vocabulary_is_the_eight_statuses() -> None:
    assert [s.label for s in BillStatus] == [
        "Introduced",
        "In committee",
        "Passed one chamber",
        "Passed legislature",
        "Enacted",
        "Vetoed",
        "Failed",
        "Withdrawn",
    ]
    assert set(STATUS_RANK) == set(BillStatus.values)


def test_free_text_statuses_map_into_the_vocabulary() -> None:
    assert status_from_free_text("Passed") == BillStatus.ENACTED
    assert status_from_free_text(" failed ") == BillStatus.FAILED
    assert status_from_free_text("Pending") == BillStatus.IN_COMMITTEE
    assert status_from_free_text("passed_one_chamber") == BillStatus.PASSED_ONE_CHAMBER
    with pytest.raises(ValueError, match="unknown bill status"):
        status_from_free_text("Passd")


def test_outcome_and_source_codes() -> None:
    assert status_outcome(BillStatus.ENACTED) == StatusOutcome.ENACTED
    assert status_outcome(BillStatus.VETOED) == StatusOutcome.DEFEATED
    assert status_outcome(BillStatus.PASSED_ONE_CHAMBER) == StatusOutcome.PENDING
    assert status_from_legiscan(2) == BillStatus.PASSED_ONE_CHAMBER
    assert status_from_legiscan("4") == BillStatus.ENACTED
    assert status_from_legiscan(0) is None
    passed: set[str] = set()
    assert (
        status_from_openstates_action(["passage"], passed, "lower") == BillStatus.PASSED_ONE_CHAMBER
    )
    assert (
        status_from_openstates_action(["passage"], passed, "upper") == BillStatus.PASSED_LEGISLATURE
    )
    assert status_from_openstates_action(["reading-2"], passed, "upper") is None
    # One action with several classifications: the final outcome wins.
    assert (
        status_from_openstates_action(["executive-signature", "passage"], set(), "executive")
        == BillStatus.ENACTED
    )


def test_stored_scorecard_equals_the_evaluators() -> None:
    bill = make_bill()
    evaluation = bill.current_evaluation
    expected = evaluate(bill.current_version.text, state="MO")
    assert evaluation.scorecard().verdicts() == expected.verdicts()
    assert [g.text for g in evaluation.groups] == [g.text for g in expected.groups]
    assert [r.criterion_id for r in evaluation.ordered_results()] == [c.id for c in CRITERIA]


def test_override_is_the_effective_verdict_and_changes_group_text() -> None:
    bill = make_bill()
    evaluation = bill.current_evaluation
    result = evaluation.ordered_results()[0]
    new = other_verdict(result.verdict)
    before = evaluation.scorecard().groups[0]
    override_criterion(result, new, "Section 2 reads differently.", user=None)

    reloaded = Bill.objects.with_scorecards().get(pk=bill.pk).current_evaluation
    changed = reloaded.scorecard().result(result.criterion_id)
    assert changed.verdict == new
    assert changed.explanation == "Section 2 reads differently."
    end = reloaded.groups[0]
    assert end.score == before.score - Verdict(result.verdict).points + new.points
    assert end.text == format_score(end.score, end.max)
    assert reloaded.kind == "reviewed"


def test_one_current_evaluation_per_bill_is_enforced() -> None:
    bill = make_bill()
    current = bill.current_evaluation
    with pytest.raises(IntegrityError), transaction.atomic():
        Evaluation.objects.create(
            version=current.version,
            rubric_version="x",
            engine_version="x",
            text_sha256="x",
            is_current=True,
        )


def test_slug_is_unique_per_state_only() -> None:
    mo = make_bill("HB 5", text=None)
    ks = make_bill("HB 5", state="KS", text=None)
    again = make_bill("HB 5", text=None, year=2025)
    assert mo.slug == ks.slug == "hb-5"
    assert again.slug == "hb-5-2025"
    assert mo.get_absolute_url() == "/mo/bills/hb-5/"


def test_best_bill_prefers_law_then_score() -> None:
    failed = make_bill("HB 1", status=BillStatus.FAILED)
    enacted = make_bill("HB 2", status=BillStatus.ENACTED, text=SAMPLE_BILL_TEXT)
    make_bill("HB 3", status=BillStatus.ENACTED, published=False)
    state = get_state("MO")
    assert state.best_bill() == enacted
    enacted.status = BillStatus.WITHDRAWN
    enacted.save()
    # Both dead now: ties on status go to the higher score, then the later year.
    expected = max([failed, enacted], key=lambda b: b.rank_key())
    assert state.best_bill() == expected
    assert get_state("KS").best_bill() is None


def test_with_scorecards_uses_a_constant_number_of_queries(django_assert_num_queries) -> None:
    make_bill("HB 1")

    def touch_everything() -> None:
        for bill in Bill.objects.published().with_scorecards():
            evaluation = bill.current_evaluation
            if evaluation is not None:
                evaluation.to_dict()
                [g.text for g in evaluation.groups]
            bill.status_history()
            str(bill)

    # bills, evaluations, results, status changes
    with django_assert_num_queries(4):
        touch_everything()
    make_bill("HB 2")
    make_bill("HB 3", text=None)
    with django_assert_num_queries(4):
        touch_everything()

    with django_assert_num_queries(5):
        states = list(State.objects.with_published_bills())
        assert sum(len(s.published_bills()) for s in states) == 3
        [s.best_bill() for s in states]


def test_history_keeps_every_change() -> None:
    bill = make_bill()
    bill.title = "New title"
    bill.save()
    assert bill.history.count() == 2
    assert bill.history.first().title == "New title"
    version = BillVersion.objects.get(bill=bill)
    assert version.history.count() == 1
    result = bill.current_evaluation.ordered_results()[0]
    override_criterion(result, other_verdict(result.verdict), "Reviewed.", user=None)
    assert result.history.count() == 2
    assert result.history.last().override_verdict is None
