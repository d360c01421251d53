"""Reviewing candidates: accept, merge, reject, teach names; learning; access; query counts."""

import datetime

import pytest
from django.urls import reverse

from negotiations import importing
from negotiations.models import (
    Actor,
    Candidate,
    Citation,
    Concession,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalResponse,
    Source,
    Track,
)

from .import_support import ARTICLE, SEED, make_candidate, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture
def track():
    return Track.objects.create(name="Test track")


@pytest.fixture
def people():
    trump = Actor.objects.create(name="Donald Trump", kind="person")
    putin = Actor.objects.create(name="Vladimir Putin", kind="person")
    ukraine = Actor.objects.create(name="Ukraine", kind="state")
    usa = Actor.objects.create(name="United States", kind="state")
    return trump, putin, ukraine, usa


def review_url(source):
    return reverse("negotiations:import_review", args=[source.pk])


# --- Accept -----------------------------------------------------------------------------


def test_accepting_a_meeting_creates_a_draft_with_participants_and_a_citation(
    editor, track, people
):
    trump, putin, *_ = people
    source = make_source(track=track)
    candidate = make_candidate(
        source,
        0,
        actors=[trump, putin],
        subtype="phone_call",
        modality="scheduled",
        date=datetime.date(2025, 3, 18),
        location="",
        title="Phone call: Trump, Putin",
    )
    meeting = importing.accept_candidate(candidate_id=candidate.pk, user=editor)
    assert isinstance(meeting, Meeting)
    assert meeting.publication == "draft" and meeting.format == "phone_call"
    assert meeting.status == "scheduled" and meeting.date == datetime.date(2025, 3, 18)
    assert set(meeting.participants.all()) == {trump, putin}
    citation = meeting.citations.get()
    assert citation.source == source and citation.quote == candidate.evidence
    assert source.text[citation.quote_start : citation.quote_end] == candidate.evidence
    candidate.refresh_from_db()
    assert candidate.decision == "accepted" and candidate.meeting == meeting
    assert candidate.decided_by == editor


def test_accepting_a_proposal_records_each_partys_response(editor, track, people):
    trump, putin, ukraine, usa = people
    source = make_source(track=track)
    candidate = make_candidate(
        source,
        0,
        kind="proposal",
        actors=[usa, ukraine, putin],
        payload={
            "type": "proposal",
            "actors": ["United States", "Ukraine", "Vladimir Putin"],
            "proposed_by": ["United States"],
            "accepted_by": ["Ukraine"],
            "rejected_by": ["Vladimir Putin"],
        },
        date=datetime.date(2025, 3, 11),
    )
    proposal = importing.accept_candidate(
        candidate_id=candidate.pk, user=editor, choices=importing.AcceptChoices(publish=True)
    )
    assert proposal.publication == "published" and proposal.published_at
    roles = dict(proposal.party_roles.values_list("actor__name", "role"))
    assert roles == {
        "United States": "proposer",
        "Ukraine": "addressee",
        "Vladimir Putin": "addressee",
    }
    stances = set(proposal.responses.values_list("actor__name", "stance", "date"))
    assert stances == {
        ("Ukraine", "accepted", datetime.date(2025, 3, 11)),
        ("Vladimir Putin", "rejected", datetime.date(2025, 3, 11)),
    }
    assert Citation.objects.filter(proposal=proposal, response__isnull=False).count() == 2


def test_accepting_a_concession_records_its_stage(editor, track, people):
    trump, putin, ukraine, usa = people
    russia = Actor.objects.create(name="Russia", kind="state")
    source = make_source(track=track)
    candidate = make_candidate(
        source,
        0,
        kind="concession",
        actors=[russia, usa],
        evidence="Russia is asked to withdraw troops",
        payload={
            "type": "concession",
            "actors": ["Russia", "United States"],
            "conceding": ["Russia"],
            "status": "demanded",
        },
    )
    concession = importing.accept_candidate(candidate_id=candidate.pk, user=editor)
    assert (concession.giver, concession.receiver) == (russia, usa)
    assert concession.status == "demanded" and concession.category == "military"
    assert concession.stages.get().status == "demanded"


