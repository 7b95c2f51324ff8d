"""Storing evaluations, reviewer overrides that survive re-evaluation, adding versions."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from endqi.analysis import ENGINE_VERSION, evaluate
from endqi.analysis.serialise import evidence_to_dict
from endqi.legislation.bills import add_bill_version, record_status, set_published
from endqi.legislation.evaluations import (
    clear_override,
    ensure_current_evaluation,
    evaluate_version,
    override_criterion,
    text_sha256,
    version_document,
)
from endqi.legislation.models import Bill, BillVersion, CriterionResult, Evaluation
from endqi.legislation.status import BillStatus
from endqi.rubric import RUBRIC_VERSION, Verdict

from .bill_factories import OTHER_BILL_TEXT, SAMPLE_BILL_TEXT, make_bill

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer():
    return get_user_model().objects.create_user("reviewer", password="x-not-used-123")


def other_verdict(verdict: str) -> Verdict:
    return Verdict.NO if verdict != Verdict.NO else Verdict.YES


def test_evaluation_records_what_was_evaluated(reviewer) -> None:
    bill = make_bill(user=reviewer)
    evaluation = bill.current_evaluation
    version = evaluation.version
    assert evaluation.kind == "automatic"
    assert evaluation.created_by == reviewer
    assert evaluation.rubric_version == RUBRIC_VERSION
    assert evaluation.engine_version == ENGINE_VERSION
    assert evaluation.text_sha256 == text_sha256(version.text)
    assert version.fetched is not None and len(version.sha256) == 64
    # Re-read from the stored source, the version gives the same clean text and scorecard.
    document = version_document(version)
    assert document.text == version.text
    expected = evaluate(document, state="MO")
    for result in evaluation.ordered_results():
        want = expected.result(result.criterion_id)
        assert result.verdict == want.verdict.value
        assert result.explanation == want.explanation
        assert result.evidence == [evidence_to_dict(item) for item in want.evidence]
        # Evidence offsets index the stored clean text.
        for item in result.evidence_items():
            assert version.text[item.start : item.end] == item.quote


def test_override_requires_a_note_and_a_known_verdict(reviewer) -> None:
    result = make_bill().current_evaluation.ordered_results()[0]
    with pytest.raises(ValidationError, match="note"):
        override_criterion(result, "yes", "   ", reviewer)
    with pytest.raises(ValidationError, match="Unknown verdict"):
        override_criterion(result, "maybe", "A reason.", reviewer)
    result.refresh_from_db()
    assert result.override_verdict is None


def test_override_marks_the_evaluation_reviewed_by_whom(reviewer) -> None:
    bill = make_bill()
    result = bill.current_evaluation.ordered_results()[2]
    override_criterion(result, other_verdict(result.verdict), "Section 1 covers it.", reviewer)
    evaluation = Evaluation.objects.get(pk=result.evaluation_id)
    assert evaluation.kind == "reviewed"
    assert evaluation.reviewed_by == reviewer
    assert evaluation.reviewed_at is not None
    stored = CriterionResult.objects.get(pk=result.pk)
    assert stored.overridden_by == reviewer
    assert stored.effective_verdict == other_verdict(result.verdict)
    assert stored.automatic_verdict == Verdict(result.verdict)


def test_reevaluation_keeps_overrides_and_flags_disagreement(reviewer) -> None:
    bill = make_bill()
    first = bill.current_evaluation
    results = first.ordered_results()
    disagreeing, agreeing = results[0], results[1]
    override_criterion(disagreeing, other_verdict(disagreeing.verdict), "Disagree.", reviewer)
    override_criterion(agreeing, agreeing.verdict, "Confirmed by reading section 2.", reviewer)

    version = add_bill_version(bill, SAMPLE_BILL_TEXT + "\nSection 9. Effective date.\n")
    second = Bill.objects.get(pk=bill.pk).current_evaluation
    assert second.version == version and second.pk != first.pk
    assert not Evaluation.objects.get(pk=first.pk).is_current
    assert second.kind == "reviewed" and second.reviewed_by == reviewer

    new = {r.criterion_id: r for r in second.ordered_results()}
    moved = new[disagreeing.criterion_id]
    assert moved.override_verdict == other_verdict(disagreeing.verdict)
    assert moved.override_note == "Disagree."
    assert moved.overridden_by == reviewer
    # Flagged only when the automatic verdict itself changed with the new text.
    assert moved.automatic_disagrees == (moved.verdict != disagreeing.verdict)
    kept = new[agreeing.criterion_id]
    assert kept.override_note == "Confirmed by reading section 2."
    assert kept.automatic_disagrees == (kept.verdict != agreeing.verdict)
    untouched = [
        r for r in new.values() if r.criterion_id not in moved.criterion_id + kept.criterion_id
    ]
    assert all(not r.is_overridden and not r.automatic_disagrees for r in untouched)


def test_new_text_that_changes_the_automatic_verdict_is_flagged(reviewer) -> None:
    """Override a criterion to the verdict of text A, re-evaluate on text B which differs."""
    bill = make_bill(text=SAMPLE_BILL_TEXT)
    a = evaluate(SAMPLE_BILL_TEXT, state="MO").verdicts()
    b = evaluate(OTHER_BILL_TEXT, state="MO").verdicts()
    differing = [cid for cid in a if a[cid] != b[cid]]
    assert differing, "the two sample texts should differ on at least one criterion"
    criterion_id = differing[0]
    result = bill.current_evaluation.results.get(criterion_id=criterion_id)
    override_criterion(result, a[criterion_id], "Checked by hand.", reviewer)
    add_bill_version(bill, OTHER_BILL_TEXT, label="amended")
    new = Bill.objects.get(pk=bill.pk).current_evaluation.results.get(criterion_id=criterion_id)
    assert new.verdict == b[criterion_id]
    assert new.override_verdict == a[criterion_id]
    assert new.automatic_disagrees is True
    assert new.effective_verdict == Verdict(a[criterion_id])


def test_clearing_an_override_needs_a_note_and_restores_the_automatic_verdict(reviewer) -> None:
    result = make_bill().current_evaluation.ordered_results()[0]
    override_criterion(result, other_verdict(result.verdict), "Wrong.", reviewer)
    with pytest.raises(ValidationError):
        clear_override(result, "", reviewer)
    clear_override(result, "Re-read it: the evaluator was right.", reviewer)
    stored = CriterionResult.objects.get(pk=result.pk)
    assert stored.effective_verdict == Verdict(stored.verdict)
    assert stored.history.first().history_change_reason == "Re-read it: the evaluator was right."


def test_only_the_current_evaluation_can_be_overridden(reviewer) -> None:
    bill = make_bill()
    old = bill.current_evaluation.ordered_results()[0]
    evaluate_version(bill.current_version)
    with pytest.raises(ValidationError, match="replaced"):
        override_criterion(old, "yes", "Too late.", reviewer)


def test_ensure_current_evaluation_writes_nothing_when_nothing_changed() -> None:
    bill = make_bill()
    version = bill.current_version
    evaluation, created = ensure_current_evaluation(version)
    assert not created and evaluation == bill.current_evaluation
    assert Evaluation.objects.filter(bill=bill).count() == 1
    Evaluation.objects.filter(pk=evaluation.pk).update(engine_version="0.0.0-old")
    evaluation, created = ensure_current_evaluation(version)
    assert created and evaluation.engine_version == ENGINE_VERSION


def test_add_version_from_bytes_and_bad_input(reviewer) -> None:
    bill = make_bill(text=None)
    html = (
        b"<html><head><title>HB 1</title><script>alert(1)</script></head><body>"
        b"<p>Section 1. Qualified immunity shall not be a defense to liability.</p></body></html>"
    )
    version = add_bill_version(bill, html, filename="hb1.html", user=reviewer)
    assert version.media_type == "text/html"
    assert "alert" not in version.text
    assert "Qualified immunity" in version.text
    assert version.created_by == reviewer
    assert bill.current_evaluation.version == version

    count = BillVersion.objects.count()
    for content, filename in ((b"", "empty.txt"), (b"%PDF-1.4 broken", "broken.pdf"), ("  ", "-")):
        with pytest.raises(ValidationError) as caught:
            add_bill_version(bill, content, filename=filename)
        assert caught.value.messages and caught.value.messages[0].strip()
    assert BillVersion.objects.count() == count


def test_status_history_and_publishing() -> None:
    import datetime

    bill = make_bill(status=BillStatus.INTRODUCED)
    record_status(bill, BillStatus.IN_COMMITTEE, date=datetime.date(2024, 2, 1), note="Referred")
    record_status(bill, BillStatus.FAILED, date=datetime.date(2024, 5, 17), note="Session ended")
    # An older step added late does not move the current status back.
    record_status(bill, BillStatus.INTRODUCED, date=datetime.date(2024, 1, 10), note="Filed")
    bill.refresh_from_db()
    assert bill.status == BillStatus.FAILED
    assert bill.status_date == datetime.date(2024, 5, 17)
    dated = [c.status for c in bill.status_history() if c.date]
    assert dated == [BillStatus.INTRODUCED, BillStatus.IN_COMMITTEE, BillStatus.FAILED]
    assert set_published(bill, False) is True
    assert set_published(bill, False) is False
    assert not Bill.objects.published().filter(pk=bill.pk).exists()
