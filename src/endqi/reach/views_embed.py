"""The embeddable state card (an iframe page) and the page that gives its snippet."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.views.decorators.clickjacking import xframe_options_exempt

from endqi.action.summaries import state_info_or_404
from endqi.reach.cards import state_card
from endqi.web.i18n import SPANISH, unprefixed_reverse
from endqi.web.middleware import CONTENT_SECURITY_POLICY

THEMES = ("auto", "light", "dark")
# The card may be framed by any site (that is its purpose); every other page keeps
# frame-ancestors 'none'. Links inside open in a new tab, so we never navigate the host.
EMBED_CSP = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *")
# Height of the iframe in the snippet, in CSS pixels: the card fits in it at any width
# from 280 px up.
EMBED_HEIGHT = 300


@xframe_options_exempt
def embed_card(request: HttpRequest, abbr: str, theme: str = "auto") -> HttpResponse:
    """``/embed/<abbr>/`` (``light/`` or ``dark/``): the state's card, made to be framed."""
    info = state_info_or_404(abbr)
    # One iframe address; ``?lang=es`` gives the Spanish card (``/es/embed/…`` redirects here).
    language = SPANISH if request.GET.get("lang") == SPANISH else settings.LANGUAGE_CODE
    with translation.override(language):
        response = render(
            request,
            "reach/embed_card.html",
            {
                "card": state_card(info),
                "theme": theme,
                "site": request.build_absolute_uri("/"),
                "page_prefix": "" if language == settings.LANGUAGE_CODE else f"{language}/",
            },
        )
    response["Content-Security-Policy"] = EMBED_CSP
    return response


def embed_snippet(request: HttpRequest, abbr: str) -> HttpResponse:
    """``/<abbr>/embed/``: the snippet to paste, for each theme, with a live preview.

    On a Spanish page the snippet frames the Spanish card and its title is Spanish.
    """
    info = state_info_or_404(abbr)
    query = f"?lang={SPANISH}" if translation.get_language() == SPANISH else ""
    title = gettext("Qualified immunity in %(state)s: endqi scorecard") % {"state": info.name}
    snippets = []
    for theme in THEMES:
        path = (
            unprefixed_reverse("reach-embed", abbr=info.slug)
            if theme == "auto"
            else unprefixed_reverse("reach-embed-theme", abbr=info.slug, theme=theme)
        ) + query
        url = request.build_absolute_uri(path)
        code = format_html(
            '<iframe src="{}" title="{}" width="100%" height="{}" '
            'style="border:0;max-width:480px" loading="lazy"></iframe>',
            url,
            title,
            EMBED_HEIGHT,
        )
        snippets.append({"theme": theme, "path": path, "code": code})
    return render(
        request,
        "reach/embed_snippet.html",
        {"info": info, "snippets": snippets, "height": EMBED_HEIGHT},
    )
