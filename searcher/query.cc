#include "query.h"

#include "almanac/analyzer.h"
#include "almanac/country.h"
#include "almanac/error.h"
#include "almanac/schema.h"

#include <algorithm>
#include <map>

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace almanac::search {
namespace {

// A query matching every document. Not Xapian::Query::MatchAll: that static object is
// shared between threads through a reference count that is not thread-safe.
Xapian::Query match_all() { return Xapian::Query(std::string()); }

// A boolean filter inside a scored query: it selects, it does not weigh.
Xapian::Query filter(const Xapian::Query& q) { return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, 0.0); }

std::string column(std::size_t offset) { return "column " + std::to_string(offset + 1); }

// Whether a stemmer of `lang` can change this word: only when the word is written in a
// script of that language (ICU's locale data: "ru" → Cyrillic, "ar" → Arabic, "en" →
// Latin). Each stem is one more term for Xapian to look up, and a Latin word put
// through the Russian or Arabic stemmer only comes back unchanged.
bool is_in_script_of(const Token& token, const std::string& lang) {
  thread_local std::map<std::string, std::vector<UScriptCode>> scripts_of;
  auto known = scripts_of.find(lang);
  if (known == scripts_of.end()) {
    UScriptCode codes[8];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uscript_getCode(lang.c_str(), codes, 8, &status);
    std::vector<UScriptCode> found;
    if (U_SUCCESS(status)) found.assign(codes, codes + n);
    known = scripts_of.emplace(lang, std::move(found)).first;
  }
  if (known->second.empty()) return true;  // unknown to ICU: try the stemmer
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(token.lower.data(), i, static_cast<int32_t>(token.lower.size()), c);
  if (c < 0) return true;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) return true;
  return std::find(known->second.begin(), known->second.end(), script) != known->second.end();
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

class Parser {
 public:
  Parser(const std::string& text, const std::vector<std::string>& stem_langs, WordTerms word_terms,
         const Xapian::Database* index)
      : text_(text), stem_langs_(stem_langs), word_terms_(word_terms), index_(index) {}

  ParsedQuery parse() {
    ParsedQuery out;
    skip_space();
    if (at_end()) {
      out.query = match_all();
      return out;
    }
    std::optional<Xapian::Query> q = parse_or();
    skip_space();
    if (!at_end()) {
      if (peek() == ')') throw QueryError("unbalanced parenthesis: ')' at " + column(pos_) + " closes nothing");
      throw QueryError("unexpected '" + std::string(1, peek()) + "' at " + column(pos_));
    }
    out.query = q ? *q : match_all();
    out.highlight = std::move(highlight_);
    out.has_words = has_words_;
    return out;
  }

 private:
  // A clause: its query, and whether it excludes ("-word").
  struct Clause {
    Xapian::Query query;
    bool is_negated = false;
  };

  std::optional<Xapian::Query> parse_or() {
    std::vector<Xapian::Query> alternatives;
    std::size_t start = pos_;
    alternatives.push_back(parse_and(start));
    while (true) {
      skip_space();
      if (!at_keyword("OR")) break;
      std::size_t or_pos = pos_;
      pos_ += 2;
      skip_space();
      if (at_end() || peek() == ')') throw QueryError("OR at " + column(or_pos) + " has nothing after it");
      alternatives.push_back(parse_and(pos_));
    }
    if (alternatives.size() == 1) return alternatives[0];
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }

  Xapian::Query parse_and(std::size_t start) {
    std::vector<Xapian::Query> positive, negative;
    while (true) {
      skip_space();
      if (at_end() || peek() == ')' || at_keyword("OR")) break;
      std::optional<Clause> clause = parse_clause();
      if (!clause) continue;
      (clause->is_negated ? negative : positive).push_back(clause->query);
    }
    if (positive.empty() && negative.empty()) {
      if (at_keyword("OR")) throw QueryError("OR at " + column(pos_) + " has nothing before it");
      return match_all();
    }
    (void)start;
    Xapian::Query q = positive.empty() ? match_all()
                                       : Xapian::Query(Xapian::Query::OP_AND, positive.begin(), positive.end());
    if (!negative.empty())
      q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
    return q;
  }

  std::optional<Clause> parse_clause() {
    Clause clause;
    if (peek() == '-' && pos_ + 1 < text_.size() && !is_space(text_[pos_ + 1])) {
      clause.is_negated = true;
      ++pos_;
    }
    std::optional<Xapian::Query> q = parse_primary(clause.is_negated);
    if (!q) return std::nullopt;
    clause.query = *q;
    return clause;
  }

  std::optional<Xapian::Query> parse_primary(bool is_negated) {
    if (peek() == '(') {
      std::size_t open = pos_++;
      std::optional<Xapian::Query> inner = parse_or();
      skip_space();
      if (at_end() || peek() != ')') throw QueryError("unbalanced parenthesis: '(' at " + column(open) + " is never closed");
      ++pos_;
      return inner;
    }
    if (peek() == '"') return parse_phrase("", is_negated);
    std::size_t start = pos_;
    std::string word = read_word();
    std::size_t colon = word.find(':');
    if (colon != std::string::npos && colon > 0 && is_field_name(word.substr(0, colon))) {
      std::string field = lower_ascii(word.substr(0, colon));
      std::string value = word.substr(colon + 1);
      if (value.empty() && peek() == '"') return parse_field_phrase(field, start, is_negated);
      if (value.empty()) throw QueryError("field '" + field + ":' at " + column(start) + " has no value");
      return field_query(field, value, start, is_negated);
    }
    return word_query(word, "", is_negated);
  }

  std::optional<Xapian::Query> parse_field_phrase(const std::string& field, std::size_t start, bool is_negated) {
    if (field == "title") return parse_phrase(std::string(schema::kTitlePrefix), is_negated);
    std::size_t open = pos_++;
    std::size_t close = text_.find('"', pos_);
    if (close == std::string::npos) throw QueryError("unbalanced quote: '\"' at " + column(open) + " is never closed");
    std::string value = text_.substr(pos_, close - pos_);
    pos_ = close + 1;
    return field_query(field, value, start, is_negated);
  }

  Xapian::Query field_query(const std::string& field, const std::string& value, std::size_t start, bool is_negated) {
    if (field == "title") {
      auto q = word_query(value, std::string(schema::kTitlePrefix), is_negated);
      return q ? *q : Xapian::Query();
    }
    if (field == "place") {
      std::vector<Xapian::Query> parts;
      for (const Token& t : analyzer().tokenize(value))
        if (!t.is_joined) parts.emplace_back(schema::prefixed(schema::kPlacePrefix, t.term));
      if (parts.empty()) throw QueryError("field 'place:' at " + column(start) + " has no words");
      // The words as printed, the cities of that name in any language (the index's
      // place-name synonyms, schema.h), or the country of that name.
      std::vector<Xapian::Query> any{Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end())};
      if (index_) {
        const std::string key = schema::prefixed(schema::kGeoPrefix, place_key(value));
        for (auto it = index_->synonyms_begin(key); it != index_->synonyms_end(key); ++it) any.emplace_back(*it);
      }
      if (auto code = country_code(value)) any.emplace_back(schema::prefixed(schema::kCountryPrefix, *code));
      return filter(Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end()));
    }
    if (field == "country") {
      auto code = country_code(value);
      if (!code) throw QueryError("unknown country '" + value + "' at " + column(start));
      return filter(Xapian::Query(schema::prefixed(schema::kCountryPrefix, *code)));
    }
    if (field == "lang") {
      std::string code = lower_ascii(value);
      if (code.size() < 2 || code.size() > 3 || code.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
        throw QueryError("bad language '" + value + "' at " + column(start) + ": expected an ISO 639-1 code such as en");
      return filter(Xapian::Query(schema::prefixed(schema::kLangPrefix, code)));
    }
    // date:FROM..TO
    try {
      auto [from, to] = parse_date_range(value);
      return date_filter(from, to);
    } catch (const QueryError& e) {
      throw QueryError(std::string(e.what()) + " in 'date:' at " + column(start));
    }
  }

  std::optional<Xapian::Query> parse_phrase(const std::string& prefix, bool is_negated) {
    std::size_t open = pos_++;
    std::size_t close = text_.find('"', pos_);
    if (close == std::string::npos) throw QueryError("unbalanced quote: '\"' at " + column(open) + " is never closed");
    std::string phrase = text_.substr(pos_, close - pos_);
    pos_ = close + 1;
    std::vector<Xapian::Query> terms;
    for (const Token& t : analyzer().tokenize(phrase)) {
      if (t.is_joined) continue;
      terms.emplace_back(prefix + t.term);
      if (!is_negated) highlight_.terms.insert(t.term);
    }
    if (terms.empty()) return std::nullopt;
    has_words_ = true;
    if (terms.size() == 1) return terms[0];
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end());
  }

  // One typed word: its tokens (several for compounds and CJK runs).
  std::optional<Xapian::Query> word_query(const std::string& word, const std::string& prefix, bool is_negated) {
    std::vector<Token> tokens = analyzer().tokenize(word);
    if (tokens.empty()) return std::nullopt;
    has_words_ = true;
    std::vector<Xapian::Query> parts;
    std::optional<Xapian::Query> joined;
    for (const Token& t : tokens) {
      Xapian::Query q = term_query(t, prefix, is_negated);
      if (t.is_joined) joined = q;
      else parts.push_back(q);
    }
    Xapian::Query together = parts.size() == 1 ? parts[0] : phrase_of(tokens, prefix);
    if (!joined) return together;
    return Xapian::Query(Xapian::Query::OP_OR, *joined, together);
  }

  Xapian::Query phrase_of(const std::vector<Token>& tokens, const std::string& prefix) {
    std::vector<Xapian::Query> terms;
    for (const Token& t : tokens)
      if (!t.is_joined) terms.emplace_back(prefix + t.term);
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end());
  }

  // A word, or its stem in any of the stemming languages, weighed as one term. The index
  // gives each word the stem term of its own language, or the word itself as one where
  // no stemmer applies (WordTerms): the word as a stem term, plus its stems, finds it.
  Xapian::Query term_query(const Token& t, const std::string& prefix, bool is_negated) {
    if (!is_negated) highlight_.terms.insert(t.term);
    if (!prefix.empty()) return Xapian::Query(prefix + t.term);
    std::set<std::string> stems{t.term};
    for (const std::string& lang : stem_langs_)
      if (is_in_script_of(t, lang))
        if (std::string stem = analyzer().stem(t, lang); !stem.empty()) stems.insert(stem);
    std::vector<Xapian::Query> forms;
    if (word_terms_ == WordTerms::kStemsAndPlain) forms.emplace_back(t.term);
    for (const std::string& stem : stems) {
      if (!is_negated) highlight_.stems.insert(stem);
      std::string term = schema::prefixed(schema::kStemPrefix, stem);
      if (index_ && stems.size() > 1 && !index_->term_exists(term)) continue;
      forms.emplace_back(std::move(term));
    }
    if (forms.empty()) forms.emplace_back(schema::prefixed(schema::kStemPrefix, t.term));  // matches nothing
    if (forms.size() == 1) return forms[0];
    return Xapian::Query(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end());
  }

  std::string read_word() {
    std::size_t start = pos_;
    while (!at_end() && !is_space(peek()) && peek() != '(' && peek() != ')') {
      if (peek() == '"') {
        // A quote right after "field:" opens the field's phrase; inside a word it is
        // an unbalanced quote.
        if (pos_ > start && text_[pos_ - 1] == ':') break;
        throw QueryError("unbalanced quote: '\"' at " + column(pos_) + " inside a word");
      }
      ++pos_;
    }
    return text_.substr(start, pos_ - start);
  }

  static bool is_field_name(const std::string& name) {
    std::string n = lower_ascii(name);
    if (n == "title" || n == "place" || n == "country" || n == "lang" || n == "date") return true;
    if (n.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string::npos)
      throw QueryError("unknown field '" + name + ":' (fields are title, place, country, lang, date)");
    return false;
  }

  bool at_keyword(std::string_view keyword) const {
    if (text_.compare(pos_, keyword.size(), keyword) != 0) return false;
    std::size_t after = pos_ + keyword.size();
    return after == text_.size() || is_space(text_[after]) || text_[after] == '(';
  }

  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return text_[pos_]; }
  void skip_space() {
    while (!at_end() && is_space(peek())) ++pos_;
  }

  const std::string& text_;
  const std::vector<std::string>& stem_langs_;
  WordTerms word_terms_;
  const Xapian::Database* index_;
  std::size_t pos_ = 0;
  Highlight highlight_;
  bool has_words_ = false;
};

}  // namespace

