#include "events/segment.h"

#include "events/line_text.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <regex>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace almanac::index {
namespace {

constexpr std::array<std::string_view, 40> kBlockTags = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd",
    "blockquote", "section", "article", "table", "tr", "tbody", "thead", "tfoot", "ul",
    "ol", "dl", "pre", "address", "figure", "figcaption", "main", "body", "center",
    "caption", "summary", "details", "hr", "item", "entry", "event", "description", "html"};

// Elements whose content is never an event of the bulletin.
constexpr std::array<std::string_view, 10> kSkippedTags = {
    "nav", "aside", "form", "select", "button", "header", "footer", "head", "iframe", "svg"};

// Words in a class or id that mark navigation and page furniture.
constexpr std::array<std::string_view, 22> kBoilerplateWords = {
    "nav", "navbar", "navigation", "menu", "footer", "sidebar", "social", "unsubscribe",
    "breadcrumb", "breadcrumbs", "share", "sharing", "cookie", "cookies", "topbar", "toolbar",
    "pied", "piedpage", "rodape", "fusszeile", "colophon", "impressum"};

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_block(std::string_view name) { return is_one_of(name, kBlockTags); }

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool names_boilerplate(std::string_view attribute) {
  std::string value = lower_ascii(attribute);
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !(value[i] >= 'a' && value[i] <= 'z')) ++i;
    std::size_t j = i;
    while (j < value.size() && value[j] >= 'a' && value[j] <= 'z') ++j;
    if (j > i && is_one_of(std::string_view(value).substr(i, j - i), kBoilerplateWords)) return true;
    i = j;
  }
  return false;
}

bool is_skipped(pugi::xml_node node) {
  std::string_view name = node.name();
  if (is_one_of(name, kSkippedTags)) return true;
  if (node.attribute("aria-hidden").as_string() == std::string_view("true")) return true;
  if (std::string_view(node.attribute("role").as_string()) == "navigation") return true;
  return names_boilerplate(node.attribute("class").as_string()) ||
         names_boilerplate(node.attribute("id").as_string());
}

bool has_bold_style(pugi::xml_node node) {
  std::string style = lower_ascii(node.attribute("style").as_string());
  return style.find("font-weight:bold") != std::string::npos ||
         style.find("font-weight: bold") != std::string::npos ||
         style.find("font-weight:700") != std::string::npos ||
         style.find("font-weight: 700") != std::string::npos;
}

bool is_bold_tag(std::string_view name) { return name == "b" || name == "strong"; }

int heading_level(pugi::xml_node node) {
  std::string_view name = node.name();
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  if (std::string_view(node.attribute("role").as_string()) == "heading") {
    int level = node.attribute("aria-level").as_int(2);
    return std::clamp(level, 1, 6);
  }
  return 0;
}

// Links written out in the text as Markdown writes them, "[Title](https://…)" or
// "[Title] (https://…)", as plain-text newsletters and unrendered Markdown print them:
// each is added to the block's links, in the order of the text.
void add_written_links(Block& b) {
  static const std::regex pattern(R"re(\[((?:[^\[\]]|\[[^\[\]]*\]){2,200})\]\s?\((https?://[^\s()]+)\))re", std::regex::optimize);
  if (b.text.find("](") == std::string::npos && b.text.find("] (") == std::string::npos) return;
  for (auto it = std::sregex_iterator(b.text.begin(), b.text.end(), pattern); it != std::sregex_iterator(); ++it) {
    std::size_t at = static_cast<std::size_t>(it->position(0));
    Link link{it->str(2), normalize_space(it->str(1))};
    auto later = std::find_if(b.links.begin(), b.links.end(), [&](const Link& l) {
      std::size_t pos = b.text.find(l.text);
      return pos != std::string::npos && pos > at;
    });
    b.links.insert(later, std::move(link));
  }
}

// True when the text has no letter and no digit: "██ ██ ██", "* * *", "———".
bool is_decorative(std::string_view text) {
  int32_t i = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  bool has_symbol = false;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    if (u_isalnum(c)) return false;
    if (!u_isspace(c)) has_symbol = true;
  }
  return has_symbol;
}

