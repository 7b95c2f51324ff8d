"""``endqi import-bills PATH...``: import Open States or LegiScan bill data files and folders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from endqi.legislation.importers import FileReport, import_bill_path
from endqi.legislation.management.errors import EndqiCommand


class Command(EndqiCommand):
    """Import bills; idempotent, one transaction per file, only changes written."""

    help = (
        "Import bills from Open States (API v3 bills and results, bulk data) or LegiScan "
        "(getBill, getBillText, bulk dataset folders) JSON files or folders of them. "
        "Each file is imported whole or not at all; running it twice writes nothing "
        "the second time."
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
        reports: list[FileReport] = []
        for path in options["paths"]:
            reports.extend(import_bill_path(path, publish=options["publish"]))
        for report in reports:
            self._report(report)
        self._summary(reports)
        failed = sum(report.failed for report in reports)
        if failed:
            total = sum(not report.skipped for report in reports)
            raise CommandError(
                f"{failed} of {total} files could not be imported (nothing of them written)."
            )

    def _report(self, report: FileReport) -> None:
        """One line per bill of the file, or its errors, or why it was skipped."""
        if report.skipped:
            self.stdout.write(f"{report.path}: skipped ({report.skipped})")
        elif report.refused is not None:
            self.stderr.write(f"endqi: error: {report.refused}")
        elif report.result is not None and not report.result.ok:
            for error in report.result.errors:
                self.stderr.write(f"endqi: error: {error}")
        elif report.result is not None:
            result = report.result
            for outcome in ("created", "updated", "unchanged"):
                for name in getattr(result, outcome):
                    changes = result.changes.get(name, ())
                    detail = f" ({', '.join(changes)})" if changes else ""
                    self.stdout.write(f"{report.path}: {outcome} {name}{detail}")

    def _summary(self, reports: list[FileReport]) -> None:
        """One line of totals."""
        ok = [report.result for report in reports if report.result and not report.failed]
        created = sum(len(result.created) for result in ok)
        updated = sum(len(result.updated) for result in ok)
        unchanged = sum(len(result.unchanged) for result in ok)
        self.stdout.write(
            f"bills created {created}, updated {updated}, unchanged {unchanged}"
            f" ({len(ok)} files imported, {sum(r.failed for r in reports)} failed, "
            f"{sum(bool(r.skipped) for r in reports)} skipped)"
        )
