// What a request to the HTTP service asks for, read from its target: the query string's
// parameters, decoded and checked, and the SearchRequest of GET /search (docs/http.md).
// Independent of the HTTP library that carries the request (server.cc wires it); every
// refusal is an HttpError whose status and message the service sends as they are.
// Thread-safe (no state).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "almanac/error.h"
#include "almanac/searcher.h"

namespace almanac::http {

// An answer other than 2xx that the service decides itself: 400 for a malformed or
// unknown parameter, 413 for a query over its size limit, 404/405 from the routes.
class HttpError : public Error {
 public:
  HttpError(int status, const std::string& message) : Error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

using Parameters = std::vector<std::pair<std::string, std::string>>;

// The decoded name=value pairs of a request target's query string, in order; '+' is a
// space and %XX an escaped byte. Throws HttpError 400 for a bad escape, a nameless
// parameter or a name or value that is not valid UTF-8.
Parameters parse_parameters(std::string_view target);

// Throws HttpError 400 naming the first parameter, if there is one (routes that take none).
void require_no_parameters(const Parameters& parameters);

// The SearchRequest for /search's parameters (q, from, to, lang, country, sort, limit,
// offset, facets). Empty values mean "not given", as an HTML form sends its empty fields.
// Throws HttpError (400, or 413 for an over-long q) naming the parameter and the reason,
// and QueryError for a bad sort order.
SearchRequest search_request(const Parameters& parameters);

// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF).
bool is_valid_utf8(std::string_view text);

// A user-supplied value as error messages show it: at most 80 bytes, cut at a character.
std::string shown(std::string_view value);

}  // namespace almanac::http
