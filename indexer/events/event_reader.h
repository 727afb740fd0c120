// Reads events out of the text blocks of a bulletin (segment.h). The signals, in order:
//
//   1. Date lines: a short block (or one that opens with a date) holding a date or date
//      range (dates.h). Each is the anchor of a candidate event.
//   2. The event's extent: the largest element around the anchor that holds no other
//      anchor (a card, a table row, a section); when the events are siblings of one
//      container (legacy pages, <br><br> separators), the blocks from its title to the
//      next event's title, cut at separators.
//   3. Title: the heading, bold line or short line just before the date line (after it
//      when the date comes first); subtitle: a block wholly in quotation marks beside it.
//   4. Place: what is left of the date line once the date is cut out, else a short
//      place line next to it (places.h). Url: the event's "More information" link in
//      any of many languages, else the title's link. Description: the other blocks.
//   5. A candidate becomes an event when it has a title and a description or a link.
//      Date lines that do not (a header "Issue of 2 May 2018") give the issue date.
//
// Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "almanac/date.h"
#include "almanac/event.h"
#include "events/segment.h"

namespace almanac::index {

struct ReaderContext {
  std::string path;           // the bulletin, as given to the indexer
  std::string base_url;       // for relative links
  std::string document_lang;  // the document's declared language, or ""
  std::string fallback_lang;  // --lang
  std::optional<Date> issue_date;
  std::optional<Date> title_date;  // a date in the page's <title>: the issue date when
                                   // the page shows none
  std::string page_title;          // the page's <title>, whitespace-normalised
  std::optional<Date> meta_date;   // the publication date the page's <meta> give: the
                                   // issue date unless the page prints an issue line
  bool month_first = false;   // US English: 05/23/2018
  std::string_view page_text;  // the whole bulletin as UTF-8 markup, for page_language

  // CLD2 on the whole bulletin, computed once when an event needs it: the language of a
  // page that declares none, for events whose own text is too short to tell, and the
  // hint for those long enough.
  const std::optional<std::string>& page_language() const;

 private:
  mutable std::optional<std::optional<std::string>> page_language_;
};

// The events of a page. When context.issue_date is empty, the issue date found in the
// page (a date line that is no event) is stored back into it.
std::vector<Event> read_events(const std::vector<Block>& blocks, ReaderContext& context);

// Joins a date printed in pieces, one element each, into one block: the date badge of an
// event card ("<p>17</p><p>JUL</p><p>2017</p>", "<span>12</span><span>juin</span>").
// Two or three consecutive blocks of one parent, each a short word or number, one of
// them a number, that together are a date and nothing else, become one block.
void join_split_dates(std::vector<Block>& blocks);

// One event whose title (and maybe url) the markup gives apart, as a feed item does:
// its date, place and description come from the item's blocks.
Event read_item_event(const std::vector<Block>& blocks, std::string title,
                      std::optional<std::string> url, const std::string& item_lang,
                      const ReaderContext& context);

// Whether an event ended so long before the bulletin was issued that the bulletin
// reports it rather than announces it.
bool is_long_past(const Event& event, const std::optional<Date>& issue_date);

// Shared helpers of the readers.
std::string resolve_url(const std::string& base, const std::string& href);
// The event's language: declared on its markup, else the document's declared language,
// else detected on its text, else detected on the whole page, else --lang, else "und".
std::string event_language(const std::string& declared, const ReaderContext& context, const std::string& text);

}  // namespace almanac::index
