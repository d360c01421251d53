"""Synthetic curated data for benchmarks: N events (default 100k) across tracks and actors.

Deterministic for a given seed; written with `bulk_create` (no signals, no history rows) into
the database DATABASE_URL names, after migrating it. Meant for a throwaway database:

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_bench
    python bench/generate.py --events 100000 --reset

From Python (other benchmarks): `from bench.generate import generate; generate(events=10_000)`
(Django must be set up: `bench.generate.setup_django()` does it).
"""

import argparse
import datetime
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST_DAY = datetime.date(2023, 1, 1)
DAYS = 3 * 365
BATCH = 5_000

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ser",
    "gei",
    "vla",
    "di",
    "mir",
    "ol",
    "ek",
    "san",
    "dr",
    "yu",
    "li",
    "ya",
    "na",
    "ta",
    "ro",
    "ste",
    "fan",
    "wit",
    "kof",
    "ru",
    "bi",
]
PLACES = [
    "Riyadh",
    "Istanbul",
    "Genève",
    "Moscow",
    "Kyiv",
    "Washington",
    "Doha",
    "Città del Vaticano",
    "München",
    "Abu Dhabi",
]
WORDS = {
    "en": [
        "ceasefire",
        "talks",
        "prisoners",
        "exchange",
        "ports",
        "grain",
        "corridor",
        "withdrawal",
        "troops",
        "guarantees",
        "energy",
        "infrastructure",
        "sanctions",
        "monitoring",
    ],
    "it": [
        "cessate",
        "il",
        "fuoco",
        "negoziati",
        "prigionieri",
        "scambio",
        "porti",
        "corridoio",
        "ritiro",
        "truppe",
        "garanzie",
        "città",
        "centrale",
        "nucleare",
        "sanzioni",
    ],
    "de": [
        "Waffenstillstand",
        "Verhandlungen",
        "Gefangene",
        "Austausch",
        "Häfen",
        "Korridor",
        "Rückzug",
        "Truppen",
        "Garantien",
        "Kraftwerk",
        "Sanktionen",
        "Gespräch",
    ],
}


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "negotiations.settings.base")
    os.environ.setdefault("TIMELINE_REFRESH_ON_SAVE", "false")
    import django

    django.setup()


def _sentence(rng: random.Random, words: int = 12) -> str:
    language = rng.choice(list(WORDS))
    return " ".join(rng.choice(WORDS[language]) for _ in range(words)).capitalize() + "."


def _claimed_date(rng: random.Random):
    """(date, precision) as the model stores them: 80% day, 12% month, 5% year, 3% unknown."""
    from negotiations.models import DatePrecision, normalize_claimed_date

    roll = rng.random()
    precision = (
        DatePrecision.DAY
        if roll < 0.80
        else DatePrecision.MONTH
        if roll < 0.92
        else DatePrecision.YEAR
        if roll < 0.97
        else DatePrecision.UNKNOWN
    )
    day = FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS))
    return normalize_claimed_date(day, precision), precision


