"""Snapshot what endqi outputs, to show a speed change changed none of it. Not a test.

``snapshot DIR`` writes, for the installed ``endqi`` (or ``--endqi COMMAND``):

- ``evaluate.json``: ``endqi evaluate --format json`` of every text of
  ``tests/corpus/texts``, every red-team case and every bill of
  ``../shared/rubric/dev-evaluations.json`` (also with ``--state`` when the case
  names one), with exit status and standard error;
- ``screen.jsonl`` and ``screen-serial.jsonl``: ``endqi screen --jobs 2`` and
  ``--jobs 1`` over the benchmark corpus (``corpus.write_corpus``, as
  ``bench_screen.py`` generates it).

``compare A B`` reports how many outputs are byte-identical, how many differ only in
``engine_version`` (which hashes the source of the verdict modules, so it changes with
any edit to them), and names every other difference.

Usage: python benchmarks/output_snapshot.py snapshot DIR [--endqi "CMD ..."]
       python benchmarks/output_snapshot.py compare DIR_A DIR_B
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEV_EVALUATIONS, PROJECT_ROOT, write_corpus
from timing import endqi_command

RED_TEAM = PROJECT_ROOT / "tests" / "corpus_redteam" / "cases.jsonl"
CORPUS_TEXTS = PROJECT_ROOT / "tests" / "corpus" / "texts"
ENGINE_VERSION = re.compile(r'"engine_version": "[^"]*"')


def _inputs(folder: Path) -> list[tuple[str, Path, str | None]]:
    """(name, path, state) of every text to evaluate; inline texts are written to ``folder``."""
    inputs: list[tuple[str, Path, str | None]] = [
        (f"corpus/{path.name}", path, None) for path in sorted(CORPUS_TEXTS.glob("*.txt"))
    ]
    inline = [json.loads(line) for line in RED_TEAM.read_text(encoding="utf-8").splitlines()]
    inline = [{**case, "id": f"redteam-{case['id']}"} for case in inline]
    bills = json.loads(DEV_EVALUATIONS.read_text(encoding="utf-8"))["bills"]
    inline += [{**bill, "id": f"dev-{bill['id']}"} for bill in bills]
    for case in inline:
        path = folder / f"{case['id']}.txt"
        path.write_text(case["text"], encoding="utf-8")
        inputs.append((case["id"], path, case.get("state")))
    return inputs


def snapshot(folder: Path, endqi: list[str]) -> None:
    """Write the outputs of ``endqi`` into ``folder``."""
    # Fixed paths for the inline texts: each report names its input file.
    texts = Path(tempfile.gettempdir()) / "endqi-output-snapshot" / "texts"
    texts.mkdir(parents=True, exist_ok=True)

    def evaluate(item: tuple[str, Path, str | None]) -> tuple[str, list[dict[str, object]]]:
        name, path, state = item
        runs = []
        for option in [[]] + ([["--state", state]] if state else []):
            done = subprocess.run(
                [*endqi, "evaluate", "--format", "json", str(path), *option],
                capture_output=True,
                text=True,
                check=False,
            )
            run = {"options": option, "rc": done.returncode, "out": done.stdout}
            runs.append({**run, "err": done.stderr})
        return name, runs

    with ThreadPoolExecutor(2) as pool:
        results = dict(pool.map(evaluate, _inputs(texts)))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evaluate.json").write_text(json.dumps(results, indent=0, sort_keys=True))
    # One place for every snapshot: the screen lines name the files.
    corpus = Path(tempfile.gettempdir()) / "endqi-output-snapshot" / "session"
    if not corpus.exists():
        write_corpus(corpus, 3000, 12, 50)
    for name, jobs in (("screen.jsonl", "2"), ("screen-serial.jsonl", "1")):
        done = subprocess.run(
            [*endqi, "screen", str(corpus), "--jobs", jobs], capture_output=True, check=True
        )
        (folder / name).write_bytes(done.stdout)
    print(f"{sum(len(runs) for runs in results.values())} evaluations of {len(results)} texts")


def compare(first: Path, second: Path) -> int:
    """Print what differs between two snapshots; returns 1 when anything but the engine
    version does."""
    before = json.loads((first / "evaluate.json").read_text())
    after = json.loads((second / "evaluate.json").read_text())
    same = version_only = 0
    different = sorted(set(before) ^ set(after))
    for name in sorted(set(before) & set(after)):
        for old, new in zip(before[name], after[name], strict=True):
            if old == new:
                same += 1
            elif ENGINE_VERSION.sub("", old["out"]) == ENGINE_VERSION.sub("", new["out"]) and (
                old["rc"],
                old["err"],
            ) == (new["rc"], new["err"]):
                version_only += 1
            else:
                different.append(f"{name} {' '.join(old['options'])}".strip())
    total = sum(len(runs) for runs in before.values())
    print(
        f"evaluate: {total} compared, {same} byte-identical, {version_only} differ only in "
        f"engine_version, {len(different)} differ"
    )
    for name in different:
        print(f"  differs: {name}")
    for name in ("screen.jsonl", "screen-serial.jsonl"):
        lines_before = (first / name).read_bytes().splitlines()
        lines_after = (second / name).read_bytes().splitlines()
        identical = lines_before == lines_after
        print(f"{name}: {len(lines_before)} and {len(lines_after)} lines, identical: {identical}")
        different += [] if identical else [name]
    return 1 if different else 0


def main() -> int:
    """Parse the command line and run ``snapshot`` or ``compare``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("snapshot")
    take.add_argument("folder", type=Path)
    take.add_argument("--endqi", help="the command to run instead of the installed endqi")
    check = commands.add_parser("compare")
    check.add_argument("first", type=Path)
    check.add_argument("second", type=Path)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.folder, shlex.split(args.endqi) if args.endqi else endqi_command())
        return 0
    return compare(args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())
