"""``endqi import-people SOURCE``: import state legislators and statewide officials.

SOURCE is a local folder in the Open States ``people`` layout, a .zip/.tar.gz of it,
the upstream archive URL, or (``--format compact``) the compact JSON Lines export.
"""

from __future__ import annotations

import datetime
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from endqi.imports import ImportResult
from endqi.officials.importers import archive
from endqi.officials.importers.compact import read_compact_folder
from endqi.officials.importers.openstates_yaml import read_people_folder
from endqi.officials.importers.records import ImportSourceError, PeopleSource
from endqi.officials.importers.sync import VACANCY_COUNTS, sync_people
from endqi.states import STATES_BY_ABBR

FORMATS = ("auto", "openstates", "compact")


def parse_day(value: str) -> datetime.date:
    """``--as-of`` value: an ISO date."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--as-of must be a date like 2026-08-05, not “{value}”.") from None


def parse_states(values: list[str] | None) -> list[str] | None:
    """``--state`` values (repeatable, comma or space separated) as upper-case abbreviations."""
    if not values:
        return None
    states = [part.strip().upper() for value in values for part in value.replace(",", " ").split()]
    unknown = [abbr for abbr in states if abbr not in STATES_BY_ABBR]
    if unknown:
        raise CommandError(f"unknown state abbreviation(s): {', '.join(unknown)}")
    return states


def read_source(
    source: str,
    *,
    data_format: str,
    states: list[str] | None,
    commit: str | None,
    as_of: datetime.date | None,
    folder: Path,
) -> PeopleSource:
    """Read SOURCE into records (downloading/unpacking archives into ``folder``)."""
    if archive.is_url(source) or archive.is_archive(source):
        if data_format == "compact":
            raise ImportSourceError("--format compact reads a local folder, not an archive.")
        if archive.is_url(source):
            path = archive.download(source, folder)
        else:
            path = Path(source)
            if not path.is_file():
                raise ImportSourceError(f"{source} does not exist.")
        unpacked = archive.unpack(path, folder / "unpacked")
        return read_people_folder(
            unpacked.folder,
            states=states,
            commit=commit if commit is not None else unpacked.commit,
            as_of=as_of or unpacked.as_of,
            location=source,
        )
    path = Path(source)
    if not path.is_dir():
        raise ImportSourceError(f"{source} is not a folder, an archive or a URL.")
    if data_format == "compact" or (data_format == "auto" and any(path.glob("*.jsonl"))):
        return read_compact_folder(path, states=states, commit=commit, as_of=as_of)
    return read_people_folder(path, states=states, commit=commit, as_of=as_of)


def describe(report: ImportResult, source: PeopleSource, seconds: float) -> str:
    """One summary paragraph for the operator."""
    snapshot = source.snapshot
    counts = report.counts
    commit = f"commit {snapshot.commit[:12]}, " if snapshot.commit else ""
    lines = [
        f"Read {len(source.people)} people ({', '.join(source.states)}) from {source.location} "
        f"({commit}as of {snapshot.as_of}).",
        f"{len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {counts.get('marked_former', 0)} marked former; "
        f"{counts.get('current', 0)} current; vacancies +{counts.get('vacancies_created', 0)} "
        f"~{counts.get('vacancies_updated', 0)} -{counts.get('vacancies_deleted', 0)}.",
    ]
    if counts.get("kept_overrides"):
        lines.append(f"{counts['kept_overrides']} people kept staff overrides.")
    if not report.changed and not any(counts.get(name) for name in VACANCY_COUNTS):
        lines.append("Nothing changed; nothing was written.")
    for note in source.skipped[:10]:
        lines.append(f"skipped: {note}")
    lines.append(f"Done in {seconds:.2f} s.")
    return "\n".join(lines)


class Command(BaseCommand):
    """Import people from Open States data."""

    help = (
        "Import state legislators and statewide officials from the Open States people "
        "repository (folder, .zip/.tar.gz or archive URL) or the compact JSON Lines export."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        """Command-line options."""
        parser.add_argument("source", help="folder, archive file or archive URL")
        parser.add_argument(
            "--state", action="append", help="only these states (repeatable: --state MO --state NH)"
        )
        parser.add_argument("--format", choices=FORMATS, default="auto", dest="data_format")
        parser.add_argument("--commit", help="upstream commit id to record (default: detected)")
        parser.add_argument(
            "--as-of", help="snapshot date, YYYY-MM-DD (default: detected, else today)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Read, compare, write."""
        started = time.perf_counter()
        states = parse_states(options["state"])
        as_of = parse_day(options["as_of"]) if options["as_of"] else None
        with archive.temporary_folder() as temp:
            try:
                source = read_source(
                    options["source"],
                    data_format=options["data_format"],
                    states=states,
                    commit=options["commit"],
                    as_of=as_of,
                    folder=Path(temp),
                )
                report = sync_people(source)
            except ImportSourceError as error:
                raise CommandError(str(error)) from None
        self.stdout.write(describe(report, source, time.perf_counter() - started))
