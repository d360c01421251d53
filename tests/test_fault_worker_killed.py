"""A Celery worker SIGKILLed in the middle of a full rebuild of a large track: readers keep
the previous timeline, the orphaned build is marked failed, and the lost task is delivered
again to a new worker, which leaves the timeline equal to a fresh rebuild."""

import time
import uuid

import pytest
from celery import Celery
from django.db import connection

from bench.generate import generate
from negotiations import timeline
from negotiations.models import Meeting, TimelineBuild, TimelineEntry, Track
from tests.conftest import database_url
from tests.faults import VAR, base_env, celery_worker, kill_group, wait_for
from tests.timeline_helpers import snapshot


def content(entries: dict) -> dict:
    """A snapshot without the surrogate ids (a fresh rebuild from empty assigns new ones)."""
    return {key: {k: v for k, v in row.items() if k != "id"} for key, row in entries.items()}


@pytest.mark.faults
@pytest.mark.django_db(transaction=True)
def test_worker_killed_mid_rebuild_keeps_old_timeline_and_the_task_is_redelivered(
    private_redis, settings
):
    generate(events=3_000, tracks=1, actors=200)
    track = Track.objects.get()
    timeline.rebuild_track(track_id=track.pk)
    before = snapshot(track_id=track.pk)
    assert len(before) > 3_000
    # The truth moves on; the build that will be killed would show these titles.
    edited = Meeting.objects.published().filter(track=track).order_by("id")[:50]
    Meeting.objects.filter(id__in=[m.id for m in edited]).update(title="Edited after the build")

    settings.TIMELINE_BUILD_STALE_AFTER = 2
    env = base_env(
        DATABASE_URL=database_url(connection.settings_dict),
        REDIS_URL=private_redis.url,
        TIMELINE_BUILD_STALE_AFTER="2",
    )
    sender = Celery(broker=private_redis.url, set_as_current=False)
    task_id = str(uuid.uuid4())
    paused = VAR / f"fault-paused-{task_id}"
    with celery_worker(
        env, name="doomed", pause_at="written", pause_seconds=60, paused_file=paused
    ) as doomed:
        sender.send_task(
            "negotiations.rebuild_track_timeline", args=[track.pk, "full"], task_id=task_id
        )
        wait_for(paused.exists, timeout=20)
        # The build has upserted every row and deleted none yet, in its open transaction.
        assert TimelineBuild.objects.get(task_id=task_id).outcome == "running"
        assert snapshot(track_id=track.pk) == before
        kill_group(doomed)
    paused.unlink()

    # Readers (this test's own connection) still see the whole previous timeline.
    assert snapshot(track_id=track.pk) == before
    assert TimelineBuild.objects.get(task_id=task_id).outcome == "running"
    time.sleep(2)  # past the (shortened) stale threshold

    # A new worker gets the unacknowledged message again (acks_late) and completes it.
    with celery_worker(env, name="rescuer", visibility_timeout=1):
        wait_for(
            lambda: TimelineBuild.objects.filter(task_id=task_id, outcome="succeeded").exists(),
            timeout=20,
        )
    builds = TimelineBuild.objects.filter(task_id=task_id).order_by("started_at")
    assert [b.outcome for b in builds] == ["failed", "succeeded"]
    assert "Abandoned" in builds[0].error and builds[0].finished_at is not None
    after = snapshot(track_id=track.pk)
    assert after != before
    assert TimelineEntry.objects.filter(track=track, title="Edited after the build").count() == 50
    # Entry ids survived (upsert), and the content equals a rebuild from nothing.
    assert {key: row["id"] for key, row in after.items()} == {
        key: before[key]["id"] for key in after
    }
    TimelineEntry.objects.filter(track=track).delete()
    timeline.rebuild_track(track_id=track.pk)
    assert content(snapshot(track_id=track.pk)) == content(after)
    assert not TimelineBuild.objects.filter(outcome="running").exists()
