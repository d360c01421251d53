"""Persons and offices for the reference gazetteer.

``OFFICE_DEFS`` maps an office key to its title, the actor it belongs to
(``of``), a title template (see ``build_reference_actors.titles_for``) and extra
per-language title phrases (``lang:text; ...``; ``titles_f`` for women holders).
Terms are half-open: ``to`` is the day the successor took over; ``None`` means
the holder is in office as far as this file knows.

The extractor matches a person's last name (and the last word of every variant) on its
own, with or without a ``s:`` alias: long ones by spelling skeleton and near miss, short ones
only as written. So people whose last name is a common word in one of the five languages
("Major", "Hague", "Kohl", "Fischer", "Sein", "Tatar") or a near miss of one (Köhler ~
"Kohle") are left out, and variants ending in such a word too. Give the name the news use
("Benigno Aquino", not "Benigno Aquino III"): it is the name reported.
"""

OFFICE_DEFS = {}


def _the(name):
    return (
        f"the {name}"
        if name
        in {
            "United States",
            "United Kingdom",
            "United Arab Emirates",
            "Democratic Republic of the Congo",
            "Philippines",
            "Netherlands",
        }
        else name
    )


def office(key, title, of, template="custom", titles="", titles_f=None):
    OFFICE_DEFS[key] = {"title": title, "of": of, "template": template, "titles": titles}
    if titles_f is not None:
        OFFICE_DEFS[key]["titles_f"] = titles_f


for _s in [
    "Russia",
    "Ukraine",
    "France",
    "China",
    "Turkey",
    "Egypt",
    "Israel",
    "Palestine",
    "Lebanon",
    "Iran",
    "Syria",
    "Yemen",
    "Sudan",
    "Belarus",
    "Azerbaijan",
    "Democratic Republic of the Congo",
    "Rwanda",
    "Angola",
    "Kenya",
    "Togo",
    "South Sudan",
    "Eritrea",
    "United Arab Emirates",
    "Colombia",
    "Cuba",
    "Brazil",
    "South Africa",
    "Afghanistan",
    "Serbia",
    "Germany",
    "Italy",
]:
    office(f"pres:{_s}", f"President of {_the(_s)}", _s, "president")
for _s in [
    "Russia",
    "Ukraine",
    "Israel",
    "Palestine",
    "Lebanon",
    "Qatar",
    "Ethiopia",
    "Armenia",
    "Turkey",
    "Saudi Arabia",
    "Sudan",
    "Libya",
    "Norway",
    "France",
    "United Kingdom",
    "India",
    "Poland",
]:
    office(f"pm:{_s}", f"Prime Minister of {_the(_s)}", _s, "pm")
office("pm:China", "Premier of China", "China", "pm")
for _s in [
    "Russia",
    "Ukraine",
    "France",
    "Germany",
    "Italy",
    "Spain",
    "China",
    "Turkey",
    "Egypt",
    "Qatar",
    "Saudi Arabia",
    "United Arab Emirates",
    "Oman",
    "Iran",
    "Syria",
    "Israel",
    "Norway",
    "Cuba",
    "Switzerland",
    "Democratic Republic of the Congo",
    "Armenia",
    "Azerbaijan",
]:
    office(f"fm:{_s}", f"Minister of Foreign Affairs of {_the(_s)}", _s, "fm")
for _s in ["Russia", "Ukraine"]:
    office(f"dm:{_s}", f"Minister of Defence of {_s}", _s, "dm")

office(
    "pres:United States",
    "President of the United States",
    "United States",
    "president",
    """
    en:US president; en:U.S. president; en:President of the United States; it:presidente Usa;
    it:presidente degli Stati Uniti; it:presidente statunitense; it:inquilino della Casa Bianca;
    de:US-Präsident; de:Präsident der USA; de:Präsident der Vereinigten Staaten;
    fr:président des États-Unis; fr:locataire de la Maison Blanche; es:presidente de Estados Unidos;
    es:presidente de EE.UU.; es:presidente norteamericano; es:mandatario estadounidense""",
)
office(
    "vp:United States",
    "Vice President of the United States",
    "United States",
    "custom",
    """
    en:US vice president; en:U.S. vice president; en:Vice President of the United States;
    it:vicepresidente americano; it:vicepresidente Usa; it:vicepresidente statunitense;
    de:US-Vizepräsident; fr:vice-président américain; es:vicepresidente estadounidense;
    es:vicepresidente de Estados Unidos""",
    """
    en:US vice president; en:U.S. vice president; en:Vice President of the United States;
    it:vicepresidente americana; it:vicepresidente Usa; it:vicepresidente statunitense;
    de:US-Vizepräsidentin; fr:vice-présidente américaine; es:vicepresidenta estadounidense;
    es:vicepresidenta de Estados Unidos""",
)
office(
    "fm:United States",
    "United States Secretary of State",
    "United States",
    "custom",
    """
    en:US Secretary of State; en:U.S. Secretary of State; en:American top diplomat;
    en:US top diplomat; it:segretario di Stato americano; it:segretario di Stato Usa;
    it:segretario di Stato statunitense; it:capo della diplomazia americana;
    de:US-Außenminister; de:amerikanische Außenminister; fr:secrétaire d'État américain;
    fr:chef de la diplomatie américaine; es:secretario de Estado estadounidense;
    es:secretario de Estado de EE.UU.; es:secretario de Estado norteamericano;
    es:jefe de la diplomacia estadounidense""",
)
office(
    "dm:United States",
    "United States Secretary of Defense",
    "United States",
    "custom",
    """
    en:US Defense Secretary; en:U.S. Defense Secretary; en:US Secretary of Defense;
    en:Pentagon chief; it:segretario alla Difesa americano; it:segretario alla Difesa Usa;
    it:capo del Pentagono; de:US-Verteidigungsminister; fr:secrétaire américain à la Défense;
    fr:chef du Pentagone; es:secretario de Defensa estadounidense; es:jefe del Pentágono""",
)
office(
    "nsa:United States",
    "United States National Security Advisor",
    "United States",
    "custom",
    """
    en:US national security adviser; en:U.S. national security adviser; en:White House national security adviser;
    it:consigliere per la sicurezza nazionale americano; it:consigliere per la sicurezza nazionale della Casa Bianca;
    de:Nationale Sicherheitsberater; de:US-Sicherheitsberater; fr:conseiller américain à la sécurité nationale;
    es:asesor de seguridad nacional estadounidense""",
    """
    en:US national security adviser; en:U.S. national security adviser;
    it:consigliera per la sicurezza nazionale americana; de:US-Sicherheitsberaterin;
    fr:conseillère américaine à la sécurité nationale; es:asesora de seguridad nacional estadounidense""",
)
office(
    "envoy_me:United States",
    "United States Special Envoy to the Middle East",
    "United States",
    "custom",
    """
    en:US special envoy for the Middle East; en:US Middle East envoy; en:U.S. Middle East envoy;
    it:inviato speciale americano per il Medio Oriente; it:inviato Usa per il Medio Oriente;
    de:US-Nahostgesandte; de:US-Sondergesandte für den Nahen Osten;
    fr:émissaire américain pour le Moyen-Orient; fr:envoyé spécial américain pour le Moyen-Orient;
    es:enviado especial estadounidense para Oriente Medio; es:enviado de EE.UU. para Oriente Próximo""",
)
office(
    "pm:Italy",
    "Prime Minister of Italy",
    "Italy",
    "custom",
    """
    en:Italian prime minister; en:Italy's prime minister; en:Italian premier;
    it:presidente del Consiglio; it:premier italiano; it:primo ministro italiano;
    de:italienische Ministerpräsident; de:italienische Regierungschef; fr:président du Conseil italien;
    fr:Premier ministre italien; fr:chef du gouvernement italien; es:primer ministro italiano""",
    """
    en:Italian prime minister; en:Italy's prime minister; en:Italian premier;
    it:presidente del Consiglio; it:premier italiana; it:prima ministra italiana;
    de:italienische Ministerpräsidentin; de:italienische Regierungschefin;
    fr:présidente du Conseil italien; fr:Première ministre italienne;
    fr:cheffe du gouvernement italien; es:primera ministra italiana""",
)
office(
    "pm:Spain",
    "Prime Minister of Spain",
    "Spain",
    "custom",
    """
    en:Spanish prime minister; en:Spain's prime minister; es:presidente del Gobierno;
    es:presidente del Gobierno español; it:premier spagnolo; it:primo ministro spagnolo;
    it:capo del governo spagnolo; de:spanische Ministerpräsident; de:spanische Regierungschef;
    fr:Premier ministre espagnol; fr:chef du gouvernement espagnol""",
)
office(
    "chancellor:Germany",
    "Chancellor of Germany",
    "Germany",
    "custom",
    """
    en:German chancellor; en:German Chancellor; en:Chancellor of Germany; it:cancelliere tedesco;
    de:Bundeskanzler; de:deutsche Kanzler; fr:chancelier allemand; es:canciller alemán""",
    """
    en:German chancellor; en:Chancellor of Germany; it:cancelliera tedesca; de:Bundeskanzlerin;
    de:Kanzlerin; de:deutsche Kanzlerin; fr:chancelière allemande; es:canciller alemana""",
)
office(
    "fm:United Kingdom",
    "Foreign Secretary of the United Kingdom",
    "United Kingdom",
    "fm",
    """
    en:Foreign Secretary; en:British Foreign Secretary; en:UK Foreign Secretary""",
)
OFFICE_DEFS["pm:United Kingdom"]["titles"] = (
    """de:britische Premierminister; de:britische Premier"""
)
OFFICE_DEFS["pm:United Kingdom"]["titles_f"] = """de:britische Premierministerin"""
OFFICE_DEFS["pres:Russia"]["titles"] = """en:Kremlin chief; en:Kremlin leader; en:Russian leader;
    it:capo del Cremlino; it:leader russo; de:Kremlchef; de:Kremlherrscher; fr:maître du Kremlin;
    fr:chef du Kremlin; fr:dirigeant russe; es:jefe del Kremlin; es:líder ruso; es:inquilino del Kremlin"""
OFFICE_DEFS["pres:Ukraine"][
    "titles"
] = """en:Ukrainian leader; it:leader ucraino; fr:dirigeant ukrainien;
    es:líder ucraniano"""
OFFICE_DEFS["pres:China"]["titles"] = """en:Chinese leader; it:leader cinese; fr:dirigeant chinois;
    es:líder chino"""
OFFICE_DEFS["pres:Palestine"]["titles"] = """en:Palestinian Authority president; en:PA president;
    it:presidente dell'Autorità nazionale palestinese; it:presidente dell'Anp; de:Palästinenserpräsident;
    fr:président de l'Autorité palestinienne; es:presidente de la Autoridad Palestina;
    es:presidente de la Autoridad Nacional Palestina"""
OFFICE_DEFS["pres:Germany"]["titles"] = "de:Bundespräsident; en:German president"
OFFICE_DEFS["pres:Italy"]["titles"] = """it:presidente della Repubblica; it:capo dello Stato;
    it:inquilino del Quirinale"""
OFFICE_DEFS["pres:Colombia"]["titles"] = "es:mandatario colombiano; es:jefe de Estado colombiano"
OFFICE_DEFS["pres:Turkey"]["titles"] = (
    "en:Turkish leader; it:leader turco; es:líder turco; fr:dirigeant turc"
)

office(
    "king:Saudi Arabia",
    "King of Saudi Arabia",
    "Saudi Arabia",
    "king",
    """
    en:Saudi monarch; it:sovrano saudita; de:saudische Monarch; fr:monarque saoudien; es:monarca saudí""",
)
office(
    "crown:Saudi Arabia",
    "Crown Prince of Saudi Arabia",
    "Saudi Arabia",
    "crown_prince",
    """
    en:Saudi de facto ruler; it:erede al trono saudita; fr:homme fort de Riyad""",
)
office(
    "emir:Qatar",
    "Emir of Qatar",
    "Qatar",
    "custom",
    """
    en:Emir of Qatar; en:Qatari emir; en:Qatar's emir; it:emiro del Qatar; it:emiro qatariota;
    de:Emir von Katar; de:katarische Emir; fr:émir du Qatar; es:emir de Catar; es:emir catarí""",
)
office(
    "sultan:Oman",
    "Sultan of Oman",
    "Oman",
    "custom",
    """
    en:Sultan of Oman; en:Omani sultan; it:sultano dell'Oman; de:Sultan von Oman;
    de:omanische Sultan; fr:sultan d'Oman; es:sultán de Omán""",
)
office(
    "leader:Iran",
    "Supreme Leader of Iran",
    "Iran",
    "custom",
    """
    en:Iranian supreme leader; en:Iran's supreme leader; en:Supreme Leader of Iran;
    it:Guida suprema iraniana; it:guida suprema dell'Iran; de:iranische Revolutionsführer;
    de:Oberste Führer des Iran; de:geistliche Oberhaupt des Iran; fr:guide suprême iranien;
    fr:guide suprême de l'Iran; es:líder supremo iraní; es:líder supremo de Irán""",
)
office(
    "sc_sec:Russia",
    "Secretary of the Security Council of Russia",
    "Russia",
    "custom",
    """
    en:secretary of Russia's Security Council; en:Russian Security Council secretary;
    it:segretario del Consiglio di sicurezza russo; de:Sekretär des russischen Sicherheitsrats;
    fr:secrétaire du Conseil de sécurité russe; es:secretario del Consejo de Seguridad ruso""",
)
office(
    "sc_deputy:Russia",
    "Deputy Chairman of the Security Council of Russia",
    "Russia",
    "custom",
    """
    en:deputy chairman of Russia's Security Council; en:Russian Security Council deputy chairman;
    it:vicepresidente del Consiglio di sicurezza russo; de:Vizechef des russischen Sicherheitsrats;
    fr:vice-président du Conseil de sécurité russe; es:vicepresidente del Consejo de Seguridad ruso""",
)
office(
    "spox:Kremlin",
    "Press Secretary of the President of Russia",
    "Russia",
    "custom",
    """
    en:Kremlin spokesman; en:Kremlin spokesperson; en:Kremlin press secretary;
    it:portavoce del Cremlino; de:Kremlsprecher; de:Kreml-Sprecher; fr:porte-parole du Kremlin;
    es:portavoz del Kremlin; es:vocero del Kremlin""",
)
office(
    "spox:Russia MFA",
    "Spokesperson of the Ministry of Foreign Affairs of Russia",
    "Russia",
    "custom",
    """
    en:Russian foreign ministry spokeswoman; en:Russian Foreign Ministry spokeswoman;
    it:portavoce del ministero degli Esteri russo; it:portavoce della diplomazia russa;
    de:russische Außenamtssprecherin; de:Sprecherin des russischen Außenministeriums;
    fr:porte-parole de la diplomatie russe; fr:porte-parole du ministère russe des Affaires étrangères;
    es:portavoz de la Cancillería rusa; es:portavoz del Ministerio de Exteriores ruso""",
)
office(
    "chief:Hamas",
    "Head of the Hamas Political Bureau",
    "Hamas",
    "custom",
    """
    en:Hamas political chief; en:Hamas leader; en:Hamas political leader; en:Hamas chief;
    it:leader di Hamas; it:capo politico di Hamas; it:capo dell'ufficio politico di Hamas;
    de:Hamas-Chef; de:Hamas-Anführer; de:Chef des Hamas-Politbüros; fr:chef du Hamas;
    fr:chef du bureau politique du Hamas; fr:dirigeant du Hamas; es:líder de Hamás; es:jefe de Hamás;
    es:jefe político de Hamás""",
)
office(
    "sg:Hezbollah",
    "Secretary-General of Hezbollah",
    "Hezbollah",
    "custom",
    """
    en:Hezbollah leader; en:Hezbollah chief; en:Hezbollah secretary-general; it:leader di Hezbollah;
    it:segretario generale di Hezbollah; it:capo di Hezbollah; de:Hisbollah-Chef; de:Hisbollah-Anführer;
    de:Hisbollah-Generalsekretär; fr:chef du Hezbollah; fr:secrétaire général du Hezbollah;
    es:líder de Hezbolá; es:jefe de Hezbolá; es:secretario general de Hezbolá""",
)
office(
    "speaker:Lebanon",
    "Speaker of the Parliament of Lebanon",
    "Lebanon",
    "custom",
    """
    en:Lebanese parliament speaker; en:Lebanon's parliament speaker; en:Speaker of the Lebanese Parliament;
    it:presidente del Parlamento libanese; de:libanesische Parlamentspräsident;
    fr:président du Parlement libanais; es:presidente del Parlamento libanés""",
)
office(
    "chair:Sudan Sovereignty Council",
    "Chairman of the Transitional Sovereignty Council of Sudan",
    "Sudan",
    "custom",
    """
    en:Sudanese army chief; en:Sudan's army chief; en:head of Sudan's Sovereignty Council;
    it:capo dell'esercito sudanese; it:presidente del Consiglio sovrano sudanese; de:sudanesische Armeechef;
    de:Vorsitzende des sudanesischen Souveränitätsrats; fr:chef de l'armée soudanaise;
    fr:président du Conseil de souveraineté soudanais; es:jefe del ejército sudanés;
    es:presidente del Consejo Soberano de Sudán""",
)
office(
    "chair:Yemen PLC",
    "Chairman of the Presidential Leadership Council of Yemen",
    "Yemen",
    "custom",
    """
    en:head of Yemen's Presidential Leadership Council; en:chairman of Yemen's Presidential Leadership Council;
    it:presidente del Consiglio presidenziale yemenita; de:Vorsitzende des jemenitischen Präsidialrats;
    fr:président du Conseil présidentiel yéménite; es:presidente del Consejo de Liderazgo Presidencial de Yemen""",
)
office(
    "council:Togo",
    "President of the Council of Ministers of Togo",
    "Togo",
    "custom",
    """
    en:Togolese President of the Council; it:presidente del Consiglio dei ministri togolese;
    de:togoische Ratspräsident; fr:président du Conseil des ministres togolais;
    fr:président du Conseil togolais; es:presidente del Consejo de Ministros de Togo""",
)
office(
    "counsellor:Myanmar",
    "State Counsellor of Myanmar",
    "Myanmar",
    "custom",
    """
    en:Myanmar's de facto leader; en:State Counsellor of Myanmar; it:consigliera di Stato birmana;
    de:birmanische Staatsrätin; fr:conseillère d'État birmane; es:consejera de Estado birmana""",
)
office(
    "pope",
    "Pope",
    "Vatican",
    "custom",
    """
    en:Pope; en:the pontiff; it:Papa; it:Pontefice; it:Santo Padre; de:Papst; de:Pontifex;
    fr:pape; fr:souverain pontife; fr:Saint-Père; es:Sumo Pontífice; es:Santo Padre; es:pontífice""",
)
office(
    "secstate:Vatican",
    "Secretary of State of the Holy See",
    "Vatican",
    "custom",
    """
    en:Vatican Secretary of State; en:Vatican's secretary of state; it:segretario di Stato vaticano;
    it:Segretario di Stato della Santa Sede; de:Kardinalstaatssekretär; de:vatikanische Staatssekretär;
    fr:secrétaire d'État du Saint-Siège; fr:secrétaire d'État du Vatican; es:secretario de Estado vaticano;
    es:secretario de Estado del Vaticano""",
)
office(
    "sg:United Nations",
    "Secretary-General of the United Nations",
    "United Nations",
    "custom",
    """
    en:UN Secretary-General; en:U.N. Secretary-General; en:UN secretary-general; en:UN chief;
    en:Secretary-General of the United Nations; it:segretario generale dell'Onu;
    it:segretario generale delle Nazioni Unite; de:UN-Generalsekretär; de:UNO-Generalsekretär;
    de:Generalsekretär der Vereinten Nationen; fr:secrétaire général de l'ONU;
    fr:secrétaire général des Nations unies; fr:patron de l'ONU; es:secretario general de la ONU;
    es:secretario general de las Naciones Unidas""",
)
office(
    "sg:NATO",
    "Secretary General of NATO",
    "NATO",
    "custom",
    """
    en:NATO Secretary General; en:NATO chief; en:NATO secretary-general; it:segretario generale della Nato;
    it:segretario generale dell'Alleanza atlantica; de:Nato-Generalsekretär; fr:secrétaire général de l'Otan;
    fr:patron de l'Otan; es:secretario general de la OTAN""",
)
office(
    "pres:European Commission",
    "President of the European Commission",
    "European Commission",
    "custom",
    """
    en:European Commission President; en:President of the European Commission; en:EU Commission president;
    it:presidente della Commissione europea; it:presidente della Commissione Ue; de:EU-Kommissionspräsident;
    de:Präsident der EU-Kommission; fr:président de la Commission européenne;
    es:presidente de la Comisión Europea""",
    """
    en:European Commission President; en:President of the European Commission; en:EU Commission president;
    it:presidente della Commissione europea; it:presidente della Commissione Ue; de:EU-Kommissionspräsidentin;
    de:Präsidentin der EU-Kommission; fr:présidente de la Commission européenne;
    es:presidenta de la Comisión Europea""",
)
office(
    "pres:European Council",
    "President of the European Council",
    "European Council",
    "custom",
    """
    en:European Council President; en:President of the European Council; it:presidente del Consiglio europeo;
    de:EU-Ratspräsident; de:Präsident des Europäischen Rates; fr:président du Conseil européen;
    es:presidente del Consejo Europeo""",
)
office(
    "hrvp:European Union",
    "High Representative of the Union for Foreign Affairs and Security Policy",
    "European Union",
    "custom",
    """
    en:EU foreign policy chief; en:EU High Representative for Foreign Affairs; en:EU foreign affairs chief;
    en:EU top diplomat; it:Alto rappresentante Ue per la politica estera; it:capo della diplomazia europea;
    it:capo della diplomazia Ue; it:Alto rappresentante dell'Unione europea per gli affari esteri;
    de:EU-Außenbeauftragter; de:EU-Außenbeauftragte; fr:chef de la diplomatie européenne;
    fr:haut représentant de l'UE; es:jefe de la diplomacia europea; es:alto representante de la UE""",
    """
    en:EU foreign policy chief; en:EU High Representative for Foreign Affairs; en:EU foreign affairs chief;
    en:EU top diplomat; it:Alta rappresentante Ue per la politica estera; it:capo della diplomazia europea;
    it:capo della diplomazia Ue; de:EU-Außenbeauftragte; fr:cheffe de la diplomatie européenne;
    fr:haute représentante de l'UE; es:jefa de la diplomacia europea; es:alta representante de la UE""",
)
office(
    "dg:IAEA",
    "Director General of the IAEA",
    "International Atomic Energy Agency",
    "custom",
    """
    en:IAEA chief; en:IAEA Director General; en:head of the IAEA; it:direttore generale dell'Aiea;
    it:capo dell'Aiea; de:IAEA-Chef; de:IAEO-Chef; de:Generaldirektor der IAEA;
    fr:directeur général de l'AIEA; fr:patron de l'AIEA; es:director general del OIEA; es:jefe del OIEA""",
)
office(
    "pres:ICRC",
    "President of the International Committee of the Red Cross",
    "International Committee of the Red Cross",
    "custom",
    """
    en:ICRC president; en:president of the International Committee of the Red Cross; it:presidente del Cicr;
    de:IKRK-Präsident; fr:président du CICR; es:presidente del CICR""",
    """
    en:ICRC president; en:president of the International Committee of the Red Cross; it:presidente del Cicr;
    de:IKRK-Präsidentin; fr:présidente du CICR; es:presidenta del CICR""",
)


PERSONS = []


def P(name, affiliation, aliases="", offices=(), fem=False):
    PERSONS.append(
        {
            "name": name,
            "affiliation": affiliation,
            "aliases": aliases,
            "offices": list(offices),
            "fem": fem,
        }
    )


N = None  # still in office as far as this file knows

# --- United States ---------------------------------------------------------------
P(
    "Barack Obama",
    "United States",
    "-:s:Obama; ru:s:Обама",
    [("pres:United States", "2009-01-20", "2017-01-20")],
)
P(
    "Donald Trump",
    "United States",
    "-:s:Trump; en:v:Donald J. Trump; ru:v:Дональд Трамп; ru:s:Трамп; uk:s:Трамп",
    [("pres:United States", "2017-01-20", "2021-01-20"), ("pres:United States", "2025-01-20", N)],
)
P(
    "Joe Biden",
    "United States",
    "-:s:Biden; en:v:Joseph R. Biden; -:v:Joseph Biden; ru:s:Байден",
    [
        ("vp:United States", "2009-01-20", "2017-01-20"),
        ("pres:United States", "2021-01-20", "2025-01-20"),
    ],
)
P("Mike Pence", "United States", "", [("vp:United States", "2017-01-20", "2021-01-20")])
P(
    "Kamala Harris",
    "United States",
    "-:s:Harris",
    [("vp:United States", "2021-01-20", "2025-01-20")],
    fem=True,
)
P(
    "JD Vance",
    "United States",
    "-:s:Vance; en:v:J.D. Vance; -:v:James David Vance",
    [("vp:United States", "2025-01-20", N)],
)
P("John Kerry", "United States", "-:s:Kerry", [("fm:United States", "2013-02-01", "2017-01-20")])
P(
    "Rex Tillerson",
    "United States",
    "-:s:Tillerson",
    [("fm:United States", "2017-02-01", "2018-03-31")],
)
P(
    "Mike Pompeo",
    "United States",
    "-:s:Pompeo; -:v:Michael Pompeo",
    [("fm:United States", "2018-04-26", "2021-01-20")],
)
P(
    "Antony Blinken",
    "United States",
    "-:s:Blinken; -:v:Tony Blinken",
    [("fm:United States", "2021-01-26", "2025-01-20")],
)
P("Marco Rubio", "United States", "-:s:Rubio; ru:s:Рубио", [("fm:United States", "2025-01-21", N)])
P("Susan Rice", "United States", "", [("nsa:United States", "2013-07-01", "2017-01-20")], fem=True)
P(
    "Michael Flynn",
    "United States",
    "-:s:Flynn",
    [("nsa:United States", "2017-01-20", "2017-02-13")],
)
P(
    "H. R. McMaster",
    "United States",
    "-:s:McMaster; -:v:H.R. McMaster",
    [("nsa:United States", "2017-02-20", "2018-04-09")],
)
P("John Bolton", "United States", "-:s:Bolton", [("nsa:United States", "2018-04-09", "2019-09-10")])
P("Robert O'Brien", "United States", "", [("nsa:United States", "2019-09-18", "2021-01-20")])
P(
    "Jake Sullivan",
    "United States",
    "-:s:Sullivan",
    [("nsa:United States", "2021-01-20", "2025-01-20")],
)
P(
    "Mike Waltz",
    "United States",
    "-:s:Waltz; -:v:Michael Waltz",
    [("nsa:United States", "2025-01-20", "2025-05-01")],
)
P(
    "Ash Carter",
    "United States",
    "-:v:Ashton Carter",
    [("dm:United States", "2015-02-17", "2017-01-20")],
)
P(
    "Jim Mattis",
    "United States",
    "-:s:Mattis; -:v:James Mattis",
    [("dm:United States", "2017-01-20", "2019-01-01")],
)
P("Mark Esper", "United States", "-:s:Esper", [("dm:United States", "2019-07-23", "2020-11-09")])
P("Lloyd Austin", "United States", "", [("dm:United States", "2021-01-22", "2025-01-20")])
P("Pete Hegseth", "United States", "-:s:Hegseth", [("dm:United States", "2025-01-25", N)])
P(
    "Steve Witkoff",
    "United States",
    "-:s:Witkoff; -:v:Steven Witkoff; ru:v:Стив Уиткофф; ru:s:Уиткофф",
    [("envoy_me:United States", "2025-01-20", N)],
)
P("Keith Kellogg", "United States", "-:s:Kellogg")
P("Jared Kushner", "United States", "-:s:Kushner")
P("Amos Hochstein", "United States", "-:s:Hochstein")
P("Brett McGurk", "United States", "-:s:McGurk")
P("Massad Boulos", "United States", "-:s:Boulos")
P("Tom Barrack", "United States", "-:v:Thomas Barrack")
P("Zalmay Khalilzad", "United States", "-:s:Khalilzad")
P("Tom Perriello", "United States", "-:s:Perriello")

