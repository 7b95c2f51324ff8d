"""Models of the officials app: people, their roles, vacant seats, district shapes, imports.

People come from Open States (``endqi import-people``); staff may add people (for
example a governor missing upstream) or override imported fields in the admin.
Overridden fields are listed in ``Person.locked_fields`` and re-imports leave them
alone. District shapes come from Census TIGER (``endqi import-districts``).
"""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Q

from endqi.legislation.models import State
from endqi.officials.vocabulary import (
    EXECUTIVE_TITLES,
    Chamber,
    ImportKind,
    district_key,
    role_title,
)


class ImportRun(models.Model):
    """One run of an importer: where the data came from, which snapshot, what changed."""

    kind = models.CharField(max_length=20, choices=ImportKind.choices)
    source = models.CharField(max_length=500, help_text="Folder, file or URL that was read.")
    commit = models.CharField(max_length=64, blank=True, help_text="Upstream commit, if known.")
    as_of = models.DateField(help_text="Snapshot date of the data (current roles as of then).")
    states = models.CharField(max_length=400, blank=True, help_text="States imported, e.g. MO NH.")
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    marked_former = models.PositiveIntegerField(default=0)
    counts = models.JSONField(default=dict, blank=True, help_text="Other counts, per kind.")
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()

    class Meta:
        ordering = ["-finished_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.states} as of {self.as_of}"


class Person(models.Model):
    """A state legislator or statewide official (current or former).

    Imported fields are overwritten by each import unless their name is in
    ``locked_fields`` (staff overrides). People without an Open States id were added
    by staff and are never touched by imports.
    """

    # Fields the importer writes; the admin offers these for locking.
    IMPORTED_FIELDS: tuple[str, ...] = (
        "name",
        "given_name",
        "family_name",
        "state",
        "party",
        "email",
        "phone",
        "image_url",
        "offices",
        "links",
        "current",
        "roles",
    )

    openstates_id = models.CharField(
        max_length=80,
        unique=True,
        null=True,
        blank=True,
        help_text="Open States person id (ocd-person/…). Empty for people added by staff.",
    )
    name = models.CharField(max_length=200)
    given_name = models.CharField(max_length=100, blank=True)
    family_name = models.CharField(max_length=100, blank=True)
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="officials")
    party = models.CharField(max_length=80, blank=True)
    email = models.CharField(max_length=254, blank=True)
    phone = models.CharField(max_length=60, blank=True)
    image_url = models.URLField(
        max_length=500, blank=True, help_text="Official photo on a remote site: shown as a link."
    )
    offices = models.JSONField(
        default=list,
        blank=True,
        help_text='List of {"classification", "address", "voice", "fax"} (capitol, district…).',
    )
    links = models.JSONField(default=list, blank=True, help_text='List of {"url", "note"}.')
    current = models.BooleanField(default=True, help_text="Holds a current role.")
    source_commit = models.CharField(max_length=64, blank=True)
    source_date = models.DateField(
        null=True, blank=True, help_text='Shown as "contact details as of <date>".'
    )
    locked_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields staff have overridden; re-imports leave these alone.",
    )
    staff_note = models.TextField(blank=True, help_text="Why staff changed this person.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["state", "family_name", "name"]
        verbose_name = "official"
        indexes = [models.Index(fields=["state", "current"])]

    def __str__(self) -> str:
        return self.name

    @property
    def added_by_staff(self) -> bool:
        """True for people not linked to Open States."""
        return not self.openstates_id

    def is_locked(self, field: str) -> bool:
        """Whether staff locked ``field`` against re-imports (staff-added people: all)."""
        return self.added_by_staff or field in (self.locked_fields or [])

    def current_roles(self) -> list[Role]:
        """Current roles, using prefetched roles when available."""
        return [role for role in self.roles.all() if role.current]

    @property
    def primary_role(self) -> Role | None:
        """The current role to show first (a legislative seat before an executive office)."""
        roles = sorted(self.current_roles(), key=lambda r: r.chamber == Chamber.EXECUTIVE)
        return roles[0] if roles else None

    @property
    def capitol_office(self) -> dict | None:
        """The capitol office (or the first office) as a dict, if any."""
        offices = [o for o in self.offices or [] if isinstance(o, dict)]
        for office in offices:
            if office.get("classification") == "capitol":
                return office
        return offices[0] if offices else None

    @property
    def tel_number(self) -> str:
        """The phone number reduced to digits and ``+`` for ``tel:`` links."""
        return "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def email_is_address(self) -> bool:
        """True when ``email`` is an e-mail address (some upstream rows hold a form URL)."""
        return "@" in self.email and not self.email.startswith(("http://", "https://"))

    def as_dict(self) -> dict:
        """The JSON shape used by the API and the action app."""
        return {
            "id": self.openstates_id or f"staff/{self.pk}",
            "name": self.name,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "state": self.state.abbr,
            "party": self.party,
            "email": self.email,
            "phone": self.phone,
            "image_url": self.image_url,
            "offices": self.offices,
            "links": self.links,
            "current": self.current,
            "roles": [role.as_dict() for role in self.current_roles()],
            "contact_as_of": self.source_date.isoformat() if self.source_date else None,
            "source_commit": self.source_commit,
            "added_by_staff": self.added_by_staff,
        }


class Role(models.Model):
    """A seat or office a person holds or held: ``MO House district 60``, ``MO governor``."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="official_roles")
    chamber = models.CharField(max_length=12, choices=Chamber.choices)
    role_type = models.CharField(
        max_length=60, help_text="Open States role type: upper, lower, governor, lt_governor…"
    )
    district = models.CharField(max_length=100, blank=True, help_text="Open States name: 6, 22A.")
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    end_reason = models.CharField(max_length=200, blank=True)
    current = models.BooleanField(default=True, help_text="Current as of the import date.")

    class Meta:
        ordering = ["state", "chamber", "district"]
        indexes = [models.Index(fields=["state", "chamber", "current"])]

    def __str__(self) -> str:
        where = f" {self.district}" if self.district else ""
        return f"{self.state.abbr} {self.title}{where}"

    @property
    def title(self) -> str:
        """``State Senator``, ``Governor``…"""
        return role_title(self.role_type)

    @property
    def is_executive(self) -> bool:
        """True for statewide executive offices."""
        return self.chamber == Chamber.EXECUTIVE or self.role_type in EXECUTIVE_TITLES

    def as_dict(self) -> dict:
        """JSON shape of a role."""
        return {
            "type": self.role_type,
            "title": self.title,
            "chamber": self.chamber,
            "district": self.district,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
        }

    @staticmethod
    def is_current_on(
        day: datetime.date, start: datetime.date | None, end: datetime.date | None
    ) -> bool:
        """A role is current when it started on or before ``day`` and ends on or after it."""
        return (start is None or start <= day) and (end is None or end >= day)


class Vacancy(models.Model):
    """A seat with nobody in it (from the upstream ``settings.yml``)."""

    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="vacancies")
    chamber = models.CharField(max_length=12, choices=Chamber.choices)
    district = models.CharField(max_length=100)
    vacant_until = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["state", "chamber", "district"]
        verbose_name_plural = "vacancies"
        constraints = [
            models.UniqueConstraint(
                fields=["state", "chamber", "district"], name="officials_vacancy_unique_seat"
            )
        ]

    def __str__(self) -> str:
        return f"{self.state.abbr} {self.get_chamber_display()} {self.district} (vacant)"


class District(models.Model):
    """The shape of one legislative district (GeoJSON geometry in WGS84 lon/lat).

    Geometry is stored as GeoJSON text so SQLite and PostgreSQL both work without GIS
    extensions; the bounding-box columns let the database pre-filter candidates and
    shapely does the exact point-in-polygon test (see ``officials.geo``).
    """

    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="districts")
    chamber = models.CharField(max_length=12, choices=Chamber.choices)
    name = models.CharField(max_length=100, help_text="Open States district name: 6, Belknap 2.")
    geoid = models.CharField(max_length=20, blank=True, help_text="Census GEOID, e.g. 29006.")
    ocd_id = models.CharField(max_length=200, blank=True)
    label = models.CharField(max_length=200, blank=True, help_text="Census NAMELSAD.")
    geometry = models.TextField(help_text="GeoJSON geometry (Polygon or MultiPolygon).")
    min_lon = models.FloatField()
    min_lat = models.FloatField()
    max_lon = models.FloatField()
    max_lat = models.FloatField()
    vintage = models.CharField(max_length=10, blank=True, help_text="Census year (LSY).")
    import_run = models.ForeignKey(ImportRun, null=True, blank=True, on_delete=models.SET_NULL)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["state", "chamber", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["state", "chamber", "name"], name="officials_district_unique_name"
            )
        ]
        indexes = [models.Index(fields=["min_lon", "max_lon", "min_lat", "max_lat"])]

    def __str__(self) -> str:
        return f"{self.state.abbr} {self.get_chamber_display()} {self.name}"

    @property
    def key(self) -> str:
        """Normalised name for matching people's district names."""
        return district_key(self.name)

    @staticmethod
    def bbox_contains(lon: float, lat: float) -> Q:
        """A filter for districts whose bounding box contains the point."""
        return Q(min_lon__lte=lon, max_lon__gte=lon, min_lat__lte=lat, max_lat__gte=lat)


class ZipDistrict(models.Model):
    """A district within reach of a ZIP code's centroid, computed when districts are imported.

    ``/act/?zip=`` reads these rows instead of intersecting shapes per request
    (see :mod:`endqi.officials.zipindex`); ``contains_centroid`` and
    ``distance_km`` order the options exactly as the shape lookup does.
    """

    zip_code = models.CharField(max_length=5, db_index=True)
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="zip_districts")
    chamber = models.CharField(max_length=12, choices=Chamber.choices)
    district = models.CharField(max_length=100)
    contains_centroid = models.BooleanField(default=False)
    distance_km = models.FloatField(default=0.0)

    class Meta:
        ordering = ["zip_code", "chamber", "-contains_centroid", "distance_km"]
        constraints = [
            models.UniqueConstraint(
                fields=["zip_code", "state", "chamber", "district"],
                name="officials_zipdistrict_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.zip_code} → {self.state_id} {self.chamber} {self.district}"
