"""``seed_officials`` (run by ``endqi demo``): load development officials and districts.

From ``settings.SHARED_DATA_DIR / "data"`` when present: Missouri and New Hampshire
from the upstream YAML sample, every other state from the compact export, and
Missouri's district shapes. Idempotent and quick on re-runs (nothing is rewritten).
Without the shared data it prints the commands that load real data.
"""

from __future__ import annotations

import datetime
import re
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from endqi.legislation.models import State, ensure_states
from endqi.officials.importers.records import Snapshot
from endqi.officials.models import ImportRun, Person, Role
from endqi.officials.vocabulary import GOVERNOR, Chamber, ImportKind

_COMMIT = re.compile(r"\b([0-9a-f]{40})\b")
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
YAML_SAMPLE_STATES = ("MO", "NH")
DISTRICT_FILES = ("mo_sldu_2024.geojson", "mo_sldl_2024.geojson")

# Upstream still lists Missouri's previous governor; the demo adds the current one the
# way staff would in the admin (no Open States id, so imports never touch it).
DEMO_GOVERNORS = [
    {
        "state": "MO",
        "name": "Mike Kehoe",
        "given_name": "Mike",
        "family_name": "Kehoe",
        "party": "Republican",
        "phone": "573-751-3222",
        "offices": [
            {
                "classification": "capitol",
                "address": "P.O. Box 720, Jefferson City, MO 65102",
                "voice": "573-751-3222",
            }
        ],
        "links": [{"url": "https://governor.mo.gov/"}],
        "start_date": datetime.date(2025, 1, 13),
    }
]


def readme_snapshot(readme: Path) -> Snapshot | None:
    """The snapshot commit and date a shared-data README states (first ones found)."""
    if not readme.is_file():
        return None
    text = readme.read_text(encoding="utf-8")
    commit, day = _COMMIT.search(text), _DATE.search(text)
    if not day:
        return None
    return Snapshot(commit.group(1) if commit else "", datetime.date.fromisoformat(day.group(1)))


class Command(BaseCommand):
    """Load the development officials and districts (idempotent)."""

    help = "Load officials and Missouri districts from the shared development data, if present."

    def add_arguments(self, parser: CommandParser) -> None:
        """Options."""
        parser.add_argument(
            "--force", action="store_true", help="re-read the files even if already imported"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Import what is there; explain what is not."""
        force = options["force"]
        started = time.perf_counter()
        data = Path(settings.SHARED_DATA_DIR) / "data"
        yaml_folder, compact_folder = data / "openstates-people", data / "officials"
        districts_folder = data / "districts"
        quiet = {"stdout": _Sink()}
        loaded = []
        if compact_folder.is_dir():
            snapshot = readme_snapshot(compact_folder / "README.md")
            others = sorted(
                f.stem.upper()
                for f in compact_folder.glob("*.jsonl")
                if f.stem.upper() not in YAML_SAMPLE_STATES and _valid(f.stem)
            )
            if force or not already_imported(
                ImportKind.PEOPLE_COMPACT, compact_folder, snapshot, others
            ):
                call_command(
                    "import_people",
                    str(compact_folder),
                    data_format="compact",
                    state=[" ".join(others)],
                    **_snapshot_options(snapshot),
                    **quiet,
                )
            loaded.append(f"{len(others)} states (compact export)")
        if yaml_folder.is_dir():
            snapshot = readme_snapshot(yaml_folder / "README.md")
            if force or not already_imported(
                ImportKind.PEOPLE, yaml_folder, snapshot, list(YAML_SAMPLE_STATES)
            ):
                call_command(
                    "import_people",
                    str(yaml_folder),
                    data_format="openstates",
                    state=list(YAML_SAMPLE_STATES),
                    **_snapshot_options(snapshot),
                    **quiet,
                )
            loaded.append("MO and NH (Open States YAML)")
        for name in DISTRICT_FILES:
            path = districts_folder / name
            if path.is_file():
                if force or not already_imported(ImportKind.DISTRICTS, path, None, ["MO"]):
                    call_command("import_districts", "MO", str(path), **quiet)
                loaded.append(name)
        if not loaded:
            self.stdout.write(
                "No officials data found under "
                f"{data}. Load real data with:\n"
                "  endqi import-people https://github.com/openstates/people/archive/refs/heads/main.zip\n"
                "  endqi import-districts MO tl_2024_29_sldu.zip   (and _sldl, per state)"
            )
            return
        added = self._add_demo_governors()
        self.stdout.write(
            f"seed_officials: {', '.join(loaded)}; {added} demo governor(s) added; "
            f"{Person.objects.filter(current=True).count()} current officials "
            f"({time.perf_counter() - started:.1f} s)."
        )

    def _add_demo_governors(self) -> int:
        """Add a staff-style governor where the data has no current one."""
        ensure_states()
        added = 0
        for entry in DEMO_GOVERNORS:
            state = State.objects.get(abbr=entry["state"])
            has_governor = Role.objects.filter(
                state=state, role_type=GOVERNOR, current=True, person__current=True
            ).exists()
            if has_governor:
                continue
            person = Person.objects.create(
                state=state,
                name=entry["name"],
                given_name=entry["given_name"],
                family_name=entry["family_name"],
                party=entry["party"],
                phone=entry["phone"],
                offices=entry["offices"],
                links=entry["links"],
                current=True,
                source_date=datetime.date.today(),
                staff_note="Added by the demo seed: the Open States snapshot lists a former governor.",
            )
            Role.objects.create(
                person=person,
                state=state,
                chamber=Chamber.EXECUTIVE,
                role_type=GOVERNOR,
                start_date=entry["start_date"],
                current=True,
            )
            added += 1
        return added


def already_imported(kind: str, source: Path, snapshot: Snapshot | None, states: list[str]) -> bool:
    """True when the last import of ``source`` (same states, snapshot) is newer than its files.

    Lets ``endqi demo`` start in a moment on re-runs; ``--force`` re-reads anyway.
    """
    run = (
        ImportRun.objects.filter(kind=kind, source=str(source), states=" ".join(states))
        .order_by("-finished_at")
        .first()
    )
    if run is None:
        return False
    if snapshot is not None and (run.commit, run.as_of) != (snapshot.commit, snapshot.as_of):
        return False
    files = [source] if source.is_file() else [p for p in source.rglob("*") if p.is_file()]
    newest = max((p.stat().st_mtime for p in files), default=0.0)
    return newest < run.finished_at.timestamp()


def _valid(stem: str) -> bool:
    from endqi.states import STATES_BY_ABBR

    return stem.upper() in STATES_BY_ABBR


def _snapshot_options(snapshot: Snapshot | None) -> dict[str, str]:
    if snapshot is None:
        return {}
    return {"commit": snapshot.commit, "as_of": snapshot.as_of.isoformat()}


class _Sink:
    """Swallow the sub-commands' reports (the seed prints one line)."""

    def write(self, text: str) -> None:
        """Discard."""

    def flush(self) -> None:
        """Nothing to flush."""
