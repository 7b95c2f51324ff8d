"""`endqi import-cases` and `endqi seed-cases`: all or nothing, idempotent, clear row errors."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from endqi.cases.importer import read_rows
from endqi.cases.management.commands.seed_cases import SEED_FILE
from endqi.cases.models import CaseStudy

pytestmark = pytest.mark.django_db

SHARED_CSV = ("data", "cases", "qi_case_studies.csv")
SHARED_JSON = ("data", "cases", "qi_case_studies.json")


def run(*args: str) -> tuple[str, str]:
    """Run a management command; return (stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def shared_rows(shared_dir: Path) -> list[dict[str, str]]:
    with shared_dir.joinpath(*SHARED_CSV).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_shared_csv_imports_then_reimports_unchanged(shared_dir: Path) -> None:
    out, _ = run("import_cases", str(shared_dir.joinpath(*SHARED_CSV)))
    assert "created 22, updated 0, unchanged 0" in out
    assert CaseStudy.objects.count() == 22
    stamps = dict(CaseStudy.objects.values_list("slug", "updated"))
    history = CaseStudy.history.count()

    out, _ = run("import_cases", str(shared_dir.joinpath(*SHARED_CSV)))
    assert "created 0, updated 0, unchanged 22" in out
    # The JSON twin holds the same facts, so it changes nothing either.
    out, _ = run("import_cases", str(shared_dir.joinpath(*SHARED_JSON)))
    assert "created 0, updated 0, unchanged 22" in out
    assert dict(CaseStudy.objects.values_list("slug", "updated")) == stamps
    assert CaseStudy.history.count() == history


def test_imported_fields_are_normalised(shared_dir: Path) -> None:
    run("import_cases", str(shared_dir.joinpath(*SHARED_CSV)))
    collie = CaseStudy.objects.get(slug="collie-v-barron")
    assert collie.state.abbr == "TX"
    assert collie.court == "ca5"
    assert collie.citation == "747 F. App'x 950"
    assert collie.citation_raw.startswith("747 F. App'x 950 (5th Cir. 2018)")
    assert collie.category == "excessive_force" and collie.category_detail == "shooting"
    assert collie.sources == [
        "http://casetext.com/case/collie-v-barron-2",
        "https://campaigntoendqualifiedimmunity.org/reuters-qualified-immunity/",
    ]
    villarreal = CaseStudy.objects.get(slug="villarreal-v-city-of-laredo")
    assert villarreal.decided_iso == "2024-01"
    assert villarreal.decided_precision == "month"
    assert villarreal.court_detail == "en banc"
    corbitt = CaseStudy.objects.get(slug="corbitt-v-vickers")
    assert corbitt.place_precision == "approximate"  # its location note says so


def test_changed_row_is_the_only_one_updated(shared_dir: Path, tmp_path: Path) -> None:
    rows = shared_rows(shared_dir)
    run("import_cases", str(write_csv(tmp_path / "cases.csv", rows)))
    before = CaseStudy.objects.get(slug="kelsay-v-ernst").updated
    rows[0]["outcome_detail"] = "A corrected sentence."
    out, _ = run("import_cases", str(write_csv(tmp_path / "cases.csv", rows)))
    assert "created 0, updated 1, unchanged 21" in out
    assert CaseStudy.objects.get(slug=rows[0]["slug"]).outcome_detail == "A corrected sentence."
    assert CaseStudy.objects.get(slug="kelsay-v-ernst").updated == before


def test_bad_rows_reject_the_whole_file_with_line_numbers(shared_dir: Path, tmp_path: Path) -> None:
    rows = shared_rows(shared_dir)[:6]
    rows[1]["decided"] = "2018-02-30"  # file line 3
    rows[3]["lat"], rows[3]["lon"] = "47.60621", "-122.33207"  # Seattle, said to be in… line 5
    rows[4]["outcome"] = "probably fine"  # line 6
    path = write_csv(tmp_path / "bad.csv", rows)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="3 row"):
        call_command("import_cases", str(path), stdout=out, stderr=err)
    report = err.getvalue()
    assert re.search(rf"^line 3 \({rows[1]['slug']}\): decided: .*not a real date", report, re.M)
    assert re.search(rf"^line 5 \({rows[3]['slug']}\): lat: .*outside", report, re.M)
    assert re.search(rf"^line 6 \({rows[4]['slug']}\): outcome: 'probably fine'", report, re.M)
    assert "line 2 " not in report and "line 4 " not in report
    assert CaseStudy.objects.count() == 0  # nothing half-written


