"""Shared by the timeline tests: a comparable snapshot of the timeline, and eager tasks."""

import contextlib

from django.db import connection

from negotiations.models import TimelineEntry

SNAPSHOT_FIELDS = [
    "id",
    "track_id",
    "kind",
    "object_id",
    "proposal_id",
    "status",
    "subtype",
    "date",
    "date_precision",
    "sort_key",
    "title",
    "summary",
    "location",
    "actor_ids",
    "actors",
    "source_count",
    "sources",
    "details",
]


def snapshot(**filters) -> dict:
    """Every entry's content (and search vector as text), keyed by (kind, object_id)."""
    rows = TimelineEntry.objects.filter(**filters).values(*SNAPSHOT_FIELDS)
    vectors = dict(
        TimelineEntry.objects.filter(**filters)
        .extra(select={"vector": "search_vector::text"})
        .values_list("id", "vector")
    )
    return {
        (row["kind"], row["object_id"]): {**row, "search_vector": vectors[row["id"]]}
        for row in rows
    }


@contextlib.contextmanager
def eager_celery():
    """Run tasks in-process, as a worker would, so on-commit enqueues take effect at once."""
    from negotiations.celery import app

    saved = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager = app.conf.task_eager_propagates = True
    try:
        yield
    finally:
        app.conf.task_always_eager, app.conf.task_eager_propagates = saved


def entry_count_in_another_connection(track_id: int) -> int:
    """What a reader with its own connection sees (call from another thread)."""
    try:
        return TimelineEntry.objects.filter(track_id=track_id).count()
    finally:
        connection.close()
