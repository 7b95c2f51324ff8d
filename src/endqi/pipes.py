"""Messages through pipes between this process and the processes it forks.

The budgeted children of :mod:`endqi.budget` and the screening workers of
:mod:`endqi.forkpool` talk to their parent the same way: pickled payloads, each
behind an eight-byte length, through a pair of pipes per child. Forking happens
under :data:`FORK_LOCK`, and a forked child keeps only its own pipe ends
(:func:`keep_only_descriptors`), so that every pipe closes when its two owners are
done with it and each side sees the other leave.

Pure (no Django), standard library only.
"""

from __future__ import annotations

import os
import pickle
import selectors
import struct
import threading
import time
from typing import Any

#: Held while creating a child's pipes, forking it and closing the parent's copies of the
#: child's ends: a child forked by another thread in between would keep copies of those
#: ends, so neither side would ever see the pipe close (a lost child waits forever, a
#: parent waits out the whole budget).
FORK_LOCK = threading.Lock()

READ_CHUNK = 1 << 20
# Descriptors above this are never open here (closerange uses close_range(2): cheap).
_MAX_DESCRIPTOR = 1 << 20
_LENGTH = struct.Struct("!Q")  # the length prefix of each message


def keep_only_descriptors(*kept: int) -> None:  # pragma: no cover - runs in a child
    """In a forked child: close every descriptor but standard input, output, error and
    ``kept``, so the child holds no end of another child's pipes (or the parent's sockets)
    and every pipe closes when its two owners are done with it."""
    start = 3
    for descriptor in sorted(kept):
        if descriptor >= start:
            os.closerange(start, descriptor)
            start = descriptor + 1
    os.closerange(start, _MAX_DESCRIPTOR)


def write_all(descriptor: int, data: bytes) -> None:
    """Write all of ``data`` (a pipe takes it a chunk at a time)."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view[:READ_CHUNK])
        view = view[written:]


def write_message(descriptor: int, payload: bytes) -> None:
    """Write one length-prefixed message."""
    write_all(descriptor, _LENGTH.pack(len(payload)) + payload)


#: What pickling an outcome raises when its value cannot be pickled (an exception holding
#: a lock or an open file, a reference cycle too deep).
UNPICKLABLE = (pickle.PicklingError, TypeError, AttributeError, RecursionError)


def pickle_outcome(outcome: tuple[Any, ...]) -> bytes:
    """A child's ``(kind, value, *more)`` answer, pickled; a value that cannot be pickled
    becomes a ``RuntimeError`` naming its type and why, with the same further fields."""
    try:
        return pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except UNPICKLABLE as error:
        message = f"{type(outcome[1]).__name__}: {error}"
        return pickle.dumps(("raised", RuntimeError(message), *outcome[2:]))


def read_message(descriptor: int) -> bytes | None:
    """One length-prefixed message, waiting as long as it takes; None at end of file."""
    header = _read_exactly(descriptor, _LENGTH.size)
    if header is None:
        return None
    return _read_exactly(descriptor, _LENGTH.unpack(header)[0])


def _read_exactly(descriptor: int, size: int) -> bytes | None:
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        chunk = os.read(descriptor, min(remaining, READ_CHUNK))
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_message_by(descriptor: int, deadline: float) -> tuple[bytes | None, bool]:
    """One length-prefixed message by ``deadline`` (a :func:`time.monotonic` time):
    ``(payload, timed_out)``; the payload is None when the writer closed its end first."""
    buffer = bytearray()
    wanted = _LENGTH.size
    have_header = False
    with selectors.DefaultSelector() as selector:
        selector.register(descriptor, selectors.EVENT_READ)
        while True:
            if len(buffer) >= wanted:
                if have_header:
                    return bytes(buffer[_LENGTH.size : wanted]), False
                wanted += _LENGTH.unpack_from(buffer)[0]
                have_header = True
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None, True
            if not selector.select(remaining):
                continue
            chunk = os.read(descriptor, READ_CHUNK)
            if not chunk:
                return None, False
            buffer += chunk
