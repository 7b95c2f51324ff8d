"""Every answer under ``/api/`` is JSON, errors included.

Django's own error responses (405 from the method decorators, 404 from the
resolver, 400/413 from request parsing, 500 from an uncaught bug) are HTML
pages or empty bodies. This middleware, first in ``MIDDLEWARE``, replaces any
non-JSON error response under :data:`API_PREFIX` with ``{"error": "..."}`` and
the same status, keeping headers such as ``Allow`` and ``Retry-After``.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus

from django.http import HttpRequest, HttpResponse

from endqi.api.errors import json_error

API_PREFIX = "/api/"
# Headers of the original error worth keeping on the JSON one.
KEPT_HEADERS = ("Allow", "Retry-After")


def _message(request: HttpRequest, response: HttpResponse) -> str:
    status = response.status_code
    if status == 405:
        allowed = response.headers.get("Allow", "")
        return f"{request.method} is not allowed here" + (f"; use {allowed}." if allowed else ".")
    if status == 404:
        return f"Nothing at {request.path}; see /api/v1/openapi.json for the endpoints."
    if status == 413:
        return "The request body is too large."
    if status >= 500:
        return "Something went wrong on our side; the error has been logged."
    try:
        return HTTPStatus(status).phrase + "."
    except ValueError:
        return "The request could not be answered."


class ApiJsonErrorsMiddleware:
    """Turn non-JSON error responses under ``/api/`` into ``{"error": ...}``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX) or response.status_code < 400:
            return response
        if response.headers.get("Content-Type", "").startswith("application/json"):
            return response
        replacement = json_error(response.status_code, _message(request, response))
        for name in KEPT_HEADERS:
            if name in response.headers:
                replacement[name] = response.headers[name]
        return replacement
