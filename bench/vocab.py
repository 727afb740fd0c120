"""Words, phrases and sentence templates of the benchmark corpus generator (generate.py),
in eight languages: en fr es de pt ru ar zh. Lists are '|'-separated strings, split once
at import. Topics are written so that they fit every template of their language without
agreement problems: French, Spanish and Portuguese topics carry their article and are
only used after prepositions that do not contract with it (sur, sobre, para, e, et …);
German topics are nominative phrases whose accusative is the same (feminine, neuter or
plural); Russian topics are in the genitive; Arabic topics are definite noun phrases."""


def _l(text):
    return [w.strip() for w in text.split("|") if w.strip()]


# ---------------------------------------------------------------------------
# Countries: ISO code -> name per language (ICU display names, the names Almanac's
# country table holds, plus a few everyday variants a bulletin would print).
COUNTRY_NAMES = {
    #      en, fr, es, de, pt, ru, ar, zh
    "BE": "Belgium|Belgique|Bélgica|Belgien|Bélgica|Бельгия|بلجيكا|比利时",
    "FR": "France|France|Francia|Frankreich|França|Франция|فرنسا|法国",
    "CH": "Switzerland|Suisse|Suiza|Schweiz|Suíça|Швейцария|سويسرا|瑞士",
    "CA": "Canada|Canada|Canadá|Kanada|Canadá|Канада|كندا|加拿大",
    "US": "United States|États-Unis|Estados Unidos|Vereinigte Staaten|Estados Unidos|США|الولايات المتحدة|美国",
    "GB": "United Kingdom|Royaume-Uni|Reino Unido|Vereinigtes Königreich|Reino Unido|Великобритания|المملكة المتحدة|英国",
    "DE": "Germany|Allemagne|Alemania|Deutschland|Alemanha|Германия|ألمانيا|德国",
    "AT": "Austria|Autriche|Austria|Österreich|Áustria|Австрия|النمسا|奥地利",
    "NL": "Netherlands|Pays-Bas|Países Bajos|Niederlande|Países Baixos|Нидерланды|هولندا|荷兰",
    "ES": "Spain|Espagne|España|Spanien|Espanha|Испания|إسبانيا|西班牙",
    "PT": "Portugal|Portugal|Portugal|Portugal|Portugal|Португалия|البرتغال|葡萄牙",
    "IT": "Italy|Italie|Italia|Italien|Itália|Италия|إيطاليا|意大利",
    "MX": "Mexico|Mexique|México|Mexiko|México|Мексика|المكسيك|墨西哥",
    "AR": "Argentina|Argentine|Argentina|Argentinien|Argentina|Аргентина|الأرجنتين|阿根廷",
    "CL": "Chile|Chili|Chile|Chile|Chile|Чили|تشيلي|智利",
    "CO": "Colombia|Colombie|Colombia|Kolumbien|Colômbia|Колумбия|كولومبيا|哥伦比亚",
    "PE": "Peru|Pérou|Perú|Peru|Peru|Перу|بيرو|秘鲁",
    "UY": "Uruguay|Uruguay|Uruguay|Uruguay|Uruguai|Уругвай|أورغواي|乌拉圭",
    "BR": "Brazil|Brésil|Brasil|Brasilien|Brasil|Бразилия|البرازيل|巴西",
    "MZ": "Mozambique|Mozambique|Mozambique|Mosambik|Moçambique|Мозамбик|موزمبيق|莫桑比克",
    "AO": "Angola|Angola|Angola|Angola|Angola|Ангола|أنغولا|安哥拉",
    "RU": "Russia|Russie|Rusia|Russland|Rússia|Россия|روسيا|俄罗斯",
    "BY": "Belarus|Biélorussie|Bielorrusia|Belarus|Bielorrússia|Беларусь|بيلاروس|白俄罗斯",
    "KZ": "Kazakhstan|Kazakhstan|Kazajistán|Kasachstan|Cazaquistão|Казахстан|كازاخستان|哈萨克斯坦",
    "UZ": "Uzbekistan|Ouzbékistan|Uzbekistán|Usbekistan|Uzbequistão|Узбекистан|أوزبكستان|乌兹别克斯坦",
    "AM": "Armenia|Arménie|Armenia|Armenien|Armênia|Армения|أرمينيا|亚美尼亚",
    "CN": "China|Chine|China|China|China|Китай|الصين|中国",
    "JP": "Japan|Japon|Japón|Japan|Japão|Япония|اليابان|日本",
    "KR": "South Korea|Corée du Sud|Corea del Sur|Südkorea|Coreia do Sul|Республика Корея|كوريا الجنوبية|韩国",
    "IN": "India|Inde|India|Indien|Índia|Индия|الهند|印度",
    "TH": "Thailand|Thaïlande|Tailandia|Thailand|Tailândia|Таиланд|تايلاند|泰国",
    "VN": "Vietnam|Viêt Nam|Vietnam|Vietnam|Vietnã|Вьетнам|فيتنام|越南",
    "ID": "Indonesia|Indonésie|Indonesia|Indonesien|Indonésia|Индонезия|إندونيسيا|印度尼西亚",
    "MN": "Mongolia|Mongolie|Mongolia|Mongolei|Mongólia|Монголия|منغوليا|蒙古",
    "MA": "Morocco|Maroc|Marruecos|Marokko|Marrocos|Марокко|المغرب|摩洛哥",
    "EG": "Egypt|Égypte|Egipto|Ägypten|Egito|Египет|مصر|埃及",
    "JO": "Jordan|Jordanie|Jordania|Jordanien|Jordânia|Иордания|الأردن|约旦",
    "AE": "United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos|Vereinigte Arabische Emirate|Emirados Árabes Unidos|ОАЭ|الإمارات العربية المتحدة|阿拉伯联合酋长国",
    "SA": "Saudi Arabia|Arabie saoudite|Arabia Saudí|Saudi-Arabien|Arábia Saudita|Саудовская Аравия|المملكة العربية السعودية|沙特阿拉伯",
    "TN": "Tunisia|Tunisie|Túnez|Tunesien|Tunísia|Тунис|تونس|突尼斯",
    "LB": "Lebanon|Liban|Líbano|Libanon|Líbano|Ливан|لبنان|黎巴嫩",
    "QA": "Qatar|Qatar|Catar|Katar|Catar|Катар|قطر|卡塔尔",
    "OM": "Oman|Oman|Omán|Oman|Omã|Оман|عُمان|阿曼",
    "DZ": "Algeria|Algérie|Argelia|Algerien|Argélia|Алжир|الجزائر|阿尔及利亚",
    "SN": "Senegal|Sénégal|Senegal|Senegal|Senegal|Сенегал|السنغال|塞内加尔",
    "CI": "Côte d’Ivoire|Côte d’Ivoire|Côte d’Ivoire|Côte d’Ivoire|Costa do Marfim|Кот-д’Ивуар|ساحل العاج|科特迪瓦",
    "CM": "Cameroon|Cameroun|Camerún|Kamerun|Camarões|Камерун|الكاميرون|喀麦隆",
    "KE": "Kenya|Kenya|Kenia|Kenia|Quênia|Кения|كينيا|肯尼亚",
    "ZA": "South Africa|Afrique du Sud|Sudáfrica|Südafrika|África do Sul|ЮАР|جنوب أفريقيا|南非",
    "AU": "Australia|Australie|Australia|Australien|Austrália|Австралия|أستراليا|澳大利亚",
    "SE": "Sweden|Suède|Suecia|Schweden|Suécia|Швеция|السويد|瑞典",
    "DK": "Denmark|Danemark|Dinamarca|Dänemark|Dinamarca|Дания|الدانمرك|丹麦",
    "FI": "Finland|Finlande|Finlandia|Finnland|Finlândia|Финляндия|فنلندا|芬兰",
    "NO": "Norway|Norvège|Noruega|Norwegen|Noruega|Норвегия|النرويج|挪威",
    "IE": "Ireland|Irlande|Irlanda|Irland|Irlanda|Ирландия|أيرلندا|爱尔兰",
    "PL": "Poland|Pologne|Polonia|Polen|Polônia|Польша|بولندا|波兰",
    "CZ": "Czech Republic|Tchéquie|Chequia|Tschechien|Tchéquia|Чехия|التشيك|捷克",
    "HU": "Hungary|Hongrie|Hungría|Ungarn|Hungria|Венгрия|هنغاريا|匈牙利",
    "GR": "Greece|Grèce|Grecia|Griechenland|Grécia|Греция|اليونان|希腊",
    "TR": "Turkey|Turquie|Turquía|Türkei|Turquia|Турция|تركيا|土耳其",
    "EC": "Ecuador|Équateur|Ecuador|Ecuador|Equador|Эквадор|الإكوادور|厄瓜多尔",
    "BO": "Bolivia|Bolivie|Bolivia|Bolivien|Bolívia|Боливия|بوليفيا|玻利维亚",
    "CR": "Costa Rica|Costa Rica|Costa Rica|Costa Rica|Costa Rica|Коста-Рика|كوستاريكا|哥斯达黎加",
}