# --- Russia and Belarus -------------------------------------------------------------
P(
    "Vladimir Putin",
    "Russia",
    """-:s:Putin; de:v:Wladimir Putin; fr:v:Vladimir Poutine; fr:s:Poutine;
  es:v:Vladímir Putin; ru:v:Владимир Путин; ru:s:Путин; uk:v:Володимир Путін; uk:s:Путін""",
    [
        ("pm:Russia", "1999-08-09", "2000-05-07"),
        ("pres:Russia", "1999-12-31", "2008-05-07"),
        ("pm:Russia", "2008-05-08", "2012-05-07"),
        ("pres:Russia", "2012-05-07", N),
    ],
)
P(
    "Dmitry Medvedev",
    "Russia",
    """-:s:Medvedev; de:v:Dmitri Medwedew; de:s:Medwedew; fr:v:Dmitri Medvedev;
  es:v:Dmitri Medvédev; es:s:Medvédev; it:v:Dmitrij Medvedev; ru:v:Дмитрий Медведев; ru:s:Медведев""",
    [
        ("pres:Russia", "2008-05-07", "2012-05-07"),
        ("pm:Russia", "2012-05-08", "2020-01-16"),
        ("sc_deputy:Russia", "2020-01-16", N),
    ],
)
P(
    "Mikhail Mishustin",
    "Russia",
    """-:s:Mishustin; de:v:Michail Mischustin; de:s:Mischustin;
  fr:v:Mikhaïl Michoustine; fr:s:Michoustine; it:v:Michail Mišustin; ru:v:Михаил Мишустин""",
    [("pm:Russia", "2020-01-16", N)],
)
P(
    "Sergei Lavrov",
    "Russia",
    """-:s:Lavrov; de:v:Sergej Lawrow; de:s:Lawrow; fr:v:Sergueï Lavrov;
  es:v:Serguéi Lavrov; it:v:Sergej Lavrov; en:v:Sergey Lavrov; ru:v:Сергей Лавров; ru:s:Лавров""",
    [("fm:Russia", "2004-03-09", N)],
)
P(
    "Sergei Shoigu",
    "Russia",
    """-:s:Shoigu; de:v:Sergej Schoigu; de:s:Schoigu; fr:v:Sergueï Choïgou;
  fr:s:Choïgou; es:v:Serguéi Shoigú; es:s:Shoigú; it:v:Sergej Šojgu; it:s:Šojgu; en:v:Sergey Shoigu;
  ru:v:Сергей Шойгу; ru:s:Шойгу""",
    [("dm:Russia", "2012-11-06", "2024-05-12"), ("sc_sec:Russia", "2024-05-12", N)],
)
P(
    "Andrei Belousov",
    "Russia",
    """-:s:Belousov; de:v:Andrej Beloussow; de:s:Beloussow;
  fr:v:Andreï Belooussov; fr:s:Belooussov; es:v:Andréi Belousov; en:v:Andrey Belousov;
  ru:v:Андрей Белоусов""",
    [("dm:Russia", "2024-05-14", N)],
)
P(
    "Nikolai Patrushev",
    "Russia",
    """-:s:Patrushev; de:v:Nikolai Patruschew; de:s:Patruschew;
  fr:v:Nikolaï Patrouchev; fr:s:Patrouchev; ru:v:Николай Патрушев""",
    [("sc_sec:Russia", "2008-05-12", "2024-05-12")],
)
P(
    "Dmitry Peskov",
    "Russia",
    """-:s:Peskov; de:v:Dmitri Peskow; de:s:Peskow; fr:v:Dmitri Peskov;
  it:v:Dmitrij Peskov; ru:v:Дмитрий Песков; ru:s:Песков""",
    [("spox:Kremlin", "2012-05-22", N)],
)
P(
    "Maria Zakharova",
    "Russia",
    """-:s:Zakharova; de:v:Maria Sacharowa; de:s:Sacharowa;
  it:v:Marija Zacharova; it:s:Zacharova; ru:v:Мария Захарова""",
    [("spox:Russia MFA", "2015-08-10", N)],
    fem=True,
)
P(
    "Yuri Ushakov",
    "Russia",
    """-:s:Ushakov; de:v:Juri Uschakow; de:s:Uschakow; fr:v:Iouri Ouchakov;
  fr:s:Ouchakov; en:v:Yury Ushakov; ru:v:Юрий Ушаков""",
)
P(
    "Kirill Dmitriev",
    "Russia",
    "-:s:Dmitriev; de:v:Kirill Dmitrijew; de:s:Dmitrijew; ru:v:Кирилл Дмитриев",
)
P(
    "Vladimir Medinsky",
    "Russia",
    """-:s:Medinsky; de:v:Wladimir Medinski; de:s:Medinski;
  fr:v:Vladimir Medinski; it:v:Vladimir Medinskij; it:s:Medinskij; ru:v:Владимир Мединский""",
)
P(
    "Vassily Nebenzia",
    "Russia",
    """-:s:Nebenzia; de:v:Wassili Nebensja; de:s:Nebensja;
  en:v:Vasily Nebenzya; -:s:Nebenzya; ru:v:Василий Небензя""",
)
P(
    "Sergei Naryshkin",
    "Russia",
    "-:s:Naryshkin; de:v:Sergej Naryschkin; de:s:Naryschkin; ru:v:Сергей Нарышкин",
)
P("Dmitry Kozak", "Russia", "-:s:Kozak; de:v:Dmitri Kosak; ru:v:Дмитрий Козак")
P(
    "Grigory Karasin",
    "Russia",
    "-:s:Karasin; de:v:Grigori Karassin; de:s:Karassin; ru:v:Григорий Карасин",
)
P(
    "Alexander Lukashenko",
    "Belarus",
    """-:s:Lukashenko; de:v:Alexander Lukaschenko; de:s:Lukaschenko;
  fr:v:Alexandre Loukachenko; fr:s:Loukachenko; -:v:Aleksandr Lukashenko; en:v:Alexander Lukashenka;
  ru:v:Александр Лукашенко""",
    [("pres:Belarus", "1994-07-20", N)],
)

# --- Ukraine --------------------------------------------------------------------------
P(
    "Volodymyr Zelensky",
    "Ukraine",
    """-:s:Zelensky; -:s:Zelenskyy; -:s:Zelenskiy; de:s:Selenskyj;
  it:s:Zelenskij; es:s:Zelenski; de:v:Wolodymyr Selenskyj; de:v:Wolodymir Selenskyj;
  en:v:Volodymyr Zelenskyy; en:v:Volodymyr Zelenskiy; it:v:Volodymyr Zelenskij; es:v:Volodímir Zelenski;
  es:v:Volodimir Zelenski; uk:v:Володимир Зеленський; uk:s:Зеленський; ru:v:Владимир Зеленский;
  ru:s:Зеленский""",
    [("pres:Ukraine", "2019-05-20", N)],
)
P(
    "Petro Poroshenko",
    "Ukraine",
    """-:s:Poroshenko; de:v:Petro Poroschenko; de:s:Poroschenko;
  fr:v:Petro Porochenko; fr:s:Porochenko; uk:v:Петро Порошенко; ru:v:Пётр Порошенко""",
    [("fm:Ukraine", "2009-10-09", "2010-03-11"), ("pres:Ukraine", "2014-06-07", "2019-05-20")],
)
P(
    "Arseniy Yatsenyuk",
    "Ukraine",
    """-:s:Yatsenyuk; de:v:Arsenij Jazenjuk; de:s:Jazenjuk;
  fr:v:Arseni Iatseniouk; fr:s:Iatseniouk; uk:v:Арсеній Яценюк""",
    [("pm:Ukraine", "2014-02-27", "2016-04-14")],
)
P(
    "Volodymyr Groysman",
    "Ukraine",
    """-:s:Groysman; de:v:Wolodymyr Hrojsman; de:s:Hrojsman;
  fr:v:Volodymyr Groïsman; fr:s:Groïsman; uk:v:Володимир Гройсман""",
    [("pm:Ukraine", "2016-04-14", "2019-08-29")],
)
P(
    "Oleksiy Honcharuk",
    "Ukraine",
    "-:s:Honcharuk; de:s:Hontscharuk; uk:v:Олексій Гончарук",
    [("pm:Ukraine", "2019-08-29", "2020-03-04")],
)
P(
    "Denys Shmyhal",
    "Ukraine",
    """-:s:Shmyhal; de:v:Denys Schmyhal; de:s:Schmyhal; fr:v:Denys Chmyhal;
  fr:s:Chmyhal; uk:v:Денис Шмигаль; ru:v:Денис Шмыгаль""",
    [("pm:Ukraine", "2020-03-04", "2025-07-17"), ("dm:Ukraine", "2025-07-17", N)],
)
P(
    "Yulia Svyrydenko",
    "Ukraine",
    """-:s:Svyrydenko; de:v:Julija Swyrydenko; de:s:Swyrydenko;
  fr:v:Ioulia Svyrydenko; uk:v:Юлія Свириденко""",
    [("pm:Ukraine", "2025-07-17", N)],
    fem=True,
)
P(
    "Pavlo Klimkin",
    "Ukraine",
    "-:s:Klimkin; de:v:Pawlo Klimkin; uk:v:Павло Клімкін",
    [("fm:Ukraine", "2014-06-19", "2019-08-29")],
)
P(
    "Vadym Prystaiko",
    "Ukraine",
    "-:s:Prystaiko; de:v:Wadym Prystajko; de:s:Prystajko; uk:v:Вадим Пристайко",
    [("fm:Ukraine", "2019-08-29", "2020-03-04")],
)
P(
    "Dmytro Kuleba",
    "Ukraine",
    """-:s:Kuleba; fr:v:Dmytro Kouleba; fr:s:Kouleba; es:v:Dmitro Kuleba;
  uk:v:Дмитро Кулеба; ru:v:Дмитрий Кулеба""",
    [("fm:Ukraine", "2020-03-04", "2024-09-05")],
)
P(
    "Andrii Sybiha",
    "Ukraine",
    """-:s:Sybiha; en:v:Andriy Sybiha; de:v:Andrij Sybiha; fr:v:Andriï Sybiha;
  uk:v:Андрій Сибіга; uk:s:Сибіга; ru:v:Андрей Сибига""",
    [("fm:Ukraine", "2024-09-05", N)],
)
P(
    "Oleksii Reznikov",
    "Ukraine",
    """-:s:Reznikov; en:v:Oleksiy Reznikov; de:v:Oleksij Resnikow;
  de:s:Resnikow; fr:v:Oleksiï Reznikov; uk:v:Олексій Резніков""",
    [("dm:Ukraine", "2021-11-04", "2023-09-05")],
)
P(
    "Rustem Umerov",
    "Ukraine",
    """-:s:Umerov; de:v:Rustem Umerow; de:s:Umerow; fr:v:Roustem Oumerov;
  fr:s:Oumerov; uk:v:Рустем Умєров; ru:v:Рустем Умеров""",
    [("dm:Ukraine", "2023-09-06", "2025-07-17")],
)
P(
    "Andriy Yermak",
    "Ukraine",
    """-:s:Yermak; en:v:Andrii Yermak; de:v:Andrij Jermak; de:s:Jermak;
  fr:v:Andriï Iermak; fr:s:Iermak; uk:v:Андрій Єрмак; ru:v:Андрей Ермак""",
)
P(
    "Mykhailo Podolyak",
    "Ukraine",
    """-:s:Podolyak; de:v:Mychajlo Podoljak; de:s:Podoljak;
  fr:v:Mykhaïlo Podoliak; -:s:Podoliak; es:v:Mijailo Podoliak; uk:v:Михайло Подоляк""",
)
P(
    "David Arakhamia",
    "Ukraine",
    """-:s:Arakhamia; de:v:Dawyd Arachamija; de:s:Arachamija;
  en:v:Davyd Arakhamia; uk:v:Давид Арахамія""",
)
P(
    "Kyrylo Budanov",
    "Ukraine",
    """-:s:Budanov; de:v:Kyrylo Budanow; de:s:Budanow; fr:v:Kyrylo Boudanov;
  fr:s:Boudanov; uk:v:Кирило Буданов""",
)
P(
    "Sergiy Kyslytsya",
    "Ukraine",
    """-:s:Kyslytsya; en:v:Serhiy Kyslytsya; de:v:Serhij Kyslyzja;
  de:s:Kyslyzja; uk:v:Сергій Кислиця""",
)

# --- Israel and Palestinians -------------------------------------------------------
P(
    "Benjamin Netanyahu",
    "Israel",
    """-:s:Netanyahu; de:s:Netanjahu; fr:s:Netanyahou;
  de:v:Benjamin Netanjahu; fr:v:Benyamin Netanyahou; fr:v:Benjamin Netanyahou; -:v:Bibi Netanyahu;
  he:v:בנימין נתניהו; he:s:נתניהו; ar:s:نتنياهو; ru:s:Нетаньяху""",
    [
        ("pm:Israel", "1996-06-18", "1999-07-06"),
        ("fm:Israel", "2002-11-06", "2003-02-28"),
        ("pm:Israel", "2009-03-31", "2021-06-13"),
        ("pm:Israel", "2022-12-29", N),
    ],
)
P(
    "Naftali Bennett",
    "Israel",
    "-:s:Bennett; he:v:נפתלי בנט",
    [("pm:Israel", "2021-06-13", "2022-06-30")],
)
P(
    "Yair Lapid",
    "Israel",
    "-:s:Lapid; he:v:יאיר לפיד",
    [("fm:Israel", "2021-06-13", "2022-12-29"), ("pm:Israel", "2022-07-01", "2022-12-29")],
)
P("Gabi Ashkenazi", "Israel", "", [("fm:Israel", "2020-05-17", "2021-06-13")])
P(
    "Isaac Herzog",
    "Israel",
    "he:v:יצחק הרצוג; en:v:Yitzhak Herzog",
    [("pres:Israel", "2021-07-07", N)],
)
P(
    "Reuven Rivlin",
    "Israel",
    "-:s:Rivlin; he:v:ראובן ריבלין",
    [("pres:Israel", "2014-07-24", "2021-07-07")],
)
P("Yoav Gallant", "Israel", "-:s:Gallant; he:v:יואב גלנט")
P(
    "Israel Katz",
    "Israel",
    "-:s:Katz; he:v:ישראל כ״ץ",
    [("fm:Israel", "2019-02-17", "2020-05-17"), ("fm:Israel", "2024-01-01", "2024-11-05")],
)
P(
    "Gideon Sa'ar",
    "Israel",
    "-:s:Sa'ar; -:v:Gideon Saar; he:v:גדעון סער",
    [("fm:Israel", "2024-11-05", N)],
)
P("Ron Dermer", "Israel", "-:s:Dermer; he:v:רון דרמר")
P(
    "Itamar Ben-Gvir",
    "Israel",
    "-:s:Ben-Gvir; -:s:Ben Gvir; -:v:Itamar Ben Gvir; he:v:איתמר בן גביר",
)
P("Bezalel Smotrich", "Israel", "-:s:Smotrich; he:v:בצלאל סמוטריץ'")
P("Benny Gantz", "Israel", "-:s:Gantz; he:v:בני גנץ")
P("David Barnea", "Israel", "-:s:Barnea")
P(
    "Mahmoud Abbas",
    "Palestine",
    """-:s:Abbas; -:v:Abu Mazen; fr:v:Abou Mazen; ar:v:محمود عباس""",
    [("pm:Palestine", "2003-04-30", "2003-10-07"), ("pres:Palestine", "2005-01-15", N)],
)
P("Rami Hamdallah", "Palestine", "-:s:Hamdallah", [("pm:Palestine", "2013-06-06", "2019-04-14")])
P(
    "Mohammad Shtayyeh",
    "Palestine",
    "-:s:Shtayyeh; -:v:Mohammed Shtayyeh; fr:v:Mohammed Chtayyeh",
    [("pm:Palestine", "2019-04-14", "2024-03-31")],
)
P("Mohammad Mustafa", "Palestine", "-:v:Mohammed Mustafa", [("pm:Palestine", "2024-03-31", N)])
P(
    "Ismail Haniyeh",
    "Hamas",
    """-:s:Haniyeh; de:v:Ismail Hanija; de:s:Hanija; fr:v:Ismaïl Haniyeh;
  es:v:Ismail Haniye; es:s:Haniye; ar:v:إسماعيل هنية""",
    [("pm:Palestine", "2006-03-29", "2007-06-14"), ("chief:Hamas", "2017-05-06", "2024-07-31")],
)
P(
    "Yahya Sinwar",
    "Hamas",
    """-:s:Sinwar; de:v:Jahja Sinwar; fr:v:Yahya Sinouar; fr:s:Sinouar;
  ar:v:يحيى السنوار""",
    [("chief:Hamas", "2024-08-06", "2024-10-16")],
)
P(
    "Khalil al-Hayya",
    "Hamas",
    "-:s:al-Hayya; -:v:Khalil al-Haya; de:v:Chalil al-Haja; ar:v:خليل الحية",
)
P("Mohammed Deif", "Hamas", "-:s:Deif; fr:v:Mohammed Daïf")
P(
    "Khaled Mashal",
    "Hamas",
    """-:s:Mashal; -:v:Khaled Meshaal; -:s:Meshaal; de:v:Chalid Maschal;
  de:s:Maschal; fr:v:Khaled Mechaal; fr:s:Mechaal""",
)
P("Mousa Abu Marzouk", "Hamas", "-:s:Abu Marzouk; -:v:Moussa Abu Marzouk; -:v:Musa Abu Marzuk")
P("Izzat al-Rishq", "Hamas", "-:s:al-Rishq; -:v:Izzat al-Risheq")
P(
    "Ziyad al-Nakhalah",
    "Palestinian Islamic Jihad",
    "-:s:al-Nakhalah; -:v:Ziad al-Nakhaleh; -:s:Nakhalah",
)

# --- Lebanon -------------------------------------------------------------------------
P(
    "Hassan Nasrallah",
    "Hezbollah",
    "-:s:Nasrallah; ar:v:حسن نصر الله",
    [("sg:Hezbollah", "1992-02-16", "2024-09-27")],
)
P(
    "Naim Qassem",
    "Hezbollah",
    "-:s:Qassem; -:v:Naim Kassem; -:s:Kassem; fr:v:Naïm Qassem; ar:v:نعيم قاسم",
    [("sg:Hezbollah", "2024-10-29", N)],
)
P("Joseph Aoun", "Lebanon", "-:s:Aoun; ar:v:جوزاف عون", [("pres:Lebanon", "2025-01-09", N)])
P("Michel Aoun", "Lebanon", "-:s:Aoun", [("pres:Lebanon", "2016-10-31", "2022-10-31")])
P("Nawaf Salam", "Lebanon", "-:s:Salam", [("pm:Lebanon", "2025-02-08", N)])
P(
    "Najib Mikati",
    "Lebanon",
    "-:s:Mikati; fr:v:Najib Mikati",
    [
        ("pm:Lebanon", "2005-04-19", "2005-07-19"),
        ("pm:Lebanon", "2011-06-13", "2014-02-15"),
        ("pm:Lebanon", "2021-09-10", "2025-02-08"),
    ],
)
P("Hassan Diab", "Lebanon", "-:s:Diab", [("pm:Lebanon", "2020-01-21", "2021-09-10")])
P(
    "Saad Hariri",
    "Lebanon",
    "-:s:Hariri",
    [("pm:Lebanon", "2009-11-09", "2011-06-13"), ("pm:Lebanon", "2016-12-18", "2020-01-21")],
)
P("Tammam Salam", "Lebanon", "-:s:Salam", [("pm:Lebanon", "2014-02-15", "2016-12-18")])
P("Nabih Berri", "Lebanon", "-:s:Berri", [("speaker:Lebanon", "1992-10-20", N)])

# --- Gulf, Egypt, Turkey, Iran -------------------------------------------------------------
P(
    "Tamim bin Hamad Al Thani",
    "Qatar",
    """-:v:Sheikh Tamim bin Hamad Al Thani; -:s:Sheikh Tamim;
  fr:v:Tamim ben Hamad Al-Thani; es:v:Tamim bin Hamad al Thani""",
    [("emir:Qatar", "2013-06-25", N)],
)
P(
    "Mohammed bin Abdulrahman Al Thani",
    "Qatar",
    """-:v:Sheikh Mohammed bin Abdulrahman Al Thani;
  -:v:Mohammed bin Abdulrahman; fr:v:Mohammed ben Abdelrahmane Al-Thani;
  fr:v:Mohammed ben Abderrahmane Al-Thani; es:v:Mohamed bin Abdulrahman al Thani;
  de:v:Mohammed bin Abdulrahman Al Thani; -:v:Sheikh Mohammed bin Abdulrahman""",
    [("fm:Qatar", "2016-01-27", N), ("pm:Qatar", "2023-03-07", N)],
)
P("Majed al-Ansari", "Qatar", "-:s:al-Ansari; -:v:Majed Al Ansari")
P(
    "Abdel Fattah al-Sisi",
    "Egypt",
    """-:s:Sisi; -:s:al-Sisi; -:s:el-Sisi; -:v:Abdel Fattah el-Sisi;
  de:v:Abdel Fattah al-Sissi; de:s:al-Sissi; fr:v:Abdel Fattah al-Sissi; fr:s:Sissi;
  es:v:Abdelfatah al Sisi; es:s:al Sisi; ar:v:عبد الفتاح السيسي""",
    [("pres:Egypt", "2014-06-08", N)],
)
P(
    "Sameh Shoukry",
    "Egypt",
    "-:s:Shoukry; -:v:Sameh Shukri; de:s:Schukri; fr:v:Sameh Choukry; fr:s:Choukry",
    [("fm:Egypt", "2014-06-17", "2024-07-03")],
)
P(
    "Badr Abdelatty",
    "Egypt",
    "-:s:Abdelatty; -:v:Badr Abdel Aty; -:s:Abdel Aty",
    [("fm:Egypt", "2024-07-03", N)],
)
P(
    "Recep Tayyip Erdoğan",
    "Turkey",
    """-:s:Erdoğan; -:s:Erdogan; -:v:Recep Tayyip Erdogan; ru:s:Эрдоган""",
    [("pm:Turkey", "2003-03-14", "2014-08-28"), ("pres:Turkey", "2014-08-28", N)],
)
P(
    "Mevlüt Çavuşoğlu",
    "Turkey",
    "-:s:Çavuşoğlu; -:s:Cavusoglu; -:v:Mevlut Cavusoglu",
    [("fm:Turkey", "2014-08-29", "2015-08-28"), ("fm:Turkey", "2015-11-24", "2023-06-04")],
)
P("Hakan Fidan", "Turkey", "-:s:Fidan", [("fm:Turkey", "2023-06-04", N)])
P(
    "Ahmet Davutoğlu",
    "Turkey",
    "-:s:Davutoğlu; -:s:Davutoglu; -:v:Ahmet Davutoglu",
    [("fm:Turkey", "2009-05-01", "2014-08-29"), ("pm:Turkey", "2014-08-28", "2016-05-24")],
)
P(
    "Binali Yıldırım",
    "Turkey",
    "-:s:Yıldırım; -:s:Yildirim; -:v:Binali Yildirim",
    [("pm:Turkey", "2016-05-24", "2018-07-09")],
)
P("İbrahim Kalın", "Turkey", "-:s:Kalın; -:s:Kalin; -:v:Ibrahim Kalin")
P(
    "Salman bin Abdulaziz Al Saud",
    "Saudi Arabia",
    """-:v:King Salman; it:v:re Salman; de:v:König Salman;
  fr:v:roi Salmane; es:v:rey Salmán; -:v:Salman bin Abdulaziz""",
    [("king:Saudi Arabia", "2015-01-23", N)],
)
P(
    "Mohammed bin Salman",
    "Saudi Arabia",
    """-:a:MBS; -:v:Mohammed bin Salman Al Saud;
  fr:v:Mohammed ben Salmane; es:v:Mohamed bin Salmán; -:v:Crown Prince Mohammed bin Salman""",
    [("crown:Saudi Arabia", "2017-06-21", N), ("pm:Saudi Arabia", "2022-09-27", N)],
)
P(
    "Khalid bin Salman",
    "Saudi Arabia",
    """-:v:Khalid bin Salman Al Saud; -:v:Prince Khalid bin Salman; es:v:Jalid bin Salmán;
  es:v:Khalid bin Salmán; fr:v:Khaled ben Salmane; fr:v:Khalid ben Salmane; de:v:Chalid bin Salman""",
)
P(
    "Faisal bin Farhan",
    "Saudi Arabia",
    "-:v:Faisal bin Farhan Al Saud; fr:v:Fayçal ben Farhane;\n  -:v:Prince Faisal bin Farhan; -:v:Prince Faisal",
    [("fm:Saudi Arabia", "2019-10-23", N)],
)
P(
    "Adel al-Jubeir",
    "Saudi Arabia",
    "-:s:al-Jubeir; -:s:Jubeir",
    [("fm:Saudi Arabia", "2015-04-29", "2018-12-27")],
)
P(
    "Mohamed bin Zayed Al Nahyan",
    "United Arab Emirates",
    """-:a:MBZ; -:v:Mohamed bin Zayed;
  -:v:Mohammed bin Zayed; fr:v:Mohammed ben Zayed""",
    [("pres:United Arab Emirates", "2022-05-14", N)],
)
P(
    "Abdullah bin Zayed Al Nahyan",
    "United Arab Emirates",
    "-:v:Abdullah bin Zayed; fr:v:Abdallah ben Zayed",
    [("fm:United Arab Emirates", "2006-02-09", N)],
)
P(
    "Qaboos bin Said",
    "Oman",
    "-:v:Sultan Qaboos; -:s:Qaboos; fr:v:Qabous ben Saïd",
    [("sultan:Oman", "1970-07-23", "2020-01-11")],
)
P(
    "Haitham bin Tariq",
    "Oman",
    "-:v:Sultan Haitham; -:v:Haitham bin Tarik; fr:v:Haïtham ben Tarek",
    [("sultan:Oman", "2020-01-11", N)],
)
P(
    "Badr Albusaidi",
    "Oman",
    "-:s:Albusaidi; -:v:Badr al-Busaidi; -:s:al-Busaidi; -:v:Sayyid Badr Albusaidi",
    [("fm:Oman", "2020-08-18", N)],
)
P(
    "Ali Khamenei",
    "Iran",
    """-:s:Khamenei; de:v:Ali Chamenei; de:s:Chamenei; es:v:Alí Jamenei;
  es:s:Jamenei; -:v:Ayatollah Ali Khamenei; -:v:Ayatollah Khamenei""",
    [("leader:Iran", "1989-06-04", N)],
)
P(
    "Masoud Pezeshkian",
    "Iran",
    """-:s:Pezeshkian; de:v:Massud Peseschkian; de:s:Peseschkian;
  fr:v:Massoud Pezeshkian; es:v:Masud Pezeshkian""",
    [("pres:Iran", "2024-07-28", N)],
)
P(
    "Ebrahim Raisi",
    "Iran",
    "-:s:Raisi; fr:v:Ebrahim Raïssi; fr:s:Raïssi",
    [("pres:Iran", "2021-08-03", "2024-05-19")],
)
P(
    "Hassan Rouhani",
    "Iran",
    "-:s:Rouhani; de:v:Hassan Ruhani; de:s:Ruhani; es:v:Hasán Rohaní; es:s:Rohaní",
    [("pres:Iran", "2013-08-03", "2021-08-03")],
)
P(
    "Abbas Araghchi",
    "Iran",
    "-:s:Araghchi; de:v:Abbas Araghtschi; de:s:Araghtschi; es:v:Abbas Araqchi; es:s:Araqchi",
    [("fm:Iran", "2024-08-21", N)],
)
P(
    "Mohammad Javad Zarif",
    "Iran",
    "-:s:Zarif; de:v:Mohammed Dschawad Sarif; de:s:Sarif",
    [("fm:Iran", "2013-08-15", "2021-08-25")],
)
P(
    "Hossein Amir-Abdollahian",
    "Iran",
    "-:s:Amir-Abdollahian; -:s:Abdollahian",
    [("fm:Iran", "2021-08-25", "2024-05-19")],
)

