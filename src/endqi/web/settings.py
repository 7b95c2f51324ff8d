"""Django settings for endqi.

Development is the default (SQLite file in the working directory). Production is
selected with ``ENDQI_ENV=production`` and reads its secrets from the
environment; ``endqi check --deploy`` passes with no warnings there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # src/endqi
PROJECT_ROOT = PACKAGE_DIR.parent.parent  # repository root when installed editable
#: The environments endqi knows; anything else (a typo such as "prod") is refused.
KNOWN_ENVS = ("development", "production")


def _refuse(message: str) -> NoReturn:
    """Stop with one line on stderr (no traceback): a set-up mistake, not a bug."""
    sys.stderr.write(f"endqi: error: {message}\n")
    sys.stderr.flush()
    raise SystemExit(1)


ENV = os.environ.get("ENDQI_ENV", "development").strip().lower()
if ENV not in KNOWN_ENVS:
    _refuse(
        f"ENDQI_ENV={os.environ.get('ENDQI_ENV')!r} is not known; "
        f"use {' or '.join(KNOWN_ENVS)} (or leave it unset for development)"
    )
PRODUCTION = ENV == "production"
TESTING = os.environ.get("ENDQI_TESTING") == "1"

if PRODUCTION:
    SECRET_KEY = os.environ.get("ENDQI_SECRET_KEY", "")
    if not SECRET_KEY:
        _refuse("ENDQI_SECRET_KEY must be set when ENDQI_ENV=production")
    # PostgreSQL only: SQLite locks the whole file on every write, so concurrent saves
    # and imports fail under traffic. SQLite is for the demo and the tests.
    if not os.environ.get("DATABASE_URL"):
        _refuse(
            "DATABASE_URL must be set when ENDQI_ENV=production "
            "(a PostgreSQL URL, e.g. postgres://endqi@localhost/endqi)"
        )
    ALLOWED_HOSTS = [
        host.strip()
        for host in os.environ.get("ENDQI_ALLOWED_HOSTS", "").split(",")
        if host.strip()
    ]
    DEBUG = False
else:
    SECRET_KEY = os.environ.get(
        "ENDQI_SECRET_KEY", "development-only-key-not-secret-0123456789-abcdefghijklmnopqrstuv"
    )
    ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "testserver"]
    DEBUG = os.environ.get("ENDQI_DEBUG", "1") == "1" and not TESTING

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.syndication",
    "simple_history",
    "endqi.web",
    "endqi.legislation",
    "endqi.cases",
    "endqi.officials",
    "endqi.action",
    "endqi.corrections",
    "endqi.reach",
    "endqi.alerts",
    "endqi.api",
]

MIDDLEWARE = [
    # First: every error under /api/ leaves as JSON, whichever layer below made it.
    "endqi.api.middleware.ApiJsonErrorsMiddleware",
    # Before the page cache: a plain-HTTP request in production gets its HTTPS redirect.
    "django.middleware.security.SecurityMiddleware",
    # A cached public page skips everything below (its stored headers include the CSP
    # headers the rest of the stack added the first time).
    "endqi.web.pagecache.PublicPageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "endqi.web.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Language from the URL only: /es/… is Spanish, every unprefixed path English.
    "django.middleware.locale.LocaleMiddleware",
    "endqi.web.i18n.UnprefixedOnlyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "endqi.web.urls"
WSGI_APPLICATION = "endqi.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "endqi.web.context_processors.site",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{Path.cwd() / 'endqi.sqlite3'}",
        conn_max_age=60 if PRODUCTION else 0,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Whole pages for anonymous visitors (endqi.web.pagecache); ENDQI_PAGE_CACHE=0 turns
# it off. Off in the test suite, where each test measures the views themselves; the
# page-cache tests turn it on.
ENDQI_PAGE_CACHE = os.environ.get("ENDQI_PAGE_CACHE", "0" if TESTING else "1") == "1"
ENDQI_PAGE_CACHE_FINGERPRINT_SECONDS = float(
    os.environ.get("ENDQI_PAGE_CACHE_FINGERPRINT_SECONDS", "2")
)

# One cache shared by every worker and server: rate limits, sign-in throttling and
# the page cache must count and answer the same whichever process a request reaches.
# Django's database cache by default (its table is made by `migrate`), Redis when
# ENDQI_REDIS_URL is set (needs the `redis` package: pip install "endqi[redis]").
if os.environ.get("ENDQI_REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["ENDQI_REDIS_URL"],
            "TIMEOUT": 300,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "endqi_cache",
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Addresses of the reverse proxies in front (nginx, deploy/nginx/): requests from them
# are counted against the X-Real-IP they set, not against the proxy itself.
ENDQI_TRUSTED_PROXIES = frozenset(
    address.strip()
    for address in os.environ.get("ENDQI_TRUSTED_PROXIES", "").split(",")
    if address.strip()
)

# Sign-in throttling (endqi.web.throttle) in front of Django's own checks.
AUTHENTICATION_BACKENDS = ["endqi.web.throttle.ThrottledModelBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# Visitor pages in both; English is unprefixed, Spanish under /es/ (endqi.web.urls).
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [Path(__file__).resolve().parent.parent / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("ENDQI_STATIC_ROOT", Path.cwd() / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Serve straight from the app folders in development so `endqi demo` needs no collectstatic.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION

# Front-end packages installed from npm at build time (never fetched at run time).
NODE_MODULES_DIR = Path(os.environ.get("ENDQI_NODE_MODULES", PROJECT_ROOT / "node_modules"))
# Development data beside the project (officials, districts, cases research).
SHARED_DATA_DIR = Path(os.environ.get("ENDQI_SHARED_DIR", PROJECT_ROOT.parent / "shared"))

LOGIN_URL = "/admin/login/"

# Uploads: bills are small; anything bigger is refused with a clear 413.
ENDQI_MAX_UPLOAD_BYTES = int(os.environ.get("ENDQI_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
DATA_UPLOAD_MAX_MEMORY_SIZE = ENDQI_MAX_UPLOAD_BYTES
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Email: real SMTP through Django's framework. Console in development unless configured.
EMAIL_BACKEND = os.environ.get(
    "ENDQI_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("ENDQI_EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("ENDQI_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("ENDQI_EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("ENDQI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("ENDQI_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("ENDQI_EMAIL_TLS") == "1"
EMAIL_TIMEOUT = 10
# The site's public address, for links in e-mail sent outside a request (alerts).
ENDQI_SITE_URL = os.environ.get("ENDQI_SITE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = os.environ.get("ENDQI_FROM_EMAIL", "endqi <noreply@endqi.localhost>")
# Server-side sending of constituent messages is opt-in per deployment.
ENDQI_SERVER_SEND = os.environ.get("ENDQI_SERVER_SEND") == "1"

# Security headers. CSP is set by endqi.web.middleware (self only).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_SSL_REDIRECT = os.environ.get("ENDQI_SSL_REDIRECT", "1") == "1"
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if host]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"endqi": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
