"""Keyset pagination on (sort_key, id): no entry twice, none skipped, either order."""

import datetime

import pytest
from django.urls import reverse

from negotiations.models import TimelineEntry
from negotiations.models.timeline import Cursor

from .factories import make_entry

pytestmark = pytest.mark.django_db


def walk(queryset, size, newest_first):
    seen, cursor, pages = [], None, 0
    while True:
        page = queryset.page(cursor, size=size, newest_first=newest_first)
        seen += [entry.pk for entry in page.entries]
        pages += 1
        if not page.has_next:
            return seen, pages
        cursor = page.next_cursor


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize("count", [10, 11, 9, 1, 0])
def test_pages_cover_every_entry_once_at_boundaries(track, count, newest_first):
    for day in range(count):
        make_entry(track, title=f"e{day}", date=datetime.date(2025, 1, 1 + day), search=False)
    expected = list(
        TimelineEntry.objects.for_track(track)
        .ordered(newest_first=newest_first)
        .values_list("pk", flat=True)
    )
    seen, pages = walk(TimelineEntry.objects.for_track(track), 5, newest_first)
    assert seen == expected
    # Exactly 10 entries at 5 a page is two pages, not a third empty one.
    assert pages == max(1, -(-count // 5))


@pytest.mark.parametrize("newest_first", [True, False])
def test_ties_on_the_same_sort_key_are_ordered_by_id(track, newest_first):
    for n in range(7):
        make_entry(track, title=f"same day {n}", sort_key=42, search=False)
    seen, _ = walk(TimelineEntry.objects.for_track(track), 3, newest_first)
    ids = sorted(TimelineEntry.objects.values_list("pk", flat=True), reverse=newest_first)
    assert seen == ids


def test_last_page_has_no_next_link(track, client):
    for day in range(3):
        make_entry(track, date=datetime.date(2025, 1, 1 + day), search=False)
    response = client.get(reverse("negotiations:track", args=[track.slug]))
    assert not response.context["page"].has_next
    assert b"Load more" not in response.content


def test_next_page_link_is_a_real_link_and_continues_the_order(track, client, monkeypatch):
    monkeypatch.setattr("negotiations.views.timeline.PAGE_SIZE", 2)
    for day in range(5):
        make_entry(track, title=f"d{day}", date=datetime.date(2025, 1, 1 + day), search=False)
    url = reverse("negotiations:track", args=[track.slug])
    first = client.get(url, {"order": "oldest"})
    assert [e.title for e in first.context["page"].entries] == ["d0", "d1"]
    next_query = first.context["next_query"]
    assert "order=oldest" in next_query and "after=" in next_query
    assert f'href="?{next_query.replace("&", "&amp;")}"' in first.content.decode()
    second = client.get(f"{url}?{next_query}")
    assert [e.title for e in second.context["page"].entries] == ["d2", "d3"]
    assert second.context["page"].has_next


def test_malformed_cursor_shows_the_first_page(track, client):
    make_entry(track, title="first")
    response = client.get(reverse("negotiations:track", args=[track.slug]), {"after": "x_y"})
    assert [e.title for e in response.context["page"].entries] == ["first"]
    assert Cursor.parse("12_34") == Cursor(12, 34)


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize("size", [2, 3, 4, 10])
def test_undated_entries_close_the_list_in_either_order(track, newest_first, size):
    dated = [
        make_entry(track, title=f"d{n}", date=datetime.date(2025, 1, 1 + n), search=False)
        for n in range(4)
    ]
    undated = [make_entry(track, title=f"u{n}", date=None, search=False) for n in range(3)]
    seen, _ = walk(TimelineEntry.objects.for_track(track), size, newest_first)
    dated_ids = [e.pk for e in (reversed(dated) if newest_first else dated)]
    undated_ids = sorted((e.pk for e in undated), reverse=newest_first)
    assert seen == dated_ids + undated_ids
