"""``/api/v1/``: the OpenAPI document plus every app module's endpoints."""

from django.http import HttpRequest, JsonResponse
from django.urls import path

from endqi.api.openapi import build_openapi
from endqi.api.registry import api_modules


def openapi_view(request: HttpRequest) -> JsonResponse:
    """Serve the OpenAPI document."""
    return JsonResponse(build_openapi(), json_dumps_params={"indent": 1})


urlpatterns = [path("openapi.json", openapi_view, name="api-openapi")]
for _module in api_modules():
    urlpatterns += _module.urlpatterns
