"""One view, two renderings: htmx gets the fragment, everyone else the full page."""

import datetime
import re

import pytest
from django.urls import reverse

from .factories import make_entry

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def entries(track, people):
    return [
        make_entry(track, title="Putin call", actors=[people["putin"]]),
        make_entry(track, title="Kyiv visit", actors=[people["zelensky"]], kind="proposal"),
    ]


def test_htmx_filter_request_returns_the_list_only(track, entries, client):
    url = reverse("negotiations:track", args=[track.slug])
    partial = client.get(url, {"actor": "vladimir-putin"}, **HTMX)
    full = client.get(url, {"actor": "vladimir-putin"})
    body = partial.content.decode()
    assert "<html" not in body and "<svg" not in body
    assert "Putin call" in body and "Kyiv visit" not in body
    assert 'id="filter-controls"' in body and 'hx-swap-oob="true"' in body
    assert partial["HX-Push-Url"] == f"{url}?actor=vladimir-putin"
    full_body = full.content.decode()
    assert "<html" in full_body and "Putin call" in full_body and "Kyiv visit" not in full_body
    ids = re.compile(r'<article class="entry[^"]*" id="entry-(\d+)"')
    assert ids.findall(body) == ids.findall(full_body) != []


def test_typing_in_search_does_not_replace_the_search_box(track, entries, client):
    url = reverse("negotiations:track", args=[track.slug])
    typed = client.get(url, {"q": "putin"}, HTTP_HX_TRIGGER_NAME="q", **HTMX)
    assert 'id="filter-search"' not in typed.content.decode()
    chip = client.get(url, {"q": "putin"}, **HTMX)
    assert 'id="filter-search"' in chip.content.decode()


def test_boosted_request_gets_the_full_page(track, entries, client):
    url = reverse("negotiations:track", args=[track.slug])
    response = client.get(url, HTTP_HX_BOOSTED="true", **HTMX)
    assert "<html" in response.content.decode()


def test_load_more_fragment_has_no_repeated_month_heading(track, client, monkeypatch):
    monkeypatch.setattr("negotiations.views.timeline.PAGE_SIZE", 2)
    for day in range(4):
        make_entry(track, title=f"d{day}", date=datetime.date(2025, 3, 1 + day), search=False)
    url = reverse("negotiations:track", args=[track.slug])
    first = client.get(url)
    more = client.get(f"{url}?{first.context['next_query']}", **HTMX)
    body = more.content.decode()
    assert "<html" not in body and 'id="filter-controls"' not in body
    assert "March 2025</h2>" not in body  # still under the heading shown above
    assert "HX-Push-Url" not in more
    full = client.get(f"{url}?{first.context['next_query']}")
    assert "March 2025</h2>" in full.content.decode()  # a page on its own gets its heading


def test_every_hx_get_has_an_href(track, entries, client):

    html = client.get(reverse("negotiations:track", args=[track.slug])).content.decode()
    for tag in re.findall(r"<a [^>]*hx-get=[^>]*>", html):
        assert "href=" in tag, tag
    assert "hx-on" not in html and " style=" not in html and "<script>" not in html


def test_history_restore_gets_the_full_page_and_responses_vary_on_htmx(track, entries, client):
    url = reverse("negotiations:track", args=[track.slug])
    response = client.get(url, HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HTMX)
    assert "<html" in response.content.decode()
    assert "HX-Request" in response["Vary"]


def test_filtered_list_keeps_the_actor_choices_in_the_controls(track, entries, client):
    url = reverse("negotiations:track", args=[track.slug])
    body = client.get(url, {"kind": "meeting"}, **HTMX).content.decode()
    assert '<option value="vladimir-putin" dir="auto">Vladimir Putin</option>' in body
    chosen = client.get(url, {"actor": "vladimir-putin"}, **HTMX).content.decode()
    assert '<input type="hidden" name="actor" value="vladimir-putin">' in chosen
    assert '<option value="vladimir-putin"' not in chosen  # already applied
    assert '<option value="volodymyr-zelensky"' in chosen


def test_track_aggregates_are_cached_until_the_next_build(
    track, entries, client, settings, django_assert_max_num_queries
):
    from negotiations.models import TimelineBuild

    settings.PAGES_CACHE_SECONDS = 60
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    url = reverse("negotiations:track", args=[track.slug])
    client.get(url)
    # track, the page (dated entries, then undated ones when the dated run out), last build
    with django_assert_max_num_queries(4):
        client.get(url)
    make_entry(track, title="New after rebuild", actors=[])
    TimelineBuild.objects.create(track=track, mode="full", outcome="succeeded")
    assert "New after rebuild" in client.get(url).content.decode()


def test_entry_fragments_are_cached_by_content(track, people, client, settings):
    from negotiations.models import TimelineEntry
    from negotiations.views import common

    settings.PAGES_CACHE_SECONDS = 60
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    entry = make_entry(track, title="First wording", actors=[people["putin"]])
    url = reverse("negotiations:track", args=[track.slug])
    assert "First wording" in client.get(url).content.decode()
    rendered = []
    original = common.render_to_string
    common.render_to_string = lambda *a, **k: rendered.append(a) or original(*a, **k)
    try:
        client.get(url)
        assert rendered == []  # served from the fragment cache
        TimelineEntry.objects.filter(pk=entry.pk).update(
            title="Corrected wording", fingerprint="v2"
        )
        assert "Corrected wording" in client.get(url).content.decode()
        assert len(rendered) == 1
    finally:
        common.render_to_string = original


def test_actor_choices_and_overview_follow_a_rebuild_when_cached(track, people, client, settings):
    from negotiations.models import TimelineBuild

    settings.PAGES_CACHE_SECONDS = 60
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    make_entry(track, title="Early call", date=datetime.date(2025, 2, 3), actors=[people["putin"]])
    TimelineBuild.objects.create(track=track, mode="full", outcome="succeeded")
    url = reverse("negotiations:track", args=[track.slug])
    first = client.get(url).content.decode()
    assert 'value="vladimir-putin"' in first and 'value="steve-witkoff"' not in first
    filtered = client.get(url, {"actor": "vladimir-putin"}).content.decode()
    assert '<option value="vladimir-putin"' not in filtered  # already applied, not offered

    make_entry(
        track, title="Later visit", date=datetime.date(2025, 6, 9), actors=[people["witkoff"]]
    )
    assert 'value="steve-witkoff"' not in client.get(url).content.decode()  # same build
    TimelineBuild.objects.create(track=track, mode="incremental", outcome="succeeded")
    after = client.get(url).content.decode()
    assert 'value="steve-witkoff"' in after
    svg = after[after.index("<svg") : after.index("</svg>")]
    assert "Jun 2025" in svg  # the overview's axis grew with the track
