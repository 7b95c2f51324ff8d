"""The page layouts a visitor with two minutes meets, at 1280 and 390 px in Debian chromium.

Real seed data (the project's bills, case studies, Missouri's legislators and
districts from ``../shared``). Each page is checked with axe-core (no serious
or critical violations), screenshotted at both widths under
``artifacts/screenshots``, and measured: page heights are printed (run with
``-s`` to see them) so they can be compared over time.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTIFACTS_DIR, DESKTOP_VIEWPORT, PHONE_VIEWPORT
from django.core.cache import cache
from django.core.management import call_command
from web.action_support import JEFFERSON_CITY_ZIP, load_missouri_officials

from endqi.cases.models import CaseStudy
from endqi.legislation.models import Bill
from endqi.legislation.seed import seed_legislation

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": DESKTOP_VIEWPORT, "phone": PHONE_VIEWPORT}
MIN_TAP_TARGET = 24  # CSS px, WCAG 2.5.8
# Design budget for /mo/ on a phone: scorecards fold away, so the page stays a few screens
# long (it was 10,200 px with every scorecard open).
STATE_PAGE_PHONE_BUDGET = 6000


@pytest.fixture
def site(transactional_db: Any, shared_dir: Path) -> Bill:
    """Seed bills, case studies and Missouri's legislators; returns a published MO bill."""
    cache.clear()
    assert seed_legislation().bills_created
    call_command("seed_cases", stdout=io.StringIO())
    load_missouri_officials(shared_dir, districts=True)
    bill = Bill.objects.published().filter(state__abbr="MO", locality="").first()
    assert bill is not None
    return bill


def at_width(page: Any, name: str) -> None:
    page.set_viewport_size(WIDTHS[name])


def top_and_bottom(page: Any, selector: str) -> tuple[float, float]:
    """Document coordinates of an element's top and bottom edge."""
    box = page.eval_on_selector(
        selector,
        "e => { const r = e.getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY]; }",
    )
    return box[0], box[1]


def page_height(page: Any) -> int:
    return page.evaluate("document.documentElement.scrollHeight")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_state_page_leads_with_the_situation_and_one_button(
    live_server: Any, browser: Any, site: Bill, axe_check: Any, width: str
) -> None:
    context = browser.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    page.goto(live_server.url + "/mo/")
    summary = page.locator("main .state-summary")
    assert summary.count() == 1
    assert "Missouri" in summary.locator(".situation").inner_text()
    assert summary.locator("a.button").count() == 1
    # The button to act is on the first screen.
    _, bottom = top_and_bottom(page, "main .state-summary a.button")
    assert bottom <= WIDTHS[width]["height"], f"button ends at {bottom} px"
    # Scorecards are folded; opening one shows its criteria.
    details = page.locator("#bills details.scorecard-details")
    assert details.count() >= 1
    assert details.evaluate_all("els => els.every(e => !e.open)")
    height = page_height(page)
    print(f"\n/mo/ at {width}: {height} px tall, button bottom at {bottom:.0f} px")
    if width == "phone":
        assert height < STATE_PAGE_PHONE_BUDGET
    details.first.locator("summary").click()
    assert details.first.locator(".criterion").first.is_visible()
    # The state's own map of its case studies.
    if CaseStudy.objects.published().filter(state__abbr="MO").exists():
        assert page.locator("#cases svg.case-map-svg a.case-marker").count() >= 1
    assert axe_check(page) == []
    page.set_viewport_size(WIDTHS[width])
    page.screenshot(path=str(screenshot_dir() / f"layout-state-mo-{width}.png"), full_page=True)
    context.close()


def screenshot_dir() -> Path:
    """artifacts/screenshots (the conftest ``screenshot`` fixture's folder)."""
    folder = ARTIFACTS_DIR / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("width", list(WIDTHS))
def test_act_page_puts_the_zip_box_above_the_fold(
    live_server: Any, browser: Any, site: Bill, axe_check: Any, width: str
) -> None:
    context = browser.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    page.goto(live_server.url + "/mo/act/")
    _, bottom = top_and_bottom(page, "#zip-input")
    print(f"\n/mo/act/ at {width}: ZIP box ends at {bottom:.0f} px")
    assert bottom <= WIDTHS[width]["height"]
    assert axe_check(page) == []
    page.screenshot(path=str(screenshot_dir() / f"layout-act-mo-{width}.png"), full_page=True)

    page.fill("#zip-input", JEFFERSON_CITY_ZIP)
    page.get_by_role("button", name="Find my legislators").click()
    page.wait_for_url(f"**/mo/act/?zip={JEFFERSON_CITY_ZIP}")
    headings = page.locator(".results .seat h3").all_inner_texts()
    legislators = [i for i, h in enumerate(headings) if "district" in h]
    governors = [i for i, h in enumerate(headings) if "Governor" in h]
    assert legislators and max(legislators) < min(governors or [len(headings)])
    assert axe_check(page) == []
    page.screenshot(path=str(screenshot_dir() / f"layout-act-zip-{width}.png"), full_page=True)
    context.close()


