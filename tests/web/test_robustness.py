"""No request takes the site down: JSON errors with the right status, the evaluation
budget on the web, the form's own error messages, and sign-in throttling."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from endqi import budget
from endqi.action.drafts import OVER_BUDGET_STATUS
from endqi.web.throttle import LOGIN_FAILURES_PER_IP, LOGIN_FAILURES_PER_USERNAME

from .bill_factories import SAMPLE_BILL_TEXT
from .page_helpers import make_user, parse, text_of

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from hostile_inputs import LEGAL_PHRASE, named_inputs, pdf_with_flate_bomb_content

pytestmark = pytest.mark.django_db

LIMIT_SECONDS = 10.0


@pytest.fixture
def api() -> Client:
    """A client that enforces CSRF like a browser's would be checked."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def short_budget(monkeypatch) -> budget.Budget:
    """Production's budget with a shorter wall clock, so refusals are quick to test."""
    quick = budget.Budget(seconds=3)
    monkeypatch.setattr(budget, "DEFAULT_BUDGET", quick)
    return quick


def assert_json_error(response, status: int) -> str:
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    message = response.json()["error"]
    assert isinstance(message, str) and message.strip()
    return message


# --- the right status, always in JSON --------------------------------------------------------


@pytest.mark.parametrize("method", ["put", "delete", "patch", "post"])
@pytest.mark.parametrize("url", ["/api/v1/bills", "/api/v1/states", "/api/v1/cases"])
def test_wrong_method_is_a_json_405_not_a_csrf_page(api, method: str, url: str) -> None:
    response = getattr(api, method)(url, data="{}", content_type="application/json")
    message = assert_json_error(response, 405)
    assert method.upper() in message
    assert "GET" in response["Allow"]


def test_evaluate_endpoint_refuses_get_with_json_405(api) -> None:
    response = api.get("/api/v1/evaluate")
    assert_json_error(response, 405)
    assert response["Allow"] == "POST"


def test_unknown_api_path_is_a_json_404(api) -> None:
    assert_json_error(api.get("/api/v1/no-such-thing"), 404)


