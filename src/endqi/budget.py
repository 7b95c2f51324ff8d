"""A budget for every evaluation: time, CPU and memory, the same everywhere.

Every place that reads and scores a document a visitor, a staff member or a
command-line user gave us (``endqi evaluate``, ``endqi screen``, the
``/evaluate/`` page, ``POST /api/v1/evaluate``, staff uploads) runs that work
through :func:`run_within_budget`: the work happens in a forked child process
with an address-space ceiling (``RLIMIT_AS``) and a CPU ceiling
(``RLIMIT_CPU``), and the parent waits at most :data:`EVALUATION_SECONDS` of
wall-clock time before killing it. A document over budget ends in one
:class:`OverBudget` exception with one sentence for the user; the parent (a web
worker, the CLI) is never the one that runs out of time or memory.

Fork rather than a pool: the child shares the parent's already imported code and
data copy-on-write, so starting it costs a few milliseconds (measured in
``benchmarks/bench_budget.py``), and nothing has to be pickled on the way in,
only the result on the way out.

Screening evaluates many documents in a row, and there those milliseconds (the fork,
the child's copy-on-write faults, its exit) cost as much as evaluating a short bill.
:class:`BudgetedWorker` keeps one forked child and sends it one call at a time: the
child resets its limits before every call, and the parent still waits at most
:data:`EVALUATION_SECONDS` for each answer and kills the child when it does not come,
so the guarantee is the same. A child that ran out of time or memory, died, or grew
(:data:`RECYCLE_GROWTH_BYTES`) is replaced by a fresh fork for the next call.

``endqi evaluate`` splits its one evaluation into two children side by side
(:func:`run_in_two_stages`): one reads the bill while the other imports the evaluator,
and the bill is handed over when both are ready. Each child has the memory and CPU
limits below; the wall clock covers the two together.

The limits live here, once; each can be changed through the environment:

- ``ENDQI_EVALUATION_SECONDS`` (default 9.5): wall-clock time for one evaluation,
  so that with starting and answering every input is settled within 10 s.
- ``ENDQI_EVALUATION_MEMORY_MB`` (default 1024): the child's resident memory may
  reach about this much; its address space may grow by this much less what it
  already has resident when it starts.
- ``ENDQI_EVALUATION_BUDGET=0`` runs in-process with no limits (debugging only).

This module is pure: it never imports Django.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import math
import os
import pickle
import resource
import selectors
import signal
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from endqi.files import format_size
from endqi.pipes import (
    FORK_LOCK,
    READ_CHUNK,
    keep_only_descriptors,
    pickle_outcome,
    read_message,
    read_message_by,
    write_all,
    write_message,
)

T = TypeVar("T")

#: Wall-clock seconds one evaluation may take (loading, cleaning and scoring); half a
#: second under the 10 s promise, for starting the child and answering after it.
EVALUATION_SECONDS = float(os.environ.get("ENDQI_EVALUATION_SECONDS", "9.5"))
#: Memory one evaluation may add on top of the process it was started from.
EVALUATION_MEMORY_BYTES = int(float(os.environ.get("ENDQI_EVALUATION_MEMORY_MB", "1024")) * 2**20)
#: Off only for debugging (a debugger cannot follow the forked child).
BUDGET_ENABLED = os.environ.get("ENDQI_EVALUATION_BUDGET", "1") != "0"

#: A reused child that holds this much more resident memory than when it was forked
#: (a large document's leftovers) is replaced, so every call starts near the same size.
RECYCLE_GROWTH_BYTES = 128 * 2**20
#: Calls one reused child answers before it is replaced (bounds any slow drift).
RECYCLE_CALLS = 500


@dataclass(frozen=True, slots=True)
class Budget:
    """The ceiling of one evaluation."""

    seconds: float = EVALUATION_SECONDS
    memory_bytes: int = EVALUATION_MEMORY_BYTES
    enabled: bool = BUDGET_ENABLED

    @property
    def cpu_seconds(self) -> int:
        """CPU time allowed: the wall-clock limit rounded up, plus one second of slack.

        The wall clock is the real limit; the CPU limit is a second line of
        defence that the kernel enforces even if the parent were stopped.
        """
        return math.ceil(self.seconds) + 1

    def describe(self) -> str:
        """The limits in words, for messages and documentation."""
        return f"{self.seconds:g} s and {format_size(self.memory_bytes)}"


DEFAULT_BUDGET = Budget()


class OverBudget(Exception):
    """The evaluation needed more time or memory than its budget allows.

    ``reason`` is ``"time"``, ``"memory"`` or ``"crash"`` (the child died without
    an answer); ``str(error)`` is the one sentence to show.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
        #: What the child had used when it was stopped (set by :func:`run_measured`).
        self.usage: Usage | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.reason))


