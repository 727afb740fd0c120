// The gazetteer (indexer/fields/gazetteer.h) and the places it lets read_place resolve:
// cities printed without their country, in every script, their namesakes, and the words
// that are no cities.
#include "fields/gazetteer.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "fields/cities.h"
#include "fields/places.h"

#include <catch2/catch.hpp>

namespace {

using almanac::index::city_country;
using almanac::index::city_identity;
using almanac::index::Gazetteer;
using almanac::index::read_place;

std::string resolved(const char* name, const char* lang = "", const char* country = "") {
  const auto* city = Gazetteer::instance().resolve(name, lang, country);
  return city ? city->name + "/" + city->country : "∅";
}

std::string shown(const char* text, const char* lang) {
  const auto place = read_place(text, lang);
  if (!place) return "∅";
  return place->city.value_or("∅") + " | " + place->country.value_or("∅");
}

}  // namespace

TEST_CASE("the gazetteer loads libgeonames' cities and their names in many languages", "[gazetteer]") {
  const auto& stats = Gazetteer::instance().stats();
  CHECK(stats.cities > 20000);
  CHECK(stats.catalogs >= 9);
  CHECK(stats.names > 5 * stats.cities / 2);
}

TEST_CASE("a city's name in any language and script finds the same city", "[gazetteer]") {
  auto [name, lang, expected] = GENERATE(table<const char*, const char*, const char*>({
      {"Munich", "en", "Munich/DE"},
      {"München", "de", "Munich/DE"},
      {"Munique", "pt", "Munich/DE"},
      {"Múnich", "es", "Munich/DE"},
      {"Мюнхен", "ru", "Munich/DE"},
      {"ميونخ", "ar", "Munich/DE"},
      {"慕尼黑", "zh", "Munich/DE"},
      {"ミュンヘン", "ja", "Munich/DE"},
      {"Montréal", "fr", "Montreal/CA"},
      {"Valladolid", "es", "Valladolid/ES"},
      {"Porto", "pt", "Porto/PT"},
      {"عمّان", "ar", "Amman/JO"},
      {"Томск", "ru", "Tomsk/RU"},
      {"杭州", "zh", "Hangzhou/CN"},
      {"杭州市", "zh", "Hangzhou/CN"},
      {"横浜市", "ja", "Yokohama/JP"},
      {"横浜", "ja", "Yokohama/JP"},
      {"東京都", "ja", "Tokyo/JP"},
  }));
  CAPTURE(name, lang);
  CHECK(resolved(name, lang) == expected);
}

TEST_CASE("a Russian city printed in the locative is found and given in the nominative", "[gazetteer]") {
  auto [printed, nominative] = GENERATE(table<const char*, const char*>({
      {"Новосибирске", "Новосибирск"},
      {"Самаре", "Самара"},
      {"Казани", "Казань"},
      {"Ярославле", "Ярославль"},
      {"Сиднее", "Сидней"},
      {"Черновцах", "Черновцы"},
      {"Москва", "Москва"},
      {"Питере", "Питере"},  // not in the gazetteer: left as printed
  }));
  CAPTURE(printed);
  CHECK(Gazetteer::instance().nominative(printed) == nominative);
}

TEST_CASE("namesakes: the country printed, else the language, else population decides", "[gazetteer]") {
  CHECK(resolved("Valladolid", "es") == "Valladolid/ES");
  CHECK(resolved("Valladolid", "es", "MX") == "Valladolid/MX");
  CHECK(resolved("Manchester", "en") == "Manchester/GB");
  CHECK(resolved("Manchester", "en", "US").find("/US") != std::string::npos);
  CHECK(resolved("Córdoba", "es", "ES") == "Córdoba/ES");
  CHECK(resolved("Durham", "en", "GB") == "Durham/GB");
  CHECK(resolved("Portland", "en").find("/US") != std::string::npos);
  CHECK(resolved("Frankfurt", "de") == "Frankfurt am Main/DE");
  // Names two countries' cities share alike tell no country.
  CHECK(resolved("Cambridge") == "∅");  // GB 158,000, US 110,000, CA 130,000
}

