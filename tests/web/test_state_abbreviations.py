"""State abbreviations in any case: pages redirect to the lower-case URL; filters and the API
accept TX, tx and Tx alike."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from selectolax.lexbor import LexborHTMLParser

from endqi.cases.models import CaseStudy
from endqi.legislation.models import ensure_states

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded_cases() -> list[CaseStudy]:
    call_command("seed_cases", stdout=io.StringIO())
    cases = list(CaseStudy.objects.published().select_related("state"))
    assert cases
    return cases


def listed(response) -> list[str]:
    page = LexborHTMLParser(response.content.decode())
    return [n.attributes["data-slug"] for n in page.css("#case-results .case-item[data-slug]")]


def test_case_filter_accepts_any_case(client, seeded_cases) -> None:
    abbr = seeded_cases[0].state.abbr  # a state that has cases
    expected = sorted(c.slug for c in seeded_cases if c.state.abbr == abbr)
    for spelling in (abbr.upper(), abbr.lower(), abbr.title()):
        response = client.get("/cases/", {"state": spelling})
        assert response.status_code == 200, spelling
        assert sorted(listed(response)) == expected, spelling
        page = LexborHTMLParser(response.content.decode())
        chosen = page.css_first("select[name=state] option[selected]")
        assert chosen is not None and chosen.attributes["value"] == abbr.lower()
        fragment = client.get("/cases/results/", {"state": spelling})
        assert fragment.status_code == 200
        api = client.get("/api/v1/cases", {"state": spelling})
        assert api.status_code == 200, api.content
        assert sorted(case["slug"] for case in api.json()["results"]) == expected


def test_an_unknown_state_is_still_a_400(client) -> None:
    assert client.get("/cases/", {"state": "XX"}).status_code == 400
    assert client.get("/api/v1/cases", {"state": "zz"}).status_code == 400


@pytest.mark.parametrize(
    ("typed", "target"),
    [
        ("/MO/", "/mo/"),
        ("/Mo/act/", "/mo/act/"),
        ("/MO/act/?zip=65101", "/mo/act/?zip=65101"),
        ("/TX/act/write/", "/tx/act/write/"),
        ("/share/MO.png", "/share/mo.png"),
        ("/share/Mo/", "/share/mo/"),
    ],
)
def test_pages_redirect_to_the_lower_case_url(client, typed: str, target: str) -> None:
    response = client.get(typed)
    assert response.status_code == 301
    assert response["Location"] == target
    assert client.get(target).status_code in (200, 302)


@pytest.mark.parametrize("path", ["/XX/", "/Qq/act/", "/share/ZZ.png"])
def test_unknown_abbreviations_are_still_404(client, path: str) -> None:
    assert client.get(path).status_code == 404


def test_api_state_and_bill_filters_accept_any_case(client) -> None:
    ensure_states()
    for spelling in ("MO", "mo", "Mo"):
        assert client.get(f"/api/v1/states/{spelling}").status_code == 200
        assert client.get("/api/v1/bills", {"state": spelling}).status_code == 200
