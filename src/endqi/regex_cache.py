"""Regular expressions compiled once per installation, not once per process.

Python compiles a regular expression in two steps: a parser and a code generator
written in Python, then a small C call (``_sre.compile``) that builds the pattern
object from the generated code. For the evaluator's hundreds of legal patterns
the Python steps cost most of ``endqi evaluate``'s start-up (about 0.1 s of every
run). :func:`compile_pattern` keeps the generated code of every pattern it has
seen in one file in the user's cache folder (:mod:`endqi.cache`), keyed by the
exact Python build, and builds later processes' patterns from it with the C
call alone. Values read off a pattern by other code (the literal gates of
:mod:`endqi.analysis.literals`) can be kept in the same file (:func:`remember`).

The result is the very object :func:`re.compile` would return: ``==`` on two
patterns compares their source, flags *and* generated code, and a test checks
every cached pattern that way. Anything unexpected (no cache yet, a cache of
another Python, a damaged file, a Python whose internals differ) falls back to
:func:`re.compile`; the cache only ever makes start-up faster.
``ENDQI_REGEX_CACHE=0`` turns it off.
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from endqi import cache

T = TypeVar("T")

CACHE_FORMAT = 2  # 2: generated code kept as the bytes of an array, not a list of ints
ENABLED = os.environ.get("ENDQI_REGEX_CACHE", "1") != "0"
# Past this many entries the file keeps only what the last process used (the cache
# must not grow with every edited pattern forever). A whole screening run uses about 420;
# every process reads the whole file at start, and 4,000 entries (about 12 MB) cost each
# start some 50 ms, so the bound stays near three runs' worth.
MAX_ENTRIES = 1500

try:  # the internals the cache needs; without them every pattern takes re.compile
    import _sre
    from re import _compiler, _parser

    # The array type whose items are as wide as the regex engine's code words.
    _CODE_TYPE = next(code for code in "IL" if array.array(code).itemsize == _sre.CODESIZE)
    _BUILD = (
        CACHE_FORMAT,
        sys.implementation.name,
        sys.version,
        _sre.MAGIC,
        _sre.CODESIZE,
    )
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - other Pythons
    _sre = None
    _CODE_TYPE = "I"
    _BUILD = None

# (source, flags) -> (flags, code, groups, group index, index group), as _sre.compile takes
# them but for the code, kept as the bytes of an array of code words: marshal reads one bytes
# object at memory speed, where a list of ints costs an object per word (a file of a thousand
# patterns took 7 ms to read as lists, under 2 ms as bytes).
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_entries: dict[tuple[str, int], Entry] | None = None
_used: dict[tuple[str, int], Entry] = {}
# (kind, source, flags) -> a value read off that pattern (see remember), in the same file.
_remembered: dict[tuple[str, str, int], object] = {}
_changed = False


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, built from the cached code when there is one."""
    if not ENABLED or _BUILD is None or not isinstance(source, str):
        return re.compile(source, flags)
    flags = int(flags)
    key = (source, flags)
    entry = _load().get(key)
    if entry is not None:
        flags_used, code, *groups = entry
        try:
            pattern = _sre.compile(
                source, flags_used, array.array(_CODE_TYPE, code).tolist(), *groups
            )
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # a damaged entry (_sre validates the code): compile it afresh below
        else:
            _used[key] = entry
            return pattern
    return _compile_and_remember(key)


