// Reading an event's place from its date line or a short sentence (indexer/fields/places.h).
#include "fields/places.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "almanac/country.h"
#include "fields/subdivisions.h"

#include <catch2/catch.hpp>

namespace {

using almanac::index::Place;
using almanac::index::read_place;

// One line of a place as text, for failures that print both sides:
// "location | city | country | online", "∅" for what is missing.
std::string shown(const std::optional<Place>& place) {
  if (!place) return "∅";
  return place->location + " | " + place->city.value_or("∅") + " | " +
         place->country.value_or("∅") + (place->is_online ? " | online" : "");
}

std::string shown(const char* location, const char* city, const char* country,
                  bool online = false) {
  return std::string(location) + " | " + (city ? city : "∅") + " | " +
         (country ? country : "∅") + (online ? " | online" : "");
}

}  // namespace

TEST_CASE("read_place takes the city before the country", "[places]") {
  auto [text, lang, location, city, country] =
      GENERATE(table<const char*, const char*, const char*, const char*, const char*>({
          // English
          {"Brussels, Belgium", "en", "Brussels, Belgium", "Brussels", "BE"},
          {"Sandton, South Africa", "en", "Sandton, South Africa", "Sandton", "ZA"},
          {"Lima, Peru", "en", "Lima, Peru", "Lima", "PE"},
          {"Lima (Peru)", "en", "Lima (Peru)", "Lima", "PE"},
          {"at WCO Headquarters, Brussels, Belgium", "en",
           "WCO Headquarters, Brussels, Belgium", "Brussels", "BE"},
          {"Sandton, Gauteng, South Africa", "en", "Sandton, Gauteng, South Africa", "Sandton",
           "ZA"},
          {"1050 Brussels, Belgium", "en", "1050 Brussels, Belgium", "Brussels", "BE"},
          {"Washington, DC, USA", "en", "Washington, DC, USA", "Washington", "US"},
          {"London, UK", "en", "London, UK", "London", "GB"},
          {"Kinshasa, DRC", "en", "Kinshasa, DRC", "Kinshasa", "CD"},
          {"Abidjan, Côte d'Ivoire", "en", "Abidjan, Côte d'Ivoire", "Abidjan", "CI"},
          {"Seoul, Republic of Korea", "en", "Seoul, Republic of Korea", "Seoul", "KR"},
          {"Santiago, Chile", "es", "Santiago, Chile", "Santiago", "CL"},
          {"Annual Conference, Brussels, Belgium", "en", "Brussels, Belgium", "Brussels", "BE"},
          // A venue named after an event ("Fair", "Foro", "Encontro") is the location's start.
          {"Trade Fair Grounds, Amman, Jordan", "en", "Trade Fair Grounds, Amman, Jordan", "Amman", "JO"},
          {"Recinto del Foro, Barcelona, España", "es", "Recinto del Foro, Barcelona, España", "Barcelona", "ES"},
          {"Pavilhão do Encontro, Lisboa, Portugal", "pt", "Pavilhão do Encontro, Lisboa, Portugal", "Lisboa", "PT"},
          {"Messegelände der Konferenz, Hannover, Deutschland", "de",
           "Messegelände der Konferenz, Hannover, Deutschland", "Hannover", "DE"},
          {"Brussels Belgium", "en", "Brussels Belgium", "Brussels", "BE"},
          // French
          {"Bruxelles (Belgique)", "fr", "Bruxelles (Belgique)", "Bruxelles", "BE"},
          {"à Paris (France)", "fr", "Paris (France)", "Paris", "FR"},
          {"Genève, Suisse", "fr", "Genève, Suisse", "Genève", "CH"},
          {"Belgique, Bruxelles", "fr", "Belgique, Bruxelles", "Bruxelles", "BE"},
          {"Centre international de conférences de Genève, Genève, Suisse", "fr",
           "Centre international de conférences de Genève, Genève, Suisse", "Genève", "CH"},
          {"Le Caire, Égypte", "fr", "Le Caire, Égypte", "Le Caire", "EG"},
          // Spanish
          {"Ciudad de México, México", "es", "Ciudad de México, México", "Ciudad de México",
           "MX"},
          {"en Madrid, España", "es", "Madrid, España", "Madrid", "ES"},
          {"A Coruña, España", "es", "A Coruña, España", "A Coruña", "ES"},
          {"Tokio, Japón", "es", "Tokio, Japón", "Tokio", "JP"},
          // Portuguese
          {"em Lisboa, Portugal", "pt", "Lisboa, Portugal", "Lisboa", "PT"},
          {"São Paulo, Brasil", "pt", "São Paulo, Brasil", "São Paulo", "BR"},
          {"Genebra, Suíça", "pt", "Genebra, Suíça", "Genebra", "CH"},
          // German
          {"in Berlin, Deutschland", "de", "Berlin, Deutschland", "Berlin", "DE"},
          {"Wien, Österreich", "de", "Wien, Österreich", "Wien", "AT"},
          {"Zürich, Schweiz", "de", "Zürich, Schweiz", "Zürich", "CH"},
          // Russian
          {"Москва, Россия", "ru", "Москва, Россия", "Москва", "RU"},
          {"В Москве, Россия", "ru", "Москве, Россия", "Москва", "RU"},  // the nominative
          {"Санкт-Петербург, Россия", "ru", "Санкт-Петербург, Россия", "Санкт-Петербург", "RU"},
          {"г. Казань, Россия", "ru", "Казань, Россия", "Казань", "RU"},
          {"в г. Новосибирске, Россия", "ru", "Новосибирске, Россия", "Новосибирск", "RU"},
          // Arabic
          {"في الرباط، المغرب", "ar", "الرباط، المغرب", "الرباط", "MA"},
          {"القاهرة، مصر", "ar", "القاهرة، مصر", "القاهرة", "EG"},
          {"دبي، الإمارات العربية المتحدة", "ar", "دبي، الإمارات العربية المتحدة", "دبي", "AE"},
          // Chinese, Japanese, Korean
          {"中国北京", "zh", "中国北京", "北京", "CN"},
          {"北京，中国", "zh", "北京，中国", "北京", "CN"},
          {"中国·北京", "zh", "中国·北京", "北京", "CN"},
          {"上海，中国", "zh", "上海，中国", "上海", "CN"},
          {"日本東京", "ja", "日本東京", "東京", "JP"},
          {"東京, 日本", "ja", "東京, 日本", "東京", "JP"},
          {"대한민국 서울", "ko", "대한민국 서울", "서울", "KR"},
      }));
  CAPTURE(text, lang);
  CHECK(shown(read_place(text, lang)) == shown(location, city, country));
}

