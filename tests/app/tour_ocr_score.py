#!/usr/bin/env python3
"""Scores OCR of slide caption bands against a tour's captions in one language.

Usage: tour_ocr_score.py TOUR_JSON LANG DIR   (DIR holds slide-NN.txt, tesseract's output)

For each slide, the share of the caption's distinct Chinese, Japanese or Korean characters that
the OCR found must be at least MIN_SHARE, and the caption must be in its language's script;
the OCR of no two slides may be the same text. Prints one line per slide.
"""
import json
import pathlib
import sys
import unicodedata

MIN_SHARE = 0.6


def script_chars(text, lang):
    out = set()
    for ch in text:
        cp = ord(ch)
        hangul = 0xAC00 <= cp <= 0xD7AF
        kana = 0x3040 <= cp <= 0x30FF
        han = 0x4E00 <= cp <= 0x9FFF
        if (lang == "ko" and hangul) or (lang == "ja" and (kana or han)) or (lang == "zh" and han):
            out.add(ch)
    return out


def main():
    tour_path, lang, folder = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    slides = json.loads(pathlib.Path(tour_path).read_text(encoding="utf-8"))["slides"]
    ok = True
    seen = {}
    for i, slide in enumerate(slides, 1):
        caption = slide["caption"].get(lang, slide["caption"]["en"])
        wanted = script_chars(caption, lang)
        ocr_file = folder / f"slide-{i:02d}.txt"
        ocr = unicodedata.normalize("NFC", ocr_file.read_text(encoding="utf-8")) if ocr_file.exists() else ""
        ocr = "".join(ocr.split())  # tesseract puts spaces between CJK characters
        found = {ch for ch in wanted if ch in ocr}
        share = len(found) / len(wanted) if wanted else 0.0
        verdict = "ok" if wanted and share >= MIN_SHARE else "LOW"
        print(f"  slide {i:2d}: {len(found):2d}/{len(wanted):2d} characters of the caption read back ({share:.0%}) {verdict}  {caption}")
        if verdict != "ok":
            ok = False
        band = ocr[:40]
        if band in seen:
            print(f"  slide {i} reads the same as slide {seen[band]}")
            ok = False
        seen[band] = i
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
