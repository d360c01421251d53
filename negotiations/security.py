"""Security glue: a strict Content-Security-Policy, and throttles for logins and imports.

Throttles count in the cache (Redis). If Redis is unreachable they fail *open* and log:
an outage of the cache must not lock editors out or stop the site.
"""

import contextlib
import functools
import logging
import time

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)


class ContentSecurityPolicyMiddleware:
    """Only the site's own scripts and styles: htmx is served from /static/, no inline code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


def client_ip(request: HttpRequest) -> str:
    """The client address; behind the compose proxy the first X-Forwarded-For hop, if trusted."""
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.headers.get("X-Forwarded-For", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


class Throttle:
    """A fixed-window counter: at most `limit` hits per `window` seconds per key."""

    def __init__(self, name: str, *, limit: int, window: int):
        self.name, self.limit, self.window = name, limit, window

    def _key(self, key: str) -> str:
        bucket = int(time.time() // self.window)
        return f"throttle:{self.name}:{key}:{bucket}"

    def count(self, key: str) -> int:
        try:
            return int(cache.get(self._key(key), 0))
        except Exception:  # noqa: BLE001 - fail open when the cache is down
            logger.warning("throttle %s: cache unavailable, not throttling", self.name)
            return 0

    def hit(self, key: str) -> int:
        cache_key = self._key(key)
        try:
            cache.add(cache_key, 0, self.window)
            return cache.incr(cache_key)
        except Exception:  # noqa: BLE001
            logger.warning("throttle %s: cache unavailable, not counting", self.name)
            return 0

    def exceeded(self, key: str) -> bool:
        return self.count(key) >= self.limit

    def reset(self, key: str) -> None:
        with contextlib.suppress(Exception):
            cache.delete(self._key(key))


def login_throttle() -> Throttle:
    return Throttle(
        "login", limit=settings.LOGIN_FAILURE_LIMIT, window=settings.LOGIN_FAILURE_WINDOW
    )


def import_throttle() -> Throttle:
    return Throttle("import", limit=settings.IMPORT_RATE_LIMIT, window=settings.IMPORT_RATE_WINDOW)


class ThrottledAdminSite(AdminSite):
    """The admin, with logins refused for a while after repeated failures from one address."""

    site_header = "Ceasefire Tracker — editors"
    site_title = "Ceasefire Tracker"
    index_title = "Curation"

    def login(self, request, extra_context=None):
        throttle = login_throttle()
        key = client_ip(request)
        if request.method == "POST" and throttle.exceeded(key):
            logger.warning("admin login throttled for %s", key)
            return HttpResponse(
                "Too many failed logins from your address. Try again in a few minutes.",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
        response = super().login(request, extra_context)
        if request.method == "POST":
            if request.user.is_authenticated:
                throttle.reset(key)
            else:
                throttle.hit(key)
        return response


class TrackerAdminConfig(AdminConfig):
    default_site = "negotiations.security.ThrottledAdminSite"


def import_rate_limited(view):
    """At most IMPORT_RATE_LIMIT import submissions per editor per IMPORT_RATE_WINDOW seconds:
    each one fetches, cleans and queues an extraction, so a runaway script cannot flood it."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if request.method == "POST":
            throttle = import_throttle()
            key = f"user-{request.user.pk}"
            if throttle.exceeded(key):
                return HttpResponse(
                    "Too many imports in a short time. Wait a few minutes, or use the "
                    "import_articles command for large batches.",
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
            throttle.hit(key)
        return view(request, *args, **kwargs)

    return wrapper
