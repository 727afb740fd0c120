// The gazetteer (see gazetteer.h): libgeonames' cities, named in the languages of its
// message catalogs.
#include "fields/gazetteer.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iterator>
#include <libintl.h>
#include <unordered_map>

#include <geonames.h>
#include <unicode/locid.h>

#include "almanac/country.h"

namespace almanac::index {
namespace {

// The catalogs read, one per language: the nine languages Almanac is tested in, and
// those of the bulletins' neighbours (a German bulletin announcing a meetup in "Breslau"
// prints Polish names too, a Chinese one traditional names). Names in the other ~170
// catalogs are mostly these same spellings; reading them all would triple the load time.
constexpr std::string_view kLanguages[] = {
    "en", "fr", "es", "de", "pt", "ru", "ar", "zh", "zh_CN", "zh_TW", "zh_HK", "ja",
    "it", "nl", "pl", "uk", "ko", "tr", "ca", "cs", "sv", "da", "nb", "fi", "el", "he",
    "fa", "hu", "ro", "bg", "sr", "hr", "sk", "sl", "id", "vi", "th", "hi", "be", "kk",
    "eu", "gl", "lt", "lv", "et"};

// The messages of a GNU gettext catalog (.mo): original → translation, here GeoNames id →
// name. An unreadable or malformed file gives nothing.
std::vector<std::pair<std::string, std::string>> read_catalog(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto u32 = [&](std::size_t at, bool swap) -> std::uint32_t {
    std::uint32_t v = 0;
    std::memcpy(&v, data.data() + at, 4);
    return swap ? __builtin_bswap32(v) : v;
  };
  if (data.size() < 28) return {};
  bool swap = false;
  if (u32(0, false) != 0x950412deU) {
    if (u32(0, true) != 0x950412deU) return {};
    swap = true;
  }
  const std::uint32_t count = u32(8, swap);
  const std::uint32_t originals = u32(12, swap);
  const std::uint32_t translations = u32(16, swap);
  if (originals + 8ULL * count > data.size() || translations + 8ULL * count > data.size()) return {};
  const auto string_at = [&](std::uint32_t table, std::uint32_t i) -> std::optional<std::string> {
    const std::uint32_t length = u32(table + 8 * i, swap);
    const std::uint32_t offset = u32(table + 8 * i + 4, swap);
    if (std::uint64_t(offset) + length > data.size()) return std::nullopt;
    return data.substr(offset, length);
  };
  std::vector<std::pair<std::string, std::string>> messages;
  messages.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    auto original = string_at(originals, i);
    auto translation = string_at(translations, i);
    if (!original || !translation || original->empty()) continue;  // "" is the header
    messages.emplace_back(std::move(*original), std::move(*translation));
  }
  return messages;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Russian prints a city after "в" in the locative: "в Новосибирске", "в Самаре", "в Казани",
// "в Ярославле", "в Черновцах". The endings of the nominatives it may come from, tried in
// turn: (locative ending, nominative ending).
constexpr LocativeEnding kLocativeEndings[] = {
    {"е", ""},    // Томске → Томск
    {"е", "а"},   // Самаре → Самара
    {"е", "ь"},   // Ярославле → Ярославль
    {"е", "о"},   // Иванове → Иваново
    {"е", "й"},   // Сиднее → Сидней
    {"и", "ь"},   // Казани → Казань, Твери → Тверь
    {"ах", "ы"},  // Черновцах → Черновцы
    {"ах", "и"},  // Химках → Химки
    // The adjective of a name of several words: "в Нижнем Новгороде" → Нижний Новгород,
    // "в Старом Осколе" → Старый Оскол, "в Красной Поляне" → Красная Поляна.
    {"ем", "ий"},
    {"ом", "ый"},  // before "ий": Ukrainian names share the keys ("Старий Оскол")
    {"ом", "ий"},
    {"ом", "ой"},
    {"ой", "ая"},
    {"ей", "яя"},
};

// The words of a name as printed ("Ростове-на-Дону" → "Ростове", "на", "Дону"), split at
// spaces and hyphens, with the separators between them.
struct PrintedWords {
  std::vector<std::string> words;
  std::vector<std::string> separators;  // separators[i] follows words[i]
};

PrintedWords printed_words(std::string_view name) {
  PrintedWords out;
  std::string word;
  std::string separator;
  for (char c : name) {
    const bool is_separator = c == ' ' || c == '-';
    if (is_separator) {
      separator += c;
      continue;
    }
    if (!separator.empty()) {
      out.words.push_back(std::move(word));
      out.separators.push_back(std::move(separator));
      word.clear();
      separator.clear();
    }
    word += c;
  }
  out.words.push_back(std::move(word));
  out.separators.push_back(separator);
  return out;
}

// A word with `ending` in place of its locative ending (none: the word as it is).
std::string with_ending(std::string_view word, const LocativeEnding* ending) {
  if (!ending) return std::string(word);
  return std::string(word.substr(0, word.size() - ending->first.size())) + std::string(ending->second);
}

// The name the endings give, word by word.
std::string with_endings(const PrintedWords& name, const std::vector<const LocativeEnding*>& endings) {
  std::string out;
  for (std::size_t i = 0; i < name.words.size(); ++i)
    out += with_ending(name.words[i], endings[i]) + name.separators[i];
  return out;
}

bool is_cyrillic(std::string_view key) {
  return !key.empty() && static_cast<unsigned char>(key[0]) >= 0xD0 && static_cast<unsigned char>(key[0]) <= 0xD3;
}

// The markers that follow a Chinese or Japanese city's name: 市 (city), 都 (metropolis,
// 東京都), 府 (大阪府), 県/县 (prefecture, county), 省 (province), 区 (ward).
constexpr std::string_view kCjkMarkers[] = {"\u5E02", "\u90FD", "\u5E9C", "\u770C", "\u53BF", "\u7701", "\u533A"};

// A town of a country that speaks another language than the bulletin is read as such only
// from this size on, or with its country printed: small foreign towns' names are often
// words of the bulletin's language ("Este", "Of", "Best", "Sale").
constexpr std::uint32_t kForeignTownPopulation = 100000;

}  // namespace

std::string country_language(std::string_view country) {
  icu::Locale likely(("und_" + std::string(country)).c_str());
  UErrorCode status = U_ZERO_ERROR;
  likely.addLikelySubtags(status);
  if (U_FAILURE(status)) return {};
  return likely.getLanguage();
}

Gazetteer::Gazetteer() {
  const auto started = std::chrono::steady_clock::now();
  const gint count = geonames_get_n_cities();
  cities_.reserve(static_cast<std::size_t>(std::max(count, 0)));
  std::unordered_map<std::string, std::uint32_t> by_id;
  std::unordered_map<std::string, std::string> languages;  // country → its main language
  by_id.reserve(cities_.capacity());
  for (gint i = 0; i < count; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    if (!city) continue;
    const gchar* id = nullptr;
    const gchar* name = nullptr;
    const gchar* admin1 = nullptr;
    const gchar* state = nullptr;
    const gchar* code = nullptr;
    const gchar* country_name = nullptr;
    const gchar* zone = nullptr;
    guint32 population = 0;
    gdouble latitude = 0;
    gdouble longitude = 0;
    if (g_variant_is_of_type(city, G_VARIANT_TYPE("(sssssssudd)"))) {
      g_variant_get(city, "(&s&s&s&s&s&s&sudd)", &id, &name, &admin1, &state, &code, &country_name,
                    &zone, &population, &latitude, &longitude);
      GazetteerCity entry;
      entry.geonames_id = static_cast<std::uint32_t>(std::strtoul(id, nullptr, 10));
      entry.population = population;
      entry.name = name;
      entry.state = state;
      entry.country = code;
      auto language = languages.find(entry.country);
      if (language == languages.end())
        language = languages.emplace(entry.country, country_language(entry.country)).first;
      entry.language = language->second;
      by_id.emplace(id, static_cast<std::uint32_t>(cities_.size()));
      cities_.push_back(std::move(entry));
    }
    geonames_city_free(city);
  }

  std::vector<std::pair<std::string, std::uint32_t>> pairs;
  const auto add = [&](std::string_view name, std::uint32_t city) {
    std::string key = place_key(name);
    if (!key.empty()) pairs.emplace_back(std::move(key), city);
  };
  for (std::uint32_t c = 0; c < cities_.size(); ++c) add(cities_[c].name, c);

  const char* dir = bindtextdomain("geonames", nullptr);
  const std::string locale_dir = dir ? dir : "/usr/share/locale";
  for (std::string_view language : kLanguages) {
    const auto messages =
        read_catalog(locale_dir + "/" + std::string(language) + "/LC_MESSAGES/geonames.mo");
    if (messages.empty()) continue;
    ++stats_.catalogs;
    for (const auto& [id, name] : messages) {
      const auto it = by_id.find(id);
      if (it != by_id.end()) add(name, it->second);
    }
  }

  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  entries_.reserve(pairs.size());
  std::string_view previous;
  for (const auto& [key, city] : pairs) {
    if (key != previous) {
      keys_.append(key);
    }
    const auto offset = static_cast<std::uint32_t>(keys_.size() - key.size());
    entries_.push_back({offset, static_cast<std::uint32_t>(key.size()), city});
    previous = key;
  }
  // Counting sort of the entries by city.
  city_first_.assign(cities_.size() + 1, 0);
  for (const Entry& entry : entries_) ++city_first_[entry.city + 1];
  for (std::size_t c = 1; c < city_first_.size(); ++c) city_first_[c] += city_first_[c - 1];
  by_city_.resize(entries_.size());
  std::vector<std::uint32_t> next(city_first_.begin(), city_first_.end() - 1);
  for (std::uint32_t e = 0; e < entries_.size(); ++e) by_city_[next[entries_[e].city]++] = e;

  ids_.reserve(cities_.size());
  for (std::uint32_t c = 0; c < cities_.size(); ++c) ids_.emplace_back(cities_[c].geonames_id, c);
  std::sort(ids_.begin(), ids_.end());

  stats_.cities = cities_.size();
  stats_.names = entries_.size();
  std::size_t bytes = keys_.capacity() + entries_.capacity() * sizeof(Entry) +
                      (by_city_.capacity() + city_first_.capacity() + 2 * ids_.capacity()) * sizeof(std::uint32_t) +
                      cities_.capacity() * sizeof(GazetteerCity);
  for (const GazetteerCity& city : cities_) bytes += city.name.capacity() + city.state.capacity();
  stats_.bytes = bytes;
  stats_.load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

const Gazetteer& Gazetteer::instance() {
  static const Gazetteer kGazetteer;
  return kGazetteer;
}

std::string_view Gazetteer::key_of(const Entry& entry) const {
  return std::string_view(keys_).substr(entry.key_offset, entry.key_length);
}

std::span<const Gazetteer::Entry> Gazetteer::entries_of(std::string_view key) const {
  const auto less = [&](const Entry& entry, std::string_view k) { return key_of(entry) < k; };
  const auto first = std::lower_bound(entries_.begin(), entries_.end(), key, less);
  auto last = first;
  while (last != entries_.end() && key_of(*last) == key) ++last;
  return {first, last};
}

std::vector<const GazetteerCity*> Gazetteer::find(std::string_view name) const {
  const std::string key = place_key(name);
  std::vector<const GazetteerCity*> found;
  if (key.empty()) return found;
  const auto collect = [&](std::string_view k) {
    for (const Entry& entry : entries_of(k)) {
      const GazetteerCity* city = &cities_[entry.city];
      if (std::find(found.begin(), found.end(), city) == found.end()) found.push_back(city);
    }
  };
  collect(key);
  if (!found.empty()) return found;
  for (std::string_view marker : kCjkMarkers) {
    if (ends_with(key, marker)) {
      collect(std::string_view(key).substr(0, key.size() - marker.size()));
    } else if (static_cast<unsigned char>(key[0]) >= 0xE3) {
      collect(key + std::string(marker));  // "横浜" → "横浜市", "東京" → "東京都"
    }
  }
  if (found.empty())
    if (const auto endings = known_locative(name)) collect(place_key(with_endings(printed_words(name), *endings)));
  return found;
}

const GazetteerCity* Gazetteer::by_id(std::uint32_t geonames_id) const {
  const auto it = std::lower_bound(ids_.begin(), ids_.end(), std::make_pair(geonames_id, std::uint32_t{0}));
  return it != ids_.end() && it->first == geonames_id ? &cities_[it->second] : nullptr;
}

std::vector<std::string_view> Gazetteer::keys_of(const GazetteerCity& city) const {
  std::vector<std::string_view> keys;
  if (cities_.empty() || &city < cities_.data() || &city >= cities_.data() + cities_.size()) return keys;
  const auto c = static_cast<std::size_t>(&city - cities_.data());
  for (std::uint32_t i = city_first_[c]; i < city_first_[c + 1]; ++i) {
    const std::string_view key = key_of(entries_[by_city_[i]]);
    keys.push_back(key);
    for (std::string_view marker : kCjkMarkers)
      if (ends_with(key, marker)) keys.push_back(key.substr(0, key.size() - marker.size()));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::string Gazetteer::nominative(std::string_view printed) const {
  if (!entries_of(place_key(printed)).empty()) return std::string(printed);
  const auto endings = known_locative(printed);
  if (!endings) return std::string(printed);
  return with_endings(printed_words(printed), *endings);
}

std::optional<std::vector<const LocativeEnding*>> Gazetteer::known_locative(std::string_view name) const {
  const std::string key = place_key(name);
  if (!is_cyrillic(key)) return std::nullopt;
  const PrintedWords words = printed_words(name);
  constexpr std::size_t kMaxWords = 4;
  if (words.words.size() > kMaxWords) return std::nullopt;
  // Every word as printed or with one of the endings it has, tried in turn (each word
  // varying fastest at the end); the first whose name the gazetteer holds.
  std::vector<std::vector<const LocativeEnding*>> options(words.words.size());
  for (std::size_t i = 0; i < words.words.size(); ++i) {
    options[i].push_back(nullptr);
    for (const LocativeEnding& ending : kLocativeEndings)
      if (ends_with(words.words[i], ending.first)) options[i].push_back(&ending);
  }
  std::vector<std::size_t> choice(words.words.size(), 0);
  std::vector<const LocativeEnding*> endings(words.words.size(), nullptr);
  for (;;) {
    std::size_t k = choice.size();
    while (k > 0 && ++choice[k - 1] == options[k - 1].size()) choice[--k] = 0;
    if (k == 0) return std::nullopt;  // every combination tried
    for (std::size_t i = 0; i < choice.size(); ++i) endings[i] = options[i][choice[i]];
    if (!entries_of(place_key(with_endings(words, endings))).empty()) return endings;
  }
}

const GazetteerCity* Gazetteer::resolve(std::string_view name, std::string_view lang,
                                        std::string_view country) const {
  const std::vector<const GazetteerCity*> found = find(name);
  if (!country.empty()) {
    const GazetteerCity* best = nullptr;
    for (const GazetteerCity* city : found)
      if (city->country == country && (!best || city->population > best->population)) best = city;
    return best;
  }
  const std::string base_lang(lang.substr(0, lang.find_first_of("-_")));
  // Each country's best-scored city, in the order the countries first appear.
  std::vector<std::pair<double, const GazetteerCity*>> by_country;
  for (const GazetteerCity* city : found) {
    double score = city->population;
    if (!base_lang.empty() && city->language == base_lang) {
      score *= 10;
    } else if (!base_lang.empty() && city->population < kForeignTownPopulation) {
      continue;  // "Este" in a Spanish sentence is no Italian town
    }
    const auto same = std::find_if(by_country.begin(), by_country.end(),
                                   [&](const auto& entry) { return entry.second->country == city->country; });
    if (same == by_country.end()) by_country.emplace_back(score, city);
    else if (score > same->first) *same = {score, city};
  }
  const auto by_score = [](const auto& a, const auto& b) { return a.first < b.first; };
  const auto best = std::max_element(by_country.begin(), by_country.end(), by_score);
  if (best == by_country.end()) return nullptr;
  for (auto other = by_country.begin(); other != by_country.end(); ++other)
    if (other != best && best->first < 3 * other->first) return nullptr;  // the name tells no country
  return best->second;
}

}  // namespace almanac::index
