"""The whole path with real infrastructure: commit → Redis → Celery worker → timeline."""

import time

import pytest

from negotiations.models import Meeting, TimelineBuild, TimelineEntry


def wait_for(predicate, timeout: float = 10.0) -> float:
    """Seconds until `predicate()` held; fails after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.05)
    pytest.fail(f"not true within {timeout} s")


@pytest.fixture
def worker(celery_worker, demo, settings):
    """The real worker, with the demo track built and saves enqueueing refreshes from now on
    (so only the test's own edits reach the worker); after the test, wait until it is idle, so the test database is not
    flushed under a task that is still writing (that deadlocks the TRUNCATE)."""
    from negotiations.celery import app

    settings.TIMELINE_REFRESH_ON_SAVE = True
    yield celery_worker
    deadline = time.monotonic() + 20
    with app.connection_for_write() as conn:
        client = conn.default_channel.client
        while time.monotonic() < deadline:
            busy = app.control.inspect(timeout=0.5).active() or {}
            if client.llen("celery") == 0 and not any(busy.values()):
                return
            time.sleep(0.1)


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_committed_edit_reaches_the_timeline_through_a_real_worker(worker):
    meeting = Meeting.objects.get(title="Witkoff meets Putin in Moscow")
    meeting.title = "Witkoff and Putin talk for five hours in Moscow"
    meeting.save()  # autocommit: the on-commit enqueue happens now

    wait_for(
        lambda: TimelineEntry.objects.filter(
            kind="meeting", object_id=meeting.pk, title=meeting.title
        ).exists()
    )
    build = TimelineBuild.objects.get(track=meeting.track, mode="incremental")
    assert build.outcome == "succeeded" and build.task_id and build.rows == 1


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_unpublishing_through_a_real_worker_removes_the_entry(worker):
    meeting = Meeting.objects.get(title="Witkoff meets Putin in Moscow")
    meeting.unpublish()
    wait_for(lambda: not TimelineEntry.objects.filter(kind="meeting", object_id=meeting.pk))
