// The searcher library on a real index built from the seed bulletin.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <atomic>
#include <thread>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "almanac/error.h"
#include "almanac/event.h"
#include "almanac/schema.h"
#include "almanac/searcher.h"
#include "almanac/sync.h"
#include "store/mention.h"
#include "query.h"
#include "support.h"

namespace {

using almanac::test::source_path;

// Two copies of the seed (a "save the date" and a reminder) indexed together.
struct SeedIndex {
  almanac::test::TempDir dir;
  std::string db = dir / "db";
  SeedIndex() {
    std::filesystem::create_directories(dir.path() / "archive");
    std::filesystem::copy_file(source_path("corpus/flash-info-2018-05.html"), dir / "archive/flash-2018-05.html");
    std::filesystem::copy_file(source_path("corpus/flash-info-2018-05.html"), dir / "archive/flash-2018-06.html");
    almanac::SyncOptions options;
    options.db = db;
    almanac::sync_archive({dir / "archive"}, options);
  }
};

const SeedIndex& seed() {
  static SeedIndex index;
  return index;
}

std::vector<std::string> titles(const std::string& query, almanac::SearchRequest request = {}) {
  almanac::Searcher searcher({seed().db});
  request.query = query;
  std::vector<std::string> out;
  for (const auto& hit : searcher.search(request).results) out.push_back(hit.event.title);
  return out;
}

const std::string kFirst = "WCO Conference on Illicit Financial Flows and Trade Mis-invoicing";
const std::string kSecond = "2018 WCO IT Conference & Exhibition";
const std::string kThird = "International Conference";

}  // namespace

TEST_CASE("every way of typing a hyphenated word finds it") {
  for (const char* q : {"mis-invoicing", "misinvoicing", "mis invoicing", "invoicing", "MIS-INVOICING"}) {
    INFO(q);
    CHECK(titles(q) == std::vector<std::string>{kFirst});
  }
}

TEST_CASE("a plural finds the singular through the stemmer") {
  CHECK(titles("exhibitions") == std::vector<std::string>{kSecond});
}

TEST_CASE("phrases match words in order only") {
  CHECK(titles("\"digital landscape\"") == std::vector<std::string>{kSecond});
  CHECK(titles("\"landscape digital\"").empty());
}

TEST_CASE("excluded words drop events and OR joins alternatives") {
  CHECK(titles("conference -lima -sandton") == std::vector<std::string>{kFirst});
  auto either = titles("blockchain OR counterfeit");
  std::sort(either.begin(), either.end());
  CHECK(either == std::vector<std::string>{kSecond, kThird});
}

TEST_CASE("field prefixes restrict to title, place, country and dates") {
  CHECK(titles("title:exhibition") == std::vector<std::string>{kSecond});
  CHECK(titles("place:Peru") == std::vector<std::string>{kSecond});
  CHECK(titles("country:ZA") == std::vector<std::string>{kThird});
  CHECK(titles("country:Belgique") == std::vector<std::string>{kFirst});
  CHECK(titles("country:Бельгия") == std::vector<std::string>{kFirst});
  CHECK(titles("country:بلجيكا") == std::vector<std::string>{kFirst});
  CHECK(titles("country:比利时") == std::vector<std::string>{kFirst});
  CHECK(titles("country:\"South Africa\"") == std::vector<std::string>{kThird});
  CHECK(titles("date:2018-10..") == std::vector<std::string>{kThird});
}

TEST_CASE("the country option takes a code or a name in any language like country:") {
  for (const char* country : {"BE", "be", "Belgium", "Belgique", "Бельгия", "Belgien"}) {
    INFO(country);
    almanac::SearchRequest request;
    request.country = country;
    CHECK(titles("", request) == std::vector<std::string>{kFirst});
  }
}

// The seed's conference on mis-invoicing, announced twice: one result with both mentions.
almanac::SearchHit the_twice_announced_event(const std::vector<std::string>& dbs) {
  almanac::SearchRequest request;
  request.query = "mis-invoicing";
  auto response = almanac::Searcher(dbs).search(request);
  REQUIRE(response.results.size() == 1);
  CHECK(response.total == 1);
  CHECK(response.results[0].mentions == 2);
  return response.results[0];
}

TEST_CASE("the same event announced in two bulletins is one result with both bulletins") {
  CHECK(the_twice_announced_event({seed().db}).bulletins.size() == 2);
}