TEST_CASE("read_place trims separators around the place", "[places]") {
  auto [text, location, city, country] =
      GENERATE(table<const char*, const char*, const char*, const char*>({
          {"| Brussels, Belgium –", "Brussels, Belgium", "Brussels", "BE"},
          {"— Genève · Suisse •", "Genève · Suisse", "Genève", "CH"},
          {", Lima, Peru.", "Lima, Peru", "Lima", "PE"},
          {"(Brussels, Belgium)", "Brussels, Belgium", "Brussels", "BE"},
          {"· Nairobi, Kenya ·", "Nairobi, Kenya", "Nairobi", "KE"},
          {"Venue: Brussels, Belgium", "Brussels, Belgium", "Brussels", "BE"},
          {"Washington, D.C.", "Washington, D.C.", "Washington", "US"},
      }));
  CAPTURE(text);
  CHECK(shown(read_place(text)) == shown(location, city, country));
}

TEST_CASE("read_place gives a lone well-known city its country", "[places]") {
  auto [text, city, country] = GENERATE(table<const char*, const char*, const char*>({
      {"in Wien", "Wien", "AT"},
      {"Brussels", "Brussels", "BE"},
      {"Bruxelles", "Bruxelles", "BE"},
      {"Brüssel", "Brüssel", "BE"},
      {"Bruselas", "Bruselas", "BE"},
      {"Брюссель", "Брюссель", "BE"},
      {"بروكسل", "بروكسل", "BE"},
      {"布鲁塞尔", "布鲁塞尔", "BE"},
      {"Genf", "Genf", "CH"},
      {"Ginebra", "Ginebra", "CH"},
      {"Pékin", "Pékin", "CN"},
      {"在北京", "北京", "CN"},
      {"Moscou", "Moscou", "RU"},
      {"г. Москва", "Москва", "RU"},
      {"город Москва", "Москва", "RU"},
      {"Lisbonne", "Lisbonne", "PT"},
      {"Le Caire", "Le Caire", "EG"},
      {"دبي", "دبي", "AE"},
      {"الرباط", "الرباط", "MA"},
      {"東京", "東京", "JP"},
      {"New Delhi", "New Delhi", "IN"},
      {"Ciudad de México", "Ciudad de México", "MX"},
      {"Singapore", "Singapore", "SG"},
      {"à Genève", "Genève", "CH"},
      {"a Roma", "Roma", "IT"},
      {"Granada", "Granada", "ES"},
      {"WCO Headquarters, Brussels", "Brussels", "BE"},
      {"Palais des Nations, Geneva", "Geneva", "CH"},
      {"Hotel Hilton, Sandton", "Sandton", "ZA"},
  }));
  CAPTURE(text);
  const std::optional<Place> place = read_place(text);
  REQUIRE(place);
  CHECK(place->city.value_or("∅") == city);
  CHECK(place->country.value_or("∅") == country);
  CHECK_FALSE(place->is_online);
}

