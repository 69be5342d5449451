#include <catch2/catch.hpp>

#include "geo/hit_test.h"
#include "geo/label_point.h"

TEST_CASE("label points lie inside their polygon, even when the centroid does not", "[label_point]") {
    // A "C" shape: its centroid falls in the open mouth, outside the polygon.
    geo::Geometry g;
    g.kind = geo::GeometryKind::Polygons;
    g.polygons.push_back({{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}}, {}});
    const auto p = geo::label_point(g);
    REQUIRE(p);
    CHECK(geo::point_in_polygon(*p, g.polygons[0]));

    // A square with a hole in its middle: the label avoids the hole.
    geo::Geometry holed;
    holed.kind = geo::GeometryKind::Polygons;
    holed.polygons.push_back({{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{3, 3}, {3, 7}, {7, 7}, {7, 3}}}});
    const auto q = geo::label_point(holed);
    REQUIRE(q);
    CHECK(geo::point_in_polygon(*q, holed.polygons[0]));
}

TEST_CASE("label points pick the largest part of a multipolygon", "[label_point]") {
    geo::Geometry g;
    g.kind = geo::GeometryKind::Polygons;
    g.polygons.push_back({{{0, 0}, {1, 0}, {1, 1}, {0, 1}}, {}});
    g.polygons.push_back({{{100, 100}, {120, 100}, {120, 120}, {100, 120}}, {}});
    const auto p = geo::label_point(g);
    REQUIRE(p);
    CHECK(p->x == Approx(110.0));
    CHECK(p->y == Approx(110.0));
    CHECK_FALSE(geo::label_point(geo::Geometry{}));
}
