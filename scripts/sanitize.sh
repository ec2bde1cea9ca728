#!/usr/bin/env bash
# Builds the whole project, viewer included, with clang, AddressSanitizer and UndefinedBehaviorSanitizer,
# runs the whole test suite under them (widget tests offscreen), then a short libFuzzer run of each input
# parser (FUZZ_SECONDS per target, default 25) and prints the executions and findings of each.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build/asan
# Warnings as errors are enforced by the main build (scripts/test.sh). Leaks are not reported: Qt and
# fontconfig keep process-lifetime allocations that LeakSanitizer would list at exit.
CC=clang CXX=clang++ cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DTRIALSCOPE_SANITIZE=ON -DTRIALSCOPE_BUILD_UI=ON -DTRIALSCOPE_FUZZ=ON
cmake --build build/asan -j "$(nproc)"
(cd build/asan && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 \
  UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j "$(nproc)")
bash scripts/fuzz.sh --build build/asan --seconds "${FUZZ_SECONDS:-25}"
