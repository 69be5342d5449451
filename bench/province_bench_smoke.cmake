# ctest smoke test for the province bench: 40,000 parcels (4.6 x 5.4 km) written as a GeoPackage with its
# R-tree, read where the view is; the JSON line parsed and its figures checked for sense.
# Inputs: -DMAKE=... -DBENCH=... -DWORKDIR=...
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
execute_process(COMMAND "${MAKE}" "${WORKDIR}/smoke.gpkg" --parcels 40000 --seed 7
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORKDIR}/smoke.gpkg")
  message(FATAL_ERROR "generator failed (${rc}): ${out} ${err}")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/smoke_json.cmake)
bench_json_line(line "${BENCH}" "${WORKDIR}/smoke.gpkg" --size 640x360 --frames 4)
require_numbers("${line}" gdal_floor_s street_first_frame_s full_first_frame_s ratio_full_to_floor frame_max_ms moving_p95_ms
            settle_max_ms pick_us peak_rss_mb street_rows detail_chunks_built)
string(JSON features GET "${line}" features)
string(JSON gdal GET "${line}" gdal_features)
string(JSON street GET "${line}" street_rows)
string(JSON frames LENGTH "${line}" frames_ms)
string(JSON built GET "${line}" detail_chunks_built)
string(JSON hits GET "${line}" pick_hits)
if(NOT features EQUAL 40000 OR NOT gdal EQUAL 40000)
  message(FATAL_ERROR "expected 40000 rows and 40000 GDAL features: ${features} / ${gdal}")
endif()
# The street view (2 km across) holds a part of the layer only: read through the index.
if(street LESS 1 OR NOT street LESS 10000)
  message(FATAL_ERROR "the street view read ${street} rows of 40000")
endif()
if(frames LESS 20 OR built LESS 1 OR hits LESS 1)
  message(FATAL_ERROR "frames ${frames}, chunks read and built ${built}, picks that hit ${hits}: ${line}")
endif()
message(STATUS "${line}")
