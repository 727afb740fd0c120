// Reading an event's place (see places.h and docs/places.md).
//
// The text is trimmed of separators and labels ("Venue:"), checked for an online event,
// then cut into segments at commas (also "،" "，" "、"), semicolons, bars, dashes and
// brackets. The country is the rightmost segment that almanac::country_code_from_name
// reads as a country (or a country name prefixed to a Chinese/Japanese/Korean city with
// no separator, "中国北京"); the city is the segment just before it, or before its state.
// Without a country, a state or province of the table in subdivisions.tsv after the city
// ("Austin, Texas", "Toronto, ON"), or a well-known city of the table in cities.cc, gives
// it; any other city is kept as the city only when it looks like a proper name. A
// sentence ("The meeting will be held in Brussels, Belgium.") is read from the
// preposition that introduces the place.
#include "fields/places.h"

#include <algorithm>
#include <array>
#include <map>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "almanac/analyzer.h"
#include "almanac/country.h"
#include "fields/cities.h"
#include "fields/gazetteer.h"
#include "fields/subdivisions.h"

namespace almanac::index {
namespace {

constexpr std::string_view kOnline = "Online";

// ---------------------------------------------------------------------------------------
// Word lists. Each list is '|'-separated; entries are compared by place_key(), so accents,
// case, dots and hyphens do not matter.

// Words that introduce a place: "in Wien", "à Paris", "en Madrid", "em Lisboa", "в Москве",
// "في الرباط". The one-letter "a" and the Portuguese/Dutch "no", "na", "nos", "nas", "te"
// count only in lower case ("A Coruña" keeps its article).
constexpr std::string_view kPrepositions =
    "in|at|au|aux|en|em|dans|im|presso|в|во|на|في";
// Words that mark the name after them as a city's, read like prepositions: the Russian
// "г." ("г. Казань", "в г. Москве") and "город".
constexpr std::string_view kCityMarkers = "г|город";
constexpr std::string_view kLowerCasePrepositions = "a|no|na|nos|nas|te";
// Chinese prepositions written against the place with no space: "在北京", "于上海".
constexpr std::array<std::string_view, 2> kAttachedPrepositions = {"\u5728", "\u4E8E"};

// Lower-case words that may sit inside a place name ("Ciudad de México", "Rio de Janeiro",
// "Frankfurt am Main", "Palais des Nations").
constexpr std::string_view kParticles =
    "de|del|della|delle|dei|di|da|do|dos|das|du|des|la|le|les|el|los|las|lo|l|d|of|the|"
    "on|upon|am|an|der|den|im|sur|sous|en|al|ad|bin|van|von|zu|zum|zur|op|aan|s|y|e|et|"
    "and|und|i";

// Labels before a place: "Venue: Brussels", "Lieu : Bruxelles", "地点：北京".
constexpr std::string_view kLabels =
    "venue|location|place|where|address|lieu|adresse|endroit|lugar|sede|direccion|ort|"
    "veranstaltungsort|local|endereco|luogo|место|место проведения|адрес|المكان|مكان|"
    "العنوان|地点|地點|会場|場所|장소";

// An event's own name, never a city: a segment holding one of these before the city is
// not part of the location ("Annual Conference, Brussels, Belgium").
constexpr std::string_view kEventWords =
    "conference|conferences|meeting|meetings|workshop|workshops|seminar|seminars|webinar|"
    "forum|summit|symposium|congress|session|sessions|training|course|event|events|launch|"
    "roundtable|dialogue|consultation|exhibition|fair|festival|week|day|days|ceremony|"
    "conferance|reunion|atelier|seminaire|colloque|sommet|formation|journee|journees|"
    "rencontre|lancement|semaine|conferencia|taller|seminario|foro|cumbre|curso|jornada|"
    "jornadas|encuentro|lanzamiento|semana|konferenz|tagung|sitzung|gipfel|kurs|"
    "veranstaltung|woche|conferencia|reuniao|oficina|encontro|conferenza|riunione|vertice|"
    "конференция|семинар|совещание|форум|саммит|встреча|заседание|тренинг|курс|выставка|"
    "مؤتمر|اجتماع|ندوة|ورشة|منتدى|قمة|دورة|معرض";

// Words of a venue: a segment holding one is a location but never a city.
constexpr std::string_view kVenueWords =
    "headquarters|headquarter|hq|hotel|hall|centre|center|building|room|auditorium|"
    "university|universite|universidad|universitat|universidade|universita|campus|palais|"
    "palace|palacio|palazzo|convention|institute|institut|instituto|istituto|museum|musee|"
    "museo|office|offices|bureau|house|maison|tower|stadium|arena|library|bibliotheque|"
    "biblioteca|embassy|ambassade|embajada|embaixada|botschaft|ministry|ministere|"
    "ministerio|ministerium|secretariat|secretaria|siege|premises|pavilion|pavillon|salle|"
    "sala|aula|zentrum|haus|gebaude|resort|inn|club|school|ecole|escuela|escola|schule|"
    "college|academy|academie|academia|akademie|faculty|faculte|facultad|chamber|chambre|"
    "camara|kammer|foundation|fondation|fundacion|fundacao|stiftung|organisation|"
    "organization|organizacion|organizacao|agency|agence|agencia|commission|council|"
    "conseil|consejo|parliament|parlement|parlamento|parlament|court|cour|tribunal|"
    "airport|aeroport|aeropuerto|flughafen|park|parc|parque|square|plaza|street|rue|avenue|"
    "calle|strasse|rua|boulevard|road|floor|etage|piso|suite|complex|complexe|complejo|"
    "centro|hospital|hopital|exhibition|expo|messe|grounds|fairground|fairgrounds|"
    "showground|showgrounds|recinto|pabellon|pavilhao|gelande|messegelande|"
    "штаб|центр|отель|гостиница|зал|"
    "университет|здание|дворец|посольство|министерство|مقر|فندق|قاعة|مركز|جامعة|وزارة|"
    "سفارة|قصر";
// The same for Chinese, Japanese and Korean, found inside a word.
constexpr std::array<std::string_view, 24> kCjkVenueParts = {
    "中心", "酒店", "饭店", "飯店", "大厦", "大廈", "总部", "總部", "大学", "大學",
    "宾馆", "賓館", "会场", "會場", "会馆", "會館", "会議", "会议", "ホテル", "センター",
    "本部", "호텔", "센터", "대학교"};

// Words that are not places on their own: leftovers of a date line, notices, languages.
// Month and weekday names come from ICU (see Lexicon).
constexpr std::string_view kNotPlaces =
    "tbd|tba|tbc|to be confirmed|to be announced|to be determined|n a|na|none|various|"
    "several|multiple|global|worldwide|international|regional|national|postponed|"
    "cancelled|canceled|rescheduled|ongoing|deadline|registration|agenda|programme|"
    "program|details|date|dates|time|free|open|closed|new|update|updates|news|info|"
    "information|contact|note|notes|more|read more|click here|register|apply|call|"
    "a confirmer|a determiner|reporte|annule|por confirmar|por determinar|aplazado|"
    "cancelado|pospuesto|abgesagt|verschoben|a confirmar|adiado|уточняется|отменено|"
    "перенесено|يحدد لاحقا|ملغى|待定|取消|english|french|spanish|arabic|russian|chinese|"
    "portuguese|german|francais|anglais|espagnol|espanol|ingles|frances|deutsch|englisch|"
    "today|tomorrow|yesterday|annual|hybrid";

// Online events, as a whole phrase ("Virtual format", "En línea", "线上").
constexpr std::string_view kOnlinePhrases =
    "online|on line|virtual|virtually|virtual format|virtual event|virtual meeting|"
    "virtual conference|virtual session|online event|online meeting|online conference|"
    "online session|online only|fully online|fully virtual|webinar|web conference|webcast|"
    "livestream|live stream|livestreamed|zoom|zoom meeting|zoom webinar|microsoft teams|"
    "ms teams|webex|google meet|remote|digital|en ligne|virtuel|virtuelle|format virtuel|"
    "en format virtuel|a distance|visioconference|webinaire|en linea|modalidad virtual|"
    "formato virtual|en formato virtual|a distancia|online veranstaltung|"
    "online konferenz|online seminar|virtuell|digital|em linha|on line|remoto|"
    "formato online|онлайн|в режиме онлайн|в онлайн формате|онлайн формат|"
    "дистанционно|вебинар|виртуально|عبر الانترنت|افتراضي|افتراضيا|عن بعد|اونلاين|"
    "عبر الإنترنت|线上|在线|網上|网上|线上会议|在線|線上|网络会议|视频会议|オンライン|"
    "ウェビナー|온라인";
// Words that may follow an online phrase with a platform: "Online via Zoom".
constexpr std::string_view kOnlineTails = "via|on|through|using|par|sur|por|mediante|uber|per|"
                                          "auf|через|عبر|em|en|with|avec|con|mit";
// Marks of a hybrid event: a place and online at once.
constexpr std::string_view kHybridPhrases =
    "hybrid|hybride|hibrido|ibrido|hybrid format|hybrid event|format hybride|"
    "formato hibrido|гибридный|гибридный формат|هجين|混合|ハイブリッド|하이브리드";
// Words that join a place and "online": "Brussels and online", "Genève et en ligne".
constexpr std::string_view kConnectors =
    "and|or|et|ou|y|o|und|oder|e|и|или|و|和|及|或|plus";

// Regions that are larger than a country ("Africa", "Amérique latine", "Asia-Pacific"): a
// place on its own, but neither a city nor a country. ICU region codes below plus these.
constexpr std::string_view kExtraRegions =
    "asia pacific|asia and the pacific|middle east|mena|sub saharan africa|"
    "latin america and the caribbean|lac|asie pacifique|moyen orient|afrique subsaharienne|"
    "asia pacifico|oriente medio|oriente medio y norte de africa|naher osten|"
    "oriente medio|ближний восток|الشرق الاوسط|亚太|亚太地区|中东";
constexpr std::array<const char*, 34> kMacroRegions = {
    "001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019",
    "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143",
    "145", "150", "151", "154", "155", "202", "419", "EU", "EZ", "UN"};
constexpr std::array<const char*, 11> kRegionLanguages = {"en", "fr", "es", "de", "pt", "it",
                                                          "nl", "ru", "ar", "zh", "ja"};
// Languages whose month and weekday names are capitalised like a city in some texts.
constexpr std::array<const char*, 8> kCalendarLanguages = {"en", "fr", "es", "de",
                                                           "pt", "it", "nl", "ru"};

void add_keys(std::unordered_set<std::string>& set, std::string_view list) {
  while (!list.empty()) {
    const std::size_t bar = list.find('|');
    const std::string key = place_key(list.substr(0, bar));
    if (!key.empty()) set.insert(key);
    list = bar == std::string_view::npos ? std::string_view() : list.substr(bar + 1);
  }
}

void add_names(std::unordered_set<std::string>& set, const icu::UnicodeString* names,
               int32_t count) {
  for (int32_t i = 0; names != nullptr && i < count; ++i) {
    std::string utf8;
    names[i].toUTF8String(utf8);
    const std::string key = place_key(utf8);
    if (!key.empty()) set.insert(key);
  }
}

// The word lists, keyed, built once.
struct Lexicon {
  std::unordered_set<std::string> prepositions;
  std::unordered_set<std::string> lower_case_prepositions;
  std::unordered_set<std::string> particles;
  std::unordered_set<std::string> labels;
  std::unordered_set<std::string> event_words;
  std::unordered_set<std::string> venue_words;
  std::unordered_set<std::string> not_places;
  std::unordered_set<std::string> online;
  std::unordered_set<std::string> online_tails;
  std::unordered_set<std::string> hybrid;
  std::unordered_set<std::string> connectors;
  std::unordered_set<std::string> regions;

