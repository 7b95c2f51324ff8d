"""Benchmark: ``endqi evaluate`` on a 300-page bill as a whole process, next to the
floor, a Python process that only reads the file and runs one regex over it.

Prints both medians and their ratio (issue 14's target: at most 8x, aiming for 5x; issue 8
asked 5x). Not a test.
Usage: python benchmarks/bench_evaluate.py [--runs N] [--pages N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_bill
from timing import (
    compile_bytecode,
    cpu_report,
    endqi_command,
    report,
    time_process,
    time_process_and_cpu,
)

TARGET_RATIO = 8.0  # issue 14
AIM_RATIO = 5.0  # issue 14's aim, issue 8's target
FLOOR_PROGRAM = (
    "import re, sys\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "re.search('qualified immunity', text, re.IGNORECASE)\n"
)


def main() -> None:
    """Generate the bill, time both processes, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    parser.add_argument("--pages", type=int, default=300, help="pages of the bill (default 300)")
    args = parser.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="endqi-bench-") as folder:
        # A cache folder of its own, as a fresh installation has: what the timed runs find in
        # it is what the untimed first run compiled and kept, not a developer's leftovers.
        os.environ["ENDQI_CACHE_DIR"] = str(Path(folder) / "cache")
        bill = Path(folder) / "omnibus-bill.txt"
        text = make_bill(random.Random(300), "2300", args.pages, relevant=True)
        bill.write_text(text, encoding="utf-8")
        pages = text.count("\f") + 1
        print(f"bill: {pages} pages, {len(text.encode('utf-8')):,} bytes, numbered lines")
        evaluate, evaluate_cpu = time_process_and_cpu(
            [*endqi_command(), "evaluate", str(bill), "--format", "json"], args.runs
        )
        floor, floor_cpu = time_process_and_cpu(
            [sys.executable, "-c", FLOOR_PROGRAM, str(bill)], args.runs
        )
        print(
            report(
                "endqi evaluate (json)",
                evaluate,
                floor,
                "read + one regex",
                TARGET_RATIO,
                AIM_RATIO,
            )
        )
        print(cpu_report(evaluate_cpu, floor_cpu))
        print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        text_format = time_process([*endqi_command(), "evaluate", str(bill)], args.runs)
        print(f"endqi evaluate (text): {text_format * 1000:9.1f} ms (median)")


if __name__ == "__main__":
    main()
