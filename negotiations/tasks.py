"""Celery tasks: thin wrappers that take ids, refetch, and call a workflow function."""

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError

from . import timeline

TRANSIENT_DATABASE_ERRORS = (OperationalError, InterfaceError)
"""Connection drops, lock timeouts, failovers: worth retrying. Anything else is a bug."""

_RETRY = {
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


@shared_task(bind=True, name="negotiations.rebuild_all_timelines", **_RETRY)
def rebuild_all_timelines(self) -> dict:
    builds = timeline.rebuild_all(
        parallel=settings.TIMELINE_REBUILD_PARALLEL, task_id=self.request.id or ""
    )
    return {"builds": [b.pk for b in builds], "rows": sum(b.rows for b in builds)}


@shared_task(bind=True, name="negotiations.reconcile_timelines", **_RETRY)
def reconcile_timelines(self) -> dict:
    builds = timeline.reconcile(task_id=self.request.id or "")
    return {"rebuilt_tracks": [b.track_id for b in builds]}
