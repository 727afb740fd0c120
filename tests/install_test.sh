#!/usr/bin/env bash
# Installs Almanac into a temporary prefix and builds two consumers against the installed
# CMake package, then searches a real index with each:
#  - a bare consumer, as a new user writes one: cmake_minimum_required, project,
#    find_package(Almanac REQUIRED), add_executable, target_link_libraries(app
#    Almanac::searcher), no C++ standard set, no dependency found by hand; its main.cc
#    includes <almanac/searcher.h>. The package must carry C++20 and Xapian, ICU and zstd.
#  - examples/, the documented backend.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }
"$tmp/prefix/bin/almanac-index" sync --progress never --db "$tmp/db" "$source/corpus/flash-info-2018-05.html" >/dev/null

mkdir "$tmp/bare"
cat >"$tmp/bare/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.22)
project(app CXX)
find_package(Almanac REQUIRED)
add_executable(app main.cc)
target_link_libraries(app Almanac::searcher)
CMAKE
cat >"$tmp/bare/main.cc" <<'CC'
#include <almanac/searcher.h>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  almanac::Searcher searcher({argv[1]});
  almanac::SearchRequest request;
  request.query = argv[2];
  almanac::SearchResponse response = searcher.search(request);
  std::cout << response.total << '\n';
  for (const almanac::SearchHit& hit : response.results) std::cout << hit.event.title << '\n';
  return 0;
}
CC
# The consumer's own compiler default (g++ 12: gnu++17) must not matter.
grep -q CMAKE_CXX_STANDARD "$tmp/bare/CMakeLists.txt" && { echo "the bare consumer sets a standard"; exit 1; }
cmake -S "$tmp/bare" -B "$tmp/bare-build" -G Ninja -DCMAKE_PREFIX_PATH="$tmp/prefix" >"$tmp/bare.log" 2>&1 ||
  { cat "$tmp/bare.log"; exit 1; }
cmake --build "$tmp/bare-build" >>"$tmp/bare.log" 2>&1 || { cat "$tmp/bare.log"; exit 1; }
out=$("$tmp/bare-build/app" "$tmp/db" conference)
echo "bare consumer: $out"
[ "$(head -n 1 <<<"$out")" = "3" ] || { echo "the bare consumer should find 3 events for 'conference'"; exit 1; }
grep -qx "2018 WCO IT Conference & Exhibition" <<<"$out"

cmake -S "$source/examples" -B "$tmp/example" -G Ninja -DCMAKE_PREFIX_PATH="$tmp/prefix"
cmake --build "$tmp/example"
out=$("$tmp/example/search_example" "$tmp/db" mis-invoicing)
echo "$out"
grep -q "^1 events$" <<<"$out"
grep -q "2018-05-23  WCO Conference on Illicit Financial Flows and Trade Mis-invoicing  (1)" <<<"$out"
set +e
"$tmp/example/search_example" "$tmp/db" '"unbalanced' 2>/dev/null
[ $? -eq 2 ] || { echo "a bad query should exit 2"; exit 1; }
echo "install test passed"
