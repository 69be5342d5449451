#!/bin/bash
# The map and the report in each of the five languages, as a reader gets them: --render in
# vi, en, zh, ko and ja read back by OCR (tesseract: the title and the legend's words must be
# there, in that language's script), and --stats checked for its heading, numbers and dates.
# Usage: five_languages_check.sh PARKATLAS_BINARY [KEEP_DIR]
# Exit 77 (skipped) only when tesseract or one of its language packs is not installed.
set -u
BIN=${1:?usage: five_languages_check.sh PARKATLAS_BINARY [KEEP_DIR]}
HERE=$(dirname "$(readlink -f "$0")")
command -v tesseract >/dev/null || { echo "SKIP: tesseract is not installed"; exit 77; }
for pack in eng vie chi_sim kor jpn; do
    tesseract --list-langs 2>/dev/null | grep -qx "$pack" || { echo "SKIP: tesseract-ocr-$pack is missing"; exit 77; }
done
OUT=${2:-$(mktemp -d)}
mkdir -p "$OUT"
[ -n "${2:-}" ] || trap 'rm -rf "$OUT"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
unset LC_ALL LC_MESSAGES LANG

for pair in en:eng vi:vie zh:chi_sim ko:kor ja:jpn; do
    lang=${pair%%:*} pack=${pair##*:}
    # The 1600x900 map drawn at twice the density (--scale 2), grey: tesseract reads small map
    # type far better at that size, and drawn there the glyphs are sharp, not resampled.
    env -u DISPLAY "$BIN" --render "$OUT/map_$lang.png" --lang "$lang" --size 1600x900 --scale 2 >"$OUT/render_$lang.txt" 2>&1 ||
        { fail "--render --lang $lang exited $?"; cat "$OUT/render_$lang.txt"; continue; }
    convert "$OUT/map_$lang.png" -colorspace Gray "$OUT/big_$lang.png"
    tesseract "$OUT/big_$lang.png" "$OUT/ocr_$lang" -l "$pack" --psm 11 >/dev/null 2>&1
    echo "== --render --lang $lang, read back with tesseract -l $pack"
    python3 "$HERE/ocr_score.py" "$lang" "$OUT/ocr_$lang.txt" || fail "the $lang map does not read back"
    case $lang in zh|ko|ja) grep -q "NotoSansCJK" "$OUT/render_$lang.txt" || fail "$lang rendered without Noto Sans CJK" ;; esac
done

# --stats: the report's heading in the language, its dates and numbers as that language writes them.
expect() {  # LANG TEXT...: each TEXT is in the report
    local lang=$1; shift
    local report
    report=$(env -u DISPLAY "$BIN" --stats --asof 2023-12 --lang "$lang" 2>/dev/null) || { fail "--stats --lang $lang failed"; return; }
    for text in "$@"; do
        grep -qF -- "$text" <<<"$report" || fail "--stats --lang $lang lacks '$text'"
    done
    echo "== --stats --lang $lang: $(head -n1 <<<"$report")"
}
expect en "# Land availability of Hai Phong's industrial parks as of Dec 2023" "| 1,566.00 |" "**Verdict:**"
expect vi "T12/2023" "| 1.566,00 |" "KCN"
expect zh "2023年12月" "| 1,566.00 |" "工业" "运营中"
expect ko "2023년 12월" "| 1,566.00 |" "산업단지" "운영 중"
expect ja "2023年12月" "| 1,566.00 |" "工業団地" "稼働中"
[ $status -eq 0 ] && echo "PASS"
exit $status