  Lexicon() {
    add_keys(prepositions, kPrepositions);
    add_keys(prepositions, kCityMarkers);
    add_keys(lower_case_prepositions, kLowerCasePrepositions);
    add_keys(particles, kParticles);
    add_keys(labels, kLabels);
    add_keys(event_words, kEventWords);
    add_keys(venue_words, kVenueWords);
    add_keys(not_places, kNotPlaces);
    add_keys(online, kOnlinePhrases);
    add_keys(online_tails, kOnlineTails);
    add_keys(hybrid, kHybridPhrases);
    add_keys(connectors, kConnectors);
    add_keys(regions, kExtraRegions);
    for (const char* lang : kRegionLanguages) {
      const icu::Locale display(lang);
      for (const char* code : kMacroRegions) {
        icu::UnicodeString name;
        icu::Locale("und", code).getDisplayCountry(display, name);
        if (name.isBogus() || name == icu::UnicodeString(code, -1, US_INV)) continue;
        add_names(regions, &name, 1);
      }
    }
    for (const char* lang : kCalendarLanguages) {
      UErrorCode status = U_ZERO_ERROR;
      const icu::DateFormatSymbols symbols(icu::Locale(lang), status);
      if (U_FAILURE(status)) continue;
      for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
        for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
          int32_t count = 0;
          const icu::UnicodeString* months = symbols.getMonths(count, context, width);
          add_names(not_places, months, count);
          const icu::UnicodeString* days = symbols.getWeekdays(count, context, width);
          add_names(not_places, days, count);
        }
      }
    }
  }
};

const Lexicon& lexicon() {
  static const Lexicon kLexicon;
  return kLexicon;
}

// ---------------------------------------------------------------------------------------
// Code points.

UChar32 next_code_point(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  auto index = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), index, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(index);
  return c;
}

UChar32 previous_code_point(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  auto index = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, index, c);
  i = static_cast<std::size_t>(index);
  return c;
}

bool is_cjk(UChar32 c) {
  if (c < 0x2E80) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         script == USCRIPT_HANGUL;
}

bool is_space(UChar32 c) { return c < 0 || u_isUWhiteSpace(c); }

bool is_open_bracket(UChar32 c) { return c == '(' || c == '[' || c == 0xFF08 || c == 0xFF3B; }
bool is_close_bracket(UChar32 c) { return c == ')' || c == ']' || c == 0xFF09 || c == 0xFF3D; }

// Characters trimmed at both ends of a place: spaces, punctuation and the symbols used
// as separators on date lines ("|", "–", "—", "·", "•"), but not brackets (balanced
// apart) nor the dot of an abbreviation ("D.C.", kept when a letter comes before it).
bool is_edge(UChar32 c) {
  if (is_space(c)) return true;
  if (is_open_bracket(c) || is_close_bracket(c)) return false;
  if (u_ispunct(c)) return true;
  const int8_t type = static_cast<int8_t>(u_charType(c));
  return type == U_MATH_SYMBOL || type == U_OTHER_SYMBOL || type == U_CONTROL_CHAR ||
         type == U_FORMAT_CHAR || type == U_DASH_PUNCTUATION;
}

