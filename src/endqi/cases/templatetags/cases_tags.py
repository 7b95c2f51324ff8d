"""Template tags other apps use to show case studies (placeholder until the cases app fills it)."""

from django import template

register = template.Library()


@register.simple_tag
def state_cases(state) -> str:
    """HTML for the "Case Studies" section of a state page."""
    return ""
