// The nesting guard run before Gumbo (html_depth.h). A small tokenizer (comments, raw text,
// quoted attributes as the HTML tokenizer reads them) feeds a model of the tree builder's
// stack of open elements and of its list of active formatting elements.
#include "html_depth.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <unordered_map>
#include <vector>

namespace almanac::index {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Formatting elements (<b>, <font>, ...) the list of active formatting elements may hold past
// its last marker. The tree builder reopens every entry whose element was closed in each
// following paragraph (<font color=a>x<p>, with 1,000 colours, made 23 GB of 5 MB), so more
// are cut. They only style text; <a> is never cut.
constexpr std::size_t kMaxActiveFormatting = 6;

using TagSet = std::bitset<GUMBO_TAG_LAST + 1>;

TagSet tag_set(std::initializer_list<GumboTag> tags, TagSet base = {}) {
  for (GumboTag tag : tags) base.set(tag);
  return base;
}

#define T(name) GUMBO_TAG_##name
const TagSet kVoid = tag_set({T(AREA), T(BASE), T(BASEFONT), T(BGSOUND), T(BR), T(COL),
                              T(EMBED), T(FRAME), T(HR), T(IMAGE), T(IMG), T(INPUT),
                              T(ISINDEX), T(KEYGEN), T(LINK), T(META), T(PARAM), T(SOURCE),
                              T(TRACK), T(WBR)});
const TagSet kMerged = tag_set({T(HTML), T(HEAD), T(BODY)});
const TagSet kRawText = tag_set({T(SCRIPT), T(STYLE), T(XMP), T(IFRAME), T(NOEMBED),
                                 T(NOFRAMES), T(TEXTAREA), T(TITLE)});
const TagSet kScope = tag_set({T(APPLET), T(CAPTION), T(HTML), T(TABLE), T(TD), T(TH),
                               T(MARQUEE), T(OBJECT), T(TEMPLATE), T(MI), T(MO), T(MN), T(MS),
                               T(MTEXT), T(ANNOTATION_XML), T(FOREIGNOBJECT), T(DESC),
                               T(TITLE)});
const TagSet kButtonScope = tag_set({T(BUTTON)}, kScope);
const TagSet kListScope = tag_set({T(OL), T(UL)}, kScope);
const TagSet kTableScope = tag_set({T(HTML), T(TABLE), T(TEMPLATE)});
const TagSet kTableRoot = tag_set({T(HTML), T(TEMPLATE)});
const TagSet kSpecial = tag_set(
    {T(ADDRESS), T(APPLET), T(AREA), T(ARTICLE), T(ASIDE), T(BASE), T(BASEFONT), T(BGSOUND),
     T(BLOCKQUOTE), T(BODY), T(BR), T(BUTTON), T(CAPTION), T(CENTER), T(COL), T(COLGROUP),
     T(DD), T(DETAILS), T(DIR), T(DIV), T(DL), T(DT), T(EMBED), T(FIELDSET), T(FIGCAPTION),
     T(FIGURE), T(FOOTER), T(FORM), T(FRAME), T(FRAMESET), T(H1), T(H2), T(H3), T(H4), T(H5),
     T(H6), T(HEAD), T(HEADER), T(HGROUP), T(HR), T(HTML), T(IFRAME), T(IMG), T(INPUT),
     T(ISINDEX), T(LI), T(LINK), T(LISTING), T(MAIN), T(MARQUEE), T(MENU), T(MENUITEM),
     T(META), T(NAV), T(NOEMBED), T(NOFRAMES), T(NOSCRIPT), T(OBJECT), T(OL), T(P), T(PARAM),
     T(PLAINTEXT), T(PRE), T(SCRIPT), T(SECTION), T(SELECT), T(SOURCE), T(STYLE), T(SUMMARY),
     T(TABLE), T(TBODY), T(TD), T(TEMPLATE), T(TEXTAREA), T(TFOOT), T(TH), T(THEAD), T(TITLE),
     T(TR), T(TRACK), T(UL), T(WBR), T(XMP), T(MI), T(MO), T(MN), T(MS), T(MTEXT),
     T(ANNOTATION_XML), T(FOREIGNOBJECT), T(DESC)});
const TagSet kFormatting = tag_set({T(A), T(B), T(BIG), T(CODE), T(EM), T(FONT), T(I), T(NOBR),
                                    T(S), T(SMALL), T(STRIKE), T(STRONG), T(TT), T(U)});
const TagSet kMarker = tag_set({T(APPLET), T(OBJECT), T(MARQUEE), T(TEMPLATE), T(TD), T(TH),
                                T(CAPTION)});
// Start tags that close an open <p> in button scope (<table> is left out: not in quirks mode).
const TagSet kClosesP = tag_set(
    {T(ADDRESS), T(ARTICLE), T(ASIDE), T(BLOCKQUOTE), T(CENTER), T(DETAILS), T(DIR), T(DIV),
     T(DL), T(FIELDSET), T(FIGCAPTION), T(FIGURE), T(FOOTER), T(HEADER), T(HGROUP), T(MAIN),
     T(MENU), T(NAV), T(OL), T(P), T(SECTION), T(SUMMARY), T(UL), T(H1), T(H2), T(H3), T(H4),
     T(H5), T(H6), T(PRE), T(LISTING), T(FORM), T(PLAINTEXT), T(HR), T(XMP), T(LI), T(DD),
     T(DT)});
const TagSet kHeading = tag_set({T(H1), T(H2), T(H3), T(H4), T(H5), T(H6)});
const TagSet kTableSection = tag_set({T(TBODY), T(THEAD), T(TFOOT)});
const TagSet kTableEnd = tag_set({T(TABLE), T(TBODY), T(THEAD), T(TFOOT), T(TR), T(TD), T(TH),
                                  T(CAPTION), T(COLGROUP)});
const TagSet kRowContext = tag_set({T(TR), T(TBODY), T(THEAD), T(TFOOT), T(TABLE), T(CAPTION)});
const TagSet kTableContext = tag_set({T(TD), T(TH)}, kRowContext);
const TagSet kSelectScope = ~tag_set({T(OPTION), T(OPTGROUP)});
// Start tags after which a <frameset> can no longer replace the body ("frameset-ok"), as
// text other than whitespace does.
const TagSet kFramesetNotOk = tag_set({T(APPLET), T(MARQUEE), T(OBJECT), T(TABLE), T(AREA),
                                       T(BR), T(EMBED), T(IMG), T(IMAGE), T(KEYGEN), T(WBR),
                                       T(INPUT), T(HR), T(PRE), T(LISTING), T(LI), T(DD), T(DT),
                                       T(BUTTON), T(XMP), T(IFRAME), T(SELECT), T(TEXTAREA),
                                       T(ISINDEX)});
const TagSet kTableTag = tag_set({T(CAPTION), T(TABLE), T(TBODY), T(TFOOT), T(THEAD), T(TR),
                                  T(TD), T(TH)});
// SVG and MathML elements whose content is parsed as HTML (annotation-xml only sometimes:
// taking it as HTML errs towards a deeper estimate).
const TagSet kIntegrationPoint = tag_set({T(MI), T(MO), T(MN), T(MS), T(MTEXT),
                                          T(ANNOTATION_XML), T(FOREIGNOBJECT), T(DESC),
                                          T(TITLE)});
// HTML start tags that end SVG or MathML content (<font> only with color, face or size).
const TagSet kBreakout = tag_set(
    {T(B), T(BIG), T(BLOCKQUOTE), T(BODY), T(BR), T(CENTER), T(CODE), T(DD), T(DIV), T(DL),
     T(DT), T(EM), T(EMBED), T(H1), T(H2), T(H3), T(H4), T(H5), T(H6), T(HEAD), T(HR), T(I),
     T(IMG), T(LI), T(LISTING), T(MENU), T(META), T(NOBR), T(OL), T(P), T(PRE), T(RUBY), T(S),
     T(SMALL), T(SPAN), T(STRONG), T(STRIKE), T(SUB), T(SUP), T(TABLE), T(TT), T(U), T(UL),
     T(VAR)});

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool matches_ci(std::string_view text, std::size_t pos, std::string_view word) {
  if (text.size() - std::min(pos, text.size()) < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(text[pos + i]) != word[i]) return false;
  }
  return true;
}

