// Polygon triangulation for filled rendering: ear clipping with holes bridged into the outer
// ring, and a z-order index so that big polygons stay fast.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/geometry.h"

namespace geo {

struct Triangulation {
    // Outer ring then each hole, in input order. Closing duplicates are dropped, and so are
    // points with NaN or infinite coordinates (they cannot be drawn).
    std::vector<Vec2> vertices;
    // 3 per triangle, into vertices; every triangle is counter-clockwise with non-zero area.
    std::vector<uint32_t> indices;
};

// Triangulates one polygon with holes. Rings may be given in either orientation. Never throws,
// crashes or hangs on bad input (degenerate rings, repeated points, collinear runs, zero area,
// NaN/inf coordinates, self-intersections, holes touching or outside the outer ring): it returns
// what it can (possibly nothing). If warning is non-null it is cleared, then set to a short
// English reason when the input was degenerate or the output does not cover the polygon exactly.
// Thread-safe: scratch memory is per thread.
Triangulation triangulate(const Polygon& polygon, std::string* warning = nullptr);

// Same, appending to existing buffers (new indices are offset by out.vertices.size() at entry),
// so one mesh per layer is built without per-feature allocations.
void triangulate_into(const Polygon& polygon, Triangulation& out, std::string* warning = nullptr);

namespace detail {

// Work done by the calling thread's last triangulate call: lets tests guard against
// superlinear behaviour by counting rather than timing.
struct TriangulationStats {
    uint64_t ear_tests = 0;      // candidate ears tested
    uint64_t corner_visits = 0;  // reflex corners looked at by those tests
    uint64_t bridge_visits = 0;  // ring links looked at to join holes to the ring
};
TriangulationStats last_triangulation_stats();

}  // namespace detail

}  // namespace geo
