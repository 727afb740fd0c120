// Reads a bulletin's events whatever its format: dispatches the parsed document to the
// page reader (HTML, XHTML), the feed readers (RSS, Atom) or the structured XML reader.
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "almanac/country.h"
#include "almanac/error.h"
#include "almanac/indexer.h"
#include "fields/dates.h"
#include "read/decode.h"
#include "read/document.h"
#include "events/event_reader.h"
#include "events/markers.h"
#include "fields/language.h"
#include "fields/places.h"
#include "events/segment.h"

namespace almanac {
namespace {

using index::Block;
using index::BulletinDocument;
using index::Format;
using index::ReaderContext;

// Element name without its namespace prefix: "atom:link" → "link".
std::string_view local_name(pugi::xml_node node) {
  std::string_view name = node.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

std::string child_text(pugi::xml_node node, std::string_view name) {
  return index::node_text(child(node, name));
}

// The blocks of an HTML fragment held as text in a feed (RSS description, Atom content).
std::vector<Block> fragment_blocks(const std::string& html, BulletinDocument& holder) {
  if (html.find('<') == std::string::npos) {
    // Plain text: paragraphs are separated by blank lines.
    std::string escaped = "<p>";
    for (std::size_t i = 0; i < html.size(); ++i) {
      char c = html[i];
      if (c == '\n' && i + 1 < html.size() && html[i + 1] == '\n') {
        escaped += "</p><p>";
        ++i;
      } else if (c == '&') escaped += "&amp;";
      else escaped += c;
    }
    escaped += "</p>";
    index::parse_bulletin(escaped, holder);
  } else {
    index::parse_bulletin(html, holder);
  }
  pugi::xml_node body = holder.dom.select_node("//body").node();
  return index::linearize(body ? body : holder.dom.document_element());
}

// The raw markup of an element's content: an escaped-HTML text node, CDATA, or
// inline XHTML children serialised back.
std::string inner_markup(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
    } else if (c.type() == pugi::node_element) {
      std::ostringstream s;
      c.print(s, "", pugi::format_raw);
      out += s.str();
    }
  }
  return out;
}

std::optional<Date> first_date(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (auto iso = Date::from_iso(text.substr(0, std::min<std::size_t>(10, text.size())))) return iso;
  if (auto match = index::date_finder().find_first(text)) return match->range.start;
  return std::nullopt;
}

// A date in the bulletin's path, as archives name their issues ("2019/03/newsletter.html",
// "bulletin-2018-05.html", "20170508-20170514.md"): the last year-month(-day) in it
// that no other digit touches. The first of the month when no day is written.
std::optional<Date> path_date(std::string_view path) {
  static const std::regex pattern(
      R"re((?:^|[^0-9])((?:19|20)[0-9]{2})[-_./]?(0[1-9]|1[0-2])(?:[-_./]?(0[1-9]|[12][0-9]|3[01]))?(?=[^0-9]|$))re",
      std::regex::optimize);
  std::optional<Date> found;
  std::string text(path);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    int year = std::stoi(m.str(1)), month = std::stoi(m.str(2));
    int day = m[3].matched ? std::stoi(m.str(3)) : 1;
    if (Date::is_valid(year, month, day)) found = Date{year, month, day};
  }
  return found;
}

