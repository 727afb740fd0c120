// Charset declarations in markup, read from the raw bytes before decoding: an XML
// declaration's encoding (also in UTF-16 or UTF-32 without a BOM) and the WHATWG <meta>
// prescan. Internal to the indexer (decode.cc).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace almanac::index {

inline constexpr std::size_t kXmlDeclWindow = 1024;  // where an XML declaration must end
inline constexpr std::size_t kMetaWindow = 4096;     // where a <meta> charset is looked for

// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" if the bytes start with "<?xml" (or "<?")
// in that encoding without a byte-order mark (XML 1.0 appendix F), else null.
const char* wide_xml_declaration(std::string_view bytes);

// The encoding="..." of an XML declaration at the start of ASCII-compatible bytes (after at
// most a little whitespace), as written.
std::optional<std::string> xml_declared_encoding(std::string_view bytes);

// The charset of the first <meta charset> or <meta http-equiv="Content-Type"
// content="...; charset=..."> in the first kMetaWindow bytes, as written; comments and the
// attributes of other tags are skipped (the WHATWG prescan).
std::optional<std::string> meta_declared_charset(std::string_view bytes);

// A charset label or attribute value without surrounding white space and quotes, in ASCII
// lowercase: ' "UTF-8" ' → "utf-8".
std::string lower_trimmed(std::string_view label);

}  // namespace almanac::index
