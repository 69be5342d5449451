#!/bin/bash
# End-to-end test of the offer of a spatial index under Xvfb: a 250,000-parcel Shapefile with
# no index, added in the Layers tab, is read whole, and its row offers "Write a spatial index";
# a click writes the .qix beside it (the Shapefile's own files keep their bytes) and the layer
# is read again through the index, in place; the offer is gone.
# Usage: window_index_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_index_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE}
MAKE=${2:?usage: window_index_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE}
E2E_TIMEOUT=170 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

# 250,000 parcels: over the 200,000 at which a layer with an index is read through it.
"$MAKE" "$TMP/plots.shp" --parcels 250000 >/dev/null || fail "cannot generate the test cadastre"
[ ! -e "$TMP/plots.qix" ] || fail "the generated Shapefile has an index already"
SUMS=$(cd "$TMP" && md5sum plots.shp plots.shx plots.dbf plots.prj)

start_app --size 1280x800
LAYERS=$(state layers)
[ "$(state index_button)" = none ] || fail "an index offered before any file was added"
add_file "$TMP/plots.shp"
wait_state layers $((LAYERS + 1)) 90
[ "$(state indexed)" = none ] || fail "read through an index it does not have: $(state indexed)"
wait_for '[ "$(state index_button)" != none ]' 20 || fail "no offer of an index under the big Shapefile"

read -r BX BY <<<"$(box_centre "$(state index_button)")"
click_at "$BX" "$BY"
wait_for 'grep -q "wrote plots.qix (250000 features)" "$TMP/app.log"' 60 ||
    fail "no index written: $(grep -v note: "$TMP/app.log" | tail -3)"
[ -s "$TMP/plots.qix" ] || fail "no plots.qix beside the Shapefile"
[ "$SUMS" = "$(cd "$TMP" && md5sum plots.shp plots.shx plots.dbf plots.prj)" ] || fail "the Shapefile's own files changed"
wait_state indexed "plots:250000:all" 90
wait_state layers $((LAYERS + 1))  # replaced in place, not added twice
wait_state index_button none
echo "indexed in the window: $(state indexed); $(state message)"
quit_app
echo "PASS"
