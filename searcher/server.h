// The HTTP service of almanac-search (`almanac-search serve`, INTERFACE.md, docs/http.md):
// GET /search, /events/{id}, /health and the search page at /, answered by one shared
// almanac::Searcher, so a sync that commits while the service runs is seen by the next
// request. Built on cpp-httplib; the almanac_searcher library itself never sees HTTP.
//
// Guarantees: every answer except the page is JSON (`application/json; charset=utf-8`),
// errors are `{"error": "..."}` with 400 (bad parameter or query), 404 (unknown path or
// event), 405 (method other than GET/HEAD/OPTIONS, with Allow), 413 (over-long query or
// request line), 503 (index unreadable) or 500; one access-log line per request on stderr.
// Called by searcher/main.cc only.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace almanac::http {

// Where the service listens. `host` is an IPv4 address, a host name or an IPv6 address
// without brackets.
struct ListenAddress {
  std::string host = "127.0.0.1";
  int port = 8080;

  // "http://127.0.0.1:8080/", "http://[::1]:8080/".
  std::string url() const;
};

// Reads "HOST:PORT", "[IPv6]:PORT" or ":PORT" (the loopback address 127.0.0.1 on PORT).
// PORT is 1..65535. Throws QueryError naming the text when it is malformed.
ListenAddress parse_listen_address(std::string_view text);

struct ServerOptions {
  std::string db;                // the index directory
  ListenAddress listen;
  std::size_t threads = 1;       // worker threads answering requests, >= 1
  std::string cors_origin;       // Access-Control-Allow-Origin value; empty: no CORS header
};

// Opens the index, listens, prints "almanac-search: serving DB on URL" on stderr and answers
// requests until SIGTERM or SIGINT; then stops accepting, lets requests in flight finish
// and returns. Blocks SIGTERM and SIGINT in the calling thread (and the threads it starts).
// Throws IndexError when the index is missing or unreadable, QueryError for a bad option
// (a CORS origin with spaces or control characters, zero threads) and Error when it cannot
// listen on the address.
void serve(const ServerOptions& options);

}  // namespace almanac::http
