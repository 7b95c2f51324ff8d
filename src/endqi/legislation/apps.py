"""App config for legislation."""

from django.apps import AppConfig


class LegislationConfig(AppConfig):
    """States, bills, versions and evaluations."""

    name = "endqi.legislation"
    label = "legislation"
    verbose_name = "Legislation"
