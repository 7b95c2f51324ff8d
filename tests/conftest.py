"""Fixtures shared by every test folder.

- ``shared_dir``: the ``../shared`` folder with real development data.
- ``browser``/``page``: Debian's chromium driven by Playwright through its
  executable path (no browser is ever downloaded).
- ``axe_check(page)``: runs axe-core (installed from npm) and returns the
  serious and critical violations.
- ``screenshot(page, name)``: saves a PNG under ``artifacts/screenshots``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses
# to run inside one unless told this is a test process.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.setdefault("ENDQI_TESTING", "1")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("ENDQI_SHARED_DIR", PROJECT_ROOT.parent / "shared"))
ARTIFACTS_DIR = PROJECT_ROOT / "artifacts"
CHROMIUM = os.environ.get("ENDQI_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
PHONE_VIEWPORT = {"width": 390, "height": 844}
DESKTOP_VIEWPORT = {"width": 1280, "height": 900}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests last (after pytest-django's own ordering, kept otherwise).

    The session's Playwright loop then starts only once every other test has run, so no
    plain test shares its thread with a live browser driver or forks a process that
    inherits the driver's pipes.
    """
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder; tests that need it fail loudly if it is missing."""
    assert SHARED_DIR.is_dir(), f"../shared not found at {SHARED_DIR}"
    return SHARED_DIR


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Debian chromium for the whole session."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian chromium is missing: run scripts/system-deps.sh"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh desktop-sized page; records every request's URL in ``page.requested_urls``."""
    context = browser.new_context(viewport=DESKTOP_VIEWPORT)
    new_page = context.new_page()
    new_page.requested_urls = []
    new_page.on("request", lambda request: new_page.requested_urls.append(request.url))
    yield new_page
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's browser bundle from node_modules."""
    path = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
    assert path.exists(), "axe-core is missing: run npm ci"
    return path.read_text(encoding="utf-8")


@pytest.fixture
def axe_check(axe_source: str) -> Callable[[Any], list[dict[str, Any]]]:
    """Run axe-core (WCAG 2.1 A/AA rules) on a page; return serious/critical violations."""

    def run(target_page: Any) -> list[dict[str, Any]]:
        # evaluate() rather than an inline <script>: the site's CSP forbids inline scripts.
        target_page.evaluate(axe_source)
        result = target_page.evaluate(
            """async () => await axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
        )
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return run


@pytest.fixture
def screenshot() -> Callable[[Any, str], Path]:
    """Save desktop and phone-width screenshots of a page under artifacts/screenshots."""

    def take(target_page: Any, name: str) -> Path:
        folder = ARTIFACTS_DIR / "screenshots"
        folder.mkdir(parents=True, exist_ok=True)
        desktop = folder / f"{name}-desktop.png"
        target_page.set_viewport_size(DESKTOP_VIEWPORT)
        target_page.screenshot(path=str(desktop), full_page=True)
        target_page.set_viewport_size(PHONE_VIEWPORT)
        target_page.screenshot(path=str(folder / f"{name}-phone.png"), full_page=True)
        target_page.set_viewport_size(DESKTOP_VIEWPORT)
        return desktop

    return take


def assert_same_origin(urls: list[str], origin: str) -> None:
    """Fail if any requested URL leaves ``origin`` (data: and about: are allowed)."""
    foreign = [
        url
        for url in urls
        if not url.startswith(origin) and not url.startswith(("data:", "about:", "blob:"))
    ]
    assert not foreign, f"third-party requests: {foreign}"
