// Charset sniffing and conversion to UTF-8 (decode.h). The order of the evidence follows
// the WHATWG encoding sniffing algorithm: BOM, then what the document says of itself (XML
// declaration, <meta>), then the bytes (valid UTF-8, else ICU's statistical detector).
#include "read/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>

#include "read/charset_declaration.h"

namespace almanac::index {
namespace {

constexpr std::size_t kDetectSample = 65536;   // bytes the statistical detector sees
constexpr std::size_t kChunkUnits = 16384;     // UTF-16 units converted per step
constexpr int32_t kWeakConfidence = 30;        // detector confidence (0-100) below which a
                                               // Latin single-byte guess becomes windows-1252

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

// Applies the WHATWG label mapping where it differs from ICU's: the Latin-1 and ASCII labels
// mean windows-1252, latin5 means windows-1254, the GB2312/GBK family is read as GB18030
// (a superset), TIS-620 means windows-874. Other labels are handed to ICU as written.
std::string whatwg_label(std::string_view declared) {
  const std::string label = lower_trimmed(declared);
  static constexpr std::string_view kLatin1[] = {
      "iso-8859-1", "iso8859-1",   "iso_8859-1", "iso88591", "iso_8859-1:1987", "latin1",
      "l1",         "cp819",       "ibm819",     "x-cp1252", "cp1252",          "csisolatin1",
      "us-ascii",   "ascii",       "us",         "csascii",  "ansi_x3.4-1968",  "iso-ir-100"};
  for (std::string_view l : kLatin1) {
    if (label == l) return "windows-1252";
  }
  if (label == "iso-8859-9" || label == "iso8859-9" || label == "latin5" || label == "l5") {
    return "windows-1254";
  }
  if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "chinese" ||
      label == "csgb2312" || label == "gb_2312-80" || label == "iso-ir-58" ||
      label == "gb18030") {
    return "GB18030";
  }
  if (label == "tis-620" || label == "iso-8859-11") return "windows-874";
  return label;
}

// Writes U+FFFD for every byte sequence the converter cannot map, whatever the converter's
// own substitution character (single-byte converters would write U+001A).
void U_CALLCONV substitute_replacement(const void* /*context*/, UConverterToUnicodeArgs* args,
                                       const char* /*code_units*/, int32_t /*length*/,
                                       UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;
  static const UChar kReplacement = 0xFFFD;
  *error = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, error);
}

// Opens an ICU converter for `name`, or returns null if ICU does not know it.
ConverterPtr open_converter(const std::string& name) {
  if (name.empty()) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status) || !converter) return nullptr;
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter.get(), substitute_replacement, nullptr, nullptr, nullptr,
                      &status);
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

// True if the converter reads the ASCII bytes of markup as ASCII. A declaration read from
// ASCII bytes that names UTF-16, UTF-32 or an EBCDIC charset contradicts itself.
bool reads_ascii_as_ascii(UConverter* converter) {
  static constexpr std::string_view kProbe = "<?xml encoding=\"x\"?><meta charset=x>az AZ 09";
  std::array<UChar, kProbe.size() * 2> units{};
  UErrorCode status = U_ZERO_ERROR;
  ucnv_resetToUnicode(converter);
  const int32_t n = ucnv_toUChars(converter, units.data(), static_cast<int32_t>(units.size()),
                                  kProbe.data(), static_cast<int32_t>(kProbe.size()), &status);
  ucnv_resetToUnicode(converter);
  if (U_FAILURE(status) || n != static_cast<int32_t>(kProbe.size())) return false;
  for (std::size_t i = 0; i < kProbe.size(); ++i) {
    if (units[i] != static_cast<UChar>(kProbe[i])) return false;
  }
  return true;
}

