"""Write a ``PeopleSource`` to the database: idempotent, staff overrides kept, leavers marked.

Every value is compared with what is stored before anything is written, so running
the same source twice writes nothing the second time. People of the imported states
who are missing from the source (or hold no current role on the snapshot date) are
marked former, never deleted. Fields listed in ``Person.locked_fields`` and people
added by staff (no Open States id) are left alone. All of it runs in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from endqi.legislation.models import State, ensure_states
from endqi.officials import geo
from endqi.officials.importers.records import (
    ImportSourceError,
    PeopleSource,
    PersonRecord,
    RoleRecord,
)
from endqi.officials.models import ImportRun, Person, Role, Vacancy
from endqi.officials.vocabulary import LEGISLATIVE_CHAMBERS

# Plain fields compared one by one (``state``, ``current`` and ``roles`` handled apart).
SIMPLE_FIELDS = (
    "name",
    "given_name",
    "family_name",
    "party",
    "email",
    "phone",
    "image_url",
    "offices",
    "links",
)


@dataclass(slots=True)
class SyncReport:
    """What an import changed."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    marked_former: int = 0
    current: int = 0
    roles_written: int = 0
    vacancies_created: int = 0
    vacancies_updated: int = 0
    vacancies_deleted: int = 0
    kept_overrides: int = 0
    per_state: dict[str, dict[str, int]] = field(default_factory=dict)
    import_run: ImportRun | None = None

    @property
    def changed(self) -> bool:
        """True when anything was written."""
        return bool(
            self.created
            or self.updated
            or self.marked_former
            or self.vacancies_created
            or self.vacancies_updated
            or self.vacancies_deleted
        )


def sync_people(source: PeopleSource) -> SyncReport:
    """Bring the database in line with ``source`` for the states it covers."""
    started = timezone.now()
    ensure_states()
    states = {state.abbr: state for state in State.objects.all()}
    _check_source(source, states)
    report = SyncReport()
    as_of = source.snapshot.as_of
    with transaction.atomic():
        ids = [record.openstates_id for record in source.people]
        existing = {
            person.openstates_id: person for person in Person.objects.filter(openstates_id__in=ids)
        }
        stored_roles = _roles_by_person([p.pk for p in existing.values()])
        to_create: list[tuple[Person, PersonRecord]] = []
        to_update: dict[int, Person] = {}
        update_fields: set[str] = set()
        roles_to_replace: list[tuple[Person, PersonRecord]] = []
        for record in source.people:
            values = _person_values(record, source, states)
            person = existing.get(record.openstates_id)
            if person is None:
                to_create.append((Person(openstates_id=record.openstates_id, **values), record))
                continue
            changed = [
                name
                for name, value in values.items()
                if not person.is_locked(_lock_name(name)) and getattr(person, name) != value
            ]
            if any(person.is_locked(_lock_name(name)) for name in values):
                report.kept_overrides += 1
            roles_changed = not person.is_locked("roles") and stored_roles.get(
                person.pk, []
            ) != _role_keys(record.roles, as_of)
            if "current" in changed and not values["current"]:
                report.marked_former += 1
            for name in changed:
                setattr(person, name, values[name])
            update_fields.update(changed)
            if changed or roles_changed:
                to_update[person.pk] = person
                report.updated += 1
            else:
                report.unchanged += 1
            if roles_changed:
                roles_to_replace.append((person, record))
        # Create new people and their roles.
        if to_create:
            Person.objects.bulk_create([person for person, _ in to_create], batch_size=500)
            report.created = len(to_create)
            roles_to_replace.extend(to_create)
        if update_fields:
            Person.objects.bulk_update(
                list(to_update.values()), sorted(update_fields), batch_size=500
            )
        report.roles_written = _replace_roles(roles_to_replace, states, as_of)
        report.marked_former += _mark_former(source, set(ids))
        _sync_vacancies(source, states, report)
        report.current = Person.objects.filter(state__abbr__in=source.states, current=True).count()
        report.per_state = _per_state_counts(source.states)
        if report.changed:
            report.import_run = ImportRun.objects.create(
                kind=source.kind,
                source=source.location[:500],
                commit=source.snapshot.commit,
                as_of=as_of,
                states=" ".join(source.states)[:400],
                created=report.created,
                updated=report.updated,
                unchanged=report.unchanged,
                marked_former=report.marked_former,
                counts={
                    "people": len(source.people),
                    "current": report.current,
                    "roles_written": report.roles_written,
                    "vacancies": len(source.vacancies),
                    "per_state": report.per_state,
                    "skipped": source.skipped,
                },
                started_at=started,
                finished_at=timezone.now(),
            )
    geo.clear_cache()
    return report


def _check_source(source: PeopleSource, states: dict[str, State]) -> None:
    found = {r.state for r in source.people} | {v.state for v in source.vacancies}
    unknown = sorted(abbr for abbr in found if abbr not in states)
    if unknown:
        raise ImportSourceError(f"Unknown state(s) in the source: {', '.join(unknown)}.")
    seen: set[str] = set()
    for record in source.people:
        # A role in a jurisdiction without a State row (territories) cannot be stored.
        foreign = [role for role in record.roles if role.state not in states]
        if foreign:
            record.roles = [role for role in record.roles if role.state in states]
            source.skipped.append(
                f"{record.openstates_id}: {len(foreign)} role(s) outside the states"
            )
        if record.openstates_id in seen:
            raise ImportSourceError(f"Person {record.openstates_id} appears twice in the source.")
        seen.add(record.openstates_id)


