"""Incremental refreshes: saving curated rows updates just their entries, on commit."""

import datetime
from unittest import mock

import pytest
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnavailable

from negotiations import tasks, timeline
from negotiations.models import (
    Actor,
    Citation,
    Concession,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalResponse,
    Publication,
    Source,
    TimelineBuild,
    TimelineEntry,
    Track,
)
from negotiations.timeline import rebuild_track, reconcile, tracks_needing_rebuild

from .timeline_helpers import eager_celery, snapshot

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("timeline_auto_refresh")]


@pytest.fixture
def committing(django_capture_on_commit_callbacks):
    """Edits inside `with committing():` run their on-commit refresh in-process on exit."""

    def commit():
        return django_capture_on_commit_callbacks(execute=True)

    with eager_celery():
        yield commit


def entry_titles(track) -> set[str]:
    return set(TimelineEntry.objects.filter(track=track).values_list("title", flat=True))


def test_incremental_refreshes_produce_exactly_what_a_full_rebuild_does(demo, committing):
    zelensky = Actor.objects.get(name="Volodymyr Zelensky")
    proposal = Proposal.objects.get(title__contains="30-day")
    source = Source.objects.get(language="it")
    with committing():
        call = Meeting.objects.get(title="Trump and Putin to speak by phone")
        call.title = "Trump and Putin speak for two hours"
        call.status = Meeting.Status.HELD
        call.save()
        MeetingParticipant.objects.create(meeting=call, actor=zelensky, role="observer")
    with committing():
        Proposal.objects.filter(title__contains="summit").get().publish()
    with committing():
        ProposalResponse.objects.create(
            proposal=proposal,
            actor=Actor.objects.get(name="United States"),
            stance="accepted",
            date=datetime.date(2025, 3, 11),
        )
        proposal.title = "US plan for a 30-day truce"
        proposal.save()
    with committing():
        Concession.objects.get(title="Access to Black Sea ports").unpublish()
        zaporizhzhia = Concession.objects.get(title__contains="Zaporizhzhia")
        zaporizhzhia.record_stage("offered", date=datetime.date(2025, 3, 20))
    with committing():
        Citation.objects.filter(meeting__title__contains="Riyadh").delete()
    with committing():
        zelensky.name = "Volodymyr Zelenskyy"
        zelensky.save()
        zelensky.add_alias("Wolodymyr Selenskyj Jr", language="de")
    with committing():
        source.title = "Trump parla con Putin"
        source.save()

    incremental = snapshot(track=demo)
    assert ("proposal", Proposal.objects.get(title__contains="summit").pk) in incremental
    rebuild_track(track_id=demo.pk)
    assert snapshot(track=demo) == incremental


def test_draft_events_never_get_an_entry(demo, committing):
    with committing():
        draft = Meeting.objects.create(
            track=demo, title="Quiet back-channel call", date=datetime.date(2025, 3, 5)
        )
    assert draft.publication == Publication.DRAFT
    assert not TimelineEntry.objects.filter(kind="meeting", object_id=draft.pk).exists()
    rebuild_track(track_id=demo.pk)
    assert not TimelineEntry.objects.filter(kind="meeting", object_id=draft.pk).exists()


def test_publishing_adds_the_entry_and_unpublishing_removes_it_with_its_responses(demo, committing):
    proposal = Proposal.objects.get(title__contains="30-day")
    with committing():
        proposal.unpublish()
    assert not TimelineEntry.objects.filter(kind="proposal", object_id=proposal.pk).exists()
    assert not TimelineEntry.objects.filter(kind="response", proposal_id=proposal.pk).exists()
    with committing():
        proposal.publish()
    assert TimelineEntry.objects.filter(kind="proposal", object_id=proposal.pk).exists()
    assert TimelineEntry.objects.filter(kind="response", proposal_id=proposal.pk).count() == 2


def test_deleting_an_event_removes_its_entry(demo, committing):
    meeting = Meeting.objects.get(title__contains="Riyadh")
    with committing():
        meeting.citations.all().delete()
        meeting.delete()
    assert "US and Russian delegations meet in Riyadh" not in entry_titles(demo)


def test_deleting_a_citation_updates_the_source_count(demo, committing):
    meeting = Meeting.objects.get(title__contains="Riyadh")
    assert TimelineEntry.objects.get(kind="meeting", object_id=meeting.pk).source_count == 1
    with committing():
        meeting.citations.get().delete()
    refreshed = TimelineEntry.objects.get(kind="meeting", object_id=meeting.pk)
    assert refreshed.source_count == 0 and refreshed.sources == []


def test_renaming_an_actor_renames_them_on_every_entry(demo, committing):
    putin = Actor.objects.get(name="Vladimir Putin")
    shown = TimelineEntry.objects.filter(actor_ids__contains=[putin.pk])
    assert shown.count() == 3
    with committing():
        putin.name = "Vladimir V. Putin"
        putin.save()
    for entry in shown:
        assert {"id": putin.pk, "name": "Vladimir V. Putin"}.items() <= next(
            a for a in entry.actors if a["id"] == putin.pk
        ).items()


