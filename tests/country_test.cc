// Country names in any language → ISO 3166 alpha-2 (almanac/country.h).
#include "almanac/country.h"

#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

namespace {

// "∅" for no code, so that failures print both sides.
std::string shown(const std::optional<std::string>& code) { return code.value_or("∅"); }
std::string shown(const char* code) { return code == nullptr ? "∅" : code; }

}  // namespace

TEST_CASE("country_code reads country names in English", "[country]") {
  auto [name, code] = GENERATE(table<const char*, const char*>({
      {"Belgium", "BE"},
      {"France", "FR"},
      {"Germany", "DE"},
      {"United States", "US"},
      {"United Kingdom", "GB"},
      {"South Africa", "ZA"},
      {"Côte d’Ivoire", "CI"},
      {"Bosnia & Herzegovina", "BA"},
      {"Bosnia and Herzegovina", "BA"},
      {"Trinidad and Tobago", "TT"},
      {"Saint Kitts and Nevis", "KN"},
      {"St. Lucia", "LC"},
      {"Papua New Guinea", "PG"},
      {"Myanmar (Burma)", "MM"},
      {"Hong Kong SAR China", "HK"},
      {"  belgium  ", "BE"},
      {"BELGIUM", "BE"},
  }));
  CAPTURE(name);
  CHECK(shown(almanac::country_code(name)) == shown(code));
}

TEST_CASE("country_code reads country names in other languages", "[country]") {
  auto [name, code] = GENERATE(table<const char*, const char*>({
      // French
      {"Belgique", "BE"},
      {"Allemagne", "DE"},
      {"États-Unis", "US"},
      {"Etats Unis", "US"},
      {"Royaume-Uni", "GB"},
      {"Suisse", "CH"},
      {"Maroc", "MA"},
      {"Corée du Sud", "KR"},
      {"Afrique du Sud", "ZA"},
      {"la France", "FR"},
      {"les Pays-Bas", "NL"},
      {"l’Italie", "IT"},
      // Spanish
      {"España", "ES"},
      {"Espana", "ES"},
      {"México", "MX"},
      {"Estados Unidos", "US"},
      {"Reino Unido", "GB"},
      {"Suiza", "CH"},
      {"Perú", "PE"},
      {"Marruecos", "MA"},
      {"El Salvador", "SV"},
      // German
      {"Deutschland", "DE"},
      {"Österreich", "AT"},
      {"Schweiz", "CH"},
      {"die Schweiz", "CH"},
      {"Vereinigtes Königreich", "GB"},
      {"Niederlande", "NL"},
      {"Südafrika", "ZA"},
      // Portuguese
      {"Brasil", "BR"},
      {"Alemanha", "DE"},
      {"Espanha", "ES"},
      {"Suíça", "CH"},
      {"Moçambique", "MZ"},
      {"Bélgica", "BE"},
      // Russian
      {"Россия", "RU"},
      {"США", "US"},
      {"Великобритания", "GB"},
      {"Германия", "DE"},
      {"Китай", "CN"},
      {"Бельгия", "BE"},
      {"Швейцария", "CH"},
      // Arabic
      {"المغرب", "MA"},
      {"مصر", "EG"},
      {"الإمارات العربية المتحدة", "AE"},
      {"الامارات", "AE"},
      {"السعودية", "SA"},
      {"الولايات المتحدة", "US"},
      {"بلجيكا", "BE"},
      // Chinese
      {"中国", "CN"},
      {"美国", "US"},
      {"英国", "GB"},
      {"韩国", "KR"},
      {"比利时", "BE"},
      {"中國", "CN"},
      {"台灣", "TW"},
      // Japanese
      {"日本", "JP"},
      {"アメリカ合衆国", "US"},
      {"イギリス", "GB"},
      {"ベルギー", "BE"},
      {"韓国", "KR"},
      {"スイス", "CH"},
  }));
  CAPTURE(name);
  CHECK(shown(almanac::country_code(name)) == shown(code));
}

TEST_CASE("country_code reads common variants that ICU does not list", "[country]") {
  auto [name, code] = GENERATE(table<const char*, const char*>({
      {"USA", "US"},
      {"U.S.A.", "US"},
      {"UK", "GB"},
      {"U.K.", "GB"},
      {"Great Britain", "GB"},
      {"England", "GB"},
      {"Scotland", "GB"},
      {"Wales", "GB"},
      {"Russia", "RU"},
      {"South Korea", "KR"},
      {"Republic of Korea", "KR"},
      {"Korea", "KR"},
      {"North Korea", "KP"},
      {"Ivory Coast", "CI"},
      {"Cote d'Ivoire", "CI"},
      {"The Netherlands", "NL"},
      {"Holland", "NL"},
      {"Czech Republic", "CZ"},
      {"Türkiye", "TR"},
      {"Turkey", "TR"},
      {"Macedonia", "MK"},
      {"Swaziland", "SZ"},
      {"Burma", "MM"},
      {"Vatican", "VA"},
      {"Palestine", "PS"},
      {"Taiwan", "TW"},
      {"Hong Kong", "HK"},
      {"Macao", "MO"},
      {"Macau", "MO"},
      {"UAE", "AE"},
      {"Emirates", "AE"},
      {"DRC", "CD"},
      {"DR Congo", "CD"},
      {"Congo-Brazzaville", "CG"},
      {"Cape Verde", "CV"},
      {"East Timor", "TL"},
      {"The Gambia", "GM"},
      {"the Bahamas", "BS"},
      {"Великобритания", "GB"},
      {"Южная Корея", "KR"},
      {"ОАЭ", "AE"},
      {"السعودية", "SA"},
      {"大韩民国", "KR"},
      {"EE. UU.", "US"},
      {"EE.UU.", "US"},
      {"RDC", "CD"},
  }));
  CAPTURE(name);
  CHECK(shown(almanac::country_code(name)) == shown(code));
}

