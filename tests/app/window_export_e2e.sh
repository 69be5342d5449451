#!/bin/bash
# End-to-end test of exporting from the window under Xvfb: the Export menu writes the view as a
# PDF (A4, vectors, fonts embedded, the map's names as text), a 4K PNG (3840x2160) and the
# selected park's brochure, each shown done in the status bar; a wrong extension and a folder
# that does not exist get a clear message and write nothing.
# Usage: window_export_e2e.sh PARKATLAS_BINARY
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_export_e2e.sh PARKATLAS_BINARY}
E2E_TIMEOUT=170 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"
for tool in pdfinfo pdffonts pdftotext pdfimages identify; do
    command -v "$tool" >/dev/null || fail "$tool is missing (poppler-utils, imagemagick)"
done

cd "$TMP"   # the menu offers files in the working folder
start_app --size 1280x800 --lang en
wait_for '[ "$(state export_button)" != none ] && [ -n "$(state export_button)" ]' 20 || fail "no Export button"

# Opens the menu and picks kind N (0 PNG 1080p, 1 PNG 4K, 2 PDF A4, 3 PDF A3, 4 brochure).
choose() {
    local centre
    if [ "$(state export_kinds)" = none ]; then
        read -r cx cy <<<"$(box_centre "$(state export_button)")"
        click_at "$cx" "$cy"
        wait_for '[ "$(state export_kinds)" != none ]' 20 || fail "the Export menu did not open"
    fi
    centre=$(box_centre "$(cut -d';' -f"$(($1 + 1))" <<<"$(state export_kinds)")")
    read -r cx cy <<<"$centre"
    click_at "$cx" "$cy"
}
# Clicks at the end of the file name and types TEXT after it.
type_after_name() {
    read -r _ py0 px1 py1 <<<"$(awk '{ printf "%d %d %d %d\n", $1, $2, $3, $4 }' <<<"$(state export_path)")"
    click_at "$((px1 - 6))" "$(((py0 + py1) / 2))"
    xdotool type --window "$WID" --delay 40 "$1"
}
run_export() {
    read -r cx cy <<<"$(box_centre "$(state export_run)")"
    click_at "$cx" "$cy"
}

# 1. The view as an A4 PDF: vectors, fonts embedded, the parks' names as text.
choose 2
wait_state export_file "$TMP/parkatlas-map.pdf"
run_export
wait_for '[ -f "$TMP/parkatlas-map.pdf" ] && grep -q "^message: Exported the map" "$DUMP"' 60 ||
    fail "the PDF was not exported: $(state message)"
pdfinfo parkatlas-map.pdf | grep -q "A4" || fail "not an A4 page: $(pdfinfo parkatlas-map.pdf | grep 'Page size')"
pdffonts parkatlas-map.pdf | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' || fail "a font is not embedded"
pdftotext parkatlas-map.pdf - | grep -q "VSIP" || fail "the map's names are not text in the PDF"
[ "$(pdfimages -list parkatlas-map.pdf | tail -n +3 | wc -l)" -eq 0 ] || fail "the PDF map holds pictures, not vectors"
wait_state export_card none
echo "A4 PDF: $(pdfinfo parkatlas-map.pdf | grep 'Page size')"

# 2. 4K PNG.
choose 1
wait_state export_file "$TMP/parkatlas-map-4k.png"
run_export
wait_for 'grep -q "^message: Exported the map (3840x2160 px)" "$DUMP"' 90 || fail "the 4K PNG was not exported: $(state message)"
[ "$(identify -format '%wx%h' parkatlas-map-4k.png)" = 3840x2160 ] || fail "the 4K PNG is $(identify -format '%wx%h' parkatlas-map-4k.png)"
echo "4K PNG: $(identify -format '%wx%h' parkatlas-map-4k.png)"

# 3. A wrong extension: a clear message, nothing written. The cursor goes to the end of the name.
choose 0
wait_state export_file "$TMP/parkatlas-map.png"
type_after_name ".jpg"
wait_state export_file "$TMP/parkatlas-map.png.jpg"
run_export
wait_for 'grep -q "must end in .png" "$DUMP"' 20 || fail "no message for a .jpg: $(state message)"
[ -e parkatlas-map.png.jpg ] || [ -e parkatlas-map.png ] && fail "a file was written for a wrong extension"
echo "wrong extension: $(state message)"

# 4. A folder that does not exist. The name typed stays when the kind changes.
choose 3
wait_state export_file "$TMP/parkatlas-map.png.jpg"
type_after_name "/x.pdf"
wait_state export_file "$TMP/parkatlas-map.png.jpg/x.pdf"
run_export
wait_for 'grep -q "does not exist" "$DUMP"' 20 || fail "no message for a missing folder: $(state message)"
echo "missing folder: $(state message)"
xdotool key --window "$WID" Escape

# 5. The selected park's brochure.
xdotool type --window "$WID" --delay 40 "vsip"
wait_state search "vsip"
hold Return selection "parks vsip"   # (a click on Export takes the keyboard from the search)
[ "$(state selection)" = "parks vsip" ] || fail "the park was not selected: $(state selection)"
choose 4
wait_state export_file "$TMP/parkatlas-vsip.pdf"
run_export
wait_for '[ -f parkatlas-vsip.pdf ] && grep -q "^message: Exported the brochure" "$DUMP"' 60 ||
    fail "the brochure was not exported: $(state message)"
pdftotext parkatlas-vsip.pdf - | grep -q "VSIP Hai Phong" || fail "the brochure does not name its park"
pdftotext parkatlas-vsip.pdf - | grep -q "Free land" || fail "the brochure lacks the free land"
echo "brochure: $(pdfinfo parkatlas-vsip.pdf | grep Pages)"
ls "$TMP" | grep -q partial && fail "a temporary file was left behind: $(ls "$TMP")"
quit_app
echo "PASS"
