// Reads an event printed whole on one line, as digests and agendas list them: a list
// item, a paragraph or a line of a <br> run that holds the event's date, title, place and
// link in any order:
//   "Jan 6th Stuttgart, Germany <a>Pferdle-JavaScript Meetup</a>"   (the title a link)
//   "12 مارس - لقاء ديكريد - مونتيفيديو، أوروغواي."                   (parts cut at separators)
//   "13.06.: <strong>Kommunales Open-Data-Netzwerktreffen</strong>"  (the title in bold)
//   "<a>ChernivtsiJS в Черновцах 23 июня</a>"   (the date, and the place after a
//                                                 preposition, cut out of the link text)
// Only the sentence that holds the date is the event's line; what follows it is its
// description. Thread-safe.
#pragma once

#include <optional>
#include <string>

#include "events/segment.h"
#include "fields/dates.h"

namespace almanac::index {

struct EventLine {
  std::string title;
  std::optional<std::string> url;  // as written in the markup or the text, not resolved
  std::string place;               // the parts of the line that may name its place
  std::string description;         // the block's text after the event's own sentence
  bool is_title_marked = false;    // the title is the text of a link or of a bold run
};

// The event that line `b` holds around its date `date` (a match in b.text), or nullopt
// when the line holds no title besides its date, times, labels, places and links to
// addresses. A title read from plain text (not a link or bold) is only taken when the
// date stands apart from it, after a separator or before one, so that a sentence with a
// date in it ("The call for papers closes on 2 April.") is no event line.
std::optional<EventLine> read_event_line(const Block& b, const DateMatch& date, const std::string& lang);

// The event a sentence of running text announces around its date, with a verb of
// taking place ("RubyConf Australia 2014 состоится в Сиднее с 19 по 21 февраля.",
// "La conférence aura lieu le 5 mai à Lyon.", "GopherChina 2023 大会 将于06月09日至06月11日
// 在北京举行"): its title the link in the sentence, else the words before the verb and
// the date; nullopt when the sentence has no such verb (a deadline, a report).
std::optional<EventLine> read_event_sentence(const Block& b, const DateMatch& date, const std::string& lang);

// Whether the sentence of b that holds `date` says an event takes place then.
bool takes_place_in_sentence(const Block& b, const DateMatch& date);

// A part of a line without the separators, brackets, emoji and joining words ("le",
// "on", "в", "في", "が") at its ends: " – le 23 janvier :" → "23 janvier".
std::string trim_line_part(std::string_view part);

}  // namespace almanac::index
