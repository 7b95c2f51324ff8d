"""Get the word out: share images at stable URLs and the pages that list them."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from endqi.action.limits import DEFAULT_SHARE_SIZE, SHARE_SIZES
from endqi.action.share import ShareCard, cached_share_png
from endqi.action.summaries import (
    bill_label,
    bill_share_card,
    image_query,
    published_bill,
    share_post_text,
    state_info_or_404,
    state_row,
    state_share_card,
)
from endqi.legislation.models import State
from endqi.states import all_states
from endqi.web.i18n import SPANISH, unprefixed_reverse

# Browsers and social sites may keep an image this long; the ETag tells them when it changed.
IMAGE_MAX_AGE_SECONDS = 3600


def _size(request: HttpRequest) -> str | None:
    size = request.GET.get("size") or DEFAULT_SHARE_SIZE
    return size if size in SHARE_SIZES else None


def _bad_size() -> HttpResponse:
    names = " or ".join(SHARE_SIZES)
    return HttpResponse(
        f"Unknown image size; use size={names}.\n",
        status=400,
        content_type="text/plain; charset=utf-8",
    )


def _png_response(request: HttpRequest, card: ShareCard, size: str, filename: str) -> HttpResponse:
    data, digest = cached_share_png(card, size)
    etag = f'"{digest[:32]}"'
    if request.headers.get("If-None-Match") == etag:
        response: HttpResponse = HttpResponseNotModified()
    else:
        response = HttpResponse(data, content_type="image/png")
        disposition = "attachment" if request.GET.get("download") else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={IMAGE_MAX_AGE_SECONDS}"
    return response


def _image_language(request: HttpRequest) -> str:
    """An image's language: ``?lang=es`` for Spanish (images have one unprefixed address)."""
    return SPANISH if request.GET.get("lang") == SPANISH else settings.LANGUAGE_CODE


def state_png(request: HttpRequest, abbr: str) -> HttpResponse:
    """``/share/<abbr>.png``: the state's share image (``?size=square`` for 1080×1080,
    ``?lang=es`` for Spanish words)."""
    info = state_info_or_404(abbr)
    size = _size(request)
    if size is None:
        return _bad_size()
    with translation.override(_image_language(request)):
        card = state_share_card(info, state_row(info.abbr), host=request.get_host())
    return _png_response(request, card, size, f"endqi-{info.slug}-{size}.png")


def bill_png(request: HttpRequest, abbr: str, slug: str) -> HttpResponse:
    """``/share/<abbr>/<slug>.png``: one bill's share image (same parameters)."""
    info = state_info_or_404(abbr)
    size = _size(request)
    if size is None:
        return _bad_size()
    bill = published_bill(info.abbr, slug)
    with translation.override(_image_language(request)):
        card = bill_share_card(bill, host=request.get_host())
    return _png_response(request, card, size, f"endqi-{info.slug}-{bill.slug}-{size}.png")


def _image_entries(base: str) -> list[dict]:
    return [
        {
            "size": name,
            "width": width,
            "height": height,
            "url": base + image_query(name),
            "download": base + image_query(name, download="1"),
        }
        for name, (width, height) in SHARE_SIZES.items()
    ]


def share_index(request: HttpRequest) -> HttpResponse:
    """``/share/``: every state's image; states with tracked bills first."""
    states = {state.abbr: state for state in State.objects.with_published_bills()}
    with_bills, without = [], []
    for info in all_states():
        state = states.get(info.abbr)
        best = state.best_bill() if state is not None else None
        entry = {"info": info, "best": best, "best_label": bill_label(best) if best else ""}
        (with_bills if best else without).append(entry)
    return render(
        request,
        "action/share_index.html",
        {"with_bills": with_bills, "without": without, "image_query": image_query()},
    )


def share_state(request: HttpRequest, abbr: str) -> HttpResponse:
    """``/share/<abbr>/``: a state's images and each of its bills' images, with post text."""
    info = state_info_or_404(abbr)
    state = state_row(info.abbr)
    host = request.get_host()
    state_card = state_share_card(info, state, host=host)
    state_page = request.build_absolute_uri(
        reverse("legislation:state", kwargs={"abbr": info.slug})
    )
    bills = []
    for bill in state.published_bills() if state is not None else []:
        card = bill_share_card(bill, host=host)
        bills.append(
            {
                "bill": bill,
                "label": bill_label(bill),
                "card": card,
                "images": _image_entries(
                    unprefixed_reverse("action-share-bill-png", abbr=info.slug, slug=bill.slug)
                ),
                "post": share_post_text(
                    f"{info.name} {bill_label(bill)}: {card.fact}",
                    card.scores,
                    request.build_absolute_uri(bill.get_absolute_url()),
                ),
            }
        )
    return render(
        request,
        "action/share_state.html",
        {
            "state": info,
            "card": state_card,
            "images": _image_entries(unprefixed_reverse("action-share-state-png", abbr=info.slug)),
            "post": share_post_text(
                gettext("Where %(state)s stands on qualified immunity: %(fact)s")
                % {"state": info.name, "fact": state_card.fact},
                state_card.scores,
                state_page,
            ),
            "bills": bills,
        },
    )
