"""Small builders for the OpenAPI fragments every app's ``api.py`` writes.

One way to point at a component schema, to describe a JSON response and an
error, and to document the ``state`` query parameter, so the API modules do not
each spell these out.
"""

from __future__ import annotations

from typing import Any

#: Where the one error body schema is registered (``endqi.api.openapi`` adds it).
ERROR_SCHEMA_NAME = "Error"
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {"type": "string", "description": "One sentence saying what is wrong."}
    },
}


def ref(name: str) -> dict[str, str]:
    """A reference to the component schema ``name``."""
    return {"$ref": f"#/components/schemas/{name}"}


def json_response(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI response whose JSON body has ``schema``."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def error_response(description: str = "One sentence saying what is wrong.") -> dict[str, Any]:
    """An OpenAPI response for an error answered by :func:`endqi.api.errors.json_error`."""
    return json_response(description, ref(ERROR_SCHEMA_NAME))


def state_parameter(*, required: bool = False) -> dict[str, Any]:
    """The ``state`` query parameter: a postal abbreviation, any case."""
    return {
        "name": "state",
        "in": "query",
        "required": required,
        "description": "Postal abbreviation of a state or DC, any case (e.g. mo).",
        "schema": {"type": "string", "pattern": "^[A-Za-z]{2}$", "example": "mo"},
    }
