"""Small builders for the read model, so page tests do not depend on the rebuild engine.

`make_entry` writes one TimelineEntry directly; `entries_from_curated` is a deliberately
plain stand-in for `timeline.rebuild_track` (published meetings, proposals with their
responses, concessions, each with its citations), good enough to give pages real rows.
"""

import calendar
import datetime
import itertools

from django.contrib.postgres.search import SearchVector
from django.db.models import F, Func

from negotiations.models import (
    Actor,
    Citation,
    Concession,
    DatePrecision,
    Meeting,
    Proposal,
    ProposalResponse,
    TimelineEntry,
    Track,
)
from negotiations.models.timeline import SEARCH_CONFIG

_object_ids = itertools.count(1_000_000)
# The rebuild's ordering (negotiations/timeline.py `sort_key`), repeated so these tests do not
# depend on the engine: the last day of the claimed period, then precision, then kind; an
# unknown date after every dated entry.
UNKNOWN_DATE_SORT_KEY = 9_999_999_999
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
KIND_RANK = {"meeting": 0, "proposal": 1, "response": 2, "concession": 3}


def sort_key_for(date: datetime.date | None, precision: str, kind: str = "meeting") -> int:
    if date is None or precision not in PRECISION_RANK:
        return UNKNOWN_DATE_SORT_KEY
    if precision == DatePrecision.MONTH:
        date = date.replace(day=calendar.monthrange(date.year, date.month)[1])
    elif precision == DatePrecision.YEAR:
        date = date.replace(month=12, day=31)
    return date.toordinal() * 100 + PRECISION_RANK[precision] * 10 + KIND_RANK[kind]


def _actor_json(actor: Actor, role: str = "") -> dict:
    return {"id": actor.pk, "name": actor.name, "slug": actor.slug, "role": role}


def refresh_search_vectors(queryset=None) -> None:
    (queryset or TimelineEntry.objects.all()).update(
        search_vector=SearchVector(
            Func(F("title"), function="unaccent"),
            Func(F("summary"), function="unaccent"),
            config=SEARCH_CONFIG,
        )
    )


def make_entry(
    track: Track,
    *,
    kind: str = "meeting",
    title: str = "An entry",
    date: datetime.date | None = datetime.date(2025, 3, 18),
    precision: str = "day",
    actors: list[Actor] | list[tuple[Actor, str]] = (),
    status: str = "",
    subtype: str = "",
    summary: str = "",
    location: str = "",
    sources: list[dict] | None = None,
    object_id: int | None = None,
    proposal_id: int | None = None,
    details: dict | None = None,
    sort_key: int | None = None,
    search: bool = True,
) -> TimelineEntry:
    if date is None:
        precision = DatePrecision.UNKNOWN
    pairs = [a if isinstance(a, tuple) else (a, "") for a in actors]
    sources = sources if sources is not None else []
    entry = TimelineEntry.objects.create(
        track=track,
        kind=kind,
        object_id=object_id if object_id is not None else next(_object_ids),
        proposal_id=proposal_id,
        status=status,
        subtype=subtype,
        date=date,
        date_precision=precision,
        sort_key=sort_key if sort_key is not None else sort_key_for(date, precision, kind),
        title=title,
        summary=summary,
        location=location,
        actor_ids=[actor.pk for actor, _ in pairs],
        actors=[_actor_json(actor, role) for actor, role in pairs],
        source_count=len(sources),
        sources=sources,
        details=details or {},
    )
    if search:
        refresh_search_vectors(TimelineEntry.objects.filter(pk=entry.pk))
    return entry


def source_json(citation: Citation) -> dict:
    source = citation.source
    return {
        "id": source.pk,
        "title": source.title,
        "url": source.url,
        "publisher": source.publisher,
        "published_on": source.published_on.isoformat() if source.published_on else None,
        "quote": citation.quote,
    }


