# Writes shader_sources.h: every file of shaders/ as a string, so the binary needs no data
# directory to find its shaders. Run at build time; re-runs when a shader changes.
file(GLOB shader_files "${SHADER_DIR}/*")
list(SORT shader_files)
set(body "")
foreach(path IN LISTS shader_files)
  get_filename_component(name "${path}" NAME)
  file(READ "${path}" text)
  string(APPEND body "    if (name == \"${name}\") return R\"glsl(${text})glsl\";\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from shaders/ by embed_shaders.cmake; do not edit.\n#pragma once\n#include <string_view>\nnamespace render {\ninline std::string_view embedded_shader(std::string_view name) {\n${body}    return {};\n}\n}  // namespace render\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
