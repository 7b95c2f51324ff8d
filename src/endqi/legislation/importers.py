"""Import bills from Open States bill JSON and LegiScan bill JSON files.

Both shapes are parsed into one :class:`ImportedBill` (pure data), then
:func:`apply_imported_bill` writes it: it finds the bill by its source id, or by
state + identifier + year (so a seeded bill and its import become one), and
writes only fields that differ. Status comes from the source's dated actions
mapped onto :mod:`endqi.legislation.status`, and every step is kept as a dated
status change.

No network: texts are stored only when the file carries them (LegiScan
``getBillText`` payloads with a base64 ``doc``); otherwise the official text
links are kept on the bill for staff to fetch and add as a version.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from endqi.legislation.bills import add_bill_version, first_sentence, unique_bill_slug
from endqi.legislation.models import Bill, BillStatusChange, State
from endqi.legislation.sources import is_official_url
from endqi.legislation.staff_edits import staff_edited_fields
from endqi.legislation.states import STATES_BY_ABBR
from endqi.legislation.status import (
    BillStatus,
    status_from_legiscan,
    status_from_openstates_action,
)

# The loader recognises a file by its extension; LegiScan gives a MIME type instead.
MEDIA_TYPE_EXTENSIONS = {
    "text/html": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
}

# Bill files are small; anything bigger is not a single bill.
MAX_IMPORT_BYTES = 20 * 1024 * 1024


class BillImportError(ValueError):
    """A file that cannot be imported; the message is one clear sentence."""


@dataclass(frozen=True)
class ImportedStatus:
    """One dated status step from the source."""

    status: BillStatus
    date: datetime.date | None
    note: str


@dataclass(frozen=True)
class ImportedText:
    """A text the file carries (decoded bytes) or only links to (``content`` None)."""

    note: str
    url: str
    media_type: str
    date: datetime.date | None = None
    content: bytes | None = None
    filename: str = ""


@dataclass
class ImportedBill:
    """A bill as read from one source file, before it touches the database."""

    source: str  # "openstates" or "legiscan"
    source_id: str
    state: str  # postal abbreviation
    identifier: str
    year: int | None
    session: str
    title: str
    description: str
    source_url: str
    statuses: list[ImportedStatus] = field(default_factory=list)
    texts: list[ImportedText] = field(default_factory=list)
    status: BillStatus | None = None
    status_date: datetime.date | None = None

    def final_status(self) -> tuple[BillStatus, datetime.date | None]:
        """The bill's status now: the source's own when given, else its last step."""
        if self.status is not None:
            return self.status, self.status_date
        if self.statuses:
            last = self.statuses[-1]
            return last.status, last.date
        return BillStatus.INTRODUCED, None


@dataclass
class ImportResult:
    """What importing one file did: "created", "updated" or "unchanged"."""

    path: str
    bill: Bill
    outcome: str
    changes: list[str] = field(default_factory=list)


# --- reading -------------------------------------------------------------------------


def read_json_file(path: Path) -> Any:
    """Read a JSON file; ``BillImportError`` with one sentence when it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BillImportError(f"{path}: cannot read the file ({error.strerror}).") from None
    if size > MAX_IMPORT_BYTES:
        raise BillImportError(f"{path}: the file is {size} bytes, too large for one bill.")
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BillImportError(f"{path}: the file is not UTF-8 text.") from None
    except json.JSONDecodeError as error:
        raise BillImportError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno})."
        ) from None


def parse_bill_json(data: Any, path: str = "-") -> ImportedBill:
    """Recognise the shape (Open States or LegiScan) and parse it."""
    if isinstance(data, dict) and isinstance(data.get("bill"), dict):
        return parse_legiscan(data["bill"], path)
    if isinstance(data, dict) and "identifier" in data and "legislative_session" in data:
        return parse_openstates(data, path)
    raise BillImportError(
        f"{path}: not an Open States bill (needs identifier and legislative_session) "
        "or a LegiScan bill (needs a 'bill' object)."
    )


