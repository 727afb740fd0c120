#include "events/event_reader.h"

#include <algorithm>
#include <array>
#include <regex>
#include <set>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "almanac/analyzer.h"
#include "fields/dates.h"
#include "fields/language.h"
#include "fields/places.h"

namespace almanac::index {
namespace {

// A date line is short, or opens with its date.
// Lengths are in characters (code points), so that they mean the same in every script.
constexpr std::size_t kMaxDateLineChars = 160;
// A title is a line, not a paragraph.
constexpr std::size_t kMaxTitleChars = 200;
// A place line next to the date line is short.
constexpr std::size_t kMaxPlaceLineChars = 100;
// What a date line holds besides its date (a place, separators) is short.
constexpr std::size_t kMaxDateLineRestChars = 80;
// More anchors than this in one page are read as a listing, not as events.
constexpr std::size_t kMaxAnchors = 2000;

// Link texts that point to an event's own page (compared folded, Analyzer::fold).
constexpr std::array<std::string_view, 60> kMoreLinkTexts = {
    "more information", "more info", "further information", "read more", "learn more",
    "find out more", "details", "more details", "event page", "register", "registration",
    "website", "en savoir plus", "plus d'informations", "plus d'information",
    "lire la suite", "inscription", "mas informacion", "leer mas", "mas detalles",
    "inscripcion", "mehr erfahren", "mehr informationen", "weitere informationen",
    "mehr", "anmeldung", "saiba mais", "mais informacoes", "mais informacao",
    "leia mais", "inscricao", "подробнее", "узнать больше", "подробная информация",
    "регистрация", "لمزيد من المعلومات", "المزيد", "مزيد من المعلومات", "了解更多",
    "更多信息", "详情", "查看详情", "了解详情", "更多详情", "点击查看", "查看詳情", "了解詳情",
    "詳細", "詳しくはこちら", "报名", "立即报名", "在线报名", "点击报名", "立即報名", "阅读更多",
    "查看更多", "التفاصيل", "التفاصيل والتسجيل",
    "التسجيل", "سجل الآن"};

// Labels that announce a theme: "Theme: …", "主题：…" (folded, without the colon).
constexpr std::array<std::string_view, 18> kThemeLabels = {
    "theme", "tema", "thema", "motto", "lema", "slogan", "devise", "leitthema", "тема",
    "девиз", "主题", "主題", "テーマ", "الشعار", "شعار", "موضوع", "mote", "lemma"};

bool is_issue_line(std::string_view text) {
  // "№ 4, 25 апреля 2013 г.": the numero sign, which no word holds, numbers an issue.
  if (text.find("\u2116") != std::string_view::npos) return true;
  for (const Token& t : analyzer().tokenize(text))
    if (is_issue_word(t.term)) return true;
  return false;
}

// Headings of page parts that list past events ("Past events", "Archives", "Rückblick"),
// folded: their events are no announcements of this issue.
constexpr std::array<std::string_view, 24> kPastHeadings = {
    "past events", "previous events", "recent events", "archive", "archives", "event archive",
    "evenements passes", "evenements precedents", "archives des evenements", "eventos pasados",
    "eventos anteriores", "eventos realizados", "vergangene veranstaltungen", "ruckblick",
    "archiv", "прошедшие мероприятия", "архив", "архив мероприятий", "الفعاليات السابقة",
    "الأنشطة السابقة", "往期活动", "过往活动", "活动回顾", "過去のイベント"};

bool is_past_heading(std::string_view text) {
  std::string folded = analyzer().fold(text);
  while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
  return std::find(kPastHeadings.begin(), kPastHeadings.end(), folded) != kPastHeadings.end();
}

// An event that ended this long before the bulletin was issued is a report or a list of
// past events, not an announcement.
constexpr long kMaxDaysBeforeIssue = 14;

// Characters that separate the parts of a date line: "6-8 June 2018 | Vienna, Austria".
bool ends_with_separator(std::string_view text) {
  static constexpr std::array<std::string_view, 16> kSeparators = {
      ":", "|", "·", "—", "–", "-", ",", "(", "/", "•", "：", "，", "،", " ", "►", "»"};
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return true;
  for (std::string_view sep : kSeparators)
    if (text.ends_with(sep)) return true;
  return false;
}

// Splits a leading "Label:" (at most three words, "When:", "Lieu :", "时间地点：") from a
// line; returns the rest, and the label (folded) through `label`.
std::string_view strip_label(std::string_view text, std::string* label = nullptr) {
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

bool is_theme_label(std::string_view text, std::string* theme) {
  std::string label;
  std::string_view rest = strip_label(text, &label);
  if (rest.size() == text.size() || rest.empty()) return false;
  if (std::find(kThemeLabels.begin(), kThemeLabels.end(), label) == kThemeLabels.end()) return false;
  if (theme) *theme = strip_quotes(rest).value_or(std::string(rest));
  return true;
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

// What of a date line's rest can name a place: it is cut at separators ("·", "|", " – "),
// each part loses its label ("Lugar:") and its times of day, and the parts left are
// joined again. "Fecha: · Lugar: Centro Ágora, Bogotá" gives "Centro Ágora, Bogotá".
std::string place_text(std::string_view rest) {
  static constexpr std::array<std::string_view, 8> kCuts = {"·", "|", "•", " – ", " — ", " - ", ";", "／"};
  std::vector<std::string> parts{std::string(rest)};
  for (std::string_view cut : kCuts) {
    std::vector<std::string> split;
    for (const std::string& part : parts) {
      std::size_t from = 0;
      for (std::size_t at; (at = part.find(cut, from)) != std::string::npos; from = at + cut.size())
        split.push_back(part.substr(from, at - from));
      split.push_back(part.substr(from));
    }
    parts = std::move(split);
  }
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

// The range of the <time> elements of a block: the first one's start to the last one's end.
std::optional<DateRange> time_range(const std::vector<std::string>& datetimes) {
  std::optional<DateRange> range;
  for (const std::string& value : datetimes) {
    std::string_view day = value;
    if (day.size() > 10) day = day.substr(0, 10);  // "2018-06-06T10:00"
    auto bound = parse_date_bound(day);
    if (!bound) continue;
    if (!range) range = bound;
    else if (bound->end >= range->start) range->end = bound->end;
  }
  return range;
}

// A line that is all link text: "Book tickets", "Inscríbete aquí".
std::string linked_text(const Block& b) {
  std::string linked;
  for (const Link& l : b.links) linked += l.text;
  return linked;
}

bool is_link_line(const Block& b) {
  return !b.links.empty() && normalize_space(linked_text(b)) == b.text;
}

// A link to a page, not to an address, a script or a place in this page.
bool is_page_link(std::string_view href) {
  return !href.empty() && !href.starts_with("#") && !href.starts_with("mailto:") &&
         !href.starts_with("javascript:") && !href.starts_with("tel:");
}

bool is_within(pugi::xml_node node, pugi::xml_node ancestor) {
  for (; node; node = node.parent())
    if (node == ancestor) return true;
  return false;
}

// The number of characters (code points) of UTF-8 text.
std::size_t chars(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// A title may end in "?" or "!" ("Table ronde : la science ouverte, et après ?"), not in
// a full stop.
bool ends_statement(std::string_view text) {
  return text.ends_with(".") || text.ends_with("。") || text.ends_with(":") || text.ends_with("：");
}

bool ends_sentence(std::string_view text) {
  if (text.empty()) return false;
  char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == ':' ||
         text.ends_with("。") || text.ends_with("؟");
}

// What a candidate event is made of, as indices into the blocks.
struct Candidate {
  std::size_t anchor = 0;
  bool is_issue_line = false;  // the bulletin's own date, never an event
  DateMatch date;
  std::optional<std::size_t> title;
  std::optional<std::size_t> subtitle;
  std::size_t lo = 0;  // the extent, inclusive
  std::size_t hi = 0;
  bool is_container = false;
};

class PageReader {
 public:
  PageReader(const std::vector<Block>& blocks, const ReaderContext& context)
      : blocks_(blocks), context_(context), is_past_(past_sections()) {}

  std::vector<Candidate> find_candidates() const {
    DateContext date_context{context_.issue_date, context_.month_first};
    std::vector<Candidate> anchors;
    for (std::size_t i = 0; i < blocks_.size() && anchors.size() < kMaxAnchors; ++i) {
      if (is_past_[i]) continue;
      std::optional<DateMatch> match = date_line(blocks_[i], date_context);
      if (!match) continue;
      Candidate c;
      c.anchor = i;
      c.date = *match;
      c.is_issue_line = is_issue_line(std::string_view(blocks_[i].text).substr(0, match->begin));
      anchors.push_back(c);
    }
    for (std::size_t k = 0; k < anchors.size(); ++k) place_extent(anchors, k);
    for (std::size_t k = 0; k < anchors.size(); ++k) find_title(anchors, k);
    // Linear extents end where the next event's title (or date line) begins.
    for (std::size_t k = 0; k < anchors.size(); ++k) {
      Candidate& c = anchors[k];
      if (c.is_container) continue;
      std::size_t start = c.title ? std::min(*c.title, c.anchor) : c.anchor;
      if (c.subtitle) start = std::min(start, *c.subtitle);
      c.lo = start;
      std::size_t next = blocks_.size();
      if (k + 1 < anchors.size()) {
        const Candidate& n = anchors[k + 1];
        next = n.title ? std::min(*n.title, n.anchor) : n.anchor;
        if (n.subtitle) next = std::min(next, *n.subtitle);
      }
      std::size_t hi = c.anchor;
      for (std::size_t i = c.anchor + 1; i < next; ++i) {
        if (blocks_[i].is_separator || is_past_[i] || is_section_heading(blocks_[i])) break;
        hi = i;
      }
      c.hi = hi;
    }
    return anchors;
  }

  // Marks the blocks of page parts headed "Past events", "Archives", …: the heading's
  // own container, or, when the heading stands in the page's main flow, the blocks up
  // to the next heading of its level.
  std::vector<bool> past_sections() const {
    std::vector<bool> is_past(blocks_.size(), false);
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      if (!(b.heading_level > 0 || b.is_emphasised) || !is_past_heading(b.text)) continue;
      pugi::xml_node container = b.element.parent();
      std::string_view name = container.name();
      bool is_flow = !container || name == "body" || name == "main" || name == "html" || name == "center";
      int level = b.heading_level > 0 ? b.heading_level : 7;
      for (std::size_t k = i; k < blocks_.size(); ++k) {
        if (is_flow) {
          if (k > i && blocks_[k].heading_level > 0 && blocks_[k].heading_level <= level) break;
        } else if (k > i && !is_within(blocks_[k].element, container)) {
          break;
        }
        is_past[k] = true;
      }
    }
    return is_past;
  }

  // The date of a block that is a date line: a <time> element, or a date that stands
  // apart from prose ("6-8 June 2018, Lima, Peru", "When: 14 May 2019", "2019年9月20日 · 线上"),
  // not one inside a sentence ("The call for abstracts opens on 2 April 2018.").
  std::optional<DateMatch> date_line(const Block& b, const DateContext& date_context) const {
    if (b.is_separator || b.text.empty()) return std::nullopt;
    std::optional<DateMatch> in_text;
    if (chars(b.text) <= kMaxDateLineChars) in_text = date_finder().find_first(b.text, date_context);
    if (auto from_time = time_range(b.datetimes); from_time && chars(b.text) <= kMaxDateLineChars) {
      DateMatch m;
      m.range = *from_time;
      if (in_text) {
        m.begin = in_text->begin;
        m.end = in_text->end;
      }
      return m;
    }
    if (!in_text) return std::nullopt;
    std::string_view text = b.text;
    std::string_view before = strip_label(text.substr(0, in_text->begin));
    std::string_view after = text.substr(in_text->end);
    if (!before.empty() && !ends_with_separator(before)) return std::nullopt;  // prose
    std::string rest = std::string(before) + " " + std::string(after);
    std::string trimmed = normalize_space(rest);
    if (trimmed.empty() || chars(trimmed) <= kMaxDateLineRestChars) {
      if (!ends_sentence(trimmed) || trimmed.size() <= 1) return in_text;
    }
    if (auto place = read_place(rest, context_.document_lang); place && (place->country || place->is_online))
      return in_text;
    return std::nullopt;
  }

  // A place read from a short line (labels such as "Where:" removed); only one that
  // names a country or is online counts, so that a sentence is not taken for a place.
  // `whole`: only a line that is the place itself, not a sentence a place was read out
  // of ("Hosted in Dublin, the meeting includes site visits").
  std::optional<Place> place_line(const Block& b, bool whole) const {
    if (chars(b.text) > kMaxPlaceLineChars || b.heading_level > 0 || b.is_separator) return std::nullopt;
    std::string_view text = strip_label(b.text);
    auto place = read_place(text, context_.document_lang);
    if (!place || (!place->country && !place->is_online)) return std::nullopt;
    if (whole && !is_whole_line(*place, text)) return std::nullopt;
    return place;
  }

  // Whether a place spans its line, but for separators and a final full stop, and the
  // line is no sentence: one ending in a full stop after more than four words in lower
  // case ("Hosted in Dublin, the meeting includes site visits.").
  static bool is_whole_line(const Place& place, std::string_view line) {
    if (place.is_online) return true;
    constexpr int kMaxLowerWords = 4;
    if (line.ends_with('.')) {
      int lower = 0;
      icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
      bool at_word_start = true;
      for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        UChar32 c = text.char32At(i);
        if (u_isUWhiteSpace(c)) {
          at_word_start = true;
          continue;
        }
        if (at_word_start && u_islower(c)) ++lower;
        at_word_start = false;
      }
      if (lower > kMaxLowerWords) return false;
    }
    auto is_edge = [](char c) { return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '-'; };
    while (!line.empty() && is_edge(line.back())) line.remove_suffix(1);
    while (!line.empty() && is_edge(line.front())) line.remove_prefix(1);
    return place.location.size() >= line.size();
  }

  std::optional<Event> read(const Candidate& c) const {
    if (!c.title || c.is_issue_line) return std::nullopt;
    Event event;
    event.title = blocks_[*c.title].text;
    if (c.subtitle) event.subtitle = theme_of(blocks_[*c.subtitle]);
    event.start = c.date.range.start;
    event.end = c.date.range.end;

    std::vector<std::size_t> used{c.anchor, *c.title};
    if (c.subtitle) used.push_back(*c.subtitle);

    // Place: the rest of the date line, else the nearest place line of the extent
    // ("Where: Valencia, Spain" below the date, the last cell of a table row).
    const Block& date_line = blocks_[c.anchor];
    std::string rest = place_text(std::string(strip_label(std::string_view(date_line.text).substr(0, c.date.begin))) + " · " +
                                  (c.date.end < date_line.text.size() ? date_line.text.substr(c.date.end) : ""));
    std::optional<Place> place = read_place(rest, context_.document_lang);
    // A line that is a place wins over a place read out of a sentence nearer the date
    // (a description's "Hosted in Dublin, …" before the row's last cell "Dublin, Ireland").
    for (bool whole : {true, false}) {
      if (place && (place->country || place->city || place->is_online)) break;
      for (std::size_t distance = 1; distance <= c.hi - c.lo; ++distance) {
        std::optional<std::size_t> found;
        for (std::size_t i : {c.anchor + distance, c.anchor - distance}) {
          if (i < c.lo || i > c.hi || std::find(used.begin(), used.end(), i) != used.end()) continue;
          if (auto p = place_line(blocks_[i], whole)) {
            place = p;
            found = i;
            break;
          }
        }
        if (found) {
          used.push_back(*found);
          break;
        }
      }
    }
    if (place) {
      event.location = place->location;
      event.city = place->city;
      event.country = place->country;
    }

    // Description and link.
    std::string description;
    std::optional<std::string> more_link;
    std::optional<std::string> title_link;
    std::optional<std::string> lone_link;  // the link of a link-only line after the date
    if (!blocks_[*c.title].links.empty() && !blocks_[*c.title].links.front().href.empty())
      title_link = blocks_[*c.title].links.front().href;
    int title_level = blocks_[*c.title].heading_level;
    // The description: the blocks after the title (and its theme) to the extent's end,
    // also those between the title and a date line printed after them.
    std::size_t first = *c.title + 1;
    if (c.subtitle && *c.subtitle == first) first = *c.subtitle + 1;
    for (std::size_t i = c.lo; i <= c.hi && i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      for (const Link& link : b.links)
        if (!more_link && is_page_link(link.href) && is_more_link_text(link.text)) more_link = link.href;
      if (i < first || std::find(used.begin(), used.end(), i) != used.end()) continue;
      if (b.is_separator || is_section_heading(b)) {
        if (i > c.anchor) break;
        continue;
      }
      if (b.heading_level > 0 && (title_level == 0 || b.heading_level <= title_level)) break;
      if (is_link_only(b)) {
        if (!lone_link && i > c.anchor && b.links.size() == 1 && is_page_link(b.links[0].href)) lone_link = b.links[0].href;
        continue;
      }
      if (!description.empty()) description += ' ';
      description += b.text;
    }
    event.description = std::move(description);
    if (more_link) event.url = resolve_url(context_.base_url, *more_link);
    else if (title_link) event.url = resolve_url(context_.base_url, *title_link);
    else if (lone_link) event.url = resolve_url(context_.base_url, *lone_link);

    if (event.description.empty() && !event.url) return std::nullopt;
    event.lang = event_language(primary_language(date_line.lang), context_, event.title + " " + event.description);
    return event;
  }

 private:
  // Almost all link text: a "More information" line, a row of links, a bare link.
  static bool is_link_only(const Block& b) {
    if (b.links.empty()) return false;
    std::string linked = linked_text(b);
    return linked.size() + 4 >= b.text.size() && (b.links.size() > 1 || is_more_link_text(b.text) || linked == b.text);
  }

  bool contains_other_anchor(pugi::xml_node element, const std::vector<Candidate>& anchors,
                             std::size_t self) const {
    for (std::size_t k = 0; k < anchors.size(); ++k)
      if (k != self && is_within(blocks_[anchors[k].anchor].element, element)) return true;
    return false;
  }

  // Grows the extent of anchor k to the largest element around it with no other anchor.
  void place_extent(std::vector<Candidate>& anchors, std::size_t k) const {
    Candidate& c = anchors[k];
    pugi::xml_node element = blocks_[c.anchor].element;
    if (contains_other_anchor(element, anchors, k)) {
      c.lo = c.hi = c.anchor;
      return;
    }
    for (pugi::xml_node parent = element.parent(); parent; parent = parent.parent()) {
      std::string_view name = parent.name();
      if (parent.type() != pugi::node_element || name == "body" || name == "html" ||
          !parent.parent() || contains_other_anchor(parent, anchors, k))
        break;
      element = parent;
    }
    std::size_t lo = c.anchor, hi = c.anchor;
    while (lo > 0 && is_within(blocks_[lo - 1].element, element)) --lo;
    while (hi + 1 < blocks_.size() && is_within(blocks_[hi + 1].element, element)) ++hi;
    c.lo = lo;
    c.hi = hi;
    // The date line's own paragraph (lines split by <br>) is no container of an event.
    c.is_container = hi > lo && element != blocks_[c.anchor].element;
  }

  // A theme printed apart: a line wholly in quotation marks, or labelled "Theme: …".
  static std::optional<std::string> theme_of(const Block& b) {
    if (b.heading_level > 0 || chars(b.text) > kMaxTitleChars) return std::nullopt;
    if (auto quoted = strip_quotes(b.text)) return quoted;
    std::string theme;
    if (is_theme_label(b.text, &theme) && !theme.empty()) return theme;
    return std::nullopt;
  }

  bool is_in_other_extent(std::size_t i, const std::vector<Candidate>& anchors, std::size_t self) const {
    for (std::size_t k = 0; k < anchors.size(); ++k)
      if (k != self && anchors[k].is_container && i >= anchors[k].lo && i <= anchors[k].hi) return true;
    return false;
  }

  bool is_title_like(const Block& b) const {
    if (b.is_separator || b.text.empty() || chars(b.text) > kMaxTitleChars) return false;
    if (is_more_link_text(b.text)) return false;
    if (b.heading_level > 0 || b.is_emphasised || std::string_view(b.element.name()) == "dt") return true;
    return !ends_statement(b.text);
  }

  void find_title(std::vector<Candidate>& anchors, std::size_t k) const {
    Candidate& c = anchors[k];
    std::size_t lower = c.is_container ? c.lo : (c.anchor >= 6 ? c.anchor - 6 : 0);
    // Backwards from the date line, over a theme, to the title.
    for (std::size_t i = c.anchor; i-- > lower;) {
      const Block& b = blocks_[i];
      if (b.is_separator) break;
      if (!c.subtitle && theme_of(b)) {
        c.subtitle = i;
        continue;
      }
      if (is_title_like(b)) c.title = i;
      break;
    }
    if (c.is_container && !c.title) {
      for (std::size_t i = c.anchor; i-- > c.lo;)
        if (blocks_[i].heading_level > 0) {
          c.title = i;
          break;
        }
    }
    if (!c.title && c.lo > 0) {
      // The title just before the event's element: <dt> before <dd>, a heading before
      // its section's body.
      std::size_t i = c.lo - 1;
      const Block& b = blocks_[i];
      std::string_view name = b.element.name();
      if ((b.heading_level > 0 || name == "dt" || b.is_emphasised) && is_title_like(b) &&
          !is_in_other_extent(i, anchors, k) && (c.is_container || i + 1 == c.anchor)) {
        c.title = i;
        c.lo = i;
      }
    }
    if (!c.title) {
      // Date first: the title follows (a card with its date on top, a table row).
      std::size_t upper = c.is_container ? c.hi : std::min(blocks_.size() - 1, c.anchor + 2);
      for (std::size_t i = c.anchor + 1; i <= upper && i < blocks_.size(); ++i) {
        const Block& b = blocks_[i];
        if (b.is_separator) break;
        if (is_title_like(b) && (b.heading_level > 0 || b.is_emphasised || i == c.anchor + 1)) {
          c.title = i;
          break;
        }
      }
    }
    if (c.title && !c.subtitle) {
      std::size_t next = *c.title + 1 == c.anchor ? c.anchor + 1 : *c.title + 1;
      if (next < blocks_.size() && next <= std::max(c.hi, c.anchor + 1) && theme_of(blocks_[next]))
        c.subtitle = next;
    }
  }

  // A bold line in capitals ("EN BREF", "NEWS IN BRIEF") opens a new part of a page
  // that marks its parts without heading elements.
  static bool is_section_heading(const Block& b) {
    if (!b.is_emphasised || b.heading_level > 0 || chars(b.text) > kMaxTitleChars) return false;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(b.text);
    bool has_letter = false;
    for (int32_t i = 0; i < u.length(); i += U16_LENGTH(u.char32At(i))) {
      UChar32 c = u.char32At(i);
      if (!u_isalpha(c)) continue;
      has_letter = true;
      if (u_islower(c)) return false;
    }
    return has_letter;
  }

  const std::vector<Block>& blocks_;
  const ReaderContext& context_;
  std::vector<bool> is_past_;  // blocks of "Past events" parts
};

void assign_ids(std::vector<Event>& events) {
  for (std::size_t i = 0; i < events.size(); ++i) {
    Event& e = events[i];
    e.id = make_event_id(e.bulletin, e.title, e.start);
    for (std::size_t j = 0, n = 2; j < i; ++j)
      if (events[j].id == e.id) e.id = make_event_id(e.bulletin, e.title + "#" + std::to_string(n++), e.start);
  }
}

}  // namespace

std::vector<Event> read_events(const std::vector<Block>& blocks, ReaderContext& context) {
  std::vector<Event> events;
  std::vector<Candidate> candidates;
  bool is_read_with_final_context = false;
  if (!context.issue_date) {
    // A first reading without an issue date finds it: the issue line, else the first
    // date line before the first event, else the page title's date.
    PageReader undated(blocks, context);
    candidates = undated.find_candidates();
    std::optional<Date> issue_date;
    for (const Candidate& c : candidates) {
      if (c.is_issue_line && c.date.has_year) {
        issue_date = c.date.range.start;
        break;
      }
      if (undated.read(c)) break;
      if (!issue_date && c.date.has_year) issue_date = c.date.range.start;
    }
    context.issue_date = issue_date ? issue_date : context.title_date;
    // Without an issue date the context did not change: the first reading stands.
    is_read_with_final_context = !context.issue_date;
  }
  PageReader reader(blocks, context);
  // With one, dates printed without a year are read too: read again.
  if (!is_read_with_final_context) candidates = reader.find_candidates();
  for (const Candidate& c : candidates) {
    auto event = reader.read(c);
    if (!event) continue;
    if (context.issue_date && event->end && c.date.has_year &&
        event->end->days_since_epoch() < context.issue_date->days_since_epoch() - kMaxDaysBeforeIssue)
      continue;
    event->bulletin = context.path;
    events.push_back(std::move(*event));
  }
  assign_ids(events);
  return events;
}

Event read_item_event(const std::vector<Block>& blocks, std::string title,
                      std::optional<std::string> url, const std::string& item_lang,
                      const ReaderContext& context) {
  Event event;
  event.bulletin = context.path;
  event.title = std::move(title);
  DateContext date_context{context.issue_date, context.month_first};
  std::optional<std::size_t> date_line;
  std::string description;
  std::optional<std::string> more_link;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    for (const Link& link : b.links)
      if (!more_link && !link.href.empty() && is_more_link_text(link.text)) more_link = link.href;
    if (b.is_separator || b.text.empty()) continue;
    if (!date_line && !event.start) {
      if (auto match = date_finder().find_first(b.text, date_context)) {
        event.start = match->range.start;
        event.end = match->range.end;
        if (chars(b.text) <= kMaxDateLineChars) {
          date_line = i;
          std::string rest = place_text(b.text.substr(0, match->begin) + " · " + b.text.substr(match->end));
          if (auto place = read_place(rest, context.document_lang)) {
            event.location = place->location;
            event.city = place->city;
            event.country = place->country;
          }
          continue;
        }
      }
    }
    if (!event.subtitle && description.empty() && strip_quotes(b.text)) {
      event.subtitle = strip_quotes(b.text);
      continue;
    }
    if (is_more_link_text(b.text) || is_link_line(b)) continue;
    // A place line next to the date line, or opening an item that gives no date
    // ("Date to be confirmed · Online").
    bool is_place_slot = date_line ? *date_line + 1 == i : description.empty() && !event.location;
    if (!event.location && chars(b.text) <= kMaxPlaceLineChars && is_place_slot) {
      auto place = read_place(strip_label(b.text), context.document_lang);
      if (place && (place->country || place->is_online)) {
        event.location = place->location;
        event.city = place->city;
        event.country = place->country;
        continue;
      }
    }
    if (!description.empty()) description += ' ';
    description += b.text;
  }
  event.description = std::move(description);
  if (url && !url->empty()) event.url = resolve_url(context.base_url, *url);
  else if (more_link) event.url = resolve_url(context.base_url, *more_link);
  event.lang = event_language(primary_language(item_lang), context, event.title + " " + event.description);
  event.id = make_event_id(event.bulletin, event.title, event.start);
  return event;
}

std::string resolve_url(const std::string& base, const std::string& href) {
  auto has_scheme = [](std::string_view s) {
    std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    for (std::size_t i = 0; i < colon; ++i) {
      char c = s[i];
      bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!ok) return false;
    }
    return true;
  };
  if (href.empty() || has_scheme(href) || base.empty() || !has_scheme(base)) return href;
  std::size_t scheme_end = base.find(':');
  if (href.starts_with("//")) return base.substr(0, scheme_end + 1) + href;
  std::size_t authority = base.find("//", scheme_end);
  std::size_t path_start = authority == std::string::npos ? scheme_end + 1 : base.find('/', authority + 2);
  std::string origin = path_start == std::string::npos ? base : base.substr(0, path_start);
  if (href.starts_with("/")) return origin + href;
  std::string directory = path_start == std::string::npos ? origin + "/" : base.substr(0, base.find_last_of('/') + 1);
  if (href.starts_with("?") || href.starts_with("#")) return base.substr(0, base.find_first_of("?#")) + href;
  std::string relative = href;
  while (relative.starts_with("./")) relative.erase(0, 2);
  while (relative.starts_with("../")) {
    relative.erase(0, 3);
    if (directory.size() > origin.size() + 1) {
      directory.pop_back();
      directory.erase(directory.find_last_of('/') + 1);
    }
  }
  return directory + relative;
}

bool is_more_link_text(std::string_view text) {
  std::string folded = analyzer().fold(text);
  // Trim arrows, ellipses and punctuation around the words: "More information »".
  auto is_trim = [](char c) { return c == ' ' || c == '.' || c == ':' || c == '>' || c == '-' || c == '!' || c == '(' || c == ')' || c == '[' || c == ']'; };
  while (!folded.empty() && (is_trim(folded.back()) || static_cast<unsigned char>(folded.back()) >= 0x80)) {
    // Drop a whole trailing non-ASCII symbol (», →, …) but not letters of other scripts.
    if (static_cast<unsigned char>(folded.back()) < 0x80) {
      folded.pop_back();
      continue;
    }
    std::size_t start = folded.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(folded[start]) & 0xC0) == 0x80) --start;
    std::string_view last(folded.data() + start, folded.size() - start);
    if (last == "»" || last == "→" || last == "…" || last == "›" || last == "▸" || last == "►") folded.erase(start);
    else break;
  }
  while (!folded.empty() && is_trim(folded.front())) folded.erase(0, 1);
  // The phrases are folded like the text, so they may be written with their accents.
  static const std::set<std::string> kFolded = [] {
    std::set<std::string> out;
    for (std::string_view phrase : kMoreLinkTexts) out.insert(analyzer().fold(phrase));
    return out;
  }();
  return kFolded.count(folded) > 0;
}

