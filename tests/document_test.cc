// parse_bulletin(): format recognition, HTML repair, XML formats, errors, and bounded depth.
#include "read/document.h"

#include <catch2/catch.hpp>

#include <almanac/error.h>

#include <random>
#include <sstream>
#include <string>
#include <tuple>

#include "read/decode.h"

using almanac::InputError;
using almanac::index::BulletinDocument;
using almanac::index::decode_bulletin;
using almanac::index::Format;
using almanac::index::format_name;
using almanac::index::kMaxDepth;
using almanac::index::parse_bulletin;

namespace {

// Visits every node below `root` in document order, without recursion.
template <typename Visit>
void walk(pugi::xml_node root, Visit visit) {
  std::size_t depth = 0;
  pugi::xml_node node = root.first_child();
  while (node) {
    visit(node, depth + 1);
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node != root && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (node == root) break;
    node = node.next_sibling();
  }
}

std::string text_of(pugi::xml_node root) {
  std::string text;
  walk(root, [&](pugi::xml_node node, std::size_t) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) text += node.value();
  });
  return text;
}

// The number of elements on the longest path from the document (the root element is 1).
std::size_t element_depth(const pugi::xml_document& dom) {
  std::size_t deepest = 0;
  walk(dom, [&](pugi::xml_node node, std::size_t depth) {
    if (node.type() == pugi::node_element) deepest = std::max(deepest, depth);
  });
  return deepest;
}

std::size_t count_elements(const pugi::xml_document& dom, std::string_view name) {
  std::size_t count = 0;
  walk(dom, [&](pugi::xml_node node, std::size_t) {
    count += node.type() == pugi::node_element && name == node.name() ? 1 : 0;
  });
  return count;
}

std::string markup_of(pugi::xml_node node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw);
  return out.str();
}

