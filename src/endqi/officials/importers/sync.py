"""Write a ``PeopleSource`` to the database: idempotent, staff overrides kept, leavers marked.

Every value is compared with what is stored before anything is written, so running
the same source twice writes nothing the second time. People of the imported states
who are missing from the source (or hold no current role on the snapshot date) are
marked former, never deleted. Fields listed in ``Person.locked_fields`` and people
added by staff (no Open States id) are left alone. All of it runs in one transaction.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Collection, Sequence

from django.db import transaction
from django.utils import timezone

from endqi.imports import ImportResult, Location, Outcome, ResultBuilder
from endqi.imports.database import ItemResult, ModelImporter, import_records
from endqi.imports.reading import SourceRecord
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
# Every field an import writes on a person (the ones staff can lock).
PERSON_FIELDS = (*SIMPLE_FIELDS, "state_id", "current", "source_commit", "source_date")


class PeopleImporter(ModelImporter[PersonRecord, Person]):
    """People by Open States id for :func:`import_records`; writes are collected, then bulk.

    A full national import is thousands of people, so :meth:`save` only collects
    what :func:`import_item` decided, and :meth:`finish` writes it in a few bulk
    queries, replaces changed roles, marks leavers former and syncs vacancies.
    """

    model = Person
    name_field = "id"

    def __init__(self, source: PeopleSource, states: dict[str, State]) -> None:
        self.source = source
        self.states = states
        self.as_of = source.snapshot.as_of
        self.existing: dict[str, Person] = {}
        self.stored_roles: dict[int, list[tuple]] = {}
        self.to_create: list[Person] = []
        self.to_update: dict[int, Person] = {}
        self.update_fields: set[str] = set()
        self.roles_to_replace: list[tuple[Person, PersonRecord]] = []
        self.kept_overrides = 0

    def parse(self, record: SourceRecord) -> PersonRecord:
        """Readers already built the record."""
        return record.values

    def name(self, item: PersonRecord) -> str:
        """The Open States person id."""
        return item.openstates_id

    def begin(self, items: Sequence[PersonRecord]) -> None:
        """Fetch every stored person of the source, and their roles, in two queries."""
        ids = [record.openstates_id for record in items]
        self.existing = {
            person.openstates_id: person for person in Person.objects.filter(openstates_id__in=ids)
        }
        self.stored_roles = _roles_by_person([p.pk for p in self.existing.values()])

    def find(self, item: PersonRecord, location: Location) -> Person | None:
        """The stored person with this Open States id."""
        return self.existing.get(item.openstates_id)

    def values(self, item: PersonRecord, obj: Person | None, location: Location) -> dict:
        """The person's fields as the source gives them on the snapshot date."""
        return _person_values(item, self.source, self.states)

    def locked(self, obj: Person) -> Collection[str]:
        """Fields staff overrode (all of them for people staff added)."""
        return {name for name in PERSON_FIELDS if obj.is_locked(_lock_name(name))}

    def new(self, item: PersonRecord, values: dict) -> Person:
        """A new person with the Open States id."""
        return Person(openstates_id=item.openstates_id, **values)

    def check(self, obj: Person, location: Location) -> None:
        """Nothing to check: ``_person_values`` already fits every value to its column."""

    def save(self, obj: Person, fields: tuple[str, ...] | None) -> None:
        """Collect the write for :meth:`finish`."""
        if fields is None:
            self.to_create.append(obj)
        else:
            self.to_update[obj.pk] = obj
            self.update_fields.update(fields)

    def write_related(
        self, obj: Person, item: PersonRecord, location: Location, *, created: bool
    ) -> list[str]:
        """Roles are replaced in :meth:`finish` when they differ (and staff did not lock them)."""
        if created:
            self.roles_to_replace.append((obj, item))
            return []
        if self.locked(obj):
            self.kept_overrides += 1
        roles_changed = not obj.is_locked("roles") and self.stored_roles.get(
            obj.pk, []
        ) != _role_keys(item.roles, self.as_of)
        if not roles_changed:
            return []
        self.roles_to_replace.append((obj, item))
        return ["roles"]

    def finish(
        self, imported: list[ItemResult[PersonRecord, Person]], result: ResultBuilder
    ) -> None:
        """Bulk writes, leavers, vacancies, counts."""
        Person.objects.bulk_create(self.to_create, batch_size=500)
        if self.update_fields:
            Person.objects.bulk_update(
                list(self.to_update.values()), sorted(self.update_fields), batch_size=500
            )
        result.count(
            "roles_written", _replace_roles(self.roles_to_replace, self.states, self.as_of)
        )
        result.count(
            "marked_former",
            sum("current" in done.changes and not done.obj.current for done in imported),
        )
        seen = {done.item.openstates_id for done in imported}
        for person_id in _mark_former(self.source, seen):
            result.add(Outcome.REMOVED, person_id)
            result.count("marked_former")
        _sync_vacancies(self.source, self.states, result)
        result.count("kept_overrides", self.kept_overrides)
        result.count(
            "current",
            Person.objects.filter(state__abbr__in=self.source.states, current=True).count(),
        )


