// The table of well-known cities (see cities.h). Each row is a country code and the names
// of one city, separated by '|': the English name first, then its own name and the names
// in French, Spanish, German, Portuguese, Italian, Russian (nominative, then the locative
// form read after "в"), Arabic, Chinese and Japanese where they differ. Keys are
// place_key() of each name, so accents, case, dots and hyphens do not matter.
//
// A city is listed only when it is world-famous and none of its listed names is commonly
// the name of another notable place: "Santiago" (Chile, Spain, Dominican Republic),
// "San José" (Costa Rica, United States), "Valencia" (Spain, Venezuela), "Córdoba",
// "Cambridge", "Birmingham", "Alexandria", "Hyderabad", "La Paz", "Kingston",
// "Georgetown", "Victoria", "Panamá", "Lagos" (Nigeria, Portugal), "Canton", "Tripoli"
// (Libya, Lebanon), the English "Hanover" (New Hampshire) are left out,
// and so is the English "St. Petersburg" (Florida); Arabic "عمان" is both Amman and Oman
// and is left to the country table. "Granada" is read as the Spanish city: the country
// table would otherwise read it as Grenada (its Spanish name).
#include "fields/cities.h"

#include "almanac/country.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "almanac/analyzer.h"
#include "fields/gazetteer.h"

