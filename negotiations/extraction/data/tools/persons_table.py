"""Persons and offices for the reference gazetteer.

``OFFICE_DEFS`` maps an office key to its title, the actor it belongs to
(``of``), a title template (see ``build_reference_actors.titles_for``) and extra
per-language title phrases (``lang:text; ...``; ``titles_f`` for women holders).
Terms are half-open: ``to`` is the day the successor took over; ``None`` means
the holder is in office as far as this file knows.
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
    [("pm:Russia", "2008-05-08", "2012-05-07"), ("pres:Russia", "2012-05-07", N)],
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
    [("pres:Ukraine", "2014-06-07", "2019-05-20")],
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
    [("pm:Israel", "2009-03-31", "2021-06-13"), ("pm:Israel", "2022-12-29", N)],
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
P("Israel Katz", "Israel", "-:s:Katz; he:v:ישראל כ״ץ")
P("Gideon Sa'ar", "Israel", "-:s:Sa'ar; -:v:Gideon Saar; he:v:גדעון סער")
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
    [("pres:Palestine", "2005-01-15", N)],
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
    [("chief:Hamas", "2017-05-06", "2024-07-31")],
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
    [("pm:Lebanon", "2021-09-10", "2025-02-08")],
)
P("Hassan Diab", "Lebanon", "-:s:Diab", [("pm:Lebanon", "2020-01-21", "2021-09-10")])
P("Saad Hariri", "Lebanon", "-:s:Hariri", [("pm:Lebanon", "2016-12-18", "2020-01-21")])
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
    [("pm:Turkey", "2014-08-28", "2016-05-24")],
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
    "Faisal bin Farhan",
    "Saudi Arabia",
    """-:v:Faisal bin Farhan Al Saud; fr:v:Fayçal ben Farhane;
  -:v:Prince Faisal bin Farhan""",
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
  fr:v:Ahmed al-Chareh; fr:s:al-Chareh; fr:v:Abou Mohammed al-Jolani; es:v:Ahmed al Sharaa;
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
    "-:s:Sarraj; -:s:al-Sarraj",
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
P("Olusegun Obasanjo", "Nigeria", "-:s:Obasanjo")
P("Cyril Ramaphosa", "South Africa", "-:s:Ramaphosa", [("pres:South Africa", "2018-02-15", N)])
P("Moussa Faki", "African Union", "-:v:Moussa Faki Mahamat; -:s:Faki")
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
    [("pm:Norway", "2021-10-14", N)],
)
P("Erna Solberg", "Norway", "-:s:Solberg", [("pm:Norway", "2013-10-16", "2021-10-14")], fem=True)
P("Espen Barth Eide", "Norway", "-:s:Barth Eide", [("fm:Norway", "2023-10-16", N)])
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
P("Michel Barnier", "France", "-:s:Barnier", [("pm:France", "2024-09-05", "2024-12-13")])
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
P("Jean-Marc Ayrault", "France", "-:s:Ayrault", [("fm:France", "2016-02-11", "2017-05-17")])
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
    [("fm:Germany", "2013-12-17", "2017-01-27"), ("pres:Germany", "2017-03-19", N)],
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
    [("pres:Serbia", "2017-05-31", N)],
)
P("Albin Kurti", "Kosovo", "-:s:Kurti")
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
P("Jens Stoltenberg", "NATO", "-:s:Stoltenberg", [("sg:NATO", "2014-10-01", "2024-10-01")])
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
P("Tedros Adhanom Ghebreyesus", "World Health Organization", "-:s:Tedros")
P("Philippe Lazzarini", "UNRWA", "-:s:Lazzarini")
P("Ahmed Aboul Gheit", "Arab League", "-:s:Aboul Gheit; -:v:Ahmed Abul Gheit")
P("Staffan de Mistura", "United Nations", "-:s:de Mistura")
P("Geir Pedersen", "United Nations", "-:s:Pedersen")
P("Martin Griffiths", "United Nations", "-:s:Griffiths")
P("Hans Grundberg", "United Nations", "-:s:Grundberg")
P("Ghassan Salamé", "United Nations", "-:s:Salamé; -:v:Ghassan Salame")
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
P("Mohammed Al Jaber", "Saudi Arabia", "-:v:Mohammed Al-Jaber")
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
