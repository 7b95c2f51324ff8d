"""Atomic event counters for the rate limits, shared by every worker.

Django's cache API increments with a read and a write (``BaseCache.incr``), so
two workers counting the same key at once can both read 4 and both write 5; the
database cache inherits that. Counting in the database with ``UPDATE ... SET
count = count + 1`` is atomic on every backend. When the cache is Redis
(``ENDQI_REDIS_URL``), its own ``INCR`` is atomic and is used instead.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from endqi.web.models import RateCounter


def _redis() -> bool:
    return settings.CACHES["default"]["BACKEND"].endswith("RedisCache")


def increment(key: str, lifetime_seconds: int) -> int:
    """Count one event for ``key`` (kept ``lifetime_seconds``); returns the new count."""
    if _redis():
        cache.add(key, 0, timeout=lifetime_seconds)
        try:
            return int(cache.incr(key))
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=lifetime_seconds)
            return 1
    counters = RateCounter.objects.filter(key=key)
    with transaction.atomic():
        if not counters.update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    expires = timezone.now() + datetime.timedelta(seconds=lifetime_seconds)
                    RateCounter.objects.create(key=key, count=1, expires=expires)
            except IntegrityError:  # another worker created it first: count on it
                counters.update(count=F("count") + 1)
            else:
                RateCounter.objects.filter(expires__lt=timezone.now()).delete()
                return 1
        # The UPDATE holds the row until commit, so this reads our own count.
        return int(counters.values_list("count", flat=True).get())


def current(key: str) -> int:
    """How many events ``key`` has had (0 when none or expired)."""
    if _redis():
        return int(cache.get(key) or 0)
    row = RateCounter.objects.filter(key=key, expires__gte=timezone.now()).values("count")
    return int(row[0]["count"]) if row else 0