# --- Syria, Yemen, Libya ---------------------------------------------------------------------
P(
    "Bashar al-Assad",
    "Syria",
    """-:s:Assad; -:s:al-Assad; de:v:Baschar al-Assad; fr:v:Bachar al-Assad;
  es:v:Bashar al Asad; es:s:Asad; ar:v:بشار الأسد""",
    [("pres:Syria", "2000-07-17", "2024-12-08")],
)
P(
    "Ahmed al-Sharaa",
    "Syria",
    """-:s:al-Sharaa; -:s:Sharaa; -:v:Abu Mohammed al-Jolani;
  -:v:Abu Mohammad al-Julani; -:s:al-Jolani; -:s:Jolani; de:v:Ahmed al-Scharaa; de:s:al-Scharaa;
  fr:v:Ahmed al-Chareh; fr:s:al-Chareh; fr:v:Ahmed al-Charaa; fr:s:al-Charaa; it:v:Ahmed al-Shara; it:s:al-Shara; fr:v:Abou Mohammed al-Jolani; es:v:Ahmed al Sharaa;
  ar:v:أحمد الشرع""",
    [("pres:Syria", "2025-01-29", N)],
)
P(
    "Asaad al-Shaibani",
    "Syria",
    "-:s:al-Shaibani; -:s:Shaibani; fr:v:Assaad al-Chaibani",
    [("fm:Syria", "2024-12-21", N)],
)
P("Faisal Mekdad", "Syria", "-:s:Mekdad", [("fm:Syria", "2020-11-22", "2024-12-08")])
P(
    "Walid Muallem",
    "Syria",
    "-:s:Muallem; -:v:Walid al-Moualem",
    [("fm:Syria", "2006-02-11", "2020-11-16")],
)
P("Mazloum Abdi", "Syrian Democratic Forces", "-:s:Abdi; -:v:Mazlum Abdi")
P(
    "Abdul-Malik al-Houthi",
    "Houthis",
    """-:s:al-Houthi; -:v:Abdul Malik al-Houthi;
  -:v:Abdel-Malek al-Houthi; fr:v:Abdel Malek al-Houthi""",
)
P("Mohammed Abdulsalam", "Houthis", "-:s:Abdulsalam; -:v:Mohammed Abdel Salam")
P(
    "Abdrabbuh Mansur Hadi",
    "Yemen",
    "-:s:Hadi; -:v:Abed Rabbo Mansour Hadi; fr:v:Abd Rabbo Mansour Hadi",
    [("pres:Yemen", "2012-02-25", "2022-04-07")],
)
P("Rashad al-Alimi", "Yemen", "-:s:al-Alimi; -:s:Alimi", [("chair:Yemen PLC", "2022-04-07", N)])
P("Khalifa Haftar", "Libyan National Army", "-:s:Haftar; de:v:Chalifa Haftar; es:v:Jalifa Haftar")
P(
    "Abdul Hamid Dbeibah",
    "Libya",
    """-:s:Dbeibah; -:v:Abdulhamid Dbeibah; fr:v:Abdelhamid Dbeibah;
  de:v:Abdul Hamid Dbeiba; de:s:Dbeiba""",
    [("pm:Libya", "2021-03-15", N)],
)
P(
    "Fayez al-Sarraj",
    "Libya",
    "-:s:Sarraj; -:s:al-Sarraj; -:s:Serraj; -:s:al-Serraj; -:v:Fayez al-Serraj; -:v:Fayez Serraj",
    [("pm:Libya", "2016-03-30", "2021-03-15")],
)

# --- Africa ---------------------------------------------------------------------------------
P(
    "Félix Tshisekedi",
    "Democratic Republic of the Congo",
    """-:s:Tshisekedi; -:v:Felix Tshisekedi;
  -:v:Félix Antoine Tshisekedi""",
    [("pres:Democratic Republic of the Congo", "2019-01-24", N)],
)
P(
    "Joseph Kabila",
    "Democratic Republic of the Congo",
    "-:s:Kabila",
    [("pres:Democratic Republic of the Congo", "2001-01-26", "2019-01-24")],
)
P(
    "Thérèse Kayikwamba Wagner",
    "Democratic Republic of the Congo",
    """-:s:Kayikwamba;
  -:s:Kayikwamba Wagner; -:v:Therese Kayikwamba Wagner""",
    [("fm:Democratic Republic of the Congo", "2024-05-29", N)],
    fem=True,
)
P(
    "Judith Suminwa",
    "Democratic Republic of the Congo",
    "-:s:Suminwa; -:v:Judith Suminwa Tuluka",
    fem=True,
)
P("Paul Kagame", "Rwanda", "-:s:Kagame", [("pres:Rwanda", "2000-04-22", N)])
P("Olivier Nduhungirehe", "Rwanda", "-:s:Nduhungirehe")
P("Corneille Nangaa", "Congo River Alliance", "-:s:Nangaa")
P("Bertrand Bisimwa", "M23", "-:s:Bisimwa")
P("Sultani Makenga", "M23", "-:s:Makenga")
P(
    "João Lourenço",
    "Angola",
    "-:s:Lourenço; -:v:Joao Lourenco; -:s:Lourenco",
    [("pres:Angola", "2017-09-26", N)],
)
P("William Ruto", "Kenya", "-:s:Ruto", [("pres:Kenya", "2022-09-13", N)])
P("Uhuru Kenyatta", "Kenya", "-:s:Kenyatta", [("pres:Kenya", "2013-04-09", "2022-09-13")])
P(
    "Faure Gnassingbé",
    "Togo",
    "-:s:Gnassingbé; -:s:Gnassingbe; -:v:Faure Gnassingbe",
    [("pres:Togo", "2005-05-04", "2025-05-03"), ("council:Togo", "2025-05-03", N)],
)
P("Olusegun Obasanjo", "Nigeria", "-:s:Obasanjo", [("pres:Nigeria", "1999-05-29", "2007-05-29")])
P("Cyril Ramaphosa", "South Africa", "-:s:Ramaphosa", [("pres:South Africa", "2018-02-15", N)])
P(
    "Moussa Faki",
    "African Union",
    "-:v:Moussa Faki Mahamat; -:s:Faki",
    [("chair:AU Commission", "2017-03-14", "2025-02-15")],
)
P("Mahmoud Ali Youssouf", "African Union", "-:s:Youssouf")
P(
    "Abdel Fattah al-Burhan",
    "Sudan",
    """-:s:Burhan; -:s:al-Burhan; fr:v:Abdel Fattah al-Burhane;
  fr:s:Burhane; es:v:Abdelfatah al Burhan; ar:v:عبد الفتاح البرهان""",
    [("chair:Sudan Sovereignty Council", "2019-08-21", N)],
)
P(
    "Mohamed Hamdan Dagalo",
    "Rapid Support Forces",
    """-:s:Dagalo; -:v:Hemedti; -:v:Hemetti;
  -:v:Mohamed Hamdan Daglo; fr:s:Daglo; fr:v:Mohamed Hamdane Daglo; ar:v:محمد حمدان دقلو""",
)
P(
    "Abdalla Hamdok",
    "Sudan",
    "-:s:Hamdok; -:v:Abdallah Hamdok",
    [("pm:Sudan", "2019-08-21", "2021-10-25"), ("pm:Sudan", "2021-11-21", "2022-01-02")],
)
P(
    "Omar al-Bashir",
    "Sudan",
    "-:s:al-Bashir; fr:v:Omar el-Béchir; fr:s:el-Béchir",
    [("pres:Sudan", "1993-10-16", "2019-04-11")],
)
P("Abiy Ahmed", "Ethiopia", "-:s:Abiy; -:v:Abiy Ahmed Ali", [("pm:Ethiopia", "2018-04-02", N)])
P("Debretsion Gebremichael", "Tigray People's Liberation Front", "-:s:Debretsion")
P("Getachew Reda", None, "-:s:Getachew")
P("Isaias Afwerki", "Eritrea", "-:s:Afwerki; -:s:Isaias", [("pres:Eritrea", "1993-05-24", N)])
P(
    "Salva Kiir",
    "South Sudan",
    "-:s:Kiir; -:v:Salva Kiir Mayardit",
    [("pres:South Sudan", "2011-07-09", N)],
)
P("Riek Machar", "SPLM-IO", "-:s:Machar")

# --- Caucasus -------------------------------------------------------------------------------
P(
    "Nikol Pashinyan",
    "Armenia",
    """-:s:Pashinyan; de:v:Nikol Paschinjan; de:s:Paschinjan;
  fr:v:Nikol Pachinian; fr:s:Pachinian; es:v:Nikol Pashinián; es:s:Pashinián; ru:v:Никол Пашинян""",
    [("pm:Armenia", "2018-05-08", N)],
)
P(
    "Ilham Aliyev",
    "Azerbaijan",
    """-:s:Aliyev; de:v:Ilham Alijew; de:s:Alijew; fr:v:Ilham Aliev;
  fr:s:Aliev; es:v:Ilham Alíev; es:s:Alíev; ru:v:Ильхам Алиев""",
    [("pres:Azerbaijan", "2003-10-31", N)],
)
P(
    "Ararat Mirzoyan",
    "Armenia",
    "-:s:Mirzoyan; de:v:Ararat Mirsojan; de:s:Mirsojan",
    [("fm:Armenia", "2021-08-19", N)],
)
P(
    "Jeyhun Bayramov",
    "Azerbaijan",
    "-:s:Bayramov; de:v:Jeyhun Bayramow; de:s:Bayramow",
    [("fm:Azerbaijan", "2020-07-16", N)],
)

# --- Colombia, Cuba, Norway, Switzerland, Vatican ----------------------------------------------
P("Juan Manuel Santos", "Colombia", "-:s:Santos", [("pres:Colombia", "2010-08-07", "2018-08-07")])
P(
    "Álvaro Uribe",
    "Colombia",
    "-:s:Uribe; -:v:Alvaro Uribe; -:v:Álvaro Uribe Vélez",
    [("pres:Colombia", "2002-08-07", "2010-08-07")],
)
P(
    "Iván Duque",
    "Colombia",
    "-:s:Duque; -:v:Ivan Duque; -:v:Iván Duque Márquez",
    [("pres:Colombia", "2018-08-07", "2022-08-07")],
)
P("Gustavo Petro", "Colombia", "-:s:Petro", [("pres:Colombia", "2022-08-07", "2026-08-07")])
P("Humberto de la Calle", "Colombia", "")
P("Sergio Jaramillo", "Colombia", "-:s:Jaramillo")
P("Otty Patiño", "Colombia", "-:s:Patiño")
P("Iván Márquez", "FARC", "-:s:Márquez; -:v:Ivan Marquez")
P(
    "Rodrigo Londoño",
    "FARC",
    "-:s:Londoño; -:v:Timochenko; -:v:Timoleón Jiménez; -:v:Rodrigo Londoño Echeverri",
)
P("Pablo Beltrán", "ELN", "-:s:Beltrán")
P(
    "Miguel Díaz-Canel",
    "Cuba",
    "-:s:Díaz-Canel; -:s:Diaz-Canel; -:v:Miguel Diaz-Canel",
    [("pres:Cuba", "2018-04-19", N)],
)
P("Raúl Castro", "Cuba", "-:s:Castro; -:v:Raul Castro", [("pres:Cuba", "2008-02-24", "2018-04-19")])
P(
    "Bruno Rodríguez Parrilla",
    "Cuba",
    "-:s:Rodríguez Parrilla; -:v:Bruno Rodríguez; -:v:Bruno Rodriguez",
    [("fm:Cuba", "2009-03-02", N)],
)
P(
    "Jonas Gahr Støre",
    "Norway",
    "-:s:Støre; -:s:Gahr Støre; -:v:Jonas Gahr Store",
    [("fm:Norway", "2005-10-17", "2012-09-21"), ("pm:Norway", "2021-10-14", N)],
)
P("Erna Solberg", "Norway", "-:s:Solberg", [("pm:Norway", "2013-10-16", "2021-10-14")], fem=True)
P(
    "Espen Barth Eide",
    "Norway",
    "-:s:Barth Eide",
    [("fm:Norway", "2012-09-21", "2013-10-16"), ("fm:Norway", "2023-10-16", N)],
)
P(
    "Anniken Huitfeldt",
    "Norway",
    "-:s:Huitfeldt",
    [("fm:Norway", "2021-10-14", "2023-10-16")],
    fem=True,
)
P(
    "Ine Eriksen Søreide",
    "Norway",
    "-:s:Søreide; -:s:Eriksen Søreide; -:v:Ine Eriksen Soreide",
    [("fm:Norway", "2017-10-20", "2021-10-14")],
    fem=True,
)
P(
    "Børge Brende",
    "Norway",
    "-:s:Brende; -:v:Borge Brende",
    [("fm:Norway", "2013-10-16", "2017-10-20")],
)
P("Ignazio Cassis", "Switzerland", "-:s:Cassis", [("fm:Switzerland", "2017-11-01", N)])
P(
    "Didier Burkhalter",
    "Switzerland",
    "-:s:Burkhalter",
    [("fm:Switzerland", "2012-01-01", "2017-11-01")],
)
P(
    "Pope Francis",
    "Vatican",
    """it:v:Papa Francesco; de:v:Papst Franziskus; fr:v:pape François;
  es:v:papa Francisco; -:v:Jorge Mario Bergoglio; -:s:Bergoglio""",
    [("pope", "2013-03-13", "2025-04-21")],
)
P(
    "Pope Leo XIV",
    "Vatican",
    """it:v:Papa Leone XIV; de:v:Papst Leo XIV.; fr:v:pape Léon XIV;
  es:v:papa León XIV; en:v:Leo XIV; -:v:Robert Francis Prevost; -:v:Robert Prevost; -:s:Prevost""",
    [("pope", "2025-05-08", N)],
)
P(
    "Pietro Parolin",
    "Vatican",
    "-:s:Parolin; -:v:Cardinal Pietro Parolin",
    [("secstate:Vatican", "2013-10-15", N)],
)
P("Matteo Zuppi", "Vatican", "-:s:Zuppi; -:v:Cardinal Matteo Zuppi")

# --- permanent members: China, France, United Kingdom; other European leaders -------------------
P("Xi Jinping", "China", "-:s:Xi; ru:v:Си Цзиньпин", [("pres:China", "2013-03-14", N)])
P("Li Keqiang", "China", "", [("pm:China", "2013-03-15", "2023-03-11")])
P("Li Qiang", "China", "", [("pm:China", "2023-03-11", N)])
P("Wang Yi", "China", "", [("fm:China", "2013-03-16", "2022-12-30"), ("fm:China", "2023-07-25", N)])
P("Qin Gang", "China", "", [("fm:China", "2022-12-30", "2023-07-25")])
P(
    "François Hollande",
    "France",
    "-:s:Hollande; -:v:Francois Hollande",
    [("pres:France", "2012-05-15", "2017-05-14")],
)
P("Emmanuel Macron", "France", "-:s:Macron; ru:s:Макрон", [("pres:France", "2017-05-14", N)])
P("Manuel Valls", "France", "-:s:Valls", [("pm:France", "2014-03-31", "2016-12-06")])
P("Bernard Cazeneuve", "France", "-:s:Cazeneuve", [("pm:France", "2016-12-06", "2017-05-15")])
P("Édouard Philippe", "France", "-:v:Edouard Philippe", [("pm:France", "2017-05-15", "2020-07-03")])
P("Jean Castex", "France", "-:s:Castex", [("pm:France", "2020-07-03", "2022-05-16")])
P(
    "Élisabeth Borne",
    "France",
    "-:v:Elisabeth Borne",
    [("pm:France", "2022-05-16", "2024-01-09")],
    fem=True,
)
P("Gabriel Attal", "France", "-:s:Attal", [("pm:France", "2024-01-09", "2024-09-05")])
P(
    "Michel Barnier",
    "France",
    "-:s:Barnier",
    [("fm:France", "2004-03-31", "2005-06-02"), ("pm:France", "2024-09-05", "2024-12-13")],
)
P(
    "François Bayrou",
    "France",
    "-:s:Bayrou; -:v:Francois Bayrou",
    [("pm:France", "2024-12-13", "2025-09-09")],
)
P(
    "Sébastien Lecornu",
    "France",
    "-:s:Lecornu; -:v:Sebastien Lecornu",
    [("pm:France", "2025-09-09", N)],
)
P("Laurent Fabius", "France", "-:s:Fabius", [("fm:France", "2012-05-16", "2016-02-11")])
P(
    "Jean-Marc Ayrault",
    "France",
    "-:s:Ayrault",
    [("pm:France", "2012-05-16", "2014-03-31"), ("fm:France", "2016-02-11", "2017-05-17")],
)
P("Jean-Yves Le Drian", "France", "-:s:Le Drian", [("fm:France", "2017-05-17", "2022-05-20")])
P("Catherine Colonna", "France", "", [("fm:France", "2022-05-20", "2024-01-11")], fem=True)
P(
    "Stéphane Séjourné",
    "France",
    "-:v:Stephane Sejourne",
    [("fm:France", "2024-01-11", "2024-09-21")],
)
P(
    "Jean-Noël Barrot",
    "France",
    "-:s:Barrot; -:v:Jean-Noel Barrot",
    [("fm:France", "2024-09-21", N)],
)
P(
    "David Cameron",
    "United Kingdom",
    "-:s:Cameron",
    [
        ("pm:United Kingdom", "2010-05-11", "2016-07-13"),
        ("fm:United Kingdom", "2023-11-13", "2024-07-05"),
    ],
)
P(
    "Theresa May",
    "United Kingdom",
    "",
    [("pm:United Kingdom", "2016-07-13", "2019-07-24")],
    fem=True,
)
P(
    "Boris Johnson",
    "United Kingdom",
    "-:s:Johnson",
    [
        ("fm:United Kingdom", "2016-07-13", "2018-07-09"),
        ("pm:United Kingdom", "2019-07-24", "2022-09-06"),
    ],
)
P(
    "Liz Truss",
    "United Kingdom",
    "-:s:Truss",
    [
        ("fm:United Kingdom", "2021-09-15", "2022-09-06"),
        ("pm:United Kingdom", "2022-09-06", "2022-10-25"),
    ],
    fem=True,
)
P("Rishi Sunak", "United Kingdom", "-:s:Sunak", [("pm:United Kingdom", "2022-10-25", "2024-07-05")])
P("Keir Starmer", "United Kingdom", "-:s:Starmer", [("pm:United Kingdom", "2024-07-05", N)])
P(
    "Philip Hammond",
    "United Kingdom",
    "-:s:Hammond",
    [("fm:United Kingdom", "2014-07-15", "2016-07-13")],
)
P("Jeremy Hunt", "United Kingdom", "", [("fm:United Kingdom", "2018-07-09", "2019-07-24")])
P("Dominic Raab", "United Kingdom", "-:s:Raab", [("fm:United Kingdom", "2019-07-24", "2021-09-15")])
P("James Cleverly", "United Kingdom", "", [("fm:United Kingdom", "2022-09-06", "2023-11-13")])
P("David Lammy", "United Kingdom", "-:s:Lammy", [("fm:United Kingdom", "2024-07-05", "2025-09-05")])
P("Yvette Cooper", "United Kingdom", "", [("fm:United Kingdom", "2025-09-05", N)], fem=True)
P(
    "Angela Merkel",
    "Germany",
    "-:s:Merkel",
    [("chancellor:Germany", "2005-11-22", "2021-12-08")],
    fem=True,
)
P("Olaf Scholz", "Germany", "-:s:Scholz", [("chancellor:Germany", "2021-12-08", "2025-05-06")])
P("Friedrich Merz", "Germany", "-:s:Merz", [("chancellor:Germany", "2025-05-06", N)])
P(
    "Frank-Walter Steinmeier",
    "Germany",
    "-:s:Steinmeier",
    [
        ("fm:Germany", "2005-11-22", "2009-10-28"),
        ("fm:Germany", "2013-12-17", "2017-01-27"),
        ("pres:Germany", "2017-03-19", N),
    ],
)
P("Sigmar Gabriel", "Germany", "", [("fm:Germany", "2017-01-27", "2018-03-14")])
P("Heiko Maas", "Germany", "-:s:Maas", [("fm:Germany", "2018-03-14", "2021-12-08")])
P(
    "Annalena Baerbock",
    "Germany",
    "-:s:Baerbock",
    [("fm:Germany", "2021-12-08", "2025-05-06")],
    fem=True,
)
P("Johann Wadephul", "Germany", "-:s:Wadephul", [("fm:Germany", "2025-05-06", N)])
P("Matteo Renzi", "Italy", "-:s:Renzi", [("pm:Italy", "2014-02-22", "2016-12-12")])
P(
    "Paolo Gentiloni",
    "Italy",
    "-:s:Gentiloni",
    [("fm:Italy", "2014-10-31", "2016-12-12"), ("pm:Italy", "2016-12-12", "2018-06-01")],
)
P("Giuseppe Conte", "Italy", "", [("pm:Italy", "2018-06-01", "2021-02-13")])
P("Mario Draghi", "Italy", "-:s:Draghi", [("pm:Italy", "2021-02-13", "2022-10-22")])
P("Giorgia Meloni", "Italy", "-:s:Meloni", [("pm:Italy", "2022-10-22", N)], fem=True)
P(
    "Federica Mogherini",
    "Italy",
    "-:s:Mogherini",
    [("fm:Italy", "2014-02-22", "2014-10-31"), ("hrvp:European Union", "2014-11-01", "2019-12-01")],
    fem=True,
)
P("Angelino Alfano", "Italy", "-:s:Alfano", [("fm:Italy", "2016-12-12", "2018-06-01")])
P(
    "Enzo Moavero Milanesi",
    "Italy",
    "-:s:Moavero; -:s:Moavero Milanesi",
    [("fm:Italy", "2018-06-01", "2019-09-05")],
)
P("Luigi Di Maio", "Italy", "-:s:Di Maio", [("fm:Italy", "2019-09-05", "2022-10-22")])
P("Antonio Tajani", "Italy", "-:s:Tajani", [("fm:Italy", "2022-10-22", N)])
P("Sergio Mattarella", "Italy", "-:s:Mattarella", [("pres:Italy", "2015-02-03", N)])
P("Mariano Rajoy", "Spain", "-:s:Rajoy", [("pm:Spain", "2011-12-21", "2018-06-02")])
P("Pedro Sánchez", "Spain", "-:s:Sánchez; -:v:Pedro Sanchez", [("pm:Spain", "2018-06-02", N)])
P(
    "José Manuel Albares",
    "Spain",
    "-:s:Albares; -:v:Jose Manuel Albares",
    [("fm:Spain", "2021-07-12", N)],
)
P(
    "Josep Borrell",
    "Spain",
    "-:s:Borrell; es:v:José Borrell",
    [("fm:Spain", "2018-06-07", "2019-12-01"), ("hrvp:European Union", "2019-12-01", "2024-12-01")],
)
P(
    "Donald Tusk",
    "Poland",
    "-:s:Tusk",
    [
        ("pm:Poland", "2007-11-16", "2014-09-22"),
        ("pres:European Council", "2014-12-01", "2019-12-01"),
        ("pm:Poland", "2023-12-13", N),
    ],
)
P("Viktor Orbán", "Hungary", "-:s:Orbán; -:s:Orban; -:v:Viktor Orban")
P(
    "Aleksandar Vučić",
    "Serbia",
    "-:s:Vučić; -:s:Vucic; -:v:Aleksandar Vucic; de:v:Aleksandar Vučić",
    [("pm:Serbia", "2014-04-27", "2017-05-31"), ("pres:Serbia", "2017-05-31", N)],
)
P(
    "Albin Kurti",
    "Kosovo",
    "-:s:Kurti",
    [("pm:Kosovo", "2020-02-03", "2020-06-03"), ("pm:Kosovo", "2021-03-22", N)],
)
P("Narendra Modi", "India", "-:s:Modi", [("pm:India", "2014-05-26", N)])
P(
    "Luiz Inácio Lula da Silva",
    "Brazil",
    "-:s:Lula; -:v:Lula da Silva; -:v:Luiz Inacio Lula da Silva",
    [("pres:Brazil", "2023-01-01", N)],
)

# --- international organisations ------------------------------------------------------------------
P("Ban Ki-moon", "United Nations", "", [("sg:United Nations", "2007-01-01", "2017-01-01")])
P(
    "António Guterres",
    "United Nations",
    "-:s:Guterres; -:v:Antonio Guterres; ru:s:Гутерриш",
    [("sg:United Nations", "2017-01-01", N)],
)
P(
    "Jens Stoltenberg",
    "NATO",
    "-:s:Stoltenberg",
    [
        ("pm:Norway", "2000-03-17", "2001-10-19"),
        ("pm:Norway", "2005-10-17", "2013-10-16"),
        ("sg:NATO", "2014-10-01", "2024-10-01"),
    ],
)
P("Mark Rutte", "NATO", "-:s:Rutte", [("sg:NATO", "2024-10-01", N)])
P(
    "Jean-Claude Juncker",
    "European Commission",
    "-:s:Juncker",
    [("pres:European Commission", "2014-11-01", "2019-12-01")],
)
P(
    "Ursula von der Leyen",
    "European Commission",
    "-:s:von der Leyen",
    [("pres:European Commission", "2019-12-01", N)],
    fem=True,
)
P("Charles Michel", "European Council", "", [("pres:European Council", "2019-12-01", "2024-12-01")])
P(
    "António Costa",
    "European Council",
    "-:v:Antonio Costa",
    [("pres:European Council", "2024-12-01", N)],
)
P(
    "Kaja Kallas",
    "European Union",
    "-:s:Kallas",
    [("hrvp:European Union", "2024-12-01", N)],
    fem=True,
)
P(
    "Rafael Grossi",
    "International Atomic Energy Agency",
    "-:v:Rafael Mariano Grossi",
    [("dg:IAEA", "2019-12-03", N)],
)
P(
    "Yukiya Amano",
    "International Atomic Energy Agency",
    "-:s:Amano",
    [("dg:IAEA", "2009-12-01", "2019-07-18")],
)
P(
    "Mirjana Spoljaric",
    "International Committee of the Red Cross",
    """-:s:Spoljaric;
  -:v:Mirjana Spoljaric Egger; -:s:Spoljaric Egger""",
    [("pres:ICRC", "2022-10-01", N)],
    fem=True,
)
P(
    "Peter Maurer",
    "International Committee of the Red Cross",
    "",
    [("pres:ICRC", "2012-07-01", "2022-10-01")],
)
P(
    "Tedros Adhanom Ghebreyesus",
    "World Health Organization",
    "-:s:Tedros",
    [("fm:Ethiopia", "2012-11-29", "2016-11-01")],
)
P("Philippe Lazzarini", "UNRWA", "-:s:Lazzarini")
P(
    "Ahmed Aboul Gheit",
    "Arab League",
    "-:s:Aboul Gheit; -:v:Ahmed Abul Gheit",
    [("fm:Egypt", "2004-07-14", "2011-03-06"), ("sg:Arab League", "2016-07-01", N)],
)
P(
    "Staffan de Mistura",
    "United Nations",
    "-:s:de Mistura",
)
P(
    "Geir Pedersen",
    "United Nations",
    "-:s:Pedersen",
)
P(
    "Martin Griffiths",
    "United Nations",
    "-:s:Griffiths",
)
P("Hans Grundberg", "United Nations", "-:s:Grundberg")
P(
    "Ghassan Salamé",
    "United Nations",
    "-:s:Salamé; -:v:Ghassan Salame",
)
P("Ramtane Lamamra", "United Nations", "-:s:Lamamra")
P("Tor Wennesland", "United Nations", "-:s:Wennesland")

# --- Afghanistan, Myanmar ---------------------------------------------------------------------------
P("Hibatullah Akhundzada", "Taliban", "-:s:Akhundzada; -:v:Haibatullah Akhundzada")
P("Abdul Ghani Baradar", "Taliban", "-:s:Baradar; -:v:Mullah Baradar")
P("Ashraf Ghani", "Afghanistan", "-:s:Ghani", [("pres:Afghanistan", "2014-09-29", "2021-08-15")])
P("Min Aung Hlaing", "Myanmar", "-:v:Senior General Min Aung Hlaing")
P(
    "Aung San Suu Kyi",
    "Myanmar",
    "-:s:Suu Kyi",
    [("counsellor:Myanmar", "2016-04-06", "2021-02-01")],
    fem=True,
)