std::string_view trim_space(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t next = begin;
    if (!is_space(next_code_point(s, next))) break;
    begin = next;
  }
  std::size_t end = s.size();
  while (end > begin) {
    std::size_t previous = end;
    if (!is_space(previous_code_point(s, previous))) break;
    end = previous;
  }
  return s.substr(begin, end - begin);
}

// Bracket depth at the end of s: positive when brackets are left open.
int bracket_balance(std::string_view s) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size();) {
    const UChar32 c = next_code_point(s, i);
    if (is_open_bracket(c)) ++depth;
    if (is_close_bracket(c)) --depth;
  }
  return depth;
}

// Trims spaces, separators and unbalanced or enclosing brackets at both ends.
std::string_view trim_edges(std::string_view s) {
  for (;;) {
    const std::string_view before = s;
    s = trim_space(s);
    while (!s.empty()) {
      std::size_t next = 0;
      const UChar32 c = next_code_point(s, next);
      if (!is_edge(c) && !is_close_bracket(c)) break;
      s.remove_prefix(next);
    }
    while (!s.empty()) {
      std::size_t previous = s.size();
      const UChar32 c = previous_code_point(s, previous);
      if (c == '.' && previous > 0) {
        // "D.C.", "U.S.": the dot after a one-letter abbreviation stays.
        std::size_t at = previous;
        const UChar32 letter = previous_code_point(s, at);
        const UChar32 before = at > 0 ? previous_code_point(s, at) : ' ';
        if (u_isalpha(letter) && (before == '.' || is_space(before))) break;
      }
      if (!is_edge(c) && !is_open_bracket(c)) break;
      s.remove_suffix(s.size() - previous);
    }
    // Unbalanced brackets at the ends; "(Brussels, Belgium)" unwrapped.
    if (!s.empty()) {
      std::size_t next = 0;
      const UChar32 first = next_code_point(s, next);
      std::size_t previous = s.size();
      const UChar32 last = previous_code_point(s, previous);
      const int balance = bracket_balance(s);
      if (is_open_bracket(first) && balance > 0) {
        s.remove_prefix(next);
      } else if (is_close_bracket(last) && balance < 0) {
        s.remove_suffix(s.size() - previous);
      } else if (is_open_bracket(first) && is_close_bracket(last) && s.size() > next &&
                 bracket_balance(s.substr(next, previous - next)) == 0) {
        std::string_view inner = s.substr(next, previous - next);
        // Only when the first bracket closes at the very end: "(a) b (c)" stays.
        int depth = 0;
        bool closes_early = false;
        for (std::size_t i = 0; i < inner.size();) {
          const UChar32 c = next_code_point(inner, i);
          if (is_open_bracket(c)) ++depth;
          if (is_close_bracket(c) && --depth < 0) closes_early = true;
        }
        if (!closes_early) s = inner;
      }
    }
    if (s == before) return s;
  }
}

bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_isalpha(next_code_point(s, i))) return true;
  return false;
}

bool has_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_isdigit(next_code_point(s, i))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Words.

enum class Case { kUpper, kLower, kNone };

struct Word {
  std::size_t begin = 0;  // byte offsets in the text the word was read from
  std::size_t end = 0;
  std::string key;  // place_key of the word
  Case first = Case::kNone;  // case of its first letter; kNone for caseless scripts
  bool letter = false;       // has a letter at all ("2018" has none)
  bool all_upper = false;    // "WCO", "HQ"
  bool digit = false;
};

// The words of s, split at spaces, each trimmed of edge punctuation.
std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    while (start < s.size()) {
      std::size_t next = start;
      if (!is_space(next_code_point(s, next))) break;
      start = next;
    }
    if (start >= s.size()) break;
    std::size_t end = start;
    while (end < s.size()) {
      std::size_t next = end;
      if (is_space(next_code_point(s, next))) break;
      end = next;
    }
    i = end;
    const std::string_view raw = trim_edges(s.substr(start, end - start));
    if (raw.empty()) continue;
    Word word;
    word.begin = static_cast<std::size_t>(raw.data() - s.data());
    word.end = word.begin + raw.size();
    word.key = place_key(raw);
    bool seen_letter = false;
    bool any_lower = false;
    for (std::size_t j = 0; j < raw.size();) {
      const UChar32 c = next_code_point(raw, j);
      if (u_isdigit(c)) word.digit = true;
      if (!u_isalpha(c)) continue;
      if (!seen_letter) {
        seen_letter = true;
        word.first = u_isupper(c) || u_istitle(c) ? Case::kUpper
                     : u_islower(c)               ? Case::kLower
                                                  : Case::kNone;
      }
      any_lower = any_lower || u_islower(c);
    }
    word.letter = seen_letter;
    word.all_upper = word.first == Case::kUpper && !any_lower;
    if (!word.key.empty()) words.push_back(std::move(word));
  }
  return words;
}

// Whether a word introduces a place ("in", "à", "в", "في"); `raw` is its printed form.
bool is_preposition(const Word& word, std::string_view raw, std::string_view lang) {
  const Lexicon& lex = lexicon();
  if (lex.prepositions.count(word.key)) return true;
  if (!lex.lower_case_prepositions.count(word.key)) return false;
  if (raw == "\u00E0" || raw == "\u00C0") return true;  // "à", "À"
  if (word.first == Case::kUpper) return false;
  // The plain "a" is a preposition in the Romance languages ("a Roma", "a Madrid").
  if (word.key == "a")
    return lang.empty() || lang == "es" || lang == "pt" || lang == "it" || lang == "ca" ||
           lang == "gl" || lang == "fr";
  return true;
}

// A lower-case word that is no particle nor preposition: the mark of running text.
bool is_sentence_word(const Word& word) {
  const Lexicon& lex = lexicon();
  return word.first == Case::kLower && !lex.particles.count(word.key) &&
         !lex.prepositions.count(word.key) && !lex.lower_case_prepositions.count(word.key);
}

// s without the prepositions it starts with ("in Wien" → "Wien", "在北京" → "北京").
std::string_view strip_prepositions(std::string_view s, std::string_view lang) {
  for (int round = 0; round < 2; ++round) {
    s = trim_edges(s);
    bool stripped = false;
    for (std::string_view attached : kAttachedPrepositions) {
      if (s.size() > attached.size() && s.substr(0, attached.size()) == attached) {
        std::size_t next = attached.size();
        if (is_cjk(next_code_point(s, next))) {
          s.remove_prefix(attached.size());
          stripped = true;
        }
      }
    }
    if (stripped) continue;
    std::vector<Word> words = words_of(s);
    if (words.size() < 2) break;
    const std::string_view raw = s.substr(words[0].begin, words[0].end - words[0].begin);
    if (!is_preposition(words[0], raw, lang)) break;
    s.remove_prefix(words[1].begin);
  }
  return trim_edges(s);
}

// ---------------------------------------------------------------------------------------
// Segments.

struct Segment {
  std::string_view text;      // trimmed
  std::size_t end = 0;        // end of the segment in the text, closing bracket included
  bool bracketed = false;
};

// Whether the character at [at, next) is a separator between parts of a place.
bool is_separator(std::string_view s, std::size_t at, std::size_t next, UChar32 c) {
  switch (c) {
    case ',': case ';': case '|': case 0x060C: case 0x061B: case 0xFF0C: case 0x3001:
    case 0xFF1B: case 0xFF5C: case 0x2022: case 0x2013: case 0x2014: case 0x2015:
      return true;
    default:
      break;
  }
  if (c == '-' || c == '/' || c == 0xB7 || c == 0x30FB || c == 0x2027) {
    std::size_t before = at;
    const UChar32 b = at > 0 ? previous_code_point(s, before) : ' ';
    std::size_t after = next;
    const UChar32 a = next < s.size() ? next_code_point(s, after) : ' ';
    if (is_space(b) && is_space(a)) return true;
    // "中国·北京", "日本・東京"; never "Bruxel·les" nor "Saint-Denis".
    return c != '-' && c != '/' && (is_cjk(b) || is_cjk(a));
  }
  return false;
}

