// Date-expression finder: a hand-written tokenizer, a few lexicons built once from ICU's
// month and weekday names, and a small recursive-descent grammar over the tokens. See
// dates.h for the contract.
//
// How a match is chosen: at each token that may open a date, every reading the grammar
// allows is collected (single dates and ranges, with their optional leading word); the
// longest wins. When the longest reading is not a real date ("31 June 2018", a range that
// ends before it starts, a date without a year and no issue date), the whole span is
// skipped and nothing inside it is reported.
#include "fields/dates.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "almanac/analyzer.h"

namespace almanac::index {
namespace {

// Years outside this range are not read as years: "6 June 2500 people", "12.05.1234".
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
// A date that opens with a word (prefix, weekday, month) has a number this many tokens on.
constexpr std::size_t kWordLookahead = 8;

// The grammar of each language: every list is '|'-separated, written as people type it
// (the tables are tokenized and folded like the text). All lists are pooled: the finder
// does not need to know the language of a bulletin. Adding a language = one row here
// (plus, for a script without spaces, its markers).
struct LanguageRules {
  const char* locales = "";        // ICU locales giving month and weekday names
  const char* prefixes = "";       // words that open a date or a range: "from", "du"
  const char* connectors = "";     // between the two ends of a range: "to", "au"
  const char* lists = "";          // between two bare days: "4 et 5 novembre" spans 4..5
  const char* ordinals = "";       // glued after a day number: "st", "er", "."
  const char* day_month = "";      // between day and month: "de", "of"
  const char* month_year = "";     // between month and year: "de", ","
  const char* year_suffixes = "";  // after a year: "г.", "года"
  const char* year_markers = "";   // CJK: after the year number ("年")
  const char* day_markers = "";    // CJK: after the day number ("日"); the month marker
                                   // ("月") is read off ICU's numeric month names
  const char* closers = "";        // after the end of a range: "まで"
  const char* doc_words = "";      // before a document number: "No.", "Resolution"
};

// Words of a bulletin's own issue line ("Newsletter No. 5 — May 2018", "Bulletin n° 42 —
// 15 mars 2019", "Zoll-Info Nr. 4/2018", "Информационный бюллетень № 5"), folded tokens
// (is_issue_word).
constexpr std::array<std::string_view, 53> kIssueWords = {
    "issue", "newsletter", "bulletin", "edition", "volume", "vol", "no", "nr", "n",
    "ausgabe", "heft", "rundbrief", "numero", "boletin", "boletim", "edicion", "edicao",
    "lettre", "infolettre", "newsletters", "бюллетень", "выпуск", "номер", "вестник",
    "рассылка", "نشرة", "النشرة", "العدد", "عدد", "رقم", "通讯", "简报", "刊", "发布", "期刊",
    "通讯稿", "n.o", "n.º", "新闻", "日报", "周报", "週報", "月报", "digest", "roundup",
    "дайджест", "周刊", "双周刊", "月刊", "週刊", "ニュースレター", "メールマガジン", "メルマガ"};

constexpr LanguageRules kLanguages[] = {
    {.locales = "en",
     .prefixes = "from",
     .connectors = "-|--|to|until|till|through|thru",
     .lists = "and|&",
     .ordinals = "st|nd|rd|th",
     .day_month = "of",
     .month_year = ",",
     .doc_words = "no|nr|ref|resolution|decision|document|doc|isbn|issn|tel|phone|fax|file|"
                  "version|chapter|page|section"},
    {.locales = "fr",
     .prefixes = "du|le|les|à partir du|depuis le",
     .connectors = "au|à|jusqu'au",
     .lists = "et",
     .ordinals = "er|re|e|ème|eme",
     .doc_words = "n|décret|arrêté|loi|résolution|décision|chapitre|page|section"},
    {.locales = "es",
     .prefixes = "del|el|desde el",
     .connectors = "al|a|hasta el",
     .lists = "y",
     .ordinals = "º|°",
     .day_month = "de",
     .month_year = "de|del",
     .doc_words = "núm|resolución|decreto|ley|capítulo|página|sección"},
    {.locales = "de|de_AT",
     .prefixes = "vom|von|am|ab",
     .connectors = "bis|bis zum|bis einschließlich",
     .lists = "und|&",
     .ordinals = ".",
     .doc_words = "az|beschluss|drucksache|kapitel|seite|abschnitt"},
    {.locales = "pt",
     .prefixes = "de|do|dia",
     .connectors = "a|ao|até|até ao",
     .lists = "e",
     .ordinals = "º|°",
     .day_month = "de",
     .month_year = "de",
     .doc_words = "resolução|decreto|lei|capítulo|página|seção"},
    {.locales = "it",
     .prefixes = "dal|dall'|il|l'",
     .connectors = "al|all'|a|fino al",
     .lists = "e",
     .ordinals = "°|º",
     .month_year = "del",
     .doc_words = "num|delibera|decreto|legge|risoluzione"},
    {.locales = "nl",
     .prefixes = "van",
     .connectors = "tot|t/m|tot en met",
     .lists = "en",
     .ordinals = "e|ste|de",
     .doc_words = "besluit|resolutie"},
    {.locales = "ru",
     .prefixes = "с|со",
     .connectors = "по|до",
     .lists = "и",
     .ordinals = "-го",
     .year_suffixes = "г|г.|года|год|гг|гг.",
     .doc_words = "номер|резолюция|решение|постановление|тел|глава|страница|раздел"},
    {.locales = "ar|ar_SY|ar_DZ|ar_MA",
     .prefixes = "من",
     .connectors = "إلى|حتى",
     .lists = "و",
     .year_suffixes = "م",
     .doc_words = "رقم|قرار"},
    {.locales = "zh|zh_Hant",
     .prefixes = "从|自",
     .connectors = "至|到|~",
     .lists = "和|、",
     .year_markers = "年",
     .day_markers = "日|号"},
    {.locales = "ja",
     .connectors = "から|~",
     .year_markers = "年",
     .day_markers = "日",
     .closers = "まで"},
};

// Month spellings in common use that ICU's data lacks. Keep this list short.
struct ExtraMonth {
  const char* name;
  int month;
};
constexpr ExtraMonth kExtraMonths[] = {
    {"Sept.", 9},      // en, de, nl: ICU has only "Sep"
    {"setiembre", 9},  // es (Peru, Uruguay)
    {"يونيه", 6},      // ar (Egypt)
    {"يوليه", 7},      // ar (Egypt)
};

// ---- Tokens ------------------------------------------------------------------------------

enum class Kind : std::uint8_t { kNumber, kWord, kPunct };

struct Token {
  Kind kind = Kind::kPunct;
  bool space_before = true;  // whitespace (or the start of the text) before the token
  bool cjk = false;          // one Han or kana character: CJK text has no spaces
  bool ready = false;        // text is filled (words are folded on first use)
  int digits = 0;            // numbers: count of digits (any script)
  int value = 0;             // numbers: value, saturated
  std::size_t begin = 0;     // byte offsets in the text
  std::size_t end = 0;
  std::string text;  // words: folded; punctuation: normalised ("–" → "-"); numbers: ""
};

// Decodes one UTF-8 code point at i; invalid bytes read as U+FFFD, one byte long.
std::pair<char32_t, std::size_t> decode(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  std::size_t length = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (length == 0 || i + length > s.size()) return {0xFFFD, 1};
  char32_t cp = c & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  bool overlong = (length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF));
  if (overlong || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1};
  return {cp, length};
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0x200E || c == 0x200F ||
         c == 0x061C || c == 0xFEFF || c == 0x2060;
}

int digit_value(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  auto u = static_cast<UChar32>(c);  // Arabic-Indic, Eastern Arabic-Indic, full-width…
  return u_charType(u) == U_DECIMAL_DIGIT_NUMBER ? u_charDigitValue(u) : -1;
}

bool is_cjk(char32_t c) {
  return c >= 0x3040 && ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3005);
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  auto u = static_cast<UChar32>(c);
  return u_isalpha(u) || (U_GET_GC_MASK(u) & U_GC_M_MASK) != 0;
}

