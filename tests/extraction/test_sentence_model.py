import datetime as dt

import pytest

import negotiations.extraction.events as events_module
from negotiations.extraction import Gazetteer, extract
from negotiations.extraction.events import LEARNED_THRESHOLD
from negotiations.extraction.sentence_model import SentenceModel, features, sentence_model, train

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def events_of(text, published=PUBLISHED):
    result = extract(text, published=published, gazetteer=Gazetteer.reference())
    return [e for e in result.events if e.type != "statement"]


@pytest.fixture
def without_model(monkeypatch):
    monkeypatch.setattr(events_module, "sentence_model", lambda: None)


@pytest.fixture
def sure_of(monkeypatch):
    """A model sure that every sentence holds an event of one type: what the rules around it
    still refuse does not depend on what the shipped weights happen to be."""

    def install(event_type):
        model = SentenceModel({event_type: {"bias": 5.0}})
        monkeypatch.setattr(events_module, "sentence_model", lambda: model)

    return install


def test_features_are_words_stems_and_word_pairs_without_accents():
    found = features("L'Arménie a cédé")
    assert {"w:armenie", "p:armen", "w:cede", "b:armenie_a"} <= found
    assert not any("é" in f for f in found)


def test_training_separates_the_sentences_of_a_type_from_the_others():
    rows = [
        ("Rebels handed over the town to the army.", {"concession"}),
        ("The army handed over the prisoners to the rebels.", {"concession"}),
        ("The militia handed over its weapons.", {"concession"}),
        ("It rained in the capital all week.", set()),
        ("The capital was quiet all week.", set()),
        ("The week ended with rain.", set()),
    ] * 3
    model = train(rows, epochs=10)
    assert model.probability("concession", "The guerrillas handed over the hostages.") > 0.8
    assert model.probability("concession", "The rain ended in the capital.") < 0.2
    assert model.probability("meeting", "The guerrillas handed over the hostages.") < 0.2


def test_the_anchor_is_the_word_that_weighs_most_for_the_type():
    model = SentenceModel({"meeting": {"w:met": 2.0, "w:talks": 0.5, "bias": -1.0}})
    text = "After long talks they met in Doha."
    start, end = model.anchor("meeting", text)
    assert text[start:end] == "met"


def test_the_shipped_model_reads_a_concession_in_words_no_lexicon_lists():
    text = (
        "Il 12 marzo l'ETA ha abbandonato la lotta armata e riconosciuto l'autorità della Spagna."
    )
    assert sentence_model().probability("concession", text) >= LEARNED_THRESHOLD
    assert sentence_model().probability("meeting", text) < 0.1


def test_without_the_model_the_rules_miss_that_concession(without_model):
    text = (
        "Il 12 marzo l'ETA ha abbandonato la lotta armata e riconosciuto l'autorità della Spagna."
    )
    assert events_of(text) == []


def test_the_models_concession_is_dated_and_named_like_a_rules():
    text = (
        "Il 12 marzo l'ETA ha abbandonato la lotta armata e riconosciuto l'autorità della Spagna."
    )
    [concession] = events_of(text)
    assert concession.type == "concession"
    assert (concession.date, concession.date_precision) == ("2024-03-12", "day")
    assert set(concession.actors) == {"ETA", "Spain"}
    assert concession.roles["conceding"] == ["ETA"]
    assert concession.confidence < 0.6  # below any event a rule reports with a date
    assert concession.to_json()["found_by"] == "sentence model"
    [rule_found] = events_of("Il 12 marzo la Spagna ha ritirato le truppe dal confine.")
    assert rule_found.to_json()["found_by"] == "rules"


def test_an_event_only_the_model_saw_needs_a_day_or_a_month(sure_of):
    sure_of("concession")
    told = "l'ETA ha abbandonato la lotta armata e riconosciuto l'autorità della Spagna."
    assert [e.type for e in events_of(f"Il 12 marzo 2011 {told}")] == ["concession"]
    assert events_of(f"Nel 2011 {told}") == []
    assert events_of(told[0].upper() + told[1:]) == []


def test_an_encounter_only_the_model_saw_needs_two_sides(sure_of):
    sure_of("meeting")
    assert events_of("On Tuesday Olaf Scholz hosted a long working lunch at the chancellery.") == []
    [lunch] = events_of("On Tuesday Olaf Scholz hosted Emmanuel Macron for a long working lunch.")
    assert lunch.type == "meeting" and set(lunch.actors) == {"Olaf Scholz", "Emmanuel Macron"}


def test_the_model_adds_nothing_where_the_rules_found_terms_both_sides_give(sure_of):
    sure_of("concession")
    text = "Il 12 marzo la Russia e l'Ucraina hanno accettato di ritirare le truppe dal fronte."
    assert "concession" not in [e.type for e in events_of(text)]


def test_an_undated_concession_stays_only_where_the_model_also_reads_one(monkeypatch):
    import negotiations.extraction.pipeline as pipeline_module

    text = "Russia has long demanded that Ukraine withdraw its troops from Donetsk."
    [demand] = events_of(text)
    assert (demand.type, demand.date) == ("concession", None)
    unconvinced = SentenceModel({"concession": {"bias": -5.0}})
    monkeypatch.setattr(pipeline_module, "sentence_model", lambda: unconvinced)
    assert events_of(text) == []


def test_the_model_adds_no_meeting_where_the_rules_read_one_as_proposed(sure_of):
    sure_of("meeting")
    text = (
        "President Donald Trump said on Monday that he had begun arranging a meeting between "
        "Vladimir Putin and Volodymyr Zelensky."
    )
    assert [e.type for e in events_of(text, dt.date(2025, 8, 19))] == ["proposal"]


def test_the_model_defers_where_the_rules_had_a_meetings_own_words(sure_of):
    sure_of("meeting")
    text = 'On Monday evening, Zelensky called his exchange with Trump "the best conversation".'
    assert [e for e in events_of(text, dt.date(2025, 8, 19)) if e.type == "meeting"] == []
