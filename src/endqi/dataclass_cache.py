"""Dataclass methods compiled once per installation, not once per process.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` and frozen ``__setattr__``/``__delattr__`` and compiles it
with ``exec``. For the thirty-odd result and fact classes ``endqi evaluate`` loads,
compiling that source costs more than all the rest of defining them (a tenth of
the command's start-up). :func:`install` gives the ``dataclasses`` module an
``exec`` of its own that keeps the compiled code of every source text it sees in
one file in the user's cache folder (:mod:`endqi.cache`), keyed by the exact
Python build, and later processes run the stored code instead of compiling the
text again.

The classes are the very ones ``@dataclass`` makes: the same source compiled the
same way (no inherited ``__future__`` flags, as ``dataclasses`` itself has none)
gives equal code objects, run with the same globals and namespace; a test checks
this. The file holds code, so it is read only when this user owns it and no one else
may write it (as far as the user's own ``__pycache__`` is trusted). Anything unexpected
(no cache yet, another Python's file, a damaged file, a file another user owns or may
write) compiles afresh. ``ENDQI_DATACLASS_CACHE=0`` turns it off.

Only the evaluator's command line installs it (before it imports the evaluator):
long-running processes such as the site define their classes once anyway.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import os
import sys
import zlib
from types import CodeType
from typing import Any

from endqi import cache

CACHE_FORMAT = 1
ENABLED = os.environ.get("ENDQI_DATACLASS_CACHE", "1") != "0"
# Past this many entries the file keeps only what the last process used.
MAX_ENTRIES = 2000
_BUILD = repr((CACHE_FORMAT, sys.implementation.name, sys.version, marshal.version))

_entries: dict[str, CodeType] | None = None
_used: dict[str, CodeType] = {}
_changed = False
_installed = False


def install() -> None:
    """Give ``dataclasses`` the caching ``exec`` (once; a no-op when turned off)."""
    global _installed
    if _installed or not ENABLED:
        return
    import dataclasses

    # dataclasses calls exec() by name: a module global of that name comes before the
    # builtin. Only set when dataclasses has none of its own.
    if "exec" not in vars(dataclasses):
        dataclasses.exec = _exec  # type: ignore[attr-defined]
    _installed = True


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec(source, globals, locals)``, with the code of a source text from the cache."""
    if isinstance(source, str):
        source = code_for(source)
    builtins.exec(source, globals, locals)


def code_for(source: str) -> CodeType:
    """The compiled code of ``source``, as ``exec(source)`` in ``dataclasses`` compiles it."""
    global _changed
    code = _load().get(source)
    if not isinstance(code, CodeType):
        # dont_inherit: compile as dataclasses' own exec does, without this module's
        # `from __future__ import annotations`.
        code = compile(source, "<string>", "exec", dont_inherit=True)
        if not _changed:
            _changed = True
            atexit.register(save)
    _used[source] = code
    return code


def _cache_path() -> str:
    return cache.path(f"dataclass-{zlib.crc32(_BUILD.encode('utf-8')):08x}.marshal")


def _read_own_file(path: str) -> bytes:
    """The bytes of ``path`` if this user owns it and no one else may write it.

    The file holds code this process runs, so it is trusted only as far as the user's own
    ``__pycache__`` would be (``OSError`` otherwise, and where owners cannot be checked).
    """
    if not hasattr(os, "getuid"):  # pragma: no cover - Windows: compile afresh
        raise OSError("file owners cannot be checked here")
    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        if status.st_uid != os.getuid() or status.st_mode & 0o022:
            raise OSError(f"{path} is not this user's own file")
        return handle.read()


def _load() -> dict[str, CodeType]:
    """The cached code of this Python build (read once per process)."""
    global _entries
    if _entries is None:
        _entries = _read_entries()
    return _entries


def _read_entries() -> dict[str, CodeType]:
    """The cache file's code of this Python build, as the file holds it now ({} if none)."""
    try:
        stored = marshal.loads(_read_own_file(_cache_path()))
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if (
        isinstance(stored, tuple)
        and len(stored) == 2
        and stored[0] == _BUILD
        and isinstance(stored[1], dict)
    ):
        return stored[1]
    return {}


def save() -> None:
    """Write the cache file (run at exit when some code was compiled afresh, and by
    processes that leave without running exit handlers, such as screening workers)."""
    global _changed
    if not _changed:
        return
    # What the file holds now, not what it held when this process started: a forked child
    # may have saved its own additions since (the evaluator's command line compiles most
    # classes in its child), and the parent's save must keep them.
    entries = _read_entries()
    entries.update(_used)
    if len(entries) > MAX_ENTRIES:
        entries = dict(_used)
    cache.write_atomically(_cache_path(), marshal.dumps((_BUILD, entries)), mode=0o644)
    _changed = False  # saved: a later save writes again only for new code
