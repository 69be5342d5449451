#include "geo/hit_test.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {

bool point_in_ring(Vec2 p, const Ring& ring) {
    bool inside = false;
    const size_t n = ring.size();
    for (size_t i = 0, j = n ? n - 1 : 0; i < n; j = i++) {
        const Vec2 a = ring[j], b = ring[i];
        // Half-open in y so a vertex exactly at p.y is counted once, not twice.
        if ((a.y > p.y) != (b.y > p.y)) {
            const double x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x);
            if (p.x < x) inside = !inside;
        }
    }
    return inside;
}

bool point_in_polygon(Vec2 p, const Polygon& polygon) {
    if (!point_in_ring(p, polygon.outer)) return false;
    return std::none_of(polygon.holes.begin(), polygon.holes.end(),
                        [&](const Ring& hole) { return point_in_ring(p, hole); });
}

bool point_in_geometry(Vec2 p, const Geometry& g) {
    return std::any_of(g.polygons.begin(), g.polygons.end(),
                       [&](const Polygon& poly) { return point_in_polygon(p, poly); });
}

double distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab = b - a, ap = p - a;
    const double len2 = ab.x * ab.x + ab.y * ab.y;
    if (len2 == 0.0) return length(ap);
    const double t = std::clamp((ap.x * ab.x + ap.y * ab.y) / len2, 0.0, 1.0);
    return length(p - (a + ab * t));
}

namespace {

double distance_to_path(Vec2 p, const std::vector<Vec2>& path, bool closed) {
    double best = std::numeric_limits<double>::infinity();
    if (path.size() == 1) return length(p - path[0]);
    for (size_t i = 1; i < path.size(); ++i)
        best = std::min(best, distance_to_segment(p, path[i - 1], path[i]));
    if (closed && path.size() > 2) best = std::min(best, distance_to_segment(p, path.back(), path.front()));
    return best;
}

}  // namespace

double distance_to_lines(Vec2 p, const Geometry& g) {
    double best = std::numeric_limits<double>::infinity();
    for (const LineString& line : g.lines) best = std::min(best, distance_to_path(p, line, false));
    for (const Polygon& poly : g.polygons) {
        best = std::min(best, distance_to_path(p, poly.outer, true));
        for (const Ring& hole : poly.holes) best = std::min(best, distance_to_path(p, hole, true));
    }
    return best;
}

}  // namespace geo
