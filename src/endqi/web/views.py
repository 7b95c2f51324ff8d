"""Site-wide views that belong to no single app."""

from __future__ import annotations

from itertools import product

from django.http import Http404, HttpRequest, HttpResponsePermanentRedirect

from endqi.states import STATES_BY_ABBR, all_states


def _other_spellings(slug: str) -> list[str]:
    """Every spelling of a two-letter abbreviation except the lower-case one (MO, Mo, mO)."""
    spellings = {"".join(letters) for letters in product(*((c, c.upper()) for c in slug))}
    return sorted(spellings - {slug})


# Matched last, only when no page matched: ``/MO/…`` or ``/share/Mo.png``. Only real
# abbreviations in a case other than lower, so every other address stays a 404.
STATE_IN_ANY_CASE_PATTERN = (
    r"^(?P<prefix>share/)?(?P<abbr>"
    + "|".join(spelling for state in all_states() for spelling in _other_spellings(state.slug))
    + r")(?P<rest>[/.].*)?$"
)


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
