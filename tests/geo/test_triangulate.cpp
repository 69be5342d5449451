#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>

#include "geo/hit_test.h"
#include "geo/triangulate.h"

using geo::Polygon;
using geo::Ring;
using geo::Triangulation;
using geo::Vec2;

namespace {

constexpr double kPi = 3.14159265358979323846;

double twice_triangle_area(const Triangulation& t, size_t first_index) {
    const Vec2 a = t.vertices[t.indices[first_index]];
    const Vec2 b = t.vertices[t.indices[first_index + 1]];
    const Vec2 c = t.vertices[t.indices[first_index + 2]];
    return geo::cross(b - a, c - a);
}

double covered_area(const Triangulation& t) {
    double twice = 0;
    for (size_t i = 0; i < t.indices.size(); i += 3) twice += twice_triangle_area(t, i);
    return twice / 2;
}

bool indices_in_range(const Triangulation& t) {
    for (const uint32_t i : t.indices)
        if (i >= t.vertices.size()) return false;
    return true;
}

// The full contract for a valid polygon: exact coverage, every triangle counter-clockwise with
// non-zero area, and no triangle outside the polygon or over a hole.
void check_clean(const Polygon& polygon) {
    std::string warning = "stale";
    const Triangulation t = geo::triangulate(polygon, &warning);
    CHECK(warning.empty());
    REQUIRE(t.indices.size() % 3 == 0);
    REQUIRE(indices_in_range(t));
    CHECK(covered_area(t) == Approx(geo::area(polygon)).epsilon(1e-9));
    for (size_t i = 0; i < t.indices.size(); i += 3) {
        INFO("triangle " << i / 3);
        CHECK(twice_triangle_area(t, i) > 0);
        const Vec2 a = t.vertices[t.indices[i]], b = t.vertices[t.indices[i + 1]], c = t.vertices[t.indices[i + 2]];
        CHECK(geo::point_in_polygon((a + b + c) * (1.0 / 3), polygon));
    }
}

Ring rectangle(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

Ring shifted(Ring ring, Vec2 by) {
    for (Vec2& v : ring) v = v + by;
    return ring;
}

Ring reversed(Ring ring) {
    std::reverse(ring.begin(), ring.end());
    return ring;
}

// Teeth of width 1 and height 3 rising from a base of height 1; every gap is a reflex notch.
Ring comb(int teeth) {
    Ring ring{{0, 0}, {2.0 * teeth - 1, 0}};
    for (int i = teeth - 1; i >= 0; --i) {
        ring.push_back({2.0 * i + 1, 3});
        ring.push_back({2.0 * i, 3});
        if (i > 0) {
            ring.push_back({2.0 * i, 1});
            ring.push_back({2.0 * i - 1, 1});
        }
    }
    return ring;
}

Ring star(int points, double inner, double outer) {
    Ring ring;
    for (int i = 0; i < 2 * points; ++i) {
        const double angle = kPi * i / points, r = i % 2 ? inner : outer;
        ring.push_back({r * std::cos(angle), r * std::sin(angle)});
    }
    return ring;
}

// A circle whose radius jitters per vertex: star-shaped around its centre, so always simple.
Ring noisy_circle(Vec2 centre, double radius, int n, double jitter, std::mt19937& rng) {
    std::uniform_real_distribution<double> noise(-jitter, jitter);
    Ring ring;
    for (int i = 0; i < n; ++i) {
        const double angle = 2 * kPi * i / n, r = radius * (1 + noise(rng));
        ring.push_back({centre.x + r * std::cos(angle), centre.y + r * std::sin(angle)});
    }
    return ring;
}

// Each edge of a counter-clockwise ring replaced by a slight outward arc of `points` vertices:
// the ring gets big enough for the clipper's queue and the hole joiner's grid, while the
// original vertices (where holes touch) stay put.
Ring bulged(const Ring& ring, int points) {
    Ring out;
    for (size_t i = 0; i < ring.size(); ++i) {
        const Vec2 a = ring[i], b = ring[(i + 1) % ring.size()], d = b - a;
        const Vec2 outward = Vec2{d.y, -d.x} * 0.02;
        out.push_back(a);
        for (int k = 1; k <= points; ++k) {
            const double t = double(k) / (points + 1);
            out.push_back(a + d * t + outward * (4 * t * (1 - t)));
        }
    }
    return out;
}

// Output may be incomplete, but it must stay well-formed.
Triangulation triangulate_bad(const Polygon& polygon, std::string& warning) {
    Triangulation t = geo::triangulate(polygon, &warning);
    CHECK(t.indices.size() % 3 == 0);
    CHECK(indices_in_range(t));
    for (const Vec2 v : t.vertices) CHECK((std::isfinite(v.x) && std::isfinite(v.y)));
    for (size_t i = 0; i < t.indices.size(); i += 3) CHECK(twice_triangle_area(t, i) > 0);
    return t;
}

}  // namespace

TEST_CASE("clean polygons are covered exactly by counter-clockwise triangles", "[triangulate]") {
    SECTION("square") { check_clean({rectangle(0, 0, 1, 1), {}}); }
    SECTION("L shape") { check_clean({{{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 3}, {0, 3}}, {}}); }
    SECTION("comb") { check_clean({comb(12), {}}); }
    SECTION("comb given clockwise") { check_clean({reversed(comb(7)), {}}); }
    SECTION("star") { check_clean({star(9, 0.3, 2.0), {}}); }
    SECTION("one hole") { check_clean({rectangle(0, 0, 10, 10), {rectangle(3, 3, 6, 7)}}); }
    SECTION("three holes, orientations mixed") {
        const Ring star_hole = shifted(reversed(star(5, 1, 2.5)), {15, 6});
        check_clean({rectangle(0, 0, 20, 10), {rectangle(2, 2, 5, 8), reversed(rectangle(8, 1, 12, 4)), star_hole}});
    }
    SECTION("star holes in a comb") {
        const Ring s = star(4, 0.1, 0.3);
        check_clean({comb(10), {shifted(s, {0.5, 0.5}), shifted(s, {8.5, 0.5}), shifted(s, {6.5, 2})}});
    }
    SECTION("big comb with holes (z-order index)") {
        const Ring s = star(4, 0.1, 0.3);
        check_clean({comb(60), {shifted(s, {0.5, 0.5}), shifted(s, {30.5, 2.5}), shifted(s, {90.5, 0.5})}});
    }
    SECTION("ring (annulus) given clockwise, hole counter-clockwise") {
        std::mt19937 rng(3);
        check_clean({reversed(noisy_circle({0, 0}, 10, 64, 0, rng)), {noisy_circle({0, 0}, 5, 48, 0, rng)}});
    }
    SECTION("collinear runs and repeated points") {
        check_clean({{{0, 0}, {1, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 0}, {3, 1}, {3, 2}, {2, 2}, {2, 2}, {1, 2},
                      {1, 1}, {0.5, 1}, {0, 1}, {0, 0.5}},
                     {}});
    }
    SECTION("explicitly closed ring") { check_clean({{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}}, {}}); }
    SECTION("far from the origin") {
        check_clean({shifted(comb(6), {4.5e6, 5.2e6}), {}});
    }
}

