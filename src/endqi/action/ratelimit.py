"""Fixed-window rate limits kept in Django's cache (shared by every worker when the
cache is shared: file-based, Redis or memcached in production).

Keys are hashed, so the cache never holds a visitor's IP or e-mail address in
clear text, and counters expire with their window.
"""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache
from django.http import HttpRequest

from endqi.action.limits import RateLimit


def client_ip(request: HttpRequest) -> str:
    """The address the request came from.

    Only ``REMOTE_ADDR``: a client can forge ``X-Forwarded-For``. Behind a proxy the
    operator sets REMOTE_ADDR from the proxy's header at the WSGI server.
    """
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _cache_key(limit: RateLimit, key: str, now: float) -> str:
    window = int(now // limit.window_seconds)
    digest = hashlib.sha256(f"{limit.scope}\0{key.strip().lower()}".encode()).hexdigest()[:32]
    return f"endqi:ratelimit:{limit.scope}:{digest}:{window}"


def allow(limit: RateLimit, key: str, *, now: float | None = None) -> bool:
    """Count one event for ``key``; False when that exceeds ``limit`` in the current window."""
    moment = time.time() if now is None else now
    cache_key = _cache_key(limit, key, moment)
    # add() only sets a missing key, so concurrent first hits do not reset each other.
    cache.add(cache_key, 0, timeout=limit.window_seconds + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, timeout=limit.window_seconds + 1)
        count = 1
    return count <= limit.limit


def retry_after_seconds(limit: RateLimit, *, now: float | None = None) -> int:
    """Seconds until the current window of ``limit`` ends (for the Retry-After header)."""
    moment = time.time() if now is None else now
    return max(1, int(limit.window_seconds - moment % limit.window_seconds))


def exhausted(limit: RateLimit, key: str, *, now: float | None = None) -> bool:
    """True when ``key`` has already used all of ``limit`` in the current window (counts nothing)."""
    moment = time.time() if now is None else now
    return (cache.get(_cache_key(limit, key, moment)) or 0) >= limit.limit
