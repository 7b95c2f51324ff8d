"""Draw the United States as inline SVG from ``us-atlas`` TopoJSON, in Python.

``us-atlas``'s ``states-albers-10m.json`` is already projected (Albers USA,
Alaska and Hawaii moved) for a 975×610 view box, so no projection is needed:
the arcs are delta-decoded, the quantization transform is applied, rings are
stitched from arcs, and each state becomes one SVG path. The geometry is
installed from npm at build time; nothing is fetched at run time.

Pure Python (no Django): the page code decides colours and links and passes
them in as :class:`StateStyle` values.
"""

from __future__ import annotations

import html
import itertools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VIEW_BOX = (0, 0, 975, 610)
ATLAS_FILE = ("us-atlas", "states-albers-10m.json")
INSTALL_HINT = "npm ci"

Point = tuple[float, float]


class MapDataMissing(FileNotFoundError):
    """The us-atlas geometry is not installed (run ``npm ci``)."""


@dataclass(frozen=True, slots=True)
class StateShape:
    """One state's outline: FIPS code, name, SVG path data and a point inside it for markers."""

    fips: str
    name: str
    path_data: str
    label_point: Point


@dataclass(frozen=True, slots=True)
class StateStyle:
    """How to draw one state: CSS classes, a link and the tooltip / accessible name."""

    css_class: str
    href: str
    label: str
    marker: bool = False  # draw a dot on the state (a second, non-colour cue)


def atlas_path(node_modules_dir: Path) -> Path:
    """Where ``states-albers-10m.json`` lives under a ``node_modules`` folder."""
    return Path(node_modules_dir).joinpath(*ATLAS_FILE)


def decode_arcs(topology: Mapping) -> list[list[Point]]:
    """Every arc as absolute coordinates: delta-decoded, then quantization undone."""
    transform = topology.get("transform")
    arcs: list[list[Point]] = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (scale_x, scale_y), (shift_x, shift_y) = transform["scale"], transform["translate"]
        x = y = 0
        points: list[Point] = []
        for position in arc:
            # Quantized arcs store each position as a delta from the previous one.
            x += position[0]
            y += position[1]
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def stitch_ring(arc_indexes: Sequence[int], arcs: Sequence[Sequence[Point]]) -> list[Point]:
    """Join arcs into one closed ring; a negative index ``~i`` means arc ``i`` reversed."""
    ring: list[Point] = []
    for index in arc_indexes:
        points = list(arcs[~index])[::-1] if index < 0 else list(arcs[index])
        # Consecutive arcs share their joining point; keep it once.
        ring.extend(points[1:] if ring else points)
    return ring


