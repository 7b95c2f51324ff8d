"""A visitor's report that something on the site is wrong, and what staff did about it."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

# Limits of the report's fields, defined once (the form and the model read them).
WHAT_MAX_CHARS = 4000
SOURCE_MAX_CHARS = 1000
PAGE_MAX_CHARS = 300


class TargetKind(models.TextChoices):
    """What a report is about."""

    BILL = "bill", "Bill"
    CASE = "case", "Case study"
    OFFICIAL = "official", "Official"
    STATE = "state", "State page"
    PAGE = "page", "Other page"


class CorrectionStatus(models.TextChoices):
    """Where a report stands in the staff queue."""

    NEW = "new", "New"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class Correction(models.Model):
    """One report: what is wrong, the visitor's source, an optional reply address.

    The reply address is kept only to answer this report; staff delete the report (and
    with it the address) when asked.
    """

    target_kind = models.CharField(max_length=16, choices=TargetKind.choices)
    # A stable key of the target: "mo/hb-30" for a bill, a case slug, an official's id.
    target_key = models.CharField(max_length=200, blank=True)
    target_label = models.CharField(max_length=300, help_text="What the visitor was reading.")
    page = models.CharField(max_length=PAGE_MAX_CHARS, help_text="Path of the page reported.")
    what_is_wrong = models.TextField(max_length=WHAT_MAX_CHARS)
    source = models.TextField(max_length=SOURCE_MAX_CHARS, help_text="Where the right fact is.")
    reply_to = models.EmailField(blank=True, help_text="Optional; only used to answer.")
    status = models.CharField(
        max_length=16, choices=CorrectionStatus.choices, default=CorrectionStatus.NEW
    )
    change_url = models.CharField(
        max_length=500,
        blank=True,
        help_text="Required to accept: the change this report led to (an admin history "
        "page, a bill version, a commit).",
    )
    staff_note = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["status", "created"])]

    def __str__(self) -> str:
        return f"{self.get_status_display()} correction of {self.target_label}"

    def clean(self) -> None:
        """An accepted report names the change it led to."""
        if self.status == CorrectionStatus.ACCEPTED and not self.change_url.strip():
            raise ValidationError({"change_url": "Say which change this report led to."})
