"""``mailto:`` links (RFC 6068) with a length limit and a copy-and-paste fallback.

The static script ``action/static/action/compose.js`` encodes the same way in
the browser (``encodeURIComponent`` plus CRLF line breaks), so the link stays
right as the visitor edits; this module is what the page serves without
JavaScript and what the tests check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from endqi.action.limits import MAILTO_MAX_CHARS

# Characters encodeURIComponent leaves alone beyond quote()'s own "_.-~", so the server
# and the browser build byte-identical links (and agree on the length limit).
JS_SAFE = "!*'()"


def _encode(text: str) -> str:
    # RFC 6068 wants line breaks as CRLF and everything outside unreserved characters
    # percent-encoded as UTF-8.
    normalized = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return quote(normalized, safe=JS_SAFE)


def mailto_url(recipients: Sequence[str], subject: str = "", body: str = "") -> str:
    """The full ``mailto:`` URL for ``recipients`` with ``subject`` and ``body``."""
    addresses = ",".join(quote(address.strip(), safe="@" + JS_SAFE) for address in recipients)
    fields = []
    if subject:
        fields.append("subject=" + _encode(subject))
    if body:
        fields.append("body=" + _encode(body))
    return f"mailto:{addresses}" + ("?" + "&".join(fields) if fields else "")


@dataclass(frozen=True, slots=True)
class MailtoPlan:
    """How a message can be handed to the visitor's mail program.

    ``full_href`` carries the whole message, or is ``None`` when that URL would be
    longer than :data:`MAILTO_MAX_CHARS`; then the visitor copies the body and
    opens ``short_href`` (addresses and subject only).
    """

    full_href: str | None
    short_href: str
    full_length: int

    @property
    def fits(self) -> bool:
        """Whether the whole message fits in one link."""
        return self.full_href is not None


def plan_mailto(
    recipients: Sequence[str], subject: str, body: str, *, max_chars: int = MAILTO_MAX_CHARS
) -> MailtoPlan:
    """Build the full link if it fits under ``max_chars``, and always the short one."""
    full = mailto_url(recipients, subject, body)
    return MailtoPlan(
        full_href=full if len(full) <= max_chars else None,
        short_href=mailto_url(recipients, subject),
        full_length=len(full),
    )
