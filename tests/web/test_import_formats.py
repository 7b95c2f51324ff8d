"""``import-bills`` on real client files (read from ../shared, never copied) and folders.

Open States API v3 objects and results arrays, a legacy v1 object, LegiScan getBill,
getBillText (plain and R-serialised), bulk dataset folders and a LegiScan error
response; PDFs and HTML pointed to the version command; one transaction per file.
"""

from __future__ import annotations

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

from endqi.legislation.importers import import_bill_file
from endqi.legislation.models import Bill
from endqi.legislation.status import BillStatus

from .bill_factories import get_state
from .test_import import counts

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures" / "bills"


@pytest.fixture
def realworld(shared_dir: Path) -> Path:
    """The folder of real files in the formats clients hand the project."""
    return shared_dir / "data" / "realworld"


def run(*paths: Path) -> tuple[str, str]:
    """``import_bills`` on ``paths``; (stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_bills", *map(str, paths), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(*paths: Path) -> tuple[str, str, str]:
    """``import_bills`` expected to fail; (stdout, stderr, the command error)."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_bills", *map(str, paths), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue(), str(raised.value)


def legiscan_bill(identifier: str, state: str, year: int, legiscan_id: int) -> Bill:
    """A stored bill known to LegiScan by ``legiscan_id`` (as a getBill import leaves it)."""
    bill = Bill.objects.create(
        state=get_state(state),
        identifier=identifier,
        slug=identifier.lower().replace(" ", "-"),
        year=year,
        legiscan_id=legiscan_id,
    )
    return bill


# --- Open States ------------------------------------------------------------------------


def test_openstates_api_v3_bill_object_is_imported(realworld: Path) -> None:
    path = realworld / "json" / "openstates" / "ny-A10774.apiv3-bill.json"
    source = json.loads(path.read_text(encoding="utf-8"))
    out, _ = run(path)
    assert "bills created 1, updated 0, unchanged 0" in out
    bill = Bill.objects.get(openstates_id=source["id"])
    assert (bill.state.abbr, bill.identifier, bill.session) == ("NY", "A 10774", source["session"])
    assert bill.year == int(source["session"][:4])
    assert bill.title == source["title"]
    assert bill.short_description == source["abstracts"][0]["abstract"]
    # Without ``include=sources`` the object names no legislature page, and
    # openstates.org is not the legislature: no link rather than a tracker's.
    assert "sources" not in source and bill.source_url == ""
    # Without actions, API v3 still gives the first action's date: the introduction.
    first = datetime.date.fromisoformat(source["first_action_date"])
    assert [(c.status, c.date) for c in bill.status_history()] == [(BillStatus.INTRODUCED, first)]


def test_openstates_results_array_imports_each_bill_once(realworld: Path) -> None:
    folder = realworld / "json" / "openstates"
    out, _ = run(folder / "ny-seed-cache.apiv3-results-array.json")
    assert "bills created 2" in out
    before = counts()
    # The same two bills as single objects: matched by their Open States ids.
    out, _ = run(folder / "ny-A10774.apiv3-bill.json", folder / "ny-S7960.apiv3-bill.json")
    assert "bills created 0, updated 0, unchanged 2" in out
    assert counts() == before


def test_openstates_search_response_with_results_key(realworld: Path, tmp_path: Path) -> None:
    items = json.loads(
        (realworld / "json" / "openstates" / "ny-seed-cache.apiv3-results-array.json").read_text()
    )
    path = tmp_path / "search.json"
    path.write_text(json.dumps({"results": items, "pagination": {"page": 1, "max_page": 1}}))
    result = import_bill_file(path)
    assert len(result.created) == len(items) and result.written


def test_openstates_v1_bill_is_refused_naming_its_shape(realworld: Path) -> None:
    path = realworld / "json" / "openstates" / "co-SB19-126.openstates-v1-api-bill.json"
    before = counts()
    _, err, error = run_failing(path)
    assert "1 of 1 files" in error
    assert f"endqi: error: {path}: an Open States API v1 bill" in err
    assert "API v3" in err
    assert counts() == before


def test_a_bad_action_date_is_an_error_at_its_key(tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "openstates_mo_hb_1234.json").read_text())
    data["actions"][1]["date"] = "2023-02-30"
    path = tmp_path / "bad-date.json"
    path.write_text(json.dumps(data))
    _, err, _ = run_failing(path)
    assert f"{path}, key actions[1].date" in err
    assert "'2023-02-30' is not a real date" in err
    assert not Bill.objects.exists()


