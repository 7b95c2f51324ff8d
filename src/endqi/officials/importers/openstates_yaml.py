"""Read the Open States ``people`` repository layout.

``data/<state>/legislature/*.yml`` and ``data/<state>/executive/*.yml`` hold one
person each; ``settings.yml`` at the root lists vacant seats per state. YAML is
parsed with ``yaml.safe_load`` only.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

from endqi.imports import Location, RecordError, parse_date
from endqi.officials.importers.records import (
    ImportSourceError,
    PeopleSource,
    PersonRecord,
    RoleRecord,
    Snapshot,
    VacancyRecord,
    clean_links,
    clean_offices,
    first_phone,
    state_from_jurisdiction,
)
from endqi.officials.vocabulary import ImportKind
from endqi.states import STATES_BY_ABBR

PEOPLE_FOLDERS = ("legislature", "executive")
# libyaml's safe loader when present (same safety as yaml.safe_load, about 10x faster).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def find_repository_root(path: Path) -> Path:
    """The folder holding ``data/`` (the path itself or its only sub-folder, as in archives)."""
    if (path / "data").is_dir():
        return path
    children = [child for child in path.iterdir() if child.is_dir()] if path.is_dir() else []
    if len(children) == 1 and (children[0] / "data").is_dir():
        return children[0]
    raise ImportSourceError(
        f"{path} is not an Open States people folder (no data/<state>/legislature/)."
    )


def available_states(root: Path) -> list[str]:
    """Upper-case abbreviations of the states in ``data/`` that we have State rows for."""
    return sorted(
        child.name.upper()
        for child in (root / "data").iterdir()
        if child.is_dir() and child.name.upper() in STATES_BY_ABBR
    )


def read_people_folder(
    path: Path,
    *,
    states: list[str] | None = None,
    commit: str | None = None,
    as_of: datetime.date | None = None,
    location: str | None = None,
) -> PeopleSource:
    """Read every person (and the vacancies) of the chosen states from a local folder."""
    root = find_repository_root(path)
    present = available_states(root)
    wanted = [s.upper() for s in states] if states else present
    missing = [s for s in wanted if s not in present]
    if missing:
        raise ImportSourceError(f"{root} has no data for: {', '.join(missing)}.")
    found_commit, found_date = read_git_snapshot(root)
    snapshot = Snapshot(
        commit=commit if commit is not None else found_commit,
        as_of=as_of or found_date or datetime.date.today(),
    )
    people: list[PersonRecord] = []
    for abbr in wanted:
        for folder in PEOPLE_FOLDERS:
            directory = root / "data" / abbr.lower() / folder
            if not directory.is_dir():
                continue
            for file in sorted(directory.glob("*.yml")):
                people.append(parse_person(_load_yaml(file), abbr, file))
    vacancies = read_vacancies(root / "settings.yml", wanted)
    return PeopleSource(
        location=location or str(path),
        kind=ImportKind.PEOPLE,
        snapshot=snapshot,
        states=wanted,
        people=people,
        vacancies=vacancies,
    )


def _load_yaml(file: Path) -> Any:
    try:
        return yaml.load(file.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise ImportSourceError(f"{file} is not valid YAML: {error}".splitlines()[0]) from None


def parse_person(data: Any, folder_state: str, file: Path) -> PersonRecord:
    """One upstream person file → ``PersonRecord``."""
    if not isinstance(data, dict) or not data.get("id") or not data.get("name"):
        raise ImportSourceError(f"{file} has no person id or name.")
    roles = read_roles(data.get("roles") or [], folder_state, str(file))
    offices = clean_offices(data.get("offices"))
    return PersonRecord(
        openstates_id=str(data["id"]).strip(),
        name=str(data["name"]).strip(),
        state=folder_state,
        given_name=str(data.get("given_name") or "").strip(),
        family_name=str(data.get("family_name") or "").strip(),
        party=_party_name(data.get("party")),
        email=str(data.get("email") or "").strip(),
        phone=first_phone(offices),
        image_url=str(data.get("image") or "").strip(),
        offices=offices,
        links=clean_links(data.get("links")),
        roles=roles,
        where=str(file),
    )


def role_date(role: dict[str, Any], name: str, location: Location) -> datetime.date | None:
    """A role's start or end date; upstream gives some as a year or year-month only."""
    return parse_date(role.get(name), location.at(name), partial=True)


