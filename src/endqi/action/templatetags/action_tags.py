"""Template tags other apps use to show the action app's panels.

A state is always given to these tags as its postal abbreviation (a string, any
case: ``state.abbr``), whichever object the page holds (a ``State`` row or a
``StateInfo``); anything else is a programming error (``TypeError``).

- ``{% state_action state.abbr %}``: the body of a state page's "Take action" section.
- ``{% bill_action bill %}``: the body of a bill page's "Act on this bill" section.
- ``{% share_meta bill %}`` or ``{% share_meta state.abbr %}``: OpenGraph and Twitter
  tags for a bill or state page.
- ``{% contact_panel state.abbr %}``: on the officials pages, links to write to the
  officials just found (carries the lookup's GET parameters).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from endqi.action.limits import SHARE_SIZES
from endqi.action.recipients import lookup_params
from endqi.action.summaries import bill_fact_line, bill_label, image_query, state_info_or_404
from endqi.legislation.models import Bill, State
from endqi.states import StateInfo
from endqi.web.i18n import unprefixed_reverse

register = template.Library()


def _state_info(abbr: str) -> StateInfo:
    """The state a tag was given: a postal abbreviation (any case), the one type tags take."""
    if not isinstance(abbr, str):
        raise TypeError(
            f"give the tag a state abbreviation (state.abbr), not {type(abbr).__name__}"
        )
    return state_info_or_404(abbr)


@register.simple_tag(takes_context=True)
def state_action(context, abbr: str) -> SafeString:
    """HTML for the body of a state page's "Take action" section (no heading of its own).

    ``abbr`` is the state's postal abbreviation (``{% state_action state.abbr %}``).
    """
    info = _state_info(abbr)
    return render_to_string(
        "action/panel_state.html",
        {"state": info, "slug": info.slug},
        request=context.get("request"),
    )


@register.simple_tag(takes_context=True)
def bill_action(context, bill: Bill) -> SafeString:
    """HTML for the body of a bill page's "Act on this bill" section (no heading of its own)."""
    slug = bill.state.slug
    return render_to_string(
        "action/panel_bill.html",
        {
            "bill": bill,
            "slug": slug,
            "label": bill_label(bill),
            "outcome": bill.outcome.value,
            "write_url": reverse("action-write-bill", kwargs={"abbr": slug, "slug": bill.slug}),
            "image_url": unprefixed_reverse("action-share-bill-png", abbr=slug, slug=bill.slug)
            + image_query(),
        },
        request=context.get("request"),
    )


@register.simple_tag(takes_context=True)
def share_meta(context, obj: Bill | str) -> SafeString:
    """OpenGraph / Twitter meta tags for a bill (a ``Bill``) or a state (its abbreviation)."""
    request = context.get("request")
    if isinstance(obj, Bill):
        slug = obj.state.slug
        title = gettext("%(state)s %(bill)s: where it stands on qualified immunity") % {
            "state": obj.state.name,
            "bill": bill_label(obj),
        }
        description = bill_fact_line(obj)
        image_path = unprefixed_reverse("action-share-bill-png", abbr=slug, slug=obj.slug)
        page_path = obj.get_absolute_url()
    else:
        info = _state_info(obj)
        state = State.objects.with_published_bills().filter(abbr=info.abbr).first()
        best = state.best_bill() if state is not None else None
        title = gettext("Ending qualified immunity in %(state)s") % {"state": info.name}
        description = (
            gettext("Best bill: %(label)s. %(fact)s")
            % {"label": bill_label(best), "fact": bill_fact_line(best)}
            if best
            else gettext("No bill to end qualified immunity is tracked in %(state)s yet.")
            % {"state": info.name}
        )
        image_path = unprefixed_reverse("action-share-state-png", abbr=info.slug)
        page_path = reverse("legislation:state", kwargs={"abbr": info.slug})

    def absolute(path: str) -> str:
        return request.build_absolute_uri(path) if request is not None else path

    width, height = SHARE_SIZES["wide"]
    return render_to_string(
        "action/share_meta.html",
        {
            "title": title,
            "description": description,
            # The image in the page's language (images have one unprefixed address).
            "image": absolute(image_path + image_query()),
            "url": absolute(page_path),
            "width": width,
            "height": height,
        },
    )


@register.simple_tag(takes_context=True)
def contact_panel(context, abbr: str, lookup_query: str | None = None) -> SafeString:
    """Links to write to the officials found by the current lookup (officials pages).

    ``abbr`` is the state's postal abbreviation; ``lookup_query`` is the url-encoded
    lookup the officials page carries; without it the request's own GET parameters
    are used.
    """
    request = context.get("request")
    info = _state_info(abbr)
    if lookup_query is None:
        params = lookup_params(request.GET) if request is not None else {}
        lookup_query = urlencode(params)
    query = f"?{lookup_query}" if lookup_query else ""
    row = State.objects.with_published_bills().filter(abbr=info.abbr).first()
    bills = [
        {
            "label": bill_label(bill),
            "url": reverse("action-write-bill", kwargs={"abbr": info.slug, "slug": bill.slug})
            + query,
        }
        for bill in (row.published_bills() if row else [])
    ]
    return render_to_string(
        "action/panel_contact.html",
        {
            "state": info,
            "write_url": reverse("action-write-state", kwargs={"abbr": info.slug}) + query,
            "bills": bills,
        },
        request=request,
    )
