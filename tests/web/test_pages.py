"""Public pages: home (map, table, recent changes), state picker, state pages, bill pages."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from endqi.legislation import overview
from endqi.legislation.bills import record_status, set_published
from endqi.legislation.evaluations import override_criterion
from endqi.legislation.models import Bill
from endqi.legislation.status import BillStatus
from endqi.rubric import CRITERIA, Verdict
from endqi.states import all_states

from .bill_factories import OTHER_BILL_TEXT, make_bill
from .page_helpers import make_user, parse, text_of

pytestmark = pytest.mark.django_db


def fresh(bill: Bill) -> Bill:
    """Reload a bill with everything its pages show."""
    return Bill.objects.with_scorecards().get(pk=bill.pk)


# Home ----------------------------------------------------------------------------------------


def test_home_map_has_a_focusable_link_with_a_title_for_every_state(client) -> None:
    tree = parse(client.get("/"))
    links = tree.css("svg.us-map a.state-link")
    assert len(links) == len(all_states()) == 51
    hrefs = {link.attributes["href"] for link in links}
    assert hrefs == {f"/{state.slug}/" for state in all_states()}
    for link in links:
        assert text_of(link.css_first("title")), link.attributes["href"]
        assert link.css_first("path.state") is not None
    # The whole figure has an accessible name and description.
    svg = tree.css_first("svg.us-map")
    assert svg.attributes["role"] == "group"
    assert text_of(svg.css_first("title")) and text_of(svg.css_first("desc"))


def test_home_colours_a_state_by_its_best_bill_and_says_it_in_words(client) -> None:
    bill = fresh(make_bill("HB 7", status=BillStatus.FAILED))
    scorecard = bill.scorecard()
    end, start = (group.text for group in scorecard.groups)
    tree = parse(client.get("/"))

    missouri = next(a for a in tree.css("svg.us-map a") if a.attributes["href"] == "/mo/")
    label = text_of(missouri.css_first("title"))
    assert label == f"Missouri: HB 7 (2024), Failed; end {end}, start {start}"
    classes = missouri.css_first("path").attributes["class"].split()
    share = bill.current_evaluation.assessed_share()
    assert share == pytest.approx(scorecard.total / 9)  # a whole text: every criterion assessed
    assert f"tier-{overview.score_tier(share)}" in classes
    assert "status-dead" in classes  # hatched: colour is not the only cue
    assert missouri.css_first("circle.marker") is None

    wyoming = next(a for a in tree.css("svg.us-map a") if a.attributes["href"] == "/wy/")
    assert "tier-none" in wyoming.css_first("path").attributes["class"]
    assert "no bill tracked" in text_of(wyoming.css_first("title"))

    # The table alternative says the same in text.
    rows = {text_of(row.css_first("th")): row for row in tree.css("#state-table tbody tr")}
    assert len(rows) == 51
    cells = [text_of(cell) for cell in rows["Missouri"].css("td")]
    assert cells[0] == "HB 7 (2024)"
    assert "Failed" in cells[1]
    assert cells[2:] == [end, start]
    assert "No state bill tracked yet" in text_of(rows["Wyoming"])
    assert tree.css_first("#state-table caption") is not None


def test_enacted_bill_gets_a_marker_and_the_best_bill_wins(client) -> None:
    make_bill("SB 1", state="CO", status=BillStatus.FAILED, text=OTHER_BILL_TEXT)
    make_bill("SB 2", state="CO", status=BillStatus.ENACTED)
    tree = parse(client.get("/"))
    colorado = next(a for a in tree.css("svg.us-map a") if a.attributes["href"] == "/co/")
    assert colorado.css_first("circle.marker") is not None
    assert "SB 2" in text_of(colorado.css_first("title"))
    assert "2 bills tracked" in text_of(colorado.css_first("title"))
    assert "status-dead" not in colorado.css_first("path").attributes["class"]


def test_unpublished_bills_stay_off_the_home_page(client) -> None:
    make_bill("HB 99", published=False)
    response = client.get("/")
    assert "HB 99" not in response.content.decode()
    tree = parse(response)
    missouri = next(a for a in tree.css("svg.us-map a") if a.attributes["href"] == "/mo/")
    assert "no bill tracked" in text_of(missouri.css_first("title"))


def test_home_legend_and_explanation(client) -> None:
    tree = parse(client.get("/"))
    legend = [text_of(item) for item in tree.css(".map-legend li")]
    assert overview.TIER_LABELS["strong"] in legend and overview.TIER_LABELS["none"] in legend
    assert any("Hatched" in item for item in legend)
    assert text_of(tree.css_first("h2#what-heading")) == "What qualified immunity is"
    # A keyboard user can skip the 51 map links.
    assert tree.css_first("a.skip-map").attributes["href"] == "#state-table"


def test_home_lists_recent_changes(client) -> None:
    bill = make_bill("HB 12")
    record_status(bill, BillStatus.PASSED_ONE_CHAMBER, date=datetime.date(2024, 3, 1))
    tree = parse(client.get("/"))
    section = tree.css_first("section[aria-labelledby=recent-heading]")
    text = text_of(section)
    assert "Passed one chamber" in text and "1 Mar 2024" in text
    assert "HB 12" in text
    assert section.css_first("a[href='/feeds/changes.atom']") is not None


def test_home_fragment_is_cached_and_refreshed_when_data_changes(client) -> None:
    bill = make_bill("HB 20")
    with CaptureQueriesContext(connection) as first:
        client.get("/")
    with CaptureQueriesContext(connection) as second:
        response = client.get("/")
    assert len(second) < len(first)  # the map and table came from the cache
    assert "In committee" in response.content.decode()

    record_status(bill, BillStatus.ENACTED, date=datetime.date(2024, 5, 1))
    tree = parse(client.get("/"))
    missouri = next(a for a in tree.css("svg.us-map a") if a.attributes["href"] == "/mo/")
    assert "Enacted" in text_of(missouri.css_first("title"))

    set_published(fresh(bill), False)
    tree = parse(client.get("/"))
    missouri = next(a for a in tree.css("svg.us-map a") if a.attributes["href"] == "/mo/")
    assert "no bill tracked" in text_of(missouri.css_first("title"))


def test_home_map_fragment_changes_after_a_review(client) -> None:
    bill = fresh(make_bill("HB 21"))
    client.get("/")
    result = bill.current_evaluation.ordered_results()[0]
    new = Verdict.NO if result.effective_verdict != Verdict.NO else Verdict.YES
    override_criterion(result, new, "Checked by hand.", make_user("rev", staff=True))
    end = fresh(bill).scorecard().groups[0].text
    tree = parse(client.get("/"))
    row = next(r for r in tree.css("#state-table tbody tr") if "Missouri" in text_of(r))
    assert [text_of(cell) for cell in row.css("td")][2] == end


def test_missing_map_data_shows_the_install_command(client, settings, tmp_path) -> None:
    settings.NODE_MODULES_DIR = tmp_path / "node_modules"
    response = client.get("/")
    assert response.status_code == 200
    tree = parse(response)
    assert tree.css_first("svg.us-map") is None
    assert "npm ci" in text_of(tree.css_first(".map-missing"))
    assert len(tree.css("#state-table tbody tr")) == 51


# State picker and 404s --------------------------------------------------------------------


@pytest.mark.parametrize("value", ["mo", "MO", " Mo "])
def test_state_picker_redirects_to_the_state_page(client, value: str) -> None:
    response = client.get("/go/", {"state": value})
    assert response.status_code == 302 and response["Location"] == "/mo/"


@pytest.mark.parametrize("value", ["zz", "", "missouri", "<script>"])
def test_state_picker_sends_unknown_values_home_with_a_message(client, value: str) -> None:
    response = client.get("/go/", {"state": value}, follow=True)
    assert response.redirect_chain[-1] == ("/", 302)
    assert parse(response).css_first(".messages .message") is not None


@pytest.mark.parametrize("url", ["/zz/", "/mo/bills/no-such-bill/", "/zz/bills/hb-1/", "/MOO/"])
def test_unknown_pages_are_404_with_a_helpful_page(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


# State page -------------------------------------------------------------------------------


def test_state_page_shows_each_bill_with_its_scorecard(client) -> None:
    bill = fresh(make_bill("HB 30", status=BillStatus.FAILED))
    evaluation = bill.current_evaluation
    tree = parse(client.get("/mo/"))
    assert text_of(tree.css_first("h1")) == "End qualified immunity in Missouri"
    card = tree.css_first("article.bill-card")
    assert text_of(card.css_first("h3")) == "HB 30 (2024)"
    assert card.css_first("h3 a").attributes["href"] == bill.get_absolute_url()
    assert "Failed" in text_of(card.css_first(".status"))
    assert "Test bill HB 30." in text_of(card)

    # Group scores as text: "end 2/4", "start 1/5".
    headings = [text_of(h) for h in card.css(".scorecard-group h4")]
    assert headings == [
        f"{group.id} {group.text} {title}"
        for group, title in zip(
            evaluation.groups, ["Practices the bill ends", "Practices the bill starts"], strict=True
        )
    ]
    # Every criterion: verdict as symbol + word + colour class, explanation, quotes.
    items = card.css("li.criterion")
    assert len(items) == len(CRITERIA)
    quoted: set[str] = set()  # each passage is quoted once per scorecard
    for item, result in zip(items, evaluation.ordered_results(), strict=True):
        verdict = item.css_first("span.verdict")
        assert f"verdict-{result.verdict}" in verdict.attributes["class"]
        assert (
            text_of(verdict)
            == f"{result.effective_verdict.symbol} {result.effective_verdict.label}"
        )
        assert text_of(item.css_first(".criterion-title")) == result.criterion.title
        assert result.explanation in text_of(item)
        quotes = [text_of(q.css_first("p")) for q in item.css("blockquote.evidence")]
        expected = [f"“{' '.join(e['quote'].split())}”" for e in result.evidence]
        # A passage already quoted (or inside one) is pointed to, not quoted again.
        new = [q for q in expected if not any(q.strip("“”") in old for old in quoted)]
        assert quotes == new
        assert len(item.css("p.evidence-repeat")) == len(expected) - len(new)
        quoted.update(new)


def test_state_page_sections_and_no_bill_message(client) -> None:
    tree = parse(client.get("/wy/"))
    for section_id, heading in [
        ("bills", "Bills and Legislation"),
        ("cases", "Case Studies"),
        ("action", "Take action"),
    ]:
        section = tree.css_first(f"section#{section_id}")
        assert text_of(section.css_first("h2")) == heading
        assert tree.css_first(f"nav.page-nav a[href='#{section_id}']") is not None
    empty = text_of(tree.css_first("#bills .empty-state"))
    assert "No bills tracked yet in Wyoming" in empty
    assert tree.css_first("#bills .empty-state a[href='/evaluate/']") is not None


def test_state_page_shows_who_reviewed_a_verdict(client) -> None:
    bill = fresh(make_bill("HB 31"))
    reviewer = make_user("ana", staff=True, first_name="Ana", last_name="Ruiz")
    result = bill.current_evaluation.ordered_results()[1]
    override_criterion(result, Verdict.PARTIAL, "Covers jailers as well as police.", reviewer)
    tree = parse(client.get("/mo/"))
    item = tree.css("li.criterion")[1]
    assert text_of(item.css_first("span.verdict")) == "◐ Partial"
    assert "Covers jailers as well as police." in text_of(item)
    assert "Reviewed by Ana Ruiz" in text_of(item.css_first(".reviewed-by"))


def test_state_page_hides_unpublished_bills(client) -> None:
    make_bill("HB 40", published=False)
    response = client.get("/mo/")
    assert "HB 40" not in response.content.decode()
    assert "No bills tracked yet" in response.content.decode()


# Bill page --------------------------------------------------------------------------------


def test_bill_page_links_every_quote_to_its_highlight_in_the_text(client) -> None:
    bill = fresh(make_bill("HB 50"))
    tree = parse(client.get(bill.get_absolute_url()))
    assert text_of(tree.css_first("h1")) == "Missouri HB 50 (2024)"
    text_box = tree.css_first(".bill-text")
    marks = text_box.css("mark")
    evidence_links = tree.css("#scorecard a.evidence-link")
    expected = sum(len(r.evidence) for r in bill.current_evaluation.ordered_results())
    assert len(evidence_links) == expected
    ids = {node.attributes.get("id") for node in text_box.css("[id]")}
    for link in evidence_links:
        assert link.attributes["href"].lstrip("#") in ids
    if expected:
        assert marks
    # The whole version text is there, as text.
    version_text = bill.current_evaluation.version.text
    assert " ".join(text_box.text().split()) == " ".join(version_text.split())


def test_bill_page_says_what_was_evaluated_when_and_by_whom(client) -> None:
    bill = fresh(make_bill("HB 51"))
    evaluation = bill.current_evaluation
    tree = parse(client.get(bill.get_absolute_url()))
    facts = text_of(tree.css_first("#evaluated dl"))
    assert "“introduced”" in facts
    assert f"engine {evaluation.engine_version}" in facts
    assert "Not reviewed yet" in facts

    reviewer = make_user("bo", staff=True)
    override_criterion(
        evaluation.ordered_results()[0], Verdict.NO, "The bar has a carve-out.", reviewer
    )
    tree = parse(client.get(bill.get_absolute_url()))
    assert "Reviewed by bo" in text_of(tree.css_first("#evaluated dl"))
    log = text_of(tree.css_first("#history"))
    assert f"Reviewed “{CRITERIA[0].title}”: verdict set to No" in log
    assert "The bar has a carve-out." in log
    assert "Bill added" in log and "Text added: “introduced”" in log


def test_bill_page_history_shows_status_and_publication_changes(client) -> None:
    bill = make_bill("HB 52")
    staff = make_user("cy", staff=True)
    record_status(bill, BillStatus.VETOED, date=datetime.date(2024, 6, 2), user=staff)
    set_published(fresh(bill), False, user=staff)
    set_published(fresh(bill), True, user=staff)
    tree = parse(client.get(fresh(bill).get_absolute_url()))
    history = text_of(tree.css_first("#history"))
    assert "Status changed from In committee to Vetoed" in history
    assert "Published changed from yes to no" in history
    assert "Published changed from no to yes" in history
    assert "(cy)" in history
    statuses = [text_of(li) for li in tree.css("#history .two-col > div:first-child li")]
    assert any("2 Jun 2024" in s and "Vetoed" in s for s in statuses)


def test_unpublished_bill_page_is_404_for_visitors_but_staff_can_preview(client) -> None:
    bill = make_bill("HB 53", published=False)
    url = fresh(bill).get_absolute_url()
    assert client.get(url).status_code == 404
    staff = make_user("di", staff=True)
    client.force_login(staff)
    response = client.get(url)
    assert response.status_code == 200
    assert "Not published" in response.content.decode()


# Query counts -----------------------------------------------------------------------------


def _count_queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/", "/mo/"])
def test_list_pages_use_a_constant_number_of_queries(
    client, url, django_assert_num_queries
) -> None:
    make_bill("HB 100")
    one_bill = _count_queries(client, url)
    for number in range(101, 105):
        make_bill(f"HB {number}", text=OTHER_BILL_TEXT if number % 2 else None)
    make_bill("SB 9", state="KS")
    assert Bill.objects.filter(state__abbr="MO").count() == 5
    cache.clear()
    with django_assert_num_queries(one_bill):
        client.get(url)


def test_staff_list_uses_a_constant_number_of_queries(client, django_assert_num_queries) -> None:
    client.force_login(make_user("ed", staff=True))
    make_bill("HB 200")
    one_bill = _count_queries(client, "/staff/")
    for number in range(201, 205):
        make_bill(f"HB {number}", state="KS", published=number % 2 == 0)
    with django_assert_num_queries(one_bill):
        client.get("/staff/")


def test_status_without_a_day_names_the_session_year(client) -> None:
    dated = make_bill("HB 5", year=2021)
    undated_year = make_bill("HB 6", year=None)
    home = client.get("/").content.decode()
    assert "2021 session (day not recorded)" in home
    assert "Date unknown" in home  # the bill without a year
    page = client.get(dated.get_absolute_url()).content.decode()
    assert "2021 session (day not recorded)" in page
    assert "Date unknown" in client.get(undated_year.get_absolute_url()).content.decode()
