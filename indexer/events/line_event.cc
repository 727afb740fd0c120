#include "events/line_event.h"

#include <algorithm>
#include <array>
#include <regex>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "almanac/analyzer.h"
#include "events/event_reader.h"
#include "events/line_text.h"
#include "events/markers.h"
#include "fields/places.h"

namespace almanac::index {
namespace {

// The event's own sentence is short: a longer one is prose, not a listed event.
constexpr std::size_t kMaxLineChars = 240;


// A web address that ends the text, but for spaces.
const std::regex& address_at_end() {
  static const std::regex pattern(R"re((https?://|www\.)[^\s<>()]+\s*$)re", std::regex::optimize);
  return pattern;
}

// A time of day as four digits and a time zone after it: "1830 Europe/Paris", "1900
// America/New_York", "18:30 CET".
const std::regex& zoned_time_pattern() {
  static const std::regex pattern(
      R"re(\b([01]\d|2[0-3]):?[0-5]\d\s+([A-Z][A-Za-z]+/[A-Za-z_]+(/[A-Za-z_]+)?|UTC|GMT|CET|CEST|[ECMP][SD]T)\b)re",
      std::regex::optimize);
  return pattern;
}

const std::regex& url_pattern() {
  static const std::regex pattern(R"re((https?://|www\.)[^\s<>()（）]+)re", std::regex::optimize);
  return pattern;
}


// Where the sentence that holds the date ends: at the first ". ", "! ", "? " or "。" after
// it outside brackets, when a word of more than one letter precedes it (not "5." in "Das
// 5. Treffen", nor an initial, nor an abbreviation with dots, "e.V.").
std::size_t sentence_end(std::string_view text, std::size_t from) {
  // Not inside brackets: "[PyCoffee. Hot coffee and Pythonic discussions]", "(Ort:
  // Marquardtei, Herrenberger Str. 34)".
  int depth = 0;
  auto step = [&](char c) { depth += (c == '[' || c == '(') ? 1 : (c == ']' || c == ')') && depth > 0 ? -1 : 0; };
  for (std::size_t i = 0; i < from && i < text.size(); ++i) step(text[i]);
  for (std::size_t i = from; i < text.size(); ++i) {
    step(text[i]);
    if (depth > 0) continue;
    if (text.substr(i).starts_with("。")) return i + 3;
    char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ' && i >= 2 &&
        text[i - 1] != ' ' && text[i - 2] != ' ' && text[i - 2] != '.' && !(text[i - 1] >= '0' && text[i - 1] <= '9'))
      return i + 1;
  }
  return text.size();
}

// Words that join a date or a place to a title: "le 23 janvier", "on May 5", "в Минске",
// "في 12 فبراير", "が 12/04 に", "は 6月9日", "将于06月09日" (folded).
bool is_joining_word(std::string_view folded) {
  static constexpr std::array<std::string_view, 41> kWords = {
      "le", "les", "du", "au", "on", "at", "in", "from", "until", "to", "am", "im", "vom", "bis",
      "ab", "el", "los", "del", "em", "no", "na", "nos", "de", "a", "à", "в", "во", "с", "по",
      "في", "من", "が", "に", "で", "は", "将于", "将", "于", "将在", "在", "於"};
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

// Whether text opens with a word that puts what follows in a place: "in der", "im", "at
// the", "à la", "au", "en el", "no", "в", "на", "في".
bool opens_with_place_word(std::string_view text) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "in", "im", "at", "a", "à", "au", "aux", "en", "no", "na", "em", "в", "во", "на", "في", "@"};
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos) return false;
  const std::string word = analyzer().fold(text.substr(0, space));
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

}  // namespace

