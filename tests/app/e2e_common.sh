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
    exec timeout "${E2E_TIMEOUT:-60}" xvfb-run -a -s '-screen 0 1600x1000x24' "$0" "$@"
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