def test_a_response_change_updates_the_proposals_stance_history(demo, committing):
    response = ProposalResponse.objects.get(actor__name="Russia")
    with committing():
        response.stance = ProposalResponse.Stance.REJECTED
        response.save()
    proposal = TimelineEntry.objects.get(kind="proposal", object_id=response.proposal_id)
    stances = {s["actor"]["name"]: s["current"] for s in proposal.details["stances"]}
    assert stances["Russia"] == "rejected"
    answer = TimelineEntry.objects.get(kind="response", object_id=response.pk)
    assert answer.title.startswith("Russia rejects")


def test_one_transaction_of_edits_enqueues_one_refresh(demo, django_capture_on_commit_callbacks):
    meeting = Meeting.objects.get(title__contains="Riyadh")
    concession = Concession.objects.get(title="Access to Black Sea ports")
    with (
        mock.patch.object(tasks.refresh_timeline_entries, "apply_async") as delay,
        django_capture_on_commit_callbacks(execute=True),
    ):
        meeting.title = "Riyadh talks"
        meeting.save()
        meeting.citations.get().delete()
        concession.record_stage("offered")
    delay.assert_called_once()
    (refs,) = delay.call_args.kwargs["args"]
    assert ["meeting", meeting.pk] in refs and ["concession", concession.pk] in refs


@pytest.mark.django_db(transaction=True)
def test_edits_of_a_rolled_back_transaction_are_not_enqueued(settings):
    from django.db import transaction

    settings.TIMELINE_REFRESH_ON_SAVE = False
    track = Track.objects.create(name="Rollback track")
    kept = Meeting.objects.create(track=track, title="Kept", publication=Publication.PUBLISHED)
    settings.TIMELINE_REFRESH_ON_SAVE = True
    with mock.patch.object(tasks.refresh_timeline_entries, "apply_async") as delay:
        with pytest.raises(RuntimeError), transaction.atomic():
            lost = Meeting.objects.create(track=track, title="Lost")
            raise RuntimeError
        with transaction.atomic():
            kept.save()
    (refs,) = delay.call_args.kwargs["args"]
    assert refs == [["meeting", kept.pk]]
    assert ["meeting", lost.pk] not in refs


def test_a_save_succeeds_when_the_broker_is_down_and_reconciliation_catches_up(
    demo, django_capture_on_commit_callbacks
):
    meeting = Meeting.objects.get(title__contains="Riyadh")
    assert tracks_needing_rebuild() == []
    with (
        mock.patch.object(
            tasks.refresh_timeline_entries, "apply_async", side_effect=BrokerUnavailable("refused")
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        meeting.title = "Riyadh talks, renamed while Redis was down"
        meeting.save()
    meeting.refresh_from_db()
    assert meeting.title.startswith("Riyadh talks")
    missed = TimelineBuild.objects.get(track=demo, outcome="failed")
    assert "Could not enqueue" in missed.error and "refused" in missed.error
    assert tracks_needing_rebuild() == [demo.pk]

    reconcile()
    assert "Riyadh talks, renamed while Redis was down" in entry_titles(demo)
    assert tracks_needing_rebuild() == []


def test_reconciliation_finds_an_edit_whose_refresh_was_lost(demo):
    assert tracks_needing_rebuild() == []
    Meeting.objects.filter(title__contains="Moscow").update(
        title="Edited, refresh lost", updated_at=timezone.now()
    )
    assert tracks_needing_rebuild() == [demo.pk]
    tasks.reconcile_timelines.apply()
    assert "Edited, refresh lost" in entry_titles(demo)
    assert tracks_needing_rebuild() == []


def test_reconciliation_builds_a_track_that_was_never_built(demo):
    fresh = Track.objects.create(name="Sudan talks")
    assert tracks_needing_rebuild() == [fresh.pk]
    reconcile()
    assert TimelineBuild.objects.get(track=fresh).outcome == "succeeded"


def test_running_the_same_refresh_task_twice_does_no_harm(demo):
    meeting = Meeting.objects.get(title__contains="Moscow")
    Meeting.objects.filter(pk=meeting.pk).update(title="Moscow talks")
    refs = [["meeting", meeting.pk], ["actor", meeting.parties.first().actor_id]]
    tasks.refresh_timeline_entries.apply(args=[refs])
    once = snapshot(track=demo)
    tasks.refresh_timeline_entries.apply(args=[refs])
    assert snapshot(track=demo) == once
    assert "Moscow talks" in entry_titles(demo)


def test_an_event_moved_to_another_track_moves_its_entry(demo, committing):
    other = Track.objects.create(name="Black Sea grain talks")
    concession = Concession.objects.get(title="Access to Black Sea ports")
    with committing():
        concession.track = other
        concession.save()
    assert TimelineEntry.objects.get(kind="concession", object_id=concession.pk).track == other
    assert set(
        TimelineBuild.objects.filter(mode="incremental").values_list("track", flat=True)
    ) == {demo.pk, other.pk}


def test_refresh_refuses_an_unknown_kind():
    with pytest.raises(ValueError):
        timeline.refresh_entries(refs=[("statement", 1)])