def test_concession_without_a_known_giver_asks_the_editor(editor, track, people):
    source = make_source(track=track)
    trump, putin, *_ = people
    candidate = make_candidate(source, 0, kind="concession", actors=[trump, putin])
    with pytest.raises(importing.ReviewError, match="who concedes"):
        importing.accept_candidate(candidate_id=candidate.pk, user=editor)
    assert not Concession.objects.exists()
    candidate.refresh_from_db()
    assert candidate.decision == "pending"


def test_accept_without_a_track_asks_for_one(editor_client, people):
    source = make_source()
    candidate = make_candidate(source, 0, actors=people[:2])
    response = editor_client.post(
        reverse("negotiations:candidate_decide", args=[candidate.pk]),
        {"action": "accept"},
        follow=True,
    )
    assert "Choose a track" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_candidate_cannot_be_decided_twice(editor, track, people):
    candidate = make_candidate(make_source(track=track), 0, actors=people[:2])
    importing.reject_candidate(candidate_id=candidate.pk, user=editor)
    with pytest.raises(importing.ReviewError, match="already rejected"):
        importing.accept_candidate(candidate_id=candidate.pk, user=editor)


def test_bulk_accept_takes_only_the_ticked_candidates(editor_client, track, people):
    source = make_source(track=track)
    ticked = make_candidate(source, 0, actors=people[:2], confidence=0.9)
    left = make_candidate(source, 1, actors=people[:2], confidence=0.5)
    response = editor_client.post(
        reverse("negotiations:import_bulk_accept", args=[source.pk]),
        {"candidates": [ticked.pk], "publication": "draft"},
    )
    assert response.status_code == 302
    assert Meeting.objects.count() == 1
    assert Candidate.objects.get(pk=left.pk).decision == "pending"


def test_nothing_is_published_without_an_editor_choosing_to(editor_client, track, people):
    source = make_source(track=track)
    make_candidate(source, 0, actors=people[:2], confidence=0.99)
    editor_client.post(
        reverse("negotiations:import_bulk_accept", args=[source.pk]),
        {"candidates": list(source.candidates.values_list("pk", flat=True))},
    )
    assert Meeting.objects.get().publication == "draft"