TEST_CASE("country_code accepts alpha-2 and alpha-3 codes in any case", "[country]") {
  auto [text, code] = GENERATE(table<const char*, const char*>({
      {"BE", "BE"},
      {"be", "BE"},
      {"BEL", "BE"},
      {"bel", "BE"},
      {"USA", "US"},
      {"gbr", "GB"},
      {"CHE", "CH"},
      {"XK", "XK"},
      {"IT", "IT"},
      {"ZZ", nullptr},
      {"QQQ", nullptr},
  }));
  CAPTURE(text);
  CHECK(shown(almanac::country_code(text)) == shown(code));
}

TEST_CASE("country_code_from_name reads names but never a bare code", "[country]") {
  auto [text, code] = GENERATE(table<const char*, const char*>({
      {"Italy", "IT"},
      {"Italia", "IT"},
      {"USA", "US"},
      {"UK", "GB"},
      {"UAE", "AE"},
      {"U.S.", "US"},
      {"IT", nullptr},
      {"US", nullptr},
      {"BE", nullptr},
      {"BEL", nullptr},
      {"usa", nullptr},
      {"uk", nullptr},
      {"it", nullptr},
      {"eau", nullptr},
  }));
  CAPTURE(text);
  CHECK(shown(almanac::country_code_from_name(text)) == shown(code));
}

TEST_CASE("country_code finds no country in words that name none", "[country]") {
  auto text = GENERATE(as<const char*>{}, "Conference", "Trade", "Brussels", "Geneva", "Africa",
                       "Europe", "", "   ", "—", "2018", "Belgium Belgium");
  CAPTURE(text);
  CHECK(shown(almanac::country_code(text)) == "∅");
  CHECK(shown(almanac::country_code_from_name(text)) == "∅");
}

TEST_CASE("country_code_from_name ignores plain ASCII names given only by minor languages",
          "[country]") {
  // "Shine" and "Helena" name China and Saint Helena in languages outside the main set:
  // fine for an explicit query, too common as words for running text.
  CHECK(shown(almanac::country_code("Shine")) == "CN");
  CHECK(shown(almanac::country_code_from_name("Shine")) == "∅");
  CHECK(shown(almanac::country_code_from_name("Helena")) == "∅");
  CHECK(shown(almanac::country_code_from_name("Saint Helena")) == "SH");
}

TEST_CASE("country_name gives the display name in a language", "[country]") {
  auto [code, lang, name] = GENERATE(table<const char*, const char*, const char*>({
      {"BE", "fr", "Belgique"},
      {"BE", "en", "Belgium"},
      {"be", "nl", "België"},
      {"BEL", "de", "Belgien"},
      {"DE", "de", "Deutschland"},
      {"US", "es", "Estados Unidos"},
      {"MA", "ar", "المغرب"},
      {"CN", "zh", "中国"},
      {"JP", "ja", "日本"},
      {"RU", "ru", "Россия"},
      {"GB", "fr-CA", "Royaume-Uni"},
      {"BE", "xx", "Belgium"},
      {"BE", "", "Belgium"},
      {"ZZ", "en", "ZZ"},
      {"Belgium", "en", "Belgium"},
  }));
  CAPTURE(code, lang);
  CHECK(almanac::country_name(code, lang) == name);
}

TEST_CASE("country_name defaults to English", "[country]") {
  CHECK(almanac::country_name("CH") == "Switzerland");
}

TEST_CASE("country lookups agree across threads", "[country]") {
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < results.size(); ++i)
    threads.emplace_back([&results, i] {
      results[i] = almanac::country_code("Belgique").value_or("") +
                   almanac::country_code_from_name("中国").value_or("");
    });
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : results) CHECK(result == "BECN");
}

TEST_CASE("an Arabic name whose printed marks differ from the country's is no country", "[country]") {
  CHECK(almanac::country_code("عُمان") == "OM");      // Oman, with its damma
  CHECK(almanac::country_code("عمان") == "OM");       // bare: the country table's reading
  CHECK(almanac::country_code("عمّان") == std::nullopt);  // Amman: the shadda is not in "عُمان"
  CHECK(almanac::country_code_from_name("عمّان") == std::nullopt);
  CHECK(almanac::country_code("الأردن") == "JO");
}
