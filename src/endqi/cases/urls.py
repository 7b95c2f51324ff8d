"""URLs of the cases app."""

urlpatterns: list = []
