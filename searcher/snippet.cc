#include "snippet.h"

#include "almanac/analyzer.h"

#include <algorithm>

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace almanac::search {

namespace {

// Words a snippet shows before its first match.
constexpr std::size_t kLeadingWords = 3;

// Snowball stems begin like their words ("conferences" → "confer"), nearly always: a
// word is stemmed only when its first bytes open one of the stems asked for, which
// spares the stemmer most words of a description.
bool may_have_stem(const std::string& term, const Highlight& highlight) {
  constexpr std::size_t kPrefixBytes = 2;
  for (const std::string& stem : highlight.stems) {
    std::size_t n = std::min({kPrefixBytes, stem.size(), term.size()});
    if (term.compare(0, n, stem, 0, n) == 0) return true;
  }
  return false;
}

// Where `term` (folded) first appears in `text` as written, ASCII letters compared
// without case; npos if nowhere.
std::size_t find_as_written(const std::string& text, const std::string& term) {
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  auto it = std::search(text.begin(), text.end(), term.begin(), term.end(),
                        [&](char a, char b) { return lower(a) == b; });
  return it == text.end() ? std::string::npos : static_cast<std::size_t>(it - text.begin());
}

// The part of a long text worth segmenting: around the first place where a word or a
// stem the query asked for appears as the text writes it (Chinese words always do;
// Latin and Cyrillic words and stems unless accents or capitals differ). Segmenting a
// whole long description is most of the cost of a hit — ICU's dictionary segmentation
// of Chinese runs at a few MB/s — and the snippet shows about max_words words of it
// anyway. The whole text when nothing is found so.
std::pair<std::size_t, std::size_t> region_to_segment(const std::string& text, const Highlight& highlight,
                                                      std::size_t max_words) {
  constexpr std::size_t kShortText = 200;    // bytes: segmented whole
  constexpr std::size_t kSeekSpace = 40;     // bytes searched for a space to cut at
  if (text.size() <= kShortText) return {0, text.size()};
  std::size_t first = std::string::npos;
  constexpr std::size_t kMinStemBytes = 3;  // shorter stems are found inside too many words
  for (const std::string& term : highlight.terms)
    if (!term.empty()) first = std::min(first, find_as_written(text, term));
  for (const std::string& stem : highlight.stems)
    if (stem.size() >= kMinStemBytes) first = std::min(first, find_as_written(text, stem));
  if (first == std::string::npos) return {0, text.size()};
  // Room for max_words words after the match and a few before it, in characters of the
  // match's script: about 10 a word with its space in alphabets, 2 in Chinese and
  // Japanese, which have no spaces; then in bytes, as UTF-8 spells that script.
  UChar32 c;
  int32_t at = static_cast<int32_t>(first);
  U8_NEXT(text.data(), at, static_cast<int32_t>(text.size()), c);
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = c < 0 ? USCRIPT_INVALID_CODE : uscript_getScript(c, &status);
  bool is_dense = script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
  std::size_t chars_per_word = is_dense ? 2 : 10;
  std::size_t bytes_per_char = c < 0 ? 1 : static_cast<std::size_t>(U8_LENGTH(c));
  std::size_t before = (kLeadingWords + 1) * chars_per_word * bytes_per_char;
  std::size_t after = max_words * chars_per_word * bytes_per_char;
  auto is_continuation = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  std::size_t begin = first > before ? first - before : 0;
  std::size_t end = std::min(text.size(), first + after);
  while (begin > 0 && is_continuation(begin)) --begin;
  while (end < text.size() && is_continuation(end)) ++end;
  // Cut at spaces where the script has them, so that no word is cut in two.
  if (begin > 0)
    if (std::size_t space = text.find(' ', begin); space != std::string::npos && space < begin + kSeekSpace && space < first)
      begin = space + 1;
  if (end < text.size())
    if (std::size_t space = text.rfind(' ', end); space != std::string::npos && space + kSeekSpace > end && space > first)
      end = space;
  return {begin, end};
}

}  // namespace

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

namespace {

// The words of text[begin, end) and whether each is one the query asked for; returns
// whether any is.
bool mark_words(const std::string& text, std::size_t begin, std::size_t end, const std::string& lang,
                const Highlight& highlight, std::vector<Token>& words, std::vector<bool>& is_match) {
  const Analyzer& a = analyzer();
  std::vector<Token> tokens = a.tokenize(std::string_view(text).substr(begin, end - begin));
  words.clear();
  is_match.clear();
  words.reserve(tokens.size());
  is_match.reserve(tokens.size());
  bool has_match = false;
  for (Token& t : tokens) {
    t.begin += begin;
    t.end += begin;
    if (t.is_joined) {
      // The joined form of a compound marks its parts: "misinvoicing" marks "mis-invoicing".
      bool hit = highlight.terms.count(t.term) || highlight.stems.count(a.stem(t, lang));
      if (hit) {
        words.push_back(std::move(t));
        is_match.push_back(true);
        has_match = true;
        // Skip its parts, which lie within it.
      }
      continue;
    }
    if (!words.empty() && is_match.back() && t.end <= words.back().end) continue;
    bool hit = highlight.terms.count(t.term) > 0;
    if (!hit && may_have_stem(t.term, highlight)) {
      std::string stem = a.stem(t, lang);
      hit = !stem.empty() && highlight.stems.count(stem) > 0;
    }
    words.push_back(std::move(t));
    is_match.push_back(hit);
    has_match = has_match || hit;
  }
  return has_match;
}

}  // namespace

std::string make_snippet(const std::string& text, const std::string& lang, const Highlight& highlight,
                         std::size_t max_words) {
  std::vector<Token> words;
  std::vector<bool> is_match;
  auto [region_begin, region_end] = region_to_segment(text, highlight, max_words);
  bool is_partial = region_begin > 0 || region_end < text.size();
  if (!mark_words(text, region_begin, region_end, lang, highlight, words, is_match) && is_partial) {
    // What was found as written was no match (a stem inside another word): all of it.
    region_begin = 0;
    region_end = text.size();
    mark_words(text, region_begin, region_end, lang, highlight, words, is_match);
  }
  if (words.empty()) return escape_markup(text);

  // The window of max_words words, opening a few words before a match, that holds the
  // most distinct matched words; the earliest wins ties. No match: the opening words.
  std::size_t best_start = 0, best_score = 0;
  for (std::size_t m = 0; m < words.size(); ++m) {
    if (!is_match[m]) continue;
    std::size_t start = m >= kLeadingWords ? m - kLeadingWords : 0;
    std::vector<std::string_view> seen;  // distinct matched words: a few at most
    for (std::size_t i = m; i < words.size() && i < start + max_words; ++i)
      if (is_match[i] && std::find(seen.begin(), seen.end(), words[i].term) == seen.end()) seen.push_back(words[i].term);
    if (seen.size() > best_score) {
      best_score = seen.size();
      best_start = start;
    }
  }
  std::size_t last = std::min(words.size(), best_start + max_words) - 1;

  std::size_t from = best_start == 0 ? region_begin : words[best_start].begin;
  std::size_t to = last + 1 == words.size() ? region_end : words[last].end;
  std::string out;
  if (from > 0) out += "… ";
  std::size_t cursor = from;
  for (std::size_t i = best_start; i <= last; ++i) {
    if (!is_match[i]) continue;
    out += escape_markup(std::string_view(text).substr(cursor, words[i].begin - cursor));
    out += "<mark>";
    out += escape_markup(std::string_view(text).substr(words[i].begin, words[i].end - words[i].begin));
    out += "</mark>";
    cursor = words[i].end;
  }
  out += escape_markup(std::string_view(text).substr(cursor, to - cursor));
  if (to < text.size()) out += " …";
  return out;
}

}  // namespace almanac::search
