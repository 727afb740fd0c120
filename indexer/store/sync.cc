#include "almanac/sync.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include <signal.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "almanac/country.h"
#include "almanac/error.h"
#include "almanac/hash.h"
#include "almanac/indexer.h"
#include "almanac/schema.h"
#include "fields/cities.h"
#include "fields/gazetteer.h"
#include "fields/dates.h"
#include "store/mention.h"

namespace fs = std::filesystem;

namespace almanac {
namespace {

constexpr std::string_view kBulletinExtensions[] = {".html", ".htm", ".xhtml", ".xht",
                                                    ".xml", ".rss", ".atom"};

// What the index last saw of a bulletin (schema::kBulletinMetaPrefix).
struct SeenBulletin {
  std::string path;
  std::uintmax_t size = 0;
  std::int64_t mtime = 0;  // nanoseconds since the file clock's epoch
  std::string hash;
  std::size_t events = 0;
  bool is_failed = false;  // the last read failed; the events kept are older ones

  std::string to_json() const {
    return nlohmann::json{{"path", path}, {"size", size},     {"mtime", mtime},
                          {"hash", hash}, {"events", events}, {"failed", is_failed}}
        .dump();
  }
  static SeenBulletin from_json(const std::string& text) {
    auto j = nlohmann::json::parse(text);
    return {j.at("path"), j.at("size"), j.at("mtime"), j.at("hash"), j.at("events"), j.value("failed", false)};
  }
};

struct ArchiveFile {
  std::string path;
  std::uintmax_t size = 0;
  std::int64_t mtime = 0;
};

// A bulletin to read, and what reading it gave.
struct Task {
  ArchiveFile file;
  bool is_new = false;
  std::string hash;
  std::vector<Xapian::Document> documents;
  std::map<std::string, Xapian::termcount> spellings;  // words for "did you mean"
  std::map<std::string, std::vector<std::string>> place_names;  // GeoNames term → synonym keys
  std::size_t events = 0;
  std::string error;  // non-empty when reading failed
  bool is_unchanged = false;  // touched but the same bytes
};

bool is_bulletin_file(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(std::begin(kBulletinExtensions), std::end(kBulletinExtensions), ext) != std::end(kBulletinExtensions);
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

std::string normal_path(const fs::path& path) {
  std::string out = path.lexically_normal().generic_string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

ArchiveFile stat_file(const fs::path& path) {
  ArchiveFile f;
  f.path = normal_path(path);
  f.size = fs::file_size(path);
  f.mtime = std::chrono::duration_cast<std::chrono::nanoseconds>(fs::last_write_time(path).time_since_epoch()).count();
  return f;
}

// The bulletin files under the given paths, and the directory roots that were walked.
std::vector<ArchiveFile> scan(const std::vector<std::string>& paths, std::vector<std::string>& walked_roots,
                              std::vector<std::string>& named_files) {
  std::vector<ArchiveFile> files;
  for (const std::string& given : paths) {
    fs::path root(given);
    std::error_code ec;
    auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      // A named file that is gone is dropped from the index like a removed one.
      named_files.push_back(normal_path(root));
      continue;
    }
    if (fs::is_regular_file(status)) {
      files.push_back(stat_file(root));
      named_files.push_back(files.back().path);
      continue;
    }
    if (!fs::is_directory(status)) throw InputError(given + ": not a file or directory");
    walked_roots.push_back(normal_path(root));
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    if (ec) throw InputError(given + ": cannot read directory: " + ec.message());
    for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
      if (ec) throw InputError(given + ": cannot read directory: " + ec.message());
      if (is_hidden(it->path())) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && is_bulletin_file(it->path())) files.push_back(stat_file(it->path()));
    }
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  files.erase(std::unique(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path == b.path; }), files.end());
  return files;
}

bool is_under(const std::string& path, const std::string& root) {
  if (root == ".") return !path.starts_with("/") && !path.starts_with("../");
  return path == root || (path.size() > root.size() && path.starts_with(root) && path[root.size()] == '/');
}

std::map<std::string, SeenBulletin> read_seen(const Xapian::Database& db) {
  std::map<std::string, SeenBulletin> seen;
  std::string prefix(schema::kBulletinMetaPrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    SeenBulletin b = SeenBulletin::from_json(db.get_metadata(*it));
    seen.emplace(b.path, std::move(b));
  }
  return seen;
}

// Runs on a worker thread: reads the file, skips it when its bytes did not change, else
// extracts its events and lays out their documents.
void read_task(Task& task, const std::map<std::string, SeenBulletin>& seen, const ExtractOptions& options) {
  try {
    std::string bytes = read_bulletin_file(task.file.path);
    task.hash = hex64(fnv1a64(bytes));
    auto known = seen.find(task.file.path);
    if (known != seen.end() && !known->second.is_failed && known->second.hash == task.hash) {
      task.is_unchanged = true;
      return;
    }
    ExtractedBulletin bulletin = extract_bulletin(bytes, task.file.path, options);
    task.events = bulletin.events.size();
    for (const Event& event : bulletin.events) {
      task.documents.push_back(index::build_document(event));
      index::collect_spellings(task.documents.back(), task.spellings);
      index::collect_place_names(task.documents.back(), task.place_names);
    }
  } catch (const InputError& e) {
    std::string what = e.what();
    task.error = what.starts_with(task.file.path + ": ") ? what.substr(task.file.path.size() + 2) : what;
  } catch (const std::exception& e) {
    task.error = e.what();
  }
}

// Reads the tasks on `threads` threads in all, at most `window` bulletins ahead of the
// writer (so memory stays bounded), and hands them to the single writer in archive order.
// The writer is one of those threads: while the bulletin it needs next is not read yet,
// it reads one itself instead of waiting, so that no core idles whether reading or
// writing is the slower side (with threads == 1 it reads everything itself).
class ReadPipeline {
 public:
  ReadPipeline(std::vector<Task>& tasks, unsigned threads, std::size_t window,
               const std::map<std::string, SeenBulletin>& seen, const ExtractOptions& options)
      : tasks_(tasks), is_ready_(tasks.size(), false), window_(window), seen_(seen), options_(options) {
    for (unsigned j = 1; j < threads && j < tasks.size(); ++j) workers_.emplace_back([this] { work(); });
  }

