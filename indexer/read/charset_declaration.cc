// Charset declarations in markup (charset_declaration.h).
#include "read/charset_declaration.h"

namespace almanac::index {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// True if `text` at `pos` starts with `prefix` (ASCII, case-insensitive).
bool starts_with_ci(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (pos > text.size() || text.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(text[pos + i]) != ascii_lower(prefix[i])) return false;
  }
  return true;
}


// Reads an attribute-like value after `name` (optional spaces, '=', optional spaces, then a
// quoted or bare value). Returns "" when there is none.
std::string_view value_after(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_space(text[pos])) ++pos;
  if (pos >= text.size() || text[pos] != '=') return {};
  ++pos;
  while (pos < text.size() && is_space(text[pos])) ++pos;
  if (pos >= text.size()) return {};
  if (text[pos] == '"' || text[pos] == '\'') {
    const std::size_t end = text.find(text[pos], pos + 1);
    if (end == std::string_view::npos) return {};
    return text.substr(pos + 1, end - pos - 1);
  }
  std::size_t end = pos;
  while (end < text.size() && !is_space(text[end]) && text[end] != ';' && text[end] != '>' &&
         text[end] != '?') {
    ++end;
  }
  return text.substr(pos, end - pos);
}

struct TagAttribute {
  std::string name;  // lowercase
  std::string_view value;
};

// Reads one attribute of a tag at `pos` (WHATWG "get an attribute"); false at the tag's end.
bool next_attribute(std::string_view text, std::size_t& pos, TagAttribute& attribute) {
  while (pos < text.size() && (is_space(text[pos]) || text[pos] == '/')) ++pos;
  if (pos >= text.size() || text[pos] == '>') return false;
  attribute.name.clear();
  attribute.value = {};
  while (pos < text.size() && !is_space(text[pos]) && text[pos] != '/' && text[pos] != '>' &&
         (text[pos] != '=' || attribute.name.empty())) {
    attribute.name += ascii_lower(text[pos++]);
  }
  std::size_t look = pos;
  while (look < text.size() && is_space(text[look])) ++look;
  if (look >= text.size() || text[look] != '=') return true;
  pos = look + 1;
  while (pos < text.size() && is_space(text[pos])) ++pos;
  if (pos >= text.size()) return true;
  if (text[pos] == '"' || text[pos] == '\'') {
    const std::size_t end = text.find(text[pos], pos + 1);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    attribute.value = text.substr(pos + 1, stop - pos - 1);
    pos = stop == text.size() ? stop : stop + 1;
    return true;
  }
  const std::size_t start = pos;
  while (pos < text.size() && !is_space(text[pos]) && text[pos] != '>') ++pos;
  attribute.value = text.substr(start, pos - start);
  return true;
}

// The charset=... inside a Content-Type value ("text/html; charset=koi8-r").
std::string_view charset_in_content(std::string_view content) {
  for (std::size_t pos = 0; pos + 7 <= content.size(); ++pos) {
    if (starts_with_ci(content, pos, "charset")) {
      const std::string_view value = value_after(content, pos + 7);
      if (!value.empty()) return value;
    }
  }
  return {};
}

}  // namespace

std::string lower_trimmed(std::string_view label) {
  while (!label.empty() && (is_space(label.front()) || label.front() == '"' ||
                            label.front() == '\'')) {
    label.remove_prefix(1);
  }
  while (!label.empty() && (is_space(label.back()) || label.back() == '"' ||
                            label.back() == '\'')) {
    label.remove_suffix(1);
  }
  std::string out(label);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

const char* wide_xml_declaration(std::string_view b) {
  using namespace std::string_view_literals;
  auto starts = [&](std::string_view p) { return b.substr(0, p.size()) == p; };
  if (starts("<\0\0\0?\0\0\0"sv)) return "UTF-32LE";
  if (starts("\0\0\0<\0\0\0?"sv)) return "UTF-32BE";
  if (starts("<\0?\0x\0"sv)) return "UTF-16LE";
  if (starts("\0<\0?\0x"sv)) return "UTF-16BE";
  return nullptr;
}

std::optional<std::string> xml_declared_encoding(std::string_view b) {
  std::size_t pos = 0;
  while (pos < b.size() && pos < 64 && is_space(b[pos])) ++pos;
  if (b.compare(pos, 5, "<?xml") != 0 || pos + 5 >= b.size() || !is_space(b[pos + 5])) {
    return std::nullopt;
  }
  const std::string_view window = b.substr(0, kXmlDeclWindow);
  const std::size_t end = window.find("?>", pos);
  if (end == std::string_view::npos) return std::nullopt;
  const std::string_view declaration = window.substr(pos, end - pos);
  const std::size_t at = declaration.find("encoding");
  if (at == std::string_view::npos) return std::nullopt;
  const std::string_view value = value_after(declaration, at + 8);
  if (value.empty()) return std::nullopt;
  return std::string(value);
}

std::optional<std::string> meta_declared_charset(std::string_view b) {
  const std::string_view text = b.substr(0, kMetaWindow);
  std::size_t pos = 0;
  TagAttribute attribute;
  while (pos < text.size()) {
    pos = text.find('<', pos);
    if (pos == std::string_view::npos) break;
    if (text.compare(pos, 4, "<!--") == 0) {
      const std::size_t end = text.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
    } else if (starts_with_ci(text, pos, "<meta") && pos + 5 < text.size() &&
               (is_space(text[pos + 5]) || text[pos + 5] == '/')) {
      pos += 5;
      std::string_view charset, content;
      bool content_type = false;
      while (next_attribute(text, pos, attribute)) {
        if (attribute.name == "charset" && charset.empty()) charset = attribute.value;
        if (attribute.name == "content" && content.empty()) content = attribute.value;
        if (attribute.name == "http-equiv") {
          content_type = lower_trimmed(attribute.value) == "content-type";
        }
      }
      if (charset.empty() && content_type) charset = charset_in_content(content);
      if (!charset.empty()) return std::string(charset);
    } else if (pos + 1 < text.size() &&
               (is_alpha(text[pos + 1]) ||
                (text[pos + 1] == '/' && pos + 2 < text.size() && is_alpha(text[pos + 2])))) {
      pos += 1;
      while (pos < text.size() && !is_space(text[pos]) && text[pos] != '>') ++pos;
      while (next_attribute(text, pos, attribute)) {
      }
    } else if (pos + 1 < text.size() &&
               (text[pos + 1] == '!' || text[pos + 1] == '/' || text[pos + 1] == '?')) {
      const std::size_t end = text.find('>', pos + 1);
      if (end == std::string_view::npos) break;
      pos = end + 1;
    } else {
      ++pos;
    }
  }
  return std::nullopt;
}

}  // namespace almanac::index
