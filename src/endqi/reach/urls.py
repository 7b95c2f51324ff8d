"""URLs of the reach app (included at the site root; states by valid abbreviation only)."""

from django.urls import re_path

from endqi.reach import views_embed, views_onepager
from endqi.states import STATE_SLUG_PATTERN

urlpatterns = [
    re_path(rf"^embed/{STATE_SLUG_PATTERN}/$", views_embed.embed_card, name="reach-embed"),
    re_path(
        rf"^embed/{STATE_SLUG_PATTERN}/(?P<theme>light|dark)/$",
        views_embed.embed_card,
        name="reach-embed-theme",
    ),
    re_path(rf"^{STATE_SLUG_PATTERN}/embed/$", views_embed.embed_snippet, name="reach-snippet"),
    re_path(
        rf"^{STATE_SLUG_PATTERN}/one-pager\.pdf$",
        views_onepager.state_one_pager,
        name="reach-state-pdf",
    ),
    re_path(
        rf"^{STATE_SLUG_PATTERN}/bills/(?P<slug>[-a-zA-Z0-9_]+)/one-pager\.pdf$",
        views_onepager.bill_one_pager,
        name="reach-bill-pdf",
    ),
]
