"""Read-only JSON API for states and bills, plus the CSV export.

``urlpatterns`` are relative to ``/api/v1/``; ``OPENAPI_PATHS`` and
``OPENAPI_SCHEMAS`` document them (collected by :mod:`endqi.api`). Only
published bills are visible. Every list endpoint runs a constant number of
queries however many bills there are.

Scorecards have the shape of ``endqi evaluate --format json``
(``Scorecard.to_dict()``: ``groups`` and ``criteria``), with each criterion's
automatic verdict and any reviewer override added.
"""

from __future__ import annotations

import csv
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path, reverse
from django.views.decorators.http import require_safe

from endqi.api.errors import json_error
from endqi.api.schema import error_response, json_response, ref, state_parameter
from endqi.legislation.models import Bill, State, TextCoverage
from endqi.legislation.status import BillStatus, StatusOutcome, status_outcome
from endqi.legislation.versions import version_changes
from endqi.rubric import GROUPS_BY_ID, Verdict
from endqi.states import STATES_BY_ABBR

API_PREFIX = "/api/v1"


def _state_or_none(abbr: str) -> str | None:
    """Upper-case abbreviation when ``abbr`` names one of the 50 states or DC."""
    key = (abbr or "").strip().upper()
    return key if key in STATES_BY_ABBR else None


def bill_summary(bill: Bill) -> dict[str, Any]:
    """A bill's facts and its scorecard (``None`` when it has not been evaluated)."""
    evaluation = bill.current_evaluation
    return {
        "id": bill.pk,
        "state": bill.state.abbr,
        "jurisdiction": {
            "kind": "local" if bill.is_local else "state",
            "state": bill.state.abbr,
            "locality": bill.locality or None,
            "name": bill.jurisdiction_name,
        },
        "identifier": bill.identifier,
        "law_number": bill.law_number or None,
        "slug": bill.slug,
        "session": bill.session or None,
        "year": bill.year,
        "title": bill.title or None,
        "sponsors": list(bill.sponsors or []),
        "short_description": bill.short_description or None,
        "status": bill.status,
        "status_label": bill.status_label,
        "status_outcome": status_outcome(bill.status).value,
        "status_date": bill.status_date.isoformat() if bill.status_date else None,
        "status_checked": bill.status_checked.isoformat() if bill.status_checked else None,
        "text_checked": bill.text_checked.isoformat() if bill.text_checked else None,
        "source_url": bill.source_url or None,
        "openstates_id": bill.openstates_id,
        "legiscan_id": bill.legiscan_id,
        "url": bill.get_absolute_url(),
        "api_url": reverse("api-bill", kwargs={"bill_id": bill.pk}),
        "updated": bill.updated.isoformat(),
        "scorecard": evaluation.to_dict() if evaluation else None,
    }


def bill_detail(bill: Bill) -> dict[str, Any]:
    """:func:`bill_summary` plus status history, versions and the evaluated text."""
    data = bill_summary(bill)
    evaluation = bill.current_evaluation
    data["status_history"] = [
        {
            "status": change.status,
            "status_label": change.get_status_display(),
            "date": change.date.isoformat() if change.date else None,
            "note": change.note or None,
        }
        for change in bill.status_history()
    ]
    data["versions"] = [
        {
            "id": version.pk,
            "label": version.label,
            "coverage": version.coverage,
            "version_date": version.version_date.isoformat() if version.version_date else None,
            "source_url": version.source_url or None,
            "media_type": version.media_type,
            "fetched": version.fetched.isoformat() if version.fetched else None,
            "sha256": version.sha256 or None,
            "created": version.created.isoformat(),
        }
        for version in bill.versions.order_by("created", "id")
    ]
    data["text_links"] = list(bill.text_links or [])
    data["version_changes"] = [change.to_dict() for change in version_changes(bill)]
    # Evidence offsets index this text.
    data["evaluated_text"] = evaluation.version.text if evaluation else None
    return data


