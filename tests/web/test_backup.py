"""Backup and restore as the README documents them: the restored site is the same site.

SQLite: ``endqi dumpdata`` → a freshly migrated database → ``endqi loaddata``.
PostgreSQL (under ``scripts/with-postgres.sh``): ``pg_dump`` → ``pg_restore`` into a
new database. Either way, a dump of the restored database equals the dump of the
original, row for row (bills, versions with their source bytes, evaluations,
overrides, history, cases, staff accounts).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.utils.dateparse import parse_datetime

from .test_shared_limits import deployment_environment

#: The README's dumpdata line: everything but what Django rebuilds by itself.
DUMP_ARGS = (
    "dumpdata",
    "--natural-foreign",
    "--exclude",
    "contenttypes",
    "--exclude",
    "auth.permission",
    "--exclude",
    "admin.logentry",
    "--exclude",
    "sessions",
)


def endqi(environment: dict[str, str], *args: str) -> str:
    """Run an endqi command; its standard output (fails the test with stderr otherwise)."""
    result = subprocess.run(
        [sys.executable, "-m", "endqi.cli", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def seed(environment: dict[str, str]) -> None:
    """A site with bills, evaluations, a staff override and case studies."""
    endqi(environment, "migrate", "--noinput")
    endqi(environment, "seed-legislation")
    endqi(environment, "seed-cases")
    script = (
        "from django.contrib.auth import get_user_model\n"
        "from endqi.legislation.evaluations import override_criterion\n"
        "from endqi.legislation.models import Evaluation\n"
        "user = get_user_model().objects.create_user('reviewer', is_staff=True)\n"
        "result = Evaluation.objects.filter(is_current=True).first().ordered_results()[0]\n"
        "override_criterion(result, 'partial' if result.verdict != 'partial' else 'yes',"
        " 'Checked by hand.', user)\n"
    )
    endqi(environment, "shell", "-c", script)


def dump(environment: dict[str, str], path: Path) -> list[dict]:
    """The README's dump, written to ``path`` and returned parsed."""
    endqi(environment, *DUMP_ARGS, "--output", str(path))
    return json.loads(path.read_text())


def same_value(value: object) -> object:
    """A dumped value, with times compared as times ("12:00:00.000Z" is "12:00:00Z")."""
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        parsed = parse_datetime(value)
        if parsed is not None:
            return parsed
    return value


def assert_same_site(original: list[dict], restored: list[dict]) -> None:
    def key(row: dict) -> tuple[str, str]:
        return row["model"], json.dumps(row.get("pk"))

    before, after = {key(row): row for row in original}, {key(row): row for row in restored}
    assert before.keys() == after.keys()
    changed = [
        (name, field, row["fields"][field], after[name]["fields"].get(field))
        for name, row in before.items()
        for field in row["fields"]
        if same_value(row["fields"][field]) != same_value(after[name]["fields"].get(field))
    ]
    assert changed == []
    models = {row["model"] for row in original}
    for needed in (
        "legislation.bill",
        "legislation.billversion",
        "legislation.evaluation",
        "legislation.criterionresult",
        "legislation.historicalbill",
        "cases.casestudy",
        "auth.user",
    ):
        assert needed in models
    assert any(
        row["model"] == "legislation.criterionresult" and row["fields"]["override_verdict"]
        for row in original
    )


def test_sqlite_dumpdata_loaddata_round_trip(tmp_path) -> None:
    source = deployment_environment(tmp_path / "source")
    (tmp_path / "source").mkdir()
    seed(source)
    original = dump(source, tmp_path / "backup.json")

    target_folder = tmp_path / "target"
    target_folder.mkdir()
    target = deployment_environment(target_folder)
    endqi(target, "migrate", "--noinput")
    endqi(target, "loaddata", str(tmp_path / "backup.json"))
    assert_same_site(original, dump(target, tmp_path / "again.json"))


def postgres_tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


@pytest.mark.postgres
@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL (run under scripts/with-postgres.sh)",
)
def test_postgresql_pg_dump_pg_restore_round_trip(tmp_path) -> None:
    import psycopg

    base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    names = [f"endqi_backup_{uuid.uuid4().hex[:8]}_{side}" for side in ("source", "target")]
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        for name in names:
            connection.execute(f'CREATE DATABASE "{name}"')
    try:
        source = {**deployment_environment(tmp_path), "DATABASE_URL": f"{base}/{names[0]}"}
        seed(source)
        original = dump(source, tmp_path / "original.json")
        archive = tmp_path / "endqi.dump"
        subprocess.run(
            [
                postgres_tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                f"--file={archive}",
                source["DATABASE_URL"],
            ],
            check=True,
            timeout=300,
        )
        target = {**source, "DATABASE_URL": f"{base}/{names[1]}"}
        subprocess.run(
            [
                postgres_tool("pg_restore"),
                "--no-owner",
                f"--dbname={target['DATABASE_URL']}",
                str(archive),
            ],
            check=True,
            timeout=300,
        )
        assert_same_site(original, dump(target, tmp_path / "restored.json"))
    finally:
        with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
            for name in names:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
