"""App config for the API."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The JSON API."""

    name = "endqi.api"
    label = "api"
    verbose_name = "API"
