"""Home page: counts that read right, the map's links in A–Z order."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from endqi.legislation.models import State
from endqi.legislation.seed import seed_legislation

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded() -> None:
    assert seed_legislation().bills_created


def test_the_count_names_the_50_states_and_dc_apart(client, seeded) -> None:
    text = " ".join(LexborHTMLParser(client.get("/").content.decode()).body.text().split())
    with_bills = State.objects.filter(bills__published=True).distinct().count()
    verb = "has" if with_bills == 1 else "have"
    assert f"{with_bills} of the 50 states and DC {verb} a published bill" in text
    assert "of 51" not in text and "51 states" not in text


def test_the_maps_links_are_in_a_to_z_order(client, seeded) -> None:
    page = LexborHTMLParser(client.get("/").content.decode())
    names = [node.text() for node in page.css("svg.us-map > a.state-link > title")]
    assert len(names) == 51
    state_names = [re.split(r"[:,(]", name)[0].strip() for name in names]
    assert state_names == sorted(state_names)
