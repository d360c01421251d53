"""A Celery worker whose first extraction hangs, so a test can kill it mid-extraction.

Run as a script by tests/test_import_worker_death.py; not collected by pytest. The patch is
made before the prefork pool starts, so the pool's children inherit it."""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings.test")

import django  # noqa: E402

django.setup()

import negotiations.extraction as engine  # noqa: E402

real_extract = engine.extract
marker = Path(os.environ["CT_SLOW_MARKER"])


def first_call_hangs(*args, **kwargs):
    if not marker.exists():
        marker.write_text(str(os.getpid()))  # tells the test which process to kill
        time.sleep(120)
    return real_extract(*args, **kwargs)


engine.extract = first_call_hangs

from negotiations.celery import app  # noqa: E402

app.worker_main(
    [
        "worker",
        "--pool",
        "prefork",
        "--concurrency",
        "1",
        "-Q",
        os.environ["CT_SLOW_QUEUE"],
        "-n",
        f"slow-{os.getpid()}@%h",
        "--without-gossip",
        "--without-mingle",
        "--loglevel",
        "INFO",
    ]
)