bool starts_with_separator(std::string_view text) {
  for (std::string_view sep : {"—", "–", "-", "|", "·", ",", ":", ";", "•", "，", "：", "、", "،", "("})
    if (text.starts_with(sep)) return true;
  return false;
}

std::string nearest_lang(pugi::xml_node node) {
  for (; node; node = node.parent()) {
    if (node.type() != pugi::node_element) continue;
    if (auto a = node.attribute("lang"); a && *a.value()) return a.value();
    if (auto a = node.attribute("xml:lang"); a && *a.value()) return a.value();
  }
  return {};
}

// Collects the inline content of the block elements met during the walk.
class Linearizer {
 public:
  std::vector<Block> blocks;

  void text(std::string_view t, bool is_bold) {
    // A line that opens in bold and goes on in plain text ("<li><strong>Title</strong>
    // 12 June 2019 · Lima") holds a title of its own: remember where the bold part ends.
    bool is_visible = count_visible(t) > 0;
    if (is_visible && lead_ == Lead::kNone) lead_ = is_bold ? Lead::kBold : Lead::kDone;
    if (is_visible && lead_ == Lead::kBold && !is_bold) {
      lead_end_ = run_.size();
      lead_links_ = links_.size();
      lead_ = Lead::kDone;
    }
    run_ += t;
    if (!link_stack_.empty()) link_text_ += t;
    if (is_bold) {
      bold_bytes_ += t.size();
      bold_run_ += t;
    } else if (is_visible) {
      close_bold_run();
    }
    if (!is_bold) other_bytes_ += count_visible(t);
  }

  void close_bold_run() {
    std::string bold = normalize_space(bold_run_);
    if (!bold.empty()) bold_texts_.push_back(std::move(bold));
    bold_run_.clear();
  }

  void open_link(pugi::xml_node a) {
    link_stack_.push_back(a.attribute("href").as_string());
    link_text_.clear();
  }

  void close_link() {
    if (link_stack_.empty()) return;
    std::string href = link_stack_.back();
    link_stack_.pop_back();
    std::string label = normalize_space(link_text_);
    if (!href.empty() || !label.empty()) links_.push_back({href, label});
  }

  void time_value(std::string_view datetime) {
    if (!datetime.empty()) datetimes_.emplace_back(datetime);
  }

  void flush(pugi::xml_node owner, bool owner_bold) {
    close_bold_run();
    if (lead_end_ != std::string::npos && !owner_bold && heading_level(owner) == 0) {
      std::string lead = normalize_space(std::string_view(run_).substr(0, lead_end_));
      std::string rest_text = normalize_space(std::string_view(run_).substr(lead_end_));
      // Not a title: a label ("<b>When:</b> 14 May"), or the first part of a line that
      // goes on after a separator ("<b>6-8 June 2019</b> — Lima, Peru").
      bool is_label = lead.ends_with(":") || lead.ends_with("：");
      bool is_continued = starts_with_separator(rest_text);
      if (!lead.empty() && lead.size() <= kMaxLeadBytes && !is_label && !is_continued) {
        std::vector<Link> rest_links(links_.begin() + static_cast<std::ptrdiff_t>(lead_links_), links_.end());
        links_.resize(lead_links_);
        // The bold opening is the first bold run; the others belong to the rest.
        std::vector<std::string> rest_bold;
        if (!bold_texts_.empty()) rest_bold.assign(bold_texts_.begin() + 1, bold_texts_.end());
        bold_texts_.resize(std::min<std::size_t>(bold_texts_.size(), 1));
        std::string rest = run_.substr(lead_end_);
        run_.resize(lead_end_);
        bold_bytes_ = 1;
        other_bytes_ = 0;
        std::vector<std::string> times = std::move(datetimes_);
        datetimes_.clear();
        lead_end_ = std::string::npos;
        flush(owner, owner_bold);
        run_ = std::move(rest);
        links_ = std::move(rest_links);
        bold_texts_ = std::move(rest_bold);
        datetimes_ = std::move(times);
      }
    }
    std::string t = normalize_space(run_);
    if (!t.empty()) {
      Block b;
      b.text = std::move(t);
      b.element = owner;
      b.heading_level = heading_level(owner);
      b.is_emphasised = owner_bold || (bold_bytes_ > 0 && other_bytes_ == 0);
      b.is_separator = is_decorative(b.text);
      std::string_view name = owner.name();
      // A link that owns its block is a link line (is_link_line): an item of a list.
      b.is_list_item = name == "li" || name == "dt" || name == "dd" || name == "a";
      b.links = std::move(links_);
      add_written_links(b);
      b.bold_texts = std::move(bold_texts_);
      b.datetimes = std::move(datetimes_);
      b.lang = nearest_lang(owner);
      blocks.push_back(std::move(b));
    }
    run_.clear();
    links_.clear();
    bold_texts_.clear();
    datetimes_.clear();
    bold_bytes_ = other_bytes_ = 0;
    lead_ = Lead::kNone;
    lead_end_ = std::string::npos;
  }

