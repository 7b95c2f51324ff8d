"""Load the site's bills: who they are (the repository's manifest) and their texts.

Two sources, joined by ``dev_id``:

* ``legislation/data/bills.json`` (in this repository): each bill as its
  legislature identifies it — jurisdiction (state, or a city for a local law),
  session, number, title, sponsors, status with dated actions, the
  legislature's own bill page and text link — and, under ``texts/``, official
  texts to load as versions, each marked whole or passage. The ``checked``
  date is when these facts were checked; it becomes each bill's
  ``status_checked`` and ``text_checked``.
* ``SHARED_DATA_DIR/rubric/dev-evaluations.json`` (shared development data):
  passages quoted from the bills, loaded as an "excerpts" version with
  passage coverage. The published verdicts in that file are never stored.

The manifest is imported like any other file (:mod:`endqi.imports`): each bill
is compared with the stored one and only what changed is written, in one
transaction, and the run reports created / updated / unchanged bills. Every text
goes through the normal import path (:func:`bills.add_bill_version`) and is
evaluated by our evaluator. Idempotent: a second run writes nothing. Facts the
manifest states (identity, links, status) are the import's to set; staff choices
(publication, corrected titles and descriptions) are never overwritten.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from endqi.documents import Document, document_from_text
from endqi.imports import ImportResult, Location, RecordError
from endqi.imports.database import (
    ItemResult,
    ModelImporter,
    import_item,
    import_records,
    validation_messages,
)
from endqi.imports.reading import SourceRecord
from endqi.imports.result import ResultBuilder
from endqi.legislation.bills import add_bill_version, first_sentence, unique_bill_slug
from endqi.legislation.evaluations import ensure_current_evaluation
from endqi.legislation.models import (
    Bill,
    BillStatusChange,
    BillVersion,
    State,
    TextCoverage,
    ensure_states,
)
from endqi.legislation.sources import require_official_url
from endqi.legislation.staff_edits import staff_edited_fields
from endqi.legislation.status import BillStatus
from endqi.states import get_state_info

EXCERPTS_LABEL = "excerpts"
MANIFEST_PATH = Path(__file__).resolve().parent / "data" / "bills.json"
# The note earlier seeds gave every status they made up; such rows are replaced
# by the manifest's dated actions.
_OLD_SEED_NOTE = "Status as recorded in the project's development data."


def dev_evaluations_path() -> Path:
    """Where the shared passages live: ``SHARED_DATA_DIR/rubric/dev-evaluations.json``."""
    return Path(settings.SHARED_DATA_DIR) / "rubric" / "dev-evaluations.json"


@dataclass(frozen=True)
class SeedReport:
    """What one seeding run did: the import result of the manifest's bills, and more.

    ``result`` is the one import result every importer gives (created, updated,
    unchanged, errors with their manifest key); its ``counts`` hold the versions
    and evaluations created.
    """

    result: ImportResult
    states_created: int = 0
    skipped: tuple[str, ...] = ()
    missing_file: Path | None = None

    @property
    def bills_created(self) -> tuple[str, ...]:
        """The bills created, by name ("MO HB 30")."""
        return self.result.created

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return bool(self.states_created or self.result.changed)


# A reviewer's bullet that slipped into a passage: "• Ends Qualified Immunity for all
# public employees No. The proposed legislation only cites ... It states, "<bill text>".
# Their words are not bill text and are not ours to publish; the quoted bill text stays.
_COMMENTARY_BULLET = re.compile(
    r"\s*•\s*(?:Ends|Implements|Guarantees|Starts)\b[^•\n]*?(?:It states,\s*\"|(?=•)|(?=\n)|$)"
)


def passage_text(entry: dict[str, Any]) -> str:
    """The entry's text: passages of public-domain bill text, each once, reviewers' bullets
    removed."""
    text = str(entry.get("text") or "")
    text = _COMMENTARY_BULLET.sub(" ", text) if "•" in text else text
    return _each_passage_once(text)


def _passage_key(paragraph: str) -> str:
    # A passage quoted twice may differ only in its punctuation ("fees." and "fees…").
    return re.sub(r"[^a-z0-9]+", " ", paragraph.lower()).strip()


def _each_passage_once(text: str) -> str:
    """Drop a paragraph that repeats an earlier one word for word (sources quote some twice)."""
    seen: set[str] = set()
    kept = []
    for paragraph in re.split(r"\n\s*\n", text):
        key = _passage_key(paragraph)
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(paragraph)
    return "\n\n".join(kept)


def passage_document(entry: dict[str, Any], text: str) -> Document:
    """The entry's passage ``text`` (see :func:`passage_text`) loaded like pasted text."""
    return document_from_text(text, path=str(entry.get("id") or "-"))


