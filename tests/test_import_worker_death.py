"""A worker process that dies mid-extraction: the task comes back and nothing is doubled."""

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from negotiations.models import Source

from .conftest import database_url
from .import_support import SEED, wait_for

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_task_is_redelivered_when_the_worker_dies_mid_extraction(tmp_path):
    from django.db import connection

    from negotiations.tasks import extract_source

    source = Source.objects.create(
        text=SEED.read_text(), extraction_status="queued", published_on="2025-03-17"
    )
    queue = f"death-{uuid.uuid4().hex[:8]}"
    marker = tmp_path / "extracting.pid"
    env = {
        **os.environ,
        "DATABASE_URL": database_url(connection.settings_dict),
        "DJANGO_SETTINGS_MODULE": "negotiations.settings.test",
        "CT_SLOW_MARKER": str(marker),
        "CT_SLOW_QUEUE": queue,
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "import_slow_worker.py")],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        extract_source.apply_async((source.pk,), queue=queue)
        wait_for(marker.exists, timeout=60)
        assert Source.objects.get(pk=source.pk).extraction_status == "extracting"
        os.kill(int(marker.read_text()), signal.SIGKILL)  # the pool process dies mid-task

        def finished():
            row = Source.objects.get(pk=source.pk)
            return row if row.extraction_status == "done" else None

        row = wait_for(finished, timeout=60)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()
    assert row.extraction_attempts == 2  # the killed attempt and the redelivered one
    assert row.candidates.count() == row.candidate_count > 0
    ordinals = list(row.candidates.values_list("ordinal", flat=True))
    assert sorted(ordinals) == list(range(len(ordinals)))
    assert "WorkerLostError" in (tmp_path / "worker.log").read_text()
