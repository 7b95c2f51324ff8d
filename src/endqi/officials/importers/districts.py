"""Read Census TIGER state legislative districts (GeoJSON or shapefile zip) and store them.

District names must match the Open States names people's roles use. Census codes
are turned into Open States division ids with the openstates-geo jurisdiction rules
(``ocd_id_mappings/<state>.yml``: a list of custom ``sld-id → os-id`` pairs plus a
regex per district type); without rules, the Census code with leading zeros stripped
is the name, which is right for every state with numbered districts.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shapely
import yaml
from django.conf import settings
from django.utils import timezone
from shapely.errors import GEOSException
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

from endqi.imports import ImportResult, Location, Outcome, ResultBuilder
from endqi.imports.database import ItemResult, ModelImporter, import_records
from endqi.imports.reading import SourceRecord
from endqi.legislation.models import State, ensure_states
from endqi.officials import geo
from endqi.officials.importers.records import ImportSourceError
from endqi.officials.models import District, ImportRun, Role, Vacancy
from endqi.officials.vocabulary import (
    UNASSIGNED_DISTRICT_CODES,
    Chamber,
    ImportKind,
    district_key,
)
from endqi.states import StateInfo

# States whose single chamber Open States calls "legislature" (TIGER files it as SLDU).
UNICAMERAL = frozenset({"NE", "DC"})
COORDINATE_DECIMALS = 6  # about 0.1 m: more is noise, and it keeps rows small
CENSUS_TYPE = {Chamber.UPPER: "sldu", Chamber.LOWER: "sldl", Chamber.LEGISLATURE: "sldu"}
_SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


@dataclass(slots=True)
class DistrictRecord:
    """One district read from the source, named the Open States way."""

    chamber: str
    name: str
    geoid: str
    ocd_id: str
    label: str
    vintage: str
    geometry: BaseGeometry


@dataclass(frozen=True, slots=True)
class MappingRules:
    """openstates-geo rules for one state: custom ids and a regex per district type."""

    prefix: str
    custom: dict[str, str]
    patterns: dict[str, str]

    def ocd_id(self, census_type: str, geoid: str, fallback_code: str) -> str:
        """The Open States division id of a Census district."""
        census_id = f"{census_type}-{geoid}"
        if census_id in self.custom:
            return self.custom[census_id]
        pattern = self.patterns.get(census_type)
        match = re.match(pattern, census_id) if pattern else None
        code = match.group(1) if match else fallback_code
        code = code.lstrip("0") or code
        return f"{self.prefix}/{census_type}:{code.lower()}"


def load_mapping_rules(path: Path) -> MappingRules:
    """Parse one openstates-geo ``configs/jurisdictions/<state>.yml`` file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        mappings = data.get("id-mappings") or {}
        custom = {str(item["sld-id"]): str(item["os-id"]) for item in mappings.get("custom") or []}
        patterns = {
            kind: str(rules["sld-match"])
            for kind, rules in mappings.items()
            if kind != "custom" and isinstance(rules, dict) and rules.get("sld-match")
        }
        return MappingRules(str(data["os-id-prefix"]), custom, patterns)
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as error:
        raise ImportSourceError(
            f"{path} is not an openstates-geo mapping file ({error})."
        ) from None


def default_mapping_path(state: StateInfo) -> Path | None:
    """The mapping file in the shared development data, if present."""
    path = (
        Path(settings.SHARED_DATA_DIR)
        / "data"
        / "districts"
        / "ocd_id_mappings"
        / f"{state.slug}.yml"
    )
    return path if path.is_file() else None


# ---------------------------------------------------------------------------
# Reading


def read_features(path: Path) -> list[dict[str, Any]]:
    """GeoJSON features from a .geojson/.json file or a shapefile (.zip or .shp)."""
    suffix = path.name.lower()
    if suffix.endswith((".geojson", ".json")):
        return _read_geojson(path)
    if suffix.endswith(".zip"):
        return _read_shapefile_zip(path)
    if suffix.endswith(".shp"):
        return _read_shapefile(path)
    # Unknown extension: sniff.
    if zipfile.is_zipfile(path):
        return _read_shapefile_zip(path)
    return _read_geojson(path)


