"""The write-to-your-legislators pages: addressing, the editable message, mailto and calls."""

from __future__ import annotations

from html import unescape
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

import pytest

from endqi.action.limits import MAILTO_MAX_CHARS
from endqi.action.messages import NAME_PROMPT, PERSONAL_PROMPT, PLACE_PROMPT
from endqi.officials.models import Person
from endqi.rubric.gaps import find_gaps

from .action_support import (
    JEFFERSON_CITY_ZIP,
    MO_HOUSE_DISTRICT,
    MO_SENATE_DISTRICT,
    html,
    load_missouri_officials,
    seed_real_bill,
)
from .bill_factories import make_bill

pytestmark = pytest.mark.django_db
DISTRICTS = {"district_upper": MO_SENATE_DISTRICT, "district_lower": MO_HOUSE_DISTRICT}


def decode(href: str) -> tuple[list[str], dict[str, str]]:
    parts = urlsplit(unescape(href))
    fields = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return [unquote(a) for a in parts.path.split(",") if a], fields


def legislators_of_jefferson_city() -> list[Person]:
    people = [
        person
        for person in Person.objects.filter(state__abbr="MO", current=True).prefetch_related(
            "roles"
        )
        for role in person.current_roles()
        if (role.role_type, role.district) in {("upper", "6"), ("lower", "60")}
    ]
    assert len(people) == 2, "the shared data should hold Missouri Senate 6 and House 60"
    return people


@pytest.fixture
def officials(shared_dir):
    load_missouri_officials(shared_dir)
    return legislators_of_jefferson_city()


@pytest.fixture
def missouri_bill():
    """A real Missouri bill from the shared development data, seeded by the legislation app."""
    bill = seed_real_bill("mo-hb-30")
    assert bill.identifier == "HB 30" and bill.published and bill.scorecard() is not None
    return bill


def test_bill_page_addresses_both_legislators_and_builds_the_message(
    client, officials, missouri_bill
) -> None:
    url = f"/mo/bills/{missouri_bill.slug}/act/?{urlencode({**DISTRICTS, 'length': 'full'})}"
    response = client.get(url)
    assert response.status_code == 200
    tree = html(response)
    boxes = tree.css("input[name=recipients]")
    emails = {box.attributes["data-email"] for box in boxes}
    assert emails == {person.email for person in officials}
    assert all("checked" in box.attributes for box in boxes)

    body = tree.css_first("textarea#id_body").text()
    subject = tree.css_first("input#id_subject").attributes["value"]
    assert "HB 30" in subject
    assert PERSONAL_PROMPT in body
    for gap in find_gaps(missouri_bill.scorecard().criteria):
        assert gap.criterion.title in body
        assert gap.model_language.splitlines()[0] in body
    for person in officials:
        assert person.family_name in body.splitlines()[0]  # the greeting names them
    # HB 30 failed: the letter asks for a new bill, not to amend it "before it passes".
    assert missouri_bill.status == "failed"
    page = response.content.decode()
    assert "HB 30 (2020) failed" in body
    assert "before it passes" not in page and "only if it is amended" not in page
    assert not tree.css("input[name=stance]"), "no stances for a bill that is no longer alive"

    # Each phone number becomes a tel: link with a call script.
    tels = {a.attributes["href"] for a in tree.css("a[href^='tel:']")}
    assert {f"tel:{person.tel_number}" for person in officials} <= tels
    assert "HB 30" in tree.css_first(".call-script").text()


def test_mailto_link_carries_the_edited_message_after_update(
    client, officials, missouri_bill
) -> None:
    url = f"/mo/bills/{missouri_bill.slug}/act/?{urlencode(DISTRICTS)}"
    keys = [p.openstates_id for p in officials]
    edited = "Dear Senator and Representative,\n\nPlease fix HB 30: add a duty to intervene.\n\nAnn"
    response = client.post(
        url,
        {
            "action": "update",
            "recipients": keys,
            "subject": "HB 30 needs a duty to intervene",
            "body": edited,
        },
    )
    assert response.status_code == 200
    link = html(response).css_first("a#mailto-link").attributes["href"]
    addresses, fields = decode(link)
    assert sorted(addresses) == sorted(p.email for p in officials)
    assert fields == {
        "subject": "HB 30 needs a duty to intervene",
        "body": edited.replace("\n", "\r\n"),
    }
    assert len(unescape(link)) <= MAILTO_MAX_CHARS
    assert "hidden" in html(response).css_first("#mailto-fallback").attributes


def test_too_long_message_falls_back_to_copy_with_addresses_shown(
    client, officials, missouri_bill
) -> None:
    query = urlencode({**DISTRICTS, "length": "full"})
    response = client.get(f"/mo/bills/{missouri_bill.slug}/act/?{query}")
    # The full message quotes model language: too long for a link.
    tree = html(response)
    fallback = tree.css_first("#mailto-fallback")
    assert "hidden" not in fallback.attributes
    assert "hidden" in tree.css_first("#mailto-ready").attributes
    shown = tree.css_first("#fallback-addresses").text()
    assert all(person.email in shown for person in officials)
    addresses, fields = decode(tree.css_first("a#mailto-short").attributes["href"])
    assert sorted(addresses) == sorted(p.email for p in officials)
    assert set(fields) == {"subject"}
    # The copy button exists (revealed by the script) and the text is in a plain textarea.
    assert tree.css_first("button#copy-button[data-target=id_body]") is not None


