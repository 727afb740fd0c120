// Fuzz target: the date-expression finder (indexer/fields/dates.h) on any text. The first
// byte chooses the context (an issue date or none, day-first or month-first numbers); the
// rest is the text. Every match must lie inside the text, in order and not overlapping,
// with a range that runs forward; a crash or a sanitizer report is a finding too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "almanac/date.h"
#include "fields/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  almanac::index::DateContext context;
  if (data[0] & 1) context.issue_date = almanac::Date{2019, 5, 14};
  context.month_first = (data[0] & 2) != 0;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::size_t previous_end = 0;
  for (const almanac::index::DateMatch& match : almanac::index::date_finder().find_all(text, context)) {
    if (match.begin < previous_end || match.end < match.begin || match.end > text.size()) std::abort();
    if (match.range.end < match.range.start) std::abort();
    previous_end = match.end;
  }
  (void)almanac::parse_date_bound(text);
  return 0;
}
