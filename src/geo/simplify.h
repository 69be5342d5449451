// Douglas–Peucker simplification of rings, for drawing at a scale where detail finer than a
// fraction of a pixel cannot be seen. The result never moves a boundary by more than the
// tolerance.
#pragma once

#include "geo/geometry.h"

namespace geo {

// Keeps the vertices needed to stay within `tolerance` of the ring (same units). Returns an
// empty ring when the simplified ring would have fewer than 3 vertices or no area: the ring is
// then smaller than the tolerance. A tolerance <= 0 returns the ring unchanged.
Ring simplify_ring(const Ring& ring, double tolerance);

// Simplifies the outer ring and holes of a polygon; holes that vanish are dropped. Returns a
// polygon with an empty outer ring when the whole polygon is below the tolerance.
Polygon simplify_polygon(const Polygon& polygon, double tolerance);

}  // namespace geo
