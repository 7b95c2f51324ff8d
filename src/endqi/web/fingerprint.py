"""A cheap version string of the site's data, for caches keyed by "what is shown".

One portable SQL query over a set of tables: each table's row count, highest
primary key and latest ``auto_now`` timestamp. Adding or deleting a row
changes the first two; editing one changes the timestamp or, for models with
django-simple-history, adds a history row (a table of its own in the set).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.apps import apps
from django.db import connection, models

# Apps whose data the public pages show.
CONTENT_APPS: tuple[str, ...] = ("legislation", "cases", "officials", "action")


def table_fingerprint(model_classes: Iterable[type[models.Model]]) -> str:
    """A hash of the counts, highest keys and latest ``auto_now`` times of these tables."""
    quote = connection.ops.quote_name
    parts: list[str] = []
    for model in sorted(model_classes, key=lambda m: m._meta.db_table):
        if model._meta.proxy or not model._meta.managed:
            continue
        table = quote(model._meta.db_table)
        parts.append(f"(SELECT COUNT(*) FROM {table})")
        parts.append(f"(SELECT MAX({quote(model._meta.pk.column)}) FROM {table})")
        for field in model._meta.concrete_fields:
            if getattr(field, "auto_now", False):
                parts.append(f"(SELECT MAX({quote(field.column)}) FROM {table})")
    if not parts:
        return ""
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        values = "-".join(str(value) for value in cursor.fetchone())
    # Hashed: short, and safe in any cache backend's keys.
    return hashlib.sha256(values.encode("utf-8")).hexdigest()[:32]


def app_models(labels: Iterable[str]) -> list[type[models.Model]]:
    """Every model (historical ones included) of the installed apps among ``labels``."""
    found: list[type[models.Model]] = []
    for label in labels:
        if apps.is_installed(f"endqi.{label}"):
            found.extend(apps.get_app_config(label).get_models())
    return found


def content_fingerprint() -> str:
    """Version of everything the public pages show (see :data:`CONTENT_APPS`)."""
    return table_fingerprint(app_models(CONTENT_APPS))