TEST_CASE("read_place keeps a city of the gazetteer whose country is in doubt, without a country, and no other proper name as a city",
          "[places]") {
  auto [text, location, city] = GENERATE(table<const char*, const char*, const char*>({
      // Names no gazetteer knows: venues, companies, labels far more often than towns.
      {"Mossley", "Mossley", nullptr},
      {"in Smallville", "Smallville", nullptr},
      {"Marquardtei, Herrenberger Str", "Marquardtei, Herrenberger Str", nullptr},

      // A postal abbreviation that is also a country's ISO code needs a city whose
      // country is known: Lincoln is a city of the United States and of England alike.
      {"Lincoln, NE", "Lincoln, NE", "Lincoln"},
  }));
  CAPTURE(text);
  CHECK(shown(read_place(text)) == shown(location, city, nullptr));
}

TEST_CASE("the word that opens a sentence naming no place after a preposition is no city", "[places]") {
  // "Este" is also a town of Italy; "Mobile" one of the United States.
  for (auto [text, lang] : {std::pair{"Este jueves tenemos reunión en A Industriosa a las", "es"},
                            std::pair{"Este tenemos reunión en A Industriosa a las", "es"},
                            std::pair{"Mobile developers meet at the Workday office", "en"}}) {
    CAPTURE(text);
    const auto place = read_place(text, lang);
    CHECK_FALSE((place && place->city));
  }
}

