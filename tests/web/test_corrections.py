"""Report a correction: from any page to the staff queue, with CSRF, honeypot and limits."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client

from endqi.cases.models import CaseStudy
from endqi.corrections.models import Correction, CorrectionStatus, TargetKind
from endqi.corrections.views import CORRECTIONS_PER_IP

from .action_support import html, load_missouri_officials
from .bill_factories import make_bill

pytestmark = pytest.mark.django_db

REPORT = {
    "what_is_wrong": "The page says the bill died in committee; it passed the House on 3 May.",
    "source": "The House journal of 3 May, page 1200.",
    "reply_to": "",
}


def _report(client: Client, page: str, **extra: str):
    return client.post("/corrections/new/", {"page": page, **REPORT, **extra})


def test_every_page_links_to_the_report_form_with_its_own_path(client: Client) -> None:
    bill = make_bill("HB 7")
    page = client.get(bill.get_absolute_url())
    link = next(
        a for a in html(page).css("footer a") if "Report a correction" in a.text(strip=True)
    )
    assert link.attributes["href"] == f"/corrections/new/?page={bill.get_absolute_url()}"
    form = client.get(link.attributes["href"])
    assert form.status_code == 200
    assert "HB 7 (Missouri)" in form.content.decode()


def test_a_bill_report_reaches_the_staff_queue(client: Client) -> None:
    bill = make_bill("HB 7")
    response = _report(client, bill.get_absolute_url(), reply_to="ann@example.net")
    assert response.status_code == 302 and response.url == "/corrections/thanks/"
    correction = Correction.objects.get()
    assert correction.target_kind == TargetKind.BILL
    assert correction.target_key == "mo/hb-7"
    assert correction.status == CorrectionStatus.NEW
    assert correction.reply_to == "ann@example.net"
    # Staff see it in the admin queue, filtered to new reports.
    staff = get_user_model().objects.create_user("analyst", password="x", is_staff=True)
    staff.is_superuser = True
    staff.save()
    admin = Client()
    admin.force_login(staff)
    queue = admin.get("/admin/corrections/correction/?status__exact=new")
    assert queue.status_code == 200
    assert "HB 7 (Missouri)" in queue.content.decode()


def test_case_and_official_reports_name_their_target(client: Client, shared_dir) -> None:
    call_command("seed_cases", stdout=io.StringIO())
    case = CaseStudy.objects.published().first()
    assert _report(client, case.get_absolute_url()).status_code == 302
    load_missouri_officials(shared_dir)
    from endqi.officials.models import Person

    person = Person.objects.filter(state__abbr="MO").first()
    response = _report(client, "/mo/act/", official=str(person.pk))
    assert response.status_code == 302
    kinds = dict(Correction.objects.values_list("target_kind", "target_label"))
    assert kinds[TargetKind.CASE] == case.name
    assert kinds[TargetKind.OFFICIAL].startswith(person.name)


@pytest.mark.parametrize(
    "page",
    ["https://evil.example/", "//evil.example/x", "/no/such/page/", "/mo/bills/no-such-bill/"],
)
def test_reports_only_about_real_pages_of_this_site(client: Client, page: str) -> None:
    response = _report(client, page)
    assert response.status_code == 400
    assert Correction.objects.count() == 0


def test_missing_fields_are_shown_next_to_the_field(client: Client) -> None:
    response = client.post("/corrections/new/", {"page": "/", "what_is_wrong": "", "source": ""})
    assert response.status_code == 400
    errors = [node.text(strip=True) for node in html(response).css(".field-error")]
    assert len(errors) == 2
    assert Correction.objects.count() == 0


def test_the_honeypot_saves_nothing_but_answers_like_success(client: Client) -> None:
    response = _report(client, "/", website="http://spam.example")
    assert response.status_code == 302
    assert Correction.objects.count() == 0


def test_reports_are_rate_limited_per_address(client: Client) -> None:
    codes = [_report(client, "/").status_code for _ in range(CORRECTIONS_PER_IP.limit + 1)]
    assert codes[:-1] == [302] * CORRECTIONS_PER_IP.limit
    assert codes[-1] == 429
    assert Correction.objects.count() == CORRECTIONS_PER_IP.limit


def test_the_form_needs_csrf() -> None:
    strict = Client(enforce_csrf_checks=True)
    assert _report(strict, "/").status_code == 403
    assert Correction.objects.count() == 0


def test_accepting_needs_the_change_it_led_to() -> None:
    correction = Correction.objects.create(
        target_kind=TargetKind.PAGE, target_label="x", page="/", what_is_wrong="a", source="b"
    )
    correction.status = CorrectionStatus.ACCEPTED
    with pytest.raises(ValidationError):
        correction.full_clean()
    correction.change_url = "/admin/legislation/bill/1/history/"
    correction.full_clean()
    correction.save()
    assert correction.history.count() == 2


def test_each_official_on_the_act_page_has_a_correction_link(client: Client, shared_dir) -> None:
    load_missouri_officials(shared_dir, districts=True)
    page = html(client.get("/mo/act/?zip=65101"))
    links = [a.attributes["href"] for a in page.css(".official-correction a")]
    assert links, "no official listed"
    form = client.get(links[0].replace("&amp;", "&"))
    assert form.status_code == 200
    assert 'name="official"' in form.content.decode()
