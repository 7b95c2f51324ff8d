"""App config for cases."""

from django.apps import AppConfig


class CasesConfig(AppConfig):
    """The cases app."""

    name = "endqi.cases"
    label = "cases"
    verbose_name = "Cases"
