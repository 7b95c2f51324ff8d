"""/cases/, /cases/results/, /cases/<slug>/ and the state page's case-study section."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from selectolax.lexbor import LexborHTMLParser

from endqi.cases.atlas import state_bounds
from endqi.cases.distance import great_circle_km
from endqi.cases.impact import coverage_sentence, detail_sentences
from endqi.cases.models import CaseStudy
from endqi.legislation.models import State

from .bill_factories import make_bill

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded() -> list[CaseStudy]:
    """The project's own seed cases."""
    call_command("seed_cases", stdout=io.StringIO())
    return list(CaseStudy.objects.published())


def html(response) -> LexborHTMLParser:
    return LexborHTMLParser(response.content.decode())


def listed_slugs(page: LexborHTMLParser) -> list[str]:
    return [
        node.attributes["data-slug"] for node in page.css("#case-results .case-item[data-slug]")
    ]


def marker_slugs(page: LexborHTMLParser) -> list[str]:
    return [node.attributes["data-slug"] for node in page.css("#case-markers a.case-marker")]


def count_queries(action: Callable[[], object]) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured)


def test_case_list_shows_every_case_on_the_map_and_in_the_list(client, seeded) -> None:
    response = client.get("/cases/")
    assert response.status_code == 200
    page = html(response)
    slugs = {case.slug for case in seeded}
    assert set(listed_slugs(page)) == slugs
    assert set(marker_slugs(page)) == slugs  # every seeded place is on the Albers map
    for marker in page.css("#case-markers a.case-marker"):
        label = marker.attributes["aria-label"]
        assert marker.attributes["href"].startswith("/cases/")
        assert marker.css_first("title").text() == label
        assert marker.css_first("circle") is not None
    # The US outline is drawn from us-atlas: one path per state and DC.
    assert len(page.css(".case-map-states path")) == 51
    assert "Collie v. Barron" in page.css_first("#case-results").text()


def test_page_has_no_inline_script_or_style_and_loads_only_our_files(client, seeded) -> None:
    page = html(client.get("/cases/"))
    for script in page.css("script"):
        assert script.attributes.get("src", "").startswith("/static/")
    assert not page.css("[style]")
    assert page.css_first('link[href="/static/cases/cases.css"]') is not None
    assert page.css_first('script[src="/static/cases/cases.js"]') is not None


def test_filter_by_state_without_javascript(client, seeded) -> None:
    page = html(client.get("/cases/?state=tx"))
    expected = {case.slug for case in seeded if case.state.abbr == "TX"}
    assert "collie-v-barron" in expected
    assert set(listed_slugs(page)) == expected
    assert set(marker_slugs(page)) == expected
    assert "selected" in page.css_first('#id_state option[value="tx"]').attributes


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("year_from=2019&year_to=2020", lambda c: 2019 <= c.decided.year <= 2020),
        ("court=scotus", lambda c: c.court == "scotus"),
        ("category=speech_retaliation", lambda c: c.category == "speech_retaliation"),
        ("outcome=qi_denied", lambda c: c.outcome == "qi_denied"),
        ("q=taser", lambda c: "taser" in (c.summary + c.category_detail + c.reasoning).lower()),
        ("state=mo&outcome=qi_granted", lambda c: c.state.abbr == "MO" and c.shielded),
    ],
)
def test_filters(client, seeded, query: str, keep) -> None:
    expected = {case.slug for case in seeded if keep(case)}
    assert expected, query  # each filter matches something in the seed data
    assert set(listed_slugs(html(client.get(f"/cases/?{query}")))) == expected


def test_text_search_needs_every_word(client, seeded) -> None:
    both = set(listed_slugs(html(client.get("/cases/?q=Fort+Worth"))))
    assert both == {"collie-v-barron"}
    assert not listed_slugs(html(client.get("/cases/?q=Fort+Worth+Seattle")))


def test_near_a_state_orders_by_great_circle_distance(client, seeded) -> None:
    page = html(client.get("/cases/?near=tx"))
    slugs = listed_slugs(page)
    assert len(slugs) == len(seeded)
    centre = state_bounds()["TX"]
    by_slug = {case.slug: case for case in seeded}
    distances = [
        great_circle_km(
            centre.center_lat, centre.center_lon, by_slug[s].latitude, by_slug[s].longitude
        )
        for s in slugs
    ]
    assert distances == sorted(distances)
    assert by_slug[slugs[0]].state.abbr == "TX"
    assert "miles away" in page.css_first("#case-results .case-distance").text()
    assert "nearest to Texas first" in page.css_first("#case-results-heading").text()


def test_near_a_point(client, seeded) -> None:
    # A point in Boston: Glik v. Cunniffe happened on Boston Common.
    slugs = listed_slugs(html(client.get("/cases/?near=42.36,-71.06")))
    assert slugs[0] == "glik-v-cunniffe"


@pytest.mark.parametrize(
    "query",
    [
        "year_from=abc",
        "state=zz",
        "court=moon",
        "year_from=2020&year_to=2010",
        "near=91,0",
        "near=xx",
    ],
)
def test_bad_filters_get_a_400_with_a_message(client, seeded, query: str) -> None:
    response = client.get(f"/cases/?{query}")
    assert response.status_code == 400
    assert "Some filters could not be used" in response.content.decode()


