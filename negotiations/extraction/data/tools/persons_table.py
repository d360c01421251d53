"""Persons and offices for the reference gazetteer.

``OFFICE_DEFS`` maps an office key to its title, the actor it belongs to
(``of``), a title template (see ``build_reference_actors.titles_for``) and extra
per-language title phrases (``lang:text; ...``; ``titles_f`` for women holders).
Terms are half-open: ``to`` is the day the successor took over; ``None`` means
the holder is in office as far as this file knows.
"""

OFFICE_DEFS = {}


def _the(name):
    return f"the {name}" if name in {
        "United States", "United Kingdom", "United Arab Emirates", "Democratic Republic of the Congo",
        "Philippines", "Netherlands"} else name


def office(key, title, of, template="custom", titles="", titles_f=None):
    OFFICE_DEFS[key] = {"title": title, "of": of, "template": template, "titles": titles}
    if titles_f is not None:
        OFFICE_DEFS[key]["titles_f"] = titles_f


for _s in ["Russia", "Ukraine", "France", "China", "Turkey", "Egypt", "Israel", "Palestine",
           "Lebanon", "Iran", "Syria", "Yemen", "Sudan", "Belarus", "Azerbaijan",
           "Democratic Republic of the Congo", "Rwanda", "Angola", "Kenya", "Togo", "South Sudan",
           "Eritrea", "United Arab Emirates", "Colombia", "Cuba", "Brazil", "South Africa",
           "Afghanistan", "Serbia", "Germany", "Italy"]:
    office(f"pres:{_s}", f"President of {_the(_s)}", _s, "president")
for _s in ["Russia", "Ukraine", "Israel", "Palestine", "Lebanon", "Qatar", "Ethiopia", "Armenia",
           "Turkey", "Saudi Arabia", "Sudan", "Libya", "Norway", "France", "United Kingdom", "India",
           "Poland"]:
    office(f"pm:{_s}", f"Prime Minister of {_the(_s)}", _s, "pm")
office("pm:China", "Premier of China", "China", "pm")
for _s in ["Russia", "Ukraine", "France", "Germany", "Italy", "Spain", "China", "Turkey", "Egypt",
           "Qatar", "Saudi Arabia", "United Arab Emirates", "Oman", "Iran", "Syria", "Israel", "Norway",
           "Cuba", "Switzerland", "Democratic Republic of the Congo", "Armenia", "Azerbaijan"]:
    office(f"fm:{_s}", f"Minister of Foreign Affairs of {_the(_s)}", _s, "fm")
for _s in ["Russia", "Ukraine"]:
    office(f"dm:{_s}", f"Minister of Defence of {_s}", _s, "dm")

office("pres:United States", "President of the United States", "United States", "president", """
    en:US president; en:U.S. president; en:President of the United States; it:presidente Usa;
    it:presidente degli Stati Uniti; it:presidente statunitense; it:inquilino della Casa Bianca;
    de:US-Präsident; de:Präsident der USA; de:Präsident der Vereinigten Staaten;
    fr:président des États-Unis; fr:locataire de la Maison Blanche; es:presidente de Estados Unidos;
    es:presidente de EE.UU.; es:presidente norteamericano; es:mandatario estadounidense""")
office("vp:United States", "Vice President of the United States", "United States", "custom", """
    en:US vice president; en:U.S. vice president; en:Vice President of the United States;
    it:vicepresidente americano; it:vicepresidente Usa; it:vicepresidente statunitense;
    de:US-Vizepräsident; fr:vice-président américain; es:vicepresidente estadounidense;
    es:vicepresidente de Estados Unidos""", """
    en:US vice president; en:U.S. vice president; en:Vice President of the United States;
    it:vicepresidente americana; it:vicepresidente Usa; it:vicepresidente statunitense;
    de:US-Vizepräsidentin; fr:vice-présidente américaine; es:vicepresidenta estadounidense;
    es:vicepresidenta de Estados Unidos""")
office("fm:United States", "United States Secretary of State", "United States", "custom", """
    en:US Secretary of State; en:U.S. Secretary of State; en:American top diplomat;
    en:US top diplomat; it:segretario di Stato americano; it:segretario di Stato Usa;
    it:segretario di Stato statunitense; it:capo della diplomazia americana;
    de:US-Außenminister; de:amerikanische Außenminister; fr:secrétaire d'État américain;
    fr:chef de la diplomatie américaine; es:secretario de Estado estadounidense;
    es:secretario de Estado de EE.UU.; es:secretario de Estado norteamericano;
    es:jefe de la diplomacia estadounidense""")
