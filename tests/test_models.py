import datetime

import pytest
from django.db import IntegrityError, transaction

from negotiations.models import (
    Actor,
    Alias,
    Citation,
    Concession,
    DatePrecision,
    Meeting,
    Proposal,
    ProposalResponse,
    Source,
    Track,
)
from negotiations.names import normalize_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def track():
    return Track.objects.create(name="Test track")


@pytest.fixture
def russia():
    """A state the reference gazetteer does not know, so lookups see only the test's rows."""
    return Actor.objects.create(name="Freedonia", kind=Actor.Kind.STATE)


@pytest.fixture
def ukraine():
    return Actor.objects.create(name="Sylvania", kind=Actor.Kind.STATE)


def refused(callable_):
    with pytest.raises(IntegrityError), transaction.atomic():
        callable_()


def test_normalised_name_folds_case_accents_and_punctuation():
    assert normalize_name("  Zelenskyy.  ") == "zelenskyy"
    assert normalize_name("Élysée") == "elysee"
    assert normalize_name("Erdoğan") == "erdogan"
    assert normalize_name("Weißes  Haus") == "weisses haus"
    assert normalize_name("Зеленський") == "зеленськии"


def test_alias_is_unique_per_actor_after_normalising(russia):
    russia.add_alias("Fredonian Palace", language="en", kind="metonym")
    refused(lambda: Alias.objects.create(actor=russia, text="FREDONIAN  palace."))


def test_same_alias_may_belong_to_two_actors(russia, ukraine):
    Alias.objects.create(actor=russia, text="Borderland")
    Alias.objects.create(actor=ukraine, text="borderland")
    assert Alias.objects.filter(normalized="borderland").count() == 2


def test_add_alias_returns_existing_alias_for_a_variant_spelling_of_the_same_form(russia):
    first = russia.add_alias("Freedonie", language="fr")
    again = russia.add_alias("FREEDONIE")
    assert first.pk == again.pk


def test_actor_found_by_any_alias(russia):
    russia.add_alias("Freiland", language="de")
    assert list(Actor.objects.matching_name("FREILAND")) == [russia]
    assert list(Actor.objects.matching_name("freedonia")) == [russia]


def test_actor_slug_is_unique_on_clash():
    first = Actor.objects.create(name="Rufus T. Firefly")
    second = Actor.objects.create(name="Rufus T. Firefly")
    assert first.slug == "rufus-t-firefly" and second.slug == "rufus-t-firefly-2"


def test_concession_giver_must_differ_from_receiver(track, russia):
    refused(
        lambda: Concession.objects.create(track=track, title="x", giver=russia, receiver=russia)
    )


def test_month_precision_date_is_stored_on_the_first(track):
    meeting = Meeting.objects.create(
        track=track,
        title="Call",
        date=datetime.date(2025, 2, 17),
        date_precision=DatePrecision.MONTH,
    )
    meeting.refresh_from_db()
    assert meeting.date == datetime.date(2025, 2, 1)
    assert meeting.date_display == "February 2025"


def test_database_refuses_month_precision_date_off_the_first(track):
    meeting = Meeting.objects.create(
        track=track,
        title="Call",
        date=datetime.date(2025, 2, 1),
        date_precision=DatePrecision.MONTH,
    )
    refused(lambda: Meeting.objects.filter(pk=meeting.pk).update(date=datetime.date(2025, 2, 17)))


def test_database_refuses_known_precision_without_a_date(track):
    meeting = Meeting.objects.create(track=track, title="Call", date=datetime.date(2025, 2, 1))
    refused(lambda: Meeting.objects.filter(pk=meeting.pk).update(date=None))


def test_event_without_a_date_has_unknown_precision(track):
    meeting = Meeting.objects.create(track=track, title="Undated call", date=None)
    assert meeting.date_precision == DatePrecision.UNKNOWN
    assert meeting.date_display == "Date unknown"


def test_year_precision_shows_only_the_year(track):
    proposal = Proposal.objects.create(
        track=track,
        title="Plan",
        date=datetime.date(2016, 8, 24),
        date_precision=DatePrecision.YEAR,
    )
    assert proposal.date == datetime.date(2016, 1, 1) and proposal.date_display == "2016"


