"""Fixed-window rate limits counted atomically in the database, or in Redis when it
is the cache (:mod:`endqi.web.counters`), so every worker sees the same count.

Keys are hashed, so the cache never holds a visitor's IP or e-mail address in
clear text, and counters expire with their window.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.http import HttpRequest

from endqi.action.limits import RateLimit
from endqi.web import counters


def client_ip(request: HttpRequest) -> str:
    """The address the request came from.

    ``REMOTE_ADDR``, unless that is one of ``settings.ENDQI_TRUSTED_PROXIES`` (the
    nginx in front, deploy/nginx/): then the ``X-Real-IP`` header that proxy set.
    ``X-Forwarded-For`` is never read: any client can write it.
    """
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    if remote in settings.ENDQI_TRUSTED_PROXIES:
        forwarded = request.META.get("HTTP_X_REAL_IP", "").strip()
        if forwarded:
            return forwarded
    return remote


def _cache_key(limit: RateLimit, key: str, now: float) -> str:
    window = int(now // limit.window_seconds)
    digest = hashlib.sha256(f"{limit.scope}\0{key.strip().lower()}".encode()).hexdigest()[:32]
    return f"endqi:ratelimit:{limit.scope}:{digest}:{window}"


def allow(limit: RateLimit, key: str, *, now: float | None = None) -> bool:
    """Count one event for ``key``; False when that exceeds ``limit`` in the current window."""
    moment = time.time() if now is None else now
    count = counters.increment(_cache_key(limit, key, moment), limit.window_seconds + 1)
    return count <= limit.limit


def retry_after_seconds(limit: RateLimit, *, now: float | None = None) -> int:
    """Seconds until the current window of ``limit`` ends (for the Retry-After header)."""
    moment = time.time() if now is None else now
    return max(1, int(limit.window_seconds - moment % limit.window_seconds))


def exhausted(limit: RateLimit, key: str, *, now: float | None = None) -> bool:
    """True when ``key`` has already used all of ``limit`` in the current window (counts nothing)."""
    moment = time.time() if now is None else now
    return counters.current(_cache_key(limit, key, moment)) >= limit.limit
