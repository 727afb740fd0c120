// Keeps a Xapian index in step with an archive of bulletins (almanac-index sync, remove,
// stats). Sync diffs the archive against what the index last saw of each bulletin (size,
// mtime, content hash), reads only new and changed bulletins, on worker threads, and
// writes from one thread in committed batches: a crash leaves the index at its last
// commit, and the next sync finishes the work. A bulletin that fails to read keeps the
// events it had in the index until a good version replaces them.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "almanac/date.h"

namespace almanac {

struct SyncOptions {
  std::string db;              // index directory, created when missing
  unsigned jobs = 0;           // threads reading bulletins, the writer among them (it reads
                               // while it waits); 0 means one per core
  std::string fallback_lang;   // ExtractOptions::fallback_lang
  std::size_t batch_size = 500;  // bulletins per committed transaction
  bool wait = false;  // when another sync holds the index, wait for it instead of failing
  // Polled between bulletins; when it returns true the sync commits what it wrote and
  // stops (SyncSummary::is_interrupted). Called from the writer thread.
  std::function<bool()> should_stop;
  // Called from the writer thread for each bulletin that could not be read.
  std::function<void(const std::string& path, const std::string& reason)> on_failure;
  // Called after each bulletin written, with bulletins done and bulletins to read.
  std::function<void(std::size_t done, std::size_t total)> on_progress;
};

struct SyncSummary {
  std::size_t scanned = 0;    // bulletin files found under the given paths
  std::size_t added = 0;      // new bulletins read and indexed
  std::size_t updated = 0;    // changed bulletins read and reindexed
  std::size_t removed = 0;    // bulletins gone from a walked directory, events dropped
  std::size_t unchanged = 0;  // same size and mtime, or same content: not read again
  std::size_t events = 0;     // event mentions indexed from the added and updated ones
  std::size_t failed = 0;     // bulletins that could not be read or parsed
  bool is_interrupted = false;  // should_stop ended the run early, at a commit
};

// The summary line of INTERFACE.md: "scanned N, added N, ...".
std::string to_string(const SyncSummary& summary);

// Makes the index hold exactly the bulletins under `paths` (files, or directories walked
// recursively for *.html, *.htm, *.xhtml, *.xht, *.xml, *.rss, *.atom). Bulletins of the
// index outside these paths are not touched. Throws IndexError when the index cannot be
// opened or is being updated by another sync, InputError when a path does not exist.
SyncSummary sync_archive(const std::vector<std::string>& paths, const SyncOptions& options);

// Drops the given bulletins (or every bulletin under a given directory) from the index.
// Returns the number of bulletins removed.
std::size_t remove_bulletins(const std::string& db, const std::vector<std::string>& paths);

struct IndexStats {
  std::size_t events = 0;           // event mentions (documents)
  std::size_t distinct_events = 0;  // after collapsing re-announcements
  std::size_t bulletins = 0;
  std::size_t failed_bulletins = 0;
  std::vector<std::pair<std::string, std::size_t>> languages;  // code, events
  std::vector<std::pair<std::string, std::size_t>> countries;  // ISO code, events
  std::optional<Date> first_date;
  std::optional<Date> last_date;
  std::uintmax_t size_bytes = 0;
  std::string last_sync;  // ISO 8601 UTC, or "" when never synced
  std::string schema;     // schema.h's version the index was created with ("" if none)
};

IndexStats read_stats(const std::string& db);

}  // namespace almanac