// True if `text` holds `word` (lowercase ASCII), ignoring case.
bool contains_ci(std::string_view text, std::string_view word) {
  for (std::size_t pos = 0; pos + word.size() <= text.size(); ++pos) {
    if (matches_ci(text, pos, word)) return true;
  }
  return false;
}

// True if a tag name ends at `pos`.
bool name_ends(std::string_view text, std::size_t pos) {
  return pos >= text.size() || is_space(text[pos]) || text[pos] == '/' || text[pos] == '>';
}

struct Tag {
  std::size_t begin = 0, end = 0;  // '<' to just past '>'
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  std::string name;                // lowercase, for GUMBO_TAG_UNKNOWN only
  std::string_view attributes;     // raw attribute text
  bool self_closing = false;
};

// Reads a start or end tag whose name starts at `name_begin`, with its attributes as the
// HTML tokenizer reads them. False when the input ends inside the tag (Gumbo drops it).
bool read_tag(std::string_view html, std::size_t begin, std::size_t name_begin, Tag& tag) {
  const std::size_t n = html.size();
  std::size_t pos = name_begin;
  while (!name_ends(html, pos)) ++pos;
  tag.begin = begin;
  tag.tag = gumbo_tagn_enum(html.data() + name_begin, static_cast<unsigned>(pos - name_begin));
  tag.name.clear();
  if (tag.tag == GUMBO_TAG_UNKNOWN) {
    for (std::size_t i = name_begin; i < pos; ++i) tag.name += lower(html[i]);
  }
  tag.self_closing = false;
  const std::size_t attributes_begin = pos;
  while (true) {
    while (pos < n && is_space(html[pos])) ++pos;
    if (pos >= n) return false;
    if (html[pos] == '>') break;
    if (html[pos] == '/') {
      if (++pos < n && html[pos] == '>') {
        tag.self_closing = true;
        break;
      }
      continue;
    }
    ++pos;  // the first character of a name may be '='
    while (pos < n && !is_space(html[pos]) && html[pos] != '/' && html[pos] != '>' &&
           html[pos] != '=') {
      ++pos;
    }
    while (pos < n && is_space(html[pos])) ++pos;
    if (pos >= n || html[pos] != '=') continue;
    ++pos;
    while (pos < n && is_space(html[pos])) ++pos;
    if (pos >= n) return false;
    if (html[pos] == '"' || html[pos] == '\'') {
      const std::size_t close = html.find(html[pos], pos + 1);
      if (close == std::string_view::npos) return false;
      pos = close + 1;
    } else {
      while (pos < n && !is_space(html[pos]) && html[pos] != '>') ++pos;
    }
  }
  tag.end = pos + 1;
  tag.attributes = html.substr(attributes_begin, pos - attributes_begin);
  return true;
}