def _body_without_heading(text: str) -> str:
    """The text after its first line when that line is only a heading ("Missouri HB 30")."""
    head, _, rest = text.partition("\n\n")
    return rest if rest.strip() and len(head) < 80 else text


def load_entries(path: Path) -> list[dict[str, Any]]:
    """Read and check the shared passages file; ``ValueError`` with a clear message."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"cannot read {path}: {error}") from None
    bills = data.get("bills") if isinstance(data, dict) else None
    if not isinstance(bills, list):
        raise ValueError(f"{path} has no 'bills' list")
    for index, entry in enumerate(bills):
        if not isinstance(entry, dict) or not entry.get("state") or not entry.get("text"):
            raise ValueError(f"{path}: bill #{index + 1} needs at least 'state' and 'text'")
    return bills


@dataclass(frozen=True, slots=True)
class Manifest:
    """The repository's bill manifest: entries and the date they were checked."""

    checked: datetime.date
    bills: tuple[dict[str, Any], ...]
    base: Path
    path: Path


def load_manifest(path: Path | None = None) -> Manifest:
    """Read and check ``bills.json``; ``ValueError`` naming the first problem."""
    path = path or MANIFEST_PATH
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        checked = datetime.date.fromisoformat(data["checked"])
        bills = data["bills"]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as error:
        raise ValueError(f"cannot read the bill manifest {path}: {error}") from None
    except ValueError as error:
        raise ValueError(f"{path}: 'checked' is not a date ({error})") from None
    for index, entry in enumerate(bills):
        where = f"{path}: bill #{index + 1}"
        for key in ("state", "identifier", "status", "bill_url"):
            if not entry.get(key):
                raise ValueError(f"{where} needs '{key}'")
        try:
            BillStatus(entry["status"])
        except ValueError:
            raise ValueError(f"{where}: unknown status {entry['status']!r}") from None
        try:
            require_official_url(entry["bill_url"])
            if entry.get("text_url"):
                require_official_url(entry["text_url"])
            for version in entry.get("versions") or ():
                require_official_url(version["source_url"])
                TextCoverage(version["coverage"])
        except (ValidationError, KeyError, ValueError) as error:
            message = error.messages[0] if isinstance(error, ValidationError) else error
            raise ValueError(f"{where} ({entry['identifier']}): {message}") from None
    return Manifest(checked=checked, bills=tuple(bills), base=path.parent, path=path)


def _legacy_identifiers(entry: dict[str, Any]) -> list[str]:
    """Identifiers earlier seeds gave a shared entry, to find and rename those rows."""
    names = []
    if (entry.get("bill_id") or "").strip():
        names.append(entry["bill_id"].strip())
    match = re.search(r"-v(\d+)-", entry.get("id", "")) or re.search(
        r"-(\d+)$", entry.get("id", "")
    )
    names.append("Unnumbered bill " + (match.group(1) if match else "").strip())
    return [name.strip() for name in names]