def sync_people(source: PeopleSource) -> ImportResult:
    """Bring the database in line with ``source`` for the states it covers (one transaction).

    The result's ``counts`` hold ``marked_former``, ``current``, ``roles_written``,
    ``kept_overrides`` and ``vacancies_created/updated/deleted``; ``removed`` lists
    the people the source no longer lists (marked former, never deleted).
    """
    started = timezone.now()
    ensure_states()
    states = {state.abbr: state for state in State.objects.all()}
    _check_source(source, states)
    records = [
        SourceRecord(Location(person.where or source.location), person) for person in source.people
    ]
    with transaction.atomic():
        result = import_records(PeopleImporter(source, states), records, source=source.location)
        if result.errors:
            raise ImportSourceError(str(result.errors[0]))
        if result.changed or any(result.counts.get(name) for name in VACANCY_COUNTS):
            _record_run(source, result, started)
    geo.clear_cache()
    return result


VACANCY_COUNTS = ("vacancies_created", "vacancies_updated", "vacancies_deleted")


def _record_run(source: PeopleSource, result: ImportResult, started: datetime.datetime) -> None:
    """An ``ImportRun`` row saying what this import changed."""
    ImportRun.objects.create(
        kind=source.kind,
        source=source.location[:500],
        commit=source.snapshot.commit,
        as_of=source.snapshot.as_of,
        states=" ".join(source.states)[:400],
        created=len(result.created),
        updated=len(result.updated),
        unchanged=len(result.unchanged),
        marked_former=result.counts.get("marked_former", 0),
        counts={
            "people": len(source.people),
            "current": result.counts.get("current", 0),
            "roles_written": result.counts.get("roles_written", 0),
            "vacancies": len(source.vacancies),
            "per_state": _per_state_counts(source.states),
            "skipped": source.skipped,
        },
        started_at=started,
        finished_at=timezone.now(),
    )


def _check_source(source: PeopleSource, states: dict[str, State]) -> None:
    found = {r.state for r in source.people} | {v.state for v in source.vacancies}
    unknown = sorted(abbr for abbr in found if abbr not in states)
    if unknown:
        raise ImportSourceError(f"Unknown state(s) in the source: {', '.join(unknown)}.")
    for record in source.people:
        # A role in a jurisdiction without a State row (territories) cannot be stored.
        foreign = [role for role in record.roles if role.state not in states]
        if foreign:
            record.roles = [role for role in record.roles if role.state in states]
            source.skipped.append(
                f"{record.openstates_id}: {len(foreign)} role(s) outside the states"
            )


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


def _mark_former(source: PeopleSource, seen_ids: set[str]) -> list[str]:
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
    return [person.openstates_id for person in leavers]


def _sync_vacancies(source: PeopleSource, states: dict[str, State], result: ResultBuilder) -> None:
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
        result.count("vacancies_deleted", len(gone))
    for key, until in wanted.items():
        vacancy = stored.get(key)
        if vacancy is None:
            Vacancy.objects.create(
                state=states[key[0]], chamber=key[1], district=key[2][:100], vacant_until=until
            )
            result.count("vacancies_created")
        elif vacancy.vacant_until != until:
            vacancy.vacant_until = until
            vacancy.save(update_fields=["vacant_until"])
            result.count("vacancies_updated")


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
