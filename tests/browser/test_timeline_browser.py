"""The timeline in a real browser: filter without a reload, scroll for more, open an entry,
come back — with the URL matching what is shown at every step."""

import datetime

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from negotiations.demo import load_demo
from negotiations.models import Track

from ..factories import make_entry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_track(transactional_db):
    load_demo()  # curates the demo track and rebuilds its timeline
    return Track.objects.get(slug="russia-ukraine-ceasefire-2025")


def test_filter_by_actor_swaps_the_list_and_updates_the_url(
    live_server, page, demo_track, screenshot
):
    url = live_server.url + reverse("negotiations:track", args=[demo_track.slug])
    page.goto(url)
    expect(page.locator("article.entry").first).to_be_visible()
    before = page.locator("article.entry").count()
    page.evaluate("window.__stillHere = true")  # survives only if there is no full reload
    page.select_option("#add-actor", "vladimir-putin")
    page.wait_for_url("**actor=vladimir-putin**")
    expect(page.locator(".chip.actor")).to_contain_text("Vladimir Putin")
    after = page.locator("article.entry")
    assert 0 < after.count() < before
    for i in range(after.count()):
        expect(after.nth(i).locator(".actors")).to_contain_text("Vladimir Putin")
    assert page.evaluate("window.__stillHere") is True
    # The controls were re-rendered out of band: Putin is applied, the others still offered.
    assert page.locator("#add-actor option").count() > 3
    assert page.locator("#add-actor option[value=vladimir-putin]").count() == 0
    screenshot("timeline-filtered-by-actor")

    page.locator(".chip.actor").click()  # remove the filter with one click
    page.wait_for_url(lambda u: "actor=" not in u)
    expect(page.locator("article.entry")).to_have_count(before)
    assert page.evaluate("window.__stillHere") is True


def test_search_as_you_type_keeps_focus_and_url(live_server, page, demo_track):
    page.goto(live_server.url + reverse("negotiations:track", args=[demo_track.slug]))
    search = page.locator("#id_q")
    search.click()
    search.press_sequentially("Moscow", delay=30)
    page.wait_for_url("**q=Moscow**")
    entries = page.locator("article.entry")
    expect(entries.first).to_contain_text("Moscow")
    assert 0 < entries.count() < 5
    for i in range(entries.count()):
        expect(entries.nth(i)).to_contain_text("Moscow")
    expect(search).to_be_focused()
    expect(search).to_have_value("Moscow")


def test_scrolling_loads_the_next_page(live_server, page, screenshot, transactional_db):
    track = Track.objects.create(name="Long track", slug="long-track")
    for n in range(120):
        make_entry(
            track,
            title=f"Entry number {n}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            search=False,
        )
    page.goto(live_server.url + reverse("negotiations:track", args=[track.slug]))
    entries = page.locator("article.entry")
    expect(entries).to_have_count(50)
    page.locator(".load-more").scroll_into_view_if_needed()
    expect(entries).to_have_count(100)
    page.locator(".load-more").scroll_into_view_if_needed()
    expect(entries).to_have_count(120)
    expect(page.locator(".load-more")).to_have_count(0)
    titles = entries.all_inner_texts()
    assert len({t.split("\n")[0] for t in titles}) == 120
    assert "after=" not in page.url  # infinite scroll does not rewrite the address
    screenshot("timeline-after-infinite-scroll")


def test_open_an_entry_and_go_back(live_server, page, demo_track, screenshot):
    url = live_server.url + reverse("negotiations:track", args=[demo_track.slug]) + "?kind=meeting"
    page.goto(url)
    page.get_by_role("link", name="Witkoff meets Putin in Moscow").click()
    page.wait_for_url("**/entries/**")
    expect(page.get_by_role("heading", level=1)).to_have_text("Witkoff meets Putin in Moscow")
    expect(page.get_by_text("Reported by 1 source")).to_be_visible()
    screenshot("entry-permalink")
    page.go_back()
    page.wait_for_url("**kind=meeting**")
    expect(page.locator("#filter-controls input[value=meeting]")).to_be_checked()
    expect(page.get_by_role("link", name="Witkoff meets Putin in Moscow")).to_be_visible()


def test_sources_expand_to_quoted_passages(live_server, page, demo_track, screenshot):
    page.goto(live_server.url + reverse("negotiations:track", args=[demo_track.slug]))
    first = page.locator("article.entry").first
    quote = first.locator("blockquote")
    expect(quote).to_be_hidden()
    first.locator("details.sources summary").click()
    expect(quote).to_be_visible()
    page.set_viewport_size({"width": 375, "height": 800})
    screenshot("timeline-narrow-375")
