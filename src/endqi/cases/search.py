"""Finding case studies: the filters the page and the API share, and "nearest first".

A :class:`CaseQuery` is built from the query string by
:class:`endqi.cases.forms.CaseFilterForm`; :func:`find_cases` runs it in one
database query. Ordering by distance happens in Python (great-circle
distance), so it needs no GIS extension and works on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Q

from endqi.cases.distance import great_circle_km
from endqi.cases.models import CaseStudy

# Fields the free-text filter looks in.
TEXT_FIELDS = (
    "name",
    "city",
    "state__name",
    "summary",
    "reasoning",
    "citation_raw",
    "docket",
    "court_detail",
    "category_detail",
    "outcome_detail",
    "location_note",
)
MAX_TEXT_TERMS = 8  # more words than this are ignored: the filter stays cheap


@dataclass(frozen=True, slots=True)
class NearPoint:
    """Where "nearest first" measures from."""

    latitude: float
    longitude: float
    label: str  # "Texas" or "your location"
    state: str = ""  # the abbreviation when the point stands for a state


@dataclass(frozen=True, slots=True)
class CaseQuery:
    """Filters for case studies; every field empty means "all published cases"."""

    state: str = ""  # upper-case postal abbreviation
    year_from: int | None = None
    year_to: int | None = None
    court: str = ""
    category: str = ""
    outcome: str = ""
    text: str = ""
    near: NearPoint | None = None
    params: dict[str, str] = field(default_factory=dict)  # the cleaned query string

    @property
    def is_filtered(self) -> bool:
        """Whether any filter (not counting the ordering) narrows the list."""
        return bool(
            self.state
            or self.year_from
            or self.year_to
            or self.court
            or self.category
            or self.outcome
            or self.text
        )

    def querystring(self) -> str:
        """The cleaned filters as a query string (without ``?``)."""
        return urlencode(self.params)


def text_terms(text: str) -> list[str]:
    """The words of a free-text filter (quotes and punctuation at the edges dropped)."""
    words = [word.strip("\"'.,;:()") for word in re.split(r"\s+", text.strip())]
    return [word for word in words if word][:MAX_TEXT_TERMS]


def find_cases(query: CaseQuery) -> list[CaseStudy]:
    """Published cases matching ``query``, newest first or nearest first; one SQL query.

    When ``query.near`` is set each case gets a ``distance_km`` attribute.
    """
    cases = CaseStudy.objects.published()
    if query.state:
        cases = cases.filter(state__abbr=query.state)
    if query.year_from:
        cases = cases.filter(decided__year__gte=query.year_from)
    if query.year_to:
        cases = cases.filter(decided__year__lte=query.year_to)
    if query.court:
        cases = cases.filter(court=query.court)
    if query.category:
        cases = cases.filter(category=query.category)
    if query.outcome:
        cases = cases.filter(outcome=query.outcome)
    for term in text_terms(query.text):
        matches_term = Q()
        for name in TEXT_FIELDS:
            matches_term |= Q(**{f"{name}__icontains": term})
        cases = cases.filter(matches_term)
    results = list(cases.order_by("-decided", "name"))
    if query.near is not None:
        for case in results:
            case.distance_km = great_circle_km(
                query.near.latitude, query.near.longitude, case.latitude, case.longitude
            )
        results.sort(key=lambda case: case.distance_km)  # stable: ties stay newest first
    return results
