"""Template tags other apps use to show the action app's panels.

- ``{% state_action state %}``: the body of a state page's "Take action" section.
- ``{% bill_action bill %}``: the body of a bill page's "Act on this bill" section.
- ``{% share_meta obj %}``: OpenGraph and Twitter tags for a state or bill page.
- ``{% contact_panel state %}``: on the officials pages, links to write to the officials
  just found (carries the lookup's GET parameters).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from endqi.action.limits import SHARE_SIZES
from endqi.action.recipients import lookup_params
from endqi.action.summaries import bill_fact_line, bill_label, image_query, state_info_or_404
from endqi.legislation.models import Bill, State
from endqi.web.i18n import language_prefix

register = template.Library()


def _state_slug(state) -> str:
    """Lower-case abbreviation of a State row, a StateInfo or an abbreviation string."""
    abbr = state if isinstance(state, str) else getattr(state, "abbr", "")
    return str(abbr).lower()


@register.simple_tag(takes_context=True)
def state_action(context, state) -> SafeString:
    """HTML for the body of a state page's "Take action" section (no heading of its own)."""
    slug = _state_slug(state)
    info = state_info_or_404(slug)
    return render_to_string(
        "action/panel_state.html",
        {"state": info, "slug": slug},
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
            "write_url": f"{language_prefix()}/{slug}/bills/{bill.slug}/act/",
            "image_url": f"/share/{slug}/{bill.slug}.png",
        },
        request=context.get("request"),
    )


@register.simple_tag(takes_context=True)
def share_meta(context, obj) -> SafeString:
    """OpenGraph / Twitter meta tags for a state (State, StateInfo or abbreviation) or a Bill."""
    request = context.get("request")
    if isinstance(obj, Bill):
        slug = obj.state.slug
        title = gettext("%(state)s %(bill)s: where it stands on qualified immunity") % {
            "state": obj.state.name,
            "bill": bill_label(obj),
        }
        description = bill_fact_line(obj)
        image_path = f"/share/{slug}/{obj.slug}.png"
        page_path = obj.get_absolute_url()
    else:
        info = state_info_or_404(_state_slug(obj))
        state = obj if isinstance(obj, State) else None
        best = state.best_bill() if state is not None else None
        title = gettext("Ending qualified immunity in %(state)s") % {"state": info.name}
        description = (
            gettext("Best bill: %(label)s. %(fact)s")
            % {"label": bill_label(best), "fact": bill_fact_line(best)}
            if best
            else gettext("No bill to end qualified immunity is tracked in %(state)s yet.")
            % {"state": info.name}
        )
        image_path = f"/share/{info.slug}.png"
        page_path = f"{language_prefix()}/{info.slug}/"

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
def contact_panel(context, state, lookup_query: str | None = None) -> SafeString:
    """Links to write to the officials found by the current lookup (officials pages).

    ``lookup_query`` is the url-encoded lookup the officials page carries; without
    it the request's own GET parameters are used.
    """
    request = context.get("request")
    slug = _state_slug(state)
    info = state_info_or_404(slug)
    if lookup_query is None:
        params = lookup_params(request.GET) if request is not None else {}
        lookup_query = urlencode(params)
    query = f"?{lookup_query}" if lookup_query else ""
    row = State.objects.with_published_bills().filter(abbr=info.abbr).first()
    bills = [
        {"label": bill_label(bill), "url": f"/{slug}/bills/{bill.slug}/act/{query}"}
        for bill in (row.published_bills() if row else [])
    ]
    return render_to_string(
        "action/panel_contact.html",
        {"state": info, "write_url": f"/{slug}/act/write/{query}", "bills": bills},
        request=request,
    )
