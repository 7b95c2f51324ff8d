"""The user's cache folder, where endqi keeps compiled forms between runs.

Compiled forms only: the screening gate's Hyperscan database and the evaluator's
compiled regular expressions, each in a file named by what it was built from.
Deleting the folder is always safe; the next run builds them again.
"""

from __future__ import annotations

import os


def path(name: str) -> str:
    """The path of the cache file ``name`` in :func:`folder`."""
    return os.path.join(folder(), name)


def folder() -> str:
    """``$ENDQI_CACHE_DIR`` (or the older ``$ENDQI_GATE_CACHE_DIR``), else
    ``$XDG_CACHE_HOME/endqi``, else ``~/.cache/endqi``.

    Plain strings, not :mod:`pathlib`: this is on the evaluator's start-up path,
    and pathlib's imports cost more than the rest of this module.
    """
    configured = os.environ.get("ENDQI_CACHE_DIR") or os.environ.get("ENDQI_GATE_CACHE_DIR")
    if configured:
        return configured
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "endqi")


def read(path: str) -> bytes:
    """The bytes of a cache file (``OSError`` when it is missing or unreadable)."""
    with open(path, "rb") as handle:
        return handle.read()


def write_atomically(path: str, data: bytes, *, mode: int | None = None) -> None:
    """Write a cache file atomically; a cache that cannot be written is only slower.

    ``mode``: the file's permissions, whatever the umask (a file of code is kept writable
    by its owner only, so that the reader can trust it).
    """
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as handle:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        pass  # read-only home or full disk: the next run compiles again


def machine() -> str:
    """The machine type, as ``platform.machine()`` gives it (for the names of compiled
    forms built for one CPU), read from ``os.uname()`` where it exists: importing
    :mod:`platform` costs more than the evaluator's read of a short bill."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().machine
    import platform  # pragma: no cover - systems without uname (Windows)

    return platform.machine()  # pragma: no cover
