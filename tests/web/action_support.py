"""Helpers for the action app's tests: real officials data, a real SMTP server, HTML parsing.

Nothing here replaces project code: officials are loaded with the officials app's own
``import-people`` command from the real Open States files in ``../shared``, and mail
goes through Django's SMTP backend to an aiosmtpd server on 127.0.0.1.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path

from django.core.management import call_command
from selectolax.lexbor import LexborHTMLParser

# Jefferson City, Missouri: the capitol's districts (Senate 6, House 60) in the shared data.
MO_SENATE_DISTRICT = "6"
MO_HOUSE_DISTRICT = "60"
JEFFERSON_CITY_ZIP = "65101"


def load_missouri_officials(shared_dir: Path, *, districts: bool = False) -> None:
    """Import Missouri's people (and optionally district shapes) with the real commands."""
    call_command(
        "import_people",
        str(shared_dir / "data" / "openstates-people"),
        "--state",
        "MO",
        verbosity=0,
    )
    if districts:
        for name in ("mo_sldu_2024.geojson", "mo_sldl_2024.geojson"):
            call_command(
                "import_districts", "MO", str(shared_dir / "data" / "districts" / name), verbosity=0
            )


def seed_real_bill(bill_id: str = "mo-hb-30"):
    """Seed one real bill of the shared development data with the legislation app's seeder."""
    from endqi.legislation.seed import seed_one

    return seed_one(bill_id)


def html(response) -> LexborHTMLParser:
    """A response body parsed as HTML."""
    return LexborHTMLParser(response.content.decode())


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class ReceivedMail:
    """What the local SMTP server received."""

    envelopes: list = field(default_factory=list)

    @property
    def messages(self) -> list[Message]:
        """Each received message parsed."""
        return [message_from_bytes(envelope.content) for envelope in self.envelopes]

    def recipients(self, index: int) -> list[str]:
        """SMTP RCPT TO addresses of one message."""
        return list(self.envelopes[index].rcpt_tos)


class _Collector:
    def __init__(self, store: ReceivedMail, reject: frozenset[str] = frozenset()) -> None:
        self.store = store
        self.reject = reject

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        # A mailbox that does not exist: the server refuses it, as a real one would (a bounce).
        if address.lower() in self.reject:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        self.store.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@contextmanager
def smtp_server(reject: frozenset[str] = frozenset()) -> Iterator[tuple[int, ReceivedMail]]:
    """A real SMTP server on 127.0.0.1 and a random port, collecting what it receives.

    Addresses in ``reject`` are refused at RCPT time with a 550, like unknown mailboxes.
    """
    from aiosmtpd.controller import Controller

    store = ReceivedMail()
    port = free_port()
    controller = Controller(_Collector(store, reject), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, store
    finally:
        controller.stop()


def use_smtp(settings, port: int) -> None:
    """Point Django's e-mail at the local server and turn server-side sending on."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.DEFAULT_FROM_EMAIL = "endqi <noreply@endqi.example>"
    settings.ENDQI_SERVER_SEND = True
