"""Cases app building blocks: projection, state boxes, distance, citations, dates, vocabularies."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest

from endqi.cases.atlas import load_state_bounds, normalize_longitude, unprojected_atlas_path
from endqi.cases.citations import normalize_citation
from endqi.cases.distance import great_circle_km, km_to_miles
from endqi.cases.impact import (
    DEFENDANT_WORDS,
    OTHER_SENTENCES,
    coverage_sentence,
    detail_sentences,
)
from endqi.cases.partial_dates import format_partial_date, iso_partial_date
from endqi.cases.projection import MAP_HEIGHT, MAP_WIDTH, albers_usa
from endqi.cases.vocabulary import (
    Category,
    Court,
    DatePrecision,
    Defendants,
    parse_category,
    parse_choice,
    parse_court,
)
from endqi.imports import Location, RecordError, parse_partial_date
from endqi.rubric import CRITERIA_BY_ID

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BOUNDS = load_state_bounds(unprojected_atlas_path(PROJECT_ROOT / "node_modules"))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _projected_rows(shared_dir: Path) -> list[dict[str, str]]:
    rows = _rows(shared_dir / "data" / "cases" / "qi_case_studies.csv")
    rows += _rows(shared_dir / "data" / "geo" / "state_capitals.csv")
    return [row for row in rows if row["albers_x"]]


def test_albers_usa_matches_the_shared_positions_within_one_pixel(shared_dir: Path) -> None:
    rows = _projected_rows(shared_dir)
    assert len(rows) >= 70  # 22 cases + 51 capitals (Juneau and Honolulu use the insets)
    worst = 0.0
    for row in rows:
        point = albers_usa(float(row["lon"]), float(row["lat"]))
        assert point is not None, row
        worst = max(
            worst,
            abs(point[0] - float(row["albers_x"])),
            abs(point[1] - float(row["albers_y"])),
        )
    assert worst < 1.0


def test_albers_usa_places_alaska_and_hawaii_in_their_insets() -> None:
    juneau = albers_usa(-134.41972, 58.30194)
    honolulu = albers_usa(-157.85833, 21.30694)
    assert juneau is not None and honolulu is not None
    # Both insets sit in the lower-left corner of the 975×610 viewport.
    for x, y in (juneau, honolulu):
        assert 0 < x < MAP_WIDTH * 0.4 and MAP_HEIGHT * 0.6 < y < MAP_HEIGHT


def test_albers_usa_returns_none_off_the_map() -> None:
    assert albers_usa(-0.1276, 51.5072) is None  # London
    assert albers_usa(-66.1057, 18.4655) is None  # San Juan: geoAlbersUsa draws no Puerto Rico


def test_every_shared_case_lies_in_its_own_state_box(shared_dir: Path) -> None:
    for row in _rows(shared_dir / "data" / "cases" / "qi_case_studies.csv"):
        assert BOUNDS[row["state"]].contains(float(row["lat"]), float(row["lon"])), row["slug"]


def test_state_boxes_reject_points_in_other_states() -> None:
    seattle = (47.60621, -122.33207)
    fort_worth = (32.72541, -97.32085)
    assert BOUNDS["WA"].contains(*seattle)
    assert not BOUNDS["TX"].contains(*seattle)
    assert not BOUNDS["WA"].contains(*fort_worth)
    assert len(BOUNDS) == 51


def test_alaska_box_spans_the_antimeridian_without_covering_the_world() -> None:
    alaska = BOUNDS["AK"]
    assert alaska.contains(52.0, 178.0)  # western Aleutians, east of 180°
    assert alaska.contains(61.2181, -149.9003)  # Anchorage
    assert not alaska.contains(40.0, -100.0)
    assert normalize_longitude(178.0) == pytest.approx(-182.0)


def test_state_centre_points_are_inside_their_boxes() -> None:
    for bounds in BOUNDS.values():
        assert bounds.contains(bounds.center_lat, bounds.center_lon), bounds.abbr


def test_great_circle_distance() -> None:
    fort_worth = (32.72541, -97.32085)
    dallas = (32.78306, -96.80667)
    distance = great_circle_km(*fort_worth, *dallas)
    assert 45 < distance < 52
    assert great_circle_km(*dallas, *fort_worth) == pytest.approx(distance)
    assert great_circle_km(*dallas, *dallas) == 0
    assert km_to_miles(1.609344) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("raw", "court", "year", "expected"),
    [
        ("747 F. App'x 950 (5th Cir. 2018) (unpublished)", "ca5", 2018, "747 F. App'x 950"),
        ("592 U.S. 7 (2020) (per curiam)", "scotus", 2020, "592 U.S. 7"),
        ("476 F. Supp. 3d 386 (S.D. Miss. 2020)", "district", 2020, "476 F. Supp. 3d 386"),
        # History in the raw text: neither the vacated panel nor the reviewing court is this case.
        (
            "No. 19-1469 (8th Cir. 2022); earlier 956 F.3d 1009 (8th Cir. 2020), vacated, "
            "141 S. Ct. 2239 (2021) (per curiam)",
            "ca8",
            2022,
            "",
        ),
        ("577 U.S. ___ (2015) (per curiam)", "scotus", 2015, ""),
        ("", "ca5", 2018, ""),
        ("no citation here", None, None, ""),
    ],
)
def test_normalize_citation(raw: str, court: str | None, year: int | None, expected: str) -> None:
    assert normalize_citation(raw, court=court, year=year) == expected


def test_partial_dates_round_trip() -> None:
    here = Location("cases.csv", line=2)

    def parse(text: str) -> tuple[datetime.date, str]:
        found = parse_partial_date(text, here)
        assert found is not None
        return found.date, found.precision

    assert parse("2024-01") == (datetime.date(2024, 1, 1), DatePrecision.MONTH)
    assert parse("2004") == (datetime.date(2004, 1, 1), DatePrecision.YEAR)
    assert parse("2018-08-30") == (datetime.date(2018, 8, 30), DatePrecision.DAY)
    for text in ("2024-01", "2004", "2018-08-30"):
        assert iso_partial_date(*parse(text)) == text
    assert format_partial_date(datetime.date(2024, 1, 1), DatePrecision.MONTH) == "January 2024"
    assert format_partial_date(datetime.date(2018, 8, 30), DatePrecision.DAY) == "August 30, 2018"
    assert format_partial_date(None, DatePrecision.DAY) == ""
    for bad in ("2018-02-30", "30/08/2018", "2018-8"):
        with pytest.raises(RecordError):
            parse_partial_date(bad, here)


def test_every_shared_court_and_category_parses(shared_dir: Path) -> None:
    for row in _rows(shared_dir / "data" / "cases" / "qi_case_studies.csv"):
        assert parse_court(row["court"]) is not None, row["court"]
        assert parse_category(row["category"]) is not None, row["category"]


def test_court_parsing_keeps_the_detail() -> None:
    en_banc = parse_court("8th Cir. (en banc)")
    assert en_banc is not None
    assert (en_banc.court, en_banc.detail) == (Court.CA8, "en banc")
    district = parse_court("S.D. Miss.")
    assert district is not None
    assert (district.court, district.detail) == (Court.DISTRICT, "S.D. Miss.")
    assert parse_court("ca10").court == Court.CA10
    assert parse_court("14th Cir.") is None
    assert parse_court("Court of Narnia") is None


def test_category_parsing() -> None:
    assert parse_category("excessive force (police dog)") == (
        Category.EXCESSIVE_FORCE,
        "police dog",
    )
    assert parse_category("First Amendment (ordered to stop praying)")[0] == (
        Category.RELIGIOUS_EXERCISE
    )
    assert parse_category("Unlawful search or seizure") == (Category.UNLAWFUL_SEARCH, "")
    assert parse_category("jaywalking") is None
    assert parse_choice("Qualified immunity granted", Defendants) is None


def test_impact_sentences_follow_the_verdicts() -> None:
    police = Defendants.POLICE
    yes = coverage_sentence("HB 1", {"end.law_enforcement": "yes"}, police)
    partial = coverage_sentence("HB 1", {"end.law_enforcement": "partial"}, police)
    no = coverage_sentence("HB 1", {"end.law_enforcement": "no"}, police)
    assert "would not be a defense" in yes and "HB 1" in yes
    assert "only in part" in partial
    assert "would not stop" in no
    assert len({yes, partial, no}) == 3

    prison = Defendants.CORRECTIONS
    everyone = coverage_sentence("SB 2", {"end.public_employees": "yes"}, prison)
    police_only = coverage_sentence("SB 2", {"end.law_enforcement": "yes"}, prison)
    assert DEFENDANT_WORDS[prison] in everyone and "would not be a defense" in everyone
    assert "only if the bill's definition" in police_only
    federal = coverage_sentence("SB 2", {"end.law_enforcement": "yes"}, Defendants.FEDERAL)
    assert "federal officers" in federal


def test_detail_sentences_name_real_criteria_only() -> None:
    assert set(OTHER_SENTENCES) <= set(CRITERIA_BY_ID)
    everything = {criterion_id: "yes" for criterion_id in CRITERIA_BY_ID}
    nothing = {criterion_id: "no" for criterion_id in CRITERIA_BY_ID}
    assert len(detail_sentences(everything)) == len(OTHER_SENTENCES)
    # "Starts" criteria say nothing when the bill does nothing; "ends" criteria always speak.
    assert len(detail_sentences(nothing)) == 2