// Where the raw text that starts at `pos` ends: its "</name" end tag, or kNone.
std::size_t raw_text_end(std::string_view html, std::size_t pos, std::string_view name) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    if (matches_ci(html, pos + 2, name) && name_ends(html, pos + 2 + name.size())) return pos;
    pos += 2;
  }
  return kNone;
}

// Where script data ends, following the escaped ("<!--") and double-escaped ("<!--<script")
// states, in which "</script" does not (or not always) end the script.
std::size_t script_end(std::string_view html, std::size_t pos) {
  enum class State { kData, kEscaped, kDoubleEscaped } state = State::kData;
  for (; pos < html.size(); ++pos) {
    if (html[pos] == '-' && state != State::kData && html.compare(pos, 3, "-->") == 0) {
      state = State::kData;
      pos += 2;
    } else if (html[pos] != '<') {
      continue;
    } else if (state == State::kData && html.compare(pos, 4, "<!--") == 0) {
      state = State::kEscaped;
      pos += 3;
    } else if (matches_ci(html, pos, "</script") && name_ends(html, pos + 8)) {
      if (state != State::kDoubleEscaped) return pos;
      state = State::kEscaped;
    } else if (state == State::kEscaped && matches_ci(html, pos, "<script") &&
               name_ends(html, pos + 7)) {
      state = State::kDoubleEscaped;
    }
  }
  return kNone;
}

// The end of a comment whose text starts at `pos` ("-->", "--!>", or the input's end).
std::size_t comment_end(std::string_view html, std::size_t pos) {
  if (html.compare(pos, 1, ">") == 0) return pos + 1;
  if (html.compare(pos, 2, "->") == 0) return pos + 2;
  const std::size_t close = html.find("-->", pos);
  const std::string_view before = html.substr(pos, close == std::string_view::npos
                                                       ? std::string_view::npos
                                                       : close - pos);
  const std::size_t bang = before.find("--!>");
  if (bang != std::string_view::npos) return pos + bang + 4;
  return close == std::string_view::npos ? html.size() : close + 3;
}

class NestingLimiter {
 public:
  NestingLimiter(std::string_view html, std::size_t max_depth)
      : html_(html), max_depth_(std::max<std::size_t>(max_depth, 3)) {
    push_element(GUMBO_TAG_HTML, {}, {});
    push_element(GUMBO_TAG_BODY, {}, {});
  }

  std::optional<std::string> run();

