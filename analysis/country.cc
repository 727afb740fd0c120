// Country names in any language → ISO 3166 alpha-2, from ICU's locale data.
//
// The table is built once, on first use, from:
//   * every region of icu::Locale::getISOCountries() (Canary Islands "IC" and Ceuta & Melilla
//     "EA" are folded into ES, Diego Garcia "DG" into IO: they are CLDR regions but not
//     ISO 3166-1 countries; Kosovo "XK" is kept, as most international bodies use it);
//   * the display name of each region in every language ICU has region display data for
//     (the distinct language and language_Script locales of getAvailableLocales()), read
//     from ICU's "region" resource tree: the "Countries" table of each locale and its
//     "Countries%short" and "Countries%variant" alternatives ("UK", "Hong Kong", "Ivory
//     Coast", "США", "香港"). Only names a locale itself provides are read: a locale that
//     inherits its names (az_Latn → az) or that ICU lacks (it would fall back to the
//     default locale) adds nothing. This is the data Locale::getDisplayCountry() reads,
//     read directly because going through getDisplayCountry() for ~250 languages × ~250
//     regions costs ~90 ms against ~20 ms here;
//   * kVariants below: common names ICU does not list.
//
// Keys are name_key(name): Analyzer::fold (NFKC, case folding, accent folding) and then
// punctuation made uniform (see name_key). A key that names different countries in
// different languages goes to the best-ranked entry: an explicit variant, then English,
// then the country's own name in its main language (ICU likely subtags: "BE" → nl), then
// the languages of kPreferredLanguages in order, then the others alphabetically; within
// one language the main name beats the short one, which beats the variant, and then the
// lower region code wins. So the outcome never depends on hash order.
#include "almanac/country.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utf8.h>

#include "almanac/analyzer.h"

