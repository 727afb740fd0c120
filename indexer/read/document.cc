// Format recognition and the parse of a bulletin into pugixml (document.h). The parsers
// themselves are in html_dom.cc (Gumbo) and xml_dom.cc (pugixml).
#include "read/document.h"

#include <almanac/error.h>

#include <array>

#include "read/html_dom.h"
#include "read/xml_dom.h"

namespace almanac::index {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool equals_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string_view local_name(std::string_view name) {
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// What the start of the text says about its format.
struct Prolog {
  bool xml_declaration = false;
  std::string_view root;      // the first element's name as written, "" if none
  std::string_view root_tag;  // the first element's start tag, '<' to '>' (or to the end)
};

// Skips whitespace, comments, the doctype and processing instructions to the first element.
Prolog read_prolog(std::string_view text) {
  Prolog prolog;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (is_space(text[pos])) {
      ++pos;
      continue;
    }
    if (text[pos] != '<') return prolog;  // text before any element: not XML
    if (text.compare(pos, 4, "<!--") == 0) {
      const std::size_t end = text.find("-->", pos + 4);
      if (end == std::string_view::npos) return prolog;
      pos = end + 3;
    } else if (text.compare(pos, 2, "<?") == 0) {
      if (pos == 0 && text.compare(0, 5, "<?xml") == 0 && text.size() > 5 && is_space(text[5])) {
        prolog.xml_declaration = true;
      }
      const std::size_t end = text.find("?>", pos + 2);
      if (end == std::string_view::npos) return prolog;
      pos = end + 2;
    } else if (text.compare(pos, 2, "<!") == 0) {
      const std::size_t close = text.find('>', pos);
      const std::size_t subset = text.find('[', pos);
      const std::size_t end = (subset != std::string_view::npos && subset < close)
                                  ? text.find("]>", subset)
                                  : close;
      if (end == std::string_view::npos) return prolog;
      pos = end + (text[end] == ']' ? 2 : 1);
    } else {
      std::size_t end = pos + 1;
      while (end < text.size() && !is_space(text[end]) && text[end] != '>' && text[end] != '/') {
        ++end;
      }
      prolog.root = text.substr(pos + 1, end - pos - 1);
      const std::size_t close = text.find('>', end);
      prolog.root_tag = text.substr(pos, close == std::string_view::npos ? close : close - pos + 1);
      return prolog;
    }
  }
  return prolog;
}

// Whether a start tag of `name` occurs anywhere (ASCII case-insensitive).
bool has_start_tag(std::string_view text, std::string_view name) {
  for (std::size_t pos = text.find('<'); pos != std::string_view::npos;
       pos = text.find('<', pos + 1)) {
    const std::size_t end = pos + 1 + name.size();
    if (end <= text.size() && equals_ci(text.substr(pos + 1, name.size()), name) &&
        (end == text.size() || is_space(text[end]) || text[end] == '>' || text[end] == '/')) {
      return true;
    }
  }
  return false;
}

bool looks_like_html(std::string_view text) {
  static constexpr std::array<std::string_view, 5> kTags = {"html", "body", "p", "div",
                                                             "table"};
  for (std::string_view tag : kTags) {
    if (has_start_tag(text, tag)) return true;
  }
  return false;
}

bool has_markup(std::string_view text) {
  for (std::size_t pos = text.find('<'); pos != std::string_view::npos;
       pos = text.find('<', pos + 1)) {
    if (pos + 1 < text.size() && is_alpha(text[pos + 1])) return true;
  }
  return false;
}

bool is_xhtml_root(const Prolog& prolog) {
  if (!equals_ci(local_name(prolog.root), "html")) return false;
  const std::string_view tag = prolog.root_tag;
  const std::size_t at = tag.find("http://www.w3.org/1999/xhtml");
  return at != std::string_view::npos && tag.find("xmlns") < at;
}

Format format_of_root(std::string_view name) {
  const std::string_view local = local_name(name);
  if (local == "rss" || local == "RDF") return Format::kRss;
  if (local == "feed") return Format::kAtom;
  if (local == "bulletin") return Format::kAlmanacXml;
  if (equals_ci(local, "html")) return Format::kXhtml;
  return Format::kOtherXml;
}

// The first child element whose name (or local name, with `local`) is `name`.
pugi::xml_node child_named(pugi::xml_node parent, std::string_view name, bool local) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view written = child.name();
    if ((local ? local_name(written) : written) == name) return child;
  }
  return {};
}

