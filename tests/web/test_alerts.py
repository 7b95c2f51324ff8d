"""E-mail alerts end to end through a REAL SMTP server (aiosmtpd on 127.0.0.1):
double opt-in, one message per change, weekly digests, one-click unsubscribe (RFC 8058),
bounces, a mail server that is down, rate limits, deletion on request."""

from __future__ import annotations

import re
from datetime import timedelta
from email.header import decode_header, make_header

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from endqi.alerts.models import BOUNCE_LIMIT, AlertEvent, Cadence, EventKind, Subscription
from endqi.alerts.sending import send_due
from endqi.alerts.views import SUBSCRIBE_PER_ADDRESS
from endqi.legislation.bills import add_bill_version, record_status
from endqi.legislation.status import BillStatus

from .action_support import free_port, html, smtp_server, use_smtp
from .bill_factories import OTHER_BILL_TEXT, make_bill

pytestmark = pytest.mark.django_db

BASE = "https://endqi.example"


@pytest.fixture
def smtp(settings):
    with smtp_server(reject=frozenset({"gone@example.net"})) as (port, received):
        use_smtp(settings, port)
        settings.ENDQI_SITE_URL = BASE
        yield received


def _subscribe(client: Client, email: str, **extra: str):
    return client.post("/mo/alerts/", {"email": email, "cadence": Cadence.EACH, **extra})


def _link(message, kind: str) -> str:
    body = message.get_payload(decode=True).decode()
    match = re.search(rf"{re.escape(BASE)}(/alerts/{kind}/[-_A-Za-z0-9]+/)", body)
    assert match, body
    return match.group(1)


def _confirmed(client: Client, smtp, email: str, **extra: str) -> Subscription:
    assert _subscribe(client, email, **extra).status_code == 200
    send_due()
    confirm_path = _link(smtp.messages[-1], "confirm")
    assert client.get(confirm_path).status_code == 200  # a scanner opening it confirms nothing
    assert Subscription.objects.get(email=email).confirmed_at is None
    client.post(confirm_path)
    return Subscription.objects.get(email=email)


def test_subscribe_confirm_then_an_alert_after_a_status_change(client: Client, smtp) -> None:
    bill = make_bill("HB 7")
    response = _subscribe(client, "ann@example.net")
    assert "Check your inbox" in response.content.decode()
    assert smtp.envelopes == []  # the page sends nothing itself: the queue does
    report = send_due()
    assert report.confirmations == 1 and report.alerts == 0
    confirmation = smtp.messages[0]
    assert smtp.recipients(0) == ["ann@example.net"]
    assert confirmation["Subject"] == "Confirm alerts about Missouri"
    client.post(_link(confirmation, "confirm"))
    assert send_due().sent == 0  # nothing happened since confirming

    record_status(bill, BillStatus.PASSED_ONE_CHAMBER, date=timezone.localdate())
    report = send_due()
    assert report.alerts == 1
    alert = smtp.messages[-1]
    assert alert["Subject"].startswith("Missouri: HB 7: Passed")
    unsubscribe = f"{BASE}/alerts/unsubscribe/{Subscription.objects.get().token}/"
    # A long header may be folded onto a second line (RFC 5322); unfold before comparing.
    assert " ".join(alert["List-Unsubscribe"].split()) == f"<{unsubscribe}>"
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    body = alert.get_payload(decode=True).decode()
    assert f"{BASE}{bill.get_absolute_url()}" in body
    assert "<img" not in body and alert.get_content_type() == "text/plain"  # no tracking pixel
    assert send_due().sent == 0  # sent once, not again


def test_new_versions_and_reviews_are_alerts_too(client: Client, smtp) -> None:
    bill = make_bill("HB 7")
    _confirmed(client, smtp, "ann@example.net")
    add_bill_version(bill, OTHER_BILL_TEXT, label="amended")
    send_due()
    assert "new version of the text (amended)" in smtp.messages[-1]["Subject"]
    kinds = set(AlertEvent.objects.values_list("kind", flat=True))
    assert {EventKind.ADDED, EventKind.VERSION} <= kinds


def test_bill_subscribers_hear_only_about_their_bill(client: Client, smtp) -> None:
    followed = make_bill("HB 7")
    other = make_bill("HB 8")
    _confirmed(client, smtp, "ann@example.net", bill=str(followed.pk))
    record_status(other, BillStatus.FAILED, date=timezone.localdate())
    assert send_due().sent == 0
    record_status(followed, BillStatus.FAILED, date=timezone.localdate())
    assert send_due().alerts == 1
    assert "HB 7" in smtp.messages[-1]["Subject"]


def test_weekly_digest_waits_a_week_and_bundles(client: Client, smtp) -> None:
    first, second = make_bill("HB 7"), make_bill("HB 8")
    subscription = _confirmed(client, smtp, "ann@example.net", cadence=Cadence.WEEKLY)
    record_status(first, BillStatus.FAILED, date=timezone.localdate())
    record_status(second, BillStatus.PASSED_ONE_CHAMBER, date=timezone.localdate())
    assert send_due().sent == 0  # not a week yet
    report = send_due(now=subscription.confirmed_at + timedelta(days=7, minutes=1))
    assert report.digests == 1
    digest = smtp.messages[-1]
    assert digest["Subject"] == "This week: 2 changes in Missouri"
    body = digest.get_payload(decode=True).decode()
    assert "HB 7" in body and "HB 8" in body


