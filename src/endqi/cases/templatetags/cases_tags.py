"""Template tags other apps use to show case studies: ``{% state_cases state %}``."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils.translation import gettext, ngettext

from endqi.cases.distance import km_to_miles
from endqi.cases.models import CaseStudy
from endqi.states import get_state_info

register = template.Library()


@register.inclusion_tag("cases/state_section.html")
def state_cases(abbr: str) -> dict[str, Any]:
    """The "Case Studies" section of a state page: the map of its cases, the list, a link.

    ``abbr`` is the state's postal abbreviation, any case (``{% state_cases state.abbr %}``),
    the one type the site's state tags take. One query.
    """
    from endqi.cases.casemap import outline_svg, place_markers, state_view

    if not isinstance(abbr, str):
        raise TypeError(
            f"give the tag a state abbreviation (state.abbr), not {type(abbr).__name__}"
        )
    info = get_state_info(abbr)
    cases = list(CaseStudy.objects.published().filter(state__abbr=info.abbr))
    view = state_view(info.abbr)
    cases_page = reverse("cases:list")
    return {
        "state_name": info.name,
        "cases": cases,
        "markers": place_markers(cases, view),
        "map_view": view,
        "map_outline": outline_svg() if cases else "",
        "map_title": gettext("Map of case studies in %(state)s") % {"state": info.name},
        "map_url": f"{cases_page}?state={info.slug}",
        "near_url": f"{cases_page}?near={info.slug}",
    }


@register.filter
def miles_away(km: float | None) -> str:
    """``about 3 miles away``, ``about 1 mile away`` or ``less than a mile away``."""
    if km is None:
        return ""
    if km_to_miles(float(km)) < 1:
        return gettext("less than a mile away")
    rounded = miles(km)
    return ngettext("about %(miles)s mile away", "about %(miles)s miles away", int(rounded)) % {
        "miles": rounded
    }


@register.filter
def miles(km: float | None) -> str:
    """A distance in kilometres as whole miles, rounded to a readable step ("about 30")."""
    if km is None:
        return ""
    value = km_to_miles(float(km))
    step = 1 if value < 20 else 5 if value < 100 else 10
    return str(int(round(value / step) * step))
