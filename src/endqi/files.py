"""Reading a file or standard input with a byte limit: the one limited read.

Pure (no Django). The document loader, the screening workers, the import
framework and the commands all read through :func:`read_limited`, so a missing
file, a folder, a pipe, an unreadable file or one over the limit is refused the
same way everywhere, in the same words, and never read past one byte over the
limit (a file that grows while it is read is still cut off).
"""

from __future__ import annotations

import os
import stat
import sys

STDIN_PATH = "-"
#: Largest input read by default (50 MB); bigger files are refused, not truncated.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_SIZE_UNITS = (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024))


def format_size(size: int) -> str:
    """A byte count for people: ``2.5 MB``, ``512 KB``, ``900 bytes`` (the one size text)."""
    for unit, unit_bytes in _SIZE_UNITS:
        if size >= unit_bytes:
            value = size / unit_bytes
            # Three significant digits, never an exponent ("1000 MB", not "1e+03 MB").
            return f"{value:.0f} {unit}" if value >= 100 else f"{value:.3g} {unit}"
    return f"{size} bytes"


def too_big_reason(max_bytes: int) -> str:
    """Why input over the limit is refused: ``is larger than the 20 MB limit``."""
    return f"is larger than the {format_size(max_bytes)} limit"


class FileUnreadable(Exception):
    """A path that cannot be read as a file; ``reason`` says why, without the name."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path} {reason}")
        self.path = path
        self.reason = reason


def read_limited(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    Raises :class:`FileUnreadable` when the path does not exist (or is a broken
    link), is a folder, a pipe, a device or a socket, cannot be read, or holds
    more than ``max_bytes``.
    """
    name = os.fspath(path)
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        descriptor = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        if os.path.lexists(name):
            raise FileUnreadable(
                name, "is a broken symbolic link (what it points to does not exist)"
            ) from None
        raise FileUnreadable(name, "does not exist (no such file)") from None
    except IsADirectoryError:
        raise FileUnreadable(name, "is a folder, not a file") from None
    except OSError as error:
        raise FileUnreadable(name, _unreadable(error)) from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise FileUnreadable(name, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise FileUnreadable(name, "is not a regular file (it is a device, pipe or socket)")
        if info.st_size > max_bytes:
            raise FileUnreadable(name, too_big_reason(max_bytes))
        data = _read_to_end(descriptor, info.st_size, max_bytes + 1)
    except OSError as error:
        raise FileUnreadable(name, _unreadable(error)) from None
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise FileUnreadable(name, too_big_reason(max_bytes))
    return data


_READ_CHUNK = 1 << 20


def _read_to_end(descriptor: int, expected: int, limit: int) -> bytes:
    """Everything up to end of file, but never more than ``limit`` bytes.

    The first read asks for the size the file had plus one byte (so a file of that
    size is read in one call, and no buffer of ``limit`` bytes is allocated); a file
    that has grown since is read on in chunks. Plain ``os.read`` rather than a buffered
    file object: screening reads thousands of small files, and the wrapper's set-up
    cost as much as the read itself.
    """
    chunks: list[bytes] = []
    total = 0
    request = expected + 1
    while total < limit:
        chunk = os.read(descriptor, min(request, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        request = _READ_CHUNK
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _unreadable(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "cannot be read (permission denied)"
    return f"cannot be read ({error.strerror or error})"


def read_stdin_limited(max_bytes: int) -> bytes:
    """Standard input, read to one byte past ``max_bytes`` so the caller can tell "too big".

    An endless stream is never swallowed whole.
    """
    return sys.stdin.buffer.read(max_bytes + 1)