 private:
  struct Element {
    GumboTag tag;
    std::string name;       // for GUMBO_TAG_UNKNOWN
    std::uint64_t id;
    std::size_t open_p;     // index of the <p> in button scope at or below, or kNone
    bool foreign;           // an SVG or MathML element
    bool listed = false;    // has an entry in the list of active formatting elements
  };
  struct Entry {            // of the list of active formatting elements
    bool marker;
    GumboTag tag;
    std::uint64_t element;  // 0 once the element is no longer open
    std::string key;        // tag and attributes, for the "Noah's Ark" clause
  };
  struct Plan {             // what the tree builder does to the stack for a start tag
    std::size_t keep;       // stack size after the implied end tags
    std::array<GumboTag, 2> implied{};
    std::size_t implied_count = 0;
    std::size_t entry = kNone;  // formatting entry the adoption agency removes
    bool ignored = false;
  };

  static bool same(const Element& e, const Tag& t) {
    return e.tag == t.tag && (t.tag != GUMBO_TAG_UNKNOWN || e.name == t.name);
  }
  bool is_open(const Tag& t) const {
    if (t.tag != GUMBO_TAG_UNKNOWN) return open_count_[t.tag] > 0;
    const auto it = open_unknown_.find(t.name);
    return it != open_unknown_.end() && it->second > 0;
  }
  // Index of the nearest element below `top` matching `match`, kNone past a `stop` element.
  template <typename Match>
  std::size_t find(std::size_t top, Match match, const TagSet& stop) const {
    for (std::size_t i = top; i-- > 0;) {
      if (match(open_[i])) return i;
      if (stop.test(open_[i].tag)) return kNone;
    }
    return kNone;
  }
  std::size_t find_tag(std::size_t top, const TagSet& tags, const TagSet& stop) const {
    return find(top, [&](const Element& e) { return tags.test(e.tag); }, stop);
  }

  // True if some text other than whitespace lies in [begin, end).
  bool has_text(std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i < end; ++i) {
      if (!is_space(html_[i])) return true;
    }
    return false;
  }
  // Index of the <select> whose option list is open, or kNone.
  std::size_t open_select() const {
    std::size_t i = open_.size();
    while (i > 2 && (open_[i - 1].tag == GUMBO_TAG_OPTION ||
                     open_[i - 1].tag == GUMBO_TAG_OPTGROUP) && !open_[i - 1].foreign) {
      --i;
    }
    return open_[i - 1].tag == GUMBO_TAG_SELECT && !open_[i - 1].foreign ? i - 1 : kNone;
  }
  // Returns false when the tree builder ignores the tag (then it switches to no raw text).
  bool start_tag(const Tag& t);
  void end_tag(const Tag& t);
  // True if content at stack size `size` is parsed as SVG or MathML, not HTML.
  bool foreign_at(std::size_t size) const {
    const Element& top = open_[size - 1];
    return top.foreign && !kIntegrationPoint.test(top.tag);
  }
  static bool breaks_out(const Tag& t) {
    return kBreakout.test(t.tag) ||
           (t.tag == GUMBO_TAG_FONT &&
            (contains_ci(t.attributes, "color") || contains_ci(t.attributes, "face") ||
             contains_ci(t.attributes, "size")));
  }
  Plan plan_start(const Tag& t, bool foreign, std::size_t top) const;
  Plan adoption(const Tag& t, bool any_other_end_tag) const;
  static std::string formatting_key(GumboTag tag, std::string_view attributes);
  bool formatting_list_full(const Tag& t) const;
  void apply(const Plan& plan);
  void push_element(GumboTag tag, std::string name, std::string_view attributes,
                    bool foreign = false);
  void pop_to(std::size_t size);
  void remove_entry(std::size_t index);
  void clear_to_marker();
  std::uint32_t& dropped_count(const Tag& t);
  void cut(const Tag& t);

  std::string_view html_;
  std::size_t max_depth_;
  std::vector<Element> open_;
  std::vector<Entry> formatting_;
  std::array<std::uint32_t, GUMBO_TAG_LAST + 1> open_count_{};
  std::unordered_map<std::string, std::uint32_t> open_unknown_;
  std::size_t off_stack_ = 0;  // formatting entries whose element is closed (reopened later)
  std::uint64_t next_id_ = 1;
  bool frameset_ok_ = true;      // a <frameset> would still replace the body
  std::size_t copied_text_ = 0;  // where the text since the last tag starts
  // The tags cut so far and where their text went.
  std::string out_;
  bool cutting_ = false;
  std::size_t copied_ = 0;
  std::array<std::uint32_t, GUMBO_TAG_LAST + 1> dropped_{};
  std::unordered_map<std::string, std::uint32_t> dropped_unknown_;
  std::size_t anchor_ = 0;  // stack size when tags started to be cut beneath its top; 0: none
};

