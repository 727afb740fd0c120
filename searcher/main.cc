// almanac-search: answers keyword and date-range queries over an Almanac index, and
// `almanac-search serve` answers them over HTTP. Option wiring only; the work is in
// almanac_searcher (searcher.h, format.h) and almanac_server (server.h).
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "almanac/error.h"
#include "almanac/schema.h"
#include "almanac/format.h"
#include "almanac/searcher.h"
#include "server.h"

namespace {

// almanac-search serve [--db DIR] [--listen HOST:PORT] [--threads N] [--cors-origin ORIGIN]
int serve_main(int argc, char** argv) {
  CLI::App app{"almanac-search serve: answer searches over HTTP (docs/http.md)", "almanac-search serve"};
  almanac::http::ServerOptions options;
  options.db = almanac::schema::default_index_path();
  options.threads = std::max(1u, std::thread::hardware_concurrency());
  std::string listen = "127.0.0.1:8080";
  app.add_option("--db", options.db, "index directory (default: $ALMANAC_DB or ./almanac.db)");
  app.add_option("--listen", listen, "HOST:PORT, [IPv6]:PORT or :PORT (loopback) to listen on (default 127.0.0.1:8080)");
  app.add_option("--threads", options.threads, "worker threads answering requests (default: number of cores)")
      ->check(CLI::Range(1, 1024));
  app.add_option("--cors-origin", options.cors_origin, "send Access-Control-Allow-Origin: ORIGIN (default: no CORS header)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "almanac-search serve: " << e.what() << '\n';
    return 2;
  }
  try {
    options.listen = almanac::http::parse_listen_address(listen);
    almanac::http::serve(options);
    return 0;
  } catch (const almanac::QueryError& e) {
    std::cerr << "almanac-search serve: " << e.what() << '\n';
    return 2;
  } catch (const almanac::Error& e) {
    std::cerr << "almanac-search serve: " << e.what() << '\n';
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // `serve` is a subcommand with options of its own; it is recognised before the search
  // options and query words are taken apart below.
  if (argc > 1 && std::string(argv[1]) == "serve") return serve_main(argc - 1, argv + 1);

  CLI::App app{"almanac-search: search the events of an Almanac index", "almanac-search"};
  std::string db = almanac::schema::default_index_path();
  std::string from, to, sort = "relevance", format = "text";
  almanac::SearchRequest request;
  app.add_option("--db", db, "index directory (default: $ALMANAC_DB or ./almanac.db)");
  app.add_option("--from", from, "events ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)");
  app.add_option("--to", to, "events starting on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)");
  app.add_option("--lang", request.lang, "only events in this language (ISO 639-1)");
  app.add_option("--country", request.country, "only events in this country (ISO code or name)");
  app.add_option("--sort", sort, "relevance, date or -date")->check(CLI::IsMember({"relevance", "date", "-date"}));
  app.add_option("--limit", request.limit, "results per page (default 10)")->check(CLI::Range(0, 10000));
  app.add_option("--offset", request.offset, "results to skip")->check(CLI::Range(0, 1000000));
  app.add_option("--format", format, "text, json, csv or ics")->check(CLI::IsMember({"text", "json", "csv", "ics"}));
  app.add_flag("--facets", request.facets, "count results by year, country, language and city");
  app.footer("QUERY: search words, \"phrases\", -excluded, OR, ( ), title: place: country: lang:\n"
             "date:FROM..TO (INTERFACE.md). Without words, every event matching the filters.\n");

  // Query words keep their order and may start with "-" ("-word" excludes a word,
  // INTERFACE.md), so the words are taken apart here and CLI11 parses only the options:
  // an argument is an option when it names one ("--name" or "--name=value"), and the one
  // after a value-taking option is its value; "--" ends the options.
  std::vector<std::string> options;
  std::string query_text;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      for (++i; i < argc; ++i) query_text += (query_text.empty() ? "" : " ") + std::string(argv[i]);
      break;
    }
    std::string name = arg.substr(0, arg.find('='));
    const CLI::Option* option = arg.starts_with("--") || arg == "-h" ? app.get_option_no_throw(name) : nullptr;
    if (option == nullptr && arg.starts_with("--")) {
      std::cerr << "almanac-search: unknown option " << name << " (see --help)\n";
      return 2;
    }
    if (option == nullptr) {
      query_text += (query_text.empty() ? "" : " ") + arg;
      continue;
    }
    options.push_back(arg);
    // Flags (--facets) take no value; every other option takes the next argument.
    if (option->get_items_expected_max() > 0 && arg.find('=') == std::string::npos && i + 1 < argc)
      options.push_back(argv[++i]);
  }
  std::reverse(options.begin(), options.end());  // CLI11 takes its arguments in reverse order
  try {
    app.parse(options);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "almanac-search: " << e.what() << '\n';
    return 2;
  }

  try {
    request.query = query_text;
    if (!from.empty()) request.from = from;
    if (!to.empty()) request.to = to;
    request.sort = almanac::parse_sort_order(sort);
    almanac::Searcher searcher({db});
    almanac::SearchResponse response = searcher.search(request);
    if (format == "json") std::cout << almanac::to_json(response).dump(2) << '\n';
    else if (format == "csv") std::cout << almanac::format_csv(response);
    else if (format == "ics") std::cout << almanac::format_ics(response);
    else std::cout << almanac::format_text(response, isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
    return 0;
  } catch (const almanac::QueryError& e) {
    std::cerr << "almanac-search: " << e.what() << '\n';
    return 2;
  } catch (const almanac::Error& e) {
    std::cerr << "almanac-search: " << e.what() << '\n';
    return 1;
  }
}
