"""URLs of the officials app (included at the site root): ``/act/`` and ``/<abbr>/act/``."""

from django.urls import path, re_path

from endqi.officials import views
from endqi.states import STATE_SLUG_PATTERN

urlpatterns = [
    path("act/", views.find_officials, name="officials-find"),
    re_path(
        rf"^{STATE_SLUG_PATTERN}/act/$", views.find_officials_state, name="officials-find-state"
    ),
]
