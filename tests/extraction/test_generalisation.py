"""General rules added for unseen articles: back-references, participants, generic concessions."""

import datetime as dt

import pytest

from negotiations.extraction import Gazetteer, extract

PUBLISHED = dt.date(2025, 8, 20)  # a Wednesday


@pytest.fixture(scope="module")
def reference():
    return Gazetteer.reference()


def events_of(text, gazetteer, language):
    return extract(text, published=PUBLISHED, gazetteer=gazetteer, language=language).events


def of_type(events, kind):
    return [e for e in events if e.type == kind]


def test_concession_at_the_summit_takes_the_summit_date(reference):
    text = (
        "Russia and Ukraine met in Geneva on Friday. "
        "At the talks, Ukraine offered to withdraw troops from two districts."
    )
    [concession] = of_type(events_of(text, reference, "en"), "concession")
    assert concession.date == "2025-08-15"


def test_bei_dem_treffen_refers_back_and_is_no_new_meeting(reference):
    text = (
        "Frankreich und Iran trafen sich am Freitag in Genf. "
        "Bei dem Treffen verlangte Frankreich, dass Iran die Sanktionen gegen Diplomaten aufhebt."
    )
    events = events_of(text, reference, "de")
    assert len(of_type(events, "meeting")) == 1
    [concession] = of_type(events, "concession")
    assert concession.date == "2025-08-15"
    assert concession.roles["status"] == "demanded"


def test_participants_named_in_the_next_sentence(reference):
    text = (
        "I leader si sono ritrovati lunedì a Parigi. "
        "Al tavolo sedevano il presidente francese Emmanuel Macron, il cancelliere tedesco "
        "Friedrich Merz e il presidente ucraino Volodymyr Zelensky."
    )
    [meeting] = of_type(events_of(text, reference, "it"), "meeting")
    assert meeting.date == "2025-08-18"
    assert {"Emmanuel Macron", "Volodymyr Zelensky"} <= set(meeting.actors)


def test_single_party_commitment_is_a_granted_concession(reference):
    text = "Lors de la cérémonie samedi, le Mali s'est engagé à intégrer des combattants rebelles."
    [concession] = of_type(events_of(text, reference, "fr"), "concession")
    assert concession.roles["status"] == "granted"
    assert concession.roles["conceding"] == ["Mali"]


def test_demand_clause_needs_a_named_conceding_party(reference):
    text = "The UN chief asked on Friday that the talks be widened to civilians."
    assert of_type(events_of(text, reference, "en"), "concession") == []


def test_bilateral_meeting_before_the_summit_is_its_own_event(reference):
    text = (
        "Emmanuel Macron, Friedrich Merz, Donald Trump and Volodymyr Zelensky met in Paris on "
        "Monday. On Monday afternoon, before the summit, Trump and Zelensky held a bilateral "
        "meeting."
    )
    assert len(of_type(events_of(text, reference, "en"), "meeting")) == 2


def test_title_and_surname_used_once_is_a_person(reference):
    text = "Foreign Minister Bourita met his Spanish counterpart Albares in Madrid on Thursday."
    [meeting] = of_type(events_of(text, reference, "en"), "meeting")
    assert "Bourita" in meeting.actors
