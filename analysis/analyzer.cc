#include "almanac/analyzer.h"

#include <memory>
#include <unordered_map>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <xapian.h>

namespace almanac {
namespace {

// Combining marks that are accents on Latin, Greek and Cyrillic letters, and the Arabic
// harakat. Marks of other scripts (Thai vowels, Devanagari matras) carry meaning and stay.
bool is_foldable_mark(UChar32 c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x0610 && c <= 0x061A) ||
         (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
}

constexpr UChar32 kTatweel = 0x0640;
constexpr UChar32 kCombiningBreve = 0x0306;

const icu::Normalizer2& nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  return *n;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFDInstance(status);
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFCInstance(status);
}

// NFKC + full case folding, accents kept.
icu::UnicodeString case_fold(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = nfkc_casefold().normalize(text, status);
  return U_SUCCESS(status) ? out : text;
}

// Removes foldable accents from case-folded text; "й" keeps its breve (it is a letter of
// its own in Russian), "ё" loses its diaeresis as Russian writers do.
icu::UnicodeString strip_accents(const icu::UnicodeString& folded) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfd().normalize(folded, status);
  if (U_FAILURE(status)) return folded;
  icu::UnicodeString kept;
  UChar32 base = 0;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (c == kTatweel) continue;
    if (is_foldable_mark(c)) {
      if (c == kCombiningBreve && (base == 0x0438 || base == 0x0418)) kept.append(c);
      continue;
    }
    base = c;
    kept.append(c);
  }
  icu::UnicodeString out = nfc().normalize(kept, status);
  return U_SUCCESS(status) ? out : kept;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Hashes std::string and std::string_view alike, so that the per-thread caches below are
// looked up by the slice of text at hand without copying it into a key first.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template <typename Value>
using TextMap = std::unordered_map<std::string, Value, TextHash, std::equal_to<>>;

// Per-thread word break iterator: ICU iterators hold state and are not shareable.
icu::BreakIterator& word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return b;
  }();
  return *breaker;
}

// Apostrophes that join the parts of a word ("l'Organisation", "aujourd’hui").
bool is_apostrophe(UChar32 c) { return c == 0x27 || c == 0x2019 || c == 0x02BC; }
// Hyphens that join the parts of a compound ("mis-invoicing").
bool is_hyphen(UChar32 c) { return c == 0x2D || c == 0x2010 || c == 0x2011; }

struct Word {
  int32_t begin;  // byte offsets in the UTF-8 text
  int32_t end;
};

// A language's stemmer and the stems it gave on this thread: stemming and folding the
// same words again and again is most of the cost of stemming, so each thread remembers
// them (bounded, then started afresh).
struct Language {
  Xapian::Stem stemmer;  // the "none" stemmer when Xapian has none for the language
  TextMap<std::string> stems;
};

Language& language(std::string_view lang) {
  thread_local TextMap<Language> languages;
  auto it = languages.find(lang);
  if (it == languages.end()) {
    Language l;
    try {
      l.stemmer = Xapian::Stem(std::string(lang));
    } catch (const Xapian::InvalidArgumentError&) {
      // Xapian knows no stemmer by that name: it stays the "none" stemmer.
    }
    it = languages.emplace(std::string(lang), std::move(l)).first;
  }
  return it->second;
}

}  // namespace

