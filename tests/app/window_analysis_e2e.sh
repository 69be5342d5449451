#!/bin/bash
# End-to-end test of the analysis views in the window under Xvfb. Ctrl+M starts the measure
# tool, whose clicks add points instead of selecting. Ctrl+T opens the table in the bottom dock
# with the cursor in its search field; an accent-free filter and Enter choose the first row:
# the park is selected and flown to, and lands inside the visible map (not under the table or
# the details sidebar), on a sharp frame. Ctrl+E exports the filtered rows as CSV.
# Conditions are polled, never slept on.
# Usage: window_analysis_e2e.sh PARKATLAS_BINARY
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_analysis_e2e.sh PARKATLAS_BINARY}
# Re-runs itself inside Xvfb (100 s at most); from here on, inside.
E2E_TIMEOUT=100 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

BIN=$(readlink -f "$BIN")
export PARKATLAS_FRAME_LOG="$TMP/frames.txt"
# The table's CSV goes to the working folder unless a path is typed: run in $TMP.
cd "$TMP" || fail "no $TMP"
start_app --view vsip --size 1280x800
shot() { /usr/bin/import -window root "$TMP/shot.png" 2>/dev/null; }

# Ctrl+M starts measuring: clicks on VSIP add points (drawn in the measure colour) and select nothing.
xdotool key --window "$WID" ctrl+m
wait_state measure adding
read -r CX CY <<<"$(box_centre "$(state visible_map)")"
MX=$((X + CX)) MY=$((Y + CY - 150))
ink() { local r g b; read -r r g b <<<"$(/usr/bin/convert "$TMP/shot.png" -format "%[fx:int(255*p{$MX,$MY}.r)] %[fx:int(255*p{$MX,$MY}.g)] %[fx:int(255*p{$MX,$MY}.b)]" info:)"; [ "$r" -gt 150 ] && [ "$g" -lt 70 ] && [ "$b" -gt 50 ] && [ "$b" -lt 140 ]; }
click_at "$CX" "$((CY - 150))"
wait_for 'shot && ink' 20 || fail "no measure point drawn at $CX,$((CY - 150))"
click_at "$((CX + 60))" "$((CY - 120))"
sleep 0.3
[ "$(state selection)" = none ] || fail "a measuring click selected something: $(state selection)"
echo "measure point drawn; nothing selected"
xdotool key --window "$WID" Escape   # ends the measurement
wait_state measure shown
xdotool key --window "$WID" Escape   # clears it
wait_state measure off
wait_for 'shot && ! ink' 20 || fail "Escape did not clear the measurement"

# Ctrl+T opens the table in the dock; its search field has the cursor.
xdotool key --window "$WID" ctrl+t
wait_state bottom table
FRAMES_BEFORE=$(wc -l <"$TMP/frames.txt")
xdotool type --window "$WID" --delay 30 "mp dinh vu"
# Keys ImGui reads from its per-frame key state (Enter in a text field) are held down until
# their effect shows, as a person's key press lasts a few frames.
xdotool keydown --window "$WID" Return
wait_state selection "parks mp-dinh-vu"
xdotool keyup --window "$WID" Return
# The flight ends with the park inside the visible map: not under the table, not under the
# details sidebar that the selection opened.
wait_state camera_moving no
ON_SCREEN=$(state selection_on_screen) MAP=$(state visible_map)
box_inside "$ON_SCREEN" "$MAP" 1 || fail "mp-dinh-vu at $ON_SCREEN is not inside the visible map $MAP"
echo "selection: $(state selection), on screen at $ON_SCREEN inside $MAP"
# The flight's last frame was already sharp: a copy of a canvas drawn ahead (column 7 = 1)
# while the camera still counted as moving (column 12 = 1), right after scaled frames.
awk -v from="$FRAMES_BEFORE" 'NR > from && prev_scaled && $7 == 1 && $12 == 1 { found = 1 }
    NR > from { prev_scaled = ($7 == 0 && $12 == 1) } END { exit !found }' "$TMP/frames.txt" ||
    fail "the flight did not end on a sharp frame: $(tail -n 20 "$TMP/frames.txt")"
echo "the flight ended on a sharp frame"

# Ctrl+E exports the filtered, sorted rows to the working folder.
CSV="$TMP/parkatlas-parks-2024-11.csv"
xdotool key --window "$WID" ctrl+e
wait_for '[ -s "$CSV" ]' 20 || fail "no CSV at $CSV after Ctrl+E ($(ls "$TMP"))"
head -n1 "$CSV" | grep -q '^id,name,status,area_ha,leasable_ha,occupancy_pct,occupancy_asof,occupied_ha,free_ha,' ||
    fail "CSV header: $(head -n1 "$CSV")"
[ "$(wc -l <"$CSV")" -eq 2 ] || fail "CSV should hold the header and 1 filtered row: $(cat "$CSV")"
sed -n 2p "$CSV" | grep -q '^mp-dinh-vu,' || fail "CSV row is not mp-dinh-vu: $(sed -n 2p "$CSV")"
sed -n 2p "$CSV" | grep -q ',2024-11,' || fail "CSV row lacks the table's as-of date: $(sed -n 2p "$CSV")"
sed -n 2p "$CSV" | grep -q 'unknown,unknown,unknown' && fail "unknown numbers should be empty cells: $(sed -n 2p "$CSV")"
ls "$TMP" | grep -q '\.tmp\.' && fail "a temporary file was left: $(ls "$TMP")"
echo "exported: $(sed -n 2p "$CSV" | cut -c1-80)..."

quit_app
echo "PASS"
