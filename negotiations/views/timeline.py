"""A track's timeline: the overview chart, the filters and the keyset-paginated list.

One view serves the full page, the filtered list (htmx swap) and the next page (infinite
scroll); without htmx every one of those URLs is a complete page."""

from django.db.models import F, Func
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_safe
from django_htmx.http import push_url

from ..forms import TimelineFilterForm
from ..models import Actor, TimelineBuild, TimelineEntry, Track
from ..models.timeline import Cursor
from ..overview import build_overview, render_svg
from ..presentation import KINDS, mark_headings
from .common import build_marker, cached, htmx_partial, memoized, render_entries, vary_on_htmx

PAGE_SIZE = 50


def track_actors(track: Track):
    """Actors who appear in the track's published timeline, by name (one query)."""
    appearing = (
        TimelineEntry.objects.for_track(track)
        .annotate(actor_id=Func(F("actor_ids"), function="unnest"))
        .values("actor_id")
    )
    return Actor.objects.filter(pk__in=appearing).only("name", "slug").order_by("name")


def option_items(choices: list[dict]) -> list[tuple[str, str]]:
    """Each actor's slug with its escaped <option>, rendered once per track build."""
    return [
        (c["slug"], f'<option value="{escape(c["slug"])}" dir="auto">{escape(c["name"])}</option>')
        for c in choices
    ]


def actor_options(items: list[tuple[str, str]], selected: set[str]) -> SafeString:
    """The "add an actor" <option>s, joined in Python: a long track has ~2,000 actors, and a
    template loop (or escaping them per request) was a third of the page's time."""
    return mark_safe("".join(html for slug, html in items if slug not in selected))  # noqa: S308


@require_safe
def track(request: HttpRequest, slug: str) -> HttpResponse:
    track = get_object_or_404(Track, slug=slug)
    form = TimelineFilterForm(request.GET)
    cursor = Cursor.parse(request.GET.get("after"))
    entries = form.apply(TimelineEntry.objects.for_track(track))
    page = entries.page(cursor, size=PAGE_SIZE, newest_first=form.newest_first)
    partial = htmx_partial(request)
    mark_headings(page.entries, request.GET.get("g") if (cursor and partial) else None)
    render_entries(page.entries)
    context = {
        "track": track,
        "form": form,
        "page": page,
        "cursor": cursor,
        "kinds": KINDS,
        "next_query": form.query(
            after=page.next_cursor, g=page.entries[-1].group_key if page.has_next else None
        ),
        "first_query": form.query(),
    }
    if partial and cursor:  # infinite scroll: the next entries only
        return vary_on_htmx(render(request, "negotiations/track.html#page", context))

    # Both the full page and the filtered list (which re-renders the filter controls
    # out of band) need the actor choices.
    last_build = TimelineBuild.objects.filter(track=track).first()
    key = f"pages:track:{track.pk}:{build_marker(last_build)}"
    items = memoized(
        f"{key}:options",
        lambda: option_items(
            cached(f"{key}:actors", lambda: list(track_actors(track).values("name", "slug")))
        ),
    )
    context.update(
        actor_options=actor_options(items, {actor.slug for actor in form.actors}),
        last_build=last_build,
    )
    if partial:
        context["oob"] = True
        context["oob_search"] = request.htmx.trigger_name != "q"
        response = render(request, "negotiations/track.html#results", context)
        # Push the canonical URL (no empty parameters), so the address bar matches the list.
        canonical = f"{request.path}?{form.query()}" if form.query() else request.path
        return vary_on_htmx(push_url(response, canonical))

    since, until = form.value("since"), form.value("until")
    selected_week = (since.first_day(), until.last_day()) if since and until else None
    week_base = form.week_query_base()

    def draw():
        weekly = cached(
            f"{key}:weekly", lambda: TimelineEntry.objects.for_track(track).weekly_counts()
        )
        overview = build_overview(weekly, selected=selected_week)
        return overview, render_svg(overview, week_base)

    overview, svg = memoized(f"{key}:overview:{selected_week}:{week_base}", draw)
    context.update(overview=overview, overview_svg=svg)
    return vary_on_htmx(render(request, "negotiations/track.html", context))
