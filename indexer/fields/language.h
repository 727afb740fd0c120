// Language tags and detection for events (event_language in event_reader.h decides the
// order: declared, the page's, detected). Codes are ISO 639-1 primary subtags in
// lowercase ("en-US" → "en", "zh-Hant" → "zh").
// Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace almanac::index {

// "en-US" → "en", "FR" → "fr", "zh_Hans" → "zh"; "" for an empty or malformed tag.
std::string primary_language(std::string_view tag);

// CLD2 on UTF-8 text (plain, or HTML/XML markup whose tags CLD2 skips); nullopt when the
// text is too short or CLD2 is not reliable. `hint`, a language tag known from the text's
// context (its page's language), makes CLD2 favour that language among close ones.
std::optional<std::string> detect_language(std::string_view text, bool is_markup = false,
                                           std::string_view hint = {});

}  // namespace almanac::index
