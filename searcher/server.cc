#include "server.h"

#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <optional>
#include <random>
#include <thread>
#include <utility>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "almanac/date.h"
#include "almanac/error.h"
#include "almanac/searcher.h"
#include "request.h"
#include "search_page.h"  // generated from page/index.html: kSearchPage

namespace almanac::http {
namespace {

constexpr std::size_t kMaxBodyBytes = 64 * 1024;  // bodies are read (then refused) up to this
constexpr time_t kKeepAliveSeconds = 2;           // also bounds how long shutdown waits
constexpr std::size_t kLoggedTargetBytes = 300;
const char* const kJson = "application/json; charset=utf-8";
const char* const kAllow = "GET, HEAD, OPTIONS";
const char* const kMethodNotAllowed = "method not allowed: use GET";
constexpr std::string_view kNonceMarker = "__CSP_NONCE__";
// httplib answers 414 itself when the request line exceeds this; it becomes a 413 here.
constexpr std::size_t kMaxRequestLine = CPPHTTPLIB_REQUEST_URI_MAX_LENGTH;

std::string dump(const nlohmann::ordered_json& json) {
  return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void set_json(httplib::Response& res, int status, const nlohmann::ordered_json& json) {
  res.status = status;
  res.set_content(dump(json), kJson);
}

void set_error(httplib::Response& res, int status, const std::string& message) {
  set_json(res, status, {{"error", message}});
}

// Answers the exception in flight: where the library's errors become HTTP statuses.
void answer_current_exception(httplib::Response& res) {
  try {
    throw;
  } catch (const HttpError& e) {
    set_error(res, e.status(), e.what());
  } catch (const QueryError& e) {
    set_error(res, 400, e.what());
  } catch (const IndexError& e) {
    set_error(res, 503, e.what());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "almanac-search: internal error: %s\n", e.what());
    set_error(res, 500, "internal error");
  } catch (...) {
    std::fprintf(stderr, "almanac-search: internal error: unknown exception\n");
    set_error(res, 500, "internal error");
  }
}

// A fresh value for the page's Content-Security-Policy nonce: 128 random bits, base64.
std::string make_nonce() {
  static constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::random_device random;
  std::string nonce;
  for (int word = 0; word < 4; ++word) {
    std::uint32_t bits = random();
    for (int k = 0; k < 5; ++k, bits >>= 6) nonce += kBase64[bits & 63];
  }
  return nonce;
}

bool is_dot_segment_path(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = std::min(path.find('/', start), path.size());
    std::string_view segment = path.substr(start, end - start);
    if (segment == "." || segment == "..") return true;
    start = end + 1;
  }
  return false;
}

// When this thread's current request began; set on routing, read by the access log.
thread_local std::optional<std::chrono::steady_clock::time_point> request_started;

// The service's routes and the edges around them; one per server, shared by its threads.
class Service {
 public:
  Service(const Searcher& searcher, const ServerOptions& options)
      : searcher_(searcher), cors_origin_(options.cors_origin) {}