TEST_CASE("a small foreign town does not turn a word of the bulletin's language into a city", "[gazetteer]") {
  CHECK(resolved("Este", "es") == "∅");   // Spanish "este"; Este, Italy, 16,000 people
  CHECK(resolved("Este", "it") == "Este/IT");
  CHECK(resolved("Wochenende", "de") == "∅");
  CHECK(resolved("Online", "en") == "∅");
}

TEST_CASE("read_place gives a city printed alone its country from the gazetteer", "[gazetteer][places]") {
  auto [text, lang, expected] = GENERATE(table<const char*, const char*, const char*>({
      {"Augustinerplatz 1, Freiburg", "de", "Freiburg | DE"},
      {"Centro Cultural Miguel Delibes, Valladolid", "es", "Valladolid | ES"},
      {"Hollestraße 1, 45127 Essen", "de", "Essen | DE"},
      {"Montréal", "fr", "Montréal | CA"},
      {"Porto", "pt", "Porto | PT"},
      {"г. Новосибирск", "ru", "Новосибирск | RU"},
      {"в Новосибирске", "ru", "Новосибирск | RU"},
      {"مجمع النقابات المهنية، إربد", "ar", "إربد | JO"},
      {"مجمع النقابات المهنية، عمّان", "ar", "عمّان | JO"},  // Amman, not Oman ("عُمان")
      {"مسقط، عُمان", "ar", "مسقط | OM"},
      {"杭州", "zh", "杭州 | CN"},
      {"横浜市", "ja", "横浜市 | JP"},
      {"Kassel", "de", "Kassel | DE"},
      {"Tempe, Arizona", "en", "Tempe | US"},
  }));
  CAPTURE(text, lang);
  CHECK(shown(text, lang) == expected);
}

TEST_CASE("one city has one identity whatever the language it is printed in", "[gazetteer]") {
  CHECK(city_identity("München") == city_identity("Munich"));
  CHECK(city_identity("Мюнхен") == city_identity("München"));
  CHECK(city_identity("慕尼黑") == city_identity("Munich"));
  CHECK(city_identity("Bruxelles") == city_identity("Брюссель"));
  CHECK(city_identity("Lyon") != city_identity("Paris"));
  CHECK(city_country("Winterthur", "de") == std::optional<std::string>("CH"));
}

namespace {

// The countries settle_namesakes gives the events of a bulletin in `lang` whose places
// are (location, city, country as read), in order.
std::vector<std::string> settled(const char* lang,
                                 std::initializer_list<std::tuple<const char*, const char*, const char*>> places) {
  std::vector<almanac::Event> events;
  for (const auto& [location, city, country] : places) {
    almanac::Event event;
    event.lang = lang;
    event.title = "Event";
    event.location = location;
    event.city = city;
    if (*country) event.country = country;
    events.push_back(std::move(event));
  }
  almanac::index::settle_namesakes(events);
  std::vector<std::string> out;
  for (const auto& event : events) out.push_back(event.country.value_or("∅"));
  return out;
}

}  // namespace

