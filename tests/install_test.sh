#!/usr/bin/env bash
# Installs Almanac into a temporary prefix, builds examples/ against the installed CMake
# package (find_package(Almanac), Almanac::searcher) and searches a real index with it.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }
cmake -S "$source/examples" -B "$tmp/example" -G Ninja -DCMAKE_PREFIX_PATH="$tmp/prefix"
cmake --build "$tmp/example"
"$tmp/prefix/bin/almanac-index" sync --progress never --db "$tmp/db" "$source/corpus/flash-info-2018-05.html" >/dev/null
out=$("$tmp/example/search_example" "$tmp/db" mis-invoicing)
echo "$out"
grep -q "^1 events$" <<<"$out"
grep -q "2018-05-23  WCO Conference on Illicit Financial Flows and Trade Mis-invoicing  (1)" <<<"$out"
set +e
"$tmp/example/search_example" "$tmp/db" '"unbalanced' 2>/dev/null
[ $? -eq 2 ] || { echo "a bad query should exit 2"; exit 1; }
echo "install test passed"
