// Extraction against the corpus: every field of every expected event of every bulletin
// that has an expected-events file in corpus/expected/.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "almanac/error.h"
#include "almanac/indexer.h"
#include "support.h"

namespace {

using almanac::test::read_file;
using almanac::test::source_path;

// The bulletins of corpus/ that carry expected events.
std::vector<std::string> golden_bulletins() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("corpus/expected"))) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(".json")) out.push_back(name.substr(0, name.size() - 5));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("extract finds every expected event of each corpus bulletin with every field right") {
  auto bulletins = golden_bulletins();
  REQUIRE(!bulletins.empty());
  for (const std::string& name : bulletins) {
    INFO("bulletin corpus/" << name);
    auto expected = nlohmann::json::parse(read_file(source_path("corpus/expected/" + name + ".json")));
    almanac::ExtractedBulletin got = almanac::extract_file(source_path("corpus/" + name));
    REQUIRE(got.events.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      auto actual = almanac::to_json(got.events[i]);
      for (const auto& [field, value] : expected[i].items()) {
        INFO("event " << i + 1 << " field " << field);
        CHECK(actual[field].dump() == value.dump());
      }
    }
  }
}

TEST_CASE("extract records the bulletin path and a stable id per event") {
  std::string path = source_path("corpus/flash-info-2018-05.html");
  auto first = almanac::extract_file(path);
  auto second = almanac::extract_file(path);
  REQUIRE(first.events.size() == 3);
  for (std::size_t i = 0; i < first.events.size(); ++i) {
    CHECK(first.events[i].bulletin == path);
    CHECK(first.events[i].id.size() == 16);
    CHECK(first.events[i].id == second.events[i].id);
  }
  CHECK(first.events[0].id != first.events[1].id);
}

TEST_CASE("the issue date of the seed bulletin comes from its header") {
  auto bulletin = almanac::extract_file(source_path("corpus/flash-info-2018-05.html"));
  REQUIRE(bulletin.issue_date);
  CHECK(bulletin.issue_date->iso() == "2018-05-02");
  CHECK(bulletin.format == "html");
}

TEST_CASE("a missing bulletin file is an input error that names the file") {
  try {
    almanac::extract_file("/nonexistent/bulletin.html");
    FAIL("no error");
  } catch (const almanac::InputError& e) {
    CHECK(std::string(e.what()).find("/nonexistent/bulletin.html") != std::string::npos);
  }
}