def _read_geojson(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportSourceError(f"{path.name} is not valid GeoJSON ({error}).") from None
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features") or []
    elif isinstance(data, dict) and data.get("type") == "Feature":
        features = [data]
    else:
        raise ImportSourceError(f"{path.name} is not a GeoJSON FeatureCollection.")
    return [f for f in features if isinstance(f, dict)]


def _read_shapefile_zip(path: Path) -> list[dict[str, Any]]:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="endqi-shp-") as temp:
        folder = Path(temp)
        try:
            with zipfile.ZipFile(path) as bundle:
                names = [
                    n
                    for n in bundle.namelist()
                    if n.lower().endswith(_SHAPEFILE_PARTS) and ".." not in n
                ]
                shp = [n for n in names if n.lower().endswith(".shp")]
                if len(shp) != 1:
                    raise ImportSourceError(f"{path.name} should hold exactly one .shp file.")
                for name in names:
                    (folder / Path(name).name).write_bytes(bundle.read(name))
        except zipfile.BadZipFile:
            raise ImportSourceError(f"{path.name} is not a readable zip file.") from None
        return _read_shapefile(folder / Path(shp[0]).name)


def _read_shapefile(path: Path) -> list[dict[str, Any]]:
    import shapefile  # pyshp

    try:
        with shapefile.Reader(str(path)) as reader:
            return [
                {
                    "type": "Feature",
                    "properties": record.record.as_dict(),
                    "geometry": record.shape.__geo_interface__,
                }
                for record in reader.iterShapeRecords()
            ]
    except (shapefile.ShapefileException, OSError, ValueError) as error:
        raise ImportSourceError(f"{path.name} is not a readable shapefile ({error}).") from None


