"""The pure part of ``endqi.imports``: locations, the result type, the date policy, reading.

It runs without Django (a subprocess proves the modules import with Django blocked).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from endqi.imports import (
    FileRefused,
    ImportResult,
    Location,
    Outcome,
    RecordError,
    ResultBuilder,
    changed_fields,
    parse_date,
    parse_partial_date,
)
from endqi.imports.reading import (
    EXTRA_VALUES,
    csv_records,
    files_in,
    json_array_records,
    parse_json,
    read_limited,
)

from .without_django import run_without_django

HERE = Location("bills.json", key="actions")


# --- locations and errors ---------------------------------------------------------------


def test_locations_name_file_line_key_and_record() -> None:
    row = Location("cases.csv", line=5).named("collie-v-barron")
    assert str(row) == "cases.csv, line 5 (collie-v-barron)"
    assert row.within_file() == "line 5 (collie-v-barron)"
    key = Location("bill.json").at("bill").at("texts").at(0).at("date")
    assert key.key == "bill.texts[0].date"
    assert str(key) == "bill.json, key bill.texts[0].date"
    assert str(Location("bill.json")) == "bill.json"


def test_errors_carry_every_message_and_their_location() -> None:
    error = RecordError(Location("cases.csv", line=3).named("x"), "decided: bad", "lat: bad")
    assert error.within_file() == "line 3 (x): decided: bad; lat: bad"
    assert str(error) == "cases.csv, line 3 (x): decided: bad; lat: bad"
    refused = FileRefused(Location("a.json"), "not valid JSON")
    assert str(refused) == "a.json: not valid JSON"


# --- result -----------------------------------------------------------------------------


def test_result_builder_freezes_outcomes_changes_counts_and_errors() -> None:
    builder = ResultBuilder("people/")
    builder.add(Outcome.CREATED, "a")
    builder.add(Outcome.UPDATED, "b", ["name", "party"])
    builder.add(Outcome.UNCHANGED, "c")
    builder.add(Outcome.REMOVED, "d")
    builder.count("roles_written", 3)
    builder.count("roles_written")
    result = builder.build(written=True)
    assert isinstance(result, ImportResult)
    assert (result.created, result.updated, result.unchanged, result.removed) == (
        ("a",),
        ("b",),
        ("c",),
        ("d",),
    )
    assert result.changes["b"] == ("name", "party") and "a" not in result.changes
    assert result.counts["roles_written"] == 4
    assert result.ok and result.written and result.changed
    assert result.outcome_of("d") is Outcome.REMOVED and result.outcome_of("z") is None
    assert result.summary() == "created 1, updated 1, unchanged 1, removed 1"
    with pytest.raises(AttributeError):
        result.created = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.counts["roles_written"] = 0  # type: ignore[index]


def test_a_result_with_errors_was_not_written() -> None:
    builder = ResultBuilder()
    builder.add(Outcome.CREATED, "a")
    builder.error(RecordError(Location("f.csv", line=2), "bad"))
    result = builder.build(written=True)
    assert not result.ok and not result.written
    assert [str(error) for error in result.errors] == ["f.csv, line 2: bad"]
    assert ImportResult().summary() == "created 0, updated 0, unchanged 0"
    assert not ImportResult().changed


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-01-06", datetime.date(2021, 1, 6)),
        ("2021-01-06T12:00:00+00:00", datetime.date(2021, 1, 6)),
        ("2019-02-08T07:00:00Z", datetime.date(2019, 2, 8)),
        ("2019-02-05 13:10:43", datetime.date(2019, 2, 5)),
        (" 2021-01-06 ", datetime.date(2021, 1, 6)),
        (datetime.date(2020, 5, 1), datetime.date(2020, 5, 1)),
        (datetime.datetime(2020, 5, 1, 23, 59), datetime.date(2020, 5, 1)),
        (None, None),
        ("", None),
        ("0000-00-00", None),  # LegiScan's "no date"
    ],
)
def test_date_policy_accepts_dates_and_absent_values(value: object, expected: object) -> None:
    assert parse_date(value, HERE) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2023-02-30", "'2023-02-30' is not a real date"),
        ("02/08/2019", "'02/08/2019' is not a date"),
        ("2019-2-8", "is not a date"),
        ("yesterday", "is not a date"),
        (20190208, "20190208 is not a date"),
        ("2019-02", "'2019-02' is not a full date"),
        ("2019", "'2019' is not a full date"),
    ],
)
def test_a_bad_date_is_an_error_at_its_location(value: object, message: str) -> None:
    with pytest.raises(RecordError) as raised:
        parse_date(value, HERE.at(2).at("date"))
    assert raised.value.location.key == "actions[2].date"
    assert message in str(raised.value)
    assert str(raised.value).startswith("bills.json, key actions[2].date: ")


def test_partial_dates_only_where_the_caller_allows_them() -> None:
    assert parse_date("2019-02", HERE, partial=True) == datetime.date(2019, 2, 1)
    assert parse_date("2019", HERE, partial=True) == datetime.date(2019, 1, 1)
    found = parse_partial_date("2024-01", HERE)
    assert found is not None and (found.date, found.precision) == (
        datetime.date(2024, 1, 1),
        "month",
    )
    assert parse_partial_date("0000-00-00", HERE) is None
    with pytest.raises(RecordError, match="not a real date"):
        parse_date("2019-13", HERE, partial=True)


# --- diff -------------------------------------------------------------------------------


def test_changed_fields_compare_and_leave_locked_fields_alone() -> None:
    stored = {"name": "A", "party": "X", "email": "a@example.org"}
    wanted = {"name": "A", "party": "Y", "email": "b@example.org"}
    assert changed_fields(stored, wanted) == ("party", "email")
    assert changed_fields(stored, wanted, locked={"email"}) == ("party",)
    assert changed_fields(stored.__getitem__, {"name": "A"}) == ()


# --- reading ----------------------------------------------------------------------------


def test_read_limited_refuses_folders_missing_and_large_files(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="is a folder, not a file"):
        read_limited(tmp_path, 10)
    with pytest.raises(FileRefused, match="no such file"):
        read_limited(tmp_path / "missing.json", 10)
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 11)
    with pytest.raises(FileRefused, match="is larger than the 10 bytes limit"):
        read_limited(big, 10)
    assert read_limited(big, 11) == b"x" * 11


def test_records_keep_the_line_they_start_on() -> None:
    rows = list(csv_records('a,b\n1,"two\nlines"\n3,4,5\n', "f.csv"))
    assert [row.line for row in rows] == [2, 4]
    assert rows[1].values[EXTRA_VALUES] == ["5"]
    items = json_array_records('[\n {"a": 1},\n\n {"a": 2}\n]', "f.json")
    assert [item.line for item in items] == [2, 4]
    with pytest.raises(FileRefused) as raised:
        parse_json('{\n"a": }', "f.json")
    assert raised.value.location.line == 2 and "not valid JSON" in str(raised.value)


def test_files_in_a_folder_leave_hidden_ones_out(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("a.json", "b/c.json", ".DS_Store", ".git/config"):
        (tmp_path / name).write_text("{}")
    assert [p.relative_to(tmp_path).as_posix() for p in files_in(tmp_path)] == [
        "a.json",
        "b/c.json",
    ]


PURE = """
import sys
import endqi.imports, endqi.imports.reading, endqi.imports.dates, endqi.imports.diff
assert "django" not in sys.modules
print("ok")
"""


def test_the_framework_core_imports_without_django() -> None:
    result = run_without_django(PURE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