// One spelling for each punctuation mark the grammar reads.
std::string punct_text(char32_t c, std::string_view raw) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63:
      return "-";
    case 0x301C: case 0x2053: case 0x223C:
      return "~";
    case 0x2018: case 0x2019: case 0x02BC:
      return "'";
    case 0x060C:
      return ",";
    default:
      break;
  }
  if (c >= 0xFF01 && c <= 0xFF5E) return std::string(1, static_cast<char>(c - 0xFEE0));
  return std::string(raw);
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  bool space = true;
  for (std::size_t i = 0; i < text.size();) {
    auto [c, length] = decode(text, i);
    if (is_space(c)) {
      space = true;
      i += length;
      continue;
    }
    Token t;
    t.begin = i;
    t.space_before = space;
    space = false;
    if (int d = digit_value(c); d >= 0) {
      t.kind = Kind::kNumber;
      t.ready = true;
      while (i < text.size()) {
        auto [c2, l2] = decode(text, i);
        int v = digit_value(c2);
        if (v < 0) break;
        t.value = t.value > 99999999 ? t.value : t.value * 10 + v;
        ++t.digits;
        i += l2;
      }
    } else if (is_cjk(c)) {
      t.kind = Kind::kWord;
      t.cjk = t.ready = true;
      t.text = text.substr(i, length);
      i += length;
    } else if (is_letter(c)) {
      t.kind = Kind::kWord;
      while (i < text.size()) {
        unsigned char byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {  // ASCII fast path
          if (((byte | 0x20) < 'a' || (byte | 0x20) > 'z')) break;
          ++i;
          continue;
        }
        auto [c2, l2] = decode(text, i);
        if (!is_letter(c2) || is_cjk(c2)) break;
        i += l2;
      }
    } else {
      t.ready = true;
      t.text = punct_text(c, text.substr(i, length));
      i += length;
    }
    t.end = i;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

// Tokens of one text, folded on demand: most words are never looked at.
class Tokens {
 public:
  explicit Tokens(std::string_view text) : source_(text), tokens_(tokenize(text)) {}
  std::size_t size() const { return tokens_.size(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  // The folded text of token i; "" past the end.
  const std::string& text(std::size_t i) {
    static const std::string kNone;
    if (i >= tokens_.size()) return kNone;
    Token& t = tokens_[i];
    if (!t.ready) {
      t.text = analyzer().fold(source_.substr(t.begin, t.end - t.begin));
      t.ready = true;
    }
    return t.text;
  }
  bool is(std::size_t i, std::string_view s) { return i < size() && text(i) == s; }
  bool is_number(std::size_t i) const { return i < size() && tokens_[i].kind == Kind::kNumber; }
  // A word of a script written with spaces (not Han or kana).
  bool is_letters(std::size_t i) const {
    return i < size() && tokens_[i].kind == Kind::kWord && !tokens_[i].cjk;
  }
  // Token i touches the previous one.
  bool glued(std::size_t i) const { return i < size() && !tokens_[i].space_before; }

 private:
  std::string_view source_;
  std::vector<Token> tokens_;
};

std::vector<std::string> split(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    std::size_t bar = list.find('|');
    if (bar != 0) items.emplace_back(list.substr(0, bar));
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return items;
}

// The token texts of a table entry, read like the text is.
std::vector<std::string> token_texts(std::string_view phrase) {
  Tokens tokens(phrase);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens.is_number(i)) return {};  // entries hold no numbers
    out.push_back(tokens.text(i));
  }
  return out;
}

// Short phrases of one or more tokens ("to", "bis zum", "t/m", "-го").
class PhraseSet {
 public:
  void add(std::string_view phrase) {
    auto texts = token_texts(phrase);
    if (!texts.empty()) by_first_[texts.front()].push_back(std::move(texts));
  }
  // How many tokens the longest phrase at i covers; 0 when none. With glued, every token
  // of the phrase must touch the one before it ("1st", not "1 st").
  std::size_t match(Tokens& tokens, std::size_t i, bool glued = false) const {
    if (i >= tokens.size() || (glued && !tokens.glued(i))) return 0;
    auto it = by_first_.find(tokens.text(i));
    if (it == by_first_.end()) return 0;
    std::size_t best = 0;
    for (const auto& phrase : it->second) {
      std::size_t k = 1;
      while (k < phrase.size() && i + k < tokens.size() && (!glued || tokens.glued(i + k)) &&
             tokens.text(i + k) == phrase[k])
        ++k;
      if (k == phrase.size()) best = std::max(best, k);
    }
    return best;
  }

 private:
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> by_first_;
};

// Month or weekday names, possibly of several tokens ("كانون الثاني", "十二月",
// "quarta-feira"), keyed by their token texts joined with U+001F.
class Lexicon {
 public:
  struct Hit {
    int value = 0;
    std::size_t tokens = 0;
    bool abbreviated = false;  // may be followed by a "."
    bool short_name = false;   // two letters or fewer: "Mo", "вс"
  };

  void add(const std::vector<std::string>& texts, int value, bool abbreviated) {
    std::string key = join(texts.size(), [&](std::size_t k) -> const std::string& {
      return texts[k];
    });
    auto [it, inserted] = entries_.try_emplace(key, Hit{value, texts.size(), abbreviated, false});
    if (!inserted && it->second.value != value) it->second.value = kAmbiguous;
    // Only a name that is nowhere a full name takes its "." along ("janv.", not "May.").
    it->second.abbreviated = it->second.abbreviated && abbreviated;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(key);
    it->second.short_name = u.countChar32() <= 2;
    firsts_.insert(texts.front());
    max_tokens_ = std::max(max_tokens_, texts.size());
  }

  std::optional<Hit> match(Tokens& tokens, std::size_t i) const {
    if (i >= tokens.size() || tokens[i].kind != Kind::kWord || !firsts_.count(tokens.text(i)))
      return std::nullopt;
    for (std::size_t n = std::min(max_tokens_, tokens.size() - i); n >= 1; --n) {
      auto it = entries_.find(join(n, [&](std::size_t k) -> const std::string& {
        return tokens.text(i + k);
      }));
      if (it != entries_.end() && it->second.value != kAmbiguous) return it->second;
    }
    return std::nullopt;
  }

 private:
  static constexpr int kAmbiguous = -1;  // a spelling two months share is not read

  template <typename Get>
  static std::string join(std::size_t n, Get get) {
    std::string key;
    for (std::size_t k = 0; k < n; ++k) {
      if (k) key += '\x1f';
      key += get(k);
    }
    return key;
  }

  std::unordered_map<std::string, Hit> entries_;
  std::unordered_set<std::string> firsts_;
  std::size_t max_tokens_ = 0;
};

// An era of the Japanese calendar: its name's tokens ("令", "和") and the Gregorian year
// of its first year.
struct Era {
  std::vector<std::string> name;
  int first_year = 0;
};

struct Grammar {
  Lexicon months, weekdays;
  Lexicon weekday_numbers;  // the same names with their day, 1 (Sunday) to 7; shared ones unread
  std::vector<Era> eras;
  PhraseSet prefixes, connectors, lists, ordinals, day_month, month_year, year_suffixes;
  PhraseSet year_markers, month_markers, day_markers, closers;
  std::unordered_set<std::string> doc_words;
  std::unordered_set<std::string> issue_words;
};

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// A month name as ICU spells it. "1月" (zh, ja) is no name but tells the month marker.
void add_month(Grammar& g, const std::string& name, int month, bool abbreviated) {
  Tokens tokens(name);
  if (tokens.size() >= 2 && tokens.is_number(0)) {
    std::string marker(name.substr(tokens[1].begin));
    g.month_markers.add(marker);
    return;
  }
  std::vector<std::string> texts = token_texts(name);
  while (!texts.empty() && texts.back() == ".") {  // "janv.", "сент."
    texts.pop_back();
    abbreviated = true;
  }
  if (!texts.empty()) g.months.add(texts, month, abbreviated);
}

void add_icu_names(Grammar& g, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale(locale), status);
  if (U_FAILURE(status)) return;  // without locale data that language's names are not read
  using Symbols = icu::DateFormatSymbols;
  for (auto context : {Symbols::FORMAT, Symbols::STANDALONE}) {
    int32_t wide_count = 0;
    const icu::UnicodeString* wide = symbols.getMonths(wide_count, context, Symbols::WIDE);
    for (auto width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getMonths(count, context, width);
      for (int32_t m = 0; m < std::min(count, 12); ++m)
        add_month(g, utf8(names[m]), m + 1, m < wide_count && names[m] != wide[m]);
    }
    for (auto width : {Symbols::WIDE, Symbols::ABBREVIATED, Symbols::SHORT}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getWeekdays(count, context, width);
      for (int32_t d = 1; d < count; ++d) {  // ICU's index 0 is empty
        auto texts = token_texts(utf8(names[d]));
        while (!texts.empty() && texts.back() == ".") texts.pop_back();
        // One value for all where a weekday is read; its number where it dates a bare day.
        if (!texts.empty()) {
          g.weekdays.add(texts, 0, true);
          g.weekday_numbers.add(texts, d, true);
        }
        // "terça-feira" is printed "terça" as often: the name before its hyphen.
        if (auto hyphen = std::find(texts.begin(), texts.end(), "-"); hyphen != texts.end() && hyphen != texts.begin()) {
          std::vector<std::string> head(texts.begin(), hyphen);
          g.weekdays.add(head, 0, true);
          g.weekday_numbers.add(head, d, true);
        }
      }
    }
  }
}