def read_roles(rows: list[Any], default_state: str, where: str) -> list[RoleRecord]:
    """A person's roles; ``ImportSourceError`` naming the file and key of a bad one."""
    try:
        return [
            RoleRecord(
                state=state_from_jurisdiction(role.get("jurisdiction", ""), default_state),
                role_type=str(role["type"]).strip(),
                district=str(role.get("district") or "").strip(),
                start_date=role_date(role, "start_date", Location(where, key=f"roles[{i}]")),
                end_date=role_date(role, "end_date", Location(where, key=f"roles[{i}]")),
                end_reason=str(role.get("end_reason") or "").strip(),
            )
            for i, role in enumerate(rows)
        ]
    except RecordError as error:
        raise ImportSourceError(f"{error}.") from None
    except (KeyError, TypeError, AttributeError) as error:
        raise ImportSourceError(f"{where} has a role that cannot be read ({error}).") from None


def _party_name(parties: Any) -> str:
    """The party without an end date (else the last listed)."""
    if isinstance(parties, str):
        return parties
    entries = [p for p in parties or [] if isinstance(p, dict) and p.get("name")]
    open_ended = [p for p in entries if not p.get("end_date")]
    chosen = (open_ended or entries or [{}])[-1]
    return str(chosen.get("name", "")).strip()


def read_vacancies(settings_file: Path, states: list[str]) -> list[VacancyRecord]:
    """Vacant seats of the chosen states from the upstream ``settings.yml``."""
    if not settings_file.is_file():
        return []
    settings = _load_yaml(settings_file) or {}
    if not isinstance(settings, dict):
        raise ImportSourceError(f"{settings_file} is not a mapping of states.")
    return vacancies_from_mapping(settings, states, str(settings_file))


def vacancies_from_mapping(
    mapping: dict[str, Any], states: list[str], where: str
) -> list[VacancyRecord]:
    """Vacancies from ``{state: {"vacancies": [...]}}`` or ``{state: [...]}``."""
    vacancies = []
    for abbr in states:
        entry = mapping.get(abbr.lower()) or {}
        items = entry.get("vacancies", []) if isinstance(entry, dict) else entry
        for index, item in enumerate(items or []):
            place = Location(where, key=f"{abbr.lower()}.vacancies[{index}]")
            try:
                vacancies.append(
                    VacancyRecord(
                        state=abbr,
                        chamber=str(item["chamber"]).strip(),
                        district=str(item["district"]).strip(),
                        vacant_until=role_date(item, "vacant_until", place),
                    )
                )
            except RecordError as error:
                raise ImportSourceError(f"{error}.") from None
            except (KeyError, TypeError) as error:
                raise ImportSourceError(
                    f"{where}: a vacancy of {abbr} is incomplete ({error})."
                ) from None
    return vacancies


def read_git_snapshot(root: Path) -> tuple[str, datetime.date | None]:
    """Commit id and commit date of a git checkout (``("", None)`` when not a checkout)."""
    git_dir = root / ".git"
    if not git_dir.exists():
        return "", None
    git = shutil.which("git")
    if git:
        try:
            output = subprocess.run(
                [git, "-C", str(root), "show", "-s", "--format=%H %cI", "HEAD"],
                capture_output=True,
                text=True,
                timeout=10,
                check=True,
            ).stdout.split()
            return output[0], datetime.datetime.fromisoformat(output[1]).date()
        except (subprocess.SubprocessError, OSError, IndexError, ValueError):
            pass  # fall back to reading the ref files below
    return _read_head_commit(git_dir), None


def _read_head_commit(git_dir: Path) -> str:
    """HEAD's commit id from the ref files, without git."""
    try:
        head = (git_dir / "HEAD").read_text().strip()
        if not head.startswith("ref:"):
            return head
        ref = head.split(":", 1)[1].strip()
        ref_file = git_dir / ref
        if ref_file.is_file():
            return ref_file.read_text().strip()
        packed = git_dir / "packed-refs"
        if packed.is_file():
            for line in packed.read_text().splitlines():
                if line.endswith(" " + ref):
                    return line.split()[0]
    except OSError:
        return ""
    return ""
