#!/bin/bash
# End-to-end test of the site finder in the window under Xvfb. Ctrl+I opens it in the bottom
# dock with its default criterion (at least 20 ha free); the parks it says fit, and those it
# leaves to ask the developer, are the ones `parkatlas --find --ha 20` lists, in the same order.
# "Compare those that fit" puts them (up to four) in the compare view; Export CSV writes the
# answer to the working folder, one row per park and criterion; "Brochure of those that fit"
# writes their brochure, with its front pages.
# Usage: window_finder_e2e.sh PARKATLAS_BINARY
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_finder_e2e.sh PARKATLAS_BINARY}
E2E_TIMEOUT=100 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

BIN=$(readlink -f "$BIN")
cd "$TMP" || fail "no $TMP"

# What the command line answers, as the reference.
"$BIN" --find --ha 20 --format csv >"$TMP/cli.csv" 2>"$TMP/cli.err" || fail "--find failed: $(cat "$TMP/cli.err")"
ids_of() { awk -F, -v g="$1" 'NR > 1 && $1 == g { print $3 }' "$TMP/cli.csv" | paste -sd, -; }
CLI_FITS=$(ids_of fits)
CLI_ASK=$(ids_of ask_developer)
[ -n "$CLI_FITS" ] || fail "the command line found no park with 20 ha free: $(cat "$TMP/cli.csv")"
echo "command line: fits $CLI_FITS; ask $CLI_ASK"

start_app --size 1440x900
xdotool key --window "$WID" ctrl+i
wait_state bottom finder
wait_for '[ "$(state finder_fits)" != none ]' 20 || fail "the finder shows no park that fits"
[ "$(state finder_fits)" = "$CLI_FITS" ] || fail "window fits '$(state finder_fits)', command line '$CLI_FITS'"
[ "$(state finder_ask)" = "${CLI_ASK:-none}" ] || fail "window asks '$(state finder_ask)', command line '$CLI_ASK'"
echo "window agrees: fits $(state finder_fits)"
[ -n "${PARKATLAS_SHOT:-}" ] && /usr/bin/import -window root "$PARKATLAS_SHOT" 2>/dev/null

# Compare those that fit: the compare view opens with them (at most four).
read -r BX BY <<<"$(box_centre "$(state finder_compare)")"
click_at "$BX" "$BY"
wait_state bottom compare
WANT=$(tr ',' '\n' <<<"$CLI_FITS" | head -n4 | paste -sd, -)
wait_state compare "$WANT"
echo "compare: $(state compare)"

# Export CSV from the finder.
xdotool key --window "$WID" ctrl+i
wait_state bottom finder
wait_for '[ "$(state finder_export)" != none ]' 20 || fail "no Export button in the finder"
read -r BX BY <<<"$(box_centre "$(state finder_export)")"
click_at "$BX" "$BY"
CSV="$TMP/parkatlas-sites-2024-11.csv"
wait_for '[ -s "$CSV" ]' 20 || fail "no CSV at $CSV ($(ls "$TMP"))"
head -n1 "$CSV" | tr -d '\r' | grep -qx 'group,rank,park_id,park,status,criterion,verdict,value,figure,basis,source,as_of,contact' ||
    fail "CSV header: $(head -n1 "$CSV")"
cmp -s <(cut -d, -f1-3 "$CSV") <(cut -d, -f1-3 "$TMP/cli.csv") || fail "the window's CSV ranks parks unlike the command line"
echo "exported $(($(wc -l <"$CSV") - 1)) rows, ranked as the command line ranks them"

# Brochure of those that fit: one PDF with the front pages and a sheet per park, written on a
# thread while the window goes on drawing.
read -r BX BY <<<"$(box_centre "$(state finder_brochure)")"
click_at "$BX" "$BY"
PDF="$TMP/parkatlas-sites-2024-11.pdf"
wait_for '[ -s "$PDF" ] && ! ls "$TMP" | grep -q partial' 90 || fail "no brochure at $PDF ($(ls "$TMP"))"
PAGES=$(pdfinfo "$PDF" | awk '/^Pages:/ { print $2 }')
[ "$PAGES" -ge $((3 + $(tr ',' '\n' <<<"$CLI_FITS" | wc -l))) ] || fail "the brochure has $PAGES pages"
TEXT=$(pdftotext "$PDF" - | tr '\n' ' ')
for name in "VSIP Hai Phong" "Nam Cau Kien" "An Duong" "Dinh Vu"; do
    grep -q "$name" <<<"$TEXT" || fail "the brochure does not name $name"
done
echo "brochure of those that fit: $PAGES pages"

quit_app
echo "PASS"
