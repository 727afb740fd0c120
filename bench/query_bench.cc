// Query latency, in process and warm: almanac::Searcher::search against a plain
// Xapian::Enquire + Xapian::QueryParser on omindex's database, with the same words.
//
//   query_bench QUERIES.tsv ALMANAC_DB [OMINDEX_DB] [--passes N] [--limit N] [--dump FILE]
//
// QUERIES.tsv holds one query a line, `words<TAB>from<TAB>to` (bench/queries.py). Every
// query runs once to warm the caches, then N timed passes (default 1) run them all again,
// each timed alone with std::chrono::steady_clock. Almanac gets the words and the date
// range (--limit results, default 10, relevance order, no facets); Xapian gets the same words through
// QueryParser (stemmer "english", STEM_SOME, FLAG_DEFAULT, default operator AND as in
// Almanac, where every word must match) and fetches the data of its top documents;
// omindex's database has no event dates, so the range is not applied there.
//
// --dump writes every timed query as `engine<TAB>ms<TAB>results<TAB>words<TAB>from<TAB>to`.
// Prints one line per engine:
//   almanac queries=1000 p50_ms=… p95_ms=… p99_ms=… mean_ms=… max_ms=… empty=… errors=…
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "almanac/error.h"
#include "almanac/searcher.h"

namespace {

struct Query {
  std::string words;
  std::string from;
  std::string to;
};

std::vector<Query> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "query_bench: cannot read %s\n", path.c_str());
    std::exit(1);
  }
  std::vector<Query> queries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Query q;
    std::size_t a = line.find('\t');
    q.words = line.substr(0, a);
    if (a != std::string::npos) {
      std::size_t b = line.find('\t', a + 1);
      q.from = line.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
      if (b != std::string::npos) q.to = line.substr(b + 1);
    }
    queries.push_back(q);
  }
  return queries;
}

std::ofstream dump;

struct Stats {
  std::vector<double> ms;
  std::size_t empty = 0;
  std::size_t errors = 0;
};

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(std::ceil(p * static_cast<double>(v.size())));
  return v[std::min(v.size() - 1, i == 0 ? 0 : i - 1)];
}

void report(const char* name, const Stats& s, std::size_t queries) {
  double sum = 0, max = 0;
  for (double x : s.ms) {
    sum += x;
    max = std::max(max, x);
  }
  std::printf("%s queries=%zu p50_ms=%.4f p95_ms=%.4f p99_ms=%.4f mean_ms=%.4f max_ms=%.4f empty=%zu errors=%zu\n",
              name, queries, percentile(s.ms, 0.50), percentile(s.ms, 0.95), percentile(s.ms, 0.99),
              s.ms.empty() ? 0.0 : sum / static_cast<double>(s.ms.size()), max, s.empty, s.errors);
}

// Runs every query once untimed, then `passes` timed passes; run() returns the number of
// results and throws on a bad query.
Stats bench(const char* name, const std::vector<Query>& queries, int passes,
            const std::function<std::size_t(const Query&)>& run) {
  Stats stats;
  for (const Query& q : queries) {
    try {
      run(q);
    } catch (const std::exception&) {
    }
  }
  for (int p = 0; p < passes; ++p) {
    for (const Query& q : queries) {
      auto start = std::chrono::steady_clock::now();
      std::size_t n = 0;
      bool ok = true;
      try {
        n = run(q);
      } catch (const std::exception&) {
        ok = false;
      }
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      if (!ok) {
        if (p == 0) ++stats.errors;
        continue;
      }
      stats.ms.push_back(ms);
      if (p == 0 && n == 0) ++stats.empty;
      if (dump) dump << name << '\t' << ms << '\t' << n << '\t' << q.words << '\t' << q.from << '\t' << q.to << '\n';
    }
  }
  return stats;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args;
  int passes = 1;
  int limit = 10;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--passes" && i + 1 < argc) {
      passes = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--limit" && i + 1 < argc) {
      limit = std::max(0, std::atoi(argv[++i]));
    } else if (a == "--dump" && i + 1 < argc) {
      dump.open(argv[++i]);
    } else {
      args.push_back(a);
    }
  }
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: query_bench QUERIES.tsv ALMANAC_DB [OMINDEX_DB] [--passes N] [--limit N] [--dump FILE]\n");
    return 2;
  }
  std::vector<Query> queries = read_queries(args[0]);

  try {
    almanac::Searcher searcher({args[1]});
    Stats s = bench("almanac", queries, passes, [&](const Query& q) {
      almanac::SearchRequest request;
      request.query = q.words;
      if (!q.from.empty()) request.from = q.from;
      if (!q.to.empty()) request.to = q.to;
      request.limit = static_cast<std::size_t>(limit);
      return searcher.search(request).results.size();
    });
    report("almanac", s, queries.size());
  } catch (const almanac::Error& e) {
    std::fprintf(stderr, "query_bench: %s\n", e.what());
    return 1;
  }

  if (args.size() > 2) {
    try {
      Xapian::Database db(args[2]);
      Xapian::Enquire enquire(db);
      Xapian::QueryParser parser;
      parser.set_stemmer(Xapian::Stem("english"));
      parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
      parser.set_database(db);
      parser.set_default_op(Xapian::Query::OP_AND);
      std::size_t bytes = 0;
      Stats s = bench("xapian", queries, passes, [&](const Query& q) {
        enquire.set_query(parser.parse_query(q.words, Xapian::QueryParser::FLAG_DEFAULT));
        Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
        for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) bytes += it.get_document().get_data().size();
        return static_cast<std::size_t>(mset.size());
      });
      report("xapian", s, queries.size());
      if (bytes == 0) std::fprintf(stderr, "query_bench: xapian returned no document data\n");
    } catch (const Xapian::Error& e) {
      std::fprintf(stderr, "query_bench: %s\n", e.get_description().c_str());
      return 1;
    }
  }
  return 0;
}
