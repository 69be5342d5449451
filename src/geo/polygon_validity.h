// Whether one polygon is valid in the OGC sense the triangulator relies on, and if not why:
// a fast check meant to run on every polygon a file holds (a million cadastral parcels), so
// that only the few invalid ones go to GEOS for repair (data/polygon_repair.h).
//
// Cost: a ring that is star-shaped around its centroid (most parcels, circles, convex shapes)
// is proved simple in linear time, without a copy. Other rings have their edges tested in
// pairs: all pairs for small polygons, only pairs sharing a cell of a sparse grid for big ones,
// so that a ring of thousands of vertices costs about linear time, not quadratic. A hole's
// place is found by point-in-ring tests (by horizontal strips of the outline when it is big).
#pragma once

#include <cstdint>

#include "geo/geometry.h"

namespace geo {

enum class PolygonProblem : uint8_t {
    None = 0,          // valid
    NonFinite,         // a coordinate is NaN or infinite
    ZeroArea,          // a ring encloses no area: fewer than 3 distinct points, or all on one line
    SelfIntersection,  // a ring crosses or touches itself, or runs back over one of its own edges
    RingsCross,        // a hole crosses or overlaps (along a stretch) the outer ring or another hole
    HoleOutside,       // a hole is not inside the outer ring
    NestedHoles,       // a hole is inside another hole
};

// A short English name of the problem, for logs and tests.
const char* to_string(PolygonProblem problem);

struct PolygonValidity {
    PolygonProblem problem = PolygonProblem::None;
    // The ring concerned: 0 the outer ring, 1 + i hole i; -1 when valid. For RingsCross and
    // NestedHoles, the later of the two rings.
    int ring = -1;

    bool valid() const { return problem == PolygonProblem::None; }
};

// Checks one polygon; the first problem found is returned. Rings may be given in either
// orientation, open or explicitly closed; repeated consecutive points are allowed. Edges that
// follow each other in a ring meet only at their shared vertex (unless the ring turns back on
// itself); a hole may touch the outer ring or another hole at single points (OGC valid, as
// GEOS sees it). Exact double arithmetic: points that touch only to within rounding count as
// apart. Thread-safe: scratch memory is per thread.
PolygonValidity check_polygon(const Polygon& polygon);

namespace detail {

// Work done by the calling thread's last check_polygon call, so that tests can guard against
// quadratic behaviour by counting rather than timing.
struct ValidityStats {
    uint64_t star_rings = 0;     // rings proved simple by the one-pass star test
    uint64_t edge_pairs = 0;     // pairs of edges whose boxes were compared
    uint64_t grid_cells = 0;     // cells of the grid holding an edge, when one was used
    uint64_t point_tests = 0;    // ring edges visited by point-in-ring tests
};
ValidityStats last_validity_stats();

}  // namespace detail

}  // namespace geo