office("dm:United States", "United States Secretary of Defense", "United States", "custom", """
    en:US Defense Secretary; en:U.S. Defense Secretary; en:US Secretary of Defense;
    en:Pentagon chief; it:segretario alla Difesa americano; it:segretario alla Difesa Usa;
    it:capo del Pentagono; de:US-Verteidigungsminister; fr:secrétaire américain à la Défense;
    fr:chef du Pentagone; es:secretario de Defensa estadounidense; es:jefe del Pentágono""")
office("nsa:United States", "United States National Security Advisor", "United States", "custom", """
    en:US national security adviser; en:U.S. national security adviser; en:White House national security adviser;
    it:consigliere per la sicurezza nazionale americano; it:consigliere per la sicurezza nazionale della Casa Bianca;
    de:Nationale Sicherheitsberater; de:US-Sicherheitsberater; fr:conseiller américain à la sécurité nationale;
    es:asesor de seguridad nacional estadounidense""", """
    en:US national security adviser; en:U.S. national security adviser;
    it:consigliera per la sicurezza nazionale americana; de:US-Sicherheitsberaterin;
    fr:conseillère américaine à la sécurité nationale; es:asesora de seguridad nacional estadounidense""")
office("envoy_me:United States", "United States Special Envoy to the Middle East", "United States", "custom", """
    en:US special envoy for the Middle East; en:US Middle East envoy; en:U.S. Middle East envoy;
    it:inviato speciale americano per il Medio Oriente; it:inviato Usa per il Medio Oriente;
    de:US-Nahostgesandte; de:US-Sondergesandte für den Nahen Osten;
    fr:émissaire américain pour le Moyen-Orient; fr:envoyé spécial américain pour le Moyen-Orient;
    es:enviado especial estadounidense para Oriente Medio; es:enviado de EE.UU. para Oriente Próximo""")
office("pm:Italy", "Prime Minister of Italy", "Italy", "custom", """
    en:Italian prime minister; en:Italy's prime minister; en:Italian premier;
    it:presidente del Consiglio; it:premier italiano; it:primo ministro italiano;
    de:italienische Ministerpräsident; de:italienische Regierungschef; fr:président du Conseil italien;
    fr:Premier ministre italien; fr:chef du gouvernement italien; es:primer ministro italiano""", """
    en:Italian prime minister; en:Italy's prime minister; en:Italian premier;
    it:presidente del Consiglio; it:premier italiana; it:prima ministra italiana;
    de:italienische Ministerpräsidentin; de:italienische Regierungschefin;
    fr:présidente du Conseil italien; fr:Première ministre italienne;
    fr:cheffe du gouvernement italien; es:primera ministra italiana""")
office("pm:Spain", "Prime Minister of Spain", "Spain", "custom", """
    en:Spanish prime minister; en:Spain's prime minister; es:presidente del Gobierno;
    es:presidente del Gobierno español; it:premier spagnolo; it:primo ministro spagnolo;
    it:capo del governo spagnolo; de:spanische Ministerpräsident; de:spanische Regierungschef;
    fr:Premier ministre espagnol; fr:chef du gouvernement espagnol""")
office("chancellor:Germany", "Chancellor of Germany", "Germany", "custom", """
    en:German chancellor; en:German Chancellor; en:Chancellor of Germany; it:cancelliere tedesco;
    de:Bundeskanzler; de:deutsche Kanzler; fr:chancelier allemand; es:canciller alemán""", """
    en:German chancellor; en:Chancellor of Germany; it:cancelliera tedesca; de:Bundeskanzlerin;
    de:Kanzlerin; de:deutsche Kanzlerin; fr:chancelière allemande; es:canciller alemana""")
office("fm:United Kingdom", "Foreign Secretary of the United Kingdom", "United Kingdom", "fm", """
    en:Foreign Secretary; en:British Foreign Secretary; en:UK Foreign Secretary""")
OFFICE_DEFS["pm:United Kingdom"]["titles"] = """de:britische Premierminister; de:britische Premier"""
OFFICE_DEFS["pm:United Kingdom"]["titles_f"] = """de:britische Premierministerin"""
OFFICE_DEFS["pres:Russia"]["titles"] = """en:Kremlin chief; en:Kremlin leader; en:Russian leader;
    it:capo del Cremlino; it:leader russo; de:Kremlchef; de:Kremlherrscher; fr:maître du Kremlin;
    fr:chef du Kremlin; fr:dirigeant russe; es:jefe del Kremlin; es:líder ruso; es:inquilino del Kremlin"""
