// Turns a bulletin's DOM into the flat sequence of text blocks that event extraction
// reads: one Block per paragraph-like piece of text (a leaf block element, a table cell,
// a list item, or a line of a run split by <br>; a line that opens in bold and goes on in
// plain text gives its bold opening as a block of its own), in document order, with the structure
// that matters for finding events kept beside it: heading level, emphasis, links, <time>
// values, inherited language, and separators (<hr>, decorative lines of symbols).
//
// Boilerplate containers are skipped outright: <nav>, <header>/<footer> of the page,
// <aside>, <form>, and elements whose class or id names a menu, navigation, footer,
// sidebar, social links or an unsubscribe block. docs/extraction.md lists the signals.
// Iterative, bounded by the DOM's size (no recursion).
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

namespace almanac::index {

struct Link {
  std::string href;
  std::string text;
};

struct Block {
  std::string text;            // whitespace-normalised
  pugi::xml_node element;      // the block element that holds the text
  int heading_level = 0;       // 1..6 for h1..h6 (and role="heading"), else 0
  bool is_emphasised = false;  // all its text is inside <b>, <strong> or a bold style
  bool is_separator = false;   // <hr>, or a line of decorative symbols only
  bool is_list_item = false;   // <li>, <dt>, <dd>
  std::vector<Link> links;
  std::vector<std::string> bold_texts;  // the text of each bold run inside, in order
  std::vector<std::string> datetimes;  // datetime attributes of the <time>s inside
  std::string lang;      // the nearest lang / xml:lang attribute, or ""
};

// Linearises the subtree under root. Element names are expected in lowercase (as the
// Gumbo conversion and XHTML normalisation give them).
std::vector<Block> linearize(pugi::xml_node root);

// The text of a subtree, whitespace-normalised, with block boundaries as single spaces.
std::string node_text(pugi::xml_node node);

// Collapses runs of Unicode white space (incl. no-break spaces) to one ASCII space and
// trims both ends.
std::string normalize_space(std::string_view text);

}  // namespace almanac::index
