"""Site-wide views that belong to no single app."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponsePermanentRedirect

from endqi.legislation.states import STATES_BY_ABBR

# Matched last, only when no page matched: ``/MO/…`` or ``/share/Mo.png`` with a state
# abbreviation in the wrong case.
STATE_IN_ANY_CASE_PATTERN = r"^(?P<prefix>share/)?(?P<abbr>[A-Za-z]{2})(?P<rest>[/.].*)?$"


def state_in_any_case(
    request: HttpRequest, abbr: str, prefix: str | None = None, rest: str | None = None
) -> HttpResponsePermanentRedirect:
    """Redirect ``/MO/act/`` to ``/mo/act/`` (query kept); anything else is a 404.

    Page URLs use lower-case abbreviations only (one address per page); people type
    them in capitals, so those addresses lead to the page instead of a dead end.
    """
    if abbr.upper() not in STATES_BY_ABBR or abbr == abbr.lower():
        raise Http404("No such page.")
    path = f"/{prefix or ''}{abbr.lower()}{rest or '/'}"
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{path}?{query}" if query else path)
