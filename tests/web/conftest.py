"""Fixtures for the web tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fragments, share images, rate-limit counters and link marks live in the cache:
    every web test that can reach it starts and ends with it empty.

    The cache is Django's database cache (as in production), so a test without
    database access cannot use it and has nothing to clear.
    """
    uses_database = request.node.get_closest_marker("django_db") is not None or bool(
        {"db", "transactional_db", "live_server", "django_db_reset_sequences"}
        & set(request.fixturenames)
    )
    if not uses_database:
        yield
        return
    cache.clear()
    yield
    cache.clear()
