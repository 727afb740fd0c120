// Reading an event's place from its date line or a short sentence (indexer/places.h).
#include "places.h"

#include <optional>
#include <string>

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
          {"Sandton, Gauteng, South Africa", "en", "Sandton, Gauteng, South Africa", "Gauteng",
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
          {"В Москве, Россия", "ru", "Москве, Россия", "Москве", "RU"},
          {"Санкт-Петербург, Россия", "ru", "Санкт-Петербург, Россия", "Санкт-Петербург", "RU"},
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

TEST_CASE("read_place keeps other single proper names as a city without a country",
          "[places]") {
  auto [text, location, city] = GENERATE(table<const char*, const char*, const char*>({
      {"Midrand", "Midrand", "Midrand"},
      {"Santiago", "Santiago", "Santiago"},
      {"in Stellenbosch", "Stellenbosch", "Stellenbosch"},
      {"Paris, Texas", "Paris, Texas", "Paris"},
      {"Sandton, Gauteng", "Sandton, Gauteng", "Sandton"},
  }));
  CAPTURE(text);
  CHECK(shown(read_place(text)) == shown(location, city, nullptr));
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
  CHECK(shown(read_place("A Coruña", "es")) == shown("A Coruña", "A Coruña", nullptr));
  CHECK(shown(read_place("The Hague", "en")) == shown("The Hague", "The Hague", "NL"));
  CHECK(shown(read_place("El Salvador", "es")) == shown("El Salvador", nullptr, "SV"));
}
