"""Public-page benchmark: latency and SQL queries per page at 1k and 100k timeline entries.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_pages_bench \
    REDIS_URL=redis://127.0.0.1:6379/4 PYTHONPATH=. \
    python bench/bench_pages.py [--sizes 1000 100000] [--requests 100] [--write]

It fills the database named by DATABASE_URL (migrating it first; the database is the
benchmark's own and is emptied) with synthetic TimelineEntry rows — 10 tracks, 2,000 actors,
entries over six years in the precisions and kinds real tracks have — then requests each page
in-process through Django's full WSGI stack (middleware, URL routing, templates, database),
next to a trivial view on the same stack, and reports p50/p95 and the p50 ratio. `--write`
replaces the `pages` block of bench/RESULTS.md with the results.

When bench/generate.py (the timeline rebuild's 100k-event generator) exists, curated data and
a real rebuild would be the fuller test; this generator writes read-model rows directly so
the pages can be measured on their own.
"""

import argparse
import calendar
import datetime
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

from results import write_block

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.urls import include, path, reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from negotiations.models import Actor, TimelineBuild, TimelineEntry, Track  # noqa: E402
from negotiations.models.timeline import SEARCH_CONFIG  # noqa: E402

TRACKS = 10
ACTORS = 2000
START = datetime.date(2020, 1, 1)
DAYS = 6 * 365
KINDS = ["meeting"] * 40 + ["proposal"] * 15 + ["response"] * 25 + ["concession"] * 20
PRECISIONS = ["day"] * 80 + ["month"] * 12 + ["year"] * 5 + ["unknown"] * 3
STATUSES = {
    "meeting": ["held", "held", "held", "scheduled", "postponed", "cancelled"],
    "proposal": ["open", "agreed", "rejected", "withdrawn"],
    "response": ["accepted", "rejected", "conditional", "pending"],
    "concession": ["demanded", "offered", "agreed", "implemented", "violated", "discussed"],
}
WORDS = [
    "ceasefire",
    "truce",
    "talks",
    "envoy",
    "withdrawal",
    "prisoners",
    "exchange",
    "corridor",
    "humanitarian",
    "ports",
    "tregua",
    "colloqui",
    "negoziati",
    "città",
    "presidente",
    "Waffenstillstand",
    "Gespräche",
    "Präsident",
    "Gefangene",
    "négociations",
    "cessez-le-feu",
    "sécurité",
    "garanties",
    "Zaporizhzhia",
    "Black",
    "Sea",
    "grain",
    "sanctions",
    "monitoring",
    "mission",
    "observers",
    "energy",
    "infrastructure",
    "strikes",
    "moratorium",
    "referendum",
]
# Weighted like real sort_key (timeline.py): last day of the claimed period, precision, kind.
UNKNOWN_SORT_KEY = 9_999_999_999
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
KIND_RANK = {"meeting": 0, "proposal": 1, "response": 2, "concession": 3}


def sort_key(date, precision, kind):
    if date is None:
        return UNKNOWN_SORT_KEY
    if precision == "month":
        date = date.replace(day=calendar.monthrange(date.year, date.month)[1])
    elif precision == "year":
        date = date.replace(month=12, day=31)
    return date.toordinal() * 100 + PRECISION_RANK[precision] * 10 + KIND_RANK[kind]


def reset() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "truncate negotiations_timelineentry, negotiations_timelinebuild, "
            "negotiations_track, negotiations_actor restart identity cascade"
        )


def ensure_cast() -> tuple[list[Track], list[Actor]]:
    if Track.objects.count() == TRACKS:
        return list(Track.objects.order_by("pk")), list(Actor.objects.order_by("pk"))
    reset()
    tracks = Track.objects.bulk_create(
        [
            Track(name=f"Track {n}", slug=f"track-{n}", description="Synthetic")
            for n in range(TRACKS)
        ]
    )
    scripts = ["Actor {}", "Актор {}", "فاعل {}", "Akteur {}"]
    actors = Actor.objects.bulk_create(
        [
            Actor(
                name=scripts[n % 4].format(n),
                normalized_name=f"actor {n}",
                slug=f"actor-{n}",
            )
            for n in range(ACTORS)
        ]
    )
    return tracks, actors


