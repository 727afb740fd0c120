// almanac-index: builds the index and keeps it in step with the bulletin archive.
// Option wiring only; the work is in almanac_indexer (indexer.h, sync.h).
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "almanac/error.h"
#include "almanac/schema.h"
#include "almanac/indexer.h"
#include "almanac/sync.h"

namespace {

// Set by SIGINT / SIGTERM: the sync stops at the next commit boundary.
std::atomic<bool> g_stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void request_stop(int signal_number) {
  g_stop_requested = true;
  ::signal(signal_number, SIG_DFL);  // a second Ctrl-C ends the process at once
}

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = request_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

// "\ralmanac-index: 1200/5000 bulletins, 240/s, 16 s left", at most ten times a second.
class ProgressLine {
 public:
  void operator()(std::size_t done, std::size_t total) {
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    std::fprintf(stderr, "\ralmanac-index: %zu/%zu bulletins, %.0f/s", done, total, rate);
    if (done < total && rate > 0)
      std::fprintf(stderr, ", %.0f s left  ", static_cast<double>(total - done) / rate);
    else
      std::fprintf(stderr, "            \n");
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

int run_extract(const std::vector<std::string>& paths, const std::string& lang) {
  int status = 0;
  for (const std::string& path : paths) {
    try {
      almanac::ExtractedBulletin bulletin = almanac::extract_file(path, {lang});
      for (const almanac::Event& event : bulletin.events) std::cout << almanac::to_json(event).dump() << '\n';
    } catch (const almanac::InputError& e) {
      std::cerr << "almanac-index: " << e.what() << '\n';
      status = 1;
    }
  }
  return status;
}

// Exit code of a sync stopped by SIGINT at a commit boundary (128 + SIGINT).
constexpr int kInterruptedExit = 130;

int run_sync(const std::vector<std::string>& paths, const std::string& db, unsigned jobs,
             std::size_t batch, const std::string& progress, const std::string& lang, bool wait) {
  almanac::SyncOptions options;
  options.db = db;
  options.jobs = jobs;
  options.batch_size = batch;
  options.fallback_lang = lang;
  options.wait = wait;
  options.on_failure = [](const std::string& path, const std::string& reason) {
    std::cerr << "\ralmanac-index: " << path << ": " << reason << '\n';
  };
  options.should_stop = [] { return g_stop_requested.load(); };
  bool show_progress = progress == "always" || (progress == "auto" && isatty(STDERR_FILENO));
  if (show_progress) options.on_progress = ProgressLine();
  install_stop_handlers();
  almanac::SyncSummary summary = almanac::sync_archive(paths, options);
  std::cout << almanac::to_string(summary) << std::endl;
  if (summary.is_interrupted) {
    std::cerr << "almanac-index: interrupted; the index holds what was committed, run sync again to finish\n";
    return kInterruptedExit;
  }
  return summary.failed > 0 ? 1 : 0;
}

int run_stats(const std::string& db, const std::string& format) {
  almanac::IndexStats s = almanac::read_stats(db);
  auto date = [](const std::optional<almanac::Date>& d) { return d ? d->iso() : std::string("-"); };
  if (format == "json") {
    nlohmann::ordered_json j;
    j["events"] = s.events;
    j["distinct_events"] = s.distinct_events;
    j["bulletins"] = s.bulletins;
    j["failed_bulletins"] = s.failed_bulletins;
    j["languages"] = nlohmann::ordered_json::object();
    for (const auto& [code, n] : s.languages) j["languages"][code] = n;
    j["countries"] = nlohmann::ordered_json::object();
    for (const auto& [code, n] : s.countries) j["countries"][code] = n;
    j["first_date"] = s.first_date ? nlohmann::ordered_json(s.first_date->iso()) : nlohmann::ordered_json(nullptr);
    j["last_date"] = s.last_date ? nlohmann::ordered_json(s.last_date->iso()) : nlohmann::ordered_json(nullptr);
    j["size_bytes"] = s.size_bytes;
    j["last_sync"] = s.last_sync.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.last_sync);
    j["schema"] = s.schema.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.schema);
    std::cout << j.dump(2) << '\n';
    return 0;
  }
  auto list = [](const auto& counts) {
    std::string out;
    for (const auto& [code, n] : counts) out += (out.empty() ? "" : ", ") + code + " " + std::to_string(n);
    return out.empty() ? std::string("-") : out;
  };
  std::cout << "events           " << s.events << '\n'
            << "distinct events  " << s.distinct_events << '\n'
            << "bulletins        " << s.bulletins << '\n'
            << "failed bulletins " << s.failed_bulletins << '\n'
            << "languages        " << list(s.languages) << '\n'
            << "countries        " << list(s.countries) << '\n'
            << "dates            " << date(s.first_date) << " .. " << date(s.last_date) << '\n'
            << "size on disk     " << s.size_bytes << " bytes\n"
            << "last sync        " << (s.last_sync.empty() ? "-" : s.last_sync) << '\n'
            << "schema           " << (s.schema.empty() ? "-" : s.schema);
  // An index of an older schema is still searched, by a slower path: say how to upgrade.
  if (!s.schema.empty() && s.schema < std::string(almanac::schema::kSchemaVersion))
    std::cout << " (this version writes " << almanac::schema::kSchemaVersion
              << "; delete the index and sync again for faster searches)";
  std::cout << '\n';
  return 0;
}

}  // namespace