OFFICE_DEFS["pres:Ukraine"]["titles"] = """en:Ukrainian leader; it:leader ucraino; fr:dirigeant ukrainien;
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
OFFICE_DEFS["pres:Turkey"]["titles"] = "en:Turkish leader; it:leader turco; es:líder turco; fr:dirigeant turc"

office("king:Saudi Arabia", "King of Saudi Arabia", "Saudi Arabia", "king", """
    en:Saudi monarch; it:sovrano saudita; de:saudische Monarch; fr:monarque saoudien; es:monarca saudí""")
office("crown:Saudi Arabia", "Crown Prince of Saudi Arabia", "Saudi Arabia", "crown_prince", """
    en:Saudi de facto ruler; it:erede al trono saudita; fr:homme fort de Riyad""")
office("emir:Qatar", "Emir of Qatar", "Qatar", "custom", """
    en:Emir of Qatar; en:Qatari emir; en:Qatar's emir; it:emiro del Qatar; it:emiro qatariota;
    de:Emir von Katar; de:katarische Emir; fr:émir du Qatar; es:emir de Catar; es:emir catarí""")
office("sultan:Oman", "Sultan of Oman", "Oman", "custom", """
    en:Sultan of Oman; en:Omani sultan; it:sultano dell'Oman; de:Sultan von Oman;
    de:omanische Sultan; fr:sultan d'Oman; es:sultán de Omán""")
office("leader:Iran", "Supreme Leader of Iran", "Iran", "custom", """
    en:Iranian supreme leader; en:Iran's supreme leader; en:Supreme Leader of Iran;
    it:Guida suprema iraniana; it:guida suprema dell'Iran; de:iranische Revolutionsführer;
    de:Oberste Führer des Iran; de:geistliche Oberhaupt des Iran; fr:guide suprême iranien;
    fr:guide suprême de l'Iran; es:líder supremo iraní; es:líder supremo de Irán""")
office("sc_sec:Russia", "Secretary of the Security Council of Russia", "Russia", "custom", """
    en:secretary of Russia's Security Council; en:Russian Security Council secretary;
    it:segretario del Consiglio di sicurezza russo; de:Sekretär des russischen Sicherheitsrats;
    fr:secrétaire du Conseil de sécurité russe; es:secretario del Consejo de Seguridad ruso""")
office("sc_deputy:Russia", "Deputy Chairman of the Security Council of Russia", "Russia", "custom", """
    en:deputy chairman of Russia's Security Council; en:Russian Security Council deputy chairman;
    it:vicepresidente del Consiglio di sicurezza russo; de:Vizechef des russischen Sicherheitsrats;
    fr:vice-président du Conseil de sécurité russe; es:vicepresidente del Consejo de Seguridad ruso""")
office("spox:Kremlin", "Press Secretary of the President of Russia", "Russia", "custom", """
    en:Kremlin spokesman; en:Kremlin spokesperson; en:Kremlin press secretary;
    it:portavoce del Cremlino; de:Kremlsprecher; de:Kreml-Sprecher; fr:porte-parole du Kremlin;
    es:portavoz del Kremlin; es:vocero del Kremlin""")
office("spox:Russia MFA", "Spokesperson of the Ministry of Foreign Affairs of Russia", "Russia", "custom", """
    en:Russian foreign ministry spokeswoman; en:Russian Foreign Ministry spokeswoman;
    it:portavoce del ministero degli Esteri russo; it:portavoce della diplomazia russa;
    de:russische Außenamtssprecherin; de:Sprecherin des russischen Außenministeriums;
    fr:porte-parole de la diplomatie russe; fr:porte-parole du ministère russe des Affaires étrangères;
    es:portavoz de la Cancillería rusa; es:portavoz del Ministerio de Exteriores ruso""")
office("chief:Hamas", "Head of the Hamas Political Bureau", "Hamas", "custom", """
    en:Hamas political chief; en:Hamas leader; en:Hamas political leader; en:Hamas chief;
    it:leader di Hamas; it:capo politico di Hamas; it:capo dell'ufficio politico di Hamas;
    de:Hamas-Chef; de:Hamas-Anführer; de:Chef des Hamas-Politbüros; fr:chef du Hamas;
    fr:chef du bureau politique du Hamas; fr:dirigeant du Hamas; es:líder de Hamás; es:jefe de Hamás;
    es:jefe político de Hamás""")
office("sg:Hezbollah", "Secretary-General of Hezbollah", "Hezbollah", "custom", """
    en:Hezbollah leader; en:Hezbollah chief; en:Hezbollah secretary-general; it:leader di Hezbollah;
    it:segretario generale di Hezbollah; it:capo di Hezbollah; de:Hisbollah-Chef; de:Hisbollah-Anführer;
    de:Hisbollah-Generalsekretär; fr:chef du Hezbollah; fr:secrétaire général du Hezbollah;
    es:líder de Hezbolá; es:jefe de Hezbolá; es:secretario general de Hezbolá""")
