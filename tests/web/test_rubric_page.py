"""/rubric/ and the evaluate page's gap list for a newcomer: no raw ids, legal terms explained."""

from __future__ import annotations

import re

import pytest

from endqi.rubric.glossary import TERMS

from .action_support import html

pytestmark = pytest.mark.django_db
RAW_ID = re.compile(r"\b(?:end|start)\.[a-z_]+\b")


def visible_text(response) -> str:
    return " ".join(html(response).css_first("main").text().split())


def test_the_rubric_shows_no_raw_criterion_ids(client) -> None:
    response = client.get("/rubric/")
    assert response.status_code == 200
    assert RAW_ID.findall(visible_text(response)) == []
    # The ids stay as anchors, so links to /rubric/#end.law_enforcement keep working.
    assert html(response).css_first("article[id='end.law_enforcement']") is not None


def test_the_rubric_explains_legal_terms_once_where_they_first_appear(client) -> None:
    text = visible_text(client.get("/rubric/"))
    for term in TERMS:
        assert text.count(term.meaning) == 1, term.name
        first = term.pattern.search(text)
        assert first is not None and text.index(term.meaning) - first.end() < 20


def test_the_evaluate_gap_list_explains_legal_terms(client) -> None:
    response = client.post("/evaluate/", {"text": "A bill relating to the naming of a highway."})
    assert response.status_code == 200
    gaps = html(response).css_first(".gap-list")
    assert gaps is not None
    text = " ".join(gaps.text().split())
    for term in TERMS:
        assert text.count(term.meaning) == 1, term.name
