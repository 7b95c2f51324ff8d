"""Template filters of the officials pages."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import template

register = template.Library()

OFFICE_LABELS = {
    "capitol": "Capitol office",
    "district": "District office",
    "capitol-mail": "Capitol mailing address",
    "district-mail": "District mailing address",
    "primary": "Office",
    "home": "Home office",
}


@register.filter
def hostname(url: str) -> str:
    """``https://house.mo.gov/x`` → ``house.mo.gov`` (to say where a link goes)."""
    return urlsplit(url or "").hostname or ""


@register.filter
def office_label(classification: str) -> str:
    """A readable label for an Open States office classification."""
    return OFFICE_LABELS.get(classification or "", "Office")


@register.filter
def tel_digits(phone: str) -> str:
    """Digits (and ``+``) of a phone number, for ``tel:`` links."""
    return "".join(ch for ch in phone or "" if ch.isdigit() or ch == "+")


@register.filter
def is_web_url(value: str) -> bool:
    """True for http(s) URLs (upstream sometimes puts a contact form URL in ``email``)."""
    return str(value or "").startswith(("http://", "https://"))
