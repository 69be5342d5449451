// libFuzzer target: geo::triangulate on polygons with holes built from the input.
//
// Input (read with FuzzedDataProvider): a way of making coordinates, the number of holes (0-4),
// then each ring's size and points.
//   0  small integers, -8..8 (repeated points, collinear runs, zero areas, touching rings)
//   1  integers, -1000..1000
//   2  multiples of 1/1024 up to ±1024 (fractions, still exact in a double)
//   3  star-shaped rings of up to 256 points, rounded to integers, holes placed apart from
//      each other near the middle of the outer ring (mostly simple polygons, many with holes)
//   4  small integers with NaN, ±infinity and huge values mixed in
//   5  any double at all
// Checks:
//   - every index is in range, every vertex finite, every triangle counter-clockwise with
//     non-zero area (triangulate.h's promises, for any input; the last only for triangles with
//     coordinates up to 1e150, as beyond ~1e154 the cross product overflows: a triangle of
//     (1.8e308,-8) (5e-324,5e-324) (5e-324,0) comes out, fuzz/regressions/triangulate/);
//   - triangulate_into appends the same triangles, offset, to buffers already holding some;
//   - for a polygon that is simple (checked here, O(n²): rings of 3+ distinct points, no two
//     edges meeting but neighbours at their shared point, holes inside the outer ring and
//     outside each other) with coordinates exact in a double (modes 0-3): when no warning is
//     given, the triangles' areas add up to the polygon's (outer minus holes). In modes 0-3 every
//     product and sum is an exact integer (times 2^-20 in mode 2), so this is checked to a
//     relative 1e-12, i.e. exactly.
// With PARKATLAS_FUZZ_STRICT=1 in the environment, a warning on such a simple polygon fails too
// (triangulate.h allows it, so that is a question to look at, not a broken promise); with
// PARKATLAS_FUZZ_VERBOSE=1, each polygon the areas are checked on is listed.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "geo/triangulate.h"

namespace {

using geo::Polygon;
using geo::Ring;
using geo::Vec2;

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz_triangulate: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
    std::abort();
}

// Coordinates up to this size are checked for counter-clockwise triangles: (2e150)² fits a double.
constexpr double kLargestChecked = 1e150;

double orient(Vec2 a, Vec2 b, Vec2 c) { return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x); }
int sign(double v) { return (v > 0) - (v < 0); }
bool on_segment(Vec2 a, Vec2 b, Vec2 p) {  // p collinear with a-b: within its box
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}
// Closed segments: touching and collinear overlap count.
bool segments_meet(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
    if (std::max(a.x, b.x) < std::min(c.x, d.x) || std::max(c.x, d.x) < std::min(a.x, b.x) ||
        std::max(a.y, b.y) < std::min(c.y, d.y) || std::max(c.y, d.y) < std::min(a.y, b.y))
        return false;  // boxes apart: most pairs
    const int o1 = sign(orient(a, b, c)), o2 = sign(orient(a, b, d)), o3 = sign(orient(c, d, a)),
              o4 = sign(orient(c, d, b));
    if (o1 * o2 < 0 && o3 * o4 < 0) return true;
    return (o1 == 0 && on_segment(a, b, c)) || (o2 == 0 && on_segment(a, b, d)) || (o3 == 0 && on_segment(c, d, a)) ||
           (o4 == 0 && on_segment(c, d, b));
}

// Twice the signed area (shoelace).
double twice_signed_area(const Ring& r) {
    double sum = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) sum += r[j].x * r[i].y - r[i].x * r[j].y;
    return sum;
}

// Even-odd test; p is known not to lie on the ring.
bool inside(const Ring& r, Vec2 p) {
    bool in = false;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        if ((r[i].y > p.y) != (r[j].y > p.y) && p.x < r[j].x + (p.y - r[j].y) * (r[i].x - r[j].x) / (r[i].y - r[j].y))
            in = !in;
    return in;
}

