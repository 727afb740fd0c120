// Trains the zstd dictionary that compresses the data of Almanac's index documents
// (analysis/data-dictionary.zstd) on the events of corpus/: reads the JSON lines of
// `almanac-index extract` on stdin, turns each event into the MessagePack record the
// index stores (analysis/event.cc: event_to_data), and writes the dictionary trained on
// them to the file named. scripts/data-dictionary runs it.
//
// A dictionary in use is never changed: document data names the dictionary it was
// compressed with, and indexes written with it must stay readable. A better one is a new
// file with a new id, added beside it.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <zdict.h>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: data_dictionary SIZE OUTPUT < events.jsonl\n";
    return 2;
  }
  std::size_t capacity = std::stoul(argv[1]);
  std::string samples;
  std::vector<std::size_t> sizes;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    std::string record;
    nlohmann::ordered_json::to_msgpack(nlohmann::ordered_json::parse(line), nlohmann::detail::output_adapter<char>(record));
    samples += record;
    sizes.push_back(record.size());
  }
  std::string dictionary(capacity, '\0');
  std::size_t n = ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), samples.data(), sizes.data(),
                                        static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(n)) {
    std::cerr << "data_dictionary: training failed: " << ZDICT_getErrorName(n) << " (" << sizes.size() << " events)\n";
    return 1;
  }
  dictionary.resize(n);
  std::ofstream(argv[2], std::ios::binary) << dictionary;
  std::cerr << "data_dictionary: " << n << " bytes, id " << ZDICT_getDictID(dictionary.data(), n) << ", from "
            << sizes.size() << " events\n";
  return 0;
}
