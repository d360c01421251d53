"""Feeds and exports parse, carry PLOVER codes, and respect the reader's filter."""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from negotiations.exports import ics_escape, ics_fold
from negotiations.presentation import PLOVER_CATEGORIES, plover_category

from .factories import make_entry

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def entries(track, people):
    sources = [
        {
            "id": 1,
            "title": "R",
            "url": "https://example.org/r",
            "publisher": "P",
            "published_on": "2025-03-17",
            "quote": "Q",
        }
    ]
    return {
        "call": make_entry(
            track,
            title="Trump and Putin speak; a call, at last",
            summary="Long call.\nSecond line; with a comma, and a \\ backslash.",
            date=datetime.date(2025, 3, 18),
            status="scheduled",
            location="Washington, D.C.",
            actors=[people["trump"], people["putin"]],
            sources=sources,
        ),
        "month_meeting": make_entry(
            track, title="Call in February", date=datetime.date(2025, 2, 1), precision="month"
        ),
        "proposal": make_entry(track, title="30-day ceasefire", kind="proposal", status="open"),
        "accepted": make_entry(track, title="Ukraine accepts", kind="response", status="accepted"),
        "withdrawal": make_entry(
            track,
            title="Troops withdrawn",
            kind="concession",
            status="implemented",
            subtype="military",
        ),
        "undated": make_entry(
            track, title="Ports", kind="concession", status="demanded", date=None
        ),
    }


def url(name, track, **params):
    from urllib.parse import urlencode

    base = reverse(f"negotiations:{name}", args=[track.slug])
    return f"{base}?{urlencode(params, doseq=True)}" if params else base


def test_csv_parses_with_the_csv_module(track, entries, client):
    response = client.get(url("track_csv", track))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 6
    call = next(r for r in rows if r["title"].startswith("Trump"))
    assert call["date"] == "2025-03-18" and call["plover"] == "CONSULT"
    assert call["actors"] == "Donald Trump; Vladimir Putin"
    assert call["summary"].startswith("Long call.\nSecond line")
    assert response["Content-Disposition"].startswith("attachment;")


def test_json_respects_the_filter_and_carries_plover(track, entries, client):
    data = json.loads(client.get(url("track_json", track, kind="concession")).content)
    assert {e["title"] for e in data["entries"]} == {"Troops withdrawn", "Ports"}
    assert {e["plover"] for e in data["entries"]} == {"RETREAT", "REQUEST"}
    assert data["filters"] == {"kind": "concession"}
    everything = json.loads(client.get(url("track_json", track)).content)["entries"]
    assert {e["title"]: e["plover"] for e in everything}["Ukraine accepts"] == "AGREE"
    assert next(e for e in everything if e["title"] == "Ports")["date"] is None


def test_plover_codes_are_codebook_categories():
    cases = {
        ("meeting", "held", ""): "CONSULT",
        ("proposal", "open", ""): "REQUEST",
        ("response", "accepted", ""): "AGREE",
        ("response", "rejected", ""): "REJECT",
        ("response", "pending", ""): None,
        ("concession", "demanded", "territorial"): "REQUEST",
        ("concession", "offered", "economic"): "CONCEDE",
        ("concession", "implemented", "military"): "RETREAT",
        ("concession", "implemented", "economic"): "CONCEDE",
        ("concession", "violated", "military"): "ACCUSE",
    }
    for args, code in cases.items():
        assert plover_category(*args) == code
        assert code is None or code in PLOVER_CATEGORIES


def test_ics_is_rfc5545_shaped(track, entries, client):
    response = client.get(url("track_ics", track))
    raw = b"".join(response.streaming_content).decode("utf-8")
    assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", "")
    lines = raw.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = "\r\n".join(lines).replace("\r\n ", "").split("\r\n")
    assert unfolded[0] == "BEGIN:VCALENDAR" and unfolded[-1] == "END:VCALENDAR"
    events = raw.count("BEGIN:VEVENT")
    assert events == 1  # the month-precision meeting cannot be placed on a day
    fields = dict(line.split(":", 1) for line in unfolded if ":" in line)
    assert fields["DTSTART;VALUE=DATE"] == "20250318"
    assert fields["DTEND;VALUE=DATE"] == "20250319"
    assert fields["SUMMARY"] == "Trump and Putin speak\\; a call\\, at last"
    assert fields["LOCATION"] == "Washington\\, D.C."
    assert fields["STATUS"] == "TENTATIVE"
    assert "Second line\\; with a comma\\, and a \\\\ backslash." in fields["DESCRIPTION"]
    assert fields["UID"].startswith(f"entry-{entries['call'].pk}@")


def test_ics_folding_never_splits_a_character():
    line = "SUMMARY:" + "Зеленський " * 20
    folded = ics_fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line
    assert ics_escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"


def test_atom_feed_parses(track, entries, client):
    response = client.get(url("track_atom", track, kind="meeting"))
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    titles = [e.find(f"{ATOM}title").text for e in root.findall(f"{ATOM}entry")]
    assert titles == [
        "18 Mar 2025 · Trump and Putin speak; a call, at last",
        "February 2025 · Call in February",
    ]
    assert "meetings" in root.find(f"{ATOM}title").text


def test_timelinejs_structure(track, entries, client):
    data = json.loads(client.get(url("track_timelinejs", track)).content)
    assert data["title"]["text"]["headline"] == track.name
    events = {e["text"]["headline"]: e for e in data["events"]}
    assert "Ports" not in events  # undated: TimelineJS cannot place it
    assert events["Call in February"]["start_date"] == {"year": 2025, "month": 2}
    assert events["Trump and Putin speak; a call, at last"]["start_date"] == {
        "year": 2025,
        "month": 3,
        "day": 18,
    }
    assert all(e["unique_id"].startswith("entry-") and e["group"] for e in data["events"])


def test_track_page_links_exports_for_the_current_filter(track, entries, client):
    html = client.get(
        reverse("negotiations:track", args=[track.slug]), {"kind": "meeting"}
    ).content.decode()
    for name in ("track_csv", "track_json", "track_timelinejs", "track_atom", "track_ics"):
        assert f"{reverse(f'negotiations:{name}', args=[track.slug])}?kind=meeting" in html
