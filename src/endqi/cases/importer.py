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

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError

from endqi.cases.models import CaseStudy
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
from endqi.imports import (
    FileRefused,
    ImportResult,
    Location,
    RecordError,
    parse_date,
    parse_partial_date,
)
from endqi.imports.database import ModelImporter, import_records, validation_messages
from endqi.imports.reading import (
    EXTRA_VALUES,
    SourceRecord,
    csv_records,
    decode_text,
    json_array_records,
    read_limited,
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
_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"0", "false", "no", "n"}


def read_rows(path: Path) -> list[SourceRecord]:
    """Read a ``.csv`` or ``.json`` file into records with the line each starts on."""
    path = Path(path)
    text = decode_text(read_limited(path, MAX_IMPORT_BYTES), path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = list(csv_records(text, path))
    elif suffix == ".json":
        rows = json_array_records(text, path, what="case")
    else:
        raise FileRefused(Location(str(path)), "expected a .csv or .json file")
    if not rows:
        raise FileRefused(Location(str(path)), "the file has no case rows")
    _check_columns(rows, path)
    return rows


def _check_columns(rows: list[SourceRecord], path: Path) -> None:
    """Reject unknown columns (a misspelt column would silently lose data)."""
    seen: set[str] = set()
    for row in rows:
        seen.update(key for key in row.values if key != EXTRA_VALUES)
    unknown = sorted(seen - KNOWN_COLUMNS)
    where = Location(str(path))
    if unknown:
        raise FileRefused(
            where,
            f"unknown column(s): {', '.join(unknown)}; expected some of: "
            f"{', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}",
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in seen]
    if missing:
        raise FileRefused(where, f"missing required column(s): {', '.join(missing)}")


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
    values: dict[str, Any], states: dict[str, State], location: Location
) -> tuple[dict[str, Any], list[str]]:
    """Model field values of one row, and the messages for what could not be read."""
    problems: list[str] = []
    if EXTRA_VALUES in values:
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
        try:
            if precision_field is None:
                fields[date_field] = parse_date(values.get(column), location.at(column))
                continue
            found = parse_partial_date(values.get(column), location.at(column))
        except RecordError as error:
            problems.extend(f"{column}: {message}" for message in error.messages)
            continue
        fields[date_field] = found.date if found else None
        fields[precision_field] = DatePrecision(found.precision) if found else DatePrecision.DAY

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


class CaseImporter(ModelImporter[tuple[str, dict[str, Any]], CaseStudy]):
    """Case studies matched by slug; a row is ``(slug, model field values)``."""

    model = CaseStudy
    name_field = "slug"

    def __init__(self) -> None:
        ensure_states()
        self.states = {state.abbr: state for state in State.objects.all()}
        self.existing: dict[str, CaseStudy] = {}

    def parse(self, record: SourceRecord) -> tuple[str, dict[str, Any]]:
        """Every column read and checked; all of a row's problems in one error."""
        slug = _text(record.values, "slug")
        fields, problems = _row_fields(record.values, self.states, record.location)
        if problems:
            raise RecordError(record.location.named(slug), *problems)
        return slug, fields

    def name(self, item: tuple[str, dict[str, Any]]) -> str:
        """The slug."""
        return item[0]

    def begin(self, items: list[tuple[str, dict[str, Any]]]) -> None:
        """Fetch the stored cases of every slug in one query."""
        slugs = [slug for slug, _ in items]
        self.existing = {
            case.slug: case
            for case in CaseStudy.objects.filter(slug__in=slugs).select_related("state")
        }

    def find(self, item: tuple[str, dict[str, Any]], location: Location) -> CaseStudy | None:
        """The stored case with this slug."""
        return self.existing.get(item[0])

    def values(
        self, item: tuple[str, dict[str, Any]], obj: CaseStudy | None, location: Location
    ) -> dict[str, Any]:
        """The row's model field values."""
        return item[1]

    def new(self, item: tuple[str, dict[str, Any]], values: dict[str, Any]) -> CaseStudy:
        """A new case with the row's slug."""
        return CaseStudy(slug=item[0], **values)

    def check(self, obj: CaseStudy, location: Location) -> None:
        """Model validation, its messages named by the file's columns."""
        try:
            obj.full_clean()
        except ValidationError as error:
            raise RecordError(location, *validation_messages(error, FIELD_COLUMNS)) from None

    def save(self, obj: CaseStudy, fields: tuple[str, ...] | None) -> None:
        """Insert, or update the changed fields and what ``save`` derives from them."""
        if fields is None:
            obj.save()
        else:
            obj.save(update_fields=[*fields, "citation", "updated"])


def import_rows(
    rows: list[SourceRecord], *, dry_run: bool = False, source: str = ""
) -> ImportResult:
    """Import every row in one transaction, or nothing when any row is invalid."""
    return import_records(CaseImporter(), rows, source=source, dry_run=dry_run)


def import_file(path: Path, *, dry_run: bool = False) -> ImportResult:
    """Read and import one file (see the module docstring for the all-or-nothing policy)."""
    return import_rows(read_rows(path), dry_run=dry_run, source=str(path))
