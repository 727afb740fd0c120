// HTML parsing for the indexer: Gumbo (after the nesting guard of html_depth.h), converted to
// pugixml as document.h describes. Internal to the indexer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace almanac::index {

// Nesting the guard lets through to Gumbo: twice the depth kept in the converted tree, so
// the guard's estimate has room to err before it cuts anything that would have been kept.
inline constexpr std::size_t kGumboMaxDepth = 512;

// Parses `html` (UTF-8; invalid bytes become U+FFFD) with Gumbo and appends the converted
// tree to `dom`, which must be empty: one <html> element with <head> and <body>, names
// lowercase, attributes kept (xlink:, xml:, xmlns: prefixes restored on foreign content),
// text and whitespace and CDATA as pcdata, no <script>, <style>, <noscript>, <template> or
// comments, elements deeper than `max_depth` (<html> = 1) flattened into their ancestor at
// that depth. Never recurses; Gumbo's tree is freed as a whole, not node by node.
void parse_html_into(std::string_view html, pugi::xml_document& dom, std::size_t max_depth);

// Decodes one HTML named character reference ("eacute" for "&eacute;", without the '&' and
// ';'), with Gumbo's table of the HTML standard's references; "" if there is no such name.
std::string decode_html_entity(std::string_view name);

}  // namespace almanac::index
