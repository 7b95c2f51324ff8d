"""Data URLs of the legislation app outside the API: the Atom feed of bill changes."""

from django.urls import path

from endqi.legislation.feeds import BillChangesFeed

urlpatterns = [
    path("feeds/changes.atom", BillChangesFeed(), name="feed-changes"),
]