@dataclass(frozen=True, slots=True)
class Usage:
    """What the child used: wall-clock seconds and its peak resident memory."""

    seconds: float
    peak_bytes: int


def over_time_message(budget: Budget = DEFAULT_BUDGET) -> str:
    """The sentence for a document that takes too long."""
    return (
        f"This document takes longer than {budget.seconds:g} seconds to read and evaluate, "
        "the limit for one document; it was stopped."
    )


def over_memory_message(budget: Budget = DEFAULT_BUDGET) -> str:
    """The sentence for a document that needs too much memory."""
    return (
        f"This document needs more than {format_size(budget.memory_bytes)} of memory to read "
        "and evaluate, the limit for one document; it was stopped."
    )


def run_within_budget(
    function: Callable[..., T], *args: Any, budget: Budget | None = None, **kwargs: Any
) -> T:
    """``function(*args, **kwargs)`` run in a forked child within ``budget``.

    The result (and any exception the function raises) comes back pickled, so
    both must be picklable. Raises :class:`OverBudget` when the child runs out
    of time or memory or dies without answering.
    """
    result, _usage = run_measured(function, *args, budget=budget, **kwargs)
    return result


def run_measured(
    function: Callable[..., T], *args: Any, budget: Budget | None = None, **kwargs: Any
) -> tuple[T, Usage]:
    """Like :func:`run_within_budget`, also returning the child's :class:`Usage`."""
    budget = budget or DEFAULT_BUDGET
    if not budget.enabled:
        started = time.monotonic()
        value = function(*args, **kwargs)
        return value, Usage(time.monotonic() - started, 0)
    started = time.monotonic()
    with FORK_LOCK:
        read_end, write_end = os.pipe()
        pid = _fork_child((write_end,), write_end, budget, function, args, kwargs)
        os.close(write_end)
    payload, timed_out, status, rusage = _await_answer(pid, read_end, started + budget.seconds)
    usage = Usage(time.monotonic() - started, int(rusage.ru_maxrss) * 1024)
    return _answer(payload, timed_out, status, budget, usage), usage


def _answer(payload: bytes, timed_out: bool, status: int, budget: Budget, usage: Usage) -> Any:
    """The value a child sent back, or the exception its outcome calls for: the function's
    own error, or :class:`OverBudget` for time, memory or a death without an answer."""
    if timed_out:
        raise _with_usage(OverBudget(over_time_message(budget), "time"), usage)
    kind, value = _decoded(payload)
    if kind == "ok":
        return value
    if kind == "raised":
        raise value
    if kind == "memory":
        raise _with_usage(OverBudget(over_memory_message(budget), "memory"), usage)
    raise _with_usage(_death(status, budget), usage)


def _decoded(payload: bytes | None) -> tuple[str, Any]:
    """A child's pickled ``(kind, value)`` outcome; ``("crash", None)`` when it sent nothing
    or nothing that can be read."""
    if not payload:
        return "crash", None
    try:
        kind, value = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, ValueError):
        return "crash", None
    return kind, value


def _fork_child(
    kept: tuple[int, ...],
    write_end: int,
    budget: Budget,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    *,
    framed: bool = False,
) -> int:
    """Fork a child that keeps only the descriptors ``kept`` and runs :func:`_child` (the call
    within ``budget``, its outcome sent to ``write_end``); the child's pid. Called under
    :data:`FORK_LOCK`."""
    with warnings.catch_warnings():
        # Python warns about fork() in a threaded process; the child only runs pure
        # code and leaves through os._exit, so it never touches another thread's locks
        # beyond what the wall-clock limit would end anyway.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child; its outcome is what the tests check
        keep_only_descriptors(*kept)
        _child(write_end, budget, function, args, kwargs, framed=framed)
    return pid


