"""The whole path through a real Celery worker and Redis: paste → candidates → review."""

import pytest
from django.urls import reverse

from negotiations.models import (
    Actor,
    Alias,
    Candidate,
    Citation,
    Concession,
    Meeting,
    Proposal,
    ProposalResponse,
    Publication,
    Source,
)

from .import_support import SEED, ensure_editors_group, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _editors_group(db):
    ensure_editors_group()


def _extracted(source_id: int) -> Source:
    def done():
        source = Source.objects.get(pk=source_id)
        return source if source.extraction_status in ("done", "failed") else None

    source = wait_for(done, timeout=60)
    assert source.extraction_status == "done", source.extraction_error
    return source


def test_pasted_seed_article_is_extracted_reviewed_and_curated(celery_worker, demo, editor_client):
    demo_call = Meeting.objects.get(title="Trump and Putin to speak by phone")
    response = editor_client.post(reverse("negotiations:import"), {"text": SEED.read_text()})
    assert response.status_code == 302
    source = Source.objects.get()  # the demo's own copy of the seed: recognised, not stored twice
    assert response["Location"] == reverse("negotiations:import_review", args=[source.pk])
    page = editor_client.get(response["Location"])
    assert "already imported" in page.content.decode()

    source = _extracted(source.pk)
    assert source.candidate_count > 4
    poll = editor_client.get(response["Location"], headers={"HX-Request": "true"})
    assert poll.status_code == 286  # htmx stops polling: extraction finished
    assert "candidate" in poll.content.decode()

    candidates = list(source.candidates.prefetch_related("matched_actors"))
    # An unknown name, if any, is taught to the gazetteer as an alias or a new actor.
    unknown = next((c for c in candidates if c.unmatched_names), None)
    if unknown is not None:
        name = unknown.unmatched_names[0]["name"]
        editor_client.post(
            reverse("negotiations:candidate_name", args=[unknown.pk]),
            {"name": name, "new_kind": "person", "new_name": name},
        )
        assert Actor.objects.matching_name(name).exists()

    call = next(
        c
        for c in candidates
        if c.kind == "meeting"
        and c.date
        and c.date.isoformat() == "2025-03-18"
        and {"Donald Trump", "Vladimir Putin"} <= {a.name for a in c.matched_actors.all()}
    )
    proposal = next(c for c in candidates if c.kind == "proposal")
    concession = next(c for c in candidates if c.kind == "concession")
    # Reject a statement (not stored as events), or else the least confident of the rest.
    rest = [c for c in candidates if c not in (call, proposal, concession)]
    noise = next((c for c in rest if c.kind == "statement"), None) or min(
        rest, key=lambda c: c.confidence
    )

    # The review page offers the demo's scheduled call as a possible duplicate of the call.
    review = editor_client.get(reverse("negotiations:import_review", args=[source.pk])).content
    merge_url = reverse("negotiations:candidate_merge", args=[call.pk, "meeting", demo_call.pk])
    assert merge_url.encode() in review

    preview = editor_client.get(merge_url)
    assert preview.status_code == 200 and b"What would change" in preview.content
    assert editor_client.post(merge_url).status_code == 302

    accept = reverse("negotiations:candidate_decide", args=[proposal.pk])
    editor_client.post(accept, {"action": "accept", "publication": "published"})

    russia, usa = Actor.objects.get(name="Russia"), Actor.objects.get(name="United States")
    edit = editor_client.post(
        reverse("negotiations:candidate_edit", args=[concession.pk]),
        {
            "kind": "concession",
            "publication": "draft",
            "track": demo.pk,
            "title": "Russia asked to pull back its troops",
            "summary": "",
            "date": "",
            "date_precision": "unknown",
            "actors": [russia.pk, usa.pk],
            "giver": russia.pk,
            "receiver": usa.pk,
            "category": "military",
            "concession_status": "demanded",
        },
    )
    assert edit.status_code == 302, edit.content.decode()[:2000]
    editor_client.post(
        reverse("negotiations:candidate_decide", args=[noise.pk]), {"action": "reject"}
    )

    decisions = dict(Candidate.objects.filter(source=source).values_list("pk", "decision"))
    assert decisions[call.pk] == "merged"
    assert decisions[proposal.pk] == "accepted"
    assert decisions[concession.pk] == "accepted"
    assert decisions[noise.pk] == "rejected"

    call.refresh_from_db()
    assert call.meeting == demo_call
    assert Citation.objects.filter(meeting=demo_call, source=source).exists()
    assert demo_call.title == "Trump and Putin to speak by phone"  # curated, not overwritten

    new_proposal = Proposal.objects.get(candidates=proposal)
    assert new_proposal.publication == Publication.PUBLISHED
    assert new_proposal.citations.filter(source=source, quote=proposal.evidence).exists()
    for name in proposal.payload.get("accepted_by") or []:
        assert ProposalResponse.objects.filter(
            proposal=new_proposal, stance="accepted", actor__in=Actor.objects.matching_name(name)
        ).exists()

    new_concession = Concession.objects.get(candidates=concession)
    assert new_concession.publication == Publication.DRAFT
    assert (new_concession.giver, new_concession.receiver) == (russia, usa)
    assert new_concession.stages.get().status == "demanded"
    assert new_concession.citations.filter(stage__isnull=False).exists()

    # Every change is in the history, attributed to the editor.
    assert new_proposal.history.first().history_user.username == "editor"
    assert Candidate.history.filter(decision="rejected", history_user__username="editor").exists()

    # The review page counts the decisions, for this source and overall.
    page = editor_client.get(reverse("negotiations:import_review", args=[source.pk])).content
    assert b"2 accepted" in page and b"1 merged" in page and b"1 rejected" in page
    assert Alias.objects.exists()


def test_new_article_is_queued_extracted_and_shown_without_reload(celery_worker, editor_client):
    text = SEED.read_text().replace("Trump parla con Putin", "Trump und Putin telefonieren")
    response = editor_client.post(
        reverse("negotiations:import"), {"text": text, "published": "2025-03-17"}
    )
    source = Source.objects.get()
    assert source.origin == "paste" and source.created_by.username == "editor"
    assert source.extraction_status in ("queued", "extracting", "done")
    first = editor_client.get(response["Location"], headers={"HX-Request": "true"})
    assert first.status_code in (200, 286)
    source = _extracted(source.pk)
    final = editor_client.get(response["Location"], headers={"HX-Request": "true"})
    assert final.status_code == 286
    assert f"{source.candidate_count} candidate".encode() in final.content
    assert b"<mark" in final.content


def test_the_same_task_delivered_twice_at_once_stores_one_set_of_candidates(celery_worker):
    from negotiations.tasks import extract_source

    source = Source.objects.create(
        text=SEED.read_text(), extraction_status="queued", published_on="2025-03-17"
    )
    results = [extract_source.delay(source.pk), extract_source.delay(source.pk)]
    counts = [result.get(timeout=60) for result in results]
    source.refresh_from_db()
    assert counts[0] == counts[1] == source.candidate_count == source.candidates.count() > 0
    assert source.extraction_attempts == 2 and source.extraction_status == "done"
