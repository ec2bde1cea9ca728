#!/usr/bin/env bash
# Installs what is needed, builds TrialScope from scratch with warnings as errors, runs every test,
# builds and checks the Debian package (scripts/package.sh); then builds with AddressSanitizer + UndefinedBehaviorSanitizer and runs the suite and a short
# fuzz run of each parser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
JOBS=$(nproc)

rm -rf build/test
cmake --preset test
cmake --build --preset test -j "$JOBS"
ctest --preset test -j "$JOBS"
bash scripts/package.sh build/test

if [ "${TRIALSCOPE_SKIP_SANITIZE:-0}" != "1" ]; then
  bash scripts/sanitize.sh
fi
