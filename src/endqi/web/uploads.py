"""Request bodies and uploaded files: the one size check and the one limited read.

Every view that takes a file (the ``/evaluate/`` page, ``POST /api/v1/evaluate``,
the staff upload screens) refuses an over-size body from its declared length
before Django reads it, and reads an uploaded file through :func:`read_upload`,
which never holds more than the limit plus one chunk.
"""

from __future__ import annotations

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest

from endqi.files import format_size

# Room for multipart boundaries, headers and the small form fields beside the file.
FORM_OVERHEAD_BYTES = 64 * 1024


class UploadTooLarge(Exception):
    """A body or file is larger than ``settings.ENDQI_MAX_UPLOAD_BYTES`` (answer 413)."""


def max_upload_bytes() -> int:
    """The upload limit from ``settings.ENDQI_MAX_UPLOAD_BYTES``."""
    return int(settings.ENDQI_MAX_UPLOAD_BYTES)


def max_upload_text() -> str:
    """The upload limit in words, e.g. "20 MB" (forms, the evaluate page, 413 answers)."""
    return format_size(max_upload_bytes())


def declared_length(request: HttpRequest) -> int:
    """The request's Content-Length (0 when absent or not a number)."""
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


def body_too_large(request: HttpRequest) -> bool:
    """True when the declared body is larger than an upload may be (answer 413 unread)."""
    return declared_length(request) > max_upload_bytes() + FORM_OVERHEAD_BYTES


def refuse_oversize_upload(upload: UploadedFile, limit: int | None = None) -> None:
    """:class:`UploadTooLarge` when the file's declared size is over ``limit`` (default: the limit).

    Cheap (nothing is read): forms call it while validating, :func:`read_upload` again.
    """
    limit = max_upload_bytes() if limit is None else limit
    if upload.size is not None and upload.size > limit:
        raise UploadTooLarge(upload.name or "upload")


def read_upload(upload: UploadedFile, limit: int | None = None) -> bytes:
    """An uploaded file's bytes; :class:`UploadTooLarge` past ``limit`` (default: the limit).

    Reads chunk by chunk, so a file whose declared size lies is still cut off.
    """
    limit = max_upload_bytes() if limit is None else limit
    refuse_oversize_upload(upload, limit)
    upload.seek(0)
    parts: list[bytes] = []
    total = 0
    for chunk in upload.chunks():
        total += len(chunk)
        if total > limit:
            raise UploadTooLarge(upload.name or "upload")
        parts.append(chunk)
    return b"".join(parts)