# --- negotiators, commanders and intermediaries (no office recorded) -----------------------
P(
    "Leonid Kuchma",
    "Ukraine",
    """-:s:Kuchma; de:v:Leonid Kutschma; de:s:Kutschma; fr:v:Leonid Koutchma;
  fr:s:Koutchma; uk:v:Леонід Кучма""",
    [("pres:Ukraine", "1994-07-19", "2005-01-23")],
)
P(
    "Viktor Medvedchuk",
    None,
    """-:s:Medvedchuk; de:v:Wiktor Medwedtschuk; de:s:Medwedtschuk;
  fr:v:Viktor Medvedtchouk; fr:s:Medvedtchouk; uk:v:Віктор Медведчук""",
)
P(
    "Denis Pushilin",
    "Donetsk People's Republic",
    """-:s:Pushilin; de:v:Denis Puschilin; de:s:Puschilin;
  fr:v:Denis Pouchiline; fr:s:Pouchiline; ru:v:Денис Пушилин""",
)
P(
    "Leonid Pasechnik",
    "Luhansk People's Republic",
    """-:s:Pasechnik; de:v:Leonid Passetschnik;
  de:s:Passetschnik; ru:v:Леонид Пасечник""",
)
P(
    "Alexander Zakharchenko",
    "Donetsk People's Republic",
    """-:s:Zakharchenko; de:v:Alexander Sachartschenko;
  de:s:Sachartschenko; fr:v:Alexandre Zakhartchenko; fr:s:Zakhartchenko""",
)
P(
    "Roman Abramovich",
    None,
    """-:s:Abramovich; de:v:Roman Abramowitsch; de:s:Abramowitsch;
  fr:v:Roman Abramovitch; fr:s:Abramovitch""",
)
P(
    "Oleksandr Syrskyi",
    "Ukraine",
    """-:s:Syrskyi; -:s:Syrsky; de:v:Olexandr Syrskyj; de:s:Syrskyj;
  fr:v:Oleksandr Syrsky; uk:v:Олександр Сирський""",
)
P(
    "Valerii Zaluzhnyi",
    "Ukraine",
    """-:s:Zaluzhnyi; -:v:Valery Zaluzhny; -:s:Zaluzhny;
  de:v:Walerij Saluschnyj; de:s:Saluschnyj; fr:v:Valeri Zaloujny; fr:s:Zaloujny""",
)
P(
    "Valery Gerasimov",
    "Russia",
    """-:s:Gerasimov; de:v:Waleri Gerassimow; de:s:Gerassimow;
  fr:v:Valeri Guerassimov; fr:s:Guerassimov; ru:v:Валерий Герасимов""",
)
P(
    "Yevgeny Prigozhin",
    "Wagner Group",
    """-:s:Prigozhin; de:v:Jewgeni Prigoschin; de:s:Prigoschin;
  fr:v:Evgueni Prigojine; fr:s:Prigojine; it:v:Evgenij Prigozhin; ru:v:Евгений Пригожин""",
)
P("Ramzan Kadyrov", "Russia", "-:s:Kadyrov; de:v:Ramsan Kadyrow; de:s:Kadyrow")
P("William Burns", "United States", "en:v:Bill Burns")
P("John Ratcliffe", "United States", "-:s:Ratcliffe")
P("Morgan Ortagus", "United States", "-:s:Ortagus", fem=True)
P("Ronen Bar", "Israel", "")
P("Hassan Rashad", "Egypt", "")
P("Abbas Kamel", "Egypt", "")
P("Mohammed Al-Khulaifi", "Qatar", "-:s:Al-Khulaifi; -:v:Mohammed bin Abdulaziz Al-Khulaifi")
P(
    "Mohammed Al Jaber",
    "Saudi Arabia",
    "-:v:Mohammed Al-Jaber; es:v:Mohamed al Yaber; es:v:Mohamed Al Yaber; es:s:Yaber; es:s:al Yaber",
)
P("Musaed Al-Aiban", "Saudi Arabia", "-:s:Al-Aiban; -:v:Musaed al-Aiban")
P("Celso Amorim", "Brazil", "-:s:Amorim")
P("Li Hui", "China", "")
P("Viola Amherd", "Switzerland", "-:s:Amherd", fem=True)
P("Jonathan Powell", "United Kingdom", "")
P("Tom Fletcher", "OCHA", "")
P("Volker Türk", "OHCHR", "-:v:Volker Turk")
P("Iván Cepeda", "Colombia", "-:s:Cepeda; -:v:Ivan Cepeda")
P("Vera Grabe", "Colombia", "-:s:Grabe", fem=True)
P("Antonio García", "ELN", "")
P("Mohammed Sinwar", "Hamas", "-:v:Mohammad Sinwar")
P("Osama Hamdan", "Hamas", "")
P("Hussein al-Sheikh", "Palestine Liberation Organization", "-:v:Hussein al-Sheikh")


# === 1990–2026: leaders, foreign ministers and negotiators of states in well-known conflicts and
# peace processes and of their mediators, UN, EU, AU, OSCE and NATO figures, armed movements ===
# Terms are recorded only where the dates are known; a person without a term is still
# recognised by name. Left out on purpose (their last name is a common word): John Major,
# William Hague, Helmut Kohl, Joschka Fischer, Thein Sein, Kim Dae-jung ("Jung"), Ersin Tatar
# ("Crimean Tatar"), Dick Spring ("Arab Spring"), Victoria Nuland ("Neuland").


def new_office(key, title, of, template="custom", titles="", titles_f=None):
    assert key not in OFFICE_DEFS, key
    office(key, title, of, template, titles, titles_f)


for _s in [
    "Croatia",
    "Yugoslavia",
    "Kosovo",
    "North Macedonia",
    "Cyprus",
    "Georgia",
    "Armenia",
    "Moldova",
    "Sri Lanka",
    "Indonesia",
    "Philippines",
    "South Korea",
    "Pakistan",
    "Iraq",
    "Somalia",
    "Somaliland",
    "Uganda",
    "Burundi",
    "Mozambique",
    "Liberia",
    "Sierra Leone",
    "Côte d'Ivoire",
    "Guatemala",
    "El Salvador",
    "Finland",
    "Myanmar",
    "Nigeria",
]:
    new_office(f"pres:{_s}", f"President of {_the(_s)}", _s, "president")
for _s in [
    "Serbia",
    "Kosovo",
    "North Macedonia",
    "Greece",
    "Georgia",
    "Sri Lanka",
    "Nepal",
    "Thailand",
    "Cambodia",
    "Pakistan",
    "Iraq",
    "Malaysia",
    "Kenya",
]:
    new_office(f"pm:{_s}", f"Prime Minister of {_the(_s)}", _s, "pm")
for _s in [
    "Pakistan",
    "India",
    "South Africa",
    "Finland",
    "Belarus",
    "Jordan",
    "Greece",
    "North Macedonia",
    "Colombia",
    "Ethiopia",
    "Palestine",
    "Iraq",
    "Sri Lanka",
    "Indonesia",
]:
    new_office(f"fm:{_s}", f"Minister of Foreign Affairs of {_the(_s)}", _s, "fm")
for _s in ["Jordan", "Nepal", "Cambodia"]:
    new_office(f"king:{_s}", f"King of {_s}", _s, "king")

new_office(
    "pm:Ireland",
    "Taoiseach of Ireland",
    "Ireland",
    "pm",
    """
    -:Taoiseach; en:Irish Taoiseach; it:premier irlandese; it:primo ministro irlandese;
    de:irische Premierminister; de:irische Regierungschef; fr:Premier ministre irlandais;
    es:primer ministro irlandés""",
)
new_office(
    "fm:Ireland",
    "Minister for Foreign Affairs of Ireland",
    "Ireland",
    "fm",
)
new_office(
    "leader:North Korea",
    "Supreme Leader of North Korea",
    "North Korea",
    "custom",
    """
    en:North Korean leader; en:North Korea's leader; it:leader nordcoreano;
    it:leader della Corea del Nord; de:nordkoreanische Machthaber; de:nordkoreanische Staatschef;
    fr:dirigeant nord-coréen; fr:leader nord-coréen; es:líder norcoreano; es:dirigente norcoreano""",
)
new_office(
    "leader:Libya",
    "Leader of the Revolution of Libya",
    "Libya",
    "custom",
    """
    en:Libyan leader; it:leader libico; de:libysche Revolutionsführer; de:libysche Machthaber;
    fr:dirigeant libyen; fr:Guide libyen; es:líder libio""",
)
new_office(
    "leader:Northern Cyprus",
    "Leader of the Turkish Cypriot community",
    "Northern Cyprus",
    "custom",
    """
    en:Turkish Cypriot leader; it:leader turco-cipriota; de:türkisch-zyprische Volksgruppenführer;
    de:Führer der türkischen Zyprer; fr:dirigeant chypriote turc; es:líder turcochipriota""",
)
new_office(
    "hr:Bosnia",
    "High Representative for Bosnia and Herzegovina",
    "Office of the High Representative",
    "custom",
    """
    en:High Representative for Bosnia and Herzegovina; en:international High Representative in Bosnia;
    it:Alto rappresentante per la Bosnia ed Erzegovina; it:Alto rappresentante internazionale in Bosnia;
    de:Hohe Repräsentant für Bosnien und Herzegowina; de:Hohe Repräsentant in Bosnien;
    fr:haut représentant international en Bosnie-Herzégovine; fr:haut représentant pour la Bosnie-Herzégovine;
    es:alto representante para Bosnia y Herzegovina; es:alto representante internacional en Bosnia""",
)
new_office(
    "chair:AU Commission",
    "Chairperson of the African Union Commission",
    "African Union",
    "custom",
    """
    en:AU Commission chairperson; en:AU Commission chairman; en:AU Commission chair;
    en:chairperson of the African Union Commission; en:chairman of the African Union Commission;
    it:presidente della Commissione dell'Unione africana; it:presidente della Commissione dell'Ua;
    de:Vorsitzende der Kommission der Afrikanischen Union; de:Chef der AU-Kommission;
    fr:président de la Commission de l'Union africaine; fr:président de la Commission de l'UA;
    es:presidente de la Comisión de la Unión Africana""",
    """
    en:AU Commission chairperson; en:AU Commission chair; en:chairperson of the African Union Commission;
    it:presidente della Commissione dell'Unione africana; de:Vorsitzende der Kommission der Afrikanischen Union;
    fr:présidente de la Commission de l'Union africaine; es:presidenta de la Comisión de la Unión Africana""",
)
new_office(
    "sg:Arab League",
    "Secretary-General of the Arab League",
    "Arab League",
    "custom",
    """
    en:Arab League Secretary-General; en:Arab League chief; en:head of the Arab League;
    it:segretario generale della Lega araba; de:Generalsekretär der Arabischen Liga;
    fr:secrétaire général de la Ligue arabe; es:secretario general de la Liga Árabe""",
)
new_office(
    "sg:OSCE",
    "Secretary General of the OSCE",
    "Organization for Security and Co-operation in Europe",
    "custom",
    """
    en:OSCE Secretary General; en:OSCE secretary-general; it:segretario generale dell'Osce;
    de:OSZE-Generalsekretär; fr:secrétaire général de l'OSCE; es:secretario general de la OSCE""",
    """
    en:OSCE Secretary General; en:OSCE secretary-general; it:segretaria generale dell'Osce;
    de:OSZE-Generalsekretärin; fr:secrétaire générale de l'OSCE; es:secretaria general de la OSCE""",
)

# --- United States, 1989–2013 ------------------------------------------------------------------
P(
    "George W. Bush",
    "United States",
    "-:s:Bush; -:v:George Walker Bush; en:v:George W Bush",
    [("pres:United States", "2001-01-20", "2009-01-20")],
)
P(
    "George H. W. Bush",
    "United States",
    "-:s:Bush; -:v:George H.W. Bush; -:v:George Herbert Walker Bush",
    [("pres:United States", "1989-01-20", "1993-01-20")],
)
P(
    "Bill Clinton",
    "United States",
    "-:s:Clinton; -:v:William Jefferson Clinton; -:v:William J. Clinton",
    [("pres:United States", "1993-01-20", "2001-01-20")],
)
P(
    "Hillary Clinton",
    "United States",
    "-:s:Clinton; -:v:Hillary Rodham Clinton",
    [("fm:United States", "2009-01-21", "2013-02-01")],
    fem=True,
)
P("Al Gore", "United States", "-:s:Gore", [("vp:United States", "1993-01-20", "2001-01-20")])
P(
    "Dick Cheney",
    "United States",
    "-:s:Cheney; -:v:Richard Cheney",
    [("vp:United States", "2001-01-20", "2009-01-20")],
)
P(
    "James Baker",
    "United States",
    "-:v:James A. Baker; -:v:James Baker III",
    [("fm:United States", "1989-01-25", "1992-08-23")],
)
P(
    "Lawrence Eagleburger",
    "United States",
    "-:s:Eagleburger",
    [("fm:United States", "1992-08-23", "1993-01-20")],
)
P(
    "Warren Christopher",
    "United States",
    "",
    [("fm:United States", "1993-01-20", "1997-01-23")],
)
P(
    "Madeleine Albright",
    "United States",
    "-:s:Albright",
    [("fm:United States", "1997-01-23", "2001-01-20")],
    fem=True,
)
P(
    "Colin Powell",
    "United States",
    "-:v:Colin L. Powell",
    [("fm:United States", "2001-01-20", "2005-01-26")],
)
P(
    "Condoleezza Rice",
    "United States",
    "-:v:Condoleeza Rice; -:v:Condi Rice",
    [
        ("nsa:United States", "2001-01-20", "2005-01-26"),
        ("fm:United States", "2005-01-26", "2009-01-20"),
    ],
    fem=True,
)
P("Richard Holbrooke", "United States", "-:s:Holbrooke; -:v:Richard C. Holbrooke")
P("Dennis Ross", "United States", "")
P("Martin Indyk", "United States", "-:s:Indyk")
P("George Mitchell", "United States", "-:v:George J. Mitchell; -:v:Senator George Mitchell")
P("Anthony Zinni", "United States", "-:s:Zinni")
P("Jimmy Carter", "United States", "-:v:James Earl Carter")
P("Chester Crocker", "United States", "-:s:Crocker")
P("Strobe Talbott", "United States", "-:s:Talbott")
P("Stephen Biegun", "United States", "-:s:Biegun")
P("Cyrus Vance", "United States", "")
P("Princeton Lyman", "United States", "")
P("Donald Booth", "United States", "")

# --- United Kingdom and Ireland, Northern Ireland ---------------------------------------------
P(
    "Margaret Thatcher",
    "United Kingdom",
    "-:s:Thatcher",
    [("pm:United Kingdom", "1979-05-04", "1990-11-28")],
    fem=True,
)
P(
    "Tony Blair",
    "United Kingdom",
    "-:s:Blair; -:v:Anthony Blair",
    [("pm:United Kingdom", "1997-05-02", "2007-06-27")],
)
P("Gordon Brown", "United Kingdom", "", [("pm:United Kingdom", "2007-06-27", "2010-05-11")])
P(
    "Douglas Hurd",
    "United Kingdom",
    "-:s:Hurd",
    [("fm:United Kingdom", "1989-10-26", "1995-07-05")],
)
P(
    "Malcolm Rifkind",
    "United Kingdom",
    "-:s:Rifkind",
    [("fm:United Kingdom", "1995-07-05", "1997-05-02")],
)
P("Robin Cook", "United Kingdom", "", [("fm:United Kingdom", "1997-05-02", "2001-06-08")])
P("Jack Straw", "United Kingdom", "", [("fm:United Kingdom", "2001-06-08", "2006-05-05")])
P(
    "Margaret Beckett",
    "United Kingdom",
    "-:s:Beckett",
    [("fm:United Kingdom", "2006-05-05", "2007-06-28")],
    fem=True,
)
P(
    "David Miliband",
    "United Kingdom",
    "-:s:Miliband",
    [("fm:United Kingdom", "2007-06-28", "2010-05-12")],
)
P("David Owen", "United Kingdom", "-:v:Lord Owen; -:v:Lord David Owen")
P("Mo Mowlam", "United Kingdom", "-:s:Mowlam; -:v:Marjorie Mowlam", fem=True)
P("Peter Mandelson", "United Kingdom", "-:s:Mandelson")
P(
    "Albert Reynolds",
    "Ireland",
    "",
    [("pm:Ireland", "1992-02-11", "1994-12-15")],
)
P("John Bruton", "Ireland", "-:s:Bruton", [("pm:Ireland", "1994-12-15", "1997-06-26")])
P("Bertie Ahern", "Ireland", "", [("pm:Ireland", "1997-06-26", "2008-05-07")])
P("Brian Cowen", "Ireland", "-:s:Cowen", [("pm:Ireland", "2008-05-07", "2011-03-09")])
P("Enda Kenny", "Ireland", "", [("pm:Ireland", "2011-03-09", "2017-06-14")])
P(
    "Leo Varadkar",
    "Ireland",
    "-:s:Varadkar",
    [("pm:Ireland", "2017-06-14", "2020-06-27"), ("pm:Ireland", "2022-12-17", "2024-04-09")],
)
P(
    "Micheál Martin",
    "Ireland",
    "-:v:Micheal Martin",
    [
        ("pm:Ireland", "2020-06-27", "2022-12-17"),
        ("fm:Ireland", "2022-12-17", "2025-01-23"),
        ("pm:Ireland", "2025-01-23", N),
    ],
)
P("Simon Harris", "Ireland", "", [("pm:Ireland", "2024-04-09", "2025-01-23")])
P("Simon Coveney", "Ireland", "-:s:Coveney", [("fm:Ireland", "2017-06-14", "2022-12-17")])
P("Gerry Adams", "Sinn Féin", "")
P("Martin McGuinness", "Sinn Féin", "-:s:McGuinness")
P("Mary Lou McDonald", "Sinn Féin", "-:s:McDonald", fem=True)
P("Michelle O'Neill", "Sinn Féin", "", fem=True)
P("David Trimble", "Ulster Unionist Party", "-:s:Trimble")
P("John Hume", "Social Democratic and Labour Party", "-:s:Hume")
P("Seamus Mallon", "Social Democratic and Labour Party", "-:s:Mallon")
P("Ian Paisley", "Democratic Unionist Party", "-:s:Paisley")
P("Peter Robinson", "Democratic Unionist Party", "")
P("Arlene Foster", "Democratic Unionist Party", "", fem=True)

# --- France, 1981–2016 ------------------------------------------------------------------------
P(
    "François Mitterrand",
    "France",
    "-:s:Mitterrand; -:v:Francois Mitterrand",
    [("pres:France", "1981-05-21", "1995-05-17")],
)
P("Jacques Chirac", "France", "-:s:Chirac", [("pres:France", "1995-05-17", "2007-05-16")])
P(
    "Nicolas Sarkozy",
    "France",
    "-:s:Sarkozy",
    [("pres:France", "2007-05-16", "2012-05-15")],
)
P("Michel Rocard", "France", "-:s:Rocard", [("pm:France", "1988-05-10", "1991-05-15")])
P(
    "Édith Cresson",
    "France",
    "-:s:Cresson; -:v:Edith Cresson",
    [("pm:France", "1991-05-15", "1992-04-02")],
    fem=True,
)
P(
    "Pierre Bérégovoy",
    "France",
    "-:s:Bérégovoy; -:v:Pierre Beregovoy",
    [("pm:France", "1992-04-02", "1993-03-29")],
)
P(
    "Édouard Balladur",
    "France",
    "-:s:Balladur; -:v:Edouard Balladur",
    [("pm:France", "1993-03-29", "1995-05-17")],
)
P(
    "Alain Juppé",
    "France",
    "-:s:Juppé; -:v:Alain Juppe",
    [
        ("fm:France", "1993-03-30", "1995-05-18"),
        ("pm:France", "1995-05-17", "1997-06-02"),
        ("fm:France", "2011-02-27", "2012-05-16"),
    ],
)
P("Lionel Jospin", "France", "-:s:Jospin", [("pm:France", "1997-06-02", "2002-05-06")])
P(
    "Jean-Pierre Raffarin",
    "France",
    "-:s:Raffarin",
    [("pm:France", "2002-05-06", "2005-05-31")],
)
P(
    "Dominique de Villepin",
    "France",
    "-:s:de Villepin; -:s:Villepin",
    [("fm:France", "2002-05-07", "2004-03-31"), ("pm:France", "2005-05-31", "2007-05-17")],
)
P(
    "François Fillon",
    "France",
    "-:s:Fillon; -:v:Francois Fillon",
    [("pm:France", "2007-05-17", "2012-05-15")],
)
P("Roland Dumas", "France", "", [("fm:France", "1988-05-12", "1993-03-30")])
P(
    "Hubert Védrine",
    "France",
    "-:s:Védrine; -:v:Hubert Vedrine",
    [("fm:France", "1997-06-04", "2002-05-07")],
)
P(
    "Philippe Douste-Blazy",
    "France",
    "-:s:Douste-Blazy",
    [("fm:France", "2005-06-02", "2007-05-18")],
)
P(
    "Bernard Kouchner",
    "France",
    "-:s:Kouchner",
    [("fm:France", "2007-05-18", "2010-11-14")],
)

# --- Germany, 1982–2013 -----------------------------------------------------------------------
P(
    "Gerhard Schröder",
    "Germany",
    "-:s:Schröder; -:v:Gerhard Schroeder; -:s:Schroeder",
    [("chancellor:Germany", "1998-10-27", "2005-11-22")],
)
P(
    "Hans-Dietrich Genscher",
    "Germany",
    "-:s:Genscher",
    [("fm:Germany", "1974-05-17", "1992-05-18")],
)
P("Klaus Kinkel", "Germany", "-:s:Kinkel", [("fm:Germany", "1992-05-18", "1998-10-27")])
P(
    "Guido Westerwelle",
    "Germany",
    "-:s:Westerwelle",
    [("fm:Germany", "2009-10-28", "2013-12-17")],
)

# --- Italy, 1989–2014 ---------------------------------------------------------------------------
P("Giulio Andreotti", "Italy", "-:s:Andreotti", [("pm:Italy", "1989-07-23", "1992-06-28")])
P(
    "Giuliano Amato",
    "Italy",
    "",
    [("pm:Italy", "1992-06-28", "1993-04-29"), ("pm:Italy", "2000-04-26", "2001-06-11")],
)
P(
    "Carlo Azeglio Ciampi",
    "Italy",
    "-:s:Ciampi",
    [("pm:Italy", "1993-04-29", "1994-05-11"), ("pres:Italy", "1999-05-18", "2006-05-15")],
)
P(
    "Silvio Berlusconi",
    "Italy",
    "-:s:Berlusconi",
    [
        ("pm:Italy", "1994-05-11", "1995-01-17"),
        ("pm:Italy", "2001-06-11", "2006-05-17"),
        ("pm:Italy", "2008-05-08", "2011-11-16"),
    ],
)
P(
    "Lamberto Dini",
    "Italy",
    "-:s:Dini",
    [("pm:Italy", "1995-01-17", "1996-05-18"), ("fm:Italy", "1996-05-18", "2001-06-11")],
)
P(
    "Romano Prodi",
    "Italy",
    "-:s:Prodi",
    [
        ("pm:Italy", "1996-05-18", "1998-10-21"),
        ("pres:European Commission", "1999-09-16", "2004-11-22"),
        ("pm:Italy", "2006-05-17", "2008-05-08"),
    ],
)
P(
    "Massimo D'Alema",
    "Italy",
    "-:s:D'Alema; -:v:Massimo D’Alema",
    [("pm:Italy", "1998-10-21", "2000-04-26"), ("fm:Italy", "2006-05-17", "2008-05-08")],
)
P("Mario Monti", "Italy", "", [("pm:Italy", "2011-11-16", "2013-04-28")])
P("Enrico Letta", "Italy", "", [("pm:Italy", "2013-04-28", "2014-02-22")])
P(
    "Gianni De Michelis",
    "Italy",
    "-:s:De Michelis",
    [("fm:Italy", "1989-07-22", "1992-06-28")],
)
P("Susanna Agnelli", "Italy", "", [("fm:Italy", "1995-01-17", "1996-05-18")], fem=True)
P("Renato Ruggiero", "Italy", "", [("fm:Italy", "2001-06-11", "2002-01-14")])
P(
    "Franco Frattini",
    "Italy",
    "-:s:Frattini",
    [("fm:Italy", "2002-11-14", "2004-11-18"), ("fm:Italy", "2008-05-08", "2011-11-16")],
)
P("Emma Bonino", "Italy", "-:s:Bonino", [("fm:Italy", "2013-04-28", "2014-02-22")], fem=True)
P(
    "Oscar Luigi Scalfaro",
    "Italy",
    "-:s:Scalfaro",
    [("pres:Italy", "1992-05-28", "1999-05-15")],
)
P(
    "Giorgio Napolitano",
    "Italy",
    "-:s:Napolitano",
    [("pres:Italy", "2006-05-15", "2015-01-14")],
)
P("Andrea Riccardi", "Community of Sant'Egidio", "-:s:Riccardi")
P("Mario Raffaelli", "Italy", "-:s:Raffaelli")

# --- Spain ----------------------------------------------------------------------------------
P(
    "Felipe González",
    "Spain",
    "-:v:Felipe Gonzalez",
    [("pm:Spain", "1982-12-02", "1996-05-05")],
)
P(
    "José María Aznar",
    "Spain",
    "-:s:Aznar; -:v:Jose Maria Aznar",
    [("pm:Spain", "1996-05-05", "2004-04-17")],
)
P(
    "José Luis Rodríguez Zapatero",
    "Spain",
    "-:s:Zapatero; -:s:Rodríguez Zapatero; -:v:Jose Luis Rodriguez Zapatero",
    [("pm:Spain", "2004-04-17", "2011-12-21")],
)
P(
    "Javier Solana",
    "Spain",
    "-:s:Solana",
    [
        ("fm:Spain", "1992-06-22", "1995-12-18"),
        ("sg:NATO", "1995-12-05", "1999-10-06"),
        ("hrvp:European Union", "1999-10-18", "2009-12-01"),
    ],
)
P(
    "Carlos Westendorp",
    "Spain",
    "-:s:Westendorp",
    [("fm:Spain", "1995-12-18", "1996-05-05"), ("hr:Bosnia", "1997-06-18", "1999-08-18")],
)
P("Abel Matutes", "Spain", "-:s:Matutes", [("fm:Spain", "1996-05-05", "2000-04-28")])
P("Josep Piqué", "Spain", "-:s:Piqué; -:v:Josep Pique", [("fm:Spain", "2000-04-28", "2002-07-10")])
P(
    "Miguel Ángel Moratinos",
    "Spain",
    "-:s:Moratinos; -:v:Miguel Angel Moratinos",
    [("fm:Spain", "2004-04-18", "2010-10-21")],
)
P(
    "José Manuel García-Margallo",
    "Spain",
    "-:s:García-Margallo; -:s:Margallo; -:v:Jose Manuel Garcia-Margallo",
    [("fm:Spain", "2011-12-22", "2016-11-04")],
)
P("Alfonso Dastis", "Spain", "-:s:Dastis", [("fm:Spain", "2016-11-04", "2018-06-07")])
P(
    "Arancha González Laya",
    "Spain",
    "-:s:González Laya; -:v:Arancha Gonzalez Laya",
    [("fm:Spain", "2020-01-13", "2021-07-12")],
    fem=True,
)

# --- Norway, Switzerland, Finland, Sweden ------------------------------------------------------
P(
    "Gro Harlem Brundtland",
    "Norway",
    "-:s:Brundtland",
    [("pm:Norway", "1990-11-03", "1996-10-25")],
    fem=True,
)
P(
    "Thorbjørn Jagland",
    "Norway",
    "-:s:Jagland; -:v:Thorbjorn Jagland",
    [("pm:Norway", "1996-10-25", "1997-10-17"), ("fm:Norway", "2000-03-17", "2001-10-19")],
)
P(
    "Kjell Magne Bondevik",
    "Norway",
    "-:s:Bondevik",
    [("pm:Norway", "1997-10-17", "2000-03-17"), ("pm:Norway", "2001-10-19", "2005-10-17")],
)
P(
    "Thorvald Stoltenberg",
    "Norway",
    "",
    [("fm:Norway", "1990-11-03", "1993-04-02")],
)
P(
    "Johan Jørgen Holst",
    "Norway",
    "-:v:Johan Jorgen Holst",
    [("fm:Norway", "1993-04-02", "1994-01-13")],
)
P(
    "Bjørn Tore Godal",
    "Norway",
    "-:s:Godal; -:v:Bjorn Tore Godal",
    [("fm:Norway", "1994-01-24", "1997-10-17")],
)
P(
    "Knut Vollebæk",
    "Norway",
    "-:s:Vollebæk; -:s:Vollebaek; -:v:Knut Vollebaek",
    [("fm:Norway", "1997-10-17", "2000-03-17")],
)
P("Jan Petersen", "Norway", "", [("fm:Norway", "2001-10-19", "2005-10-17")])
P("Erik Solheim", "Norway", "-:s:Solheim")
P("Terje Rød-Larsen", "Norway", "-:s:Rød-Larsen; -:v:Terje Rod-Larsen; -:v:Terje Roed-Larsen")
P("Jan Egeland", "Norway", "-:s:Egeland")
P("Dag Nylander", "Norway", "-:s:Nylander; -:v:Dag Halvor Nylander")
P(
    "Micheline Calmy-Rey",
    "Switzerland",
    "-:s:Calmy-Rey",
    [("fm:Switzerland", "2003-01-01", "2012-01-01")],
    fem=True,
)
P("Heidi Tagliavini", "Switzerland", "-:s:Tagliavini", fem=True)
P(
    "Martti Ahtisaari",
    "Finland",
    "-:s:Ahtisaari",
    [("pres:Finland", "1994-03-01", "2000-03-01")],
)
P(
    "Tarja Halonen",
    "Finland",
    "-:s:Halonen",
    [("pres:Finland", "2000-03-01", "2012-03-01")],
    fem=True,
)
P(
    "Sauli Niinistö",
    "Finland",
    "-:s:Niinistö; -:v:Sauli Niinisto",
    [("pres:Finland", "2012-03-01", "2024-03-01")],
)
P(
    "Alexander Stubb",
    "Finland",
    "-:s:Stubb",
    [("fm:Finland", "2008-04-04", "2011-06-22"), ("pres:Finland", "2024-03-01", N)],
)
P(
    "Erkki Tuomioja",
    "Finland",
    "-:s:Tuomioja",
    [("fm:Finland", "2000-02-25", "2007-04-19"), ("fm:Finland", "2011-06-22", "2015-05-29")],
)
P("Ilkka Kanerva", "Finland", "-:s:Kanerva", [("fm:Finland", "2007-04-19", "2008-04-04")])
P("Timo Soini", "Finland", "-:s:Soini", [("fm:Finland", "2015-05-29", "2019-06-06")])
P("Pekka Haavisto", "Finland", "-:s:Haavisto", [("fm:Finland", "2019-06-06", "2023-06-20")])
P("Elina Valtonen", "Finland", "-:s:Valtonen", [("fm:Finland", "2023-06-20", N)], fem=True)
P("Carl Bildt", "Sweden", "-:s:Bildt", [("hr:Bosnia", "1995-12-14", "1997-06-18")])
P("Jan Eliasson", "Sweden", "-:s:Eliasson")
P("Jan Pronk", "Netherlands", "-:s:Pronk")
P("Toivo Klaar", "European Union", "-:s:Klaar")