def seed_legislation(path: Path | None = None, manifest_path: Path | None = None) -> SeedReport:
    """Load every bill of the manifest with its texts (see module docstring).

    The manifest is one file of the import framework: one transaction, each bill
    written only where it changed, nothing at all when any bill is invalid.
    """
    states_created = ensure_states()
    manifest = load_manifest(manifest_path)
    path = path or dev_evaluations_path()
    shared: dict[str, dict[str, Any]] = {}
    if path.is_file():
        shared = {entry.get("id", ""): entry for entry in load_entries(path)}
    records, skipped = [], []
    for index, entry in enumerate(manifest.bills):
        if entry.get("dev_id") and entry["dev_id"] not in shared and not entry.get("versions"):
            skipped.append(f"{entry['state']} {entry['identifier']}")
            continue
        records.append(SourceRecord(Location(str(manifest.path), key=f"bills[{index}]"), entry))
    result = import_records(ManifestImporter(manifest, shared), records, source=str(manifest.path))
    return SeedReport(
        result=result,
        states_created=states_created,
        skipped=tuple(skipped),
        missing_file=None if path.is_file() else path,
    )


@dataclass(frozen=True)
class SeedItem:
    """One bill of the manifest, with its shared passages when it has them."""

    entry: dict[str, Any]
    dev: dict[str, Any] | None
    state: State

    @property
    def name(self) -> str:
        """ "MO HB 30", or "New York City Int. 2220-A" for a local law."""
        return f"{self.entry.get('locality') or self.state.abbr} {self.entry['identifier']}"


