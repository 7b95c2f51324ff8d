"""The pure core (rubric, documents, analysis, gate, screening) works without Django."""

from __future__ import annotations

from .without_django import run_without_django

CORE_WITHOUT_DJANGO = """
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
    result = run_without_django(CORE_WITHOUT_DJANGO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok 9"
