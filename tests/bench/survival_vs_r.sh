#!/bin/sh
# Compare the C++ survival kernels with R survival on the same generated data.
#   tests/bench/survival_vs_r.sh [BUILD_DIR] [N...]
# BUILD_DIR defaults to build-bench (configure with -DTRIALSCOPE_BUILD_BENCH=ON, target bench_survival);
# N defaults to 1000000. For each N and 2 and 3 arms it writes the data set with
# `bench_survival --generate`, times survfit + survdiff + coxph in R (best CPU time of 3) and BM_SurvivalAll
# (KM per arm + log-rank + Cox Efron, single thread, CPU time, best of REPS repetitions, default 5),
# and prints both and the ratio.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build-bench}
[ $# -gt 0 ] && shift
sizes=${*:-1000000}
bench="$build/tests/bench/bench_survival"
[ -x "$bench" ] || { echo "$bench: not built (cmake --build $build --target bench_survival)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-9s %-5s %12s %12s %8s\n' n arms R_seconds cpp_seconds ratio
for n in $sizes; do
  for arms in 2 3; do
    "$bench" --generate "$n" "$arms" "$tmp/data.csv"
    r=$(Rscript "$here/survival_bench.R" "$tmp/data.csv" 3 2>/dev/null)
    cpp=$("$bench" --benchmark_filter="BM_SurvivalAll/$n/$arms\$" --benchmark_format=csv \
            --benchmark_repetitions="${REPS:-5}" 2>/dev/null |
          awk -F, '$1 ~ /BM_SurvivalAll/ && $1 !~ /_(mean|median|stddev|cv)"$/ {
                     if (best == "" || $4 < best) best = $4 }                # cpu_time column, ms
                   END { printf "%.6f", best / 1000 }')
    printf '%-9s %-5s %12s %12s %8.1f\n' "$n" "$arms" "$r" "$cpp" "$(echo "$r / $cpp" | bc -l)"
  done
done
