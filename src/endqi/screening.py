"""Screen many bills: which deal with officers' civil liability, and their scorecards.

``endqi screen`` runs :func:`screen_batch` over batches of paths, in this
process, in a pool of worker processes, or on a Dask distributed cluster. Each
document yields one JSON object (see :func:`screen_path`).

Speed comes from not cleaning what cannot matter: :mod:`endqi.gate` answers
"not relevant" from the raw bytes of most plain-text and HTML bills, exactly,
in one pass. Every other file (PDFs, files the gate cannot rule out) takes the
full path: load, clean, ``is_relevant`` on the clean text, and a full
evaluation when relevant.
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any

from endqi import gate
from endqi.files import FileUnreadable, read_limited
from endqi.gate import cannot_be_relevant

if TYPE_CHECKING:  # pragma: no cover
    from endqi.budget import BudgetedWorker

SCREENED_SUFFIXES: tuple[str, ...] = (".txt", ".htm", ".html", ".pdf", ".xml")
MAX_BATCH_SIZE = 64  # big enough to amortise task overhead, small enough to balance load
BATCHES_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class ScreenOptions:
    """Settings shared by every document of a screening run."""

    max_bytes: int
    state: str | None = None


def _result(path: str, **fields: Any) -> dict[str, Any]:
    return {"path": path, **fields}


def _failed(path: str, error: object) -> dict[str, Any]:
    return _result(path, relevant=None, groups=None, criteria=None, error=_one_line(error))


def _internal_error(error: Exception) -> str:
    # One broken document must not sink a run over thousands; it is reported
    # in its own line and in the exit code, never dropped.
    return f"internal error while screening: {type(error).__name__}: {error}"


def screen_path(path: str, options: ScreenOptions) -> dict[str, Any]:
    """Screen one document; returns its JSON-ready result line.

    - relevant: ``{"path", "relevant": true, "sha256", "groups", "criteria"}``
      with ``groups`` and ``criteria`` as in ``endqi evaluate --format json``;
    - not relevant: ``{"path", "relevant": false, "groups": null, "criteria": null}``;
    - unreadable: ``{"path", "relevant": null, "groups": null, "criteria": null,
      "error": "one sentence"}``.
    """
    found = _screen(path, options)
    return _result(path, relevant=False, groups=None, criteria=None) if found is None else found


def _screen(path: str, options: ScreenOptions) -> dict[str, Any] | None:
    """:func:`screen_path`'s answer, or None for a document that is not relevant (the
    common case, which :func:`screen_batch` writes without building a dictionary)."""
    try:
        data = read_limited(path, options.max_bytes)
        # An empty file goes on to the loader, which says so.
        if data and cannot_be_relevant(data, os.path.splitext(path)[1].lower()):
            return None
    except FileUnreadable as error:
        return _failed(path, error)
    except Exception as error:
        return _failed(path, _internal_error(error))
    return _screen_in_full(path, data, options)


def _screen_in_full(path: str, data: bytes, options: ScreenOptions) -> dict[str, Any] | None:
    """Load, clean and (when relevant) score a document the gate let through."""
    from endqi.budget import OverBudget
    from endqi.documents import DocumentError

    try:
        # Everything past the one-pass gate runs within the same budget as `endqi evaluate`,
        # in this thread's reused budgeted child (no fork per document).
        _warm_up()
        outcome = budgeted_worker().run(_load_and_score, path, data, options)
    except (DocumentError, OverBudget) as error:
        return _failed(path, error)
    except Exception as error:
        return _failed(path, _internal_error(error))
    if outcome is None:
        return None
    sha256, data_out = outcome
    return _result(
        path,
        relevant=True,
        sha256=sha256,
        state=options.state,
        groups=data_out["groups"],
        criteria=data_out["criteria"],
    )


_WORKERS = threading.local()


def budgeted_worker() -> BudgetedWorker:
    """This thread's budgeted child for screening (started on first use)."""
    from endqi.budget import BudgetedWorker

    worker = getattr(_WORKERS, "worker", None)
    if worker is None:
        worker = _WORKERS.worker = BudgetedWorker()
    return worker


