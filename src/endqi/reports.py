"""Render a scorecard for people and programs: plain text, a standalone HTML page, JSON.

``endqi evaluate`` prints these. Pure Python on the standard library only, so
importing it keeps the command's start-up light: what only the text and HTML
forms need (the gap list and its glossary, HTML escaping and highlighting) is
imported when they are rendered, not for ``--format json``.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import TYPE_CHECKING, Any

from endqi import digests
from endqi.analysis import Scorecard
from endqi.analysis.scorecard import CriterionResult, Evidence, Source
from endqi.analysis.serialise import scorecard_to_dict, source_to_dict
from endqi.documents import Document
from endqi.rubric import GROUPS, Verdict, format_score

if TYPE_CHECKING:  # pragma: no cover
    from endqi.rubric.gaps import Gap

TEXT_WIDTH = 80
NOT_RELEVANT_NOTE = (
    "This text does not appear to create or change the civil liability or immunity "
    "of public officers, so most criteria cannot be met."
)


def scorecard_data(scorecard: Scorecard, path: str) -> dict[str, Any]:
    """The JSON-ready scorecard of ``endqi evaluate --format json``.

    The one serialised shape (:func:`~endqi.analysis.serialise.scorecard_to_dict`),
    its ``source.path`` the path as the user gave it (``-`` for standard input).
    """
    return scorecard_to_dict(_as_given(scorecard, path))


def _as_given(scorecard: Scorecard, path: str) -> Scorecard:
    """The scorecard with its source named by the path the user typed."""
    source = dataclasses.replace(scorecard.source or Source(), path=path)
    return dataclasses.replace(scorecard, source=source)


def render_json(scorecard: Scorecard, document: Document, path: str) -> str:
    """The scorecard as pretty-printed JSON text ending in a newline."""
    return _json_text(scorecard_data(scorecard, path))


def _json_text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------
# Plain text


# A section label the document already calls a section ("Section 1", "Sec. 2", "§ 3").
_SECTION_WORD = re.compile(r"(?i)^\s*(?:section|sec\.?|§+)\s*")


def section_label(section: str) -> str:
    """``section 1`` for "1", "Section 1", "SECTION 1" or "§ 1": the word "section" once."""
    return "section " + _SECTION_WORD.sub("", section).strip()


def describe_location(section: str | None, page: int | None, line: int | None) -> str:
    """Where a quote sits, e.g. ``section 506.450.2(1), page 3, line 12`` (known parts only)."""
    parts = []
    if section:
        parts.append(section_label(section))
    if page is not None:
        parts.append(f"page {page}")
    if line is not None:
        parts.append(f"line {line}")
    return ", ".join(parts)


def location_text(evidence: Evidence) -> str:
    """Where a quote sits in the bill, e.g. ``section 506.450.2(1), page 3, line 12``."""
    return describe_location(evidence.section, evidence.page, evidence.line)


def _one_line(text: str) -> str:
    # Bill text keeps its line breaks; a terminal quote reads better as one paragraph.
    return " ".join(text.split())


def _wrap(text: str, indent: int) -> list[str]:
    import textwrap  # the text form only: not imported for JSON

    prefix = " " * indent
    return textwrap.wrap(
        _one_line(text),
        width=TEXT_WIDTH,
        initial_indent=prefix,
        subsequent_indent=prefix,
        break_long_words=True,
        break_on_hyphens=False,
    ) or [prefix.rstrip()]


def _results_by_group(scorecard: Scorecard) -> dict[str, list[CriterionResult]]:
    grouped: dict[str, list[CriterionResult]] = {group.id: [] for group in GROUPS}
    for result in scorecard.criteria:
        grouped.setdefault(result.group, []).append(result)
    return grouped


def _summary_line(scorecard: Scorecard, document: Document) -> str:
    facts = [f"rubric {scorecard.rubric_version}", f"engine {scorecard.engine_version}"]
    if scorecard.state:
        facts.append(f"state {scorecard.state}")
    if document.pages is not None:
        facts.append(f"{document.pages} page" + ("" if document.pages == 1 else "s"))
    facts.append(f"{len(document.text):,} characters")
    if document.sha256:
        facts.append(f"sha256 {document.sha256[:12]}")
    return ", ".join(facts)


def render_text(scorecard: Scorecard, document: Document, path: str) -> str:
    """A readable scorecard: group headings with scores, then each criterion's
    symbol, verdict and title, its explanation and the quoted evidence with its
    section, page and line."""
    from endqi.rubric.gaps import find_gaps

    lines = [f"endqi scorecard: {path}", *_wrap(_summary_line(scorecard, document), 0)]
    total_max = sum(group.max for group in scorecard.groups)
    lines.append(f"Total: {format_score(scorecard.total, total_max)}")
    if not scorecard.relevant:
        lines.append("")
        lines.extend(_wrap(NOT_RELEVANT_NOTE, 0))
    grouped = _results_by_group(scorecard)
    for group, score in zip(GROUPS, scorecard.groups, strict=True):
        lines += ["", f"{group.id.upper()}: {group.title} ({score.text})"]
        for result in grouped[group.id]:
            verdict = result.verdict
            lines += ["", f"  {verdict.symbol} {verdict.label}: {result.title}"]
            lines.extend(_wrap(result.explanation, 6))
            for evidence in result.evidence:
                where = location_text(evidence)
                lines.append(f"      Evidence ({where}):" if where else "      Evidence:")
                lines.extend(_wrap(f"\u201c{evidence.quote}\u201d", 8))
    lines += ["", *gap_list_lines(find_gaps(scorecard.criteria))]
    return "\n".join(lines) + "\n"


GAP_LIST_HEADING = "What the bill still needs"
NO_GAPS_LINE = "Nothing: the bill meets every criterion."


def gap_list_lines(gaps: list[Gap]) -> list[str]:
    """The gap list as text: for each unmet criterion, what is needed and the model language.

    Legal terms are explained where they first appear (in the prose, or in a note
    under the model language, which is quoted verbatim).
    """
    from endqi.rubric import Glossary

    glossary = Glossary()
    lines = [f"{GAP_LIST_HEADING} ({len(gaps)} of the criteria)" if gaps else GAP_LIST_HEADING]
    if not gaps:
        return [*lines, "", *_wrap(NO_GAPS_LINE, 2)]
    for number, gap in enumerate(gaps, start=1):
        partly = " (met only in part)" if gap.verdict == Verdict.PARTIAL else ""
        lines += ["", *_wrap(f"{number}. {gap.criterion.title}{partly}", 2)]
        lines.extend(_wrap("Needed: " + glossary.explain(gap.needed), 6))
        lines.append("      Model language:")
        lines.extend(_wrap(gap.model_language, 8))
        for note in glossary.notes(gap.model_language):
            lines.extend(_wrap(f"Term: {note}.", 8))
    return lines


def render_gaps_text(scorecard: Scorecard, document: Document, path: str) -> str:
    """Only the gap list (``endqi evaluate --gaps``), headed by the file and its total."""
    from endqi.rubric.gaps import find_gaps

    total_max = sum(group.max for group in scorecard.groups)
    lines = [
        f"endqi gap list: {path}",
        f"Total: {format_score(scorecard.total, total_max)}",
        "",
        *gap_list_lines(find_gaps(scorecard.criteria)),
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Standalone HTML page

# A file on disk, not a page of our site, so its style sits inline; the page's
# own Content-Security-Policy allows exactly this stylesheet (by hash) and
# nothing else: no scripts, no fonts, no images, no network at all.
PAGE_CSS = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #d0d0d0;
  --yes: #1d6b35; --partial: #8a5a00; --no: #a3222b; --mark: #fff1a8; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem;
  font: 1rem/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem;
  margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
.meta { color: var(--muted); margin: 0; }
.total { font-size: 1.1rem; font-weight: 600; }
.note { border-left: 4px solid var(--partial); padding: .25rem .75rem; }
.criterion { border: 1px solid var(--line); border-radius: .375rem; padding: .75rem 1rem;
  margin: .75rem 0; }
.verdict { font-weight: 700; }
.verdict-yes { color: var(--yes); }
.verdict-partial { color: var(--partial); }
.verdict-no { color: var(--no); }
blockquote { margin: .5rem 0 .25rem; padding: .25rem .75rem; border-left: 4px solid var(--line);
  background: #f7f7f7; }
.where { color: var(--muted); font-size: .9rem; margin: 0 0 .5rem; }
ol.evidence { padding-left: 1.25rem; }
.bill-text { white-space: pre-wrap; word-wrap: break-word; font: .95rem/1.6 ui-monospace,
  monospace; border: 1px solid var(--line); padding: 1rem; }
mark { background: var(--mark); outline: 1px solid #d9c24a; }
mark:target, .criterion:target { outline: 3px solid #1a4f9c; }
a { color: #1a4f9c; }
"""


