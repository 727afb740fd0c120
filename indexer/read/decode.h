// Turns the raw bytes of a bulletin into UTF-8 text. The charset is taken, in order, from
// a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32), an XML declaration's encoding, an HTML
// <meta charset> or <meta http-equiv="Content-Type" content="...; charset=...">, then
// valid UTF-8 is taken as is, and anything else goes to ICU's charset detector
// (Windows-1252, ISO-8859-1/15, KOI8-R, GB18030, Shift_JIS, ...). Invalid byte sequences
// become U+FFFD; never throws on content. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace almanac::index {

struct DecodedText {
  std::string utf8;     // the text, valid UTF-8, without a BOM
  std::string charset;  // the charset used, as ICU names it ("UTF-8", "windows-1252")
  std::string source;   // how it was found: "bom", "xml", "meta", "utf-8", "detected"
};

DecodedText decode_bulletin(std::string_view bytes);

}  // namespace almanac::index