TEST_CASE("read_place gives a city the country of its state or province", "[places]") {
  auto [text, lang, location, city, country] =
      GENERATE(table<const char*, const char*, const char*, const char*, const char*>({
          // English: names and postal abbreviations, with or without a postal code
          {"Austin, Texas", "en", "Austin, Texas", "Austin", "US"},
          {"Austin, TX 78701", "en", "Austin, TX 78701", "Austin", "US"},
          {"Paris, Texas", "en", "Paris, Texas", "Paris", "US"},
          {"Houston, Texas, USA", "en", "Houston, Texas, USA", "Houston", "US"},
          {"Toronto, ON", "en", "Toronto, ON", "Toronto", "CA"},
          {"London, Ontario", "en", "London, Ontario", "London", "CA"},
          {"Sydney NSW 2000", "en", "Sydney NSW 2000", "Sydney", "AU"},
          {"Cairns, Queensland, Australia", "en", "Cairns, Queensland, Australia", "Cairns", "AU"},
          {"Sandton, Gauteng", "en", "Sandton, Gauteng", "Sandton", "ZA"},
          {"Pune, Maharashtra", "en", "Pune, Maharashtra", "Pune", "IN"},
          {"Washington, DC", "en", "Washington, DC", "Washington", "US"},
          {"The meeting will be held in Austin, Texas.", "en", "Austin, Texas", "Austin", "US"},
          // A shared or ISO-looking abbreviation, after a city of the table
          {"Boston, MA", "en", "Boston, MA", "Boston", "US"},
          {"Berlin, DE", "en", "Berlin, DE", "Berlin", "DE"},
          // An ISO code after a city and its state, as digests print them
          {"Boulder, CO, US", "en", "Boulder, CO, US", "Boulder", "US"},
          {"Kitchener, ON, CA", "en", "Kitchener, ON, CA", "Kitchener", "CA"},
          // A country's name that is also a state's
          {"Atlanta, Georgia", "en", "Atlanta, Georgia", "Atlanta", "US"},
          {"Tbilisi, Georgia", "en", "Tbilisi, Georgia", "Tbilisi", "GE"},
          // A state alone or before its country: a city-state's name is the city
          {"Bremen", "de", "Bremen", "Bremen", "DE"},
          {"Bremen, Deutschland", "de", "Bremen, Deutschland", "Bremen", "DE"},
          {"Chandigarh, India", "en", "Chandigarh, India", "Chandigarh", "IN"},
          {"广东省", "zh", "广东省", nullptr, "CN"},
          // French
          {"Sherbrooke (Québec)", "fr", "Sherbrooke (Québec)", "Sherbrooke", "CA"},
          {"Austin, Texas, États-Unis", "fr", "Austin, Texas, États-Unis", "Austin", "US"},
          // Spanish
          {"Guadalajara, Jalisco", "es", "Guadalajara, Jalisco", "Guadalajara", "MX"},
          {"Monterrey, Nuevo León", "es", "Monterrey, Nuevo León", "Monterrey", "MX"},
          // German
          {"Regensburg, Bayern", "de", "Regensburg, Bayern", "Regensburg", "DE"},
          // Portuguese
          {"Campinas, SP", "pt", "Campinas, SP", "Campinas", "BR"},
          // A state named like a city in it is the city after a venue or a district, the
          // state in brackets or after a city of the table
          {"Handelskammer, Bremen, Deutschland", "de", "Handelskammer, Bremen, Deutschland", "Bremen", "DE"},
          {"Rathaus, Bremen", "de", "Rathaus, Bremen", "Bremen", "DE"},
          {"Centre des congrès, Québec, Canada", "fr", "Centre des congrès, Québec, Canada", "Québec", "CA"},
          {"Montréal, Québec", "fr", "Montréal, Québec", "Montréal", "CA"},
          {"Montréal (Québec), Canada", "fr", "Montréal (Québec), Canada", "Montréal", "CA"},
          // A Japanese or Chinese address without separators: the city as printed
          {"愛知県名古屋市中区", "ja", "愛知県名古屋市中区", "名古屋市", "JP"},
          {"北海道札幌市", "ja", "北海道札幌市", "札幌市", "JP"},
          {"福岡市中央区 / 福岡市エンジニアカフェ", "ja", "福岡市中央区 / 福岡市エンジニアカフェ", "福岡市", "JP"},
          {"广东省广州市天河区", "zh", "广东省广州市天河区", "广州市", "CN"},
          // A name in brackets after a city qualifies it, known as a state or not
          {"かわさき市民活動センター, 武蔵小杉(神奈川), Japan", "ja", "かわさき市民活動センター, 武蔵小杉(神奈川), Japan", "武蔵小杉", "JP"},
          {"Kariya (Aichi), Japan", "en", "Kariya (Aichi), Japan", "Kariya", "JP"},
          {"Villa María (Córdoba), Argentina", "es", "Villa María (Córdoba), Argentina", "Villa María", "AR"},
          {"Королёв (Подмосковье), Россия", "ru", "Королёв (Подмосковье), Россия", "Королёв", "RU"},
          {"Cité des sciences, Mexico, Mexique", "fr", "Cité des sciences, Mexico, Mexique", "Mexico", "MX"},
          {"天津", "zh", "天津", "天津", "CN"},
          {"Campinas, São Paulo", "pt", "Campinas, São Paulo", "Campinas", "BR"},
          {"Friedrichstraße 12, Berlin", "de", "Friedrichstraße 12, Berlin", "Berlin", "DE"},
          {"Alexanderplatz, Berlin, Deutschland", "de", "Alexanderplatz, Berlin, Deutschland", "Berlin", "DE"},
          {"Salvador, Bahia", "pt", "Salvador, Bahia", "Salvador", "BR"},
          // Italian: two capitals after a city are its province, never a state
          {"Milano (MI)", "it", "Milano (MI)", "Milano", "IT"},
          {"Lecco (LC)", "it", "Lecco (LC)", "Lecco", "IT"},  // the gazetteer's Lecco
          {"Catania, CT", "it", "Catania, CT", "Catania", "IT"},
          // An abbreviation after a city of the table in another country
          {"Milano (MI)", "", "Milano (MI)", "Milano", "IT"},
          // Russian
          {"Остин, Техас", "ru", "Остин, Техас", "Остин", "US"},
          {"Торонто, Онтарио", "ru", "Торонто, Онтарио", "Торонто", "CA"},
          // Arabic
          {"أوستن، تكساس", "ar", "أوستن، تكساس", "أوستن", "US"},
          {"تورونتو، أونتاريو", "ar", "تورونتو، أونتاريو", "تورونتو", "CA"},
          // Chinese: the province before the city, with or without a separator
          {"广东省广州市", "zh", "广东省广州市", "广州市", "CN"},
          {"深圳，广东", "zh", "深圳，广东", "深圳", "CN"},
          {"美国加利福尼亚州旧金山", "zh", "美国加利福尼亚州旧金山", "旧金山", "US"},
          {"中国广东省深圳市", "zh", "中国广东省深圳市", "深圳市", "CN"},
      }));
  CAPTURE(text, lang);
  CHECK(shown(read_place(text, lang)) == shown(location, city, country));
}

