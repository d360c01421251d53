"""Turning timeline entries into the formats newsrooms and calendars read: CSV, JSON, Atom,
iCalendar (meetings) and TimelineJS. Pure functions over TimelineEntry rows; the views only
pick the rows (the track and the reader's current filter) and stream the result."""

import datetime
from collections.abc import Iterable, Iterator

from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from .models import DatePrecision, TimelineEntry
from .presentation import plover_category

CSV_COLUMNS = [
    "id",
    "url",
    "kind",
    "status",
    "subtype",
    "plover",
    "date",
    "date_precision",
    "date_display",
    "title",
    "summary",
    "location",
    "actors",
    "source_count",
    "source_urls",
]


def entry_record(entry: TimelineEntry, absolute_url: str) -> dict:
    """One entry as plain data (the JSON export's element)."""
    return {
        "id": entry.pk,
        "url": absolute_url,
        "kind": entry.kind,
        "status": entry.status,
        "subtype": entry.subtype,
        "plover": plover_category(entry.kind, entry.status, entry.subtype),
        "date": entry.date.isoformat() if entry.date else None,
        "date_precision": entry.date_precision,
        "date_display": entry.date_display,
        "title": entry.title,
        "summary": entry.summary,
        "location": entry.location,
        "actors": [
            {"name": a.get("name"), "slug": a.get("slug"), "role": a.get("role")}
            for a in entry.actors
        ],
        "source_count": entry.source_count,
        "sources": [
            {
                "title": s.get("title"),
                "url": s.get("url"),
                "publisher": s.get("publisher"),
                "published_on": s.get("published_on"),
                "quote": s.get("quote"),
            }
            for s in entry.sources
        ],
    }


def csv_row(entry: TimelineEntry, absolute_url: str) -> list:
    record = entry_record(entry, absolute_url)
    return [
        *(record[column] or "" for column in CSV_COLUMNS[:12]),
        "; ".join(a["name"] or "" for a in record["actors"]),
        record["source_count"],
        " ".join(s["url"] for s in record["sources"] if s["url"]),
    ]


# --- TimelineJS ---------------------------------------------------------------------------


def timelinejs_date(entry: TimelineEntry) -> dict | None:
    """TimelineJS start_date at the entry's precision; undated entries cannot be placed."""
    if entry.date is None or entry.date_precision == DatePrecision.UNKNOWN:
        return None
    date = {"year": entry.date.year}
    if entry.date_precision in (DatePrecision.MONTH, DatePrecision.DAY):
        date["month"] = entry.date.month
    if entry.date_precision == DatePrecision.DAY:
        date["day"] = entry.date.day
    return date


def timelinejs(title: str, description: str, entries: Iterable[TimelineEntry], url_for) -> dict:
    """A TimelineJS3 document (https://timeline.knightlab.com/docs/json-format.html)."""
    events = []
    for entry in entries:
        start = timelinejs_date(entry)
        if start is None:
            continue
        actors = ", ".join(a.get("name", "") for a in entry.actors)
        events.append(
            {
                "unique_id": f"entry-{entry.pk}",
                "start_date": start,
                "display_date": entry.date_display,
                "group": entry.get_kind_display(),
                "text": {
                    "headline": entry.title,
                    "text": " ".join(
                        part
                        for part in (
                            entry.summary,
                            f"Actors: {actors}." if actors else "",
                            f"Sources: {entry.source_count}. {url_for(entry)}",
                        )
                        if part
                    ),
                },
            }
        )
    return {"title": {"text": {"headline": title, "text": description}}, "events": events}


# --- iCalendar (RFC 5545), written by hand -------------------------------------------------


def ics_escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (§3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


MEETING_ICS_STATUS = {"scheduled": "TENTATIVE", "held": "CONFIRMED", "cancelled": "CANCELLED"}


def ics_calendar(
    name: str, entries: Iterable[TimelineEntry], url_for, host: str, now: datetime.datetime
) -> Iterator[str]:
    """Yield the calendar's folded lines, each ending in CRLF.

    Only meetings dated to the day become events (all-day VEVENTs): a calendar cannot hold
    "March 2025", and inventing a day would be worse than leaving it out.
    """

    def line(text: str) -> str:
        return ics_fold(text) + "\r\n"

    yield line("BEGIN:VCALENDAR")
    yield line("VERSION:2.0")
    yield line("PRODID:-//Ceasefire Tracker//Meetings//EN")
    yield line("CALSCALE:GREGORIAN")
    yield line("METHOD:PUBLISH")
    yield line(f"X-WR-CALNAME:{ics_escape(name)}")
    stamp = now.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    for entry in entries:
        if entry.kind != TimelineEntry.Kind.MEETING or entry.date_precision != DatePrecision.DAY:
            continue
        url = url_for(entry)
        actors = ", ".join(a.get("name", "") for a in entry.actors)
        description = "\n".join(
            part for part in (entry.summary, f"Actors: {actors}" if actors else "", url) if part
        )
        yield line("BEGIN:VEVENT")
        yield line(f"UID:entry-{entry.pk}@{host}")
        yield line(f"DTSTAMP:{stamp}")
        yield line(f"DTSTART;VALUE=DATE:{entry.date:%Y%m%d}")
        yield line(f"DTEND;VALUE=DATE:{entry.date + datetime.timedelta(days=1):%Y%m%d}")
        yield line(f"SUMMARY:{ics_escape(entry.title)}")
        if entry.location:
            yield line(f"LOCATION:{ics_escape(entry.location)}")
        yield line(f"DESCRIPTION:{ics_escape(description)}")
        yield line(f"URL:{url}")
        if entry.status in MEETING_ICS_STATUS:
            yield line(f"STATUS:{MEETING_ICS_STATUS[entry.status]}")
        yield line("TRANSP:TRANSPARENT")
        yield line("END:VEVENT")
    yield line("END:VCALENDAR")


# --- Atom -----------------------------------------------------------------------------------


def atom_feed(
    *, title: str, link: str, feed_url: str, description: str, entries, url_for
) -> Atom1Feed:
    feed = Atom1Feed(
        title=title, link=link, description=description, feed_url=feed_url, language="en"
    )
    for entry in entries:
        url = url_for(entry)
        feed.add_item(
            title=f"{entry.date_display} · {entry.title}",
            link=url,
            unique_id=url,
            # Atom1Feed declares summaries type="html": escape, so readers show text, not markup.
            description=escape(entry.summary),
            updateddate=entry.built_at,
            pubdate=entry.built_at,
            categories=[entry.get_kind_display()],
        )
    return feed