std::string trim_line_part(std::string_view part) {
  std::string text = normalize_space(part);
  for (bool changed = true; changed && !text.empty();) {
    changed = false;
    // Edge symbols: punctuation and symbols other than letters, digits, '#', '+' and a
    // closing bracket or quote that belongs to the title.
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    int32_t begin = 0, end = u.length();
    auto is_edge = [](UChar32 c) {
      if (u_isalnum(c) || c == '#' || c == '+' || c == '!' || c == '?' || c == '"' || c == '\'') return false;
      return !(c == 0x201D || c == 0x00BB || c == 0x300D || c == 0x300F);  // ” » 」 』 close a title
    };
    while (begin < end && (is_edge(u.char32At(begin)) || u_isUWhiteSpace(u.char32At(begin)))) begin = u.moveIndex32(begin, 1);
    while (end > begin) {
      int32_t prev = u.moveIndex32(end, -1);
      UChar32 c = u.char32At(prev);
      if (!(is_edge(c) || u_isUWhiteSpace(c)) || c == ')' || c == 0xFF09) {
        // A closing bracket stays when its opening one is in the part: "Workshop (Vienna)".
        if ((c == ')' || c == 0xFF09) && u.indexOf(c == ')' ? UChar(u'(') : UChar(0xFF08), begin) < 0) {
          end = prev;
          continue;
        }
        break;
      }
      end = prev;
    }
    std::string trimmed;
    u.tempSubStringBetween(begin, end).toUTF8String(trimmed);
    if (trimmed != text) {
      text = trimmed;
      changed = true;
    }
    // Joining words at either end.
    std::size_t space = text.find(' ');
    if (space != std::string::npos && is_joining_word(analyzer().fold(text.substr(0, space)))) {
      text = normalize_space(text.substr(space));
      changed = true;
    }
    std::size_t last = text.rfind(' ');
    if (last != std::string::npos && is_joining_word(analyzer().fold(text.substr(last + 1)))) {
      text = normalize_space(text.substr(0, last));
      changed = true;
    }
    if (!text.empty() && text.find(' ') == std::string::npos && is_joining_word(analyzer().fold(text))) {
      text.clear();
    }
  }
  return text;
}

namespace {

// Whether text is a place that is known as one: it names a country, or a city whose
// country is known, or says the event is online, in most of its text. (read_place takes any text it is given
// for a place; a title is no place.)
bool names_place(std::string_view text, const std::string& lang) {
  auto place = read_place(text, lang);
  if (!place || !(place->country || place->is_online)) return false;
  // Most of the text, not a place named inside a title ("PyCoffee … in Porto i/o").
  std::string whole = trim_line_part(text);
  return place->is_online || place->location.size() * 10 >= whole.size() * 6;
}

// Whether a title's tail after a preposition reads as a proper name: at most three
// words, the first capitalised ("Черновцах", "Porto Alegre").
bool is_name_tail(std::string_view tail) {
  if (tail.empty() || std::count(tail.begin(), tail.end(), ' ') > 2) return false;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(tail.data(), static_cast<int32_t>(tail.size())));
  return u.length() > 0 && u_isupper(u.char32At(0));
}

// Adds a part to the parts of a line that may name its place, joined by " · ".
void add_part(std::string& parts, std::string_view part) {
  if (!parts.empty()) parts += " · ";
  parts += part;
}

