"""The same text gives the same scorecard shape everywhere: ``endqi evaluate --format json``,
``POST /api/v1/evaluate``, the bills API, the stored evaluation and the bill page.

The text is an official bill text the repository ships (Maine LD 214 as printed), stored
the way staff and importers store it (its bytes, through ``add_bill_version``).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from endqi.analysis import scorecard_from_dict, scorecard_to_dict
from endqi.legislation.bills import add_bill_version, create_bill
from endqi.legislation.evaluations import override_criterion
from endqi.legislation.models import TextCoverage
from endqi.rubric import Verdict, group_scores

from .bill_factories import get_state

pytestmark = pytest.mark.django_db

TEXTS = Path(__file__).resolve().parents[2] / "src" / "endqi" / "legislation" / "data" / "texts"
WHOLE_BILL = TEXTS / "me-ld214-introduced.txt"
ENDQI = Path(sys.executable).parent / "endqi"
# Keys that say where a text came from by name; every other key of the scorecard and its
# source must agree between the command line, the API and the stored evaluation.
NAMING_KEYS = {"path"}
# What the bills API adds to each criterion for reviews (not part of the evaluator's shape).
REVIEW_KEYS = {"automatic", "reviewed", "override"}


def cli_json(path: Path, state: str) -> dict:
    completed = subprocess.run(
        [str(ENDQI), "evaluate", str(path), "--format", "json", "--state", state],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def stored_bill(path: Path, state: str, coverage: str = TextCoverage.WHOLE):
    bill = create_bill(
        state=get_state(state), identifier="LD 214", year=2021, status="introduced", published=True
    )
    add_bill_version(
        bill, path.read_bytes(), filename=path.name, label="as printed", coverage=coverage
    )
    return bill


def without_naming(data: dict) -> dict:
    """The scorecard without its source's name and without the API's review additions."""
    data = dict(data)
    data["source"] = {k: v for k, v in data["source"].items() if k not in NAMING_KEYS}
    data["criteria"] = [
        {k: v for k, v in c.items() if k not in REVIEW_KEYS} for c in data["criteria"]
    ]
    return data


def without_review(data: dict) -> dict:
    data = {k: v for k, v in data.items() if k != "evaluation"}
    data["criteria"] = [
        {k: v for k, v in c.items() if k not in REVIEW_KEYS} for c in data["criteria"]
    ]
    return data


def assert_matches(openapi: dict, schema_name: str, data: dict) -> None:
    from jsonschema import Draft202012Validator

    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": openapi["components"]}
    errors = list(Draft202012Validator(schema).iter_errors(data))
    assert not errors, f"{schema_name}: {errors[0].message} at {list(errors[0].path)}"


def page_group_texts(content: str) -> dict[str, str]:
    """Group id → the score text the bill page's scorecard shows."""
    found = re.findall(
        r'id="[^"]*group-(end|start)">.*?<span class="score">([^<]+)</span>', content
    )
    return {group: html.unescape(text) for group, text in found}


def test_cli_api_and_stored_evaluation_give_one_shape(client) -> None:
    bill = stored_bill(WHOLE_BILL, "ME")
    evaluation = bill.current_evaluation
    stored = scorecard_to_dict(evaluation.scorecard())
    from_cli = cli_json(WHOLE_BILL, "ME")
    from_api = client.get(f"/api/v1/bills/{bill.pk}").json()["scorecard"]
    upload = SimpleUploadedFile(WHOLE_BILL.name, WHOLE_BILL.read_bytes(), "text/plain")
    response = client.post("/api/v1/evaluate", {"file": upload, "state": "ME"})
    assert response.status_code == 200, response.content[:300]
    from_draft = response.json()

    assert any(c["evidence"] for c in stored["criteria"]), "the bill has quoted clauses"
    # The same keys in the same order, the same source facts, group scores and findings.
    cards = {"cli": from_cli, "api": from_api, "draft": from_draft}
    for name, card in cards.items():
        assert list(card)[: len(stored)] == list(stored), name
        assert list(card["source"]) == list(stored["source"]), name
        assert without_naming({k: card[k] for k in stored}) == without_naming(stored), name
    # Each names the text in its own way: the path typed, the upload, the stored file.
    assert from_cli["source"]["path"] == str(WHOLE_BILL)
    assert from_draft["source"]["path"] == WHOLE_BILL.name
    assert from_api["source"]["path"] == WHOLE_BILL.name == stored["source"]["path"]
    # The stored evaluation reads back into the very scorecard the API serialised.
    assert scorecard_to_dict(scorecard_from_dict(from_api)) == without_review(from_api)
    # Each answer is what the OpenAPI document says it is.
    document = client.get("/api/v1/openapi.json").json()
    assert_matches(document, "DraftEvaluation", from_draft)
    assert_matches(document, "Scorecard", from_api)
    assert_matches(document, "EvaluatorScorecard", from_cli)
    # The older "document" object of the evaluate endpoint still says the same.
    assert from_draft["document"]["characters"] == from_draft["source"]["chars"]
    assert from_draft["document"]["sha256"] == from_draft["source"]["sha256"]


def test_group_scores_on_the_page_are_the_evaluations_own(client) -> None:
    """A passage leaves criteria open; an override changes a verdict: the API, the page and
    the rubric's sum over the stored verdicts say the same scores each time."""
    bill = stored_bill(TEXTS / "mi-hb6289-introduced.txt", "MI", coverage=TextCoverage.PASSAGE)

    def check() -> dict[str, str]:
        evaluation = bill.current_evaluation
        results = evaluation.ordered_results()
        summed = group_scores(
            {r.criterion_id: r.points if r.is_assessed else None for r in results}
        )
        api = client.get(f"/api/v1/bills/{bill.pk}").json()["scorecard"]["groups"]
        page = page_group_texts(client.get(bill.get_absolute_url()).content.decode())
        texts = {score.id: score.text for score in summed}
        assert {group["id"]: group["text"] for group in api} == texts
        assert page == texts
        return texts

    before = check()
    assert "assessed of" in before["start"] or before["start"].startswith("0 of")
    unassessed = next(r for r in bill.current_evaluation.ordered_results() if not r.is_assessed)
    override_criterion(unassessed, Verdict.YES, "The full text, read by a reviewer, has it.", None)
    bill.refresh_from_db()
    after = check()
    assert after != before


def test_the_bill_page_and_the_evaluate_page_place_a_quote_in_the_same_words(client) -> None:
    """Both pages say where a quoted clause sits (section, line) from the same evidence."""
    from endqi.legislation.templatetags.legislation_tags import evidence_location

    bill = stored_bill(WHOLE_BILL, "ME")
    placed = [
        evidence_location(item)
        for result in bill.current_evaluation.ordered_results()
        for item in result.evidence_items()
        if item.section
    ]
    assert placed, "the bill's quotes have section labels"
    bill_page = html.unescape(client.get(bill.get_absolute_url()).content.decode())
    evaluate_page = html.unescape(
        client.post("/evaluate/", {"text": WHOLE_BILL.read_text(), "state": "ME"}).content.decode()
    )
    for location in placed:
        assert location.capitalize() in bill_page
        assert f"({location})" in evaluate_page
