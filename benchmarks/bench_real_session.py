"""Benchmark: screen a real session's bill texts, next to ``grep -rli`` over the same folder.

Give it a folder of one session's bills (.txt, .htm, .html or .pdf, searched
recursively); the texts are not part of the project. It prints both timings, the
ratio, bills per second, and the bills ``endqi screen`` found relevant (with their
group scores) next to the files grep matched for "qualified immunity".
Not a test. Usage: python benchmarks/bench_real_session.py FOLDER [--jobs N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import endqi_command, report, time_process

TARGET_RATIO = 3.0


def main() -> None:
    """Time both commands over the folder, then list what each found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder holding one session's bill texts")
    parser.add_argument("--jobs", type=int, default=2, help="endqi screen --jobs (2)")
    parser.add_argument("--runs", type=int, default=1, help="timed runs of each (1)")
    args = parser.parse_args()
    if not args.folder.is_dir():
        raise SystemExit(f"{args.folder} is not a folder")
    suffixes = {".txt", ".htm", ".html", ".pdf"}
    files = [path for path in args.folder.rglob("*") if path.suffix.lower() in suffixes]
    size = sum(path.stat().st_size for path in files)
    print(f"session: {len(files):,} bills, {size / 1e6:.1f} MB in {args.folder}")
    screen = [*endqi_command(), "screen", str(args.folder), "--jobs", str(args.jobs)]
    grep = ["grep", "-rli", "qualified immunity", str(args.folder)]
    # endqi screen exits 1 when some documents cannot be read; grep exits 1 on no match.
    grep_time = time_process(grep, args.runs, expect=(0, 1))
    screen_time = time_process(screen, args.runs, expect=(0, 1))
    print(
        report(
            f"endqi screen --jobs {args.jobs}", screen_time, grep_time, "grep -rli", TARGET_RATIO
        )
    )
    print(f"throughput: {len(files) / screen_time:,.0f} bills/s")
    completed = subprocess.run(screen, capture_output=True, text=True, check=False)
    results = [json.loads(line) for line in completed.stdout.splitlines()]
    relevant = [result for result in results if result["relevant"]]
    errors = [result for result in results if result["relevant"] is None]
    matched = subprocess.run(grep, capture_output=True, text=True, check=False).stdout.split()
    print(
        f"relevant per endqi: {len(relevant)}; unreadable: {len(errors)}; "
        f"files grep matched: {len(matched)}"
    )
    for result in relevant:
        groups = " ".join(f"{group['id']} {group['text']}" for group in result["groups"])
        print(f"  {Path(result['path']).name}: {groups}")
    missed = sorted(set(matched) - {result["path"] for result in relevant})
    print(f"grep matches endqi did not call relevant: {len(missed)}")
    for path in missed[:20]:
        print(f"  {Path(path).name}")


if __name__ == "__main__":
    main()
