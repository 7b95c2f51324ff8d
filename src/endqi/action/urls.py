"""URLs of the action app."""

urlpatterns: list = []
