"""Full rebuilds: what an entry holds, ordering, search, atomicity, locking, failure."""

import datetime
import threading
from datetime import timedelta

import pytest
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.utils import timezone

from negotiations import tasks, timeline
from negotiations.models import (
    Concession,
    DatePrecision,
    Meeting,
    Proposal,
    Publication,
    TimelineBuild,
    TimelineEntry,
)
from negotiations.timeline import SEARCH_CONFIG, rebuild_track, sort_key

from .timeline_helpers import entry_count_in_another_connection, snapshot

pytestmark = pytest.mark.django_db


def entry(kind: str, event) -> TimelineEntry:
    return TimelineEntry.objects.get(kind=kind, object_id=event.pk)


def search(text: str) -> set[str]:
    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    return set(TimelineEntry.objects.filter(search_vector=query).values_list("title", flat=True))


def test_demo_timeline_has_one_entry_per_published_event_and_response(demo):
    kinds = list(TimelineEntry.objects.filter(track=demo).values_list("kind", flat=True))
    assert sorted(kinds) == sorted(
        ["meeting"] * 5 + ["proposal"] + ["response"] * 2 + ["concession"] * 6
    )
    assert not TimelineEntry.objects.filter(title__contains="in-person Trump–Putin summit")


def test_response_entry_says_who_took_which_stance_on_which_proposal(demo):
    proposal = Proposal.objects.get(title__contains="30-day")
    titles = set(
        TimelineEntry.objects.filter(kind="response", proposal_id=proposal.pk).values_list(
            "title", "status"
        )
    )
    assert titles == {
        ("Ukraine accepts “US proposal for a 30-day ceasefire”", "accepted"),
        ("Russia accepts with conditions “US proposal for a 30-day ceasefire”", "conditional"),
    }


def test_month_precision_sorts_after_the_days_of_its_month_and_unknown_dates_last():
    march_31 = sort_key(datetime.date(2025, 3, 31), DatePrecision.DAY)
    march = sort_key(datetime.date(2025, 3, 1), DatePrecision.MONTH)
    april_1 = sort_key(datetime.date(2025, 4, 1), DatePrecision.DAY)
    year = sort_key(datetime.date(2025, 1, 1), DatePrecision.YEAR)
    december_31 = sort_key(datetime.date(2025, 12, 31), DatePrecision.DAY)
    next_year = sort_key(datetime.date(2026, 1, 1), DatePrecision.DAY)
    unknown = sort_key(None, DatePrecision.UNKNOWN)
    assert march_31 < march < april_1
    assert december_31 < year < next_year < unknown


def test_demo_timeline_reads_in_chronological_order(demo):
    titles = list(
        TimelineEntry.objects.filter(track=demo, kind="meeting")
        .order_by("sort_key", "id")
        .values_list("title", flat=True)
    )
    assert titles == [
        "US and Russian delegations meet in Riyadh",  # 18 Feb
        "Zelensky's Oval Office meeting with Trump ends in a clash",  # 28 Feb
        "Trump and Putin resume contact by phone",  # February 2025: after its days
        "Witkoff meets Putin in Moscow",  # 13 Mar
        "Trump and Putin to speak by phone",  # 18 Mar
    ]
    last = TimelineEntry.objects.filter(track=demo).order_by("-sort_key", "-id").first()
    assert last.date is None and last.kind == "concession"