def test_edit_then_accept_prefills_the_form_and_uses_the_editors_values(
    editor_client, track, people
):
    trump, putin, *_ = people
    candidate = make_candidate(
        make_source(track=track), 0, actors=[trump, putin], title="Phone call: Trump, Putin"
    )
    url = reverse("negotiations:candidate_edit", args=[candidate.pk])
    form = editor_client.get(url).content.decode()
    assert 'value="Phone call: Trump, Putin"' in form
    response = editor_client.post(
        url,
        {
            "kind": "meeting",
            "publication": "published",
            "track": track.pk,
            "title": "Trump and Putin speak",
            "date": "2025-03-01",
            "date_precision": "month",
            "actors": [trump.pk],
            "location": "",
            "meeting_format": "phone_call",
            "meeting_status": "held",
        },
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.title == "Trump and Putin speak" and meeting.publication == "published"
    assert meeting.date_display == "March 2025"
    assert list(meeting.participants.all()) == [trump]


# --- Merge ------------------------------------------------------------------------------


def test_merge_fills_empty_fields_only_and_shows_what_it_keeps(
    editor, editor_client, track, people
):
    trump, putin, *_ = people
    meeting = Meeting.objects.create(
        track=track,
        title="Curated call",
        date=datetime.date(2025, 3, 18),
        location="",
        summary="Curated.",
    )
    MeetingParticipant.objects.create(meeting=meeting, actor=trump)
    source = make_source(track=track)
    candidate = make_candidate(
        source,
        0,
        actors=[trump, putin],
        date=datetime.date(2025, 3, 19),
        location="Washington",
        summary="Other summary",
    )
    preview = editor_client.get(
        reverse("negotiations:candidate_merge", args=[candidate.pk, "meeting", meeting.pk])
    ).content.decode()
    assert "Kept as curated" in preview and "18 Mar 2025" in preview and "19 Mar 2025" in preview
    assert "fills the empty <strong>location</strong>" in preview
    assert "adds participant Vladimir Putin" in preview

    importing.merge_candidate(
        candidate_id=candidate.pk, event_kind="meeting", event_id=meeting.pk, user=editor
    )
    meeting.refresh_from_db()
    assert meeting.date == datetime.date(2025, 3, 18)  # curated: kept
    assert meeting.summary == "Curated."  # curated: kept
    assert meeting.location == "Washington"  # was empty: filled
    assert set(meeting.participants.all()) == {trump, putin}
    assert meeting.citations.get().source == source
    assert Candidate.objects.get(pk=candidate.pk).decision == "merged"


def test_five_outlets_reporting_one_call_make_one_event_with_five_citations(editor, track, people):
    meeting = Meeting.objects.create(track=track, title="The call", date=datetime.date(2025, 3, 18))
    for outlet in range(5):
        source = make_source(f"Outlet {outlet}: Trump and Putin spoke on Tuesday.")
        candidate = make_candidate(source, 0, actors=people[:2], date=datetime.date(2025, 3, 18))
        importing.merge_candidate(
            candidate_id=candidate.pk, event_kind="meeting", event_id=meeting.pk, user=editor
        )
    assert Meeting.objects.count() == 1
    assert meeting.citations.count() == 5


def test_merge_into_another_kind_is_refused(editor, track, people):
    proposal = Proposal.objects.create(track=track, title="P")
    candidate = make_candidate(make_source(track=track), 0, actors=people[:2])
    with pytest.raises(importing.ReviewError, match="same kind"):
        importing.merge_candidate(
            candidate_id=candidate.pk, event_kind="proposal", event_id=proposal.pk, user=editor
        )


def test_merging_a_proposal_adds_missing_responses(editor, track, people):
    trump, putin, ukraine, usa = people
    proposal = Proposal.objects.create(track=track, title="Ceasefire")
    ProposalResponse.objects.create(proposal=proposal, actor=ukraine, stance="accepted", date=None)
    candidate = make_candidate(
        make_source(track=track),
        0,
        kind="proposal",
        actors=[ukraine, putin],
        payload={
            "type": "proposal",
            "actors": ["Ukraine", "Vladimir Putin"],
            "accepted_by": ["Ukraine"],
            "rejected_by": ["Vladimir Putin"],
        },
    )
    importing.merge_candidate(
        candidate_id=candidate.pk, event_kind="proposal", event_id=proposal.pk, user=editor
    )
    assert set(proposal.responses.values_list("actor__name", "stance")) == {
        ("Ukraine", "accepted"),
        ("Vladimir Putin", "rejected"),
    }


def test_possible_duplicates_need_same_kind_shared_actor_and_compatible_date(track, people):
    trump, putin, ukraine, usa = people
    same = Meeting.objects.create(
        track=track, title="Same", date=datetime.date(2025, 3, 1), date_precision="month"
    )
    MeetingParticipant.objects.create(meeting=same, actor=putin)
    other_date = Meeting.objects.create(track=track, title="Other", date=datetime.date(2025, 1, 5))
    MeetingParticipant.objects.create(meeting=other_date, actor=putin)
    other_people = Meeting.objects.create(
        track=track, title="Others", date=datetime.date(2025, 3, 18)
    )
    MeetingParticipant.objects.create(meeting=other_people, actor=ukraine)
    candidate = make_candidate(
        make_source(), 0, actors=[trump, putin], date=datetime.date(2025, 3, 18)
    )
    found = importing.possible_duplicates(
        list(Candidate.objects.prefetch_related("matched_actors"))
    )
    assert found[candidate.pk] == [same]


# --- Names and learning -----------------------------------------------------------------


def test_confirmed_alias_is_stored_and_in_the_next_gazetteer(editor_client, people):
    putin = people[1]
    source = make_source()
    candidate = make_candidate(
        source,
        0,
        actors=[],
        unmatched_names=[{"name": "Wladimir Putin", "kind": "person", "surface_forms": []}],
    )
    sibling = make_candidate(
        source, 1, actors=[], unmatched_names=[{"name": "Wladimir Putin", "kind": "person"}]
    )
    page = editor_client.get(review_url(source)).content.decode()
    assert "Vladimir Putin (" in page  # fuzzy suggestion offered
    editor_client.post(
        reverse("negotiations:candidate_name", args=[candidate.pk]),
        {"name": "Wladimir Putin", "actor": putin.pk},
    )
    assert putin.aliases.filter(text="Wladimir Putin").exists()
    for row in (candidate, sibling):
        row.refresh_from_db()
        assert row.unmatched_names == [] and list(row.matched_actors.all()) == [putin]
    gazetteer = importing.gazetteer_from_database()
    entry = next(a for a in gazetteer.actors if a.actor_id == putin.pk)
    assert "Wladimir Putin" in [alias.text for alias in entry.aliases]


def test_actor_created_from_a_candidate_is_in_the_gazetteer_immediately(editor_client):
    source = make_source()
    candidate = make_candidate(
        source, 0, actors=[], unmatched_names=[{"name": "Hakan Fidan", "kind": "person"}]
    )
    editor_client.post(
        reverse("negotiations:candidate_name", args=[candidate.pk]),
        {"name": "Hakan Fidan", "new_name": "Hakan Fidan", "new_kind": "person"},
    )
    actor = Actor.objects.get(name="Hakan Fidan")
    assert list(candidate.matched_actors.all()) == [actor]
    assert any(a.actor_id == actor.pk for a in importing.gazetteer_from_database().actors)


def test_alias_suggestion_prefers_the_right_putin(people):
    Actor.objects.create(name="Vladimir Medinsky", kind="person")
    suggestions = importing.alias_suggestions({"wladimir putin"})["wladimir putin"]
    assert suggestions[0][0].name == "Vladimir Putin"


def test_pattern_key_masks_names_and_numbers():
    a = importing.pattern_key(
        "meeting", "Trump will call Putin on Tuesday at 10", names=["Trump", "Putin"]
    )
    b = importing.pattern_key("meeting", "Biden will call Xi on Friday at 11", names=[])
    c = importing.pattern_key("proposal", "Biden will call Xi on Friday at 11", names=[])
    assert a == b != c


def test_rejected_pattern_lowers_confidence_of_near_identical_candidates_and_says_why(
    editor, editor_client
):
    from negotiations.extraction import GazetteerActor

    del GazetteerActor
    first = make_source("Kommentare (0). Der Kreml teilte mit, Putin habe mit Trump telefoniert.")
    old = make_candidate(
        first,
        0,
        evidence="Kommentare (0).",
        pattern_key=importing.pattern_key("statement", "Kommentare (0).", names=[]),
        kind="statement",
    )
    importing.reject_candidate(candidate_id=old.pk, user=editor)
    counts = importing._rejection_counts({old.pattern_key})
    assert counts == {old.pattern_key: 1}
    fresh = make_candidate(
        make_source("Kommentare (12). Other article."),
        0,
        evidence="Kommentare (12).",
        kind="statement",
        confidence=0.3,
        payload={"type": "statement", "confidence": 0.6},
        pattern_key=importing.pattern_key("statement", "Kommentare (12).", names=[]),
    )
    assert fresh.pattern_key == old.pattern_key
    notes = importing.confidence_notes([fresh])
    assert "rejected 1 near-identical" in notes[fresh.pk]
    page = editor_client.get(review_url(fresh.source)).content.decode()
    assert "Lowered from 0.60" in page


def test_extraction_lowers_confidence_after_rejections(editor, people):
    """Through the real engine: reject what it found in one copy, then extract another."""
    text = SEED.read_text()
    first = make_source(text, extraction_status="queued")
    importing.run_extraction(source_id=first.pk)
    first_candidates = list(first.candidates.all())
    assert first_candidates
    for candidate in first_candidates:
        importing.reject_candidate(candidate_id=candidate.pk, user=editor)
    second = make_source("Republished. " + text, extraction_status="queued")
    importing.run_extraction(source_id=second.pk)
    lowered = [c for c in second.candidates.all() if c.confidence < c.payload["confidence"]]
    assert lowered
    assert all(c.confidence <= c.payload["confidence"] / 2 + 1e-6 for c in lowered)


# --- Extraction runs --------------------------------------------------------------------


def test_extraction_twice_does_not_duplicate_candidates(people):
    source = make_source(SEED.read_text(), extraction_status="queued")
    first = importing.run_extraction(source_id=source.pk)
    second = importing.run_extraction(source_id=source.pk)
    source.refresh_from_db()
    assert first == second == source.candidates.count() == source.candidate_count > 0
    assert sorted(source.candidates.values_list("ordinal", flat=True)) == list(range(first))
    assert source.extraction_attempts == 2


def test_extraction_after_a_decision_leaves_the_candidates_alone(editor, people):
    source = make_source(SEED.read_text(), extraction_status="queued")
    importing.run_extraction(source_id=source.pk)
    kept = source.candidates.first()
    importing.reject_candidate(candidate_id=kept.pk, user=editor)
    importing.run_extraction(source_id=source.pk)
    assert Candidate.objects.filter(pk=kept.pk, decision="rejected").exists()
    with pytest.raises(importing.ReviewError):
        importing.queue_extraction(source=source)


def test_extraction_crash_marks_the_source_failed_keeps_nothing_and_retry_works(
    editor_client, monkeypatch, django_capture_on_commit_callbacks
):
    import negotiations.extraction as engine

    source = make_source(SEED.read_text(), extraction_status="queued")

    def explode(*args, **kwargs):
        raise RuntimeError("the date parser choked on 'martedì'")

    real_extract = engine.extract
    monkeypatch.setattr(engine, "extract", explode)
    assert importing.run_extraction(source_id=source.pk) == 0
    source.refresh_from_db()
    assert source.extraction_status == "failed"
    assert "RuntimeError: the date parser choked" in source.extraction_error
    assert not source.candidates.exists()
    page = editor_client.get(review_url(source)).content.decode()
    assert "Failed" in page and "choked" in page and "Retry extraction" in page

    monkeypatch.setattr(engine, "extract", real_extract)
    with django_capture_on_commit_callbacks() as callbacks:
        response = editor_client.post(reverse("negotiations:import_extract", args=[source.pk]))
    assert response.status_code == 302 and len(callbacks) == 1
    assert Source.objects.get(pk=source.pk).extraction_status == "queued"
    importing.run_extraction(source_id=source.pk)  # what the worker does with the task
    source.refresh_from_db()
    assert source.extraction_status == "done" and source.extraction_error == ""
    assert source.candidates.count() == source.candidate_count > 0


def test_crash_while_building_candidates_stores_none(monkeypatch):
    source = make_source(SEED.read_text(), extraction_status="queued")

    def bad_build(*args, **kwargs):
        raise ValueError("bad offsets")

    monkeypatch.setattr(importing, "_build_candidates", bad_build)
    importing.run_extraction(source_id=source.pk)
    source.refresh_from_db()
    assert source.extraction_status == "failed" and not source.candidates.exists()


# --- The page ---------------------------------------------------------------------------


def test_evidence_is_highlighted_with_marks_and_escaped(editor_client, people):
    text = "Intro <b>bold</b> & more.\nTrump will call Putin <script>x</script> on Tuesday.\nEnd."
    source = make_source(text)
    evidence = "Trump will call Putin <script>x</script> on Tuesday."
    candidate = make_candidate(source, 0, actors=people[:2], evidence=evidence)
    body = editor_client.get(review_url(source)).content.decode()
    assert (
        f'<mark id="ev-{candidate.pk}"><a href="#candidate-{candidate.pk}">'
        "Trump will call Putin &lt;script&gt;x&lt;/script&gt; on Tuesday.</a></mark>"
    ) in body
    assert "Intro &lt;b&gt;bold&lt;/b&gt; &amp; more." in body
    assert "<script>x" not in body


def test_low_confidence_candidates_are_folded_and_confident_ones_preselected(
    editor_client, settings, people
):
    settings.CANDIDATE_PRESELECT_CONFIDENCE = 0.75
    settings.CANDIDATE_HIDE_CONFIDENCE = 0.3
    source = make_source()
    sure = make_candidate(source, 0, actors=people[:2], confidence=0.9)
    maybe = make_candidate(source, 1, actors=people[:2], confidence=0.5)
    noise = make_candidate(source, 2, actors=people[:2], confidence=0.1)
    body = editor_client.get(review_url(source)).content.decode()
    folded = body[body.index("<details") :]
    assert f'id="candidate-{noise.pk}"' in folded
    assert f'id="candidate-{sure.pk}"' not in folded
    assert f'value="{sure.pk}" aria-label="Select for bulk accept" checked' in body
    assert f'value="{maybe.pk}" aria-label="Select for bulk accept" >' in body


def test_status_poll_stops_with_286_when_done_and_keeps_going_while_queued(editor_client):
    queued = make_source(extraction_status="queued")
    poll = editor_client.get(review_url(queued), headers={"HX-Request": "true"})
    assert poll.status_code == 200 and b'hx-trigger="every 1s"' in poll.content
    assert b"<html" not in poll.content and b"Queued" in poll.content
    done = make_source("Another article entirely.", extraction_status="done")
    poll = editor_client.get(review_url(done), headers={"HX-Request": "true"})
    assert poll.status_code == 286 and b"every 1s" not in poll.content
    full = editor_client.get(review_url(queued))
    assert full.status_code == 200 and b"<html" in full.content


def _source_with_candidates(n: int, people, track) -> Source:
    source = make_source(f"Article with {n} candidates.\n" + ARTICLE, track=track)
    trump, putin, ukraine, usa = people
    meeting = Meeting.objects.create(track=track, title="Call", date=datetime.date(2025, 3, 18))
    MeetingParticipant.objects.create(meeting=meeting, actor=trump)
    Concession.objects.create(track=track, title="C", giver=ukraine, receiver=usa)
    Proposal.objects.create(track=track, title="P")
    kinds = ["meeting", "proposal", "concession", "statement"]
    for i in range(n):
        make_candidate(
            source,
            i,
            actors=[trump, putin, ukraine, usa][: 1 + i % 4],
            kind=kinds[i % 4],
            confidence=(i % 10) / 10,
            date=datetime.date(2025, 3, 18),
            unmatched_names=[{"name": f"Unknown {i % 3}", "kind": "person"}],
            payload={"type": kinds[i % 4], "confidence": 0.9},
            pattern_key=f"k{i % 2}",
        )
    return source


def test_review_page_query_count_is_flat_in_the_number_of_candidates(
    editor_client, people, track, django_assert_max_num_queries
):
    small = _source_with_candidates(5, people, track)
    large = _source_with_candidates(40, people, track)
    editor_client.get(review_url(small))  # warm the session
    with django_assert_max_num_queries(25) as few:
        editor_client.get(review_url(small))
    with django_assert_max_num_queries(len(few.captured_queries)) as many:
        response = editor_client.get(review_url(large))
    assert response.status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)


