// Parses a decoded bulletin into the one DOM type of the indexer (pugixml), whatever its
// format: HTML is parsed by Gumbo (HTML5 error recovery: unclosed <p>, uppercase tags,
// stray end tags) and converted to a pugixml tree; XML formats are parsed by pugixml.
// The format is recognised from the content, not from the file name.
//
// In the converted HTML tree, element names are lowercase, attributes are kept, text is
// pcdata with entities already decoded, and <script>, <style>, <noscript>, <template> and
// comments are dropped. Nesting deeper than kMaxDepth is flattened onto the element at
// that depth, so documents of any depth convert in bounded stack and memory.
// Thread-safe (each call owns its document).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace almanac::index {

enum class Format {
  kHtml,        // HTML (any version), parsed with Gumbo
  kXhtml,       // XHTML (XML with an <html> root), parsed with pugixml
  kRss,         // RSS 2.0 (<rss><channel><item>) or RSS 1.0 (rdf:RDF)
  kAtom,        // Atom (<feed xmlns="http://www.w3.org/2005/Atom"><entry>)
  kAlmanacXml,  // Almanac's structured event format (<bulletin><event>, docs/xml-format.md)
  kOtherXml,    // well-formed XML of no known vocabulary: yields no events
};

std::string_view format_name(Format format);  // "html", "xhtml", "rss", "atom", ...

inline constexpr std::size_t kMaxDepth = 256;

struct BulletinDocument {
  Format format = Format::kHtml;
  pugi::xml_document dom;
  std::string lang;      // the root's lang / xml:lang (or a <meta> content-language), or ""
  std::string base_url;  // <base href>, the feed's link, or xml:base, or ""
};

// Throws almanac::InputError (reason only; the caller adds the path) when the text is XML
// that is not well-formed and cannot be read as HTML either, or holds no document at all.
void parse_bulletin(std::string_view utf8_text, BulletinDocument& out);

}  // namespace almanac::index
