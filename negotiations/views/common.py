"""Small helpers every public view shares."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

log = logging.getLogger(__name__)


def htmx_partial(request: HttpRequest) -> bool:
    """Render a fragment only for htmx requests that are not boosted navigations (NetBox).

    Edge case: when the reader goes back and htmx's history cache has no snapshot, htmx
    re-requests the URL with `HX-History-Restore-Request` and swaps in the *whole page*;
    answering that with a fragment would leave the reader on a page with no header."""
    return (
        bool(request.htmx) and not request.htmx.boosted and not request.htmx.history_restore_request
    )


def vary_on_htmx(response: HttpResponse) -> HttpResponse:
    """The same URL answers with a fragment or a page: caches (and the browser's back/forward
    cache) must keep them apart."""
    patch_vary_headers(response, ("HX-Request",))
    return response


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def cached(key: str, compute):
    """`compute()` through the cache for PAGES_CACHE_SECONDS (0 turns caching off, as in tests).

    Used for whole-track aggregates (overview chart, actor choices, dashboard lists) whose
    cost grows with a track's length. Keys carry the track's last build, so a rebuild shows
    at once; the timeout bounds staleness after incremental refreshes. If Redis is down the
    page is computed, not lost.
    """
    seconds = getattr(settings, "PAGES_CACHE_SECONDS", 300)
    if not seconds:
        return compute()
    try:
        value = cache.get(key)
    except Exception:  # noqa: BLE001 - a cache outage must not take pages down
        log.warning("page cache unavailable; computing %s", key)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, seconds)
        except Exception:  # noqa: BLE001
            log.warning("page cache unavailable; not storing %s", key)
    return value


def build_marker(build) -> str:
    """Part of a cache key that changes whenever the track is rebuilt."""
    if build is None:
        return "never"
    finished = build.finished_at.timestamp() if build.finished_at else 0
    return f"{build.pk}-{build.outcome}-{finished:.0f}"
