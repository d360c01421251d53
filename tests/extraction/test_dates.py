import datetime as dt

import pytest

from negotiations.extraction import Gazetteer, extract
from negotiations.extraction.dates import (
    FUTURE,
    PAST,
    DateValue,
    clause_around,
    clause_tense,
    coarsest_containing,
    find_dateline,
    find_time_expressions,
    resolve,
    resolve_weekday,
)
from negotiations.extraction.lexicon import load_lexicon

MONDAY_17_MARCH = dt.date(2025, 3, 17)


def dates_in(text, language, published=MONDAY_17_MARCH):
    lexicon = load_lexicon(language)
    result = []
    for expr in find_time_expressions(text, lexicon):
        tense = clause_tense(clause_around(text, expr.start, expr.end), lexicon)
        result.append(resolve(expr, published, tense))
    return result


def test_scheduled_tuesday_resolves_forward():
    assert dates_in(
        "La conversazione telefonica, che è previsto per martedì, si svolge ora.", "it"
    ) == [DateValue("2025-03-18", "day")]


def test_visit_on_thursday_resolves_backward():
    assert dates_in("la visita di Witkoff a Mosca giovedì, dove ha parlato a Putin", "it") == [
        DateValue("2025-03-13", "day")
    ]


def test_past_weekday_equal_to_publication_day_is_that_day():
    assert resolve_weekday(3, dt.date(2025, 1, 16), PAST) == dt.date(2025, 1, 16)


def test_future_weekday_equal_to_publication_day_is_a_week_later():
    assert resolve_weekday(0, MONDAY_17_MARCH, FUTURE) == dt.date(2025, 3, 24)


def test_german_weekday_compound_with_time_of_day():
    assert dates_in(
        "Der Kreml erklärte am Dienstagabend, die Vereinbarung gelte.", "de", dt.date(2025, 3, 26)
    ) == [DateValue("2025-03-25", "day")]


def test_last_month_gives_the_previous_month_at_month_precision():
    assert dates_in("Trump e Putin al telefono il mese scorso", "it") == [
        DateValue("2025-02", "month")
    ]
    assert dates_in("They spoke last month.", "en", dt.date(2025, 1, 10)) == [
        DateValue("2024-12", "month")
    ]


def test_last_week_inside_one_month_has_month_precision():
    assert dates_in("Selenskyj ha dichiarato la scorsa settimana che", "it") == [
        DateValue("2025-03", "month")
    ]


def test_last_week_across_two_months_has_year_precision():
    # published Wednesday 2025-04-02: last week is 24-30 March
    assert dates_in("vergangene Woche", "de", dt.date(2025, 4, 2)) == [
        DateValue("2025-03", "month")
    ]
    # published Monday 2025-03-03: last week is 24 Feb - 2 Mar
    assert dates_in("la semaine dernière", "fr", dt.date(2025, 3, 3)) == [DateValue("2025", "year")]


def test_last_week_across_new_year_has_no_date():
    assert coarsest_containing(dt.date(2024, 12, 30), dt.date(2025, 1, 5)) == DateValue()


def test_last_weekend_uses_the_weekend_days():
    assert dates_in("Witkoff flew to Israel last weekend.", "en", dt.date(2025, 1, 16)) == [
        DateValue("2025-01", "month")
    ]


def test_explicit_dates_in_five_languages():
    published = dt.date(2025, 6, 28)
    assert dates_in("signed on June 25, 2024 in Doha", "en", published) == [
        DateValue("2024-06-25", "day")
    ]
    assert dates_in("il 10 marzo ad Antalya", "it", published) == [DateValue("2025-03-10", "day")]
    assert dates_in("am 3. Februar 2025 in Riad", "de", published) == [
        DateValue("2025-02-03", "day")
    ]
    assert dates_in("signée le 25 avril", "fr", published) == [DateValue("2025-04-25", "day")]
    assert dates_in("firmaron el 23 de junio de 2016", "es", published) == [
        DateValue("2016-06-23", "day")
    ]