office("speaker:Lebanon", "Speaker of the Parliament of Lebanon", "Lebanon", "custom", """
    en:Lebanese parliament speaker; en:Lebanon's parliament speaker; en:Speaker of the Lebanese Parliament;
    it:presidente del Parlamento libanese; de:libanesische Parlamentspräsident;
    fr:président du Parlement libanais; es:presidente del Parlamento libanés""")
office("chair:Sudan Sovereignty Council", "Chairman of the Transitional Sovereignty Council of Sudan", "Sudan", "custom", """
    en:Sudanese army chief; en:Sudan's army chief; en:head of Sudan's Sovereignty Council;
    it:capo dell'esercito sudanese; it:presidente del Consiglio sovrano sudanese; de:sudanesische Armeechef;
    de:Vorsitzende des sudanesischen Souveränitätsrats; fr:chef de l'armée soudanaise;
    fr:président du Conseil de souveraineté soudanais; es:jefe del ejército sudanés;
    es:presidente del Consejo Soberano de Sudán""")
office("chair:Yemen PLC", "Chairman of the Presidential Leadership Council of Yemen", "Yemen", "custom", """
    en:head of Yemen's Presidential Leadership Council; en:chairman of Yemen's Presidential Leadership Council;
    it:presidente del Consiglio presidenziale yemenita; de:Vorsitzende des jemenitischen Präsidialrats;
    fr:président du Conseil présidentiel yéménite; es:presidente del Consejo de Liderazgo Presidencial de Yemen""")
office("council:Togo", "President of the Council of Ministers of Togo", "Togo", "custom", """
    en:Togolese President of the Council; it:presidente del Consiglio dei ministri togolese;
    de:togoische Ratspräsident; fr:président du Conseil des ministres togolais;
    fr:président du Conseil togolais; es:presidente del Consejo de Ministros de Togo""")
office("counsellor:Myanmar", "State Counsellor of Myanmar", "Myanmar", "custom", """
    en:Myanmar's de facto leader; en:State Counsellor of Myanmar; it:consigliera di Stato birmana;
    de:birmanische Staatsrätin; fr:conseillère d'État birmane; es:consejera de Estado birmana""")
office("pope", "Pope", "Vatican", "custom", """
    en:Pope; en:the pontiff; it:Papa; it:Pontefice; it:Santo Padre; de:Papst; de:Pontifex;
    fr:pape; fr:souverain pontife; fr:Saint-Père; es:Sumo Pontífice; es:Santo Padre; es:pontífice""")
office("secstate:Vatican", "Secretary of State of the Holy See", "Vatican", "custom", """
    en:Vatican Secretary of State; en:Vatican's secretary of state; it:segretario di Stato vaticano;
    it:Segretario di Stato della Santa Sede; de:Kardinalstaatssekretär; de:vatikanische Staatssekretär;
    fr:secrétaire d'État du Saint-Siège; fr:secrétaire d'État du Vatican; es:secretario de Estado vaticano;
    es:secretario de Estado del Vaticano""")
office("sg:United Nations", "Secretary-General of the United Nations", "United Nations", "custom", """
    en:UN Secretary-General; en:U.N. Secretary-General; en:UN secretary-general; en:UN chief;
    en:Secretary-General of the United Nations; it:segretario generale dell'Onu;
    it:segretario generale delle Nazioni Unite; de:UN-Generalsekretär; de:UNO-Generalsekretär;
    de:Generalsekretär der Vereinten Nationen; fr:secrétaire général de l'ONU;
    fr:secrétaire général des Nations unies; fr:patron de l'ONU; es:secretario general de la ONU;
    es:secretario general de las Naciones Unidas""")
office("sg:NATO", "Secretary General of NATO", "NATO", "custom", """
    en:NATO Secretary General; en:NATO chief; en:NATO secretary-general; it:segretario generale della Nato;
    it:segretario generale dell'Alleanza atlantica; de:Nato-Generalsekretär; fr:secrétaire général de l'Otan;
    fr:patron de l'Otan; es:secretario general de la OTAN""")
office("pres:European Commission", "President of the European Commission", "European Commission", "custom", """
    en:European Commission President; en:President of the European Commission; en:EU Commission president;
    it:presidente della Commissione europea; it:presidente della Commissione Ue; de:EU-Kommissionspräsident;
    de:Präsident der EU-Kommission; fr:président de la Commission européenne;
    es:presidente de la Comisión Europea""", """
    en:European Commission President; en:President of the European Commission; en:EU Commission president;
    it:presidente della Commissione europea; it:presidente della Commissione Ue; de:EU-Kommissionspräsidentin;
    de:Präsidentin der EU-Kommission; fr:présidente de la Commission européenne;
    es:presidenta de la Comisión Europea""")
