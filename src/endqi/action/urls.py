"""URLs of the action app (included at the site root).

``/<abbr>/…`` patterns use ``STATE_SLUG_PATTERN`` so unknown states are 404 by URL.
"""

from django.urls import path

from endqi.action import views_engage

urlpatterns = [
    path("rubric/", views_engage.rubric_page, name="action-rubric"),
    path("model-policy/", views_engage.model_policy_page, name="action-model-policy"),
    path("model-policy.txt", views_engage.model_policy_txt, name="action-model-policy-txt"),
    path("model-policy.pdf", views_engage.model_policy_pdf, name="action-model-policy-pdf"),
    path("evaluate/", views_engage.evaluate_page, name="action-evaluate"),
]
