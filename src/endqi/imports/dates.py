"""The one date parser of every import, and its one policy.

Policy: an absent date is ``None`` — an empty value, or ``0000-00-00``, which
LegiScan writes for "no date". Anything else must be a real calendar date
(``YYYY-MM-DD``, optionally followed by a time as in ``2021-01-06T12:00:00+00:00``);
otherwise the record gets a :class:`RecordError` at the date's location. A bad
date is never silently dropped. Dates known only to the month or year
(``YYYY-MM``, ``YYYY``) are accepted only where the caller says so.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from endqi.imports.result import Location, RecordError

# Values that mean "no date" rather than a wrong one.
ABSENT_DATES = frozenset({"", "0000-00-00"})

_DATE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
)

DAY = "day"
MONTH = "month"
YEAR = "year"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date and how much of it is known: ``day``, ``month`` or ``year`` (rest filled with 1)."""

    date: datetime.date
    precision: str


def parse_partial_date(value: Any, location: Location) -> PartialDate | None:
    """``"2024-01"`` → (2024-01-01, month); ``"2004"`` → year; a full date → day.

    ``None`` when the date is absent; :class:`RecordError` at ``location`` when
    the value is not a date or names no real day.
    """
    if isinstance(value, datetime.datetime):
        return PartialDate(value.date(), DAY)
    if isinstance(value, datetime.date):
        return PartialDate(value, DAY)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(location, f"{value!r} is not a date (use YYYY-MM-DD)")
    text = value.strip()
    if text in ABSENT_DATES:
        return None
    match = _DATE.fullmatch(text)
    if not match:
        raise RecordError(location, f"{text!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = match.group("year", "month", "day")
    precision = DAY if day else MONTH if month else YEAR
    try:
        return PartialDate(datetime.date(int(year), int(month or 1), int(day or 1)), precision)
    except ValueError:
        raise RecordError(location, f"{text!r} is not a real date") from None


def parse_date(value: Any, location: Location, *, partial: bool = False) -> datetime.date | None:
    """A full date (``None`` when absent); with ``partial``, a month or year gives its first day.

    Raises :class:`RecordError` at ``location`` for anything else.
    """
    found = parse_partial_date(value, location)
    if found is None:
        return None
    if found.precision != DAY and not partial:
        raise RecordError(location, f"{str(value).strip()!r} is not a full date (use YYYY-MM-DD)")
    return found.date
