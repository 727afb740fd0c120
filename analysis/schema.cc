#include "almanac/schema.h"

#include "almanac/hash.h"

#include <cstdlib>

namespace almanac::schema {
namespace {

// Xapian's limit on a term's length is 245 bytes; leave room for the prefixes.
constexpr std::size_t kMaxKeyBytes = 200;

}  // namespace

std::string default_index_path() {
  const char* env = std::getenv("ALMANAC_DB");
  return env && *env ? env : "./almanac.db";
}

std::string bulletin_key(std::string_view bulletin_path) {
  if (bulletin_path.size() <= kMaxKeyBytes) return std::string(bulletin_path);
  std::string key = "#";
  key += hex64(fnv1a64(bulletin_path));
  return key;
}

std::string bulletin_term(std::string_view bulletin_path) {
  return prefixed(kBulletinPrefix, bulletin_key(bulletin_path));
}

std::string bulletin_meta_key(std::string_view bulletin_path) {
  return prefixed(kBulletinMetaPrefix, bulletin_key(bulletin_path));
}

std::string id_term(std::string_view event_id) { return prefixed(kIdPrefix, event_id); }

std::size_t count_distinct_events(const Xapian::Database& db) {
  std::string prefix(kCollapsePrefix);
  std::size_t events = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) ++events;
  return events;
}

std::string prefixed(std::string_view prefix, std::string_view term) {
  std::string out;
  out.reserve(prefix.size() + term.size());
  out += prefix;
  out += term;
  return out;
}

}  // namespace almanac::schema