std::optional<std::string> NestingLimiter::run() {
  const std::string_view html = html_;
  // Each tag opens at most three elements (an implied <tbody> and <tr>, or a reopened
  // formatting element), so a text with few tags cannot nest too deep.
  if (static_cast<std::size_t>(std::count(html.begin(), html.end(), '<')) * 3 + 2 <=
      max_depth_) {
    return std::nullopt;
  }
  Tag tag;
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (frameset_ok_ && has_text(copied_text_, pos)) frameset_ok_ = false;
    const char next = pos + 1 < html.size() ? html[pos + 1] : '\0';
    if (next == '!' && html.compare(pos, 4, "<!--") == 0) {
      pos = comment_end(html, pos + 4);
    } else if (next == '!' && foreign_at(open_.size()) && html.compare(pos, 9, "<![CDATA[") == 0) {
      const std::size_t close = html.find("]]>", pos + 9);
      pos = close == std::string_view::npos ? html.size() : close + 3;
    } else if (next == '!' || next == '?' ||
               (next == '/' && pos + 2 < html.size() && !is_alpha(html[pos + 2]))) {
      const std::size_t close = html.find('>', pos + 2);  // doctype or bogus comment
      pos = close == std::string_view::npos ? html.size() : close + 1;
    } else if (next == '/' && pos + 2 < html.size()) {
      if (!read_tag(html, pos, pos + 2, tag)) break;
      pos = tag.end;
      end_tag(tag);
    } else if (is_alpha(next)) {
      if (!read_tag(html, pos, pos + 1, tag)) break;
      pos = tag.end;
      const bool raw = !foreign_at(open_.size()) &&
                       (kRawText.test(tag.tag) || tag.tag == GUMBO_TAG_PLAINTEXT);
      const bool processed = start_tag(tag);
      copied_text_ = pos;
      if (!raw || !processed) continue;
      if (tag.tag == GUMBO_TAG_PLAINTEXT) break;  // the rest of the input is text
      const std::size_t close = tag.tag == GUMBO_TAG_SCRIPT
                                    ? script_end(html, pos)
                                    : raw_text_end(html, pos, gumbo_normalized_tagname(tag.tag));
      if (close == kNone || !read_tag(html, close, close + 2, tag)) break;
      pos = tag.end;
    } else {
      ++pos;
      continue;  // a '<' that is text
    }
    copied_text_ = pos;
  }
  if (!cutting_) return std::nullopt;
  out_.append(html.substr(copied_));
  return std::move(out_);
}

