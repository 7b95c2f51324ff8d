"""The phrasing battery (``tests/corpus_phrasings/rows.jsonl``) keeps its first-run agreement.

Each row is a short bill written for the battery and labelled on one criterion before the
evaluator ever ran on it (issue 14). The battery measures whether the evaluator reads legal
constructions rather than listed phrasings; ``report.md`` beside it gives the first run and
every disagreement by kind. This test only guards against regressions: agreement may rise
as the reader improves, never fall below the first run.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from endqi.analysis import evaluate
from endqi.rubric import CRITERION_IDS

ROWS_FILE = Path(__file__).resolve().parents[1] / "corpus_phrasings" / "rows.jsonl"

# First run (engine 2+5add8e35ae4c, labels committed in 4b4421a before it): 180/259 = 0.695
# overall; 98/159 = 0.616 on rows labelled yes or partial, 82/100 = 0.820 on rows labelled no.
# After the rule work on the end criteria that followed (main, 2026-12-02): 226/259 = 0.873. The
# battery was then read for fixes, so it guards what was learned and no longer measures.
# With the start-criteria readings that followed: 256/259 = 0.988.
FLOOR = 0.98

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
    print(f"phrasing battery: {len(rows) - len(misses)}/{len(rows)} = {agreement:.3f}")
    assert agreement >= FLOOR, "\n".join(misses)