# Cities: (ISO code, name per language en|fr|es|de|pt|ru|ar|zh).
CITIES = [
    ("BE", "Brussels|Bruxelles|Bruselas|Brüssel|Bruxelas|Брюссель|بروكسل|布鲁塞尔"),
    ("BE", "Antwerp|Anvers|Amberes|Antwerpen|Antuérpia|Антверпен|أنتويرب|安特卫普"),
    ("BE", "Liège|Liège|Lieja|Lüttich|Liège|Льеж|لييج|列日"),
    ("FR", "Paris|Paris|París|Paris|Paris|Париж|باريس|巴黎"),
    ("FR", "Lyon|Lyon|Lyon|Lyon|Lyon|Лион|ليون|里昂"),
    ("FR", "Marseille|Marseille|Marsella|Marseille|Marselha|Марсель|مرسيليا|马赛"),
    ("FR", "Strasbourg|Strasbourg|Estrasburgo|Straßburg|Estrasburgo|Страсбург|ستراسبورغ|斯特拉斯堡"),
    ("FR", "Bordeaux|Bordeaux|Burdeos|Bordeaux|Bordéus|Бордо|بوردو|波尔多"),
    ("FR", "Lille|Lille|Lille|Lille|Lille|Лилль|ليل|里尔"),
    ("FR", "Toulouse|Toulouse|Toulouse|Toulouse|Toulouse|Тулуза|تولوز|图卢兹"),
    ("CH", "Geneva|Genève|Ginebra|Genf|Genebra|Женева|جنيف|日内瓦"),
    ("CH", "Zurich|Zurich|Zúrich|Zürich|Zurique|Цюрих|زيورخ|苏黎世"),
    ("CH", "Lausanne|Lausanne|Lausana|Lausanne|Lausana|Лозанна|لوزان|洛桑"),
    ("CA", "Montreal|Montréal|Montreal|Montreal|Montreal|Монреаль|مونتريال|蒙特利尔"),
    ("CA", "Ottawa|Ottawa|Ottawa|Ottawa|Ottawa|Оттава|أوتاوا|渥太华"),
    ("CA", "Toronto|Toronto|Toronto|Toronto|Toronto|Торонто|تورونتو|多伦多"),
    ("CA", "Quebec City|Québec|Quebec|Québec|Quebec|Квебек|كيبك|魁北克城"),
    ("US", "New York|New York|Nueva York|New York|Nova York|Нью-Йорк|نيويورك|纽约"),
    ("US", "Washington|Washington|Washington|Washington|Washington|Вашингтон|واشنطن|华盛顿"),
    ("US", "Chicago|Chicago|Chicago|Chicago|Chicago|Чикаго|شيكاغو|芝加哥"),
    ("US", "Boston|Boston|Boston|Boston|Boston|Бостон|بوسطن|波士顿"),
    ("US", "San Francisco|San Francisco|San Francisco|San Francisco|São Francisco|Сан-Франциско|سان فرانسيسكو|旧金山"),
    ("GB", "London|Londres|Londres|London|Londres|Лондон|لندن|伦敦"),
    ("GB", "Edinburgh|Édimbourg|Edimburgo|Edinburgh|Edimburgo|Эдинбург|إدنبرة|爱丁堡"),
    ("GB", "Manchester|Manchester|Mánchester|Manchester|Manchester|Манчестер|مانشستر|曼彻斯特"),
    ("DE", "Berlin|Berlin|Berlín|Berlin|Berlim|Берлин|برلين|柏林"),
    ("DE", "Hamburg|Hambourg|Hamburgo|Hamburg|Hamburgo|Гамбург|هامبورغ|汉堡"),
    ("DE", "Munich|Munich|Múnich|München|Munique|Мюнхен|ميونخ|慕尼黑"),
    ("DE", "Cologne|Cologne|Colonia|Köln|Colônia|Кёльн|كولونيا|科隆"),
    ("DE", "Frankfurt|Francfort|Fráncfort|Frankfurt am Main|Frankfurt|Франкфурт-на-Майне|فرانكفورت|法兰克福"),
    ("DE", "Leipzig|Leipzig|Leipzig|Leipzig|Leipzig|Лейпциг|لايبزيغ|莱比锡"),
    ("DE", "Bremen|Brême|Bremen|Bremen|Bremen|Бремен|بريمن|不来梅"),
    ("DE", "Kiel|Kiel|Kiel|Kiel|Kiel|Киль|كيل|基尔"),
    ("AT", "Vienna|Vienne|Viena|Wien|Viena|Вена|فيينا|维也纳"),
    ("AT", "Graz|Graz|Graz|Graz|Graz|Грац|غراتس|格拉茨"),
    ("AT", "Salzburg|Salzbourg|Salzburgo|Salzburg|Salzburgo|Зальцбург|سالزبورغ|萨尔茨堡"),
    ("NL", "Amsterdam|Amsterdam|Ámsterdam|Amsterdam|Amsterdã|Амстердам|أمستردام|阿姆斯特丹"),
    ("NL", "Rotterdam|Rotterdam|Róterdam|Rotterdam|Roterdã|Роттердам|روتردام|鹿特丹"),
    ("NL", "Utrecht|Utrecht|Utrecht|Utrecht|Utrecht|Утрехт|أوترخت|乌得勒支"),
    ("ES", "Madrid|Madrid|Madrid|Madrid|Madri|Мадрид|مدريد|马德里"),
    ("ES", "Barcelona|Barcelone|Barcelona|Barcelona|Barcelona|Барселона|برشلونة|巴塞罗那"),
    ("ES", "Seville|Séville|Sevilla|Sevilla|Sevilha|Севилья|إشبيلية|塞维利亚"),
    ("ES", "Valencia|Valence|Valencia|Valencia|Valência|Валенсия|فالنسيا|瓦伦西亚"),
    ("ES", "Bilbao|Bilbao|Bilbao|Bilbao|Bilbau|Бильбао|بلباو|毕尔巴鄂"),
    ("PT", "Lisbon|Lisbonne|Lisboa|Lissabon|Lisboa|Лиссабон|لشبونة|里斯本"),
    ("PT", "Porto|Porto|Oporto|Porto|Porto|Порту|بورتو|波尔图"),
    ("PT", "Coimbra|Coimbra|Coímbra|Coimbra|Coimbra|Коимбра|كويمبرا|科英布拉"),
    ("IT", "Rome|Rome|Roma|Rom|Roma|Рим|روما|罗马"),
    ("IT", "Milan|Milan|Milán|Mailand|Milão|Милан|ميلانو|米兰"),
    ("IT", "Turin|Turin|Turín|Turin|Turim|Турин|تورينو|都灵"),
    ("IT", "Bologna|Bologne|Bolonia|Bologna|Bolonha|Болонья|بولونيا|博洛尼亚"),
    ("MX", "Mexico City|Mexico|Ciudad de México|Mexiko-Stadt|Cidade do México|Мехико|مكسيكو سيتي|墨西哥城"),
    ("MX", "Guadalajara|Guadalajara|Guadalajara|Guadalajara|Guadalajara|Гвадалахара|غوادالاخارا|瓜达拉哈拉"),
    ("MX", "Monterrey|Monterrey|Monterrey|Monterrey|Monterrey|Монтеррей|مونتيري|蒙特雷"),
    ("AR", "Buenos Aires|Buenos Aires|Buenos Aires|Buenos Aires|Buenos Aires|Буэнос-Айрес|بوينس آيرس|布宜诺斯艾利斯"),
    ("AR", "Córdoba|Córdoba|Córdoba|Córdoba|Córdoba|Кордова|قرطبة|科尔多瓦"),
    ("AR", "Rosario|Rosario|Rosario|Rosario|Rosário|Росарио|روساريو|罗萨里奥"),
    ("AR", "Mendoza|Mendoza|Mendoza|Mendoza|Mendoza|Мендоса|مندوزا|门多萨"),
    ("CL", "Santiago|Santiago|Santiago|Santiago|Santiago|Сантьяго|سانتياغو|圣地亚哥"),
    ("CL", "Valparaíso|Valparaíso|Valparaíso|Valparaíso|Valparaíso|Вальпараисо|فالبارايسو|瓦尔帕莱索"),
    ("CO", "Bogotá|Bogota|Bogotá|Bogotá|Bogotá|Богота|بوغوتا|波哥大"),
    ("CO", "Medellín|Medellín|Medellín|Medellín|Medellín|Медельин|ميديلين|麦德林"),
    ("CO", "Cartagena|Carthagène|Cartagena de Indias|Cartagena|Cartagena|Картахена|قرطاجنة|卡塔赫纳"),
    ("PE", "Lima|Lima|Lima|Lima|Lima|Лима|ليما|利马"),
    ("PE", "Cusco|Cuzco|Cusco|Cusco|Cusco|Куско|كوسكو|库斯科"),
    ("UY", "Montevideo|Montevideo|Montevideo|Montevideo|Montevidéu|Монтевидео|مونتيفيديو|蒙得维的亚"),
    ("EC", "Quito|Quito|Quito|Quito|Quito|Кито|كيتو|基多"),
    ("BO", "La Paz|La Paz|La Paz|La Paz|La Paz|Ла-Пас|لاباز|拉巴斯"),
    ("CR", "San José|San José|San José|San José|San José|Сан-Хосе|سان خوسيه|圣何塞"),
    ("BR", "São Paulo|São Paulo|São Paulo|São Paulo|São Paulo|Сан-Паулу|ساو باولو|圣保罗"),
    ("BR", "Rio de Janeiro|Rio de Janeiro|Río de Janeiro|Rio de Janeiro|Rio de Janeiro|Рио-де-Жанейро|ريو دي جانيرو|里约热内卢"),
    ("BR", "Brasília|Brasilia|Brasilia|Brasília|Brasília|Бразилиа|برازيليا|巴西利亚"),
    ("BR", "Belo Horizonte|Belo Horizonte|Belo Horizonte|Belo Horizonte|Belo Horizonte|Белу-Оризонти|بيلو هوريزونتي|贝洛奥里藏特"),
    ("BR", "Recife|Recife|Recife|Recife|Recife|Ресифи|ريسيفي|累西腓"),
    ("BR", "Porto Alegre|Porto Alegre|Porto Alegre|Porto Alegre|Porto Alegre|Порту-Алегри|بورتو أليغري|阿雷格里港"),
    ("BR", "Salvador|Salvador|Salvador|Salvador|Salvador|Салвадор|سلفادور|萨尔瓦多"),
    ("MZ", "Maputo|Maputo|Maputo|Maputo|Maputo|Мапуту|مابوتو|马普托"),
    ("AO", "Luanda|Luanda|Luanda|Luanda|Luanda|Луанда|لواندا|罗安达"),
    ("RU", "Moscow|Moscou|Moscú|Moskau|Moscou|Москва|موسكو|莫斯科"),
    ("RU", "Saint Petersburg|Saint-Pétersbourg|San Petersburgo|Sankt Petersburg|São Petersburgo|Санкт-Петербург|سانت بطرسبرغ|圣彼得堡"),
    ("RU", "Kazan|Kazan|Kazán|Kasan|Kazan|Казань|قازان|喀山"),
    ("RU", "Novosibirsk|Novossibirsk|Novosibirsk|Nowosibirsk|Novosibirsk|Новосибирск|نوفوسيبيرسك|新西伯利亚"),
    ("RU", "Yekaterinburg|Iekaterinbourg|Ekaterimburgo|Jekaterinburg|Ecaterimburgo|Екатеринбург|يكاترينبورغ|叶卡捷琳堡"),
    ("RU", "Nizhny Novgorod|Nijni Novgorod|Nizhni Nóvgorod|Nischni Nowgorod|Níjni Novgorod|Нижний Новгород|نيجني نوفغورود|下诺夫哥罗德"),
    ("RU", "Samara|Samara|Samara|Samara|Samara|Самара|سامارا|萨马拉"),
    ("RU", "Vladivostok|Vladivostok|Vladivostok|Wladiwostok|Vladivostok|Владивосток|فلاديفوستوك|符拉迪沃斯托克"),
    ("RU", "Kaliningrad|Kaliningrad|Kaliningrado|Kaliningrad|Kaliningrado|Калининград|كالينينغراد|加里宁格勒"),
    ("BY", "Minsk|Minsk|Minsk|Minsk|Minsk|Минск|مينسك|明斯克"),
    ("KZ", "Almaty|Almaty|Almaty|Almaty|Almaty|Алматы|ألماتي|阿拉木图"),
    ("KZ", "Astana|Astana|Astaná|Astana|Astana|Астана|أستانا|阿斯塔纳"),
    ("UZ", "Tashkent|Tachkent|Taskent|Taschkent|Tashkent|Ташкент|طشقند|塔什干"),
    ("AM", "Yerevan|Erevan|Ereván|Jerewan|Ierevan|Ереван|يريفان|埃里温"),
    ("CN", "Beijing|Pékin|Pekín|Peking|Pequim|Пекин|بكين|北京"),
    ("CN", "Shanghai|Shanghai|Shanghái|Shanghai|Xangai|Шанхай|شنغهاي|上海"),
    ("CN", "Guangzhou|Canton|Cantón|Guangzhou|Cantão|Гуанчжоу|قوانغتشو|广州"),
    ("CN", "Hangzhou|Hangzhou|Hangzhou|Hangzhou|Hangzhou|Ханчжоу|هانغتشو|杭州"),
    ("CN", "Chengdu|Chengdu|Chengdu|Chengdu|Chengdu|Чэнду|تشنغدو|成都"),
    ("CN", "Xiamen|Xiamen|Xiamen|Xiamen|Xiamen|Сямынь|شيامن|厦门"),
    ("CN", "Wuhan|Wuhan|Wuhan|Wuhan|Wuhan|Ухань|ووهان|武汉"),
    ("CN", "Nanjing|Nankin|Nankín|Nanjing|Nanquim|Нанкин|نانجينغ|南京"),
    ("CN", "Xi’an|Xi’an|Xi’an|Xi’an|Xi’an|Сиань|شيان|西安"),
    ("CN", "Shenzhen|Shenzhen|Shenzhen|Shenzhen|Shenzhen|Шэньчжэнь|شنجن|深圳"),
    ("CN", "Suzhou|Suzhou|Suzhou|Suzhou|Suzhou|Сучжоу|سوتشو|苏州"),
    ("CN", "Qingdao|Qingdao|Qingdao|Qingdao|Qingdao|Циндао|تشينغداو|青岛"),
    ("CN", "Tianjin|Tianjin|Tianjin|Tianjin|Tianjin|Тяньцзинь|تيانجين|天津"),
    ("CN", "Kunming|Kunming|Kunming|Kunming|Kunming|Куньмин|كونمينغ|昆明"),
    ("JP", "Tokyo|Tokyo|Tokio|Tokio|Tóquio|Токио|طوكيو|东京"),
    ("JP", "Osaka|Osaka|Osaka|Osaka|Osaka|Осака|أوساكا|大阪"),
    ("JP", "Kyoto|Kyoto|Kioto|Kyōto|Quioto|Киото|كيوتو|京都"),
    ("KR", "Seoul|Séoul|Seúl|Seoul|Seul|Сеул|سول|首尔"),
    ("KR", "Busan|Busan|Busan|Busan|Busan|Пусан|بوسان|釜山"),
    ("IN", "New Delhi|New Delhi|Nueva Delhi|Neu-Delhi|Nova Délhi|Нью-Дели|نيودلهي|新德里"),
    ("IN", "Mumbai|Bombay|Bombay|Mumbai|Mumbai|Мумбаи|مومباي|孟买"),
    ("TH", "Bangkok|Bangkok|Bangkok|Bangkok|Banguecoque|Бангкок|بانكوك|曼谷"),
    ("VN", "Hanoi|Hanoï|Hanói|Hanoi|Hanói|Ханой|هانوي|河内"),
    ("ID", "Jakarta|Jakarta|Yakarta|Jakarta|Jacarta|Джакарта|جاكرتا|雅加达"),
    ("MN", "Ulaanbaatar|Oulan-Bator|Ulán Bator|Ulaanbaatar|Ulan Bator|Улан-Батор|أولان باتور|乌兰巴托"),
    ("MA", "Rabat|Rabat|Rabat|Rabat|Rabat|Рабат|الرباط|拉巴特"),
    ("MA", "Casablanca|Casablanca|Casablanca|Casablanca|Casablanca|Касабланка|الدار البيضاء|卡萨布兰卡"),
    ("MA", "Marrakesh|Marrakech|Marrakech|Marrakesch|Marraquexe|Марракеш|مراكش|马拉喀什"),
    ("EG", "Cairo|Le Caire|El Cairo|Kairo|Cairo|Каир|القاهرة|开罗"),
    ("EG", "Alexandria|Alexandrie|Alejandría|Alexandria|Alexandria|Александрия|الإسكندرية|亚历山大"),
    ("JO", "Amman|Amman|Amán|Amman|Amã|Амман|عمّان|安曼"),
    ("AE", "Dubai|Dubaï|Dubái|Dubai|Dubai|Дубай|دبي|迪拜"),
    ("AE", "Abu Dhabi|Abou Dabi|Abu Dabi|Abu Dhabi|Abu Dhabi|Абу-Даби|أبوظبي|阿布扎比"),
    ("AE", "Sharjah|Charjah|Sharjah|Schardscha|Sharjah|Шарджа|الشارقة|沙迦"),
    ("SA", "Riyadh|Riyad|Riad|Riad|Riade|Эр-Рияд|الرياض|利雅得"),
    ("SA", "Jeddah|Djeddah|Yeda|Dschidda|Jidá|Джидда|جدة|吉达"),
    ("TN", "Tunis|Tunis|Túnez|Tunis|Túnis|Тунис|تونس|突尼斯"),
    ("TN", "Sousse|Sousse|Susa|Sousse|Sousse|Сус|سوسة|苏塞"),
    ("LB", "Beirut|Beyrouth|Beirut|Beirut|Beirute|Бейрут|بيروت|贝鲁特"),
    ("QA", "Doha|Doha|Doha|Doha|Doha|Доха|الدوحة|多哈"),
    ("OM", "Muscat|Mascate|Mascate|Maskat|Mascate|Маскат|مسقط|马斯喀特"),
    ("DZ", "Algiers|Alger|Argel|Algier|Argel|Алжир|الجزائر|阿尔及尔"),
    ("DZ", "Oran|Oran|Orán|Oran|Orã|Оран|وهران|奥兰"),
    ("SN", "Dakar|Dakar|Dakar|Dakar|Dacar|Дакар|داكار|达喀尔"),
    ("CI", "Abidjan|Abidjan|Abiyán|Abidjan|Abidjan|Абиджан|أبيدجان|阿比让"),
    ("CM", "Yaoundé|Yaoundé|Yaundé|Yaoundé|Iaundé|Яунде|ياوندي|雅温得"),
    ("KE", "Nairobi|Nairobi|Nairobi|Nairobi|Nairóbi|Найроби|نيروبي|内罗毕"),
    ("KE", "Mombasa|Mombasa|Mombasa|Mombasa|Mombaça|Момбаса|مومباسا|蒙巴萨"),
    ("ZA", "Cape Town|Le Cap|Ciudad del Cabo|Kapstadt|Cidade do Cabo|Кейптаун|كيب تاون|开普敦"),
    ("ZA", "Johannesburg|Johannesburg|Johannesburgo|Johannesburg|Joanesburgo|Йоханнесбург|جوهانسبرغ|约翰内斯堡"),
    ("ZA", "Durban|Durban|Durban|Durban|Durban|Дурбан|ديربان|德班"),
    ("AU", "Sydney|Sydney|Sídney|Sydney|Sydney|Сидней|سيدني|悉尼"),
    ("AU", "Melbourne|Melbourne|Melbourne|Melbourne|Melbourne|Мельбурн|ملبورن|墨尔本"),
    ("SE", "Stockholm|Stockholm|Estocolmo|Stockholm|Estocolmo|Стокгольм|ستوكهولم|斯德哥尔摩"),
    ("SE", "Gothenburg|Göteborg|Gotemburgo|Göteborg|Gotemburgo|Гётеборг|غوتنبرغ|哥德堡"),
    ("DK", "Copenhagen|Copenhague|Copenhague|Kopenhagen|Copenhague|Копенгаген|كوبنهاغن|哥本哈根"),
    ("FI", "Helsinki|Helsinki|Helsinki|Helsinki|Helsínquia|Хельсинки|هلسنكي|赫尔辛基"),
    ("NO", "Oslo|Oslo|Oslo|Oslo|Oslo|Осло|أوسلو|奥斯陆"),
    ("NO", "Bergen|Bergen|Bergen|Bergen|Bergen|Берген|بيرغن|卑尔根"),
    ("IE", "Dublin|Dublin|Dublín|Dublin|Dublin|Дублин|دبلن|都柏林"),
    ("PL", "Warsaw|Varsovie|Varsovia|Warschau|Varsóvia|Варшава|وارسو|华沙"),
    ("PL", "Kraków|Cracovie|Cracovia|Krakau|Cracóvia|Краков|كراكوف|克拉科夫"),
    ("CZ", "Prague|Prague|Praga|Prag|Praga|Прага|براغ|布拉格"),
    ("CZ", "Brno|Brno|Brno|Brünn|Brno|Брно|برنو|布尔诺"),
    ("HU", "Budapest|Budapest|Budapest|Budapest|Budapeste|Будапешт|بودابست|布达佩斯"),
    ("GR", "Athens|Athènes|Atenas|Athen|Atenas|Афины|أثينا|雅典"),
    ("GR", "Thessaloniki|Thessalonique|Tesalónica|Thessaloniki|Salónica|Салоники|سالونيك|塞萨洛尼基"),
    ("TR", "Istanbul|Istanbul|Estambul|Istanbul|Istambul|Стамбул|إسطنبول|伊斯坦布尔"),
    ("TR", "Ankara|Ankara|Ankara|Ankara|Ancara|Анкара|أنقرة|安卡拉"),
]

