"""Where a record came from, what can go wrong with it, and what an import did.

Every error names its location (file, line or JSON key, and the record's own
name when it has one), so an operator can open the file at the right place.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Location:
    """A place in an input file: the file, and a line or a JSON key inside it.

    ``record`` is what the record calls itself (a slug, a bill id) so that
    messages read "line 5 (collie-v-barron)" rather than a bare number.
    """

    file: str
    line: int | None = None
    key: str = ""
    record: str = ""

    def at(self, key: str | int) -> Location:
        """The location of a field or item inside this one (``texts[0].date``)."""
        part = f"[{key}]" if isinstance(key, int) else str(key)
        if not self.key:
            joined = part.lstrip(".")
        elif isinstance(key, int):
            joined = self.key + part
        else:
            joined = f"{self.key}.{part}"
        return Location(self.file, self.line, joined, self.record)

    def named(self, record: str) -> Location:
        """The same place, naming the record found there."""
        return Location(self.file, self.line, self.key, record)

    def within_file(self) -> str:
        """The place inside the file: "line 5 (slug)", "key bill.texts[0].date" or ""."""
        parts = []
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.key:
            parts.append(f"key {self.key}")
        where = ", ".join(parts)
        if self.record:
            where = f"{where} ({self.record})" if where else f"({self.record})"
        return where

    def __str__(self) -> str:
        inside = self.within_file()
        return f"{self.file}, {inside}" if inside else self.file


class ImportProblem(Exception):
    """Base of every import error: one sentence for the operator, with its location."""

    def __init__(self, location: Location, *messages: str) -> None:
        self.location = location
        self.messages: tuple[str, ...] = tuple(messages) or ("cannot be imported",)
        super().__init__(str(self))

    def within_file(self) -> str:
        """The message with the place inside the file but not the file's name."""
        inside = self.location.within_file()
        text = "; ".join(self.messages)
        return f"{inside}: {text}" if inside else text

    def __str__(self) -> str:
        return f"{self.location}: {'; '.join(self.messages)}"


class FileRefused(ImportProblem):
    """The file as a whole cannot be imported (unreadable, wrong shape, too large)."""


class RecordError(ImportProblem):
    """One record of the file is invalid; its location says which."""


class Outcome(enum.StrEnum):
    """What importing one record did."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did (or, with errors or a dry run, would have done).

    Record names per outcome, the changed fields of each updated record, every
    invalid record with its location, importer-specific tallies (``counts``), and
    whether anything was written (nothing is when any record has an error).
    """

    source: str = ""
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    errors: tuple[RecordError, ...] = ()
    changes: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    counts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    written: bool = False

    @property
    def ok(self) -> bool:
        """Whether every record was valid."""
        return not self.errors

    @property
    def changed(self) -> bool:
        """Whether the import created, updated or removed anything."""
        return bool(self.created or self.updated or self.removed)

    def outcome_of(self, name: str) -> Outcome | None:
        """What happened to the record called ``name``."""
        for outcome in Outcome:
            if name in getattr(self, outcome.value):
                return outcome
        return None

    def summary(self) -> str:
        """ "created 2, updated 1, unchanged 19" (and "removed N" when any were)."""
        text = (
            f"created {len(self.created)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}"
        )
        return f"{text}, removed {len(self.removed)}" if self.removed else text


class ResultBuilder:
    """Collects outcomes while an import runs; :meth:`build` freezes them."""

    def __init__(self, source: str = "") -> None:
        self.source = source
        self._names: dict[Outcome, list[str]] = {outcome: [] for outcome in Outcome}
        self._changes: dict[str, tuple[str, ...]] = {}
        self._counts: dict[str, int] = {}
        self.errors: list[RecordError] = []

    def add(self, outcome: Outcome, name: str, changes: tuple[str, ...] | list[str] = ()) -> None:
        """Record what happened to one record (and, for an update, what changed)."""
        self._names[outcome].append(name)
        if changes:
            self._changes[name] = tuple(changes)

    def error(self, error: RecordError) -> None:
        """Record an invalid record."""
        self.errors.append(error)

    def count(self, name: str, amount: int = 1) -> None:
        """Add to an importer-specific tally (roles written, vacancies deleted...)."""
        self._counts[name] = self._counts.get(name, 0) + amount

    def build(self, *, written: bool) -> ImportResult:
        """The frozen result."""
        return ImportResult(
            source=self.source,
            created=tuple(self._names[Outcome.CREATED]),
            updated=tuple(self._names[Outcome.UPDATED]),
            unchanged=tuple(self._names[Outcome.UNCHANGED]),
            removed=tuple(self._names[Outcome.REMOVED]),
            errors=tuple(self.errors),
            changes=MappingProxyType(dict(self._changes)),
            counts=MappingProxyType(dict(self._counts)),
            written=written and not self.errors,
        )
