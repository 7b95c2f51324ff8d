"""API endpoints of the officials app: ``urlpatterns`` and ``OPENAPI_PATHS`` (collected by endqi.api).

- ``GET /api/v1/officials?state=mo``: current officials of a state.
- ``GET /api/v1/officials/lookup?lat=..&lon=..`` (or ``zip=``, or ``state=`` with
  ``district_upper``/``district_lower``): who represents a place.

Bad parameters get a 400 with ``{"error": "<one sentence>"}``.
"""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.http import require_GET

from endqi.api.errors import json_error
from endqi.api.schema import error_response, json_response, ref, state_parameter
from endqi.officials import lookup


@require_GET
def officials_list(request: HttpRequest) -> JsonResponse:
    """Current officials of one state."""
    state = (request.GET.get("state") or "").strip()
    if not state:
        return json_error(400, "The state parameter is required, e.g. ?state=mo.")
    try:
        people = lookup.current_officials(state)
    except lookup.LookupInputError as problem:
        return json_error(400, str(problem))
    abbr = state.upper()
    return JsonResponse(
        {
            "state": abbr,
            "count": len(people),
            "officials_loaded": bool(people),
            "results": [person.as_dict() for person in people],
        }
    )


@require_GET
def officials_lookup(request: HttpRequest) -> JsonResponse:
    """Who represents a point, a ZIP code or chosen districts."""
    params = lookup.clean_params(request.GET)
    params.pop("address", None)  # the API never calls the outside geocoder
    state = (request.GET.get("state") or "").strip() or None
    try:
        result = lookup.lookup_from_params(params, state)
    except lookup.LookupInputError as problem:
        return json_error(400, str(problem))
    if result is None:
        return json_error(
            400, "Give lat and lon, or zip, or state with district_upper/district_lower."
        )
    return JsonResponse(result.as_dict())


urlpatterns = [
    path("officials", officials_list, name="api-officials"),
    path("officials/lookup", officials_lookup, name="api-officials-lookup"),
]


OPENAPI_PATHS: dict = {
    "/api/v1/officials": {
        "get": {
            "summary": "Current state legislators and statewide officials of a state",
            "operationId": "listOfficials",
            "tags": ["officials"],
            "parameters": [state_parameter(required=True)],
            "responses": {
                "200": {
                    "description": "Officials with their current roles and contact details.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "state": {"type": "string"},
                                    "count": {"type": "integer"},
                                    "officials_loaded": {"type": "boolean"},
                                    "results": {
                                        "type": "array",
                                        "items": ref("Official"),
                                    },
                                },
                            }
                        }
                    },
                },
                "400": error_response("Missing or unknown state."),
            },
        }
    },
    "/api/v1/officials/lookup": {
        "get": {
            "summary": "Find who represents a place",
            "description": (
                "Exact with lat and lon (district shapes); approximate with zip (the ZIP "
                "code's center, plus every district within a few km in `options`); or the "
                "caller's choice with state and district_upper / district_lower / "
                "district_legislature. Precedence: districts, location, ZIP."
            ),
            "operationId": "lookupOfficials",
            "tags": ["officials"],
            "parameters": [
                {"name": "lat", "in": "query", "schema": {"type": "number", "example": 38.5791}},
                {"name": "lon", "in": "query", "schema": {"type": "number", "example": -92.173}},
                {"name": "zip", "in": "query", "schema": {"type": "string", "example": "65101"}},
                state_parameter(),
                {
                    "name": "district_upper",
                    "in": "query",
                    "schema": {"type": "string", "example": "6"},
                },
                {
                    "name": "district_lower",
                    "in": "query",
                    "schema": {"type": "string", "example": "60"},
                },
                {"name": "district_legislature", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": json_response(
                    "The state, seats, officials and (for ZIP codes) possible districts.",
                    ref("OfficialsLookup"),
                ),
                "400": error_response("Bad or missing parameters."),
            },
        }
    },
}

OPENAPI_SCHEMAS: dict = {
    "Official": {
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Open States person id, or staff/<n>."},
            "name": {"type": "string"},
            "given_name": {"type": "string"},
            "family_name": {"type": "string"},
            "state": {"type": "string"},
            "party": {"type": "string"},
            "email": {"type": "string"},
            "phone": {"type": "string"},
            "image_url": {"type": "string", "description": "Remote photo URL (a link)."},
            "offices": {"type": "array", "items": {"type": "object"}},
            "links": {"type": "array", "items": {"type": "object"}},
            "current": {"type": "boolean"},
            "roles": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string"},
                        "title": {"type": "string"},
                        "chamber": {"type": "string"},
                        "district": {"type": "string"},
                        "start_date": {"type": ["string", "null"], "format": "date"},
                        "end_date": {"type": ["string", "null"], "format": "date"},
                    },
                },
            },
            "contact_as_of": {"type": ["string", "null"], "format": "date"},
            "source_commit": {"type": "string"},
            "added_by_staff": {"type": "boolean"},
        },
    },
    "OfficialsLookup": {
        "type": "object",
        "properties": {
            "method": {
                "type": "string",
                "enum": ["location", "address", "zip", "districts", "state"],
            },
            "exact": {"type": "boolean"},
            "state": {"type": ["string", "null"]},
            "state_name": {"type": ["string", "null"]},
            "latitude": {"type": ["number", "null"]},
            "longitude": {"type": ["number", "null"]},
            "zip": {"type": ["string", "null"]},
            "place": {"type": ["string", "null"]},
            "seats": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "chamber": {"type": "string"},
                        "district": {"type": "string"},
                        "vacant": {"type": "boolean"},
                        "vacant_until": {"type": ["string", "null"], "format": "date"},
                        "officials": {
                            "type": "array",
                            "items": ref("Official"),
                        },
                    },
                },
            },
            "governor": {"type": "array", "items": ref("Official")},
            "options": {
                "type": "object",
                "description": "ZIP lookups: per chamber, every district the ZIP code may touch.",
                "additionalProperties": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "chamber": {"type": "string"},
                            "district": {"type": "string"},
                            "contains_centroid": {"type": "boolean"},
                            "distance_km": {"type": "number"},
                        },
                    },
                },
            },
            "districts_loaded": {"type": "boolean"},
            "officials_loaded": {"type": "boolean"},
            "notes": {"type": "array", "items": {"type": "string"}},
        },
    },
}
