#!/bin/bash
# Printed documents as a reader's tools see them (poppler-utils): the vector map as PDF (A4, A3
# portrait) and SVG, and brochures in five languages: page counts and sizes, every font
# embedded, the park's name, figures and headings as text in the chosen language, maps drawn as
# vectors (no pictures); and the errors a user gets for a wrong file or park.
# Usage: print_documents_check.sh PARKATLAS_BINARY. Exit 77 when poppler-utils is missing.
set -u
BIN=${1:?usage: print_documents_check.sh PARKATLAS_BINARY}
DATA="$(dirname "$(readlink -f "$0")")/../../data/haiphong"
for tool in pdfinfo pdffonts pdftotext pdfimages ogrinfo; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing"; exit 77; }
done
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
run() { env -u DISPLAY LANG=C.UTF-8 "$BIN" "$@" >"$T/out.txt" 2>&1; }
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
all_embedded() { pdffonts "$1" | awk 'NR > 2 { n++; if ($(NF-4) != "yes") bad = 1 } END { exit bad || n == 0 }'; }
no_pictures() { [ "$(pdfimages -list "$1" | tail -n +3 | wc -l)" -eq 0 ]; }
# A field of a park in the bundled data: field ID.
park_field() { ogrinfo -q -ro -where "id = '$2'" "$DATA/parks.shp" parks | sed -n "s/^  $1 (String) = //p" | head -n1; }

# 1. The map as vectors: A4 landscape by default, A3 portrait asked, SVG.
run --render "$T/map.pdf" || fail "--render map.pdf: $(cat "$T/out.txt")"
pdfinfo "$T/map.pdf" | grep -q "841.89 x 595.28 pts (A4)" || fail "map.pdf is not A4 landscape"
[ "$(pages "$T/map.pdf")" = 1 ] || fail "map.pdf has $(pages "$T/map.pdf") pages"
all_embedded "$T/map.pdf" || fail "map.pdf: a font is not embedded: $(pdffonts "$T/map.pdf")"
no_pictures "$T/map.pdf" || fail "map.pdf holds pictures: $(pdfimages -list "$T/map.pdf")"
for word in "VSIP Hai Phong" "Lach Huyen" "Occupancy" "60% threshold" "5 km"; do
    pdftotext "$T/map.pdf" - | grep -q "$word" || fail "map.pdf: no '$word' as text"
done
run --render "$T/a3.pdf" --page A3-portrait --lang vi --view dinh-vu || fail "--page A3-portrait: $(cat "$T/out.txt")"
pdfinfo "$T/a3.pdf" | grep -q "841.89 x 1190.55 pts (A3)" || fail "a3.pdf is not A3 portrait: $(pdfinfo "$T/a3.pdf" | grep size)"
pdftotext "$T/a3.pdf" - | grep -q "Tỷ lệ lấp đầy" || fail "a3.pdf: the legend is not in Vietnamese"
run --render "$T/map.svg" --size 1600x900 --lang ko || fail "--render map.svg: $(cat "$T/out.txt")"
grep -q '<svg' "$T/map.svg" && grep -q 'width="1200pt"' "$T/map.svg" || fail "map.svg is not a 1600x900 px SVG"
grep -q '<image' "$T/map.svg" && fail "map.svg holds a picture"
echo "maps: A4 and A3 PDF, SVG: OK"

# 2. A park's brochure in each language: its name and figures as text, fonts embedded, vectors.
for lang in en vi zh ko ja; do
    pdf="$T/vsip-$lang.pdf"
    run --brochure "$pdf" --park vsip --lang "$lang" || fail "--brochure --lang $lang: $(cat "$T/out.txt")"
    n=$(pages "$pdf")
    [ "$n" -ge 1 ] && [ "$n" -le 2 ] || fail "the $lang brochure has $n pages"
    pdfinfo "$pdf" | grep -q "595.28 x 841.89 pts (A4)" || fail "the $lang brochure is not A4 portrait"
    all_embedded "$pdf" || fail "the $lang brochure: a font is not embedded: $(pdffonts "$pdf")"
    no_pictures "$pdf" || fail "the $lang brochure holds pictures"
    text=$(pdftotext "$pdf" - | tr -d '\n')
    name=$(park_field "name_$lang" vsip)
    [ "$lang" = en ] && name=$(park_field name_en vsip)
    # The title may wrap: its first eight characters, then the figures as the language writes them.
    grep -qF "${name:0:8}" <<<"$text" || fail "the $lang brochure does not name the park ('${name:0:8}')"
    case $lang in vi) area="1.566 ha"; occ="76,6 %" ;; *) area="1,566 ha"; occ="76.6 %" ;; esac
    grep -qF "$area" <<<"$text" || fail "the $lang brochure lacks the area $area"
    grep -qF "$occ" <<<"$text" || fail "the $lang brochure lacks the occupancy $occ"
    grep -qF "heza.gov.vn" <<<"$text" || fail "the $lang brochure does not say where to ask"
    grep -qF "6037/BC-BQL" <<<"$text" || fail "the $lang brochure does not cite the occupancy's source"
    echo "brochure $lang: $n pages, '${name:0:8}…', $area, $occ"
done
grep -q "Free land" <(pdftotext "$T/vsip-en.pdf" -) || fail "the English brochure lacks 'Free land'"
grep -q "Diện tích còn trống\|Đất còn trống" <(pdftotext "$T/vsip-vi.pdf" -) || fail "the Vietnamese brochure's headings are not Vietnamese"

# 3. Every park: cover, overview, index, then the parks; as many pages as it says.
run --brochure "$T/all.pdf" --all --lang ko --asof 2023-12 || fail "--brochure --all: $(cat "$T/out.txt")"
said=$(pages "$T/all.pdf")
grep -q "21.*[^0-9]$said[^0-9]" "$T/out.txt" || fail "--all does not say its 21 parks and $said pages: $(cat "$T/out.txt")"
[ "$said" -ge 24 ] || fail "--all has only $said pages for 21 parks"
index=$(pdftotext -f 3 -l 3 "$T/all.pdf" -)
for id in vsip trang-due dinh-vu; do
    name=$(park_field name_ko "$id")
    grep -qF "${name:0:6}" <<<"$index" || fail "the index lacks $id ('${name:0:6}')"
done
echo "all parks: $said pages, index OK"

# 4. Errors: said clearly, nothing written.
run --render "$T/map.jpg"; [ $? = 2 ] && grep -q "must end in .png, .pdf or .svg" "$T/out.txt" || fail "--render map.jpg: $(cat "$T/out.txt")"
run --brochure "$T/b.pdf"; [ $? = 2 ] && grep -q -- "--park ID or --all" "$T/out.txt" || fail "--brochure alone: $(cat "$T/out.txt")"
run --brochure "$T/b.pdf" --park atlantis; [ $? = 1 ] && grep -q "atlantis" "$T/out.txt" || fail "--park atlantis: $(cat "$T/out.txt")"
run --brochure "$T/missing/b.pdf" --park vsip; [ $? = 1 ] && grep -q "cannot write" "$T/out.txt" || fail "unwritable: $(cat "$T/out.txt")"
run --render "$T/x.pdf" --page Letter; [ $? = 2 ] && grep -q "Letter" "$T/out.txt" || fail "--page Letter: $(cat "$T/out.txt")"
ls "$T" | grep -q -e partial -e "^b.pdf$" -e "^map.jpg$" && fail "a file was left by a failed command: $(ls "$T")"
echo "PASS"