std::vector<Segment> split_segments(std::string_view s) {
  std::vector<Segment> segments;
  std::size_t start = 0;
  bool bracketed = false;
  int depth = 0;
  auto close = [&](std::size_t end, std::size_t outer_end) {
    const std::string_view text = trim_edges(s.substr(start, end - start));
    if (!text.empty() && has_letter(text)) segments.push_back({text, outer_end, bracketed});
  };
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const UChar32 c = next_code_point(s, i);
    if (is_open_bracket(c)) {
      if (depth++ == 0) {
        close(at, at);
        start = i;
        bracketed = true;
      }
    } else if (is_close_bracket(c) && depth > 0) {
      if (--depth == 0) {
        close(at, i);
        start = i;
        bracketed = false;
      }
    } else if (depth == 0 && is_separator(s, at, i, c)) {
      close(at, at);
      start = i;
    }
  }
  close(s.size(), s.size());
  return segments;
}

// ---------------------------------------------------------------------------------------
// Classifying pieces of text.

bool has_word_in(const std::vector<Word>& words, const std::unordered_set<std::string>& set) {
  return std::any_of(words.begin(), words.end(),
                     [&](const Word& w) { return set.count(w.key) > 0; });
}

bool is_venue(std::string_view text) {
  if (has_word_in(words_of(text), lexicon().venue_words)) return true;
  return std::any_of(kCjkVenueParts.begin(), kCjkVenueParts.end(), [&](std::string_view part) {
    return text.find(part) != std::string_view::npos;
  });
}

bool is_event_name(std::string_view text) {
  return has_word_in(words_of(text), lexicon().event_words);
}

bool is_region(std::string_view text) { return lexicon().regions.count(place_key(text)) > 0; }

// Whether the text is an online phrase: "Online", "Virtual (Zoom)", "Online via Zoom",
// "En línea", "Онлайн", "线上". Bracketed parts are ignored.
bool is_online_phrase(std::string_view text) {
  std::string plain;
  int depth = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const UChar32 c = next_code_point(text, i);
    if (is_open_bracket(c)) ++depth;
    if (depth == 0 && !is_close_bracket(c)) plain.append(text.substr(at, i - at));
    if (is_close_bracket(c) && depth > 0) --depth;
  }
  const std::string key = place_key(plain);
  if (key.empty()) return false;
  const Lexicon& lex = lexicon();
  if (lex.online.count(key)) return true;
  // An online phrase, then "via"/"on"/"par"/... and at most three words of a platform.
  std::size_t space = key.find(' ');
  while (space != std::string::npos) {
    const std::string head = key.substr(0, space);
    if (lex.online.count(head)) {
      const std::string tail = key.substr(space + 1);
      const std::string first = tail.substr(0, tail.find(' '));
      const auto words = std::count(tail.begin(), tail.end(), ' ') + 1;
      if (lex.online_tails.count(first) && words <= 4) return true;
    }
    space = key.find(' ', space + 1);
  }
  return false;
}

bool is_hybrid_phrase(std::string_view text) {
  return lexicon().hybrid.count(place_key(text)) > 0;
}

// Whether the text looks like one proper name: at most four words, the first capitalised,
// the others capitalised or particles ("Ciudad de México"), no digits, no acronym alone,
// no venue or event word, not a month, a weekday, a notice or a region.
bool looks_like_name(std::string_view text) {
  const std::vector<Word> words = words_of(text);
  if (words.empty() || words.size() > 4) return false;
  const Lexicon& lex = lexicon();
  if (lex.not_places.count(place_key(text)) || is_region(text)) return false;
  if (has_word_in(words, lex.venue_words) || has_word_in(words, lex.event_words)) return false;
  if (words.size() == 1 && words[0].all_upper && words[0].key.size() <= 5) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& word = words[i];
    if (word.digit) return false;
    if (word.first == Case::kUpper) continue;
    if (i > 0 && word.first == Case::kLower && lex.particles.count(word.key)) continue;
    return false;
  }
  return true;
}

// The text without the numbers before and after its words: postal codes ("1050
// Brussels", "CH-1211 Genève 2", "TX 78701"). Empty when nothing else is left.
std::string_view strip_postal_codes(std::string_view text) {
  const std::vector<Word> words = words_of(text);
  std::size_t first = 0;
  std::size_t last = words.size();
  while (first < last && words[first].digit) ++first;
  while (last > first && words[last - 1].digit) --last;
  if (first == last) return {};
  return trim_edges(text.substr(words[first].begin, words[last - 1].end - words[first].begin));
}

// Whether the text names a city: a city of the table, or a state that shares its name
// with a city in it ("Bremen", "Québec", "Tianjin").
bool is_city_name(std::string_view text, std::string_view lang) {
  return city_country(text, lang).has_value() || find_subdivision(text).is_city_named;
}

bool contains(const std::vector<std::string>& countries, const std::string& country) {
  return std::find(countries.begin(), countries.end(), country) != countries.end();
}

// Whether a segment names a subdivision of `country`: "Queensland", "TX 78701", "DC".
bool is_subdivision_of(std::string_view segment, const std::string& country) {
  const std::string_view text = strip_postal_codes(segment);
  return contains(find_subdivision(text).countries, country) ||
         contains(postal_subdivision_countries(text), country);
}

// The country of a subdivision printed after `city`: "Texas", "Техас", "ON", "TX". A
// name counts when it is a subdivision of one country, or of several of which the city
// is a city of the table ("Distrito Federal"). An abbreviation never counts in Italian,
// where two capitals after a city are its province ("Milano (MI)"), nor after a city of
// the table in another country; and when it is also an ISO country code or is shared by
// countries ("CA", "MA", "WA"), only after a city of the table in that country: "Boston,
// MA" is in the United States, "Berlin, DE" stays in Germany.
std::optional<std::string> subdivision_country(std::string_view subdivision, std::string_view city,
                                               std::string_view lang) {
  const std::optional<std::string> city_in = city_country(city, lang);
  const auto pick = [&](const std::vector<std::string>& countries,
                        bool needs_city) -> std::optional<std::string> {
    if (!needs_city && countries.size() == 1) return countries.front();
    if (city_in && contains(countries, *city_in)) return city_in;
    return std::nullopt;
  };
  if (auto country = pick(find_subdivision(subdivision).countries, false)) return country;
  if (lang == "it") return std::nullopt;
  const std::vector<std::string> countries = postal_subdivision_countries(subdivision);
  if (city_in && !contains(countries, *city_in)) return std::nullopt;
  return pick(countries, country_code(subdivision).has_value());
}

