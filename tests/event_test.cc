// An event as a document's data: compressed MessagePack written; that, plain MessagePack
// or JSON text read back.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "almanac/error.h"
#include "almanac/event.h"

namespace {

almanac::Event sample(const std::string& lang, const std::string& title, const std::string& description) {
  almanac::Event e;
  e.id = "0123456789abcdef";
  e.bulletin = "archive/2018/" + lang + ".html";
  e.lang = lang;
  e.title = title;
  e.start = almanac::Date::from_iso("2018-12-30");
  e.end = almanac::Date::from_iso("2019-01-03");
  e.city = "Genève";
  e.country = "CH";
  e.description = description;
  return e;
}

}  // namespace

TEST_CASE("an event written as data reads back equal, in every language") {
  for (const auto& e : {sample("fr", "Réunion du « Conseil »", "Les réunions auront lieu à Genève."),
                        sample("es", "Jornadas de Información", "Año de la aduana, ñandú."),
                        sample("de", "Straßenverkehr-Konferenz", "Über die Grenzübergänge."),
                        sample("pt", "Reuniões da Alfândega", "Ações e informação em São Paulo."),
                        sample("ru", "Семинар таможни", "Участие бесплатное, ёлка."),
                        sample("ar", "مؤتمر الجمارك", "يعقد المؤتمر في القاهرة."),
                        sample("zh", "世界海关组织会议", "会议将在北京举行。"),
                        sample("en", "", "")}) {
    INFO(e.lang);
    std::string data = almanac::event_to_data(e);
    CHECK(data.substr(0, 4) == "\x28\xb5\x2f\xfd");  // a zstd frame
    CHECK(almanac::event_from_data(data) == e);
    CHECK(almanac::event_from_json(almanac::to_json(e)) == e);
  }
}

TEST_CASE("the dictionary makes event data smaller than its MessagePack record, in every language") {
  for (const auto& e : {sample("fr", "Conférence internationale sur la facilitation des échanges",
                               "La conférence réunira les administrations douanières et le secteur privé à Genève."),
                        sample("ru", "Международная конференция по упрощению процедур торговли",
                               "Конференция соберёт таможенные администрации и частный сектор в Женеве."),
                        sample("zh", "贸易便利化国际会议", "会议将汇集海关当局和私营部门，在日内瓦举行。")}) {
    INFO(e.lang);
    std::string record;
    nlohmann::ordered_json::to_msgpack(almanac::to_json(e), nlohmann::detail::output_adapter<char>(record));
    CHECK(almanac::event_to_data(e).size() < record.size() * 3 / 4);
    CHECK(almanac::event_from_data(record) == e);  // schema 2 stored the record itself
  }
}

TEST_CASE("event data of older indexes, JSON text, is read too") {
  auto e = sample("en", "Trade Facilitation Week", "Brussels in October.");
  e.subtitle = "Building a reliable digital landscape";
  e.url = "https://x.example/week";
  e.start.reset();
  CHECK(almanac::event_from_data(almanac::to_json(e).dump()) == e);
}

TEST_CASE("damaged event data is an error naming the field") {
  auto json = almanac::to_json(sample("en", "T", "D"));
  json.erase("title");
  CHECK_THROWS_WITH(almanac::event_from_data(json.dump()), Catch::Contains("'title' is missing"));
  CHECK_THROWS_WITH(almanac::event_from_json(json), Catch::Contains("'title' is missing"));
  json = almanac::to_json(sample("en", "T", "D"));
  json["start"] = "30 December";
  CHECK_THROWS_WITH(almanac::event_from_data(json.dump()), Catch::Contains("'start' is not a YYYY-MM-DD date"));
  json["start"] = 20181230;
  CHECK_THROWS_WITH(almanac::event_from_data(json.dump()), Catch::Contains("'start' is not a string or null"));
  json = almanac::to_json(sample("en", "T", "D"));
  json["title"] = {{"text", "T"}};
  CHECK_THROWS_WITH(almanac::event_from_data(json.dump()), Catch::Contains("'title' is not a string or null"));
  CHECK_THROWS_WITH(almanac::event_from_data("[1, 2]"), Catch::Contains("not an object"));
  CHECK_THROWS_WITH(almanac::event_from_data("42"), Catch::Contains("not an object"));
  CHECK_THROWS_WITH(almanac::event_from_data("\"text\""), Catch::Contains("not an object"));
  CHECK_THROWS_AS(almanac::event_from_data(std::string("\x83\xa2id", 4)), almanac::Error);  // cut short
  // Compressed data cut short, altered, or compressed with a dictionary this version lacks.
  std::string data = almanac::event_to_data(sample("es", "Jornadas de Información", "Año de la aduana."));
  CHECK_THROWS_WITH(almanac::event_from_data(data.substr(0, data.size() - 3)), Catch::Contains("damaged"));
  std::string altered = data;
  altered[altered.size() / 2] = static_cast<char>(altered[altered.size() / 2] ^ 0x55);
  CHECK_THROWS_AS(almanac::event_from_data(altered), almanac::Error);
  std::string other_dictionary = data;
  other_dictionary[5] = static_cast<char>(other_dictionary[5] ^ 0x01);  // the frame's dictionary id
  CHECK_THROWS_WITH(almanac::event_from_data(other_dictionary), Catch::Contains("dictionary"));
}

TEST_CASE("fields an event does not have are skipped, however nested") {
  auto e = sample("de", "Straßenverkehr-Konferenz", "Über die Grenzübergänge.");
  auto json = almanac::to_json(e);
  json["source"] = {{"pages", {1, 2, {{"deep", true}}}}, {"score", 0.5}};
  json["tags"] = {"a", "b"};
  CHECK(almanac::event_from_data(json.dump()) == e);
  auto packed = nlohmann::json::to_msgpack(json);
  CHECK(almanac::event_from_data(std::string(packed.begin(), packed.end())) == e);
}
