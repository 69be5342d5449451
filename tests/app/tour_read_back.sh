#!/bin/bash
# The bundled tour as a delegation receives it: --render-tour in Korean, Japanese and Chinese,
# each slide's caption band read back by OCR (tesseract) and compared with the tour's caption
# in that language; every slide a different picture with a different caption.
# Usage: tour_read_back.sh PARKATLAS_BINARY TOUR_JSON [KEEP_DIR]
# Exit 77 (skipped) only when tesseract or one of its language packs is not installed.
set -u
BIN=${1:?usage: tour_read_back.sh PARKATLAS_BINARY TOUR_JSON [KEEP_DIR]}
TOUR=${2:?usage: tour_read_back.sh PARKATLAS_BINARY TOUR_JSON [KEEP_DIR]}
HERE=$(dirname "$(readlink -f "$0")")
command -v tesseract >/dev/null || { echo "SKIP: tesseract is not installed"; exit 77; }
for pack in chi_sim kor jpn; do
    tesseract --list-langs 2>/dev/null | grep -qx "$pack" || { echo "SKIP: tesseract-ocr-$pack is missing"; exit 77; }
done
OUT=${3:-$(mktemp -d)}
mkdir -p "$OUT"
[ -n "${3:-}" ] || trap 'rm -rf "$OUT"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
unset LC_ALL LC_MESSAGES LANG

for pair in ko:kor ja:jpn zh:chi_sim; do
    lang=${pair%%:*} pack=${pair##*:}
    dir="$OUT/$lang"
    env -u DISPLAY "$BIN" --render-tour "$dir" --lang "$lang" --size 1920x1080 >"$OUT/render_$lang.txt" 2>&1 ||
        { fail "--render-tour --lang $lang exited $?"; cat "$OUT/render_$lang.txt"; continue; }
    count=$(ls "$dir"/slide-*.png 2>/dev/null | wc -l)
    distinct=$(md5sum "$dir"/slide-*.png | cut -d' ' -f1 | sort -u | wc -l)
    [ "$count" -ge 8 ] || fail "$lang: only $count slides written"
    [ "$distinct" -eq "$count" ] || fail "$lang: $count slides but $distinct different pictures"
    for png in "$dir"/slide-*.png; do
        n=$(basename "$png" .png)
        # The caption band (the bottom eighth), twice the size, grey and inverted: dark text on light.
        convert "$png" -gravity south -crop 100%x12.5%+0+0 +repage -resize 200% -colorspace Gray -negate "$dir/$n.band.png"
        tesseract "$dir/$n.band.png" "$dir/$n" -l "$pack" --psm 6 >/dev/null 2>&1
    done
    echo "== --render-tour --lang $lang: $count slides, read back with tesseract -l $pack"
    python3 "$HERE/tour_ocr_score.py" "$TOUR" "$lang" "$dir" || fail "the $lang captions do not read back"
done
[ $status -eq 0 ] && echo "PASS"
exit $status