std::vector<Event> read_feed(const BulletinDocument& doc, ReaderContext& context) {
  std::vector<Event> events;
  pugi::xml_node root = doc.dom.document_element();
  bool is_atom = doc.format == Format::kAtom;
  pugi::xml_node channel = is_atom ? root : child(root, "channel");
  if (!channel) channel = root;
  if (!context.issue_date)
    context.issue_date = first_date(is_atom ? child_text(channel, "updated") : child_text(channel, "pubDate"));
  if (!context.issue_date && !is_atom) context.issue_date = first_date(child_text(channel, "lastBuildDate"));
  if (!context.issue_date) context.issue_date = path_date(context.path);
  context.page_title = index::node_text(child(channel, "title"));

  auto each_item = [&](auto&& fn) {
    std::string_view item_name = is_atom ? "entry" : "item";
    for (pugi::xml_node item = (is_atom || child(channel, "item")) ? channel.first_child() : root.first_child(); item; item = item.next_sibling())
      if (item.type() == pugi::node_element && local_name(item) == item_name) fn(item);
  };
  each_item([&](pugi::xml_node item) {
    std::string title = child_text(item, "title");
    if (title.empty()) return;
    std::optional<std::string> url;
    std::string markup;
    if (is_atom) {
      for (pugi::xml_node link = item.first_child(); link; link = link.next_sibling()) {
        if (local_name(link) != "link") continue;
        std::string_view rel = link.attribute("rel").as_string();
        if (rel.empty() || rel == "alternate") {
          url = link.attribute("href").as_string();
          break;
        }
      }
      pugi::xml_node content = child(item, "content");
      if (!content) content = child(item, "summary");
      markup = inner_markup(content);
    } else {
      std::string link = child_text(item, "link");
      if (!link.empty()) url = link;
      pugi::xml_node content = child(item, "encoded");  // content:encoded
      if (!content) content = child(item, "description");
      markup = inner_markup(content);
    }
    BulletinDocument holder;
    std::vector<Block> blocks;
    if (!markup.empty()) blocks = fragment_blocks(markup, holder);
    std::string item_lang = item.attribute("xml:lang").as_string();
    // The item's own publication date dates what it prints without a year.
    std::optional<Date> channel_date = context.issue_date;
    std::optional<Date> published;
    for (std::string_view name : {"pubDate", "date", "published", "updated", "issued"})
      if ((published = first_date(child_text(item, name)))) {
        context.issue_date = published;
        break;
      }
    Event event = index::read_item_event(blocks, title, url, item_lang, context);
    // A blog's articles, releases and videos give neither a date, nor a place, nor a
    // notice that the date is to come; an item published after its event ended reports
    // it (a feed dates its items to the day, unlike a page its issue); a call or a
    // deadline is no event.
    const bool is_report = published && event.end && *event.end < *published;
    bool is_announcement = (event.start || event.location || index::announces_pending_date(blocks)) &&
                           !index::is_long_past(event, context.issue_date) && !is_report &&
                           !index::is_deadline(event.title);
    context.issue_date = channel_date;
    if (is_announcement) events.push_back(std::move(event));
  });
  return events;
}

std::vector<Event> read_almanac_xml(const BulletinDocument& doc, ReaderContext& context) {
  std::vector<Event> events;
  pugi::xml_node root = doc.dom.document_element();
  if (!context.issue_date) context.issue_date = Date::from_iso(root.attribute("issued").as_string());
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (node.type() != pugi::node_element || local_name(node) != "event") continue;
    Event event;
    event.bulletin = context.path;
    event.title = child_text(node, "title");
    if (event.title.empty()) continue;
    if (std::string theme = child_text(node, "theme"); !theme.empty()) {
      event.subtitle = index::strip_quotes(theme).value_or(theme);
    }
    if (pugi::xml_node dates = child(node, "dates")) {
      event.start = Date::from_iso(dates.attribute("start").as_string());
      event.end = Date::from_iso(dates.attribute("end").as_string());
      if (!event.start) {
        index::DateContext date_context{context.issue_date, context.month_first};
        if (auto match = index::date_finder().find_first(index::node_text(dates), date_context)) {
          event.start = match->range.start;
          event.end = match->range.end;
        }
      }
      if (event.start && !event.end) event.end = event.start;
      if (event.start && event.end && *event.end < *event.start) event.end = event.start;
    }
    if (pugi::xml_node venue = child(node, "venue")) {
      if (std::string_view(venue.attribute("online").as_string()) == "true") {
        event.location = "Online";
      } else {
        std::string name = child_text(venue, "name");
        std::string city = child_text(venue, "city");
        pugi::xml_node country_node = child(venue, "country");
        std::string country_name = index::node_text(country_node);
        std::string code = country_node.attribute("code").as_string();
        std::string location;
        for (const std::string& part : {name, city, country_name}) {
          if (part.empty()) continue;
          if (!location.empty()) location += ", ";
          location += part;
        }
        if (!location.empty()) event.location = location;
        if (!city.empty()) event.city = city;
        if (auto resolved = country_code(code.empty() ? country_name : code)) event.country = resolved;
      }
    }
    if (std::string url = child_text(node, "url"); !url.empty()) event.url = index::resolve_url(context.base_url, url);
    event.description = index::node_text(child(node, "description"));
    std::string declared = index::primary_language(node.attribute("xml:lang").as_string());
    event.lang = index::event_language(declared, context, event.title + " " + event.description);
    event.id = make_event_id(event.bulletin, event.title, event.start);
    events.push_back(std::move(event));
  }
  return events;
}

