"""URLs of the alerts app."""

from django.urls import re_path

from endqi.alerts import views
from endqi.states import STATE_SLUG_PATTERN

TOKEN = r"(?P<token>[-_A-Za-z0-9]{16,64})"

urlpatterns = [
    re_path(rf"^{STATE_SLUG_PATTERN}/alerts/$", views.subscribe, name="alerts-subscribe"),
    re_path(rf"^alerts/confirm/{TOKEN}/$", views.confirm, name="alerts-confirm"),
    re_path(rf"^alerts/unsubscribe/{TOKEN}/$", views.unsubscribe, name="alerts-unsubscribe"),
    re_path(rf"^alerts/delete/{TOKEN}/$", views.delete, name="alerts-delete"),
]
