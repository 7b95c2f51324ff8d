"""The TopoJSON → SVG map renderer (pure Python, real us-atlas geometry)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from shapely.geometry import Polygon

from endqi.web import usmap

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ATLAS = usmap.atlas_path(PROJECT_ROOT / "node_modules")
SVG_NS = "{http://www.w3.org/2000/svg}"


def path_rings(path_data: str) -> list[list[tuple[float, float]]]:
    """Parse our own path dialect (``M x y l dx dy ... z``) back into absolute rings."""
    rings = []
    for match in re.finditer(r"M([-\d.]+) ([-\d.]+)(?:l([^z]*))?z", path_data):
        x, y = float(match[1]), float(match[2])
        ring = [(x, y)]
        numbers = [float(n) for n in (match[3] or "").split()]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        rings.append(ring)
    return rings


def test_decode_arcs_undoes_delta_encoding_and_quantization() -> None:
    topology = {
        "transform": {"scale": [2, 0.5], "translate": [10, 20]},
        "arcs": [[[1, 2], [3, 0], [0, 4]], [[0, 0], [-1, -1]]],
    }
    assert usmap.decode_arcs(topology) == [
        [(12.0, 21.0), (18.0, 21.0), (18.0, 23.0)],
        [(10.0, 20.0), (8.0, 19.5)],
    ]


def test_decode_arcs_without_transform_keeps_coordinates() -> None:
    assert usmap.decode_arcs({"arcs": [[[1.5, 2], [3, 4]]]}) == [[(1.5, 2.0), (3.0, 4.0)]]


def test_stitch_ring_reverses_negative_arcs_and_drops_shared_points() -> None:
    arcs = [[(0, 0), (1, 0), (1, 1)], [(0, 0), (0, 1), (1, 1)]]
    # Arc 0 forward, then arc 1 backwards (~1 == -2): a closed square.
    ring = usmap.stitch_ring([0, ~1], arcs)
    assert ring == [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]


def test_ring_path_data_round_trips_within_rounding() -> None:
    ring = [(10.04, 20.0), (15.26, 20.0), (15.26, 25.55), (10.04, 20.0)]
    parsed = path_rings(usmap.ring_path_data(ring))[0]
    assert len(parsed) == len(ring)
    for (x, y), (px, py) in zip(ring, parsed, strict=True):
        assert abs(x - px) < 0.06 and abs(y - py) < 0.06


@pytest.fixture(scope="module")
def shapes() -> tuple[usmap.StateShape, ...]:
    assert ATLAS.is_file(), "us-atlas is missing: run npm ci"
    return usmap.load_state_shapes(ATLAS)


def test_real_atlas_has_50_states_and_dc(shapes) -> None:
    from endqi.states import all_states

    assert sorted(shape.fips for shape in shapes) == sorted(s.fips for s in all_states())


def test_every_stitched_ring_is_closed_and_inside_the_bounding_box(shapes) -> None:
    import json

    # The file's own bbox (the far Aleutians poke out left of the 975×610 view box).
    min_x, min_y, max_x, max_y = json.loads(ATLAS.read_text())["bbox"]
    for shape in shapes:
        rings = path_rings(shape.path_data)
        assert rings, shape.name
        for ring in rings:
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            assert min_x - 0.2 <= min(xs) and max(xs) <= max_x + 0.2, shape.name
            assert min_y - 0.2 <= min(ys) and max(ys) <= max_y + 0.2, shape.name
            # TopoJSON rings end where they start; a wrong stitch breaks this.
            assert abs(ring[0][0] - ring[-1][0]) < 0.2 and abs(ring[0][1] - ring[-1][1]) < 0.2


def test_geography_is_where_it_should_be(shapes) -> None:
    by_name = {shape.name: shape for shape in shapes}

    def polygon(name: str) -> Polygon:
        ring = max(path_rings(by_name[name].path_data), key=lambda r: Polygon(r).area)
        return Polygon(ring)

    missouri, kansas, illinois = polygon("Missouri"), polygon("Kansas"), polygon("Illinois")
    assert kansas.centroid.x < missouri.centroid.x < illinois.centroid.x
    # Neighbours share a border: the outlines touch (within rounding).
    assert missouri.distance(kansas) < 0.5 and missouri.distance(illinois) < 0.5
    assert polygon("Texas").area > 10 * polygon("Connecticut").area
    # North is up: Minnesota above Texas in SVG coordinates (y grows downwards).
    assert polygon("Minnesota").centroid.y < polygon("Texas").centroid.y
    # The marker point of each state lies inside it.
    for name in ("Missouri", "Michigan", "Florida", "Maryland"):
        x, y = by_name[name].label_point
        assert polygon(name).buffer(0.5).contains(Polygon([(x, y), (x + 0.01, y), (x, y + 0.01)]))


def test_render_svg_links_styled_states_and_escapes_text(shapes) -> None:
    missouri = next(shape for shape in shapes if shape.name == "Missouri")
    styles = {
        missouri.fips: usmap.StateStyle(
            css_class="tier-strong", href="/mo/?a=1&b=2", label='Missouri <b>"x"</b>', marker=True
        )
    }
    svg = usmap.render_svg(shapes, styles, title="Map & key", description="d")
    root = ElementTree.fromstring(svg)  # well-formed XML, so the escaping held
    links = root.findall(f"{SVG_NS}a")
    assert len(links) == 1
    assert links[0].get("href") == "/mo/?a=1&b=2"
    assert links[0].find(f"{SVG_NS}title").text == 'Missouri <b>"x"</b>'
    assert links[0].find(f"{SVG_NS}circle") is not None
    assert "tier-strong" in links[0].find(f"{SVG_NS}path").get("class")
    assert len(root.findall(f"{SVG_NS}path")) == len(shapes) - 1
    assert root.find(f"{SVG_NS}title").text == "Map & key"


def test_missing_atlas_names_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(usmap.MapDataMissing, match="npm ci"):
        usmap.load_state_shapes(tmp_path / "nope.json")
