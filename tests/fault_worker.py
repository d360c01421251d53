"""`python -m tests.fault_worker [celery worker args]`: a real Celery worker for fault tests,
with test-only knobs read from the environment (production code stays free of them):

- FAULT_PAUSE_AT=<stage> (a `timeline._checkpoint` stage, e.g. "written") with
  FAULT_PAUSE_SECONDS: the build sleeps there, inside its transaction, after touching
  FAULT_PAUSED_FILE, so a test knows the build is mid-way and can kill the worker;
- FAULT_VISIBILITY_TIMEOUT: seconds before an unacknowledged message (its worker died) is
  delivered again, and the sweep that restores it runs every second (production: 1 hour).
"""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings.test")

import django  # noqa: E402

django.setup()

from negotiations import timeline  # noqa: E402
from negotiations.celery import app  # noqa: E402

PAUSE_AT = os.environ.get("FAULT_PAUSE_AT")
if PAUSE_AT:
    pause_seconds = float(os.environ.get("FAULT_PAUSE_SECONDS", "30"))
    paused_file = os.environ.get("FAULT_PAUSED_FILE")

    def _checkpoint(stage: str, *, track_id: int | None) -> None:
        if stage == PAUSE_AT:
            if paused_file:
                Path(paused_file).write_text(f"{os.getpid()} {track_id}")
            time.sleep(pause_seconds)

    timeline._checkpoint = _checkpoint

if os.environ.get("FAULT_VISIBILITY_TIMEOUT"):
    app.conf.broker_transport_options = {
        **app.conf.broker_transport_options,
        "visibility_timeout": int(os.environ["FAULT_VISIBILITY_TIMEOUT"]),
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }

if __name__ == "__main__":
    app.worker_main(["worker", *sys.argv[1:]])
