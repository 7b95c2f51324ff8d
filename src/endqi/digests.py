"""SHA-256 digests without loading OpenSSL for short inputs.

:mod:`hashlib` answers ``sha256`` with OpenSSL's, and loading OpenSSL costs 4-5 ms,
a few percent of every ``endqi evaluate``, which hashes the document it reads and
the rule table. CPython also builds a SHA-256 of its own (the one :mod:`hashlib`
falls back to without OpenSSL), slower per byte but free to load: it digests what
is short; OpenSSL's, loaded only then, what is long enough for its speed to repay
the load. The digests are the same (SHA-256 is SHA-256); a test compares them.
"""

from __future__ import annotations

from typing import Any

# Past this many bytes OpenSSL's speed (about 1 GB/s against CPython's 250 MB/s) repays its
# 4 ms load.
BUILTIN_UP_TO_BYTES = 1 << 20

try:  # CPython's own SHA-256: `_sha256` up to 3.11, `_sha2` from 3.12
    from _sha256 import sha256 as _builtin_sha256  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha2 import sha256 as _builtin_sha256  # type: ignore[import-not-found,no-redef]
    except ImportError:
        _builtin_sha256 = None


def sha256(data: bytes = b"") -> Any:
    """A SHA-256 hash object of ``data`` (``update``, ``digest`` and ``hexdigest`` as
    :func:`hashlib.sha256`'s)."""
    if _builtin_sha256 is not None and len(data) <= BUILTIN_UP_TO_BYTES:
        return _builtin_sha256(data)
    import hashlib

    return hashlib.sha256(data)
