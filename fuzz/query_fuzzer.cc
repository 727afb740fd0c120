// Fuzz target: the query language (searcher/query.h). Any text either parses into a
// Xapian query, through the shared Analyzer and stemmers of several languages, or is
// refused with a QueryError naming what is wrong; the same for a date:FROM..TO range.
// A crash, a sanitizer report or any other exception is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "almanac/error.h"
#include "query.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const std::vector<std::string> kLanguages = {"en", "fr", "de", "ru", "ar", "zh"};
  try {
    almanac::search::ParsedQuery parsed = almanac::search::parse_query(text, kLanguages);
    (void)parsed.query.get_description();
  } catch (const almanac::QueryError&) {
  }
  try {
    (void)almanac::search::parse_date_range(text);
  } catch (const almanac::QueryError&) {
  }
  return 0;
}
