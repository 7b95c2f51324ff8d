"""App config for the shared web layer (templates, static files, template tags)."""

from typing import Any

from django.apps import AppConfig


class WebConfig(AppConfig):
    """Shared templates and static files; keeps the page cache's fingerprint fresh."""

    name = "endqi.web"
    label = "web"
    verbose_name = "endqi web"

    def ready(self) -> None:
        """A change saved in this process is shown by this process's next page at once."""
        from django.db.models.signals import post_delete, post_save

        post_save.connect(_data_changed, dispatch_uid="endqi-page-cache-save")
        post_delete.connect(_data_changed, dispatch_uid="endqi-page-cache-delete")


def _data_changed(sender: Any, **kwargs: Any) -> None:
    from endqi.web.fingerprint import CONTENT_APPS
    from endqi.web.pagecache import forget_fingerprint

    if sender._meta.app_label in CONTENT_APPS:
        forget_fingerprint()
