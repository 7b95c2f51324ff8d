"""The staff screens: every bill, add a bill, review it (overrides), publish, new version.

Staff only (``staff_member_required``); the two upload screens go through
:func:`upload_view`, which refuses over-size bodies and too many uploads before
anything is read.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST

from endqi.action.ratelimit import allow, client_ip, retry_after_seconds
from endqi.legislation import bills as bill_writes
from endqi.legislation import evaluations as evaluation_writes
from endqi.legislation.forms import (
    ClearOverrideForm,
    NewBillForm,
    NewVersionForm,
    OverrideForm,
    PublishForm,
)
from endqi.legislation.models import Bill, CriterionResult, State
from endqi.legislation.status import BillStatus
from endqi.legislation.views.pages import highlighted_version_text
from endqi.web.throttle import UPLOAD_PER_IP
from endqi.web.uploads import UploadTooLarge, body_too_large, max_upload_text


def too_large_response(request: HttpRequest) -> HttpResponse:
    """A clear 413 page naming the limit."""
    return render(request, "413.html", {"limit": max_upload_text()}, status=413)


def upload_view(view: Any) -> Any:
    """Staff-only upload view that answers 413 for oversize bodies before reading them.

    Django's CSRF middleware reads the POST body before any view runs, so an
    oversize body would become a 400 there. The wrapper is exempt from the
    middleware, checks staff access and the size first, then applies the same
    CSRF check itself (``csrf_protect``) before the real view reads anything.
    """
    protected = csrf_protect(view)

    @csrf_exempt
    @staff_member_required
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and body_too_large(request):
            return too_large_response(request)
        if request.method == "POST" and not allow(UPLOAD_PER_IP, client_ip(request)):
            response = render(
                request,
                "429.html",
                {"message": "Too many uploads from your address; please wait and try again."},
                status=429,
            )
            response["Retry-After"] = str(retry_after_seconds(UPLOAD_PER_IP))
            return response
        try:
            return protected(request, *args, **kwargs)
        except (RequestDataTooBig, UploadTooLarge):
            return too_large_response(request)

    wrapper.__doc__ = view.__doc__
    wrapper.__name__ = view.__name__
    return wrapper


@staff_member_required
@require_GET
def staff_bill_list(request: HttpRequest) -> HttpResponse:
    """Every bill, published or not, with its scores and a link to review it."""
    bills = list(Bill.objects.with_scorecards().order_by("state__name", "-year", "identifier"))
    return render(request, "legislation/staff/list.html", {"bills": bills})


@upload_view
def staff_new_bill(request: HttpRequest) -> HttpResponse:
    """Add a bill from pasted text or an uploaded file; evaluate it; go to its review screen."""
    if request.method == "POST":
        form = NewBillForm(request.POST, request.FILES)
        if form.is_valid():
            bill = _create_bill_from_form(request, form)
            if bill is not None:
                messages.success(
                    request, f"{bill.identifier} added and evaluated. Review it, then publish."
                )
                return redirect("legislation:staff-review", bill_id=bill.pk)
    elif request.method == "GET":
        form = NewBillForm(initial={"status": BillStatus.INTRODUCED})
    else:
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    status = 400 if form.is_bound else 200
    return render(request, "legislation/staff/new.html", {"form": form}, status=status)


def _create_bill_from_form(request: HttpRequest, form: NewBillForm) -> Bill | None:
    """Create the bill and its first evaluated version in one transaction.

    Returns ``None`` (with the problem added to the form) when the text cannot
    be read; nothing is written then.
    """
    data = form.cleaned_data
    content, filename = form.content()
    try:
        with transaction.atomic():
            bill = bill_writes.create_bill(
                # The form admits only valid abbreviations; their rows come from a migration.
                state=get_object_or_404(State, abbr=data["state"]),
                identifier=data["identifier"],
                year=data["year"],
                title=data["title"],
                status=data["status"],
                source_url=data["source_url"],
                user=request.user,
            )
            bill_writes.add_bill_version(
                bill,
                content,
                filename=filename,
                label=data["version_label"] or "introduced",
                source_url=data["version_source_url"],
                coverage=data["version_coverage"],
                version_date=data["version_date"],
                user=request.user,
            )
    except ValidationError as error:
        form.add_error(None, error)
        return None
    return bill


def _criterion_prefix(criterion_id: str) -> str:
    """The form prefix and anchor part of a criterion: ``end.damage_caps`` → ``end-damage_caps``."""
    return criterion_id.replace(".", "-")


def _review_context(request: HttpRequest, bill: Bill, **forms: Any) -> dict[str, Any]:
    """Everything the review screen shows."""
    evaluation = bill.current_evaluation
    results = evaluation.ordered_results() if evaluation else []
    override_forms = {}
    for result in results:
        bound = forms.get("override_forms", {}).get(result.criterion_id)
        override_forms[result.criterion_id] = bound or OverrideForm(
            prefix=_criterion_prefix(result.criterion_id),
            initial={"verdict": result.effective_verdict.value, "note": ""},
        )
    return {
        "bill": bill,
        "state": bill.state,
        "evaluation": evaluation,
        "override_forms": override_forms,
        "clear_forms": {
            result.criterion_id: ClearOverrideForm(
                prefix=_criterion_prefix(result.criterion_id) + "-clear"
            )
            for result in results
            if result.is_overridden
        },
        "disagreements": [result for result in results if result.automatic_disagrees],
        "version_form": forms.get("version_form") or NewVersionForm(),
        "bill_text": highlighted_version_text(evaluation),
        "versions": list(bill.versions.order_by("-created", "-id")),
    }


def _staff_bill(bill_id: int) -> Bill:
    """Any bill (published or not) with its scorecard loaded."""
    return get_object_or_404(Bill.objects.with_scorecards(), pk=bill_id)


def _reviewed_result(bill_id: int, criterion_id: str) -> tuple[Bill, CriterionResult]:
    """The bill and one criterion's result in its current evaluation (404 when missing)."""
    bill = _staff_bill(bill_id)
    evaluation = bill.current_evaluation
    if evaluation is None:
        raise Http404("This bill has no evaluation to review yet.")
    result = get_object_or_404(CriterionResult, evaluation=evaluation, criterion_id=criterion_id)
    return bill, result