office("pres:European Council", "President of the European Council", "European Council", "custom", """
    en:European Council President; en:President of the European Council; it:presidente del Consiglio europeo;
    de:EU-Ratspräsident; de:Präsident des Europäischen Rates; fr:président du Conseil européen;
    es:presidente del Consejo Europeo""")
office("hrvp:European Union", "High Representative of the Union for Foreign Affairs and Security Policy",
       "European Union", "custom", """
    en:EU foreign policy chief; en:EU High Representative for Foreign Affairs; en:EU foreign affairs chief;
    en:EU top diplomat; it:Alto rappresentante Ue per la politica estera; it:capo della diplomazia europea;
    it:capo della diplomazia Ue; it:Alto rappresentante dell'Unione europea per gli affari esteri;
    de:EU-Außenbeauftragter; de:EU-Außenbeauftragte; fr:chef de la diplomatie européenne;
    fr:haut représentant de l'UE; es:jefe de la diplomacia europea; es:alto representante de la UE""", """
    en:EU foreign policy chief; en:EU High Representative for Foreign Affairs; en:EU foreign affairs chief;
    en:EU top diplomat; it:Alta rappresentante Ue per la politica estera; it:capo della diplomazia europea;
    it:capo della diplomazia Ue; de:EU-Außenbeauftragte; fr:cheffe de la diplomatie européenne;
    fr:haute représentante de l'UE; es:jefa de la diplomacia europea; es:alta representante de la UE""")
office("dg:IAEA", "Director General of the IAEA", "International Atomic Energy Agency", "custom", """
    en:IAEA chief; en:IAEA Director General; en:head of the IAEA; it:direttore generale dell'Aiea;
    it:capo dell'Aiea; de:IAEA-Chef; de:IAEO-Chef; de:Generaldirektor der IAEA;
    fr:directeur général de l'AIEA; fr:patron de l'AIEA; es:director general del OIEA; es:jefe del OIEA""")
office("pres:ICRC", "President of the International Committee of the Red Cross",
       "International Committee of the Red Cross", "custom", """
    en:ICRC president; en:president of the International Committee of the Red Cross; it:presidente del Cicr;
    de:IKRK-Präsident; fr:président du CICR; es:presidente del CICR""", """
    en:ICRC president; en:president of the International Committee of the Red Cross; it:presidente del Cicr;
    de:IKRK-Präsidentin; fr:présidente du CICR; es:presidenta del CICR""")


PERSONS = []


def P(name, affiliation, aliases="", offices=(), fem=False):
    PERSONS.append({"name": name, "affiliation": affiliation, "aliases": aliases,
                    "offices": list(offices), "fem": fem})


N = None  # still in office as far as this file knows

# --- United States ---------------------------------------------------------------
P("Barack Obama", "United States", "-:s:Obama; ru:s:Обама",
  [("pres:United States", "2009-01-20", "2017-01-20")])
P("Donald Trump", "United States", "-:s:Trump; en:v:Donald J. Trump; ru:v:Дональд Трамп; ru:s:Трамп; uk:s:Трамп",
  [("pres:United States", "2017-01-20", "2021-01-20"), ("pres:United States", "2025-01-20", N)])
P("Joe Biden", "United States", "-:s:Biden; en:v:Joseph R. Biden; -:v:Joseph Biden; ru:s:Байден",
  [("vp:United States", "2009-01-20", "2017-01-20"), ("pres:United States", "2021-01-20", "2025-01-20")])
P("Mike Pence", "United States", "-:s:Pence", [("vp:United States", "2017-01-20", "2021-01-20")])
P("Kamala Harris", "United States", "-:s:Harris", [("vp:United States", "2021-01-20", "2025-01-20")], fem=True)
P("JD Vance", "United States", "-:s:Vance; en:v:J.D. Vance; -:v:James David Vance",
  [("vp:United States", "2025-01-20", N)])
P("John Kerry", "United States", "-:s:Kerry", [("fm:United States", "2013-02-01", "2017-01-20")])
P("Rex Tillerson", "United States", "-:s:Tillerson", [("fm:United States", "2017-02-01", "2018-03-31")])
P("Mike Pompeo", "United States", "-:s:Pompeo; -:v:Michael Pompeo",
  [("fm:United States", "2018-04-26", "2021-01-20")])
P("Antony Blinken", "United States", "-:s:Blinken; -:v:Tony Blinken",
  [("fm:United States", "2021-01-26", "2025-01-20")])
