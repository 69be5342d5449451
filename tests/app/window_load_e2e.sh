#!/bin/bash
# End-to-end test of loading a big file in the window under Xvfb: the window opens at once,
# keeps drawing frames while the file loads, shows a progress bar, and Cancel stops the load
# with a message; loaded without cancelling, the layer is added. The load is slowed per batch
# (PARKATLAS_TEST_LOAD_PAUSE_MS) so that a 40k-parcel file takes long enough to click on.
# Usage: window_load_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_load_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE}
MAKE=${2:?usage: window_load_e2e.sh PARKATLAS_BINARY PARKATLAS_MAKE_CADASTRE}
# Re-runs itself inside Xvfb (150 s at most); from here on, inside.
E2E_TIMEOUT=150 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

"$MAKE" "$TMP/parcels.shp" --parcels 40000 >/dev/null || fail "cannot generate the test cadastre"
export XDG_CONFIG_HOME="$TMP/config"
export PARKATLAS_FRAME_LOG="$TMP/frames.txt"
export PARKATLAS_TEST_LOAD_PAUSE_MS=400

start_app() {
    "$BIN" --size 1280x800 "$TMP/parcels.shp" >"$TMP/app.log" 2>&1 &
    APP_PID=$!
    WID=
    find_window() { WID=$(xdotool search --name '^Park Atlas$' 2>/dev/null | head -n1); [ -n "$WID" ]; }
    wait_for find_window 30 || fail "no 'Park Atlas' window within 30 s"
    eval "$(xdotool getwindowgeometry --shell "$WID")"   # X, Y of the window on the screen
}
quit_app() {
    xdotool key --window "$WID" ctrl+q
    for ((i = 0; i < 200; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$APP_PID" 2>/dev/null && fail "the app did not exit after ctrl+q"
    wait "$APP_PID"
    local rc=$?
    APP_PID=
    [ "$rc" -eq 0 ] || fail "the app exited with $rc"
}

# 1. Cancel.
start_app
wait_for 'grep -q "loading .*parcels.shp in the background" "$TMP/app.log"' 20 || fail "the load did not start"
# The progress bar's fill (ImGui's histogram colour, #E6B300) appears once a batch is read.
BAR=
find_bar() {
    /usr/bin/import -window root "$TMP/shot.png" 2>/dev/null || return 1
    BAR=$(/usr/bin/convert "$TMP/shot.png" -fuzz 6% -fill black +opaque '#E6B300' -format '%@' info: 2>/dev/null)
    [[ "$BAR" =~ ^([0-9]+)x([0-9]+)\+([0-9]+)\+([0-9]+)$ ]] && [ "${BASH_REMATCH[2]}" -ge 5 ]
}
wait_for find_bar 20 || fail "no progress bar on screen (bbox '$BAR')"
[[ "$BAR" =~ ^([0-9]+)x([0-9]+)\+([0-9]+)\+([0-9]+)$ ]]
BAR_H=${BASH_REMATCH[2]} BAR_X=${BASH_REMATCH[3]} BAR_Y=${BASH_REMATCH[4]}
echo "progress bar at $BAR"
grep -q "added" "$TMP/app.log" && fail "the load finished before it could be cancelled"
FRAMES_BEFORE=$(wc -l <"$TMP/frames.txt")
sleep 1
FRAMES_AFTER=$(wc -l <"$TMP/frames.txt")
[ $((FRAMES_AFTER - FRAMES_BEFORE)) -ge 5 ] ||
    fail "the window drew only $((FRAMES_AFTER - FRAMES_BEFORE)) frames in a second while loading"
echo "frames drawn in 1 s while loading: $((FRAMES_AFTER - FRAMES_BEFORE))"
# Cancel sits under the bar's left end.
xdotool mousemove "$((BAR_X + 25))" "$((BAR_Y + BAR_H + 14))" click 1
wait_for 'grep -q "cancelled loading .*parcels.shp" "$TMP/app.log"' 20 || fail "Cancel did not stop the load"
grep -q "added" "$TMP/app.log" && fail "the layer was added although the load was cancelled"
kill -0 "$APP_PID" 2>/dev/null || fail "the app died after the cancel"
quit_app
echo "cancelled: OK"

# 2. Let it finish.
export PARKATLAS_TEST_LOAD_PAUSE_MS=0
start_app
wait_for 'grep -q "added .*parcels.shp" "$TMP/app.log"' 60 || fail "the file was never added"
quit_app
echo "PASS"