def run_in_two_stages(
    prepare: Callable[[], object],
    first: Callable[..., Any],
    second: Callable[..., T],
    *args: Any,
    budget: Budget | None = None,
) -> T:
    """``second(first(*args), *args)``, each stage in a forked child of its own within
    ``budget``, the two side by side.

    The second child starts by calling ``prepare()`` (imports, warming up) while the first
    computes its value; the value then goes from the first child to the second through a
    pipe, pickled, and the second's result comes back to the parent. On a machine with two
    cores the preparation costs no wall-clock time (``endqi evaluate`` loads the bill in one
    child while the other imports the evaluator). Each child has the budget's memory and CPU
    limits; the budget's wall clock covers both. What the first stage raises is raised here;
    either stage running out of time or memory, or dying, is :class:`OverBudget`.
    """
    budget = budget or DEFAULT_BUDGET
    if not budget.enabled:
        prepare()
        return second(first(*args), *args)
    started = time.monotonic()
    with FORK_LOCK:
        handoff_read, handoff_write = os.pipe()
        result_read, result_write = os.pipe()
        second_pid = _fork_child(
            (handoff_read, result_write),
            result_write,
            budget,
            _second_stage,
            (handoff_read, prepare, second, args),
            {},
        )
        first_pid = _fork_child(
            (handoff_write,), handoff_write, budget, first, args, {}, framed=True
        )
        for descriptor in (handoff_read, handoff_write, result_write):
            os.close(descriptor)
    payload, timed_out, status, rusage = _await_answer(
        second_pid, result_read, started + budget.seconds
    )
    if timed_out or not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        # Still running while the second timed out or died: the first goes too.
        _kill(first_pid)
    # Otherwise it handed its value over and is leaving (after keeping the patterns it
    # compiled, which a kill would lose), or failed and the second reported it.
    first_status, first_rusage = _reap(first_pid, started + budget.seconds)
    peak = max(rusage.ru_maxrss, first_rusage.ru_maxrss) * 1024
    usage = Usage(time.monotonic() - started, int(peak))
    try:
        return _answer(payload, timed_out, status, budget, usage)
    except _FirstStageDied:
        # (the second child saw the first end without a value; how it ended is the parent's
        # to read)
        raise _with_usage(_death(first_status, budget), usage) from None


class _FirstStageDied(Exception):
    """The first stage's child ended without handing over a value (the parent, which can
    see how it ended, turns this into the right :class:`OverBudget`)."""


def _second_stage(
    handoff: int,
    prepare: Callable[[], object],
    second: Callable[..., Any],
    args: tuple[Any, ...],
) -> Any:  # pragma: no cover - runs in the second child
    """Prepare, then take the first stage's outcome from ``handoff`` and go on from it."""
    prepare()
    # (the parent's wall clock bounds the wait; nothing read means the first child died)
    kind, value = _decoded(read_message(handoff))
    if kind == "ok":
        return second(value, *args)
    if kind == "raised":
        raise value
    if kind == "memory":
        raise MemoryError
    raise _FirstStageDied


def _with_usage(error: OverBudget, usage: Usage) -> OverBudget:
    error.usage = usage
    return error


def _child(
    write_end: int,
    budget: Budget,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    *,
    framed: bool = False,
) -> None:  # pragma: no cover - runs in the child
    """Apply the limits, run, send the pickled outcome, and leave without cleanup.

    ``framed`` sends it as one length-prefixed message, so that its reader need not wait
    for this process to end (tearing down a large process takes milliseconds)."""
    code = 0
    # The inherited objects are the parent's: keep the child's garbage collector off them,
    # or its first pass writes to every page it shares with the parent (copying them all).
    gc.freeze()
    try:
        # The parent's handlers (a web server's graceful-shutdown ones) are not ours.
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGCHLD):
            signal.signal(number, signal.SIG_DFL)
        # A native library that aborts when it cannot allocate is reported as over budget
        # by the parent; no crash dump from the test runner's or server's fault handler.
        faulthandler.disable()
        _apply_limits(budget)
        try:
            outcome: tuple[str, Any] = ("ok", function(*args, **kwargs))
        except MemoryError:
            outcome = ("memory", None)
        except Exception as error:  # not silenced: the parent re-raises it
            outcome = ("raised", error)
        try:
            payload = pickle_outcome(outcome)
        except MemoryError:
            payload = pickle.dumps(("memory", None))
        if framed:
            write_message(write_end, payload)
        else:
            write_all(write_end, payload)
        _keep_what_was_compiled()
    except BaseException:  # the child must never fall back into the parent's code
        code = 70
    finally:
        # os._exit: no atexit handlers, no flushing of the parent's buffers and no
        # closing of its database connections (that would end them for the parent).
        os._exit(code)


