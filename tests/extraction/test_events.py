import datetime as dt

import pytest

from negotiations.extraction import Gazetteer, extract

PUBLISHED = dt.date(2025, 3, 17)  # a Monday


def events_of(text, gazetteer, language, published=PUBLISHED):
    return extract(text, published=published, gazetteer=gazetteer, language=language).events


def of_type(events, kind):
    return [e for e in events if e.type == kind]


def reference_events(text, published, language=None):
    """Events of ``text`` with the shipped reference gazetteer, as an article published then."""
    return extract(
        text, published=published, gazetteer=Gazetteer.reference(), language=language
    ).events


def test_scheduled_phone_call_is_a_meeting_on_the_next_tuesday(gazetteer):
    [call] = of_type(
        events_of(
            "La prossima telefonata tra Trump e Putin, prevista per martedì, sarà decisiva.",
            gazetteer,
            "it",
        ),
        "meeting",
    )
    assert (call.subtype, call.date, call.date_precision) == ("phone_call", "2025-03-18", "day")
    assert call.modality == "scheduled"
    assert set(call.actors) >= {"Donald Trump", "Vladimir Putin"}


def test_call_told_across_sentences_is_one_event(gazetteer):
    text = (
        "Trump and Putin held a phone call on Tuesday about the war. "
        "The call lasted two hours. Officials said the call between Trump and Putin was friendly."
    )
    assert len(of_type(events_of(text, gazetteer, "en", dt.date(2025, 3, 20)), "meeting")) == 1


def test_calls_on_different_dates_are_two_events(gazetteer):
    text = (
        "Trump e Putin al telefono il mese scorso hanno avviato i negoziati. "
        "La prossima telefonata tra Trump e Putin è prevista per martedì."
    )
    calls = of_type(events_of(text, gazetteer, "it"), "meeting")
    assert sorted(c.date for c in calls) == ["2025-02", "2025-03-18"]


def test_one_sentence_with_a_call_and_a_concession_gives_two_events(gazetteer):
    text = "Putin hatte vergangene Woche in einem Telefonat mit Trump den Verzicht auf Angriffe auf Energieanlagen zugesagt."
    events = events_of(text, gazetteer, "de", dt.date(2025, 3, 26))
    assert sorted(e.type for e in events if e.type != "statement") == ["concession", "meeting"]
    concession = of_type(events, "concession")[0]
    assert concession.roles["conceding"] == ["Vladimir Putin"] and concession.date == "2025-03"


def test_meeting_needs_a_time_and_an_undated_one_is_not_reported(gazetteer):
    assert (
        of_type(events_of("Trump would like a meeting with Putin.", gazetteer, "en"), "meeting")
        == []
    )
    assert of_type(events_of("Trump met Putin in Helsinki on Monday.", gazetteer, "en"), "meeting")
    # the annotation rules accept a place alone, but on 60 blind articles none of the 25
    # undated meetings the engine reported was right: an encounter it cannot date is dropped
    assert of_type(events_of("Trump met Putin in Helsinki.", gazetteer, "en"), "meeting") == []


def test_series_of_meetings_is_not_a_meeting(gazetteer):
    text = "Le delegazioni di Russia e Ucraina si erano viste più volte in Bielorussia."
    assert of_type(events_of(text, gazetteer, "it"), "meeting") == []


def test_cabinet_session_is_not_a_meeting(gazetteer):
    text = "On Thursday Trump put off a cabinet meeting on the Russia deal with Putin."
    assert of_type(events_of(text, gazetteer, "en"), "meeting") == []


def test_acceptance_belongs_to_the_proposal_not_to_a_statement(gazetteer):
    text = (
        "The United States offered a 30-day ceasefire proposal to Russia on Tuesday. "
        "Zelensky said Ukraine accepted the proposal."
    )
    events = events_of(text, gazetteer, "en", dt.date(2025, 3, 14))
    assert len(of_type(events, "proposal")) == 1
    assert of_type(events, "statement") == []
    proposal = of_type(events, "proposal")[0]
    assert "Ukraine" in proposal.roles.get("accepted_by", [])
    assert proposal.date == "2025-03-11"


def test_earlier_declaration_is_a_separate_proposal(gazetteer):
    text = (
        "La Russie et l'Ukraine ont signé vendredi un accord de paix. "
        "Il prolonge une déclaration de principes que les deux pays avaient signée le 25 avril."
    )
    proposals = of_type(events_of(text, gazetteer, "fr", dt.date(2025, 6, 28)), "proposal")
    assert sorted(p.date for p in proposals) == ["2025-04-25", "2025-06-27"]
    assert all({"Russia", "Ukraine"} <= set(p.actors) for p in proposals)


def test_proposal_takes_the_date_of_its_latest_step(gazetteer):
    text = (
        "La Russie et l'Ukraine ont signé vendredi un accord de paix. "
        "Le document avait été paraphé le 18 juin par la Russie."
    )
    [proposal] = of_type(events_of(text, gazetteer, "fr", dt.date(2025, 6, 28)), "proposal")
    assert proposal.date == "2025-06-27"


def test_terms_of_an_agreement_take_the_agreement_date(gazetteer):
    text = (
        "Russia and Ukraine signed an agreement on Wednesday. "
        "Under the deal, Russian troops are to withdraw from the city."
    )
    [concession] = of_type(events_of(text, gazetteer, "en", dt.date(2025, 3, 14)), "concession")
    assert concession.date == "2025-03-12" and concession.roles["status"] == "granted"
    assert concession.roles["conceding"] == ["Russia"]


def test_demand_names_the_party_asked_to_concede(gazetteer):
    text = "Putin ha chiesto all'Ucraina di fermare la mobilitazione."
    [concession] = of_type(events_of(text, gazetteer, "it"), "concession")
    assert concession.roles["status"] == "demanded" and concession.roles["conceding"] == ["Ukraine"]
    assert concession.date is None


def test_items_for_two_parties_in_one_sentence_are_two_concessions(gazetteer):
    text = "Selon le texte, la Russie doit retirer ses troupes, tandis que l'Ukraine s'engage à lever les sanctions."
    concessions = of_type(events_of(text, gazetteer, "fr", published=None), "concession")
    assert [c.roles["conceding"] for c in concessions] == [["Russia"], ["Ukraine"]]


def test_prisoner_exchange_is_one_concession_with_both_parties(gazetteer):
    text = "Russia is to free 100 prisoners while Ukraine releases 100 prisoners of war."
    [concession] = of_type(events_of(text, gazetteer, "en", published=None), "concession")
    assert set(concession.roles["conceding"]) == {"Russia", "Ukraine"}


def test_statement_needs_a_named_speaker_and_not_a_habit(gazetteer):
    assert (
        of_type(events_of("Officials said the talks were useful.", gazetteer, "en"), "statement")
        == []
    )
    assert (
        of_type(
            events_of("Trump has repeatedly said the war must end.", gazetteer, "en"), "statement"
        )
        == []
    )
    [statement] = of_type(
        events_of("Trump said on Sunday the talks were useful.", gazetteer, "en"), "statement"
    )
    assert statement.actors == ["Donald Trump"] and statement.date == "2025-03-16"


def test_modality_hypothetical_conditional_and_denied(gazetteer):
    hypothetical = events_of("Russia could withdraw its troops from the region.", gazetteer, "en")
    assert of_type(hypothetical, "concession")[0].modality == "hypothetical"
    conditional = events_of(
        "Russia will lift the sanctions only if Ukraine halts mobilisation.", gazetteer, "en"
    )
    assert of_type(conditional, "concession")[0].modality == "conditional"
    denied = events_of(
        "The Kremlin denied that Putin met Trump in Helsinki on Friday.", gazetteer, "en"
    )
    assert of_type(denied, "meeting")[0].modality == "denied"


def test_event_without_a_named_actor_is_dropped(gazetteer):
    assert (
        events_of(
            "The two sides met on Tuesday in Geneva and discussed a prisoner exchange.",
            gazetteer,
            "en",
        )
        == []
    )


def test_evidence_offsets_point_into_the_cleaned_text(gazetteer):
    text = "Lesen Sie auch: etwas anderes\nAm Sonntag verhandelten Vertreter der USA mit der ukrainischen Delegation in Riad."
    result = extract(text, published=dt.date(2025, 3, 26), gazetteer=gazetteer, language="de")
    [meeting] = of_type(result.events, "meeting")
    assert result.text[meeting.evidence_start : meeting.evidence_end] == meeting.evidence
    assert meeting.date == "2025-03-23"


def test_german_compound_role_introduces_an_unknown_person_who_meets(gazetteer):
    text = "Der libanesische Regierungschef Nadschib Mikati sprach am Mittwoch mit Trump über die Umsetzung."
    [meeting] = of_type(events_of(text, gazetteer, "de", dt.date(2024, 11, 28)), "meeting")
    assert (
        set(meeting.actors) == {"Nadschib Mikati", "Donald Trump"} and meeting.date == "2024-11-27"
    )


def test_latest_dated_step_in_one_sentence_dates_the_proposal(gazetteer):
    text = "Les médiateurs ont présenté lundi une proposition de trêve, que la Russie a acceptée mardi matin."
    [proposal] = of_type(events_of(text, gazetteer, "fr", dt.date(2025, 3, 19)), "proposal")
    assert proposal.date == "2025-03-18"


def test_signing_in_the_presence_of_named_people_is_also_a_meeting(gazetteer):
    text = "Rusia y Ucrania firmaron el viernes un acuerdo en presencia del presidente Trump y de Putin."
    events = events_of(text, gazetteer, "es", dt.date(2025, 3, 22))
    assert sorted(e.type for e in events) == ["meeting", "proposal"]


def test_the_next_day_is_one_day_after_the_event_dated_before(gazetteer):
    text = (
        "Trump met Putin in Helsinki on Friday. "
        "Il giorno dopo is not English. The next day Trump held a phone call with Zelensky."
    )
    calls = [
        e
        for e in of_type(events_of(text, gazetteer, "en", dt.date(2025, 3, 17)), "meeting")
        if e.subtype == "phone_call"
    ]
    assert [c.date for c in calls] == ["2025-03-15"]


def test_german_compound_prisoner_exchange_agreed_by_both_sides(gazetteer):
    text = "Russland und die Ukraine trafen sich am Montag in Istanbul. Beide Seiten einigten sich auf den Austausch aller Kriegsgefangenen."
    [concession] = of_type(events_of(text, gazetteer, "de", dt.date(2025, 6, 4)), "concession")
    assert set(concession.roles["conceding"]) == {"Russia", "Ukraine"}


def test_readiness_to_meet_is_not_a_meeting(gazetteer):
    text = "Der Kremlsprecher erklärte, Putin sei zu einem Treffen mit Selenskyj in Moskau bereit."
    assert of_type(events_of(text, gazetteer, "de", dt.date(2025, 6, 4)), "meeting") == []


def test_first_meeting_since_a_year_is_still_a_meeting(gazetteer):
    text = "Trump and Putin met in Helsinki on Friday, their first meeting since 2019."
    assert len(of_type(events_of(text, gazetteer, "en"), "meeting")) == 1


def test_talks_held_since_a_year_are_a_series(gazetteer):
    text = "Los negociadores de Rusia y Ucrania se reunieron en Ginebra desde noviembre de 2012."
    assert of_type(events_of(text, gazetteer, "es"), "meeting") == []


def test_ceremony_attended_by_one_named_person_takes_the_signing_parties(gazetteer):
    text = (
        "Putin und Selenskyj haben am Freitag in Genf eine gemeinsame Erklärung unterzeichnet. "
        "Trump war bei der Zeremonie anwesend."
    )
    [meeting] = of_type(events_of(text, gazetteer, "de", dt.date(2025, 8, 9)), "meeting")
    assert {"Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"} <= set(meeting.actors)
    assert meeting.date == "2025-08-08"


def test_a_different_proposer_makes_a_new_proposal(gazetteer):
    text = (
        "La Russie a présenté mardi un plan de paix. "
        "La semaine dernière, Trump avait proposé de prolonger la trêve jusqu'à la mi-avril, ce que la Russie a refusé."
    )
    proposals = of_type(events_of(text, gazetteer, "fr", dt.date(2025, 3, 4)), "proposal")
    assert sorted(p.date for p in proposals) == ["2025", "2025-03-04"]


def test_commitments_of_two_parties_in_one_sentence_are_two_concessions(gazetteer):
    text = (
        "Secondo il testo dell'intesa, la Russia dovrà ritirare le sue truppe entro 60 giorni, "
        "mentre l'Ucraina dovrà spostare i suoi combattenti a nord del fiume."
    )
    concessions = of_type(events_of(text, gazetteer, "it", published=None), "concession")
    assert sorted(c.roles["conceding"][0] for c in concessions) == ["Russia", "Ukraine"]


def test_the_two_delegations_are_the_parties_named_most(gazetteer):
    text = (
        "Russia and Ukraine signed a truce on Saturday, Russia said, and Ukraine confirmed it, "
        "the United States said. The two delegations first met in Geneva on May 6."
    )
    [meeting] = of_type(events_of(text, gazetteer, "en", dt.date(2023, 5, 21)), "meeting")
    assert {"Russia", "Ukraine"} <= set(meeting.actors)


