"""Signed, expiring links that confirm a sender's address before they get a copy.

The link carries the copy itself, signed with ``django.core.signing`` (so it
cannot be forged or altered) and compressed; the server keeps nothing but a
short-lived hash of used links, so one link sends one copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext

from endqi.action.limits import CONFIRMATION_MAX_AGE_SECONDS

SALT = "endqi.action.copy-confirmation"


class ConfirmationError(Exception):
    """The link is broken, forged or expired; the message is one sentence."""


@dataclass(frozen=True, slots=True)
class PendingCopy:
    """The copy a sender asked for, waiting for their confirmation."""

    sender_name: str
    sender_email: str
    subject: str
    body: str
    sent_to: tuple[str, ...]  # "Senator Doe <doe@…>" lines

    def to_payload(self) -> dict[str, Any]:
        """Compact JSON payload for signing."""
        return {
            "n": self.sender_name,
            "e": self.sender_email,
            "s": self.subject,
            "b": self.body,
            "t": list(self.sent_to),
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> PendingCopy:
        """Rebuild from :meth:`to_payload`."""
        return cls(
            sender_name=str(data["n"]),
            sender_email=str(data["e"]),
            subject=str(data["s"]),
            body=str(data["b"]),
            sent_to=tuple(str(item) for item in data["t"]),
        )

    def copy_body(self) -> str:
        """The text of the copy e-mail."""
        recipients = "\n".join(f"  {line}" for line in self.sent_to)
        return (
            gettext("Here is a copy of the message you sent through endqi.")
            + "\n\n"
            + gettext("To:")
            + f"\n{recipients}\n"
            + gettext("Subject:")
            + f" {self.subject}\n\n{self.body.rstrip()}\n"
        )


def make_token(copy: PendingCopy) -> str:
    """A signed, compressed token carrying ``copy``."""
    return signing.dumps(copy.to_payload(), salt=SALT, compress=True)


def read_token(token: str, *, max_age: int = CONFIRMATION_MAX_AGE_SECONDS) -> PendingCopy:
    """The copy in a token; :class:`ConfirmationError` if it is bad or older than ``max_age``."""
    try:
        payload = signing.loads(token or "", salt=SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise ConfirmationError(
            gettext("This confirmation link has expired; send your message again to get a new one.")
        ) from None
    except signing.BadSignature:
        raise ConfirmationError(
            gettext("This confirmation link is not valid; copy the whole link from the e-mail.")
        ) from None
    try:
        return PendingCopy.from_payload(payload)
    except (KeyError, TypeError):
        raise ConfirmationError(gettext("This confirmation link is not valid.")) from None


def _used_key(token: str) -> str:
    return "endqi:copy-used:" + hashlib.sha256(token.encode("utf-8")).hexdigest()


def claim_token(token: str) -> bool:
    """Mark a token used; False when it was already used (the copy was sent before)."""
    return cache.add(_used_key(token), 1, timeout=CONFIRMATION_MAX_AGE_SECONDS + 60)


def release_token(token: str) -> None:
    """Undo :func:`claim_token` (sending failed, so the visitor may try again)."""
    cache.delete(_used_key(token))
