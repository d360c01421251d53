import pytest

from negotiations.demo import load_demo
from negotiations.models import (
    Actor,
    Citation,
    Concession,
    Meeting,
    Proposal,
    ProposalResponse,
    Source,
)

pytestmark = pytest.mark.django_db

MODELS = [Actor, Source, Meeting, Proposal, ProposalResponse, Concession, Citation]


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_load_demo_twice_changes_nothing():
    load_demo()
    first = counts()
    second_summary = load_demo()
    assert counts() == first
    assert second_summary.created == 0


def test_demo_holds_the_seed_scheduled_call_and_the_accepted_proposal():
    load_demo()
    call = Meeting.objects.get(title="Trump and Putin to speak by phone")
    assert call.status == Meeting.Status.SCHEDULED
    assert str(call.date) == "2025-03-18"
    assert {p.actor.name for p in call.parties.all()} == {"Donald Trump", "Vladimir Putin"}
    proposal = Proposal.objects.get(title__contains="30-day")
    stances = {r.actor.name: r.stance for r in proposal.responses.select_related("actor")}
    assert stances == {"Ukraine": "accepted", "Russia": "conditional"}


def test_demo_citations_quote_the_seed_text_exactly():
    load_demo()
    source = Source.objects.get(language="it")
    for citation in Citation.objects.filter(source=source):
        assert citation.quote in source.text
        assert source.text[citation.quote_start : citation.quote_end].strip() == citation.quote


def test_demo_aliases_include_the_forms_in_the_seed():
    load_demo()
    assert Actor.objects.matching_name("wladimir putin").get().name == "Vladimir Putin"
    assert Actor.objects.matching_name("Selenskyj").get().name == "Volodymyr Zelensky"
    assert Actor.objects.matching_name("Casa Bianca").get().name == "United States"


def test_demo_keeps_one_draft_for_editors_only():
    load_demo()
    assert Proposal.objects.drafts().count() == 1