  void separator(pugi::xml_node owner) {
    Block b;
    b.element = owner;
    b.is_separator = true;
    blocks.push_back(std::move(b));
  }

 private:
  static std::size_t count_visible(std::string_view t) {
    std::size_t n = 0;
    for (char c : t)
      if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r')) ++n;
    return n;
  }

  // A bold opening longer than this is no title.
  static constexpr std::size_t kMaxLeadBytes = 240;
  enum class Lead { kNone, kBold, kDone };

  std::string run_;
  Lead lead_ = Lead::kNone;
  std::size_t lead_end_ = std::string::npos;  // where a bold opening ends in run_
  std::size_t lead_links_ = 0;                // links_ within the bold opening
  std::vector<Link> links_;
  std::string bold_run_;                 // the bold run being read
  std::vector<std::string> bold_texts_;  // the bold runs of run_
  std::vector<std::string> link_stack_;
  std::string link_text_;
  std::vector<std::string> datetimes_;
  std::size_t bold_bytes_ = 0;
  std::size_t other_bytes_ = 0;
};

}  // namespace

std::string normalize_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool pending_space = false;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    bool is_space = c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C ||
                    (c > 0x7F && (u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x200B));
    if (is_space) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (c < 0) out += "\xEF\xBF\xBD";
    else out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

namespace {

// Text written in lines of labels and values, as a plain-text notice is ("活动预告：",
// "Gopher北京meetup 时间：6-25", "报名地址：http://…"): its line breaks separate its parts
// although HTML does not show them. At least three lines, two of them "Label: value",
// and short lines: a paragraph wrapped in its source is not written in lines.
bool is_written_in_lines(std::string_view text) {
  if (std::count(text.begin(), text.end(), '\n') < 2) return false;
  int lines = 0, labelled = 0;
  std::size_t width = 0;
  for (std::size_t from = 0; from <= text.size();) {
    std::size_t end = std::min(text.find('\n', from), text.size());
    std::string line = normalize_space(text.substr(from, end - from));
    from = end + 1;
    if (line.empty()) continue;
    ++lines;
    width += chars(line);
    std::string_view rest = strip_label(line);
    if (rest.size() < line.size() && !rest.starts_with("//")) ++labelled;
  }
  constexpr std::size_t kMaxMeanChars = 40;
  return lines >= 3 && labelled >= 2 && width <= kMaxMeanChars * static_cast<std::size_t>(lines);
}

}  // namespace

// Whether a parent's links are lines of their own: several links that are its only inline
// elements (blocks such as a heading may stand beside them), with nothing but white
// space between them, as sites print lists of events as
// links styled to show one per line ("<div><a>30. September: Workshop @ Wien</a><a>3.
// Oktober: …</a></div>"). Each is a block, as a list item would be.
bool holds_link_lines(pugi::xml_node parent) {
  int links = 0;
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element) {
      if (std::string_view(c.name()) == "a") ++links;
      else if (!is_block(c.name()) && std::string_view(c.name()) != "br") return false;  // a heading may stand by
    } else if ((c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) && !normalize_space(c.value()).empty()) {
      return false;
    }
  }
  return links >= 2;
}

