"""An ordered map over worker processes forked from this one: the pool of ``endqi screen``.

``concurrent.futures.ProcessPoolExecutor`` costs about as much to import (logging,
sockets, multiprocessing: 15 ms) as screening a hundred bills, and runs a thread of
its own in the parent that feeds and drains its queues while the workers run. Screening
needs less: a few workers forked from this process (so they share its imported code
and the gate's database, loaded once), each given one item at a time through a pipe
of its own (:mod:`endqi.pipes`), and the results yielded in the items' order.

A worker answers each item with ``("ok", result)`` or ``("raised", exception)``; the
parent raises that exception when the item's turn comes, as :func:`map` would. A
worker that dies without answering ends the map with :class:`WorkerDied`. When the
map ends (finished, failed, or abandoned by its caller) the workers' pipes are
closed, so each runs its ``at_exit`` and leaves; the parent waits for them.

Only where :func:`os.fork` exists (as :mod:`endqi.budget` requires anyway).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from endqi.pipes import (
    FORK_LOCK,
    keep_only_descriptors,
    pickle_outcome,
    read_message,
    write_message,
)

T = TypeVar("T")
R = TypeVar("R")


class WorkerDied(Exception):
    """A worker process ended without answering (killed, or out of memory)."""


@dataclass(slots=True)
class _Worker:
    pid: int
    tasks: int  # parent -> worker
    results: int  # worker -> parent
    item: int = -1  # the index of the item it is working on (-1: idle)


def ordered_map(
    function: Callable[[T], R],
    items: Sequence[T],
    processes: int,
    *,
    at_exit: Callable[[], None] | None = None,
) -> Iterator[R]:
    """``map(function, items)`` computed by ``processes`` forked workers, in order.

    Each worker takes the next item as soon as it is free, so a slow item holds up
    no other worker. ``at_exit`` runs in each worker before it leaves (workers leave
    through :func:`os._exit`: no exit handlers, no flushing of this process's buffers).
    """
    if not items:
        return
    workers = [_fork(function, at_exit) for _ in range(max(1, min(processes, len(items))))]
    finished = False
    try:
        yield from _dispatch(workers, items)
        finished = True
    finally:
        _stop(workers, kill=not finished)


def _dispatch(workers: list[_Worker], items: Sequence[Any]) -> Iterator[Any]:
    """Hand out items to idle workers and yield their results in the items' order."""
    answers: dict[int, tuple[str, Any]] = {}
    next_item = 0  # the next item to hand out
    next_answer = 0  # the next answer to yield
    with selectors.DefaultSelector() as selector:
        for worker in workers:
            selector.register(worker.results, selectors.EVENT_READ, worker)
        idle = list(workers)
        while next_answer < len(items):
            while idle and next_item < len(items):
                worker = idle.pop()
                worker.item = next_item
                write_message(
                    worker.tasks, pickle.dumps(items[next_item], protocol=pickle.HIGHEST_PROTOCOL)
                )
                next_item += 1
            for key, _events in selector.select():
                worker = key.data
                payload = read_message(worker.results)
                if payload is None:
                    raise WorkerDied(
                        f"a worker process ended without answering ({_exit_status(worker)})"
                    )
                answers[worker.item] = pickle.loads(payload)
                worker.item = -1
                idle.append(worker)
            while next_answer in answers:
                kind, value = answers.pop(next_answer)
                if kind == "raised":
                    raise value
                yield value
                next_answer += 1


def _fork(function: Callable[[Any], Any], at_exit: Callable[[], None] | None) -> _Worker:
    with FORK_LOCK:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        with warnings.catch_warnings():
            # Python warns about fork() in a threaded process; the worker runs screening
            # code only and leaves through os._exit.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the worker
            # The worker was forked holding the lock; it forks budgeted children of its
            # own, so it frees its copy (the parent's is freed as the block ends).
            FORK_LOCK.release()
            keep_only_descriptors(task_read, result_write)
            _serve(function, at_exit, task_read, result_write)
        os.close(task_read)
        os.close(result_write)
    return _Worker(pid, task_write, result_read)


def _serve(
    function: Callable[[Any], Any],
    at_exit: Callable[[], None] | None,
    tasks: int,
    results: int,
) -> None:  # pragma: no cover - runs in the worker
    """Answer items until the parent closes the task pipe, then leave."""
    code = 0
    try:
        while (payload := read_message(tasks)) is not None:
            try:
                outcome: tuple[str, Any] = ("ok", function(pickle.loads(payload)))
            except Exception as error:  # not silenced: the parent raises it
                outcome = ("raised", error)
            write_message(results, pickle_outcome(outcome))
        if at_exit is not None:
            at_exit()
    except BaseException:  # interrupted, or the parent went away: never return to its code
        code = 70
    finally:
        os._exit(code)


def _stop(workers: list[_Worker], *, kill: bool) -> None:
    """Close the workers' pipes (so they leave) and wait for them; ``kill`` first when the
    map did not finish, so no worker goes on with an item nobody will read."""
    for worker in workers:
        with contextlib.suppress(OSError):
            os.close(worker.tasks)
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker.pid, signal.SIGKILL)
    for worker in workers:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(worker.pid, 0)
        with contextlib.suppress(OSError):
            os.close(worker.results)


def _exit_status(worker: _Worker) -> str:
    """How the worker ended, in words (it is reaped here)."""
    try:
        _pid, status = os.waitpid(worker.pid, 0)
    except ChildProcessError:
        return "exit status unknown"
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
