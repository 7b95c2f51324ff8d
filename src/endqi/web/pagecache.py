"""Whole-page cache for what anonymous visitors read.

A state page is the same for every visitor who is not signed in, so after the
first request it is served from the cache without touching the database or
the templates. The cache key is the scheme, host and path and the data's fingerprint
(:func:`endqi.web.fingerprint.content_fingerprint`), so a published change
shows at once; the fingerprint itself is looked up at most every
``ENDQI_PAGE_CACHE_FINGERPRINT_SECONDS`` per process (2 s by default).

Only a plain ``GET`` without a query string from a visitor without a session
or messages cookie is served from or stored in the cache, and only a 200
response that sets no cookie (so no page with a CSRF token or a personal
message is ever shared) and has not opted out with ``Cache-Control:
private``/``no-store``. Query strings are left out on purpose: a lookup by
location must never be kept on the server.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from endqi.web.fingerprint import content_fingerprint

PAGE_CACHE_SECONDS = 600
KEY_PREFIX = "endqi:page:v1:"
# Requests under these paths always go through (staff screens, admin, forms that post).
UNCACHED_PREFIXES: tuple[str, ...] = ("/admin/", "/staff/", "/accounts/")

_fingerprint: tuple[float, str] = (0.0, "")


def current_fingerprint() -> str:
    """The data fingerprint, re-read from the database at most every few seconds."""
    global _fingerprint
    ttl = settings.ENDQI_PAGE_CACHE_FINGERPRINT_SECONDS
    now = time.monotonic()
    checked, value = _fingerprint
    if ttl <= 0 or now - checked >= ttl or not value:
        value = content_fingerprint()
        _fingerprint = (now, value)
    return value


def forget_fingerprint() -> None:
    """Make the next request read the fingerprint again (after a change in this process)."""
    global _fingerprint
    _fingerprint = (0.0, "")


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method != "GET" or request.META.get("QUERY_STRING"):
        return False
    if request.path.startswith(UNCACHED_PREFIXES):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _cacheable_response(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.headers.get("Cache-Control", "")
    return "private" not in control and "no-store" not in control


class PublicPageCacheMiddleware:
    """Serve and store anonymous visitors' pages (first in ``MIDDLEWARE``)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.ENDQI_PAGE_CACHE or not _cacheable_request(request):
            return self.get_response(request)
        # Keyed like nginx's proxy cache (deploy/nginx/endqi.conf): scheme, host and path.
        place = f"{request.scheme}\0{request.get_host()}\0{request.path}".encode(
            "utf-8", "surrogatepass"
        )
        key = f"{KEY_PREFIX}{current_fingerprint()}:{hashlib.sha256(place).hexdigest()}"
        stored: tuple[int, list[tuple[str, str]], bytes] | None = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response.headers[name] = value
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            frozen: Any = (response.status_code, list(response.headers.items()), response.content)
            cache.set(key, frozen, PAGE_CACHE_SECONDS)
        return response