std::string Analyzer::fold(std::string_view text) const {
  if (is_ascii(text)) return ascii_lower(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  return to_utf8(strip_accents(case_fold(u)));
}

std::vector<Token> Analyzer::tokenize(std::string_view text, std::uint32_t first_position) const {
  std::vector<Token> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  // The code point at byte offset i (U+FFFD for a malformed sequence).
  auto code_point_at = [&](int32_t i, int32_t& next) {
    UChar32 c;
    next = i;
    U8_NEXT(bytes, next, length, c);
    return c < 0 ? UChar32{0xFFFD} : c;
  };

  // ICU breaks the UTF-8 text where it lies: boundaries are byte offsets, so no UTF-16
  // copy and no offset map are needed.
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), length, &status);
  if (U_FAILURE(status)) return tokens;
  icu::BreakIterator& breaker = word_breaker();
  breaker.setText(utext, status);
  std::vector<Word> words;
  words.reserve(text.size() / 4 + 1);  // about a word per 4 to 8 bytes in every script
  if (U_SUCCESS(status)) {
    int32_t begin = breaker.first();
    for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE; begin = end, end = breaker.next()) {
      if (breaker.getRuleStatus() == UBRK_WORD_NONE) continue;
      words.push_back({begin, end});
    }
  }
  // The iterator keeps its own shallow clone of the UText; it must not outlive the text.
  breaker.setText(icu::UnicodeString());
  utext_close(utext);

  tokens.reserve(words.size() + words.size() / 8);
  std::uint32_t position = first_position;
  auto make_token = [&](int32_t b, int32_t e) {
    Token t;
    std::string_view raw = text.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b));
    if (is_ascii(raw)) {
      t.lower = ascii_lower(raw);
      t.term = t.lower;
    } else {
      // Three normalisations per word are most of the cost of non-Latin text, and words
      // repeat: each thread remembers the forms of the words it folded (bounded).
      constexpr std::size_t kMaxCachedWords = 1 << 16;
      thread_local TextMap<std::pair<std::string, std::string>> cache;
      auto hit = cache.find(raw);
      if (hit == cache.end()) {
        icu::UnicodeString folded = case_fold(icu::UnicodeString::fromUTF8(icu::StringPiece(raw.data(), static_cast<int32_t>(raw.size()))));
        if (cache.size() >= kMaxCachedWords) cache.clear();
        hit = cache.emplace(std::string(raw), std::make_pair(to_utf8(folded), to_utf8(strip_accents(folded)))).first;
      }
      t.lower = hit->second.first;
      t.term = hit->second.second;
    }
    t.begin = static_cast<std::size_t>(b);
    t.end = static_cast<std::size_t>(e);
    return t;
  };

  std::vector<std::pair<int32_t, int32_t>> parts;
  for (std::size_t w = 0; w < words.size();) {
    // A run of words joined by single hyphens forms one compound.
    std::size_t last = w;
    int32_t after = 0;
    while (last + 1 < words.size() && is_hyphen(code_point_at(words[last].end, after)) &&
           words[last + 1].begin == after)
      ++last;
    parts.clear();
    for (std::size_t k = w; k <= last; ++k) {
      // Split apostrophe words into their parts too.
      int32_t part_begin = words[k].begin;
      for (int32_t i = words[k].begin, next = 0; i < words[k].end; i = next) {
        if (is_apostrophe(code_point_at(i, next))) {
          if (i > part_begin) parts.emplace_back(part_begin, i);
          part_begin = next;
        }
      }
      if (words[k].end > part_begin) parts.emplace_back(part_begin, words[k].end);
    }
    bool has_letter = false;
    for (auto [b, e] : parts)
      for (int32_t i = b, next = 0; i < e && !has_letter; i = next) has_letter = u_isalpha(code_point_at(i, next));
    if (parts.size() > 1 && !has_letter) {
      // Numbers joined by hyphens ("6-8", "2018-05-23") are separate numbers.
      for (auto [b, e] : parts) {
        Token t = make_token(b, e);
        t.position = position++;
        tokens.push_back(std::move(t));
      }
    } else if (parts.size() > 1) {
      Token joined = make_token(words[w].begin, words[last].end);
      joined.is_joined = true;
      joined.position = position;
      std::string lower, term;
      std::vector<Token> part_tokens;
      for (auto [b, e] : parts) {
        Token p = make_token(b, e);
        if (p.term.empty()) continue;
        lower += p.lower;
        term += p.term;
        part_tokens.push_back(std::move(p));
      }
      joined.lower = std::move(lower);
      joined.term = std::move(term);
      tokens.push_back(std::move(joined));
      for (Token& p : part_tokens) {
        p.position = position++;
        tokens.push_back(std::move(p));
      }
    } else if (parts.size() == 1) {
      Token t = make_token(parts[0].first, parts[0].second);
      if (!t.term.empty()) {
        t.position = position++;
        tokens.push_back(std::move(t));
      }
    }
    w = last + 1;
  }
  return tokens;
}

bool Analyzer::has_stemmer(std::string_view lang) {
  return !lang.empty() && lang != "und" && !language(lang).stemmer.is_none();
}

std::string Analyzer::stem(std::string_view word, std::string_view lang) const {
  constexpr std::size_t kMaxCachedStems = 1 << 16;
  if (lang.empty() || lang == "und") return {};
  // Words that hold digits are not stemmed.
  for (char c : word)
    if (c >= '0' && c <= '9') return {};
  Language& l = language(lang);
  if (auto hit = l.stems.find(word); hit != l.stems.end()) return hit->second;
  std::string stem = l.stemmer.is_none() ? std::string() : fold(l.stemmer(std::string(word)));
  if (l.stems.size() >= kMaxCachedStems) l.stems.clear();
  l.stems.emplace(std::string(word), stem);
  return stem;
}

std::string Analyzer::stem(const Token& token, std::string_view lang) const {
  return stem(std::string_view(token.lower), lang);
}

const Analyzer& analyzer() {
  static const Analyzer instance;
  return instance;
}

}  // namespace almanac
