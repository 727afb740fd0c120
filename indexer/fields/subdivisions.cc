// The table of first-level subdivisions (see subdivisions.h): indexer/fields/subdivisions.tsv,
// embedded by cmake/embed.cmake, read once into two maps: name key → its countries and
// whether a city bears it, and postal abbreviation → countries.
#include "fields/subdivisions.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <unordered_map>

#include <unicode/utf8.h>

#include "almanac/country.h"
#include "subdivision_table.h"

namespace almanac::index {
namespace {

// What a Chinese or Japanese subdivision name may end with: province, state, city, autonomous
// region, special administrative region, prefecture ("广东省", "加利福尼亚州", "北京市").
constexpr std::array<std::string_view, 7> kCjkSuffixes = {
    "\u7279\u522B\u884C\u653F\u533A",  // 特别行政区
    "\u81EA\u6CBB\u533A",              // 自治区
    "\u81EA\u6CBB\u5340",              // 自治區
    "\u7701",                          // 省
    "\u5DDE",                          // 州
    "\u5E02",                          // 市
    "\u770C",                          // 県
};

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) {
    UChar32 c;
    U8_NEXT(s.data(), i, s.size(), c);
  }
  return n;
}

// The key without a Chinese or Japanese suffix, when at least two characters remain.
std::optional<std::string> without_cjk_suffix(const std::string& key) {
  for (std::string_view suffix : kCjkSuffixes) {
    if (key.size() <= suffix.size() || key.compare(key.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string stem = key.substr(0, key.size() - suffix.size());
    if (code_points(stem) >= 2) return stem;
  }
  return std::nullopt;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const std::size_t at = s.find(separator);
    parts.push_back(s.substr(0, at));
    if (at == std::string_view::npos) return parts;
    s.remove_prefix(at + 1);
  }
}

void add_country(std::vector<std::string>& countries, const std::string& country) {
  if (std::find(countries.begin(), countries.end(), country) == countries.end()) countries.push_back(country);
}

// The rows of the embedded table, in its order. A malformed line is a broken build:
// std::logic_error names it.
std::vector<Subdivision> parse_table() {
  const std::string_view text(reinterpret_cast<const char*>(kSubdivisionTable), sizeof kSubdivisionTable);
  std::vector<Subdivision> rows;
  std::size_t number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++number;
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> columns = split(line, '\t');
    if (columns.size() != 4 || columns[0].find('-') == std::string_view::npos ||
        (!columns[3].empty() && columns[3] != "city"))
      throw std::logic_error("indexer/fields/subdivisions.tsv:" + std::to_string(number) +
                             ": expected CODE<TAB>ABBREVIATIONS<TAB>NAMES<TAB>city or nothing");
    Subdivision row;
    row.code = std::string(columns[0]);
    row.country = row.code.substr(0, row.code.find('-'));
    for (std::string_view abbreviation : split(columns[1], '|'))
      if (!abbreviation.empty()) row.abbreviations.emplace_back(abbreviation);
    for (std::string_view name : split(columns[2], '|')) row.names.emplace_back(name);
    row.is_city_named = columns[3] == "city";
    rows.push_back(std::move(row));
  }
  return rows;
}

class SubdivisionTable {
 public:
  SubdivisionTable() : rows_(parse_table()) {
    for (const Subdivision& row : rows_) {
      for (const std::string& abbreviation : row.abbreviations) add_country(by_abbreviation_[abbreviation], row.country);
      for (const std::string& name : row.names) {
        std::string key = place_key(name);
        if (key.empty()) continue;
        if (std::optional<std::string> stem = without_cjk_suffix(key)) add_name(*stem, row);
        add_name(std::move(key), row);
      }
    }
  }

  const std::vector<Subdivision>& rows() const { return rows_; }

  const SubdivisionName& by_name(std::string_view name) const {
    static const SubdivisionName kNone;
    const std::string key = place_key(name);
    if (auto it = by_name_.find(key); it != by_name_.end()) return it->second;
    if (std::optional<std::string> stem = without_cjk_suffix(key))
      if (auto it = by_name_.find(*stem); it != by_name_.end()) return it->second;
    return kNone;
  }

  std::vector<std::string> by_abbreviation(std::string_view abbreviation) const {
    auto it = by_abbreviation_.find(std::string(abbreviation));
    return it == by_abbreviation_.end() ? std::vector<std::string>() : it->second;
  }

 private:
  void add_name(std::string key, const Subdivision& row) {
    SubdivisionName& entry = by_name_[std::move(key)];
    add_country(entry.countries, row.country);
    entry.is_city_named = entry.is_city_named || row.is_city_named;
  }

  std::vector<Subdivision> rows_;
  std::unordered_map<std::string, SubdivisionName> by_name_;
  std::unordered_map<std::string, std::vector<std::string>> by_abbreviation_;
};

const SubdivisionTable& subdivisions() {
  static const SubdivisionTable kTable;
  return kTable;
}

}  // namespace

const std::vector<Subdivision>& subdivision_table() { return subdivisions().rows(); }

const SubdivisionName& find_subdivision(std::string_view name) { return subdivisions().by_name(name); }

std::vector<std::string> postal_subdivision_countries(std::string_view abbreviation) {
  if (abbreviation.size() < 2 || abbreviation.size() > 3) return {};
  if (!std::all_of(abbreviation.begin(), abbreviation.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return {};
  return subdivisions().by_abbreviation(abbreviation);
}

}  // namespace almanac::index
