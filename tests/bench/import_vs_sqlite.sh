#!/bin/sh
# Import speed against the sqlite3 shell, same machine, same run, same CSV:
#   TrialScope: bench_import (1,000,000-row ADLB + ADSL: parse, validate, map, write, commit)
#   sqlite3:    `.import --csv adlb.csv adlb` into a fresh database (no validation at all)
# Usage: tests/bench/import_vs_sqlite.sh [BUILD_DIR]   (BUILD_DIR configured with -DTRIALSCOPE_BUILD_BENCH=ON)
set -eu
build=${1:-build}
bench="$build/tests/bench/bench_import"
[ -x "$bench" ] || { echo "no $bench; build target bench_import first" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 shell not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TRIALSCOPE_BENCH_DIR="$work"

"$bench" --benchmark_format=csv >"$work/bench.csv" 2>/dev/null
# Best of the three end-to-end imports (milliseconds), and the reader alone.
ours=$(awk -F, '$1 ~ /^"BM_ImportStudy\/iterations:1\/repeats:3"$/ {print $3}' "$work/bench.csv" | sort -g | head -1)
parse=$(awk -F, '$1 ~ /^"BM_ParseAdlbCsv/ {print $3}' "$work/bench.csv" | head -1)

best=""
for i in 1 2 3; do
  rm -f "$work/sqlite.db"
  start=$(date +%s.%N)
  sqlite3 "$work/sqlite.db" ".import --csv $work/study/adlb.csv adlb"
  end=$(date +%s.%N)
  t=$(echo "($end - $start) * 1000" | bc -l)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
rows=$(sqlite3 "$work/sqlite.db" "SELECT count(*) FROM adlb")

printf 'CSV: %s (%s bytes)\n' "$work/study/adlb.csv" "$(wc -c <"$work/study/adlb.csv")"
printf 'trialscope reader only (parse + UTF-8 check): %8.0f ms\n' "$parse"
printf 'trialscope import (ADSL + ADLB, validated):   %8.0f ms\n' "$ours"
printf 'sqlite3 .import --csv (%s rows):         %8.0f ms\n' "$rows" "$best"
printf 'ratio trialscope / sqlite3: %.2f (<= 1 means at least as fast)\n' "$(echo "$ours / $best" | bc -l)"
