"""A timeline task delivered twice — the same task id run twice in one process, and the same
message consumed by two real workers at once — leaves exactly one entry per event, stable
entry ids, and one honest build row per run."""

import datetime
import uuid
from collections import Counter

import pytest
from celery import Celery
from django.db import connection

from negotiations import timeline
from negotiations.models import Meeting, Publication, TimelineBuild, TimelineEntry
from negotiations.tasks import rebuild_track_timeline, refresh_timeline_entries
from tests.conftest import database_url
from tests.faults import VAR, base_env, celery_worker, wait_for
from tests.timeline_helpers import snapshot


def new_published_meeting(track) -> Meeting:
    """A published meeting the timeline does not show yet: a refresh must INSERT it."""
    return Meeting.objects.create(
        track=track,
        title="Envoys meet twice by mistake",
        date=datetime.date(2025, 4, 1),
        publication=Publication.PUBLISHED,
    )


def assert_one_entry_per_event(track) -> None:
    keys = Counter(TimelineEntry.objects.filter(track=track).values_list("kind", "object_id"))
    assert keys and max(keys.values()) == 1
    expected = {(r["kind"], r["object_id"]) for r in timeline.entries_for(timeline.Scope(track.pk))}
    assert set(keys) == expected


@pytest.mark.django_db
def test_the_same_task_id_run_twice_changes_nothing_the_second_time(demo):
    timeline.rebuild_track(track_id=demo.pk)
    meeting = new_published_meeting(demo)
    refresh_id, rebuild_id = str(uuid.uuid4()), str(uuid.uuid4())
    refs = [["meeting", meeting.pk], ["proposal", demo.proposals.first().pk]]

    refresh_timeline_entries.apply(args=[refs], task_id=refresh_id).get()
    after_first = snapshot(track_id=demo.pk)
    refresh_timeline_entries.apply(args=[refs], task_id=refresh_id).get()
    rebuild_track_timeline.apply(args=[demo.pk, "full"], task_id=rebuild_id).get()
    rebuild_track_timeline.apply(args=[demo.pk, "full"], task_id=rebuild_id).get()

    assert snapshot(track_id=demo.pk) == after_first  # same rows, same ids, same content
    assert_one_entry_per_event(demo)
    for task_id, mode in ((refresh_id, "incremental"), (rebuild_id, "full")):
        builds = TimelineBuild.objects.filter(task_id=task_id)
        assert [(b.mode, b.outcome, b.track_id) for b in builds] == [
            (mode, "succeeded", demo.pk)
        ] * 2


@pytest.mark.faults
@pytest.mark.django_db(transaction=True)
def test_two_workers_consuming_the_same_message_id_leave_no_duplicates(demo, private_redis):
    timeline.rebuild_track(track_id=demo.pk)
    meeting = new_published_meeting(demo)
    before = snapshot(track_id=demo.pk)
    env = base_env(DATABASE_URL=database_url(connection.settings_dict), REDIS_URL=private_redis.url)
    sender = Celery(broker=private_redis.url, set_as_current=False)
    refresh_id, rebuild_id = str(uuid.uuid4()), str(uuid.uuid4())
    # Each build holds the track's lock 1 s, so the second copy runs while the first is busy
    # (and must wait for it), on the other worker (prefetch 1, concurrency 1).
    knobs = {"pause_at": "locked", "pause_seconds": 1}
    with (
        celery_worker(env, name="twin-a", **knobs),
        celery_worker(env, name="twin-b", **knobs),
    ):
        for _ in range(2):
            sender.send_task(
                "negotiations.refresh_timeline_entries",
                args=[[["meeting", meeting.pk]]],
                task_id=refresh_id,
            )
        for _ in range(2):
            sender.send_task(
                "negotiations.rebuild_track_timeline", args=[demo.pk, "full"], task_id=rebuild_id
            )
        wait_for(
            lambda: (
                TimelineBuild.objects.filter(task_id__in=[refresh_id, rebuild_id])
                .exclude(outcome="running")
                .count()
                == 4
            ),
            timeout=25,
        )

    assert_one_entry_per_event(demo)
    after = snapshot(track_id=demo.pk)
    assert {k: v["id"] for k, v in after.items() if k in before} == {
        k: v["id"] for k, v in before.items()
    }
    assert after[("meeting", meeting.pk)]["title"] == meeting.title
    builds = TimelineBuild.objects.filter(task_id__in=[refresh_id, rebuild_id])
    assert Counter((b.task_id, b.mode, b.outcome) for b in builds) == {
        (refresh_id, "incremental", "succeeded"): 2,
        (rebuild_id, "full", "succeeded"): 2,
    }
    # Both workers really consumed a copy of the same message id.
    for name in ("twin-a", "twin-b"):
        assert f"[{rebuild_id}] received" in (VAR / f"fault-worker-{name}.log").read_text()
