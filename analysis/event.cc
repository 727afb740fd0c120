#include "almanac/event.h"

#include <nlohmann/json.hpp>

#include "almanac/error.h"
#include "almanac/hash.h"

namespace almanac {
namespace {

nlohmann::ordered_json optional_string(const std::optional<std::string>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json optional_date(const std::optional<Date>& value) {
  return value ? nlohmann::ordered_json(value->iso()) : nlohmann::ordered_json(nullptr);
}

const nlohmann::json& field(const nlohmann::json& json, const char* name) {
  auto it = json.find(name);
  if (it == json.end()) throw Error(std::string("event JSON: field '") + name + "' is missing");
  return *it;
}

std::string string_field(const nlohmann::json& json, const char* name) {
  const auto& value = field(json, name);
  if (!value.is_string()) throw Error(std::string("event JSON: field '") + name + "' is not a string");
  return value.get<std::string>();
}

std::optional<std::string> optional_string_field(const nlohmann::json& json, const char* name) {
  const auto& value = field(json, name);
  if (value.is_null()) return std::nullopt;
  if (!value.is_string()) throw Error(std::string("event JSON: field '") + name + "' is not a string or null");
  return value.get<std::string>();
}

std::optional<Date> optional_date_field(const nlohmann::json& json, const char* name) {
  auto text = optional_string_field(json, name);
  if (!text) return std::nullopt;
  auto date = Date::from_iso(*text);
  if (!date) throw Error(std::string("event JSON: field '") + name + "' is not a YYYY-MM-DD date: " + *text);
  return date;
}

}  // namespace

nlohmann::ordered_json to_json(const Event& event) {
  nlohmann::ordered_json ordered;
  ordered["id"] = event.id;
  ordered["bulletin"] = event.bulletin;
  ordered["lang"] = event.lang;
  ordered["title"] = event.title;
  ordered["subtitle"] = optional_string(event.subtitle);
  ordered["start"] = optional_date(event.start);
  ordered["end"] = optional_date(event.end);
  ordered["location"] = optional_string(event.location);
  ordered["city"] = optional_string(event.city);
  ordered["country"] = optional_string(event.country);
  ordered["url"] = optional_string(event.url);
  ordered["description"] = event.description;
  return ordered;
}

Event event_from_json(const nlohmann::json& json) {
  if (!json.is_object()) throw Error("event JSON: not an object");
  Event event;
  event.id = string_field(json, "id");
  event.bulletin = string_field(json, "bulletin");
  event.lang = string_field(json, "lang");
  event.title = string_field(json, "title");
  event.subtitle = optional_string_field(json, "subtitle");
  event.start = optional_date_field(json, "start");
  event.end = optional_date_field(json, "end");
  event.location = optional_string_field(json, "location");
  event.city = optional_string_field(json, "city");
  event.country = optional_string_field(json, "country");
  event.url = optional_string_field(json, "url");
  event.description = string_field(json, "description");
  return event;
}

std::string make_event_id(const std::string& bulletin, const std::string& title,
                          const std::optional<Date>& start) {
  std::string key = bulletin;
  key += '\x1f';
  key += title;
  key += '\x1f';
  if (start) key += start->iso();
  return hex64(fnv1a64(key));
}

}  // namespace almanac
