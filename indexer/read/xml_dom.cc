// pugixml parsing and tidying (xml_dom.h).
#include "read/xml_dom.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "read/html_dom.h"

namespace almanac::index {
namespace {

constexpr std::size_t kMaxEntityNames = 256;  // distinct names looked up per document

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The end of a markup construct whose text does not hold references, or `pos` if none
// starts there.
std::size_t skip_unparsed(std::string_view xml, std::size_t pos) {
  auto after = [&](std::string_view close, std::size_t from) {
    const std::size_t at = xml.find(close, from);
    return at == std::string_view::npos ? xml.size() : at + close.size();
  };
  if (xml.compare(pos, 4, "<!--") == 0) return after("-->", pos + 4);
  if (xml.compare(pos, 9, "<![CDATA[") == 0) return after("]]>", pos + 9);
  if (xml.compare(pos, 2, "<?") == 0) return after("?>", pos + 2);
  if (xml.compare(pos, 9, "<!DOCTYPE") == 0) {
    const std::size_t close = xml.find('>', pos);
    const std::size_t subset = xml.find('[', pos);
    if (subset != std::string_view::npos && subset < close) return after("]>", subset);
    return close == std::string_view::npos ? xml.size() : close + 1;
  }
  return pos;
}

// Appends "&#xHEX;" for each code point of valid UTF-8 `text`.
void append_numeric_references(std::string& out, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::uint32_t code = c;
    std::size_t length = 1;
    if (c >= 0xF0) {
      code = c & 0x07u;
      length = 4;
    } else if (c >= 0xE0) {
      code = c & 0x0Fu;
      length = 3;
    } else if (c >= 0xC0) {
      code = c & 0x1Fu;
      length = 2;
    }
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    i += length;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "&#x%X;", static_cast<unsigned>(code));
    out += buffer;
  }
}

// Removes `node` and its subtree leaf by leaf: pugixml's remove_child() recurses.
void destroy_subtree(pugi::xml_node node) {
  pugi::xml_node current = node;
  while (true) {
    while (current.first_child()) current = current.first_child();
    if (current == node) break;
    pugi::xml_node parent = current.parent();
    parent.remove_child(current);
    current = parent;
  }
  node.parent().remove_child(node);
}

// Replaces each element child of `node` by the text of its subtree, in document order, as
// pcdata. Every call on the tree is O(1): pugixml's move operations walk the ancestors.
void flatten_children(pugi::xml_node node) {
  pugi::xml_node child = node.first_child();
  while (child) {
    const pugi::xml_node next = child.next_sibling();
    if (child.type() == pugi::node_element) {
      pugi::xml_node current = child.first_child();
      while (current) {
        if (current.type() == pugi::node_pcdata || current.type() == pugi::node_cdata) {
          node.insert_child_before(pugi::node_pcdata, child).set_value(current.value());
        }
        if (current.first_child()) {
          current = current.first_child();
          continue;
        }
        while (current != child && !current.next_sibling()) current = current.parent();
        if (current == child) break;
        current = current.next_sibling();
      }
      destroy_subtree(child);
    }
    child = next;
  }
}

// Turns CDATA sections into pcdata and flattens elements deeper than `max_depth`, walking
// the tree through its links (no recursion, no stack).
void tidy(pugi::xml_document& dom, std::size_t max_depth) {
  pugi::xml_node node = dom.first_child();
  std::size_t depth = 1;
  while (node) {
    if (node.type() == pugi::node_cdata) {
      pugi::xml_node parent = node.parent();
      pugi::xml_node text = parent.insert_child_before(pugi::node_pcdata, node);
      text.set_value(node.value());
      parent.remove_child(node);
      node = text;
    } else if (node.type() == pugi::node_element) {
      if (depth == max_depth) flatten_children(node);
      if (node.first_child()) {
        node = node.first_child();
        ++depth;
        continue;
      }
    }
    while (node && node.type() != pugi::node_document && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (!node || node.type() == pugi::node_document) break;
    node = node.next_sibling();
  }
}

std::string failure(const pugi::xml_parse_result& result, std::string_view xml) {
  const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0));
  const std::size_t line =
      1 + static_cast<std::size_t>(std::count(xml.begin(),
                                              xml.begin() + static_cast<std::ptrdiff_t>(
                                                                std::min(offset, xml.size())),
                                              '\n'));
  return std::string(result.description()) + " at byte " + std::to_string(offset) + " (line " +
         std::to_string(line) + ")";
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace

