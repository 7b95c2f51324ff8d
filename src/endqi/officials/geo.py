"""Point-in-polygon over imported district shapes, with shapely.

The database narrows candidates by bounding box (portable SQL); each state's shapes
are then parsed once into an STRtree and kept in memory until that state's districts
change (detected by a cheap count/last-update query).
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass

import shapely
from django.db.models import Count, Max
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points
from shapely.strtree import STRtree

from endqi.officials.models import District
from endqi.officials.vocabulary import district_sort_key

KM_PER_DEGREE_LAT = 111.32


@dataclass(frozen=True, slots=True)
class DistrictHit:
    """A district found near or at a point."""

    state: str  # "MO"
    chamber: str  # "upper" / "lower" / "legislature"
    name: str  # Open States district name
    contains_point: bool  # False: only near the point (within the search radius)
    distance_km: float  # 0 when the point is inside


@dataclass(slots=True)
class _StateIndex:
    version: tuple
    tree: STRtree
    geometries: list[BaseGeometry]
    districts: list[tuple[str, str]]  # (chamber, name), parallel to geometries


_INDEXES: dict[str, _StateIndex] = {}
_LOCK = threading.Lock()


def _state_version(state_abbr: str) -> tuple:
    summary = District.objects.filter(state__abbr=state_abbr).aggregate(
        count=Count("id"), last=Max("updated_at"), top=Max("id")
    )
    return (summary["count"], summary["last"], summary["top"])


def state_index(state_abbr: str) -> _StateIndex | None:
    """The cached STRtree of a state's districts (rebuilt when they changed); None if none."""
    version = _state_version(state_abbr)
    if not version[0]:
        return None
    cached = _INDEXES.get(state_abbr)
    if cached is not None and cached.version == version:
        return cached
    with _LOCK:
        rows = District.objects.filter(state__abbr=state_abbr).values_list(
            "chamber", "name", "geometry"
        )
        geometries: list[BaseGeometry] = []
        districts: list[tuple[str, str]] = []
        for chamber, name, geometry in rows:
            geom = shape(json.loads(geometry))
            shapely.prepare(geom)
            geometries.append(geom)
            districts.append((chamber, name))
        index = _StateIndex(version, STRtree(geometries), geometries, districts)
        _INDEXES[state_abbr] = index
        return index


def clear_cache() -> None:
    """Forget every cached index (after an import in the same process)."""
    _INDEXES.clear()


def states_at_point(lon: float, lat: float) -> list[str]:
    """States whose imported districts' bounding boxes contain the point."""
    return sorted(
        set(
            District.objects.filter(District.bbox_contains(lon, lat)).values_list(
                "state__abbr", flat=True
            )
        )
    )


def districts_at_point(lon: float, lat: float) -> list[DistrictHit]:
    """Every district containing the point, all chambers, all states with shapes there."""
    hits: list[DistrictHit] = []
    point = Point(lon, lat)
    for abbr in states_at_point(lon, lat):
        index = state_index(abbr)
        if index is None:
            continue
        for position in index.tree.query(point, predicate="intersects"):
            chamber, name = index.districts[int(position)]
            hits.append(DistrictHit(abbr, chamber, name, True, 0.0))
    return _sorted(hits)


def districts_near_point(lon: float, lat: float, radius_km: float) -> list[DistrictHit]:
    """Districts within ``radius_km`` of the point (inside ones first, then by distance)."""
    lat_deg = radius_km / KM_PER_DEGREE_LAT
    lon_deg = radius_km / (KM_PER_DEGREE_LAT * max(math.cos(math.radians(lat)), 0.01))
    area = shapely.box(lon - lon_deg, lat - lat_deg, lon + lon_deg, lat + lat_deg)
    point = Point(lon, lat)
    states = set(states_at_point(lon, lat))
    # The search box may reach into a neighbouring state's districts.
    states |= set(
        District.objects.filter(
            min_lon__lte=lon + lon_deg,
            max_lon__gte=lon - lon_deg,
            min_lat__lte=lat + lat_deg,
            max_lat__gte=lat - lat_deg,
        ).values_list("state__abbr", flat=True)
    )
    hits: list[DistrictHit] = []
    for abbr in sorted(states):
        index = state_index(abbr)
        if index is None:
            continue
        for position in index.tree.query(area, predicate="intersects"):
            geom = index.geometries[int(position)]
            chamber, name = index.districts[int(position)]
            inside = geom.intersects(point)
            distance_km = 0.0 if inside else _distance_km(geom, point, lat)
            if distance_km <= radius_km:
                hits.append(DistrictHit(abbr, chamber, name, inside, round(distance_km, 2)))
    return sorted(
        hits, key=lambda h: (h.state, h.chamber, h.distance_km, district_sort_key(h.name))
    )


def _distance_km(geom: BaseGeometry, point: Point, lat: float) -> float:
    """Approximate distance in km (degrees scaled at the point's latitude)."""
    nearest = nearest_points(geom, point)[0]
    dx = (nearest.x - point.x) * KM_PER_DEGREE_LAT * math.cos(math.radians(lat))
    dy = (nearest.y - point.y) * KM_PER_DEGREE_LAT
    return math.hypot(dx, dy)


def _sorted(hits: list[DistrictHit]) -> list[DistrictHit]:
    return sorted(hits, key=lambda h: (h.state, h.chamber, district_sort_key(h.name)))