# --- Greece, Cyprus ---------------------------------------------------------------------------
P(
    "Konstantinos Mitsotakis",
    "Greece",
    "-:v:Constantine Mitsotakis",
    [("pm:Greece", "1990-04-11", "1993-10-13")],
)
P(
    "Andreas Papandreou",
    "Greece",
    "",
    [("pm:Greece", "1993-10-13", "1996-01-22")],
)
P(
    "Costas Simitis",
    "Greece",
    "-:s:Simitis; -:v:Kostas Simitis",
    [("pm:Greece", "1996-01-22", "2004-03-10")],
)
P(
    "Kostas Karamanlis",
    "Greece",
    "-:s:Karamanlis; -:v:Costas Karamanlis",
    [("pm:Greece", "2004-03-10", "2009-10-06")],
)
P(
    "George Papandreou",
    "Greece",
    "-:s:Papandreou; -:v:Giorgos Papandreou; fr:v:Georges Papandréou; de:v:Giorgos Papandreou",
    [("fm:Greece", "1999-02-18", "2004-02-13"), ("pm:Greece", "2009-10-06", "2011-11-11")],
)
P("Lucas Papademos", "Greece", "-:s:Papademos", [("pm:Greece", "2011-11-11", "2012-05-16")])
P("Antonis Samaras", "Greece", "-:s:Samaras", [("pm:Greece", "2012-06-20", "2015-01-26")])
P(
    "Alexis Tsipras",
    "Greece",
    "-:s:Tsipras",
    [("pm:Greece", "2015-01-26", "2015-08-27"), ("pm:Greece", "2015-09-21", "2019-07-08")],
)
P("Nikos Kotzias", "Greece", "-:s:Kotzias", [("fm:Greece", "2015-01-27", "2018-10-17")])
P(
    "Kyriakos Mitsotakis",
    "Greece",
    "-:s:Mitsotakis",
    [("pm:Greece", "2019-07-08", "2023-05-25"), ("pm:Greece", "2023-06-26", N)],
)
P(
    "George Vasiliou",
    "Cyprus",
    "-:v:Georgios Vassiliou",
    [("pres:Cyprus", "1988-02-28", "1993-02-28")],
)
P(
    "Glafcos Clerides",
    "Cyprus",
    "-:s:Clerides; -:v:Glafkos Klerides; -:s:Klerides",
    [("pres:Cyprus", "1993-02-28", "2003-02-28")],
)
P(
    "Tassos Papadopoulos",
    "Cyprus",
    "-:v:Tasos Papadopoulos",
    [("pres:Cyprus", "2003-02-28", "2008-02-28")],
)
P(
    "Demetris Christofias",
    "Cyprus",
    "-:s:Christofias; -:v:Dimitris Christofias",
    [("pres:Cyprus", "2008-02-28", "2013-02-28")],
)
P(
    "Nicos Anastasiades",
    "Cyprus",
    "-:s:Anastasiades; -:v:Nikos Anastasiadis; -:s:Anastasiadis",
    [("pres:Cyprus", "2013-02-28", "2023-02-28")],
)
P(
    "Nikos Christodoulides",
    "Cyprus",
    "-:s:Christodoulides; -:v:Nicos Christodoulides",
    [("pres:Cyprus", "2023-02-28", N)],
)
P(
    "Rauf Denktaş",
    "Northern Cyprus",
    "-:s:Denktaş; -:s:Denktash; -:v:Rauf Denktash; -:v:Rauf Denktas",
    [("leader:Northern Cyprus", "1983-11-15", "2005-04-24")],
)
P(
    "Mehmet Ali Talat",
    "Northern Cyprus",
    "-:s:Talat",
    [("leader:Northern Cyprus", "2005-04-24", "2010-04-23")],
)
P(
    "Derviş Eroğlu",
    "Northern Cyprus",
    "-:s:Eroğlu; -:s:Eroglu; -:v:Dervis Eroglu",
    [("leader:Northern Cyprus", "2010-04-23", "2015-04-30")],
)
P(
    "Mustafa Akıncı",
    "Northern Cyprus",
    "-:s:Akıncı; -:s:Akinci; -:v:Mustafa Akinci",
    [("leader:Northern Cyprus", "2015-04-30", "2020-10-23")],
)
P(
    "Tufan Erhürman",
    "Northern Cyprus",
    "-:s:Erhürman; -:v:Tufan Erhurman",
    [("leader:Northern Cyprus", "2025-10-24", N)],
)
P("Alexander Downer", "United Nations", "-:s:Downer")
P(
    "María Ángela Holguín",
    "Colombia",
    "-:s:Holguín; -:v:Maria Angela Holguin",
    [("fm:Colombia", "2010-08-07", "2018-08-07")],
    fem=True,
)

# --- Soviet Union, Russia, 1990–2012 ------------------------------------------------------------
P(
    "Mikhail Gorbachev",
    None,
    """-:s:Gorbachev; de:v:Michail Gorbatschow; de:s:Gorbatschow; fr:v:Mikhaïl Gorbatchev;
  fr:s:Gorbatchev; it:v:Michail Gorbačëv; it:s:Gorbaciov; it:v:Michail Gorbaciov; es:v:Mijaíl Gorbachov;
  es:s:Gorbachov; ru:v:Михаил Горбачёв""",
)
P(
    "Boris Yeltsin",
    "Russia",
    """-:s:Yeltsin; de:v:Boris Jelzin; de:s:Jelzin; fr:v:Boris Eltsine; fr:s:Eltsine;
  it:v:Boris Eltsin; it:s:Eltsin; es:v:Borís Yeltsin; ru:v:Борис Ельцин""",
    [("pres:Russia", "1991-07-10", "1999-12-31")],
)
P(
    "Viktor Chernomyrdin",
    "Russia",
    """-:s:Chernomyrdin; de:v:Wiktor Tschernomyrdin; de:s:Tschernomyrdin;
  fr:v:Viktor Tchernomyrdine; fr:s:Tchernomyrdine; it:v:Viktor Černomyrdin; it:s:Cernomyrdin""",
    [("pm:Russia", "1992-12-14", "1998-03-23")],
)
P(
    "Sergei Kiriyenko",
    "Russia",
    "-:s:Kiriyenko; de:v:Sergej Kirijenko; de:s:Kirijenko; fr:v:Sergueï Kirienko; fr:s:Kirienko",
    [("pm:Russia", "1998-04-24", "1998-08-23")],
)
P(
    "Yevgeny Primakov",
    "Russia",
    """-:s:Primakov; de:v:Jewgeni Primakow; de:s:Primakow; fr:v:Evgueni Primakov;
  it:v:Evgenij Primakov; es:v:Yevgueni Primakov""",
    [("fm:Russia", "1996-01-09", "1998-09-11"), ("pm:Russia", "1998-09-11", "1999-05-12")],
)
P(
    "Sergei Stepashin",
    "Russia",
    "-:s:Stepashin; de:v:Sergej Stepaschin; de:s:Stepaschin; fr:v:Sergueï Stepachine",
    [("pm:Russia", "1999-05-12", "1999-08-09")],
)
P(
    "Mikhail Kasyanov",
    "Russia",
    "-:s:Kasyanov; de:v:Michail Kasjanow; de:s:Kasjanow; fr:v:Mikhaïl Kassianov",
    [("pm:Russia", "2000-05-17", "2004-02-24")],
)
P(
    "Mikhail Fradkov",
    "Russia",
    "-:s:Fradkov; de:v:Michail Fradkow; de:s:Fradkow",
    [("pm:Russia", "2004-03-05", "2007-09-12")],
)
P(
    "Viktor Zubkov",
    "Russia",
    "-:s:Zubkov; de:v:Wiktor Subkow; de:s:Subkow; fr:v:Viktor Zoubkov",
    [("pm:Russia", "2007-09-14", "2008-05-07")],
)
P(
    "Andrei Kozyrev",
    "Russia",
    """-:s:Kozyrev; de:v:Andrej Kosyrew; de:s:Kosyrew; fr:v:Andreï Kozyrev;
  es:v:Andréi Kózyrev""",
    [("fm:Russia", "1990-10-11", "1996-01-05")],
)
P(
    "Igor Ivanov",
    "Russia",
    "de:v:Igor Iwanow; fr:v:Igor Ivanov",
    [("fm:Russia", "1998-09-11", "2004-03-09")],
)
P(
    "Pavel Grachev",
    "Russia",
    "-:s:Grachev; de:v:Pawel Gratschow; de:s:Gratschow; fr:v:Pavel Gratchev; fr:s:Gratchev",
    [("dm:Russia", "1992-05-18", "1996-06-18")],
)
P(
    "Sergei Ivanov",
    "Russia",
    "de:v:Sergej Iwanow; fr:v:Sergueï Ivanov",
    [("dm:Russia", "2001-03-28", "2007-02-15")],
)
P(
    "Anatoly Serdyukov",
    "Russia",
    "-:s:Serdyukov; de:v:Anatoli Serdjukow; de:s:Serdjukow",
    [("dm:Russia", "2007-02-15", "2012-11-06")],
)
P(
    "Alexander Lebed",
    "Russia",
    "-:s:Lebed; fr:v:Alexandre Lebed",
)
P(
    "Aslan Maskhadov",
    None,
    "-:s:Maskhadov; de:v:Aslan Maschadow; de:s:Maschadow; fr:v:Aslan Maskhadov",
)
P(
    "Dzhokhar Dudayev",
    None,
    "-:s:Dudayev; de:v:Dschochar Dudajew; de:s:Dudajew; fr:v:Djokhar Doudaïev; fr:s:Doudaïev",
)
P("Akhmad Kadyrov", "Russia", "de:v:Achmat Kadyrow; -:v:Akhmat Kadyrov")
P("Vladislav Surkov", "Russia", "-:s:Surkov; de:v:Wladislaw Surkow; de:s:Surkow")
P("Boris Gryzlov", "Russia", "-:s:Gryzlov; de:v:Boris Gryslow; de:s:Gryslow")

# --- Ukraine, Belarus, Moldova, Transnistria -----------------------------------------------------
P(
    "Leonid Kravchuk",
    "Ukraine",
    """-:s:Kravchuk; de:v:Leonid Krawtschuk; de:s:Krawtschuk; fr:v:Leonid Kravtchouk;
  fr:s:Kravtchouk; uk:v:Леонід Кравчук""",
    [("pres:Ukraine", "1991-12-05", "1994-07-19")],
)
P(
    "Viktor Yushchenko",
    "Ukraine",
    """-:s:Yushchenko; de:v:Wiktor Juschtschenko; de:s:Juschtschenko;
  fr:v:Viktor Iouchtchenko; fr:s:Iouchtchenko; it:v:Viktor Juščenko; it:s:Juščenko; es:v:Víktor Yúshchenko""",
    [("pres:Ukraine", "2005-01-23", "2010-02-25")],
)
P(
    "Viktor Yanukovych",
    "Ukraine",
    """-:s:Yanukovych; -:s:Yanukovich; de:v:Wiktor Janukowitsch; de:s:Janukowitsch;
  fr:v:Viktor Ianoukovitch; fr:s:Ianoukovitch; it:v:Viktor Janukovyč; it:s:Janukovyč;
  es:v:Víktor Yanukóvich; es:s:Yanukóvich""",
    [("pm:Ukraine", "2006-08-04", "2007-12-18"), ("pres:Ukraine", "2010-02-25", "2014-02-22")],
)
P(
    "Oleksandr Turchynov",
    "Ukraine",
    "-:s:Turchynov; de:v:Olexandr Turtschynow; de:s:Turtschynow; fr:v:Oleksandr Tourtchynov",
    [("pres:Ukraine", "2014-02-23", "2014-06-07")],
)
P(
    "Yulia Tymoshenko",
    "Ukraine",
    """-:s:Tymoshenko; de:v:Julija Tymoschenko; de:s:Tymoschenko; -:v:Julia Timoshenko;
  fr:v:Ioulia Tymochenko; fr:s:Tymochenko; es:v:Yulia Timoshenko; es:s:Timoshenko""",
    [("pm:Ukraine", "2005-01-24", "2005-09-08"), ("pm:Ukraine", "2007-12-18", "2010-03-04")],
    fem=True,
)
P(
    "Mykola Azarov",
    "Ukraine",
    "-:s:Azarov; de:v:Mykola Asarow; de:s:Asarow",
    [("pm:Ukraine", "2010-03-11", "2014-01-28")],
)
P(
    "Kostyantyn Gryshchenko",
    "Ukraine",
    "-:s:Gryshchenko; de:v:Kostjantyn Hryschtschenko; de:s:Hryschtschenko",
    [("fm:Ukraine", "2010-03-11", "2012-12-24")],
)
P(
    "Leonid Kozhara",
    "Ukraine",
    "-:s:Kozhara; de:v:Leonid Koschara; de:s:Koschara",
    [("fm:Ukraine", "2012-12-24", "2014-02-23")],
)
P(
    "Andrii Deshchytsia",
    "Ukraine",
    "-:s:Deshchytsia; de:v:Andrij Deschtschyzja; de:s:Deschtschyzja; fr:v:Andriï Dechtchytsia",
    [("fm:Ukraine", "2014-02-27", "2014-06-19")],
)
P(
    "Vladimir Makei",
    "Belarus",
    "-:s:Makei; de:v:Wladimir Makej; de:s:Makej; -:v:Uladzimir Makei",
    [("fm:Belarus", "2012-08-20", "2022-11-26")],
)
P("Mircea Snegur", "Moldova", "-:s:Snegur", [("pres:Moldova", "1990-09-03", "1997-01-15")])
P("Petru Lucinschi", "Moldova", "-:s:Lucinschi", [("pres:Moldova", "1997-01-15", "2001-04-07")])
P(
    "Vladimir Voronin",
    "Moldova",
    "-:s:Voronin; de:v:Wladimir Woronin; de:s:Woronin",
    [("pres:Moldova", "2001-04-07", "2009-09-11")],
)
P("Nicolae Timofti", "Moldova", "-:s:Timofti", [("pres:Moldova", "2012-03-23", "2016-12-23")])
P("Igor Dodon", "Moldova", "-:s:Dodon", [("pres:Moldova", "2016-12-23", "2020-12-24")])
P("Maia Sandu", "Moldova", "-:s:Sandu", [("pres:Moldova", "2020-12-24", N)], fem=True)
P(
    "Igor Smirnov",
    "Transnistria",
    "de:v:Igor Smirnow",
)
P(
    "Yevgeny Shevchuk",
    "Transnistria",
    "-:s:Shevchuk; de:v:Jewgeni Schewtschuk; de:s:Schewtschuk; fr:v:Evgueni Chevtchouk",
)
P(
    "Vadim Krasnoselsky",
    "Transnistria",
    "-:s:Krasnoselsky; de:v:Wadim Krasnoselski; de:s:Krasnoselski",
)

# --- Georgia, Abkhazia, South Ossetia -----------------------------------------------------------
P(
    "Eduard Shevardnadze",
    "Georgia",
    """-:s:Shevardnadze; de:v:Eduard Schewardnadse; de:s:Schewardnadse;
  fr:v:Edouard Chevardnadze; fr:s:Chevardnadze; it:v:Eduard Ševardnadze; es:v:Eduard Shevardnadze""",
    [("pres:Georgia", "1995-11-26", "2003-11-23")],
)
P(
    "Zviad Gamsakhurdia",
    "Georgia",
    "-:s:Gamsakhurdia; de:v:Swiad Gamsachurdia; de:s:Gamsachurdia",
    [("pres:Georgia", "1991-05-26", "1992-01-06")],
)
P(
    "Mikheil Saakashvili",
    "Georgia",
    """-:s:Saakashvili; de:v:Michail Saakaschwili; de:s:Saakaschwili;
  fr:v:Mikheïl Saakachvili; fr:s:Saakachvili; es:v:Mijaíl Saakashvili""",
    [("pres:Georgia", "2004-01-25", "2007-11-25"), ("pres:Georgia", "2008-01-20", "2013-11-17")],
)
P(
    "Nino Burjanadze",
    "Georgia",
    "-:s:Burjanadze; de:v:Nino Burdschanadse; de:s:Burdschanadse",
    [("pres:Georgia", "2007-11-25", "2008-01-20")],
    fem=True,
)
P(
    "Giorgi Margvelashvili",
    "Georgia",
    "-:s:Margvelashvili; de:v:Giorgi Margwelaschwili; de:s:Margwelaschwili",
    [("pres:Georgia", "2013-11-17", "2018-12-16")],
)
P(
    "Salome Zourabichvili",
    "Georgia",
    """-:s:Zourabichvili; en:v:Salome Zurabishvili; -:s:Zurabishvili;
  fr:v:Salomé Zourabichvili; de:v:Salome Surabischwili; de:s:Surabischwili""",
    [("pres:Georgia", "2018-12-16", "2024-12-29")],
    fem=True,
)
P(
    "Mikheil Kavelashvili",
    "Georgia",
    "-:s:Kavelashvili; de:v:Micheil Kawelaschwili; de:s:Kawelaschwili",
    [("pres:Georgia", "2024-12-29", N)],
)
P(
    "Bidzina Ivanishvili",
    "Georgia",
    "-:s:Ivanishvili; de:v:Bidsina Iwanischwili; de:s:Iwanischwili; fr:v:Bidzina Ivanichvili",
    [("pm:Georgia", "2012-10-25", "2013-11-20")],
)
P(
    "Irakli Garibashvili",
    "Georgia",
    "-:s:Garibashvili; de:v:Irakli Gharibaschwili; de:s:Gharibaschwili",
    [("pm:Georgia", "2013-11-20", "2015-12-30"), ("pm:Georgia", "2021-02-22", "2024-02-08")],
)
P(
    "Irakli Kobakhidze",
    "Georgia",
    "-:s:Kobakhidze; de:v:Irakli Kobachidse; de:s:Kobachidse",
    [("pm:Georgia", "2024-02-08", N)],
)
P("Vladislav Ardzinba", "Abkhazia", "-:s:Ardzinba; de:v:Wladislaw Ardsinba")
P("Sergei Bagapsh", "Abkhazia", "-:s:Bagapsh; de:v:Sergei Bagapsch; de:s:Bagapsch")
P("Raul Khajimba", "Abkhazia", "-:s:Khajimba; de:v:Raul Chadschimba; de:s:Chadschimba")
P("Eduard Kokoity", "South Ossetia", "-:s:Kokoity; de:v:Eduard Kokoiti; de:s:Kokoiti")

# --- Armenia, Azerbaijan, Nagorno-Karabakh -------------------------------------------------------
P(
    "Levon Ter-Petrosyan",
    "Armenia",
    "-:s:Ter-Petrosyan; de:v:Lewon Ter-Petrosjan; de:s:Ter-Petrosjan; fr:v:Levon Ter-Petrossian",
    [("pres:Armenia", "1991-11-11", "1998-02-03")],
)
P(
    "Robert Kocharyan",
    "Armenia",
    "-:s:Kocharyan; de:v:Robert Kotscharjan; de:s:Kotscharjan; fr:v:Robert Kotcharian; fr:s:Kotcharian",
    [("pres:Armenia", "1998-02-04", "2008-04-09")],
)
P(
    "Serzh Sargsyan",
    "Armenia",
    """-:s:Sargsyan; de:v:Sersch Sargsjan; de:s:Sargsjan; fr:v:Serge Sarkissian;
  fr:s:Sarkissian; -:v:Serzh Sarkisian""",
    [
        ("pm:Armenia", "2007-04-04", "2008-04-09"),
        ("pres:Armenia", "2008-04-09", "2018-04-09"),
        ("pm:Armenia", "2018-04-17", "2018-04-23"),
    ],
)
P(
    "Armen Sarkissian",
    "Armenia",
    "de:v:Armen Sarkissjan; -:v:Armen Sargsyan",
    [("pres:Armenia", "2018-04-09", "2022-02-01")],
)
P(
    "Vahagn Khachaturyan",
    "Armenia",
    "-:s:Khachaturyan; de:v:Wahagn Chatschaturjan",
    [("pres:Armenia", "2022-03-13", N)],
)
P("Vartan Oskanian", "Armenia", "-:s:Oskanian", [("fm:Armenia", "1998-04-10", "2008-04-09")])
P(
    "Edward Nalbandian",
    "Armenia",
    "-:s:Nalbandian; -:v:Eduard Nalbandyan; de:v:Eduard Nalbandjan; de:s:Nalbandjan",
    [("fm:Armenia", "2008-04-09", "2018-05-12")],
)
P(
    "Zohrab Mnatsakanyan",
    "Armenia",
    "-:s:Mnatsakanyan; de:v:Sohrab Mnazakanjan; de:s:Mnazakanjan",
    [("fm:Armenia", "2018-05-12", "2020-11-16")],
)
P(
    "Heydar Aliyev",
    "Azerbaijan",
    "de:v:Heydar Alijew; fr:v:Heydar Aliev; -:v:Geidar Aliyev",
    [("pres:Azerbaijan", "1993-10-10", "2003-10-31")],
)
P(
    "Elmar Mammadyarov",
    "Azerbaijan",
    "-:s:Mammadyarov; de:v:Elmar Mammadjarow; de:s:Mammadjarow; fr:v:Elmar Mammadiarov",
    [("fm:Azerbaijan", "2004-04-02", "2020-07-16")],
)
P("Hikmet Hajiyev", "Azerbaijan", "-:s:Hajiyev; de:v:Hikmet Hadschijew")
P("Bako Sahakyan", "Nagorno-Karabakh", "-:s:Sahakyan")
P("Arayik Harutyunyan", "Nagorno-Karabakh", "-:s:Harutyunyan")
P("Ruben Vardanyan", "Nagorno-Karabakh", "-:s:Vardanyan")
P("Samvel Shahramanyan", "Nagorno-Karabakh", "-:s:Shahramanyan")

# --- Former Yugoslavia ---------------------------------------------------------------------------
P(
    "Slobodan Milošević",
    "Serbia",
    """-:s:Milošević; -:s:Milosevic; -:v:Slobodan Milosevic; de:v:Slobodan Milošević;
  de:s:Milosevic; fr:v:Slobodan Milosevic""",
    [("pres:Serbia", "1989-05-08", "1997-07-23"), ("pres:Yugoslavia", "1997-07-23", "2000-10-07")],
)
P(
    "Dobrica Ćosić",
    "Yugoslavia",
    "-:s:Ćosić; -:v:Dobrica Cosic",
    [("pres:Yugoslavia", "1992-06-15", "1993-06-01")],
)
P(
    "Zoran Lilić",
    "Yugoslavia",
    "-:s:Lilić; -:v:Zoran Lilic",
    [("pres:Yugoslavia", "1993-06-25", "1997-06-25")],
)
P(
    "Vojislav Koštunica",
    "Serbia",
    "-:s:Koštunica; -:s:Kostunica; -:v:Vojislav Kostunica",
    [("pres:Yugoslavia", "2000-10-07", "2003-03-07"), ("pm:Serbia", "2004-03-03", "2008-07-07")],
)
P(
    "Zoran Đinđić",
    "Serbia",
    "-:s:Đinđić; -:s:Djindjic; -:v:Zoran Djindjic; -:v:Zoran Dindic; de:v:Zoran Đinđić",
    [("pm:Serbia", "2001-01-25", "2003-03-12")],
)
P(
    "Milan Milutinović",
    "Serbia",
    "-:s:Milutinović; -:s:Milutinovic; -:v:Milan Milutinovic",
    [("pres:Serbia", "1997-12-29", "2002-12-29")],
)
P(
    "Boris Tadić",
    "Serbia",
    "-:s:Tadić; -:s:Tadic; -:v:Boris Tadic",
    [("pres:Serbia", "2004-07-11", "2012-04-05")],
)
P(
    "Tomislav Nikolić",
    "Serbia",
    "-:s:Nikolić; -:s:Nikolic; -:v:Tomislav Nikolic",
    [("pres:Serbia", "2012-05-31", "2017-05-31")],
)
P(
    "Ana Brnabić",
    "Serbia",
    "-:s:Brnabić; -:s:Brnabic; -:v:Ana Brnabic",
    [("pm:Serbia", "2017-06-29", "2024-05-02")],
    fem=True,
)
P(
    "Ivica Dačić",
    "Serbia",
    "-:s:Dačić; -:s:Dacic; -:v:Ivica Dacic",
    [("pm:Serbia", "2012-07-27", "2014-04-27")],
)
P(
    "Franjo Tuđman",
    "Croatia",
    "-:s:Tuđman; -:s:Tudjman; -:v:Franjo Tudjman; -:v:Franjo Tudman; -:s:Tudman",
    [("pres:Croatia", "1990-05-30", "1999-12-10")],
)
P(
    "Stjepan Mesić",
    "Croatia",
    "-:s:Mesić; -:s:Mesic; -:v:Stjepan Mesic",
    [("pres:Croatia", "2000-02-18", "2010-02-18")],
)
P(
    "Ivo Josipović",
    "Croatia",
    "-:s:Josipović; -:v:Ivo Josipovic",
    [("pres:Croatia", "2010-02-18", "2015-02-19")],
)
P(
    "Kolinda Grabar-Kitarović",
    "Croatia",
    "-:s:Grabar-Kitarović; -:v:Kolinda Grabar-Kitarovic; -:s:Grabar-Kitarovic",
    [("pres:Croatia", "2015-02-19", "2020-02-19")],
    fem=True,
)
P(
    "Zoran Milanović",
    "Croatia",
    "-:s:Milanović; -:v:Zoran Milanovic",
    [("pres:Croatia", "2020-02-19", N)],
)
P(
    "Alija Izetbegović",
    "Bosnia and Herzegovina",
    "-:s:Izetbegović; -:s:Izetbegovic; -:v:Alija Izetbegovic",
)
P("Haris Silajdžić", "Bosnia and Herzegovina", "-:s:Silajdžić; -:s:Silajdzic; -:v:Haris Silajdzic")
P(
    "Radovan Karadžić",
    "Republika Srpska",
    "-:s:Karadžić; -:s:Karadzic; -:v:Radovan Karadzic; de:v:Radovan Karadžić",
)
P("Ratko Mladić", "Republika Srpska", "-:s:Mladić; -:s:Mladic; -:v:Ratko Mladic")
P("Momčilo Krajišnik", "Republika Srpska", "-:s:Krajišnik; -:s:Krajisnik; -:v:Momcilo Krajisnik")
P("Biljana Plavšić", "Republika Srpska", "-:s:Plavšić; -:s:Plavsic; -:v:Biljana Plavsic", fem=True)
P("Milorad Dodik", "Republika Srpska", "-:s:Dodik")
P("Milan Kučan", "Slovenia", "-:s:Kučan; -:s:Kucan; -:v:Milan Kucan")
P(
    "Wolfgang Petritsch",
    "Office of the High Representative",
    "-:s:Petritsch",
    [("hr:Bosnia", "1999-08-18", "2002-05-27")],
)
P(
    "Paddy Ashdown",
    "Office of the High Representative",
    "-:s:Ashdown; -:v:Lord Ashdown",
    [("hr:Bosnia", "2002-05-27", "2006-01-31")],
)
P(
    "Christian Schwarz-Schilling",
    "Office of the High Representative",
    "-:s:Schwarz-Schilling",
    [("hr:Bosnia", "2006-02-01", "2007-07-01")],
)
P(
    "Miroslav Lajčák",
    "Slovakia",
    "-:s:Lajčák; -:s:Lajcak; -:v:Miroslav Lajcak",
    [("hr:Bosnia", "2007-07-01", "2009-03-26")],
)
P(
    "Valentin Inzko",
    "Office of the High Representative",
    "-:s:Inzko",
    [("hr:Bosnia", "2009-03-26", "2021-08-01")],
)
P("Christian Schmidt", "Office of the High Representative", "", [("hr:Bosnia", "2021-08-01", N)])
P(
    "Ibrahim Rugova",
    "Kosovo",
    "-:s:Rugova",
    [("pres:Kosovo", "2002-03-04", "2006-01-21")],
)
P("Fatmir Sejdiu", "Kosovo", "-:s:Sejdiu", [("pres:Kosovo", "2006-02-10", "2010-09-27")])
P(
    "Hashim Thaçi",
    "Kosovo",
    "-:s:Thaçi; -:s:Thaci; -:v:Hashim Thaci",
    [("pm:Kosovo", "2008-01-09", "2014-12-09"), ("pres:Kosovo", "2016-04-07", "2020-11-05")],
)
P(
    "Atifete Jahjaga",
    "Kosovo",
    "-:s:Jahjaga",
    [("pres:Kosovo", "2011-04-07", "2016-04-07")],
    fem=True,
)
P("Vjosa Osmani", "Kosovo", "", [("pres:Kosovo", "2021-04-04", N)], fem=True)
P("Isa Mustafa", "Kosovo", "", [("pm:Kosovo", "2014-12-09", "2017-09-09")])
P(
    "Ramush Haradinaj",
    "Kosovo",
    "-:s:Haradinaj",
    [("pm:Kosovo", "2004-12-03", "2005-03-08"), ("pm:Kosovo", "2017-09-09", "2020-02-03")],
)
P("Avdullah Hoti", "Kosovo", "-:s:Hoti", [("pm:Kosovo", "2020-06-03", "2021-03-22")])
P(
    "Kiro Gligorov",
    "North Macedonia",
    "-:s:Gligorov",
    [("pres:North Macedonia", "1991-01-27", "1999-11-19")],
)
P(
    "Boris Trajkovski",
    "North Macedonia",
    "-:s:Trajkovski",
    [("pres:North Macedonia", "1999-12-15", "2004-02-26")],
)
P(
    "Branko Crvenkovski",
    "North Macedonia",
    "-:s:Crvenkovski",
    [("pres:North Macedonia", "2004-05-12", "2009-05-12")],
)
P("Gjorge Ivanov", "North Macedonia", "", [("pres:North Macedonia", "2009-05-12", "2019-05-12")])
P(
    "Stevo Pendarovski",
    "North Macedonia",
    "-:s:Pendarovski",
    [("pres:North Macedonia", "2019-05-12", "2024-05-12")],
)
P(
    "Gordana Siljanovska-Davkova",
    "North Macedonia",
    "-:s:Siljanovska-Davkova; -:s:Siljanovska",
    [("pres:North Macedonia", "2024-05-12", N)],
    fem=True,
)
P(
    "Ljubčo Georgievski",
    "North Macedonia",
    "-:s:Georgievski; -:v:Ljubco Georgievski",
    [("pm:North Macedonia", "1998-11-30", "2002-11-01")],
)
P(
    "Nikola Gruevski",
    "North Macedonia",
    "-:s:Gruevski",
    [("pm:North Macedonia", "2006-08-27", "2016-01-18")],
)
P(
    "Zoran Zaev",
    "North Macedonia",
    "-:s:Zaev",
    [
        ("pm:North Macedonia", "2017-05-31", "2020-01-03"),
        ("pm:North Macedonia", "2020-08-31", "2022-01-16"),
    ],
)
P(
    "Hristijan Mickoski",
    "North Macedonia",
    "-:s:Mickoski",
    [("pm:North Macedonia", "2024-06-23", N)],
)
P("Nikola Dimitrov", "North Macedonia", "", [("fm:North Macedonia", "2017-06-01", "2020-08-31")])
P("Ali Ahmeti", None, "-:s:Ahmeti")
P("Milo Đukanović", "Montenegro", "-:s:Đukanović; -:s:Djukanovic; -:v:Milo Djukanovic")

