#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz): fuzz_csv, fuzz_xpt, fuzz_sas7bdat, fuzz_json, fuzz_manifest, fuzz_aggregates,
# fuzz_adam, fuzz_store, fuzz_options, fuzz_record, fuzz_session, fuzz_location, fuzz_define, fuzz_packed. Each starts from the committed
# seeds (tests/fuzz/corpus/<target>) copied into a working corpus under the build directory, and
# prints its executions and findings. Exit status 1 when any
# target found a crash, a leak, a timeout or a broken invariant; the inputs are left in
# <build>/fuzz-findings/<target>/. To keep one as a regression, copy it to tests/fuzz/regressions/<target>/
# (tests/faults/test_fuzz_replay.cpp replays that folder in every build), then fix the bug.
#
# usage: scripts/fuzz.sh [--build DIR] [--seconds N] [TARGET...]
#   --build DIR   an already configured build with -DTRIALSCOPE_FUZZ=ON (default: configure build/fuzz)
#   --seconds N   fuzzing time per target (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."

build=""
seconds=600
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(csv xpt sas7bdat json manifest aggregates adam store options record session location define packed)

if [ -z "$build" ]; then
  build=build/fuzz
  cmake --preset fuzz >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

failed=0
total=0
printf '%-12s %12s %9s %9s\n' target executions seconds findings
for t in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$t"
  findings="$build/fuzz-findings/$t"
  mkdir -p "$corpus" "$findings"
  cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  log="$build/fuzz-$t.log"
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: 2 GB is a memory blow-up.
  status=0
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/tests/fuzz/fuzz_$t" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  found=$(find "$findings" -type f | wc -l)
  total=$((total + ${execs:-0}))
  printf '%-12s %12s %9s %9s\n' "$t" "${execs:-?}" "$seconds" "$found"
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    failed=1
    grep -m 3 -E "ERROR|runtime error|HarnessFailure|what\(\)" "$log" | sed 's/^/    /' || true
  fi
done
echo "total executions: $total"
exit "$failed"