def test_results_fragment_matches_the_page(client, seeded) -> None:
    fragment = html(client.get("/cases/results/?state=mo"))
    page = html(client.get("/cases/?state=mo"))
    assert listed_slugs(fragment) == listed_slugs(page)
    assert marker_slugs(fragment) == marker_slugs(page)
    assert fragment.css_first("header") is None  # no site chrome in the fragment


def test_list_page_query_count_does_not_grow_with_cases(client, seeded) -> None:
    many = count_queries(lambda: client.get("/cases/"))
    CaseStudy.objects.exclude(slug__in=["collie-v-barron", "glik-v-cunniffe"]).delete()
    few = count_queries(lambda: client.get("/cases/"))
    assert many == few
    assert count_queries(lambda: client.get("/cases/results/?near=tx")) == few


def test_detail_page(client, seeded) -> None:
    response = client.get("/cases/collie-v-barron/")
    assert response.status_code == 200
    page = html(response)
    case = CaseStudy.objects.get(slug="collie-v-barron")
    assert page.css_first("h1").text() == "Collie v. Barron"
    text = page.body.text()
    assert case.summary in text and case.reasoning in text
    assert "747 F. App'x 950" in text
    hrefs = {node.attributes["href"] for node in page.css(".case-sources a")}
    assert hrefs == set(case.sources)
    assert "No bill to end qualified immunity in Texas is tracked" in text


def test_detail_page_explains_each_state_bill_from_its_scorecard(client, seeded) -> None:
    bill = make_bill("HB 1", state="TX")
    draft = make_bill("HB 2", state="TX", published=False)
    verdicts = bill.scorecard().verdicts()
    page = html(client.get("/cases/collie-v-barron/"))
    aside = page.css_first(".case-bills")
    text = " ".join(aside.text().split())
    assert coverage_sentence("HB 1 (2024)", verdicts, "police") in text
    for sentence in detail_sentences(verdicts):
        assert sentence in text
    assert draft.identifier + " (" not in text  # unpublished bills stay hidden
    assert aside.css_first(f'a[href="{bill.get_absolute_url()}"]') is not None
    # Prison officers: the sentence turns on a different criterion.
    taylor = html(client.get("/cases/taylor-v-riojas/")).css_first(".case-bills").text()
    assert "No bill to end qualified immunity in Texas" not in taylor
    assert "prison and jail officers" in " ".join(taylor.split())


def test_detail_page_query_count_does_not_grow_with_bills(client, seeded) -> None:
    make_bill("HB 1", state="TX")
    one = count_queries(lambda: client.get("/cases/collie-v-barron/"))
    make_bill("HB 2", state="TX")
    make_bill("SB 3", state="TX")
    assert count_queries(lambda: client.get("/cases/collie-v-barron/")) == one


def test_unknown_and_unpublished_cases_are_404_except_for_staff(client, admin_client, seeded):
    assert client.get("/cases/no-such-case/").status_code == 404
    CaseStudy.objects.filter(slug="glik-v-cunniffe").update(published=False)
    assert client.get("/cases/glik-v-cunniffe/").status_code == 404
    assert "glik-v-cunniffe" not in listed_slugs(html(client.get("/cases/")))
    staff_view = admin_client.get("/cases/glik-v-cunniffe/")
    assert staff_view.status_code == 200
    assert "Not published" in staff_view.content.decode()


def test_state_cases_tag_lists_the_state_and_links_to_the_map(seeded) -> None:
    template = Template("{% load cases_tags %}{% state_cases state %}")
    texas = State.objects.get(abbr="TX")
    rendered = LexborHTMLParser(template.render(Context({"state": texas.abbr})))
    names = [node.text() for node in rendered.css(".state-case-list a")]
    assert "Collie v. Barron" in names
    assert len(names) == sum(1 for case in seeded if case.state.abbr == "TX")
    assert rendered.css_first('a[href="/cases/?state=tx"]').text() == "All Texas cases on the map"
    # The state's own map: one marker per Texas case, zoomed to Texas.
    markers = [node.attributes["data-slug"] for node in rendered.css("svg a.case-marker")]
    assert sorted(markers) == sorted(case.slug for case in seeded if case.state.abbr == "TX")
    view_box = rendered.css_first("svg.case-map-svg").attributes["viewBox"]
    assert view_box != "0 0 975 610"
    # A state with no case studies points to the nearest ones instead.
    empty = LexborHTMLParser(template.render(Context({"state": "WY"})))
    assert empty.css_first(".state-case-list") is None
    assert empty.css_first('a[href="/cases/?near=wy"]') is not None


def test_state_page_shows_its_case_studies(client, seeded) -> None:
    response = client.get("/tx/")
    assert response.status_code == 200
    section = html(response).css_first("#cases")
    assert "Collie v. Barron" in section.text()
    assert section.css_first('a[href="/cases/collie-v-barron/"]') is not None
    assert section.css_first('a[href="/cases/?state=tx"]') is not None
