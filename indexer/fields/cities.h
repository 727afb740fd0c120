// Well-known cities whose name alone tells their country, for places printed without a
// country ("in Wien", "Genève", "北京"). Only world-famous cities whose names, in the
// languages the table lists, point to one country: "Santiago", "San José", "Valencia",
// "Córdoba", "Cambridge", "Alexandria", "La Paz" are left out on purpose. See
// docs/places.md for the rule and the list.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "almanac/country.h"

namespace almanac::index {

// Place names are compared by their lookup key (almanac::place_key, country.h).
using almanac::place_key;

// The ISO 3166 alpha-2 code of the country of a well-known city, by any of its names in
// the table ("Bruxelles" → "BE", "東京" → "JP", "Москве" → "RU"); a trailing 市 (city) in
// Chinese or Japanese is ignored. nullopt for any other text. Thread-safe.
std::optional<std::string> city_country(std::string_view name);

// One name per city whatever the language it is written in: the table's first name of a
// well-known city ("Bruxelles", "Брюссель" → "brussels"), else the place key of the name.
// Mentions of one event in bulletins of two languages share it.
std::string city_identity(std::string_view name);

}  // namespace almanac::index
