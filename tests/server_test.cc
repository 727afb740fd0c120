// `almanac-search serve` end to end: a real index synced from corpus/, the real program on a
// loopback port, real HTTP through httplib's client (INTERFACE.md, docs/http.md).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "support.h"

namespace {

using almanac::test::quote;
using almanac::test::read_file;
using almanac::test::run;
using almanac::test::source_path;
using almanac::test::TempDir;
using nlohmann::json;

const std::string kIndex = ALMANAC_INDEX_BIN;
const std::string kSearch = ALMANAC_SEARCH_BIN;

// A port nothing listens on now: bind port 0, read what the kernel chose, close.
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  socklen_t length = sizeof address;
  REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
  close(fd);
  return ntohs(address.sin_port);
}

// The corpus synced into a fresh index in the test's own temp dir.
std::string sync_corpus(const TempDir& dir) {
  std::string db = dir / "db";
  auto r = run(kIndex + " sync --progress never --db " + quote(db) + " " + quote(source_path("corpus")));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return db;
}

// `almanac-search serve` as a child process, stderr captured in a file; ready when /health
// answers. The destructor stops it (SIGTERM, then SIGKILL) if the test did not.
class Service {
 public:
  Service(const std::string& db, std::vector<std::string> extra = {})
      : port_(free_port()), log_(dir_ / "stderr") {
    std::vector<std::string> args = {kSearch, "serve", "--db", db, "--listen", "127.0.0.1:" + std::to_string(port_)};
    if (std::find(extra.begin(), extra.end(), "--threads") == extra.end()) extra.insert(extra.end(), {"--threads", "2"});
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {  // the child: only async-signal-safe calls until exec
      prctl(PR_SET_PDEATHSIG, SIGTERM);  // never outlive a test process that was killed
      int log = open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (log < 0 || dup2(log, STDERR_FILENO) < 0) _exit(127);
      execv(argv[0], argv.data());
      _exit(127);
    }
    wait_until_healthy();
  }
  ~Service() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    if (!wait_for_exit(std::chrono::seconds(10))) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  int port() const { return port_; }
  std::string log() const { return read_file(log_); }

  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_url_encode(false);  // targets are sent exactly as the tests write them
    client.set_read_timeout(10, 0);
    return client;
  }

  // Sends the signal and returns the exit code (-1: killed or still running after 10 s).
  int stop(int signal) {
    kill(pid_, signal);
    bool exited = wait_for_exit(std::chrono::seconds(10));
    pid_ = 0;
    return exited && WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
  }

 private:
  bool wait_for_exit(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (waitpid(pid_, &status_, WNOHANG) == pid_) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  void wait_until_healthy() {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
      if (waitpid(pid_, &status_, WNOHANG) == pid_) {
        pid_ = 0;
        FAIL("almanac-search serve exited at startup: " << log());
      }
      httplib::Client probe("127.0.0.1", port_);
      probe.set_connection_timeout(0, 200000);
      if (auto res = probe.Get("/health"); res && res->status == 200) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    FAIL("almanac-search serve did not answer /health within 20 s: " << log());
  }

  TempDir dir_;
  int port_;
  std::string log_;
  pid_t pid_ = 0;
  int status_ = 0;
};

json get_json(const Service& service, const std::string& target, int expected_status = 200) {
  auto res = service.client().Get(target.c_str());
  INFO("GET " << target.substr(0, 200));
  REQUIRE(res);
  INFO(res->body.substr(0, 500));
  REQUIRE(res->status == expected_status);
  CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
  return json::parse(res->body);
}

