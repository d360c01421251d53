"""Filtering the timeline: actors, kinds, date ranges (at the entries' precision), search."""

import datetime

import pytest
from django.urls import reverse

from negotiations.forms import TimelineFilterForm
from negotiations.models import TimelineEntry

from .factories import make_entry

pytestmark = pytest.mark.django_db
D = datetime.date


def titles(queryset):
    return sorted(queryset.values_list("title", flat=True))


def test_actor_filter_keeps_entries_involving_every_chosen_actor(track, people):
    make_entry(track, title="Call", actors=[people["trump"], people["putin"]])
    make_entry(track, title="Visit", actors=[people["witkoff"], people["putin"]])
    make_entry(track, title="Speech", actors=[people["zelensky"]])
    entries = TimelineEntry.objects.for_track(track)
    assert titles(entries.for_actors([people["putin"].pk])) == ["Call", "Visit"]
    assert titles(entries.for_actors([people["putin"].pk, people["trump"].pk])) == ["Call"]


def test_kind_filter(track):
    make_entry(track, title="M", kind="meeting")
    make_entry(track, title="P", kind="proposal")
    make_entry(track, title="C", kind="concession")
    assert titles(TimelineEntry.objects.of_kinds(["meeting", "concession"])) == ["C", "M"]


def test_date_range_respects_precision(track):
    make_entry(track, title="day", date=D(2025, 3, 12))
    make_entry(track, title="month", date=D(2025, 3, 1), precision="month")
    make_entry(track, title="year", date=D(2025, 1, 1), precision="year")
    make_entry(track, title="undated", date=None)
    entries = TimelineEntry.objects.all()
    # The week of 10 March holds the day, not "March 2025" (which may be any day of it).
    assert titles(entries.between(D(2025, 3, 10), D(2025, 3, 16))) == ["day"]
    # The whole of March holds both.
    assert titles(entries.between(D(2025, 3, 1), D(2025, 3, 31))) == ["day", "month"]
    assert titles(entries.between(None, D(2025, 12, 31))) == ["day", "month", "year"]
    assert titles(entries.between(D(2025, 2, 1), None)) == ["day", "month"]
    assert titles(entries.between(None, None)) == ["day", "month", "undated", "year"]


def test_month_filter_from_the_url_means_the_whole_month(track, client):
    make_entry(track, title="In March", date=D(2025, 3, 31))
    make_entry(track, title="In April", date=D(2025, 4, 1))
    response = client.get(reverse("negotiations:track", args=[track.slug]), {"until": "2025-03"})
    assert [e.title for e in response.context["page"].entries] == ["In March"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tregua", ["it"]),  # Italian
        ("Waffenstillstand", ["de"]),  # German
        ("ceasefire", ["en"]),  # English
        ("città", ["it"]),  # with the accent
        ("citta", ["it"]),  # without it
        ("Präsident", ["de"]),
        ("prasident", ["de"]),
        ("SELENSKYJ", ["de"]),  # case folds
        ("Zaporizhzhia -ports", ["en"]),  # web-search syntax: exclusion
        ('"halt mobilisation"', ["en"]),  # phrase
        ("", ["de", "en", "en-ports", "it"]),  # empty search filters nothing
    ],
)
def test_search_in_several_languages_with_and_without_accents(track, query, expected):
    make_entry(track, title="it", summary="Colloqui sulla tregua nella città di Gedda")
    make_entry(track, title="de", summary="Selenskyj: Präsident will Waffenstillstand")
    make_entry(track, title="en", summary="Ceasefire talks: halt mobilisation, Zaporizhzhia plant")
    make_entry(track, title="en-ports", summary="Zaporizhzhia and the Black Sea ports")
    assert titles(TimelineEntry.objects.search(query)) == expected


def test_form_describes_and_removes_each_filter(track, people):
    form = TimelineFilterForm(
        _query(actor=["vladimir-putin"], kind=["meeting"], since="2025-02", q="ceasefire")
    )
    assert form.describe() == "Vladimir Putin · meetings · since Feb 2025 · ‘ceasefire’"
    removals = {chip.label: chip.remove_query for chip in form.applied()}
    assert "actor" not in removals["Vladimir Putin"]
    assert "kind=meeting" not in removals["meetings"]
    assert "since" not in removals["since Feb 2025"] and "q=ceasefire" in removals["since Feb 2025"]


def test_bad_filter_values_are_reported_and_ignored(track, client):
    make_entry(track, title="Kept")
    response = client.get(
        reverse("negotiations:track", args=[track.slug]),
        {"since": "last tuesday", "kind": "meeting", "actor": "nobody"},
    )
    assert response.status_code == 200
    assert [e.title for e in response.context["page"].entries] == ["Kept"]
    assert b"(ignored)" in response.content


def test_filter_page_shows_what_is_applied_with_removal_links(track, people, client):
    make_entry(track, title="Call", actors=[people["putin"]])
    url = reverse("negotiations:track", args=[track.slug])
    response = client.get(url, {"actor": "vladimir-putin", "kind": "meeting", "q": "call"})
    html = response.content.decode()
    assert 'aria-label="Remove filter Vladimir Putin"' in html
    assert "Export this selection" in html
    assert "entries.csv?actor=vladimir-putin&amp;kind=meeting&amp;q=call" in html


def _query(**params):
    from django.http import QueryDict

    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return data


def test_pages_search_with_the_configuration_the_rebuild_writes():
    from negotiations import timeline
    from negotiations.models.timeline import SEARCH_CONFIG

    assert SEARCH_CONFIG == timeline.SEARCH_CONFIG


def test_search_finds_actor_aliases_and_quotes_written_by_the_rebuild(demo, client):
    url = reverse("negotiations:track", args=[demo.slug])
    # "Selenskyj" is an alias, never in a title: the rebuild indexes actor names and aliases.
    found = client.get(url, {"q": "Selenskyj"}).context["page"].entries
    assert any("Zelensky" in e.title for e in found)
    # Words from the Italian quote only.
    found = client.get(url, {"q": "cruciale"}).context["page"].entries
    assert [e.title for e in found] == ["Trump and Putin to speak by phone"]


@pytest.mark.parametrize(
    "params",
    [
        {"until": "9999-12"},
        {"since": "0001-01-01"},
        {"since": "2025-02-30"},
        {"after": "99999999999999999999999_1"},
        {"after": "5_-3"},
        {"q": "x" * 500},
        {"q": "-"},
        {"kind": "nonsense", "order": "sideways"},
    ],
)
def test_hostile_parameters_never_break_the_page(track, client, params):
    make_entry(track, title="Still here")
    response = client.get(reverse("negotiations:track", args=[track.slug]), params)
    assert response.status_code == 200