// The eras of the Japanese calendar since Meiji, as ICU names and dates them: "令和元年"
// is 2019, "平成31年" is 2019. ICU's Japanese calendar formats the last day of each year
// from 1868 on with its era and the year in it; an era's first year follows.
void add_eras(Grammar& g) {
  UErrorCode status = U_ZERO_ERROR;
  icu::SimpleDateFormat format(icu::UnicodeString(u"G|y"), icu::Locale("ja_JP@calendar=japanese"), status);
  icu::GregorianCalendar gregorian(icu::TimeZone::getGMT()->clone(), status);
  if (U_FAILURE(status)) return;
  format.setTimeZone(*icu::TimeZone::getGMT());
  constexpr int kMeiji = 1868, kLastYear = 2100;
  std::unordered_map<std::string, int> first_years;
  for (int year = kMeiji; year <= kLastYear; ++year) {
    gregorian.clear();
    gregorian.set(year, UCAL_DECEMBER, 31);
    UDate date = gregorian.getTime(status);
    if (U_FAILURE(status)) return;
    icu::UnicodeString formatted;
    format.format(date, formatted);
    std::string text = utf8(formatted);
    std::size_t bar = text.find('|');
    if (bar == std::string::npos) continue;
    int in_era = std::atoi(text.c_str() + bar + 1);
    std::string name = text.substr(0, bar);
    if (in_era > 0 && !first_years.count(name)) first_years[name] = year - in_era + 1;
  }
  for (const auto& [name, first_year] : first_years) g.eras.push_back({token_texts(name), first_year});
}

void build(Grammar& g) {
  add_eras(g);
  for (const LanguageRules& rules : kLanguages) {
    for (const std::string& locale : split(rules.locales)) add_icu_names(g, locale.c_str());
    auto fill = [](PhraseSet& set, const char* list) {
      for (const std::string& item : split(list)) set.add(item);
    };
    fill(g.prefixes, rules.prefixes);
    fill(g.connectors, rules.connectors);
    fill(g.lists, rules.lists);
    fill(g.ordinals, rules.ordinals);
    fill(g.day_month, rules.day_month);
    fill(g.month_year, rules.month_year);
    fill(g.year_suffixes, rules.year_suffixes);
    fill(g.year_markers, rules.year_markers);
    fill(g.day_markers, rules.day_markers);
    fill(g.closers, rules.closers);
    for (const std::string& item : split(rules.doc_words)) {
      auto texts = token_texts(item);
      if (texts.size() == 1) g.doc_words.insert(texts.front());
    }
  }
  g.connectors.add("-");  // every script
  g.connectors.add("~");
  for (const ExtraMonth& extra : kExtraMonths) add_month(g, extra.name, extra.month, false);
  for (std::string_view word : kIssueWords) {
    auto texts = token_texts(word);
    if (texts.size() == 1) g.issue_words.insert(texts.front());
  }
}

// ---- Grammar -----------------------------------------------------------------------------

// The shape of one end of a range, which decides what it may borrow from the other end.
enum class Form : std::uint8_t {
  kDay,            // "6" in "6–8 June"
  kDayYear,        // "8, 2018" in "June 6–8, 2018"
  kDayMonth,       // "23 May [2018]", "6 de junio de 2018"
  kMonthDay,       // "May 23[, 2018]"
  kMonth,          // "June [2018]"
  kNumeric,        // "23.05.2018", "2018-05-23"
  kNumericNoYear,  // "06.06." in "06.06.–08.06.2018", "13.06.:" alone, "12/04 (月)"
  kNumericPair,    // "06.02" in "06.02 - 07.02.2026": only before a full numeric date
  kCjk,            // "2018年6月6日", "6月8日", "8日", "2018年6月"
  kWeekdayDay,     // "Lunes 11": a weekday and a day, the month the next that fits
};

