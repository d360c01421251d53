"""An actor's page: their timeline across tracks, who they met and how often, proposals they
made or answered, concessions they gave or demanded — all from the published read model."""

from django.db.models import Count, F, Func
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from ..models import Actor, TimelineEntry
from ..models.timeline import Cursor
from ..presentation import mark_headings
from .common import cached, htmx_partial, render_entries, vary_on_htmx

PAGE_SIZE = 30
SECTION_LIMIT = 25
ROLE_WORDS = {"giver": "gives", "receiver": "demands or receives"}


def _with_role(entries: list[TimelineEntry], actor: Actor) -> list[TimelineEntry]:
    for entry in entries:
        role = next((a.get("role") for a in entry.actors if a.get("id") == actor.pk), "") or ""
        entry.actor_role = ROLE_WORDS.get(role, role.replace("_", " "))
    return entries


def met_with(actor: Actor) -> list[tuple[Actor, int]]:
    """Who the actor met, most often first (two queries, however many meetings)."""
    rows = (
        TimelineEntry.objects.filter(
            kind=TimelineEntry.Kind.MEETING, actor_ids__contains=[actor.pk]
        )
        .annotate(other=Func(F("actor_ids"), function="unnest"))
        .values("other")
        .annotate(n=Count("id"))
        .order_by("-n", "other")[: SECTION_LIMIT + 1]
    )
    counts = [(row["other"], row["n"]) for row in rows if row["other"] != actor.pk][:SECTION_LIMIT]
    actors = Actor.objects.only("name", "slug").in_bulk([pk for pk, _ in counts])
    return [(actors[pk], n) for pk, n in counts if pk in actors]


@require_safe
def actor(request: HttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor.objects.select_related("affiliation"), slug=slug)
    involving = TimelineEntry.objects.for_actors([actor.pk])
    cursor = Cursor.parse(request.GET.get("after"))
    page = involving.select_related("track").page(cursor, size=PAGE_SIZE)
    mark_headings(page.entries, request.GET.get("g") if cursor and htmx_partial(request) else None)
    render_entries(page.entries, show_track=True)
    context = {
        "actor": actor,
        "page": page,
        "cursor": cursor,
        "show_track": True,
        "next_query": f"after={page.next_cursor}&g={page.entries[-1].group_key}"
        if page.has_next
        else "",
    }
    if htmx_partial(request) and cursor:
        return vary_on_htmx(render(request, "negotiations/actor.html#page", context))

    def latest(kind):
        return _with_role(list(involving.of_kinds([kind]).ordered()[:SECTION_LIMIT]), actor)

    def summary():
        return {
            "met": met_with(actor),
            "proposals": latest(TimelineEntry.Kind.PROPOSAL),
            "responses": latest(TimelineEntry.Kind.RESPONSE),
            "concessions": latest(TimelineEntry.Kind.CONCESSION),
        }

    # The summaries span every track the actor appears in, so no one build marks them stale:
    # they live for PAGES_CACHE_SECONDS; the timeline below them is always live.
    context.update(cached(f"pages:actor:{actor.pk}", summary))
    return vary_on_htmx(render(request, "negotiations/actor.html", context))
