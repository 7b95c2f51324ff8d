"""Reach in Debian's chromium: the card framed by a page of another origin, and a correction
sent from a bill page through to the staff queue."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone
from web.action_support import smtp_server, use_smtp

from endqi.alerts.sending import send_due
from endqi.corrections.models import Correction, CorrectionStatus
from endqi.legislation.bills import record_status
from endqi.legislation.models import Bill
from endqi.legislation.seed import seed_legislation
from endqi.legislation.status import BillStatus

pytestmark = pytest.mark.browser


@pytest.fixture
def seeded(transactional_db: Any) -> Bill:
    """The seed bills in the live server's database; returns a published Missouri bill."""
    cache.clear()
    seed_legislation()
    bill = Bill.objects.published().filter(state__abbr="MO").select_related("state").first()
    assert bill is not None
    return bill


@pytest.fixture
def other_origin(live_server: Any) -> Iterator[str]:
    """An organisation's page on another origin (another port) that embeds the Missouri card."""
    page_html = (
        "<!doctype html><html lang='en'><head><title>Our coalition</title></head><body>"
        "<h1>Our coalition</h1>"
        f"<iframe id='card' src='{live_server.url}/embed/mo/' title='endqi card' "
        "width='480' height='300'></iframe></body></html>"
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page_html)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_card_renders_inside_another_sites_page(
    page: Any, live_server: Any, seeded: Bill, other_origin: str, axe_check: Any, screenshot: Any
) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(other_origin)
    frame = page.frame_locator("#card")
    heading = frame.locator("h1")
    heading.wait_for()
    assert heading.inner_text() == "Missouri"
    assert frame.locator(".scores dd").count() == 2
    act = frame.locator("a.button")
    assert act.get_attribute("href").endswith("/mo/act/")
    assert act.get_attribute("target") == "_blank"
    # The host page made no request to anyone but itself and endqi.
    foreign = [
        url
        for url in page.requested_urls
        if not url.startswith((other_origin, live_server.url, "data:", "about:"))
    ]
    assert not foreign, foreign
    assert not [e for e in errors if "Refused" in e or "frame" in e.lower()], errors
    screenshot(page, "embed-other-origin")
    # The card itself passes axe in both themes.
    for path in ("/embed/mo/", "/embed/mo/dark/"):
        page.goto(live_server.url + path)
        assert axe_check(page) == [], path


def test_a_correction_goes_from_the_bill_page_to_the_staff_queue(
    page: Any, live_server: Any, seeded: Bill, axe_check: Any
) -> None:
    page.goto(live_server.url + seeded.get_absolute_url())
    page.get_by_role("link", name="Report a correction").click()
    page.wait_for_url("**/corrections/new/**")
    assert axe_check(page) == []
    page.get_by_label("What is wrong?").fill("The status is out of date: it was heard on 3 March.")
    page.get_by_label("Your source").fill("The legislature's bill page, actions list.")
    page.get_by_role("button", name="Send the report").click()
    page.wait_for_url("**/corrections/thanks/")
    correction = Correction.objects.get()
    assert correction.status == CorrectionStatus.NEW
    assert correction.page == seeded.get_absolute_url()
    # A staff member sees it in the queue.
    get_user_model().objects.create_superuser("triage", password="a-long-pass-9182", email="")
    page.goto(live_server.url + "/admin/login/?next=/admin/corrections/correction/")
    page.get_by_label("Username").fill("triage")
    page.get_by_label("Password").fill("a-long-pass-9182")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/corrections/correction/")
    assert correction.target_label in page.content()


def test_subscribe_confirm_and_get_an_alert_after_a_status_change(
    page: Any, live_server: Any, seeded: Bill, settings: Any, axe_check: Any
) -> None:
    with smtp_server() as (port, outbox):
        use_smtp(settings, port)
        settings.ENDQI_SITE_URL = live_server.url
        page.goto(live_server.url + "/mo/alerts/")
        assert axe_check(page) == []
        page.get_by_label("Your e-mail address").fill("ann@example.net")
        page.get_by_role("button", name="Send me a confirmation e-mail").click()
        page.get_by_role("heading", name="Check your inbox").wait_for()
        send_due()
        body = outbox.messages[0].get_payload(decode=True).decode()
        confirm = re.search(r"(http://\S+/alerts/confirm/\S+/)", body).group(1)
        page.goto(confirm)
        page.get_by_role("button", name="Yes, start my alerts").click()
        page.get_by_role("heading", name="Alerts confirmed").wait_for()
        record_status(seeded, BillStatus.ENACTED, date=timezone.localdate())
        assert send_due().alerts == 1
        alert = outbox.messages[-1]
        assert seeded.identifier in alert["Subject"] and "Enacted" in alert["Subject"]
