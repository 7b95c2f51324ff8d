"""Deployment checks run by ``endqi check --deploy``."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.database, deploy=True)
def production_database_is_postgresql(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """In production the database must be PostgreSQL (SQLite is for the demo and tests)."""
    if not getattr(settings, "PRODUCTION", False):
        return []
    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" in engine:
        return []
    return [
        Error(
            f"Production runs on {engine.rsplit('.', 1)[-1]}; endqi needs PostgreSQL there.",
            hint="Set DATABASE_URL=postgres://user@host/dbname (SQLite locks under traffic).",
            id="endqi.E001",
        )
    ]


@register(Tags.caches, deploy=True)
def cache_is_shared(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """Rate limits and sign-in throttling only hold when every worker shares one cache."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith(("DatabaseCache", "RedisCache", "PyMemcacheCache", "PyLibMCCache")):
        return []
    return [
        Error(
            f"The cache backend {backend} is not shared between worker processes.",
            hint="Use the database cache (the default) or set ENDQI_REDIS_URL.",
            id="endqi.E002",
        )
    ]
