#include "store/mention.h"

#include <algorithm>

#include "almanac/analyzer.h"
#include "almanac/country.h"
#include "almanac/hash.h"
#include "almanac/schema.h"
#include "fields/cities.h"
#include "fields/gazetteer.h"

#include <nlohmann/json.hpp>

namespace almanac::index {
namespace {

// A gap between fields, so that a phrase never spans the end of one and the next.
constexpr Xapian::termpos kFieldGap = 100;

// Adds the words of a field; returns the position after its last word.
Xapian::termpos add_field(Xapian::Document& doc, const std::string& text, Xapian::termpos first,
                          const std::string& lang, Xapian::termcount weight,
                          std::string_view field_prefix) {
  const Analyzer& a = analyzer();
  Xapian::termpos next = first;
  for (const Token& token : a.tokenize(text, first)) {
    doc.add_posting(token.term, token.position, weight);
    if (!field_prefix.empty()) doc.add_posting(schema::prefixed(field_prefix, token.term), token.position);
    // Every word has a stem term, the word itself where no stemmer applies (schema.h):
    // queries then match words through stem terms alone. A word with accents also has
    // the stem of its unaccented form, which is what a query typed without them gives
    // ("informacion" is not stemmed as "información" is).
    std::string stem = a.stem(token, lang);
    doc.add_term(schema::prefixed(schema::kStemPrefix, stem.empty() ? token.term : stem), weight);
    if (token.lower != token.term)
      if (std::string plain = a.stem(token.term, lang); !plain.empty() && plain != stem)
        doc.add_term(schema::prefixed(schema::kStemPrefix, plain), weight);
    next = std::max(next, token.position + 1);
  }
  return next;
}

void add_place_words(Xapian::Document& doc, const std::string& text) {
  for (const Token& token : analyzer().tokenize(text))
    doc.add_boolean_term(schema::prefixed(schema::kPlacePrefix, token.term));
}

}  // namespace

std::string geo_term(const GazetteerCity& city) {
  return schema::prefixed(schema::kGeoPrefix, std::to_string(city.geonames_id));
}

void collect_place_names(const Xapian::Document& doc, std::map<std::string, std::vector<std::string>>& names) {
  const Gazetteer& gazetteer = Gazetteer::instance();
  auto it = doc.termlist_begin();
  it.skip_to(std::string(schema::kGeoPrefix));
  for (; it != doc.termlist_end() && (*it).starts_with(schema::kGeoPrefix); ++it) {
    const std::string term = *it;
    if (names.count(term)) continue;
    const std::uint32_t id = static_cast<std::uint32_t>(std::stoul(term.substr(schema::kGeoPrefix.size())));
    std::vector<std::string>& keys = names[term];
    if (const GazetteerCity* city = gazetteer.by_id(id))
      for (std::string_view key : gazetteer.keys_of(*city)) keys.push_back(schema::prefixed(schema::kGeoPrefix, key));
  }
}

std::string collapse_key(const Event& event) {
  std::string place;
  if (event.location && *event.location == "Online") place = "online";
  else if (event.city) place = city_identity(*event.city, event.country.value_or("")) + "|" + event.country.value_or("");
  else if (event.country) place = "|" + *event.country;
  if (!event.start || !event.end || place.empty()) return "id:" + event.id;
  return hex64(fnv1a64(event.start->yyyymmdd() + event.end->yyyymmdd() + "|" + place));
}

Xapian::Document build_document(const Event& event) {
  Xapian::Document doc;
  const std::string& lang = event.lang;
  Xapian::termpos pos = 1;
  pos = add_field(doc, event.title, pos, lang, schema::kTitleWeight, schema::kTitlePrefix) + kFieldGap;
  if (event.subtitle)
    pos = add_field(doc, *event.subtitle, pos, lang, schema::kTitleWeight, schema::kTitlePrefix) + kFieldGap;
  pos = add_field(doc, event.description, pos, lang, 1, "") + kFieldGap;
  if (event.location) {
    pos = add_field(doc, *event.location, pos, lang, 1, "") + kFieldGap;
    add_place_words(doc, *event.location);
  }
  if (event.city) add_place_words(doc, *event.city);
  if (event.country) {
    doc.add_boolean_term(schema::prefixed(schema::kCountryPrefix, *event.country));
    add_place_words(doc, *event.country);
    add_place_words(doc, country_name(*event.country, "en"));
    if (lang != "en" && lang != "und") add_place_words(doc, country_name(*event.country, lang));
  }
  if (event.city) {
    doc.add_boolean_term(schema::prefixed(schema::kCityPrefix, analyzer().fold(*event.city)));
    const GazetteerCity* city = gazetteer_city(*event.city, event.country.value_or(""), lang);
    if (city) doc.add_boolean_term(geo_term(*city));
    doc.add_value(schema::kCitySlot, city ? city->name : *event.city);
  }
  doc.add_boolean_term(schema::prefixed(schema::kLangPrefix, lang));
  doc.add_boolean_term(schema::bulletin_term(event.bulletin));
  doc.add_boolean_term(schema::id_term(event.id));
  if (event.start && event.end) {
    doc.add_boolean_term(std::string(schema::kDatedTerm));
    for (int year = event.start->year; year <= event.end->year; ++year)
      doc.add_boolean_term(schema::prefixed(schema::kYearPrefix, std::to_string(year)));
    doc.add_value(schema::kStartSlot, event.start->yyyymmdd());
    doc.add_value(schema::kEndSlot, event.end->yyyymmdd());
  }
  std::string key = collapse_key(event);
  doc.add_boolean_term(schema::prefixed(schema::kCollapsePrefix, key));
  doc.add_value(schema::kCollapseSlot, key);
  if (event.country) doc.add_value(schema::kCountrySlot, *event.country);
  doc.add_value(schema::kLangSlot, lang);
  // Every term and value above follows from the event's fields, all of which the data
  // holds: equal data, equal document.
  doc.set_data(event_to_data(event));
  return doc;
}

}  // namespace almanac::index

namespace almanac::index {

void collect_spellings(const Xapian::Document& doc, std::map<std::string, Xapian::termcount>& spellings) {
  constexpr std::size_t kMinSpellingBytes = 3;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string& term = *it;
    if (term.size() < kMinSpellingBytes || (term[0] >= 'A' && term[0] <= 'Z')) continue;  // prefixed
    if (std::any_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    spellings[term] += it.get_wdf();
  }
}

}  // namespace almanac::index
