#include "events/line_text.h"

#include <algorithm>
#include <array>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include "almanac/analyzer.h"
#include "events/segment.h"

namespace almanac::index {

// The number of characters (code points) of UTF-8 text.
std::size_t chars(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Characters that separate the parts of a date line: "6-8 June 2018 | Vienna, Austria",
// and text of symbols only.
bool ends_with_separator(std::string_view text) {
  static constexpr std::array<std::string_view, 19> kSeparators = {
      ":", "|", "·", "—", "–", "-", ",", "(", "/", "•", "：", "，", "،", " ", "►", "»", "[", "<", "【"};
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return true;
  for (std::string_view sep : kSeparators)
    if (text.ends_with(sep)) return true;
  // Symbols alone open a line as a bullet does: "📅 ", "✔ ", "→ ".
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
    if (u_isalnum(u.char32At(i))) return false;
  return true;
}

// Splits a leading "Label:" (at most three words, "When:", "Lieu :", "时间地点：") from a
// line; returns the rest, and the label (folded) through `label`.
std::string_view strip_label(std::string_view text, std::string* label) {
  std::size_t colon = std::string_view::npos;
  std::size_t after = 0;
  for (std::string_view mark : {std::string_view(":"), std::string_view("：")}) {
    std::size_t at = text.find(mark);
    if (at != std::string_view::npos && at < colon) {
      colon = at;
      after = at + mark.size();
    }
  }
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return text;
  std::string_view name = text.substr(0, colon);
  if (std::count(name.begin(), name.end(), ' ') > 3) return text;
  for (char c : name)
    if (c >= '0' && c <= '9') return text;  // "10:30" is a time, not a label
  if (label) {
    *label = analyzer().fold(name);
    while (!label->empty() && label->back() == ' ') label->pop_back();
  }
  std::string_view rest = text.substr(after);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return rest;
}

// Times of day, alone or as a range: "10:00–11:30 Uhr", "11:00 AM – 12:30 PM", "19h30",
// "às 15h", "18:00–22:00".
const std::regex& time_pattern() {
  static const std::regex pattern(
      R"re(\d{1,2}([:.h]\d{2}|\s*(am|pm|a\.m\.|p\.m\.|uhr|h\b))(\s*(am|pm|a\.m\.|p\.m\.|uhr))?)re"
      R"re((\s*[-–—]\s*\d{1,2}([:.h]\d{2}|\s*(am|pm|a\.m\.|p\.m\.|uhr|h\b))(\s*(am|pm|a\.m\.|p\.m\.|uhr))?)?)re",
      std::regex::icase | std::regex::optimize);
  return pattern;
}

// Words that only go with a time or a time zone: what is left of "às 15h" or "10:00 PDT".
bool is_time_word(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "at", "from", "às", "as", "à", "a", "de", "um", "ab", "von", "с", "в", "من", "h",
      "uhr", "utc", "gmt", "cet", "cest", "bst", "pdt", "pst", "edt", "est"};
  std::string folded = analyzer().fold(word);
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

std::vector<std::string> split_at(std::string_view text, std::span<const std::string_view> cuts) {
  std::vector<std::string> parts{std::string(text)};
  for (std::string_view cut : cuts) {
    std::vector<std::string> split;
    for (const std::string& part : parts) {
      std::size_t from = 0;
      for (std::size_t at; (at = part.find(cut, from)) != std::string::npos; from = at + cut.size())
        split.push_back(part.substr(from, at - from));
      split.push_back(part.substr(from));
    }
    parts = std::move(split);
  }
  return parts;
}

// What of a date line's rest can name a place: it is cut at separators ("·", "|", " – "),
// each part loses its label ("Lugar:") and its times of day, and the parts left are
// joined again. "Fecha: · Lugar: Centro Ágora, Bogotá" gives "Centro Ágora, Bogotá".
std::string place_text(std::string_view rest) {
  static constexpr std::array<std::string_view, 8> kCuts = {"·", "|", "•", " – ", " — ", " - ", ";", "／"};
  std::vector<std::string> parts = split_at(rest, kCuts);
  std::string out;
  for (const std::string& part : parts) {
    std::string text(strip_label(normalize_space(part)));
    if (std::regex_search(text, time_pattern())) {
      text = std::regex_replace(text, time_pattern(), " ");
      bool has_place_word = false;
      for (const Token& t : analyzer().tokenize(text))
        has_place_word = has_place_word || (!t.is_joined && !is_time_word(text.substr(t.begin, t.end - t.begin)));
      if (!has_place_word) continue;  // nothing but a time
    }
    text = normalize_space(text);
    while (!text.empty() && (text.front() == ',' || text.front() == ':' || text.front() == '-')) text.erase(0, 1);
    text = normalize_space(text);
    if (text.empty()) continue;
    if (!out.empty()) out += " · ";
    out += text;
  }
  return out;
}

std::size_t letters(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::size_t n = 0;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (!u_isalpha(c)) continue;
    UScriptCode script = static_cast<UScriptCode>(u_getIntPropertyValue(c, UCHAR_SCRIPT));
    n += (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) ? 2 : 1;
  }
  return n;
}

bool is_address(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
}

}  // namespace almanac::index