def test_the_default_short_letter_fits_in_one_mailto_link(client, officials, missouri_bill) -> None:
    # No "length" parameter: the short letter is the default, one tap sends it.
    response = client.get(f"/mo/bills/{missouri_bill.slug}/act/?{urlencode(DISTRICTS)}")
    tree = html(response)
    if "hidden" in tree.css_first("#mailto-ready").attributes:
        pytest.fail("the short version of a real bill's message should fit in a mailto link")
    href = unescape(tree.css_first("a#mailto-link").attributes["href"])
    _, fields = decode(href)
    assert "/model-policy/" in fields["body"]
    # Room left for the visitor's own words in place of the prompts: two sentences
    # (250 characters), a name and a street address, still in one link.
    own_words = ("Police here hurt my neighbour and no court would hear it. " * 5)[:250]
    filled = own_words + "Ann Example" + "12 Main Street, Jefferson City, MO 65101"
    prompts = PERSONAL_PROMPT + NAME_PROMPT + PLACE_PROMPT
    assert len(href) - len(quote(prompts)) + len(quote(filled)) <= MAILTO_MAX_CHARS
    assert fields["body"].replace("\r\n", "\n") == tree.css_first("textarea#id_body").text()


def test_visitor_can_change_the_stance_on_a_pending_bill(client, officials) -> None:
    pending = make_bill("HB 1")  # in committee
    query = urlencode({**DISTRICTS, "stance": "oppose"})
    tree = html(client.get(f"/mo/bills/{pending.slug}/act/?{query}"))
    assert tree.css_first("input#id_subject").attributes["value"].startswith("Please oppose")
    assert "checked" in tree.css_first("input[type=radio][name=stance][value=oppose]").attributes


def test_state_page_without_bill_asks_for_model_policy(client, officials) -> None:
    tree = html(client.get(f"/mo/act/write/?{urlencode(DISTRICTS)}"))
    subject = tree.css_first("input#id_subject").attributes["value"]
    assert subject == "Please introduce a bill to end qualified immunity in Missouri"
    assert "model policy" in tree.css_first("textarea#id_body").text().lower()
    # One tap: the default letter fits in the e-mail link.
    assert "hidden" not in tree.css_first("#mailto-ready").attributes


def test_without_a_search_the_page_asks_where_you_live(client, officials) -> None:
    tree = html(client.get("/mo/act/write/"))
    assert tree.css_first("input[name=zip]") is not None
    selects = {s.attributes["name"] for s in tree.css(".lookup-form select")}
    assert selects == {"district_upper", "district_lower"}
    assert not tree.css("input[name=recipients]")


def test_officials_not_loaded_lets_the_visitor_type_an_address(client, missouri_bill) -> None:
    response = client.get(f"/mo/bills/{missouri_bill.slug}/act/")
    tree = html(response)
    notice = tree.css_first("#officials-missing")
    assert "cannot look up Missouri legislators" in notice.text()
    # Another way to find them, and no operator commands for visitors.
    assert notice.css_first("a[href^='https://openstates.org/']") is not None
    assert "endqi" not in notice.text()
    assert tree.css_first("input#id_to_address") is not None
    response = client.post(
        f"/mo/bills/{missouri_bill.slug}/act/",
        {"action": "update", "to_address": "rep@example.org", "subject": "HB 30", "body": "Hi."},
    )
    addresses, fields = decode(html(response).css_first("a#mailto-link").attributes["href"])
    assert addresses == ["rep@example.org"] and fields["body"] == "Hi."


def test_zip_in_another_state_is_explained(client, officials) -> None:
    response = client.get("/mo/act/write/?zip=03301")  # Concord, New Hampshire
    assert response.status_code == 200
    alert = html(response).css_first("[role=alert]")
    assert "New Hampshire" in alert.text()
    assert alert.css_first("a").attributes["href"] == "/nh/act/write/?zip=03301"
    assert "No officials were found" not in response.content.decode()


def test_bad_district_is_one_clear_sentence(client, officials) -> None:
    tree = html(client.get("/mo/act/write/?district_upper=999"))
    assert "999" in tree.css_first("[role=alert]").text()


def test_unknown_state_and_bill_are_404(client, missouri_bill) -> None:
    assert client.get("/zz/act/write/").status_code == 404
    assert client.get("/mo/bills/no-such-bill/act/").status_code == 404
    unpublished = make_bill("HB 999", published=False)
    assert client.get(f"/mo/bills/{unpublished.slug}/act/").status_code == 404


def test_invalid_post_is_400_with_the_text_kept(client, officials) -> None:
    response = client.post("/mo/act/write/", {"action": "update", "subject": "", "body": "Mine"})
    assert response.status_code == 400
    assert html(response).css_first("textarea#id_body").text() == "Mine"


def test_jefferson_city_zip_finds_both_legislators(client, shared_dir, missouri_bill) -> None:
    load_missouri_officials(shared_dir, districts=True)
    expected = {p.email for p in legislators_of_jefferson_city()}
    tree = html(client.get(f"/mo/bills/{missouri_bill.slug}/act/?zip={JEFFERSON_CITY_ZIP}"))
    checked = {
        box.attributes["data-email"]
        for box in tree.css("input[name=recipients]")
        if "checked" in box.attributes
    }
    assert checked == expected
    # A ZIP code is approximate, and the page says so.
    assert "approximate" in tree.css_first("#who").parent.text().lower()