# --- Israel and Palestinians, 1986–2009 ---------------------------------------------------------
P(
    "Yitzhak Shamir",
    "Israel",
    "-:s:Shamir; fr:v:Itzhak Shamir; de:v:Jitzchak Schamir; de:s:Schamir",
    [("pm:Israel", "1986-10-20", "1992-07-13")],
)
P(
    "Yitzhak Rabin",
    "Israel",
    "-:s:Rabin; fr:v:Itzhak Rabin; de:v:Jitzchak Rabin; es:v:Isaac Rabin",
    [("pm:Israel", "1992-07-13", "1995-11-04")],
)
P(
    "Shimon Peres",
    "Israel",
    "-:s:Peres; fr:v:Shimon Pérès; fr:s:Pérès; de:v:Schimon Peres; es:v:Simón Peres",
    [
        ("fm:Israel", "1992-07-13", "1995-11-22"),
        ("pm:Israel", "1995-11-04", "1996-06-18"),
        ("fm:Israel", "2001-03-07", "2002-11-02"),
        ("pres:Israel", "2007-07-15", "2014-07-24"),
    ],
)
P(
    "Ehud Barak",
    "Israel",
    "-:s:Barak",
    [("fm:Israel", "1995-11-22", "1996-06-18"), ("pm:Israel", "1999-07-06", "2001-03-07")],
)
P(
    "Ariel Sharon",
    "Israel",
    "-:s:Sharon; de:v:Ariel Scharon; de:s:Scharon",
    [("fm:Israel", "1998-10-13", "1999-07-06"), ("pm:Israel", "2001-03-07", "2006-01-04")],
)
P(
    "Ehud Olmert",
    "Israel",
    "-:s:Olmert",
    [("pm:Israel", "2006-01-04", "2009-03-31")],
)
P("Ezer Weizman", "Israel", "-:s:Weizman", [("pres:Israel", "1993-05-13", "2000-07-13")])
P(
    "Moshe Katsav",
    "Israel",
    "-:s:Katsav; de:v:Mosche Katzav",
    [("pres:Israel", "2000-08-01", "2007-07-01")],
)
P("Silvan Shalom", "Israel", "", [("fm:Israel", "2003-02-28", "2006-01-16")])
P(
    "Tzipi Livni",
    "Israel",
    "-:s:Livni; de:v:Zipi Livni",
    [("fm:Israel", "2006-01-18", "2009-03-31")],
    fem=True,
)
P(
    "Avigdor Lieberman",
    "Israel",
    "-:s:Lieberman; -:v:Avigdor Liberman; -:s:Liberman",
    [("fm:Israel", "2009-03-31", "2012-12-18"), ("fm:Israel", "2013-11-11", "2015-05-14")],
)
P("Eli Cohen", "Israel", "", [("fm:Israel", "2022-12-29", "2024-01-01")])
P("Shlomo Ben-Ami", "Israel", "-:s:Ben-Ami; -:v:Shlomo Ben Ami")
P("Yossi Beilin", "Israel", "-:s:Beilin")
P("Uri Savir", "Israel", "-:s:Savir")
P(
    "Yasser Arafat",
    "Palestine",
    "-:s:Arafat; de:v:Jassir Arafat; fr:v:Yasser Arafat; es:v:Yasir Arafat; ar:v:ياسر عرفات",
    [("pres:Palestine", "1994-07-05", "2004-11-11")],
)
P("Rawhi Fattouh", "Palestine", "-:s:Fattouh", [("pres:Palestine", "2004-11-11", "2005-01-15")])
P(
    "Ahmed Qurei",
    "Palestine",
    "-:s:Qurei; -:v:Ahmed Qureia; fr:v:Ahmed Qoreï; de:v:Ahmed Kurei; de:s:Kurei; -:v:Abu Alaa",
    [("pm:Palestine", "2003-10-07", "2006-03-29")],
)
P("Salam Fayyad", "Palestine", "-:s:Fayyad", [("pm:Palestine", "2007-06-15", "2013-06-06")])
P(
    "Riyad al-Maliki",
    "Palestine",
    "-:v:Riad Malki; -:v:Riyad al-Malki; -:s:Malki; fr:v:Riyad al-Malki",
    [("fm:Palestine", "2007-06-17", "2024-03-31")],
)
P(
    "Varsen Aghabekian",
    "Palestine",
    "-:s:Aghabekian; -:v:Varsen Aghabekian Shahin",
    [("fm:Palestine", "2024-03-31", N)],
    fem=True,
)
P("Saeb Erekat", "Palestine", "-:s:Erekat; -:v:Saeb Erakat; -:s:Erakat; fr:v:Saëb Erekat")
P("Nabil Shaath", "Palestine", "-:s:Shaath; fr:v:Nabil Chaath")
P("Hanan Ashrawi", "Palestine", "-:s:Ashrawi", fem=True)
P("Marwan Barghouti", "Fatah", "-:s:Barghouti; de:v:Marwan Barghuti; fr:v:Marwan Barghouthi")
P("Mohammed Dahlan", "Fatah", "-:s:Dahlan; -:v:Muhammad Dahlan")
P("Jibril Rajoub", "Fatah", "-:s:Rajoub")
P(
    "Ahmed Yassin",
    "Hamas",
    "-:v:Sheikh Ahmed Yassin; fr:v:cheikh Ahmed Yassine; de:v:Scheich Ahmed Jassin",
)
P("Abdel Aziz al-Rantisi", "Hamas", "-:s:al-Rantisi; -:s:Rantisi; -:v:Abdelaziz al-Rantissi")
P("Mahmoud al-Zahar", "Hamas", "-:s:al-Zahar; -:v:Mahmoud Zahar")
P("Saleh al-Arouri", "Hamas", "-:s:al-Arouri; -:v:Saleh al-Aruri")
P("Basem Naim", "Hamas", "")
P("Zaher Jabarin", "Hamas", "-:s:Jabarin")

# --- Lebanon, Syria, Iraq, Jordan ------------------------------------------------------------------
P(
    "Elias Hrawi",
    "Lebanon",
    "-:s:Hrawi; fr:v:Elias Hraoui; fr:s:Hraoui",
    [("pres:Lebanon", "1989-11-24", "1998-11-24")],
)
P(
    "Émile Lahoud",
    "Lebanon",
    "-:s:Lahoud; -:v:Emile Lahoud",
    [("pres:Lebanon", "1998-11-24", "2007-11-24")],
)
P(
    "Michel Suleiman",
    "Lebanon",
    "-:v:Michel Sleiman; fr:v:Michel Sleimane; -:s:Sleiman",
    [("pres:Lebanon", "2008-05-25", "2014-05-25")],
)
P(
    "Rafic Hariri",
    "Lebanon",
    "-:v:Rafik Hariri; -:v:Rafiq Hariri; -:v:Rafic al-Hariri",
    [("pm:Lebanon", "1992-10-31", "1998-12-04"), ("pm:Lebanon", "2000-10-23", "2004-10-21")],
)
P(
    "Salim al-Hoss",
    "Lebanon",
    "-:v:Selim al-Hoss; fr:v:Salim Hoss",
    [("pm:Lebanon", "1998-12-04", "2000-10-23")],
)
P("Omar Karami", "Lebanon", "-:s:Karami", [("pm:Lebanon", "2004-10-26", "2005-04-19")])
P(
    "Fouad Siniora",
    "Lebanon",
    "-:s:Siniora; -:v:Fuad Siniora",
    [("pm:Lebanon", "2005-07-19", "2009-11-09")],
)
P("Hashem Safieddine", "Hezbollah", "-:s:Safieddine; -:v:Hashem Safi al-Din")
P("Mohammad Raad", "Hezbollah", "-:v:Mohammed Raad")
P("Imad Mughniyeh", "Hezbollah", "-:s:Mughniyeh")
P(
    "Hafez al-Assad",
    "Syria",
    "-:v:Hafez Assad; -:v:Hafiz al-Assad; fr:v:Hafez el-Assad; es:v:Hafez al Asad",
    [("pres:Syria", "1971-03-14", "2000-06-10")],
)
P(
    "Farouk al-Sharaa",
    "Syria",
    "-:v:Farouk al-Shara; -:v:Faruq al-Sharaa; fr:v:Farouk al-Chareh",
    [("fm:Syria", "1984-03-11", "2006-02-11")],
)
P(
    "Bashar al-Jaafari",
    "Syria",
    "-:v:Bashar Jaafari; fr:v:Bachar al-Jaafari; de:v:Baschar al-Dschaafari; es:v:Bashar al Yaafari",
)
P("Moaz al-Khatib", "Syrian National Coalition", "-:v:Ahmad Moaz al-Khatib; -:v:Moaz al-Khatib")
P("Nasr al-Hariri", "High Negotiations Committee", "")
P("Hadi al-Bahra", "Syrian National Coalition", "-:s:al-Bahra")
P("Ilham Ahmed", "Syrian Democratic Forces", "", fem=True)
P("Mohammed Alloush", "Jaysh al-Islam", "-:s:Alloush")
P(
    "Saddam Hussein",
    "Iraq",
    "-:s:Saddam; fr:v:Saddam Hussein; es:v:Sadam Husein; es:s:Sadam",
    [("pres:Iraq", "1979-07-16", "2003-04-09")],
)
P("Tariq Aziz", "Iraq", "-:v:Tarek Aziz; fr:v:Tarek Aziz")
P("Iyad Allawi", "Iraq", "-:s:Allawi", [("pm:Iraq", "2004-06-28", "2005-05-03")])
P(
    "Ibrahim al-Jaafari",
    "Iraq",
    "",
    [("pm:Iraq", "2005-05-03", "2006-05-20")],
)
P(
    "Nouri al-Maliki",
    "Iraq",
    "-:v:Nuri al-Maliki; fr:v:Nouri al-Maliki",
    [("pm:Iraq", "2006-05-20", "2014-09-08")],
)
P(
    "Haider al-Abadi",
    "Iraq",
    "-:s:al-Abadi; -:s:Abadi; -:v:Haidar al-Abadi",
    [("pm:Iraq", "2014-09-08", "2018-10-25")],
)
P(
    "Adil Abdul-Mahdi",
    "Iraq",
    "-:s:Abdul-Mahdi; -:v:Adel Abdul Mahdi",
    [("pm:Iraq", "2018-10-25", "2020-05-07")],
)
P(
    "Mustafa al-Kadhimi",
    "Iraq",
    "-:s:al-Kadhimi; -:s:Kadhimi",
    [("pm:Iraq", "2020-05-07", "2022-10-27")],
)
P(
    "Mohammed Shia al-Sudani",
    "Iraq",
    "-:v:Mohammed Shia' al-Sudani; fr:v:Mohammed Chia al-Soudani",
    [("pm:Iraq", "2022-10-27", N)],
)
P("Jalal Talabani", "Iraq", "-:s:Talabani", [("pres:Iraq", "2005-04-07", "2014-07-24")])
P("Fuad Masum", "Iraq", "-:v:Fouad Massoum", [("pres:Iraq", "2014-07-24", "2018-10-02")])
P("Barham Salih", "Iraq", "-:v:Barham Saleh", [("pres:Iraq", "2018-10-02", "2022-10-17")])
P("Abdul Latif Rashid", "Iraq", "", [("pres:Iraq", "2022-10-17", N)])
P("Hoshyar Zebari", "Iraq", "-:s:Zebari", [("fm:Iraq", "2003-09-03", "2014-09-08")])
P("Masoud Barzani", "Kurdistan Regional Government", "-:v:Massoud Barzani")
P("Nechirvan Barzani", "Kurdistan Regional Government", "")
P("Muqtada al-Sadr", "Iraq", "-:s:al-Sadr; -:v:Moqtada al-Sadr; -:v:Moktada al-Sadr")
P(
    "Hussein bin Talal",
    "Jordan",
    "-:v:King Hussein; it:v:re Hussein; de:v:König Hussein; fr:v:roi Hussein; es:v:rey Hussein",
    [("king:Jordan", "1952-08-11", "1999-02-07")],
)
P(
    "Abdullah II",
    "Jordan",
    "-:v:King Abdullah II; it:v:re Abdallah II; it:v:Abdallah II; de:v:König Abdullah II.; fr:v:roi Abdallah II; fr:v:Abdallah II; es:v:rey Abdalá II; es:v:Abdalá II; -:v:Abdullah II bin Al-Hussein",
    [("king:Jordan", "1999-02-07", N)],
)
P("Ayman Safadi", "Jordan", "-:s:Safadi", [("fm:Jordan", "2017-01-15", N)])

# --- Egypt, Arab League ---------------------------------------------------------------------------
P(
    "Anwar Sadat",
    "Egypt",
    """-:s:Sadat; -:v:Anwar al-Sadat; -:v:Anwar el-Sadat; fr:v:Anouar el-Sadate; fr:s:Sadate;
  de:v:Anwar as-Sadat; es:v:Anwar el Sadat""",
    [("pres:Egypt", "1970-10-15", "1981-10-06")],
)
P(
    "Hosni Mubarak",
    "Egypt",
    "-:s:Mubarak; fr:v:Hosni Moubarak; fr:s:Moubarak",
    [("pres:Egypt", "1981-10-14", "2011-02-11")],
)
P(
    "Mohamed Morsi",
    "Egypt",
    "-:s:Morsi; -:v:Mohammed Morsi; de:v:Mohammed Mursi; de:s:Mursi; it:v:Mohamed Mursi; fr:v:Mohamed Morsi",
    [("pres:Egypt", "2012-06-30", "2013-07-03")],
)
P("Adly Mansour", "Egypt", "-:v:Adli Mansur", [("pres:Egypt", "2013-07-04", "2014-06-08")])
P("Omar Suleiman", "Egypt", "-:v:Omar Soliman; fr:v:Omar Souleimane")
P(
    "Amr Moussa",
    "Egypt",
    "-:v:Amr Mussa; es:v:Amr Musa",
    [("fm:Egypt", "1991-05-20", "2001-05-15"), ("sg:Arab League", "2001-06-01", "2011-07-01")],
)
P("Ahmed Maher", "Egypt", "", [("fm:Egypt", "2001-05-15", "2004-07-14")])
P(
    "Nabil Elaraby",
    "Egypt",
    "-:s:Elaraby",
    [("sg:Arab League", "2011-07-01", "2016-07-01")],
)
P("Nabil Fahmy", "Egypt", "", [("fm:Egypt", "2013-07-16", "2014-06-17")])
P(
    "Boutros Boutros-Ghali",
    "United Nations",
    "-:s:Boutros-Ghali; -:v:Boutros Boutros Ghali; es:v:Butros Butros-Gali; es:s:Butros-Gali; it:v:Boutros Boutros-Ghali; de:v:Butros Butros-Ghali; de:s:Butros-Ghali",
    [("sg:United Nations", "1992-01-01", "1997-01-01")],
)

# --- Gulf, Iran, Turkey -----------------------------------------------------------------------------
P(
    "Fahd bin Abdulaziz Al Saud",
    "Saudi Arabia",
    "-:v:King Fahd; it:v:re Fahd; de:v:König Fahd; fr:v:roi Fahd; es:v:rey Fahd; -:v:Fahd bin Abdulaziz",
    [("king:Saudi Arabia", "1982-06-13", "2005-08-01")],
)
P(
    "Abdullah bin Abdulaziz Al Saud",
    "Saudi Arabia",
    "-:v:Abdullah bin Abdulaziz; fr:v:Abdallah ben Abdelaziz",
    [("king:Saudi Arabia", "2005-08-01", "2015-01-23")],
)
P(
    "Saud bin Faisal Al Saud",
    "Saudi Arabia",
    "-:v:Saud al-Faisal; -:v:Prince Saud al-Faisal; fr:v:Saoud al-Fayçal",
    [("fm:Saudi Arabia", "1975-10-13", "2015-04-29")],
)
P(
    "Muhammad bin Nayef",
    "Saudi Arabia",
    "-:v:Mohammed bin Nayef; fr:v:Mohammed ben Nayef",
    [("crown:Saudi Arabia", "2015-04-29", "2017-06-21")],
)
P("Bandar bin Sultan Al Saud", "Saudi Arabia", "-:v:Prince Bandar")
P(
    "Khalifa bin Zayed Al Nahyan",
    "United Arab Emirates",
    "-:v:Khalifa bin Zayed; fr:v:Khalifa ben Zayed",
    [("pres:United Arab Emirates", "2004-11-03", "2022-05-13")],
)
P("Anwar Gargash", "United Arab Emirates", "-:s:Gargash")
P(
    "Hamad bin Khalifa Al Thani",
    "Qatar",
    "-:v:Sheikh Hamad bin Khalifa Al Thani; -:v:Hamad bin Khalifa; fr:v:Hamad ben Khalifa Al-Thani",
    [("emir:Qatar", "1995-06-27", "2013-06-25")],
)
P(
    "Hamad bin Jassim Al Thani",
    "Qatar",
    "-:v:Sheikh Hamad bin Jassim; -:v:Hamad bin Jassim; -:a:HBJ; fr:v:Hamad ben Jassem Al-Thani",
    [("fm:Qatar", "1992-09-01", "2013-06-26"), ("pm:Qatar", "2007-04-03", "2013-06-26")],
)
P(
    "Khalid al-Attiyah",
    "Qatar",
    "-:v:Khalid bin Mohammad Al Attiyah",
    [("fm:Qatar", "2013-06-26", "2016-01-27")],
)
P(
    "Abdullah bin Nasser Al Thani",
    "Qatar",
    "-:v:Abdullah bin Nasser bin Khalifa Al Thani",
    [("pm:Qatar", "2013-06-26", "2020-01-28")],
)
P(
    "Khalid bin Khalifa Al Thani",
    "Qatar",
    "-:v:Khalid bin Khalifa bin Abdulaziz Al Thani",
    [("pm:Qatar", "2020-01-28", "2023-03-07")],
)
P("Ahmed bin Abdullah Al Mahmoud", "Qatar", "-:v:Ahmed bin Abdullah Al-Mahmoud")
P("Yusuf bin Alawi", "Oman", "-:v:Yousef bin Alawi; -:v:Yusuf bin Alawi")
P(
    "Ruhollah Khomeini",
    "Iran",
    "-:s:Khomeini; -:v:Ayatollah Khomeini; de:v:Ruhollah Chomeini; de:s:Chomeini; es:s:Jomeini",
    [("leader:Iran", "1979-12-03", "1989-06-04")],
)
P(
    "Akbar Hashemi Rafsanjani",
    "Iran",
    "-:s:Rafsanjani; de:v:Akbar Haschemi Rafsandschani; de:s:Rafsandschani; es:s:Rafsanyani",
    [("pres:Iran", "1989-08-03", "1997-08-03")],
)
P(
    "Mohammad Khatami",
    "Iran",
    "-:s:Khatami; de:v:Mohammed Chatami; de:s:Chatami; es:v:Mohamed Jatamí; es:s:Jatamí",
    [("pres:Iran", "1997-08-03", "2005-08-03")],
)
P(
    "Mahmoud Ahmadinejad",
    "Iran",
    """-:s:Ahmadinejad; de:v:Mahmud Ahmadinedschad; de:s:Ahmadinedschad;
  es:v:Mahmud Ahmadineyad; es:s:Ahmadineyad; fr:v:Mahmoud Ahmadinejad""",
    [("pres:Iran", "2005-08-03", "2013-08-03")],
)
P(
    "Ali Akbar Velayati",
    "Iran",
    "-:s:Velayati; de:v:Ali Akbar Welayati; de:s:Welayati",
    [("fm:Iran", "1981-12-15", "1997-08-20")],
)
P(
    "Kamal Kharazi",
    "Iran",
    "-:s:Kharazi; de:v:Kamal Charrazi; de:s:Charrazi; es:v:Kamal Jarrazi",
    [("fm:Iran", "1997-08-20", "2005-08-24")],
)
P(
    "Manouchehr Mottaki",
    "Iran",
    "-:s:Mottaki; de:v:Manutschehr Mottaki",
    [("fm:Iran", "2005-08-24", "2010-12-13")],
)
P(
    "Ali Akbar Salehi",
    "Iran",
    "",
    [("fm:Iran", "2010-12-13", "2013-08-15")],
)
P("Ali Larijani", "Iran", "-:s:Larijani; de:v:Ali Laridschani; de:s:Laridschani; es:v:Alí Lariyani")
P("Saeed Jalili", "Iran", "-:s:Jalili; de:v:Said Dschalili; de:s:Dschalili; es:v:Said Yalili")
P(
    "Mohammad Bagher Ghalibaf",
    "Iran",
    "-:s:Ghalibaf; -:v:Mohammad Bagher Qalibaf; -:s:Qalibaf; de:v:Mohammed Bagher Ghalibaf",
)
P("Qasem Soleimani", "Iran", "-:s:Soleimani; -:v:Qassem Soleimani; de:v:Ghassem Soleimani")
P(
    "Turgut Özal",
    "Turkey",
    "-:s:Özal; -:v:Turgut Ozal",
    [("pres:Turkey", "1989-11-09", "1993-04-17")],
)
P(
    "Süleyman Demirel",
    "Turkey",
    "-:s:Demirel; -:v:Suleyman Demirel",
    [("pres:Turkey", "1993-05-16", "2000-05-16")],
)
P(
    "Ahmet Necdet Sezer",
    "Turkey",
    "-:s:Sezer; -:v:Necdet Sezer",
    [("pres:Turkey", "2000-05-16", "2007-08-28")],
)
P(
    "Abdullah Gül",
    "Turkey",
    "-:s:Gül; -:v:Abdullah Gul",
    [
        ("pm:Turkey", "2002-11-18", "2003-03-14"),
        ("fm:Turkey", "2003-03-14", "2007-08-28"),
        ("pres:Turkey", "2007-08-28", "2014-08-28"),
    ],
)
P(
    "Tansu Çiller",
    "Turkey",
    "-:s:Çiller; -:v:Tansu Ciller; -:s:Ciller",
    [("pm:Turkey", "1993-06-25", "1996-03-06")],
    fem=True,
)
P(
    "Necmettin Erbakan",
    "Turkey",
    "-:s:Erbakan",
    [("pm:Turkey", "1996-06-28", "1997-06-30")],
)
P(
    "Mesut Yılmaz",
    "Turkey",
    "-:v:Mesut Yilmaz",
    [("pm:Turkey", "1996-03-06", "1996-06-28"), ("pm:Turkey", "1997-06-30", "1999-01-11")],
)
P(
    "Bülent Ecevit",
    "Turkey",
    "-:s:Ecevit; -:v:Bulent Ecevit",
    [("pm:Turkey", "1999-01-11", "2002-11-18")],
)
P("İsmail Cem", "Turkey", "-:v:Ismail Cem", [("fm:Turkey", "1997-06-30", "2002-07-11")])
P("Ali Babacan", "Turkey", "-:s:Babacan", [("fm:Turkey", "2007-08-29", "2009-05-01")])
P(
    "Feridun Sinirlioğlu",
    "Turkey",
    "-:s:Sinirlioğlu; -:s:Sinirlioglu; -:v:Feridun Sinirlioglu",
    [("fm:Turkey", "2015-08-28", "2015-11-24"), ("sg:OSCE", "2024-12-04", N)],
)
P(
    "Abdullah Öcalan",
    "PKK",
    "-:s:Öcalan; -:s:Ocalan; -:v:Abdullah Ocalan",
)
P(
    "Murat Karayılan",
    "PKK",
    "-:s:Karayılan; -:v:Murat Karayilan; -:s:Karayilan",
)
P("Cemil Bayık", "PKK", "-:s:Bayık; -:v:Cemil Bayik; -:s:Bayik")
P("Selahattin Demirtaş", "Turkey", "-:s:Demirtaş; -:s:Demirtas; -:v:Selahattin Demirtas")

# --- Yemen, Libya -------------------------------------------------------------------------------------
P(
    "Ali Abdullah Saleh",
    "Yemen",
    "fr:v:Ali Abdallah Saleh",
    [("pres:Yemen", "1990-05-22", "2012-02-25")],
)
P("Ali Salem al-Beidh", "Yemen", "-:s:al-Beidh; -:v:Ali Salim al-Beidh")
P("Mahdi al-Mashat", "Houthis", "-:s:al-Mashat; -:v:Mahdi al-Mashhat")
P("Mohammed Ali al-Houthi", "Houthis", "")
P("Yahya Saree", "Houthis", "-:s:Saree; -:v:Yahya Sarea")
P("Aidarous al-Zubaidi", "Southern Transitional Council", "-:v:Aidarus al-Zubaidi")
P("Jamal Benomar", "United Nations", "-:s:Benomar")
P(
    "Ismail Ould Cheikh Ahmed",
    "United Nations",
    "-:s:Ould Cheikh Ahmed",
)
P(
    "Muammar Gaddafi",
    "Libya",
    """-:s:Gaddafi; -:v:Muammar Qaddafi; -:s:Qaddafi; -:v:Moammar Gadhafi; -:s:Gadhafi;
  fr:v:Mouammar Kadhafi; fr:s:Kadhafi; it:v:Muammar Gheddafi; it:s:Gheddafi; de:v:Muammar al-Gaddafi;
  es:v:Muamar el Gadafi; es:s:Gadafi""",
    [("leader:Libya", "1969-09-01", "2011-08-23")],
)
P("Saif al-Islam Gaddafi", "Libya", "-:v:Saif al-Islam Kadhafi; -:v:Seif al-Islam Gheddafi")
P("Mustafa Abdul Jalil", "Libya", "-:s:Abdul Jalil; -:v:Moustafa Abdeljalil")
P("Mahmoud Jibril", "Libya", "-:s:Jibril")
P("Aguila Saleh", "Libya", "-:v:Aguila Saleh Issa; -:v:Aqila Saleh")
P("Fathi Bashagha", "Libya", "-:s:Bashagha; fr:v:Fathi Bachagha")
P("Mohamed al-Menfi", "Libya", "-:s:al-Menfi; -:v:Mohammed al-Menfi")
P("Saddam Haftar", "Libyan National Army", "")
P(
    "Martin Kobler",
    "United Nations",
    "-:s:Kobler",
)
P("Stephanie Williams", "United Nations", "", fem=True)
P("Ján Kubiš", "United Nations", "-:s:Kubiš; -:v:Jan Kubis; -:s:Kubis")
P(
    "Abdoulaye Bathily",
    "United Nations",
    "-:s:Bathily",
)
P("Hanna Tetteh", "United Nations", "-:s:Tetteh; -:v:Hanna Serwaa Tetteh", fem=True)

