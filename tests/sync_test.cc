// Sync: incremental, parallel, crash-safe, on real files and a real index on disk.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "almanac/error.h"
#include "almanac/schema.h"
#include "almanac/searcher.h"
#include "almanac/sync.h"
#include "support.h"

namespace fs = std::filesystem;

namespace {

using almanac::test::source_path;

const std::string kIndex = ALMANAC_INDEX_BIN;

// An archive made of copies of corpus bulletins, under dir/archive.
struct Archive {
  almanac::test::TempDir dir;
  std::string root = dir / "archive";
  std::string db = dir / "db";

  Archive() { fs::create_directories(root); }

  void add(const std::string& corpus_name, const std::string& as) {
    fs::create_directories(fs::path(root + "/" + as).parent_path());
    fs::copy_file(source_path("corpus/" + corpus_name), root + "/" + as, fs::copy_options::overwrite_existing);
  }

  almanac::SyncSummary sync(std::vector<std::string> paths = {}, std::size_t batch = 500) const {
    almanac::SyncOptions options;
    options.db = db;
    options.batch_size = batch;
    options.jobs = 2;
    if (paths.empty()) paths = {root};
    return almanac::sync_archive(paths, options);
  }

  almanac::IndexStats stats() const { return almanac::read_stats(db); }

