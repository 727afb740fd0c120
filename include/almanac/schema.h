// The single description of the index layout, used by the indexer and the searcher alike.
// Nothing else in the code spells a prefix, a value slot or a metadata key.
//
// One Xapian document per event mention:
//   - unprefixed terms with positions: the folded words of title, subtitle, description
//     and location (Analyzer::tokenize);
//   - kStemPrefix + stem, in the event's language, for each word (no positions); the
//     word itself where no stemmer applies (no stemmer for the language, digits); for a
//     word with accents, the stem of its unaccented form too;
//   - kTitlePrefix + term with positions for title and subtitle (field search, ranking);
//   - kPlacePrefix + term for the words of location, city and country names;
//   - boolean filter terms: country, language, city, bulletin, every year spanned, id;
//     kGeoPrefix + GeoNames id of the city when the gazetteer knows it (schema 4);
//   - values: start and end as YYYYMMDD, the collapse key of the event, country,
//     language, the city's facet name (schema 4);
//   - synonyms (schema 4): kGeoPrefix + the place key of each name of a city the index
//     holds, in every language the gazetteer reads → that city's kGeoPrefix + id term, so
//     that `place:Мюнхен` finds events printed "München" without the searcher loading the
//     gazetteer;
//   - data: the mention's event, event_to_data (event.h): MessagePack since schema 2,
//     compressed since schema 3.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace almanac::schema {

inline constexpr std::string_view kStemPrefix = "Z";
inline constexpr std::string_view kTitlePrefix = "S";
inline constexpr std::string_view kPlacePrefix = "P";
inline constexpr std::string_view kCountryPrefix = "XC";   // boolean: ISO 3166 code
inline constexpr std::string_view kLangPrefix = "XL";      // boolean: ISO 639 code or "und"
inline constexpr std::string_view kCityPrefix = "XT";      // boolean: folded city name
inline constexpr std::string_view kGeoPrefix = "XG";       // boolean: GeoNames id; synonym keys
inline constexpr std::string_view kYearPrefix = "XY";      // boolean: each year spanned
inline constexpr std::string_view kBulletinPrefix = "XB";  // boolean: bulletin key
inline constexpr std::string_view kIdPrefix = "Q";         // unique: event mention id
inline constexpr std::string_view kCollapsePrefix = "XK";  // boolean: the collapse key
inline constexpr std::string_view kDatedTerm = "XDATED";   // boolean: has start and end

inline constexpr Xapian::valueno kStartSlot = 0;     // YYYYMMDD, sortable
inline constexpr Xapian::valueno kEndSlot = 1;       // YYYYMMDD, sortable
inline constexpr Xapian::valueno kCollapseSlot = 2;  // one value per real event
inline constexpr Xapian::valueno kCountrySlot = 3;   // ISO code, for facets
inline constexpr Xapian::valueno kLangSlot = 4;      // language code, for facets
// Slots 5 and 6 (bulletin path, digest of the data) were written by schema 2 only.
// The city as facets count it: the gazetteer's name of the city ("Munich" for "München"
// and "Мюнхен"), else the city as printed.
inline constexpr Xapian::valueno kCitySlot = 7;

// Within-document frequency boost of title and subtitle words over description words.
inline constexpr Xapian::termcount kTitleWeight = 3;

// Metadata: per bulletin, what sync last saw of it (JSON: path, size, mtime, hash,
// events, failed); and the time of the last completed sync.
inline constexpr std::string_view kBulletinMetaPrefix = "bulletin:";
inline constexpr std::string_view kLastSyncKey = "almanac:last-sync";
// "EVENTS MENTIONS" when the last sync or remove ended: distinct events (collapse keys)
// and mentions, in decimal. While the index still has that many mentions, the searcher
// scales its estimated totals by them without a scan of the keys per revision.
inline constexpr std::string_view kDistinctEventsKey = "almanac:distinct-events";
inline constexpr std::string_view kSchemaVersionKey = "almanac:schema";
// Schema 2: every word has a kStemPrefix term (schema 1 gave none to words no stemmer
// changes in languages without a stemmer); data is MessagePack instead of JSON text.
// Schema 3: no bulletin-path and data-digest values (slots 5 and 6), which the data
// holds; the data is compressed with zstd and a dictionary (event.h). Schema 4: GeoNames
// id terms, place-name synonyms and the city facet value. An index keeps the schema it
// was created with, and an older one is searched as it was written (without place names
// in other languages and city facets).
inline constexpr std::string_view kSchemaStemsForEveryWord = "2";
inline constexpr std::string_view kSchemaVersion = "4";

// The index the programs use when given no --db: $ALMANAC_DB if set, else ./almanac.db.
std::string default_index_path();

// Xapian terms are at most 245 bytes; longer keys are replaced by a hash.
std::string bulletin_key(std::string_view bulletin_path);
std::string bulletin_term(std::string_view bulletin_path);
std::string bulletin_meta_key(std::string_view bulletin_path);
std::string id_term(std::string_view event_id);
std::string prefixed(std::string_view prefix, std::string_view term);

// The distinct events of an index: its collapse-key terms, counted.
std::size_t count_distinct_events(const Xapian::Database& db);

}  // namespace almanac::schema