struct Side {
  int day = 0, month = 0, year = 0;  // 0: not written
  Form form = Form::kDay;
  std::size_t next = 0;  // the token after this end
  bool may_stand_alone = false;  // a yearless numeric date that is a date on its own
  int weekday = 0;  // kWeekdayDay: 1 (Sunday) to 7 (Saturday), as ICU counts
};

struct Part {
  int value = 0;
  std::size_t next = 0;
};

struct Candidate {
  std::size_t next = 0;  // the token after the expression
  std::optional<DateMatch> match;  // empty: read as a date expression, but no real date
};

bool year_in_range(int y) { return y >= kMinYear && y <= kMaxYear; }

// Sides keep 0 for "not written", so a written 0 ("0 June", "00.05.2018") becomes a value
// no calendar has: the expression is read, then rejected as a whole.
constexpr int kNoSuchDay = 99;
int written(int value) { return value == 0 ? kNoSuchDay : value; }

class Parser {
 public:
  Parser(const Grammar& g, std::string_view text, const DateContext& context)
      : g_(g), t_(text), context_(context) {}

  std::vector<DateMatch> run(bool first_only) {
    std::vector<DateMatch> found;
    std::size_t next_number = t_.size();
    std::vector<std::size_t> number_after(t_.size() + 1, t_.size());
    for (std::size_t i = t_.size(); i-- > 0;) {
      if (t_.is_number(i)) next_number = i;
      number_after[i] = next_number;
    }
    for (std::size_t i = 0; i < t_.size();) {
      // A number after "No.", "n°", "Nr." is a document number, never a date's first
      // day: "Lettre n° 27 – 20 novembre 2017" dates from the 20th.
      bool may_start = t_.is_number(i) ? starts_ok(i) && !after_doc_word(i)
                                       : t_[i].kind == Kind::kWord && number_after[i] < t_.size() &&
                                             number_after[i] - i <= kWordLookahead &&
                                             !(t_.glued(i) && t_.is_number(i - 1));  // "10am"
      std::optional<Candidate> c = may_start ? expression(i) : std::nullopt;
      if (!c) {
        ++i;
        continue;
      }
      if (c->match) {
        found.push_back(*c->match);
        if (first_only) break;
      }
      i = c->next;
    }
    return found;
  }

 private:
  // Marks that join groups of digits: "978-3-16", "1.500", "12:30", "2,018".
  static bool is_separator(const std::string& s) {
    return s == "-" || s == "/" || s == "." || s == "," || s == ":";
  }

  // A number may open a date unless it continues something: "G20", "COVID-19", "+32",
  // "978-3-16", "€1.500", "12:30".
  bool starts_ok(std::size_t i) {
    if (!t_.glued(i) || i == 0) return true;
    const Token& p = t_[i - 1];
    if (p.kind == Kind::kWord) return p.cjk;
    const std::string& s = p.text;
    if (s == "+" || s == "#" || s == "№" || s == "$" || s == "€" || s == "£" || s == "¥") return false;
    // "10 lat Bitcoina-1月26日": a number glued to a CJK marker opens a date after a dash.
    if (is_separator(s) && t_.glued(i + 1) && i + 1 < t_.size() && t_[i + 1].kind == Kind::kWord && t_[i + 1].cjk)
      return true;
    if (is_separator(s))
      return !(i >= 2 && t_.glued(i - 1) && (t_.is_number(i - 2) || t_.is_letters(i - 2)));
    return true;
  }

  // The expression ending before token `next` does not run on into more digits or letters.
  bool ends_ok(std::size_t next) {
    if (!t_.glued(next)) return true;
    const Token& n = t_[next];
    // "6月15日（土）14:00": a time may touch the weekday's bracket.
    if (n.kind == Kind::kNumber) return next > 0 && t_.is(next - 1, ")");
    if (n.kind == Kind::kWord)  // CJK text has no spaces; "2018-06-06T10:00" has a time
      return n.cjk || (t_.is(next, "t") && t_.glued(next + 1) && t_.is_number(next + 1));
    if (n.text == "%") return false;
    return !(is_separator(n.text) && t_.glued(next + 1) && t_.is_number(next + 1));
  }

  // "No. 12/05/2018", "Resolution 2018-05-01": a number, not a date.
  // Whether token i follows a document word ("No.", "№", "#"), or with `or_issue` an
  // issue word ("Issue", "Número", "Выпуск").
  bool after_doc_word(std::size_t i, bool or_issue = false) {
    auto skippable = [&](std::size_t k) {
      if (t_.is(k, ".") || t_.is(k, ":") || t_.is(k, "°")) return true;
      // The ordinal indicator of "n.º" (folded to "o"), "n.ª".
      return k > 0 && t_.is(k - 1, ".") && t_.glued(k) && (t_.text(k) == "o" || t_.text(k) == "a");
    };
    std::size_t k = i;
    for (int skipped = 0; k > 0 && skipped < 2 && skippable(k - 1); ++skipped) --k;
    if (k == 0) return false;
    if (t_.is(k - 1, "№") || t_.is(k - 1, "#")) return true;
    if (t_[k - 1].kind != Kind::kWord) return false;
    return g_.doc_words.count(t_.text(k - 1)) || (or_issue && g_.issue_words.count(t_.text(k - 1)));
  }

  std::optional<Part> day(std::size_t i) {
    if (!t_.is_number(i) || t_[i].digits > 2) return std::nullopt;
    std::size_t j = i + 1;
    j += g_.ordinals.match(t_, j, true);
    if (t_.glued(j) && (t_.is_number(j) || t_.is_letters(j))) return std::nullopt;  // "10am"
    return Part{written(t_[i].value), weekday_in_parens(j)};
  }

  // Month names are looked up again for each reading tried; each token is looked up once.
  std::optional<Lexicon::Hit> month_at(std::size_t i) {
    if (i >= t_.size() || t_[i].kind != Kind::kWord) return std::nullopt;
    if (month_memo_.empty()) month_memo_.resize(t_.size());
    auto& [known, hit] = month_memo_[i];
    if (!known) {
      hit = g_.months.match(t_, i);
      known = true;
    }
    return hit;
  }

  std::optional<Part> month(std::size_t i) {
    auto hit = month_at(i);
    if (!hit) return std::nullopt;
    std::size_t j = i + hit->tokens;
    if (hit->abbreviated && t_.glued(j) && t_.is(j, ".")) ++j;
    if (t_.is(j, "/")) {  // "يونيو/حزيران", "juin/June": two names of one month
      auto other = month_at(j + 1);
      if (other && other->value == hit->value) {
        j += 1 + other->tokens;
        if (other->abbreviated && t_.glued(j) && t_.is(j, ".")) ++j;
      }
    }
    return Part{hit->value, j};
  }

