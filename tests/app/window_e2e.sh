#!/bin/bash
# End-to-end test of the interactive window under Xvfb: open on VSIP, click the middle of the
# map, expect the selection dump to name the park and the details panel to be drawn, then close.
# Usage: window_e2e.sh PARKATLAS_BINARY
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_e2e.sh PARKATLAS_BINARY}
# Re-runs itself inside Xvfb (60 s at most); from here on, inside.
E2E_TIMEOUT=60 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

DUMP="$TMP/selection.txt"
export PARKATLAS_SELECTION_DUMP="$DUMP"
export XDG_CONFIG_HOME="$TMP/config"
"$BIN" --view vsip --size 1280x800 >"$TMP/app.log" 2>&1 &
APP_PID=$!

WID=
find_window() { WID=$(xdotool search --name '^Park Atlas$' 2>/dev/null | head -n1); [ -n "$WID" ]; }
wait_for find_window 30 || fail "no 'Park Atlas' window within 30 s"
wait_for 'xdotool getwindowgeometry "$WID" 2>/dev/null | grep -q "Geometry: 1280x800"' 10 ||
    fail "window is not 1280x800: $(xdotool getwindowgeometry "$WID")"
eval "$(xdotool getwindowgeometry --shell "$WID")"   # X, Y of the window on the screen

# A pixel inside where the details panel will be, in screen coordinates.
PX=$((X + 1280 - 200)) PY=$((Y + 150))
pixel() { /usr/bin/convert "$TMP/shot.png" -format "%[fx:int(255*p{$PX,$PY}.r)] %[fx:int(255*p{$PX,$PY}.g)] %[fx:int(255*p{$PX,$PY}.b)]" info:; }
dark() { local r g b; read -r r g b <<<"$(pixel)"; [ "$r" -lt 90 ] && [ "$g" -lt 90 ] && [ "$b" -lt 90 ]; }

# Before the click the region shows the map (light colours), so the check below means something.
# The first frame may take a moment: wait until the map is drawn there.
shot() { /usr/bin/import -window root "$TMP/shot.png" 2>/dev/null; }
wait_for 'shot && ! dark' 20 || fail "the map never appeared at $PX,$PY (pixel: $(pixel))"

xdotool mousemove --window "$WID" 640 400 click 1
wait_for '[ -s "$DUMP" ]' 20 || fail "no selection dump after the click"
FIRST=$(head -n1 "$DUMP")
[ "$FIRST" = "parks vsip" ] || fail "selection dump says '$FIRST', expected 'parks vsip'"
echo "selection: $FIRST"

wait_for 'shot && dark' 20 || fail "details panel not drawn at $PX,$PY (pixel: $(pixel))"
echo "details panel pixel at $PX,$PY: $(pixel)"

# Escape clears the selection (dump says none).
xdotool key --window "$WID" Escape
wait_for '[ "$(head -n1 "$DUMP")" = none ]' 20 || fail "Escape did not clear the selection: $(cat "$DUMP")"

xdotool key --window "$WID" ctrl+q
for ((i = 0; i < 200; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$APP_PID" 2>/dev/null && fail "the app did not exit after ctrl+q"
wait "$APP_PID"
RC=$?
APP_PID=
[ "$RC" -eq 0 ] || fail "the app exited with $RC"
[ -s "$XDG_CONFIG_HOME/parkatlas/settings.ini" ] || fail "no settings written on exit"
echo "PASS"
