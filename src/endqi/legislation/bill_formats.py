"""Bill data as Open States and LegiScan write it, read into plain records.

Shapes accepted (each recognised by its fields, whatever the file is called):

* Open States API v3 bill objects (``session``) and their results arrays, bare or
  as the search response ``{"results": [...]}``;
* Open States scraper / bulk bill JSON (``legislative_session``);
* LegiScan ``getBill`` responses and bulk-dataset bill files (``{"bill": {...}}``),
  whose texts are recorded as links (``doc_id``, ``mime``, ``url``, ``state_link``);
* LegiScan ``getBillText`` responses and bulk-dataset text files
  (``{"text": {"doc": base64, ...}}``), also R-serialised ones in which every
  value is wrapped in a one-element array (as the legiscanrr package writes them).

Refused with a sentence that names what the file is: LegiScan error responses
(with LegiScan's own message), the retired Open States API v1 bill shape, other
LegiScan records (people, roll calls, lists) and anything else.

Every problem is a :class:`RecordError` or :class:`FileRefused` with the JSON key
it is at; dates follow :mod:`endqi.imports.dates` (a bad date is an error).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from endqi.imports import FileRefused, Location, RecordError, parse_date
from endqi.imports.reading import SourceRecord
from endqi.legislation.status import (
    BillStatus,
    status_from_legiscan,
    status_from_openstates_action,
)
from endqi.states import STATES_BY_ABBR

# The loader recognises a file by its extension; LegiScan gives a MIME type instead.
MEDIA_TYPE_EXTENSIONS = {
    "text/html": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "application/xml": ".xml",
    "text/xml": ".xml",
}

OPENSTATES = "openstates"
LEGISCAN = "legiscan"


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
    doc_id: str = ""


@dataclass
class ImportedBill:
    """A bill as read from one source record, before it touches the database."""

    source: str  # OPENSTATES or LEGISCAN
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

    @property
    def name(self) -> str:
        """ "MO HB 1234 (2023)": how reports name the bill."""
        return f"{self.state} {self.identifier}" + (f" ({self.session})" if self.session else "")


@dataclass(frozen=True)
class ImportedBillText:
    """A LegiScan text record on its own: the text of the bill with ``bill_id``."""

    bill_id: int
    text: ImportedText

    @property
    def name(self) -> str:
        """ "LegiScan text 1876117 of bill 1158012"."""
        return f"LegiScan text {self.text.doc_id} of bill {self.bill_id}"


# --- recognising a file -------------------------------------------------------------------


def records_of(data: Any, file: str) -> list[SourceRecord]:
    """The bill or text records of one JSON document, each with its JSON key.

    Raises :class:`FileRefused` naming what the document is when it holds no
    bill data this project reads.
    """
    where = Location(file)
    if isinstance(data, list):
        return _openstates_list(data, where, "")
    if not isinstance(data, dict):
        raise FileRefused(where, f"a JSON {type(data).__name__}, not bill data; {_EXPECTED}")
    if str(_unwrap(data.get("status")) or "").upper() == "ERROR":
        raise FileRefused(where, _legiscan_error(data))
    if "bill" in data:
        bill = data["bill"]
        if isinstance(bill, list) and len(bill) == 1 and isinstance(bill[0], dict):
            raise FileRefused(where.at("bill"), _R_BILL)
        if not isinstance(bill, dict):
            raise FileRefused(where.at("bill"), "a LegiScan bill response whose 'bill' is empty")
        return [SourceRecord(where.at("bill"), (LEGISCAN, bill))]
    if "text" in data and isinstance(data["text"], dict):
        return [SourceRecord(where.at("text"), (LEGISCAN_TEXT, data["text"]))]
    if _is_r_text(data):
        return [SourceRecord(where, (LEGISCAN_TEXT, {k: _unwrap(v) for k, v in data.items()}))]
    if isinstance(data.get("results"), list):
        return _openstates_list(data["results"], where, "results")
    if _openstates_shape(data):
        return [SourceRecord(where, (OPENSTATES, data))]
    raise FileRefused(where, describe_json(data))


LEGISCAN_TEXT = "legiscan-text"

_EXPECTED = (
    "expected an Open States bill (API v3 with 'session', or bulk data with "
    "'legislative_session'), an Open States results array, or a LegiScan getBill or "
    "getBillText response"
)
_R_BILL = (
    "an R-serialised LegiScan bill (every value wrapped in a one-element array); "
    "import LegiScan's own JSON of the bill (getBill or the bulk dataset's bill/ file)"
)

# Top-level keys of other LegiScan responses, with what to call them.
_LEGISCAN_OTHERS = {
    "person": "a LegiScan person record (people/ in the bulk dataset); "
    "legislators are loaded with endqi import-people",
    "roll_call": "a LegiScan roll call (vote/ in the bulk dataset), not a bill",
    "masterlist": "a LegiScan master list of bills (getMasterList); import each bill's "
    "getBill response instead",
    "searchresult": "a LegiScan search result; import each bill's getBill response instead",
    "sessions": "a LegiScan session list, not a bill",
    "amendment": "a LegiScan amendment record, not a bill",
    "supplement": "a LegiScan supplement record, not a bill",
}


def describe_json(data: dict[str, Any]) -> str:
    """What a JSON object that is no bill record looks like, in one sentence."""
    if _openstates_v1_shape(data):
        return (
            "an Open States API v1 bill ('bill_id', 'session', 'state'; that API was "
            "retired): get the bill from Open States API v3 or its bulk data and import that"
        )
    for key, description in _LEGISCAN_OTHERS.items():
        if key in data:
            return description
    if "identifier" in data and not _session(data):
        return "an Open States-like bill without 'session' or 'legislative_session'; " + _EXPECTED
    keys = ", ".join(sorted(map(str, data))[:8]) or "none"
    return f"a JSON object with keys {keys}: not bill data; {_EXPECTED}"


def _openstates_list(items: list[Any], where: Location, key: str) -> list[SourceRecord]:
    """An array of Open States bill objects; anything else in it refuses the file."""
    records = []
    for index, item in enumerate(items):
        place = (where.at(key) if key else where).at(index)
        if not isinstance(item, dict) or not _openstates_shape(item):
            what = describe_json(item) if isinstance(item, dict) else f"a {type(item).__name__}"
            raise FileRefused(
                place, f"a JSON array whose items should be Open States bills, but this is {what}"
            )
        records.append(SourceRecord(place, (OPENSTATES, item)))
    if not records:
        raise FileRefused(where, "an empty array: no bills in it")
    return records


def _session(data: dict[str, Any]) -> str:
    """The Open States session: ``session`` in API v3, ``legislative_session`` in bulk data."""
    value = data.get("legislative_session", data.get("session"))
    if isinstance(value, dict):  # API v3 can also nest it as an object
        value = value.get("identifier")
    return str(value or "").strip()


def _openstates_shape(data: dict[str, Any]) -> bool:
    return "identifier" in data and bool(_session(data)) and "bill_id" not in data


def _openstates_v1_shape(data: dict[str, Any]) -> bool:
    return "bill_id" in data and "session" in data and "state" in data and "identifier" not in data


def _unwrap(value: Any) -> Any:
    """The value inside R's one-element array (``["OK"]`` → ``"OK"``)."""
    if isinstance(value, list) and len(value) == 1:
        return value[0]
    return value