def test_expected_meeting_is_an_intention_not_a_meeting(gazetteer):
    text = 'Trump said on Tuesday he expected to meet Putin "probably before the end of the month".'
    assert of_type(events_of(text, gazetteer, "en"), "meeting") == []


def test_any_agreement_is_not_a_particular_proposal(gazetteer):
    text = "Zelensky said Ukraine would not accept any agreement reached without its participation."
    assert of_type(events_of(text, gazetteer, "en"), "proposal") == []


def test_refusing_peacekeepers_is_a_refused_concession(gazetteer):
    text = "Lavrov said Russia would not accept European peacekeepers in Ukraine under any flag."
    [concession] = of_type(events_of(text, gazetteer, "en"), "concession")
    assert concession.roles["status"] == "refused" and concession.roles["conceding"] == ["Russia"]


def test_demanding_new_sanctions_is_not_a_concession(gazetteer):
    text = "Zelensky ha chiesto nuove sanzioni contro la Russia, mentre Putin chiede la revoca delle sanzioni."
    [concession] = of_type(events_of(text, gazetteer, "it"), "concession")
    assert concession.roles["status"] == "demanded" and "Vladimir Putin" in concession.actors


def test_two_parties_committing_in_one_clause_are_two_concessions(gazetteer):
    text = "Según el texto, Rusia se compromete a no avanzar sobre nuevas posiciones, y Ucrania a liberar a los detenidos."
    concessions = of_type(events_of(text, gazetteer, "es"), "concession")
    assert sorted(c.roles["conceding"][0] for c in concessions) == ["Russia", "Ukraine"]


def test_exchange_told_across_two_sentences_is_one_concession(gazetteer):
    text = (
        "Laut der Vereinbarung soll Russland 50 Gefangene freilassen. "
        "Im Gegenzug entlässt die Ukraine 150 Häftlinge aus ihren Gefängnissen."
    )
    [concession] = of_type(events_of(text, gazetteer, "de", published=None), "concession")
    assert set(concession.roles["conceding"]) == {"Russia", "Ukraine"}


def test_long_standing_demand_is_still_a_concession(gazetteer):
    text = "La Russie exige toujours que l'Ukraine renonce à ses territoires."
    [concession] = of_type(events_of(text, gazetteer, "fr"), "concession")
    assert concession.roles["status"] == "demanded" and concession.date is None


def test_the_meeting_sentence_continues_the_meeting_just_reported(gazetteer):
    text = (
        "Putin y Zelensky se reunieron el jueves en Ginebra. "
        "El encuentro fue mediado por el primer ministro Ralph Gonsalves y el asesor Celso Amorim."
    )
    assert len(of_type(events_of(text, gazetteer, "es", dt.date(2025, 3, 15)), "meeting")) == 1


def test_a_step_not_taken_does_not_date_the_proposal(gazetteer):
    text = "Trump said on Monday that Russia had not yet responded to a proposal for a new prisoner deal."
    # undated, the proposal is background and is left out (pipeline._undated_step)
    assert of_type(events_of(text, gazetteer, "en", dt.date(2025, 3, 12)), "proposal") == []
    assert of_type(events_of(text, gazetteer, "en", dt.date(2025, 3, 12)), "concession") == []


def test_both_parties_agreeing_to_stop_firing_are_mutual_terms(gazetteer):
    text = "Russia and Ukraine agreed on Saturday to withdraw their troops and stop all firing."
    assert of_type(events_of(text, gazetteer, "en"), "concession") == []


def test_calls_made_one_after_the_other_are_one_call_each(gazetteer):
    calls = of_type(
        events_of(
            "Vendredi, le président américain Bill Clinton a téléphoné à David Trimble puis à "
            "Gerry Adams pour les encourager. Adams a salué un pas en avant.",
            gazetteer,
            "fr",
            published=dt.date(1998, 4, 11),
        ),
        "meeting",
    )
    assert sorted(tuple(sorted(c.actors)) for c in calls) == [
        ("Bill Clinton", "David Trimble"),
        ("Bill Clinton", "Gerry Adams"),
    ]


def test_a_working_dinner_is_a_meeting(gazetteer):
    [dinner] = of_type(
        events_of(
            "Am Donnerstagabend hatte UN-Generalsekretär António Guterres den Präsidenten Nikos "
            "Anastasiadis und den Außenminister Nikos Kotzias zu einem Arbeitsessen in Genf geladen.",
            gazetteer,
            "de",
        ),
        "meeting",
    )
    assert dinner.date == "2025-03-13"
    assert {"António Guterres", "Nikos Anastasiadis", "Nikos Kotzias"} <= set(dinner.actors)


def test_a_proposal_to_hold_talks_is_a_proposal_of_its_own_not_a_meeting(gazetteer):
    events = events_of(
        "Prime Minister Ranil Wickremesinghe signed the agreement in Vavuniya on Friday. Speaking in London on "
        "Friday, the chief negotiator Anton Balasingham said the movement accepted a Norwegian "
        "proposal to hold the first round of direct talks in Thailand next month.",
        gazetteer,
        "en",
        published=dt.date(2002, 2, 23),
    )
    assert not of_type(events, "meeting")
    proposals = of_type(events, "proposal")
    assert len(proposals) == 2
    assert any("Anton Balasingham" in p.actors for p in proposals)


def test_talks_held_over_several_rounds_are_a_series_not_a_meeting(gazetteer):
    events = events_of(
        "I negoziati tra Putin e Zelensky, avviati a gennaio dopo la crisi, si erano svolti in "
        "cinque round nella villa di Königstedt, vicino a Helsinki.",
        gazetteer,
        "it",
    )
    assert not of_type(events, "meeting")


def test_the_speaker_named_after_a_quote_and_a_title_is_the_speaker(gazetteer):
    [statement] = of_type(
        events_of(
            "«È un nuovo inizio per l'Ucraina», ha detto ieri il presidente Volodymyr Zelensky "
            "in un discorso alla nazione.",
            gazetteer,
            "it",
        ),
        "statement",
    )
    assert statement.actors == ["Volodymyr Zelensky"]


def test_a_handshake_at_the_signing_ceremony_is_a_meeting(gazetteer):
    events = events_of(
        "El Gobierno de Liberia y los rebeldes firmaron el lunes en Accra un acuerdo de paz. "
        "Durante el acto, el presidente ghanés John Kufuor estrechó la mano del jefe negociador "
        "del LURD, Kabineh Ja'neh, y del líder del MODEL, Thomas Nimely.",
        gazetteer,
        "es",
        published=dt.date(2003, 8, 19),
    )
    [meeting] = of_type(events, "meeting")
    assert meeting.date == "2003-08-18"
    assert {"John Kufuor", "Kabineh Ja'neh", "Thomas Nimely"} <= set(meeting.actors)


def test_the_three_presidents_are_the_three_named_together_earlier(gazetteer):
    events = events_of(
        "Die Präsidenten Bosniens, Serbiens und Kroatiens, Alija Izetbegović, Slobodan "
        "Milošević und Franjo Tudjman, haben am Dienstag in Dayton ein Abkommen paraphiert. "
        "Präsident Bill Clinton sprach von einem Wendepunkt. Die Verhandlungen hatten am "
        "1. November mit einem Treffen Christophers mit den drei Präsidenten begonnen; "
        "US-Außenminister Warren Christopher leitete sie.",
        gazetteer,
        "de",
        published=dt.date(1995, 11, 22),
    )
    first = [e for e in of_type(events, "meeting") if e.date == "1995-11-01"]
    assert first
    assert {"Alija Izetbegović", "Slobodan Milošević", "Franjo Tudjman"} <= set(first[0].actors)
    assert "Bill Clinton" not in first[0].actors


def test_a_visit_before_talks_on_a_later_day_is_not_a_meeting_of_its_own(gazetteer):
    events = events_of(
        "Keith Kellogg, Trump's envoy for Ukraine and Russia, arrived in Kyiv today and is due "
        "to hold talks with Zelensky on Thursday.",
        gazetteer,
        "en",
        published=dt.date(2025, 2, 19),
    )
    [meeting] = of_type(events, "meeting")
    assert meeting.date == "2025-02-20"
    assert {"Keith Kellogg", "Volodymyr Zelensky"} <= set(meeting.actors)


def test_a_fronted_weekday_takes_the_tense_of_the_verb_after_it(gazetteer):
    meetings = of_type(
        events_of(
            "Putin e Zelensky si sono incontrati ieri. Domenica i due leader sono attesi a "
            "Istanbul per un vertice con Erdogan.",
            gazetteer,
            "it",
            published=dt.date(2018, 9, 12),
        ),
        "meeting",
    )
    assert [m.date for m in meetings] == ["2018-09-11", "2018-09-16"]
    meeting = meetings[1]
    assert meeting.modality == "scheduled"
    assert {"Vladimir Putin", "Volodymyr Zelensky"} <= set(meeting.actors)


def test_a_relative_clause_about_a_person_is_no_meeting(gazetteer):
    events = events_of(
        "Milošević, der in Dayton auch für die bosnischen Serben verhandelte, tritt die Vororte "
        "Sarajevos an die Föderation ab.",
        gazetteer,
        "de",
        published=dt.date(1995, 11, 22),
    )
    assert not of_type(events, "meeting")


def conceding_parties(text, gazetteer, language):
    """Who concedes, in a sentence read on its own: without a publication date, so that a term
    told in the future tense is not set aside as an undated restatement of an accord."""
    return [
        c.roles["conceding"]
        for c in of_type(events_of(text, gazetteer, language, published=None), "concession")
    ]


def test_german_separable_verb_closing_the_clause_is_a_concession(gazetteer):
    text = "Nach dem Abkommen tritt Russland die besetzten Dörfer im Norden an die Ukraine ab."
    assert conceding_parties(text, gazetteer, "de") == [["Russia"]]
    text = "Russland zog am Freitag seine Truppen aus der gesamten Region ab."
    assert conceding_parties(text, gazetteer, "de") == [["Russia"]]
    text = "Heute zog Russland nach: Ab Freitag gelten neue Regeln für die Häfen."
    assert conceding_parties(text, gazetteer, "de") == []  # "ab" opens a phrase, not a verb


def test_future_and_past_forms_of_giving_verbs_grant_a_concession(gazetteer):
    text = "La Russia ritirerà le truppe dalla regione e consegnerà le armi pesanti entro l'anno."
    assert conceding_parties(text, gazetteer, "it") == [["Russia"]]
    text = "Rusia entregó el jueves el control de la zona a la misión internacional."
    assert conceding_parties(text, gazetteer, "es") == [["Russia"]]
    text = "La Russie retirera ses unités de la zone démilitarisée."
    assert conceding_parties(text, gazetteer, "fr") == [["Russia"]]
    text = "Ukraine handed over its heavy weapons to the observers."
    assert conceding_parties(text, gazetteer, "en") == [["Ukraine"]]


def test_handing_over_power_or_control_is_a_concession(gazetteer):
    text = "Según el texto, el Gobierno de Ucrania entregará el poder a una administración de transición."
    assert conceding_parties(text, gazetteer, "es") == [["Ukraine"]]
    text = "Die Ukraine übergab am Donnerstag die Kontrolle über den Flughafen an die Blauhelme."
    assert conceding_parties(text, gazetteer, "de") == [["Ukraine"]]
    text = "Selon le texte, la Russie remettra le contrôle de l'aéroport aux observateurs."
    assert conceding_parties(text, gazetteer, "fr") == [["Russia"]]


def test_a_term_carried_out_later_takes_the_date_of_the_agreement(gazetteer):
    text = (
        "Russia and Ukraine signed the agreement on Friday. "
        "Under the agreement, Ukraine will hand over power to a transitional council on 14 April."
    )
    [concession] = of_type(events_of(text, gazetteer, "en"), "concession")
    assert concession.roles["conceding"] == ["Ukraine"] and concession.date == "2025-03-14"


def test_power_without_a_handover_is_no_concession(gazetteer):
    text = "Ukraine will need more power for its grid this winter, Zelensky said."
    assert conceding_parties(text, gazetteer, "en") == []


def test_peace_deal_terms_are_concessions_of_the_party_that_grants_them(gazetteer):
    text = "In base all'intesa, la Russia consentirà il ritorno dei profughi nei loro villaggi."
    assert conceding_parties(text, gazetteer, "it") == [["Russia"]]
    text = "Selon le texte, l'Ukraine organisera des élections anticipées et libérera les prisonniers politiques."
    assert conceding_parties(text, gazetteer, "fr") == [["Ukraine"]]
    text = "Russland hebt nach dem Abkommen die Belagerung der Stadt auf."
    assert conceding_parties(text, gazetteer, "de") == [["Russia"]]
    text = "Según el acuerdo, Rusia levantará el cerco de la ciudad y permitirá el retorno de los desplazados."
    assert conceding_parties(text, gazetteer, "es") == [["Russia"]]


