"""App config for the shared web layer (templates, static files, template tags)."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    """Shared templates and static files."""

    name = "endqi.web"
    label = "web"
    verbose_name = "endqi web"
