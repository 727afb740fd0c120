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

// The ISO 3166 alpha-2 code of the country of a city: a well-known city of the table, by
// any of its names ("Bruxelles" → "BE", "東京" → "JP", "Москве" → "RU"; a trailing 市
// (city) in Chinese or Japanese is ignored), else a city of the gazetteer whose name tells
// its country (Gazetteer::resolve with `lang`, the bulletin's language: "Valladolid" →
// "ES", "Новосибирске" → "RU", "横浜市" → "JP"). nullopt for any other text and for names
// that several countries' cities share alike. Thread-safe.
std::optional<std::string> city_country(std::string_view name, std::string_view lang = "");

// Whether a city of that name lies in `country` (ISO alpha-2): the table's city, else any
// city of the gazetteer in that country ("Córdoba" in "ES" and in "AR", "Durham" in "GB").
bool is_city_in(std::string_view name, std::string_view country, std::string_view lang = "");

struct GazetteerCity;

// The gazetteer's city an event's city is: the one of that name in `country` when the
// event has one (none when that country has no city of the name), else the one the name and the bulletin's language tell
// (Gazetteer::resolve); a well-known city of the table is looked up by its first name.
// nullptr when the gazetteer has no such city or the name leaves the country open.
const GazetteerCity* gazetteer_city(std::string_view name, std::string_view country = "",
                                    std::string_view lang = "");

// One name per city whatever the language it is written in: the GeoNames id of a city of
// the gazetteer ("München", "Munich", "Мюнхен" → "geonames:2867714", by gazetteer_city),
// else the table's first name of a well-known city, else the place key of the name.
// Mentions of one event in bulletins of two languages share it.
std::string city_identity(std::string_view name, std::string_view country = "");

}  // namespace almanac::index
