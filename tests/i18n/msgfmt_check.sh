#!/bin/bash
# Every catalogue passes `msgfmt --check` with every message translated and none fuzzy.
# Usage: msgfmt_check.sh DATA_I18N_DIR. Exit 77 (skipped) only when msgfmt is not installed.
set -u
DIR=${1:?usage: msgfmt_check.sh DATA_I18N_DIR}
command -v msgfmt >/dev/null || { echo "msgfmt not installed (package gettext)"; exit 77; }
status=0
for po in "$DIR"/vi.po "$DIR"/zh.po "$DIR"/ko.po "$DIR"/ja.po; do
    stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1) || { echo "$po: msgfmt --check failed: $stats"; status=1; continue; }
    echo "$(basename "$po"): $stats"
    case $stats in
        *untranslated*|*fuzzy*) echo "$po: not complete"; status=1 ;;
        *" translated message"*) ;;
        *) echo "$po: no translated messages?"; status=1 ;;
    esac
done
exit $status