def _is_r_text(data: dict[str, Any]) -> bool:
    """A LegiScan text record written by R: every value a one-element array."""
    return {"doc_id", "doc"} <= set(data) and all(
        isinstance(value, list) and len(value) == 1 for value in data.values()
    )


def _legiscan_error(data: dict[str, Any]) -> str:
    """LegiScan's own error message."""
    alert = _unwrap(data.get("alert"))
    message = _unwrap(alert.get("message")) if isinstance(alert, dict) else None
    message = str(message or "no message given").strip()
    return f"a LegiScan error response, not bill data; LegiScan says: {message}"


# --- Open States --------------------------------------------------------------------------


def normalise_identifier(value: str) -> str:
    """ "HB30" → "HB 30", "S.B.  12" → "SB 12"; already spaced identifiers are kept."""
    text = " ".join(str(value).split())
    match = re.fullmatch(r"([A-Za-z][A-Za-z.]*?)\.?\s*(\d+[A-Za-z0-9-]*)", text)
    if match:
        return f"{match.group(1).replace('.', '').upper()} {match.group(2)}"
    return text


def _year(*values: Any) -> int | None:
    """The first four-digit year found among ``values``."""
    for value in values:
        match = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", str(value or ""))
        if match:
            return int(match.group(1))
    return None


