"""``endqi import-bills PATH...``: import Open States or LegiScan bill JSON files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from endqi.legislation.importers import BillImportError, import_bill_file
from endqi.legislation.management.errors import EndqiCommand
from endqi.legislation.models import ensure_states


class Command(EndqiCommand):
    """Import bills; idempotent, one transaction per file, only changes written."""

    help = (
        "Import bills from Open States bill JSON or LegiScan getBill JSON files. "
        "Running it twice writes nothing the second time."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        """Paths, and whether new bills are published straight away."""
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish imported bills (default: staff publish after review)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Import every file; a bad file is reported, rolled back, and makes the exit 1."""
        ensure_states()
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        failed = 0
        for path in options["paths"]:
            try:
                result = import_bill_file(path, publish=options["publish"])
            except BillImportError as error:
                failed += 1
                self.stderr.write(f"endqi: error: {error}")
                continue
            counts[result.outcome] += 1
            detail = f" ({', '.join(result.changes)})" if result.changes else ""
            self.stdout.write(f"{path}: {result.outcome} {result.bill}{detail}")
        self._summary(counts)
        if failed:
            total = len(options["paths"])
            raise CommandError(
                f"{failed} of {total} files could not be imported (nothing of them written)."
            )

    def _summary(self, counts: dict[str, int]) -> None:
        """One line of totals."""
        self.stdout.write(
            f"bills created {counts['created']}, updated {counts['updated']}, "
            f"unchanged {counts['unchanged']}"
        )