ParsedQuery parse_query(const std::string& text, const std::vector<std::string>& stem_langs, WordTerms word_terms,
                        const Xapian::Database* index) {
  return Parser(text, stem_langs, word_terms, index).parse();
}

Xapian::Query date_filter(const std::optional<Date>& from, const std::optional<Date>& to) {
  // Undated events have no date values, and the value tests below drop them by
  // themselves (the start test from "0" up, since an empty value sorts before any date):
  // no intersection with the "dated" term's long posting list.
  std::vector<Xapian::Query> parts;
  // An event overlapping [from, to] spans one of its years at least: the year terms'
  // posting lists narrow the documents before their values are read and compared.
  constexpr int kMaxYearTerms = 30;
  if (from && to && to->year - from->year < kMaxYearTerms) {
    std::vector<Xapian::Query> years;
    for (int year = from->year; year <= to->year; ++year)
      years.emplace_back(schema::prefixed(schema::kYearPrefix, std::to_string(year)));
    parts.emplace_back(Xapian::Query::OP_OR, years.begin(), years.end());
  }
  if (to) parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kStartSlot, "0", to->yyyymmdd());
  if (from) parts.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kEndSlot, from->yyyymmdd());
  if (parts.empty()) parts.emplace_back(std::string(schema::kDatedTerm));  // date: with no bounds
  return filter(Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end()));
}

std::pair<std::optional<Date>, std::optional<Date>> parse_date_range(const std::string& text) {
  std::size_t dots = text.find("..");
  std::string from_text = dots == std::string::npos ? text : text.substr(0, dots);
  std::string to_text = dots == std::string::npos ? text : text.substr(dots + 2);
  std::optional<Date> from, to;
  if (!from_text.empty()) {
    auto bound = parse_date_bound(from_text);
    if (!bound) throw QueryError("bad date '" + from_text + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
    from = bound->start;
  }
  if (!to_text.empty()) {
    auto bound = parse_date_bound(to_text);
    if (!bound) throw QueryError("bad date '" + to_text + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
    to = bound->end;
  }
  if (from && to && *to < *from) throw QueryError("date range '" + text + "' ends before it starts");
  return {from, to};
}

}  // namespace almanac::search
