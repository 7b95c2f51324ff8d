"""Root URLs. Each app owns its own ``urls`` module; the API collects app ``api`` modules.

Visitor pages sit in ``i18n_patterns`` without a prefix for English, so English
addresses stay as they were and Spanish lives under ``/es/…``. The API, admin and
feeds are outside it; staff screens, the embed iframe and files (PDF, PNG, text)
are only served unprefixed (``endqi.web.i18n.UnprefixedOnlyMiddleware``).
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from endqi.web.throttle import throttled_admin_login
from endqi.web.views import STATE_IN_ANY_CASE_PATTERN, state_in_any_case

urlpatterns = [
    # Before admin.site.urls: the same sign-in page, refusing while locked (429).
    path("admin/login/", throttled_admin_login, name="admin-login-throttled"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("endqi.api.urls")),
    path("", include("endqi.legislation.urls_data")),
]
urlpatterns += i18n_patterns(
    path("cases/", include("endqi.cases.urls")),
    path("corrections/", include("endqi.corrections.urls")),
    path("", include("endqi.action.urls")),
    path("", include("endqi.reach.urls")),
    path("", include("endqi.alerts.urls")),
    path("", include("endqi.officials.urls")),
    # Last: the home page and the /<abbr>/ state pages (valid abbreviations only).
    path("", include("endqi.legislation.urls")),
    prefix_default_language=False,
)
urlpatterns += [
    # After every page: /MO/… → /mo/… (state abbreviations in any case).
    re_path(STATE_IN_ANY_CASE_PATTERN, state_in_any_case, name="state-any-case"),
]
