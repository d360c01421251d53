"""Settings shared by every environment; deployment-specific values come from the environment.

Development defaults are safe for a laptop (DEBUG on, a throwaway secret key, local
PostgreSQL and Redis). `negotiations.settings.production` removes every default that
would be unsafe in production.
"""

from pathlib import Path

import dj_database_url
from celery.schedules import crontab

from .env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "negotiations.security.TrackerAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "template_partials",
    "simple_history",
    "negotiations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "negotiations.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "negotiations.middleware.DatabaseUnavailableMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "negotiations.urls"
WSGI_APPLICATION = "negotiations.wsgi.application"
ASGI_APPLICATION = "negotiations.asgi.application"

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
    }
]

DATABASE_URL = env_str("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ceasefire")
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "ceasefire",
        "TIMEOUT": 300,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}

CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 600)
CELERY_RESULT_EXPIRES = 3600
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BEAT_SCHEDULE: dict = {
    # Belt and braces: the timeline is derived, so rebuild it all from the truth nightly.
    "rebuild-all-timelines-nightly": {
        "task": "negotiations.rebuild_all_timelines",
        "schedule": crontab(hour=3, minute=15),
    },
    # Catch up on refreshes lost while the broker or a worker was down.
    "reconcile-timelines": {
        "task": "negotiations.reconcile_timelines",
        "schedule": env_float("TIMELINE_RECONCILE_EVERY", 300.0),
    },
}

# Timeline builds (negotiations/timeline.py): how long a build waits for another build of the
# same track before giving up (and retrying), when a "running" build counts as abandoned, and
# whether saving curated rows enqueues a refresh (tests that drive builds by hand turn it off).
TIMELINE_LOCK_TIMEOUT = env_float("TIMELINE_LOCK_TIMEOUT", 300.0)
TIMELINE_BUILD_STALE_AFTER = env_int("TIMELINE_BUILD_STALE_AFTER", 2 * CELERY_TASK_TIME_LIMIT)
TIMELINE_REFRESH_ON_SAVE = env_bool("TIMELINE_REFRESH_ON_SAVE", True)
# Seconds each broker round trip of an enqueue after a commit may wait before the miss is
# recorded for reconciliation (negotiations/signals.py): a hung Redis must not hang a save.
TIMELINE_ENQUEUE_TIMEOUT = env_float("TIMELINE_ENQUEUE_TIMEOUT", 1.0)
# Processes `manage.py rebuild_timeline` builds tracks with (the nightly task fans out instead).
TIMELINE_REBUILD_PARALLEL = env_int("TIMELINE_REBUILD_PARALLEL", 2)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if DEBUG:
    STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    WHITENOISE_AUTOREFRESH = True
    WHITENOISE_USE_FINDERS = True

LOGIN_URL = "admin:login"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
TRUST_X_FORWARDED_FOR = env_bool("TRUST_X_FORWARDED_FOR", False)
LOGIN_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
LOGIN_FAILURE_WINDOW = env_int("LOGIN_FAILURE_WINDOW", 900)
IMPORT_RATE_LIMIT = env_int("IMPORT_RATE_LIMIT", 60)
IMPORT_RATE_WINDOW = env_int("IMPORT_RATE_WINDOW", 3600)
MAX_ARTICLE_BYTES = env_int("MAX_ARTICLE_BYTES", 2 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_ARTICLE_BYTES + 512 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_ARTICLE_BYTES + 512 * 1024

# Review thresholds: candidates at or above PRESELECT are ticked for bulk accept; below
# HIDE they are folded away as likely noise. Nothing is published without an editor.
CANDIDATE_PRESELECT_CONFIDENCE = env_float("CANDIDATE_PRESELECT_CONFIDENCE", 0.75)
CANDIDATE_HIDE_CONFIDENCE = env_float("CANDIDATE_HIDE_CONFIDENCE", 0.3)

# URL import refuses private, loopback and link-local addresses unless this is on;
# only the test settings turn it on, to serve pages from 127.0.0.1.
URL_IMPORT_ALLOW_PRIVATE = env_bool("URL_IMPORT_ALLOW_PRIVATE", False)
URL_IMPORT_TIMEOUT = env_float("URL_IMPORT_TIMEOUT", 10.0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
