"""Redis (broker and cache) stopped under the running site: public pages still render, an
editor's save in the admin still commits, and the refresh that could not be enqueued is not
lost — once Redis is back, the periodic reconciliation (beat) brings the timeline up to date.
The catch-up time is written to var/fault-redis-catchup.json (bench/bench_faults.py)."""

import json
import time

import pytest
from django.db import connection

from negotiations import timeline
from negotiations.models import Actor, Meeting, TimelineBuild, TimelineEntry
from tests.conftest import database_url
from tests.faults import VAR, Browser, base_env, celery_worker, wait_for, web_server

RECONCILE_EVERY = 1.0
"""Beat's reconciliation interval for this test (production: TIMELINE_RECONCILE_EVERY=300)."""


def entry_title(meeting: Meeting) -> str:
    return TimelineEntry.objects.get(kind="meeting", object_id=meeting.pk).title


@pytest.mark.faults
@pytest.mark.django_db(transaction=True)
def test_redis_down_pages_render_saves_commit_and_reconciliation_catches_up(
    demo, django_user_model, private_redis
):
    # A superuser, not the `editor` fixture: a transactional test's flush empties the Editors
    # group its data migration made, so a second such test would not find it.
    django_user_model.objects.create_superuser("chief", password="chief-pass")
    timeline.rebuild_track(track_id=demo.pk)
    meeting = Meeting.objects.published().filter(track=demo).order_by("id").first()
    actor = Actor.objects.order_by("id").first()
    change_url = f"/admin/negotiations/meeting/{meeting.pk}/change/"
    env = base_env(
        DATABASE_URL=database_url(connection.settings_dict),
        REDIS_URL=private_redis.url,
        TIMELINE_REFRESH_ON_SAVE="true",
        TIMELINE_RECONCILE_EVERY=str(RECONCILE_EVERY),
    )
    with web_server(env) as base, celery_worker(env, name="beat", beat=True):
        browser = Browser(base)
        browser.log_in("chief", "chief-pass")
        # With Redis up, an admin save reaches the timeline through the worker.
        status, _, _ = browser.submit(change_url, title="Saved with Redis up")
        assert status == 200
        wait_for(lambda: entry_title(meeting) == "Saved with Redis up", timeout=10)

        private_redis.stop()
        for path in ("/", f"/tracks/{demo.slug}/", f"/actors/{actor.slug}/", "/admin/"):
            status, _, body = browser.open(path)
            assert status == 200, f"{path} answered {status} with Redis down"
        assert browser.open("/healthz")[0] == 503  # Redis down is reported, not hidden
        Browser(base).log_in("chief", "chief-pass")  # the login throttle fails open

        started = time.monotonic()
        status, url, body = browser.submit(change_url, title="Saved with Redis down")
        save_seconds = time.monotonic() - started
        assert status == 200 and url.endswith("/admin/negotiations/meeting/"), (status, url)
        meeting.refresh_from_db()
        assert meeting.title == "Saved with Redis down"  # committed
        missed = TimelineBuild.objects.filter(
            track=demo, mode="incremental", outcome="failed", error__startswith="Could not enqueue"
        )
        assert missed.count() == 1  # the lost refresh is recorded for reconciliation
        assert entry_title(meeting) == "Saved with Redis up"  # the timeline is behind

        private_redis.start()
        catchup_seconds = wait_for(
            lambda: entry_title(meeting) == "Saved with Redis down", timeout=30, interval=0.02
        )
        # The entries are visible before the build's own record is marked succeeded (it is
        # written after them), so wait for that record too rather than racing it.
        wait_for(
            lambda: TimelineBuild.objects.filter(
                track=demo,
                mode="full",
                outcome="succeeded",
                started_at__gt=missed.get().started_at,
            ).exists(),
            timeout=10,
        )

    VAR.mkdir(exist_ok=True)
    (VAR / "fault-redis-catchup.json").write_text(
        json.dumps(
            {
                "reconcile_every_seconds": RECONCILE_EVERY,
                "admin_save_with_redis_down_seconds": round(save_seconds, 3),
                "redis_back_to_entry_visible_seconds": round(catchup_seconds, 3),
                "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            }
        )
    )
