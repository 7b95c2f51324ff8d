"""Report a correction: the form, and the page that thanks the visitor."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from endqi.action.limits import RateLimit
from endqi.action.ratelimit import allow, client_ip, retry_after_seconds
from endqi.corrections.forms import CorrectionForm
from endqi.corrections.models import Correction
from endqi.corrections.targets import Target, UnknownTarget, official_target, page_target

# Reports per visitor address per hour: enough for a careful reader, not for a flood.
CORRECTIONS_PER_IP = RateLimit("correction-ip", limit=5, window_seconds=3600)


def _target(request: HttpRequest) -> Target:
    source = request.POST if request.method == "POST" else request.GET
    page = source.get("page", "")
    official = source.get("official", "")
    if official:
        return official_target(
            official, page_target(page).page if page else reverse("officials-find")
        )
    return page_target(page)


@require_http_methods(["GET", "POST"])
def report(request: HttpRequest) -> HttpResponse:
    """``/corrections/new/?page=/mo/bills/hb-30/``: the form, and saving a report."""
    try:
        target = _target(request)
    except UnknownTarget as error:
        return render(request, "corrections/unknown.html", {"message": str(error)}, status=400)
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_bot:
            # Answer as if it worked, so the bot learns nothing; save nothing.
            return redirect("corrections:thanks")
        if not allow(CORRECTIONS_PER_IP, client_ip(request)):
            response = render(
                request,
                "corrections/form.html",
                {"form": form, "target": target, "limited": True},
                status=429,
            )
            response["Retry-After"] = str(retry_after_seconds(CORRECTIONS_PER_IP))
            return response
        Correction.objects.create(
            target_kind=target.kind,
            target_key=target.key,
            target_label=target.label[:300],
            page=target.page,
            what_is_wrong=form.cleaned_data["what_is_wrong"],
            source=form.cleaned_data["source"],
            reply_to=form.cleaned_data["reply_to"],
        )
        return redirect("corrections:thanks")
    status = 400 if request.method == "POST" else 200
    return render(request, "corrections/form.html", {"form": form, "target": target}, status=status)


def thanks(request: HttpRequest) -> HttpResponse:
    """After a report: what happens next."""
    return render(request, "corrections/thanks.html")
