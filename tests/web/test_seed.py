"""``seed_legislation``: every bill of the manifest, as its legislature identifies it.

Idempotent, our own verdicts, official links only, passages marked as passages.
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

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
from endqi.legislation.seed import MANIFEST_PATH, load_manifest, passage_text
from endqi.legislation.sources import is_official_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def dev_entries(shared_dir: Path) -> dict[str, dict]:
    data = json.loads((shared_dir / "rubric" / "dev-evaluations.json").read_text())
    return {entry["id"]: entry for entry in data["bills"]}


@pytest.fixture
def manifest() -> dict:
    return json.loads(MANIFEST_PATH.read_text())


def row_counts() -> dict[str, int]:
    models = (Bill, BillVersion, Evaluation, CriterionResult, BillStatusChange, State)
    counts = {model.__name__: model.objects.count() for model in models}
    for model in (Bill, BillVersion, Evaluation, CriterionResult):
        counts[f"history {model.__name__}"] = model.history.count()
    return counts


def seed(**options) -> str:
    out = io.StringIO()
    call_command("seed_legislation", stdout=out, **options)
    return out.getvalue()


def test_manifest_meets_the_coverage_targets(manifest) -> None:
    """At least 30 bills in at least 22 jurisdictions, each with an official link."""
    bills = manifest["bills"]
    jurisdictions = {(entry["state"], entry.get("locality") or "") for entry in bills}
    assert len(bills) >= 30 and len(jurisdictions) >= 22
    assert all(is_official_url(entry["bill_url"]) for entry in bills)
    held_out = {"AZ", "CT", "GA", "HI", "LA", "MN", "MT", "NH", "OK", "TN", "UT", "WV"}
    assert not {entry["state"] for entry in bills} & held_out
    for entry in bills:
        assert "unnumbered" not in entry["identifier"].lower()


def test_seed_loads_every_bill_with_its_identity_and_our_evaluation(manifest, dev_entries) -> None:
    output = seed()
    assert f"bills: created {len(manifest['bills'])}, updated 0, unchanged 0" in output
    assert State.objects.count() == 51
    assert Bill.objects.published().count() == len(manifest["bills"])
    checked = datetime.date.fromisoformat(manifest["checked"])
    for entry in manifest["bills"]:
        bill = Bill.objects.get(
            state__abbr=entry["state"],
            locality=entry.get("locality") or "",
            identifier=entry["identifier"],
        )
        assert bill.status == entry["status"]
        assert bill.source_url == entry["bill_url"]
        assert bill.session == (entry.get("session") or "")
        assert bill.sponsors == (entry.get("sponsors") or [])
        assert bill.status_checked == checked and bill.text_checked == checked
        assert bill.status_changes.count() == len(entry.get("actions") or [])
        dev = dev_entries.get(entry.get("dev_id") or "")
        if dev is not None:
            excerpts = bill.versions.get(label="excerpts")
            assert excerpts.coverage == "passage" and excerpts.source_url == ""
            # The source text is kept as given; the stored text is its clean form.
            assert bytes(excerpts.content).decode("utf-8") == passage_text(dev)
            assert excerpts.text == document_from_text(passage_text(dev)).text
            # Reviewers' notes that slipped into a passage are not published as bill text.
            assert "proposed legislation" not in excerpts.text.lower()
        for item in entry.get("versions") or ():
            version = bill.versions.get(label=item["label"])
            assert version.coverage == item["coverage"]
            assert version.source_url == item["source_url"]
            assert is_official_url(version.source_url)
        evaluation = bill.current_evaluation
        assert evaluation.kind == "automatic" and evaluation.created_by is None
        # Our evaluator's verdicts, not anyone's published ones.
        version = evaluation.version
        assert (
            evaluation.scorecard().verdicts()
            == evaluate(version.text, state=entry["state"]).verdicts()
        )


def test_passage_silence_is_stored_as_not_assessed() -> None:
    seed()
    results = CriterionResult.objects.filter(evaluation__is_current=True).select_related(
        "evaluation__version"
    )
    unassessed = [result for result in results if not result.assessed]
    assert unassessed, "the seed data has passages silent on some criteria"
    for result in unassessed:
        assert result.evaluation.version.coverage == "passage"
        assert result.verdict == "no" and not result.evidence
    whole = [result for result in results if result.evaluation.version.coverage == "whole"]
    assert whole and all(result.assessed for result in whole)


def test_local_law_is_kept_apart_from_the_state() -> None:
    seed()
    local = Bill.objects.get(locality="New York City")
    assert local.status == "enacted" and local.law_number == "Local Law 48 of 2021"
    new_york = State.objects.with_published_bills().get(abbr="NY")
    best = new_york.best_bill()
    assert best is not None and not best.is_local
    assert local in new_york.local_bills()


def test_published_verdicts_and_prose_are_never_stored(dev_entries, tmp_path) -> None:
    """Give every entry a published explanation and flipped verdicts: neither may leak in."""
    prose = "PUBLISHED-EVALUATOR-PROSE this sentence belongs to someone else"
    flipped = {"yes": "no", "partial": "yes", "no": "yes"}
    entries = []
    for entry in dev_entries.values():
        changed = dict(entry)
        changed["verdicts"] = {k: flipped[v] for k, v in entry.get("verdicts", {}).items()}
        changed["explanations"] = {k: prose for k in changed["verdicts"]}
        changed["notes"] = prose
        entries.append(changed)
    path = tmp_path / "dev-evaluations.json"
    path.write_text(json.dumps({"about": "test copy", "bills": entries}))
    seed(file=path)

    texts = [
        *CriterionResult.objects.values_list("explanation", flat=True),
        *Bill.objects.values_list("short_description", flat=True),
        *Bill.objects.values_list("title", flat=True),
    ]
    assert not any(prose in text for text in texts)
    for bill in Bill.objects.all():
        version = bill.current_evaluation.version
        ours = evaluate(version.text, state=bill.state.abbr).verdicts()
        assert bill.current_evaluation.scorecard().verdicts() == ours


def test_second_run_writes_nothing() -> None:
    seed()
    before = row_counts()
    output = seed()
    assert row_counts() == before
    assert f"bills: created 0, updated 0, unchanged {Bill.objects.count()}" in output
    assert "versions created 0, evaluations created 0" in output


def test_seed_never_overwrites_staff_edits() -> None:
    seed()
    bill = Bill.objects.get(state__abbr="MO", identifier="HB 30")
    bill.short_description = "Written by staff."
    bill.title = "Title by staff."
    bill.status = "withdrawn"
    bill.published = False
    bill.save()
    seed()
    bill.refresh_from_db()
    assert (bill.short_description, bill.title, bill.status, bill.published) == (
        "Written by staff.",
        "Title by staff.",
        "withdrawn",
        False,
    )


def test_a_newer_check_updates_status_and_renames_old_rows(tmp_path, manifest, client) -> None:
    """Rows an older seed named by a counter are found, renamed and given real actions."""
    seed()
    bill = Bill.objects.get(state__abbr="FL", identifier="SB 670")
    bill.identifier, bill.slug, bill.year, bill.status_checked = (
        "Unnumbered bill 1",
        "unnumbered-bill-1",
        None,
        None,
    )
    bill.save()  # as an older seed left it (its history keeps the old address)
    newer = dict(manifest)
    newer["checked"] = "2099-01-01"
    path = tmp_path / "bills.json"
    path.write_text(json.dumps(newer))
    for entry in newer["bills"]:
        entry["versions"] = [
            {**item, "file": str(MANIFEST_PATH.parent / item["file"])}
            for item in entry.get("versions") or ()
        ]
    path.write_text(json.dumps(newer))
    seed(manifest=path)
    bill.refresh_from_db()
    assert (bill.identifier, bill.slug, bill.year) == ("SB 670", "sb-670", 2021)
    assert bill.status_checked == datetime.date(2099, 1, 1)
    assert not Bill.objects.filter(identifier__icontains="unnumbered").exists()
    # Links to the old address still reach the bill, at its new address.
    response = client.get("/fl/bills/unnumbered-bill-1/")
    assert response.status_code == 301 and response["Location"] == "/fl/bills/sb-670/"
    assert client.get("/fl/bills/never-existed/").status_code == 404


def test_manifest_refuses_non_legislature_links(tmp_path, manifest) -> None:
    bad = dict(manifest)
    bad["bills"] = [dict(manifest["bills"][0], bill_url="https://endqi.org/state/ca")]
    path = tmp_path / "bills.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(CommandError, match="not a legislature's"):
        seed(manifest=path)
    assert Bill.objects.count() == 0
    with pytest.raises(ValueError, match="unknown status"):
        broken = dict(manifest)
        broken["bills"] = [dict(manifest["bills"][0], status="passed-ish")]
        path.write_text(json.dumps(broken))
        load_manifest(path)


def test_missing_passages_file_skips_passage_only_bills(settings, tmp_path, manifest) -> None:
    settings.SHARED_DATA_DIR = tmp_path
    output = seed()
    assert str(tmp_path / "rubric" / "dev-evaluations.json") in output
    assert State.objects.count() == 51
    with_own_text = [entry for entry in manifest["bills"] if entry.get("versions")]
    assert Bill.objects.count() == len(with_own_text)


def test_a_passage_quoted_twice_by_the_source_is_stored_once() -> None:
    from endqi.legislation.seed import passage_text

    clause = "Qualified immunity shall not be a defense to liability under this section"
    entry = {"text": f"Missouri HB 30\n\n(1) {clause}.\n\n(1) {clause}…\n\nAnother clause."}
    text = passage_text(entry)
    assert text.count(clause) == 1
    assert text.endswith("Another clause.")


def test_seeding_reports_like_every_importer_and_writes_only_what_changed(
    tmp_path, manifest
) -> None:
    """A newer check that changes one bill's title updates that bill alone, field by field."""
    from endqi.legislation.seed import seed_legislation

    first = seed_legislation()
    assert first.result.ok and len(first.result.created) == len(manifest["bills"])
    newer = json.loads(json.dumps(manifest))
    newer["checked"] = "2099-01-01"
    target = next(entry for entry in newer["bills"] if entry["state"] == "MO")
    target["title"] = "A retitled act concerning civil actions against officers"
    for entry in newer["bills"]:
        for item in entry.get("versions") or ():
            item["file"] = str(MANIFEST_PATH.parent / item["file"])
    path = tmp_path / "bills.json"
    path.write_text(json.dumps(newer))
    versions_before = BillVersion.objects.count()
    again = seed_legislation(manifest_path=path).result
    name = f"MO {target['identifier']}"
    # Every bill was checked again (status_checked moves), but only MO's title changed.
    assert name in again.updated and "title" in again.changes[name]
    assert all(
        "title" not in again.changes.get(other, ()) for other in again.updated if other != name
    )
    assert (
        Bill.objects.get(state__abbr="MO", identifier=target["identifier"]).title == target["title"]
    )
    assert BillVersion.objects.count() == versions_before
    assert again.counts["versions created"] == 0


def test_a_bad_bill_in_the_manifest_writes_nothing_and_names_its_key(tmp_path, manifest) -> None:
    from endqi.legislation.seed import seed_legislation

    broken = json.loads(json.dumps(manifest))
    index = next(i for i, entry in enumerate(broken["bills"]) if entry.get("versions"))
    broken["bills"][index]["versions"][0]["file"] = "texts/no-such-file.txt"
    for entry in broken["bills"]:
        for item in entry.get("versions") or ():
            item["file"] = str(MANIFEST_PATH.parent / item["file"])
    path = tmp_path / "bills.json"
    path.write_text(json.dumps(broken))
    result = seed_legislation(manifest_path=path).result
    assert not result.ok and not result.written
    [error] = result.errors
    assert error.location.key == f"bills[{index}].versions[0].file"
    assert "no-such-file.txt" in str(error)
    assert Bill.objects.count() == 0 and BillVersion.objects.count() == 0
    with pytest.raises(CommandError, match="nothing was written"):
        seed(manifest=path)
