#!/usr/bin/env bash
# Checks that the indexer's stages depend on each other only as indexer/README.md says:
# read/ and fields/ use no other stage, events/ uses read/ and fields/, store/ uses fields/
# (and events/ only through the public almanac/indexer.h). Prints each include that breaks
# the rule, with its file and line, and fails if there is one.
# Usage: layering_test.sh SOURCE_DIR
set -euo pipefail
cd "$1/indexer"
declare -A allowed=(
  [read]=""
  [fields]=""
  [events]="read fields"
  [store]="fields"
)
bad=0
checked=0
for stage in "${!allowed[@]}"; do
  while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    target=$(sed -E 's/.*#include "([a-z]+)\/.*/\1/' <<<"$rest")
    checked=$((checked + 1))
    [ "$target" = "$stage" ] && continue
    if [[ " ${allowed[$stage]} " != *" $target "* ]]; then
      echo "indexer/$file:$line: $stage/ may not include $target/ (${rest#*:})"
      bad=1
    fi
  done < <(grep -rnE '#include "(read|events|fields|store)/' "$stage" || true)
  # An include without a stage folder would hide where it reaches: every quoted include of
  # an indexer header names its stage.
  while IFS= read -r hit; do
    echo "indexer/$hit: an include of an indexer header must name its stage folder"
    bad=1
  done < <(grep -rnE '#include "[a-z_]+\.h"' "$stage" | grep -vE '"(subdivision_table|search_page)\.h"' || true)
done
[ "$checked" -gt 20 ] || { echo "only $checked includes found: is this the indexer?"; exit 1; }
[ $bad = 0 ] && echo "layering: $checked includes between stages follow indexer/README.md"
exit $bad
