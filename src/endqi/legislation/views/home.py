"""The home page (national map and table, recent changes) and the header's state picker."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET

from endqi.legislation.changes import recent_changes, recent_status_changes
from endqi.legislation.overview import overview_fragment
from endqi.rubric import CRITERIA
from endqi.states import get_state_info

# How many entries each "recent" list on the home page shows.
RECENT_CHANGES = 8


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The home page: what qualified immunity is, the national map and table, recent changes."""
    return render(
        request,
        "legislation/home.html",
        {
            "overview": mark_safe(overview_fragment()),  # rendered by our own template
            "recent_statuses": recent_status_changes(RECENT_CHANGES),
            "recent_site_changes": recent_changes(RECENT_CHANGES),
            "criteria": CRITERIA,
        },
    )


@require_GET
def go_to_state(request: HttpRequest) -> HttpResponse:
    """The header's state picker: ``/go/?state=mo`` → ``/mo/``; anything else back home."""
    value = (request.GET.get("state") or "").strip()
    try:
        info = get_state_info(value)
    except KeyError:
        if value:
            messages.error(request, "Choose a state from the list.")
        else:
            messages.info(request, "Choose your state from the list, then press Go.")
        return redirect("legislation:home")
    return redirect("legislation:state", abbr=info.slug)
