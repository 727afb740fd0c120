// The world's cities, from GeoNames as Debian ships it (libgeonames0: the 24,000 cities of
// 15,000 people or more, with country, state and population; libgeonames-common: their
// names in about 190 languages, keyed by GeoNames id). Loaded once per process into a
// sorted table of place keys (almanac::place_key) → cities. See docs/places.md.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace almanac::index {

struct GazetteerCity {
  std::uint32_t geonames_id = 0;
  std::uint32_t population = 0;
  std::string name;     // GeoNames' name ("Munich", "Cologne")
  std::string state;    // first-level subdivision ("Bavaria")
  std::string country;  // ISO 3166 alpha-2
  std::string language; // the country's main language (country_language)
};

struct GazetteerStats {
  std::size_t cities = 0;
  std::size_t names = 0;      // distinct (key, city) pairs
  std::size_t catalogs = 0;   // language catalogs read
  std::size_t bytes = 0;      // memory held by the table
  double load_seconds = 0;
};

// A Russian locative ending and the nominative ending it replaces ("е" → "а": Самаре → Самара).
using LocativeEnding = std::pair<std::string_view, std::string_view>;

class Gazetteer {
 public:
  // The process's gazetteer, loaded on first use (thread-safe). Empty when libgeonames'
  // data cannot be read; lookups then find nothing.
  static const Gazetteer& instance();

  // The cities whose name in some language has the place key of `name` ("München",
  // "Munich", "Мюнхен", "慕尼黑" → Munich). A Chinese or Japanese name is also looked up
  // with and without its marker (市, 都, 県, 府, 省), a Russian one in the nominative
  // of the locative it is printed in after "в" ("Новосибирске" → "Новосибирск").
  std::vector<const GazetteerCity*> find(std::string_view name) const;

  // The most likely city of that name: the most populous of `country` when given; else
  // the most populous, a city of a country that speaks `lang` counting ten times its
  // population and a town under 100,000 people of a country that does not speak it not
  // counting at all ("Este" in Spanish is no Italian town); nullptr when none is found,
  // or when two countries' cities are within a factor three of each other (the name
  // alone does not tell the country).
  const GazetteerCity* resolve(std::string_view name, std::string_view lang = "",
                               std::string_view country = "") const;

  // A Russian city printed in the locative, in the nominative when the gazetteer knows
  // it so ("Новосибирске" → "Новосибирск", "Черновцах" → "Черновцы"); else as printed.
  std::string nominative(std::string_view printed) const;

  // The city of a GeoNames id, or nullptr.
  const GazetteerCity* by_id(std::uint32_t geonames_id) const;

  // Every key the city is known by (its names in the catalogs read, folded by place_key),
  // and for a Chinese or Japanese name ending in a marker the name without it ("東京都" →
  // "東京"): what a search for the city in any language may type.
  std::vector<std::string_view> keys_of(const GazetteerCity& city) const;

  const GazetteerStats& stats() const { return stats_; }

 private:
  Gazetteer();
  struct Entry {
    std::uint32_t key_offset;
    std::uint32_t key_length;
    std::uint32_t city;
  };
  std::span<const Entry> entries_of(std::string_view key) const;
  // The endings, word by word (null: the word unchanged), that turn a Russian name printed
  // in the locative into a nominative the gazetteer knows ("Нижнем Новгороде" → "ий",
  // "е" → Нижний Новгород); nullopt when none does.
  std::optional<std::vector<const LocativeEnding*>> known_locative(std::string_view name) const;
  std::string_view key_of(const Entry& entry) const;

  std::vector<GazetteerCity> cities_;
  std::string keys_;
  std::vector<Entry> entries_;
  // entries_ by city: the entries of cities_[c] are by_city_[city_first_[c]] up to
  // by_city_[city_first_[c + 1]].
  std::vector<std::uint32_t> by_city_;
  std::vector<std::uint32_t> city_first_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ids_;  // (GeoNames id, city), sorted
  GazetteerStats stats_;
};

// The main language of a country, from ICU's likely subtags ("DE" → "de", "MX" → "es").
std::string country_language(std::string_view country);

}  // namespace almanac::index
