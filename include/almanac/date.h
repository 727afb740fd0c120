// Calendar dates and inclusive date ranges as Almanac stores and compares them.
// A Date is a proleptic Gregorian day; ranges are inclusive at both ends. The sortable
// form YYYYMMDD is what the index stores in its value slots (schema.h).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace almanac {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..days_in_month

  auto operator<=>(const Date&) const = default;

  std::string iso() const;   // "2018-06-08"
  std::string yyyymmdd() const;  // "20180608", sorts like the date
  Date next_day() const;
  // Days since 1970-01-01 (negative before): for differences between dates.
  long days_since_epoch() const;
  // The day that many days after 1970-01-01, and its weekday, 1 (Sunday) to 7 (Saturday),
  // as ICU counts them.
  static Date from_days_since_epoch(long days);
  int weekday() const;

  // A valid day of the calendar, years 1..9999.
  static bool is_valid(int year, int month, int day);
  static int days_in_month(int year, int month);
  // Parses exactly "YYYY-MM-DD" (a full ISO day); nullopt otherwise.
  static std::optional<Date> from_iso(std::string_view text);
  static std::optional<Date> from_yyyymmdd(std::string_view text);
};

struct DateRange {
  Date start;
  Date end;  // start <= end

  bool operator==(const DateRange&) const = default;
  bool overlaps(const DateRange& other) const { return start <= other.end && end >= other.start; }
};

// Reads a date bound as users type it on the command line and in the query language:
// "YYYY", "YYYY-MM" or "YYYY-MM-DD". The result covers the whole year, month or day, so a
// "from" bound takes its start and a "to" bound its end. nullopt when malformed or invalid.
std::optional<DateRange> parse_date_bound(std::string_view text);

}  // namespace almanac