def test_month_name_keeps_month_precision():
    assert dates_in("ein erstes Treffen im Februar", "de", dt.date(2025, 3, 26)) == [
        DateValue("2025-02", "month")
    ]


def test_past_day_after_publication_belongs_to_the_previous_year():
    assert dates_in("si erano incontrati il 20 dicembre", "it", dt.date(2025, 1, 10)) == [
        DateValue("2024-12-20", "day")
    ]


def test_duration_is_not_a_date():
    assert dates_in("ha accettato la proposta di 30 giorni", "it") == []
    assert dates_in("a 30-day ceasefire for 42 days", "en") == []


def test_german_article_die_is_not_tuesday():
    assert dates_in("Die Gespräche in Riad fanden getrennt statt. Die USA sagten zu.", "de") == []


def test_english_modal_may_is_not_a_month():
    assert dates_in("The truce may hold.", "en") == []


def test_relative_dates_stay_unresolved_without_publication_date():
    assert dates_in("visited Moscow on Thursday", "en", published=None) == [DateValue()]


def test_today_and_yesterday_follow_the_publication_date():
    assert dates_in("stamattina il portavoce ha detto", "it", dt.date(2022, 3, 30)) == [
        DateValue("2022-03-30", "day")
    ]
    assert dates_in("hanno chiuso ieri il primo incontro", "it", dt.date(2022, 3, 30)) == [
        DateValue("2022-03-29", "day")
    ]


def test_date_after_a_take_effect_cue_is_marked_as_effect():
    lexicon = load_lexicon("en")
    expressions = find_time_expressions(
        "accepted a deal on Wednesday and the truce would take effect on Sunday", lexicon
    )
    assert [(e.text, e.is_effect) for e in expressions] == [("Wednesday", False), ("Sunday", True)]


def test_an_until_date_after_a_comma_is_still_an_effect_date():
    lexicon = load_lexicon("es")
    [expression] = find_time_expressions(
        "el cese al fuego se extenderá durante tres meses, hasta el 15 de enero", lexicon
    )
    assert expression.is_effect


def test_since_marks_the_start_of_a_period():
    lexicon = load_lexicon("es")
    [expr] = find_time_expressions("se reunieron en Cuba desde noviembre de 2012", lexicon)
    assert expr.is_since


def test_dateline_at_the_top_gives_the_publication_date():
    text = "Titel\n\n26.03.2025, 06:12 Uhr | Politik > Ausland\n\nRiad. Text des Artikels."
    assert find_dateline(text, load_lexicon("de")) == dt.date(2025, 3, 26)
    assert find_dateline(
        "Headline\nPublished: Thursday, 16 January 2025\nBody.", load_lexicon("en")
    ) == dt.date(2025, 1, 16)
    assert (
        find_dateline(
            "Headline\nThe deal was signed on 16 January 2025 in Doha after long talks.",
            load_lexicon("en"),
        )
        is None
    )


def test_month_followed_by_last_year_is_one_expression():
    assert dates_in("a framework set out in May last year", "en", dt.date(2025, 1, 16)) == [
        DateValue("2024-05", "month")
    ]


def test_month_with_a_modifier_keeps_month_precision():
    assert dates_in(
        "Los negociadores se verán a principios de marzo.", "es", dt.date(2025, 2, 10)
    ) == [DateValue("2025-03", "month")]
    assert dates_in("They met in early March.", "en", dt.date(2025, 4, 10)) == [
        DateValue("2025-03", "month")
    ]


@pytest.mark.parametrize(
    "text, language, published, expected",
    [
        ("Heute vor 50 Jahren trafen sie sich.", "de", dt.date(2019, 9, 11), "1969-09-11"),
        (
            "Cinquant'anni fa, esattamente oggi, firmavano.",
            "it",
            dt.date(2022, 2, 27),
            "1972-02-27",
        ),
        ("Twenty years ago the talks began.", "en", dt.date(2020, 5, 1), "2000"),
        ("Hace 30 años comenzaron las negociaciones.", "es", dt.date(2020, 5, 1), "1990"),
    ],
)
def test_years_ago_and_the_same_day_years_ago(text, language, published, expected):
    assert [d.value for d in dates_in(text, language, published)] == [expected]


