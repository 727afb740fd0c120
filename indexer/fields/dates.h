// Finds date and date-range expressions in running text, in any language whose month
// names ICU knows (at least en, fr, es, de, pt, it, nl, ru, ar, zh, ja), and returns each
// as an inclusive [start, end] range with where it stands in the text.
//
// Month names (full, abbreviated, standalone and format/genitive forms) come from
// icu::DateFormatSymbols for each locale, folded with the Analyzer; the grammar on top
// (day/month/year orders, range connectors "-", "–", "to", "au", "al", "bis", "по", "至",
// ordinals "1st", "1er", "1.", "日") is table-driven, so adding a language is a few lines.
//
// Never guesses a year from nothing: a date without a year takes its year from the
// bulletin's issue date (the nearest such date on or after it, within a year), and is
// not reported at all when no issue date is known.
// Rejects what is not an event date: phone numbers, document numbers ("Resolution
// 2018/05"), times of day, "COVID-19", amounts of money, ISBNs.
//
// Thread-safe after construction; build one and share it (date_finder()).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "almanac/date.h"

namespace almanac::index {

struct DateMatch {
  DateRange range;
  std::size_t begin = 0;  // byte offsets of the whole expression in the text
  std::size_t end = 0;
  bool has_year = true;   // false when the year came from the issue date
};

struct DateContext {
  std::optional<Date> issue_date;  // gives a year to dates printed without one
  bool month_first = false;        // numeric dates read M/D/Y (US English bulletins)
};

class DateFinder {
 public:
  DateFinder();
  ~DateFinder();
  DateFinder(const DateFinder&) = delete;
  DateFinder& operator=(const DateFinder&) = delete;

  // Every date expression in the UTF-8 text, in order, not overlapping.
  std::vector<DateMatch> find_all(std::string_view text, const DateContext& context = {}) const;
  // The first one, if any.
  std::optional<DateMatch> find_first(std::string_view text, const DateContext& context = {}) const;

 private:
  struct Tables;
  Tables* tables_;
};

// The shared finder, built on first use.
const DateFinder& date_finder();

// Whether a day and month printed as two numbers, "a/b", read month first: when b can
// only be a day, else when the bulletin writes the month first (US English, a Chinese or
// Japanese header, a month-first page).
bool reads_month_first(int a, int b, bool month_first);

// Whether the numeric dates of a text write the month first: "(08/16)", "12/25/2024" and
// no "16/08" nor "25/12/2024". At least two dates whose numbers allow one reading only must
// say so, and none the other way.
bool writes_month_first(std::string_view text);

// Whether a folded word names a bulletin's own issue ("newsletter", "bulletin", "nr",
// "ausgabe", "выпуск", "العدد", "刊"): its number is no day ("Issue 17 – 11 July 2019"),
// and a date line holding one dates the bulletin, not an event.
bool is_issue_word(std::string_view folded);

}  // namespace almanac::index