def features_to_records(
    features: list[dict[str, Any]],
    state: StateInfo,
    *,
    chamber: str | None = None,
    rules: MappingRules | None = None,
    simplify: float = 0.0,
    known_names: dict[str, dict[str, str]] | None = None,
) -> tuple[list[DistrictRecord], list[str]]:
    """Turn TIGER features into named district records; also return skip notes."""
    known_names = known_names or {}
    grouped: dict[tuple[str, str], list[DistrictRecord]] = defaultdict(list)
    skipped: list[str] = []
    for number, feature in enumerate(features, 1):
        props = {str(k).upper(): v for k, v in (feature.get("properties") or {}).items()}
        statefp = str(props.get("STATEFP") or "").strip()
        if statefp and statefp != state.fips:
            raise ImportSourceError(
                f"feature {number} belongs to state FIPS {statefp}, not {state.name} ({state.fips})."
            )
        feature_chamber, code = _chamber_and_code(props, chamber)
        if feature_chamber is None:
            raise ImportSourceError(
                f"feature {number} has no SLDUST/SLDLST code; pass --chamber upper|lower."
            )
        if code.upper() in UNASSIGNED_DISTRICT_CODES:
            skipped.append(f"feature {number}: Census code {code or '(empty)'} (no district)")
            continue
        if state.abbr in UNICAMERAL:
            feature_chamber = Chamber.LEGISLATURE
        census_type = CENSUS_TYPE[feature_chamber]
        geoid = str(props.get("GEOID") or f"{state.fips}{code}").strip()
        prefix = f"ocd-division/country:us/state:{state.slug}"
        rules_for_state = rules or MappingRules(prefix, {}, {})
        ocd_id = rules_for_state.ocd_id(census_type, geoid, code)
        name = _display_name(ocd_id, known_names.get(feature_chamber, {}))
        try:
            geometry = shape(feature["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError, GEOSException):
            raise ImportSourceError(f"feature {number} ({name}) has no usable geometry.") from None
        if geometry.is_empty:
            skipped.append(f"feature {number} ({name}): empty geometry")
            continue
        if not geometry.is_valid:
            geometry = shapely.make_valid(geometry)
        if simplify:
            geometry = geometry.simplify(simplify, preserve_topology=True)
        grouped[(feature_chamber, name)].append(
            DistrictRecord(
                chamber=feature_chamber,
                name=name,
                geoid=geoid,
                ocd_id=ocd_id,
                label=str(props.get("NAMELSAD") or "").strip(),
                vintage=str(props.get("LSY") or "").strip(),
                geometry=geometry,
            )
        )
    records = []
    for parts in grouped.values():
        first = parts[0]
        if len(parts) > 1:  # several features for one district: merge them
            first.geometry = shapely.union_all([p.geometry for p in parts])
        records.append(first)
    return records, skipped


def _chamber_and_code(props: dict[str, Any], chamber: str | None) -> tuple[str | None, str]:
    if "SLDUST" in props and chamber in (None, Chamber.UPPER, Chamber.LEGISLATURE):
        return chamber or Chamber.UPPER, str(props["SLDUST"] or "").strip()
    if "SLDLST" in props and chamber in (None, Chamber.LOWER):
        return Chamber.LOWER, str(props["SLDLST"] or "").strip()
    if chamber and props.get("DISTRICT") is not None:
        return chamber, str(props["DISTRICT"]).strip()
    return None, ""


def _display_name(ocd_id: str, known: dict[str, str]) -> str:
    """The Open States district name for a division id.

    Prefer the name people's roles and vacancies already use (matched by key);
    otherwise rebuild it from the id ("belknap_2" → "Belknap 2").
    """
    code = ocd_id.rsplit(":", 1)[-1]
    if district_key(code) in known:
        return known[district_key(code)]
    words = re.split(r"([-\s])", code.replace("_", " "))
    return "".join(word[:1].upper() + word[1:] if word[:1].isalpha() else word for word in words)


def known_district_names(state_abbr: str) -> dict[str, dict[str, str]]:
    """Per chamber: district key → the name Open States uses, from roles and vacancies."""
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for chamber, name in Role.objects.filter(state__abbr=state_abbr).values_list(
        "chamber", "district"
    ):
        if name:
            names[chamber].setdefault(district_key(name), name)
    for chamber, name in Vacancy.objects.filter(state__abbr=state_abbr).values_list(
        "chamber", "district"
    ):
        names[chamber].setdefault(district_key(name), name)
    return names


# ---------------------------------------------------------------------------
# Writing


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, COORDINATE_DECIMALS)
    if isinstance(value, list | tuple):
        return [_round(item) for item in value]
    return value


def geometry_text(geometry: BaseGeometry) -> str:
    """Compact GeoJSON text of a geometry, coordinates rounded."""
    data = mapping(geometry)
    return json.dumps(
        {"type": data["type"], "coordinates": _round(data["coordinates"])},
        separators=(",", ":"),
    )


class DistrictImporter(ModelImporter[DistrictRecord, District]):
    """Districts of one state by chamber and name; writes collected, then bulk in :meth:`finish`.

    Districts of the imported chambers that the source no longer has are deleted
    (``removed``): a district is a shape, not a person, and has no history to keep.
    """

    model = District
    name_field = "name"

    def __init__(self, state_row: State, chambers: list[str], source: str, skipped: list[str]):
        self.state_row = state_row
        self.chambers = chambers
        self.source = source
        self.skipped = skipped
        self.started = timezone.now()
        self.stored: dict[tuple[str, str], District] = {}
        self.to_create: list[District] = []
        self.to_update: list[District] = []

    def name(self, item: DistrictRecord) -> str:
        """ "upper 12"."""
        return f"{item.chamber} {item.name}"

    def begin(self, items: Sequence[DistrictRecord]) -> None:
        """Every stored district of the imported chambers, in one query."""
        self.stored = {
            (d.chamber, d.name): d
            for d in District.objects.filter(state=self.state_row, chamber__in=self.chambers)
        }

    def find(self, item: DistrictRecord, location: Location) -> District | None:
        """The stored district of this chamber and name."""
        return self.stored.get((item.chamber, item.name))

    def values(self, item: DistrictRecord, obj: District | None, location: Location) -> dict:
        """Ids, label, vintage, the shape as GeoJSON text and its bounding box."""
        bounds = item.geometry.bounds
        return {
            "geoid": item.geoid[:20],
            "ocd_id": item.ocd_id[:200],
            "label": item.label[:200],
            "vintage": item.vintage[:10],
            "geometry": geometry_text(item.geometry),
            "min_lon": round(bounds[0], COORDINATE_DECIMALS),
            "min_lat": round(bounds[1], COORDINATE_DECIMALS),
            "max_lon": round(bounds[2], COORDINATE_DECIMALS),
            "max_lat": round(bounds[3], COORDINATE_DECIMALS),
        }

    def new(self, item: DistrictRecord, values: dict) -> District:
        """A new district of the state."""
        return District(state=self.state_row, chamber=item.chamber, name=item.name, **values)

    def check(self, obj: District, location: Location) -> None:
        """Nothing to check: :meth:`values` fits every value to its column."""

    def save(self, obj: District, fields: tuple[str, ...] | None) -> None:
        """Collect the write for :meth:`finish`."""
        (self.to_create if fields is None else self.to_update).append(obj)

    def finish(
        self, imported: list[ItemResult[DistrictRecord, District]], result: ResultBuilder
    ) -> None:
        """Write what changed under one ``ImportRun``; delete districts the source dropped."""
        seen = {(done.item.chamber, done.item.name) for done in imported}
        gone = [district for key, district in self.stored.items() if key not in seen]
        for district in gone:
            result.add(Outcome.REMOVED, f"{district.chamber} {district.name}")
        if not (self.to_create or self.to_update or gone):
            return
        outcomes = [done.outcome for done in imported]
        run = ImportRun.objects.create(
            kind=ImportKind.DISTRICTS,
            source=self.source[:500],
            as_of=timezone.localdate(),
            states=self.state_row.abbr,
            created=outcomes.count(Outcome.CREATED),
            updated=outcomes.count(Outcome.UPDATED),
            unchanged=outcomes.count(Outcome.UNCHANGED),
            counts={"deleted": len(gone), "chambers": self.chambers, "skipped": self.skipped[:50]},
            started_at=self.started,
            finished_at=timezone.now(),
        )
        for district in self.to_create + self.to_update:
            district.import_run = run
        District.objects.bulk_create(self.to_create, batch_size=200)
        # save() per row so updated_at moves (the in-memory index notices the change).
        for district in self.to_update:
            district.save()
        if gone:
            District.objects.filter(pk__in=[d.pk for d in gone]).delete()


def unmatched_districts(records: list[DistrictRecord], abbr: str) -> list[str]:
    """Districts whose name no imported seat or vacancy uses ("House 12"), sorted."""
    known = known_district_names(abbr)
    return sorted(
        f"{Chamber(r.chamber).label} {r.name}"
        for r in records
        if known.get(r.chamber) and district_key(r.name) not in known[r.chamber]
    )


def sync_districts(
    records: list[DistrictRecord], state: StateInfo, *, source: str, skipped: list[str]
) -> ImportResult:
    """Store the districts of the chambers present in ``records``; others of those chambers go."""
    ensure_states()
    state_row = State.objects.get(abbr=state.abbr)
    chambers = sorted({record.chamber for record in records})
    importer = DistrictImporter(state_row, chambers, source, skipped)
    result = import_records(
        importer, [SourceRecord(Location(source), record) for record in records], source=source
    )
    if result.errors:
        raise ImportSourceError(str(result.errors[0]))
    geo.clear_cache()
    # ZIP lookups read precomputed rows; recompute them for the changed shapes.
    from endqi.officials.zipindex import rebuild_zip_districts

    rebuild_zip_districts(state.abbr)
    return result
