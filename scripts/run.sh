#!/usr/bin/env bash
# Installs what is needed, builds TrialScope, loads sample_trials/ into the per-user store and
# launches the viewer on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)"
for study in sample_trials/*/; do
  ./build/release/app/trialscope-cli import "$study" > /dev/null
done
exec ./build/release/app/trialscope "$@"