// The city in a segment, or nullopt: the segment without prepositions, from its last
// inner preposition on ("WCO Headquarters in Brussels" → "Brussels") and without postal
// codes ("1050 Brussels", "CH-1211 Genève 2"). It must be a city of the table, or look
// like a proper name; a name in a caseless script (Chinese, Arabic, ...) is taken only
// next to a country (`beside_country`), having no capital letter to tell it apart.
std::optional<std::string_view> read_city(std::string_view segment, bool beside_country,
                                          std::string_view lang) {
  std::string_view text = strip_prepositions(segment, lang);
  std::vector<Word> words = words_of(text);
  for (std::size_t i = words.size(); i-- > 1;) {
    const std::string_view raw = text.substr(words[i].begin, words[i].end - words[i].begin);
    if (is_preposition(words[i], raw, lang) && i + 1 < words.size()) {
      text = trim_edges(text.substr(words[i + 1].begin));
      break;
    }
  }
  text = strip_postal_codes(text);
  if (text.empty()) return std::nullopt;
  words = words_of(text);
  if (city_country(text, lang)) return text;
  if (is_venue(text) || is_region(text)) return std::nullopt;
  if (!has_digit(text) && words.front().first == Case::kNone && words.size() <= 3) {
    const Lexicon& lex = lexicon();
    const bool plain = !lex.not_places.count(place_key(text)) &&
                       !has_word_in(words, lex.event_words) && !is_online_phrase(text);
    return beside_country && plain ? std::optional<std::string_view>(text) : std::nullopt;
  }
  if (looks_like_name(text)) return text;
  return std::nullopt;
}

