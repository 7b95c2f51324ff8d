"""Anonymous visitors' pages come from the cache; changes, staff and forms never go stale."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from endqi.legislation.bills import set_published
from endqi.legislation.models import Bill
from endqi.web.pagecache import forget_fingerprint

from .bill_factories import make_bill

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.ENDQI_PAGE_CACHE = True
    settings.ENDQI_PAGE_CACHE_FINGERPRINT_SECONDS = 60  # only signals refresh it here
    cache.clear()
    forget_fingerprint()
    yield
    cache.clear()


def test_second_visit_is_served_by_one_cache_read(client, django_assert_num_queries) -> None:
    make_bill("HB 1")
    first = client.get("/mo/")
    assert first.status_code == 200 and b"HB 1" in first.content
    with django_assert_num_queries(1) as captured:
        second = client.get("/mo/")
    # The one query is the shared cache's own table (no content table is read).
    assert "endqi_cache" in captured.captured_queries[0]["sql"]
    assert second.content == first.content
    # The stored response keeps the security headers the full stack added.
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["Content-Type"] == first["Content-Type"]


def test_a_change_shows_on_the_next_visit(client) -> None:
    bill = make_bill("HB 1")
    assert b"HB 1" in client.get("/mo/").content
    make_bill("HB 77")
    assert b"HB 77" in client.get("/mo/").content
    url = bill.get_absolute_url().encode()
    assert url in client.get("/mo/").content
    set_published(Bill.objects.get(pk=bill.pk), False)
    assert url not in client.get("/mo/").content


def test_change_in_another_process_shows_once_the_fingerprint_is_reread(client, settings) -> None:
    make_bill("HB 1")
    client.get("/mo/")
    # A write that sends no signal here, as another worker's save would look from here.
    Bill.objects.filter(identifier="HB 1").update(
        short_description="Changed elsewhere.", updated=timezone.now()
    )
    assert b"Changed elsewhere." not in client.get("/mo/").content  # fingerprint not re-read
    settings.ENDQI_PAGE_CACHE_FINGERPRINT_SECONDS = 0
    assert b"Changed elsewhere." in client.get("/mo/").content


def test_signed_in_staff_never_get_a_cached_page(client) -> None:
    make_bill("HB 1")
    client.get("/mo/")
    staff = get_user_model().objects.create_user("ana", password="pw-ok-123", is_staff=True)
    client.force_login(staff)
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/mo/").status_code == 200
        assert len(queries.captured_queries) > 0


def test_pages_with_a_query_string_or_a_cookie_are_not_stored(client) -> None:
    make_bill("HB 1")
    client.get("/act/?zip=65101")
    client.get("/evaluate/")  # has a form with a CSRF token: sets a cookie
    keys = stored_page_keys()
    client.get("/rubric/")
    after = stored_page_keys()
    assert keys == [] and len(after) == 1


def stored_page_keys() -> list[str]:
    """The page-cache keys in the database cache's table."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM endqi_cache")
        return [row[0] for row in cursor.fetchall() if "endqi:page:" in row[0]]


def test_plain_http_in_production_gets_the_redirect_not_a_cached_page(client, settings) -> None:
    make_bill("HB 1")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    secure = client.get("/mo/", headers={"x-forwarded-proto": "https"})
    assert secure.status_code == 200 and b"HB 1" in secure.content
    plain = client.get("/mo/")
    assert plain.status_code == 301
    assert plain["Location"].startswith("https://")
