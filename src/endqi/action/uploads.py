"""Refuse over-size request bodies before Django reads them."""

from __future__ import annotations

from django.http import HttpRequest

from endqi.action.drafts import max_upload_bytes

# Room for multipart boundaries, headers and the small form fields beside the file.
FORM_OVERHEAD_BYTES = 64 * 1024


def declared_length(request: HttpRequest) -> int:
    """The request's Content-Length (0 when absent or not a number)."""
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


def body_too_large(request: HttpRequest) -> bool:
    """True when the declared body is larger than an upload may be (answer 413 unread)."""
    return declared_length(request) > max_upload_bytes() + FORM_OVERHEAD_BYTES