// "ChernivtsiJS в Черновцах" → "ChernivtsiJS", with "Черновцах" as its place: a title
// that ends in a preposition and a place ends before them. With `is_whole_line` (the
// title was the whole line, its date cut out of it), a capitalised name after the
// preposition is taken for the place even when the place is not known.
std::string cut_trailing_place(std::string title, std::string& place, const std::string& lang,
                               bool is_whole_line = false) {
  static constexpr std::array<std::string_view, 16> kPrepositions = {
      " in ", " at ", " à ", " en ", " em ", " na ", " no ", " в ", " во ", " في ", " bei ",
      " a ", " @ ", " à la ", " auf ", " au "};
  // "Python Pereira Meetup #14 (Pereira, Colombia)": a place in brackets at the end.
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    const std::string trimmed = normalize_space(title);
    const std::size_t at = trimmed.rfind(open);
    if (!trimmed.ends_with(close) || at == std::string::npos || at == 0) continue;
    const std::string inside = trimmed.substr(at + open.size(), trimmed.size() - close.size() - at - open.size());
    if (inside.empty() || !names_place(inside, lang)) continue;
    add_part(place, inside);
    return trim_line_part(std::string_view(trimmed).substr(0, at));
  }
  // "Auftritt Licher Kulturtage in der Synagoge", "CactusCon at the Phoenix Convention
  // Center": a preposition and an article before a capitalised name of at most four
  // words end the title at a venue.
  static constexpr std::array<std::string_view, 14> kVenueOpenings = {
      " in der ", " im ", " in den ", " at the ", " à la ", " au ", " en el ", " en la ", " no ",
      " na ", " in the ", " dans la ", " во ", " in die "};
  for (std::string_view opening : kVenueOpenings) {
    const std::size_t at = title.rfind(opening);
    if (at == std::string::npos || at == 0) continue;
    const std::string tail = trim_line_part(std::string_view(title).substr(at + opening.size()));
    const std::string head = trim_line_part(std::string_view(title).substr(0, at));
    constexpr std::size_t kMaxVenueSpaces = 3;
    if (tail.empty() || letters(head) < 3 || static_cast<std::size_t>(std::count(tail.begin(), tail.end(), ' ')) > kMaxVenueSpaces)
      continue;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(tail);
    if (!u_isupper(u.char32At(0))) continue;
    add_part(place, tail);
    return head;
  }
  std::size_t best = std::string::npos, best_len = 0;
  for (std::string_view p : kPrepositions) {
    std::size_t at = title.rfind(p);
    if (at != std::string::npos && at > 0 && (best == std::string::npos || at > best)) {
      best = at;
      best_len = p.size();
    }
  }
  if (best == std::string::npos) return title;
  std::string tail = trim_line_part(std::string_view(title).substr(best + best_len));
  if (tail.empty() || !(names_place(tail, lang) || (is_whole_line && is_name_tail(tail)))) return title;
  add_part(place, tail);
  return trim_line_part(std::string_view(title).substr(0, best));
}

bool overlaps(std::size_t a, std::size_t b, std::size_t c, std::size_t d) { return a < d && c < b; }

// Whether a part of a line is another date with a few words ("日本時間 2 月 7 日 1:00",
// "heure de Paris : 7 février 1:00"): the date again in another zone, no title.
bool is_mostly_date(std::string_view part) {
  constexpr std::size_t kMaxOtherLetters = 20;  // letters() counts a CJK character twice
  constexpr std::size_t kMaxOtherWords = 3;
  static constexpr std::array<std::string_view, 1> kSpaceCut = {" "};
  // Any year will do: the question is whether a date is printed, not which one.
  const DateContext any_year{Date{2000, 1, 1}};
  const auto date = date_finder().find_first(part, any_year);
  if (!date) return false;
  std::string rest = std::string(part.substr(0, date->begin)) + " " + std::string(part.substr(date->end));
  static const std::regex meridiem(R"re((^|[^A-Za-z])[AaPp]\.?[Mm]\.?([^A-Za-z]|$))re", std::regex::optimize);
  rest = std::regex_replace(rest, time_pattern(), " ");
  rest = std::regex_replace(rest, meridiem, " ");
  std::size_t words = 0;
  for (const std::string& word : split_at(normalize_space(rest), kSpaceCut))
    words += letters(word) > 0;
  return letters(rest) <= kMaxOtherLetters && words <= kMaxOtherWords;
}

// Whether `text` (a separator and what follows, or what precedes and a separator) sets
// the date apart from its neighbours on the line.
bool is_apart(std::string_view before, std::string_view after) {
  std::string_view b = strip_label(before);
  while (!b.empty() && b.back() == ' ') b.remove_suffix(1);
  if (b.empty() || ends_with_separator(b)) return true;
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  for (std::string_view sep : {"-", "–", "—", "|", ",", ":", "：", "，", "،", "·", "•", ")", "）", "("})
    if (after.starts_with(sep)) return true;
  return after.empty();
}

}  // namespace

