// Parses a decoded bulletin into the one DOM type of the indexer (pugixml), whatever its
// format: HTML is parsed by Gumbo (HTML5 error recovery: unclosed <p>, uppercase tags,
// stray end tags) and converted to a pugixml tree; XML formats are parsed by pugixml.
// The format is recognised from the content, not from the file name.
//
// In the converted HTML tree, element names are lowercase, attributes are kept, text is
// pcdata with entities already decoded, and <script>, <style>, <noscript>, <template> and
// comments are dropped. Nesting deeper than kMaxDepth is flattened onto the element at
// that depth, so documents of any depth convert in bounded stack and memory.
//
// In XML trees, names are as written (rdf:RDF, dc:date), CDATA sections are pcdata, HTML
// named references (&nbsp;) are decoded, elements deeper than kMaxDepth are flattened the
// same way (their text kept, their attributes dropped). An XHTML tree is made to walk like
// an HTML one: element names lowercase without prefix, the same elements dropped.
//
// Memory, beyond the text itself (measured, x86-64): HTML holds Gumbo's tree and the
// pugixml tree at once: ~7 MB per MB of mostly-text pages (20 MB: 1.4 s), up to ~40 MB per
// MB of tag-dense HTML (a tag every dozen bytes: 50 MB took 2 GB and 7 s); time is linear.
// Nesting is cut before Gumbo (html_depth.h), so 50 MB of nested <div>s costs ~2 MB, 0.5 s.
// XML costs ~10 MB per MB (5 million nested elements, 35 MB: 0.9 s, ~320 MB; 100,000
// nested: 16 ms). Callers that read untrusted archives should cap the file size.
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
