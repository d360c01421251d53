"""Rules added after measuring on newly written articles: back-references that date an event,
events told across two sentences, mutual terms and exchanges. Short cases in several languages."""

import datetime as dt

import pytest

from negotiations.extraction import Gazetteer, extract
from negotiations.extraction.dates import find_time_expressions, resolve
from negotiations.extraction.lexicon import load_lexicon

MONDAY = dt.date(2025, 8, 18)
WEDNESDAY = dt.date(2025, 3, 19)


@pytest.fixture(scope="module")
def reference():
    return Gazetteer.reference()


def events_of(text, gazetteer, language, published):
    return extract(text, published=published, gazetteer=gazetteer, language=language).events


def of_type(events, kind):
    return [e for e in events if e.type == kind]


def test_day_and_month_without_year_is_the_nearest_such_day():
    lexicon = load_lexicon("en")
    [expr] = find_time_expressions("prisoners should be released by 10 March", lexicon)
    assert resolve(expr, dt.date(2020, 3, 1)).value == "2020-03-10"
    [expr] = find_time_expressions("the deal signed on 28 December", lexicon)
    assert resolve(expr, dt.date(2020, 1, 5)).value == "2019-12-28"


def test_dated_summit_noun_dates_the_meeting_told_next(reference):
    text = (
        "L'incontro arriva tre giorni dopo il vertice di venerdì in Alaska. "
        "Trump e Vladimir Putin si sono visti nella base militare di Anchorage."
    )
    [meeting] = of_type(events_of(text, reference, "it", MONDAY), "meeting")
    assert meeting.date == "2025-08-15"
    assert {"Donald Trump", "Vladimir Putin"} <= set(meeting.actors)


def test_what_was_agreed_at_the_summit_takes_the_summit_date_not_the_report_date(reference):
    text = (
        "Trump e Vladimir Putin si sono visti venerdì ad Anchorage. "
        "Domenica l'inviato Steve Witkoff ha detto che al vertice Putin ha accettato che gli "
        "Stati Uniti offrano all'Ucraina garanzie simili all'articolo 5 della Nato."
    )
    events = events_of(text, reference, "it", MONDAY)
    assert len(of_type(events, "meeting")) == 1  # "al vertice" is the summit already told
    [concession] = of_type(events, "concession")
    assert concession.date == "2025-08-15"


def test_invitation_to_meet_is_a_proposal_dated_by_the_press_conference(reference):
    text = (
        "Trump e Vladimir Putin si sono visti venerdì ad Anchorage. "
        '"Next time in Moscow", ha detto Putin alla fine della conferenza stampa, invitando '
        "Trump a un nuovo incontro nella capitale russa."
    )
    events = events_of(text, reference, "it", MONDAY)
    [proposal] = of_type(events, "proposal")
    assert proposal.date == "2025-08-15"
    assert len(of_type(events, "meeting")) == 1


def test_no_agreement_announced_is_no_proposal(reference):
    text = "Nessun accordo è stato annunciato venerdì tra Donald Trump e Vladimir Putin."
    assert of_type(events_of(text, reference, "it", MONDAY), "proposal") == []


def test_shortly_afterwards_dates_the_video_call_by_the_signing(reference):
    text = (
        "Wladimir Putin und Ilham Alijew haben am Montagabend eine Erklärung unterzeichnet. "
        "Putin und Alijew traten kurz danach gemeinsam in einer Videokonferenz auf."
    )
    events = events_of(text, reference, "de", dt.date(2020, 11, 10))
    [meeting] = of_type(events, "meeting")
    assert meeting.subtype == "virtual"
    assert meeting.date == "2020-11-09"


def test_undated_call_takes_the_date_of_the_call_told_next(reference):
    text = (
        "Kremlchef Wladimir Putin hat nach einem Telefonat mit Donald Trump zugestimmt, Angriffe "
        "auf die Energieinfrastruktur für 30 Tage auszusetzen. Das Gespräch fand am Dienstag statt."
    )
    events = events_of(text, reference, "de", WEDNESDAY)
    [meeting] = of_type(events, "meeting")
    assert meeting.subtype == "phone_call"
    assert meeting.date == "2025-03-18"
    [concession] = of_type(events, "concession")
    assert concession.date == "2025-03-18"


