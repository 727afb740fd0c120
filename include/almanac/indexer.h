// Reading bulletins: what almanac-index extract prints and what sync indexes.
// A bulletin's bytes are decoded (decode.h), parsed into one DOM (document.h), cut into
// text blocks (segment.h) and read into events (dates.h, places.h, language.h);
// docs/extraction.md explains how. Thread-safe: bulletins may be read in parallel.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "almanac/date.h"
#include "almanac/event.h"

namespace almanac {

// The largest bulletin read, in bytes. Parsing takes up to about 70 bytes of memory per
// byte of HTML (Gumbo's tree, then pugixml's), so this bounds one reader's memory to
// about 600 MB; real bulletins are 5 KB to 1 MB. Larger files are reported failed.
inline constexpr std::size_t kMaxBulletinBytes = 8 * 1024 * 1024;

struct ExtractOptions {
  // The language of events whose markup declares none and whose text CLD2 cannot tell.
  std::string fallback_lang;
};

struct ExtractedBulletin {
  std::vector<Event> events;
  std::optional<Date> issue_date;  // from the header, <time>, pubDate, updated, issued
  std::string format;              // "html", "xhtml", "rss", "atom", "almanac-xml", ...
  std::string charset;             // the charset the bytes were read in
};

// Reads the events of a bulletin given as bytes. `path` is recorded in each event as its
// bulletin. Throws almanac::InputError with the reason when the bytes cannot be parsed
// or are larger than kMaxBulletinBytes.
ExtractedBulletin extract_bulletin(std::string_view bytes, const std::string& path,
                                   const ExtractOptions& options = {});

// The bytes of a bulletin file. Throws almanac::InputError("PATH: reason") when it
// cannot be read, is a directory or is larger than kMaxBulletinBytes.
std::string read_bulletin_file(const std::string& path);

// Reads a bulletin file. Throws almanac::InputError("PATH: reason") when it cannot be
// read or parsed.
ExtractedBulletin extract_file(const std::string& path, const ExtractOptions& options = {});

}  // namespace almanac
