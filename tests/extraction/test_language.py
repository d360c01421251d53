from negotiations.extraction.language import detect_language


def test_italian_machine_translation_with_german_debris_is_italian():
    text = (
        "La questione del controllo sui punti strategici, come lo Zaporozhye Kernkraftwerk, è centrale.\n"
        "fazit\nIl Nahenvoyé ha parlato con il presidente russo per diverse ore e ha descritto l'incontro "
        "come positivo. Kommentare (0)"
    )
    assert detect_language(text) == "it"


def test_german_text_with_english_phrases_is_german():
    text = (
        "The deal sieht vor, dass beide Seiten im Schwarzen Meer auf Gewalt verzichten, "
        "so the White House in zwei separaten statements. Doch Moskau stellte prompt conditions."
    )
    assert detect_language(text) == "de"


def test_each_supported_language_is_recognised():
    samples = {
        "en": "The two delegations met in Geneva on Tuesday and agreed to continue the talks next week.",
        "fr": "Les deux délégations se sont rencontrées mardi à Genève et ont accepté de poursuivre les discussions.",
        "es": "Las dos delegaciones se reunieron el martes en Ginebra y acordaron continuar las conversaciones.",
    }
    for language, text in samples.items():
        assert detect_language(text) == language


def test_a_single_word_gives_no_language():
    assert detect_language("fazit") is None
