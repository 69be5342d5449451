#!/bin/bash
# End-to-end test of presenting under Xvfb, each step checked in the state dump and, where a
# delegation would see it, by OCR of a screenshot: --present opens full screen with no panel
# words on screen; Page Down and L change the caption (to the next slide, to Chinese); B blacks
# the screen; a number and Enter jump; a click on a park opens its card; Esc goes back to the
# desk exactly as it was; F5 presents again. Then the presenter view (two windows, keys from
# either), the kiosk (slides move on by themselves, input pauses them), and a broken tour file.
# Usage: window_present_e2e.sh PARKATLAS_BINARY TOUR_JSON [SCREENSHOT_DIR]
# Exit 77 (skipped) only when xvfb-run or tesseract is not installed.
set -u
BIN=${1:?usage: window_present_e2e.sh PARKATLAS_BINARY TOUR_JSON [SCREENSHOT_DIR]}
TOUR=${2:?usage: window_present_e2e.sh PARKATLAS_BINARY TOUR_JSON [SCREENSHOT_DIR]}
SHOTS=${3:-}
if [ -z "${PARKATLAS_E2E_INNER:-}" ]; then
    command -v tesseract >/dev/null || { echo "SKIP: tesseract is not installed"; exit 77; }
fi
E2E_TIMEOUT=240 source "$(dirname "$(readlink -f "$0")")/e2e_common.sh"
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8

caption() { python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); print(t["slides"][int(sys.argv[2])-1][sys.argv[4]][sys.argv[3]])' "$TOUR" "$@"; }
shot() { /usr/bin/import -window root "$TMP/$1.png"; [ -n "$SHOTS" ] && cp "$TMP/$1.png" "$SHOTS/$1.png"; return 0; }
ocr() {  # SHOT LANG_PACK [band]: the text tesseract reads in the screenshot (or its caption band)
    local img="$TMP/$1.png"
    if [ "${3:-}" = band ]; then
        convert "$img" -gravity south -crop 100%x13%+0+0 +repage -resize 200% -colorspace Gray -negate "$TMP/$1.band.png"
        img="$TMP/$1.band.png"
    else
        convert "$img" -resize 150% -colorspace Gray "$TMP/$1.big.png"
        img="$TMP/$1.big.png"
    fi
    tesseract "$img" - -l "$2" --psm "$([ "${3:-}" = band ] && echo 6 || echo 11)" 2>/dev/null
}
DESK_WORDS='Layers|Table|Compare|Measure|Search parks|Decree 35 gauge'

# 1. --present: full screen, the first slide, no panels.
start_app --present
wait_state mode present
wait_state fullscreen yes
wait_state slide 1/10
[ "$(state slide_caption)" = "$(caption 1 en caption)" ] || fail "slide 1 shows '$(state slide_caption)'"
sleep 1.5
shot present_1
TEXT=$(ocr present_1 eng)
grep -Eq "$DESK_WORDS" <<<"$TEXT" && fail "panel words on the presentation screen: $(grep -Eo "$DESK_WORDS" <<<"$TEXT" | sort -u | tr '\n' ' ')"
grep -q "gateway" <<<"$(ocr present_1 eng band)" || fail "the first caption does not read back"
echo "1. --present: $(state slide) full screen, caption read back, no panel words"

# 2. Page Down: the next slide, its caption.
xdotool key --window "$WID" Next
wait_state slide 2/10
[ "$(state slide_caption)" = "$(caption 2 en caption)" ] || fail "slide 2 shows '$(state slide_caption)'"
wait_state camera_moving no
sleep 0.5
shot present_2
grep -q "berths" <<<"$(ocr present_2 eng band)" || fail "the second caption does not read back"
echo "2. Page Down: $(state slide), caption read back"

# 3. L: the next language (English → Chinese), live, the caption in Chinese.
xdotool key --window "$WID" l
wait_state language zh
[ "$(state slide_caption)" = "$(caption 2 zh caption)" ] || fail "after L the caption is '$(state slide_caption)'"
sleep 1
shot present_2_zh
ZH=$(ocr present_2_zh chi_sim band | tr -d ' \n')
WANT=$(caption 2 zh caption)
python3 - "$WANT" "$ZH" <<'PY' || fail "the Chinese caption does not read back: $ZH"
import sys
want = {c for c in sys.argv[1] if 0x4E00 <= ord(c) <= 0x9FFF}
got = sys.argv[2]
share = len({c for c in want if c in got}) / len(want)
print(f"   {share:.0%} of the Chinese caption's characters read back")
sys.exit(0 if share >= 0.6 else 1)
PY
echo "3. L: $(state language), caption read back in Chinese"
xdotool key --window "$WID" l l l l  # round the five languages back to English
wait_state language en

# 4. B: a black screen, and back.
xdotool key --window "$WID" b
wait_state screen black
sleep 0.5
shot present_black
MEAN=$(convert "$TMP/present_black.png" -colorspace Gray -format '%[fx:mean]' info:)
awk -v m="$MEAN" 'BEGIN { exit !(m < 0.02) }' || fail "the black screen is not black (mean $MEAN)"
xdotool key --window "$WID" b
wait_state screen map
echo "4. B: black (mean $MEAN), B: the map again"

# 5. A number and Enter: slide 4 (Đình Vũ, its figures card, the park highlighted).
xdotool key --window "$WID" 4 Return
wait_state slide 4/10
wait_state slide_cards 1
wait_state camera_moving no
echo "5. 4 Enter: $(state slide), $(state slide_cards) figure card"