def close_budgeted_worker() -> None:
    """End this thread's budgeted child, if it has one."""
    worker = getattr(_WORKERS, "worker", None)
    if worker is not None:
        worker.close()
        _WORKERS.worker = None


# A relevant text that runs every detector once, before the budgeted child is forked,
# so the child starts with everything the evaluator builds on first use (patterns the
# clause reader compiles inline, lazily built tables).
_WARM_UP_TEXT = (
    "Section 1. A peace officer who, under color of law, deprives a person of a right "
    "secured by the constitution is liable to the person injured. Qualified immunity is "
    "not a defense. The court shall award reasonable attorney fees. The employer shall "
    "indemnify the officer. An officer shall intervene."
)
_warmed = False
# One thread warms up while the others wait: a child forked by another thread while the
# evaluator runs here would inherit its locks held (Python 3.11's cached_property holds one
# per property while computing) and wait on them forever.
_WARM_UP_LOCK = threading.Lock()


def _warm_up() -> None:
    """Build the evaluator's patterns in this process once, before forking children."""
    global _warmed
    if _warmed:
        return
    with _WARM_UP_LOCK:
        if _warmed:
            return
        from endqi import dataclass_cache
        from endqi.analysis import evaluate
        from endqi.analysis.text import build_rule_gates

        evaluate(_WARM_UP_TEXT)
        build_rule_gates()  # the few rules the text above does not reach
        _warmed = True
    # A pool worker leaves without running exit handlers: what it compiled afresh for the
    # evaluator's classes is kept now, for the next run.
    dataclass_cache.save()


def _load_and_score(
    path: str, data: bytes, options: ScreenOptions
) -> tuple[str, dict[str, Any]] | None:
    """Load one document and score it: ``(sha256, scorecard dict)``, or None when not relevant.

    Runs in the budgeted child, so only the small result travels back.
    """
    from endqi.analysis import evaluate, scorecard_to_dict
    from endqi.analysis.relevance import is_relevant
    from endqi.documents import load_bytes

    document = load_bytes(data, filename=path, max_bytes=options.max_bytes)
    if not is_relevant(document.text):
        return None
    return document.sha256, scorecard_to_dict(evaluate(document, state=options.state))


def _one_line(message: object) -> str:
    return " ".join(str(message).split()) or "the document could not be read"


def screen_batch(paths: Sequence[str], options: ScreenOptions) -> list[str]:
    """Screen a batch of documents; returns one compact JSON line per path, in order.

    Lines are serialised in the worker so only short strings travel back.
    """
    lines = []
    for path in paths:
        found = _screen(path, options)
        lines.append(not_relevant_line(path) if found is None else _json_line(found))
    return lines


def _json_line(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, separators=(",", ":"))


def not_relevant_line(path: str) -> str:
    """``_json_line(screen_path(...))`` for a document that is not relevant, written
    directly: most lines of a run are these, and building and encoding a dictionary
    for each cost more than the gate's look at the file."""
    return f'{{"path":{encode_basestring(path)},"relevant":false,"groups":null,"criteria":null}}'


# ---------------------------------------------------------------------------
# Finding documents and running batches


def find_documents(targets: Iterable[str]) -> list[str]:
    """Expand directories (recursively, :data:`SCREENED_SUFFIXES` only, hidden
    entries skipped) and keep files named explicitly whatever their suffix.

    Raises ``FileNotFoundError`` naming the first target that does not exist.
    Symbolic links to directories are not followed (no loops); links to files
    are kept, so a dangling one gets its own error line.
    """
    found: list[str] = []
    for target in targets:
        if os.path.isdir(target):
            found.extend(_walk(target))
        elif os.path.lexists(target):
            found.append(target)
        else:
            raise FileNotFoundError(target)
    # Stable, duplicate-free order so repeated runs give identical output.
    return list(dict.fromkeys(found))


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(SCREENED_SUFFIXES):
                yield os.path.join(root, name)


