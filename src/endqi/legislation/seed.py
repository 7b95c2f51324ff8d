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

Every text goes through the normal import path (:func:`bills.add_bill_version`)
and is evaluated by our evaluator. Idempotent: a second run writes nothing.
Facts the manifest states (identity, links, status) are the import's to set;
staff choices (publication) are never overwritten.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from endqi.documents import Document, document_from_text
from endqi.legislation.bills import add_bill_version, create_bill, first_sentence, unique_bill_slug
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


@dataclass
class SeedReport:
    """What one seeding run did."""

    states_created: int = 0
    bills_created: list[str] = field(default_factory=list)
    bills_updated: list[str] = field(default_factory=list)
    versions_created: int = 0
    evaluations_created: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    missing_file: Path | None = None

    @property
    def changed(self) -> bool:
        """Whether anything was written."""
        return bool(
            self.states_created
            or self.bills_created
            or self.bills_updated
            or self.versions_created
            or self.evaluations_created
        )


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
    return Manifest(checked=checked, bills=tuple(bills), base=path.parent)


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
    """Load every bill of the manifest with its texts (see module docstring)."""
    report = SeedReport()
    report.states_created = ensure_states()
    manifest = load_manifest(manifest_path)
    path = path or dev_evaluations_path()
    shared: dict[str, dict[str, Any]] = {}
    if path.is_file():
        shared = {entry.get("id", ""): entry for entry in load_entries(path)}
    else:
        report.missing_file = path
    states = {state.abbr: state for state in State.objects.all()}
    for entry in manifest.bills:
        dev = shared.get(entry.get("dev_id") or "")
        if entry.get("dev_id") and dev is None and not entry.get("versions"):
            report.skipped.append(f"{entry['state']} {entry['identifier']}")
            continue
        seed_bill(entry, dev, states, report, manifest)
    return report


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