  void install(httplib::Server& server) {
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      return pre_route(req, res);
    });
    server.Get("/", guarded([this](const httplib::Request&, httplib::Response& res) { page(res); }));
    server.Get("/search", guarded([this](const httplib::Request& req, httplib::Response& res) {
      set_json(res, 200, to_json(searcher_.search(search_request(parse_parameters(req.target)))));
    }));
    server.Get("/events/([^/]+)", guarded([this](const httplib::Request& req, httplib::Response& res) {
      require_no_parameters(parse_parameters(req.target));
      std::string id = req.matches[1];
      std::optional<SearchHit> hit = searcher_.find_event(id);
      if (!hit) throw HttpError(404, "no event with id '" + shown(id) + "'");
      set_json(res, 200, to_json(*hit));
    }));
    server.Get("/health", guarded([this](const httplib::Request& req, httplib::Response& res) {
      require_no_parameters(parse_parameters(req.target));
      health(res);
    }));
    // Methods with a body: httplib reads (at most kMaxBodyBytes of) it first, then they are
    // refused (pre_route refuses those without a body).
    auto refuse = guarded([](const httplib::Request&, httplib::Response&) { throw_method_not_allowed(); });
    server.Post(".*", refuse).Put(".*", refuse).Patch(".*", refuse).Delete(".*", refuse);
    server.set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request& req, httplib::Response& res) { return answer_error(req, res); }));
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) { log_access(req, res); });
  }

 private:
  [[noreturn]] static void throw_method_not_allowed() { throw HttpError(405, kMethodNotAllowed); }

  template <typename Fn>
  httplib::Server::Handler guarded(Fn fn) {
    return [this, fn](const httplib::Request& req, httplib::Response& res) {
      try {
        fn(req, res);
      } catch (...) {
        answer_current_exception(res);
      }
      finish(res);
    };
  }

  // Headers on every answer.
  void finish(httplib::Response& res) const {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Cache-Control", "no-cache");
    if (res.status == 405) res.set_header("Allow", kAllow);
    if (!cors_origin_.empty()) res.set_header("Access-Control-Allow-Origin", cors_origin_);
  }

  // Runs before routing, for every request that parsed: answers OPTIONS and refuses what
  // no route should see (other methods, paths that are not UTF-8 or have dot segments).
  httplib::Server::HandlerResponse pre_route(const httplib::Request& req, httplib::Response& res) {
    request_started = std::chrono::steady_clock::now();
    auto answer = [&](int status, const std::string& error) {
      if (error.empty()) res.status = status;
      else set_error(res, status, error);
      finish(res);
      return httplib::Server::HandlerResponse::Handled;
    };
    if (req.method == "OPTIONS") {
      res.set_header("Allow", kAllow);
      if (!cors_origin_.empty()) {
        res.set_header("Access-Control-Allow-Methods", kAllow);
        res.set_header("Access-Control-Max-Age", "86400");
      }
      return answer(204, "");
    }
    // httplib reads a body for these methods before routing (to the end of the connection
    // when no length is given); those that declare one go to the refusing routes, so the
    // connection stays usable, the rest are refused here.
    bool is_body_method = req.method == "POST" || req.method == "PUT" || req.method == "PATCH" || req.method == "DELETE";
    bool has_body = req.has_header("Content-Length") || req.has_header("Transfer-Encoding");
    if (req.method != "GET" && req.method != "HEAD" && !(is_body_method && has_body))
      return answer(405, kMethodNotAllowed);
    if (!is_valid_utf8(req.path)) return answer(400, "the path is not valid UTF-8");
    if (is_dot_segment_path(req.path)) return answer(400, "the path has a '.' or '..' segment");
    return httplib::Server::HandlerResponse::Unhandled;
  }

  // Every answer >= 400 passes here; those httplib produced itself get a JSON body.
  httplib::Server::HandlerResponse answer_error(const httplib::Request& req, httplib::Response& res) {
    using Result = httplib::Server::HandlerResponse;
    if (!res.body.empty()) return Result::Unhandled;  // already answered by a route
    static const std::set<std::string> kMethods = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"};
    if (res.status == 404) set_error(res, 404, "no such path: " + shown(req.path));
    else if (res.status == 414) set_error(res, 413, "request line too long: at most " + std::to_string(kMaxRequestLine) + " bytes");
    else if (res.status == 413) set_error(res, 413, "request body too large");
    else if (res.status == 400 && !req.method.empty() && !kMethods.contains(req.method))
      set_error(res, 405, kMethodNotAllowed);
    else if (res.status == 400) set_error(res, 400, "malformed request");
    else if (res.status == 416) set_error(res, 416, "range not satisfiable");
    else set_error(res, res.status, "request failed");
    finish(res);
    return Result::Handled;
  }

  void page(httplib::Response& res) const {
    std::string nonce = make_nonce();
    std::string body(reinterpret_cast<const char*>(kSearchPage), sizeof kSearchPage);
    for (std::size_t at = body.find(kNonceMarker); at != std::string::npos; at = body.find(kNonceMarker, at))
      body.replace(at, kNonceMarker.size(), nonce);
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce +
                       "'; connect-src 'self'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    res.set_header("Referrer-Policy", "same-origin");
    res.status = 200;
    res.set_content(body, "text/html; charset=utf-8");
  }

  void health(httplib::Response& res) const {
    SearchRequest everything;
    everything.limit = 0;
    try {
      SearchResponse response = searcher_.search(everything);
      set_json(res, 200, {{"status", "ok"}, {"events", response.total}});
    } catch (const IndexError& e) {
      set_json(res, 503, {{"status", "unavailable"}, {"error", e.what()}});
    }
  }

  // One line per request on stderr: time, client, method, target, status, duration.
  static void log_access(const httplib::Request& req, const httplib::Response& res) {
    char when[32] = "-";
    std::time_t now = std::time(nullptr);
    std::tm utc;
    if (gmtime_r(&now, &utc)) std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &utc);
    std::string target;
    for (char c : req.target.substr(0, kLoggedTargetBytes)) {
      auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte == 0x7F || byte == '"' || byte == '\\') {
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
        target += escaped;
      } else {
        target += c;
      }
    }
    if (req.target.size() > kLoggedTargetBytes) target += "...";
    std::string duration = "-";
    if (request_started) {
      double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - *request_started).count();
      char text[32];
      std::snprintf(text, sizeof text, "%.1fms", ms);
      duration = text;
      request_started.reset();
    }
    std::string line = std::string(when) + " " + (req.remote_addr.empty() ? "-" : req.remote_addr) + " " +
                       (req.method.empty() ? "-" : req.method) + " \"" + target + "\" " +
                       std::to_string(res.status) + " " + duration + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);  // one write: lines do not interleave
  }

  const Searcher& searcher_;
  std::string cors_origin_;
};

