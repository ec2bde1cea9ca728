#!/bin/sh
# Import speed against the sqlite3 shell, same machine, same run, same CSV:
#   TrialScope: bench_import (1,000,000-row ADLB + ADSL: parse, validate, map, write, commit)
#   sqlite3:    `.import --csv adlb.csv adlb` into a fresh database (no validation at all)
# Usage: tests/bench/import_vs_sqlite.sh [BUILD_DIR]   (BUILD_DIR configured with -DTRIALSCOPE_BUILD_BENCH=ON)
# Prints wall-clock and CPU (user + system, every thread of the import) times, best of three each.
set -eu
build=${1:-build}
bench="$build/tests/bench/bench_import"
[ -x "$bench" ] || { echo "no $bench; build target bench_import first" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 shell not found" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found (Debian package time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TRIALSCOPE_BENCH_DIR="$work"

"$bench" --benchmark_format=csv >"$work/bench.csv" 2>/dev/null
# Best of the three end-to-end imports (milliseconds), and the reader alone.
ours=$(awk -F, '$1 ~ /^"BM_ImportStudy\/iterations:1\/repeats:3(\/process_time)?(\/real_time)?"$/ {print $3}' "$work/bench.csv" | sort -g | head -1)
ours_cpu=$(awk -F, '$1 ~ /^"BM_ImportStudy\/iterations:1\/repeats:3(\/process_time)?(\/real_time)?"$/ {print $4}' "$work/bench.csv" | sort -g | head -1)
parse=$(awk -F, '$1 ~ /^"BM_ParseAdlbCsv/ {print $3}' "$work/bench.csv" | head -1)

best=""
best_cpu=""
for i in 1 2 3; do
  rm -f "$work/sqlite.db"
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/time.txt" sqlite3 "$work/sqlite.db" ".import --csv $work/study/adlb.csv adlb"
  end=$(date +%s.%N)
  t=$(echo "($end - $start) * 1000" | bc -l)
  c=$(awk '{print ($1 + $2) * 1000}' "$work/time.txt")
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
  if [ -z "$best_cpu" ] || [ "$(echo "$c < $best_cpu" | bc -l)" = 1 ]; then best_cpu=$c; fi
done
rows=$(sqlite3 "$work/sqlite.db" "SELECT count(*) FROM adlb")

printf 'CSV: %s (%s bytes)\n' "$work/study/adlb.csv" "$(wc -c <"$work/study/adlb.csv")"
printf 'trialscope reader only (parse + UTF-8 check): %8.0f ms\n' "$parse"
printf 'trialscope import (ADSL + ADLB, validated):   %8.0f ms wall %8.0f ms CPU\n' "$ours" "$ours_cpu"
printf 'sqlite3 .import --csv (%s rows):         %8.0f ms wall %8.0f ms CPU\n' "$rows" "$best" "$best_cpu"
printf 'ratio trialscope / sqlite3: %.2f wall, %.2f CPU (<= 1 means at least as fast)\n' \
  "$(echo "$ours / $best" | bc -l)" "$(echo "$ours_cpu / $best_cpu" | bc -l)"