def test_source_with_same_text_but_different_whitespace_is_refused():
    Source.objects.create(text="Trump  parla con\nPutin.")
    refused(lambda: Source.objects.create(text="Trump parla con Putin."))


def test_source_url_is_unique_but_blank_urls_are_not(track):
    Source.objects.create(text="a", url="https://example.org/a")
    Source.objects.create(text="b")
    Source.objects.create(text="c")
    refused(lambda: Source.objects.create(text="d", url="https://example.org/a"))


def test_citation_must_cite_exactly_one_event(track, russia):
    source = Source.objects.create(text="Text")
    meeting = Meeting.objects.create(track=track, title="Call", date=None)
    proposal = Proposal.objects.create(track=track, title="Plan", date=None)
    refused(lambda: Citation.objects.create(source=source, quote="q"))
    refused(
        lambda: Citation.objects.create(
            source=source, meeting=meeting, proposal=proposal, quote="q"
        )
    )


def test_one_citation_per_source_and_event(track):
    source = Source.objects.create(text="Text")
    meeting = Meeting.objects.create(track=track, title="Call", date=None)
    Citation.objects.create(source=source, meeting=meeting, quote="q")
    refused(lambda: Citation.objects.create(source=source, meeting=meeting, quote="other"))


def test_response_citation_must_belong_to_a_proposal(track, ukraine):
    source = Source.objects.create(text="Text")
    proposal = Proposal.objects.create(track=track, title="Plan", date=None)
    meeting = Meeting.objects.create(track=track, title="Call", date=None)
    response = ProposalResponse.objects.create(
        proposal=proposal, actor=ukraine, stance="accepted", date=None
    )
    refused(
        lambda: Citation.objects.create(
            source=source, meeting=meeting, response=response, quote="q"
        )
    )


def test_proposal_stance_history_keeps_each_change(track, russia, ukraine):
    proposal = Proposal.objects.create(track=track, title="30-day ceasefire", date=None)
    ProposalResponse.objects.create(
        proposal=proposal, actor=ukraine, stance="accepted", date=datetime.date(2025, 3, 11)
    )
    ProposalResponse.objects.create(
        proposal=proposal, actor=russia, stance="conditional", date=datetime.date(2025, 3, 13)
    )
    ProposalResponse.objects.create(
        proposal=proposal, actor=russia, stance="rejected", date=datetime.date(2025, 3, 20)
    )
    stances = {actor_id: r.stance for actor_id, r in proposal.latest_stances().items()}
    assert stances == {ukraine.pk: "accepted", russia.pk: "rejected"}
    assert proposal.responses.count() == 3


def test_concession_status_follows_its_latest_stage(track, russia, ukraine):
    concession = Concession.objects.create(
        track=track, title="Withdrawal", giver=russia, receiver=ukraine, date=None
    )
    concession.record_stage("demanded", date=datetime.date(2025, 3, 1), date_precision="month")
    concession.record_stage("agreed", date=datetime.date(2025, 3, 25))
    concession.refresh_from_db()
    assert concession.status == "agreed"
    assert [s.status for s in concession.stages.all()] == ["demanded", "agreed"]


def test_published_queryset_hides_drafts(track):
    Meeting.objects.create(track=track, title="Draft", date=None)
    published = Meeting.objects.create(track=track, title="Public", date=None)
    published.publish()
    assert list(Meeting.objects.published()) == [published]


def test_meeting_for_actor_lists_each_meeting_once(track, russia):
    meeting = Meeting.objects.create(track=track, title="Call", date=None)
    meeting.parties.create(actor=russia, role="host")
    assert list(Meeting.objects.for_actor(russia)) == [meeting]


def test_actor_cannot_take_part_twice_in_one_meeting(track, russia):
    meeting = Meeting.objects.create(track=track, title="Call", date=None)
    meeting.parties.create(actor=russia, role="host")
    refused(lambda: meeting.parties.create(actor=russia, role="visitor"))


def test_history_records_changes(track):
    meeting = Meeting.objects.create(track=track, title="Call", date=datetime.date(2025, 3, 18))
    meeting.date = datetime.date(2025, 3, 19)
    meeting.save()
    assert [h.date for h in meeting.history.all()] == [
        datetime.date(2025, 3, 19),
        datetime.date(2025, 3, 18),
    ]
