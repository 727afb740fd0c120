// XML parsing for the indexer: pugixml, with the tidying document.h promises (text as
// pcdata, bounded depth, XHTML names like HTML's). Internal to the indexer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace almanac::index {

// Rewrites HTML named character references that XML does not define ("&nbsp;", "&eacute;";
// not "&amp;" "&lt;" "&gt;" "&quot;" "&apos;") as numeric ones, outside comments, CDATA
// sections, processing instructions and the doctype; nullopt if there are none. Unknown
// names are left as written (pugixml keeps them as text).
std::optional<std::string> resolve_html_entities(std::string_view xml);

// Parses `xml` (UTF-8) into `dom` with pugixml, HTML named references resolved first. On
// success returns "" and `dom` holds the tree with CDATA sections turned into pcdata and
// every element deeper than `max_depth` (root = 1) flattened into its ancestor at that
// depth (its text kept, its attributes dropped); whitespace-only text is kept only with
// `keep_whitespace`. Comments, processing instructions and the doctype are not kept.
// Otherwise returns the reason ("<pugixml's description> at byte N (line L)", offsets
// into `xml`) and leaves `dom` empty. Never recurses on the tree.
std::string parse_xml_into(std::string_view xml, pugi::xml_document& dom, bool keep_whitespace,
                           std::size_t max_depth);

// Renames every element of an XHTML tree to its local name in lowercase ("h:BODY" -> "body")
// and removes <script>, <style>, <noscript> and <template>, so HTML code can walk it. The
// tree must be no deeper than parse_xml_into() leaves it.
void normalise_xhtml(pugi::xml_document& dom);

}  // namespace almanac::index
