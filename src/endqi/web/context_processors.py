"""Template context shared by every page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, Any]:
    """Site-wide values: the states for the navigation picker and the page's languages.

    ``lang_prefix`` is ``""`` in English and ``"/es"`` in Spanish (for fixed links);
    ``alternates`` lists the page in every language (``hreflang`` links) and
    ``other_language`` is the one the header switch offers.
    """
    from django.utils.translation import get_language

    from endqi.states import STATE_CHOICES
    from endqi.web.i18n import alternates, language_prefix

    current = (get_language() or "en").split("-")[0]
    pages = alternates(request.path)
    other = next((page for page in pages if page.code != current), None)
    english = next((page for page in pages if page.code == "en"), None)
    return {
        "nav_states": STATE_CHOICES,
        "lang_prefix": language_prefix(current),
        "alternates": pages,
        "default_alternate": english,
        "other_language": other,
    }
