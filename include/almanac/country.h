// Country names in any language → ISO 3166 alpha-2 codes, built from ICU's locale data
// (the display name of every region in every language ICU has) plus common variants that
// ICU does not list ("USA", "UK", "Russia", "South Korea", "Ivory Coast", ...).
// The indexer reads places with it and the searcher resolves `country:` and --country
// with it, so both sides agree. Lookups ignore case and accents (Analyzer::fold).
// Thread-safe; the table is built once, on first use.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace almanac {

// The ISO code for a country name in any language, or for an ISO alpha-2 / alpha-3 code
// given as is ("BE", "be", "BEL"). nullopt when the text names no country.
std::optional<std::string> country_code(std::string_view name);

// Like country_code, but only for full names (never a bare 2- or 3-letter code), for
// reading running text where "IT" or "US" may be ordinary words.
std::optional<std::string> country_code_from_name(std::string_view name);

// The lookup key of a place or country name: Analyzer::fold, then dots removed,
// apostrophes, hyphens and other punctuation read as spaces, "&" as "and", Arabic alef
// with hamza or madda as bare alef and alef maqsura as yeh, 臺 as its variant 台, "st"/"ste" as
// "saint"/"sainte", spaces collapsed. "Saint-Pétersbourg" and "St. Petersbourg" share one.
std::string place_key(std::string_view name);

// The display name of a country code in a language ("BE", "fr" → "Belgique"); the
// English name when ICU has none in that language; the code itself when unknown.
std::string country_name(std::string_view code, std::string_view lang = "en");

}  // namespace almanac
