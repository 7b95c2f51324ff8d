"""Scorecard rendering: text, standalone HTML and JSON (``endqi.reports``).

Verdicts are never hard-coded here: every expectation is derived from what
``evaluate()`` returns for the same text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from endqi.analysis import evaluate, scorecard_to_dict
from endqi.analysis.highlight import evidence_anchor
from endqi.documents import document_from_text
from endqi.reports import (
    PAGE_CSS,
    criterion_anchor,
    location_text,
    render,
    render_html,
    render_json,
    render_text,
    scorecard_data,
)
from endqi.rubric import CRITERIA, GROUPS, Verdict


def dev_bill_text(shared_dir: Path, bill_id: str) -> str:
    """Quoted bill text of one shared dev evaluation."""
    bills = json.loads((shared_dir / "rubric" / "dev-evaluations.json").read_text("utf-8"))
    return next(bill["text"] for bill in bills["bills"] if bill["id"] == bill_id)


@pytest.fixture(scope="module")
def missouri(shared_dir: Path):
    """The Missouri bill of the seed page, evaluated."""
    text = dev_bill_text(shared_dir, "mo-raw-mo-v1-txt-1")
    document = document_from_text(text, path="mo-bill.txt")
    return document, evaluate(document, state="MO")


HOSTILE_TEXT = (
    "Section 1. <script>alert('x')</script> A peace officer who, under color of law, "
    "deprives any individual of rights secured by the state constitution is liable "
    'to the injured party. <img src="http://evil.example/x.png"> Qualified immunity '
    "is not a defense to liability under this section. & so on.\n"
)


def test_text_report_has_every_group_and_criterion_with_its_verdict(missouri) -> None:
    document, scorecard = missouri
    report = render_text(scorecard, document, "mo-bill.txt")
    assert report.startswith("endqi scorecard: mo-bill.txt\n")
    for group, score in zip(GROUPS, scorecard.groups, strict=True):
        assert f"{group.id.upper()}: {group.title} ({score.text})" in report
    for result in scorecard.criteria:
        line = f"  {result.verdict.symbol} {result.verdict.label}: {result.title}"
        assert line in report.splitlines()
    # Groups come in rubric order, criteria under their own group heading.
    positions = [report.index(f"{group.id.upper()}: ") for group in GROUPS]
    assert positions == sorted(positions)
    for result in scorecard.criteria:
        heading = report.index(f"{result.group.upper()}: ")
        assert report.index(f": {result.title}\n") > heading


def test_text_report_quotes_each_evidence_with_its_location(missouri) -> None:
    document, scorecard = missouri
    report = render_text(scorecard, document, "mo-bill.txt")
    flat = " ".join(report.split())
    evidence_seen = 0
    for result in scorecard.criteria:
        for evidence in result.evidence:
            evidence_seen += 1
            assert "\u201c" + " ".join(evidence.quote.split()) + "\u201d" in flat
            if location_text(evidence):
                assert f"Evidence ({location_text(evidence)}):" in report
        assert " ".join(result.explanation.split()) in flat
    assert evidence_seen == sum(len(result.evidence) for result in scorecard.criteria)
    assert all(len(line) <= 80 for line in report.splitlines())


def test_location_text_names_section_page_and_line() -> None:
    from endqi.analysis.scorecard import Evidence

    full = Evidence("quote", 0, 5, section="506.450.2(1)", page=3, line=12)
    assert location_text(full) == "section 506.450.2(1), page 3, line 12"
    assert location_text(Evidence("quote", 0, 5, line=4)) == "line 4"
    assert location_text(Evidence("quote", 0, 5)) == ""


def test_json_report_fills_source_from_the_document(missouri) -> None:
    document, scorecard = missouri
    data = json.loads(render_json(scorecard, document, "given/path.txt"))
    assert data["source"]["path"] == "given/path.txt"
    assert data["source"]["sha256"] == document.sha256
    assert data["source"]["pages"] == document.pages
    assert data["source"]["chars"] == len(document.text)
    assert data["rubric_version"] == scorecard.rubric_version
    assert [c["id"] for c in data["criteria"]] == [c.id for c in CRITERIA]
    assert data["criteria"] == scorecard_to_dict(scorecard)["criteria"]
    assert data == scorecard_data(scorecard, "given/path.txt")


class _PageParser(HTMLParser):
    """Collects ids, fragment links, external references, scripts and style text."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.fragment_links: list[str] = []
        self.tags: list[str] = []
        self.resource_attributes: list[tuple[str, str]] = []
        self.style_text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        href = values.get("href") or ""
        if href.startswith("#"):
            self.fragment_links.append(href[1:])
        for name in ("src", "href", "srcset", "action", "data"):
            if values.get(name) and not values[name].startswith("#"):
                self.resource_attributes.append((tag, name))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style_text.append(data)


