"""Test settings: the real PostgreSQL and Redis, a fast password hasher, private URLs allowed.

Point DATABASE_URL / REDIS_URL at the servers to use; the test database is the named one
with a `test_` prefix, so parallel checkouts can use different names.
"""

import os

os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/1")

from .base import *  # noqa: E402,F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
URL_IMPORT_ALLOW_PRIVATE = True
URL_IMPORT_TIMEOUT = 3.0
# Saves do not enqueue timeline refreshes unless a test asks (fixture `timeline_auto_refresh`):
# a worker started by one test must not rebuild timelines behind the back of another.
# A subprocess (web server, worker) of a fault test may turn it on through the environment.
TIMELINE_REFRESH_ON_SAVE = env_bool("TIMELINE_REFRESH_ON_SAVE", False)  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# A fresh cache namespace per test run: throttle counters never leak between runs, and the
# cache is never flushed (that would also empty Celery's queues in the same Redis database).
# Subprocesses (the test Celery worker) inherit the same namespace through the environment.
os.environ.setdefault("TEST_CACHE_PREFIX", f"test-{os.getpid()}-{os.urandom(3).hex()}")
CACHES["default"]["KEY_PREFIX"] = os.environ["TEST_CACHE_PREFIX"]  # noqa: F405
PAGES_CACHE_SECONDS = 0  # page tests count the real queries; one test turns caching on