// Mentions Xapian buffers before it writes their postings to the tables (commits stay
// every --batch bulletins). With its default, 10,000, the buffer's sorted maps grow until
// their lookups cost more than the extra writes: on 20,000 bulletins 2,000 gave a full
// sync of 44-46 s instead of 46-47 s and ~90-100 MB peak instead of 150-210 MB, the index
// the same size (bench/RESULTS.md). Xapian reads it from the environment; a value set
// there wins.
constexpr const char* kXapianFlushThreshold = "2000";

int main(int argc, char** argv) {
  ::setenv("XAPIAN_FLUSH_THRESHOLD", kXapianFlushThreshold, /*overwrite=*/0);  // before any thread starts
  CLI::App app{"almanac-index: build and keep the Almanac index in step with a bulletin archive", "almanac-index"};
  app.require_subcommand(1);
  std::string db = almanac::schema::default_index_path();
  std::string lang;
  std::vector<std::string> paths;
  unsigned jobs = 0;
  std::string progress = "auto";
  std::string format = "text";

  CLI::App* sync = app.add_subcommand("sync", "index new and changed bulletins, drop removed ones");
  sync->add_option("--db", db, "index directory (default: $ALMANAC_DB or ./almanac.db)");
  sync->add_option("--jobs", jobs, "threads reading bulletins, the one writing the index among them (default: one per core)")->check(CLI::Range(1u, 256u));
  sync->add_option("--progress", progress, "progress line on stderr")->check(CLI::IsMember({"auto", "always", "never"}));
  sync->add_option("--lang", lang, "language of bulletins that declare none and cannot be detected");
  bool wait = false;
  sync->add_flag("--wait", wait, "wait for another sync of the same index instead of failing");
  std::size_t batch = almanac::SyncOptions{}.batch_size;
  sync->add_option("--batch", batch, "bulletins per committed transaction (default 500)")->check(CLI::Range(std::size_t{1}, std::size_t{1000000}));
  sync->add_option("PATH", paths, "bulletin files or directories")->required();

  CLI::App* extract = app.add_subcommand("extract", "print the events of bulletins as JSON lines");
  extract->add_option("--lang", lang, "language of bulletins that declare none and cannot be detected");
  extract->add_option("PATH", paths, "bulletin files")->required();

  CLI::App* remove = app.add_subcommand("remove", "drop bulletins from the index");
  remove->add_option("--db", db, "index directory (default: $ALMANAC_DB or ./almanac.db)");
  remove->add_option("PATH", paths, "bulletin files or directories")->required();

  CLI::App* stats = app.add_subcommand("stats", "describe the index");
  stats->add_option("--db", db, "index directory (default: $ALMANAC_DB or ./almanac.db)");
  stats->add_option("--format", format, "output format")->check(CLI::IsMember({"text", "json"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "almanac-index: " << e.what() << '\n';
    return 2;
  }

  try {
    if (*extract) return run_extract(paths, lang);
    if (*sync) return run_sync(paths, db, jobs, batch, progress, lang, wait);
    if (*remove) {
      std::size_t n = almanac::remove_bulletins(db, paths);
      std::cout << "removed " << n << '\n';
      return 0;
    }
    if (*stats) return run_stats(db, format);
  } catch (const almanac::Error& e) {
    std::cerr << "almanac-index: " << e.what() << '\n';
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "almanac-index: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
