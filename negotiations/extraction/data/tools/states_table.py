"""State table for the reference gazetteer generator.

One state per line, fields separated by ``|``:

    name | it | de | fr | es | capital | en-dem | it-dem | de-dem | fr-dem | es-dem

``=`` repeats the English name.  The capital is either one form for all
languages or five forms ``en/it/de/fr/es`` (``=`` repeats the English form).
Demonym fields are comma-separated tokens expanded by ``build_reference_actors``
(suffix ``!`` = take the token literally).  Empty demonyms only for states with
fewer than one million inhabitants.
"""

STATES = """
Afghanistan|=|=|=|Afganistán|Kabul/Kabul/Kabul/Kaboul/Kabul|Afghan|afghano|afghanisch,Afghane|afghan|afgano
Albania|=|Albanien|Albanie|=|Tirana|Albanian|albanese|albanisch,Albaner|albanais|albanés
Algeria|=|Algerien|Algérie|Argelia|Algiers/Algeri/Algier/Alger/Argel|Algerian|algerino|algerisch,Algerier|algérien|argelino
Andorra|=|=|Andorre|=|Andorra la Vella||||||
Angola|=|=|=|=|Luanda|Angolan|angolano|angolanisch,Angolaner|angolais|angoleño
Antigua and Barbuda|Antigua e Barbuda|Antigua und Barbuda|Antigua-et-Barbuda|Antigua y Barbuda|||||||
Argentina|=|Argentinien|Argentine|=|Buenos Aires|Argentine!,Argentines!,Argentinian|argentino|argentinisch,Argentinier|argentin|argentino
Armenia|=|Armenien|Arménie|=|Yerevan/Erevan/Eriwan/Erevan/Ereván|Armenian|armeno|armenisch,Armenier|arménien|armenio
Australia|=|Australien|Australie|=|Canberra|Australian|australiano|australisch,Australier|australien|australiano
Austria|=|Österreich|Autriche|=|Vienna/Vienna/Wien/Vienne/Viena|Austrian|austriaco!,austriaca!,austriaci!,austriache!|österreichisch,Österreicher|autrichien|austriaco
Azerbaijan|Azerbaigian|Aserbaidschan|Azerbaïdjan|Azerbaiyán|Baku/Baku/Baku/Bakou/Bakú|Azerbaijani,Azeri|azero,azerbaigiano|aserbaidschanisch,Aserbaidschaner|azerbaïdjanais|azerbaiyano
Bahamas|=|=|=|=|Nassau||||||
Bahrain|Bahrein|=|Bahreïn|Baréin|Manama|Bahraini|bahreinita|bahrainisch|bahreïnien|bareiní
Bangladesh|=|Bangladesch|=|Bangladés|Dhaka/Dacca/Dhaka/Dacca/Daca|Bangladeshi|bengalese|bangladeschisch|bangladais|bangladesí
Barbados|=|=|Barbade|=|Bridgetown||||||
Belarus|Bielorussia|=|Biélorussie|Bielorrusia|Minsk|Belarusian|bielorusso|belarussisch,Belarusse|biélorusse|bielorruso
Belgium|Belgio|Belgien|Belgique|Bélgica||Belgian|belga!,belgi!,belghe!|belgisch,Belgier|belge|belga
Belize|=|=|=|Belice|Belmopan||||||
Benin|=|=|Bénin|Benín|Porto-Novo|Beninese|beninese|beninisch|béninois|beninés
Bhutan|=|=|Bhoutan|Bután|Thimphu||||||
Bolivia|=|Bolivien|Bolivie|=||Bolivian|boliviano|bolivianisch|bolivien|boliviano
Bosnia and Herzegovina|Bosnia ed Erzegovina|Bosnien und Herzegowina|Bosnie-Herzégovine|Bosnia y Herzegovina|Sarajevo|Bosnian|bosniaco!,bosniaca!,bosniaci!,bosniache!|bosnisch|bosnien|bosnio
Botswana|=|=|=|Botsuana|Gaborone|Botswanan|botswano|botswanisch|botswanais|botsuano
Brazil|Brasile|Brasilien|Brésil|Brasil|Brasília/Brasilia/Brasília/Brasilia/Brasilia|Brazilian|brasiliano|brasilianisch,Brasilianer|brésilien|brasileño
Brunei|=|=|=|Brunéi|Bandar Seri Begawan||||||
Bulgaria|=|Bulgarien|Bulgarie|=|Sofia/Sofia/Sofia/Sofia/Sofía|Bulgarian|bulgaro|bulgarisch,Bulgare|bulgare|búlgaro
Burkina Faso|=|=|=|=|Ouagadougou/Ouagadougou/Ouagadougou/Ouagadougou/Uagadugú|Burkinabe!,Burkinabes!|burkinabè!|burkinisch|burkinabè!|burkinés
Burundi|=|=|=|=|Gitega|Burundian|burundese|burundisch|burundais|burundés
Cambodia|Cambogia|Kambodscha|Cambodge|Camboya|Phnom Penh/Phnom Penh/Phnom Penh/Phnom Penh/Nom Pen|Cambodian|cambogiano|kambodschanisch|cambodgien|camboyano
Cameroon|Camerun|Kamerun|Cameroun|Camerún|Yaoundé/Yaoundé/Jaunde/Yaoundé/Yaundé|Cameroonian|camerunese|kamerunisch|camerounais|camerunés
Canada|=|Kanada|=|Canadá|Ottawa|Canadian|canadese|kanadisch,Kanadier|canadien|canadiense
Cape Verde|Capo Verde|Kap Verde|Cap-Vert|Cabo Verde|Praia||||||
Central African Republic|Repubblica Centrafricana|Zentralafrikanische Republik|République centrafricaine|República Centroafricana|Bangui|Central African|centrafricano|zentralafrikanisch|centrafricain|centroafricano
Chad|Ciad|Tschad|Tchad|Chad|N'Djamena/N'Djamena/N’Djamena/N'Djaména/Yamena|Chadian|ciadiano|tschadisch|tchadien|chadiano
Chile|Cile|=|Chili|=|Santiago/Santiago del Cile/Santiago de Chile/Santiago du Chili/Santiago de Chile|Chilean|cileno|chilenisch|chilien|chileno
China|Cina|=|Chine|=|Beijing/Pechino/Peking/Pékin/Pekín|Chinese|cinese|chinesisch,Chinese|chinois|chino
Colombia|=|Kolumbien|Colombie|=|Bogotá/Bogotà/Bogotá/Bogota/Bogotá|Colombian|colombiano|kolumbianisch,Kolumbianer|colombien|colombiano
Comoros|Comore|Komoren|Comores|Comoras|Moroni||||||
Costa Rica|=|=|=|=||Costa Rican|costaricano|costa-ricanisch|costaricien|costarricense
Croatia|Croazia|Kroatien|Croatie|Croacia|Zagreb/Zagabria/Zagreb/Zagreb/Zagreb|Croatian|croato|kroatisch,Kroate|croate|croata
Cuba|=|Kuba|=|=|Havana/L'Avana/Havanna/La Havane/La Habana|Cuban|cubano|kubanisch,Kubaner|cubain|cubano
Cyprus|Cipro|Zypern|Chypre|Chipre|Nicosia/Nicosia/Nikosia/Nicosie/Nicosia|Cypriot|cipriota|zyprisch,Zyprer|chypriote|chipriota
Czech Republic|Repubblica Ceca|Tschechien|Tchéquie|Chequia|Prague/Praga/Prag/Prague/Praga|Czech|ceco!,ceca!,cechi!,ceche!|tschechisch,Tscheche|tchèque|checo
Democratic Republic of the Congo|Repubblica Democratica del Congo|Demokratische Republik Kongo|République démocratique du Congo|República Democrática del Congo|Kinshasa|Congolese|congolese|kongolesisch,Kongolese|congolais|congoleño
Denmark|Danimarca|Dänemark|Danemark|Dinamarca|Copenhagen/Copenaghen/Kopenhagen/Copenhague/Copenhague|Danish!,Danes!|danese|dänisch,Däne|danois|danés
Djibouti|Gibuti|Dschibuti|=|Yibuti||Djiboutian|gibutiano|dschibutisch|djiboutien|yibutiano
Dominica|=|=|=|=|||||||
Dominican Republic|Repubblica Dominicana|Dominikanische Republik|République dominicaine|República Dominicana|Santo Domingo|Dominican|dominicano|dominikanisch|dominicain|dominicano
Ecuador|=|=|Équateur|=|Quito|Ecuadorian|ecuadoriano|ecuadorianisch|équatorien|ecuatoriano
Egypt|Egitto|Ägypten|Égypte|Egipto|Cairo/Il Cairo/Kairo/Le Caire/El Cairo|Egyptian|egiziano|ägyptisch,Ägypter|égyptien|egipcio
El Salvador|=|=|Salvador|=|San Salvador|Salvadoran|salvadoregno|salvadorianisch|salvadorien|salvadoreño
Equatorial Guinea|Guinea Equatoriale|Äquatorialguinea|Guinée équatoriale|Guinea Ecuatorial|Malabo|Equatoguinean|equatoguineano|äquatorialguineisch|équato-guinéen|ecuatoguineano
Eritrea|=|=|Érythrée|=|Asmara|Eritrean|eritreo|eritreisch,Eritreer|érythréen|eritreo!,eritrea!,eritreos!,eritreas!
Estonia|=|Estland|Estonie|=|Tallinn/Tallinn/Tallinn/Tallinn/Tallin|Estonian|estone|estnisch,Esten!,Estin!|estonien|estonio
Eswatini|=|=|=|Esuatini|Mbabane|Swazi|swazi!|swasiländisch|swazi|suazi
Ethiopia|Etiopia|Äthiopien|Éthiopie|Etiopía|Addis Ababa/Addis Abeba/Addis Abeba/Addis-Abeba/Adís Abeba|Ethiopian|etiope|äthiopisch,Äthiopier|éthiopien|etíope
Fiji|Figi|Fidschi|Fidji|Fiyi|Suva||||||
Finland|Finlandia|Finnland|Finlande|Finlandia|Helsinki|Finnish!,Finns!|finlandese|finnisch,Finne|finlandais|finlandés
France|Francia|Frankreich|=|Francia|Paris/Parigi/Paris/Paris/París|French!,Frenchman!,Frenchmen!|francese|französisch,Franzose!,Franzosen!,Französin!|français|francés
Gabon|=|Gabun|=|Gabón|Libreville|Gabonese|gabonese|gabunisch|gabonais|gabonés
Gambia|=|=|Gambie|=|Banjul|Gambian|gambiano|gambisch|gambien|gambiano
Georgia|=|Georgien|Géorgie|=|Tbilisi/Tbilisi/Tiflis/Tbilissi/Tiflis|Georgian|georgiano|georgisch,Georgier|géorgien|georgiano
Germany|Germania|Deutschland|Allemagne|Alemania|Berlin/Berlino/Berlin/Berlin/Berlín|German|tedesco|deutsch,Deutsche!,Deutschen!|allemand|alemán
Ghana|=|=|=|=|Accra|Ghanaian|ghanese|ghanaisch|ghanéen|ghanés
Greece|Grecia|Griechenland|Grèce|Grecia|Athens/Atene/Athen/Athènes/Atenas|Greek|greco!,greca!,greci!,greche!|griechisch,Grieche|grec!,grecque!,grecs!,grecques!|griego
Grenada|=|=|=|=|||||||
Guatemala|=|=|=|=||Guatemalan|guatemalteco!,guatemalteca!,guatemaltechi!,guatemalteche!|guatemaltekisch|guatémaltèque|guatemalteco
Guinea|=|=|Guinée|=|Conakry|Guinean|guineano|guineisch|guinéen|guineano
Guinea-Bissau|=|=|Guinée-Bissau|Guinea-Bisáu|Bissau|Bissau-Guinean|guineense|guinea-bissauisch|bissau-guinéen|bisauguineano
Guyana|=|=|=|=|Georgetown||||||
Haiti|=|=|Haïti|Haití|Port-au-Prince/Port-au-Prince/Port-au-Prince/Port-au-Prince/Puerto Príncipe|Haitian|haitiano|haitianisch|haïtien|haitiano
Honduras|=|=|=|=|Tegucigalpa|Honduran|honduregno|honduranisch|hondurien|hondureño
Hungary|Ungheria|Ungarn|Hongrie|Hungría|Budapest|Hungarian|ungherese|ungarisch|hongrois|húngaro
Iceland|Islanda|Republik Island|Islande|Islandia|Reykjavik/Reykjavik/Reykjavík/Reykjavik/Reikiavik||||||
India|=|Indien|Inde|=|New Delhi/Nuova Delhi/Neu-Delhi/New Delhi/Nueva Delhi|Indian|indiano|indisch,Inder|indien|indio
Indonesia|=|Indonesien|Indonésie|=|Jakarta/Giacarta/Jakarta/Jakarta/Yakarta|Indonesian|indonesiano|indonesisch,Indonesier|indonésien|indonesio
Iran|=|=|=|Irán|Tehran/Teheran/Teheran/Téhéran/Teherán|Iranian|iraniano|iranisch,Iraner|iranien|iraní
Iraq|=|Irak|Irak|Irak|Baghdad/Baghdad/Bagdad/Bagdad/Bagdad|Iraqi|iracheno|irakisch,Iraker|irakien|iraquí
Ireland|Irlanda|Irland|Irlande|Irlanda|Dublin/Dublino/Dublin/Dublin/Dublín|Irish!|irlandese|irisch,Ire!,Iren!,Irin!|irlandais|irlandés
Israel|Israele|=|Israël|=|Jerusalem/Gerusalemme/Jerusalem/Jérusalem/Jerusalén|Israeli|israeliano|israelisch,Israeli!,Israelis!|israélien|israelí
Italy|Italia|Italien|Italie|Italia|Rome/Roma/Rom/Rome/Roma|Italian|italiano|italienisch,Italiener|italien|italiano
Côte d'Ivoire|Costa d'Avorio|Elfenbeinküste|Côte d'Ivoire|Costa de Marfil|Yamoussoukro|Ivorian|ivoriano|ivorisch|ivoirien|marfileño
Jamaica|Giamaica|Jamaika|Jamaïque|=|Kingston|Jamaican|giamaicano|jamaikanisch|jamaïcain|jamaicano
Japan|Giappone|=|Japon|Japón|Tokyo/Tokyo/Tokio/Tokyo/Tokio|Japanese|giapponese|japanisch,Japaner|japonais|japonés
Jordan|Giordania|Jordanien|Jordanie|Jordania|Amman/Amman/Amman/Amman/Amán|Jordanian|giordano|jordanisch,Jordanier|jordanien|jordano
Kazakhstan|Kazakistan|Kasachstan|=|Kazajistán|Astana|Kazakh|kazako|kasachisch|kazakh!,kazakhe!,kazakhs!,kazakhes!|kazajo
Kenya|=|Kenia|=|Kenia|Nairobi|Kenyan|keniota|kenianisch,Kenianer|kényan|keniano
Kiribati|=|=|=|=|Tarawa||||||
Kuwait|=|=|Koweït|=||Kuwaiti|kuwaitiano|kuwaitisch|koweïtien|kuwaití
Kyrgyzstan|Kirghizistan|Kirgisistan|Kirghizistan|Kirguistán|Bishkek/Bishkek/Bischkek/Bichkek/Biskek|Kyrgyz|kirghiso|kirgisisch|kirghize|kirguís!,kirguisa!,kirguises!,kirguisas!
Laos|=|=|=|=|Vientiane/Vientiane/Vientiane/Vientiane/Vientián|Laotian,Lao!|laotiano|laotisch|laotien|laosiano
Latvia|Lettonia|Lettland|Lettonie|Letonia||Latvian|lettone|lettisch,Lette|letton!,lettone!,lettons!,lettones!|letón!,letona!,letones!,letonas!
Lebanon|Libano|Libanon|Liban|Líbano|Beirut/Beirut/Beirut/Beyrouth/Beirut|Lebanese|libanese|libanesisch,Libanese|libanais|libanés
Lesotho|=|=|=|=|Maseru|Mosotho!,Basotho!|lesothiano|lesothisch|lésothien|lesotense
Liberia|=|=|=|=|Monrovia|Liberian|liberiano|liberianisch|libérien|liberiano
Libya|Libia|Libyen|Libye|Libia|Tripoli/Tripoli/Tripolis/Tripoli/Trípoli|Libyan|libico!,libica!,libici!,libiche!|libysch,Libyer|libyen|libio
Liechtenstein|=|=|=|=|Vaduz||||||
Lithuania|Lituania|Litauen|Lituanie|Lituania|Vilnius|Lithuanian|lituano|litauisch,Litauer|lituanien|lituano
Luxembourg|Lussemburgo|Luxemburg|=|Luxemburgo|||||||
Madagascar|=|Madagaskar|=|=|Antananarivo|Malagasy!|malgascio!,malgascia!,malgasci!,malgasce!|madagassisch|malgache|malgache
Malawi|=|=|=|Malaui|Lilongwe|Malawian|malawiano|malawisch|malawite|malauí
Malaysia|=|=|Malaisie|Malasia|Kuala Lumpur|Malaysian|malese|malaysisch|malaisien|malasio
Maldives|Maldive|Malediven|=|Maldivas|||||||
Mali|=|=|=|Malí|Bamako|Malian|maliano|malisch|malien|maliense
Malta|=|=|Malte|=|Valletta/La Valletta/Valletta/La Valette/La Valeta||||||
Marshall Islands|Isole Marshall|Marshallinseln|Îles Marshall|Islas Marshall|Majuro||||||
Mauritania|=|Mauretanien|Mauritanie|=|Nouakchott/Nouakchott/Nouakchott/Nouakchott/Nuakchot|Mauritanian|mauritano|mauretanisch|mauritanien|mauritano
Mauritius|=|=|île Maurice|Mauricio|Port Louis/Port Louis/Port Louis/Port-Louis/Port Louis|Mauritian|mauriziano|mauritisch|mauricien|mauriciano
Mexico|Messico|Mexiko|Mexique|México|Mexico City/Città del Messico/Mexiko-Stadt/Mexico/Ciudad de México|Mexican|messicano|mexikanisch,Mexikaner|mexicain|mexicano
Micronesia|=|Mikronesien|Micronésie|=|Palikir||||||
Moldova|Moldavia|Moldau|Moldavie|Moldavia|Chișinău/Chișinău/Chișinău/Chișinău/Chisináu|Moldovan|moldavo|moldauisch|moldave|moldavo
Monaco|Principato di Monaco|Fürstentum Monaco|principauté de Monaco|Mónaco|||||||
Mongolia|=|Mongolei|Mongolie|=|Ulaanbaatar/Ulan Bator/Ulaanbaatar/Oulan-Bator/Ulán Bator|Mongolian|mongolo|mongolisch|mongol|mongol!,mongola!,mongoles!,mongolas!
Montenegro|=|=|Monténégro|=|Podgorica||||||
Morocco|Marocco|Marokko|Maroc|Marruecos|Rabat|Moroccan|marocchino|marokkanisch,Marokkaner|marocain|marroquí
Mozambique|Mozambico|Mosambik|=|=|Maputo|Mozambican|mozambicano|mosambikanisch|mozambicain|mozambiqueño
Myanmar|=|=|=|=|Naypyidaw/Naypyidaw/Naypyidaw/Naypyidaw/Naipyidó|Burmese|birmano|myanmarisch,birmanisch|birman|birmano
Namibia|=|=|Namibie|=|Windhoek|Namibian|namibiano|namibisch|namibien|namibio
Nauru|=|=|=|=|||||||
Nepal|=|=|Népal|=|Kathmandu/Katmandu/Kathmandu/Katmandou/Katmandú|Nepali,Nepalese|nepalese|nepalesisch|népalais|nepalí
Netherlands|Paesi Bassi|Niederlande|Pays-Bas|Países Bajos|Amsterdam/Amsterdam/Amsterdam/Amsterdam/Ámsterdam|Dutch!|olandese|niederländisch,Niederländer|néerlandais|neerlandés
New Zealand|Nuova Zelanda|Neuseeland|Nouvelle-Zélande|Nueva Zelanda|Wellington|New Zealander|neozelandese|neuseeländisch|néo-zélandais|neozelandés
Nicaragua|=|=|=|=|Managua|Nicaraguan|nicaraguense|nicaraguanisch|nicaraguayen|nicaragüense
Niger|=|=|=|Níger|Niamey|Nigerien|nigerino|nigrisch|nigérien|nigerino!,nigerina!,nigerinos!,nigerinas!
Nigeria|=|=|=|=|Abuja|Nigerian|nigeriano|nigerianisch,Nigerianer|nigérian|nigeriano
North Korea|Corea del Nord|Nordkorea|Corée du Nord|Corea del Norte|Pyongyang/Pyongyang/Pjöngjang/Pyongyang/Pionyang|North Korean|nordcoreano|nordkoreanisch|nord-coréen|norcoreano
North Macedonia|Macedonia del Nord|Nordmazedonien|Macédoine du Nord|Macedonia del Norte|Skopje|Macedonian|macedone|mazedonisch|macédonien|macedonio
Norway|Norvegia|Norwegen|Norvège|Noruega|Oslo|Norwegian|norvegese|norwegisch,Norweger|norvégien|noruego
Oman|=|=|=|Omán|Muscat/Mascate/Maskat/Mascate/Mascate|Omani|omanita|omanisch|omanais|omaní
Pakistan|=|=|=|Pakistán|Islamabad|Pakistani|pakistano|pakistanisch|pakistanais|pakistaní
Palau|=|=|Palaos|Palaos|Ngerulmud||||||
Panama|=|=|=|Panamá||Panamanian|panamense|panamaisch|panaméen|panameño
Papua New Guinea|Papua Nuova Guinea|Papua-Neuguinea|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea|Port Moresby|Papua New Guinean|papuano|papua-neuguineisch|papouasien|papú!,papúes!
Paraguay|=|=|=|=|Asunción/Asunción/Asunción/Asuncion/Asunción|Paraguayan|paraguaiano|paraguayisch|paraguayen|paraguayo
Peru|Perù|=|Pérou|Perú||Peruvian|peruviano|peruanisch|péruvien|peruano
Philippines|Filippine|Philippinen|=|Filipinas|Manila|Filipino|filippino|philippinisch|philippin|filipino
Poland|Polonia|Polen|Pologne|Polonia|Warsaw/Varsavia/Warschau/Varsovie/Varsovia|Polish!,Poles!|polacco!,polacca!,polacchi!,polacche!|polnisch|polonais|polaco
Portugal|Portogallo|=|=|=|Lisbon/Lisbona/Lissabon/Lisbonne/Lisboa|Portuguese|portoghese|portugiesisch,Portugiese|portugais|portugués
Qatar|=|Katar|=|Catar|Doha|Qatari|qatariota|katarisch|qatarien|catarí
Republic of the Congo|Repubblica del Congo|Republik Kongo|République du Congo|República del Congo|Brazzaville||||||
Romania|=|Rumänien|Roumanie|Rumania|Bucharest/Bucarest/Bukarest/Bucarest/Bucarest|Romanian|rumeno|rumänisch,Rumäne|roumain|rumano
Russia|=|Russland|Russie|Rusia|Moscow/Mosca/Moskau/Moscou/Moscú|Russian|russo|russisch,Russe|russe|ruso
Rwanda|=|Ruanda|=|Ruanda|Kigali|Rwandan|ruandese|ruandisch|rwandais|ruandés
Saint Kitts and Nevis|Saint Kitts e Nevis|St. Kitts und Nevis|Saint-Christophe-et-Niévès|San Cristóbal y Nieves|Basseterre||||||
Saint Lucia|Santa Lucia|St. Lucia|Sainte-Lucie|Santa Lucía|Castries||||||
Saint Vincent and the Grenadines|Saint Vincent e Grenadine|St. Vincent und die Grenadinen|Saint-Vincent-et-les-Grenadines|San Vicente y las Granadinas|Kingstown||||||
Samoa|=|=|=|=|Apia||||||
San Marino|=|=|Saint-Marin|=|||||||
São Tomé and Príncipe|São Tomé e Príncipe|São Tomé und Príncipe|Sao Tomé-et-Principe|Santo Tomé y Príncipe|||||||
Saudi Arabia|Arabia Saudita|Saudi-Arabien|Arabie saoudite|Arabia Saudí|Riyadh/Riad/Riad/Riyad/Riad|Saudi|saudita|saudisch,Saudi!,Saudis!|saoudien|saudí
Senegal|=|=|Sénégal|=|Dakar|Senegalese|senegalese|senegalesisch|sénégalais|senegalés
Serbia|=|Serbien|Serbie|=|Belgrade/Belgrado/Belgrad/Belgrade/Belgrado|Serbian,Serb|serbo|serbisch,Serbe|serbe|serbio
Seychelles|=|Seychellen|=|=|||||||
Sierra Leone|=|=|=|Sierra Leona|Freetown|Sierra Leonean|sierraleonese|sierra-leonisch|sierra-léonais|sierraleonés
Singapore|=|Singapur|Singapour|Singapur||Singaporean|singaporiano|singapurisch|singapourien|singapurense
Slovakia|Slovacchia|Slowakei|Slovaquie|Eslovaquia|Bratislava|Slovak|slovacco!,slovacca!,slovacchi!,slovacche!|slowakisch,Slowake|slovaque|eslovaco
Slovenia|=|Slowenien|Slovénie|Eslovenia|Ljubljana/Lubiana/Ljubljana/Ljubljana/Liubliana|Slovenian,Slovene|sloveno|slowenisch,Slowene|slovène|esloveno
Solomon Islands|Isole Salomone|Salomonen|Îles Salomon|Islas Salomón|Honiara||||||
Somalia|=|=|Somalie|=|Mogadishu/Mogadiscio/Mogadischu/Mogadiscio/Mogadiscio|Somali|somalo|somalisch,Somalier|somalien|somalí
South Africa|Sudafrica|Südafrika|Afrique du Sud|Sudáfrica|Pretoria|South African|sudafricano|südafrikanisch,Südafrikaner|sud-africain|sudafricano
South Korea|Corea del Sud|Südkorea|Corée du Sud|Corea del Sur|Seoul/Seul/Seoul/Séoul/Seúl|South Korean|sudcoreano|südkoreanisch|sud-coréen|surcoreano
South Sudan|Sud Sudan|Südsudan|Soudan du Sud|Sudán del Sur|Juba/Giuba/Juba/Djouba/Yuba|South Sudanese|sudsudanese|südsudanesisch|sud-soudanais|sursudanés
Spain|Spagna|Spanien|Espagne|España|Madrid|Spanish!,Spaniard|spagnolo|spanisch,Spanier|espagnol|español
Sri Lanka|=|=|=|=||Sri Lankan|srilankese|sri-lankisch|sri-lankais|esrilanqués
Sudan|=|=|Soudan|Sudán|Khartoum/Khartum/Khartum/Khartoum/Jartum|Sudanese|sudanese|sudanesisch|soudanais|sudanés
Suriname|=|=|=|Surinam|Paramaribo||||||
Sweden|Svezia|Schweden|Suède|Suecia|Stockholm/Stoccolma/Stockholm/Stockholm/Estocolmo|Swedish!,Swede|svedese|schwedisch,Schwede|suédois|sueco
Switzerland|Svizzera|Schweiz|Suisse|Suiza|Bern/Berna/Bern/Berne/Berna|Swiss!|svizzero|schweizerisch,Schweizer|suisse|suizo
Syria|Siria|Syrien|Syrie|Siria|Damascus/Damasco/Damaskus/Damas/Damasco|Syrian|siriano|syrisch,Syrer|syrien|sirio
Tajikistan|Tagikistan|Tadschikistan|Tadjikistan|Tayikistán|Dushanbe/Dušanbe/Duschanbe/Douchanbé/Dusambé|Tajik|tagiko|tadschikisch|tadjik!,tadjike!,tadjiks!,tadjikes!|tayiko
Tanzania|=|Tansania|Tanzanie|=|Dodoma|Tanzanian|tanzaniano|tansanisch|tanzanien|tanzano
Thailand|Thailandia|=|Thaïlande|Tailandia|Bangkok|Thai|thailandese|thailändisch|thaïlandais|tailandés
Timor-Leste|Timor Est|Osttimor|Timor oriental|Timor Oriental|Dili|Timorese|timorese|osttimoresisch|timorais|timorense
Togo|=|=|=|=|Lomé|Togolese|togolese|togoisch|togolais|togolés
Tonga|=|=|=|=|Nuku'alofa||||||
Trinidad and Tobago|=|Trinidad und Tobago|Trinité-et-Tobago|Trinidad y Tobago|Port of Spain/Port of Spain/Port of Spain/Port-d'Espagne/Puerto España|Trinidadian|trinidadiano|trinidadisch|trinidadien|trinitense
Tunisia|=|Tunesien|Tunisie|Túnez|Tunis/Tunisi/Tunis/Tunis/Túnez|Tunisian|tunisino|tunesisch|tunisien|tunecino
Turkey|Turchia|Türkei|Turquie|Turquía|Ankara|Turkish!,Turk,Turks!|turco|türkisch,Türke|turc!,turque!,turcs!,turques!|turco
Turkmenistan|=|=|Turkménistan|Turkmenistán|Ashgabat/Aşgabat/Aschgabat/Achgabat/Asjabad|Turkmen!|turkmeno|turkmenisch|turkmène|turcomano
Tuvalu|=|=|=|=|Funafuti||||||
Uganda|=|=|Ouganda|=|Kampala|Ugandan|ugandese|ugandisch|ougandais|ugandés
Ukraine|Ucraina|=|=|Ucrania|Kiev/Kiev/Kiew/Kiev/Kiev|Ukrainian|ucraino|ukrainisch,Ukrainer|ukrainien|ucraniano
United Arab Emirates|Emirati Arabi Uniti|Vereinigte Arabische Emirate|Émirats arabes unis|Emiratos Árabes Unidos|Abu Dhabi/Abu Dhabi/Abu Dhabi/Abou Dhabi/Abu Dabi|Emirati|emiratino|emiratisch|émirien|emiratí
United Kingdom|Regno Unito|Vereinigtes Königreich|Royaume-Uni|Reino Unido|London/Londra/London/Londres/Londres|British!,Briton|britannico!,britannica!,britannici!,britanniche!|britisch,Brite|britannique|británico
United States|Stati Uniti|Vereinigte Staaten|États-Unis|Estados Unidos|Washington|American|americano,statunitense|amerikanisch,US-amerikanisch,Amerikaner|américain|estadounidense,norteamericano
Uruguay|=|=|=|=|Montevideo|Uruguayan|uruguaiano|uruguayisch|uruguayen|uruguayo
Uzbekistan|=|Usbekistan|Ouzbékistan|Uzbekistán|Tashkent/Tashkent/Taschkent/Tachkent/Taskent|Uzbek|uzbeko|usbekisch|ouzbek!,ouzbèke!,ouzbeks!,ouzbèkes!|uzbeko
Vanuatu|=|=|=|=|Port Vila||||||
Venezuela|=|=|=|=|Caracas|Venezuelan|venezuelano|venezolanisch|vénézuélien|venezolano
Vietnam|=|=|=|=|Hanoi/Hanoi/Hanoi/Hanoï/Hanói|Vietnamese|vietnamita|vietnamesisch|vietnamien|vietnamita
Yemen|=|Jemen|Yémen|=|Sanaa|Yemeni|yemenita|jemenitisch|yéménite|yemení
Zambia|=|Sambia|Zambie|=|Lusaka|Zambian|zambiano|sambisch|zambien|zambiano
Zimbabwe|=|Simbabwe|=|Zimbabue|Harare|Zimbabwean|zimbabwese|simbabwisch|zimbabwéen|zimbabuense
Vatican|Vaticano|Vatikan|=|Vaticano|||||||
Palestine|Palestina|Palästina|=|Palestina||Palestinian|palestinese|palästinensisch,Palästinenser|palestinien|palestino
Kosovo|=|=|=|=|Pristina/Pristina/Pristina/Pristina/Pristina|Kosovar|kosovaro|kosovarisch,Kosovare|kosovar!,kosovare!,kosovars!,kosovares!|kosovar!,kosovares!
Taiwan|=|=|=|Taiwán|Taipei/Taipei/Taipeh/Taipei/Taipéi|Taiwanese|taiwanese|taiwanisch|taïwanais|taiwanés
Western Sahara|Sahara Occidentale|Westsahara|Sahara occidental|Sahara Occidental||Sahrawi|saharawi!|sahrauisch|sahraoui|saharaui
Somaliland|=|=|=|Somalilandia|Hargeisa|Somalilander|somalilandese|somaliländisch|somalilandais|somalilandés
Abkhazia|Abcasia|Abchasien|Abkhazie|Abjasia|Sukhumi/Sukhumi/Suchumi/Soukhoumi/Sujumi||||||
South Ossetia|Ossezia del Sud|Südossetien|Ossétie du Sud|Osetia del Sur|Tskhinvali/Tskhinvali/Zchinwali/Tskhinvali/Tsjinvali||||||
Transnistria|=|Transnistrien|Transnistrie|=|Tiraspol||||||
Northern Cyprus|Cipro del Nord|Nordzypern|Chypre du Nord|Chipre del Norte|||||||
Donetsk People's Republic|Repubblica Popolare di Donetsk|Volksrepublik Donezk|République populaire de Donetsk|República Popular de Donetsk|||||||
Luhansk People's Republic|Repubblica Popolare di Lugansk|Volksrepublik Luhansk|République populaire de Louhansk|República Popular de Lugansk|||||||
Yugoslavia|Jugoslavia|Jugoslawien|Yougoslavie|Yugoslavia||Yugoslav|jugoslavo|jugoslawisch,Jugoslawe|yougoslave|yugoslavo
"""

