// Searches an Almanac index the way a website backend does, through the installed
// library: search_example DB QUERY [FROM [TO]] prints "start  title  (mentions)" lines.
#include <iostream>

#include <almanac/error.h>
#include <almanac/searcher.h>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: search_example DB QUERY [FROM [TO]]\n";
    return 2;
  }
  try {
    almanac::Searcher searcher({argv[1]});
    almanac::SearchRequest request;
    request.query = argv[2];
    if (argc > 3) request.from = argv[3];
    if (argc > 4) request.to = argv[4];
    almanac::SearchResponse response = searcher.search(request);
    std::cout << response.total << " events\n";
    for (const almanac::SearchHit& hit : response.results)
      std::cout << (hit.event.start ? hit.event.start->iso() : "-") << "  " << hit.event.title << "  ("
                << hit.mentions << ")\n";
    return 0;
  } catch (const almanac::QueryError& e) {
    std::cerr << "search_example: " << e.what() << '\n';
    return 2;
  } catch (const almanac::Error& e) {
    std::cerr << "search_example: " << e.what() << '\n';
    return 1;
  }
}
