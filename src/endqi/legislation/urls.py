"""URLs for the home page and state pages (filled in by the site work)."""

urlpatterns: list = []
