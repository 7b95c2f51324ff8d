"""Turn changes to bills into alert events (one cheap INSERT; nothing is sent here)."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from endqi.alerts.models import AlertEvent, EventKind
from endqi.legislation.models import Bill, BillVersion, Evaluation


def _record(bill: Bill, kind: str, summary: str, source_key: str) -> None:
    if not bill.published:
        return
    AlertEvent.objects.get_or_create(
        source_key=source_key,
        defaults={
            "state_id": bill.state_id,
            "bill": bill,
            "kind": kind,
            "summary": summary[:500],
            "path": bill.get_absolute_url(),
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
        when = f" on {instance.status_date.isoformat()}" if instance.status_date else ""
        _record(
            instance,
            EventKind.STATUS,
            f"{instance.identifier}: {instance.status_label}{when}.",
            f"status:{instance.pk}:{instance.status}:{instance.status_date}",
        )
        return
    if not created and update_fields is not None and "published" not in update_fields:
        return  # neither new nor newly published: nothing to announce (imports save often)
    _record(
        instance,
        EventKind.ADDED,
        f"{instance.identifier} was added to the {instance.state.name} page.",
        f"added:{instance.pk}",
    )


@receiver(post_save, sender=BillVersion)
def version_added(sender: type, instance: BillVersion, created: bool, **kwargs: Any) -> None:
    """A new version of a bill's text (not the first one)."""
    if kwargs.get("raw") or not created or instance.bill.versions.count() < 2:
        return
    _record(
        instance.bill,
        EventKind.VERSION,
        f"{instance.bill.identifier}: new version of the text ({instance.label}).",
        f"version:{instance.pk}",
    )


@receiver(post_save, sender=Evaluation)
def evaluation_reviewed(sender: type, instance: Evaluation, **kwargs: Any) -> None:
    """An analyst reviewed a bill's scorecard."""
    if kwargs.get("raw") or instance.reviewed_at is None or not instance.is_current:
        return
    bill = instance.version.bill
    _record(
        bill,
        EventKind.REVIEWED,
        f"{bill.identifier}: an analyst reviewed its scorecard.",
        f"reviewed:{instance.pk}",
    )