# --- Sudan and South Sudan --------------------------------------------------------------------------
P("John Garang", "Sudan People's Liberation Movement", "-:s:Garang")
P("Ali Osman Taha", "Sudan", "-:v:Ali Osman Mohamed Taha")
P("Hassan al-Turabi", "Sudan", "-:s:al-Turabi; -:s:Turabi; fr:v:Hassan el-Tourabi")
P("Sadiq al-Mahdi", "Sudan", "-:v:Sadiq al-Mahdi; fr:v:Sadek al-Mahdi")
P(
    "Abdel Wahid al-Nur",
    "Sudan Liberation Movement",
    "-:v:Abdel Wahid Mohamed al-Nur; -:v:Abdelwahid al-Nour",
)
P("Minni Minnawi", "Sudan Liberation Movement", "-:s:Minnawi; -:v:Minni Arko Minnawi")
P("Khalil Ibrahim", "Justice and Equality Movement", "")
P("Gibril Ibrahim", "Justice and Equality Movement", "")
P("Abdelaziz al-Hilu", "SPLM-North", "-:s:al-Hilu; -:v:Abdel Aziz al-Hilu")
P("Abdelrahim Dagalo", "Rapid Support Forces", "-:v:Abdel Rahim Dagalo")
P("Pagan Amum", "Sudan People's Liberation Movement", "")
P("Nhial Deng Nhial", "South Sudan", "")
P("Taban Deng Gai", "South Sudan", "")
P("Lazaro Sumbeiywo", "Kenya", "-:s:Sumbeiywo")
P("Thabo Mbeki", "South Africa", "-:s:Mbeki", [("pres:South Africa", "1999-06-16", "2008-09-25")])
P("Seyoum Mesfin", "Ethiopia", "")
P("Workneh Gebeyehu", "IGAD", "-:s:Workneh")
P("Ismail Wais", "IGAD", "")
P("Malik Agar", "Sudan", "-:s:Agar")
P("Haile Menkerios", "United Nations", "-:s:Menkerios")
P("Nicholas Haysom", "United Nations", "-:s:Haysom")

# --- Horn of Africa ---------------------------------------------------------------------------------
P(
    "Meles Zenawi",
    "Ethiopia",
    "-:s:Zenawi; -:v:Meles Zenawi Asres",
    [("pm:Ethiopia", "1995-08-22", "2012-08-20")],
)
P(
    "Hailemariam Desalegn",
    "Ethiopia",
    "-:s:Desalegn; -:v:Hailemariam Dessalegn",
    [("pm:Ethiopia", "2012-08-20", "2018-04-02")],
)
P("Demeke Mekonnen", "Ethiopia", "")
P("Redwan Hussien", "Ethiopia", "-:v:Redwan Hussein")
P("Osman Saleh", "Eritrea", "")
P("Yemane Gebreab", "Eritrea", "")
P(
    "Abdullahi Yusuf Ahmed",
    "Somalia",
    "-:v:Abdullahi Yusuf",
    [("pres:Somalia", "2004-10-14", "2008-12-29")],
)
P(
    "Sharif Sheikh Ahmed",
    "Somalia",
    "-:v:Sheikh Sharif Sheikh Ahmed; -:v:Sharif Ahmed",
    [("pres:Somalia", "2009-01-31", "2012-08-20")],
)
P(
    "Hassan Sheikh Mohamud",
    "Somalia",
    "-:v:Hassan Sheikh Mohamoud",
    [("pres:Somalia", "2012-09-16", "2017-02-16"), ("pres:Somalia", "2022-05-23", N)],
)
P(
    "Mohamed Abdullahi Farmaajo",
    "Somalia",
    "-:v:Farmaajo; -:v:Farmajo; -:v:Mohamed Abdullahi Farmajo",
    [("pres:Somalia", "2017-02-16", "2022-05-23")],
)
P("Mohamed Farrah Aidid", "Somalia", "-:s:Aidid; -:v:Mohamed Farah Aidid; fr:v:Mohamed Farah Aïdid")
P(
    "Muse Bihi Abdi",
    "Somaliland",
    "-:v:Muse Bihi",
    [("pres:Somaliland", "2017-12-13", "2024-12-12")],
)
P(
    "Abdirahman Mohamed Abdullahi",
    "Somaliland",
    "-:v:Abdirahman Irro",
    [("pres:Somaliland", "2024-12-12", N)],
)

# --- Great Lakes ------------------------------------------------------------------------------------
P(
    "Yoweri Museveni",
    "Uganda",
    "-:s:Museveni; -:v:Yoweri Kaguta Museveni",
    [("pres:Uganda", "1986-01-29", N)],
)
P("Joseph Kony", "Lord's Resistance Army", "-:s:Kony")
P("Vincent Otti", "Lord's Resistance Army", "-:s:Otti")
P(
    "Daniel arap Moi",
    "Kenya",
    "-:v:Daniel Arap Moi",
    [("pres:Kenya", "1978-10-14", "2002-12-30")],
)
P("Mwai Kibaki", "Kenya", "-:s:Kibaki", [("pres:Kenya", "2002-12-30", "2013-04-09")])
P("Raila Odinga", "Kenya", "-:s:Odinga", [("pm:Kenya", "2008-04-17", "2013-04-09")])
P("Kalonzo Musyoka", "Kenya", "-:s:Musyoka")
P(
    "Juvénal Habyarimana",
    "Rwanda",
    "-:s:Habyarimana; -:v:Juvenal Habyarimana",
    [("pres:Rwanda", "1973-07-05", "1994-04-06")],
)
P(
    "Pasteur Bizimungu",
    "Rwanda",
    "-:s:Bizimungu",
    [("pres:Rwanda", "1994-07-19", "2000-03-23")],
)
P("Louise Mushikiwabo", "Rwanda", "-:s:Mushikiwabo", fem=True)
P("Melchior Ndadaye", "Burundi", "-:s:Ndadaye", [("pres:Burundi", "1993-07-10", "1993-10-21")])
P("Cyprien Ntaryamira", "Burundi", "-:s:Ntaryamira", [("pres:Burundi", "1994-02-05", "1994-04-06")])
P("Sylvestre Ntibantunganya", "Burundi", "-:s:Ntibantunganya")
P(
    "Pierre Buyoya",
    "Burundi",
    "-:s:Buyoya",
    [("pres:Burundi", "1987-09-03", "1993-07-10"), ("pres:Burundi", "1996-07-25", "2003-04-30")],
)
P(
    "Domitien Ndayizeye",
    "Burundi",
    "-:s:Ndayizeye",
    [("pres:Burundi", "2003-04-30", "2005-08-26")],
)
P(
    "Pierre Nkurunziza",
    "Burundi",
    "-:s:Nkurunziza",
    [("pres:Burundi", "2005-08-26", "2020-06-08")],
)
P(
    "Évariste Ndayishimiye",
    "Burundi",
    "-:s:Ndayishimiye; -:v:Evariste Ndayishimiye",
    [("pres:Burundi", "2020-06-18", N)],
)
P("Agathon Rwasa", "National Forces of Liberation", "-:s:Rwasa")
P("Julius Nyerere", "Tanzania", "-:s:Nyerere; -:v:Mwalimu Nyerere")
P("Benjamin Mkapa", "Tanzania", "-:s:Mkapa")
P("Jakaya Kikwete", "Tanzania", "-:s:Kikwete")
P(
    "Mobutu Sese Seko",
    "Democratic Republic of the Congo",
    "-:s:Mobutu; -:v:Joseph-Désiré Mobutu; -:v:Maréchal Mobutu",
    [("pres:Democratic Republic of the Congo", "1965-11-24", "1997-05-16")],
)
P(
    "Laurent-Désiré Kabila",
    "Democratic Republic of the Congo",
    "-:v:Laurent Kabila; -:v:Laurent-Desire Kabila; -:v:Laurent Désiré Kabila",
    [("pres:Democratic Republic of the Congo", "1997-05-17", "2001-01-16")],
)
P("Jean-Pierre Bemba", "Movement for the Liberation of the Congo", "-:s:Bemba")
P(
    "Laurent Nkunda",
    "National Congress for the Defence of the People",
    "-:s:Nkunda; -:v:Laurent Nkundabatware",
)
P("Bosco Ntaganda", "National Congress for the Defence of the People", "-:s:Ntaganda")
P("Moïse Katumbi", "Democratic Republic of the Congo", "-:s:Katumbi; -:v:Moise Katumbi")
P("Martin Fayulu", "Democratic Republic of the Congo", "-:s:Fayulu")

# --- Southern Africa -----------------------------------------------------------------------------
P(
    "José Eduardo dos Santos",
    "Angola",
    "-:v:dos Santos; -:v:Jose Eduardo dos Santos; -:v:Eduardo dos Santos",
    [("pres:Angola", "1979-09-21", "2017-09-26")],
)
P("Jonas Savimbi", "UNITA", "-:s:Savimbi")
P("Isaías Samakuva", "UNITA", "-:s:Samakuva; -:v:Isaias Samakuva")
P(
    "Joaquim Chissano",
    "Mozambique",
    "-:s:Chissano",
    [("pres:Mozambique", "1986-11-06", "2005-02-02")],
)
P("Armando Guebuza", "Mozambique", "-:s:Guebuza", [("pres:Mozambique", "2005-02-02", "2015-01-15")])
P("Filipe Nyusi", "Mozambique", "-:s:Nyusi", [("pres:Mozambique", "2015-01-15", "2025-01-15")])
P("Daniel Chapo", "Mozambique", "", [("pres:Mozambique", "2025-01-15", N)])
P("Afonso Dhlakama", "RENAMO", "-:s:Dhlakama")
P("Ossufo Momade", "RENAMO", "-:s:Momade")
P(
    "Nelson Mandela",
    "South Africa",
    "-:s:Mandela; -:v:Nelson Rolihlahla Mandela; -:v:Madiba",
    [("pres:South Africa", "1994-05-10", "1999-06-16")],
)
P(
    "F. W. de Klerk",
    "South Africa",
    "-:s:de Klerk; -:v:Frederik Willem de Klerk; -:v:F.W. de Klerk; -:v:Frederik de Klerk",
    [("pres:South Africa", "1989-09-20", "1994-05-10")],
)
P(
    "Kgalema Motlanthe",
    "South Africa",
    "-:s:Motlanthe",
    [("pres:South Africa", "2008-09-25", "2009-05-09")],
)
P("Jacob Zuma", "South Africa", "-:s:Zuma", [("pres:South Africa", "2009-05-09", "2018-02-14")])
P(
    "Nkosazana Dlamini-Zuma",
    "South Africa",
    "-:s:Dlamini-Zuma; -:v:Nkosazana Dlamini Zuma",
    [
        ("fm:South Africa", "1999-06-17", "2009-05-10"),
        ("chair:AU Commission", "2012-10-15", "2017-03-14"),
    ],
    fem=True,
)
P(
    "Naledi Pandor",
    "South Africa",
    "-:s:Pandor",
    [("fm:South Africa", "2019-05-30", "2024-07-03")],
    fem=True,
)
P("Ronald Lamola", "South Africa", "-:s:Lamola", [("fm:South Africa", "2024-07-03", N)])
P(
    "Alpha Oumar Konaré",
    "African Union",
    "-:s:Konaré; -:v:Alpha Oumar Konare",
    [("chair:AU Commission", "2003-09-16", "2008-04-28")],
)
P("Jean Ping", "African Union", "", [("chair:AU Commission", "2008-04-28", "2012-10-15")])

# --- West Africa -----------------------------------------------------------------------------------
P("Charles Taylor", "Liberia", "", [("pres:Liberia", "1997-08-02", "2003-08-11")])
P("Amos Sawyer", "Liberia", "-:s:Sawyer")
P(
    "Gyude Bryant",
    "Liberia",
    "-:v:Charles Gyude Bryant",
    [("pres:Liberia", "2003-10-14", "2006-01-16")],
)
P(
    "Ellen Johnson Sirleaf",
    "Liberia",
    "-:s:Johnson Sirleaf; -:s:Sirleaf",
    [("pres:Liberia", "2006-01-16", "2018-01-22")],
    fem=True,
)
P("George Weah", "Liberia", "-:s:Weah", [("pres:Liberia", "2018-01-22", "2024-01-22")])
P(
    "Joseph Boakai",
    "Liberia",
    "-:s:Boakai; -:v:Joseph Nyuma Boakai",
    [("pres:Liberia", "2024-01-22", N)],
)
P("Prince Johnson", "Liberia", "-:v:Prince Yormie Johnson")
P(
    "Ahmad Tejan Kabbah",
    "Sierra Leone",
    "-:s:Kabbah",
    [
        ("pres:Sierra Leone", "1996-03-29", "1997-05-25"),
        ("pres:Sierra Leone", "1998-03-10", "2007-09-17"),
    ],
)
P(
    "Ernest Bai Koroma",
    "Sierra Leone",
    "-:v:Ernest Koroma",
    [("pres:Sierra Leone", "2007-09-17", "2018-04-04")],
)
P("Johnny Paul Koroma", "Sierra Leone", "")
P(
    "Julius Maada Bio",
    "Sierra Leone",
    "-:v:Julius Bio",
    [("pres:Sierra Leone", "2018-04-04", N)],
)
P("Foday Sankoh", "Revolutionary United Front", "-:s:Sankoh")
P("Sam Bockarie", "Revolutionary United Front", "-:s:Bockarie")
P(
    "Félix Houphouët-Boigny",
    "Côte d'Ivoire",
    "-:s:Houphouët-Boigny; -:v:Felix Houphouet-Boigny; -:s:Houphouet-Boigny",
    [("pres:Côte d'Ivoire", "1960-11-03", "1993-12-07")],
)
P(
    "Henri Konan Bédié",
    "Côte d'Ivoire",
    "-:s:Bédié; -:v:Henri Konan Bedie; -:s:Konan Bédié",
    [("pres:Côte d'Ivoire", "1993-12-07", "1999-12-24")],
)
P(
    "Robert Guéï",
    "Côte d'Ivoire",
    "-:s:Guéï; -:v:Robert Guei",
    [("pres:Côte d'Ivoire", "1999-12-24", "2000-10-26")],
)
P(
    "Laurent Gbagbo",
    "Côte d'Ivoire",
    "-:s:Gbagbo",
    [("pres:Côte d'Ivoire", "2000-10-26", "2011-04-11")],
)
P(
    "Alassane Ouattara",
    "Côte d'Ivoire",
    "-:s:Ouattara; -:v:Alassane Dramane Ouattara",
    [("pres:Côte d'Ivoire", "2011-04-11", N)],
)
P("Guillaume Soro", "Forces Nouvelles", "-:s:Soro")
P("Goodluck Jonathan", "Nigeria", "", [("pres:Nigeria", "2010-05-06", "2015-05-29")])
P("Muhammadu Buhari", "Nigeria", "-:s:Buhari", [("pres:Nigeria", "2015-05-29", "2023-05-29")])
P(
    "Bola Tinubu",
    "Nigeria",
    "-:s:Tinubu; -:v:Bola Ahmed Tinubu",
    [("pres:Nigeria", "2023-05-29", N)],
)
P("Brahim Ghali", "Polisario Front", "")
P("Mohamed Abdelaziz", "Polisario Front", "")
P("Christopher Ross", "United Nations", "")

# --- Afghanistan, Pakistan, India ------------------------------------------------------------------
P(
    "Hamid Karzai",
    "Afghanistan",
    "-:s:Karzai; fr:v:Hamid Karzaï; fr:s:Karzaï; de:v:Hamid Karsai; de:s:Karsai",
    [("pres:Afghanistan", "2001-12-22", "2014-09-29")],
)
P(
    "Burhanuddin Rabbani",
    "Afghanistan",
    "-:s:Rabbani",
    [("pres:Afghanistan", "1992-06-28", "2001-12-22")],
)
P("Mohammad Najibullah", "Afghanistan", "-:s:Najibullah; -:v:Mohammed Najibullah")
P("Abdullah Abdullah", "Afghanistan", "-:v:Dr. Abdullah Abdullah")
P("Ahmad Shah Massoud", "Afghanistan", "-:v:Ahmed Shah Massoud; -:v:Ahmad Shah Masood")
P("Gulbuddin Hekmatyar", "Hezb-e-Islami", "-:s:Hekmatyar; de:v:Gulbuddin Hekmatjar")
P("Abdul Rashid Dostum", "Afghanistan", "-:s:Dostum")
P(
    "Mohammad Omar",
    "Taliban",
    "-:v:Mullah Omar; -:v:Mullah Mohammed Omar; fr:v:mollah Omar; de:v:Mullah Omar",
)
P("Akhtar Mansour", "Taliban", "-:v:Mullah Akhtar Mansour; -:v:Akhtar Mohammad Mansour")
P("Sirajuddin Haqqani", "Taliban", "")
P("Abdul Hakim Haqqani", "Taliban", "-:v:Abdul Hakim Ishaqzai")
P(
    "Amir Khan Muttaqi",
    "Taliban",
    "-:s:Muttaqi; -:v:Amir Khan Mottaki",
)
P("Mohammad Hassan Akhund", "Taliban", "-:v:Mullah Mohammad Hassan Akhund")
P("Zabihullah Mujahid", "Taliban", "-:s:Mujahid")
P("Suhail Shaheen", "Taliban", "")
P("Sher Mohammad Abbas Stanikzai", "Taliban", "-:s:Stanikzai; -:v:Abbas Stanikzai")
P(
    "Lakhdar Brahimi",
    "United Nations",
    "-:s:Brahimi",
)
P("Kai Eide", "United Nations", "")
P(
    "Benazir Bhutto",
    "Pakistan",
    "-:s:Bhutto",
    [("pm:Pakistan", "1988-12-02", "1990-08-06"), ("pm:Pakistan", "1993-10-19", "1996-11-05")],
    fem=True,
)
P(
    "Nawaz Sharif",
    "Pakistan",
    "-:v:Mian Nawaz Sharif",
    [
        ("pm:Pakistan", "1990-11-06", "1993-07-18"),
        ("pm:Pakistan", "1997-02-17", "1999-10-12"),
        ("pm:Pakistan", "2013-06-05", "2017-07-28"),
    ],
)
P(
    "Shehbaz Sharif",
    "Pakistan",
    "-:v:Shahbaz Sharif",
    [("pm:Pakistan", "2022-04-11", "2023-08-14"), ("pm:Pakistan", "2024-03-04", N)],
)
P(
    "Pervez Musharraf",
    "Pakistan",
    "-:s:Musharraf; fr:v:Pervez Moucharraf; fr:s:Moucharraf",
    [("pres:Pakistan", "2001-06-20", "2008-08-18")],
)
P(
    "Asif Ali Zardari",
    "Pakistan",
    "-:s:Zardari",
    [("pres:Pakistan", "2008-09-09", "2013-09-09"), ("pres:Pakistan", "2024-03-10", N)],
)
P("Arif Alvi", "Pakistan", "-:s:Alvi", [("pres:Pakistan", "2018-09-09", "2024-03-10")])
P(
    "Yousaf Raza Gilani",
    "Pakistan",
    "-:s:Gilani; -:v:Yousuf Raza Gillani; -:s:Gillani",
    [("pm:Pakistan", "2008-03-25", "2012-06-19")],
)
P("Imran Khan", "Pakistan", "", [("pm:Pakistan", "2018-08-18", "2022-04-10")])
P(
    "Shah Mehmood Qureshi",
    "Pakistan",
    "-:s:Qureshi",
    [("fm:Pakistan", "2008-03-31", "2011-02-11"), ("fm:Pakistan", "2018-08-20", "2022-04-10")],
)
P(
    "Bilawal Bhutto Zardari",
    "Pakistan",
    "-:v:Bilawal Bhutto",
    [("fm:Pakistan", "2022-04-27", "2023-08-10")],
)
P("Ishaq Dar", "Pakistan", "-:v:Mohammad Ishaq Dar", [("fm:Pakistan", "2024-03-11", N)])
P("Asim Munir", "Pakistan", "-:v:Syed Asim Munir")
P(
    "P. V. Narasimha Rao",
    "India",
    "-:v:Narasimha Rao; -:v:P.V. Narasimha Rao",
    [("pm:India", "1991-06-21", "1996-05-16")],
)
P(
    "Atal Bihari Vajpayee",
    "India",
    "-:s:Vajpayee",
    [("pm:India", "1996-05-16", "1996-06-01"), ("pm:India", "1998-03-19", "2004-05-22")],
)
P(
    "I. K. Gujral",
    "India",
    "-:s:Gujral; -:v:Inder Kumar Gujral",
    [("pm:India", "1997-04-21", "1998-03-19")],
)
P("Manmohan Singh", "India", "", [("pm:India", "2004-05-22", "2014-05-26")])
P("Jaswant Singh", "India", "", [("fm:India", "1998-12-05", "2002-07-01")])
P("Pranab Mukherjee", "India", "-:s:Mukherjee", [("fm:India", "2006-10-24", "2009-05-22")])
P("Sushma Swaraj", "India", "-:s:Swaraj", [("fm:India", "2014-05-26", "2019-05-30")], fem=True)
P(
    "S. Jaishankar",
    "India",
    "-:s:Jaishankar; -:v:Subrahmanyam Jaishankar; -:v:S Jaishankar",
    [("fm:India", "2019-05-30", N)],
)

# --- Sri Lanka, Nepal ------------------------------------------------------------------------------
P(
    "Ranasinghe Premadasa",
    "Sri Lanka",
    "-:v:R. Premadasa",
    [("pres:Sri Lanka", "1989-01-02", "1993-05-01")],
)
P(
    "Dingiri Banda Wijetunga",
    "Sri Lanka",
    "-:s:Wijetunga; -:v:D. B. Wijetunga; -:v:D.B. Wijetunga",
    [("pres:Sri Lanka", "1993-05-01", "1994-11-12")],
)
P(
    "Chandrika Kumaratunga",
    "Sri Lanka",
    "-:s:Kumaratunga; -:v:Chandrika Bandaranaike Kumaratunga; -:s:Kumaratunge",
    [("pm:Sri Lanka", "1994-08-19", "1994-11-12"), ("pres:Sri Lanka", "1994-11-12", "2005-11-19")],
    fem=True,
)
P(
    "Mahinda Rajapaksa",
    "Sri Lanka",
    "-:s:Rajapaksa; -:v:Mahinda Rajapakse; -:s:Rajapakse",
    [
        ("pm:Sri Lanka", "2004-04-06", "2005-11-19"),
        ("pres:Sri Lanka", "2005-11-19", "2015-01-09"),
        ("pm:Sri Lanka", "2019-11-21", "2022-05-12"),
    ],
)
P(
    "Maithripala Sirisena",
    "Sri Lanka",
    "-:s:Sirisena",
    [("pres:Sri Lanka", "2015-01-09", "2019-11-18")],
)
P(
    "Gotabaya Rajapaksa",
    "Sri Lanka",
    "-:v:Gotabhaya Rajapaksa; -:v:Gotabaya Rajapakse",
    [("pres:Sri Lanka", "2019-11-18", "2022-07-14")],
)
P(
    "Ranil Wickremesinghe",
    "Sri Lanka",
    "-:s:Wickremesinghe; -:v:Ranil Wickremasinghe; -:s:Wickremasinghe",
    [
        ("pm:Sri Lanka", "1993-05-07", "1994-08-19"),
        ("pm:Sri Lanka", "2001-12-09", "2004-04-06"),
        ("pm:Sri Lanka", "2015-01-09", "2018-10-26"),
        ("pm:Sri Lanka", "2018-12-16", "2019-11-21"),
        ("pm:Sri Lanka", "2022-05-12", "2022-07-21"),
        ("pres:Sri Lanka", "2022-07-21", "2024-09-23"),
    ],
)
P(
    "Anura Kumara Dissanayake",
    "Sri Lanka",
    "-:v:Anura Dissanayake; -:a:AKD",
    [("pres:Sri Lanka", "2024-09-23", N)],
)
P(
    "Sirimavo Bandaranaike",
    "Sri Lanka",
    "-:s:Bandaranaike",
    [("pm:Sri Lanka", "1994-11-14", "2000-08-10")],
    fem=True,
)
P(
    "Ratnasiri Wickremanayake",
    "Sri Lanka",
    "-:s:Wickremanayake",
    [("pm:Sri Lanka", "2000-08-10", "2001-12-09"), ("pm:Sri Lanka", "2005-11-21", "2010-04-21")],
)
P("D. M. Jayaratne", "Sri Lanka", "-:s:Jayaratne", [("pm:Sri Lanka", "2010-04-21", "2015-01-09")])
P(
    "Dinesh Gunawardena",
    "Sri Lanka",
    "-:s:Gunawardena",
    [("pm:Sri Lanka", "2022-07-22", "2024-09-23")],
)
P(
    "Harini Amarasuriya",
    "Sri Lanka",
    "-:s:Amarasuriya",
    [("pm:Sri Lanka", "2024-09-24", N)],
    fem=True,
)
P("Lakshman Kadirgamar", "Sri Lanka", "-:s:Kadirgamar")
P(
    "G. L. Peiris",
    "Sri Lanka",
    "-:s:Peiris; -:v:G.L. Peiris",
    [("fm:Sri Lanka", "2010-04-23", "2015-01-12")],
)
P("Mangala Samaraweera", "Sri Lanka", "-:s:Samaraweera")
P("Vijitha Herath", "Sri Lanka", "-:s:Herath", [("fm:Sri Lanka", "2024-09-24", N)])
P(
    "Velupillai Prabhakaran",
    "Liberation Tigers of Tamil Eelam",
    "-:s:Prabhakaran; -:v:Vellupillai Prabhakaran; fr:v:Velupillai Prabhakaran",
)
P("Anton Balasingham", "Liberation Tigers of Tamil Eelam", "-:s:Balasingham")
P(
    "S. P. Thamilselvan",
    "Liberation Tigers of Tamil Eelam",
    "-:s:Thamilselvan; -:v:S.P. Thamilselvan; -:v:Suppiah Paramu Thamilselvan",
)
P(
    "Vinayagamoorthy Muralitharan",
    "Liberation Tigers of Tamil Eelam",
    "-:v:Karuna Amman; -:v:Colonel Karuna",
)
P("Selvarasa Pathmanathan", "Liberation Tigers of Tamil Eelam", "-:s:Pathmanathan")
P("Yasushi Akashi", "Japan", "-:s:Akashi")
P(
    "Gyanendra Shah",
    "Nepal",
    "-:v:King Gyanendra; -:s:Gyanendra; -:v:Gyanendra Bir Bikram Shah Dev; it:v:re Gyanendra; de:v:König Gyanendra; fr:v:roi Gyanendra; es:v:rey Gyanendra",
    [("king:Nepal", "2001-06-04", "2008-05-28")],
)
P(
    "Birendra Shah",
    "Nepal",
    "-:v:King Birendra; -:v:Birendra Bir Bikram Shah Dev",
    [("king:Nepal", "1972-01-31", "2001-06-01")],
)
P(
    "Girija Prasad Koirala",
    "Nepal",
    "-:s:Koirala; -:v:G. P. Koirala; -:v:G.P. Koirala",
    [
        ("pm:Nepal", "1991-05-26", "1994-11-30"),
        ("pm:Nepal", "1998-04-15", "1999-05-31"),
        ("pm:Nepal", "2000-03-20", "2001-07-26"),
        ("pm:Nepal", "2006-04-30", "2008-08-18"),
    ],
)
P(
    "Sher Bahadur Deuba",
    "Nepal",
    "-:s:Deuba",
    [
        ("pm:Nepal", "1995-09-12", "1997-03-12"),
        ("pm:Nepal", "2001-07-26", "2002-10-04"),
        ("pm:Nepal", "2004-06-03", "2005-02-01"),
        ("pm:Nepal", "2017-06-07", "2018-02-15"),
        ("pm:Nepal", "2021-07-13", "2022-12-26"),
    ],
)
P(
    "Pushpa Kamal Dahal",
    "Communist Party of Nepal (Maoist)",
    "-:s:Dahal; -:s:Prachanda; -:v:Pushpa Kamal Dahal Prachanda",
    [
        ("pm:Nepal", "2008-08-18", "2009-05-25"),
        ("pm:Nepal", "2016-08-04", "2017-06-07"),
        ("pm:Nepal", "2022-12-26", "2024-07-15"),
    ],
)
P(
    "Baburam Bhattarai",
    "Nepal",
    "-:s:Bhattarai",
    [("pm:Nepal", "2011-08-29", "2013-03-14")],
)
P(
    "K. P. Sharma Oli",
    "Nepal",
    "-:s:Oli; -:v:KP Sharma Oli; -:v:K.P. Sharma Oli; -:v:Khadga Prasad Sharma Oli; -:v:Khadga Prasad Oli",
    [
        ("pm:Nepal", "2015-10-12", "2016-08-04"),
        ("pm:Nepal", "2018-02-15", "2021-07-13"),
        ("pm:Nepal", "2024-07-15", "2025-09-12"),
    ],
)
P("Sushila Karki", "Nepal", "-:s:Karki", [("pm:Nepal", "2025-09-12", N)], fem=True)

