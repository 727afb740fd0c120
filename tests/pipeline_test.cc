// One pipeline: text indexed by the indexer is found by the words a user types into the
// searcher, in any case and with or without accents, in every language of the archive.
#include <catch2/catch.hpp>

#include <random>

#include <unicode/unistr.h>
#include <xapian.h>

#include "almanac/analyzer.h"
#include "almanac/searcher.h"
#include "store/mention.h"
#include "support.h"

namespace {

// Real words of the archive's languages, with their accents, cases and scripts.
const std::vector<std::pair<const char*, std::vector<std::string>>> kWords = {
    {"en", {"Conference", "customs", "mis-invoicing", "Exhibition", "stakeholders", "Brussels", "border"}},
    {"fr", {"réunion", "Conférence", "Genève", "l'Organisation", "été", "douanière", "Événements"}},
    {"es", {"aduana", "Información", "año", "reunión", "México", "jornadas", "Comercio"}},
    {"de", {"Straße", "Zollverwaltung", "Übersicht", "Fachtagung", "Österreich", "Prüfung", "Maßnahmen"}},
    {"pt", {"São", "informação", "reuniões", "Brasília", "Alfândega", "inscrições", "ações"}},
    {"ru", {"таможня", "Ёлка", "Москва", "конференция", "семинаре", "Сотрудничество", "пройдёт"}},
    {"ar", {"الجمارك", "مؤتمر", "العَرَبِيّة", "الرباط", "ندوة", "التجارة", "الإلكترونية"}},
    {"zh", {"世界海关组织", "会议", "北京", "国际", "研讨会", "贸易", "合作"}},
    {"ja", {"税関", "会議", "東京", "国際", "開催", "研修", "貿易"}},
    {"th", {"ศุลกากร", "การประชุม", "กรุงเทพ", "องค์การ", "สัมมนา", "การค้า", "ระหว่างประเทศ"}},
};

std::string upper(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toUpper().toUTF8String(out);
  return out;
}

std::string lower(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toLower().toUTF8String(out);
  return out;
}

struct Text {
  std::string lang;
  std::string body;
  std::vector<std::string> words;  // the words it was made of, as written
};

// Deterministic texts of 3 to 6 words of one language.
std::vector<Text> generate_texts(std::size_t count) {
  std::mt19937 random(20181023);
  std::vector<Text> texts;
  for (std::size_t i = 0; i < count; ++i) {
    const auto& [lang, words] = kWords[i % kWords.size()];
    Text t;
    t.lang = lang;
    std::size_t n = 3 + random() % 4;
    for (std::size_t k = 0; k < n; ++k) {
      const std::string& w = words[random() % words.size()];
      bool is_spaced = t.lang != "zh" && t.lang != "ja" && t.lang != "th";
      if (!t.body.empty() && is_spaced) t.body += ' ';
      t.body += w;
      t.words.push_back(w);
    }
    texts.push_back(std::move(t));
  }
  return texts;
}

}  // namespace

TEST_CASE("every word of an indexed text, typed in any case and with or without accents, finds it") {
  almanac::test::TempDir dir;
  std::vector<Text> texts = generate_texts(60);
  {
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      almanac::Event e;
      e.bulletin = "generated/" + std::to_string(i) + ".html";
      e.title = "Event " + std::to_string(i);
      e.description = texts[i].body;
      e.lang = texts[i].lang;
      e.id = almanac::make_event_id(e.bulletin, e.title, e.start);
      db.add_document(almanac::index::build_document(e));
    }
    db.commit();
  }
  almanac::Searcher searcher({dir / "db"});
  std::size_t queries = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (const std::string& word : texts[i].words) {
      for (const std::string& typed : {word, upper(word), lower(word), almanac::analyzer().fold(word)}) {
        almanac::SearchRequest request;
        request.query = typed;
        request.limit = 100;
        bool is_found = false;
        for (const auto& hit : searcher.search(request).results)
          is_found = is_found || hit.event.title == "Event " + std::to_string(i);
        INFO(texts[i].lang << " text: " << texts[i].body << " | typed: " << typed);
        CHECK(is_found);
        ++queries;
      }
    }
  }
  CHECK(queries > 500);
}

TEST_CASE("a Chinese word and a Chinese phrase find the text they occur in") {
  almanac::test::TempDir dir;
  {
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
    almanac::Event e;
    e.bulletin = "zh.html";
    e.title = "会议";
    e.description = "世界海关组织将在北京举办会议。";
    e.lang = "zh";
    e.id = "zh1";
    db.add_document(almanac::index::build_document(e));
    db.commit();
  }
  almanac::Searcher searcher({dir / "db"});
  for (const char* q : {"海关", "\"海关组织\"", "北京", "世界海关组织"}) {
    INFO(q);
    almanac::SearchRequest request;
    request.query = q;
    CHECK(searcher.search(request).total == 1);
  }
  almanac::SearchRequest reversed;
  reversed.query = "\"组织海关\"";
  CHECK(searcher.search(reversed).total == 0);
}

TEST_CASE("a query is stemmed in every language of the index, or only in --lang") {
  almanac::test::TempDir dir;
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"en", "The annual conference of customs"},
      {"fr", "Une réunion des directeurs"},
      {"es", "La aduana nacional"},
      {"ru", "Российская таможня"},
  };
  {
    Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
    for (const auto& [lang, body] : texts) {
      almanac::Event e;
      e.bulletin = lang + ".html";
      e.title = "Event " + lang;
      e.description = body;
      e.lang = lang;
      e.id = lang;
      db.add_document(almanac::index::build_document(e));
    }
    db.commit();
  }
  almanac::Searcher searcher({dir / "db"});
  auto first_title = [&](const std::string& query, const std::string& lang) {
    almanac::SearchRequest request;
    request.query = query;
    request.lang = lang;
    auto response = searcher.search(request);
    return response.results.empty() ? std::string() : response.results[0].event.title;
  };
  CHECK(first_title("conferences", "") == "Event en");
  CHECK(first_title("réunions", "") == "Event fr");
  CHECK(first_title("reunions", "") == "Event fr");
  CHECK(first_title("aduanas", "") == "Event es");
  CHECK(first_title("таможни", "") == "Event ru");
  CHECK(first_title("таможни", "ru") == "Event ru");
  CHECK(first_title("таможни", "en").empty());
}
