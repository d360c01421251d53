"""Small helpers every public view shares."""

from django.http import HttpRequest


def htmx_partial(request: HttpRequest) -> bool:
    """Render a fragment only for htmx requests that are not boosted navigations (NetBox)."""
    return bool(request.htmx) and not request.htmx.boosted


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)
