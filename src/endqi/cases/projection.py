"""A pure-Python port of d3's ``geoAlbersUsa`` composite projection.

The national map geometry (``us-atlas/states-albers-10m.json``) was projected
with ``d3.geoAlbersUsa().scale(1300).translate([487.5, 305])`` for a 975×610
viewport. To put a case on that map we must project its longitude/latitude
the same way, including the Alaska and Hawaii insets. This module does that
with the same constants d3 uses: three conic equal-area projections, each
with its own clip rectangle; a point goes to the first one whose rectangle
contains it (lower 48, then Alaska, then Hawaii).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# The viewport of states-albers-10m.json.
MAP_WIDTH = 975
MAP_HEIGHT = 610
MAP_SCALE = 1300.0
MAP_TRANSLATE = (487.5, 305.0)

_EPSILON = 1e-6


@dataclass(frozen=True, slots=True)
class ConicEqualArea:
    """Albers conic equal-area projection with d3's rotate/center/scale/translate.

    Angles are in degrees as d3 takes them; ``rotate_lambda`` is d3's
    ``rotate([λ, 0])`` and ``center`` is d3's ``center([λ, φ])`` (given in the
    rotated frame, so it is not rotated again).
    """

    parallels: tuple[float, float]
    rotate_lambda: float
    center: tuple[float, float]
    scale: float
    translate: tuple[float, float]

    def _raw(self, lam: float, phi: float) -> tuple[float, float]:
        """The unscaled conic equal-area formula (radians in, unit plane out)."""
        phi0, phi1 = (math.radians(p) for p in self.parallels)
        sin0 = math.sin(phi0)
        n = (sin0 + math.sin(phi1)) / 2
        c = 1 + sin0 * (2 * n - sin0)
        r0 = math.sqrt(c) / n
        r = math.sqrt(c - 2 * n * math.sin(phi)) / n
        return r * math.sin(lam * n), r0 - r * math.cos(lam * n)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        """Project a longitude/latitude in degrees to viewport pixels."""
        lam = math.radians(lon + self.rotate_lambda)
        # d3 wraps the rotated longitude back into [-π, π].
        if lam > math.pi:
            lam -= 2 * math.pi
        elif lam < -math.pi:
            lam += 2 * math.pi
        x, y = self._raw(lam, math.radians(lat))
        cx, cy = self._raw(math.radians(self.center[0]), math.radians(self.center[1]))
        tx, ty = self.translate
        return tx + self.scale * (x - cx), ty - self.scale * (y - cy)


@dataclass(frozen=True, slots=True)
class _ClippedPart:
    projection: ConicEqualArea
    x0: float
    y0: float
    x1: float
    y1: float

    def project(self, lon: float, lat: float) -> tuple[float, float] | None:
        x, y = self.projection(lon, lat)
        if self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1:
            return x, y
        return None


def _albers_usa_parts(scale: float, translate: tuple[float, float]) -> tuple[_ClippedPart, ...]:
    """The three clipped projections d3.geoAlbersUsa combines, for a scale and translate."""
    k = scale
    x, y = translate
    lower48 = ConicEqualArea((29.5, 45.5), 96.0, (-0.6, 38.7), k, (x, y))
    alaska = ConicEqualArea(
        (55.0, 65.0), 154.0, (-2.0, 58.5), k * 0.35, (x - 0.307 * k, y + 0.201 * k)
    )
    hawaii = ConicEqualArea((8.0, 18.0), 157.0, (-3.0, 19.9), k, (x - 0.205 * k, y + 0.212 * k))
    e = _EPSILON
    return (
        _ClippedPart(lower48, x - 0.455 * k, y - 0.238 * k, x + 0.455 * k, y + 0.238 * k),
        _ClippedPart(
            alaska, x - 0.425 * k + e, y + 0.120 * k + e, x - 0.214 * k - e, y + 0.234 * k - e
        ),
        _ClippedPart(
            hawaii, x - 0.214 * k + e, y + 0.166 * k + e, x - 0.115 * k - e, y + 0.234 * k - e
        ),
    )


_MAP_PARTS = _albers_usa_parts(MAP_SCALE, MAP_TRANSLATE)


def albers_usa(lon: float, lat: float) -> tuple[float, float] | None:
    """Project a point onto the 975×610 national map; ``None`` if it falls outside every part.

    Same result as ``d3.geoAlbersUsa().scale(1300).translate([487.5, 305])([lon, lat])``.
    """
    for part in _MAP_PARTS:
        point = part.project(lon, lat)
        if point is not None:
            return point
    return None