def test_write_page_short_letter_is_one_tap_and_says_nothing_before_a_lookup(
    live_server: Any, page: Any, site: Bill, axe_check: Any, screenshot: Any
) -> None:
    page.goto(f"{live_server.url}/mo/bills/{site.slug}/act/")
    assert "We found no e-mail address" not in page.inner_text("main")
    assert page.locator("#lookup-zip").count() == 1
    page.goto(f"{live_server.url}/mo/bills/{site.slug}/act/?zip={JEFFERSON_CITY_ZIP}")
    # The short letter is the default: the whole message fits in the e-mail link.
    assert page.locator("#mailto-link").is_visible()
    assert page.locator("#mailto-fallback").is_hidden()
    assert axe_check(page) == []
    screenshot(page, "layout-write")


def test_rubric_page_points_header_stays_on_one_line_and_cards_have_padding(
    live_server: Any, page: Any, site: Bill, axe_check: Any
) -> None:
    page.goto(live_server.url + "/rubric/")
    for width in WIDTHS:
        at_width(page, width)
        header = page.eval_on_selector(
            "th.points-col",
            """e => { const range = document.createRange(); range.selectNodeContents(e);
                      return range.getClientRects().length; }""",
        )
        assert header == 1, f"'Points' wraps at {width}"
        padding = page.eval_on_selector(
            "article.rubric-criterion",
            "e => parseFloat(getComputedStyle(e).paddingLeft)",
        )
        assert padding >= 12, f"cards have {padding}px inner padding at {width}"
        assert axe_check(page) == []
        page.screenshot(path=str(screenshot_dir() / f"layout-rubric-{width}.png"), full_page=True)


def test_bill_page_has_one_act_landmark_and_is_axe_clean(
    live_server: Any, page: Any, site: Bill, axe_check: Any, screenshot: Any
) -> None:
    page.goto(live_server.url + site.get_absolute_url())
    assert page.get_by_role("heading", name="Act on this bill").count() == 1
    assert page.get_by_role("region", name="Act on this bill").count() == 1
    assert page.locator(".bill-text").count() == 1
    assert axe_check(page) == []
    screenshot(page, "layout-bill")


def test_case_map_markers_are_tap_sized_shaped_and_zoom_to_the_state(
    live_server: Any, browser: Any, site: Bill, axe_check: Any
) -> None:
    context = browser.new_context(viewport=PHONE_VIEWPORT)
    page = context.new_page()
    page.goto(live_server.url + "/cases/")
    national = page.get_attribute("svg.case-map-svg", "viewBox")
    sizes = page.locator("a.case-marker").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })"
    )
    assert sizes and min(min(w, h) for w, h in sizes) >= MIN_TAP_TARGET, min(sizes)
    shapes = set(
        page.locator("a.case-marker").evaluate_all(
            "els => els.map(e => e.classList.contains('is-diamond') ? 'diamond' : 'circle')"
        )
    )
    assert shapes == {"diamond", "circle"}, "outcomes differ by shape, not colour alone"
    page.screenshot(path=str(screenshot_dir() / "layout-cases-phone.png"), full_page=True)
    # The state filter zooms the map to the state (with JavaScript, in place).
    page.select_option("#id_state", "tx")
    page.wait_for_function(
        "box => document.querySelector('svg.case-map-svg').getAttribute('viewBox') !== box",
        arg=national,
    )
    zoomed = [float(v) for v in page.get_attribute("svg.case-map-svg", "viewBox").split()]
    assert zoomed[2] < float(national.split()[2]) * 0.75  # Texas fills most of the width
    sizes = page.locator("a.case-marker").evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })"
    )
    assert sizes and min(min(w, h) for w, h in sizes) >= MIN_TAP_TARGET
    assert axe_check(page) == []
    page.screenshot(path=str(screenshot_dir() / "layout-cases-tx-phone.png"), full_page=True)
    # Typed in capitals, the address works too.
    response = page.goto(live_server.url + "/cases/?state=TX")
    assert response.status == 200
    context.close()


def test_home_page_at_both_widths(
    live_server: Any, page: Any, site: Bill, axe_check: Any, screenshot: Any
) -> None:
    page.goto(live_server.url + "/")
    text = page.inner_text("main")
    assert "of the 50 states and DC" in text and "of 51" not in text
    assert axe_check(page) == []
    screenshot(page, "layout-home")
