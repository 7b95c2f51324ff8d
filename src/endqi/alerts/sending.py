"""Send what is due: confirmations, alerts for each change, weekly digests.

Run by ``endqi send-alerts`` (cron or a systemd timer), never by a page, so a slow
mail server never slows the site. One SMTP connection per run; a refused recipient
counts as a bounce (after ``BOUNCE_LIMIT`` the address is no longer sent to); a mail
server that cannot be reached stops the run with everything left queued.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db.models import Max
from django.utils import timezone

from endqi.alerts.models import AlertEvent, Cadence, Subscription
from endqi.web.i18n import unprefixed_reverse

DIGEST_INTERVAL = timedelta(days=7)
# A run sends at most this many messages; the rest wait for the next run.
MAX_MESSAGES_PER_RUN = 500


@dataclass
class SendReport:
    """What one run did."""

    confirmations: int = 0
    alerts: int = 0
    digests: int = 0
    bounced: list[str] = field(default_factory=list)
    stopped: str = ""

    @property
    def sent(self) -> int:
        """Messages accepted by the mail server."""
        return self.confirmations + self.alerts + self.digests


class MailServerDown(RuntimeError):
    """The mail server could not be reached or refused the whole session."""


def site_url() -> str:
    """Where the site lives, for links in messages (``ENDQI_SITE_URL``)."""
    return getattr(settings, "ENDQI_SITE_URL", "http://127.0.0.1:8000").rstrip("/")


def _token_path(viewname: str, subscription: Subscription) -> str:
    """The path of a subscription's confirm or unsubscribe link (English, as the e-mail is)."""
    return unprefixed_reverse(viewname, token=subscription.token)


def _footer(subscription: Subscription, base: str) -> str:
    return (
        "\n--\n"
        f"You get this because you asked for alerts about {subscription.scope_name} "
        f"({subscription.get_cadence_display().lower()}).\n"
        f"Stop them: {base}{_token_path('alerts-unsubscribe', subscription)}\n"
        "We keep your address only to send these alerts, and delete it when you ask.\n"
    )


def _message(subscription: Subscription, subject: str, body: str, base: str) -> EmailMessage:
    unsubscribe = f"{base}{_token_path('alerts-unsubscribe', subscription)}"
    return EmailMessage(
        subject=subject,
        body=body.rstrip() + "\n" + _footer(subscription, base),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={
            # RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe button.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


def confirmation_message(subscription: Subscription, base: str) -> EmailMessage:
    """The double opt-in message: nothing is sent until its link is used."""
    body = (
        f"Someone (we hope you) asked for e-mail alerts about {subscription.scope_name} "
        "from endqi.\n\n"
        f"To start them, open this link and press the button:\n"
        f"{base}{_token_path('alerts-confirm', subscription)}\n\n"
        "If this was not you, ignore this message: you will get nothing more."
    )
    return _message(subscription, f"Confirm alerts about {subscription.scope_name}", body, base)


def alert_message(
    subscription: Subscription, events: list[AlertEvent], base: str, *, digest: bool
) -> EmailMessage:
    """One message about ``events`` (a single change, several at once, or a week's)."""
    lines = [f"- {event.summary}\n  {base}{event.path}" for event in events]
    if digest:
        subject = f"This week: {len(events)} change{'s' if len(events) != 1 else ''} in {subscription.scope_name}"
        intro = f"What changed in {subscription.scope_name} this week:"
    elif len(events) == 1:
        subject = f"{subscription.state.name}: {events[0].summary}"
        intro = "A bill you follow changed:"
    else:
        subject = f"{subscription.state.name}: {len(events)} changes"
        intro = "Bills you follow changed:"
    body = (
        intro + "\n\n" + "\n".join(lines) + "\n\nEvery scorecard quotes the bill text it rests on."
    )
    return _message(subscription, subject[:200], body, base)


def _due_events(subscription: Subscription) -> list[AlertEvent]:
    events = AlertEvent.objects.filter(id__gt=subscription.last_event_id, state=subscription.state)
    if subscription.bill_id:
        events = events.filter(bill_id=subscription.bill_id)
    return list(events.order_by("id"))


def _deliver(message: EmailMessage, subscription: Subscription, report: SendReport) -> bool:
    """Send one message; True if accepted. A refused recipient is a bounce."""
    try:
        message.send(fail_silently=False)
    except smtplib.SMTPRecipientsRefused:
        subscription.bounces += 1
        subscription.save(update_fields=["bounces"])
        report.bounced.append(subscription.email)
        return False
    except (smtplib.SMTPException, OSError) as error:
        raise MailServerDown(f"the mail server failed: {error}") from error
    if subscription.bounces:
        subscription.bounces = 0
        subscription.save(update_fields=["bounces"])
    return True


def send_due(*, base: str | None = None, now: datetime | None = None) -> SendReport:
    """Send every due confirmation, alert and digest (at most ``MAX_MESSAGES_PER_RUN``)."""
    base = (base or site_url()).rstrip("/")
    now = now or timezone.now()
    report = SendReport()
    connection = get_connection(fail_silently=False)
    budget = MAX_MESSAGES_PER_RUN
    try:
        connection.open()
    except (smtplib.SMTPException, OSError) as error:
        report.stopped = f"the mail server could not be reached: {error}"
        return report
    try:
        pending = Subscription.objects.filter(
            confirmed_at=None, confirmation_sent_at=None, unsubscribed_at=None
        ).select_related("state", "bill")
        for subscription in pending[:budget]:
            message = confirmation_message(subscription, base)
            message.connection = connection
            if _deliver(message, subscription, report):
                subscription.confirmation_sent_at = now
                subscription.save(update_fields=["confirmation_sent_at"])
                report.confirmations += 1
                budget -= 1
        for subscription in Subscription.objects.active().select_related("state", "bill"):
            if budget <= 0:
                break
            digest = subscription.cadence == Cadence.WEEKLY
            if (
                digest
                and subscription.last_sent_at
                and now - subscription.last_sent_at < DIGEST_INTERVAL
            ):
                continue
            if (
                digest
                and subscription.last_sent_at is None
                and now - subscription.confirmed_at < DIGEST_INTERVAL
            ):
                continue
            events = _due_events(subscription)
            if not events:
                continue
            message = alert_message(subscription, events, base, digest=digest)
            message.connection = connection
            if _deliver(message, subscription, report):
                subscription.last_event_id = events[-1].id
                subscription.last_sent_at = now
                subscription.save(update_fields=["last_event_id", "last_sent_at"])
                if digest:
                    report.digests += 1
                else:
                    report.alerts += 1
                budget -= 1
    except MailServerDown as error:
        report.stopped = str(error)
    finally:
        connection.close()
    return report


def latest_event_id() -> int:
    """The newest event's id (a new subscriber starts after it)."""
    return AlertEvent.objects.aggregate(latest=Max("id"))["latest"] or 0
