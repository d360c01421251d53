"""Fixtures for the roles (anonymous, reader, editor, superuser) and a real Celery worker."""

import os
import subprocess
import sys
import time
import urllib.parse
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def editor(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("editor", password="editor-pass", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("reader", password="reader-pass")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def demo(db):
    from negotiations.demo import load_demo

    load_demo()
    from negotiations.models import Track

    return Track.objects.get(slug="russia-ukraine-ceasefire-2025")


@pytest.fixture
def timeline_auto_refresh(settings):
    """Saving curated rows enqueues timeline refreshes on commit, as in production."""
    settings.TIMELINE_REFRESH_ON_SAVE = True


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL for a subprocess that must see the same (test) database."""
    host = settings_dict.get("HOST") or ""
    user = urllib.parse.quote(settings_dict.get("USER") or "postgres")
    password = settings_dict.get("PASSWORD") or ""
    auth = f"{user}:{urllib.parse.quote(password)}@" if password else f"{user}@"
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{auth}{urllib.parse.quote(host, safe='')}{port}/{settings_dict['NAME']}"


@pytest.fixture
def private_redis():
    """A Redis server of the test's own (tests/faults.py), which it may stop, start or hang."""
    from tests.faults import PrivateRedis

    server = PrivateRedis()
    server.start()
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def celery_worker(django_db_setup, django_db_blocker):
    """A real `celery worker` process consuming from Redis and writing to the test database.

    Tests that use it must be `transaction=True` (the worker sees only committed rows).
    """
    from django.db import connection

    from negotiations.celery import app

    with django_db_blocker.unblock():
        url = database_url(connection.settings_dict)
    app.control.purge()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "negotiations.settings.test",
    }
    name = f"test-{uuid.uuid4().hex[:8]}@%h"
    (ROOT / "var").mkdir(exist_ok=True)
    log = (ROOT / "var" / "test-worker.log").open("w")  # noqa: SIM115 - lives as long as the worker
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "negotiations",
            "worker",
            "--pool",
            "threads",
            "--concurrency",
            "2",
            "--loglevel",
            "INFO",
            "-n",
            name,
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    from negotiations.tasks import ping

    deadline = time.monotonic() + 60
    while True:
        try:
            ping.delay("ready").get(timeout=5)
            break
        except Exception:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("the Celery worker did not start") from None
    yield process
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


from tests.factories import people, track  # noqa: E402,F401 - page-test fixtures


@pytest.fixture(autouse=True)
def _data_migration_rows(django_db_setup, django_db_blocker):
    """Put back what data migrations created (the Editors group, the reference gazetteer)
    when a transactional test's closing flush has emptied the tables. Runs before the test's
    own transaction, so the rows are committed once rather than restored per test."""
    from django.apps import apps
    from django.contrib.auth.models import Group

    with django_db_blocker.unblock():
        if not Group.objects.filter(name="Editors").exists():
            import importlib

            from negotiations.reference import load_reference_actors

            editors = importlib.import_module("negotiations.migrations.0003_editors_group")
            editors.create_editors_group(apps, None)
            load_reference_actors()
    yield
