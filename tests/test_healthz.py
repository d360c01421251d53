import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from negotiations.models import TimelineBuild

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo):
    """The demo track, with the build that load_demo ran forgotten."""
    TimelineBuild.objects.all().delete()
    return demo


def test_healthz_reports_database_redis_and_rebuild_age(client, demo):
    finished = timezone.now() - datetime.timedelta(minutes=10)
    build = TimelineBuild.objects.create(
        track=demo, mode="full", outcome="succeeded", finished_at=finished
    )
    TimelineBuild.objects.filter(pk=build.pk).update(started_at=finished)
    TimelineBuild.objects.create(track=demo, mode="incremental", outcome="failed", error="boom")
    body = client.get(reverse("healthz")).json()
    assert body["status"] == "ok" and body["database"] == "ok" and body["redis"] == "ok"
    track = body["tracks"][demo.slug]
    assert 590 <= track["last_successful_rebuild_age_seconds"] <= 700
    assert track["last_build_outcome"] == "failed"


def test_healthz_says_never_rebuilt(client, demo):
    track = client.get(reverse("healthz")).json()["tracks"][demo.slug]
    assert track["last_successful_rebuild_age_seconds"] is None


def test_healthz_is_503_when_redis_is_down(client, settings, db):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    response = client.get(reverse("healthz"))
    assert response.status_code == 503 and response.json()["redis"].startswith("error")
