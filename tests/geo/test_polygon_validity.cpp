// The polygon validity check (geo/polygon_validity.h): each invalid case of issue #16's
// robustness pass named for what is wrong, valid polygons (touching holes included) left alone,
// and big rings checked without testing every pair of edges.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "geo/polygon_validity.h"

using geo::Polygon;
using geo::PolygonProblem;
using geo::Ring;
using geo::Vec2;

namespace {

constexpr double kPi = 3.14159265358979323846;

Ring rectangle(double x0, double y0, double x1, double y1) { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }

Ring reversed(Ring r) {
    std::reverse(r.begin(), r.end());
    return r;
}

PolygonProblem problem(const Polygon& p) { return geo::check_polygon(p).problem; }

// A "C": an annulus sector from 20° to 340°, `n` vertices on each arc. Valid, and not
// star-shaped around its centroid (which lies in the gap), so the edge-pair test decides.
Ring c_shape(int n) {
    Ring ring;
    for (int i = 0; i < n; ++i) {
        const double a = (20 + 320.0 * i / (n - 1)) * kPi / 180;
        ring.push_back({1000 * std::cos(a), 1000 * std::sin(a)});
    }
    for (int i = n - 1; i >= 0; --i) {
        const double a = (20 + 320.0 * i / (n - 1)) * kPi / 180;
        ring.push_back({900 * std::cos(a), 900 * std::sin(a)});
    }
    return ring;
}

}  // namespace

TEST_CASE("valid polygons are valid", "[validity]") {
    CHECK(geo::check_polygon({rectangle(0, 0, 4, 4), {}}).valid());
    CHECK(problem({reversed(rectangle(0, 0, 4, 4)), {}}) == PolygonProblem::None);
    // Explicitly closed, with repeated points.
    CHECK(problem({{{0, 0}, {4, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}}, {}}) == PolygonProblem::None);
    // Not star-shaped around its centroid (a U): decided by edge pairs.
    CHECK(problem({{{0, 0}, {6, 0}, {6, 6}, {4, 6}, {4, 2}, {2, 2}, {2, 6}, {0, 6}}, {}}) == PolygonProblem::None);
    // Collinear runs along an edge.
    CHECK(problem({{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 3}, {0, 3}}, {}}) == PolygonProblem::None);
    // Holes in either orientation, apart from the outline and each other.
    CHECK(problem({rectangle(0, 0, 10, 10), {rectangle(1, 1, 3, 3), reversed(rectangle(5, 5, 8, 8))}}) ==
          PolygonProblem::None);
}

TEST_CASE("a hole touching the outline or another hole at one point is valid", "[validity]") {
    SECTION("at a vertex of the outline") {
        CHECK(problem({rectangle(0, 0, 4, 4), {{{0, 0}, {2, 1}, {1, 2}}}}) == PolygonProblem::None);
    }
    SECTION("on an edge of the outline") {
        CHECK(problem({rectangle(0, 0, 4, 4), {{{2, 0}, {3, 1}, {1, 1}}}}) == PolygonProblem::None);
    }
    SECTION("two holes touching at a vertex") {
        CHECK(problem({rectangle(0, 0, 10, 10), {rectangle(1, 1, 3, 3), rectangle(3, 3, 5, 5)}}) == PolygonProblem::None);
    }
}

TEST_CASE("a bowtie is a self-intersection", "[validity]") {
    const auto lopsided = geo::check_polygon({{{0, 0}, {4, 4}, {4, 0}, {0, 3}}, {}});
    CHECK(lopsided.problem == PolygonProblem::SelfIntersection);
    CHECK(lopsided.ring == 0);
    // Equal lobes: a signed area of zero, yet not a zero-area ring.
    CHECK(problem({{{0, 0}, {2, 2}, {2, 0}, {0, 2}}, {}}) == PolygonProblem::SelfIntersection);
}

