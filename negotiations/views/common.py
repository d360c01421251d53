"""Small helpers every public view shares."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers


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
