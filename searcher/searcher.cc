#include "almanac/searcher.h"

#include <charconv>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>
#include <tuple>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "almanac/analyzer.h"
#include "almanac/country.h"
#include "almanac/error.h"
#include "almanac/schema.h"
#include "query.h"
#include "snippet.h"

namespace almanac {
namespace {

// How many matching mentions the match always examines: below this many `total` is
// exact whatever page is asked for; above it, an estimate (INTERFACE.md allows one for
// large result sets), which spares large result sets a full count.
constexpr Xapian::doccount kCheckAtLeast = 100;
// The deepest page end (offset + limit) a large result set is paged for without
// Xapian's collapse (distinct_page); deeper pages let Xapian collapse.
constexpr std::size_t kMaxDistinctPageEnd = 100;
// Retries of a search whose revision was replaced under it by a commit, each after a
// pause one millisecond longer than the last (at most 36 ms in all), so that a writer
// committing batch after batch on a loaded machine cannot starve a reader.
constexpr int kMaxReopens = 8;

// Counts the facets over every document the match considers.
class FacetSpy : public Xapian::MatchSpy {
 public:
  explicit FacetSpy(Facets& facets) : facets_(facets) {}
  void operator()(const Xapian::Document& doc, double) override {
    std::string key = doc.get_value(schema::kCollapseSlot);
    if (!seen_.insert(key).second) return;  // one count per event, not per mention
    auto start = Date::from_yyyymmdd(doc.get_value(schema::kStartSlot));
    auto end = Date::from_yyyymmdd(doc.get_value(schema::kEndSlot));
    if (start && end)
      for (int y = start->year; y <= end->year; ++y) ++facets_.year[std::to_string(y)];
    if (std::string c = doc.get_value(schema::kCountrySlot); !c.empty()) ++facets_.country[c];
    if (std::string l = doc.get_value(schema::kLangSlot); !l.empty()) ++facets_.lang[l];
    if (std::string c = doc.get_value(schema::kCitySlot); !c.empty()) ++facets_.city[c];
  }

 private:
  Facets& facets_;
  std::set<std::string> seen_;
};

// What the searcher needs to know of an index to build its queries.
struct IndexTraits {
  std::vector<std::string> stem_langs;  // languages of its events that have a stemmer
  search::WordTerms word_terms = search::WordTerms::kStemsOnly;
  double events_per_mention = 1;  // distinct events over mentions, in the whole index
};

IndexTraits read_traits(const Xapian::Database& db, const std::string& version) {
  IndexTraits traits;
  std::string prefix(schema::kLangPrefix);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    std::string lang = (*it).substr(prefix.size());
    if (Analyzer::has_stemmer(lang)) traits.stem_langs.push_back(lang);
  }
  // Distinct events as sync recorded them, while the mentions are still those it counted
  // (not between the commits of a running sync); else counted here, as in indexes of an
  // older version and several indexes searched as one.
  std::size_t events = 0, mentions = 0;
  std::string recorded = db.size() == 1 ? db.get_metadata(std::string(schema::kDistinctEventsKey)) : std::string();
  const char* end = recorded.data() + recorded.size();
  auto [after_events, events_error] = std::from_chars(recorded.data(), end, events);
  bool is_current = events_error == std::errc() && after_events != end && *after_events == ' ' &&
                    std::from_chars(after_events + 1, end, mentions).ec == std::errc() && mentions == db.get_doccount();
  if (!is_current) events = schema::count_distinct_events(db);
  if (db.get_doccount() > 0) traits.events_per_mention = std::min(1.0, static_cast<double>(events) / db.get_doccount());
  // Several indexes searched as one: Xapian answers with the first one's metadata.
  if (!version.empty() && version < std::string(schema::kSchemaStemsForEveryWord))
    traits.word_terms = search::WordTerms::kStemsAndPlain;
  return traits;
}

// The index's traits change only when documents come or go, or its schema: each thread
// keeps the ones it read last with the counts and schema it read them at, sparing every
// query a term scan.
const IndexTraits& index_traits(const Xapian::Database& db) {
  struct Cached {
    std::tuple<std::string, Xapian::doccount, Xapian::docid, Xapian::totallength, std::string> key;
    IndexTraits traits;
  };
  thread_local std::optional<Cached> cached;
  std::string version = db.get_metadata(std::string(schema::kSchemaVersionKey));
  auto key = std::make_tuple(db.get_uuid(), db.get_doccount(), db.get_lastdocid(), db.get_total_length(), version);
  if (!cached || cached->key != key) cached = Cached{key, read_traits(db, version)};
  return cached->traits;
}

}  // namespace