  ~ReadPipeline() {
    {
      std::lock_guard lock(mutex_);
      is_stopping_ = true;
    }
    changed_.notify_all();
    for (auto& w : workers_) w.join();
  }

  // Task i, once read (by a worker, or by the calling writer thread meanwhile). Tasks
  // must be taken in order, each once.
  Task& take(std::size_t i) {
    std::unique_lock lock(mutex_);
    while (!is_ready_[i]) {
      if (std::optional<std::size_t> j = claim()) {
        lock.unlock();
        read(*j);
        lock.lock();
        continue;
      }
      changed_.wait(lock, [&] { return is_ready_[i]; });
    }
    return tasks_[i];
  }

  // The writer is done with task i: its memory is released and a worker may read on.
  void release(std::size_t i) {
    tasks_[i].documents = {};
    tasks_[i].spellings = {};
    {
      std::lock_guard lock(mutex_);
      consumed_ = i + 1;
    }
    changed_.notify_all();
  }

 private:
  // The next task to read, if any is left within the window. Call with mutex_ held.
  std::optional<std::size_t> claim() {
    if (next_ >= tasks_.size() || next_ >= consumed_ + window_) return std::nullopt;
    return next_++;
  }

  void read(std::size_t i) {
    read_task(tasks_[i], seen_, options_);
    {
      std::lock_guard lock(mutex_);
      is_ready_[i] = true;
    }
    changed_.notify_all();
  }

  void work() {
    while (true) {
      std::optional<std::size_t> i;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return is_stopping_ || next_ >= tasks_.size() || next_ < consumed_ + window_; });
        if (is_stopping_ || !(i = claim())) return;
      }
      read(*i);
    }
  }

  std::vector<Task>& tasks_;
  std::vector<bool> is_ready_;
  std::size_t window_;
  const std::map<std::string, SeenBulletin>& seen_;
  const ExtractOptions& options_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t next_ = 0;      // the next task a thread takes
  std::size_t consumed_ = 0;  // tasks the writer is done with
  bool is_stopping_ = false;
  std::vector<std::thread> workers_;
};

