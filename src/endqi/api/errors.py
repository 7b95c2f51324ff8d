"""The one shape of every API error, and the one way to read a JSON body.

Every ``/api/v1/`` error is ``{"error": "one sentence"}`` with its HTTP status,
whether a view, the method check, the CSRF check or an uncaught bug produced it
(:mod:`endqi.api.middleware` turns the non-JSON ones into this shape). The API
modules answer errors with :func:`json_error` and document them with
:func:`endqi.api.schema.error_response` (one ``Error`` schema in the OpenAPI document).
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, JsonResponse


class BadJson(ValueError):
    """The request body is not acceptable JSON; the message says why (answer 400)."""


def json_error(status: int, message: str, **headers: str) -> JsonResponse:
    """``{"error": message}`` with ``status`` (and any extra response headers)."""
    response = JsonResponse({"error": message}, status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def parse_json_body(request: HttpRequest) -> Any:
    """The request body parsed as strict JSON; :class:`BadJson` for anything malformed.

    Malformed includes what Python's parser would accept or crash on: invalid
    UTF-8, nesting too deep for the parser (100,000 nested arrays), integers over
    Python's digit limit, non-finite numbers (``NaN``) and strings holding lone
    UTF-16 surrogates (``"\\ud800"``), which no later step could encode.
    """
    try:
        text = (request.body or b"").decode("utf-8")
    except UnicodeDecodeError:
        raise BadJson("The request body is not UTF-8.") from None
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise BadJson("The JSON is nested too deeply.") from None
    except ValueError as error:  # JSONDecodeError, and the integer digit limit
        raise BadJson(f"The request body is not valid JSON ({_first_line(error)}).") from None
    _refuse_surrogates(value)
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _first_line(error: Exception) -> str:
    return (str(error).splitlines() or ["malformed"])[0][:120]


def _refuse_surrogates(value: Any) -> None:
    """Raise :class:`BadJson` when any string (key or value) cannot be encoded as UTF-8."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            _check_string(item)
        elif isinstance(item, dict):
            for key, inner in item.items():
                _check_string(key)
                pending.append(inner)
        elif isinstance(item, list):
            pending.extend(item)


def _check_string(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadJson("The JSON holds a lone UTF-16 surrogate, which is not text.") from None
