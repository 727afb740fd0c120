#include "request.h"

#include <cctype>
#include <optional>
#include <set>

#include "almanac/date.h"

namespace almanac::http {
namespace {

constexpr std::size_t kMaxQueryBytes = 4096;     // q longer than this: 413
constexpr std::size_t kMaxLimit = 1000;
constexpr std::size_t kMaxOffset = 1000000;

// Decodes %XX escapes and '+' (a space, as HTML forms send it).
std::string decode_component(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] != '%') {
      out += text[i];
    } else {
      if (i + 2 >= text.size() || !std::isxdigit(static_cast<unsigned char>(text[i + 1])) ||
          !std::isxdigit(static_cast<unsigned char>(text[i + 2])))
        throw HttpError(400, "bad percent-escape in the query string at '" + shown(text.substr(i)) + "'");
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    }
  }
  return out;
}

std::size_t parse_count(const std::string& name, const std::string& value, std::size_t max) {
  std::string expected = "expected an integer from 0 to " + std::to_string(max);
  if (value.empty() || value.size() > 9 || value.find_first_not_of("0123456789") != std::string::npos)
    throw HttpError(400, "bad " + name + " '" + shown(value) + "': " + expected);
  std::size_t count = std::stoul(value);
  if (count > max) throw HttpError(400, "bad " + name + " '" + value + "': " + expected);
  return count;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length;
    char32_t code, least;
    if ((lead & 0xE0) == 0xC0) length = 1, code = lead & 0x1F, least = 0x80;
    else if ((lead & 0xF0) == 0xE0) length = 2, code = lead & 0x0F, least = 0x800;
    else if ((lead & 0xF8) == 0xF0) length = 3, code = lead & 0x07, least = 0x10000;
    else return false;
    if (text.size() - i <= length) return false;
    for (std::size_t k = 1; k <= length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length + 1;
  }
  return true;
}

std::string shown(std::string_view value) {
  if (value.size() <= 80) return std::string(value);
  std::size_t cut = 80;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return std::string(value.substr(0, cut)) + "…";
}

Parameters parse_parameters(std::string_view target) {
  Parameters parameters;
  std::size_t question = target.find('?');
  if (question == std::string_view::npos) return parameters;
  std::string_view rest = target.substr(question + 1);
  while (!rest.empty()) {
    std::size_t amp = rest.find('&');
    std::string_view piece = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    if (piece.empty()) continue;
    std::size_t eq = piece.find('=');
    std::string name = decode_component(piece.substr(0, eq));
    std::string value = eq == std::string_view::npos ? "" : decode_component(piece.substr(eq + 1));
    if (!is_valid_utf8(name)) throw HttpError(400, "a parameter name is not valid UTF-8");
    if (name.empty()) throw HttpError(400, "a parameter has no name");
    if (!is_valid_utf8(value)) throw HttpError(400, "parameter '" + shown(name) + "' is not valid UTF-8");
    parameters.emplace_back(std::move(name), std::move(value));
  }
  return parameters;
}

void require_no_parameters(const Parameters& parameters) {
  if (!parameters.empty()) throw HttpError(400, "unknown parameter '" + shown(parameters.front().first) + "'");
}

SearchRequest search_request(const Parameters& parameters) {
  SearchRequest request;
  std::set<std::string> seen;
  std::optional<DateRange> from, to;
  for (const auto& [name, value] : parameters) {
    if (!seen.insert(name).second) throw HttpError(400, "parameter '" + shown(name) + "' is given more than once");
    if (name == "q") {
      if (value.size() > kMaxQueryBytes)
        throw HttpError(413, "query too long: " + std::to_string(value.size()) + " bytes, at most " +
                                 std::to_string(kMaxQueryBytes));
      request.query = value;
    } else if (name == "from" || name == "to") {
      if (value.empty()) continue;
      auto bound = parse_date_bound(value);
      if (!bound) throw HttpError(400, "bad " + name + " date '" + shown(value) + "': expected YYYY, YYYY-MM or YYYY-MM-DD");
      (name == "from" ? from : to) = bound;
      (name == "from" ? request.from : request.to) = value;
    } else if (name == "lang") {
      request.lang = value;
    } else if (name == "country") {
      request.country = value;
    } else if (name == "sort") {
      if (!value.empty()) request.sort = parse_sort_order(value);
    } else if (name == "limit") {
      if (!value.empty()) request.limit = parse_count(name, value, kMaxLimit);
    } else if (name == "offset") {
      if (!value.empty()) request.offset = parse_count(name, value, kMaxOffset);
    } else if (name == "facets") {
      if (value == "1" || value == "true") request.facets = true;
      else if (value == "0" || value == "false" || value.empty()) request.facets = false;
      else throw HttpError(400, "bad facets '" + shown(value) + "': expected 0, 1, true or false");
    } else {
      throw HttpError(400, "unknown parameter '" + shown(name) +
                               "': expected q, from, to, lang, country, sort, limit, offset or facets");
    }
  }
  if (from && to && to->end < from->start)
    throw HttpError(400, "to date " + *request.to + " is before from date " + *request.from);
  return request;
}

}  // namespace almanac::http