namespace almanac::index {
namespace {

struct CityRow {
  const char* country;
  const char* names;
};

constexpr CityRow kCities[] = {
    // Europe
    {"BE", "Brussels|Bruxelles|Brussel|Brüssel|Bruselas|Bruxelas|Bruxelles-Capitale|Bruksela|"
           "Bruxel·les|Брюссель|Брюсселе|بروكسل|布鲁塞尔|布魯塞爾|ブリュッセル|브뤼셀"},
    {"BE", "Antwerp|Antwerpen|Anvers|Amberes|Антверпен|أنتويرب|安特卫普"},
    {"BE", "Ghent|Gent|Gand|Гент"},
    {"BE", "Liège|Luik|Lüttich|Льеж"},
    {"CH", "Geneva|Genève|Genf|Ginebra|Genebra|Ginevra|Genewa|Женева|Женеве|جنيف|日内瓦|日內瓦|"
           "ジュネーブ|제네바"},
    {"CH", "Zurich|Zürich|Zúrich|Zurigo|Цюрих|Цюрихе|زيورخ|苏黎世|チューリッヒ"},
    {"CH", "Bern|Berne|Berna|Берн|Берне|برن|伯尔尼"},
    {"CH", "Basel|Bâle|Basilea|Базель|بازل|巴塞尔"},
    {"CH", "Lausanne|Losanna|Лозанна|Лозанне|لوزان|洛桑"},
    {"CH", "Davos|Давос|Давосе|دافوس|达沃斯"},
    {"AT", "Vienna|Wien|Vienne|Viena|Wenen|Wiedeń|Вена|Вене|فيينا|维也纳|維也納|ウィーン"},
    {"AT", "Salzburg|Salzbourg|Salzburgo|Salisburgo|Зальцбург"},
    {"FR", "Paris|París|Parigi|Paryż|Париж|Париже|باريس|巴黎|パリ|파리"},
    {"FR", "Strasbourg|Straßburg|Strassburg|Estrasburgo|Strasburgo|Страсбург|Страсбурге|"
           "ستراسبورغ|斯特拉斯堡"},
    {"FR", "Lyon|Lione|Лион|Лионе|ليون|里昂"},
    {"FR", "Marseille|Marseilles|Marsella|Marselha|Marsiglia|Марсель|Марселе|مرسيليا|马赛"},
    {"FR", "Toulouse|Tolosa|Тулуза|Тулузе|图卢兹"},
    {"GB", "London|Londres|Londra|Londen|Londyn|Лондон|Лондоне|لندن|伦敦|倫敦|ロンドン|런던"},
    {"GB", "Edinburgh|Édimbourg|Edimburgo|Edimburgh|Эдинбург|Эдинбурге|إدنبرة|爱丁堡"},
    {"IE", "Dublin|Dublín|Dublino|Дублин|Дублине|دبلن|都柏林"},
    {"NL", "Amsterdam|Ámsterdam|Amesterdão|Amsterdão|Амстердам|Амстердаме|أمستردام|阿姆斯特丹"},
    {"NL", "The Hague|Den Haag|'s-Gravenhage|La Haye|La Haya|Haia|L'Aia|Гаага|Гааге|لاهاي|"
           "海牙|ハーグ"},
    {"NL", "Rotterdam|Róterdam|Роттердам|Роттердаме|روتردام|鹿特丹"},
    {"LU", "Luxembourg|Luxemburg|Luxemburgo|Lussemburgo|Люксембург|Люксембурге|لوكسمبورغ|卢森堡"},
    {"MC", "Monaco|Mónaco|Monako|Монако|موناكو|摩纳哥"},
    {"DE", "Berlin|Berlín|Berlim|Berlino|Берлин|Берлине|برلين|柏林|ベルリン|베를린"},
    {"DE", "Bonn|Бонн|Бонне|بون|波恩"},
    {"DE", "Frankfurt|Frankfurt am Main|Francfort|Fráncfort|Francoforte|Франкфурт|"
           "Франкфурте|فرانكفورت|法兰克福"},
    {"DE", "Munich|München|Múnich|Munique|Monaco di Baviera|Мюнхен|Мюнхене|ميونخ|慕尼黑|"
           "ミュンヘン"},
    {"DE", "Hamburg|Hambourg|Hamburgo|Amburgo|Гамбург|Гамбурге|هامبورغ|汉堡"},
    {"DE", "Cologne|Köln|Colonia|Colónia|Кёльн|Кельн|Кёльне|Кельне|كولونيا|科隆"},
    {"DE", "Düsseldorf|Дюссельдорф|Дюссельдорфе|杜塞尔多夫"},
    {"DE", "Hannover|Hanovre|Hanóver|Ганновер|Ганновере|汉诺威"},
    {"IT", "Rome|Roma|Rom|Рим|Риме|روما|罗马|羅馬|ローマ|로마"},
    {"IT", "Milan|Milano|Milán|Mailand|Milão|Милан|Милане|ميلانو|米兰|ミラノ"},
    {"IT", "Florence|Firenze|Florencia|Florenz|Florença|Флоренция|Флоренции|فلورنسا|佛罗伦萨"},
    {"IT", "Venice|Venezia|Venise|Venecia|Venedig|Veneza|Венеция|Венеции|البندقية|威尼斯"},
    {"IT", "Turin|Torino|Turín|Турин|Турине|تورينو|都灵"},
    {"IT", "Naples|Napoli|Nápoles|Neapel|Неаполь|Неаполе|نابولي|那不勒斯"},
    {"ES", "Madrid|Madri|Мадрид|Мадриде|مدريد|马德里|馬德里|マドリード|마드리드"},
    {"ES", "Barcelona|Barcelone|Барселона|Барселоне|برشلونة|巴塞罗那|バルセロナ"},
    {"ES", "Seville|Sevilla|Séville|Sevilha|Siviglia|Севилья|Севилье|إشبيلية|塞维利亚"},
    {"ES", "Granada|Grenade|Гранада|Гранаде|غرناطة|格拉纳达"},
    {"ES", "Bilbao|Бильбао|بلباو|毕尔巴鄂"},
    {"PT", "Lisbon|Lisboa|Lisbonne|Lissabon|Lisbona|Lizbona|Лиссабон|Лиссабоне|لشبونة|里斯本|"
           "リスボン|리스본"},
    {"PT", "Porto|Oporto|Порту|بورتو|波尔图"},
    {"DK", "Copenhagen|København|Copenhague|Kopenhagen|Copenaghen|Копенгаген|Копенгагене|"
           "كوبنهاغن|哥本哈根"},
    {"SE", "Stockholm|Estocolmo|Stoccolma|Стокгольм|Стокгольме|ستوكهولم|斯德哥尔摩"},
    {"NO", "Oslo|Осло|أوسلو|奥斯陆"},
    {"FI", "Helsinki|Helsingfors|Helsinque|Хельсинки|هلسنكي|赫尔辛基"},
    {"IS", "Reykjavik|Reykjavík|Рейкьявик|Рейкьявике|ريكيافيك|雷克雅未克"},
    {"PL", "Warsaw|Warszawa|Varsovie|Varsovia|Warschau|Varsóvia|Varsavia|Варшава|Варшаве|"
           "وارسو|华沙"},
    {"PL", "Krakow|Kraków|Cracovie|Cracovia|Krakau|Cracóvia|Краков|Кракове|克拉科夫"},
    {"CZ", "Prague|Praha|Prag|Praga|Прага|Праге|براغ|布拉格"},
    {"HU", "Budapest|Budapeste|Будапешт|Будапеште|بودابست|布达佩斯"},
    {"RO", "Bucharest|București|Bucuresti|Bucarest|Bukarest|Bucareste|Бухарест|Бухаресте|"
           "بوخارست|布加勒斯特"},
    {"BG", "Sofia|София|Софии|صوفيا|索非亚"},
    {"GR", "Athens|Athènes|Atenas|Athen|Atene|Αθήνα|Афины|Афинах|أثينا|雅典"},
    {"CY", "Nicosia|Nicosie|Nikosia|Лефкосия|Никосия|Никосии|نيقوسيا|尼科西亚"},
    {"MT", "Valletta|La Valette|La Valeta|Валлетта|Валлетте|فاليتا|瓦莱塔"},
    {"UA", "Kyiv|Kiev|Kiew|Kijów|Kiiv|Київ|Киев|Киеве|كييف|基辅"},
    {"BY", "Minsk|Минск|Минске|مينسك|明斯克"},
    {"RU", "Moscow|Moskva|Moscou|Moskau|Moscú|Mosca|Moskwa|Москва|Москве|موسكو|莫斯科|モスクワ|"
           "모스크바"},
    // No English name: "St. Petersburg" is also a city of Florida.
    {"RU", "Saint-Pétersbourg|San Petersburgo|Sankt Petersburg|São Petersburgo|"
           "San Pietroburgo|Санкт-Петербург|Санкт-Петербурге|Петербург|Петербурге|"
           "سانت بطرسبرغ|圣彼得堡"},
    {"RS", "Belgrade|Beograd|Belgrado|Belgrad|Белград|Белграде|بلغراد|贝尔格莱德"},
    {"HR", "Zagreb|Zagrebe|Загреб|Загребе|زغرب|萨格勒布"},
    {"SI", "Ljubljana|Liubliana|Laibach|Любляна|Любляне|ليوبليانا|卢布尔雅那"},
    {"SK", "Bratislava|Bratislavia|Братислава|Братиславе|براتيسلافا|布拉迪斯拉发"},
    {"LT", "Vilnius|Wilno|Vilna|Вильнюс|Вильнюсе|فيلنيوس|维尔纽斯"},
    {"LV", "Riga|Rīga|Рига|Риге|ريغا|里加"},
    {"EE", "Tallinn|Tallin|Таллин|Таллине|Таллинн|Таллинне|تالين|塔林"},
    {"TR", "Istanbul|İstanbul|Estambul|Istambul|Stambuł|Стамбул|Стамбуле|إسطنبول|اسطنبول|"
           "伊斯坦布尔|イスタンブール"},
    {"TR", "Ankara|Анкара|Анкаре|أنقرة|安卡拉"},
    // Americas
    {"US", "New York|New York City|NYC|Nueva York|Nova Iorque|Nova York|Nowy Jork|Нью-Йорк|"
           "Нью-Йорке|نيويورك|纽约|紐約|ニューヨーク|뉴욕"},
    {"US", "Washington|Washington DC|Washington D.C.|"
           "Вашингтон|Вашингтоне|واشنطن|华盛顿|華盛頓|ワシントン|워싱턴"},
    {"US", "Los Angeles|Лос-Анджелес|Лос-Анджелесе|لوس أنجلوس|洛杉矶|ロサンゼルス"},
    {"US", "Chicago|Чикаго|شيكاغو|芝加哥|シカゴ"},
    {"US", "San Francisco|Сан-Франциско|سان فرانسيسكو|旧金山|サンフランシスコ"},
    {"US", "Boston|Бостон|Бостоне|بوسطن|波士顿"},
    {"US", "Miami|Майами|ميامي|迈阿密"},
    {"US", "Las Vegas|Лас-Вегас|Лас-Вегасе|لاس فيغاس|拉斯维加斯"},
    {"US", "Houston|Хьюстон|Хьюстоне|هيوستن|休斯敦"},
    {"US", "Atlanta|Атланта|Атланте|أتلانتا|亚特兰大|アトランタ"},
    {"CA", "Montreal|Montréal|Монреаль|Монреале|مونتريال|蒙特利尔"},
    {"CA", "Toronto|Торонто|تورنتو|多伦多"},
    {"CA", "Ottawa|Оттава|Оттаве|أوتاوا|渥太华"},
    {"CA", "Vancouver|Ванкувер|Ванкувере|فانكوفر|温哥华"},
    {"MX", "Mexico City|Ciudad de México|Ciudad de Mexico|CDMX|México D.F.|Mexico D.F.|"
           "Mexico-Ville|Mexiko-Stadt|Cidade do México|Città del Messico|Мехико|مكسيكو سيتي|"
           "墨西哥城"},
    {"MX", "Guadalajara|Гвадалахара|Гвадалахаре|瓜达拉哈拉"},
    {"MX", "Monterrey|Монтеррей|Монтеррее|蒙特雷"},
    {"MX", "Cancún|Cancun|Канкун|Канкуне|坎昆"},
    {"BR", "São Paulo|Sao Paulo|San Pablo|Сан-Паулу|ساو باولو|圣保罗|サンパウロ"},
    {"BR", "Rio de Janeiro|Río de Janeiro|Рио-де-Жанейро|ريو دي جانيرو|里约热内卢"},
    {"BR", "Brasília|Brasilia|Бразилиа|برازيليا|巴西利亚"},
    {"AR", "Buenos Aires|Буэнос-Айрес|Буэнос-Айресе|بوينس آيرس|布宜诺斯艾利斯|ブエノスアイレス"},
    {"CO", "Bogotá|Bogota|Богота|Боготе|بوغوتا|波哥大"},
    {"CO", "Medellín|Medellin|Медельин|Медельине|麦德林"},
    {"CO", "Cartagena de Indias"},
    {"PE", "Lima|Лима|Лиме|ليما|利马"},
    {"VE", "Caracas|Каракас|Каракасе|كاراكاس|加拉加斯"},
    {"EC", "Quito|Кито|كيتو|基多"},
    {"UY", "Montevideo|Монтевидео|مونتيفيديو|蒙得维的亚"},
    {"PY", "Asunción|Asuncion|Assunção|Асунсьон|Асунсьоне|أسونسيون|亚松森"},
    {"CU", "Havana|La Habana|La Havane|Havanna|L'Avana|Гавана|Гаване|هافانا|哈瓦那"},
    {"DO", "Santo Domingo|Санто-Доминго|سانتو دومينغو|圣多明各"},
    // Africa and the Middle East
    {"EG", "Cairo|Le Caire|El Cairo|Kairo|Il Cairo|O Cairo|Каир|Каире|القاهرة|开罗|開羅|カイロ"},
    {"EG", "Sharm el-Sheikh|Sharm El Sheikh|Charm el-Cheikh|Шарм-эш-Шейх|شرم الشيخ|沙姆沙伊赫"},
    {"MA", "Rabat|Рабат|Рабате|الرباط|拉巴特"},
    {"MA", "Casablanca|Касабланка|Касабланке|الدار البيضاء|卡萨布兰卡"},
    {"MA", "Marrakesh|Marrakech|Marrakesch|Marraquexe|Марракеш|Марракеше|مراكش|马拉喀什"},
    {"TN", "Tunis|Túnez|Тунис|تونس|突尼斯市"},
    {"DZ", "Algiers|Alger|Argel|Algier|Algeri|Алжир|Алжире|الجزائر"},
    {"KE", "Nairobi|Найроби|نيروبي|内罗毕"},
    {"ZA", "Johannesburg|Johannesburgo|Joanesburgo|Йоханнесбург|Йоханнесбурге|جوهانسبرغ|"
           "约翰内斯堡"},
    {"ZA", "Sandton|Сэндтон"},
    {"ZA", "Cape Town|Le Cap|Ciudad del Cabo|Kapstadt|Cidade do Cabo|Città del Capo|"
           "Kaapstad|Кейптаун|Кейптауне|كيب تاون|开普敦"},
    {"ZA", "Pretoria|Претория|Претории|بريتوريا|比勒陀利亚"},
    {"ZA", "Durban|Дурбан|Дурбане|ديربان|德班"},
    {"ET", "Addis Ababa|Addis-Abeba|Adís Abeba|Adis Abeba|Аддис-Абеба|Аддис-Абебе|أديس أبابا|"
           "亚的斯亚贝巴"},
    {"NG", "Abuja|Абуджа|Абудже|أبوجا|阿布贾"},
    {"GH", "Accra|Acra|Аккра|Аккре|أكرا|阿克拉"},
    {"SN", "Dakar|Dacar|Дакар|Дакаре|داكار|达喀尔"},
    {"CI", "Abidjan|Abiyán|Абиджан|Абиджане|أبيدجان|阿比让"},
    {"RW", "Kigali|Кигали|كيغالي|基加利"},
    {"UG", "Kampala|Кампала|Кампале|كمبالا|坎帕拉"},
    {"TZ", "Dar es Salaam|Dar-es-Salaam|Дар-эс-Салам|Дар-эс-Саламе|دار السلام|达累斯萨拉姆"},
    {"ZM", "Lusaka|Лусака|Лусаке|لوساكا|卢萨卡"},
    {"ZW", "Harare|Хараре|هراري|哈拉雷"},
    {"CD", "Kinshasa|Киншаса|Киншасе|كينشاسا|金沙萨"},
    {"SD", "Khartoum|Jartum|Khartum|Cartum|Хартум|Хартуме|الخرطوم|喀土穆"},
    {"AE", "Dubai|Dubaï|Dubái|Dubaj|Дубай|Дубае|دبي|迪拜|杜拜|ドバイ"},
    {"AE", "Abu Dhabi|Abou Dabi|Abu Dabi|Abu Zabi|Абу-Даби|أبوظبي|أبو ظبي|阿布扎比"},
    {"SA", "Riyadh|Riyad|Riad|Riade|Эр-Рияд|Эр-Рияде|الرياض|利雅得"},
    {"SA", "Jeddah|Jiddah|Djeddah|Yeda|Джидда|Джидде|جدة|吉达"},
    {"QA", "Doha|Доха|Дохе|الدوحة|多哈"},
    {"OM", "Muscat|Mascate|Maskat|Мускат|Маскат|Маскате|مسقط|马斯喀特"},
    {"BH", "Manama|Манама|Манаме|المنامة|麦纳麦"},
    {"LB", "Beirut|Beyrouth|Beirute|Бейрут|Бейруте|بيروت|贝鲁特"},
    {"IQ", "Baghdad|Bagdad|Bagdá|Багдад|Багдаде|بغداد|巴格达"},
    {"IR", "Tehran|Téhéran|Teherán|Teheran|Teerã|Тегеран|Тегеране|طهران|德黑兰"},
    {"IL", "Tel Aviv|Tel-Aviv|Тель-Авив|Тель-Авиве|تل أبيب|特拉维夫"},
    // Asia and Oceania
    {"CN", "Beijing|Pékin|Pekín|Peking|Pequim|Pechino|Pekin|Пекин|Пекине|بكين|北京|ペキン|"
           "베이징"},
    {"CN", "Shanghai|Shanghái|Xangai|Schanghai|Шанхай|Шанхае|شنغهاي|上海"},
    {"CN", "Guangzhou|Cantão|Гуанчжоу|قوانغتشو|广州|廣州"},
    {"CN", "Shenzhen|Шэньчжэнь|شنتشن|深圳"},
    {"HK", "Hong Kong|Hongkong|Гонконг|Гонконге|هونغ كونغ|香港"},
    {"MO", "Macau|Macao|Макао|ماكاو|澳门|澳門"},
    {"TW", "Taipei|Taipéi|Taipé|Тайбэй|Тайбэе|تايبيه|台北|臺北"},
    {"JP", "Tokyo|Tokio|Tóquio|Токио|طوكيو|东京|東京|도쿄"},
    {"JP", "Osaka|Ōsaka|Осака|Осаке|أوساكا|大阪"},
    {"JP", "Kyoto|Kioto|Quioto|Киото|كيوتو|京都"},
    {"JP", "Yokohama|Иокогама|Иокогаме|يوكوهاما|横滨|横浜"},
    {"KR", "Seoul|Séoul|Seúl|Seul|Сеул|Сеуле|سول|首尔|首爾|ソウル|서울"},
    {"KR", "Busan|Pusan|Пусан|Пусане|بوسان|釜山|부산"},
    {"SG", "Singapore|Singapour|Singapur|Singapura|Сингапур|Сингапуре|سنغافورة|新加坡|"
           "シンガポール|싱가포르"},
    {"TH", "Bangkok|Bangkoc|Banguecoque|Бангкок|Бангкоке|بانكوك|曼谷|バンコク|กรุงเทพฯ|"
           "กรุงเทพมหานคร|กรุงเทพ"},
    {"MY", "Kuala Lumpur|Куала-Лумпур|Куала-Лумпуре|كوالالمبور|吉隆坡|クアラルンプール"},
    {"ID", "Jakarta|Djakarta|Yakarta|Giacarta|Джакарта|Джакарте|جاكرتا|雅加达|ジャカルタ"},
    {"PH", "Manila|Manille|Манила|Маниле|مانيلا|马尼拉"},
    {"VN", "Hanoi|Hà Nội|Ha Noi|Hanói|Ханой|Ханое|هانوي|河内"},
    {"VN", "Ho Chi Minh City|Hồ Chí Minh|Thành phố Hồ Chí Minh|Saigon|Sài Gòn|Хошимин|胡志明市"},
    {"IN", "New Delhi|Delhi|Nueva Delhi|New Dehli|Neu-Delhi|Nova Deli|Nova Délhi|Nuova Delhi|"
           "Нью-Дели|Дели|نيودلهي|دلهي|新德里|ニューデリー"},
    {"IN", "Mumbai|Bombay|Bombaim|Мумбаи|Бомбей|مومباي|孟买"},
    {"IN", "Bangalore|Bengaluru|Бангалор|Бангалоре|بنغالور|班加罗尔"},
    {"IN", "Kolkata|Calcutta|Калькутта|Калькутте|كولكاتا|加尔各答"},
    {"PK", "Islamabad|Исламабад|Исламабаде|إسلام آباد|伊斯兰堡"},
    {"PK", "Karachi|Карачи|كراتشي|卡拉奇"},
    {"PK", "Lahore|Лахор|Лахоре|لاهور|拉合尔"},
    {"BD", "Dhaka|Dacca|Daca|Дакка|Дакке|دكا|达卡"},
    {"LK", "Colombo|Коломбо|كولومبو|科伦坡"},
    {"NP", "Kathmandu|Katmandou|Katmandú|Katmandu|Катманду|كاتماندو|加德满都"},
    {"KZ", "Almaty|Alma-Ata|Алматы|Алма-Ата|ألماتي|阿拉木图"},
    {"KZ", "Astana|Nur-Sultan|Астана|Астане|Нур-Султан|أستانا|阿斯塔纳"},
    {"UZ", "Tashkent|Tachkent|Taschkent|Ташкент|Ташкенте|طشقند|塔什干"},
    {"AZ", "Baku|Bakou|Bakú|Баку|باكو|巴库"},
    {"GE", "Tbilisi|Tbilissi|Tiflis|Тбилиси|تبليسي|第比利斯"},
    {"AM", "Yerevan|Erevan|Ereván|Eriwan|Ереван|Ереване|يريفان|埃里温"},
    {"MN", "Ulaanbaatar|Ulan Bator|Oulan-Bator|Ulán Bator|Улан-Батор|Улан-Баторе|أولان باتور|"
           "乌兰巴托"},
    {"AU", "Sydney|Sídney|Сидней|Сиднее|سيدني|悉尼|シドニー"},
    {"AU", "Melbourne|Мельбурн|Мельбурне|ملبورن|墨尔本"},
    {"AU", "Canberra|Camberra|Канберра|Канберре|كانبرا|堪培拉"},
    {"NZ", "Auckland|Окленд|Окленде|أوكلاند|奥克兰"},
    {"NZ", "Wellington|Веллингтон|Веллингтоне|ولينغتون|惠灵顿"},
    {"FJ", "Suva|Сува|سوفا|苏瓦"},
};

class CityTable {
 public:
  CityTable() {
    for (const CityRow& row : kCities) {
      std::string_view names(row.names);
      while (!names.empty()) {
        const std::size_t bar = names.find('|');
        const std::string_view name = names.substr(0, bar);
        names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
        const std::string key = place_key(name);
        if (!key.empty()) by_key_.emplace(key, &row);
      }
    }
  }

