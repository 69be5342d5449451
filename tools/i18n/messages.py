#!/usr/bin/env python3
"""Park Atlas's message catalogues: what the code asks to translate, and whether every
catalogue answers it.

The code marks every text the user reads: tr("Table", lang), trf("{0} parks", lang, {...}),
or N_("...") for a text kept in a table or passed on, and translated where it is shown. This script finds
those literals in src/ (adjacent literals joined, as the compiler does) and

  pot                 writes data/i18n/parkatlas.pot, the template translators start from;
  update LANG...      brings data/i18n/LANG.po in line with the code: new texts added with an
                      empty translation, texts the code no longer uses dropped, order as in the
                      template, existing translations kept;
  check [LANG...]     fails (exit 1) when a catalogue lacks a text, leaves one empty or fuzzy,
                      keeps one the code no longer uses, or changes its {0} {1} placeholders;
                      or when an interface call shows an English literal that is not marked.

Only the standard library: it runs in CI before anything is built.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SRC = os.path.join(ROOT, "src")
I18N = os.path.join(ROOT, "data", "i18n")
LANGS = ["vi", "zh", "ko", "ja"]

LITERAL = r'(?:u8)?"(?:[^"\\\n]|\\.)*"'
LITERALS = r'((?:' + LITERAL + r'\s*)+)'
# tr("text", ...), and tr(cond ? "this" : "that", ...): both texts are marked.
# T() is the --stats report's tr() in the report's language (analysis/stats_report.cpp).
MARKED = re.compile(r'(?<![A-Za-z0-9_:.>])(?:(?:i18n::)?(?:tr|trf|N_)|T)\s*\(\s*(?:[^(),;"]*\?\s*' + LITERALS + r':\s*' + LITERALS + '|' +
                    LITERALS + ')')
ONE_LITERAL = re.compile(LITERAL)
PLACEHOLDER = re.compile(r'\{\d+\}')

# Interface calls whose first argument is shown to the user. Their IDs (after ##) are not.
SHOWN_CALLS = re.compile(
    r'ImGui::(Text|TextUnformatted|TextWrapped|TextDisabled|TextColored|Button|SmallButton|MenuItem|BeginMenu|'
    r'Checkbox|RadioButton|Selectable|CollapsingHeader|BeginTabItem|SetTooltip|TreeNode|SliderFloat|DragFloat|'
    r'Combo|InputText|LabelText|BulletText|SeparatorText)\(\s*(?:[^,()]*,\s*)?(' + LITERAL + r')')


def unescape(body):
    out, i = [], 0
    simple = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'", "r": "\r", "0": "\0"}
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            if n in simple:
                out.append(simple[n]); i += 2; continue
            if n == "x":
                m = re.match(r'[0-9A-Fa-f]+', body[i + 2:])
                out.append(bytes([int(m.group(0), 16)]).decode("latin-1")); i += 2 + len(m.group(0)); continue
        out.append(c); i += 1
    # \x escapes spell UTF-8 bytes; a literal's other characters are already Unicode.
    s = "".join(out)
    try:
        return s.encode("latin-1").decode("utf-8") if any(0x80 <= ord(ch) <= 0xFF for ch in s) and "\\x" in body else s
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def literal_text(lits):
    return "".join(unescape(m.group(0)[m.group(0).index('"') + 1:-1]) for m in ONE_LITERAL.finditer(lits))


def source_files():
    for d, _, files in os.walk(SRC):
        for f in sorted(files):
            if f.endswith((".cpp", ".h")):
                yield os.path.join(d, f)


def _strip(text):
    """The text with comments blanked (they may quote a text; they are not marks), lines kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1]); i = j + 1
        elif c == "'" and i + 2 < n:
            j = i + 1
            while j < n and text[j] != "'" and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1]); i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', " ", text[i:j])); i = j
        else:
            out.append(c); i += 1
    return "".join(out)


def extract():
    """{msgid: [\"src/file.cpp:line\", ...]} in order of first appearance."""
    found = {}
    for path in source_files():
        with open(path, encoding="utf-8") as f:
            text = _strip(f.read())
        rel = os.path.relpath(path, ROOT)
        if rel.startswith("src/i18n/catalogue."):
            continue  # the machinery itself, not a text
        for m in MARKED.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            for group in m.groups():
                msgid = literal_text(group) if group else ""
                if msgid:
                    found.setdefault(msgid, []).append(f"{rel}:{line}")
    return found


def unmarked_literals():
    """Interface calls that show an English literal without tr()."""
    problems = []
    for path in source_files():
        rel = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8") as f:
            text = _strip(f.read())
        for m in SHOWN_CALLS.finditer(text):
            shown = literal_text(m.group(2)).split("##")[0]
            shown = re.sub(r'%[-+ #0-9.]*(?:zu|l[dfu]|[dfsuxgc%])', "", shown)
            if re.search(r'[A-Za-z]{2}', shown) and not re.fullmatch(r'(?:Ctrl|Shift|Alt)\+\S+', shown.strip()):
                line = text.count("\n", 0, m.start()) + 1
                problems.append(f"{rel}:{line}: ImGui::{m.group(1)} shows \"{shown}\" without tr()")
    return problems