def test_entries_carry_actors_sources_and_details(demo):
    call = entry("meeting", Meeting.objects.get(title="Trump and Putin to speak by phone"))
    assert [(a["name"], a["role"]) for a in call.actors] == [
        ("Donald Trump", "caller"),
        ("Vladimir Putin", "callee"),
    ]
    assert call.details["format"] == "phone_call" and call.details["status"] == "scheduled"
    assert call.source_count == 1
    assert call.sources[0]["published_on"] == "2025-03-17"
    assert call.sources[0]["quote"].startswith("La prossima conversazione telefonica")

    proposal = entry("proposal", Proposal.objects.get(title__contains="30-day"))
    stances = {s["actor"]["name"]: s["current"] for s in proposal.details["stances"]}
    assert stances == {"Ukraine": "accepted", "Russia": "conditional"}
    # The proposal's own citation plus those of the two responses, all from the seed.
    assert len(proposal.sources) == 3 and proposal.source_count == 1

    aid = entry("concession", Concession.objects.get(title__startswith="US pauses"))
    assert aid.details["giver"]["name"] == "United States"
    assert aid.details["receiver"]["name"] == "Ukraine"
    assert [s["status"] for s in aid.details["stages"]] == ["implemented"]
    assert aid.subtype == "military"


def test_search_matches_italian_german_and_english_with_or_without_accents(demo):
    meeting = Meeting.objects.get(title="Witkoff meets Putin in Moscow")
    meeting.summary = "Colloquio nella città vecchia; Gespräch über einen Waffenstillstand."
    meeting.save()
    rebuild_track(track_id=demo.pk)
    assert "Witkoff meets Putin in Moscow" in search("citta")
    assert "Witkoff meets Putin in Moscow" in search("città")
    assert "Witkoff meets Putin in Moscow" in search("Gesprach")
    assert "Witkoff meets Putin in Moscow" in search("waffenstillstand")
    # Zelensky's aliases are searchable on his entries (weight B), in any spelling.
    oval = "Zelensky's Oval Office meeting with Trump ends in a clash"
    assert oval in search("Selenskyj") and oval in search("Zelenskyy")
    assert "US proposal for a 30-day ceasefire" in search("ceasefire")
    # Quoted passages are searchable too (weight C): the call's quote is in Italian.
    assert "Trump and Putin to speak by phone" in search("conversazione telefonica")
    assert not search("Waffenruhe")


def test_title_matches_rank_above_quote_matches(demo):
    from django.contrib.postgres.search import SearchRank

    query = SearchQuery("Putin", config=SEARCH_CONFIG)
    ranked = list(
        TimelineEntry.objects.filter(search_vector=query)
        .annotate(rank=SearchRank("search_vector", query))
        .order_by("-rank", "id")
        .values_list("title", flat=True)
    )
    assert "Putin" in ranked[0]


def test_rebuilding_twice_keeps_the_same_rows_on_the_same_ids(demo):
    before = snapshot(track=demo)
    rebuild_track(track_id=demo.pk)
    assert snapshot(track=demo) == before
    assert TimelineEntry.objects.count() == len(before)


def test_running_the_rebuild_task_twice_does_no_harm(demo):
    before = snapshot(track=demo)
    first = tasks.rebuild_track_timeline.apply(args=[demo.pk, "full"])
    second = tasks.rebuild_track_timeline.apply(args=[demo.pk, "full"])
    assert first.successful() and second.successful()
    assert snapshot(track=demo) == before
    assert TimelineBuild.objects.filter(track=demo, outcome="succeeded").count() == 3


def test_failed_rebuild_keeps_the_previous_timeline_and_records_the_error(demo, monkeypatch):
    meeting = Meeting.objects.get(title="Witkoff meets Putin in Moscow")
    Meeting.objects.filter(pk=meeting.pk).update(title="Renamed, not yet on the timeline")
    before = snapshot(track=demo)

    def broken(self, concession):
        raise RuntimeError("concession builder exploded")

    monkeypatch.setattr(timeline._Builder, "concession_row", broken)
    with pytest.raises(RuntimeError):
        rebuild_track(track_id=demo.pk)

    assert snapshot(track=demo) == before
    assert entry("meeting", meeting).title == "Witkoff meets Putin in Moscow"
    build = TimelineBuild.objects.filter(track=demo).latest("started_at")
    assert build.outcome == "failed" and build.finished_at is not None
    assert "concession builder exploded" in build.error