  std::vector<std::string> bulletins_of(const std::string& query) const {
    almanac::Searcher searcher({db});
    almanac::SearchRequest request;
    request.query = query;
    request.limit = 100;
    std::vector<std::string> out;
    for (const auto& hit : searcher.search(request).results)
      for (const auto& b : hit.bulletins) out.push_back(b.substr(root.size() + 1));
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string summary(const almanac::SyncSummary& s) { return almanac::to_string(s); }

// Events in the corpus files used below.
constexpr std::size_t kSeedEvents = 3;  // flash-info-2018-05.html
constexpr std::size_t kGtffEvents = 6;  // gtff-2018-06-en.html

}  // namespace

TEST_CASE("sync counts added, unchanged, updated and removed bulletins exactly") {
  Archive a;
  a.add("flash-info-2018-05.html", "2018/flash.html");
  a.add("gtff-2018-06-en.html", "2018/gtff.html");
  CHECK(summary(a.sync()) == "scanned 2, added 2, updated 0, removed 0, unchanged 0, events 9, failed 0");
  CHECK(summary(a.sync()) == "scanned 2, added 0, updated 0, removed 0, unchanged 2, events 0, failed 0");

  // A touched file with the same bytes is not read again.
  fs::last_write_time(a.root + "/2018/flash.html", fs::file_time_type::clock::now() + std::chrono::hours(1));
  CHECK(summary(a.sync()) == "scanned 2, added 0, updated 0, removed 0, unchanged 2, events 0, failed 0");

  // A changed file is read again and replaces its events.
  a.add("isph-2018-09-en.html", "2018/flash.html");
  CHECK(summary(a.sync()) == "scanned 2, added 0, updated 1, removed 0, unchanged 1, events 5, failed 0");
  CHECK(a.stats().events == kGtffEvents + 5);
  CHECK(a.bulletins_of("mis-invoicing").empty());

  // A removed file loses its events.
  fs::remove(a.root + "/2018/gtff.html");
  CHECK(summary(a.sync()) == "scanned 1, added 0, updated 0, removed 1, unchanged 1, events 0, failed 0");
  CHECK(a.stats().events == 5);
  CHECK(a.stats().bulletins == 1);
}

// Title → Xapian document id of every mention in the index.
std::map<std::string, Xapian::docid> documents_by_title(const std::string& db_path) {
  Xapian::Database db(db_path);
  std::map<std::string, Xapian::docid> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
    out[almanac::event_from_data(db.get_document(*it).get_data()).title] = *it;
  return out;
}

TEST_CASE("a revised bulletin rewrites only its changed mentions; unchanged ones keep their documents") {
  Archive a;
  a.add("gtff-2018-06-en.html", "gtff.html");
  a.sync();
  auto before = documents_by_title(a.db);
  REQUIRE(before.size() == kGtffEvents);

  std::string path = a.root + "/gtff.html";
  std::string html = almanac::test::read_file(path);
  auto replace = [&](const std::string& from, const std::string& to) {
    auto at = html.find(from);
    REQUIRE(at != std::string::npos);
    html.replace(at, from.size(), to);
  };
  replace("Interpretation will be provided in English and French.", "Interpretation will be provided in Portuguese.");
  auto webinar = html.find("<h2>Webinar: Measuring Release Times</h2>");
  auto next = html.find("<h2>Single Window", webinar);
  REQUIRE((webinar != std::string::npos && next != std::string::npos));
  html.erase(webinar, next - webinar);
  almanac::test::write_file(path, html);

  CHECK(summary(a.sync()) == "scanned 1, added 0, updated 1, removed 0, unchanged 0, events 5, failed 0");
  auto after = documents_by_title(a.db);
  CHECK(after.size() == kGtffEvents - 1);
  CHECK(!after.count("Webinar: Measuring Release Times"));
  for (const char* kept : {"Technology and Innovation Forum 2018", "Global Conference on Trade Facilitation and Small Businesses",
                           "Single Window Practitioners’ Meeting", "Trade Facilitation Week"}) {
    INFO(kept);
    REQUIRE(after.count(kept));
    CHECK(after[kept] == before[kept]);  // not rewritten
  }
  CHECK(a.bulletins_of("portuguese") == std::vector<std::string>{"gtff.html"});
  CHECK(a.bulletins_of("interpretation french").empty());
  CHECK(a.bulletins_of("\"release times\"").empty());
  CHECK(a.stats().events == kGtffEvents - 1);
}

TEST_CASE("a renamed bulletin keeps no stale copy of its events") {
  Archive a;
  a.add("flash-info-2018-05.html", "old-name.html");
  a.sync();
  fs::rename(a.root + "/old-name.html", a.root + "/new-name.html");
  CHECK(summary(a.sync()) == "scanned 1, added 1, updated 0, removed 1, unchanged 0, events 3, failed 0");
  CHECK(a.bulletins_of("mis-invoicing") == std::vector<std::string>{"new-name.html"});
  CHECK(a.stats().events == kSeedEvents);
}

TEST_CASE("a sync of one folder never touches the bulletins of another") {
  Archive a;
  a.add("flash-info-2018-05.html", "2018/flash.html");
  a.add("gtff-2018-06-en.html", "2019/gtff.html");
  a.sync();
  fs::remove(a.root + "/2019/gtff.html");
  CHECK(summary(a.sync({a.root + "/2018"})) == "scanned 1, added 0, updated 0, removed 0, unchanged 1, events 0, failed 0");
  CHECK(a.stats().events == kSeedEvents + kGtffEvents);
  CHECK(summary(a.sync({a.root + "/2019"})) == "scanned 0, added 0, updated 0, removed 1, unchanged 0, events 0, failed 0");
  CHECK(a.stats().events == kSeedEvents);
}

TEST_CASE("remove drops the named bulletins and every bulletin under a named folder") {
  Archive a;
  a.add("flash-info-2018-05.html", "2018/flash.html");
  a.add("gtff-2018-06-en.html", "2019/gtff.html");
  a.add("gtff-2018-06-fr.html", "2019/gtff-fr.html");
  a.sync();
  CHECK(almanac::remove_bulletins(a.db, {a.root + "/2019"}) == 2);
  CHECK(a.stats().bulletins == 1);
  CHECK(almanac::remove_bulletins(a.db, {a.root + "/2018/flash.html"}) == 1);
  CHECK(a.stats().events == 0);
}

TEST_CASE("a bulletin that fails keeps its indexed events until a good version replaces it") {
  Archive a;
  a.add("flash-info-2018-05.html", "flash.html");
  a.sync();
  std::ofstream(a.root + "/flash.html", std::ios::trunc).close();  // now empty: unreadable
  std::vector<std::string> failures;
  almanac::SyncOptions options;
  options.db = a.db;
  options.on_failure = [&](const std::string& path, const std::string& reason) { failures.push_back(path + ": " + reason); };
  auto s = almanac::sync_archive({a.root}, options);
  CHECK(summary(s) == "scanned 1, added 0, updated 0, removed 0, unchanged 0, events 0, failed 1");
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].find("flash.html: ") != std::string::npos);
  CHECK(a.stats().events == kSeedEvents);
  CHECK(a.stats().failed_bulletins == 1);
  CHECK(a.bulletins_of("mis-invoicing") == std::vector<std::string>{"flash.html"});
  // Still failing: reported again, events still kept.
  CHECK(a.sync().failed == 1);
  CHECK(a.stats().events == kSeedEvents);
  a.add("flash-info-2018-05.html", "flash.html");
  CHECK(summary(a.sync()) == "scanned 1, added 0, updated 1, removed 0, unchanged 0, events 3, failed 0");
  CHECK(a.stats().failed_bulletins == 0);
}

