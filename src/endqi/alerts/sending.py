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
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext, override

from endqi.alerts.models import AlertEvent, Cadence, Subscription
from endqi.web.i18n import language_prefix

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
    """The path of a subscription's confirm or unsubscribe link, in its language."""
    with override(subscription.language):
        return reverse(viewname, kwargs={"token": subscription.token})


def _footer(subscription: Subscription, base: str) -> str:
    words = {
        "scope": subscription.scope_name,
        "cadence": subscription.get_cadence_display().lower(),
        "link": f"{base}{_token_path('alerts-unsubscribe', subscription)}",
    }
    return (
        "\n--\n"
        + gettext("You get this because you asked for alerts about %(scope)s (%(cadence)s).")
        % words
        + "\n"
        + gettext("Stop them: %(link)s") % words
        + "\n"
        + gettext("We keep your address only to send these alerts, and delete it when you ask.")
        + "\n"
    )


def _message(subscription: Subscription, subject: str, body: str, base: str) -> EmailMessage:
    """A message to one subscriber; call it in their language (``override``)."""
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
    """The double opt-in message, in the subscriber's language: nothing is sent until its
    link is used."""
    with override(subscription.language):
        words = {
            "scope": subscription.scope_name,
            "link": f"{base}{_token_path('alerts-confirm', subscription)}",
        }
        body = (
            gettext("Someone (we hope you) asked for e-mail alerts about %(scope)s from endqi.")
            % words
            + "\n\n"
            + gettext("To start them, open this link and press the button:")
            + f"\n{words['link']}\n\n"
            + gettext("If this was not you, ignore this message: you will get nothing more.")
        )
        subject = gettext("Confirm alerts about %(scope)s") % words
        return _message(subscription, subject, body, base)


def alert_message(
    subscription: Subscription, events: list[AlertEvent], base: str, *, digest: bool
) -> EmailMessage:
    """One message about ``events`` (a single change, several at once, or a week's), in the
    subscriber's language and linking the pages in it."""
    with override(subscription.language):
        pages = base + language_prefix(subscription.language)
        lines = [f"- {event.describe()}\n  {pages}{event.path}" for event in events]
        words = {
            "count": len(events),
            "scope": subscription.scope_name,
            "state": subscription.state.name,
        }
        if digest:
            subject = ngettext(
                "This week: %(count)s change in %(scope)s",
                "This week: %(count)s changes in %(scope)s",
                len(events),
            )
            intro = gettext("What changed in %(scope)s this week:")
        elif len(events) == 1:
            words["summary"] = events[0].describe()
            subject = gettext("%(state)s: %(summary)s")
            intro = gettext("A bill you follow changed:")
        else:
            subject = ngettext(
                "%(state)s: %(count)s change", "%(state)s: %(count)s changes", len(events)
            )
            intro = gettext("Bills you follow changed:")
        body = (
            intro % words
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + gettext("Every scorecard quotes the bill text it rests on.")
        )
        return _message(subscription, (subject % words)[:200], body, base)


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
