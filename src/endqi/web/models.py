"""Counters shared by every worker: the rate limits' events per window."""

from __future__ import annotations

from django.db import models


class RateCounter(models.Model):
    """How many events one key (a hashed scope, address or account, and window) has had.

    A row per key and window, incremented in the database with one atomic UPDATE,
    so several workers (or servers) counting at once never lose a count. Rows
    are deleted once their window has ended.
    """

    key = models.CharField(max_length=120, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
