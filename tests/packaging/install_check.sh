#!/bin/bash
# `cmake --install` puts the program, its data, the desktop entry, the icons and the file types in
# the standard places, and the installed program finds its data there (not in the checkout) and
# renders the bundled map with no display. Twice: into a prefix, and with DESTDIR as a packager
# installs (the program then lives under DESTDIR/usr and must still find DESTDIR/usr/share).
# Usage: install_check.sh BUILD_DIR
set -euo pipefail
BUILD=${1:?usage: install_check.sh BUILD_DIR}
TMP=$(mktemp -d /tmp/parkatlas-install-XXXXXX)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

check_tree() {  # ROOT: a prefix holding bin/ and share/
    local root=$1
    for f in bin/parkatlas share/parkatlas/haiphong/parks.shp share/parkatlas/haiphong/parks.cpg \
             share/parkatlas/haiphong/park_metrics.csv share/parkatlas/haiphong/sources.csv \
             share/parkatlas/haiphong/README.md share/parkatlas/haiphong/tours/haiphong.tour.json \
             share/applications/parkatlas.desktop share/icons/hicolor/scalable/apps/parkatlas.svg \
             share/icons/hicolor/48x48/apps/parkatlas.png share/icons/hicolor/256x256/apps/parkatlas.png \
             share/mime/packages/parkatlas.xml share/doc/parkatlas/copyright share/doc/parkatlas/README.md; do
        [ -e "$root/$f" ] || fail "$root/$f not installed"
    done
    [ -x "$root/bin/parkatlas" ] || fail "$root/bin/parkatlas is not executable"
    if find "$root" -name '*.py' | grep -q .; then fail "a generator script was installed: $(find "$root" -name '*.py')"; fi
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$root/share/applications/parkatlas.desktop" || fail "the desktop entry does not validate"
    else
        fail "desktop-file-validate missing (package desktop-file-utils; tools/install-deps installs it)"
    fi
    grep -q '^Exec=parkatlas %F$' "$root/share/applications/parkatlas.desktop" || fail "desktop entry: Exec"
    grep -q '^Icon=parkatlas$' "$root/share/applications/parkatlas.desktop" || fail "desktop entry: Icon"

    local version
    version=$("$root/bin/parkatlas" --version)
    echo "$version"
    local want
    want=$(cd "$root/share/parkatlas/haiphong" && pwd -P)
    grep -qF "bundled data: $want" <<<"$version" || fail "the installed program does not use $want: $version"

    env -u DISPLAY -u WAYLAND_DISPLAY "$root/bin/parkatlas" --render "$TMP/map.png" --size 800x600 > "$TMP/out.txt" 2>&1 \
        || { cat "$TMP/out.txt"; fail "the installed program could not render"; }
    [ -s "$TMP/map.png" ] || fail "no PNG rendered"
    grep -q '^  parks ' "$TMP/out.txt" || { cat "$TMP/out.txt"; fail "the render did not load the bundled parks"; }
    rm -f "$TMP/map.png"
}

cmake --install "$BUILD" --prefix "$TMP/prefix" > "$TMP/install.log" || { cat "$TMP/install.log"; fail "cmake --install"; }
check_tree "$TMP/prefix"
DESTDIR="$TMP/destdir" cmake --install "$BUILD" --prefix /usr > "$TMP/install.log" || { cat "$TMP/install.log"; fail "DESTDIR install"; }
check_tree "$TMP/destdir/usr"
echo "install_check: both layouts find their data and render"
