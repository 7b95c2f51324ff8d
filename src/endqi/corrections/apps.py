"""App config of the corrections app."""

from django.apps import AppConfig


class CorrectionsConfig(AppConfig):
    """Reports of errors from visitors, and the staff queue that answers them."""

    name = "endqi.corrections"
    label = "corrections"
    verbose_name = "Corrections"
    default_auto_field = "django.db.models.BigAutoField"
