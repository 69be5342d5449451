#include "geo/label_point.h"

#include <algorithm>

#include "geo/hit_test.h"

namespace geo {

namespace {

Vec2 ring_centroid(const Ring& ring) {
    double a = 0.0, cx = 0.0, cy = 0.0;
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const double c = cross(ring[j], ring[i]);
        a += c;
        cx += (ring[j].x + ring[i].x) * c;
        cy += (ring[j].y + ring[i].y) * c;
    }
    if (a == 0.0) return ring.front();
    return {cx / (3.0 * a), cy / (3.0 * a)};
}

// Middle of the widest inside run of the horizontal line y = `y` through the polygon.
std::optional<Vec2> widest_run(const Polygon& poly, double y) {
    std::vector<double> xs;
    auto collect = [&](const Ring& r) {
        for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) {
            const Vec2 a = r[j], b = r[i];
            if ((a.y > y) != (b.y > y)) xs.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
        }
    };
    collect(poly.outer);
    for (const auto& h : poly.holes) collect(h);
    std::sort(xs.begin(), xs.end());
    std::optional<Vec2> best;
    double best_width = -1.0;
    for (size_t i = 0; i + 1 < xs.size(); i += 2) {
        if (xs[i + 1] - xs[i] > best_width) {
            best_width = xs[i + 1] - xs[i];
            best = Vec2{(xs[i] + xs[i + 1]) * 0.5, y};
        }
    }
    return best;
}

}  // namespace

std::optional<Vec2> label_point(const Geometry& g) {
    if (!g.polygons.empty()) {
        const Polygon* largest = nullptr;
        double largest_area = -1.0;
        for (const auto& p : g.polygons) {
            const double a = area(p);
            if (a > largest_area && p.outer.size() >= 3) largest_area = a, largest = &p;
        }
        if (!largest) return std::nullopt;
        const Vec2 c = ring_centroid(largest->outer);
        if (point_in_polygon(c, *largest)) return c;
        Box b;
        for (const auto& v : largest->outer) b.expand(v);
        if (auto run = widest_run(*largest, c.y)) return run;
        if (auto run = widest_run(*largest, b.centre().y)) return run;
        return largest->outer.front();
    }
    if (!g.lines.empty()) {
        const auto& line = *std::max_element(g.lines.begin(), g.lines.end(),
                                             [](const auto& a, const auto& b) { return a.size() < b.size(); });
        if (!line.empty()) return line[line.size() / 2];
    }
    if (!g.points.empty()) return g.points.front();
    return std::nullopt;
}

}  // namespace geo
