#!/bin/sh
# eDISH at 10^5 subjects / 10^7 lab rows: TrialScope's analysis (bench_ui_edish's analyse_ms, and the
# whole first paint) against the same computation in base R (edish_bench.R) on data of the same shape,
# run one after the other on this machine.
#   tests/bench/edish_vs_r.sh [BUILD_DIR]      (BUILD_DIR defaults to build/test)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/test}
bench="$build/tests/bench/bench_ui_edish"
[ -x "$bench" ] || { echo "$bench: not built (cmake --build --preset test --target bench_ui_edish)" >&2; exit 1; }
out=$(QT_QPA_PLATFORM=offscreen "$bench" --benchmark_filter=FirstPaint --benchmark_format=csv 2>/dev/null)
paint=$(echo "$out" | awk -F, '$1 ~ /FirstPaint/ { printf "%.3f", $3 / 1000 }')                 # real_time, ms
analyse=$(echo "$out" | awk -F, 'NR == 1 { for (i = 1; i <= NF; ++i) if ($i == "\"analyse_ms\"" || $i == "analyse_ms") c = i }
                                 $1 ~ /FirstPaint/ { printf "%.3f", $c / 1000 }')
r=$(Rscript "$here/edish_bench.R" 2>/dev/null | awk '/^r_edish_seconds/ { print $2 }')
printf '%-28s %10s\n' "R peaks + quadrants (s)" "$r" "TrialScope analyseLiver (s)" "$analyse" \
  "TrialScope first paint (s)" "$paint"
printf '%-28s %10.1f\n' "ratio R / analyseLiver" "$(echo "$r / $analyse" | bc -l)"
