"""District shapes, lookups, the /act/ pages and the officials API.

Missouri and New Hampshire people and Missouri's districts are imported once for
the module from ``../shared`` and removed afterwards; every test runs in its own
transaction on top of them.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import shapefile
from django.core.management import CommandError, call_command
from django.test import override_settings

from endqi.legislation.models import State
from endqi.officials import lookup
from endqi.officials.importers.districts import (
    features_to_records,
    load_mapping_rules,
    read_features,
)
from endqi.officials.models import District, ImportRun, Person, Role, Vacancy
from endqi.states import get_state_info

SNAPSHOT = ["--as-of", "2026-08-05", "--commit", "934bf09a94a35351baf872c70e778a4367c8266e"]
# Points and expected districts from the districts README (checked with shapely there).
README_POINTS = {
    "Missouri State Capitol": ((38.5791, -92.1730), "6", "60"),
    "Gateway Arch": ((38.6247, -90.1848), "5", "76"),
    "Kansas City City Hall": ((39.1000, -94.5786), "7", "24"),
    "Springfield": ((37.2090, -93.2923), "30", "132"),
}
CAPITOL = README_POINTS["Missouri State Capitol"][0]


def _delete_officials() -> None:
    for model in (Role, Person, Vacancy, District, ImportRun):
        model.objects.all().delete()


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker, shared_dir: Path) -> Iterator[None]:
    """MO + NH people and MO districts, imported once for this module."""
    data = shared_dir / "data"
    with django_db_blocker.unblock():
        states_before = State.objects.count()
        quiet = io.StringIO()
        call_command("import_people", str(data / "openstates-people"), *SNAPSHOT, stdout=quiet)
        for name in ("mo_sldu_2024.geojson", "mo_sldl_2024.geojson"):
            call_command("import_districts", "MO", str(data / "districts" / name), stdout=quiet)
    yield
    with django_db_blocker.unblock():
        _delete_officials()
        if not states_before:
            State.objects.all().delete()


# ---------------------------------------------------------------------------
# Districts


@pytest.mark.django_db
def test_district_import_counts_and_readme_points(loaded) -> None:
    assert District.objects.filter(state__abbr="MO", chamber="upper").count() == 34
    assert District.objects.filter(state__abbr="MO", chamber="lower").count() == 163
    # Every district name matches a seat or a vacancy of the people data.
    seats = set(
        Role.objects.filter(state__abbr="MO", current=True).values_list("district", flat=True)
    )
    seats |= set(Vacancy.objects.filter(state__abbr="MO").values_list("district", flat=True))
    assert set(District.objects.filter(state__abbr="MO").values_list("name", flat=True)) <= seats
    for place, ((lat, lon), upper, lower) in README_POINTS.items():
        result = lookup.officials_for_point(lat, lon)
        assert (result.upper.district, result.lower.district) == (upper, lower), place
        assert result.exact and result.state.abbr == "MO"
        assert len(result.upper.officials) == 1 and len(result.lower.officials) == 1
    capitol = lookup.officials_for_point(*CAPITOL)
    assert capitol.upper.officials[0].name == "Mike Bernskoetter"
    assert capitol.lower.officials[0].name == "Dave Griffith"


@pytest.mark.django_db
def test_district_reimport_writes_nothing_and_bad_files_fail(loaded, shared_dir, tmp_path) -> None:
    out = io.StringIO()
    path = shared_dir / "data" / "districts" / "mo_sldu_2024.geojson"
    call_command("import_districts", "MO", str(path), stdout=out)
    assert "Nothing changed" in out.getvalue()
    with pytest.raises(CommandError, match="not Kansas"):
        call_command("import_districts", "KS", str(path))
    garbage = tmp_path / "garbage.geojson"
    garbage.write_text("{not json")
    with pytest.raises(CommandError, match="not valid GeoJSON"):
        call_command("import_districts", "MO", str(garbage))
    with pytest.raises(CommandError, match="does not exist"):
        call_command("import_districts", "MO", str(tmp_path / "missing.zip"))
    with pytest.raises(CommandError, match="unknown state"):
        call_command("import_districts", "XX", str(path))
    assert District.objects.count() == 197


@pytest.mark.django_db
def test_shapefile_zip_import(loaded, shared_dir, tmp_path) -> None:
    """A TIGER-style shapefile zip (written with pyshp) replaces the GeoJSON shapes."""
    features = read_features(shared_dir / "data" / "districts" / "mo_sldu_2024.geojson")
    base = tmp_path / "tl_2024_29_sldu"
    with shapefile.Writer(str(base), shapeType=shapefile.POLYGON) as writer:
        for name in ("STATEFP", "SLDUST", "GEOID", "NAMELSAD", "LSY"):
            writer.field(name, "C", size=60)
        for feature in features:
            props = feature["properties"]
            writer.shape(feature["geometry"])
            writer.record(
                *(props[name] for name in ("STATEFP", "SLDUST", "GEOID", "NAMELSAD", "LSY"))
            )
    archive = tmp_path / "tl_2024_29_sldu.zip"
    import zipfile

    with zipfile.ZipFile(archive, "w") as bundle:
        for suffix in (".shp", ".shx", ".dbf"):
            bundle.write(base.with_suffix(suffix), f"tl_2024_29_sldu{suffix}")
    out = io.StringIO()
    call_command("import_districts", "MO", str(archive), stdout=out)
    assert "34 districts read" in out.getvalue()
    assert District.objects.filter(state__abbr="MO", chamber="upper").count() == 34
    assert lookup.officials_for_point(*CAPITOL).upper.district == "6"


@pytest.mark.django_db
def test_named_district_mapping_rules(loaded, shared_dir) -> None:
    """NH, VT and MA Census codes become Open States names through openstates-geo rules."""
    mappings = shared_dir / "data" / "districts" / "ocd_id_mappings"
    square = {
        "type": "Polygon",
        "coordinates": [
            [[-71.5, 43.5], [-71.4, 43.5], [-71.4, 43.6], [-71.5, 43.6], [-71.5, 43.5]]
        ],
    }

    def feature(statefp: str, kind: str, code: str) -> dict:
        return {
            "type": "Feature",
            "properties": {"STATEFP": statefp, kind: code, "GEOID": f"{statefp}{code}"},
            "geometry": square,
        }

    nh = get_state_info("NH")
    known = lookup.known_districts("NH")
    records, _ = features_to_records(
        [feature("33", "SLDLST", "002"), feature("33", "SLDUST", "007")],
        nh,
        rules=load_mapping_rules(mappings / "nh.yml"),
        known_names={"lower": {"belknap_2": "Belknap 2"}},
    )
    assert [(r.chamber, r.name) for r in records] == [("lower", "Belknap 2"), ("upper", "7")]
    assert "Belknap 2" in known["lower"]
    vt, _ = features_to_records(
        [feature("50", "SLDUST", "ADD")],
        get_state_info("VT"),
        rules=load_mapping_rules(mappings / "vt.yml"),
    )
    assert vt[0].name == "Addison"
    ma, _ = features_to_records(
        [feature("25", "SLDUST", "D01")],
        get_state_info("MA"),
        rules=load_mapping_rules(mappings / "ma.yml"),
        known_names={
            "upper": {
                "berkshire_hampden_franklin_and_hampshire": "Berkshire, Hampden, Franklin and Hampshire"
            }
        },
    )
    assert ma[0].name == "Berkshire, Hampden, Franklin and Hampshire"
    # Without rules, TIGER codes lose their leading zeros.
    plain, skipped = features_to_records(
        [feature("29", "SLDLST", "060"), feature("29", "SLDLST", "ZZZ")], get_state_info("MO")
    )
    assert [r.name for r in plain] == ["60"] and len(skipped) == 1


# ---------------------------------------------------------------------------
# Lookups


@pytest.mark.django_db
def test_zip_lookup_reads_the_index_built_at_import_and_matches_the_shapes(
    loaded, django_assert_max_num_queries
) -> None:
    from endqi.officials import geo
    from endqi.officials.models import ZipDistrict
    from endqi.officials.vocabulary import ZIP_SEARCH_RADIUS_KM

    assert ZipDistrict.objects.filter(state__abbr="MO").count() > 1000  # every MO ZIP
    record = lookup.zip_record("65101")
    from_shapes = sorted(
        (hit.chamber, hit.name, hit.contains_point, hit.distance_km)
        for hit in geo.districts_near_point(
            float(record["long"]), float(record["lat"]), ZIP_SEARCH_RADIUS_KM
        )
        if hit.state == "MO"
    )
    geo.clear_cache()  # no shapes in memory: the lookup must not need them
    with django_assert_max_num_queries(12):
        result = lookup.officials_for_zip("65101")
    from_index = sorted(
        (option.chamber, option.district, option.contains_centroid, option.distance_km)
        for options in result.options.values()
        for option in options
    )
    assert from_index == from_shapes
    assert not geo._INDEXES  # no shape index was built for the lookup


@pytest.mark.django_db
def test_zip_lookup_is_approximate_and_offers_nearby_districts(loaded) -> None:
    capitol = lookup.officials_for_point(*CAPITOL)  # the Capitol is in ZIP 65101
    result = lookup.officials_for_zip("65101")
    assert result.state.abbr == "MO" and not result.exact
    assert result.place.startswith("Jefferson City")
    upper = [o.district for o in result.options["upper"]]
    lower = [o.district for o in result.options["lower"]]
    assert capitol.upper.district in upper
    assert capitol.lower.district in lower
    assert result.options["upper"][0].contains_centroid
    assert result.upper.district == upper[0]
    for message, value in [
        ("five digits", "6510"),
        ("was not found", "00000"),
        ("five digits", "abcde"),
    ]:
        with pytest.raises(lookup.LookupInputError, match=message):
            lookup.officials_for_zip(value)


@pytest.mark.django_db
def test_district_choice_vacancies_and_multi_member_seats(loaded) -> None:
    result = lookup.officials_for_districts("mo", upper="06", lower="95")
    assert result.upper.district == "6" and result.upper.officials[0].name == "Mike Bernskoetter"
    assert result.lower.vacant and result.lower.vacancy.vacant_until.isoformat() == "2026-08-15"
    with pytest.raises(lookup.LookupInputError, match="no Senate district named “99”"):
        lookup.officials_for_districts("MO", upper="99")
    with pytest.raises(lookup.LookupInputError, match="not a state"):
        lookup.officials_for_districts("ZZ", upper="1")
    # New Hampshire: several representatives share one House district.
    nh = lookup.officials_for_districts("NH", lower="rockingham 13")
    assert nh.lower.district == "Rockingham 13"
    expected = Role.objects.filter(state__abbr="NH", district="Rockingham 13", current=True).count()
    assert len(nh.lower.officials) == expected > 1


@pytest.mark.django_db
def test_point_without_district_shapes_names_the_state(loaded) -> None:
    concord = lookup.officials_for_point(43.2067, -71.5381)  # NH: no shapes loaded
    assert concord.state.abbr == "NH" and not concord.found
    assert any("cannot match places in New Hampshire" in note for note in concord.notes)
    with pytest.raises(lookup.LookupInputError, match=r"not in a U\.S\. state"):
        lookup.officials_for_point(30.0, -40.0)  # mid-Atlantic
    with pytest.raises(lookup.LookupInputError, match="between -90 and 90"):
        lookup.officials_for_point(95, 0)


# ---------------------------------------------------------------------------
# Pages


def page_text(response) -> str:
    """The visible text of a response, tags stripped, whitespace collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def assert_no_remote_images(response) -> None:
    """Photos are links: no <img> points off the site."""
    sources = re.findall(r"<img[^>]+src=\"([^\"]+)\"", response.content.decode())
    assert all(src.startswith(("/", "data:")) for src in sources), sources


