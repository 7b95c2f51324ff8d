"""Benchmark: ``endqi screen DIR --jobs 2`` over 3,000 bills of about 12 pages,
next to ``grep -rli 'qualified immunity' DIR`` over the same files.

Prints both medians and their ratio (issue 14's target: at most 5x; issue 8 asked 3x
where possible). Not a test.
Usage: python benchmarks/bench_screen.py [--bills N] [--runs N] [--dask]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus
from timing import (
    compile_bytecode,
    cpu_report,
    endqi_command,
    report,
    time_process,
    time_process_and_cpu,
)

TARGET_RATIO = 5.0  # issue 14
AIM_RATIO = 3.0  # issue 8
RELEVANT_EVERY = 50  # 2% of a session's bills touch officers' civil liability


def main() -> None:
    """Generate the corpus, time both commands, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bills", type=int, default=3000, help="bills to generate (3000)")
    parser.add_argument("--pages", type=int, default=12, help="pages per bill (12)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (3)")
    parser.add_argument("--jobs", type=int, default=2, help="endqi screen --jobs (2)")
    parser.add_argument(
        "--dask", action="store_true", help="also time --scheduler local (a Dask LocalCluster)"
    )
    args = parser.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="endqi-bench-") as folder:
        # A cache folder of its own, as a fresh installation has: what the timed runs find in
        # it is what the untimed first run compiled and kept, not a developer's leftovers.
        os.environ["ENDQI_CACHE_DIR"] = str(Path(folder) / "cache")
        corpus = Path(folder) / "session"
        started = time.perf_counter()
        count, size = write_corpus(corpus, args.bills, args.pages, RELEVANT_EVERY)
        print(
            f"corpus: {count:,} bills of ~{args.pages} pages, {size / 1e6:.1f} MB, "
            f"1 in {RELEVANT_EVERY} relevant (generated in {time.perf_counter() - started:.1f} s)"
        )
        screen = [*endqi_command(), "screen", str(corpus), "--jobs", str(args.jobs)]
        grep = ["grep", "-rli", "qualified immunity", str(corpus)]
        # grep exits 1 when nothing matches; that is a valid measurement too.
        grep_time, grep_cpu = time_process_and_cpu(grep, args.runs, expect=(0, 1))
        screen_time, screen_cpu = time_process_and_cpu(screen, args.runs)
        print(
            report(
                f"endqi screen --jobs {args.jobs}",
                screen_time,
                grep_time,
                "grep -rli",
                TARGET_RATIO,
                AIM_RATIO,
            )
        )
        print(cpu_report(screen_cpu, grep_cpu))
        print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"throughput: {count / screen_time:,.0f} bills/s")
        _print_counts(screen, grep)
        if args.dask:
            dask_time = time_process([*screen, "--scheduler", "local"], args.runs)
            print(
                f"endqi screen --scheduler local: {dask_time * 1000:9.1f} ms (median, "
                f"including cluster start-up)"
            )


def _print_counts(screen: list[str], grep: list[str]) -> None:
    lines = subprocess.run(screen, capture_output=True, text=True, check=True).stdout.splitlines()
    relevant = sum('"relevant":true' in line for line in lines)
    matches = subprocess.run(grep, capture_output=True, text=True, check=False).stdout.splitlines()
    print(f"relevant per endqi: {relevant}; files grep matched: {len(matches)}")


if __name__ == "__main__":
    main()