def test_a_build_left_running_by_a_lost_worker_is_marked_failed(demo):
    lost = TimelineBuild.objects.create(track=demo, mode="full")
    TimelineBuild.objects.filter(pk=lost.pk).update(started_at=timezone.now() - timedelta(hours=3))
    rebuild_track(track_id=demo.pk)
    lost.refresh_from_db()
    assert lost.outcome == "failed" and "Abandoned" in lost.error


def test_only_full_mode_rebuilds_a_whole_track(demo):
    with pytest.raises(ValueError):
        rebuild_track(track_id=demo.pk, mode="incremental")


class Pause:
    """Patches timeline._checkpoint: records stages per thread and can hold one at a stage."""

    def __init__(self, hold_stage: str, hold_thread: str):
        self.hold_stage, self.hold_thread = hold_stage, hold_thread
        self.reached = threading.Event()
        self.release = threading.Event()
        self.log: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    def __call__(self, stage: str, *, track_id):
        if stage == "row built":
            return
        name = threading.current_thread().name
        with self.lock:
            self.log.append((name, stage))
        if stage == self.hold_stage and name == self.hold_thread:
            self.reached.set()
            assert self.release.wait(20), "the test never released the build"


def run_in_thread(name: str, target, errors: list) -> threading.Thread:
    def body():
        try:
            target()
        except Exception as error:  # surfaced by the test
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=body, name=name)
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True)
def test_readers_see_the_complete_old_timeline_while_a_rebuild_runs(demo, monkeypatch):
    old = snapshot(track=demo)
    Meeting.objects.filter(title="Witkoff meets Putin in Moscow").update(
        publication=Publication.DRAFT
    )
    Meeting.objects.filter(title="Trump and Putin to speak by phone").update(title="Call renamed")
    pause = Pause("written", "rebuilder")
    monkeypatch.setattr(timeline, "_checkpoint", pause)
    errors: list = []
    rebuilder = run_in_thread("rebuilder", lambda: rebuild_track(track_id=demo.pk), errors)
    try:
        assert pause.reached.wait(20)
        # The rebuild has written every new row but not committed: this connection sees the old.
        assert snapshot(track=demo) == old
        seen = []
        reader = threading.Thread(
            target=lambda: seen.append(entry_count_in_another_connection(demo.pk))
        )
        reader.start()
        reader.join(10)
        assert seen == [len(old)]
    finally:
        pause.release.set()
        rebuilder.join(20)
    assert not errors
    assert TimelineEntry.objects.filter(track=demo).count() == len(old) - 1
    assert TimelineEntry.objects.filter(title="Call renamed").exists()


@pytest.mark.django_db(transaction=True)
def test_two_rebuilds_of_one_track_never_interleave(demo, monkeypatch):
    pause = Pause("locked", "first")
    monkeypatch.setattr(timeline, "_checkpoint", pause)
    errors: list = []
    first = run_in_thread("first", lambda: rebuild_track(track_id=demo.pk), errors)
    try:
        assert pause.reached.wait(20)
        second = run_in_thread("second", lambda: rebuild_track(track_id=demo.pk), errors)
        second.join(1.0)
        assert second.is_alive(), "the second rebuild ran while the first held the track"
        assert ("second", "locked") not in pause.log
    finally:
        pause.release.set()
        first.join(20)
    second.join(20)
    assert not errors
    assert pause.log == [
        ("first", "locked"),
        ("first", "written"),
        ("second", "locked"),
        ("second", "written"),
    ]
    outcomes = TimelineBuild.objects.filter(track=demo).values_list("outcome", flat=True)
    assert set(outcomes) == {"succeeded"}
    assert TimelineEntry.objects.filter(track=demo).count() == 14


def test_a_rebuild_with_nothing_changed_rewrites_no_entry(demo):
    before = dict(TimelineEntry.objects.values_list("id", "built_at"))
    rebuild_track(track_id=demo.pk)
    assert dict(TimelineEntry.objects.values_list("id", "built_at")) == before


def without_ids(timeline: dict) -> dict:
    return {ref: {k: v for k, v in row.items() if k != "id"} for ref, row in timeline.items()}


