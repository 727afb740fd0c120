// The Analyzer: folding, segmentation, compounds and stemming, in several languages.
#include <catch2/catch.hpp>

#include <algorithm>

#include "almanac/analyzer.h"

namespace {

std::vector<std::string> terms(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : almanac::analyzer().tokenize(text)) out.push_back(t.term);
  return out;
}

using Terms = std::vector<std::string>;

}  // namespace

TEST_CASE("folding removes case and accents in Latin, Cyrillic and Arabic text") {
  struct Case { const char* input; const char* expected; };
  const Case cases[] = {
      {"Réunion", "reunion"},
      {"MALMÖ", "malmo"},
      {"São Paulo", "sao paulo"},
      {"Straße", "strasse"},
      {"ЁЛКА", "елка"},
      {"Йошкар-Ола", "йошкар-ола"},
      {"العَرَبِيّة", "العربية"},
      {"عـــربي", "عربي"},
      {"ＡＢＣ１２３", "abc123"},
  };
  for (const auto& c : cases) {
    INFO(c.input);
    CHECK(almanac::analyzer().fold(c.input) == c.expected);
  }
}

TEST_CASE("hyphenated words give their parts and their joined form") {
  CHECK(terms("Trade Mis-invoicing") == Terms{"trade", "misinvoicing", "mis", "invoicing"});
}

TEST_CASE("apostrophe words give their parts and their joined form") {
  CHECK(terms("l'Organisation") == Terms{"lorganisation", "l", "organisation"});
  CHECK(terms("l’Organisation") == Terms{"lorganisation", "l", "organisation"});
}

TEST_CASE("Chinese text is segmented into dictionary words") {
  CHECK(terms("世界海关组织") == Terms{"世界", "海关", "组织"});
}

TEST_CASE("numbers are tokens and punctuation is not") {
  CHECK(terms("6-8 June 2018, Lima!") == Terms{"6", "8", "june", "2018", "lima"});
}

TEST_CASE("the joined form of a compound shares the position of its first part") {
  auto tokens = almanac::analyzer().tokenize("trade mis-invoicing");
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[1].is_joined);
  CHECK(tokens[1].position == tokens[2].position);
  CHECK(tokens[3].position == tokens[2].position + 1);
}

TEST_CASE("stems are computed on accented forms and then folded") {
  const auto& a = almanac::analyzer();
  CHECK(a.stem("conferences", "en") == a.stem("conference", "en"));
  CHECK(a.stem("réunions", "fr") == a.stem("réunion", "fr"));
  CHECK(a.stem("reunions", "fr") == a.stem("réunion", "fr"));
  CHECK(a.stem("aduanas", "es") == a.stem("aduana", "es"));
  CHECK(a.stem("таможни", "ru") == a.stem("таможня", "ru"));
  CHECK(a.stem("word", "und").empty());
}

TEST_CASE("byte offsets point at the words in the original text") {
  std::string text = "Réunion à Genève";
  auto tokens = almanac::analyzer().tokenize(text);
  REQUIRE(tokens.size() == 3);
  CHECK(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "Genève");
}

namespace {

struct SentenceCase {
  const char* lang;
  const char* sentence;
  std::vector<std::string> expected;  // the terms, in order
};

}  // namespace

TEST_CASE("real sentences give the expected terms in each language") {
  const SentenceCase cases[] = {
      {"en", "The WCO's IT Conference opens on 6 June.",
       {"the", "wcos", "wco", "s", "it", "conference", "opens", "on", "6", "june"}},
      {"fr", "L'Organisation réunira ses Membres à Genève.",
       {"lorganisation", "l", "organisation", "reunira", "ses", "membres", "a", "geneve"}},
      {"es", "La Aduana celebrará su reunión en Ciudad de México.",
       {"la", "aduana", "celebrara", "su", "reunion", "en", "ciudad", "de", "mexico"}},
      {"de", "Die Zollverwaltung lädt zur Fachtagung nach Straßburg ein.",
       {"die", "zollverwaltung", "ladt", "zur", "fachtagung", "nach", "strassburg", "ein"}},
      {"pt", "A reunião acontecerá em São Paulo, no Brasil.",
       {"a", "reuniao", "acontecera", "em", "sao", "paulo", "no", "brasil"}},
      {"ru", "Таможенная конференция пройдёт в Москве.",
       {"таможенная", "конференция", "пройдет", "в", "москве"}},
      {"ar", "تُعقد النـدوة في الرباط.",
       {"تعقد", "الندوة", "في", "الرباط"}},
      {"zh", "世界海关组织将在北京举办会议。",
       {"世界", "海关", "组织", "将", "在", "北京", "举办", "会议"}},
      {"ja", "世界税関機構が東京で会議を開催します。",
       {"世界", "税", "関", "機構", "が", "東京", "で", "会議", "を", "開催", "し", "ます"}},
      {"th", "องค์การศุลกากรโลกจัดการประชุมที่กรุงเทพ",
       {"องค์การ", "ศุลกากร", "โลก", "จัดการ", "ประชุม", "ที่", "กรุงเทพ"}},
  };
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.sentence);
    CHECK(terms(c.sentence) == c.expected);
  }
}

TEST_CASE("Greek final sigma and capital sigma fold to the same term") {
  CHECK(almanac::analyzer().fold("ΟΔΟΣ") == almanac::analyzer().fold("οδος"));
  CHECK(almanac::analyzer().fold("οδός") == almanac::analyzer().fold("ΟΔΟΣ"));
}

TEST_CASE("stemmers exist for the languages of the archive") {
  for (const char* lang : {"en", "fr", "es", "de", "pt", "it", "nl", "ru", "ar"}) {
    INFO(lang);
    CHECK(almanac::Analyzer::has_stemmer(lang));
  }
  CHECK_FALSE(almanac::Analyzer::has_stemmer("zh"));
  CHECK_FALSE(almanac::Analyzer::has_stemmer("und"));
}

TEST_CASE("Khmer, Lao and Burmese runs are segmented into dictionary words") {
  // Each sentence is written without spaces; ICU's dictionaries cut it into words, and a
  // word typed alone gives the same term as inside the run.
  struct Case { const char* lang; const char* sentence; const char* word; };
  const Case cases[] = {
      {"km", "សន្និសីទអន្តរជាតិស្តីពីពាណិជ្ជកម្ម", "ពាណិជ្ជកម្ម"},
      {"lo", "ກອງປະຊຸມສາກົນກ່ຽວກັບການຄ້າ", "ການຄ້າ"},
      {"my", "နိုင်ငံတကာကုန်သွယ်ရေးညီလာခံ", "ကုန်သွယ်ရေး"},
  };
  for (const auto& c : cases) {
    INFO(c.lang);
    auto sentence = terms(c.sentence);
    CHECK(sentence.size() > 1);
    auto word = terms(c.word);
    REQUIRE(word.size() == 1);
    CHECK(std::find(sentence.begin(), sentence.end(), word[0]) != sentence.end());
  }
}
