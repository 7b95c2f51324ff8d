"""App config for officials."""

from django.apps import AppConfig


class OfficialsConfig(AppConfig):
    """The officials app."""

    name = "endqi.officials"
    label = "officials"
    verbose_name = "Officials"
