"""Printable one-pagers: a bill's or a state's scorecard on one sheet for a hearing.

Pure text layout over plain data, then the project's own PDF writer
(:mod:`endqi.action.pdf`, the one the model policy uses). A sheet is built from
sections in order of importance; if the text does not fit one page at the smallest
readable size, the least important sections are cut down first (case studies, then
model language), never the verdicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from endqi.action.pdf import page_count, text_pdf
from endqi.analysis import CriterionResult
from endqi.rubric import get_criterion
from endqi.rubric.gaps import find_gaps

# Body sizes tried, largest first; below 6.5 pt a printed page is hard to read.
BODY_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)
# Longest quote printed behind a verdict, and longest model-language excerpt.
QUOTE_MAX_CHARS = 200
MODEL_MAX_CHARS = 260
MIN_QUOTE_WORDS = 8
TAGS = {"yes": "[YES] ", "partial": "[PART]", "no": "[NO]  "}


@dataclass(frozen=True, slots=True)
class CaseLine:
    """A case study in one line."""

    name: str
    year: int
    summary: str


@dataclass(frozen=True, slots=True)
class Sheet:
    """Everything a one-pager says, as plain data."""

    title: str
    heading: tuple[str, ...]
    results: tuple[CriterionResult, ...]
    state_name: str
    cases: tuple[CaseLine, ...]
    url: str
    printed: date
    reviewed: bool

    def body(self, *, case_limit: int = 3, model_chars: int = MODEL_MAX_CHARS) -> str:
        """The sheet's text, sections separated by blank lines, most important first."""
        parts = [
            self.heading,
            verdict_lines(self.results),
            gap_lines(self.results, model_chars=model_chars),
            case_lines(self.cases, self.state_name, limit=case_limit),
            footer_lines(self.url, self.printed, reviewed=self.reviewed),
        ]
        return "\n\n".join("\n".join(part) for part in parts if part)


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _shortest_quote(result: CriterionResult) -> str:
    if not result.evidence:
        return ""
    # The shortest clause that reads as a sentence: a bare heading explains nothing.
    sentences = [item for item in result.evidence if len(item.quote.split()) >= MIN_QUOTE_WORDS]
    evidence = min(sentences or result.evidence, key=lambda item: len(item.quote))
    where = f" ({evidence.section})" if evidence.section else ""
    return f'"{shorten(evidence.quote, QUOTE_MAX_CHARS)}"{where}'


def verdict_lines(results: Sequence[CriterionResult]) -> tuple[str, ...]:
    """One entry per criterion: the verdict, the criterion, the shortest quote behind it."""
    lines = ["THE NINE CRITERIA (verdict, and the shortest clause it rests on)"]
    for result in results:
        criterion = get_criterion(result.criterion_id)
        line = f"{TAGS[result.verdict.value]} {criterion.title}"
        quote = _shortest_quote(result)
        lines.append(line + (f"\n       {quote}" if quote else "\n       (the text says nothing)"))
    return tuple(lines)


def gap_lines(results: Sequence[CriterionResult], *, model_chars: int) -> tuple[str, ...]:
    """What is missing, each with the start of the model language that would add it."""
    gaps = find_gaps(results)
    if not gaps:
        return ("NOTHING MISSING: the bill meets all nine criteria.",)
    lines = ["WHAT IS MISSING, AND LANGUAGE THAT WOULD ADD IT (full text: /model-policy/)"]
    for gap in gaps:
        lines.append(f"- {gap.criterion.title}:")
        if model_chars:
            lines.append(f"    {shorten(gap.model_language, model_chars)}")
    return tuple(lines)


def case_lines(cases: Sequence[CaseLine], state_name: str, *, limit: int) -> tuple[str, ...]:
    """The state's case studies, newest first, at most ``limit``."""
    if not cases:
        return ()
    lines = [f"CASE STUDIES FROM {state_name.upper()}"]
    for case in list(cases)[:limit]:
        lines.append(f"- {case.name} ({case.year}): {shorten(case.summary, 150)}")
    if len(cases) > limit:
        lines.append(f"  …and {len(cases) - limit} more on the site.")
    return tuple(lines)


def footer_lines(url: str, printed: date, *, reviewed: bool) -> tuple[str, ...]:
    """Where the sheet comes from and when."""
    status = (
        "reviewed by an analyst"
        if reviewed
        else "automatic, not yet reviewed by an analyst: read the quoted clauses"
    )
    return (
        f"Printed {printed.isoformat()} from {url}",
        f"Verdicts are {status}. Rubric and evidence for every verdict: {url}",
    )


# Ever shorter versions of a sheet: (case studies shown, model-language characters).
SHORTENINGS = ((3, MODEL_MAX_CHARS), (2, 160), (1, 100), (0, 0))


def one_page_pdf(sheet: Sheet) -> bytes:
    """The sheet as a one-page PDF: the fullest version at the largest size that fits."""
    for case_limit, model_chars in SHORTENINGS:
        body = sheet.body(case_limit=case_limit, model_chars=model_chars)
        for size in BODY_SIZES:
            if page_count(sheet.title, body, body_size=size) == 1:
                return text_pdf(sheet.title, body, body_size=size)
    # Only an extreme title or heading overflows the shortest version: print the
    # heading and verdicts alone, which fit.
    bare = "\n\n".join(["\n".join(sheet.heading), "\n".join(verdict_lines(sheet.results))])
    return text_pdf(sheet.title, bare, body_size=BODY_SIZES[-1])