def make_batches(paths: Sequence[str], workers: int) -> list[list[str]]:
    """Split ``paths`` into ordered batches: a few per worker, at most
    :data:`MAX_BATCH_SIZE` each, so workers stay busy without per-file overhead."""
    if not paths:
        return []
    size = math.ceil(len(paths) / (max(1, workers) * BATCHES_PER_WORKER))
    size = max(1, min(MAX_BATCH_SIZE, size))
    return [list(paths[index : index + size]) for index in range(0, len(paths), size)]


def screen_serial(paths: Sequence[str], options: ScreenOptions) -> Iterator[str]:
    """Screen in this process, yielding JSON lines in order."""
    try:
        for path in paths:
            yield from screen_batch([path], options)
    finally:
        close_budgeted_worker()


def screen_with_processes(paths: Sequence[str], options: ScreenOptions, jobs: int) -> Iterator[str]:
    """Screen with ``jobs`` worker processes, yielding JSON lines in input order."""
    from functools import partial

    from endqi.forkpool import ordered_map

    batches = make_batches(paths, jobs)
    # The workers are forked from this process: they share its imported code, and the
    # gate's database, loaded once here. Each ends its budgeted child as it leaves.
    gate.scanner()
    # So is the evaluator, warmed up here once rather than in every worker on its first
    # relevant bill: the same wait before the first scorecard, one warm-up's CPU less
    # per extra worker, and what it compiled afresh is saved by this process at exit
    # (a worker leaves without running exit handlers).
    _warm_up()
    for lines in ordered_map(
        partial(screen_batch, options=options), batches, jobs, at_exit=close_budgeted_worker
    ):
        yield from lines


LOCAL_SCHEDULER = "local"


class SchedulerUnavailable(Exception):
    """The Dask scheduler could not be reached or started; the message says which."""


def screen_with_dask(
    paths: Sequence[str], options: ScreenOptions, scheduler: str, jobs: int
) -> Iterator[str]:
    """Screen on a Dask distributed cluster, yielding JSON lines in input order.

    ``scheduler`` is a scheduler address (``tcp://host:8786``) or ``local`` to
    start a :class:`distributed.LocalCluster` of ``jobs`` worker processes for
    this run. Workers read the files themselves, so on a real cluster the paths
    must be visible to every worker (a shared file system).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SchedulerUnavailable(
            "--scheduler needs Dask distributed: pip install 'endqi[cluster]'"
        ) from None

    cluster = None
    try:
        if scheduler == LOCAL_SCHEDULER:
            cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        else:
            # Dask's own setting decides how long to try (distributed.comm.timeouts.connect,
            # e.g. DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s).
            client = Client(scheduler)
    except (OSError, TimeoutError, ValueError) as error:
        if cluster is not None:
            cluster.close()
        detail = " ".join(str(error).split())
        raise SchedulerUnavailable(
            f"cannot reach the Dask scheduler at {scheduler}: {detail}"
        ) from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        batches = make_batches(paths, workers)
        futures = client.map(
            screen_batch, batches, options=options, pure=False, key=_batch_keys(batches)
        )
        for future in futures:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _batch_keys(batches: Sequence[Sequence[str]]) -> list[str]:
    import uuid

    run = uuid.uuid4().hex[:12]
    return [f"endqi-screen-{run}-{index}" for index in range(len(batches))]


def screen(
    paths: Sequence[str],
    options: ScreenOptions,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Iterator[str]:
    """Screen ``paths`` the requested way, yielding one JSON line per document in order."""
    if scheduler:
        return screen_with_dask(paths, options, scheduler, jobs)
    if jobs <= 1 or len(paths) <= 1 or not hasattr(os, "fork"):
        return screen_serial(paths, options)
    return screen_with_processes(paths, options, jobs)
