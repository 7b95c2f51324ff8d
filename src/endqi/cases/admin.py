"""Staff admin for case studies: validation (state bounding box, sources), search and filters."""

from __future__ import annotations

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from endqi.cases.forms import CaseStudyAdminForm
from endqi.cases.models import CaseStudy


@admin.register(CaseStudy)
class CaseStudyAdmin(SimpleHistoryAdmin):
    """Edit case studies; every change is kept in history."""

    form = CaseStudyAdminForm
    list_display = ("name", "court", "decided", "state", "city", "outcome", "published")
    list_filter = ("published", "outcome", "category", "court", "defendants", "state")
    search_fields = ("name", "slug", "city", "citation_raw", "docket", "summary")
    prepopulated_fields = {"slug": ("name",)}
    date_hierarchy = "decided"
    readonly_fields = ("citation", "created", "updated")
    list_select_related = ("state",)
    fieldsets = (
        (None, {"fields": ("name", "slug", "published")}),
        (
            "Court",
            {
                "fields": (
                    ("court", "court_detail"),
                    ("decided", "decided_precision"),
                    "citation_raw",
                    "citation",
                    "docket",
                )
            },
        ),
        (
            "Place and time",
            {
                "fields": (
                    ("city", "state"),
                    ("latitude", "longitude"),
                    ("place_precision", "coordinate_source"),
                    "location_note",
                    ("incident_date", "incident_precision"),
                )
            },
        ),
        (
            "What happened",
            {
                "fields": (
                    ("category", "category_detail"),
                    "defendants",
                    ("outcome", "outcome_detail"),
                    "summary",
                    "reasoning",
                )
            },
        ),
        ("Sources", {"fields": ("sources", "last_checked", "created", "updated")}),
    )
