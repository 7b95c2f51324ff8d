"""Run Python code in a fresh interpreter where importing Django fails.

The pure core (evaluator, reader, gate, screening, the import framework's types and
the evaluator's commands) must work without Django installed; these tests prove it
by blocking every ``django`` import before the code under test runs.
"""

from __future__ import annotations

import subprocess
import sys

_BLOCK_DJANGO = """
import sys
class BlockDjango:
    def find_spec(self, name, path=None, target=None):
        if name == "django" or name.startswith("django."):
            raise ImportError("django is blocked in this test")
        return None
sys.meta_path.insert(0, BlockDjango())
"""


def run_without_django(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``code`` (with ``args`` as ``sys.argv[1:]``) with Django imports blocked."""
    return subprocess.run(
        [sys.executable, "-c", _BLOCK_DJANGO + code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
