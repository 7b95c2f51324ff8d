"""Assemble the OpenAPI 3.1 document from every app's API module."""

from __future__ import annotations

from typing import Any

from endqi import __version__
from endqi.api.registry import api_modules
from endqi.api.schema import ERROR_SCHEMA, ERROR_SCHEMA_NAME


def build_openapi() -> dict[str, Any]:
    """The whole OpenAPI document served at ``/api/v1/openapi.json``."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {ERROR_SCHEMA_NAME: ERROR_SCHEMA}
    for module in api_modules():
        paths.update(getattr(module, "OPENAPI_PATHS", {}))
        schemas.update(getattr(module, "OPENAPI_SCHEMAS", {}))
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "endqi API",
            "version": __version__,
            "description": (
                "Read-only data on state bills that end qualified immunity, their scorecards "
                "against the rubric, case studies and officials."
            ),
            "license": {"name": "Data: CC0-1.0"},
        },
        "servers": [{"url": "/"}],
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": schemas},
    }