def _date(value: Any) -> datetime.date | None:
    """A date from "2021-01-06" or "2021-01-06T12:00:00+00:00"; ``None`` when absent."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _year(*values: Any) -> int | None:
    """The first four-digit year found among ``values``."""
    for value in values:
        match = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", str(value or ""))
        if match:
            return int(match.group(1))
    return None


def normalise_identifier(value: str) -> str:
    """ "HB30" → "HB 30", "S.B.  12" → "SB 12"; already spaced identifiers are kept."""
    text = " ".join(str(value).split())
    match = re.fullmatch(r"([A-Za-z][A-Za-z.]*?)\.?\s*(\d+[A-Za-z0-9-]*)", text)
    if match:
        return f"{match.group(1).replace('.', '').upper()} {match.group(2)}"
    return text


def _require(value: Any, what: str, path: str) -> str:
    """A required string field, stripped; ``BillImportError`` when missing."""
    text = str(value or "").strip()
    if not text:
        raise BillImportError(f"{path}: the bill has no {what}.")
    return text


def _state_from_jurisdiction(data: dict[str, Any], path: str) -> str:
    """Postal abbreviation from ``jurisdiction`` (id string or object) or ``jurisdiction_id``."""
    candidates = [data.get("jurisdiction_id"), data.get("jurisdiction")]
    if isinstance(data.get("jurisdiction"), dict):
        candidates.append(data["jurisdiction"].get("id"))
    for candidate in candidates:
        match = re.search(r"/(?:state|district):([a-z]{2})\b", str(candidate or ""))
        if match:
            return _known_state(match.group(1), path)
    raise BillImportError(
        f"{path}: no state jurisdiction (like ocd-jurisdiction/.../state:mo/...)."
    )


def _known_state(abbr: str, path: str) -> str:
    """Upper-case abbreviation of one of the 50 states or DC, else ``BillImportError``."""
    abbr = abbr.strip().upper()
    if abbr not in STATES_BY_ABBR:
        raise BillImportError(f"{path}: unknown state {abbr!r}.")
    return abbr


def _chamber(action: dict[str, Any]) -> str | None:
    """ "upper"/"lower"/"legislature" of an Open States action, from any of its shapes."""
    organization = action.get("organization")
    if isinstance(organization, dict):
        found = organization.get("classification")
        if found:
            return str(found)
    for key in ("chamber", "organization_id", "organization"):
        match = re.search(r"\b(upper|lower|legislature|executive)\b", str(action.get(key) or ""))
        if match:
            return match.group(1)
    return None


def parse_openstates(data: dict[str, Any], path: str = "-") -> ImportedBill:
    """Parse one Open States bill (scrape output, bulk export or API v3 shape)."""
    identifier = normalise_identifier(_require(data.get("identifier"), "identifier", path))
    session = str(data.get("legislative_session") or "").strip()
    actions = sorted(
        (a for a in data.get("actions") or [] if isinstance(a, dict)),
        key=lambda action: str(action.get("date") or ""),
    )
    statuses: list[ImportedStatus] = []
    chambers_passed: set[str] = set()
    for action in actions:
        classifications = action.get("classification") or []
        if isinstance(classifications, str):
            classifications = [classifications]
        status = status_from_openstates_action(classifications, chambers_passed, _chamber(action))
        if status is not None and (not statuses or statuses[-1].status != status):
            statuses.append(
                ImportedStatus(
                    status, _date(action.get("date")), str(action.get("description", ""))
                )
            )
    abstracts = [
        str(item.get("abstract") or "").strip()
        for item in data.get("abstracts") or []
        if isinstance(item, dict)
    ]
    sources = [str(item.get("url")) for item in data.get("sources") or [] if isinstance(item, dict)]
    texts = []
    for version in data.get("versions") or []:
        if not isinstance(version, dict):
            continue
        for link in version.get("links") or []:
            if isinstance(link, dict) and link.get("url"):
                texts.append(
                    ImportedText(
                        note=str(version.get("note") or ""),
                        url=str(link["url"]),
                        media_type=str(link.get("media_type") or ""),
                        date=_date(version.get("date")),
                    )
                )
    first_action_date = _date(actions[0].get("date")) if actions else None
    return ImportedBill(
        source="openstates",
        source_id=_require(data.get("id"), "Open States id (ocd-bill/...)", path),
        state=_state_from_jurisdiction(data, path),
        identifier=identifier,
        year=_year(session, first_action_date),
        session=session,
        title=str(data.get("title") or "").strip(),
        description=next((a for a in abstracts if a), ""),
        source_url=str(data.get("openstates_url") or "") or (sources[0] if sources else ""),
        statuses=statuses,
        texts=texts,
    )


def parse_legiscan(bill: dict[str, Any], path: str = "-") -> ImportedBill:
    """Parse one LegiScan ``getBill`` payload (the object under ``"bill"``)."""
    bill_id = bill.get("bill_id")
    if not isinstance(bill_id, int) and not str(bill_id or "").isdigit():
        raise BillImportError(f"{path}: the LegiScan bill has no numeric bill_id.")
    identifier = normalise_identifier(_require(bill.get("bill_number"), "bill_number", path))
    session = bill.get("session") if isinstance(bill.get("session"), dict) else {}
    history = [h for h in bill.get("history") or [] if isinstance(h, dict)]
    notes_by_date: dict[str, str] = {}
    for item in history:
        notes_by_date.setdefault(str(item.get("date") or ""), str(item.get("action") or ""))
    statuses: list[ImportedStatus] = []
    progress = sorted(
        (p for p in bill.get("progress") or [] if isinstance(p, dict)),
        key=lambda item: str(item.get("date") or ""),
    )
    for step in progress:
        status = status_from_legiscan(step.get("event"))
        if status is not None and (not statuses or statuses[-1].status != status):
            date_text = str(step.get("date") or "")
            statuses.append(
                ImportedStatus(status, _date(date_text), notes_by_date.get(date_text, ""))
            )
    texts = []
    for item in bill.get("texts") or []:
        if not isinstance(item, dict):
            continue
        content = None
        if item.get("doc"):
            try:
                content = base64.b64decode(str(item["doc"]), validate=True)
            except (binascii.Error, ValueError):
                raise BillImportError(f"{path}: a text's 'doc' is not valid base64.") from None
        texts.append(
            ImportedText(
                note=str(item.get("type") or ""),
                url=str(item.get("state_link") or item.get("url") or ""),
                media_type=str(item.get("mime") or ""),
                date=_date(item.get("date")),
                content=content,
                filename=f"legiscan-{item.get('doc_id') or 'text'}"
                + MEDIA_TYPE_EXTENSIONS.get(str(item.get("mime") or ""), ""),
            )
        )
    status = status_from_legiscan(bill.get("status"))
    status_date = _date(bill.get("status_date")) if status is not None else None
    if status is not None and (not statuses or statuses[-1].status != status):
        note = notes_by_date.get(str(bill.get("status_date") or ""), "")
        statuses.append(ImportedStatus(status, status_date, note))
    return ImportedBill(
        source="legiscan",
        source_id=str(int(bill_id)),
        state=_known_state(_require(bill.get("state"), "state", path), path),
        identifier=identifier,
        year=_year(session.get("year_start"), bill.get("status_date")),
        session=str(session.get("session_name") or session.get("year_start") or ""),
        title=str(bill.get("title") or "").strip(),
        description=str(bill.get("description") or "").strip(),
        source_url=str(bill.get("state_link") or bill.get("url") or ""),
        statuses=statuses,
        texts=texts,
        status=status,
        status_date=status_date,
    )


# --- writing -------------------------------------------------------------------------


def _find_bill(imported: ImportedBill, state: State) -> Bill | None:
    """The existing bill: by source id, else by state + identifier + year."""
    id_field = "openstates_id" if imported.source == "openstates" else "legiscan_id"
    found = Bill.objects.filter(**{id_field: imported.source_id}).first()
    if found is not None:
        return found
    return Bill.objects.filter(
        state=state, identifier__iexact=imported.identifier, year=imported.year
    ).first()


@transaction.atomic
def apply_imported_bill(
    imported: ImportedBill, *, publish: bool = False, path: str = "-"
) -> ImportResult:
    """Create or update the bill, its status history and its texts; write only changes."""
    state = State.objects.get(abbr=imported.state)
    bill = _find_bill(imported, state)
    status, status_date = imported.final_status()
    links = [
        {"note": t.note, "url": t.url, "media_type": t.media_type}
        for t in imported.texts
        if t.content is None and t.url
    ]
    wanted: dict[str, Any] = {
        "identifier": imported.identifier,
        "year": imported.year,
        "session": imported.session[:100],
        "title": imported.title[:500],
        "status": status,
        "status_date": status_date,
        # Only the legislature's own page is "the bill at the legislature".
        "source_url": imported.source_url[:500] if is_official_url(imported.source_url) else "",
        "text_links": [link for link in links if is_official_url(link["url"])],
        ("openstates_id" if imported.source == "openstates" else "legiscan_id"): (
            imported.source_id if imported.source == "openstates" else int(imported.source_id)
        ),
    }
    if imported.description:
        wanted["short_description"] = imported.description
    elif imported.title:
        wanted["short_description"] = first_sentence(imported.title)

    created = bill is None
    changes: list[str] = []
    today = timezone.localdate()
    if bill is None:
        bill = Bill(
            state=state,
            slug=unique_bill_slug(state, imported.identifier, imported.year),
            published=publish,
            status_checked=today,
            **wanted,
        )
        _save_checked(bill, path)
    else:
        for name in staff_edited_fields(bill):  # staff corrections win over the source
            wanted.pop(name, None)
        changes = [name for name, value in wanted.items() if getattr(bill, name) != value]
        if publish and not bill.published:
            wanted["published"] = True
            changes.append("published")
        if changes:
            for name in changes:
                setattr(bill, name, wanted[name])
            fields = [*changes, "updated"]
            if {"status", "status_date"} & set(changes):
                # This import set the status: it is the check the page reports.
                bill.status_checked = today
                fields.append("status_checked")
            _save_checked(bill, path, update_fields=fields)

    existing_steps = set(bill.status_changes.values_list("status", "date", "note"))
    steps = imported.statuses or [ImportedStatus(status, status_date, "")]
    new_steps = [
        BillStatusChange(bill=bill, status=step.status, date=step.date, note=step.note[:500])
        for step in steps
        if (step.status, step.date, step.note[:500]) not in existing_steps
    ]
    if new_steps:
        BillStatusChange.objects.bulk_create(new_steps)
        changes.append(f"{len(new_steps)} status changes")

    stored = set(bill.versions.values_list("sha256", flat=True))
    for text in imported.texts:
        if text.content is None:
            continue
        if hashlib.sha256(text.content).hexdigest() in stored:
            continue
        try:
            add_bill_version(
                bill,
                text.content,
                filename=text.filename,
                label=text.note or "text",
                source_url=text.url,
                fetched=text.date,
            )
        except ValidationError as error:
            raise BillImportError(
                f"{path}: a text of the bill cannot be read: {error.messages[0]}"
            ) from None
        changes.append(f"text {text.note or text.filename}")

    outcome = "created" if created else ("updated" if changes else "unchanged")
    return ImportResult(path=path, bill=bill, outcome=outcome, changes=changes)


def _save_checked(bill: Bill, path: str, **kwargs: Any) -> None:
    """Validate then save; invalid source data becomes one clear ``BillImportError``."""
    try:
        bill.full_clean(exclude=["slug"] if bill.pk else None, validate_unique=False)
    except ValidationError as error:
        fields = "; ".join(f"{name}: {msgs[0]}" for name, msgs in error.message_dict.items())
        raise BillImportError(f"{path}: invalid bill data ({fields}).") from None
    bill.save(**kwargs)


def import_bill_file(path: Path, *, publish: bool = False) -> ImportResult:
    """Read, parse and apply one file (one transaction); ``BillImportError`` when it is bad."""
    imported = parse_bill_json(read_json_file(path), str(path))
    return apply_imported_bill(imported, publish=publish, path=str(path))
