// Lays out one event mention as a Xapian document, following schema.h: positional words
// of title, subtitle, description and place, stems in the event's language, title and
// place fields, boolean filters, date values and the collapse key shared by all mentions
// of one real event. Thread-safe: workers build documents, the writer only adds them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "almanac/event.h"

namespace almanac::index {

// Mentions of the same real event share this key: re-announcements and editions in other
// languages give the same dates and the same place (the city by cities.h's identity, so
// "Bruxelles" and "Brussels" are one place). Events without dates, or without
// any place, fall back to their own id (they collapse with nothing).
std::string collapse_key(const Event& event);

Xapian::Document build_document(const Event& event);

struct GazetteerCity;

// The boolean term of a gazetteer city (schema.h's kGeoPrefix + GeoNames id).
std::string geo_term(const GazetteerCity& city);

// For each GeoNames term of the document not yet in `names`, the synonym keys of its
// city's names in every language (schema.h): what the writer adds to the index's synonyms
// when it first meets the city.
void collect_place_names(const Xapian::Document& doc, std::map<std::string, std::vector<std::string>>& names);

// Adds the document's words that a misspelt query may mean (unprefixed, alphabetic, at
// least 3 bytes) to `spellings`, with their frequencies, for Xapian's spelling data.
// (When a bulletin is updated its old words are not taken out again: suggestions only
// ever propose words that some event once held.)
void collect_spellings(const Xapian::Document& doc, std::map<std::string, Xapian::termcount>& spellings);

}  // namespace almanac::index