TEST_CASE("the same event announced in bulletins of two indexes searched as one is one result with both bulletins") {
  almanac::test::TempDir dir;
  std::vector<std::string> dbs;
  for (const std::string name : {"first", "second"}) {
    std::filesystem::create_directories(dir / name);
    std::filesystem::copy_file(source_path("corpus/flash-info-2018-05.html"), dir / (name + "/flash.html"));
    almanac::SyncOptions options;
    options.db = dir / (name + ".db");
    almanac::sync_archive({dir / name}, options);
    dbs.push_back(options.db);
  }
  CHECK(the_twice_announced_event(dbs).bulletins ==
        std::vector<std::string>{dir / "first/flash.html", dir / "second/flash.html"});
}

TEST_CASE("facets count events by year, country and language over all matches") {
  almanac::Searcher searcher({seed().db});
  almanac::SearchRequest request;
  request.facets = true;
  request.limit = 1;
  auto response = searcher.search(request);
  REQUIRE(response.facets);
  CHECK(response.facets->year.at("2018") == 3);
  CHECK(response.facets->country.size() == 3);
  CHECK(response.facets->lang.at("en") == 3);
}

TEST_CASE("sorting by date and by reverse date orders the events") {
  almanac::SearchRequest request;
  request.sort = almanac::SortOrder::kDateDescending;
  CHECK(titles("conference", request) == std::vector<std::string>{kThird, kSecond, kFirst});
  request.sort = almanac::SortOrder::kDate;
  CHECK(titles("conference", request) == std::vector<std::string>{kFirst, kSecond, kThird});
}

TEST_CASE("malformed queries are query errors that say what is wrong") {
  almanac::Searcher searcher({seed().db});
  for (const char* q : {"\"open phrase", "(customs", "customs)", "colour:red", "date:2018-13", "country:Atlantis", "OR customs"}) {
    INFO(q);
    almanac::SearchRequest request;
    request.query = q;
    CHECK_THROWS_AS(searcher.search(request), almanac::QueryError);
  }
}

TEST_CASE("a missing index is an index error") {
  CHECK_THROWS_AS(almanac::Searcher({"/nonexistent/almanac.db"}), almanac::IndexError);
}

TEST_CASE("one searcher answers concurrent searches from many threads") {
  almanac::Searcher searcher({seed().db});
  std::vector<std::thread> threads;
  std::atomic<int> correct{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        almanac::SearchRequest request;
        request.query = "conference";
        if (searcher.search(request).results.size() == 3) ++correct;
      }
    });
  for (auto& t : threads) t.join();
  CHECK(correct == 160);
}

TEST_CASE("a query one edit from indexed words finds nothing but suggests them") {
  almanac::Searcher searcher({seed().db});
  almanac::SearchRequest request;
  request.query = "conferense lima";
  auto response = searcher.search(request);
  CHECK(response.total == 0);
  REQUIRE(response.suggestion);
  CHECK(*response.suggestion == "conference lima");
  request.query = *response.suggestion;
  CHECK(searcher.search(request).total == 1);
  request.query = "conference";
  CHECK_FALSE(searcher.search(request).suggestion);
}

TEST_CASE("title words rank an event above one that has them in its description only") {
  // "Exhibition" is in the second event's title; the third mentions "Intellectual Property
  // Organization" in its description only: a title match weighs more.
  almanac::Searcher searcher({seed().db});
  almanac::SearchRequest request;
  request.query = "conference";
  auto response = searcher.search(request);
  REQUIRE(response.results.size() == 3);
  for (const auto& hit : response.results) CHECK(hit.score > 0);
  CHECK(response.results[0].score >= response.results[2].score);
}

TEST_CASE("limit and offset page through the results") {
  almanac::SearchRequest request;
  request.sort = almanac::SortOrder::kDate;
  request.limit = 2;
  CHECK(titles("", request) == std::vector<std::string>{kFirst, kSecond});
  request.offset = 2;
  CHECK(titles("", request) == std::vector<std::string>{kThird});
}

TEST_CASE("parentheses group alternatives") {
  CHECK(titles("(lima OR sandton) conference -africa") == std::vector<std::string>{kSecond});
  CHECK(titles("(lima OR sandton) -africa") == std::vector<std::string>{kSecond});
}