struct Searcher::State {
  std::vector<std::string> paths;
  std::mutex mutex;
  std::vector<std::unique_ptr<Xapian::Database>> idle;  // handles not in use

  std::unique_ptr<Xapian::Database> open() {
    auto db = std::make_unique<Xapian::Database>();
    for (const std::string& path : paths) {
      if (!std::filesystem::exists(path)) throw IndexError("index " + path + ": not found");
      try {
        db->add_database(Xapian::Database(path));
      } catch (const Xapian::Error& e) {
        throw IndexError("index " + path + ": cannot open: " + e.get_description());
      }
    }
    return db;
  }

  // A handle on the latest committed revision, owned by the caller until released.
  std::unique_ptr<Xapian::Database> acquire() {
    std::unique_ptr<Xapian::Database> db;
    {
      std::lock_guard lock(mutex);
      if (!idle.empty()) {
        db = std::move(idle.back());
        idle.pop_back();
      }
    }
    if (!db) return open();
    db->reopen();
    return db;
  }

  void release(std::unique_ptr<Xapian::Database> db) {
    std::lock_guard lock(mutex);
    idle.push_back(std::move(db));
  }

  // Runs fn(db) with a fresh handle, reopening on a revision replaced meanwhile.
  template <typename Fn>
  auto with_database(Fn&& fn) {
    for (int attempt = 0;; ++attempt) {
      try {
        std::unique_ptr<Xapian::Database> db = acquire();
        auto result = fn(*db);
        release(std::move(db));
        return result;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= kMaxReopens) throw IndexError("index changed too often during a search; try again");
        std::this_thread::sleep_for(std::chrono::milliseconds(attempt + 1));
      } catch (const Xapian::DatabaseOpeningError& e) {
        throw IndexError("index: cannot open: " + e.get_description());
      } catch (const Xapian::DatabaseError& e) {
        throw IndexError("index: " + e.get_description());
      }
    }
  }
};

SortOrder parse_sort_order(const std::string& text) {
  if (text == "relevance") return SortOrder::kRelevance;
  if (text == "date") return SortOrder::kDate;
  if (text == "-date") return SortOrder::kDateDescending;
  throw QueryError("bad sort '" + text + "': expected relevance, date or -date");
}

Searcher::Searcher(std::vector<std::string> databases) : state_(std::make_unique<State>()) {
  if (databases.empty()) throw IndexError("no index given");
  state_->paths = std::move(databases);
  state_->release(state_->open());
}

Searcher::~Searcher() = default;

namespace {

// The bulletins announcing the event of a mention, straight from the collapse key's
// posting list, each read from its mention's data.
std::vector<std::string> event_bulletins(const Xapian::Database& db, const std::string& collapse_key, Xapian::docid own,
                                         const std::string& own_bulletin) {
  std::string term = schema::prefixed(schema::kCollapsePrefix, collapse_key);
  // Most events have one mention, the hit itself: no list to walk.
  if (db.get_termfreq(term) <= 1) return {own_bulletin};
  std::set<std::string> bulletins{own_bulletin};
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (*it == own) continue;
    bulletins.insert(event_from_data(db.get_document(*it, Xapian::DOC_ASSUME_VALID).get_data()).bulletin);
  }
  return {bulletins.begin(), bulletins.end()};
}

// A hit from its mention (id in `db`, document) and collapse key (the match already
// read it).
SearchHit make_hit(const Xapian::Database& db, Xapian::docid id, const Xapian::Document& doc, const std::string& collapse_key,
                   double score, const search::Highlight& highlight) {
  SearchHit hit;
  hit.event = event_from_data(doc.get_data());
  hit.score = score;
  hit.bulletins = event_bulletins(db, collapse_key, id, hit.event.bulletin);
  hit.mentions = hit.bulletins.size();
  hit.snippet = search::make_snippet(hit.event.description, hit.event.lang, highlight);
  return hit;
}

