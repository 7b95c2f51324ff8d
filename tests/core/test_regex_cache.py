"""The compiled-pattern cache: later processes get exactly the patterns re.compile gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from endqi import regex_cache

from .json_program import run_json_program

# Imports the evaluator in a fresh process and reports, for every module-level pattern
# of the evaluator's modules, whether it equals re.compile's (Pattern equality compares
# source, flags and the generated code), and how many patterns came from the cache.
_CHECK_PROGRAM = """
import json, re, sys
import endqi.analysis.engine, endqi.documents.loader
from endqi import regex_cache
mismatched, checked = [], set()
for name, module in sorted(sys.modules.items()):
    if not name.startswith("endqi."):
        continue
    for attribute, value in vars(module).items():
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            checked.add(value.pattern)
            if value != re.compile(value.pattern, value.flags):
                mismatched.append(f"{name}.{attribute}")
used = {source for source, _flags in regex_cache._used}
print(json.dumps({
    "checked": len(checked),
    "mismatched": mismatched,
    "not_through_cache": sorted(checked - used),
    "compiled_afresh": regex_cache._changed,
}))
"""


def _run_check(cache_dir: Path) -> dict[str, object]:
    return run_json_program(_CHECK_PROGRAM, cache_dir, ENDQI_REGEX_CACHE="1")


def test_second_process_builds_every_pattern_from_the_cache_exactly(tmp_path: Path) -> None:
    first = _run_check(tmp_path)
    assert first["compiled_afresh"] is True
    assert first["mismatched"] == []
    (cached,) = tmp_path.glob("regex-*.marshal")
    second = _run_check(tmp_path)
    assert second["compiled_afresh"] is False
    assert second["mismatched"] == []
    # Every evaluator pattern (well over a hundred) came from the cache, not the compiler.
    assert second["not_through_cache"] == []
    assert second["checked"] == first["checked"]
    assert int(second["checked"]) > 100  # type: ignore[call-overload]
    assert cached.stat().st_size > 0


def test_a_damaged_cache_falls_back_to_compiling_and_is_rewritten(tmp_path: Path) -> None:
    _run_check(tmp_path)
    (cached,) = tmp_path.glob("regex-*.marshal")
    good = cached.read_bytes()
    cached.write_bytes(good[: len(good) // 2])  # truncated, as by a full disk
    damaged = _run_check(tmp_path)
    assert damaged["compiled_afresh"] is True
    assert damaged["mismatched"] == []
    assert _run_check(tmp_path)["compiled_afresh"] is False


def test_an_entry_with_broken_code_is_compiled_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENDQI_CACHE_DIR", str(tmp_path))
    source = r"\bimmunit(?:y|ies)\b(?P<tail>[^.]{0,20})"
    # _sre validates the code it is given; nonsense code must not become a pattern.
    broken = {(source, 0): (32, [999, 1, 2, 3], 1, {"tail": 1}, (None, "tail"))}
    monkeypatch.setattr(regex_cache, "_entries", broken)
    monkeypatch.setattr(regex_cache, "_used", {})
    monkeypatch.setattr(regex_cache, "_changed", True)  # no exit hook from a test
    pattern = regex_cache.compile_pattern(source)
    assert pattern == re.compile(source)
    assert pattern.search("no immunity here").group("tail") == " here"


def test_bad_patterns_raise_re_error_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        regex_cache.compile_pattern(r"(unclosed")


# Builds the alternatives gate of every rule of the table in a fresh process and reports
# what each searches (pieces and literals), and whether anything was read off afresh.
_GATES_PROGRAM = """
import json
from endqi import regex_cache
from endqi.analysis.literals import AlternativesGate
from endqi.analysis.rules import RULES
gates = {
    rule.name: [
        [gate.pattern.pattern, sorted(sorted(clause) for clause in gate.clauses or ())]
        for gate in AlternativesGate(rule.pattern).gates
    ]
    for rule in RULES
}
print(json.dumps({"gates": gates, "afresh": regex_cache._changed}))
"""


def test_a_second_process_reads_the_literal_gates_from_the_cache(tmp_path: Path) -> None:
    first = run_json_program(_GATES_PROGRAM, tmp_path, ENDQI_REGEX_CACHE="1")
    assert first["afresh"] is True
    second = run_json_program(_GATES_PROGRAM, tmp_path, ENDQI_REGEX_CACHE="1")
    assert second["afresh"] is False
    assert second["gates"] == first["gates"]
    # ... and they are what a process without the cache reads off the patterns.
    uncached = run_json_program(_GATES_PROGRAM, tmp_path, ENDQI_REGEX_CACHE="0")
    assert uncached["gates"] == first["gates"]
    assert len(first["gates"]["cap_lift"]) > 1  # type: ignore[index]


def test_remembered_values_are_kept_per_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENDQI_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", {})
    monkeypatch.setattr(regex_cache, "_remembered", {})
    monkeypatch.setattr(regex_cache, "_changed", True)  # no exit hook from a test
    pattern = re.compile(r"immunity|liable")
    calls: list[str] = []

    def compute(value: str) -> str:
        calls.append(value)
        return value

    assert regex_cache.remember("kind-1", pattern, lambda: compute("one")) == "one"
    regex_cache.save()
    monkeypatch.setattr(regex_cache, "_entries", None)  # read the file again
    assert regex_cache.remember("kind-1", pattern, lambda: compute("again")) == "one"
    # Another kind (the code that reads the value changed) reads it off afresh.
    assert regex_cache.remember("kind-2", pattern, lambda: compute("two")) == "two"
    assert calls == ["one", "two"]