namespace {

// Indexes dir/a: an English RSS feed of the given <item>s, and the seed bulletin if asked.
std::string index_feed(const almanac::test::TempDir& dir, const std::string& items, bool with_seed = false) {
  std::filesystem::create_directories(dir.path() / "a");
  std::ofstream(dir / "a/feed.rss")
      << "<?xml version='1.0'?><rss version='2.0'><channel><title>News</title><language>en</language>"
      << items << "</channel></rss>";
  if (with_seed) std::filesystem::copy_file(source_path("corpus/flash-info-2018-05.html"), dir / "a/flash.html");
  almanac::SyncOptions options;
  options.db = dir / "db";
  almanac::sync_archive({dir / "a"}, options);
  return options.db;
}

}  // namespace

TEST_CASE("undated events are left out of date-filtered searches only") {
  almanac::test::TempDir dir;
  almanac::Searcher searcher({index_feed(dir,
                                         "<item><title>Open Archive Day</title><link>https://x.example/open-day</link>"
                                         "<description>Date to be confirmed. The archive opens its doors to researchers.</description></item>",
                                         true)});
  almanac::SearchRequest all;
  CHECK(searcher.search(all).total == 4);
  almanac::SearchRequest dated;
  dated.from = "2000";
  CHECK(searcher.search(dated).total == 3);
  almanac::SearchRequest until;
  until.to = "2030";
  CHECK(searcher.search(until).total == 3);
  almanac::SearchRequest both;
  both.from = "2000";
  both.to = "2030";
  CHECK(searcher.search(both).total == 3);
}

TEST_CASE("an event across the new year is found by a date range inside either of its years") {
  almanac::test::TempDir dir;
  almanac::Searcher searcher({index_feed(dir,
                                         "<item><title>Winter School on Archives</title><link>https://x.example/winter</link>"
                                         "<description>30 December 2019 - 3 January 2020, Vienna, Austria. A school for young archivists.</description></item>")});
  auto total = [&](const char* from, const char* to) {
    almanac::SearchRequest r;
    r.query = "school";
    r.from = from;
    r.to = to;
    return searcher.search(r).total;
  };
  CHECK(total("2019-12-31", "2019-12-31") == 1);
  CHECK(total("2020-01-02", "2020-01-02") == 1);
  CHECK(total("2018-01", "2020-12") == 1);
  CHECK(total("2020-01-04", "2021-06") == 0);
  CHECK(total("2019-01", "2019-12-29") == 0);
}

TEST_CASE("an index of schema 1, without a stem term for every word, is still searched by its plain words") {
  namespace schema = almanac::schema;
  almanac::test::TempDir dir;
  std::string db_path = dir / "db";
  auto label = [&](const char* version) {
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OPEN);
    db.set_metadata(std::string(schema::kSchemaVersionKey), version);
    db.commit();
  };
  {
    // A Chinese mention as schema 1 wrote it: plain words only (no stemmer, so no
    // stem terms), its event as JSON text.
    almanac::Event e;
    e.id = "1";
    e.bulletin = "a/zh.html";
    e.lang = "zh";
    e.title = "海关会议";
    e.description = "会议";
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE);
    Xapian::Document doc;
    doc.add_posting("海关", 1);
    doc.add_posting("会议", 2);
    doc.add_boolean_term(schema::prefixed(schema::kLangPrefix, "zh"));
    doc.add_boolean_term(schema::prefixed(schema::kCollapsePrefix, "id:1"));
    doc.add_value(schema::kCollapseSlot, "id:1");
    doc.set_data(almanac::to_json(e).dump());
    db.add_document(doc);
    db.commit();
  }
  label("1");
  almanac::SearchRequest request;
  request.query = "海关";
  {
    almanac::Searcher searcher({db_path});
    auto response = searcher.search(request);
    REQUIRE(response.results.size() == 1);
    CHECK(response.results[0].event.title == "海关会议");
    CHECK(response.results[0].event.lang == "zh");
  }
  label("2");  // the same documents read as schema 2: the plain word is no longer asked for
  almanac::Searcher searcher({db_path});
  CHECK(searcher.search(request).results.empty());
}