def test_german_verb_final_clause_makes_sunday_the_coming_one(reference):
    text = (
        "Steve Witkoff kündigte an, dass die Verhandlungsteams der USA und Russlands am Sonntag "
        "in Dschidda zusammenkommen sollen."
    )
    [meeting] = of_type(events_of(text, reference, "de", WEDNESDAY), "meeting")
    assert meeting.date == "2025-03-23"
    assert meeting.modality == "scheduled"


def test_fronted_date_makes_an_earlier_document_a_separate_proposal(reference):
    text = (
        "Salva Kiir y Riek Machar firmaron el miércoles en Adís Abeba el acuerdo de paz. "
        "El 5 de agosto, Kiir y Machar firmaron también en Jartum el acuerdo de reparto del poder."
    )
    proposals = of_type(events_of(text, reference, "es", dt.date(2018, 9, 13)), "proposal")
    assert sorted(p.date for p in proposals) == ["2018-08-05", "2018-09-12"]


def test_same_day_refers_to_the_event_just_before(reference):
    text = (
        "The United States and the Taliban signed an agreement in Doha on Saturday. "
        "On the same day in Kabul, the US and Afghan governments issued a joint declaration."
    )
    proposals = of_type(events_of(text, reference, "en", dt.date(2020, 3, 1)), "proposal")
    assert len(proposals) == 2
    assert {p.date for p in proposals} == {"2020-02-29"}


def test_exchange_told_as_two_releases_is_one_concession_by_both(reference):
    text = (
        "Israel and Hamas agreed on Wednesday to a four-day pause. Under the terms, Hamas will "
        "free 50 hostages, and Israel will release 150 Palestinian prisoners."
    )
    [concession] = of_type(events_of(text, reference, "en", dt.date(2023, 11, 22)), "concession")
    assert set(concession.roles["conceding"]) == {"Hamas", "Israel"}
    assert concession.date == "2023-11-22"


def test_standing_demand_stays_undated_and_apart_from_a_dated_refusal(reference):
    text = (
        "President Ashraf Ghani said today that his government had made no commitment to free "
        "5,000 Taliban prisoners. Kabul has long demanded that the Taliban free the government "
        "soldiers they hold."
    )
    concessions = of_type(events_of(text, reference, "en", dt.date(2020, 3, 1)), "concession")
    assert sorted((c.date or "", c.roles["status"]) for c in concessions) == [
        ("", "demanded"),
        ("2020-03-01", "refused"),
    ]


def test_two_governments_agreeing_to_pull_out_are_mutual_terms(reference):
    text = (
        "Yemen's government and the Houthi movement agreed on Thursday to a ceasefire in "
        "Hodeidah and to pull their forces out of the city."
    )
    events = events_of(text, reference, "en", dt.date(2018, 12, 14))
    assert of_type(events, "concession") == []
    assert len(of_type(events, "proposal")) == 1


def test_ceremony_participants_named_in_the_next_sentence_without_a_cue(reference):
    text = (
        "Gustavo Petro y el ELN firmaron el viernes en La Habana un alto el fuego. "
        "La ceremonia se celebró en el salón de protocolo de El Laguito. "
        "Gustavo Petro y Miguel Díaz-Canel se dieron la mano tras la firma."
    )
    meetings = of_type(events_of(text, reference, "es", dt.date(2023, 6, 10)), "meeting")
    assert len(meetings) == 1
    assert {"Gustavo Petro", "Miguel Díaz-Canel"} <= set(meetings[0].actors)
    assert meetings[0].date == "2023-06-09"


def test_a_party_named_after_without_did_not_take_part(reference):
    text = (
        "Las consultas que el Consejo de Cooperación del Golfo celebra desde el miércoles en "
        "Riad continúan sin los hutíes."
    )
    for meeting in of_type(events_of(text, reference, "es", dt.date(2022, 4, 2)), "meeting"):
        assert "Houthis" not in meeting.actors


def test_a_meeting_that_never_took_place_waits_for_no_participants(reference):
    text = (
        "Un sixième cycle, prévu à Mascate le 15 juin, n'a jamais eu lieu. "
        "Steve Witkoff et Abbas Araghchi étaient présents à Oslo."
    )
    assert of_type(events_of(text, reference, "fr", dt.date(2025, 6, 24)), "meeting") == []


def test_a_past_day_half_a_year_ahead_without_year_is_last_years():
    lexicon = load_lexicon("es")
    [expr] = find_time_expressions("El 9 de julio Pastrana se reunió con Marulanda", lexicon)
    assert resolve(expr, dt.date(1999, 1, 8)).value == "1998-07-09"


