"""Dates known only to the month or year: stored as a real date plus a precision."""

from __future__ import annotations

import datetime
import re

from endqi.cases.vocabulary import DatePrecision

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PartialDateError(ValueError):
    """A date string that is not YYYY, YYYY-MM or YYYY-MM-DD, or names no real day."""


def parse_partial_date(text: str) -> tuple[datetime.date, DatePrecision]:
    """``"2024-01"`` → (2024-01-01, month); ``"2004"`` → (2004-01-01, year); full ISO → day."""
    match = _PARTIAL_DATE.match(text.strip())
    if not match:
        raise PartialDateError(f"{text!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = match.groups()
    precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
    try:
        value = datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise PartialDateError(f"{text!r} is not a real date") from None
    return value, precision


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Readable text showing only what is known: "Aug. 30, 2018", "January 2024", "2004"."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return value.strftime("%B %Y")
    return f"{value.strftime('%B')} {value.day}, {value.year}"


def iso_partial_date(value: datetime.date | None, precision: str) -> str:
    """The inverse of :func:`parse_partial_date`: "2024-01" for a month-only date."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