def fingerprints_by_ref() -> dict:
    entries = TimelineEntry.objects.values_list("kind", "object_id", "fingerprint")
    return {(kind, object_id): fingerprint for kind, object_id, fingerprint in entries}


def test_a_cold_build_writes_the_same_rows_as_the_upsert_path(demo):
    # Blank fingerprints send every row through INSERT … ON CONFLICT DO UPDATE.
    TimelineEntry.objects.filter(track=demo).update(fingerprint="")
    rebuild_track(track_id=demo.pk)
    upserted = snapshot(track=demo)
    fingerprints = fingerprints_by_ref()
    TimelineEntry.objects.filter(track=demo).delete()
    rebuild_track(track_id=demo.pk)  # an empty track: the cold path, no fingerprint compare
    assert without_ids(snapshot(track=demo)) == without_ids(upserted)
    assert fingerprints_by_ref() == fingerprints
    # …and its fingerprints make the next (warm) build skip every row.
    before = dict(TimelineEntry.objects.values_list("id", "built_at"))
    rebuild_track(track_id=demo.pk)
    assert dict(TimelineEntry.objects.values_list("id", "built_at")) == before


def test_an_event_moved_to_an_empty_track_keeps_its_entry_and_id(demo):
    from negotiations.models import Track

    other = Track.objects.create(name="Black Sea grain talks")
    meeting = Meeting.objects.get(title="Witkoff meets Putin in Moscow")
    permalink = entry("meeting", meeting).pk
    Meeting.objects.filter(pk=meeting.pk).update(track=other)
    rebuild_track(track_id=other.pk)  # cold path on `other`; the entry is still on `demo`
    moved = entry("meeting", meeting)
    assert (moved.pk, moved.track_id) == (permalink, other.pk)
    rebuild_track(track_id=demo.pk)
    assert entry("meeting", meeting).pk == permalink


def test_a_change_only_the_search_sees_still_rewrites_the_entry(demo):
    from negotiations.models import Actor

    vance = Actor.objects.get(name="JD Vance")
    vance.add_alias("Džej Di Vens", language="sr")
    assert not search("vens")
    rebuild_track(track_id=demo.pk)
    assert search("vens") == {"Zelensky's Oval Office meeting with Trump ends in a clash"}


@pytest.mark.django_db(transaction=True)
def test_rebuild_all_builds_every_track_in_parallel_processes(demo):
    from negotiations.models import Track

    other = Track.objects.create(name="Black Sea grain talks")
    Meeting.objects.create(track=other, title="Grain corridor talks", publication="published")
    builds = timeline.rebuild_all(parallel=2)
    assert sorted(b.track_id for b in builds) == sorted([demo.pk, other.pk])
    assert {b.outcome for b in builds} == {"succeeded"}
    assert TimelineEntry.objects.filter(track=other).count() == 1
    assert TimelineEntry.objects.filter(track=demo).count() == 14


@pytest.mark.django_db(transaction=True)
def test_rebuild_all_attempts_every_track_and_names_the_failed_ones(demo, monkeypatch):
    from negotiations.models import Track

    other = Track.objects.create(name="Black Sea grain talks")
    Meeting.objects.create(track=other, title="Grain corridor talks", publication="published")

    def broken(self, concession):
        raise RuntimeError("concession builder exploded")

    monkeypatch.setattr(timeline._Builder, "concession_row", broken)
    with pytest.raises(RuntimeError, match=f"track {demo.pk}: RuntimeError"):
        timeline.rebuild_all(parallel=2)
    assert TimelineBuild.objects.get(track=other, mode="full").outcome == "succeeded"
    assert TimelineEntry.objects.filter(track=other).count() == 1


def test_nightly_task_enqueues_one_rebuild_per_track(demo):
    from unittest import mock

    with mock.patch.object(tasks.rebuild_track_timeline, "delay") as delay:
        tasks.rebuild_all_timelines.apply()
    delay.assert_called_once_with(demo.pk, "full")
