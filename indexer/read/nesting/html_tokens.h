// A minimal HTML tokenizer for the nesting guard (html_depth.h): tags with their attributes
// read as the HTML tokenizer reads them, and where comments and raw text end. It does not
// decode text or references. Internal to the indexer.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace almanac::index::html {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

struct Tag {
  std::size_t begin = 0, end = 0;  // '<' to just past '>'
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  std::string name;                // lowercase, for GUMBO_TAG_UNKNOWN only
  std::string_view attributes;     // raw attribute text
  bool self_closing = false;
};

bool is_space(char c);  // HTML whitespace
bool is_alpha(char c);  // ASCII letter

// True if `text` has `word` (lowercase ASCII) at `pos`, ignoring case.
bool matches_ci(std::string_view text, std::size_t pos, std::string_view word);

// True if `text` holds `word` (lowercase ASCII), ignoring case.
bool contains_ci(std::string_view text, std::string_view word);

// Reads a start or end tag that begins at `begin` ('<') and whose name starts at
// `name_begin`. False when the input ends inside the tag (the tokenizer drops it).
bool read_tag(std::string_view html, std::size_t begin, std::size_t name_begin, Tag& tag);

// Where the raw text (or RCDATA) that starts at `pos` ends: at "</name", or kNone.
std::size_t raw_text_end(std::string_view html, std::size_t pos, std::string_view name);

// Where script data that starts at `pos` ends, following the escaped ("<!--") and
// double-escaped ("<!--<script") states; kNone if it does not.
std::size_t script_end(std::string_view html, std::size_t pos);

// The end of a comment whose text starts at `pos` (after "-->", "--!>", or the input's end).
std::size_t comment_end(std::string_view html, std::size_t pos);

}  // namespace almanac::index::html
