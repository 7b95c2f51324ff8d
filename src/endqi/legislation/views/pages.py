"""The public state and bill pages (staff also preview unpublished bills here)."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET

from endqi.analysis.highlight import highlighted_text_html
from endqi.legislation.changes import bill_change_log
from endqi.legislation.models import Bill, Evaluation, State
from endqi.legislation.situation import state_situation
from endqi.legislation.versions import version_changes
from endqi.states import get_state_info


def state_or_404(abbr: str) -> State:
    """The State row of a valid abbreviation (any case); 404 when the row is missing.

    The rows come from a migration (``legislation/0006_state_rows``): a page
    never creates them.
    """
    return get_object_or_404(State, abbr=get_state_info(abbr).abbr)


@require_GET
def state_page(request: HttpRequest, abbr: str) -> HttpResponse:
    """One state's page: its published bills with scorecards, case studies, take action."""
    state = state_or_404(abbr)
    bills = list(state.bills.published().with_scorecards().order_by("-year", "identifier"))
    state_bills = [bill for bill in bills if not bill.is_local]
    return render(
        request,
        "legislation/state.html",
        {
            "state": state,
            "bills": state_bills,
            "local_bills": [bill for bill in bills if bill.is_local],
            # The summary is about the state's own law, not a city's ordinance.
            "situation": state_situation(state.name, state.slug, state_bills),
            "contact_email": getattr(settings, "ENDQI_CONTACT_EMAIL", ""),
        },
    )


def bill_for_page(request: HttpRequest, abbr: str, slug: str) -> Bill:
    """A published bill (staff also see unpublished ones, to preview them)."""
    bills = Bill.objects.with_scorecards()
    if not request.user.is_staff:
        bills = bills.published()
    return get_object_or_404(bills, state__abbr=get_state_info(abbr).abbr, slug=slug)


def renamed_bill_url(abbr: str, slug: str) -> str | None:
    """The current address of a published bill that once had ``slug`` (renamed bills).

    Bills once named by a counter, or by a wrong number, were renamed; links and
    citations to their old address still reach them. One query, only on a miss.
    """
    record = (
        Bill.history.filter(state__abbr=get_state_info(abbr).abbr, slug=slug)
        .order_by("-history_date")
        .first()
    )
    if record is None:
        return None
    bill = Bill.objects.published().filter(pk=record.id).select_related("state").first()
    return bill.get_absolute_url() if bill is not None and bill.slug != slug else None


def highlighted_version_text(evaluation: Evaluation | None) -> SafeString:
    """The evaluated version's text, escaped, with every evidence quote marked.

    The bill page and the staff review screen show the text the same way.
    """
    if evaluation is None:
        return mark_safe("")
    # highlighted_text_html escapes the whole text itself; only its <mark> tags are markup.
    return mark_safe(
        highlighted_text_html(evaluation.version.text, evaluation.scorecard().criteria)
    )


@require_GET
def bill_page(request: HttpRequest, abbr: str, slug: str) -> HttpResponse:
    """One bill: scorecard, highlighted text, versions, evaluations and its change log."""
    try:
        bill = bill_for_page(request, abbr, slug)
    except Http404:
        moved = renamed_bill_url(abbr, slug)
        if moved is None:
            raise
        return HttpResponsePermanentRedirect(moved)
    evaluation = bill.current_evaluation
    return render(
        request,
        "legislation/bill.html",
        {
            "bill": bill,
            "state": bill.state,
            "evaluation": evaluation,
            "bill_text": highlighted_version_text(evaluation),
            "versions": list(
                bill.versions.select_related("created_by").order_by("-created", "-id")
            ),
            "version_changes": version_changes(bill),
            "change_log": bill_change_log(bill),
        },
    )