P("Marco Rubio", "United States", "-:s:Rubio; ru:s:Рубио", [("fm:United States", "2025-01-21", N)])
P("Susan Rice", "United States", "", [("nsa:United States", "2013-07-01", "2017-01-20")], fem=True)
P("Michael Flynn", "United States", "-:s:Flynn", [("nsa:United States", "2017-01-20", "2017-02-13")])
P("H. R. McMaster", "United States", "-:s:McMaster; -:v:H.R. McMaster",
  [("nsa:United States", "2017-02-20", "2018-04-09")])
P("John Bolton", "United States", "-:s:Bolton", [("nsa:United States", "2018-04-09", "2019-09-10")])
P("Robert O'Brien", "United States", "", [("nsa:United States", "2019-09-18", "2021-01-20")])
P("Jake Sullivan", "United States", "-:s:Sullivan", [("nsa:United States", "2021-01-20", "2025-01-20")])
P("Mike Waltz", "United States", "-:s:Waltz; -:v:Michael Waltz",
  [("nsa:United States", "2025-01-20", "2025-05-01")])
P("Ash Carter", "United States", "-:v:Ashton Carter", [("dm:United States", "2015-02-17", "2017-01-20")])
P("Jim Mattis", "United States", "-:s:Mattis; -:v:James Mattis",
  [("dm:United States", "2017-01-20", "2019-01-01")])
P("Mark Esper", "United States", "-:s:Esper", [("dm:United States", "2019-07-23", "2020-11-09")])
P("Lloyd Austin", "United States", "", [("dm:United States", "2021-01-22", "2025-01-20")])
P("Pete Hegseth", "United States", "-:s:Hegseth", [("dm:United States", "2025-01-25", N)])
P("Steve Witkoff", "United States", "-:s:Witkoff; -:v:Steven Witkoff; ru:v:Стив Уиткофф; ru:s:Уиткофф",
  [("envoy_me:United States", "2025-01-20", N)])
P("Keith Kellogg", "United States", "-:s:Kellogg")
P("Jared Kushner", "United States", "-:s:Kushner")
P("Amos Hochstein", "United States", "-:s:Hochstein")
P("Brett McGurk", "United States", "-:s:McGurk")
P("Massad Boulos", "United States", "-:s:Boulos")
P("Tom Barrack", "United States", "-:s:Barrack; -:v:Thomas Barrack")
P("Zalmay Khalilzad", "United States", "-:s:Khalilzad")
P("Tom Perriello", "United States", "-:s:Perriello")

# --- Russia and Belarus -------------------------------------------------------------
P("Vladimir Putin", "Russia", """-:s:Putin; de:v:Wladimir Putin; fr:v:Vladimir Poutine; fr:s:Poutine;
  es:v:Vladímir Putin; ru:v:Владимир Путин; ru:s:Путин; uk:v:Володимир Путін; uk:s:Путін""",
  [("pm:Russia", "2008-05-08", "2012-05-07"), ("pres:Russia", "2012-05-07", N)])
P("Dmitry Medvedev", "Russia", """-:s:Medvedev; de:v:Dmitri Medwedew; de:s:Medwedew; fr:v:Dmitri Medvedev;
  es:v:Dmitri Medvédev; es:s:Medvédev; it:v:Dmitrij Medvedev; ru:v:Дмитрий Медведев; ru:s:Медведев""",
  [("pres:Russia", "2008-05-07", "2012-05-07"), ("pm:Russia", "2012-05-08", "2020-01-16"),
   ("sc_deputy:Russia", "2020-01-16", N)])
P("Mikhail Mishustin", "Russia", """-:s:Mishustin; de:v:Michail Mischustin; de:s:Mischustin;
  fr:v:Mikhaïl Michoustine; fr:s:Michoustine; it:v:Michail Mišustin; ru:v:Михаил Мишустин""",
  [("pm:Russia", "2020-01-16", N)])
P("Sergei Lavrov", "Russia", """-:s:Lavrov; de:v:Sergej Lawrow; de:s:Lawrow; fr:v:Sergueï Lavrov;
  es:v:Serguéi Lavrov; it:v:Sergej Lavrov; en:v:Sergey Lavrov; ru:v:Сергей Лавров; ru:s:Лавров""",
  [("fm:Russia", "2004-03-09", N)])
P("Sergei Shoigu", "Russia", """-:s:Shoigu; de:v:Sergej Schoigu; de:s:Schoigu; fr:v:Sergueï Choïgou;
  fr:s:Choïgou; es:v:Serguéi Shoigú; es:s:Shoigú; it:v:Sergej Šojgu; it:s:Šojgu; en:v:Sergey Shoigu;
  ru:v:Сергей Шойгу; ru:s:Шойгу""",
  [("dm:Russia", "2012-11-06", "2024-05-12"), ("sc_sec:Russia", "2024-05-12", N)])
