"""/<abbr>/act/ as a visitor meets it: the ZIP box first, legislators before the governor,
plain answers (never operator commands) when this site cannot look someone up."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from .action_support import JEFFERSON_CITY_ZIP, html, load_missouri_officials

pytestmark = pytest.mark.django_db
OPERATOR_WORDS = ("endqi import", "Staff can add", "operator", "admin")


@pytest.fixture
def missouri(shared_dir) -> None:
    load_missouri_officials(shared_dir, districts=True)


def text_of(response) -> str:
    return " ".join(html(response).css_first("main").text().split())


def test_the_zip_box_comes_first_and_nothing_is_claimed_before_a_search(client, missouri) -> None:
    response = client.get("/mo/act/")
    first_section = html(response).css_first("main h2")
    assert "zip-first" in first_section.parent.attributes["class"], "the ZIP box comes first"
    assert first_section.parent.css_first("input#zip-input") is not None
    assert "Your officials" not in text_of(response)


def test_legislators_come_before_the_governor(client, missouri) -> None:
    response = client.get("/mo/act/", {"zip": JEFFERSON_CITY_ZIP})
    tree = html(response)
    headings = [node.text() for node in tree.css(".results .seat h3")]
    assert len(headings) >= 3, headings
    assert "Governor" in headings[-1]
    assert all("Governor" not in heading for heading in headings[:-1])
    assert tree.css_first(".results .write-cta-top a.button") is not None
    assert " km" not in text_of(response)


def test_an_out_of_state_zip_gets_a_plain_answer_and_another_way(client, missouri) -> None:
    response = client.get("/mo/act/", {"zip": "90210"})  # Beverly Hills, California
    assert response.status_code == 200
    text = text_of(response)
    assert "That place is in California, not Missouri." in text
    notice = html(response).css_first("#no-officials")
    assert notice is not None and "California" in notice.text()
    assert notice.css_first("a[href^='https://openstates.org/']") is not None
    for words in OPERATOR_WORDS:
        assert words not in text, words


def test_a_state_without_data_is_plain_for_visitors_and_explicit_for_staff(
    client, missouri
) -> None:
    visitor = text_of(client.get("/ca/act/"))
    assert "We can't look up California legislators here yet" in visitor
    for words in OPERATOR_WORDS:
        assert words not in visitor, words
    staff = get_user_model().objects.create_user("staffer", password="x-long-pass-1", is_staff=True)
    client.force_login(staff)
    assert "endqi import-people" in text_of(client.get("/ca/act/"))


@pytest.mark.parametrize("path", ["/act/", "/mo/act/", "/mo/act/write/"])
def test_an_unknown_zip_gets_a_plain_answer_and_another_way(client, missouri, path) -> None:
    response = client.get(path, {"zip": "00000"})
    alert = html(response).css_first("[role=alert]")
    assert alert is not None and "00000" in alert.text()
    assert alert.css_first("a[href^='https://openstates.org/']") is not None
    for words in OPERATOR_WORDS:
        assert words not in text_of(response), words
