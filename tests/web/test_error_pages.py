"""The site's own 404 and 500 pages (what `endqi demo` and production show visitors)."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest
from django.test import Client, override_settings
from django.urls import path

from endqi.web import urls as site_urls

ERROR_URLCONF = "endqi_test_error_urls"


def failing_view(request):
    """A page whose code has a bug."""
    raise RuntimeError("a bug in a view")


@pytest.fixture
def error_urlconf() -> Iterator[str]:
    """The site's URLs plus one page that raises."""
    module = types.ModuleType(ERROR_URLCONF)
    module.urlpatterns = [path("fails/", failing_view), *site_urls.urlpatterns]
    sys.modules[ERROR_URLCONF] = module
    yield ERROR_URLCONF
    del sys.modules[ERROR_URLCONF]


@pytest.mark.django_db
def test_an_unknown_address_is_the_sites_404_page() -> None:
    with override_settings(DEBUG=False):
        response = Client().get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "<title>Page not found" in page
    assert 'href="/mo/"' in page  # a way on, not a dead end
    assert "urlpatterns" not in page and "URLconf" not in page


@pytest.mark.django_db
def test_a_failing_page_is_the_sites_500_page(error_urlconf: str) -> None:
    with override_settings(DEBUG=False, ROOT_URLCONF=error_urlconf):
        response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert "a bug in a view" not in page and "Traceback" not in page