TEST_CASE("namesakes: a city printed alone is taken in the country of the bulletin's other events", "[gazetteer][places]") {
  using V = std::vector<std::string>;
  // The other namesake would win on population or the name alone leaves the country open.
  CHECK(settled("en", {{"Boston", "Boston", "US"}, {"Chicago", "Chicago", "US"}, {"Manchester", "Manchester", "GB"}}) ==
        V{"US", "US", "US"});
  CHECK(settled("es", {{"Madrid", "Madrid", "ES"}, {"Sevilla", "Sevilla", "ES"}, {"Córdoba", "Córdoba", "AR"}}) ==
        V{"ES", "ES", "ES"});
  CHECK(settled("es", {{"Madrid", "Madrid", "ES"}, {"Sevilla", "Sevilla", "ES"}, {"Mérida", "Mérida", ""}}) ==
        V{"ES", "ES", "ES"});
  CHECK(settled("fr", {{"Lyon", "Lyon", "FR"}, {"Nantes", "Nantes", "FR"}, {"Laval", "Laval", "CA"}}) ==
        V{"FR", "FR", "FR"});
  CHECK(settled("de", {{"Bern", "Bern", "CH"}, {"Zürich", "Zürich", "CH"}, {"Freiburg", "Freiburg", "DE"}}) ==
        V{"CH", "CH", "CH"});
  CHECK(settled("pt", {{"Lisboa", "Lisboa", "PT"}, {"Coimbra", "Coimbra", "PT"}, {"Santarém", "Santarém", "BR"}}) ==
        V{"PT", "PT", "PT"});
  CHECK(settled("ru", {{"Киев", "Киев", "UA"}, {"Харьков", "Харьков", "UA"}, {"Кировск", "Кировск", "RU"}}) ==
        V{"UA", "UA", "UA"});
  CHECK(settled("ar", {{"بيروت", "بيروت", "LB"}, {"صيدا", "صيدا", "LB"}, {"طرابلس", "طرابلس", "LY"}}) ==
        V{"LB", "LB", "LB"});
  CHECK(settled("zh", {{"波士顿", "波士顿", "US"}, {"芝加哥", "芝加哥", "US"}, {"剑桥", "剑桥", ""}}) ==
        V{"US", "US", "US"});
  CHECK(settled("ja", {{"オークランド", "オークランド", "NZ"}, {"ウェリントン", "ウェリントン", "NZ"},
                       {"ハミルトン", "ハミルトン", ""}}) == V{"NZ", "NZ", "NZ"});
}

TEST_CASE("namesakes: the bulletin's country never overrides a printed country or a far larger city", "[gazetteer][places]") {
  using V = std::vector<std::string>;
  // Printed country, state or province.
  CHECK(settled("en", {{"Boston", "Boston", "US"}, {"Chicago", "Chicago", "US"},
                       {"Manchester, UK", "Manchester", "GB"}}) == V{"US", "US", "GB"});
  CHECK(settled("es", {{"Madrid", "Madrid", "ES"}, {"Sevilla", "Sevilla", "ES"},
                       {"Córdoba, Argentina", "Córdoba", "AR"}}) == V{"ES", "ES", "AR"});
  CHECK(settled("fr", {{"Lyon", "Lyon", "FR"}, {"Nantes", "Nantes", "FR"}, {"Laval (Québec)", "Laval", "CA"}}) ==
        V{"FR", "FR", "CA"});
  CHECK(settled("zh", {{"多伦多", "多伦多", "CA"}, {"蒙特利尔", "蒙特利尔", "CA"}, {"英国伦敦", "伦敦", "GB"}}) ==
        V{"CA", "CA", "GB"});
  // London, Ontario is twenty-five times smaller than London: a bulletin of Canadian
  // events naming "London" alone still means England's.
  CHECK(settled("zh", {{"多伦多", "多伦多", "CA"}, {"蒙特利尔", "蒙特利尔", "CA"}, {"伦敦", "伦敦", "GB"}}) ==
        V{"CA", "CA", "GB"});
  CHECK(settled("de", {{"Bern", "Bern", "CH"}, {"Zürich", "Zürich", "CH"}, {"Berlin", "Berlin", "DE"}}) ==
        V{"CH", "CH", "DE"});
  // No country holds most of the events: nothing is settled.
  CHECK(settled("pt", {{"Lisboa", "Lisboa", "PT"}, {"Recife", "Recife", "BR"}, {"Santarém", "Santarém", ""}}) ==
        V{"PT", "BR", "∅"});
  CHECK(settled("ru", {{"Киев", "Киев", "UA"}, {"Москва", "Москва", "RU"}}) == V{"UA", "RU"});
  CHECK(settled("ar", {{"بيروت", "بيروت", "LB"}, {"طرابلس، ليبيا", "طرابلس", "LY"}, {"صيدا", "صيدا", "LB"}}) ==
        V{"LB", "LY", "LB"});
  CHECK(settled("ja", {{"オークランド", "オークランド", "NZ"}, {"ウェリントン", "ウェリントン", "NZ"},
                       {"東京", "東京", "JP"}}) == V{"NZ", "NZ", "JP"});
}