// The charset's preferred public name: MIME, else IANA, else Windows, else ICU's own.
std::string public_name(UConverter* converter) {
  UErrorCode status = U_ZERO_ERROR;
  const char* name = ucnv_getName(converter, &status);
  if (U_FAILURE(status) || name == nullptr) return "unknown";
  for (const char* standard : {"MIME", "IANA", "WINDOWS"}) {
    status = U_ZERO_ERROR;
    const char* public_name = ucnv_getStandardName(name, standard, &status);
    if (U_SUCCESS(status) && public_name != nullptr) return public_name;
  }
  return name;
}

void append_utf8(std::string& out, const UChar* units, int32_t count) {
  if (count <= 0) return;
  const std::size_t old_size = out.size();
  out.resize(old_size + static_cast<std::size_t>(count) * 3);
  int32_t written = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data() + old_size, count * 3, &written, units, count, 0xFFFD, nullptr,
                     &status);
  out.resize(old_size + (U_SUCCESS(status) ? static_cast<std::size_t>(written) : 0));
}

// Converts all of `bytes` to UTF-8 in bounded steps (no full UTF-16 copy), then drops a
// leading U+FEFF.
std::string convert_to_utf8(UConverter* converter, std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  std::array<UChar, kChunkUnits> units{};
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  std::size_t carried = 0;  // a lead surrogate held back from the previous step
  ucnv_resetToUnicode(converter);
  while (true) {
    UChar* target = units.data() + carried;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, units.data() + units.size(), &source, source_end,
                   nullptr, /*flush=*/true, &status);
    const bool more = status == U_BUFFER_OVERFLOW_ERROR;
    auto count = static_cast<int32_t>(target - units.data());
    carried = 0;
    if (more && count > 0 && U16_IS_LEAD(units[static_cast<std::size_t>(count - 1)])) {
      carried = 1;
      --count;
    }
    append_utf8(out, units.data(), count);
    if (carried != 0) units[0] = units[static_cast<std::size_t>(count)];
    if (!more) {
      if (U_FAILURE(status)) out += "\xEF\xBF\xBD";  // conversion stopped early
      break;
    }
  }
  if (out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.erase(0, 3);
  return out;
}

struct Bom {
  const char* charset;
  std::size_t length;
};

std::optional<Bom> byte_order_mark(std::string_view b) {
  auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
  using namespace std::string_view_literals;
  if (starts("\xEF\xBB\xBF"sv)) return Bom{"UTF-8", 3};
  if (starts("\xFF\xFE\x00\x00"sv)) return Bom{"UTF-32LE", 4};
  if (starts("\x00\x00\xFE\xFF"sv)) return Bom{"UTF-32BE", 4};
  if (starts("\xFF\xFE"sv)) return Bom{"UTF-16LE", 2};
  if (starts("\xFE\xFF"sv)) return Bom{"UTF-16BE", 2};
  return std::nullopt;
}

// Strict UTF-8 validation: no overlong forms, surrogates or code points past U+10FFFF.
bool is_valid_utf8(std::string_view b) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  const auto* const end = p + b.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF;  // bounds of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (static_cast<std::size_t>(end - p) < length) return false;
    if (p[1] < low || p[1] > high) return false;
    for (std::size_t i = 2; i < length; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
    }
    p += length;
  }
  return true;
}

bool has_c1_bytes(std::string_view b) {
  for (char c : b) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 && u <= 0x9F) return true;
  }
  return false;
}

// Maps what ICU's detector reports to the charset to decode with: ISO-8859-1 and -9 are read
// as their Windows supersets (as browsers do), and ISO-8859-2/7/8 too when C1 bytes occur.
std::string from_detector(std::string_view name, bool c1) {
  if (name == "ISO-8859-1") return "windows-1252";
  if (name == "ISO-8859-9") return "windows-1254";
  if (c1 && name == "ISO-8859-2") return "windows-1250";
  if (c1 && name == "ISO-8859-7") return "windows-1253";
  if (c1 && name == "ISO-8859-8") return "windows-1255";
  return std::string(name);
}

bool is_latin_single_byte(std::string_view name) {
  return name.substr(0, 10) == "ISO-8859-1" || name == "ISO-8859-2" || name == "ISO-8859-9" ||
         name == "windows-1250" || name == "windows-1252" || name == "windows-1254";
}

