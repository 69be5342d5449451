# ctest smoke test for the benchmark: generate 2,000 parcels, run parkatlas-bench --json on
# them, and check the JSON line. Inputs: -DMAKE=... -DBENCH=... -DWORKDIR=...
# Feature rule: a multipolygon parcel is ONE feature (the loader keeps its parts together), so
# the loader must report exactly as many features as parcels generated: 2000.
file(REMOVE_RECURSE "${WORKDIR}")
file(MAKE_DIRECTORY "${WORKDIR}")
execute_process(COMMAND "${MAKE}" "${WORKDIR}/smoke.shp" --parcels 2000 --seed 7
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "generator failed (${rc}): ${out} ${err}")
endif()
foreach(ext shp shx dbf prj cpg)
  if(NOT EXISTS "${WORKDIR}/smoke.${ext}")
    message(FATAL_ERROR "generator did not write smoke.${ext}")
  endif()
endforeach()
file(READ "${WORKDIR}/smoke.prj" prj)
if(NOT prj MATCHES "TOWGS84\\[-191.9044")
  message(FATAL_ERROR "smoke.prj lacks the VN-2000 TOWGS84: ${prj}")
endif()

include(${CMAKE_CURRENT_LIST_DIR}/smoke_json.cmake)
bench_json_line(line "${BENCH}" "${WORKDIR}/smoke.shp" --json --size 640x360 --frames 5)
require_numbers("${line}" gdal_floor_s load_s prepare_s upload_s first_frame_s frame_full_median_ms
            frame_full_p95_ms frame_full_max_ms settle_full_s frame_mid_median_ms frame_mid_p95_ms settle_mid_s
            frame_zoomed_median_ms frame_zoomed_p95_ms settle_zoomed_s detail_chunks_built pick_us peak_rss_mb
            features vertices chunks big_polygon_triangles big_polygon_triangulate_ms big_smooth_polygon_triangles
            big_smooth_polygon_triangulate_ms big_polygon_triangulate_warm_ms moving_frames moving_frames_copied
            ratio_first_frame_to_floor)
string(JSON features GET "${line}" features)
string(JSON gdal_features GET "${line}" gdal_features)
string(JSON detail GET "${line}" detail_chunks_built)
string(JSON big GET "${line}" big_polygon_triangles)
string(JSON big_smooth GET "${line}" big_smooth_polygon_triangles)
string(JSON painted GET "${line}" painted_pixels)
string(JSON hits GET "${line}" pick_hits)
string(JSON moving GET "${line}" moving_frames)
string(JSON copied GET "${line}" moving_frames_copied)
# Half of every path is a drag by whole pixels: those frames must be copies of the canvas.
if(moving EQUAL 0 OR copied LESS 1 OR copied GREATER moving)
  message(FATAL_ERROR "moving frames ${moving}, of which copies of the canvas ${copied}")
endif()
if(NOT features EQUAL 2000 OR NOT gdal_features EQUAL 2000)
  message(FATAL_ERROR "expected 2000 features, got loader ${features}, GDAL ${gdal_features}")
endif()
# Zoomed in, chunks must have been triangulated; the big polygons must have been covered.
if(detail EQUAL 0 OR big LESS 100000 OR big_smooth LESS 100000 OR painted EQUAL 0 OR hits EQUAL 0)
  message(FATAL_ERROR "nothing drawn, detailed or picked: detailed chunks ${detail}, big polygon triangles ${big} "
                      "(smooth ${big_smooth}), painted ${painted}, hits ${hits}")
endif()
message(STATUS "bench_smoke OK: ${line}")
