"""App config of the alerts app."""

from django.apps import AppConfig


class AlertsConfig(AppConfig):
    """Subscriptions, the events they are told about, and the command that sends them."""

    name = "endqi.alerts"
    label = "alerts"
    verbose_name = "E-mail alerts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Record events when bills change (see :mod:`endqi.alerts.signals`)."""
        from endqi.alerts import signals  # noqa: F401