P("Andrei Belousov", "Russia", """-:s:Belousov; de:v:Andrej Beloussow; de:s:Beloussow;
  fr:v:Andreï Belooussov; fr:s:Belooussov; es:v:Andréi Belousov; en:v:Andrey Belousov;
  ru:v:Андрей Белоусов""", [("dm:Russia", "2024-05-14", N)])
P("Nikolai Patrushev", "Russia", """-:s:Patrushev; de:v:Nikolai Patruschew; de:s:Patruschew;
  fr:v:Nikolaï Patrouchev; fr:s:Patrouchev; ru:v:Николай Патрушев""",
  [("sc_sec:Russia", "2008-05-12", "2024-05-12")])
P("Dmitry Peskov", "Russia", """-:s:Peskov; de:v:Dmitri Peskow; de:s:Peskow; fr:v:Dmitri Peskov;
  it:v:Dmitrij Peskov; ru:v:Дмитрий Песков; ru:s:Песков""", [("spox:Kremlin", "2012-05-22", N)])
P("Maria Zakharova", "Russia", """-:s:Zakharova; de:v:Maria Sacharowa; de:s:Sacharowa;
  it:v:Marija Zacharova; it:s:Zacharova; ru:v:Мария Захарова""",
  [("spox:Russia MFA", "2015-08-10", N)], fem=True)
P("Yuri Ushakov", "Russia", """-:s:Ushakov; de:v:Juri Uschakow; de:s:Uschakow; fr:v:Iouri Ouchakov;
  fr:s:Ouchakov; en:v:Yury Ushakov; ru:v:Юрий Ушаков""")
P("Kirill Dmitriev", "Russia", "-:s:Dmitriev; de:v:Kirill Dmitrijew; de:s:Dmitrijew; ru:v:Кирилл Дмитриев")
P("Vladimir Medinsky", "Russia", """-:s:Medinsky; de:v:Wladimir Medinski; de:s:Medinski;
  fr:v:Vladimir Medinski; it:v:Vladimir Medinskij; it:s:Medinskij; ru:v:Владимир Мединский""")
P("Vassily Nebenzia", "Russia", """-:s:Nebenzia; de:v:Wassili Nebensja; de:s:Nebensja;
  en:v:Vasily Nebenzya; -:s:Nebenzya; ru:v:Василий Небензя""")
P("Sergei Naryshkin", "Russia", "-:s:Naryshkin; de:v:Sergej Naryschkin; de:s:Naryschkin; ru:v:Сергей Нарышкин")
P("Dmitry Kozak", "Russia", "-:s:Kozak; de:v:Dmitri Kosak; de:s:Kosak; ru:v:Дмитрий Козак")
P("Grigory Karasin", "Russia", "-:s:Karasin; de:v:Grigori Karassin; de:s:Karassin; ru:v:Григорий Карасин")
P("Alexander Lukashenko", "Belarus", """-:s:Lukashenko; de:v:Alexander Lukaschenko; de:s:Lukaschenko;
  fr:v:Alexandre Loukachenko; fr:s:Loukachenko; -:v:Aleksandr Lukashenko; en:v:Alexander Lukashenka;
  ru:v:Александр Лукашенко""", [("pres:Belarus", "1994-07-20", N)])

# --- Ukraine --------------------------------------------------------------------------
P("Volodymyr Zelensky", "Ukraine", """-:s:Zelensky; -:s:Zelenskyy; -:s:Zelenskiy; de:s:Selenskyj;
  it:s:Zelenskij; es:s:Zelenski; de:v:Wolodymyr Selenskyj; de:v:Wolodymir Selenskyj;
  en:v:Volodymyr Zelenskyy; en:v:Volodymyr Zelenskiy; it:v:Volodymyr Zelenskij; es:v:Volodímir Zelenski;
  es:v:Volodimir Zelenski; uk:v:Володимир Зеленський; uk:s:Зеленський; ru:v:Владимир Зеленский;
  ru:s:Зеленский""", [("pres:Ukraine", "2019-05-20", N)])
P("Petro Poroshenko", "Ukraine", """-:s:Poroshenko; de:v:Petro Poroschenko; de:s:Poroschenko;
  fr:v:Petro Porochenko; fr:s:Porochenko; uk:v:Петро Порошенко; ru:v:Пётр Порошенко""",
  [("pres:Ukraine", "2014-06-07", "2019-05-20")])
P("Arseniy Yatsenyuk", "Ukraine", """-:s:Yatsenyuk; de:v:Arsenij Jazenjuk; de:s:Jazenjuk;
  fr:v:Arseni Iatseniouk; fr:s:Iatseniouk; uk:v:Арсеній Яценюк""",
  [("pm:Ukraine", "2014-02-27", "2016-04-14")])