// A name written before a Chinese, Japanese or Korean city with no separator, read by
// `country_of` (a country's name, or a province's): "中国北京" → ("CN", "北京"),
// "广东省广州市" → ("CN", "广州市"). The longest name that leaves a CJK city wins.
template <typename CountryOf>
std::optional<std::pair<std::string, std::string_view>> read_cjk_prefix(std::string_view text,
                                                                        CountryOf country_of) {
  std::size_t first = 0;
  if (text.empty() || !is_cjk(next_code_point(text, first))) return std::nullopt;
  std::vector<std::size_t> bounds;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_cjk(next_code_point(text, i))) return std::nullopt;
    bounds.push_back(i);
  }
  // At least two characters each side: "日本橋" is a district of Tokyo, not Japan + "橋".
  for (std::size_t b = bounds.size() >= 3 ? bounds.size() - 2 : 0; b-- > 1;) {
    if (std::optional<std::string> code = country_of(text.substr(0, bounds[b]))) {
      const std::string_view city = text.substr(bounds[b]);
      return std::make_pair(*code, city);
    }
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::string_view>> read_cjk_country_prefix(std::string_view text) {
  return read_cjk_prefix(text, [](std::string_view name) { return country_code_from_name(name); });
}

// A province, state or municipality of one country before the city: "广东省广州市".
std::optional<std::pair<std::string, std::string_view>> read_cjk_subdivision_prefix(std::string_view text) {
  return read_cjk_prefix(text, [](std::string_view name) -> std::optional<std::string> {
    const std::vector<std::string>& countries = find_subdivision(name).countries;
    if (countries.size() != 1) return std::nullopt;
    return countries.front();
  });
}

// The city of a Japanese or Chinese address written without separators, as printed:
// "愛知県名古屋市中区" → 名古屋市, "東京都千代田区" → 千代田区, "广东省广州市天河区" → 广州市: the
// name after the prefecture or province (…都, …道, …府, …県, …省) that ends in 市 (else in
// 区) and that the gazetteer knows, with its country.
std::optional<std::pair<std::string_view, std::string>> cjk_address_city(std::string_view text, std::string_view lang) {
  std::vector<std::size_t> bounds;  // byte offset of each code point, and of the end
  std::vector<UChar32> points;
  for (std::size_t i = 0; i < text.size();) {
    bounds.push_back(i);
    points.push_back(next_code_point(text, i));
  }
  bounds.push_back(text.size());
  if (points.empty() || !std::all_of(points.begin(), points.end(), [](UChar32 c) { return is_cjk(c); })) return std::nullopt;
  constexpr std::size_t kMaxPrefectureChars = 4, kMinCityChars = 2, kMaxCityChars = 5;
  std::vector<std::size_t> starts{0};
  for (std::size_t k = 0; k < points.size() && k < kMaxPrefectureChars; ++k)
    if (points[k] == U'都' || points[k] == U'道' || points[k] == U'府' || points[k] == U'県' || points[k] == U'省')
      starts.push_back(k + 1);
  const Gazetteer& gazetteer = Gazetteer::instance();
  for (UChar32 marker : {U'市', U'区'})
    for (std::size_t start : starts)
      for (std::size_t end = start + kMinCityChars - 1; end < points.size() && end < start + kMaxCityChars; ++end) {
        if (points[end] != marker) continue;
        const std::string_view name = text.substr(bounds[start], bounds[end + 1] - bounds[start]);
        if (const GazetteerCity* city = gazetteer.resolve(name, lang, "")) return std::pair{name, city->country};
      }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Reading.

Place make_place(std::string_view location, std::optional<std::string_view> city,
                 std::optional<std::string> country) {
  Place place;
  place.location = std::string(trim_edges(location));
  if (city) place.city = Gazetteer::instance().nominative(*city);
  place.country = std::move(country);
  return place;
}

Place online_place() {
  Place place;
  place.location = std::string(kOnline);
  place.is_online = true;
  return place;
}

// Where the location starts in `text`: after the last preposition that follows running
// text ("The meeting will be held at WCO Headquarters, ..." → "WCO Headquarters, ..."),
// after leading segments that name the event ("Annual Conference, Brussels") but never
// past `limit` (the start of the city or the country).
std::size_t location_start(std::string_view text, const std::vector<Segment>& segments,
                           std::size_t limit, std::string_view lang) {
  std::size_t start = 0;
  const std::vector<Word> words = words_of(text.substr(0, limit));
  bool running_text = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view raw = text.substr(words[i].begin, words[i].end - words[i].begin);
    if (is_sentence_word(words[i]) ||
        (words[i].first == Case::kNone && words[i].letter && !is_preposition(words[i], raw, lang))) {
      running_text = true;
    } else if (running_text && is_preposition(words[i], raw, lang)) {
      start = i + 1 < words.size() ? words[i + 1].begin : limit;
    }
  }
  for (const Segment& segment : segments) {
    const auto begin = static_cast<std::size_t>(segment.text.data() - text.data());
    if (begin < start) continue;
    if (begin >= limit || !is_event_name(segment.text) || is_venue(segment.text)) break;
    start = segment.end;
  }
  return std::min(start, limit);
}

// A city and its state, no country: "Austin, Texas", "Toronto, ON", "Austin, TX 78701",
// "Остин, Техас", "أوستن، تكساس", "Sydney NSW 2000", "广东省广州市"; a state alone gives its
// country ("Bremen", "广东省"). A state named like a city is read as a state only in
// brackets or after a city of the table ("Sherbrooke (Québec)", "Montréal, Québec"); else
// it is the city ("Rathaus, Bremen"), or left to the city table ("Friedrichstraße 12,
// Berlin").
std::optional<Place> read_city_and_state(std::string_view text, const std::vector<Segment>& segments,
                                         std::string_view lang) {
  auto offset = [&](std::string_view part) { return static_cast<std::size_t>(part.data() - text.data()); };
  if (segments.size() > 1) {
    const Segment& state = segments.back();
    const std::string_view state_text = strip_postal_codes(state.text);
    const std::string_view city_segment = segments[segments.size() - 2].text;
    std::optional<std::string> country;
    if (!is_city_name(state_text, lang) || state.bracketed || city_country(city_segment, lang))
      country = subdivision_country(state_text, city_segment, lang);
    if (country) {
      const std::optional<std::string_view> city = read_city(city_segment, true, lang);
      const std::size_t start = location_start(text, segments, city ? offset(*city) : offset(city_segment), lang);
      return make_place(text.substr(start, state.end - start), city, country);
    }
    const SubdivisionName& named = find_subdivision(state_text);
    if (named.is_city_named && named.countries.size() == 1 && !city_country(state_text, lang)) {
      const std::size_t start = location_start(text, segments, offset(state.text), lang);
      return make_place(text.substr(start, state.end - start), state_text, named.countries.front());
    }
    return std::nullopt;
  }
  const std::string_view only = strip_postal_codes(segments.front().text);
  if (only.empty()) return std::nullopt;
  const auto place = [&](std::optional<std::string_view> city, std::string country) {
    const std::size_t start = location_start(text, segments, offset(only), lang);
    return make_place(text.substr(start), city, std::move(country));
  };
  const std::vector<Word> words = words_of(only);
  if (words.size() > 1) {
    // "Sydney NSW 2000", "Austin TX": a capitalised abbreviation after the city.
    const std::string_view head = trim_edges(only.substr(0, words.back().begin));
    const std::string_view tail = only.substr(words.back().begin, words.back().end - words.back().begin);
    if (!postal_subdivision_countries(tail).empty())
      if (auto country = subdivision_country(tail, head, lang)) return place(read_city(head, true, lang), *country);
  }
  if (auto state = read_cjk_subdivision_prefix(only)) return place(state->second, state->first);
  // A state alone: its name is the city when a city in it bears it ("Bremen", "天津") or
  // when it looks like a city's ("Texas").
  const SubdivisionName& named = find_subdivision(only);
  if (named.countries.size() != 1 || city_country(only, lang)) return std::nullopt;
  return place(named.is_city_named ? std::optional<std::string_view>(only) : read_city(only, false, lang),
               named.countries.front());
}

// Reads a place that has no online part. `strict`: only a place with a country or a city
// of the table counts (for pieces cut out of running text).
std::optional<Place> read_physical(std::string_view text, std::string_view lang, bool strict);

// The place in running text: the text after a preposition, up to the next word of running
// text ("Join us in Geneva for the forum" → "Geneva"), tried from the last preposition.
std::optional<Place> read_sentence(std::string_view text, std::string_view lang) {
  const std::vector<Word> words = words_of(text);
  for (std::size_t p = words.size(); p-- > 0;) {
    const std::string_view raw = text.substr(words[p].begin, words[p].end - words[p].begin);
    if (!is_preposition(words[p], raw, lang) || p + 1 >= words.size()) continue;
    std::size_t end = text.size();
    for (std::size_t q = p + 1; q < words.size(); ++q) {
      if (is_sentence_word(words[q])) {
        end = words[q].begin;
        break;
      }
    }
    const std::string_view piece =
        trim_edges(text.substr(words[p + 1].begin, end - words[p + 1].begin));
    if (auto place = read_physical(piece, lang, true)) return place;
  }
  return std::nullopt;
}

// Two capital letters that are an ISO 3166 country code ("US", "IT", "DE").
bool is_iso_code(std::string_view text) {
  if (text.size() != 2 || !(text[0] >= 'A' && text[0] <= 'Z') || !(text[1] >= 'A' && text[1] <= 'Z')) return false;
  return country_name(text, "en") != text;
}

std::optional<Place> read_physical(std::string_view text, std::string_view lang, bool strict) {
  text = strip_prepositions(text, lang);
  if (!has_letter(text)) return std::nullopt;
  const std::vector<Segment> segments = split_segments(text);
  if (segments.empty()) return std::nullopt;
  auto offset = [&](std::string_view part) {
    return static_cast<std::size_t>(part.data() - text.data());
  };

  // 1. A segment that names a country, the rightmost.
  for (std::size_t c = segments.size(); c-- > 0;) {
    std::optional<std::string> country =
        country_code_from_name(strip_prepositions(segments[c].text, lang));
    // "Boulder, CO, US": an ISO code in capitals after a city and its state (after a
    // city alone, "Lincoln, NE" and "Boston, MA" name states, not Niger and Morocco).
    if (!country && c + 1 == segments.size() && c >= 2 && !segments[c].bracketed && is_iso_code(segments[c].text))
      country = std::string(segments[c].text);
    std::optional<std::string_view> city;
    std::size_t end = segments[c].end;
    std::size_t limit = offset(segments[c].text);
    if (!country) {
      // "中国北京": the country prefixed to the city.
      if (auto prefixed = read_cjk_country_prefix(strip_prepositions(segments[c].text, lang))) {
        country = prefixed->first;
        city = prefixed->second;
        // "美国加利福尼亚州旧金山": the state, then the city.
        const auto state = read_cjk_subdivision_prefix(*city);
        if (state && state->first == country) city = state->second;
      }
    } else if (c > 0) {
      std::size_t before = c - 1;
      // "Washington, DC, USA", "Cairns, Queensland, Australia", "Montréal (Québec),
      // Canada": the city comes before the state. A state named like a city is the city
      // after anything but a city of the table ("Handelskammer, Bremen, Deutschland",
      // "Friedrichstraße 12, Berlin, Deutschland"), and so is a state with nothing before
      // it ("Bremen, Deutschland", "Chandigarh, India").
      if (before > 0 && is_subdivision_of(segments[before].text, *country) &&
          (!is_city_name(segments[before].text, lang) || segments[before].bracketed ||
           is_city_in(segments[before - 1].text, *country, lang)))
        --before;
      // "武蔵小杉(神奈川), Japan", "Kariya (Aichi), Japan": a name in brackets after
      // another qualifies it (a prefecture, a state); the city is the name before it.
      else if (before > 0 && segments[before].bracketed && !segments[before - 1].bracketed &&
               read_city(segments[before - 1].text, true, lang))
        --before;
      city = read_city(segments[before].text, true, lang);
      limit = city ? offset(*city) : offset(segments[before].text);
      // "Atlanta, Georgia": a country's name that is also a state's, after a city of the
      // table in that state's country.
      const std::optional<std::string> city_in = city ? city_country(*city, lang) : std::nullopt;
      if (city_in && city_in != country && contains(find_subdivision(segments[c].text).countries, *city_in))
        country = city_in;
    } else if (segments.size() == 1 && city_country(segments[0].text, lang) &&
               city_country(segments[0].text, lang) != country) {
      // A lone name that is a city of the table and, in some language, a country: the
      // city wins ("Granada" is Spanish for Grenada).
      country = city_country(segments[0].text, lang);
      city = segments[0].text;
    } else if (segments.size() > 1 &&
               subdivision_country(strip_postal_codes(segments.back().text), segments[0].text, lang)) {
      continue;  // "Salvador, Bahia": a city named like a country, then its state (step 3)
    } else if (segments.size() > 1 && !segments[1].bracketed) {
      // "Belgique, Bruxelles", "中国，北京": the country first.
      city = read_city(segments[1].text, true, lang);
      if (city) end = segments[1].end;
    } else if (is_city_in(segments[c].text, *country, lang)) {
      city = segments[c].text;  // "Singapore", "Luxembourg", "Monaco"
    }
    if (!country) continue;
    // "Geneva, Switzerland (Palais des Nations)": a venue after the country stays.
    for (std::size_t v = c + 1; v < segments.size() && segments[v].end > end; ++v) {
      if (!is_venue(segments[v].text)) break;
      end = segments[v].end;
    }
    const std::size_t start = location_start(text, segments, limit, lang);
    return make_place(text.substr(start, end - start), city, country);
  }

  // 2. A country and a city with no separator: "Brussels Belgium" (a city of the table
  //    with its country), "대한민국 서울", "中国 北京" (a country, then a city).
  {
    const Segment& last = segments.back();
    const std::vector<Word> words = words_of(last.text);
    for (std::size_t k = 1; k < words.size() && k <= 4; ++k) {
      const std::size_t split = words[words.size() - k].begin;
      auto country = country_code_from_name(last.text.substr(split));
      const std::string_view head = trim_edges(last.text.substr(0, split));
      if (country && is_city_in(head, *country, lang)) {
        const std::size_t start = location_start(text, segments, offset(head), lang);
        return make_place(text.substr(start, last.end - start), head, country);
      }
    }
    for (std::size_t k = 1; k < words.size() && k <= 4; ++k) {
      const std::size_t split = words[k].begin;
      auto country = country_code_from_name(last.text.substr(0, words[k - 1].end));
      const std::string_view tail = trim_edges(last.text.substr(split));
      if (!country) continue;
      const bool caseless_city = words[k].first == Case::kNone && words[k].letter &&
                                 words.size() - k <= 3 && read_city(tail, true, lang);
      if (is_city_in(tail, *country, lang) || caseless_city) {
        const std::size_t start = location_start(text, segments, offset(last.text), lang);
        return make_place(text.substr(start, last.end - start), tail, country);
      }
    }
  }

  // 3. A Japanese or Chinese address without separators: "愛知県名古屋市中区".
  for (const Segment& segment : segments)
    if (auto found = cjk_address_city(segment.text, lang)) {
      const std::size_t start = location_start(text, segments, offset(segment.text), lang);
      return make_place(text.substr(start), found->first, found->second);
    }

  // 3b. A city and its state, no country.
  if (auto place = read_city_and_state(text, segments, lang)) return place;

  // 4. A city of the table: its country holds when no place name follows it ("Paris,
  //    Lamar County" keeps no country, "WCO Headquarters, Brussels" gets BE).
  for (std::size_t c = segments.size(); c-- > 0;) {
    const std::optional<std::string_view> city = read_city(segments[c].text, false, lang);
    if (!city) continue;
    std::optional<std::string> country = city_country(*city, lang);
    if (!country) continue;
    bool followed_by_name = false;
    for (std::size_t n = c + 1; n < segments.size(); ++n)
      followed_by_name = followed_by_name || read_city(segments[n].text, false, lang).has_value();
    if (followed_by_name) {
      if (strict) return std::nullopt;
      country.reset();
    }
    const std::size_t start = location_start(text, segments, offset(*city), lang);
    return make_place(text.substr(start), city, country);
  }
  if (strict) return std::nullopt;

  // 5. Running text: the place after a preposition.
  const std::vector<Word> words = words_of(text);
  const bool is_running_text = std::any_of(words.begin(), words.end(), is_sentence_word);
  if (is_running_text)
    if (auto place = read_sentence(text, lang)) return place;

  // 6. A city of the gazetteer whose country is in doubt ("Lincoln, NE": Lincoln is in
  //    the United States and in England) is the city, without a country. Any other proper
  //    name is a place whose city is unknown: a venue, a company or a building far more
  //    often than a town too small for the gazetteer ("Marquardtei", "Science Gallery",
  //    "Workday"). The location stays; a city printed inside it is found later
  //    (find_cities_in_names).
  for (const Segment& segment : segments) {
    if (const std::optional<std::string_view> name = read_city(segment.text, false, lang)) {
      const std::size_t start = location_start(text, segments, offset(*name), lang);
      // In running text that names no place after a preposition, a capitalised word
      // opens a sentence ("Este jueves tenemos reunión…"), it names no city.
      const bool is_city = !is_running_text && !Gazetteer::instance().find(*name).empty();
      return make_place(text.substr(start), is_city ? name : std::nullopt, std::nullopt);
    }
  }

  // 7. A venue or a region alone is a place, with no city nor country.
  if (std::any_of(segments.begin(), segments.end(),
                  [](const Segment& s) { return is_venue(s.text) || is_region(s.text); })) {
    const std::size_t start = location_start(text, segments, text.size(), lang);
    return make_place(text.substr(start), std::nullopt, std::nullopt);
  }
  return std::nullopt;
}

// Removes a label at the start: "Venue: Brussels" → "Brussels".
std::string_view strip_label(std::string_view text) {
  for (std::string_view colon : {std::string_view(":"), std::string_view("\uFF1A")}) {
    const std::size_t at = text.find(colon);
    if (at == std::string_view::npos || at == 0) continue;
    if (lexicon().labels.count(place_key(text.substr(0, at))))
      return trim_edges(text.substr(at + colon.size()));
  }
  return text;
}

// The text without an online part joined to a place ("Brussels, Belgium and online",
// "Online / Genève", "Brussels (hybrid)"), or nullopt when it has none.
std::optional<std::string_view> strip_online_part(std::string_view text) {
  const Lexicon& lex = lexicon();
  // Cut points: separators, brackets, "&", "+", "/" and connector words.
  std::vector<std::pair<std::size_t, std::size_t>> cuts;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const UChar32 c = next_code_point(text, i);
    if (is_separator(text, at, i, c) || is_open_bracket(c) || c == '&' || c == '+' ||
        c == '/')
      cuts.emplace_back(at, i);
  }
  for (const Word& word : words_of(text))
    if (lex.connectors.count(word.key)) cuts.emplace_back(word.begin, word.end);
  for (const auto& [at, after] : cuts) {
    const std::string_view head = trim_edges(text.substr(0, at));
    const std::string_view tail = trim_edges(text.substr(after));
    if (head.empty() || tail.empty()) continue;
    if ((is_online_phrase(tail) || is_hybrid_phrase(tail)) && has_letter(head)) return head;
    if ((is_online_phrase(head) || is_hybrid_phrase(head)) && has_letter(tail)) return tail;
  }
  return std::nullopt;
}

}  // namespace