def test_one_transaction_per_file_a_bad_bill_keeps_its_neighbour_out(
    realworld: Path, tmp_path: Path
) -> None:
    items = json.loads(
        (realworld / "json" / "openstates" / "ny-seed-cache.apiv3-results-array.json").read_text()
    )
    items[1]["jurisdiction"] = {"id": "ocd-jurisdiction/country:us/state:zz/government"}
    path = tmp_path / "two.json"
    path.write_text(json.dumps(items))
    good = FIXTURES / "legiscan_co_sb_456.json"
    out, err, error = run_failing(path, good)
    assert "1 of 2 files" in error
    assert "key [1].jurisdiction" in err and "unknown state 'ZZ'" in err
    # The first bill of the bad file is valid, but its file was rolled back whole.
    assert not Bill.objects.filter(openstates_id=items[0]["id"]).exists()
    assert Bill.objects.filter(legiscan_id__isnull=False).count() == 1
    assert f"{good}: created CO SB 456" in out


# --- LegiScan ---------------------------------------------------------------------------


def test_legiscan_getbill_records_its_texts_as_links(realworld: Path) -> None:
    path = realworld / "json" / "legiscan" / "legiscanrr-bill_HB1.json"
    source = json.loads(path.read_text())["bill"]
    run(path)
    bill = Bill.objects.get(legiscan_id=source["bill_id"])
    assert (bill.state.abbr, bill.identifier, bill.year) == ("AK", "HB 1", 2011)
    assert bill.session == source["session"]["session_name"]
    assert bill.status_date == datetime.date.fromisoformat(source["status_date"])
    assert [link["doc_id"] for link in bill.text_links] == [
        str(text["doc_id"]) for text in source["texts"]
    ]
    assert [link["url"] for link in bill.text_links] == [t["state_link"] for t in source["texts"]]
    assert [link["media_type"] for link in bill.text_links] == [t["mime"] for t in source["texts"]]
    assert bill.versions.count() == 0
    assert bill.status_changes.count() >= 2


def test_legiscan_error_response_is_refused_with_legiscans_message(realworld: Path) -> None:
    path = realworld / "json" / "legiscan" / "mo-legiscan-ERROR-response.json"
    message = json.loads(path.read_text())["alert"]["message"]
    _, err, _ = run_failing(path)
    assert "a LegiScan error response" in err
    assert f"LegiScan says: {message}" in err


def test_r_serialised_gettext_becomes_an_evaluated_version(realworld: Path) -> None:
    path = realworld / "json" / "legiscan" / "legiscanrr-text_1876117.r-json"
    record = json.loads(path.read_text())
    bill = legiscan_bill("HB 12", "PA", 2019, record["bill_id"][0])
    out, _ = run(path)
    assert "updated" in out
    version = bill.versions.get()
    assert version.label == record["type"][0]
    assert version.media_type == "application/pdf"
    assert version.content[:5] == b"%PDF-"
    assert version.filename == "legiscan-1876117.pdf"
    assert "PENNSYLVANIA" in version.text.upper()
    bill.refresh_from_db()
    assert bill.current_evaluation is not None and bill.current_evaluation.version == version
    before = counts()
    out, _ = run(path)
    assert counts() == before and "updated 0, unchanged 1" in out


def test_gettext_of_a_bill_not_stored_says_to_import_the_bill_first(realworld: Path) -> None:
    path = realworld / "json" / "legiscan" / "legiscanrr-text_1877162.r-json"
    _, err, _ = run_failing(path)
    assert "key bill_id" in err and "no stored bill has LegiScan bill_id" in err
    assert "getBill" in err


def test_bulk_text_record_is_stored_with_its_date_and_type(realworld: Path) -> None:
    path = realworld / "json" / "legiscan" / "legiscanrr-bulk-text_100932.json"
    text = json.loads(path.read_text())["text"]
    bill = legiscan_bill("SB 151", "CA", 2011, text["bill_id"])
    run(path)
    version = bill.versions.get()
    assert (version.label, version.version_date) == (
        text["type"],
        datetime.date.fromisoformat(text["date"]),
    )
    assert version.media_type == "text/html"
    assert "SB 151" in version.text


