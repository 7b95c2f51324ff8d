"""The rule table: every rule reached through its gate, a version that follows the table,
and patterns that stay linear on hostile input."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from endqi.analysis import ENGINE_VERSION, lexicon
from endqi.analysis.rules import (
    RULES,
    RULES_BY_NAME,
    VERDICT_MODULES,
    engine_hash,
    installed_engine_hash,
    module_sources,
    table_hash,
)
from endqi.analysis.text import AnalysisText, build_analysis_copy
from endqi.documents import document_from_text


@pytest.mark.parametrize(
    ("name", "example"), [(rule.name, example) for rule in RULES for example in rule.examples]
)
def test_every_rule_finds_its_examples_through_its_gate(name: str, example: str) -> None:
    rule = RULES_BY_NAME[name]
    lowered = build_analysis_copy(document_from_text(example))  # the form patterns run on
    assert rule.pattern.search(lowered), example
    assert any(literal in lowered for literal in rule.gate), f"{example!r} misses the gate"
    document = document_from_text("Section 1. An act.\n" + example)
    found = AnalysisText(document).matching(rule.pattern, *rule.gate)
    # (a sentence opens on its first word: an opening quotation mark is not part of it)
    assert [document.text[s.start : s.end] for s in found] == [example.lstrip('"\u201c')]


def test_every_rule_has_examples_a_gate_and_a_unique_name() -> None:
    assert len(RULES_BY_NAME) == len(RULES)
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.gate and all(literal == literal.lower() for literal in rule.gate), rule.name
        assert rule.window >= 0


def test_a_sentence_without_a_gate_literal_is_never_matched() -> None:
    """The gate is a promise: a pattern match without any gate literal is a table bug."""
    for rule in RULES:
        for example in rule.examples:
            sentence = build_analysis_copy(document_from_text(example))
            for match in rule.pattern.finditer(sentence):
                assert any(literal in sentence for literal in rule.gate), (rule.name, match)


def test_engine_version_is_a_short_hash_of_the_table_and_the_readers_code() -> None:
    assert len(ENGINE_VERSION) <= 32
    assert ENGINE_VERSION.endswith(engine_hash())
    sources = module_sources()
    assert set(sources) == set(VERDICT_MODULES) and all(sources.values())
    # A reading changed in code (not in the table) changes the version too.
    edited = dict(
        sources, **{"endqi.analysis.detectors": sources["endqi.analysis.detectors"] + b"#"}
    )
    assert engine_hash(RULES, edited) != engine_hash(RULES, sources)
    assert engine_hash(RULES, sources) == engine_hash()
    changed = list(RULES)
    changed[0] = replace(changed[0], window=changed[0].window + 1)
    assert table_hash(tuple(changed)) != table_hash()
    reworded = list(RULES)
    reworded[-1] = replace(reworded[-1], pattern=re.compile(reworded[-1].pattern.pattern + "|x"))
    assert table_hash(tuple(reworded)) != table_hash()


# Hostile inputs: long runs with no structure, each followed by a legal phrase so that
# patterns anchored on a literal near the end get a chance to backtrack over the run.
_HOSTILE_PROGRAM = textwrap.dedent(
    """
    import re, sys
    from endqi.analysis import evaluate, lexicon
    from endqi.documents.model import Document

    size = int(sys.argv[1])
    phrase = (" shall be liable for the deprivation of rights secured by the state"
              " constitution. qualified immunity is not a defense. not to exceed $5,000.")
    runs = ["a" * size, " " * size, "a " * (size // 2), "." * size, "\\f" * size,
            "\\n" * size, "no " * (size // 3), "1." * (size // 2), "rights " * (size // 7)]
    patterns = [v for v in vars(lexicon).values() if isinstance(v, re.Pattern)]
    for run in runs:
        text = run + phrase
        for pattern in patterns:
            for _ in pattern.finditer(text):
                pass
        evaluate(Document(text=text, original=text), state="MO")
    print("ok")
    """
)


def test_patterns_and_the_evaluator_are_linear_on_hostile_input() -> None:
    """200,000-character runs must finish in seconds (a quadratic pattern takes minutes).

    A pass/fail guard only; speed is measured in benchmarks/, not here.
    """
    result = subprocess.run(
        [sys.executable, "-c", _HOSTILE_PROGRAM, "200000"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_every_lexicon_pattern_is_reachable_from_the_table_or_the_reader() -> None:
    """No pattern is dead code: each is named in the rule table or read by the clause reader."""
    import inspect

    from endqi.analysis import clauses, detectors

    source = inspect.getsource(clauses) + inspect.getsource(detectors)
    tabled = {id(rule.pattern) for rule in RULES}
    for name, value in vars(lexicon).items():
        if isinstance(value, re.Pattern) and id(value) not in tabled:
            assert f"lexicon.{name}" in source, f"lexicon.{name} is never used"


def test_installed_engine_hash_is_kept_under_the_modules_signatures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine hash an installation computes once is read back while the table and the
    verdict modules' files are unchanged, and computed again for any other signature."""
    monkeypatch.setenv("ENDQI_CACHE_DIR", str(tmp_path))
    assert installed_engine_hash() == engine_hash()
    (kept,) = tmp_path.glob("engine-*.txt")
    signature, _, stored = kept.read_text().rpartition("\n")
    assert stored == engine_hash() and table_hash() in signature
    # Read back, not recomputed: a stored answer under the same signature is the answer.
    kept.write_text(f"{signature}\n{'0' * len(stored)}")
    assert installed_engine_hash() == "0" * len(stored)
    # A file whose signature differs (an edited module) is computed afresh and rewritten.
    kept.write_text(f"{signature}x\n{'0' * len(stored)}")
    assert installed_engine_hash() == engine_hash()
    assert kept.read_text() == f"{signature}\n{engine_hash()}"


@pytest.mark.parametrize(
    "text",
    [
        "the records described in section 3(b) of this act",
        "information required under sec. 4",
        "reports filed pursuant to subsection (c)",
        "documents kept by sec 12a",
    ],
)
def test_records_by_reference_always_name_a_section(text: str) -> None:
    """The disclosures reader tests a block for "sec" before it runs the pattern that finds
    records named by cross-reference: every way the pattern names a section contains it."""
    from endqi.analysis import clauses

    match = clauses._RECORDS_BY_REFERENCE.search(text)
    assert match is not None
    assert clauses._RECORDS_BY_REFERENCE_SECTION in match.group(0)


def test_source_files_hold_no_control_characters() -> None:
    """A pattern written as "\\b" in a string that is not raw compiles to a backspace, which
    matches nothing in a bill: no source file may hold such a character (a tab, a newline or a
    carriage return aside)."""
    source = Path(__file__).resolve().parents[2] / "src" / "endqi"
    allowed = {"\t", "\n", "\r"}
    found = [
        f"{path.relative_to(source)}:{line_number}"
        for path in sorted(source.rglob("*.py"))
        for line_number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if any(ord(char) < 32 and char not in allowed for char in line)
    ]
    assert found == []
