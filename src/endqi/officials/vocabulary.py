"""Controlled vocabularies and thresholds of the officials app (defined once, here)."""

from __future__ import annotations

import re

from django.db import models

# Labels are marked with gettext_noop (plain English strings, safe to join and serialise);
# pages translate them where they show them (Seat.chamber_label, Lookup.method_label).
from django.utils.translation import gettext_noop as _


class Chamber(models.TextChoices):
    """Where a role sits: a legislative chamber or the executive branch."""

    UPPER = "upper", _("Senate")
    LOWER = "lower", _("House")
    LEGISLATURE = "legislature", _("Legislature")  # unicameral (Nebraska, DC council)
    EXECUTIVE = "executive", _("Executive")


LEGISLATIVE_CHAMBERS: tuple[str, ...] = (Chamber.UPPER, Chamber.LOWER, Chamber.LEGISLATURE)

# Open States role types that are statewide executive offices, with display titles.
EXECUTIVE_TITLES: dict[str, str] = {
    "governor": "Governor",
    "lt_governor": "Lieutenant Governor",
    "attorney general": "Attorney General",
    "secretary of state": "Secretary of State",
    "treasurer": "Treasurer",
    "auditor": "Auditor",
    "chief election officer": "Chief Election Officer",
    "comptroller": "Comptroller",
    "controller": "Controller",
    "superintendent of public instruction": "Superintendent of Public Instruction",
    "commissioner of insurance": "Commissioner of Insurance",
    "commissioner of agriculture": "Commissioner of Agriculture",
    "commissioner of labor": "Commissioner of Labor",
}
LEGISLATIVE_TITLES: dict[str, str] = {
    "upper": "State Senator",
    "lower": "State Representative",
    "legislature": "Legislator",
}
GOVERNOR = "governor"


def role_title(role_type: str) -> str:
    """A readable title for an Open States role type (unknown types are title-cased)."""
    if role_type in LEGISLATIVE_TITLES:
        return LEGISLATIVE_TITLES[role_type]
    return EXECUTIVE_TITLES.get(role_type, role_type.replace("_", " ").title())


def chamber_for_role_type(role_type: str) -> str:
    """The chamber a role type belongs to (``upper``/``lower``/``legislature``/``executive``)."""
    return role_type if role_type in LEGISLATIVE_CHAMBERS else Chamber.EXECUTIVE


class ImportKind(models.TextChoices):
    """What an import run loaded."""

    PEOPLE = "people", "People (Open States)"
    PEOPLE_COMPACT = "people-compact", "People (compact JSON Lines)"
    DISTRICTS = "districts", "District boundaries"


class LookupMethod(models.TextChoices):
    """How a visitor's districts were found; decides whether the answer is exact."""

    LOCATION = "location", _("your location")
    ADDRESS = "address", _("your street address")
    ZIP = "zip", _("your ZIP code")
    DISTRICTS = "districts", _("the districts you chose")
    STATE = "state", _("your state")


EXACT_METHODS: frozenset[str] = frozenset(
    {LookupMethod.LOCATION, LookupMethod.ADDRESS, LookupMethod.DISTRICTS}
)

# A ZIP code is an area, not a point; its centroid is only a guess. Districts within
# this distance of the centroid are offered as possible matches.
ZIP_SEARCH_RADIUS_KM = 6.0
# Seconds to wait for a remote source (archive download, Census geocoder).
REMOTE_TIMEOUT_SECONDS = 20
GEOCODER_TIMEOUT_SECONDS = 8

# Census TIGER codes for "no district" (water, unassigned areas) are skipped.
UNASSIGNED_DISTRICT_CODES: frozenset[str] = frozenset({"ZZZ", "ZZ", ""})

_NON_KEY = re.compile(r"[^a-z0-9]+")


def district_key(name: str) -> str:
    """Normalise a district name the way OCD division ids do, for matching across sources.

    ``"Belknap 2"`` → ``"belknap_2"``, ``"Berkshire, Hampden, Franklin and Hampshire"``
    → ``"berkshire_hampden_franklin_and_hampshire"``, ``"029"`` → ``"29"``. Hyphens and
    spaces are alike (Vermont writes "Chittenden Central", its division id
    "chittenden-central").
    """
    key = _NON_KEY.sub("_", name.strip().lower()).strip("_")
    return key.lstrip("0") or key if key.isdigit() else key


def district_sort_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order: "2" before "10", "Belknap 2" before "Belknap 10"."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.split(r"(\d+)", name.strip().lower())
        if part
    )
