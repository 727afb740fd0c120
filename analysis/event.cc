#include "almanac/event.h"

#include <memory>

#include <nlohmann/json.hpp>
#include <zstd.h>

#include "almanac/error.h"
#include "almanac/hash.h"
#include "data_dictionary.h"

namespace almanac {
namespace {

nlohmann::ordered_json optional_string(const std::optional<std::string>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json optional_date(const std::optional<Date>& value) {
  return value ? nlohmann::ordered_json(value->iso()) : nlohmann::ordered_json(nullptr);
}

// Reads an event object straight into an Event, without building a JSON tree: the
// searcher reads one per hit, and the tree was most of that cost. Fields other than the
// event's are skipped; missing, wrongly typed or malformed fields are errors.
class EventReader : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit EventReader(Event& event) : event_(event) {}

  bool null() override { return value(std::nullopt); }
  bool boolean(bool) override { return other_value(); }
  bool number_integer(number_integer_t) override { return other_value(); }
  bool number_unsigned(number_unsigned_t) override { return other_value(); }
  bool number_float(number_float_t, const string_t&) override { return other_value(); }
  bool string(string_t& text) override { return value(std::move(text)); }
  bool binary(binary_t&) override { return other_value(); }
  bool start_object(std::size_t) override {
    if (depth_ > 0 && !other_value()) return false;
    ++depth_;
    return true;
  }
  bool key(string_t& name) override {
    key_ = std::move(name);
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    if (!other_value()) return false;
    ++depth_;
    return true;
  }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    return fail(e.what());
  }

  // Throws when the object lacked a required field or held a bad one.
  void finish() const {
    if (!error_.empty()) throw Error("event JSON: " + error_);
    constexpr std::pair<unsigned, const char*> kRequired[] = {
        {kId, "id"},       {kBulletin, "bulletin"}, {kLang, "lang"},         {kTitle, "title"},
        {kSubtitle, "subtitle"}, {kStart, "start"}, {kEnd, "end"},           {kLocation, "location"},
        {kCity, "city"},   {kCountry, "country"},   {kUrl, "url"},           {kDescription, "description"}};
    for (auto [bit, name] : kRequired)
      if (!(seen_ & bit)) throw Error(std::string("event JSON: field '") + name + "' is missing");
  }

 private:
  enum : unsigned {
    kId = 1, kBulletin = 2, kLang = 4, kTitle = 8, kSubtitle = 16, kStart = 32, kEnd = 64,
    kLocation = 128, kCity = 256, kCountry = 512, kUrl = 1024, kDescription = 2048
  };

  bool fail(const std::string& message) {
    if (error_.empty()) error_ = message;
    return false;
  }
  // A value that is not a string or null: an error for the object itself or one of the
  // event's fields; skipped in unknown fields and inside them.
  bool other_value() {
    if (depth_ == 0) return fail("not an object");
    if (depth_ == 1 && bit_of(key_) != 0) return fail("field '" + key_ + "' is not a string or null");
    return true;
  }
  static unsigned bit_of(const std::string& name) {
    static const std::pair<const char*, unsigned> kKeys[] = {
        {"id", kId},       {"bulletin", kBulletin}, {"lang", kLang},       {"title", kTitle},
        {"subtitle", kSubtitle}, {"start", kStart}, {"end", kEnd},         {"location", kLocation},
        {"city", kCity},   {"country", kCountry},   {"url", kUrl},         {"description", kDescription}};
    for (auto [key, bit] : kKeys)
      if (name == key) return bit;
    return 0;
  }

  bool value(std::optional<std::string> text) {
    if (depth_ == 0) return fail("not an object");
    if (depth_ != 1) return true;
    unsigned bit = bit_of(key_);
    if (bit == 0) return true;
    seen_ |= bit;
    constexpr unsigned kNullable = kSubtitle | kStart | kEnd | kLocation | kCity | kCountry | kUrl;
    if (!text && !(bit & kNullable)) return fail("field '" + key_ + "' is not a string");
    auto date = [&](std::optional<Date>& out) {
      if (!text) return true;
      out = Date::from_iso(*text);
      return out ? true : fail("field '" + key_ + "' is not a YYYY-MM-DD date: " + *text);
    };
    switch (bit) {
      case kId: event_.id = std::move(*text); break;
      case kBulletin: event_.bulletin = std::move(*text); break;
      case kLang: event_.lang = std::move(*text); break;
      case kTitle: event_.title = std::move(*text); break;
      case kSubtitle: event_.subtitle = std::move(text); break;
      case kStart: return date(event_.start);
      case kEnd: return date(event_.end);
      case kLocation: event_.location = std::move(text); break;
      case kCity: event_.city = std::move(text); break;
      case kCountry: event_.country = std::move(text); break;
      case kUrl: event_.url = std::move(text); break;
      case kDescription: event_.description = std::move(*text); break;
    }
    return true;
  }

  Event& event_;
  int depth_ = 0;
  std::string key_;
  unsigned seen_ = 0;
  std::string error_;
};

}  // namespace