def test_titles_and_mutual_commitments_are_not_concessions(gazetteer):
    text = (
        "Vice-President Vance will visit Kyiv on Monday, and the ministries will prepare the talks."
    )
    assert conceding_parties(text, gazetteer, "en") == []
    text = "Russia and Ukraine agreed to hold early elections in the disputed districts."
    assert conceding_parties(text, gazetteer, "en") == []


def test_troop_reductions_and_sanctions_reviews_are_offers(gazetteer):
    text = "Russland bot am Donnerstag an, seine Truppen in der Region schrittweise zu verringern."
    [concession] = of_type(events_of(text, gazetteer, "de"), "concession")
    assert concession.roles == {"conceding": ["Russia"], "status": "offered"}
    text = "Rusia ofrece revisar las sanciones contra Ucrania si hay avances en la mesa."
    [concession] = of_type(events_of(text, gazetteer, "es"), "concession")
    assert concession.roles == {"conceding": ["Russia"], "status": "offered"}


def test_mutual_agreement_with_a_term_one_party_gives_is_a_concession_by_that_party(gazetteer):
    text = (
        "Mardi, les deux parties ont approuvé le tracé d'un tronçon de la frontière, "
        "qui implique que la Russie rende à l'Ukraine quatre villages."
    )
    [concession] = of_type(events_of(text, gazetteer, "fr", dt.date(2024, 4, 20)), "concession")
    assert concession.roles["conceding"] == ["Russia"] and concession.date == "2024-04-16"
    mutual = "Mardi, la Russie et l'Ukraine s'engagent à retirer leurs troupes."
    assert of_type(events_of(mutual, gazetteer, "fr", dt.date(2024, 4, 20)), "concession") == []


def test_accepting_a_demand_grants_it_on_the_day_it_was_accepted(gazetteer):
    text = (
        "Le retrait des troupes, le point le plus difficile, a été réglé le 17 juillet, quand "
        "la Russie a accepté la demande de l'Ukraine."
    )
    [concession] = of_type(events_of(text, gazetteer, "fr", dt.date(2025, 8, 16)), "concession")
    assert concession.roles == {"conceding": ["Russia"], "status": "granted"}
    assert concession.date == "2025-07-17"
    assert "Ukraine" in concession.actors


def test_the_agent_of_a_passive_giving_verb_is_the_conceding_party(gazetteer):
    text = "Mercoledì cinque prigionieri, tra cui Mario Rossi, sono stati liberati dalla Russia."
    [concession] = of_type(events_of(text, gazetteer, "it", dt.date(2025, 3, 20)), "concession")
    assert concession.roles["conceding"] == ["Russia"] and concession.date == "2025-03-19"


def test_a_leader_saying_his_state_would_give_something_grants_it(gazetteer):
    text = "Putin said on Tuesday that Russia would withdraw its troops from the border."
    [concession] = of_type(events_of(text, gazetteer, "en", dt.date(2025, 3, 20)), "concession")
    assert concession.roles == {"conceding": ["Russia"], "status": "granted"}
    assert concession.date == "2025-03-18"


def test_who_sat_at_the_table_of_a_dated_signing_met_there(gazetteer):
    text = (
        "I leader hanno firmato ieri sera a Berlino una dichiarazione finale sulla pace. "
        "Al tavolo sedevano, tra gli altri, Vladimir Putin e Volodymyr Zelensky."
    )
    [meeting] = of_type(events_of(text, gazetteer, "it", dt.date(2025, 3, 18)), "meeting")
    assert meeting.date == "2025-03-17"
    assert {"Vladimir Putin", "Volodymyr Zelensky"} <= set(meeting.actors)
    undated = "Al tavolo sedevano, tra gli altri, Vladimir Putin e Volodymyr Zelensky."
    assert of_type(events_of(undated, gazetteer, "it", dt.date(2025, 3, 18)), "meeting") == []


def test_a_term_released_by_a_party_is_its_concession_dated_by_the_agreement(gazetteer):
    text = (
        "Le texte prévoit la libération par la Russie des soldats ukrainiens capturés en "
        "juillet, dont l'Ukraine réclamait le retour depuis des mois."
    )
    [concession] = of_type(events_of(text, gazetteer, "fr"), "concession")
    assert concession.roles == {"conceding": ["Russia"], "status": "granted"}
    assert concession.date is None  # July is when they were captured, not the agreement


def test_the_channel_of_a_release_is_not_the_party_that_gives():
    from negotiations.extraction import Gazetteer

    text = (
        "Mardi, la Russie a libéré des prisonniers ukrainiens par l'intermédiaire "
        "du Comité international de la Croix-Rouge."
    )
    [concession] = of_type(events_of(text, Gazetteer.reference(), "fr"), "concession")
    assert "International Committee of the Red Cross" in concession.actors
    assert concession.roles["conceding"] == ["Russia"]


def test_a_german_separable_verb_reaches_its_particle_across_a_long_clause(gazetteer):
    text = (
        "Am Dienstag sicherte die Regierung der Ukraine 73 der 330 Sitze in einem "
        "Übergangsparlament sowie eine Beteiligung an einer künftigen Übergangsregierung zu."
    )
    [concession] = of_type(events_of(text, gazetteer, "de"), "concession")
    assert concession.roles["status"] == "granted" and concession.date == "2025-03-11"


def test_conditional_commitments_in_a_plan_are_offers(gazetteer):
    text = "Nello stesso testo, presentato martedì, la Russia si impegnerebbe a revocare per gradi le sanzioni contro l'Ucraina."
    [concession] = of_type(events_of(text, gazetteer, "it"), "concession")
    assert concession.roles == {"conceding": ["Russia"], "status": "offered"}


def test_a_handshake_at_a_signing_is_an_encounter(gazetteer):
    text = (
        "Putin und Selenskyj setzten am Dienstagabend in Istanbul ihre Unterschriften unter "
        "das Dokument und reichten sich anschließend unter lautem Beifall die Hände."
    )
    [meeting] = of_type(events_of(text, gazetteer, "de"), "meeting")
    assert meeting.date == "2025-03-11"
    assert {"Vladimir Putin", "Volodymyr Zelensky"} <= set(meeting.actors)


def test_a_session_of_one_sides_own_council_is_no_meeting(gazetteer):
    internal = (
        "A Mosca Putin ha detto venerdì durante una riunione del consiglio di sicurezza russo "
        "che se l'Ucraina rifiuta il piano, le truppe russe continueranno ad avanzare."
    )
    assert of_type(events_of(internal, gazetteer, "it"), "meeting") == []
    with_partner = "Venerdì Putin ha incontrato Trump a Mosca, dopo il consiglio dei ministri."
    assert of_type(events_of(with_partner, gazetteer, "it"), "meeting")


def test_an_indefinite_document_with_three_adjectives_is_a_new_one(gazetteer):
    text = (
        "On Tuesday Russia and Ukraine signed a ceasefire agreement in Istanbul. "
        "Last month Russia signed a strategic mutual defence agreement with the United States."
    )
    proposals = of_type(events_of(text, gazetteer, "en"), "proposal")
    assert sorted(p.date for p in proposals) == ["2025-02", "2025-03-11"]


def test_walking_out_of_the_talks_is_no_meeting(gazetteer):
    for text, language in [
        ("Die Ukraine verließ die Verhandlungen mit Russland im Mai.", "de"),
        ("L'Ukraine avait quitté les négociations avec la Russie en mai.", "fr"),
        ("Ukraine walked out of talks with Russia in May.", "en"),
        ("L'Ucraina aveva abbandonato i negoziati con la Russia a maggio.", "it"),
        ("Ucrania abandonó las negociaciones con Rusia en mayo.", "es"),
    ]:
        assert not of_type(events_of(text, gazetteer, language), "meeting"), text


def test_the_two_rebel_groups_are_the_two_movements_named_before(gazetteer):
    from negotiations.extraction import Gazetteer, GazetteerActor

    groups = Gazetteer(
        [
            GazetteerActor("Liberia", "state", []),
            GazetteerActor("LURD", "organization", []),
            GazetteerActor("MODEL", "organization", []),
        ]
    )
    text = (
        "Liberia, LURD and MODEL signed the agreement in Accra yesterday. A first ceasefire, "
        "signed by the government and the two rebel groups on 17 June, collapsed."
    )
    proposals = of_type(events_of(text, groups, "en", dt.date(2003, 8, 19)), "proposal")
    first = next(p for p in proposals if p.date == "2003-06-17")
    assert {"LURD", "MODEL"} <= set(first.actors)


def test_two_documents_each_with_its_own_calendar_date_stay_apart(gazetteer):
    text = (
        "Russland und die Ukraine hatten am 11. Mai in Istanbul eine Grundsatzerklärung "
        "unterzeichnet. Eine von Russland und der Ukraine am 20. Mai vereinbarte siebentägige "
        "Waffenruhe wurde jedoch gebrochen."
    )
    proposals = of_type(events_of(text, gazetteer, "de", dt.date(2025, 10, 30)), "proposal")
    assert sorted(p.date for p in proposals) == ["2025-05-11", "2025-05-20"]


def test_leaders_who_spoke_with_each_other_on_a_date_met(gazetteer):
    text = (
        "Zuvor hatten Putin und Selenskyj am 17. Februar 2024 am Rande der Münchner "
        "Sicherheitskonferenz miteinander gesprochen."
    )
    [meeting] = of_type(events_of(text, gazetteer, "de"), "meeting")
    assert meeting.date == "2024-02-17"


@pytest.mark.parametrize(
    ("language", "text", "conceding", "status"),
    [
        (
            "it",
            "Martedì la Russia aveva liberato i 25 membri dell'equipaggio della nave.",
            "Russia",
            "granted",
        ),
        (
            "fr",
            "Mardi, l'Ukraine se dit prête à ouvrir des couloirs sûrs vers la ville.",
            "Ukraine",
            "offered",
        ),
        (
            "es",
            "El martes la Rusia se comprometió a reducir en un tercio los efectivos del ejército.",
            "Russia",
            "granted",
        ),
        (
            "de",
            "Am Dienstag sicherte Russland der Ukraine die Staatsbürgerschaft für alle Bewohner zu.",
            "Russia",
            "granted",
        ),
        ("en", "On Tuesday Russia agreed to halt its offensive on the city.", "Russia", "granted"),
        (
            "fr",
            "Mardi, la Russie accepte pour la première fois d'ouvrir un dialogue national.",
            "Russia",
            "granted",
        ),
        (
            "de",
            "Am Dienstag gab Russland seinen selbst ausgerufenen Staat auf.",
            "Russia",
            "granted",
        ),
    ],
)
def test_concession_vocabulary_added_for_terms_of_recent_agreements(
    gazetteer, language, text, conceding, status
):
    [concession] = of_type(events_of(text, gazetteer, language), "concession")
    assert concession.roles == {"conceding": [conceding], "status": status}
    assert concession.date == "2025-03-11"


def test_at_the_same_ceremony_a_date_in_a_relative_clause_is_an_earlier_step(gazetteer):
    text = (
        "On Friday, Putin and Zelensky signed a joint declaration in Istanbul. At the same "
        "ceremony, Russia and Ukraine initialled a peace treaty, a document that the two "
        "countries finalized in March."
    )
    events = events_of(text, gazetteer, "en", dt.date(2025, 8, 9))
    assert {p.date for p in of_type(events, "proposal")} == {"2025-08-08"}
    assert [m.date for m in of_type(events, "meeting")] in ([], ["2025-08-08"])


def test_a_call_told_with_a_pronoun_is_with_the_person_who_opened_the_sentence_before(gazetteer):
    text = "Trump left Moscow early. He also spoke by phone with Zelensky on Thursday."
    [call] = of_type(events_of(text, gazetteer, "en", dt.date(2025, 3, 15)), "meeting")
    assert call.subtype == "phone_call" and set(call.actors) == {
        "Donald Trump",
        "Volodymyr Zelensky",
    }


def test_a_verb_left_alone_after_an_aside_keeps_the_date_of_its_clause(gazetteer):
    text = (
        "Die Außenminister waren am Donnerstagabend, am Vorabend des Feiertags, "
        "zusammengekommen. Am Tisch saßen Putin und Selenskyj."
    )
    [meeting] = of_type(events_of(text, gazetteer, "de", dt.date(2025, 3, 15)), "meeting")
    assert meeting.date == "2025-03-13"


def test_a_document_signed_at_the_same_time_takes_the_date_of_the_step_before():
    text = (
        "Unter Vermittlung der USA hat die bosnische Regierung am Freitag in Washington ein "
        "Abkommen unterzeichnet. Zeitgleich unterzeichneten die Präsidenten Alija Izetbegović und "
        "Franjo Tuđman einen Vorvertrag über eine Konföderation."
    )
    events = reference_events(text, dt.date(1994, 3, 19))
    dates = [e.date for e in of_type(events, "proposal")]
    assert dates == ["1994-03-18", "1994-03-18"]