def grow_to(total: int, tracks: list[Track], actors: list[Actor], seed: int = 7) -> None:
    """Add synthetic entries until the table holds `total` rows."""
    have = TimelineEntry.objects.count()
    if have >= total:
        return
    rng = random.Random(seed + have)
    # Each track draws from its own pool of 300 actors, Zipf-like, so some actors are "hot".
    pools = {t.pk: rng.sample(actors, 300) for t in tracks}
    weights = [1 / (rank + 1) for rank in range(300)]
    batch: list[TimelineEntry] = []
    next_object = have + 1
    started = time.perf_counter()
    for _ in range(total - have):
        track = tracks[rng.randrange(TRACKS)]
        kind = rng.choice(KINDS)
        precision = rng.choice(PRECISIONS)
        date = None
        if precision != "unknown":
            date = START + datetime.timedelta(days=rng.randrange(DAYS))
            if precision == "month":
                date = date.replace(day=1)
            elif precision == "year":
                date = date.replace(month=1, day=1)
        cast = list(dict.fromkeys(rng.choices(pools[track.pk], weights, k=rng.randint(1, 4))))
        words = rng.sample(WORDS, 6)
        sources = [
            {
                "id": rng.randrange(10**6),
                "title": " ".join(rng.sample(WORDS, 5)),
                "url": f"https://news.example/{rng.randrange(10**9)}",
                "publisher": rng.choice(
                    ["Reuters", "ANSA", "Der Spiegel", "Le Monde", "Al Jazeera"]
                ),
                "published_on": (date or START).isoformat(),
                "quote": " ".join(rng.sample(WORDS, 14)),
            }
            for _ in range(rng.randint(1, 3))
        ]
        batch.append(
            TimelineEntry(
                track=track,
                kind=kind,
                object_id=next_object,
                proposal_id=rng.randrange(1, next_object + 1) if kind == "response" else None,
                status=rng.choice(STATUSES[kind]),
                subtype="military" if kind == "concession" and rng.random() < 0.3 else "",
                date=date,
                date_precision=precision,
                sort_key=sort_key(date, precision, kind),
                title=" ".join(words[:4]).capitalize(),
                summary=" ".join(words + rng.sample(WORDS, 8)),
                location=rng.choice(["", "Riyadh", "Istanbul", "Genève", "Doha"]),
                actor_ids=[a.pk for a in cast],
                actors=[
                    {"id": a.pk, "name": a.name, "slug": a.slug, "role": "participant"}
                    for a in cast
                ],
                source_count=len(sources),
                sources=sources,
                details={},
            )
        )
        next_object += 1
        if len(batch) == 5000:
            TimelineEntry.objects.bulk_create(batch)
            batch = []
    if batch:
        TimelineEntry.objects.bulk_create(batch)
    with connection.cursor() as cursor:
        cursor.execute(
            "update negotiations_timelineentry set search_vector = "
            f"to_tsvector('{SEARCH_CONFIG}', unaccent(title || ' ' || summary)) "
            "where search_vector is null"
        )
        cursor.execute("analyze negotiations_timelineentry")
    # As after a real rebuild: a new build row per track, which also moves the page-cache keys.
    now = timezone.now()
    TimelineBuild.objects.bulk_create(
        [
            TimelineBuild(track=t, mode="full", outcome="succeeded", finished_at=now, rows=total)
            for t in tracks
        ]
    )
    print(f"  grew to {total} entries in {time.perf_counter() - started:.1f}s", flush=True)


# A trivial view on the same stack, for the ratio.
def trivial(request):
    return HttpResponse("ok")


urlpatterns = [
    path("bench/trivial", trivial, name="trivial"),
    path("", include("negotiations.urls")),
]


SEARCHED: list[str] = []


def curated_dataset(events: int) -> list[Track]:
    """bench/generate.py's curated events, then the real full rebuild of every track."""
    from bench.generate import generate
    from bench.generate import reset as reset_all
    from negotiations.timeline import rebuild_all

    started = time.perf_counter()
    reset_all()
    generate(events=events)
    generated = time.perf_counter()
    rebuild_all(parallel=2)
    with connection.cursor() as cursor:
        cursor.execute("analyze negotiations_timelineentry")
    print(
        f"  generated {events} events in {generated - started:.1f}s, "
        f"rebuilt in {time.perf_counter() - generated:.1f}s",
        flush=True,
    )
    return list(Track.objects.order_by("pk"))


