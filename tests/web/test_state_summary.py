"""The top of a state page: the situation in one sentence, the best bill's score, one button."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from endqi.legislation.models import Bill
from endqi.legislation.situation import STATUS_PHRASES, state_situation
from endqi.legislation.status import BillStatus

from .bill_factories import OTHER_BILL_TEXT, get_state, make_bill

pytestmark = pytest.mark.django_db


def loaded(state: str = "MO") -> list[Bill]:
    return list(get_state(state).bills.published().with_scorecards())


def summary(client, slug: str = "mo") -> LexborHTMLParser:
    response = client.get(f"/{slug}/")
    assert response.status_code == 200
    node = LexborHTMLParser(response.content.decode()).css_first("main .state-summary")
    assert node is not None, "the summary comes first"
    return node


def test_no_bill_asks_for_one(client) -> None:
    get_state("MO")
    node = summary(client)
    assert "No bill to end qualified immunity is tracked in Missouri" in node.text()
    buttons = node.css("a.button")
    assert len(buttons) == 1
    assert buttons[0].attributes["href"] == "/mo/act/write/"


def test_a_pending_bill_leads_with_its_status_score_and_a_button(client) -> None:
    weak = make_bill("HB 2", text=OTHER_BILL_TEXT, status=BillStatus.FAILED)
    strong = make_bill("HB 1", status=BillStatus.IN_COMMITTEE)
    situation = state_situation("Missouri", "mo", loaded())
    assert situation.best == strong != weak
    total = strong.scorecard().total
    assert f"meets {total:g} of the 9 criteria" in situation.sentence
    assert STATUS_PHRASES[BillStatus.IN_COMMITTEE] in situation.sentence
    node = summary(client)
    assert situation.sentence in " ".join(node.text().split())
    assert [a.attributes["href"] for a in node.css("a.button")] == [f"/mo/bills/{strong.slug}/act/"]
    for group in strong.scorecard().groups:
        assert group.text in node.text()


def test_a_failed_best_bill_says_nothing_is_alive(client) -> None:
    make_bill("HB 1", status=BillStatus.FAILED)
    situation = state_situation("Missouri", "mo", loaded())
    assert situation.sentence.startswith("No bill to end qualified immunity is alive in Missouri")
    assert "new bill" in situation.action_label


def test_an_enacted_bill_says_it_became_law(client) -> None:
    make_bill("SB 5", status=BillStatus.ENACTED)
    situation = state_situation("Missouri", "mo", loaded())
    assert "became law in Missouri" in situation.sentence


def test_long_scorecards_fold_behind_details(client) -> None:
    make_bill("HB 1")
    page = LexborHTMLParser(client.get("/mo/").content.decode())
    cards = page.css("#bills .bill-card")
    assert cards
    for card in cards:
        assert card.css(".criterion")
        details = card.css_first("details.scorecard-details")
        assert details is not None and "open" not in details.attributes
        assert len(details.css(".criterion")) == len(card.css(".criterion"))
