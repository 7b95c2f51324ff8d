"""The user's cache folder, where endqi keeps compiled forms between runs.

Compiled forms only: the screening gate's Hyperscan database and the evaluator's
compiled regular expressions, each in a file named by what it was built from.
Deleting the folder is always safe; the next run builds them again.
"""

from __future__ import annotations

import os
import time


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
        return  # read-only home or full disk: the next run compiles again
    prune_other_versions(path)


# Another version's file is removed only once it is this old: two installations sharing a
# cache folder (two checkouts at once) keep their files while both are in use.
STALE_SECONDS = 24 * 3600


def prune_other_versions(path: str, *, now: float | None = None) -> list[str]:
    """Remove the cache files that ``path`` supersedes: the same kind of compiled form
    ("gate-<key>.hsdb") built from another version, untouched for :data:`STALE_SECONDS`.
    Each upgrade would otherwise leave a megabyte behind for good. Returns what it removed."""
    folder, name = os.path.split(path)
    kind, dash, _key = name.partition("-")
    extension = os.path.splitext(name)[1]
    if not dash or not extension:
        return []
    limit = (now if now is not None else time.time()) - STALE_SECONDS
    removed = []
    try:
        siblings = os.listdir(folder)
    except OSError:
        return []
    for sibling in siblings:
        if sibling == name or not sibling.endswith(extension):
            continue
        if sibling.partition("-")[0] != kind or sibling.endswith(".tmp"):
            continue
        other = os.path.join(folder, sibling)
        try:
            if os.stat(other).st_mtime < limit:
                os.remove(other)
                removed.append(sibling)
        except OSError:
            continue  # removed meanwhile, or not ours to remove: harmless either way
    return removed


def machine() -> str:
    """The machine type, as ``platform.machine()`` gives it (for the names of compiled
    forms built for one CPU), read from ``os.uname()`` where it exists: importing
    :mod:`platform` costs more than the evaluator's read of a short bill."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().machine
    import platform  # pragma: no cover - systems without uname (Windows)

    return platform.machine()  # pragma: no cover