def test_leaders_listed_as_attending_a_dated_signing_met_there():
    text = (
        "Die Präsidenten Alija Izetbegović und Franjo Tuđman unterzeichneten am Freitag in "
        "Washington einen Vorvertrag. Der feierlichen Unterzeichnung im Weißen Haus wohnten "
        "US-Präsident Bill Clinton, Izetbegović und Tuđman sowie Dutzende Diplomaten bei."
    )
    events = reference_events(text, dt.date(1994, 3, 19))
    [meeting] = of_type(events, "meeting")
    assert meeting.date == "1994-03-18"
    assert {"Bill Clinton", "Alija Izetbegović", "Franjo Tuđman"} <= set(meeting.actors)


def test_the_document_just_told_with_an_earlier_step_is_one_proposal_dated_by_the_latest():
    text = (
        "Unter Vermittlung der USA hat die bosnische Regierung am Freitag in Washington ein "
        "Abkommen über eine Föderation unterzeichnet. Das Abkommen war von US-Sondergesandtem "
        "Charles Redman ausgehandelt und bereits am 1. März in Washington paraphiert worden."
    )
    events = reference_events(text, dt.date(1994, 3, 19))
    [proposal] = of_type(events, "proposal")
    assert proposal.date == "1994-03-18"


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        (
            "Rubio called General Asim Munir on Saturday morning.",
            "en",
            {"Marco Rubio", "Asim Munir"},
        ),
        ("Merz rief am Samstag Selenskyj an.", "de", {"Friedrich Merz", "Volodymyr Zelensky"}),
    ],
)
def test_calling_a_party_is_a_phone_call(text, language, parties):
    events = reference_events(text, dt.date(2025, 5, 11))
    [call] = of_type(events, "meeting")
    assert call.subtype == "phone_call" and parties <= set(call.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Rubio called for calm on Saturday morning.",
        'On Saturday, Zelensky said the swap had replenished what he called Ukraine\'s "fund".',
    ],
)
def test_calling_for_something_or_naming_it_is_no_call(text):
    events = reference_events(text, dt.date(2025, 5, 11))
    assert of_type(events, "meeting") == []


def test_a_reported_call_is_between_the_parties_told_not_the_one_telling_it():
    text = (
        "Vikram Misri told reporters that Major General Kashif Abdullah had telephoned his "
        "counterpart, Lieutenant General Rajiv Ghai, at 15:35 on Saturday, and that firing "
        "would stop from 17:00."
    )
    events = reference_events(text, dt.date(2025, 5, 11))
    [call] = of_type(events, "meeting")
    assert set(call.actors) == {"Kashif Abdullah", "Rajiv Ghai"}  # "would" is another clause's
    assert call.date == "2025-05-10"


def test_separate_calls_told_with_a_pronoun_are_one_call_per_partner():
    text = (
        "Rubio called General Asim Munir on Saturday morning. He had already held separate "
        "calls with External Affairs Minister S. Jaishankar and Prime Minister Shehbaz Sharif "
        "last week."
    )
    events = reference_events(text, dt.date(2025, 5, 11))
    calls = {(e.date, frozenset(e.actors)) for e in of_type(events, "meeting")}
    assert calls == {
        ("2025-05-10", frozenset({"Marco Rubio", "Asim Munir"})),
        ("2025", frozenset({"Marco Rubio", "S. Jaishankar"})),
        ("2025", frozenset({"Marco Rubio", "Shehbaz Sharif"})),
    }


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "L'emiro del Kuwait ha parlato ieri. Prima dell'annuncio, ieri, Joe Biden aveva "
            "sentito al telefono prima Emmanuel Macron e poi Olaf Scholz.",
            "it",
        ),
        (
            "Kuwait's emir spoke yesterday. Yesterday Joe Biden phoned first Emmanuel Macron, "
            "then Olaf Scholz.",
            "en",
        ),
        (
            "L'émir a parlé hier. Hier, Joe Biden a téléphoné d'abord à Emmanuel Macron, puis "
            "à Olaf Scholz.",
            "fr",
        ),
    ],
)
def test_calls_told_in_sequence_are_one_call_per_partner(text, language):
    events = reference_events(text, dt.date(2021, 1, 5), language)
    calls = {frozenset(e.actors) for e in of_type(events, "meeting")}
    assert calls == {
        frozenset({"Joe Biden", "Emmanuel Macron"}),
        frozenset({"Joe Biden", "Olaf Scholz"}),
    }


def test_a_visit_and_another_the_day_after_are_two_meetings():
    text = (
        "Il consigliere è tornato a Washington. Il mese scorso Antony Blinken aveva visto "
        "Mohammed bin Salman a Riad e, il giorno dopo, l'emiro Tamim a Doha."
    )
    events = reference_events(text, dt.date(2021, 1, 5), "it")
    visits = {(e.date, frozenset(e.actors)) for e in of_type(events, "meeting")}
    assert visits == {
        ("2020-12", frozenset({"Antony Blinken", "Mohammed bin Salman"})),
        ("2020-12", frozenset({"Antony Blinken", "Tamim bin Hamad Al Thani"})),
    }


def test_a_postponed_visit_is_no_meeting():
    text = (
        "Erdoğan met Putin in Sochi on Monday. He later postponed a visit to Saudi Arabia that "
        "had been planned for Wednesday."
    )
    events = reference_events(text, dt.date(2025, 2, 27))
    assert [e.date for e in of_type(events, "meeting")] == ["2025-02-24"]


def test_an_accord_signed_that_day_is_apart_from_another_with_its_own_calendar_date():
    text = (
        "El Gobierno de Colombia y el ELN firmaron este viernes en La Habana un acuerdo de cese "
        "al fuego. El Gobierno y el ELN firmaron también ese día un acuerdo sobre la "
        "participación de la sociedad. En el ciclo anterior, el Gobierno y el ELN firmaron el "
        '10 de marzo el llamado "Acuerdo de México".'
    )
    events = reference_events(text, dt.date(2023, 6, 10))
    dates = sorted(e.date for e in of_type(events, "proposal"))
    assert dates == ["2023-03-10", "2023-06-09", "2023-06-09"]


def test_a_date_in_a_prepositional_relative_clause_is_not_the_meetings():
    text = (
        "Petro y Antonio García se estrecharon la mano este viernes en La Habana. Petro "
        "aprovechó además la ceremonia para pedir a Estados Unidos que retire a Cuba de su "
        "lista, en la que Washington la volvió a incluir en enero de 2021."
    )
    events = reference_events(text, dt.date(2023, 6, 10))
    assert "2021-01" not in {e.date for e in events}


def test_two_calls_on_one_day_between_different_people_stay_two():
    text = (
        "Major General Kashif Abdullah telephoned Lieutenant General Rajiv Ghai of India on "
        "Saturday. Rubio called Pakistan's army chief, General Asim Munir, on Saturday morning."
    )
    events = reference_events(text, dt.date(2025, 5, 11))
    assert len(of_type(events, "meeting")) == 2


@pytest.mark.parametrize(
    ("text", "language", "published", "conceding"),
    [
        (
            "Le PKK a annoncé le 1er mars un cessez-le-feu unilatéral.",
            "fr",
            dt.date(2025, 3, 11),
            "PKK",
        ),
        (
            "El Gobierno de Angola había anunciado el 13 de marzo la suspensión unilateral de "
            "las operaciones militares ofensivas contra la UNITA.",
            "es",
            dt.date(2002, 4, 5),
            "Angola",
        ),
    ],
)
def test_a_unilateral_ceasefire_is_a_concession_not_a_proposal(
    text, language, published, conceding
):
    events = reference_events(text, published)
    assert of_type(events, "proposal") == []
    [concession] = of_type(events, "concession")
    assert concession.roles["conceding"] == [conceding]


def test_an_invitation_to_visit_told_after_a_call_is_a_proposal_of_that_day():
    text = (
        "Le 5 février, Emmanuel Macron s'était entretenu au téléphone avec le dirigeant syrien, "
        "Ahmed al-Charaa, qu'il avait invité à se rendre en France dans les prochaines semaines."
    )
    events = reference_events(text, dt.date(2025, 3, 11))
    [proposal] = of_type(events, "proposal")
    assert proposal.date == "2025-02-05"
    assert {"Emmanuel Macron", "Ahmed al-Sharaa"} <= set(proposal.actors)
    assert len(of_type(events, "meeting")) == 1


def test_a_memorandum_also_handed_over_that_day_is_a_second_proposal():
    text = (
        "Ukraine and Russia agreed on Monday in Istanbul to a ceasefire on some sections of the "
        "front. At Monday's meeting the Russian delegation also handed over a memorandum "
        "setting out the Kremlin's terms."
    )
    events = reference_events(text, dt.date(2025, 6, 3))
    assert len(of_type(events, "proposal")) == 2


def test_offers_to_host_a_meeting_by_different_proposers_stay_apart():
    text = (
        "Umerov said the Ukrainian side had proposed on Monday that President Volodymyr "
        "Zelensky and Vladimir Putin meet between June 20 and June 30. President Recep Tayyip "
        "Erdoğan offered on Monday evening to host Putin, Zelensky and Donald Trump for a summit."
    )
    events = reference_events(text, dt.date(2025, 6, 3))
    proposals = of_type(events, "proposal")
    assert [p.date for p in proposals] == ["2025-06-02", "2025-06-02"]
    assert "Recep Tayyip Erdoğan" not in proposals[0].actors


def test_an_invitation_to_visit_after_a_call_is_not_merged_into_an_accord():
    text = (
        "L'intesa è stata firmata ieri pomeriggio da Ahmed al-Sharaa e Mazloum Abdi. Il "
        "presidente francese Emmanuel Macron aveva telefonato il mese scorso ad al-Sharaa e lo "
        "aveva invitato a visitare Parigi."
    )
    events = reference_events(text, dt.date(2025, 3, 11))
    assert sorted(p.date for p in of_type(events, "proposal")) == ["2025-02", "2025-03-10"]


def test_german_proposals_to_meet_by_different_people_stay_apart():
    text = (
        "Umerow schlug am Montag vor, dass sich Selenskyj und Putin noch vor Ende Juni treffen. "
        "Der türkische Präsident Recep Tayyip Erdoğan bot am Montagabend an, Putin, Selenskyj "
        "und US-Präsident Donald Trump in Istanbul an einen Tisch zu bringen."
    )
    events = reference_events(text, dt.date(2025, 6, 3))
    assert len(of_type(events, "proposal")) == 2


def test_proposing_to_extend_a_truce_is_a_step_on_that_truce():
    text = (
        "Putin hatte die Feuerpause am Samstag verkündet. Selenskyj schlug am Sonntag vor, die "
        "Waffenruhe um 30 Tage zu verlängern."
    )
    events = reference_events(text, dt.date(2025, 4, 21))
    assert len(of_type(events, "proposal")) == 1


def test_a_term_given_in_the_same_communique_takes_the_communiques_date():
    text = (
        "El 6 de noviembre, las Fuerzas de Apoyo Rápido (RSF) aceptaron en un comunicado la "
        "propuesta de tregua humanitaria. En el mismo comunicado, las RSF se comprometieron a "
        "abrir corredores seguros para la entrega de ayuda en Darfur."
    )
    events = reference_events(text, dt.date(2025, 11, 25))
    [concession] = of_type(events, "concession")
    assert concession.date == "2025-11-06"


def test_that_same_day_is_the_day_of_the_step_told_just_before():
    text = (
        "El 6 de noviembre, las RSF aceptaron la propuesta de tregua del Cuarteto. Massad Boulos "
        "respondió el lunes en Washington que el documento no es definitivo. Ese mismo día, el "
        "ministro egipcio Badr Abdelatty habló por teléfono con Boulos."
    )
    events = reference_events(text, dt.date(2025, 11, 25))
    [call] = of_type(events, "meeting")
    assert call.date == "2025-11-24"


def test_naming_an_exchange_with_someone_is_no_call():
    text = 'On Monday evening, Zelensky called his exchange with Trump "the best conversation".'
    events = reference_events(text, dt.date(2025, 8, 19))
    assert of_type(events, "meeting") == []


def test_a_call_by_video_link_is_virtual():
    text = (
        "Zelensky and the European leaders had spoken to Trump by video link on Wednesday, in a "
        "call hosted by Merz in Berlin."
    )
    events = reference_events(text, dt.date(2025, 8, 19))
    [meeting] = of_type(events, "meeting")
    assert meeting.subtype == "virtual"


def test_a_call_made_during_a_told_meeting_is_a_call_of_that_day():
    text = (
        "Trump met Zelensky on Monday in the East Room. Midway through that session, Trump left "
        "the room to telephone Putin."
    )
    events = reference_events(text, dt.date(2025, 8, 19))
    calls = [e for e in of_type(events, "meeting") if e.subtype == "phone_call"]
    assert [(c.date, {"Donald Trump", "Vladimir Putin"} <= set(c.actors)) for c in calls] == [
        ("2025-08-18", True)
    ]


def test_arranging_a_meeting_between_two_leaders_is_a_proposal():
    text = (
        "President Donald Trump said on Monday that he had begun arranging a meeting between "
        "Vladimir Putin and Volodymyr Zelensky."
    )
    events = reference_events(text, dt.date(2025, 8, 19))
    assert [e.type for e in events if e.type != "statement"] == ["proposal"]


