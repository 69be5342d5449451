// The measure tool against reference values computed outside the code: distances from PROJ's
// `geod +ellps=WGS84 -I`, the area from the closed-form area of a latitude/longitude quadrangle
// on the ellipsoid.
#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

#include "state/measure_tool.h"
#include "ui/measure_overlay.h"
#include "geo/web_mercator.h"

namespace {

// Area between the equator and latitude phi on the WGS 84 ellipsoid, per radian of longitude.
double zone_area_per_radian(double phi_deg) {
    const double a = 6378137.0, f = 1.0 / 298.257223563, e2 = f * (2 - f), e = std::sqrt(e2);
    const double b2 = a * a * (1 - e2);
    const double s = std::sin(phi_deg * std::numbers::pi / 180.0);
    return b2 * (s / (2 * (1 - e2 * s * s)) + std::log((1 + e * s) / (1 - e * s)) / (4 * e));
}

}  // namespace

TEST_CASE("measure: geodesic length of a polyline against geod", "[measure]") {
    state::MeasureTool tool;
    tool.add(geo::lonlat_to_mercator({106.89, 20.81}));  // ignored: not measuring yet
    CHECK(tool.points().empty());
    tool.toggle();
    REQUIRE(tool.adding());
    // Lạch Huyện port → Cát Bi airport → city centre (the landmarks' points).
    tool.add(geo::lonlat_to_mercator({106.89, 20.81}));
    tool.add(geo::lonlat_to_mercator({106.725, 20.819}));
    // echo "20.81 106.89 20.819 106.725" | geod +ellps=WGS84 -I -f %.4f → 17205.100 m
    CHECK(tool.length_m() == Approx(17205.100).margin(0.01));
    CHECK_FALSE(tool.area_m2());
    tool.add(geo::lonlat_to_mercator({106.68, 20.86}));
    // + geod "20.819 106.725 20.86 106.68" → 6522.419 m
    CHECK(tool.length_m() == Approx(17205.100 + 6522.419).margin(0.02));
    CHECK(tool.area_m2());
    CHECK(ui::measure_summary(tool, i18n::Language::En).find("23.73 km") != std::string::npos);
    tool.remove_last();
    CHECK(tool.points().size() == 2);
    tool.finish();
    CHECK(tool.mode() == state::MeasureTool::Mode::Finished);
    tool.add(geo::lonlat_to_mercator({106.0, 20.0}));  // finished: clicks no longer add
    CHECK(tool.points().size() == 2);
    tool.clear();
    CHECK_FALSE(tool.shown());
}

TEST_CASE("measure: geodesic area of a quadrangle against the closed form", "[measure]") {
    // 0.02° × 0.02° near VSIP. Sides along parallels are not geodesics, but over 2 km the
    // difference is a few m² of about 4.6 million, far inside the tolerance.
    const double w = 106.69, e = 106.71, s = 20.89, n = 20.91;
    const double expected = (e - w) * std::numbers::pi / 180.0 * (zone_area_per_radian(n) - zone_area_per_radian(s));
    state::MeasureTool tool;
    tool.toggle();
    for (geo::Vec2 p : {geo::Vec2{w, s}, geo::Vec2{e, s}, geo::Vec2{e, n}, geo::Vec2{w, n}})
        tool.add(geo::lonlat_to_mercator(p));
    REQUIRE(tool.area_m2());
    CHECK(*tool.area_m2() == Approx(expected).epsilon(1e-4));
    CHECK(*tool.area_m2() / 1e4 == Approx(459.5).epsilon(0.01));  // about 460 ha
    // Orientation does not matter; the polyline is the three sides drawn so far (no closing side).
    CHECK(state::polygon_area_m2(tool.lonlat()) == Approx(*tool.area_m2()));
    CHECK(tool.length_m() > 6000.0);
}