def test_legiscan_dataset_folder_joins_texts_to_their_bills(
    realworld: Path, tmp_path: Path
) -> None:
    legiscan = realworld / "json" / "legiscan"
    dataset = tmp_path / "CA" / "2011-2012_Regular_Session"
    for name in ("bill", "text", "people"):
        (dataset / name).mkdir(parents=True)
    text = json.loads((legiscan / "legiscanrr-bulk-text_100932.json").read_text())["text"]
    # A bill/ file for the text's bill: a real getBill record given the text's ids.
    bill = json.loads((legiscan / "legiscanrr-bill_HB1.json").read_text())
    bill["bill"].update(bill_id=text["bill_id"], state="CA", bill_number="SB151")
    bill["bill"]["texts"][0].update(doc_id=text["doc_id"], mime=text["mime"])
    (dataset / "bill" / "SB151.json").write_text(json.dumps(bill))
    (dataset / "bill" / "HB2.json").symlink_to(legiscan / "legiscanrr-bill_HB2.json")
    (dataset / "text" / "100932.json").symlink_to(legiscan / "legiscanrr-bulk-text_100932.json")
    (dataset / "people" / "8630.json").write_text('{"person": {"people_id": 8630}}')

    out, _ = run(tmp_path)
    assert "bills created 2" in out and "(2 files imported, 0 failed, 1 skipped)" in out
    assert "people/8630.json: skipped" in out
    stored = Bill.objects.get(legiscan_id=text["bill_id"])
    version = stored.versions.get()
    assert version.label == text["type"] and version.media_type == "text/html"
    # The joined text is a version now, not a link; the other texts stay links.
    assert str(text["doc_id"]) not in [link.get("doc_id") for link in stored.text_links]
    assert len(stored.text_links) == len(bill["bill"]["texts"]) - 1
    before = counts()
    out, _ = run(tmp_path)
    assert counts() == before and "created 0, updated 0, unchanged 2" in out


def test_dataset_text_of_a_missing_bill_fails_that_file_only(
    realworld: Path, tmp_path: Path
) -> None:
    legiscan = realworld / "json" / "legiscan"
    (tmp_path / "bill").mkdir()
    (tmp_path / "text").mkdir()
    (tmp_path / "bill" / "HB3.json").symlink_to(legiscan / "legiscanrr-bill_HB3.json")
    (tmp_path / "text" / "1876117.json").symlink_to(legiscan / "legiscanrr-text_1876117.r-json")
    _, err, error = run_failing(tmp_path)
    assert "1 of 2 files" in error
    assert "text/1876117.json, key bill_id" in err
    assert Bill.objects.filter(legiscan_id=230086).exists()


# --- folders and documents --------------------------------------------------------------


def test_a_folder_imports_every_file_with_a_report_per_file(tmp_path: Path) -> None:
    folder = tmp_path / "bills"
    folder.mkdir()
    for fixture in FIXTURES.glob("*.json"):
        (folder / fixture.name).write_bytes(fixture.read_bytes())
    (folder / "broken.json").write_text("{not json")
    (folder / ".hidden.json").write_text("{not json")  # editors' and systems' files: ignored
    out, err, error = run_failing(folder)
    assert "1 of 3 files" in error
    assert f"{folder / 'broken.json'}, line 1: not valid JSON" in err
    assert ".hidden" not in err + out
    assert f"{folder / 'openstates_mo_hb_1234.json'}: created MO HB 1234" in out
    assert Bill.objects.count() == 2


def test_bill_documents_are_pointed_to_the_version_command(realworld: Path) -> None:
    pdf = realworld / "pdf" / "pa-2019-HB12-PN36.pdf"
    html = realworld / "html" / "ca-legiscan-doc100932-SB151.html"
    _, err, _ = run_failing(pdf, html)
    assert f"{pdf}: a bill document (PDF), not bill data" in err
    assert f"{html}: a bill document (HTML), not bill data" in err
    assert err.count("endqi add-version STATE BILL FILE") == 2
    assert "UTF-8" not in err


def test_add_version_loads_a_document_and_evaluates_it(realworld: Path) -> None:
    bill = legiscan_bill("HB 12", "PA", 2019, 1158012)
    pdf = realworld / "pdf" / "pa-2019-HB12-PN36.pdf"
    out = io.StringIO()
    call_command(
        "add_version", "pa", "hb12", str(pdf), "--label", "PN 36", "--date", "2019-01-15",
        stdout=out,
    )  # fmt: skip
    version = bill.versions.get()
    assert (version.label, version.version_date, version.media_type) == (
        "PN 36",
        datetime.date(2019, 1, 15),
        "application/pdf",
    )
    assert version.evaluations.exists()
    assert "added PA HB 12" in out.getvalue()
    again = io.StringIO()
    call_command("add_version", "PA", "HB 12", str(pdf), stdout=again)
    assert "already stored" in again.getvalue() and bill.versions.count() == 1
    with pytest.raises(CommandError, match="is not a real date"):
        call_command("add_version", "PA", "HB 12", str(pdf), "--date", "2019-02-30")
    with pytest.raises(CommandError, match="no bill 'HB 99' in PA"):
        call_command("add_version", "PA", "HB 99", str(pdf))


