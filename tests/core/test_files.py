"""The one limited read (endqi.files) and the one size text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from endqi.files import FileUnreadable, format_size, read_limited


def test_reads_up_to_the_limit_and_refuses_one_byte_more(tmp_path: Path) -> None:
    path = tmp_path / "bill.txt"
    path.write_bytes(b"x" * 2048)
    assert read_limited(path, 2048) == b"x" * 2048
    with pytest.raises(FileUnreadable) as raised:
        read_limited(path, 2047)
    assert raised.value.reason == "is larger than the 2 KB limit"
    assert str(raised.value) == f"{path} is larger than the 2 KB limit"


def test_refuses_what_is_not_a_regular_file_by_name(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # opened without a writer: must not wait for one
    reasons = {}
    for name, path in {
        "folder": tmp_path,
        "missing": tmp_path / "missing.txt",
        "fifo": fifo,
    }.items():
        with pytest.raises(FileUnreadable) as raised:
            read_limited(path, 100)
        reasons[name] = raised.value.reason
    assert reasons == {
        "folder": "is a folder, not a file",
        "missing": "does not exist (no such file)",
        "fifo": "is not a regular file (it is a device, pipe or socket)",
    }


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (900, "900 bytes"),
        (1024, "1 KB"),
        (int(2.5 * 1024**2), "2.5 MB"),
        (20 * 1024**2, "20 MB"),
        (1023 * 1024**2, "1023 MB"),
        (1024**3, "1 GB"),
    ],
)
def test_size_text_has_three_digits_and_never_an_exponent(size: int, text: str) -> None:
    assert format_size(size) == text


def test_an_empty_file_reads_as_no_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_limited(path, 100) == b""
