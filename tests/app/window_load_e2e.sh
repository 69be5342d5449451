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
export PARKATLAS_FRAME_LOG="$TMP/frames.txt"
export PARKATLAS_TEST_LOAD_PAUSE_MS=400

# 1. Cancel.
start_app --size 1280x800 "$TMP/parcels.shp"
wait_for 'grep -q "loading .*parcels.shp in the background" "$TMP/app.log"' 20 || fail "the load did not start"
# The progress card, where the window says it is (x0 y0 x1 y1), over the visible map.
wait_for '[ "$(state loading_card)" != none ] && [ -n "$(state loading_card)" ]' 20 || fail "no progress card on screen"
CARD=$(state loading_card)
box_inside "$CARD" "$(state visible_map)" || fail "the progress card $CARD is not over the visible map $(state visible_map)"
echo "progress card at $CARD"
grep -q "added" "$TMP/app.log" && fail "the load finished before it could be cancelled"
FRAMES_BEFORE=$(wc -l <"$TMP/frames.txt")
sleep 1
FRAMES_AFTER=$(wc -l <"$TMP/frames.txt")
[ $((FRAMES_AFTER - FRAMES_BEFORE)) -ge 5 ] ||
    fail "the window drew only $((FRAMES_AFTER - FRAMES_BEFORE)) frames in a second while loading"
echo "frames drawn in 1 s while loading: $((FRAMES_AFTER - FRAMES_BEFORE))"
# Cancel is the card's last line, at its left.
read -r CX0 _ _ CY1 <<<"$(awk '{ printf "%d %d %d %d\n", $1, $2, $3, $4 }' <<<"$CARD")"
click_at "$((CX0 + 30))" "$((CY1 - 22))"
wait_for 'grep -q "cancelled loading .*parcels.shp" "$TMP/app.log"' 20 || fail "Cancel did not stop the load"
grep -q "added" "$TMP/app.log" && fail "the layer was added although the load was cancelled"
kill -0 "$APP_PID" 2>/dev/null || fail "the app died after the cancel"
wait_state loading_card none
quit_app
echo "cancelled: OK"

# 2. Let it finish: the layer is added. Given on the command line, it is for this run only.
export PARKATLAS_TEST_LOAD_PAUSE_MS=0
start_app --size 1280x800 "$TMP/parcels.shp"
wait_for 'grep -q "added .*parcels.shp" "$TMP/app.log"' 60 || fail "the file was never added"
wait_state layers 9
wait_state files none
quit_app
grep -q "^file=" "$XDG_CONFIG_HOME/parkatlas/settings.ini" && fail "a command-line file was remembered"
echo "PASS"