namespace {

// The city and country find_cities_in_names gives one event of a bulletin in `lang`.
std::string city_in_names(const char* lang, const char* title, std::optional<std::string> location = {},
                          std::optional<std::string> city = {}, const char* page_text = "") {
  almanac::Event event;
  event.lang = lang;
  event.title = title;
  event.location = std::move(location);
  event.city = std::move(city);
  std::vector<almanac::Event> events{event};
  almanac::index::find_cities_in_names(events, page_text);
  return events[0].city.value_or("∅") + " | " + events[0].country.value_or("∅");
}

}  // namespace

TEST_CASE("a city named inside a venue or an event's name is the event's city", "[gazetteer][places]") {
  // Inside the venue.
  CHECK(city_in_names("es", "La canoera", "Museo Municipal de Guayaquil") == "Guayaquil | EC");
  CHECK(city_in_names("en", "Careers in Tech Panel", "Science Gallery Dublin", "Science Gallery Dublin") ==
        "Dublin | IE");
  CHECK(city_in_names("de", "Winterkongress", "Casinotheater Winterthur, Stadthausstrasse 119",
                      "Casinotheater Winterthur") == "Winterthur | CH");
  CHECK(city_in_names("fr", "AFUP Day", "Lille & Lyon (France)") == "Lille | FR");
  // In the event's name.
  CHECK(city_in_names("en", "Data Beers Madrid") == "Madrid | ES");
  CHECK(city_in_names("fr", "DevFest Lille") == "Lille | FR");
  CHECK(city_in_names("de", "LUG Reutlingen") == "Reutlingen | DE");
  CHECK(city_in_names("pt", "ProductTank Porto #2") == "Porto | PT");
  CHECK(city_in_names("ru", "Фестиваль фронтенда в Самаре") == "Самара | RU");
  CHECK(city_in_names("ru", "DevFest в Нижнем Новгороде") == "Нижний Новгород | RU");
  CHECK(city_in_names("ar", "لقاء مطوري الويب في الرياض") == "الرياض | SA");
  CHECK(city_in_names("zh", "Gopher北京meetup") == "北京 | CN");
  CHECK(city_in_names("zh", "臺北明倫高中") == "臺北 | TW");
  CHECK(city_in_names("ja", "Perl入学式 in東京 第1回") == "東京 | JP");
}

TEST_CASE("an event named only by its city's name of several words is in that city, in every language", "[gazetteer][places]") {
  CHECK(city_in_names("pt", "Santa Cruz do Sul") == "Santa Cruz do Sul | BR");
  CHECK(city_in_names("es", "San Sebastián de los Reyes") == "San Sebastián de los Reyes | ES");
  CHECK(city_in_names("fr", "Aix-en-Provence") == "Aix-en-Provence | FR");
  CHECK(city_in_names("de", "Frankfurt am Main") == "Frankfurt am Main | DE");
  CHECK(city_in_names("en", "Salt Lake City") == "Salt Lake City | US");
  CHECK(city_in_names("ru", "Нижний Новгород") == "Нижний Новгород | RU");
  CHECK(city_in_names("ar", "الدار البيضاء") == "الدار البيضاء | MA");
  CHECK(city_in_names("zh", "乌鲁木齐") == "乌鲁木齐 | CN");
  CHECK(city_in_names("ja", "札幌") == "札幌 | JP");
}