def entries_from_curated(track: Track) -> list[TimelineEntry]:
    """Rebuild a track's entries from its published curated rows (test stand-in)."""
    TimelineEntry.objects.filter(track=track).delete()
    made: list[TimelineEntry] = []

    def sources_of(**lookup):
        return [source_json(c) for c in Citation.objects.filter(**lookup).select_related("source")]

    for meeting in Meeting.objects.published().in_track(track):
        made.append(
            make_entry(
                track,
                kind="meeting",
                object_id=meeting.pk,
                title=meeting.title,
                summary=meeting.summary,
                date=meeting.date,
                precision=meeting.date_precision,
                status=meeting.status,
                subtype=meeting.format,
                location=meeting.location,
                actors=[(p.actor, p.role) for p in meeting.parties.select_related("actor")],
                sources=sources_of(meeting=meeting, response=None, stage=None),
                search=False,
            )
        )
    for proposal in Proposal.objects.published().in_track(track):
        stances: dict[int, dict] = {}
        for response in proposal.responses.select_related("actor").order_by("date", "id"):
            party = stances.setdefault(
                response.actor_id,
                {"actor": _actor_json(response.actor, "respondent"), "history": []},
            )
            party["history"].append(
                {
                    "response_id": response.pk,
                    "stance": response.stance,
                    "conditions": response.conditions,
                    "date": response.date.isoformat() if response.date else None,
                    "date_precision": response.date_precision,
                }
            )
            party["current"] = response.stance
        made.append(
            make_entry(
                track,
                kind="proposal",
                object_id=proposal.pk,
                title=proposal.title,
                summary=proposal.summary,
                date=proposal.date,
                precision=proposal.date_precision,
                status=proposal.status,
                actors=[(p.actor, p.role) for p in proposal.party_roles.select_related("actor")],
                sources=sources_of(proposal=proposal, response=None),
                details={"terms": proposal.terms, "stances": list(stances.values())},
                search=False,
            )
        )
        response: ProposalResponse
        for response in proposal.responses.select_related("actor"):
            made.append(
                make_entry(
                    track,
                    kind="response",
                    object_id=response.pk,
                    proposal_id=proposal.pk,
                    title=f"{response.actor.name} {response.get_stance_display().lower()}: {proposal.title}",
                    summary=response.conditions,
                    date=response.date,
                    precision=response.date_precision,
                    status=response.stance,
                    actors=[(response.actor, "respondent")],
                    sources=sources_of(response=response),
                    search=False,
                )
            )
    concession: Concession
    for concession in (
        Concession.objects.published().in_track(track).select_related("giver", "receiver")
    ):
        actors = [(concession.giver, "giver")]
        if concession.receiver:
            actors.append((concession.receiver, "receiver"))
        made.append(
            make_entry(
                track,
                kind="concession",
                object_id=concession.pk,
                title=concession.title,
                summary=concession.summary,
                date=concession.date,
                precision=concession.date_precision,
                status=concession.status,
                subtype=concession.category,
                actors=actors,
                sources=sources_of(concession=concession, stage=None),
                search=False,
            )
        )
    refresh_search_vectors(TimelineEntry.objects.filter(track=track))
    return made


# --- fixtures for the page tests (imported by tests/conftest.py) ----------------------------

import pytest  # noqa: E402


@pytest.fixture
def track(db):
    return Track.objects.create(name="Test talks", slug="test-talks", description="A test track.")


@pytest.fixture
def people(db):
    """A small cast, with a right-to-left name among them. The shipped reference gazetteer
    already holds the real people; reuse them as a site would."""

    def person(name: str, slug: str) -> Actor:
        actor, _ = Actor.objects.get_or_create(slug=slug, defaults={"name": name})
        return actor

    return {
        "putin": person("Vladimir Putin", "vladimir-putin"),
        "trump": person("Donald Trump", "donald-trump"),
        "zelensky": person("Volodymyr Zelensky", "volodymyr-zelensky"),
        "witkoff": person("Steve Witkoff", "steve-witkoff"),
        "qatar": Actor.objects.create(name="قطر", slug="qatar-rtl", kind=Actor.Kind.STATE),
    }
