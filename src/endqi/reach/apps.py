"""App config of the reach app."""

from django.apps import AppConfig


class ReachConfig(AppConfig):
    """Pages made to be used elsewhere: embedded on other sites, or printed."""

    name = "endqi.reach"
    label = "reach"
    verbose_name = "Reach"
