"""``{% unprefixed_url "name" key=value %}``: ``{% url %}`` for addresses with no language prefix.

Files (PNG, PDF), the embed iframe and staff screens are served only without
``/es/`` (:mod:`endqi.web.i18n`); every other link uses Django's ``{% url %}``.
"""

from __future__ import annotations

from django import template

from endqi.web.i18n import unprefixed_reverse

register = template.Library()


@register.simple_tag
def unprefixed_url(viewname: str, **kwargs: str) -> str:
    """The address of ``viewname`` in the default language (no ``/es/`` prefix)."""
    return unprefixed_reverse(viewname, **kwargs)
