"""Import bills from Open States and LegiScan files and folders, through :mod:`endqi.imports`.

:mod:`endqi.legislation.bill_formats` reads the files into plain records;
:class:`BillImporter` tells the one generic writer how to store them: a bill is
found by its source id, or by state + identifier + year (so a seeded bill and its
import become one); only fields that differ are written; the source's dated
steps are kept as status changes; texts the file carries (LegiScan ``getBillText``
or the bulk dataset's ``text/`` files) become evaluated versions through
:func:`endqi.legislation.bills.add_bill_version`, other texts are kept as links.

One file is one transaction: a file with any bad record writes nothing. A folder
imports every file in it, each on its own; a LegiScan bulk dataset folder
(``bill/``, ``text/``, ``people/``) pairs each bill with its texts first.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone

from endqi.documents import DocumentError
from endqi.documents.sniff import HTML, PDF, sniff_media_type
from endqi.imports import FileRefused, ImportResult, Location, RecordError
from endqi.imports.database import ModelImporter, import_records, validation_messages
from endqi.imports.reading import SourceRecord, decode_text, files_in, parse_json, read_limited
from endqi.legislation.bill_formats import (
    ImportedBill,
    ImportedBillText,
    ImportedStatus,
    ImportedText,
    normalise_identifier,
    parse_record,
    records_of,
)
from endqi.legislation.bills import add_bill_version, first_sentence, unique_bill_slug
from endqi.legislation.models import Bill, BillStatusChange, State, ensure_states
from endqi.legislation.sources import is_official_url
from endqi.legislation.staff_edits import staff_edited_fields

__all__ = [
    "BillImporter",
    "FileReport",
    "import_bill_file",
    "import_bill_path",
    "normalise_identifier",
]

# Bill files are small; anything bigger is not a single bill's data.
MAX_IMPORT_BYTES = 20 * 1024 * 1024

# How an operator adds a bill's document (PDF, HTML, text) to a bill.
VERSION_COMMAND = "endqi add-version STATE BILL FILE"

Item = ImportedBill | ImportedBillText


class BillImporter(ModelImporter[Item, Bill]):
    """Bills (and LegiScan text records of stored bills) for :func:`import_records`."""

    model = Bill
    name_field = "identifier"

    def __init__(self, *, publish: bool = False, texts: dict[str, Path] | None = None) -> None:
        self.publish = publish
        # Files of a bulk dataset's text/ folder by doc_id, joined to their bills (read
        # one at a time when joined: a session's documents need not fit in memory).
        self.dataset_texts = texts or {}
        self.joined_docs: set[str] = set()
        ensure_states()
        self.states = {state.abbr: state for state in State.objects.all()}

    def parse(self, record: SourceRecord) -> Item:
        """The bill or text of a record; a dataset's documents joined to the bill's texts."""
        item = parse_record(record)
        if isinstance(item, ImportedBill) and self.dataset_texts:
            self.joined_docs.update(
                text.doc_id for text in item.texts if text.doc_id in self.dataset_texts
            )
            item.texts = [
                dataclasses.replace(dataset_text(self.dataset_texts[text.doc_id]), url=text.url)
                if text.content is None and text.doc_id in self.dataset_texts
                else text
                for text in item.texts
            ]
        return item

    def name(self, item: Item) -> str:
        """ "MO HB 1234 (2023)" or "LegiScan text 153588 of bill 230084"."""
        return item.name

    def find(self, item: Item, location: Location) -> Bill | None:
        """The stored bill: by source id, else by state + identifier + year."""
        if isinstance(item, ImportedBillText):
            bill = Bill.objects.filter(legiscan_id=item.bill_id).first()
            if bill is None:
                raise RecordError(
                    location.at("bill_id"),
                    f"no stored bill has LegiScan bill_id {item.bill_id}; import the bill's "
                    "getBill response (or the dataset's bill/ file) first",
                )
            return bill
        found = Bill.objects.filter(**{_id_field(item): item.source_id}).first()
        if found is not None:
            return found
        return Bill.objects.filter(
            state=self.states[item.state], identifier__iexact=item.identifier, year=item.year
        ).first()

    def values(self, item: Item, obj: Bill | None, location: Location) -> dict[str, Any]:
        """The bill's fields as the source gives them (a text record changes none)."""
        if isinstance(item, ImportedBillText):
            return {}
        status, status_date = item.final_status()
        wanted: dict[str, Any] = {
            "state": self.states[item.state],
            "identifier": item.identifier,
            "year": item.year,
            "session": item.session[:100],
            "title": item.title[:500],
            "status": status,
            "status_date": status_date,
            # Only the legislature's own pages are "the bill at the legislature".
            "source_url": item.source_url[:500] if is_official_url(item.source_url) else "",
            "text_links": [
                _link(text)
                for text in item.texts
                if text.content is None and text.url and is_official_url(text.url)
            ],
            _id_field(item): item.source_id if item.source == "openstates" else int(item.source_id),
        }
        if item.description:
            wanted["short_description"] = item.description
        elif item.title:
            wanted["short_description"] = first_sentence(item.title)
        if self.publish:
            wanted["published"] = True
        return wanted

    def locked(self, obj: Bill) -> Collection[str]:
        """Title and description staff corrected by hand: the source never overwrites them."""
        return staff_edited_fields(obj)

    def new(self, item: Item, values: dict[str, Any]) -> Bill:
        """A new bill with a unique slug, unpublished unless asked."""
        assert isinstance(item, ImportedBill)  # text records only attach to stored bills
        values = {"published": self.publish, "status_checked": timezone.localdate(), **values}
        slug = unique_bill_slug(values["state"], item.identifier, item.year)
        return Bill(slug=slug, **values)

    def check(self, obj: Bill, location: Location) -> None:
        """Model validation; invalid source data becomes one clear error."""
        try:
            obj.full_clean(exclude=["slug"] if obj.pk else None, validate_unique=False)
        except ValidationError as error:
            details = "; ".join(validation_messages(error))
            raise RecordError(location, f"invalid bill data ({details})") from None

    def save(self, obj: Bill, fields: tuple[str, ...] | None) -> None:
        """Insert, or update the changed fields (and the update time)."""
        if fields is None:
            obj.save()
            return
        update = [*fields, "updated"]
        if {"status", "status_date"} & set(fields):
            # This import set the status: it is the check the bill page reports.
            obj.status_checked = timezone.localdate()
            update.append("status_checked")
        obj.save(update_fields=update)

    def write_related(
        self, obj: Bill, item: Item, location: Location, *, created: bool
    ) -> list[str]:
        """New status steps, and new versions for the documents the source carries."""
        if isinstance(item, ImportedBillText):
            return self._add_versions(obj, [item.text], location)
        changes = []
        status, status_date = item.final_status()
        existing_steps = set(obj.status_changes.values_list("status", "date", "note"))
        steps = item.statuses or [ImportedStatus(status, status_date, "")]
        new_steps = [
            BillStatusChange(bill=obj, status=step.status, date=step.date, note=step.note[:500])
            for step in steps
            if (step.status, step.date, step.note[:500]) not in existing_steps
        ]
        if new_steps:
            BillStatusChange.objects.bulk_create(new_steps)
            changes.append(f"{len(new_steps)} status change{'s' if len(new_steps) != 1 else ''}")
        return changes + self._add_versions(obj, item.texts, location.at("texts"))

    def _add_versions(self, bill: Bill, texts: list[ImportedText], location: Location) -> list[str]:
        """Store each carried document not stored yet, through the normal add-version path."""
        stored = set(bill.versions.values_list("sha256", flat=True))
        added = []
        for text in texts:
            if text.content is None or hashlib.sha256(text.content).hexdigest() in stored:
                continue
            try:
                add_bill_version(
                    bill,
                    text.content,
                    filename=text.filename,
                    label=text.note or "text",
                    source_url=text.url,
                    version_date=text.date,
                )
            except ValidationError as error:
                raise RecordError(
                    location, f"a text of the bill cannot be read: {error.messages[0]}"
                ) from None
            stored.add(hashlib.sha256(text.content).hexdigest())
            added.append(f"text {text.note or text.filename}")
        return added


