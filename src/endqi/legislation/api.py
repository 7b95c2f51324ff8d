"""API endpoints for states and bills: ``urlpatterns`` and ``OPENAPI_PATHS`` (collected by endqi.api)."""

urlpatterns: list = []
OPENAPI_PATHS: dict = {}
OPENAPI_SCHEMAS: dict = {}
