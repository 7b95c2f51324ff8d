"""What `pip install`, `make setup`, `make clean` and the README promise a newcomer."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Packages only the web site needs; the evaluator must install without them.
SITE_ONLY = ("django", "dj-database-url", "whitenoise", "psycopg", "gunicorn", "pillow", "shapely")


def requirement_name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower()


def test_the_core_install_is_the_evaluator_alone_and_the_site_is_an_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    core = {requirement_name(r) for r in project["dependencies"]}
    assert not core & set(SITE_ONLY), core & set(SITE_ONLY)
    site = {requirement_name(r) for r in project["optional-dependencies"]["site"]}
    assert set(SITE_ONLY) <= site
    # Every module the evaluator imports at run time is in the core list.
    assert {"pypdf", "pypdfium2", "selectolax"} == core


def test_make_setup_installs_the_site_and_dev_extras() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert '-e ".[site,dev]"' in makefile


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_clean_removes_build_egg_info_and_caches() -> None:
    recipe = subprocess.run(
        ["make", "-n", "clean"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for target in ("build", "egg-info", "__pycache__", ".pytest_cache", ".ruff_cache", ".venv"):
        assert target in recipe, target


def test_the_readme_says_how_to_change_the_port_and_what_make_test_installs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "make run PORT=" in readme
    assert "as root" in readme.lower()
    for package in ("chromium", "postgresql", "wrk", "fonts"):
        assert package in readme
    assert "pip install ." in readme and "[site]" in readme