  std::optional<Part> year(std::size_t i) {
    if (!t_.is_number(i) || t_[i].digits != 4 || !year_in_range(t_[i].value)) return std::nullopt;
    std::size_t j = i + 1;
    std::size_t suffix = g_.year_suffixes.match(t_, j);
    if (!suffix && t_.glued(j) && t_.is_letters(j)) return std::nullopt;  // "2018abc"
    // "Dec 7 1900 America/New_York": a time of day before a time zone, not a year.
    if (!suffix && t_.is_letters(j) && t_.glued(j + 1) && t_.is(j + 1, "/") && t_.glued(j + 2) && t_.is_letters(j + 2))
      return std::nullopt;
    return Part{t_[i].value, j + suffix};
  }

  // "(Wed)", "（水）" after a day; returns the token after it, or i.
  std::size_t weekday_in_parens(std::size_t i) {
    if (!t_.is(i, "(")) return i;
    auto hit = g_.weekdays.match(t_, i + 1);
    if (!hit) return i;
    std::size_t j = i + 1 + hit->tokens;
    if (t_.is(j, ".")) ++j;
    return t_.is(j, ")") ? j + 1 : i;
  }

  // A weekday opening a date: "Wednesday, 23 May", "mercredi 6 juin", "Mi., 6. Juni".
  // After a numeric date: its weekday, a time of day ("mié 17:00") and a closing
  // bracket, when any of them follows it; else i.
  std::size_t after_weekday_time(std::size_t i) {
    std::size_t j = i;
    if (auto hit = g_.weekdays.match(t_, j)) {
      j += hit->tokens;
      if (t_.glued(j) && t_.is(j, ".")) ++j;
    }
    if (t_.is_number(j) && t_.glued(j + 1) && t_.is(j + 1, ":") && t_.glued(j + 2) && t_.is_number(j + 2)) j += 3;
    if (j != i && (t_.is(j, ">") || t_.is(j, "]"))) ++j;
    return j;
  }

  // Whether the tokens from `begin` to `end` open the text, after bullets and symbols
  // only, and a separator or a time of day follows them ("• 12/03 – Lyon", "12/03:
  // Atelier", "22.05. 20:00 LUG"); with end == begin, whether begin opens the text.
  bool opens_listed_line(std::size_t begin, std::size_t end) {
    if (!only_punctuation(0, begin)) return false;
    if (end == begin) return true;  // the start alone
    if (t_.is(end, ":")) return true;
    // A time of day after the date: "22.05. 20:00 LUG Reutlingen".
    if (!t_.glued(end) && t_.is_number(end) && t_[end].digits <= 2 && t_.is(end + 1, ":") && t_.is_number(end + 2)) return true;
    if (t_.glued(end)) return false;
    return t_.is(end, "-") || t_.is(end, "–") || t_.is(end, "—") || t_.is(end, "|") || t_.is(end, "·");
  }

  // Whether a time of day ("18:30", "18 Uhr", "18h") comes within a few tokens from j,
  // before any other number: "(diesen Freitag), ab 18 Uhr".
  bool time_follows(std::size_t j) {
    constexpr std::size_t kReach = 8;
    for (std::size_t k = j; k < t_.size() && k < j + kReach; ++k) {
      if (!t_.is_number(k)) continue;
      if (t_[k].digits > 2) return false;
      if (t_.is(k + 1, ":") && t_.is_number(k + 2)) return true;
      return t_.is(k + 1, "uhr") || t_.is(k + 1, "Uhr") || (t_.glued(k + 1) && t_.is(k + 1, "h"));
    }
    return false;
  }

  // Whether a dash, a bar or the end of the text follows at j, after spaces.
  bool before_separator(std::size_t j) {
    if (j >= t_.size()) return true;
    return !t_.glued(j) && (t_.is(j, "-") || t_.is(j, "|"));
  }

  // Whether a weekday's name ends right before token i ("Lundi 21/06", "Tue, 12/05").
  bool after_weekday(std::size_t i) {
    for (std::size_t back = 1; back <= 3 && back <= i; ++back)
      if (auto after = weekday(i - back); after && *after == i) return true;
    return false;
  }

  // Whether the month and day at i stand in Chinese or Japanese text: after a label
  // ("时间：6-25"), or, with a slash and two digits in one of them, next to a Han or
  // kana character ("小聚 09/19").
  bool is_cjk_month_day(std::size_t i, std::string_view sep, bool has_two_digits) {
    bool after_label = i >= 2 && (t_.is(i - 1, ":") || t_.is(i - 1, "：")) && t_[i - 2].cjk;
    if (after_label) return true;
    bool next_to_cjk = (i >= 1 && t_[i - 1].cjk) || (i + 3 < t_.size() && t_[i + 3].cjk);
    return sep == "/" && has_two_digits && next_to_cjk;
  }

  std::optional<std::size_t> weekday(std::size_t i) {
    auto hit = g_.weekdays.match(t_, i);
    if (!hit) return std::nullopt;
    std::size_t j = i + hit->tokens;
    std::size_t after = j;
    if (t_.glued(after) && t_.is(after, ".")) ++after;
    // "Sa/So 12. und 13. Oktober", "Fri/Sat 5-6 May", "Sa.-So.": the weekdays of a range.
    if (t_.glued(after) && (t_.is(after, "/") || t_.is(after, "-")) && t_.glued(after + 1))
      if (auto other = g_.weekdays.match(t_, after + 1)) {
        after += 1 + other->tokens;
        if (t_.glued(after) && t_.is(after, ".")) ++after;
        return t_.glued(after) && t_.is(after, ",") ? after + 1 : after;
      }
    if (t_.glued(after) && t_.is(after, ",")) ++after;
    if (hit->short_name && after == j) return std::nullopt;  // "so", "do", "ma" are words too
    // "Freitag, den 27.", "Montag den 30. Dezember": German puts an article before the day.
    if (t_.is(after, "den") && t_.is_number(after + 1)) ++after;
    return after;
  }

  // After a month name, a dot may precede what follows: "mai. 2018", "Aug. 6".
  std::size_t skip_dot(std::size_t j) {
    return t_.glued(j) && t_.is(j, ".") && t_.is_number(j + 1) ? j + 1 : j;
  }

  void named_sides(std::size_t i, std::vector<Side>& out) {
    if (auto d = day(i)) {
      out.push_back({d->value, 0, 0, Form::kDay, d->next});
      if (auto y = year(d->next + (t_.is(d->next, ",") ? 1 : 0)))
        out.push_back({d->value, 0, y->value, Form::kDayYear, y->next});
      std::size_t j = d->next + g_.day_month.match(t_, d->next);
      if (auto m = month(j)) {
        out.push_back({d->value, m->value, 0, Form::kDayMonth, m->next});
        std::size_t k = skip_dot(m->next);
        if (auto y = year(k + g_.month_year.match(t_, k)))
          out.push_back({d->value, m->value, y->value, Form::kDayMonth, y->next});
      }
    }
    if (auto m = month(i)) {
      out.push_back({0, m->value, 0, Form::kMonth, m->next});
      std::size_t k = skip_dot(m->next);
      if (auto y = year(k + g_.month_year.match(t_, k)))
        out.push_back({0, m->value, y->value, Form::kMonth, y->next});
      if (auto d = day(k)) {
        out.push_back({d->value, m->value, 0, Form::kMonthDay, d->next});
        if (auto y = year(d->next + (t_.is(d->next, ",") ? 1 : 0)))
          out.push_back({d->value, m->value, y->value, Form::kMonthDay, y->next});
      }
    }
  }

