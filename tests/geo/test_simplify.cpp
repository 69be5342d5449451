// Douglas–Peucker simplification of rings for drawing at coarse scales: never moves a boundary
// by more than the tolerance, drops what is smaller than it.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "geo/simplify.h"

namespace {

double distance_to_ring(geo::Vec2 p, const geo::Ring& ring) {
    double best = 1e300;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const geo::Vec2 a = ring[j], b = ring[i], ab = b - a, ap = p - a;
        const double len = ab.x * ab.x + ab.y * ab.y;
        const double t = len > 0 ? std::clamp((ap.x * ab.x + ap.y * ab.y) / len, 0.0, 1.0) : 0.0;
        best = std::min(best, geo::length(ap - ab * t));
    }
    return best;
}

// A 100 m square with `per_edge` jittered points on each edge (cadastral-like shared edges).
geo::Ring jittered_square(int per_edge, double jitter, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-jitter, jitter);
    const geo::Vec2 corners[4] = {{0, 0}, {100, 0}, {100, 100}, {0, 100}};
    geo::Ring r;
    for (int e = 0; e < 4; ++e) {
        const geo::Vec2 a = corners[e], b = corners[(e + 1) % 4];
        r.push_back(a);
        for (int k = 1; k <= per_edge; ++k) {
            const double t = double(k) / (per_edge + 1);
            const geo::Vec2 n{-(b - a).y / 100.0, (b - a).x / 100.0};
            r.push_back(a + (b - a) * t + n * u(rng));
        }
    }
    return r;
}

}  // namespace

TEST_CASE("collinear and near-collinear vertices go, corners stay", "[geo][simplify]") {
    const geo::Ring straight = jittered_square(9, 0.0, 1);
    const geo::Ring s = geo::simplify_ring(straight, 0.01);
    REQUIRE(s.size() == 4);
    CHECK(std::abs(geo::signed_area(s)) == Approx(10000.0));

    const geo::Ring jittered = jittered_square(9, 0.4, 2);
    CHECK(geo::simplify_ring(jittered, 0.5).size() == 4);
    CHECK(geo::simplify_ring(jittered, 0.1).size() > 4);  // finer tolerance keeps the jitter
}

TEST_CASE("no vertex of the original is farther from the simplified ring than the tolerance",
          "[geo][simplify]") {
    for (unsigned seed = 0; seed < 50; ++seed) {
        const geo::Ring ring = jittered_square(12, 3.0, seed);
        for (double tol : {0.5, 1.0, 2.5}) {
            const geo::Ring s = geo::simplify_ring(ring, tol);
            REQUIRE(s.size() >= 3);
            for (const auto& p : ring) REQUIRE(distance_to_ring(p, s) <= tol + 1e-9);
        }
    }
}

TEST_CASE("a spike beyond the tolerance is kept", "[geo][simplify]") {
    geo::Ring r = {{0, 0}, {50, 0}, {51, 10}, {52, 0}, {100, 0}, {100, 100}, {0, 100}};
    const geo::Ring s = geo::simplify_ring(r, 1.0);
    CHECK(std::find(s.begin(), s.end(), geo::Vec2{51, 10}) != s.end());
    CHECK(geo::simplify_ring(r, 20.0).size() == 4);
}

TEST_CASE("rings below the tolerance vanish; zero tolerance changes nothing", "[geo][simplify]") {
    const geo::Ring tiny = {{0, 0}, {0.2, 0}, {0.2, 0.2}, {0, 0.2}, {0.1, 0.25}};
    CHECK(geo::simplify_ring(tiny, 1.0).empty());
    const geo::Ring ring = jittered_square(5, 1.0, 3);
    CHECK(geo::simplify_ring(ring, 0.0) == ring);

    geo::Polygon p;
    p.outer = jittered_square(5, 0.2, 4);
    p.holes.push_back({{10, 10}, {10.3, 10}, {10.3, 10.3}, {10, 10.3}});   // smaller than 1 m
    p.holes.push_back({{40, 40}, {40, 60}, {60, 60}, {60, 40}});           // kept
    const geo::Polygon s = geo::simplify_polygon(p, 1.0);
    CHECK(s.outer.size() == 4);
    REQUIRE(s.holes.size() == 1);
    CHECK(std::abs(geo::signed_area(s.holes[0])) == Approx(400.0));
    CHECK(geo::simplify_polygon(geo::Polygon{tiny, {}}, 1.0).outer.empty());
}

TEST_CASE("a 100k-vertex coastline simplifies without recursion limits", "[geo][simplify]") {
    geo::Ring coast;
    for (int i = 0; i < 100000; ++i) {
        const double a = 2.0 * M_PI * i / 100000;
        const double r = 10000.0 * (1.0 + 0.05 * std::sin(a * 37.0) + 0.002 * std::sin(a * 3001.0));
        coast.push_back({r * std::cos(a), r * std::sin(a)});
    }
    const geo::Ring s = geo::simplify_ring(coast, 5.0);
    CHECK(s.size() > 100);
    CHECK(s.size() < coast.size() / 5);
    for (size_t i = 0; i < coast.size(); i += 97) REQUIRE(distance_to_ring(coast[i], s) <= 5.0 + 1e-6);
}
