"""The one scorecard shape: round trips of the serialiser, the rubric's group sums, the
shapes earlier releases wrote, and the JSON Schema the API documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from endqi.analysis import (
    CriterionResult,
    Evidence,
    Scorecard,
    Source,
    evaluate,
    scorecard_from_dict,
    scorecard_to_dict,
)
from endqi.analysis.serialise import SCORECARD_SCHEMAS, evidence_from_dict, evidence_to_dict
from endqi.documents import load_document
from endqi.reports import render_json
from endqi.rubric import CRITERIA, GROUPS, Verdict, assessed_share, group_scores

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "texts"
BILL_TEXTS = (
    Path(__file__).resolve().parents[2] / "src" / "endqi" / "legislation" / "data" / "texts"
)
# Real texts: a state statute, a whole bill with numbered sections, an opening passage.
REAL_TEXTS = [
    CORPUS / "co-crs-13-21-131.txt",
    BILL_TEXTS / "me-ld214-introduced.txt",
    BILL_TEXTS / "mi-hb6289-introduced.txt",
]


def json_round_trip(data: dict) -> dict:
    return json.loads(json.dumps(data, ensure_ascii=False))


@pytest.mark.parametrize("path", REAL_TEXTS, ids=lambda path: path.name)
def test_real_scorecards_survive_json_and_back(path: Path) -> None:
    scorecard = evaluate(load_document(str(path)), state=path.name[:2])
    assert any(result.evidence for result in scorecard.criteria), "a text with quoted clauses"
    data = json_round_trip(scorecard_to_dict(scorecard))
    assert scorecard_from_dict(data) == scorecard
    assert scorecard_to_dict(scorecard_from_dict(data)) == data


@pytest.mark.parametrize("path", REAL_TEXTS, ids=lambda path: path.name)
def test_the_cli_json_matches_the_documented_schema(path: Path) -> None:
    from jsonschema import Draft202012Validator

    document = load_document(str(path))
    data = json.loads(render_json(evaluate(document), document, "bill.txt"))
    schema = {
        **SCORECARD_SCHEMAS["EvaluatorScorecard"],
        "components": {"schemas": SCORECARD_SCHEMAS},
    }
    errors = list(Draft202012Validator(schema).iter_errors(data))
    assert not errors, f"{errors[0].message} at {list(errors[0].path)}"
    # Every key the serialiser writes is documented, and every documented key is written.
    assert set(data) == set(SCORECARD_SCHEMAS["EvaluatorScorecard"]["properties"])
    assert set(data["source"]) == set(SCORECARD_SCHEMAS["Source"]["properties"])
    criterion_keys = set(SCORECARD_SCHEMAS["EvaluatorCriterion"]["properties"])
    assert all(set(item) == criterion_keys for item in data["criteria"])


def test_the_source_names_what_was_read() -> None:
    path = BILL_TEXTS / "me-ld214-introduced.txt"
    document = load_document(str(path))
    scorecard = evaluate(document)
    assert scorecard.source == Source.of(document)
    source = scorecard_to_dict(scorecard)["source"]
    assert source == {
        "path": str(path),
        "sha256": document.sha256,
        "media_type": "text/plain",
        "pages": document.pages,
        "chars": len(document.text),
    }


# --- group sums -----------------------------------------------------------------------------

verdicts = st.sampled_from(list(Verdict))


@given(st.lists(st.tuples(verdicts, st.booleans()), min_size=len(CRITERIA), max_size=len(CRITERIA)))
def test_group_scores_sum_only_assessed_criteria(picks: list[tuple[Verdict, bool]]) -> None:
    points = {
        c.id: (v.points if assessed else None)
        for c, (v, assessed) in zip(CRITERIA, picks, strict=True)
    }
    scores = group_scores(points)
    assert [score.id for score in scores] == [group.id for group in GROUPS]
    for score in scores:
        members = [c.id for c in CRITERIA if c.group == score.id]
        counted = [points[i] for i in members if points[i] is not None]
        assert score.max == len(members)
        assert score.assessed == len(counted)
        assert score.score == pytest.approx(sum(counted))
        if score.assessed == score.max:
            assert score.text.endswith(f"/{score.max}") and "assessed" not in score.text
        else:
            assert score.text.endswith(f"assessed of {score.max}") or score.text.startswith("0 of")
    assessed = [p for p in points.values() if p is not None]
    assert assessed_share(scores) == pytest.approx(sum(assessed) / len(assessed) if assessed else 0)


@pytest.mark.parametrize(
    ("verdicts_in_end", "text"),
    [(["yes", "yes", "partial", "no"], "2.5/4"), (["yes", "yes", "yes", "yes"], "4/4")],
)
def test_group_text_as_advocates_write_it(verdicts_in_end: list[str], text: str) -> None:
    end = [c.id for c in CRITERIA if c.group == "end"]
    points = {cid: Verdict(v).points for cid, v in zip(end, verdicts_in_end, strict=True)}
    points |= {c.id: 0.0 for c in CRITERIA if c.group == "start"}
    scores = {score.id: score for score in group_scores(points)}
    assert scores["end"].text == text
    assert scores["start"].text == "0/5"


def test_a_criterion_left_open_is_not_counted_against_the_group() -> None:
    end = [c.id for c in CRITERIA if c.group == "end"]
    points: dict[str, float | None] = {end[0]: 1.0, end[1]: 1.0, end[2]: 0.5, end[3]: None}
    scores = {score.id: score for score in group_scores(points)}
    assert scores["end"].text == "2.5/3 assessed of 4"
    assert scores["start"].text == "0 of 5 assessed"


# --- arbitrary scorecards round-trip -----------------------------------------------------------

text_values = st.text(min_size=1, max_size=40)
evidence_items = st.builds(
    lambda quote, start, section, page, line: Evidence(
        quote=quote, start=start, end=start + len(quote), section=section, page=page, line=line
    ),
    text_values,
    st.integers(min_value=0, max_value=10**6),
    st.none() | st.text(max_size=12),
    st.none() | st.integers(min_value=1, max_value=500),
    st.none() | st.integers(min_value=1, max_value=5000),
)
sources = st.none() | st.builds(
    Source,
    path=text_values,
    sha256=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    media_type=st.sampled_from(["text/plain", "text/html", "application/pdf"]),
    pages=st.none() | st.integers(min_value=1, max_value=900),
    chars=st.none() | st.integers(min_value=0, max_value=10**7),
)


@st.composite
def scorecards(draw: st.DrawFn) -> Scorecard:
    results = tuple(
        CriterionResult(
            criterion_id=criterion.id,
            verdict=draw(verdicts),
            explanation=draw(st.text(max_size=60)),
            confidence=round(draw(st.floats(min_value=0, max_value=1)), 3),
            evidence=tuple(draw(st.lists(evidence_items, max_size=3))),
            assessed=draw(st.booleans()),
        )
        for criterion in CRITERIA
    )
    return Scorecard(
        criteria=results,
        engine_version=draw(st.text(max_size=20)),
        source=draw(sources),
        state=draw(st.none() | st.sampled_from(["MO", "ME", "DC"])),
        relevant=draw(st.booleans()),
    )


@settings(max_examples=60)
@given(scorecards())
def test_any_scorecard_round_trips_through_json(scorecard: Scorecard) -> None:
    data = json_round_trip(scorecard_to_dict(scorecard))
    assert scorecard_from_dict(data) == scorecard
    assert data["assessed"] == sum(1 for result in scorecard.criteria if result.assessed)


@given(evidence_items)
def test_stored_evidence_round_trips(item: Evidence) -> None:
    assert evidence_from_dict(json_round_trip(evidence_to_dict(item))) == item


# --- shapes earlier releases wrote ---------------------------------------------------------


def test_older_source_shapes_are_read_in_the_one_place() -> None:
    card = scorecard_to_dict(evaluate("Qualified immunity is not a defense to an action."))
    # The API's stored-evaluation source named the version; the CLI's had no media type;
    # criteria had no "assessed" key and there was no engine version.
    api_before = {**card, "source": {"bill": 3, "version": 7, "label": "as passed", "sha256": "ab"}}
    for item in api_before["criteria"]:
        del item["assessed"]
    del api_before["engine_version"]
    read = scorecard_from_dict(api_before)
    assert read.source == Source(path="as passed", sha256="ab", media_type="text/plain")
    assert all(result.assessed for result in read.criteria)
    assert read.engine_version == ""
    cli_before = {**card, "source": {"path": "hb1.txt", "sha256": "cd", "pages": 2, "chars": 90}}
    assert scorecard_from_dict(cli_before).source == Source(
        path="hb1.txt", sha256="cd", pages=2, chars=90
    )
    # Evidence is stored as it always was.
    assert (
        scorecard_from_dict(card).criteria
        == evaluate("Qualified immunity is not a defense to an action.").criteria
    )
