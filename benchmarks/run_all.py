"""Run every evaluator benchmark (``make bench``) and print their numbers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = ("bench_evaluate.py", "bench_screen.py")


def main() -> int:
    """Run each benchmark script in turn; returns non-zero if one fails."""
    folder = Path(__file__).resolve().parent
    status = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        completed = subprocess.run([sys.executable, str(folder / name), *sys.argv[1:]], check=False)
        status = status or completed.returncode
        print(flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
