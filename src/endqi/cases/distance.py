"""Great-circle distance, computed in Python so "nearest first" works on any database."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
KM_PER_MILE = 1.609344


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def km_to_miles(km: float) -> float:
    """Kilometres to statute miles."""
    return km / KM_PER_MILE