std::string body_of(const BulletinDocument& doc) {
  return markup_of(doc.dom.document_element().child("body"));
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("each format has a short name", "[document]") {
  const auto [format, name] = GENERATE(table<Format, std::string>({
      {Format::kHtml, "html"},
      {Format::kXhtml, "xhtml"},
      {Format::kRss, "rss"},
      {Format::kAtom, "atom"},
      {Format::kAlmanacXml, "almanac-xml"},
      {Format::kOtherXml, "xml"},
  }));
  CHECK(format_name(format) == name);
}

TEST_CASE("the format is recognised from the content", "[document]") {
  const auto [text, format] = GENERATE(table<std::string, Format>({
      {"<html><body><p>Fair</p></body></html>", Format::kHtml},
      {"<!DOCTYPE html>\n<title>Fair</title><p>Saturday", Format::kHtml},
      {"Notice: <b>fair</b> on Saturday", Format::kHtml},
      {"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>", Format::kRss},
      {"<rss version=\"2.0\"><channel><title>News</title></channel></rss>", Format::kRss},
      {"\xEF\xBB\xBF \n<!-- feed --><!DOCTYPE rss [<!ENTITY x \"y\">]><rss><channel/></rss>",
       Format::kRss},
      {"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
       "xmlns=\"http://purl.org/rss/1.0/\"><channel/></rdf:RDF>",
       Format::kRss},
      {"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title></feed>", Format::kAtom},
      {"<bulletin xmlns=\"https://almanac.example/ns/bulletin/1\" lang=\"en\" "
       "issued=\"2024-05-01\"><event/></bulletin>",
       Format::kAlmanacXml},
      {"<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Fair</p></body></html>",
       Format::kXhtml},
      {"<?xml version=\"1.0\"?><catalog><book id=\"1\"/></catalog>", Format::kOtherXml},
  }));
  CAPTURE(text);
  BulletinDocument doc;
  parse_bulletin(text, doc);
  CHECK(format_name(doc.format) == format_name(format));
}

TEST_CASE("HTML character references are decoded by Gumbo", "[document][html]") {
  const auto [reference, text] = GENERATE(table<std::string, std::string>({
      {"&eacute;", "é"},
      {"&#233;", "é"},
      {"&#xE9;", "é"},
      {"&nbsp;", "\xC2\xA0"},
      {"&mdash;", "—"},
      {"&amp;lt;", "&lt;"},
      {"AT&T", "AT&T"},
      {"&bogus;", "&bogus;"},
      {"&notit;", "¬it;"},  // a legacy name without ";" matches as a prefix, as in browsers
  }));
  BulletinDocument doc;
  parse_bulletin("<p>" + reference + "</p>", doc);
  CHECK(text_of(doc.dom.document_element().child("body")) == text);
}

TEST_CASE("sloppy HTML is repaired the way browsers repair it", "[document][html]") {
  BulletinDocument doc;
  parse_bulletin(
      "<HTML><BODY><P CLASS=lead>One<P>Two <FONT FACE=Arial>three</div></FONT>"
      "<DIV>four<Br>five</BODY>",
      doc);
  CHECK(doc.format == Format::kHtml);
  CHECK(body_of(doc) ==
        "<body><p class=\"lead\">One</p><p>Two <font face=\"Arial\">three</font></p>"
        "<div>four<br/>five</div></body>");
}

TEST_CASE("scripts, styles, noscript, templates and comments are left out", "[document][html]") {
  BulletinDocument doc;
  parse_bulletin(
      "<html><head><style>p { color: red }</style><script>var a = 1 < 2;</script></head>"
      "<body><p>Fair<!-- hidden --></p><noscript>Enable JS</noscript>"
      "<template><p>Row</p></template><script>document.write('x')</script></body></html>",
      doc);
  CHECK(markup_of(doc.dom.document_element()) ==
        "<html><head/><body><p>Fair</p></body></html>");
}

TEST_CASE("unknown elements keep their name in lowercase, attributes kept", "[document][html]") {
  BulletinDocument doc;
  parse_bulletin("<Event-Card Data-Day=Sat><Venue>Hall</Venue></Event-Card><svg><a "
                 "xlink:href=\"#m\"/></svg>",
                 doc);
  CHECK(body_of(doc) ==
        "<body><event-card data-day=\"Sat\"><venue>Hall</venue></event-card>"
        "<svg><a xlink:href=\"#m\"/></svg></body>");
}

TEST_CASE("whitespace between inline elements is kept as text", "[document][html]") {
  BulletinDocument doc;
  parse_bulletin("<p><b>Spring</b> <i>Fair</i>\n<span>2024</span></p>", doc);
  CHECK(text_of(doc.dom) == "Spring Fair\n2024");
}

TEST_CASE("the language and base URL of an HTML page are found", "[document][html]") {
  const auto [text, lang, base] = GENERATE(table<std::string, std::string, std::string>({
      {"<html lang=\"en-US\"><p>x", "en-US", ""},
      {"<html xml:lang=\"fr\" lang=\" fr-CA \"><p>x", "fr-CA", ""},
      {"<html><head><meta http-equiv=\"Content-Language\" content=\"de-CH, fr\"></head>", "de-CH",
       ""},
      {"<html><head><meta name=\"language\" content=\"nl\"><base href=\"http://x.org/a/\">",
       "nl", "http://x.org/a/"},
      {"<p>no language", "", ""},
  }));
  CAPTURE(text);
  BulletinDocument doc;
  parse_bulletin(text, doc);
  CHECK(doc.lang == lang);
  CHECK(doc.base_url == base);
}

TEST_CASE("RSS 2.0 is read as XML, with the channel's language and link", "[document][xml]") {
  BulletinDocument doc;
  parse_bulletin(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
      "xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>Town news</title>"
      "<atom:link rel=\"self\" href=\"http://town.example/feed\"/>"
      "<link>http://town.example/</link><language>en-gb</language>"
      "<item><title>Fair &amp; market</title>"
      "<description><![CDATA[<p>Saturday &nbsp;10am</p>]]></description></item>"
      "</channel></rss>",
      doc);
  CHECK(doc.format == Format::kRss);
  CHECK(doc.lang == "en-gb");
  CHECK(doc.base_url == "http://town.example/");
  const pugi::xml_node item = doc.dom.child("rss").child("channel").child("item");
  CHECK(std::string(item.child_value("title")) == "Fair & market");
  // CDATA becomes pcdata, its text untouched.
  CHECK(item.child("description").first_child().type() == pugi::node_pcdata);
  CHECK(std::string(item.child_value("description")) == "<p>Saturday &nbsp;10am</p>");
}

TEST_CASE("RSS 1.0 (rdf:RDF) keeps its prefixed names", "[document][xml]") {
  BulletinDocument doc;
  parse_bulletin(
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
      "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      "<channel><link>http://town.example/</link><dc:language>es</dc:language></channel>"
      "<item><title>Feria</title></item></rdf:RDF>",
      doc);
  CHECK(doc.format == Format::kRss);
  CHECK(doc.lang == "es");
  CHECK(doc.base_url == "http://town.example/");
  CHECK(doc.dom.child("rdf:RDF").child("item"));
}

TEST_CASE("Atom takes xml:lang and xml:base, else the alternate link", "[document][xml]") {
  const std::string links =
      "<link rel=\"self\" href=\"http://town.example/atom\"/>"
      "<link href=\"http://town.example/\"/><entry><title>Fair</title></entry></feed>";
  BulletinDocument doc;
  parse_bulletin("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de-AT\">" + links, doc);
  CHECK(doc.format == Format::kAtom);
  CHECK(doc.lang == "de-AT");
  CHECK(doc.base_url == "http://town.example/");
  parse_bulletin(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://base.example/\">" + links,
      doc);
  CHECK(doc.lang.empty());
  CHECK(doc.base_url == "http://base.example/");
}

TEST_CASE("XHTML is read as XML and walks like HTML", "[document][xml]") {
  SECTION("prefixed and uppercase names become HTML's names") {
    BulletinDocument doc;
    parse_bulletin(
        "<?xml version=\"1.0\"?><X:HTML xmlns:X=\"http://www.w3.org/1999/xhtml\" "
        "xml:lang=\"it\"><X:Head><X:Script>var a;</X:Script></X:Head><X:Body>"
        "<X:P>Sagra <X:B>2024</X:B></X:P><X:Br/></X:Body></X:HTML>",
        doc);
    CHECK(doc.format == Format::kXhtml);
    CHECK(doc.lang == "it");
    CHECK(body_of(doc) == "<body><p>Sagra <b>2024</b></p><br/></body>");
  }
  SECTION("HTML named references are decoded, other text is not touched") {
    BulletinDocument doc;
    parse_bulletin(
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><base href=\"http://x.example/\"/>"
        "</head><body><p title=\"caf&eacute;\">caf&eacute;&nbsp;&mdash; &amp;nbsp; &#233;"
        "<![CDATA[ &eacute; ]]></p><div/><p>after</p></body></html>",
        doc);
    CHECK(doc.format == Format::kXhtml);
    CHECK(doc.base_url == "http://x.example/");
    const pugi::xml_node p = doc.dom.child("html").child("body").child("p");
    CHECK(std::string(p.attribute("title").value()) == "café");
    CHECK(text_of(p) == "café\xC2\xA0— &nbsp; é &eacute; ");
    // <div/> is an empty element in XML; Gumbo would have put the next <p> inside it.
    CHECK(body_of(doc).find("<div/><p>after</p>") != std::string::npos);
  }
  SECTION("XHTML that is not well-formed is read as HTML") {
    BulletinDocument doc;
    parse_bulletin(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>one<br>two</p></body></html>",
        doc);
    CHECK(doc.format == Format::kHtml);
    CHECK(body_of(doc) == "<body><p>one<br/>two</p></body>");
  }
}

TEST_CASE("Almanac's own XML is recognised by its root", "[document][xml]") {
  BulletinDocument doc;
  parse_bulletin(
      "<?xml version=\"1.0\"?>\n<bulletin xmlns=\"https://almanac.example/ns/bulletin/1\" "
      "lang=\"pt-BR\" issued=\"2024-06-01\"><event><title>Festa</title></event></bulletin>",
      doc);
  CHECK(doc.format == Format::kAlmanacXml);
  CHECK(doc.lang == "pt-BR");
  CHECK(std::string(doc.dom.child("bulletin").child("event").child_value("title")) == "Festa");
}

TEST_CASE("XML that is not well-formed is an error naming the place", "[document][xml]") {
  const auto text = GENERATE(as<std::string>{},
                             "<?xml version=\"1.0\"?><catalog><book></catalog>",
                             "<rss version=\"2.0\"><channel><title>News</ti",
                             "<?xml version=\"1.0\"?>\n<feed><entry a=\"1></entry></feed>");
  CAPTURE(text);
  BulletinDocument doc;
  REQUIRE_THROWS_AS(parse_bulletin(text, doc), InputError);
  REQUIRE_THROWS_WITH(parse_bulletin(text, doc), Catch::StartsWith("XML is not well-formed: ") &&
                                                     Catch::Contains(" at byte "));
}

TEST_CASE("XML that is not well-formed but looks like HTML is read as HTML", "[document]") {
  BulletinDocument doc;
  parse_bulletin("<?xml version=\"1.0\"?><notice><p>Fair<p>Saturday</notice>", doc);
  CHECK(doc.format == Format::kHtml);
  CHECK(body_of(doc) == "<body><notice><p>Fair</p><p>Saturday</p></notice></body>");
}

TEST_CASE("HTML cut off inside a tag keeps the text before the tag", "[document][html]") {
  const auto text = GENERATE(as<std::string>{}, "<html><body><p>Hello <a hr",
                             "<p>Hello <a href=\"http://x", "<p>Hello <!-- unfinished",
                             "<p>Hello <script>var x", "<p>Hello</p><");
  CAPTURE(text);
  BulletinDocument doc;
  parse_bulletin(text, doc);
  CHECK(doc.format == Format::kHtml);
  CHECK(text_of(doc.dom).rfind("Hello", 0) == 0);
}

TEST_CASE("a file with no document is an error", "[document]") {
  const auto [text, reason] = GENERATE(table<std::string, std::string>({
      {"", "no document: the file is empty"},
      {" \r\n\t", "no document: the file is empty"},
      {"\xEF\xBB\xBF", "no document: the file is empty"},
      {"Saturday: fair in the park", "no markup found"},
      {"<!-- nothing but a comment -->", "no markup found"},
      {"1 < 2 and 3 > 2", "no markup found"},
  }));
  CAPTURE(text);
  BulletinDocument doc;
  REQUIRE_THROWS_WITH(parse_bulletin(text, doc), reason);
}

TEST_CASE("parse_bulletin replaces what the document held before", "[document]") {
  BulletinDocument doc;
  parse_bulletin("<html lang=\"en\"><head><base href=\"http://a/\"></head><p>one", doc);
  parse_bulletin("<rss><channel><title>two</title></channel></rss>", doc);
  CHECK(doc.format == Format::kRss);
  CHECK(doc.lang.empty());
  CHECK(doc.base_url.empty());
  CHECK(text_of(doc.dom) == "two");
}

TEST_CASE("a 100,000-level deep XML is flattened at kMaxDepth, its text kept", "[document][deep]") {
  constexpr std::size_t kLevels = 100000;
  std::string xml = "<?xml version=\"1.0\"?>";
  std::string expected;
  for (std::size_t i = 0; i < kLevels; ++i) {
    xml += i % 1000 == 0 ? "<a n=\"1\">" + std::to_string(i) + " " : "<a>";
    if (i % 1000 == 0) expected += std::to_string(i) + " ";
  }
  xml += "<![CDATA[end]]>" + repeat("</a>", kLevels);
  expected += "end";
  BulletinDocument doc;
  parse_bulletin(xml, doc);
  CHECK(doc.format == Format::kOtherXml);
  CHECK(element_depth(doc.dom) <= kMaxDepth);
  CHECK(element_depth(doc.dom) >= kMaxDepth - 1);
  CHECK(text_of(doc.dom) == expected);
}

TEST_CASE("a 100,000-level deep XML that is broken deep down is still an error",
          "[document][deep]") {
  const std::string xml = "<?xml version=\"1.0\"?>" + repeat("<a>", 100000) + "</b>";
  BulletinDocument doc;
  REQUIRE_THROWS_WITH(parse_bulletin(xml, doc), Catch::StartsWith("XML is not well-formed"));
}

TEST_CASE("5 MB of nested <div>s parse quickly, flattened, text kept", "[document][deep]") {
  constexpr std::size_t kLevels = 5'000'000 / 6;
  BulletinDocument doc;
  parse_bulletin("<html><body>" + repeat("<div>x", kLevels), doc);
  CHECK(doc.format == Format::kHtml);
  CHECK(element_depth(doc.dom) <= kMaxDepth);
  CHECK(element_depth(doc.dom) >= kMaxDepth - 1);
  CHECK(text_of(doc.dom) == std::string(kLevels, 'x'));
}

TEST_CASE("other deep or amplifying HTML parses in bounded depth and size", "[document][deep]") {
  const auto [piece, times] = GENERATE(table<std::string, std::size_t>({
      {"<table><tr><td>x", 100000},                 // implied <tbody>, nested tables
      {"<b>x", 200000},                             // formatting elements
      {"<ul><li>x", 200000},                        // lists
      {"<b><div>x</b>", 100000},                    // adoption agency with a furthest block
      {"<span><p>x</span>", 100000},                // misnested end tags
      {"<svg><g>x", 100000},                        // foreign content
      {"<font color=c1>x<font color=c2>y<p>", 50000},  // reopened formatting elements
  }));
  CAPTURE(piece);
  BulletinDocument doc;
  parse_bulletin("<html><body>" + repeat(piece, times), doc);
  CHECK(doc.format == Format::kHtml);
  CHECK(element_depth(doc.dom) <= kMaxDepth);
  CHECK(text_of(doc.dom).find('x') != std::string::npos);
}

TEST_CASE("formatting elements reopened in every paragraph are bounded", "[document][deep]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i) html += "<font color=c" + std::to_string(i % 1000) + ">x<p>";
  BulletinDocument doc;
  parse_bulletin(html, doc);
  CHECK(count_elements(doc.dom, "p") == 20000);
  CHECK(count_elements(doc.dom, "font") < 20000 * 8);
}

TEST_CASE("the nesting guard leaves long sloppy documents alone", "[document][deep]") {
  std::string html = "<html><body><ul>";
  html += repeat("<li><p>item <b>bold</b>", 3000);
  html += "</ul><table>" + repeat("<tr><td>cell<td><font>f", 2000) + "</table>";
  html += repeat("<div><p>para<p>more</div>", 3000);
  BulletinDocument doc;
  parse_bulletin(html, doc);
  CHECK(count_elements(doc.dom, "li") == 3000);
  CHECK(count_elements(doc.dom, "tr") == 2000);
  CHECK(count_elements(doc.dom, "td") == 4000);
  CHECK(count_elements(doc.dom, "p") == 3000 + 6000);
  CHECK(count_elements(doc.dom, "b") == 3000);
  CHECK(element_depth(doc.dom) < 20);
}

TEST_CASE("decoded binary junk parses or is refused, never crashes", "[document]") {
  std::mt19937 random(7);
  for (int round = 0; round < 40; ++round) {
    std::string bytes(static_cast<std::size_t>(random() % 5000), '\0');
    for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
    if (round % 4 == 1) bytes.insert(0, "<?xml version=\"1.0\"?><rss>");
    if (round % 4 == 2) bytes.insert(0, "<html><body><p>");
    if (round % 4 == 3) {
      for (char& c : bytes) c = "<>/ab=\"&;!-p"[static_cast<unsigned char>(c) % 12];
    }
    const std::string text = decode_bulletin(bytes).utf8;
    BulletinDocument doc;
    try {
      parse_bulletin(text, doc);
      CHECK(doc.dom.document_element());
    } catch (const InputError& error) {
      CHECK(std::string(error.what()).size() > 0);
    }
  }
}