  // "23.05.2018", "23/05/2018", "2018-05-23", "2018/5/23", and "06.06." before a range.
  void numeric_side(std::size_t i, std::vector<Side>& out) {
    if (!t_.is_number(i) || !t_.glued(i + 1) || !t_.glued(i + 2) || !t_.is_number(i + 2)) return;
    const std::string sep = t_.text(i + 1);
    if (sep != "." && sep != "/" && sep != "-") return;
    const Token& a = t_[i];
    const Token& b = t_[i + 2];
    if (t_.glued(i + 3) && t_.is(i + 3, sep) && t_.glued(i + 4) && t_.is_number(i + 4)) {
      const Token& c = t_[i + 4];
      if (a.digits == 4 && b.digits <= 2 && c.digits <= 2 && year_in_range(a.value)) {
        out.push_back({written(c.value), written(b.value), a.value, Form::kNumeric, i + 5});
      } else if (a.digits <= 2 && b.digits <= 2 && c.digits == 4 && year_in_range(c.value)) {
        bool month_first = context_.month_first && sep != ".";
        std::size_t next = i + 5 + g_.year_suffixes.match(t_, i + 5);
        int day = written(month_first ? b.value : a.value);
        int month = written(month_first ? a.value : b.value);
        out.push_back({day, month, c.value, Form::kNumeric, next});
      }
    } else if (sep == "." && a.digits <= 2 && b.digits <= 2 && t_.glued(i + 3) &&
               t_.is(i + 3, ".")) {
      // Alone, only as a listed line's date: two digits in it and a colon after it
      // ("13.06.: Netzwerktreffen"), not "06.06." nor a section "1.2.".
      // Or opening a listed line before a separator or a time, or with two digits each
      // before a word ("30.04. Linux Presentation Day").
      bool is_line_date = (a.digits == 2 || b.digits == 2) && (t_.is(i + 4, ":") || opens_listed_line(i, i + 4));
      if (!is_line_date && a.digits == 2 && b.digits == 2 && opens_listed_line(i, i) && !t_.glued(i + 4) &&
          i + 4 < t_.size() && t_[i + 4].kind == Kind::kWord)
        is_line_date = true;
      if (!is_line_date && after_weekday(i)) is_line_date = true;  // "Donnerstag, 24.06."

      out.push_back({written(a.value), written(b.value), 0, Form::kNumericNoYear, i + 4, is_line_date});
    } else if (sep == "." && a.digits <= 2 && b.digits <= 2) {
      out.push_back({written(a.value), written(b.value), 0, Form::kNumericPair, i + 3});
      // "13.01 — Митап", "09.11 - 19:00 в библиотеке": a day and month of two digits
      // each that open a listed line before a separator or a time.
      if (a.digits == 2 && b.digits == 2 && opens_listed_line(i, i + 3))
        out.push_back({written(a.value), written(b.value), 0, Form::kNumericNoYear, i + 3, true});
      // "Spieleabend, 26.07, ab 17 Uhr, Raum 25.12": a day and month of two digits each,
      // set apart by commas in a listed line, with a time of day after them.
      if (a.digits == 2 && b.digits == 2 && i > 0 && t_.is(i - 1, ",") &&
          (t_.is(i + 3, ",") || (!t_.glued(i + 3) && t_.is(i + 3, "("))) && time_follows(i + 3))
        out.push_back({written(a.value), written(b.value), 0, Form::kNumericNoYear, i + 3, true});
    } else if (sep == "/" && a.digits <= 2 && b.digits <= 2 && weekday_in_parens(i + 3) != i + 3) {
      // "12/04 (月)", "09/19（四）": a weekday in brackets makes a month and day of two
      // numbers; month first where the weekday is Chinese or Japanese, as those write it.
      std::size_t after = weekday_in_parens(i + 3);
      bool month_first = context_.month_first || (i + 4 < t_.size() && t_[i + 4].cjk);
      int day = written(month_first ? b.value : a.value);
      int month = written(month_first ? a.value : b.value);
      out.push_back({day, month, 0, Form::kNumericNoYear, after, true});
    } else if ((sep == "/" || sep == ".") && a.digits <= 2 && b.digits <= 2 && (!t_.glued(i + 3) || t_.is(i + 3, ":")) &&
               (((a.digits == 2 || b.digits == 2) && opens_listed_line(i, i + 3)) || after_weekday(i) ||
                (sep == "/" && a.digits == 2 && b.digits == 2 && i > 0 && !t_.glued(i) && before_separator(i + 3)))) {
      // "• 12/03 – Lyon : Atelier", "Lundi 21/06 (17h30-19h) : Atelier musique",
      // "Tutorial I 18/03 - 19h - PUCRS": a day and month that open a listed line before a
      // separator, or follow a weekday, or have two digits each before a dash, in the
      // order of the bulletin's language.
      int day = written(context_.month_first ? b.value : a.value);
      int month = written(context_.month_first ? a.value : b.value);
      out.push_back({day, month, 0, Form::kNumericNoYear, i + 3, true});
    } else if ((sep == "/" || sep == "-") && a.digits <= 2 && b.digits <= 2 && !t_.glued(i + 3) &&
               is_cjk_month_day(i, sep, a.digits == 2 || b.digits == 2)) {
      // Chinese and Japanese text writes month and day with a slash or a hyphen:
      // "时间：6-25", "網路自由小聚 09/19 「…」".
      out.push_back({written(b.value), written(a.value), 0, Form::kNumericNoYear, i + 3, true});
    } else if ((sep == "/" || sep == ".") && a.digits <= 2 && b.digits <= 2 && i > 0 && t_.is(i - 1, "(") &&
               t_.glued(i) && t_.glued(i + 3) && t_.is(i + 3, ")") && only_punctuation(i + 4, t_.size())) {
      // "Group Hike (11/06)", "Potluck (01/08)": a day and month in brackets that close a
      // listed line, in the order the numbers allow, else the bulletin's.
      const bool month_first = reads_month_first(a.value, b.value, context_.month_first);
      out.push_back({written(month_first ? b.value : a.value), written(month_first ? a.value : b.value), 0,
                     Form::kNumericNoYear, i + 4, true});
    }
  }