// `foreign`: the tag opens an SVG or MathML element, with no implied end tags.
NestingLimiter::Plan NestingLimiter::plan_start(const Tag& t, bool foreign,
                                                std::size_t top) const {
  Plan plan{top};
  const GumboTag tag = t.tag;
  if (foreign) return plan;
  // An HTML tag in SVG or MathML content first closes the foreign elements.
  while (plan.keep > 2 && foreign_at(plan.keep)) --plan.keep;
  if (tag == GUMBO_TAG_UNKNOWN) return plan;
  if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) {
    for (std::size_t i = plan.keep; i-- > 0;) {
      const GumboTag open = open_[i].tag;
      if (tag == GUMBO_TAG_LI ? open == GUMBO_TAG_LI
                              : (open == GUMBO_TAG_DD || open == GUMBO_TAG_DT)) {
        plan.keep = i;
        break;
      }
      if (kSpecial.test(open) && open != GUMBO_TAG_ADDRESS && open != GUMBO_TAG_DIV &&
          open != GUMBO_TAG_P) {
        break;
      }
    }
  }
  if (kClosesP.test(tag) && open_[plan.keep - 1].open_p != kNone) {
    plan.keep = open_[plan.keep - 1].open_p;
  }
  if (kHeading.test(tag) && kHeading.test(open_[plan.keep - 1].tag)) --plan.keep;
  if ((tag == GUMBO_TAG_A && !formatting_.empty()) || (tag == GUMBO_TAG_NOBR && is_open(t))) {
    const Plan agency = adoption(t, false);
    plan.keep = std::min(plan.keep, agency.keep);
    plan.entry = agency.entry;
  }
  if (tag == GUMBO_TAG_BUTTON && is_open(t)) {
    const std::size_t i = find(plan.keep, [&](const Element& e) { return same(e, t); }, kScope);
    if (i != kNone) plan.keep = i;
  }
  auto imply = [&](std::initializer_list<GumboTag> tags) {
    for (GumboTag implied : tags) plan.implied[plan.implied_count++] = implied;
  };
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TR) {
    const std::size_t cell = tag == GUMBO_TAG_TR ? kNone
                             : find_tag(plan.keep, tag_set({T(TD), T(TH)}), kTableScope);
    const std::size_t context = find_tag(plan.keep, kRowContext, kTableRoot);
    const GumboTag at = context == kNone ? GUMBO_TAG_UNKNOWN : open_[context].tag;
    const bool cell_tag = tag != GUMBO_TAG_TR;
    if (cell != kNone) {
      plan.keep = cell;
    } else if (context == kNone) {
      plan.ignored = true;
    } else if (at == GUMBO_TAG_TR) {
      plan.keep = cell_tag ? context + 1 : context;
    } else if (kTableSection.test(at)) {
      plan.keep = context + 1;
      if (cell_tag) imply({GUMBO_TAG_TR});
    } else {  // a <table>, or a <caption> that is closed first
      plan.keep = at == GUMBO_TAG_TABLE ? context + 1 : context;
      if (cell_tag) {
        imply({GUMBO_TAG_TBODY, GUMBO_TAG_TR});
      } else {
        imply({GUMBO_TAG_TBODY});
      }
    }
  } else if (kTableSection.test(tag) || tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_COLGROUP) {
    const std::size_t table = find_tag(plan.keep, tag_set({T(TABLE)}), kTableRoot);
    if (table == kNone) {
      plan.ignored = true;
    } else {
      plan.keep = table + 1;
    }
  } else if (tag == GUMBO_TAG_TABLE) {
    const std::size_t context = find_tag(plan.keep, kTableContext, kTableRoot);
    if (context != kNone && kRowContext.test(open_[context].tag) &&
        open_[context].tag != GUMBO_TAG_CAPTION) {
      const std::size_t table = find_tag(context + 1, tag_set({T(TABLE)}), kTableRoot);
      if (table != kNone) plan.keep = table;  // the open table is closed first
    }
  } else if (tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) {
    if (open_[plan.keep - 1].tag == GUMBO_TAG_OPTION) --plan.keep;
    if (tag == GUMBO_TAG_OPTGROUP && open_[plan.keep - 1].tag == GUMBO_TAG_OPTGROUP) --plan.keep;
  }
  plan.keep = std::max<std::size_t>(plan.keep, 2);  // <html> and <body> stay
  return plan;
}

// The adoption agency algorithm, as far as it changes the depth: with no "furthest block"
// (no special element above the formatting element) it pops to the formatting element;
// otherwise it re-parents and the depth stays. With `any_other_end_tag`, a tag with no
// entry in the list is handled as a plain end tag.
NestingLimiter::Plan NestingLimiter::adoption(const Tag& t, bool any_other_end_tag) const {
  Plan plan{open_.size()};
  std::size_t entry = kNone;
  for (std::size_t j = formatting_.size(); j-- > 0;) {
    if (formatting_[j].marker) break;
    if (formatting_[j].tag == t.tag) {
      entry = j;
      break;
    }
  }
  if (entry == kNone) {
    if (!any_other_end_tag || !is_open(t)) return plan;
    const std::size_t i = find(open_.size(), [&](const Element& e) { return same(e, t); },
                               kSpecial);
    if (i != kNone) plan.keep = i;
    return plan;
  }
  const std::uint64_t id = formatting_[entry].element;
  const std::size_t i =
      id == 0 ? kNone : find(open_.size(), [&](const Element& e) { return e.id == id; }, {});
  if (i == kNone) {
    plan.entry = entry;  // closed already: only leaves the list
    return plan;
  }
  for (std::size_t above = i + 1; above < open_.size(); ++above) {
    if (kSpecial.test(open_[above].tag)) return plan;  // out of scope, or a furthest block
  }
  plan.keep = i;
  plan.entry = entry;
  return plan;
}

std::string NestingLimiter::formatting_key(GumboTag tag, std::string_view attributes) {
  std::string key = gumbo_normalized_tagname(tag);
  key += '\x1f';
  key.append(attributes);
  return key;
}

