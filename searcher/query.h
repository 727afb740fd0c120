// Almanac's query language (INTERFACE.md) → Xapian::Query, through the shared Analyzer:
//
//   words (all must match)  "exact phrases"  -excluded  a OR b  ( ... )
//   title:word  place:word  country:Belgique  lang:fr  date:2018..2019-06
//
// A word matches its folded form or its stem in any of the stemming languages given
// (through the index's stem terms, see WordTerms);
// hyphenated words match joined, as a phrase, or part by part; a word that segments into
// several (Chinese, "mis-invoicing") is a phrase. Throws QueryError naming what is wrong
// and where (1-based character column) for unbalanced quotes or parentheses, unknown
// fields, bad dates, unknown countries and operators with nothing to apply to.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "almanac/date.h"

namespace almanac::search {

// What a snippet marks: the folded words of the query and their stems.
struct Highlight {
  std::set<std::string> terms;
  std::set<std::string> stems;  // stems in every stemming language
};

struct ParsedQuery {
  Xapian::Query query;  // MatchAll when the text holds no search words
  Highlight highlight;
  bool has_words = false;
};

// How an index spells the matches of a word (schema.h). From schema 2 on every word has a
// kStemPrefix term — its stem, or the word itself where no stemmer applies — so a word
// matches through stem terms alone: one posting list per stem, no union with the plain
// word's. Indexes of schema 1 stem only some words and need the plain word as well.
enum class WordTerms { kStemsOnly, kStemsAndPlain };

// With `index`, a word's stem terms that the index does not hold are left out: a word
// whose other forms are absent becomes a plain term, whose tight weight bound lets the
// match stop early, where a synonym's looser bound would not.
ParsedQuery parse_query(const std::string& text, const std::vector<std::string>& stem_langs,
                        WordTerms word_terms = WordTerms::kStemsOnly, const Xapian::Database* index = nullptr);

// The overlap filter of a date range: events whose [start, end] meets [from, to];
// either side may be open. Undated events never match.
Xapian::Query date_filter(const std::optional<Date>& from, const std::optional<Date>& to);

// Reads a "FROM..TO" range (either side may be empty) of date bounds.
// Throws QueryError naming the bad bound.
std::pair<std::optional<Date>, std::optional<Date>> parse_date_range(const std::string& text);

}  // namespace almanac::search
