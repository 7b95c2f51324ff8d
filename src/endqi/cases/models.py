"""Case studies: real qualified-immunity cases with their court, outcome, place and sources."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from endqi.cases.citations import normalize_citation
from endqi.cases.partial_dates import format_partial_date, iso_partial_date
from endqi.cases.projection import albers_usa
from endqi.cases.vocabulary import (
    COURT_LONG_NAMES,
    SHIELDED_OUTCOMES,
    Category,
    Court,
    DatePrecision,
    Defendants,
    Outcome,
    PlacePrecision,
)
from endqi.legislation.models import State

_URL_VALIDATOR = URLValidator(schemes=["http", "https"])
# Paths under /cases/ that are pages, not cases.
RESERVED_SLUGS = frozenset({"results"})


class CaseStudyQuerySet(models.QuerySet):
    """Query helpers for case studies."""

    def published(self) -> CaseStudyQuerySet:
        """Cases visible to the public, with their state loaded in the same query."""
        return self.filter(published=True).select_related("state")


class CaseStudy(models.Model):
    """One court decision in which qualified immunity decided (or was argued in) a rights case.

    Facts (names, court, dates, citation, place, outcome, sources) come from the
    opinions; ``summary`` and ``reasoning`` are the project's own words, stating
    the facts as allegations the way the court described them.
    """

    name = models.CharField("case name", max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    court = models.CharField(max_length=16, choices=Court.choices)
    court_detail = models.CharField(
        max_length=200, blank=True, help_text='e.g. "en banc", "on remand", "S.D. Miss."'
    )
    decided = models.DateField("decision date")
    decided_precision = models.CharField(
        max_length=8,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="Month-only dates are stored as the first of the month.",
    )
    citation = models.CharField(
        max_length=200,
        blank=True,
        editable=False,
        help_text="The first reporter citation in the raw text, normalised by eyecite.",
    )
    citation_raw = models.CharField("citation as written", max_length=400, blank=True)
    docket = models.CharField(max_length=120, blank=True)

    city = models.CharField(max_length=100)
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="case_studies")
    latitude = models.FloatField(validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.FloatField(validators=[MinValueValidator(-180), MaxValueValidator(180)])
    place_precision = models.CharField(
        max_length=12, choices=PlacePrecision.choices, default=PlacePrecision.CITY
    )
    location_note = models.CharField(max_length=300, blank=True)
    coordinate_source = models.CharField(max_length=120, blank=True)

    incident_date = models.DateField(null=True, blank=True)
    incident_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY
    )

    category = models.CharField(max_length=32, choices=Category.choices)
    category_detail = models.CharField(max_length=200, blank=True)
    defendants = models.CharField(
        max_length=20, choices=Defendants.choices, default=Defendants.POLICE
    )
    outcome = models.CharField(max_length=24, choices=Outcome.choices)
    outcome_detail = models.TextField(blank=True)

    summary = models.TextField(help_text="What happened, as alleged, in the project's own words.")
    reasoning = models.TextField(
        "the court's reasoning in brief", blank=True, help_text="In the project's own words."
    )
    sources = models.JSONField(default=list, blank=True, help_text="Public URLs, one per item.")
    last_checked = models.DateField(
        null=True, blank=True, help_text="When the facts were last checked against the sources."
    )
    published = models.BooleanField(default=True)

    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = CaseStudyQuerySet.as_manager()

    class Meta:
        ordering = ["-decided", "name"]
        verbose_name = "case study"
        verbose_name_plural = "case studies"
        indexes = [models.Index(fields=["published", "decided"])]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        """Cross-field checks shared by the admin and the importer."""
        from endqi.cases.atlas import AtlasMissing, state_bounds

        errors: dict[str, list[str]] = {}
        if self.slug in RESERVED_SLUGS:
            errors.setdefault("slug", []).append(f"{self.slug!r} is reserved for a page.")
        if self.latitude is not None and self.longitude is not None and self.state_id:
            try:
                bounds = state_bounds().get(self.state.abbr)
            except AtlasMissing as exc:
                raise ValidationError(str(exc)) from None
            if bounds is not None and not bounds.contains(self.latitude, self.longitude):
                errors.setdefault("latitude", []).append(
                    f"({self.latitude}, {self.longitude}) is outside {self.state.name} "
                    f"({bounds.describe()})."
                )
        if not isinstance(self.sources, list) or not all(isinstance(u, str) for u in self.sources):
            errors.setdefault("sources", []).append("Sources must be a list of URLs.")
        else:
            for url in self.sources:
                try:
                    _URL_VALIDATOR(url)
                except ValidationError:
                    errors.setdefault("sources", []).append(f"{url!r} is not an http(s) URL.")
            if not self.sources:
                errors.setdefault("sources", []).append("Give at least one public source.")
        if self.incident_date and self.decided and self.incident_date > self.decided:
            errors.setdefault("incident_date", []).append("The incident is after the decision.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs) -> None:
        """Derive the normalised citation from the raw one before saving."""
        self.citation = normalize_citation(
            self.citation_raw, court=self.court, year=self.decided.year if self.decided else None
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        """The case's page, ``/cases/<slug>/``."""
        return reverse("cases:detail", kwargs={"slug": self.slug})

    @property
    def year(self) -> int:
        """Year of the decision."""
        return self.decided.year

    @property
    def court_label(self) -> str:
        """Short court name with its detail: "8th Cir. (en banc)"."""
        label = Court(self.court).label
        if self.court == Court.DISTRICT and self.court_detail:
            return self.court_detail
        return f"{label} ({self.court_detail})" if self.court_detail else label

    @property
    def court_long_name(self) -> str:
        """Full name of the court."""
        return str(COURT_LONG_NAMES.get(self.court, Court(self.court).label))

    @property
    def decided_display(self) -> str:
        """The decision date showing only what is known."""
        return format_partial_date(self.decided, self.decided_precision)

    @property
    def decided_iso(self) -> str:
        """The decision date as ISO text at its precision ("2024-01")."""
        return iso_partial_date(self.decided, self.decided_precision)

    @property
    def incident_display(self) -> str:
        """The incident date showing only what is known ("" when unknown)."""
        return format_partial_date(self.incident_date, self.incident_precision)

    @property
    def incident_iso(self) -> str:
        """The incident date as ISO text at its precision, or ``""``."""
        return iso_partial_date(self.incident_date, self.incident_precision)

    @property
    def place(self) -> str:
        """ "Fort Worth, Texas"."""
        return f"{self.city}, {self.state.name}"

    @property
    def shielded(self) -> bool:
        """Whether the officials were shielded by qualified immunity at the last decision."""
        return self.outcome in SHIELDED_OUTCOMES

    @property
    def map_point(self) -> tuple[float, float] | None:
        """Position on the 975×610 national map, or ``None`` if off the map."""
        return albers_usa(self.longitude, self.latitude)