def po_quote(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if "\n" in s[:-1]:
        parts = s.split("\n")
        lines = [p + "\\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
        return '""\n' + "\n".join(f'"{l}"' for l in lines)
    return '"' + s.replace("\n", "\\n") + '"'


def po_unquote(lines):
    return "".join(unescape(l[l.index('"') + 1:l.rindex('"')]) for l in lines)


def read_po(path):
    """(header text, [(msgid, msgstr, fuzzy, comments)])"""
    entries, header = [], ""
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    for block in blocks:
        lines = [l for l in block.strip("\n").split("\n") if l]
        if not lines:
            continue
        comments = [l for l in lines if l.startswith("#")]
        fuzzy = any(l.startswith("#,") and "fuzzy" in l for l in comments)
        body = [l for l in lines if not l.startswith("#")]
        key, parts = None, {"msgid": [], "msgstr": []}
        for l in body:
            if l.startswith("msgid "):
                key = "msgid"
            elif l.startswith("msgstr "):
                key = "msgstr"
            elif not l.startswith('"'):
                key = None
                continue
            if key:
                parts[key].append(l)
        msgid, msgstr = po_unquote(parts["msgid"]), po_unquote(parts["msgstr"])
        if msgid == "":
            header = block.strip("\n")
            continue
        entries.append((msgid, msgstr, fuzzy, [c for c in comments if c.startswith("# ")]))
    return header, entries


def pot_text(found):
    out = ['# Park Atlas: every text the interface shows, in English (the msgid is the key).',
           '# Generated by tools/i18n/messages.py pot; do not edit: change the code and regenerate.',
           'msgid ""', 'msgstr ""', '"Project-Id-Version: Park Atlas\\n"', '"MIME-Version: 1.0\\n"',
           '"Content-Type: text/plain; charset=UTF-8\\n"', '"Content-Transfer-Encoding: 8bit\\n"', '']
    for msgid, where in found.items():
        out.append("#: " + " ".join(where[:3]))
        if PLACEHOLDER.search(msgid):
            out.append("#, c-format")
        out.append("msgid " + po_quote(msgid))
        out.append('msgstr ""')
        out.append("")
    return "\n".join(out)


def update(lang, found):
    path = os.path.join(I18N, f"{lang}.po")
    header, entries = read_po(path)
    have = {e[0]: e for e in entries}
    out = [header, ""]
    for msgid, where in found.items():
        _, msgstr, fuzzy, comments = have.get(msgid, (msgid, "", False, []))
        out.extend(comments)
        out.append("#: " + " ".join(where[:3]))
        if fuzzy:
            out.append("#, fuzzy")
        out.append("msgid " + po_quote(msgid))
        out.append("msgstr " + po_quote(msgstr))
        out.append("")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    os.replace(path + ".tmp", path)
    dropped = [m for m in have if m not in found]
    missing = [m for m in found if not have.get(m, ("", ""))[1]]
    print(f"{lang}.po: {len(found)} texts, {len(missing)} untranslated, {len(dropped)} dropped")


def check(langs, found):
    problems = []
    for lang in langs:
        path = os.path.join(I18N, f"{lang}.po")
        rel = os.path.relpath(path, ROOT)
        if not os.path.exists(path):
            problems.append(f"{rel}: missing")
            continue
        _, entries = read_po(path)
        seen = set()
        for msgid, msgstr, fuzzy, _ in entries:
            short = msgid if len(msgid) < 60 else msgid[:57] + "..."
            if msgid in seen:
                problems.append(f"{rel}: \"{short}\" appears twice")
            seen.add(msgid)
            if msgid not in found:
                problems.append(f"{rel}: \"{short}\" is no longer used by the code (run update)")
            elif fuzzy:
                problems.append(f"{rel}: \"{short}\" is marked fuzzy")
            elif not msgstr.strip():
                problems.append(f"{rel}: \"{short}\" has no translation")
            elif sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(msgstr)):
                problems.append(f"{rel}: \"{short}\": the translation's placeholders "
                                f"{sorted(set(PLACEHOLDER.findall(msgstr)))} differ from "
                                f"{sorted(set(PLACEHOLDER.findall(msgid)))}")
        for msgid in found:
            if msgid not in seen:
                short = msgid if len(msgid) < 60 else msgid[:57] + "..."
                problems.append(f"{rel}: lacks \"{short}\" (used at {found[msgid][0]})")
    problems += unmarked_literals()
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["pot", "update", "check", "list"])
    ap.add_argument("langs", nargs="*")
    a = ap.parse_args()
    found = extract()
    if a.command == "list":
        for msgid, where in found.items():
            print(f"{where[0]}\t{msgid!r}")
    elif a.command == "pot":
        path = os.path.join(I18N, "parkatlas.pot")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(pot_text(found))
        os.replace(path + ".tmp", path)
        print(f"{os.path.relpath(path, ROOT)}: {len(found)} texts")
    elif a.command == "update":
        for lang in a.langs or LANGS:
            update(lang, found)
    else:
        problems = check(a.langs or LANGS, found)
        for p in problems:
            print(p)
        print(f"messages: {len(found)} texts in the code; {len(problems)} problems", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
