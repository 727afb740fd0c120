// Analyzer throughput on the text of corpus/: MB/s of each step, so that the cost of
// each is visible. Usage: analyzer_bench [CORPUS_DIR] [MEGABYTES]
//
//   icu-wordbreak   ICU's word break iterator alone, over the same UTF-16 text
//   tokenize        Analyzer::tokenize: segmentation + NFKC + case and accent folding
//   tokenize+stem   the same, plus Xapian's stemmer in the event's language
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "almanac/analyzer.h"
#include "almanac/error.h"
#include "almanac/indexer.h"

namespace {

struct Sample {
  std::string text;
  std::string lang;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = argc > 1 ? argv[1] : "corpus";
  double megabytes = argc > 2 ? std::atof(argv[2]) : 20.0;
  std::vector<Sample> samples;
  std::size_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || ext == ".md" || ext == ".json") continue;
    try {
      for (const auto& e : almanac::extract_file(entry.path().string()).events) {
        samples.push_back({e.title + ". " + e.description, e.lang});
        bytes += samples.back().text.size();
      }
    } catch (const almanac::Error& error) {
      std::fprintf(stderr, "analyzer_bench: skipped %s\n", error.what());
    }
  }
  if (samples.empty()) {
    std::fprintf(stderr, "analyzer_bench: no event text under %s\n", corpus.c_str());
    return 1;
  }
  auto rounds = static_cast<std::size_t>(megabytes * 1e6 / static_cast<double>(bytes)) + 1;
  double total_mb = static_cast<double>(bytes * rounds) / 1e6;
  std::printf("corpus text: %zu events, %.2f MB, read %zu times (%.1f MB)\n", samples.size(),
              static_cast<double>(bytes) / 1e6, rounds, total_mb);

  // ICU word break alone, including the UTF-8 → UTF-16 conversion the Analyzer also does.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  std::size_t words = 0;
  auto start = std::chrono::steady_clock::now();
  for (std::size_t r = 0; r < rounds; ++r)
    for (const Sample& s : samples) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(s.text);
      breaker->setText(u);
      for (int32_t p = breaker->next(); p != icu::BreakIterator::DONE; p = breaker->next())
        if (breaker->getRuleStatus() != UBRK_WORD_NONE) ++words;
    }
  double icu_s = seconds_since(start);

  const almanac::Analyzer& analyzer = almanac::analyzer();
  std::size_t tokens = 0;
  start = std::chrono::steady_clock::now();
  for (std::size_t r = 0; r < rounds; ++r)
    for (const Sample& s : samples) tokens += analyzer.tokenize(s.text).size();
  double tokenize_s = seconds_since(start);

  std::size_t stems = 0;
  start = std::chrono::steady_clock::now();
  for (std::size_t r = 0; r < rounds; ++r)
    for (const Sample& s : samples)
      for (const auto& t : analyzer.tokenize(s.text)) stems += analyzer.stem(t, s.lang).empty() ? 0 : 1;
  double stem_s = seconds_since(start);

  std::printf("%-16s %8.1f MB/s  (%zu words)\n", "icu-wordbreak", total_mb / icu_s, words);
  std::printf("%-16s %8.1f MB/s  (%zu tokens)\n", "tokenize", total_mb / tokenize_s, tokens);
  std::printf("%-16s %8.1f MB/s  (%zu stems)\n", "tokenize+stem", total_mb / stem_s, stems);
  return 0;
}
