"""The site in Debian's chromium: home, a state page, a bill page and the staff review screen.

Real seed data (the project's bills, evaluated by the evaluator), a real login
through the admin form, axe-core for WCAG 2.1 AA, keyboard checks, no
third-party requests, no CSP violations, and screenshots at desktop and phone width.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import assert_same_origin
from django.contrib.auth import get_user_model
from django.core.cache import cache

from endqi.legislation.models import Bill
from endqi.legislation.seed import seed_legislation

pytestmark = pytest.mark.browser

STAFF_USERNAME = "reviewer"
STAFF_PASSWORD = "a-long-test-password-4711"


@pytest.fixture
def seeded(transactional_db: Any) -> Bill:
    """The seed bills in the live server's database; returns a published Missouri bill."""
    cache.clear()
    report = seed_legislation()
    assert report.bills_created, (
        "seed data missing: is ../shared/rubric/dev-evaluations.json there?"
    )
    get_user_model().objects.create_user(
        STAFF_USERNAME, password=STAFF_PASSWORD, is_staff=True, first_name="Rae"
    )
    bill = (
        Bill.objects.published()
        .filter(state__abbr="MO", evaluations__is_current=True)
        .select_related("state")
        .first()
    )
    assert bill is not None
    return bill


def watch_console(page: Any) -> list[str]:
    """Collect console errors (CSP violations show up there)."""
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    return errors


def focused(page: Any) -> dict[str, Any]:
    """What has keyboard focus: tag, class, href, whether it is in the main nav, its box."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const box = el.getBoundingClientRect();
            return {tag: el.tagName.toLowerCase(), cls: el.getAttribute('class') || '',
                    href: el.getAttribute('href') || '', inNav: !!el.closest('nav[aria-label=Main]'),
                    inMap: !!el.closest('svg.us-map'), x: box.x, y: box.y, w: box.width,
                    outline: getComputedStyle(el).outlineStyle};
        }"""
    )


def test_public_pages_accessible_same_origin_and_keyboard_usable(
    live_server: Any, page: Any, axe_check: Any, screenshot: Any, seeded: Bill
) -> None:
    origin = live_server.url
    errors = watch_console(page)
    pages = [("home", "/"), ("state-mo", "/mo/"), ("bill", seeded.get_absolute_url())]
    for name, path in pages:
        response = page.goto(origin + path)
        assert response.status == 200, path
        assert axe_check(page) == [], path
        screenshot(page, f"site-{name}")

    # The map is drawn, with a link per state, and the seed bills colour it.
    page.goto(origin + "/")
    assert page.locator("svg.us-map a.state-link").count() == 51
    assert page.locator("svg.us-map path.tier-none").count() < 51

    # Keyboard: the first Tab reaches the visible skip link, then the main navigation.
    page.keyboard.press("Tab")
    first = focused(page)
    assert "skip-link" in first["cls"] and first["x"] >= 0 and first["w"] > 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto(origin + "/")
    for _ in range(4):
        page.keyboard.press("Tab")
        if focused(page)["inNav"]:
            break
    assert focused(page)["inNav"], "Tab never reached the main navigation"

    # Tab on into the map: state links take focus visibly and open their state page.
    for _ in range(60):
        page.keyboard.press("Tab")
        if focused(page)["inMap"]:
            break
    state_link = focused(page)
    assert state_link["inMap"] and state_link["href"].startswith("/")
    assert state_link["outline"] != "none"
    page.keyboard.press("Enter")
    page.wait_for_url(origin + state_link["href"])

    # From the bill page, an evidence link jumps to its highlight in the text.
    page.goto(origin + seeded.get_absolute_url())
    links = page.locator("#scorecard a.evidence-link")
    if links.count():
        target = links.first.get_attribute("href")
        links.first.click()
        assert page.locator(f"mark{target}, span{target}").count() == 1

    assert_same_origin(page.requested_urls, origin)
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_staff_review_screen_after_a_real_login(
    live_server: Any, page: Any, axe_check: Any, screenshot: Any, seeded: Bill
) -> None:
    origin = live_server.url
    errors = watch_console(page)
    page.goto(origin + "/staff/")
    assert page.url.startswith(origin + "/admin/login/")
    page.fill("#id_username", STAFF_USERNAME)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("input[type=submit], button[type=submit]")
    page.wait_for_url(origin + "/staff/")
    assert page.locator("tbody tr").count() >= 1
    assert axe_check(page) == []
    screenshot(page, "site-staff-list")

    page.click(f"a[href='/staff/bills/{seeded.pk}/review/']")
    page.wait_for_url(f"{origin}/staff/bills/{seeded.pk}/review/")
    assert page.locator("form.override-form").count() == 9
    assert axe_check(page) == []
    screenshot(page, "site-staff-review")

    # Override the first criterion through the form; the screen shows who reviewed it.
    form = page.locator("form.override-form").first
    current = form.locator("select").input_value()
    new = "partial" if current != "partial" else "yes"
    form.locator("select").select_option(new)
    form.locator("textarea").fill("Checked against section 2 of the text.")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert "Reviewed by Rae" in page.locator("li.criterion").first.inner_text()
    assert "Saved your verdict" in page.locator(".messages").inner_text()

    page.goto(origin + "/staff/bills/new/")
    assert axe_check(page) == []
    screenshot(page, "site-staff-new")

    assert_same_origin(page.requested_urls, origin)
    assert not [e for e in errors if "Content Security Policy" in e], errors