# --- Myanmar, Thailand, Cambodia -------------------------------------------------------------------
P("Than Shwe", "Myanmar", "-:v:Senior General Than Shwe")
P("Htin Kyaw", "Myanmar", "", [("pres:Myanmar", "2016-03-30", "2018-03-21")])
P("Win Myint", "Myanmar", "", [("pres:Myanmar", "2018-03-30", "2021-02-01")])
P("Duwa Lashi La", "National Unity Government of Myanmar", "")
P("Twan Mrat Naing", "Arakan Army", "")
P(
    "Chuan Leekpai",
    "Thailand",
    "-:s:Chuan; -:s:Leekpai",
    [("pm:Thailand", "1992-09-23", "1995-07-13"), ("pm:Thailand", "1997-11-09", "2001-02-09")],
)
P(
    "Thaksin Shinawatra",
    "Thailand",
    "-:s:Thaksin",
    [("pm:Thailand", "2001-02-09", "2006-09-19")],
)
P(
    "Surayud Chulanont",
    "Thailand",
    "-:s:Surayud",
    [("pm:Thailand", "2006-10-01", "2008-01-29")],
)
P(
    "Abhisit Vejjajiva",
    "Thailand",
    "-:s:Abhisit",
    [("pm:Thailand", "2008-12-17", "2011-08-05")],
)
P(
    "Yingluck Shinawatra",
    "Thailand",
    "-:s:Yingluck",
    [("pm:Thailand", "2011-08-05", "2014-05-07")],
    fem=True,
)
P(
    "Prayut Chan-o-cha",
    "Thailand",
    "-:s:Prayut; -:s:Prayuth; -:v:Prayuth Chan-ocha; -:v:Prayut Chan-ocha",
    [("pm:Thailand", "2014-08-24", "2023-08-22")],
)
P("Srettha Thavisin", "Thailand", "-:s:Srettha", [("pm:Thailand", "2023-08-22", "2024-08-14")])
P(
    "Paetongtarn Shinawatra",
    "Thailand",
    "-:s:Paetongtarn",
    [("pm:Thailand", "2024-08-16", "2025-08-29")],
    fem=True,
)
P(
    "Anutin Charnvirakul",
    "Thailand",
    "-:s:Anutin",
    [("pm:Thailand", "2025-09-07", N)],
)
P("Hun Sen", "Cambodia", "-:s:Hun", [("pm:Cambodia", "1985-01-14", "2023-08-22")])
P("Hun Manet", "Cambodia", "-:s:Hun; -:s:Manet", [("pm:Cambodia", "2023-08-22", N)])
P("Norodom Ranariddh", "Cambodia", "-:s:Ranariddh; -:v:Prince Ranariddh")
P(
    "Norodom Sihanouk",
    "Cambodia",
    "-:s:Sihanouk; -:v:King Sihanouk; -:v:Prince Sihanouk",
    [("king:Cambodia", "1941-04-25", "1955-03-02"), ("king:Cambodia", "1993-09-24", "2004-10-07")],
)
P("Pol Pot", "Khmer Rouge", "")
P("Khieu Samphan", "Khmer Rouge", "")
P("Ieng Sary", "Khmer Rouge", "")

# --- Indonesia and Aceh, Philippines, Malaysia ----------------------------------------------------------
P(
    "Suharto",
    "Indonesia",
    "-:v:Soeharto; -:v:General Suharto",
    [("pres:Indonesia", "1967-03-12", "1998-05-21")],
)
P(
    "B. J. Habibie",
    "Indonesia",
    "-:s:Habibie; -:v:B.J. Habibie; -:v:Bacharuddin Jusuf Habibie",
    [("pres:Indonesia", "1998-05-21", "1999-10-20")],
)
P(
    "Abdurrahman Wahid",
    "Indonesia",
    "-:s:Wahid; -:v:Gus Dur",
    [("pres:Indonesia", "1999-10-20", "2001-07-23")],
)
P(
    "Megawati Sukarnoputri",
    "Indonesia",
    "-:s:Megawati; -:s:Sukarnoputri; -:v:Megawati Soekarnoputri",
    [("pres:Indonesia", "2001-07-23", "2004-10-20")],
    fem=True,
)
P(
    "Susilo Bambang Yudhoyono",
    "Indonesia",
    "-:s:Yudhoyono; -:a:SBY",
    [("pres:Indonesia", "2004-10-20", "2014-10-20")],
)
P(
    "Joko Widodo",
    "Indonesia",
    "-:s:Widodo; -:s:Jokowi",
    [("pres:Indonesia", "2014-10-20", "2024-10-20")],
)
P(
    "Prabowo Subianto",
    "Indonesia",
    "-:s:Prabowo; -:s:Subianto",
    [("pres:Indonesia", "2024-10-20", N)],
)
P("Jusuf Kalla", "Indonesia", "-:s:Kalla")
P("Hamid Awaluddin", "Indonesia", "-:s:Awaludin")
P("Ali Alatas", "Indonesia", "-:s:Alatas", [("fm:Indonesia", "1988-03-21", "1999-10-20")])
P("Hassan Wirajuda", "Indonesia", "-:s:Wirajuda", [("fm:Indonesia", "2001-08-10", "2009-10-22")])
P("Marty Natalegawa", "Indonesia", "-:s:Natalegawa", [("fm:Indonesia", "2009-10-22", "2014-10-27")])
P(
    "Retno Marsudi",
    "Indonesia",
    "-:s:Marsudi",
    [("fm:Indonesia", "2014-10-27", "2024-10-21")],
    fem=True,
)
P("Malik Mahmud", "Free Aceh Movement", "-:v:Malik Mahmud Al Haythar")
P("Irwandi Yusuf", "Free Aceh Movement", "-:s:Irwandi")
P(
    "Corazon Aquino",
    "Philippines",
    "-:v:Cory Aquino; -:v:Corazón Aquino",
    [("pres:Philippines", "1986-02-25", "1992-06-30")],
    fem=True,
)
P(
    "Fidel Ramos",
    "Philippines",
    "-:v:Fidel V. Ramos; -:v:Fidel Valdez Ramos",
    [("pres:Philippines", "1992-06-30", "1998-06-30")],
)
P(
    "Joseph Estrada",
    "Philippines",
    "-:s:Estrada; -:v:Joseph Ejercito Estrada",
    [("pres:Philippines", "1998-06-30", "2001-01-20")],
)
P(
    "Gloria Macapagal Arroyo",
    "Philippines",
    "-:s:Macapagal Arroyo; -:v:Gloria Arroyo",
    [("pres:Philippines", "2001-01-20", "2010-06-30")],
    fem=True,
)
P(
    "Benigno Aquino",
    "Philippines",
    "-:s:Aquino; -:v:Noynoy Aquino; -:v:Benigno S. Aquino III; -:v:Benigno Aquino III",
    [("pres:Philippines", "2010-06-30", "2016-06-30")],
)
P(
    "Rodrigo Duterte",
    "Philippines",
    "-:s:Duterte",
    [("pres:Philippines", "2016-06-30", "2022-06-30")],
)
P(
    "Ferdinand Marcos Jr.",
    "Philippines",
    "-:v:Bongbong Marcos; -:v:Ferdinand Marcos Jr; -:v:Ferdinand Romualdez Marcos Jr.",
    [("pres:Philippines", "2022-06-30", N)],
)
P(
    "Murad Ebrahim",
    "Moro Islamic Liberation Front",
    "-:v:Al Haj Murad Ebrahim; -:v:Ahod Balawag Ebrahim",
)
P("Mohagher Iqbal", "Moro Islamic Liberation Front", "-:s:Iqbal")
P("Nur Misuari", "Moro National Liberation Front", "-:s:Misuari")
P("Miriam Coronel-Ferrer", "Philippines", "-:s:Coronel-Ferrer; -:v:Miriam Coronel Ferrer", fem=True)
P("Teresita Quintos Deles", "Philippines", "-:v:Teresita Deles", fem=True)
P(
    "Jose Maria Sison",
    "National Democratic Front of the Philippines",
    "-:s:Sison; -:v:José María Sison",
)
P(
    "Mahathir Mohamad",
    "Malaysia",
    "-:s:Mahathir; -:v:Mahathir bin Mohamad",
    [("pm:Malaysia", "1981-07-16", "2003-10-31"), ("pm:Malaysia", "2018-05-10", "2020-03-01")],
)
P(
    "Abdullah Ahmad Badawi",
    "Malaysia",
    "-:s:Badawi",
    [("pm:Malaysia", "2003-10-31", "2009-04-03")],
)
P("Najib Razak", "Malaysia", "-:v:Najib Tun Razak", [("pm:Malaysia", "2009-04-03", "2018-05-10")])
P("Muhyiddin Yassin", "Malaysia", "-:s:Muhyiddin", [("pm:Malaysia", "2020-03-01", "2021-08-16")])
P("Ismail Sabri Yaakob", "Malaysia", "", [("pm:Malaysia", "2021-08-21", "2022-11-24")])
P("Anwar Ibrahim", "Malaysia", "-:s:Anwar", [("pm:Malaysia", "2022-11-24", N)])

# --- Korea -----------------------------------------------------------------------------------------------
P("Roh Tae-woo", "South Korea", "", [("pres:South Korea", "1988-02-25", "1993-02-25")])
P("Lee Myung-bak", "South Korea", "", [("pres:South Korea", "2008-02-25", "2013-02-25")])
P("Kim Young-sam", "South Korea", "-:s:Kim", [("pres:South Korea", "1993-02-25", "1998-02-25")])
P("Roh Moo-hyun", "South Korea", "", [("pres:South Korea", "2003-02-25", "2008-02-25")])
P("Park Geun-hye", "South Korea", "", [("pres:South Korea", "2013-02-25", "2017-03-10")], fem=True)
P("Moon Jae-in", "South Korea", "-:s:Moon", [("pres:South Korea", "2017-05-10", "2022-05-10")])
P(
    "Yoon Suk Yeol",
    "South Korea",
    "-:s:Yoon; -:v:Yoon Suk-yeol",
    [("pres:South Korea", "2022-05-10", "2025-04-04")],
)
P("Lee Jae-myung", "South Korea", "", [("pres:South Korea", "2025-06-04", N)])
P("Chung Eui-yong", "South Korea", "")
P(
    "Kim Il-sung",
    "North Korea",
    "-:v:Kim Il Sung; -:s:Kim",
    [("leader:North Korea", "1948-09-09", "1994-07-08")],
)
P(
    "Kim Jong-il",
    "North Korea",
    "-:v:Kim Jong Il; -:s:Kim",
    [("leader:North Korea", "1994-07-08", "2011-12-17")],
)
P(
    "Kim Jong-un",
    "North Korea",
    "-:v:Kim Jong Un; de:v:Kim Jong Un; fr:v:Kim Jong-un; -:s:Kim",
    [("leader:North Korea", "2011-12-17", N)],
)
P("Kim Yo-jong", "North Korea", "-:v:Kim Yo Jong", fem=True)
P("Ri Yong-ho", "North Korea", "-:v:Ri Yong Ho")
P("Choe Son-hui", "North Korea", "-:v:Choe Son Hui", fem=True)
P("Kim Kye-gwan", "North Korea", "-:v:Kim Kye Gwan")

# --- Colombia, Venezuela, Cuba ------------------------------------------------------------------------
P(
    "César Gaviria",
    "Colombia",
    "-:s:Gaviria; -:v:Cesar Gaviria",
    [("pres:Colombia", "1990-08-07", "1994-08-07")],
)
P("Ernesto Samper", "Colombia", "-:s:Samper", [("pres:Colombia", "1994-08-07", "1998-08-07")])
P(
    "Andrés Pastrana",
    "Colombia",
    "-:s:Pastrana; -:v:Andres Pastrana; -:v:Andrés Pastrana Arango",
    [("pres:Colombia", "1998-08-07", "2002-08-07")],
)
P("Manuel Marulanda", "FARC", "-:s:Marulanda; -:v:Tirofijo; -:v:Manuel Marulanda Vélez")
P("Alfonso Cano", "FARC", "")
P("Jesús Santrich", "FARC", "-:s:Santrich; -:v:Jesus Santrich")
P("Carlos Antonio Lozada", "FARC", "")
P("Iván Mordisco", "Estado Mayor Central", "-:s:Mordisco; -:v:Ivan Mordisco")
P("Nicolás Rodríguez Bautista", "ELN", "-:v:Gabino; -:v:Nicolas Rodriguez Bautista")
P("Frank Pearl", "Colombia", "")
P("Hugo Chávez", "Venezuela", "-:s:Chávez; -:v:Hugo Chavez; -:s:Chavez")
P("Nicolás Maduro", "Venezuela", "-:s:Maduro; -:v:Nicolas Maduro")
P("Fidel Castro", "Cuba", "-:v:Fidel Castro Ruz", [("pres:Cuba", "1976-12-02", "2008-02-24")])

# --- Central America ------------------------------------------------------------------------------------
P(
    "Ramiro de León Carpio",
    "Guatemala",
    "-:v:Ramiro de Leon Carpio",
    [("pres:Guatemala", "1993-06-06", "1996-01-14")],
)
P(
    "Álvaro Arzú",
    "Guatemala",
    "-:s:Arzú; -:v:Alvaro Arzu; -:s:Arzu",
    [("pres:Guatemala", "1996-01-14", "2000-01-14")],
)
P("Alfonso Portillo", "Guatemala", "-:s:Portillo", [("pres:Guatemala", "2000-01-14", "2004-01-14")])
P("Álvaro Colom", "Guatemala", "-:v:Alvaro Colom", [("pres:Guatemala", "2008-01-14", "2012-01-14")])
P(
    "Otto Pérez Molina",
    "Guatemala",
    "-:s:Pérez Molina; -:v:Otto Perez Molina",
    [("pres:Guatemala", "2012-01-14", "2015-09-03")],
)
P(
    "Alejandro Giammattei",
    "Guatemala",
    "-:s:Giammattei",
    [("pres:Guatemala", "2020-01-14", "2024-01-14")],
)
P(
    "Bernardo Arévalo",
    "Guatemala",
    "-:s:Arévalo; -:v:Bernardo Arevalo",
    [("pres:Guatemala", "2024-01-15", N)],
)
P("Rolando Morán", "URNG", "-:v:Rolando Moran")
P("Pablo Monsanto", "URNG", "-:s:Monsanto")
P("Gaspar Ilom", "URNG", "")
P("Jean Arnault", "United Nations", "-:s:Arnault")
P(
    "Armando Calderón Sol",
    "El Salvador",
    "-:v:Armando Calderon Sol; -:s:Calderón Sol; -:s:Calderon Sol",
    [("pres:El Salvador", "1994-06-01", "1999-06-01")],
)
P("Mauricio Funes", "El Salvador", "-:s:Funes", [("pres:El Salvador", "2009-06-01", "2014-06-01")])
P(
    "Salvador Sánchez Cerén",
    "El Salvador",
    "-:s:Sánchez Cerén; -:v:Salvador Sanchez Ceren",
    [("pres:El Salvador", "2014-06-01", "2019-06-01")],
)
P("Nayib Bukele", "El Salvador", "-:s:Bukele", [("pres:El Salvador", "2019-06-01", N)])
P("Joaquín Villalobos", "FMLN", "-:s:Villalobos; -:v:Joaquin Villalobos")

# --- United Nations, NATO, EU, OSCE, AU, ICRC, Holy See ------------------------------------------------
P(
    "Javier Pérez de Cuéllar",
    "United Nations",
    "-:s:Pérez de Cuéllar; -:v:Javier Perez de Cuellar; -:s:Perez de Cuellar",
    [("sg:United Nations", "1982-01-01", "1992-01-01")],
)
P(
    "Kofi Annan",
    "United Nations",
    "-:s:Annan",
    [
        ("sg:United Nations", "1997-01-01", "2007-01-01"),
    ],
)
P("Nickolay Mladenov", "United Nations", "-:s:Mladenov; -:v:Nikolay Mladenov")
P("Sigrid Kaag", "United Nations", "-:s:Kaag", fem=True)
P("Kieran Prendergast", "United Nations", "-:s:Prendergast")
P("Jeffrey Feltman", "United Nations", "-:s:Feltman")
P("Rosemary DiCarlo", "United Nations", "-:s:DiCarlo", fem=True)
P("Jean-Marie Guéhenno", "United Nations", "-:s:Guéhenno; -:v:Jean-Marie Guehenno")
P("Julie Bishop", "United Nations", "", fem=True)
P(
    "Manfred Wörner",
    "NATO",
    "-:s:Wörner; -:v:Manfred Woerner",
    [("sg:NATO", "1988-07-01", "1994-08-13")],
)
P("Willy Claes", "NATO", "-:s:Claes", [("sg:NATO", "1994-10-17", "1995-10-20")])
P(
    "George Robertson",
    "NATO",
    "-:v:Lord Robertson",
    [("sg:NATO", "1999-10-14", "2004-01-01")],
)
P(
    "Jaap de Hoop Scheffer",
    "NATO",
    "-:s:de Hoop Scheffer; -:s:Scheffer",
    [("sg:NATO", "2004-01-01", "2009-08-01")],
)
P(
    "Anders Fogh Rasmussen",
    "NATO",
    "-:s:Fogh Rasmussen",
    [("sg:NATO", "2009-08-01", "2014-10-01")],
)
P(
    "Jacques Delors",
    "European Commission",
    "-:s:Delors",
    [("pres:European Commission", "1985-01-06", "1995-01-24")],
)
P(
    "José Manuel Barroso",
    "European Commission",
    "-:s:Barroso; -:v:Jose Manuel Barroso; -:v:José Manuel Durão Barroso",
    [("pres:European Commission", "2004-11-22", "2014-11-01")],
)
P(
    "Herman Van Rompuy",
    "European Council",
    "-:s:Van Rompuy",
    [("pres:European Council", "2009-12-01", "2014-12-01")],
)
P(
    "Catherine Ashton",
    "European Union",
    "-:s:Ashton; -:v:Lady Ashton",
    [("hrvp:European Union", "2009-12-01", "2014-11-01")],
    fem=True,
)
P(
    "Lamberto Zannier",
    "Organization for Security and Co-operation in Europe",
    "-:s:Zannier",
    [("sg:OSCE", "2011-07-01", "2017-07-01")],
)
P(
    "Thomas Greminger",
    "Organization for Security and Co-operation in Europe",
    "-:s:Greminger",
    [("sg:OSCE", "2017-07-18", "2020-07-19")],
)
P(
    "Helga Schmid",
    "Organization for Security and Co-operation in Europe",
    "",
    [("sg:OSCE", "2020-12-04", "2024-09-04")],
    fem=True,
)
P("Martin Sajdik", "Organization for Security and Co-operation in Europe", "-:s:Sajdik")
P(
    "Esmat Abdel Meguid",
    "Arab League",
    "-:v:Esmat Abdel-Meguid",
    [("sg:Arab League", "1991-05-15", "2001-06-01")],
)
P(
    "Jakob Kellenberger",
    "International Committee of the Red Cross",
    "-:s:Kellenberger",
    [("pres:ICRC", "2000-01-01", "2012-07-01")],
)
P(
    "Cornelio Sommaruga",
    "International Committee of the Red Cross",
    "-:s:Sommaruga",
    [("pres:ICRC", "1987-03-01", "2000-01-01")],
)
P(
    "Pope John Paul II",
    "Vatican",
    """it:v:Papa Giovanni Paolo II; de:v:Papst Johannes Paul II.; fr:v:pape Jean-Paul II;
  es:v:papa Juan Pablo II; en:v:John Paul II; it:v:Giovanni Paolo II; de:v:Johannes Paul II.;
  fr:v:Jean-Paul II; es:v:Juan Pablo II; -:v:Karol Wojtyła; -:v:Karol Wojtyla; -:s:Wojtyla""",
    [("pope", "1978-10-16", "2005-04-02")],
)
P(
    "Pope Benedict XVI",
    "Vatican",
    """it:v:Papa Benedetto XVI; de:v:Papst Benedikt XVI.; fr:v:pape Benoît XVI;
  es:v:papa Benedicto XVI; en:v:Benedict XVI; it:v:Benedetto XVI; de:v:Benedikt XVI.; fr:v:Benoît XVI;
  es:v:Benedicto XVI; -:v:Joseph Ratzinger; -:s:Ratzinger""",
    [("pope", "2005-04-19", "2013-02-28")],
)

# --- further envoys and negotiators (no office recorded) -------------------------------------------
P(
    "Roza Otunbayeva",
    "United Nations",
    "-:s:Otunbayeva; de:v:Rosa Otunbajewa; fr:v:Roza Otounbaïeva",
    fem=True,
)
P("Jeanine Hennis-Plasschaert", "United Nations", "-:s:Hennis-Plasschaert; -:s:Hennis", fem=True)
P("Noeleen Heyzer", "United Nations", "-:s:Heyzer", fem=True)
P("Huang Xia", "United Nations", "")
P("Bintou Keita", "United Nations", "", fem=True)
P("Mohamed Ibn Chambas", "United Nations", "-:s:Ibn Chambas; -:s:Chambas")
P("Smaïl Chergui", "African Union", "-:s:Chergui; -:v:Smail Chergui")
P("Bankole Adeoye", "African Union", "-:s:Adeoye")
P("Mahboub Maalim", "IGAD", "-:s:Maalim")
P("Ahmed Diriye", "al-Shabaab", "-:v:Abu Ubaidah; -:v:Ahmad Umar Abu Ubaidah")
P(
    "Tahnoun bin Zayed Al Nahyan",
    "United Arab Emirates",
    "-:v:Tahnoun bin Zayed; -:v:Sheikh Tahnoun",
)
P("Kamil Idris", "Sudan", "-:v:Kamil al-Tayeb Idris")
P("Wendy Sherman", "United States", "", fem=True)
P("Bill Richardson", "United States", "")
P(
    "Vitaly Churkin",
    "Russia",
    "-:s:Churkin; de:v:Witali Tschurkin; de:s:Tschurkin; fr:v:Vitali Tchourkine; fr:s:Tchourkine",
)
P(
    "Sergei Ryabkov",
    "Russia",
    "-:s:Ryabkov; de:v:Sergej Rjabkow; de:s:Rjabkow; fr:v:Sergueï Riabkov; fr:s:Riabkov",
)

# --- Central Asia ------------------------------------------------------------------
for _s in ["Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Turkmenistan"]:
    if f"pres:{_s}" not in OFFICE_DEFS:
        new_office(f"pres:{_s}", f"President of {_s}", _s, "president")
P(
    "Sadyr Japarov",
    "Kyrgyzstan",
    """-:s:Japarov; de:v:Sadyr Dschaparow; de:s:Dschaparow; fr:v:Sadyr Japarov;
  es:v:Sadyr Zhapárov; es:s:Zhapárov; -:v:Sadyr Zhaparov; -:s:Zhaparov; ru:v:Садыр Жапаров""",
    [("pres:Kyrgyzstan", "2021-01-28", N)],
)
P(
    "Sooronbay Jeenbekov",
    "Kyrgyzstan",
    "-:s:Jeenbekov; de:v:Sooronbai Dscheenbekow; de:s:Dscheenbekow",
    [("pres:Kyrgyzstan", "2017-11-24", "2020-10-15")],
)
P(
    "Almazbek Atambayev",
    "Kyrgyzstan",
    "-:s:Atambayev; de:v:Almasbek Atambajew; de:s:Atambajew; fr:v:Almazbek Atambaïev",
    [("pres:Kyrgyzstan", "2011-12-01", "2017-11-24")],
)
P(
    "Emomali Rahmon",
    "Tajikistan",
    """-:s:Rahmon; de:v:Emomali Rachmon; de:s:Rachmon; es:v:Emomali Rahmón; es:s:Rahmón;
  -:v:Emomali Rakhmon; -:s:Rakhmon; ru:v:Эмомали Рахмон""",
    [("pres:Tajikistan", "1994-11-16", N)],
)
P(
    "Shavkat Mirziyoyev",
    "Uzbekistan",
    """-:s:Mirziyoyev; de:v:Schawkat Mirsijojew; de:s:Mirsijojew; fr:v:Chavkat Mirziyoïev;
  fr:s:Mirziyoïev; es:v:Shavkat Mirziyóyev; es:s:Mirziyóyev; ru:v:Шавкат Мирзиёев""",
    [("pres:Uzbekistan", "2016-12-14", N)],
)
P(
    "Islam Karimov",
    "Uzbekistan",
    "-:s:Karimov; de:v:Islam Karimow; de:s:Karimow",
    [("pres:Uzbekistan", "1991-09-01", "2016-09-02")],
)
P(
    "Kassym-Jomart Tokayev",
    "Kazakhstan",
    """-:s:Tokayev; de:v:Kassym-Schomart Tokajew; de:s:Tokajew; fr:v:Kassym-Jomart Tokaïev;
  fr:s:Tokaïev; es:v:Kasim-Yomart Tokáyev; es:s:Tokáyev; ru:v:Касым-Жомарт Токаев""",
    [("pres:Kazakhstan", "2019-03-20", N)],
)
P(
    "Nursultan Nazarbayev",
    "Kazakhstan",
    """-:s:Nazarbayev; de:v:Nursultan Nasarbajew; de:s:Nasarbajew; fr:v:Noursoultan Nazarbaïev;
  fr:s:Nazarbaïev; es:v:Nursultán Nazarbáyev; es:s:Nazarbáyev""",
    [("pres:Kazakhstan", "1990-04-24", "2019-03-20")],
)
P(
    "Serdar Berdimuhamedow",
    "Turkmenistan",
    "-:s:Berdimuhamedow; -:v:Serdar Berdimuhamedov; -:s:Berdimuhamedov",
    [("pres:Turkmenistan", "2022-03-19", N)],
)

# --- Mexico -------------------------------------------------------------------------
if "pres:Mexico" not in OFFICE_DEFS:
    new_office("pres:Mexico", "President of Mexico", "Mexico", "president")
P(
    "Carlos Salinas de Gortari",
    "Mexico",
    "-:s:Salinas de Gortari; -:s:Salinas",
    [("pres:Mexico", "1988-12-01", "1994-12-01")],
)
P(
    "Ernesto Zedillo",
    "Mexico",
    "-:s:Zedillo; -:v:Ernesto Zedillo Ponce de León",
    [("pres:Mexico", "1994-12-01", "2000-12-01")],
)
P("Vicente Fox", "Mexico", "", [("pres:Mexico", "2000-12-01", "2006-12-01")])
P("Felipe Calderón", "Mexico", "-:v:Felipe Calderon", [("pres:Mexico", "2006-12-01", "2012-12-01")])
P(
    "Enrique Peña Nieto",
    "Mexico",
    "-:s:Peña Nieto; -:v:Enrique Pena Nieto",
    [("pres:Mexico", "2012-12-01", "2018-12-01")],
)
P(
    "Andrés Manuel López Obrador",
    "Mexico",
    "-:s:López Obrador; -:v:Andres Manuel Lopez Obrador; -:a:AMLO",
    [("pres:Mexico", "2018-12-01", "2024-10-01")],
)
P("Claudia Sheinbaum", "Mexico", "-:s:Sheinbaum", [("pres:Mexico", "2024-10-01", N)], fem=True)
