"""``endqi add-version STATE BILL FILE``: add a bill's document (PDF, HTML, text) as a version.

The command-line twin of the staff upload: the same ``add_bill_version`` stores
the bytes and evaluates them. BILL is the bill's slug (as in its address) or its
number ("HB 30", "hb30"); ``--year`` picks one when the number recurs.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError, CommandParser

from endqi.imports import FileRefused, Location, RecordError, parse_date
from endqi.imports.reading import read_limited
from endqi.legislation.bill_formats import normalise_identifier
from endqi.legislation.bills import add_bill_version
from endqi.legislation.management.errors import EndqiCommand
from endqi.legislation.models import Bill
from endqi.states import STATES_BY_ABBR


def find_bill(state: str, bill: str, year: int | None) -> Bill:
    """The one bill of ``state`` whose slug or number is ``bill``; ``CommandError`` otherwise."""
    abbr = state.strip().upper()
    if abbr not in STATES_BY_ABBR:
        raise CommandError(f"unknown state abbreviation {state!r}")
    bills = Bill.objects.filter(state__abbr=abbr)
    if year is not None:
        bills = bills.filter(year=year)
    found = list(bills.filter(slug=bill.strip().lower())) or list(
        bills.filter(identifier__iexact=normalise_identifier(bill))
    )
    if not found:
        raise CommandError(
            f"no bill {bill!r} in {abbr}; import it first with endqi import-bills, "
            "or create it in the staff pages"
        )
    if len(found) > 1:
        slugs = ", ".join(sorted(b.slug for b in found))
        raise CommandError(f"{bill!r} names {len(found)} bills in {abbr} ({slugs}); give --year")
    return found[0]


class Command(EndqiCommand):
    """Add a version of a bill's text and evaluate it."""

    help = (
        "Add a bill's document (PDF, HTML or plain text) as a new version of the bill "
        "and evaluate it. BILL is the bill's slug or number (HB 30); a document already "
        "stored is not added twice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        """STATE BILL FILE and the version's label, date and address."""
        parser.add_argument("state", metavar="STATE", help="postal abbreviation, e.g. MO")
        parser.add_argument("bill", metavar="BILL", help="slug or number, e.g. hb-30 or 'HB 30'")
        parser.add_argument("file", metavar="FILE", type=Path)
        parser.add_argument("--year", type=int, help="the bill's year, when its number recurs")
        parser.add_argument("--label", default="", help='version name, e.g. "Introduced"')
        parser.add_argument("--date", help="the version's date, YYYY-MM-DD")
        parser.add_argument("--url", default="", help="where the legislature publishes it")

    def handle(self, *args: Any, **options: Any) -> None:
        """Read the file, store it as a version, print the version and its scores."""
        path: Path = options["file"]
        try:
            content = read_limited(path, settings.ENDQI_MAX_UPLOAD_BYTES)
            date = parse_date(options["date"], Location("--date"))
        except (FileRefused, RecordError) as error:
            raise CommandError(str(error)) from None
        bill = find_bill(options["state"], options["bill"], options["year"])
        stored = bill.versions.filter(sha256=hashlib.sha256(content).hexdigest()).first()
        if stored is not None:
            self.stdout.write(f"{path} is already stored as {stored}; nothing written")
            return
        try:
            version = add_bill_version(
                bill,
                content,
                filename=path.name,
                label=options["label"],
                source_url=options["url"],
                version_date=date,
            )
        except ValidationError as error:
            raise CommandError(f"{path}: {error.messages[0]}") from None
        self.stdout.write(f"added {version} ({version.media_type}, {len(version.text)} characters)")