def _polygons(geometry: Mapping) -> list[list[list[int]]]:
    """The arc-index polygons of a Polygon or MultiPolygon geometry."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def ring_path_data(ring: Sequence[Point], precision: int = 1) -> str:
    """SVG path data for one ring: absolute start, relative moves, closed.

    Relative ``l`` steps at one decimal keep the whole map near 100 kB;
    steps that round to nothing are dropped.
    """
    if not ring:
        return ""
    factor = 10**precision
    # Work in rounded integer units so the relative steps never drift.
    units = [(round(x * factor), round(y * factor)) for x, y in ring]
    start_x, start_y = units[0]
    parts = [f"M{_fmt(start_x, factor)} {_fmt(start_y, factor)}"]
    last_x, last_y = start_x, start_y
    steps: list[str] = []
    for x, y in units[1:]:
        if (x, y) == (last_x, last_y):
            continue
        steps.append(f"{_fmt(x - last_x, factor)} {_fmt(y - last_y, factor)}")
        last_x, last_y = x, y
    if steps:
        parts.append("l" + " ".join(steps))
    parts.append("z")
    return "".join(parts)


def _fmt(value: int, factor: int) -> str:
    """An integer number of 1/factor units as the shortest decimal string."""
    text = f"{value / factor:.{len(str(factor)) - 1}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def ring_area_and_centroid(ring: Sequence[Point]) -> tuple[float, Point]:
    """Unsigned area and centroid of a closed ring (shoelace formula)."""
    twice_area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        cross = x1 * y2 - x2 * y1
        twice_area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if not twice_area:
        x, y = ring[0] if ring else (0.0, 0.0)
        return 0.0, (x, y)
    return abs(twice_area) / 2, (cx / (3 * twice_area), cy / (3 * twice_area))


def state_shapes_from_topology(topology: Mapping) -> list[StateShape]:
    """One :class:`StateShape` per geometry of the ``states`` object, in file order."""
    arcs = decode_arcs(topology)
    shapes: list[StateShape] = []
    for geometry in topology["objects"]["states"]["geometries"]:
        polygons = [
            [stitch_ring(ring, arcs) for ring in polygon] for polygon in _polygons(geometry)
        ]
        # Markers go at the centroid of the largest outer ring (Michigan's lower peninsula,
        # not the lake between its two parts).
        outer = [ring_area_and_centroid(polygon[0]) for polygon in polygons if polygon]
        label_point = max(outer)[1] if outer else (0.0, 0.0)
        shapes.append(
            StateShape(
                fips=str(geometry["id"]).zfill(2),
                name=geometry.get("properties", {}).get("name", ""),
                path_data="".join(ring_path_data(ring) for polygon in polygons for ring in polygon),
                label_point=(round(label_point[0], 1), round(label_point[1], 1)),
            )
        )
    return shapes


@lru_cache(maxsize=4)
def load_state_shapes(path: Path) -> tuple[StateShape, ...]:
    """Read and decode the atlas file once per process.

    Raises :class:`MapDataMissing` naming the install command if the file is absent.
    """
    path = Path(path)
    if not path.is_file():
        raise MapDataMissing(
            f"map geometry not found at {path}; install the front-end packages with `{INSTALL_HINT}`"
        )
    with path.open(encoding="utf-8") as handle:
        topology = json.load(handle)
    return tuple(state_shapes_from_topology(topology))


def render_svg(
    shapes: Sequence[StateShape],
    styles: Mapping[str, StateStyle],
    *,
    title: str,
    description: str,
    defs: str = "",
    svg_id: str = "us-map",
) -> str:
    """The map as an inline ``<svg>`` string; ``styles`` is keyed by FIPS code.

    Each styled state is a focusable link with a ``<title>`` (its accessible
    name and tooltip). States are written in A–Z order of their names, which is
    the order screen readers and the Tab key go through them. Every attribute and text value is escaped here; ``defs``
    is trusted markup (patterns) written by the caller.
    """
    esc = html.escape
    x0, y0, width, height = VIEW_BOX
    out = [
        f'<svg id="{esc(svg_id)}" class="us-map" viewBox="{x0} {y0} {width} {height}" '
        f'role="group" aria-labelledby="{esc(svg_id)}-title {esc(svg_id)}-desc" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{esc(svg_id)}-title">{esc(title)}</title>',
        f'<desc id="{esc(svg_id)}-desc">{esc(description)}</desc>',
    ]
    if defs:
        out.append(f"<defs>{defs}</defs>")
    for shape in sorted(shapes, key=lambda shape: shape.name):
        style = styles.get(shape.fips)
        if style is None:
            out.append(
                f'<path class="state" d="{shape.path_data}"><title>{esc(shape.name)}</title></path>'
            )
            continue
        marker = ""
        if style.marker:
            x, y = shape.label_point
            marker = f'<circle class="marker" cx="{x}" cy="{y}" r="5"/>'
        out.append(
            f'<a class="state-link" href="{esc(style.href)}">'
            f"<title>{esc(style.label)}</title>"
            f'<path class="state {esc(style.css_class)}" d="{shape.path_data}"/>{marker}</a>'
        )
    out.append("</svg>")
    return "".join(out)