TEST_CASE("stem terms the index lacks are left out of a word's query, and the results stay the same") {
  Xapian::Database db(seed().db);
  const std::vector<std::string> langs = {"en", "fr", "de", "es"};
  auto with_index = almanac::search::parse_query("exhibitions", langs, almanac::search::WordTerms::kStemsOnly, &db);
  auto without = almanac::search::parse_query("exhibitions", langs);
  CHECK(without.query.get_description().find("SYNONYM") != std::string::npos);
  CHECK(with_index.query.get_description().find("SYNONYM") == std::string::npos);
  CHECK(with_index.query.get_description().find("Zexhibit") != std::string::npos);
  Xapian::Enquire a(db), b(db);
  a.set_query(with_index.query);
  b.set_query(without.query);
  CHECK(a.get_mset(0, 10).size() == b.get_mset(0, 10).size());
  CHECK(a.get_mset(0, 10).size() == 2);  // the seed's IT conference, in both bulletins
  // A word none of whose forms the index holds still matches nothing.
  auto absent = almanac::search::parse_query("zzyzxq", langs, almanac::search::WordTerms::kStemsOnly, &db);
  Xapian::Enquire c(db);
  c.set_query(absent.query);
  CHECK(c.get_mset(0, 10).empty());
}

TEST_CASE("a large result set is paged, ordered and counted as Xapian's collapse would") {
  namespace schema = almanac::schema;
  // 300 events, each announced in one to three bulletins, that all say "congress" a
  // different number of times: every query below matches over 100 mentions, which the
  // searcher pages without Xapian's collapse; the reference collapses.
  almanac::test::TempDir dir;
  std::string path = dir / "db";
  constexpr int kEvents = 300;
  std::size_t mentions = 0;
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    db.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
    for (int i = 0; i < kEvents; ++i) {
      for (int k = 0; k <= i % 3; ++k) {
        almanac::Event e;
        e.bulletin = std::string("b").append(std::to_string(k)).append(".html");
        e.lang = "en";
        e.title = "Meeting " + std::to_string(i);
        e.id = almanac::make_event_id(e.bulletin, e.title, almanac::Date{2020, 1 + i % 12, 1 + i % 28});
        e.start = e.end = almanac::Date{2020, 1 + i % 12, 1 + i % 28};
        e.city = "Town" + std::to_string(i);
        e.country = "FR";
        e.description = "A congress of the regional offices.";
        for (int r = 0; r < (i * 7 + k) % 5; ++r) e.description += " The congress meets again.";
        db.add_document(almanac::index::build_document(e));
        ++mentions;
      }
    }
    db.commit();
  }
  REQUIRE(mentions > 500);
  Xapian::Database db(path);
  almanac::Searcher searcher({path});
  for (almanac::SortOrder sort : {almanac::SortOrder::kRelevance, almanac::SortOrder::kDate}) {
    for (auto [offset, limit] : std::vector<std::pair<std::size_t, std::size_t>>{{0, 10}, {10, 10}, {35, 20}, {0, 100}, {90, 10}, {200, 10}}) {
      INFO("sort " << static_cast<int>(sort) << ", offset " << offset << ", limit " << limit);
      almanac::SearchRequest request;
      request.query = "congress";
      request.sort = sort;
      request.offset = offset;
      request.limit = limit;
      auto response = searcher.search(request);

      Xapian::Enquire reference(db);
      reference.set_query(almanac::search::parse_query(request.query, {"en"}, almanac::search::WordTerms::kStemsOnly, &db).query);
      reference.set_collapse_key(schema::kCollapseSlot);
      if (sort == almanac::SortOrder::kDate) reference.set_sort_by_value_then_relevance(schema::kStartSlot, false);
      Xapian::MSet expected = reference.get_mset(static_cast<Xapian::doccount>(offset), static_cast<Xapian::doccount>(limit));
      std::vector<std::string> got, want;
      for (const auto& hit : response.results) got.push_back(hit.event.id + " " + std::to_string(hit.mentions));
      for (auto it = expected.begin(); it != expected.end(); ++it)
        want.push_back(almanac::event_from_data(it.get_document().get_data()).id + " " +
                       std::to_string(db.get_termfreq(schema::prefixed(schema::kCollapsePrefix, it.get_collapse_key()))));
      CHECK(got == want);
      CHECK(response.results.size() == std::min<std::size_t>(limit, kEvents - std::min<std::size_t>(offset, kEvents)));
      // An estimate above 100 matching mentions, near the 300 events.
      CHECK(response.total >= 200);
      CHECK(response.total <= 400);
    }
  }
  // January's events (i % 12 == 0: 25 events in about 50 mentions): fewer than 100
  // mentions, an exact total of distinct events on every page.
  for (std::size_t offset : {0, 10, 30}) {
    almanac::SearchRequest january;
    january.query = "congress";
    january.from = "2020-01";
    january.to = "2020-01";
    january.offset = offset;
    auto response = searcher.search(january);
    CHECK(response.total == 25);
    CHECK(response.results.size() == (offset < 25 ? std::min<std::size_t>(10, 25 - offset) : 0));
  }
}

