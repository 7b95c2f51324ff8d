"""Limits on what one address or one account may try: sign-ins and staff uploads.

Counters live in the shared cache (:mod:`endqi.action.ratelimit`), so every
worker and every server sees the same count.

Sign-in: each failed attempt counts against the address it came from and the
username it tried. Once either has used its allowance, every attempt for that
address or username fails, even with the right password, until the window ends
(:class:`ThrottledModelBackend`), and the admin's sign-in page answers 429 with
a sentence saying so (:func:`throttled_admin_login`).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from endqi.action.limits import RateLimit
from endqi.action.ratelimit import allow, client_ip, exhausted, retry_after_seconds

#: Failed sign-ins allowed per username, then that account is locked for the window.
LOGIN_FAILURES_PER_USERNAME = RateLimit("login-user", limit=5, window_seconds=15 * 60)
#: Failed sign-ins allowed per address (several usernames), then the address is locked.
LOGIN_FAILURES_PER_IP = RateLimit("login-ip", limit=20, window_seconds=15 * 60)
#: Staff uploads (new bills, new versions) per address.
UPLOAD_PER_IP = RateLimit("upload-ip", limit=60, window_seconds=3600)

LOCKED_MESSAGE = "Too many failed sign-ins; please wait {minutes} minutes and try again."


def _username(credentials: dict[str, Any] | None) -> str:
    return str((credentials or {}).get("username") or "")


def sign_in_locked(request: HttpRequest | None, username: str) -> bool:
    """True when the address or the username has no failed attempts left."""
    if request is not None and exhausted(LOGIN_FAILURES_PER_IP, client_ip(request)):
        return True
    return bool(username) and exhausted(LOGIN_FAILURES_PER_USERNAME, username)


def record_failed_sign_in(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    """``user_login_failed`` receiver: count the failure for the address and the username."""
    if request is not None:
        allow(LOGIN_FAILURES_PER_IP, client_ip(request))
    username = _username(credentials)
    if username:
        allow(LOGIN_FAILURES_PER_USERNAME, username)


class ThrottledModelBackend(ModelBackend):
    """Django's model backend, refusing every attempt while the address or username is locked."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        """Refuse (PermissionDenied stops every backend) while locked; otherwise as Django."""
        if sign_in_locked(request, username or kwargs.get("username") or ""):
            raise PermissionDenied("sign-in locked")
        return super().authenticate(request, username=username, password=password, **kwargs)


def throttled_admin_login(request: HttpRequest, extra_context: Any = None) -> HttpResponse:
    """The admin's sign-in page, answering 429 with a clear sentence while locked."""
    if request.method == "POST" and sign_in_locked(request, request.POST.get("username", "")):
        minutes = max(1, retry_after_seconds(LOGIN_FAILURES_PER_USERNAME) // 60)
        response = render(
            request, "429.html", {"message": LOCKED_MESSAGE.format(minutes=minutes)}, status=429
        )
        response["Retry-After"] = str(retry_after_seconds(LOGIN_FAILURES_PER_USERNAME))
        return response
    return admin.site.login(request, extra_context)