@pytest.mark.django_db
def test_district_page_shows_officials_with_contact_details(client, loaded) -> None:
    response = client.get("/mo/act/?district_upper=6&district_lower=60")
    assert response.status_code == 200
    text = page_text(response)
    for person in (
        Person.objects.get(name="Mike Bernskoetter"),
        Person.objects.get(name="Dave Griffith"),
    ):
        assert person.name in text
        assert person.email in text and person.phone in text
        assert person.offices[0]["address"] in text
        assert f'href="{person.image_url}"'.replace("&", "&amp;") in response.content.decode()
    assert "Contact details as of August 5, 2026" in text
    assert "Governor of Missouri" in text
    assert_no_remote_images(response)
    assert response.context["officials"] and response.context["lookup"].exact


@pytest.mark.django_db
def test_location_zip_and_state_urls(client, loaded) -> None:
    location = client.get(f"/act/?lat={CAPITOL[0]}&lon={CAPITOL[1]}")
    assert location.status_code == 200
    assert "Found from your location" in page_text(location)
    assert "Mike Bernskoetter" in page_text(location)

    by_zip = client.get("/act/?zip=65101")
    text = page_text(by_zip)
    assert by_zip.status_code == 200
    assert "Approximate" in text and "Jefferson City" in text
    assert 'name="district_upper" value="6"' in by_zip.content.decode()
    assert 'name="district_lower" value="60"' in by_zip.content.decode()

    redirect = client.get("/act/?state=MO&zip=65101")
    assert redirect.status_code == 302 and redirect["Location"] == "/mo/act/?zip=65101"
    assert client.get("/zz/act/").status_code == 404
    state_page = client.get("/mo/act/")
    assert state_page.status_code == 200
    assert '<select id="pick-upper" name="district_upper">' in state_page.content.decode()


