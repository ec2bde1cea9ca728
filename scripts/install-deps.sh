#!/usr/bin/env bash
# Installs the Debian 12 packages TrialScope builds, tests and runs with.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PACKAGES=(
  cmake g++ ninja-build pkg-config
  qt6-base-dev qt6-svg-dev libqcustomplot-dev libgl-dev
  libsqlite3-dev sqlite3 libreadstat-dev libboost-math-dev libeigen3-dev
  libpq-dev postgresql
  catch2 libbenchmark-dev
  clang libclang-rt-14-dev
  xvfb xauth poppler-utils fonts-dejavu-core
  help2man dpkg-dev lintian
  libreoffice-writer-nogui
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
