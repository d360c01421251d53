"""Benchmark: 1,000 articles imported by `manage.py import_articles`, extracted by two real
Celery worker processes (one job each, so concurrency 2 in total).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_bench_import \
    REDIS_URL=redis://127.0.0.1:6379/5 \
    python bench/bench_import.py [--articles 1000] [--workers 2]

Measures: import throughput (Sources stored per second by the command), end-to-end
throughput (articles per second from the start of the import until the last extraction
finished), nothing lost (every article a Source, every Source extracted), no duplicate
Source (the same files imported a second time store nothing), and the peak resident memory
of each worker process (psutil, sampled every 0.2 s). Writes the block between
<!-- import:start --> and <!-- import:end --> in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path("/work/shared/articles")
FALLBACK = ROOT / "negotiations" / "demo_data"
RESULTS = ROOT / "bench" / "RESULTS.md"
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/ct_bench_import"
DEFAULT_REDIS = "redis://127.0.0.1:6379/5"
START, END = "<!-- import:start -->", "<!-- import:end -->"


def ensure_database(url: str) -> None:
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "select 1 from pg_database where datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'create database "{name}"')


def make_articles(folder: Path, count: int) -> list[Path]:
    """`count` distinct articles: the public set and the seed, each copy given its own
    dateline and a shuffled order of paragraphs, so no two fingerprints collide."""
    sources = sorted(
        [p for p in ARTICLES.glob("*") if p.suffix in (".txt", ".html")]
        or list(FALLBACK.glob("*.txt"))
    )
    rng = random.Random(20261126)
    paths = []
    for index in range(count):
        template = sources[index % len(sources)]
        raw = template.read_text(encoding="utf-8")
        if template.suffix == ".html":
            at = raw.index("<p", raw.index("<body")) if "<body" in raw else 0
            at = raw.index(">", at) + 1
            body = (
                raw[:at] + f"Bench edition {index}, wire copy number {index * 7 + 3}: " + raw[at:]
            )
            target = folder / f"article-{index:04d}.html"
        else:
            paragraphs = [p for p in raw.split("\n") if p.strip()]
            head, rest = paragraphs[:1], paragraphs[1:]
            rng.shuffle(rest)
            body = "\n".join(
                [*head, f"Bench edition {index}: wire copy number {index * 7 + 3}.", *rest]
            )
            target = folder / f"article-{index:04d}.txt"
        target.write_text(body, encoding="utf-8")
        paths.append(target)
    return paths


class MemorySampler(threading.Thread):
    """Peak RSS of each worker process (and its children), sampled every 0.2 s."""

    def __init__(self, processes):
        super().__init__(daemon=True)
        import psutil

        self.handles = [psutil.Process(p.pid) for p in processes]
        self.peaks = [0] * len(processes)
        self.stop = threading.Event()

    def run(self):
        import psutil

        while not self.stop.is_set():
            for i, handle in enumerate(self.handles):
                try:
                    rss = handle.memory_info().rss + sum(
                        c.memory_info().rss for c in handle.children(recursive=True)
                    )
                except psutil.Error:
                    continue
                self.peaks[i] = max(self.peaks[i], rss)
            self.stop.wait(0.2)


def django_setup(env: dict) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-write", action="store_true", help="do not update RESULTS.md")
    args = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL", DEFAULT_DB)
    if not database_url.rstrip("/").endswith("ct_bench_import"):
        print("refusing to run: DATABASE_URL must name the ct_bench_import database")
        return 2
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": os.environ.get("REDIS_URL", DEFAULT_REDIS),
        "DJANGO_SETTINGS_MODULE": "negotiations.settings.base",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    ensure_database(database_url)
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    django_setup(env)
    from django.db import connection

    from negotiations.celery import app
    from negotiations.models import Candidate, Source

    # A clean slate: earlier runs' imported sources go; the demo (the gazetteer) stays.
    subprocess.run([*manage, "load_demo"], cwd=ROOT, env=env, check=True, capture_output=True)
    Source.objects.filter(origin="command").delete()
    others = app.control.ping(timeout=1.0)
    if others:
        print(f"refusing to run: workers already consume this broker: {others}")
        return 2
    app.control.purge()
    imported_sources = Source.objects.filter(origin="command")

    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    make_articles(folder, args.articles)

    workers = []
    for index in range(args.workers):
        workers.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "negotiations",
                    "worker",
                    "--pool",
                    "solo",
                    "--loglevel",
                    "WARNING",
                    "-n",
                    f"bench{index}-{os.getpid()}@%h",
                    "--without-gossip",
                    "--without-mingle",
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=open(ROOT / "var" / f"bench-worker-{index}.log", "w"),  # noqa: SIM115
            )
        )
    try:
        sampler = MemorySampler(workers)
        sampler.start()
        from negotiations.tasks import ping

        for _ in range(60):
            try:
                ping.delay("bench").get(timeout=5)
                break
            except Exception:  # noqa: BLE001 - waiting for the workers to come up
                time.sleep(0.5)

        consumers = 0
        for _ in range(30):  # both workers up and answering before the clock starts
            consumers = len(app.control.ping(timeout=1.0))
            if consumers >= args.workers:
                break
        command = [*manage, "import_articles", str(folder), "--published", "2025-03-17"]
        started = time.monotonic()
        subprocess.run(command, cwd=ROOT, env=env, check=True, stderr=subprocess.DEVNULL)
        imported = time.monotonic()
        deadline = imported + 3600
        while time.monotonic() < deadline:
            pending = imported_sources.exclude(extraction_status__in=["done", "failed"]).count()
            if pending == 0:
                break
            time.sleep(0.25)
        finished = time.monotonic()
        connection.close()

        # Import the same files again: nothing new may be stored.
        again = subprocess.run(
            [*manage, "import_articles", str(folder), "--no-extract"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    finally:  # never leave workers behind, whatever failed
        if "sampler" in locals():
            sampler.stop.set()
            sampler.join()
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()

    sources = imported_sources.count()
    done = imported_sources.filter(extraction_status="done").count()
    failed = imported_sources.filter(extraction_status="failed").count()
    distinct = imported_sources.values("content_hash").distinct().count()
    candidates = Candidate.objects.filter(source__origin="command").count()
    recorded = sum(imported_sources.values_list("candidate_count", flat=True))
    import_seconds = imported - started
    total_seconds = finished - started
    rows = {
        "articles": args.articles,
        "worker processes answering on the broker": consumers,
        "sources stored": sources,
        "distinct content hashes": distinct,
        "extracted (done / failed)": f"{done} / {failed}",
        "candidates stored (= sum of Source.candidate_count)": f"{candidates} (= {recorded})",
        "second import of the same files": again.stdout.strip(),
        "import command: wall time": f"{import_seconds:.1f} s ({args.articles / import_seconds:.0f} articles/s stored)",
        "import → last extraction done": f"{total_seconds:.1f} s",
        "end-to-end throughput": f"{args.articles / total_seconds:.1f} articles/s",
        "load average (1 min) when done": f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(other jobs on the machine count too)",
        **{
            f"peak RSS worker {i + 1}": f"{peak / 1_048_576:.0f} MB"
            for i, peak in enumerate(sampler.peaks)
        },
    }
    ok = (
        sources == args.articles == distinct
        and done + failed == sources
        and candidates == recorded
        and again.stdout.strip().startswith("0 imported")
        and consumers == args.workers
    )
    lines = [
        START,
        "## Import: 1,000 articles through two Celery workers",
        "",
        f"Run {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC on "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, PostgreSQL and Redis "
        "local; workers `celery worker --pool solo` × 2 (concurrency 2 in total); the "
        "articles are the public set and the seed, each copy with its own dateline line and "
        "shuffled paragraphs (HTML pages with the edition line in their first paragraph).",
        "",
        "```",
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_bench_import \\",
        "REDIS_URL=redis://127.0.0.1:6379/5 python bench/bench_import.py --articles "
        f"{args.articles} --workers {args.workers}",
        "# which runs, among the rest:",
        "python manage.py import_articles DIR --published 2025-03-17",
        "```",
        "",
        "| measure | value |",
        "| --- | --- |",
        *[f"| {key} | {value} |" for key, value in rows.items()],
        "",
        f"Checks: nothing lost, no duplicate Source, candidates consistent — **{'pass' if ok else 'FAIL'}**.",
        END,
    ]
    block = "\n".join(lines)
    print(block)
    if not args.no_write:
        text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
        if START in text and END in text:
            head, rest = text.split(START, 1)
            _, tail = rest.split(END, 1)
            text = head + block + tail
        else:
            text = text.rstrip("\n") + "\n\n" + block + "\n"
        RESULTS.write_text(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
