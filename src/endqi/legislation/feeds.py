"""Atom feed of changes to published bills and their evaluations: ``/feeds/changes.atom``."""

from __future__ import annotations

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from endqi.legislation.changes import Change, recent_changes
from endqi.legislation.versions import VersionChange, recent_version_changes

FeedItem = Change | VersionChange


class BillChangesFeed(Feed):
    """Bills added or updated, evaluated or reviewed, and new versions' changes — newest first."""

    feed_type = Atom1Feed
    title = "endqi: bill changes"
    subtitle = (
        "Bills to end qualified immunity: new bills, status changes, evaluations and reviews."
    )
    author_name = "endqi"

    def link(self) -> str:
        """The home page, whose recent changes the feed follows."""
        return reverse("legislation:home")

    def feed_url(self) -> str:
        """The feed's own address."""
        return reverse("feed-changes")

    def items(self) -> list[FeedItem]:
        """The recent changes and version changes, newest first."""
        items: list[FeedItem] = [*recent_changes(), *recent_version_changes()]
        items.sort(key=lambda item: item.when, reverse=True)
        return items

    def item_title(self, item: FeedItem) -> str:
        """E.g. "MO HB 30 (2020): evaluated" or "ME LD 214 (2021): new text 'as printed'"."""
        if isinstance(item, VersionChange):
            return f"{item.bill}: new text “{item.newer.label}” ({item.summary()})"
        return item.title

    def item_description(self, item: FeedItem) -> str:
        """Status and description, or the verdicts and clauses a new version changed."""
        if isinstance(item, VersionChange):
            lines = [f"From “{item.older.label}” to “{item.newer.label}”: {item.summary()}."]
            for change in item.criteria:
                lines.append(f"{change.title}: {change.before} → {change.after}.")
                lines.extend(f"Clause added: “{quote}”" for quote in change.clauses_added)
                lines.extend(f"Clause removed: “{quote}”" for quote in change.clauses_removed)
            if item.involves_passage:
                lines.append("One of these texts is only passages of the bill.")
            return " ".join(lines)
        parts = [f"Status: {item.bill.status_label}."]
        if item.bill.short_description:
            parts.append(item.bill.short_description)
        return " ".join(parts)

    def item_link(self, item: FeedItem) -> str:
        """The bill page (its change list for a new version)."""
        url = item.bill.get_absolute_url()
        return f"{url}#changes" if isinstance(item, VersionChange) else url

    def item_guid(self, item: FeedItem) -> str:
        """Stable per history record, or per pair of versions."""
        if isinstance(item, VersionChange):
            return f"endqi-version-change-{item.older.pk}-{item.newer.pk}"
        return f"endqi-change-{item.key}"

    item_guid_is_permalink = False

    def item_updateddate(self, item: FeedItem) -> datetime.datetime:
        """When the change happened."""
        return item.when

    def item_pubdate(self, item: FeedItem) -> datetime.datetime:
        """When the change happened."""
        return item.when

    def item_categories(self, item: FeedItem) -> tuple[str, ...]:
        """The kind of change and the state."""
        kind = "new-version" if isinstance(item, VersionChange) else item.kind
        return (kind, item.bill.state.abbr)

    def get_feed(self, obj, request):  # type: ignore[no-untyped-def]
        """The feed, dated by its newest entry (Atom requires an ``updated``)."""
        feed = super().get_feed(obj, request)
        if not feed.items:
            feed.feed["updateddate"] = timezone.now()
        return feed
