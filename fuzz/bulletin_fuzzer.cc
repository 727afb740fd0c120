// Fuzz target: one bulletin's bytes through the whole reading path — decoding (BOM,
// declarations, charset detection), parsing (Gumbo or pugixml, the nesting guard), text
// blocks, event reading with its date, place and language fields — and each event it
// yields through the index document and the JSON round trip that sync and extract use.
// Malformed input may be refused with InputError; anything else (a crash, a sanitizer
// report, another exception, a broken invariant) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "almanac/error.h"
#include "almanac/event.h"
#include "almanac/indexer.h"
#include "store/mention.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  almanac::ExtractedBulletin bulletin;
  try {
    bulletin = almanac::extract_bulletin(bytes, "fuzz/bulletin.html");
  } catch (const almanac::InputError&) {
    return 0;  // refused with a reason: the documented outcome for unreadable bytes
  }
  for (const almanac::Event& event : bulletin.events) {
    if (event.start && event.end && *event.end < *event.start) std::abort();  // a range runs forward
    if (event.title.empty()) std::abort();  // an event always has a title
    // What extract prints is valid JSON (dump throws on invalid UTF-8) and reads back the
    // same; what sync stores reads back the same.
    if (!(almanac::event_from_json(nlohmann::json::parse(almanac::to_json(event).dump())) == event)) std::abort();
    if (!(almanac::event_from_data(almanac::event_to_data(event)) == event)) std::abort();
    (void)almanac::index::build_document(event);
  }
  return 0;
}