// A page of a large result set: the first offset + limit distinct events of the
// uncollapsed ranking. Xapian's collapse keeps the best-ranked mention of each event,
// which is the one met first here, so the page is the same (search_test checks it); but
// Xapian reads the collapse key of every mention the match weighs, a fifth of a query's
// time, where this reads those of the page's mentions only: p50 over the benchmark's
// queries 0.99 → 0.93 ms (bench/RESULTS.md). A small set (at most kCheckAtLeast
// mentions, all of them in the MSet) has every key read for its exact total. nullopt,
// to let Xapian collapse, when the page is deep or too many mentions repeat an event.
struct DistinctPage {
  std::vector<std::pair<Xapian::MSetIterator, std::string>> hits;  // with their collapse keys
  std::size_t total = 0;  // estimated distinct events
};

std::optional<DistinctPage> distinct_page(const Xapian::Enquire& uncollapsed, std::size_t offset, std::size_t limit,
                                          double events_per_mention) {
  std::size_t end = offset + limit;
  if (end == 0 || end > kMaxDistinctPageEnd) return std::nullopt;
  Xapian::doccount fetch = std::max<Xapian::doccount>(static_cast<Xapian::doccount>(2 * end), kCheckAtLeast);
  Xapian::MSet mset = uncollapsed.get_mset(0, fetch, kCheckAtLeast);
  bool is_small = mset.get_matches_upper_bound() <= kCheckAtLeast;  // every match is in the MSet
  DistinctPage page;
  std::set<std::string> keys;
  std::size_t distinct = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (!is_small && distinct >= end) break;  // a large set's total is estimated: no more keys to read
    std::string key = it.get_document().get_value(schema::kCollapseSlot);
    if (!keys.insert(key).second) continue;
    if (distinct++ >= offset && page.hits.size() < limit) page.hits.emplace_back(it, std::move(key));
  }
  if (is_small) {
    page.total = distinct;
    return page;
  }
  if (distinct < end) return std::nullopt;
  // Distinct events among all matches, as in the whole index (the best-ranked mentions
  // read here are mostly distinct whatever the rest holds).
  page.total = std::max<std::size_t>(
      distinct, static_cast<std::size_t>(static_cast<double>(mset.get_matches_estimated()) * events_per_mention + 0.5));
  return page;
}

// The query with each word the index does not hold replaced by the spelling data's
// nearest word (one edit away); nullopt when no word has a suggestion.
std::optional<std::string> suggest(const Xapian::Database& db, const std::string& query) {
  constexpr unsigned kMaxEdits = 1;
  std::string out;
  std::size_t copied = 0;
  bool is_changed = false;
  for (const Token& token : analyzer().tokenize(query)) {
    if (token.is_joined || db.term_exists(token.term)) continue;
    std::string better = db.get_spelling_suggestion(token.term, kMaxEdits);
    // The spelling data keeps the words of removed bulletins (sync leaves it, to spare
    // re-syncs reading every removed mention's words): suggest only words still indexed.
    if (better.empty() || !db.term_exists(better)) continue;
    out.append(query, copied, token.begin - copied);
    out += better;
    copied = token.end;
    is_changed = true;
  }
  if (!is_changed) return std::nullopt;
  out.append(query, copied, std::string::npos);
  return out;
}

}  // namespace

