import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent


def production_env(**overrides) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "negotiations.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "tracker.example.org",
    }
    env.pop("DEBUG", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by browser tests in this process
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = manage(production_env(), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"SECRET_KEY": None}, "SECRET_KEY"),
        ({"SECRET_KEY": "dev-only-insecure-key-change-me"}, "SECRET_KEY"),
        ({"DEBUG": "true"}, "DEBUG"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS"),
    ],
)
def test_production_settings_refuse_unsafe_configuration(overrides, message):
    result = manage(production_env(**overrides), "check")
    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["negotiations:dashboard", "admin:login"])
def test_every_response_carries_a_strict_content_security_policy(client, url_name):
    policy = client.get(reverse(url_name))["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


@pytest.mark.django_db
def test_public_pages_have_no_inline_script(client, demo):
    html = client.get(reverse("negotiations:dashboard")).content.decode()
    inline = [s for s in re.findall(r"<script([^>]*)>", html) if "src=" not in s]
    assert inline == []


@pytest.mark.django_db
def test_admin_login_is_throttled_after_repeated_failures(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    url = reverse("admin:login")
    for _ in range(3):
        response = client.post(
            url, {"username": "editor", "password": "wrong"}, REMOTE_ADDR="10.9.8.7"
        )
        assert response.status_code == 200
    blocked = client.post(
        url, {"username": "editor", "password": "editor-pass"}, REMOTE_ADDR="10.9.8.7"
    )
    assert blocked.status_code == 429
    other_address = client.post(
        url, {"username": "editor", "password": "editor-pass"}, REMOTE_ADDR="10.9.8.8"
    )
    assert other_address.status_code == 302


@pytest.mark.django_db
def test_successful_login_resets_the_failure_count(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    url = reverse("admin:login")
    client.post(url, {"username": "editor", "password": "wrong"}, REMOTE_ADDR="10.9.8.9")
    assert (
        client.post(
            url, {"username": "editor", "password": "editor-pass"}, REMOTE_ADDR="10.9.8.9"
        ).status_code
        == 302
    )
    client.logout()
    client.post(url, {"username": "editor", "password": "wrong"}, REMOTE_ADDR="10.9.8.9")
    assert (
        client.post(
            url, {"username": "editor", "password": "editor-pass"}, REMOTE_ADDR="10.9.8.9"
        ).status_code
        == 302
    )


@pytest.mark.django_db
def test_login_still_works_when_the_cache_is_down(client, editor, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    response = client.post(
        reverse("admin:login"), {"username": "editor", "password": "editor-pass"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_import_submissions_are_rate_limited_per_editor(
    client, editor, django_user_model, settings
):
    from django.contrib.auth.models import Group

    settings.IMPORT_RATE_LIMIT = 2
    client.force_login(editor)
    url = reverse("negotiations:import")
    for n in range(2):
        response = client.post(url, {"way": "paste", "text": f"Article number {n}. " * 20})
        assert response.status_code in (200, 302, 400)
    limited = client.post(url, {"way": "paste", "text": "One more article. " * 20})
    assert limited.status_code == 429 and "Too many imports" in limited.content.decode()
    assert client.get(url).status_code == 200

    other = django_user_model.objects.create_user("other-editor", password="x", is_staff=True)
    other.groups.add(Group.objects.get(name="Editors"))
    client.force_login(other)
    assert (
        client.post(url, {"way": "paste", "text": "Another editor's article. " * 20}).status_code
        != 429
    )


@pytest.mark.django_db
def test_writes_without_a_csrf_token_are_refused(editor):
    from django.test import Client

    from negotiations.models import Source

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = reverse("negotiations:import")
    article = {"way": "paste", "text": "Delegations met in Geneva on Tuesday. " * 10}
    assert client.post(url, article).status_code == 403
    assert not Source.objects.filter(text__contains="Delegations met in Geneva").exists()
    token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get(url).content.decode()
    )
    response = client.post(url, {**article, "csrfmiddlewaretoken": token.group(1)})
    assert response.status_code == 302
    assert Source.objects.filter(text__contains="Delegations met in Geneva").exists()
