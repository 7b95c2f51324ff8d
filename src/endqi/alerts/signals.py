"""Turn changes to bills into alert events (one cheap INSERT; nothing is sent here)."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import override

from endqi.alerts.models import AlertEvent, EventKind, event_summary
from endqi.legislation.models import Bill, BillVersion, Evaluation


def _record(
    bill: Bill,
    kind: str,
    source_key: str,
    detail: str = "",
    detail_date: datetime.date | None = None,
) -> None:
    if not bill.published:
        return
    # Stored in English with English paths; e-mails say it in the subscriber's language.
    with override(settings.LANGUAGE_CODE):
        summary = event_summary(kind, bill.identifier, bill.state.name, detail, detail_date)
        path = bill.get_absolute_url()
    AlertEvent.objects.get_or_create(
        source_key=source_key,
        defaults={
            "state_id": bill.state_id,
            "bill": bill,
            "kind": kind,
            "summary": summary[:500],
            "path": path,
            "detail": detail[:200],
            "detail_date": detail_date,
        },
    )


@receiver(post_save, sender=Bill)
def bill_saved(sender: type, instance: Bill, created: bool, **kwargs: Any) -> None:
    """A bill appears on the site (first saved as published), or its status changes.

    Every path that changes a status saves the bill with ``status`` among the updated
    fields (``record_status``, the importers), so that is the signal; status history rows
    themselves may be bulk-created and send no signal.
    """
    if kwargs.get("raw"):  # loaddata restores events as they were; make none twice
        return
    update_fields = kwargs.get("update_fields")
    if not created and update_fields is not None and "status" in update_fields:
        _record(
            instance,
            EventKind.STATUS,
            f"status:{instance.pk}:{instance.status}:{instance.status_date}",
            detail=instance.status,
            detail_date=instance.status_date,
        )
        return
    if not created and update_fields is not None and "published" not in update_fields:
        return  # neither new nor newly published: nothing to announce (imports save often)
    _record(instance, EventKind.ADDED, f"added:{instance.pk}")


@receiver(post_save, sender=BillVersion)
def version_added(sender: type, instance: BillVersion, created: bool, **kwargs: Any) -> None:
    """A new version of a bill's text (not the first one)."""
    if kwargs.get("raw") or not created or instance.bill.versions.count() < 2:
        return
    _record(instance.bill, EventKind.VERSION, f"version:{instance.pk}", detail=instance.label)


@receiver(post_save, sender=Evaluation)
def evaluation_reviewed(sender: type, instance: Evaluation, **kwargs: Any) -> None:
    """An analyst reviewed a bill's scorecard."""
    if kwargs.get("raw") or instance.reviewed_at is None or not instance.is_current:
        return
    bill = instance.version.bill
    _record(bill, EventKind.REVIEWED, f"reviewed:{instance.pk}")