def _css_source_hash(css: str) -> str:
    import base64

    digest = digests.sha256(css.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def criterion_anchor(criterion_id: str) -> str:
    """The HTML id of a criterion's card on the page, e.g. ``criterion-end-law_enforcement``."""
    return "criterion-" + criterion_id.replace(".", "-")


def _criterion_html(result: CriterionResult) -> list[str]:
    import html

    from endqi.analysis.highlight import evidence_anchor

    verdict = result.verdict
    esc = html.escape
    parts = [
        f'<article class="criterion" id="{criterion_anchor(result.criterion_id)}">',
        f'<h3><span class="verdict verdict-{verdict.value}">{esc(verdict.symbol)} '
        f"{esc(verdict.label)}</span>: {esc(result.title)}</h3>",
        f"<p>{esc(result.explanation)}</p>",
    ]
    if result.evidence:
        parts.append('<ol class="evidence">')
        for index, evidence in enumerate(result.evidence):
            anchor = evidence_anchor(result.criterion_id, index)
            where = location_text(evidence) or "in the bill"
            parts.append(
                f"<li><blockquote>{esc(evidence.quote)}</blockquote>"
                f'<p class="where">{esc(where.capitalize())}. '
                f'<a href="#{anchor}">Show in the bill text</a></p></li>'
            )
        parts.append("</ol>")
    else:
        parts.append('<p class="where">No clause of the bill supports this criterion.</p>')
    parts.append("</article>")
    return parts


def _gap_list_html(gaps: list[Gap]) -> list[str]:
    import html

    from endqi.rubric import Glossary

    esc = html.escape
    glossary = Glossary()
    parts = [
        '<section aria-labelledby="gap-list">',
        f'<h2 id="gap-list">{esc(GAP_LIST_HEADING)}</h2>',
    ]
    if not gaps:
        return [*parts, f"<p>{esc(NO_GAPS_LINE)}</p>", "</section>"]
    parts.append('<ol class="gaps">')
    for gap in gaps:
        partly = " (met only in part)" if gap.verdict == Verdict.PARTIAL else ""
        parts += [
            f'<li class="criterion"><h3><a href="#{criterion_anchor(gap.criterion.id)}">'
            f"{esc(gap.criterion.title)}</a>{esc(partly)}</h3>",
            f"<p><strong>Needed:</strong> {esc(glossary.explain(gap.needed))}</p>",
            "<p><strong>Model language:</strong></p>",
            f"<blockquote>{esc(gap.model_language)}</blockquote>",
        ]
        parts.extend(
            f'<p class="where">Term: {esc(note)}.</p>'
            for note in glossary.notes(gap.model_language)
        )
        parts.append("</li>")
    return [*parts, "</ol>", "</section>"]


def render_html(scorecard: Scorecard, document: Document, path: str) -> str:
    """A standalone HTML page: the scorecard, then the bill's full text with every
    evidence quote highlighted; each quote in the scorecard links to its mark."""
    import html

    from endqi.analysis.highlight import highlighted_text_html
    from endqi.rubric.gaps import find_gaps

    esc = html.escape
    title = f"endqi scorecard: {path}"
    total_max = sum(group.max for group in scorecard.groups)
    csp = f"default-src 'none'; style-src '{_css_source_hash(PAGE_CSS)}'"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{esc(title)}</title>",
        f"<style>{PAGE_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">{esc(_summary_line(scorecard, document))}</p>',
        f'<p class="total">Total: {esc(format_score(scorecard.total, total_max))}</p>',
        "</header>",
        "<main>",
    ]
    if not scorecard.relevant:
        parts.append(f'<p class="note">{esc(NOT_RELEVANT_NOTE)}</p>')
    grouped = _results_by_group(scorecard)
    for group, score in zip(GROUPS, scorecard.groups, strict=True):
        parts += [
            f'<section aria-labelledby="group-{group.id}">',
            f'<h2 id="group-{group.id}">{esc(group.id.upper())}: {esc(group.title)} '
            f"({esc(score.text)})</h2>",
        ]
        for result in grouped[group.id]:
            parts.extend(_criterion_html(result))
        parts.append("</section>")
    parts.extend(_gap_list_html(find_gaps(scorecard.criteria)))
    parts += [
        '<section aria-labelledby="bill-text">',
        '<h2 id="bill-text">Bill text</h2>',
        '<p class="meta">Highlighted passages are the evidence quoted above.</p>',
        f'<div class="bill-text">{highlighted_text_html(document.text, scorecard.criteria)}</div>',
        "</section>",
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def render_gaps_json(scorecard: Scorecard, document: Document, path: str) -> str:
    """``endqi evaluate --gaps --format json``: the source and one object per gap."""
    from endqi.rubric.gaps import find_gaps

    data = {
        "source": source_to_dict(_as_given(scorecard, path).source),
        "gaps": [gap.to_dict() for gap in find_gaps(scorecard.criteria)],
    }
    return _json_text(data)


RENDERERS = {"text": render_text, "json": render_json, "html": render_html}


# --gaps: the gap list alone (the HTML page always carries it below the scorecard).
GAP_RENDERERS = {"text": render_gaps_text, "json": render_gaps_json, "html": render_html}


def render(
    scorecard: Scorecard,
    document: Document,
    path: str,
    output_format: str,
    *,
    gaps_only: bool = False,
) -> str:
    """Render in one of :data:`endqi.report_formats.OUTPUT_FORMATS`; ``ValueError`` for any other name.

    ``gaps_only`` renders just the gap list (what the bill still needs, with the
    model language for each unmet criterion).
    """
    try:
        renderer = (GAP_RENDERERS if gaps_only else RENDERERS)[output_format]
    except KeyError:
        raise ValueError(f"unknown output format: {output_format!r}") from None
    return renderer(scorecard, document, path)
