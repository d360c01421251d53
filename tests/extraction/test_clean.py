from negotiations.extraction.clean import (
    clean_text,
    collapse_repeats,
    html_to_text,
    is_boilerplate_line,
    is_heading,
)


def test_read_also_lines_are_dropped_in_several_languages():
    text = "\n".join(
        [
            "Die Gespräche dauerten zwölf Stunden.",
            'Lesen Sie auch: Selenskyj im Interview: "Keine Gebiete" https://www.example.de/a.html',
            "Leggi anche: il vertice di Istanbul",
            "Lee también: Las claves del plebiscito",
            "Kommentare (0)",
        ]
    )
    assert clean_text(text) == "Die Gespräche dauerten zwölf Stunden."


def test_cookie_banner_and_share_bar_are_dropped():
    text = (
        "Wir verwenden Cookies, um Ihnen ein optimales Website-Erlebnis zu bieten. Alle akzeptieren\n"
        "Share this: Facebook | Twitter | WhatsApp\n"
        "El Gobierno anunció un acuerdo."
    )
    assert clean_text(text) == "El Gobierno anunció un acuerdo."


def test_breadcrumb_and_metadata_lines_are_dropped():
    text = "Inicio > Colombia > Proceso de paz\n26.03.2025, 06:12 Uhr | Politik > Ausland\nTexto del artículo."
    assert clean_text(text) == "Texto del artículo."


def test_phrase_repeated_by_machine_translation_is_kept_once():
    collapsed = collapse_repeats(
        "per la sua amicizia con la sua amicizia con la sua amicizia con la sua amicizia"
    )
    assert collapsed.count("amicizia") <= 2
    assert (
        collapse_repeats("Die Gespräche in Riad, die Gespräche in Riad fanden statt")
        == "Die Gespräche in Riad fanden statt"
    )


def test_a_name_repeated_after_a_semicolon_is_not_a_repeat():
    assert (
        collapse_repeats("mit Sergej Beseda; Beseda ist Berater")
        == "mit Sergej Beseda; Beseda ist Berater"
    )


def test_broken_link_fragments_are_removed():
    text = 'Trump, che è stato bersaglio = "_ vuoto" https: /2025/12/politics/putin-call/index.html "dal fatto'
    cleaned = clean_text(text)
    assert "https" not in cleaned and "index.html" not in cleaned and "vuoto" not in cleaned
    assert cleaned.startswith("Trump, che è stato")


def test_shorter_repeat_of_the_headline_is_dropped():
    text = "Schwarzes Meer: USA verkünden Einigung – Moskau stellt Bedingungen\nSchwarzes Meer: USA verkünden Einigung\nText."
    assert clean_text(text).split("\n") == [
        "Schwarzes Meer: USA verkünden Einigung – Moskau stellt Bedingungen",
        "Text.",
    ]


def test_photo_captions_are_dropped_in_several_languages():
    text = "\n".join(
        [
            "FOTO: Archivo | Betancur, en 1984, durante una reunión de la Comisión de Paz.",
            "Foto: dpa – Merkel und Mubarak in Scharm el Scheich",
            "FOTO – Garang e Taha si stringono la mano dopo la firma (Ansa)",
            "Photo: the two leaders at the signing ceremony",
            "Fotografías de la ceremonia circularon ayer en las redes.",
        ]
    )
    assert clean_text(text) == "Fotografías de la ceremonia circularon ayer en las redes."


def test_ordinary_sentence_is_not_boilerplate():
    assert not is_boilerplate_line("The talks in Riyadh lasted twelve hours, officials said.")


HTML = """<!DOCTYPE html><html lang="it"><head><title>Vertice a Ginevra | Il Giornale di Prova</title>
<meta property="article:published_time" content="2024-05-14T08:00:00+02:00"></head><body>
<div class="cookie">Questo sito utilizza cookie tecnici. <button>Accetta</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/esteri">Esteri</a></li></ul></nav>
<main><article><h1>Vertice a Ginevra</h1>
<p>GINEVRA – I ministri degli Esteri si sono incontrati ieri a Ginevra per oltre quattro ore di colloqui,
definiti costruttivi da entrambe le delegazioni presenti al tavolo.</p>
<div class="adv"><span>Pubblicità</span><p>Mutuo casa a tasso fisso: scopri l'offerta</p></div>
<p>Il prossimo incontro è previsto per la settimana prossima, secondo fonti diplomatiche vicine al dossier.</p>
</article><aside><h3>I più letti</h3><ol><li><a href="/a">Sport, la finale</a></li></ol></aside></main>
<footer>© 2024 Il Giornale di Prova · P.IVA 0123</footer></body></html>"""


def test_html_main_text_without_navigation_ads_or_cookie_notice():
    title, text, published = html_to_text(HTML)
    assert "si sono incontrati ieri a Ginevra" in text
    assert "Il prossimo incontro è previsto" in text
    for noise in ("cookie", "Home", "Mutuo casa", "I più letti", "P.IVA"):
        assert noise not in text
    assert title.startswith("Vertice a Ginevra")
    assert published.isoformat() == "2024-05-14"


def test_short_html_page_falls_back_to_its_paragraphs():
    title, text, published = html_to_text(
        "<html><body><p>Trump met Putin in Helsinki on Monday.</p></body></html>"
    )
    assert "Trump met Putin in Helsinki on Monday." in text


def test_a_name_made_of_one_word_twice_is_kept():
    assert collapse_repeats("el presidente del Consejo, Abdulá Abdulá, llegó") == (
        "el presidente del Consejo, Abdulá Abdulá, llegó"
    )


def test_a_headline_ending_on_a_quotation_is_a_heading():
    assert is_heading("Esequibo, stretta di mano tra Maduro e Ali: «Nessun ricorso alla forza»")
    assert not is_heading('Zelensky said the swap was "a good step."')
