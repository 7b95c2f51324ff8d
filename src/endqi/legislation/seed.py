"""Load the project's own bill data (``rubric/dev-evaluations.json``) into the database.

Each entry becomes a published bill with its state, identifier, year, status,
source URL and a version labelled "excerpts" holding its text (the passages
published evaluations quote, not the whole bill), evaluated by our evaluator.

The published verdicts in that file are *not* stored: our scorecards come from
our evaluator only. Nothing of the published evaluators' prose is copied; a
bill's description is its own first sentence.

Idempotent: a second run writes nothing. Fields staff may have edited since
(status, title, publication) are only filled when empty, never overwritten.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from endqi.documents import Document, document_from_text
from endqi.legislation.bills import create_bill, first_sentence, record_status
from endqi.legislation.evaluations import ensure_current_evaluation
from endqi.legislation.models import Bill, BillStatusChange, BillVersion, State, ensure_states
from endqi.legislation.states import get_state_info
from endqi.legislation.status import status_from_free_text

EXCERPTS_LABEL = "excerpts"
SEED_STATUS_NOTE = "Status as recorded in the project's development data."


def dev_evaluations_path() -> Path:
    """Where the seed data lives: ``SHARED_DATA_DIR/rubric/dev-evaluations.json``."""
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


def identifier_for(entry: dict[str, Any]) -> str:
    """The bill's identifier, or a neutral one when the data has none.

    Entries without a bill number have ids like ``md-raw-md-v2-txt-1``; they
    become "Unnumbered bill 2" (the version number when there is one).
    """
    bill_id = (entry.get("bill_id") or "").strip()
    if bill_id:
        return bill_id
    match = re.search(r"-v(\d+)-", entry.get("id", "")) or re.search(
        r"-(\d+)$", entry.get("id", "")
    )
    return f"Unnumbered bill {match.group(1)}" if match else "Unnumbered bill"


# A reviewer's bullet that slipped into a passage: "• Ends Qualified Immunity for all
# public employees No. The proposed legislation only cites ... It states, "<bill text>".
# Their words are not bill text and are not ours to publish; the quoted bill text stays.
_COMMENTARY_BULLET = re.compile(
    r"\s*•\s*(?:Ends|Implements|Guarantees|Starts)\b[^•\n]*?(?:It states,\s*\"|(?=•)|(?=\n)|$)"
)


def passage_text(entry: dict[str, Any]) -> str:
    """The entry's text: passages of public-domain bill text, reviewers' bullets removed."""
    text = str(entry.get("text") or "")
    return _COMMENTARY_BULLET.sub(" ", text) if "•" in text else text


def passage_document(entry: dict[str, Any], text: str) -> Document:
    """The entry's passage ``text`` (see :func:`passage_text`) loaded like pasted text."""
    return document_from_text(text, path=str(entry.get("id") or "-"))


def _body_without_heading(text: str) -> str:
    """The text after its first line when that line is only a heading ("Missouri HB 30")."""
    head, _, rest = text.partition("\n\n")
    return rest if rest.strip() and len(head) < 80 else text


def load_entries(path: Path) -> list[dict[str, Any]]:
    """Read and check the data file; ``ValueError`` with a clear message when malformed."""
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


def seed_legislation(path: Path | None = None) -> SeedReport:
    """Load every bill of the data file (see module docstring); returns what changed."""
    report = SeedReport()
    report.states_created = ensure_states()
    path = path or dev_evaluations_path()
    if not path.is_file():
        report.missing_file = path
        return report
    states = {state.abbr: state for state in State.objects.all()}
    for entry in load_entries(path):
        seed_bill(entry, states, report)
    return report


@transaction.atomic
def seed_bill(entry: dict[str, Any], states: dict[str, State], report: SeedReport) -> Bill:
    """Create or complete one bill from one data-file entry."""
    state = states[get_state_info(entry["state"]).abbr]
    identifier = identifier_for(entry)
    year = int(entry["year"]) if entry.get("year") else None
    status = status_from_free_text(str(entry.get("status") or "Pending"))
    sources = entry.get("sources") or []
    source_url = str(sources[0]) if sources else ""
    text = passage_text(entry)
    document = passage_document(entry, text)
    description = first_sentence(_body_without_heading(document.text))

    bill = Bill.objects.filter(state=state, identifier=identifier, year=year).first()
    label = f"{state.abbr} {identifier}"
    if bill is None:
        bill = create_bill(
            state=state,
            identifier=identifier,
            year=year,
            session=str(year or ""),
            short_description=description,
            status=status,
            source_url=source_url,
            published=True,
        )
        BillStatusChange.objects.filter(bill=bill).update(note=SEED_STATUS_NOTE)
        report.bills_created.append(label)
    else:
        changed = []
        for name, value in (("short_description", description), ("source_url", source_url)):
            if not getattr(bill, name) and value:
                setattr(bill, name, value)
                changed.append(name)
        if changed:
            bill.save(update_fields=[*changed, "updated"])
            report.bills_updated.append(label)
        if not bill.status_changes.exists():
            record_status(bill, status, note=SEED_STATUS_NOTE)
            report.bills_updated.append(label)

    version = _ensure_excerpts(bill, text, document, source_url, report)
    newest = bill.versions.order_by("-created", "-id").first() or version
    _, created = ensure_current_evaluation(
        newest, document=document if newest.pk == version.pk else None
    )
    if created:
        report.evaluations_created += 1
    if not (label in report.bills_created or label in report.bills_updated or created):
        report.unchanged += 1
    return bill


def _ensure_excerpts(
    bill: Bill, text: str, document: Document, source_url: str, report: SeedReport
) -> BillVersion:
    """The "excerpts" version of exactly this source text, created when missing."""
    existing = bill.versions.filter(label=EXCERPTS_LABEL, sha256=document.sha256).first()
    if existing is not None:
        return existing
    version = BillVersion.objects.create(
        bill=bill,
        label=EXCERPTS_LABEL,
        text=document.text,
        source_url=source_url,
        media_type=document.media_type,
        sha256=document.sha256,
        content=text.encode("utf-8"),
    )
    report.versions_created += 1
    return version