P("Volodymyr Groysman", "Ukraine", """-:s:Groysman; de:v:Wolodymyr Hrojsman; de:s:Hrojsman;
  fr:v:Volodymyr Groïsman; fr:s:Groïsman; uk:v:Володимир Гройсман""",
  [("pm:Ukraine", "2016-04-14", "2019-08-29")])
P("Oleksiy Honcharuk", "Ukraine", "-:s:Honcharuk; de:s:Hontscharuk; uk:v:Олексій Гончарук",
  [("pm:Ukraine", "2019-08-29", "2020-03-04")])
P("Denys Shmyhal", "Ukraine", """-:s:Shmyhal; de:v:Denys Schmyhal; de:s:Schmyhal; fr:v:Denys Chmyhal;
  fr:s:Chmyhal; uk:v:Денис Шмигаль; ru:v:Денис Шмыгаль""",
  [("pm:Ukraine", "2020-03-04", "2025-07-17"), ("dm:Ukraine", "2025-07-17", N)])
P("Yulia Svyrydenko", "Ukraine", """-:s:Svyrydenko; de:v:Julija Swyrydenko; de:s:Swyrydenko;
  fr:v:Ioulia Svyrydenko; uk:v:Юлія Свириденко""", [("pm:Ukraine", "2025-07-17", N)], fem=True)
P("Pavlo Klimkin", "Ukraine", "-:s:Klimkin; de:v:Pawlo Klimkin; uk:v:Павло Клімкін",
  [("fm:Ukraine", "2014-06-19", "2019-08-29")])
P("Vadym Prystaiko", "Ukraine", "-:s:Prystaiko; de:v:Wadym Prystajko; de:s:Prystajko; uk:v:Вадим Пристайко",
  [("fm:Ukraine", "2019-08-29", "2020-03-04")])
P("Dmytro Kuleba", "Ukraine", """-:s:Kuleba; fr:v:Dmytro Kouleba; fr:s:Kouleba; es:v:Dmitro Kuleba;
  uk:v:Дмитро Кулеба; ru:v:Дмитрий Кулеба""", [("fm:Ukraine", "2020-03-04", "2024-09-05")])
P("Andrii Sybiha", "Ukraine", """-:s:Sybiha; en:v:Andriy Sybiha; de:v:Andrij Sybiha; fr:v:Andriï Sybiha;
  uk:v:Андрій Сибіга; uk:s:Сибіга; ru:v:Андрей Сибига""", [("fm:Ukraine", "2024-09-05", N)])
P("Oleksii Reznikov", "Ukraine", """-:s:Reznikov; en:v:Oleksiy Reznikov; de:v:Oleksij Resnikow;
  de:s:Resnikow; fr:v:Oleksiï Reznikov; uk:v:Олексій Резніков""",
  [("dm:Ukraine", "2021-11-04", "2023-09-05")])
P("Rustem Umerov", "Ukraine", """-:s:Umerov; de:v:Rustem Umerow; de:s:Umerow; fr:v:Roustem Oumerov;
  fr:s:Oumerov; uk:v:Рустем Умєров; ru:v:Рустем Умеров""", [("dm:Ukraine", "2023-09-06", "2025-07-17")])
P("Andriy Yermak", "Ukraine", """-:s:Yermak; en:v:Andrii Yermak; de:v:Andrij Jermak; de:s:Jermak;
  fr:v:Andriï Iermak; fr:s:Iermak; uk:v:Андрій Єрмак; ru:v:Андрей Ермак""")
P("Mykhailo Podolyak", "Ukraine", """-:s:Podolyak; de:v:Mychajlo Podoljak; de:s:Podoljak;
  fr:v:Mykhaïlo Podoliak; -:s:Podoliak; es:v:Mijailo Podoliak; uk:v:Михайло Подоляк""")
P("David Arakhamia", "Ukraine", """-:s:Arakhamia; de:v:Dawyd Arachamija; de:s:Arachamija;
  en:v:Davyd Arakhamia; uk:v:Давид Арахамія""")
P("Kyrylo Budanov", "Ukraine", """-:s:Budanov; de:v:Kyrylo Budanow; de:s:Budanow; fr:v:Kyrylo Boudanov;
  fr:s:Boudanov; uk:v:Кирило Буданов""")
P("Sergiy Kyslytsya", "Ukraine", """-:s:Kyslytsya; en:v:Serhiy Kyslytsya; de:v:Serhij Kyslyzja;
  de:s:Kyslyzja; uk:v:Сергій Кислиця""")
