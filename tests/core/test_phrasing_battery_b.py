"""Phrasing battery B (``tests/corpus_phrasings_b/rows.jsonl``) keeps its first-run agreement.

A second, independent battery of short bills, written from RUBRIC.md without reading the
first battery, each labelled on one criterion and committed before the evaluator ever ran on
it (issue 14). It measures whether the evaluator reads legal constructions rather than the
phrasings it was tuned on; ``report.md`` beside it gives the first run and every disagreement
by kind. This test only guards against regressions: agreement may rise as the reader
improves, never fall below the first run.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from endqi.analysis import evaluate
from endqi.rubric import CRITERION_IDS

ROWS_FILE = Path(__file__).resolve().parents[1] / "corpus_phrasings_b" / "rows.jsonl"

# First run (engine 2+6c343cd410a5, labels committed in b5645e0 before it): 137/160 = 0.856
# overall; 84/104 = 0.808 on rows labelled yes or partial, 53/56 = 0.946 on rows labelled no.
# After the end-criteria fixes that followed the first run (main, 2026-12-02): 151/160 =
# 0.944; the battery was then read for fixes and guards them.
# With the start-criteria readings that followed: 153/160 = 0.956.
FLOOR = 0.95

# States whose bills are held out for the project's external measure: no row may use them.
HELD_OUT_STATES = frozenset(
    {"AZ", "CT", "GA", "HI", "LA", "MN", "MT", "NH", "OK", "TN", "UT", "WV"}
)
ROW_KEYS = {"id", "criterion", "expected", "state", "text", "reason"}


def _rows() -> list[dict[str, str | None]]:
    """The battery's rows, one dict per line of rows.jsonl."""
    with ROWS_FILE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_rows_are_well_formed() -> None:
    rows = _rows()
    ids = Counter(row["id"] for row in rows)
    assert [row_id for row_id, count in ids.items() if count > 1] == []
    for row in rows:
        assert set(row) == ROW_KEYS, row["id"]
        assert row["criterion"] in CRITERION_IDS, row["id"]
        assert row["expected"] in {"yes", "partial", "no"}, row["id"]
        assert row["state"] not in HELD_OUT_STATES, row["id"]
        assert row["text"] and row["reason"], row["id"]
    # every criterion of the rubric is measured
    assert {row["criterion"] for row in rows} == set(CRITERION_IDS)


def test_agreement_stays_at_or_above_the_first_run() -> None:
    rows = _rows()
    misses = []
    for row in rows:
        result = evaluate(row["text"], state=row["state"]).result(row["criterion"])
        if result.verdict.value != row["expected"]:
            misses.append(
                f"{row['id']} {row['criterion']}: {row['expected']} -> {result.verdict.value}"
            )
    agreement = (len(rows) - len(misses)) / len(rows)
    print(f"phrasing battery B: {len(rows) - len(misses)}/{len(rows)} = {agreement:.3f}")
    assert agreement >= FLOOR, "\n".join(misses)
