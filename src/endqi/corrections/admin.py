"""The staff queue of corrections: newest first, filtered by status, accepted or rejected."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from endqi.corrections.models import Correction, CorrectionStatus


@admin.register(Correction)
class CorrectionAdmin(SimpleHistoryAdmin):
    """Triage: read the report, make the change, link it, accept; or reject with a note."""

    list_display = ("created", "status", "target_kind", "target_label", "short_report")
    list_filter = ("status", "target_kind")
    search_fields = ("target_label", "what_is_wrong", "source")
    readonly_fields = ("target_kind", "target_key", "target_label", "page", "created", "updated")
    fields = (
        *readonly_fields,
        "what_is_wrong",
        "source",
        "reply_to",
        "status",
        "change_url",
        "staff_note",
    )
    actions = ("reject",)

    @admin.display(description="report")
    def short_report(self, correction: Correction) -> str:
        """The first words of the report."""
        text = correction.what_is_wrong
        return text if len(text) <= 80 else text[:79] + "…"

    @admin.action(description="Reject the selected corrections")
    def reject(self, request: HttpRequest, queryset: QuerySet[Correction]) -> None:
        """Reject in bulk (accepting needs the link to a change, one at a time)."""
        count = 0
        for correction in queryset.filter(status=CorrectionStatus.NEW):
            correction.status = CorrectionStatus.REJECTED
            correction.save()
            count += 1
        self.message_user(request, f"Rejected {count} correction(s).", messages.SUCCESS)
