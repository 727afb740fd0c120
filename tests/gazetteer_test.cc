// The gazetteer (indexer/fields/gazetteer.h) and the places it lets read_place resolve:
// cities printed without their country, in every script, their namesakes, and the words
// that are no cities.
#include "fields/gazetteer.h"

#include <optional>
#include <string>

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
