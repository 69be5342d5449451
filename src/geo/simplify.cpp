#include "geo/simplify.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace geo {

namespace {

double distance_to_segment_sq(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab = b - a, ap = p - a;
    const double len_sq = ab.x * ab.x + ab.y * ab.y;
    double t = len_sq > 0.0 ? (ap.x * ab.x + ap.y * ab.y) / len_sq : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const Vec2 d = ap - ab * t;
    return d.x * d.x + d.y * d.y;
}

// Marks the vertices of ring[first..last] (indices modulo n) to keep, iteratively: a stack
// instead of recursion, so a 100k-vertex coastline cannot overflow it.
void mark(const Ring& ring, size_t first, size_t last, double tolerance_sq, std::vector<char>& keep) {
    const size_t n = ring.size();
    std::vector<std::pair<size_t, size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = -1.0;
        size_t worst_i = a;
        for (size_t i = a + 1; i < b; ++i) {
            const double d = distance_to_segment_sq(ring[i % n], ring[a % n], ring[b % n]);
            if (d > worst) worst = d, worst_i = i;
        }
        if (worst > tolerance_sq) {
            keep[worst_i % n] = 1;
            stack.push_back({a, worst_i});
            stack.push_back({worst_i, b});
        }
    }
}

}  // namespace

Ring simplify_ring(const Ring& ring, double tolerance) {
    const size_t n = ring.size();
    if (tolerance <= 0.0 || n <= 3) return ring;
    // Anchor at vertex 0 and the vertex farthest from it: both are on any good simplification.
    size_t far = 0;
    double far_d = -1.0;
    for (size_t i = 1; i < n; ++i) {
        const Vec2 d = ring[i] - ring[0];
        const double dd = d.x * d.x + d.y * d.y;
        if (dd > far_d) far_d = dd, far = i;
    }
    std::vector<char> keep(n, 0);
    keep[0] = keep[far] = 1;
    const double tol_sq = tolerance * tolerance;
    mark(ring, 0, far, tol_sq, keep);
    mark(ring, far, n, tol_sq, keep);
    Ring out;
    for (size_t i = 0; i < n; ++i)
        if (keep[i]) out.push_back(ring[i]);
    if (out.size() < 3 || std::abs(signed_area(out)) <= tolerance * tolerance) return {};
    return out;
}

Polygon simplify_polygon(const Polygon& polygon, double tolerance) {
    Polygon out;
    out.outer = simplify_ring(polygon.outer, tolerance);
    if (out.outer.empty()) return out;
    for (const auto& h : polygon.holes) {
        Ring s = simplify_ring(h, tolerance);
        if (!s.empty()) out.holes.push_back(std::move(s));
    }
    return out;
}

}  // namespace geo