def test_later_that_evening_is_the_day_named_last_in_the_sentence_before(reference):
    text = (
        "Volodymyr Zelensky met Crown Prince Mohammed bin Salman in Jeddah on Monday and said "
        "in his nightly video address on Tuesday that Ukraine was ready for peace. "
        "Later that evening he held a video call with French President Emmanuel Macron and "
        "British Prime Minister Keir Starmer."
    )
    calls = [
        m
        for m in of_type(events_of(text, reference, "en", dt.date(2025, 3, 12)), "meeting")
        if "Emmanuel Macron" in m.actors
    ]
    assert [c.date for c in calls] == ["2025-03-11"]


def test_german_wollen_schedules_the_weekday_ahead(reference):
    text = "Wladimir Putin und Recep Tayyip Erdogan wollen am Mittwoch in Skopje zusammenkommen."
    [meeting] = of_type(events_of(text, reference, "de", dt.date(2001, 8, 14)), "meeting")
    assert meeting.date == "2001-08-15"


def test_german_participle_before_the_document_is_its_step(reference):
    text = (
        "Die Ukraine und die USA verhandeln in Berlin. Grundlage ist ein im November von den "
        "USA vorgelegter Friedensplan, den die Ukraine und Russland prüfen."
    )
    proposals = of_type(events_of(text, reference, "de", dt.date(2025, 12, 16)), "proposal")
    assert [(p.date, "United States" in p.actors) for p in proposals] == [("2025-11", True)]


def test_a_document_circulated_by_a_state_is_its_proposal(reference):
    text = (
        "A differenza della Cina, che a febbraio aveva diffuso un documento in dodici punti "
        "sulla soluzione politica della crisi, la Santa Sede non ha un piano."
    )
    [proposal] = of_type(events_of(text, reference, "it", dt.date(2023, 7, 1)), "proposal")
    assert proposal.date == "2023-02" and "China" in proposal.actors


def test_a_plan_received_coldly_is_no_meeting(reference):
    text = (
        "En décembre dernier, l'Égypte avait présenté un plan en trois étapes, accueilli "
        "froidement aussi bien par Israël que par le Hamas."
    )
    events = events_of(text, reference, "fr", dt.date(2024, 2, 8))
    assert of_type(events, "meeting") == []
    assert [p.date for p in of_type(events, "proposal")] == ["2023-12"]


def test_a_second_document_signed_at_the_same_ceremony_is_its_own_proposal(reference):
    text = (
        "Félix Tshisekedi et Paul Kagame ont signé jeudi à Washington des accords de paix. "
        "Lors de la même cérémonie, les deux dirigeants ont aussi signé un cadre d'intégration "
        "économique régionale."
    )
    proposals = of_type(events_of(text, reference, "fr", dt.date(2025, 12, 5)), "proposal")
    assert [p.date for p in proposals] == ["2025-12-04", "2025-12-04"]


def test_a_step_right_after_another_document_is_that_documents(reference):
    text = "Les textes signés jeudi consolident l'accord de paix conclu le 27 juin par la RDC et le Rwanda."
    [proposal] = of_type(events_of(text, reference, "fr", dt.date(2025, 12, 5)), "proposal")
    assert proposal.date == "2025-06-27"


def test_a_participle_step_of_the_document_keeps_its_date_from_the_main_step(reference):
    text = (
        "Le 7 août, le gouvernement libanais avait approuvé une feuille de route présentée en "
        "juin par l'émissaire américain Tom Barrack."
    )
    [proposal] = of_type(events_of(text, reference, "fr", dt.date(2025, 12, 4)), "proposal")
    assert proposal.date == "2025-08-07"


def test_an_offer_provided_that_at_the_same_ceremony_takes_the_ceremonys_day(reference):
    text = (
        "El presidente Andrés Pastrana instaló ayer en San Vicente del Caguán la mesa de diálogo "
        "con las Farc. Pero en la misma ceremonia, Pastrana ofreció a las Farc prorrogar la zona "
        "de distensión más allá del 7 de febrero, siempre que haya avances concretos."
    )
    events = events_of(text, reference, "es", dt.date(1999, 1, 8))
    [meeting] = of_type(events, "meeting")
    assert meeting.date == "1999-01-07"
    assert "Vicente del Caguán" not in meeting.actors
    [concession] = of_type(events, "concession")
    assert concession.date == "1999-01-07"


