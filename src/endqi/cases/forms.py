"""Forms of the cases app: the public filter form and the staff admin form."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from endqi.cases.atlas import state_bounds
from endqi.cases.models import CaseStudy
from endqi.cases.search import CaseQuery, NearPoint
from endqi.cases.vocabulary import Category, Court, Outcome
from endqi.states import STATE_CHOICES, STATES_BY_ABBR

EARLIEST_YEAR = 1960
LATEST_YEAR = 2100
_LAT_LON = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")

STATE_FILTER_CHOICES = [("", _("All states")), *((a.lower(), name) for a, name in STATE_CHOICES)]
NEAR_CHOICES = [
    ("", _("Newest first")),
    *((a.lower(), format_lazy(_("Near {name}"), name=name)) for a, name in STATE_CHOICES),
]


def _with_all(choices: list[tuple[str, Any]], label: Any) -> list[tuple[str, Any]]:
    return [("", label), *choices]


class StateFilterField(forms.ChoiceField):
    """A state abbreviation in any case: ``TX``, ``tx`` and ``Tx`` are the same filter."""

    def to_python(self, value: object) -> str:
        """The value stripped and lower-cased, as the choices are."""
        return super().to_python(value).strip().lower()


class CaseFilterForm(forms.Form):
    """The filters of ``/cases/`` and ``/api/v1/cases`` (GET parameters, all optional)."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    state = StateFilterField(label=_("State"), required=False, choices=STATE_FILTER_CHOICES)
    year_from = forms.IntegerField(
        label=_("From year"), required=False, min_value=EARLIEST_YEAR, max_value=LATEST_YEAR
    )
    year_to = forms.IntegerField(
        label=_("To year"), required=False, min_value=EARLIEST_YEAR, max_value=LATEST_YEAR
    )
    court = forms.ChoiceField(
        label=_("Court"), required=False, choices=_with_all(Court.choices, _("All courts"))
    )
    category = forms.ChoiceField(
        label=_("Kind of violation"),
        required=False,
        choices=_with_all(Category.choices, _("All kinds")),
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"), required=False, choices=_with_all(Outcome.choices, _("All outcomes"))
    )
    near = forms.CharField(
        label=_("Order"),
        required=False,
        max_length=40,
        help_text=_('A state ("tx") or a point ("32.75,-97.33"): nearest cases first.'),
    )

    def __init__(self, data: Any = None, *args: Any, **kwargs: Any) -> None:
        """Bind ``data`` with the state in lower case, so the select shows ``TX`` as chosen."""
        if data is not None and data.get("state"):
            data = data.copy()
            data["state"] = str(data["state"]).strip().lower()
        super().__init__(data, *args, **kwargs)

    def clean_state(self) -> str:
        """Upper-case abbreviation (the URL uses lower case)."""
        return (self.cleaned_data.get("state") or "").upper()

    def clean_near(self) -> NearPoint | None:
        """A state's centre point or a latitude/longitude pair."""
        raw = (self.cleaned_data.get("near") or "").strip()
        if not raw:
            return None
        match = _LAT_LON.match(raw)
        if match:
            lat, lon = float(match.group(1)), float(match.group(2))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValidationError(
                    gettext("Latitude must be within ±90 and longitude within ±180.")
                )
            return NearPoint(latitude=lat, longitude=lon, label=gettext("your location"))
        abbr = raw.upper()
        if abbr in STATES_BY_ABBR:
            bounds = state_bounds().get(abbr)
            if bounds is not None:
                return NearPoint(
                    latitude=bounds.center_lat,
                    longitude=bounds.center_lon,
                    label=STATES_BY_ABBR[abbr].name,
                    state=abbr,
                )
        raise ValidationError(
            gettext(
                'Give a state abbreviation ("tx") or a latitude and longitude ("32.75,-97.33").'
            )
        )

    def clean(self) -> dict:
        """Check the year range reads forwards."""
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start and end and start > end:
            self.add_error("year_to", gettext("The end year is before the start year."))
        return data

    def to_query(self) -> CaseQuery:
        """The validated filters as a :class:`CaseQuery` (call after ``is_valid()``)."""
        data = self.cleaned_data
        params = {
            name: str(self.data.get(name, "")).strip()
            for name in self.fields
            if str(self.data.get(name, "")).strip() and name in data
        }
        return CaseQuery(
            state=data.get("state") or "",
            year_from=data.get("year_from"),
            year_to=data.get("year_to"),
            court=data.get("court") or "",
            category=data.get("category") or "",
            outcome=data.get("outcome") or "",
            text=(data.get("q") or "").strip(),
            near=data.get("near"),
            params=params,
        )

    def error_text(self) -> str:
        """All errors as one sentence per field, for the API and the page."""
        parts = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else gettext("Filters")
            parts.append(f"{label}: {' '.join(errors)}")
        return " ".join(parts)


class SourcesField(forms.CharField):
    """A list of URLs edited as one URL per line."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value: object) -> str:
        """Show a stored list one URL per line."""
        if isinstance(value, list):
            return "\n".join(str(url) for url in value)
        return "" if value is None else str(value)

    def to_python(self, value: object) -> list[str]:
        """Split lines into a list of URLs (blank lines dropped)."""
        if isinstance(value, list):
            return [str(url).strip() for url in value if str(url).strip()]
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class CaseStudyAdminForm(forms.ModelForm):
    """Staff form: the model's own ``clean()`` checks coordinates against the state's box."""

    sources = SourcesField(
        required=True, help_text="Public URLs of the opinion and reporting, one per line."
    )

    class Meta:
        model = CaseStudy
        fields = "__all__"