  // Whether tokens [from, to) are all punctuation (or none).
  bool only_punctuation(std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < t_.size(); ++k)
      if (t_[k].kind != Kind::kPunct) return false;
    return true;
  }

  // A year of a Japanese era at i ("令和元年", "平成31年"): its Gregorian year and the
  // token after it.
  std::optional<std::pair<int, std::size_t>> era_year(std::size_t i) {
    for (const Era& era : g_.eras) {
      std::size_t j = i;
      bool is_name = !era.name.empty();
      for (const std::string& part : era.name) is_name = is_name && t_.is(j++, part);
      if (!is_name) continue;
      int n = 0;
      if (t_.is(j, "元")) n = 1;  // the first year
      else if (t_.is_number(j) && t_[j].digits <= 2) n = t_[j].value;
      if (n < 1) return std::nullopt;
      std::size_t k = g_.year_markers.match(t_, j + 1);
      if (!k) return std::nullopt;
      return std::make_pair(era.first_year + n - 1, j + 1 + k);
    }
    return std::nullopt;
  }

  // A year in brackets after the year it repeats: "2019年（令和元年）", "令和元年（2019年）".
  std::size_t after_bracketed_year(std::size_t j) {
    if (!t_.is(j, "(")) return j;
    std::size_t k = j + 1;
    if (auto era = era_year(k)) k = era->second;
    else if (t_.is_number(k) && t_[k].digits == 4) k += 1 + g_.year_markers.match(t_, k + 1);
    else return j;
    return t_.is(k, ")") ? k + 1 : j;
  }

  // Whether token i is a dash or a wave dash between two days: "25-27日", "25〜27日".
  bool is_day_dash(std::size_t i) {
    for (std::string_view dash : {"-", "\u2013", "\u2014", "~", "\u301C", "\uFF5E", "\uFF0D"})
      if (t_.is(i, dash)) return true;
    return false;
  }

  // "2018年6月6日", "2018年6月", "6月8日", "8日", "2018年六月", "令和元年6月15日"; spaces may
  // separate the parts.
  void cjk_side(std::size_t i, std::vector<Side>& out) {
    Side s{0, 0, 0, Form::kCjk, i};
    std::size_t j = i;
    if (auto era = era_year(j)) {
      s.year = era->first;
      j = after_bracketed_year(era->second);
    } else if (t_.is_number(j) && t_[j].digits == 4 && year_in_range(t_[j].value)) {
      if (std::size_t k = g_.year_markers.match(t_, j + 1)) {
        s.year = t_[j].value;
        j = after_bracketed_year(j + 1 + k);
      }
    }
    if (t_.is_number(j) && t_[j].digits <= 2) {
      if (std::size_t k = g_.month_markers.match(t_, j + 1)) {
        s.month = written(t_[j].value);
        j += 1 + k;
      }
    } else if (j < t_.size() && t_[j].cjk) {
      if (auto hit = month_at(j)) {
        s.month = hit->value;
        j += hit->tokens;
      }
    }
    if (t_.is_number(j) && t_[j].digits <= 2) {
      if (std::size_t k = g_.day_markers.match(t_, j + 1)) {
        s.day = written(t_[j].value);
        j = weekday_in_parens(j + 1 + k);
      } else if (s.month && is_day_dash(j + 1) && t_.is_number(j + 2) && t_[j + 2].digits <= 2 &&
                 (g_.day_markers.match(t_, j + 3) || g_.month_markers.match(t_, j + 3))) {
        // "9月25-27日", "2017 年 9 月 25–27 日", "9月25-10月2日": the first day of a range
        // takes the marker that closes the range.
        s.day = written(t_[j].value);
        j += 1;
      }
    }
    bool shaped = s.day ? (s.month || !s.year) : (s.year && s.month);
    if (!shaped) return;
    s.next = j;
    out.push_back(s);
  }

  // Every reading of one end of a range starting at token i, with or without a weekday.
  void sides(std::size_t i, std::vector<Side>& out) {
    auto collect = [&](std::size_t start) {
      named_sides(start, out);
      numeric_side(start, out);
      cjk_side(start, out);
    };
    collect(i);
    if (auto after = weekday(i)) {
      collect(*after);
      // "Lunes 11 - 19H00", "Saturday 14th": a weekday and a day of the month alone.
      auto number = g_.weekday_numbers.match(t_, i);
      if (auto d = day(*after); d && number && !month(d->next) && !month(d->next + 1))
        out.push_back({d->value, 0, 0, Form::kWeekdayDay, d->next, true, number->value});
    }
  }

  // Whether two ends may form a range, given what each end may borrow from the other.
  bool combinable(const Side& a, const Side& b, bool interval) {
    if (interval) return a.form == Form::kNumeric && b.form == Form::kNumeric;
    if ((a.day > 0) != (b.day > 0)) return false;
    if (!a.day) return ((a.form == Form::kMonth && b.form == Form::kMonth) ||
                        (a.form == Form::kCjk && b.form == Form::kCjk)) && (a.year || b.year);
    auto b_is = [&](std::initializer_list<Form> forms) {
      return std::find(forms.begin(), forms.end(), b.form) != forms.end();
    };
    switch (a.form) {
      case Form::kDay:  // a bare day before a numeric date must be dotted: "6.–8.6.2018",
                        // not "Room 3 - 23.05.2018"
        // "25.-27.03." too: a dotted day before a dotted day and month.
        if (b.form == Form::kNumeric || b.form == Form::kNumericNoYear) return t_.is(a.next - 1, ".");
        return b.form == Form::kDayMonth;
      case Form::kNumericNoYear:
      case Form::kDayMonth: return b_is({Form::kDayMonth, Form::kNumeric});
      case Form::kNumericPair: return b.form == Form::kNumeric;
      case Form::kMonthDay:
        return b_is({Form::kDay, Form::kDayYear, Form::kMonthDay, Form::kDayMonth});
      case Form::kNumeric: return b.form == Form::kNumeric;
      case Form::kCjk: return b.form == Form::kCjk && (a.month || b.month) && (!b.year || b.month);
      default: return false;
    }
  }

  // The dates of a single end or of a range; nullopt when they are no real dates.
  std::optional<DateMatch> resolve(Side s, Side e) {
    if (s.form == Form::kWeekdayDay) return resolve_weekday_day(s);
    bool s_month_own = s.month > 0, e_month_own = e.month > 0;
    if (!s.month) s.month = e.month;
    if (!e.month) e.month = s.month;
    bool s_year_borrowed = !s.year && e.year, e_year_borrowed = s.year && !e.year;
    if (!s.year) s.year = e.year;
    if (!e.year) e.year = s.year;
    bool wraps = s_month_own && e_month_own && e.month < s.month;  // "30 Dec – 2 Jan"
    if (s_year_borrowed && wraps) --s.year;
    if (e_year_borrowed && wraps) ++e.year;
    DateMatch m;
    m.has_year = s.year > 0;
    if (!m.has_year) {
      // The nearest on or after the issue date (the end, for a range), or in the six
      // weeks before it, as a monthly issue reports on the month before: "06/24
      // に開催されました" in an issue of 30 June is this June's, "12月5日" in an issue of
      // 7 January last December's.
      if (!context_.issue_date) return std::nullopt;
      const Date& issue = *context_.issue_date;
      constexpr long kRecentDays = 45;
      for (int y = issue.year - 1; y <= issue.year + 1 && !s.year; ++y) {
        Date end{wraps ? y + 1 : y, e.month, e.day};
        if (Date::is_valid(end.year, end.month, end.day) &&
            end.days_since_epoch() >= issue.days_since_epoch() - kRecentDays) {
          s.year = y;
          e.year = end.year;
        }
      }
      if (!s.year) return std::nullopt;
    }
    int s_day = s.day ? s.day : 1;
    int e_day = e.day ? e.day : Date::days_in_month(e.year, e.month);
    if (!Date::is_valid(s.year, s.month, s_day) || !Date::is_valid(e.year, e.month, e_day))
      return std::nullopt;
    m.range = {{s.year, s.month, s_day}, {e.year, e.month, e_day}};
    if (m.range.end < m.range.start) return std::nullopt;
    return m;
  }

  // The first date from a week before the issue date on, within two months, whose day
  // and weekday are those printed: "Lunes 11" in an issue of 6 November 2019 is 11
  // November.
  std::optional<DateMatch> resolve_weekday_day(const Side& s) {
    if (!context_.issue_date) return std::nullopt;
    constexpr long kBefore = 7, kAfter = 62;
    const long issue = context_.issue_date->days_since_epoch();
    for (long days = issue - kBefore; days <= issue + kAfter; ++days) {
      Date date = Date::from_days_since_epoch(days);
      if (date.day == s.day && date.weekday() == s.weekday) {
        DateMatch m;
        m.range = {date, date};
        return m;
      }
    }
    return std::nullopt;
  }

  static bool single(const Side& s) {
    switch (s.form) {
      case Form::kDayMonth:
      case Form::kMonthDay:
      case Form::kNumeric: return true;
      // "13.06.: …" and "12/04 (月)" (numeric_side decides).
      case Form::kNumericNoYear: return s.may_stand_alone;
      case Form::kMonth: return s.year > 0;  // "May" alone is a verb more often than a month
      case Form::kWeekdayDay: return true;
      case Form::kCjk: return s.month > 0;
      default: return false;
    }
  }

  std::optional<Candidate> expression(std::size_t i) {
    std::size_t first = i + g_.prefixes.match(t_, i);
    std::vector<Side> firsts, seconds;
    sides(first, firsts);
    std::optional<Candidate> best;
    auto consider = [&](std::size_t next, bool numeric, std::optional<DateMatch> m) {
      if (!ends_ok(next) || (numeric && after_doc_word(i))) return;
      if (best && (next < best->next || (next == best->next && (best->match || !m)))) return;
      if (m) {
        m->begin = t_[i].begin;
        m->end = t_[next - 1].end;
      }
      best = Candidate{next, m};
    };
    for (const Side& a : firsts) {
      bool numeric = a.form == Form::kNumeric || a.form == Form::kNumericNoYear;
      if (single(a)) {
        // The date with its weekday and time when they end cleanly, else the date alone:
        // "2025-06-29 13:30-17:30" is the 29th, its time a range of its own.
        if (a.form == Form::kNumeric) consider(after_weekday_time(a.next), numeric, resolve(a, a));
        consider(a.next, numeric, resolve(a, a));
      }
      // A bare number after "No." or "Issue" numbers a document or an issue, and opens no
      // range: "Issue 17 – 11 July 2019" is the issue of 11 July.
      if (a.form == Form::kDay && after_doc_word(i, true)) continue;
      // "2015-04-08 mié 17:00–2015-04-08 mié 20:30", "<2015-04-15 mié>–<2015-04-19 dom>"
      // (org-mode timestamps): a weekday, a time and brackets may close the first end.
      std::size_t a_next = a.form == Form::kNumeric ? after_weekday_time(a.next) : a.next;
      bool interval = t_.is(a_next, "/");
      std::size_t link = interval ? 1 : g_.connectors.match(t_, a_next);
      // "Freitag, 02.02.2024, bis Samstag, 03.02.2024": a comma may stand before the connector.
      if (!link && !interval && t_.is(a_next, ",") && (a.form == Form::kNumeric || a.year))
        if (std::size_t after_comma = g_.connectors.match(t_, a_next + 1)) link = 1 + after_comma;
      if (!link && a.form == Form::kDay) link = g_.lists.match(t_, a_next);
      if (!link) continue;
      std::size_t second = a_next + link;
      if (a_next != a.next && (t_.is(second, "<") || t_.is(second, "["))) ++second;
      seconds.clear();
      sides(second, seconds);
      for (const Side& b : seconds) {
        // "04.06 bis 07.06.  Gulaschprogrammiernacht": yearless numeric ends that open a
        // listed line.
        bool listed_pair = (a.form == Form::kNumericPair || a.form == Form::kNumericNoYear) &&
                           b.form == Form::kNumericNoYear && opens_listed_line(i, i);
        if (!combinable(a, b, interval) && !listed_pair) continue;
        std::size_t next = b.next + g_.closers.match(t_, b.next);
        if (b.form == Form::kNumeric && next == b.next) next = after_weekday_time(next);
        consider(next, numeric && b.form == Form::kNumeric, resolve(a, b));
      }
    }
    return best;
  }

  const Grammar& g_;
  Tokens t_;
  const DateContext& context_;
  std::vector<std::pair<bool, std::optional<Lexicon::Hit>>> month_memo_;
};

}  // namespace

