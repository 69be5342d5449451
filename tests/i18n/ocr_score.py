#!/usr/bin/env python3
"""Reads back what OCR found in a rendered map: does it show the title and the legend's words
in the language asked for? Prints each expected text with its best match ratio (0..1) and
exits 1 unless the title and at least MIN_WORDS of the legend's words are found.

Usage: ocr_score.py LANG OCR_TEXT_FILE"""
import difflib
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "i18n"))
import messages  # noqa: E402  (the PO reader)

TITLE = "Hai Phong industrial parks"
LEGEND = ["Status", "Economic zones", "Pins", "operating", "under construction", "planned", "unknown",
          "Outlines are approximate illustrations"]
MIN_WORDS = 6        # of 8: drawn at twice the density all five read 8 (tesseract 5.3); a wrong language or tofu reads none
MATCH = 0.8


def main():
    lang, path = sys.argv[1], sys.argv[2]
    cjk = lang in ("zh", "ko", "ja")
    norm = lambda s: re.sub(r"\s+", "" if cjk else " ", s.lower()).strip()
    lines = [norm(l) for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
    po = os.path.join(messages.I18N, lang + ".po")
    words = {e[0]: e[1] for e in messages.read_po(po)[1]} if lang != "en" else {}

    def best(text):
        t = norm(words.get(text, text))
        return max((difflib.SequenceMatcher(None, t, l[i:i + len(t)]).ratio()
                    for l in lines for i in range(max(1, len(l) - len(t) + 1))), default=0.0)

    title = best(TITLE)
    print("%.2f  %s (title)" % (title, words.get(TITLE, TITLE)))
    found = 0
    for w in LEGEND:
        r = best(w)
        found += r >= MATCH
        print("%.2f  %s" % (r, words.get(w, w)))
    ok = title >= MATCH and found >= MIN_WORDS
    print("%s: title %.2f, %d of %d legend words read back" % ("ok" if ok else "FAIL", title, found, len(LEGEND)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
