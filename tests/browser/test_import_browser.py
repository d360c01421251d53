"""Real Chromium: paste an article → watch extraction progress → review → accept."""

import os
from pathlib import Path

import pytest
from django.urls import reverse

from .conftest import CHROMIUM, CHROMIUM_ARGS

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # live_server + sync Playwright

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "negotiations" / "demo_data" / "seed-it-trump-putin-call.txt"


@pytest.fixture
def import_browser_page():
    """A Chromium page of our own (named apart from pytest-playwright's `page`)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(30_000)
        yield page
        context.close()
        browser.close()


@pytest.mark.browser
@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_editor_pastes_an_article_watches_progress_and_accepts_a_candidate(
    celery_worker, live_server, import_browser_page, django_user_model
):
    from django.contrib.auth.models import Group, Permission

    from negotiations.models import Meeting, Source, Track

    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.set(Permission.objects.filter(content_type__app_label="negotiations"))
    user = django_user_model.objects.create_user("desk", password="desk-pass", is_staff=True)
    user.groups.add(group)
    track = Track.objects.create(name="Russia–Ukraine ceasefire 2025")
    page = import_browser_page
    results = ROOT / "test-results"
    results.mkdir(exist_ok=True)

    page.goto(live_server.url + reverse("admin:login"))
    page.fill("#id_username", "desk")
    page.fill("#id_password", "desk-pass")
    page.click("input[type=submit]")
    page.goto(live_server.url + reverse("admin:index"))
    page.click("text=Import articles and review extracted events")

    page.fill("textarea[name=text]", SEED.read_text())
    page.fill("input[name=published]", "2025-03-17")
    page.select_option("select[name=track]", str(track.pk))
    page.click("button:has-text('Import and extract')")

    # Progress appears and turns into the review without a reload.
    page.wait_for_selector("#import-status")
    url_before = page.url
    page.wait_for_selector("#import-status.imp-status-done", timeout=60_000)
    assert page.url == url_before
    page.wait_for_selector("mark")
    source = Source.objects.get()
    assert page.locator(".imp-candidate").count() >= 1
    assert f"{source.candidate_count} candidate" in page.inner_text("#import-status")
    page.screenshot(path=str(results / "import-review.png"))

    meeting_card = page.locator(".imp-candidate", has=page.locator(".imp-kind-meeting")).first
    card_id = meeting_card.get_attribute("id")
    page.evaluate("window.__same_document = true")  # survives only if nothing reloads
    meeting_card.locator("button:has-text('Accept')").click()
    page.wait_for_selector("#review-messages .imp-msg-success:has-text('Accepted as meeting')")
    assert page.evaluate("window.__same_document === true")  # htmx swapped, no reload
    assert page.locator(f"#{card_id}").inner_text().count("Accepted") >= 1  # now in "Decided"
    assert page.locator(".imp-counts").first.inner_text().startswith("1 accepted")
    page.screenshot(path=str(results / "import-accepted.png"), full_page=True)
    meeting = Meeting.objects.get()
    assert meeting.publication == "draft" and meeting.citations.get().source == source