def _compile_and_remember(key: tuple[str, int]) -> re.Pattern[str]:
    """Compile as :func:`re.compile` does, keeping the generated code for later runs."""
    source, flags = key
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        # Plain ints: the opcodes and flags are int subclasses, which marshal refuses.
        code_words = [int(value) for value in code]
        entry: Entry = (
            int(flags | parsed.state.flags),
            array.array(_CODE_TYPE, code_words).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        pattern = _sre.compile(source, entry[0], code_words, *entry[2:])
    except (AttributeError, TypeError, RuntimeError):  # pragma: no cover - other internals
        return re.compile(source, flags)
    except re.error:
        # A bad pattern: let re.compile raise its own error, message and all.
        return re.compile(source, flags)
    if pattern != re.compile(source, flags):  # pragma: no cover - internals changed
        return re.compile(source, flags)
    _used[key] = entry
    _mark_changed()
    return pattern


def _mark_changed() -> None:
    """Save the file at exit: this process added to it."""
    global _changed
    if not _changed:
        _changed = True
        atexit.register(save)


def remember(kind: str, pattern: re.Pattern[str], compute: Callable[[], T]) -> T:
    """``compute()``: a value read off ``pattern`` by the code ``kind`` names, kept in the
    same file as the compiled code, so later processes skip reading it off again.

    ``kind`` must change whenever that code does (:mod:`endqi.analysis.literals` puts a
    checksum of its own source in it); the value must be one :mod:`marshal` can write.
    """
    if not ENABLED or _BUILD is None or not isinstance(pattern.pattern, str):
        return compute()
    key = (kind, pattern.pattern, int(pattern.flags))
    entries = _load()
    if key in entries:
        value = entries[key]
    else:
        value = compute()
        _mark_changed()
    _remembered[key] = value
    return value  # type: ignore[return-value]


def _cache_path() -> str:
    # The file name tells builds apart (the content checks the build again); crc32
    # because hashlib is not otherwise needed this early.
    return cache.path(f"regex-{zlib.crc32(repr(_BUILD).encode('utf-8')):08x}.marshal")


def _load() -> dict[tuple[str, int], Entry]:
    """The cached entries of this Python build (read once per process)."""
    global _entries
    if _entries is None:
        _entries = _read_entries()
    return _entries


def _read_entries() -> dict[tuple[str, int], Entry]:
    """The cache file's entries of this Python build, as the file holds them now."""
    try:
        stored = marshal.loads(cache.read(_cache_path()))
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == repr(_BUILD):
        entries = stored[1]
        if isinstance(entries, dict):
            return entries
    return {}


def save() -> None:
    """Write the cache file (run at exit when a pattern was compiled afresh)."""
    if not _changed or _BUILD is None:
        return
    # What the file holds now (a forked child may have saved its additions since this
    # process read it), with this process's own.
    entries: dict[tuple[object, ...], object] = dict(_read_entries())
    entries.update(_used)
    entries.update(_remembered)
    if len(entries) > MAX_ENTRIES:
        entries = {**_used, **_remembered}
    cache.write_atomically(_cache_path(), marshal.dumps((repr(_BUILD), entries)))


# -- patterns written inline, where they are used ------------------------------------------

# Each inline pattern, compiled once per process (``re``'s own cache would also compile it once
# per process, but from scratch: some sixty inline patterns cost every new process 15 ms).
_inline: dict[tuple[str, int], re.Pattern[str]] = {}


def cached(source: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`compile_pattern` once per process, for a pattern written where it is used.

    Only for patterns fixed in the code: a pattern built from a document's own words would
    add an entry to the cache file for every document."""
    key = (source, flags)
    pattern = _inline.get(key)
    if pattern is None:
        pattern = _inline[key] = compile_pattern(source, flags)
    return pattern


def search(source: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """``re.search`` through :func:`cached`."""
    return cached(source, flags).search(string)


def match(source: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """``re.match`` through :func:`cached`."""
    return cached(source, flags).match(string)


def sub(source: str, replacement: str, string: str, count: int = 0, flags: int = 0) -> str:
    """``re.sub`` through :func:`cached`."""
    return cached(source, flags).sub(replacement, string, count)


def split(source: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    """``re.split`` through :func:`cached`."""
    return cached(source, flags).split(string, maxsplit)


def finditer(source: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """``re.finditer`` through :func:`cached`."""
    return cached(source, flags).finditer(string)


def findall(source: str, string: str, flags: int = 0) -> list[Any]:
    """``re.findall`` through :func:`cached`."""
    return cached(source, flags).findall(string)
