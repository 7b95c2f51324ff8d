"""The pure core (rubric, documents, analysis, gate, screening) works without Django."""

from __future__ import annotations

import subprocess
import sys

BLOCK_DJANGO = """
import sys
class BlockDjango:
    def find_spec(self, name, path=None, target=None):
        if name == "django" or name.startswith("django."):
            raise ImportError("django is blocked in this test")
        return None
sys.meta_path.insert(0, BlockDjango())
from endqi import evaluate
from endqi.rubric import CRITERIA
card = evaluate("Qualified immunity is not a defense to liability under this section.")
assert card.result("end.law_enforcement").verdict.value == "yes", card.verdicts()
heavy = [m for m in ("django", "pypdfium2", "pypdf", "dask") if m in sys.modules]
assert not heavy, heavy
from endqi.documents import load_bytes
from endqi.gate import cannot_be_relevant
from endqi.screening import ScreenOptions, screen_batch
assert cannot_be_relevant(b"A fee for fishing permits.", ".txt")
assert not cannot_be_relevant(b"Qualified immunity is not a defense.", ".txt")
assert load_bytes(b"<p>Section 1. Text.</p>", filename="a.html").text == "Section 1. Text."
assert "django" not in sys.modules
print("ok", len(CRITERIA))
"""


def test_core_imports_and_evaluates_without_django() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_DJANGO], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok 9"
