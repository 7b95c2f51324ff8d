"""Root URLs. Each app owns its own ``urls`` module; the API collects app ``api`` modules."""

from django.contrib import admin
from django.urls import include, path, re_path

from endqi.web.throttle import throttled_admin_login
from endqi.web.views import STATE_IN_ANY_CASE_PATTERN, state_in_any_case

urlpatterns = [
    # Before admin.site.urls: the same sign-in page, refusing while locked (429).
    path("admin/login/", throttled_admin_login, name="admin-login-throttled"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("endqi.api.urls")),
    path("cases/", include("endqi.cases.urls")),
    path("corrections/", include("endqi.corrections.urls")),
    path("", include("endqi.action.urls")),
    path("", include("endqi.reach.urls")),
    path("", include("endqi.alerts.urls")),
    path("", include("endqi.officials.urls")),
    path("", include("endqi.legislation.urls_data")),
    # Last: the home page and the /<abbr>/ state pages (valid abbreviations only).
    path("", include("endqi.legislation.urls")),
    # After every page: /MO/… → /mo/… (state abbreviations in any case).
    re_path(STATE_IN_ANY_CASE_PATTERN, state_in_any_case, name="state-any-case"),
]