def _keep_what_was_compiled() -> None:  # pragma: no cover - runs in the child
    """Save the patterns and generated methods this child compiled afresh, after its answer
    is sent: the child leaves through os._exit, without the exit handlers that save them, and
    the evaluator compiles most of its patterns here, not in the parent (without this, every
    `endqi evaluate` on a fresh installation compiled them all again, about 0.45 s)."""
    from endqi import dataclass_cache, regex_cache

    with contextlib.suppress(OSError, MemoryError):
        regex_cache.save()
        dataclass_cache.save()


def _apply_limits(budget: Budget) -> None:  # pragma: no cover - runs in the child
    """Address space: what is mapped now plus the budget less what is already resident
    (so resident memory stays near the budget); CPU: the budget's seconds."""
    mapped, resident = _memory_now()
    ceiling = mapped + max(budget.memory_bytes - resident, budget.memory_bytes // 2)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    _cpu_soft, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    used = math.ceil(sum(os.times()[:2]))  # CPU limits count from the child's own start
    wanted = used + budget.cpu_seconds
    if cpu_hard != resource.RLIM_INFINITY:
        wanted = min(wanted, cpu_hard)
    resource.setrlimit(resource.RLIMIT_CPU, (wanted, cpu_hard))


def _memory_now() -> tuple[int, int]:
    """This process's virtual size and resident size in bytes ((0, 0) when unknown)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            fields = handle.read().split()
        page = os.sysconf("SC_PAGE_SIZE")
        return int(fields[0]) * page, int(fields[1]) * page
    except (OSError, ValueError, IndexError):
        return 0, 0


def _read_until(fd: int, deadline: float) -> tuple[bytes, bool]:
    """Everything the child writes, up to EOF or ``deadline``; ``(data, timed_out)``."""
    chunks: list[bytes] = []
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return b"".join(chunks), True
            if not selector.select(remaining):
                continue
            chunk = os.read(fd, READ_CHUNK)
            if not chunk:
                return b"".join(chunks), False
            chunks.append(chunk)


def _await_answer(
    pid: int, read_end: int, deadline: float
) -> tuple[bytes, bool, int, resource.struct_rusage]:
    """What child ``pid`` writes to ``read_end`` by ``deadline`` (closing it after), the child
    killed if the deadline came first, then reaped: ``(payload, timed_out, status, usage)``."""
    try:
        payload, timed_out = _read_until(read_end, deadline)
    finally:
        os.close(read_end)
    if timed_out:
        _kill(pid)
    _pid, status, rusage = os.wait4(pid, 0)
    return payload, timed_out, status, rusage


def _reap(pid: int, deadline: float) -> tuple[int, resource.struct_rusage]:
    """Wait for child ``pid`` to end, killing it at ``deadline``; its status and usage."""
    while True:
        done, status, rusage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, rusage
        if time.monotonic() >= deadline:
            _kill(pid)
            _pid, status, rusage = os.wait4(pid, 0)
            return status, rusage
        time.sleep(0.001)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _death(status: int, budget: Budget) -> OverBudget:
    """The exception for a child that ended without an answer."""
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
        return OverBudget(over_time_message(budget), "time")
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        # Only the kernel's out-of-memory killer sends SIGKILL we did not send ourselves.
        return OverBudget(over_memory_message(budget), "memory")
    # A native library that cannot allocate often aborts instead of raising.
    return OverBudget(
        "This document could not be read within the limits for one document "
        f"({budget.describe()}); it was stopped.",
        "crash",
    )


class BudgetedWorker:
    """One forked child that runs calls one at a time, each within ``budget``.

    :meth:`run` has the outcomes of :func:`run_within_budget` (the value, the
    function's own exception, or :class:`OverBudget` for time, memory or a crash)
    without a fork per call. Arguments and results travel pickled through pipes.
    Not thread-safe: use one worker per thread. ``close()`` (or the end of a
    ``with`` block, or this process's exit) ends the child.
    """

    def __init__(self, budget: Budget | None = None) -> None:
        self.budget = budget or DEFAULT_BUDGET
        self._owner = os.getpid()
        self._pid = 0
        self._requests = -1  # parent -> child
        self._answers = -1  # child -> parent

    def __enter__(self) -> BudgetedWorker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``function(*args, **kwargs)`` in the child within the budget."""
        if not self.budget.enabled:
            return function(*args, **kwargs)
        request = pickle.dumps((function, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
        if self._owner != os.getpid():
            self._forget_inherited()
        if self._pid and _has_ended(self._pid):
            self._reap(kill=False)  # the idle child was ended from outside
        if not self._pid:
            self._start()
        started = time.monotonic()
        try:
            write_message(self._requests, request)
        except OSError:
            # The idle child is gone (killed from outside): one fresh child, one more try.
            self._reap(kill=True)
            self._start()
            started = time.monotonic()
            write_message(self._requests, request)
        payload, timed_out = read_message_by(self._answers, started + self.budget.seconds)
        if timed_out:
            self._reap(kill=True)
            raise OverBudget(over_time_message(self.budget), "time")
        if payload is None:  # the child died without answering
            status = self._reap(kill=False)
            raise _death(status, self.budget)
        try:
            kind, value, retiring = pickle.loads(payload)
        except (pickle.UnpicklingError, EOFError, ValueError):
            status = self._reap(kill=True)
            raise _death(status, self.budget) from None
        if retiring:
            self._reap(kill=False)
        if kind == "ok":
            return value
        if kind == "raised":
            raise value
        raise OverBudget(over_memory_message(self.budget), "memory")

    def close(self) -> None:
        """End the child (it leaves when its request pipe closes)."""
        if self._owner != os.getpid():
            self._forget_inherited()
        elif self._pid:
            self._reap(kill=False)

    def _forget_inherited(self) -> None:
        """In a process forked from the owner: the child is the owner's, not ours."""
        for descriptor in (self._requests, self._answers):
            if descriptor >= 0:
                with contextlib.suppress(OSError):
                    os.close(descriptor)
        self._owner, self._pid, self._requests, self._answers = os.getpid(), 0, -1, -1

    def _start(self) -> None:
        with FORK_LOCK:
            request_read, request_write = os.pipe()
            answer_read, answer_write = os.pipe()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # see run_measured
                pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the child
                keep_only_descriptors(request_read, answer_write)
                _serve(request_read, answer_write, self.budget)
            os.close(request_read)
            os.close(answer_write)
        self._pid, self._requests, self._answers = pid, request_write, answer_read

    def _reap(self, *, kill: bool) -> int:
        """Close the pipes, end the child and return its wait status."""
        pid, self._pid = self._pid, 0
        for descriptor in (self._requests, self._answers):
            with contextlib.suppress(OSError):
                os.close(descriptor)
        self._requests = self._answers = -1
        if kill:
            _kill(pid)
        try:
            _pid, status = os.waitpid(pid, 0)
        except ChildProcessError:  # already reaped (e.g. by a SIGCHLD handler)
            return 0
        return status


def _has_ended(pid: int) -> bool:
    """Whether our child ``pid`` has exited (it stays waitable: the status is peeked)."""
    try:
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return True
    return info is not None


def _serve(requests: int, answers: int, budget: Budget) -> None:  # pragma: no cover - child
    """The reused child: answer requests until the pipe closes or it must retire."""
    code = 0
    gc.freeze()  # as in _child: keep the collector off the pages shared with the parent
    try:
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGCHLD):
            signal.signal(number, signal.SIG_DFL)
        faulthandler.disable()
        _mapped, first_resident = _memory_now()
        calls = 0
        while True:
            request = read_message(requests)
            if request is None:
                break  # the parent closed the worker or went away
            _apply_limits(budget)
            retiring = False
            try:
                function, args, kwargs = pickle.loads(request)
                outcome: tuple[str, Any] = ("ok", function(*args, **kwargs))
            except MemoryError:
                outcome, retiring = ("memory", None), True
            except Exception as error:  # not silenced: the parent re-raises it
                outcome = ("raised", error)
            calls += 1
            _mapped, resident = _memory_now()
            retiring = (
                retiring
                or calls >= RECYCLE_CALLS
                or resident - first_resident > RECYCLE_GROWTH_BYTES
            )
            try:
                payload = pickle_outcome((*outcome, retiring))
            except MemoryError:
                payload, retiring = pickle.dumps(("memory", None, True)), True
            write_message(answers, payload)
            if retiring:
                break
    except BaseException:  # the child must never fall back into the parent's code
        code = 70
    finally:
        os._exit(code)
