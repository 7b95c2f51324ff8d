"""Template context shared by every page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, Any]:
    """Site-wide values: the list of states for the navigation picker."""
    from endqi.legislation.states import STATE_CHOICES

    return {"nav_states": STATE_CHOICES}