def _require(value: Any, where: Location, what: str) -> str:
    """A required string field, stripped; :class:`RecordError` at ``where`` when missing."""
    text = str(value or "").strip()
    if not text:
        raise RecordError(where, f"the bill has no {what}")
    return text


def _known_state(abbr: str, where: Location) -> str:
    """Upper-case abbreviation of one of the 50 states or DC, else :class:`RecordError`."""
    abbr = abbr.strip().upper()
    if abbr not in STATES_BY_ABBR:
        raise RecordError(where, f"unknown state {abbr!r}")
    return abbr


def _state_from_jurisdiction(data: dict[str, Any], where: Location) -> str:
    """Postal abbreviation from ``jurisdiction`` (id string or object) or ``jurisdiction_id``."""
    candidates = [data.get("jurisdiction_id"), data.get("jurisdiction")]
    if isinstance(data.get("jurisdiction"), dict):
        candidates.append(data["jurisdiction"].get("id"))
    for candidate in candidates:
        match = re.search(r"/(?:state|district):([a-z]{2})\b", str(candidate or ""))
        if match:
            return _known_state(match.group(1), where.at("jurisdiction"))
    raise RecordError(
        where.at("jurisdiction"), "no state jurisdiction (like ocd-jurisdiction/.../state:mo/...)"
    )


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


def parse_openstates(data: dict[str, Any], where: Location) -> ImportedBill:
    """One Open States bill (API v3, scraper output or bulk export)."""
    identifier = normalise_identifier(_require(data.get("identifier"), where, "identifier"))
    session = _session(data)
    dated = []
    for index, action in enumerate(data.get("actions") or []):
        if isinstance(action, dict):
            place = where.at("actions").at(index).at("date")
            dated.append((parse_date(action.get("date"), place), index, action))
    dated.sort(key=lambda entry: (entry[0] or datetime.date.min, entry[1]))
    statuses: list[ImportedStatus] = []
    chambers_passed: set[str] = set()
    for date, _, action in dated:
        classifications = action.get("classification") or []
        if isinstance(classifications, str):
            classifications = [classifications]
        status = status_from_openstates_action(classifications, chambers_passed, _chamber(action))
        if status is not None and (not statuses or statuses[-1].status != status):
            statuses.append(ImportedStatus(status, date, str(action.get("description", ""))))
    first_action = parse_date(data.get("first_action_date"), where.at("first_action_date"))
    if not statuses and first_action is not None:
        # API v3 without ``include=actions`` still says when the bill was introduced.
        statuses.append(ImportedStatus(BillStatus.INTRODUCED, first_action, ""))
    abstracts = [
        str(item.get("abstract") or "").strip()
        for item in data.get("abstracts") or []
        if isinstance(item, dict)
    ]
    sources = [str(item.get("url")) for item in data.get("sources") or [] if isinstance(item, dict)]
    texts = []
    for index, version in enumerate(data.get("versions") or []):
        if not isinstance(version, dict):
            continue
        date = parse_date(version.get("date"), where.at("versions").at(index).at("date"))
        for link in version.get("links") or []:
            if isinstance(link, dict) and link.get("url"):
                texts.append(
                    ImportedText(
                        note=str(version.get("note") or ""),
                        url=str(link["url"]),
                        media_type=str(link.get("media_type") or ""),
                        date=date,
                    )
                )
    first_date = dated[0][0] if dated else first_action
    return ImportedBill(
        source=OPENSTATES,
        source_id=_require(data.get("id"), where.at("id"), "Open States id (ocd-bill/...)"),
        state=_state_from_jurisdiction(data, where),
        identifier=identifier,
        year=_year(session, first_date),
        session=session,
        title=str(data.get("title") or "").strip(),
        description=next((a for a in abstracts if a), ""),
        # The legislature's page (a source) before Open States' own page.
        source_url=sources[0] if sources else str(data.get("openstates_url") or ""),
        statuses=statuses,
        texts=texts,
    )


# --- LegiScan -----------------------------------------------------------------------------


