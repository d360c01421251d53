"""PostgreSQL restarted under a running Celery worker. Between tasks: the next timeline task
succeeds in the same worker on its first attempt (Celery's Django fixup closes the connection
around every task unless CELERY_DB_REUSE_MAX is set, so CONN_MAX_AGE does not apply there).
A task that arrives while PostgreSQL is down: retried with backoff, succeeds once it is back."""

import uuid

import psycopg
import pytest
from celery import Celery

from tests.faults import (
    VAR,
    PrivatePostgres,
    base_env,
    celery_worker,
    manage,
    wait_for,
)


@pytest.fixture
def private_postgres():
    server = PrivatePostgres()
    server.start()
    server.create_database("site")
    yield server
    server.destroy()


def build_outcomes(server: PrivatePostgres, task_id: str) -> list[str]:
    with psycopg.connect(server.url("site")) as connection:
        rows = connection.execute(
            "SELECT outcome FROM negotiations_timelinebuild WHERE task_id = %s", [task_id]
        ).fetchall()
    return [outcome for (outcome,) in rows]


@pytest.mark.faults
def test_worker_survives_a_postgres_restart_without_being_restarted(
    private_postgres, private_redis
):
    env = base_env(DATABASE_URL=private_postgres.url("site"), REDIS_URL=private_redis.url)
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo")
    sender = Celery(broker=private_redis.url)

    def send() -> str:
        task_id = str(uuid.uuid4())
        sender.send_task("negotiations.rebuild_track_timeline", args=[1, "full"], task_id=task_id)
        return task_id

    def succeeded(task_id: str) -> None:
        wait_for(lambda: build_outcomes(private_postgres, task_id) == ["succeeded"], timeout=25)

    log_path = VAR / "fault-worker-steady.log"
    with celery_worker(env, name="steady") as worker:
        succeeded(send())
        private_postgres.stop()
        private_postgres.start()
        after_restart = send()
        succeeded(after_restart)
        assert f"[{after_restart}] retry" not in log_path.read_text().lower()

        private_postgres.stop()
        while_down = send()
        wait_for(lambda: f"[{while_down}] retry" in log_path.read_text().lower(), timeout=10)
        private_postgres.start()
        succeeded(while_down)
        assert worker.poll() is None  # the same worker process throughout