namespace {

// Document data is the event's MessagePack record compressed by zstd with a dictionary
// trained on the events of corpus/ (data-dictionary.zstd, made by scripts/data-dictionary).
// Records of a few hundred bytes share their field names and much of their wording,
// which the dictionary holds once instead of each record: on the benchmark's events,
// 21% smaller than the zlib Xapian applies by itself, and read in 2.2 µs instead of 8.6
// (bench/RESULTS.md). Xapian leaves the compressed record as it is.
constexpr int kDataLevel = 3;
// A record larger than this is damaged data, not an event.
constexpr unsigned long long kMaxRecordBytes = 64ull << 20;

struct DataDictionary {
  unsigned id = 0;
  std::unique_ptr<ZSTD_CDict, decltype(&ZSTD_freeCDict)> compress{nullptr, ZSTD_freeCDict};
  std::unique_ptr<ZSTD_DDict, decltype(&ZSTD_freeDDict)> decompress{nullptr, ZSTD_freeDDict};
};

const DataDictionary& data_dictionary() {
  static const DataDictionary dictionary = [] {
    DataDictionary d;
    d.id = ZSTD_getDictID_fromDict(kDataDictionary, sizeof kDataDictionary);
    d.compress.reset(ZSTD_createCDict(kDataDictionary, sizeof kDataDictionary, kDataLevel));
    d.decompress.reset(ZSTD_createDDict(kDataDictionary, sizeof kDataDictionary));
    if (!d.compress || !d.decompress) throw Error("event data: cannot load the dictionary");
    return d;
  }();
  return dictionary;
}

bool is_zstd_frame(std::string_view data) {
  return data.size() >= 4 && static_cast<unsigned char>(data[0]) == 0x28 && static_cast<unsigned char>(data[1]) == 0xB5 &&
         static_cast<unsigned char>(data[2]) == 0x2F && static_cast<unsigned char>(data[3]) == 0xFD;
}

// The MessagePack record of compressed data; `record` is reused between calls.
std::string_view decompress(std::string_view data, std::string& record) {
  const DataDictionary& dictionary = data_dictionary();
  unsigned id = ZSTD_getDictID_fromFrame(data.data(), data.size());
  if (id != dictionary.id)
    throw Error("event data: compressed with dictionary " + std::to_string(id) + ", this version has " +
                std::to_string(dictionary.id));
  unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxRecordBytes)
    throw Error("event data: damaged compressed record");
  thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context{ZSTD_createDCtx(), ZSTD_freeDCtx};
  record.resize(size);
  std::size_t n = ZSTD_decompress_usingDDict(context.get(), record.data(), record.size(), data.data(), data.size(),
                                             dictionary.decompress.get());
  if (ZSTD_isError(n) || n != size) throw Error(std::string("event data: damaged compressed record: ") + ZSTD_getErrorName(n));
  return record;
}

}  // namespace

std::string event_to_data(const Event& event) {
  std::string record;
  nlohmann::ordered_json::to_msgpack(to_json(event), nlohmann::detail::output_adapter<char>(record));
  thread_local std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context = [] {
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> c{ZSTD_createCCtx(), ZSTD_freeCCtx};
    ZSTD_CCtx_refCDict(c.get(), data_dictionary().compress.get());
    ZSTD_CCtx_setParameter(c.get(), ZSTD_c_checksumFlag, 1);  // damaged data is an error, not a wrong event
    return c;
  }();
  std::string data(ZSTD_compressBound(record.size()), '\0');
  std::size_t n = ZSTD_compress2(context.get(), data.data(), data.size(), record.data(), record.size());
  if (ZSTD_isError(n)) throw Error(std::string("event data: cannot compress: ") + ZSTD_getErrorName(n));
  data.resize(n);
  return data;
}

Event event_from_data(std::string_view data) {
  thread_local std::string record;
  // Schema 3 compresses the record (a zstd frame); schema 2 stored the MessagePack record
  // itself, which opens with a map marker; schema 1 stored JSON text.
  if (is_zstd_frame(data)) data = decompress(data, record);
  Event event;
  EventReader reader(event);
  auto format = !data.empty() && data.front() == '{' ? nlohmann::json::input_format_t::json
                                                      : nlohmann::json::input_format_t::msgpack;
  nlohmann::json::sax_parse(data.begin(), data.end(), &reader, format);
  reader.finish();
  return event;
}

nlohmann::ordered_json to_json(const Event& event) {
  nlohmann::ordered_json ordered;
  ordered["id"] = event.id;
  ordered["bulletin"] = event.bulletin;
  ordered["lang"] = event.lang;
  ordered["title"] = event.title;
  ordered["subtitle"] = optional_string(event.subtitle);
  ordered["start"] = optional_date(event.start);
  ordered["end"] = optional_date(event.end);
  ordered["location"] = optional_string(event.location);
  ordered["city"] = optional_string(event.city);
  ordered["country"] = optional_string(event.country);
  ordered["url"] = optional_string(event.url);
  ordered["description"] = event.description;
  return ordered;
}

Event event_from_json(const nlohmann::json& json) {
  // One reader checks every field, whatever form the object comes in.
  std::string packed;
  nlohmann::json::to_msgpack(json, nlohmann::detail::output_adapter<char>(packed));
  return event_from_data(packed);
}

std::string make_event_id(const std::string& bulletin, const std::string& title,
                          const std::optional<Date>& start) {
  std::string key = bulletin;
  key += '\x1f';
  key += title;
  key += '\x1f';
  if (start) key += start->iso();
  return hex64(fnv1a64(key));
}

}  // namespace almanac
