"""Dates known only to the month or year, shown as far as they are known.

They are read by :func:`endqi.imports.parse_partial_date` (the imports' one date policy).
"""

from __future__ import annotations

import datetime

from django.utils.formats import date_format
from django.utils.translation import pgettext

from endqi.cases.vocabulary import DatePrecision


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Readable text showing only what is known: "Aug. 30, 2018", "January 2024", "2004"."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    # Django date formats with month names in the active language ("12 de febrero de 2024").
    if precision == DatePrecision.MONTH:
        return date_format(value, pgettext("partial date: month and year", "F Y"))
    return date_format(value, pgettext("partial date: full", "F j, Y"))


def iso_partial_date(value: datetime.date | None, precision: str) -> str:
    """The inverse of :func:`endqi.imports.parse_partial_date`: "2024-01" for a month-only date."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
