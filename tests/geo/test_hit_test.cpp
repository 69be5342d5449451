#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "geo/hit_test.h"

using geo::Geometry;
using geo::GeometryKind;
using geo::Polygon;
using geo::Ring;
using geo::Vec2;

namespace {

Ring rectangle(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

Ring shifted(Ring ring, Vec2 by) {
    for (Vec2& v : ring) v = v + by;
    return ring;
}

// A U: the notch between the arms, x in (1, 3) and y > 1, is outside.
const Ring kU{{0, 0}, {4, 0}, {4, 4}, {3, 4}, {3, 1}, {1, 1}, {1, 4}, {0, 4}};

}  // namespace

TEST_CASE("point in ring", "[hit_test]") {
    CHECK(geo::point_in_ring({0.5, 3}, kU));
    CHECK(geo::point_in_ring({3.5, 3}, kU));
    CHECK(geo::point_in_ring({2, 0.5}, kU));
    CHECK_FALSE(geo::point_in_ring({2, 3}, kU));  // far side of the notch
    CHECK_FALSE(geo::point_in_ring({2, 1.5}, kU));
    CHECK_FALSE(geo::point_in_ring({5, 0.5}, kU));

    Ring clockwise = kU;
    std::reverse(clockwise.begin(), clockwise.end());
    CHECK(geo::point_in_ring({0.5, 3}, clockwise));
    CHECK_FALSE(geo::point_in_ring({2, 3}, clockwise));

    // A horizontal ray through a vertex must count it once.
    const Ring diamond{{2, 0}, {4, 2}, {2, 4}, {0, 2}};
    CHECK(geo::point_in_ring({2, 2}, diamond));
    CHECK(geo::point_in_ring({1, 2}, diamond));
    CHECK_FALSE(geo::point_in_ring({-1, 2}, diamond));
    CHECK_FALSE(geo::point_in_ring({5, 2}, diamond));

    CHECK_FALSE(geo::point_in_ring({0, 0}, Ring{}));
    CHECK_FALSE(geo::point_in_ring({0, 0}, Ring{{-1, -1}, {1, 1}}));
}

TEST_CASE("point in polygon excludes holes", "[hit_test]") {
    const Polygon square_with_hole{rectangle(0, 0, 10, 10), {rectangle(4, 4, 6, 6), rectangle(7, 1, 9, 3)}};
    CHECK(geo::point_in_polygon({1, 1}, square_with_hole));
    CHECK(geo::point_in_polygon({5, 7}, square_with_hole));
    CHECK_FALSE(geo::point_in_polygon({5, 5}, square_with_hole));  // first hole
    CHECK_FALSE(geo::point_in_polygon({8, 2}, square_with_hole));  // second hole
    CHECK_FALSE(geo::point_in_polygon({11, 5}, square_with_hole));
    CHECK_FALSE(geo::point_in_polygon({-1, 5}, square_with_hole));
}

TEST_CASE("point in geometry checks every polygon", "[hit_test]") {
    Geometry multi;
    multi.kind = GeometryKind::Polygons;
    multi.polygons = {{rectangle(0, 0, 1, 1), {}}, {shifted(kU, {10, 0}), {}}};
    CHECK(geo::point_in_geometry({0.5, 0.5}, multi));
    CHECK(geo::point_in_geometry({10.5, 3}, multi));  // second polygon
    CHECK_FALSE(geo::point_in_geometry({12, 3}, multi));  // notch of the second polygon
    CHECK_FALSE(geo::point_in_geometry({5, 0.5}, multi));

    Geometry lines;
    lines.kind = GeometryKind::Lines;
    lines.lines = {rectangle(0, 0, 1, 1)};
    CHECK_FALSE(geo::point_in_geometry({0.5, 0.5}, lines));
}

TEST_CASE("distance to segment", "[hit_test]") {
    CHECK(geo::distance_to_segment({0, 1}, {-1, 0}, {1, 0}) == Approx(1));    // over the middle
    CHECK(geo::distance_to_segment({4, 4}, {0, 0}, {1, 0}) == Approx(5));     // past the end: 3-4-5
    CHECK(geo::distance_to_segment({-3, -4}, {0, 0}, {1, 0}) == Approx(5));   // before the start
    CHECK(geo::distance_to_segment({0.5, 0}, {0, 0}, {1, 0}) == Approx(0));   // on it
    CHECK(geo::distance_to_segment({1, 1}, {0, 2}, {2, 0}) == Approx(0));     // on a diagonal
    CHECK(geo::distance_to_segment({0, 0}, {0, 2}, {2, 0}) == Approx(std::sqrt(2.0)));
    CHECK(geo::distance_to_segment({3, 4}, {0, 0}, {0, 0}) == Approx(5));     // degenerate segment
}

TEST_CASE("distance to lines and rings", "[hit_test]") {
    Geometry lines;
    lines.kind = GeometryKind::Lines;
    lines.lines = {{{0, 0}, {10, 0}}, {{0, 5}, {10, 5}, {10, 9}}};
    CHECK(geo::distance_to_lines({3, 1}, lines) == Approx(1));
    CHECK(geo::distance_to_lines({3, 4}, lines) == Approx(1));
    CHECK(geo::distance_to_lines({12, 8}, lines) == Approx(2));
    CHECK(geo::distance_to_lines({0, -2}, lines) == Approx(2));
    // Lines are open: no implied segment from (10, 9) back to (0, 5).
    CHECK(geo::distance_to_lines({5, 7.5}, lines) == Approx(2.5));

    Geometry polygons;
    polygons.kind = GeometryKind::Polygons;
    polygons.polygons = {{rectangle(0, 0, 10, 10), {rectangle(4, 4, 6, 6)}}};
    CHECK(geo::distance_to_lines({5, 5}, polygons) == Approx(1));    // nearest is the hole's edge
    CHECK(geo::distance_to_lines({-3, 5}, polygons) == Approx(3));
    CHECK(geo::distance_to_lines({1, 5}, polygons) == Approx(1));    // closing edge (0,10)-(0,0)

    Geometry points;
    points.kind = GeometryKind::Points;
    points.points = {{0, 0}};
    CHECK(std::isinf(geo::distance_to_lines({0, 0}, points)));
    CHECK(std::isinf(geo::distance_to_lines({0, 0}, Geometry{})));
}