TEST_CASE("read_place keeps a venue or a region alone as a location only", "[places]") {
  auto text = GENERATE(as<const char*>{}, "WCO Headquarters", "Africa", "Asia-Pacific");
  CAPTURE(text);
  CHECK(shown(read_place(text)) == shown(text, nullptr, nullptr));
}

TEST_CASE("read_place reads the place out of a short sentence", "[places]") {
  auto [text, location, city, country] =
      GENERATE(table<const char*, const char*, const char*, const char*>({
          {"The meeting will be held in Brussels, Belgium.", "Brussels, Belgium", "Brussels",
           "BE"},
          {"Join us in Geneva for the annual forum", "Geneva", "Geneva", "CH"},
          {"The workshop takes place at WCO Headquarters, Brussels, Belgium",
           "WCO Headquarters, Brussels, Belgium", "Brussels", "BE"},
          {"يعقد الاجتماع في الرباط، المغرب", "الرباط، المغرب", "الرباط", "MA"},
      }));
  CAPTURE(text);
  CHECK(shown(read_place(text)) == shown(location, city, country));
}

TEST_CASE("read_place reads online events in any language", "[places]") {
  auto text = GENERATE(as<const char*>{}, "Online", "online", "Virtual", "Virtual format",
                       "Webinar", "En ligne", "Virtuel", "En línea", "Virtual (Zoom)",
                       "Online via Zoom", "Online-Veranstaltung", "Онлайн", "عبر الإنترنت",
                       "线上", "在线", "オンライン", "| Online |");
  CAPTURE(text);
  CHECK(shown(read_place(text)) == shown("Online", nullptr, nullptr, true));
}

TEST_CASE("read_place reads a place joined to online as a hybrid event", "[places]") {
  auto [text, location, city, country] =
      GENERATE(table<const char*, const char*, const char*, const char*>({
          {"Brussels, Belgium and online", "Brussels, Belgium", "Brussels", "BE"},
          {"Brussels (hybrid)", "Brussels", "Brussels", "BE"},
          {"Online and Geneva", "Geneva", "Geneva", "CH"},
          {"Genève, Suisse / En ligne", "Genève, Suisse", "Genève", "CH"},
      }));
  CAPTURE(text);
  CHECK(shown(read_place(text)) == shown(location, city, country, true));
}