bool NestingLimiter::formatting_list_full(const Tag& t) const {
  if (!kFormatting.test(t.tag) || t.tag == GUMBO_TAG_A) return false;
  const std::string key = formatting_key(t.tag, t.attributes);
  std::size_t count = 0, same_key = 0;
  for (std::size_t j = formatting_.size(); j-- > 0 && !formatting_[j].marker;) {
    ++count;
    if (formatting_[j].key == key) ++same_key;
  }
  return count + 1 - (same_key >= 3 ? 1 : 0) > kMaxActiveFormatting;  // Noah's Ark evicts one
}

bool NestingLimiter::start_tag(const Tag& t) {
  const GumboTag tag = t.tag;
  if (kMerged.test(tag)) return true;
  std::size_t top = open_.size();  // the stack size the tag's own rules start from
  if (!foreign_at(top)) {
    const std::size_t select = open_select();
    if (open_.back().tag == GUMBO_TAG_FRAMESET) {  // only frames go into a frameset
      if (tag != GUMBO_TAG_FRAMESET) return tag == GUMBO_TAG_FRAME || tag == GUMBO_TAG_NOFRAMES;
    } else if (tag == GUMBO_TAG_FRAMESET) {
      if (!frameset_ok_) return false;
      top = 2;  // replaces the body
    } else if (select != kNone) {  // an open <select> takes options; some tags close it
      if (tag == GUMBO_TAG_SELECT) {
        pop_to(select);
        return true;
      }
      if (tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_KEYGEN || tag == GUMBO_TAG_TEXTAREA ||
          (kTableTag.test(tag) && open_count_[GUMBO_TAG_TABLE] > 0)) {
        top = select;
      } else if (tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP &&
                 tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_TEMPLATE) {
        return false;
      }
    }
  }
  const bool in_foreign = foreign_at(open_.size()) && !breaks_out(t);
  const bool foreign = in_foreign || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH;
  if (foreign && t.self_closing) return true;  // acknowledged: opens nothing
  const Plan plan = plan_start(t, in_foreign, top);
  if (plan.ignored) return false;
  bool cut_tag = !foreign && formatting_list_full(t);
  // Void and raw-text elements hold no tags; <plaintext> holds the rest of the input.
  const bool opens = foreign || (!kVoid.test(tag) && tag != GUMBO_TAG_PLAINTEXT &&
                                 !kRawText.test(tag));
  if (opens) {
    std::size_t depth = plan.keep + off_stack_ + plan.implied_count + 1;
    for (std::size_t i = plan.keep; i < open_.size(); ++i) depth += open_[i].listed ? 1 : 0;
    cut_tag = cut_tag || depth > max_depth_;
  }
  if (cut_tag) {
    ++dropped_count(t);
    if (anchor_ == 0) anchor_ = open_.size();
    cut(t);
    return false;
  }
  apply(plan);
  if (opens) push_element(tag, t.name, t.attributes, foreign);
  if (!foreign && kFramesetNotOk.test(tag) &&
      !(tag == GUMBO_TAG_INPUT && contains_ci(t.attributes, "hidden"))) {
    frameset_ok_ = false;
  }
  return true;
}

void NestingLimiter::end_tag(const Tag& t) {
  std::uint32_t& dropped = dropped_count(t);
  if (dropped > 0) {
    --dropped;
    cut(t);
    return;
  }
  const GumboTag tag = t.tag;
  if (foreign_at(open_.size())) {  // closes the nearest foreign element of that name
    for (std::size_t i = open_.size(); i-- > 2 && open_[i].foreign;) {
      if (same(open_[i], t)) {
        pop_to(i);
        return;
      }
    }
  }
  if (!foreign_at(open_.size())) {
    const std::size_t select = open_select();
    if (select != kNone) {  // an open <select> ignores most end tags
      const auto is_tag = [&](const Element& e) { return same(e, t); };
      if (tag == GUMBO_TAG_SELECT) {
        pop_to(select);
      } else if (tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) {
        const std::size_t i = find(open_.size(), is_tag, kSelectScope);
        if (i != kNone) pop_to(i);
      } else if (kTableEnd.test(tag) && find(open_.size(), is_tag, kTableScope) != kNone) {
        pop_to(select);
        end_tag(t);
      }
      return;
    }
  }
  if (kFormatting.test(tag)) {
    apply(adoption(t, true));
    return;
  }
  if (tag == GUMBO_TAG_BR) frameset_ok_ = false;  // </br> is read as <br>
  if (kMerged.test(tag) || kVoid.test(tag) || tag == GUMBO_TAG_FORM || !is_open(t)) return;
  const auto is_tag = [&](const Element& e) { return same(e, t); };
  std::size_t i = kNone;
  if (tag == GUMBO_TAG_P) {
    i = open_.back().open_p;
  } else if (tag == GUMBO_TAG_LI) {
    i = find(open_.size(), is_tag, kListScope);
  } else if (kHeading.test(tag)) {
    i = find_tag(open_.size(), kHeading, kScope);
  } else if (kTableEnd.test(tag)) {
    i = find(open_.size(), is_tag, kTableScope);
  } else if (tag == GUMBO_TAG_SELECT) {
    i = find(open_.size(), is_tag, kSelectScope);
  } else if (kSpecial.test(tag)) {
    i = find(open_.size(), is_tag, kScope);
  } else {
    i = find(open_.size(), is_tag, kSpecial);
  }
  if (i != kNone) pop_to(std::max<std::size_t>(i, 2));
}