def test_surname_may_is_not_a_month():
    assert dates_in("Theresa May met the envoy.", "en") == []


@pytest.mark.parametrize(
    "text", ["In September Putin and Erdoğan met in Sochi.", "Last September Putin met Erdoğan."]
)
def test_a_month_after_a_time_word_is_a_month_even_before_a_name(text):
    assert dates_in(text, "en", dt.date(1999, 2, 21)) == [DateValue("1998-09", "month")]


def test_days_and_weeks_ago_in_several_languages():
    published = dt.date(2025, 3, 20)  # a Thursday
    assert dates_in("They met three days ago.", "en", published) == [DateValue("2025-03-17", "day")]
    assert dates_in("si sono incontrati due settimane fa", "it", published) == [
        DateValue("2025-03", "month")
    ]
    assert dates_in("vor zwei Tagen in Riad", "de", published) == [DateValue("2025-03-18", "day")]
    assert dates_in("il y a un mois", "fr", published) == [DateValue("2025-02", "month")]
    assert dates_in("hace 5 días", "es", published) == [DateValue("2025-03-15", "day")]


def test_a_date_from_which_something_applies_is_not_when_it_was_proposed():
    import datetime as dt

    from negotiations.extraction import Gazetteer, extract

    text = "Moskau hatte Anfang der Woche eine Waffenruhe ab dem 1. März vorgeschlagen."
    result = extract(
        text, published=dt.date(2016, 2, 12), gazetteer=Gazetteer.reference(), language="de"
    )
    [proposal] = [e for e in result.events if e.type == "proposal"]
    assert (proposal.date, proposal.date_precision) == ("2016-02", "month")


def test_a_bare_day_of_the_month_is_in_the_month_of_publication():
    import datetime as dt

    from negotiations.extraction.dates import PAST, find_time_expressions, resolve
    from negotiations.extraction.lexicon import load_lexicon

    spanish = load_lexicon("es")
    [expr] = find_time_expressions("El día 4, en Oslo, firmaron el acuerdo.", spanish)
    assert resolve(expr, dt.date(1996, 12, 30), PAST).value == "1996-12-04"
    [later] = find_time_expressions("El día 28 firmaron el acuerdo.", spanish)
    assert resolve(later, dt.date(1996, 12, 5), PAST).value == "1996-11-28"
    [full] = find_time_expressions("El día 4 de diciembre firmaron.", spanish)
    assert full.kind == "date" and full.month == 12


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("aveva telefonato ad Ali mercoledì 6 dicembre", "it"),
        ("had called Ali on Wednesday, December 6", "en"),
        ("hatte am Mittwoch, 6. Dezember, telefoniert", "de"),
    ],
)
def test_a_weekday_before_a_calendar_date_is_that_date(text, language):
    assert [d.value for d in dates_in(text, language, dt.date(2023, 12, 15))] == ["2023-12-06"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bereits am 6. Oktober vergangenen Jahres waren sie zusammengetroffen", "de"),
        ("Le 6 octobre de l'année dernière, ils s'étaient rencontrés", "fr"),
        ("El 6 de octubre del año pasado se reunieron", "es"),
    ],
)
def test_a_calendar_day_of_last_year(text, language):
    assert [d.value for d in dates_in(text, language, dt.date(2023, 5, 15))] == ["2022-10-06"]


def test_the_morning_after_an_article_is_no_tomorrow():
    lexicon = load_lexicon("es")
    expressions = find_time_expressions(
        "Vajpayee y Sharif mantuvieron ayer por la mañana una reunión; se verán mañana.", lexicon
    )
    assert [(e.text, e.offset) for e in expressions] == [("ayer", -1), ("mañana", 1)]


def test_a_ticker_timestamp_is_a_day_of_the_articles_year():
    [day] = dates_in(
        "21.11., 18.10 Uhr – Obama telefoniert mit Netanjahu", "de", dt.date(2012, 11, 22)
    )
    assert day.value == "2012-11-21"