def search_words(track: Track) -> tuple[str, str]:
    """A word from a title in the middle of the track, and two words of one summary."""
    entries = TimelineEntry.objects.for_track(track).exclude(summary="").order_by("sort_key")
    middle = entries[entries.count() // 2]
    title_word = max(middle.title.split(), key=len).strip(".,;:")
    summary = [w.strip(".,;:") for w in middle.summary.split() if len(w) > 3]
    return title_word, " ".join(summary[-2:])


def hot_actor(track: Track) -> Actor:
    with connection.cursor() as cursor:
        cursor.execute(
            "select a, count(*) from negotiations_timelineentry, unnest(actor_ids) a "
            "where track_id = %s group by a order by 2 desc limit 1",
            [track.pk],
        )
        return Actor.objects.get(pk=cursor.fetchone()[0])


def pages(track: Track, actor: Actor) -> dict[str, str]:
    base = reverse("negotiations:track", args=[track.slug])
    one, two = search_words(track)
    SEARCHED.append(f"‘{one}’, ‘{two}’")
    # A meeting, so the permalink does the same work at every size (a proposal adds one query
    # for its stance history).
    first = (
        TimelineEntry.objects.for_track(track)
        .filter(kind="meeting")
        .order_by("-sort_key", "-id")
        .first()
    )
    middle = (
        TimelineEntry.objects.for_track(track)
        .order_by("sort_key", "id")
        .values_list("sort_key", "id")[TimelineEntry.objects.for_track(track).count() // 2]
    )
    return {
        "trivial view": "/bench/trivial",
        "timeline (track page)": base,
        "timeline, page deep in the middle": f"{base}?after={middle[0]}_{middle[1]}",
        "timeline, htmx list only": base + "?kind=meeting&hx=1",
        "filtered (actor + 2 kinds + since)": f"{base}?actor={actor.slug}&kind=meeting&kind=proposal&since=2022-01",
        "search, one word of a title": f"{base}?{urlencode({'q': one})}",
        "search, two words of a summary": f"{base}?{urlencode({'q': two})}",
        "entry permalink": first.get_absolute_url(),
        "actor page": reverse("negotiations:actor", args=[actor.slug]),
        "dashboard": reverse("negotiations:dashboard"),
        "timeline (track page), page cache off": base + "?nocache=1",
        "dashboard, page cache off": reverse("negotiations:dashboard") + "?nocache=1",
    }


def measure(client: Client, url: str, requests: int) -> tuple[float, float, int]:
    if url.endswith("nocache=1"):
        with override_settings(PAGES_CACHE_SECONDS=0):
            return measure(client, url.replace("?nocache=1", ""), requests)
    headers = {}
    if url.endswith("&hx=1"):
        url = url[: -len("&hx=1")]
        headers = {"HTTP_HX_REQUEST": "true"}
    for _ in range(5):
        client.get(url, **headers)
    executed: list[str] = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url, **headers)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return statistics.median(timings), p95, len(executed)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--data",
        choices=["curated", "synthetic"],
        default="curated",
        help="curated: bench/generate.py's events + the real rebuild (default); "
        "synthetic: read-model rows written directly by this script",
    )
    args = parser.parse_args()

    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    load_before = os.getloadavg()
    if args.data == "synthetic":
        reset()
        tracks, actors = ensure_cast()
    results: dict[int, dict[str, tuple[float, float, int]]] = {}
    sizes_seen: dict[int, int] = {}
    # The deployed default: whole-track aggregates cached in Redis for 5 minutes per build.
    with override_settings(ROOT_URLCONF=__name__, DEBUG=False, PAGES_CACHE_SECONDS=300):
        client = Client()
        for size in args.sizes:
            if args.data == "synthetic":
                grow_to(size, tracks, actors)
            else:
                tracks = curated_dataset(size)
            track = tracks[0]
            actor = hot_actor(track)
            per_track = TimelineEntry.objects.for_track(track).count()
            sizes_seen[size] = TimelineEntry.objects.count()
            print(
                f"\n{size} events → {sizes_seen[size]} entries "
                f"({per_track} in the measured track; actor {actor.slug})"
            )
            results[size] = {}
            # A fresh key prefix per run and size: nothing cached by an earlier run or a smaller
            # size may answer for this one (the actor summaries are keyed by time, not build).
            caches = {
                "default": {
                    **settings.CACHES["default"],
                    "KEY_PREFIX": f"bench-{uuid.uuid4().hex[:8]}-{size}",
                }
            }
            with override_settings(CACHES=caches):
                measure_all(client, track, actor, results[size], args.requests, args.data)
    if args.write:
        write_results(results, args, load_before, os.getloadavg(), sizes_seen)


