"""App config for the shared web layer (templates, static files, template tags)."""

from typing import Any

from django.apps import AppConfig


class WebConfig(AppConfig):
    """Shared templates and static files; page-cache freshness, sign-in throttling, cache table."""

    name = "endqi.web"
    label = "web"
    verbose_name = "endqi web"

    def ready(self) -> None:
        """A change saved in this process is shown by this process's next page at once."""
        from django.contrib.auth.signals import user_login_failed
        from django.db.models.signals import post_delete, post_migrate, post_save

        from endqi.web import checks  # noqa: F401 - registers the deployment checks
        from endqi.web.throttle import record_failed_sign_in

        post_save.connect(_data_changed, dispatch_uid="endqi-page-cache-save")
        post_delete.connect(_data_changed, dispatch_uid="endqi-page-cache-delete")
        user_login_failed.connect(record_failed_sign_in, dispatch_uid="endqi-login-throttle")
        # The database cache's table is made with the other tables, by every `migrate`
        # (the demo's and the test database's included). No sender filter: Django sends
        # post_migrate only for apps with models, and this app has none.
        post_migrate.connect(_create_cache_table, dispatch_uid="endqi-cache-table")


def _data_changed(sender: Any, **kwargs: Any) -> None:
    from endqi.web.fingerprint import CONTENT_APPS
    from endqi.web.pagecache import forget_fingerprint

    if sender._meta.app_label in CONTENT_APPS:
        forget_fingerprint()


def _create_cache_table(sender: Any, using: str = "default", **kwargs: Any) -> None:
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)