def test_a_date_naming_an_event_after_a_possessive_does_not_date_the_term():
    text = (
        "Qatar announced on Wednesday that Israel and Hamas had agreed to a truce. Under the "
        "agreement, Hamas is to release 50 of the hostages it seized during its 7 October attack."
    )
    events = reference_events(text, dt.date(2023, 11, 23))
    assert "2023-10-07" not in {e.date for e in events}


def test_an_earlier_meeting_told_in_a_relative_clause_about_a_participant_is_a_second_meeting():
    text = (
        "Am Freitag traf Selenskyj im westukrainischen Uschhorod den slowakischen Regierungschef "
        "Robert Fico, der am Dienstag in Peking mit Putin zusammengekommen war."
    )
    events = reference_events(text, dt.date(2025, 9, 6))
    meetings = {(e.date, frozenset(e.actors)) for e in of_type(events, "meeting")}
    assert meetings == {
        ("2025-09-05", frozenset({"Volodymyr Zelensky", "Robert Fico"})),
        ("2025-09-02", frozenset({"Robert Fico", "Vladimir Putin"})),
    }


def test_terms_told_by_one_leader_to_another_name_both_with_each_side():
    text = (
        "At that summit on Friday, Putin told Trump that Moscow would freeze the front lines in "
        "the Kherson region if Ukraine pulled its troops out of the Donetsk region."
    )
    events = reference_events(text, dt.date(2025, 8, 19))
    concessions = of_type(events, "concession")
    assert len(concessions) == 2
    for concession in concessions:
        assert {"Vladimir Putin", "Donald Trump"} <= set(concession.actors)


def test_a_leader_with_his_own_officials_is_no_meeting():
    text = (
        "Il presidente russo Vladimir Putin ha incontrato sabato al Cremlino il capo di stato "
        "maggiore Valery Gerasimov."
    )
    events = reference_events(text, dt.date(2025, 4, 21))
    assert of_type(events, "meeting") == []


def test_meetings_in_two_rooms_of_one_day_stay_two():
    text = (
        "Zelensky first met Trump in the Oval Office on Monday afternoon. Later on Monday, the "
        "two presidents moved to the East Room, where they were joined by Keir Starmer, "
        "Emmanuel Macron and Friedrich Merz."
    )
    events = reference_events(text, dt.date(2025, 8, 19))
    meetings = of_type(events, "meeting")
    assert [m.location for m in meetings] == ["Oval Office", "East Room"]


def test_a_call_scheduled_over_the_hotline_is_on_the_next_monday():
    text = (
        "Major General Kashif Abdullah telephoned Lieutenant General Rajiv Ghai on Saturday. The "
        "two generals are to speak again over their hotline at noon on Monday, Misri said."
    )
    events = reference_events(text, dt.date(2025, 5, 11))
    assert [m.date for m in of_type(events, "meeting")] == ["2025-05-10", "2025-05-12"]


def test_calls_to_both_of_two_leaders_are_two_calls():
    text = "Il presidente turco Recep Tayyip Erdoğan ha sentito domenica al telefono sia Putin sia Macron."
    calls = of_type(reference_events(text, dt.date(2025, 5, 12)), "meeting")
    assert sorted(tuple(c.actors) for c in calls) == [
        ("Recep Tayyip Erdoğan", "Emmanuel Macron"),
        ("Recep Tayyip Erdoğan", "Vladimir Putin"),
    ]


def test_earlier_that_morning_is_the_day_of_the_meeting_just_told():
    text = (
        "Ilham Aliyev et Nikol Pachinian se sont rencontrés jeudi à Abou Dhabi. Le président "
        "émirien, Mohammed ben Zayed Al Nahyane, avait reçu séparément chacun des deux "
        "dirigeants dans la matinée."
    )
    meetings = of_type(reference_events(text, dt.date(2025, 7, 11)), "meeting")
    assert {m.date for m in meetings} == {"2025-07-10"}


def test_a_capitalised_meeting_word_naming_an_institution_is_no_meeting():
    text = (
        "Noruega, Irlanda, Suiza y Venezuela actúan como países garantes del proceso, mientras "
        "que la Conferencia Episcopal y el Consejo Mundial de Iglesias lo acompañan de forma "
        "permanente."
    )
    assert not of_type(
        extract(
            text, published=dt.date(2023, 10, 17), gazetteer=Gazetteer.reference(), language="es"
        ).events,
        "meeting",
    )


def test_installing_the_negotiating_table_is_a_meeting_of_the_parties():
    text = (
        "El Gobierno de Colombia y el Estado Mayor Central instalaron ayer lunes en Tibú la "
        "mesa de diálogos de paz, en un acto celebrado bajo fuertes medidas de seguridad."
    )
    [meeting] = of_type(
        extract(
            text, published=dt.date(2023, 10, 17), gazetteer=Gazetteer.reference(), language="es"
        ).events,
        "meeting",
    )
    assert meeting.date == "2023-10-16"
    assert {"Colombia", "Estado Mayor Central"} <= set(meeting.actors)


@pytest.mark.parametrize(
    ("text", "language", "published", "date"),
    [
        (
            "On Sunday, speaking to reporters at the Kremlin, Vladimir Putin proposed that "
            "Ukraine resume in Istanbul the direct talks suspended in March 2022.",
            "en",
            dt.date(2025, 5, 12),
            "2025-05-11",
        ),
        (
            "MOSCA/KIEV – Nelle prime ore di domenica, davanti ai giornalisti convocati al "
            "Cremlino, il presidente russo Vladimir Putin ha proposto all'Ucraina di riprendere "
            "«senza precondizioni» a Istanbul i negoziati diretti interrotti nella primavera del "
            "2022, a partire da giovedì 15 maggio.",
            "it",
            dt.date(2025, 5, 12),
            "2025-05-11",
        ),
    ],
)
def test_a_date_after_a_participle_modifying_a_noun_is_not_the_proposal_date(
    text, language, published, date
):
    [proposal] = of_type(
        reference_events(text, published, language),
        "proposal",
    )
    assert proposal.date == date
    assert proposal.modality == "asserted"  # "«senza»" holds no "se" (if)


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        (
            "Im September 2022 kamen bei den Kämpfen rund hundert Menschen ums Leben. Kirgistan "
            "und Tadschikistan vereinbarten damals in Samarkand eine Waffenruhe.",
            "de",
            "2022-09",
        ),
        (
            "En septiembre de 2022 murieron cien personas en los combates. Desde entonces, "
            "Kirguistán y Tayikistán acordaron en Samarkanda un alto el fuego.",
            "es",
            None,  # "since then" names no time of its own
        ),
    ],
)
def test_at_that_time_takes_the_time_the_sentence_before_named(text, language, date):
    events = extract(
        text, published=dt.date(2025, 3, 14), gazetteer=Gazetteer.reference(), language=language
    ).events
    truces = [e for e in events if e.type in ("proposal", "concession")]
    assert [e.date for e in truces] == ([date] if date else [])  # undated: left out


def test_a_call_the_speaker_says_he_made_is_his_call():
    text = (
        "Prime Minister Benjamin Netanyahu said on Saturday that Hamas did not want a deal. "
        "Trump said he had spoken by telephone with Netanyahu on Friday morning."
    )
    [call] = of_type(reference_events(text, dt.date(2025, 7, 26)), "meeting")
    assert (call.subtype, call.date) == ("phone_call", "2025-07-25")
    assert set(call.actors) == {"Donald Trump", "Benjamin Netanyahu"}


def test_discussing_a_proposal_with_someone_somewhere_is_meeting_them():
    text = (
        "Prime Minister Benjamin Netanyahu said on Saturday that Hamas did not want a deal. "
        "Netanyahu discussed the proposal with Trump at the White House on July 7."
    )
    [meeting] = of_type(reference_events(text, dt.date(2025, 7, 26)), "meeting")
    assert (meeting.subtype, meeting.date) == ("in_person", "2025-07-07")


@pytest.mark.parametrize(
    ("text", "language", "meetings"),
    [
        ("Il testo, secondo Putin, non è stato discusso con la Russia in dettaglio.", "it", 0),
        (
            "Le cessez-le-feu a été conclu le 28 juillet à Putrajaya, la capitale malaisienne, "
            "lors d'une rencontre entre Hun Manet et Phumtham Wechayachai.",
            "fr",
            1,
        ),
    ],
)
def test_a_negated_meeting_word_is_no_meeting(text, language, meetings):
    events = extract(
        text, published=dt.date(2025, 11, 22), gazetteer=Gazetteer.reference(), language=language
    ).events
    assert len(of_type(events, "meeting")) == meetings


def test_a_dinner_given_by_the_host_is_a_meeting_not_a_proposal():
    text = (
        "Les discussions avaient commencé lundi soir par un dîner offert par M. Guterres à "
        "MM. Christodoulides et Tatar ainsi qu'aux ministres Giorgos Gerapetritis et Hakan Fidan."
    )
    events = extract(
        text, published=dt.date(2025, 3, 19), gazetteer=Gazetteer.reference(), language="fr"
    ).events
    assert not of_type(events, "proposal")
    [dinner] = of_type(events, "meeting")
    assert dinner.date == "2025-03-17"
    assert {"António Guterres", "Nikos Christodoulides"} <= set(dinner.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Il comandante delle Forze democratiche siriane, Mazloum Abdi, ha accolto giovedì con "
        "favore l'appello del Pkk, precisando che esso non riguarda le sue milizie.",
        "La premier britannica Liz Truss ha accolto «con grande sollievo» il ritorno dei cinque "
        "connazionali liberati dalla Russia con la mediazione di Mohammed bin Salman.",
    ],
)
def test_welcoming_an_appeal_or_a_return_is_no_meeting(text):
    events = extract(
        text, published=dt.date(2025, 3, 2), gazetteer=Gazetteer.reference(), language="it"
    ).events
    assert not of_type(events, "meeting")


def test_a_date_after_a_participle_does_not_date_a_concession():
    text = (
        "I colloqui tra l'esercito sudanese e le RSF si sono chiusi ieri a Ginevra. "
        "Il passo più importante era arrivato già la settimana scorsa, quando il Consiglio di "
        "sovranità, l'organo guidato da Burhan che governa il Paese da Port Sudan, aveva "
        "annunciato la riapertura per tre mesi del valico di Adre, chiuso da febbraio, una "
        "decisione che le agenzie umanitarie chiedevano da mesi."
    )
    events = extract(
        text, published=dt.date(2024, 8, 24), gazetteer=Gazetteer.reference(), language="it"
    ).events
    assert {e.date for e in of_type(events, "concession")} == {"2024-08"}


def test_the_guerrilla_is_the_armed_group_named_before_and_its_truce_is_dated_by_the_announcement():
    text = (
        "El presidente Gustavo Petro suspendió el viernes los diálogos de paz con el ELN tras la "
        "ofensiva en el Catatumbo. El 22 de diciembre, la guerrilla anunció además un cese al "
        "fuego unilateral por Navidad, vigente del 23 de diciembre al 3 de enero."
    )
    events = extract(
        text, published=dt.date(2025, 1, 18), gazetteer=Gazetteer.reference(), language="es"
    ).events
    [truce] = of_type(events, "concession")
    assert (truce.date, truce.actors, truce.roles.get("conceding")) == (
        "2024-12-22",
        ["ELN"],
        ["ELN"],
    )


def test_a_german_noun_after_in_is_no_place_that_splits_a_meeting():
    text = (
        "Am Donnerstag trafen sich Albin Kurti und Aleksandar Vučić im Gebäude des Auswärtigen "
        "Dienstes in Brüssel mit Josep Borrell. In den Gesprächen beharrte Kurti am Donnerstag "
        "darauf, dass Belgrad Kosovo zuerst anerkennen müsse."
    )
    events = extract(
        text, published=dt.date(2023, 9, 15), gazetteer=Gazetteer.reference(), language="de"
    ).events
    assert len(of_type(events, "meeting")) == 1


def test_endorsing_an_agreement_in_a_participle_clause_is_a_proposal_step():
    text = (
        "Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in Kazan on "
        "Wednesday, endorsing an agreement on military patrolling along their disputed frontier."
    )
    [pact] = of_type(reference_events(text, dt.date(2024, 10, 24)), "proposal")
    assert pact.date == "2024-10-23"


def test_people_taking_part_in_the_meeting_told_just_before_join_it():
    text = (
        "Le Liban et Israël ont envoyé mercredi des représentants civils à une réunion du "
        "mécanisme de surveillance du cessez-le-feu à Naqoura. L'ancien ambassadeur Simon Karam "
        "et Uri Resnick ont pris part aux discussions aux côtés des officiers militaires, en "
        "présence de l'émissaire américaine Morgan Ortagus. Karam et Resnick doivent se "
        "retrouver le 19 décembre à Naqoura pour une nouvelle session."
    )
    events = extract(
        text, published=dt.date(2025, 12, 4), gazetteer=Gazetteer.reference(), language="fr"
    ).events
    first, second = of_type(events, "meeting")
    assert first.date == "2025-12-03"
    assert {"Lebanon", "Israel", "Simon Karam", "Uri Resnick"} <= set(first.actors)
    assert (second.date, second.modality) == ("2025-12-19", "scheduled")