def test_command_line_folder_and_pdf_give_clean_errors(realworld: Path, tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}"}
    subprocess.run(
        [sys.executable, "-m", "endqi.cli", "migrate", "-v0"], env=env, check=True, cwd=tmp_path
    )
    result = subprocess.run(
        [sys.executable, "-m", "endqi.cli", "import-bills", str(realworld / "pdf")],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "IsADirectoryError" not in result.stderr
    lines = result.stderr.strip().splitlines()
    pdfs = sorted((realworld / "pdf").glob("*.pdf"))
    assert len(lines) == len(pdfs) + 1  # one line per file, then the total
    assert all("a bill document (PDF)" in line for line in lines[:-1])
    assert lines[-1] == f"endqi: error: {len(pdfs)} of {len(pdfs)} files could not be " + (
        "imported (nothing of them written)."
    )


def writes_during(action) -> list[str]:
    """The SQL statements that change data, run while ``action()`` runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        action()
    verbs = ("INSERT", "UPDATE", "DELETE")
    return [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().startswith(verbs)]


def test_second_run_of_every_importer_writes_nothing(realworld: Path, shared_dir: Path) -> None:
    bills = [
        realworld / "json" / "legiscan" / "legiscanrr-bill_HB3.json",
        realworld / "json" / "openstates" / "ny-seed-cache.apiv3-results-array.json",
        FIXTURES / "openstates_mo_hb_1234.json",
    ]
    cases = shared_dir / "data" / "cases" / "qi_case_studies.csv"
    run(*bills)
    call_command("import_cases", str(cases), stdout=io.StringIO())
    assert writes_during(lambda: run(*bills)) == []
    assert (
        writes_during(lambda: call_command("import_cases", str(cases), stdout=io.StringIO())) == []
    )


def test_a_zip_download_is_refused_with_how_to_import_it(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "AK_2011-2012_27th_Legislature_JSON.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("AK/2011-2012_27th_Legislature/bill/HB1.json", "{}")
    _, err, _ = run_failing(path)
    assert f"{path}: a ZIP archive: unzip it and import the folder" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"bill": [{"bill_id": [1]}]}', "an R-serialised LegiScan bill"),
        ('{"status": "OK", "person": {"people_id": 8630}}', "a LegiScan person record"),
        ('{"status": "OK", "roll_call": {"roll_call_id": 1}}', "a LegiScan roll call"),
        ('{"status": "OK", "masterlist": {}}', "a LegiScan master list"),
        ('{"status": "ERROR", "alert": {}}', "LegiScan says: no message given"),
        ("[]", "an empty array: no bills in it"),
        ('[{"name": "x"}]', "key [0]: a JSON array whose items should be Open States bills"),
        ('{"identifier": "HB 1", "title": "x"}', "without 'session' or 'legislative_session'"),
        ('"a string"', "a JSON str, not bill data"),
        ("Section 1. Qualified immunity is not a defense.", "plain text, not JSON bill data"),
        ("", "the file is empty"),
    ],
)
def test_other_shapes_are_refused_by_name(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "input.json"
    path.write_text(content)
    _, err, _ = run_failing(path)
    assert message in err
    assert err.count("endqi: error: ") == 1


def test_every_r_serialised_text_sample_reads_as_a_pdf_record(realworld: Path) -> None:
    from endqi.legislation.bill_formats import ImportedBillText, parse_record
    from endqi.legislation.importers import read_bill_records

    files = sorted((realworld / "json" / "legiscan").glob("*.r-json"))
    assert len(files) >= 8
    for path in files:
        (record,) = read_bill_records(path)
        item = parse_record(record)
        assert isinstance(item, ImportedBillText), path
        assert item.text.doc_id == path.stem.rsplit("_", 1)[1]
        assert item.text.content is not None and item.text.content.startswith(b"%PDF-")
        assert item.text.media_type == "application/pdf" and item.text.date is None