MALFORMED = {
    "lone surrogate": b'{"text": "\\ud800"}',
    "lone surrogate in a key": b'{"\\udfff": 1, "text": "x"}',
    "100,000-deep array": b"[" * 100_000 + b"]" * 100_000,
    "100,000-deep object": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "5,000-digit integer": b'{"text": "x", "n": ' + b"9" * 5000 + b"}",
    "NaN": b'{"text": "x", "n": NaN}',
    "invalid UTF-8": b'{"text": "\xff\xfe"}',
    "truncated": b'{"text": "abc',
    "a bare string": b'"text"',
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_json_of_any_kind_is_a_400(api, body: bytes) -> None:
    response = api.post("/api/v1/evaluate", data=body, content_type="application/json")
    assert_json_error(response, 400)


def test_too_large_is_a_json_413(api, settings) -> None:
    settings.ENDQI_MAX_UPLOAD_BYTES = 1000
    body = json.dumps({"text": "x" * 200_000})
    assert_json_error(api.post("/api/v1/evaluate", data=body, content_type="application/json"), 413)
    upload = SimpleUploadedFile("bill.txt", b"x" * 5000, content_type="text/plain")
    assert_json_error(api.post("/api/v1/evaluate", {"file": upload}), 413)


def test_wrong_content_type_is_a_json_415(api) -> None:
    response = api.post("/api/v1/evaluate", data="text=x", content_type="text/plain")
    assert_json_error(response, 415)


def test_a_good_draft_is_still_scored(api) -> None:
    body = json.dumps({"text": SAMPLE_BILL_TEXT, "state": "MO"})
    response = api.post("/api/v1/evaluate", data=body, content_type="application/json")
    assert response.status_code == 200
    assert len(response.json()["criteria"]) == 9


# --- the budget on the web -------------------------------------------------------------------

API_TEXTS = {
    "a*100000 then a legal phrase": "a" * 100_000 + LEGAL_PHRASE,
    "60,000 letters": "x" * 60_000,
    "300,000 form feeds": "\f" * 300_000,
    "300,000 one-letter pages": "a\f" * 150_000,
}


@pytest.mark.parametrize("text", API_TEXTS.values(), ids=API_TEXTS.keys())
def test_hostile_text_is_answered_or_refused_in_time(api, short_budget, text: str) -> None:
    started = time.monotonic()
    response = api.post(
        "/api/v1/evaluate", data=json.dumps({"text": text}), content_type="application/json"
    )
    assert time.monotonic() - started < LIMIT_SECONDS
    assert response.status_code in (200, 400, OVER_BUDGET_STATUS), response.content[:300]
    assert response["Content-Type"].startswith("application/json")


UPLOADS = [item for item in named_inputs() if item.filename.endswith((".pdf", ".html"))]


@pytest.mark.parametrize("hostile", UPLOADS, ids=[item.name for item in UPLOADS])
def test_hostile_upload_is_answered_or_refused_in_time(api, short_budget, hostile) -> None:
    started = time.monotonic()
    upload = SimpleUploadedFile(hostile.filename, hostile.data)
    response = api.post("/api/v1/evaluate", {"file": upload})
    assert time.monotonic() - started < LIMIT_SECONDS
    assert response.status_code in (200, 400, OVER_BUDGET_STATUS), response.content[:300]
    assert response["Content-Type"].startswith("application/json")


@pytest.fixture
def no_time(monkeypatch) -> budget.Budget:
    """A budget no evaluation fits in, so the over-budget answer itself is tested."""
    none = budget.Budget(seconds=0.001)
    monkeypatch.setattr(budget, "DEFAULT_BUDGET", none)
    return none


def test_over_budget_on_the_form_is_a_clear_422(client, no_time) -> None:
    response = client.post("/evaluate/", {"text": SAMPLE_BILL_TEXT})
    assert response.status_code == OVER_BUDGET_STATUS
    message = text_of(parse(response).css_first("#evaluate-error"))
    assert "limit" in message and "stopped" in message


def test_over_budget_on_the_api_is_a_json_422(api, no_time) -> None:
    body = json.dumps({"text": SAMPLE_BILL_TEXT})
    response = api.post("/api/v1/evaluate", data=body, content_type="application/json")
    assert "stopped" in assert_json_error(response, OVER_BUDGET_STATUS)


def test_staff_upload_over_budget_is_refused_and_nothing_is_written(no_time) -> None:
    from endqi.legislation.models import Bill

    staff = Client()
    staff.force_login(make_user("editor", staff=True))
    upload = SimpleUploadedFile("bill.txt", SAMPLE_BILL_TEXT.encode())
    response = staff.post(
        "/staff/bills/new/",
        {
            "state": "MO",
            "identifier": "HB 404",
            "year": 2025,
            "status": "introduced",
            "file": upload,
        },
    )
    assert response.status_code == 400
    assert "stopped" in text_of(parse(response).css_first("main"))
    assert not Bill.objects.filter(identifier="HB 404").exists()


def test_a_bomb_pdf_is_refused_in_time_on_the_form(client, short_budget) -> None:
    started = time.monotonic()
    upload = SimpleUploadedFile("bomb.pdf", pdf_with_flate_bomb_content())
    response = client.post("/evaluate/", {"file": upload})
    assert time.monotonic() - started < LIMIT_SECONDS
    assert response.status_code in (400, OVER_BUDGET_STATUS)
    assert text_of(parse(response).css_first("#evaluate-error")).strip()


# --- the form says what is wrong ---------------------------------------------------------------

FORM_PROBLEMS = {
    "empty file": ({"file": SimpleUploadedFile("empty.txt", b"")}, "empty"),
    "NUL in pasted text": ({"text": "Section 1.\x00 A peace officer"}, "Null characters"),
    "bad state": ({"text": SAMPLE_BILL_TEXT, "state": "ZZ"}, "ZZ"),
}


@pytest.mark.parametrize("data, expected", FORM_PROBLEMS.values(), ids=FORM_PROBLEMS.keys())
def test_the_evaluate_form_shows_what_is_wrong(client, data: dict, expected: str) -> None:
    response = client.post("/evaluate/", data)
    assert response.status_code == 400
    message = text_of(parse(response).css_first("#evaluate-error"))
    assert expected in message


# --- sign-in throttling --------------------------------------------------------------------------


def sign_in(client: Client, username: str, password: str):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password})


def test_an_account_is_locked_after_repeated_failures_even_for_the_right_password(client) -> None:
    make_user("admin", staff=True, password="the-right-password-42")
    for _ in range(LOGIN_FAILURES_PER_USERNAME.limit):
        assert sign_in(client, "admin", "wrong").status_code == 200  # the form again
    locked = sign_in(client, "admin", "the-right-password-42")
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    assert int(locked["Retry-After"]) > 0


def test_an_address_is_locked_after_failures_across_usernames(client) -> None:
    make_user("someone", staff=True, password="another-right-password-7")
    for index in range(LOGIN_FAILURES_PER_IP.limit):
        sign_in(client, f"guess{index}", "wrong")
    assert sign_in(client, "someone", "another-right-password-7").status_code == 429


def test_the_right_password_still_works_before_the_limit(client) -> None:
    make_user("admin", staff=True, password="the-right-password-42")
    sign_in(client, "admin", "wrong")
    response = sign_in(client, "admin", "the-right-password-42")
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