// One raw connection: requests written as bytes, answers read back one at a time.
class Connection {
 public:
  explicit Connection(int port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    REQUIRE(fd_ >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{5, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    REQUIRE(connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  }
  ~Connection() { close(fd_); }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Sends one request and returns the answer's head and body ("" on timeout or close).
  std::string ask(const std::string& request) {
    REQUIRE(send(fd_, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size()));
    std::size_t head_end;
    while ((head_end = buffer_.find("\r\n\r\n")) == std::string::npos)
      if (!receive()) return "";
    std::size_t length = 0;
    if (std::size_t at = buffer_.find("Content-Length: "); at != std::string::npos && at < head_end)
      length = std::stoul(buffer_.substr(at + 16));
    while (buffer_.size() < head_end + 4 + length)
      if (!receive()) return "";
    std::string answer = buffer_.substr(0, head_end + 4 + length);
    buffer_.erase(0, answer.size());
    return answer;
  }

 private:
  bool receive() {
    char chunk[4096];
    ssize_t n = recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
  }

  int fd_;
  std::string buffer_;
};

json cli_json(const std::string& db, const std::string& args) {
  auto r = run(kSearch + " --db " + quote(db) + " --format json " + args);
  INFO(args << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

}  // namespace

TEST_CASE("GET /search answers field by field what the CLI prints with --format json") {
  TempDir dir;
  std::string db = sync_corpus(dir);
  Service service(db);
  struct Case {
    std::string target;
    std::string cli_args;
  };
  // The CLI takes `--facets=true`: a bare `--facets` swallows the next argument (main.cc's
  // pre-parser treats the flag as taking a value).
  const Case cases[] = {
      {"/search?q=conference", "conference"},
      {"/search?q=conference&from=2018-06", "--from 2018-06 conference"},
      {"/search?from=2018&to=2018-12-31&sort=-date", "--from 2018 --to 2018-12-31 --sort -date"},
      {"/search?q=conference&country=BE", "--country BE conference"},
      {"/search?lang=fr&sort=date&limit=3&offset=2", "--lang fr --sort date --limit 3 --offset 2"},
      {"/search?q=%22digital+landscape%22", quote("\"digital landscape\"")},
      {"/search?q=conf%C3%A9rences", quote("conférences")},
      {"/search?q=conference+-exhibition&limit=5", "--limit 5 conference -exhibition"},
      {"/search?q=conference&facets=1&limit=2&offset=1", "--limit 2 --offset 1 --facets=true conference"},
      {"/search?facets=true&limit=0", "--limit 0 --facets=true"},
      {"/search?q=zzzznothing", "zzzznothing"},
  };
  for (const Case& c : cases) {
    INFO(c.target << "  vs  almanac-search " << c.cli_args);
    json served = get_json(service, c.target);
    json printed = cli_json(db, c.cli_args);
    for (const char* field : {"query", "total", "offset", "limit"}) CHECK(served[field] == printed[field]);
    REQUIRE(served["results"].size() == printed["results"].size());
    for (std::size_t i = 0; i < printed["results"].size(); ++i)
      for (const auto& [field, value] : printed["results"][i].items()) {
        INFO("result " << i << " field " << field);
        CHECK(served["results"][i][field] == value);
      }
    CHECK(served.contains("facets") == printed.contains("facets"));
    if (printed.contains("facets")) CHECK(served["facets"] == printed["facets"]);
  }
}

TEST_CASE("GET /events/{id} answers the event a search found, and 404 for an unknown id") {
  TempDir dir;
  Service service(sync_corpus(dir));
  json found = get_json(service, "/search?q=conference&limit=1");
  REQUIRE(found["results"].size() == 1);
  const json& hit = found["results"][0];
  json event = get_json(service, "/events/" + hit["id"].get<std::string>());
  for (const char* field : {"id", "bulletin", "lang", "title", "subtitle", "start", "end", "location", "city",
                            "country", "url", "description", "mentions", "bulletins"})
    CHECK(event[field] == hit[field]);
  json missing = get_json(service, "/events/0000000000000000", 404);
  CHECK(missing["error"].get<std::string>().find("0000000000000000") != std::string::npos);
}

TEST_CASE("GET /health is 200 with status ok while the index is readable") {
  TempDir dir;
  Service service(sync_corpus(dir));
  json health = get_json(service, "/health");
  CHECK(health["status"] == "ok");
  CHECK(health["events"].get<int>() > 100);
}

// Fails until searcher.cc maps an error of Xapian's reopen() to IndexError: the first
// request after the index disappears gets 500 instead of 503.
TEST_CASE("GET /health is 503 once the index is gone") {
  TempDir dir;
  std::string db = sync_corpus(dir);
  Service service(db);
  std::filesystem::remove_all(db);
  json health = get_json(service, "/health", 503);
  CHECK(health["status"] == "unavailable");
  CHECK(health.contains("error"));
}

TEST_CASE("malformed requests get the right 4xx as JSON, and the server stays up") {
  TempDir dir;
  Service service(sync_corpus(dir));
  struct Case {
    std::string method;
    std::string target;
    int status;
    std::string says;  // part of the error message
  };
  const std::string long_query(5000, 'a');
  const std::string huge_query(100 * 1024, 'a');
  const Case cases[] = {
      {"GET", "/search?from=2018-13", 400, "from"},
      {"GET", "/search?to=2018-02-30", 400, "to"},
      {"GET", "/search?from=2019&to=2018", 400, "before"},
      {"GET", "/search?colour=blue", 400, "colour"},
      {"GET", "/search?q=a&q=b", 400, "more than once"},
      {"GET", "/search?limit=ten", 400, "limit"},
      {"GET", "/search?limit=100000", 400, "limit"},
      {"GET", "/search?offset=-3", 400, "offset"},
      {"GET", "/search?facets=maybe", 400, "facets"},
      {"GET", "/search?sort=random", 400, "sort"},
      {"GET", "/search?country=Atlantis", 400, "country"},
      {"GET", "/search?q=%22open", 400, "quote"},
      {"GET", "/search?q=%C3%28", 400, "UTF-8"},
      {"GET", "/search?q=%ZZ", 400, "escape"},
      {"GET", "/search?q=" + long_query, 413, "query too long"},
      {"GET", "/search?q=" + huge_query, 413, "too long"},
      {"GET", "/../../etc/passwd", 400, "segment"},
      {"GET", "/events/..%2F..%2Fetc%2Fpasswd", 400, "segment"},
      {"GET", "/events/%FF", 400, "UTF-8"},
      {"GET", "/nowhere", 404, "/nowhere"},
      {"GET", "/events/", 404, "no such path"},
      {"GET", "/health?verbose=1", 400, "verbose"},
      {"POST", "/search", 405, "GET"},
      {"PUT", "/events/x", 405, "GET"},
      {"DELETE", "/", 405, "GET"},
  };
  for (const Case& c : cases) {
    INFO(c.method << " " << c.target.substr(0, 100));
    httplib::Client client = service.client();
    httplib::Result res = c.method == "GET"      ? client.Get(c.target.c_str())
                          : c.method == "POST"   ? client.Post(c.target.c_str(), "q=x", "application/x-www-form-urlencoded")
                          : c.method == "PUT"    ? client.Put(c.target.c_str(), "{}", "application/json")
                                                 : client.Delete(c.target.c_str());
    REQUIRE(res);
    INFO(res->body);
    CHECK(res->status == c.status);
    CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
    json body = json::parse(res->body);
    REQUIRE(body["error"].is_string());
    CHECK_THAT(body["error"].get<std::string>(), Catch::Contains(c.says));
    if (c.status == 405) CHECK_THAT(res->get_header_value("Allow"), Catch::Contains("GET"));
    CHECK(res->body.find("root:") == std::string::npos);
  }
  CHECK(get_json(service, "/health")["status"] == "ok");
}

TEST_CASE("refused methods answer at once and leave the connection usable") {
  TempDir dir;
  Service service(sync_corpus(dir));
  Connection connection(service.port());
  const std::string refused[] = {
      "POST /search HTTP/1.1\r\nHost: test\r\n\r\n",  // no body and no length
      "POST /search HTTP/1.1\r\nHost: test\r\nContent-Length: 3\r\n\r\nq=x",
      "TRACE / HTTP/1.1\r\nHost: test\r\n\r\n",
  };
  for (const std::string& request : refused) {
    INFO(request);
    auto started = std::chrono::steady_clock::now();
    std::string answer = connection.ask(request);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(1));
    CHECK(answer.starts_with("HTTP/1.1 405 Method Not Allowed\r\n"));
    CHECK_THAT(answer, Catch::Contains("Allow: GET, HEAD, OPTIONS\r\n"));
  }
  std::string health = connection.ask("GET /health HTTP/1.1\r\nHost: test\r\n\r\n");
  CHECK(health.starts_with("HTTP/1.1 200 OK\r\n"));
  CHECK_THAT(health, Catch::Contains("{\"status\":\"ok\""));
}

TEST_CASE("a sync that commits while the server runs is seen by the next request") {
  TempDir dir;
  std::string db = sync_corpus(dir);
  Service service(db);
  CHECK(get_json(service, "/search?q=quokka")["total"] == 0);

  std::string bulletin = dir / "quokka.xml";
  std::ofstream(bulletin) << R"(<?xml version="1.0" encoding="UTF-8"?>
<bulletin xmlns="https://almanac.example/ns/bulletin/1" xml:lang="en" issued="2024-02-01">
  <title>Test bulletin</title>
  <event>
    <title>Quokka Festival of Island Ecology</title>
    <dates start="2024-03-14" end="2024-03-16"/>
    <venue><city>Perth</city><country code="AU">Australia</country></venue>
    <description><p>Three days of talks on the quokka and the ecology of Rottnest Island.</p></description>
  </event>
</bulletin>
)";
  auto r = run(kIndex + " sync --progress never --db " + quote(db) + " " + quote(bulletin));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);

  json after = get_json(service, "/search?q=quokka");
  REQUIRE(after["total"] == 1);
  CHECK(after["results"][0]["title"] == "Quokka Festival of Island Ecology");
  CHECK(get_json(service, "/search?country=AU")["total"].get<int>() >= 1);
}

TEST_CASE("concurrent requests on several connections are all answered, and the server survives them") {
  TempDir dir;
  Service service(sync_corpus(dir), {"--threads", "4"});
  const std::vector<std::string> targets = {"/search?limit=0", "/search?from=2018&sort=date&limit=3", "/health",
                                            "/search?q=conference&limit=2&facets=1", "/search?country=FR"};
  std::atomic<int> answered = 0, failed = 0;
  std::vector<std::thread> clients;
  for (int c = 0; c < 8; ++c)
    clients.emplace_back([&, c] {
      httplib::Client client = service.client();
      client.set_keep_alive(true);
      for (int i = 0; i < 150; ++i) {
        auto res = client.Get(targets[static_cast<std::size_t>(c + i) % targets.size()].c_str());
        ++(res && res->status == 200 ? answered : failed);
      }
    });
  for (auto& client : clients) client.join();
  CHECK(failed == 0);
  CHECK(answered == 8 * 150);
  CHECK(service.stop(SIGTERM) == 0);
}

TEST_CASE("GET / serves the search page, self-contained, with a fresh CSP nonce") {
  TempDir dir;
  Service service(sync_corpus(dir));
  auto res = service.client().Get("/?q=conference&from=2018");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/html; charset=utf-8");
  const std::string& page = res->body;
  CHECK(page.find("<form") != std::string::npos);
  CHECK(page.find("aria-live") != std::string::npos);
  CHECK(page.find("__CSP_NONCE__") == std::string::npos);
  for (const char* external : {"src=\"http", "href=\"http", "src=\"//", "href=\"//", "@import"})
    CHECK(page.find(external) == std::string::npos);
  std::string policy = res->get_header_value("Content-Security-Policy");
  std::size_t at = policy.find("'nonce-");
  REQUIRE(at != std::string::npos);
  std::string nonce = policy.substr(at + 7, policy.find('\'', at + 7) - at - 7);
  CHECK(page.find("<script nonce=\"" + nonce + "\">") != std::string::npos);
  auto again = service.client().Get("/");
  REQUIRE(again);
  CHECK(again->get_header_value("Content-Security-Policy") != policy);
}

TEST_CASE("the CORS header is sent only with --cors-origin") {
  TempDir dir;
  std::string db = sync_corpus(dir);
  {
    Service plain(db);
    auto res = plain.client().Get("/search?q=conference");
    REQUIRE(res);
    CHECK_FALSE(res->has_header("Access-Control-Allow-Origin"));
  }
  Service open(db, {"--cors-origin", "https://example.org"});
  auto res = open.client().Get("/search?q=conference");
  REQUIRE(res);
  CHECK(res->get_header_value("Access-Control-Allow-Origin") == "https://example.org");
  auto error = open.client().Get("/search?colour=blue");
  REQUIRE(error);
  CHECK(error->get_header_value("Access-Control-Allow-Origin") == "https://example.org");
}

TEST_CASE("SIGTERM and SIGINT stop the server with exit code 0 after logging every request") {
  TempDir dir;
  std::string db = sync_corpus(dir);
  for (int signal : {SIGTERM, SIGINT}) {
    Service service(db);
    get_json(service, "/search?q=conference&limit=1");
    get_json(service, "/nowhere", 404);
    CHECK(service.stop(signal) == 0);
    std::string log = service.log();
    INFO(log);
    CHECK(log.starts_with("almanac-search: serving " + db + " on http://127.0.0.1:" + std::to_string(service.port()) + "/\n"));
    CHECK_THAT(log, Catch::Contains("GET \"/search?q=conference&limit=1\" 200 ") && Catch::Contains("ms\n"));
    CHECK_THAT(log, Catch::Contains("GET \"/nowhere\" 404 "));
    CHECK_THAT(log, Catch::Contains("almanac-search: stopped"));
  }
}

TEST_CASE("a port already served by another instance exits 1 instead of sharing it") {
  TempDir dir;
  std::string db = sync_corpus(dir);
  Service first(db);
  auto second = run(kSearch + " serve --db " + quote(db) + " --listen 127.0.0.1:" + std::to_string(first.port()));
  CHECK(second.exit_code == 1);
  CHECK_THAT(second.err, Catch::Contains("cannot listen"));
  CHECK(get_json(first, "/health")["status"] == "ok");
}

TEST_CASE("a missing index exits 1 and a malformed --listen exits 2, each with a message") {
  TempDir dir;
  std::string port = std::to_string(free_port());
  auto missing = run(kSearch + " serve --db " + quote(dir / "nothing-here") + " --listen 127.0.0.1:" + port);
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("nothing-here"));
  std::string db = sync_corpus(dir);
  for (const char* listen : {"8080", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536", "[::1:8080", "::1:8080", "a b:80"}) {
    INFO(listen);
    auto bad = run(kSearch + " serve --db " + quote(db) + " --listen " + quote(listen));
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("--listen"));
  }
}