namespace almanac {
namespace {

// ICU's tree of region display names (data/region/*.txt in the ICU sources).
constexpr const char* kRegionTree = U_ICUDATA_NAME "-region";

// The tables of a region bundle that hold country names, best first.
constexpr std::array<const char*, 3> kNameTables = {"Countries", "Countries%short",
                                                    "Countries%variant"};

// Languages whose reading of an ambiguous name wins, after English and the country's own
// language, in this order; every other language follows, alphabetically.
constexpr std::array<const char*, 40> kPreferredLanguages = {
    "fr", "es", "de", "pt", "it", "nl", "ru", "ar", "zh", "ja", "ko", "pl", "tr", "uk",
    "el", "he", "fa", "hi", "id", "vi", "th", "sv", "da", "no", "fi", "cs", "hu", "ro",
    "bg", "sr", "hr", "sk", "sl", "lt", "lv", "et", "ca", "eu", "gl", "sw"};

// CLDR regions that are not ISO 3166-1 countries, read as the country they belong to.
struct RegionAlias {
  const char* region;
  const char* country;
};
constexpr std::array<RegionAlias, 3> kRegionAliases = {{
    {"IC", "ES"},  // Canary Islands
    {"EA", "ES"},  // Ceuta & Melilla
    {"DG", "IO"},  // Diego Garcia
}};

// Names ICU does not give (or gives only in a form people rarely write), in the usual
// spelling; name_key() makes them match in any case, with or without accents, dots,
// hyphens and apostrophes, and with or without a leading article.
struct Variant {
  const char* name;
  const char* code;
};
constexpr Variant kVariants[] = {
    // English
    {"USA", "US"}, {"U.S.A.", "US"}, {"U.S.", "US"}, {"United States of America", "US"},
    {"UK", "GB"}, {"U.K.", "GB"}, {"Great Britain", "GB"}, {"Britain", "GB"},
    {"England", "GB"}, {"Scotland", "GB"}, {"Wales", "GB"}, {"Northern Ireland", "GB"},
    {"United Kingdom of Great Britain and Northern Ireland", "GB"},
    {"Russia", "RU"}, {"Russian Federation", "RU"},
    {"South Korea", "KR"}, {"Republic of Korea", "KR"}, {"Korea", "KR"},
    {"Korea, Republic of", "KR"}, {"Korea (Republic of)", "KR"}, {"Korea Rep.", "KR"},
    {"North Korea", "KP"}, {"DPRK", "KP"}, {"Democratic People's Republic of Korea", "KP"},
    {"Korea, Democratic People's Republic of", "KP"},
    {"Côte d'Ivoire", "CI"}, {"Cote d'Ivoire", "CI"}, {"Ivory Coast", "CI"},
    {"The Netherlands", "NL"}, {"Holland", "NL"},
    {"Czech Republic", "CZ"}, {"Czechia", "CZ"},
    {"Türkiye", "TR"}, {"Turkiye", "TR"}, {"Turkey", "TR"}, {"Republic of Türkiye", "TR"},
    {"Macedonia", "MK"}, {"North Macedonia", "MK"}, {"FYROM", "MK"},
    {"Former Yugoslav Republic of Macedonia", "MK"},
    {"Swaziland", "SZ"}, {"Eswatini", "SZ"},
    {"Burma", "MM"}, {"Myanmar", "MM"},
    {"Vatican", "VA"}, {"Vatican City", "VA"}, {"Vatican City State", "VA"},
    {"Holy See", "VA"},
    {"Palestine", "PS"}, {"State of Palestine", "PS"}, {"Palestinian Territory", "PS"},
    {"Taiwan", "TW"}, {"Chinese Taipei", "TW"}, {"Taiwan, Province of China", "TW"},
    {"Hong Kong", "HK"}, {"Hong Kong SAR", "HK"}, {"Hong Kong, China", "HK"},
    {"Macao", "MO"}, {"Macau", "MO"}, {"Macao SAR", "MO"}, {"Macau SAR", "MO"},
    {"UAE", "AE"}, {"U.A.E.", "AE"}, {"Emirates", "AE"}, {"United Arab Emirates", "AE"},
    {"DRC", "CD"}, {"DR Congo", "CD"}, {"D.R. Congo", "CD"}, {"DR of Congo", "CD"},
    {"Democratic Republic of the Congo", "CD"}, {"Democratic Republic of Congo", "CD"},
    {"Congo, The Democratic Republic of the", "CD"}, {"Congo-Kinshasa", "CD"},
    {"Congo-Brazzaville", "CG"}, {"Republic of the Congo", "CG"},
    {"Republic of Congo", "CG"}, {"Congo", "CG"},
    {"Cape Verde", "CV"}, {"Cabo Verde", "CV"},
    {"East Timor", "TL"}, {"Timor-Leste", "TL"},
    {"The Gambia", "GM"}, {"The Bahamas", "BS"},
    {"Iran, Islamic Republic of", "IR"}, {"Islamic Republic of Iran", "IR"},
    {"Syrian Arab Republic", "SY"}, {"Lao PDR", "LA"}, {"Lao People's Democratic Republic", "LA"},
    {"Republic of Moldova", "MD"}, {"Moldova, Republic of", "MD"},
    {"United Republic of Tanzania", "TZ"}, {"Tanzania, United Republic of", "TZ"},
    {"Venezuela, Bolivarian Republic of", "VE"}, {"Bolivarian Republic of Venezuela", "VE"},
    {"Bolivia, Plurinational State of", "BO"}, {"Plurinational State of Bolivia", "BO"},
    {"Brunei Darussalam", "BN"}, {"Viet Nam", "VN"}, {"Kyrgyz Republic", "KG"},
    {"Slovak Republic", "SK"}, {"Republic of Ireland", "IE"}, {"Eire", "IE"},
    {"People's Republic of China", "CN"}, {"PRC", "CN"}, {"P.R. China", "CN"},
    {"Mainland China", "CN"},
    {"Micronesia, Federated States of", "FM"}, {"Federated States of Micronesia", "FM"},
    {"Saint Vincent and the Grenadines", "VC"}, {"Sao Tome and Principe", "ST"},
    {"Kingdom of Saudi Arabia", "SA"}, {"KSA", "SA"},
    {"RSA", "ZA"}, {"Republic of South Africa", "ZA"},
    {"Virgin Islands, British", "VG"}, {"Virgin Islands, U.S.", "VI"},
    {"Kosovo", "XK"}, {"Canary Islands", "ES"},
    // French
    {"Etats-Unis d'Amérique", "US"}, {"Grande-Bretagne", "GB"}, {"Angleterre", "GB"},
    {"Écosse", "GB"}, {"Pays de Galles", "GB"}, {"République de Corée", "KR"},
    {"Corée", "KR"}, {"Corée du Nord", "KP"}, {"Hollande", "NL"},
    {"République tchèque", "CZ"}, {"Macédoine", "MK"}, {"Birmanie", "MM"},
    {"Émirats", "AE"}, {"EAU", "AE"}, {"RDC", "CD"}, {"RD Congo", "CD"},
    {"République démocratique du Congo", "CD"}, {"Timor oriental", "TL"},
    {"Biélorussie", "BY"},
    // Spanish
    {"EE. UU.", "US"}, {"EE.UU.", "US"}, {"EEUU", "US"},
    {"Estados Unidos de América", "US"}, {"Gran Bretaña", "GB"}, {"Inglaterra", "GB"},
    {"Escocia", "GB"}, {"País de Gales", "GB"}, {"Corea", "KR"}, {"República de Corea", "KR"},
    {"Corea del Norte", "KP"}, {"Holanda", "NL"}, {"República Checa", "CZ"},
    {"Birmania", "MM"}, {"Emiratos", "AE"}, {"RD del Congo", "CD"},
    {"República Democrática del Congo", "CD"}, {"Costa de Marfil", "CI"},
    {"Méjico", "MX"}, {"Bielorrusia", "BY"},
    // German
    {"Großbritannien", "GB"}, {"Schottland", "GB"}, {"Südkorea", "KR"}, {"Nordkorea", "KP"},
    {"Tschechische Republik", "CZ"}, {"Elfenbeinküste", "CI"}, {"Weißrussland", "BY"},
    {"Vereinigte Staaten von Amerika", "US"}, {"Kongo-Kinshasa", "CD"},
    // Portuguese
    {"EUA", "US"}, {"Estados Unidos da América", "US"}, {"Grã-Bretanha", "GB"},
    {"República Tcheca", "CZ"}, {"Coreia", "KR"},
    {"Coreia do Norte", "KP"}, {"Costa do Marfim", "CI"}, {"Birmânia", "MM"},
    // Italian and Dutch
    {"Inghilterra", "GB"}, {"Gran Bretagna", "GB"}, {"Olanda", "NL"},
    {"Repubblica Ceca", "CZ"}, {"Engeland", "GB"}, {"Groot-Brittannië", "GB"},
    {"Tsjechische Republiek", "CZ"},
    // Russian and Ukrainian
    {"Россия", "RU"}, {"Российская Федерация", "RU"}, {"РФ", "RU"}, {"США", "US"},
    {"Соединенные Штаты Америки", "US"}, {"Великобритания", "GB"}, {"Англия", "GB"},
    {"Южная Корея", "KR"}, {"Корея", "KR"}, {"Северная Корея", "KP"}, {"КНДР", "KP"},
    {"Голландия", "NL"}, {"Чешская Республика", "CZ"}, {"ОАЭ", "AE"},
    {"Эмираты", "AE"}, {"Белоруссия", "BY"}, {"Молдавия", "MD"}, {"Киргизия", "KG"},
    {"Македония", "MK"}, {"ДР Конго", "CD"}, {"КНР", "CN"}, {"ЮАР", "ZA"},
    {"Британия", "GB"},
    // Arabic
    {"المغرب", "MA"}, {"الولايات المتحدة الأمريكية", "US"}, {"أمريكا", "US"},
    {"بريطانيا", "GB"}, {"المملكة المتحدة", "GB"}, {"الإمارات", "AE"},
    {"الإمارات العربية المتحدة", "AE"}, {"السعودية", "SA"},
    {"المملكة العربية السعودية", "SA"}, {"فلسطين", "PS"}, {"سوريا", "SY"},
    {"كوريا", "KR"}, {"كوريا الجنوبية", "KR"}, {"كوريا الشمالية", "KP"},
    {"روسيا", "RU"}, {"الصين", "CN"}, {"مصر", "EG"}, {"تركيا", "TR"}, {"هولندا", "NL"},
    // Chinese (simplified and traditional), Japanese, Korean
    {"中国", "CN"}, {"中华人民共和国", "CN"}, {"中國", "CN"}, {"中華人民共和國", "CN"},
    {"美国", "US"}, {"美國", "US"}, {"美利坚合众国", "US"}, {"英国", "GB"}, {"英國", "GB"},
    {"韩国", "KR"}, {"韓国", "KR"}, {"韓國", "KR"}, {"南韩", "KR"}, {"南韓", "KR"},
    {"大韩民国", "KR"}, {"朝鲜", "KP"}, {"北韩", "KP"}, {"北韓", "KP"},
    {"俄罗斯", "RU"}, {"俄羅斯", "RU"}, {"台湾", "TW"}, {"台灣", "TW"}, {"臺灣", "TW"},
    {"香港", "HK"}, {"澳门", "MO"}, {"澳門", "MO"}, {"阿联酋", "AE"}, {"荷兰", "NL"},
    {"米国", "US"}, {"アメリカ", "US"}, {"アメリカ合衆国", "US"}, {"イギリス", "GB"},
    {"ロシア", "RU"},
    {"미국", "US"}, {"영국", "GB"}, {"중국", "CN"}, {"한국", "KR"}, {"대한민국", "KR"},
    {"남한", "KR"}, {"북한", "KP"}, {"러시아", "RU"}, {"일본", "JP"},
};

// Leading articles that a name may carry in running text ("la France", "the Netherlands",
// "die Schweiz", "l'Italie", "o Brasil"). They are removed only when the name with the
// article is not itself a name (so "El Salvador" stays whole).
constexpr std::array<std::string_view, 21> kArticles = {
    "the", "la", "le", "les", "l", "el", "los", "las", "die", "der", "das",
    "den", "het", "de", "il", "lo", "gli", "i", "o", "a", "os"};

bool is_apostrophe(UChar32 c) {
  return c == 0x27 || c == 0x60 || c == 0xB4 || c == 0x2018 || c == 0x2019 || c == 0x02BC ||
         c == 0x02BB || c == 0x2032;
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// 2 or 3 ASCII letters and nothing else: the shape of an ISO code ("IT", "us", "BEL").
bool is_bare_code(std::string_view text) {
  return (text.size() == 2 || text.size() == 3) &&
         std::all_of(text.begin(), text.end(), is_ascii_alpha);
}

std::string ascii_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Trims ASCII and Unicode white space at both ends.
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                        s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The lookup key of a place or country name (country.h): Analyzer::fold, then
//   * dots removed ("U.S.A." → "usa", "St." → "st");
//   * apostrophes, hyphens, other punctuation and symbols turned into spaces
//     ("Côte d’Ivoire" = "Cote d'Ivoire" = "cote d ivoire", "Royaume-Uni" = "royaume uni");
//   * "&" read as "and" ("Trinidad & Tobago" = "Trinidad and Tobago");
//   * Arabic alef with hamza or madda read as bare alef, alef maqsura as yeh (spellings
//     that vary in practice: "الامارات" = "الإمارات");
//   * the words "st"/"ste" read as "saint"/"sainte";
//   * runs of spaces collapsed, ends trimmed.
}  // namespace

std::string place_key(std::string_view name) {
  const std::string folded = analyzer().fold(trim(name));
  std::string spaced;
  spaced.reserve(folded.size() + 8);
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
  const auto length = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c == '.') continue;
    if (c == '&') {
      spaced += " and ";
    } else if (c < 0 || is_apostrophe(c) || u_isUWhiteSpace(c) || u_ispunct(c) ||
               (c < 0x80 && !u_isalnum(c)) || u_charType(c) == U_MATH_SYMBOL ||
               u_charType(c) == U_OTHER_SYMBOL || u_charType(c) == U_MODIFIER_SYMBOL ||
               u_charType(c) == U_CONTROL_CHAR || u_charType(c) == U_FORMAT_CHAR) {
      spaced += ' ';
    } else if (c == 0x0623 || c == 0x0625 || c == 0x0622 || c == 0x0671) {
      spaced += "\u0627";
    } else if (c == 0x0649) {
      spaced += "\u064A";
    } else if (c == 0x81FA) {
      spaced += "\u53F0";  // 臺 → 台: Taiwan prints 臺北, 臺中, 臺南; names lists give 台北
    } else {
      spaced.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  std::string key;
  key.reserve(spaced.size());
  std::size_t pos = 0;
  while (pos < spaced.size()) {
    while (pos < spaced.size() && spaced[pos] == ' ') ++pos;
    if (pos == spaced.size()) break;
    std::size_t end = spaced.find(' ', pos);
    if (end == std::string::npos) end = spaced.size();
    std::string_view word(spaced.data() + pos, end - pos);
    pos = end;
    if (word == "st") word = "saint";
    if (word == "ste") word = "sainte";
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

namespace {

// A country name's key: place_key without the English word "the" ("The Netherlands").
std::string name_key(std::string_view name) {
  std::string key = place_key(name);
  std::string out;
  std::size_t pos = 0;
  while (pos < key.size()) {
    std::size_t end = key.find(' ', pos);
    if (end == std::string::npos) end = key.size();
    std::string_view word(key.data() + pos, end - pos);
    if (word != "the") {
      if (!out.empty()) out += ' ';
      out += word;
    }
    pos = end + 1;
  }
  return out;
}

// Ranks (lower wins): 0 for kVariants, then 10 × position + table index (0 "Countries",
// 1 "%short", 2 "%variant"), where position is 1 for English, 2 for the country's own
// language, 3… for kPreferredLanguages in order, and after them the other languages.
// Names ranked kMinorRank or worse come only from those other ("minor") languages; when
// such a name is plain ASCII it is often an ordinary word elsewhere ("Shine" = China,
// "Helena" = Saint Helena, "Tunes" = Tunisia, "Ruslan" = Russia), so
// country_code_from_name, which reads running text, ignores it; country_code accepts it.
constexpr std::uint32_t kMinorRank = 10 * (kPreferredLanguages.size() + 3);

struct Entry {
  std::uint32_t rank;
  std::array<char, 2> code;
};

class CountryTable {
 public:
  CountryTable() { build(); }

  // The code for a name key, trying it without a leading article when it is no name.
  // With main_only, names that only minor languages give in plain ASCII are not read
  // (see kMinorRank).
  std::optional<std::string> find_name(const std::string& key, bool main_only) const {
    if (auto code = find_exact(key, main_only)) return code;
    const std::size_t space = key.find(' ');
    if (space == std::string::npos) return std::nullopt;
    const std::string_view first(key.data(), space);
    if (std::find(kArticles.begin(), kArticles.end(), first) == kArticles.end())
      return std::nullopt;
    return find_exact(key.substr(space + 1), main_only);
  }

  // The alpha-2 code for an alpha-2 or alpha-3 code in any case, or nullopt.
  std::optional<std::string> find_code(std::string_view code) const {
    const std::string upper = ascii_upper(code);
    if (upper.size() == 2) {
      if (alpha2_.count(upper)) return upper;
      for (const RegionAlias& alias : kRegionAliases)
        if (upper == alias.region) return std::string(alias.country);
      return std::nullopt;
    }
    if (auto it = alpha3_.find(upper); it != alpha3_.end()) return it->second;
    return std::nullopt;
  }

  // Whether a bare 2- or 3-letter name (key) is one of kVariants ("usa", "uk", "uae").
  bool is_short_variant(const std::string& key) const { return short_variants_.count(key) > 0; }

  // Whether ICU has region display names for this language (subtag, lower case).
  bool has_language(const std::string& language) const { return languages_.count(language) > 0; }

  std::size_t size() const { return names_.size(); }

 private:
  std::optional<std::string> find_exact(const std::string& key, bool main_only) const {
    auto it = names_.find(key);
    if (it == names_.end()) return std::nullopt;
    if (main_only && it->second.rank >= kMinorRank &&
        std::all_of(key.begin(), key.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
      return std::nullopt;
    return std::string(it->second.code.data(), 2);
  }

  void add(const std::string& key, std::string_view code, std::uint32_t rank) {
    if (key.empty() || code.size() != 2) return;
    Entry entry{rank, {code[0], code[1]}};
    auto [it, inserted] = names_.try_emplace(key, entry);
    if (!inserted && (rank < it->second.rank ||
                      (rank == it->second.rank && entry.code < it->second.code)))
      it->second = entry;
  }

  void build();
  void add_language(const std::string& tag, std::uint32_t language_rank,
                    std::unordered_set<std::string>& done_locales,
                    std::unordered_map<std::string, std::string>& key_cache);

  std::unordered_map<std::string, Entry> names_;
  std::unordered_set<std::string> alpha2_;
  std::unordered_map<std::string, std::string> alpha3_;
  std::unordered_map<std::string, std::string> likely_language_;  // region → language
  std::unordered_set<std::string> short_variants_;
  std::unordered_set<std::string> languages_;
};

void CountryTable::build() {
  std::vector<std::string> regions;
  for (const char* const* region = icu::Locale::getISOCountries(); *region != nullptr; ++region) {
    const std::string code(*region);
    bool aliased = false;
    for (const RegionAlias& alias : kRegionAliases) aliased = aliased || code == alias.region;
    if (aliased) continue;
    regions.push_back(code);
    alpha2_.insert(code);
    const icu::Locale locale("und", code.c_str());
    const std::string alpha3 = locale.getISO3Country();
    if (alpha3.size() == 3) alpha3_.emplace(alpha3, code);
    icu::Locale likely(locale);
    UErrorCode status = U_ZERO_ERROR;
    likely.addLikelySubtags(status);
    if (U_SUCCESS(status)) likely_language_.emplace(code, likely.getLanguage());
  }

  for (const Variant& variant : kVariants) {
    const std::string key = name_key(variant.name);
    add(key, variant.code, 0);
    if (is_bare_code(variant.name)) short_variants_.insert(key);
  }

  // Distinct language and language_Script tags of the available locales, in rank order.
  std::vector<std::string> others;
  {
    std::unordered_set<std::string> seen;
    int32_t count = 0;
    const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
    for (int32_t i = 0; i < count; ++i) {
      std::string tag = locales[i].getLanguage();
      if (*locales[i].getScript() != '\0') tag += std::string("_") + locales[i].getScript();
      if (seen.insert(tag).second) others.push_back(tag);
    }
  }
  std::sort(others.begin(), others.end());
  std::vector<std::string> ordered = {"en"};
  for (const char* lang : kPreferredLanguages) ordered.emplace_back(lang);
  for (const std::string& tag : others)
    if (std::find(ordered.begin(), ordered.end(), tag) == ordered.end()) ordered.push_back(tag);

  std::unordered_set<std::string> done_locales;
  std::unordered_map<std::string, std::string> key_cache;
  key_cache.reserve(40000);
  names_.reserve(40000);
  for (std::size_t i = 0; i < ordered.size(); ++i)
    add_language(ordered[i], static_cast<std::uint32_t>(i == 0 ? 1 : i + 2), done_locales,
                 key_cache);
}

void CountryTable::add_language(const std::string& tag, std::uint32_t position,
                                std::unordered_set<std::string>& done_locales,
                                std::unordered_map<std::string, std::string>& key_cache) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(kRegionTree, tag.c_str(), &status);
  // U_USING_DEFAULT_WARNING: ICU has no such locale and opened the default one instead.
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) {
    ures_close(bundle);
    return;
  }
  const std::string language = icu::Locale(tag.c_str()).getLanguage();
  for (std::size_t t = 0; t < kNameTables.size(); ++t) {
    UErrorCode table_status = U_ZERO_ERROR;
    UResourceBundle* table = ures_getByKey(bundle, kNameTables[t], nullptr, &table_status);
    if (U_FAILURE(table_status)) {
      ures_close(table);
      continue;
    }
    // A table inherited from a parent locale holds that locale's names: read each once.
    UErrorCode locale_status = U_ZERO_ERROR;
    const char* actual = ures_getLocaleByType(table, ULOC_ACTUAL_LOCALE, &locale_status);
    if (U_FAILURE(locale_status) || actual == nullptr || std::string_view(actual) == "root" ||
        !done_locales.insert(std::string(actual) + '/' + kNameTables[t]).second) {
      ures_close(table);
      continue;
    }
    languages_.insert(language);
    while (ures_hasNext(table)) {
      const char* region = nullptr;
      int32_t length = 0;
      UErrorCode item_status = U_ZERO_ERROR;
      const UChar* value = ures_getNextString(table, &length, &region, &item_status);
      if (U_FAILURE(item_status) || region == nullptr) continue;
      std::string code(region);
      for (const RegionAlias& alias : kRegionAliases)
        if (code == alias.region) code = alias.country;
      if (!alpha2_.count(code)) continue;  // "001", "EU", "UN", "QO", ...
      std::string name;
      icu::UnicodeString(false, value, length).toUTF8String(name);
      auto cached = key_cache.find(name);
      if (cached == key_cache.end()) cached = key_cache.emplace(name, name_key(name)).first;
      auto likely = likely_language_.find(code);
      const bool own = likely != likely_language_.end() && likely->second == language;
      const std::uint32_t rank = 10 * (own && position > 1 ? 2 : position) +
                                 static_cast<std::uint32_t>(t);
      add(cached->second, code, rank);
    }
    ures_close(table);
  }
  ures_close(bundle);
}

const CountryTable& table() {
  static const CountryTable kTable;
  return kTable;
}

// The Arabic vowel and doubling marks (harakat, U+064B..U+0652) of a text, in order.
std::u32string arabic_marks(std::string_view text) {
  std::u32string marks;
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(text.size());) {
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<std::int32_t>(text.size()), c);
    if (c >= 0x064B && c <= 0x0652) marks.push_back(static_cast<char32_t>(c));
  }
  return marks;
}

// Whether the marks printed on an Arabic name fit the country's Arabic name: keys drop
// them, so "عمّان" (Amman, with shadda) and "عُمان" (Oman) share a key, and only the
// marks tell them apart. A name printed without marks fits.
bool fits_marks(std::string_view printed, const std::string& code) {
  const std::u32string marks = arabic_marks(printed);
  if (marks.empty()) return true;
  const std::u32string name = arabic_marks(country_name(code, "ar"));
  std::size_t at = 0;
  for (char32_t mark : marks) {
    at = name.find(mark, at);
    if (at == std::u32string::npos) return false;
    ++at;
  }
  return true;
}

std::optional<std::string> checked_marks(std::string_view printed, std::optional<std::string> code) {
  if (code && !fits_marks(printed, *code)) return std::nullopt;
  return code;
}

}  // namespace

std::optional<std::string> country_code(std::string_view name) {
  const std::string_view trimmed = trim(name);
  if (trimmed.empty()) return std::nullopt;
  if (is_bare_code(trimmed))
    if (auto code = table().find_code(trimmed)) return code;
  return checked_marks(trimmed, table().find_name(name_key(trimmed), false));
}

std::optional<std::string> country_code_from_name(std::string_view name) {
  const std::string_view trimmed = trim(name);
  if (trimmed.empty()) return std::nullopt;
  const std::string key = name_key(trimmed);
  // A bare 2- or 3-letter word is a name only when it is one of the explicit variants and
  // written in capitals: "UK", "USA", "UAE", but not "IT", "US", "eau", "usa".
  if (is_bare_code(trimmed) && (ascii_upper(trimmed) != trimmed || !table().is_short_variant(key)))
    return std::nullopt;
  return checked_marks(trimmed, table().find_name(key, true));
}

std::string country_name(std::string_view code, std::string_view lang) {
  const std::string_view trimmed = trim(code);
  std::optional<std::string> alpha2;
  if (is_bare_code(trimmed)) alpha2 = table().find_code(trimmed);
  if (!alpha2) return std::string(code);

  std::string tag(lang);
  std::replace(tag.begin(), tag.end(), '-', '_');
  const icu::Locale region("und", alpha2->c_str());
  const icu::Locale display(tag.c_str());
  icu::UnicodeString name;
  // Only languages ICU has names for: any other would get the process's default locale.
  if (!tag.empty() && !display.isBogus() && table().has_language(display.getLanguage()))
    region.getDisplayCountry(display, name);
  if (name.isBogus() || name.isEmpty() || name == icu::UnicodeString(alpha2->c_str(), -1, US_INV))
    region.getDisplayCountry(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? *alpha2 : out;
}

}  // namespace almanac