@pytest.mark.django_db
def test_bad_input_gets_a_clear_400(client, loaded) -> None:
    for url, message in [
        ("/act/?zip=123", "A ZIP code is five digits"),
        ("/mo/act/?district_upper=99", "Missouri has no Senate district named “99”"),
        ("/act/?lat=abc&lon=1", "must be numbers"),
        ("/act/?district_upper=6", "Choose a state"),
        ("/act/?state=zz", "is not a state"),
    ]:
        response = client.get(url)
        assert response.status_code == 400, url
        assert message in response.content.decode(), url


def closed_port() -> int:
    """A local TCP port with nothing listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_address_geocoding_failure_is_visible(client, loaded) -> None:
    off = client.get("/act/?address=201+W+Capitol+Ave+Jefferson+City+MO")
    assert off.status_code == 400 and "not turned on" in off.content.decode()
    with override_settings(
        ENDQI_CENSUS_GEOCODER=True, ENDQI_CENSUS_GEOCODER_URL=f"http://127.0.0.1:{closed_port()}"
    ):
        response = client.get("/act/?address=201+W+Capitol+Ave+Jefferson+City+MO")
    assert response.status_code == 400
    assert "Census address service could not be reached" in response.content.decode()


class _GeocoderHandler(BaseHTTPRequestHandler):
    """A local stand-in for the Census service's JSON answer (the Capitol's point)."""

    def do_GET(self) -> None:
        body = json.dumps(
            {
                "result": {
                    "addressMatches": [
                        {
                            "matchedAddress": "201 W CAPITOL AVE, JEFFERSON CITY, MO, 65101",
                            "coordinates": {"x": CAPITOL[1], "y": CAPITOL[0]},
                        }
                    ]
                }
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        """Quiet."""


@pytest.mark.django_db
def test_address_geocoding_through_a_local_service(client, loaded) -> None:
    server = HTTPServer(("127.0.0.1", 0), _GeocoderHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with override_settings(
            ENDQI_CENSUS_GEOCODER=True,
            ENDQI_CENSUS_GEOCODER_URL=f"http://127.0.0.1:{server.server_port}",
        ):
            response = client.get("/act/?address=201+W+Capitol+Ave+Jefferson+City+MO")
    finally:
        server.shutdown()
        server.server_close()
    assert response.status_code == 200
    text = page_text(response)
    assert "Found from your street address" in text and "Dave Griffith" in text
    # Links to other pages carry the districts, not the address.
    assert "district_upper=6" in response.context["lookup_query"]
    assert "address" not in response.context["lookup_query"]


@pytest.mark.django_db
def test_no_data_pages_tell_visitors_another_way_and_staff_the_commands(client, loaded) -> None:
    _delete_officials()  # rolled back after the test
    page = client.get("/act/")
    assert page.status_code == 200
    assert "We can't look up legislators here yet" in page_text(page)
    assert "openstates.org/find_your_legislator" in page.content.decode()
    assert "endqi import" not in page_text(page)
    from django.contrib.auth import get_user_model

    staff = get_user_model().objects.create_user("ops", password="a-long-pass-4711", is_staff=True)
    client.force_login(staff)
    assert "endqi import-people" in page_text(client.get("/act/"))
    state_page = page_text(client.get("/mo/act/"))
    assert "endqi import-people" in state_page


# ---------------------------------------------------------------------------
# API


@pytest.mark.django_db
def test_officials_api(client, loaded) -> None:
    listing = client.get("/api/v1/officials?state=mo").json()
    assert listing["state"] == "MO"
    assert listing["count"] == Person.objects.filter(state__abbr="MO", current=True).count()
    assert {"name", "email", "phone", "roles", "contact_as_of"} <= set(listing["results"][0])

    point = client.get(f"/api/v1/officials/lookup?lat={CAPITOL[0]}&lon={CAPITOL[1]}").json()
    seats = {seat["chamber"]: seat for seat in point["seats"]}
    assert (
        point["exact"] and seats["upper"]["district"] == "6" and seats["lower"]["district"] == "60"
    )
    assert seats["lower"]["officials"][0]["name"] == "Dave Griffith"
    assert seats["lower"]["officials"][0]["contact_as_of"] == "2026-08-05"

    by_zip = client.get("/api/v1/officials/lookup?zip=65101").json()
    assert by_zip["exact"] is False and by_zip["options"]["lower"]

    chosen = client.get("/api/v1/officials/lookup?state=mo&district_lower=95").json()
    assert chosen["seats"][0]["vacant"] is True

    for url in (
        "/api/v1/officials",
        "/api/v1/officials?state=zz",
        "/api/v1/officials/lookup",
        "/api/v1/officials/lookup?lat=1",
        "/api/v1/officials/lookup?zip=abc",
        "/api/v1/officials/lookup?district_upper=6",
    ):
        response = client.get(url)
        assert response.status_code == 400, url
        assert response.json()["error"], url

    spec = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/officials", "/api/v1/officials/lookup"} <= set(spec["paths"])
    assert "OfficialsLookup" in spec["components"]["schemas"]


# ---------------------------------------------------------------------------
# Seed


@pytest.mark.django_db
def test_seed_officials_with_and_without_shared_data(loaded, shared_dir, tmp_path) -> None:
    _delete_officials()
    empty = tmp_path / "empty"
    empty.mkdir()
    out = io.StringIO()
    with override_settings(SHARED_DATA_DIR=empty):
        call_command("seed_officials", stdout=out)
    assert "endqi import-people" in out.getvalue()
    assert not Person.objects.exists()

    # A small shared folder: one compact state plus the real MO/NH sample and MO shapes.
    shared = tmp_path / "shared"
    compact = shared / "data" / "officials"
    compact.mkdir(parents=True)
    for name in ("wy.jsonl", "README.md"):
        shutil.copy(shared_dir / "data" / "officials" / name, compact / name)
    (shared / "data" / "openstates-people").symlink_to(shared_dir / "data" / "openstates-people")
    (shared / "data" / "districts").symlink_to(shared_dir / "data" / "districts")
    with override_settings(SHARED_DATA_DIR=shared):
        call_command("seed_officials", stdout=io.StringIO())
        runs = ImportRun.objects.count()
        call_command("seed_officials", stdout=io.StringIO())
    assert ImportRun.objects.count() == runs  # the second run reads nothing again
    assert Person.objects.filter(state__abbr="WY", current=True).exists()
    assert District.objects.filter(state__abbr="MO").count() == 197
    assert lookup.officials_for_point(*CAPITOL).lower.officials[0].name == "Dave Griffith"
    # Missouri's governor is missing upstream; the demo adds one as staff would.
    assert [p.added_by_staff for p in lookup.governors("MO")] == [True]