TEST_CASE("the same event in two bulletins is two mentions of one distinct event") {
  Archive a;
  a.add("gtff-2018-06-en.html", "en.html");
  a.add("gtff-2018-06-fr.html", "fr.html");
  a.sync();
  auto stats = a.stats();
  CHECK(stats.events == 12);
  CHECK(stats.distinct_events == 6);
  // Recorded for the searcher's estimates: 6 events in 12 mentions.
  CHECK(Xapian::Database(a.db).get_metadata(std::string(almanac::schema::kDistinctEventsKey)) == "6 12");
}

TEST_CASE("a word whose bulletins are all removed is no longer suggested") {
  Archive a;
  a.add("gtff-2018-06-en.html", "gtff.html");  // the only bulletin saying "facilitation"
  a.add("flash-info-2018-05.html", "seed.html");
  a.sync();
  almanac::SearchRequest request;
  request.query = "facilitatiom";
  {
    auto response = almanac::Searcher({a.db}).search(request);
    CHECK(response.results.empty());
    REQUIRE(response.suggestion);
    CHECK(*response.suggestion == "facilitation");
  }
  fs::remove(a.root + "/gtff.html");
  CHECK(summary(a.sync()).find("removed 1") != std::string::npos);
  auto response = almanac::Searcher({a.db}).search(request);
  CHECK(response.results.empty());
  CHECK_FALSE(response.suggestion);
}

TEST_CASE("a second sync of the same index fails at once, or waits with --wait") {
  Archive a;
  a.add("flash-info-2018-05.html", "flash.html");
  Xapian::WritableDatabase holder(a.db, Xapian::DB_CREATE_OR_OPEN);  // holds the write lock
  auto r = almanac::test::run(kIndex + " sync --progress never --db " + almanac::test::quote(a.db) + " " + almanac::test::quote(a.root));
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("is being updated by another sync") != std::string::npos);

  almanac::test::Process waiting({kIndex, "sync", "--wait", "--progress", "never", "--db", a.db, a.root}, a.dir / "wait.out");
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  holder.close();
  CHECK(waiting.wait() == 0);
  CHECK(almanac::test::read_file(a.dir / "wait.out").find("added 1") != std::string::npos);
}

TEST_CASE("sync parallel workers give the same index as one worker") {
  Archive a;
  for (const char* name : {"flash-info-2018-05.html", "gtff-2018-06-en.html", "atb-2018-05-ru.html", "itfa-2018-06-zh.html",
                           "acb-2018-05-ar.html", "redaduanas-2018-10-es.html", "zollfachleute-2018-04-de.html"})
    a.add(name, name);
  almanac::test::TempDir other;
  almanac::SyncOptions one;
  one.db = other / "db";
  one.jobs = 1;
  almanac::sync_archive({a.root}, one);
  almanac::SyncOptions four;
  four.db = a.db;
  four.jobs = 4;
  four.batch_size = 2;
  almanac::sync_archive({a.root}, four);
  auto s1 = almanac::read_stats(one.db);
  auto s4 = a.stats();
  CHECK(s1.events == s4.events);
  CHECK(s1.distinct_events == s4.distinct_events);
  CHECK(s1.countries == s4.countries);
}

