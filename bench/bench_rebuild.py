"""Timeline rebuild benchmarks: full rebuild, one-event refresh, commit → visible via a worker.

The machine is shared and noisy, so each number is also given as a ratio against a baseline
measured in the same run:
- full rebuild    vs. COPYing the same number of plain (title, summary) rows into an indexed
                  temporary table — "how long does merely writing that many rows take now";
- one refresh     vs. a trivial `SELECT 1` round trip;
- commit→visible  vs. a Celery `ping` task round trip through the same worker and Redis.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_bench REDIS_URL=redis://127.0.0.1:6379/3
    python bench/generate.py --events 100000 --reset      # once
    python bench/bench_rebuild.py                          # writes bench/RESULTS.md
"""

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from results import write_block

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import ROOT, setup_django  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


def baseline_plain_rows(count: int) -> float:
    """Seconds to COPY `count` plain rows into an indexed temp table, then commit."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMPORARY TABLE bench_plain (id bigserial PRIMARY KEY, title text, "
            "summary text) ON COMMIT DROP"
        )
        rows = [(f"Plain row {i}", "Lorem ipsum dolor sit amet " * 8) for i in range(count)]
        start = time.perf_counter()
        with cursor.copy("COPY bench_plain (title, summary) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute("CREATE INDEX ON bench_plain (title)")
    return time.perf_counter() - start


def baseline_round_trip(samples: int = 50) -> float:
    from django.db import connection

    with connection.cursor() as cursor:

        def one():
            cursor.execute("SELECT 1")
            cursor.fetchone()

        return median_of([timed(one) for _ in range(samples)])


def full_rebuild(parallel: int) -> dict:
    from django.db import connection

    from negotiations.models import TimelineEntry
    from negotiations.timeline import rebuild_all

    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {TimelineEntry._meta.db_table}")
        cursor.execute(f"VACUUM ANALYZE {TimelineEntry._meta.db_table}")
    cold = timed(lambda: rebuild_all(parallel=parallel))
    rows = TimelineEntry.objects.count()
    warm = timed(lambda: rebuild_all(parallel=parallel))
    return {"cold": cold, "warm": warm, "rows": rows}


def one_event_refresh(samples: int = 20) -> float:
    from negotiations.models import Meeting
    from negotiations.timeline import refresh_entries

    meetings = list(Meeting.objects.published().order_by("id")[:samples])
    times = []
    for i, meeting in enumerate(meetings):
        Meeting.objects.filter(pk=meeting.pk).update(title=f"{meeting.title[:200]} · edit {i}")
        times.append(timed(lambda m=meeting: refresh_entries(refs=[("meeting", m.pk)])))
    return median_of(times)


def start_worker() -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "negotiations.settings.base",
        "TIMELINE_REFRESH_ON_SAVE": "false",
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "celery", "-A", "negotiations", "worker", "--pool"]
    command += ["threads", "--concurrency", "2", "--loglevel", "WARNING"]
    command += ["-n", f"bench-timeline-{os.getpid()}@%h", "--without-gossip", "--without-mingle"]
    (ROOT / "var").mkdir(exist_ok=True)
    log = (ROOT / "var" / "bench-worker.log").open("w")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def commit_to_visible(samples: int = 20) -> dict:
    from django.conf import settings

    from negotiations.celery import app
    from negotiations.models import Meeting, TimelineEntry
    from negotiations.tasks import ping

    app.control.purge()
    worker = start_worker()
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                ping.delay("ready").get(timeout=5)
                break
            except Exception:
                if worker.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the benchmark worker did not start") from None
        pings = [timed(lambda: ping.delay("x").get(timeout=10)) for _ in range(samples)]
        settings.TIMELINE_REFRESH_ON_SAVE = True
        meetings = list(Meeting.objects.published().order_by("-id")[:samples])
        delays = []
        for i, meeting in enumerate(meetings):
            meeting.title = f"Visible edit {i} of {meeting.pk} at {time.time():.6f}"
            start = time.perf_counter()
            meeting.save()  # autocommit: commit, then the on-commit enqueue
            entry = TimelineEntry.objects.filter(
                kind="meeting", object_id=meeting.pk, title=meeting.title
            )
            while not entry.exists():
                if time.perf_counter() - start > 30:
                    raise RuntimeError("an edit did not reach the timeline within 30 s")
                time.sleep(0.005)
            delays.append(time.perf_counter() - start)
        settings.TIMELINE_REFRESH_ON_SAVE = False
        return {
            "median": median_of(delays),
            "max": max(delays),
            "ping": median_of(pings),
        }
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Timeline rebuild benchmarks.")
    parser.add_argument("--parallel", type=int, default=2)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--no-write", action="store_true", help="Print only.")
    args = parser.parse_args(argv)
    setup_django()
    from django.db import connection

    from negotiations.models import Concession, Meeting, Proposal, ProposalResponse

    events = Meeting.objects.count() + Proposal.objects.count() + Concession.objects.count()
    if not events:
        print("No data: run bench/generate.py first.")
        return 1
    responses = ProposalResponse.objects.count()
    print(f"database {connection.settings_dict['NAME']}: {events} events, {responses} responses")

    full = full_rebuild(args.parallel)
    plain = baseline_plain_rows(full["rows"])
    print(
        f"full rebuild: cold {full['cold']:.2f} s, warm {full['warm']:.2f} s, {full['rows']} rows"
    )
    refresh = one_event_refresh(args.samples)
    round_trip = baseline_round_trip()
    print(f"one-event refresh: {refresh * 1000:.1f} ms (SELECT 1: {round_trip * 1000:.2f} ms)")
    visible = commit_to_visible(args.samples)
    print(f"commit → visible: median {visible['median'] * 1000:.0f} ms")

    load = os.getloadavg()
    block = "\n".join(
        [
            "## Timeline rebuild",
            "",
            f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.node()} "
            f"({os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
            "— shared machine, other jobs running), PostgreSQL "
            f"{connection.cursor().connection.info.server_version // 10000}; "
            f"{events:,} events + {responses:,} responses → {full['rows']:,} entries in 10 tracks.",
            "",
            "```",
            "export DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_bench",
            "export REDIS_URL=redis://127.0.0.1:6379/3",
            "python bench/generate.py --events 100000 --reset",
            f"python bench/bench_rebuild.py --parallel {args.parallel} --samples {args.samples}",
            "```",
            "",
            "| measure | result | goal | baseline (same run) | ratio |",
            "|---|---|---|---|---|",
            f"| full rebuild, empty table (cold), {args.parallel} tracks at a time "
            f"| {full['cold']:.2f} s | ≤ 15 s | COPY {full['rows']:,} plain rows: {plain:.2f} s "
            f"| {full['cold'] / plain:.1f}× |",
            f"| full rebuild, nothing changed (warm: nightly case) | {full['warm']:.2f} s | — "
            f"| same | {full['warm'] / plain:.1f}× |",
            f"| refresh of one edited event (median of {args.samples}) "
            f"| {refresh * 1000:.1f} ms | — | SELECT 1: {round_trip * 1000:.2f} ms "
            f"| {refresh / round_trip:.0f}× |",
            f"| commit → entry visible via a real worker (median of {args.samples}) "
            f"| {visible['median'] * 1000:.0f} ms (max {visible['max'] * 1000:.0f} ms) | ≤ 1 s "
            f"| Celery ping round trip: {visible['ping'] * 1000:.0f} ms "
            f"| {visible['median'] / visible['ping']:.1f}× |",
        ]
    )
    print(block)
    if not args.no_write:
        write_block("timeline-rebuild", block)
        print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
