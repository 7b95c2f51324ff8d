"""Import case studies from CSV or JSON, all or nothing.

The file has the columns of ``../shared/data/cases/qi_case_studies.csv`` (or
the same keys in a JSON array of objects), plus optional columns of this
project's own data file (``reasoning``, ``sources``, ``last_checked``,
``defendants``, ``place_precision``, ``court_detail``, ``category_detail``,
``published``). Rows are matched to existing cases by ``slug``.

Policy: **every row is validated first**; if any row has an error the whole
file is rejected and nothing is written. Otherwise all changes are written in
one transaction, and only rows whose values differ are saved (so importing
the same file twice changes nothing the second time).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from endqi.cases.models import CaseStudy
from endqi.cases.partial_dates import PartialDateError, parse_partial_date
from endqi.cases.vocabulary import (
    Category,
    DatePrecision,
    Defendants,
    Outcome,
    PlacePrecision,
    parse_category,
    parse_choice,
    parse_court,
)
from endqi.legislation.models import State, ensure_states

MAX_IMPORT_BYTES = 5 * 1024 * 1024  # a case file is a few hundred kB at most

REQUIRED_COLUMNS = (
    "slug",
    "case_name",
    "court",
    "decided",
    "city",
    "state",
    "lat",
    "lon",
    "category",
    "outcome",
    "summary",
)
OPTIONAL_COLUMNS = (
    "citation",
    "docket",
    "location_note",
    "incident_date",
    "outcome_detail",
    "verified_url",
    "also_see_url",
    "coord_source",
    "reasoning",
    "sources",
    "last_checked",
    "defendants",
    "place_precision",
    "court_detail",
    "category_detail",
    "published",
)
# Derived from lat/lon by the projection; accepted and ignored.
IGNORED_COLUMNS = ("albers_x", "albers_y")
KNOWN_COLUMNS = frozenset(REQUIRED_COLUMNS + OPTIONAL_COLUMNS + IGNORED_COLUMNS)

# Model field → column name, to report model validation errors in the file's terms.
FIELD_COLUMNS = {
    "name": "case_name",
    "latitude": "lat",
    "longitude": "lon",
    "citation_raw": "citation",
    "coordinate_source": "coord_source",
    "incident_date": "incident_date",
    "decided": "decided",
}
# Fields compared to decide whether an existing case changed.
COMPARED_FIELDS = (
    "name",
    "court",
    "court_detail",
    "decided",
    "decided_precision",
    "citation_raw",
    "docket",
    "city",
    "state_id",
    "latitude",
    "longitude",
    "place_precision",
    "location_note",
    "coordinate_source",
    "incident_date",
    "incident_precision",
    "category",
    "category_detail",
    "defendants",
    "outcome",
    "outcome_detail",
    "summary",
    "reasoning",
    "sources",
    "last_checked",
    "published",
)
_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"0", "false", "no", "n"}


class ImportFileError(ValueError):
    """The file as a whole cannot be read (missing, too big, not CSV/JSON, wrong columns)."""


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One record of the input file with the line it starts on."""

    line: int
    values: dict[str, Any]


@dataclass(slots=True)
class RowError:
    """Everything wrong with one row."""

    line: int
    slug: str
    messages: list[str]

    def __str__(self) -> str:
        slug = f" ({self.slug})" if self.slug else ""
        return f"line {self.line}{slug}: " + "; ".join(self.messages)


@dataclass(slots=True)
class ImportResult:
    """What an import did (or would have done): slugs per outcome, and row errors."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        """Whether every row was valid."""
        return not self.errors

    def summary(self) -> str:
        """ "created 2, updated 1, unchanged 19"."""
        return (
            f"created {len(self.created)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}"
        )


def read_rows(path: Path) -> list[SourceRow]:
    """Read a ``.csv`` or ``.json`` file into rows with their starting line numbers."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise ImportFileError(f"{path}: {size} bytes is more than the {MAX_IMPORT_BYTES} allowed")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = list(_csv_rows(text))
    elif suffix == ".json":
        rows = _json_rows(text)
    else:
        raise ImportFileError(f"{path}: expected a .csv or .json file")
    if not rows:
        raise ImportFileError(f"{path}: the file has no case rows")
    _check_columns(rows)
    return rows


def _csv_rows(text: str) -> Iterator[SourceRow]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise ImportFileError("the CSV file has no header row")
    previous_end = reader.line_num  # the header's last line
    try:
        for record in reader:
            if None in record:
                yield SourceRow(previous_end + 1, {"__extra__": record.pop(None), **record})
            else:
                yield SourceRow(previous_end + 1, dict(record))
            previous_end = reader.line_num
    except csv.Error as exc:
        raise ImportFileError(f"line {reader.line_num}: {exc}") from None