namespace {

// A bigger archive: `copies` copies of several corpus bulletins.
std::size_t fill_archive(Archive& a, int copies) {
  const std::vector<std::pair<std::string, std::size_t>> sources = {
      {"flash-info-2018-05.html", 3}, {"gtff-2018-06-en.html", 6}, {"atb-2018-05-ru.html", 6},
      {"itfa-2018-06-zh.html", 6},    {"acb-2018-05-ar.html", 5}};
  std::size_t events = 0;
  for (int c = 0; c < copies; ++c)
    for (const auto& [name, n] : sources) {
      a.add(name, std::string("c").append(std::to_string(c)).append("/").append(name));
      events += n;
    }
  return events;
}

}  // namespace

TEST_CASE("SIGINT stops sync at a commit boundary with exit 130, and the next sync finishes") {
  Archive a;
  std::size_t expected_events = fill_archive(a, 60);
  almanac::test::Process sync({kIndex, "sync", "--jobs", "1", "--batch", "5", "--progress", "never", "--db", a.db, a.root},
                              a.dir / "sync.out");
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  sync.signal(SIGINT);
  int code = sync.wait();
  CHECK((code == 130 || code == 0));  // 0 only if it had already finished
  if (code == 130) CHECK(almanac::test::read_file(a.dir / "sync.out.err").find("interrupted") != std::string::npos);
  auto partial = a.stats();
  CHECK(partial.events <= expected_events);
  auto rest = a.sync();
  CHECK(rest.failed == 0);
  CHECK(a.stats().events == expected_events);
  CHECK(a.stats().bulletins == 300);
}

TEST_CASE("the staging directory of a sync killed while creating the index is removed by the next sync") {
  Archive a;
  a.add("flash-info-2018-05.html", "flash.html");
  // A process that is gone: a child that has exited and been waited for.
  pid_t gone = ::fork();
  if (gone == 0) ::_exit(0);
  REQUIRE(gone > 0);
  ::waitpid(gone, nullptr, 0);
  fs::path dead = a.db + ".creating-" + std::to_string(gone);
  fs::path alive = a.db + ".creating-" + std::to_string(::getppid());  // a sync still at work
  fs::create_directories(dead);
  fs::create_directories(alive);
  std::ofstream(dead / "postlist.glass") << "half written";
  a.sync();
  CHECK(!fs::exists(dead));
  CHECK(fs::exists(alive));
  CHECK(a.stats().events == kSeedEvents);
}

TEST_CASE("a sync killed at any of 20 moments leaves an index that opens, and the next sync completes it") {
  Archive a;
  std::size_t expected_events = fill_archive(a, 20);
  std::size_t expected_bulletins = 100;
  // How long a whole sync takes here, to spread the kills over it.
  auto start = std::chrono::steady_clock::now();
  {
    almanac::test::TempDir probe;
    almanac::test::run(kIndex + " sync --batch 3 --progress never --db " + almanac::test::quote(probe / "db") + " " +
                       almanac::test::quote(a.root));
  }
  auto full = std::chrono::steady_clock::now() - start;
  for (int moment = 0; moment < 20; ++moment) {
    INFO("kill at moment " << moment);
    fs::remove_all(a.db);
    if (moment % 2 == 1) a.sync();  // odd moments: kill a sync that updates an existing index
    if (moment % 2 == 1) a.add("isph-2018-09-en.html", "c0/flash-info-2018-05.html");
    almanac::test::Process sync({kIndex, "sync", "--batch", "3", "--progress", "never", "--db", a.db, a.root});
    std::this_thread::sleep_for(full * moment / 20);
    sync.signal(SIGKILL);
    sync.wait();
    if (fs::exists(a.db)) {
      // The index opens and answers from its last committed state.
      CHECK_NOTHROW(almanac::read_stats(a.db));
      if (fs::exists(a.db + "/iamglass")) {
        almanac::Searcher searcher({a.db});
        CHECK_NOTHROW(searcher.search(almanac::SearchRequest{}));
      }
    }
    auto finish = a.sync();
    CHECK(finish.failed == 0);
    auto stats = a.stats();
    std::size_t events = expected_events + (moment % 2 == 1 ? 5 - 3 : 0);
    CHECK(stats.events == events);
    CHECK(stats.bulletins == expected_bulletins);
    if (moment % 2 == 1) a.add("flash-info-2018-05.html", "c0/flash-info-2018-05.html");
  }
}

