// First-level subdivisions (states, provinces, territories) of the countries whose places
// are commonly printed "City, State": "Austin, Texas", "Toronto, ON", "Cairns, Queensland,
// Australia", "São Paulo, SP", "Остин, Техас", "广东省广州市". The table is
// indexer/fields/subdivisions.tsv (ISO 3166-2 codes, postal abbreviations and names in the
// languages of the archive), embedded in the binary; docs/places.md says how places use
// it. (Regions larger than a country, "Africa", "Asia-Pacific", are places.cc's own.)
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace almanac::index {

// One row of the table.
struct Subdivision {
  std::string code;                        // ISO 3166-2: "US-TX"
  std::string country;                     // ISO 3166 alpha-2: "US"
  std::vector<std::string> abbreviations;  // postal, as printed: "TX"
  std::vector<std::string> names;          // English first, then the other languages
  bool is_city_named = false;              // a city in it bears its name ("Bremen")
};

// The whole table, in its order. Thread-safe.
const std::vector<Subdivision>& subdivision_table();

// What the table knows of a name of a subdivision, by any of its names in the table
// ("Texas", "Техас", "تكساس", "得克萨斯州", "Queensland"); a Chinese or Japanese name is
// also found without its 省, 州, 市 or 自治区 ("广东" = "广东省").
struct SubdivisionName {
  // The countries (ISO 3166 alpha-2) having a subdivision of this name: several when
  // subdivisions of different countries share it ("Distrito Federal"), none for any
  // other text.
  std::vector<std::string> countries;
  // Whether one of them shares its name with a city in it: "Bremen", "Québec", "Tianjin",
  // "Puebla", "New York" (the table's fourth column). Such a name after a venue or a
  // district is the city rather than its state.
  bool is_city_named = false;
};

// The table's entry for a name; an empty one for any other text. Thread-safe.
const SubdivisionName& find_subdivision(std::string_view name);

// The countries having a subdivision of this postal abbreviation ("TX", "ON", "NSW",
// "SP"), which must be printed in capitals, 2 or 3 letters ("tx" is no abbreviation).
// Several when countries share it ("WA": Washington and Western Australia); empty for
// any other text.
std::vector<std::string> postal_subdivision_countries(std::string_view abbreviation);

}  // namespace almanac::index
