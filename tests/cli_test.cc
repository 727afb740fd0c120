// The two programs end to end on the seed bulletin, driven exactly as INTERFACE.md says.
#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include "support.h"

namespace {

using almanac::test::quote;
using almanac::test::run;
using almanac::test::source_path;

const std::string kIndex = ALMANAC_INDEX_BIN;
const std::string kSearch = ALMANAC_SEARCH_BIN;
const std::string kSeed = source_path("corpus/flash-info-2018-05.html");

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(nlohmann::json::parse(text.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> titles(const nlohmann::json& response) {
  std::vector<std::string> out;
  for (const auto& r : response["results"]) out.push_back(r["title"]);
  return out;
}

// An index of the seed bulletin, built once per test program run.
const std::string& seed_index() {
  static almanac::test::TempDir dir;
  static std::string db = [] {
    std::string path = dir / "db";
    auto r = run(kIndex + " sync --progress never --db " + quote(path) + " " + quote(kSeed));
    REQUIRE(r.exit_code == 0);
    return path;
  }();
  return db;
}

nlohmann::json search_json(const std::string& args) {
  auto r = run(kSearch + " --db " + quote(seed_index()) + " --format json " + args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

const std::vector<std::string> kTitles = {
    "WCO Conference on Illicit Financial Flows and Trade Mis-invoicing",
    "2018 WCO IT Conference & Exhibition", "International Conference"};

}  // namespace

TEST_CASE("extract prints the three events of the seed bulletin as JSON lines with every field") {
  auto r = run(kIndex + " extract " + quote(kSeed));
  REQUIRE(r.exit_code == 0);
  auto events = json_lines(r.out);
  REQUIRE(events.size() == 3);
  const char* fields[] = {"id", "bulletin", "lang", "title", "subtitle", "start", "end",
                          "location", "city", "country", "url", "description"};
  for (const auto& e : events)
    for (const char* f : fields) CHECK(e.contains(f));
  CHECK(events[0]["title"] == kTitles[0]);
  CHECK(events[1]["title"] == kTitles[1]);
  CHECK(events[2]["title"] == kTitles[2]);
  CHECK(events[0]["subtitle"].is_null());
  CHECK(events[1]["subtitle"] == "Building a reliable digital landscape to boost cross-border trade");
  CHECK(events[2]["subtitle"] == "Respect for IP – Growing from the Tip of Africa");
  CHECK(events[0]["start"] == "2018-05-23");
  CHECK(events[0]["end"] == "2018-05-23");
  CHECK(events[1]["start"] == "2018-06-06");
  CHECK(events[1]["end"] == "2018-06-08");
  CHECK(events[2]["start"] == "2018-10-23");
  CHECK(events[2]["end"] == "2018-10-25");
  CHECK(events[0]["city"] == "Brussels");
  CHECK(events[1]["city"] == "Lima");
  CHECK(events[2]["city"] == "Sandton");
  CHECK(events[0]["country"] == "BE");
  CHECK(events[1]["country"] == "PE");
  CHECK(events[2]["country"] == "ZA");
  for (const auto& e : events) {
    CHECK(e["lang"] == "en");
    CHECK(e["bulletin"] == kSeed);
    CHECK(e["url"].get<std::string>().starts_with("https://"));
  }
}

TEST_CASE("sync indexes the seed bulletin and prints the summary line") {
  almanac::test::TempDir dir;
  auto r = run(kIndex + " sync --progress never --db " + quote(dir / "db") + " " + quote(source_path("corpus/flash-info-2018-05.html")));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "scanned 1, added 1, updated 0, removed 0, unchanged 0, events 3, failed 0\n");
  auto again = run(kIndex + " sync --progress never --db " + quote(dir / "db") + " " + quote(kSeed));
  REQUIRE(again.exit_code == 0);
  CHECK(again.out == "scanned 1, added 0, updated 0, removed 0, unchanged 1, events 0, failed 0\n");
}

TEST_CASE("a search for mis-invoicing returns the first event only") {
  auto response = search_json("mis-invoicing");
  CHECK(response["total"] == 1);
  CHECK(titles(response) == std::vector<std::string>{kTitles[0]});
  CHECK(response["results"][0]["snippet"].get<std::string>().find("<mark>mis-invoicing</mark>") != std::string::npos);
}

TEST_CASE("a June 2018 date range returns the second event only") {
  auto response = search_json("--from 2018-06 --to 2018-06");
  CHECK(titles(response) == std::vector<std::string>{kTitles[1]});
}

TEST_CASE("a date range that overlaps an event's days returns it") {
  auto response = search_json("--from 2018-10-24 --to 2018-12");
  CHECK(titles(response) == std::vector<std::string>{kTitles[2]});
}

TEST_CASE("a search with no words lists every event by date") {
  auto response = search_json("");
  CHECK(titles(response) == kTitles);
}

TEST_CASE("extract of a missing file exits 1 and names the file") {
  auto r = run(kIndex + " extract /nonexistent/bulletin.html");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("/nonexistent/bulletin.html") != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("search on a missing index exits 1 and names the index") {
  auto r = run(kSearch + " --db /nonexistent/almanac.db customs");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("/nonexistent/almanac.db") != std::string::npos);
}

TEST_CASE("a malformed --from date exits 2 with a one-line message naming the option") {
  auto r = run(kSearch + " --db " + quote(seed_index()) + " --from 2018-13");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--from") != std::string::npos);
  CHECK(r.err.find("2018-13") != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("an unbalanced quote in the query exits 2 and says where") {
  auto r = run(kSearch + " --db " + quote(seed_index()) + " '\"customs conference'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("column 1") != std::string::npos);
}

TEST_CASE("ALMANAC_DB names the default index") {
  auto r = run("ALMANAC_DB=" + quote(seed_index()) + " " + kSearch + " --format json Lima");
  REQUIRE(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out)["total"] == 1);
}

namespace {

// Debian's Python, which has python3-icalendar (scripts/setup installs it).
const std::string kPython = "/usr/bin/python3";

}  // namespace

TEST_CASE("CSV output parses with Python's csv module into the header and one row per event") {
  auto r = run(kSearch + " --db " + quote(seed_index()) + " --format csv --sort date conference | " + kPython +
               " -c 'import csv,sys; rows=list(csv.reader(sys.stdin)); print(len(rows)); print(\"|\".join(rows[0])); "
               "print(rows[2][1]); print(rows[2][4]); print(rows[1][2], rows[1][3])'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "4\n"
        "id|title|start|end|location|city|country|lang|url|bulletin\n"
        "2018 WCO IT Conference & Exhibition\n"
        "Lima, Peru\n"
        "2018-05-23 2018-05-23\n");
}

TEST_CASE("iCalendar output parses with python3-icalendar: one all-day VEVENT per event, DTEND the day after") {
  std::string script =
      "import sys, icalendar\n"
      "data = sys.stdin.buffer.read()\n"
      "assert all(len(line) <= 75 for line in data.split(b'\\r\\n')), 'a line is longer than 75 octets'\n"
      "cal = icalendar.Calendar.from_ical(data)\n"
      "for e in cal.walk('VEVENT'):\n"
      "    print(e.decoded('DTSTART'), e.decoded('DTEND'), str(e['SUMMARY']), str(e['LOCATION']), bool(e.get('UID')), "
      "bool(e.get('URL')), len(str(e['DESCRIPTION'])) > 100)\n";
  almanac::test::TempDir dir;
  std::ofstream(dir / "check.py") << script;
  auto r = run(kSearch + " --db " + quote(seed_index()) + " --format ics --sort date | " + kPython + " " + quote(dir / "check.py"));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "2018-05-23 2018-05-24 WCO Conference on Illicit Financial Flows and Trade Mis-invoicing Brussels, Belgium True True True\n"
        "2018-06-06 2018-06-09 2018 WCO IT Conference & Exhibition Lima, Peru True True True\n"
        "2018-10-23 2018-10-26 International Conference Sandton, South Africa True True True\n");
}

TEST_CASE("text output lists dates, title and place, with no colour when not on a terminal") {
  auto r = run(kSearch + " --db " + quote(seed_index()) + " Lima");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("2018-06-06 – 2018-06-08  2018 WCO IT Conference & Exhibition") != std::string::npos);
  CHECK(r.out.find("Lima, Peru") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);
}

TEST_CASE("a misspelt query prints a suggestion on the terminal and in the JSON") {
  auto text = run(kSearch + " --db " + quote(seed_index()) + " exhibitoin");
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("Did you mean: exhibition") != std::string::npos);
  auto json = search_json("exhibitoin");
  CHECK(json["total"] == 0);
  CHECK(json["suggestion"] == "exhibition");
}

TEST_CASE("a flag takes no value: --facets before another option and words") {
  auto response = search_json("--facets --limit 2 conference");
  CHECK(response["limit"] == 2);
  CHECK(response["results"].size() == 2);
  CHECK(response.contains("facets"));
}
