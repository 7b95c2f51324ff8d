"""Pages: find your officials at ``/act/`` and ``/<abbr>/act/`` (plain GET, no JavaScript needed).

Context for templates (and the action app's contact panel, see ``find.html``):
``lookup`` (a ``LookupResult`` or None), ``officials`` (list of ``Person``: legislators
then governor), ``state`` (``StateInfo`` or None), ``lookup_query`` (the GET
parameters to carry to other pages, url-encoded) and ``contact_panel_available``.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import TemplateDoesNotExist
from django.template.loader import select_template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext

from endqi.officials import lookup
from endqi.officials.geocoder import geocoder_enabled
from endqi.officials.vocabulary import Chamber
from endqi.states import STATE_CHOICES, StateInfo, get_state_info

CONTACT_PANEL_TEMPLATE = "action/_contact_panel.html"
LOAD_PEOPLE_COMMAND = (
    "endqi import-people https://github.com/openstates/people/archive/refs/heads/main.zip"
)


def find_officials(request: HttpRequest) -> HttpResponse:
    """``/act/``: find officials anywhere (location, ZIP, address) or pick a state."""
    state_param = (request.GET.get("state") or "").strip()
    if state_param:
        try:
            info = get_state_info(state_param)
        except KeyError:
            return _render(
                request,
                None,
                error=gettext("“%(value)s” is not a state.") % {"value": state_param[:40]},
                status=400,
            )
        rest = {k: v for k, v in request.GET.items() if k != "state" and v}
        url = reverse("officials-find-state", kwargs={"abbr": info.slug})
        return HttpResponseRedirect(f"{url}?{urlencode(rest)}" if rest else url)
    return _render(request, None)


def find_officials_state(request: HttpRequest, abbr: str) -> HttpResponse:
    """``/<abbr>/act/``: the same, within one state, plus choosing districts directly."""
    return _render(request, get_state_info(abbr))


def _render(
    request: HttpRequest, state: StateInfo | None, *, error: str = "", status: int = 200
) -> HttpResponse:
    params = lookup.clean_params(request.GET)
    result = None
    if not error:
        try:
            result = lookup.lookup_from_params(params, state.abbr if state else None)
        except lookup.LookupInputError as problem:
            error, status = str(problem), 400
    if result is not None and result.state is not None:
        if state is not None and result.state.abbr != state.abbr:
            result.notes.insert(
                0,
                gettext("That place is in %(found)s, not %(asked)s.")
                % {"found": result.state.name, "asked": state.name},
            )
        state = result.state
    context = {
        "state": state,
        "lookup": result,
        "officials": result.officials if result else [],
        "error": error,
        "params": params,
        "lookup_query": urlencode(_carry_params(params, result)),
        "states": STATE_CHOICES,
        "geocoder_enabled": geocoder_enabled(),
        "contact_panel_available": _template_exists(CONTACT_PANEL_TEMPLATE),
        "any_officials_loaded": lookup.officials_loaded(),
        "load_people_command": LOAD_PEOPLE_COMMAND,
        "chambers": Chamber,
    }
    if state is not None:
        known = lookup.known_districts(state.abbr)
        context.update(
            {
                "state_officials_loaded": lookup.officials_loaded(state.abbr),
                "state_districts_loaded": lookup.districts_loaded(state.abbr),
                "district_choices": _district_choices(known, result),
                "load_districts_command": f"endqi import-districts {state.abbr} "
                f"tl_2024_{state.fips}_sldu.zip  (then tl_2024_{state.fips}_sldl.zip)",
                "write_url": _write_url(state, result, params),
            }
        )
    context["lookup_unavailable"] = _lookup_unavailable(context, result)
    # The location script's words, in the page's language (read from a JSON script element).
    context["script_words"] = json.dumps(
        {
            "asking": gettext("Asking your browser for your location…"),
            "finding": gettext("Finding your districts…"),
            "unavailable": gettext(
                "Your location is not available (%(error)s). Use your ZIP code or choose your "
                "districts instead."
            ),
        }
    )
    return render(request, "officials/find.html", context, status=status)


def _lookup_unavailable(context: dict, result: lookup.LookupResult | None) -> bool:
    """Whether this site cannot find the visitor's legislators (they get another way)."""
    if not context["any_officials_loaded"]:
        return True
    if context["state"] is None:
        return False
    if not context["state_officials_loaded"]:
        return True
    searched = result is not None and result.method != "state"
    return searched and not result.found and not context["state_districts_loaded"]


def _carry_params(params: dict[str, str], result: lookup.LookupResult | None) -> dict[str, str]:
    """Parameters that reproduce this answer on another page (address → its districts)."""
    if result is None or not result.found:
        return {k: v for k, v in params.items() if k != "address"}
    if result.method == "address":
        # The write pages do not geocode: hand them the districts that were found.
        return {f"district_{seat.chamber}": seat.district for seat in result.seats}
    return {k: v for k, v in params.items() if k != "address"}


def _district_choices(
    known: dict[str, list[str]], result: lookup.LookupResult | None
) -> list[dict]:
    """Select boxes for the district picker, current choice marked."""
    choices = []
    for chamber in (Chamber.UPPER, Chamber.LOWER, Chamber.LEGISLATURE):
        names = known.get(chamber)
        if not names:
            continue
        chosen = result.district_choice(chamber) if result else ""
        choices.append(
            {
                "chamber": chamber,
                "label": f"{Chamber(chamber).label} district",
                "param": f"district_{chamber}",
                "names": names,
                "chosen": chosen,
            }
        )
    return choices


def _write_url(state: StateInfo, result: lookup.LookupResult | None, params: dict[str, str]) -> str:
    """The action app's write page for these officials (empty when unavailable)."""
    if result is None or not result.found:
        return ""
    try:
        base = reverse("action-write-state", kwargs={"abbr": state.slug})
    except NoReverseMatch:
        return ""
    query = urlencode(_carry_params(params, result))
    return f"{base}?{query}" if query else base


def _template_exists(name: str) -> bool:
    try:
        select_template([name])
    except TemplateDoesNotExist:
        return False
    return True
