"""The JSON shapes of a case study: API records and GeoJSON features."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from endqi.cases.models import CaseStudy
from endqi.cases.vocabulary import Category, Court, Defendants, Outcome, PlacePrecision


def case_to_dict(case: CaseStudy) -> dict[str, Any]:
    """One case as the API's ``CaseStudy`` object (see ``OPENAPI_SCHEMAS``)."""
    data: dict[str, Any] = {
        "slug": case.slug,
        "name": case.name,
        "url": case.get_absolute_url(),
        "api_url": reverse("api-case", kwargs={"slug": case.slug}),
        "court": {
            "code": case.court,
            "label": Court(case.court).label,
            "detail": case.court_detail,
            "name": case.court_long_name,
        },
        "decided": case.decided_iso,
        "decided_precision": case.decided_precision,
        "citation": case.citation or None,
        "citation_raw": case.citation_raw,
        "docket": case.docket,
        "place": {
            "city": case.city,
            "state": case.state.abbr,
            "state_name": case.state.name,
            "latitude": case.latitude,
            "longitude": case.longitude,
            "precision": case.place_precision,
            "precision_label": PlacePrecision(case.place_precision).label,
            "note": case.location_note,
        },
        "incident_date": case.incident_iso or None,
        "incident_precision": case.incident_precision if case.incident_date else None,
        "category": {
            "code": case.category,
            "label": Category(case.category).label,
            "detail": case.category_detail,
        },
        "defendants": {"code": case.defendants, "label": Defendants(case.defendants).label},
        "outcome": {
            "code": case.outcome,
            "label": Outcome(case.outcome).label,
            "detail": case.outcome_detail,
        },
        "shielded": case.shielded,
        "summary": case.summary,
        "reasoning": case.reasoning,
        "sources": list(case.sources),
        "last_checked": case.last_checked.isoformat() if case.last_checked else None,
    }
    distance = getattr(case, "distance_km", None)
    if distance is not None:
        data["distance_km"] = round(distance, 1)
    return data


def case_to_feature(case: CaseStudy) -> dict[str, Any]:
    """One case as a GeoJSON Point feature (RFC 7946: longitude first)."""
    record = case_to_dict(case)
    properties = {
        "slug": record["slug"],
        "name": record["name"],
        "url": record["url"],
        "court": record["court"]["label"],
        "decided": record["decided"],
        "citation": record["citation"],
        "city": case.city,
        "state": case.state.abbr,
        "precision": case.place_precision,
        "category": case.category,
        "outcome": case.outcome,
        "shielded": case.shielded,
        "summary": case.summary,
    }
    if "distance_km" in record:
        properties["distance_km"] = record["distance_km"]
    return {
        "type": "Feature",
        "id": case.slug,
        "geometry": {"type": "Point", "coordinates": [case.longitude, case.latitude]},
        "properties": properties,
    }


def feature_collection(cases: list[CaseStudy]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of cases."""
    return {"type": "FeatureCollection", "features": [case_to_feature(case) for case in cases]}