struct DateFinder::Tables {
  Grammar grammar;
};

DateFinder::DateFinder() : tables_(new Tables) { build(tables_->grammar); }

DateFinder::~DateFinder() { delete tables_; }

std::vector<DateMatch> DateFinder::find_all(std::string_view text,
                                            const DateContext& context) const {
  return Parser(tables_->grammar, text, context).run(false);
}

std::optional<DateMatch> DateFinder::find_first(std::string_view text,
                                                const DateContext& context) const {
  std::vector<DateMatch> found = Parser(tables_->grammar, text, context).run(true);
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool reads_month_first(int a, int b, bool month_first) { return b > 12 || (a <= 12 && month_first); }

bool writes_month_first(std::string_view text) {
  constexpr int kMinEvidence = 2;
  int month_first = 0, day_first = 0;
  auto is_digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  // A number of one or two digits at k that no digit, dot or slash precedes; its end.
  auto number_at = [&](std::size_t k, int& value) {
    std::size_t end = k;
    value = 0;
    while (is_digit(end) && end - k < 3) value = value * 10 + (text[end++] - '0');
    return end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(i) || (i > 0 && (is_digit(i - 1) || text[i - 1] == '.' || text[i - 1] == '/'))) continue;
    int a = 0, b = 0;
    const std::size_t sep = number_at(i, a);
    // Slashes only: dots join the numbers of versions ("Python 3.12") as often as dates.
    if (sep - i > 2 || sep >= text.size() || text[sep] != '/' || !is_digit(sep + 1)) continue;
    const std::size_t end = number_at(sep + 1, b);
    // "12/25" or "12/25/2024", not "1/2/3".
    if (end - sep - 1 > 2 || is_digit(end)) continue;
    if (end < text.size() && text[end] == '/' && is_digit(end + 1)) {
      std::size_t year = end + 1;
      while (is_digit(year)) ++year;
      if (year - end - 1 != 4) continue;
    }
    if (a == 0 || b == 0) continue;
    if (b > 12 && b <= 31 && a <= 12) ++month_first;
    if (a > 12 && a <= 31 && b <= 12) ++day_first;
    i = end;
  }
  return month_first >= kMinEvidence && day_first == 0;
}

bool is_issue_word(std::string_view folded) {
  return std::find(kIssueWords.begin(), kIssueWords.end(), folded) != kIssueWords.end();
}

const DateFinder& date_finder() {
  static const DateFinder instance;
  return instance;
}

}  // namespace almanac::index
