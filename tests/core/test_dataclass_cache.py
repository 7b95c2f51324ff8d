"""The dataclass code cache: later processes define exactly the classes @dataclass defines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .json_program import run_json_program

# Defines one frozen, slotted dataclass before the cache is installed and again after,
# imports the evaluator through the cache, and reports whether every generated method's
# code equals the plain one and whether anything had to be compiled afresh.
_CHECK_PROGRAM = """
import dataclasses, json

def define():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Span:
        start: int
        end: int
        text: str = ""
        tags: tuple = dataclasses.field(default=())
    return Span

plain = define()
from endqi import dataclass_cache
dataclass_cache.install()
cached = define()
methods = ["__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"]
different = [m for m in methods if getattr(plain, m).__code__ != getattr(cached, m).__code__]
span = cached(1, 2, "x")
import endqi.analysis.engine, endqi.reports, endqi.budget
stale = [
    source[:60]
    for source, code in dataclass_cache._used.items()
    if code != compile(source, "<string>", "exec", dont_inherit=True)
]
print(json.dumps({
    "different": different,
    "repr": repr(span),
    "equal": span == cached(1, 2, "x") and hash(span) == hash(cached(1, 2, "x")),
    "stale": stale,
    "used": len(dataclass_cache._used),
    "compiled_afresh": dataclass_cache._changed,
}))
dataclass_cache.save()
"""


def _run_check(cache_dir: Path) -> dict[str, object]:
    return run_json_program(_CHECK_PROGRAM, cache_dir, ENDQI_DATACLASS_CACHE="1")


def test_second_process_defines_every_class_from_the_cache_exactly(tmp_path: Path) -> None:
    first = _run_check(tmp_path)
    assert first["compiled_afresh"] is True
    assert first["different"] == [] and first["stale"] == []
    (stored,) = tmp_path.glob("dataclass-*.marshal")
    second = _run_check(tmp_path)
    assert second["compiled_afresh"] is False  # every method's code came from the file
    assert second["different"] == [] and second["stale"] == []
    assert second["used"] == first["used"] > 30  # the evaluator's classes, and the probe's
    assert second["repr"] == "define.<locals>.Span(start=1, end=2, text='x', tags=())"
    assert second["equal"] is True
    assert stored.stat().st_size > 0


def test_a_damaged_cache_file_is_compiled_afresh(tmp_path: Path) -> None:
    _run_check(tmp_path)
    (stored,) = tmp_path.glob("dataclass-*.marshal")
    stored.write_bytes(b"not marshal data")
    again = _run_check(tmp_path)
    assert again["compiled_afresh"] is True
    assert again["different"] == [] and again["stale"] == []


ENDQI = Path(sys.executable).parent / "endqi"
ENDQI_COMMAND = [str(ENDQI)] if ENDQI.exists() else [sys.executable, "-m", "endqi.cli"]


def test_the_console_script_saves_both_caches_before_it_leaves(tmp_path: Path) -> None:
    """`endqi evaluate` ends its process without Python's teardown: its exit handlers
    (which save the caches) still run, and its whole report is written."""
    bill = tmp_path / "bill.txt"
    bill.write_text(
        "Section 1. Qualified immunity is not a defense to an action under this section.\n",
        encoding="utf-8",
    )
    cache_dir = tmp_path / "cache"
    completed = subprocess.run(
        [*ENDQI_COMMAND, "evaluate", str(bill), "--format", "json"],
        env={**os.environ, "ENDQI_CACHE_DIR": str(cache_dir)},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert len(json.loads(completed.stdout)["criteria"]) == 9
    assert list(cache_dir.glob("regex-*.marshal"))
    assert list(cache_dir.glob("dataclass-*.marshal"))


def test_a_second_evaluation_compiles_nothing_afresh(tmp_path: Path) -> None:
    """The first `endqi evaluate` keeps what both of its processes compiled (the budgeted
    child most of it, the parent a few classes of its own): the parent's save merges with
    the file as the child left it, so the next run finds everything and writes nothing."""
    bill = tmp_path / "bill.txt"
    bill.write_text(
        "Section 1. A peace officer who deprives a person of a right is liable.\n",
        encoding="utf-8",
    )
    cache_dir = tmp_path / "cache"

    def evaluate_and_stamp() -> dict[str, int]:
        subprocess.run(
            [*ENDQI_COMMAND, "evaluate", str(bill), "--format", "json"],
            env={**os.environ, "ENDQI_CACHE_DIR": str(cache_dir)},
            capture_output=True,
            timeout=120,
            check=True,
        )
        return {path.name: path.stat().st_mtime_ns for path in cache_dir.glob("*.marshal")}

    first = evaluate_and_stamp()
    assert len(first) == 2  # the regex and the dataclass caches
    assert evaluate_and_stamp() == first


def test_a_cache_file_others_may_write_is_not_trusted(tmp_path: Path) -> None:
    _run_check(tmp_path)
    (stored,) = tmp_path.glob("dataclass-*.marshal")
    stored.chmod(0o666)  # anyone could have put code in it
    again = _run_check(tmp_path)
    assert again["compiled_afresh"] is True
    assert again["different"] == [] and again["stale"] == []


def test_the_file_is_kept_private_whatever_the_umask(tmp_path: Path) -> None:
    """A group-writable umask (common on desktops) must not make the saved file one the
    next process refuses."""
    previous = os.umask(0o002)
    try:
        _run_check(tmp_path)
        second = _run_check(tmp_path)
    finally:
        os.umask(previous)
    (stored,) = tmp_path.glob("dataclass-*.marshal")
    assert stored.stat().st_mode & 0o777 == 0o644
    assert second["compiled_afresh"] is False
