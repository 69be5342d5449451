#!/bin/bash
# End-to-end test of the desk under Xvfb at 1280x720, each step checked in the window's state
# dump: stray typing is a park search (no panel opens, no value changes); the search chooses a
# park with Enter; the UI scale steps with Ctrl+= / Ctrl+- and is remembered; the legend folds
# on a click; a pin cluster zooms in rather than picking one project; the table leaves the map
# most of the window; a single click on a what-if value changes nothing, a drag does; two files
# added in a row with Enter are both added, and remembered; the view comes back in a smaller
# window where it was.
# Usage: window_desk_e2e.sh PARKATLAS_BINARY
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_desk_e2e.sh PARKATLAS_BINARY}
# Re-runs itself inside Xvfb (150 s at most); from here on, inside.
E2E_TIMEOUT=150 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

start_app --size 1280x720
read -r MX MY <<<"$(box_centre "$(state visible_map)")"
xdotool mousemove --window "$WID" "$MX" "$MY"

# 1. Letters typed over the map: a search, not shortcuts (t, g, m and - did things once).
xdotool type --window "$WID" --delay 40 "tgm-"
wait_state search "tgm-"
[ "$(state bottom)" = none ] || fail "typing opened the dock: $(state bottom)"
[ "$(state measure)" = off ] || fail "typing started the measure tool"
[ "$(state what_if)" = none ] || fail "typing set a what-if: $(state what_if)"
[ "$(state left)" = "open parks" ] || fail "the search is not shown: $(state left)"
echo "typing over the map searched for '$(state search)'"
# The cursor is in the search now: erase, type a park, Enter chooses it.
hold BackSpace search ""
xdotool type --window "$WID" --delay 40 "vsip"
wait_state search "vsip"
hold Return selection "parks vsip"
hold Escape text_field none   # out of the search field
xdotool key --window "$WID" Escape   # clears the selection
wait_state selection none

# 3. The legend folds to its heading on a click there, and unfolds.
read -r LX LY <<<"$(box_centre "$(state legend_header)")"
click_at "$LX" "$LY"
wait_state legend folded
read -r LX LY <<<"$(box_centre "$(state legend_header)")"
click_at "$LX" "$LY"
wait_state legend open
[ "$(state selection)" = none ] || fail "a click on the legend picked what lies under it: $(state selection)"

# 4. A cluster of pins: a click zooms in to part them, and picks nothing at random.
xdotool key --window "$WID" Home
# The dump may still be the one from before the key (camera at rest elsewhere): wait for the
# clusters the default view has, then for the flight to end.
wait_for '[ "$(state badges)" != none ]' 20 || fail "no pin cluster at the default view"
wait_state camera_moving no
BADGE=$(state badges)
[ "$BADGE" != none ] || fail "no pin cluster at the default view"
read -r BX BY BN <<<"${BADGE%%;*}"
MPP_BEFORE=$(state camera | awk '{ print $3 }')
click_at "$BX" "$BY"
wait_state camera_moving no
MPP_AFTER=$(state camera | awk '{ print $3 }')
awk -v a="$MPP_AFTER" -v b="$MPP_BEFORE" 'BEGIN { exit !(a < b * 0.8) }' || fail "the cluster click did not zoom in ($MPP_BEFORE -> $MPP_AFTER)"
[ "$(state selection)" = none ] || fail "the cluster click picked $(state selection)"
echo "a cluster of $BN pins: zoomed from $MPP_BEFORE to $MPP_AFTER m/px, nothing picked"
xdotool key --window "$WID" Home
wait_state camera_moving no

# 5. Table and compare open: the map keeps more than 40% of the window.
xdotool key --window "$WID" ctrl+k
wait_state bottom compare
awk '{ exit !(($3 - $1) * ($4 - $2) > 0.40 * 1280 * 720) }' <<<"$(state visible_map)" ||
    fail "with the dock open the visible map is only $(state visible_map)"
xdotool key --window "$WID" ctrl+t
wait_state bottom table
echo "with the dock open the visible map is $(state visible_map)"

