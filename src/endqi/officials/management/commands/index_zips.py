"""``endqi index-zips [STATE ...]``: recompute ZIP → nearby districts from the stored shapes.

``import-districts`` does this itself; run it once on a database whose districts
were imported before the index existed.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from endqi.officials.models import District
from endqi.officials.zipindex import rebuild_zip_districts
from endqi.states import get_state_info


class Command(BaseCommand):
    """Rebuild the ZIP index of some or all states with districts."""

    help = "Recompute ZIP code → nearby districts (all states with districts by default)."

    def add_arguments(self, parser: CommandParser) -> None:
        """Command-line options."""
        parser.add_argument("states", nargs="*", help="state abbreviations, e.g. MO")

    def handle(self, *args: Any, **options: Any) -> None:
        """Rebuild and report the rows written per state."""
        try:
            states = [get_state_info(abbr).abbr for abbr in options["states"]]
        except KeyError as error:
            raise CommandError(f"unknown state abbreviation: {error.args[0]}") from None
        if not states:
            states = sorted(set(District.objects.values_list("state__abbr", flat=True)))
        for abbr in states:
            self.stdout.write(f"{abbr}: {rebuild_zip_districts(abbr)} ZIP–district rows")