def measure_all(client, track, actor, results, requests, data) -> None:
    from negotiations.views import entries

    if data == "synthetic":
        # Synthetic entries have no curated row behind them: let the permalink's "is the
        # curated event still published?" check pass (one primary-key query in real use).
        entries._curated_is_public = lambda entry: True
    for name, url in pages(track, actor).items():
        results[name] = measure(client, url, requests)
        p50, p95, queries = results[name]
        print(f"  {name:50s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  {queries:2d} queries")


DATA_NOTES = {
    "curated": (
        "Data: bench/generate.py's curated events (10 tracks, 2,000 actors with aliases, 90% "
        "published, 1-3 citations each), then the real `timeline.rebuild_all`: {entries}. "
        "Searches use words taken from the measured track ({searched})."
    ),
    "synthetic": (
        "Synthetic read-model rows written by this script ({entries}): 2,000 actors, each "
        "track drawing Zipf-like from 300; titles and summaries from a 40-word vocabulary, so "
        "every search word matches about a third of all entries ({searched})."
    ),
}


def write_results(results, args, load_before, load_after, sizes_seen) -> None:
    sizes = sorted(results)
    small, large = sizes[0], sizes[-1]
    trivial_p50 = results[large]["trivial view"][0]
    lines = [
        "## Public pages (bench/bench_pages.py)",
        "",
        f"Measured {datetime.date.today():%d %b %Y} on this machine ({os.cpu_count()} cores), "
        "in-process through Django's full WSGI stack (Client → middleware → view → "
        "templates → PostgreSQL, Redis page cache on as deployed), DEBUG off, "
        f"{args.requests} requests per page after 5 warm-ups. The measured track holds "
        f"~1/{TRACKS} of the entries. Load average when the run started / ended: "
        f"{load_before[0]:.1f} / {load_after[0]:.1f} (other work shares this machine, so "
        "absolute times are noisy; the query counts are exact).",
        "",
        DATA_NOTES[args.data].format(
            entries=", ".join(f"{n:,} events → {sizes_seen[n]:,} entries" for n in sizes),
            searched=" and ".join(SEARCHED),
        ),
        "",
        "```",
        "createdb -h 127.0.0.1 -U postgres ct_pages_bench  # the benchmark empties it",
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_pages_bench \\",
        "REDIS_URL=redis://127.0.0.1:6379/4 PYTHONPATH=. \\",
        f"  python bench/bench_pages.py --sizes {' '.join(map(str, sizes))} "
        f"--requests {args.requests} --data {args.data} --write",
        "```",
        "",
        f"| page | p50 ms @{large:,} | p95 ms @{large:,} | × trivial (p50) "
        f"| queries @{small:,} | queries @{large:,} |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, (p50, p95, queries) in results[large].items():
        lines.append(
            f"| {name} | {p50:.1f} | {p95:.1f} | {p50 / trivial_p50:.1f} "
            f"| {results[small][name][2]} | {queries} |"
        )
    lines += ["", f"p50 at {small:,} events, for comparison:", ""]
    lines.append(", ".join(f"{name} {values[0]:.1f} ms" for name, values in results[small].items()))
    block = "\n".join(lines)
    write_block("pages", block)
    print("\nwrote bench/RESULTS.md")


if __name__ == "__main__":
    main()