namespace {

// Whether an event's location prints its country, or a state or province that tells it:
// its country's name anywhere in it, or one of its segments (split_segments) a country,
// a state or a postal abbreviation.
bool prints_country(const Event& event) {
  if (!event.location || !event.country) return false;
  const std::string location = place_key(*event.location);
  for (std::string_view lang : {std::string_view(event.lang), std::string_view("en")}) {
    const std::string name = place_key(country_name(*event.country, lang));
    if (!name.empty() && location.find(name) != std::string::npos) return true;
  }
  for (const Segment& segment : split_segments(*event.location))
    if (country_code(segment.text) || !find_subdivision(segment.text).countries.empty() ||
        !postal_subdivision_countries(segment.text).empty())
      return true;
  return false;
}

struct NamedCity {
  std::string printed;
  const GazetteerCity* city = nullptr;
};

// Whether `word` stands in the bulletin's `text` (markup) as a word of running text: no
// letter either side, nor the characters that join it into an address, a file name or an
// attribute ("/lausanne-2019", "reading_list", "class=reading").
bool has_word(std::string_view text, std::string_view word) {
  const auto joins = [](UChar32 c) {
    return u_isalpha(c) || c == '/' || c == '_' || c == '-' || c == '=' || c == '#' || c == '?' || c == '%';
  };
  for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    std::size_t before = at;
    std::size_t after = at + word.size();
    const bool open = at == 0 || !joins(previous_code_point(text, before));
    bool close = after >= text.size();
    if (!close) {
      std::size_t next = after;
      const UChar32 c = next_code_point(text, next);
      // A dot ends a sentence only before a space or a tag ("reading." but not "reading.html").
      close = c == '.' ? next >= text.size() || text[next] == ' ' || text[next] == '<' || text[next] == '\n'
                       : !joins(c);
    }
    if (open && close) return true;
  }
  return false;
}

// The lower-case form of a name ("Reading" → "reading").
std::string lower(std::string_view text) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

