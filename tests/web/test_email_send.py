"""Server-side sending through a REAL local SMTP server (aiosmtpd on 127.0.0.1).

From must be the site's address and Reply-To the constituent; sends are
rate-limited, CSRF-protected and guarded by a honeypot; the sender's copy goes out
only after they follow a signed confirmation link.
"""

from __future__ import annotations

import re
from email.utils import getaddresses, parseaddr
from html import unescape
from urllib.parse import urlencode, urlsplit

import pytest
from django.test import Client

from endqi.action.confirmation import PendingCopy, make_token, read_token
from endqi.action.limits import SEND_PER_ADDRESS, SEND_PER_IP

from .action_support import (
    MO_HOUSE_DISTRICT,
    MO_SENATE_DISTRICT,
    html,
    load_missouri_officials,
    seed_real_bill,
    smtp_server,
    use_smtp,
)

pytestmark = pytest.mark.django_db
QUERY = urlencode({"district_upper": MO_SENATE_DISTRICT, "district_lower": MO_HOUSE_DISTRICT})
SITE_ADDRESS = "noreply@endqi.example"


@pytest.fixture
def smtp(settings):
    with smtp_server() as (port, received):
        use_smtp(settings, port)
        yield received


@pytest.fixture
def bill_url(shared_dir) -> str:
    load_missouri_officials(shared_dir)
    bill = seed_real_bill("mo-hb-30")
    return f"/mo/bills/{bill.slug}/act/?{QUERY}"


def recipient_keys(client: Client, url: str) -> dict[str, str]:
    """{key: e-mail} of the recipients the page offers."""
    tree = html(client.get(url))
    return {
        b.attributes["value"]: b.attributes["data-email"]
        for b in tree.css("input[name=recipients]")
    }


def form_data(keys, **extra) -> dict:
    data = {
        "action": "send",
        "recipients": list(keys),
        "subject": "Please strengthen HB 30",
        "body": "Dear Senator,\n\nI live in Jefferson City. Add a duty to intervene.\n\nAnn Lee",
        "sender_name": "Ann Lee",
        "sender_email": "ann.lee@example.net",
        "website": "",
    }
    data.update(extra)
    return data


def test_message_reaches_the_smtp_server_with_the_right_headers(client, smtp, bill_url) -> None:
    offered = recipient_keys(client, bill_url)
    assert len(offered) == 2
    response = client.post(bill_url, form_data(offered))
    assert response.status_code == 200, html(response).css_first("#write-error")
    assert "on its way" in html(response).css_first("h1").text()

    assert len(smtp.envelopes) == 1
    message = smtp.messages[0]
    assert parseaddr(message["From"])[1] == SITE_ADDRESS
    assert "Ann Lee" in message["From"]
    assert parseaddr(message["Reply-To"]) == ("Ann Lee", "ann.lee@example.net")
    to = {address for _, address in getaddresses([message["To"]])}
    assert to == set(offered.values())
    assert set(smtp.recipients(0)) == set(offered.values())  # nobody else, no Bcc
    assert message["Subject"] == "Please strengthen HB 30"
    body = message.get_payload(decode=True).decode()
    assert "Add a duty to intervene." in body
    assert "ann.lee@example.net" in body and "Reply to this e-mail" in body


def test_copy_is_sent_only_after_the_sender_confirms(client, smtp, bill_url) -> None:
    offered = recipient_keys(client, bill_url)
    response = client.post(bill_url, form_data(offered, send_copy="on"))
    assert response.status_code == 200
    # The officials' message and a confirmation request; no copy yet.
    assert len(smtp.envelopes) == 2
    confirm = smtp.messages[1]
    assert smtp.recipients(1) == ["ann.lee@example.net"]
    assert parseaddr(confirm["From"])[1] == SITE_ADDRESS
    text = confirm.get_payload(decode=True).decode()
    assert "Add a duty to intervene" not in text  # the copy itself is not in the request
    link = re.search(r"https?://\S+/act/confirm/\?t=\S+", text).group(0)

    page = client.get(urlsplit(link).path + "?" + urlsplit(link).query)
    assert page.status_code == 200
    assert len(smtp.envelopes) == 2  # opening the link (or a mail scanner doing so) sends nothing
    token = html(page).css_first("input[name=t]").attributes["value"]

    done = client.post("/act/confirm/", {"t": token})
    assert done.status_code == 200 and html(done).css_first("#copy-sent") is not None
    assert len(smtp.envelopes) == 3
    copy = smtp.messages[2]
    assert smtp.recipients(2) == ["ann.lee@example.net"]
    copy_text = copy.get_payload(decode=True).decode()
    assert "Add a duty to intervene." in copy_text
    assert all(address in copy_text for address in offered.values())

    again = client.post("/act/confirm/", {"t": token})
    assert again.status_code == 200 and "already used" in again.content.decode()
    assert len(smtp.envelopes) == 3  # one link, one copy


