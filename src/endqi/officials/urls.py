"""URLs of the officials app."""

urlpatterns: list = []