TEST_CASE("holes touching the outer ring or each other", "[triangulate]") {
    // A hole may touch its shell at a point; ears must not reach around that point into it.
    const Ring square = rectangle(0, 0, 10, 10);
    SECTION("at each corner of the outer ring") {
        check_clean({square, {{{0, 0}, {4, 1}, {1, 4}}}});
        check_clean({square, {{{10, 0}, {9, 4}, {6, 1}}}});
        check_clean({square, {{{10, 10}, {6, 9}, {9, 6}}}});
        check_clean({square, {{{0, 10}, {1, 6}, {4, 9}}}});
    }
    SECTION("at a reflex vertex of the outer ring") {
        const Ring notched{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 6}, {5, 5}, {0, 4}};
        check_clean({notched, {{{5, 5}, {8, 3}, {8, 7}}}});
        check_clean({notched, {{{5, 5}, {6, 2}, {8, 3}}}});
    }
    SECTION("in the middle of an outer edge") { check_clean({square, {{{5, 0}, {7, 4}, {3, 4}}}}); }
    SECTION("two holes at the same outer vertex") {
        check_clean({square, {{{0, 0}, {5, 1}, {4, 3}}, {{0, 0}, {3, 4}, {1, 5}}}});
        // Found by fuzzing: the second hole at (-13, 4) must go into the right one of the two
        // corners the first hole left there.
        const Ring outer{{9, 0},   {10, 10},  {6, 13},  {-4, 11}, {-8, 9}, {-13, 4},
                         {-14, -3}, {-3, -4}, {-6, -13}, {2, -8},  {8, -6}, {8, -3}};
        check_clean({outer, {{{-13, 4}, {4, 9}, {8, 11}}, {{8, -3}, {0, 6}, {-6, 2}}, {{-13, 4}, {-11, 0}, {-6, 3}}}});
    }
    SECTION("two holes sharing a vertex") {
        check_clean({square, {{{2, 2}, {5, 5}, {2, 8}}, {{5, 5}, {8, 2}, {8, 8}}}});
    }
}

