#!/bin/bash
# End-to-end test of the analysis views in the window under Xvfb: open the attribute table
# (key T, which puts the cursor in its search field), type an accent-free filter, choose the
# first row with Enter and expect the selection dump to name that park, then export the table
# (Ctrl+E) and expect a CSV holding only the filtered row. Before that, M starts the measure
# tool, whose clicks add points instead of selecting. Conditions are polled, never slept on.
# Usage: window_analysis_e2e.sh PARKATLAS_BINARY
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_analysis_e2e.sh PARKATLAS_BINARY}
# Re-runs itself inside Xvfb (100 s at most); from here on, inside.
E2E_TIMEOUT=100 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

DUMP="$TMP/selection.txt"
export PARKATLAS_SELECTION_DUMP="$DUMP"
export XDG_CONFIG_HOME="$TMP/config"
BIN=$(readlink -f "$BIN")
# The table's CSV goes to the working folder unless a path is typed: run in $TMP.
(cd "$TMP" && exec "$BIN" --view vsip --size 1280x800) >"$TMP/app.log" 2>&1 &
APP_PID=$!

WID=
find_window() { WID=$(xdotool search --name '^Park Atlas$' 2>/dev/null | head -n1); [ -n "$WID" ]; }
wait_for find_window 30 || fail "no 'Park Atlas' window within 30 s"
wait_for 'xdotool getwindowgeometry "$WID" 2>/dev/null | grep -q "Geometry: 1280x800"' 10 || fail "window is not 1280x800"
eval "$(xdotool getwindowgeometry --shell "$WID")"

# A pixel where the table opens (the lower middle of the map).
PX=$((X + 620)) PY=$((Y + 640))
shot() { /usr/bin/import -window root "$TMP/shot.png" 2>/dev/null; }
pixel() { /usr/bin/convert "$TMP/shot.png" -format "%[fx:int(255*p{$PX,$PY}.r)] %[fx:int(255*p{$PX,$PY}.g)] %[fx:int(255*p{$PX,$PY}.b)]" info:; }
dark() { local r g b; read -r r g b <<<"$(pixel)"; [ "$r" -lt 90 ] && [ "$g" -lt 90 ] && [ "$b" -lt 90 ]; }
wait_for 'shot && ! dark' 20 || fail "the map never appeared at $PX,$PY (pixel: $(pixel))"

# M starts measuring: clicks on VSIP add points (drawn in the measure colour) and select nothing.
# Keys that the app reads in its own key callback (M, T, Esc outside a text field, Ctrl+E,
# Ctrl+Q) take effect at once; keys ImGui reads from its per-frame key state (Enter in a text
# field) are held down until their effect shows, as a person's key press lasts a few frames.
xdotool key --window "$WID" m
MX=$((X + 640)) MY=$((Y + 200))
ink() { local r g b; read -r r g b <<<"$(/usr/bin/convert "$TMP/shot.png" -format "%[fx:int(255*p{$MX,$MY}.r)] %[fx:int(255*p{$MX,$MY}.g)] %[fx:int(255*p{$MX,$MY}.b)]" info:)"; [ "$r" -gt 150 ] && [ "$g" -lt 70 ] && [ "$b" -gt 50 ] && [ "$b" -lt 140 ]; }
xdotool mousemove --window "$WID" 640 200 click 1
wait_for 'shot && ink' 20 || fail "no measure point drawn at 640,200"
xdotool mousemove --window "$WID" 700 230 click 1
[ -e "$DUMP" ] && fail "a measuring click selected something: $(cat "$DUMP")"
echo "measure point drawn; nothing selected"
xdotool key --window "$WID" Escape   # ends the measurement
xdotool key --window "$WID" Escape   # clears it
wait_for 'shot && ! ink' 20 || fail "Escape did not clear the measurement"

# T opens the table; it is drawn where the map was.
xdotool key --window "$WID" t
wait_for 'shot && dark' 20 || fail "the table did not open at $PX,$PY (pixel: $(pixel))"
echo "table open; pixel at $PX,$PY: $(pixel)"

# The search field has the cursor: an accent-free filter, then Enter chooses the first row.
xdotool type --window "$WID" --delay 30 "mp dinh vu"
xdotool keydown --window "$WID" Return
wait_for '[ -s "$DUMP" ] && [ "$(head -n1 "$DUMP")" = "parks mp-dinh-vu" ]' 20 ||
    fail "Enter in the filtered table did not select mp-dinh-vu: $(cat "$DUMP" 2>/dev/null)"
xdotool keyup --window "$WID" Return
echo "selection: $(head -n1 "$DUMP")"

# Ctrl+E exports the filtered, sorted rows to the working folder.
CSV="$TMP/parkatlas-parks-2024-11.csv"
xdotool key --window "$WID" ctrl+e
wait_for '[ -s "$CSV" ]' 20 || fail "no CSV at $CSV after Ctrl+E ($(ls "$TMP"))"
head -n1 "$CSV" | grep -q '^id,name,status,area_ha,leasable_ha,occupancy_pct,occupancy_asof,occupied_ha,free_ha,' ||
    fail "CSV header: $(head -n1 "$CSV")"
[ "$(wc -l <"$CSV")" -eq 2 ] || fail "CSV should hold the header and 1 filtered row: $(cat "$CSV")"
sed -n 2p "$CSV" | grep -q '^mp-dinh-vu,' || fail "CSV row is not mp-dinh-vu: $(sed -n 2p "$CSV")"
sed -n 2p "$CSV" | grep -q ',2024-11,' || fail "CSV row lacks the table's as-of date: $(sed -n 2p "$CSV")"
ls "$TMP" | grep -q '\.tmp\.' && fail "a temporary file was left: $(ls "$TMP")"
echo "exported: $(sed -n 2p "$CSV" | cut -c1-80)..."

xdotool key --window "$WID" ctrl+q
for ((i = 0; i < 200; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$APP_PID" 2>/dev/null && fail "the app did not exit after ctrl+q"
wait "$APP_PID"
RC=$?
APP_PID=
[ "$RC" -eq 0 ] || fail "the app exited with $RC"
echo "PASS"