TEST_CASE("a ring that retraces an edge is a self-intersection", "[validity]") {
    SECTION("a spike: back along the edge just drawn") {
        CHECK(problem({{{0, 0}, {4, 0}, {4, 4}, {2, 4}, {2, 2}, {2, 4}, {0, 4}}, {}}) == PolygonProblem::SelfIntersection);
    }
    SECTION("an edge drawn again later: the square, then its lower half again") {
        CHECK(problem({{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}, {4, 0}, {4, 2}, {0, 2}}, {}}) ==
              PolygonProblem::SelfIntersection);
    }
    SECTION("twice round") {
        CHECK(problem({{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}, {4, 0}, {4, 4}, {0, 4}}, {}}) ==
              PolygonProblem::SelfIntersection);
    }
    SECTION("overlapping collinear edges") {
        // (3,0)-(1,0) runs back over the first edge, away from both its neighbours.
        CHECK(problem({{{0, 0}, {4, 0}, {4, 2}, {3, 2}, {3, 0}, {1, 0}, {1, -2}, {0, -2}}, {}}) ==
              PolygonProblem::SelfIntersection);
    }
}

TEST_CASE("self-overlapping and self-touching loops are self-intersections", "[validity]") {
    SECTION("a loop over its own inside") {
        CHECK(problem({{{0, 0}, {4, 0}, {4, 4}, {1, 4}, {1, 1}, {3, 1}, {3, 6}, {0, 6}}, {}}) ==
              PolygonProblem::SelfIntersection);
    }
    SECTION("a vertex visited twice (an inverted hole)") {
        CHECK(problem({{{0, 0}, {2, 2}, {4, 0}, {4, 4}, {2, 2}, {0, 4}}, {}}) == PolygonProblem::SelfIntersection);
    }
    SECTION("a vertex touching an edge of the same ring") {
        CHECK(problem({{{0, 0}, {4, 0}, {4, 4}, {2, 0}, {0, 4}}, {}}) == PolygonProblem::SelfIntersection);
    }
}

TEST_CASE("a ring with zero area is named", "[validity]") {
    const auto collinear = geo::check_polygon({{{0, 0}, {1, 1}, {2, 2}, {1, 1}}, {}});
    CHECK(collinear.problem == PolygonProblem::ZeroArea);
    CHECK(collinear.ring == 0);
    CHECK(problem({{{1, 1}, {1, 1}, {1, 1}}, {}}) == PolygonProblem::ZeroArea);
    CHECK(problem({{{0, 0}, {1, 1}}, {}}) == PolygonProblem::ZeroArea);
    CHECK(problem({{}, {}}) == PolygonProblem::ZeroArea);
    const auto hole = geo::check_polygon({rectangle(0, 0, 4, 4), {rectangle(1, 1, 2, 2), {{1, 1}, {2, 2}, {3, 3}}}});
    CHECK(hole.problem == PolygonProblem::ZeroArea);
    CHECK(hole.ring == 2);
}

TEST_CASE("holes outside, crossing, overlapping or nested are named", "[validity]") {
    SECTION("beside the outline, and above it") {
        for (const Ring& hole : {rectangle(5, 0.2, 6, 0.8), rectangle(5, 5, 6, 6)}) {
            const auto v = geo::check_polygon({rectangle(0, 0, 1, 1), {hole}});
            CHECK(v.problem == PolygonProblem::HoleOutside);
            CHECK(v.ring == 1);
        }
    }
    SECTION("around the outline") {
        CHECK(problem({rectangle(2, 2, 3, 3), {rectangle(0, 0, 5, 5)}}) == PolygonProblem::HoleOutside);
    }
    SECTION("outside, touching it at one point") {
        CHECK(problem({rectangle(0, 0, 4, 4), {{{4, 4}, {6, 5}, {5, 6}}}}) == PolygonProblem::HoleOutside);
    }
    SECTION("overlapping the outline") {
        CHECK(problem({rectangle(0, 0, 4, 4), {rectangle(2, 1, 6, 3)}}) == PolygonProblem::RingsCross);
    }
    SECTION("sharing a stretch of the outline") {
        CHECK(problem({rectangle(0, 0, 4, 4), {rectangle(1, 0, 2, 1)}}) == PolygonProblem::RingsCross);
    }
    SECTION("two holes overlapping") {
        const auto v = geo::check_polygon({rectangle(0, 0, 10, 10), {rectangle(1, 1, 4, 4), rectangle(3, 3, 6, 6)}});
        CHECK(v.problem == PolygonProblem::RingsCross);
        CHECK(v.ring == 2);
    }
    SECTION("a hole inside another") {
        CHECK(problem({rectangle(0, 0, 10, 10), {rectangle(4, 4, 5, 5), rectangle(2, 2, 8, 8)}}) ==
              PolygonProblem::NestedHoles);
    }
}

