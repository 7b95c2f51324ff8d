"""endqi.digests gives hashlib's SHA-256 digests, from CPython's own code for short inputs."""

from __future__ import annotations

import hashlib
import random

import pytest

from endqi import digests


@pytest.mark.parametrize(
    "size", [0, 1, 55, 56, 64, 1000, digests.BUILTIN_UP_TO_BYTES, digests.BUILTIN_UP_TO_BYTES + 1]
)
def test_digests_are_hashlibs(size: int) -> None:
    data = random.Random(size).randbytes(size)
    assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert digests.sha256(data).digest() == hashlib.sha256(data).digest()


def test_updates_are_hashlibs() -> None:
    pieces = [b"endqi", b"\x1e" * 70, bytes(range(256)) * 9]
    ours, theirs = digests.sha256(pieces[0]), hashlib.sha256(pieces[0])
    for piece in pieces[1:]:
        ours.update(piece)
        theirs.update(piece)
    assert ours.hexdigest() == theirs.hexdigest()


def test_evaluating_a_short_bill_does_not_load_openssl() -> None:
    """The point of the module: `endqi evaluate` of an ordinary bill never imports hashlib."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from endqi.documents import document_from_text\n"
        "from endqi.analysis import evaluate\n"
        "evaluate(document_from_text('A peace officer who deprives a person of a right is liable.'))\n"
        "print('hashlib' in sys.modules, '_hashlib' in sys.modules)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert completed.stdout.split() == ["False", "False"]
