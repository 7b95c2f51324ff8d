"""Django admin for states, bills, versions, evaluations and criterion results.

Every model with history is registered with ``SimpleHistoryAdmin`` so staff can
see who changed what. Evaluations are created by the evaluator, never typed in;
their automatic fields are read-only here (overrides are the editable part).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from endqi.legislation.evaluations import clear_override, override_criterion
from endqi.legislation.models import (
    Bill,
    BillStatusChange,
    BillVersion,
    CriterionResult,
    Evaluation,
    State,
)


@admin.register(State)
class StateAdmin(admin.ModelAdmin):
    """States are reference data from ``endqi.states``: read-only."""

    list_display = ("name", "abbr", "fips")
    search_fields = ("name", "abbr")

    def has_add_permission(self, request: HttpRequest) -> bool:
        """States are created by the migration ``0006_state_rows``."""
        return False

    def has_delete_permission(self, request: HttpRequest, obj: State | None = None) -> bool:
        """Never delete a state."""
        return False


class BillStatusChangeInline(admin.TabularInline):
    """Dated status history of a bill."""

    model = BillStatusChange
    extra = 0
    fields = ("status", "date", "note")


class BillVersionInline(admin.TabularInline):
    """The bill's texts (add new ones from the review screen so they get evaluated)."""

    model = BillVersion
    extra = 0
    fields = ("label", "media_type", "source_url", "fetched", "created")
    readonly_fields = ("label", "media_type", "source_url", "fetched", "created")
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Bill | None = None) -> bool:
        """Versions are added through ``add_bill_version`` (it evaluates them)."""
        return False


@admin.register(Bill)
class BillAdmin(SimpleHistoryAdmin):
    """Bills with their status history and versions."""

    list_display = ("identifier", "state", "year", "status", "status_date", "published")
    list_filter = ("published", "status", "state")
    search_fields = ("identifier", "title", "short_description")
    list_select_related = ("state",)
    prepopulated_fields = {"slug": ("identifier",)}
    inlines = (BillStatusChangeInline, BillVersionInline)
    readonly_fields = ("created", "updated")


@admin.register(BillVersion)
class BillVersionAdmin(SimpleHistoryAdmin):
    """A version's text is what was evaluated; it cannot be edited afterwards."""

    list_display = ("bill", "label", "media_type", "fetched", "created")
    list_select_related = ("bill__state",)
    search_fields = ("bill__identifier", "label")
    readonly_fields = ("bill", "text", "sha256", "media_type", "filename", "created", "created_by")


class CriterionResultInline(admin.TabularInline):
    """Results of one evaluation; only the override fields are editable."""

    model = CriterionResult
    extra = 0
    can_delete = False
    fields = (
        "criterion_id",
        "verdict",
        "override_verdict",
        "override_note",
        "overridden_by",
        "automatic_disagrees",
    )
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Evaluation | None = None) -> bool:
        """Results come from the evaluator."""
        return False


@admin.register(Evaluation)
class EvaluationAdmin(SimpleHistoryAdmin):
    """Evaluations, newest first."""

    list_display = ("bill", "version", "kind", "engine_version", "created_at", "is_current")
    list_filter = ("kind", "is_current", "engine_version")
    list_select_related = ("bill__state", "version")
    readonly_fields = (
        "bill",
        "version",
        "rubric_version",
        "engine_version",
        "text_sha256",
        "relevant",
        "created_by",
        "created_at",
        "reviewed_by",
        "reviewed_at",
        "is_current",
    )
    inlines = (CriterionResultInline,)

    def has_add_permission(self, request: HttpRequest) -> bool:
        """Evaluations come from the evaluator."""
        return False


class CriterionResultForm(forms.ModelForm):
    """Override form: a note is required whenever the override changes."""

    class Meta:
        model = CriterionResult
        fields = ("override_verdict", "override_note")

    def clean(self) -> dict[str, Any]:
        """Refuse an override (or its removal) without a note."""
        data = super().clean()
        if self.has_changed() and not (data.get("override_note") or "").strip():
            self.add_error("override_note", "A note explaining the change is required.")
        return data


@admin.register(CriterionResult)
class CriterionResultAdmin(SimpleHistoryAdmin):
    """Criterion results with their override history; overrides go through the review rules."""

    form = CriterionResultForm

    def save_model(
        self, request: HttpRequest, obj: CriterionResult, form: forms.ModelForm, change: bool
    ) -> None:
        """Apply the override with ``override_criterion`` (marks the evaluation reviewed)."""
        verdict = form.cleaned_data.get("override_verdict")
        note = form.cleaned_data.get("override_note", "")
        try:
            if verdict:
                override_criterion(obj, verdict, note, request.user)
            else:
                clear_override(obj, note, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))

    list_display = ("evaluation", "criterion_id", "verdict", "override_verdict")
    list_filter = ("criterion_id", "verdict", "override_verdict", "automatic_disagrees")
    list_select_related = ("evaluation__bill__state", "evaluation__version")
    readonly_fields = (
        "evaluation",
        "criterion_id",
        "position",
        "verdict",
        "explanation",
        "confidence",
        "evidence",
        "overridden_by",
        "overridden_at",
        "automatic_disagrees",
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        """Results come from the evaluator."""
        return False
