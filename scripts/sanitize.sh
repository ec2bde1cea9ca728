#!/usr/bin/env bash
# Builds the whole project, viewer included, with clang, AddressSanitizer and UndefinedBehaviorSanitizer,
# runs the whole test suite under them (widget tests offscreen), then a short libFuzzer run of each input
# parser (FUZZ_SECONDS per target, default 25) and prints the executions and findings of each.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf build/asan
# Warnings as errors are enforced by the main build (scripts/test.sh). Leaks are not reported: Qt and
# fontconfig keep process-lifetime allocations that LeakSanitizer would list at exit.
cmake --preset asan
cmake --build --preset asan -j "$(nproc)"
ctest --preset asan -j "$(nproc)"
bash scripts/fuzz.sh --build build/asan --seconds "${FUZZ_SECONDS:-25}"
