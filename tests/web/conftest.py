"""Fixtures for the web tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fragments, share images, rate-limit counters and link marks live in the cache:
    every web test starts and ends with it empty.

    The cache is Django's database cache (as in production), so clearing it needs
    the database: the test's own kind of access, or the ordinary one.
    """
    transactional = {"transactional_db", "live_server"} & set(request.fixturenames)
    request.getfixturevalue("transactional_db" if transactional else "db")
    cache.clear()
    yield
    cache.clear()
