"""``/api/v1/``: the OpenAPI document plus every app module's endpoints.

The API uses no session or cookie: its endpoints read published data, and the
one that takes a body (``POST /api/v1/evaluate``) stores nothing. So every
endpoint is exempt from CSRF, which lets a wrong method reach the view's own
method check and get a JSON 405 instead of the CSRF failure page.
"""

from django.http import HttpRequest, JsonResponse
from django.urls import URLPattern, path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from endqi.api.openapi import build_openapi
from endqi.api.registry import api_modules


@require_safe
def openapi_view(request: HttpRequest) -> JsonResponse:
    """Serve the OpenAPI document."""
    return JsonResponse(build_openapi(), json_dumps_params={"indent": 1})


def _exempt(pattern: URLPattern) -> URLPattern:
    """The same URL pattern with its view exempt from CSRF (see the module docstring)."""
    pattern.callback = csrf_exempt(pattern.callback)
    return pattern


urlpatterns = [path("openapi.json", openapi_view, name="api-openapi")]
for _module in api_modules():
    urlpatterns += [_exempt(pattern) for pattern in _module.urlpatterns]
