"""Controlled vocabularies of the cases app, defined once.

Every choice list a case study uses (court, claim category, outcome, who the
defendants were, how precise a date or place is) lives here, with the words
the importer accepts for each value. Models, forms, the importer, the API and
the pages all read these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override


class Court(models.TextChoices):
    """The deciding court. District courts are one value; the detail field names which."""

    SCOTUS = "scotus", _("U.S. Supreme Court")
    CA1 = "ca1", "1st Cir."
    CA2 = "ca2", "2nd Cir."
    CA3 = "ca3", "3rd Cir."
    CA4 = "ca4", "4th Cir."
    CA5 = "ca5", "5th Cir."
    CA6 = "ca6", "6th Cir."
    CA7 = "ca7", "7th Cir."
    CA8 = "ca8", "8th Cir."
    CA9 = "ca9", "9th Cir."
    CA10 = "ca10", "10th Cir."
    CA11 = "ca11", "11th Cir."
    CADC = "cadc", "D.C. Cir."
    DISTRICT = "district", _("U.S. District Court")
    STATE = "state", _("State court")


# Long names for the detail page ("United States Court of Appeals for the Fifth Circuit").
_ORDINALS = [
    _("First"),
    _("Second"),
    _("Third"),
    _("Fourth"),
    _("Fifth"),
    _("Sixth"),
    _("Seventh"),
    _("Eighth"),
    _("Ninth"),
    _("Tenth"),
    _("Eleventh"),
]
COURT_LONG_NAMES: dict[str, object] = {
    Court.SCOTUS: _("Supreme Court of the United States"),
    Court.CADC: _("U.S. Court of Appeals for the D.C. Circuit"),
    Court.DISTRICT: Court.DISTRICT.label,
    Court.STATE: Court.STATE.label,
    **{
        f"ca{n}": format_lazy(_("U.S. Court of Appeals for the {ordinal} Circuit"), ordinal=name)
        for n, name in enumerate(_ORDINALS, start=1)
    },
}


class Category(models.TextChoices):
    """What kind of rights violation the plaintiff alleged."""

    EXCESSIVE_FORCE = "excessive_force", _("Excessive force")
    UNLAWFUL_SEARCH = "unlawful_search", _("Unlawful search or seizure")
    FALSE_ARREST = "false_arrest", _("False arrest")
    SPEECH_RETALIATION = "speech_retaliation", _("Retaliation for speech, press or recording")
    RELIGIOUS_EXERCISE = "religious_exercise", _("Interference with religious exercise")
    PROPERTY = "property", _("Theft or destruction of property")
    DELIBERATE_INDIFFERENCE = (
        "deliberate_indifference",
        _("Deliberate indifference to medical needs"),
    )
    CONDITIONS = "conditions", _("Inhumane conditions of confinement")
    OTHER = "other", _("Other violation of rights")


# Words in free-text categories (as in ../shared/data/cases) that identify a vocabulary value.
# Checked in order; the first match wins, so the more specific phrases come first.
CATEGORY_KEYWORDS: tuple[tuple[str, Category], ...] = (
    ("excessive force", Category.EXCESSIVE_FORCE),
    ("conditions of confinement", Category.CONDITIONS),
    ("deliberate indifference", Category.DELIBERATE_INDIFFERENCE),
    ("pray", Category.RELIGIOUS_EXERCISE),
    ("religio", Category.RELIGIOUS_EXERCISE),
    ("first amendment", Category.SPEECH_RETALIATION),
    ("retaliation", Category.SPEECH_RETALIATION),
    ("false arrest", Category.FALSE_ARREST),
    ("theft", Category.PROPERTY),
    ("property", Category.PROPERTY),
    ("search", Category.UNLAWFUL_SEARCH),
    ("seizure", Category.UNLAWFUL_SEARCH),
)


class Outcome(models.TextChoices):
    """The result for the qualified-immunity question at the last decision listed."""

    QI_GRANTED = "qi_granted", _("Qualified immunity granted")
    QI_DENIED = "qi_denied", _("Qualified immunity denied")
    REVERSED_ON_APPEAL = "reversed_on_appeal", _("Grant of qualified immunity reversed on appeal")
    VACATED = "vacated", _("Qualified-immunity ruling vacated")
    SETTLED = "settled", _("Settled")
    PENDING = "pending", _("Pending")


# Outcomes in which the officials were shielded from the suit (drawn in the accent colour).
SHIELDED_OUTCOMES = frozenset({Outcome.QI_GRANTED})


class Defendants(models.TextChoices):
    """Who the officials were: decides which rubric criterion speaks to the case."""

    POLICE = "police", _("Police or sheriff's officers")
    CORRECTIONS = "corrections", _("Prison or jail officers")
    OTHER_OFFICIALS = "other_officials", _("Other public officials")
    FEDERAL = "federal", _("Federal officers")


class DatePrecision(models.TextChoices):
    """How much of a stored date is known (the rest is filled with 1s)."""

    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class PlacePrecision(models.TextChoices):
    """How exactly the coordinates locate the events."""

    EXACT = "exact", _("Exact place")
    CITY = "city", _("City")
    APPROXIMATE = "approximate", _("Approximate (nearby town or county seat)")


@dataclass(frozen=True, slots=True)
class CourtParse:
    """A court string split into a vocabulary value and a detail."""

    court: Court
    detail: str


_CIRCUIT = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)\s+cir(?:cuit|\.)?", re.IGNORECASE)
_DISTRICT = re.compile(r"^\s*[NSEWMC]\.\s?D\.|^\s*D\.\s", re.IGNORECASE)


def parse_court(text: str) -> CourtParse | None:
    """Read a court code ("ca5") or name ("5th Cir. (en banc)", "S.D. Miss.").

    Anything in parentheses after a circuit or the Supreme Court becomes the
    detail ("en banc"); a district court's own name is kept as the detail.
    ``None`` when the text names no known court.
    """
    text = " ".join(text.split())
    lowered = text.lower()
    for value, label in Court.choices:
        if lowered in (value, english_label(label)):
            return CourtParse(Court(value), "")
    detail = _parenthetical(text)
    match = _CIRCUIT.match(text)
    if match:
        number = int(match.group(1))
        if 1 <= number <= 11:
            return CourtParse(Court(f"ca{number}"), detail)
        return None
    if lowered.startswith(("u.s. supreme court", "supreme court of the united states")):
        return CourtParse(Court.SCOTUS, detail)
    if lowered.startswith("d.c. cir"):
        return CourtParse(Court.CADC, detail)
    if _DISTRICT.match(text):
        return CourtParse(Court.DISTRICT, text)
    return None


def parse_category(text: str) -> tuple[Category, str] | None:
    """Read a category code, label, or free text like "excessive force (shooting)".

    Returns the vocabulary value and a detail (the words in parentheses, or
    the free text itself when it is more than a label); ``None`` if nothing matches.
    """
    text = " ".join(text.split())
    lowered = text.lower()
    for value, label in Category.choices:
        if lowered in (value, english_label(label)):
            return Category(value), ""
    for keyword, category in CATEGORY_KEYWORDS:
        if keyword in lowered:
            detail = _parenthetical(text) or text
            if detail.lower() == english_label(category.label):
                detail = ""
            return category, detail
    return None


def english_label(label: object) -> str:
    """A choice's label in English, lower-cased: the importer reads English words whatever
    language a page is in (the labels are translated for display)."""
    with override("en"):
        return str(label).lower()


def parse_choice(text: str, choices: type[models.TextChoices]) -> str | None:
    """A vocabulary value from its code or its label (any case); ``None`` if unknown."""
    lowered = " ".join(text.split()).lower()
    for value, label in choices.choices:
        if lowered in (value, english_label(label)):
            return value
    return None


def _parenthetical(text: str) -> str:
    """The words inside the first pair of parentheses, or ``""``."""
    match = re.search(r"\(([^)]*)\)", text)
    return match.group(1).strip() if match else ""