namespace {

// Verbs that say an event takes place, folded; CJK ones are matched inside words.
constexpr std::array<std::string_view, 44> kTakesPlace = {
    "will take place", "takes place", "will be held", "is held", "will happen",
    "aura lieu", "se tiendra", "se deroulera", "a lieu", "se tient", "se deroule",
    "tendra lugar", "se celebrara", "se llevara a cabo", "se realizara", "tiene lugar",
    "findet", "stattfinden", "wird stattfinden", "acontecera", "acontece", "sera realizado",
    "sera realizada", "tera lugar", "ocorrera", "состоится", "пройдет", "проходит",
    "будет проходить", "سيعقد", "ستعقد", "يعقد", "تعقد", "سيقام", "ستقام", "تقام",
    "举行", "舉行", "举办", "舉辦", "召开", "召開", "開催", "開かれ"};

constexpr std::array<std::string_view, 1> kSpace = {" "};

}  // namespace

namespace {

// The sentence of `text` that holds the date: [start, end).
std::pair<std::size_t, std::size_t> date_sentence(const std::string& text, const DateMatch& date) {
  // The sentence around the date.
  std::size_t start = 0;
  for (std::size_t i = date.begin; i-- > 1;) {
    if ((text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?') && text[i] == ' ' && i >= 3 && text[i - 2] != ' ' &&
        text[i - 3] != ' ' && text[i - 3] != '.') {
      start = i + 1;
      break;
    }
    if (i >= 3 && std::string_view(text).substr(i - 3, 3) == "。") {
      start = i;
      break;
    }
  }
  return {start, sentence_end(text, date.end)};
}

}  // namespace

bool takes_place_in_sentence(const Block& b, const DateMatch& date) {
  if (date.end > b.text.size()) return false;
  auto [start, end] = date_sentence(b.text, date);
  std::string_view sentence = std::string_view(b.text).substr(start, end - start);
  if (chars(sentence) > kMaxLineChars) return false;
  std::string folded = " " + analyzer().fold(sentence) + " ";
  for (char& c : folded)
    if (c == ',' || c == '.' || c == ';' || c == ':') c = ' ';
  if (phrase_at(folded, kTakesPlace) == std::string::npos) return false;
  // German splits its verb: "findet … statt".
  return folded.find(" findet ") == std::string::npos || folded.find(" statt ") != std::string::npos ||
         folded.find(" stattfinden ") != std::string::npos;
}

std::optional<EventLine> read_event_sentence(const Block& b, const DateMatch& date, const std::string& lang) {
  if (!takes_place_in_sentence(b, date)) return std::nullopt;
  const std::string& text = b.text;
  auto [start, end] = date_sentence(text, date);
  std::string_view sentence = std::string_view(text).substr(start, end - start);

  EventLine out;
  out.description = normalize_space(std::string_view(text).substr(end));
  // The title: the sentence's link, else its words before the date and the verb.
  for (const Link& link : b.links) {
    std::string label = normalize_space(link.text);
    if (label.empty() || is_address(label) || is_more_link_text(label) || letters(label) < 3) continue;
    std::size_t at = sentence.find(label);
    if (at == std::string_view::npos) continue;
    out.title = label;
    out.url = link.href;
    out.is_title_marked = true;
    break;
  }
  std::string rest(sentence);
  std::size_t date_at = date.begin - start;
  rest.replace(date_at, date.end - date.begin, " | ");
  if (out.title.empty()) {
    // The words before the verb and the date: "RubyConf 2014 состоится в Сиднее …",
    // "GopherChina 2023 大会 将于…".
    std::string subject;
    std::string_view before = std::string_view(rest).substr(0, std::min(rest.find(" | "), rest.size()));
    bool at_verb = false;
    for (const std::string& word : split_at(before, kSpace)) {
      std::string folded_word = analyzer().fold(word);
      for (std::string_view verb : kTakesPlace) {
        bool is_cjk = is_cjk_phrase(verb);
        if (is_cjk ? word.find(verb) != std::string::npos
                   : folded_word == verb.substr(0, std::min(verb.find(' '), verb.size()))) {
          if (is_cjk) subject += word.substr(0, word.find(verb));
          at_verb = true;
          break;
        }
      }
      if (at_verb) break;
      subject += word + " ";
    }
    // "活动信息：* GopherChina 2023 大会 将于…", "News: RubyConf 2014 will take place…": a
    // short label and a list mark before the subject are neither.
    constexpr std::size_t kMaxLabelChars = 20;
    for (std::string_view colon : {std::string_view("："), std::string_view(": ")}) {
      const std::size_t at = subject.find(colon);
      if (at != std::string::npos && chars(std::string_view(subject).substr(0, at)) <= kMaxLabelChars &&
          letters(std::string_view(subject).substr(at + colon.size())) >= 3)
        subject = subject.substr(at + colon.size());
    }
    std::string place;
    subject = cut_trailing_place(trim_line_part(subject), place, lang);
    if (letters(subject) < 3 || chars(subject) > 120) return std::nullopt;
    out.title = subject;
    out.place = place;
  }
  if (out.place.empty()) {
    // "在北京举行": the verb closes the place, it is no part of it.
    for (std::string_view verb : kTakesPlace)
      if (is_cjk_phrase(verb))
        for (std::size_t at = rest.find(verb); at != std::string::npos; at = rest.find(verb, at))
          rest.replace(at, verb.size(), " | ");
    out.place = place_text(rest);
  }
  return out;
}

std::optional<EventLine> read_event_line(const Block& b, const DateMatch& date, const std::string& lang) {
  const std::string& text = b.text;
  if (date.end > text.size()) return std::nullopt;
  // "Когда: 18-20 сентября", "Where: Dublin (Sat Aug 6)": a field of a label-value block,
  // not a listed event.
  if (const FieldLabel field = field_label(text); field == FieldLabel::kWhen || field == FieldLabel::kWhere)
    return std::nullopt;
  std::size_t end = sentence_end(text, date.end);
  // No sentence ends inside a link's text: "Wahlreform jetzt! @ Presseclub".
  for (const Link& link : b.links) {
    const std::string label = normalize_space(link.text);
    const std::size_t at = label.empty() ? std::string::npos : text.find(label);
    if (at != std::string::npos && at < end && at + label.size() > end) end = sentence_end(text, at + label.size());
  }
  std::string_view line = std::string_view(text).substr(0, end);
  if (chars(line) > kMaxLineChars) return std::nullopt;

  EventLine out;
  out.description = normalize_space(std::string_view(text).substr(end));
  // Every span of the line that is neither title nor date: what may name the place.
  std::vector<std::pair<std::size_t, std::size_t>> used{{date.begin, date.end}};

  // A listed event opens its line with its title or its date, or sets its date apart;
  // a link or a bold word inside a sentence that mentions a date is prose.
  auto opens_line = [&](std::size_t at) { return trim_line_part(line.substr(0, at)).empty(); };
  bool is_listed = opens_line(date.begin) || is_apart(line.substr(0, date.begin), line.substr(date.end));
  // A candidate title at `at` that holds the date, without it: "vom 6. bis 8. Juni 2018 in
  // Wien" → "vom in Wien".
  auto without_date = [&](const std::string& candidate, std::size_t at) {
    return candidate.substr(0, date.begin - at) + " " + candidate.substr(std::min(candidate.size(), date.end - at));
  };
  auto take = [&](const std::string& candidate, std::size_t at, const std::string* href) {
    if (!is_listed && !opens_line(at)) return false;
    std::string title = candidate;
    if (date.end > date.begin && at <= date.begin && at + candidate.size() >= date.end) {
      // The title's text holds the date: the link is the whole line. The words before
      // the date are the title ("DevFest Lille 9 juin - inscriptions et CfP ouvert"),
      // else those after it ("23 June: Rust meetup").
      std::string before = trim_line_part(std::string_view(candidate).substr(0, date.begin - at));
      std::string after = trim_line_part(std::string_view(candidate).substr(date.end - at));
      title = letters(before) >= 3 ? before : trim_line_part(before + " " + after);
      title = cut_trailing_place(title, out.place, lang, /*is_whole_line=*/true);
    }
    if (letters(title) < 2 || is_mostly_date(title)) return false;
    out.title = title;
    if (href) out.url = *href;
    out.is_title_marked = true;
    used.emplace_back(at, at + candidate.size());
    return true;
  };

  // 1. A link's text: not an address, not a "more information" link, not a place, not
  //    the date alone.
  for (const Link& link : b.links) {
    std::string label = normalize_space(link.text);
    if (label.empty() || is_address(label) || is_more_link_text(label)) continue;
    std::size_t at = line.find(label);
    if (at == std::string_view::npos) continue;
    if (at >= date.begin && at + label.size() <= date.end) continue;
    bool holds_date = date.end > date.begin && at <= date.begin && at + label.size() >= date.end;
    if (!holds_date && names_place(label, lang)) continue;
    if (take(label, at, &link.href)) break;
  }
  // 2. A bold run's text, not a label ("Wann:"), not the date, not a place.
  if (out.title.empty()) {
    for (const std::string& bold : b.bold_texts) {
      std::size_t at = line.find(bold);
      if (at == std::string_view::npos || bold.ends_with(":") || bold.ends_with("：")) continue;
      if (overlaps(at, at + bold.size(), date.begin, date.end) && !(at <= date.begin && at + bold.size() >= date.end))
        continue;
      if (at <= date.begin && at + bold.size() >= date.end && trim_line_part(bold).size() <= date.end - date.begin + 2)
        continue;  // the bold run is the date
      bool holds_date = at <= date.begin && at + bold.size() >= date.end;
      if (names_place(holds_date ? without_date(bold, at) : bold, lang)) continue;
      if (take(bold, at, nullptr)) break;
    }
  }
  // 3. The first part of the line, cut at separators, that is no place, time or address,
  //    when the date stands apart from the words around it.
  std::string rest;
  if (out.title.empty()) {
    // "Gopher北京meetup   时间：6-25": the words before a date label are the title.
    std::size_t label = date_label_start(line.substr(0, date.begin));
    if (label != std::string_view::npos) {
      std::string title = trim_line_part(strip_label(line.substr(0, label)));
      if (letters(title) >= 3 && !names_place(title, lang)) {
        out.title = cut_trailing_place(title, out.place, lang);
        out.is_title_marked = true;
        used.emplace_back(0, date.begin);
      }
    }
  }
  if (out.title.empty()) {
    // "Go Study Group https://e.example/g Tue Dec 5 1830 Europe/Paris": an address
    // before the date sets it apart too.
    std::string before(line.substr(0, date.begin));
    bool after_address = std::regex_search(before, address_at_end());
    // In a list item, a word that joins a date to its title sets it apart as well, before
    // the date or as the date's own first word: "LoeRoWo XLIX vom 30.04. - 05.05.2024 im
    // Haus Sonnhalde", "Stammtisch am 12.03.".
    constexpr std::size_t kMaxJoinedTitleChars = 60, kMaxJoinedTitleSpaces = 4;
    const std::string spaced_before = normalize_space(before);
    const std::string date_text = normalize_space(line.substr(date.begin, date.end - date.begin));
    const std::size_t last_space = spaced_before.rfind(' ');
    const std::string last_word = last_space == std::string::npos ? spaced_before : spaced_before.substr(last_space + 1);
    const bool after_joining_word = b.is_list_item && !spaced_before.empty() && chars(spaced_before) <= kMaxJoinedTitleChars &&
                                    static_cast<std::size_t>(std::count(spaced_before.begin(), spaced_before.end(), ' ')) <= kMaxJoinedTitleSpaces &&
                                    (is_joining_word(analyzer().fold(last_word)) ||
                                     is_joining_word(analyzer().fold(date_text.substr(0, date_text.find(' ')))));
    if (!after_address && !after_joining_word && !is_apart(before, line.substr(date.end))) return std::nullopt;
    std::string marked(line);
    marked.replace(date.begin, date.end - date.begin, " | ");
    marked = std::regex_replace(marked, url_pattern(), " | ");
    // A time is marked apart ("\x01"): a place may follow it ("Ab 14 Uhr in der …").
    marked = std::regex_replace(marked, time_pattern(), " | \x01");
    marked = std::regex_replace(marked, zoned_time_pattern(), " | ");
    // A "more information", calendar or ticket link is no part of the title.
    for (const Link& link : b.links) {
      const std::string label = normalize_space(link.text);
      if (label.empty() || !is_more_link_text(label)) continue;
      if (std::size_t at = marked.find(label); at != std::string::npos) marked.replace(at, label.size(), " | ");
    }
    // "10:00 - 16:30 @ DCU All Hallows Campus": what follows "@" is the venue.
    for (std::size_t at = marked.find(" @ "); at != std::string::npos; at = marked.find(" @ ", at + 4))
      marked.replace(at, 3, " | @");
    static constexpr std::array<std::string_view, 17> kCuts = {
        " - ", " – ", " — ", "|", "·", "•", ": ", "：", "(", ")", "（", "）", ", ", "，", "،", "; ", "\u00A0-"};
    for (const std::string& raw : split_at(marked, kCuts)) {
      std::string spaced = normalize_space(raw);
      const bool after_time = spaced.starts_with("\x01");
      if (after_time) spaced = normalize_space(spaced.substr(1));
      // Marked before trimming, which takes the "@" off; a place word right after a time
      // ("Ab 14 Uhr in der Dieter-Kaltenbach-Stiftung", "19h à la Maison du Libre",
      // "18:00 at the Old Pub") opens a venue as "@" does.
      const std::size_t first = spaced.find_first_not_of(' ');
      const bool is_venue = (first != std::string::npos && spaced[first] == '@') || (after_time && opens_with_place_word(spaced));
      std::string part = trim_line_part(strip_label(spaced));
      if (part.empty()) continue;
      if (part.starts_with("@")) part = trim_line_part(part.substr(1));
      // "(Ort: Marquardtei, …)": a label the cuts parted from its value is neither title
      // nor place.
      if (const FieldLabel field = field_of_name(part); field == FieldLabel::kWhere || field == FieldLabel::kWhen) continue;
      if (out.title.empty() && letters(part) >= 3 && !is_venue && !is_mostly_date(part)) {
        // "Congreso anual en Sevilla": a title before its place, or a title alone.
        std::string place;
        std::string title = cut_trailing_place(part, place, lang);
        if ((title != part && letters(title) >= 3) || !names_place(part, lang)) {
          out.title = title;
          if (!place.empty()) add_part(out.place, place);
          continue;
        }
      }
      add_part(rest, part);
    }
    if (out.title.empty()) return std::nullopt;
  } else {
    // The place: the line without its title and date.
    std::string remaining(line);
    std::sort(used.begin(), used.end(), [](auto& a, auto& c) { return a.first > c.first; });
    for (auto [from, to] : used)
      if (from < remaining.size()) remaining.replace(from, std::min(to, remaining.size()) - from, " | ");
    remaining = std::regex_replace(remaining, url_pattern(), " | ");
    rest = place_text(remaining);
  }
  if (!rest.empty()) {
    // Each part without the joining words around it: "في ساو باولو، البرازيل في".
    static constexpr std::array<std::string_view, 1> kJoint = {" · "};
    std::string trimmed;
    for (const std::string& piece : split_at(rest, kJoint)) {
      std::string part = trim_line_part(piece);
      if (!part.empty()) add_part(trimmed, part);
    }
    if (!trimmed.empty()) add_part(out.place, trimmed);
  }
  // 4. The link: the title's, else a "more information" link or an address on the line.
  if (!out.url) {
    for (const Link& link : b.links)
      if (is_more_link_text(link.text) || is_address(normalize_space(link.text))) {
        out.url = link.href;
        break;
      }
  }
  if (!out.url) {
    std::smatch m;
    std::string whole(text);
    if (std::regex_search(whole, m, url_pattern())) out.url = m.str();
  }
  return out;
}

}  // namespace almanac::index