TEST_CASE("triangulating holes that touch a big outer ring (queued clipping, gridded joining)", "[triangulate]") {
    const Ring square = bulged(rectangle(0, 0, 10, 10), 20);
    SECTION("at each corner of the outer ring") {
        check_clean({square, {{{0, 0}, {4, 1}, {1, 4}}, {{10, 0}, {9, 4}, {6, 1}}, {{10, 10}, {6, 9}, {9, 6}},
                              {{0, 10}, {1, 6}, {4, 9}}}});
    }
    SECTION("at a reflex vertex of the outer ring") {
        const Ring notched = bulged({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 6}, {5, 5}, {0, 4}}, 12);
        check_clean({notched, {{{5, 5}, {8, 3}, {8, 7}}}});
        check_clean({notched, {{{5, 5}, {6, 2}, {8, 3}}}});
    }
    SECTION("in the middle of an outer edge") {
        check_clean({bulged({{0, 0}, {5, 0}, {10, 0}, {10, 10}, {0, 10}}, 16), {{{5, 0}, {7, 4}, {3, 4}}}});
    }
    SECTION("two holes at the same outer vertex, and holes sharing a vertex") {
        check_clean({square, {{{0, 0}, {5, 1}, {4, 3}}, {{0, 0}, {3, 4}, {1, 5}}}});
        check_clean({square, {{{2, 2}, {5, 5}, {2, 8}}, {{5, 5}, {8, 2}, {8, 8}}}});
        const Ring outer{{9, 0},   {10, 10},  {6, 13},  {-4, 11}, {-8, 9}, {-13, 4},
                         {-14, -3}, {-3, -4}, {-6, -13}, {2, -8},  {8, -6}, {8, -3}};
        check_clean({bulged(outer, 8),
                     {{{-13, 4}, {4, 9}, {8, 11}}, {{8, -3}, {0, 6}, {-6, 2}}, {{-13, 4}, {-11, 0}, {-6, 3}}}});
    }
    SECTION("many small holes, some touching each other") {
        Polygon p{bulged(rectangle(0, 0, 40, 40), 30), {}};
        for (int i = 0; i < 12; ++i)
            for (int j = 0; j < 12; ++j) {
                const Vec2 c{3.0 * i + 3, 3.0 * j + 3};
                if ((i + j) % 3 == 0) {  // a bow tie of two triangles meeting at c
                    p.holes.push_back({c, {c.x - 1, c.y - 0.5}, {c.x - 1, c.y + 0.5}});
                    p.holes.push_back({c, {c.x + 1, c.y + 0.5}, {c.x + 1, c.y - 0.5}});
                } else {
                    p.holes.push_back(shifted(star(3 + (i + 2 * j) % 5, 0.4, 1.0), c));
                }
            }
        check_clean(p);
    }
}

TEST_CASE("output layout: closing duplicate dropped, appending offsets indices", "[triangulate]") {
    Triangulation mesh = geo::triangulate({{{0, 0}, {1, 0}, {1, 1}, {0, 0}}, {}});
    REQUIRE(mesh.vertices.size() == 3);
    REQUIRE(mesh.indices.size() == 3);

    std::string warning;
    geo::triangulate_into({rectangle(5, 5, 7, 6), {}}, mesh, &warning);
    CHECK(warning.empty());
    REQUIRE(mesh.vertices.size() == 7);
    REQUIRE(mesh.indices.size() == 9);
    for (size_t i = 3; i < 9; ++i) CHECK(mesh.indices[i] >= 3);
    CHECK(covered_area(mesh) == Approx(0.5 + 2.0));
}

