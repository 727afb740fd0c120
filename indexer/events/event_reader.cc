#include "events/event_reader.h"

#include <algorithm>
#include <array>
#include <regex>
#include <set>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "almanac/analyzer.h"
#include "events/line_event.h"
#include "events/markers.h"
#include "events/line_text.h"
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

// An event that ended this long before the bulletin was issued is a report or a list of
// past events, not an announcement.
constexpr long kMaxDaysBeforeIssue = 14;

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

// A title may end in "?" or "!" ("Table ronde : la science ouverte, et après ?"), not in
// a full stop.
bool ends_statement(std::string_view text) {
  // "Dancers behind the m..." is a title cut short, no statement.
  if (text.ends_with("...")) return false;
  return text.ends_with(".") || text.ends_with("。") || text.ends_with(":") || text.ends_with("：");
}

bool ends_sentence(std::string_view text) {
  if (text.empty()) return false;
  char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == ':' ||
         text.ends_with("。") || text.ends_with("؟");
}

// The first `n` characters of UTF-8 text.
std::string utf8_prefix(std::string_view text, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t count = 0; at < text.size() && count < n; ++count) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return std::string(text.substr(0, at));
}

// A month and day in brackets right after a name, with the days of a short range or a
// list after them: "（08/18,19）", "(9/2-3)", "(18/08)". The order is the one the numbers
// allow (a number over 12 is the day), else month first where the bulletin writes it so
// (US English, Chinese, Japanese); the year is the issue's (the nearest on or after it).
std::optional<DateRange> bracketed_month_day(std::string_view text, const std::optional<Date>& issue,
                                             bool month_first) {
  static const std::regex kPattern(
      R"(^\s*(?:\(|（)\s*(\d{1,2})[/.](\d{1,2})(?:\s*(?:,|，|、|-|–|~|～)\s*(\d{1,2}))?\s*(?:\)|）))");
  std::cmatch m;
  if (!issue || !std::regex_search(text.data(), text.data() + text.size(), m, kPattern)) return std::nullopt;
  int a = std::stoi(m[1].str());
  int b = std::stoi(m[2].str());
  if (a > 12 && b > 12) return std::nullopt;
  const bool is_month_first = reads_month_first(a, b, month_first);
  const int month = is_month_first ? a : b;
  const int day = is_month_first ? b : a;
  const int last = m[3].matched ? std::stoi(m[3].str()) : day;
  if (last < day) return std::nullopt;
  for (int year : {issue->year, issue->year + 1}) {
    if (!Date::is_valid(year, month, day) || !Date::is_valid(year, month, last)) return std::nullopt;
    const DateRange range{{year, month, day}, {year, month, last}};
    if (range.end >= *issue || year > issue->year) return range;
  }
  return std::nullopt;
}

// A title numbered as an item of a Chinese or Japanese list ("2.假面下的舞者", "3，大转型",
// "1、讲座") without its number. Only before Han or kana: "8.PHP" and German ordinals
// ("2. Linux-Tag") are names.
std::string drop_cjk_enumeration(const std::string& title) {
  static const std::regex kNumber(R"(^\s*\d{1,2}(?:\.|、|，|,|．)\s*)");
  std::smatch m;
  if (!std::regex_search(title, m, kNumber)) return title;
  std::string rest = title.substr(static_cast<std::size_t>(m.length(0)));
  return !rest.empty() && is_cjk_phrase(utf8_prefix(rest, 1)) ? rest : title;
}

// Gives the event a place read from its text: location, city and country together.
void take_place(Event& event, const Place& place) {
  event.location = place.location;
  event.city = place.city;
  event.country = place.country;
}

// The element before `node` among its siblings, or null.
pugi::xml_node previous_element(pugi::xml_node node) {
  pugi::xml_node previous = node.previous_sibling();
  while (previous && previous.type() != pugi::node_element) previous = previous.previous_sibling();
  return previous;
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
  std::optional<EventLine> line;  // the event is printed whole on its date line
  bool in_series = false;         // one date of a recurring event, listed under its name
};

class PageReader {
 public:
  PageReader(const std::vector<Block>& blocks, const ReaderContext& context)
      : blocks_(blocks), context_(context), is_past_(past_sections()) {}

