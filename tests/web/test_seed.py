"""``seed_legislation``: every bill of the project's data file, idempotent, our own verdicts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from endqi.analysis import evaluate
from endqi.documents import document_from_text
from endqi.legislation.models import (
    Bill,
    BillStatusChange,
    BillVersion,
    CriterionResult,
    Evaluation,
    State,
)
from endqi.legislation.seed import identifier_for, passage_text
from endqi.legislation.status import status_from_free_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def dev_entries(shared_dir: Path) -> list[dict]:
    return json.loads((shared_dir / "rubric" / "dev-evaluations.json").read_text())["bills"]


def row_counts() -> dict[str, int]:
    models = (Bill, BillVersion, Evaluation, CriterionResult, BillStatusChange, State)
    counts = {model.__name__: model.objects.count() for model in models}
    for model in (Bill, BillVersion, Evaluation, CriterionResult):
        counts[f"history {model.__name__}"] = model.history.count()
    return counts


def seed() -> str:
    out = io.StringIO()
    call_command("seed_legislation", stdout=out)
    return out.getvalue()


def test_seed_loads_every_bill_with_its_facts_and_our_evaluation(dev_entries) -> None:
    output = seed()
    assert f"bills created {len(dev_entries)}" in output
    assert State.objects.count() == 51
    assert Bill.objects.published().count() == len(dev_entries)
    for entry in dev_entries:
        bill = Bill.objects.get(
            state__abbr=entry["state"], identifier=identifier_for(entry), year=entry["year"]
        )
        assert bill.status == status_from_free_text(entry["status"])
        assert bill.source_url == entry["sources"][0]
        version = bill.versions.get()
        assert version.label == "excerpts"
        # The source text is kept as given; the stored text is its clean form.
        assert bytes(version.content).decode("utf-8") == passage_text(entry)
        assert version.text == document_from_text(passage_text(entry)).text
        # Reviewers' notes that slipped into a passage are not published as bill text.
        assert "proposed legislation" not in version.text.lower()
        evaluation = bill.current_evaluation
        assert evaluation.kind == "automatic" and evaluation.created_by is None
        # Our evaluator's verdicts, not the published ones.
        assert (
            evaluation.scorecard().verdicts()
            == evaluate(version.text, state=entry["state"]).verdicts()
        )
        assert bill.status_changes.count() == 1


def test_passed_means_enacted_in_the_seed(dev_entries) -> None:
    seed()
    colorado = Bill.objects.get(state__abbr="CO", identifier="SB 20-217")
    assert colorado.status == "enacted"
    statuses = {entry["status"] for entry in dev_entries}
    assert statuses <= {"Passed", "Failed", "Pending"}


def test_published_verdicts_and_prose_are_never_stored(dev_entries, tmp_path) -> None:
    """Give every entry a published explanation and flipped verdicts: neither may leak in."""
    prose = "PUBLISHED-EVALUATOR-PROSE this sentence belongs to someone else"
    flipped = {"yes": "no", "partial": "yes", "no": "yes"}
    entries = []
    for entry in dev_entries[:4]:
        changed = dict(entry)
        changed["verdicts"] = {k: flipped[v] for k, v in entry.get("verdicts", {}).items()}
        changed["explanations"] = {k: prose for k in changed["verdicts"]}
        changed["notes"] = prose
        entries.append(changed)
    path = tmp_path / "dev-evaluations.json"
    path.write_text(json.dumps({"about": "test copy", "bills": entries}))
    call_command("seed_legislation", file=path, stdout=io.StringIO())

    texts = [
        *CriterionResult.objects.values_list("explanation", flat=True),
        *Bill.objects.values_list("short_description", flat=True),
        *Bill.objects.values_list("title", flat=True),
    ]
    assert not any(prose in text for text in texts)
    for bill in Bill.objects.all():
        version = bill.versions.get()
        ours = evaluate(version.text, state=bill.state.abbr).verdicts()
        assert bill.current_evaluation.scorecard().verdicts() == ours


def test_unnumbered_bills_get_neutral_identifiers() -> None:
    assert identifier_for({"id": "md-raw-md-v2-txt-1", "bill_id": None}) == "Unnumbered bill 2"
    assert identifier_for({"id": "fl-raw-fl-txt-1", "bill_id": None}) == "Unnumbered bill 1"
    assert identifier_for({"id": "x", "bill_id": " HB 30 "}) == "HB 30"


def test_second_run_writes_nothing() -> None:
    seed()
    before = row_counts()
    output = seed()
    assert row_counts() == before
    assert "bills created 0, updated 0" in output
    assert "evaluations created 0" in output


def test_seed_never_overwrites_staff_edits() -> None:
    seed()
    bill = Bill.objects.get(state__abbr="MO", identifier="HB 30")
    bill.short_description = "Written by staff."
    bill.status = "withdrawn"
    bill.published = False
    bill.save()
    seed()
    bill.refresh_from_db()
    assert (bill.short_description, bill.status, bill.published) == (
        "Written by staff.",
        "withdrawn",
        False,
    )


def test_missing_data_file_says_where_to_put_it(settings, tmp_path) -> None:
    settings.SHARED_DATA_DIR = tmp_path
    output = seed()
    assert str(tmp_path / "rubric" / "dev-evaluations.json") in output
    assert State.objects.count() == 51
    assert Bill.objects.count() == 0