std::string utc_now() {
  std::time_t now = std::time(nullptr);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  return buffer;
}

// A staging directory is named after the process that made it.
constexpr std::string_view kStagingInfix = ".creating-";

// Removes the staging directories that syncs killed while creating this index left
// behind: those whose process is gone.
void remove_dead_staging(const fs::path& target) {
  std::error_code ec;
  fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string stem = target.filename().string() + std::string(kStagingInfix);
  constexpr std::size_t kMaxPidDigits = 9;
  std::vector<fs::path> dead;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.starts_with(stem)) continue;
    std::string pid_text = name.substr(stem.size());
    if (pid_text.empty() || pid_text.size() > kMaxPidDigits ||
        pid_text.find_first_not_of("0123456789") != std::string::npos)
      continue;
    auto pid = static_cast<pid_t>(std::stol(pid_text));
    if (pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
    dead.push_back(it->path());
  }
  for (const fs::path& path : dead) fs::remove_all(path, ec);
}

// Creates a missing index whole or not at all: it is made empty in a sibling directory
// and renamed into place, so that a crash while Xapian writes its first files never
// leaves a half-made index that neither readers nor the next sync could open; the
// staging directory of a sync killed meanwhile is removed by the next one.
void create_index(const std::string& db) {
  fs::path target(db);
  std::error_code ec;
  if (fs::exists(target, ec)) return;
  remove_dead_staging(target);
  fs::path staging = target;
  staging += std::string(kStagingInfix) + std::to_string(::getpid());
  fs::remove_all(staging, ec);
  try {
    Xapian::WritableDatabase fresh(staging.string(), Xapian::DB_CREATE);
    fresh.commit();
  } catch (const Xapian::Error& e) {
    throw IndexError("index " + db + ": cannot create: " + e.get_description());
  }
  fs::rename(staging, target, ec);
  if (ec) {
    fs::remove_all(staging, ec);  // another process created it first
    if (!fs::exists(target, ec)) throw IndexError("index " + db + ": cannot create: " + ec.message());
  }
}

// Opens the index for writing; when another sync holds it, fails at once, or with
// `wait` retries until that sync is done.
Xapian::WritableDatabase open_writable(const std::string& db, bool wait = false) {
  create_index(db);
  while (true) {
    try {
      return Xapian::WritableDatabase(db, Xapian::DB_OPEN);
    } catch (const Xapian::DatabaseLockError&) {
      if (!wait) throw IndexError("index " + db + " is being updated by another sync");
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    } catch (const Xapian::Error& e) {
      throw IndexError("index " + db + ": cannot open for writing: " + e.get_description());
    }
  }
}

// Records how many distinct events the index holds (schema.h), before a last commit.
void record_distinct_events(Xapian::WritableDatabase& db) {
  db.set_metadata(std::string(schema::kDistinctEventsKey),
                  std::to_string(schema::count_distinct_events(db)) + " " + std::to_string(db.get_doccount()));
}

void drop_bulletin(Xapian::WritableDatabase& db, const std::string& path) {
  db.delete_document(schema::bulletin_term(path));
  db.set_metadata(schema::bulletin_meta_key(path), "");
}

// The mention id term of a document (its kIdPrefix term).
std::string mention_id_term(const Xapian::Document& doc) {
  std::string prefix(schema::kIdPrefix);
  auto it = doc.termlist_begin();
  it.skip_to(prefix);
  return it != doc.termlist_end() && (*it).starts_with(prefix) ? *it : std::string();
}

void add_spellings(Xapian::WritableDatabase& db, const std::map<std::string, Xapian::termcount>& words) {
  for (const auto& [word, count] : words) db.add_spelling(word, count);
}

