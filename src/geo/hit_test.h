// Exact geometric predicates for picking features under the cursor.
#pragma once

#include "geo/geometry.h"

namespace geo {

// Even-odd crossing test against an open ring (the closing edge is implied).
bool point_in_ring(Vec2 p, const Ring& ring);
// Inside the outer ring and not inside any hole.
bool point_in_polygon(Vec2 p, const Polygon& polygon);
// Inside any polygon of the geometry (false for points and lines).
bool point_in_geometry(Vec2 p, const Geometry& g);

double distance_to_segment(Vec2 p, Vec2 a, Vec2 b);
// Smallest distance to any line segment or polygon ring edge; +inf if the geometry has none.
// A one-point line counts as that point.
double distance_to_lines(Vec2 p, const Geometry& g);

}  // namespace geo