def parse_legiscan_text(text: dict[str, Any], where: Location) -> ImportedText:
    """One LegiScan text record (``getBillText`` or bulk ``text/``), its document decoded."""
    content = None
    if text.get("doc"):
        try:
            content = base64.b64decode(str(text["doc"]), validate=True)
        except (binascii.Error, ValueError):
            raise RecordError(where.at("doc"), "the text's 'doc' is not valid base64") from None
    mime = str(text.get("mime") or "")
    doc_id = str(text.get("doc_id") or "")
    return ImportedText(
        note=str(text.get("type") or ""),
        url=str(text.get("state_link") or text.get("url") or ""),
        media_type=mime,
        date=parse_date(text.get("date"), where.at("date")),
        content=content,
        filename=f"legiscan-{doc_id or 'text'}" + MEDIA_TYPE_EXTENSIONS.get(mime, ""),
        doc_id=doc_id,
    )


def parse_legiscan_text_record(text: dict[str, Any], where: Location) -> ImportedBillText:
    """A text record on its own: its document and the LegiScan bill it belongs to."""
    bill_id = _legiscan_bill_id(text.get("bill_id"), where.at("bill_id"), "text")
    parsed = parse_legiscan_text(text, where)
    if parsed.content is None:
        raise RecordError(where.at("doc"), "the LegiScan text record carries no document")
    return ImportedBillText(bill_id, parsed)


def _legiscan_bill_id(value: Any, where: Location, what: str) -> int:
    if isinstance(value, int) or str(value or "").isdigit():
        return int(value)
    raise RecordError(where, f"the LegiScan {what} has no numeric bill_id")


def parse_legiscan(bill: dict[str, Any], where: Location) -> ImportedBill:
    """One LegiScan bill (the object under ``"bill"`` of ``getBill`` or a bulk bill file)."""
    bill_id = _legiscan_bill_id(bill.get("bill_id"), where.at("bill_id"), "bill")
    identifier = normalise_identifier(
        _require(bill.get("bill_number"), where.at("bill_number"), "bill_number")
    )
    session = bill.get("session") if isinstance(bill.get("session"), dict) else {}
    notes_by_date: dict[datetime.date | None, str] = {}
    for index, item in enumerate(bill.get("history") or []):
        if isinstance(item, dict):
            date = parse_date(item.get("date"), where.at("history").at(index).at("date"))
            notes_by_date.setdefault(date, str(item.get("action") or ""))
    steps = []
    for index, step in enumerate(bill.get("progress") or []):
        if isinstance(step, dict):
            date = parse_date(step.get("date"), where.at("progress").at(index).at("date"))
            steps.append((date or datetime.date.min, index, date, step.get("event")))
    statuses: list[ImportedStatus] = []
    for _, _, date, event in sorted(steps):
        status = status_from_legiscan(event)
        if status is not None and (not statuses or statuses[-1].status != status):
            statuses.append(ImportedStatus(status, date, notes_by_date.get(date, "")))
    texts = [
        parse_legiscan_text(item, where.at("texts").at(index))
        for index, item in enumerate(bill.get("texts") or [])
        if isinstance(item, dict)
    ]
    status = status_from_legiscan(bill.get("status"))
    status_date = parse_date(bill.get("status_date"), where.at("status_date"))
    if status is None:
        status_date = None
    elif not statuses or statuses[-1].status != status:
        statuses.append(ImportedStatus(status, status_date, notes_by_date.get(status_date, "")))
    return ImportedBill(
        source=LEGISCAN,
        source_id=str(bill_id),
        state=_known_state(
            _require(bill.get("state"), where.at("state"), "state"), where.at("state")
        ),
        identifier=identifier,
        year=_year(session.get("year_start"), status_date),
        session=str(session.get("session_name") or session.get("year_start") or ""),
        title=str(bill.get("title") or "").strip(),
        description=str(bill.get("description") or "").strip(),
        source_url=str(bill.get("state_link") or bill.get("url") or ""),
        statuses=statuses,
        texts=texts,
        status=status,
        status_date=status_date,
    )


def parse_record(record: SourceRecord) -> ImportedBill | ImportedBillText:
    """The bill or text of one record found by :func:`records_of`."""
    kind, data = record.values
    if kind == OPENSTATES:
        return parse_openstates(data, record.location)
    if kind == LEGISCAN:
        return parse_legiscan(data, record.location)
    return parse_legiscan_text_record(data, record.location)
