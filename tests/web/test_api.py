"""States and bills API, CSV export, Atom feed and the OpenAPI document."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from endqi.analysis import scorecard_to_dict
from endqi.legislation.evaluations import override_criterion
from endqi.rubric import CRITERIA, Verdict

from .bill_factories import make_bill

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def other_verdict(verdict: str) -> Verdict:
    return Verdict.NO if verdict != Verdict.NO else Verdict.YES


def test_states_lists_all_51_with_their_best_bill(client) -> None:
    bill = make_bill("HB 7", status="enacted")
    data = client.get("/api/v1/states").json()
    assert len(data["states"]) == 51
    by_abbr = {s["abbr"]: s for s in data["states"]}
    mo = by_abbr["MO"]
    assert mo["bill_count"] == 1 and mo["name"] == "Missouri" and mo["fips"] == "29"
    assert mo["best_bill"]["id"] == bill.pk
    assert mo["best_bill"]["status_outcome"] == "enacted"
    groups = bill.current_evaluation.groups
    assert [g["text"] for g in mo["best_bill"]["groups"]] == [g.text for g in groups]
    assert by_abbr["DC"]["best_bill"] is None


def test_state_has_bills_with_scorecards_in_the_evaluate_json_shape(client) -> None:
    bill = make_bill("HB 7")
    make_bill("HB 8", published=False)
    response = client.get("/api/v1/states/mo")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = response.json()
    assert [b["identifier"] for b in data["bills"]] == ["HB 7"]
    scorecard = data["bills"][0]["scorecard"]
    expected = scorecard_to_dict(bill.current_evaluation.scorecard())
    # The evaluator's group scores, plus how many criteria were assessed (all, for whole texts).
    for got, want in zip(scorecard["groups"], expected["groups"], strict=True):
        assert {k: got[k] for k in want} == want and got["assessed"] == want["max"]
    assert [c["id"] for c in scorecard["criteria"]] == [c.id for c in CRITERIA]
    for got, want in zip(scorecard["criteria"], expected["criteria"], strict=True):
        assert {k: got[k] for k in want} == want
    assert scorecard["evaluation"]["kind"] == "automatic"
    assert client.get("/api/v1/states/MO").json()["abbr"] == "MO"


@pytest.mark.parametrize(
    "url", ["/api/v1/states/zz", "/api/v1/states/missouri", "/api/v1/bills/999999"]
)
def test_unknown_things_are_404_json(client, url) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


def test_bills_filter_by_state_and_bad_state_is_400(client) -> None:
    make_bill("HB 1")
    make_bill("SB 2", state="KS")
    assert len(client.get("/api/v1/bills").json()["bills"]) == 2
    ks = client.get("/api/v1/bills?state=ks").json()["bills"]
    assert [(b["state"], b["identifier"]) for b in ks] == [("KS", "SB 2")]
    bad = client.get("/api/v1/bills?state=zz")
    assert bad.status_code == 400 and "zz" in bad.json()["error"]


def test_bill_detail_shows_overrides_history_and_text(client) -> None:
    bill = make_bill("HB 1")
    result = bill.current_evaluation.ordered_results()[0]
    override_criterion(result, other_verdict(result.verdict), "Read section 2 again.", None)
    data = client.get(f"/api/v1/bills/{bill.pk}").json()
    criterion = data["scorecard"]["criteria"][0]
    assert criterion["verdict"] == other_verdict(result.verdict).value
    assert criterion["automatic"]["verdict"] == result.verdict
    assert criterion["reviewed"] is True
    assert criterion["override"]["note"] == "Read section 2 again."
    assert data["scorecard"]["evaluation"]["kind"] == "reviewed"
    assert [h["status"] for h in data["status_history"]] == ["in_committee"]
    assert data["versions"][0]["label"] == "introduced"
    for item in criterion["evidence"]:
        assert data["evaluated_text"][item["start"] : item["end"]] == item["quote"]
    unpublished = make_bill("HB 2", published=False)
    assert client.get(f"/api/v1/bills/{unpublished.pk}").status_code == 404


def test_api_is_read_only(client) -> None:
    assert client.post("/api/v1/states").status_code == 405
    assert client.delete("/api/v1/bills").status_code == 405


@pytest.mark.parametrize(
    "url", ["/api/v1/states", "/api/v1/states/mo", "/api/v1/bills", "/api/v1/bills.csv"]
)
def test_list_endpoints_run_a_constant_number_of_queries(
    client, django_assert_num_queries, url
) -> None:
    make_bill("HB 1")
    client.get(url)  # warm any per-process caches
    with django_assert_num_queries(5 if "states" in url else 4) as one:
        assert client.get(url).status_code == 200
    for number in range(2, 6):
        make_bill(f"HB {number}")
    make_bill("HB 9", text=None)
    with django_assert_num_queries(len(one.captured_queries)):
        assert client.get(url).status_code == 200


def test_csv_has_one_row_per_bill_and_criterion(client) -> None:
    bill = make_bill("HB 1")
    make_bill("SB 2", state="KS")
    result = bill.current_evaluation.ordered_results()[3]
    override_criterion(result, other_verdict(result.verdict), "Checked.", None)
    response = client.get("/api/v1/bills.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 2 * len(CRITERIA)
    mo = [r for r in rows if r["state"] == "MO"]
    assert [r["criterion_id"] for r in mo] == [c.id for c in CRITERIA]
    reviewed = mo[3]
    assert reviewed["reviewed"] == "yes"
    assert reviewed["verdict"] == other_verdict(result.verdict).value
    assert reviewed["automatic_verdict"] == result.verdict
    assert float(reviewed["points"]) == other_verdict(result.verdict).points
    with_evidence = [
        r
        for r, res in zip(mo, bill.current_evaluation.ordered_results(), strict=True)
        if res.evidence
    ]
    for row in with_evidence:
        assert row["evidence"]
    assert mo[0]["bill_url"].endswith("/mo/bills/hb-1/")
    only_ks = client.get("/api/v1/bills.csv?state=ks").content.decode()
    assert "MO," not in only_ks and only_ks.count("\n") == len(CRITERIA) + 1


def test_atom_feed_lists_bill_and_evaluation_changes(client) -> None:
    bill = make_bill("HB 1")
    result = bill.current_evaluation.ordered_results()[0]
    override_criterion(result, other_verdict(result.verdict), "Reviewed.", None)
    make_bill("HB 2", published=False)
    response = client.get("/feeds/changes.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert any("added" in t and "HB 1" in t for t in titles)
    assert any("evaluated" in t for t in titles)
    assert any("reviewed" in t for t in titles)
    assert not any("HB 2" in t for t in titles)
    links = {e.find(f"{ATOM}link").get("href") for e in entries}
    assert links == {"http://testserver/mo/bills/hb-1/"}
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(ids) == len(set(ids))


def test_empty_feed_is_valid(client) -> None:
    root = ET.fromstring(client.get("/feeds/changes.atom").content)
    assert root.findtext(f"{ATOM}updated")


def _api_routes() -> set[str]:
    """Every URL pattern under /api/v1/, as OpenAPI paths ("/api/v1/bills/{bill_id}")."""
    routes: set[str] = set()

    def walk(patterns, prefix: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern):
                routes.add("/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route))

    walk(get_resolver().url_patterns, "")
    return {r for r in routes if r.startswith("/api/v1/")}


def test_openapi_documents_every_api_path_and_validates(client) -> None:
    from openapi_spec_validator import validate

    document = json.loads(client.get("/api/v1/openapi.json").content)
    assert document["openapi"].startswith("3.1")
    validate(document)
    documented = set(document["paths"])
    missing = _api_routes() - documented - {"/api/v1/openapi.json"}
    assert not missing, f"undocumented API paths: {sorted(missing)}"
    for name in (
        "/api/v1/states",
        "/api/v1/states/{abbr}",
        "/api/v1/bills",
        "/api/v1/bills.csv",
        "/api/v1/bills/{bill_id}",
    ):
        assert name in documented


def test_api_responses_match_the_openapi_schemas(client) -> None:
    from jsonschema import Draft202012Validator

    bill = make_bill("HB 1")
    document = json.loads(client.get("/api/v1/openapi.json").content)

    def check(url: str, path: str, status: str = "200") -> None:
        response = client.get(url)
        assert str(response.status_code) == status
        content = document["paths"][path]["get"]["responses"][status]["content"]
        # Schemas refer to "#/components/...": carry the components along.
        schema = {**content["application/json"]["schema"], "components": document["components"]}
        errors = list(Draft202012Validator(schema).iter_errors(response.json()))
        assert not errors, f"{url}: {errors[0].message} at {list(errors[0].path)}"

    check("/api/v1/states", "/api/v1/states")
    check("/api/v1/states/mo", "/api/v1/states/{abbr}")
    check("/api/v1/states/zz", "/api/v1/states/{abbr}", "404")
    check("/api/v1/bills?state=mo", "/api/v1/bills")
    check("/api/v1/bills?state=zz", "/api/v1/bills", "400")
    check(f"/api/v1/bills/{bill.pk}", "/api/v1/bills/{bill_id}")
