"""Bill data that holds up: passages scored as passages, local laws apart, versions compared,
freshness dates, and nothing on the site named by a counter or linked off the legislature.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from endqi.legislation import overview
from endqi.legislation.bills import add_bill_version, create_bill
from endqi.legislation.coverage import NOT_IN_TEXT_LABEL
from endqi.legislation.evaluations import override_criterion
from endqi.legislation.models import Bill, State
from endqi.legislation.seed import seed_legislation
from endqi.legislation.sources import is_official_url
from endqi.legislation.versions import version_changes
from endqi.rubric import CRITERIA

from .bill_factories import OTHER_BILL_TEXT, SAMPLE_BILL_TEXT, get_state, make_bill
from .page_helpers import parse, text_of

pytestmark = pytest.mark.django_db

# Two sentences of the sample bill: a claim and the bar on the defense, nothing else.
PASSAGE = (
    "A peace officer who, under color of law, subjects or causes to be subjected any person "
    "to the deprivation of any right secured by the constitution of this state is liable to "
    "the injured party.\n\nQualified immunity shall not be a defense to liability under this "
    "section.\n"
)


def passage_bill(identifier: str = "HB 5", state: str = "MO", **kwargs) -> Bill:
    """A published bill whose only text is a passage."""
    bill = make_bill(identifier, state=state, text=None, **kwargs)
    add_bill_version(bill, PASSAGE, label="passages", coverage="passage")
    return Bill.objects.with_scorecards().get(pk=bill.pk)


def test_a_passage_decides_only_what_it_speaks_to(client: Client) -> None:
    bill = passage_bill()
    evaluation = bill.current_evaluation
    results = evaluation.ordered_results()
    silent = [r for r in results if r.verdict == "no" and not r.evidence]
    assert silent, "a two-sentence passage is silent on most criteria"
    assert all(not r.assessed and r.verdict_text == NOT_IN_TEXT_LABEL for r in silent)
    assert all(r.assessed for r in results if r not in silent)
    assert evaluation.assessed_count() == len(CRITERIA) - len(silent)

    tree = parse(client.get(bill.get_absolute_url()))
    for result in silent:
        item = tree.css_first(f"#criterion-{result.criterion_id.replace('.', '-')}")
        assert NOT_IN_TEXT_LABEL in text_of(item)
        assert "✗ No" not in text_of(item.css_first(".criterion-head"))
    scores = [text_of(node) for node in tree.css(".bill-meta .score")]
    assert any("assessed of" in score for score in scores)
    assert "passages only" in text_of(tree.css_first("#text"))

    data = client.get(f"/api/v1/bills/{bill.pk}").json()
    api_results = {item["id"]: item for item in data["scorecard"]["criteria"]}
    for result in results:
        assert api_results[result.criterion_id]["assessed"] == result.assessed
    groups = data["scorecard"]["groups"]
    assert sum(group["assessed"] for group in groups) == evaluation.assessed_count()
    assert data["versions"][0]["coverage"] == "passage"


def test_a_whole_text_assesses_every_criterion() -> None:
    bill = make_bill("HB 6")
    evaluation = bill.current_evaluation
    assert evaluation.all_assessed
    assert [group.text for group in evaluation.groups] == [
        group.text for group in evaluation.scorecard().groups
    ]


def test_a_reviewers_verdict_counts_as_assessed() -> None:
    bill = passage_bill()
    result = next(r for r in bill.current_evaluation.ordered_results() if not r.assessed)
    override_criterion(result, "partial", "Section 2 covers it in part.", user=None)
    result.refresh_from_db()
    assert result.is_assessed and result.verdict_text == "Partial"


def test_map_and_ranking_leave_out_what_a_passage_does_not_decide() -> None:
    bill = passage_bill(state="KS")
    evaluation = bill.current_evaluation
    share = evaluation.assessed_share()
    # Counting the silent criteria as "no" would give the nine-point total instead.
    assert share > evaluation.total / len(CRITERIA)
    row = next(row for row in overview.national_overview() if row.abbr == "KS")
    assert row.tier == overview.score_tier(share)
    assert row.assessed == evaluation.assessed_count() and row.partly_assessed
    assert "assessed of" in row.map_label()


def test_a_local_law_is_never_the_states_law(client: Client) -> None:
    local = make_bill("Int. 7-A", state="NY", status="enacted")
    Bill.objects.filter(pk=local.pk).update(locality="New York City")
    row = next(row for row in overview.national_overview() if row.abbr == "NY")
    assert row.tier == "none" and row.local_count == 1
    state = State.objects.with_published_bills().get(abbr="NY")
    assert state.best_bill() is None and state.state_bills() == []

    page = parse(client.get("/ny/"))
    assert "Local laws in New York" in text_of(page.css_first("#bills"))
    bill_page = parse(client.get(local.get_absolute_url()))
    assert text_of(bill_page.css_first("h1")).startswith("New York City Int. 7-A")
    assert "not New York’s state law" in text_of(bill_page.css_first("main"))
    api = client.get("/api/v1/states/ny").json()
    assert api["best_bill"] is None and api["local_bill_count"] == 1
    assert api["bills"][0]["jurisdiction"] == {
        "kind": "local",
        "state": "NY",
        "locality": "New York City",
        "name": "New York City, New York",
    }


def test_a_new_version_is_evaluated_and_its_changes_listed(client: Client) -> None:
    bill = make_bill("HB 8", text=OTHER_BILL_TEXT)
    add_bill_version(bill, SAMPLE_BILL_TEXT, label="as amended")
    assert bill.versions.count() == 2 and bill.evaluations.count() == 2
    (change,) = version_changes(bill)
    assert (change.older.label, change.newer.label) == ("introduced", "as amended")
    assert change.gained, "the amended text adds a claim, a bar on the defense and fees"
    assert all(item.clauses_added for item in change.gained)
    new_text = bill.versions.get(label="as amended").text
    for item in change.criteria:
        assert all(quote in new_text for quote in item.clauses_added)

    tree = parse(client.get(bill.get_absolute_url()))
    section = text_of(tree.css_first("#changes"))
    assert "From “introduced” to “as amended”" in section
    assert f"Gained: {change.gained[0].title}" in section

    data = client.get(f"/api/v1/bills/{bill.pk}").json()
    (api_change,) = data["version_changes"]
    assert api_change["to_version"]["label"] == "as amended"
    gained = [item for item in api_change["criteria"] if item["direction"] == "gained"]
    assert len(gained) == len(change.gained)

    feed = client.get("/feeds/changes.atom").content.decode()
    assert "new text “as amended”" in feed and f"{bill.get_absolute_url()}#changes" in feed


def test_freshness_dates_come_from_the_import_and_match_the_api(client: Client) -> None:
    bill = make_bill("HB 9")
    assert bill.text_checked == bill.versions.get().fetched
    Bill.objects.filter(pk=bill.pk).update(status_checked=datetime.date(2026, 11, 30))
    facts = parse(client.get(bill.get_absolute_url())).css_first("#identity")
    dates = [node.attributes["datetime"] for node in facts.css("time")]
    assert dates == ["2026-11-30", bill.text_checked.isoformat()]
    data = client.get(f"/api/v1/bills/{bill.pk}").json()
    assert data["status_checked"] == "2026-11-30"
    assert data["text_checked"] == bill.text_checked.isoformat()


def test_bill_without_checks_says_so_plainly(client: Client) -> None:
    bill = create_bill(state=get_state("MO"), identifier="HB 10", published=True)
    facts = text_of(parse(client.get(bill.get_absolute_url())).css_first("#identity"))
    assert facts.count("not yet checked against the legislature") == 2


@pytest.mark.parametrize("url", ["/mo/", "/api/v1/bills", "/api/v1/states/mo", "/"])
def test_list_pages_stay_constant_with_passages_and_local_laws(
    client: Client, django_assert_num_queries, url: str
) -> None:
    passage_bill("HB 1")
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as first:
        assert client.get(url).status_code == 200
    for number in range(2, 5):
        passage_bill(f"HB {number}")
    local = make_bill("Int. 3", state="MO")
    Bill.objects.filter(pk=local.pk).update(locality="Kansas City")
    cache.clear()
    with django_assert_num_queries(len(first.captured_queries)):
        assert client.get(url).status_code == 200


# --- The whole site, seeded with the real data -------------------------------------------

# Visitor-facing wording of internal bookkeeping that must never show.
INTERNAL_TEXT = (
    "unnumbered",
    "development data",
    "system (import or seed)",
    "date of the last check not recorded",
)


def _links_to_bill_pages(tree) -> list[str]:
    """Every link a bill page offers as the legislature's page or a text's source."""
    hrefs = [node.attributes.get("href") or "" for node in tree.css("a.legislature-link")]
    evaluated = tree.css_first("#evaluated")
    if evaluated is not None:
        hrefs += [
            node.attributes.get("href") or ""
            for node in evaluated.css("a")
            if (node.attributes.get("href") or "").startswith("http")
        ]
    return hrefs


def test_no_page_image_letter_or_record_names_a_bill_by_a_counter_or_links_off_the_legislature(
    client: Client,
) -> None:
    from endqi.action.summaries import bill_share_card, share_post_text, state_share_card
    from endqi.states import get_state_info

    report = seed_legislation()
    assert report.bills_created, "the real bill data must load"
    bills = list(Bill.objects.published().with_scorecards())
    urls = ["/", "/feeds/changes.atom", "/api/v1/states", "/api/v1/bills", "/api/v1/bills.csv"]
    abbrs = sorted({bill.state.slug for bill in bills})
    urls += [f"/{abbr}/" for abbr in abbrs] + [f"/share/{abbr}/" for abbr in abbrs]
    urls += [f"/{abbr}/act/write/" for abbr in abbrs]  # the state's letter
    urls += [f"/api/v1/states/{abbr}" for abbr in abbrs]
    for bill in bills:
        urls += [bill.get_absolute_url(), f"{bill.get_absolute_url()}act/"]
        urls.append(f"/api/v1/bills/{bill.pk}")
    seen = 0
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode().lower()
        for phrase in INTERNAL_TEXT:
            assert phrase not in body, f"{phrase!r} on {url}"
        assert "endqi.org/state" not in body, url
        if url.startswith("/api/v1/bills/"):
            data = response.json()
            assert is_official_url(data["source_url"]), url
            for version in data["versions"]:
                assert version["source_url"] is None or is_official_url(version["source_url"])
            for link in data["text_links"]:
                assert is_official_url(link["url"])
        elif re.fullmatch(r"/[a-z]{2}/bills/[^/]+/", url):
            hrefs = _links_to_bill_pages(parse(response))
            assert hrefs, f"{url} links the legislature"
            assert all(is_official_url(href) for href in hrefs), (url, hrefs)
            seen += 1
    assert seen == len(bills)

    # Share images and their suggested posts are drawn from these texts.
    for bill in bills:
        card = bill_share_card(bill, host="example.org")
        text = " ".join([card.heading, card.subheading, card.fact, card.footer]).lower()
        post = share_post_text(card.subheading, card.scores, card.footer).lower()
        assert "unnumbered" not in text and "unnumbered" not in post
        if bill.is_local:
            assert bill.locality.lower() in card.heading.lower()
    for abbr in abbrs:
        state = State.objects.with_published_bills().get(abbr=abbr.upper())
        card = state_share_card(get_state_info(abbr), state, host="example.org")
        assert "unnumbered" not in " ".join([card.subheading, card.fact]).lower()


def test_letters_and_share_cards_do_not_count_a_passages_silence_as_a_gap() -> None:
    from endqi.action.summaries import GAP_NOUNS, bill_fact_line

    bill = passage_bill()
    line = bill_fact_line(bill)
    assessed = bill.current_evaluation.assessed_count()
    assert f"of the {assessed} criteria the text we have of it decides" in line
    silent = [r for r in bill.current_evaluation.ordered_results() if not r.assessed]
    assert silent and not any(str(GAP_NOUNS[r.criterion_id]) in line for r in silent)
