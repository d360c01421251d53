"""Celery tasks: thin wrappers that take ids, refetch, and call a workflow function."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import timeline
from .models import Track

TRANSIENT_DATABASE_ERRORS = (OperationalError, InterfaceError)
"""Connection drops, lock timeouts, failovers: worth retrying. Anything else is a bug."""

_RETRY = {
    # Outcomes are recorded in TimelineBuild; no result backend round trip (which would also
    # make enqueueing fail differently when Redis is down).
    "ignore_result": True,
    "autoretry_for": TRANSIENT_DATABASE_ERRORS,
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "max_retries": 5,
}


@shared_task(name="negotiations.ping")
def ping(token: str) -> str:
    """Round-trip check used by health checks and tests: proves a worker consumes the queue."""
    return f"pong:{token}"


@shared_task(bind=True, name="negotiations.rebuild_track_timeline", **_RETRY)
def rebuild_track_timeline(self, track_id: int, mode: str = "full") -> dict:
    build = timeline.rebuild_track(track_id=track_id, mode=mode, task_id=self.request.id or "")
    return {"build": build.pk, "rows": build.rows}


@shared_task(bind=True, name="negotiations.refresh_timeline_entries", **_RETRY)
def refresh_timeline_entries(self, refs: list[list]) -> dict:
    """`refs` are `[kind, id]` pairs (JSON has no tuples), see `timeline.Ref`."""
    builds = timeline.refresh_entries(
        refs=[(kind, object_id) for kind, object_id in refs], task_id=self.request.id or ""
    )
    return {"builds": [b.pk for b in builds], "rows": sum(b.rows for b in builds)}


@shared_task(name="negotiations.rebuild_all_timelines")
def rebuild_all_timelines() -> dict:
    """Fan out: one task per track, so the workers' concurrency builds tracks in parallel and
    a failing track retries alone."""
    track_ids = list(Track.objects.order_by("id").values_list("id", flat=True))
    for track_id in track_ids:
        rebuild_track_timeline.delay(track_id, "full")
    return {"enqueued_tracks": track_ids}


@shared_task(bind=True, name="negotiations.reconcile_timelines", **_RETRY)
def reconcile_timelines(self) -> dict:
    builds = timeline.reconcile(task_id=self.request.id or "")
    return {"rebuilt_tracks": [b.track_id for b in builds]}
