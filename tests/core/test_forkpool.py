"""The ordered map over forked workers that ``endqi screen --jobs N`` runs on."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from endqi.forkpool import WorkerDied, ordered_map


def _square_with_pid(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def test_results_come_in_order_from_several_workers() -> None:
    results = list(ordered_map(_square_with_pid, range(40), 3))
    assert [square for square, _ in results] == [n * n for n in range(40)]
    workers = {pid for _, pid in results}
    assert os.getpid() not in workers
    assert 1 <= len(workers) <= 3


def test_no_items_start_no_workers() -> None:
    assert list(ordered_map(_square_with_pid, [], 2)) == []


def _fail_on_seven(number: int) -> int:
    if number == 7:
        raise ValueError(f"item {number} is bad")
    return number


def test_an_exception_in_a_worker_is_raised_at_its_items_turn() -> None:
    seen = []
    with pytest.raises(ValueError, match="item 7 is bad"):
        for value in ordered_map(_fail_on_seven, range(20), 2):
            seen.append(value)
    assert seen == list(range(7))


def _die_on_three(number: int) -> int:
    if number == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return number


def test_a_worker_that_dies_ends_the_map_with_one_clear_error() -> None:
    with pytest.raises(WorkerDied, match="killed by signal 9"):
        list(ordered_map(_die_on_three, range(10), 2))


def test_every_worker_runs_at_exit_and_is_reaped(tmp_path: Path) -> None:
    def leave_a_mark() -> None:
        (tmp_path / str(os.getpid())).write_text("left")

    results = list(ordered_map(_square_with_pid, range(10), 2, at_exit=leave_a_mark))
    workers = {pid for _, pid in results}
    marks = {int(path.name) for path in tmp_path.iterdir()}
    assert workers <= marks and len(marks) == 2
    for pid in marks:  # reaped: no longer our children
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_a_map_abandoned_early_leaves_no_worker_behind() -> None:
    mapped = ordered_map(_square_with_pid, range(100), 2)
    # The first two items go one to each worker.
    workers = {pid for _, pid in (next(mapped), next(mapped))}
    assert len(workers) == 2
    mapped.close()
    for pid in workers:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