bool is_host_name(std::string_view host) {
  return !host.empty() && host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") == std::string_view::npos;
}

}  // namespace

std::string ListenAddress::url() const {
  bool is_ipv6 = host.find(':') != std::string::npos;
  return "http://" + (is_ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port) + "/";
}

ListenAddress parse_listen_address(std::string_view text) {
  auto bad = [&] {
    return QueryError("bad --listen '" + std::string(text) + "': expected HOST:PORT, [IPv6]:PORT or :PORT");
  };
  std::size_t colon = text.rfind(':');
  if (colon == std::string_view::npos) throw bad();
  std::string_view host = text.substr(0, colon), port = text.substr(colon + 1);
  ListenAddress address;
  if (host.starts_with('[')) {
    if (!host.ends_with(']') || host.size() < 4) throw bad();
    host = host.substr(1, host.size() - 2);
    if (host.find_first_not_of("0123456789abcdefABCDEF:.") != std::string_view::npos) throw bad();
    address.host = host;
  } else if (!host.empty()) {
    if (!is_host_name(host)) throw bad();
    address.host = host;
  }
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos) throw bad();
  address.port = std::stoi(std::string(port));
  if (address.port < 1 || address.port > 65535) throw bad();
  return address;
}

void serve(const ServerOptions& options) {
  if (options.threads == 0) throw QueryError("bad --threads 0: expected at least 1");
  for (char c : options.cors_origin)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
      throw QueryError("bad --cors-origin '" + options.cors_origin + "': expected an origin such as https://example.org");
  Searcher searcher({options.db});

  // SIGTERM and SIGINT are taken by one watcher thread (sigwait), never by a handler; they
  // must be blocked before httplib starts its workers, which inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  Service service(searcher, options);
  service.install(server);
  server.new_task_queue = [threads = options.threads] { return new httplib::ThreadPool(threads); };
  server.set_keep_alive_timeout(kKeepAliveSeconds);
  server.set_tcp_nodelay(true);  // headers and body go out in two writes: no Nagle delay between
  server.set_payload_max_length(kMaxBodyBytes);
  // httplib's default is SO_REUSEPORT, which lets a second instance bind the same port and
  // silently share its traffic; SO_REUSEADDR alone only allows rebinding after a restart.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  if (!server.bind_to_port(options.listen.host, options.listen.port))
    throw Error("cannot listen on " + options.listen.url() + ": address in use or not available");
  std::fprintf(stderr, "almanac-search: serving %s on %s\n", options.db.c_str(), options.listen.url().c_str());

  std::atomic<bool> is_listen_over = false;
  std::atomic<bool> is_stop_requested = false;
  std::thread watcher([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    if (is_listen_over) return;  // woken by serve() itself: listening failed
    is_stop_requested = true;
    std::fprintf(stderr, "almanac-search: %s: finishing the requests in flight\n", signal == SIGINT ? "SIGINT" : "SIGTERM");
    // stop() is a no-op until the accept loop runs; wait for it if the signal came early.
    while (!server.is_running() && !is_listen_over) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    server.stop();
  });
  server.listen_after_bind();  // returns once stop() closed the socket and the workers finished
  is_listen_over = true;
  if (!is_stop_requested) pthread_kill(watcher.native_handle(), SIGTERM);
  watcher.join();
  if (!is_stop_requested) throw Error("stopped listening on " + options.listen.url() + " unexpectedly");
  std::fprintf(stderr, "almanac-search: stopped\n");
}

}  // namespace almanac::http