TEST_CASE("searches while sync commits see the old or the new revision, never an error") {
  Archive a;
  std::size_t expected_events = fill_archive(a, 20);
  a.add("flash-info-2018-05.html", "first.html");
  a.sync({a.root + "/first.html"});
  almanac::Searcher searcher({a.db});
  std::atomic<bool> is_done{false};
  std::atomic<int> errors{0}, searches{0};
  std::string first_error;  // written by the reader only, read after it joined
  std::size_t last_total = 0;
  bool is_monotonic = true;
  std::thread reader([&] {
    while (!is_done) {
      try {
        almanac::SearchRequest request;
        request.limit = 1;
        auto total = searcher.search(request).total;
        if (total < last_total) is_monotonic = false;
        last_total = total;
        ++searches;
      } catch (const almanac::Error& e) {
        if (errors++ == 0) first_error = e.what();
      }
    }
  });
  a.sync({a.root}, 2);
  is_done = true;
  reader.join();
  CAPTURE(first_error);
  CHECK(errors == 0);
  CHECK(searches > 10);
  CHECK(is_monotonic);
  CHECK(a.stats().events == expected_events + kSeedEvents);
}

TEST_CASE("the progress line shows on request and never with --progress never") {
  Archive a;
  fill_archive(a, 2);
  using almanac::test::quote;
  auto shown = almanac::test::run(kIndex + " sync --progress always --db " + quote(a.db) + " " + quote(a.root));
  CHECK(shown.exit_code == 0);
  CHECK(shown.err.find("10/10 bulletins") != std::string::npos);
  CHECK(shown.err.find("/s") != std::string::npos);
  fs::remove_all(a.db);
  auto hidden = almanac::test::run(kIndex + " sync --progress never --db " + quote(a.db) + " " + quote(a.root));
  CHECK(hidden.exit_code == 0);
  CHECK(hidden.err.empty());
}

TEST_CASE("stats describes the index in text and in JSON") {
  Archive a;
  a.add("flash-info-2018-05.html", "flash.html");
  a.add("gtff-2018-06-fr.html", "gtff-fr.html");
  a.sync();
  using almanac::test::quote;
  auto text = almanac::test::run(kIndex + " stats --db " + quote(a.db));
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("events           9") != std::string::npos);
  CHECK(text.out.find("bulletins        2") != std::string::npos);
  auto json = nlohmann::json::parse(almanac::test::run(kIndex + " stats --format json --db " + quote(a.db)).out);
  CHECK(json["events"] == 9);
  CHECK(json["distinct_events"] == 9);
  CHECK(json["bulletins"] == 2);
  CHECK(json["failed_bulletins"] == 0);
  CHECK(json["languages"]["en"] == 3);
  CHECK(json["languages"]["fr"] == 6);
  CHECK(json["countries"]["BE"].get<int>() >= 1);
  CHECK(json["first_date"] == "2018-05-23");
  CHECK(json["size_bytes"].get<long>() > 0);
  CHECK(json["last_sync"].is_string());
  CHECK(json["schema"] == std::string(almanac::schema::kSchemaVersion));
  CHECK(text.out.find("schema           " + std::string(almanac::schema::kSchemaVersion) + "\n") != std::string::npos);
  auto missing = almanac::test::run(kIndex + " stats --db " + quote(a.dir / "nothing-here"));
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("nothing-here") != std::string::npos);
}