def _json_rows(text: str) -> list[SourceRow]:
    """Parse a JSON array of objects, remembering the line each object starts on."""
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if position >= len(text) or text[position] != "[":
        raise ImportFileError("the JSON file must be an array of case objects")
    position = _skip_space(text, position + 1)
    rows: list[SourceRow] = []
    if position < len(text) and text[position] == "]":
        return rows
    while True:
        line = text.count("\n", 0, position) + 1
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise ImportFileError(f"line {exc.lineno}: invalid JSON ({exc.msg})") from None
        if not isinstance(value, dict):
            raise ImportFileError(f"line {line}: each item must be an object")
        rows.append(SourceRow(line, value))
        position = _skip_space(text, position)
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
            continue
        if position < len(text) and text[position] == "]":
            if _skip_space(text, position + 1) != len(text):
                raise ImportFileError("unexpected text after the JSON array")
            return rows
        line = text.count("\n", 0, position) + 1
        raise ImportFileError(f"line {line}: invalid JSON (expected ',' or ']')")


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _check_columns(rows: list[SourceRow]) -> None:
    """Reject unknown columns (a misspelt column would silently lose data)."""
    seen: set[str] = set()
    for row in rows:
        seen.update(key for key in row.values if key != "__extra__")
    unknown = sorted(seen - KNOWN_COLUMNS)
    if unknown:
        raise ImportFileError(
            f"unknown column(s): {', '.join(unknown)}; expected some of: "
            f"{', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}"
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in seen]
    if missing:
        raise ImportFileError(f"missing required column(s): {', '.join(missing)}")


def _text(values: dict[str, Any], name: str) -> str:
    value = values.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return str(value).strip()


def _sources(values: dict[str, Any]) -> list[str]:
    """The ``sources`` list (JSON list, or whitespace/"|"-separated text) or the two URL columns."""
    raw = values.get("sources")
    if isinstance(raw, list):
        urls = [str(url).strip() for url in raw]
    elif raw:
        urls = str(raw).replace("|", " ").split()
    else:
        urls = [_text(values, "verified_url"), _text(values, "also_see_url")]
    unique: list[str] = []
    for url in urls:
        if url and url not in unique:
            unique.append(url)
    return unique


def _row_fields(
    values: dict[str, Any], states: dict[str, State]
) -> tuple[dict[str, Any], list[str]]:
    """Model field values of one row, and the messages for what could not be read."""
    problems: list[str] = []
    if "__extra__" in values:
        problems.append("more values than columns")
    for name in REQUIRED_COLUMNS:
        if not _text(values, name):
            problems.append(f"{name}: required")
    fields: dict[str, Any] = {
        "name": _text(values, "case_name"),
        "docket": _text(values, "docket"),
        "citation_raw": _text(values, "citation"),
        "city": _text(values, "city"),
        "location_note": _text(values, "location_note"),
        "coordinate_source": _text(values, "coord_source"),
        "outcome_detail": _text(values, "outcome_detail"),
        "summary": _text(values, "summary"),
        "reasoning": _text(values, "reasoning"),
        "sources": _sources(values),
    }

    court_text = _text(values, "court")
    if court_text:
        parsed_court = parse_court(court_text)
        if parsed_court is None:
            problems.append(f"court: {court_text!r} is not a court this project knows")
        else:
            fields["court"] = parsed_court.court
            fields["court_detail"] = _text(values, "court_detail") or parsed_court.detail

    category_text = _text(values, "category")
    if category_text:
        parsed_category = parse_category(category_text)
        if parsed_category is None:
            allowed = ", ".join(value for value, _ in Category.choices)
            problems.append(f"category: {category_text!r} is not one of {allowed}")
        else:
            fields["category"], detail = parsed_category
            fields["category_detail"] = _text(values, "category_detail") or detail

    for column, choices, default in (
        ("outcome", Outcome, None),
        ("defendants", Defendants, Defendants.POLICE),
        ("place_precision", PlacePrecision, None),
    ):
        text = _text(values, column)
        if not text:
            if default is not None:
                fields[column] = default
            continue
        value = parse_choice(text, choices)
        if value is None:
            allowed = ", ".join(v for v, _ in choices.choices)
            problems.append(f"{column}: {text!r} is not one of {allowed}")
        else:
            fields[column] = value
    if "place_precision" not in fields:
        note = fields["location_note"].lower()
        fields["place_precision"] = (
            PlacePrecision.APPROXIMATE if "approximat" in note else PlacePrecision.CITY
        )

    for column, date_field, precision_field in (
        ("decided", "decided", "decided_precision"),
        ("incident_date", "incident_date", "incident_precision"),
        ("last_checked", "last_checked", None),
    ):
        text = _text(values, column)
        if not text:
            fields[date_field] = None
            if precision_field:
                fields[precision_field] = DatePrecision.DAY
            continue
        try:
            date, precision = parse_partial_date(text)
        except PartialDateError as exc:
            problems.append(f"{column}: {exc}")
            continue
        if precision_field is None and precision != DatePrecision.DAY:
            problems.append(f"{column}: give a full date (YYYY-MM-DD)")
            continue
        fields[date_field] = date
        if precision_field:
            fields[precision_field] = precision

    for column, field_name in (("lat", "latitude"), ("lon", "longitude")):
        text = _text(values, column)
        if not text:
            continue
        try:
            fields[field_name] = float(text)
        except ValueError:
            problems.append(f"{column}: {text!r} is not a number")

    abbr = _text(values, "state").upper()
    if abbr:
        state = states.get(abbr)
        if state is None:
            problems.append(f"state: {abbr!r} is not a US state abbreviation")
        else:
            fields["state"] = state

    published = _text(values, "published").lower()
    if not published or published in _TRUE:
        fields["published"] = True
    elif published in _FALSE:
        fields["published"] = False
    else:
        problems.append(f"published: {published!r} is not true or false")
    return fields, problems