# 6. A click on the park: its card, large; Esc closes it.
read -r PX PY <<<"$(box_centre "$(state selection_on_screen)")"
click_at "$PX" "$PY"
wait_state slide_card "parks dinh-vu"
sleep 0.5
shot present_card
xdotool key --window "$WID" Escape
wait_state slide_card none
wait_state mode present
echo "6. a click on Đình Vũ opened its card; Esc closed it"

# 7. Esc: back to the desk as it was (English, the newest date, the window, the panels).
xdotool key --window "$WID" Escape
wait_state mode explore
wait_state fullscreen no
wait_state slide none
[ "$(state asof)" = 2024-11 ] || fail "the desk's date did not come back: $(state asof)"
wait_state camera_moving no
sleep 1
shot desk_after
grep -Eq "$DESK_WORDS" <<<"$(ocr desk_after eng)" || fail "the desk's panel words do not read back (the check above would be blind)"
echo "7. Esc: the desk again, its panel words read back"

# 8. F5 from the desk presents again, from the first slide.
xdotool key --window "$WID" F5
wait_state mode present
wait_state slide 1/10
xdotool key --window "$WID" Escape
wait_state mode explore
quit_app
echo "8. F5 presents from the desk"

# 9. The presenter view: a second window with the notes; keys from it drive the talk.
start_app --present --presenter-view
wait_state presenter_view open
PWID=$(xdotool search --name 'presenter view' | head -n1)
[ -n "$PWID" ] || fail "no presenter view window"
NOTES1=$(caption 1 en notes | head -n1)
wait_state presenter_notes "$NOTES1"
xdotool key --window "$PWID" Right
wait_state slide 2/10
wait_state presenter_notes "$(caption 2 en notes | head -n1)"
wait_for '[ "$(state presenter_pictures)" -ge 10 ]' 90 || fail "the presenter view has $(state presenter_pictures) slide pictures"
sleep 0.5
/usr/bin/import -window "$PWID" "$TMP/presenter.png"
[ -n "$SHOTS" ] && cp "$TMP/presenter.png" "$SHOTS/presenter.png"
grep -q "Next" <<<"$(ocr presenter eng)" || fail "the presenter view does not read back"
quit_app
echo "9. presenter view: notes follow the slide, keys from it drive the talk, $(state presenter_pictures) pictures"

# 10. The kiosk: two slides of three seconds loop by themselves; input pauses them.
cat >"$TMP/kiosk.tour.json" <<'JSON'
{"format": "parkatlas-tour", "version": 1, "title": {"en": "Booth"},
 "slides": [{"camera": {"fit": ["parks/vsip"]}, "caption": {"en": "VSIP"}, "duration_s": 3},
            {"camera": {"fit": ["parks/dinh-vu"]}, "caption": {"en": "Dinh Vu"}, "duration_s": 3}]}
JSON
start_app --kiosk "$TMP/kiosk.tour.json"
wait_state mode kiosk
wait_state slide 1/2
wait_state slide 2/2 8
wait_state slide 1/2 8
xdotool mousemove --window "$WID" 200 200 mousemove --window "$WID" 400 300
wait_state kiosk_paused yes
PAUSED_AT=$(state slide)
xdotool key --window "$WID" Escape  # a visitor's Esc does not end the kiosk
sleep 5
[ "$(state slide)" = "$PAUSED_AT" ] || fail "the kiosk moved on within the quiet minute"
[ "$(state mode)" = kiosk ] || fail "Esc ended the kiosk"
quit_app
echo "10. kiosk: looped 1→2→1 on its own; paused on input; Esc does not end it"

# 11. A broken tour: the desk opens and says which file, line and problem.
printf '{"format": "parkatlas-tour",\n "version": 1,\n "title": {"en": "x"}\n "slides": []}\n' >"$TMP/broken.tour.json"
start_app --present "$TMP/broken.tour.json"
wait_state mode explore
MESSAGE=$(state message)
grep -q "broken.tour.json:4: " <<<"$MESSAGE" || fail "the broken tour's message is '$MESSAGE'"
grep -q "broken.tour.json:4: " "$TMP/app.log" || fail "the broken tour is not named on stderr"
quit_app
echo "11. a broken tour: '$MESSAGE'"

# 12. The tour tab: a slide added from the map, saved (the bundled tour to a copy beside the
# settings), used the next time, and presented.
start_app --size 1400x850
read -r TX TY <<<"$(box_centre "$(state tour_tab)")"
click_at "$TX" "$TY"
wait_state left "open tour"
wait_for '[ "$(state tour_add)" != none ]' 10 || fail "no Add button in the Tour tab"
read -r AX AY <<<"$(box_centre "$(state tour_add)")"
click_at "$AX" "$AY"
wait_state tour_slides 11
wait_state tour_unsaved yes
read -r SX SY <<<"$(box_centre "$(state tour_save)")"
click_at "$SX" "$SY"
wait_state tour_unsaved no
SAVED="$TMP/config/parkatlas/tours/haiphong.tour.json"
python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); assert len(t["slides"]) == 11; assert t["slides"][1]["caption"]["en"] == "Slide 11", t["slides"][1]' "$SAVED" ||
    fail "the saved tour is not the edited one"
grep -q "Tour saved to $SAVED" <<<"$(state message)" || fail "the save was not said: $(state message)"
shot tour_tab
quit_app
start_app
wait_state tour_slides 11
xdotool key --window "$WID" F5
wait_state slide 1/11
xdotool key --window "$WID" Escape
wait_state mode explore
quit_app
echo "12. the tour tab: a slide added, saved to $SAVED, read back the next time, presented"
echo PASS
