#!/bin/bash
# End-to-end test of a province's cadastre in the window under Xvfb: with the map on a street
# view, a 250,000-parcel GeoPackage added in the Layers tab is read for that view first (its
# rows under the view), then the rest behind it, replacing the layer in place; a click on a
# parcel selects it (its shape read from the file by its row id). Given on the command line
# with that view, it is read for the view first as well.
# Usage: window_province_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_province_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE}
MAKE=${2:?usage: window_province_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE}
E2E_TIMEOUT=150 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

# 250,000 parcels (over the 200,000 at which a layer is read through its index), 11.5 x 13.5 km.
"$MAKE" "$TMP/region.gpkg" --parcels 250000 >/dev/null || fail "cannot generate the test cadastre"
# --info reads it through its index too: the count from the file, samples from its first rows.
INFO=$(env -u DISPLAY "$BIN" --info "$TMP/region.gpkg" 2>&1)
grep -q "250,000 features, polygons" <<<"$INFO" || fail "--info: $INFO"
grep -q 'chu_su_dun (text): "' <<<"$INFO" || fail "--info shows no sample values: $INFO"
grep -q "read where the view is through the file's spatial index" <<<"$INFO" || fail "--info: $INFO"

# A 2 x 1 km view at its centre (E 595750, N 2296750 in VN-2000 / TM-3 105°45').
start_app --size 1280x800 --bbox 106.6618,20.7564,106.6811,20.7653
LAYERS=$(state layers)
[ "$(state indexed)" = none ] || fail "an indexed layer before any was added: $(state indexed)"
add_file "$TMP/region.gpkg"
wait_for 'grep -q "added .*region.gpkg (the rows under the view; the rest next)" "$TMP/app.log"' 60 ||
    fail "the GeoPackage was not read for the view first: $(grep -v note: "$TMP/app.log" | tail -3)"
wait_for 'grep -q "read the rest of .*region.gpkg" "$TMP/app.log"' 60 || fail "the rest of the layer never came"
wait_state indexed "region:250000:all" 20
wait_state layers $((LAYERS + 1))  # replaced in place, not added twice
echo "read for the view first, then the rest: $(state indexed)"

# A click in the middle of the map: a parcel (or a road between them: a few tries).
read -r CX CY <<<"$(box_centre "$(state visible_map)")"
for dx in 0 9 17 26; do
    click_at "$((CX + dx))" "$((CY + dx))"
    wait_for '[[ "$(state selection)" == "region "* ]]' 3 && break
done
case "$(state selection)" in
    "region "*) echo "selected $(state selection)" ;;
    *) fail "a click on the parcels selected '$(state selection)' (map $(state visible_map), camera $(state camera))" ;;
esac
quit_app

# The same file on the command line, with the same view: read for the view first too.
start_app --size 1280x800 --bbox 106.6618,20.7564,106.6811,20.7653 "$TMP/region.gpkg"
wait_for '[ "$(grep -c "added .*region.gpkg (the rows under the view; the rest next)" "$TMP/app.log")" = 2 ]' 60 ||
    fail "the file on the command line was not read for the view first: $(grep -v note: "$TMP/app.log" | tail -3)"
wait_state indexed "region:250000:all" 60
echo "on the command line: read for the view first, then the rest"
quit_app
echo "PASS"
