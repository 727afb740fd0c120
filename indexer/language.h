// The language of an event: the declared lang / xml:lang of its markup, else CLD2's
// detection on its text when CLD2 is sure, else the caller's fallback, else "und".
// Codes are ISO 639-1 primary subtags in lowercase ("en-US" → "en", "zh-Hant" → "zh").
// Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace almanac::index {

// "en-US" → "en", "FR" → "fr", "zh_Hans" → "zh"; "" for an empty or malformed tag.
std::string primary_language(std::string_view tag);

// CLD2 on UTF-8 plain text; nullopt when the text is too short or CLD2 is not reliable.
std::optional<std::string> detect_language(std::string_view text);

}  // namespace almanac::index
