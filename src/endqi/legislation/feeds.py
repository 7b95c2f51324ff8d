"""Atom feed of changes to published bills and their evaluations: ``/feeds/changes.atom``."""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from endqi.legislation.changes import Change, recent_changes


class BillChangesFeed(Feed):
    """Bills added or updated, evaluated or reviewed — newest first."""

    feed_type = Atom1Feed
    title = "endqi: bill changes"
    subtitle = (
        "Bills to end qualified immunity: new bills, status changes, evaluations and reviews."
    )
    link = "/"
    feed_url = "/feeds/changes.atom"
    author_name = "endqi"

    def items(self) -> list[Change]:
        """The recent changes."""
        return recent_changes()

    def item_title(self, item: Change) -> str:
        """E.g. "MO HB 30 (2020): evaluated (automatic, engine 0.1.0)"."""
        return item.title

    def item_description(self, item: Change) -> str:
        """The bill's status and description (escaped by the feed generator)."""
        parts = [f"Status: {item.bill.status_label}."]
        if item.bill.short_description:
            parts.append(item.bill.short_description)
        return " ".join(parts)

    def item_link(self, item: Change) -> str:
        """The bill page."""
        return item.bill.get_absolute_url()

    def item_guid(self, item: Change) -> str:
        """Stable per history record."""
        return f"endqi-change-{item.key}"

    item_guid_is_permalink = False

    def item_updateddate(self, item: Change) -> datetime.datetime:
        """When the change happened."""
        return item.when

    def item_pubdate(self, item: Change) -> datetime.datetime:
        """When the change happened."""
        return item.when

    def item_categories(self, item: Change) -> tuple[str, ...]:
        """The kind of change and the state."""
        return (item.kind, item.bill.state.abbr)

    def get_feed(self, obj, request):  # type: ignore[no-untyped-def]
        """The feed, dated by its newest entry (Atom requires an ``updated``)."""
        feed = super().get_feed(obj, request)
        if not feed.items:
            feed.feed["updateddate"] = timezone.now()
        return feed
