// Search results as the formats almanac-search prints: JSON (INTERFACE.md), a readable
// terminal listing, CSV (RFC 4180) and iCalendar (RFC 5545).
#pragma once

#include <string>

#include "almanac/searcher.h"

namespace almanac {

// Dates, title, place and snippet per result; ANSI colour when `is_colour`.
std::string format_text(const SearchResponse& response, bool is_colour);
// Header row id,title,start,end,location,city,country,lang,url,bulletin; CRLF line ends.
std::string format_csv(const SearchResponse& response);
// One VEVENT per dated result (all-day dates, DTEND the day after end), lines folded at
// 75 octets, CRLF line ends. Undated results are left out: a VEVENT needs a DTSTART.
std::string format_ics(const SearchResponse& response);

}  // namespace almanac
