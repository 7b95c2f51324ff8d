"""The evaluator on quote collections (``tests/corpus_excerpts_y/``).

Advocates' published evaluations quote a bill's deciding clauses, and one of the project's
external measures gives the evaluator such quote collections rather than whole bills: a title
line, then passages separated by blank lines, in no particular order, some cut mid-sentence.
Battery Y holds 40 such collections built from real bill texts of the corpus's open split, each
labelled (before the evaluator first ran on it) for the criteria its quotes decide.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from endqi.analysis import evaluate
from endqi.rubric import CRITERIA

ROWS = Path(__file__).resolve().parents[1] / "corpus_excerpts_y" / "rows.jsonl"
CRITERION_IDS = {criterion.id for criterion in CRITERIA}
HELD_OUT_STATES = {"AZ", "CT", "GA", "HI", "LA", "MN", "MT", "NH", "OK", "TN", "UT", "WV"}
# First run (engine at 51999fc, labels committed in c2223de before it): 128/147 = 0.871 (130 with
# the two labels revised after the run as plain slips). After the fixes that followed: 135/147 =
# 0.918. The rest: labels that differ from the project's conventions (a city's own police read
# as one class, federal rights in federal bills, indemnity statutes with no claim), an immunity
# lift quoted before its condition, and prosecutors' immunity. Raise it as the evaluator
# improves; never lower it to pass.
AGREEMENT_FLOOR = 0.91


def _rows() -> list[dict]:
    return [json.loads(line) for line in ROWS.read_text("utf-8").splitlines() if line.strip()]


def test_rows_are_well_formed() -> None:
    rows = _rows()
    assert len(rows) == len({row["id"] for row in rows}) == 40
    for row in rows:
        assert row["state"] not in HELD_OUT_STATES, row["id"]
        assert row["verdicts"] and set(row["verdicts"]) <= CRITERION_IDS, row["id"]
        assert set(row["verdicts"].values()) <= {"yes", "partial", "no"}, row["id"]
        assert set(row["reasons"]) == set(row["verdicts"]), row["id"]
        # a title line, then quotes apart
        assert "\n\n" in row["text"], row["id"]


@pytest.mark.parametrize("floor", [AGREEMENT_FLOOR])
def test_agreement_on_quote_collections_stays_at_or_above_the_floor(floor: float) -> None:
    agreed = total = 0
    misses = []
    for row in _rows():
        verdicts = evaluate(row["text"], state=row["state"]).verdicts()
        for criterion, expected in row["verdicts"].items():
            total += 1
            if verdicts[criterion] == expected:
                agreed += 1
            else:
                misses.append(f"{row['id']} {criterion}: {expected} -> {verdicts[criterion]}")
    print(f"quote collections: {agreed}/{total} = {agreed / total:.3f}")
    assert agreed / total >= floor, misses