TEST_CASE("a common word, a person's name or an online event gives no city", "[gazetteer][places]") {
  // "Reading" is printed in lower case elsewhere in the bulletin: a word, not the town.
  CHECK(city_in_names("en", "Reading group", {}, {}, "<p>Our reading list grows.</p>") == "∅ | ∅");
  CHECK(city_in_names("en", "Meetup featuring Gary Bernhardt") == "∅ | ∅");
  CHECK(city_in_names("en", "Participation in West End Fair") == "∅ | ∅");
  CHECK(city_in_names("fr", "Webinaire DevFest Lille", "Online") == "∅ | ∅");
  CHECK(city_in_names("de", "Stammtisch", "Gasthaus Krone") == "∅ | ∅");
  CHECK(city_in_names("es", "Taller de cocina", "Sala de usos múltiples") == "∅ | ∅");
  // A city the gazetteer knows is never replaced.
  CHECK(city_in_names("pt", "Oficina", "Hotel Lisboa, Porto", "Porto") == "Porto | ∅");
  CHECK(city_in_names("zh", "线上分享会", "线上") == "∅ | ∅");
  CHECK(city_in_names("ja", "オンライン勉強会") == "∅ | ∅");
}

TEST_CASE("a Russian city of several words printed in the locative is given in the nominative", "[gazetteer]") {
  CHECK(shown("в Нижнем Новгороде", "ru") == "Нижний Новгород | RU");
  CHECK(shown("в Ростове-на-Дону", "ru") == "Ростов-на-Дону | RU");
  CHECK(shown("в Санкт-Петербурге", "ru") == "Санкт-Петербург | RU");
  CHECK(shown("в Великом Новгороде", "ru") == "Великий Новгород | RU");
  CHECK(shown("в Старом Осколе", "ru") == "Старый Оскол | RU");
}

namespace {

// The city and country find_cities_in_names gives an event printed without a place.
std::string city_in_description(const char* lang, const char* description, const char* page_text = "") {
  almanac::Event event;
  event.lang = lang;
  event.title = "Meeting";
  event.description = description;
  std::vector<almanac::Event> events{event};
  almanac::index::find_cities_in_names(events, page_text);
  return events[0].city.value_or("∅") + " | " + events[0].country.value_or("∅");
}

}  // namespace

TEST_CASE("a description naming one city after a preposition places an event printed without a place",
          "[gazetteer][places]") {
  CHECK(city_in_description("en", "A decade of classes in Lausanne, with a dinner.") == "Lausanne | CH");
  CHECK(city_in_description("fr", "Rendez-vous à Bordeaux pour deux jours d'ateliers.") == "Bordeaux | FR");
  CHECK(city_in_description("es", "Nos vemos en Madrid el jueves.") == "Madrid | ES");
  CHECK(city_in_description("de", "Wir treffen uns wieder in Nürnberg.") == "Nürnberg | DE");
  CHECK(city_in_description("pt", "O encontro será em Curitiba.") == "Curitiba | BR");
  CHECK(city_in_description("ru", "Фестиваль пройдёт в Самаре.") == "Самара | RU");
  CHECK(city_in_description("ar", "يقام اللقاء في الرياض.") == "الرياض | SA");
  // Two cities, a month after "in", a word the page prints in lower case: no city.
  CHECK(city_in_description("en", "Sessions in Glasgow and in Lausanne.") == "∅ | ∅");
  CHECK(city_in_description("en", "From Glasgow in March to Lausanne in May.") == "∅ | ∅");
  CHECK(city_in_description("en", "Starting in March with a new venue.") == "∅ | ∅");
  CHECK(city_in_description("en", "Talks in Reading Room B.", "<p>a reading list</p>") == "∅ | ∅");
  // A lower-case form inside an address or a file name is no word of the text.
  CHECK(city_in_description("en", "Classes in Lausanne.", "<a href=\"/lausanne-2019.html\">") == "Lausanne | CH");
}

TEST_CASE("a title's first word capitalised as a sentence's is no city", "[gazetteer][places]") {
  CHECK(city_in_names("es", "Mesa redonda sobre microfinanzas") == "∅ | ∅");  // Mesa, Arizona
  CHECK(city_in_names("pt", "Porto seguro para dados abertos") == "∅ | ∅");
  CHECK(city_in_names("es", "Madrid: jornada de datos abiertos") == "Madrid | ES");
}
