"""The ``endqi`` command as a newcomer meets it: its own help, version, per-command usage,
the gap list with model language, and plain section labels."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import endqi
from endqi.analysis import evaluate
from endqi.documents import load_document
from endqi.reports import describe_location, section_label
from endqi.rubric import CRITERIA, Glossary
from endqi.rubric.gaps import find_gaps
from endqi.rubric.glossary import TERMS

from .without_django import run_without_django

ENDQI = Path(sys.executable).parent / "endqi"
PROJECT_COMMANDS = ("evaluate", "screen", "demo", "import-bills", "seed-legislation")


def run_endqi(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    """Run the installed console script; never raises on a non-zero exit."""
    return subprocess.run(
        [str(ENDQI), *map(str, args)], capture_output=True, timeout=120, check=False
    )


def stdout_of(*args: str) -> str:
    completed = run_endqi(*args)
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.decode("utf-8")


@pytest.mark.parametrize("arguments", [[], ["--help"], ["-h"], ["help"]])
def test_overview_help_groups_the_projects_commands_and_puts_djangos_under_admin(
    arguments: list[str],
) -> None:
    text = stdout_of(*arguments)
    assert text.startswith("usage: endqi COMMAND")
    positions = {name: text.find(f"\n  {name} ") for name in PROJECT_COMMANDS}
    assert all(position > 0 for position in positions.values()), positions
    admin = text.index("\nadmin ")
    # Django's commands are listed, but only under the one "admin" heading, after ours.
    for django_command in ("startproject", "dbshell", "migrate", "createsuperuser"):
        assert text.index(django_command) > admin
    assert max(positions.values()) < admin
    assert text.index("Evaluate bills") < text.index("Run the site") < text.index("Add and import")


def test_every_site_command_is_listed_under_what_it_does() -> None:
    """Commands that add data to the database are listed with the imports, not under "Run the
    site" (which serves and operates it); every project command is in one group."""
    from endqi.cli import (
        COMMAND_GROUPS,
        OTHER_COMMANDS_HEADING,
        PROJECT_APP_PREFIX,
        _django_commands,
    )

    project = {
        name for name, app in _django_commands().items() if app.startswith(PROJECT_APP_PREFIX)
    }
    grouped = [name for _, names in COMMAND_GROUPS for name in names]
    assert sorted(grouped) == sorted(project), "each project command in exactly one group"
    text = stdout_of("--help")
    assert OTHER_COMMANDS_HEADING not in text

    def section(heading: str) -> str:
        start = text.index(f"\n{heading}")
        return text[start : text.index("\n\n", start)]

    site = section("Run the site")
    writes = section("Add and import data")
    assert "\n  demo " in site and "\n  send-alerts " in site
    for name in ("add-version", "import-bills", "index-zips"):
        assert f"\n  {name} " in writes and f"\n  {name} " not in site


def test_help_evaluate_prints_the_evaluate_options() -> None:
    text = stdout_of("help", "evaluate")
    assert text.startswith("usage: endqi evaluate")
    assert "--gaps" in text and "--format" in text


def test_help_for_a_site_command_is_djangos_help_of_it() -> None:
    text = stdout_of("help", "import-bills")
    assert "import_bills" in text or "import-bills" in text
    assert "usage:" in text


def test_help_for_an_unknown_command_is_one_line_and_exit_2() -> None:
    completed = run_endqi("help", "no-such-command")
    assert completed.returncode == 2
    assert completed.stderr.decode().count("\n") == 1
    assert b"Traceback" not in completed.stderr


def test_version_is_endqis_own() -> None:
    import django

    text = stdout_of("--version")
    assert text == f"endqi {endqi.__version__}\n"
    assert django.get_version() not in text or django.get_version() == endqi.__version__


def test_a_wrong_option_under_evaluate_prints_evaluates_usage(tmp_path: Path) -> None:
    completed = run_endqi("evaluate", tmp_path / "bill.txt", "--no-such-option")
    stderr = completed.stderr.decode("utf-8")
    assert completed.returncode == 2
    assert stderr.startswith("usage: endqi evaluate")
    assert "--no-such-option" in stderr
    assert "COMMAND" not in stderr  # not the top-level usage


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("1", "section 1"),
        ("Section 1", "section 1"),
        ("SECTION 2.", "section 2."),
        ("Sec. 3", "section 3"),
        ("§ 506.450", "section 506.450"),
        ("506.450.2(1)", "section 506.450.2(1)"),
    ],
)
def test_section_labels_say_section_once(raw: str, label: str) -> None:
    assert section_label(raw) == label
    assert describe_location(raw, None, 3) == f"{label}, line 3"


