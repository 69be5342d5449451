#!/bin/bash
# End-to-end test of the interactive window under Xvfb: open on VSIP, click the middle of the
# visible map, expect the selection to be the park and the details sidebar to be drawn, Escape
# to clear it; close with Ctrl+Q and find the settings written, keyed by layer.
# Usage: window_e2e.sh PARKATLAS_BINARY
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_e2e.sh PARKATLAS_BINARY}
# Re-runs itself inside Xvfb (60 s at most); from here on, inside.
E2E_TIMEOUT=60 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

start_app --view vsip --size 1280x800
wait_for 'xdotool getwindowgeometry "$WID" 2>/dev/null | grep -q "Geometry: 1280x800"' 10 ||
    fail "window is not 1280x800: $(xdotool getwindowgeometry "$WID")"

# A pixel in the padding of the details sidebar, once it is there: the panels' colour.
PX=$((X + 1280 - 5)) PY=$((Y + 500))
shot() { /usr/bin/import -window root "$TMP/shot.png" 2>/dev/null; }
pixel() { /usr/bin/convert "$TMP/shot.png" -format "%[fx:int(255*p{$PX,$PY}.r)] %[fx:int(255*p{$PX,$PY}.g)] %[fx:int(255*p{$PX,$PY}.b)]" info:; }
panel() { local r g b; read -r r g b <<<"$(pixel)"; [ $((r - 251)) -ge -2 ] && [ $((r - 251)) -le 2 ] && [ $((g - 250)) -ge -2 ] && [ $((g - 250)) -le 2 ] && [ $((b - 247)) -ge -2 ] && [ $((b - 247)) -le 2 ]; }

# Before the click the map is there, so the check below means something.
wait_for 'shot && ! panel' 20 || fail "the map never appeared at $PX,$PY (pixel: $(pixel))"
[ "$(state right)" = none ] || fail "a details sidebar before anything was selected: $(state right)"

# VSIP is framed in the visible map (the part the panels leave): its middle is VSIP.
read -r CX CY <<<"$(box_centre "$(state visible_map)")"
click_at "$CX" "$CY"
wait_state selection "parks vsip"
wait_state right open
wait_for 'shot && panel' 20 || fail "details sidebar not drawn at $PX,$PY (pixel: $(pixel))"
echo "selection: $(state selection); details sidebar pixel at $PX,$PY: $(pixel)"

# Escape clears the selection, and the sidebar goes with it.
xdotool key --window "$WID" Escape
wait_state selection none
wait_state right none

quit_app
SETTINGS="$XDG_CONFIG_HOME/parkatlas/settings.ini"
[ -s "$SETTINGS" ] || fail "no settings written on exit"
grep -q '^\[layer bundled:parks\]$' "$SETTINGS" || fail "layers are not remembered by key: $(cat "$SETTINGS")"
grep -q '^width_m=' "$SETTINGS" || fail "the visible map's size is not remembered: $(cat "$SETTINGS")"
echo "PASS"
