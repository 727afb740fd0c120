// The nesting guard's tokenizer (html_tokens.h).
#include "read/nesting/html_tokens.h"

#include <algorithm>

namespace almanac::index::html {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// True if a tag name ends at `pos`.
bool name_ends(std::string_view text, std::size_t pos) {
  return pos >= text.size() || is_space(text[pos]) || text[pos] == '/' || text[pos] == '>';
}

}  // namespace

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool matches_ci(std::string_view text, std::size_t pos, std::string_view word) {
  if (text.size() - std::min(pos, text.size()) < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(text[pos + i]) != word[i]) return false;
  }
  return true;
}

bool contains_ci(std::string_view text, std::string_view word) {
  for (std::size_t pos = 0; pos + word.size() <= text.size(); ++pos) {
    if (matches_ci(text, pos, word)) return true;
  }
  return false;
}

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

std::size_t raw_text_end(std::string_view html, std::size_t pos, std::string_view name) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    if (matches_ci(html, pos + 2, name) && name_ends(html, pos + 2 + name.size())) return pos;
    pos += 2;
  }
  return kNone;
}

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

}  // namespace almanac::index::html