def test_forged_or_expired_confirmation_sends_nothing(client, smtp) -> None:
    token = make_token(PendingCopy("Ann", "ann@example.net", "S", "B", ("x <x@example.org>",)))
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.post("/act/confirm/", {"t": forged})
    assert response.status_code == 400 and "not valid" in response.content.decode()
    with pytest.raises(Exception, match="expired"):
        read_token(token, max_age=-1)
    assert client.get("/act/confirm/?t=").status_code == 400
    assert smtp.envelopes == []


def test_send_is_rate_limited_per_ip(client, smtp, bill_url) -> None:
    offered = recipient_keys(client, bill_url)
    for number in range(SEND_PER_IP.limit):
        sender = f"person{number}@example.net"
        assert client.post(bill_url, form_data(offered, sender_email=sender)).status_code == 200
    response = client.post(bill_url, form_data(offered, sender_email="late@example.net"))
    assert response.status_code == 429
    assert response["Retry-After"].isdigit()
    assert len(smtp.envelopes) == SEND_PER_IP.limit


def test_send_is_rate_limited_per_sender_address(client, smtp, bill_url) -> None:
    offered = recipient_keys(client, bill_url)
    for number in range(SEND_PER_ADDRESS.limit):
        other_ip = Client(REMOTE_ADDR=f"10.0.0.{number + 1}")
        assert other_ip.post(bill_url, form_data(offered)).status_code == 200
    response = Client(REMOTE_ADDR="10.0.0.99").post(bill_url, form_data(offered))
    assert response.status_code == 429
    assert len(smtp.envelopes) == SEND_PER_ADDRESS.limit


def test_honeypot_blocks_bots(client, smtp, bill_url) -> None:
    offered = recipient_keys(client, bill_url)
    response = client.post(bill_url, form_data(offered, website="http://spam.example"))
    assert response.status_code == 400
    assert smtp.envelopes == []


def test_csrf_is_enforced(smtp, bill_url) -> None:
    browser = Client(enforce_csrf_checks=True)
    offered = recipient_keys(browser, bill_url)
    assert browser.post(bill_url, form_data(offered)).status_code == 403
    assert smtp.envelopes == []
    # With the token from the page, the same post goes through.
    page = browser.get(bill_url)
    token = html(page).css_first("input[name=csrfmiddlewaretoken]").attributes["value"]
    response = browser.post(bill_url, {**form_data(offered), "csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert len(smtp.envelopes) == 1


def test_server_only_sends_to_officials_from_the_lookup(client, smtp, bill_url) -> None:
    # A typed address (or a made-up key) is never a server-side recipient: no open relay.
    response = client.post(
        bill_url, form_data(["ocd-person/not-a-real-key"], to_address="victim@example.org")
    )
    assert response.status_code == 400
    assert smtp.envelopes == []


def test_prompts_must_be_replaced_before_sending(client, smtp, bill_url) -> None:
    offered = recipient_keys(client, bill_url)
    body = html(client.get(bill_url)).css_first("textarea#id_body").text()
    response = client.post(bill_url, form_data(offered, body=body))
    assert response.status_code == 400
    assert "bracketed prompts" in unescape(response.content.decode())
    assert smtp.envelopes == []


def test_sending_is_off_unless_the_site_enables_it(client, smtp, bill_url, settings) -> None:
    settings.ENDQI_SERVER_SEND = False
    offered = recipient_keys(client, bill_url)
    assert html(client.get(bill_url)).css_first("button[value=send]") is None
    assert client.post(bill_url, form_data(offered)).status_code == 403
    assert smtp.envelopes == []


def test_smtp_failure_is_a_clear_503(client, bill_url, settings) -> None:
    from .action_support import free_port

    use_smtp(settings, free_port())  # nothing listens there
    offered = recipient_keys(client, bill_url)
    response = client.post(bill_url, form_data(offered))
    assert response.status_code == 503
    assert "Nothing was sent" in html(response).css_first("#write-error").text()
