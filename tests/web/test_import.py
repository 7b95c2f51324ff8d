"""``import_bills``: Open States and LegiScan bill JSON, idempotent, one transaction per file."""

from __future__ import annotations

import base64
import datetime
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from endqi.legislation.importers import normalise_identifier
from endqi.legislation.models import Bill, BillStatusChange, BillVersion, Evaluation
from endqi.legislation.status import BillStatus

from .bill_factories import SAMPLE_BILL_TEXT, make_bill

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures" / "bills"
OPENSTATES = FIXTURES / "openstates_mo_hb_1234.json"
LEGISCAN = FIXTURES / "legiscan_co_sb_456.json"


def run_import(*paths: Path, publish: bool = False) -> str:
    out = io.StringIO()
    call_command(
        "import_bills", *map(str, paths), publish=publish, stdout=out, stderr=io.StringIO()
    )
    return out.getvalue()


def counts() -> tuple[int, ...]:
    return (
        Bill.objects.count(),
        Bill.history.count(),
        BillStatusChange.objects.count(),
        BillVersion.objects.count(),
        Evaluation.objects.count(),
    )


def test_openstates_bill_is_imported_with_dated_status_history() -> None:
    output = run_import(OPENSTATES)
    assert "bills created 1, updated 0, unchanged 0" in output
    bill = Bill.objects.get(openstates_id="ocd-bill/8c1f0e4a-0d6b-4d8e-9b7e-3f2a61c0a001")
    assert (bill.state.abbr, bill.identifier, bill.year, bill.session) == (
        "MO",
        "HB 1234",
        2023,
        "2023",
    )
    assert bill.title.startswith("Modifies provisions relating to civil actions")
    assert bill.short_description.startswith("Creates a civil action")
    assert bill.source_url == "https://house.mo.gov/Bill.aspx?bill=HB1234&year=2023&code=R"
    assert not bill.published
    history = [(c.status, c.date) for c in bill.status_history()]
    assert history == [
        (BillStatus.INTRODUCED, datetime.date(2023, 1, 4)),
        (BillStatus.IN_COMMITTEE, datetime.date(2023, 2, 9)),
        (BillStatus.PASSED_ONE_CHAMBER, datetime.date(2023, 4, 6)),
        (BillStatus.IN_COMMITTEE, datetime.date(2023, 4, 12)),
    ]
    # The current status is the last step; texts are links only (no network).
    assert (bill.status, bill.status_date) == (BillStatus.IN_COMMITTEE, datetime.date(2023, 4, 12))
    assert [link["note"] for link in bill.text_links] == ["Introduced", "Perfected"]
    assert bill.versions.count() == 0


def test_legiscan_bill_is_imported_with_progress_as_history() -> None:
    run_import(LEGISCAN, publish=True)
    bill = Bill.objects.get(legiscan_id=1700456)
    assert (bill.state.abbr, bill.identifier, bill.year) == ("CO", "SB 456", 2022)
    assert bill.session == "2022 Regular Session"
    assert bill.published
    assert (bill.status, bill.status_date) == (BillStatus.ENACTED, datetime.date(2022, 6, 1))
    history = [(c.status, c.date, c.note) for c in bill.status_history()]
    assert history[0] == (
        BillStatus.INTRODUCED,
        datetime.date(2022, 2, 10),
        "Introduced In Senate - Assigned to Judiciary",
    )
    assert [h[0] for h in history] == [
        BillStatus.INTRODUCED,
        BillStatus.IN_COMMITTEE,
        BillStatus.PASSED_ONE_CHAMBER,
        BillStatus.PASSED_LEGISLATURE,
        BillStatus.ENACTED,
    ]
    assert bill.source_url == "https://leg.colorado.gov/bills/sb22-456"


def test_importing_twice_writes_nothing_the_second_time() -> None:
    run_import(OPENSTATES, LEGISCAN)
    before = counts()
    output = run_import(OPENSTATES, LEGISCAN)
    assert counts() == before
    assert "bills created 0, updated 0, unchanged 2" in output


def failed_in_the_senate(folder, **changes: str):
    """The Open States sample with one more action (the bill fails), and ``changes``."""
    data = {**json.loads(OPENSTATES.read_text()), **changes}
    data["actions"] = [
        *data["actions"],
        {
            "date": "2023-05-12",
            "description": "Session ended; bill not passed",
            "classification": ["failure"],
            "organization_id": '~{"classification": "upper"}',
        },
    ]
    changed = folder / "changed.json"
    changed.write_text(json.dumps(data))
    return changed


