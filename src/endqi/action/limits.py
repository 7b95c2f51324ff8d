"""Every threshold of the action app, defined once.

Views, forms, the API, the templates (through the context) and the tests read
these names; nothing else repeats the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

# A mailto: URL longer than this is not offered: some mail clients and browsers cut
# long URLs silently (the visitor would send half a message), so we fall back to
# copy-and-paste with the addresses shown.
MAILTO_MAX_CHARS = 1800

# Message fields: long enough for a real letter, short enough to refuse abuse.
SUBJECT_MAX_CHARS = 200
BODY_MAX_CHARS = 10000
PERSONAL_NOTE_MAX_CHARS = 1000
NAME_MAX_CHARS = 100
PLACE_MAX_CHARS = 120
# One message goes to a handful of officials at most (senator, representative, governor...).
MAX_RECIPIENTS = 6

# A signed confirmation link stops working after this many seconds (two days).
CONFIRMATION_MAX_AGE_SECONDS = 2 * 24 * 3600


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most ``limit`` events per ``window_seconds`` for one key (an IP or an address)."""

    scope: str
    limit: int
    window_seconds: int


# Server-side sending: per visitor IP and per sender address.
SEND_PER_IP = RateLimit("send-ip", limit=5, window_seconds=3600)
SEND_PER_ADDRESS = RateLimit("send-address", limit=3, window_seconds=3600)
# Confirmation copies: one address cannot be used to spam a third party with copies.
CONFIRM_PER_ADDRESS = RateLimit("confirm-address", limit=3, window_seconds=3600)
# Evaluating uploaded drafts costs CPU: per IP, shared by the page and the API.
EVALUATE_PER_IP = RateLimit("evaluate-ip", limit=30, window_seconds=3600)

# Share images.
SHARE_SIZES: dict[str, tuple[int, int]] = {
    "wide": (1200, 630),  # OpenGraph / Twitter large card
    "square": (1080, 1080),  # Instagram and most feeds
}
DEFAULT_SHARE_SIZE = "wide"
# Rendered PNGs stay in the cache this long; the key changes whenever the data does.
SHARE_CACHE_SECONDS = 7 * 24 * 3600
