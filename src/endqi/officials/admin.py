"""Admin for officials: staff can correct an imported person or add one (e.g. a governor).

Any imported field a staff member changes is added to ``locked_fields`` so the next
``endqi import-people`` keeps the staff value.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from endqi.officials.models import District, ImportRun, Person, Role, Vacancy


class RoleInline(admin.TabularInline):
    """Roles edited on the person page."""

    model = Role
    extra = 0
    fields = ("state", "chamber", "role_type", "district", "start_date", "end_date", "current")


class PersonAdminForm(forms.ModelForm):
    """Person form with the locked fields as checkboxes."""

    locked_fields = forms.MultipleChoiceField(
        choices=[(name, name) for name in Person.IMPORTED_FIELDS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Re-imports leave these fields alone. Fields you change are ticked for you.",
    )

    image_url = forms.URLField(
        assume_scheme="https",
        required=False,
        max_length=500,
        help_text="Official photo on a remote site: shown as a link.",
    )

    class Meta:
        model = Person
        fields = "__all__"


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    """Officials, with staff overrides that survive re-imports."""

    form = PersonAdminForm
    inlines = [RoleInline]
    list_display = ("name", "state", "party", "current", "source_date", "overridden")
    list_filter = ("current", "state")
    search_fields = ("name", "family_name", "openstates_id", "email")
    readonly_fields = ("source_commit", "source_date", "updated_at")

    @admin.display(boolean=True, description="staff override")
    def overridden(self, person: Person) -> bool:
        """True when staff added or locked something."""
        return person.added_by_staff or bool(person.locked_fields)

    def save_model(
        self, request: HttpRequest, obj: Person, form: forms.ModelForm, change: bool
    ) -> None:
        """Lock every imported field the staff member changed."""
        changed = [name for name in form.changed_data if name in Person.IMPORTED_FIELDS]
        locked = list(dict.fromkeys([*(obj.locked_fields or []), *changed]))
        obj.locked_fields = locked
        super().save_model(request, obj, form, change)

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        """Editing roles of an imported person locks its roles."""
        super().save_formset(request, form, formset, change)
        if formset.has_changed() and formset.model is Role:
            person = form.instance
            if "roles" not in (person.locked_fields or []):
                person.locked_fields = [*(person.locked_fields or []), "roles"]
                person.save(update_fields=["locked_fields"])


@admin.register(Vacancy)
class VacancyAdmin(admin.ModelAdmin):
    """Vacant seats."""

    list_display = ("state", "chamber", "district", "vacant_until")
    list_filter = ("state", "chamber")


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    """District shapes (geometry is not edited here)."""

    list_display = ("state", "chamber", "name", "geoid", "vintage")
    list_filter = ("state", "chamber")
    search_fields = ("name", "geoid")
    exclude = ("geometry",)
    readonly_fields = ("min_lon", "min_lat", "max_lon", "max_lat", "import_run")


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    """History of imports (read-only)."""

    list_display = (
        "kind",
        "states",
        "as_of",
        "commit",
        "created",
        "updated",
        "marked_former",
        "finished_at",
    )
    list_filter = ("kind",)

    def has_change_permission(self, request: HttpRequest, obj: ImportRun | None = None) -> bool:
        """Import runs are a log."""
        return False

    def has_add_permission(self, request: HttpRequest) -> bool:
        """Import runs are a log."""
        return False
