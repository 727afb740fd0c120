// The embeddable searcher: answers keyword and date-range queries over one or more Almanac
// indexes, as almanac-search and its HTTP service do (INTERFACE.md).
//
//   almanac::Searcher searcher({"/srv/almanac.db"});
//   almanac::SearchRequest request;
//   request.query = "customs conference";
//   request.from = "2018";
//   almanac::SearchResponse response = searcher.search(request);
//
// Thread-safe: one Searcher serves concurrent searches from many threads. Each search
// uses the latest committed revision of the index (a sync that commits meanwhile is seen
// by the next search). Errors: QueryError for a bad query or request field (the message
// says what and where), IndexError for a missing or unreadable index (error.h).
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "almanac/event.h"

namespace almanac {

enum class SortOrder { kRelevance, kDate, kDateDescending };

struct SearchRequest {
  std::string query;                // INTERFACE.md query syntax; empty lists everything
  std::optional<std::string> from;  // YYYY, YYYY-MM or YYYY-MM-DD
  std::optional<std::string> to;
  std::string lang;     // only events in this language; also the only stemming language
  std::string country;  // ISO alpha-2 code or a country name in any language
  SortOrder sort = SortOrder::kRelevance;
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool facets = false;
};

struct SearchHit {
  Event event;  // the best-matching mention
  double score = 0;  // relevance in [0, 1] (Xapian's percentage / 100)
  std::size_t mentions = 1;
  std::vector<std::string> bulletins;  // every bulletin announcing the event
  std::string snippet;  // description passage, matched words in <mark>, rest escaped
};

struct Facets {
  std::map<std::string, std::size_t> year;
  std::map<std::string, std::size_t> country;
  std::map<std::string, std::size_t> lang;
  // By city: the gazetteer's name of the city ("Munich" for events printed "München" or
  // "Мюнхен"), else the city as printed; indexes of schema 4 on (schema.h).
  std::map<std::string, std::size_t> city;
};

struct SearchResponse {
  std::string query;
  std::size_t total = 0;  // distinct events; an estimate for large result sets
  std::size_t offset = 0;
  std::size_t limit = 0;
  std::vector<SearchHit> results;
  std::optional<Facets> facets;
  // When nothing matched: the query with each word the index does not hold replaced by
  // an indexed word one edit away ("conferense" → "conference"), if any.
  std::optional<std::string> suggestion;
};

// Parses "relevance", "date", "-date"; throws QueryError otherwise.
SortOrder parse_sort_order(const std::string& text);

class Searcher {
 public:
  // Opens the indexes (searched as one). Throws IndexError when one is missing or
  // cannot be read.
  explicit Searcher(std::vector<std::string> databases);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  SearchResponse search(const SearchRequest& request) const;

  // One event mention by its id, or nullopt.
  std::optional<SearchHit> find_event(const std::string& id) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The JSON of INTERFACE.md.
nlohmann::ordered_json to_json(const SearchResponse& response);
nlohmann::ordered_json to_json(const SearchHit& hit);

}  // namespace almanac
