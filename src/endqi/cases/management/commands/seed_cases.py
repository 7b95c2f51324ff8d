"""``endqi seed-cases``: load the project's own case-study data file (idempotent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from endqi.cases.importer import import_file
from endqi.cases.management.commands.import_cases import report
from endqi.imports import FileRefused

SEED_FILE = Path(__file__).resolve().parents[2] / "data" / "cases.json"


class Command(BaseCommand):
    """Seed the case studies shipped with endqi (``endqi/cases/data/cases.json``)."""

    help = "Load the case studies shipped with endqi; running it again changes nothing."

    def handle(self, *args: Any, **options: Any) -> None:
        """Import the seed file through the same all-or-nothing importer."""
        try:
            result = import_file(SEED_FILE)
        except FileRefused as exc:
            raise CommandError(f"seed file: {exc}") from None
        report(self, result, verbose=options["verbosity"] > 1)
        if not result.ok:
            raise CommandError(f"the seed file has {len(result.errors)} bad row(s)")