# States below one million inhabitants (or with a demonym shared with a
# larger neighbour) that need no demonym in every language.
NO_DEMONYM_OK = {
    "Andorra",
    "Antigua and Barbuda",
    "Bahamas",
    "Barbados",
    "Belize",
    "Bhutan",
    "Brunei",
    "Cape Verde",
    "Comoros",
    "Dominica",
    "Fiji",
    "Grenada",
    "Guyana",
    "Iceland",
    "Kiribati",
    "Liechtenstein",
    "Luxembourg",
    "Maldives",
    "Malta",
    "Marshall Islands",
    "Micronesia",
    "Monaco",
    "Montenegro",
    "Nauru",
    "Palau",
    "Saint Kitts and Nevis",
    "Saint Lucia",
    "Saint Vincent and the Grenadines",
    "Samoa",
    "San Marino",
    "São Tomé and Príncipe",
    "Seychelles",
    "Solomon Islands",
    "Suriname",
    "Tonga",
    "Tuvalu",
    "Vanuatu",
    "Vatican",
    "Abkhazia",
    "South Ossetia",
    "Transnistria",
    "Northern Cyprus",
    "Western Sahara",
    "Republic of the Congo",
    "Donetsk People's Republic",
    "Luhansk People's Republic",
}

NO_DEMONYM_OK.add("Nagorno-Karabakh")
STATES += """Nagorno-Karabakh|Nagorno Karabakh|Bergkarabach|Haut-Karabakh|Alto Karabaj|Stepanakert||||||
"""