std::optional<std::string> resolve_html_entities(std::string_view xml) {
  std::optional<std::string> out;
  std::unordered_map<std::string, std::string> known;  // name -> UTF-8, "" if unknown
  std::size_t copied = 0;
  std::size_t pos = 0;
  while ((pos = xml.find_first_of("<&", pos)) != std::string_view::npos) {
    if (xml[pos] == '<') {
      const std::size_t end = skip_unparsed(xml, pos);
      pos = end == pos ? pos + 1 : end;
      continue;
    }
    std::size_t end = pos + 1;
    while (end < xml.size() && is_alnum(xml[end])) ++end;
    if (end == pos + 1 || end >= xml.size() || xml[end] != ';') {
      pos = end;
      continue;
    }
    const std::string name(xml.substr(pos + 1, end - pos - 1));
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
      pos = end + 1;
      continue;
    }
    auto it = known.find(name);
    if (it == known.end()) {
      if (known.size() >= kMaxEntityNames) {
        pos = end + 1;
        continue;
      }
      it = known.emplace(name, decode_html_entity(name)).first;
    }
    if (!it->second.empty()) {
      if (!out) out.emplace().reserve(xml.size() + xml.size() / 8);
      out->append(xml.substr(copied, pos - copied));
      append_numeric_references(*out, it->second);
      copied = end + 1;
    }
    pos = end + 1;
  }
  if (out) out->append(xml.substr(copied));
  return out;
}

std::string parse_xml_into(std::string_view xml, pugi::xml_document& dom, bool keep_whitespace,
                           std::size_t max_depth) {
  dom.reset();
  const unsigned options = pugi::parse_default | (keep_whitespace ? pugi::parse_ws_pcdata : 0u);
  const std::optional<std::string> resolved = resolve_html_entities(xml);
  const std::string_view text = resolved ? std::string_view(*resolved) : xml;
  const pugi::xml_parse_result result =
      dom.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
  if (!result) {
    dom.reset();
    if (!resolved) return failure(result, xml);
    // Report offsets into the caller's text: references do not change where XML breaks.
    pugi::xml_document original;
    const pugi::xml_parse_result again =
        original.load_buffer(xml.data(), xml.size(), options, pugi::encoding_utf8);
    return failure(again ? result : again, again ? text : xml);
  }
  tidy(dom, std::max<std::size_t>(max_depth, 1));
  return {};
}

void normalise_xhtml(pugi::xml_document& dom) {
  std::vector<pugi::xml_node> removed;
  pugi::xml_node node = dom.first_child();
  std::string name;
  while (node) {
    bool descend = false;
    if (node.type() == pugi::node_element) {
      const std::string_view written = node.name();
      const std::size_t colon = written.rfind(':');
      name.assign(colon == std::string_view::npos ? written : written.substr(colon + 1));
      for (char& c : name) c = lower(c);
      if (name == "script" || name == "style" || name == "noscript" || name == "template") {
        removed.push_back(node);
      } else {
        if (name != written) node.set_name(name.c_str());
        descend = static_cast<bool>(node.first_child());
      }
    }
    if (descend) {
      node = node.first_child();
      continue;
    }
    while (node && node.type() != pugi::node_document && !node.next_sibling()) {
      node = node.parent();
    }
    if (!node || node.type() == pugi::node_document) break;
    node = node.next_sibling();
  }
  for (pugi::xml_node element : removed) element.parent().remove_child(element);
}

}  // namespace almanac::index
