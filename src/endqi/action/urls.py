"""URLs of the action app (included at the site root).

``/<abbr>/…`` patterns use ``STATE_SLUG_PATTERN`` so unknown states are 404 by URL.
The officials app owns ``/act/`` and ``/<abbr>/act/`` (finding your officials);
this app owns writing to them, sharing and the engage pages.
"""

from django.urls import path, re_path

from endqi.action import views_engage, views_share, views_write
from endqi.states import STATE_SLUG_PATTERN

BILL_SLUG = r"(?P<slug>[-a-zA-Z0-9_]+)"

urlpatterns = [
    path("rubric/", views_engage.rubric_page, name="action-rubric"),
    path("model-policy/", views_engage.model_policy_page, name="action-model-policy"),
    path("model-policy.txt", views_engage.model_policy_txt, name="action-model-policy-txt"),
    path("model-policy.pdf", views_engage.model_policy_pdf, name="action-model-policy-pdf"),
    path("evaluate/", views_engage.evaluate_page, name="action-evaluate"),
    path("share/", views_share.share_index, name="action-share"),
    re_path(
        rf"^share/{STATE_SLUG_PATTERN}\.png$", views_share.state_png, name="action-share-state-png"
    ),
    re_path(rf"^share/{STATE_SLUG_PATTERN}/$", views_share.share_state, name="action-share-state"),
    re_path(
        rf"^share/{STATE_SLUG_PATTERN}/{BILL_SLUG}\.png$",
        views_share.bill_png,
        name="action-share-bill-png",
    ),
    path("act/confirm/", views_write.confirm_copy, name="action-confirm"),
    re_path(
        rf"^{STATE_SLUG_PATTERN}/act/write/$", views_write.write_state, name="action-write-state"
    ),
    re_path(
        rf"^{STATE_SLUG_PATTERN}/bills/{BILL_SLUG}/act/$",
        views_write.write_bill,
        name="action-write-bill",
    ),
]