def test_coordinates_outside_the_stated_state_are_rejected(
    shared_dir: Path, tmp_path: Path
) -> None:
    row = next(r for r in shared_rows(shared_dir) if r["slug"] == "collie-v-barron")
    row["state"] = "OK"  # Fort Worth is not in Oklahoma
    path = write_csv(tmp_path / "one.csv", [row])
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_cases", str(path), stdout=io.StringIO(), stderr=err)
    assert "outside Oklahoma" in err.getvalue()
    assert not CaseStudy.objects.exists()


def test_line_numbers_count_multiline_csv_fields(shared_dir: Path, tmp_path: Path) -> None:
    rows = shared_rows(shared_dir)[:3]
    rows[0]["summary"] = "First line\nsecond line\nthird line"  # record spans lines 2-4
    rows[1]["state"] = "ZZ"  # so this record starts on line 5
    path = write_csv(tmp_path / "multi.csv", rows)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_cases", str(path), stdout=io.StringIO(), stderr=err)
    assert err.getvalue().startswith(f"line 5 ({rows[1]['slug']}): state: 'ZZ'")
    assert [row.line for row in read_rows(path)] == [2, 5, 6]


def test_json_rows_report_the_line_each_object_starts_on(shared_dir: Path, tmp_path: Path) -> None:
    data = json.loads(shared_dir.joinpath(*SHARED_JSON).read_text(encoding="utf-8"))[:2]
    data[1]["slug"] = data[0]["slug"]  # duplicate slug
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    starts = [row.line for row in read_rows(path)]
    text_lines = path.read_text(encoding="utf-8").splitlines()
    assert [text_lines[n - 1].strip() for n in starts] == ["{", "{"]
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_cases", str(path), stdout=io.StringIO(), stderr=err)
    assert f"line {starts[1]} ({data[0]['slug']}): slug: duplicate of line {starts[0]}" in (
        err.getvalue()
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", "", "no header row"),
        ("header.csv", "slug,case_name\n", "no case rows"),
        ("typo.csv", "slug,case_name,sumary\nx,y,z\n", "unknown column(s): sumary"),
        ("cases.txt", "hello", "expected a .csv or .json file"),
        ("broken.json", '[{"slug": "a",}]', "not valid JSON"),
        ("object.json", '{"cases": []}', "must be an array"),
        ("latin1.csv", "slug\nfa\xe7ade\n", "not UTF-8"),
    ],
)
def test_unreadable_files_get_one_clear_error(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("import_cases", str(path), stdout=io.StringIO(), stderr=io.StringIO())


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_cases", str(tmp_path / "nope.csv"), stdout=io.StringIO())


def test_dry_run_writes_nothing(shared_dir: Path) -> None:
    out, _ = run("import_cases", str(shared_dir.joinpath(*SHARED_CSV)), "--dry-run")
    assert "created 22" in out and "dry run" in out
    assert not CaseStudy.objects.exists()


def test_seed_cases_is_idempotent_and_covers_every_bill_state(shared_dir: Path) -> None:
    out, _ = run("seed_cases")
    seeded = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    assert f"created {len(seeded)}, updated 0, unchanged 0" in out
    out, _ = run("seed_cases")
    assert f"created 0, updated 0, unchanged {len(seeded)}" in out

    evaluations = json.loads(
        (shared_dir / "rubric" / "dev-evaluations.json").read_text(encoding="utf-8")
    )
    bill_states = {bill["state"] for bill in evaluations["bills"]}
    covered = set(CaseStudy.objects.values_list("state__abbr", flat=True))
    assert bill_states <= covered, bill_states - covered
    assert CaseStudy.objects.filter(slug="collie-v-barron", state__abbr="TX").exists()
    for case in CaseStudy.objects.all():
        assert case.summary and case.reasoning and case.sources, case.slug


def _word_runs(text: str, size: int) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_seed_summaries_are_our_own_words(shared_dir: Path) -> None:
    """No run of eight words from the shared file's summary sentences is reused."""
    seeded = {row["slug"]: row for row in json.loads(SEED_FILE.read_text(encoding="utf-8"))}
    shared = shared_rows(shared_dir)
    assert {row["slug"] for row in shared} <= set(seeded)
    for row in shared:
        ours = seeded[row["slug"]]
        mine = " ".join(ours[k] for k in ("summary", "reasoning", "outcome_detail"))
        theirs = " ".join(row[k] for k in ("summary", "outcome_detail"))
        assert not _word_runs(mine, 8) & _word_runs(theirs, 8), row["slug"]
