"""Production settings: ``endqi check --deploy`` passes with no warnings; secrets are required."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest

PRODUCTION_DATABASE_URL = "postgres://endqi@127.0.0.1:9/endqi"


def run_endqi(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        # The test session's own switches (ENDQI_TESTING, async-unsafe for Playwright)
        # are not part of a deployment.
        if not key.startswith("ENDQI_")
        and key not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "endqi.cli", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_with_no_warnings() -> None:
    result = run_endqi(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        ENDQI_ENV="production",
        ENDQI_SECRET_KEY=secrets.token_urlsafe(64),
        ENDQI_ALLOWED_HOSTS="example.org,www.example.org",
        # check --deploy reads the URL; it does not connect.
        DATABASE_URL=PRODUCTION_DATABASE_URL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout
    assert "WARNING" not in result.stderr


def test_production_settings_are_secure() -> None:
    script = (
        "import json\n"
        "from django.conf import settings\n"
        "print(json.dumps({k: getattr(settings, k) for k in ("
        "'DEBUG', 'ALLOWED_HOSTS', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
        "'SECURE_HSTS_SECONDS', 'SECURE_SSL_REDIRECT')}))"
    )
    result = run_endqi(
        "shell",
        "-c",
        script,
        ENDQI_ENV="production",
        ENDQI_SECRET_KEY=secrets.token_urlsafe(64),
        ENDQI_ALLOWED_HOSTS="example.org",
        DATABASE_URL=PRODUCTION_DATABASE_URL,
    )
    assert result.returncode == 0, result.stderr
    import json

    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["example.org"]
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_SSL_REDIRECT"] is True


def test_production_without_a_secret_key_refuses_in_one_line() -> None:
    result = run_endqi(
        "check",
        ENDQI_ENV="production",
        ENDQI_ALLOWED_HOSTS="example.org",
        DATABASE_URL=PRODUCTION_DATABASE_URL,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "endqi: error: ENDQI_SECRET_KEY must be set when ENDQI_ENV=production"
    ]


def test_production_without_database_url_refuses_in_one_line() -> None:
    result = run_endqi(
        "check",
        "--deploy",
        ENDQI_ENV="production",
        ENDQI_SECRET_KEY=secrets.token_urlsafe(64),
        ENDQI_ALLOWED_HOSTS="example.org",
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DATABASE_URL" in lines[0], result.stderr


def test_check_deploy_fails_on_sqlite_in_production(tmp_path) -> None:
    result = run_endqi(
        "check",
        "--deploy",
        ENDQI_ENV="production",
        ENDQI_SECRET_KEY=secrets.token_urlsafe(64),
        ENDQI_ALLOWED_HOSTS="example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    )
    assert result.returncode != 0
    assert "endqi.E001" in result.stderr


@pytest.mark.parametrize("value", ["prod", "Production2", "staging"])
def test_unknown_environment_is_refused_in_one_line(value: str) -> None:
    result = run_endqi("check", ENDQI_ENV=value)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and repr(value) in lines[0], result.stderr
