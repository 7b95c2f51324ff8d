"""Case studies, writing to legislators and the evaluate page in Debian's chromium.

Real data only: the project's seed cases, the real Missouri officials from
``../shared`` loaded with the officials app's own import command, a real
Missouri bill seeded by the legislation app. Each page is checked with axe-core
(WCAG 2.1 AA), for third-party requests, and screenshotted at desktop and
phone width.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from conftest import assert_same_origin
from django.core.cache import cache
from django.core.management import call_command
from web.action_support import load_missouri_officials, seed_real_bill

from endqi.cases.models import CaseStudy

pytestmark = pytest.mark.browser

JEFFERSON_CITY_DISTRICTS = "district_upper=6&district_lower=60"


@pytest.fixture
def cases(transactional_db: Any) -> int:
    """The project's seed case studies in the live server's database."""
    cache.clear()
    call_command("seed_cases", stdout=io.StringIO())
    return CaseStudy.objects.filter(published=True).count()


def test_case_map_and_list_filter_with_and_without_javascript(
    live_server: Any, browser: Any, page: Any, cases: int, axe_check: Any, screenshot: Any
) -> None:
    origin = live_server.url
    page.goto(origin + "/cases/")
    markers = page.locator("#case-markers a.case-marker")
    assert markers.count() == cases > 20
    # Every marker is a labelled link (the list is the text alternative).
    labels = markers.evaluate_all("els => els.map(e => e.getAttribute('aria-label') || '')")
    assert all(label.strip() for label in labels)
    assert page.locator("#case-results .case-item[data-slug]").count() == cases
    assert axe_check(page) == []
    screenshot(page, "cases-map")

    # With JavaScript: choosing a state swaps the markers and the list in place.
    page.select_option("#id_state", "tx")
    page.wait_for_function(
        "n => document.querySelectorAll('#case-results .case-item[data-slug]').length < n",
        arg=cases,
    )
    texas = CaseStudy.objects.filter(published=True, state__abbr="TX").count()
    assert page.locator("#case-results .case-item[data-slug]").count() == texas
    assert page.locator("#case-markers a.case-marker").count() == texas
    assert "Collie v. Barron" in page.inner_text("#case-results")
    assert "state=tx" in page.url  # the address bar follows, so the view can be shared
    assert_same_origin(page.requested_urls, origin)

    # Without JavaScript the same form is a plain GET form.
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(origin + "/cases/")
    plain.select_option("#id_state", "tx")
    plain.get_by_role("button", name="Show cases").click()
    plain.wait_for_url("**/cases/?*state=tx*")
    assert plain.locator("#case-results .case-item[data-slug]").count() == texas
    context.close()


@pytest.fixture
def missouri_bill_and_officials(transactional_db: Any, shared_dir: Path) -> Any:
    """A real Missouri bill and Missouri's legislators."""
    cache.clear()
    bill = seed_real_bill("mo-hb-30")
    load_missouri_officials(shared_dir)
    return bill


def test_write_to_legislators_keeps_the_mailto_link_in_step_with_edits(
    live_server: Any, page: Any, missouri_bill_and_officials: Any, axe_check: Any, screenshot: Any
) -> None:
    bill = missouri_bill_and_officials
    origin = live_server.url
    page.goto(f"{origin}/mo/bills/{bill.slug}/act/?{JEFFERSON_CITY_DISTRICTS}&length=short")
    recipients = page.locator("input[name=recipients]")
    assert recipients.count() == 2
    emails = recipients.evaluate_all("els => els.map(e => e.dataset.email)")
    assert axe_check(page) == []
    screenshot(page, "write-legislators")

    sentence = "I live in Jefferson City and I want HB 30 to cover every public employee."
    body = page.locator("#id_body")
    body.fill(body.input_value() + "\n" + sentence)
    link = page.locator("#mailto-link")
    page.wait_for_function(
        "s => decodeURIComponent(document.getElementById('mailto-link').href).includes(s)",
        arg=sentence,
    )
    href = unquote(link.get_attribute("href"))
    assert href.startswith("mailto:")
    for email in emails:
        assert email in href
    assert "HB 30" in href  # the subject names the bill
    # Unticking a legislator takes them off the link.
    recipients.nth(1).uncheck()
    page.wait_for_function(
        "e => !decodeURIComponent(document.getElementById('mailto-link').href).includes(e)",
        arg=emails[1],
    )
    assert_same_origin(page.requested_urls, origin)


def test_evaluate_a_draft_upload_and_get_its_gap_list(
    live_server: Any,
    page: Any,
    transactional_db: Any,
    tmp_path: Path,
    axe_check: Any,
    screenshot: Any,
) -> None:
    draft = tmp_path / "draft.html"
    draft.write_text(
        "<html><body><p>Section 1. A peace officer who, under color of law, deprives a person "
        "of a right secured by the state constitution is liable to the injured party.</p>"
        "<p>Section 2. Qualified immunity is not a defense to liability under this section."
        "</p></body></html>",
        encoding="utf-8",
    )
    origin = live_server.url
    page.goto(origin + "/evaluate/")
    assert axe_check(page) == []
    page.set_input_files("#id_file", str(draft))
    page.get_by_role("button", name="Evaluate").click()
    page.wait_for_load_state()
    content = page.inner_text("main")
    assert "Ends qualified immunity for all law enforcement officers" in content
    # The gap list: what is missing, with the model language that would meet it.
    gaps = page.locator(".gap-list > li")
    assert gaps.count() >= 5
    assert "attorney" in page.inner_text(".gap-list").lower()
    assert page.locator(".bill-text mark").count() >= 2
    assert axe_check(page) == []
    screenshot(page, "evaluate-draft")
    assert_same_origin(page.requested_urls, origin)
