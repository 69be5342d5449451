# Writes catalogues.h: every data/i18n/*.po as a string, so the program speaks its languages
# without a data folder. Run at build time; re-runs when a catalogue changes.
file(GLOB po_files "${PO_DIR}/*.po")
list(SORT po_files)
set(body "")
foreach(path IN LISTS po_files)
  get_filename_component(code "${path}" NAME_WE)
  file(READ "${path}" text)
  string(APPEND body "    if (code == \"${code}\") return R\"po(${text})po\";\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from data/i18n/*.po by embed_catalogues.cmake; do not edit.\n#pragma once\n#include <string_view>\nnamespace i18n {\ninline std::string_view embedded_po_text(std::string_view code) {\n${body}    return {};\n}\n}  // namespace i18n\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