@staff_member_required
@require_GET
def staff_review(request: HttpRequest, bill_id: int) -> HttpResponse:
    """The review screen: automatic evaluation, overrides, publish, new version."""
    bill = _staff_bill(bill_id)
    return render(request, "legislation/staff/review.html", _review_context(request, bill))


def _review_url(bill: Bill, anchor: str = "") -> str:
    """The review screen URL, optionally at an anchor."""
    url = reverse("legislation:staff-review", kwargs={"bill_id": bill.pk})
    return f"{url}#{anchor}" if anchor else url


@staff_member_required
@require_POST
def staff_override(request: HttpRequest, bill_id: int, criterion_id: str) -> HttpResponse:
    """Set a reviewer's verdict on one criterion of the bill's current evaluation."""
    bill, result = _reviewed_result(bill_id, criterion_id)
    prefix = _criterion_prefix(criterion_id)
    form = OverrideForm(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            evaluation_writes.override_criterion(
                result, form.cleaned_data["verdict"], form.cleaned_data["note"], request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"Saved your verdict on “{result.criterion.title}”.")
            return HttpResponseRedirect(_review_url(bill, f"criterion-{prefix}"))
    context = _review_context(request, bill, override_forms={criterion_id: form})
    return render(request, "legislation/staff/review.html", context, status=400)


@staff_member_required
@require_POST
def staff_clear_override(request: HttpRequest, bill_id: int, criterion_id: str) -> HttpResponse:
    """Remove a reviewer's verdict (with a note) so the automatic verdict shows again."""
    bill, result = _reviewed_result(bill_id, criterion_id)
    prefix = _criterion_prefix(criterion_id)
    form = ClearOverrideForm(request.POST, prefix=prefix + "-clear")
    if form.is_valid():
        try:
            evaluation_writes.clear_override(result, form.cleaned_data["note"], request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, f"Removed the review of “{result.criterion.title}”.")
    else:
        messages.error(request, "Say why you are removing the review.")
    return HttpResponseRedirect(_review_url(bill, f"criterion-{prefix}"))


@staff_member_required
@require_POST
def staff_publish(request: HttpRequest, bill_id: int) -> HttpResponse:
    """Publish or unpublish a bill."""
    bill = _staff_bill(bill_id)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose publish or unpublish.")
        return HttpResponseRedirect(_review_url(bill))
    published = form.cleaned_data["published"]
    if bill_writes.set_published(bill, published, user=request.user):
        messages.success(request, "Published." if published else "Unpublished.")
    return HttpResponseRedirect(_review_url(bill))


@upload_view
def staff_new_version(request: HttpRequest, bill_id: int) -> HttpResponse:
    """Add a new version of the text; it is evaluated and every override is kept."""
    if request.method != "POST":
        return HttpResponse(status=405, headers={"Allow": "POST"})
    bill = _staff_bill(bill_id)
    form = NewVersionForm(request.POST, request.FILES)
    if form.is_valid():
        content, filename = form.content()
        try:
            bill_writes.add_bill_version(
                bill,
                content,
                filename=filename,
                label=form.cleaned_data["version_label"],
                source_url=form.cleaned_data["version_source_url"],
                coverage=form.cleaned_data["version_coverage"],
                version_date=form.cleaned_data["version_date"],
                user=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            bill = _staff_bill(bill_id)
            flagged = [
                r for r in bill.current_evaluation.ordered_results() if r.automatic_disagrees
            ]
            text = "New version evaluated; your reviews were kept."
            if flagged:
                text += f" The automatic verdict now disagrees on {len(flagged)} reviewed criteria: look again."
            messages.success(request, text)
            return HttpResponseRedirect(_review_url(bill))
    context = _review_context(request, bill, version_form=form)
    return render(request, "legislation/staff/review.html", context, status=400)
