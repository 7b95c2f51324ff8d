"""``endqi import-cases PATH``: load case studies from CSV or JSON, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from endqi.cases.importer import import_file
from endqi.imports import FileRefused, ImportResult


def report(command: BaseCommand, result: ImportResult, *, verbose: bool) -> None:
    """Print what was created/updated/unchanged, or each bad row with its line number."""
    for error in result.errors:
        command.stderr.write(error.within_file())
    if result.errors:
        return
    if verbose:
        for label, slugs in (("created", result.created), ("updated", result.updated)):
            for slug in slugs:
                command.stdout.write(f"{label}: {slug}")
    command.stdout.write(result.summary())


class Command(BaseCommand):
    """Import case studies; the whole file is rejected if any row is bad."""

    help = (
        "Import case studies from a CSV or JSON file shaped like "
        "shared/data/cases/qi_case_studies.csv (matched by slug). Every row is "
        "validated first; if any row has an error, the whole file is rejected and "
        "nothing is written. Otherwise changes are written in one transaction and "
        "rows whose values did not change are left alone."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        """PATH and --dry-run."""
        parser.add_argument("path", type=Path, help="a .csv or .json file")
        parser.add_argument(
            "--dry-run", action="store_true", help="validate and report, write nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Run the import and report."""
        try:
            result = import_file(options["path"], dry_run=options["dry_run"])
        except FileRefused as exc:
            raise CommandError(str(exc)) from None
        report(self, result, verbose=options["verbosity"] > 1)
        if not result.ok:
            raise CommandError(
                f"{len(result.errors)} row(s) have errors; the file was rejected and "
                "nothing was written"
            )
        if options["dry_run"]:
            self.stdout.write("dry run: nothing was written")
