"""Small helpers every public view shares."""

import hashlib
import logging
import time
from collections import OrderedDict
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_vary_headers
from django.utils.safestring import mark_safe

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


_MEMO: "OrderedDict[str, tuple[float, object]]" = OrderedDict()
_MEMO_SIZE = 256


def memoized(key: str, compute):
    """`compute()` kept in this process for PAGES_CACHE_SECONDS, least recently used first out.

    For rendered fragments that are large but cheap to key (a track's 2,000 actor options,
    its SVG overview): fetching 100 kB from Redis per request costs about what rendering does,
    while a dict lookup is free. Keys carry the track's last build, like `cached`."""
    seconds = getattr(settings, "PAGES_CACHE_SECONDS", 300)
    if not seconds:
        return compute()
    now = time.monotonic()
    hit = _MEMO.get(key)
    if hit is not None and now - hit[0] < seconds:
        _MEMO.move_to_end(key)
        return hit[1]
    value = compute()
    _MEMO[key] = (now, value)
    _MEMO.move_to_end(key)
    while len(_MEMO) > _MEMO_SIZE:
        _MEMO.popitem(last=False)
    return value


def build_marker(build) -> str:
    """Part of a cache key that changes whenever the track is rebuilt."""
    if build is None:
        return "never"
    finished = build.finished_at.timestamp() if build.finished_at else 0
    return f"{build.pk}-{build.outcome}-{finished:.0f}"


def _template_version() -> str:
    """Changes whenever the entry template or its tags change, so a deploy never serves
    fragments rendered by the previous code."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1(usedforsecurity=False)
    for path in (
        root.parent / "templates" / "negotiations" / "_entry.html",
        root / "templatetags" / "timeline_tags.py",
    ):
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:10]


ENTRY_TEMPLATE_VERSION = _template_version()


def render_entries(entries: list, *, show_track: bool = False) -> list:
    """Set `entry.html` on each entry: its rendered `_entry.html`.

    Rendering ~50 entries with their actors and quoted sources is most of a timeline page's
    time, and an entry's HTML only changes when its content does. Fragments are cached by
    (entry id, the rebuild's content fingerprint, template version) and fetched in one
    round trip; only the misses are rendered.
    """
    seconds = getattr(settings, "PAGES_CACHE_SECONDS", 300)

    def key(entry) -> str:
        fingerprint = getattr(entry, "fingerprint", "") or f"{entry.built_at.timestamp():.6f}"
        return f"pages:entry:{ENTRY_TEMPLATE_VERSION}:{int(show_track)}:{entry.pk}:{fingerprint}"

    keys = {entry.pk: key(entry) for entry in entries}
    found: dict = {}
    if seconds and entries:
        try:
            found = cache.get_many(list(keys.values()))
        except Exception:  # noqa: BLE001 - a cache outage must not take pages down
            log.warning("page cache unavailable; rendering entries")
            seconds = 0
    missing: dict = {}
    for entry in entries:
        html = found.get(keys[entry.pk])
        if html is None:
            html = render_to_string(
                "negotiations/_entry.html", {"entry": entry, "show_track": show_track}
            )
            missing[keys[entry.pk]] = html
        entry.html = mark_safe(html)  # noqa: S308 - rendered by our own autoescaping template
    if seconds and missing:
        try:
            cache.set_many(missing, seconds * 12)  # content-addressed: safe to keep longer
        except Exception:  # noqa: BLE001
            log.warning("page cache unavailable; not storing entries")
    return entries