// A ring as triangulate reads it: an explicit closing point dropped.
Ring open_ring(const Ring& r) {
    Ring out = r;
    if (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

// Whether the polygon is simple, with holes strictly inside the outer ring and outside each other.
bool is_simple(const Polygon& polygon) {
    std::vector<Ring> rings{open_ring(polygon.outer)};
    for (const Ring& h : polygon.holes) rings.push_back(open_ring(h));
    std::vector<Vec2> all;
    for (const Ring& r : rings) {
        if (r.size() < 3 || twice_signed_area(r) == 0) return false;
        all.insert(all.end(), r.begin(), r.end());
    }
    for (size_t i = 0; i < all.size(); ++i)
        for (size_t j = i + 1; j < all.size(); ++j)
            if (all[i] == all[j]) return false;
    struct Edge {
        size_t ring, index;
        Vec2 a, b;
    };
    std::vector<Edge> edges;
    for (size_t r = 0; r < rings.size(); ++r)
        for (size_t i = 0; i < rings[r].size(); ++i)
            edges.push_back({r, i, rings[r][i], rings[r][(i + 1) % rings[r].size()]});
    for (size_t i = 0; i < edges.size(); ++i) {
        for (size_t j = i + 1; j < edges.size(); ++j) {
            const Edge &e = edges[i], &f = edges[j];
            const size_t n = rings[e.ring].size();
            const bool neighbours = e.ring == f.ring && ((e.index + 1) % n == f.index || (f.index + 1) % n == e.index);
            if (neighbours) {
                // They share one point; they must not fold back over each other.
                const Edge& first = (e.index + 1) % n == f.index ? e : f;
                const Edge& second = &first == &e ? f : e;
                const Vec2 u = first.b - first.a, v = second.b - second.a;
                if (orient(first.a, first.b, second.b) == 0 && u.x * v.x + u.y * v.y < 0) return false;
                continue;
            }
            if (segments_meet(e.a, e.b, f.a, f.b)) return false;
        }
    }
    for (size_t h = 1; h < rings.size(); ++h) {
        if (!inside(rings[0], rings[h][0])) return false;
        for (size_t k = 1; k < rings.size(); ++k)
            if (k != h && inside(rings[k], rings[h][0])) return false;
    }
    return true;
}

double special(uint8_t pick) {
    constexpr double kSpecials[] = {std::numeric_limits<double>::quiet_NaN(),
                                    std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity(),
                                    1e300,
                                    -1e300,
                                    std::numeric_limits<double>::max(),
                                    1e-300,
                                    4.9e-324};
    return kSpecials[pick % std::size(kSpecials)];
}

double coordinate(FuzzedDataProvider& in, int mode) {
    switch (mode) {
        case 0: return in.ConsumeIntegralInRange<int>(-8, 8);
        case 1: return in.ConsumeIntegralInRange<int>(-1000, 1000);
        case 2: return in.ConsumeIntegralInRange<int>(-(1 << 20), 1 << 20) / 1024.0;
        case 4: {
            const auto b = in.ConsumeIntegral<uint8_t>();
            return b >= 240 ? special(b) : static_cast<double>(static_cast<int>(b % 17) - 8);
        }
        default: {
            double v = 0;
            const auto bytes = in.ConsumeBytes<uint8_t>(sizeof v);
            std::copy(bytes.begin(), bytes.end(), reinterpret_cast<uint8_t*>(&v));
            return v;
        }
    }
}

// A star-shaped ring: points at increasing angles, each at its own distance from the centre.
// The outer ring is centred on 0,0, its points 1 (or, half the time, 500) to 1000 away; hole k
// is centred near (-330 + 220k, 0), its points 1 to 100 away, so that holes mostly lie inside
// the outer ring and apart from each other.
Ring star_ring(FuzzedDataProvider& in, int hole) {
    const bool outer = hole < 0;
    const double cx = outer ? 0 : -330 + 220 * hole + in.ConsumeIntegralInRange<int>(-20, 20);
    const double cy = outer ? 0 : in.ConsumeIntegralInRange<int>(-60, 60);
    const int nearest = outer && in.ConsumeBool() ? 500 : 1;
    const int n = in.ConsumeIntegralInRange<int>(3, outer ? 256 : 48);
    std::vector<int> steps;  // angles, in 1/4096 turns
    for (int i = 0; i < n; ++i) steps.push_back(in.ConsumeIntegralInRange<int>(0, 4095));
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    Ring ring;
    for (int step : steps) {
        const double r = in.ConsumeIntegralInRange<int>(nearest, outer ? 1000 : 100);
        const double angle = 2 * std::numbers::pi * step / 4096.0;
        ring.push_back({cx + std::round(r * std::cos(angle)), cy + std::round(r * std::sin(angle))});
    }
    if (in.ConsumeBool()) std::reverse(ring.begin(), ring.end());
    return ring;
}

// The outer ring (hole -1) or hole number `hole`.
Ring ring_from(FuzzedDataProvider& in, int mode, int hole) {
    const bool outer = hole < 0;
    if (mode == 3) return star_ring(in, hole);
    const int n = in.ConsumeIntegralInRange<int>(0, outer ? 300 : 60);
    Ring ring;
    for (int i = 0; i < n && in.remaining_bytes() > 0; ++i) {
        const double x = coordinate(in, mode);
        const double y = coordinate(in, mode);
        ring.push_back({x, y});
    }
    if (!ring.empty() && in.ConsumeBool()) ring.push_back(ring.front());  // explicitly closed
    return ring;
}

std::string describe(const Polygon& p) {
    std::string s;
    char buf[64];
    auto ring = [&](const Ring& r) {
        s += "[";
        for (const Vec2& v : r) {
            std::snprintf(buf, sizeof buf, "(%.17g,%.17g)", v.x, v.y);
            s += buf;
        }
        s += "]";
    };
    ring(p.outer);
    for (const Ring& h : p.holes) s += " hole ", ring(h);
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    const int mode = in.ConsumeIntegralInRange<int>(0, 5);
    const int hole_count = in.ConsumeIntegralInRange<int>(0, 4);
    Polygon polygon;
    polygon.outer = ring_from(in, mode, -1);
    for (int i = 0; i < hole_count; ++i) polygon.holes.push_back(ring_from(in, mode, i));

    std::string warning = "not cleared";
    const geo::Triangulation t = geo::triangulate(polygon, &warning);

    if (t.indices.size() % 3 != 0) fail("index count not a multiple of 3", describe(polygon));
    for (const Vec2& v : t.vertices)
        if (!std::isfinite(v.x) || !std::isfinite(v.y)) fail("non-finite vertex kept", describe(polygon));
    double twice_sum = 0;
    for (size_t i = 0; i < t.indices.size(); i += 3) {
        for (size_t k = 0; k < 3; ++k)
            if (t.indices[i + k] >= t.vertices.size()) fail("index out of range", describe(polygon));
        const Vec2 a = t.vertices[t.indices[i]], b = t.vertices[t.indices[i + 1]], c = t.vertices[t.indices[i + 2]];
        const double twice = orient(a, b, c);
        // Beyond about 1e154 the products overflow and no orientation can be computed in
        // doubles: a triangle there is not checked (fuzz/README.md, findings).
        const bool computable = std::max({std::abs(a.x), std::abs(a.y), std::abs(b.x), std::abs(b.y), std::abs(c.x),
                                          std::abs(c.y)}) <= kLargestChecked;
        if (computable && !(twice > 0)) {
            char triangle[160];
            std::snprintf(triangle, sizeof triangle, "(%.17g,%.17g) (%.17g,%.17g) (%.17g,%.17g), twice its area %.17g", a.x,
                          a.y, b.x, b.y, c.x, c.y, twice);
            fail("triangle not counter-clockwise with non-zero area", std::string(triangle) + " from " + describe(polygon));
        }
        twice_sum += twice;
    }

    // The appending form gives the same triangles, offset by what the buffers held.
    geo::Triangulation appended;
    appended.vertices = {{1, 2}, {3, 4}};
    appended.indices = {0, 1, 0};
    std::string warning2;
    geo::triangulate_into(polygon, appended, &warning2);
    if (warning2 != warning) fail("triangulate_into warns differently", describe(polygon));
    if (appended.vertices.size() != t.vertices.size() + 2 || appended.indices.size() != t.indices.size() + 3)
        fail("triangulate_into gives a different size", describe(polygon));
    for (size_t i = 0; i < t.indices.size(); ++i)
        if (appended.indices[i + 3] != t.indices[i] + 2) fail("triangulate_into gives other indices", describe(polygon));
    for (size_t i = 0; i < t.vertices.size(); ++i)
        if (!(appended.vertices[i + 2] == t.vertices[i])) fail("triangulate_into gives other vertices", describe(polygon));

    if (mode <= 3 && is_simple(polygon)) {
        static const bool strict = [] {
            const char* s = std::getenv("PARKATLAS_FUZZ_STRICT");
            return s && *s == '1';
        }();
        static const bool verbose = [] {  // which inputs the area is checked on
            const char* v = std::getenv("PARKATLAS_FUZZ_VERBOSE");
            return v && *v == '1';
        }();
        if (verbose)
            std::fprintf(stderr, "simple polygon, mode %d, %zu + %zu holes' vertices, %zu triangles%s\n", mode,
                         polygon.outer.size(), t.vertices.size() - open_ring(polygon.outer).size(), t.indices.size() / 3,
                         warning.empty() ? "" : ", with a warning");
        if (!warning.empty()) {
            if (strict) fail(("warning on a simple polygon: " + warning).c_str(), describe(polygon));
            return 0;
        }
        double expected = std::abs(twice_signed_area(open_ring(polygon.outer)));
        for (const Ring& h : polygon.holes) expected -= std::abs(twice_signed_area(open_ring(h)));
        if (std::abs(twice_sum - expected) > 1e-12 * std::abs(expected)) {
            char numbers[96];
            std::snprintf(numbers, sizeof numbers, "triangles %.17g, polygon %.17g (twice the areas)", twice_sum, expected);
            fail("triangle areas do not add up to the polygon's, and no warning",
                 std::string(numbers) + ": " + describe(polygon));
        }
    }
    return 0;
}