def test_the_subject_of_an_object_relative_clause_is_not_at_the_meeting():
    text = (
        "Gestern trafen sich in Jewlach Vertreter der Karabach-Armenier, darunter Sergej "
        "Martirosjan, mit dem Abgeordneten Ramin Mammadow, den Alijew mit den Kontakten "
        "beauftragt hat."
    )
    events = extract(
        text, published=dt.date(2023, 9, 22), gazetteer=Gazetteer.reference(), language="de"
    ).events
    [meeting] = of_type(events, "meeting")
    assert "Ilham Aliyev" not in meeting.actors


def test_one_sides_own_truce_is_its_concession_dated_by_the_step_not_the_event_it_follows():
    text = (
        "YANGON — Myanmar's military government on Tuesday extended by eight days the ceasefire "
        "it declared after last month's earthquake. Under mounting pressure, the army had "
        "declared its own 20-day ceasefire late on April 2."
    )
    events = reference_events(text, dt.date(2025, 4, 23))
    assert not of_type(events, "proposal")
    assert [(c.date, c.roles.get("conceding")) for c in of_type(events, "concession")] == [
        ("2025-04-22", ["Myanmar"]),
        ("2025-04-02", ["Myanmar"]),
    ]


def test_a_joint_statement_released_on_a_day_is_a_proposal_of_that_day():
    text = (
        "The joint statement released on Thursday by the office of Prime Minister Nikol Pashinyan "
        "and the administration of President Ilham Aliyev spoke of a historical chance for peace."
    )
    [statement] = of_type(reference_events(text, dt.date(2023, 12, 10)), "proposal")
    assert statement.date == "2023-12-07"


def test_pulling_out_of_or_calling_off_a_planned_meeting_is_no_meeting_and_no_concession():
    text = (
        "Armenia and Azerbaijan agreed on Thursday to swap prisoners. In October, Aliyev pulled "
        "out of a five-way meeting that Michel had planned to host in Granada. Last month Baku "
        "called off a meeting of the two foreign ministers that the State Department had "
        "planned to host."
    )
    events = reference_events(text, dt.date(2023, 12, 10))
    assert not of_type(events, "meeting")
    assert all("Aliyev" not in c.evidence for c in of_type(events, "concession"))


def test_a_meeting_starting_from_a_date_is_dated_by_it_and_the_authorities_are_the_state():
    text = (
        "Les autorités de transition tchadiennes ont signé lundi à Doha un accord de paix avec "
        "les groupes rebelles, sans le FACT. Le dialogue national doit réunir à partir du 20 août à N'Djamena "
        "les autorités de transition et les mouvements signataires comme le FACT."
    )
    events = extract(
        text, published=dt.date(2022, 8, 9), gazetteer=Gazetteer.reference(), language="fr"
    ).events
    [dialogue] = of_type(events, "meeting")
    assert (dialogue.date, dialogue.modality) == ("2022-08-20", "scheduled")
    assert "Chad" in dialogue.actors


def test_a_proposed_summit_that_fell_through_is_a_proposal_and_a_virtual_summit_is_virtual():
    text = (
        "Ein von Angolas Präsident João Lourenço vorgeschlagenes Gipfeltreffen zwischen "
        "Tshisekedi und Kagame in Luanda war im vergangenen Dezember kurzfristig geplatzt. "
        "Bereits am 29. Januar hatte Ruto einen virtuellen Sondergipfel geleitet, an dem Kagame "
        "teilnahm."
    )
    events = extract(
        text, published=dt.date(2025, 2, 9), gazetteer=Gazetteer.reference(), language="de"
    ).events
    assert [(m.subtype, m.date) for m in of_type(events, "meeting")] == [("virtual", "2025-01-29")]
    [summit] = of_type(events, "proposal")
    assert summit.date == "2024-12"


@pytest.mark.parametrize(
    ("text", "concessions"),
    [
        (
            "Ieri mattina, in un discorso televisivo alla nazione, Putin aveva annunciato la "
            "mobilitazione parziale dei riservisti.",
            0,
        ),
        (
            "Putin ha risposto alla proposta degli Stati Uniti e ha chiesto all'Ucraina di "
            "fermare la mobilitazione durante la tregua.",
            1,
        ),
    ],
)
def test_announcing_a_mobilisation_concedes_nothing_but_a_demand_to_halt_one_does(
    text, concessions
):
    events = extract(
        text, published=dt.date(2022, 9, 22), gazetteer=Gazetteer.reference(), language="it"
    ).events
    assert len(of_type(events, "concession")) == concessions


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        (
            'In a video statement on Friday, Netanyahu said Witkoff had "got it right" and called '
            "Hamas the obstacle to a hostage deal, adding that Israel and the United States were "
            "weighing options.",
            0,
        ),
        ("Prime Minister Benjamin Netanyahu called Trump on Friday to discuss the deal.", 1),
    ],
)
def test_calling_someone_the_obstacle_names_them_but_calling_them_a_day_later_phones(text, calls):
    assert len(of_type(reference_events(text, dt.date(2025, 7, 26)), "meeting")) == calls


def test_a_demand_stated_in_its_thursday_reply_is_dated_by_the_reply():
    text = (
        "In its Thursday reply, according to Israeli officials quoted by U.S. media, Hamas "
        "demanded that Israel release some 200 Palestinians serving life sentences."
    )
    [demand] = of_type(reference_events(text, dt.date(2025, 7, 26)), "concession")
    assert (demand.date, demand.roles.get("status")) == ("2025-07-24", "demanded")


def test_a_meeting_earlier_the_same_day_with_someone_else_is_a_second_meeting():
    text = (
        "Anwar Ibrahim met the junta chief, Senior General Min Aung Hlaing, on Thursday afternoon "
        "in Bangkok. Earlier on Thursday Anwar had held talks with his Thai counterpart, "
        "Paetongtarn Shinawatra, on border development."
    )
    meetings = of_type(reference_events(text, dt.date(2025, 4, 23)), "meeting")
    assert [m.date for m in meetings] == ["2025-04-17", "2025-04-17"]


def test_a_person_named_only_as_someones_relative_is_not_at_the_meeting():
    text = (
        "On Thursday Anwar Ibrahim held talks in Bangkok with his Thai counterpart, Paetongtarn "
        "Shinawatra, Thaksin's daughter, on border development."
    )
    [meeting] = of_type(reference_events(text, dt.date(2025, 4, 23)), "meeting")
    assert "Thaksin Shinawatra" not in meeting.actors


def test_sitting_down_with_the_other_delegation_is_a_meeting():
    text = (
        "Salinas designó comisionado para la paz a Manuel Camacho Solís, quien el 21 de febrero "
        "de 1994 se sentó por primera vez con los delegados del EZLN en la catedral."
    )
    [meeting] = of_type(
        extract(
            text, published=dt.date(1996, 2, 17), gazetteer=Gazetteer.reference(), language="es"
        ).events,
        "meeting",
    )
    assert meeting.date == "1994-02-21"


def test_a_future_term_dated_nowhere_is_set_aside_but_dated_by_its_accord_it_stays(gazetteer):
    undated = "Russia will withdraw its troops from the city."
    assert of_type(events_of(undated, gazetteer, "en"), "concession") == []
    dated = (
        "Russia and Ukraine signed an agreement in Istanbul on Thursday. Under the agreement, "
        "Russia will withdraw its troops from the city."
    )
    [concession] = of_type(events_of(dated, gazetteer, "en"), "concession")
    assert concession.date == "2025-03-13"


@pytest.mark.parametrize(
    "language,text",
    [
        ("it", "Il 3 marzo Israele e Giordania avevano concordato di riaprire il valico."),
        ("es", "El 3 de marzo Israel y Jordania habían pactado reabrir el paso fronterizo."),
        (
            "de",
            "Am 3. März hatten sich Israel und Jordanien darauf verständigt, den Übergang zu öffnen.",
        ),
    ],
)
def test_agreeing_is_a_proposal_whatever_the_tense(language, text):
    [proposal] = of_type(reference_events(text, PUBLISHED), "proposal")
    assert set(proposal.actors) >= {"Israel", "Jordan"} and proposal.date == "2025-03-03"


def test_a_commitment_in_the_simple_past_is_a_concession():
    text = (
        "Il 26 ottobre 1994 Israele e Giordania hanno firmato il trattato di pace. "
        "Israele si impegnò inoltre a ritirare le truppe dalla valle dell'Arava."
    )
    [concession] = of_type(reference_events(text, dt.date(1994, 10, 27)), "concession")
    assert "Israel" in concession.actors and concession.date == "1994-10-26"


def test_an_inflection_written_with_equals_matches_every_form_of_its_lemma():
    from negotiations.extraction.inflections import expand_inflections
    from negotiations.extraction.lexicon import compile_phrases

    data = expand_inflections({"k": ["si ... =impegnare a"]}, "it")
    pattern = compile_phrases(data["k"])
    for text in ("si impegnò a", "si erano impegnati a", "si impegnerà a", "si impegna a"):
        assert pattern.search(text), text
    assert not pattern.search("si ritirò a")


@pytest.mark.parametrize(
    "text,party",
    [
        (
            "Le 10 juillet, la RDC et le Rwanda ont signé un accord à Lusaka. "
            "Le texte stipule le retrait des troupes du Rwanda.",
            "Rwanda",
        ),
        (
            "Am 10. Juli unterzeichneten Russland und die Ukraine in Istanbul ein Abkommen. "
            "Das Abkommen sieht unter anderem den Abzug der russischen Truppen vor.",
            "Russia",
        ),
        (
            "El 10 de julio Rusia y Ucrania firmaron un acuerdo en Estambul. "
            "El texto contempla la retirada de las tropas rusas.",
            "Russia",
        ),
    ],
)
def test_what_the_text_provides_is_a_term_granted_on_the_day_it_was_signed(text, party):
    [concession] = of_type(reference_events(text, dt.date(1999, 7, 12)), "concession")
    assert party in concession.actors
    assert concession.roles["status"] == "granted" and concession.date == "1999-07-10"


def test_travelling_to_a_counterpart_in_any_tense_is_a_meeting():
    text = (
        "Der Außenminister Çavuşoğlu reiste am 18. März zu Außenminister Sameh Schukri nach Kairo."
    )
    [meeting] = of_type(reference_events(text, dt.date(2023, 4, 20)), "meeting")
    assert set(meeting.actors) == {"Mevlüt Çavuşoğlu", "Sameh Shoukry"}
    assert meeting.date == "2023-03-18"


def test_the_stored_inflections_are_simplemmas_for_every_marked_word_of_the_lexicons():
    from negotiations.extraction.inflections import _stored, build

    assert _stored() == build(), "run: python -m negotiations.extraction.inflections"


@pytest.mark.parametrize(
    "text,published,kind,date",
    [
        (
            "Le 27 octobre, Israël et le Liban ont signé l'accord maritime à Naqoura. Quelques "
            "heures plus tôt, le président libanais Michel Aoun avait reçu Hochstein au palais "
            "de Baabda.",
            dt.date(2022, 10, 28),
            "meeting",
            "2022-10-27",
        ),
        (
            "El jueves 20 de octubre ETA anunció el cese definitivo de su actividad armada. El "
            "presidente del PP, Mariano Rajoy, celebró el anuncio en una comparecencia en Madrid. "
            "En la misma comparecencia, Rajoy reclamó a ETA que anuncie su disolución y entregue "
            "las armas.",
            dt.date(2011, 10, 21),
            "concession",
            "2011-10-20",
        ),
    ],
)
def test_hours_earlier_or_the_same_appearance_is_the_day_told_before(text, published, kind, date):
    events = of_type(reference_events(text, published), kind)
    assert date in [e.date for e in events] and None not in [e.date for e in events]


def test_a_term_told_long_after_its_signing_takes_the_signing_date():
    filler = "The war has killed many people in the region over the years. " * 11
    text = (
        "On Saturday the Houthis and Saudi Arabia signed a truce package in Muscat. "
        + filler
        + "Under the package, the Houthis are to release all prisoners held in Sanaa."
    )
    [concession] = of_type(reference_events(text, dt.date(2023, 12, 25)), "concession")
    assert concession.actors == ["Houthis"] and concession.date == "2023-12-23"


@pytest.mark.parametrize(
    "text,published,day,pair",
    [
        (
            "Die Außenminister Ararat Mirsojan und Dscheihun Bairamow trafen sich am Donnerstag in "
            "Prag. Bereits am 19. September hatte US-Außenminister Antony Blinken die beiden in "
            "New York an einen Tisch gebracht.",
            dt.date(2022, 10, 7),
            "2022-09-19",
            {"Ararat Mirzoyan", "Jeyhun Bayramov"},
        ),
        (
            "Aguila Saleh e Nouri Abusahmain guidano i due parlamenti rivali. Martedì 15 dicembre "
            "i due si erano incontrati per la prima volta a Malta.",
            dt.date(2015, 12, 18),
            "2015-12-15",
            {"Aguila Saleh", "Nouri Abusahmain"},
        ),
    ],
)
def test_the_two_with_no_noun_after_it_are_the_pair_named_before(text, published, day, pair):
    meetings = of_type(reference_events(text, published), "meeting")
    assert any(pair <= set(m.actors) for m in meetings if m.date == day)


