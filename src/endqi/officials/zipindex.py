"""ZIP code → nearby districts, computed once per district import.

A ZIP lookup used to intersect district shapes on every request (and each web
worker first had to load every shape of the state). The same answer is now
computed when districts are imported (:func:`rebuild_zip_districts`, called by
``sync_districts`` and by ``endqi index-zips``) and read with one query
(:func:`zip_district_rows`).
"""

from __future__ import annotations

from django.db import transaction

from endqi.legislation.models import State
from endqi.officials import geo
from endqi.officials.models import ZipDistrict
from endqi.officials.vocabulary import ZIP_SEARCH_RADIUS_KM


def zip_centroids(state_abbr: str) -> list[tuple[str, float, float]]:
    """``(zip code, lon, lat)`` of every ZIP of a state with a known centroid."""
    import zipcodes

    return [
        (record["zip_code"], float(record["long"]), float(record["lat"]))
        for record in zipcodes.filter_by(state=state_abbr)
        if record.get("lat") and record.get("long")
    ]


@transaction.atomic
def rebuild_zip_districts(state_abbr: str) -> int:
    """Recompute the rows of every ZIP of ``state_abbr``; returns how many were written."""
    state = State.objects.filter(abbr=state_abbr).first()
    if state is None:
        return 0
    ZipDistrict.objects.filter(state=state).delete()
    rows = []
    for zip_code, lon, lat in zip_centroids(state_abbr):
        for hit in geo.districts_near_point(lon, lat, ZIP_SEARCH_RADIUS_KM):
            if hit.state == state_abbr:
                rows.append(
                    ZipDistrict(
                        zip_code=zip_code,
                        state=state,
                        chamber=hit.chamber,
                        district=hit.name,
                        contains_centroid=hit.contains_point,
                        distance_km=hit.distance_km,
                    )
                )
    ZipDistrict.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def zip_district_rows(zip_code: str, state_abbr: str) -> list[ZipDistrict] | None:
    """The precomputed rows of a ZIP; None when its state was never indexed (use shapes)."""
    rows = list(ZipDistrict.objects.filter(zip_code=zip_code, state__abbr=state_abbr))
    if rows:
        return rows
    if ZipDistrict.objects.filter(state__abbr=state_abbr).exists():
        return []  # indexed, and no district within reach of this ZIP
    return None