def test_html_report_links_every_quote_to_its_mark_in_the_full_text(missouri) -> None:
    document, scorecard = missouri
    page = render_html(scorecard, document, "mo-bill.txt")
    parser = _PageParser()
    parser.feed(page)
    expected_anchors = {
        evidence_anchor(result.criterion_id, index)
        for result in scorecard.criteria
        for index in range(len(result.evidence))
    }
    evidence_links = {link for link in parser.fragment_links if link.startswith("ev-")}
    assert evidence_links == expected_anchors
    assert expected_anchors <= parser.ids, "a quote links to a mark that does not exist"
    # The gap list links each unmet criterion to its card on the same page.
    gap_links = set(parser.fragment_links) - evidence_links
    assert gap_links == {
        criterion_anchor(r.criterion_id) for r in scorecard.criteria if r.verdict != Verdict.YES
    }
    assert {criterion_anchor(c.id) for c in CRITERIA} <= parser.ids
    # The whole bill text is on the page (escaped, marks removed).
    text_only = html.unescape(re.sub(r"<[^>]+>", "", page))
    for paragraph in document.text.split("\n"):
        assert paragraph in text_only


def test_html_report_is_standalone_and_escapes_hostile_bill_text() -> None:
    document = document_from_text(HOSTILE_TEXT, path="<b>odd</b>.txt")
    scorecard = evaluate(document)
    page = render_html(scorecard, document, "<b>odd</b>.txt")
    parser = _PageParser()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert parser.resource_attributes == []
    assert "&lt;script&gt;" in page
    assert "<b>odd</b>" not in page
    assert page.startswith("<!DOCTYPE html>")
    # The page's own policy forbids everything but its one inline stylesheet.
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    assert "default-src 'none'" in policy.group(1)
    style = "".join(parser.style_text)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy.group(1)
    assert style == PAGE_CSS


def test_render_dispatches_by_format_and_rejects_unknown(missouri) -> None:
    document, scorecard = missouri
    assert render(scorecard, document, "p", "text") == render_text(scorecard, document, "p")
    assert render(scorecard, document, "p", "json") == render_json(scorecard, document, "p")
    assert render(scorecard, document, "p", "html") == render_html(scorecard, document, "p")
    with pytest.raises(ValueError, match="unknown output format"):
        render(scorecard, document, "p", "yaml")


def test_irrelevant_text_is_flagged_in_text_and_html() -> None:
    text = "Section 1. The fee for a fishing license is twelve dollars per year.\n"
    document = document_from_text(text)
    scorecard = evaluate(document)
    assert not scorecard.relevant
    note = "does not appear to create or change the civil liability"
    assert note in " ".join(render_text(scorecard, document, "-").split())
    assert note in render_html(scorecard, document, "-")
    relevant = evaluate(document_from_text(HOSTILE_TEXT))
    assert relevant.relevant
    assert note not in " ".join(render_text(relevant, document, "-").split())


def test_highlighted_text_names_criteria_by_title_not_id() -> None:
    """Tooltips on evidence marks read as words; the ids stay in a data attribute."""
    from endqi.analysis import evaluate
    from endqi.analysis.highlight import highlighted_text_html

    text = (
        "A peace officer who, under color of law, deprives a person of any right secured by the "
        "state constitution is liable to the injured party. Qualified immunity is not a defense "
        "to liability under this section."
    )
    scorecard = evaluate(text, state="MO")
    marked = highlighted_text_html(text, scorecard.criteria)
    assert 'title="Evidence for: Ends qualified immunity for all law enforcement officers' in marked
    assert 'title="Evidence: end.' not in marked
    assert 'data-criteria="end.law_enforcement' in marked


def test_every_offered_format_has_a_renderer() -> None:
    """The command line offers the formats of endqi.report_formats; each has a full report and
    a gap list, and nothing is rendered that is not offered."""
    from endqi import reports
    from endqi.report_formats import OUTPUT_FORMATS

    assert set(reports.RENDERERS) == set(OUTPUT_FORMATS) == set(reports.GAP_RENDERERS)
