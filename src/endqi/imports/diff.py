"""Which fields of a stored record differ from the values an import wants."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any


def changed_fields(
    current: Mapping[str, Any] | Callable[[str], Any],
    wanted: Mapping[str, Any],
    locked: Collection[str] = (),
) -> tuple[str, ...]:
    """Names in ``wanted`` whose value differs from ``current``, leaving ``locked`` ones alone.

    ``current`` is a mapping or a getter (``lambda name: getattr(obj, name)``);
    ``locked`` holds the fields staff have overridden, which an import never writes.
    """
    get = current.__getitem__ if isinstance(current, Mapping) else current
    return tuple(
        name for name, value in wanted.items() if name not in locked and get(name) != value
    )
