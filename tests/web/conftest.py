"""Fixtures for the web tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    """Fragments, share images, rate-limit counters and link marks live in the cache:
    every web test starts and ends with it empty."""
    cache.clear()
    yield
    cache.clear()