# The countries a bulletin in each language mostly announces events in.
HOME_COUNTRIES = {
    "en": "GB US CA AU IE KE ZA IN NL SE DK FI NO BE CH",
    "fr": "FR BE CH CA SN CI CM MA TN DZ",
    "es": "ES MX AR CL CO PE UY EC BO CR",
    "de": "DE AT CH",
    "pt": "BR PT MZ AO",
    "ru": "RU BY KZ UZ AM",
    "ar": "MA EG JO AE SA TN LB QA OM DZ",
    "zh": "CN",
}

LANG_INDEX = {"en": 0, "fr": 1, "es": 2, "de": 3, "pt": 4, "ru": 5, "ar": 6, "zh": 7}

VENUES = {
    "en": _l("Convention Centre|University Campus|City Hall|Conference Centre|Science Museum|Town Hall|National Library|Chamber of Commerce|Maritime Museum|Trade Fair Grounds"),
    "fr": _l("Palais des congrès|Campus universitaire|Hôtel de ville|Maison des associations|Bibliothèque nationale|Chambre de commerce|Cité des sciences"),
    "es": _l("Centro de Convenciones|Campus Universitario|Palacio Municipal|Biblioteca Nacional|Cámara de Comercio|Centro Cultural"),
    "de": _l("Kongresszentrum|Universitätscampus|Rathaus|Haus der Wissenschaft|Stadtbibliothek|Handelskammer"),
    "pt": _l("Centro de Convenções|Campus Universitário|Biblioteca Nacional|Câmara Municipal|Centro Cultural"),
    "ru": _l("Экспоцентр|Дом учёных|Конгресс-центр|Центральная библиотека"),
    "ar": [],
    "zh": [],
}

# ---------------------------------------------------------------------------
# Per-language text.
LANGS = {}

