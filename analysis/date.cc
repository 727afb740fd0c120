#include "almanac/date.h"

#include <charconv>
#include <cstdio>

namespace almanac {
namespace {

std::optional<int> read_digits(std::string_view text, std::size_t count) {
  if (text.size() != count) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

bool Date::is_valid(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

int Date::days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool is_leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && is_leap ? 29 : kDays[month - 1];
}

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string Date::yyyymmdd() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

Date Date::next_day() const {
  Date next = *this;
  if (++next.day > days_in_month(year, month)) {
    next.day = 1;
    if (++next.month > 12) {
      next.month = 1;
      ++next.year;
    }
  }
  return next;
}

long Date::days_since_epoch() const {
  // Howard Hinnant's days_from_civil.
  long y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days_since_epoch(long days) {
  // Howard Hinnant's civil_from_days.
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

int Date::weekday() const {
  long days = days_since_epoch();
  // 1970-01-01 was a Thursday: ICU's 5.
  return static_cast<int>(((days % 7) + 7 + 4) % 7) + 1;
}

std::optional<Date> Date::from_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = read_digits(text.substr(0, 4), 4);
  auto m = read_digits(text.substr(5, 2), 2);
  auto d = read_digits(text.substr(8, 2), 2);
  if (!y || !m || !d || !is_valid(*y, *m, *d)) return std::nullopt;
  return Date{*y, *m, *d};
}

std::optional<Date> Date::from_yyyymmdd(std::string_view text) {
  auto y = read_digits(text.substr(0, 4), 4);
  auto m = text.size() == 8 ? read_digits(text.substr(4, 2), 2) : std::nullopt;
  auto d = text.size() == 8 ? read_digits(text.substr(6, 2), 2) : std::nullopt;
  if (!y || !m || !d || !is_valid(*y, *m, *d)) return std::nullopt;
  return Date{*y, *m, *d};
}

std::optional<DateRange> parse_date_bound(std::string_view text) {
  if (text.size() == 4) {
    auto y = read_digits(text, 4);
    if (!y || *y < 1) return std::nullopt;
    return DateRange{{*y, 1, 1}, {*y, 12, 31}};
  }
  if (text.size() == 7 && text[4] == '-') {
    auto y = read_digits(text.substr(0, 4), 4);
    auto m = read_digits(text.substr(5, 2), 2);
    if (!y || !m || !Date::is_valid(*y, *m, 1)) return std::nullopt;
    return DateRange{{*y, *m, 1}, {*y, *m, Date::days_in_month(*y, *m)}};
  }
  auto day = Date::from_iso(text);
  if (!day) return std::nullopt;
  return DateRange{*day, *day};
}

}  // namespace almanac