def test_the_two_before_a_noun_is_not_a_pair_of_people():
    text = (
        "Giorgia Meloni e Olaf Scholz hanno parlato ieri a Roma. I due paesi si erano incontrati "
        "a Malta martedì 15 dicembre."
    )
    meetings = of_type(reference_events(text, dt.date(2015, 12, 18)), "meeting")
    assert not any(m.date == "2015-12-15" and "Olaf Scholz" in m.actors for m in meetings)


def test_a_meeting_told_as_also_on_that_day_is_a_separate_meeting():
    text = (
        "Am Rande des Gipfels haben sich der aserbaidschanische Präsident Ilham Alijew und der "
        "armenische Regierungschef Nikol Paschinjan am Donnerstagabend in Prag mit Frankreichs "
        "Präsident Emmanuel Macron getroffen. Ebenfalls am Donnerstag kam Paschinjan in Prag "
        "erstmals zu einem Gespräch mit dem türkischen Präsidenten Recep Tayyip Erdoğan zusammen."
    )
    meetings = of_type(reference_events(text, dt.date(2022, 10, 7)), "meeting")
    assert len(meetings) == 2
    assert "Recep Tayyip Erdoğan" not in meetings[0].actors


def test_two_parties_giving_something_in_return_under_an_accord_both_concede():
    text = (
        "On Tuesday Iran and six world powers reached an agreement in Vienna. In return, the "
        "European Union and the United States will lift nuclear-related economic sanctions on Iran."
    )
    [concession] = of_type(reference_events(text, dt.date(2015, 7, 15)), "concession")
    assert {"European Union", "United States"} <= set(concession.roles["conceding"])
    assert concession.date == "2015-07-14"


def test_terms_under_an_accord_told_by_its_pronoun_are_terms():
    text = (
        "India and Pakistan signed a declaration at Tashkent on Monday. Under its terms, India "
        "and Pakistan are to release all prisoners."
    )
    [concession] = of_type(reference_events(text, dt.date(1966, 1, 11)), "concession")
    assert concession.date == "1966-01-10"


@pytest.mark.parametrize(
    "text,published,pair",
    [
        (
            "Tres días después del plebiscito, el 5 de octubre, Santos recibió a su antecesor "
            "Álvaro Uribe en la Casa de Nariño.",
            dt.date(2016, 10, 8),
            {"Juan Manuel Santos", "Álvaro Uribe"},
        ),
        (
            "Norodom Sihanouk et Hun Sen se sont rencontrés le 2 décembre 1987 à "
            "Fère-en-Tardenois.",
            dt.date(1991, 10, 24),
            {"Norodom Sihanouk", "Hun Sen"},
        ),
    ],
)
def test_two_who_have_led_one_country_meeting_are_rivals_not_an_internal_session(
    text, published, pair
):
    [meeting] = of_type(reference_events(text, published), "meeting")
    assert pair <= set(meeting.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Yo Jong had lunched with Moon Jae-in at the Blue House on Feb. 10.",
        "Alexei Kosygin spent nearly four hours with President Ayub Khan on Feb. 10.",
    ],
)
def test_a_lunch_or_hours_spent_together_is_a_meeting(text):
    [meeting] = of_type(reference_events(text, dt.date(2018, 4, 29)), "meeting")
    assert meeting.date == "2018-02-10" and len(meeting.actors) == 2


def test_expected_at_a_dinner_with_the_host_is_a_meeting():
    text = (
        "Bundeskanzlerin Angela Merkel und Frankreichs Präsident Nicolas Sarkozy werden heute am "
        "späten Abend zu einem Essen bei Ministerpräsident Ehud Olmert in Jerusalem erwartet."
    )
    [meeting] = of_type(reference_events(text, dt.date(2009, 1, 18)), "meeting")
    assert {"Angela Merkel", "Nicolas Sarkozy", "Ehud Olmert"} <= set(meeting.actors)


def test_a_marked_word_missing_from_the_stored_inflections_says_how_to_regenerate(monkeypatch):
    import sys

    from negotiations.extraction.inflections import expand_inflections

    monkeypatch.setitem(sys.modules, "simplemma.strategies.dictionaries", None)
    with pytest.raises(RuntimeError, match="python -m negotiations.extraction.inflections"):
        expand_inflections({"k": ["=zzzunknown"]}, "it")


def test_a_name_that_is_also_an_effect_verb_does_not_turn_the_date_into_an_effect_date():
    # "Begin on Tuesday" is Menachem Begin, not a truce that will begin on Tuesday
    [call] = of_type(
        reference_events(
            "Jimmy Carter telephoned Prime Minister Menachem Begin on Tuesday.",
            dt.date(1979, 3, 14),
        ),
        "meeting",
    )
    assert (call.subtype, call.date) == ("phone_call", "1979-03-13")
    assert set(call.actors) >= {"Jimmy Carter", "Menachem Begin"}


@pytest.mark.parametrize(
    "published, text, day",
    [
        (
            dt.date(1996, 4, 27),
            "Jeudi, Warren Christopher avait passé près de six heures à Damas avec le président "
            "syrien Hafez el-Assad.",
            "1996-04-25",
        ),
        (
            dt.date(1994, 12, 21),
            "Lunedì, a Pale, l'ex presidente americano Jimmy Carter ha trascorso l'intera "
            "giornata con Radovan Karadžić.",
            "1994-12-19",
        ),
        (
            dt.date(2016, 9, 10),
            "Am Montag hatten US-Präsident Barack Obama und Wladimir Putin am Rande des "
            "G20-Gipfels rund 90 Minuten über Syrien gesprochen.",
            "2016-09-05",
        ),
        (
            dt.date(2023, 7, 5),
            "Am Montag schüttelten Abdel Fattah al-Sisi und Recep Tayyip Erdoğan in Doha einander "
            "die Hände.",
            "2023-07-03",
        ),
    ],
)
def test_hours_spent_together_and_a_handshake_are_meetings(published, text, day):
    meetings = of_type(reference_events(text, published), "meeting")
    assert [(m.subtype, m.date) for m in meetings] == [("in_person", day)]
    assert len(meetings[0].actors) >= 2


@pytest.mark.parametrize(
    "published, text, conceding",
    [
        (
            dt.date(1993, 8, 5),
            "Le gouvernement rwandais et le FPR ont signé mercredi l'accord d'Arusha. Le "
            "gouvernement rwandais a concédé au FPR la moitié des postes de commandement.",
            "Rwanda",
        ),
        (
            dt.date(2014, 12, 18),
            "Obama habló hoy en Washington. Cuba excarceló esta mañana al contratista "
            "estadounidense Alan Gross.",
            "Cuba",
        ),
        (
            dt.date(2022, 9, 1),
            "Die Gespräche in Baku dauerten bis in die Nacht. Am Dienstag gab Armenien in der "
            "Grenzfrage nach.",
            "Armenia",
        ),
    ],
)
def test_conceding_and_releasing_verbs_are_concessions_without_a_listed_item(
    published, text, conceding
):
    [concession] = of_type(reference_events(text, published), "concession")
    assert concession.roles["status"] == "granted"
    assert concession.roles["conceding"][0] == conceding


def test_a_truce_negotiated_in_a_german_relative_clause_is_a_proposal_of_that_month():
    text = (
        "Die Lage in Aleppo bleibt angespannt. Eine erste Feuerpause, die Washington und Moskau "
        "im Februar ausgehandelt hatten, war nach wenigen Wochen zusammengebrochen."
    )
    [proposal] = of_type(reference_events(text, dt.date(2016, 9, 10)), "proposal")
    assert (proposal.date, proposal.date_precision) == ("2016-02", "month")
    assert set(proposal.actors) >= {"United States", "Russia"}


@pytest.mark.parametrize(
    "published, text, day",
    [
        (
            dt.date(1966, 1, 10),
            "The talks ended. The fighting had ended under a cease-fire demanded by the United "
            "Nations Security Council on Sept. 20 and accepted by Pakistan two days later.",
            "1965-09-22",
        ),
        (
            dt.date(1972, 7, 4),
            "I colloqui sono finiti. Quella tregua l'aveva proclamata Indira Gandhi il 16 "
            "dicembre, e il generale Yahya Khan l'aveva accettata il giorno dopo.",
            "1971-12-17",
        ),
    ],
)
def test_a_proposal_answered_days_later_in_the_same_sentence_takes_the_answers_day(
    published, text, day
):
    [proposal] = of_type(reference_events(text, published), "proposal")
    assert proposal.date == day


@pytest.mark.parametrize(
    "published, language, text, conceding",
    [
        (
            dt.date(2022, 10, 28),
            "fr",
            "Les négociateurs ont conclu jeudi. Aux termes de l'accord, Israël renonce à ses "
            "prétentions sur le gisement de Cana.",
            "Israel",
        ),
        (
            dt.date(1984, 11, 30),
            "es",
            "El tratado se firmó ayer en el Vaticano. A cambio, Chile renuncia a proyectar sus "
            "derechos marítimos hacia el Atlántico.",
            "Chile",
        ),
        (
            dt.date(2022, 11, 24),
            "de",
            "Die Gespräche in Brüssel endeten am Mittwoch. Der Kosovo verzichtete auf weitere "
            "Schritte zur Umregistrierung von Fahrzeugen.",
            "Kosovo",
        ),
    ],
)
def test_renouncing_a_claim_is_a_granted_concession(published, language, text, conceding):
    concessions = of_type(
        reference_events(text, published, language),
        "concession",
    )
    assert [c.roles["conceding"][0] for c in concessions] == [conceding]
    assert concessions[0].roles["status"] == "granted"


def test_lifting_an_embargo_is_a_concession():
    text = (
        "Les émissaires se sont revus à Vienne. De son côté, l'Arménie a levé fin décembre "
        "l'embargo qu'elle imposait aux importations de produits turcs."
    )
    concessions = of_type(
        extract(
            text, published=dt.date(2022, 1, 20), gazetteer=Gazetteer.reference(), language="fr"
        ).events,
        "concession",
    )
    assert [(c.roles["conceding"], c.date) for c in concessions] == [(["Armenia"], "2021-12")]


@pytest.mark.parametrize(
    "published, language, text, day",
    [
        (
            dt.date(2012, 11, 22),
            "de",
            "Die Lage bleibt angespannt. Am Mittwoch ist Hillary Clinton in Ramallah eingetroffen "
            "und spricht dort mit Palästinenserpräsident Mahmud Abbas.",
            "2012-11-21",
        ),
        (
            dt.date(2023, 5, 11),
            "it",
            "I colloqui sono ripresi. Mercoledì Hulusi Akar e Sergei Shoigu si erano rivisti a "
            "Mosca.",
            "2023-05-10",
        ),
    ],
)
def test_speaking_with_and_seeing_each_other_again_are_meetings(published, language, text, day):
    meetings = of_type(
        reference_events(text, published, language),
        "meeting",
    )
    assert [m.date for m in meetings] == [day]


@pytest.mark.parametrize(
    "published, language, text, days",
    [
        (
            dt.date(2022, 7, 2),
            "fr",
            "Les négociations continuent. Ruben Rubinyan et Serdar Kılıç se sont revus à Vienne "
            "le 24 février, puis le 3 mai.",
            ["2022-02-24", "2022-05-03"],
        ),
        (
            dt.date(2023, 7, 5),
            "de",
            "Die Beziehungen sind normalisiert. Mevlüt Çavuşoğlu reiste am 18. März zu Sameh "
            "Schukri nach Kairo, Schukri am 13. April zu Çavuşoğlu nach Ankara.",
            ["2023-03-18", "2023-04-13"],
        ),
        (
            dt.date(2020, 11, 20),
            "fr",
            "Les discussions sont bloquées. L'envoyé de l'ONU avait réuni à Genève, en décembre "
            "2018 puis en mars 2019, le Maroc, l'Algérie et la Mauritanie.",
            ["2018-12", "2019-03"],
        ),
        (
            dt.date(2023, 3, 11),
            "es",
            "El diálogo sigue. Gustavo Petro y el ELN ya se habían reunido en Caracas entre "
            "noviembre y diciembre del año pasado.",
            ["2022-11"],
        ),
        (
            dt.date(1992, 10, 5),
            "it",
            "La pace è firmata. Joaquim Chissano e Afonso Dhlakama si erano incontrati a Roma "
            "all'inizio di agosto, e il 7 agosto avevano firmato una dichiarazione congiunta.",
            ["1992-08"],
        ),
    ],
)
def test_one_meeting_verb_with_dates_told_in_sequence_is_one_meeting_per_date(
    published, language, text, days
):
    meetings = of_type(
        reference_events(text, published, language),
        "meeting",
    )
    assert [m.date for m in meetings] == days


