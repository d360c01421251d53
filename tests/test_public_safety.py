"""What the public can never see or do: drafts, live article markup, write paths.

These walk every public URL (pages, filters, feeds, exports, permalinks, actor pages) with
hostile and unpublished data in the database."""

import datetime
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from negotiations import timeline
from negotiations.models import (
    Actor,
    Citation,
    Concession,
    Meeting,
    Proposal,
    Source,
    TimelineEntry,
)

pytestmark = pytest.mark.django_db

DRAFT_MARK = "Backchannel-Oman-7731"
PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">click</a>',
]


def body_of(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


LIVE_MARKUP = re.compile(r"<script>window\.__pwned|<img src=x onerror|href=\"javascript:", re.I)


def public_urls(track) -> list[str]:
    """Every public page and export, with and without filters, for the track's data."""
    entries = list(TimelineEntry.objects.filter(track=track))
    actor_slugs = {a["slug"] for e in entries for a in e.actors}
    track_urls = [
        reverse(name, kwargs={"slug": track.slug})
        for name in [
            "negotiations:track",
            "negotiations:track_csv",
            "negotiations:track_json",
            "negotiations:track_timelinejs",
            "negotiations:track_atom",
            "negotiations:track_ics",
        ]
    ]
    # Searches for words only the drafts contain; the query itself is echoed back, so the
    # marker is never searched for directly.
    filters = ["", "?kind=meeting", "?q=Muscat", "?q=Secret", "?order=oldest"]
    filters += [f"?actor={slug}" for slug in sorted(actor_slugs)]
    urls = [reverse("negotiations:dashboard"), reverse("healthz")]
    urls += [url + query for url in track_urls for query in filters]
    highest = max((e.pk for e in entries), default=0)
    urls += [reverse("negotiations:entry", kwargs={"pk": pk}) for pk in range(1, highest + 6)]
    slugs = actor_slugs | set(
        Actor.objects.filter(meeting_roles__meeting__title__contains=DRAFT_MARK).values_list(
            "slug", flat=True
        )
    )
    urls += [reverse("negotiations:actor", kwargs={"slug": slug}) for slug in sorted(slugs)]
    return urls


@pytest.fixture
def drafts(demo):
    """Unpublished events that share actors, words and dates with published ones."""
    putin = Actor.objects.get(name="Vladimir Putin")
    witkoff = Actor.objects.get(name="Steve Witkoff")
    source = Source.objects.create(text=f"An unpublished report: {DRAFT_MARK} in Oman.")
    meeting = Meeting.objects.create(
        track=demo,
        title=f"{DRAFT_MARK} meeting",
        summary="Secret talks in Oman",
        date=datetime.date(2025, 3, 14),
        location="Muscat, Oman",
    )
    meeting.parties.create(actor=putin, role="host")
    meeting.parties.create(actor=witkoff, role="visitor")
    Citation.objects.create(source=source, meeting=meeting, quote=f"{DRAFT_MARK} in Oman")
    Concession.objects.create(
        track=demo,
        title=f"{DRAFT_MARK} concession",
        giver=putin.affiliation or putin,
        receiver=witkoff.affiliation,
        date=datetime.date(2025, 3, 14),
    )
    timeline.rebuild_track(track_id=demo.pk)
    return demo


def test_drafts_never_reach_any_public_url(client, drafts):
    assert Proposal.objects.drafts().exists() and Meeting.objects.drafts().exists()
    urls = public_urls(drafts)
    assert len(urls) > 20
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        body = body_of(response)
        assert DRAFT_MARK not in body and "Oman" not in body, url
        assert "Possible in-person Trump" not in body, url


def test_a_guessed_permalink_of_an_unpublished_event_is_not_found(client, drafts):
    meeting = Meeting.objects.published().get(title="Witkoff meets Putin in Moscow")
    entry = TimelineEntry.objects.get(kind="meeting", object_id=meeting.pk)
    assert client.get(reverse("negotiations:entry", kwargs={"pk": entry.pk})).status_code == 200
    meeting.unpublish()
    timeline.rebuild_track(track_id=drafts.pk)
    assert client.get(reverse("negotiations:entry", kwargs={"pk": entry.pk})).status_code == 404


@pytest.fixture
def hostile(demo):
    """Published events whose every editor-entered field carries live markup."""
    payload = " ".join(PAYLOADS)
    actor = Actor.objects.create(name=f"Envoy {PAYLOADS[1]}", kind="person")
    source = Source.objects.create(
        title=f"Report {PAYLOADS[0]}",
        publisher=PAYLOADS[2],
        url="https://example.org/a?x=<script>",
        text=f"Text with {payload}.",
    )
    meeting = Meeting.objects.create(
        track=demo,
        title=f"Talks {PAYLOADS[0]}",
        summary=payload,
        location=PAYLOADS[1],
        date=datetime.date(2025, 3, 15),
    )
    meeting.parties.create(actor=actor, role="visitor")
    meeting.parties.create(actor=Actor.objects.get(name="Vladimir Putin"), role="host")
    Citation.objects.create(source=source, meeting=meeting, quote=payload)
    meeting.publish()
    timeline.rebuild_track(track_id=demo.pk)
    return demo


def test_editor_entered_markup_is_escaped_on_every_public_page(client, hostile):
    checked = 0
    for url in public_urls(hostile):
        response = client.get(url)
        content_type = response.get("Content-Type", "")
        body = body_of(response)
        if "html" in content_type or "xml" in content_type:
            assert not LIVE_MARKUP.search(body), url
            checked += 1
        if "atom" in content_type:
            # Atom summaries are type="html": once XML-decoded they must still be escaped
            # HTML, so a feed reader shows the markup as text instead of running it.
            import xml.etree.ElementTree as ET

            summaries = ET.fromstring(body).iter("{http://www.w3.org/2005/Atom}summary")
            for summary in summaries:
                assert summary.get("type") != "html" or "<script" not in (summary.text or ""), url
    assert checked > 10


def test_imported_article_markup_is_escaped_on_the_review_page(editor_client, demo):
    from negotiations import importing

    hostile_html = (
        "<html><head><title>Talks</title><script>window.__pwned=1</script></head><body><article>"
        "<p>Negotiators met in Geneva on Tuesday to discuss a ceasefire proposal.</p>"
        f"<p>{' '.join(PAYLOADS).replace('<', '&lt;')}</p>"
        '<p onmouseover="window.__pwned=1">The delegations will meet again next week.</p>'
        "</article></body></html>"
    )
    outcome = importing.import_article(raw=hostile_html, origin="paste", enqueue=False)
    importing.run_extraction(source_id=outcome.source.pk)
    body = editor_client.get(
        reverse("negotiations:import_review", args=[outcome.source.pk])
    ).content.decode()
    assert "Negotiators met in Geneva" in body
    assert not LIVE_MARKUP.search(body)
    assert "onmouseover" not in body


def _all_patterns(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern).startswith("admin/"):
                continue
            yield from _all_patterns(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def _sample_url(route: str, *, track, entry, source, candidate, actor, meeting) -> str:
    values = {
        "slug": track.slug,
        "pk": entry.pk,
        "event_pk": meeting.pk,
        "kind": "meeting",
    }
    if "actors/" in route:
        values["slug"] = actor.slug
    if "import/" in route or "review" in route or "candidate" in route:
        values["pk"] = candidate.pk if "candidate" in route else source.pk

    def substitute(match):
        return str(values.get(match.group(2), 1))

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", substitute, route)


def test_anonymous_users_cannot_write_anything(client, demo):
    from negotiations.models import Candidate

    source = Source.objects.first()
    candidate = Candidate.objects.create(
        source=source, ordinal=0, kind="meeting", evidence="x", date=None
    )
    entry = TimelineEntry.objects.filter(track=demo).first()
    meeting = Meeting.objects.published().first()
    actor = Actor.objects.get(name="Vladimir Putin")

    def state():
        return [
            model.objects.count()
            for model in (Source, Candidate, Meeting, Proposal, Concession, Citation, Actor)
        ], list(Candidate.objects.values_list("decision", flat=True))

    before = state()
    routes = list(_all_patterns())
    assert len(routes) > 10
    for route, _pattern in routes:
        url = _sample_url(
            route,
            track=demo,
            entry=entry,
            source=source,
            candidate=candidate,
            actor=actor,
            meeting=meeting,
        )
        response = client.post(
            url, {"title": "x", "text": "An article " * 30, "decision": "accept"}
        )
        assert response.status_code in (302, 400, 403, 404, 405), (url, response.status_code)
        if response.status_code == 302:
            assert response["Location"].startswith(reverse("admin:login")), url
    assert state() == before