// Where a name is looked for: a place, a title, or the words after a preposition.
enum class NameSource { kPlace, kTitle, kAfterPreposition };

// A city of the gazetteer that `text` names among other words: the longest run of one to
// three capitalised words that is one (the first of several: "Lille & Lyon"),
// else a Chinese or Japanese name that fills, opens or closes a run of CJK characters.
std::optional<NamedCity> named_city(std::string_view text, const Event& event, NameSource source,
                                    std::string_view page_text) {
  const bool is_title = source != NameSource::kPlace;
  const Gazetteer& gazetteer = Gazetteer::instance();
  const std::string country = event.country.value_or("");
  const auto resolve = [&](std::string_view name) { return gazetteer.resolve(name, event.lang, country); };
  const std::vector<Word> words = words_of(text);
  // A title that is a city's name and nothing else ("Santa Cruz do Sul", "Copenhagen"):
  // the event is named after its city.
  if (source == NameSource::kTitle && words.size() >= 2)
    if (const std::string_view whole = trim_edges(text); has_letter(whole))
      if (const GazetteerCity* city = resolve(whole)) return NamedCity{gazetteer.nominative(whole), city};
  for (std::size_t n = 3; n >= 1; --n) {
    if (words.size() < n) continue;
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
      const Word& first = words[i];
      const Word& last = words[i + n - 1];
      if (first.first == Case::kLower || last.first == Case::kLower || !first.letter || !last.letter) continue;
      if (first.all_upper && first.end - first.begin <= 3 && n == 1) continue;  // "NY", "IT": abbreviations
      const std::string_view name = text.substr(first.begin, last.end - first.begin);
      if (n == 1 && lexicon().not_places.count(first.key)) continue;  // "in March", "Montag"
      const GazetteerCity* city = resolve(name);
      if (!city) continue;
      if (is_title && first.first == Case::kUpper && has_word(page_text, lower(name))) continue;
      // In a title, a capitalised word after the name makes it a person's or a thing's
      // ("featuring Gary Bernhardt", "West End Fair"); in a place, the city closes the
      // place or one of its parts ("Museo Municipal de Guayaquil", "Lille & Lyon"), and
      // a word after it makes it part of a venue's name ("Sala de usos múltiples").
      if (i + n < words.size()) {
        const bool is_joined = trim_space(text.substr(last.end, words[i + n].begin - last.end)).empty();
        if (is_title && words[i + n].first == Case::kUpper) continue;
        // A title's first word, or the first after a sentence's end, joined to lower-case
        // ones is capitalised as a sentence's ("Mesa redonda sobre …", "Xcake! Mobile app
        // development"), not as a name ("Madrid: jornada …" is one).
        const bool opens_sentence =
            i == 0 || text.substr(words[i - 1].end, first.begin - words[i - 1].end).find_first_of(".!?:") != std::string_view::npos;
        if (source == NameSource::kTitle && opens_sentence && is_joined && words[i + n].first == Case::kLower) continue;
        if (!is_title && is_joined) continue;
      }
      return NamedCity{gazetteer.nominative(name), city};
    }
  }
  // Chinese and Japanese: a name of two to four characters at either end of a run of CJK
  // characters. `bounds` holds the byte offsets of a run's characters and of its end.
  std::vector<std::size_t> bounds;
  const auto try_run = [&]() -> std::optional<NamedCity> {
    const std::size_t count = bounds.size() - 1;
    for (std::size_t n = std::min<std::size_t>(4, count); n >= 2; --n) {
      for (std::size_t first : {std::size_t{0}, count - n}) {
        const std::string_view name = text.substr(bounds[first], bounds[first + n] - bounds[first]);
        if (const GazetteerCity* city = resolve(name)) return NamedCity{std::string(name), city};
      }
    }
    return std::nullopt;
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    if (is_cjk(next_code_point(text, i))) {
      if (bounds.empty()) bounds.push_back(at);
      bounds.push_back(i);
      if (i < text.size()) continue;
    }
    if (bounds.size() >= 3)
      if (auto found = try_run()) return found;
    bounds.clear();
  }
  return std::nullopt;
}

// The one city the description names after a preposition ("in Lausanne", "à Paris",
// "en Madrid", "в Самаре", "في الرياض"); none when it names two.
std::optional<NamedCity> city_after_preposition(const Event& event, std::string_view page_text) {
  const std::string_view text = event.description;
  const std::vector<Word> words = words_of(text);
  std::optional<NamedCity> found;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string_view raw = text.substr(words[i].begin, words[i].end - words[i].begin);
    if (words[i].first == Case::kUpper || !is_preposition(words[i], raw, event.lang)) continue;
    const std::size_t end = std::min(words.size(), i + 4);
    const std::string_view after = text.substr(words[i + 1].begin, words[end - 1].end - words[i + 1].begin);
    std::optional<NamedCity> city = named_city(after, event, NameSource::kAfterPreposition, page_text);
    if (!city || !after.starts_with(city->printed.substr(0, 2))) continue;  // right after it
    if (found && found->city != city->city) return std::nullopt;
    found = city;
  }
  return found;
}

}  // namespace

void find_cities_in_names(std::vector<Event>& events, std::string_view page_text) {
  const Gazetteer& gazetteer = Gazetteer::instance();
  for (Event& event : events) {
    if (event.location && *event.location == kOnline) continue;
    std::optional<NamedCity> found;
    if (event.city) {
      // A city read from the place that the gazetteer does not know may be a venue whose
      // name holds the city ("Science Gallery Dublin", "Casinotheater Winterthur").
      if (!event.location || gazetteer.resolve(*event.city, event.lang, event.country.value_or(""))) continue;
      found = named_city(*event.location, event, NameSource::kPlace, page_text);
    } else {
      if (event.location) found = named_city(*event.location, event, NameSource::kPlace, page_text);
      if (!found) found = named_city(event.title, event, NameSource::kTitle, page_text);
      if (!found && !event.location) found = city_after_preposition(event, page_text);
    }
    if (!found) continue;
    event.city = found->printed;
    if (!event.country) event.country = found->city->country;
  }
}

void settle_namesakes(std::vector<Event>& events) {
  std::map<std::string, std::size_t> by_country;
  std::size_t placed = 0;
  for (const Event& event : events)
    if (event.country) ++by_country[*event.country], ++placed;
  const auto most = std::max_element(by_country.begin(), by_country.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most == by_country.end() || most->second < 2 || 2 * most->second <= placed) return;
  const std::string& home = most->first;
  constexpr std::uint32_t kMuchLarger = 10;
  const Gazetteer& gazetteer = Gazetteer::instance();
  for (Event& event : events) {
    if (!event.city || event.country == home || prints_country(event)) continue;
    const GazetteerCity* local = gazetteer.resolve(*event.city, event.lang, home);
    if (!local) continue;
    if (event.country)
      if (const GazetteerCity* current = gazetteer.resolve(*event.city, event.lang, *event.country);
          current && current->population >= kMuchLarger * std::uint64_t{local->population})
        continue;
    event.country = home;
  }
}

std::optional<Place> read_place(std::string_view text, std::string_view lang) {
  std::string_view s = strip_label(trim_edges(text));
  if (!has_letter(s)) return std::nullopt;
  if (is_online_phrase(s) || is_hybrid_phrase(s)) return online_place();
  const std::optional<std::string_view> physical = strip_online_part(s);
  std::optional<Place> place = read_physical(physical ? *physical : s, lang, false);
  if (!physical) return place;
  if (!place) return online_place();
  place->is_online = true;
  return place;
}

}  // namespace almanac::index