@transaction.atomic
def seed_bill(
    entry: dict[str, Any],
    dev: dict[str, Any] | None,
    states: dict[str, State],
    report: SeedReport,
    manifest: Manifest,
) -> Bill:
    """Create or bring up to date one bill of the manifest, its status and its texts."""
    state = states[get_state_info(entry["state"]).abbr]
    facts = {
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
    label = f"{facts['locality'] or state.abbr} {facts['identifier']}"
    bill = _find_bill(entry, dev, state)
    if bill is None:
        bill = create_bill(
            state=state,
            identifier=facts["identifier"],
            year=facts["year"],
            session=facts["session"],
            title=facts["title"],
            status=entry["status"],
            source_url=facts["source_url"],
            published=True,
        )
        BillStatusChange.objects.filter(bill=bill).delete()
        report.bills_created.append(label)
    # A newer check than the one that last set the bill overrides its facts; the same
    # check run again only fills what is empty, so staff edits since then stay.
    fresh = bill.status_checked is None or bill.status_checked < manifest.checked
    kept = staff_edited_fields(bill)  # a staff member's correction always stays
    changed = [
        name
        for name, value in facts.items()
        if getattr(bill, name) != value and name not in kept and (fresh or not getattr(bill, name))
    ]
    for name in changed:
        setattr(bill, name, facts[name])
    if "identifier" in changed:
        slug = unique_bill_slug(state, bill.identifier, bill.year, exclude=bill.pk)
        if slug != bill.slug:
            bill.slug = slug
            changed.append("slug")
    if changed:
        bill.save(update_fields=[*changed, "updated"])
        if label not in report.bills_created:
            report.bills_updated.append(label)
    if _record_actions(bill, entry, manifest.checked, fresh) and label not in report.bills_created:
        report.bills_updated.append(label)

    texts_changed = False
    evaluated: set[int] = set()  # versions evaluated just now (no need to run it again)
    if dev is not None:
        texts_changed |= _ensure_excerpts(bill, dev, report, evaluated)
    for version in entry.get("versions") or ():
        texts_changed |= _ensure_official_version(bill, version, manifest, report, evaluated)
    newest = bill.versions.order_by("-created", "-id").first()
    if newest is not None and newest.pk not in evaluated:
        # Evaluate again only if the evaluator (or the coverage) now says otherwise.
        _, created = ensure_current_evaluation(newest)
        report.evaluations_created += int(created)
        texts_changed |= created
    if bill.text_checked != manifest.checked and newest is not None:
        bill.text_checked = manifest.checked
        bill.save(update_fields=["text_checked", "updated"])
    if not (label in report.bills_created or label in report.bills_updated or texts_changed):
        report.unchanged += 1
    return bill


def _record_actions(bill: Bill, entry: dict[str, Any], checked: datetime.date, fresh: bool) -> bool:
    """Dated actions, and (from a newer check) the status; returns whether anything changed."""
    changed = bool(BillStatusChange.objects.filter(bill=bill, note=_OLD_SEED_NOTE).delete()[0])
    existing = {(change.status, change.date, change.note) for change in bill.status_changes.all()}
    for action in entry.get("actions") or ():
        date = datetime.date.fromisoformat(action["date"]) if action.get("date") else None
        key = (BillStatus(action["status"]), date, action.get("note") or "")
        if key not in existing:
            BillStatusChange.objects.create(bill=bill, status=key[0], date=date, note=key[2])
            changed = True
    dated = [
        datetime.date.fromisoformat(action["date"])
        for action in entry.get("actions") or ()
        if action.get("date")
    ]
    if not fresh:
        return changed
    updates = {
        "status": BillStatus(entry["status"]),
        "status_date": max(dated) if dated else None,
        "status_checked": checked,
    }
    fields = [name for name, value in updates.items() if getattr(bill, name) != value]
    for name in fields:
        setattr(bill, name, updates[name])
    if fields:
        bill.save(update_fields=[*fields, "updated"])
    return changed or bool(fields)


def _ensure_excerpts(
    bill: Bill, dev: dict[str, Any], report: SeedReport, evaluated: set[int]
) -> bool:
    """The shared passages as an "excerpts" version (passage coverage), created when missing."""
    text = passage_text(dev)
    document = passage_document(dev, text)
    existing = bill.versions.filter(label=EXCERPTS_LABEL, sha256=document.sha256).first()
    if existing is not None:
        changed = False
        if existing.coverage != TextCoverage.PASSAGE or existing.source_url:
            existing.coverage = TextCoverage.PASSAGE
            # The passages were quoted by others; the text's source is the bill itself.
            existing.source_url = ""
            existing.save(update_fields=["coverage", "source_url"])
            changed = True
        return changed
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
    report.versions_created += 1
    # Evaluated now, so a later official version can be compared with it.
    _, created = ensure_current_evaluation(version, document=document)
    report.evaluations_created += int(created)
    evaluated.add(version.pk)
    return True


def _ensure_official_version(
    bill: Bill,
    version: dict[str, Any],
    manifest: Manifest,
    report: SeedReport,
    evaluated: set[int],
) -> bool:
    """One official text of the manifest, loaded and evaluated unless already stored."""
    path = manifest.base / version["file"]
    content = path.read_bytes()
    if bill.versions.filter(filename=path.name).exists():
        return False
    stored = add_bill_version(
        bill,
        content,
        filename=path.name,
        label=version["label"],
        source_url=version["source_url"],
        coverage=version["coverage"],
        version_date=(
            datetime.date.fromisoformat(version["date"]) if version.get("date") else None
        ),
        fetched=manifest.checked,
    )
    evaluated.add(stored.pk)
    report.versions_created += 1
    report.evaluations_created += 1
    return True


def seed_one(dev_id: str) -> Bill:
    """Seed the one manifest bill whose shared passages have id ``dev_id`` (for tests, demos)."""
    ensure_states()
    manifest = load_manifest()
    entry = next((item for item in manifest.bills if item.get("dev_id") == dev_id), None)
    if entry is None:
        raise ValueError(f"no bill of the manifest has dev_id {dev_id!r}")
    path = dev_evaluations_path()
    shared = {item.get("id"): item for item in load_entries(path)} if path.is_file() else {}
    states = {state.abbr: state for state in State.objects.all()}
    return seed_bill(entry, shared.get(dev_id), states, SeedReport(), manifest)
