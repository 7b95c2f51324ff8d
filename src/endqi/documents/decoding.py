"""Turn the bytes of a text or HTML file into a ``str``.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; otherwise
UTF-16 without a mark is recognised by its pattern of zero bytes; otherwise
UTF-8, and Windows-1252 (what Word and older legislature sites write) when the
bytes are not valid UTF-8. Bytes that look like binary data are refused.
"""

from __future__ import annotations

from endqi.documents.errors import DocumentError
from endqi.regex_cache import compile_pattern

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)

# How much of the start of a file is inspected to tell text from binary data.
SNIFF_BYTES = 65536
# Control bytes that never occur in text (tab, line feed, vertical tab, form feed,
# carriage return and escape are allowed); more than this share means binary data.
_BINARY_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_TEXT_BYTES = bytes(b for b in range(256) if b not in _BINARY_BYTES)
MAX_BINARY_SHARE = 0.01
# UTF-16 without a mark: in ASCII-heavy text one byte of each pair is almost always 0.
UTF16_ZERO_SHARE = 0.9

# Control characters left after decoding (C0 except whitespace, and C1) that mark
# bytes decoded from the wrong encoding or binary data.
_CONTROL_CHARS = compile_pattern(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def decode_text(data: bytes, name: str) -> str:
    """Decode a text document's bytes.

    Args:
        data: the raw bytes (non-empty).
        name: how to call the document in an error message.

    Returns:
        The text, with lone carriage returns turned into line feeds and any
        byte-order mark removed.

    Raises:
        DocumentError: binary data, or bytes no supported encoding can decode.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise DocumentError(
                    f"{name} starts with a {label} byte-order mark but is not valid {label} text"
                ) from None
            return _finish(text, name)

    sample = data[:SNIFF_BYTES]
    codec = _utf16_without_bom(sample)
    if codec:
        try:
            return _finish(data.decode(codec), name)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all; judge the bytes as they are
    binary = len(sample.translate(None, _TEXT_BYTES))
    if binary > max(1, MAX_BINARY_SHARE * len(sample)):
        raise DocumentError(f"{name} is not a text document (it contains binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(
                f"{name} cannot be decoded: it is neither UTF-8 nor Windows-1252 text"
            ) from None
    return _finish(text, name)


def _utf16_without_bom(sample: bytes) -> str | None:
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_zeros = sample[0 : pairs * 2 : 2].count(0)
    odd_zeros = sample[1 : pairs * 2 : 2].count(0)
    if odd_zeros >= UTF16_ZERO_SHARE * pairs and even_zeros < (1 - UTF16_ZERO_SHARE) * pairs:
        return "utf-16-le"
    if even_zeros >= UTF16_ZERO_SHARE * pairs and odd_zeros < (1 - UTF16_ZERO_SHARE) * pairs:
        return "utf-16-be"
    return None


def _finish(text: str, name: str) -> str:
    head = text[:SNIFF_BYTES]
    controls = len(_CONTROL_CHARS.findall(head))
    if controls > max(1, MAX_BINARY_SHARE * len(head)):
        raise DocumentError(f"{name} is not a text document (it contains binary data)")
    if "\r" in text:
        # Lone carriage returns become line feeds; "\r\n" pairs stay (same length either
        # way). Splitting on the pairs keeps this at C speed for millions of them.
        if "\r\n" in text:
            text = "\r\n".join(piece.replace("\r", "\n") for piece in text.split("\r\n"))
        else:
            text = text.replace("\r", "\n")
    return text
