"""Security of the site pages: staff-only writes, CSRF, upload limit, CSP, escaping, no third parties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from endqi.legislation.models import Bill, BillVersion, CriterionResult
from endqi.legislation.status import BillStatus

from .bill_factories import SAMPLE_BILL_TEXT, make_bill
from .page_helpers import is_same_origin, make_user, parse, resource_urls, text_of

pytestmark = pytest.mark.django_db

HOSTILE_TEXT = (
    "Section 1. <script>alert('text')</script> Qualified immunity shall not be a defense "
    'to liability under this section. <img src=x onerror=alert(2)> "quoted" & more.\n'
)
HOSTILE_TITLE = '<b onmouseover="alert(3)">Bold</b> title'


@pytest.fixture
def bill() -> Bill:
    """A published bill with an evaluation."""
    return Bill.objects.with_scorecards().get(pk=make_bill("HB 77").pk)


def staff_get_urls(bill: Bill) -> list[str]:
    return ["/staff/", "/staff/bills/new/", f"/staff/bills/{bill.pk}/review/"]


def staff_post_requests(bill: Bill) -> list[tuple[str, dict]]:
    criterion = "end.law_enforcement"
    return [
        ("/staff/bills/new/", {"state": "MO", "identifier": "HB 1", "year": "2025", "text": "x"}),
        (f"/staff/bills/{bill.pk}/publish/", {"published": "0"}),
        (
            f"/staff/bills/{bill.pk}/criteria/{criterion}/override/",
            {"end-law_enforcement-verdict": "no", "end-law_enforcement-note": "x"},
        ),
        (
            f"/staff/bills/{bill.pk}/criteria/{criterion}/clear/",
            {"end-law_enforcement-clear-note": "x"},
        ),
        (f"/staff/bills/{bill.pk}/versions/new/", {"text": "Another text."}),
    ]


def assert_nothing_written(bill: Bill) -> None:
    """The bill is as created: published, one version, no reviews, no new bills."""
    assert Bill.objects.count() == 1
    assert Bill.objects.get(pk=bill.pk).published
    assert BillVersion.objects.filter(bill=bill).count() == 1
    assert not CriterionResult.objects.filter(override_verdict__isnull=False).exists()


# Staff only --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "not staff"])
def test_staff_pages_redirect_to_login_for_everyone_else(bill, who: str) -> None:
    client = Client()
    if who == "not staff":
        client.force_login(make_user("visitor", staff=False))
    for url in staff_get_urls(bill):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/?next="), url
    for url, data in staff_post_requests(bill):
        response = client.post(url, data)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/"), url
    assert_nothing_written(bill)


def test_staff_writes_need_a_csrf_token(bill) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("staffer", staff=True))
    for url, data in staff_post_requests(bill):
        response = client.post(url, data)
        assert response.status_code == 403, url
    assert_nothing_written(bill)


def test_staff_forms_carry_a_csrf_token(bill) -> None:
    client = Client()
    client.force_login(make_user("staffer", staff=True))
    for url in staff_get_urls(bill):
        tree = parse(client.get(url))
        for form in tree.css("main form[method=post]"):
            assert form.css_first("input[name=csrfmiddlewaretoken]") is not None, url


# Upload limit ------------------------------------------------------------------------------


@pytest.fixture
def staff_client() -> Client:
    client = Client()
    client.force_login(make_user("uploader", staff=True))
    return client


def new_bill_form(**extra) -> dict:
    data = {
        "state": "MO",
        "identifier": "HB 900",
        "year": "2025",
        "status": BillStatus.INTRODUCED,
        "title": "",
        "text": "",
    }
    data.update(extra)
    return data


def assert_clear_413(response) -> None:
    assert response.status_code == 413
    body = response.content.decode()
    assert "too large" in text_of(parse(response).css_first("h1"))
    assert "Traceback" not in body


def test_file_over_the_limit_is_a_clear_413(staff_client, settings) -> None:
    settings.ENDQI_MAX_UPLOAD_BYTES = 2_000
    upload = SimpleUploadedFile("big.txt", SAMPLE_BILL_TEXT.encode() * 10)
    response = staff_client.post("/staff/bills/new/", new_bill_form(file=upload))
    assert_clear_413(response)
    assert "0 MB" not in response.content.decode()
    assert not Bill.objects.exists()


def test_request_body_over_the_limit_is_refused_before_reading(staff_client, settings) -> None:
    settings.ENDQI_MAX_UPLOAD_BYTES = 1_000
    upload = SimpleUploadedFile("huge.txt", b"x" * 200_000)
    response = staff_client.post("/staff/bills/new/", new_bill_form(file=upload))
    assert_clear_413(response)
    assert not Bill.objects.exists()


def test_pasted_text_over_the_form_limit_is_a_413_not_a_400(staff_client, settings, bill) -> None:
    # Django refuses form bodies over DATA_UPLOAD_MAX_MEMORY_SIZE (RequestDataTooBig).
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 5_000
    settings.ENDQI_MAX_UPLOAD_BYTES = 1_000_000
    response = staff_client.post(f"/staff/bills/{bill.pk}/versions/new/", {"text": "y" * 20_000})
    assert_clear_413(response)
    assert BillVersion.objects.filter(bill=bill).count() == 1


def test_new_version_file_over_the_limit_is_a_413(staff_client, settings, bill) -> None:
    settings.ENDQI_MAX_UPLOAD_BYTES = 2_000
    upload = SimpleUploadedFile("v2.txt", b"z" * 5_000)
    response = staff_client.post(f"/staff/bills/{bill.pk}/versions/new/", {"file": upload})
    assert_clear_413(response)
    assert BillVersion.objects.filter(bill=bill).count() == 1


# Headers, inline code and third parties ---------------------------------------------------


def public_and_staff_pages(bill: Bill) -> list[tuple[Client, str]]:
    anonymous, staff = Client(), Client()
    staff.force_login(make_user("viewer", staff=True))
    pages = [(anonymous, url) for url in ("/", "/mo/", "/wy/", bill.get_absolute_url(), "/zz/")]
    pages += [(staff, url) for url in staff_get_urls(bill)]
    return pages


def test_every_page_sends_a_self_only_csp(bill) -> None:
    for client, url in public_and_staff_pages(bill):
        policy = client.get(url)["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "script-src 'self'" in policy, url
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, url


def test_pages_have_no_inline_scripts_styles_or_event_handlers(bill) -> None:
    for client, url in public_and_staff_pages(bill):
        tree = parse(client.get(url))
        for script in tree.css("script"):
            assert script.attributes.get("src"), f"inline script on {url}"
        assert not tree.css("style"), f"<style> element on {url}"
        for node in tree.css("*"):
            for name, value in node.attributes.items():
                assert name != "style", f"style attribute on {url}: {node.html[:80]}"
                assert not name.startswith("on"), f"event handler on {url}: {node.html[:80]}"
                if name in ("href", "src", "action"):
                    assert not (value or "").strip().lower().startswith("javascript:"), url


def test_every_resource_a_page_loads_is_same_origin(bill) -> None:
    checked = 0
    pages = public_and_staff_pages(bill)
    for client, url in pages:
        urls = resource_urls(parse(client.get(url)))
        assert urls, url  # at least the stylesheet
        foreign = [u for u in urls if not is_same_origin(u)]
        assert not foreign, f"{url} loads {foreign}"
        checked += len(urls)
    assert checked >= 2 * len(pages)


def test_stylesheet_loads_nothing_from_elsewhere(client) -> None:
    from django.contrib.staticfiles import finders

    css = Path(finders.find("endqi/site.css")).read_text(encoding="utf-8")
    for reference in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
        assert reference.startswith("#") or is_same_origin(reference), reference
    assert "@import" not in css


# Escaping ---------------------------------------------------------------------------------


def test_hostile_bill_text_and_title_are_escaped_everywhere() -> None:
    bill = make_bill("HB <i>666</i>", text=HOSTILE_TEXT)
    Bill.objects.filter(pk=bill.pk).update(title=HOSTILE_TITLE, short_description=HOSTILE_TITLE)
    bill = Bill.objects.with_scorecards().get(pk=bill.pk)
    staff = Client()
    staff.force_login(make_user("esc", staff=True))
    pages = [
        (Client(), "/"),
        (Client(), "/mo/"),
        (Client(), bill.get_absolute_url()),
        (staff, "/staff/"),
        (staff, f"/staff/bills/{bill.pk}/review/"),
    ]
    for client, url in pages:
        cache.clear()
        response = client.get(url)
        body = response.content.decode()
        assert response.status_code == 200, url
        assert "<script>alert" not in body, url
        assert "<img src=x" not in body, url
        assert "<b onmouseover" not in body, url
        assert "<i>666</i>" not in body, url
        assert "&lt;i&gt;666&lt;/i&gt;" in body, url
    body = Client().get(bill.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(&#x27;text&#x27;)&lt;/script&gt;" in body
    assert "&lt;img src=x onerror=alert(2)&gt;" in body
    tree = parse(Client().get(bill.get_absolute_url()))
    assert not tree.css(".bill-text script, .bill-text img, main script")