# --- Access -----------------------------------------------------------------------------


def _all_urls(source, candidate, meeting):
    return [
        ("get", reverse("negotiations:import"), {}),
        ("post", reverse("negotiations:import"), {"text": ARTICLE}),
        ("get", review_url(source), {}),
        ("post", reverse("negotiations:import_extract", args=[source.pk]), {}),
        (
            "post",
            reverse("negotiations:import_bulk_accept", args=[source.pk]),
            {"candidates": [candidate.pk]},
        ),
        (
            "post",
            reverse("negotiations:candidate_decide", args=[candidate.pk]),
            {"action": "reject"},
        ),
        ("get", reverse("negotiations:candidate_edit", args=[candidate.pk]), {}),
        ("post", reverse("negotiations:candidate_edit", args=[candidate.pk]), {"title": "x"}),
        (
            "get",
            reverse("negotiations:candidate_merge", args=[candidate.pk, "meeting", meeting.pk]),
            {},
        ),
        (
            "post",
            reverse("negotiations:candidate_merge", args=[candidate.pk, "meeting", meeting.pk]),
            {},
        ),
        (
            "post",
            reverse("negotiations:candidate_name", args=[candidate.pk]),
            {"name": "X", "new_kind": "person"},
        ),
    ]


@pytest.mark.parametrize("who", ["anonymous", "reader", "staff_without_permission"])
def test_only_editors_can_reach_import_and_review(client, django_user_model, track, people, who):
    if who == "reader":
        client.force_login(django_user_model.objects.create_user("r", password="x"))
    elif who == "staff_without_permission":
        client.force_login(django_user_model.objects.create_user("s", password="x", is_staff=True))
    source = make_source(track=track)
    candidate = make_candidate(source, 0, actors=people[:2])
    meeting = Meeting.objects.create(track=track, title="M", date=datetime.date(2025, 3, 18))
    actors_before = Actor.objects.count()
    for method, url, data in _all_urls(source, candidate, meeting):
        response = getattr(client, method)(url, data)
        assert response.status_code in (302, 403), (method, url, response.status_code)
        if response.status_code == 302:
            assert response["Location"].startswith(reverse("admin:login"))
    assert Source.objects.count() == 1
    assert Candidate.objects.get().decision == "pending"
    assert Actor.objects.count() == actors_before and Meeting.objects.count() == 1


