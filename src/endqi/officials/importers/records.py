"""Plain records the people readers produce and ``sync`` writes: one shape for every source."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from endqi.officials.vocabulary import chamber_for_role_type

_JURISDICTION_STATE = re.compile(r"/state:([a-z]{2})/")


class ImportSourceError(Exception):
    """The source cannot be imported; the message is one sentence for the operator."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Which upstream version was read: commit (may be empty) and date."""

    commit: str
    as_of: datetime.date


@dataclass(frozen=True, slots=True)
class RoleRecord:
    """One role of a person as read from the source."""

    state: str  # "MO"
    role_type: str
    district: str
    start_date: datetime.date | None
    end_date: datetime.date | None
    end_reason: str = ""

    @property
    def chamber(self) -> str:
        """``upper``/``lower``/``legislature``/``executive``."""
        return chamber_for_role_type(self.role_type)

    def is_current(self, day: datetime.date) -> bool:
        """Started on or before ``day`` and not ended before it."""
        return (self.start_date is None or self.start_date <= day) and (
            self.end_date is None or self.end_date >= day
        )


@dataclass(slots=True)
class PersonRecord:
    """One person as read from the source (before comparing with the database)."""

    openstates_id: str
    name: str
    state: str  # "MO": the upstream folder
    given_name: str = ""
    family_name: str = ""
    party: str = ""
    email: str = ""
    phone: str = ""
    image_url: str = ""
    offices: list[dict[str, str]] = field(default_factory=list)
    links: list[dict[str, str]] = field(default_factory=list)
    roles: list[RoleRecord] = field(default_factory=list)
    where: str = ""  # the file (and line) it was read from, for error messages

    def is_current(self, day: datetime.date) -> bool:
        """Holds at least one role current on ``day``."""
        return any(role.is_current(day) for role in self.roles)


@dataclass(frozen=True, slots=True)
class VacancyRecord:
    """A vacant seat from ``settings.yml``."""

    state: str
    chamber: str
    district: str
    vacant_until: datetime.date | None


@dataclass(slots=True)
class PeopleSource:
    """Everything one people source holds for the states it covers."""

    location: str
    kind: str  # an ImportKind value
    snapshot: Snapshot
    states: list[str]  # upper-case abbreviations covered (scope for "former" marking)
    people: list[PersonRecord]
    vacancies: list[VacancyRecord]
    skipped: list[str] = field(default_factory=list)  # jurisdictions left out, with reason


def state_from_jurisdiction(jurisdiction: str, default: str) -> str:
    """``ocd-jurisdiction/country:us/state:mo/government`` → ``MO``."""
    match = _JURISDICTION_STATE.search(jurisdiction or "")
    return (match.group(1) if match else default).upper()


def clean_offices(offices: Any) -> list[dict[str, str]]:
    """Offices as ``{classification, address, voice, fax}`` with empty parts left out."""
    cleaned = []
    for office in offices or []:
        if not isinstance(office, dict):
            continue
        entry = {
            key: str(office[key]).strip()
            for key in ("classification", "address", "voice", "fax")
            if office.get(key)
        }
        if entry:
            cleaned.append(entry)
    return cleaned


def clean_links(links: Any) -> list[dict[str, str]]:
    """Links as ``{url, note}`` (note only when given)."""
    cleaned = []
    for link in links or []:
        if isinstance(link, dict) and link.get("url"):
            entry = {"url": str(link["url"]).strip()}
            if link.get("note"):
                entry["note"] = str(link["note"]).strip()
            cleaned.append(entry)
    return cleaned


def first_phone(offices: list[dict[str, str]]) -> str:
    """The capitol office's phone, else the first office phone."""
    for office in offices:
        if office.get("classification") == "capitol" and office.get("voice"):
            return office["voice"]
    return next((office["voice"] for office in offices if office.get("voice")), "")
