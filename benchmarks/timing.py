"""Helpers shared by the benchmark scripts: find the ``endqi`` console script and
time whole processes."""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def endqi_command() -> list[str]:
    """The installed ``endqi`` console script next to this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / "endqi"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("endqi")
    if not found:
        raise SystemExit("endqi is not installed: run `make setup` first")
    return [found]


def compile_bytecode() -> None:
    """Byte-compile the installed ``endqi`` package, as ``pip install`` does.

    An editable install run with ``PYTHONDONTWRITEBYTECODE=1`` (as some sandboxes
    set it) never writes ``.pyc`` files, so every timed process would compile all
    of endqi's source again (about 0.3 s), a cost no installed copy has.
    """
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("endqi")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("endqi is not installed: run `make setup` first")
    for location in spec.submodule_search_locations:
        compileall.compile_dir(location, quiet=1)


def time_process(command: Sequence[str], runs: int, *, expect: Sequence[int] = (0,)) -> float:
    """Median wall-clock seconds of ``runs`` runs of ``command`` (output discarded).

    One untimed warm-up run first, so every timed run reads files from the page
    cache. Fails loudly if the command exits with an unexpected status.
    """
    return time_process_and_cpu(command, runs, expect=expect)[0]


def time_process_and_cpu(
    command: Sequence[str], runs: int, *, expect: Sequence[int] = (0,)
) -> tuple[float, float]:
    """Median wall-clock seconds and median CPU seconds (user + system, of the process
    and every descendant it waited for) of ``runs`` runs of ``command``.

    On a machine shared with other work the wall clock includes waiting for a core;
    the CPU time does not, so its ratio is the steadier measure of the work done.
    """
    timings, cpu_times = [], []
    for run in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        completed = subprocess.run(
            list(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
        )
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if completed.returncode not in expect:
            message = completed.stderr.decode("utf-8", "replace").strip()
            raise SystemExit(f"{' '.join(command)} exited {completed.returncode}: {message}")
        if run:
            timings.append(elapsed)
            cpu_times.append(
                (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            )
    return statistics.median(timings), statistics.median(cpu_times)


def cpu_report(subject: float, floor: float) -> str:
    """The CPU-time line printed under a wall-clock report."""
    return (
        f"cpu time: {subject * 1000:.1f} ms vs {floor * 1000:.1f} ms (medians), "
        f"ratio {subject / floor:.2f}x"
    )


def report(
    label: str,
    subject: float,
    floor: float,
    floor_label: str,
    target: float,
    aim: float | None = None,
) -> str:
    """Two timings and their ratio as printed lines, judged against the target (and the
    tighter aim, when there is one)."""
    ratio = subject / floor
    verdict = f"{'meets' if ratio <= target else 'MISSES'} the target of {target:g}x"
    if aim is not None:
        verdict += f"; {'meets' if ratio <= aim else 'misses'} the aim of {aim:g}x"
    return "\n".join(
        [
            f"{label}: {subject * 1000:9.1f} ms (median)",
            f"{floor_label}: {floor * 1000:9.1f} ms (median)",
            f"ratio: {ratio:.2f}x ({verdict})",
        ]
    )
