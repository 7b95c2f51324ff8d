"""What a correction is about, read from the page the visitor came from.

The "Report a correction" link on every page carries the page's path (and, next to an
official, the official's id). Only paths of this site that name something real are
accepted, so a report always points at a page staff can open.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import Resolver404, resolve

from endqi.cases.models import CaseStudy
from endqi.corrections.models import PAGE_MAX_CHARS, TargetKind
from endqi.legislation.models import Bill
from endqi.officials.models import Person
from endqi.states import STATES_BY_ABBR, get_state_info


@dataclass(frozen=True, slots=True)
class Target:
    """The thing a report is about."""

    kind: str
    key: str
    label: str
    page: str


class UnknownTarget(ValueError):
    """The page or official named in a report is not one of this site's."""


def _bill_target(path: str, abbr: str, slug: str) -> Target:
    bill = (
        Bill.objects.published()
        .select_related("state")
        .filter(state__abbr=abbr.upper(), slug=slug)
        .first()
    )
    if bill is None:
        raise UnknownTarget("That bill is not on the site.")
    label = f"{bill.identifier} ({bill.state.name})"
    return Target(TargetKind.BILL, f"{bill.state.abbr.lower()}/{bill.slug}", label, path)


def _case_target(path: str, slug: str) -> Target:
    case = CaseStudy.objects.published().filter(slug=slug).first()
    if case is None:
        raise UnknownTarget("That case study is not on the site.")
    return Target(TargetKind.CASE, case.slug, case.name, path)


def official_target(person_id: str, page: str) -> Target:
    """The official with id ``person_id``, reported from ``page``."""
    if not person_id.isdigit():
        raise UnknownTarget("That official is not on the site.")
    person = Person.objects.select_related("state").filter(pk=int(person_id)).first()
    if person is None:
        raise UnknownTarget("That official is not on the site.")
    return Target(TargetKind.OFFICIAL, str(person.pk), f"{person.name} ({person.state.name})", page)


def page_target(path: str) -> Target:
    """The bill, case, state or other page at ``path`` (a path of this site)."""
    path = (path or "/").strip()
    if not path.startswith("/") or path.startswith("//") or len(path) > PAGE_MAX_CHARS:
        raise UnknownTarget("Reports can only be about pages of this site.")
    path = path.split("?", 1)[0].split("#", 1)[0]
    try:
        match = resolve(path)
    except Resolver404:
        raise UnknownTarget("That page is not on the site.") from None
    name = match.view_name
    if name == "legislation:bill":
        return _bill_target(path, match.kwargs["abbr"], match.kwargs["slug"])
    if name == "cases:detail":
        return _case_target(path, match.kwargs["slug"])
    if name == "legislation:state":
        info = get_state_info(match.kwargs["abbr"])
        return Target(TargetKind.STATE, info.abbr.lower(), info.name, path)
    if name == "state-any-case":
        # /MO/… only redirects to /mo/…: report the page it leads to, if there is one.
        abbr = match.kwargs["abbr"]
        if abbr == abbr.lower() or abbr.upper() not in STATES_BY_ABBR:
            raise UnknownTarget("That page is not on the site.")
        rest = match.kwargs.get("rest") or "/"
        return page_target(f"/{match.kwargs.get('prefix') or ''}{abbr.lower()}{rest}")
    if name.startswith("admin:") or name.startswith("corrections:"):
        raise UnknownTarget("Reports can only be about public pages.")
    return Target(TargetKind.PAGE, path, f"The page {path}", path)
