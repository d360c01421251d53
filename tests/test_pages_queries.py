"""Hot pages do the same number of queries with 5 entries as with 50 (no N+1, keyset)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from negotiations.models import Meeting, Publication, TimelineBuild

from .factories import make_entry

pytestmark = pytest.mark.django_db


def seed(track, people, n):
    cast = list(people.values())
    first = None
    for i in range(n):
        meeting = Meeting.objects.create(
            track=track,
            title=f"Meeting {i} on the ceasefire",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=i * 3),
            publication=Publication.PUBLISHED,
        )
        entry = make_entry(
            track,
            kind=["meeting", "proposal", "response", "concession"][i % 4] if i else "meeting",
            object_id=meeting.pk if i == 0 else None,
            proposal_id=1 if i % 4 == 2 else None,
            status=["held", "open", "accepted", "demanded"][i % 4],
            title=f"Meeting {i} on the ceasefire",
            date=meeting.date,
            actors=[cast[i % len(cast)], cast[(i + 1) % len(cast)]],
            sources=[
                {
                    "id": i,
                    "title": "t",
                    "url": "",
                    "publisher": "p",
                    "published_on": None,
                    "quote": "q",
                }
            ],
        )
        first = first or entry
    TimelineBuild.objects.create(track=track, mode="full", outcome="succeeded")
    return first


PAGES = {
    "track": lambda t, e: reverse("negotiations:track", args=[t.slug]),
    "filtered": lambda t, e: (
        reverse("negotiations:track", args=[t.slug])
        + "?actor=vladimir-putin&kind=meeting&kind=proposal&since=2025-01&q=ceasefire"
    ),
    "entry": lambda t, e: e.get_absolute_url(),
    "actor": lambda t, e: reverse("negotiations:actor", args=["vladimir-putin"]),
    "dashboard": lambda t, e: reverse("negotiations:dashboard"),
}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("page", PAGES)
def test_query_count_is_flat_as_entries_grow(
    page, track, people, client, django_assert_max_num_queries
):
    first = seed(track, people, 5)
    few = count_queries(client, PAGES[page](track, first))
    seed(track, people, 45)
    with django_assert_max_num_queries(few):
        client.get(PAGES[page](track, first))
    print(f"{page}: {few} queries")
    assert few <= 10, f"{page} uses {few} queries"
