"""``endqi import-districts STATE PATH|URL``: load Census TIGER legislative district shapes."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from endqi.officials.importers import archive
from endqi.officials.importers.districts import (
    default_mapping_path,
    features_to_records,
    known_district_names,
    load_mapping_rules,
    read_features,
    sync_districts,
    unmatched_districts,
)
from endqi.officials.importers.records import ImportSourceError
from endqi.officials.vocabulary import Chamber
from endqi.states import get_state_info

# Full-resolution TIGER shapes are large; ~10 m tolerance keeps lookups right and rows small.
SHAPEFILE_SIMPLIFY_DEGREES = 0.0001


class Command(BaseCommand):
    """Import district boundaries for one state."""

    help = (
        "Import Census TIGER state legislative districts (shapefile .zip or GeoJSON, path "
        "or URL) for one state; names follow Open States (openstates-geo mapping rules)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        """Command-line options."""
        parser.add_argument("state", help="state abbreviation, e.g. MO")
        parser.add_argument("source", help="GeoJSON or shapefile .zip: path or URL")
        parser.add_argument(
            "--chamber",
            choices=[Chamber.UPPER, Chamber.LOWER, Chamber.LEGISLATURE],
            help="chamber when the file does not say (TIGER files do: SLDUST/SLDLST)",
        )
        parser.add_argument(
            "--mapping",
            help="openstates-geo jurisdiction YAML (default: the shared development copy)",
        )
        parser.add_argument(
            "--simplify",
            type=float,
            help=f"simplify tolerance in degrees (default {SHAPEFILE_SIMPLIFY_DEGREES} for "
            "shapefiles, 0 for GeoJSON)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Read, name, compare, write."""
        started = time.perf_counter()
        try:
            state = get_state_info(options["state"])
        except KeyError:
            raise CommandError(f"unknown state abbreviation: {options['state']}") from None
        source: str = options["source"]
        with tempfile.TemporaryDirectory(prefix="endqi-districts-") as temp:
            try:
                if archive.is_url(source):
                    path = archive.download(source, Path(temp))
                    if source.lower().split("?", 1)[0].endswith((".geojson", ".json")):
                        path = path.rename(path.with_suffix(".geojson"))
                else:
                    path = Path(source)
                    if not path.is_file():
                        raise ImportSourceError(f"{source} does not exist.")
                mapping_path = (
                    Path(options["mapping"]) if options["mapping"] else default_mapping_path(state)
                )
                rules = load_mapping_rules(mapping_path) if mapping_path else None
                simplify = options["simplify"]
                if simplify is None:
                    is_geojson = path.name.lower().endswith((".geojson", ".json"))
                    simplify = 0.0 if is_geojson else SHAPEFILE_SIMPLIFY_DEGREES
                features = read_features(path)
                records, skipped = features_to_records(
                    features,
                    state,
                    chamber=options["chamber"],
                    rules=rules,
                    simplify=simplify,
                    known_names=known_district_names(state.abbr),
                )
                if not records:
                    raise ImportSourceError(f"{source} holds no districts.")
                report = sync_districts(records, state, source=source, skipped=skipped)
            except ImportSourceError as error:
                raise CommandError(str(error)) from None
        chambers = ", ".join(sorted({Chamber(r.chamber).label for r in records}))
        self.stdout.write(
            f"{state.name} {chambers}: {len(records)} districts read"
            f"{' (mapping ' + mapping_path.name + ')' if mapping_path else ''}; "
            f"{len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged, {len(report.removed)} removed."
        )
        if not report.changed:
            self.stdout.write("Nothing changed; nothing was written.")
        for note in skipped[:10]:
            self.stdout.write(f"skipped: {note}")
        unmatched = unmatched_districts(records, state.abbr)
        if unmatched:
            self.stdout.write(
                f"{len(unmatched)} district(s) match no imported seat: " + ", ".join(unmatched[:10])
            )
        self.stdout.write(f"Done in {time.perf_counter() - started:.2f} s.")