TEST_CASE("degenerate input is survived and reported", "[triangulate]") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    std::string warning;

    SECTION("fewer than three points") {
        for (const Ring& ring : {Ring{}, Ring{{1, 1}}, Ring{{0, 0}, {1, 1}}}) {
            const Triangulation t = triangulate_bad({ring, {}}, warning);
            CHECK(t.indices.empty());
            CHECK_FALSE(warning.empty());
        }
    }
    SECTION("all points equal") {
        CHECK(triangulate_bad({{{2, 2}, {2, 2}, {2, 2}, {2, 2}}, {}}, warning).indices.empty());
        CHECK_FALSE(warning.empty());
    }
    SECTION("all points collinear") {
        CHECK(triangulate_bad({{{0, 0}, {1, 1}, {2, 2}, {5, 5}, {3, 3}}, {}}, warning).indices.empty());
        CHECK_FALSE(warning.empty());
    }
    SECTION("NaN and infinite coordinates are skipped") {
        const Ring ring{{0, 0}, {nan, 1}, {4, 0}, {4, inf}, {4, 4}, {0, 4}};
        const Triangulation t = triangulate_bad({ring, {}}, warning);
        CHECK_FALSE(warning.empty());
        CHECK(t.vertices.size() == 4);
        CHECK(covered_area(t) == Approx(16));
    }
    SECTION("bow-tie") {
        triangulate_bad({{{0, 0}, {4, 4}, {4, 0}, {0, 3}}, {}}, warning);
        CHECK_FALSE(warning.empty());
    }
    SECTION("figure eight with equal lobes") {
        triangulate_bad({{{0, 0}, {2, 2}, {2, 0}, {0, 2}}, {}}, warning);
        CHECK_FALSE(warning.empty());
    }
    SECTION("hole outside the outer ring") {
        // Beside it (a leftward ray from the hole crosses the outer ring twice) and above it.
        for (const Ring& hole : {rectangle(5, 0.2, 6, 0.8), rectangle(5, 5, 6, 6)}) {
            const Triangulation t = triangulate_bad({rectangle(0, 0, 1, 1), {hole}}, warning);
            CHECK_FALSE(warning.empty());
            CHECK(covered_area(t) == Approx(1));
        }
    }
    SECTION("hole inside another hole") {
        const Polygon nested{rectangle(0, 0, 10, 10), {rectangle(2, 2, 8, 8), rectangle(4, 4, 5, 5)}};
        const Triangulation t = triangulate_bad(nested, warning);
        CHECK_FALSE(warning.empty());
        CHECK(covered_area(t) == Approx(100 - 36));
    }
    SECTION("locally twisted ring") {
        triangulate_bad({{{4, 6}, {7, 3}, {3, 6}, {7, 4}, {1, 2}, {6, 2}}, {}}, warning);
        CHECK_FALSE(warning.empty());
    }
    SECTION("hole crossing the outer ring") {
        triangulate_bad({rectangle(0, 0, 4, 4), {rectangle(2, 1, 6, 3)}}, warning);
        CHECK_FALSE(warning.empty());
    }
    SECTION("degenerate hole is dropped, outer still triangulated") {
        const Triangulation t = triangulate_bad({rectangle(0, 0, 4, 4), {{{1, 1}, {2, 2}}}}, warning);
        CHECK_FALSE(warning.empty());
        CHECK(covered_area(t) == Approx(16));
    }
    SECTION("huge coordinates that overflow products") {
        triangulate_bad({{{-1e300, -1e300}, {1e300, -1e300}, {1e300, 1e300}, {-1e300, 1e300}}, {}}, warning);
        CHECK_FALSE(warning.empty());
    }
    SECTION("random self-intersecting rings terminate") {
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> coord(0, 100);
        for (int n : {5, 12, 40, 300, 3000}) {
            Ring ring;
            for (int i = 0; i < n; ++i) ring.push_back({coord(rng), coord(rng)});
            triangulate_bad({ring, {}}, warning);
            CHECK_FALSE(warning.empty());
        }
    }
}