def state_summary(state: State) -> dict[str, Any]:
    """A state's facts with its number of published bills and its best bill."""
    bills = state.published_bills()
    best = state.best_bill()
    best_data = None
    if best is not None:
        evaluation = best.current_evaluation
        best_data = {
            "id": best.pk,
            "identifier": best.identifier,
            "year": best.year,
            "status": best.status,
            "status_outcome": status_outcome(best.status).value,
            "groups": [group.to_dict() for group in evaluation.groups] if evaluation else None,
            "assessed": evaluation.assessed_count() if evaluation else 0,
            "assessed_share": round(evaluation.assessed_share(), 4) if evaluation else None,
            "url": best.get_absolute_url(),
        }
    return {
        "abbr": state.abbr,
        "name": state.name,
        "fips": state.fips,
        "url": state.get_absolute_url(),
        "api_url": reverse("api-state", kwargs={"abbr": state.slug}),
        "bill_count": len(bills),
        "local_bill_count": len(state.local_bills()),
        "best_bill": best_data,
    }


@require_safe
def states_view(request: HttpRequest) -> JsonResponse:
    """``GET /api/v1/states``: every state with its best bill."""
    states = State.objects.with_published_bills()
    return JsonResponse({"states": [state_summary(state) for state in states]})


@require_safe
def state_view(request: HttpRequest, abbr: str) -> JsonResponse:
    """``GET /api/v1/states/<abbr>``: one state with all its bills and scorecards."""
    key = _state_or_none(abbr)
    state = State.objects.with_published_bills().filter(abbr=key).first() if key else None
    if state is None:
        return json_error(404, f"Unknown state {abbr!r}; use a postal abbreviation like 'mo'.")
    data = state_summary(state)
    data["bills"] = [bill_summary(bill) for bill in _sorted_bills(state.published_bills())]
    return JsonResponse(data)


def _sorted_bills(bills: list[Bill]) -> list[Bill]:
    """Newest first, then by identifier."""
    return sorted(bills, key=lambda bill: (-(bill.year or 0), bill.identifier))


def _filtered_bills(request: HttpRequest) -> tuple[Any, JsonResponse | None]:
    """Published bills, filtered by ``?state=``; a 400 response for an unknown state."""
    bills = Bill.objects.published().with_scorecards()
    state = request.GET.get("state")
    if state:
        key = _state_or_none(state)
        if key is None:
            return None, json_error(
                400, f"Unknown state {state!r}; use a postal abbreviation like 'mo'."
            )
        bills = bills.filter(state__abbr=key)
    return bills, None


@require_safe
def bills_view(request: HttpRequest) -> JsonResponse:
    """``GET /api/v1/bills[?state=mo]``: published bills with scorecards."""
    bills, error = _filtered_bills(request)
    if error is not None:
        return error
    return JsonResponse({"bills": [bill_summary(bill) for bill in bills]})


@require_safe
def bill_view(request: HttpRequest, bill_id: int) -> JsonResponse:
    """``GET /api/v1/bills/<id>``: one bill with history, versions and evaluated text."""
    bill = Bill.objects.published().with_scorecards().filter(pk=bill_id).first()
    if bill is None:
        return json_error(404, f"No published bill with id {bill_id}.")
    return JsonResponse(bill_detail(bill))


CSV_COLUMNS = (
    "state",
    "bill_id",
    "identifier",
    "year",
    "status",
    "status_date",
    "group",
    "criterion_id",
    "criterion_title",
    "verdict",
    "assessed",
    "points",
    "automatic_verdict",
    "reviewed",
    "evidence",
    "bill_url",
)