def test_italian_sempre_is_also_not_a_habit(reference):
    text = (
        "Vladimir Putin e Donald Trump si sono sentiti ieri al telefono. Sempre lo stesso giorno, "
        "Putin ha chiesto il ritiro delle truppe ucraine dal Donbass."
    )
    [concession] = of_type(events_of(text, reference, "it", dt.date(2025, 3, 2)), "concession")
    assert concession.date == "2025-03-01"


def test_german_signatures_under_the_document_name_the_parties(reference):
    text = (
        "Die Führer der Parteien haben am Montag in Skopje das Rahmenabkommen unterzeichnet. "
        "Neben Boris Trajkovski setzten Ljubčo Georgievski und Arben Xhaferi ihre Unterschrift "
        "unter das Dokument."
    )
    [proposal] = of_type(events_of(text, reference, "de", dt.date(2001, 8, 14)), "proposal")
    assert proposal.date == "2001-08-13"
    assert {"Boris Trajkovski", "Arben Xhaferi"} <= set(proposal.actors)


def test_la_veille_is_the_day_before_the_summit_the_sentence_before_dated(reference):
    text = (
        "Le sommet qui devait réunir dimanche à Luanda Félix Tshisekedi et Paul Kagame a été "
        "annulé. La veille, une réunion préparatoire des ministres Thérèse Kayikwamba Wagner et "
        "Olivier Nduhungirehe s'était achevée sans accord."
    )
    meetings = of_type(events_of(text, reference, "fr", dt.date(2024, 12, 16)), "meeting")
    assert [m.date for m in meetings] == ["2024-12-14"]


def test_a_ceremony_told_after_a_dated_sentence_is_that_days_meeting(reference):
    text = (
        "Il primo ministro etiope Abiy Ahmed e il presidente eritreo Isaias Afwerki hanno "
        "riaperto ieri due valichi di frontiera chiusi da vent'anni. Alla cerimonia di Bure i due "
        "leader, in uniforme militare, hanno attraversato insieme la linea di confine."
    )
    [meeting] = of_type(events_of(text, reference, "it", dt.date(2018, 9, 12)), "meeting")
    assert meeting.date == "2018-09-11"


def test_a_demand_the_accord_itself_makes_takes_the_accords_date(reference):
    text = (
        "Los cinco presidentes centroamericanos firmaron ayer en Guatemala el acuerdo de "
        "Esquipulas. El texto incluye un alto el fuego. El acuerdo pide asimismo a Estados "
        "Unidos que suspenda toda ayuda a las fuerzas irregulares."
    )
    [concession] = of_type(events_of(text, reference, "es", dt.date(1987, 8, 8)), "concession")
    assert concession.date == "1987-08-07" and concession.roles["status"] == "demanded"


def test_an_agreement_takes_the_day_of_the_announcement_that_follows_it(reference):
    text = (
        "Nach rund zwölf Stunden Verhandlungen in Ohrid haben sich Serbien und das Kosovo unter "
        "Vermittlung der Europäischen Union auf einen Plan zur Umsetzung des Abkommens "
        'verständigt. "Wir haben eine Einigung", sagte der EU-Außenbeauftragte Josep Borrell am '
        "späten Samstagabend vor Journalisten."
    )
    [proposal] = of_type(events_of(text, reference, "de", dt.date(2023, 3, 19)), "proposal")
    assert proposal.date == "2023-03-18"


def test_an_earlier_accord_in_a_relative_clause_is_a_second_proposal(reference):
    text = (
        "El acuerdo firmado ayer por Juan Manuel Santos y las FARC completa el cese al fuego "
        "bilateral y definitivo que el Gobierno de Colombia y las FARC suscribieron en La Habana "
        "el 23 de junio."
    )
    proposals = of_type(events_of(text, reference, "es", dt.date(2016, 8, 25)), "proposal")
    assert sorted(p.date for p in proposals) == ["2016-06-23", "2016-08-24"]


def test_a_short_aside_does_not_cut_a_step_from_its_date(reference):
    text = (
        "L'accordo firmato ieri da Etiopia ed Eritrea completa l'intesa sulla cessazione delle "
        "ostilità che Etiopia ed Eritrea avevano firmato, sempre ad Algeri, il 18 giugno."
    )
    proposals = of_type(events_of(text, reference, "it", dt.date(2000, 12, 13)), "proposal")
    assert sorted(p.date for p in proposals) == ["2000-06-18", "2000-12-12"]


