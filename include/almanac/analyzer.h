// The one text-analysis pipeline of Almanac: the indexer turns event text into terms with
// it and the searcher turns query words into terms with it, so the two cannot drift apart.
//
//   text → ICU word segmentation (dictionary-based for CJK, Thai, Khmer, Lao, Burmese)
//        → per word: NFKC, full case folding, accent folding (Latin, Greek, Cyrillic
//          diacritics; Arabic harakat and tatweel; ё → е) → term
//        → optional per-language Snowball stemming (Xapian::Stem)
//
// Hyphenated and apostrophe words ("mis-invoicing", "l'Organisation") give their parts at
// consecutive positions and their joined form ("misinvoicing", "lorganisation") at the
// position of the first part, so a user may type them any of those ways.
//
// Thread-safe: ICU objects that hold state are kept per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

struct Token {
  std::string term;   // folded form, what the index stores unprefixed
  std::string lower;  // case folded with accents kept: the input of a stemmer
  std::uint32_t position = 0;  // word position; the joined form shares its first part's
  std::size_t begin = 0;       // byte offsets of the word in the analysed text
  std::size_t end = 0;
  bool is_joined = false;  // the joined form of a hyphenated or apostrophe word
};

class Analyzer {
 public:
  // Normalises a piece of text without segmenting it: NFKC, case folding, accent folding.
  // Used for keys of lookup tables (country names) as well as for terms.
  std::string fold(std::string_view text) const;

  // Segments UTF-8 text into words and folds each. Punctuation and spaces give no token.
  // Invalid UTF-8 is read as U+FFFD. Positions start at first_position.
  std::vector<Token> tokenize(std::string_view text, std::uint32_t first_position = 0) const;

  // The stem of a token in a language (ISO 639-1 code), folded like a term; empty when
  // Xapian has no stemmer for the language or the word is not alphabetic.
  std::string stem(const Token& token, std::string_view lang) const;
  std::string stem(std::string_view word, std::string_view lang) const;

  // Whether Xapian has a Snowball stemmer for this ISO 639-1 language code.
  static bool has_stemmer(std::string_view lang);
};

// The process-wide analyzer (stateless apart from per-thread ICU objects).
const Analyzer& analyzer();

}  // namespace almanac
