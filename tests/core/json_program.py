"""Run a Python program in a fresh interpreter and read the JSON it prints (cache tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run_json_program(program: str, cache_dir: Path, **environment: str) -> dict[str, object]:
    """``program`` run by this Python with ``ENDQI_CACHE_DIR`` set to ``cache_dir`` (and
    ``environment``); its standard output parsed as JSON."""
    completed = subprocess.run(
        [sys.executable, "-c", program],
        env={**os.environ, "ENDQI_CACHE_DIR": str(cache_dir), **environment},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(completed.stdout)