namespace {

// Workshops in Munich on nine days announced by bulletins in nine languages, each naming
// the city its own way, and a seminar in Portland (Oregon) in the English one.
struct PlacesIndex {
  almanac::test::TempDir dir;
  std::string db = dir / "db";
  PlacesIndex() {
    std::filesystem::create_directories(dir.path() / "archive");
    const auto page = [&](const std::string& lang, const std::string& title, const std::string& body) {
      almanac::test::write_file(dir / ("archive/" + lang + ".html"),
                                "<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
                                    "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>");
    };
    page("en", "Members' newsletter",
         "<h2>Workshop on archives</h2><p>10 March 2025, Munich, Germany</p><p>A day on archives.</p>"
         "<h2>Seminar on maps</h2><p>19 March 2025, Portland, Oregon, United States</p><p>Maps.</p>");
    page("de", "Rundbrief", "<h2>Tagung über Archive</h2><p>11. März 2025, München</p><p>Ein Tag über Archive.</p>");
    page("fr", "Lettre d'information",
         "<h2>Atelier sur les archives</h2><p>12 mars 2025, Munich, Allemagne</p><p>Une journée.</p>");
    page("es", "Boletín", "<h2>Taller sobre archivos</h2><p>13 de marzo de 2025, Múnich, Alemania</p><p>Un día.</p>");
    page("pt", "Boletim", "<h2>Oficina sobre arquivos</h2><p>14 de março de 2025, Munique, Alemanha</p><p>Um dia.</p>");
    page("ru", "Бюллетень", "<h2>Семинар об архивах</h2><p>15 марта 2025 г., Мюнхен, Германия</p><p>День архивов.</p>");
    page("ar", "نشرة", "<h2>ورشة عمل حول الأرشيف</h2><p>16 مارس 2025، ميونخ، ألمانيا</p><p>يوم عن الأرشيف.</p>");
    page("zh", "通讯", "<h2>档案研讨会</h2><p>2025年3月17日，德国慕尼黑</p><p>关于档案的一天。</p>");
    page("ja", "ニュースレター", "<h2>アーカイブ研究会</h2><p>2025年3月18日、ミュンヘン（ドイツ）</p><p>アーカイブの一日。</p>");
    almanac::SyncOptions options;
    options.db = db;
    almanac::sync_archive({dir / "archive"}, options);
  }
};

const PlacesIndex& places_index() {
  static PlacesIndex index;
  return index;
}

// The languages of the events a query finds, sorted.
std::vector<std::string> langs_found(const std::string& query) {
  almanac::Searcher searcher({places_index().db});
  almanac::SearchRequest request;
  request.query = query;
  request.limit = 50;
  std::vector<std::string> out;
  for (const auto& hit : searcher.search(request).results) out.push_back(hit.event.lang + ":" + hit.event.title);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("place: finds a city's events by its name in any language, whatever name the bulletin printed") {
  const std::vector<std::string> munich = langs_found("place:München");
  REQUIRE(munich.size() == 9);
  for (const char* name : {"Munich", "Múnich", "Munique", "Мюнхен", "ميونخ", "慕尼黑", "ミュンヘン", "MÜNCHEN", "munchen"}) {
    INFO(name);
    CHECK(langs_found(std::string("place:") + name) == munich);
  }
  CHECK(langs_found("place:\"Portland\"") == std::vector<std::string>{"en:Seminar on maps"});
  CHECK(langs_found("place:Портленд") == std::vector<std::string>{"en:Seminar on maps"});
  // A place the gazetteer does not know is still found by its words, and a country by name.
  CHECK(langs_found("place:Oregon") == std::vector<std::string>{"en:Seminar on maps"});
  CHECK(langs_found("place:Allemagne").size() == 9);
  CHECK(langs_found("place:Lyon").empty());
}

TEST_CASE("the city facet counts a city once whatever language names it") {
  almanac::Searcher searcher({places_index().db});
  almanac::SearchRequest request;
  request.facets = true;
  auto response = searcher.search(request);
  REQUIRE(response.facets);
  CHECK(response.facets->city == std::map<std::string, std::size_t>{{"Munich", 9}, {"Portland", 1}});
  CHECK(almanac::to_json(response)["facets"]["city"]["Munich"] == 9);
}
