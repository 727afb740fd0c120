// Reads an event's place from its date line or its own sentence: "Brussels, Belgium",
// "Bruxelles (Belgique)", "Ciudad de México, México", "in Wien", "Москва, Россия",
// "中国北京", "at WCO Headquarters, Brussels, Belgium", "Sandton, South Africa".
// The country becomes an ISO 3166 alpha-2 code through almanac::country_code (ICU display
// names in every language); a well-known city given without its country gets one from a
// small table of unambiguous cities (see docs/places.md for the rule). Online events
// ("Online", "Virtual", "En ligne", "Webinar", ...) get location "Online", no city and no
// country. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "almanac/event.h"

namespace almanac::index {

struct Place {
  std::string location;               // as printed (trimmed), or "Online"
  std::optional<std::string> city;
  std::optional<std::string> country;  // ISO 3166 alpha-2
  bool is_online = false;
};

// Reads a place from a short piece of text, typically what is left of a date line once
// the date expression is cut out ("Brussels, Belgium", "à Paris (France)"). `lang` is the
// bulletin's language, a hint only. nullopt when the text names no recognisable place.
std::optional<Place> read_place(std::string_view text, std::string_view lang = "");

// Settles namesakes by the country a bulletin is about: when most of its events that
// have a country (at least two) are in one country, a city printed without a country
// that the gazetteer also knows in that country is taken there ("Córdoba" among events
// in Madrid and Sevilla is Spain's, not Argentina's), unless the other namesake is ten
// times as large ("Paris" in a bulletin of events in Texas stays in France). A country,
// state or province printed with the city is never overridden.
void settle_namesakes(std::vector<Event>& events);

// Gives an event without a city (or with a "city" the gazetteer does not know, read from
// a venue) the city that its place or its title names within other words: a city of the gazetteer printed inside a venue ("Museo Municipal de Guayaquil",
// "Lille Grand Palais (France)"), else in the event's name ("DevFest Lille", "Data Beers
// Madrid", "Perl入学式 in東京", "Gopher北京meetup"). A name in a title must be
// capitalised where its script has case, and never printed in lower case anywhere in
// `page_text` (the bulletin's text), which tells a common word ("Reading group", "Mobile
// meetup") from a city. Online events get none.
//
// An event printed without any place whose description names one city after a
// preposition ("in Lausanne", "à Paris", "в Самаре") is there. (A bulletin's own name,
// "Python Vigo", is not read as its events' city: a reader does not count it as printed.)
void find_cities_in_names(std::vector<Event>& events, std::string_view page_text);

}  // namespace almanac::index
