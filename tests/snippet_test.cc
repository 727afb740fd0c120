// Snippets: the passage around the matched words, marked, the rest escaped.
#include <catch2/catch.hpp>

#include "query.h"
#include "snippet.h"

namespace {

std::string snippet(const std::string& text, const std::string& lang, const std::string& query,
                    const std::vector<std::string>& stem_langs) {
  auto parsed = almanac::search::parse_query(query, stem_langs);
  return almanac::search::make_snippet(text, lang, parsed.highlight);
}

}  // namespace

TEST_CASE("a stemmed match marks the word as the text has it") {
  CHECK(snippet("Les réunions du conseil auront lieu à Genève.", "fr", "reunion", {"fr"}) ==
        "Les <mark>réunions</mark> du conseil auront lieu à Genève.");
  CHECK(snippet("Two conferences are planned.", "en", "conference", {"en"}) ==
        "Two <mark>conferences</mark> are planned.");
  CHECK(snippet("Российская таможня проводит семинар.", "ru", "таможни", {"ru"}) ==
        "Российская <mark>таможня</mark> проводит семинар.");
}

TEST_CASE("a Chinese word is marked inside a run of characters") {
  CHECK(snippet("世界海关组织将在北京举办会议。", "zh", "海关", {}) == "世界<mark>海关</mark>组织将在北京举办会议。");
}

TEST_CASE("a hyphenated word is marked whole") {
  CHECK(snippet("Counter trade mis-invoicing now.", "en", "misinvoicing", {"en"}) ==
        "Counter trade <mark>mis-invoicing</mark> now.");
}

TEST_CASE("markup in the text is escaped and only matches are marked") {
  CHECK(snippet("R&D <b>costs</b> rise", "en", "costs", {}) == "R&amp;D &lt;b&gt;<mark>costs</mark>&lt;/b&gt; rise");
}

TEST_CASE("a long text is cut around the matches") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "word" + std::to_string(i) + " ";
  text += "customs";
  for (int i = 60; i < 120; ++i) text += " word" + std::to_string(i);
  std::string s = snippet(text, "en", "customs", {});
  CHECK(s.starts_with("… "));
  CHECK(s.ends_with(" …"));
  CHECK(s.find("<mark>customs</mark>") != std::string::npos);
  CHECK(s.size() < text.size());
}

TEST_CASE("excluded words are not marked") {
  CHECK(snippet("customs and trade", "en", "customs -trade", {}) == "<mark>customs</mark> and trade");
}

TEST_CASE("a match deep in a long Chinese text is marked and the passage cut around it") {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "世界组织举办会议。";
  text += "海关合作理事会将在北京开幕。";
  for (int i = 0; i < 80; ++i) text += "各国代表参加讨论。";
  std::string s = snippet(text, "zh", "海关", {});
  CHECK(s.starts_with("… "));
  CHECK(s.ends_with(" …"));
  CHECK(s.find("<mark>海关</mark>合作") != std::string::npos);
  CHECK(s.size() < 400);
}

TEST_CASE("a long text whose match differs in case from the query is still cut around it") {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "filler" + std::to_string(i) + " ";
  text += "Customs";
  for (int i = 80; i < 160; ++i) text += " filler" + std::to_string(i);
  std::string s = snippet(text, "en", "customs", {"en"});
  CHECK(s.find("<mark>Customs</mark>") != std::string::npos);
  CHECK(s.starts_with("… "));
}

TEST_CASE("a long Russian text gives a snippet of about thirty words around its match") {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "участники обсуждение ";
  text += "таможня";
  for (int i = 0; i < 60; ++i) text += " представители ведомства";
  std::string s = snippet(text, "ru", "таможня", {"ru"});
  REQUIRE(s.find("<mark>таможня</mark>") != std::string::npos);
  std::size_t words = 1;
  for (char c : s) words += c == ' ';
  // Spaces count the words, the two ellipses included: at least 24 words of the text.
  CHECK(words >= 26);
  CHECK(words <= 34);
}