def test_admin_index_and_source_list_link_to_the_import_page(editor_client):
    url = reverse("negotiations:import")
    assert url in editor_client.get(reverse("admin:index")).content.decode()
    assert (
        url in editor_client.get(reverse("admin:negotiations_source_changelist")).content.decode()
    )


def test_overlapping_evidence_gets_an_anchor_on_the_mark_it_overlaps(editor_client, people):
    source = make_source()
    evidence = source.text.strip().split("\n")[-1]
    first = make_candidate(source, 0, actors=people[:2], evidence=evidence)
    second = make_candidate(source, 1, actors=people[:2], evidence=evidence, kind="proposal")
    body = editor_client.get(review_url(source)).content.decode()
    assert body.count("<mark") == 1
    assert (
        f'<span id="ev-{second.pk}"></span>' in body or f'<span id="ev-{first.pk}"></span>' in body
    )


def test_import_page_shows_the_editors_verdict_by_kind(editor, editor_client, track, people):
    source = make_source(track=track)
    kept = make_candidate(source, 0, actors=people[:2])
    dropped = make_candidate(source, 1, actors=people[:2])
    make_candidate(source, 2, actors=people[:2], kind="proposal")
    importing.accept_candidate(candidate_id=kept.pk, user=editor)
    importing.reject_candidate(candidate_id=dropped.pk, user=editor)
    stats = importing.review_stats_by_kind()
    assert (stats["meeting"].accepted, stats["meeting"].rejected) == (1, 1)
    assert stats["meeting"].precision == 0.5 and stats["proposal"].pending == 1
    page = editor_client.get(reverse("negotiations:import")).content.decode()
    assert "<td>meeting</td><td>1</td><td>0</td><td>1</td><td>0</td><td>50%</td>" in page


