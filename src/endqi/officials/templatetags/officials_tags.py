"""Template filters of the officials pages."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

OFFICE_LABELS = {
    "capitol": _("Capitol office"),
    "district": _("District office"),
    "capitol-mail": _("Capitol mailing address"),
    "district-mail": _("District mailing address"),
    "primary": _("Office"),
    "home": _("Home office"),
}


@register.filter
def hostname(url: str) -> str:
    """``https://house.mo.gov/x`` → ``house.mo.gov`` (to say where a link goes)."""
    return urlsplit(url or "").hostname or ""


@register.filter
def office_label(classification: str) -> str:
    """A readable label for an Open States office classification."""
    return str(OFFICE_LABELS.get(classification or "", OFFICE_LABELS["primary"]))


@register.filter
def tel_digits(phone: str) -> str:
    """Digits (and ``+``) of a phone number, for ``tel:`` links."""
    return "".join(ch for ch in phone or "" if ch.isdigit() or ch == "+")


@register.filter
def is_web_url(value: str) -> bool:
    """True for http(s) URLs (upstream sometimes puts a contact form URL in ``email``)."""
    return str(value or "").startswith(("http://", "https://"))