def _id_field(item: ImportedBill) -> str:
    return "openstates_id" if item.source == "openstates" else "legiscan_id"


def _link(text: ImportedText) -> dict[str, str]:
    """A text the file only links to, as kept in ``Bill.text_links``."""
    link = {"note": text.note, "url": text.url, "media_type": text.media_type}
    if text.doc_id:
        link["doc_id"] = text.doc_id  # LegiScan's id, for fetching it with getBillText
    return link


# --- files --------------------------------------------------------------------------------


def read_bill_records(path: Path) -> list[SourceRecord]:
    """The records of one bill data file; :class:`FileRefused` naming what the file is."""
    data = read_limited(path, MAX_IMPORT_BYTES)
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return records_of(parse_json(decode_text(data, path), path), str(path))
    try:  # other JSON values (a string, a number) are refused by what they are
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise _not_bill_data(data, path) from None
    return records_of(value, str(path))


def _not_bill_data(data: bytes, path: Path) -> FileRefused:
    """Why a file that is no JSON is refused: a bill document, or something else."""
    where = Location(str(path))
    if not data.strip():
        return FileRefused(where, "the file is empty")
    if data.startswith(b"PK\x03\x04"):
        return FileRefused(
            where,
            "a ZIP archive: unzip it and import the folder (a LegiScan or Open States "
            "bulk download unzips to one JSON file per bill; LegiScan's to bill/, text/, people/)",
        )
    try:
        media_type = sniff_media_type(data, path.name, str(path.name))
    except DocumentError as error:
        return FileRefused(where, f"{error}; import-bills reads Open States or LegiScan JSON")
    if media_type in (PDF, HTML):
        kind = "PDF" if media_type == PDF else "HTML"
        return FileRefused(
            where,
            f"a bill document ({kind}), not bill data: add it to its bill as a version "
            f"with `{VERSION_COMMAND}`",
        )
    return FileRefused(
        where,
        "plain text, not JSON bill data; if it is a bill's text, add it to its bill "
        f"with `{VERSION_COMMAND}`",
    )


