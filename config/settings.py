"""The one settings module, read from the environment with safe development defaults.

Environment:
  DATABASE_URL   database (default: SQLite file var/db.sqlite3)
  SECRET_KEY     required when DJANGO_ENV=production
  DEBUG          "1"/"true" to enable (off unless set)
  ALLOWED_HOSTS  comma-separated (default: localhost names)
  DJANGO_ENV     "production" turns on deployment hardening
  AXES_ENABLED   login throttling (default on: 5 bad passwords lock account+IP for 30 minutes)
  BEHIND_PROXY   "1" when a TLS-terminating proxy sets X-Forwarded-Proto/X-Forwarded-For
  SITE_URL       the address people open, for links in e-mails (default http://127.0.0.1:8000)
  EMAIL_HOST     SMTP server for review notifications (unset: e-mails go to the console)
  EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL
  CACHE_URL      redis://host:port/db, the cache all app servers share (default: files
                 under var/cache/django, shared by the workers of one machine)
  STORAGE_URL    where uploads live: unset or file:///path (a folder every app server
                 mounts), or s3://bucket/prefix?endpoint_url=https://… (django-storages)
  PDF_MAX_RENDERS  PDFs rendered at once across all workers sharing the cache (default 2)
  PAGE_CACHE_SECONDS  how long a page served to anonymous readers is kept (default 3600;
                 any change to what it shows makes a new key at once; 0 turns it off)
"""

import datetime
import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


PRODUCTION = os.environ.get("DJANGO_ENV", "").lower() == "production"
DEBUG = env_bool("DEBUG", default=False)

_DEV_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", "" if PRODUCTION else _DEV_SECRET_KEY)
if PRODUCTION and len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "DJANGO_ENV=production requires a SECRET_KEY of at least 50 characters."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Review notifications (报送/退回/审核发布): SMTP when a host is given, else the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "archive@localhost")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "simple_history",
    "config.apps.LoginProtectionConfig",  # django-axes
    "orgs",
    "meetings",
    "compliance",
    "meetings.search",
    "archival",
    "report_import",
    "jobs",
    "bench",
    "django_tasks",
    "config.apps.TaskQueueConfig",  # django_tasks_db
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "config.middleware.RejectNulQueryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]
if PRODUCTION:
    # Static files from the app server itself, right after SecurityMiddleware; development
    # and tests use runserver's finder and need no collectstatic.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
# Plain widgets written in Python with Django's markup (a big meeting shows ~3,500).
FORM_RENDERER = "common.fast_widgets.FastWidgetRenderer"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The archive's queries are short; PostgreSQL's JIT spent ~50 ms compiling each of
    # the larger ones (search, the compliance grid) and saved nothing.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two clerks saving one meeting at once: BEGIN IMMEDIATE takes SQLite's write lock
    # when a transaction starts, so the later save waits (up to `timeout` seconds) and
    # then reads the version the earlier one wrote, and is refused as a stale edit, as
    # SELECT ... FOR UPDATE makes it on PostgreSQL. A deferred transaction would instead
    # fail with "database is locked" when its read lock could not become a write lock.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
# Our Chinese for third-party apps that ship none (locale/zh_Hans, compiled with `make messages`).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked-out account+IP before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "config.axes.login_username"
if env_bool("BEHIND_PROXY"):
    AXES_IPWARE_PROXY_COUNT = 1
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Sent by config.middleware.ContentSecurityPolicyMiddleware. Select2 and the admin's
# SVG icons use data: images; nothing needs inline scripts or styles, except the one
# style attribute `border-top: 0` in simple-history's list, allowed by its hash alone.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": [
        "'self'",
        "'unsafe-hashes'",
        "'sha256-XMXSevYjgSjXgRafBFDvtjwX+yyWLrxfso9DcNZ9UXM='",
    ],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Our own restore (meetings.restore.meeting_restore) brings back the inlines too;
# simple-history's per-row revert would restore the meeting alone.
SIMPLE_HISTORY_REVERT_DISABLED = True

# A meeting of 300 attendees and 60 agenda items posts about 3,000 fields on one page;
# Django's default of 1,000 refused such a save outright.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000


def _cache(url: str | None) -> dict:
    """Redis when CACHE_URL is given; otherwise files every worker of this machine shares.

    Never a per-process cache: a PDF or grid dropped in one worker must be gone in all.
    """
    if url:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "cache" / "django"),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }


CACHES = {"default": _cache(os.environ.get("CACHE_URL"))}
PDF_MAX_RENDERS = int(os.environ.get("PDF_MAX_RENDERS", "2"))
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))


def _storages(url: str | None) -> dict:
    """Uploads through Django's storage API only, so app servers may share S3 or a mount."""
    parsed = urlsplit(url or "")
    if parsed.scheme == "s3":
        options = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
        default = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": parsed.netloc,
                "location": parsed.path.strip("/"),
                "default_acl": "private",
                "querystring_auth": True,
                **options,
            },
        }
    elif parsed.scheme in {"", "file"}:
        # Without a path: MEDIA_ROOT, read when used (tests point it elsewhere).
        options = {"location": parsed.path} if parsed.path else {}
        default = {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": options}
    else:
        raise ImproperlyConfigured(f"STORAGE_URL: unknown scheme {parsed.scheme!r}")
    static = (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    )
    return {"default": default, "staticfiles": {"BACKEND": static}}


STORAGES = _storages(os.environ.get("STORAGE_URL"))

# Long work (yearbooks, report imports, index rebuilds) runs in `manage.py db_worker`,
# queued in the archive's own database (django-tasks with its database backend).
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# 档号 after DA/T 13-2022 (全宗号-年度-保管期限代码-机构代码-件号), assigned once when a
# meeting is published or archived (meetings.filing). Pattern fields: fonds, year,
# retention (Y / D30 / D10), org (the host's 机构代码 by kind), number (件号, per prefix).
ARCHIVE_FONDS_CODE = os.environ.get("ARCHIVE_FONDS_CODE", "DQ")
ARCHIVE_FONDS_NAME = os.environ.get("ARCHIVE_FONDS_NAME", "中共党组织会议记录全宗")
ARCHIVE_FILE_NUMBER_PATTERN = os.environ.get(
    "ARCHIVE_FILE_NUMBER_PATTERN", "{fonds}·{year}-{retention}-{org}-{number:04d}"
)

# jieba writes its prefix-dictionary cache here instead of /tmp.
JIEBA_CACHE_DIR = VAR_DIR / "cache"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"
    if env_bool("BEHIND_PROXY"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
