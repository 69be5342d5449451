# Shared by the window end-to-end tests, sourced at the top of each (set E2E_TIMEOUT, in
# seconds, on the same line). Outside Xvfb it skips (exit 77) when xvfb-run is not installed
# and otherwise re-runs the calling script, with its arguments, inside Xvfb under that time
# limit. Inside, it checks the tools, makes $TMP (removed on exit, with the app killed), and
# defines fail (prints the app log) and wait_for (polls a condition every 0.1 s; never sleeps
# blindly).
if [ -z "${PARKATLAS_E2E_INNER:-}" ]; then
    if ! command -v xvfb-run >/dev/null 2>&1; then
        echo "SKIP: xvfb-run is not installed"
        exit 77
    fi
    export PARKATLAS_E2E_INNER=1
    # -noreset: Xvfb otherwise resets when its last client leaves, and an app started in that
    # moment (the next start_app after quit_app) cannot open the display.
    exec timeout "${E2E_TIMEOUT:-60}" xvfb-run -a -s '-screen 0 1600x1000x24 -noreset' "$0" "$@"
fi

# --- inside Xvfb from here on ---
for tool in xdotool /usr/bin/import /usr/bin/convert; do
    command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool is missing"; exit 1; }
done
TMP=$(mktemp -d)
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    echo "--- app log ---"
    cat "$TMP/app.log" 2>/dev/null
    exit 1
}
# Polls `condition` (a shell command) every 0.1 s for up to $2 seconds.
wait_for() {
    local condition=$1 seconds=$2 i
    for ((i = 0; i < seconds * 10; i++)); do
        eval "$condition" && return 0
        kill -0 "$APP_PID" 2>/dev/null || fail "the app exited early"
        sleep 0.1
    done
    return 1
}

# The app under test writes its state here (PARKATLAS_STATE_DUMP, see src/app/window/state_dump.h)
# and keeps its settings in $TMP/config.
DUMP="$TMP/state.txt"
export PARKATLAS_STATE_DUMP="$DUMP"
export XDG_CONFIG_HOME="$TMP/config"

# The value of "KEY: value" in the state dump.
state() { sed -n "s/^$1: //p" "$DUMP" 2>/dev/null | head -n1; }
# Waits until the dump says KEY: VALUE.
wait_state() {
    local key=$1 value=$2 seconds=${3:-20}
    wait_for '[ "$(state "$key")" = "$value" ]' "$seconds" ||
        fail "state '$key' is '$(state "$key")', expected '$value'"
}

# Starts the app (arguments as given) and waits for its window; sets WID, X, Y.
start_app() {
    rm -f "$DUMP"
    "$BIN" "$@" >>"$TMP/app.log" 2>&1 &
    APP_PID=$!
    WID=
    find_window() { WID=$(xdotool search --name '^Park Atlas$' 2>/dev/null | head -n1); [ -n "$WID" ]; }
    wait_for find_window 30 || fail "no 'Park Atlas' window within 30 s"
    wait_for '[ -s "$DUMP" ]' 30 || fail "no state dump from the window"
    eval "$(xdotool getwindowgeometry --shell "$WID")"   # X, Y of the window on the screen
}
# Ctrl+Q, and the app must exit with 0.
quit_app() {
    xdotool key --window "$WID" ctrl+q
    for ((i = 0; i < 200; i++)); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$APP_PID" 2>/dev/null && fail "the app did not exit after ctrl+q"
    wait "$APP_PID"
    local rc=$?
    APP_PID=
    [ "$rc" -eq 0 ] || fail "the app exited with $rc"
}
# Keys ImGui reads from its per-frame key state (Enter, Backspace, Escape in a text field) are
# held down until their effect shows, as a person's key press lasts a few frames:
# hold KEY KEY_OF_STATE VALUE.
hold() {
    xdotool keydown --window "$WID" "$1"
    wait_state "$2" "$3"
    xdotool keyup --window "$WID" "$1"
}
# Clicks at window coordinates.
click_at() { xdotool mousemove --window "$WID" "$1" "$2" click 1; }
# The centre of a box "x0 y0 x1 y1" (integers).
box_centre() { awk '{ printf "%d %d\n", ($1 + $3) / 2, ($2 + $4) / 2 }' <<<"$1"; }
# True if box $1 lies inside box $2 (both "x0 y0 x1 y1"), with $3 pixels of slack.
box_inside() { awk -v s="${3:-0}" '{ exit !($1 >= $5 - s && $2 >= $6 - s && $3 <= $7 + s && $4 <= $8 + s) }' <<<"$1 $2"; }
# Adds a file as a person does: Ctrl+O opens the Layers tab's path field, the path is typed,
# Enter (held a moment, as a key press lasts a few frames) adds it.
add_file() {
    xdotool key --window "$WID" ctrl+o
    wait_state left "open layers"
    xdotool type --window "$WID" --delay 20 "$1"
    xdotool keydown --window "$WID" Return; sleep 0.15; xdotool keyup --window "$WID" Return
}
