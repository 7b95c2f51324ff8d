"""Fetch the upstream people repository as an archive (.zip or .tar.gz) and unpack it.

Only the files the importer reads are extracted (``data/<state>/{legislature,executive}``
and ``settings.yml``), with path checks. The commit id comes from the archive
(GitHub writes it as the zip comment and the tar ``pax`` comment) and the snapshot
date from the members' timestamps, which ``git archive`` sets to the commit time.
"""

from __future__ import annotations

import datetime
import re
import tarfile
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from endqi.officials.importers.records import ImportSourceError
from endqi.officials.vocabulary import REMOTE_TIMEOUT_SECONDS

MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024  # the whole upstream repository is far smaller
_WANTED = re.compile(
    r"^(?:[^/]+/)?(?:data/[a-z]{2}/(?:legislature|executive)/[^/]+\.yml|settings\.yml)$"
)
_COMMIT = re.compile(r"^[0-9a-f]{40}$")
ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz")


@dataclass(frozen=True, slots=True)
class UnpackedArchive:
    """Where an archive was unpacked and what it said about its snapshot."""

    folder: Path
    commit: str
    as_of: datetime.date | None


def is_url(source: str) -> bool:
    """True for http(s) URLs."""
    return source.startswith(("http://", "https://"))


def is_archive(source: str) -> bool:
    """True for a .zip/.tar.gz path or URL."""
    return source.lower().split("?", 1)[0].endswith(ARCHIVE_SUFFIXES)


def download(url: str, folder: Path) -> Path:
    """Download ``url`` into ``folder`` (timeout, size limit); ``ImportSourceError`` on failure."""
    name = "people.zip" if ".zip" in url.lower() else "people.tar.gz"
    target = folder / name
    request = urllib.request.Request(url, headers={"User-Agent": "endqi-import"})
    try:
        with (
            urllib.request.urlopen(request, timeout=REMOTE_TIMEOUT_SECONDS) as response,
            target.open("wb") as out,
        ):
            total = 0
            while chunk := response.read(1024 * 1024):
                total += len(chunk)
                if total > MAX_ARCHIVE_BYTES:
                    raise ImportSourceError(f"{url} is larger than {MAX_ARCHIVE_BYTES} bytes.")
                out.write(chunk)
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ImportSourceError(f"could not download {url}: {reason}") from None
    return target


def unpack(archive: Path, folder: Path) -> UnpackedArchive:
    """Extract the importer's files from a zip or tar.gz archive into ``folder``."""
    lower = archive.name.lower()
    try:
        if lower.endswith(".zip") or zipfile.is_zipfile(archive):
            return _unpack_zip(archive, folder)
        return _unpack_tar(archive, folder)
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as error:
        raise ImportSourceError(f"{archive.name} is not a readable archive ({error}).") from None


def _safe_target(folder: Path, name: str) -> Path | None:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not _WANTED.match(name):
        return None
    return folder.joinpath(*path.parts)


def _unpack_zip(archive: Path, folder: Path) -> UnpackedArchive:
    newest: datetime.datetime | None = None
    with zipfile.ZipFile(archive) as bundle:
        comment = bundle.comment.decode("ascii", "replace").strip()
        for info in bundle.infolist():
            target = _safe_target(folder, info.filename)
            if target is None or info.is_dir():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(bundle.read(info))
            stamp = datetime.datetime(*info.date_time)
            newest = max(newest, stamp) if newest else stamp
    return UnpackedArchive(
        folder, comment if _COMMIT.match(comment) else "", newest.date() if newest else None
    )


def _unpack_tar(archive: Path, folder: Path) -> UnpackedArchive:
    newest = 0.0
    with tarfile.open(archive, "r:*") as bundle:
        for member in bundle:
            if not member.isfile():
                continue
            target = _safe_target(folder, member.name)
            if target is None:
                continue
            source = bundle.extractfile(member)
            if source is None:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read())
            newest = max(newest, float(member.mtime))
        # The pax global header (git archive's commit id) is read with the first member.
        comment = str(bundle.pax_headers.get("comment", "")).strip()
    as_of = datetime.datetime.fromtimestamp(newest, tz=datetime.UTC).date() if newest else None
    return UnpackedArchive(folder, comment if _COMMIT.match(comment) else "", as_of)


def temporary_folder() -> tempfile.TemporaryDirectory:
    """A temporary folder removed after the import."""
    return tempfile.TemporaryDirectory(prefix="endqi-people-")