class ManifestImporter(ModelImporter[SeedItem, Bill]):
    """The manifest's bills for :func:`~endqi.imports.database.import_records`.

    Identity, links and (from a newer check) status are the bill's fields; dated
    actions, the texts and the evaluation are its related rows.
    """

    model = Bill
    name_field = "identifier"

    def __init__(self, manifest: Manifest, shared: dict[str, dict[str, Any]]) -> None:
        self.manifest = manifest
        self.shared = shared
        self.states = {state.abbr: state for state in State.objects.all()}
        self.versions_created = 0
        self.evaluations_created = 0

    def parse(self, record: SourceRecord) -> SeedItem:
        """The manifest entry with its state row and shared passages."""
        entry = record.values
        return SeedItem(
            entry=entry,
            dev=self.shared.get(entry.get("dev_id") or ""),
            state=self.states[get_state_info(entry["state"]).abbr],
        )

    def name(self, item: SeedItem) -> str:
        """How reports name the bill."""
        return item.name

    def find(self, item: SeedItem, location: Location) -> Bill | None:
        """The bill already stored, under its name or one an older seed gave it."""
        return _find_bill(item.entry, item.dev, item.state)

    def values(self, item: SeedItem, obj: Bill | None, location: Location) -> dict[str, Any]:
        """The facts the manifest states.

        A newer check than the one that last set the bill overrides its facts and
        status; the same check run again only fills what is empty, so edits made
        since then stay.
        """
        entry = item.entry
        facts: dict[str, Any] = {
            "state": item.state,
            "locality": entry.get("locality") or "",
            "identifier": entry["identifier"],
            "law_number": entry.get("law_number") or "",
            "session": entry.get("session") or "",
            "year": entry.get("year"),
            "title": entry.get("title") or "",
            "sponsors": list(entry.get("sponsors") or []),
            "source_url": entry["bill_url"],
            "text_links": _text_links(entry),
        }
        if obj is not None and obj.status_checked and obj.status_checked >= self.manifest.checked:
            return {name: value for name, value in facts.items() if not getattr(obj, name)}
        dated = [
            _date(action["date"]) for action in entry.get("actions") or () if action.get("date")
        ]
        facts |= {
            "status": BillStatus(entry["status"]),
            "status_date": max(dated) if dated else None,
            "status_checked": self.manifest.checked,
        }
        if obj is None:
            facts["published"] = True
        elif obj.identifier != facts["identifier"] or obj.year != facts["year"]:
            # A bill an older seed named by a counter gets the address of its real number.
            facts["slug"] = unique_bill_slug(
                item.state, facts["identifier"], facts["year"], exclude=obj.pk
            )
        return facts

    def locked(self, obj: Bill) -> Collection[str]:
        """A staff member's correction always stays."""
        return staff_edited_fields(obj)

    def new(self, item: SeedItem, values: dict[str, Any]) -> Bill:
        """A new published bill with a unique slug."""
        slug = unique_bill_slug(item.state, values["identifier"], values["year"])
        return Bill(slug=slug, **values)

    def check(self, obj: Bill, location: Location) -> None:
        """Model validation, as one error at the bill's manifest key."""
        try:
            obj.full_clean(exclude=["slug"] if obj.pk else None, validate_unique=False)
        except ValidationError as error:
            raise RecordError(location, *validation_messages(error)) from None

    def save(self, obj: Bill, fields: tuple[str, ...] | None) -> None:
        """Insert, or update the changed fields and the update time."""
        obj.save(update_fields=None if fields is None else [*fields, "updated"])

    def write_related(
        self, obj: Bill, item: SeedItem, location: Location, *, created: bool
    ) -> list[str]:
        """Dated actions, the texts (passages, official versions) and a current evaluation."""
        changes = []
        if _record_actions(obj, item.entry):
            changes.append("actions")
        evaluated: set[int] = set()  # versions evaluated just now (no need to run it again)
        if item.dev is not None and self._ensure_excerpts(obj, item.dev, evaluated):
            changes.append(f"version {EXCERPTS_LABEL}")
        for index, version in enumerate(item.entry.get("versions") or ()):
            where = location.at("versions").at(index)
            if self._ensure_official_version(obj, version, where, evaluated):
                changes.append(f"version {version['label']}")
        newest = obj.versions.order_by("-created", "-id").first()
        if newest is None:
            return changes
        if newest.pk not in evaluated:
            # Evaluate again only if the evaluator (or the coverage) now says otherwise.
            _, created_evaluation = ensure_current_evaluation(newest)
            if created_evaluation:
                self.evaluations_created += 1
                changes.append("evaluation")
        if obj.text_checked != self.manifest.checked:
            obj.text_checked = self.manifest.checked
            obj.save(update_fields=["text_checked", "updated"])
            changes.append("text_checked")
        return changes

    def finish(self, imported: list[ItemResult[SeedItem, Bill]], result: ResultBuilder) -> None:
        """Tally the texts and evaluations written."""
        result.count("versions created", self.versions_created)
        result.count("evaluations created", self.evaluations_created)

    def _ensure_excerpts(self, bill: Bill, dev: dict[str, Any], evaluated: set[int]) -> bool:
        """The shared passages as an "excerpts" version (passage coverage), created when
        missing; returns whether anything was written."""
        text = passage_text(dev)
        document = passage_document(dev, text)
        existing = bill.versions.filter(label=EXCERPTS_LABEL, sha256=document.sha256).first()
        if existing is not None:
            if existing.coverage == TextCoverage.PASSAGE and not existing.source_url:
                return False
            existing.coverage = TextCoverage.PASSAGE
            # The passages were quoted by others; the text's source is the bill itself.
            existing.source_url = ""
            existing.save(update_fields=["coverage", "source_url"])
            return True
        if not bill.short_description:
            bill.short_description = first_sentence(_body_without_heading(document.text))
            bill.save(update_fields=["short_description", "updated"])
        version = BillVersion.objects.create(
            bill=bill,
            label=EXCERPTS_LABEL,
            coverage=TextCoverage.PASSAGE,
            text=document.text,
            media_type=document.media_type,
            sha256=document.sha256,
            content=text.encode("utf-8"),
        )
        self.versions_created += 1
        # Evaluated now, so a later official version can be compared with it.
        _, created = ensure_current_evaluation(version, document=document)
        self.evaluations_created += int(created)
        evaluated.add(version.pk)
        return True

    def _ensure_official_version(
        self, bill: Bill, version: dict[str, Any], location: Location, evaluated: set[int]
    ) -> bool:
        """One official text of the manifest, loaded and evaluated unless already stored."""
        path = self.manifest.base / version["file"]
        if bill.versions.filter(filename=path.name).exists():
            return False
        try:
            content = path.read_bytes()
            stored = add_bill_version(
                bill,
                content,
                filename=path.name,
                label=version["label"],
                source_url=version["source_url"],
                coverage=version["coverage"],
                version_date=_date(version["date"]) if version.get("date") else None,
                fetched=self.manifest.checked,
            )
        except OSError as error:
            raise RecordError(
                location.at("file"), f"cannot read {path}: {error.strerror}"
            ) from None
        except ValidationError as error:
            raise RecordError(location.at("file"), error.messages[0]) from None
        evaluated.add(stored.pk)
        self.versions_created += 1
        self.evaluations_created += 1
        return True