def test_a_german_promise_with_a_separable_zu_is_a_concession_not_a_statement():
    text = (
        "Die Außenminister trafen sich in Genf. Kiew sagte zu, allen Demonstranten, die ihre "
        "Waffen abgeben, eine Amnestie zu gewähren."
    )
    events = extract(
        text, published=dt.date(2014, 4, 18), gazetteer=Gazetteer.reference(), language="de"
    ).events
    [concession] = of_type(events, "concession")
    assert concession.roles["conceding"] == ["Ukraine"]
    assert not of_type(events, "statement")


def test_a_place_named_like_a_weekday_dates_nothing_and_a_middle_initial_keeps_the_name():
    text = (
        "La guerra terminó. A mediados de mayo, McGeorge Bundy, asesor del presidente Lyndon B. "
        "Johnson, se entrevistó en Santo Domingo con Antonio Guzmán."
    )
    events = extract(
        text, published=dt.date(1965, 9, 1), gazetteer=Gazetteer.reference(), language="es"
    ).events
    [meeting] = of_type(events, "meeting")
    assert meeting.date == "1965-05"  # "Santo Domingo" is no Sunday
    assert "Lyndon B. Johnson" in meeting.actors and "Prince Johnson" not in meeting.actors


def test_a_spanish_decree_of_amnesty_is_a_granted_concession():
    text = (
        "El acuerdo se firmó ayer en Santo Domingo. La República Dominicana decretará una "
        "amnistía general para todos los combatientes."
    )
    events = extract(
        text, published=dt.date(1965, 9, 1), gazetteer=Gazetteer.reference(), language="es"
    ).events
    [concession] = of_type(events, "concession")
    assert concession.roles["status"] == "granted"


def test_a_german_pluperfect_readiness_is_an_offer():
    text = (
        "Das Abkommen wurde unterzeichnet. Erst am Dienstag hatte sich die Regierung bereit "
        "erklärt, der RPF 40 Prozent der Posten in der neuen Armee zu überlassen."
    )
    events = extract(
        text, published=dt.date(1993, 8, 5), gazetteer=Gazetteer.reference(), language="de"
    ).events
    [concession] = of_type(events, "concession")
    assert concession.date == "1993-08-03"


def test_a_briefing_by_video_link_is_a_virtual_meeting_and_the_pledge_noun_no_new_concession():
    text = (
        "Die Waffenruhe hält. Am 2. April unterrichtete Kofi Annan den UN-Sicherheitsrat per "
        "Videoschaltung aus Genf über diese Zusage."
    )
    events = extract(
        text, published=dt.date(2012, 4, 13), gazetteer=Gazetteer.reference(), language="de"
    ).events
    assert [(m.subtype, m.date) for m in of_type(events, "meeting")] == [("virtual", "2012-04-02")]
    assert not of_type(events, "concession")  # "diese Zusage" points back to a pledge


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The bus arrived. Last September Vajpayee and Nawaz Sharif agreed to resume the "
            "bilateral dialogue.",
            "en",
        ),
        (
            "Llegó el autobús. En septiembre Vajpayee y Nawaz Sharif acordaron reanudar el "
            "diálogo bilateral.",
            "es",
        ),
    ],
)
def test_two_leaders_agreeing_to_do_something_is_a_proposal_they_accept(text, language):
    [proposal] = of_type(reference_events(text, dt.date(1999, 2, 21), language), "proposal")
    assert set(proposal.actors) == {"Atal Bihari Vajpayee", "Nawaz Sharif"}
    assert proposal.date == "1998-09"


def test_a_day_of_the_month_a_history_paragraph_just_dated_keeps_that_year():
    text = (
        "Murió ayer en Tiflis. Las elecciones del 2 de noviembre de 2003 desencadenaron la "
        "Revolución de las Rosas. La noche del 23 de noviembre, en su residencia, Eduard "
        "Shevardnadze se reunió con Mijaíl Saakashvili."
    )
    [meeting] = of_type(reference_events(text, dt.date(2014, 7, 8), "es"), "meeting")
    assert meeting.date == "2003-11-23"  # not the last 23 November before publication


def test_a_subject_pronoun_after_a_fronted_time_is_the_person_told_before():
    text = (
        "Kofi Annan war am Dienstag in Moskau. Am Mittwoch flog er weiter nach Teheran und traf "
        "dort Außenminister Ali Akbar Salehi."
    )
    [meeting] = of_type(reference_events(text, dt.date(2012, 4, 12), "de"), "meeting")
    assert set(meeting.actors) == {"Kofi Annan", "Ali Akbar Salehi"}
    assert meeting.date == "2012-04-11"


def test_a_term_keeps_the_date_written_right_after_its_verb():
    text = (
        "Cuba y Estados Unidos restablecen relaciones. Estados Unidos liberó hoy a Gerardo "
        "Hernández, Ramón Labañino y Antonio Guerrero, a cambio de un agente cubano."
    )
    [release] = of_type(reference_events(text, dt.date(2014, 12, 17), "es"), "concession")
    assert release.date == "2014-12-17"  # "a cambio de" names terms, "hoy" is still its day


def test_a_signing_ceremony_told_after_the_dated_signing_is_a_meeting_that_day():
    text = (
        "India and Pakistan signed a declaration yesterday. The nine-point document was signed "
        "at a ceremony in the main hall of the Uzbek government building in the presence of "
        "Premier Aleksei Kosygin, President Ayub Khan and Prime Minister Lal Bahadur Shastri."
    )
    [ceremony] = of_type(reference_events(text, dt.date(1966, 1, 11), "en"), "meeting")
    assert ceremony.date == "1966-01-10"
    assert {"Aleksei Kosygin", "Ayub Khan", "Lal Bahadur Shastri"} <= set(ceremony.actors)


def test_the_two_holders_of_a_role_are_the_people_introduced_with_it():
    text = (
        "Le 14 janvier, l'émissaire arménien Ruben Rubinyan et son homologue turc Serdar Kılıç "
        "se sont rencontrés à Moscou, en présence de Nikol Pachinian et de Recep Tayyip Erdoğan. "
        "Les deux émissaires se sont revus à Vienne le 24 février."
    )
    meetings = of_type(reference_events(text, dt.date(2022, 6, 1), "fr"), "meeting")
    again = next(m for m in meetings if m.date == "2022-02-24")
    assert set(again.actors) == {"Ruben Rubinyan", "Serdar Kılıç"}


def test_a_second_encounter_after_moving_on_the_same_day_is_another_meeting():
    text = (
        "Blinken is touring the region. On Monday, Blinken met Egyptian President Abdel Fattah "
        "al-Sisi in Cairo before travelling to Jerusalem, where he held talks late into the "
        "evening with Prime Minister Benjamin Netanyahu."
    )
    meetings = of_type(reference_events(text, dt.date(2024, 6, 11), "en"), "meeting")
    assert {(m.date, frozenset(m.actors)) for m in meetings} == {
        ("2024-06-10", frozenset({"Antony Blinken", "Abdel Fattah al-Sisi"})),
        ("2024-06-10", frozenset({"Antony Blinken", "Benjamin Netanyahu"})),
    }


def test_a_truce_told_first_by_when_it_took_effect_takes_that_date():
    text = (
        "La tregua è finita ieri. Una prima tregua di 72 ore tra Israele e Hamas, negoziata "
        "dagli egiziani, era entrata in vigore il 5 agosto."
    )
    [truce] = of_type(reference_events(text, dt.date(2014, 8, 20), "it"), "proposal")
    assert truce.date == "2014-08-05"
    assert {"Israel", "Hamas"} <= set(truce.actors)


def test_two_promises_of_one_party_in_two_sentences_are_two_concessions():
    text = (
        "Le président Habyarimana a signé hier l'accord. Kigali s'engage à organiser des "
        "élections dans un délai de 22 mois. Kigali accepte en outre qu'un bataillon de 600 "
        "combattants du FPR soit stationné dans la capitale."
    )
    concessions = of_type(reference_events(text, dt.date(1993, 8, 5), "fr"), "concession")
    assert len(concessions) == 2  # "accepte en outre qu'" ends on an elided word, and matches
    assert all(c.date == "1993-08-04" for c in concessions)


def test_talks_held_since_a_time_named_before_the_verb_are_a_series():
    text = (
        "Der Bürgerkrieg ist vorbei. Seit April 1994 hatten Regierung und Opposition in Moskau, "
        "Teheran, Islamabad, Almaty und Aschgabat verhandelt, meist ohne Ergebnis."
    )
    assert of_type(reference_events(text, dt.date(1997, 6, 28), "de"), "meeting") == []


def test_a_meeting_with_one_and_with_another_in_one_place_is_one_meeting():
    text = (
        "Guterres viajó a Ucrania. El 18 de agosto, el secretario general de la ONU, António "
        "Guterres, se reunió en Leópolis con Zelenski y con el presidente turco, Recep Tayyip "
        "Erdoğan."
    )
    [meeting] = of_type(reference_events(text, dt.date(2022, 8, 20), "es"), "meeting")
    assert {"António Guterres", "Volodymyr Zelensky", "Recep Tayyip Erdoğan"} <= set(meeting.actors)


def test_an_entry_of_a_chronology_is_dated_by_its_heading():
    text = (
        "Chronik der Geiselnahme von Lima\n\n"
        "Mittwoch, 23. April 1997\n\n"
        "Perus Präsident Alberto Fujimori hat die Geiselnahme beendet. Eine Chronik.\n\n"
        "1. Februar 1997\n\n"
        "In Toronto treffen sich Fujimori und der japanische Ministerpräsident Ryutaro Hashimoto "
        "zu gut zwei Stunden Gesprächen.\n\n"
        "2. März 1997\n\n"
        "Fujimori fliegt in die Dominikanische Republik und spricht in Santo Domingo mit "
        "Präsident Leonel Fernández über die Krise."
    )
    meetings = of_type(reference_events(text, dt.date(1997, 4, 23), "de"), "meeting")
    assert sorted(m.date for m in meetings) == ["1997-02-01", "1997-03-02"]


def test_a_cancellation_after_a_semicolon_about_something_else_leaves_the_meeting():
    text = (
        "Kofi Annan mediated between Olusegun Obasanjo and Paul Biya. Annan met Obasanjo and "
        "Biya for a third time in Geneva on 31 January 2004; a withdrawal from the peninsula "
        "planned for September that year did not take place."
    )
    [meeting] = of_type(reference_events(text, dt.date(2006, 6, 13), "en"), "meeting")
    assert meeting.date == "2004-01-31"


def test_an_anniversary_piece_tells_its_days_in_the_year_it_retells():
    text = (
        "Heute vor 50 Jahren, am 11. September 1969, trafen sich Alexei Kossygin und Zhou Enlai "
        "am Flughafen von Peking. Seit den Kämpfen vom März 1969 am Ussuri herrschte "
        "Kriegsgefahr. Am 18. Oktober unterzeichneten Kossygin und Zhou eine gemeinsame "
        "Erklärung. Erst 2004 wurde die Grenze endgültig festgelegt."
    )
    [declaration] = of_type(reference_events(text, dt.date(2019, 9, 11), "de"), "proposal")
    assert declaration.date == "1969-10-18"  # not the last 18 October before publication


def test_talks_due_with_one_on_thursday_and_with_another_on_friday():
    text = (
        "The truce holds. Dmitry Medvedev, the Russian prime minister, is due to hold talks with "
        "Mr Sargsyan and Prime Minister Hovik Abrahamyan in Yerevan on Thursday, and with Mr "
        "Aliyev in Baku on Friday."
    )
    meetings = of_type(reference_events(text, dt.date(2016, 4, 6), "en"), "meeting")  # Wed
    assert {(m.date, "Ilham Aliyev" in m.actors) for m in meetings} == {
        ("2016-04-07", False),
        ("2016-04-08", True),
    }


def test_a_visit_in_a_relative_clause_about_a_person_leaves_the_talks_after_it():
    text = (
        "The truce holds. Mr Sargsyan, who is on an official visit to Germany, held talks with "
        "Chancellor Angela Merkel in Berlin today."
    )
    [talks] = of_type(reference_events(text, dt.date(2016, 4, 6), "en"), "meeting")
    assert {"Serzh Sargsyan", "Angela Merkel"} <= set(talks.actors)
    assert talks.date == "2016-04-06"


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "India y Bangladés canjearon el sábado los instrumentos del acuerdo. En virtud de los "
            "textos canjeados el sábado, India cederá a Bangladés 111 enclaves.",
            "es",
        ),
        (
            "L'Inde et le Bangladesh ont échangé samedi les instruments de l'accord. En vertu des "
            "textes échangés samedi, l'Inde cédera au Bangladesh 111 enclaves.",
            "fr",
        ),
    ],
)
def test_ceding_territory_in_any_tense_is_a_concession(text, language):
    concessions = of_type(reference_events(text, dt.date(2015, 6, 8), language), "concession")
    assert ("2015-06-06", ["India"]) in [(c.date, c.roles.get("conceding")) for c in concessions]