// The publication date a page's <meta> elements give, as an ISO date or date-time.
std::optional<Date> meta_date(const pugi::xml_document& dom) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
      "article:published_time", "og:published_time", "datepublished", "pubdate", "publish_date",
      "publication_date"};
  for (pugi::xpath_node found : dom.select_nodes("//meta")) {
    pugi::xml_node meta = found.node();
    std::string name = meta.attribute("name").as_string();
    if (name.empty()) name = meta.attribute("property").as_string();
    if (name.empty()) name = meta.attribute("itemprop").as_string();
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(kNames.begin(), kNames.end(), name) == kNames.end()) continue;
    std::string_view content = meta.attribute("content").as_string();
    if (content.size() >= 10)
      if (auto date = Date::from_iso(content.substr(0, 10))) return date;
  }
  return std::nullopt;
}

std::vector<Event> read_page(const BulletinDocument& doc, ReaderContext& context) {
  pugi::xml_node root = doc.dom.document_element();
  pugi::xml_node body = doc.dom.select_node("//body").node();
  std::vector<Block> blocks = index::linearize(body ? body : root);
  index::join_split_dates(blocks);
  if (!context.issue_date) {
    // The page's publication date in its metadata ("date", "DC.date", Open Graph's
    // "article:published_time", schema.org's "datePublished") dates the issue unless its
    // text prints an issue line; a date in its <title> ("Flash Info – May 2018"), else in
    // its path, when its text shows none (read_events).
    context.meta_date = meta_date(doc.dom);
    pugi::xml_node title = doc.dom.select_node("//head/title").node();
    if (title) {
      context.page_title = index::node_text(title);
      if (auto match = index::date_finder().find_first(context.page_title)) context.title_date = match->range.start;
    }
    if (!context.title_date) context.title_date = path_date(context.path);
  }
  return index::read_events(blocks, context);
}

}  // namespace

std::string too_large(std::uintmax_t size) {
  return "file is " + std::to_string(size) + " bytes, larger than the " +
         std::to_string(kMaxBulletinBytes) + " bytes a bulletin may have";
}

ExtractedBulletin extract_bulletin(std::string_view bytes, const std::string& path,
                                   const ExtractOptions& options) {
  if (bytes.size() > kMaxBulletinBytes) throw InputError(too_large(bytes.size()));
  index::DecodedText text = index::decode_bulletin(bytes);
  BulletinDocument doc;
  index::parse_bulletin(text.utf8, doc);

  ReaderContext context;
  context.path = path;
  context.base_url = doc.base_url;
  context.document_lang = index::primary_language(doc.lang);
  context.page_text = text.utf8;
  context.fallback_lang = index::primary_language(options.fallback_lang);
  std::string lang_lower = doc.lang;
  for (char& c : lang_lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  context.month_first = lang_lower == "en-us" || lang_lower == "en_us" || index::writes_month_first(text.utf8);

  ExtractedBulletin out;
  out.format = std::string(index::format_name(doc.format));
  out.charset = text.charset;
  switch (doc.format) {
    case Format::kHtml:
    case Format::kXhtml:
      out.events = read_page(doc, context);
      break;
    case Format::kRss:
    case Format::kAtom:
      out.events = read_feed(doc, context);
      break;
    case Format::kAlmanacXml:
      out.events = read_almanac_xml(doc, context);
      break;
    case Format::kOtherXml:
      break;
  }
  index::find_cities_in_names(out.events, context.page_text);
  index::settle_namesakes(out.events);
  out.issue_date = context.issue_date;
  return out;
}

std::string read_bulletin_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw InputError(path + ": is a directory");
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxBulletinBytes) throw InputError(path + ": " + too_large(size));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError(path + ": cannot read: " + std::strerror(errno));
  return bytes.str();
}

ExtractedBulletin extract_file(const std::string& path, const ExtractOptions& options) {
  std::string bytes = read_bulletin_file(path);
  try {
    return extract_bulletin(bytes, path, options);
  } catch (const InputError& e) {
    throw InputError(path + ": " + e.what());
  }
}

}  // namespace almanac
