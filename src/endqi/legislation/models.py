"""Legislation models: states, bills, versions, evaluations, criterion results."""

from __future__ import annotations

from django.db import models

from endqi.legislation.states import STATE_CHOICES


class State(models.Model):
    """One of the 50 states or DC. Rows are created from ``endqi.legislation.states``."""

    abbr = models.CharField(max_length=2, unique=True, choices=STATE_CHOICES)
    name = models.CharField(max_length=64)
    fips = models.CharField(max_length=2, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def slug(self) -> str:
        """Lower-case abbreviation used in URLs."""
        return self.abbr.lower()

    def get_absolute_url(self) -> str:
        """The state page, ``/mo/``."""
        return f"/{self.slug}/"


def ensure_states() -> int:
    """Create any missing State rows (idempotent); returns how many were created."""
    from endqi.legislation.states import all_states

    existing = set(State.objects.values_list("abbr", flat=True))
    missing = [
        State(abbr=s.abbr, name=s.name, fips=s.fips) for s in all_states() if s.abbr not in existing
    ]
    State.objects.bulk_create(missing)
    return len(missing)