def test_an_indefinite_compound_accord_with_its_own_month_is_another_document(reference):
    text = (
        "Nepals Regierung und die maoistischen Rebellen haben gestern ein umfassendes "
        "Friedensabkommen unterzeichnet. Den Weg geebnet hatte ein Zwölf-Punkte-Abkommen, das die "
        "Maoisten und Nepal im November 2005 in Neu-Delhi geschlossen hatten."
    )
    proposals = of_type(events_of(text, reference, "de", dt.date(2006, 11, 22)), "proposal")
    assert sorted(p.date for p in proposals) == ["2005-11", "2006-11-21"]


def test_a_conference_closed_without_an_agreement_proposes_nothing(reference):
    text = (
        '"Leider wurde die Konferenz ohne eine Einigung geschlossen", sagte UN-Generalsekretär '
        "António Guterres am Freitag in Crans-Montana."
    )
    assert of_type(events_of(text, reference, "de", dt.date(2017, 7, 8)), "proposal") == []


def test_a_one_sided_truce_a_few_words_before_its_noun_is_no_proposal(reference):
    text = 'Am Montag verkündete die M23 überraschend eine einseitige "humanitäre Waffenruhe".'
    assert of_type(events_of(text, reference, "de", dt.date(2025, 2, 8)), "proposal") == []


def test_an_armed_group_ending_its_armed_activity_concedes(reference):
    text = (
        'La banda ETA anunció ayer el "cese definitivo de su actividad armada" en un comunicado '
        "en vídeo."
    )
    [concession] = of_type(events_of(text, reference, "es", dt.date(2011, 10, 21)), "concession")
    assert concession.date == "2011-10-20" and concession.roles["conceding"] == ["ETA"]


def test_when_they_met_is_a_meeting_and_when_they_meet_an_intention(reference):
    told = (
        "Tony Blair and Bertie Ahern first set the date in April, when they met at the Navan "
        "Centre outside Armagh."
    )
    [meeting] = of_type(events_of(told, reference, "en", dt.date(2006, 10, 14)), "meeting")
    assert meeting.date == "2006-04"
    vague = "Tony Blair and Bertie Ahern will settle it when they meet."
    assert of_type(events_of(vague, reference, "en", dt.date(2006, 10, 14)), "meeting") == []


def test_second_and_third_documents_signed_the_same_day_are_three_proposals(reference):
    text = (
        "Indonesia and Portugal on Wednesday signed an agreement that will allow a vote. "
        "A second accord, also signed on Wednesday by Indonesia and Portugal, deals with "
        "security during the ballot. The third document signed on Wednesday by Indonesia and "
        "Portugal sets out how the ballot will be run."
    )
    proposals = of_type(events_of(text, reference, "en", dt.date(1999, 5, 6)), "proposal")
    assert [p.date for p in proposals] == ["1999-05-05"] * 3


def test_families_of_hostages_asking_concede_nothing_about_hostages(reference):
    text = (
        "Israel and Hamas agreed on Wednesday to a truce in Doha. Israeli officials said Israel "
        "would free prisoners. Israel, Israel, Israel. Families of hostages urged the government "
        "to move ahead without delay."
    )
    concessions = of_type(events_of(text, reference, "en", dt.date(2025, 1, 16)), "concession")
    assert not any(c.evidence.startswith("Families") for c in concessions)


def test_an_earlier_accord_with_its_participle_and_date_is_a_second_proposal(reference):
    text = (
        "Lo Sri Lanka e le Tigri Tamil hanno firmato ieri a Ginevra una dichiarazione congiunta "
        "in cui si impegnano a rispettare l'accordo di cessate il fuoco firmato nel febbraio 2002 "
        "da Ranil Wickremesinghe e Velupillai Prabhakaran."
    )
    proposals = of_type(events_of(text, reference, "it", dt.date(2006, 2, 24)), "proposal")
    assert sorted(p.date for p in proposals) == ["2002-02", "2006-02-23"]


def test_french_se_revoir_is_meeting_again(reference):
    text = (
        "Ruben Rubinyan et Serdar Kılıç avaient lancé le processus à Moscou le 14 janvier, avant "
        "de se revoir à Vienne le 24 février."
    )
    [meeting] = of_type(events_of(text, reference, "fr", dt.date(2022, 7, 12)), "meeting")
    assert meeting.date == "2022-02-24"


def test_italian_aver_visto_a_leader_is_a_meeting(reference):
    text = "Il mese scorso Jared Kushner aveva visto Mohammed bin Salman a Neom."
    [meeting] = of_type(events_of(text, reference, "it", dt.date(2021, 1, 5)), "meeting")
    assert meeting.date == "2020-12"
