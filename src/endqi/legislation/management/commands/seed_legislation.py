"""``endqi seed-legislation``: load the project's bills, texts and automatic evaluations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from endqi.legislation.seed import dev_evaluations_path, seed_legislation


class Command(BaseCommand):
    """Create the 50 states + DC and the bills of ``rubric/dev-evaluations.json`` (idempotent)."""

    help = (
        "Create all states and the bills of SHARED_DATA_DIR/rubric/dev-evaluations.json, "
        "each with its text as an 'excerpts' version and an automatic evaluation. "
        "Idempotent: a second run writes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        """``--file`` to load another copy of the data file."""
        parser.add_argument(
            "--file", type=Path, default=None, help=f"default: {dev_evaluations_path()}"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Seed, then print one line per kind of change."""
        try:
            report = seed_legislation(options["file"])
        except ValueError as error:
            raise CommandError(str(error)) from None
        out = self.stdout
        if report.states_created:
            out.write(f"legislation: created {report.states_created} states")
        if report.missing_file is not None:
            out.write(
                self.style.WARNING(
                    f"legislation: no bill data at {report.missing_file}; put the project's "
                    "dev-evaluations.json there (or set ENDQI_SHARED_DIR) and run "
                    "`endqi seed-legislation` again. States were created; no bills loaded."
                )
            )
            return
        out.write(
            f"legislation: bills created {len(report.bills_created)}, "
            f"updated {len(set(report.bills_updated))}, unchanged {report.unchanged}; "
            f"versions created {report.versions_created}; "
            f"evaluations created {report.evaluations_created}"
        )
