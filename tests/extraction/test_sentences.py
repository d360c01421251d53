from negotiations.extraction.sentences import split_sentences


def test_sentences_keep_offsets_into_the_text():
    text = "Headline without a full stop\nFirst sentence here. Second one follows! Third?"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Headline without a full stop",
        "First sentence here.",
        "Second one follows!",
        "Third?",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert sentences[0].is_heading and not sentences[1].is_heading


def test_abbreviations_and_ordinal_dates_do_not_end_a_sentence():
    text = "The plan follows a framework that U.S. President Joe Biden set out. Am 26. März trafen sie sich."
    assert [s.text for s in split_sentences(text)] == [
        "The plan follows a framework that U.S. President Joe Biden set out.",
        "Am 26. März trafen sie sich.",
    ]


def test_quoted_sentence_end_is_a_boundary():
    text = 'Trump said: "Russia has all the cards." Putin did not answer.'
    assert len(split_sentences(text)) == 2


def test_garbled_sentence_starting_in_lower_case_is_split():
    text = (
        "Die ukrainische Seite lehnte den Vorschlag ab. il presidente ucraino Selenskyj sagte nein."
    )
    assert len(split_sentences(text)) == 2


def test_abbreviation_before_a_lower_case_word_is_not_a_boundary():
    assert len(split_sentences("Sanktionen, Exporte usw. wurden besprochen.")) == 1


def test_day_number_ends_an_english_sentence_but_not_a_german_ordinal_date():
    english = split_sentences("Ukraine accepted it in Jeddah on March 11. Vladimir Putin said no.")
    assert [s.text for s in english] == [
        "Ukraine accepted it in Jeddah on March 11.",
        "Vladimir Putin said no.",
    ]
    german = split_sentences("Witkoff war am 11. April in Sankt Petersburg. Das Gespräch dauerte.")
    assert german[0].text == "Witkoff war am 11. April in Sankt Petersburg."


def test_plural_and_foreign_honorifics_do_not_end_a_sentence():
    text = (
        "Le dîner offert par M. Guterres à MM. Christodoulides et Tatar a duré trois heures. "
        "La Sra. Grabe habló después."
    )
    assert [s.text[:12] for s in split_sentences(text)] == ["Le dîner off", "La Sra. Grab"]


def test_a_german_ordinal_after_an_article_ends_no_sentence():
    text = (
        "Moskau sicherte zu, dass die 14. Armee neutral bleibt. Das war im Jahr 14. Danach ging er."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Moskau sicherte zu, dass die 14. Armee neutral bleibt.",
        "Das war im Jahr 14.",
        "Danach ging er.",
    ]


def test_an_abbreviated_month_before_its_day_does_not_end_a_sentence():
    text = "Kim Yo Jong lunched with Moon on Feb. 10. Le 3 janv. 1991, il est parti. It ended in Dec. Talks resumed."
    assert [s.text for s in split_sentences(text)] == [
        "Kim Yo Jong lunched with Moon on Feb. 10.",
        "Le 3 janv. 1991, il est parti.",
        "It ended in Dec.",
        "Talks resumed.",
    ]


def test_spanish_us_and_clock_and_title_abbreviations_do_not_end_a_sentence():
    text = (
        "Los EE.UU. firmaron el acuerdo con Cuba. At 3 p.m. Putin called Trump. "
        "Il sen. Mario Monti ha parlato. Lo dijo el Gral. Pérez."
    )
    assert len(split_sentences(text)) == 4
