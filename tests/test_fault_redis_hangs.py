"""Redis hung rather than down (SIGSTOP: it accepts connections and never answers, as behind
a network partition or a failover that does not reset connections). An editor's save must
still answer within seconds: the enqueue after commit gives up, the miss is recorded, and
reconciliation catches up once Redis answers again. Timings go to var/fault-redis-hung.json."""

import json
import signal
import time

import pytest
from django.db import connection

from negotiations import timeline
from negotiations.models import Meeting, TimelineBuild, TimelineEntry
from tests.conftest import database_url
from tests.faults import VAR, Browser, base_env, celery_worker, wait_for, web_server


def entry_title(meeting: Meeting) -> str:
    return TimelineEntry.objects.get(kind="meeting", object_id=meeting.pk).title


@pytest.mark.faults
@pytest.mark.django_db(transaction=True)
def test_an_admin_save_with_redis_hung_answers_in_seconds_and_is_caught_up(
    demo, django_user_model, private_redis
):
    # A superuser, not the `editor` fixture: a transactional test's flush empties the Editors
    # group its data migration made, so a second such test would not find it.
    django_user_model.objects.create_superuser("chief", password="chief-pass")
    timeline.rebuild_track(track_id=demo.pk)
    meeting = Meeting.objects.published().filter(track=demo).order_by("id").first()
    change_url = f"/admin/negotiations/meeting/{meeting.pk}/change/"
    env = base_env(
        DATABASE_URL=database_url(connection.settings_dict),
        REDIS_URL=private_redis.url,
        TIMELINE_REFRESH_ON_SAVE="true",
        TIMELINE_RECONCILE_EVERY="1",
    )
    with web_server(env) as base, celery_worker(env, name="hung", beat=True):
        browser = Browser(base)
        browser.log_in("chief", "chief-pass")
        # With Redis up (this also leaves a pooled broker connection in the web process).
        assert browser.submit(change_url, title="Saved with Redis up")[0] == 200
        wait_for(lambda: entry_title(meeting) == "Saved with Redis up", timeout=10)

        private_redis.process.send_signal(signal.SIGSTOP)
        assert browser.open("/")[0] == 200
        started = time.monotonic()
        status, url, _ = browser.submit(change_url, title="Saved with Redis hung")
        save_seconds = time.monotonic() - started
        assert save_seconds < 10
        assert status == 200 and url.endswith("/admin/negotiations/meeting/"), (status, url)
        meeting.refresh_from_db()
        assert meeting.title == "Saved with Redis hung"
        assert TimelineBuild.objects.filter(
            track=demo, outcome="failed", error__startswith="Could not enqueue"
        ).exists()

        private_redis.process.send_signal(signal.SIGCONT)
        catchup_seconds = wait_for(
            lambda: entry_title(meeting) == "Saved with Redis hung", timeout=30, interval=0.02
        )
    (VAR / "fault-redis-hung.json").write_text(
        json.dumps(
            {
                "admin_save_with_redis_hung_seconds": round(save_seconds, 3),
                "redis_resumed_to_entry_visible_seconds": round(catchup_seconds, 3),
            }
        )
    )