@pytest.fixture
def empty_bill(tmp_path: Path) -> Path:
    """A text that meets no criterion: every criterion is a gap."""
    path = tmp_path / "bill.txt"
    path.write_text("A bill relating to the naming of a state highway.\n", encoding="utf-8")
    return path


def test_gaps_lists_every_unmet_criterion_with_its_model_language(empty_bill: Path) -> None:
    gaps = find_gaps(evaluate(load_document(str(empty_bill))).criteria)
    assert gaps, "the fixture bill should miss criteria"
    text = stdout_of("evaluate", str(empty_bill), "--gaps")
    flat = " ".join(text.split())
    for gap in gaps:
        assert gap.criterion.title in text
        assert " ".join(gap.model_language.split()) in flat
    assert "Evidence" not in text  # the gap list alone, not the scorecard


def test_text_and_html_reports_carry_the_gap_list(empty_bill: Path, tmp_path: Path) -> None:
    gaps = find_gaps(evaluate(load_document(str(empty_bill))).criteria)
    text = stdout_of("evaluate", str(empty_bill))
    assert "What the bill still needs" in text
    assert text.index("What the bill still needs") > text.index(CRITERIA[-1].title)
    html_path = tmp_path / "card.html"
    stdout_of("evaluate", str(empty_bill), "--format", "html", "-o", str(html_path))
    page = html_path.read_text("utf-8")
    assert 'id="gap-list"' in page
    assert page.count('<li class="criterion">') == len(gaps)


def test_gaps_as_json_are_the_gap_records(empty_bill: Path) -> None:
    data = json.loads(stdout_of("evaluate", str(empty_bill), "--gaps", "--format", "json"))
    expected = find_gaps(evaluate(load_document(str(empty_bill))).criteria)
    assert data["gaps"] == [gap.to_dict() for gap in expected]


def test_legal_terms_are_explained_once_where_they_first_appear(empty_bill: Path) -> None:
    text = " ".join(stdout_of("evaluate", str(empty_bill), "--gaps").split())
    for term in TERMS:
        first = term.pattern.search(text)
        assert first is not None, term.name
        assert text.count(term.meaning) == 1, term.name
        # The explanation follows the first use, not a later one.
        assert text.index(term.meaning) - first.end() < 80, term.name


def test_glossary_explains_each_term_once_and_never_inside_verbatim_text() -> None:
    glossary = Glossary()
    first = glossary.explain("The court shall award fees to a prevailing plaintiff.")
    assert first.startswith("The court shall award fees to a prevailing plaintiff (that is, ")
    assert glossary.explain("a prevailing plaintiff") == "a prevailing plaintiff"
    verbatim = "a public employer shall indemnify its employees"
    assert glossary.notes(verbatim) == [f"indemnify: {TERMS[1].meaning}"]
    assert glossary.notes(verbatim) == []


CLI_WITHOUT_DJANGO = """
import sys
from endqi.cli import main
assert main(["--help"]) == 0
assert main(["evaluate", sys.argv[1], "--gaps"]) == 0
assert main(["demo"]) == 2
assert "django" not in sys.modules
"""


def test_the_evaluator_commands_work_without_django(empty_bill: Path) -> None:
    completed = run_without_django(CLI_WITHOUT_DJANGO, str(empty_bill))
    assert completed.returncode == 0, completed.stderr
    assert "endqi[site]" in completed.stdout  # the help says how to get the site
    assert "What the bill still needs" in completed.stdout
    assert "endqi[site]" in completed.stderr  # `endqi demo` says what to install


def test_every_criterion_has_a_short_name() -> None:
    from endqi.rubric.gaps import SHORT_NAMES

    assert set(SHORT_NAMES) == {criterion.id for criterion in CRITERIA}
    # Together they are much shorter than the titles (that is what makes the letter fit).
    assert sum(map(len, SHORT_NAMES.values())) < 0.8 * sum(len(c.title) for c in CRITERIA)


def test_help_still_lists_the_evaluator_when_the_site_settings_refuse_to_load(
    tmp_path: Path,
) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k != "ENDQI_SECRET_KEY"}
    env.update({"ENDQI_ENV": "production", "ENDQI_TESTING": "0"})
    completed = subprocess.run(
        [str(ENDQI), "--help"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
    )
    assert completed.returncode == 0
    assert "\n  evaluate " in completed.stdout and "refused to load" in completed.stdout
    assert "Traceback" not in completed.stderr