def test_one_click_unsubscribe_and_deletion(client: Client, smtp) -> None:
    bill = make_bill("HB 7")
    subscription = _confirmed(client, smtp, "ann@example.net")
    # The mail client's one-click POST (RFC 8058) carries no CSRF token.
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        f"/alerts/unsubscribe/{subscription.token}/", {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    record_status(bill, BillStatus.FAILED, date=timezone.localdate())
    assert send_due().sent == 0
    page = html(client.get(f"/alerts/unsubscribe/{subscription.token}/"))
    assert page.css_first("form[action$='/delete/" + subscription.token + "/']") is not None
    client.post(f"/alerts/delete/{subscription.token}/")
    assert not Subscription.objects.filter(email="ann@example.net").exists()


def test_bounces_stop_sending_to_a_dead_address(client: Client, smtp) -> None:
    bill = make_bill("HB 7")
    subscription = _confirmed(client, smtp, "ann@example.net")
    Subscription.objects.filter(pk=subscription.pk).update(email="gone@example.net")
    for step in range(BOUNCE_LIMIT):
        record_status(bill, BillStatus.FAILED, date=timezone.localdate() + timedelta(days=step))
        report = send_due()
        assert report.bounced == ["gone@example.net"]
    record_status(bill, BillStatus.ENACTED, date=timezone.localdate() + timedelta(days=9))
    assert send_due().bounced == []  # no longer tried
    assert Subscription.objects.get(pk=subscription.pk).bounces == BOUNCE_LIMIT


def test_a_mail_server_that_is_down_keeps_everything_queued(client: Client, settings) -> None:
    make_bill("HB 7")
    _subscribe(client, "ann@example.net")
    use_smtp(settings, free_port())  # nobody listens there
    with pytest.raises(CommandError, match="rest stays queued"):
        call_command("send_alerts", "--base-url", BASE)
    assert Subscription.objects.get().confirmation_sent_at is None


def test_subscribing_is_rate_limited_per_address(client: Client, smtp) -> None:
    codes = [
        _subscribe(client, "target@example.net").status_code
        for _ in range(SUBSCRIBE_PER_ADDRESS.limit + 1)
    ]
    assert codes[-1] == 429
    send_due()
    assert len(smtp.envelopes) == 1  # one confirmation, however often the form was sent


def test_honeypot_and_bad_address_store_nothing(client: Client) -> None:
    assert _subscribe(client, "bot@example.net", website="x").status_code == 200
    response = _subscribe(client, "not an address")
    assert response.status_code == 400
    assert html(response).css(".field-error")
    assert Subscription.objects.count() == 0


def test_a_subscriber_from_a_spanish_page_gets_spanish_e_mails_and_links(
    client: Client, smtp
) -> None:
    bill = make_bill("HB 7")
    response = client.post("/es/mo/alerts/", {"email": "ana@example.net", "cadence": "each"})
    assert "Revisa tu bandeja de entrada" in response.content.decode()
    assert Subscription.objects.get().language == "es"
    send_due()
    confirmation = smtp.messages[0]
    assert confirmation["Subject"] == "Confirma las alertas sobre Missouri"
    body = confirmation.get_payload(decode=True).decode()
    assert "Para empezar a recibirlas" in body and "Stop them" not in body
    match = re.search(rf"{re.escape(BASE)}(/es/alerts/confirm/[-_A-Za-z0-9]+/)", body)
    assert match, body
    confirm_page = client.get(match.group(1)).content.decode()
    assert "Sí, empezar mis alertas" in confirm_page
    client.post(match.group(1))

    record_status(bill, BillStatus.PASSED_ONE_CHAMBER, date=timezone.localdate())
    assert send_due().alerts == 1
    alert = smtp.messages[-1]
    body = alert.get_payload(decode=True).decode()
    subject = str(make_header(decode_header(alert["Subject"])))
    assert subject.startswith("Missouri: HB 7: Aprobado por una cámara")
    assert "Un proyecto de ley que sigues cambió" in body
    assert f"{BASE}/es/mo/bills/{bill.slug}/" in body
    assert f"{BASE}/es/alerts/unsubscribe/" in " ".join(alert["List-Unsubscribe"].split())
    # The event itself is stored in English (the admin and the API read it).
    assert AlertEvent.objects.get(kind=EventKind.STATUS).summary.startswith("HB 7: Passed")
    # An English subscriber's alert about the same change stays English.
    english = Subscription.objects.create(
        email="ann@example.net",
        state=bill.state,
        confirmed_at=timezone.now(),
        last_event_id=AlertEvent.objects.get(kind=EventKind.STATUS).id - 1,
    )
    assert english.language == "en"
    send_due()
    assert smtp.messages[-1]["Subject"].startswith("Missouri: HB 7: Passed")
