#!/usr/bin/env bash
# Installs what is needed, builds TrialScope from scratch with warnings as errors, runs every test;
# then builds with AddressSanitizer + UndefinedBehaviorSanitizer and runs the suite and a short
# fuzz run of each parser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
JOBS=$(nproc)

rm -rf build/test
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRIALSCOPE_WERROR=ON -DTRIALSCOPE_BUILD_BENCH=ON
cmake --build build/test -j "$JOBS"
(cd build/test && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$JOBS")

if [ "${TRIALSCOPE_SKIP_SANITIZE:-0}" != "1" ]; then
  bash scripts/sanitize.sh
fi
