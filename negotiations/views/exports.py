"""Feeds and exports of a track, for exactly the filter the reader has applied."""

import csv

from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from .. import exports
from ..forms import TimelineFilterForm
from ..models import TimelineEntry, Track

ATOM_LIMIT = 50


class _Echo:
    def write(self, value):
        return value


def _selection(request: HttpRequest, slug: str):
    track = get_object_or_404(Track, slug=slug)
    form = TimelineFilterForm(request.GET)
    entries = form.apply(TimelineEntry.objects.for_track(track))
    title = track.name + (f" — {form.describe()}" if form.is_filtered else "")
    return track, form, entries, title


def _url_for(request: HttpRequest):
    return lambda entry: request.build_absolute_uri(entry.get_absolute_url())


def _filename(track: Track, form: TimelineFilterForm, ext: str) -> str:
    return f"{track.slug}{'-filtered' if form.is_filtered else ''}.{ext}"


@require_safe
def track_csv(request: HttpRequest, slug: str) -> StreamingHttpResponse:
    track, form, entries, _ = _selection(request, slug)
    url_for = _url_for(request)
    writer = csv.writer(_Echo())

    def rows():
        yield "\ufeff"  # a BOM, so spreadsheet programs read the names' scripts right
        yield writer.writerow(exports.CSV_COLUMNS)
        for entry in entries.ordered(newest_first=False).iterator(chunk_size=2000):
            yield writer.writerow(exports.csv_row(entry, url_for(entry)))

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(track, form, "csv")}"'
    return response


@require_safe
def track_json(request: HttpRequest, slug: str) -> JsonResponse:
    track, form, entries, title = _selection(request, slug)
    url_for = _url_for(request)
    return JsonResponse(
        {
            "track": {
                "name": track.name,
                "slug": track.slug,
                "url": request.build_absolute_uri(track.get_absolute_url()),
            },
            "title": title,
            "filters": dict(form.params()),
            "plover_version": "PLOVER 2021 event categories; mapping in negotiations/presentation.py",
            "entries": [
                exports.entry_record(entry, url_for(entry))
                for entry in entries.ordered(newest_first=False).iterator(chunk_size=2000)
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
def track_timelinejs(request: HttpRequest, slug: str) -> JsonResponse:
    track, _form, entries, title = _selection(request, slug)
    document = exports.timelinejs(
        title,
        track.description,
        entries.ordered(newest_first=False).iterator(chunk_size=2000),
        _url_for(request),
    )
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # newsrooms embed it from their own pages
    return response


@require_safe
def track_atom(request: HttpRequest, slug: str) -> HttpResponse:
    track, form, entries, title = _selection(request, slug)
    query = form.filter_query()
    page = reverse("negotiations:track", kwargs={"slug": slug}) + (f"?{query}" if query else "")
    feed = exports.atom_feed(
        title=title,
        link=request.build_absolute_uri(page),
        feed_url=request.build_absolute_uri(request.get_full_path()),
        description=track.description or track.name,
        entries=entries.ordered()[:ATOM_LIMIT],
        url_for=_url_for(request),
    )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


@require_safe
def track_ics(request: HttpRequest, slug: str) -> StreamingHttpResponse:
    track, form, entries, title = _selection(request, slug)
    meetings = entries.of_kinds([TimelineEntry.Kind.MEETING]).ordered(newest_first=False)
    lines = exports.ics_calendar(
        title,
        meetings.iterator(chunk_size=2000),
        _url_for(request),
        host=request.get_host().split(":")[0],
        now=timezone.now(),
    )
    response = StreamingHttpResponse(lines, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{_filename(track, form, "ics")}"'
    return response
