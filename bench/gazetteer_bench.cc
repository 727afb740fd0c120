// The gazetteer's cost per process (indexer/fields/gazetteer.h): the time to load
// libgeonames' cities and the name catalogs, the memory the table holds and the process's
// peak resident size after loading, and lookups per second on names in nine languages.
// Usage: gazetteer_bench [LOOKUPS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <sys/resource.h>

#include "fields/gazetteer.h"

namespace {

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  const long lookups = argc > 1 ? std::atol(argv[1]) : 200000;
  const long before_kb = peak_rss_kb();
  const auto& gazetteer = almanac::index::Gazetteer::instance();
  const auto& stats = gazetteer.stats();
  const long after_kb = peak_rss_kb();
  std::printf("gazetteer: %zu cities, %zu names from %zu catalogs, table %.1f MB\n", stats.cities,
              stats.names, stats.catalogs, static_cast<double>(stats.bytes) / 1e6);
  std::printf("load: %.3f s; peak RSS %ld KB before, %ld KB after loading (+%ld KB)\n",
              stats.load_seconds, before_kb, after_kb, after_kb - before_kb);

  const std::vector<std::pair<std::string, std::string>> names = {
      {"München", "de"}, {"Valladolid", "es"}, {"Montréal", "fr"}, {"Porto", "pt"},
      {"Новосибирске", "ru"}, {"عمّان", "ar"}, {"杭州市", "zh"}, {"横浜", "ja"},
      {"Manchester", "en"}, {"Wochenende", "de"}, {"Centro Cultural", "es"}, {"Online", "en"}};
  std::size_t found = 0;
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < lookups; ++i) {
    const auto& [name, lang] = names[static_cast<std::size_t>(i) % names.size()];
    found += gazetteer.resolve(name, lang) != nullptr;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("resolve: %ld lookups in %.3f s, %.0f per second (%zu found)\n", lookups, seconds,
              static_cast<double>(lookups) / seconds, found);
  return 0;
}
