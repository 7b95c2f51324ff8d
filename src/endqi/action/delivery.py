"""Server-side sending through Django's e-mail framework (only when the site enables it).

From is always the site's own address (so mail servers accept it under the
site's SPF/DKIM); Reply-To is the constituent, so the office answers them
directly. A copy to the constituent is sent only after they confirm their
address through a signed, expiring link (:mod:`endqi.action.confirmation`).
Nothing here stores or logs the visitor's address.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMessage

from endqi.action.recipients import Recipient


def server_send_enabled() -> bool:
    """Whether this deployment sends messages itself (``settings.ENDQI_SERVER_SEND``)."""
    return bool(getattr(settings, "ENDQI_SERVER_SEND", False))


def one_line(text: str) -> str:
    """Collapse whitespace (headers must not contain line breaks)."""
    return " ".join((text or "").split())


def site_address() -> str:
    """The bare address of ``DEFAULT_FROM_EMAIL``."""
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or settings.DEFAULT_FROM_EMAIL


def from_header(sender_name: str) -> str:
    """``Jane Doe via endqi <noreply@…>``: the site's address, naming the constituent."""
    site_name = parseaddr(settings.DEFAULT_FROM_EMAIL)[0] or "endqi"
    return formataddr((f"{one_line(sender_name)} via {site_name}", site_address()))


def constituent_footer(sender_name: str, sender_email: str, site: str) -> str:
    """The lines appended to a sent message so the office knows how it arrived."""
    return (
        "\n--\n"
        f"Sent by {one_line(sender_name)} <{sender_email}> through {site}. "
        "Reply to this e-mail to answer them directly.\n"
    )


def send_to_officials(
    *,
    recipients: Sequence[Recipient],
    subject: str,
    body: str,
    sender_name: str,
    sender_email: str,
    site: str,
) -> int:
    """Send one message to the chosen officials; returns the number of messages sent (0 or 1)."""
    message = EmailMessage(
        subject=one_line(subject),
        body=body.rstrip() + "\n" + constituent_footer(sender_name, sender_email, site),
        from_email=from_header(sender_name),
        to=[formataddr((recipient.name, recipient.email)) for recipient in recipients],
        reply_to=[formataddr((one_line(sender_name), sender_email))],
    )
    return message.send(fail_silently=False)


def send_plain(*, to: str, subject: str, body: str) -> int:
    """Send a message from the site to one address (confirmations and copies)."""
    message = EmailMessage(
        subject=one_line(subject), body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[to]
    )
    return message.send(fail_silently=False)