def test_todays_weekday_is_the_publication_day_even_in_the_future_tense():
    lexicon = load_lexicon("de")
    text = "Am heutigen Dienstag will Biden mit Jazenjuk zusammentreffen."
    [expr] = find_time_expressions(text, lexicon)
    assert resolve(expr, dt.date(2014, 4, 22), FUTURE).value == "2014-04-22"


def test_that_year_is_the_year_written_last_and_a_capitalised_month_before_a_name_is_a_name():
    text = (
        "Alberto Fujimori gobernó Perú desde 1990. El 28 de febrero de ese año, Fujimori se "
        "reunió en Montevideo con el presidente uruguayo Julio María Sanguinetti."
    )
    events = extract(
        text, published=dt.date(2024, 9, 12), gazetteer=Gazetteer.reference(), language="es"
    ).events
    assert [e.date for e in events if e.type == "meeting"] == ["1990-02-28"]


def test_an_english_month_after_a_capitalised_preposition_opens_a_sentence():
    assert [d.value for d in dates_in("In April, Blair and Ahern met in Armagh.", "en")] == [
        "2024-04"
    ]
    assert dates_in("May they meet again.", "en") == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "Hanno accettato un cessate il fuoco a partire da venerdì 23 dicembre."),
        ("fr", "Le M23 se retirera à partir de dimanche."),
        ("de", "Die Waffenruhe gilt ab Freitag."),
    ],
)
def test_a_date_opened_by_from_is_when_something_starts(language, text):
    [expression] = find_time_expressions(text, load_lexicon(language))
    assert expression.is_effect and expression.is_start


@pytest.mark.parametrize(
    "language, text, offset",
    [
        ("en", "Two days later, the envoys met again.", 2),
        ("de", "Zwei Tage später sprach der Minister.", 2),
        ("it", "Il testo era stato siglato nove giorni prima ad Amman.", -9),
        ("fr", "Trois jours plus tard, dimanche, elle a rappelé.", 3),
    ],
)
def test_days_later_or_earlier_count_from_the_day_told_before(language, text, offset):
    relative = [
        e for e in find_time_expressions(text, load_lexicon(language)) if e.kind == "event_relative"
    ]
    assert [e.offset for e in relative] == [offset]


RETROSPECTIVE = (
    "Lord Carrington, who has died aged 99, ended a war. When Margaret Thatcher made him "
    "foreign secretary in May 1979, Rhodesia was the problem nobody wanted; Abel Muzorewa had "
    "become prime minister after elections in 1979, and the war had gone on since 1972. In "
    "August, Margaret Thatcher met Ronald Reagan in Lusaka. On 10 September, Thatcher met Reagan "
    "again at Lancaster House."
)


def test_a_retrospective_keeps_the_year_it_is_telling_for_months_without_one():
    events = extract(
        RETROSPECTIVE, published=dt.date(2018, 7, 10), gazetteer=Gazetteer.reference()
    ).events
    meetings = sorted(e.date for e in events if e.type == "meeting")
    assert "1979-08" in meetings and "1979-09-10" in meetings


def test_a_news_report_with_a_background_year_keeps_reading_months_from_its_own_date():
    text = (
        "Russia annexed Crimea in 2014 and the war began in 2022, after talks in 2019 failed. "
        "On Tuesday the envoys met again in Riyadh. In February, Donald Trump met Vladimir Putin "
        "in Alaska."
    )
    events = extract(text, published=dt.date(2025, 3, 26), gazetteer=Gazetteer.reference()).events
    assert "2025-02" in [e.date for e in events if e.type == "meeting"]


@pytest.mark.parametrize(
    "language, text",
    [
        ("de", "Die nächste Runde ist für das kommende Jahr angesetzt."),
        ("en", "They will meet again next year."),
        ("it", "Si rivedranno il prossimo anno."),
        ("fr", "Ils se reverront l'année prochaine."),
        ("es", "Volverán a reunirse el año que viene."),
    ],
)
def test_next_year_is_the_year_after_publication(language, text):
    [expression] = find_time_expressions(text, load_lexicon(language))
    assert resolve(expression, dt.date(2024, 12, 19), FUTURE) == DateValue("2025", "year")
