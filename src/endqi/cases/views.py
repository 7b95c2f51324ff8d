"""Pages of the cases app: the map and list, the results fragment, and one case."""

from __future__ import annotations

import json
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext

from endqi.cases.casemap import NATIONAL_VIEW, outline_svg, place_markers, state_view
from endqi.cases.forms import NEAR_CHOICES, CaseFilterForm
from endqi.cases.impact import bill_impacts
from endqi.cases.models import CaseStudy
from endqi.cases.search import CaseQuery, find_cases
from endqi.cases.vocabulary import Outcome


def _results_context(request: HttpRequest) -> tuple[dict[str, Any], int]:
    """Filter form, matching cases and their markers, and the HTTP status to answer with."""
    form = CaseFilterForm(request.GET)
    if form.is_valid():
        query = form.to_query()
        cases = find_cases(query)
        status = 200
    else:
        query = CaseQuery()
        cases = []
        status = 400
    # A state filter zooms the map to that state.
    view = state_view(query.state) if query.state else NATIONAL_VIEW
    context = {
        "form": form,
        "query": query,
        "cases": cases,
        "markers": place_markers(cases, view),
        "map_view": view,
        "near_choices": NEAR_CHOICES,
        "near_value": (form.data.get("near") or "").strip().lower(),
        "outcomes": Outcome,
    }
    return context, status


def case_list(request: HttpRequest) -> HttpResponse:
    """``/cases/``: every published case on the map and in a filterable list."""
    context, status = _results_context(request)
    context["map_outline"] = outline_svg()
    # The page script's words, in the page's language (read from a JSON script element).
    context["script_words"] = json.dumps(
        {
            "about": gettext("about %(miles)s miles from you"),
            "nearestYou": gettext("nearest to you first"),
            "failed": gettext("Could not update the list; use the Show cases button."),
            "asking": gettext("Asking your browser for your location…"),
            "sorted": gettext(
                "Sorted by distance from you. Your location stays in this page: it is not sent "
                "or stored."
            ),
            "unavailable": gettext("Your location is not available. Pick your state instead."),
        }
    )
    return render(request, "cases/case_list.html", context, status=status)


def case_results(request: HttpRequest) -> HttpResponse:
    """``/cases/results/``: just the markers and the list, for the page's script."""
    context, status = _results_context(request)
    return render(request, "cases/_results_fragment.html", context, status=status)


def case_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """``/cases/<slug>/``: the story, the reasoning, sources, and the state's bills."""
    case = CaseStudy.objects.select_related("state").filter(slug=slug).first()
    if case is None or not (case.published or request.user.is_staff):
        raise Http404("No such case study.")
    context = {
        "case": case,
        "impacts": bill_impacts(case),
        "state_cases_url": f"{reverse('cases:list')}?state={case.state.slug}",
    }
    return render(request, "cases/case_detail.html", context)
