"""PostgreSQL restarted under the running site: clean 503s during, normal pages after,
with the same web process."""

import pytest

from tests.faults import PrivatePostgres, base_env, get, manage, web_server


@pytest.fixture
def private_postgres():
    server = PrivatePostgres()
    server.start()
    server.create_database("site")
    yield server
    server.destroy()


@pytest.mark.faults
def test_site_fails_cleanly_while_postgres_restarts_and_recovers_without_a_restart(
    private_postgres,
):
    env = base_env(DATABASE_URL=private_postgres.url("site"))
    manage(env, "migrate", "--no-input")
    manage(env, "load_demo")
    with web_server(env) as base:
        status, body = get(base + "/")
        assert status == 200 and "Russia–Ukraine ceasefire 2025" in body

        private_postgres.stop()
        status, body = get(base + "/")
        assert status == 503
        assert "Temporarily unavailable" in body and "Traceback" not in body
        health_status, _ = get(base + "/healthz")
        assert health_status == 503

        private_postgres.start()
        status, body = get(base + "/")
        assert status == 200 and "Russia–Ukraine ceasefire 2025" in body
