"""The cache folder: atomic writes, and older versions' compiled forms removed."""

from __future__ import annotations

import os
from pathlib import Path

from endqi import cache


def _touch(path: Path, age_seconds: float, now: float) -> None:
    path.write_bytes(b"x")
    os.utime(path, (now - age_seconds, now - age_seconds))


def test_writing_a_compiled_form_removes_stale_versions_of_the_same_kind(tmp_path: Path) -> None:
    now = 1_800_000_000.0
    _touch(tmp_path / "gate-old.hsdb", cache.STALE_SECONDS + 60, now)
    _touch(tmp_path / "gate-fresh.hsdb", 60, now)  # another checkout using it today
    _touch(tmp_path / "gate2-old.hsdb", cache.STALE_SECONDS + 60, now)  # another kind
    _touch(tmp_path / "regex-old.marshal", cache.STALE_SECONDS + 60, now)  # another kind
    target = tmp_path / "gate-new.hsdb"
    target.write_bytes(b"new")

    removed = cache.prune_other_versions(str(target), now=now)

    assert removed == ["gate-old.hsdb"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gate-fresh.hsdb",
        "gate-new.hsdb",
        "gate2-old.hsdb",
        "regex-old.marshal",
    ]


def test_write_atomically_writes_and_prunes(tmp_path: Path) -> None:
    stale = tmp_path / "needles-old.hsdb"
    stale.write_bytes(b"x")
    os.utime(stale, (0, 0))
    target = tmp_path / "needles-new.hsdb"

    cache.write_atomically(str(target), b"data")

    assert target.read_bytes() == b"data"
    assert not stale.exists()
    assert not list(tmp_path.glob("*.tmp"))


def test_a_name_without_a_version_prunes_nothing(tmp_path: Path) -> None:
    other = tmp_path / "plain.bin"
    other.write_bytes(b"x")
    os.utime(other, (0, 0))
    assert cache.prune_other_versions(str(tmp_path / "single.bin")) == []
    assert other.exists()