std::string text_of(pugi::xml_node node) { return std::string(trim(node.text().get())); }

// The first element named `name` in document order (iterative walk).
pugi::xml_node first_element(pugi::xml_node root, std::string_view name) {
  pugi::xml_node node = root;
  while (node) {
    if (node.type() == pugi::node_element && name == node.name()) return node;
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && node != root && !node.next_sibling()) node = node.parent();
    if (!node || node == root) break;
    node = node.next_sibling();
  }
  return {};
}

// <meta http-equiv="content-language" content> or <meta name="language" content>.
std::string meta_language(pugi::xml_node root) {
  pugi::xml_node head = child_named(root, "head", false);
  for (pugi::xml_node meta = head ? head.child("meta") : pugi::xml_node(); meta;
       meta = meta.next_sibling("meta")) {
    const std::string_view key = meta.attribute("http-equiv")
                                     ? meta.attribute("http-equiv").value()
                                     : meta.attribute("name").value();
    if (equals_ci(key, "content-language") || equals_ci(key, "language")) {
      std::string_view content = meta.attribute("content").value();
      content = trim(content.substr(0, content.find(',')));  // "en, fr": the first
      if (!content.empty()) return std::string(content);
    }
  }
  return {};
}

void fill_lang_and_base(BulletinDocument& out) {
  const pugi::xml_node root = out.dom.document_element();
  if (!root) return;
  const char* lang = root.attribute("lang") ? root.attribute("lang").value()
                                            : root.attribute("xml:lang").value();
  out.lang = trim(lang);
  out.base_url = trim(root.attribute("xml:base").value());
  switch (out.format) {
    case Format::kHtml:
    case Format::kXhtml: {
      if (out.lang.empty()) out.lang = meta_language(root);
      const pugi::xml_node base = first_element(root, "base");
      const std::string_view href = trim(base.attribute("href").value());
      if (!href.empty()) out.base_url = href;
      break;
    }
    case Format::kRss: {
      const pugi::xml_node channel = child_named(root, "channel", true);
      if (out.lang.empty()) out.lang = text_of(child_named(channel, "language", true));
      if (out.base_url.empty()) out.base_url = text_of(child_named(channel, "link", false));
      break;
    }
    case Format::kAtom:
      for (pugi::xml_node link = root.first_child(); link && out.base_url.empty();
           link = link.next_sibling()) {
        if (link.type() != pugi::node_element || local_name(link.name()) != "link") continue;
        const std::string_view rel = link.attribute("rel").value();
        if (rel.empty() || rel == "alternate") out.base_url = trim(link.attribute("href").value());
      }
      break;
    case Format::kAlmanacXml:
    case Format::kOtherXml:
      break;
  }
}

}  // namespace

std::string_view format_name(Format format) {
  switch (format) {
    case Format::kHtml: return "html";
    case Format::kXhtml: return "xhtml";
    case Format::kRss: return "rss";
    case Format::kAtom: return "atom";
    case Format::kAlmanacXml: return "almanac-xml";
    case Format::kOtherXml: return "xml";
  }
  return "unknown";
}

void parse_bulletin(std::string_view utf8_text, BulletinDocument& out) {
  out.dom.reset();
  out.format = Format::kHtml;
  out.lang.clear();
  out.base_url.clear();

  std::string_view text = utf8_text;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (trim(text).empty()) throw InputError("no document: the file is empty");
  if (!has_markup(text)) throw InputError("no markup found");

  const Prolog prolog = read_prolog(text);
  const Format root_format = format_of_root(prolog.root);
  const bool xml = prolog.xml_declaration || is_xhtml_root(prolog) ||
                   (root_format != Format::kXhtml && root_format != Format::kOtherXml);
  if (xml) {
    const std::string error =
        parse_xml_into(text, out.dom, root_format == Format::kXhtml, kMaxDepth);
    if (error.empty()) {
      out.format = format_of_root(out.dom.document_element().name());
      if (out.format == Format::kXhtml) normalise_xhtml(out.dom);
      fill_lang_and_base(out);
      return;
    }
    if (!looks_like_html(text)) throw InputError("XML is not well-formed: " + error);
  }
  parse_html_into(text, out.dom, kMaxDepth);
  out.format = Format::kHtml;
  fill_lang_and_base(out);
}

}  // namespace almanac::index