  std::vector<Candidate> find_candidates() const {
    const DateContext date_context = dates();
    std::vector<Candidate> anchors;
    for (std::size_t i = 0; i < blocks_.size() && anchors.size() < kMaxAnchors; ++i) {
      if (is_past_[i]) continue;
      const Block& b = blocks_[i];
      std::optional<DateMatch> match = date_line(b);
      std::optional<EventLine> line;
      bool follows_date_line = !anchors.empty() && anchors.back().anchor + 1 == i;
      bool is_item = std::string_view(b.element.name()) == "li" || std::string_view(b.element.name()) == "a";
      if (match) {
        if (is_context_heading(b, *match)) continue;
        // A date line that is a list item, or follows another date line, or marks a title
        // of its own (a link, a bold run), holds its whole event, unless a title stands
        // just before it for it (a <dt>, a heading, the bold opening of its own line).
        bool in_run = in_dated_lines(i);
        bool heads_list = in_run && i > 0 && blocks_[i - 1].heading_level > 0;
        // In a run of dated lines, a plain line before is the line of another event
        // ("Voxxed Days au CERN<br>Voxxed Days Luxembourg le 22 juin 2017"), no title.
        bool after_plain_line = in_run && i > 0 && !blocks_[i - 1].is_emphasised &&
                                std::string_view(blocks_[i - 1].element.name()) != "dt";
        if ((!has_title_before(i, follows_date_line) || heads_list || after_plain_line) && !is_date_only(b, *match)) {
          line = read_event_line(b, *match, context_.document_lang);
          if (line && !line->is_title_marked && !is_item && !in_run && !follows_date_line) line.reset();
        }
      } else if (is_line_block(b)) {
        if (auto found = date_finder().find_first(b.text, date_context)) {
          // A date inside a listed line: "<a>ChernivtsiJS в Черновцах 23 июня</a>", also
          // one of a run of such lines under a heading.
          bool in_run = in_dated_lines(i);
          bool titled = has_title_before(i, follows_date_line);
          if (!titled || in_run) {
            line = read_event_line(b, *found, context_.document_lang);
            if (line && (line->is_title_marked || is_item || in_run)) match = found;
            else line.reset();
          }
          // A sentence that says an event takes place then: "RubyConf Australia 2014
          // состоится в Сиднее с 19 по 21 февраля." Under a title of its own (a heading
          // "РИТ 2014" over "Конференция … пройдёт 14–15 апреля в Москве") it dates that
          // title.
          if (!match && chars(b.text) <= 4 * kMaxDateLineChars && takes_place_in_sentence(b, *found)) {
            if (titled) match = found;
            else if ((line = read_event_sentence(b, *found, context_.document_lang))) match = found;
          }
        }
      }
      if (!match) continue;
      if (follows_date_line && repeats_date(anchors.back(), b, *match, line)) continue;
      Candidate c;
      c.anchor = i;
      c.date = *match;
      c.is_issue_line = is_issue_line(std::string_view(b.text).substr(0, match->begin));
      c.line = std::move(line);
      if (c.is_issue_line) c.line.reset();
      anchors.push_back(std::move(c));
    }
    follow_list_order(anchors);
    // Day headings over lists give their date to the items below them.
    std::vector<Candidate> grouped;
    for (std::size_t k = 0; k < anchors.size(); ++k) {
      const Candidate& c = anchors[k];
      // A date line under its event's title heading dates that one event.
      const Block& b = blocks_[c.anchor];
      bool is_titled = b.heading_level == 0 && has_title_before(c.anchor, false);
      if (c.line || c.is_issue_line || is_titled || !is_date_only(b, c.date)) {
        grouped.push_back(c);
        continue;
      }
      std::size_t next = k + 1 < anchors.size() ? anchors[k + 1].anchor : blocks_.size();
      std::vector<Candidate> items = day_items(c, next);
      if (items.empty()) grouped.push_back(c);
      for (Candidate& item : items) grouped.push_back(std::move(item));
    }
    anchors = std::move(grouped);

    for (std::size_t k = 0; k < anchors.size(); ++k) place_extent(anchors, k);
    for (std::size_t k = 0; k < anchors.size(); ++k) {
      if (anchors[k].line) anchors[k].title = anchors[k].anchor;
      else find_title(anchors, k);
    }
    follow_date_first_layout(anchors);
    // Meeting notes that list upcoming events: the page's own name ("Ubuntu Hour
    // 2016-04-28", its <title> and first heading) and its own date (the issue date) make
    // the page's issue line, not an event.
    if (anchors.size() >= 3 && !context_.page_title.empty() && context_.issue_date)
      for (Candidate& c : anchors) {
        if (!c.title || c.date.range.start != *context_.issue_date) continue;
        const Block& t = blocks_[*c.title];
        if (t.heading_level > 0 && t.heading_level <= 2 && t.text == context_.page_title) c.is_issue_line = true;
      }
    // Linear extents end where the next event's title (or date line) begins.
    for (std::size_t k = 0; k < anchors.size(); ++k) {
      Candidate& c = anchors[k];
      if (c.is_container) continue;
      if (c.in_series) {  // its list item alone
        c.lo = c.hi = c.anchor;
        continue;
      }
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
  // A label line ("Events attended:", "الحضور:") that stands before a list marks the
  // blocks up to the next label line beside it or the next heading.
  std::vector<bool> past_sections() const {
    std::vector<bool> is_past(blocks_.size(), false);
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      if (is_list_label(b) && is_past_heading(b.text)) {
        for (std::size_t k = i; k < blocks_.size(); ++k) {
          const Block& next = blocks_[k];
          if (k > i && (next.heading_level > 0 ||
                        (is_list_label(next) && next.element.parent() == b.element.parent())))
            break;
          is_past[k] = true;
        }
        continue;
      }
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
  // A handle or a hashtag before a date ("@ngcruise 29 May 2017 | Miami", "#AngularSummit
  // 25-27 September"): the event's account, no prose.
  static bool is_handle(std::string_view before) {
    constexpr std::size_t kMaxHandleChars = 30, kMaxHandleSpaces = 3;
    std::string text = normalize_space(before);
    return (text.starts_with("@") || text.starts_with("#")) && chars(text) <= kMaxHandleChars &&
           static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) <= kMaxHandleSpaces;
  }

  // The context the page's dates are read in: its issue date, and its order of numbers.
  DateContext dates() const { return {context_.issue_date, context_.month_first}; }

  std::optional<DateMatch> date_line(const Block& b) const {
    const DateContext date_context = dates();
    if (b.is_separator || b.text.empty()) return std::nullopt;
    std::optional<DateMatch> in_text;
    if (chars(b.text) <= kMaxDateLineChars) in_text = date_finder().find_first(b.text, date_context);
    if (!in_text) in_text = date_cell(b, date_context);
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
    if (is_handle(before)) before = {};
    if (!before.empty() && !ends_with_separator(before)) return std::nullopt;  // prose
    // A date that opens its block, a separator after it, leads the event's details:
    // "June 17-22, 2018, Salt Lake City.", "August 15-17, 2018, Glasgow. The Call for
    // Papers is open."
    std::string_view lead = after;
    while (!lead.empty() && lead.front() == ' ') lead.remove_prefix(1);
    if (before.empty() && (lead.starts_with(",") || lead.starts_with("،") || lead.starts_with("，") || lead.starts_with("|") || lead.starts_with("·") ||
                           lead.starts_with("–") || lead.starts_with("—") || lead.starts_with("- ")))
      return in_text;
    std::string rest = std::string(before) + " " + std::string(after);
    std::string trimmed = normalize_space(rest);
    if (trimmed.empty() || chars(trimmed) <= kMaxDateLineRestChars) {
      if (!ends_sentence(trimmed) || trimmed.size() <= 1) return in_text;
    }
    if (auto place = read_place(rest, context_.document_lang); place && (place->country || place->is_online))
      return in_text;
    return std::nullopt;
  }

  // The place block i gives as a field of a label-value block: "Lieu : Brest", or
  // "Brest" in the cell or <dd> after a label alone ("Lieu :", "Ort:", "地点：").
  std::optional<Place> labelled_place(std::size_t i) const {
    const Block& b = blocks_[i];
    if (chars(b.text) > kMaxPlaceLineChars || b.heading_level > 0 || b.is_separator) return std::nullopt;
    std::string_view text = b.text;
    if (field_label(text) == FieldLabel::kWhere) text = strip_label(text);
    else if (!(i > 0 && is_label_only(blocks_[i - 1].text) && field_label(blocks_[i - 1].text) == FieldLabel::kWhere))
      return std::nullopt;
    if (text.empty()) return std::nullopt;
    if (auto place = read_place(text, context_.document_lang)) return place;
    // A place the reader cannot tell apart ("杭州"): the label says it is one.
    Place place;
    place.location = normalize_space(text);
    return place;
  }

  // A place read from a short line (labels such as "Where:" removed); only one that
  // names a country or is online counts, so that a sentence is not taken for a place.
  // `whole`: only a line that is the place itself, not a sentence a place was read out
  // of ("Hosted in Dublin, the meeting includes site visits").
  std::optional<Place> place_line(const Block& b, bool whole) const {
    // A heading inside the extent that is wholly a place ("<h1>Euro Python</h1><h2>Rimini
    // - RN</h2>") is the place too.
    if (chars(b.text) > kMaxPlaceLineChars || (b.heading_level > 0 && !whole) || b.is_separator) return std::nullopt;
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
    std::optional<Event> event = c.line ? read_line(c) : read_blocks(c);
    // Under a heading "Online", "En ligne", "线上": the event has no physical place.
    if (event && !event->location && under_online_heading(c.anchor)) event->location = "Online";
    return event;
  }

  // The events a paragraph names in passing, each a link followed closely by its date:
  // "…such as <a>HITCON</a> (08/18,19), <a>PyConTW</a> (09/02,03)…", "<a>Front-Trends</a>
  // в Варшаве, с 7 по 9 мая, и <a>CSS Day</a> в Амстердаме 4 июня". Two such links at
  // least, or the paragraph is prose that mentions a date; each event's description is
  // the text from its link to the next one, where its place may be named.
  std::vector<Event> inline_events(std::size_t i) const {
    std::vector<Event> out;
    const Block& b = blocks_[i];
    constexpr std::size_t kMaxParagraphChars = 2000;
    constexpr std::size_t kMaxGapChars = 40;   // from a link to its date
    constexpr std::size_t kMaxSpanChars = 120;  // from a link to the end of its part
    if (is_past_[i] || b.heading_level > 0 || b.links.size() < 2 || chars(b.text) > kMaxParagraphChars) return out;
    const DateContext date_context = dates();
    // Each link's text and place in the paragraph, in order.
    struct Placed {
      std::size_t at;
      std::string label;
      const Link* link;
    };
    std::vector<Placed> placed;
    std::size_t from = 0;
    for (const Link& link : b.links) {
      std::string label = normalize_space(link.text);
      if (label.empty()) continue;
      const std::size_t at = b.text.find(label, from);
      if (at == std::string::npos) continue;
      from = at + label.size();
      placed.push_back({at, std::move(label), &link});
    }
    for (std::size_t k = 0; k < placed.size(); ++k) {
      const auto& [at, label, link] = placed[k];
      if (letters(label) < 2 || is_address(label) || is_more_link_text(label)) continue;
      const std::size_t begin = at + label.size();
      std::size_t end = k + 1 < placed.size() ? placed[k + 1].at : b.text.size();
      std::string span = b.text.substr(begin, end - begin);
      if (chars(span) > kMaxSpanChars) span = utf8_prefix(span, kMaxSpanChars);
      std::optional<DateRange> range;
      if (const auto date = date_finder().find_first(span, date_context)) {
        const std::string_view before_date = std::string_view(span).substr(0, date->begin);
        if (chars(before_date) <= kMaxGapChars && before_date.find(". ") == std::string_view::npos) range = date->range;
      }
      const std::string& lang = context_.document_lang;
      if (!range) range = bracketed_month_day(span, context_.issue_date, context_.month_first || lang == "zh" || lang == "ja");
      if (!range) continue;
      Event event;
      event.lang = lang;
      event.title = label;
      event.url = link->href;
      event.start = range->start;
      event.end = range->end;
      event.description = normalize_space(span);
      out.push_back(std::move(event));
    }
    if (out.size() < 2) out.clear();
    return out;
  }

  // Whether one of the headings block i stands under (the nearest one of each level
  // above it) says its events are online.
  bool under_online_heading(std::size_t i) const {
    int level = 7;
    for (std::size_t k = i + 1; k-- > 0 && level > 1;) {
      const Block& b = blocks_[k];
      if (b.heading_level == 0 || b.heading_level >= level) continue;
      level = b.heading_level;
      if (chars(b.text) > kMaxPlaceLineChars) continue;
      if (auto place = read_place(b.text, context_.document_lang); place && place->is_online && place->location == "Online" &&
                                                                   !place->city)
        return true;
    }
    return false;
  }

 private:
  std::optional<Event> read_blocks(const Candidate& c) const {
    Event event;
    event.title = blocks_[*c.title].text;
    if (field_label(event.title) == FieldLabel::kWhat) event.title = std::string(strip_label(event.title));
    event.title = drop_cjk_enumeration(event.title);
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
    // "15 December 2012, Rio de Janeiro, Brazil" under a title: a place of its own, when the
    // date line holds nothing else but a short place (not a sentence with links naming one).
    constexpr std::size_t kMaxDatedPlaceChars = 60;
    const bool is_dated_place = place && place->country && !place->is_online && date_line.links.empty() &&
                                chars(trim_line_part(rest)) <= kMaxDatedPlaceChars;
    bool is_place_labelled = false;  // "Lieu : Brest": a field of a label-value block
    bool place_block = false;        // the place is a line of the extent of its own
    // A line that is a place wins over a place read out of a sentence nearer the date
    // (a description's "Hosted in Dublin, …" before the row's last cell "Dublin, Ireland").
    for (bool whole : {true, false}) {
      if (place && (place->country || place->city || place->is_online)) break;
      for (std::size_t distance = 1; distance <= c.hi - c.lo; ++distance) {
        std::optional<std::size_t> found;
        for (std::size_t i : {c.anchor + distance, c.anchor - distance}) {
          if (i < c.lo || i > c.hi || std::find(used.begin(), used.end(), i) != used.end()) continue;
          if (auto p = labelled_place(i)) {
            place = p;
            found = i;
            is_place_labelled = true;
            break;
          }
          if (auto p = place_line(blocks_[i], whole)) {
            place = p;
            found = i;
            place_block = true;
            break;
          }
        }
        if (found) {
          used.push_back(*found);
          break;
        }
      }
    }
    if (place) take_place(event, *place);

    // Description and link.
    std::string description;
    std::optional<std::string> more_link;
    std::optional<std::string> title_link;
    std::optional<std::string> lone_link;  // the link of a link-only line after the date
    std::optional<std::string> printed_link;  // the one address printed after the date
    if (!blocks_[*c.title].links.empty() && !blocks_[*c.title].links.front().href.empty())
      title_link = blocks_[*c.title].links.front().href;
    int title_level = blocks_[*c.title].heading_level;
    // The description: the blocks after the title (and its theme) to the extent's end,
    // also those between the title and a date line printed after them.
    std::size_t first = std::min(*c.title, c.anchor) + 1;
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
      if (is_label_only(b.text)) continue;
      if (b.heading_level > 0 && (title_level == 0 || b.heading_level <= title_level)) break;
      if (i > c.anchor && !printed_link)
        for (const Link& link : b.links)
          if (is_address(normalize_space(link.text)) && is_page_link(link.href)) {
            printed_link = link.href;
            break;
          }
      if (i > c.anchor && !printed_link) printed_link = labelled_address(b);
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
    else if (printed_link) event.url = resolve_url(context_.base_url, *printed_link);

    // A date and a title alone are no event; a description, a link, or a place of its
    // own (labelled, a line of the extent, or the rest of the date line, that names a
    // place of known country) make one.
    // One date of a series: the rest of its line (a time, a venue) describes it.
    if (c.in_series && event.description.empty())
      event.description = trim_line_part(date_line.text.substr(0, c.date.begin) + " " +
                                         date_line.text.substr(std::min(c.date.end, date_line.text.size())));
    const bool has_place_line = is_place_labelled || (place_block && event.country) || is_dated_place;
    // So is a row of a table whose header names its date column ("Evento | Fecha").
    const bool is_dated_row = column_field(cell_of(date_line.element)) == FieldLabel::kWhen;
    if (event.description.empty() && !event.url && !has_place_line && !is_dated_row) return std::nullopt;
    event.lang = event_language(primary_language(date_line.lang), context_, event.title + " " + event.description);
    return event;
  }

  // The address a label-value line prints as text: "URL: https://…", "Link: https://…".
  static std::optional<std::string> labelled_address(const Block& b) {
    const std::string_view value = strip_label(b.text);
    if (value.size() < b.text.size() && is_address(value) && value.find(' ') == std::string_view::npos)
      return std::string(value);
    return std::nullopt;
  }

  // An event printed whole on its line (line_event.h): its title, place and link come from
  // the line; the description from the rest of the line and of its extent.
  std::optional<Event> read_line(const Candidate& c) const {
    const EventLine& line = *c.line;
    const Block& b = blocks_[c.anchor];
    Event event;
    event.title = line.title;
    event.start = c.date.range.start;
    event.end = c.date.range.end;
    if (auto place = read_place(line.place, context_.document_lang)) take_place(event, *place);
    std::string description = line.description;
    std::optional<std::string> url = line.url;
    for (std::size_t i = c.anchor + 1; i <= c.hi && i < blocks_.size(); ++i) {
      const Block& more = blocks_[i];
      if (more.is_separator || more.heading_level > 0) break;
      if (!url)
        for (const Link& link : more.links)
          if (is_page_link(link.href) && is_more_link_text(link.text)) url = link.href;
      // The fields of a label-value block under the line: "場所: 愛知県名古屋市 / …",
      // "URL: https://…".
      if (!event.location)
        if (auto place = labelled_place(i)) take_place(event, *place);
      if (!url) url = labelled_address(more);
      if (is_link_only(more)) continue;
      if (!description.empty()) description += ' ';
      description += more.text;
    }
    // An address on the line after the event's, alone ("<li>https://fosdem.org/</li>").
    if (!url && c.hi + 1 < blocks_.size()) {
      const Block& next = blocks_[c.hi + 1];
      if (is_address(next.text) && !next.text.starts_with("www.") && next.text.find(' ') == std::string::npos)
        url = next.text;
    }
    if (url) event.url = resolve_url(context_.base_url, *url);
    event.description = std::move(description);
    event.lang = event_language(primary_language(b.lang), context_, event.title + " " + event.description);
    return event;
  }

  // Whether the block before block i is its event's title: the bold opening of its own
  // line, or (outside lists, whose headings title the list) a <dt>, heading or bold line
  // that is no other event's date line.
  // Whether block b sits in a list nested in the list item `item`, whose own text the
  // block `item` is.
  static bool is_parent_item(const Block& item, const Block& b) {
    if (std::string_view(item.element.name()) != "li" || std::string_view(b.element.name()) != "li") return false;
    const pugi::xml_node list = b.element.parent();
    const std::string_view name = list.name();
    return (name == "ul" || name == "ol") && list.parent() == item.element;
  }

  bool has_title_before(std::size_t i, bool follows_date_line) const {
    if (i == 0 || follows_date_line) return false;
    const Block& b = blocks_[i];
    const Block& before = blocks_[i - 1];
    if (before.is_separator || !is_title_like(before)) return false;
    if (before.element == b.element) return true;
    // The item a nested list details: "<li><a>Girls Hack Ireland</a><ul><li>Sat Mar 11,
    // 10:00 @ DCU</li></ul></li>" — the item's own text is the title of its sub-items.
    if (is_parent_item(before, b)) return true;
    if (std::string_view(b.element.name()) == "li" || std::string_view(b.element.name()) == "a") {
      // The first item of a list right under a heading, holding only a date: the list
      // gives the fields of the heading's event ("<h2>Tinkercamp</h2><ul><li>Sa/So 12. und
      // 13. Oktober</li><li>In Essen</li>…"), not a list of events.
      if (previous_element(b.element) || before.heading_level == 0) return false;
      const auto date = date_finder().find_first(b.text, dates());
      return date && is_date_only(b, *date);
    }
    return before.heading_level > 0 || before.is_emphasised || std::string_view(before.element.name()) == "dt";
  }

  // Whether date line i is one of a run of dated lines: blocks like it (same element,
  // same parent), with no title (heading, bold line, <dt>) between them, at least two
  // others of which hold a date line of their own, as list items do. The heading above
  // such a run heads the list ("Save the Dates" over "📅 Meet up 2025-03: IPB in Berlin
  // (01.04.2025)", "📅 …").
  bool in_dated_lines(std::size_t i) const {
    const Block& b = blocks_[i];
    constexpr std::size_t kReach = 8;
    int dated = 0;
    auto is_title = [](const Block& other) {
      return other.heading_level > 0 || other.is_emphasised || other.is_separator ||
             std::string_view(other.element.name()) == "dt";
    };
    auto counts = [&](std::size_t k) {
      const Block& other = blocks_[k];
      return other.element.parent() == b.element.parent() && std::string_view(other.element.name()) == b.element.name() &&
             is_dated_line(k) && ++dated >= 2;
    };
    for (std::size_t k = i + 1; k < blocks_.size() && k <= i + kReach && !is_title(blocks_[k]); ++k)
      if (counts(k)) return true;
    for (std::size_t k = i; k-- > 0 && k + kReach >= i && !is_title(blocks_[k]);)
      if (counts(k)) return true;
    return false;
  }

  // Whether block k holds a date line, or a linked line with a date in it ("<a>Mix-IT</a>
  // les 20-21 avril 2017"); remembered per block.
  bool is_dated_line(std::size_t k) const {
    if (dated_.empty()) dated_.assign(blocks_.size(), -1);
    if (dated_[k] < 0) {
      const Block& b = blocks_[k];
      bool linked = !b.links.empty() || b.text.find("://") != std::string::npos;
      bool dated = date_line(b).has_value() || (linked && is_line_block(b) && date_finder().find_first(b.text, dates()));
      dated_[k] = dated ? 1 : 0;
    }
    return dated_[k] == 1;
  }

  // Whether a date line right after the date line of the event `before` repeats that
  // event's date as a detail of it, rather than opening an event of its own: a line of
  // the date only under a heading that is the event's line ("International Journalism
  // Festival, 15-19 abril" over "<2015-04-15 mié>–<2015-04-19 dom>"), or a line that
  // marks no title of its own after a titled event ("20-26 abril, 40 ciudades"). A line
  // of the date and time alone after a listed event's line is its time stamp ("<li><a>
  // 2019/05/29: Python Pereira Meetup #14</a></li><div>2019-05-29 18:30:00-05:00</div>").
  bool repeats_date(const Candidate& before, const Block& b, const DateMatch& m,
                    const std::optional<EventLine>& line) const {
    const DateRange& r = before.date.range;
    if (!(r.start <= m.range.end && m.range.start <= r.end)) return false;
    if (before.line)
      return is_date_only(b, m) && (blocks_[before.anchor].heading_level > 0 ||
                                    (r.start == m.range.start && r.end == m.range.end && field_label(b.text) == FieldLabel::kNone));
    return line && !line->is_title_marked && has_title_before(before.anchor, false);
  }

  // A line that holds nothing but its date and times of day ("MERCREDI 06 SEPTEMBRE
  // 20H-22H", "Terça-feira, 25 de Setembro", "2019-05-29 18:30:00-05:00"), and its label
  // ("Data: 18/11/2017").
  static bool is_date_only(const Block& b, const DateMatch& m) {
    std::string before = b.text.substr(0, m.begin);
    if (field_label(b.text) == FieldLabel::kWhen) before = std::string(strip_label(before));  // "Data: 18/11/2017"
    std::string rest = before + " " + b.text.substr(std::min(m.end, b.text.size()));
    // An ISO time with seconds and zone: "18:30:00-05:00", "T08:00:00Z".
    static const std::regex kIsoTime(R"(T?\d{1,2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)");
    rest = std::regex_replace(rest, kIsoTime, " ");
    rest = std::regex_replace(rest, time_pattern(), " ");
    for (const Token& t : analyzer().tokenize(rest))
      if (!t.is_joined && !is_time_word(std::string_view(rest).substr(t.begin, t.end - t.begin))) return false;
    return true;
  }

  // The list item a block is, or is inside (<li><p>…</p></li>); null when none.
  static pugi::xml_node list_item_of(const Block& b) {
    pugi::xml_node node = b.element;
    for (int up = 0; node && up < 3; ++up, node = node.parent())
      if (std::string_view(node.name()) == "li") return node;
    return {};
  }

  // A day heading over a list ("<h4>Terça-feira, 25 de Setembro</h4><ul><li>…</li>…"):
  // every undated item of the list below it, up to the next heading of its level or the
  // next date line, is an event of that day, read as an event line. Returns the items'
  // candidates, or nothing when no item below reads as an event.
  std::vector<Candidate> day_items(const Candidate& day, std::size_t next_anchor) const {
    std::vector<Candidate> items;
    const Block& heading = blocks_[day.anchor];
    int level = heading.heading_level;
    pugi::xml_node last_item;
    for (std::size_t i = day.anchor + 1; i < next_anchor && i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      if (b.is_separator || is_past_[i]) break;
      if (b.heading_level > 0 && (level == 0 || b.heading_level <= level)) break;
      pugi::xml_node item = list_item_of(b);
      if (!item || item == last_item) continue;  // one event per item, from its first line
      last_item = item;
      DateMatch at_start = day.date;
      at_start.begin = at_start.end = 0;
      if (auto line = read_event_line(b, at_start, context_.document_lang); line && line->is_title_marked) {
        Candidate c;
        c.anchor = i;
        c.date = day.date;
        c.line = std::move(line);
        items.push_back(std::move(c));
      }
    }
    return items;
  }

  // A block that may list an event on its own line: a list item, a short paragraph or
  // table cell, a line of a <br> run.
  static bool is_line_block(const Block& b) {
    if (b.is_separator || b.heading_level > 0) return false;
    if (b.is_list_item) return true;
    std::string_view name = b.element.name();
    return (name == "p" || name == "td" || name == "div" || name == "span" || name == "font") &&
           chars(b.text) <= 2 * kMaxDateLineChars;
  }

  // A heading that is only a month ("<h3>January 2014</h3>"): it gives the lines below it
  // their month, and is no event. (A bold month line under an event's title is its date.)
  static bool is_context_heading(const Block& b, const DateMatch& m) {
    if (b.heading_level == 0) return false;
    const DateRange& r = m.range;
    if (r.start.year != r.end.year || r.start.month != r.end.month || r.start.day != 1 ||
        r.end.day != Date::days_in_month(r.end.year, r.end.month))
      return false;
    std::string_view matched = std::string_view(b.text).substr(m.begin, m.end - m.begin);
    std::size_t digits = static_cast<std::size_t>(std::count_if(matched.begin(), matched.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
    if (digits != 0 && digits != 4) return false;
    std::string rest = normalize_space(b.text.substr(0, m.begin) + " " + b.text.substr(m.end));
    return letters(rest) == 0;
  }

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

  // A list of dates printed without their year runs forwards: an item dated before the
  // item above it and before the issue ("14.12." after "09.11.", in a list of January's
  // bulletin that read it as last December) falls in the next year.
  void follow_list_order(std::vector<Candidate>& anchors) const {
    for (std::size_t k = 1; k < anchors.size(); ++k) {
      Candidate& c = anchors[k];
      const Candidate& before = anchors[k - 1];
      if (c.date.has_year || before.date.has_year || std::string_view(blocks_[c.anchor].element.name()) != "li" ||
          blocks_[c.anchor].element.parent() != blocks_[before.anchor].element.parent())
        continue;
      DateRange& r = c.date.range;
      // Only a date read as just before the issue is in doubt; a later one stands.
      if (r.start >= before.date.range.start || !context_.issue_date || r.end >= *context_.issue_date) continue;
      const Date start{r.start.year + 1, r.start.month, r.start.day};
      const Date end{r.end.year + 1, r.end.month, r.end.day};
      if (!Date::is_valid(start.year, start.month, start.day) || !Date::is_valid(end.year, end.month, end.day) ||
          start < before.date.range.start)
        continue;
      r = {start, end};
    }
  }

  // The heading right above the list whose item block i is, when the item is a date line
  // with no title of its own; nullopt otherwise.
  std::optional<std::size_t> heading_over_list(std::size_t i) const {
    const Block& b = blocks_[i];
    if (std::string_view(b.element.name()) != "li") return std::nullopt;
    const pugi::xml_node list = b.element.parent();
    std::size_t above = i;
    while (above > 0 && is_within(blocks_[above - 1].element, list)) --above;
    if (above == 0) return std::nullopt;
    // Every line of the list above the item is a date of the series too.
    for (std::size_t k = above; k < i; ++k)
      if (!is_dated_line(k)) return std::nullopt;
    const Block& heading = blocks_[above - 1];
    if (heading.heading_level == 0 || !is_title_like(heading)) return std::nullopt;
    if (previous_element(list) != heading.element) return std::nullopt;
    return above - 1;
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
    if (is_more_link_text(b.text) || is_label_only(b.text) || is_description_label(b.text)) return false;
    // "事前登録サイト：https://…", "Registration: https://…": a labelled address.
    for (std::string_view colon : {std::string_view("："), std::string_view(": ")})
      if (const std::size_t at = b.text.find(colon); at != std::string::npos && is_address(normalize_space(b.text.substr(at + colon.size()))))
        return false;
    // "Où : Rennes", "Fecha: 12 de marzo": a field of a label-value block.
    if (FieldLabel f = field_label(b.text); f == FieldLabel::kWhen || f == FieldLabel::kWhere) return false;
    if (b.heading_level > 0 || b.is_emphasised || std::string_view(b.element.name()) == "dt") return true;
    return !ends_statement(b.text);
  }

  // Cards that print the date above the title ("2026年01月12日" over "<h3>武蔵小杉ロボット
  // フェス</h3>"): when most events of the page take their title from the heading after
  // their date line, one that took a section heading before it ("<h2>Events in Japan</h2>")
  // takes the heading after it too.
  void follow_date_first_layout(std::vector<Candidate>& anchors) const {
    std::size_t after = 0, before = 0;
    for (const Candidate& c : anchors) {
      if (!c.title || c.line) continue;
      (*c.title > c.anchor ? after : before) += 1;
    }
    if (after < 2 || after <= before) return;
    for (Candidate& c : anchors) {
      if (!c.title || c.line || *c.title > c.anchor || c.anchor + 1 >= blocks_.size()) continue;
      const Block& title = blocks_[*c.title];
      const Block& next = blocks_[c.anchor + 1];
      if (next.heading_level > 0 && is_title_like(next) &&
          (title.heading_level == 0 || title.heading_level < next.heading_level))
        c.title = c.anchor + 1;
    }
  }

  void find_title(std::vector<Candidate>& anchors, std::size_t k) const {
    Candidate& c = anchors[k];
    // The dates of one recurring event, listed under its name: "<h3>LoeRoTre 2024</h3>
    // <ul><li>13.01. - Ab 14 Uhr in der Dieter-Kaltenbach-Stiftung</li>…".
    if (auto heading = heading_over_list(c.anchor)) {
      c.title = *heading;
      c.in_series = true;
      return;
    }
    // A heading that is only a date opens its event's section: the title is the bold or
    // heading line right after it, and what precedes it belongs to the section before.
    if (blocks_[c.anchor].heading_level > 0 && is_date_only(blocks_[c.anchor], c.date) &&
        c.anchor + 1 < blocks_.size()) {
      const Block& next = blocks_[c.anchor + 1];
      if ((next.is_emphasised || next.heading_level > 0) && is_title_like(next)) {
        c.title = c.anchor + 1;
        return;
      }
    }
    if (auto what = what_field(anchors, k)) {
      c.title = *what;
      find_subtitle(c);
      return;
    }
    if (auto what = column_cell(c, FieldLabel::kWhat)) {
      c.title = *what;
      find_subtitle(c);
      return;
    }
    std::size_t lower = c.is_container ? c.lo : (c.anchor >= 6 ? c.anchor - 6 : 0);
    // Backwards from the date line, over a theme and the fields of a label-value block
    // ("Où : Rennes"), to the title.
    std::optional<std::size_t> affiliation;
    for (std::size_t i = c.anchor; i-- > lower;) {
      const Block& b = blocks_[i];
      if (b.is_separator) break;
      if (!c.subtitle && theme_of(b)) {
        c.subtitle = i;
        continue;
      }
      if (is_byline(b.text) || is_label_only(b.text) || is_description_label(b.text) || is_speaker_line(b.text)) continue;
      if (FieldLabel f = field_label(b.text); f == FieldLabel::kWhen || f == FieldLabel::kWhere) continue;
      // "Programme: Amalgama" right under the date line before (and its place line) names
      // that event, not this one.
      if (k > 0 && anchors[k - 1].anchor < i && i - anchors[k - 1].anchor <= 2 && field_label(b.text) == FieldLabel::kWhat) break;
      // The line under "Speaker: Ana Ruiz" is her affiliation; the title, if any, is above.
      if (!affiliation && i > lower && is_speaker_line(blocks_[i - 1].text) && field_label(b.text) == FieldLabel::kNone) {
        affiliation = i;
        continue;
      }
      if (is_title_like(b)) {
        c.title = i;
        // A card's bold title over a plain line of its kind and place ("<b>Concours de
        // belote</b>", "Jeux , REMUZAT", "<b>Vendredi 21 mars 2014</b>"): the bold one.
        if (!b.is_emphasised && b.heading_level == 0 && blocks_[c.anchor].is_emphasised && i > lower) {
          const Block& above = blocks_[i - 1];
          if ((above.is_emphasised || above.heading_level > 0) && is_title_like(above) && !is_dated_line(i - 1))
            c.title = i - 1;
        }
      }
      break;
    }
    if (!c.title && affiliation && is_title_like(blocks_[*affiliation])) c.title = affiliation;
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
        // The next event's date line is no title of this one.
        if (b.is_separator || date_line(b)) break;
        // "Au programme : Amalgama" names it; "Espace Magh – Bruxelles" is its place.
        if (field_label(b.text) == FieldLabel::kWhat && !is_label_only(b.text)) {
          c.title = i;
          break;
        }
        if (i == c.anchor + 1 && b.heading_level == 0 && !cell_of(b.element) && place_line(b, true)) {
          ++upper;
          continue;
        }
        if (is_title_like(b) && (b.heading_level > 0 || b.is_emphasised || i == c.anchor + 1 || (i == c.anchor + 2 && !cell_of(b.element) && place_line(blocks_[c.anchor + 1], true)))) {
          c.title = i;
          break;
        }
      }
    }
    find_subtitle(c);
  }

  // A theme printed next to the title (the line after it, or after the date line that
  // follows it).
  void find_subtitle(Candidate& c) const {
    if (!c.title || c.subtitle) return;
    std::size_t next = *c.title + 1 == c.anchor ? c.anchor + 1 : *c.title + 1;
    if (next < blocks_.size() && next <= std::max(c.hi, c.anchor + 1) && theme_of(blocks_[next])) c.subtitle = next;
  }

  // The field a table's header names for the column of cell `td` ("Title", "Lieu",
  // "Fecha", "Место"): the header row is the table's first row of <th> cells.
  static bool is_cell(pugi::xml_node node) {
    std::string_view name = node.name();
    return name == "td" || name == "th";
  }

  // The table cell that holds `node`, or null.
  static pugi::xml_node cell_of(pugi::xml_node node) {
    while (node && !is_cell(node)) node = node.parent();
    return node;
  }

  // A bare day and month ("19.02", "19/02", "11.24") in a cell of a column headed as the
  // date ("Дата", "Date", "Datum", "开展日期"): the date of the row, in the order the
  // numbers allow, else month first under a Chinese or Japanese header or in US English.
  static std::optional<DateMatch> date_cell(const Block& b, const DateContext& date_context) {
    static const std::regex kDayMonth(R"(^\d{1,2}[./]\d{1,2}\.?$)");
    if (b.text.size() > 6 || !std::regex_match(b.text, kDayMonth)) return std::nullopt;
    pugi::xml_node header = header_cell(cell_of(b.element));
    if (!header || column_of_name(node_text(header)) != FieldLabel::kWhen) return std::nullopt;
    const std::size_t cut = b.text.find_first_of("./");
    int first = std::stoi(b.text.substr(0, cut));
    int second = std::stoi(b.text.substr(cut + 1));
    if (reads_month_first(first, second, date_context.month_first || is_cjk_phrase(node_text(header)))) std::swap(first, second);
    // Day first, as the date finder reads "19.02. ·".
    auto two_digits = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    const std::string text = two_digits(first) + "." + two_digits(second) + ". ·";
    auto match = date_finder().find_first(text, date_context);
    if (!match || match->begin != 0) return std::nullopt;
    match->end = b.text.size();
    return match;
  }

  // The header row of a table: the first row of <th>, else a first row whose cells are
  // all bold ("<tr><td><b>Дата</b></td><td><b>Тема</b></td>…").
  static pugi::xml_node header_row(pugi::xml_node table) {
    if (pugi::xpath_node th = table.select_node(".//tr[th]")) return th.node();
    pugi::xml_node first = table.select_node(".//tr").node();
    if (!first) return {};
    bool any = false;
    for (pugi::xml_node cell = first.first_child(); cell; cell = cell.next_sibling()) {
      if (!is_cell(cell)) continue;
      const std::string text = node_text(cell);
      if (text.empty()) continue;
      pugi::xml_node bold = cell.select_node(".//b|.//strong").node();
      if (!bold || node_text(bold) != text) return {};
      any = true;
    }
    return any ? first : pugi::xml_node();
  }

  // The header cell above table cell `td`, or null.
  static pugi::xml_node header_cell(pugi::xml_node td) {
    if (!is_cell(td)) return {};
    pugi::xml_node row = td.parent();
    std::size_t column = 0;
    for (pugi::xml_node cell = row.first_child(); cell && cell != td; cell = cell.next_sibling())
      if (is_cell(cell)) ++column;
    pugi::xml_node table = row.parent();
    if (std::string_view(table.name()) != "table") table = table.parent();
    pugi::xml_node header = header_row(table);
    if (!header || header == row) return {};
    std::size_t k = 0;
    for (pugi::xml_node cell = header.first_child(); cell; cell = cell.next_sibling()) {
      if (cell.type() != pugi::node_element) continue;
      if (k++ == column) return cell;
    }
    return {};
  }

  static FieldLabel column_field(pugi::xml_node td) {
    pugi::xml_node header = header_cell(td);
    return header ? column_of_name(node_text(header)) : FieldLabel::kNone;
  }

  // The block of the candidate's table row in the column a header names as `field`.
  std::optional<std::size_t> column_cell(const Candidate& c, FieldLabel field) const {
    pugi::xml_node cell = cell_of(blocks_[c.anchor].element);
    if (!cell) return std::nullopt;
    pugi::xml_node row = cell.parent();
    constexpr std::size_t kReach = 12;
    std::size_t lo = c.anchor >= kReach ? c.anchor - kReach : 0;
    for (std::size_t i = lo; i < blocks_.size() && i <= c.anchor + kReach; ++i) {
      pugi::xml_node td = cell_of(blocks_[i].element);
      if (td && td.parent() == row && i != c.anchor && column_field(td) == field && !blocks_[i].text.empty()) return i;
    }
    return std::nullopt;
  }

  // In a label-value block around a date line of its own ("Quand : 28 mars 2019"), the
  // value of the label of what the event is ("Quoi : Journée du libre", "Что: …", or a
  // label alone in a <dt> and its value in the next <dd>): the block that gives the
  // title. The search stays between the headings, separators and other date lines
  // around the date line.
  std::optional<std::size_t> what_field(const std::vector<Candidate>& anchors, std::size_t k) const {
    const Candidate& c = anchors[k];
    if (field_label(blocks_[c.anchor].text) != FieldLabel::kWhen &&
        !(c.anchor > 0 && is_label_only(blocks_[c.anchor - 1].text)))
      return std::nullopt;
    constexpr std::size_t kReach = 5;
    std::size_t lo = k > 0 ? anchors[k - 1].anchor + 1 : 0;
    std::size_t hi = k + 1 < anchors.size() ? anchors[k + 1].anchor - 1 : blocks_.size() - 1;
    auto what_at = [&](std::size_t i) -> std::optional<std::size_t> {
      const Block& b = blocks_[i];
      if (field_label(b.text) != FieldLabel::kWhat) return std::nullopt;
      if (!is_label_only(b.text)) return i;
      if (i + 1 < blocks_.size() && !is_label_only(blocks_[i + 1].text)) return i + 1;
      return std::nullopt;
    };
    auto stops = [&](const Block& b) { return b.heading_level > 0 || b.is_separator; };
    // Forwards only over the fields of the block: a line of no label, that is no value of
    // a label alone before it ("<dt>Où :</dt><dd>Rennes</dd>"), opens what follows.
    for (std::size_t i = c.anchor + 1; i <= hi && i <= c.anchor + kReach && !stops(blocks_[i]); ++i) {
      if (auto found = what_at(i)) return found;
      if (strip_label(blocks_[i].text).size() == blocks_[i].text.size() && !is_label_only(blocks_[i - 1].text)) break;
    }
    for (std::size_t i = c.anchor; i-- > lo && i + kReach >= c.anchor && !stops(blocks_[i]);)
      if (auto found = what_at(i)) return found;
    return std::nullopt;
  }

  // A short paragraph ending in a colon right before a list: "Upcoming events:".
  static bool is_list_label(const Block& b) {
    if (b.heading_level > 0 || b.is_list_item || chars(b.text) > kMaxTitleChars) return false;
    if (!b.text.ends_with(":") && !b.text.ends_with("\uFF1A")) return false;
    pugi::xml_node next = b.element.next_sibling();
    while (next && next.type() != pugi::node_element) next = next.next_sibling();
    std::string_view name = next.name();
    return name == "ul" || name == "ol" || name == "dl" || name == "table";
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
  mutable std::vector<signed char> dated_;  // is_dated_line, per block: -1 not known yet
};

// The words of a title cut short with an ellipsis ("《北齐兰陵王的文...》",
// "Distributed systems…"), without its brackets; empty when the title is whole.
std::string shortened_stem(std::string_view title) {
  constexpr std::size_t kMinStemChars = 4;
  std::string text = normalize_space(title);
  for (std::string_view close : {"》", "」", "』", "\"", "”", "»", ")"})
    if (text.ends_with(close)) text.resize(text.size() - close.size());
  bool cut = false;
  for (std::string_view ellipsis : {"...", "…"})
    while (text.ends_with(ellipsis)) {
      text.resize(text.size() - ellipsis.size());
      cut = true;
    }
  if (!cut) return {};
  for (std::string_view open : {"《", "「", "『", "\"", "“", "«", "("})
    if (text.starts_with(open)) text.erase(0, open.size());
  text = normalize_space(text);
  return chars(text) >= kMinStemChars ? text : std::string();
}

// An event a bulletin repeats (a daily digest that announces the same meetup each day)
// is one event: the same title, dates and place (or none on either side). So is an
// event a digest lists first under a title cut short ("《北齐兰陵王的文...》") and then
// announces in full on the same dates: the full one is kept, where the short one stood.
void drop_repeats(std::vector<Event>& events) {
  auto shortens = [](const Event& brief, const Event& full) {
    if (brief.start != full.start || brief.end != full.end) return false;
    const std::string stem = shortened_stem(brief.title);
    return !stem.empty() && shortened_stem(full.title).empty() && full.title.find(stem) != std::string::npos;
  };
  std::vector<Event> kept;
  for (Event& e : events) {
    auto same = std::find_if(kept.begin(), kept.end(), [&](const Event& k) {
      return (k.title == e.title && k.start == e.start && k.end == e.end &&
              (k.location == e.location || !k.location || !e.location)) ||
             shortens(e, k);
    });
    if (same == kept.end()) {
      auto brief = std::find_if(kept.begin(), kept.end(), [&](const Event& k) { return shortens(k, e); });
      if (brief != kept.end())
        *brief = std::move(e);
      else
        kept.push_back(std::move(e));
    }
  }
  events = std::move(kept);
}

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
    // A first reading without an issue date finds it: the issue line, else the page's
    // metadata, else the first date line before the first event, else the page title's
    // date.
    PageReader undated(blocks, context);
    candidates = undated.find_candidates();
    std::optional<Date> issue_date;
    for (const Candidate& c : candidates) {
      if (c.is_issue_line && c.date.has_year) {
        issue_date = c.date.range.start;
        break;
      }
      if (undated.read(c)) break;
      if (!issue_date && c.date.has_year && !context.meta_date) issue_date = c.date.range.start;
    }
    if (!issue_date) issue_date = context.meta_date;
    context.issue_date = issue_date ? issue_date : context.title_date;
    // Without an issue date the context did not change: the first reading stands.
    is_read_with_final_context = !context.issue_date;
  }
  PageReader reader(blocks, context);
  // With one, dates printed without a year are read too: read again.
  if (!is_read_with_final_context) candidates = reader.find_candidates();
  std::vector<bool> is_anchor(blocks.size(), false);
  for (const Candidate& c : candidates) {
    auto event = reader.read(c);
    if (!event) continue;
    is_anchor[c.anchor] = true;
    if (is_deadline(event->title)) continue;
    // A date printed without its year that falls before the issue date is the recent past.
    if (c.date.has_year ? is_long_past(*event, context.issue_date)
                        : context.issue_date && event->end && *event->end < *context.issue_date)
      continue;
    event->bulletin = context.path;
    events.push_back(std::move(*event));
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (is_anchor[i]) continue;
    for (Event& event : reader.inline_events(i)) {
      if (is_long_past(event, context.issue_date) || is_deadline(event.title)) continue;
      const bool is_known = std::any_of(events.begin(), events.end(), [&](const Event& e) {
        return e.title == event.title && e.start == event.start;
      });
      if (is_known) continue;
      event.bulletin = context.path;
      events.push_back(std::move(event));
    }
  }
  drop_repeats(events);
  assign_ids(events);
  return events;
}


void join_split_dates(std::vector<Block>& blocks) {
  constexpr std::size_t kMaxPieceChars = 12;
  auto is_piece = [&](const Block& b) {
    return !b.text.empty() && chars(b.text) <= kMaxPieceChars && b.heading_level == 0 && !b.is_separator &&
           b.links.empty();
  };
  auto has_digit = [](const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  std::vector<Block> joined;
  joined.reserve(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& first = blocks[i];
    bool merged = false;
    // Each piece alone is no date (a lone "17" or "2017" is none), the whole is.
    if (is_piece(first) && !date_finder().find_first(first.text)) {
      for (std::size_t n = 3; n >= 2 && !merged; --n) {
        if (i + n > blocks.size()) continue;
        std::string text = first.text;
        bool pieces = has_digit(first.text);
        bool ok = true;
        for (std::size_t k = 1; k < n && ok; ++k) {
          const Block& next = blocks[i + k];
          ok = is_piece(next) && next.element.parent() == first.element.parent();
          text += " " + next.text;
          pieces = pieces || has_digit(next.text);
        }
        if (!ok || !pieces) continue;
        const auto match = date_finder().find_first(text);
        if (!match || match->begin != 0 || match->end + 1 < text.size()) continue;
        Block block = first;
        block.text = text;
        block.element = first.element.parent();
        joined.push_back(std::move(block));
        i += n - 1;
        merged = true;
      }
    }
    if (!merged) joined.push_back(first);
  }
  blocks = std::move(joined);
}

bool is_long_past(const Event& event, const std::optional<Date>& issue_date) {
  return issue_date && event.end &&
         event.end->days_since_epoch() < issue_date->days_since_epoch() - kMaxDaysBeforeIssue;
}

namespace {

// Whether text opens with a separator that sets a date apart from a title: ":", "-", "|",
// "–", "—", "·", "："
bool opens_with_separator(std::string_view text) {
  for (std::string_view separator : {":", "-", "|", "–", "—", "·", "："})
    if (text.starts_with(separator)) return true;
  return false;
}

}  // namespace

Event read_item_event(const std::vector<Block>& blocks, std::string title,
                      std::optional<std::string> url, const std::string& item_lang,
                      const ReaderContext& context) {
  Event event;
  event.bulletin = context.path;
  DateContext date_context{context.issue_date, context.month_first};
  // A title that ends in the event's day ("Reunión del Grupo el 20/02/2020") gives the
  // date when the item's text does not, and is the title without it.
  std::optional<DateMatch> title_date;
  bool title_opens_with_date = false;
  if (auto matches = date_finder().find_all(title, date_context); !matches.empty()) {
    // A title that opens with the day, set apart ("20.08.2026: Modularisierung
    // pragmatisch", "12 juin - Atelier"), is dated by it, whatever dates the text holds.
    const DateMatch& first = matches.front();
    const std::string_view after = std::string_view(title).substr(first.end);
    const std::string rest = trim_line_part(after);
    const std::size_t sep = after.find_first_not_of(" \t\r\n");
    const DateMatch& last = matches.back();
    std::string_view matched = std::string_view(title).substr(last.begin, last.end - last.begin);
    std::size_t digits = static_cast<std::size_t>(std::count_if(matched.begin(), matched.end(), [](char c) { return c >= '0' && c <= '9'; }));
    std::string before = trim_line_part(std::string_view(title).substr(0, last.begin));
    if (trim_line_part(std::string_view(title).substr(0, first.begin)).empty() && chars(rest) >= 3 &&
        sep != std::string_view::npos && opens_with_separator(after.substr(sep))) {
      title_date = first;
      title_opens_with_date = true;
      title = rest;
    } else if (trim_line_part(std::string_view(title).substr(last.end)).empty() && digits > 0 && digits != 4 &&
               chars(before) >= 3) {
      title_date = last;
      title = before;
    }
  }
  event.title = std::move(title);
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
          if (auto place = read_place(rest, context.document_lang)) take_place(event, *place);
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
        take_place(event, *place);
        continue;
      }
    }
    if (!description.empty()) description += ' ';
    description += b.text;
  }
  if (title_date && (!event.start || title_opens_with_date)) {
    event.start = title_date->range.start;
    event.end = title_date->range.end;
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
