"""API endpoints of the cases app: ``urlpatterns`` and ``OPENAPI_PATHS`` (collected by endqi.api).

- ``/api/v1/cases``: published cases, with the same filters as ``/cases/``.
- ``/api/v1/cases.geojson``: the same, as a GeoJSON FeatureCollection.
- ``/api/v1/cases/<slug>``: one case.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.http import require_safe

from endqi.api.errors import json_error
from endqi.api.schema import error_response, json_response, ref
from endqi.cases.forms import CaseFilterForm
from endqi.cases.models import CaseStudy
from endqi.cases.search import find_cases
from endqi.cases.serializers import case_to_dict, feature_collection
from endqi.cases.vocabulary import Category, Court, DatePrecision, Outcome, PlacePrecision

GEOJSON_CONTENT_TYPE = "application/geo+json"


def _filtered(request: HttpRequest) -> tuple[list[CaseStudy] | None, JsonResponse | None]:
    """Cases matching the query string, or a 400 answer naming the bad filter."""
    form = CaseFilterForm(request.GET)
    if not form.is_valid():
        return None, json_error(400, form.error_text())
    return find_cases(form.to_query()), None


@require_safe
def cases_list(request: HttpRequest) -> JsonResponse:
    """``GET /api/v1/cases``."""
    cases, error = _filtered(request)
    if error is not None:
        return error
    return JsonResponse(
        {"count": len(cases), "results": [case_to_dict(case) for case in cases]},
        json_dumps_params={"indent": 1},
    )


@require_safe
def cases_geojson(request: HttpRequest) -> JsonResponse:
    """``GET /api/v1/cases.geojson``."""
    cases, error = _filtered(request)
    if error is not None:
        return error
    response = JsonResponse(feature_collection(cases), json_dumps_params={"indent": 1})
    response["Content-Type"] = GEOJSON_CONTENT_TYPE
    return response


@require_safe
def case_detail(request: HttpRequest, slug: str) -> JsonResponse:
    """``GET /api/v1/cases/<slug>``."""
    case = CaseStudy.objects.published().filter(slug=slug).first()
    if case is None:
        return json_error(404, f"No published case study with slug {slug!r}.")
    return JsonResponse(case_to_dict(case), json_dumps_params={"indent": 1})


urlpatterns = [
    path("cases", cases_list, name="api-cases"),
    path("cases.geojson", cases_geojson, name="api-cases-geojson"),
    path("cases/<slug:slug>", case_detail, name="api-case"),
]


def _enum(choices: type) -> list[str]:
    return [value for value, _ in choices.choices]


_FILTER_PARAMETERS: list[dict[str, Any]] = [
    {
        "name": "state",
        "in": "query",
        "description": "Postal abbreviation, any case (tx).",
        "schema": {"type": "string", "pattern": "^[A-Za-z]{2}$"},
    },
    {
        "name": "year_from",
        "in": "query",
        "description": "Decided in or after this year.",
        "schema": {"type": "integer"},
    },
    {
        "name": "year_to",
        "in": "query",
        "description": "Decided in or before this year.",
        "schema": {"type": "integer"},
    },
    {"name": "court", "in": "query", "schema": {"type": "string", "enum": _enum(Court)}},
    {"name": "category", "in": "query", "schema": {"type": "string", "enum": _enum(Category)}},
    {"name": "outcome", "in": "query", "schema": {"type": "string", "enum": _enum(Outcome)}},
    {
        "name": "q",
        "in": "query",
        "description": "Free text; every word must appear in the name, place, summary, "
        "reasoning, citation or docket.",
        "schema": {"type": "string"},
    },
    {
        "name": "near",
        "in": "query",
        "description": 'Order nearest first from a state ("tx") or a point ("32.75,-97.33"); '
        "adds distance_km. Distances are computed per request and never stored.",
        "schema": {"type": "string"},
    },
]
_BAD_REQUEST = error_response("A filter is invalid.")

OPENAPI_PATHS: dict = {
    "/api/v1/cases": {
        "get": {
            "summary": "Case studies (filtered like /cases/)",
            "operationId": "listCases",
            "tags": ["cases"],
            "parameters": _FILTER_PARAMETERS,
            "responses": {
                "200": json_response(
                    "Matching published case studies, newest (or nearest) first.",
                    ref("CaseStudyList"),
                ),
                "400": _BAD_REQUEST,
            },
        }
    },
    "/api/v1/cases.geojson": {
        "get": {
            "summary": "Case studies as GeoJSON points",
            "operationId": "listCasesGeoJSON",
            "tags": ["cases"],
            "parameters": _FILTER_PARAMETERS,
            "responses": {
                "200": {
                    "description": "A FeatureCollection; coordinates are [longitude, latitude].",
                    "content": {GEOJSON_CONTENT_TYPE: {"schema": ref("CaseFeatureCollection")}},
                },
                "400": _BAD_REQUEST,
            },
        }
    },
    "/api/v1/cases/{slug}": {
        "get": {
            "summary": "One case study",
            "operationId": "getCase",
            "tags": ["cases"],
            "parameters": [
                {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": json_response("The case study.", ref("CaseStudy")),
                "404": error_response("No published case with that slug."),
            },
        }
    },
}

_CODE_LABEL = {
    "type": "object",
    "properties": {"code": {"type": "string"}, "label": {"type": "string"}},
}

OPENAPI_SCHEMAS: dict = {
    "CaseStudy": {
        "type": "object",
        "description": "A real court decision on qualified immunity. Facts are allegations as "
        "the court described them; summary and reasoning are endqi's own words.",
        "required": ["slug", "name", "court", "decided", "place", "outcome", "summary"],
        "properties": {
            "slug": {"type": "string"},
            "name": {"type": "string"},
            "url": {"type": "string", "description": "The case's page on this site."},
            "api_url": {"type": "string"},
            "court": {
                "type": "object",
                "properties": {
                    "code": {"type": "string", "enum": _enum(Court)},
                    "label": {"type": "string"},
                    "detail": {"type": "string"},
                    "name": {"type": "string"},
                },
            },
            "decided": {
                "type": "string",
                "description": "ISO date at its precision: 2018-08-30, 2024-01 or 2004.",
            },
            "decided_precision": {"type": "string", "enum": _enum(DatePrecision)},
            "citation": {
                "type": ["string", "null"],
                "description": "First reporter citation, normalised by eyecite.",
            },
            "citation_raw": {"type": "string"},
            "docket": {"type": "string"},
            "place": {
                "type": "object",
                "properties": {
                    "city": {"type": "string"},
                    "state": {"type": "string"},
                    "state_name": {"type": "string"},
                    "latitude": {"type": "number"},
                    "longitude": {"type": "number"},
                    "precision": {"type": "string", "enum": _enum(PlacePrecision)},
                    "precision_label": {"type": "string"},
                    "note": {"type": "string"},
                },
            },
            "incident_date": {"type": ["string", "null"]},
            "incident_precision": {
                "type": ["string", "null"],
                "enum": [*_enum(DatePrecision), None],
            },
            "category": {
                "type": "object",
                "properties": {
                    "code": {"type": "string", "enum": _enum(Category)},
                    "label": {"type": "string"},
                    "detail": {"type": "string"},
                },
            },
            "defendants": _CODE_LABEL,
            "outcome": {
                "type": "object",
                "properties": {
                    "code": {"type": "string", "enum": _enum(Outcome)},
                    "label": {"type": "string"},
                    "detail": {"type": "string"},
                },
            },
            "shielded": {
                "type": "boolean",
                "description": "Officials were shielded by qualified immunity at the last decision.",
            },
            "summary": {"type": "string"},
            "reasoning": {"type": "string"},
            "sources": {"type": "array", "items": {"type": "string", "format": "uri"}},
            "last_checked": {"type": ["string", "null"], "format": "date"},
            "distance_km": {
                "type": "number",
                "description": "Only with ?near=: great-circle distance from that point.",
            },
        },
    },
    "CaseStudyList": {
        "type": "object",
        "properties": {
            "count": {"type": "integer"},
            "results": {"type": "array", "items": ref("CaseStudy")},
        },
    },
    "CaseFeatureCollection": {
        "type": "object",
        "properties": {
            "type": {"const": "FeatureCollection"},
            "features": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "type": {"const": "Feature"},
                        "id": {"type": "string"},
                        "geometry": {
                            "type": "object",
                            "properties": {
                                "type": {"const": "Point"},
                                "coordinates": {
                                    "type": "array",
                                    "items": {"type": "number"},
                                    "minItems": 2,
                                    "maxItems": 2,
                                },
                            },
                        },
                        "properties": {"type": "object"},
                    },
                },
            },
        },
    },
}
