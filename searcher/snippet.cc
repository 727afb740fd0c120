#include "snippet.h"

#include "almanac/analyzer.h"

#include <algorithm>

namespace almanac::search {

namespace {

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

std::string make_snippet(const std::string& text, const std::string& lang, const Highlight& highlight,
                         std::size_t max_words) {
  const Analyzer& a = analyzer();
  std::vector<Token> words;
  std::vector<bool> is_match;
  for (Token& t : a.tokenize(text)) {
    if (t.is_joined) {
      // The joined form of a compound marks its parts: "misinvoicing" marks "mis-invoicing".
      bool hit = highlight.terms.count(t.term) || highlight.stems.count(a.stem(t, lang));
      if (hit) {
        words.push_back(std::move(t));
        is_match.push_back(true);
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
  }
  if (words.empty()) return escape_markup(text);

  // The window of max_words words, opening a few words before a match, that holds the
  // most distinct matched words; the earliest wins ties. No match: the opening words.
  constexpr std::size_t kLeadingWords = 3;
  std::size_t best_start = 0, best_score = 0;
  for (std::size_t m = 0; m < words.size(); ++m) {
    if (!is_match[m]) continue;
    std::size_t start = m >= kLeadingWords ? m - kLeadingWords : 0;
    std::set<std::string> seen;
    for (std::size_t i = m; i < words.size() && i < start + max_words; ++i)
      if (is_match[i]) seen.insert(words[i].term);
    if (seen.size() > best_score) {
      best_score = seen.size();
      best_start = start;
    }
  }
  std::size_t last = std::min(words.size(), best_start + max_words) - 1;

  std::size_t from = best_start == 0 ? 0 : words[best_start].begin;
  std::size_t to = last + 1 == words.size() ? text.size() : words[last].end;
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