# Extra aliases per state: "lang:kind:text" (lang "-" = same in all languages;
# kinds n=name v=variant a=acronym m=metonym d=demonym).
STATE_EXTRAS = {
    "Côte d'Ivoire": "en:v:Ivory Coast; en:v:Cote d'Ivoire; -:m:Abidjan",
    "United States": """en:a:US; en:a:U.S.; -:a:USA; en:v:United States of America; en:v:America;
        it:v:America; de:v:Amerika; it:v:Stati Uniti d'America; -:a:U.S.A.; es:a:EE.UU.; es:a:EEUU;
        es:a:EE. UU.; fr:v:États-Unis d'Amérique; es:v:Estados Unidos de América;
        en:m:White House; it:m:Casa Bianca; de:m:Weißes Haus; de:m:Weiße Haus; de:m:Weißen Haus;
        de:m:Weißem Haus; fr:m:Maison Blanche; fr:m:Maison-Blanche; es:m:Casa Blanca;
        en:m:Pentagon; de:m:Pentagon; it:m:Pentagono; fr:m:Pentagone; es:m:Pentágono; en:m:State Department;
        en:m:Foggy Bottom; it:m:Dipartimento di Stato; de:m:US-Außenministerium;
        fr:m:Département d'État; es:m:Departamento de Estado; de:a:US; ru:n:США;
        ru:v:Соединённые Штаты; ar:n:الولايات المتحدة; he:n:ארצות הברית; de:d:US-Amerikaner""",
    "Russia": """en:v:Russian Federation; it:v:Federazione Russa; de:v:Russische Föderation;
        fr:v:Fédération de Russie; es:v:Federación de Rusia; es:v:Federación Rusa;
        en:m:Kremlin; fr:m:Kremlin; es:m:Kremlin; it:m:Cremlino; de:m:Kreml; ru:n:Россия; uk:n:Росія; ru:m:Кремль;
        ru:m:Москва; ar:n:روسيا; he:n:רוסיה""",
    "Ukraine": """-:m:Kyiv; -:m:Bankova; uk:n:Україна; ru:n:Украина; uk:m:Київ; ru:m:Киев;
        uk:m:Банкова; ar:n:أوكرانيا""",
    "Belarus": """de:v:Weißrussland; en:v:Byelorussia; ru:n:Беларусь; ru:v:Белоруссия; uk:n:Білорусь""",
    "Georgia": "ru:n:Грузия; uk:n:Грузія",
    "Armenia": "ru:n:Армения; uk:n:Вірменія",
    "Azerbaijan": "ru:n:Азербайджан",
    "Moldova": "ru:n:Молдавия; ru:v:Молдова; en:v:Moldavia; -:v:Chisinau",
    "Kazakhstan": "ru:n:Казахстан; en:v:Kazakstan",
    "Kyrgyzstan": "ru:n:Киргизия; ru:v:Кыргызстан; en:v:Kirghizia",
    "Tajikistan": "ru:n:Таджикистан",
    "Turkmenistan": "ru:n:Туркмения; ru:v:Туркменистан",
    "Uzbekistan": "ru:n:Узбекистан",
    "Estonia": "ru:n:Эстония",
    "Latvia": "ru:n:Латвия",
    "Lithuania": "ru:n:Литва",
    "Poland": "ru:n:Польша; uk:n:Польща",
    "Israel": """en:v:State of Israel; it:v:Stato d'Israele; it:v:Stato di Israele; de:v:Staat Israel;
        fr:v:État d'Israël; es:v:Estado de Israel; en:m:Israel Defense Forces; en:m:IDF; fr:m:Tsahal;
        it:m:Forze di difesa israeliane; es:m:Fuerzas de Defensa de Israel; es:a:FDI; he:n:ישראל; ar:n:إسرائيل; ru:n:Израиль""",
    "Palestine": """en:v:State of Palestine; it:v:Stato di Palestina; de:v:Staat Palästina;
        fr:v:État de Palestine; es:v:Estado de Palestina; ar:n:فلسطين; he:n:פלסטין""",
    "Lebanon": "en:m:Baabda; ar:n:لبنان; he:n:לבנון",
    "Syria": "en:v:Syrian Arab Republic; ar:n:سوريا; he:n:סוריה; ru:n:Сирия",
    "Egypt": "ar:n:مصر; he:n:מצרים; en:v:Arab Republic of Egypt",
    "Qatar": "ar:n:قطر; he:n:קטאר",
    "Saudi Arabia": """en:a:KSA; en:v:Kingdom of Saudi Arabia; es:v:Arabia Saudita; ar:n:السعودية;
        en:v:Saudi-Arabia""",
    "Jordan": "ar:n:الأردن",
    "Iraq": "ar:n:العراق",
    "Yemen": "ar:n:اليمن",
    "United Arab Emirates": """en:a:UAE; de:a:VAE; ar:n:الإمارات; en:v:U.A.E.""",
    "Iran": """en:v:Islamic Republic of Iran; it:v:Repubblica islamica dell'Iran;
        de:v:Islamische Republik Iran; fr:v:République islamique d'Iran;
        es:v:República Islámica de Irán; he:n:איראן; ru:n:Иран""",
    "Turkey": "-:v:Türkiye; en:v:Turkiye; ru:n:Турция",
    "United Kingdom": """en:a:UK; en:a:U.K.; en:v:Britain; en:v:Great Britain; it:v:Gran Bretagna;
        de:v:Großbritannien; fr:v:Grande-Bretagne; es:v:Gran Bretaña; en:m:Downing Street;
        en:m:Whitehall; en:m:Foreign Office; ru:n:Великобритания""",
    "France": """-:m:Élysée; -:m:Elysée; en:m:Elysee; it:m:Eliseo; de:m:Élysée-Palast; es:m:Elíseo;
        fr:m:Quai d'Orsay; fr:m:Matignon; fr:v:République française; en:v:French Republic;
        ru:n:Франция""",
    "Germany": """de:m:Kanzleramt; de:m:Bundeskanzleramt; en:v:Federal Republic of Germany;
        de:v:Bundesrepublik Deutschland; de:v:Bundesrepublik; ru:n:Германия""",
    "Italy": "it:m:Palazzo Chigi; it:m:Farnesina; it:m:Quirinale; it:v:Repubblica Italiana",
    "Spain": "es:m:La Moncloa; es:m:Moncloa; es:m:Palacio de Santa Cruz",
    "Argentina": "es:m:Casa Rosada",
    "Colombia": "es:m:Casa de Nariño; es:m:Palacio de Nariño; es:v:República de Colombia",
    "Brazil": "-:m:Planalto; -:m:Itamaraty",
    "Chile": "es:m:La Moneda",
    "Venezuela": "es:m:Palacio de Miraflores",
    "China": """en:a:PRC; en:v:People's Republic of China; it:v:Repubblica Popolare Cinese;
        de:v:Volksrepublik China; fr:v:République populaire de Chine; es:v:República Popular China;
        en:m:Zhongnanhai; ru:n:Китай""",
    "North Korea": """en:a:DPRK; -:a:RPDC; en:v:Democratic People's Republic of Korea""",
    "South Korea": "en:a:ROK; en:v:Republic of Korea",
    "Democratic Republic of the Congo": """en:a:DRC; -:a:RDC; en:v:DR Congo; de:v:DR Kongo;
        -:v:RD Congo; -:v:Congo-Kinshasa; -:v:Congo; de:v:Kongo; en:v:Democratic Republic of Congo;
        fr:v:RD du Congo; es:v:RD del Congo""",
    "Republic of the Congo": "-:v:Congo-Brazzaville; de:v:Kongo-Brazzaville; en:v:Republic of Congo",
    "Central African Republic": "fr:a:RCA; fr:v:Centrafrique",
    "Czech Republic": """en:v:Czechia; it:v:Cechia; de:v:Tschechische Republik; fr:v:République tchèque;
        es:v:República Checa""",
    "Netherlands": "en:v:Holland; it:v:Olanda; es:v:Holanda",
    "North Macedonia": """en:v:Macedonia; en:v:Former Yugoslav Republic of Macedonia; -:a:FYROM;
        it:v:ex Repubblica jugoslava di Macedonia; fr:v:ex-République yougoslave de Macédoine;
        es:v:Antigua República Yugoslava de Macedonia; de:v:ehemalige jugoslawische Republik Mazedonien""",
    "Yugoslavia": """en:v:Federal Republic of Yugoslavia; it:v:Repubblica Federale di Jugoslavia;
        de:v:Bundesrepublik Jugoslawien; fr:v:République fédérale de Yougoslavie;
        es:v:República Federal de Yugoslavia; en:v:Serbia and Montenegro; it:v:Serbia e Montenegro;
        de:v:Serbien und Montenegro; fr:v:Serbie-et-Monténégro; es:v:Serbia y Montenegro""",
    "Myanmar": "en:v:Burma; -:v:Birmania; de:v:Birma; fr:v:Birmanie",
    "Eswatini": "en:v:Swaziland; de:v:Swasiland; es:v:Suazilandia",
    "Timor-Leste": "en:v:East Timor",
    "Cape Verde": "en:v:Cabo Verde",
    "Vatican": """en:v:Holy See; -:v:Santa Sede; de:v:Heiliger Stuhl; fr:v:Saint-Siège;
        en:v:Vatican City; it:v:Città del Vaticano; de:v:Vatikanstadt; fr:v:Cité du Vatican;
        es:v:Ciudad del Vaticano""",
    "Vietnam": "fr:v:Viêt Nam; en:v:Viet Nam",
    "Kosovo": "en:v:Republic of Kosovo",
    "Western Sahara": """en:v:Sahrawi Arab Democratic Republic; en:a:SADR; -:a:RASD;
        fr:v:République arabe sahraouie démocratique; es:v:República Árabe Saharaui Democrática""",
    "Transnistria": "en:v:Pridnestrovie; en:v:Transdniestria; ru:n:Приднестровье",
    "Abkhazia": "ru:n:Абхазия",
    "South Ossetia": "ru:n:Южная Осетия",
    "Northern Cyprus": "en:a:TRNC; en:v:Turkish Republic of Northern Cyprus",
    "Donetsk People's Republic": "en:a:DPR; -:a:DNR; ru:n:ДНР; uk:n:ДНР",
    "Luhansk People's Republic": "en:a:LPR; -:a:LNR; ru:n:ЛНР; en:v:Lugansk People's Republic",
    "Nagorno-Karabakh": "-:v:Artsakh; en:v:Republic of Artsakh; en:v:Karabakh",
    "Afghanistan": "ru:n:Афганистан",
    "Sudan": "ar:n:السودان",
    "Libya": "ar:n:ليبيا",
    "Gambia": "en:v:The Gambia",
    "Bahamas": "en:v:The Bahamas",
    "Philippines": "en:v:the Philippines",
}
