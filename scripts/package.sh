#!/usr/bin/env bash
# Builds the Debian package from a configured build folder (default build/test; CPack DEB, see
# cmake/Package.cmake) and checks it: its files (dpkg-deb --contents), lintian (errors fail the
# run; warnings and notes are printed and kept in <build>/package/lintian.txt), a scratch root
# (dpkg -x) whose binaries answer --version, and apt installing it on this machine, running it
# from /usr/bin and removing it again (TRIALSCOPE_SKIP_APT_INSTALL=1 skips that step).
#
# usage: scripts/package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build/test}")
out=$build/package
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

rm -rf "$out"
mkdir -p "$out"
cmake --build "$build" --target trialscope trialscope-cli package_files
(cd "$build" && cpack -G DEB -B "$out" > "$out/cpack.log")
deb=$(ls "$out"/trialscope_*.deb)
echo "== $(basename "$deb"): $(du -k "$deb" | cut -f1) KB"
dpkg-deb --field "$deb" Package Version Architecture Depends Section
echo "== dpkg-deb --contents"
dpkg-deb --contents "$deb" | awk '{print $1, $6}'
listing=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for f in ./usr/bin/trialscope ./usr/bin/trialscope-cli ./usr/share/applications/trialscope.desktop \
         ./usr/share/icons/hicolor/scalable/apps/trialscope.svg ./usr/share/mime/packages/trialscope.xml \
         ./usr/share/man/man1/trialscope.1.gz ./usr/share/man/man1/trialscope-cli.1.gz \
         ./usr/share/doc/trialscope/copyright ./usr/share/doc/trialscope/changelog.gz; do
  grep -qx "$f" <<< "$listing" || { echo "package.sh: $f is missing from the package"; exit 1; }
done

echo "== lintian"
# Every tag down to info and pedantic; only errors fail.
lintian --display-info --pedantic --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" \
  > "$out/lintian.txt" || true
if [ -s "$out/lintian.txt" ]; then cat "$out/lintian.txt"; else echo "(nothing reported)"; fi
if grep -q "^E:" "$out/lintian.txt"; then echo "package.sh: lintian reports errors"; exit 1; fi

echo "== scratch root"
dpkg -x "$deb" "$out/root"
"$out/root/usr/bin/trialscope-cli" --version
mkdir -m 700 "$out/runtime"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$out/runtime" "$out/root/usr/bin/trialscope" --version

if [ "${TRIALSCOPE_SKIP_APT_INSTALL:-0}" != "1" ]; then
  echo "== apt install"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$deb" > "$out/apt.log" 2>&1 ||
    { cat "$out/apt.log"; exit 1; }
  /usr/bin/trialscope-cli --version
  man -w trialscope-cli 2>/dev/null || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -q trialscope > /dev/null
  echo "installed with apt, ran, removed"
fi
