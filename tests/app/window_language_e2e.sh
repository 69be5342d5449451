#!/bin/bash
# End-to-end test of the window's languages under Xvfb, each step checked in the state dump:
# the language comes from the environment (LANG=ko_KR.UTF-8); the menu switches it live, and
# the font atlas follows (Korean face, then Simplified Chinese); the Vietnamese line under the
# labels switches on; a file added at runtime with Japanese names grows the atlas; both choices
# are remembered, win over the environment next time, and --lang wins over them.
# Usage: window_language_e2e.sh PARKATLAS_BINARY [SCREENSHOT_DIR]
# Exit 77 (skipped) only when xvfb-run is not installed.
set -u
BIN=${1:?usage: window_language_e2e.sh PARKATLAS_BINARY [SCREENSHOT_DIR]}
SHOTS=${2:-}
E2E_TIMEOUT=150 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"

unset LC_ALL LC_MESSAGES
export LANG=ko_KR.UTF-8
# Faces of Noto Sans CJK: 0 Japanese, 1 Korean, 2 Simplified Chinese.
atlas_field() { awk -v k="$1" '{ for (i = 1; i < NF; ++i) if ($i == k) print $(i + 1) }' <<<"$(state atlas)"; }
# Clicks entry $1 (1-based) of the open language menu: vi en zh ko ja, then the Vietnamese line.
menu_entry() {
    read -r MX MY <<<"$(box_centre "$(cut -d';' -f"$1" <<<"$(state language_menu)")")"
    click_at "$MX" "$MY"
}
open_menu() {
    read -r LX LY <<<"$(box_centre "$(state language_button)")"
    click_at "$LX" "$LY"
    wait_for '[ "$(state language_menu)" != none ]' 10 || fail "the language menu did not open"
}
shot() { [ -n "$SHOTS" ] && /usr/bin/import -window "$WID" "$SHOTS/$1.png"; return 0; }

start_app --size 1280x720
wait_state language ko
[ "$(atlas_field face)" = 1 ] || fail "Korean is shown without the Korean face: $(state atlas)"
CJK_KO=$(atlas_field cjk)
[ "$CJK_KO" -gt 100 ] || fail "the atlas holds only $CJK_KO CJK characters for Korean"
echo "from LANG=ko_KR.UTF-8: $(state language), atlas $(state atlas)"
shot ko

# 1. The menu: Chinese, live. The atlas is rebuilt with the Chinese characters and face.
BUILDS=$(atlas_field builds)
open_menu
menu_entry 3
wait_state language zh
wait_for '[ "$(atlas_field face)" = 2 ]' 10 || fail "Chinese is shown without the SC face: $(state atlas)"
[ "$(atlas_field builds)" -gt "$BUILDS" ] || fail "the atlas was not rebuilt for Chinese"
[ "$(state language_menu)" = none ] || fail "the menu stayed open"
echo "switched live to $(state language): atlas $(state atlas)"

# 2. The Vietnamese line under the labels.
open_menu
menu_entry 6
wait_state vietnamese_beneath on
hold Escape language_menu none
sleep 0.3
shot zh_vietnamese_beneath

# 3. A file added at runtime, whose names are Japanese: the atlas grows to hold them.
cat >"$TMP/jp.geojson" <<'JSON'
{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "鶴見試験工場"},
 "geometry": {"type": "Point", "coordinates": [106.70, 20.86]}}]}
JSON
CJK_BEFORE=$(atlas_field cjk)
LAYERS=$(state layers)
add_file "$TMP/jp.geojson"
wait_state layers $((LAYERS + 1)) 30
wait_for '[ "$(atlas_field cjk)" -gt "$CJK_BEFORE" ]' 10 ||
    fail "the atlas did not grow for the added file's names: $(state atlas), had $CJK_BEFORE"
echo "a file with Japanese names added: CJK characters $CJK_BEFORE -> $(atlas_field cjk)"

# 4. Remembered: the next start speaks Chinese whatever LANG says; --lang wins for its run.
quit_app
grep -q '^language=zh' "$XDG_CONFIG_HOME/parkatlas/settings.ini" || fail "the language was not remembered"
grep -q '^vietnamese_beneath=1' "$XDG_CONFIG_HOME/parkatlas/settings.ini" || fail "the Vietnamese line was not remembered"
start_app --size 1024x640
wait_state language zh
wait_state vietnamese_beneath on
quit_app
start_app --size 1024x640 --lang ja
wait_state language ja
wait_for '[ "$(atlas_field face)" = 0 ]' 10 || fail "Japanese is shown without the JP face: $(state atlas)"
shot ja
quit_app
echo "PASS"
