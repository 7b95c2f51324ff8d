"""The case-studies map: the us-atlas state outlines plus one marker per case.

The outlines come from the pages helper's :mod:`endqi.web.usmap` (the same
geometry as the national map, drawn server-side as SVG paths). Each marker is
placed by projecting the case's longitude/latitude with
:func:`endqi.cases.projection.albers_usa`, the projection the geometry was
made with. Cases in the same city would hide each other, so markers that land
on top of one another are spread on a small circle around their shared point.

A state filter zooms the map to that state (:func:`state_view`); markers keep
the same size on screen at any zoom (:attr:`MapView.marker_scale`), are at least
24×24 CSS pixels to tap on a phone (``cases.css`` enlarges them on narrow
screens), and differ by shape as well as colour: a diamond where the officials
were shielded, a circle where immunity was denied, reversed or vacated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from django.conf import settings

from endqi.cases.models import CaseStudy
from endqi.cases.projection import albers_usa
from endqi.web.usmap import VIEW_BOX, atlas_path, load_state_shapes

MARKER_RADIUS = 7.0
# Markers closer than this (viewport units) are treated as one place and spread out.
OVERLAP_DISTANCE = 4.0
SPREAD_RADIUS = 9.0


# Room left around a state when the map zooms to it (share of its projected size).
ZOOM_PADDING = 0.15
# The narrowest zoomed view, in national-map units (DC and Rhode Island stay readable).
MIN_ZOOM_WIDTH = 140.0
# Points sampled along each edge of a state's longitude/latitude box when projecting it.
EDGE_SAMPLES = 8


@dataclass(frozen=True, slots=True)
class MapView:
    """The part of the 975×610 national map shown: the whole country or one state."""

    x: float
    y: float
    width: float
    height: float

    @property
    def view_box(self) -> str:
        """The SVG ``viewBox`` attribute."""
        return " ".join(f"{value:g}" for value in (self.x, self.y, self.width, self.height))

    @property
    def marker_scale(self) -> float:
        """Scale that keeps markers the same size on screen whatever the zoom."""
        return round(self.width / VIEW_BOX[2], 4)


NATIONAL_VIEW = MapView(*(float(value) for value in VIEW_BOX))


def _edge_points(bounds) -> list[tuple[float, float]]:
    """Longitude/latitude points along the edges of a state's box (projection bends them)."""
    points = []
    for step in range(EDGE_SAMPLES + 1):
        t = step / EDGE_SAMPLES
        lon = bounds.min_lon + t * (bounds.max_lon - bounds.min_lon)
        lat = bounds.min_lat + t * (bounds.max_lat - bounds.min_lat)
        points += [
            (lon, bounds.min_lat),
            (lon, bounds.max_lat),
            (bounds.min_lon, lat),
            (bounds.max_lon, lat),
        ]
    return points


@cache
def state_view(abbr: str) -> MapView:
    """The map zoomed to one state (upper-case abbreviation), with the national aspect ratio.

    Falls back to the national view for a state the atlas does not place.
    """
    from endqi.cases.atlas import state_bounds

    bounds = state_bounds().get(abbr)
    if bounds is None:
        return NATIONAL_VIEW
    projected = [albers_usa(lon, lat) for lon, lat in _edge_points(bounds)]
    points = [point for point in projected if point is not None]
    if not points:
        return NATIONAL_VIEW
    xs, ys = [x for x, _ in points], [y for _, y in points]
    width = max(max(xs) - min(xs), MIN_ZOOM_WIDTH / (1 + 2 * ZOOM_PADDING))
    height = max(ys) - min(ys)
    center_x, center_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    width, height = width * (1 + 2 * ZOOM_PADDING), height * (1 + 2 * ZOOM_PADDING)
    aspect = NATIONAL_VIEW.width / NATIONAL_VIEW.height
    # Widen or heighten to the national map's shape so the figure keeps its height.
    width, height = max(width, height * aspect), max(height, width / aspect)
    return MapView(
        round(center_x - width / 2, 1),
        round(center_y - height / 2, 1),
        round(width, 1),
        round(height, 1),
    )


@dataclass(frozen=True, slots=True)
class Marker:
    """One case drawn on the map."""

    case: CaseStudy
    x: float
    y: float
    scale: float = 1.0  # MapView.marker_scale of the map it is drawn on

    @property
    def label(self) -> str:
        """Accessible name: case, place, year and outcome."""
        case = self.case
        return f"{case.name} — {case.place}, {case.year}: {case.get_outcome_display()}"

    @property
    def shape(self) -> str:
        """``diamond`` where officials were shielded, ``circle`` otherwise (not colour alone)."""
        return "diamond" if self.case.shielded else "circle"


def place_markers(cases: Sequence[CaseStudy], view: MapView = NATIONAL_VIEW) -> list[Marker]:
    """Markers for every case that falls on the map, overlapping ones spread apart.

    Distances scale with the view, so markers in one city spread the same few
    pixels apart on screen whether the map shows the country or one state.
    """
    scale = view.marker_scale
    overlap, spread = OVERLAP_DISTANCE * scale, SPREAD_RADIUS * scale
    placed: list[tuple[CaseStudy, float, float]] = []
    for case in cases:
        point = case.map_point
        if point is not None:
            placed.append((case, point[0], point[1]))
    groups: list[list[tuple[CaseStudy, float, float]]] = []
    for item in placed:
        for group in groups:
            _, gx, gy = group[0]
            if math.hypot(item[1] - gx, item[2] - gy) < overlap:
                group.append(item)
                break
        else:
            groups.append([item])
    markers: list[Marker] = []
    for group in groups:
        if len(group) == 1:
            case, x, y = group[0]
            markers.append(Marker(case, round(x, 2), round(y, 2), scale))
            continue
        _, cx, cy = group[0]
        for index, (case, _, _) in enumerate(group):
            angle = -math.pi / 2 + 2 * math.pi * index / len(group)
            markers.append(
                Marker(
                    case,
                    round(cx + spread * math.cos(angle), 2),
                    round(cy + spread * math.sin(angle), 2),
                    scale,
                )
            )
    return markers


@cache
def _outline_svg(path_key: str) -> str:
    shapes = load_state_shapes(atlas_path(settings.NODE_MODULES_DIR))
    paths = "".join(f'<path class="case-map-state" d="{shape.path_data}"/>' for shape in shapes)
    return f'<g class="case-map-states" aria-hidden="true">{paths}</g>'


def outline_svg() -> str:
    """The state outlines as an SVG group (decorative: the markers carry the content)."""
    return _outline_svg(str(settings.NODE_MODULES_DIR))
