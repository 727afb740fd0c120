// An event as one bulletin announces it (an "event mention"), and its JSON form
// (INTERFACE.md). The indexer produces these, the index stores their JSON as document
// data, and the searcher returns them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "almanac/date.h"

namespace almanac {

struct Event {
  std::string id;        // stable id of this mention: bulletin path + title + start
  std::string bulletin;  // path of the bulletin as given to the indexer
  std::string lang;      // BCP 47 primary language, "und" when unknown
  std::string title;
  std::optional<std::string> subtitle;  // theme or tagline, without quotation marks
  std::optional<Date> start;
  std::optional<Date> end;
  std::optional<std::string> location;  // as printed, or "Online"
  std::optional<std::string> city;
  std::optional<std::string> country;  // ISO 3166 alpha-2
  std::optional<std::string> url;
  std::string description;

  bool operator==(const Event&) const = default;
};

// The JSON object of INTERFACE.md, fields in its order, every field present (null where
// absent).
nlohmann::ordered_json to_json(const Event& event);
// The inverse of to_json; throws almanac::Error naming the field that is missing or wrong.
Event event_from_json(const nlohmann::json& json);

// The event as a Xapian document's data (schema.h): the object of to_json as MessagePack,
// which reads several times faster than JSON text, compressed with zstd and Almanac's
// dictionary (analysis/data-dictionary.zstd).
std::string event_to_data(const Event& event);
// The inverse of event_to_data; also reads the uncompressed MessagePack of schema 2 and
// the JSON text of schema 1 indexes. Throws almanac::Error naming the field that is
// missing or wrong, or the damage.
Event event_from_data(std::string_view data);

// The stable id of a mention: a hex digest of the bulletin path, the title and the start.
std::string make_event_id(const std::string& bulletin, const std::string& title,
                          const std::optional<Date>& start);

}  // namespace almanac