def _spreadsheet_safe(value: str) -> str:
    """Prefix text a spreadsheet would run as a formula (=, +, -, @) with a quote."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@require_safe
def bills_csv_view(request: HttpRequest) -> HttpResponse:
    """``GET /api/v1/bills.csv[?state=mo]``: one row per bill × criterion."""
    bills, error = _filtered_bills(request)
    if error is not None:
        return error
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="endqi-bills.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for bill in bills:
        evaluation = bill.current_evaluation
        if evaluation is None:
            continue
        for result in evaluation.ordered_results():
            quotes = " | ".join(" ".join(item.quote.split()) for item in result.evidence_items())
            writer.writerow(
                [
                    bill.state.abbr,
                    bill.pk,
                    _spreadsheet_safe(bill.identifier),
                    bill.year or "",
                    bill.status,
                    bill.status_date.isoformat() if bill.status_date else "",
                    GROUPS_BY_ID[result.criterion.group].id,
                    result.criterion_id,
                    result.criterion.title,
                    result.effective_verdict.value,
                    "yes" if result.is_assessed else "no",
                    result.points,
                    result.verdict,
                    "yes" if result.is_overridden else "no",
                    _spreadsheet_safe(quotes),
                    request.build_absolute_uri(bill.get_absolute_url()),
                ]
            )
    return response


urlpatterns = [
    path("states", states_view, name="api-states"),
    path("states/<str:abbr>", state_view, name="api-state"),
    path("bills", bills_view, name="api-bills"),
    path("bills.csv", bills_csv_view, name="api-bills-csv"),
    path("bills/<int:bill_id>", bill_view, name="api-bill"),
]


# --- OpenAPI -------------------------------------------------------------------------


_ERROR_RESPONSE = error_response()
_NULLABLE_STRING = {"type": ["string", "null"]}
_STATE_PARAMETER = state_parameter()
# Short local names: the schemas below use them on almost every line.
_ref, _json_response = ref, json_response

OPENAPI_PATHS: dict[str, Any] = {
    f"{API_PREFIX}/states": {
        "get": {
            "operationId": "listStates",
            "summary": "All 50 states and DC, each with its best published bill",
            "tags": ["legislation"],
            "responses": {
                "200": _json_response(
                    "States",
                    {
                        "type": "object",
                        "required": ["states"],
                        "properties": {"states": {"type": "array", "items": _ref("StateSummary")}},
                    },
                )
            },
        }
    },
    f"{API_PREFIX}/states/{{abbr}}": {
        "get": {
            "operationId": "getState",
            "summary": "One state with all its published bills and their scorecards",
            "tags": ["legislation"],
            "parameters": [
                {
                    "name": "abbr",
                    "in": "path",
                    "required": True,
                    "description": "Postal abbreviation, any case (e.g. mo).",
                    "schema": {"type": "string"},
                }
            ],
            "responses": {
                "200": _json_response("The state", _ref("State")),
                "404": _ERROR_RESPONSE,
            },
        }
    },
    f"{API_PREFIX}/bills": {
        "get": {
            "operationId": "listBills",
            "summary": "Published bills with their scorecards",
            "tags": ["legislation"],
            "parameters": [_STATE_PARAMETER],
            "responses": {
                "200": _json_response(
                    "Bills",
                    {
                        "type": "object",
                        "required": ["bills"],
                        "properties": {"bills": {"type": "array", "items": _ref("Bill")}},
                    },
                ),
                "400": _ERROR_RESPONSE,
            },
        }
    },
    f"{API_PREFIX}/bills.csv": {
        "get": {
            "operationId": "exportBillsCsv",
            "summary": "CSV export: one row per bill and criterion",
            "description": "Columns: " + ", ".join(CSV_COLUMNS) + ".",
            "tags": ["legislation"],
            "parameters": [_STATE_PARAMETER],
            "responses": {
                "200": {
                    "description": "CSV file",
                    "content": {"text/csv": {"schema": {"type": "string"}}},
                },
                "400": _ERROR_RESPONSE,
            },
        }
    },
    f"{API_PREFIX}/bills/{{bill_id}}": {
        "get": {
            "operationId": "getBill",
            "summary": "One published bill with status history, versions and evaluated text",
            "tags": ["legislation"],
            "parameters": [
                {
                    "name": "bill_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 1},
                }
            ],
            "responses": {
                "200": _json_response("The bill", _ref("BillDetail")),
                "404": _ERROR_RESPONSE,
            },
        }
    },
}

_STATUS_ENUM = list(BillStatus.values)
_OUTCOME_ENUM = list(StatusOutcome.values)
_VERDICT_ENUM = [verdict.value for verdict in Verdict]

OPENAPI_SCHEMAS: dict[str, Any] = {
    "GroupScore": {
        "type": "object",
        "required": ["id", "score", "max", "text"],
        "description": (
            "A group's score over the criteria the evaluated text decides. When the text is "
            "only passages of the bill, criteria it is silent on are not assessed and are "
            "left out of `score` (they are not counted as unmet)."
        ),
        "properties": {
            "id": {"type": "string", "enum": list(GROUPS_BY_ID)},
            "score": {"type": "number", "description": "Points over the assessed criteria."},
            "max": {"type": "integer", "description": "Number of criteria in the group."},
            "assessed": {
                "type": "integer",
                "description": "How many of the group's criteria were assessed (max when all).",
            },
            "text": {
                "type": "string",
                "description": 'As advocates write it: "3/4"; "2/3 assessed of 4" when '
                'some criteria were not assessed; "0 of 5 assessed" when none were.',
            },
        },
    },
    "Evidence": {
        "type": "object",
        "required": ["quote", "start", "end"],
        "description": "A quoted span; quote == evaluated_text[start:end].",
        "properties": {
            "quote": {"type": "string"},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "section": _NULLABLE_STRING,
            "page": {"type": ["integer", "null"]},
            "line": {"type": ["integer", "null"]},
        },
    },
    "CriterionResult": {
        "type": "object",
        "required": ["id", "group", "title", "verdict", "points", "explanation", "evidence"],
        "properties": {
            "id": {"type": "string", "description": "Rubric criterion id, e.g. end.damage_caps"},
            "group": {"type": "string"},
            "title": {"type": "string"},
            "verdict": {
                "type": "string",
                "enum": _VERDICT_ENUM,
                "description": "Effective verdict (a reviewer's override when there is one).",
            },
            "points": {"type": "number"},
            "assessed": {
                "type": "boolean",
                "description": (
                    "False when the evaluated text is only passages of the bill and says "
                    "nothing on this criterion (automatic verdict no, no evidence): pages "
                    'show "not in the text we have" instead of the verdict, and the '
                    "criterion does not count in group scores, the map or rankings. A "
                    "reviewer's override always counts as assessed."
                ),
            },
            "explanation": {"type": "string"},
            "confidence": {"type": "number"},
            "evidence": {"type": "array", "items": _ref("Evidence")},
            "automatic": {
                "type": "object",
                "properties": {
                    "verdict": {"type": "string", "enum": _VERDICT_ENUM},
                    "assessed": {"type": "boolean"},
                    "explanation": {"type": "string"},
                    "confidence": {"type": "number"},
                },
            },
            "reviewed": {"type": "boolean"},
            "override": {
                "type": ["object", "null"],
                "properties": {
                    "verdict": {"type": "string", "enum": _VERDICT_ENUM},
                    "note": {"type": "string"},
                    "by": _NULLABLE_STRING,
                    "at": _NULLABLE_STRING,
                    "automatic_disagrees": {"type": "boolean"},
                },
            },
        },
    },
    "Scorecard": {
        "type": "object",
        "required": ["rubric_version", "groups", "criteria"],
        "description": "Same shape as `endqi evaluate --format json`, plus `evaluation`.",
        "properties": {
            "rubric_version": {"type": "string"},
            "source": {"type": ["object", "null"]},
            "state": _NULLABLE_STRING,
            "relevant": {"type": "boolean"},
            "assessed": {
                "type": "integer",
                "description": "How many of the nine criteria the evaluated text decides.",
            },
            "groups": {"type": "array", "items": _ref("GroupScore")},
            "criteria": {"type": "array", "items": _ref("CriterionResult")},
            "evaluation": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "kind": {"type": "string", "enum": ["automatic", "reviewed"]},
                    "engine_version": {"type": "string"},
                    "created_at": _NULLABLE_STRING,
                    "reviewed_by": _NULLABLE_STRING,
                    "reviewed_at": _NULLABLE_STRING,
                    "version": _ref("VersionRef"),
                },
            },
        },
    },
    "VersionRef": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "label": {"type": "string"},
            "source_url": _NULLABLE_STRING,
            "media_type": {"type": "string"},
            "coverage": {
                "type": "string",
                "enum": list(TextCoverage.values),
                "description": "whole: the whole bill; passage: only passages of it.",
            },
            "version_date": {"type": ["string", "null"], "format": "date"},
            "fetched": {"type": ["string", "null"], "format": "date"},
        },
    },
    "VersionChange": {
        "type": "object",
        "description": "What changed from one version of a bill to the next.",
        "properties": {
            "from_version": {"type": "object"},
            "to_version": {"type": "object"},
            "added": {"type": "string", "format": "date-time"},
            "involves_passage": {
                "type": "boolean",
                "description": "Either text is only passages: a change may reflect coverage.",
            },
            "summary": {"type": "string"},
            "criteria": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "criterion_id": {"type": "string"},
                        "title": {"type": "string"},
                        "before": {"type": "string"},
                        "after": {"type": "string"},
                        "direction": {"type": "string", "enum": ["gained", "lost", "same"]},
                        "clauses_added": {"type": "array", "items": {"type": "string"}},
                        "clauses_removed": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
        },
    },
    "Bill": {
        "type": "object",
        "required": ["id", "state", "identifier", "status", "url", "scorecard"],
        "properties": {
            "id": {"type": "integer"},
            "state": {"type": "string"},
            "jurisdiction": {
                "type": "object",
                "description": "A state bill, or a local law of a city or county in the state.",
                "properties": {
                    "kind": {"type": "string", "enum": ["state", "local"]},
                    "state": {"type": "string"},
                    "locality": _NULLABLE_STRING,
                    "name": {"type": "string"},
                },
            },
            "identifier": {
                "type": "string",
                "description": 'As the legislature numbers it ("HB 30", "Int. 2220-A"); '
                "a bill whose number could not be found is named by its title.",
            },
            "law_number": _NULLABLE_STRING,
            "slug": {"type": "string"},
            "session": _NULLABLE_STRING,
            "year": {"type": ["integer", "null"]},
            "title": _NULLABLE_STRING,
            "sponsors": {"type": "array", "items": {"type": "string"}},
            "short_description": _NULLABLE_STRING,
            "status": {"type": "string", "enum": _STATUS_ENUM},
            "status_label": {"type": "string"},
            "status_outcome": {"type": "string", "enum": _OUTCOME_ENUM},
            "status_date": {"type": ["string", "null"], "format": "date"},
            "status_checked": {
                "type": ["string", "null"],
                "format": "date",
                "description": "When the status was last checked against the legislature.",
            },
            "text_checked": {
                "type": ["string", "null"],
                "format": "date",
                "description": "When the stored text was last checked against the legislature.",
            },
            "source_url": {
                "type": ["string", "null"],
                "description": "The bill's page at the legislature (or city council) itself.",
            },
            "openstates_id": _NULLABLE_STRING,
            "legiscan_id": {"type": ["integer", "null"]},
            "url": {"type": "string"},
            "api_url": {"type": "string"},
            "updated": {"type": "string", "format": "date-time"},
            "scorecard": {"oneOf": [_ref("Scorecard"), {"type": "null"}]},
        },
    },
    "BillDetail": {
        "allOf": [
            _ref("Bill"),
            {
                "type": "object",
                "properties": {
                    "status_history": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "status": {"type": "string", "enum": _STATUS_ENUM},
                                "status_label": {"type": "string"},
                                "date": {"type": ["string", "null"], "format": "date"},
                                "note": _NULLABLE_STRING,
                            },
                        },
                    },
                    "versions": {"type": "array", "items": _ref("VersionRef")},
                    "version_changes": {
                        "type": "array",
                        "items": _ref("VersionChange"),
                        "description": "Newest first; empty when the bill has one version.",
                    },
                    "text_links": {"type": "array", "items": {"type": "object"}},
                    "evaluated_text": _NULLABLE_STRING,
                },
            },
        ]
    },
    "StateSummary": {
        "type": "object",
        "required": ["abbr", "name", "fips", "url", "bill_count", "best_bill"],
        "properties": {
            "abbr": {"type": "string"},
            "name": {"type": "string"},
            "fips": {"type": "string"},
            "url": {"type": "string"},
            "api_url": {"type": "string"},
            "bill_count": {"type": "integer"},
            "local_bill_count": {
                "type": "integer",
                "description": "City or county laws in the state (never its best bill).",
            },
            "best_bill": {
                "type": ["object", "null"],
                "properties": {
                    "id": {"type": "integer"},
                    "identifier": {"type": "string"},
                    "year": {"type": ["integer", "null"]},
                    "status": {"type": "string", "enum": _STATUS_ENUM},
                    "status_outcome": {"type": "string", "enum": _OUTCOME_ENUM},
                    "groups": {"type": ["array", "null"], "items": _ref("GroupScore")},
                    "assessed": {"type": "integer"},
                    "assessed_share": {
                        "type": ["number", "null"],
                        "description": "Points per assessed criterion, 0 to 1 (map tiers).",
                    },
                    "url": {"type": "string"},
                },
            },
        },
    },
    "State": {
        "allOf": [
            _ref("StateSummary"),
            {
                "type": "object",
                "required": ["bills"],
                "properties": {"bills": {"type": "array", "items": _ref("Bill")}},
            },
        ]
    },
}