std::vector<Block> linearize(pugi::xml_node root) {
  Linearizer out;
  // The open block elements and whether each is bold by style; the innermost owns text.
  std::vector<std::pair<pugi::xml_node, bool>> open_blocks{{root, has_bold_style(root)}};
  int bold_depth = 0;

  auto owner = [&] { return open_blocks.back(); };
  // The links of one parent are visited one after the other: its answer is kept, so that a
  // parent of thousands of links is read once, not once per link.
  pugi::xml_node link_parent;
  bool has_link_lines = false;
  auto is_link_line = [&](pugi::xml_node node) {
    if (std::string_view(node.name()) != "a") return false;
    if (node.parent() != link_parent) {
      link_parent = node.parent();
      has_link_lines = holds_link_lines(link_parent);
    }
    return has_link_lines;
  };
  auto enter = [&](pugi::xml_node node) -> bool {  // returns whether to descend
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      bool is_bold = bold_depth > 0 || owner().second;
      std::string_view value = node.value();
      if (!is_written_in_lines(value)) {
        out.text(value, is_bold);
        return false;
      }
      for (std::size_t from = 0; from <= value.size();) {
        std::size_t end = std::min(value.find('\n', from), value.size());
        out.text(value.substr(from, end - from), is_bold);
        if (end < value.size()) out.flush(owner().first, owner().second);
        from = end + 1;
      }
      return false;
    }
    if (node.type() != pugi::node_element) return false;
    if (is_skipped(node)) return false;
    std::string_view name = node.name();
    if (name == "br") {
      out.flush(owner().first, owner().second);
      return false;
    }
    if (name == "hr") {
      out.flush(owner().first, owner().second);
      out.separator(node);
      return false;
    }
    if (name == "img") return false;
    if (is_block(name) || is_link_line(node)) {
      out.flush(owner().first, owner().second);
      open_blocks.emplace_back(node, owner().second || has_bold_style(node) || heading_level(node) > 0);
    } else if (is_bold_tag(name) || has_bold_style(node)) {
      ++bold_depth;
    }
    if (name == "a") out.open_link(node);
    if (name == "time") out.time_value(node.attribute("datetime").as_string());
    return true;
  };
  auto leave = [&](pugi::xml_node node) {
    if (node.type() != pugi::node_element) return;
    std::string_view name = node.name();
    if (name == "a") out.close_link();
    if (is_block(name) || is_link_line(node)) {
      out.flush(owner().first, owner().second);
      if (open_blocks.size() > 1) open_blocks.pop_back();
    } else if (is_bold_tag(name) || has_bold_style(node)) {
      --bold_depth;
    }
  };

  pugi::xml_node node = root.first_child();
  while (node) {
    bool is_entered = enter(node);
    if (is_entered && node.first_child()) {
      node = node.first_child();
      continue;
    }
    if (is_entered) leave(node);
    while (node != root && !node.next_sibling()) {
      node = node.parent();
      if (node != root) leave(node);
    }
    if (node == root) break;
    node = node.next_sibling();
  }
  out.flush(owner().first, owner().second);
  return std::move(out.blocks);
}

std::string node_text(pugi::xml_node node) {
  std::string text;
  for (pugi::xml_node n = node.first_child(); n;) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      text += n.value();
    } else if (n.type() == pugi::node_element) {
      if (is_block(n.name()) || n.name() == std::string_view("br")) text += ' ';
      if (n.first_child()) {
        n = n.first_child();
        continue;
      }
    }
    while (n && n != node && !n.next_sibling()) {
      n = n.parent();
      if (n && n != node && is_block(n.name())) text += ' ';
    }
    if (!n || n == node) break;
    n = n.next_sibling();
  }
  return normalize_space(text);
}

}  // namespace almanac::index
