"""Interim public pages read straight from the curated tables (published rows only)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from ..models import Actor, Concession, Meeting, Proposal, Track


def dashboard(request: HttpRequest) -> HttpResponse:
    tracks = Track.objects.filter(is_active=True)
    return render(request, "negotiations/dashboard.html", {"tracks": tracks})


def track(request: HttpRequest, slug: str) -> HttpResponse:
    track = get_object_or_404(Track, slug=slug)
    events = sorted(
        [
            *Meeting.objects.published().in_track(track),
            *Proposal.objects.published().in_track(track),
            *Concession.objects.published().in_track(track),
        ],
        key=lambda event: (event.date is None, event.date),
    )
    return render(request, "negotiations/track.html", {"track": track, "events": events})


def actor(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor, slug=slug)
    meetings = Meeting.objects.published().for_actor(actor).select_related("track")
    return render(request, "negotiations/actor.html", {"actor": actor, "meetings": meetings})


def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for load balancers and compose: the database and Redis both answer."""
    from django.core.cache import cache
    from django.db import connection
    from django.http import JsonResponse

    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("select 1")
        checks["database"] = "ok"
    except Exception as error:  # noqa: BLE001 - any failure means unhealthy
        checks["database"] = f"error: {error.__class__.__name__}"
    try:
        cache.set("healthz", "ok", 5)
        checks["redis"] = "ok" if cache.get("healthz") == "ok" else "error: no round trip"
    except Exception as error:  # noqa: BLE001
        checks["redis"] = f"error: {error.__class__.__name__}"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
