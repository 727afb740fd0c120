#include "fields/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace almanac::index {
namespace {

// CLD2 needs a few words to be reliable; below this it guesses.
constexpr std::size_t kMinDetectBytes = 24;

}  // namespace

std::string primary_language(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return {};
    out += c;
  }
  if (out.size() < 2 || out.size() > 3) return {};
  return out;
}

std::optional<std::string> detect_language(std::string_view text, bool is_markup, std::string_view hint) {
  if (text.size() < kMinDetectBytes) return std::nullopt;
  const std::string hint_tag(hint);
  const CLD2::CLDHints hints{hint_tag.empty() ? nullptr : hint_tag.c_str(), nullptr, CLD2::UNKNOWN_ENCODING,
                             CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language top3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool is_reliable = false;
  const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/!is_markup, &hints, /*flags=*/0, top3,
      percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &is_reliable);
  if (!is_reliable || language == CLD2::UNKNOWN_LANGUAGE) return std::nullopt;
  std::string code = primary_language(CLD2::LanguageCode(language));
  if (code.empty()) return std::nullopt;
  return code;
}

}  // namespace almanac::index
