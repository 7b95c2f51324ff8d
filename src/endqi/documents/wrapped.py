"""Bills that arrive inside JSON from bill-data services, and JSON that holds no bill.

LegiScan's ``getBillText`` answers ``{"status": "OK", "text": {"doc": <base64>,
"mime": "application/pdf", ...}}``; its bulk datasets store the same ``text``
object alone, and R tools re-serialise it with every value in a one-element
list. The document inside is decoded and read by its ``mime``. Everything else
in JSON (a LegiScan error or ``getBill`` record, Open States bill data, any
other JSON) is refused with one sentence, so it is never scored as if the
JSON were a bill's words.
"""

from __future__ import annotations

from typing import Any

from endqi.documents.errors import DocumentError

_JSON_STARTS = (b"{", b"[")
_OPEN_STATES_KEYS = frozenset(
    {"legislative_session", "session", "openstates_url", "jurisdiction", "identifier"}
)


def looks_like_json(data: bytes) -> bool:
    """Whether the bytes start (after white space or a UTF-8 mark) like a JSON object or array."""
    head = data[:64].lstrip(b"\xef\xbb\xbf").lstrip()
    return head.startswith(_JSON_STARTS)


def unwrap_json(data: bytes, name: str) -> tuple[bytes, str | None] | None:
    """The bill document inside a JSON wrapper, with its media type (``mime``).

    Returns None when ``data`` is not valid JSON after all (then it is read as text).

    Raises:
        DocumentError: JSON that holds no readable bill: a LegiScan error (with
            LegiScan's own message), a LegiScan bill record, Open States bill data,
            a document whose ``mime`` is not PDF, HTML or text, or any other JSON.
    """
    import json  # only for input that looks like JSON: start-up stays light

    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None
    except RecursionError:
        raise DocumentError(f"{name} is JSON nested too deeply to be a bill's text") from None
    value = _single(value)
    if isinstance(value, dict):
        status = _single(value.get("status"))
        if status == "ERROR" or "alert" in value:
            message = _single(_single(value.get("alert")) or {})
            text = message.get("message") if isinstance(message, dict) else None
            detail = f": {' '.join(str(_single(text)).split())}" if text else ""
            raise DocumentError(f"{name} is a LegiScan error response, not a bill{detail}")
        record = _single(value.get("text")) if "text" in value else value
        if isinstance(record, dict) and "doc" in record:
            return _legiscan_document(record, name)
        if _is_open_states(value):
            raise DocumentError(_open_states_message(name))
        if isinstance(_single(value.get("bill")), dict):
            raise DocumentError(
                f"{name} is LegiScan bill data, not a bill's text; "
                "give the document itself (LegiScan getBillText) instead"
            )
    if isinstance(value, list) and value and all(_is_open_states(item) for item in value[:20]):
        raise DocumentError(_open_states_message(name))
    raise DocumentError(
        f"{name} is JSON data, not a bill's text; give the bill as PDF, HTML or text"
    )


def _legiscan_document(record: dict[str, Any], name: str) -> tuple[bytes, str | None]:
    import base64
    import binascii

    encoded = _single(record.get("doc"))
    mime = _single(record.get("mime"))
    if not isinstance(encoded, str) or not encoded.strip():
        raise DocumentError(f"{name} is a LegiScan text record without a document in it")
    try:
        document = base64.b64decode(encoded, validate=False)
    except (binascii.Error, ValueError):
        raise DocumentError(
            f"{name} is a LegiScan text record whose document is not valid base64"
        ) from None
    return document, mime if isinstance(mime, str) and mime.strip() else None


def _single(value: Any) -> Any:
    """A value R-serialised JSON wraps in a one-element list, unwrapped."""
    while isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value


def _is_open_states(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    identifier = value.get("id")
    if isinstance(identifier, str) and identifier.startswith("ocd-bill/"):
        return True
    # API v3 names the session "session" (v2 "legislative_session"); v1 has "state".
    return len(_OPEN_STATES_KEYS.intersection(value)) >= 2 or (
        "title" in value and "session" in value and ("sponsors" in value or "actions" in value)
    )


def _open_states_message(name: str) -> str:
    return (
        f"{name} is Open States bill data, which holds no bill text; "
        "download the bill's text (the version's PDF or HTML link) and give that instead"
    )