LANGS["en"] = dict(
    months=_l("January|February|March|April|May|June|July|August|September|October|November|December"),
    weekdays=_l("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    online=_l("Online|Virtual|Webinar|Online"),
    more=_l("More information|More information|Read more|Register|Register now|Details and registration|Find out more|Programme and registration"),
    labels=("When:", "Where:"),
    quotes=[("“", "”")],
    date_seps=[", ", " — ", " | ", " · ", " – "],
    event_types=_l("Conference|International Conference|Annual Conference|Regional Workshop|Workshop|Seminar|Webinar|Symposium|Summit|Forum|Round Table|Training Course|Summer School|Winter School|Masterclass|Study Visit|Expert Meeting|Colloquium|Hackathon|Open Day|Networking Breakfast|Field Trip|Congress|World Congress|Panel Discussion|Public Lecture|Exhibition|Festival|Book Fair|Film Screening|Concert|Lecture Series|Working Group Meeting|Policy Dialogue|Study Day|Bootcamp|Short Course|Information Session"),
    topics=_l("""water governance|urban mobility|digital archives|food security|climate adaptation|renewable energy|public health|maritime safety|trade facilitation|customs valuation|rules of origin|border management|cross-border e-commerce|supply chain resilience|data protection|open science|research integrity|artificial intelligence|machine learning|cybersecurity|cloud computing|smart cities|rural development|sustainable tourism|cultural heritage|museum education|music therapy|early childhood education|higher education|vocational training|adult literacy|public libraries|scholarly publishing|open access|biodiversity|marine conservation|forest management|soil health|organic farming|irrigation|groundwater|flood risk|drought monitoring|air quality|waste management|circular economy|green building|energy efficiency|hydrogen|battery storage|electric vehicles|rail transport|port logistics|aviation safety|road safety|occupational health|mental health|vaccine research|antimicrobial resistance|primary care|nursing|telemedicine|health statistics|population census|labour markets|social protection|microfinance|financial inclusion|tax administration|public procurement|anti-corruption|human rights|refugee protection|gender equality|youth employment|volunteering|civil society|local government|election observation|investigative journalism|media literacy|film preservation|contemporary dance|choral music|jazz improvisation|documentary photography|sustainable architecture|urban planning|landscape design|metrology|calibration|standardisation|quality assurance|intellectual property|patent law|competition policy|consumer protection|space weather|radio astronomy|seismology|volcanology|oceanography|meteorology|geospatial data|remote sensing|literary translation|sign language|historical linguistics|medieval studies|archaeology|numismatics|beekeeping|viticulture|aquaculture|small-scale fisheries|animal welfare|veterinary medicine|wildlife trafficking|coastal erosion|glacier monitoring|wetland restoration|plant genetics|seed banks|nutrition|school meals|water sanitation|housing policy|social entrepreneurship|cooperative banking|blockchain|quantum computing|robotics|additive manufacturing|materials science|nanotechnology|bioinformatics|clinical trials|rare diseases|palliative care|sports medicine|accessible design|disaster preparedness|humanitarian logistics|peacebuilding|migration statistics|statistical literacy|open government data|digital identity|e-government|broadband access|satellite navigation|inland waterways|freight corridors|cold chain logistics|textile recycling|plastic pollution|noise pollution|light pollution|heritage conservation|oral history|children’s literature|comic art|early music|orchestral conducting|theatre for young audiences|street art|craft traditions|culinary heritage"""),
    audiences=_l("young researchers|customs officials|librarians|teachers|museum professionals|local authorities|small businesses|health workers|engineers|policy makers|students|journalists|farmers|civil servants|practitioners|volunteers|archivists|statisticians|entrepreneurs|doctoral candidates|project managers|trade unions|school heads|urban planners|nurses|community leaders|software developers|artists|curators|translators"),
    themes=_l("Building resilient communities|Data for better decisions|From research to practice|Sharing knowledge across borders|Innovation for inclusion|Working together for a sustainable future|Trust, transparency and accountability|Learning from the past, preparing for the future|Connecting people and ideas|Skills for a changing world|Open minds, open data|Science for society|Partnerships that deliver|Rethinking the city|Healthy people, healthy planet|Bridging the digital divide|Local action, global impact|Heritage for the next generation|Measuring what matters|Smarter borders, safer trade|Culture as a common good|Better regulation for better lives|The next decade of cooperation|Knowledge without borders|Putting people first"),
    title_templates=[
        "{Type} on {Topic}", "{Topic} {Type} {year}", "{year} {Acr} {Type}", "{Type}: {Topic} and {Topic2}",
        "{Acr} {Type} on {Topic}", "{Type} on {Topic} in {City}", "{Nth} {Type} on {Topic}", "{Type}: {Topic}",
        "{Type} for {Audience}: {Topic}", "{City} {Type} on {Topic}", "{Topic} {Type}", "{Type} on {Topic} {year}",
    ],
    sentences=_l("""The {type_l} brings together {audience} and {audience2} to discuss {topic} and {topic2}.
|Participants will review recent progress in {topic} and share practical experience from their own institutions.
|This year’s programme focuses on {topic}, with sessions on {topic2} and {topic3}.
|Experts from more than {n} countries will present case studies on {topic}.
|The event is aimed at {audience} who want to strengthen their skills in {topic}.
|A series of short presentations will be followed by an open discussion on {topic2}.
|Speakers include representatives of national agencies, universities and international organisations.
|The {type_l} will also launch a new practical guide on {topic}.
|Working groups will prepare recommendations on {topic2} for the next general assembly.
|Hosted in {city}, the {type_l} includes site visits and a poster session.
|How can {audience} make better use of {topic}? This question will guide the discussions.
|The programme combines plenary sessions, hands-on workshops and informal networking.
|Keynote speakers will reflect on the links between {topic} and {topic2}.
|The sessions will look at both the opportunities and the risks of {topic} for {audience}.
|Young professionals are particularly encouraged to present their work on {topic}.
|Previous editions attracted more than {n2} participants from the public and private sectors.
|Organised with our partners in {city}, the meeting will showcase local initiatives on {topic}."""),
    extras=_l("""Participation is free of charge, but registration is required.
|Interpretation will be provided in English and French.
|The number of places is limited to {n} participants.
|The detailed programme will be published on our website.
|Lunch and refreshments will be served.
|Certificates of attendance will be issued.
|Sessions will be recorded and made available to members.
|Members benefit from a reduced registration fee.
|The working language is English.
|A limited number of travel grants is available."""),
    deadlines=_l("Registration closes on {dm}.|Abstracts may be submitted until {dm}.|Early-bird registration ends on {dm}.|Applications are due by {dm}."),
    save_the_date=_l("Save the date!|Please mark your calendars.|First announcement."),
    reminder=_l("Registration is now open.|Only a few weeks to go!|The final programme is now available.|Reminder: places are filling up fast."),
    org_prefix=_l("International Association for|European Society for|Global Network for|Council for|Institute for|Alliance for|Federation for|African Network for|Nordic Forum for|Pacific Centre for"),
    org_fields=_l("Water Governance|Port Health|Metrology|Trade Facilitation|Cultural Heritage|Public Libraries|Open Science|Urban Mobility|Marine Research|Rural Development|Early Music|Health Statistics|Digital Humanities|Sustainable Tourism|Food Safety|Renewable Energy|Media Literacy|Adult Education|Archival Studies|Civil Engineering"),
    bulletin_names=_l("{Acr} News|{Acr} Bulletin|{Acr} Newsletter|The {Acr} Update|{Acr} Events Digest|{Acr} Monthly"),
    issue_line=_l("Issue {n} · {date}|Newsletter No. {n} · {date}|Issue {n}, {date}|Vol. {vol}, Issue {n} · {date}"),
    nav=_l("Home|About us|Events|Publications|Members|Projects|News|Contact"),
    upcoming=_l("Upcoming events|Events calendar|What’s on|Forthcoming events|Agenda"),
    past=_l("Past events|Recent events|Looking back"),
    news_heading=_l("News in brief|From the secretariat|Member news"),
    editorial_heading=_l("From the President|Editorial|Dear colleagues"),
    editorial=_l("""Dear colleagues, this issue lists the meetings, workshops and webinars that we and our partners are organising over the coming months. We look forward to seeing many of you there.
|Welcome to the latest issue of our bulletin. Our community keeps growing, and so does the number of events on {topic} and {topic2} organised by our members.
|As the year goes on, the secretariat has been busy preparing a rich programme of activities. We thank all members who volunteered to host an event in their city.
|This issue presents our programme for the coming season, which for the first time includes several online sessions open to non-members.
|Many of you asked for more training opportunities on {topic}. We listened, and this issue announces several new courses and workshops.
|The board met last month and approved the work plan for the coming year, with a strong focus on {topic} and on cooperation with our regional partners."""),
    news=_l("""New members joined the association|The association welcomed {n} new member organisations this quarter, bringing the total to more than {n2}. Their profiles are available in the members’ area of the website.
|Annual report published|The annual report describes the activities of the past year, the finances of the association and the work of its committees on {topic} and {topic2}.
|Call for volunteers|We are looking for volunteers to help with the organisation of our events, the translation of documents and the moderation of the online forum on {topic}.
|New working group on {topic}|The board has set up a new working group on {topic}. Members interested in joining are invited to contact the secretariat.
|Website redesign|Our website has a new look. The events calendar can now be filtered by country, language and subject, and every event page can be added to your calendar.
|Membership fees|The general assembly approved a small increase in membership fees to support the growing programme on {topic}. Reduced fees remain available for students.
|Survey results|More than {n2} members answered our survey on {topic}. The results show a strong demand for practical training and for more material in several languages.
|Publication on {topic}|A new report on {topic} and {topic2} has been published in our series of working papers. Printed copies can be ordered free of charge."""),
    footer_address=_l("{Org} · {street} {num}, {city}, {country}|{Org}, {num} {street}, {city}, {country}"),
    streets=_l("Market Street|Harbour Road|Station Square|Park Avenue|High Street|Church Lane|Mill Road|Queen’s Walk"),
    unsubscribe=_l("You receive this bulletin because you subscribed on our website.|You are receiving this e-mail because you are a member or subscribed to our newsletter.|This newsletter is sent to members and partners of the association."),
    unsubscribe_link=_l("Unsubscribe|Manage your subscription|Update your preferences"),
    view_online="View this bulletin in your browser",
    ordinals=True,
)

LANGS["fr"] = dict(
    months=_l("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    weekdays=_l("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    online=_l("En ligne|en ligne"),
    more=_l("En savoir plus|En savoir plus|S’inscrire|Plus d’informations|Inscription|Programme et inscription"),
    labels=("Date\u00a0:", "Lieu\u00a0:"),
    quotes=[("«\u00a0", "\u00a0»"), ("« ", " »")],
    date_seps=[", à ", " — ", " | ", ", à ", " – "],
    event_types=_l("Colloque international|Colloque|Séminaire|Séminaire régional|Atelier|Atelier pratique|Journée d’étude|Journée d’information|Conférence|Conférence annuelle|Congrès|Forum|Table ronde|Formation|Formation en ligne|Webinaire|École d’été|Université d’automne|Rencontres|Assises|Salon|Festival|Exposition|Visite d’étude|Cycle de conférences|Projection-débat|Matinale|Masterclass|Hackathon|Journée portes ouvertes|Réunion d’experts|Petit-déjeuner débat"),
    topics=_l("""la gestion de l’eau|la mobilité urbaine|les archives numériques|la sécurité alimentaire|l’adaptation au changement climatique|les énergies renouvelables|la santé publique|la sécurité maritime|la facilitation des échanges|la valeur en douane|les règles d’origine|la gestion des frontières|le commerce électronique|la protection des données|la science ouverte|l’intégrité scientifique|l’intelligence artificielle|la cybersécurité|les villes intelligentes|le développement rural|le tourisme durable|le patrimoine culturel|la médiation culturelle|l’éducation de la petite enfance|l’enseignement supérieur|la formation professionnelle|l’alphabétisation des adultes|les bibliothèques publiques|l’édition scientifique|le libre accès|la biodiversité|la conservation marine|la gestion forestière|la santé des sols|l’agriculture biologique|l’irrigation|les eaux souterraines|le risque d’inondation|la qualité de l’air|la gestion des déchets|l’économie circulaire|la construction durable|l’efficacité énergétique|l’hydrogène vert|le stockage de l’énergie|les véhicules électriques|le transport ferroviaire|la logistique portuaire|la sécurité routière|la santé au travail|la santé mentale|la recherche vaccinale|la résistance aux antimicrobiens|les soins primaires|la télémédecine|la statistique publique|le marché du travail|la protection sociale|la microfinance|l’inclusion financière|l’administration fiscale|les marchés publics|la lutte contre la corruption|les droits humains|l’égalité entre les femmes et les hommes|l’emploi des jeunes|le bénévolat|la société civile|les collectivités locales|le journalisme d’investigation|l’éducation aux médias|la conservation des films|la danse contemporaine|le chant choral|la photographie documentaire|l’architecture durable|l’urbanisme|la métrologie|la normalisation|la propriété intellectuelle|la protection des consommateurs|l’astronomie|la sismologie|l’océanographie|la météorologie|la télédétection|la traduction littéraire|la linguistique historique|l’archéologie préventive|la viticulture|l’aquaculture|la pêche artisanale|le bien-être animal|la médecine vétérinaire|l’érosion côtière|la restauration des zones humides|les semences paysannes|la nutrition|la restauration scolaire|le logement social|l’économie sociale et solidaire|la chaîne du froid|le recyclage des textiles|la pollution plastique|les musiques anciennes|le théâtre jeune public|les arts de la rue|les métiers d’art|le patrimoine culinaire|la lecture publique|les maladies rares|les soins palliatifs|la prévention des catastrophes|la transition numérique|l’administration électronique|l’accessibilité numérique|la gouvernance locale|les migrations|la langue des signes|la bande dessinée|l’histoire orale"""),
    audiences=_l("jeunes chercheurs|agents des douanes|bibliothécaires|enseignants|professionnels des musées|élus locaux|petites entreprises|soignants|ingénieurs|décideurs publics|étudiants|journalistes|agriculteurs|fonctionnaires|praticiens|bénévoles|archivistes|statisticiens|entrepreneurs|doctorants|chefs de projet|syndicats|chefs d’établissement|urbanistes|infirmiers|responsables associatifs|développeurs|artistes|commissaires d’exposition|traducteurs"),
    themes=_l("Le commerce de demain|Construire ensemble l’avenir|Des données pour mieux décider|De la recherche à la pratique|Partager les savoirs|Innover pour tous|Agir local, penser global|La culture en partage|Territoires en transition|Mesurer ce qui compte|Ouvrir la science|Un patrimoine vivant|Coopérer sans frontières|Apprendre tout au long de la vie|Vers une ville durable|Des frontières plus sûres|Le numérique au service de tous|Santé et territoires"),
    title_templates=["{Type} sur {topic}", "{Type} sur {topic} et {topic2}", "{Type} {Acr} {year}", "{Type}\u00a0: {topic}", "{Nth} {Type} sur {topic}", "{Type} de {City}", "{Type} sur {topic} ({year})", "{Type} {year} sur {topic}"],
    sentences=_l("""Cette rencontre réunira des {audience} et des {audience2} autour de questions portant sur {topic}.
|Les participants feront le point sur {topic} et sur {topic2}.
|Le programme comprend des tables rondes sur {topic}, des ateliers pratiques et des visites de terrain.
|Des experts venus de plus de {n} pays présenteront leurs travaux sur {topic}.
|Cette manifestation s’adresse aux {audience} qui souhaitent approfondir leurs connaissances sur {topic}.
|Les échanges porteront notamment sur {topic2} et sur {topic3}.
|Plusieurs intervenants reviendront sur les liens entre {topic} et {topic2}.
|Organisée avec nos partenaires locaux, la rencontre mettra en valeur les initiatives régionales sur {topic}.
|Un guide pratique sur {topic} sera présenté à cette occasion.
|Les groupes de travail prépareront des recommandations sur {topic2} pour la prochaine assemblée générale.
|Les éditions précédentes ont attiré plus de {n2} participants venus du secteur public comme du secteur privé.
|Les jeunes professionnels sont invités à présenter leurs travaux sur {topic}.
|Comment les {audience} peuvent-ils mieux tirer parti {topic_de}\u00a0? Cette question guidera les débats."""),
    extras=_l("""La participation est gratuite, mais l’inscription est obligatoire.
|Une interprétation simultanée sera assurée en français et en anglais.
|Le nombre de places est limité à {n} participants.
|Le programme détaillé sera publié sur notre site.
|Les débats seront suivis d’un cocktail.
|Une attestation de présence sera remise aux participants.
|Les membres bénéficient d’un tarif réduit.
|Les séances seront enregistrées et mises à la disposition des membres."""),
    deadlines=_l("Les inscriptions sont ouvertes jusqu’au {dm}.|Les propositions de communication sont attendues avant le {dm}.|Le tarif préférentiel s’applique jusqu’au {dm}."),
    save_the_date=_l("Réservez la date\u00a0!|Premier appel."),
    reminder=_l("Les inscriptions sont ouvertes.|Plus que quelques semaines\u00a0!|Le programme définitif est disponible."),
    org_prefix=_l("Association francophone pour|Réseau international pour|Société française pour|Fédération des acteurs pour|Institut européen pour|Conseil national pour|Observatoire pour"),
    org_fields=_l("la gestion de l’eau|la recherche en santé|la médiation culturelle|la facilitation des échanges|la lecture publique|le patrimoine|l’éducation populaire|la métrologie|la mobilité durable|le développement local|la science ouverte|la musique ancienne"),
    bulletin_names=_l("La Lettre de l’{Acr}|Bulletin de l’{Acr}|{Acr} Info|Lettre d’information de l’{Acr}|Flash {Acr}"),
    issue_line=_l("Bulletin n° {n} — {date}|Lettre n° {n} — {date}|N° {n} — {date}"),
    nav=_l("Accueil|Qui sommes-nous|Agenda|Publications|Adhérents|Projets|Actualités|Contact"),
    upcoming=_l("Agenda|Prochains rendez-vous|À venir|Calendrier des manifestations"),
    past=_l("Événements passés|Ils ont eu lieu|Retour sur"),
    news_heading=_l("Brèves|La vie de l’association|Actualités"),
    editorial_heading=_l("Éditorial|Le mot du président|Chers collègues"),
    editorial=_l("""Chers collègues, vous trouverez ci-dessous l’agenda des prochains mois\u00a0: colloques, séminaires, formations et rencontres. Nous vous attendons nombreux.
|Le printemps marque, comme chaque année, le retour de nos grands rendez-vous consacrés à nos thèmes de prédilection, notamment {topic} et {topic2}.
|Bienvenue dans ce nouveau numéro de notre lettre. Notre réseau continue de grandir et nos membres organisent toujours plus de manifestations.
|Le conseil d’administration s’est réuni le mois dernier et a adopté le programme de travail de l’année, qui met l’accent sur {topic}.
|Vous avez été nombreux à nous demander davantage de formations sur {topic}. Ce numéro en annonce plusieurs."""),
    news=_l("""Nouveaux adhérents|L’association a accueilli {n} nouveaux membres ce trimestre. Leurs coordonnées sont disponibles dans l’espace adhérents du site.
|Publication du rapport annuel|Le rapport annuel présente les activités de l’année écoulée, les comptes de l’association et les travaux de ses commissions sur {topic}.
|Appel à bénévoles|Nous recherchons des bénévoles pour l’accueil des participants, la traduction de documents et l’animation du forum en ligne consacré {topic_a}.
|Un nouveau groupe de travail|Le conseil a créé un groupe de travail sur {topic}. Les membres intéressés sont invités à contacter le secrétariat.
|Notre site fait peau neuve|Le calendrier des manifestations peut désormais être filtré par pays, par langue et par thème.
|Résultats de l’enquête|Plus de {n2} membres ont répondu à notre enquête sur {topic}. Les résultats montrent une forte demande de formations pratiques."""),
    footer_address=_l("{Org} — {num}, {street} — {city} — {country}|{Org} · {num} {street} · {city} ({country})"),
    streets=_l("rue des Écoles|avenue de la République|place du Marché|boulevard Voltaire|rue de la Paix|quai des Chartrons|rue du Lac"),
    unsubscribe=_l("Vous recevez cette lettre parce que vous êtes inscrit sur notre site.|Pour ne plus recevoir ce bulletin, cliquez sur le lien ci-dessous."),
    unsubscribe_link=_l("Se désabonner|Désinscription|Gérer votre abonnement"),
    view_online="Voir cette lettre dans votre navigateur",
)

LANGS["es"] = dict(
    months=_l("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    weekdays=_l("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
    online=_l("En línea|En línea|Virtual"),
    more=_l("Más información|Más información|Inscripción|Leer más|Inscríbase|Programa e inscripción"),
    labels=("Fecha:", "Lugar:"),
    quotes=[("“", "”"), ("«", "»")],
    date_seps=[", ", " — ", " | ", " · "],
    event_types=_l("Congreso|Congreso Internacional|Foro|Foro Regional|Seminario|Seminario en línea|Taller|Taller práctico|Jornada|Jornada técnica|Conferencia|Conferencia anual|Simposio|Mesa redonda|Curso|Curso intensivo|Escuela de verano|Encuentro|Encuentro regional|Feria|Festival|Exposición|Ciclo de conferencias|Visita técnica|Reunión de expertos|Diplomado|Webinario|Hackatón|Coloquio|Cumbre"),
    topics=_l("""la gestión del agua|la movilidad urbana|los archivos digitales|la seguridad alimentaria|la adaptación al cambio climático|las energías renovables|la salud pública|la seguridad marítima|la facilitación del comercio|la valoración aduanera|las reglas de origen|la gestión de fronteras|el comercio electrónico|la protección de datos|la ciencia abierta|la integridad científica|la inteligencia artificial|la ciberseguridad|las ciudades inteligentes|el desarrollo rural|el turismo sostenible|el patrimonio cultural|la educación en museos|la educación inicial|la educación superior|la formación profesional|la alfabetización de adultos|las bibliotecas populares|la edición científica|el acceso abierto|la biodiversidad|la conservación marina|el manejo forestal|la salud del suelo|la agricultura orgánica|el riego|las aguas subterráneas|el riesgo de inundaciones|la calidad del aire|la gestión de residuos|la economía circular|la construcción sostenible|la eficiencia energética|el hidrógeno verde|el almacenamiento de energía|los vehículos eléctricos|el transporte ferroviario|la logística portuaria|la seguridad vial|la salud laboral|la salud mental|la investigación de vacunas|la resistencia antimicrobiana|la atención primaria|la telemedicina|las estadísticas oficiales|el mercado laboral|la protección social|las microfinanzas|la inclusión financiera|la administración tributaria|las compras públicas|la lucha contra la corrupción|los derechos humanos|la igualdad de género|el empleo juvenil|el voluntariado|la sociedad civil|los gobiernos locales|el periodismo de investigación|la alfabetización mediática|la preservación del cine|la danza contemporánea|la música coral|la fotografía documental|la arquitectura sostenible|la planificación urbana|la metrología|la normalización|la propiedad intelectual|la defensa del consumidor|la astronomía|la sismología|la oceanografía|la meteorología|la teledetección|la traducción literaria|la lingüística histórica|la arqueología|la vitivinicultura|la acuicultura|la pesca artesanal|el bienestar animal|la medicina veterinaria|la erosión costera|los humedales|las semillas nativas|la nutrición infantil|los comedores escolares|la vivienda social|la economía social|la cadena de frío|el reciclaje textil|la contaminación por plásticos|la música barroca|el teatro infantil|el arte urbano|la artesanía tradicional|el patrimonio gastronómico|la promoción de la lectura|las enfermedades raras|los cuidados paliativos|la gestión del riesgo de desastres|la transformación digital|el gobierno electrónico|la accesibilidad universal|las migraciones|la lengua de señas|la historieta|la historia oral|el cine documental|la escritura creativa"""),
    audiences=_l("jóvenes investigadores|funcionarios de aduanas|bibliotecarios|docentes|profesionales de museos|autoridades locales|pequeñas empresas|trabajadores de la salud|ingenieros|responsables políticos|estudiantes|periodistas|productores agrícolas|servidores públicos|profesionales|voluntarios|archivistas|estadísticos|emprendedores|doctorandos|gestores de proyectos|sindicatos|directores de escuela|urbanistas|enfermeros|líderes comunitarios|desarrolladores|artistas|curadores|traductores"),
    themes=_l("La aduana del futuro|Miradas del sur|Datos para decidir mejor|De la investigación a la práctica|Compartir saberes|Innovación para todos|Construyendo comunidades resilientes|Cultura y territorio|Ciudades para las personas|Ciencia abierta para la sociedad|Un patrimonio vivo|Cooperación sin fronteras|Aprender a lo largo de la vida|Salud en todas las políticas|Hacia una economía circular"),
    title_templates=["{Type} sobre {topic}", "{Type} sobre {topic} y {topic2}", "{Type} {Acr} {year}", "{Type}: {topic}", "{Nth} {Type} sobre {topic}", "{Type} de {City} sobre {topic}", "{Type} {year}: {topic}", "{Type} para {audience} sobre {topic}"],
    sentences=_l("""El encuentro reúne a {audience} y {audience2} para debatir sobre {topic} y {topic2}.
|Los participantes analizarán los avances recientes sobre {topic} y compartirán experiencias prácticas.
|En esta edición se debatirá sobre {topic}, con sesiones dedicadas {topic2_a}.
|Expertos de más de {n} países presentarán estudios de caso sobre {topic}.
|La actividad está dirigida a {audience} interesados en {topic}.
|Tras una serie de presentaciones breves habrá un debate abierto sobre {topic2}.
|Entre los ponentes figuran representantes de organismos nacionales, universidades y organizaciones internacionales.
|Durante la jornada se presentará una nueva guía práctica sobre {topic}.
|Los grupos de trabajo prepararán recomendaciones sobre {topic2} para la próxima asamblea.
|Organizado junto con nuestros socios de {city}, el evento incluye visitas técnicas y una sesión de pósteres.
|Las ediciones anteriores reunieron a más de {n2} participantes del sector público y privado.
|Se invita especialmente a los jóvenes profesionales a presentar sus trabajos sobre {topic}."""),
    extras=_l("""La participación es gratuita, pero se requiere inscripción previa.
|Habrá interpretación simultánea al inglés y al portugués.
|Plazas limitadas a {n} participantes.
|El programa detallado se publicará en nuestro sitio web.
|Se entregará un certificado de asistencia.
|Los miembros de la red tienen un descuento en la cuota de inscripción.
|Las sesiones se grabarán y estarán disponibles para los socios."""),
    deadlines=_l("La inscripción cierra el {dm}.|Los resúmenes pueden enviarse hasta el {dm}.|El plazo de postulación vence el {dm}."),
    save_the_date=_l("¡Reserve la fecha!|Primer anuncio."),
    reminder=_l("Ya están abiertas las inscripciones.|¡Quedan pocas semanas!|Ya está disponible el programa definitivo."),
    org_prefix=_l("Red Iberoamericana para|Asociación Latinoamericana para|Sociedad Española para|Fundación para|Consejo Regional para|Centro Cultural del Sur para"),
    org_fields=_l("la gestión del agua|la salud pública|la cultura y las artes|la facilitación del comercio|las bibliotecas|el patrimonio|la educación|la ciencia abierta|el desarrollo local|la música antigua"),
    bulletin_names=_l("Boletín {Acr}|Boletín informativo de la {Acr}|Noticias {Acr}|Agenda {Acr}"),
    issue_line=_l("Boletín n.º {n} – {date}|Número {n} – {date}|N.º {n} · {date}"),
    nav=_l("Inicio|Quiénes somos|Agenda|Publicaciones|Socios|Proyectos|Noticias|Contacto"),
    upcoming=_l("Agenda de actividades|Próximos eventos|Agenda"),
    past=_l("Eventos anteriores|Ya se realizaron"),
    news_heading=_l("Noticias breves|Vida institucional|Novedades"),
    editorial_heading=_l("Editorial|Estimados colegas|Carta del presidente"),
    editorial=_l("""Estimados colegas: a continuación encontrarán el calendario de actividades de la red para los próximos meses. Les recordamos que las inscripciones se realizan a través de nuestro sitio web.
|Bienvenidos a un nuevo número de nuestro boletín. La red sigue creciendo y nuestros miembros organizan cada vez más actividades sobre {topic} y {topic2}.
|La junta directiva aprobó el mes pasado el plan de trabajo del año, con especial atención {topic_a}.
|Muchos de ustedes nos pidieron más oportunidades de formación sobre {topic}. Este número anuncia varios cursos y talleres nuevos."""),
    news=_l("""Nuevos socios|La red dio la bienvenida a {n} nuevas organizaciones este trimestre. Sus datos están disponibles en el área de socios del sitio.
|Informe anual|El informe anual describe las actividades del último año, las finanzas de la red y el trabajo de sus comisiones sobre {topic}.
|Convocatoria de voluntarios|Buscamos voluntarios para apoyar la organización de nuestros eventos y la traducción de documentos sobre {topic}.
|Nuevo grupo de trabajo|La junta creó un grupo de trabajo sobre {topic}. Los socios interesados pueden escribir a la secretaría.
|Resultados de la encuesta|Más de {n2} socios respondieron nuestra encuesta sobre {topic}. Los resultados muestran una fuerte demanda de formación práctica."""),
    footer_address=_l("{Org} · {street} {num}, {city}, {country}|{Org} – {street} {num} – {city} – {country}"),
    streets=_l("Calle Mayor|Avenida de la Constitución|Plaza del Carmen|Paseo de la Reforma|Calle San Martín|Avenida Libertador"),
    unsubscribe=_l("Recibe este boletín porque se suscribió en nuestro sitio web.|Para dejar de recibir este boletín, haga clic en el enlace siguiente."),
    unsubscribe_link=_l("Darse de baja|Cancelar suscripción"),
    view_online="Ver este boletín en el navegador",
)

LANGS["de"] = dict(
    months=_l("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    weekdays=_l("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
    online=_l("Online|Online|Online-Veranstaltung"),
    more=_l("Mehr erfahren|Weitere Informationen|Anmeldung|Mehr erfahren »|Zur Anmeldung|Programm und Anmeldung"),
    labels=("Datum:", "Ort:"),
    quotes=[("„", "“")],
    date_seps=[", ", " · ", " | ", " – "],
    event_types=_l("Fachtagung|Tagung|Jahrestagung|Konferenz|Internationale Konferenz|Kongress|Symposium|Workshop|Seminar|Webinar|Fortbildung|Lehrgang|Sommerschule|Winterschule|Ringvorlesung|Vortrag|Gastvortrag|Podiumsdiskussion|Forum|Fachforum|Messe|Ausstellung|Festival|Exkursion|Expertengespräch|Netzwerktreffen|Kolloquium|Tag der offenen Tür|Hackathon|Werkstattgespräch|Informationsveranstaltung|Studientag"),
    topics=_l("""nachhaltige Stadtentwicklung|digitale Bildung|erneuerbare Energien|öffentliche Gesundheit|künstliche Intelligenz|Wasserwirtschaft|Datenschutz|Informationssicherheit|Kreislaufwirtschaft|Elektromobilität|Verkehrswende|Energieeffizienz|grüner Wasserstoff|Klimaanpassung|Hochwasserschutz|Luftqualität|Bodenschutz|ökologische Landwirtschaft|Ernährungssicherheit|Biodiversität|Meeresforschung|Küstenschutz|Forstwirtschaft|Zollabwicklung|Handelserleichterung|Ursprungsregeln|Außenwirtschaft|Lieferketten|Logistik|Hafenwirtschaft|Schienengüterverkehr|Verkehrssicherheit|Arbeitsschutz|psychische Gesundheit|Pflege|Telemedizin|Impfstoffforschung|Antibiotikaresistenz|seltene Erkrankungen|Palliativversorgung|amtliche Statistik|Arbeitsmarktpolitik|soziale Sicherung|Mikrofinanzierung|Steuerverwaltung|öffentliche Beschaffung|Korruptionsprävention|Menschenrechte|Gleichstellung|Jugendbeschäftigung|Ehrenamt|Zivilgesellschaft|Kommunalpolitik|Bürgerbeteiligung|Medienkompetenz|Datenjournalismus|Filmerbe|zeitgenössischer Tanz|Chormusik|Alte Musik|Dokumentarfotografie|Baukultur|Stadtplanung|Landschaftsarchitektur|Denkmalpflege|Museumspädagogik|Archivwesen|Bibliotheksarbeit|Open Access|offene Wissenschaft|gute wissenschaftliche Praxis|Metrologie|Normung|Qualitätssicherung|geistiges Eigentum|Verbraucherschutz|Weltraumwetter|Radioastronomie|Seismologie|Meteorologie|Fernerkundung|Geodaten|literarische Übersetzung|Gebärdensprache|historische Sprachwissenschaft|Mittelalterforschung|Archäologie|Numismatik|Imkerei|Weinbau|Aquakultur|Tierschutz|Tiermedizin|Robotik|Quantentechnologie|additive Fertigung|Materialforschung|Bioinformatik|berufliche Bildung|Erwachsenenbildung|frühkindliche Bildung|Hochschuldidaktik|Inklusion|barrierefreies Bauen|Katastrophenschutz|humanitäre Hilfe|Migration|Integration|sozialer Wohnungsbau|Genossenschaftswesen|Sozialunternehmertum|Lebensmittelsicherheit|Schulverpflegung|Textilrecycling|Plastikvermeidung|Lärmschutz|Lichtverschmutzung|Kunsthandwerk|Esskultur|Leseförderung|Kinderliteratur|Comickunst|Theaterpädagogik|Straßenkunst|E-Government|digitale Verwaltung|Breitbandausbau|Satellitennavigation|Binnenschifffahrt|Kühlkettenlogistik"""),
    audiences=_l("Nachwuchswissenschaftler|Zollbeamte|Bibliothekarinnen und Bibliothekare|Lehrkräfte|Museumsfachleute|Kommunen|kleine und mittlere Unternehmen|Pflegekräfte|Ingenieurinnen und Ingenieure|Entscheidungsträger|Studierende|Journalistinnen und Journalisten|Landwirte|Verwaltungsmitarbeitende|Praktiker|Ehrenamtliche|Archivare|Statistiker|Gründerinnen und Gründer|Promovierende|Projektleitungen|Gewerkschaften|Schulleitungen|Stadtplaner|Künstlerinnen und Künstler|Kuratoren|Übersetzer|Softwareentwickler"),
    themes=_l("Zoll im Wandel|Kreislaufwirtschaft konkret|Wer entscheidet?|Wissen teilen|Von der Forschung in die Praxis|Gemeinsam für morgen|Daten für bessere Entscheidungen|Stadt für alle|Kultur verbindet|Grenzen überwinden|Lernen ein Leben lang|Gesundheit neu denken|Zukunft gestalten|Vielfalt als Chance"),
    title_templates=["{Type} {Topic}", "{Type} {Topic} {year}", "{Type}: {Topic}", "{Type}: {Topic} und {topic2}", "{Acr}-{Type} {year}", "{Nth} {Type} {Topic}", "{Type} {Topic} in {City}", "{Type} für {audience}: {Topic}"],
    sentences=_l("""Die Veranstaltung bringt {audience} und {audience2} zusammen, um über {topic} und {topic2} zu diskutieren.
|Im Mittelpunkt stehen {topic} und {topic2}.
|Schwerpunkte des diesjährigen Programms sind {topic}, {topic2} und {topic3}.
|Fachleute aus mehr als {n} Ländern stellen Fallbeispiele rund um das Thema {topic} vor.
|Das Angebot richtet sich an {audience}, die ihre Kenntnisse im Bereich {topic} vertiefen möchten.
|Nach kurzen Impulsvorträgen folgt eine offene Diskussion zum Thema {topic2}.
|Zu den Referierenden gehören Vertreterinnen und Vertreter von Behörden, Hochschulen und internationalen Organisationen.
|Bei der Veranstaltung wird auch ein neuer Praxisleitfaden zum Thema {topic} vorgestellt.
|Die Arbeitsgruppen erarbeiten Empfehlungen zum Thema {topic2} für die nächste Mitgliederversammlung.
|Gemeinsam mit Partnern aus {city} werden lokale Initiativen aus dem Bereich {topic} vorgestellt.
|An den vergangenen Ausgaben nahmen mehr als {n2} Personen aus Verwaltung, Wirtschaft und Wissenschaft teil.
|Junge Fachkräfte sind besonders eingeladen, eigene Arbeiten zum Thema {topic} vorzustellen."""),
    extras=_l("""Die Teilnahme ist kostenlos, eine Anmeldung ist erforderlich.
|Die Teilnehmerzahl ist auf {n} begrenzt.
|Das ausführliche Programm wird auf unserer Website veröffentlicht.
|Für Verpflegung ist gesorgt.
|Die Teilnahme wird mit einer Bescheinigung bestätigt.
|Mitglieder erhalten eine ermäßigte Tagungsgebühr.
|Die Vorträge werden aufgezeichnet und den Mitgliedern zur Verfügung gestellt.
|Tagungssprachen sind Deutsch und Englisch."""),
    deadlines=_l("Anmeldeschluss ist der {dm}.|Beiträge können bis zum {dm} eingereicht werden.|Der Frühbucherrabatt gilt bis zum {dm}."),
    save_the_date=_l("Save the Date!|Bitte vormerken!"),
    reminder=_l("Die Anmeldung ist jetzt geöffnet.|Nur noch wenige Wochen!|Das endgültige Programm ist online."),
    org_prefix=_l("Deutsche Gesellschaft für|Netzwerk für|Verband für|Arbeitsgemeinschaft für|Institut für|Forum für|Bundesverband für"),
    org_fields=_l("Wasserwirtschaft|Stadtentwicklung|Zollrecht|Metrologie|Denkmalpflege|Erwachsenenbildung|Medienkompetenz|Alte Musik|Bibliotheksarbeit|Geodaten|Tierschutz|Meeresforschung"),
    bulletin_names=_l("{Acr}-Newsletter|{Acr} aktuell|Rundbrief der {Acr}|{Acr}-Mitteilungen"),
    issue_line=_l("Newsletter Nr. {n} · {date}|Ausgabe {n} · {date}|Rundbrief Nr. {n} – {date}"),
    nav=_l("Startseite|Über uns|Veranstaltungen|Publikationen|Mitglieder|Projekte|Aktuelles|Kontakt"),
    upcoming=_l("Veranstaltungen|Termine|Veranstaltungskalender|Demnächst"),
    past=_l("Vergangene Veranstaltungen|Rückblick"),
    news_heading=_l("Kurz notiert|Aus dem Verband|Neuigkeiten"),
    editorial_heading=_l("Editorial|Liebe Mitglieder|Grußwort"),
    editorial=_l("""Liebe Kolleginnen und Kollegen, in dieser Ausgabe finden Sie die Tagungen, Workshops und Webinare der kommenden Monate. Wir freuen uns auf Ihre Teilnahme.
|Willkommen zur neuen Ausgabe unseres Newsletters. Unser Netzwerk wächst weiter, und immer mehr Mitglieder laden zu Veranstaltungen rund um {topic} ein.
|Der Vorstand hat im vergangenen Monat das Arbeitsprogramm für das kommende Jahr beschlossen. Ein Schwerpunkt liegt auf dem Thema {topic}.
|Viele von Ihnen haben sich mehr Fortbildungen zum Thema {topic} gewünscht. Diese Ausgabe kündigt gleich mehrere neue Angebote an."""),
    news=_l("""Neue Mitglieder|Im letzten Quartal sind {n} neue Mitgliedsorganisationen beigetreten. Ihre Profile finden Sie im Mitgliederbereich der Website.
|Jahresbericht erschienen|Der Jahresbericht beschreibt die Aktivitäten des vergangenen Jahres, die Finanzen des Verbands und die Arbeit der Ausschüsse zum Thema {topic}.
|Ehrenamtliche gesucht|Für die Organisation unserer Veranstaltungen und die Übersetzung von Unterlagen zum Thema {topic} suchen wir Unterstützung.
|Neue Arbeitsgruppe|Der Vorstand hat eine Arbeitsgruppe zum Thema {topic} eingerichtet. Interessierte Mitglieder wenden sich bitte an die Geschäftsstelle.
|Ergebnisse der Umfrage|Mehr als {n2} Mitglieder haben an unserer Umfrage zum Thema {topic} teilgenommen."""),
    footer_address=_l("{Org} · {street} {num} · {city} · {country}|{Org}, {street} {num}, {city}, {country}"),
    streets=_l("Hauptstraße|Bahnhofstraße|Marktplatz|Schillerstraße|Hafenstraße|Lindenallee|Goethestraße"),
    unsubscribe=_l("Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben.|Dieser Rundbrief wird an Mitglieder und Partner versandt."),
    unsubscribe_link=_l("Abmelden|Newsletter abbestellen"),
    view_online="Newsletter im Browser ansehen",
)

LANGS["pt"] = dict(
    months=_l("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    weekdays=_l("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"),
    online=_l("Online|Online|On-line"),
    more=_l("Saiba mais|Saiba mais|Inscreva-se|Mais informações|Programação e inscrições"),
    labels=("Data:", "Local:"),
    quotes=[("“", "”")],
    date_seps=[" — ", ", ", " | ", " · "],
    event_types=_l("Congresso|Congresso Internacional|Simpósio|Seminário|Seminário on-line|Oficina|Workshop|Curso|Curso de extensão|Jornada|Encontro|Encontro Nacional|Fórum|Mesa-redonda|Conferência|Palestra|Ciclo de palestras|Escola de verão|Feira|Festival|Exposição|Visita técnica|Reunião técnica|Webinar|Assembleia geral|Mostra|Colóquio|Hackathon"),
    topics=_l("""a gestão da água|a mobilidade urbana|os arquivos digitais|a segurança alimentar|a adaptação às mudanças climáticas|as energias renováveis|a saúde pública|a segurança marítima|a facilitação do comércio|a valoração aduaneira|as regras de origem|a gestão de fronteiras|o comércio eletrônico|a proteção de dados|a ciência aberta|a integridade científica|a inteligência artificial|a cibersegurança|as cidades inteligentes|o desenvolvimento rural|o turismo sustentável|o patrimônio cultural|a educação museal|a educação infantil|o ensino superior|a formação profissional|a alfabetização de adultos|as bibliotecas públicas|a editoração científica|o acesso aberto|a biodiversidade|a conservação marinha|o manejo florestal|a saúde do solo|a agricultura orgânica|a irrigação|as águas subterrâneas|o risco de inundações|a qualidade do ar|a gestão de resíduos|a economia circular|a construção sustentável|a eficiência energética|o hidrogênio verde|o armazenamento de energia|os veículos elétricos|o transporte ferroviário|a logística portuária|a segurança viária|a saúde do trabalhador|a saúde mental|a pesquisa de vacinas|a resistência antimicrobiana|a atenção primária|a telemedicina|as estatísticas oficiais|o mercado de trabalho|a proteção social|as microfinanças|a inclusão financeira|a administração tributária|as compras públicas|o combate à corrupção|os direitos humanos|a igualdade de gênero|o emprego juvenil|o voluntariado|a sociedade civil|os governos locais|o jornalismo investigativo|a educação midiática|a preservação audiovisual|a dança contemporânea|o canto coral|a fotografia documental|a arquitetura sustentável|o planejamento urbano|a metrologia|a normalização|a propriedade intelectual|a defesa do consumidor|a astronomia|a sismologia|a oceanografia|a meteorologia|o sensoriamento remoto|a tradução literária|a linguística histórica|a arqueologia|a vitivinicultura|a aquicultura|a pesca artesanal|o bem-estar animal|a medicina veterinária|a erosão costeira|as zonas úmidas|as sementes crioulas|a nutrição|a merenda escolar|a habitação social|a economia solidária|a cadeia do frio|a reciclagem têxtil|a poluição por plásticos|a música antiga|o teatro infantil|a arte urbana|o artesanato|a gastronomia tradicional|a promoção da leitura|as doenças raras|os cuidados paliativos|a gestão de desastres|a transformação digital|o governo digital|a acessibilidade|as migrações|a língua de sinais|a história oral|os recursos hídricos|a hidrologia|o saneamento básico|a modelagem hidrológica"""),
    audiences=_l("jovens pesquisadores|servidores aduaneiros|bibliotecários|professores|profissionais de museus|gestores municipais|pequenas empresas|profissionais de saúde|engenheiros|gestores públicos|estudantes|jornalistas|agricultores|servidores públicos|profissionais|voluntários|arquivistas|estatísticos|empreendedores|doutorandos|gerentes de projeto|sindicatos|diretores de escola|urbanistas|enfermeiros|lideranças comunitárias|desenvolvedores|artistas|curadores|tradutores"),
    themes=_l("Água, clima e sociedade|Dados para decidir melhor|Da pesquisa à prática|Compartilhar saberes|Inovação para todos|Cidades para as pessoas|Cultura e território|Ciência aberta para a sociedade|Um patrimônio vivo|Cooperação sem fronteiras|Aprender ao longo da vida|Saúde em todas as políticas"),
    title_templates=["{Type} sobre {topic}", "{Type} sobre {topic} e {topic2}", "{Type} {Acr} {year}", "{Type}: {topic}", "{Nth} {Type} sobre {topic}", "{Type} de {City} sobre {topic}", "{Type} {year}: {topic}", "{Type} para {audience} sobre {topic}"],
    sentences=_l("""O encontro reúne {audience} e {audience2} para discutir {topic} e {topic2}.
|Os participantes vão analisar os avanços recentes sobre {topic} e compartilhar experiências práticas.
|A programação deste ano trata sobretudo {topic_de}, com sessões sobre {topic2} e {topic3}.
|Especialistas de mais de {n} países apresentarão estudos de caso sobre {topic}.
|A atividade é voltada para {audience} interessados em aprofundar seus conhecimentos sobre {topic}.
|Após uma série de apresentações curtas, haverá um debate aberto sobre {topic2}.
|Entre os palestrantes estão representantes de órgãos públicos, universidades e organizações internacionais.
|Durante o evento será lançado um novo guia prático sobre {topic}.
|Os grupos de trabalho vão preparar recomendações sobre {topic2} para a próxima assembleia.
|Organizado com nossos parceiros em {city}, o evento inclui visitas técnicas e uma sessão de pôsteres.
|As edições anteriores reuniram mais de {n2} participantes dos setores público e privado.
|Jovens profissionais são especialmente convidados a apresentar seus trabalhos sobre {topic}."""),
    extras=_l("""A participação é gratuita, mas as vagas são limitadas.
|As vagas são limitadas a {n} participantes.
|A programação completa será publicada em nosso site.
|Será emitido certificado de participação.
|Associados têm desconto na taxa de inscrição.
|É necessário trazer notebook próprio.
|As sessões serão gravadas e disponibilizadas aos associados."""),
    deadlines=_l("As inscrições com desconto vão até {dm}.|O prazo para envio de resumos termina em {dm}.|As inscrições se encerram em {dm}."),
    save_the_date=_l("Reserve a data!|Primeiro anúncio."),
    reminder=_l("As inscrições estão abertas.|Faltam poucas semanas!|A programação final já está disponível."),
    org_prefix=_l("Associação Brasileira para|Rede Lusófona para|Sociedade Portuguesa para|Instituto Nacional para|Fórum Nacional para|Fundação para"),
    org_fields=_l("a gestão da água|a saúde pública|a cultura|a ciência aberta|as bibliotecas|o patrimônio|a educação|o desenvolvimento local|a música antiga|os recursos hídricos"),
    bulletin_names=_l("Boletim Informativo {Acr}|Boletim da {Acr}|Notícias {Acr}|Agenda {Acr}"),
    issue_line=_l("Edição nº {n} – {date}|Boletim nº {n} – {date}|Número {n} · {date}"),
    nav=_l("Início|Quem somos|Agenda|Publicações|Associados|Projetos|Notícias|Contato"),
    upcoming=_l("Agenda|Próximos eventos|Programação"),
    past=_l("Eventos anteriores|Aconteceu"),
    news_heading=_l("Notícias|Vida associativa|Breves"),
    editorial_heading=_l("Editorial|Prezados associados|Palavra do presidente"),
    editorial=_l("""Prezados associados, confiram abaixo a agenda de eventos da associação e de nossos parceiros para os próximos meses.
|Bem-vindos a mais uma edição do nosso boletim. Nossa rede continua crescendo e nossos associados organizam cada vez mais atividades sobre {topic} e {topic2}.
|A diretoria aprovou no mês passado o plano de trabalho do ano, com atenção especial {topic_a}.
|Muitos de vocês pediram mais oportunidades de formação sobre {topic}. Esta edição anuncia vários cursos e oficinas novos."""),
    news=_l("""Novos associados|A associação recebeu {n} novas instituições associadas neste trimestre. Os dados estão disponíveis na área restrita do site.
|Relatório anual|O relatório anual descreve as atividades do último ano, as finanças da associação e o trabalho das comissões sobre {topic}.
|Chamada para voluntários|Procuramos voluntários para apoiar a organização dos eventos e a tradução de documentos sobre {topic}.
|Novo grupo de trabalho|A diretoria criou um grupo de trabalho sobre {topic}. Os associados interessados podem escrever para a secretaria.
|Resultados da pesquisa|Mais de {n2} associados responderam à nossa pesquisa sobre {topic}."""),
    footer_address=_l("{Org} · {street}, {num} · {city}, {country}|{Org} – {street}, {num} – {city} – {country}"),
    streets=_l("Rua das Flores|Avenida Paulista|Rua Augusta|Praça da Liberdade|Avenida da República|Rua do Comércio"),
    unsubscribe=_l("Você recebe este boletim porque se cadastrou em nosso site.|Para não receber mais este boletim, clique no link abaixo."),
    unsubscribe_link=_l("Cancelar inscrição|Descadastrar"),
    view_online="Ver este boletim no navegador",
)

LANGS["ru"] = dict(
    months=_l("январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"),
    months_gen=_l("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"),
    weekdays=_l("понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"),
    online=_l("Онлайн|онлайн"),
    more=_l("Подробнее|Подробнее|Зарегистрироваться|Подробная информация|Программа и регистрация"),
    labels=("Дата:", "Место:"),
    quotes=[("«", "»")],
    date_seps=[", ", " — ", " | "],
    event_types=_l("Конференция|Международная конференция|Научно-практическая конференция|Семинар|Практический семинар|Вебинар|Круглый стол|Форум|Международный форум|Симпозиум|Школа|Летняя школа|Мастер-класс|Тренинг|Курсы повышения квалификации|Лекция|Открытая лекция|Выставка|Фестиваль|Совещание|Стратегическая сессия|Конгресс|Чтения|Хакатон|День открытых дверей|Экспертная сессия|Выездной семинар"),
    # genitive: "по вопросам …", "в области …"
    topics=_l("""управления водными ресурсами|городской мобильности|цифровых архивов|продовольственной безопасности|адаптации к изменению климата|возобновляемой энергетики|общественного здоровья|безопасности мореплавания|упрощения процедур торговли|таможенной стоимости|правил происхождения товаров|управления границами|электронной торговли|защиты персональных данных|открытой науки|научной этики|искусственного интеллекта|информационной безопасности|умных городов|развития сельских территорий|устойчивого туризма|культурного наследия|музейной педагогики|дошкольного образования|высшего образования|профессионального обучения|библиотечного дела|научного книгоиздания|открытого доступа|сохранения биоразнообразия|охраны морской среды|лесного хозяйства|плодородия почв|органического земледелия|мелиорации|подземных вод|защиты от наводнений|качества воздуха|обращения с отходами|экономики замкнутого цикла|энергоэффективности|водородной энергетики|хранения энергии|электротранспорта|железнодорожных перевозок|портовой логистики|безопасности дорожного движения|охраны труда|психического здоровья|разработки вакцин|устойчивости к антибиотикам|первичной медицинской помощи|телемедицины|государственной статистики|рынка труда|социальной защиты|микрофинансирования|финансовой доступности|налогового администрирования|государственных закупок|противодействия коррупции|прав человека|гендерного равенства|занятости молодёжи|добровольчества|гражданского общества|местного самоуправления|журналистских расследований|медиаграмотности|сохранения кинонаследия|современного танца|хорового пения|документальной фотографии|архитектуры|градостроительства|ландшафтного дизайна|метрологии|стандартизации|контроля качества|интеллектуальной собственности|защиты прав потребителей|астрономии|сейсмологии|океанологии|метеорологии|дистанционного зондирования|художественного перевода|жестового языка|исторической лингвистики|медиевистики|археологии|нумизматики|пчеловодства|виноградарства|аквакультуры|рыболовства|защиты животных|ветеринарии|робототехники|квантовых технологий|аддитивных технологий|материаловедения|биоинформатики|клинических исследований|редких заболеваний|паллиативной помощи|спортивной медицины|доступной среды|предупреждения чрезвычайных ситуаций|миграционной политики|электронного правительства|цифровой трансформации|спутниковой навигации|внутренних водных путей|холодовой логистики|переработки текстиля|детской литературы|народных промыслов|театральной педагогики|электронного декларирования|маркировки товаров|таможенного администрирования|внешнеэкономической деятельности"""),
    audiences=_l("молодых учёных|сотрудников таможенных органов|библиотекарей|педагогов|музейных специалистов|представителей муниципалитетов|медицинских работников|инженеров|руководителей органов власти|студентов|журналистов|фермеров|государственных служащих|практиков|волонтёров|архивистов|статистиков|предпринимателей|аспирантов|руководителей проектов|директоров школ|урбанистов|художников|кураторов|переводчиков|разработчиков"),
    themes=_l("Таможня будущего|От данных к знаниям|Наука для общества|Вместе в будущее|Знания без границ|Город для людей|Культура объединяет|Цифровая экономика: новые горизонты|Традиции и инновации|Партнёрство ради развития|Учиться всю жизнь|Здоровье нации"),
    title_templates=["{Type} по вопросам {topic}", "{Type} по проблемам {topic} и {topic2}", "{Type} «{Theme}»", "{Type} в области {topic}", "{Nth} {Type} по вопросам {topic}", "{Type} {Acr} {year}", "{Type} «Актуальные вопросы {topic}»", "{Type} для {audience}: проблемы {topic}"],
    sentences=_l("""Мероприятие объединит {audience} и {audience2} для обсуждения вопросов {topic} и {topic2}.
|Участники обсудят актуальные вопросы {topic} и поделятся практическим опытом.
|В программе этого года — проблемы {topic}, а также вопросы {topic2} и {topic3}.
|Эксперты из более чем {n} стран представят практические примеры в области {topic}.
|Программа рассчитана на {audience_acc}, которые хотят углубить свои знания в области {topic}.
|После коротких докладов состоится открытая дискуссия по вопросам {topic2}.
|Среди докладчиков — представители государственных органов, университетов и международных организаций.
|В ходе мероприятия будет представлено новое практическое руководство по вопросам {topic}.
|Рабочие группы подготовят рекомендации по вопросам {topic2} к следующему общему собранию.
|Мероприятие организовано совместно с партнёрами из города {city} и включает экскурсии и стендовую сессию.
|В прошлые годы в работе форума участвовали более {n2} специалистов государственного и частного секторов.
|Молодым специалистам предлагается представить свои работы в области {topic}."""),
    extras=_l("""Участие бесплатное, необходима предварительная регистрация.
|Количество мест ограничено: не более {n} участников.
|Подробная программа будет опубликована на нашем сайте.
|Участникам выдаются сертификаты.
|Для членов ассоциации участие бесплатное.
|Записи выступлений будут доступны членам ассоциации.
|Рабочие языки — русский и английский."""),
    deadlines=_l("Регистрация открыта до {dm}.|Тезисы докладов принимаются до {dm}.|Заявки принимаются до {dm}."),
    save_the_date=_l("Запланируйте участие заранее!|Первое информационное письмо."),
    reminder=_l("Регистрация открыта.|До начала осталось несколько недель!|Опубликована окончательная программа."),
    org_prefix=_l("Ассоциация специалистов в области|Российское общество|Союз организаций в сфере|Фонд развития|Национальный центр|Межрегиональная ассоциация"),
    org_fields=_l("таможенного дела|библиотечного дела|культурного наследия|метрологии|общественного здоровья|открытой науки|музейной педагогики|водного хозяйства|градостроительства|статистики"),
    bulletin_names=_l("Информационный бюллетень {Acr}|Вестник {Acr}|Новости {Acr}|Дайджест {Acr}"),
    issue_line=_l("Выпуск № {n} — {date}|Информационный бюллетень № {n} — {date}|№ {n}, {date}"),
    nav=_l("Главная|Об ассоциации|Мероприятия|Публикации|Члены|Проекты|Новости|Контакты"),
    upcoming=_l("Анонсы мероприятий|Календарь мероприятий|Ближайшие события"),
    past=_l("Прошедшие мероприятия|Архив событий"),
    news_heading=_l("Новости|Коротко|Жизнь ассоциации"),
    editorial_heading=_l("Слово редактора|Уважаемые коллеги!|От президента"),
    editorial=_l("""Уважаемые коллеги! Предлагаем вашему вниманию календарь мероприятий ассоциации на ближайшие месяцы. Регистрация на все мероприятия открыта на нашем сайте.
|Добро пожаловать в новый выпуск нашего бюллетеня. Наше сообщество растёт, и всё больше членов ассоциации проводят мероприятия по вопросам {topic}.
|В прошлом месяце правление утвердило план работы на год, в котором особое внимание уделяется вопросам {topic} и {topic2}.
|Многие из вас просили больше обучающих программ в области {topic}. В этом выпуске мы анонсируем сразу несколько новых курсов."""),
    news=_l("""Новые члены ассоциации|В этом квартале к ассоциации присоединились {n} организаций. Сведения о них доступны в личном кабинете на сайте.
|Опубликован годовой отчёт|В отчёте описана деятельность ассоциации за прошедший год, её финансы и работа комитетов по вопросам {topic}.
|Приглашаем волонтёров|Мы ищем волонтёров для помощи в организации мероприятий и переводе материалов по вопросам {topic}.
|Новая рабочая группа|Правление создало рабочую группу по вопросам {topic}. Желающих принять участие просим обращаться в секретариат.
|Итоги опроса|Более {n2} членов ассоциации приняли участие в опросе по вопросам {topic}."""),
    footer_address=_l("{Org}, {num}, {city}, {street}, д. {n2}|{Org} · {city}, {street}, д. {n2}"),
    streets=_l("ул. Ленина|ул. Гагарина|пр. Мира|ул. Садовая|Невский пр.|ул. Пушкина"),
    unsubscribe=_l("Вы получили это письмо, так как подписаны на рассылку ассоциации.|Чтобы отписаться от рассылки, перейдите по ссылке."),
    unsubscribe_link=_l("Отписаться|Отказаться от рассылки"),
    view_online="Открыть в браузере",
)

LANGS["ar"] = dict(
    months=_l("يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
    weekdays=_l("الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد"),
    online=_l("عبر الإنترنت"),
    more=_l("لمزيد من المعلومات|لمزيد من المعلومات|سجّل الآن|التفاصيل والتسجيل"),
    labels=("التاريخ:", "المكان:"),
    quotes=[("“", "”"), ("«", "»")],
    date_seps=["، "],
    event_types=_l("المؤتمر|المؤتمر الدولي|المؤتمر السنوي|المنتدى|المنتدى الإقليمي|ندوة|ندوة إلكترونية|ورشة عمل|ورشة عمل إقليمية|الدورة التدريبية|دورة تدريبية|الملتقى|الملتقى العلمي|حلقة نقاش|اجتماع الخبراء|المعرض|المهرجان|محاضرة عامة|المدرسة الصيفية|يوم دراسي|الاجتماع السنوي|القمة"),
    topics=_l("""إدارة المياه|التنقل الحضري|الأرشيف الرقمي|الأمن الغذائي|التكيف مع تغير المناخ|الطاقة المتجددة|الصحة العامة|السلامة البحرية|تيسير التجارة|القيمة الجمركية|قواعد المنشأ|إدارة الحدود|التجارة الإلكترونية|حماية البيانات|العلوم المفتوحة|النزاهة العلمية|الذكاء الاصطناعي|الأمن السيبراني|المدن الذكية|التنمية الريفية|السياحة المستدامة|التراث الثقافي|التعليم المتحفي|التعليم المبكر|التعليم العالي|التدريب المهني|محو أمية الكبار|المكتبات العامة|النشر العلمي|الوصول المفتوح|التنوع البيولوجي|حماية البيئة البحرية|إدارة الغابات|صحة التربة|الزراعة العضوية|الري|المياه الجوفية|مخاطر الفيضانات|جودة الهواء|إدارة النفايات|الاقتصاد الدائري|البناء المستدام|كفاءة الطاقة|الهيدروجين الأخضر|تخزين الطاقة|السيارات الكهربائية|النقل بالسكك الحديدية|الخدمات اللوجستية للموانئ|السلامة المرورية|الصحة المهنية|الصحة النفسية|أبحاث اللقاحات|مقاومة المضادات الحيوية|الرعاية الصحية الأولية|الطب عن بعد|الإحصاءات الرسمية|سوق العمل|الحماية الاجتماعية|التمويل الأصغر|الشمول المالي|الإدارة الضريبية|المشتريات العامة|مكافحة الفساد|حقوق الإنسان|المساواة بين الجنسين|تشغيل الشباب|العمل التطوعي|المجتمع المدني|الحكم المحلي|الصحافة الاستقصائية|التربية الإعلامية|حفظ التراث السينمائي|الرقص المعاصر|الموسيقى العربية|التصوير الوثائقي|العمارة المستدامة|التخطيط العمراني|المترولوجيا|التقييس|ضمان الجودة|الملكية الفكرية|حماية المستهلك|علم الفلك|علم الزلازل|علوم البحار|الأرصاد الجوية|الاستشعار عن بعد|الترجمة الأدبية|لغة الإشارة|اللسانيات|علم الآثار|المسكوكات|تربية النحل|زراعة النخيل|الاستزراع السمكي|الصيد التقليدي|الرفق بالحيوان|الطب البيطري|الروبوتات|الحوسبة الكمية|التصنيع بالإضافة|علوم المواد|المعلوماتية الحيوية|الأمراض النادرة|الرعاية التلطيفية|إدارة الكوارث|التحول الرقمي|الحكومة الإلكترونية|إمكانية الوصول|الهجرة|الخط العربي|المخطوطات العربية|التصنيف الجمركي|التخليص الجمركي|الموانئ الذكية|أدب الأطفال|الحرف التقليدية|المطبخ التراثي"""),
    audiences=_l("الباحثين الشباب|موظفي الجمارك|أمناء المكتبات|المعلمين|المتخصصين في المتاحف|ممثلي البلديات|الشركات الصغيرة|العاملين في القطاع الصحي|المهندسين|صناع القرار|الطلاب|الصحفيين|المزارعين|الموظفين الحكوميين|الممارسين|المتطوعين|الأرشيفيين|الإحصائيين|رواد الأعمال|طلاب الدكتوراه|مديري المشاريع|النقابات|مديري المدارس|المخططين العمرانيين|الفنانين|القيمين على المعارض|المترجمين|المطورين"),
    themes=_l("الجمارك الرقمية في خدمة التجارة|من البحث إلى التطبيق|بيانات من أجل قرارات أفضل|معاً نحو مستقبل مستدام|المعرفة بلا حدود|مدن من أجل الإنسان|الثقافة تجمعنا|الابتكار للجميع|التراث ذاكرة المستقبل|التعلم مدى الحياة|الصحة للجميع|شراكات من أجل التنمية"),
    title_templates=["{Type} حول {topic}", "{Type} حول {topic} و{topic2}", "{Type} {year} {topic_li}", "{Type}: {topic}", "{Type} حول {topic} في {City}", "{Type} {year} حول {topic}"],
    sentences=_l("""تجمع الفعالية {audience} و{audience2} لمناقشة {topic} و{topic2}.
|يستعرض المشاركون آخر التطورات في مجال {topic} ويتبادلون الخبرات العملية.
|يركز برنامج هذا العام على {topic}، مع جلسات حول {topic2} و{topic3}.
|يقدم خبراء من أكثر من {n} دولة دراسات حالة في مجال {topic}.
|تستهدف الفعالية {audience} الراغبين في تعزيز معارفهم في مجال {topic}.
|تعقب العروض القصيرة حلقة نقاش مفتوحة حول {topic2}.
|يشارك في الفعالية ممثلون عن الجهات الحكومية والجامعات والمنظمات الدولية.
|سيتم خلال الفعالية إطلاق دليل عملي جديد حول {topic}.
|تعد مجموعات العمل توصيات حول {topic2} لعرضها على الجمعية العامة المقبلة.
|تنظم الفعالية بالتعاون مع شركائنا في {city} وتتضمن زيارات ميدانية.
|شارك في الدورات السابقة أكثر من {n2} مشارك من القطاعين العام والخاص.
|يُدعى الشباب المهنيون إلى تقديم أعمالهم في مجال {topic}."""),
    extras=_l("""التسجيل مجاني لأعضاء الاتحاد.
|عدد المقاعد محدود بـ {n} مشاركاً.
|سيُنشر البرنامج التفصيلي على موقعنا الإلكتروني.
|يحصل المشاركون على شهادة حضور.
|تُعقد الجلسات باللغتين العربية والإنجليزية.
|وستُعلن تفاصيل البرنامج في العدد القادم من النشرة."""),
    deadlines=_l("يغلق باب التسجيل في {dm}.|تُقبل الملخصات حتى {dm}."),
    save_the_date=_l("احجزوا الموعد!"),
    reminder=_l("التسجيل مفتوح الآن.|لم يتبق سوى أسابيع قليلة!"),
    org_prefix=_l("الاتحاد العربي ل|الجمعية العربية ل|الشبكة العربية ل|المركز العربي ل|المنظمة العربية ل"),
    org_fields=_l("لمخلصين الجمركيين|لمكتبات والمعلومات|لصحة العامة|لتراث الثقافي|لموارد المائية|لتقييس|لإحصاء|لتعليم العالي"),
    bulletin_names=_l("النشرة الإخبارية|النشرة الدورية|نشرة الفعاليات|أخبار الشبكة"),
    issue_line=_l("العدد {n} — {date}|النشرة رقم {n} — {date}"),
    nav=_l("الرئيسية|من نحن|الفعاليات|المنشورات|الأعضاء|المشاريع|الأخبار|اتصل بنا"),
    upcoming=_l("الفعاليات القادمة|برنامج الفعاليات|أجندة"),
    past=_l("فعاليات سابقة"),
    news_heading=_l("أخبار|أخبار موجزة"),
    editorial_heading=_l("كلمة التحرير|الزملاء الأعزاء"),
    editorial=_l("""الزملاء الأعزاء، يسرّنا أن نضع بين أيديكم برنامج الفعاليات التي ننظمها مع شركائنا خلال الأشهر المقبلة.
|مرحباً بكم في العدد الجديد من نشرتنا. تواصل شبكتنا نموها، ويزداد عدد الفعاليات التي ينظمها الأعضاء حول {topic}.
|اعتمد مجلس الإدارة الشهر الماضي خطة العمل للعام الجاري، مع تركيز خاص على {topic} و{topic2}."""),
    news=_l("""أعضاء جدد|انضمت إلى الاتحاد {n} مؤسسات جديدة خلال هذا الربع، ويمكن الاطلاع على بياناتها في منطقة الأعضاء على الموقع.
|صدور التقرير السنوي|يعرض التقرير السنوي أنشطة العام الماضي والوضع المالي للاتحاد وعمل لجانه في مجال {topic}.
|دعوة للمتطوعين|نبحث عن متطوعين للمساعدة في تنظيم الفعاليات وترجمة الوثائق المتعلقة بـ{topic}.
|مجموعة عمل جديدة|أنشأ مجلس الإدارة مجموعة عمل حول {topic}، ويمكن للأعضاء الراغبين التواصل مع الأمانة العامة."""),
    footer_address=_l("{Org} — ص.ب. {num}، {city}، {country}|{Org} — {street} {num}، {city}، {country}"),
    streets=_l("شارع الجامعة|شارع الملك فيصل|شارع الحرية|شارع النيل"),
    unsubscribe=_l("تصلك هذه النشرة لأنك مشترك في قائمتنا البريدية.|لإلغاء الاشتراك في النشرة اضغط على الرابط."),
    unsubscribe_link=_l("إلغاء الاشتراك|اضغط هنا"),
    view_online="عرض النشرة في المتصفح",
)

LANGS["zh"] = dict(
    weekdays=_l("星期一|星期二|星期三|星期四|星期五|星期六|星期日"),
    online=_l("线上|线上|在线"),
    more=_l("了解更多|了解更多 >>|立即报名|详情|查看详情"),
    labels=("时间：", "地点："),
    quotes=[("“", "”"), ("「", "」")],
    date_seps=["，", " · "],
    event_types=_l("研讨会|论坛|国际论坛|高峰论坛|年会|学术年会|培训班|讲座|在线讲座|工作坊|座谈会|交流会|专题报告会|博览会|展览|艺术节|夏令营|冬令营|大赛|沙龙|圆桌会议|推介会|开放日|训练营|国际研讨会|学术报告会"),
    topics=_l("""水资源管理|城市交通|数字档案|粮食安全|气候适应|可再生能源|公共卫生|海上安全|贸易便利化|海关估价|原产地规则|口岸管理|跨境电子商务|数据保护|开放科学|科研诚信|人工智能|网络安全|智慧城市|乡村振兴|可持续旅游|文化遗产保护|博物馆教育|学前教育|高等教育|职业培训|成人扫盲|公共图书馆|学术出版|开放获取|生物多样性|海洋保护|森林经营|土壤健康|有机农业|农田灌溉|地下水|洪水风险|空气质量|垃圾分类|循环经济|绿色建筑|节能减排|氢能|储能技术|新能源汽车|铁路运输|港口物流|道路交通安全|职业健康|心理健康|疫苗研发|抗菌药物耐药|基层医疗|远程医疗|统计调查|就业市场|社会保障|普惠金融|税收征管|政府采购|反腐倡廉|性别平等|青年就业|志愿服务|社区治理|调查新闻|媒介素养|电影修复|当代舞蹈|合唱艺术|纪实摄影|城市规划|园林设计|计量测试|标准化|质量管理|知识产权|消费者保护|天文观测|地震监测|海洋科学|气象预报|遥感技术|文学翻译|手语|古籍保护|考古发现|钱币收藏|养蜂|葡萄酒酿造|水产养殖|渔业资源|动物福利|兽医|机器人|量子计算|增材制造|材料科学|生物信息|临床研究|罕见病|安宁疗护|应急管理|数字化转型|电子政务|无障碍环境|卫星导航|内河航运|冷链物流|纺织品回收|塑料污染|非物质文化遗产|传统工艺|儿童文学|昆曲艺术|书法艺术|中医药|茶文化|丝绸之路|一带一路|智慧海关|科普教育|数据治理|区块链|云计算|大数据|绿色金融|碳中和"""),
    audiences=_l("青年学者|海关关员|图书馆员|中小学教师|博物馆工作者|地方政府|中小企业|医务人员|工程师|政策制定者|在校学生|新闻工作者|农民|公务员|从业人员|志愿者|档案工作者|统计人员|创业者|博士研究生|项目经理|工会代表|校长|规划师|艺术家|策展人|翻译工作者|软件开发人员"),
    themes=_l("数字海关|科技创新与青年担当|让古籍活起来|开放合作 共享未来|数据赋能 智慧发展|绿色发展 和谐共生|传承与创新|知识无国界|以人为本 共建共享|文化让城市更美好|健康中国 你我同行"),
    title_templates=["{year}{topic}{type}", "{topic}{type}", "第{n}届{topic}{type}", "{type}：{topic}", "{city}{topic}{type}", "{year}年{topic}{type}", "{acr}{topic}{type}", "{topic}与{topic2}{type}"],
    sentences=_l("""{type_l}将邀请{audience}和{audience2}，围绕{topic}和{topic2}展开讨论。
|与会者将交流{topic}领域的最新进展，并分享各自单位的实践经验。
|今年的活动重点关注{topic}，并设有{topic2}和{topic3}专题分会场。
|来自{n}个国家和地区的专家将介绍{topic}方面的典型案例。
|本次活动面向希望提升{topic}能力的{audience}。
|主题报告结束后，将围绕{topic2}进行开放式讨论。
|报告嘉宾包括政府部门、高校和国际组织的代表。
|活动期间将发布{topic}实践指南。
|各工作组将就{topic2}提出建议，提交下一届年会审议。
|活动由协会与{city}相关机构共同主办，期间还将组织实地参观和墙报交流。
|往届活动共吸引了{n2}多名来自政府和企业的代表参加。
|欢迎青年学者提交{topic}方面的研究成果。"""),
    extras=_l("""会员单位可免费参会。
|名额有限，请尽早报名。
|详细日程将另行通知。
|学员结业后将获得培训证书。
|活动全程提供同声传译。
|会议资料将在会后发送给参会代表。"""),
    deadlines=_l("报名截止日期为{dm}。|论文摘要提交截止日期为{dm}。"),
    save_the_date=_l("敬请预留时间！"),
    reminder=_l("报名通道现已开放。|距活动开幕仅剩数周！"),
    org_prefix=_l("中国|国际|全国|亚太|青年"),
    org_fields=_l("贸易便利化协会|科技工作者协会|图书馆学会|文化遗产保护中心|水利学会|计量测试学会|公共卫生联盟|博物馆协会|统计学会|城市规划学会"),
    bulletin_names=_l("{org}通讯|活动通讯|{org}简报|{org}会讯"),
    issue_line=_l("{year}年第{n}期　{date}|第{n}期 · 发布日期：{date}"),
    nav=_l("首页|关于我们|活动|出版物|会员|项目|新闻|联系我们"),
    upcoming=_l("近期活动|活动预告|活动安排"),
    past=_l("往期活动|活动回顾"),
    news_heading=_l("新闻动态|协会动态|简讯"),
    editorial_heading=_l("卷首语|致会员"),
    editorial=_l("""各会员单位：现将协会近期活动安排通知如下，欢迎踊跃报名参加。
|欢迎阅读本期通讯。协会会员队伍不断壮大，围绕{topic}和{topic2}开展的活动日益丰富。
|理事会上月审议通过了本年度工作计划，重点推进{topic}相关工作。
|应广大会员要求，本期通讯发布多项{topic}培训活动。"""),
    news=_l("""新会员加入|本季度共有{n}家单位加入协会，会员名录已在协会网站会员专区更新。
|年度报告发布|年度报告介绍了协会过去一年的主要工作、财务状况以及各专业委员会在{topic}方面的工作。
|招募志愿者|协会现招募志愿者，协助组织各类活动并翻译{topic}相关资料。
|成立新的工作组|理事会决定成立{topic}工作组，欢迎有意参与的会员与秘书处联系。
|问卷调查结果|共有{n2}名会员参与了{topic}问卷调查，结果显示会员对实务培训需求强烈。"""),
    footer_address=_l("{org}秘书处　地址：{city}市{street}{num}号　电话：010-5555 {n2}|{org}秘书处 · 联系地址：{city}{street}{num}号"),
    streets=_l("东城区示例路|海淀区学院路|朝阳区建国路|西湖区文三路|天河区体育西路"),
    unsubscribe=_l("您收到此邮件是因为您订阅了我们的通讯。|如不希望继续收到本通讯，请点击下方链接。"),
    unsubscribe_link=_l("取消订阅|退订"),
    view_online="在浏览器中查看",
)

ORDINALS_EN = {1: "1st", 2: "2nd", 3: "3rd"}

# Words that the query generator should not pick (too common to be a real query).
STOPWORDS = set(_l("""the|and|of|on|in|for|to|a|an|at|by|with|from|de|la|le|les|des|du|et|sur|el|los|las|del|y|sobre|para|en|der|die|das|und|für|im|zum|zur|o|os|as|da|do|e|em|по|и|в|для|на|حول|في|و|ال"""))
