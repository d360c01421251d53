"""The overview chart: weeks by kind, milestones, precision honoured, a link per week."""

import datetime
import re

import pytest
from django.urls import reverse

from negotiations.models import TimelineEntry
from negotiations.overview import build_overview, render_svg

from .factories import make_entry

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def chart_entries(track):
    make_entry(track, title="m1", date=D(2025, 3, 11))  # Tuesday, week of 10 March
    make_entry(track, title="m2", date=D(2025, 3, 13))
    make_entry(track, title="p", kind="proposal", date=D(2025, 3, 12))
    make_entry(track, title="c", kind="concession", date=D(2025, 2, 1), precision="month")
    make_entry(track, title="y", date=D(2025, 1, 1), precision="year")
    make_entry(track, title="u", date=None)


def test_weeks_count_day_dated_entries_by_kind(track, chart_entries):
    overview = build_overview(TimelineEntry.objects.for_track(track).weekly_counts())
    week = next(w for w in overview.weeks if w.start == D(2025, 3, 10))
    assert week.counts == {"meeting": 2, "proposal": 1}
    assert [m.kind for m in week.milestones] == ["proposal"]
    assert week.label == "Week of 10 Mar 2025: 2 meetings, 1 proposal"
    # The month-dated concession is a span over February, not a bar in its first week.
    assert [(s.kind, s.month) for s in overview.spans] == [("concession", D(2025, 2, 1))]
    assert overview.not_drawn == 2  # the year-dated and the undated entries


def test_each_week_links_to_its_entries_keeping_other_filters(track, chart_entries, client):
    url = reverse("negotiations:track", args=[track.slug])
    html = client.get(url, {"kind": "meeting"}).content.decode()
    assert 'href="?kind=meeting&amp;since=2025-03-10&amp;until=2025-03-16"' in html
    assert 'href="?kind=meeting&amp;since=2025-02&amp;until=2025-02"' in html
    week = client.get(url, {"since": "2025-03-10", "until": "2025-03-16"})
    assert sorted(e.title for e in week.context["page"].entries) == ["m1", "m2", "p"]
    assert 'class="week selected"' in week.content.decode()


def test_svg_escapes_and_has_no_inline_style(track, chart_entries):
    overview = build_overview(TimelineEntry.objects.for_track(track).weekly_counts())
    svg = render_svg(overview, 'q=<script>"x"')
    assert "<script>" not in svg and "style=" not in svg
    assert len(re.findall(r"<a href=", svg)) == len(overview.weeks) + len(overview.spans)
    assert all(f"<title>{w.label}</title>" in svg for w in overview.weeks)


def test_empty_track_has_no_chart(track, client):
    html = client.get(reverse("negotiations:track", args=[track.slug])).content.decode()
    assert "<svg" not in html and "no weekly picture" in html