def import_bill_file(
    path: Path, *, publish: bool = False, texts: dict[str, Path] | None = None
) -> ImportResult:
    """Import every bill of one file in one transaction; :class:`FileRefused` when unreadable.

    The result lists errors (each with its JSON key) when a record is bad; then
    nothing of the file was written. ``texts`` are a bulk dataset's text files by doc_id.
    """
    return _import_with(BillImporter(publish=publish, texts=texts), path)


def _import_with(importer: BillImporter, path: Path) -> ImportResult:
    return import_records(importer, read_bill_records(path), source=str(path))


@dataclass(frozen=True)
class FileReport:
    """What happened to one file of an import: its result, why it was refused, or skipped."""

    path: str
    result: ImportResult | None = None
    refused: FileRefused | None = None
    skipped: str = ""
    joined_docs: frozenset[str] = frozenset()  # dataset documents joined to its bills

    @property
    def failed(self) -> bool:
        """Refused, or a record of it was invalid (so nothing of it was written)."""
        return self.refused is not None or (self.result is not None and not self.result.ok)


def import_bill_path(path: Path, *, publish: bool = False) -> list[FileReport]:
    """Import a file, a folder of files, or a LegiScan bulk dataset; one report per file."""
    if not path.is_dir():
        return [_import_one(path, publish=publish)]
    datasets = [folder for folder in [path, *path.rglob("*")] if (folder / "bill").is_dir()]
    datasets = [
        folder
        for folder in datasets
        if not any(folder.is_relative_to(d / "bill") for d in datasets)
    ]
    reports: list[FileReport] = []
    in_dataset: set[Path] = set()
    for root in datasets:
        dataset_reports, used = _import_dataset(root, publish=publish)
        reports.extend(dataset_reports)
        in_dataset.update(used)
    for file in files_in(path):
        if file not in in_dataset:
            reports.append(_import_one(file, publish=publish))
    if not reports:
        reports.append(FileReport(str(path), refused=FileRefused(Location(str(path)), "is empty")))
    return reports


def _import_one(path: Path, *, publish: bool, texts: dict[str, Path] | None = None) -> FileReport:
    importer = BillImporter(publish=publish, texts=texts)
    try:
        result = _import_with(importer, path)
    except FileRefused as error:
        return FileReport(str(path), refused=error)
    return FileReport(str(path), result=result, joined_docs=frozenset(importer.joined_docs))


def dataset_text(path: Path) -> ImportedText:
    """The one text record of a dataset's ``text/`` file, its document decoded."""
    records = read_bill_records(path)
    items = [parse_record(record) for record in records]
    if len(items) != 1 or not isinstance(items[0], ImportedBillText):
        raise FileRefused(Location(str(path)), "not a LegiScan text record (in text/)")
    return items[0].text


# Dataset folders that hold no bill data, with what they are.
_OTHER_DATASET_FOLDERS = {
    "people": "LegiScan people records; legislators are loaded with endqi import-people",
    "vote": "LegiScan roll calls; votes are not imported",
}


def _import_dataset(root: Path, *, publish: bool) -> tuple[list[FileReport], set[Path]]:
    """A LegiScan bulk dataset: bills with their texts, then texts of bills stored before."""
    reports: list[FileReport] = []
    text_files: dict[str, Path] = {}
    for file in files_in(root / "text") if (root / "text").is_dir() else []:
        try:
            text_files[dataset_text(file).doc_id] = file
        except (FileRefused, RecordError) as error:
            reports.append(
                FileReport(str(file), refused=FileRefused(error.location, *error.messages))
            )
    used_docs: set[str] = set()
    for file in files_in(root / "bill"):
        report = _import_one(file, publish=publish, texts=text_files)
        reports.append(report)
        if report.result is not None and report.result.ok:
            used_docs.update(report.joined_docs)
    # Texts whose bill is not in bill/: attach them to a bill stored before, if any.
    for doc_id, file in sorted(text_files.items(), key=lambda entry: str(entry[1])):
        if doc_id not in used_docs:
            reports.append(_import_one(file, publish=publish))
    used = set(files_in(root))
    for name, what in _OTHER_DATASET_FOLDERS.items():
        for file in files_in(root / name) if (root / name).is_dir() else []:
            reports.append(FileReport(str(file), skipped=what))
    return reports, used