TEST_CASE("read_place finds no place in text that names none", "[places]") {
  auto text = GENERATE(as<const char*>{}, "", "   ", "–", "| · |", "2018", ", 2018",
                       "Conference", "TBD", "To be confirmed", "Venue: TBD", "Tuesday",
                       "Registration deadline: 15 March",
                       "The conference will discuss trade facilitation and customs.",
                       "More information at www.wcoomd.org", "Please register by 15 March",
                       "in", "日本橋");
  CAPTURE(text);
  CHECK(shown(read_place(text)) == "∅");
}

TEST_CASE("read_place leaves the article of a city's name alone", "[places]") {
  // "A Coruña" starts with an article, "a Roma" with a preposition.
  CHECK(shown(read_place("A Coruña", "es")) == shown("A Coruña", "A Coruña", "ES"));
  CHECK(shown(read_place("The Hague", "en")) == shown("The Hague", "The Hague", "NL"));
  CHECK(shown(read_place("El Salvador", "es")) == shown("El Salvador", nullptr, "SV"));
}

TEST_CASE("the table of states and provinces is well formed and complete", "[places]") {
  std::map<std::string, int> per_country;
  std::set<std::string> codes;
  for (const almanac::index::Subdivision& row : almanac::index::subdivision_table()) {
    CAPTURE(row.code);
    CHECK(codes.insert(row.code).second);
    CHECK(almanac::country_code(row.country) == row.country);
    ++per_country[row.country];
    for (const std::string& abbreviation : row.abbreviations)
      CHECK(almanac::index::postal_subdivision_countries(abbreviation).size() >= 1);
    REQUIRE_FALSE(row.names.empty());
    std::set<std::string> names;
    for (const std::string& name : row.names) {
      CAPTURE(name);
      REQUIRE_FALSE(name.empty());
      CHECK(name.front() != ' ');
      CHECK(name.back() != ' ');
      CHECK(names.insert(name).second);
      const std::vector<std::string>& countries = almanac::index::find_subdivision(name).countries;
      CHECK(std::find(countries.begin(), countries.end(), row.country) != countries.end());
      if (row.is_city_named) CHECK(almanac::index::find_subdivision(name).is_city_named);
    }
  }
  const std::map<std::string, int> expected{{"US", 51}, {"CA", 13}, {"AU", 8},  {"BR", 27}, {"MX", 32},
                                            {"IN", 36}, {"CN", 31}, {"DE", 16}, {"ES", 19}, {"ZA", 9}};
  CHECK(per_country == expected);
}

TEST_CASE("states and provinces are found by name in every language and by abbreviation", "[places]") {
  using almanac::index::postal_subdivision_countries;
  const auto subdivision_countries = [](std::string_view name) {
    return almanac::index::find_subdivision(name).countries;
  };
  using Countries = std::vector<std::string>;
  CHECK(subdivision_countries("Texas") == Countries{"US"});
  CHECK(subdivision_countries("texas") == Countries{"US"});
  CHECK(subdivision_countries("Техас") == Countries{"US"});
  CHECK(subdivision_countries("تكساس") == Countries{"US"});
  CHECK(subdivision_countries("得克萨斯州") == Countries{"US"});
  CHECK(subdivision_countries("Californie") == Countries{"US"});
  CHECK(subdivision_countries("Kalifornien") == Countries{"US"});
  CHECK(subdivision_countries("Califórnia") == Countries{"US"});
  CHECK(subdivision_countries("广东") == Countries{"CN"});
  CHECK(subdivision_countries("广东省") == Countries{"CN"});
  CHECK(subdivision_countries("Bavière") == Countries{"DE"});
  CHECK(subdivision_countries("Brussels").empty());
  CHECK(postal_subdivision_countries("TX") == Countries{"US"});
  CHECK(postal_subdivision_countries("ON") == Countries{"CA"});
  CHECK(postal_subdivision_countries("NSW") == Countries{"AU"});
  CHECK(postal_subdivision_countries("tx").empty());
  CHECK(postal_subdivision_countries("Texas").empty());
  Countries wa = postal_subdivision_countries("WA");
  std::sort(wa.begin(), wa.end());
  CHECK(wa == Countries{"AU", "US"});
}
