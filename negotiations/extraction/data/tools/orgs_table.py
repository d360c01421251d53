"""Organisations for the reference gazetteer: name -> (affiliation, aliases).

Aliases use the ``lang:kind:text`` notation of ``states_table.STATE_EXTRAS``.
"""

ORGS = {
    # --- United Nations system -------------------------------------------------
    "United Nations": (
        None,
        """it:n:Nazioni Unite; de:n:Vereinte Nationen; fr:n:Nations unies;
        es:n:Naciones Unidas; en:a:UN; en:a:U.N.; -:a:ONU; de:a:UNO; de:a:UN;
        it:v:Organizzazione delle Nazioni Unite; fr:v:Organisation des Nations unies;
        es:v:Organización de las Naciones Unidas; de:v:Vereinten Nationen; ru:a:ООН; ar:n:الأمم المتحدة""",
    ),
    "United Nations Security Council": (
        "United Nations",
        """en:v:UN Security Council;
        en:v:U.N. Security Council; en:a:UNSC; en:v:Security Council;
        it:n:Consiglio di sicurezza dell'ONU; it:v:Consiglio di sicurezza delle Nazioni Unite;
        it:v:Consiglio di sicurezza; de:n:UN-Sicherheitsrat; de:v:Sicherheitsrat der Vereinten Nationen;
        de:v:UNO-Sicherheitsrat; de:v:Weltsicherheitsrat; fr:n:Conseil de sécurité de l'ONU;
        fr:v:Conseil de sécurité des Nations unies; fr:v:Conseil de sécurité;
        es:n:Consejo de Seguridad de la ONU; es:v:Consejo de Seguridad de las Naciones Unidas;
        es:v:Consejo de Seguridad; ru:n:Совбез ООН""",
    ),
    "United Nations General Assembly": (
        "United Nations",
        """en:v:UN General Assembly;
        en:a:UNGA; it:n:Assemblea generale delle Nazioni Unite; it:v:Assemblea generale dell'ONU;
        de:n:UN-Generalversammlung; de:v:Generalversammlung der Vereinten Nationen;
        fr:n:Assemblée générale des Nations unies; fr:v:Assemblée générale de l'ONU;
        es:n:Asamblea General de las Naciones Unidas; es:v:Asamblea General de la ONU""",
    ),
    "United Nations Human Rights Council": (
        "United Nations",
        """en:v:UN Human Rights Council;
        en:a:UNHRC; it:n:Consiglio per i diritti umani dell'ONU; de:n:UN-Menschenrechtsrat;
        fr:n:Conseil des droits de l'homme de l'ONU; es:n:Consejo de Derechos Humanos de la ONU""",
    ),
    "UNHCR": (
        "United Nations",
        """en:v:UN Refugee Agency; en:v:UN refugee agency;
        en:v:Office of the United Nations High Commissioner for Refugees;
        it:v:Alto Commissariato delle Nazioni Unite per i Rifugiati; de:v:UN-Flüchtlingshilfswerk;
        de:v:UNO-Flüchtlingshilfswerk; fr:v:Haut Commissariat des Nations unies pour les réfugiés;
        fr:a:HCR; es:a:ACNUR; es:v:Alto Comisionado de las Naciones Unidas para los Refugiados""",
    ),
    "UNICEF": (
        "United Nations",
        """en:v:United Nations Children's Fund; it:v:Fondo delle Nazioni Unite per l'infanzia;
        de:v:Kinderhilfswerk der Vereinten Nationen; de:v:UN-Kinderhilfswerk;
        fr:v:Fonds des Nations unies pour l'enfance; es:v:Fondo de las Naciones Unidas para la Infancia""",
    ),
    "World Food Programme": (
        "United Nations",
        """en:v:World Food Program; en:a:WFP;
        it:n:Programma alimentare mondiale; de:n:Welternährungsprogramm;
        fr:n:Programme alimentaire mondial; es:n:Programa Mundial de Alimentos; -:a:PAM""",
    ),
    "World Health Organization": (
        "United Nations",
        """en:v:World Health Organisation;
        it:n:Organizzazione mondiale della sanità; de:n:Weltgesundheitsorganisation;
        fr:n:Organisation mondiale de la santé; es:n:Organización Mundial de la Salud; -:a:OMS""",
    ),
    "UNRWA": (
        "United Nations",
        """en:v:United Nations Relief and Works Agency for Palestine Refugees in the Near East;
        en:v:UN agency for Palestinian refugees; it:v:agenzia dell'ONU per i rifugiati palestinesi;
        de:v:UN-Palästinenserhilfswerk; de:v:Palästinenserhilfswerk;
        fr:v:Office de secours et de travaux des Nations unies pour les réfugiés de Palestine dans le Proche-Orient""",
    ),
    "OCHA": (
        "United Nations",
        """en:v:UN Office for the Coordination of Humanitarian Affairs;
        en:v:United Nations Office for the Coordination of Humanitarian Affairs;
        it:v:Ufficio delle Nazioni Unite per il coordinamento degli affari umanitari;
        de:v:UN-Nothilfebüro; fr:v:Bureau de la coordination des affaires humanitaires;
        es:v:Oficina de Coordinación de Asuntos Humanitarios""",
    ),
    "OHCHR": (
        "United Nations",
        """en:v:UN Human Rights Office; en:v:Office of the UN High Commissioner for Human Rights;
        it:v:Alto Commissariato delle Nazioni Unite per i diritti umani; de:v:UN-Menschenrechtsbüro;
        fr:v:Haut-Commissariat des Nations unies aux droits de l'homme;
        es:v:Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos""",
    ),
    "International Court of Justice": (
        "United Nations",
        """en:a:ICJ; en:v:World Court;
        it:n:Corte internazionale di giustizia; it:a:CIG; de:n:Internationaler Gerichtshof; de:a:IGH;
        fr:n:Cour internationale de justice; es:n:Corte Internacional de Justicia; -:a:CIJ""",
    ),
    "International Criminal Court": (
        None,
        """en:a:ICC; it:n:Corte penale internazionale;
        de:n:Internationaler Strafgerichtshof; de:a:IStGH; fr:n:Cour pénale internationale;
        es:n:Corte Penal Internacional; fr:a:CPI""",
    ),
    "International Atomic Energy Agency": (
        None,
        """en:a:IAEA; -:a:AIEA; de:a:IAEO; es:a:OIEA;
        it:n:Agenzia internazionale per l'energia atomica; de:n:Internationale Atomenergiebehörde;
        de:v:Internationale Atomenergie-Organisation; fr:n:Agence internationale de l'énergie atomique;
        es:n:Organismo Internacional de Energía Atómica; ru:a:МАГАТЭ""",
    ),
    "MONUSCO": (
        "United Nations",
        """en:v:United Nations Organization Stabilization Mission in the Democratic Republic of the Congo;
        fr:v:Mission de l'Organisation des Nations unies pour la stabilisation en République démocratique du Congo;
        -:a:MONUC""",
    ),
    "UNIFIL": (
        "United Nations",
        """en:v:United Nations Interim Force in Lebanon; fr:a:FINUL;
        fr:v:Force intérimaire des Nations unies au Liban; es:a:FPNUL;
        it:v:Forza di interposizione in Libano delle Nazioni Unite""",
    ),
    "UNDOF": ("United Nations", "en:v:United Nations Disengagement Observer Force"),
    "UNMISS": ("United Nations", "en:v:United Nations Mission in South Sudan; fr:a:MINUSS"),
    "MINUSCA": (
        "United Nations",
        """en:v:United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic""",
    ),
    "MINUSMA": (
        "United Nations",
        "en:v:United Nations Multidimensional Integrated Stabilization Mission in Mali",
    ),
    "UNAMID": (
        "United Nations",
        "en:v:African Union-United Nations Hybrid Operation in Darfur; fr:a:MINUAD",
    ),
    "UNSMIL": (
        "United Nations",
        "en:v:United Nations Support Mission in Libya; fr:a:MANUL; en:v:UN Support Mission in Libya",
    ),
    "UNAMA": ("United Nations", "en:v:United Nations Assistance Mission in Afghanistan"),
    "UNFICYP": ("United Nations", "en:v:United Nations Peacekeeping Force in Cyprus"),
    "UNMHA": ("United Nations", "en:v:United Nations Mission to Support the Hodeidah Agreement"),
    "United Nations Verification Mission in Colombia": (
        "United Nations",
        """en:v:UN Verification Mission in Colombia;
        es:n:Misión de Verificación de la ONU en Colombia;
        es:v:Misión de Verificación de las Naciones Unidas en Colombia""",
    ),
    "World Bank": (
        None,
        """it:n:Banca mondiale; de:n:Weltbank; fr:n:Banque mondiale; es:n:Banco Mundial""",
    ),
    "International Monetary Fund": (
        None,
        """en:a:IMF; -:a:FMI; de:a:IWF;
        it:n:Fondo monetario internazionale; de:n:Internationaler Währungsfonds;
        fr:n:Fonds monétaire international; es:n:Fondo Monetario Internacional""",
    ),
    # --- Europe ---------------------------------------------------------------
    "European Union": (
        None,
        """en:a:EU; -:a:UE; it:n:Unione europea; de:n:Europäische Union;
        fr:n:Union européenne; es:n:Unión Europea; en:m:Brussels; -:m:Bruxelles; de:m:Brüssel;
        es:m:Bruselas; ru:a:ЕС; ru:n:Евросоюз; uk:n:Євросоюз""",
    ),
    "European Commission": (
        "European Union",
        """en:v:EU Commission; it:n:Commissione europea;
        it:v:Commissione Ue; de:n:Europäische Kommission; de:v:EU-Kommission;
        fr:n:Commission européenne; es:n:Comisión Europea; en:m:Berlaymont""",
    ),
    "European Council": (
        "European Union",
        """it:n:Consiglio europeo; de:n:Europäischer Rat;
        fr:n:Conseil européen; es:n:Consejo Europeo""",
    ),
    "European Parliament": (
        "European Union",
        """it:n:Parlamento europeo; de:n:Europäisches Parlament;
        de:v:EU-Parlament; fr:n:Parlement européen; es:n:Parlamento Europeo""",
    ),
    "NATO": (
        None,
        """-:a:NATO; -:a:OTAN; en:v:North Atlantic Treaty Organization;
        en:v:North Atlantic Alliance; it:v:Alleanza atlantica; de:v:Nordatlantikpakt;
        fr:v:Organisation du traité de l'Atlantique nord; fr:v:Alliance atlantique;
        es:v:Organización del Tratado del Atlántico Norte; es:v:Alianza Atlántica; ru:a:НАТО""",
    ),
    "Organization for Security and Co-operation in Europe": (
        None,
        """-:a:OSCE; de:a:OSZE;
        en:v:Organization for Security and Cooperation in Europe;
        it:n:Organizzazione per la sicurezza e la cooperazione in Europa;
        de:n:Organisation für Sicherheit und Zusammenarbeit in Europa;
        fr:n:Organisation pour la sécurité et la coopération en Europe;
        es:n:Organización para la Seguridad y la Cooperación en Europa; ru:a:ОБСЕ""",
    ),
    "OSCE Minsk Group": (
        "Organization for Security and Co-operation in Europe",
        """it:v:Gruppo di Minsk dell'OSCE;
        de:v:Minsker Gruppe der OSZE; de:v:OSZE-Minsk-Gruppe; fr:v:Groupe de Minsk de l'OSCE;
        es:v:Grupo de Minsk de la OSCE""",
    ),
    "Council of Europe": (
        None,
        """it:n:Consiglio d'Europa; de:n:Europarat; fr:n:Conseil de l'Europe;
        es:n:Consejo de Europa""",
    ),
    # --- Africa, Middle East, Asia, Americas -----------------------------------
    "African Union": (
        None,
        """en:a:AU; -:a:UA; it:n:Unione africana; de:n:Afrikanische Union;
        fr:n:Union africaine; es:n:Unión Africana""",
    ),
    "ECOWAS": (
        None,
        """en:v:Economic Community of West African States; -:a:CEDEAO;
        it:v:Comunità economica degli Stati dell'Africa occidentale; de:v:Westafrikanische Wirtschaftsgemeinschaft;
        fr:v:Communauté économique des États de l'Afrique de l'Ouest;
        es:v:Comunidad Económica de Estados de África Occidental""",
    ),
    "SADC": (
        None,
        """en:v:Southern African Development Community;
        it:v:Comunità di sviluppo dell'Africa australe; de:v:Entwicklungsgemeinschaft des südlichen Afrika;
        fr:v:Communauté de développement de l'Afrique australe; es:v:Comunidad de Desarrollo de África Austral""",
    ),
    "East African Community": (
        None,
        """en:a:EAC; fr:a:CAE; it:n:Comunità dell'Africa orientale;
        de:n:Ostafrikanische Gemeinschaft; fr:n:Communauté d'Afrique de l'Est;
        es:n:Comunidad de África Oriental""",
    ),
    "IGAD": (
        None,
        """en:v:Intergovernmental Authority on Development;
        fr:v:Autorité intergouvernementale pour le développement;
        it:v:Autorità intergovernativa per lo sviluppo; es:v:Autoridad Intergubernamental para el Desarrollo""",
    ),
    "International Conference on the Great Lakes Region": (
        None,
        """en:a:ICGLR; fr:a:CIRGL;
        fr:n:Conférence internationale sur la région des Grands Lacs""",
    ),
    "Arab League": (
        None,
        """en:v:League of Arab States; it:n:Lega araba; de:n:Arabische Liga;
        fr:n:Ligue arabe; es:n:Liga Árabe; fr:v:Ligue des États arabes; ar:n:جامعة الدول العربية""",
    ),
    "Gulf Cooperation Council": (
        None,
        """en:a:GCC; -:a:CCG; it:n:Consiglio di cooperazione del Golfo;
        de:n:Golf-Kooperationsrat; fr:n:Conseil de coopération du Golfe;
        es:n:Consejo de Cooperación del Golfo""",
    ),
    "Organisation of Islamic Cooperation": (
        None,
        """en:a:OIC; -:a:OCI; de:a:OIZ;
        en:v:Organization of Islamic Cooperation; it:n:Organizzazione della cooperazione islamica;
        de:n:Organisation für Islamische Zusammenarbeit; fr:n:Organisation de la coopération islamique;
        es:n:Organización para la Cooperación Islámica""",
    ),
    "ASEAN": (
        None,
        """en:v:Association of Southeast Asian Nations;
        it:v:Associazione delle nazioni del Sud-est asiatico; de:v:Verband Südostasiatischer Nationen;
        fr:v:Association des nations de l'Asie du Sud-Est; es:v:Asociación de Naciones del Sudeste Asiático""",
    ),
    "Organization of American States": (
        None,
        """en:a:OAS; -:a:OEA; it:a:OSA;
        it:n:Organizzazione degli Stati americani; de:n:Organisation Amerikanischer Staaten;
        fr:n:Organisation des États américains; es:n:Organización de los Estados Americanos""",
    ),
    "Collective Security Treaty Organization": (
        None,
        """en:a:CSTO; -:a:OTSC; de:a:OVKS; ru:a:ОДКБ;
        it:n:Organizzazione del Trattato di Sicurezza Collettiva; de:n:Organisation des Vertrags über kollektive Sicherheit;
        fr:n:Organisation du traité de sécurité collective; es:n:Organización del Tratado de Seguridad Colectiva""",
    ),
    "Shanghai Cooperation Organisation": (
        None,
        """en:a:SCO; -:a:OCS; de:a:SOZ;
        en:v:Shanghai Cooperation Organization; it:n:Organizzazione per la cooperazione di Shanghai;
        de:n:Shanghaier Organisation für Zusammenarbeit; fr:n:Organisation de coopération de Shanghai;
        es:n:Organización de Cooperación de Shanghái""",
    ),
    "G7": (None, "-:a:G-7; en:v:Group of Seven; it:v:Gruppo dei Sette"),
    "G20": (None, "-:a:G-20; en:v:Group of Twenty; it:v:Gruppo dei Venti"),
    "BRICS": (None, ""),
    "Middle East Quartet": (
        None,
        """en:v:Quartet on the Middle East; it:n:Quartetto per il Medio Oriente;
        de:n:Nahost-Quartett; fr:n:Quartette pour le Moyen-Orient; es:n:Cuarteto para Oriente Próximo""",
    ),
    "International Committee of the Red Cross": (
        None,
        """en:a:ICRC; -:a:CICR; de:a:IKRK;
        it:n:Comitato internazionale della Croce Rossa; de:n:Internationales Komitee vom Roten Kreuz;
        fr:n:Comité international de la Croix-Rouge; es:n:Comité Internacional de la Cruz Roja;
        en:v:Red Cross; it:v:Croce Rossa; de:v:Rotes Kreuz; de:v:Roten Kreuz; fr:v:Croix-Rouge;
        es:v:Cruz Roja""",
    ),
    "Community of Sant'Egidio": (
        None,
        """-:v:Sant'Egidio; it:n:Comunità di Sant'Egidio;
        de:n:Gemeinschaft Sant'Egidio; fr:n:Communauté de Sant'Egidio; es:n:Comunidad de Sant'Egidio""",
    ),
    # --- Palestinian, Lebanese, Yemeni, Syrian parties -------------------------
    "Hamas": (
        None,
        """es:n:Hamás; ar:n:حماس; he:n:חמאס; ru:n:ХАМАС; en:v:Islamic Resistance Movement;
        it:v:Movimento di Resistenza Islamica; de:v:Islamische Widerstandsbewegung;
        fr:v:Mouvement de la résistance islamique; es:v:Movimiento de Resistencia Islámica;
        en:v:Qassam Brigades; en:v:Izz ad-Din al-Qassam Brigades; en:v:al-Qassam Brigades;
        it:v:Brigate al-Qassam; it:v:Brigate Ezzedin al-Qassam; de:v:Kassam-Brigaden;
        de:v:Essedin-al-Kassam-Brigaden; fr:v:Brigades Ezzedine al-Qassam; fr:v:brigades al-Qassam;
        es:v:Brigadas Ezedin al Qasam; es:v:Brigadas al Qassam""",
    ),
    "Palestinian Islamic Jihad": (
        None,
        """en:v:Islamic Jihad; en:a:PIJ; it:n:Jihad islamica palestinese;
        it:v:Jihad islamica; de:n:Palästinensischer Islamischer Dschihad; de:v:Islamischer Dschihad;
        fr:n:Jihad islamique palestinien; fr:v:Jihad islamique; es:n:Yihad Islámica Palestina;
        es:v:Yihad Islámica; en:v:Al-Quds Brigades; it:v:Brigate al-Quds""",
    ),
    "Fatah": (None, "-:v:al-Fatah; es:v:Al Fatah"),
    "Palestine Liberation Organization": (
        None,
        """en:a:PLO; de:a:PLO; -:a:OLP;
        en:v:Palestine Liberation Organisation; it:n:Organizzazione per la Liberazione della Palestina;
        de:n:Palästinensische Befreiungsorganisation; fr:n:Organisation de libération de la Palestine;
        es:n:Organización para la Liberación de Palestina""",
    ),
    "Palestinian Authority": (
        "Palestine",
        """en:v:Palestinian National Authority; en:a:PNA; -:a:ANP;
        it:n:Autorità nazionale palestinese; it:v:Autorità palestinese;
        de:n:Palästinensische Autonomiebehörde; de:v:Palästinenserbehörde;
        fr:n:Autorité palestinienne; fr:v:Autorité nationale palestinienne;
        es:n:Autoridad Nacional Palestina; es:v:Autoridad Palestina; -:m:Ramallah""",
    ),
    "Hezbollah": (
        None,
        """de:n:Hisbollah; es:n:Hezbolá; -:v:Hizbollah; -:v:Hizbullah; es:v:Hizbulá;
        -:v:Hezbolla; ar:n:حزب الله; he:n:חיזבאללה; ru:n:Хезболла""",
    ),
    "Amal Movement": (
        None,
        """it:n:Movimento Amal; de:n:Amal-Bewegung; fr:n:mouvement Amal;
        es:n:Movimiento Amal""",
    ),
    "Houthis": (
        None,
        """en:v:Houthi; en:v:Houthi movement; -:v:Huthi; de:v:Huthis; de:v:Huthi-Rebellen;
        de:v:Houthi-Rebellen; fr:v:houthistes; fr:v:rebelles houthis; it:v:ribelli Houthi;
        it:v:ribelli Huthi; es:n:hutíes; es:v:rebeldes hutíes; es:v:huzíes; en:v:Ansar Allah;
        en:v:Ansarallah; ar:n:أنصار الله""",
    ),
    "Southern Transitional Council": (
        None,
        """en:a:STC; it:n:Consiglio di transizione del Sud;
        de:n:Südlicher Übergangsrat; fr:n:Conseil de transition du Sud; es:n:Consejo de Transición del Sur""",
    ),
    "Syrian Democratic Forces": (
        None,
        """en:a:SDF; -:a:FDS; it:n:Forze democratiche siriane;
        de:n:Syrische Demokratische Kräfte; fr:n:Forces démocratiques syriennes;
        es:n:Fuerzas Democráticas Sirias""",
    ),
    "YPG": (
        None,
        """en:v:People's Defense Units; en:v:People's Protection Units;
        it:v:Unità di protezione popolare; de:v:Volksverteidigungseinheiten;
        fr:v:Unités de protection du peuple; es:v:Unidades de Protección Popular""",
    ),
    "Hayat Tahrir al-Sham": (
        None,
        """en:a:HTS; -:v:Hay'at Tahrir al-Sham; fr:v:Hayat Tahrir al-Cham;
        de:v:Haiat Tahrir asch-Scham""",
    ),
    "PKK": (  # the name every set's annotators gave it
        None,
        """en:n:Kurdistan Workers' Party; en:v:Kurdistan Workers Party; it:n:Partito dei Lavoratori del Kurdistan;
        de:n:Arbeiterpartei Kurdistans; fr:n:Parti des travailleurs du Kurdistan;
        es:n:Partido de los Trabajadores de Kurdistán""",
    ),
    "Islamic State": (
        None,
        """en:a:ISIS; en:a:ISIL; -:v:Daesh; fr:v:Daech; es:v:Dáesh;
        en:v:Islamic State of Iraq and the Levant; it:n:Stato islamico; de:n:Islamischer Staat;
        fr:n:État islamique; es:n:Estado Islámico; de:v:IS-Miliz""",
    ),
    # --- Africa ------------------------------------------------------------------
    "M23": (
        None,
        """-:v:AFC/M23; -:v:M23/AFC; en:v:March 23 Movement; fr:v:Mouvement du 23 mars;
        it:v:Movimento 23 marzo; de:v:Bewegung 23. März; es:v:Movimiento 23 de Marzo;
        fr:v:M23/AFC; fr:v:rebelles du M23""",
    ),
    "Congo River Alliance": (
        None,
        """-:a:AFC; fr:n:Alliance Fleuve Congo; en:v:Alliance Fleuve Congo;
        es:n:Alianza del Río Congo; de:n:Allianz Kongofluss""",
    ),
    "Democratic Forces for the Liberation of Rwanda": (
        None,
        """-:a:FDLR;
        fr:n:Forces démocratiques de libération du Rwanda; it:n:Forze Democratiche di Liberazione del Ruanda;
        de:n:Demokratische Kräfte zur Befreiung Ruandas; es:n:Fuerzas Democráticas de Liberación de Ruanda""",
    ),
    "Allied Democratic Forces": (
        None,
        """-:a:ADF; fr:n:Forces démocratiques alliées;
        it:n:Forze democratiche alleate; es:n:Fuerzas Democráticas Aliadas""",
    ),
    "Rapid Support Forces": (
        None,
        """en:a:RSF; fr:a:FSR; it:n:Forze di supporto rapido;
        de:v:Schnelle Unterstützungskräfte; fr:n:Forces de soutien rapide; es:n:Fuerzas de Apoyo Rápido;
        ar:n:قوات الدعم السريع""",
    ),
    "Sudanese Armed Forces": (
        "Sudan",
        """en:a:SAF; it:n:Forze armate sudanesi; de:n:Sudanesische Streitkräfte;
        de:v:sudanesische Armee; fr:n:Forces armées soudanaises; es:n:Fuerzas Armadas Sudanesas;
        es:v:Fuerzas Armadas de Sudán; en:v:Sudanese army; it:v:esercito sudanese;
        fr:v:armée soudanaise; es:v:ejército sudanés""",
    ),
    "SPLM-North": (None, """-:a:SPLM-N; en:v:Sudan People's Liberation Movement-North"""),
    "SPLM-IO": (None, """-:v:SPLM/A-IO; en:v:Sudan People's Liberation Movement-in-Opposition"""),
    "Tigray People's Liberation Front": (
        None,
        """-:a:TPLF; it:n:Fronte Popolare di Liberazione del Tigray;
        de:n:Tigray-Volksbefreiungsfront; fr:n:Front de libération du peuple du Tigré;
        es:n:Frente de Liberación Popular de Tigray; fr:a:FLPT; es:a:FPLT""",
    ),
    "Polisario Front": (
        None,
        """-:v:Polisario; it:n:Fronte Polisario; de:n:Polisario-Front;
        fr:n:Front Polisario; es:n:Frente Polisario""",
    ),
    "al-Shabaab": (
        None,
        """-:v:al-Shabab; -:v:Shabaab; fr:v:shebab; fr:v:shebabs; de:v:al-Schabab;
        es:v:al Shabab; it:v:al-Shabaab""",
    ),
    "Boko Haram": (None, ""),
    "JNIM": (
        None,
        """en:v:Jama'at Nusrat al-Islam wal-Muslimin; fr:a:GSIM;
        fr:n:Groupe de soutien à l'islam et aux musulmans""",
    ),
    "Libyan National Army": (
        None,
        """en:a:LNA; fr:a:ANL; it:n:Esercito nazionale libico;
        de:n:Libysche Nationalarmee; fr:n:Armée nationale libyenne; es:n:Ejército Nacional Libio;
        en:v:Libyan Arab Armed Forces""",
    ),
    "Wagner Group": (
        None,
        """it:n:Gruppo Wagner; de:n:Gruppe Wagner; de:v:Wagner-Gruppe;
        fr:n:groupe Wagner; es:n:Grupo Wagner; ru:n:ЧВК Вагнер""",
    ),
    # --- Asia --------------------------------------------------------------------
    "Taliban": (None, """it:n:talebani; fr:n:talibans; es:n:talibanes; it:v:Talebani"""),
    "Tehrik-i-Taliban Pakistan": (None, "-:a:TTP; en:v:Pakistani Taliban"),
    "Moro Islamic Liberation Front": (None, "-:a:MILF; fr:n:Front Moro islamique de libération"),
    "Arakan Army": (
        None,
        "it:v:Esercito dell'Arakan; fr:v:Armée d'Arakan; es:v:Ejército de Arakán",
    ),
    # --- Colombia ------------------------------------------------------------------
    "FARC": (
        None,
        """-:a:FARC-EP; en:v:Revolutionary Armed Forces of Colombia;
        es:n:Fuerzas Armadas Revolucionarias de Colombia; it:v:Forze Armate Rivoluzionarie della Colombia;
        de:v:Revolutionäre Streitkräfte Kolumbiens; fr:v:Forces armées révolutionnaires de Colombie""",
    ),
    "ELN": (
        None,
        """en:v:National Liberation Army; es:n:Ejército de Liberación Nacional;
        it:v:Esercito di Liberazione Nazionale; de:v:Nationale Befreiungsarmee;
        fr:v:Armée de libération nationale""",
    ),
    "EZLN": (
        None,
        """en:v:Zapatista Army of National Liberation; es:n:Ejército Zapatista de Liberación Nacional;
        it:v:Esercito zapatista di liberazione nazionale; fr:v:Armée zapatiste de libération nationale;
        de:v:Zapatistische Armee der Nationalen Befreiung""",
    ),
    "Estado Mayor Central": (
        None,
        """-:a:EMC; en:v:Central General Staff; es:v:Estado Mayor Central de las FARC""",
    ),
    "Segunda Marquetalia": (None, "en:v:Second Marquetalia"),
    "Clan del Golfo": (
        None,
        """en:v:Gulf Clan; es:v:Autodefensas Gaitanistas de Colombia; es:a:AGC;
        es:v:Ejército Gaitanista de Colombia; es:a:EGC""",
    ),
    # --- further bodies and armed groups ----------------------------------------------
    "Council of the European Union": (
        "European Union",
        """it:n:Consiglio dell'Unione europea;
        de:n:Rat der Europäischen Union; fr:n:Conseil de l'Union européenne;
        es:n:Consejo de la Unión Europea; it:v:Consiglio Ue; de:v:EU-Ministerrat""",
    ),
    "International Organization for Migration": (
        "United Nations",
        """en:a:IOM; -:a:OIM;
        it:n:Organizzazione internazionale per le migrazioni; de:n:Internationale Organisation für Migration;
        fr:n:Organisation internationale pour les migrations; es:n:Organización Internacional para las Migraciones""",
    ),
    "Islamic Resistance in Iraq": (
        None,
        """it:n:Resistenza islamica in Iraq; de:n:Islamischer Widerstand im Irak;
        fr:n:Résistance islamique en Irak; es:n:Resistencia Islámica en Irak""",
    ),
    "Kataib Hezbollah": (None, "-:v:Kata'ib Hezbollah; de:v:Kataib Hisbollah; es:v:Kataib Hezbolá"),
    "Popular Mobilization Forces": (
        None,
        """en:v:Popular Mobilisation Forces; -:v:Hashd al-Shaabi;
        it:n:Forze di mobilitazione popolare; de:n:Volksmobilisierungskräfte;
        fr:n:Forces de mobilisation populaire; es:n:Fuerzas de Movilización Popular""",
    ),
    "Kurdistan Regional Government": (
        None,
        """en:a:KRG; it:n:Governo regionale del Kurdistan;
        de:n:Kurdische Regionalregierung; fr:n:Gouvernement régional du Kurdistan;
        es:n:Gobierno Regional del Kurdistán""",
    ),
    "Syrian National Army": (
        None,
        """it:n:Esercito nazionale siriano; de:n:Syrische Nationale Armee;
        fr:n:Armée nationale syrienne; es:n:Ejército Nacional Sirio""",
    ),
    "Free Syrian Army": (
        None,
        """it:n:Esercito siriano libero; de:n:Freie Syrische Armee;
        fr:n:Armée syrienne libre; es:n:Ejército Libre Sirio; fr:a:ASL""",
    ),
    "Oromo Liberation Army": (
        None,
        """it:n:Esercito di liberazione oromo; de:n:Oromo-Befreiungsarmee;
        fr:n:Armée de libération oromo; es:n:Ejército de Liberación Oromo""",
    ),
    "Tigray Defense Forces": (
        None,
        """en:v:Tigray Defence Forces; fr:n:Forces de défense du Tigré;
        it:n:Forze di difesa del Tigray; de:n:Tigray-Verteidigungskräfte; es:n:Fuerzas de Defensa de Tigray""",
    ),
    "Justice and Equality Movement": (
        None,
        """fr:n:Mouvement pour la justice et l'égalité;
        it:n:Movimento per la giustizia e l'uguaglianza; es:n:Movimiento por la Justicia y la Igualdad""",
    ),
    "Sudan Liberation Movement": (
        None,
        """en:v:Sudan Liberation Movement/Army; -:a:SLM/A;
        fr:n:Mouvement de libération du Soudan; es:n:Movimiento de Liberación de Sudán""",
    ),
    "Azawad Liberation Front": (
        None,
        """fr:n:Front de libération de l'Azawad;
        es:n:Frente de Liberación del Azawad""",
    ),
    "Islamic State West Africa Province": (
        None,
        """-:a:ISWAP; fr:n:État islamique en Afrique de l'Ouest;
        fr:a:EIAO""",
    ),
    "National Unity Government of Myanmar": (
        None,
        """en:v:Myanmar's National Unity Government;
        fr:n:gouvernement d'unité nationale birman; es:n:Gobierno de Unidad Nacional de Myanmar""",
    ),
    "Kachin Independence Army": (
        None,
        """fr:n:Armée pour l'indépendance kachin;
        es:n:Ejército para la Independencia de Kachin""",
    ),
    "Three Brotherhood Alliance": (
        None,
        """it:n:Alleanza della Fratellanza; fr:n:Alliance des trois fraternités;
        es:n:Alianza de la Hermandad""",
    ),
    "RENAMO": (
        None,
        """en:v:Mozambican National Resistance; -:v:Renamo;
        es:n:Resistencia Nacional Mozambiqueña""",
    ),
    "New People's Army": (
        None,
        """en:a:NPA; fr:n:Nouvelle Armée populaire; es:n:Nuevo Ejército del Pueblo""",
    ),
    # --- Balkans ----------------------------------------------------------------------------
    "Office of the High Representative": (
        None,
        """-:a:OHR; en:v:Office of the High Representative in Bosnia and Herzegovina;
        it:n:Ufficio dell'Alto rappresentante; de:n:Büro des Hohen Repräsentanten;
        fr:n:Bureau du haut représentant; es:n:Oficina del Alto Representante""",
    ),
    "Republika Srpska": (
        "Bosnia and Herzegovina",
        """en:v:Bosnian Serb Republic; it:v:Repubblica Serba di Bosnia;
        it:v:Repubblica Serba; de:v:Serbische Republik; fr:v:République serbe de Bosnie;
        fr:v:République serbe; es:v:República Srpska""",
    ),
    "Kosovo Liberation Army": (
        None,
        """en:a:KLA; -:a:UÇK; -:a:UCK; it:n:Esercito di liberazione del Kosovo;
        de:n:Befreiungsarmee des Kosovo; fr:n:Armée de libération du Kosovo;
        es:n:Ejército de Liberación de Kosovo""",
    ),
    "UNPROFOR": (
        "United Nations",
        """en:v:United Nations Protection Force; fr:a:FORPRONU;
        fr:v:Force de protection des Nations unies""",
    ),
    "UNMIK": ("United Nations", "en:v:United Nations Interim Administration Mission in Kosovo"),
    "KFOR": (
        "NATO",
        """en:v:Kosovo Force; it:v:Forza per il Kosovo; de:v:Kosovo-Truppe;
        fr:v:Force pour le Kosovo""",
    ),
    "SFOR": ("NATO", "en:v:Stabilisation Force; en:v:Stabilization Force"),
    "EULEX": ("European Union", "en:v:European Union Rule of Law Mission in Kosovo"),
    "International Criminal Tribunal for the former Yugoslavia": (
        "United Nations",
        """en:a:ICTY; -:a:TPIY; es:a:TPIY;
        it:n:Tribunale penale internazionale per l'ex Jugoslavia; de:n:Internationaler Strafgerichtshof für das ehemalige Jugoslawien;
        de:v:Jugoslawien-Tribunal; fr:n:Tribunal pénal international pour l'ex-Yougoslavie;
        es:n:Tribunal Penal Internacional para la ex Yugoslavia""",
    ),
    # --- Northern Ireland ---------------------------------------------------------------------
    "Irish Republican Army": (
        None,
        """-:a:IRA; en:v:Provisional IRA; en:v:Provisional Irish Republican Army;
        it:n:Esercito repubblicano irlandese; de:n:Irisch-Republikanische Armee;
        fr:n:Armée républicaine irlandaise; es:n:Ejército Republicano Irlandés""",
    ),
    "Sinn Féin": (None, "-:v:Sinn Fein"),
    "Democratic Unionist Party": (
        None,
        """en:a:DUP; it:n:Partito Unionista Democratico;
        fr:n:Parti unioniste démocrate; es:n:Partido Unionista Democrático""",
    ),
    "Ulster Unionist Party": (
        None,
        """en:a:UUP; it:n:Partito Unionista dell'Ulster; fr:n:Parti unioniste d'Ulster;
        es:n:Partido Unionista del Úlster""",
    ),
    "Social Democratic and Labour Party": (
        None,
        """en:a:SDLP; it:n:Partito Socialdemocratico e Laburista;
        fr:n:Parti social-démocrate et travailliste; es:n:Partido Socialdemócrata y Laborista""",
    ),
    "Ulster Volunteer Force": (None, "en:a:UVF"),
    "Ulster Defence Association": (None, "en:a:UDA; en:v:Ulster Defense Association"),
    # --- Middle East ------------------------------------------------------------------------
    "Syrian National Coalition": (
        None,
        """en:v:National Coalition for Syrian Revolutionary and Opposition Forces;
        it:n:Coalizione nazionale siriana; de:n:Syrische Nationalkoalition;
        fr:n:Coalition nationale syrienne; es:n:Coalición Nacional Siria""",
    ),
    "High Negotiations Committee": (
        None,
        """en:v:Syrian Negotiation Commission; en:a:HNC; en:v:High Negotiation Committee; fr:n:Comité des négociations syriennes;
        fr:v:Haut Comité des négociations; es:n:Comisión Siria de Negociación""",
    ),
    "Democratic Union Party": (
        None,
        """-:a:PYD; it:n:Partito dell'Unione Democratica; de:n:Partei der Demokratischen Union;
        fr:n:Parti de l'union démocratique; es:n:Partido de la Unión Democrática""",
    ),
    "Ahrar al-Sham": (None, "fr:v:Ahrar al-Cham; de:v:Ahrar asch-Scham"),
    "Jaysh al-Islam": (None, "-:v:Jaish al-Islam; fr:v:Jaych al-Islam"),
    "al-Qaeda": (
        None,
        """-:v:al-Qaida; -:v:Al Qaeda; -:v:Al Qaida; fr:v:Al-Qaïda; fr:v:Al-Qaida;
        de:v:Al-Kaida; es:v:Al Qaeda""",
    ),
    "Popular Front for the Liberation of Palestine": (
        None,
        """en:a:PFLP; -:a:FPLP; it:n:Fronte Popolare per la Liberazione della Palestina;
        de:n:Volksfront zur Befreiung Palästinas; fr:n:Front populaire de libération de la Palestine;
        es:n:Frente Popular para la Liberación de Palestina""",
    ),
    "National Transitional Council": (
        "Libya",
        """en:v:Libyan National Transitional Council; it:n:Consiglio nazionale di transizione;
        de:n:Nationaler Übergangsrat; fr:n:Conseil national de transition;
        es:n:Consejo Nacional de Transición""",
    ),
    # --- Africa -------------------------------------------------------------------------------
    "Sudan People's Liberation Movement": (
        None,
        """-:a:SPLM; -:a:SPLM/A; -:a:SPLA; en:v:Sudan People's Liberation Army;
        en:v:Sudan People's Liberation Movement/Army;
        it:n:Movimento di liberazione del popolo sudanese; de:n:Sudanesische Volksbefreiungsbewegung;
        de:v:Sudanesische Volksbefreiungsarmee; fr:n:Mouvement populaire de libération du Soudan;
        fr:v:Armée populaire de libération du Soudan; es:n:Movimiento de Liberación del Pueblo de Sudán;
        es:v:Ejército de Liberación del Pueblo de Sudán""",
    ),
    "Forces of Freedom and Change": (
        None,
        """en:a:FFC; it:n:Forze per la libertà e il cambiamento;
        de:n:Kräfte für Freiheit und Wandel; fr:n:Forces de la liberté et du changement;
        es:n:Fuerzas de la Libertad y el Cambio""",
    ),
    "Lord's Resistance Army": (
        None,
        """en:a:LRA; it:n:Esercito di resistenza del Signore;
        de:n:Widerstandsarmee des Herrn; fr:n:Armée de résistance du Seigneur;
        es:n:Ejército de Resistencia del Señor""",
    ),
    "Rwandan Patriotic Front": (
        None,
        """en:a:RPF; -:a:FPR; it:n:Fronte patriottico ruandese;
        de:n:Ruandische Patriotische Front; fr:n:Front patriotique rwandais;
        es:n:Frente Patriótico Ruandés""",
    ),
    "CNDD-FDD": (
        None,
        """en:v:National Council for the Defense of Democracy–Forces for the Defense of Democracy;
        fr:v:Conseil national pour la défense de la démocratie–Forces de défense de la démocratie""",
    ),
    "National Forces of Liberation": (
        None,
        """-:a:FNL; -:v:Palipehutu-FNL; fr:n:Forces nationales de libération;
        it:n:Forze nazionali di liberazione; es:n:Fuerzas Nacionales de Liberación""",
    ),
    "Movement for the Liberation of the Congo": (
        None,
        """-:a:MLC; fr:n:Mouvement de libération du Congo;
        it:n:Movimento di liberazione del Congo; es:n:Movimiento de Liberación del Congo""",
    ),
    "National Congress for the Defence of the People": (
        None,
        """-:a:CNDP; en:v:National Congress for the Defense of the People;
        fr:n:Congrès national pour la défense du peuple""",
    ),
    "UNITA": (
        None,
        """en:v:National Union for the Total Independence of Angola;
        it:v:Unione nazionale per l'indipendenza totale dell'Angola;
        de:v:Nationale Union für die völlige Unabhängigkeit Angolas;
        fr:v:Union nationale pour l'indépendance totale de l'Angola;
        es:v:Unión Nacional para la Independencia Total de Angola""",
    ),
    "MPLA": (
        None,
        """en:v:People's Movement for the Liberation of Angola;
        fr:v:Mouvement populaire de libération de l'Angola;
        es:v:Movimiento Popular de Liberación de Angola""",
    ),
    "FRELIMO": (
        None,
        """-:v:Frelimo; en:v:Mozambique Liberation Front; fr:v:Front de libération du Mozambique;
        es:v:Frente de Liberación de Mozambique""",
    ),
    "Revolutionary United Front": (
        None,
        """it:n:Fronte Unito Rivoluzionario; de:n:Revolutionäre Vereinigte Front;
        fr:n:Front révolutionnaire uni; es:n:Frente Revolucionario Unido""",
    ),
    "LURD": (
        None,
        """en:v:Liberians United for Reconciliation and Democracy;
        fr:v:Libériens unis pour la réconciliation et la démocratie""",
    ),
    "National Patriotic Front of Liberia": (
        None,
        """en:a:NPFL; fr:n:Front national patriotique du Liberia;
        es:n:Frente Patriótico Nacional de Liberia""",
    ),
    "Forces Nouvelles": (
        None,
        """-:v:Forces Nouvelles de Côte d'Ivoire; en:v:Forces Nouvelles of Ivory Coast;
        es:n:Fuerzas Nuevas de Costa de Marfil""",
    ),
    "ECOMOG": ("ECOWAS", "en:v:ECOWAS Monitoring Group"),
    "UNAMSIL": ("United Nations", "en:v:United Nations Mission in Sierra Leone"),
    "UNMIL": ("United Nations", "en:v:United Nations Mission in Liberia; fr:a:MINUL"),
    "UNOCI": ("United Nations", "en:v:United Nations Operation in Côte d'Ivoire; fr:a:ONUCI"),
    "ONUMOZ": ("United Nations", "en:v:United Nations Operation in Mozambique"),
    "UNMIS": ("United Nations", "en:v:United Nations Mission in Sudan"),
    "UNMEE": ("United Nations", "en:v:United Nations Mission in Ethiopia and Eritrea; fr:a:MINUEE"),
    "UNITAMS": (
        "United Nations",
        "en:v:United Nations Integrated Transition Assistance Mission in Sudan",
    ),
    "AMISOM": (
        "African Union",
        """en:v:African Union Mission in Somalia; -:a:ATMIS; -:a:AUSSOM;
        en:v:African Union Transition Mission in Somalia""",
    ),
    # --- Asia ---------------------------------------------------------------------------------
    "Liberation Tigers of Tamil Eelam": (
        None,
        """-:a:LTTE; en:v:Tamil Tigers; it:n:Tigri per la Liberazione della Patria Tamil;
        it:v:Tigri tamil; de:n:Befreiungstiger von Tamil Eelam;
        de:v:tamilische Rebellen; fr:n:Tigres de libération de l'Eelam tamoul; fr:v:Tigres tamouls;
        es:n:Tigres de Liberación del Eelam Tamil; es:v:Tigres Tamiles; en:v:Tigers""",
    ),
    "Sri Lanka Monitoring Mission": (None, "-:a:SLMM"),
    "Communist Party of Nepal (Maoist)": (
        None,
        """en:v:Communist Party of Nepal (Maoist Centre); -:a:CPN-M; -:v:CPN (Maoist); -:v:CPN (Maoist Centre);
        -:v:CPN-Maoist; en:v:Unified Communist Party of Nepal (Maoist); -:a:UCPN-M; -:v:UCPN (Maoist);
        en:v:Nepali Maoists; en:v:Nepalese Maoists; it:n:Partito Comunista del Nepal (maoista);
        de:n:Kommunistische Partei Nepals (Maoistisch); fr:n:Parti communiste du Népal (maoïste);
        es:n:Partido Comunista de Nepal (Maoísta); en:v:Maoist Centre; en:v:Maoists;
        de:v:Maoisten; fr:v:maoïstes; it:v:maoisti; es:v:maoístas""",
    ),
    "Nepali Congress": (
        None,
        """it:n:Congresso nepalese; de:n:Nepalesischer Kongress; fr:n:Congrès népalais;
        es:n:Congreso Nepalí""",
    ),
    "UNMIN": ("United Nations", "en:v:United Nations Mission in Nepal"),
    "Free Aceh Movement": (
        None,
        """-:a:GAM; -:v:Gerakan Aceh Merdeka; it:n:Movimento per Aceh Libero;
        de:n:Bewegung Freies Aceh; fr:n:Mouvement pour un Aceh libre; es:n:Movimiento Aceh Libre""",
    ),
    "Aceh Monitoring Mission": (
        "European Union",
        """-:a:AMM; fr:n:Mission de surveillance à Aceh""",
    ),
    "Crisis Management Initiative": (
        None,
        """-:a:CMI; en:v:Martti Ahtisaari Peace Foundation""",
    ),
    "Moro National Liberation Front": (
        None,
        """-:a:MNLF; fr:n:Front national de libération moro;
        es:n:Frente Moro de Liberación Nacional""",
    ),
    "National Democratic Front of the Philippines": (
        None,
        """-:a:NDFP; -:a:NDF; es:n:Frente Democrático Nacional de Filipinas""",
    ),
    "Khmer Rouge": (
        None,
        """it:n:Khmer rossi; de:n:Rote Khmer; fr:n:Khmers rouges; es:n:Jemeres Rojos""",
    ),
    "UNTAC": (
        "United Nations",
        "en:v:United Nations Transitional Authority in Cambodia; fr:a:APRONUC",
    ),
    "National League for Democracy": (
        None,
        """-:a:NLD; it:n:Lega nazionale per la democrazia; de:n:Nationale Liga für Demokratie;
        fr:n:Ligue nationale pour la démocratie; es:n:Liga Nacional para la Democracia""",
    ),
    "Karen National Union": (
        None,
        """-:a:KNU; fr:n:Union nationale karen; es:n:Unión Nacional Karen""",
    ),
    "Tatmadaw": ("Myanmar", ""),
    "Barisan Revolusi Nasional": (
        None,
        """-:a:BRN; en:v:National Revolutionary Front; -:v:BRN-C""",
    ),
    "Hezb-e-Islami": (None, "-:v:Hezb-i-Islami; -:v:Hizb-i-Islami; de:v:Hisb-i-Islami"),
    "Haqqani network": (
        None,
        """it:n:rete Haqqani; de:n:Haqqani-Netzwerk; fr:n:réseau Haqqani; es:n:red Haqqani""",
    ),
    "Northern Alliance": (
        None,
        """en:v:United Islamic Front; it:n:Alleanza del Nord; de:n:Nordallianz;
        fr:n:Alliance du Nord; es:n:Alianza del Norte""",
    ),
    # --- Americas, Europe -------------------------------------------------------------------------
    "URNG": (
        None,
        """es:v:Unidad Revolucionaria Nacional Guatemalteca; en:v:Guatemalan National Revolutionary Unity;
        it:v:Unità Rivoluzionaria Nazionale Guatemalteca; de:v:Nationale Revolutionäre Einheit Guatemalas;
        fr:v:Union révolutionnaire nationale guatémaltèque""",
    ),
    "MINUGUA": ("United Nations", "en:v:United Nations Verification Mission in Guatemala"),
    "FMLN": (
        None,
        """es:v:Frente Farabundo Martí para la Liberación Nacional;
        en:v:Farabundo Martí National Liberation Front; it:v:Fronte Farabundo Martí di Liberazione Nazionale;
        de:v:Nationale Befreiungsfront Farabundo Martí; fr:v:Front Farabundo Martí de libération nationale""",
    ),
    "ONUSAL": ("United Nations", "en:v:United Nations Observer Mission in El Salvador"),
    "ETA": (
        None,
        """-:v:Euskadi Ta Askatasuna; es:v:banda terrorista ETA""",
    ),
    "UNOMIG": ("United Nations", "en:v:United Nations Observer Mission in Georgia"),
    "UNAMI": ("United Nations", "en:v:United Nations Assistance Mission for Iraq"),
}
