"""The permalink of one entry: the event, its sources and quotes, its stance history or life
cycle, related entries and its public correction history."""

import datetime

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from ..corrections import CURATED, public_corrections
from ..models import ConcessionStage, Publication, TimelineEntry

RELATED_WINDOW = datetime.timedelta(days=14)


def _curated_is_public(entry: TimelineEntry) -> bool:
    """The read model may lag a moment behind an unpublish or a delete; the curated row
    decides. (For a response, its proposal's publication state.)"""
    if entry.kind == TimelineEntry.Kind.RESPONSE:
        return (
            CURATED["response"]
            .objects.filter(pk=entry.object_id, proposal__publication=Publication.PUBLISHED)
            .exists()
        )
    return CURATED[entry.kind].objects.published().filter(pk=entry.object_id).exists()


@require_safe
def entry(request: HttpRequest, pk: int) -> HttpResponse:
    if pk >= 2**63:  # beyond bigint: no such entry (and not a database error)
        raise Http404("No such published entry.")
    entry = get_object_or_404(TimelineEntry.objects.select_related("track"), pk=pk)
    if not _curated_is_public(entry):
        raise Http404("No such published entry.")

    stances = stages = []
    proposal = None
    if entry.kind == TimelineEntry.Kind.PROPOSAL:
        stances = list(
            TimelineEntry.objects.filter(
                kind=TimelineEntry.Kind.RESPONSE, proposal_id=entry.object_id
            ).order_by("sort_key", "id")
        )
    elif entry.kind == TimelineEntry.Kind.RESPONSE:
        proposal = TimelineEntry.objects.filter(  # (kind, object_id) is unique and indexed
            kind=TimelineEntry.Kind.PROPOSAL, object_id=entry.proposal_id
        ).first()
        stances = list(
            TimelineEntry.objects.filter(
                kind=TimelineEntry.Kind.RESPONSE, proposal_id=entry.proposal_id
            ).order_by("sort_key", "id")
        )
    elif entry.kind == TimelineEntry.Kind.CONCESSION:
        stages = list(
            ConcessionStage.objects.filter(concession_id=entry.object_id).order_by("date", "id")
        )

    related = []
    if entry.date and entry.actor_ids:
        related = list(
            TimelineEntry.objects.for_track(entry.track)
            .filter(
                actor_ids__overlap=entry.actor_ids,
                date__range=(entry.date - RELATED_WINDOW, entry.date + RELATED_WINDOW),
            )
            .exclude(pk=entry.pk)
            .ordered(newest_first=False)[:10]
        )
    return render(
        request,
        "negotiations/entry.html",
        {
            "entry": entry,
            "track": entry.track,
            "stances": stances,
            "stages": stages,
            "proposal": proposal,
            "related": related,
            "corrections": public_corrections(entry.kind, entry.object_id),
        },
    )
