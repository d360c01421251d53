import pytest

from negotiations.tasks import ping


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_task_round_trip_through_a_real_worker_and_redis(celery_worker):
    result = ping.delay("hello")
    assert result.get(timeout=20) == "pong:hello"
    assert result.state == "SUCCESS"