# 6. The what-if: a click on a value changes nothing; a drag does.
xdotool key --window "$WID" ctrl+g
wait_state bottom gauge
read -r X0 _ X1 Y1 <<<"$(awk '{ printf "%d %d %d %d\n", $1, $2, $3, $4 }' <<<"$(state visible_map)")"
# The what-if table is the dock's right part; its occupancy column about half way across it.
CHILD=$(awk -v a="$X0" -v b="$X1" 'BEGIN { printf "%d", a + 12 + 0.46 * (b - a - 24) + 8 }')
FX=$(awk -v c="$CHILD" -v b="$X1" 'BEGIN { printf "%d", c + 0.52 * (b - 12 - c) }')
sleep 0.5
for k in 0 1 2; do
    click_at "$FX" "$((Y1 + 118 + k * 33))"
    sleep 0.2
done
sleep 0.3
[ "$(state what_if)" = none ] || fail "a single click set a what-if: $(state what_if)"
xdotool mousemove --window "$WID" "$FX" "$((Y1 + 118))" mousedown 1
for dx in 10 20 30 40 50; do xdotool mousemove --window "$WID" "$((FX - dx))" "$((Y1 + 118))"; sleep 0.05; done  # left: the first park is at 100%
xdotool mouseup 1
wait_for '[ "$(state what_if)" != none ]' 10 || fail "dragging the what-if value at $FX,$((Y1 + 118)) changed nothing: is it there?"
echo "a click on a what-if value changed nothing; a drag set $(state what_if)"

# 7. Two files added in a row with Ctrl+O, each path then Enter: both are added and remembered.
for name in first second; do
    cat >"$TMP/$name.geojson" <<EOF
{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "$name"},
 "geometry": {"type": "Point", "coordinates": [106.7, 20.85]}}]}
EOF
done
LAYERS=$(state layers)
add_file "$TMP/first.geojson"
xdotool type --window "$WID" --delay 20 "$TMP/second.geojson"
xdotool keydown --window "$WID" Return; sleep 0.15; xdotool keyup --window "$WID" Return
wait_state layers $((LAYERS + 2)) 30
wait_state files "$TMP/first.geojson $TMP/second.geojson"
echo "two files added in a row: $(state files)"

# 2. The UI scale: larger, smaller, reset; the sidebar grows with it.
MAP_BEFORE=$(state visible_map)
xdotool key --window "$WID" ctrl+equal
wait_state ui_scale 1.15
xdotool key --window "$WID" ctrl+equal
wait_state ui_scale 1.30
[ "$(state visible_map)" != "$MAP_BEFORE" ] || fail "the panels did not grow with the UI scale"
xdotool key --window "$WID" ctrl+minus
wait_state ui_scale 1.15
xdotool key --window "$WID" ctrl+0
wait_state ui_scale 1.00
xdotool key --window "$WID" ctrl+equal
wait_state ui_scale 1.15

# 8. Last view, at 1280x720 with the panels of then; back in a smaller window, the same place
# is in view (inside the visible map, not under a panel).
xdotool key --window "$WID" Escape
xdotool key --window "$WID" ctrl+g
wait_state bottom none
VIEW=$(state visible_box)
quit_app
grep -q '^ui_scale=1.15' "$XDG_CONFIG_HOME/parkatlas/settings.ini" || fail "the UI scale was not remembered"
start_app --size 1024x640
wait_state ui_scale 1.15
wait_state layers $((LAYERS + 2)) 30
NOW=$(state visible_box)
# The old view's middle is in the middle of the new one, and all of it is in view.
awk '{ cx = ($1 + $3) / 2; cy = ($2 + $4) / 2; ncx = ($5 + $7) / 2; ncy = ($6 + $8) / 2; w = $3 - $1;
       exit !(($5 <= $1 + 1) && ($7 >= $3 - 1) && ($6 <= $2 + 1) && ($8 >= $4 - 1) &&
              (cx - ncx < w * 0.01) && (ncx - cx < w * 0.01) && (cy - ncy < w * 0.01) && (ncy - cy < w * 0.01)) }' \
    <<<"$VIEW $NOW" || fail "the view came back as $NOW, not around $VIEW"
echo "the view of last time ($VIEW) is shown in the smaller window as $NOW"
quit_app
echo "PASS"
