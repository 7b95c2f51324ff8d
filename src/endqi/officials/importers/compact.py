"""Read the compact JSON Lines export (``<state>.jsonl`` + ``vacancies.json``).

This is a development convenience: all states in about 10 MB. Each line is one
person with ``current_roles``; the federal file (``us.jsonl``) and jurisdictions
without a state legislature row here (``pr``) are skipped.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from endqi.officials.importers.openstates_yaml import read_roles, vacancies_from_mapping
from endqi.officials.importers.records import (
    ImportSourceError,
    PeopleSource,
    PersonRecord,
    Snapshot,
    clean_links,
    clean_offices,
    first_phone,
)
from endqi.officials.vocabulary import ImportKind
from endqi.states import STATES_BY_ABBR


def read_compact_folder(
    path: Path,
    *,
    states: list[str] | None = None,
    commit: str | None = None,
    as_of: datetime.date | None = None,
) -> PeopleSource:
    """Read the chosen states (default: every state file present) from a compact export."""
    if not path.is_dir():
        raise ImportSourceError(f"{path} is not a folder.")
    files = {file.stem.upper(): file for file in sorted(path.glob("*.jsonl"))}
    if not files:
        raise ImportSourceError(f"{path} has no <state>.jsonl files.")
    skipped = sorted(abbr for abbr in files if abbr not in STATES_BY_ABBR)
    present = sorted(abbr for abbr in files if abbr in STATES_BY_ABBR)
    wanted = [s.upper() for s in states] if states else present
    missing = [s for s in wanted if s not in present]
    if missing:
        raise ImportSourceError(f"{path} has no data for: {', '.join(missing)}.")
    people: list[PersonRecord] = []
    for abbr in wanted:
        file = files[abbr]
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise ImportSourceError(f"{file}:{number} is not valid JSON.") from None
            people.append(_person_from_row(row, abbr, f"{file}:{number}"))
    vacancies_file = path / "vacancies.json"
    vacancies = []
    if vacancies_file.is_file():
        try:
            mapping = json.loads(vacancies_file.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            raise ImportSourceError(f"{vacancies_file} is not valid JSON.") from None
        vacancies = vacancies_from_mapping(mapping, wanted, str(vacancies_file))
    return PeopleSource(
        location=str(path),
        kind=ImportKind.PEOPLE_COMPACT,
        snapshot=Snapshot(commit=commit or "", as_of=as_of or datetime.date.today()),
        states=wanted,
        people=people,
        vacancies=vacancies,
        skipped=[f"{abbr.lower()}.jsonl (no state legislature here)" for abbr in skipped],
    )


def _person_from_row(row: Any, abbr: str, where: str) -> PersonRecord:
    if not isinstance(row, dict) or not row.get("id") or not row.get("name"):
        raise ImportSourceError(f"{where} has no person id or name.")
    try:
        role_rows = row.get("current_roles") or [
            {
                "type": row["role_type"],
                "district": row.get("district"),
                "jurisdiction": row.get("jurisdiction"),
                "start_date": row.get("start_date"),
                "end_date": row.get("end_date"),
            }
        ]
    except (KeyError, TypeError, AttributeError) as error:
        raise ImportSourceError(f"{where} has a role that cannot be read ({error}).") from None
    roles = read_roles(role_rows, abbr, where)
    offices = clean_offices(row.get("offices"))
    return PersonRecord(
        openstates_id=str(row["id"]).strip(),
        name=str(row["name"]).strip(),
        state=abbr,
        given_name=str(row.get("given_name") or "").strip(),
        family_name=str(row.get("family_name") or "").strip(),
        party=str(row.get("party") or "").strip(),
        email=str(row.get("email") or "").strip(),
        phone=str(row.get("phone") or "").strip() or first_phone(offices),
        image_url=str(row.get("image") or "").strip(),
        offices=offices,
        links=clean_links(row.get("links")),
        roles=roles,
        where=where,
    )
