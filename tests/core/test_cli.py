"""``endqi evaluate`` run as a real process: formats, stdin, --state, errors, exit codes.

Every expectation about verdicts comes from calling ``evaluate()`` in this
process on the same document; nothing is hard-coded.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from endqi.analysis import evaluate, scorecard_to_dict
from endqi.documents import load_document
from endqi.rubric import CRITERIA, GROUPS, RUBRIC_VERSION, Verdict

ENDQI = Path(sys.executable).parent / "endqi"
ENDQI_COMMAND = [str(ENDQI)] if ENDQI.exists() else [sys.executable, "-m", "endqi.cli"]
HEAVY_MODULES = ("django", "pypdfium2", "pypdf", "dask", "distributed")
VERDICTS = {verdict.value for verdict in Verdict}


def run_endqi(
    *args: str | os.PathLike[str], stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed console script; never raises on a non-zero exit."""
    return subprocess.run(
        [*ENDQI_COMMAND, *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def assert_one_error_line(completed: subprocess.CompletedProcess[bytes]) -> str:
    """Exit 1, nothing on stdout, exactly one ``endqi: error:`` line on stderr."""
    stderr = completed.stderr.decode("utf-8")
    assert completed.returncode == 1, stderr
    assert completed.stdout == b""
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("endqi: error: ")
    assert len(lines[0]) > len("endqi: error: ") + 10, "the message must say something"
    return lines[0]


def dev_text(shared_dir: Path, bill_id: str) -> str:
    """Quoted text of one shared dev-evaluation bill (its first line is a heading)."""
    bills = json.loads((shared_dir / "rubric" / "dev-evaluations.json").read_text("utf-8"))
    text = next(bill["text"] for bill in bills["bills"] if bill["id"] == bill_id)
    return text.split("\n", 1)[1].strip()


def printed_bill(body: str, number: str = "1234") -> str:
    """Bill text laid out the way legislatures print it, numbered lines included."""
    import textwrap

    lines = [
        "SECOND REGULAR SESSION",
        f"HOUSE BILL NO. {number}",
        "AN ACT",
        "To enact one new section relating to civil actions for the deprivation of rights.",
        "Be it enacted by the General Assembly of the state of Missouri, as follows:",
    ]
    for paragraph in body.split("\n\n"):
        lines.extend(textwrap.wrap(paragraph, 66, initial_indent="     "))
    return "\n".join(f"{n:>2}  {line}" for n, line in enumerate(lines, start=1)) + "\n"


@pytest.fixture
def bill_path(tmp_path: Path, shared_dir: Path) -> Path:
    """A relevant Missouri-style bill on disk."""
    path = tmp_path / "hb1234.txt"
    path.write_text(printed_bill(dev_text(shared_dir, "mo-raw-mo-v1-txt-1")), encoding="utf-8")
    return path


def assert_scorecard_json(data: dict, *, path: str, raw: bytes) -> None:
    """The JSON shape of the issue, checked key by key (more keys are allowed)."""
    assert isinstance(data["rubric_version"], str)
    assert data["rubric_version"] == RUBRIC_VERSION
    source = data["source"]
    assert source["path"] == path
    assert source["sha256"] == hashlib.sha256(raw).hexdigest()
    assert source["pages"] is None or (isinstance(source["pages"], int) and source["pages"] > 0)
    assert isinstance(source["chars"], int) and source["chars"] > 0
    assert [group["id"] for group in data["groups"]] == [group.id for group in GROUPS]
    for group in data["groups"]:
        assert isinstance(group["score"], int | float)
        assert isinstance(group["max"], int) and not isinstance(group["max"], bool)
        assert 0 <= group["score"] <= group["max"]
    assert [criterion["id"] for criterion in data["criteria"]] == [c.id for c in CRITERIA]
    for criterion, rubric in zip(data["criteria"], CRITERIA, strict=True):
        assert criterion["group"] == rubric.group
        assert criterion["title"] == rubric.title
        assert criterion["verdict"] in VERDICTS
        assert criterion["points"] == Verdict(criterion["verdict"]).points
        assert isinstance(criterion["explanation"], str) and criterion["explanation"]
        assert isinstance(criterion["confidence"], int | float)
        assert 0 <= criterion["confidence"] <= 1
        for evidence in criterion["evidence"]:
            assert set(evidence) >= {"quote", "start", "end", "section", "page", "line"}
            assert isinstance(evidence["quote"], str) and evidence["quote"]
            assert isinstance(evidence["start"], int) and isinstance(evidence["end"], int)
            assert 0 <= evidence["start"] < evidence["end"] <= source["chars"]
            assert evidence["end"] - evidence["start"] == len(evidence["quote"])
            assert evidence["section"] is None or isinstance(evidence["section"], str)
            assert evidence["page"] is None or isinstance(evidence["page"], int)
            assert evidence["line"] is None or isinstance(evidence["line"], int)
    for group in data["groups"]:
        points = sum(c["points"] for c in data["criteria"] if c["group"] == group["id"])
        assert group["score"] == pytest.approx(points)


# ---------------------------------------------------------------------------
# formats


def test_json_output_has_the_documented_shape_and_the_engine_verdicts(bill_path: Path) -> None:
    completed = run_endqi("evaluate", bill_path, "--format", "json")
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == b""
    data = json.loads(completed.stdout)
    assert_scorecard_json(data, path=str(bill_path), raw=bill_path.read_bytes())
    document = load_document(str(bill_path))
    expected = scorecard_to_dict(evaluate(document))
    assert data["criteria"] == expected["criteria"]
    assert data["source"]["chars"] == len(document.text)
    assert data["source"]["pages"] == document.pages
    quotes_exact = all(
        document.text[e["start"] : e["end"]] == e["quote"]
        for criterion in data["criteria"]
        for e in criterion["evidence"]
    )
    assert quotes_exact


def test_text_output_is_a_readable_scorecard(bill_path: Path) -> None:
    completed = run_endqi("evaluate", bill_path)
    assert completed.returncode == 0, completed.stderr
    report = completed.stdout.decode("utf-8")
    scorecard = evaluate(load_document(str(bill_path)))
    assert report.startswith(f"endqi scorecard: {bill_path}\n")
    for group, score in zip(GROUPS, scorecard.groups, strict=True):
        assert f"({score.text})" in report
        assert group.title in report
    for result in scorecard.criteria:
        assert f"{result.verdict.symbol} {result.verdict.label}: {result.title}" in report
    if any(result.evidence for result in scorecard.criteria):
        assert "Evidence" in report


def test_html_output_to_a_file_is_a_standalone_page(bill_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "card.html"
    target.parent.mkdir()
    completed = run_endqi("evaluate", bill_path, "--format", "html", "--output", target)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == b""
    page = target.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "http://" not in page and "https://" not in page
    scorecard = evaluate(load_document(str(bill_path)))
    for result in scorecard.criteria:
        for index, _ in enumerate(result.evidence):
            anchor = "ev-" + result.criterion_id.replace(".", "-") + f"-{index}"
            assert f'href="#{anchor}"' in page
            assert f'id="{anchor}"' in page
    assert sorted(os.listdir(target.parent)) == ["card.html"], "temporary file left behind"
    assert oct(target.stat().st_mode & 0o777) != oct(0o600), "file kept the temp file's mode"


def test_stdin_gives_the_same_scorecard_as_the_file(bill_path: Path) -> None:
    raw = bill_path.read_bytes()
    from_stdin = run_endqi("evaluate", "-", "--format", "json", stdin=raw)
    from_file = run_endqi("evaluate", bill_path, "--format", "json")
    assert from_stdin.returncode == 0, from_stdin.stderr
    data = json.loads(from_stdin.stdout)
    assert_scorecard_json(data, path="-", raw=raw)
    assert data["criteria"] == json.loads(from_file.stdout)["criteria"]


def test_state_option_is_passed_to_the_engine(bill_path: Path) -> None:
    completed = run_endqi("evaluate", bill_path, "--format", "json", "--state", "mo")
    assert completed.returncode == 0, completed.stderr
    data = json.loads(completed.stdout)
    assert data["state"] == "MO"
    expected = scorecard_to_dict(evaluate(load_document(str(bill_path)), state="MO"))
    assert data["criteria"] == expected["criteria"]
    assert "state MO" in run_endqi("evaluate", bill_path, "--state", "MO").stdout.decode()


def test_max_bytes_accepts_unit_suffixes(bill_path: Path) -> None:
    assert run_endqi("evaluate", bill_path, "--max-bytes", "1M").returncode == 0
    assert run_endqi("evaluate", bill_path, "--max-bytes", "64k").returncode == 0


# ---------------------------------------------------------------------------
# errors


def test_missing_file(tmp_path: Path) -> None:
    line = assert_one_error_line(run_endqi("evaluate", tmp_path / "no-such-bill.txt"))
    assert "no-such-bill.txt" in line


def test_directory(tmp_path: Path) -> None:
    assert_one_error_line(run_endqi("evaluate", tmp_path))


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_one_error_line(run_endqi("evaluate", empty))


def test_empty_stdin() -> None:
    assert_one_error_line(run_endqi("evaluate", "-", stdin=b""))


def test_random_bytes(tmp_path: Path) -> None:
    import random

    noise = tmp_path / "noise.bin"
    noise.write_bytes(random.Random(7).randbytes(4096))
    assert_one_error_line(run_endqi("evaluate", noise))


def test_over_the_size_limit(bill_path: Path) -> None:
    size = bill_path.stat().st_size
    assert_one_error_line(run_endqi("evaluate", bill_path, "--max-bytes", str(size - 1)))
    assert_one_error_line(
        run_endqi("evaluate", "-", "--max-bytes", "100", stdin=bill_path.read_bytes())
    )
    assert run_endqi("evaluate", bill_path, "--max-bytes", str(size)).returncode == 0


def test_failure_never_leaves_an_output_file(tmp_path: Path, bill_path: Path) -> None:
    target = tmp_path / "out" / "card.json"
    target.parent.mkdir()
    assert_one_error_line(run_endqi("evaluate", tmp_path / "missing.txt", "--output", target))
    assert os.listdir(target.parent) == []
    # An existing report is left as it was, not truncated.
    target.write_text("previous report\n")
    assert_one_error_line(run_endqi("evaluate", bill_path, "--output", target, "--max-bytes", "10"))
    assert target.read_text() == "previous report\n"
    assert os.listdir(target.parent) == ["card.json"]


def test_unwritable_output_is_one_error_line(bill_path: Path, tmp_path: Path) -> None:
    line = assert_one_error_line(
        run_endqi("evaluate", bill_path, "--output", tmp_path / "no-dir" / "card.txt")
    )
    assert "card.txt" in line


@pytest.mark.parametrize(
    "arguments",
    [
        ["evaluate"],
        ["evaluate", "bill.txt", "--format", "yaml"],
        ["evaluate", "bill.txt", "--state", "ZZ"],
        ["evaluate", "bill.txt", "--max-bytes", "lots"],
        ["evaluate", "bill.txt", "--max-bytes", "0"],
        ["screen"],
        ["screen", "dir", "--jobs", "0"],
    ],
)
def test_usage_errors_exit_2(arguments: list[str]) -> None:
    completed = run_endqi(*arguments)
    assert completed.returncode == 2
    assert b"Traceback" not in completed.stderr
    assert b"usage: endqi" in completed.stderr


# ---------------------------------------------------------------------------
# start-up


def test_evaluate_leaves_the_evaluator_to_its_child(bill_path: Path, tmp_path: Path) -> None:
    """``endqi evaluate`` imports the evaluator in the budgeted child that does the work, not
    in the parent, whose pages the child would otherwise copy one by one; nor does argparse
    pull in shutil (and bz2, lzma) to learn a width that only help text uses."""
    modules_file = tmp_path / "modules.json"
    probe = (
        "import json, sys\n"
        "from endqi.cli import main\n"
        "code = main(['evaluate', sys.argv[1], '--format', 'json'])\n"
        "open(sys.argv[2], 'w').write(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe, str(bill_path), str(modules_file)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(completed.stdout)["criteria"]  # the child's report came through
    result = json.loads(modules_file.read_text())
    assert result["code"] == 0
    loaded = set(result["modules"])
    assert "endqi.budget" in loaded
    assert not loaded & {"endqi.analysis", "endqi.documents", "endqi.reports", "shutil"}


@pytest.mark.parametrize("columns", [None, "123", "0", "wide", "-5"])
def test_help_width_is_the_terminal_width_shutil_reports(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from endqi.commandline import terminal_columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_help_is_wrapped_to_columns() -> None:
    completed = subprocess.run(
        [*ENDQI_COMMAND, "evaluate", "--help"],
        capture_output=True,
        env={**os.environ, "COLUMNS": "60"},
        timeout=60,
        check=True,
    )
    lines = completed.stdout.decode().splitlines()
    wrapped = [line for line in lines if line.startswith("  --")]
    assert wrapped and max(len(line) for line in lines if line.startswith(" ")) <= 60


def test_evaluate_does_not_import_heavy_libraries(bill_path: Path, tmp_path: Path) -> None:
    probe = (
        "import json, sys\n"
        "from endqi.cli import main\n"
        "code = main(['evaluate', sys.argv[1], '--output', sys.argv[2]])\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY_MODULES!r})\n"
        "print(json.dumps({'code': code, 'heavy': heavy}))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe, str(bill_path), str(tmp_path / "card.txt")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(completed.stdout)
    assert result == {"code": 0, "heavy": []}
