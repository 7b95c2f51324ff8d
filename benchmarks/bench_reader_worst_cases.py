"""Benchmark: the reader's worst cases, each read (or refused) in its own process.

For every hostile input named in issue 12 this prints what the reader answered
(read, or the one-sentence refusal), the wall-clock time and the peak memory
of a fresh process that loads it, next to the budget in
``endqi.documents.limits``. Target: every input answered within 10 s and 1 GB.
Not a test. Usage: python benchmarks/bench_reader_worst_cases.py [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "core"))

from pdf_maker import make_pdf, ruled_pdf, with_extra_stream, zero_bomb  # noqa: E402

BILL_LINE = "Section 1. A peace officer who deprives a person of a right is liable."
TARGET_SECONDS = 10.0
TARGET_MEGABYTES = 1024

# Run in a child: load the file, report the outcome and the peak resident memory.
CHILD = """
import json, resource, sys, time
from endqi.documents import DocumentError, load_document
started = time.perf_counter()
try:
    document = load_document(sys.argv[1])
    outcome = f"read: {len(document.text):,} characters, {len(document.deletions)} struck spans"
except DocumentError as error:
    outcome = f"refused: {error}"
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"outcome": outcome, "seconds": elapsed, "megabytes": peak}))
"""


def _inputs() -> dict[str, tuple[str, Callable[[], bytes]]]:
    """Name -> (file suffix, generator of the bytes)."""
    line = BILL_LINE.encode()
    text_pdf = make_pdf([[BILL_LINE] * 6])
    return {
        "19 MB of newlines": (".txt", lambda: line + b"\n" * 19_000_000),
        "5 MB of carriage returns": (".txt", lambda: line + b"\r" * 5_000_000),
        "1 MB of form feeds": (".txt", lambda: line + b"\f" * 1_000_000),
        "a 19 MB single line": (".txt", lambda: b"word " * 3_800_000),
        "900,000 blank lines (within budget)": (".txt", lambda: line + b"\n" * 900_000 + line),
        "one tag, 200,000 attributes": (
            ".html",
            lambda: ("<p " + " ".join(f'a{i}="x"' for i in range(200_000)) + ">Text</p>").encode(),
        ),
        "1,000,000 <s> tags": (".html", lambda: b"<p>Section 1." + b"<s>" * 1_000_000 + b"</p>"),
        "199,000 sibling <s> elements (within budget)": (
            ".html",
            lambda: b"<p>Section 1." + b"<s>x</s>" * 199_000 + b"</p>",
        ),
        "1 MB PDF, 1 GiB Flate stream in unused metadata": (
            ".pdf",
            lambda: with_extra_stream(text_pdf, zero_bomb(1024)),
        ),
        "60,000 thin rules across a page": (
            ".pdf",
            lambda: ruled_pdf(60_000, [BILL_LINE] * 40),
        ),
    }


def main() -> None:
    """Generate each input, load it in a fresh process, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only inputs whose name contains this")
    args = parser.parse_args()
    worst_seconds = worst_megabytes = 0.0
    with tempfile.TemporaryDirectory(prefix="endqi-worst-") as folder:
        for name, (suffix, make) in _inputs().items():
            if args.only and args.only not in name:
                continue
            path = Path(folder) / f"input{suffix}"
            data = make()
            path.write_bytes(data)
            started = time.perf_counter()
            completed = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)],
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
            )
            wall = time.perf_counter() - started
            if completed.returncode != 0:
                print(f"{name}: CRASHED ({completed.stderr.strip().splitlines()[-1:]})")
                continue
            result = json.loads(completed.stdout)
            worst_seconds = max(worst_seconds, result["seconds"])
            worst_megabytes = max(worst_megabytes, result["megabytes"])
            print(
                f"{name} ({len(data) / 1e6:.1f} MB): {result['outcome'][:110]}\n"
                f"    load {result['seconds']:.2f} s, process {wall:.2f} s, "
                f"peak {result['megabytes']:.0f} MB"
            )
    verdict = (
        "meets"
        if worst_seconds <= TARGET_SECONDS and worst_megabytes <= TARGET_MEGABYTES
        else "MISSES"
    )
    print(
        f"worst: {worst_seconds:.2f} s, {worst_megabytes:.0f} MB ({verdict} the target of "
        f"{TARGET_SECONDS:g} s and {TARGET_MEGABYTES} MB)"
    )


if __name__ == "__main__":
    main()
