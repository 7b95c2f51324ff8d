"""App config for action."""

from django.apps import AppConfig


class ActionConfig(AppConfig):
    """The action app."""

    name = "endqi.action"
    label = "action"
    verbose_name = "Action"
