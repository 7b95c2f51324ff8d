"""API endpoints of the action app: ``urlpatterns`` and ``OPENAPI_PATHS`` (collected by endqi.api).

``POST /api/v1/evaluate`` scores a draft and returns its gap list. It is exempt
from CSRF because it changes nothing and stores nothing (there is no session
state for a forged request to abuse); it is rate-limited per IP like the page.
"""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from endqi.action.drafts import DraftError, clean_state, score_draft, too_large_message
from endqi.action.limits import EVALUATE_PER_IP
from endqi.action.ratelimit import allow, client_ip, retry_after_seconds
from endqi.api.errors import BadJson, json_error, parse_json_body
from endqi.api.schema import error_response, json_response, ref
from endqi.web.uploads import UploadTooLarge, body_too_large, read_upload


@csrf_exempt
@require_POST
def evaluate_api(request: HttpRequest) -> JsonResponse:
    """Score pasted text (JSON) or an uploaded file (multipart); answer the scorecard + gaps."""
    if body_too_large(request):
        return json_error(413, too_large_message())
    if not allow(EVALUATE_PER_IP, client_ip(request)):
        return json_error(
            429,
            "Too many evaluations from your address; try again later.",
            Retry_After=str(retry_after_seconds(EVALUATE_PER_IP)),
        )
    try:
        if request.content_type == "application/json":
            try:
                payload = parse_json_body(request)
            except BadJson as error:
                return json_error(400, str(error))
            if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
                return json_error(400, 'Send a JSON object with a "text" string.')
            state_value = payload.get("state")
            if state_value is not None and not isinstance(state_value, str):
                return json_error(400, '"state" must be a state abbreviation such as "MO".')
            state = clean_state(state_value)
            result, _ = score_draft(text=payload["text"], state=state)
        elif request.content_type == "multipart/form-data":
            state = clean_state(request.POST.get("state"))
            upload = request.FILES.get("file")
            if upload is not None:
                data = read_upload(upload)
                result, _ = score_draft(data=data, filename=upload.name or "", state=state)
            else:
                result, _ = score_draft(text=request.POST.get("text", ""), state=state)
        else:
            return json_error(
                415, "Send JSON (application/json) or a form upload (multipart/form-data)."
            )
    except DraftError as error:
        return json_error(error.status, str(error))
    except (RequestDataTooBig, UploadTooLarge):
        return json_error(413, too_large_message())
    return JsonResponse(result.to_dict())


urlpatterns = [path("evaluate", evaluate_api, name="api-evaluate")]

_ERROR = error_response()

OPENAPI_PATHS: dict = {
    "/api/v1/evaluate": {
        "post": {
            "summary": "Evaluate a draft bill against the rubric and list its gaps",
            "description": (
                "Scores pasted text or an uploaded PDF, HTML or text file and returns the "
                "scorecard (the shape of `endqi evaluate --format json`) plus `gaps`: for each "
                "criterion not fully met, the model-policy language that would meet it. "
                "Nothing is stored. Rate-limited per client address; over-size bodies get 413."
            ),
            "operationId": "evaluateDraft",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["text"],
                            "properties": {
                                "text": {"type": "string", "description": "The bill's text."},
                                "state": {
                                    "type": "string",
                                    "description": "Postal abbreviation, e.g. MO (optional).",
                                },
                            },
                        }
                    },
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "file": {"type": "string", "format": "binary"},
                                "text": {"type": "string"},
                                "state": {"type": "string"},
                            },
                        }
                    },
                },
            },
            "responses": {
                "200": json_response("The scorecard with its gap list.", ref("DraftEvaluation")),
                "400": _ERROR,
                "413": _ERROR,
                "415": _ERROR,
                "422": {
                    **_ERROR,
                    "description": "Over the evaluation budget (time or memory for one document).",
                },
                "429": _ERROR,
            },
        }
    }
}

OPENAPI_SCHEMAS: dict = {
    "Gap": {
        "type": "object",
        "properties": {
            "id": {"type": "string", "example": "start.failure_to_intervene"},
            "group": {"type": "string", "enum": ["end", "start"]},
            "title": {"type": "string"},
            "verdict": {"type": "string", "enum": ["partial", "no"]},
            "explanation": {"type": "string"},
            "needed": {"type": "string", "description": "What a full point requires."},
            "model_language": {"type": "string"},
            "why_it_matters": {"type": "string"},
        },
    },
    "DraftEvaluation": {
        "type": "object",
        "description": "A scorecard (as `endqi evaluate --format json`) plus gaps and document facts.",
        "properties": {
            "rubric_version": {"type": "string"},
            "source": {"type": ["object", "null"]},
            "state": {"type": ["string", "null"]},
            "relevant": {"type": "boolean"},
            "groups": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "score": {"type": "number"},
                        "max": {"type": "integer"},
                        "text": {"type": "string", "example": "3/4"},
                    },
                },
            },
            "criteria": {"type": "array", "items": {"type": "object"}},
            "gaps": {"type": "array", "items": ref("Gap")},
            "document": {
                "type": "object",
                "properties": {
                    "media_type": {"type": "string"},
                    "sha256": {"type": "string"},
                    "pages": {"type": ["integer", "null"]},
                    "characters": {"type": "integer"},
                },
            },
        },
    },
}