SearchResponse Searcher::search(const SearchRequest& request) const {
  std::optional<Date> from, to;
  if (request.from) {
    auto bound = parse_date_bound(*request.from);
    if (!bound) throw QueryError("bad --from date '" + *request.from + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
    from = bound->start;
  }
  if (request.to) {
    auto bound = parse_date_bound(*request.to);
    if (!bound) throw QueryError("bad --to date '" + *request.to + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
    to = bound->end;
  }
  if (from && to && *to < *from) throw QueryError("--to " + *request.to + " is before --from " + *request.from);
  std::optional<std::string> country;
  if (!request.country.empty()) {
    country = country_code(request.country);
    if (!country) throw QueryError("unknown country '" + request.country + "'");
  }
  std::string lang;
  for (char c : request.lang) lang += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lang.empty() && (lang.size() < 2 || lang.size() > 3 || lang.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos))
    throw QueryError("bad language '" + request.lang + "': expected an ISO 639-1 code such as en");

  return state_->with_database([&](Xapian::Database& db) {
    const IndexTraits& traits = index_traits(db);
    // --lang stems in that language only; otherwise in every language of the index.
    std::vector<std::string> only_lang;
    if (!lang.empty() && Analyzer::has_stemmer(lang)) only_lang.push_back(lang);
    search::ParsedQuery parsed = search::parse_query(request.query, lang.empty() ? traits.stem_langs : only_lang,
                                                     traits.word_terms, &db);
    Xapian::Query query = parsed.query;
    std::vector<Xapian::Query> filters;
    if (from || to) filters.push_back(search::date_filter(from, to));
    if (country) filters.emplace_back(schema::prefixed(schema::kCountryPrefix, *country));
    if (!lang.empty()) filters.emplace_back(schema::prefixed(schema::kLangPrefix, lang));
    if (!filters.empty())
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));

    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    switch (request.sort) {
      case SortOrder::kRelevance:
        if (!parsed.has_words) enquire.set_sort_by_value_then_relevance(schema::kStartSlot, false);
        break;
      case SortOrder::kDate:
        enquire.set_sort_by_value_then_relevance(schema::kStartSlot, false);
        break;
      case SortOrder::kDateDescending:
        enquire.set_sort_by_value_then_relevance(schema::kStartSlot, true);
        break;
    }
    SearchResponse response;
    response.query = request.query;
    response.offset = request.offset;
    response.limit = request.limit;
    Facets facets;
    FacetSpy spy(facets);
    Xapian::doccount check_at_least = kCheckAtLeast;
    if (request.facets) {
      enquire.add_matchspy(&spy);
      check_at_least = db.get_doccount();
    }
    std::optional<DistinctPage> page;
    if (!request.facets) page = distinct_page(enquire, request.offset, request.limit, traits.events_per_mention);
    if (page) {
      response.total = page->total;
      for (const auto& [it, key] : page->hits)
        response.results.push_back(make_hit(db, *it, it.get_document(), key, it.get_percent() / 100.0, parsed.highlight));
    } else {
      enquire.set_collapse_key(schema::kCollapseSlot);
      Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                           static_cast<Xapian::doccount>(request.limit), check_at_least);
      response.total = mset.get_matches_estimated();
      if (mset.size() < request.limit && (mset.size() > 0 || request.offset == 0))
        response.total = request.offset + mset.size();  // the page holds the last result
      for (auto it = mset.begin(); it != mset.end(); ++it)
        response.results.push_back(make_hit(db, *it, it.get_document(), it.get_collapse_key(), it.get_percent() / 100.0, parsed.highlight));
    }
    if (request.facets) response.facets = std::move(facets);
    if (response.total == 0 && parsed.has_words) response.suggestion = suggest(db, request.query);
    return response;
  });
}

std::optional<SearchHit> Searcher::find_event(const std::string& id) const {
  return state_->with_database([&](Xapian::Database& db) -> std::optional<SearchHit> {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(schema::id_term(id)));
    Xapian::MSet mset = enquire.get_mset(0, 1);
    if (mset.empty()) return std::nullopt;
    Xapian::Document doc = mset.begin().get_document();
    return make_hit(db, *mset.begin(), doc, doc.get_value(schema::kCollapseSlot), 1.0, {});
  });
}

nlohmann::ordered_json to_json(const SearchHit& hit) {
  nlohmann::ordered_json j = to_json(hit.event);
  j["score"] = hit.score;
  j["mentions"] = hit.mentions;
  j["bulletins"] = hit.bulletins;
  j["snippet"] = hit.snippet;
  return j;
}

nlohmann::ordered_json to_json(const SearchResponse& response) {
  nlohmann::ordered_json j;
  j["query"] = response.query;
  j["total"] = response.total;
  j["offset"] = response.offset;
  j["limit"] = response.limit;
  j["results"] = nlohmann::ordered_json::array();
  for (const SearchHit& hit : response.results) j["results"].push_back(to_json(hit));
  if (response.suggestion) j["suggestion"] = *response.suggestion;
  if (response.facets) {
    nlohmann::ordered_json f;
    f["year"] = response.facets->year;
    f["country"] = response.facets->country;
    f["lang"] = response.facets->lang;
    f["city"] = response.facets->city;
    j["facets"] = f;
  }
  return j;
}

}  // namespace almanac
