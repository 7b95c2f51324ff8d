"""A bill page with two versions in Debian's chromium: its change list, passage marks, links.

The bill is built through the project's own import path (a passage first, then an
amended whole text), served by the live server, checked with axe-core for WCAG 2.1
AA and screenshotted to artifacts/screenshots.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import assert_same_origin
from django.core.cache import cache

from endqi.legislation.bills import add_bill_version, create_bill
from endqi.legislation.coverage import NOT_IN_TEXT_LABEL
from endqi.legislation.models import Bill, State, ensure_states
from endqi.legislation.sources import is_official_url
from endqi.legislation.versions import version_changes

pytestmark = pytest.mark.browser

PASSAGE = "Qualified immunity shall not be a defense to liability under this section.\n"
AMENDED = """\
Section 1. Civil action for deprivation of rights.

1. A peace officer who, under color of law, subjects or causes to be subjected any
person to the deprivation of any right, privilege, or immunity secured by the
constitution of this state is liable to the injured party in an action at law.

2. Qualified immunity shall not be a defense to liability under this section.

3. In any action brought under this section, the court shall award reasonable
attorney fees and costs to a prevailing plaintiff.
"""


@pytest.fixture
def two_version_bill(transactional_db: Any) -> Bill:
    """A published Kansas bill: a passage as introduced, then the whole amended text."""
    cache.clear()
    ensure_states()
    bill = create_bill(
        state=State.objects.get(abbr="KS"),
        identifier="HB 2100",
        year=2025,
        session="2025 Regular Session",
        status="in_committee",
        source_url="https://www.kslegislature.gov/li/b2025_26/measures/hb2100/",
        published=True,
    )
    add_bill_version(bill, PASSAGE, label="as introduced", coverage="passage")
    add_bill_version(bill, AMENDED, label="as amended in committee")
    return Bill.objects.get(pk=bill.pk)


def test_bill_page_with_two_versions_lists_what_changed(
    live_server: Any, page: Any, axe_check: Any, screenshot: Any, two_version_bill: Bill
) -> None:
    (change,) = version_changes(two_version_bill)
    assert change.gained, "the amended text adds the claim and the fee clause"
    origin = live_server.url
    response = page.goto(origin + two_version_bill.get_absolute_url())
    assert response.status == 200
    assert axe_check(page) == []

    # The change list: from the passage to the amended text, with gains and their clauses.
    changes = page.locator("#changes")
    assert changes.is_visible()
    assert "From “as introduced” to “as amended in committee”" in changes.inner_text()
    gained = changes.locator(".change-gained")
    assert gained.count() == len(change.gained)
    assert "attorney fees" in changes.inner_text()
    assert "only passages" in changes.inner_text()
    page.locator("nav.page-nav a[href='#changes']").click()
    page.wait_for_function("location.hash === '#changes'")
    screenshot(page, "bill-two-versions")

    # The versions list says which text is a passage and which is whole.
    evaluated = page.locator("#evaluated").inner_text()
    assert "passages only" in evaluated and "whole text" in evaluated

    # The current (whole) text decides every criterion: no "not in the text" badges now.
    assert page.locator(".verdict-unassessed").count() == 0
    assert NOT_IN_TEXT_LABEL not in page.locator("#scorecard").inner_text()

    # Links to the legislature only; nothing fetched from anywhere else.
    hrefs = page.locator("a.legislature-link").evaluate_all("els => els.map(e => e.href)")
    assert hrefs and all(is_official_url(href) for href in hrefs)
    assert_same_origin(page.requested_urls, origin)
