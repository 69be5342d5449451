// Where to put a feature's label: a point inside it, near its visual middle.
#pragma once

#include <optional>

#include "geo/geometry.h"

namespace geo {

// For polygons: inside the largest part (its centroid when that is inside, else the middle of
// the widest horizontal run through it). Lines: their middle vertex. Points: the first point.
// An empty geometry gives nullopt.
std::optional<Vec2> label_point(const Geometry& g);

}  // namespace geo
