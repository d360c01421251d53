"""The front page: every active track at a glance."""

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from ..models import TimelineBuild, TimelineEntry, Track
from .common import build_marker, cached

LATEST_PER_TRACK = 4
LIST_LIMIT = 8


def _latest_stances(responses: list[TimelineEntry]) -> dict[int, list[TimelineEntry]]:
    """proposal id → each party's latest response (responses come in date order)."""
    by_proposal: dict[int, dict[tuple, TimelineEntry]] = {}
    for response in responses:
        by_proposal.setdefault(response.proposal_id, {})[tuple(response.actor_ids)] = response
    return {pid: list(latest.values()) for pid, latest in by_proposal.items()}


def _overview(tracks: list[Track]) -> dict:
    """The dashboard's lists. Whole-site aggregates: computed once per build (or minute)."""
    entries = TimelineEntry.objects.filter(track__in=tracks)

    # One UNION ALL of per-track "newest N" queries: each walks the (track, sort_key, id)
    # index, so the cost stays flat however long the tracks grow.
    per_track = [
        TimelineEntry.objects.for_track(track)
        .filter(date__isnull=False)
        .ordered()[:LATEST_PER_TRACK]
        for track in tracks
    ]
    latest = list(per_track[0].union(*per_track[1:], all=True)) if per_track else []
    latest.sort(key=lambda e: (-e.sort_key, -e.pk))

    open_proposals = list(
        entries.filter(kind=TimelineEntry.Kind.PROPOSAL, status="open")
        .select_related("track")
        .ordered()[:LIST_LIMIT]
    )
    stances = _latest_stances(
        list(
            entries.filter(
                kind=TimelineEntry.Kind.RESPONSE,
                proposal_id__in=[p.object_id for p in open_proposals],
            ).ordered(newest_first=False)
        )
    )
    for proposal in open_proposals:
        proposal.stances = stances.get(proposal.object_id, [])

    concessions = list(
        entries.filter(kind=TimelineEntry.Kind.CONCESSION)
        .select_related("track")
        .ordered()[: LIST_LIMIT * 2]
    )
    by_party: dict[str, list[TimelineEntry]] = {}
    for concession in concessions:
        giver = next((a for a in concession.actors if a.get("role") == "giver"), None) or (
            concession.actors[0] if concession.actors else {"name": "Unattributed"}
        )
        by_party.setdefault(giver.get("name", "Unattributed"), []).append(concession)

    today = timezone.localdate()
    scheduled = entries.filter(kind=TimelineEntry.Kind.MEETING, status="scheduled").select_related(
        "track"
    )
    return {
        "latest": latest,
        "open_proposals": open_proposals,
        "concessions_by_party": sorted(by_party.items()),
        "upcoming": list(
            scheduled.filter(date__gte=today).ordered(newest_first=False)[:LIST_LIMIT]
        ),
        "unconfirmed": list(
            scheduled.filter(Q(date__lt=today) | Q(date__isnull=True)).ordered()[:5]
        ),
    }


def dashboard(request: HttpRequest) -> HttpResponse:
    tracks = list(Track.objects.filter(is_active=True))
    builds = {
        build.track_id: build
        for build in TimelineBuild.objects.filter(track__in=tracks)
        .order_by("track_id", "-started_at")
        .distinct("track_id")
    }
    marker = ",".join(f"{t.pk}:{build_marker(builds.get(t.pk))}" for t in tracks)
    lists = cached(f"pages:dashboard:{timezone.localdate()}:{marker}", lambda: _overview(tracks))
    for track in tracks:
        track.latest_entries = [e for e in lists["latest"] if e.track_id == track.pk]
        track.last_build = builds.get(track.pk)
    return render(request, "negotiations/dashboard.html", {"tracks": tracks, **lists})