// Brings the mentions of a re-read bulletin up to date one by one: a mention whose data
// did not change keeps its document, a changed one is replaced, one that is gone is
// deleted. A revised bulletin usually changes one event of several, and an untouched
// document costs two lookups instead of removing and re-adding every one of its terms.
// Returns false, having written nothing, when mention ids do not pair old documents with
// new ones one to one (the caller then replaces them all).
bool write_changed_mentions(Xapian::WritableDatabase& db, const Task& t) {
  std::set<Xapian::docid> old_docs;
  std::string bulletin = schema::bulletin_term(t.file.path);
  for (auto it = db.postlist_begin(bulletin); it != db.postlist_end(bulletin); ++it) old_docs.insert(*it);

  // Each new mention and the old document with its id (0: none).
  std::vector<Xapian::docid> pairs;
  std::set<std::string> ids;
  for (const Xapian::Document& doc : t.documents) {
    std::string id = mention_id_term(doc);
    if (id.empty() || !ids.insert(id).second) return false;
    Xapian::docid old = 0;
    if (auto it = db.postlist_begin(id); it != db.postlist_end(id)) {
      old = *it;
      if (!old_docs.count(old) || ++it != db.postlist_end(id)) return false;  // not one to one
    }
    pairs.push_back(old);
  }

  std::map<std::string, Xapian::termcount> spellings;  // of the mentions written
  for (std::size_t i = 0; i < t.documents.size(); ++i) {
    const Xapian::Document& doc = t.documents[i];
    if (Xapian::docid old = pairs[i]) {
      old_docs.erase(old);
      // Equal data, equal document (build_document).
      if (db.get_document(old, Xapian::DOC_ASSUME_VALID).get_data() == doc.get_data()) continue;
      db.replace_document(old, doc);
    } else {
      db.add_document(doc);
    }
    index::collect_spellings(doc, spellings);
  }
  for (Xapian::docid gone : old_docs) db.delete_document(gone);
  add_spellings(db, spellings);
  return true;
}

// Makes the names of the task's cities, in every language, synonyms of their GeoNames
// terms (schema.h), for the cities whose names the index does not hold yet: the first
// key of a city leads to its term once its names are written. `named` remembers the
// cities met in this run.
void add_place_names(Xapian::WritableDatabase& db, const Task& t, std::set<std::string>& named) {
  for (const auto& [term, keys] : t.place_names) {
    if (keys.empty() || !named.insert(term).second) continue;
    bool is_known = false;
    for (auto it = db.synonyms_begin(keys.front()); it != db.synonyms_end(keys.front()) && !is_known; ++it)
      is_known = *it == term;
    if (is_known) continue;
    for (const std::string& key : keys) db.add_synonym(key, term);
  }
}

// Writes what reading one bulletin gave: its new events in place of its old ones, or,
// when it failed, only the failure (its old events stay until a good version comes).
void write_task(Xapian::WritableDatabase& db, const Task& t, const std::map<std::string, SeenBulletin>& seen,
                const SyncOptions& options, SyncSummary& summary, std::set<std::string>& named_places) {
  auto known = seen.find(t.file.path);
  SeenBulletin record;
  if (known != seen.end()) record = known->second;
  record.path = t.file.path;
  if (!t.error.empty()) {
    ++summary.failed;
    if (options.on_failure) options.on_failure(t.file.path, t.error);
    record.is_failed = true;
    db.set_metadata(schema::bulletin_meta_key(t.file.path), record.to_json());
    return;
  }
  record.size = t.file.size;
  record.mtime = t.file.mtime;
  if (t.is_unchanged) {  // touched, same bytes: remember the new mtime only
    ++summary.unchanged;
    db.set_metadata(schema::bulletin_meta_key(t.file.path), record.to_json());
    return;
  }
  // A new bulletin has no events in the index (its documents and its record are
  // committed together), so they are added, never looked up; a changed one has only its
  // changed mentions rewritten.
  if (t.is_new || !write_changed_mentions(db, t)) {
    if (!t.is_new) db.delete_document(schema::bulletin_term(t.file.path));
    for (const Xapian::Document& doc : t.documents) db.add_document(doc);
    add_spellings(db, t.spellings);
  }
  add_place_names(db, t, named_places);
  record.hash = t.hash;
  record.events = t.events;
  record.is_failed = false;
  db.set_metadata(schema::bulletin_meta_key(t.file.path), record.to_json());
  summary.events += t.events;
  if (t.is_new) ++summary.added;
  else ++summary.updated;
}

}  // namespace

