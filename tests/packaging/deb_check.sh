#!/bin/bash
# `cpack -G DEB` makes a .deb whose dependencies are Debian packages (the libraries' found by
# dpkg-shlibdeps, the fonts and Mesa named), holding the program, data, desktop entry and icons in
# /usr; the program unpacked from it finds its data and renders. (.ci/run installs the .deb for
# real with apt-get on the CI machine and runs it from PATH.)
# Usage: deb_check.sh BUILD_DIR
set -euo pipefail
BUILD=${1:?usage: deb_check.sh BUILD_DIR}
TMP=$(mktemp -d /tmp/parkatlas-deb-XXXXXX)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps missing (package dpkg-dev; tools/install-deps installs it)"

(cd "$TMP" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$TMP/out" > "$TMP/cpack.log" 2>&1) \
    || { cat "$TMP/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$TMP"/out/parkatlas_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$TMP/cpack.log"; fail "no parkatlas_*.deb made"; }
echo "made $(basename "$deb") ($(du -h "$deb" | cut -f1))"

dpkg-deb --info "$deb" > "$TMP/info.txt"
cat "$TMP/info.txt"
depends=$(dpkg-deb -f "$deb" Depends)
for p in libgdal32 libproj25 libglfw3 libcairo2 libpango-1.0-0 libegl1 fonts-noto-cjk fonts-noto-core libegl-mesa0; do
    grep -q "\b$p\b" <<<"$depends" || fail "Depends lacks $p: $depends"
done
# Every dependency must be a package Debian has: apt-cache knows each name.
for name in $(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*)//; s/ //g' | grep .); do
    apt-cache show "$name" > /dev/null 2>&1 || fail "Depends names $name, which Debian does not have"
done
[ "$(dpkg-deb -f "$deb" Package)" = parkatlas ] || fail "package name"

dpkg-deb --contents "$deb" > "$TMP/contents.txt"
for f in ./usr/bin/parkatlas ./usr/share/parkatlas/haiphong/parks.shp ./usr/share/applications/parkatlas.desktop \
         ./usr/share/icons/hicolor/scalable/apps/parkatlas.svg ./usr/share/icons/hicolor/48x48/apps/parkatlas.png \
         ./usr/share/mime/packages/parkatlas.xml ./usr/share/doc/parkatlas/copyright; do
    grep -q " $f\$" "$TMP/contents.txt" || fail "$f not in the package"
done
if grep -q -v ' \./usr' "$TMP/contents.txt"; then fail "files outside /usr: $(grep -v ' \./usr' "$TMP/contents.txt")"; fi

dpkg-deb -x "$deb" "$TMP/root"
version=$("$TMP/root/usr/bin/parkatlas" --version)
echo "$version"
grep -qF "bundled data: $TMP/root/usr/share/parkatlas/haiphong" <<<"$version" || fail "unpacked program's data: $version"
env -u DISPLAY -u WAYLAND_DISPLAY "$TMP/root/usr/bin/parkatlas" --render "$TMP/map.png" --size 640x480 > "$TMP/out.txt" 2>&1 \
    || { cat "$TMP/out.txt"; fail "the packaged program could not render"; }
[ -s "$TMP/map.png" ] || fail "no PNG"
echo "deb_check: $(basename "$deb") is complete and runs"