// ICU's statistical guess over a sample of the bytes; windows-1252 when it has none, or when
// it only weakly prefers another Latin charset (short texts: "caf\xE9" reads as Czech).
// EBCDIC guesses (IBM420/IBM424) are skipped: markup in EBCDIC is not a bulletin we meet.
std::string detect_charset(std::string_view b) {
  const std::string_view sample = b.substr(0, kDetectSample);
  const bool c1 = has_c1_bytes(sample);
  UErrorCode status = U_ZERO_ERROR;
  DetectorPtr detector(ucsdet_open(&status));
  if (U_FAILURE(status) || !detector) return "windows-1252";
  ucsdet_enableInputFilter(detector.get(), true);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
  if (U_FAILURE(status) || matches == nullptr) return "windows-1252";
  for (int32_t i = 0; i < found; ++i) {
    UErrorCode name_status = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &name_status);
    if (U_FAILURE(name_status) || name == nullptr) continue;
    const std::string_view view(name);
    if (view.substr(0, 5) == "IBM42") continue;
    UErrorCode confidence_status = U_ZERO_ERROR;
    const int32_t confidence = ucsdet_getConfidence(matches[i], &confidence_status);
    if (is_latin_single_byte(view) && confidence < kWeakConfidence) return "windows-1252";
    return from_detector(view, c1);
  }
  return "windows-1252";
}

DecodedText decode_with(UConverter* converter, std::string_view bytes, const char* source) {
  DecodedText decoded;
  if (ucnv_getType(converter) == UCNV_UTF8 && is_valid_utf8(bytes)) {  // nothing to convert
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    decoded.utf8.assign(bytes);
  } else {
    decoded.utf8 = convert_to_utf8(converter, bytes);
  }
  decoded.charset = public_name(converter);
  decoded.source = source;
  return decoded;
}

// Tries a charset named by the document itself; null if ICU does not know it or it cannot
// be the charset of bytes in which the declaration was readable as ASCII.
ConverterPtr declared_converter(std::string_view label) {
  ConverterPtr converter = open_converter(whatwg_label(label));
  if (converter && !reads_ascii_as_ascii(converter.get())) return nullptr;
  return converter;
}

}  // namespace

DecodedText decode_bulletin(std::string_view bytes) {
  if (bytes.empty()) return DecodedText{"", "UTF-8", "utf-8"};

  if (const std::optional<Bom> bom = byte_order_mark(bytes)) {
    if (ConverterPtr converter = open_converter(bom->charset)) {
      return decode_with(converter.get(), bytes.substr(bom->length), "bom");
    }
  }
  if (const char* wide = wide_xml_declaration(bytes)) {
    if (ConverterPtr converter = open_converter(wide)) {
      return decode_with(converter.get(), bytes, "xml");
    }
  }
  if (const std::optional<std::string> label = xml_declared_encoding(bytes)) {
    if (ConverterPtr converter = declared_converter(*label)) {
      return decode_with(converter.get(), bytes, "xml");
    }
  }
  if (const std::optional<std::string> label = meta_declared_charset(bytes)) {
    if (ConverterPtr converter = declared_converter(*label)) {
      return decode_with(converter.get(), bytes, "meta");
    }
  }
  if (is_valid_utf8(bytes)) return DecodedText{std::string(bytes), "UTF-8", "utf-8"};

  ConverterPtr converter = open_converter(detect_charset(bytes));
  if (!converter) converter = open_converter("windows-1252");
  if (!converter) {
    // ICU without its data: keep the ASCII bytes, replace the rest.
    DecodedText decoded{"", "US-ASCII", "detected"};
    for (char c : bytes) {
      if (static_cast<unsigned char>(c) < 0x80) {
        decoded.utf8 += c;
      } else {
        decoded.utf8 += "\xEF\xBF\xBD";
      }
    }
    return decoded;
  }
  return decode_with(converter.get(), bytes, "detected");
}

}  // namespace almanac::index
