"""Template tags other apps use to show "take action" panels (placeholder until the action app fills it)."""

from django import template

register = template.Library()


@register.simple_tag
def state_action(state) -> str:
    """HTML for the "Take action" section of a state page."""
    return ""


@register.simple_tag
def bill_action(bill) -> str:
    """HTML for the "Act on this bill" panel of a bill page."""
    return ""


@register.simple_tag
def share_meta(obj) -> str:
    """OpenGraph / Twitter meta tags for a state or bill page."""
    return ""
