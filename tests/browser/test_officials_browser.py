"""Find your officials in a real browser: by ZIP code (then picking a district) and by location."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

CAPITOL = {"latitude": 38.5791, "longitude": -92.1730}
DESKTOP_VIEWPORT = {"width": 1280, "height": 900}


def assert_same_origin(urls: list[str], origin: str) -> None:
    """Every request stayed on the site (data: URLs aside)."""
    foreign = [url for url in urls if not url.startswith((origin, "data:", "about:", "blob:"))]
    assert not foreign, f"third-party requests: {foreign}"


@pytest.fixture
def missouri(transactional_db, shared_dir: Path) -> None:
    """Missouri people (upstream YAML sample) and district shapes."""
    data = shared_dir / "data"
    quiet = io.StringIO()
    call_command(
        "import_people",
        str(data / "openstates-people"),
        "--state",
        "MO",
        "--as-of",
        "2026-08-05",
        stdout=quiet,
    )
    for name in ("mo_sldu_2024.geojson", "mo_sldl_2024.geojson"):
        call_command("import_districts", "MO", str(data / "districts" / name), stdout=quiet)


@pytest.mark.browser
def test_find_by_zip_then_pick_a_district(
    page: Any, live_server: Any, missouri: None, axe_check: Any, screenshot: Any
) -> None:
    page.goto(f"{live_server.url}/act/")
    page.fill("#zip-input", "65101")
    page.get_by_role("button", name="Find").first.click()
    page.wait_for_url("**/act/?zip=65101")
    assert "Approximate" in page.inner_text(".lookup-basis")
    assert page.locator("h3", has_text="Senate, district 6").count() == 1
    assert page.locator("h3", has_text="House, district 60").count() == 1
    assert page.locator(".official-name", has_text="Dave Griffith").count() == 1
    assert page.locator("img").count() == 0 or all(
        src.startswith(live_server.url) or src.startswith("/")
        for src in page.eval_on_selector_all("img", "els => els.map(e => e.getAttribute('src'))")
    )
    assert axe_check(page) == []
    screenshot(page, "officials-zip")

    # Pick another House district the ZIP code may touch: the page follows the choice.
    other = page.locator('input[name="district_lower"]:not([checked])').first
    chosen = other.get_attribute("value")
    other.check()
    page.get_by_role("button", name="Show these districts' legislators").click()
    page.wait_for_url(f"**/mo/act/?district_upper=6&district_lower={chosen}")
    assert page.locator("h3", has_text=f"House, district {chosen}").count() == 1
    assert "Found from the districts you chose" in page.inner_text(".lookup-basis")
    assert_same_origin(page.requested_urls, live_server.url)


@pytest.mark.browser
def test_find_by_shared_location(
    browser: Any, live_server: Any, missouri: None, axe_check: Any, screenshot: Any
) -> None:
    context = browser.new_context(
        viewport=DESKTOP_VIEWPORT, geolocation=CAPITOL, permissions=["geolocation"]
    )
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        page.goto(f"{live_server.url}/act/")
        button = page.get_by_role("button", name="Use my location")
        assert button.is_visible()
        button.click()
        page.wait_for_url("**/act/?lat=*")
        assert "Found from your location" in page.inner_text(".lookup-basis")
        assert page.locator(".official-name", has_text="Mike Bernskoetter").count() == 1
        assert page.locator(".official-name", has_text="Dave Griffith").count() == 1
        assert page.locator(".as-of").first.inner_text().startswith("Contact details as of")
        # Photos are links to the legislature's site, not images loaded from it.
        assert page.get_by_role("link", name="Photo of Dave Griffith").count() == 1
        assert axe_check(page) == []
        screenshot(page, "officials-location")
        assert_same_origin(requested, live_server.url)
    finally:
        context.close()
