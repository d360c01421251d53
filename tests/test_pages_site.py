"""The dashboard and actor pages, from the published read model only."""

import datetime

import pytest
from django.urls import reverse

from negotiations.models import TimelineBuild

from .factories import make_entry

pytestmark = pytest.mark.django_db


def test_dashboard_shows_latest_open_proposals_concessions_meetings_and_builds(
    track, people, client
):
    today = datetime.date.today()
    zelensky = {
        "id": people["zelensky"].pk,
        "name": "Volodymyr Zelensky",
        "slug": "volodymyr-zelensky",
    }
    history = [
        {"stance": "rejected", "date": "2025-03-10"},
        {"stance": "accepted", "date": "2025-03-11"},
    ]
    make_entry(
        track,
        kind="proposal",
        title="30-day ceasefire",
        status="open",
        details={"stances": [{"actor": zelensky, "history": history, "current": "accepted"}]},
    )
    make_entry(
        track,
        kind="concession",
        title="Halt mobilisation",
        status="demanded",
        actors=[(people["zelensky"], "giver"), (people["putin"], "receiver")],
    )
    make_entry(
        track,
        kind="meeting",
        title="Summit ahead",
        status="scheduled",
        date=today + datetime.timedelta(days=10),
    )
    TimelineBuild.objects.create(track=track, mode="full", outcome="failed", error="boom")
    response = client.get(reverse("negotiations:dashboard"))
    html = response.content.decode()
    assert "30-day ceasefire" in html and "Halt mobilisation" in html and "Summit ahead" in html
    stances = response.context["open_proposals"][0].stances
    assert [(s["actor"]["name"], s["status"]) for s in stances] == [
        ("Volodymyr Zelensky", "accepted")
    ]
    assert "Last rebuild failed" in html
    assert "boom" not in html  # errors are for editors


def test_actor_page_counts_meetings_and_lists_roles(track, people, client):
    for day in (1, 2, 3):
        make_entry(
            track,
            title=f"Call {day}",
            date=datetime.date(2025, 3, day),
            actors=[people["trump"], people["putin"]],
        )
    make_entry(track, title="Visit", actors=[people["witkoff"], people["putin"]])
    make_entry(
        track,
        kind="concession",
        title="Withdraw troops",
        status="demanded",
        actors=[(people["putin"], "giver"), (people["zelensky"], "receiver")],
    )
    make_entry(track, title="Unrelated", actors=[people["zelensky"]])
    response = client.get(reverse("negotiations:actor", args=["vladimir-putin"]))
    assert [(a.name, n) for a, n in response.context["met"]] == [
        ("Donald Trump", 3),
        ("Steve Witkoff", 1),
    ]
    html = response.content.decode()
    assert "Withdraw troops" in html and "gives" in html
    assert "Unrelated" not in html


def test_names_in_any_script_are_marked_for_direction(track, people, client):
    make_entry(track, title="محادثات في الدوحة", actors=[people["qatar"]])
    html = client.get(reverse("negotiations:track", args=[track.slug])).content.decode()
    assert '<a href="/entries/' in html and 'dir="auto">محادثات في الدوحة</a>' in html
    assert 'dir="auto">قطر</a>' in html


def test_unknown_track_and_actor_are_404(client, db):
    assert client.get(reverse("negotiations:track", args=["nope"])).status_code == 404
    assert client.get(reverse("negotiations:actor", args=["nope"])).status_code == 404


def test_dates_are_shown_at_their_precision(track, client):
    make_entry(track, title="a", date=datetime.date(2025, 3, 18))
    make_entry(track, title="b", date=datetime.date(2025, 3, 1), precision="month")
    make_entry(track, title="c", date=datetime.date(2025, 1, 1), precision="year")
    make_entry(track, title="d", date=None)
    html = client.get(reverse("negotiations:track", args=[track.slug])).content.decode()
    for text in ("18 Mar 2025", ">March 2025<", "2025 (month not known)", "Date unknown"):
        assert text in html