void NestingLimiter::apply(const Plan& plan) {
  if (plan.entry != kNone) remove_entry(plan.entry);
  pop_to(plan.keep);
  for (std::size_t i = 0; i < plan.implied_count; ++i) push_element(plan.implied[i], {}, {});
}

void NestingLimiter::push_element(GumboTag tag, std::string name, std::string_view attributes,
                                  bool foreign) {
  const std::size_t index = open_.size();
  std::size_t open_p = index == 0 ? kNone : open_.back().open_p;
  if (tag == GUMBO_TAG_P) open_p = index;
  if (kButtonScope.test(tag)) open_p = kNone;
  if (tag == GUMBO_TAG_UNKNOWN) {
    ++open_unknown_[name];
  } else {
    ++open_count_[tag];
  }
  open_.push_back(Element{tag, std::move(name), next_id_++, open_p, foreign});
  if (foreign) return;
  if (kFormatting.test(tag)) {
    std::string key = formatting_key(tag, attributes);
    std::size_t same_key = 0, earliest = kNone;
    for (std::size_t j = formatting_.size(); j-- > 0 && !formatting_[j].marker;) {
      if (formatting_[j].key == key) {
        ++same_key;
        earliest = j;
      }
    }
    if (same_key >= 3) remove_entry(earliest);  // the Noah's Ark clause
    formatting_.push_back(Entry{false, tag, open_.back().id, std::move(key)});
    open_.back().listed = true;
  }
  if (kMarker.test(tag)) formatting_.push_back(Entry{true, tag, 0, {}});
}

void NestingLimiter::pop_to(std::size_t size) {
  while (open_.size() > size) {
    const Element& e = open_.back();
    if (e.listed) {
      for (std::size_t j = formatting_.size(); j-- > 0;) {
        if (formatting_[j].element == e.id) {
          formatting_[j].element = 0;
          ++off_stack_;
          break;
        }
      }
    }
    const GumboTag tag = e.tag;
    const bool marker = kMarker.test(tag) && !e.foreign;
    if (tag == GUMBO_TAG_UNKNOWN) {
      --open_unknown_[e.name];
    } else {
      --open_count_[tag];
    }
    open_.pop_back();
    if (marker) clear_to_marker();
    if (anchor_ != 0 && open_.size() < anchor_) {  // the cut tags are closed with their parent
      anchor_ = 0;
      dropped_.fill(0);
      dropped_unknown_.clear();
    }
  }
}

void NestingLimiter::remove_entry(std::size_t index) {
  const std::uint64_t id = formatting_[index].element;
  if (id == 0) {
    --off_stack_;
  } else {
    for (std::size_t i = open_.size(); i-- > 0;) {
      if (open_[i].id == id) {
        open_[i].listed = false;
        break;
      }
    }
  }
  formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(index));
}

void NestingLimiter::clear_to_marker() {
  while (!formatting_.empty()) {
    if (formatting_.back().marker) {
      formatting_.pop_back();
      return;
    }
    remove_entry(formatting_.size() - 1);
  }
}

std::uint32_t& NestingLimiter::dropped_count(const Tag& t) {
  return t.tag == GUMBO_TAG_UNKNOWN ? dropped_unknown_[t.name] : dropped_[t.tag];
}

void NestingLimiter::cut(const Tag& t) {
  if (!cutting_) {
    cutting_ = true;
    out_.reserve(html_.size());
  }
  out_.append(html_.substr(copied_, t.begin - copied_));
  copied_ = t.end;
}
#undef T

}  // namespace

std::optional<std::string> limit_html_nesting(std::string_view html, std::size_t max_depth) {
  return NestingLimiter(html, max_depth).run();
}

}  // namespace almanac::index