TEST_CASE("non-finite coordinates are named", "[validity]") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(problem({{{0, 0}, {nan, 1}, {4, 0}, {4, 4}}, {}}) == PolygonProblem::NonFinite);
    CHECK(problem({rectangle(0, 0, 4, 4), {{{1, 1}, {2, std::numeric_limits<double>::infinity()}, {1, 2}}}}) ==
          PolygonProblem::NonFinite);
}

TEST_CASE("a parcel is proved valid without testing edge pairs", "[validity]") {
    // Wiggly edges, as the cadastre benchmark's: star-shaped around its centroid.
    const Polygon parcel{{{0, 0}, {5, 0.3}, {10, -0.2}, {10.2, 5}, {9.8, 10}, {5, 10.3}, {0, 10}, {-0.3, 5}}, {}};
    REQUIRE(geo::check_polygon(parcel).valid());
    const auto stats = geo::detail::last_validity_stats();
    CHECK(stats.star_rings == 1);
    CHECK(stats.edge_pairs == 0);
}

TEST_CASE("big rings are checked without testing every pair of edges", "[validity]") {
    SECTION("a valid C of 10,000 vertices") {
        const Polygon c{c_shape(5000), {}};
        REQUIRE(c.outer.size() == 10000);
        CHECK(geo::check_polygon(c).valid());
        const auto stats = geo::detail::last_validity_stats();
        CHECK(stats.star_rings == 0);  // the pairs decided it
        CHECK(stats.grid_cells > 0);
        CHECK(stats.edge_pairs < 20 * 10000);  // all pairs: 50 million
    }
    SECTION("the same with one crossing, far from where the ring starts") {
        Polygon c{c_shape(5000), {}};
        std::swap(c.outer[2500], c.outer[2501]);
        CHECK(problem(c) == PolygonProblem::SelfIntersection);
    }
    SECTION("the C's inner arc pushed across the outer one") {
        Polygon c{c_shape(5000), {}};
        c.outer[7500] = c.outer[7500] * 1.2;
        CHECK(problem(c) == PolygonProblem::SelfIntersection);
    }
    SECTION("a circle of 10,000 vertices with 400 holes") {
        Polygon p;
        for (int i = 0; i < 10000; ++i) {
            const double a = 2 * kPi * i / 10000;
            p.outer.push_back({1000 * std::cos(a), 1000 * std::sin(a)});
        }
        for (int x = -10; x < 10; ++x)
            for (int y = -10; y < 10; ++y) p.holes.push_back(rectangle(x * 30, y * 30, x * 30 + 20, y * 30 + 20));
        CHECK(geo::check_polygon(p).valid());
        const auto stats = geo::detail::last_validity_stats();
        CHECK(stats.edge_pairs < 20 * 11600);
        CHECK(stats.point_tests < 20 * 11600);
        // One hole moved onto another.
        p.holes[37] = rectangle(p.holes[36][0].x + 5, p.holes[36][0].y + 5, p.holes[36][0].x + 25, p.holes[36][0].y + 25);
        CHECK(problem(p) == PolygonProblem::RingsCross);
    }
}