std::optional<std::string> strip_quotes(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kPairs = {{
      {"“", "”"}, {"„", "“"}, {"„", "”"}, {"«", "»"}, {"»", "«"}, {"\"", "\""},
      {"‘", "’"}, {"「", "」"}, {"『", "』"}, {"‹", "›"}, {"“", "“"}}};
  for (auto [open, close] : kPairs) {
    if (text.size() > open.size() + close.size() && text.starts_with(open) && text.ends_with(close)) {
      std::string_view inner = text.substr(open.size(), text.size() - open.size() - close.size());
      // A quotation mark inside means the text is not one quoted theme.
      if (inner.find(open) != std::string_view::npos || inner.find(close) != std::string_view::npos) continue;
      std::string out = normalize_space(inner);
      if (!out.empty()) return out;
    }
  }
  return std::nullopt;
}

const std::optional<std::string>& ReaderContext::page_language() const {
  if (!page_language_) page_language_ = detect_language(page_text, /*is_markup=*/true);
  return *page_language_;
}

std::string event_language(const std::string& declared, const ReaderContext& context, const std::string& text) {
  if (!declared.empty()) return declared;
  if (!context.document_lang.empty()) return context.document_lang;
  // CLD2 calls a few words reliable that the page around them contradicts ("Hackathon
  // 2011. Inscriptions ouvertes." → English): a short event takes its page's language,
  // a longer one (a page may mix languages) its own.
  constexpr std::size_t kMinOwnTextBytes = 200;
  const std::optional<std::string>& page = context.page_language();
  if (page && text.size() < kMinOwnTextBytes) return *page;
  // The page's language as CLD2's hint settles between close languages ("Reunión de
  // expertos ..." read as Galician alone); a text the hint leaves unreliable (Portuguese
  // on a Spanish page) is read again without it.
  if (page)
    if (auto detected = detect_language(text, false, *page)) return *detected;
  if (auto detected = detect_language(text)) return *detected;
  if (page) return *page;
  if (!context.fallback_lang.empty()) return context.fallback_lang;
  return "und";
}

}  // namespace almanac::index
