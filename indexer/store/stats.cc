#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "almanac/error.h"
#include "almanac/schema.h"
#include "almanac/sync.h"

namespace almanac {
namespace {

std::vector<std::pair<std::string, std::size_t>> count_prefix(const Xapian::Database& db, std::string_view prefix) {
  std::vector<std::pair<std::string, std::size_t>> out;
  std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it)
    out.emplace_back((*it).substr(p.size()), it.get_termfreq());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  return out;
}

}  // namespace

IndexStats read_stats(const std::string& path) {
  if (!std::filesystem::exists(path)) throw IndexError("index " + path + ": not found");
  try {
    Xapian::Database db(path);
    IndexStats stats;
    stats.events = db.get_doccount();
    stats.distinct_events = schema::count_distinct_events(db);
    std::string prefix(schema::kBulletinMetaPrefix);
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
      ++stats.bulletins;
      if (nlohmann::json::parse(db.get_metadata(*it)).value("failed", false)) ++stats.failed_bulletins;
    }
    stats.languages = count_prefix(db, schema::kLangPrefix);
    stats.countries = count_prefix(db, schema::kCountryPrefix);
    if (stats.events > 0) {
      stats.first_date = Date::from_yyyymmdd(db.get_value_lower_bound(schema::kStartSlot));
      stats.last_date = Date::from_yyyymmdd(db.get_value_upper_bound(schema::kEndSlot));
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
      if (entry.is_regular_file()) stats.size_bytes += entry.file_size();
    stats.last_sync = db.get_metadata(std::string(schema::kLastSyncKey));
    stats.schema = db.get_metadata(std::string(schema::kSchemaVersionKey));
    return stats;
  } catch (const Xapian::Error& e) {
    throw IndexError("index " + path + ": " + e.get_description());
  }
}

}  // namespace almanac
