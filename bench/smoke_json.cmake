# What the bench smoke tests share: run a bench, parse its one JSON line for real (string(JSON):
# invalid JSON fails), and require keys that hold non-negative numbers.

# bench_json_line(OUT_VAR command args...): the bench's JSON line, or a FATAL_ERROR saying why not.
function(bench_json_line out)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE line ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${ARGV1} failed (${rc}): ${line} ${err}")
  endif()
  string(STRIP "${line}" line)
  string(JSON n ERROR_VARIABLE jerr LENGTH "${line}")
  if(jerr)
    message(FATAL_ERROR "not valid JSON: ${jerr}\n${line}")
  endif()
  set(${out} "${line}" PARENT_SCOPE)
endfunction()

# require_numbers(LINE key...): each key present and a non-negative number.
function(require_numbers line)
  foreach(key ${ARGN})
    string(JSON v ERROR_VARIABLE jerr GET "${line}" ${key})
    if(jerr)
      message(FATAL_ERROR "key ${key} missing: ${line}")
    endif()
    if(NOT v MATCHES "^[0-9]+(\\.[0-9]+)?$")
      message(FATAL_ERROR "key ${key} is not a non-negative number: ${v}")
    endif()
  endforeach()
endfunction()
