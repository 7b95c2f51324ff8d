"""The case-studies map: the us-atlas state outlines plus one marker per case.

The outlines come from the pages helper's :mod:`endqi.web.usmap` (the same
geometry as the national map, drawn server-side as SVG paths). Each marker is
placed by projecting the case's longitude/latitude with
:func:`endqi.cases.projection.albers_usa`, the projection the geometry was
made with. Cases in the same city would hide each other, so markers that land
on top of one another are spread on a small circle around their shared point.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from django.conf import settings

from endqi.cases.models import CaseStudy
from endqi.web.usmap import VIEW_BOX, atlas_path, load_state_shapes

MARKER_RADIUS = 7.0
# Markers closer than this (viewport units) are treated as one place and spread out.
OVERLAP_DISTANCE = 4.0
SPREAD_RADIUS = 9.0


@dataclass(frozen=True, slots=True)
class Marker:
    """One case drawn on the map."""

    case: CaseStudy
    x: float
    y: float

    @property
    def label(self) -> str:
        """Accessible name: case, place, year and outcome."""
        case = self.case
        return f"{case.name} — {case.place}, {case.year}: {case.get_outcome_display()}"


def place_markers(cases: Sequence[CaseStudy]) -> list[Marker]:
    """Markers for every case that falls on the map, overlapping ones spread apart."""
    placed: list[tuple[CaseStudy, float, float]] = []
    for case in cases:
        point = case.map_point
        if point is not None:
            placed.append((case, point[0], point[1]))
    groups: list[list[tuple[CaseStudy, float, float]]] = []
    for item in placed:
        for group in groups:
            _, gx, gy = group[0]
            if math.hypot(item[1] - gx, item[2] - gy) < OVERLAP_DISTANCE:
                group.append(item)
                break
        else:
            groups.append([item])
    markers: list[Marker] = []
    for group in groups:
        if len(group) == 1:
            case, x, y = group[0]
            markers.append(Marker(case, round(x, 1), round(y, 1)))
            continue
        _, cx, cy = group[0]
        for index, (case, _, _) in enumerate(group):
            angle = -math.pi / 2 + 2 * math.pi * index / len(group)
            markers.append(
                Marker(
                    case,
                    round(cx + SPREAD_RADIUS * math.cos(angle), 1),
                    round(cy + SPREAD_RADIUS * math.sin(angle), 1),
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


def view_box() -> str:
    """The ``viewBox`` of the map, "0 0 975 610"."""
    return " ".join(str(value) for value in VIEW_BOX)