def _date(value: str) -> datetime.date:
    """A manifest date (checked by :func:`load_manifest`)."""
    return datetime.date.fromisoformat(value)


def _text_links(entry: dict[str, Any]) -> list[dict[str, str]]:
    """The official text link of a manifest entry in the ``Bill.text_links`` shape."""
    url = entry.get("text_url") or ""
    if not url:
        return []
    media_type = "application/pdf" if url.lower().endswith(".pdf") else "text/html"
    return [{"note": "Text at the legislature", "url": url, "media_type": media_type}]


def _find_bill(entry: dict[str, Any], dev: dict[str, Any] | None, state: State) -> Bill | None:
    """The bill of this entry already in the database, under its name or an older one."""
    locality = entry.get("locality") or ""
    bill = Bill.objects.filter(
        state=state, locality=locality, identifier=entry["identifier"]
    ).first()
    if bill is None and dev is not None:
        year = int(dev["year"]) if dev.get("year") else None
        bill = Bill.objects.filter(
            state=state, identifier__in=_legacy_identifiers(dev), year=year
        ).first()
    return bill


def _record_actions(bill: Bill, entry: dict[str, Any]) -> bool:
    """Add the entry's dated actions not stored yet (and drop the old seed's made-up status
    rows); returns whether anything changed."""
    changed = bool(BillStatusChange.objects.filter(bill=bill, note=_OLD_SEED_NOTE).delete()[0])
    existing = {(change.status, change.date, change.note) for change in bill.status_changes.all()}
    new_steps = []
    for action in entry.get("actions") or ():
        date = _date(action["date"]) if action.get("date") else None
        key = (BillStatus(action["status"]), date, action.get("note") or "")
        if key not in existing:
            existing.add(key)
            new_steps.append(BillStatusChange(bill=bill, status=key[0], date=date, note=key[2]))
    BillStatusChange.objects.bulk_create(new_steps)
    return changed or bool(new_steps)


def seed_one(dev_id: str) -> Bill:
    """Seed the one manifest bill whose shared passages have id ``dev_id`` (for tests, demos)."""
    ensure_states()
    manifest = load_manifest()
    index, entry = next(
        ((i, item) for i, item in enumerate(manifest.bills) if item.get("dev_id") == dev_id),
        (None, None),
    )
    if entry is None:
        raise ValueError(f"no bill of the manifest has dev_id {dev_id!r}")
    path = dev_evaluations_path()
    shared = {item.get("id"): item for item in load_entries(path)} if path.is_file() else {}
    importer = ManifestImporter(manifest, shared)
    location = Location(str(manifest.path), key=f"bills[{index}]")
    item = importer.parse(SourceRecord(location, entry))
    with transaction.atomic():
        return import_item(importer, item, location.named(item.name)).obj