def test_a_changed_file_updates_only_what_changed(tmp_path) -> None:
    run_import(OPENSTATES)
    output = run_import(failed_in_the_senate(tmp_path))
    assert "updated 1" in output
    bill = Bill.objects.get(identifier="HB 1234")
    assert bill.status == BillStatus.FAILED
    assert bill.status_changes.count() == 5
    assert bill.history.count() == 2


def test_import_matches_an_existing_bill_by_state_identifier_and_year(tmp_path) -> None:
    existing = make_bill("HB 1234", year=2023)
    run_import(OPENSTATES)
    existing.refresh_from_db()
    assert Bill.objects.count() == 1
    assert existing.openstates_id.startswith("ocd-bill/")
    # The staff's text and evaluation stay.
    assert existing.current_evaluation is not None


def test_legiscan_text_in_the_file_becomes_an_evaluated_version(tmp_path) -> None:
    data = json.loads(LEGISCAN.read_text())
    data["bill"]["texts"][0].update(
        mime="text/plain", doc=base64.b64encode(SAMPLE_BILL_TEXT.encode()).decode()
    )
    path = tmp_path / "with-text.json"
    path.write_text(json.dumps(data))
    run_import(path)
    bill = Bill.objects.get(legiscan_id=1700456)
    version = bill.versions.get()
    assert version.label == "Introduced"
    assert version.version_date == datetime.date(2022, 2, 10)
    assert bill.current_evaluation.version == version
    assert bill.text_links == []
    before = counts()
    run_import(path)
    assert counts() == before


def test_identifiers_are_normalised() -> None:
    assert normalise_identifier("HB30") == "HB 30"
    assert normalise_identifier("S.B.  12") == "SB 12"
    assert normalise_identifier("SB 20-217") == "SB 20-217"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"hello": 1}', "expected an Open States bill"),
        (
            '{"identifier": "HB 1", "legislative_session": "2023", "id": "ocd-bill/x", '
            '"jurisdiction": "ocd-jurisdiction/country:us/state:zz/government"}',
            "unknown state",
        ),
        ('{"bill": {"bill_id": "abc", "state": "MO", "bill_number": "HB1"}}', "numeric bill_id"),
        (
            '{"bill": {"bill_id": 9, "state": "MO", "bill_number": "HB1", '
            '"texts": [{"mime": "application/pdf", "doc": "bm90IGEgcGRm"}]}}',
            "cannot be read",
        ),
    ],
)
def test_a_bad_file_is_refused_and_nothing_of_it_is_written(tmp_path, content, message) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    before = counts()
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 of 1 files"):
        call_command("import_bills", str(path), stdout=io.StringIO(), stderr=err)
    assert message in err.getvalue()
    assert err.getvalue().startswith("endqi: error: ")
    assert counts() == before


def test_good_files_are_imported_even_when_another_is_bad(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    with pytest.raises(CommandError):
        call_command(
            "import_bills", str(bad), str(LEGISCAN), stdout=io.StringIO(), stderr=io.StringIO()
        )
    assert Bill.objects.filter(legiscan_id=1700456).exists()


def test_command_line_error_is_one_line_and_exit_1(tmp_path) -> None:
    missing = tmp_path / "missing.json"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}"}
    subprocess.run(
        [sys.executable, "-m", "endqi.cli", "migrate", "-v0"], env=env, check=True, cwd=tmp_path
    )
    result = subprocess.run(
        [sys.executable, "-m", "endqi.cli", "import-bills", str(missing)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("endqi: error: ") and "does not exist (no such file)" in lines[0]
    assert all(line.startswith("endqi: error: ") for line in lines)
    assert "Traceback" not in result.stderr


def test_staff_edits_to_title_and_description_survive_a_new_import(tmp_path) -> None:
    from django.contrib.auth import get_user_model

    run_import(OPENSTATES)
    bill = Bill.objects.get(identifier="HB 1234")
    editor = get_user_model().objects.create_user("editor", is_staff=True)
    bill.title = "A corrected title, typed by staff"
    bill.short_description = "A corrected description."
    bill._history_user = editor
    bill.save()

    run_import(failed_in_the_senate(tmp_path, title="The source's new title"))
    bill.refresh_from_db()
    assert bill.title == "A corrected title, typed by staff"
    assert bill.short_description == "A corrected description."
    assert bill.status == BillStatus.FAILED  # the rest of the source still applies


def test_a_title_never_edited_by_staff_follows_the_source(tmp_path) -> None:
    run_import(OPENSTATES)
    data = json.loads(OPENSTATES.read_text())
    data["title"] = "The source's new title"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data))
    run_import(changed)
    assert Bill.objects.get(identifier="HB 1234").title == "The source's new title"
