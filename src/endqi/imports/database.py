"""The one generic writer: :func:`import_item` for a record, :func:`import_records` for a file.

An importer describes one kind of record by subclassing :class:`ModelImporter`
(how to parse a source record, find the stored object, the field values wanted,
which fields staff have locked, related rows). The writer does the rest the
same way for every importer, after openstates-core: compare, write only the
fields that changed, report created/updated/unchanged/removed, and run one file
in one transaction that is rolled back when any record has an error.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction

from endqi.imports.diff import changed_fields
from endqi.imports.reading import SourceRecord
from endqi.imports.result import (
    ImportResult,
    Location,
    Outcome,
    RecordError,
    ResultBuilder,
)

Item = TypeVar("Item")
M = TypeVar("M", bound=models.Model)


@dataclass(frozen=True, slots=True)
class ItemResult(Generic[Item, M]):
    """What :func:`import_item` did to one record."""

    outcome: Outcome
    obj: M
    item: Item
    location: Location
    changes: tuple[str, ...] = ()


class ModelImporter(Generic[Item, M]):
    """How one kind of record is read and stored; override what differs from the defaults."""

    model: type[M]
    # The source field that names a record; duplicates in one file are errors on it.
    name_field = "id"

    def parse(self, record: SourceRecord) -> Item:
        """Validate one source record into an item; :class:`RecordError` at its location."""
        return record.values

    def name(self, item: Item) -> str:
        """What the record calls itself (slug, id): used in reports and duplicate checks."""
        raise NotImplementedError

    def begin(self, items: Sequence[Item]) -> None:
        """Called once with every valid item before any is imported (to fetch in bulk)."""

    def find(self, item: Item, location: Location) -> M | None:
        """The stored object this item updates, or ``None`` for a new one."""
        raise NotImplementedError

    def values(self, item: Item, obj: M | None, location: Location) -> dict[str, Any]:
        """The model field values the item wants (``obj`` is the stored object, if any)."""
        raise NotImplementedError

    def locked(self, obj: M) -> Collection[str]:
        """Fields staff have overridden on ``obj``: imports never write them."""
        return ()

    def new(self, item: Item, values: dict[str, Any]) -> M:
        """An unsaved object for a new item."""
        return self.model(**values)

    def check(self, obj: M, location: Location) -> None:
        """Model validation; its messages become one :class:`RecordError` at ``location``."""
        try:
            obj.full_clean(validate_unique=False)
        except ValidationError as error:
            raise RecordError(location, *validation_messages(error)) from None

    def save(self, obj: M, fields: tuple[str, ...] | None) -> None:
        """Write ``obj``: insert when ``fields`` is ``None``, else update only ``fields``."""
        if fields is None:
            obj.save()
        else:
            obj.save(update_fields=list(fields))

    def write_related(self, obj: M, item: Item, location: Location, *, created: bool) -> list[str]:
        """Bring related rows in line (status steps, texts, roles); say what changed."""
        return []

    def finish(self, imported: list[ItemResult[Item, M]], result: ResultBuilder) -> None:
        """After every item: bulk writes, records the source no longer lists (``removed``)."""


def validation_messages(error: ValidationError, columns: dict[str, str] | None = None) -> list[str]:
    """``field: message`` for each message of a model ``ValidationError``."""
    if not hasattr(error, "error_dict"):
        return list(error.messages)
    messages = []
    for name, texts in error.message_dict.items():
        column = (columns or {}).get(name, name)
        prefix = "" if name == "__all__" else f"{column}: "
        messages.extend(f"{prefix}{text}" for text in texts)
    return messages


def import_item(
    importer: ModelImporter[Item, M], item: Item, location: Location
) -> ItemResult[Item, M]:
    """Create or update one item's object, writing only the fields that changed."""
    obj = importer.find(item, location)
    values = importer.values(item, obj, location)
    created = obj is None
    changes: tuple[str, ...] = ()
    if obj is None:
        obj = importer.new(item, values)
        importer.check(obj, location)
        importer.save(obj, None)
    else:
        current = obj
        changes = changed_fields(
            lambda name: getattr(current, name), values, importer.locked(current)
        )
        if changes:
            for name in changes:
                setattr(obj, name, values[name])
            importer.check(obj, location)
            importer.save(obj, changes)
    changes += tuple(importer.write_related(obj, item, location, created=created))
    outcome = Outcome.CREATED if created else Outcome.UPDATED if changes else Outcome.UNCHANGED
    return ItemResult(outcome, obj, item, location, changes)


def import_records(
    importer: ModelImporter[Item, M],
    records: Iterable[SourceRecord],
    *,
    source: str = "",
    dry_run: bool = False,
) -> ImportResult:
    """Import one file's records in one transaction: all of them, or nothing if any is bad.

    Every record is validated at its location (and checked for a duplicate name);
    with any error, or with ``dry_run``, the transaction is rolled back and the
    result says what would have happened.
    """
    result = ResultBuilder(source)
    parsed: list[tuple[Location, Item]] = []
    first_seen: dict[str, Location] = {}
    for record in records:
        try:
            item = importer.parse(record)
            name = importer.name(item)
            location = record.location if record.location.record else record.location.named(name)
            if name in first_seen:
                raise RecordError(
                    location,
                    f"{importer.name_field}: duplicate of {_place(first_seen[name])}",
                )
            first_seen[name] = location
        except RecordError as error:
            result.error(error)
            continue
        parsed.append((location, item))
    with transaction.atomic():
        importer.begin([item for _, item in parsed])
        imported: list[ItemResult[Item, M]] = []
        for location, item in parsed:
            try:
                done = import_item(importer, item, location)
            except RecordError as error:
                result.error(error)
                continue
            result.add(done.outcome, importer.name(item), done.changes)
            imported.append(done)
        if not result.errors:
            importer.finish(imported, result)
        if result.errors or dry_run:
            transaction.set_rollback(True)
    return result.build(written=not dry_run)


def _place(location: Location) -> str:
    """ "line 3" or "key results[0]" of an earlier record."""
    if location.line is not None:
        return f"line {location.line}"
    return f"key {location.key}" if location.key else location.file