def _lock_name(field_name: str) -> str:
    return "state" if field_name == "state_id" else field_name


def _fit(value: str, field_name: str) -> str:
    """Cut a string to the column's size (PostgreSQL refuses longer values)."""
    limit = Person._meta.get_field(field_name).max_length
    return value[:limit] if limit else value


def _person_values(record: PersonRecord, source: PeopleSource, states: dict[str, State]) -> dict:
    image_limit = Person._meta.get_field("image_url").max_length
    values = {name: getattr(record, name) for name in SIMPLE_FIELDS}
    for name in ("name", "given_name", "family_name", "party", "email", "phone"):
        values[name] = _fit(values[name], name)
    # A cut URL would be a broken link: leave it out instead.
    if len(values["image_url"]) > image_limit:
        values["image_url"] = ""
    values["state_id"] = states[record.state].pk
    values["current"] = record.is_current(source.snapshot.as_of)
    values["source_commit"] = source.snapshot.commit
    values["source_date"] = source.snapshot.as_of
    return values


def _role_keys(roles: list[RoleRecord], as_of) -> list[tuple]:
    """Comparable, ordered form of a person's roles (same shape as ``_roles_by_person``)."""
    return sorted(
        (
            (
                role.state,
                role.chamber,
                role.role_type[:60],
                role.district[:100],
                role.start_date,
                role.end_date,
                role.end_reason[:200],
                role.is_current(as_of),
            )
            for role in roles
        ),
        key=repr,
    )


def _roles_by_person(person_ids: list[int]) -> dict[int, list[tuple]]:
    grouped: dict[int, list[tuple]] = defaultdict(list)
    rows = Role.objects.filter(person_id__in=person_ids).values_list(
        "person_id",
        "state__abbr",
        "chamber",
        "role_type",
        "district",
        "start_date",
        "end_date",
        "end_reason",
        "current",
    )
    for person_id, *key in rows:
        grouped[person_id].append(tuple(key))
    return {person_id: sorted(keys, key=repr) for person_id, keys in grouped.items()}


def _replace_roles(
    pairs: list[tuple[Person, PersonRecord]], states: dict[str, State], as_of
) -> int:
    if not pairs:
        return 0
    Role.objects.filter(person_id__in=[person.pk for person, _ in pairs]).delete()
    roles = [
        Role(
            person=person,
            state=states[role.state],
            chamber=role.chamber,
            role_type=role.role_type[:60],
            district=role.district[:100],
            start_date=role.start_date,
            end_date=role.end_date,
            end_reason=role.end_reason[:200],
            current=role.is_current(as_of),
        )
        for person, record in pairs
        for role in record.roles
    ]
    Role.objects.bulk_create(roles, batch_size=1000)
    return len(roles)


def _mark_former(source: PeopleSource, seen_ids: set[str]) -> int:
    """People of the imported states that the source no longer lists become former."""
    leavers = [
        person
        for person in Person.objects.filter(
            state__abbr__in=source.states, current=True, openstates_id__isnull=False
        ).exclude(openstates_id__in=seen_ids)
        if not person.is_locked("current")
    ]
    for person in leavers:
        person.current = False
    Person.objects.bulk_update(leavers, ["current"], batch_size=500)
    unlocked_roles = [p.pk for p in leavers if not p.is_locked("roles")]
    Role.objects.filter(person_id__in=unlocked_roles, current=True).update(current=False)
    return len(leavers)


def _sync_vacancies(source: PeopleSource, states: dict[str, State], report: SyncReport) -> None:
    wanted = {
        (v.state, v.chamber, v.district): v.vacant_until
        for v in source.vacancies
        if v.chamber in LEGISLATIVE_CHAMBERS
    }
    stored = {
        (v.state.abbr, v.chamber, v.district): v
        for v in Vacancy.objects.filter(state__abbr__in=source.states).select_related("state")
    }
    gone = [vacancy.pk for key, vacancy in stored.items() if key not in wanted]
    if gone:
        Vacancy.objects.filter(pk__in=gone).delete()
        report.vacancies_deleted = len(gone)
    for key, until in wanted.items():
        vacancy = stored.get(key)
        if vacancy is None:
            Vacancy.objects.create(
                state=states[key[0]], chamber=key[1], district=key[2][:100], vacant_until=until
            )
            report.vacancies_created += 1
        elif vacancy.vacant_until != until:
            vacancy.vacant_until = until
            vacancy.save(update_fields=["vacant_until"])
            report.vacancies_updated += 1


def _per_state_counts(states: list[str]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {abbr: defaultdict(int) for abbr in states}
    rows = Role.objects.filter(
        state__abbr__in=states, current=True, person__current=True
    ).values_list("state__abbr", "chamber")
    for abbr, chamber in rows:
        counts.setdefault(abbr, defaultdict(int))[chamber] += 1
    for abbr, total in Vacancy.objects.filter(state__abbr__in=states).values_list(
        "state__abbr", "chamber"
    ):
        counts.setdefault(abbr, defaultdict(int))[f"vacant_{total}"] += 1
    return {abbr: dict(values) for abbr, values in counts.items()}
