"""Benchmark: the evaluation budget (endqi.budget), its cost and its worst cases.

1. Overhead: a normal bill evaluated in this process and in a budgeted child
   (fork, limits, result pickled back); medians and the difference.
2. Worst cases: every hostile input of issue 12 (tests/core/hostile_inputs.py)
   through load + evaluate within the production budget: seconds, the child's
   peak resident memory, and whether it was answered or refused.

Targets: every input answered or refused within 10 s and 1 GB.
Usage: python benchmarks/bench_budget.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "core"))

from corpus import make_bill
from hostile_inputs import named_inputs

from endqi.analysis import evaluate
from endqi.budget import DEFAULT_BUDGET, OverBudget, run_measured
from endqi.documents import DocumentError, load_bytes

LIMIT_SECONDS = 10.0
LIMIT_MB = 1024


def load_and_score(data: bytes, filename: str) -> int:
    """Load and evaluate; the number of criteria (small, so pickling is not measured)."""
    document = load_bytes(data, filename=filename, max_bytes=len(data) + 1)
    return len(evaluate(document).criteria)


def overhead(runs: int) -> None:
    """Median time of one evaluation in-process and within the budget."""
    text = make_bill(random.Random(12), "1200", 12, relevant=True).encode("utf-8")
    load_and_score(text, "bill.txt")  # warm caches
    inline, budgeted = [], []
    for _ in range(runs):
        started = time.perf_counter()
        load_and_score(text, "bill.txt")
        inline.append(time.perf_counter() - started)
        started = time.perf_counter()
        run_measured(load_and_score, text, "bill.txt")
        budgeted.append(time.perf_counter() - started)
    a, b = statistics.median(inline), statistics.median(budgeted)
    print(f"normal bill ({len(text):,} bytes), median of {runs}:")
    print(f"  in-process      {a * 1000:8.1f} ms")
    print(
        f"  within budget   {b * 1000:8.1f} ms   (fork + limits + result: {(b - a) * 1000:+.1f} ms)"
    )


def worst_cases() -> bool:
    """Every hostile input; returns True when all met the target."""
    print(f"\nhostile inputs, budget {DEFAULT_BUDGET.describe()}:")
    print(f"  {'input':42} {'size':>10} {'seconds':>8} {'peak MB':>8}  outcome")
    ok = True
    for item in named_inputs():
        started = time.perf_counter()
        peak = 0.0
        try:
            _count, usage = run_measured(load_and_score, item.data, item.filename)
            outcome = "answered"
            peak = usage.peak_bytes / 2**20
        except OverBudget as error:
            outcome = f"refused: over budget ({error.reason})"
            peak = error.usage.peak_bytes / 2**20 if error.usage else 0.0
        except DocumentError as error:
            outcome = f"refused: {str(error)[:60]}"
        seconds = time.perf_counter() - started
        ok = ok and seconds < LIMIT_SECONDS + 0.5 and peak <= LIMIT_MB
        print(f"  {item.name:42} {len(item.data):>10,} {seconds:8.2f} {peak:8.0f}  {outcome}")
    return ok


def main() -> int:
    """Print both parts; exit 1 when an input missed the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs for the overhead")
    args = parser.parse_args()
    overhead(args.runs)
    ok = worst_cases()
    print(
        f"\ntarget (every input within {LIMIT_SECONDS:g} s and {LIMIT_MB} MB): "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
