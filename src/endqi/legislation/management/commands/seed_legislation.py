"""``endqi seed-legislation``: load the project's bills, texts and automatic evaluations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from endqi.legislation.seed import MANIFEST_PATH, dev_evaluations_path, seed_legislation


class Command(BaseCommand):
    """Create the 50 states + DC and the bills of the manifest with their texts (idempotent)."""

    help = (
        "Create all states and the bills of legislation/data/bills.json (number, session, "
        "status, the legislature's links, official texts), adding the quoted passages of "
        "SHARED_DATA_DIR/rubric/dev-evaluations.json as 'excerpts' versions; every text is "
        "evaluated automatically. Idempotent: a second run writes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        """``--file`` and ``--manifest`` to load other copies of the data files."""
        parser.add_argument(
            "--file", type=Path, default=None, help=f"default: {dev_evaluations_path()}"
        )
        parser.add_argument("--manifest", type=Path, default=None, help=f"default: {MANIFEST_PATH}")

    def handle(self, *args: Any, **options: Any) -> None:
        """Seed, then print what was created, updated or left unchanged."""
        try:
            report = seed_legislation(options["file"], options["manifest"])
        except ValueError as error:
            raise CommandError(str(error)) from None
        out = self.stdout
        if report.states_created:
            out.write(f"legislation: created {report.states_created} states")
        if report.missing_file is not None:
            out.write(
                self.style.WARNING(
                    f"legislation: no quoted passages at {report.missing_file}; bills that "
                    "have only those passages were skipped. Put dev-evaluations.json there "
                    "(or set ENDQI_SHARED_DIR) and run `endqi seed-legislation` again."
                )
            )
        result = report.result
        for error in result.errors:
            self.stderr.write(str(error))
        if not result.ok:
            raise CommandError(
                f"the bill manifest has {len(result.errors)} bad bill(s); nothing was written"
            )
        if options["verbosity"] > 1:
            for label, names in (("created", result.created), ("updated", result.updated)):
                for name in names:
                    changes = ", ".join(result.changes.get(name, ()))
                    out.write(f"{label}: {name}" + (f" ({changes})" if changes else ""))
        counts = result.counts
        out.write(
            f"legislation bills: {result.summary()}; "
            f"versions created {counts.get('versions created', 0)}, "
            f"evaluations created {counts.get('evaluations created', 0)}"
        )
