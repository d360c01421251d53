"""Load test: gunicorn with the production settings, wrk on loopback, real PostgreSQL/Redis.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_bench REDIS_URL=redis://127.0.0.1:6379/7 \
        .venv/bin/python bench/bench_load.py [--duration 60] [--connections 32]

Expects a database filled by `bench/generate.py` (100k events) with timelines rebuilt.
Measures /healthz-free pages a reader uses — the dashboard, a filtered timeline and a text
search — and a trivial baseline (`/static/` file served by whitenoise in the same process),
reporting requests/s, p50/p99 latency, errors, and each process's memory before and after.
Writes the block between <!-- load:start --> and <!-- load:end --> in bench/RESULTS.md.
"""

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
from results import write_block

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env() -> dict:
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="negotiations.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        LOG_LEVEL="WARNING",
    )
    env.pop("DEBUG", None)
    return env


def wait_for(url: str, headers: dict, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(url, headers=headers)
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer")


def rss_by_process(master: psutil.Process) -> dict[str, int]:
    processes = [master, *master.children(recursive=True)]
    return {
        f"{'master' if p.pid == master.pid else 'worker'} {p.pid}": p.memory_info().rss
        for p in processes
        if p.is_running()
    }


def parse_wrk(output: str) -> dict:
    def seconds(value: str) -> float:
        number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
        return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60}[unit]

    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.M))
    errors = 0
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        errors += int(non_2xx.group(1))
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "p50_ms": seconds(latency["50"]) * 1000,
        "p99_ms": seconds(latency["99"]) * 1000,
        "errors": errors,
    }


def run_wrk(url: str, *, duration: int, connections: int) -> dict:
    command = [
        "wrk",
        "--latency",
        "-t",
        "2",
        "-c",
        str(connections),
        "-d",
        f"{duration}s",
        "-H",
        "X-Forwarded-Proto: https",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return parse_wrk(output)


def pick_urls(base: str, env: dict) -> dict[str, str]:
    """The busiest track and its most frequent actor, from the database the site serves."""
    script = (
        "from negotiations.models import Track, TimelineEntry as E; "
        "from django.db.models import Count; "
        "t = Track.objects.annotate(n=Count('entries')).order_by('-n').first(); "
        "print(t.slug, E.objects.filter(track=t).exclude(actors=[]).values_list('actors', flat=True)[0][0]['slug'])"
    )
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    slug, actor = out[-2], out[-1]
    return {
        "static file (baseline)": f"{base}/static/negotiations/site.css",
        "dashboard": f"{base}/",
        "filtered timeline": f"{base}/tracks/{slug}/?kind=meeting&actor={actor}",
        "text search": f"{base}/tracks/{slug}/?q=ceasefire",
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed: apt-get install -y wrk", file=sys.stderr)
        return 2
    env = production_env()
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    gunicorn = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "negotiations.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_for(base + "/", {"X-Forwarded-Proto": "https"})
        urls = pick_urls(base, env)
        master = psutil.Process(gunicorn.pid)
        for url in urls.values():  # warm every worker's caches and connections
            run_wrk(url, duration=3, connections=args.connections)
        memory_before = rss_by_process(master)
        results = {
            name: run_wrk(url, duration=args.duration, connections=args.connections)
            for name, url in urls.items()
        }
        memory_after = rss_by_process(master)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)

    baseline = results["static file (baseline)"]
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    lines = [
        "## Load: gunicorn + production settings, wrk on loopback",
        "",
        f"`{Path(sys.executable).name} bench/bench_load.py --duration {args.duration} "
        f"--connections {args.connections} --workers {args.workers}` — {args.workers} gunicorn "
        f"workers, wrk 2 threads × {args.connections} connections × {args.duration} s per URL, "
        f"2-core shared machine (load average at the end: {load}). Ratios are against the "
        "static-file baseline measured in the same run.",
        "",
        "| page | req/s | p50 ms | p99 ms | errors | p50 vs baseline |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        lines.append(
            f"| {name} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']} | "
            f"{r['p50_ms'] / baseline['p50_ms']:.1f}× |"
        )
    lines += [
        "",
        "| process | RSS before (MiB) | RSS after (MiB) | growth |",
        "|---|---:|---:|---:|",
    ]
    for name, before in memory_before.items():
        after = memory_after.get(name, 0)
        lines.append(
            f"| {name.split()[0]} | {before / 2**20:.1f} | {after / 2**20:.1f} | "
            f"{(after - before) / 2**20:+.1f} MiB |"
        )
    write_block("load", "\n".join(lines))
    print("\n".join(lines))
    return 0 if all(r["errors"] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
