"""The embeddable state card: framable by any site (only it), small, current, self-contained."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from .action_support import html
from .bill_factories import make_bill

pytestmark = pytest.mark.django_db

# The card and its stylesheet together must stay under this many bytes.
CARD_BUDGET_BYTES = 15 * 1024


def _stylesheets(page) -> list[str]:
    return [link.attributes["href"] for link in page.css('link[rel="stylesheet"]')]


@pytest.mark.parametrize("path", ["/embed/mo/", "/embed/mo/light/", "/embed/mo/dark/"])
def test_card_may_be_framed_by_any_site_and_loads_only_our_files(client: Client, path) -> None:
    make_bill("HB 7")
    response = client.get(path)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors *" in csp and "frame-ancestors 'none'" not in csp
    assert "X-Frame-Options" not in response
    page = html(response)
    for url in [*_stylesheets(page), *(s.attributes.get("src") or "" for s in page.css("[src]"))]:
        assert url.startswith("/static/"), url
    assert page.css_first("html").attributes["lang"] == "en"


def test_other_pages_still_refuse_framing(client: Client) -> None:
    response = client.get("/mo/")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_card_shows_the_best_bill_its_scores_and_a_link_to_act(client: Client) -> None:
    bill = make_bill("HB 7")
    page = html(client.get("/embed/mo/"))
    text = page.body.text(separator=" ")
    assert "Missouri" in text and "HB 7" in text
    scores = [node.text(strip=True) for node in page.css(".scores dd")]
    assert len(scores) == 2 and all(re.fullmatch(r"\d(\.5)?/\d", score) for score in scores)
    hrefs = [a.attributes["href"] for a in page.css("a")]
    assert any(href.endswith("/mo/act/") for href in hrefs)
    assert any(href.endswith(bill.get_absolute_url()) for href in hrefs)
    # Links leave the frame instead of navigating inside the host's page.
    assert all(a.attributes.get("target") == "_blank" for a in page.css("a"))


def test_card_without_a_bill_says_so(client: Client) -> None:
    text = html(client.get("/embed/wy/")).body.text(separator=" ")
    assert "No bill to end qualified immunity is tracked in Wyoming yet" in text


def test_card_and_its_css_fit_the_budget(client: Client) -> None:
    make_bill("HB 7")
    response = client.get("/embed/mo/dark/")
    total = len(response.content)
    for href in _stylesheets(html(response)):
        css = client.get(href)
        assert css.status_code == 200
        total += len(b"".join(css.streaming_content) if css.streaming else css.content)
    assert total < CARD_BUDGET_BYTES, total


def test_unknown_state_is_404(client: Client) -> None:
    assert client.get("/embed/zz/").status_code == 404
    assert client.get("/zz/embed/").status_code == 404


def test_snippet_page_gives_one_iframe_line_per_theme(client: Client) -> None:
    page = html(client.get("/mo/embed/"))
    codes = [node.text() for node in page.css("textarea.embed-code")]
    assert len(codes) == 3
    for code in codes:
        assert re.fullmatch(
            r'<iframe src="http://testserver/embed/mo/(light/|dark/)?" [^<>]+></iframe>', code
        )
    assert page.css_first("iframe.embed-preview").attributes["src"] == "/embed/mo/"


def test_card_api_gives_the_same_facts_and_links(client: Client) -> None:
    bill = make_bill("HB 7")
    data = client.get("/api/v1/states/mo/card").json()
    assert data["state"] == "MO" and data["bills_tracked"] == 1
    assert data["best_bill"]["url"] == bill.get_absolute_url()
    assert len(data["best_bill"]["scores"]) == 2
    for path in data["links"].values():
        assert client.get(path).status_code == 200, path
    assert client.get("/api/v1/states/zz/card").status_code == 404


def test_openapi_documents_the_card(client: Client) -> None:
    document = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/states/{abbr}/card" in document["paths"]
    assert "StateCard" in document["components"]["schemas"]
