"""Message composition, gap lists and mailto links (pure functions of the action app)."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from endqi.action.limits import MAILTO_MAX_CHARS
from endqi.action.mailto import mailto_url, plan_mailto
from endqi.action.messages import (
    NAME_PROMPT,
    PERSONAL_PROMPT,
    BillFacts,
    Stance,
    bill_subject,
    call_script,
    compose_bill_message,
    compose_state_message,
    placeholders_left,
    salutation,
    suggested_stance,
)
from endqi.analysis import CriterionResult, evaluate
from endqi.rubric import CRITERIA, Verdict, get_criterion
from endqi.rubric.gaps import SHORT_NAMES, find_gaps, met_criteria

from .bill_factories import SAMPLE_BILL_TEXT


def results_with(verdicts: dict[str, Verdict]) -> tuple[CriterionResult, ...]:
    """A full set of results: the given verdicts, "no" for the rest (input data, not a mock)."""
    return tuple(
        CriterionResult(c.id, verdicts.get(c.id, Verdict.NO), f"test input for {c.id}", 1.0)
        for c in CRITERIA
    )


def facts(results, **extra) -> BillFacts:
    return BillFacts(state_name="Missouri", identifier="HB 30", results=results, year=2020, **extra)


# --- the scorecard's gaps become the asks ------------------------------------------------


def test_asks_are_the_evaluators_unmet_criteria_with_model_language() -> None:
    scorecard = evaluate(SAMPLE_BILL_TEXT, state="MO")
    message = compose_bill_message(facts(scorecard.criteria))
    gaps = find_gaps(scorecard.criteria)
    met = met_criteria(scorecard.criteria)
    assert len(gaps) + len(met) == len(CRITERIA)
    asks = message.body.split("What it still needs:", 1)[1] if gaps else ""
    for gap in gaps:
        assert gap.criterion.title in asks
        for line in gap.model_language.splitlines():
            assert line in asks, f"model language of {gap.criterion.id} missing"
    for criterion in met:
        # Met criteria are listed as done, never asked for.
        assert criterion.title not in asks
        assert f"- {criterion.title}" in message.body
        assert criterion.model_language.splitlines()[0] not in message.body


def test_partial_criteria_are_asked_for_and_marked_partial() -> None:
    results = results_with(
        {"end.law_enforcement": Verdict.YES, "start.attorney_fees": Verdict.PARTIAL}
    )
    body = compose_bill_message(facts(results)).body
    fees = get_criterion("start.attorney_fees")
    assert f"{fees.title} (the bill does this only in part)." in body
    assert fees.model_language.splitlines()[0] in body
    assert "- " + get_criterion("end.law_enforcement").title in body


def test_gap_list_order_and_content_follow_the_rubric() -> None:
    results = results_with({c.id: Verdict.YES for c in CRITERIA[::2]})
    gaps = find_gaps(results)
    assert [g.criterion.id for g in gaps] == [c.id for c in CRITERIA[1::2]]
    for gap in gaps:
        data = gap.to_dict()
        assert data["verdict"] == "no"
        assert data["model_language"] == gap.criterion.model_language
        assert data["needed"] == gap.criterion.meaning[Verdict.YES]


# --- stance and subject ------------------------------------------------------------------


def test_all_end_criteria_met_suggests_support() -> None:
    results = results_with({c.id: Verdict.YES for c in CRITERIA if c.group == "end"})
    assert suggested_stance(results) == Stance.SUPPORT
    message = compose_bill_message(facts(results))
    assert message.subject.startswith("Please support HB 30 (2020)")
    # The start criteria are still asked for as amendments.
    assert get_criterion("start.public_records").title in message.body


def test_some_end_criteria_suggests_strengthen() -> None:
    results = results_with({"end.law_enforcement": Verdict.YES})
    assert suggested_stance(results) == Stance.STRENGTHEN
    assert compose_bill_message(facts(results)).subject.startswith("Please strengthen HB 30")


def test_partial_police_criterion_is_strengthen_not_oppose() -> None:
    results = results_with({"end.law_enforcement": Verdict.PARTIAL})
    assert suggested_stance(results) == Stance.STRENGTHEN


def test_nothing_ended_suggests_oppose() -> None:
    results = results_with({"start.attorney_fees": Verdict.YES})
    assert suggested_stance(results) == Stance.OPPOSE
    subject = compose_bill_message(facts(results)).subject
    assert subject.startswith("Please oppose HB 30") and "amended" in subject


@pytest.mark.parametrize("stance", list(Stance))
def test_visitor_chosen_stance_wins_and_names_the_bill(stance: Stance) -> None:
    results = results_with({c.id: Verdict.YES for c in CRITERIA})
    message = compose_bill_message(facts(results), stance=stance)
    assert message.stance == stance
    assert stance.value in message.subject.lower()
    assert "HB 30" in message.subject
    assert message.subject == bill_subject(facts(results), stance)


def test_fully_compliant_bill_has_no_asks() -> None:
    results = results_with({c.id: Verdict.YES for c in CRITERIA})
    body = compose_bill_message(facts(results)).body
    assert "What it still needs" not in body
    assert all(f"- {c.title}" in body for c in CRITERIA)


# --- personal touch and editing ------------------------------------------------------------


def test_message_has_personal_prompt_and_signature_prompts() -> None:
    message = compose_bill_message(facts(results_with({})))
    assert PERSONAL_PROMPT in message.body
    left = placeholders_left(message.body)
    assert PERSONAL_PROMPT in left and NAME_PROMPT in left
    edited = (
        message.body.replace(PERSONAL_PROMPT, "My cousin was hurt by an officer.")
        .replace(NAME_PROMPT, "Ann Lee")
        .replace("[Your street address or town and ZIP code]", "Jefferson City, MO 65101")
    )
    assert placeholders_left(edited) == []


def test_greeting_names_recipients() -> None:
    assert salutation([]) == "Dear Legislator,"
    assert salutation(["Senator Doe"]) == "Dear Senator Doe,"
    assert salutation(["Senator Doe", "Representative Roe"]) == (
        "Dear Senator Doe and Representative Roe,"
    )
    body = compose_bill_message(facts(results_with({})), recipient_names=["Senator Doe"]).body
    assert body.startswith("Dear Senator Doe,")


def test_short_version_lists_short_names_and_links_instead_of_quoting() -> None:
    results = results_with({"end.law_enforcement": Verdict.YES})
    url = "https://endqi.example/model-policy/"
    short = compose_bill_message(facts(results), with_model_language=False, policy_url=url)
    full = compose_bill_message(facts(results))
    assert url in short.body
    assert SHORT_NAMES["end.law_enforcement"] in short.body.split("still needs")[0]
    for gap in find_gaps(results):
        assert gap.short_name in short.body.split("still needs")[1]
        assert gap.model_language.splitlines()[0] not in short.body
    assert PERSONAL_PROMPT in short.body
    assert len(short.body) < len(full.body) / 2


def test_short_version_of_a_bill_missing_everything_fits_a_mailto_link() -> None:
    message = compose_bill_message(
        facts(results_with({}), url="https://endqi.example/mo/bills/hb-30/"),
        with_model_language=False,
        policy_url="https://endqi.example/model-policy/",
        recipient_names=["Senator Bernskoetter", "Representative Griffith"],
    )
    addresses = ["mike.bernskoetter@senate.mo.gov", "dave.griffith@house.mo.gov"]
    assert plan_mailto(addresses, message.subject, message.body).fits


def test_state_message_asks_for_the_model_policy() -> None:
    url = "https://endqi.example/model-policy/"
    message = compose_state_message("Missouri", policy_url=url)
    assert message.subject == "Please introduce a bill to end qualified immunity in Missouri"
    assert all(c.title in message.body for c in CRITERIA)
    assert url in message.body
    quoted = compose_state_message("Missouri", with_model_language=True)
    assert all(c.model_language.splitlines()[0] in quoted.body for c in CRITERIA)


def test_call_script_names_official_bill_and_first_gaps() -> None:
    results = results_with({"end.law_enforcement": Verdict.YES})
    script = call_script(official_name="Senator Doe", state_name="Missouri", bill=facts(results))
    assert "Senator Doe's district" in script and "HB 30" in script
    assert find_gaps(results)[0].criterion.title in script
    governor = call_script(
        official_name="Governor Roe", state_name="Missouri", bill=None, legislator=False
    )
    assert "district" not in governor and "Missouri" in governor


# --- mailto ------------------------------------------------------------------------------


def decode_mailto(href: str) -> tuple[list[str], dict[str, str]]:
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    addresses = [unquote(a) for a in parts.path.split(",") if a]
    fields = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return addresses, fields


def test_mailto_round_trips_unicode_newlines_and_reserved_characters() -> None:
    body = "Line one & two?\nCafé = 100% #1\n+ more"
    href = mailto_url(["a.b+c@example.org", "d@example.org"], "Subject: A & B", body)
    addresses, fields = decode_mailto(href)
    assert addresses == ["a.b+c@example.org", "d@example.org"]
    assert fields["subject"] == "Subject: A & B"
    assert fields["body"] == body.replace("\n", "\r\n")
    # Nothing that would end the field early survives unencoded.
    query = urlsplit(href).query
    assert query.count("&") == 1 and "#" not in href and " " not in href and "\n" not in href


def test_short_message_fits_in_one_link() -> None:
    plan = plan_mailto(["rep@example.org"], "Please support HB 30", "Short note.\nThanks.")
    assert plan.fits and plan.full_href and plan.full_length <= MAILTO_MAX_CHARS
    assert decode_mailto(plan.full_href)[1]["body"] == "Short note.\r\nThanks."


def test_long_message_falls_back_to_a_short_link() -> None:
    body = compose_bill_message(facts(results_with({}))).body
    plan = plan_mailto(["rep@example.org"], "Subject", body)
    assert len(mailto_url(["rep@example.org"], "Subject", body)) > MAILTO_MAX_CHARS
    assert not plan.fits and plan.full_href is None
    addresses, fields = decode_mailto(plan.short_href)
    assert addresses == ["rep@example.org"] and fields == {"subject": "Subject"}
    assert len(plan.short_href) <= MAILTO_MAX_CHARS


def test_limit_is_on_the_encoded_length() -> None:
    # 600 spaces are 600 characters of text but 1,800 encoded: over the limit.
    body = " " * 600 + "x"
    assert not plan_mailto(["r@example.org"], "S", body).fits
    assert plan_mailto(["r@example.org"], "S", "x" * 600).fits
