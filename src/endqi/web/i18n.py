"""Languages of the visitor pages: English unprefixed, Spanish under ``/es/``.

One place for the language rules the templates and middleware share: which
prefix a language has, the address of the same page in the other language
(for the header switch and ``hreflang`` links), and which paths exist only
unprefixed (staff screens, the embed iframe, files).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import get_language, override

SPANISH = "es"
# Paths (after the language prefix) served in one language only: staff screens are
# English, the embed iframe chooses its language by ?lang=, files carry no page chrome.
UNPREFIXED_ONLY = re.compile(r"^/(?:staff/|embed/|admin/|api/|feeds/)|\.(?:pdf|png|txt)$")


@dataclass(frozen=True)
class Alternate:
    """The same page in one language: its code, name, and path."""

    code: str
    name: str
    path: str


def language_prefix(code: str | None = None) -> str:
    """``""`` for the default language, ``"/es"`` for Spanish (the active one if not given)."""
    code = (code or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return "" if code == settings.LANGUAGE_CODE else f"/{code}"


def unprefixed_reverse(viewname: str, **kwargs: str) -> str:
    """``reverse()`` in the default language, for addresses served only unprefixed.

    Files (PNG, PDF), the embed iframe, staff screens and addresses written into
    letters or PDFs never carry ``/es/``; under Spanish, a plain ``reverse()`` of
    a pattern inside ``i18n_patterns`` would add it (and cost a redirect).
    """
    with override(settings.LANGUAGE_CODE):
        return reverse(viewname, kwargs=kwargs or None)


def unprefixed_path(path: str) -> str:
    """The English path of ``path`` (``/es/mo/`` → ``/mo/``, ``/mo/`` unchanged)."""
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if code != settings.LANGUAGE_CODE and path.startswith(prefix):
            return path[len(prefix) - 1 :]
    return path


def url_in_language(obj: object, code: str) -> str:
    """``obj.get_absolute_url()`` as the page in language ``code`` (for letters and e-mail)."""
    with override(code):
        return obj.get_absolute_url()  # type: ignore[attr-defined]


def alternates(path: str) -> list[Alternate]:
    """The page at ``path`` in every language, or ``[]`` when it has no translations.

    A page has translations when its Spanish address resolves (visitor pages do;
    the API, admin, feeds and staff screens do not).
    """
    english = unprefixed_path(path)
    if UNPREFIXED_ONLY.search(english):
        return []
    try:
        # Spanish paths only resolve while Spanish is active (LocalePrefixPattern).
        with override(SPANISH):
            resolve(f"/{SPANISH}{english}")
    except Resolver404:
        return []
    return [
        Alternate(code, name, f"{'' if code == settings.LANGUAGE_CODE else '/' + code}{english}")
        for code, name in settings.LANGUAGES
    ]


class UnprefixedOnlyMiddleware:
    """Send ``/es/staff/…``, ``/es/embed/…`` and files to their one unprefixed address."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        english = unprefixed_path(request.path_info)
        if english != request.path_info and UNPREFIXED_ONLY.search(english):
            query = request.META.get("QUERY_STRING", "")
            if english.startswith("/embed/") and "lang=" not in query:
                # The embed card's Spanish variant is ?lang=es on the one iframe address.
                query = f"{query}&lang={SPANISH}" if query else f"lang={SPANISH}"
            return HttpResponsePermanentRedirect(f"{english}?{query}" if query else english)
        return self.get_response(request)