  const CityRow* find(const std::string& key) const {
    auto it = by_key_.find(key);
    return it == by_key_.end() ? nullptr : it->second;
  }

 private:
  std::unordered_map<std::string, const CityRow*> by_key_;
};

const CityTable& cities() {
  static const CityTable kTable;
  return kTable;
}

}  // namespace

namespace {

const CityRow* find_city(std::string_view name) {
  std::string key = place_key(name);
  if (key.empty()) return nullptr;
  if (const CityRow* row = cities().find(key)) return row;
  // "北京市", "東京市": the character for "city" after a Chinese or Japanese name.
  constexpr std::string_view kShi = "\u5E02";
  if (key.size() > kShi.size() && key.compare(key.size() - kShi.size(), kShi.size(), kShi) == 0)
    return cities().find(key.substr(0, key.size() - kShi.size()));
  return nullptr;
}

}  // namespace

std::optional<std::string> city_country(std::string_view name, std::string_view lang) {
  if (const CityRow* row = find_city(name)) return std::string(row->country);
  if (const GazetteerCity* city = Gazetteer::instance().resolve(name, lang)) return city->country;
  return std::nullopt;
}

bool is_city_in(std::string_view name, std::string_view country, std::string_view lang) {
  if (const CityRow* row = find_city(name)) return row->country == country;
  return Gazetteer::instance().resolve(name, lang, country) != nullptr;
}

// A well-known city of the table by its first name ("Bruxelles" → "Brussels"), else as given.
std::string_view table_name(std::string_view name) {
  if (const CityRow* row = find_city(name)) {
    std::string_view names(row->names);
    return names.substr(0, names.find('|'));
  }
  return name;
}

const GazetteerCity* gazetteer_city(std::string_view name, std::string_view country, std::string_view lang) {
  name = table_name(name);
  return Gazetteer::instance().resolve(name, lang, country);
}

std::string city_identity(std::string_view name, std::string_view country) {
  if (const GazetteerCity* city = gazetteer_city(name, country))
    return "geonames:" + std::to_string(city->geonames_id);
  return place_key(table_name(name));
}

}  // namespace almanac::index
