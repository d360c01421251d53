"""Operational endpoints (health check)."""

from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.db.models import Max, OuterRef, Q, Subquery
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from ..models import TimelineBuild, Track


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """Database, Redis, and the age of each active track's last successful timeline rebuild.

    Only the database and Redis decide the status code (used by compose health checks); a
    stale or failed rebuild is reported in the body for monitoring, not as "down".
    """
    checks: dict[str, object] = {}
    try:
        checks["tracks"] = _rebuild_ages()
        checks["database"] = "ok"
    except (OperationalError, InterfaceError) as error:
        checks["database"] = f"error: {error.__class__.__name__}"
    try:
        cache.set("healthz", "ok", 5)
        checks["redis"] = "ok" if cache.get("healthz") == "ok" else "error: no round trip"
    except Exception as error:  # noqa: BLE001 - any cache failure means Redis is unhealthy
        checks["redis"] = f"error: {error.__class__.__name__}"
    healthy = checks["database"] == "ok" and checks["redis"] == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )


def _rebuild_ages() -> dict[str, dict]:
    now = timezone.now()
    last_outcome = TimelineBuild.objects.filter(track=OuterRef("pk")).order_by("-started_at")
    tracks = Track.objects.filter(is_active=True).annotate(
        last_success=Max("builds__finished_at", filter=Q(builds__outcome="succeeded")),
        last_outcome=Subquery(last_outcome.values("outcome")[:1]),
    )
    return {
        track.slug: {
            "last_successful_rebuild_age_seconds": (
                round((now - track.last_success).total_seconds()) if track.last_success else None
            ),
            "last_build_outcome": track.last_outcome,
        }
        for track in tracks
    }