def _validation_messages(error: ValidationError) -> list[str]:
    messages = []
    for name, errors in error.message_dict.items():
        column = FIELD_COLUMNS.get(name, name)
        prefix = "" if name == "__all__" else f"{column}: "
        messages.extend(f"{prefix}{message}" for message in errors)
    return messages


def _changed_fields(case: CaseStudy, original: dict[str, Any]) -> list[str]:
    return [name for name in COMPARED_FIELDS if getattr(case, name) != original[name]]


def plan_import(rows: list[SourceRow]) -> tuple[ImportResult, list[tuple[CaseStudy, list[str]]]]:
    """Validate every row; return the result so far and the cases to save with changed fields.

    Nothing is written here. ``changed fields`` is empty for a new case.
    """
    ensure_states()
    states = {state.abbr: state for state in State.objects.all()}
    slugs = [_text(row.values, "slug") for row in rows]
    existing = {
        case.slug: case for case in CaseStudy.objects.filter(slug__in=slugs).select_related("state")
    }
    result = ImportResult()
    to_save: list[tuple[CaseStudy, list[str]]] = []
    first_line: dict[str, int] = {}
    for row, slug in zip(rows, slugs, strict=True):
        fields, problems = _row_fields(row.values, states)
        if slug in first_line:
            problems.append(f"slug: duplicate of line {first_line[slug]}")
        elif slug:
            first_line[slug] = row.line
        case = existing.get(slug)
        original = {name: getattr(case, name) for name in COMPARED_FIELDS} if case else None
        if case is None:
            case = CaseStudy(slug=slug)
        for name, value in fields.items():
            setattr(case, name, value)
        try:
            case.full_clean(exclude=[name for name in ("state",) if name not in fields])
        except ValidationError as exc:
            problems.extend(_validation_messages(exc))
        if problems:
            result.errors.append(RowError(row.line, slug, problems))
            continue
        if original is None:
            result.created.append(slug)
            to_save.append((case, []))
            continue
        changed = _changed_fields(case, original)
        if changed:
            result.updated.append(slug)
            to_save.append((case, changed))
        else:
            result.unchanged.append(slug)
    return result, to_save


def import_rows(rows: list[SourceRow], *, dry_run: bool = False) -> ImportResult:
    """Validate all rows, then write them in one transaction only if every row is valid."""
    result, to_save = plan_import(rows)
    if not result.ok or dry_run:
        return result
    with transaction.atomic():
        for case, changed in to_save:
            if changed:
                # update_fields takes field names: the state FK is compared by its id.
                names = ["state" if name == "state_id" else name for name in changed]
                case.save(update_fields=[*names, "citation", "updated"])
            else:
                case.save()
    result.written = True
    return result


def import_file(path: Path, *, dry_run: bool = False) -> ImportResult:
    """Read and import one file (see the module docstring for the all-or-nothing policy)."""
    return import_rows(read_rows(path), dry_run=dry_run)