def test_extraction_stuck_longer_than_a_task_may_run_offers_a_retry(editor_client, settings):
    from django.utils import timezone

    settings.CELERY_TASK_TIME_LIMIT = 60
    source = make_source(extraction_status="extracting")
    Source.objects.filter(pk=source.pk).update(
        extraction_started_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    body = editor_client.get(review_url(source)).content.decode()
    assert "worker may have stopped" in body and "Retry extraction" not in body
    assert reverse("negotiations:import_extract", args=[source.pk]) in body
    fresh = make_source("A different article.", extraction_status="extracting")
    Source.objects.filter(pk=fresh.pk).update(extraction_started_at=timezone.now())
    assert "worker may have stopped" not in editor_client.get(review_url(fresh)).content.decode()


def test_concession_without_a_known_giver_offers_the_form_not_one_click_accept(
    editor_client, people
):
    source = make_source()
    candidate = make_candidate(source, 0, kind="concession", actors=people[:2], confidence=0.9)
    body = editor_client.get(review_url(source)).content.decode()
    card = body[body.index(f'id="candidate-{candidate.pk}"') :]
    card = card[: card.index("</article>")]
    assert "Who concedes is not known" in card
    assert 'value="accept"' not in card and 'name="candidates"' not in card
    assert reverse("negotiations:candidate_edit", args=[candidate.pk]) in card


def test_progress_poll_is_cheap_while_extraction_runs(editor_client, django_assert_max_num_queries):
    source = make_source(extraction_status="extracting")
    editor_client.get(review_url(source))
    with django_assert_max_num_queries(5):  # session, user, 2 × permissions, source
        editor_client.get(review_url(source), headers={"HX-Request": "true"})


def test_a_statement_can_be_edited_into_a_meeting_and_accepted(editor_client, track, people):
    trump, putin, *_ = people
    candidate = make_candidate(make_source(track=track), 0, kind="statement", actors=[trump])
    url = reverse("negotiations:candidate_edit", args=[candidate.pk])
    assert "meeting_format" in editor_client.get(url, {"kind": "meeting"}).content.decode()
    response = editor_client.post(
        url,
        {
            "kind": "meeting",
            "publication": "draft",
            "track": track.pk,
            "title": "Trump speaks to Putin",
            "date": "",
            "date_precision": "unknown",
            "actors": [trump.pk, putin.pk],
            "meeting_format": "phone_call",
            "meeting_status": "held",
        },
    )
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.kind == "meeting" and candidate.decision == "accepted"
    assert candidate.meeting.date is None and candidate.meeting.date_precision == "unknown"


def test_refused_edit_keeps_the_candidate_as_it_was(editor_client, people):
    candidate = make_candidate(make_source(), 0, kind="statement", actors=people[:1])
    other = Track.objects.create(name="Other")
    Track.objects.filter(pk=other.pk).delete()
    response = editor_client.post(
        reverse("negotiations:candidate_edit", args=[candidate.pk]),
        {"kind": "meeting", "publication": "draft", "title": "x", "date_precision": "day"},
    )
    assert response.status_code == 400
    candidate.refresh_from_db()
    assert candidate.kind == "statement" and candidate.decision == "pending"


def test_import_page_lists_recent_sources_with_what_is_left_to_review(editor_client, people):
    source = make_source(candidate_count=2)
    make_candidate(source, 0, actors=people[:2])
    make_candidate(source, 1, actors=people[:2], decision="rejected")
    page = editor_client.get(reverse("negotiations:import")).content.decode()
    assert review_url(source) in page and "2 candidates, <strong>1 to review</strong>" in page


def test_a_candidate_only_the_sentence_model_found_says_so_on_its_card(editor_client, people):
    source = make_source(candidate_count=2)
    by_rules = make_candidate(source, 0, actors=people[:2])
    learned = make_candidate(
        source,
        1,
        kind="concession",
        actors=people[:1],
        confidence=0.5,
        payload={"type": "concession", "found_by": "sentence model"},
    )
    page = editor_client.get(review_url(source)).content.decode()
    cards = {
        c.pk: page.split(f'id="candidate-{c.pk}"')[1].split("</article>")[0]
        for c in (by_rules, learned)
    }
    assert "Suggested by the sentence model" in cards[learned.pk]
    assert "Suggested by the sentence model" not in cards[by_rules.pk]