std::string to_string(const SyncSummary& s) {
  std::ostringstream out;
  out << "scanned " << s.scanned << ", added " << s.added << ", updated " << s.updated << ", removed "
      << s.removed << ", unchanged " << s.unchanged << ", events " << s.events << ", failed " << s.failed;
  return out.str();
}

SyncSummary sync_archive(const std::vector<std::string>& paths, const SyncOptions& options) {
  // The tables every reading of a bulletin uses (country and city names, date
  // expressions from ICU's locale data: ~0.1 s) are built on a thread of their own while
  // the archive is scanned, instead of by the first reader while the others wait.
  std::jthread warm_up([] {
    try {
      (void)country_code("");
      (void)index::city_country("");
      (void)index::Gazetteer::instance();
      (void)index::date_finder();
    } catch (const std::exception&) {
      // A reader meets the same failure again and reports it.
    }
  });
  std::vector<std::string> roots, named;
  std::vector<ArchiveFile> files = scan(paths, roots, named);
  Xapian::WritableDatabase db = open_writable(options.db, options.wait);
  try {
    if (db.get_metadata(std::string(schema::kSchemaVersionKey)).empty())
      db.set_metadata(std::string(schema::kSchemaVersionKey), std::string(schema::kSchemaVersion));
    std::map<std::string, SeenBulletin> seen = read_seen(db);

    SyncSummary summary;
    summary.scanned = files.size();
    std::set<std::string> present;
    std::vector<Task> tasks;
    for (const ArchiveFile& f : files) {
      present.insert(f.path);
      auto known = seen.find(f.path);
      if (known != seen.end() && !known->second.is_failed && known->second.size == f.size &&
          known->second.mtime == f.mtime) {
        ++summary.unchanged;
        continue;
      }
      Task t;
      t.file = f;
      t.is_new = known == seen.end();
      tasks.push_back(std::move(t));
    }

    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    ExtractOptions extract_options{options.fallback_lang};
    std::size_t batch = std::max<std::size_t>(1, options.batch_size);
    auto commit = [&] {
      db.set_metadata(std::string(schema::kLastSyncKey), utc_now());
      db.commit();
    };
    // Readers start at once; the writer first drops the bulletins that are gone (under a
    // walked root, or named) while they read.
    ReadPipeline pipeline(tasks, jobs, std::max<std::size_t>(batch, 4 * jobs), seen, extract_options);
    for (const auto& entry : seen) {
      const std::string& path = entry.first;
      if (present.count(path)) continue;
      bool is_in_scope = std::find(named.begin(), named.end(), path) != named.end() ||
                         std::any_of(roots.begin(), roots.end(), [&](const std::string& r) { return is_under(path, r); });
      if (!is_in_scope) continue;
      drop_bulletin(db, path);
      ++summary.removed;
    }
    std::size_t written = 0;
    std::set<std::string> named_places;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
      if (options.should_stop && options.should_stop()) {
        summary.is_interrupted = true;
        break;
      }
      Task& t = pipeline.take(i);
      write_task(db, t, seen, options, summary, named_places);
      pipeline.release(i);
      if (++written % batch == 0) commit();
      if (options.on_progress) options.on_progress(i + 1, tasks.size());
    }
    record_distinct_events(db);
    commit();
    return summary;
  } catch (const Xapian::Error& e) {
    throw IndexError("index " + options.db + ": " + e.get_description());
  }
}

std::size_t remove_bulletins(const std::string& db_path, const std::vector<std::string>& paths) {
  Xapian::WritableDatabase db = open_writable(db_path);
  try {
    std::size_t removed = 0;
    auto seen = read_seen(db);
    for (const std::string& given : paths) {
      std::string target = normal_path(given);
      for (const auto& [path, b] : seen) {
        if (path != target && !is_under(path, target)) continue;
        drop_bulletin(db, path);
        ++removed;
      }
    }
    record_distinct_events(db);
    db.commit();
    return removed;
  } catch (const Xapian::Error& e) {
    throw IndexError("index " + db_path + ": " + e.get_description());
  }
}

}  // namespace almanac
