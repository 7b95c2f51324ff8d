"""``/<abbr>/one-pager.pdf`` and ``/<abbr>/bills/<slug>/one-pager.pdf``.

One-pagers stay in English on purpose: they are printed for legislators' offices and
hearings, which work in English (like the model policy's PDF). They have one unprefixed
address (``/es/…/one-pager.pdf`` redirects there), and are drawn with English active
whatever language the request carries, so a Spanish visitor prints the same sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

from endqi.action.summaries import (
    bill_label,
    group_scores,
    published_bill,
    state_info_or_404,
    state_row,
)
from endqi.cases.models import CaseStudy
from endqi.legislation.models import Bill
from endqi.reach.onepager import CaseLine, Sheet, one_page_pdf, shorten
from endqi.web.i18n import unprefixed_reverse

TITLE_MAX_CHARS = 160


def english_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Run ``view`` with English active (see the module's docstring for why)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        with translation.override(settings.LANGUAGE_CODE):
            return view(request, *args, **kwargs)

    return wrapped


def _cases(abbr: str) -> tuple[CaseLine, ...]:
    rows = CaseStudy.objects.published().filter(state__abbr=abbr.upper()).order_by("-decided")
    return tuple(CaseLine(case.name, case.decided.year, case.summary) for case in rows)


def _scores_line(bill: Bill) -> str:
    scores = group_scores(bill)
    if not scores:
        return "Not evaluated yet."
    return "Scores: " + " · ".join(f"{label} {value}" for label, value in scores)


def _bill_heading(bill: Bill) -> list[str]:
    lines = [f"{bill.state.name} · {bill_label(bill)} · {bill.status_label}"]
    if bill.title:
        lines.append(shorten(bill.title, TITLE_MAX_CHARS))
    lines.append(_scores_line(bill))
    return lines


def _pdf_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@english_only
def bill_one_pager(request: HttpRequest, abbr: str, slug: str) -> HttpResponse:
    """One bill on one page: verdicts with quotes, gaps with model language, cases, date."""
    info = state_info_or_404(abbr)
    bill = published_bill(info.abbr, slug)
    scorecard = bill.scorecard()
    evaluation = bill.current_evaluation
    sheet = Sheet(
        title=f"{bill_label(bill)} ({info.name}): ending qualified immunity",
        heading=tuple(_bill_heading(bill)),
        results=tuple(scorecard.criteria) if scorecard else (),
        state_name=info.name,
        cases=_cases(info.abbr),
        url=request.build_absolute_uri(bill.get_absolute_url()),
        printed=timezone.localdate(),
        reviewed=bool(evaluation and evaluation.reviewed_at),
    )
    return _pdf_response(one_page_pdf(sheet), f"endqi-{info.slug}-{bill.slug}.pdf")


@english_only
def state_one_pager(request: HttpRequest, abbr: str) -> HttpResponse:
    """A state on one page: its best bill's scorecard, its other bills, its cases."""
    info = state_info_or_404(abbr)
    row = state_row(info.abbr)
    best = row.best_bill() if row is not None else None
    url = request.build_absolute_uri(unprefixed_reverse("legislation:state", abbr=info.slug))
    heading = [f"{info.name}: bills to end qualified immunity"]
    if best is None:
        heading.append("No bill is tracked yet. The model policy is at /model-policy/.")
        results: tuple = ()
        reviewed = False
    else:
        heading.append(f"Best bill: {bill_label(best)} · {best.status_label}")
        heading.append(_scores_line(best))
        others = [bill for bill in row.published_bills() if bill.pk != best.pk]
        if others:
            heading.append(
                "Other bills: " + "; ".join(f"{bill_label(b)} ({b.status_label})" for b in others)
            )
        scorecard = best.scorecard()
        results = tuple(scorecard.criteria) if scorecard else ()
        reviewed = bool(best.current_evaluation and best.current_evaluation.reviewed_at)
    sheet = Sheet(
        title=f"{info.name}: ending qualified immunity",
        heading=tuple(heading),
        results=results,
        state_name=info.name,
        cases=_cases(info.abbr),
        url=url,
        printed=timezone.localdate(),
        reviewed=reviewed,
    )
    return _pdf_response(one_page_pdf(sheet), f"endqi-{info.slug}.pdf")