TEST_CASE("100k-vertex polygon with 20 holes", "[triangulate]") {
    std::mt19937 rng(42);
    Polygon p{noisy_circle({0, 0}, 1000, 100'000, 0.002, rng), {}};
    for (int i = 0; i < 20; ++i) {
        const double angle = 2 * kPi * i / 20;
        const Ring hole = noisy_circle({500 * std::cos(angle), 500 * std::sin(angle)}, 60, 500, 0.1, rng);
        p.holes.push_back(i % 2 ? reversed(hole) : hole);
    }
    std::string warning;
    const Triangulation t = geo::triangulate(p, &warning);
    CHECK(warning.empty());
    REQUIRE(indices_in_range(t));
    CHECK(t.indices.size() / 3 == 110'000 + 2 * 20 - 2);
    CHECK(covered_area(t) == Approx(geo::area(p)).epsilon(1e-9));
    size_t non_positive = 0;
    for (size_t i = 0; i < t.indices.size(); i += 3) non_positive += twice_triangle_area(t, i) <= 0;
    CHECK(non_positive == 0);
}

namespace {

// `count` circular holes of 500 vertices, radius `radius`, centred on a circle of radius `at`.
void add_round_holes(Polygon& p, int count, double at, double radius) {
    for (int h = 0; h < count; ++h) {
        const double angle = 2 * kPi * h / count;
        Ring hole;
        for (int i = 0; i < 500; ++i) {
            const double b = -2 * kPi * i / 500;
            hole.push_back({at * std::cos(angle) + radius * std::cos(b), at * std::sin(angle) + radius * std::sin(b)});
        }
        p.holes.push_back(std::move(hole));
    }
}

// A ring around the origin whose radius at angle a is radius(a, i).
template <class Radius>
Ring polar_ring(int n, Radius&& radius) {
    Ring ring;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * kPi * i / n, r = radius(a, i);
        ring.push_back({r * std::cos(a), r * std::sin(a)});
    }
    return ring;
}

// Triangulates a big valid polygon: exact coverage, and work that grows linearly with its size.
// The bounds are loose multiples of what the clipper needs (about one ear test per vertex);
// walking the ring in laps needed 15-30 ear tests per vertex on these shapes, and scanning the
// whole ring for each hole needs a ring's worth of bridge visits per hole.
void check_big(const Polygon& p) {
    std::string warning;
    const Triangulation t = geo::triangulate(p, &warning);
    const geo::detail::TriangulationStats stats = geo::detail::last_triangulation_stats();
    CHECK(warning.empty());
    REQUIRE(indices_in_range(t));
    const size_t n = t.vertices.size();
    CHECK(t.indices.size() / 3 == n + 2 * p.holes.size() - 2);
    CHECK(covered_area(t) == Approx(geo::area(p)).epsilon(1e-9));
    size_t non_positive = 0;
    for (size_t i = 0; i < t.indices.size(); i += 3) non_positive += twice_triangle_area(t, i) <= 0;
    CHECK(non_positive == 0);
    CHECK(stats.ear_tests < 2 * n);
    CHECK(stats.corner_visits < 100 * n);
    CHECK(stats.bridge_visits < 10 * n);
}

}  // namespace

TEST_CASE("triangulating big polygons with holes: exact coverage, work linear in size", "[triangulate]") {
    SECTION("smooth circle of 100k vertices, 20 holes") {
        Polygon p{polar_ring(100'000, [](double, int) { return 10000.0; }), {}};
        add_round_holes(p, 20, 5000, 400);
        check_big(p);
    }
    SECTION("wavy ring of 100k vertices, 20 holes (the benchmark's)") {
        Polygon p{polar_ring(100'000,
                             [](double a, int) {
                                 return 10000 * (1 + 0.05 * std::sin(37 * a) + 0.01 * std::sin(1001 * a));
                             }),
                  {}};
        add_round_holes(p, 20, 5000, 400);
        check_big(p);
    }
    SECTION("ellipse 10:1 of 100k vertices, 20 holes along its axis") {
        Polygon p{polar_ring(100'000, [](double, int) { return 1.0; }), {}};
        for (Vec2& v : p.outer) v = {v.x * 10000, v.y * 1000};
        for (int h = 0; h < 20; ++h) {
            Ring hole;
            for (int i = 0; i < 500; ++i) {
                const double b = 2 * kPi * i / 500;
                hole.push_back({-8000 + 16000.0 * h / 19 + 300 * std::cos(b), 300 * std::sin(b)});
            }
            p.holes.push_back(std::move(hole));
        }
        check_big(p);
    }
    SECTION("coastline of 100k vertices (random-walk radius), 20 holes") {
        std::mt19937 rng(7);
        std::normal_distribution<double> step(0, 0.003);
        double walk = 0;
        Polygon p{polar_ring(100'000,
                             [&](double, int) {
                                 walk = std::clamp(walk * 0.998 + step(rng), -0.3, 0.5);  // stays star-shaped
                                 return 10000 * (1 + walk);
                             }),
                  {}};
        add_round_holes(p, 20, 5000, 400);
        check_big(p);
    }
    SECTION("circle of 200k vertices, 50 holes") {
        Polygon p{polar_ring(200'000, [](double, int) { return 10000.0; }), {}};
        add_round_holes(p, 50, 5000, 200);
        check_big(p);
    }
    SECTION("circle of 100k vertices, 1000 small holes") {
        Polygon p{polar_ring(100'000, [](double, int) { return 10000.0; }), {}};
        for (int i = 0; i < 40; ++i)
            for (int j = 0; j < 40; ++j) {
                const Vec2 c{-8000 + 400.0 * i + 200, -8000 + 400.0 * j + 200};
                if (std::hypot(c.x, c.y) > 8000 || p.holes.size() == 1000) continue;
                p.holes.push_back(shifted(reversed(star(5, 60, 120)), c));
            }
        REQUIRE(p.holes.size() == 1000);
        check_big(p);
    }
}
