"""The app modules that contribute API endpoints and OpenAPI paths.

Each module defines ``urlpatterns`` (paths relative to ``/api/v1/``),
``OPENAPI_PATHS`` (OpenAPI path items keyed by full path, e.g.
``"/api/v1/cases"``) and ``OPENAPI_SCHEMAS`` (component schemas).
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

API_MODULES: tuple[str, ...] = (
    "endqi.legislation.api",
    "endqi.cases.api",
    "endqi.officials.api",
    "endqi.action.api",
    "endqi.reach.api",
)


def api_modules() -> list[ModuleType]:
    """Import and return every contributing module."""
    return [import_module(name) for name in API_MODULES]
