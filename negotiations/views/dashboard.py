"""The front page: every active track at a glance."""

import hashlib

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from ..models import TimelineBuild, TimelineEntry, Track
from .common import build_marker, cached

LATEST_PER_TRACK = 4
LIST_LIMIT = 8


def _newest_per_track(
    tracks: list[Track], n: int, *q, newest_first: bool = True, **conditions
) -> list[TimelineEntry]:
    """The newest `n` matching entries of each track, newest first, in ONE query: a UNION ALL
    of per-track LIMIT queries, each walking the (track, kind, sort_key) or (track, sort_key,
    id) index backwards, so the cost stays flat however long the tracks grow."""
    parts = [
        TimelineEntry.objects.for_track(track)
        .filter(*q, **conditions)
        .ordered(newest_first=newest_first)[:n]
        for track in tracks
    ]
    if not parts:
        return []
    rows = list(parts[0].union(*parts[1:], all=True))
    rows.sort(key=lambda e: (e.sort_key, e.pk), reverse=newest_first)
    tracks_by_id = {track.pk: track for track in tracks}
    for row in rows:
        row.track = tracks_by_id[row.track_id]  # no query per row
    return rows


def _overview(tracks: list[Track]) -> dict:
    """The dashboard's lists. Whole-site aggregates: computed once per build (or minute)."""
    latest = _newest_per_track(tracks, LATEST_PER_TRACK, date__isnull=False)
    open_proposals = _newest_per_track(
        tracks, LIST_LIMIT, kind=TimelineEntry.Kind.PROPOSAL, status="open"
    )[:LIST_LIMIT]
    for proposal in open_proposals:
        # The rebuild stores each party's stance history on the proposal's entry.
        proposal.stances = [
            {"actor": party.get("actor", {}), "status": party.get("current", "")}
            for party in proposal.details.get("stances", [])
        ]

    concessions = _newest_per_track(tracks, LIST_LIMIT * 2, kind=TimelineEntry.Kind.CONCESSION)[
        : LIST_LIMIT * 2
    ]
    by_party: dict[str, list[TimelineEntry]] = {}
    for concession in concessions:
        giver = next((a for a in concession.actors if a.get("role") == "giver"), None) or (
            concession.actors[0] if concession.actors else {"name": "Unattributed"}
        )
        by_party.setdefault(giver.get("name", "Unattributed"), []).append(concession)

    today = timezone.localdate()
    scheduled = {"kind": TimelineEntry.Kind.MEETING, "status": "scheduled"}
    return {
        "latest": latest,
        "open_proposals": open_proposals,
        "concessions_by_party": sorted(by_party.items()),
        # sort_key is "last day of the claimed period × 100 + ranks" (timeline.sort_key), so
        # nothing dated today or later has a smaller key: the bound lets the index skip the past.
        "upcoming": _newest_per_track(
            tracks,
            LIST_LIMIT,
            newest_first=False,
            sort_key__gte=today.toordinal() * 100,
            date__gte=today,
            **scheduled,
        )[:LIST_LIMIT],
        "unconfirmed": _newest_per_track(
            tracks, 5, Q(date__lt=today) | Q(date__isnull=True), **scheduled
        )[:5],
    }


@require_safe
def dashboard(request: HttpRequest) -> HttpResponse:
    tracks = list(Track.objects.filter(is_active=True))
    builds = {
        build.track_id: build
        for build in TimelineBuild.objects.filter(track__in=tracks)
        .order_by("track_id", "-started_at")
        .distinct("track_id")
    }
    marker = ",".join(f"{t.pk}:{build_marker(builds.get(t.pk))}" for t in tracks)
    digest = hashlib.sha1(marker.encode(), usedforsecurity=False).hexdigest()
    lists = cached(f"pages:dashboard:{timezone.localdate()}:{digest}", lambda: _overview(tracks))
    for track in tracks:
        track.latest_entries = [e for e in lists["latest"] if e.track_id == track.pk]
        track.last_build = builds.get(track.pk)
    return render(request, "negotiations/dashboard.html", {"tracks": tracks, **lists})