def reset() -> None:
    """Empty every table of the app (the benchmark database only!)."""
    from django.apps import apps
    from django.db import connection

    tables = [model._meta.db_table for model in apps.get_app_config("negotiations").get_models()]
    tables += [
        model._meta.db_table
        for model in apps.get_models()
        if model._meta.db_table.startswith("negotiations_historical")
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {', '.join(sorted(set(tables)))} RESTART IDENTITY CASCADE")


def generate(
    *, events: int = 100_000, tracks: int = 10, actors: int = 2_000, seed: int = 20251126
) -> dict[str, int]:
    """Create the data; returns row counts per model. Events split 45% meetings, 20%
    proposals, 35% concessions; 90% published. Every event has 1–3 citations."""
    from django.utils import timezone
    from django.utils.text import slugify

    from negotiations.models import (
        Actor,
        Alias,
        Citation,
        Concession,
        ConcessionStage,
        Meeting,
        MeetingParticipant,
        Proposal,
        ProposalParty,
        ProposalResponse,
        Publication,
        Source,
        Track,
        content_fingerprint,
    )
    from negotiations.names import normalize_name

    rng = random.Random(seed)
    now = timezone.now()
    counts: dict[str, int] = {}

    def bulk(model, objects):
        created = model.objects.bulk_create(objects, batch_size=BATCH)
        counts[model.__name__] = counts.get(model.__name__, 0) + len(created)
        return created

    track_rows = bulk(
        Track,
        [Track(name=f"Bench track {i:02d}", slug=f"bench-track-{i:02d}") for i in range(tracks)],
    )

    actor_objects = []
    for i in range(actors):
        name = " ".join(
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
            for _ in range(2)
        )
        actor_objects.append(
            Actor(
                name=name,
                normalized_name=normalize_name(name),
                slug=f"{slugify(name)}-{i}",
                kind=rng.choice(["person", "person", "state", "organization"]),
            )
        )
    actor_rows = bulk(Actor, actor_objects)
    alias_objects = []
    for actor in actor_rows:
        surname = actor.name.split()[-1]
        variants = {surname, actor.name.replace("v", "w").replace("i", "ï"), actor.name.upper()}
        for text in variants:
            alias_objects.append(
                Alias(actor=actor, text=text, normalized=normalize_name(text), language="de")
            )
    seen = set()
    alias_objects = [
        a
        for a in alias_objects
        if (a.actor_id, a.normalized) not in seen and not seen.add((a.actor_id, a.normalized))
    ]
    bulk(Alias, alias_objects)

    source_rows = bulk(
        Source,
        [
            Source(
                url=f"https://news.example/{seed}/{i}",
                title=f"Report {i}: {_sentence(rng, 6)}",
                publisher=rng.choice(["Reuters", "ANSA", "dpa", "Kyiv Independent", "TASS"]),
                language=rng.choice(["en", "it", "de"]),
                published_on=FIRST_DAY + datetime.timedelta(days=rng.randrange(DAYS)),
                text=(text := f"Article {seed}-{i}. " + _sentence(rng, 80)),
                content_hash=content_fingerprint(text),
                origin=Source.Origin.COMMAND,
            )
            for i in range(max(events // 5, 1))
        ],
    )

    def event_fields(i: int) -> dict:
        date, precision = _claimed_date(rng)
        published = rng.random() < 0.9
        return {
            "track": track_rows[i % tracks],
            "title": _sentence(rng, 7)[:-1],
            "summary": _sentence(rng, 25),
            "date": date,
            "date_precision": precision,
            "publication": Publication.PUBLISHED if published else Publication.DRAFT,
            "published_at": now if published else None,
        }

    n_meetings, n_proposals = int(events * 0.45), int(events * 0.20)
    n_concessions = events - n_meetings - n_proposals
    meetings = bulk(
        Meeting,
        [
            Meeting(
                **event_fields(i),
                format=rng.choice(["phone_call", "in_person", "virtual"]),
                status=rng.choice(["held", "held", "scheduled", "postponed"]),
                location=rng.choice(PLACES),
            )
            for i in range(n_meetings)
        ],
    )
    bulk(
        MeetingParticipant,
        [
            MeetingParticipant(
                meeting=meeting,
                actor=actor,
                role=rng.choice(["participant", "host", "visitor", "mediator"]),
            )
            for meeting in meetings
            for actor in rng.sample(actor_rows, rng.randint(2, 4))
        ],
    )

    proposals = bulk(
        Proposal,
        [Proposal(**event_fields(i), terms=_sentence(rng, 30)) for i in range(n_proposals)],
    )
    bulk(
        ProposalParty,
        [
            ProposalParty(proposal=proposal, actor=actor, role=role)
            for proposal in proposals
            for actor, role in zip(
                rng.sample(actor_rows, 3),
                ["proposer", "addressee", "mediator"][: rng.randint(1, 3)],
                strict=False,
            )
        ],
    )
    responses = []
    for proposal in proposals:
        for actor in rng.sample(actor_rows, rng.randint(0, 3)):
            date, precision = _claimed_date(rng)
            responses.append(
                ProposalResponse(
                    proposal=proposal,
                    actor=actor,
                    stance=rng.choice(["accepted", "rejected", "conditional", "pending"]),
                    conditions=_sentence(rng, 10) if rng.random() < 0.3 else "",
                    date=date,
                    date_precision=precision,
                )
            )
    responses = bulk(ProposalResponse, responses)

    concessions = []
    for i in range(n_concessions):
        giver, receiver = rng.sample(actor_rows, 2)
        concessions.append(
            Concession(
                **event_fields(i),
                giver=giver,
                receiver=receiver if rng.random() < 0.85 else None,
                category=rng.choice(
                    ["territorial", "military", "humanitarian", "site_control", "economic"]
                ),
                status=rng.choice(["demanded", "offered", "agreed", "implemented"]),
            )
        )
    concessions = bulk(Concession, concessions)
    stages = []
    for concession in concessions:
        for status in ["demanded", "offered", "agreed"][: rng.randint(1, 3)]:
            date, precision = _claimed_date(rng)
            stages.append(
                ConcessionStage(
                    concession=concession, status=status, date=date, date_precision=precision
                )
            )
    stages = bulk(ConcessionStage, stages)

    citations = []

    def cite(**target):
        for source in rng.sample(source_rows, rng.randint(1, 3)):
            citations.append(Citation(source=source, quote=_sentence(rng, 15), **target))

    for meeting in meetings:
        cite(meeting=meeting)
    for proposal in proposals:
        cite(proposal=proposal)
    for response in responses[::3]:
        cite(proposal_id=response.proposal_id, response=response)
    for concession in concessions:
        cite(concession=concession)
    for stage in stages[::4]:
        cite(concession_id=stage.concession_id, stage=stage)
    bulk(Citation, citations)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--tracks", type=int, default=10)
    parser.add_argument("--actors", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=20251126)
    parser.add_argument("--reset", action="store_true", help="Empty the app's tables first.")
    args = parser.parse_args(argv)
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    print(f"database: {connection.settings_dict['NAME']}")
    call_command("migrate", verbosity=0)
    if args.reset:
        reset()
    start = time.perf_counter()
    counts = generate(events=args.events, tracks=args.tracks, actors=args.actors, seed=args.seed)
    for name, count in counts.items():
        print(f"{name:>20}: {count:>8}")
    print(f"generated in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
