"""Subscriptions and the queue of events they are told about.

An address is stored only to send the alerts it asked for; deleting the
subscription deletes the address. Pages never send mail: they write rows here,
and ``endqi send-alerts`` (run by cron or a systemd timer) sends what is due.
"""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from endqi.legislation.models import Bill, State
from endqi.legislation.status import BillStatus

# After this many refused deliveries in a row an address is no longer sent to.
BOUNCE_LIMIT = 3


def new_token() -> str:
    """A random, unguessable token for the subscription's links."""
    return secrets.token_urlsafe(24)


class Cadence(models.TextChoices):
    """How often a subscriber hears from us."""

    EACH = "each", _("One e-mail for each change")
    WEEKLY = "weekly", _("A weekly digest")


class EventKind(models.TextChoices):
    """What happened to a bill."""

    ADDED = "added", "Bill added"
    STATUS = "status", "Status changed"
    VERSION = "version", "New version of the text"
    REVIEWED = "reviewed", "Scorecard reviewed"


class SubscriptionQuerySet(models.QuerySet):
    """Subscriptions by their state of consent and delivery."""

    def active(self) -> SubscriptionQuerySet:
        """Confirmed, not unsubscribed, and not bouncing: the ones alerts go to."""
        return self.filter(
            confirmed_at__isnull=False, unsubscribed_at=None, bounces__lt=BOUNCE_LIMIT
        )


class Subscription(models.Model):
    """One address following one state (or one bill of it)."""

    email = models.EmailField()
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="subscriptions")
    bill = models.ForeignKey(
        Bill, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    cadence = models.CharField(max_length=8, choices=Cadence.choices, default=Cadence.EACH)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    # Events up to this id were sent (or predate the subscription).
    last_event_id = models.BigIntegerField(default=0)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    bounces = models.PositiveSmallIntegerField(default=0)
    # The language of the page the visitor subscribed on: its e-mails and links use it.
    language = models.CharField(max_length=8, default=settings.LANGUAGE_CODE)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["email", "state", "bill"], name="one_subscription"),
        ]

    def __str__(self) -> str:
        scope = self.bill.identifier if self.bill_id else self.state.name
        return f"{self.email} → {scope}"

    @property
    def scope_name(self) -> str:
        """What is followed, in words (active language): "HB 30 in Missouri" or "Missouri"."""
        if self.bill_id:
            return gettext("%(bill)s in %(state)s") % {
                "bill": self.bill.identifier,
                "state": self.state.name,
            }
        return self.state.name


class AlertEvent(models.Model):
    """Something a subscriber may want to hear about."""

    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="alert_events")
    bill = models.ForeignKey(Bill, on_delete=models.CASCADE, related_name="alert_events")
    kind = models.CharField(max_length=16, choices=EventKind.choices)
    summary = models.CharField(max_length=500)  # in English, as recorded
    # What the summary names, so an e-mail can say it in the subscriber's language:
    # the new status (a BillStatus value) and its date, or the new version's label.
    detail = models.CharField(max_length=200, blank=True)
    detail_date = models.DateField(null=True, blank=True)
    path = models.CharField(max_length=300, help_text="The page to read, on this site.")
    # One event per thing that happened (a status row, a version, a review).
    source_key = models.CharField(max_length=100, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.summary

    def describe(self) -> str:
        """The summary in the active language (the stored English one for old rows)."""
        if self.kind in (EventKind.STATUS, EventKind.VERSION) and not self.detail:
            return self.summary
        return event_summary(
            self.kind, self.bill.identifier, self.state.name, self.detail, self.detail_date
        )


def event_summary(
    kind: str,
    identifier: str,
    state_name: str,
    detail: str = "",
    detail_date: datetime.date | None = None,
) -> str:
    """One line saying what happened, in the active language (stored in English)."""
    words = {"bill": identifier, "state": state_name, "detail": detail}
    if kind == EventKind.ADDED:
        return gettext("%(bill)s was added to the %(state)s page.") % words
    if kind == EventKind.STATUS:
        words["status"] = gettext(BillStatus(detail).label) if detail else ""
        if detail_date is None:
            return gettext("%(bill)s: %(status)s.") % words
        words["date"] = detail_date.isoformat()
        return gettext("%(bill)s: %(status)s on %(date)s.") % words
    if kind == EventKind.VERSION:
        return gettext("%(bill)s: new version of the text (%(detail)s).") % words
    return gettext("%(bill)s: an analyst reviewed its scorecard.") % words
