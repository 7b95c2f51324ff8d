"""URLs of the corrections app."""

from django.urls import path

from endqi.corrections import views

app_name = "corrections"

urlpatterns = [
    path("new/", views.report, name="new"),
    path("thanks/", views.thanks, name="thanks"),
]
