"""State geometry from ``us-atlas`` used by the cases app: bounding boxes and centre points.

The unprojected ``states-10m.json`` (longitude/latitude) gives each state's
bounding box, which import and admin use to reject coordinates that cannot be
in the stated state, and a representative point, which "cases near a state"
orders by. The TopoJSON decoding itself is the pages helper's
:mod:`endqi.web.usmap` (shared with the national map).

Longitudes east of the antimeridian (Alaska's western Aleutians) are shifted
by -360° before use, so Alaska's box is one contiguous range instead of
spanning the whole globe.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from shapely.geometry import MultiPolygon, Polygon

from endqi.states import all_states
from endqi.web.usmap import decode_arcs, stitch_ring

UNPROJECTED_ATLAS_FILE = ("us-atlas", "states-10m.json")
# Slack around a state's box, in degrees (about 1 km): city points on a coast or border still pass.
BOUNDS_TOLERANCE_DEGREES = 0.01


class AtlasMissing(FileNotFoundError):
    """The us-atlas geometry is not installed (run ``npm ci``)."""


@dataclass(frozen=True, slots=True)
class StateBounds:
    """A state's bounding box and a point inside it, in degrees."""

    abbr: str
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float
    center_lat: float
    center_lon: float

    def contains(self, lat: float, lon: float) -> bool:
        """Whether a point lies in the box (with :data:`BOUNDS_TOLERANCE_DEGREES` of slack)."""
        lon = normalize_longitude(lon)
        t = BOUNDS_TOLERANCE_DEGREES
        return (
            self.min_lat - t <= lat <= self.max_lat + t
            and self.min_lon - t <= lon <= self.max_lon + t
        )

    def describe(self) -> str:
        """The box as readable text for error messages."""
        return (
            f"latitude {self.min_lat:.2f} to {self.max_lat:.2f}, "
            f"longitude {self.min_lon:.2f} to {self.max_lon:.2f}"
        )


def normalize_longitude(lon: float) -> float:
    """Shift eastern-hemisphere longitudes west by 360° (the US has none but the Aleutians)."""
    return lon - 360.0 if lon > 0 else lon


def unprojected_atlas_path(node_modules_dir: Path) -> Path:
    """Where ``states-10m.json`` lives under a ``node_modules`` folder."""
    return Path(node_modules_dir).joinpath(*UNPROJECTED_ATLAS_FILE)


def _state_polygons(topology: dict) -> dict[str, MultiPolygon]:
    """Each state's geometry as a shapely MultiPolygon keyed by FIPS code."""
    arcs = decode_arcs(topology)
    result: dict[str, MultiPolygon] = {}
    for geometry in topology["objects"]["states"]["geometries"]:
        kind = geometry.get("type")
        polygons = [geometry["arcs"]] if kind == "Polygon" else geometry.get("arcs", [])
        if kind not in ("Polygon", "MultiPolygon"):
            continue
        shapes = []
        for polygon in polygons:
            rings = [
                [(normalize_longitude(x), y) for x, y in stitch_ring(ring, arcs)]
                for ring in polygon
            ]
            shapes.append(Polygon(rings[0], rings[1:]))
        result[str(geometry["id"]).zfill(2)] = MultiPolygon(shapes)
    return result


@cache
def load_state_bounds(path: Path) -> dict[str, StateBounds]:
    """Bounding boxes of the 50 states and DC keyed by postal abbreviation (read once).

    Raises :class:`AtlasMissing` naming the install command if the file is absent.
    """
    path = Path(path)
    if not path.is_file():
        raise AtlasMissing(f"state geometry not found at {path}; install it with `npm ci`")
    with path.open(encoding="utf-8") as handle:
        polygons = _state_polygons(json.load(handle))
    bounds: dict[str, StateBounds] = {}
    for state in all_states():
        shape = polygons.get(state.fips)
        if shape is None:
            continue
        min_lon, min_lat, max_lon, max_lat = shape.bounds
        # A representative point is always inside the shape (a centroid may not be).
        inside = shape.representative_point()
        bounds[state.abbr] = StateBounds(
            abbr=state.abbr,
            min_lon=min_lon,
            min_lat=min_lat,
            max_lon=max_lon,
            max_lat=max_lat,
            center_lat=inside.y,
            center_lon=inside.x,
        )
    return bounds


def state_bounds() -> dict[str, StateBounds]:
    """The bounding boxes for this deployment's installed atlas (Django settings decide where)."""
    from django.conf import settings

    return load_state_bounds(unprojected_atlas_path(settings.NODE_MODULES_DIR))
