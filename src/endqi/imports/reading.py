"""Read an input file into records, each with the line it starts on (pure, no Django).

A file that is missing, a folder, too large (:mod:`endqi.files`, the one limited
read) or not UTF-8 is refused with one sentence naming it, before any parsing.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from endqi import files
from endqi.imports.result import FileRefused, Location


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One record of an input file and where it starts."""

    location: Location
    values: Any

    @property
    def line(self) -> int | None:
        """The line the record starts on (``None`` for records found by key)."""
        return self.location.line


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; :class:`FileRefused` when missing, a folder or over ``max_bytes``.

    The reading itself is :func:`endqi.files.read_limited`, the one limited read.
    """
    try:
        return files.read_limited(path, max_bytes)
    except files.FileUnreadable as error:
        raise FileRefused(Location(str(path)), error.reason) from None


def decode_text(data: bytes, path: Path | str) -> str:
    """UTF-8 text (a byte-order mark is dropped); :class:`FileRefused` otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRefused(Location(str(path)), f"not UTF-8 text (byte {error.start})") from None


def parse_json(text: str, path: Path | str) -> Any:
    """The JSON value of ``text``; :class:`FileRefused` with the line and column when invalid."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FileRefused(
            Location(str(path), line=error.lineno),
            f"not valid JSON (column {error.colno}: {error.msg})",
        ) from None


def json_array_records(text: str, path: Path | str, what: str = "record") -> list[SourceRecord]:
    """A JSON array of objects, each remembered with the line its ``{`` is on."""
    file = str(path)
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if position >= len(text) or text[position] != "[":
        raise FileRefused(Location(file), f"the JSON file must be an array of {what} objects")
    position = _skip_space(text, position + 1)
    records: list[SourceRecord] = []
    if position < len(text) and text[position] == "]":
        return records
    while True:
        line = text.count("\n", 0, position) + 1
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise FileRefused(
                Location(file, line=error.lineno), f"not valid JSON ({error.msg})"
            ) from None
        if not isinstance(value, dict):
            raise FileRefused(Location(file, line=line), f"each item must be a {what} object")
        records.append(SourceRecord(Location(file, line=line), value))
        position = _skip_space(text, position)
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
            continue
        if position < len(text) and text[position] == "]":
            if _skip_space(text, position + 1) != len(text):
                raise FileRefused(Location(file), "unexpected text after the JSON array")
            return records
        line = text.count("\n", 0, position) + 1
        raise FileRefused(Location(file, line=line), "not valid JSON (expected ',' or ']')")


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


# A row with more values than the header has columns keeps them under this key.
EXTRA_VALUES = "__extra__"


def csv_records(text: str, path: Path | str) -> Iterator[SourceRecord]:
    """CSV rows as dicts by header, each with the line it starts on (quoted newlines counted)."""
    file = str(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise FileRefused(Location(file), "the CSV file has no header row")
    previous_end = reader.line_num  # the header's last line
    try:
        for row in reader:
            values = dict(row)
            if None in values:
                values[EXTRA_VALUES] = values.pop(None)
            yield SourceRecord(Location(file, line=previous_end + 1), values)
            previous_end = reader.line_num
    except csv.Error as error:
        raise FileRefused(Location(file, line=reader.line_num), str(error)) from None


def files_in(folder: Path) -> list[Path]:
    """Every regular file under ``folder``, sorted, leaving out hidden files and folders."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
