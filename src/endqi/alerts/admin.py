"""Staff view of subscriptions and events (addresses shown only to staff)."""

from django.contrib import admin

from endqi.alerts.models import AlertEvent, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    """Who follows what; staff delete a row when someone asks by other means."""

    list_display = (
        "email",
        "state",
        "bill",
        "cadence",
        "confirmed_at",
        "unsubscribed_at",
        "bounces",
    )
    list_filter = ("cadence", "state")
    search_fields = ("email",)
    readonly_fields = ("token", "created", "confirmation_sent_at", "last_event_id", "last_sent_at")


@admin.register(AlertEvent)
class AlertEventAdmin(admin.ModelAdmin):
    """The queue of things that happened to bills."""

    list_display = ("created", "kind", "summary")
    list_filter = ("kind", "state")
