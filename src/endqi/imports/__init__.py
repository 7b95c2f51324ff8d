"""One way in for every import: read → validate each record at its location → diff → write.

The pure part (``result``, ``dates``, ``reading``, ``diff``) never imports Django;
:mod:`endqi.imports.database` is the one generic writer (``import_item`` and
``import_records``) that every importer of the project runs through, in the
shape of openstates-core's importers: each record is compared with what is
stored, only changed fields are written, and one file is one transaction.
"""

from endqi.imports.dates import PartialDate, parse_date, parse_partial_date
from endqi.imports.diff import changed_fields
from endqi.imports.result import (
    FileRefused,
    ImportProblem,
    ImportResult,
    Location,
    Outcome,
    RecordError,
    ResultBuilder,
)

__all__ = [
    "FileRefused",
    "ImportProblem",
    "ImportResult",
    "Location",
    "Outcome",
    "PartialDate",
    "RecordError",
    "ResultBuilder",
    "changed_fields",
    "parse_date",
    "parse_partial_date",
]
